"""The input every fact stage shares: the body, its sentences, the publication date and the
article's context (publishing outlet, tracked shows)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from pipelines.context import Show
from pipelines.facts.sentences import Sentence, split_sentences


@dataclass(frozen=True, slots=True)
class FactContext:
    """One article body prepared for the fact stages."""

    body: str
    sentences: tuple[Sentence, ...]
    published: dt.date | None
    outlet: str | None = None
    shows: tuple[Show, ...] = ()
    about: tuple[str, ...] = ()

    def sentence_at(self, offset: int) -> Sentence:
        """The sentence holding character ``offset`` of the body (the last one if past the end)."""
        for sentence in self.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence
        return self.sentences[-1] if self.sentences else Sentence(0, len(self.body), self.body)


def parse_published(published: str | None) -> dt.date | None:
    """The calendar date of an ISO date or datetime string as the page states it."""
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


def build_context(body: str, *, published: str | None, outlet: str | None = None,
                  shows: tuple[Show, ...] = (), about: tuple[str, ...] = ()) -> FactContext:
    """Split ``body`` into sentences and bundle it with the article's context."""
    return FactContext(body=body, sentences=tuple(split_sentences(body)),
                       published=parse_published(published), outlet=outlet, shows=shows, about=about)
