"""Running the Alembic migrations from code: no ``alembic.ini`` on the user's side.

The migration scripts live in ``storage/migrations`` inside the package, so an installed
wheel can upgrade a user's database in place. For developers, after changing the models::

    python -m storage.migrate revision "add this column"

writes the next ``versions/NNNN_*.py`` by comparing the models with a database at head
(review it before committing; the tests check models and migrations agree).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Engine, exc, text

MIGRATIONS = Path(__file__).with_name("migrations")
# Any constant: concurrent PostgreSQL migrations take this transaction-level advisory lock.
_PG_MIGRATION_LOCK = 0x5B0_0001


def alembic_config() -> Config:
    """An Alembic ``Config`` pointing at the packaged migrations."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Migrate the database behind ``engine`` to ``revision`` in one transaction.

    Two processes opening a fresh database at once are serialized (SQLite's write lock,
    an advisory lock on PostgreSQL). Raises ``DatabaseError`` on failure.
    """
    from storage.db import DatabaseError, _first_line

    config = alembic_config()
    try:
        with engine.begin() as connection:
            if connection.dialect.name == "postgresql":
                connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_MIGRATION_LOCK})
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    except CommandError as error:  # typically a database migrated by a newer showbeat
        found = _safe_current(engine)
        raise DatabaseError(f"cannot migrate the database (at revision {found}): {_first_line(error)}") from None
    except exc.SQLAlchemyError as error:
        raise DatabaseError(f"migrating the database failed: {_first_line(error)}") from None


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at (``None`` for an empty database)."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str | None:
    """The newest revision shipped with this package."""
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def _safe_current(engine: Engine) -> str | None:
    try:
        return current_revision(engine)
    except exc.SQLAlchemyError:
        return None


def new_revision(message: str) -> None:
    """Autogenerate the next migration against a scratch SQLite database at head (developers)."""
    from storage.db import open_database

    with tempfile.TemporaryDirectory() as scratch:
        db = open_database(str(Path(scratch) / "head.db"))
        config = alembic_config()
        number = len(list((MIGRATIONS / "versions").glob("[0-9]*.py"))) + 1
        with db.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.revision(config, message=message, autogenerate=True, rev_id=f"{number:04d}")
        db.dispose()


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] != "revision":
        raise SystemExit('usage: python -m storage.migrate revision "what changed"')
    new_revision(sys.argv[2])
