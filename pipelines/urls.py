"""URL normalisation: one canonical key per article across tracking, AMP and canonical variants."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

_TRACKING = re.compile(
    r"^(utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|_gl|"
    r"ref|ref_src|cmpid|ncid|ocid|sr_share|share|smid|soc_src|soc_trk|taid|rss|outputType|amp)$",
    re.IGNORECASE,
)
_AMP_PATH = re.compile(r"(/amp/?$|/amp(?=/)|\.amp(?=\.html?$|$))", re.IGNORECASE)


def absolutize(href: str | None, base: str) -> str | None:
    """``href`` resolved against ``base``; ``None`` for empty, ``javascript:`` or ``data:`` links."""
    if not href:
        return None
    href = href.strip()
    if not href or href.startswith(("javascript:", "data:", "mailto:", "#")):
        return None
    try:
        joined = urljoin(base, href)
        _ = urlsplit(joined).port  # malformed hosts and ports raise here, not later in a caller
    except ValueError:
        return None
    return joined


def domain_of(url: str) -> str | None:
    """Host of ``url`` in lower case without ``www.`` (``None`` when there is none or it is malformed)."""
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return None
    if host.startswith("www."):
        host = host[4:]
    return host or None


def normalize_url(url: str) -> str:
    """Canonical form of an article URL: lower-case host without ``www.``, https, no fragment,
    no tracking parameters, no AMP suffix, no trailing slash difference. A malformed URL (a broken
    IPv6 host, a bad port) is returned stripped but otherwise as given."""
    try:
        parts = urlsplit(url.strip())
        port_number = parts.port
    except ValueError:
        return url.strip()
    scheme = "https" if parts.scheme in ("http", "https", "") else parts.scheme
    host = (parts.hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    if host.startswith("amp."):
        host = host[4:]
    port = f":{port_number}" if port_number and port_number not in (80, 443) else ""
    path = _AMP_PATH.sub("", parts.path) or "/"
    if len(path) > 1:
        path = path.rstrip("/")
    query = urlencode(sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                             if not _TRACKING.match(k)))
    return urlunsplit((scheme, host + port, path, query, ""))
