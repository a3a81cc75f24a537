"""The article record of ``shared/spec/facts.md``: frozen dataclasses and their JSON form.

This module owns the contract between extraction, storage, exports and scoring.
``ArticleRecord.to_dict()`` gives exactly the spec's JSON; ``from_dict`` reads it back
(storage and ``showbeat export`` use it to round-trip stored records).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pipelines.facts.model import Fact, fact_from_dict


@dataclass(frozen=True, slots=True)
class Outlet:
    """The publisher of a page: display name and registrable host without ``www.``."""

    name: str | None
    domain: str | None

    def to_dict(self) -> dict[str, str | None]:
        return {"name": self.name, "domain": self.domain}


@dataclass(frozen=True, slots=True)
class SocialPost:
    """A post embedded in the page (X, Instagram, YouTube, TikTok, Threads, Facebook, other)."""

    platform: str
    author: str | None = None
    handle: str | None = None
    url: str | None = None
    text: str | None = None
    posted: str | None = None

    def to_dict(self) -> dict[str, str | None]:
        return {
            "platform": self.platform,
            "author": self.author,
            "handle": self.handle,
            "url": self.url,
            "text": self.text,
            "posted": self.posted,
        }


@dataclass(frozen=True, slots=True)
class ArticleRecord:
    """One page's article fields and facts, as the spec defines them."""

    url: str
    canonical_url: str | None = None
    outlet: Outlet = field(default_factory=lambda: Outlet(None, None))
    title: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    modified: str | None = None
    language: str | None = None
    body: str = ""
    shows: tuple[str, ...] = ()
    social_posts: tuple[SocialPost, ...] = ()
    facts: tuple[Fact, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The spec's JSON object, field for field and in the spec's order."""
        return {
            "url": self.url,
            "canonical_url": self.canonical_url,
            "outlet": self.outlet.to_dict(),
            "title": self.title,
            "authors": list(self.authors),
            "published": self.published,
            "modified": self.modified,
            "language": self.language,
            "body": self.body,
            "shows": list(self.shows),
            "social_posts": [p.to_dict() for p in self.social_posts],
            "facts": [f.to_dict() for f in self.facts],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ArticleRecord:
        """Rebuild a record from its spec JSON (the inverse of ``to_dict``)."""
        outlet = data.get("outlet") or {}
        return cls(
            url=data["url"],
            canonical_url=data.get("canonical_url"),
            outlet=Outlet(outlet.get("name"), outlet.get("domain")),
            title=data.get("title"),
            authors=tuple(data.get("authors") or ()),
            published=data.get("published"),
            modified=data.get("modified"),
            language=data.get("language"),
            body=data.get("body") or "",
            shows=tuple(data.get("shows") or ()),
            social_posts=tuple(SocialPost(**p) for p in data.get("social_posts") or ()),
            facts=tuple(fact_from_dict(f) for f in data.get("facts") or ()),
        )
