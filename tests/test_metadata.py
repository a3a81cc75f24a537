"""Metadata extraction (``pipelines.metadata`` and ``pipelines.meta``): fixture pages of invented
outlets for each signal, and unit tests of the date, author, title and language rules."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipelines.context import DEFAULT_CONFIG, ExtractConfig
from pipelines.meta import jsonld
from pipelines.meta.authors import clean_names, split_names
from pipelines.meta.dates import find_text_dates, parse_machine, parse_text_date, relative_seconds, url_date
from pipelines.meta.language import choose_language
from pipelines.meta.titles import choose_title, strip_site
from pipelines.metadata import extract_metadata, read_metadata
from pipelines.parse import parse_page

FIXTURES = Path(__file__).parent / "fixtures" / "metadata"

# fixture -> (URL it was "fetched" from, expected fields)
CASES = {
    "graph-yoast": ("https://www.pinewoodreel.test/tv/trauma-code-season-2-cast-additions/", {
        "canonical_url": "https://www.pinewoodreel.test/tv/trauma-code-season-2-cast-additions/",
        "outlet": ("Pinewood Reel", "pinewoodreel.test"),
        "title": "The Trauma Code Season 2 adds two surgeons to the cast",
        "authors": ("Odette Marchetti", "Rafael Quintero-Boyd"),
        "published": "2026-03-04T09:15:00-08:00", "modified": "2026-03-04T11:40:00-08:00",
        "language": "en", "date_source": "jsonld"}),
    "broken-jsonld": ("https://quaysidecourier.test/culture/harbour-street-star-joins-trauma-code", {
        "outlet": ("Quayside Courier", "quaysidecourier.test"),
        "title": "Harbour Street star joins Trauma Code", "authors": ("Wendeline Osei",),
        "published": "2026-05-19T07:05:00+01:00", "modified": "2026-05-19T08:00:00+01:00", "language": "en"}),
    "next-data": ("https://lanternfish.test/news/netflix-sets-trauma-code-table-read", {
        "title": "Netflix sets Trauma Code table read", "authors": ("Min-seo Halvorsen", "Teodor Akande"),
        "published": "2026-06-02T14:30:00+09:00", "modified": "2026-06-02T16:00:00+09:00", "date_source": "app"}),
    "fusion": ("https://www.meridianledger.test/entertainment/2026/07/18/trauma-code-wraps-filming/", {
        "outlet": ("The Meridian Ledger", "meridianledger.test"),
        "title": "Trauma Code wraps filming on its second season", "authors": ("Pia Lindqvist",),
        # 21:10 UTC is still July 18 in the URL's calendar, so the stated UTC time stays.
        "published": "2026-07-18T21:10:00Z", "modified": "2026-07-19T09:00:00Z", "date_source": "app"}),
    "microdata-blog": ("https://slowburndramanotes.test/2025/11/why-ryu-tae-oh-works.html", {
        "outlet": ("Slow Burn Drama Notes", "slowburndramanotes.test"),
        "title": "Why Ryu Tae-oh works", "authors": ("Ines Varga-Holm",),
        "published": "2025-11-30T18:20:00+01:00", "date_source": "microdata"}),
    "updated-ago": ("https://stagelight.test/tv/trauma-code-table-read-1234/", {
        "title": "The Trauma Code Season 2 table read brings the team back together", "authors": ("Hollis Grane",),
        "published": "2026-01-12T22:15:00-05:00", "modified": "2026-01-12T22:15:00-05:00"}),
    "relative-byline": ("https://ferrousdaily.test/trauma-code-teaser-drops", {
        "outlet": ("Ferrous Daily", "ferrousdaily.test"), "authors": ("Juno Abernathy-Reyes",),
        # "3 hours ago" read against the latest date the page shows (its top bar), never the clock.
        "published": "2026-07-20", "date_source": "relative"}),
    "amp": ("https://cobaltscreen.test/news/trauma-code-renewal-explained/amp", {
        "canonical_url": "https://cobaltscreen.test/news/trauma-code-renewal-explained",
        "outlet": ("Cobalt Screen", "cobaltscreen.test"), "title": "Trauma Code renewal explained",
        "authors": ("Devika Raman", "Luca Ferrand"), "published": "2025-11-13T05:30:00+05:30"}),
    "korean-english-edition": ("https://en.daehan.test/view.php?key=20260720000618", {
        "outlet": ("Daehan Ilbo", "en.daehan.test"), "title": "Trauma Code director talks Season 2",
        "authors": ("Seo Ji-an",), "published": "2026-07-20", "modified": "2026-07-21", "language": "en"}),
    # Issue 5: <title> and og:title name only the brand; the headline is in the <h1> and __NEXT_DATA__.
    "nextjs-brand-title": ("https://www.lumenreel.test/news/harbour-lights-season-3-casting", {
        "outlet": ("Lumenreel", "lumenreel.test"),
        "title": "Harbour Lights adds a lighthouse keeper for its third season", "authors": ("Corwin Ashdale",),
        "published": "2026-03-09T08:00:00-05:00", "date_source": "app"}),
    # Issue 5: an XHTML page that declares no language is read as English from its text.
    "xhtml-no-language": ("https://quillmoor.test/news/glass-orchard-timeslot", {
        "title": "The Glass Orchard wins its timeslot again", "published": "2026-02-14", "language": "en"}),
    # Issue 5: "Updated 2 hours ago" is relative to a fetch time the page does not state.
    "updated-relative": ("https://kelpwire.test/tv/night-ferry-renewed", {
        "title": "Night Ferry renewed for a second season", "authors": ("Tamsin Orrell",),
        "published": "2026-08-04T08:40:00+09:00", "modified": None}),
}


def _meta(name: str, url: str, config: ExtractConfig = DEFAULT_CONFIG):
    return read_metadata(parse_page((FIXTURES / f"{name}.html").read_bytes(), url), config)


@pytest.mark.parametrize("name", sorted(CASES))
def test_fixture_pages(name: str) -> None:
    url, expected = CASES[name]
    meta = _meta(name, url)
    for field, want in expected.items():
        got = (meta.outlet.name, meta.outlet.domain) if field == "outlet" else getattr(meta, field)
        assert got == want, f"{name}: {field}"


def test_every_fixture_has_a_case() -> None:
    assert {p.stem for p in FIXTURES.glob("*.html")} == set(CASES)


def test_relative_byline_without_other_dates_stays_null() -> None:
    html = '<html><body><h1>Teaser</h1><div class="post-meta">Posted 3 hours ago</div><p>x</p></body></html>'
    assert read_metadata(parse_page(html, "https://a.test/teaser"), DEFAULT_CONFIG).published is None


def test_update_never_precedes_the_publication() -> None:
    html = ('<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"H",'
            '"datePublished":"2026-05-02T10:00:00+02:00","dateModified":"2026-04-28T09:00:00+02:00"}</script>'
            "</head><body><h1>H</h1></body></html>")
    meta = read_metadata(parse_page(html, "https://a.test/h"), DEFAULT_CONFIG)
    assert (meta.published, meta.modified) == ("2026-05-02T10:00:00+02:00", None)


def test_url_date_is_the_last_structured_resort() -> None:
    html = "<html><head><title>A blog post</title></head><body><p>No dates here.</p></body></html>"
    meta = read_metadata(parse_page(html, "https://ledger.test/2025/10/02/a-post/"), DEFAULT_CONFIG)
    assert (meta.published, meta.date_source) == ("2025-10-02", "url")


def test_utc_stamp_takes_the_local_offset_the_page_states_for_the_same_instant() -> None:
    html = ('<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"H",'
            '"datePublished":"2026-11-09T03:28:35Z"}</script>'
            '<meta property="article:published_time" content="2026-11-08T22:28:35-05:00"></head></html>')
    meta = read_metadata(parse_page(html, "https://a.test/x"), DEFAULT_CONFIG)
    assert meta.published == "2026-11-08T22:28:35-05:00"


def test_todays_date_in_the_masthead_does_not_move_a_utc_stamp() -> None:
    html = ('<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry news",'
            '"datePublished":"2026-07-18T20:01:00Z"}</script></head><body>'
            '<header class="site-header"><span class="date">Sunday, July 19, 2026</span></header>'
            '<div class="story"><h1>Ferry news</h1><div class="byline">By Ada Penhallow</div>'
            '<div class="dateline">Posted: July 18, 2026 4:01 PM</div><p>Text.</p></div></body></html>')
    meta = read_metadata(parse_page(html, "https://a.test/ferry-news"), DEFAULT_CONFIG)
    assert meta.published == "2026-07-18T20:01:00Z"


def test_a_midday_utc_stamp_keeps_its_day_whatever_the_byline_says() -> None:
    html = ('<html><head><meta property="article:published_time" content="2026-08-04T13:23:00Z"></head><body>'
            '<h1>Live: harbour vote</h1><div class="article-date">5 August 2026</div><p>Text.</p></body></html>')
    meta = read_metadata(parse_page(html, "https://a.test/live-harbour-vote"), DEFAULT_CONFIG)
    assert meta.published == "2026-08-04T13:23:00Z"  # no zone news is written in is 10:37 ahead


def test_a_dateline_below_the_headline_comes_before_a_date_above_it() -> None:
    html = ('<html><body><div class="topbar-date">Tuesday, 8 December 2026</div><h1>Harbour vote</h1>'
            '<div class="post-date">13 Oct 2026 18:29</div><p>Text.</p></body></html>')
    meta = read_metadata(parse_page(html, "https://a.test/harbour-vote"), DEFAULT_CONFIG)
    assert (meta.published, meta.date_source) == ("2026-10-13", "byline")


def test_a_page_wrapper_named_for_its_sidebar_is_no_sidebar() -> None:
    story = "".join(f"<p>Paragraph {i} of the story.</p>" for i in range(8))
    html = ('<html><body><div class="mainwrap single has-sidebar"><div class="post"><h2>Black is back</h2>'
            f'<div class="post-meta">Posted 08.08.2025</div>{story}</div>'
            '<div class="sidebar"><div class="widget-date">14.06.2026</div></div></div>'
            '<div class="related"><span class="post-date">01.01.2026</span></div></body></html>')
    meta = read_metadata(parse_page(html, "https://a.test/black-is-back"), DEFAULT_CONFIG)
    assert (meta.published, meta.date_source) == ("2025-08-08", "byline")


def test_a_date_labelled_as_the_publication_in_the_footer() -> None:
    html = ('<html><body><h1>Ancestors</h1><p>A review of a novel first drafted on 12.03.2019.</p>'
            '<footer><p>Last change: 31.10.2025 - 14:49<br>Erschienen am: 01.11.2025</p></footer></body></html>')
    meta = read_metadata(parse_page(html, "https://a.test/review"), DEFAULT_CONFIG)
    assert (meta.published, meta.date_source) == ("2025-11-01", "labelled")


def test_dates_of_embedded_posts_are_no_witnesses() -> None:
    html = ('<html><body><h1>Harbour vote</h1><div class="article-body"><p>Text.</p>'
            '<blockquote class="instagram-media"><p>A post <time datetime="2025-03-12T19:30:12+00:00">Mar 12</time>'
            '</p></blockquote><p>The vote was held on 29.01.2026.</p></div></body></html>')
    meta = read_metadata(parse_page(html, "https://a.test/harbour-vote"), DEFAULT_CONFIG)
    assert (meta.published, meta.date_source) == ("2026-01-29", "text")


def test_a_date_set_inside_the_headline_is_read() -> None:
    html = ('<html><body><article><h1>Harbour vote<br><small>02.02.2026</small></h1>'
            "<p>The vote was first called for 28.01.2026 and then moved.</p></article></body></html>")
    assert read_metadata(parse_page(html, "https://a.test/harbour-vote"), DEFAULT_CONFIG).published == "2026-02-02"


def test_a_byline_one_day_off_gives_the_local_day_of_a_utc_stamp() -> None:
    html = ('<html><head><meta property="article:published_time" content="2026-12-05T23:15:00Z"></head><body>'
            '<h1>Harbour vote</h1><div class="article-date">Sunday 6 December 2026 | 00:15</div><p>Text.</p>'
            "</body></html>")
    meta = read_metadata(parse_page(html, "https://a.test/harbour-vote"), DEFAULT_CONFIG)
    assert meta.published == "2026-12-06"


def test_a_bare_date_meta_tag_bounds_the_byline_from_above() -> None:
    def published(meta_date: str, byline: str) -> str | None:
        html = (f'<html><head><meta name="date" content="{meta_date}"></head><body><h1>Lake report</h1>'
                f'<div class="news-date">{byline}</div><p>Text.</p></body></html>')
        return read_metadata(parse_page(html, "https://a.test/lake-report"), DEFAULT_CONFIG).published

    assert published("2026-02-12", "05.02.2026 - Editorial team") == "2026-02-05"  # the tag is the last edit
    assert published("2026-02-11", "Wednesday, 26.02.2026") == "2026-02-11"  # the later byline is today's date


def test_description_date_when_the_page_shows_none() -> None:
    html = ('<html><head><meta name="description" content="Bear census results (news of 14 Gennaio 2020)">'
            "</head><body><p>Counting took all year.</p></body></html>")
    meta = read_metadata(parse_page(html, "https://park.test/news?id=5"), DEFAULT_CONFIG)
    assert (meta.published, meta.date_source) == ("2020-01-14", "description")


def test_the_day_most_sources_name_wins() -> None:
    html = ('<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"H",'
            '"datePublished":"2021-01-01T11:00:00+01:00"}</script>'
            '<meta property="article:published_time" content="2023-03-06T08:00:00+01:00"></head><body><h1>H</h1>'
            '<div class="entry-meta"><time datetime="2023-03-06T08:00:00+01:00">6 March 2023</time></div>'
            "<p>Body text of the article.</p></body></html>")
    meta = read_metadata(parse_page(html, "https://a.test/h"), DEFAULT_CONFIG)
    assert (meta.published, meta.date_source) == ("2023-03-06T08:00:00+01:00", "meta")


def test_config_outlet_table_names_pages_that_do_not_name_themselves() -> None:
    config = ExtractConfig(outlet_names={"kdrama.test": "K-Drama Wire"})
    meta = read_metadata(parse_page("<html><body><p>x</p></body></html>", "https://www.kdrama.test/a"), config)
    assert (meta.outlet.name, meta.outlet.domain) == ("K-Drama Wire", "kdrama.test")


def test_home_page_canonical_is_ignored_for_an_article() -> None:
    html = '<html><head><link rel="canonical" href="https://site.test/"></head></html>'
    assert read_metadata(parse_page(html, "https://site.test/news/story-1"), DEFAULT_CONFIG).canonical_url is None


# ---------------------------------------------------------------- dates
@pytest.mark.parametrize(("raw", "iso"), [
    ("2025-09-23T14:32:00+00:00", "2025-09-23T14:32:00+00:00"),
    ("2026-09-16T07:30:00.000+00:00", "2026-09-16T07:30:00.000+00:00"),
    ("2025-11-12T06:45:00Z", "2025-11-12T06:45:00Z"),
    ("2025-10-27T10:20:00+0900", "2025-10-27T10:20:00+09:00"),
    ("2025-09-23 14:32:00", "2025-09-23T14:32:00"),
    ("Mon, 23 Sep 2025 14:32:00 -0400", "2025-09-23T14:32:00-04:00"),
    ("2025/09/23", "2025-09-23"),
    ("1700000000000", "2023-11-14T22:13:20+00:00"),
    ("2020-12-05T23:15:0Z", "2020-12-05T23:15:00Z"),
    ("March 3, 2025", "2025-03-03"),
])
def test_machine_dates_keep_the_stated_offset(raw: str, iso: str) -> None:
    when = parse_machine(raw)
    assert when is not None and when.iso == iso


@pytest.mark.parametrize("raw", ["1994-12-31", "2025-13-01", "2025-02-30", "", "soon", None, True, 12, ["2025"]])
def test_implausible_or_odd_dates_are_rejected(raw: object) -> None:
    assert parse_machine(raw) is None


@pytest.mark.parametrize(("text", "iso"), [
    ("Published March 3rd, 2025 at 5pm", "2025-03-03"),
    ("Aktualisiert am 3. März 2025", "2025-03-03"),
    ("publié le 3 mars 2025", "2025-03-03"),
    ("3 de marzo de 2025", "2025-03-03"),
    ("07.06.2020 10:22", "2020-06-07"),
    ("입력 2020년 6월 7일", "2020-06-07"),
    ("2020年6月7日", "2020-06-07"),
    ("7 июня 2020", "2020-06-07"),
    ("Sept. 5, 2021", "2021-09-05"),
    ("Von Redaktion 4. 2. 2022.", "2022-02-04"),
])
def test_written_dates_in_many_languages(text: str, iso: str) -> None:
    when = parse_text_date(text)
    assert when is not None and when.iso == iso


def test_numeric_day_month_order_follows_the_page() -> None:
    assert parse_text_date("03/04/2025", month_first=True).iso == "2025-03-04"
    assert parse_text_date("03/04/2025").iso == "2025-04-03"
    assert parse_text_date("13/04/2025", month_first=True).iso == "2025-04-13"


def test_two_digit_years_only_where_asked() -> None:
    assert [w.iso for w, _ in find_text_dates("Klaus Weber, 8.5.12", short_years=True)] == ["2012-05-08"]
    assert find_text_dates("Klaus Weber, 8.5.12") == []


def test_find_text_dates_keeps_text_order() -> None:
    found = find_text_dates("Published : Jul 20, 2026 - 16:42  Updated : Jul 21, 2026 - 09:05")
    assert [w.iso for w, _ in found] == ["2026-07-20", "2026-07-21"]


@pytest.mark.parametrize(("url", "iso"), [
    ("https://x.test/2025/10/02/slug/", "2025-10-02"),
    ("https://x.test/news/20251002-slug", "2025-10-02"),
    ("https://x.test/a/2025-10-02/b", "2025-10-02"),
    ("https://x.test/notices/29-10-2021", "2021-10-29"),
    ("https://x.test/2025/10/23646/", None),
    ("https://x.test/news/2026/04/slug", None),
    ("https://web.archive.org/web/20110106023242/http://blog.test/post?id=1", None),
])
def test_url_dates(url: str, iso: str | None) -> None:
    when = url_date(url)
    assert (when.iso if when else None) == iso


def test_relative_phrases() -> None:
    assert relative_seconds("Updated 3 hours ago") == 3 * 3600
    assert relative_seconds("vor 2 Tagen") == 2 * 86400
    assert relative_seconds("an hour ago") == 3600
    assert relative_seconds("Published March 3") is None


# ---------------------------------------------------------------- JSON-LD
def test_lenient_json_ld() -> None:
    assert jsonld.loads_lenient('<!-- {"a": 1,} -->') == [{"a": 1}]
    assert jsonld.loads_lenient('//<![CDATA[\n{"a": "x\ny"}\n//]]>') == [{"a": "x\ny"}]
    assert jsonld.loads_lenient('{"a":1}\n{"b":2,}') == [{"a": 1}, {"b": 2}]
    assert jsonld.loads_lenient("not json at all") == []


def test_unreadable_json_ld_is_salvaged_by_key() -> None:
    broken = '{"@type": "NewsArticle", "headline": "A "quoted" word", "datePublished": "2025-01-02T03:04:05Z"'
    data = jsonld.read([broken], ("https://a.test/x",))
    assert data.get("datePublished") == "2025-01-02T03:04:05Z"


def test_article_node_matching_the_page_url_wins() -> None:
    block = ('[{"@type":"NewsArticle","url":"https://a.test/other","datePublished":"2020-01-01"},'
             '{"@type":"BlogPosting","url":"https://a.test/this/","datePublished":"2021-02-02"}]')
    assert jsonld.read([block], ("https://www.a.test/this",)).get("datePublished") == "2021-02-02"


# ---------------------------------------------------------------- authors
@pytest.mark.parametrize(("raw", "names"), [
    ("By Jane Doe and John Smith, Staff Writer", ["Jane Doe", "John Smith"]),
    ("Posted by Marisol Quenby", ["Marisol Quenby"]),
    ("Column by Marisol Quenby", ["Marisol Quenby"]),
    ("Show notes by Dara Venn", ["Dara Venn"]),
    ("Reporter Oh Seung-ah", ["Oh Seung-ah"]),
    ("Oh Seung-ah reporter", ["Oh Seung-ah"]),
    ("Jane Reporter", ["Jane Reporter"]),
    ("Harbor staff reporter", ["Harbor staff reporter"]),  # a desk's byline, kept as the page writes it
    ("Analysis by Dara Venn", ["Dara Venn"]),
    ("By JANE DOE", ["Jane Doe"]),
    ("By Oh Seung-ah (oh.seungah@herald.test)", ["Oh Seung-ah"]),
    ("oh.seungah@herald.test", []),
    ("Dara Venn, Ilo Tamsin", ["Dara Venn", "Ilo Tamsin"]),
    ("Jane Doe | Senior Reporter", ["Jane Doe"]),
    ("https://www.facebook.com/janedoe", []),
    ("Von Max Müller und Erika Mustermann", ["Max Müller", "Erika Mustermann"]),
    ("John I. Smith", ["John I. Smith"]),
    ("Jane Doe for The Daily Planet", ["Jane Doe"]),
    ("(Image: Getty Images/iStockphoto)", []),
    ("Twitter Facebook", []),
    ("Updated 3 hours ago", []),
])
def test_author_strings(raw: str, names: list[str]) -> None:
    assert split_names(raw) == names


def test_outlet_names_are_not_authors() -> None:
    assert clean_names(["The Quayside Courier", "Wendeline Osei"], ["Quayside Courier"]) == ["Wendeline Osei"]


def test_cms_admin_account_is_no_author() -> None:
    html = ('<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"H",'
            '"author":{"@id":"https://herald.test/author/admin/","name":"Herald D"}}</script></head><body>'
            '<span class="author vcard"><a href="https://herald.test/author/admin/" rel="author">Herald D</a></span>'
            '<h1>H</h1><p><strong>NOMSA DLAMINI</strong></p><p>' + "The council met on Tuesday to discuss " * 3
            + "</p></body></html>")
    assert read_metadata(parse_page(html, "https://herald.test/a"), DEFAULT_CONFIG).authors == ("Nomsa Dlamini",)


# ---------------------------------------------------------------- titles and language
def test_site_names_are_cut_from_either_end() -> None:
    names = ["Pinewood Reel", "pinewoodreel.test"]
    assert strip_site("Cast news - Pinewood Reel", names) == "Cast news"
    assert strip_site("Pinewood Reel: Cast news", names) == "Cast news"
    assert strip_site("Cast news | Pinewood Reel | by Odette Marchetti", names) == "Cast news"
    assert strip_site("The Trauma Code: Heroes on Call returns", names) == "The Trauma Code: Heroes on Call returns"


def test_h1_decides_between_a_cut_og_title_and_the_headline() -> None:
    full = "Netflix renews The Trauma Code for two seasons amid fan excitement"
    assert choose_title(full, "Netflix renews The Trauma Code for two seasons", None, None, [full], []) == full


def test_h1_completes_a_cut_title_tag() -> None:
    assert choose_title(None, None, None, "Trauma Code wraps - Ledger", ["Trauma Code wraps filming on Friday"],
                        ["Ledger"]) == "Trauma Code wraps filming on Friday"


def test_a_candidate_that_is_only_the_brand_is_never_the_title() -> None:
    names = ["Lumenreel", "lumenreel.test"]
    headline = "Harbour Lights finds its keeper"
    assert choose_title(None, "Lumenreel", "LUMENREEL", "Lumenreel", ["Lumenreel", headline], names) == headline
    assert choose_title(None, None, None, "Lumen Reel", [], names) is None


def test_app_state_headline_when_the_markup_names_only_the_site() -> None:
    html = ('<html><head><title>Lumenreel</title><meta property="og:site_name" content="Lumenreel"></head><body>'
            '<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{'
            '"headline":"Harbour Lights finds its keeper","url":"https://lumenreel.test/news/keeper",'
            '"publishedAt":"2026-03-09T08:00:00-05:00"}}}}</script></body></html>')
    meta = read_metadata(parse_page(html, "https://lumenreel.test/news/keeper"), DEFAULT_CONFIG)
    assert meta.title == "Harbour Lights finds its keeper"


def test_title_takes_the_quote_marks_of_the_title_tag() -> None:
    curly = "Harbour Lights\u2019 keeper says \u2018yes\u2019 to a fourth season"
    tag = "Harbour Lights' keeper says 'yes' to a fourth season | Lumenreel"
    assert choose_title(curly, None, None, tag, [curly], ["Lumenreel"]) == tag.removesuffix(" | Lumenreel")
    assert choose_title(curly, None, None, "Lumenreel", [curly], ["Lumenreel"]) == curly


def test_quotation_marks_and_dates_at_the_ends_of_a_title() -> None:
    names = ["Kelpwire"]
    assert strip_site("\u00abWe never planned a sequel\u00bb", names) == "\u00abWe never planned a sequel\u00bb"
    assert strip_site("La s\u00e9rie \u00ab revient \u00bb", names) == "La s\u00e9rie \u00ab revient \u00bb"
    assert strip_site("Night Ferry returns \u2013 Kelpwire \u2013 04.08.2026", names) == "Night Ferry returns"


def test_english_is_guessed_only_when_nothing_is_declared() -> None:
    english = ("<p>The drama drew its biggest audience yet on Saturday, and the network said that it was pleased "
               "with the result.</p>")
    german = ("<p>Die Serie erreichte am Samstag ihr bisher grösstes Publikum, und der Sender zeigte sich "
              "mit dem Ergebnis zufrieden.</p>")
    for body, lang, want in ((english, "", "en"), (german, "", None), (english, ' lang="fr"', "fr")):
        page = parse_page(f"<html{lang}><body><h1>A night at the ferry</h1>{body}</body></html>", "https://a.test/x")
        assert read_metadata(page, DEFAULT_CONFIG).language == want


def test_xhtml_xml_lang_is_a_declaration() -> None:
    html = ('<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml" xml:lang="de">'
            "<body><h1>Night Ferry</h1><p>The ferry leaves at night and the crew says that it was a long season.</p>"
            "</body></html>")
    assert read_metadata(parse_page(html, "https://a.test/x"), DEFAULT_CONFIG).language == "de"


def test_declared_language_must_fit_the_headline_script() -> None:
    assert choose_language(["ko", "en_US"], "Trauma Code director talks Season 2") == "en"
    assert choose_language(["ko", "en_US"], "중증외상센터 시즌2") == "ko"
    assert choose_language(["en-GB"], None) == "en"
    assert choose_language([None, 5, "??"], "x") is None


def test_an_english_edition_declaring_only_korean_is_english() -> None:
    lead = ("The cast gathered in Seoul on Monday for the premiere, and the director said that the second season "
            "was the hardest thing he has ever made with this team.")
    assert choose_language(["ko"], "Cast talks Season 2 at the premiere", lambda: lead) == "en"
    assert choose_language(["ko"], "Cast talks Season 2 at the premiere", lambda: "짧은 글") == "ko"


def test_a_dable_author_meta_names_the_author() -> None:
    html = ('<html><head><meta property="dable:author" content="Ahn Soo-bin"></head><body><h1>Premiere night</h1>'
            "<p>The cast gathered in Seoul on Monday.</p></body></html>")
    assert read_metadata(parse_page(html, "https://a.test/x"), DEFAULT_CONFIG).authors == ("Ahn Soo-bin",)


# ---------------------------------------------------------------- robustness
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_never_raise(data: bytes) -> None:
    read_metadata(parse_page(data, "https://fuzz.test/2025/01/02/x"), DEFAULT_CONFIG)


_TAGS = st.sampled_from([
    '<script type="application/ld+json">', "</script>", '<meta property="og:title" content="', '">',
    '<meta name="author" content="', "<time datetime=\"", "<h1>", "</h1>", '{"@graph":[', '{"@type":"NewsArticle",',
    '"author":', '"datePublished":', '"@id":"x"', "]}", "}", "[", ",", '"2025-01-02T03:04:05+09:00"', "null", "1e400",
    '<script id="__NEXT_DATA__" type="application/json">', "Fusion.globalContent=", "<p>By A and B</p>",
    '<div class="byline">Updated 3 hours ago</div>', "<html ⚡>", "<title>", "</title>", " - ", "|", "\x00", "&#0;",
])


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(_TAGS, st.text(max_size=20)), max_size=40))
def test_arbitrary_markup_never_raises(parts: list[str]) -> None:
    page = parse_page("".join(parts), "https://fuzz.test/x")
    meta = read_metadata(page, DEFAULT_CONFIG)
    assert meta.title is None or meta.title.strip() == meta.title
    assert all(name for name in meta.authors)


def test_extract_metadata_is_a_safety_net() -> None:
    page = parse_page("<html><body></body></html>", "https://www.net.test/a")
    page.tree = None  # type: ignore[assignment]  # a broken page object must not stop a crawl
    meta = extract_metadata(page, DEFAULT_CONFIG)
    assert (meta.outlet.domain, meta.title) == ("net.test", None)


def _redated(byline: str, extra: str = "") -> str:
    return ('<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Tidewater recap",'
            '"datePublished":"2025-11-03T09:00:00+01:00","dateModified":"2026-02-17T10:30:00+01:00"}</script>'
            f'</head><body><article><h1>Tidewater recap</h1><div class="byline">{byline}</div>'
            f"<p>The finale drew a record audience.</p>{extra}</article></body></html>")


def test_a_page_showing_only_its_update_day_is_dated_by_the_update() -> None:
    meta = read_metadata(parse_page(_redated("By Lio Marsh, 17 February 2026"), "https://a.test/tidewater-recap"),
                         DEFAULT_CONFIG)
    assert (meta.published, meta.modified, meta.date_source) == (
        "2026-02-17T10:30:00+01:00", "2026-02-17T10:30:00+01:00", "modified")


@pytest.mark.parametrize("byline, extra", [
    ("By Lio Marsh, 3 November 2025 (updated 17 February 2026)", ""),  # the page also writes the publication day
    ("By Lio Marsh. Updated 17 February 2026", ""),  # an update labelled as such
    ("By Lio Marsh", '<blockquote class="social-post">Watching it now! February 17, 2026</blockquote>'),  # a post's
])
def test_an_update_day_the_page_labels_or_quotes_keeps_the_publication(byline: str, extra: str) -> None:
    meta = read_metadata(parse_page(_redated(byline, extra), "https://a.test/tidewater-recap"), DEFAULT_CONFIG)
    assert (meta.published, meta.date_source) == ("2025-11-03T09:00:00+01:00", "jsonld")


def _utc_page(lang: str, byline: str = "By Rhea Calloway") -> str:
    return (f'<html lang="{lang}"><head><script type="application/ld+json">{{"@type":"NewsArticle",'
            '"headline":"Late vote on the studio lot","datePublished":"2026-03-05T02:30:00Z"}</script></head><body>'
            f'<article><h1>Late vote on the studio lot</h1><div class="byline">{byline}</div><p>Text.</p>'
            "</article></body></html>")


@pytest.mark.parametrize("lang, byline, published", [
    ("en-US", "By Rhea Calloway", "2026-03-04T21:30:00-05:00"),  # evening in the eastern US
    ("en-AU", "By Rhea Calloway", "2026-03-05T02:30:00Z"),  # midday in Sydney: the same day
    ("en", "By Rhea Calloway", "2026-03-05T02:30:00Z"),  # no country: no zone to read it in
    ("en-US", "By Rhea Calloway, March 5, 2026", "2026-03-05T02:30:00Z"),  # the page keeps a UTC calendar
])
def test_a_utc_stamp_is_read_in_the_zone_of_the_country_the_language_tag_names(
        lang: str, byline: str, published: str) -> None:
    meta = read_metadata(parse_page(_utc_page(lang, byline), "https://a.test/late-vote"), DEFAULT_CONFIG)
    assert meta.published == published
