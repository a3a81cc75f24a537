"""Opening databases, URL handling, SQLite pragmas, timestamps and the Alembic migrations."""

from __future__ import annotations

import sqlite3
import tomllib
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from storage import models as m
from storage.db import Database, DatabaseError, open_database, parse_url
from storage.migrate import alembic_config, current_revision, head_revision, upgrade
from storage.writes import start_run


def test_fresh_database_migrates_to_head(db: Database) -> None:
    assert head_revision() == "0002"
    assert current_revision(db.engine) == head_revision()


def test_a_0001_database_is_upgraded_in_place(db_url: str) -> None:
    """Data survives; duplicate open failures from racing crawls are merged before the unique index."""
    db = open_database(db_url, migrate=False)
    upgrade(db.engine, "0001")
    when = datetime(2025, 9, 23, tzinfo=UTC)
    with db.session() as session:
        for attempt in range(3):
            session.add(m.Failure(url="https://a.test/x", url_key="https://a.test/x", stage="fetch", reason="timeout",
                                  message=f"try {attempt}", first_seen=when, last_seen=when, attempts=1))
    upgrade(db.engine)
    assert current_revision(db.engine) == "0002"
    with db.session() as session:
        rows = session.query(m.Failure).order_by(m.Failure.id).all()
    db.dispose()
    assert [(row.message, row.resolved) for row in rows] == [("try 0", True), ("try 1", True), ("try 2", False)]
    assert rows[0].resolution_note and "duplicate" in rows[0].resolution_note


def test_every_migration_downgrades_and_upgrades_again(db: Database) -> None:
    config = alembic_config()
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
    assert current_revision(db.engine) is None
    upgrade(db.engine)
    assert current_revision(db.engine) == head_revision()


def test_a_database_from_a_newer_showbeat_is_refused_clearly(db: Database) -> None:
    with db.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(DatabaseError, match="at revision 9999"):
        open_database(db.url)


def test_models_and_migrations_agree(db: Database) -> None:
    """The ``alembic check`` of this project: autogenerate finds nothing to change."""
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True, "compare_server_default": True})
        assert compare_metadata(context, m.Base.metadata) == []


def test_reopening_a_migrated_database_keeps_the_data(db_url: str) -> None:
    first = open_database(db_url)
    with first.session() as session:
        run_id = start_run(session, sources=["feeds"], pid=1)
    first.dispose()
    again = open_database(db_url)
    with again.session() as session:
        assert session.get(m.CrawlRun, run_id) is not None
    again.dispose()


def test_migrate_false_leaves_the_schema_alone(tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "empty.db"), migrate=False)
    assert current_revision(db.engine) is None
    db.dispose()


def test_sqlite_file_gets_parent_dirs_wal_foreign_keys_and_busy_timeout(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "dir" / "showbeat.db"
    db = open_database(f"sqlite:///{path}")
    with db.engine.connect() as connection:
        pragma = {name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()
                  for name in ("journal_mode", "foreign_keys", "busy_timeout")}
    db.dispose()
    assert path.exists()
    assert pragma == {"journal_mode": "wal", "foreign_keys": 1, "busy_timeout": 30_000}


def test_a_plain_path_means_a_sqlite_file(tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "plain.db"))
    db.dispose()
    with sqlite3.connect(tmp_path / "plain.db") as raw:
        assert ("alembic_version",) in raw.execute("SELECT name FROM sqlite_master").fetchall()


@pytest.mark.parametrize("given", ["postgres://u@h/db", "postgresql://u@h/db", "postgresql+psycopg://u@h/db"])
def test_postgres_urls_are_pointed_at_psycopg(given: str) -> None:
    assert parse_url(given).render_as_string() == "postgresql+psycopg://u@h/db"


@pytest.mark.parametrize("url", ["mysql://u@h/db", "nonsense://", "postgresql://u@h:port/db", "  "])
def test_bad_urls_raise_one_line_database_error(url: str) -> None:
    with pytest.raises(DatabaseError) as caught:
        open_database(url)
    assert "\n" not in str(caught.value) and str(caught.value)


def test_unreachable_server_raises_one_line_database_error() -> None:
    # Port 9 (discard) on loopback is closed here: the connection is refused at once.
    with pytest.raises(DatabaseError, match="cannot connect") as caught:
        open_database("postgresql://postgres@127.0.0.1:9/test")
    assert "\n" not in str(caught.value)
    assert caught.value.__cause__ is None and caught.value.__suppress_context__


def test_session_commits_on_success_and_rolls_back_on_error(db: Database) -> None:
    with pytest.raises(RuntimeError), db.session() as session:
        start_run(session, sources=["lost"], pid=1)
        raise RuntimeError("boom")
    with db.session() as session:
        kept = start_run(session, sources=["kept"], pid=1)
    with db.session(readonly=True) as session:
        assert [run.sources for run in session.query(m.CrawlRun)] == [["kept"]]
        assert session.get(m.CrawlRun, kept) is not None


def test_timestamps_come_back_aware_in_utc(db: Database) -> None:
    seoul = timezone(timedelta(hours=9))
    when = datetime(2025, 9, 23, 18, 30, tzinfo=seoul)
    with db.session() as session:
        session.add(m.CrawlRun(sources=[], started_at=when, status="finished"))
    with db.session() as session:
        stored = session.query(m.CrawlRun).one().started_at
    assert stored == when and stored.tzinfo == UTC and stored.hour == 9


def test_naive_timestamps_are_refused(db: Database) -> None:
    with pytest.raises(Exception, match="naive datetime"), db.session() as session:
        session.add(m.CrawlRun(sources=[], started_at=datetime(2025, 1, 1), status="running"))
        session.flush()


def test_the_wheel_ships_every_migration() -> None:
    """pyproject's package-data globs must cover env.py and every version script."""
    root = Path(__file__).resolve().parents[1]
    patterns = tomllib.loads((root / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]["storage"]
    shipped = {path for pattern in patterns for path in (root / "storage").glob(pattern)}
    needed = set((root / "storage" / "migrations").rglob("*.py"))
    assert needed and needed <= shipped
