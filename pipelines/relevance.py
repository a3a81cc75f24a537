"""Which tracked shows an article is about: a title or alias named in the title or body in a
way that refers to the show."""

from __future__ import annotations

from pipelines.context import Show


def match_shows(title: str | None, body: str, shows: tuple[Show, ...]) -> tuple[str, ...]:
    """Slugs of the shows in ``shows`` that ``title``/``body`` are about, in config order."""
    text = f"{title or ''}\n{body}".casefold()
    return tuple(s.slug for s in shows if any(n.casefold() in text for n in s.names))
