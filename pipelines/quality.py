"""Is an extracted page usable? Hard failures (no body, a JavaScript shell, undecodable or
binary bytes) that the crawl records as ``Failure`` rows, and soft gaps (no date, title or
real body) that storage lists as ``incomplete``."""

from __future__ import annotations

import re

import lxml.etree

from pipelines.failures import Reason
from pipelines.parse import Page
from pipelines.record import ArticleRecord

MIN_BODY_CHARS = 200  # below this a stored article is "incomplete" (a soft failure)
NO_BODY_CHARS = 40  # below this there is no article at all (a failure record)
MAX_REPLACEMENT_RATIO = 0.02
MAX_CONTROL_RATIO = 0.01

_VISIBLE_TEXT = lxml.etree.XPath(
    "//body//text()[not(ancestor::script or ancestor::style or ancestor::noscript or ancestor::template)]")
_SCRIPTS = lxml.etree.XPath("count(//script)")
_APP_ROOT = lxml.etree.XPath(
    "//body//*[@id='root' or @id='app' or @id='__next' or @id='__nuxt' or @id='___gatsby' or @id='svelte'"
    " or @data-reactroot or @ng-app or @ng-version or contains(@class, 'app-root')]")
_NEEDS_JS = re.compile(r"enable javascript|javascript (?:is )?(?:required|disabled)|requires javascript|"
                       r"turn on javascript|you need to enable", re.IGNORECASE)


def assess(page: Page, record: ArticleRecord) -> tuple[Reason, str] | None:
    """Why ``page`` cannot give an article (reason and message), or ``None`` when it can."""
    if page.control_ratio > MAX_CONTROL_RATIO:
        return Reason.BINARY_CONTENT, f"{page.control_ratio:.1%} control characters: not a text page"
    if page.replacement_ratio > MAX_REPLACEMENT_RATIO:
        return Reason.UNDECODABLE, f"{page.replacement_ratio:.1%} undecodable characters as {page.encoding}"
    if len(record.body) >= MIN_BODY_CHARS:
        return None
    if is_js_shell(page):
        return Reason.JS_SHELL, "the page is a JavaScript application shell with no server-rendered text"
    if len(record.body) < NO_BODY_CHARS:
        return Reason.NO_BODY, f"no article text found ({len(record.body)} characters)"
    return None  # short but real text: stored, and listed by is_incomplete


def is_js_shell(page: Page) -> bool:
    """Whether the page is scripts around an empty app root (or a "please enable JavaScript" note)."""
    if _SCRIPTS(page.tree) == 0:
        return False
    visible = " ".join(" ".join(_VISIBLE_TEXT(page.tree)).split())
    if len(visible) >= MIN_BODY_CHARS:
        return False
    noscript = " ".join(page.tree.xpath("//noscript//text()"))
    return bool(_APP_ROOT(page.tree)) or bool(_NEEDS_JS.search(noscript + " " + visible)) or not visible


def is_incomplete(record: ArticleRecord) -> list[str]:
    """The fields a stored article lacks: any of ``published``, ``title``, ``body`` (too short)."""
    missing = []
    if not record.published:
        missing.append("published")
    if not record.title:
        missing.append("title")
    if len(record.body) < MIN_BODY_CHARS:
        missing.append("body")
    return missing
