"""Several processes on one database: no duplicate articles, and a SIGKILL leaves it consistent."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from pipelines.failures import FailureInfo, Reason, Stage
from storage import articles, failures
from storage import models as m
from storage.db import Database, open_database
from storage.migrate import current_revision, head_revision
from storage.reads import list_failures, list_runs
from storage.writes import interrupt_stale_runs, record_failure, store_article
from tests.test_storage_articles import fetch, record

# A child process: wait for a shared start time, then store the same article (or many articles).
CHILD = """
import json, sys, time
from datetime import UTC, datetime
from pipelines.facts.model import DateFact
from pipelines.record import ArticleRecord, Outlet
from storage.db import open_database
from storage.writes import FetchInfo, start_run, store_article

url, start_at, count, variant = sys.argv[1], float(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
db = open_database(url, migrate=False)
with db.session() as session:
    run_id = start_run(session, sources=["race"])
time.sleep(max(0.0, start_at - time.time()))
for i in range(count):
    page = f"https://race.test/story/{i}" if count > 1 else "https://race.test/story/one"
    fact = DateFact(text="2025", span=(0, 4), sentence="2025 " * 50, value="2025")
    record = ArticleRecord(url=page, canonical_url=page, outlet=Outlet("Race", "race.test"), title=f"story {i}",
                           body="2025 " * 200, published="2025-01-01", facts=(fact,) * 20)
    fetch = FetchInfo(url=page + variant, final_url=page + variant, status=200, fetched_at=datetime.now(UTC))
    with db.session() as session:
        result = store_article(session, record, raw=b"<html>" * 2000, fetch=fetch, run_id=run_id)
    print(json.dumps([result.status, result.article_id]), flush=True)
"""


def spawn(url: str, start_at: float, count: int = 1, variant: str = "") -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", CHILD, url, str(start_at), str(count), variant],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_two_processes_storing_one_url_make_one_article(db: Database, db_url: str) -> None:
    start_at = time.time() + 2.5  # both children are up and waiting by then
    children = [spawn(db_url, start_at), spawn(db_url, start_at, variant="?utm_source=race")]
    outputs = [child.communicate(timeout=120) for child in children]
    assert [child.returncode for child in children] == [0, 0], [err for _, err in outputs]
    results = [json.loads(out) for out, _ in outputs]
    assert sorted(status for status, _ in results) == ["new", "unchanged"]
    assert results[0][1] == results[1][1]
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(m.Article)) == 1
        assert session.scalar(select(func.count()).select_from(m.ArticleVersion)) == 1


def test_sigkill_mid_crawl_leaves_the_database_consistent(db: Database, db_url: str) -> None:
    child = spawn(db_url, time.time(), count=10_000)
    assert child.stdout is not None
    stored = [child.stdout.readline() for _ in range(5)]
    child.send_signal(signal.SIGKILL)
    _, errors = child.communicate(timeout=60)
    assert all(stored), f"the child stopped before storing five articles: {errors}"
    with db.session() as session:
        articles = session.scalars(select(m.Article)).all()
        assert len(articles) >= 5
        for article in articles:  # every committed article is whole: its version and all its facts
            version = session.scalars(select(m.ArticleVersion).filter_by(article_id=article.id)).one()
            assert article.latest_version == version.number == 1
            facts = session.scalar(select(func.count()).select_from(m.Fact).filter_by(version_id=version.id))
            assert facts == len(version.record["facts"]) == 20
        assert interrupt_stale_runs(session) != []
    with db.session() as session:
        assert [run.status for run in list_runs(session)] == ["interrupted"]


def test_losing_the_insert_race_uses_the_winners_article(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """Simulate the race deterministically: our lookup misses a row another process committed."""
    with db.session() as session:
        winner = store_article(session, record(), raw=b"<html/>", fetch=fetch())
    real_find, misses = articles._find, [None]

    def find_after_a_miss(session, keys):  # type: ignore[no-untyped-def]
        return misses.pop() if misses else real_find(session, keys)

    monkeypatch.setattr(articles, "_find", find_after_a_miss)
    with db.session() as session:
        loser = store_article(session, record(), raw=b"<html/>", fetch=fetch())
    assert (loser.status, loser.article_id) == ("unchanged", winner.article_id)
    assert misses == []


def test_losing_the_failure_race_bumps_the_winners_row(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """The partial unique index keeps one open failure per URL and cause under concurrent crawls."""
    info = FailureInfo(url="https://slow.test/a", stage=Stage.FETCH, reason=Reason.TIMEOUT, message="timed out")
    with db.session() as session:
        winner = record_failure(session, info)
    real_open, misses = failures._open_failure, [None]

    def open_after_a_miss(session, key, failure):  # type: ignore[no-untyped-def]
        return misses.pop() if misses else real_open(session, key, failure)

    monkeypatch.setattr(failures, "_open_failure", open_after_a_miss)
    with db.session() as session:
        assert record_failure(session, info) == winner
    with db.session() as session:
        assert [(row.id, row.attempts) for row in list_failures(session)] == [(winner, 2)]
    assert misses == []


OPENER = """
import sys, time
from storage.db import open_database
from storage.migrate import current_revision
time.sleep(max(0.0, float(sys.argv[2]) - time.time()))
db = open_database(sys.argv[1])
print(current_revision(db.engine))
db.dispose()
"""


def test_two_processes_opening_a_fresh_database_migrate_it_once(db_url: str) -> None:
    start_at = time.time() + 2.5
    children = [subprocess.Popen([sys.executable, "-c", OPENER, db_url, str(start_at)], stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [child.communicate(timeout=120) for child in children]
    assert [child.returncode for child in children] == [0, 0], [err for _, err in outputs]
    assert [out.strip() for out, _ in outputs] == [head_revision()] * 2


def test_opening_waits_for_another_process_holding_a_fresh_file(tmp_path: Path) -> None:
    """A fresh SQLite file locked by another connection (as a second crawl opening it at the same
    moment does) makes opening wait for the lock rather than fail with "database is locked"."""
    path = tmp_path / "fresh.db"
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("CREATE TABLE held (x INTEGER)")
    release = threading.Timer(0.5, holder.execute, args=("COMMIT",))
    release.start()
    try:
        db = open_database(f"sqlite:///{path}")
        assert current_revision(db.engine) == head_revision()
        db.dispose()
    finally:
        release.join()
        holder.close()
