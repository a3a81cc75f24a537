"""Telling calendar words from look-alikes: ``May`` the verb and ``June`` the person, ``Wednesday``
the character, ``fall`` the verb, years that are counts or sums, ``the 17th`` of a list."""

from __future__ import annotations

import re

from pipelines.facts.timex import patterns as P
from pipelines.facts.timex.lexicon import AMBIGUOUS_MONTHS, MONTH_FULL

_PREV_WORD = re.compile(r"([A-Za-z]+)[\s,-]*$")
_NEXT_CAPITAL = re.compile(r"\s+[A-Z][a-z]")
_MONTH_NEAR = re.compile(MONTH_FULL)
# Words before a month or season name that make it a time ("in May", "by spring"), shared by both.
_PERIOD_CUES = frozenset(["after", "before", "by", "during", "early", "for", "from", "in", "last", "late", "mid",
                          "next", "since", "this", "through", "throughout", "till", "until"])
_MONTH_CUES = _PERIOD_CUES | {"around", "between", "circa", "each", "every", "of", "that"}
_SEASON_CUES = _PERIOD_CUES | {"all", "over", "spend", "spending", "spent"}
_HOLIDAY_CUES = frozenset(
    ["on", "by", "before", "after", "until", "till", "since", "over", "at", "for", "this", "last", "next", "around",
     "during", "through", "from", "of"]
)
_TITLE_CUES = frozenset(["in", "starred", "stars", "star", "watch", "watched", "watching", "like", "binge", "binged"])
_WEEKDAY_BLOCK = re.compile(
    r"\s*(?:[A-Z][a-z]|season|star|actress|actor|episode|cast|series|character|spin|"
    r"[’']s\s+(?:cast|star|season|creator|lead))"
)
_NTH_NEXT_OK = re.compile(
    r"\s*(?:$|[,.;:!?()—–\n-]|\s(?:and|or|to|at|in|when|with|through|until|after|before|as|while|local|"
    r"that|from|of\s+(?:this|last|next|the)\s+month)\b)"
)
# "much of the autumn", "most of the summer": a share of a season is a time too.
_SHARE_OF = re.compile(r"\b(?:much|most|part|rest|all|some|parts|remainder|bulk|start|beginning|middle|end|close|"
                       r"height|depths) of\s+$", re.I)
# "the spring and summer": a season joined to another.
_SEASON_BEFORE = re.compile(r"\b(?:spring|summer|autumn|fall|winter)\s+(?:and|or|to|into)\s+$", re.I)
_RELEASE_NOUN = re.compile(r"\s+(?:premiere|release|debut|return|launch|comeback|broadcast|finale|shoot|start|"
                           r"opening|airing|wedding|tour)\b", re.I)
# "as early as March", "as late as May": a month given as a bound.
_AS_EARLY_AS = re.compile(r"\bas (?:early|late|soon) as\s+$", re.I)
_NTH_PREV = re.compile(r"\b(?:on|since|until|till|by|from|before|after|through)\s+$", re.I)


def keep(kind: str, m: re.Match[str], body: str) -> bool:
    """False when the pattern's match is most likely not a calendar expression."""
    check = _CHECKS.get(kind)
    return check(m, body) if check else True


def _prev_word(body: str, offset: int) -> str:
    found = _PREV_WORD.search(body[max(0, offset - 30) : offset])
    return found.group(1).lower() if found else ""


def _month(m: re.Match[str], body: str) -> bool:
    if m.group("rel") or m.group("ry"):
        return True
    prev = _prev_word(body, m.start())
    if prev in _MONTH_CUES or _AS_EARLY_AS.search(body, max(0, m.start() - 16), m.start()):
        return True
    if body.startswith(":", m.end()) and (m.start() == 0 or body.endswith("\n", 0, m.start())):
        return True  # "May: the show wins ..." opening a line of a timeline
    if prev in ("and", "or", "to") and _MONTH_NEAR.search(body[max(0, m.start() - 30) : m.start()]):
        return True
    if prev in ("a", "an") and re.match(r"\s+[a-z]", body[m.end() : m.end() + 2]):
        return True  # ``a March interview``: the month as a modifier
    if m.group("mon").lower() in AMBIGUOUS_MONTHS:
        return False
    return not _NEXT_CAPITAL.match(body, m.end())


def _year(m: re.Match[str], body: str) -> bool:
    if P.COUNT_WORDS.match(body, m.end()) or P.NOT_YEAR_BEFORE.search(body[max(0, m.start() - 12) : m.start()]):
        return False
    # ``2019-20`` and ``10:2019`` are scores, seasons or times written with the year's digits.
    return not re.match(r"[:]\d", body[m.end() : m.end() + 2]) and body[m.start() - 1 : m.start()] != ":"


def _season(m: re.Match[str], body: str) -> bool:
    rel = (m.group("rel") or "").lower()
    if m.group("y") or m.group("ry"):
        return True
    if m.group("s")[0].isupper() and rel in ("", "the"):
        return False
    if re.match(r"\s+of\b", body[m.end() :]):
        return False
    if _prev_word(body, m.start()) in ("a", "an") and _RELEASE_NOUN.match(body, m.end()):
        return True  # "a spring premiere": the season of a release
    return (rel not in ("", "the")) or _prev_word(body, m.start()) in _SEASON_CUES or \
        bool(_SHARE_OF.search(body, max(0, m.start() - 20), m.start())) or \
        bool(_SEASON_BEFORE.search(body, max(0, m.start() - 20), m.start()))


def _weekday(m: re.Match[str], body: str) -> bool:
    before = body[max(0, m.start() - 3) : m.start()]
    if any(q in before[-1:] for q in "“\"‘'") or re.search(r"[’']s\s$", before):
        return False
    if re.search(r"\bevery\b[^.,;]{0,25}$", body[max(0, m.start() - 30) : m.start()], re.I):
        return False  # ``every Friday and Saturday`` is a recurrence, not a date
    prev = _prev_word(body, m.start())
    if prev in ("black", "good", "cyber", "super", "a", "an", "any", "each"):
        return False
    if prev in _TITLE_CUES and not re.match(r"[’']s\b", body[m.end() : m.end() + 2]):
        return False  # ``starred in Wednesday`` names the show; ``in Wednesday's episode`` a day
    return not _WEEKDAY_BLOCK.match(body, m.end()) or bool(re.match(r",?\s+(?:[A-Z][a-z]+\.?\s+\d)", body[m.end() :]))


# "the day after the premiere", "the night before Christmas", "the day after it aired": the day
# is counted from an event the text names next, not from a date, so it has no calendar value.
_BEFORE_AFTER = re.compile(r"the\s+(?:day|night)\s+(?:before|after)$", re.IGNORECASE)
_EVENT_ANCHOR = re.compile(r"\s+(?:(?:the|a|an|its|his|her|their|our|my|this|that|it|he|she|they|we|I|you)\b|"
                           r"[A-Z])")


def _relday(m: re.Match[str], body: str) -> bool:
    word = m.group("rd")
    if word.lower() == "today":
        return not re.match(r"\s+[Ss]how", body[m.end() :]) and _prev_word(body, m.start()) != "the"
    if _BEFORE_AFTER.match(word):
        return not _EVENT_ANCHOR.match(body, m.end())
    return True


def _holiday(m: re.Match[str], body: str) -> bool:
    # ``a Christmas special`` names a kind of episode; ``on Christmas Day`` names a day.
    return bool(m.group("y") or m.group("rel")) or _prev_word(body, m.start()) in _HOLIDAY_CUES


def _quarter(m: re.Match[str], body: str) -> bool:
    # ``the second half`` alone is a calendar half only after ``in``/``during`` (not of a match).
    return not m.group("hb") or _prev_word(body, m.start()) in ("in", "during", "for", "over", "through")


def _nth(m: re.Match[str], body: str) -> bool:
    return bool(_NTH_PREV.search(body[max(0, m.start() - 10) : m.start()])) and bool(_NTH_NEXT_OK.match(body, m.end()))


def _day_first(m: re.Match[str], body: str) -> bool:
    return not P.NOT_YEAR_BEFORE.search(body[max(0, m.start() - 12) : m.start()]) and _not_recurring(m, body)


def _not_recurring(m: re.Match[str], body: str) -> bool:
    """``every 2 April``, ``each May 5`` repeat yearly; they name no single date."""
    return _prev_word(body, m.start()) not in ("every", "each")


def _unit(m: re.Match[str], body: str) -> bool:
    # ``this year's`` is fine; ``last year-old`` is not a date.
    return not re.match(r"-old", body[m.end() :])


_CHECKS = {
    "month": _month,
    "year": _year,
    "season": _season,
    "weekday": _weekday,
    "relday": _relday,
    "nth": _nth,
    "holiday": _holiday,
    "quarter": _quarter,
    "dmy": _day_first,
    "mdy": _not_recurring,
    "unit": _unit,
}
