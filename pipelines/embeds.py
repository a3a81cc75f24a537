"""Embedded social posts (X/Twitter, Instagram, YouTube, TikTok, Threads, Facebook): read them
into ``SocialPost`` records so the body stage can leave them out.

Each platform's embed code has a recognisable element (``blockquote.twitter-tweet``, an iframe
on ``youtube.com/embed``, ...). One walk finds them all in document order; a reader per
platform takes author, handle, URL, text and posting date from the markup the platform's
embed snippet writes before its script runs.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import datetime
from urllib.parse import parse_qs, unquote, urlsplit, urlunsplit

import lxml.etree
import lxml.html

from pipelines.content.signals import STRING, norm
from pipelines.parse import Page
from pipelines.record import SocialPost

_EMBED_TAGS = ("blockquote", "iframe", "lite-youtube", "amp-twitter", "amp-instagram", "amp-youtube", "amp-facebook",
               "amp-tiktok", "amp-iframe")
_TWEET_BY = re.compile(r"[—–-]\s*(.+?)\s*\(\s*(@\w{1,30})\s*\)", re.DOTALL)
# Instagram's credit line: "A post shared by NAME (@handle)", or "... by @handle" for accounts without a name.
_SHARED_BY = re.compile(r"(?:post shared by|shared a post)\s+(?:([^()]{1,80}?)\s*\(\s*(@[\w.]{1,40})\s*\)|"
                        r"(@[\w.]{1,40}))", re.IGNORECASE)
_AT_HANDLE = re.compile(r"/@([\w.]{1,40})")
_YT_ID = re.compile(r"(?:youtube(?:-nocookie)?\.com/(?:embed|v|shorts)/|youtu\.be/)([\w-]{6,20})")
_DATE_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%Y-%m-%d", "%b. %d, %Y")
# Attribute values as plain strings: lxml's default "smart" strings each link back to their element.
_DIV_CLASSES = lxml.etree.XPath("descendant-or-self::div/@class", smart_strings=False)
_DIV_YOUTUBE_IDS = lxml.etree.XPath("descendant-or-self::div/@data-youtube-id", smart_strings=False)
_OTHER_HOSTS = ("vimeo.com", "spotify.com", "soundcloud.com", "reddit.com", "bsky.app", "twitch.tv",
                "dailymotion.com", "pinterest.com", "linkedin.com", "tumblr.com")


def extract_embeds(page: Page) -> tuple[SocialPost, ...]:
    """Social posts embedded in ``page``, in page order."""
    posts: list[SocialPost] = []
    taken: set[lxml.html.HtmlElement] = set()
    for el in _candidates(page):
        if taken and any(a in taken for a in el.iterancestors()):
            continue  # an iframe or quote inside an embed already read
        post = _read(el)
        if post is not None:
            posts.append(post)
            taken.add(el)
    return tuple(posts)


def _candidates(page: Page) -> Iterator[lxml.html.HtmlElement]:
    """Elements that may be embeds, in document order: one tag-filtered walk in C (an XPath union
    walks the tree once per tag), with ``<div>``s kept only when they are Facebook or YouTube cards.
    Most pages have no such card, and libxml2 tells so without a Python look at every ``<div>``."""
    tree = page.tree
    if not _has_card_divs(tree):
        yield from tree.iter(*_EMBED_TAGS)
        return
    for el in tree.iter(*_EMBED_TAGS, "div"):
        if el.tag == "div" and not _is_card_div(el):
            continue
        yield el


def _is_card_div(el: lxml.html.HtmlElement) -> bool:
    """Whether a ``<div>`` is a Facebook post/video card or a YouTube placeholder."""
    cls = el.get("class")
    return bool((cls and ("fb-post" in cls or "fb-video" in cls)) or el.get("data-youtube-id"))


def _has_card_divs(tree: lxml.html.HtmlElement) -> bool:
    """Whether any ``<div>`` of ``tree`` passes ``_is_card_div`` (class values joined by a newline,
    which no marker contains, so a marker is found only inside one value)."""
    classes = "\n".join(_DIV_CLASSES(tree))
    return "fb-post" in classes or "fb-video" in classes or any(_DIV_YOUTUBE_IDS(tree))


def _read(el: lxml.html.HtmlElement) -> SocialPost | None:
    tag = el.tag
    if tag == "blockquote":
        return _quote(el)
    if tag == "iframe" or tag == "amp-iframe":
        return _iframe(el)
    if tag.startswith("amp-"):
        return _amp(el)
    if el.tag == "lite-youtube" or el.get("data-youtube-id"):
        video = el.get("videoid") or el.get("data-youtube-id")
        return _youtube(video, el.get("title") or el.get("playlabel")) if video else None
    href = el.get("data-href")
    return SocialPost("facebook", url=_clean_url(href), text=_quote_text(el) or None) if href else None


def _quote(el: lxml.html.HtmlElement) -> SocialPost | None:
    """The post of an embed-code blockquote, or ``None`` for an ordinary quotation."""
    classes = (el.get("class") or "").lower()
    reader = next((r for key, r in _QUOTE_READERS if key in classes), None)
    return reader(el) if reader else None


def _clean_url(url: str | None) -> str | None:
    """``url`` without query string and fragment (embed codes add tracking parameters)."""
    if not url:
        return None
    url = url.strip()
    if url.startswith("//"):
        url = "https:" + url
    try:
        parts = urlsplit(url)
    except ValueError:  # e.g. "Invalid IPv6 URL": keep the address as the page wrote it
        return url or None
    return urlunsplit((parts.scheme or "https", parts.netloc, parts.path, "", "")) or None


def _iso_date(text: str | None) -> str | None:
    """The ISO date of a date as embed codes print it (``March 14, 2026``), else ``None``."""
    if not text:
        return None
    text = norm(text)
    if re.match(r"\d{4}-\d{2}-\d{2}", text):
        return text[:10]
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def _quote_text(el: lxml.html.HtmlElement) -> str:
    """The post's own words: the text of its paragraphs."""
    return norm(" ".join(STRING(p) for p in el.iter("p")))


def _after_paragraphs(el: lxml.html.HtmlElement) -> str:
    """Text after the post's last paragraph: the "— Name (@handle) date" signature line."""
    paragraphs = list(el.iter("p"))
    if not paragraphs:
        return norm(STRING(el))
    last = paragraphs[-1]
    rest = [last.tail or ""]
    rest.extend(STRING(sib) + (sib.tail or "") for sib in last.itersiblings())
    return norm("".join(rest))


def _tweet(el: lxml.html.HtmlElement) -> SocialPost:
    by = _TWEET_BY.search(_after_paragraphs(el))
    links = [a for a in el.iter("a") if "/status" in (a.get("href") or "")]
    link = links[-1] if links else None
    return SocialPost(
        "x",
        author=norm(by.group(1)) if by else None,
        handle=by.group(2) if by else None,
        url=_clean_url(link.get("href")) if link is not None else None,
        text=_quote_text(el) or None,
        posted=_iso_date(STRING(link)) if link is not None else None,
    )


def _instagram(el: lxml.html.HtmlElement) -> SocialPost:
    permalink = el.get("data-instgrm-permalink") or next(
        (a.get("href") for a in el.iter("a") if "instagram.com/" in (a.get("href") or "")), None)
    paragraphs = [norm(STRING(p)) for p in el.iter("p")]
    # The "A post shared by NAME (@handle)" credit sits in a paragraph, or loose in the quote's own markup.
    shared = next((m for m in map(_SHARED_BY.search, paragraphs) if m), None) or _SHARED_BY.search(norm(STRING(el)))
    words = [p for p in paragraphs if p and not _SHARED_BY.search(p)]
    when = next((t.get("datetime") for t in el.iter("time") if t.get("datetime")), None)
    return SocialPost(
        "instagram",
        author=norm(shared.group(1)) if shared and shared.group(1) else None,
        handle=(shared.group(2) or shared.group(3)) if shared else None,
        url=_clean_url(permalink),
        text=" ".join(words) or None,
        posted=_iso_date(when),
    )


def _tiktok(el: lxml.html.HtmlElement) -> SocialPost:
    cite = el.get("cite")
    handle = _AT_HANDLE.search(cite or "")
    author_link = next((a for a in el.iter("a") if (a.get("title") or "").startswith("@")), None)
    return SocialPost(
        "tiktok",
        author=None,
        handle="@" + handle.group(1) if handle else (author_link.get("title") if author_link is not None else None),
        url=_clean_url(cite),
        text=_quote_text(el) or None,
    )


def _threads(el: lxml.html.HtmlElement) -> SocialPost:
    link = el.get("data-text-post-permalink") or next(
        (a.get("href") for a in el.iter("a") if "threads." in (a.get("href") or "")), None)
    handle = _AT_HANDLE.search(link or "")
    return SocialPost("threads", handle="@" + handle.group(1) if handle else None, url=_clean_url(link),
                      text=_quote_text(el) or None)


def _generic_quote(platform: str) -> Callable[[lxml.html.HtmlElement], SocialPost]:
    def read(el: lxml.html.HtmlElement) -> SocialPost:
        link = el.get("cite") or next((a.get("href") for a in el.iter("a") if a.get("href")), None)
        handle = _AT_HANDLE.search(link or "")
        return SocialPost(platform, handle="@" + handle.group(1) if handle else None, url=_clean_url(link),
                          text=_quote_text(el) or None)
    return read


_QUOTE_READERS: tuple[tuple[str, Callable[[lxml.html.HtmlElement], SocialPost]], ...] = (
    ("twitter-tweet", _tweet),
    ("twitter-video", _tweet),
    ("instagram-media", _instagram),
    ("tiktok-embed", _tiktok),
    ("text-post-media", _threads),
    ("fb-xfbml-parse-ignore", _generic_quote("facebook")),
    ("bluesky-embed", _generic_quote("other")),
    ("reddit-embed", _generic_quote("other")),
    ("reddit-card", _generic_quote("other")),
)


def _youtube(video: str, title: str | None) -> SocialPost:
    return SocialPost("youtube", url=f"https://www.youtube.com/watch?v={video}", text=norm(title or "") or None)


def _iframe(el: lxml.html.HtmlElement) -> SocialPost | None:
    src = (el.get("src") or el.get("data-src") or el.get("data-lazy-src") or "").strip()
    if not src:
        return None
    found = _YT_ID.search(src)
    if found:
        return _youtube(found.group(1), el.get("title"))
    try:
        return _iframe_post(el, src)
    except ValueError:  # a malformed address ("Invalid IPv6 URL") is no recognisable embed
        return None


def _iframe_post(el: lxml.html.HtmlElement, src: str) -> SocialPost | None:
    host = (urlsplit(src if "//" in src else "https://" + src).hostname or "").lower()
    if "facebook.com" in host and "/plugins/" in src:
        href = parse_qs(urlsplit(src).query).get("href", [None])[0]
        return SocialPost("facebook", url=_clean_url(unquote(href)) if href else None)
    if host.endswith(("twitter.com", "x.com")) and "id=" in src:
        tweet_id = parse_qs(urlsplit(src).query).get("id", [""])[0]
        return SocialPost("x", url=f"https://twitter.com/i/status/{tweet_id}" if tweet_id else None)
    if "instagram.com" in host:
        return SocialPost("instagram", url=_clean_url(src.split("/embed")[0] + "/"))
    if "tiktok.com" in host:
        return SocialPost("tiktok", url=_clean_url(src))
    if any(host.endswith(h) for h in _OTHER_HOSTS):
        return SocialPost("other", url=_clean_url(src), text=norm(el.get("title") or "") or None)
    return None


def _amp(el: lxml.html.HtmlElement) -> SocialPost | None:
    """The post of an AMP embed element, read from its data attributes; a fallback embed-code
    blockquote inside (``<blockquote placeholder class="twitter-tweet">``) adds author, handle,
    text and date."""
    reader = _AMP_READERS.get(el.tag)
    post = reader(el) if reader else None
    if post is None:
        return None
    inner = next(el.iter("blockquote"), None)
    fallback = _quote(inner) if inner is not None else None
    if fallback is None and inner is not None and post.platform == "x":
        fallback = _tweet(inner)  # AMP's own examples leave the class off the placeholder quote
    return _merge(post, fallback) if fallback is not None else post


def _merge(post: SocialPost, fallback: SocialPost) -> SocialPost:
    """``post``'s fields, each filled from ``fallback`` where ``post`` has none."""
    return SocialPost(post.platform, post.author or fallback.author, post.handle or fallback.handle,
                      post.url or fallback.url, post.text or fallback.text, post.posted or fallback.posted)


def _amp_twitter(el: lxml.html.HtmlElement) -> SocialPost | None:
    tweet_id = (el.get("data-tweetid") or "").strip()
    return SocialPost("x", url=f"https://twitter.com/i/status/{tweet_id}") if tweet_id.isdigit() else None


def _amp_instagram(el: lxml.html.HtmlElement) -> SocialPost | None:
    code = (el.get("data-shortcode") or "").strip()
    return SocialPost("instagram", url=f"https://www.instagram.com/p/{code}/") if _SHORTCODE.fullmatch(code) else None


def _amp_youtube(el: lxml.html.HtmlElement) -> SocialPost | None:
    video = (el.get("data-videoid") or "").strip()
    return _youtube(video, el.get("title")) if video else None


def _amp_facebook(el: lxml.html.HtmlElement) -> SocialPost | None:
    href = el.get("data-href")
    return SocialPost("facebook", url=_clean_url(href)) if href and href.strip() else None


def _amp_tiktok(el: lxml.html.HtmlElement) -> SocialPost | None:
    """``data-src`` is the video's URL or only its numeric id."""
    src = (el.get("data-src") or "").strip()
    if src.isdigit():
        return SocialPost("tiktok", url=f"https://www.tiktok.com/embed/v2/{src}")
    if "tiktok.com/" not in src:
        return SocialPost("tiktok") if next(el.iter("blockquote"), None) is not None else None
    handle = _AT_HANDLE.search(src)
    return SocialPost("tiktok", handle="@" + handle.group(1) if handle else None, url=_clean_url(src))


_SHORTCODE = re.compile(r"[\w-]{4,40}")
_AMP_READERS: dict[str, Callable[[lxml.html.HtmlElement], SocialPost | None]] = {
    "amp-twitter": _amp_twitter,
    "amp-instagram": _amp_instagram,
    "amp-youtube": _amp_youtube,
    "amp-facebook": _amp_facebook,
    "amp-tiktok": _amp_tiktok,
}
