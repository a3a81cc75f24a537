"""Shared test fixtures: real databases on both backends.

``db_url`` gives a fresh, empty database URL per test, once for each backend:

- ``sqlite``: a file in the test's ``tmp_path``;
- ``postgres``: a throwaway schema (unique per test, dropped afterwards) in the database of
  ``SHOWBEAT_TEST_POSTGRES`` (default ``postgresql://postgres@127.0.0.1:5432/test``), selected
  through ``search_path`` in the URL, so parallel test runs never see each other's tables.
  These tests carry the ``postgres`` marker (deselect with ``-m "not postgres"``). Without a
  server they are skipped with the reason, except when ``CI=true``: then they fail.

``db`` opens (and migrates) that database and disposes of it after the test; ``session``
is one ``db.session()`` transaction that commits at the end of the test.

    def test_something(db):
        with db.session() as session:
            ...
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import psycopg
import pytest

from storage.db import Database, Session, open_database

POSTGRES = os.environ.get("SHOWBEAT_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")


@pytest.fixture(scope="session")
def postgres_server() -> str:
    """The PostgreSQL test server's URL (libpq form); skips, or fails under ``CI=true``, without one."""
    try:
        with psycopg.connect(POSTGRES, connect_timeout=5):
            pass
    except psycopg.Error as error:
        reason = f"PostgreSQL test server not reachable at {POSTGRES}: {str(error).strip().splitlines()[0]}"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{reason} (CI=true requires it)")
        pytest.skip(reason)
    return POSTGRES


@pytest.fixture
def postgres_schema_url(postgres_server: str) -> Iterator[str]:
    """A SQLAlchemy URL pointing at a fresh schema of the test server; the schema is dropped after."""
    schema = f"sbtest_{os.getpid()}_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(postgres_server, autocommit=True) as admin:
        admin.execute(f'CREATE SCHEMA "{schema}"')
    base = postgres_server.replace("postgresql://", "postgresql+psycopg://", 1)
    separator = "&" if "?" in base else "?"
    yield f"{base}{separator}options={quote(f'-csearch_path={schema}')}"
    with psycopg.connect(postgres_server, autocommit=True) as admin:
        admin.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A URL of a fresh empty database, once per backend (``sqlite`` file, ``postgres`` schema)."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'showbeat.db'}"
    return request.getfixturevalue("postgres_schema_url")


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    """The ``db_url`` database opened and migrated to head; disposed of after the test."""
    database = open_database(db_url)
    yield database
    database.dispose()


@pytest.fixture
def session(db: Database) -> Iterator[Session]:
    """One transaction on ``db`` for the whole test (committed at the end)."""
    with db.session() as active:
        yield active
