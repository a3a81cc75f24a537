"""The bundled offline demo site: its pages, sources and broken links, served on 127.0.0.1."""

from __future__ import annotations

import re
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from pipelines import extract
from scraper.config import load_config
from scraper.demo import DEMO_SHOWS, HOSTS, demo_config, demo_proxy, demo_root, demo_sources
from scraper.localsite import serve

SHARED = Path(__file__).resolve().parents[2] / "shared"
BROKEN = {  # URL -> what the demo site answers
    "http://www.dramawiredaily.test/2026/06/trauma-code-set-visit.html": 404,
    "http://kscreeninsider.test/news/2026/10/trauma-code-ost-lineup.html": 500,
    "http://kscreeninsider.test/media/trauma-code-season-two-press-kit": "application/pdf",
}


def article_pages() -> list[Path]:
    root = demo_root()
    skip = ("index.html", "red-carpet-gallery.html", "embargoed-trauma-code-announcement.html")
    pages = [p for p in root.rglob("*.html") if p.name not in skip or p.parent.parent.name == "articles"]
    return sorted(p for p in pages if "/live/" not in str(p) and "/k-drama/page" not in str(p)
                  and p != root / "index.html" and p != root / "k-drama" / "index.html")


def test_the_site_has_at_least_fifteen_articles_in_four_templates() -> None:
    pages = article_pages()
    assert len(pages) >= 15
    markers = {"application/ld+json": 0, 'property="og:site_name" content="K-Screen Insider"': 0,
               "__NEXT_DATA__": 0, "twitter-tweet": 0, "youtube.com/embed": 0, "instagram-media": 0}
    for page in pages:
        text = page.read_text(encoding="utf-8")
        for marker in markers:
            markers[marker] += marker in text
    assert all(markers.values()), markers


@pytest.mark.parametrize("page", article_pages(), ids=lambda p: str(p.relative_to(demo_root())))
def test_every_article_extracts(page: Path) -> None:
    record = extract(page.read_bytes(), "http://demo.test/" + str(page.relative_to(demo_root())))
    assert record.title and record.published and len(record.body) >= 300
    assert record.outlet.name in HOSTS


def test_every_source_and_link_answers_through_the_proxy() -> None:
    with serve(demo_root()) as site, demo_proxy(site.base_url):
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({"http": site.base_url}))
        links: list[str] = []
        for source in demo_sources():
            with opener.open(source.url, timeout=10) as response:
                text = response.read().decode("utf-8")
            links += re.findall(r"<(?:link|loc)>(http://[^<]+)</", text)
            paths = re.findall(r'href="(/k-drama/\d[^"]+)"', text)
            links += [f"http://{HOSTS['Seoul Spotlight']}{path}" for path in paths]
        answers = {link: _answer(opener, link) for link in links}
    for link, expected in BROKEN.items():
        assert answers.pop(link) == expected, link
    assert answers.pop("http://www.streamlineweekly.test/drafts/embargoed-trauma-code-announcement.html") == 200
    assert len(answers) >= 14 and set(answers.values()) == {200}


def _answer(opener: urllib.request.OpenerDirector, url: str) -> int | str:
    try:
        with opener.open(url, timeout=10) as response:
            kind = response.headers.get_content_type()
            return 200 if kind == "text/html" else kind
    except urllib.error.HTTPError as error:
        return error.code


def test_demo_proxy_restores_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    monkeypatch.setenv("http_proxy", "http://proxy.example:3128")
    monkeypatch.delenv("NO_PROXY", raising=False)
    with demo_proxy("http://127.0.0.1:9"):
        assert os.environ["http_proxy"] == "http://127.0.0.1:9"
    assert os.environ["http_proxy"] == "http://proxy.example:3128" and "NO_PROXY" not in os.environ


def test_demo_config_replaces_sources_and_keeps_the_users_database() -> None:
    config = load_config(None, db_url="sqlite:///mine.db")
    demo = demo_config(config)
    assert demo.database_url == "sqlite:///mine.db"
    assert [s.kind for s in demo.sources] == ["feed", "feed", "sitemap", "listing"]
    assert {s.outlet for s in demo.sources} == set(HOSTS)
    assert demo.crawl.delay == 0 and demo.crawl.obey_robots
    slugs = [s.slug for s in demo.shows]
    assert slugs[0] == "the-trauma-code" and all(s.slug in slugs for s in DEMO_SHOWS)


def test_robots_txt_disallows_the_drafts() -> None:
    assert "Disallow: /drafts/" in (demo_root() / "robots.txt").read_text(encoding="utf-8")


@pytest.mark.skipif(not (SHARED / "gold").is_dir(), reason="shared/gold is not beside the repository")
def test_no_sentence_is_copied_from_the_gold_pages() -> None:
    demo_text = " ".join(p.read_text(encoding="utf-8") for p in demo_root().rglob("*.html"))
    demo_words = " ".join(re.sub(r"<[^>]+>", " ", demo_text).split())
    for gold in (SHARED / "gold").glob("*.json"):
        for sentence in re.findall(r"[A-Z][^.!?\"]{60,}[.!?]", gold.read_text(encoding="utf-8")):
            assert sentence not in demo_words, gold.name
