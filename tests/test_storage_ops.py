"""Failures, crawl runs, page states, incomplete articles and raw versions for reprocessing."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, date, datetime, timedelta

import pytest

from pipelines.failures import FailureInfo, Reason, Stage
from storage.db import Session
from storage.reads import (
    count_raw_versions,
    get_failure,
    group_failures,
    iter_raw_versions,
    list_failures,
    list_incomplete,
    list_runs,
)
from storage.writes import (
    FetchInfo,
    finish_run,
    interrupt_stale_runs,
    page_states,
    record_failure,
    remember_seen,
    resolve_failure,
    resolve_failures_for,
    start_run,
    update_run,
)
from tests.test_storage_articles import fetch, record, store

T0 = datetime(2025, 9, 23, 8, 0, tzinfo=UTC)


def failure(url: str = "https://slow.test/a", reason: Reason = Reason.TIMEOUT, outlet: str | None = "Slow",
            **extra: object) -> FailureInfo:
    return FailureInfo(url=url, stage=Stage.FETCH, reason=reason, message=f"{reason} at {url}", outlet=outlet,
                       **extra)  # type: ignore[arg-type]


# failures

def test_a_repeated_failure_bumps_attempts_and_last_seen(session: Session) -> None:
    first = record_failure(session, failure(raw=b"<html>old</html>"), at=T0)
    again = record_failure(session, failure("https://slow.test/a?utm_source=x", http_status=504), at=T0 + timedelta(1))
    assert again == first
    [row] = list_failures(session)
    assert (row.attempts, row.first_seen, row.last_seen, row.http_status) == (2, T0, T0 + timedelta(1), 504)
    detail = get_failure(session, first)
    assert detail is not None and detail.raw == b"<html>old</html>" and detail.has_raw
    assert get_failure(session, 999) is None


def test_a_different_reason_or_a_resolved_failure_starts_a_new_row(session: Session) -> None:
    first = record_failure(session, failure())
    other = record_failure(session, failure(reason=Reason.HTTP_ERROR, http_status=500))
    assert other != first
    assert resolve_failure(session, first, "server fixed") is True
    assert resolve_failure(session, first, "twice") is False
    assert record_failure(session, failure()) not in (first, other)
    resolved = [row for row in list_failures(session, include_resolved=True) if row.resolved]
    assert [(row.id, row.resolution_note) for row in resolved] == [(first, "server fixed")]


def test_resolve_failures_for_matches_the_normalized_url(session: Session) -> None:
    record_failure(session, failure())
    record_failure(session, failure(reason=Reason.NOT_HTML))
    record_failure(session, failure("https://slow.test/b"))
    assert resolve_failures_for(session, "http://www.slow.test/a/?fbclid=1", note="fixed by hand") == 2
    assert [row.url for row in list_failures(session)] == ["https://slow.test/b"]


def test_list_and_group_failures_by_reason_and_outlet(session: Session) -> None:
    record_failure(session, failure("https://slow.test/1"), at=T0)
    record_failure(session, failure("https://slow.test/1"), at=T0 + timedelta(hours=1))
    record_failure(session, failure("https://slow.test/2", reason=Reason.NOT_HTML), at=T0)
    record_failure(session, failure("https://fast.test/3", outlet="Fast"), at=T0 + timedelta(days=3))
    record_failure(session, failure("https://nowhere.test/4", outlet=None), at=T0)
    by_reason = group_failures(session, by="reason")
    assert [(g.key, g.count, g.attempts) for g in by_reason] == [("timeout", 3, 4), ("not_html", 1, 1)]
    assert by_reason[0].last_seen == T0 + timedelta(days=3) and by_reason[0].last_seen.tzinfo == UTC
    by_outlet = group_failures(session, by="outlet", reason="timeout")
    assert [(g.key, g.count) for g in by_outlet] == [("Fast", 1), ("Slow", 1), (None, 1)]  # ties by name, None last
    assert [r.url for r in list_failures(session, outlet="slow", reason="timeout")] == ["https://slow.test/1"]
    assert [r.url for r in list_failures(session, outlet="www.nowhere.test")] == ["https://nowhere.test/4"]
    assert [r.url for r in list_failures(session, since=date(2025, 9, 25))] == ["https://fast.test/3"]
    assert list_failures(session, stage="extract") == []
    with pytest.raises(ValueError):
        group_failures(session, by="stage")  # type: ignore[arg-type]


def test_a_failed_page_gets_a_failed_state_but_an_article_keeps_its_own(session: Session) -> None:
    record_failure(session, failure("https://slow.test/a"))
    store(session)
    record_failure(session, failure(fetch().url))
    states = page_states(session, ["https://slow.test/a", fetch().url])
    assert [state.kind for state in states.values()] == ["failed", "article"]


# page states

def test_seen_pages_are_remembered_with_title_and_validators(session: Session) -> None:
    info = FetchInfo(url="https://blog.test/p?id=7&utm_campaign=z", final_url="https://blog.test/recipes/kimchi",
                     status=200, fetched_at=T0, etag="W/\"1\"", lastmod="2025-09-01")
    remember_seen(session, fetch=info, title="Kimchi at home", outlet="Blog")
    states = page_states(session, ["https://blog.test/recipes/kimchi/", "https://blog.test/p?id=7"])
    assert {(s.kind, s.title, s.etag, s.lastmod, s.fetched_at) for s in states.values()} == {
        ("seen", "Kimchi at home", "W/\"1\"", "2025-09-01", T0)}


def test_remember_seen_does_not_demote_a_stored_article(session: Session) -> None:
    store(session)
    later = fetch(at=T0 + timedelta(days=2), etag='"2"')
    remember_seen(session, fetch=later, title="whatever", outlet=None)
    state = page_states(session, [later.url])[later.url]
    assert (state.kind, state.etag, state.fetched_at) == ("article", '"2"', T0 + timedelta(days=2))


# runs

def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_run_starts_updates_and_finishes(session: Session) -> None:
    run_id = start_run(session, sources=["feeds", "sitemaps"])
    update_run(session, run_id, {"requests": 10, "new": 2})
    [running] = list_runs(session)
    assert (running.status, running.counts["requests"], running.duration) == ("running", 10, None)
    finish_run(session, run_id, status="finished", counts={"requests": 12, "new": 3, "failures": 1})
    [done] = list_runs(session)
    assert (done.status, done.sources) == ("finished", ("feeds", "sitemaps"))
    assert done.counts == {"requests": 12, "not_modified": 0, "new": 3, "updated": 0, "unchanged": 0, "seen": 0,
                           "skipped": 0, "failures": 1}
    assert done.duration is not None and done.duration >= timedelta(0)


def test_bad_counters_and_statuses_are_refused(session: Session) -> None:
    run_id = start_run(session, sources=[])
    with pytest.raises(ValueError, match="unknown run counters: bogus"):
        update_run(session, run_id, {"bogus": 1})
    with pytest.raises(ValueError, match="run status"):
        finish_run(session, run_id, status="running", counts={})


def test_stale_runs_with_a_dead_pid_are_interrupted(session: Session) -> None:
    alive = start_run(session, sources=["a"])  # this process
    dead = start_run(session, sources=["b"], pid=dead_pid())
    assert interrupt_stale_runs(session) == [dead]
    assert interrupt_stale_runs(session) == []
    statuses = {run.id: (run.status, run.finished_at is not None) for run in list_runs(session)}
    assert statuses == {alive: ("running", False), dead: ("interrupted", True)}
    assert len(list_runs(session, limit=1)) == 1


# soft failures and raw pages

def test_incomplete_articles_name_what_is_missing(session: Session) -> None:
    store(session)
    teaser = "https://example-news.test/teaser"
    store(session, record(url=teaser, canonical_url=teaser, published=None, body="Short."), info=fetch(teaser))
    untitled = "https://example-news.test/untitled"
    store(session, record(url=untitled, canonical_url=untitled, title=None), info=fetch(untitled))
    assert [(a.url, a.missing) for a in list_incomplete(session)] == [
        (teaser, ("published", "body")), (untitled, ("title",))]


def test_raw_versions_come_back_decompressed(session: Session) -> None:
    store(session, raw=b"<html>one</html>")
    store(session, record(title="Changed"), raw=b"<html>two</html>", info=fetch(at=T0 + timedelta(days=1)))
    assert [v.raw for v in iter_raw_versions(session)] == [b"<html>two</html>"]
    assert (count_raw_versions(session), count_raw_versions(session, all_versions=True)) == (1, 2)
    assert count_raw_versions(session, outlet="example-news.test", since=date(2025, 9, 24), all_versions=True) == 1
    every = list(iter_raw_versions(session, all_versions=True))
    assert [(v.number, v.raw) for v in every] == [(1, b"<html>one</html>"), (2, b"<html>two</html>")]
    assert [v.number for v in iter_raw_versions(session, since=date(2025, 9, 24), all_versions=True)] == [2]
    assert list(iter_raw_versions(session, outlet="nobody.test")) == []
    assert every[0].outlet == "Example News" and every[0].published_date == date(2025, 9, 23)
