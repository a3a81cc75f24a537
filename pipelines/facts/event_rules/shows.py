"""Show attribution: which tracked show a sentence's event is about, or null for other shows."""

from __future__ import annotations

import re
from functools import lru_cache

from pipelines.context import Show
from pipelines.facts.event_rules.common import EventInput
from pipelines.facts.sentences import Sentence

# A quoted title (“Midnight Rounds”, 'Some Show'): two to eight words, capitalised first word.
_QUOTED_TITLE = re.compile(r"[“\"‘'](?P<t>[A-Z0-9][^“”\"‘’'.!?]{1,60}?)[”\"’'](?!\w)")
# References that point back to the article's own show rather than naming another one.
_SELF_REFERENCE = re.compile(r"\b(?:the|this) (?:series|drama|show|sequel)\b|\bSeason \d", re.IGNORECASE)


def show_for(inp: EventInput, sentence: Sentence, start: int | None = None) -> str | None:
    """The slug of the tracked show the event at ``start`` in ``sentence`` is about.

    A tracked show named in the sentence wins (the one named nearest ``start``); a sentence
    naming another title (quoted, or in an article about no tracked show) gives null; else the
    article's first ``about`` show.
    """
    named = _tracked_in(inp.ctx.shows, sentence.text)
    if named:
        pos = (start or sentence.start) - sentence.start
        return min(named, key=lambda hit: abs(hit[0] - pos))[1]
    if not inp.ctx.about:
        return None
    if _other_title(inp.ctx.shows, sentence.text) and not _SELF_REFERENCE.search(sentence.text):
        return None
    return inp.ctx.about[0]


def _tracked_in(shows: tuple[Show, ...], text: str) -> list[tuple[int, str]]:
    """(offset, slug) of every tracked show name found in ``text``."""
    hits = []
    for show in shows:
        for match in _names_pattern(show).finditer(text):
            hits.append((match.start(), show.slug))
    return hits


@lru_cache(maxsize=64)
def _names_pattern(show: Show) -> re.Pattern[str]:
    names = sorted(show.names, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)", re.IGNORECASE)


def _other_title(shows: tuple[Show, ...], text: str) -> bool:
    """Whether ``text`` quotes a title-like phrase that is not a tracked show's name."""
    for match in _QUOTED_TITLE.finditer(text):
        title = match.group("t").strip(" ,")
        words = title.split()
        if 1 <= len(words) <= 8 and all(w[0].isupper() or (w.islower() and len(w) <= 4) for w in words) \
                and not _tracked_in(shows, title) and not _short_form(shows, title):
            return True
    return False


def _short_form(shows: tuple[Show, ...], title: str) -> bool:
    """Whether ``title`` is the head of a tracked name (``Trauma Center`` for ``Trauma Center: Golden Hour``)."""
    folded = title.casefold()
    return any(name.casefold().startswith(folded) for show in shows for name in show.names)
