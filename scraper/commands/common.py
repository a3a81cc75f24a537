"""What the commands share: user errors, config and database opening, date arguments, filters."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from scraper.config import Config
    from storage.db import Database

# Exit statuses (documented in the README).
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_DATABASE = 0, 1, 2, 3


class UserError(Exception):
    """A mistake the user can fix (a missing file, a bad date): one line, no traceback."""

    def __init__(self, message: str, status: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.status = status


def day(text: str) -> date:
    """An argparse type: ``YYYY-MM-DD`` (or an ISO datetime, whose date is used)."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (use YYYY-MM-DD)") from None


def add_config_args(parser: argparse.ArgumentParser, *, db: bool = True) -> None:
    """``--config FILE`` and (for commands that use the database) ``--db URL``."""
    parser.add_argument("--config", metavar="FILE", help="configuration file (default: ./showbeat.toml, "
                        "else the bundled default)")
    if db:
        parser.add_argument("--db", metavar="URL", help="database URL or SQLite path; overrides the config "
                            "and $SHOWBEAT_DB")


def add_json_arg(parser: argparse.ArgumentParser) -> None:
    """``--json``: machine-readable output instead of a table."""
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")


def add_filter_args(parser: argparse.ArgumentParser, *, outlet: bool = True) -> None:
    """``--show``, ``--outlet``, ``--since``, ``--until`` (article listings and exports)."""
    parser.add_argument("--show", metavar="SLUG", help="only articles about this show (slug or title)")
    if outlet:
        parser.add_argument("--outlet", metavar="NAME", help="only this outlet (name or domain)")
    parser.add_argument("--since", type=day, metavar="DATE", help="published on or after DATE (YYYY-MM-DD)")
    parser.add_argument("--until", type=day, metavar="DATE", help="published on or before DATE (YYYY-MM-DD)")


def load(args: argparse.Namespace) -> Config:
    """The configuration for ``args`` (``--config``, ``--db``); raises ``ConfigError``."""
    from scraper.config import load_config

    return load_config(getattr(args, "config", None), db_url=getattr(args, "db", None))


@contextmanager
def database(config: Config) -> Iterator[Database]:
    """The configured database, opened (and migrated) for the length of the ``with`` block."""
    from storage.db import open_database

    db = open_database(config.database_url)
    try:
        yield db
    finally:
        db.dispose()


def filters(args: argparse.Namespace, *names: str) -> dict[str, Any]:
    """The filter keyword arguments ``names`` taken from ``args`` (absent ones as ``None``)."""
    return {name: getattr(args, name, None) for name in names}


def warn(message: str) -> None:
    """One line on stderr, prefixed with the program name."""
    print(f"showbeat: {message}", file=sys.stderr)
