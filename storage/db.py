"""Opening the database: URL handling, engine setup per backend, sessions and migrations.

SQLite is the default (a file; WAL journal, foreign keys, busy timeout); PostgreSQL is used
when the URL says so. Every problem opening or migrating a database becomes a
``DatabaseError`` whose message is one line a user can act on.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, exc
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

# How long a SQLite writer waits for another process's write lock before giving up.
SQLITE_BUSY_TIMEOUT_MS = 30_000
# PostgreSQL: fail fast when the server is not there rather than hang a crawl.
PG_CONNECT_TIMEOUT_S = 10


__all__ = ["Database", "DatabaseError", "Session", "open_database", "parse_url"]


class DatabaseError(Exception):
    """The database cannot be opened, reached or migrated; the message is one line."""


class Database:
    """An open database: the engine plus a session factory.

    ``url`` is the URL as opened (with ``postgresql+psycopg`` for PostgreSQL).
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.url = engine.url.render_as_string(hide_password=True)
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def session(self, *, readonly: bool = False) -> Iterator[Session]:
        """A session in one transaction: commits on success, rolls back on an exception.

        ``readonly``: on SQLite start the transaction deferred so it does not take the write
        lock (writers otherwise begin ``IMMEDIATE`` to avoid lock-upgrade deadlocks).
        """
        bind = self.engine.execution_options(showbeat_readonly=True) if readonly else self.engine
        with self._sessions(bind=bind) as session, session.begin():
            yield session

    def dispose(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()

    def __repr__(self) -> str:
        return f"Database({self.url!r})"


def open_database(url: str, *, migrate: bool = True) -> Database:
    """Open (and by default migrate to the newest schema) the database at ``url``.

    ``url``: a SQLAlchemy URL (``sqlite:///path.db``, ``postgresql+psycopg://...``; also
    ``postgresql://`` and ``postgres://``) or a plain file path, taken as a SQLite file.
    ``migrate``: run the Alembic migrations to head; the schema comes only from them.
    Raises ``DatabaseError`` for a bad URL, an unreachable server or a failed migration.
    """
    engine = _engine(parse_url(url))
    try:
        with engine.connect():
            pass
    except exc.SQLAlchemyError as error:
        engine.dispose()
        raise DatabaseError(f"cannot connect to {_shown(engine.url)}: {_first_line(error)}") from None
    if migrate:
        from storage.migrate import upgrade  # Alembic is only loaded when migrating

        try:
            upgrade(engine)
        except DatabaseError:
            engine.dispose()
            raise
    return Database(engine)


def parse_url(url: str) -> URL:
    """``url`` as a SQLAlchemy URL, PostgreSQL pointed at psycopg 3 and bare paths at SQLite."""
    text = url.strip()
    if not text:
        raise DatabaseError("empty database URL")
    if "://" not in text:
        return URL.create("sqlite", database=str(Path(text).expanduser()))
    for prefix in ("postgres://", "postgresql://"):
        if text.startswith(prefix):
            text = "postgresql+psycopg://" + text[len(prefix):]
    try:
        parsed = make_url(text)
    except (exc.ArgumentError, ValueError):  # ValueError: e.g. a non-numeric port
        raise DatabaseError(f"not a database URL: {url!r}") from None
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise DatabaseError(f"unsupported database {parsed.get_backend_name()!r} in {url!r}: use sqlite or postgresql")
    return parsed


def _engine(url: URL) -> Engine:
    try:
        if url.get_backend_name() == "sqlite":
            return _sqlite_engine(url)
        return create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": PG_CONNECT_TIMEOUT_S})
    except (exc.ArgumentError, exc.NoSuchModuleError, ImportError) as error:
        raise DatabaseError(f"cannot use {_shown(url)}: {_first_line(error)}") from None


def _sqlite_engine(url: URL) -> Engine:
    memory = url.database in (None, "", ":memory:")
    if not memory:
        Path(url.database or "").parent.mkdir(parents=True, exist_ok=True)
    kwargs: dict[str, Any] = {"poolclass": StaticPool} if memory else {}
    engine = create_engine(url, **kwargs)
    event.listen(engine, "connect", _sqlite_connect)
    event.listen(engine, "begin", _sqlite_begin)
    return engine


def _sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy, not the sqlite3 module, emit BEGIN (so SAVEPOINTs work and writers can
    # begin IMMEDIATE); see "Serializable isolation / Savepoints" in SQLAlchemy's SQLite docs.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")  # first: switching to WAL may wait for a lock
    _switch_to_wal(cursor)
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")  # safe with WAL: a crash loses no committed data
    cursor.close()


def _switch_to_wal(cursor: Any) -> None:
    """``PRAGMA journal_mode=WAL``, retried while another process holds the lock: SQLite may answer
    "database is locked" at once, without waiting out the busy timeout, when two processes open a
    fresh file together."""
    deadline = time.monotonic() + SQLITE_BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _sqlite_begin(connection: Any) -> None:
    # A deferred transaction that reads and then writes fails at once with SQLITE_BUSY when
    # another process wrote in between; taking the write lock up front makes writers queue.
    readonly = connection.get_execution_options().get("showbeat_readonly", False)
    connection.exec_driver_sql("BEGIN" if readonly else "BEGIN IMMEDIATE")


def _shown(url: URL) -> str:
    return url.render_as_string(hide_password=True)


def _first_line(error: BaseException) -> str:
    """The first line of an error's message, without SQLAlchemy's background links."""
    inner = getattr(error, "orig", None) or error
    lines = [line.strip() for line in str(inner).splitlines() if line.strip()]
    return lines[0] if lines else type(inner).__name__
