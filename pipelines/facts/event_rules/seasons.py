"""Which seasons a renewal clause is about: ``Seasons 2 and 3``, ``a second and a third
season``, ``a fourth and final season``, ``a third season alongside the second``, ``two more
seasons`` (counted on from season 1, but not ``the first three seasons``), ``beyond its third
season``, ``a sequel`` (no number) or ``the renewal`` / ``the double pickup`` (the seasons the
article already named)."""

from __future__ import annotations

import re

from pipelines.facts.event_rules.common import count_word, ordinal_word
from pipelines.facts.model import EventFact

_ORD = r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)"
_COUNT = r"\d+|two|three|four|five|both"
_WORD_NUMBER = r"\d+|one|two|three|four|five|six|seven|eight|nine|ten"
# British "series 2" is a season; not "the series 10 years on".
_SERIES_N = r"series(?= \d{1,2}\b(?! (?:years?|episodes?|times|million|percent|hours?|days?|weeks?|months?)\b))"
_NUMBERED = re.compile(rf"\b(?:Seasons?|{_SERIES_N}) ({_WORD_NUMBER})\b"
                       rf"((?:(?:,|,? and|,? &| to|-|–)\s*(?:{_WORD_NUMBER})\b)*)", re.IGNORECASE)
# "a fourth and final season"; "a third season at the same time as the second" names both.
_ORDINALS = re.compile(rf"\b(?:both )?(?:a |the )?({_ORD})(?:,? and (?:a |the )?({_ORD})| and (?:final|last))? "
                       r"(?:seasons?|installments?|instal+ments?|go-rounds?|outings?|series)\b"
                       rf"(?:,? (?:at the same time as|alongside|along with|together with) the ({_ORD})\b)?",
                       re.IGNORECASE)
_BEYOND = re.compile(rf"\bbeyond (?:its|the|a) ({_ORD}) (?:season|installment)", re.IGNORECASE)
# Not "the first three seasons", "its past two seasons": seasons already made.
_COUNTED = re.compile(rf"\b(?<!first )(?<!past )(?<!previous )(?<!last )(?<!all )({_COUNT}) "
                      r"(?:more |new |further |additional |upcoming )?(?:seasons|installments)\b", re.IGNORECASE)
_UNNUMBERED = re.compile(r"\b(?:a|another) (?:sequel|new season|follow-up|renewal)\b|\brenew(?:ed|s)?\b|"
                         r"\bsequel\b|\banother season\b", re.IGNORECASE)
# "material for at least two more seasons": a capacity, not a claim that seasons are coming.
_HEDGE = re.compile(r"\b(?:at least|enough[\w ]* for|up to|as many as)\W*$", re.IGNORECASE)
_ANAPHORIC = re.compile(r"\bthe (?:renewal|sequel|new seasons|(?:double |two-season )?pick-?up)\b|"
                        r"\b(?:additional|further|future) seasons\b", re.IGNORECASE)


def seasons_claimed(text: str, earlier: list[EventFact]) -> list[int] | None:
    """The seasons ``text`` claims are coming, ``[]`` when it names none, None when it names
    no coming season at all."""
    hits = [(m.start(), rank, read, m) for rank, (pattern, read) in enumerate(_READERS)
            for m in pattern.finditer(text) if not _HEDGE.search(text, max(0, m.start() - 30), m.start())]
    if hits:
        _, _, read, match = min(hits, key=lambda h: h[:2])
        return read(match)
    anaphor = _ANAPHORIC.search(text)
    if anaphor and not _HEDGE.search(text, max(0, anaphor.start() - 30), anaphor.start()):
        named = [e.fields.get("seasons") for e in earlier if e.fields.get("seasons")]
        return list(named[-1]) if named else []
    return [] if _UNNUMBERED.search(text) else None


def _numbered(match: re.Match[str]) -> list[int]:
    words = [match.group(1), *re.findall(_WORD_NUMBER, match.group(2), re.IGNORECASE)]
    numbers = [n for n in map(count_word, words) if n]
    if re.search(r"\bto\b|[-–]", match.group(2)) and len(numbers) == 2:
        return list(range(numbers[0], numbers[1] + 1))
    return numbers


def _ordinals(match: re.Match[str]) -> list[int]:
    return sorted({n for n in (ordinal_word(word or "") for word in match.group(1, 2, 3)) if n})


def _beyond(match: re.Match[str]) -> list[int]:
    last = ordinal_word(match.group(1)) or 1
    return [last + 1]


def _counted(match: re.Match[str]) -> list[int]:
    count = count_word(match.group(1)) or 1
    return list(range(2, 2 + min(count, 10)))


# Readers in priority order; the earliest mention in the clause wins, ties go to the first reader.
_READERS = ((_NUMBERED, _numbered), (_BEYOND, _beyond), (_ORDINALS, _ordinals), (_COUNTED, _counted))
