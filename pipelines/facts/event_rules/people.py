"""Finding the person a clause is about: the last name mentioned in a stretch of the body, or,
for ``he``/``she``, the last person named before it."""

from __future__ import annotations

import re

from pipelines.facts.event_rules.claims import PLATFORM
from pipelines.facts.event_rules.common import NAME, ORG_NAME_WORDS, EventInput, full_name

_PERSON = re.compile(rf"\b(?:{NAME})\b|\b[A-Z][a-z]+\b")
# A person referred back to: a subject pronoun, or an object one before what they were given
# ("earned him the prize", "gave her a nod").
_PRONOUN = re.compile(r"\b(?:he|she|He|She|him(?= (?:a|an|the|his)\b)|her(?= (?:a|an|the)\b))\b")
# Names of organisations, never a person ("the Korea Trauma Care Foundation").
_ORG_WORDS = "(?:" + "|".join(sorted(ORG_NAME_WORDS)) + ")"
_ORG_END = re.compile(rf"\b{_ORG_WORDS}$")
_ORG_AFTER = re.compile(rf" {_ORG_WORDS}\b")
_NOT_PEOPLE = re.compile(r"^(?:The|A|An|In|At|On|With|And|But|Season|Seasons|Episode|Netflix|January|February|"
                         r"March|April|May|June|July|August|September|October|November|December|Monday|"
                         r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Best|It|His|Her)\b")


def last_person(inp: EventInput, lo: int, hi: int, blocked: list[tuple[int, int]]) -> tuple[int, str] | None:
    """(offset, full name) of the last person mentioned in ``body[lo:hi]`` outside ``blocked``
    spans; a pronoun resolves to the last person named before it."""
    found = [(m.start(), full_name(inp, m.group(0))) for m in _PERSON.finditer(inp.ctx.body, lo, hi)
             if _is_person(inp, m) and not _inside(m.start(), blocked)]
    pronouns = [m.start() for m in _PRONOUN.finditer(inp.ctx.body, lo, hi)]
    if pronouns and (not found or pronouns[-1] > found[-1][0]):
        earlier = last_person(inp, max(0, pronouns[-1] - 600), pronouns[-1], blocked)
        return (pronouns[-1], earlier[1]) if earlier else None
    return found[-1] if found else None


def _is_person(inp: EventInput, match: re.Match[str]) -> bool:
    """A known full name or surname, or a multi-word capitalised name that is no platform or title."""
    text = match.group(0)
    if _EVENT_AFTER.match(inp.ctx.body, match.end()) or _ORG_AFTER.match(inp.ctx.body, match.end()):
        return False  # "Busan International Film Festival", "Korea Trauma Care Foundation": no person
    if text in inp.people or text in inp.people.values():
        return True
    if " " not in text or _NOT_PEOPLE.match(text) or PLATFORM.search(text) or re.search(r"[’']s\b", text) or \
            _EVENT_NAME.search(text) or _ORG_END.search(text):
        return False  # "Joo’s Crown Prince": someone's part; "Baeksang Arts Awards": an occasion
    return not any(text.casefold() in name.casefold() for show in inp.ctx.shows for name in show.names)


# Words that end the name of an occasion, not of a person.
_OCCASION = r"Awards?|Festival|Prizes?|Ceremony|Gala"
_EVENT_AFTER = re.compile(rf" (?:[A-Z][a-z]+ )?(?:{_OCCASION})\b")
_EVENT_NAME = re.compile(rf"\b(?:{_OCCASION}|Expo|Con)$")


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= pos < end for start, end in spans)
