"""Source material: the work a show adapts (``adapted from X, a web novel written by Y``) and
the works derived from it (``co-serialized as a Naver Webtoon in 2019 with the help of Z``),
with the credits of their creators (original author, illustrator)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipelines.facts.event_rules.common import NAME1, EventInput, dates_within, full_name, make_event
from pipelines.facts.event_rules.shows import show_for
from pipelines.facts.model import EventFact
from pipelines.facts.sentences import Sentence

_MEDIA = {"web novel": "web_novel", "webtoon": "webtoon", "manhwa": "webtoon", "novel": "novel",
          "book": "novel", "manga": "manga", "film": "film", "movie": "film", "comic": "other"}
_MEDIUM = (r"(?P<medium>[Ww]eb[ -]?novel|[Ww]eb[ -]?toon|[Mm]anhwa|[Nn]ovel|[Bb]ook|[Mm]anga|[Cc]omic|[Ff]ilm|"
           r"[Mm]ovie)s?\b")
_SMALL = r"(?:of|the|and|a|an|in|on|to|for|at|with|from)"
_TITLE = rf"(?P<title>[A-Z0-9][\w'’&-]*(?:(?::|,| -)? (?:{_SMALL} )*[A-Z0-9][\w'’&-]*)*)"
_QUOTED = r"[‘'“\"](?P<quoted>[A-Z0-9][^‘“”\"’]{1,60}?)[’'”\"](?!\w)"
_DESC = r"(?:(?!(?:by|from|with|for|at|in|to|of|on|and|or)\b)[a-z][a-z-]* ){0,3}"
# "X, a web novel" and "the web novel X" / "the web novel 'X'".
_TITLE_FIRST = re.compile(rf"{_TITLE},? (?:a|an|the) (?:[\w-]+ ){{0,3}}?{_MEDIUM}")
_MEDIUM_FIRST = re.compile(rf"\b(?:a|an|the) (?:[\w-]+ ){{0,2}}?{_MEDIUM},? (?:called |titled |entitled )?"
                           rf"(?:{_QUOTED}|{_TITLE})")
_SAME_NAME = re.compile(rf"\b(?:a|an|the) (?:[\w-]+ ){{0,2}}?{_MEDIUM} of the same (?:name|title)")
_DERIVED = re.compile(rf"\b(?:adapted into|serialized as|made into|turned into|remade as|released as)\s+"
                      rf"(?:a |an |the )?(?:[A-Z][\w-]* )?{_MEDIUM}")
_CREATOR = re.compile(rf"^(?:,? (?:written|drawn|illustrated|created|penned|authored))? by {_DESC}(?P<name>{NAME1})"
                      rf"(?: \((?P<alias>real name|pen name|aka|a\.k\.a\.) (?P<alt>{NAME1})\))?|"
                      rf"^[^.,;]{{0,25}}?\b(?:with the help of|drawn by|illustrated by) (?P<helper>{NAME1})")
_ADAPTATION = re.compile(r"\badapt|\bbased on\b|\bdraws? on\b|\bdrawing on\b|\binspired by\b|\boriginal\b|"
                         r"\bsource\b|\bserializ|\bremake\b|\bwr[io]te\b|\bwritten\b|\bauthor|\bnovelist\b",
                         re.IGNORECASE)
_MENTIONS_MEDIA = re.compile(r"novel|toon|manhwa|book|manga|comic|film|movie", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Work:
    start: int
    end: int
    title: str
    medium: str
    derived: bool


def find_source_material(inp: EventInput, sentence: Sentence, earlier: list[EventFact]) -> list[EventFact]:
    """Source-material facts of ``sentence`` and their creators' credits; ``earlier`` (this
    article's source material so far) names the work a derived edition comes from."""
    if not _MENTIONS_MEDIA.search(sentence.text):
        return []
    events = []
    adapted = bool(_ADAPTATION.search(sentence.text))
    for work in _works(inp, sentence, [*earlier]):
        creator, role = _creator(inp, work)
        if not (adapted or creator or work.derived):
            continue  # "will appear in the film X": a work, but nobody adapts it
        show = show_for(inp, sentence, work.start)
        dates = dates_within(inp, work.start, min(sentence.end, work.end + 40))
        events.append(make_event(inp, "source_material", sentence, (work.start, work.end), show=show,
                                 title=work.title, medium=work.medium, creator=creator,
                                 date=dates[0].value if dates else None))
        earlier.append(events[-1])
        if creator:
            events.append(make_event(inp, "credit", sentence, (work.start, work.end), show=show, person=creator,
                                     role=role, character=None))
    return events


def _works(inp: EventInput, sentence: Sentence, earlier: list[EventFact]) -> list[_Work]:
    """The titled works of the sentence, and derived editions of the last work named."""
    body, lo, hi = inp.ctx.body, sentence.start, sentence.end
    works = []
    for pattern in (_TITLE_FIRST, _MEDIUM_FIRST):
        for m in pattern.finditer(body, lo, hi):
            title = (m.groupdict().get("quoted") or m.group("title") or "").strip(" ,")
            if title and not title.isdigit():
                works.append(_Work(m.start(), m.end(), title, _medium(m.group("medium")), False))
    for m in _SAME_NAME.finditer(body, lo, hi):
        title = _show_title(inp, sentence, m.start())
        if title:
            works.append(_Work(m.start(), m.end(), title, _medium(m.group("medium")), False))
    titles = [w.title for w in works] or [e.fields["title"] for e in earlier if e.type == "source_material"]
    for m in _DERIVED.finditer(body, lo, hi):
        if titles:
            works.append(_Work(m.start(), m.end(), titles[-1], _medium(m.group("medium")), True))
    return works


def _show_title(inp: EventInput, sentence: Sentence, pos: int) -> str | None:
    """The title of the show ``sentence`` is about (a work "of the same name" shares it)."""
    slug = show_for(inp, sentence, pos)
    titles = [s.title for s in inp.ctx.shows if s.slug == slug]
    if titles:
        return titles[0]
    quoted = re.search(_QUOTED, sentence.text)
    return quoted.group("quoted") if quoted else None


def _medium(word: str) -> str:
    key = re.sub(r"[ -]", "", word.lower())
    return {"webnovel": "web_novel", "webtoon": "webtoon"}.get(key) or _MEDIA.get(word.lower(), "other")


def _creator(inp: EventInput, work: _Work) -> tuple[str | None, str]:
    """The work's creator and the credit role they take for it."""
    match = _CREATOR.search(inp.ctx.body[work.end:work.end + 90])
    if not match:
        return None, "original_author"
    if match.group("helper"):
        return full_name(inp, match.group("helper")), "illustrator"
    name = match.group("alt") if match.group("alias") == "real name" else match.group("name")
    drawn = work.derived or "drawn" in match.group(0) or "illustrated" in match.group(0)
    return full_name(inp, name), "illustrator" if drawn else "original_author"
