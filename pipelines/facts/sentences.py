"""Sentence splitting for news prose: abbreviations, initials, quotations, headings, names.

A body's paragraphs are separated by blank lines. A line break ends a sentence (headings and list items
carry no final punctuation) unless the text plainly runs on across it, as in hard-wrapped text.
Inside a line a sentence ends at ``.``, ``!``, ``?`` or ``…``
(plus closing quotes and brackets) followed by white space and a capital, digit or opening
quote, unless the dot belongs to an abbreviation or an initial, the mark sits inside a quotation
that closes later in the line, or the quotation is followed by its attribution
(``"We're done!" Kim said.``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence as a slice of the body: ``body[start:end] == text``."""

    start: int
    end: int
    text: str


_LINE = re.compile(r"[^\n]+")
_CANDIDATE = re.compile(r"(?:[.!?…]+)[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
_WORD_BEFORE = re.compile(r"(?<![\w'’])([A-Za-z][A-Za-z.]*)\.$")
_ENUMERATOR = re.compile(r"\s*(?:\d{1,3}|[A-Za-z])")
_NEXT_WORD = re.compile(r"\s+[\"'“‘(\[]?([A-Za-z0-9]+)")
_ATTRIBUTION = re.compile(
    r"\s+(?:[A-Z][\w'’.-]*\s+){1,4}?(?:said|says|added|adds|told|asked|asks|explained|wrote|writes|noted|"
    r"recalled|continued|shared|revealed|stated|laughed|joked|admitted|tweeted|posted)\b"
)
_THAT = re.compile(r"\s+that\b")

# Dots that never end a sentence when a word follows (titles, street, number, versus, ...).
_ALWAYS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "messrs",
        "dr",
        "prof",
        "st",
        "mt",
        "ft",
        "gen",
        "sen",
        "rep",
        "gov",
        "lt",
        "col",
        "capt",
        "sgt",
        "rev",
        "hon",
        "vs",
        "approx",
        "ca",
        "cf",
        "vol",
        "ep",
        "fig",
        "pt",
        "dept",
        "est",
    ]
)
# Abbreviations that often close a sentence too: they end one only before a common opener.
_SOMETIMES = frozenset(["etc", "inc", "corp", "co", "ltd", "jr", "sr", "bros"])
# Month abbreviations hold only before a number (``Jan. 24``); elsewhere they may end a sentence.
_BEFORE_NUMBER = frozenset(
    ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos"]
)
# After ``U.S.`` a new sentence is assumed only when one of these opens it.
_OPENERS = frozenset(
    [
        "the",
        "a",
        "an",
        "it",
        "he",
        "she",
        "they",
        "we",
        "i",
        "but",
        "and",
        "in",
        "on",
        "this",
        "that",
        "these",
        "those",
        "his",
        "her",
        "their",
        "its",
        "according",
        "however",
        "meanwhile",
        "after",
        "before",
        "when",
        "while",
        "there",
        "as",
        "at",
        "for",
        "with",
        "netflix",
    ]
)

_ZONES = frozenset(
    ["ET", "PT", "CT", "MT", "KST", "JST", "EST", "EDT", "PST", "PDT", "CST", "GMT", "UTC", "BST", "CET"]
)


def split_sentences(body: str) -> Iterator[Sentence]:
    """Yield the sentences of ``body`` in order, stripped of surrounding white space."""
    for first, last in _blocks(body):
        start = first
        for cut in _cuts(body[first:last]):
            yield from _emit(body, start, first + cut)
            start = first + cut
        yield from _emit(body, start, last)


def _blocks(body: str) -> Iterator[tuple[int, int]]:
    """Spans of lines that belong together: a line break splits unless the text runs on across it
    (the next line opens in lower case, or the line ends with a comma), as in hard-wrapped text."""
    block: tuple[int, int] | None = None
    for line in _LINE.finditer(body):
        if block and _runs_on(body, block[1], line.start()):
            block = (block[0], line.end())
            continue
        if block:
            yield block
        block = (line.start(), line.end())
    if block:
        yield block


def _runs_on(body: str, end: int, start: int) -> bool:
    if body.count("\n", end, start) > 1:
        return False  # a blank line always ends the paragraph
    tail, head = body[:end].rstrip()[-1:], body[start:].lstrip()[:1]
    return head.islower() or tail == ","


def _cuts(line: str) -> Iterator[int]:
    """Offsets in ``line`` just after each sentence-final mark."""
    closing = _closing_quotes(line)
    start = 0
    for match in _CANDIDATE.finditer(line):
        end = match.end()
        if _inside_quote(closing, match.start()) or _is_abbreviation(line, match):
            continue
        if match.group()[-1] in "\"”'’" and _attributed(line, closing, start, match):
            continue
        start = end
        yield end


def _attributed(line: str, spans: list[tuple[int, int]], start: int, match: re.Match[str]) -> bool:
    """Whether the quotation closing at ``match`` is credited by the words after it in the same
    sentence (``"We're done!" Kim said.``): only a quotation that opens its sentence is, and
    only by an attribution that does not report a clause of its own (``She added that ...``)."""
    attribution = _ATTRIBUTION.match(line, match.end())
    if attribution is None or _THAT.match(line, attribution.end()):
        return False
    opened = [a for a, b in spans if a < match.start() <= b]
    return not opened or not line[start:opened[-1]].strip()


def _closing_quotes(line: str) -> list[tuple[int, int]]:
    """Spans of double quotations that open and close within ``line``."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for i, char in enumerate(line):
        if char == "“" or (char == '"' and opened is None):
            opened = i
        elif char in '”"' and opened is not None:
            spans.append((opened, i))
            opened = None
    return spans


def _inside_quote(spans: list[tuple[int, int]], offset: int) -> bool:
    # A mark right before the closing quote ends the quotation, so only earlier ones count.
    return any(start < offset and offset + 1 < end for start, end in spans)


def _is_abbreviation(line: str, match: re.Match[str]) -> bool:
    """True when the dot of ``match`` closes an abbreviation or an initial, not a sentence."""
    if match.group() != ".":
        return False
    if _ENUMERATOR.fullmatch(line, 0, match.start()):
        return True  # ``1. Smoking ban`` is a list item's number
    word = _WORD_BEFORE.search(line[max(0, match.end() - 24) : match.end()])
    if not word:
        return False
    token = word.group(1).lower()
    following = _NEXT_WORD.match(line, match.end())
    nxt = following.group(1) if following else ""
    last = token.rsplit(".", 1)[-1]
    if token in ("a.m", "p.m"):
        return nxt in _ZONES
    if last in _BEFORE_NUMBER:
        return nxt[:1].isdigit()
    if last in _ALWAYS or (len(token) == 1 and word.group(1).isupper()):
        return True
    if "." in token or last in _SOMETIMES:  # dotted acronym (U.S., e.g.) or ``Inc.``
        return nxt.lower() not in _OPENERS
    return False


def _emit(body: str, start: int, end: int) -> Iterator[Sentence]:
    chunk = body[start:end]
    lead = len(chunk) - len(chunk.lstrip())
    text = chunk.strip()
    if text:
        yield Sentence(start + lead, start + lead + len(text), text)
