"""Which links are worth fetching: article-looking URLs, same-site checks and a source's allow/deny rules."""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from pipelines.urls import domain_of

# Path segments that mark index, profile, media and utility pages rather than articles.
_NON_ARTICLE_SEGMENTS = frozenset({
    "tag", "tags", "topic", "topics", "category", "categories", "section", "sections", "author", "authors",
    "writer", "writers", "profile", "people", "video", "videos", "watch", "gallery", "galleries", "photo",
    "photos", "pictures", "slideshow", "search", "login", "logout", "signin", "signup", "register",
    "account", "subscribe", "newsletter", "feed", "feeds", "rss", "atom", "page", "wp-admin", "wp-login.php",
    "about", "contact", "privacy", "terms", "advertise", "cdn-cgi", "amp-stories", "shop", "store",
})
_MEDIA = re.compile(
    r"\.(jpe?g|png|gif|webp|svg|ico|bmp|tiff?|mp4|m4v|mov|webm|avi|mp3|m4a|wav|ogg|pdf|zip|gz|rar|7z|"
    r"docx?|xlsx?|pptx?|css|js|json|xml|rss|atom|txt|woff2?|ttf|eot)$",
    re.IGNORECASE,
)
_QUERY_NON_ARTICLE = re.compile(r"(^|&)(s|q|query|search|page|paged|p|tag|cat|author|replytocom)=", re.IGNORECASE)
_DATE_PATH = re.compile(r"/(19|20)\d{2}/(0?[1-9]|1[0-2])(/|$)|/(19|20)\d{2}[-/]?\d{2}[-/]?\d{2}")
_ID_SEGMENT = re.compile(r"^(?:[a-z]*[-_]?)?\d{5,}(?:\.html?)?$|(?:^|[-_])\d{5,}(?:\.html?)?$", re.IGNORECASE)
_SLUG = re.compile(r"^[\w%]+(?:[-_][\w%]+){2,}(?:\.s?html?|\.php|\.aspx?)?$", re.UNICODE)


# Analytics parameters: they never change the page, only how a visit is counted.
_TRACKING_PARAM = re.compile(r"^(utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|_gl)$",
                             re.IGNORECASE)


def without_tracking(url: str) -> str:
    """``url`` without analytics parameters (``utm_*``, ``fbclid``, ...), so a page has one address
    whichever feed or sitemap listed it; other parameters keep their order. Unchanged when there are none."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    kept = [(key, value) for key, value in pairs if not _TRACKING_PARAM.match(key)]
    if len(kept) == len(pairs):
        return url
    return urlunsplit(parts._replace(query=urlencode(kept)))


def non_article_reason(url: str) -> str | None:
    """Why ``url`` is not an article page (``"tag"``, ``"media"``, ...), ``None`` if it may be one."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        return "scheme"
    if _MEDIA.search(parts.path):
        return "media"
    segments = [s.lower() for s in parts.path.split("/") if s]
    for segment in segments:
        if segment in _NON_ARTICLE_SEGMENTS:
            return segment
    if _QUERY_NON_ARTICLE.search(parts.query):
        return "query"
    return None if segments else "home"


def looks_like_article(url: str) -> bool:
    """Heuristic for links on listing pages: a dated path, a numeric ID or a long slug."""
    if non_article_reason(url) is not None:
        return False
    path = urlsplit(url).path
    segments = [s for s in path.split("/") if s]
    if not segments:
        return False
    last = segments[-1]
    return bool(_DATE_PATH.search(path) or _ID_SEGMENT.search(last) or _SLUG.match(last))


def same_site(url: str, base: str) -> bool:
    """Whether ``url`` is on the site of ``base`` (same host, ignoring ``www.``; subdomains allowed)."""
    host, base_host = domain_of(url), domain_of(base)
    if not host or not base_host:
        return False
    return host == base_host or host.endswith("." + base_host)


def allowed(url: str, allow: Iterable[str], deny: Iterable[str]) -> bool:
    """A source's rules: no ``deny`` pattern matches and, when there are ``allow`` patterns, one does."""
    if any(re.search(pattern, url) for pattern in deny):
        return False
    allow = tuple(allow)
    return not allow or any(re.search(pattern, url) for pattern in allow)
