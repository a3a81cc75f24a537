"""Shared pieces of the event rules: the input bundle every rule reads, name and season
patterns, date lookups and the ``EventFact`` builder."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from pipelines.context import Show
from pipelines.facts.context import FactContext
from pipelines.facts.model import DateFact, EventFact, SourceFact, StatementFact
from pipelines.facts.sentences import Sentence

# A romanised or English personal name of two or three capitalised words (``Min Ara``,
# ``Park Tae-jun``, ``Mary Ann Smith``, ``Dana McKay``); rules place it, so it need not be a person alone.
# Accented letters count (``Begoña``, ``Lucía``, ``Solís``).
_LOWER = r"a-zà-öø-ÿ"
_WORD = rf"[A-ZÀ-ÖØ-Þ][{_LOWER}'’]+(?:[A-Z][{_LOWER}'’]+)?(?:-[A-Za-z][{_LOWER}]*)?"
NAME = rf"{_WORD}(?: {_WORD}){{1,2}}"
# Countries a chart or a dateline names ("No. 1 in South Korea", "BUSAN, South Korea").
COUNTRY = (r"(?:South Korea|Korea|Japan|Taiwan|Hong Kong|Singapore|Thailand|Vietnam|Indonesia|Malaysia|"
            r"(?:the )?Philippines|India|China|(?:the )?U\.?S\.?|(?:the )?United States|(?:the )?U\.?K\.?|"
            r"(?:the )?United Kingdom|Canada|Mexico|Brazil|Argentina|Chile|Colombia|Peru|France|Germany|Spain|Italy|"
            r"Portugal|Poland|Turkey|Australia|New Zealand|Saudi Arabia|(?:the )?UAE|Egypt|Nigeria|South Africa|"
            r"Qatar|Kuwait|Bahrain|Oman|Morocco|Pakistan|Bangladesh|Sri Lanka)")
# Titles a character's name may carry in a story ("Detective Oh", "Nurse Cheon").
STORY_TITLES = r"Detective|Officer|Captain|Sergeant|Agent|Doctor|Nurse|Professor|Lieutenant|Inspector|Judge|Chief"
# One capitalised word also counts where a pattern fixes the slot (``drawn by Moonbyeol``).
NAME1 = rf"{_WORD}(?: {_WORD}){{0,2}}"
# One capitalised name word (a surname standing alone in a list).
NAME_WORD = _WORD
# Korean names as romanised with a hyphenated given name: the surname alone refers back to them.
_KOREAN_NAME = re.compile(r"\b([A-Z][a-z]+) [A-Z][a-z]+-[A-Za-z][a-z]+\b")
# Common Korean surnames: in a name written without a hyphen ("Seo Jiwon", "Seo Ji Won") the first word is the surname.
_KOREAN_SURNAMES = frozenset({
    "Kim", "Lee", "Park", "Choi", "Choe", "Jung", "Jeong", "Chung", "Kang", "Cho", "Jo", "Yoon", "Yun", "Jang",
    "Chang", "Lim", "Han", "Seo", "Suh", "Shin", "Kwon", "Hwang", "Ahn", "Jeon", "Jun", "Hong", "Yoo", "Ko", "Yang",
    "Bae", "Baek", "Paik", "Heo", "Hur", "Nam", "Noh", "Roh", "Ha", "Kwak", "Sung", "Seong", "Cha", "Joo", "Woo",
    "Ryu", "Jin", "Ji", "Um", "Eom", "Byun", "Byeon", "Chae", "Chun", "Cheon", "Bang", "Gong", "Hyun", "Yeo", "Choo",
    "Pyo", "Shim", "Goo", "Koo", "Seol", "Tak", "Maeng", "Uhm", "Yeom", "Myung"
})

_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10, "both": 2}
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
             "eighth": 8, "ninth": 9, "tenth": 10}


@dataclass(frozen=True, slots=True)
class EventInput:
    """One article prepared for the event rules: context, upstream facts and a name index."""

    ctx: FactContext
    dates: tuple[DateFact, ...]
    sources: tuple[SourceFact, ...]
    statements: tuple[StatementFact, ...]
    people: Mapping[str, str]
    positions: Mapping[int, int]


def build_input(ctx: FactContext, dates: Iterable[DateFact], sources: Iterable[SourceFact],
                statements: Iterable[StatementFact]) -> EventInput:
    """Bundle the article with its upstream facts (sorted by position) and its surname index."""
    dateline = _DATELINE.match(ctx.body)
    dates = [d for d in dates if not (dateline and d.span[1] <= dateline.end())]  # the filing date dates no event
    return EventInput(ctx=ctx, dates=tuple(sorted(dates, key=lambda d: d.span)),
                      sources=tuple(sorted(sources, key=lambda s: s.span)),
                      statements=tuple(sorted(statements, key=lambda s: s.span)),
                      people=MappingProxyType(_surname_index(ctx.body, ctx.shows)),
                      positions=MappingProxyType({s.start: i for i, s in enumerate(ctx.sentences)}))


# A wire dateline opening the body: "SEOUL, June 18 (Agency) --".
_DATELINE = re.compile(r"[A-Z][A-Za-z .'-]{1,40}, (?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?|\d{1,2} [A-Z][a-z]{2,8}) "
                       r"\([^)]{1,40}\) ?(?:--|—|–|-)")


def sentence_index(inp: EventInput, sentence: Sentence) -> int:
    """The position of ``sentence`` in the article's sentences (0 for a sentence not among them)."""
    return inp.positions.get(sentence.start, 0)


def _surname_index(body: str, shows: Iterable[Show] = ()) -> dict[str, str]:
    """Surname -> full name, for surnames that only one full name in the body carries: the
    first word of a Korean name (``Kim Min-jun``), the last of a Western one (``Dana Cole``);
    words of a tracked show's names (``Moonlit Ward``) are no names."""
    titles = " ".join(name for show in shows for name in show.names).casefold()
    title_words = {word for word in re.findall(r"\w{3,}", titles)}
    seen: dict[str, set[str]] = {}
    for match in _KOREAN_NAME.finditer(body):
        seen.setdefault(match.group(1), set()).add(match.group(0))
    hyphenated = set(seen)  # a hyphenated name keeps its surname ("Park Ara-mi" beside "Park Avenue")
    for match in _WESTERN_NAME.finditer(body):
        first, last = match.group(1, 2)
        if first in _NOT_NAME_WORDS or last in _NOT_NAME_WORDS or \
                title_words.intersection(match.group(0).casefold().split()):
            continue
        if first in _KOREAN_SURNAMES and first not in hyphenated:  # "Seo Jiwon": the surname comes first
            seen.setdefault(first, set()).add(match.group(0))
        if last not in seen:
            seen.setdefault(last, set()).add(match.group(0))
    for match in _SPLIT_KOREAN.finditer(body):  # "Seo Ji Won": a given name in two syllables
        if match.group(1) in _KOREAN_SURNAMES and match.group(1) not in hyphenated:
            seen.setdefault(match.group(1), set()).add(match.group(0))
    return {surname: next(iter(full)) for surname, full in seen.items()
            if len(full) == 1 and next(iter(full)).casefold() not in titles}


_SPLIT_KOREAN = re.compile(r"\b([A-Z][a-z]{1,5}) [A-Z][a-z]{0,3} [A-Z][a-z]{1,3}\b(?! [A-Z]|-)")


# The last word of an organisation's name ("the Korea Trauma Care Foundation"): never a person's.
ORG_NAME_WORDS = frozenset({"Foundation", "Association", "Institute", "Society", "Ministry", "Agency", "Council",
                            "Committee", "Center", "Centre", "Hospital", "University", "Entertainment", "Studio",
                            "Studios", "Pictures", "Media", "Group", "Company", "Corporation", "Network",
                            "Broadcasting", "Commission", "Federation", "Union", "Academy"})
# Words that make a capitalised pair something other than a name ("Moonlit Ward Season 2", "Arts Awards").
_NOT_NAME_WORDS = frozenset({"Season", "Seasons", "Episode", "Episodes", "Part", "Parts", "Award", "Awards", "Festival",
                             "Prize", "Prizes", "Chapter", "Volume", "Top", "Chart"}) | ORG_NAME_WORDS
# Given name and surname, neither hyphenated nor a common capitalised word.
_WESTERN_NAME = re.compile(r"\b(?!(?:The|A|An|In|On|At|As|For|Season|Netflix|Prime|Disney|Apple)\b)([A-Z][a-z]+) "
                           r"([A-Z][a-z]{2,})\b(?! [A-Z]|-)")


def korean_surname(word: str) -> bool:
    """Whether ``word`` is a common Korean surname (``Ha`` in ``Ha Young``)."""
    return word in _KOREAN_SURNAMES


def full_name(inp: EventInput, name: str) -> str:
    """The article's fullest form of ``name`` (``Kim`` -> ``Kim Min-jun``), without a leading
    owner (``Ardent's Kim Min-jun``), title (``Director Kim Min-jun`` -> ``Kim Min-jun``) or a
    sentence-opening word that the capital made look like part of it (``When Kim Min-jun``, ``Ask Kim Min-jun``)."""
    name = _OPENER.sub("", _TITLE_WORD.sub("", without_owner(name.strip())))
    return inp.people.get(name, name) if " " not in name else name


# An owner written before a name ("Studio Ardent's Oh Min-jae"): the name is what follows.
_POSSESSOR = re.compile(r"^(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*(?:['’]s|s['’])\s+(?=[A-Z])")


def without_owner(name: str) -> str:
    """``name`` without an owner written before it (``Harbor Pictures' Min Jae-ho`` -> ``Min Jae-ho``)."""
    return _POSSESSOR.sub("", name)


# Capitalised role words that open a sentence before a name ("Director Kim Min-jun said").
# Capitalised words that open a sentence or clause and are no part of a name after them.
_OPENER = re.compile(r"^(?:When|Whenever|If|As|After|Before|While|Ask|Unlike|Like|With|Without|Meanwhile|Then|But|"
                     r"And|Or|Now|Also|Here|There|Although|Though|Because|Since|Until|Once|Even|Yet|Still|Today|"
                     r"Tonight|Finally|Later|Earlier|Recently|However|Plus|Besides|Including|Where|Why|How|What|"
                     r"Whether|Thanks|Per|Despite|Following|During|Amid|Watch|Meet|Fans|Viewers) (?=[A-Z])")
_TITLE_WORD = re.compile(r"^(?:Director|Writer|Screenwriter|Producer|PD|Actor|Actress|Author|Singer|Stars?|"
                         r"Co-star|Newcomer|Newcomers|Showrunner|Creator|Composer|Novelist|Filmmaker|Helmer|"
                         r"Cinematographer|Illustrator|Artist|Scriptwriter|Writer-director|Co-director|Co-writer|"
                         r"Dr\.?|Mr\.?|Ms\.?|"
                         r"Mrs\.?) (?=[A-Z])")


def make_event(inp: EventInput, kind: str, sentence: Sentence, span: tuple[int, int], *,
               show: str | None, source: str | None = None, **fields: Any) -> EventFact:
    """An ``EventFact`` resting on ``body[span]``, inside ``sentence``."""
    start, end = span
    text = inp.ctx.body[start:end]
    lead, trail = len(text) - len(text.lstrip(" ,;:")), len(text.rstrip(" ,;:."))
    start, end = start + lead, start + max(trail, lead)
    return EventFact(type=kind, text=inp.ctx.body[start:end], span=(start, end), sentence=sentence.text,
                     show=show, source=source, fields=fields)



def lines_before(body: str, pos: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each line of ``body`` above ``pos``, the nearest first, blank lines skipped
    (a listing's rows up to its heading)."""
    end = pos
    while (line_end := body.rfind("\n", 0, end)) >= 0:
        while line_end > 0 and body[line_end - 1] == "\n":
            line_end -= 1
        line_start = body.rfind("\n", 0, line_end) + 1
        yield line_start, line_end
        end = line_start


def dates_within(inp: EventInput, start: int, end: int) -> list[DateFact]:
    """Date facts lying wholly inside ``[start, end)``."""
    return [d for d in inp.dates if d.span[0] >= start and d.span[1] <= end]


def nearest_date(inp: EventInput, sentence: Sentence, pos: int) -> DateFact | None:
    """The sentence's date fact closest to character ``pos``."""
    found = dates_within(inp, sentence.start, sentence.end)
    return min(found, key=lambda d: min(abs(d.span[0] - pos), abs(d.span[1] - pos)), default=None)


def count_word(word: str) -> int | None:
    """``two`` -> 2, ``3`` -> 3, ``both`` -> 2."""
    word = word.lower()
    return int(word) if word.isdigit() else _NUMBER_WORDS.get(word)


def ordinal_word(word: str) -> int | None:
    """``second`` -> 2, ``2nd`` -> 2."""
    word = word.lower()
    digits = re.match(r"(\d+)(?:st|nd|rd|th)$", word)
    return int(digits.group(1)) if digits else _ORDINALS.get(word)


def clauses(text: str, offset: int) -> list[tuple[int, int]]:
    """Clause spans of ``text`` (split at semicolons and at commas before a capital or a
    subordinator), shifted by ``offset`` into body coordinates."""
    spans, start = [], 0
    for match in _CLAUSE_BREAK.finditer(text):
        spans.append((offset + start, offset + match.start()))
        start = match.end()
    spans.append((offset + start, offset + len(text)))
    return [s for s in spans if s[1] > s[0]]


# ", and sources say ...": a second claim with its own claimant.
_CLAUSE_BREAK = re.compile(r";\s+|,\s+(?=[A-Z“\"‘])|,?\s+(?=(?:after|when|where|while|but|following|though|although)\s)"
                           r"|,\s+(?=with\s)|,\s+(?=(?:until|unless|before|so)\s)"
                           r"|,\s+and\s+(?=(?:sources?|insiders?|people|reports?|the (?:outlet|streamer|network|"
                           r"company|report|agency))\b)")


# Things other than a show that get released and charted (an OST, a song, a teaser).
NOT_A_SHOW = re.compile(r"\b(?:OST|album|single|song|track|soundtrack|MV|music video|teaser|trailer|poster|"
                        r"stills|photos?|book|webtoon|novel|merch\w*|game|director[’']s cut|special edition|"
                        r"box set|blu-?ray|DVD|vinyl)s?\b", re.IGNORECASE)


def about_other_product(inp: EventInput, sentence: Sentence, pos: int) -> bool:
    """Whether the words just before ``pos`` (the verb's subject, "the OST album for the drama
    was") name a product that is not the show."""
    start = max(clause_at(sentence, pos)[0], pos - 35)
    # a product named in a closed aside ("X, based on a webtoon, premiered") is not the subject,
    # nor a capitalised word of a title ("Squid Game Season 2 arrived"; "OST" and "DVD" are no titles)
    return any("," not in inp.ctx.body[m.end():pos] and (m.group(0).islower() or m.group(0).isupper())
               for m in NOT_A_SHOW.finditer(inp.ctx.body, start, pos))


def clause_at(sentence: Sentence, pos: int) -> tuple[int, int]:
    """The clause span of ``sentence`` holding body offset ``pos``."""
    for span in clauses(sentence.text, sentence.start):
        if span[0] <= pos < span[1]:
            return span
    return sentence.start, sentence.end
