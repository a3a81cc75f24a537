"""Show attribution: which tracked show a sentence's event is about, or null for other shows."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from pipelines.context import Show
from pipelines.facts.event_rules.common import EventInput, sentence_index
from pipelines.facts.sentences import Sentence

# A quoted title (“Midnight Rounds”, 'Some Show'): two to eight words, capitalised first word.
_QUOTED_TITLE = re.compile(r"[“\"‘'](?P<t>[A-Z0-9][^“”\"‘’'.!?]{1,60}?)[.,!?]?[”\"’'](?!\w)")
# References that point back to the article's own show rather than naming another one.
# Sentence openings that refer back to the show the previous sentence was about.
_ANAPHOR = re.compile(r"(?:The|This|That) (?:show|series|drama|film|sequel)\b|It\b|Its\b")
_SELF_REFERENCE = re.compile(r"\b(?:the|this) (?:series|drama|show|sequel)\b|\bSeason \d", re.IGNORECASE)


def show_for(inp: EventInput, sentence: Sentence, start: int | None = None) -> str | None:
    """The slug of the tracked show the event at ``start`` in ``sentence`` is about.

    A tracked show named in the sentence wins (the one named nearest ``start``); a sentence
    naming another title (quoted, or in an article about no tracked show) gives null; a
    sentence opening on "The show"/"It" follows the sentence before; else the article's first
    ``about`` show.
    """
    index = sentence_index(inp, sentence)
    for depth in range(min(3, index + 1)):
        current = inp.ctx.sentences[index - depth] if depth else sentence
        verdict = _verdict(inp, current, start if not depth else None)
        if verdict is not _UNDECIDED or not _ANAPHOR.match(current.text):
            break
    return inp.ctx.about[0] if verdict is _UNDECIDED else verdict


_UNDECIDED = "?"


def _verdict(inp: EventInput, sentence: Sentence, start: int | None) -> str | None:
    """The show ``sentence`` itself settles on, or ``_UNDECIDED``."""
    named = _tracked_in(inp.ctx.shows, sentence.text)
    if named:
        pos = (start or sentence.start) - sentence.start
        if start is not None:
            # The title named last before the event is its subject, a quoted other title included
            # ("Beyond X, the slate includes “Y,” which arrives in spring").
            others = [(m.start(), None) for m in _QUOTED_TITLE.finditer(sentence.text)
                      if _is_other_title(inp.ctx.shows, m.group("t").strip(" ,"))]
            others += [(lo - sentence.start, None) for lo, _ in
                       _other_unquoted_spans(inp.ctx.shows, inp.ctx.body, sentence.start, sentence.end)]
            before = [hit for hit in (*named, *others) if hit[0] < pos]
            if before:
                return max(before, key=lambda hit: hit[0])[1]
        return min(named, key=lambda hit: abs(hit[0] - pos))[1]
    if not inp.ctx.about:
        return None
    if _other_title(inp.ctx.shows, sentence.text) and not _SELF_REFERENCE.search(sentence.text):
        return None
    if entry_title(inp, sentence) is not None:
        return None  # under "6. Pixel Hearts (TVING)" in a listing
    unquoted = _unquoted_other_title(inp.ctx.shows, sentence.text)
    if unquoted is not None:
        rest = sentence.text[:unquoted[0]] + sentence.text[unquoted[1]:]
        if not _SELF_REFERENCE.search(rest):
            return None  # "the British crime series Harrow Point stayed on top", "Salt Road Season 2 slipped"
    return _UNDECIDED


# A title named without quotes: after a genre noun ("the crime series Harrow Point") or before
# its season ("Salt Road Season 2").
_TITLE_WORDS = r"[A-Z][\w'’:&-]*(?: (?:of|the|and|in|on|a|at|to|[A-Z][\w'’:&-]*)){0,5}?"
_GENRES = (r"series|drama|show|thriller|comedy|sitcom|procedural|romance|anthology|miniseries|docuseries|film|movie|"
           r"K-drama|C-drama|J-drama|anime|mystery|saga|mini-series")
_UNQUOTED_TITLE = re.compile(
    rf"\b(?:{_GENRES})s? (?P<t>{_TITLE_WORDS})(?=[,.;:!?)]|\s+(?:[a-z]|\d)|$)|"
    # "Glass Orchard, a Joseon-era murder mystery": a title described right after it
    rf"(?<![\w’'])(?P<a>(?!(?:The|This|That|It|Its|A|An|In|On|For|After|Netflix|Season)\b){_TITLE_WORDS}), "
    rf"(?:a|an) (?:[\w-]+ ){{0,3}}(?:{_GENRES})\b|"
    rf"(?<![\w’'])(?P<s>(?!(?:The|This|That|Its|Their|A|An|In|On|For|After|Before|When|While|Netflix|Season)\b)"
    rf"[A-Z][\w'’:&-]*(?: [A-Z][\w'’:&-]*){{0,4}}) Season \d")


# A channel's or platform's title ("SBS's Five Fingers", "Netflix's Kingdom").
_OWNED_TITLE = re.compile(rf"\b(?:[A-Z]{{2,5}}\d?|Netflix|Disney\+|Hulu|Wavve|Tving|TVING|Coupang Play)[’']s "
                          rf"(?:[a-z]+ ){{0,3}}(?!(?:Top|Chart|Charts|Korean|Original|Originals|Global|Weekly|Daily|"
                          rf"Instagram|YouTube|CEO|President|Head|Chief|Vice)\b)"
                          rf"(?P<t>{_TITLE_WORDS})(?=[,.;:!?)]|\s+(?:[a-z]|\d)|$)")


# A work's title after the word for what it is ("the manga Antique Bakery", "the 2008 film Antique").
_WORK_TITLE = re.compile(rf"\b(?:manga|manhwa|webtoon|novel|book|comic|film|movie|play|musical|album|game)s? "
                         rf"(?P<t>{_TITLE_WORDS})(?=[,.;:!?)]|\s+(?:[a-z]|\d)|$)")


def unquoted_titles(body: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of titles named without quotes in ``body[start:end]`` (after a genre noun, the word
    for a work or a channel's possessive), tracked or not."""
    spans = [m.span(_title_group(m)) for m in _UNQUOTED_TITLE.finditer(body, start, end) if not m.group("s")]
    spans += [m.span("t") for m in _WORK_TITLE.finditer(body, start, end)]
    return spans + [m.span("t") for m in _OWNED_TITLE.finditer(body, start, end)]


def _title_group(m: re.Match[str]) -> str:
    """The group of an ``_UNQUOTED_TITLE`` match that holds the title."""
    return "t" if m.group("t") else "a" if m.group("a") else "s"


def _untracked_matches(shows: tuple[Show, ...], text: str, start: int = 0, end: int | None = None,
                       owned: bool = False) -> Iterator[tuple[re.Match[str], str]]:
    """(match, title group) of the untracked titles ``text[start:end]`` names without quotes, with
    a channel's titles (``SBS's Mask``) after the others when ``owned``."""
    end = len(text) if end is None else end
    found = [(m, _title_group(m)) for m in _UNQUOTED_TITLE.finditer(text, start, end)]
    if owned:
        found += [(m, "t") for m in _OWNED_TITLE.finditer(text, start, end)]
    return ((m, group) for m, group in found if _untracked(shows, m.group(group)))


def _other_unquoted_spans(shows: tuple[Show, ...], body: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the untracked titles named without quotes in ``body[start:end]``."""
    return [m.span(group) for m, group in _untracked_matches(shows, body, start, end)]


def _untracked(shows: tuple[Show, ...], title: str) -> bool:
    """Whether ``title`` is no tracked show's name nor a part of one ("Call" of "Heroes on Call")."""
    return not _tracked_in(shows, title) and not _short_form(shows, title) and \
        not any(title.casefold() in name.casefold() for show in shows for name in show.names)


def _unquoted_other_title(shows: tuple[Show, ...], text: str) -> tuple[int, int] | None:
    """The span of a title ``text`` names without quotes that is no tracked show's, or None."""
    for m, group in _untracked_matches(shows, text, owned=True):
        return m.start(group), m.end()
    return None


# A listing's entry heading: "6. Pixel Hearts (TVING)", "Glass Keys (Disney+)": numbered or with its channel.
_ENTRY_HEADING = re.compile(r"^(?:(?P<n>\d{1,2}[.)])\s*)?(?P<t>[A-Z0-9][^\n.()!?]{1,60}?)\s*"
                            r"(?P<p>\([^)\n]{1,30}\))?$")


def entry_title(inp: EventInput, sentence: Sentence) -> str | None:
    """The title of the listing entry ``sentence`` stands under (a numbered or channel-tagged
    heading line among the three sentences before it, or the sentence itself), when that title
    is no tracked show's."""
    index = sentence_index(inp, sentence)
    for earlier in reversed(inp.ctx.sentences[max(0, index - 3):index + 1]):
        text = earlier.text.strip()
        m = _ENTRY_HEADING.match(text)
        if m and (m.group("n") or m.group("p")) and len(text.split()) <= 10:
            return None if _tracked_in(inp.ctx.shows, text) else m.group("t").strip()
    return None


def quoted_titles(inp: EventInput, start: int, end: int) -> list[tuple[int, int, str, str | None]]:
    """(start, end, title, slug or null) of the quoted show titles in ``body[start:end]``."""
    found = []
    for m in _QUOTED_TITLE.finditer(inp.ctx.body, start, end):
        title = m.group("t").strip(" ,")
        tracked = _tracked_in(inp.ctx.shows, title)
        if tracked or _short_form(inp.ctx.shows, title) or _is_other_title(inp.ctx.shows, title):
            slug = tracked[0][1] if tracked else None
            found.append((m.start(), m.end(), title, slug))
    return found


def other_title_near(inp: EventInput, sentence: Sentence) -> str | None:
    """The last quoted untracked title in ``sentence`` or the two sentences before it."""
    index = sentence_index(inp, sentence)
    for current in reversed(inp.ctx.sentences[max(0, index - 2):index + 1] or (sentence,)):
        titles = [m.group("t").strip(" ,") for m in _QUOTED_TITLE.finditer(current.text)
                  if _is_other_title(inp.ctx.shows, m.group("t").strip(" ,"))]
        if titles:
            return titles[-1]
    return None


@lru_cache(maxsize=2048)
def _tracked_in(shows: tuple[Show, ...], text: str) -> tuple[tuple[int, str], ...]:
    """(offset, slug) of every tracked show name found in ``text`` (cached: every rule asks
    about the same sentences)."""
    return tuple((match.start(), show.slug) for show in shows for match in _names_pattern(show).finditer(text))


@lru_cache(maxsize=64)
def _names_pattern(show: Show) -> re.Pattern[str]:
    names = sorted(show.names, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)", re.IGNORECASE)


def _other_title(shows: tuple[Show, ...], text: str) -> bool:
    """Whether ``text`` quotes a title-like phrase that is not a tracked show's name."""
    return any(_is_other_title(shows, m.group("t").strip(" ,")) for m in _QUOTED_TITLE.finditer(text))


def _is_other_title(shows: tuple[Show, ...], title: str) -> bool:
    words = title.split()
    return 1 <= len(words) <= 8 and all(w[0].isupper() or (w.islower() and len(w) <= 4) for w in words) \
        and not _tracked_in(shows, title) and not _short_form(shows, title)


def _short_form(shows: tuple[Show, ...], title: str) -> bool:
    """Whether ``title`` is the head of a tracked name (``Night Ward`` for ``Night Ward: Second Shift``)."""
    folded = title.casefold()
    return any(name.casefold().startswith(folded) for show in shows for name in show.names)


def tracked_named(inp: EventInput, start: int, end: int) -> list[tuple[int, str]]:
    """(body offset, slug) of every tracked show name in ``body[start:end]``."""
    return [(start + offset, slug) for offset, slug in _tracked_in(inp.ctx.shows, inp.ctx.body[start:end])]
