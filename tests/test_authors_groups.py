"""Authors are people: group bylines, publishers named as authors and share-bar junk are dropped."""

from __future__ import annotations

import pytest

from pipelines import extract
from pipelines.meta.authors import split_names

URL = "https://www.harborledger.test/2026/05/story.html"


@pytest.mark.parametrize("raw", ["Harbor Ledger Staff", "Entertainment Desk", "The Newsroom", "Gear Team",
                                 "Get author RSS feed", "harborledger.test, Busan, Korea"])
def test_group_bylines_and_junk_are_no_people(raw: str) -> None:
    assert split_names(raw) == []


def test_people_stay() -> None:
    assert split_names("By Mina Cho and Daniel Reyes") == ["Mina Cho", "Daniel Reyes"]
    assert split_names("Redaktion: Jonas Weber") == ["Jonas Weber"]


def page(head: str, byline: str = "") -> str:
    body = "<p>" + "The drama returns next month with new cast members and a bigger budget. " * 6 + "</p>"
    return (f"<html><head><title>Story</title>{head}</head><body><article><h1>Story</h1>{byline}{body}"
            "</article></body></html>")


def test_an_organization_author_and_the_copyright_holder_are_no_authors() -> None:
    org = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Story", '
           '"author": {"@type": "Organization", "name": "Ledger Media Group"}}</script>')
    assert extract(page(org), URL, facts=False).authors == ()
    meta = ('<meta name="author" content="Ledger Media Group"><meta name="copyright" '
            'content="Copyright (c) Ledger Media Group 2026">')
    assert extract(page(meta), URL, facts=False).authors == ()
    staff = '<meta name="author" content="Harbor Ledger Staff">'
    named = extract(page(staff, '<p class="byline">By Mina Cho</p>'), URL, facts=False)
    assert named.authors == ("Mina Cho",)
