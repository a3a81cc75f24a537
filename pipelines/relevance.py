"""Which tracked shows an article is about: a title or alias named in the title or body in a
way that refers to the show.

A *distinctive* name (a subtitle after a colon, four or more words, digits, or non-Latin script
such as 중증외상센터) counts wherever it appears, case-insensitively on word boundaries (Korean
literally, since particles attach to the word). A *weak* name (two or three plain English
words, like "Trauma Code" or "Heroes on Call") is also an ordinary phrase, so it counts only
written as a title (capitalised as in the alias) and either quoted or near words that talk
about a show (series, season, Netflix, cast, ...).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipelines.context import Show

_SHOW_CONTEXT = re.compile(
    r"\b(?:drama|k-drama|kdrama|series|show|season|seasons|episode|episodes|netflix|disney\+|hulu|prime video|"
    r"tving|wavve|coupang play|tvn|jtbc|sbs|kbs|mbc|ena|cast|casting|starring|stars|star|actor|actress|role|"
    r"character|premiere|premieres|premiered|sequel|webtoon|web novel|adaptation|remake|streaming|streamer|"
    r"viewers|ratings|spin-off|renewed|renewal|trailer|teaser|director|writer|poster|finale|binge)\b",
    re.IGNORECASE,
)
_QUOTES = "\"'“”‘’«»「」『』<>*_"
_CONTEXT_WINDOW = 160


def match_shows(title: str | None, body: str, shows: tuple[Show, ...]) -> tuple[str, ...]:
    """Slugs of the shows in ``shows`` that ``title``/``body`` are about, in config order."""
    text = f"{title or ''}\n{body}"
    folded = _fold(text)
    return tuple(s.slug for s in shows
                 if any(_may_occur(folded, name) and _named(text, name) for name in s.names))


def _fold(text: str) -> str:
    """``text`` case-folded, with the Turkish i's that the regex engine also takes for "i"."""
    folded = text.casefold()
    if "ı" in folded or "\u0307" in folded:
        folded = folded.replace("i\u0307", "i").replace("ı", "i")
    return folded


def _may_occur(folded: str, name: str) -> bool:
    """A cheap pre-check: every word of ``name`` occurs somewhere in the folded text. Most pages
    name no show, and plain substring search spares them the boundary-checking patterns."""
    return all(word in folded for word in _fold(name).split())


def is_weak_name(name: str) -> bool:
    """Whether ``name`` is also an everyday phrase (two or three plain Latin words, no digits)."""
    words = name.split()
    if not name.isascii() or ":" in name or any(ch.isdigit() for ch in name):
        return False
    return len(words) <= 3


def _named(text: str, name: str) -> bool:
    name = name.strip()
    if not name:
        return False
    if not name.isascii():
        return _literal(name).search(text) is not None
    if not is_weak_name(name):
        return _loose(name).search(text) is not None
    return any(_refers_to_show(text, m.start(), m.end()) for m in _exact(name).finditer(text))


def _refers_to_show(text: str, start: int, end: int) -> bool:
    """A title-cased weak name refers to the show when quoted or near words about shows."""
    before, after = text[start - 1:start], text[end:end + 1]
    if before and after and before in _QUOTES and after in _QUOTES:
        return True
    window = text[max(0, start - _CONTEXT_WINDOW):end + _CONTEXT_WINDOW]
    return _SHOW_CONTEXT.search(window) is not None


def _boundaries(name: str) -> str:
    escaped = re.escape(name).replace(r"\ ", r"\s+")
    return rf"(?<![\w]){escaped}(?![\w])"


@lru_cache(maxsize=256)
def _literal(name: str) -> re.Pattern[str]:
    return re.compile(re.escape(name), re.IGNORECASE)


@lru_cache(maxsize=256)
def _loose(name: str) -> re.Pattern[str]:
    return re.compile(_boundaries(name), re.IGNORECASE)


@lru_cache(maxsize=256)
def _exact(name: str) -> re.Pattern[str]:
    """Capitalised words as written (or in capitals, as headlines print them); small words in any case."""
    words = []
    for word in name.split():
        escaped = re.escape(word)
        words.append(f"(?:{escaped}|{re.escape(word.upper())})" if word[:1].isupper() else f"(?i:{escaped})")
    return re.compile(r"(?<![\w])" + r"\s+".join(words) + r"(?![\w])")
