"""Citations by description: ``according to the platform``, ``according to figures issued by the
company``, ``according to a press release the company issued``, ``the studio said in a press
release``, ``according to the streamer's weekly Top 10 report`` (its own chart: data). The
description stands for an organisation the article named before; the source stage resolves it
(``speech.speakers``) and keeps the citation only when it finds that name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_HEADS = ("platform", "streamer", "service", "company", "studio", "broadcaster", "network", "channel",
          "distributor", "agency", "label")
_HEAD = rf"the\s+(?:[a-z-]+\s+)?(?:{'|'.join(_HEADS)})"
_FIGURES = r"(?:data|figures|numbers|statistics|ratings|rankings|tallies)"
_RELEASED = r"(?:released|published|provided|compiled|shared|put out|issued|made public)"
# What an organisation's periodic chart or report is (before ``report``, ``chart``, ``list``).
_PERIODIC = (r"(?:(?:own|latest|official|weekly|monthly|daily|quarterly|annual|global|viewership|viewing|streaming|"
             r"Top\s+\d+|top-\d+)\s+){1,3}")
_DESCRIBED = re.compile(
    r"(?:\b[Aa]ccording to (?:(?P<data>" + _FIGURES + r")\s+" + _RELEASED + r"\s+by\s+|(?:a|an|the)\s+(?:statement|"
    r"announcement|post|notice)\s+(?:from|by|issued by|released by)\s+)?|"
    # "Figures released by the platform showed": figures anywhere, by whom they were released.
    r"(?<![\w-])(?P<figures>(?i:" + _FIGURES + r"))\s+(?:" + _RELEASED + r"\s+by|from)\s+)"
    rf"(?P<desc>{_HEAD})\b"
    # Not a name after it ("the platform Inkline") nor an owner's role ("the company's CEO") --
    # except its own figures ("according to the company's own data").
    r"(?:(?P<own>[’']s\s+(?:own\s+|latest\s+|official\s+|internal\s+)*" + _FIGURES + r")\b|"
    # "according to the streamer's weekly Top 10 report": its own chart, list or report of figures.
    r"(?P<chart>[’']s\s+" + _PERIODIC + r"(?:report|chart|list|rankings?|tally)\b)|(?!\s+[A-Z]|[’']))")


# "according to a press release the company issued on Tuesday", "The studio announced it in a press
# release": the organisation's own document, cited.
_ISSUED = r"(?:issued|released|published|sent out|sent|put out|distributed|shared|posted)"
_RELEASE = re.compile(
    r"(?:\b[Aa]ccording to (?:a|an|the|its)\s+(?:(?:new|latest|official|joint)\s+)?(?:press|news) release\s+"
    r"(?:(?:that\s+)?(?P<issuer>" + _HEAD + r")\s+" + _ISSUED + r"|(?:from|by|issued by|released by|sent by)\s+"
    r"(?P<by>" + _HEAD + r")(?![’']|\s+[A-Z])))\b"
    r"|(?<![\w’'-])(?P<subject>[Tt]he\s+(?:[a-z-]+\s+)?(?:" + "|".join(_HEADS) + r"))\s+(?:[\w’'-]+\s+){1,6}?"
    r"(?:in|via|through|with)\s+(?:a|an|its|the)\s+(?:official\s+)?press release\b")

_TRIGGERS = ("ccording to", "data", "figures", "numbers", "statistics", "ratings", "rankings", "tallies")


@dataclass(frozen=True, slots=True)
class Described:
    """A description at ``body[start:end]`` in an ``according to`` slot, and the kind it cites."""

    start: int
    end: int
    text: str
    kind: str


def find_described(body: str, start: int, end: int) -> Iterator[Described]:
    """Descriptions cited as sources in the sentence ``body[start:end]``: figures an organisation
    released are ``data``, its own word is ``other``."""
    lowered = body[start:end].casefold()
    if "the " not in lowered:
        return
    found: list[Described] = []
    if any(word in lowered for word in _TRIGGERS):
        for match in _DESCRIBED.finditer(body, start, end):
            kind = "data" if match.group("data") or match.group("figures") or match.group("own") or match.group(
                "chart") else "other"
            found.append(Described(match.start("desc"), match.end("desc"), match.group("desc"), kind))
    if "release" in lowered:
        found.extend(_releases(body, start, end))
    yield from sorted(found, key=lambda d: d.start)


def _releases(body: str, start: int, end: int) -> Iterator[Described]:
    """Press releases an organisation described in the sentence issued (``a press release the
    company issued``, ``the studio said in a press release``)."""
    for match in _RELEASE.finditer(body, start, end):
        group = next(g for g in ("issuer", "by", "subject") if match.group(g))
        yield Described(match.start(group), match.end(group), match.group(group), "press_release")
