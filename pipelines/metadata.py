"""Article metadata from structured data and markup: canonical URL, outlet, title, authors,
dates and language (JSON-LD, OpenGraph, embedded app JSON, microdata, ``<time>``, bylines, URL).

The page is read once (``pipelines.meta.signals``) and its tree is never changed. Each field
tries its strategies in order of trust; ``Metadata.date_source`` records which one gave
``published``. The helpers live in ``pipelines.meta``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from pipelines.context import ExtractConfig
from pipelines.meta import appjson, bylines, jsonld, language, titles
from pipelines.meta.appjson import AppArticle
from pipelines.meta.authors import clean_names, house_accounts, jsonld_authors
from pipelines.meta.published import find_dates
from pipelines.meta.signals import Signals, collect
from pipelines.meta.zones import PageZones
from pipelines.parse import Page
from pipelines.record import Outlet
from pipelines.urls import absolutize, domain_of

_MULTI_PART_SUFFIXES = ("co", "com", "net", "org", "gov", "ac", "edu", "or", "ne", "go")


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
    date_source: str | None = None


def extract_metadata(page: Page, config: ExtractConfig) -> Metadata:
    """Read every metadata signal of ``page`` and keep the most reliable value of each field.

    Never raises: a page whose markup defeats a strategy gets the fields the others found,
    and a page that defeats them all gets only its domain.
    """
    try:
        return read_metadata(page, config)
    except Exception:  # a broken page must never stop a crawl (DESIGN: principles); tests call read_metadata
        domain = domain_of(page.url) if isinstance(page.url, str) else None
        return Metadata(None, Outlet(_prettify(domain), domain), None, (), None, None, None)


def read_metadata(page: Page, config: ExtractConfig) -> Metadata:
    """``extract_metadata`` without the safety net (tests call this to see real errors)."""
    tree, url = page.tree, page.url or ""
    sig = collect(tree)
    canonical = _canonical(sig, url)
    urls = tuple(u for u in (url, canonical) if u)
    ld = jsonld.read(sig.jsonld, urls)
    domain = domain_of(url) or (domain_of(canonical) if canonical else None)
    title_tag = titles.tidy(tree.findtext(".//title"))
    outlet_name = _outlet_name(sig, ld, config, domain, title_tag)
    site_names = _site_names(sig, ld, outlet_name, domain)
    title = titles.choose_title(titles.tidy(ld.get("headline") or _ld_name(ld)), titles.tidy(sig.first("og:title")),
                                titles.tidy(sig.first("twitter:title")), title_tag, titles.h1_texts(tree), site_names)
    app = _lazy_app(sig, title, urls)
    title = title or _app_title(app, site_names)
    declared = [tree.get("lang"), tree.get("xml:lang"), tree.get("{http://www.w3.org/XML/1998/namespace}lang"),
                ld.get("inLanguage"), sig.first("og:locale"), sig.first("content-language"),
                sig.first("dc.language", "language")]
    zones = PageZones(tree, page.html)
    dates = find_dates(zones, url, sig, ld, app, _month_first(declared), page.html, _region(declared))
    return Metadata(
        canonical_url=canonical,
        outlet=Outlet(outlet_name, domain),
        title=title,
        authors=tuple(_authors(zones, sig, ld, app, site_names)),
        published=dates.published.iso if dates.published else None,
        modified=dates.modified.iso if dates.modified else None,
        language=language.choose_language(declared, title, lambda: _lead_text(tree, title)) or
        language.guess_language(_lead_text(tree, title)),
        date_source=dates.source,
    )


def _app_title(app: Callable[[], AppArticle | None], site_names: list[str]) -> str | None:
    """The headline of the article object in the app state, for pages whose markup names only the site."""
    article = app()
    headline = titles.tidy(article.headline) if article is not None and article.matched else None
    return None if headline is None or titles.is_brand(headline, site_names) else headline


_LEAD_PARAGRAPHS = 6


def _lead_text(tree: Any, title: str | None) -> str:
    """The headline and the first paragraphs: a sample of the page's prose for guessing its language."""
    parts = [title or ""]
    for p in tree.iter("p"):
        parts.append(p.text_content())
        if len(parts) > _LEAD_PARAGRAPHS:
            break
    return " ".join(parts)


def _ld_name(ld: jsonld.LinkedData) -> Any:
    return ld.article.get("name") if ld.article is not None else None


def _lazy_app(sig: Signals, title: str | None, urls: tuple[str, ...]) -> Callable[[], AppArticle | None]:
    cache: list[AppArticle | None] = []

    def get() -> AppArticle | None:
        if not cache:
            scripts = sig.app_scripts()
            values = appjson.blobs(sig.next_data, scripts) if sig.next_data or scripts else []
            cache.append(appjson.find_article(values, title, urls) if values else None)
        return cache[0]

    return get


def _canonical(sig: Signals, url: str) -> str | None:
    """``<link rel=canonical>`` or ``og:url``, absolute; a bare home page for an article URL is ignored."""
    for href in (*sig.links.get("canonical", ()), *sig.meta.get("og:url", ())):
        absolute = absolutize(href, url) if href else None
        if not absolute:
            continue
        parts = urlsplit(absolute)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            continue
        if parts.path.strip("/") == "" and urlsplit(url).path.strip("/"):
            continue
        return absolute
    return None


def _outlet_name(sig: Signals, ld: jsonld.LinkedData, config: ExtractConfig, domain: str | None,
                 title_tag: str | None) -> str | None:
    for name in (_publisher(ld), sig.first("og:site_name"), sig.first("application-name"),
                 config.outlet_names.get(domain or "") if domain else None):
        name = titles.tidy(name)
        if name and 1 < len(name) <= 80 and "://" not in name:
            return name
    pretty = _prettify(domain)
    return titles.name_in_title(title_tag, pretty) or pretty


def _publisher(ld: jsonld.LinkedData) -> str | None:
    value = ld.get("publisher")
    for item in value if isinstance(value, list) else [value]:
        item = ld.resolve(item)
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, str) and name.strip():
            return name
    for wanted in ("newsmediaorganization", "website", "organization"):
        for node in ld.nodes:
            if wanted in jsonld.types_of(node) and isinstance(node.get("name"), str) and node["name"].strip():
                return str(node["name"])
    return None


def _prettify(domain: str | None) -> str | None:
    """``Cobaltscreen`` from ``cobaltscreen.com``; ``Bbc`` from ``bbc.co.uk`` (the last resort)."""
    if not domain:
        return None
    labels = domain.split(".")
    if len(labels) >= 3 and labels[-2] in _MULTI_PART_SUFFIXES and len(labels[-1]) == 2:
        labels = labels[:-1]
    label = labels[-2] if len(labels) >= 2 else labels[0]
    return label[:1].upper() + label[1:] if label else None


def _site_names(sig: Signals, ld: jsonld.LinkedData, outlet_name: str | None, domain: str | None) -> list[str]:
    names = [outlet_name, _publisher(ld), sig.first("og:site_name"), sig.first("application-name"),
             (sig.first("twitter:site") or "").lstrip("@"), _prettify(domain), domain]
    return [n for n in dict.fromkeys(names) if n]


def _authors(zones: PageZones, sig: Signals, ld: jsonld.LinkedData, app: Callable[[], AppArticle | None],
             site_names: list[str]) -> list[str]:
    site_names = [*site_names, *house_accounts(ld), *_copyright_holder(sig.first("copyright"))]
    found = jsonld_authors(ld, site_names) or bylines.meta_authors(sig, site_names)
    if found:
        return found
    article = app()
    if article is not None and article.matched and article.authors:
        found = clean_names(article.authors, site_names)
    return found or bylines.markup_authors(zones, site_names)


_COPYRIGHT_NOISE = re.compile(r"copyright|\(c\)|©|\b(?:19|20)\d\d\b|all rights reserved|inc\.?$|ltd\.?$|llc$",
                              re.IGNORECASE)


def _copyright_holder(notice: object) -> list[str]:
    """The company a ``<meta name="copyright">`` names: the publisher, never an author."""
    if not isinstance(notice, str):
        return []
    holder = " ".join(_COPYRIGHT_NOISE.sub(" ", notice).split()).strip(" .,;:-")
    return [holder] if 2 < len(holder) < 60 else []


def _region(declared: list[object]) -> str | None:
    """The country the first declared language tag with one names (``US`` from ``en-US``)."""
    return next((r for r in map(language.region, declared) if r is not None), None)


def _month_first(declared: list[object]) -> bool:
    """Whether ``03/04/2025`` on this page means March 4: US English pages write month first."""
    for code in declared:
        if language.primary(code) is not None:
            return language.primary(code) == "en" and language.region(code) in (None, "US")
    return False
