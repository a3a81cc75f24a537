"""Spiders and their pure helpers, fed responses built from the test site's saved bytes (no network)."""

from __future__ import annotations

import gzip
from pathlib import Path
from typing import Any

import pytest
from scrapy import Request
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadTimeoutError,
    IgnoreRequest,
)
from scrapy.http import HtmlResponse, Response, TextResponse, XmlResponse
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from pipelines.failures import FailureInfo, Reason, Stage
from scraper.config import parse_config
from scraper.items import FailedPage, RawPage
from scraper.runstate import RunState
from scraper.spiders import FeedSpider, ListingSpider, SitemapSpider, UrlsSpider
from scraper.spiders.entries import feed_entries, maybe_gunzip, newest_first, sitemap_entries
from scraper.spiders.errors import Counted, SkipPage, check_response, failure_from_error
from scraper.spiders.links import allowed, looks_like_article, non_article_reason, same_site

SITE = Path(__file__).parent / "site"
BASE = "http://news.test"


def saved(path: str) -> bytes:
    target = SITE / path.lstrip("/")
    target = target / "index.html" if target.is_dir() else target
    return target.read_bytes().replace(b"{base}", BASE.encode())


def run_state(**crawl: Any) -> RunState:
    data = {"shows": [{"slug": "the-trauma-code", "title": "The Trauma Code: Heroes on Call"}],
            "crawl": crawl, "sources": [{"name": "s", "kind": "feed", "url": BASE + "/feed.xml"}]}
    return RunState(parse_config(data, "test.toml"), database=None)


def source(kind: str = "feed", url: str = BASE + "/feed.xml", **extra: Any) -> Any:
    data = {"shows": [{"slug": "x", "title": "X"}], "sources": [{"name": "s", "kind": kind, "url": url, **extra}]}
    return parse_config(data, "test.toml").sources[0]


def response(path: str, cls: type[Response] = XmlResponse, body: bytes | None = None, **meta: Any) -> Response:
    url = BASE + path
    return cls(url=url, body=saved(path) if body is None else body, request=Request(url, meta=meta))


def urls_of(results: Any) -> list[str]:
    return [r.url for r in results if isinstance(r, Request)]


# ---------------------------------------------------------------- feeds and sitemaps
def test_rss_entries_newest_first_with_dates() -> None:
    entries = feed_entries(saved("/feed.xml"))
    assert [e.url for e in entries[:2]] == [
        BASE + "/news/2025/01/winter-box-office-roundup.html",
        BASE + "/news/2025/01/trauma-code-season-two-confirmed.html?utm_source=rss",
    ]
    assert entries[1].lastmod == "Mon, 20 Jan 2025 09:00:00 +0000"
    assert entries[1].title == "Trauma Code season two confirmed by Netflix"
    assert {e.lastmod for e in entries[2:]} == {None}


def test_atom_entry_uses_alternate_link_and_updated() -> None:
    (entry,) = feed_entries(saved("/atom.xml"))
    assert entry.url == BASE + "/news/2025/02/trauma-code-cast-interview.html"
    assert entry.lastmod == "2025-02-03T10:30:00Z"


def test_rdf_entry() -> None:
    (entry,) = feed_entries(saved("/rdf.xml"))
    assert entry.url == BASE + "/news/2025/02/hospital-drama-ratings-trauma-code.html"
    assert entry.lastmod == "2025-02-11T08:00:00Z"


def test_not_a_feed_gives_no_entries() -> None:
    assert feed_entries(b"<html><body>hello</body></html>") == []
    assert feed_entries(b"\x00\x01 not xml") == []


def test_sitemap_index_and_news_sitemap() -> None:
    kind, entries = sitemap_entries(saved("/sitemap_index.xml"))
    assert kind == "sitemapindex"
    assert [e.url for e in entries] == [BASE + "/sitemaps/posts.xml.gz", BASE + "/sitemaps/news.xml"]
    kind, entries = sitemap_entries(saved("/sitemaps/news.xml"))
    assert kind == "urlset"
    assert entries[0].lastmod == "2025-03-02T12:00:00+00:00"  # news:publication_date
    assert entries[0].title == "Trauma Code director explains the finale"


def test_gzipped_sitemap_newest_first() -> None:
    body = maybe_gunzip(gzip.compress(saved("/sitemaps/posts.xml")))
    kind, entries = sitemap_entries(body)
    assert kind == "urlset"
    assert [e.url.rsplit("/", 1)[-1] for e in entries] == [
        "98765-trauma-code-soundtrack-release.html", "winter-box-office-roundup.html", ""]


def test_newest_first_handles_mixed_and_bad_dates() -> None:
    from scraper.spiders.entries import Entry

    entries = [Entry("a", None), Entry("b", "2024-01-01"), Entry("c", "Tue, 02 Jan 2024 00:00:00 GMT"),
               Entry("d", "not a date"), Entry("e", "2024-01-03T00:00:00+09:00")]
    assert [e.url for e in newest_first(entries)] == ["e", "c", "b", "a", "d"]


# ---------------------------------------------------------------- links
@pytest.mark.parametrize(("url", "expected"), [
    (BASE + "/news/2025/04/trauma-code-viewers-react.html", True),
    (BASE + "/stories/98765-trauma-code-soundtrack-release.html", True),
    (BASE + "/entertainment/trauma-code-star-opens-up-about-role", True),
    (BASE + "/article/1234567", True),
    (BASE + "/tag/trauma-code/", False),
    (BASE + "/author/mina-calloway/", False),
    (BASE + "/category/drama/", False),
    (BASE + "/video/trauma-code-trailer-123456/", False),
    (BASE + "/photos/2025/03/red-carpet-gallery-12345.html", False),
    (BASE + "/search?q=trauma", False),
    (BASE + "/login", False),
    (BASE + "/feed/", False),
    (BASE + "/section/drama/page/2/", False),
    (BASE + "/media/poster-2025-01-01.jpg", False),
    (BASE + "/about/", False),
    (BASE + "/", False),
    (BASE + "/drama", False),
    ("mailto:desk@news.test", False),
])
def test_looks_like_article(url: str, expected: bool) -> None:
    assert looks_like_article(url) is expected


def test_non_article_reason_names_the_kind() -> None:
    assert non_article_reason(BASE + "/tag/x/") == "tag"
    assert non_article_reason(BASE + "/files/kit.pdf") == "media"
    assert non_article_reason(BASE + "/any-article-slug-here") is None


def test_same_site_and_allow_deny() -> None:
    assert same_site("https://www.news.test/a", BASE + "/")
    assert same_site("https://m.news.test/a", BASE)
    assert not same_site("https://elsewhere.invalid/a", BASE)
    assert allowed("/news/a", (), ())
    assert allowed("/news/a", (r"/news/",), ())
    assert not allowed("/blog/a", (r"/news/",), ())
    assert not allowed("/news/sponsored-a", (r"/news/",), ("sponsored",))


# ---------------------------------------------------------------- spiders
def test_feed_spider_requests_articles_only_once_per_run() -> None:
    run = run_state()
    spider = FeedSpider(run=run, source=source())
    requests = list(spider.parse_feed(response("/feed.xml")))
    assert urls_of(requests) == [BASE + "/news/2025/01/winter-box-office-roundup.html",
                                 BASE + "/news/2025/01/trauma-code-season-two-confirmed.html"]  # no utm_source
    assert all(r.dont_filter and r.errback == spider.on_error for r in requests)
    assert requests[1].meta["lastmod"] == "Mon, 20 Jan 2025 09:00:00 +0000"
    other = FeedSpider(run=run, source=source())  # another source of the same run
    assert urls_of(other.parse_feed(response("/feed.xml"))) == []


def test_feed_spider_honours_allow_deny_and_max_pages() -> None:
    denied = FeedSpider(run=run_state(), source=source(deny=["box-office"]))
    assert [u.rsplit("/", 1)[-1] for u in urls_of(denied.parse_feed(response("/feed.xml")))] == [
        "trauma-code-season-two-confirmed.html"]
    limited = FeedSpider(run=run_state(), source=source(max_pages=1))
    assert len(urls_of(limited.parse_feed(response("/feed.xml")))) == 1
    crawl_wide = FeedSpider(run=run_state(max_pages_per_source=1), source=source())
    assert len(urls_of(crawl_wide.parse_feed(response("/feed.xml")))) == 1


def test_sitemap_spider_follows_index_then_urlsets() -> None:
    spider = SitemapSpider(run=run_state(), source=source("sitemap", BASE + "/sitemap_index.xml"))
    children = list(spider.parse_sitemap(response("/sitemap_index.xml")))
    assert urls_of(children) == [BASE + "/sitemaps/posts.xml.gz", BASE + "/sitemaps/news.xml"]
    assert children[0].callback == spider.parse_sitemap and children[0].meta["depth"] == 1
    gz = Response(url=BASE + "/sitemaps/posts.xml.gz", body=gzip.compress(saved("/sitemaps/posts.xml")),
                  request=Request(BASE + "/sitemaps/posts.xml.gz", meta={"depth": 1}))
    articles = list(spider.parse_sitemap(gz))
    assert urls_of(articles) == [BASE + "/stories/98765-trauma-code-soundtrack-release.html",
                                 BASE + "/news/2025/01/winter-box-office-roundup.html"]
    assert articles[0].meta["lastmod"] == "2025-03-15T07:45:00Z"
    news = urls_of(spider.parse_sitemap(response("/sitemaps/news.xml", depth=1)))
    assert news == [BASE + "/news/2025/03/trauma-code-director-talks-finale.html"]  # the gallery is skipped


def test_listing_spider_follows_article_links_and_bounded_pagination() -> None:
    spider = ListingSpider(run=run_state(max_listing_pages=2), source=source("listing", BASE + "/section/drama/"))
    first = list(spider.parse_listing(response("/section/drama/", HtmlResponse, page=1)))
    assert urls_of(first) == [BASE + "/news/2025/04/trauma-code-viewers-react.html",
                              BASE + "/news/2025/01/trauma-code-season-two-confirmed.html",
                              BASE + "/section/drama/page/2/"]
    assert first[-1].callback == spider.parse_listing and first[-1].meta["page"] == 2
    second = urls_of(spider.parse_listing(response("/section/drama/page/2/", HtmlResponse, page=2)))
    assert second == [BASE + "/news/2025/04/trauma-code-awards-nomination.html"]  # page 3 is over the bound


def test_listing_spider_finds_a_next_link_by_its_text() -> None:
    spider = ListingSpider(run=run_state(max_listing_pages=5), source=source("listing", BASE + "/section/drama/"))
    found = urls_of(spider.parse_listing(response("/section/drama/page/2/", HtmlResponse, page=2)))
    assert found[-1] == BASE + "/section/drama/page/3/"


def test_urls_spider_needs_urls_and_skips_filters() -> None:
    with pytest.raises(ValueError):
        UrlsSpider(run=run_state(), urls=[])
    spider = UrlsSpider(run=run_state(), urls=[BASE + "/tag/not-an-article/"])
    assert spider.article_request(BASE + "/tag/not-an-article/", force=True) is not None


def test_spiders_validate_their_run_argument() -> None:
    with pytest.raises(TypeError):
        FeedSpider(run=object(), source=source())  # type: ignore[arg-type]


def test_article_response_becomes_a_raw_page() -> None:
    spider = FeedSpider(run=run_state(), source=source(outlet="Stagelight Daily"))
    path = "/news/2025/02/trauma-code-cast-interview.html"
    resp = HtmlResponse(url=BASE + path, body=saved(path), headers={"Content-Type": "text/html; charset=utf-8",
                                                                     "ETag": '"abc"'},
                        request=Request(BASE + "/moved", meta={"entry_url": BASE + "/moved", "lastmod": "x"}))
    (page,) = spider.parse_article(resp)
    assert isinstance(page, RawPage)
    assert (page.url, page.final_url, page.status) == (BASE + "/moved", BASE + path, 200)
    assert (page.encoding, page.etag, page.lastmod, page.source, page.outlet) == (
        "utf-8", '"abc"', "x", "s", "Stagelight Daily")
    assert page.fetched_at.tzinfo is not None and page.body == saved(path)


def test_unusable_article_response_becomes_a_failed_page() -> None:
    spider = FeedSpider(run=run_state(), source=source())
    resp = TextResponse(url=BASE + "/a", body=b"", headers={"Content-Type": "text/html"}, request=Request(BASE + "/a"))
    (item,) = spider.parse_article(resp)
    assert isinstance(item, FailedPage) and item.info.reason == Reason.EMPTY_RESPONSE and item.source == "s"


# ---------------------------------------------------------------- response checks and errors
def _check(body: bytes, ctype: str | None) -> FailureInfo | None:
    headers = {"Content-Type": ctype} if ctype else {}
    return check_response(Response(url=BASE + "/a", body=body, headers=headers), BASE + "/a", "Outlet")


def test_check_response_reasons() -> None:
    html = b"<html><body><p>Fine.</p></body></html>"
    assert _check(html, "text/html; charset=utf-8") is None
    assert _check(html, None) is None
    assert _check(html, "application/xhtml+xml") is None
    assert _check(b"  \n", "text/html").reason == Reason.EMPTY_RESPONSE  # type: ignore[union-attr]
    pdf = _check(b"%PDF-1.4", "application/pdf")
    assert (pdf.stage, pdf.reason, pdf.raw) == (Stage.FETCH, Reason.NOT_HTML, b"%PDF-1.4")  # type: ignore[union-attr]
    binary = _check(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)), "text/html")
    assert (binary.stage, binary.reason) == (Stage.DECODE, Reason.BINARY_CONTENT)  # type: ignore[union-attr]
    latin = ("<p>" + "caf\xe9 " * 100 + "</p>").encode("latin-1")
    assert _check(latin, "text/html; charset=utf-8").reason == Reason.UNDECODABLE  # type: ignore[union-attr]
    assert _check(latin, "text/html; charset=iso-8859-1") is None
    assert _check(b"plain words only", None).reason == Reason.NOT_HTML  # type: ignore[union-attr]


def _failure(exc: BaseException, url: str = BASE + "/a") -> FailureInfo | Counted:
    try:
        raise exc
    except BaseException:
        failure = Failure()
    return failure_from_error(failure, url, "Outlet")


@pytest.mark.parametrize(("exc", "reason"), [
    (IgnoreRequest("Forbidden by robots.txt"), Reason.ROBOTS_DISALLOWED),
    (IgnoreRequest("max redirections reached"), Reason.REDIRECT_LOOP),
    (DownloadTimeoutError("took longer than 1.0 seconds"), Reason.TIMEOUT),
    (CannotResolveHostError("no such host"), Reason.DNS_ERROR),
    (DownloadConnectionRefusedError("refused"), Reason.CONNECTION_ERROR),
    (DownloadCancelledError("larger than download max size"), Reason.TOO_LARGE),
    (IgnoreRequest("received 9 bytes, over the download max size (5)"), Reason.TOO_LARGE),
])
def test_errors_become_fetch_failures(exc: BaseException, reason: Reason) -> None:
    info = _failure(exc)
    assert isinstance(info, FailureInfo)
    assert (info.stage, info.reason, info.url, info.outlet) == (Stage.FETCH, reason, BASE + "/a", "Outlet")
    assert type(exc).__name__ in info.message


def test_http_errors_keep_status_and_body_and_304_is_counted() -> None:
    page = HtmlResponse(url=BASE + "/a", status=500, body=b"<h1>oops</h1>", headers={"Content-Type": "text/html"})
    info = _failure(HttpError(page, "bad status"))
    assert isinstance(info, FailureInfo)
    assert (info.reason, info.http_status, info.raw, info.content_type) == (
        Reason.HTTP_ERROR, 500, b"<h1>oops</h1>", "text/html")
    assert _failure(HttpError(Response(url=BASE + "/a", status=304), "304")) == Counted("not_modified")
    assert _failure(SkipPage("skipped", "seen")) == Counted("skipped")


def test_a_source_that_is_not_a_feed_or_sitemap_is_a_failure() -> None:
    listing = saved("/section/drama/")
    feed = FeedSpider(run=run_state(), source=source())
    (item,) = feed.parse_feed(response("/feed.xml", HtmlResponse, body=listing))
    assert isinstance(item, FailedPage)
    assert (item.info.stage, item.info.reason) == (Stage.EXTRACT, Reason.EXTRACT_ERROR)
    assert "not an RSS, Atom or RDF feed" in item.info.message
    empty_feed = b'<rss version="2.0"><channel><title>t</title></channel></rss>'
    assert list(feed.parse_feed(response("/feed.xml", body=empty_feed))) == []  # a feed, just empty
    sitemap = SitemapSpider(run=run_state(), source=source("sitemap", BASE + "/sitemap_index.xml"))
    (item,) = sitemap.parse_sitemap(response("/sitemap_index.xml", body=listing))
    assert isinstance(item, FailedPage) and "not a sitemap" in item.info.message
