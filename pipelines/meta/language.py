"""The page's language: ``<html lang>``, JSON-LD ``inLanguage``, ``og:locale`` and
``content-language``, as the primary subtag (``en-US`` -> ``en``).

A declared language written in a non-Latin script (``ko``, ``ja``, ``ru``...) is checked
against the headline: an English edition of a Korean site often keeps ``lang="ko"`` from
its template while its ``og:locale`` says ``en_US``.

A page that declares no language at all is checked for English text (``guess_language``):
the share of English function words among the headline's and first paragraphs' words.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_CODE = re.compile(r"^([a-z]{2,3})(?:[-_]([a-z0-9]{2,8}))?", re.I)
_SCRIPTS = {
    "ko": "\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f", "ja": "\u3040-\u30ff\u4e00-\u9fff",
    "zh": "\u4e00-\u9fff", "ru": "\u0400-\u04ff", "uk": "\u0400-\u04ff", "bg": "\u0400-\u04ff",
    "sr": "\u0400-\u04ffa-z", "mk": "\u0400-\u04ff", "be": "\u0400-\u04ff", "kk": "\u0400-\u04ff",
    "el": "\u0370-\u03ff\u1f00-\u1fff", "ar": "\u0600-\u06ff", "fa": "\u0600-\u06ff", "ur": "\u0600-\u06ff",
    "he": "\u0590-\u05ff", "th": "\u0e00-\u0e7f", "hi": "\u0900-\u097f", "mr": "\u0900-\u097f",
    "ne": "\u0900-\u097f", "bn": "\u0980-\u09ff", "ta": "\u0b80-\u0bff", "ka": "\u10a0-\u10ff",
    "hy": "\u0530-\u058f",
}
_SCRIPT_RE = {code: re.compile(f"[{chars}]") for code, chars in _SCRIPTS.items()}
_LATIN = re.compile(r"[A-Za-z]{3,}")


def primary(code: object) -> str | None:
    """``en`` from ``en-US``, ``en_GB`` or ``EN``; ``None`` for anything that is not a language tag."""
    if not isinstance(code, str):
        return None
    m = _CODE.match(code.strip())
    return m[1].lower() if m else None


def region(code: object) -> str | None:
    """``US`` from ``en-US`` / ``en_US`` (``None`` when there is none)."""
    if not isinstance(code, str):
        return None
    m = _CODE.match(code.strip())
    return m[2].upper() if m and m[2] else None


def choose_language(declared: list[object], sample: str | None, lead: Callable[[], str] | None = None) -> str | None:
    """The first declared language that the ``sample`` text (the headline) does not contradict;
    when the headline contradicts them all, English if the ``lead`` text reads as English (a
    Korean site's English edition declaring ``lang="ko"`` and nothing else), else the first."""
    codes = [c for c in (primary(d) for d in declared) if c]
    if not codes:
        return None
    if sample:
        for code in codes:
            if _fits(code, sample):
                return code
        guessed = guess_language(lead()) if lead is not None else None
        if guessed is not None:
            return guessed
    return codes[0]


def _fits(code: str, sample: str) -> bool:
    pattern = _SCRIPT_RE.get(code)
    if pattern is None:  # a Latin-script language: contradicted only by a sample with no Latin words
        return bool(_LATIN.search(sample)) or not any(p.search(sample) for p in _SCRIPT_RE.values())
    return bool(pattern.search(sample))


# Function words frequent in English prose and rare as words of other Latin-script languages
# ("in", "a", "on", "die" are left out: they are words of German, Spanish, Italian...).
_ENGLISH_WORDS = """the and of to is that with for was are this from have has his her they will said it be by
at an as who which their been were but not or after its would she he we you our more about than had also when
into over what there can could new first one two"""
_ENGLISH = frozenset(_ENGLISH_WORDS.split())
_WORD = re.compile(r"[^\W\d_]+")
MIN_WORDS = 12
MIN_SHARE = 0.15


def guess_language(text: str) -> str | None:
    """``en`` when ``text`` reads as English prose in Latin script, else ``None`` (no other
    language is guessed: a wrong code is worse than none)."""
    words = _WORD.findall(text.casefold())[:400]
    if len(words) < MIN_WORDS:
        return None
    latin = sum(1 for w in words if w.isascii())
    english = sum(1 for w in words if w in _ENGLISH)
    return "en" if latin >= 0.9 * len(words) and english >= MIN_SHARE * len(words) else None
