"""Quotations in a body: pairing quotation marks in every style, and telling quoted speech
from titles and scare quotes.

Marks are paired paragraph by paragraph: curly double (“…”), straight double ("…"),
guillemets («…»), and single quotes (‘…’ or '…') where they open after a space and close
before a non-letter, so apostrophes (``don’t``, ``Netflix's``) are never taken for quotes.
Only outermost quotations are returned; a ‘…’ inside “…” belongs to its parent.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_PARAGRAPH = re.compile(r"[^\n]+")
_MARK = re.compile(r"[“”\"«»‘’']")
_CLOSES = {"“": "”", "«": "»", '"': '"', "‘": "’", "'": "'"}
_DOUBLE = frozenset("“«\"")
_OPEN_BEFORE = re.compile(r"(?:^|[\s(\[—–/:-])$")
_TITLE_CUE = re.compile(
    r"\b(?:titled|entitled|called|named|dubbed|hit|song|single|track|drama|film|movie|series|show|album|ep|"
    r"webtoon|novel|program|programme|musical|play|book|episode|segment|ost|theme|trailer|teaser|poster|slogan|"
    r"tagline|hashtag|phrase|word|term|nickname|title|role|character|season|the|a|of|in|on|as|and|or|its|his|"
    r"her|their|like|variety)\W*$", re.IGNORECASE)
_SMALL_WORDS = frozenset({"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "from", "by",
                          "is", "my", "your", "our", "vs", "vs.", "x", "&"})


@dataclass(frozen=True, slots=True)
class Quote:
    """One outermost quotation: ``body[start:end]`` includes the marks, ``body[inner_start:inner_end]``
    is the quoted text; ``closed`` is false when the paragraph ends before the closing mark."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    closed: bool = True


def find_quotes(body: str) -> list[Quote]:
    """All outermost quotations of ``body`` in order, paired within each paragraph."""
    quotes: list[Quote] = []
    for para in _PARAGRAPH.finditer(body):
        quotes.extend(_paragraph_quotes(body, para.start(), para.end()))
    return quotes


def _paragraph_quotes(body: str, start: int, end: int) -> Iterator[Quote]:
    stack: list[tuple[str, int]] = []
    for mark in _MARK.finditer(body, start, end):
        char, pos = mark.group(), mark.start()
        if stack and _closes(body, stack[-1][0], char, pos, end):
            _opener, open_pos = stack.pop()
            if not stack:
                yield Quote(open_pos, pos + 1, open_pos + 1, pos)
        elif _opens(body, char, pos, start, end, nested=bool(stack)):
            stack.append((char, pos))
    if stack and stack[0][0] in _DOUBLE:
        # A quotation running on past its paragraph: it ends with the paragraph.
        open_pos = stack[0][1]
        end = open_pos + len(body[open_pos:end].rstrip())
        yield Quote(open_pos, end, open_pos + 1, end, closed=False)


def _closes(body: str, opener: str, char: str, pos: int, end: int) -> bool:
    if _CLOSES[opener] != char and not (opener == "‘" and char == "'"):
        return False
    if opener in "‘'":
        after = body[pos + 1:pos + 2]
        return not after.isalpha()
    return True


def _opens(body: str, char: str, pos: int, start: int, end: int, *, nested: bool) -> bool:
    if char in "”»’":
        return False
    after = body[pos + 1:pos + 2]
    # A curly or angled opening mark opens even before a stray space ("“ Space is hard,” she said).
    if not after or (after.isspace() and (char not in "“«" or after == "\n")):
        return False
    if char in "‘'":
        return bool(_OPEN_BEFORE.search(body[max(start, pos - 1):pos])) or pos == start or (
            nested and body[pos - 1] in "“\"")
    return True


def inner_text(body: str, quote: Quote) -> str:
    """The quoted words without the marks, a trailing comma or surrounding space."""
    return body[quote.inner_start:quote.inner_end].strip().rstrip(",").rstrip()


def is_title(body: str, quote: Quote) -> bool:
    """Whether the quotation reads as a title (a show, a song): short, title-cased, without
    sentence punctuation, or after a word such as ``titled`` or ``drama``."""
    text = body[quote.inner_start:quote.inner_end].strip()
    words = text.split()
    if not words or len(words) > 10 or re.search(r"[.!?…]$", text.rstrip(",")):
        return False
    capped = [w for w in words if w.casefold() not in _SMALL_WORDS]
    title_case = bool(capped) and all(w[:1].isupper() or not w[:1].isalpha() for w in capped)
    if title_case and words[0][:1].isupper():
        return True
    return len(words) <= 6 and bool(_TITLE_CUE.search(body[max(0, quote.start - 30):quote.start]))


def is_scare_quote(body: str, quote: Quote, sentence_start: int) -> bool:
    """Whether the quotation is a word or two used mid-sentence (a scare quote)."""
    words = body[quote.inner_start:quote.inner_end].split()
    return len(words) <= 2 and quote.start > sentence_start
