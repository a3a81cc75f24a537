"""What boilerplate and content look like: tag sets, class/id tokens and phrases, compiled once."""

from __future__ import annotations

import re
from functools import lru_cache, partial

import lxml.etree
import lxml.html

# AMP's embeds, media, ads and trackers: their fallback markup is a post or a caption, never the article.
AMP_MEDIA_TAGS = frozenset({
    "amp-twitter", "amp-instagram", "amp-youtube", "amp-facebook", "amp-tiktok", "amp-iframe", "amp-img", "amp-anim",
    "amp-video", "amp-audio", "amp-vimeo", "amp-ad", "amp-embed", "amp-sticky-ad", "amp-analytics", "amp-pixel",
    "amp-social-share", "amp-facebook-comments", "amp-facebook-page", "amp-facebook-like", "amp-state",
})
# Subtrees that never hold article prose.
SKIP_TAGS = frozenset({
    "script", "style", "noscript", "template", "svg", "math", "nav", "footer", "aside", "form", "button",
    "select", "textarea", "input", "iframe", "object", "embed", "video", "audio", "canvas", "figure",
    "figcaption", "header", "h1", "menu", "dialog", "label", "picture", "img", "map", "head", "title",
    "lite-youtube", "meta", "link", "amp-sidebar", "amp-consent", *AMP_MEDIA_TAGS,
})
# Subtrees that cannot hold prose at all, whatever the layout.
HARD_SKIP_TAGS = frozenset({
    "script", "style", "noscript", "template", "svg", "math", "select", "textarea", "input", "button", "iframe",
    "object", "embed", "video", "audio", "canvas", "head", "title", "meta", "link", "img", "picture", "map",
    *AMP_MEDIA_TAGS,
})
# Elements that end one paragraph and start another.
BLOCK_TAGS = frozenset({
    "p", "div", "section", "article", "main", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt",
    "dd", "blockquote", "pre", "table", "tr", "td", "th", "tbody", "thead", "center", "address", "hr",
    "details", "summary", "body",
})
LISTS = frozenset({"ul", "ol", "dl", "table"})

# Class/id words that mark page furniture; matched on whole tokens of the class and id values.
_BOILER_TOKENS = (
    "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertising", "sponsor", "sponsored",
    "share", "shares", "sharing", "sharebar", "social", "sns", "related", "relation", "recommended",
    "recommendations", "newsletter", "subscribe", "subscription", "signup", "comment", "comments", "promo",
    "sidebar", "footer", "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "tags",
    "tag", "taglist", "byline", "bio", "caption", "credit", "credits", "cookie", "cookies", "gdpr",
    "consent", "modal", "popup", "trending", "popular", "widget", "print", "interstitial", "rail",
    "masthead", "toolbar", "skip", "copyright", "disclaimer", "pagination", "pager", "toc", "outbrain",
    "taboola", "readmore", "alsoread", "author", "authors", "writer", "reporter", "dateline",
    "meta", "hidden", "sr", "visually", "lightbox", "gallery", "slideshow", "video", "player", "rating",
    "reactions", "feedback", "banner", "header", "topbar", "login", "signin", "desc", "photo", "img",
    "image", "thumbnail", "thumb", "most", "latest", "also", "more", "next", "prev", "previous", "timestamp",
    "date", "dek", "kicker", "overline", "subheadline", "headline", "title", "embed", "tweet", "instagram",
    "tiktok", "facebook", "twitter", "youtube", "btn", "button", "icon", "logo", "email", "follow",
    "newsletters", "donate", "support", "callout",
)
_BOILER_SET = frozenset(_BOILER_TOKENS)
# Furniture words that also label wrappers of real text ("article-widget-text", "sidebar-grid__content").
_RESCUABLE = frozenset({"widget", "sidebar", "hidden", "meta", "rail", "toolbar", "print", "skip", "header", "title",
                        "date", "timestamp", "masthead", "banner", "visually", "sr", "latest", "embed", "video",
                        "player", "gallery", "slideshow", "lightbox", "desc", "callout", "headline", "support"})
_TOKEN_SPLIT = re.compile(r"[^a-z0-9]+")
_BOILER_RE = re.compile(r"(?:^|[^a-z0-9])(?:" + "|".join(_BOILER_TOKENS) + r")(?:$|[^a-z0-9])")
# Furniture words that also hide inside compounds ("commentlist", "relatedposts"), but not in
# longer words of other meaning ("commentary", "promoted" in a slug-derived class).
_BOILER_SUB = re.compile(r"adsby|sharebar|share-?bar|newsletter|taboola|outbrain|comment(?!ary|ator)|related|readmore|"
                         r"read-more|also-?read|more-?stories|social|promo(?!ted|tion)|subscri|advert|sponsor|cookie")
# Class/id words of an article's own text container.
# Readability's positive and negative class/id words.
_CONTENT_RE = re.compile(r"article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story")
_CONTENT_NEG = re.compile(r"(?:^|\s)-?ad-|hidden|\bhid\b|banner|combx|comment|com-|contact|footer|gdpr|masthead|"
                          r"media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|"
                          r"shopping|tags|widget")
# Readability's "unlikely candidates", rescued by its "maybe a candidate" words.
_UNLIKELY_PROSE = re.compile(r"-ad-|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|"
                             r"header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|"
                             r"sponsor|supplemental|ad-break|agegate|pagination|pager|popup|newsletter|"
                             r"most-popular|trending|recirc|author-bio|authorbio|about-the-author|author-box|"
                             r"author-info|caption|credit|post-author|author-content|more-news|more-posts|"
                             r"read-next|up-next|archive")
_MAYBE_PROSE = re.compile(r"and|article|body|column|content|main|shadow")

# An element's text (XPath ``string()``, tail excluded). libxml2's text serialiser gives the same
# string at a third of an XPath call's cost on the many small elements the body stage reads.
STRING = partial(lxml.etree.tostring, method="text", encoding=str, with_tail=False)
# Plain str results: lxml's default "smart" strings each carry a link to their element, which
# triples the cost of reading many text nodes.
LINK_TEXTS = lxml.etree.XPath(".//a//text()", smart_strings=False)

# Short paragraphs that point elsewhere or label furniture rather than tell the story.
_PHRASE_RE = re.compile(
    r"^(?:also read|read also|read more|more reading|further reading|related|see also|recommended|"
    r"you may also like|you might also like|don't miss|do not miss|must read|click here|sign up|subscribe|"
    r"follow us|share this|share on|advertisement|sponsored|(?:photo|image|video|source|credit)s?\s*(?:credit)?"
    r"\s*:|getty images|watch:|listen:|more:|trending:|editor's picks?|keep reading|continue reading|"
    r"recommended for you|loading\b|"
    r"we use cookies|leave a comment|join the conversation|catching up\?|in case you missed)",
    re.IGNORECASE,
)
# Whole short paragraphs that are labels of page furniture.
_LABEL_RE = re.compile(
    r"^(?:advert|advertisement|advertising|sponsored(?: content)?|comments?|\d+ comments?|share(?: this)?"
    r"(?: article| story| post)?|print|email|tweet|pin it|related(?: articles| stories| posts| content)?|tags?|"
    r"loading|recommended|trending(?: now)?|most (?:read|popular|viewed)|next|previous|back to top|"
    r"tell us what you think|leave a reply|view comments|skip to content|(?:updated|published|posted|last updated)"
    r"\b.{0,60}|\d+ (?:secs?|seconds?|mins?|minutes?|hours?|hrs?|days?) ago\b.{0,40}|"
    r"sources?:?(?: ?\(\d+\))+|(?:photo|image|video) (?:source|credit)s?:? .{0,60})\W*$",
    re.IGNORECASE,
)
_CREDIT_RE = re.compile(r"getty images|shutterstock|\bap photo|afp via|/ ?afp\b|/ ?reuters\b|photograph:|photo:|"
                        r"image:|credit:|courtesy of|click here|^\[[a-z_]+[ \]]", re.IGNORECASE)
# Calls to action and staff credits that close many articles; searched in short paragraphs only.
# Anchored openings are cheap to test; the few phrases that may sit anywhere are pre-checked by
# plain substring search before any regex runs (this is on every paragraph's path).
_CALL_START = re.compile(
    r"(?:follow\b.{0,80}\bon (?:facebook|twitter|instagram|x\b|tiktok|youtube)|follow @\w+|"
    r"\(?(?:reporting|writing|editing|additional reporting|compiled) by\b|filed under\b|topics?:?$|"
    r"have a (?:news )?tip\b|get the latest .{0,60}\b(?:to your phone|in your inbox)|join us on (?:whatsapp|telegram)|"
    r"like this (?:story|article)\b|if you (?:enjoyed|liked|value|appreciate)d? (?:this|our)\b)",
    re.IGNORECASE,
)
_CALL_ANYWHERE = re.compile(r"\bfollow us\b|share (?:it|this) with|contributed (?:reporting|to this report)",
                            re.IGNORECASE)
_CALL_HINTS = ("follow us", "share it with", "share this with", "contributed")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[a-z]{2,}", re.IGNORECASE)
_PITCH_HINTS = ("newsletter", "subscribe", "sign up", "bookmark")
# Newsletter and subscription pitches; only in very short paragraphs, since streaming news says
# "subscribe to" in prose.
_PITCH_RE = re.compile(r"\bsign up (?:for|to) (?:our|the|a|free)\b|\bnewsletters?\b|\bsubscribe now\b|^subscribe\b|"
                       r"\bsubscribe (?:to|for) .{0,40}\b(?:podcast|channel|updates|alerts|e-?mails?)\b", re.IGNORECASE)
# The outlet pitching itself ("our newsletter", "sign up for our ..."): clear even in longer paragraphs.
_OWN_PITCH_RE = re.compile(r"\bour (?:\w+ )?newsletters?\b|\bsign up (?:for|to) our\b|\bsubscribe (?:to our|now)\b|"
                           r"\bbookmark \w", re.IGNORECASE)
_POINTER_RE = re.compile(r"\b(?:read|see|check out|watch|catch up on) (?:our|the full|more|all)\b", re.IGNORECASE)
# Plain substrings that every match of _CREDIT_RE and _POINTER_RE contains (case-folded): a cheap
# test first spares most paragraphs the unanchored searches, the dearest step of collecting text.
_CREDIT_HINTS = ("getty images", "shutterstock", "ap photo", "afp", "reuters", "photo", "image:", "credit:",
                 "courtesy of", "click here")
_POINTER_VERBS = ("read ", "see ", "check out ", "watch ", "catch up on ")
_POINTER_OBJECTS = (" our", " the full", " more", " all")


# A letter or digit (``str.isalnum``): word characters but the underscore.
HAS_ALNUM = re.compile(r"[^\W_]")


def norm(text: str) -> str:
    """Whitespace collapsed to single spaces, trimmed."""
    # Most text is normal once trimmed. Every whitespace character but the plain space is
    # unprintable, so printable text without a double space needs no split into words and join.
    trimmed = text.strip()
    if "  " not in trimmed and trimmed.isprintable():
        return trimmed
    return " ".join(trimmed.split())


_TEXT_LEN = lxml.etree.XPath("string-length(normalize-space())")


def text_len(el: lxml.html.HtmlElement) -> int:
    """``len(norm(STRING(el)))`` counted in C, for big subtrees (libxml2 collapses only ASCII
    whitespace, so a no-break space beside a space counts as one more character)."""
    return int(_TEXT_LEN(el))


_MODIFIERS = re.compile(r"(?<![a-z0-9])(?:has|with|no|show)-[\w-]+")


def attrs_of(el: lxml.html.HtmlElement) -> str:
    """Lower-case class and id of ``el`` (and its ARIA role), space separated, without state
    modifiers such as ``has-image`` or ``no-js`` that say nothing about what the element is."""
    get = el.get
    cls, ident, role = get("class"), get("id"), get("role")
    if not (cls or ident or role):
        return ""
    return _clean_attrs(f"{cls or ''} {ident or ''} {role or ''}")


@lru_cache(maxsize=8192)
def _clean_attrs(raw: str) -> str:
    """``attrs_of``'s clean-up of the joined values (cached: pages repeat their classes)."""
    attrs = raw.lower()
    if attrs.count("-") >= 4:  # slug-derived classes ("she-also-kept-things-simple") are not roles
        attrs = " ".join(word for word in attrs.split() if word.count("-") < 4)
    if "has-" in attrs or "no-" in attrs or "with-" in attrs or "show-" in attrs:
        attrs = _MODIFIERS.sub("", attrs)
    return attrs


_EMBED_RE = re.compile(r"twitter-tweet|twitter-video|instagram-media|tiktok-embed|text-post-media|fb-post|fb-video|"
                       r"fb-xfbml|bluesky-embed|reddit-embed|reddit-card|embed-card|social-embed|oembed")


@lru_cache(maxsize=8192)
def is_embed_attrs(attrs: str) -> bool:
    """Whether class/id words mark an embedded social post or media card."""
    return bool(attrs) and bool(_EMBED_RE.search(attrs))


@lru_cache(maxsize=8192)
def is_boiler_attrs(attrs: str) -> bool:
    """Whether class/id/role words mark page furniture (share bars, ads, related boxes, ...)."""
    if not attrs or attrs.isspace():
        return False
    if "navigation" in attrs or "complementary" in attrs or "contentinfo" in attrs:
        return True
    return bool(_BOILER_RE.search(attrs) or _BOILER_SUB.search(attrs))


INLINE_TAGS = frozenset({"a", "span", "em", "strong", "b", "i", "u", "font", "abbr", "cite", "code", "small", "sup",
                         "sub", "mark", "q", "s", "del", "ins", "time", "bdi", "bdo", "kbd", "var", "dfn"})
# Inside a sentence only screen-reader labels and ad or credit slots are furniture; auto-linked
# names ("auto-tag_twitter") and styled words are not.
_INLINE_BOILER = re.compile(r"(?<![a-z0-9])(?:sr-only|screen-reader|visually-hidden|hidden|ad|ads|advert|"
                            r"advertisement|caption|credit|share)(?![a-z0-9])")


@lru_cache(maxsize=8192)
def is_inline_boiler_attrs(attrs: str) -> bool:
    """Whether class/id words mark furniture inside running text (screen-reader labels, ad slots)."""
    return bool(attrs) and bool(_INLINE_BOILER.search(attrs))


_TITLE_WORDS = frozenset({"title", "headline"})
_PULL_QUOTE = re.compile(r"pull-?quote|pullout|pull-out")


@lru_cache(maxsize=8192)
def is_pull_quote_attrs(attrs: str) -> bool:
    """Whether class/id words mark a pull quote (a line of the article set large beside it)."""
    return bool(attrs) and bool(_PULL_QUOTE.search(attrs))


@lru_cache(maxsize=8192)
def titled_only(attrs: str) -> bool:
    """Whether ``title`` or ``headline`` are the only furniture words (a subheading's own class:
    ``pick__title``, not ``widget-title``)."""
    if _BOILER_SUB.search(attrs):
        return False
    found = {t for t in _TOKEN_SPLIT.split(attrs) if t in _BOILER_SET}
    return bool(found) and found <= _TITLE_WORDS


@lru_cache(maxsize=8192)
def rescuable_attrs(attrs: str) -> bool:
    """Whether every furniture word in ``attrs`` is one that also labels wrappers of real text."""
    if _BOILER_SUB.search(attrs):
        return False
    return all(t in _RESCUABLE for t in _TOKEN_SPLIT.split(attrs) if t in _BOILER_SET)


@lru_cache(maxsize=8192)
def class_weight(attrs: str) -> int:
    """Readability-style bonus for content-like and malus for furniture-like class/id words."""
    weight = 0
    if _CONTENT_RE.search(attrs):
        weight += 25
    if _CONTENT_NEG.search(attrs):
        weight -= 25
    return weight


@lru_cache(maxsize=8192)
def unlikely_prose(attrs: str) -> bool:
    """Whether a block's class/id says its paragraphs are not the article's (teasers, comments)."""
    return bool(attrs) and bool(_UNLIKELY_PROSE.search(attrs)) and not _MAYBE_PROSE.search(attrs)


def is_pointer_text(text: str, has_link: bool) -> bool:
    """Whether a short paragraph is a "read more"/"also read"/credit line rather than prose."""
    if len(text) > 300:
        return False
    low = fold(text)
    if _is_call_to_action(text, low):
        return True
    if len(text) > 220:
        return False
    if _PHRASE_RE.match(text) or _LABEL_RE.match(text):
        return True
    if len(text) <= 120 and (text.startswith("[") or _has_any(low, _CREDIT_HINTS)) and _CREDIT_RE.search(text):
        return True
    return has_link and _has_any(low, _POINTER_VERBS) and _has_any(low, _POINTER_OBJECTS) and bool(
        _POINTER_RE.search(text))


def _has_any(text: str, parts: tuple[str, ...]) -> bool:
    """Whether ``text`` contains one of ``parts`` (a plain loop: cheaper than ``any(map(...))`` on
    the few short strings each paragraph is tested for)."""
    for part in parts:
        if part in text:
            break
    else:
        return False
    return True


def fold(text: str) -> str:
    """``text`` case-folded, with the Turkish i's that case-insensitive patterns also take for "i", so
    that a plain substring test never misses what such a pattern would find."""
    folded = text.casefold()
    if "ı" in folded or "\u0307" in folded:
        folded = folded.replace("i\u0307", "i").replace("ı", "i")
    return folded


def _is_call_to_action(text: str, low: str) -> bool:
    """Follow-us, staff-credit, contact and newsletter lines (``text`` is at most 300 characters;
    ``low`` is its ``fold``)."""
    if _CALL_START.match(text) or ("@" in text and _EMAIL.search(text)):
        return True
    if _has_any(low, _CALL_HINTS) and _CALL_ANYWHERE.search(text):
        return True
    if not _has_any(low, _PITCH_HINTS):
        return False
    return bool(_OWN_PITCH_RE.search(text) or (len(text) <= 160 and _PITCH_RE.search(text)))


def link_density(el: lxml.html.HtmlElement, text_len: int) -> float:
    """Share of ``el``'s text that sits inside links."""
    if text_len <= 0 or next(el.iter("a"), None) is None:  # most paragraphs hold no link: skip the XPath
        return 0.0
    links = sum(map(len, map(str.strip, LINK_TEXTS(el))))
    return min(1.0, links / text_len)
