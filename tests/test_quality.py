"""Page quality: failures (no body, JS shell, undecodable, binary) and soft gaps."""

from __future__ import annotations

from pathlib import Path

from pipelines import extract
from pipelines.failures import Reason
from pipelines.parse import parse_page
from pipelines.quality import MIN_BODY_CHARS, assess, is_incomplete, is_js_shell
from pipelines.record import ArticleRecord

URL = "https://hallyuledger.example/a/"
FIXTURE = Path(__file__).parent / "fixtures" / "body" / "kdrama_news.html"


def check(content: str | bytes) -> tuple[Reason, str] | None:
    page = parse_page(content, URL)
    return assess(page, extract(content, URL, facts=False))


def test_a_real_article_passes() -> None:
    assert check(FIXTURE.read_bytes()) is None


def test_javascript_shell() -> None:
    shell = ('<html><head><script src="/static/app.js"></script></head><body><div id="root"></div>'
             '<noscript>You need to enable JavaScript to run this app.</noscript></body></html>')
    page = parse_page(shell, URL)
    assert is_js_shell(page)
    assert check(shell)[0] is Reason.JS_SHELL


def test_page_without_article_text() -> None:
    reason, message = check("<html><body><nav><a href='/'>Home</a></nav><p>Short.</p></body></html>")
    assert reason is Reason.NO_BODY
    assert "0 characters" in message


def test_a_short_real_brief_is_stored_but_incomplete() -> None:
    brief = "<html><body><article><p>The studio confirmed a second season on Monday, with filming in May.</p>" \
            "</article></body></html>"
    assert check(brief) is None
    assert "body" in is_incomplete(extract(brief, URL, facts=False))


def test_binary_content() -> None:
    assert check(bytes(range(256)) * 40)[0] is Reason.BINARY_CONTENT


def test_undecodable_text() -> None:
    assert check(b"<html><body><p>" + b"\x81\x8d\x8f\x90\x9d" * 200 + b"</p></body></html>")[0] is Reason.UNDECODABLE


def test_is_incomplete_names_missing_fields() -> None:
    assert is_incomplete(ArticleRecord(url=URL)) == ["published", "title", "body"]
    full = ArticleRecord(url=URL, title="T", published="2026-01-01", body="x" * MIN_BODY_CHARS)
    assert is_incomplete(full) == []
