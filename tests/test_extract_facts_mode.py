"""When facts are read: by default only from pages about a tracked show, as the crawl stores only those."""

from __future__ import annotations

import json
from pathlib import Path

from pipelines import extract
from tests.cli_helpers import run_cli

URL = "https://news.example.test/2026/03/story.html"
PARAGRAPH = ("<p>The council said on March 3, 2026 that the new bridge will open next summer, "
             "two years after work began in 2024.</p>")


def page(headline: str) -> str:
    """A small article page whose body names dates; ``headline`` decides what it is about."""
    return (f"<html><head><title>{headline}</title></head><body><article><h1>{headline}</h1>"
            f"{PARAGRAPH * 3}</article></body></html>")


OFF_TOPIC = page("City bridge to open next summer")
ON_TOPIC = page("The Trauma Code: Heroes on Call cast visits the city bridge")


def date_values(record_facts: tuple) -> set[str]:
    return {f.value for f in record_facts if f.type == "date"}


def test_default_reads_facts_only_from_pages_about_a_tracked_show() -> None:
    off = extract(OFF_TOPIC, URL)
    on = extract(ON_TOPIC, URL)
    assert off.shows == () and off.facts == ()
    assert off.body  # the article record itself is complete
    assert on.shows == ("the-trauma-code",)
    assert {"2026-03-03", "2026-SU", "2024"} <= date_values(on.facts)


def test_explicit_modes_override_relevance() -> None:
    assert {"2026-03-03", "2026-SU"} <= date_values(extract(OFF_TOPIC, URL, facts=True).facts)
    assert extract(ON_TOPIC, URL, facts=False).facts == ()


def test_cli_reads_facts_from_any_page_unless_told(tmp_path: Path) -> None:
    saved = tmp_path / "story.html"
    saved.write_text(OFF_TOPIC, encoding="utf-8")
    counts = {}
    for mode in ("always", "auto", "never", None):
        args = ["extract", str(saved), "--url", URL, "--json"] + (["--facts", mode] if mode else [])
        result = run_cli(*args)
        assert result.returncode == 0, result.stderr
        counts[mode] = len(json.loads(result.stdout)["facts"])
    assert counts["always"] == counts[None] > 0
    assert counts["auto"] == counts["never"] == 0
