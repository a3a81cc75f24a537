"""Who an event claim rests on: a cited outlet, a quoted speaker or the platform itself, and
the platform and region lexicons the release and renewal rules share."""

from __future__ import annotations

import re

from pipelines.facts.event_rules.common import EventInput
from pipelines.facts.model import SourceFact
from pipelines.facts.sentences import Sentence

_PLATFORMS = (
    "Netflix Korea", "Netflix", "Disney+", "Disney Plus", "Hulu", "Amazon Prime Video", "Prime Video",
    "Apple TV+", "HBO Max", "HBO", "Max", "Paramount+", "Peacock", "Rakuten Viki", "Viki", "Viu", "iQIYI",
    "Coupang Play", "TVING", "Tving", "Wavve", "Watcha", "tvN", "JTBC", "KBS2", "KBS", "MBC", "SBS", "ENA",
    "OCN", "MBN", "Channel A", "TV Chosun", "Genie TV", "Crunchyroll", "BBC", "ITV", "Channel 4", "NBC",
    "CBS", "ABC", "FX", "AMC", "Showtime", "Starz", "The CW", "Fuji TV", "NHK", "TV Asahi", "Nippon TV",
    "Youku", "Tencent Video", "WeTV", "Mango TV", "Bilibili",
)
PLATFORM = re.compile(r"(?<![\w+])(?:" + "|".join(re.escape(p) for p in _PLATFORMS) + r")(?![\w+])")
# Descriptions that stand for the platform named earlier in the article.
_PLATFORM_REFERENCE = re.compile(r"\b(?:the|its) (?:streamer|streaming (?:company|giant|service)|platform|"
                                 r"network|broadcaster|channel)(?:'s)?\b|\ba (?:\w+ )?spokesperson\b",
                                 re.IGNORECASE)
_REGIONS = re.compile(r"\b(worldwide|globally|around the world|in (?:over )?\d+ countries)\b|"
                      r"\bin (South Korea|Korea|Japan|the US|the U\.S\.|the UK|China|Taiwan|India)\b")
_PLATFORM_SPEECH = re.compile(r"(?:announced|confirmed|said|revealed|renewed|shared|denied|stated|told|"
                              r"responded|clarified|explained|added|noted|ordered|greenlit|green-lit)\b")
_FILLER = re.compile(r"(?:\s+(?:has|had|have|also|officially|initially|only|first|then|later|would|will|"
                     r"on \w+|publicly)\b)*\s+")
REPORT_KINDS = ("report", "interview", "broadcast", "social")


def platform_named(inp: EventInput, start: int, end: int) -> str | None:
    """The platform named in ``body[start:end]``, else the last one named before ``start``."""
    named, platform = platform_in(inp, start, end)
    if named:
        return platform
    earlier = PLATFORM.findall(inp.ctx.body, 0, start)
    return canonical_platform(earlier[-1]) if earlier else None


def platform_in(inp: EventInput, start: int, end: int) -> tuple[bool, str | None]:
    """Whether ``body[start:end]`` names a network, and which: a known platform, or the call
    letters of one the list does not know ("air on PBS"); another name ("on Channel Nine")
    is a network too, though unnamed here, so no platform named earlier stands in for it."""
    body = inp.ctx.body
    inside = PLATFORM.search(body, start, end)
    if inside:
        return True, canonical_platform(inside.group(0))
    other = _ON_NETWORK.search(body, start, end)
    if other and not _NOT_NETWORK.match(other.group("name")):
        return True, other.group("name") if _CALL_LETTERS.fullmatch(other.group("name")) else None
    return False, None


_ON_NETWORK = re.compile(r"\b(?:on|via|through)\s+(?P<name>[A-Z][\w+&.-]*)")
_CALL_LETTERS = re.compile(r"[A-Z]{2,5}|[A-Za-z]{2,8}\+")
_NOT_NETWORK = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|"
                          r"August|September|October|November|December|Christmas|New|Season|Part|Episode|"
                          r"The|Its|Their|His|Her|This|That|[A-Z][a-z]+['’]s$")


def canonical_platform(name: str) -> str:
    """The platform behind a regional arm (``Netflix Korea`` streams as ``Netflix``)."""
    return "Netflix" if name.startswith("Netflix") else name


def region_in(text: str) -> str | None:
    """``worldwide`` for global releases, else the country a release is limited to."""
    match = _REGIONS.search(text)
    if not match:
        return None
    return "worldwide" if match.group(1) else match.group(2).removeprefix("the ")


def sources_in(inp: EventInput, start: int, end: int) -> list[SourceFact]:
    """Source facts cited inside ``body[start:end]``."""
    return [s for s in inp.sources if s.span[0] >= start and s.span[1] <= end]


def claim_source(inp: EventInput, sentence: Sentence, start: int, end: int, point: int | None = None) -> str | None:
    """Who the claim in the clause ``body[start:end]`` rests on: the speaker of a statement
    holding ``point`` (the trigger: "A told an outlet that filming would end"), a cited outlet
    in the clause, else in the sentence; a statement's speaker; or the platform speaking."""
    for statement in inp.statements if point is not None else ():
        if statement.span[0] <= point < statement.span[1] and statement.speaker:
            return statement.speaker
    cited = sources_in(inp, start, end) or sources_in(inp, sentence.start, sentence.end)
    if cited:
        return min(cited, key=lambda s: abs(s.span[0] - start)).outlet
    for statement in inp.statements:
        if statement.span[0] < sentence.end and statement.span[1] > sentence.start and statement.speaker:
            return statement.speaker
    return platform_speaker(inp, sentence, start, end)


def platform_speaker(inp: EventInput, sentence: Sentence, start: int, end: int, *,
                     whole: bool = True) -> str | None:
    """The platform (named or described) speaking in ``body[start:end]`` or (unless ``whole`` is
    false) anywhere in the sentence."""
    body = inp.ctx.body
    spans = ((start, end), (sentence.start, sentence.end)) if whole else ((start, end),)
    for lo, hi in dict.fromkeys(spans):
        named = PLATFORM.search(body, lo, hi)
        if named and _PLATFORM_SPEECH.match(body, _skip_words(body, named.end())):
            return named.group(0)
        described = _PLATFORM_REFERENCE.search(body, lo, hi)
        if described and _PLATFORM_SPEECH.match(body, _skip_words(body, described.end())):
            return platform_named(inp, described.start(), described.start())
    return None


def _skip_words(body: str, pos: int) -> int:
    """Position after white space and adverbs (``has officially``, ``initially``) following ``pos``."""
    match = _FILLER.match(body, pos)
    return match.end() if match else pos


def is_report(inp: EventInput, source: str | None) -> bool:
    """Whether ``source`` is a cited outlet (a report) rather than the platform or a person."""
    return any(s.outlet == source and s.kind in REPORT_KINDS for s in inp.sources)
