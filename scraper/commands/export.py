"""``showbeat export``: stored articles as JSON Lines (the spec record) or CSV (main fields)."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from scraper.commands.common import EXIT_OK, UserError, add_config_args, add_filter_args, database, filters, load

CSV_FIELDS = ("url", "canonical_url", "outlet_name", "outlet_domain", "title", "authors", "published", "modified",
              "language", "shows", "social_posts", "facts", "body_chars", "body")


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``export``."""
    parser = subparsers.add_parser("export", help="export stored articles as JSON Lines or CSV",
                                   description="Export the latest record of each stored article: jsonl is "
                                   "one spec record per line (facts included), csv one row per article.")
    add_config_args(parser)
    parser.add_argument("--format", choices=("jsonl", "csv"), default="jsonl", help="output format (default jsonl)")
    parser.add_argument("--out", metavar="FILE", help="write to FILE instead of standard output")
    add_filter_args(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Stream the matching records to the output in the chosen format."""
    from storage.reads import iter_records

    with database(load(args)) as db, db.session(readonly=True) as session, _output(args.out) as out:
        records = (r.to_dict() for r in iter_records(session, **filters(args, "show", "outlet", "since", "until")))
        count = write_jsonl(records, out) if args.format == "jsonl" else write_csv(records, out)
    if args.out:
        print(f"wrote {count} article{'s' if count != 1 else ''} to {args.out}", file=sys.stderr)
    return EXIT_OK


@contextmanager
def _output(path: str | None) -> Iterator[TextIO]:
    if path is None:
        yield sys.stdout
        return
    try:
        handle = Path(path).open("w", encoding="utf-8", newline="")  # noqa: SIM115 - closed below, after yield
    except OSError as error:
        raise UserError(f"cannot write {path}: {error.strerror or error}") from None
    with handle:
        yield handle


def write_jsonl(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    """One compact spec record per line; returns the count."""
    count = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    """One row per article with the main fields (lists joined by ``; ``); returns the count."""
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for record in records:
        writer.writerow(csv_row(record))
        count += 1
    return count


def csv_row(record: dict[str, Any]) -> dict[str, Any]:
    """The CSV columns of one spec record."""
    outlet = record.get("outlet") or {}
    return {
        "url": record["url"], "canonical_url": record.get("canonical_url"),
        "outlet_name": outlet.get("name"), "outlet_domain": outlet.get("domain"),
        "title": record.get("title"), "authors": "; ".join(record.get("authors") or []),
        "published": record.get("published"), "modified": record.get("modified"),
        "language": record.get("language"), "shows": "; ".join(record.get("shows") or []),
        "social_posts": len(record.get("social_posts") or []), "facts": len(record.get("facts") or []),
        "body_chars": len(record.get("body") or ""), "body": record.get("body") or "",
    }
