"""URL normalisation collapses tracking, AMP and host variants to one article key (issue 4)."""

from __future__ import annotations

import pytest

from pipelines.urls import absolutize, domain_of, normalize_url


@pytest.mark.parametrize(
    "variant",
    [
        "https://www.news.example/tv/story-123?utm_source=x&utm_medium=y",
        "http://news.example/tv/story-123/",
        "https://news.example/tv/story-123/amp",
        "https://amp.news.example/tv/story-123",
        "https://news.example/tv/story-123?fbclid=abc#comments",
        "https://NEWS.example/tv/story-123?gclid=1",
    ],
)
def test_variants_collapse(variant: str) -> None:
    assert normalize_url(variant) == "https://news.example/tv/story-123"


def test_meaningful_query_parameters_stay_sorted() -> None:
    assert normalize_url("https://news.example/view.php?key=9&id=2&utm_term=z") == \
        "https://news.example/view.php?id=2&key=9"


def test_domain_and_absolutize() -> None:
    assert domain_of("https://www.news.example:8080/x") == "news.example"
    assert absolutize("/a/b", "https://news.example/c/d") == "https://news.example/a/b"
    assert absolutize("javascript:void(0)", "https://news.example/") is None
    assert absolutize("  ", "https://news.example/") is None


def test_malformed_urls_never_raise() -> None:
    """A broken IPv6 host or port in a page's links must not cost the page its metadata."""
    assert absolutize("http://[::1", "https://news.example/") is None
    assert absolutize("http://news.example:99999/x", "https://news.example/") is None
    assert domain_of("http://[::1") is None
    assert normalize_url(" http://[::1 ") == "http://[::1"
