"""``showbeat failures``: show, resolve, retry on the kept page, retry with a new fetch, incomplete."""

from __future__ import annotations

import json
from pathlib import Path

from pipelines.failures import FailureInfo, Reason, Stage
from scraper.demo import demo_root
from scraper.localsite import serve
from storage.db import open_database
from storage.writes import record_failure
from tests.cli_helpers import assert_one_line_error, copy_demo_database, run_cli, run_json

GOOD_PAGE = "news/2026/03/trauma-code-season-two-new-cast.html"


def failure_id(db: str, reason: str) -> int:
    return next(f["id"] for f in run_json("failures", "--db", db) if f["reason"] == reason)


def add_failure(db_url: str, info: FailureInfo) -> int:
    database = open_database(db_url)
    try:
        with database.session() as session:
            return record_failure(session, info)
    finally:
        database.dispose()


def test_show_prints_the_failure_and_writes_the_kept_page(tmp_path: Path) -> None:
    db = copy_demo_database(tmp_path)
    gallery = failure_id(db, "no_body")
    shown = run_cli("failures", "--db", db, "show", str(gallery))  # options before the subcommand count too
    assert shown.returncode == 0, shown.stderr
    assert "red-carpet-gallery.html" in shown.stdout and "no_body" in shown.stdout
    assert "attempts:      1" in shown.stdout
    out = tmp_path / "kept.html"
    written = run_cli("failures", "show", str(gallery), "--html", str(out), "--db", db)
    assert written.returncode == 0, written.stderr
    assert out.read_bytes() == (demo_root() / "k-drama/2026/11/red-carpet-gallery.html").read_bytes()
    missing = failure_id(db, "robots_disallowed")
    line = assert_one_line_error(run_cli("failures", "show", str(missing), "--html", str(out), "--db", db), 2)
    assert "kept no page" in line


def test_resolve_hides_a_failure_until_all(tmp_path: Path) -> None:
    db = copy_demo_database(tmp_path)
    target = failure_id(db, "robots_disallowed")
    result = run_cli("failures", "resolve", str(target), "--note", "embargoed on purpose", "--db", db)
    assert result.returncode == 0, result.stderr
    assert target not in [f["id"] for f in run_json("failures", "--db", db)]
    everything = run_json("failures", "list", "--all", "--db", db)
    resolved = next(f for f in everything if f["id"] == target)
    assert resolved["resolved"] and resolved["resolution_note"] == "embargoed on purpose"
    again = run_cli("failures", "resolve", str(target), "--note", "twice", "--db", db)
    assert "no open failure" in assert_one_line_error(again, 2)


def test_retry_still_failing_counts_another_attempt(tmp_path: Path) -> None:
    db = copy_demo_database(tmp_path)
    gallery = failure_id(db, "no_body")
    result = run_cli("failures", "retry", str(gallery), "--db", db)
    assert result.returncode == 1
    assert "still failing" in result.stdout and "no_body" in result.stdout
    detail = run_json("failures", "show", str(gallery), "--db", db)
    assert detail["attempts"] == 2 and not detail["resolved"]


def test_retry_stores_a_kept_page_the_current_code_can_read(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'retry.db'}"
    url = "http://kscreeninsider.test/" + GOOD_PAGE
    raw = (demo_root() / GOOD_PAGE).read_bytes()
    kept = add_failure(db, FailureInfo(url=url, stage=Stage.EXTRACT, reason=Reason.NO_BODY, message="old parser",
                                       outlet="K-Screen Insider", http_status=200, raw=raw,
                                       content_type="text/html; charset=utf-8"))
    result = run_cli("failures", "retry", str(kept), "--db", db)
    assert result.returncode == 0, result.stderr + result.stdout
    assert "stored" in result.stdout
    assert [a["url"] for a in run_json("articles", "--db", db)] == [url]
    assert run_json("failures", "--db", db) == []
    assert run_json("failures", "show", str(kept), "--db", db)["resolved"]


def test_retry_fetch_failures_need_refetch_which_crawls_again(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'refetch.db'}"
    with serve(demo_root()) as site:
        url = f"{site.base_url}/{GOOD_PAGE}"
        kept = add_failure(db, FailureInfo(url=url, stage=Stage.FETCH, reason=Reason.HTTP_ERROR,
                                           message="HTTP 503", http_status=503))
        skipped = run_cli("failures", "retry", "--all", "--db", db)
        assert skipped.returncode == 0 and "use --refetch" in skipped.stdout
        result = run_cli("failures", "retry", str(kept), "--refetch", "--db", db)
    assert result.returncode == 0, result.stderr + result.stdout
    assert f"{url}: stored" in result.stdout
    assert run_json("articles", "--db", db)[0]["title"].startswith("Two new doctors")
    assert run_json("failures", "--db", db) == []


def test_retry_needs_ids_or_all(tmp_path: Path) -> None:
    line = assert_one_line_error(run_cli("failures", "retry", "--db", str(tmp_path / "x.db")), 2)
    assert "IDs or --all" in line


def test_incomplete_articles_are_listed(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'incomplete.db'}"
    database = open_database(db)
    try:
        from datetime import UTC, datetime

        from pipelines.record import ArticleRecord, Outlet
        from storage.writes import FetchInfo, store_article

        record = ArticleRecord(url="http://example.test/short", outlet=Outlet("Example", "example.test"),
                               title=None, body="The Trauma Code returns.", shows=("the-trauma-code",))
        fetch = FetchInfo(url=record.url, final_url=record.url, status=200, fetched_at=datetime.now(UTC))
        with database.session() as session:
            store_article(session, record, raw=b"<html></html>", fetch=fetch)
    finally:
        database.dispose()
    rows = run_json("failures", "list", "--incomplete", "--db", db)
    assert [(r["url"], sorted(r["missing"])) for r in rows] == [(record.url, ["body", "published", "title"])]
    listing = run_cli("failures", "--db", db)
    assert "1 stored article is incomplete" in listing.stdout
    assert json.loads(run_cli("failures", "--db", db, "--json").stdout) == []
