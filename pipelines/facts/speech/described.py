"""Citations by description: ``according to the platform``, ``according to data released by the
company``. The description stands for an organisation the article named before; the source
stage resolves it (``speech.speakers``) and keeps the citation only when it finds that name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_HEADS = ("platform", "streamer", "service", "company", "studio", "broadcaster", "network", "channel",
          "distributor", "agency", "label")
_DESCRIBED = re.compile(
    r"\b[Aa]ccording to (?:(?P<data>data|figures|numbers|statistics|ratings|rankings)\s+(?:released|published|"
    r"provided|compiled|shared|put out|issued)\s+by\s+|(?:a|an|the)\s+(?:statement|announcement|post|notice)\s+"
    rf"(?:from|by|issued by|released by)\s+)?(?P<desc>the\s+(?:[a-z-]+\s+)?(?:{'|'.join(_HEADS)}))\b"
    # Not a name after it ("the platform Inkline") nor an owner's role ("the company's CEO").
    r"(?!\s+[A-Z]|[’'])")


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
    if "ccording to" not in body[start:end]:
        return
    for match in _DESCRIBED.finditer(body, start, end):
        kind = "data" if match.group("data") else "other"
        yield Described(match.start("desc"), match.end("desc"), match.group("desc"), kind)
