"""Source facts: outlets and data providers the article cites.

Citing slots (``according to``, ``X reported``, ``told X``, ``as per X``, ``data from X``, ...)
come from ``speech.citations``; descriptions cited in them (``according to the platform``) come
from ``speech.described`` and stand for the organisation the article named before (resolved as
speakers are, by ``speech.speakers``); this module drops the publishing outlet and tracked shows,
keeps one fact per outlet (its first citation) and dates each from the date facts of its
sentence that come before the cited content.
"""

from __future__ import annotations

import re

from pipelines.facts.context import FactContext
from pipelines.facts.model import DateFact, SourceFact
from pipelines.facts.speech import lexicon, speakers
from pipelines.facts.speech.citations import Citation, descriptor_after, find_citations
from pipelines.facts.speech.described import find_described

# Where the cited content starts: a comma or "that" -- after a descriptor set beside the name
# ("X, a local portal, reported on Tuesday that").
_CONTENT_START = re.compile(r",|\bthat\b")


def find_sources(ctx: FactContext, dates: list[DateFact]) -> list[SourceFact]:
    """Outlets cited by ``ctx.body`` (never the publishing outlet), in body order."""
    own = _own_names(ctx)
    shows = {lexicon.norm_name(name) for show in ctx.shows for name in show.names}
    seen: set[str] = set()
    facts: list[SourceFact] = []
    scene: speakers.Scene | None = None
    for sentence in ctx.sentences:
        citations = list(find_citations(ctx.body, sentence.start, sentence.end))
        for described in find_described(ctx.body, sentence.start, sentence.end):
            scene = scene or speakers.Scene(ctx.body, titles=speakers.titles_of(
                name for show in ctx.shows for name in show.names))
            name = _referent(scene, described.text, described.start, sentence.start)
            if name is not None:
                citations.append(Citation(described.start, described.end, name, described.kind))
        for cite in sorted(citations, key=lambda c: c.start):
            owned = _OWN_TOP_N.match(cite.name)
            if owned and ctx.body.startswith(owned.group("o"), cite.start):  # "Netflix's Top 10": Netflix's figures
                cite = Citation(cite.start, cite.start + len(owned.group("o")), owned.group("o"), "data")
            key = lexicon.norm_name(cite.name)
            if _seen(key, seen) or key in shows or _is_own(key, own):
                continue
            seen.add(key)
            facts.append(SourceFact(text=ctx.body[cite.start:cite.end], span=(cite.start, cite.end),
                                    sentence=sentence.text, outlet=cite.name, kind=cite.kind,
                                    date=_date(ctx.body, cite, sentence.start, sentence.end, dates)))
    return facts


_OWN_TOP_N = re.compile(r"(?P<o>.+?)[’']s (?:(?:global|weekly|daily|official) )?Top (?:10|Ten)$")


def _referent(scene: speakers.Scene, text: str, pos: int, sentence_start: int) -> str | None:
    """The organisation a cited description (``the platform``) stands for, or None when the
    article names none."""
    name = speakers.resolve(scene, text, pos, sentence_start)
    return name if name != text and name[:1].isupper() and "'s " not in name else None


def _seen(key: str, seen: set[str]) -> bool:
    """Whether the outlet was cited already, in full or by the short form of its name
    (``Taelim`` after ``Taelim Research``)."""
    return key in seen or any(name.startswith(key + " ") for name in seen)


def _own_names(ctx: FactContext) -> set[str]:
    """The publishing outlet's name in the forms an article may use (with or without ``The``,
    a domain ending or spaces, or by the initials of a name of three words or more)."""
    if not ctx.outlet:
        return set()
    key = lexicon.norm_name(ctx.outlet)
    bare = re.sub(r"\.(?:com|net|org|co\.kr|kr|co|io|tv)$", "", key)
    # "Buzz Weekly" cites itself as "Buzz": the name without its outlet words is the outlet too.
    short = " ".join(w for w in bare.split() if w not in lexicon.OUTLET_WORDS and w not in _WIRE_WORDS)
    # "Harbor Wire Service" cites itself as "HWS" (a wire's dateline, "told HWS").
    initials = "".join(w[0] for w in re.findall(r"[\w]+", bare) if w != "the") if len(bare.split()) > 2 else ""
    return {key, bare, bare.replace(" ", ""), bare.replace("-", " ")} | ({short} if short else set()) | (
        {initials} if initials else set())


# "Harbor News Agency" signs its datelines "(Harbor)": the words that make a name a wire's.
_WIRE_WORDS = frozenset({"agency", "service", "network", "group"})


def _is_own(key: str, own: set[str]) -> bool:
    bare = re.sub(r"\.(?:com|net|org|co\.kr|kr|co|io|tv)$", "", key)
    return bool(own) and (bare in own or bare.replace(" ", "") in own)


# "as of Monday": the day figures stand at.
_AS_OF = re.compile(r"\b[Aa]s of\s+(?:(?:early|late|mid|midday|noon|the end of)\s+)?$")


def _date(body: str, cite: Citation, start: int, end: int, dates: list[DateFact]) -> str | None:
    """A date of the sentence before the cited content (``reported on Monday that ...``,
    ``According to a report by X on May 4, ...``), nearest to the outlet's name. A
    citation closing the sentence (``..., according to X.``) follows its content: only dates
    after the comma that opens it count (``..., X reported on Monday.``). Figures are dated by
    the day they stand at wherever the sentence says it (``X had the show at No. 1 as of Monday``)."""
    if cite.kind == "data":
        as_of = [d for d in dates if start <= d.span[0] < end and _AS_OF.search(body, start, d.span[0])]
        if as_of:
            return as_of[0].value
    content = _CONTENT_START.search(body, descriptor_after(body, cite.end, end) or cite.end, end)
    stop = content.start() if content else end
    if content is None:
        start = max(start, body.rfind(", ", start, cite.start) + 1)
    near = [d for d in dates if start <= d.span[0] < stop]
    if not near:
        return None
    nearest = min(near, key=lambda d: abs(d.span[0] - cite.start))
    return _range_start(body, nearest, dates).value


# Between the two ends of a written range ("April 20–21", "May 3 to 5").
_RANGE_DASH = re.compile(r"\s*(?:[–—-]|to|through)\s*")


def _range_start(body: str, date: DateFact, dates: list[DateFact]) -> DateFact:
    """The date a range opens with when ``date`` is its closing end (``April 20–21``): a report
    dated by a range is dated by its first day."""
    for other in dates:
        if other.span[1] <= date.span[0] and _RANGE_DASH.fullmatch(body, other.span[1], date.span[0]):
            return other
    return date
