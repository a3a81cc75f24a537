"""Authors named in markup and meta tags, for pages whose JSON-LD names nobody.

Sources in order: author meta tags (``author``, ``article:author`` when it is a name,
``parsely-author``, ``sailthru.author``, ``dc.creator``, Twitter's "Written by" label),
microdata ``itemprop=author``, ``rel=author`` links, and byline elements found by class.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lxml import etree
from lxml.html import HtmlElement

from pipelines.meta.authors import clean_names, is_house_account, split_names
from pipelines.meta.signals import Signals
from pipelines.meta.zones import PageZones

AUTHOR_META = ("author", "article:author", "og:article:author", "parsely-author", "sailthru.author",
               "dc.creator", "dcterms.creator", "byl", "citation_author", "cxenseparse:author", "author_name",
               "dable:author")
_ITEMPROP_NAME = etree.XPath(".//*[@itemprop='name']")
# Links with a rel attribute first (by the attribute axis, cheaper in libxml2), then the string test on those only.
_REL_AUTHOR = etree.XPath(
    "descendant-or-self::a/@rel/parent::*[contains(concat(' ', normalize-space(@rel), ' '), ' author ')]")
_PROFILE_LINK = re.compile(r"author|autor|journalist|profile|people|staff|writer|reporter|contributor|/by/|/team/",
                           re.I)
_CUT = re.compile(r"\s(?:[|·•]|-\s)|\b(?:updated|published|posted\s+(?:on|at)|on\s+\w+\s+\d|\d{1,2}[:.]\d{2}|"
                  r"\d{1,2}\s+(?:min|hours?|days?)\b)", re.I)


def meta_authors(sig: Signals, outlet_names: list[str]) -> list[str]:
    """Names from author meta tags."""
    raw = sig.all(*AUTHOR_META)
    labels = sig.all("twitter:label1")
    if labels and re.match(r"(?:written|posted)\s+by|author", labels[0], re.I):
        raw.extend(sig.all("twitter:data1"))
    return clean_names(raw, outlet_names)


def markup_authors(page: PageZones, outlet_names: list[str]) -> list[str]:
    """Names from microdata, ``rel=author`` links and byline elements, the first source that has any."""
    for source in (_microdata, _rel_author, _byline_zone, _bold_lead):
        names = clean_names(source(page), outlet_names)
        if names:
            return names
    return []


def _microdata(page: PageZones) -> Iterable[str]:
    for el in page.with_itemprop("author", "creator")[:10]:
        if not page.outside(el):
            continue
        named = _ITEMPROP_NAME(el)
        if named:
            yield named[0].get("content") or named[0].text_content()
        else:
            yield el.get("content") or el.text_content()


def _rel_author(page: PageZones) -> Iterable[str]:
    for el in _REL_AUTHOR(page.tree)[:10]:
        if page.outside(el) and not is_house_account(el.get("href")):
            yield el.text_content()


def _byline_zone(page: PageZones) -> list[str]:
    for el in page.author_elements():
        text = " ".join(el.text_content().split())
        if not text or len(text) > 150:
            continue
        links = [a.text_content() for a in el.iter("a")
                 if _PROFILE_LINK.search(a.get("href") or "") and not is_house_account(a.get("href"))]
        if links:
            return links
        head = _CUT.split(text, maxsplit=1)[0]
        names = split_names(head)
        if names:
            return names
    return []


_NAME_LINE = re.compile(r"^(?:by\s+)?[A-ZÀ-Þ][\w'’.-]+(?:\s+[A-ZÀ-Þ][\w'’.-]+){1,3}"
                        r"(?:\s*(?:/|,|&|and)\s*[A-ZÀ-Þ][\w'’.-]+(?:\s+[A-ZÀ-Þ][\w'’.-]+){1,3})*$", re.I)


def _bold_lead(page: PageZones) -> list[str]:
    """A byline set as a bold paragraph of its own just before the article's first real paragraph
    (``<p><strong>Jane Doe</strong></p>``), common where the CMS account is the outlet's."""
    last_short: HtmlElement | None = None
    for count, p in enumerate(page.tree.iter("p")):
        text = " ".join(p.text_content().split())
        if len(text) > 80:
            break
        if text and count < 200:
            last_short = p
    if last_short is None:
        return []
    text = " ".join(last_short.text_content().split())
    bold = " ".join(" ".join(b.text_content() for b in last_short.iter("strong", "b")).split())
    if bold != text or not _NAME_LINE.match(text) or not page.outside(last_short):
        return []
    return split_names(text)
