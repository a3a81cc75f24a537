"""The ``showbeat`` command: builds the argument parser and turns user mistakes into one line.

Commands live in ``scraper.commands``; this module only wires them together and maps errors
to exit statuses: 0 success, 1 the command ran but failed, 2 a usage or configuration
mistake, 3 the database cannot be opened. No traceback is shown for mistakes a user can fix.
"""

from __future__ import annotations

import argparse
import sys
from importlib import metadata
from typing import NoReturn

from scraper.commands import crawl, export, extract, failures, query, reprocess, setup
from scraper.commands.common import EXIT_DATABASE, EXIT_USAGE, UserError

COMMAND_MODULES = (setup, crawl, extract, query, export, failures, reprocess)


class Parser(argparse.ArgumentParser):
    """An ``ArgumentParser`` whose errors are one line naming the command and the problem."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see {self.prog} --help)\n")


def build_parser() -> Parser:
    """The full ``showbeat`` parser with every subcommand (the docs tests read it too)."""
    parser = Parser(prog="showbeat", description="Crawl show news, extract articles and facts, query and "
                    "review them.")
    parser.add_argument("--version", action="version", version=f"showbeat {metadata.version('showbeat')}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    subparsers.required = True
    for module in COMMAND_MODULES:
        module.register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run ``showbeat`` with ``argv`` (default: the process arguments); returns the exit status."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("showbeat: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0  # `showbeat articles | head`: the reader left, nothing is wrong
    except Exception as error:
        return _report(error)


def _report(error: Exception) -> int:
    """Print a known error as one line and return its exit status; re-raise anything else."""
    from scraper.config import ConfigError

    if isinstance(error, UserError):
        print(f"showbeat: {error}", file=sys.stderr)
        return error.status
    if isinstance(error, ConfigError):
        print(f"showbeat: config error: {error}", file=sys.stderr)
        return EXIT_USAGE
    from storage.db import DatabaseError

    if isinstance(error, DatabaseError):
        print(f"showbeat: database error: {error}", file=sys.stderr)
        return EXIT_DATABASE
    raise error


if __name__ == "__main__":
    sys.exit(main())
