"""Site names cut from titles: which marks separate a site's name and which belong to the headline."""

from __future__ import annotations

import pytest

from pipelines.meta.titles import strip_site

SITE = ["Harbor Ledger"]


@pytest.mark.parametrize(("title", "expected"), [
    ("Cast reunites for a table read « Harbor Ledger", "Cast reunites for a table read"),
    ("Cast reunites for a table read » Harbor Ledger", "Cast reunites for a table read"),
    ("Who won the night? « Harbor Ledger", "Who won the night?"),
    ("«Night Shift» returns | Harbor Ledger", "«Night Shift» returns"),
    ("Critics on «Night Shift» | Harbor Ledger", "Critics on «Night Shift»"),
    ("Harbor Ledger | Cast reunites", "Cast reunites"),
    ("Cast reunites|Harbor Ledger", "Cast reunites"),
])
def test_separators_are_cut_with_the_site_name(title: str, expected: str) -> None:
    assert strip_site(title, SITE) == expected


@pytest.mark.parametrize("title", [
    "Reviews: «Night Shift», «Second Wind», «Open Water»…",
    "Is this the end?",
    "Three premieres to watch: «Night Shift», «Second Wind»",
])
def test_quotation_marks_and_closing_punctuation_stay(title: str) -> None:
    assert strip_site(title, SITE) == title
    assert strip_site(f"{title} - Harbor Ledger", SITE) == title
