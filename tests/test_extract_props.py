"""``pipelines.extract`` never raises, whatever the bytes or markup (hypothesis)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipelines import extract
from pipelines.body import extract_body
from pipelines.embeds import extract_embeds
from pipelines.extract import extract_page
from pipelines.metadata import Metadata
from pipelines.parse import parse_page
from pipelines.quality import assess
from pipelines.record import ArticleRecord, Outlet

URL = "https://fuzz.example/news/1/"
NO_META = Metadata(None, Outlet(None, None), None, (), None, None, None)

_TAGS = ["link", "p", "div", "article", "section", "span", "a", "br", "h1", "h2", "li", "ul", "blockquote", "iframe",
         "figure", "figcaption", "script", "style", "nav", "footer", "form", "table", "td", "tr", "lite-youtube",
         "time", "meta", "title", "head", "body", "html", "noscript", "template", "svg", "amp-twitter", "amp-tiktok",
         "amp-instagram", "amp-facebook"]
_ATTRS = ['class="twitter-tweet"', 'class="instagram-media"', 'class="tiktok-embed"', 'class="text-post-media"',
          'class="fb-post" data-href="https://facebook.com/x"', 'src="https://www.youtube.com/embed/abcdef1"',
          'class="article-body"', 'class="comments"', 'class="share related"', 'id="root"', 'itemprop="articleBody"',
          'data-instgrm-permalink=""', 'cite="https://www.tiktok.com/@a/video/1"', 'href="/status/1"',
          'src="//www.facebook.com/plugins/post.php?href=%ZZ"', 'videoid=""', 'charset="bogus"', "",
          'href="http://[::1/status/1"', 'src="http://[::1/embed"', 'cite="https://["', 'data-href="http://[x"',
          'rel="canonical" href="http://[::1"', 'data-tweetid="12"', 'data-src="http://[::1/@a"',
          'data-shortcode="a b"', 'data-href="//["']
_WORDS = ["Trauma Code", "&mdash;", "(@handle)", "March 14, 2026", "&#0;", "&#xD800;", "\x00", "é", "â€™",
          "<!--", "-->", "<![CDATA[", "]]>", "<?xml version='1.0' encoding='utf-8'?>", "\ufffd", "중증외상센터",
          " ", "\n", "a, b, c. " * 20, "{\"@type\": \"NewsArticle\"}"]


@st.composite
def html_ish(draw: st.DrawFn) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 40))):
        kind = draw(st.integers(0, 3))
        tag = draw(st.sampled_from(_TAGS))
        if kind == 0:
            parts.append(f"<{tag} {draw(st.sampled_from(_ATTRS))}>")
        elif kind == 1:
            parts.append(f"</{tag}>")
        elif kind == 2:
            parts.append(draw(st.sampled_from(_WORDS)))
        else:
            parts.append(draw(st.text(max_size=30)))
    return "".join(parts)


def _check(record: ArticleRecord) -> None:
    assert isinstance(record.body, str)
    assert record.to_dict()["url"] == URL


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000), st.sampled_from([None, "utf-8", "iso-8859-1", "utf-16", "bogus", "euc-kr"]))
def test_arbitrary_bytes(data: bytes, encoding: str | None) -> None:
    record = extract(data, URL, facts=False, encoding=encoding)
    _check(record)
    assess(parse_page(data, URL, declared_encoding=encoding), record)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(html_ish())
def test_arbitrary_markup_in_my_stages_without_safety_net(html: str) -> None:
    page = parse_page(html, URL)
    extract_embeds(page)
    extract_body(page, NO_META)
    _check(extract_page(page, facts=False, strict=True))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(html_ish())
def test_arbitrary_markup_with_facts(html: str) -> None:
    _check(extract(html.encode("utf-8", "surrogatepass"), URL))
