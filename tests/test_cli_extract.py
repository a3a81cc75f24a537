"""``showbeat extract``: one saved page, one URL or one plain-text body, printed as the spec record."""

from __future__ import annotations

import json
from pathlib import Path

from scraper.demo import demo_root
from scraper.localsite import serve
from tests.cli_helpers import assert_one_line_error, run_cli

SPEC_TYPES = {"url": str, "canonical_url": (str, type(None)), "outlet": dict, "title": (str, type(None)),
              "authors": list, "published": (str, type(None)), "modified": (str, type(None)),
              "language": (str, type(None)), "body": str, "shows": list, "social_posts": list, "facts": list}
PAGE = "2026/02/trauma-code-renewed-seasons-two-three.html"
PAGE_URL = "http://www.dramawiredaily.test/" + PAGE


def check_spec_record(record: dict) -> None:
    """Field names in the spec's order, each of the spec's type; facts slice the body."""
    assert list(record) == list(SPEC_TYPES)
    for name, kind in SPEC_TYPES.items():
        assert isinstance(record[name], kind), name
    assert set(record["outlet"]) == {"name", "domain"}
    for post in record["social_posts"]:
        assert set(post) == {"platform", "author", "handle", "url", "text", "posted"}
    for fact in record["facts"]:
        assert {"type", "text", "span", "sentence"} <= set(fact)
        start, end = fact["span"]
        assert record["body"][start:end] == fact["text"]
        assert fact["text"] in fact["sentence"]


def test_extract_saved_page_as_json() -> None:
    result = run_cli("extract", str(demo_root() / PAGE), "--url", PAGE_URL, "--json")
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    check_spec_record(record)
    assert record["url"] == PAGE_URL
    assert record["outlet"] == {"name": "Drama Wire Daily", "domain": "dramawiredaily.test"}
    assert record["published"].startswith("2026-02-12")
    assert record["shows"] == ["the-trauma-code"]
    assert any(f["type"] == "date" and f["value"] == "2026-H2" for f in record["facts"])


def test_extract_url_over_http() -> None:
    with serve(demo_root()) as site:
        url = f"{site.base_url}/k-drama/2026/07/trauma-code-season-two-set-photo.html"
        result = run_cli("extract", url, "--json")
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    check_spec_record(record)
    assert record["url"] == url
    assert [p["platform"] for p in record["social_posts"]] == ["instagram", "x"]


def test_extract_readable_summary() -> None:
    result = run_cli("extract", str(demo_root() / PAGE), "--url", PAGE_URL)
    assert result.returncode == 0, result.stderr
    assert "title:     Netflix renews" in result.stdout
    assert "outlet:    Drama Wire Daily (dramawiredaily.test)" in result.stdout
    assert "\n  date " in result.stdout


def test_extract_text_runs_fact_extraction_on_the_body(tmp_path: Path) -> None:
    text = tmp_path / "body.txt"
    text.write_text("Netflix said that the third season will arrive next summer. Filming starts in early 2027.",
                    encoding="utf-8")
    result = run_cli("extract", "--text", str(text), "--published", "2026-06-25", "--json")
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    check_spec_record({**record, "url": ""})  # a text has no URL: null
    assert record["url"] is None and record["title"] is None and record["outlet"] == {"name": None, "domain": None}
    assert record["published"] == "2026-06-25"
    dates = {f["text"]: f["value"] for f in record["facts"] if f["type"] == "date"}
    assert dates.get("next summer") == "2027-SU"
    assert dates.get("early 2027") == "2027"


def test_extract_mistakes(tmp_path: Path) -> None:
    text = tmp_path / "body.txt"
    text.write_text("Filming starts next month.", encoding="utf-8")
    line = assert_one_line_error(run_cli("extract", "--text", str(text)), 2)
    assert "--published" in line
    line = assert_one_line_error(run_cli("extract"), 2)
    assert "PAGE.html" in line
    with serve(demo_root()) as site:
        line = assert_one_line_error(run_cli("extract", f"{site.base_url}/missing.html"), 1)
    assert "HTTP 404" in line
