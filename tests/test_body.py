"""Body stage: the article's own paragraphs, without furniture, embeds or captions."""

from __future__ import annotations

from pathlib import Path

import lxml.etree
import lxml.html
import pytest

from pipelines import extract
from pipelines.body import extract_body
from pipelines.content.container import score_paragraphs
from pipelines.content.signals import STRING, norm, text_len
from pipelines.metadata import Metadata
from pipelines.parse import parse_page
from pipelines.record import Outlet

FIXTURES = Path(__file__).parent / "fixtures" / "body"
URL = "https://hallyuledger.example/drama/tc-s2/"
NO_META = Metadata(None, Outlet(None, None), None, (), None, None, None)
FILLER = ("The hospital board met again on Thursday to discuss the budget, and the surgeons waited outside, "
          "tired, hungry and more than a little worried about what the numbers would say.")


@pytest.fixture(scope="module")
def news_body() -> str:
    return extract((FIXTURES / "kdrama_news.html").read_bytes(), URL, facts=False).body


def test_keeps_paragraphs_subheadings_and_list_items_in_order(news_body: str) -> None:
    paragraphs = news_body.split("\n\n")
    assert paragraphs[0].startswith("Netflix confirmed on Monday that The Trauma Code: Heroes on Call will return")
    assert "Who is coming back" in paragraphs
    assert "Min Tae-oh as Han Seo-jun" in paragraphs
    assert paragraphs.index("Who is coming back") < paragraphs.index("Min Tae-oh as Han Seo-jun")
    assert paragraphs[-1].startswith("The first season premiered in March 2024")


def test_decodes_entities_and_normalises_whitespace(news_body: str) -> None:
    assert "first season’s finale" in news_body
    assert "&rsquo;" not in news_body
    assert all(p == " ".join(p.split()) for p in news_body.split("\n\n"))


@pytest.mark.parametrize("furniture", [
    "We use cookies", "Drama", "Share on Facebook", "Photo: Netflix", "Min Tae-oh on set", "Advertisement",
    "Also read", "Ten medical dramas", "newsletter", "Sign up", "Read more", "Season 1 recap", "K-drama",
    "covers Korean television", "I have been waiting", "Another drama gets renewed", "All rights reserved",
    "The medical drama is back on the schedule", "By Mira Solberg",
])
def test_drops_furniture(news_body: str, furniture: str) -> None:
    assert furniture not in news_body


def test_leaves_out_embedded_post_text(news_body: str) -> None:
    assert "I am screaming" not in news_body
    assert "danaferro_fan" not in news_body
    assert "Announcement | Netflix" not in news_body


def test_does_not_change_the_tree() -> None:
    page = parse_page((FIXTURES / "kdrama_news.html").read_bytes(), URL)
    before = lxml.html.tostring(page.tree)
    assert extract_body(page, NO_META)
    assert lxml.html.tostring(page.tree) == before


def test_reads_paragraphs_separated_by_br() -> None:
    runs = "<br><br>".join(f"Run {i}: {FILLER}" for i in range(5))
    html = f"<html><body><div id='menu'><a href='/'>Home</a></div><div class='text'>{runs}</div></body></html>"
    body = extract_body(parse_page(html, URL), NO_META)
    assert body.split("\n\n") == [f"Run {i}: {FILLER}" for i in range(5)]


def test_joins_an_article_split_into_sections() -> None:
    sections = "".join(
        f"<section class='block'><div><div class='wysiwyg'><p>Part {i}. {FILLER}</p><p>More {i}. {FILLER}</p>"
        f"</div></div></section>" for i in range(3))
    html = f"<html><body><div class='page'><h1>Title</h1>{sections}</div><footer>Footer text</footer></body></html>"
    body = extract_body(parse_page(html, URL), NO_META)
    assert [p.split(".")[0] for p in body.split("\n\n")] == ["Part 0", "More 0", "Part 1", "More 1", "Part 2",
                                                             "More 2"]


def test_prefers_the_article_over_a_link_list_and_teasers() -> None:
    teasers = "".join(f"<li><a href='/{i}'>Teaser headline number {i} about another story</a></li>" for i in range(20))
    article = "".join(f"<p>{FILLER} ({i})</p>" for i in range(4))
    html = f"<html><body><ul class='nav'>{teasers}</ul><div class='article-body'>{article}</div></body></html>"
    body = extract_body(parse_page(html, URL), NO_META)
    assert body.count(FILLER) == 4
    assert "Teaser" not in body


def test_page_without_prose_gives_empty_body() -> None:
    assert extract_body(parse_page("<html><body><a href='/'>Home</a></body></html>", URL), NO_META) == ""
    assert extract_body(parse_page("", URL), NO_META) == ""


@pytest.mark.parametrize("line", [
    "Follow Hallyu Ledger on Facebook, Twitter and Instagram.",
    "Sign up for our free daily newsletter.",
    "Reporting by Ana Kovac; editing by Tomas Berg",
    "Have a tip? Mira Solberg may be reached at mira@hallyuledger.example.",
    "Advertisement",
    "12 Comments",
    "Ji-ho Park | Studio Lumen | Getty Images",
    "Set photos: STUDIO LUMEN / AFP",
    "GETTY İMAGES for Studio Lumen",
    "[caption id=attachment_7] The cast at the read-through",
    "Set pictures COURTESY OF Studio Lumen",
])
def test_drops_calls_to_action_credits_and_labels(line: str) -> None:
    article = "".join(f"<p>{FILLER} ({i})</p>" for i in range(4))
    html = f"<html><body><div class='article-body'>{article}<p>{line}</p></div></body></html>"
    body = extract_body(parse_page(html, URL), NO_META)
    assert body.count(FILLER) == 4
    assert line not in body


def test_teaser_list_beside_the_article_is_left_out() -> None:
    article = "".join(f"<p>{FILLER} ({i})</p>" for i in range(5))
    teasers = "".join(f"<li><a href='/{i}'>Other story {i}</a><span>A long cut-off excerpt of another story that "
                      f"goes on for a while about something else entirely...</span></li>" for i in range(6))
    html = (f"<html><body><div class='main'><div class='latest'><ul>{teasers}</ul></div>"
            f"<div class='story'>{article}</div></div></body></html>")
    body = extract_body(parse_page(html, URL), NO_META)
    assert body.count(FILLER) == 5
    assert "cut-off excerpt" not in body


def test_story_inside_an_aside_layout_is_still_found() -> None:
    article = "".join(f"<p>{FILLER} ({i})</p>" for i in range(4))
    html = f"<html><body><nav><a href='/'>Home</a></nav><aside class='col secondary'>{article}</aside></body></html>"
    assert extract_body(parse_page(html, URL), NO_META).count(FILLER) == 4


def test_long_paragraph_with_a_furniture_class_is_kept() -> None:
    html = ("<html><body><div class='article-body'>" + "".join(f"<p class='paywall'>{FILLER} {FILLER}</p>"
                                                              for _ in range(3)) + "</div></body></html>")
    assert extract_body(parse_page(html, URL), NO_META).count(FILLER) == 6


def test_jsonld_article_body_stands_in_for_an_empty_container() -> None:
    html = ('<html><head><script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
            '{"@type": "NewsArticle", "headline": "H", "articleBody": "First paragraph of the story.\\n'
            + FILLER + '\\n' + FILLER + '"}]}</script></head><body><div id="root"></div></body></html>')
    assert extract_body(parse_page(html, URL), NO_META).split("\n\n") == ["First paragraph of the story.", FILLER,
                                                                          FILLER]


def test_page_text_is_preferred_over_jsonld() -> None:
    article = "".join(f"<p>{FILLER} ({i})</p>" for i in range(4))
    html = ('<html><head><script type="application/ld+json">{"@type": "NewsArticle", "articleBody": "Short."}'
            f'</script></head><body><article>{article}</article></body></html>')
    assert extract_body(parse_page(html, URL), NO_META).count(FILLER) == 4


def test_auto_linked_names_inside_sentences_are_kept() -> None:
    html = ("<html><body><article><p><a href='/tag/x/' id='auto-tag_studio_1'>Studio Lumen</a> confirmed the "
            f"news on Monday. {FILLER}</p><p>{FILLER}<span class='sr-only'>Opens in a new window</span></p>"
            f"<p>{FILLER}</p></article></body></html>")
    body = extract_body(parse_page(html, URL), NO_META)
    assert body.startswith("Studio Lumen confirmed the news on Monday.")
    assert "Opens in a new window" not in body


def test_source_footnote_line_is_dropped() -> None:
    html = (f"<html><body><article><p>{FILLER}</p><p>{FILLER}</p><p>Source (1) (2)</p></article></body></html>")
    assert extract_body(parse_page(html, URL), NO_META).split("\n\n") == [FILLER, FILLER]


def test_streaming_prose_about_subscriptions_is_kept() -> None:
    line = "Viewers who subscribe to Netflix in Korea can watch the first two episodes from Friday."
    html = f"<html><body><article><p>{FILLER}</p><p>{line}</p><p>{FILLER}</p></article></body></html>"
    assert line in extract_body(parse_page(html, URL), NO_META)


def test_prose_telling_fans_to_follow_someone_is_kept() -> None:
    line = "The actress told fans to follow her on Instagram for behind-the-scenes photos from the set."
    html = f"<html><body><article><p>{FILLER}</p><p>{line}</p><p>{FILLER}</p></article></body></html>"
    assert line in extract_body(parse_page(html, URL), NO_META)


def test_invisible_characters_are_removed() -> None:
    html = (f"<html><body><article><p>Zero\u200bwidth and soft\u00adhyphen. {FILLER}</p><p>{FILLER}</p>"
            "</article></body></html>")
    assert extract_body(parse_page(html, URL), NO_META).startswith("Zerowidth and softhyphen.")


def test_text_helpers_agree_with_the_xpath_string_value() -> None:
    """Issue 5 (speed): the serialiser-based ``STRING`` and the libxml2 ``text_len`` stand in for
    XPath ``string()`` and ``len(norm(...))``; they must read the same text."""
    page = parse_page((FIXTURES / "kdrama_news.html").read_bytes(), URL)
    string_value = lxml.etree.XPath("string()")
    for el in page.tree.iter(lxml.etree.Element):
        assert STRING(el) == string_value(el)
        assert text_len(el) == len(norm(STRING(el)))


def test_text_holder_of_exactly_the_minimum_length_still_scores() -> None:
    """The in-XPath length filter keeps a holder whose one run is exactly the minimum length."""
    run = "A" * 24 + "."
    html = (f"<html><body><div class='copy'>{run}<br><b> </b></div><div class='less'>{run[1:]}<br></div>"
            "</body></html>")
    scores = score_paragraphs(parse_page(html, URL).tree.find("body")).scores
    assert [el.get("class") for el in scores if el.tag == "div"] == ["copy"]


@pytest.mark.parametrize("line", ["For the backstory, READ OUR interview with the director.",
                                  "Fans can Catch up on all episodes before the finale airs."])
def test_linked_pointer_lines_are_dropped_whatever_their_case(line: str) -> None:
    article = "".join(f"<p>{FILLER} ({i})</p>" for i in range(4))
    linked = line.replace("interview", "<a href='/i/'>interview</a>").replace("episodes", "<a href='/e/'>episodes</a>")
    html = f"<html><body><div class='article-body'>{article}<p>{linked}</p></div></body></html>"
    body = extract_body(parse_page(html, URL), NO_META)
    assert body.count(FILLER) == 4
    assert "backstory" not in body and "finale airs" not in body


def _body_of(article: str) -> list[str]:
    html = (f"<html><head><title>Weekend picks</title></head><body><article>{article}</article>"
            "<footer>© Couch Guide</footer></body></html>")
    return extract(html, URL, facts=False).body.split("\n\n")


def test_titled_subheadings_stay_when_prose_follows_them() -> None:
    picks = "".join(f'<h2 class="pick__title">{name}</h2><p>{FILLER}</p>' for name in ("Night Ward (Netflix)",
                                                                                   "Salt Road (Disney+)"))
    related = '<h3 class="component__title">World</h3><h3 class="component__title">Popular</h3>'
    paragraphs = _body_of(picks + related)
    assert paragraphs == ["Night Ward (Netflix)", FILLER, "Salt Road (Disney+)", FILLER]


def test_a_pull_quote_that_repeats_the_article_is_left_out_and_one_of_its_own_stays() -> None:
    line = "I was so nervous filming it that I forgot my lines three times."
    repeated = (f"<p>{FILLER} Then the actor laughed. {line}</p>"
                f'<div class="kl-pullquote"><blockquote><p>“{line}”</p></blockquote></div><p>{FILLER}</p>')
    assert _body_of(repeated) == [f"{FILLER} Then the actor laughed. {line}", FILLER]
    own = f'<p>{FILLER}</p><blockquote class="wp-block-pullquote"><p>“{line}”</p></blockquote><p>{FILLER}</p>'
    assert _body_of(own) == [FILLER, f"“{line}”", FILLER]
