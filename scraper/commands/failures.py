"""``showbeat failures``: review failed pages (list, grouped view, show, resolve) and soft failures.

``failures`` alone is ``failures list``. Retrying lives in ``scraper.commands.retry``.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from scraper.commands import retry
from scraper.commands.common import EXIT_OK, UserError, add_config_args, add_json_arg, database, day, filters, load
from scraper.render import cell, human_ago, print_json, table


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``failures`` with its ``list``, ``show``, ``retry`` and ``resolve`` subcommands."""
    parser = subparsers.add_parser("failures", help="review failed pages: list, show, retry, resolve",
                                   description="Review pages that failed (fetch, decode, extract, store) and "
                                   "stored articles that are incomplete. Without a subcommand: `failures list`.")
    _list_args(parser)
    parser.set_defaults(func=run_list)
    sub = parser.add_subparsers(dest="failures_command", metavar="SUBCOMMAND", parser_class=type(parser))
    listing = sub.add_parser("list", help="list open failures (or grouped, or incomplete articles)",
                             description="List open failures, newest first.")
    _list_args(listing)
    listing.set_defaults(func=run_list)
    show = sub.add_parser("show", help="one failure in full; --html writes its kept page",
                          description="Show one failure: error, when, how often; --html FILE writes the kept "
                          "raw page.")
    add_config_args(show)
    show.add_argument("id", type=int, help="failure id (see `showbeat failures`)")
    show.add_argument("--html", metavar="FILE", help="write the kept raw page to FILE")
    add_json_arg(show)
    show.set_defaults(func=run_show)
    retry.register(sub)
    resolve = sub.add_parser("resolve", help="mark a failure resolved with a note",
                             description="Mark a failure resolved (it leaves the default listing).")
    add_config_args(resolve)
    resolve.add_argument("id", type=int, help="failure id")
    resolve.add_argument("--note", required=True, help="why it is resolved (kept with the failure)")
    resolve.set_defaults(func=run_resolve)
    for child in sub.choices.values():
        _keep_parent_values(parser, child)


def _keep_parent_values(parent: argparse.ArgumentParser, child: argparse.ArgumentParser) -> None:
    """Let ``failures --db X show 3`` work: a subcommand's unset option must not reset the parent's.

    argparse applies a subparser's defaults over values the parent parsed, so options both
    define get ``SUPPRESS`` as the child's default (set only when given after the subcommand).
    """
    shared = {action.dest for action in parent._actions if action.option_strings}
    for action in child._actions:
        if action.option_strings and action.dest in shared and action.dest != "help":
            action.default = argparse.SUPPRESS


def _list_args(parser: argparse.ArgumentParser) -> None:
    add_config_args(parser)
    parser.add_argument("--stage", choices=("fetch", "decode", "extract", "facts", "store"), help="only this stage")
    parser.add_argument("--reason", metavar="CODE", help="only this reason code (e.g. http_error, no_body)")
    parser.add_argument("--outlet", metavar="NAME", help="only this outlet")
    parser.add_argument("--since", type=day, metavar="DATE", help="seen on or after DATE (YYYY-MM-DD)")
    parser.add_argument("--by", choices=("reason", "outlet"), help="group: one line per outlet or reason")
    parser.add_argument("--all", action="store_true", help="include resolved failures")
    parser.add_argument("--incomplete", action="store_true", help="list stored articles missing a date, a title "
                        "or a real body instead")
    add_json_arg(parser)


def run_list(args: argparse.Namespace) -> int:
    """List failures: one row each, grouped (``--by``), or incomplete articles."""
    from storage.reads import list_failures, list_incomplete

    with database(load(args)) as db, db.session(readonly=True) as session:
        if args.incomplete:
            return _print_incomplete(list_incomplete(session), args.json)
        rows = list_failures(session, include_resolved=args.all,
                             **filters(args, "stage", "reason", "outlet", "since"))
        incomplete = 0 if args.json else len(list_incomplete(session))
    if args.by:
        _print_groups(group_rows(rows, args.by), args.json)
    elif args.json:
        print_json(rows)
    else:
        _print_rows(rows, incomplete)
    return EXIT_OK


def _print_rows(rows: list[Any], incomplete: int) -> None:
    now = datetime.now(UTC)
    table(("id", "last seen", "outlet", "stage", "reason", "http", "tries", "url", "message"),
          [(r.id, human_ago(r.last_seen, now), r.outlet, r.stage, r.reason + (" (resolved)" if r.resolved else ""),
            r.http_status, r.attempts, r.url, r.message) for r in rows])
    print(f"{len(rows)} failure{'s' if len(rows) != 1 else ''}" + ("" if not rows else
          " · details: showbeat failures show ID · retry: showbeat failures retry ID"))
    if incomplete:
        print(f"{incomplete} stored article{'s are' if incomplete != 1 else ' is'} incomplete (no date, title or "
              "real body): showbeat failures list --incomplete")


def group_rows(rows: list[Any], by: str) -> list[dict[str, Any]]:
    """Failures grouped by outlet or reason, each group split by the other key, largest first."""
    other = "reason" if by == "outlet" else "outlet"
    groups: dict[Any, list[Any]] = defaultdict(list)
    for row in rows:
        groups[getattr(row, by)].append(row)
    result = [{"key": key, "by": by, "count": len(items), "pages": len({r.url for r in items}),
               other + "s": dict(Counter(str(getattr(r, other)) for r in items).most_common()),
               "first_seen": min(r.first_seen for r in items), "last_seen": max(r.last_seen for r in items)}
              for key, items in groups.items()]
    return sorted(result, key=lambda g: (-g["count"], str(g["key"])))


def _print_groups(groups: list[dict[str, Any]], as_json: bool) -> None:
    if as_json:
        print_json(groups)
        return
    now = datetime.now(UTC)
    for group in groups:
        other = "reasons" if group["by"] == "outlet" else "outlets"
        parts = ", ".join(f"{n} {key}" for key, n in group[other].items())
        pages = group["pages"]
        print(f"{group['by']} {group['key'] or '(unknown)'}: {pages} page{'s' if pages != 1 else ''} {parts} "
              f"since {since_words(group['first_seen'], now)} (last {human_ago(group['last_seen'], now)})")
    if not groups:
        print("no failures")


def since_words(when: datetime, now: datetime) -> str:
    """``today``, ``yesterday``, a weekday within the last week, else the date."""
    age = now.date() - when.date()
    if age <= timedelta(0):
        return "today"
    if age == timedelta(days=1):
        return "yesterday"
    return when.strftime("%A") if age < timedelta(days=7) else when.date().isoformat()


def _print_incomplete(rows: list[Any], as_json: bool) -> int:
    if as_json:
        print_json(rows)
        return EXIT_OK
    table(("article", "outlet", "missing", "body chars", "title", "url"),
          [(r.id, r.outlet, r.missing, r.body_length, r.title, r.url) for r in rows])
    print(f"{len(rows)} incomplete article{'s' if len(rows) != 1 else ''}")
    return EXIT_OK


def run_show(args: argparse.Namespace) -> int:
    """Show one failure; ``--html`` writes the kept raw page."""
    from storage.reads import get_failure

    with database(load(args)) as db, db.session(readonly=True) as session:
        detail = get_failure(session, args.id)
    if detail is None:
        raise UserError(f"no failure with id {args.id} (see `showbeat failures --all`)")
    if args.html:
        _write_raw(detail, args.html)
    if args.json:
        print_json(detail)
        return EXIT_OK
    for label, value in failure_fields(detail):
        print(f"{label + ':':<15}{cell(value)}")
    return EXIT_OK


def failure_fields(detail: Any) -> list[tuple[str, Any]]:
    """The labelled lines of ``failures show``."""
    kept = f"{len(detail.raw)} bytes ({detail.content_type or 'unknown type'})" if detail.raw else "none"
    status = f"resolved {cell(detail.resolved_at)}: {detail.resolution_note}" if detail.resolved else "open"
    return [("failure", detail.id), ("url", detail.url), ("outlet", detail.outlet), ("stage", detail.stage),
            ("reason", detail.reason), ("message", detail.message), ("http status", detail.http_status),
            ("first seen", detail.first_seen), ("last seen", detail.last_seen), ("attempts", detail.attempts),
            ("parser", detail.parser_version), ("run", detail.run_id), ("kept page", kept), ("status", status)]


def _write_raw(detail: Any, path: str) -> None:
    if detail.raw is None:
        raise UserError(f"failure {detail.id} kept no page (it failed at the {detail.stage} stage)")
    try:
        Path(path).write_bytes(detail.raw)
    except OSError as error:
        raise UserError(f"cannot write {path}: {error.strerror or error}") from None
    print(f"wrote the kept page ({len(detail.raw)} bytes) to {path}", file=sys.stderr)


def run_resolve(args: argparse.Namespace) -> int:
    """Mark one failure resolved with a note."""
    from storage.writes import resolve_failure

    with database(load(args)) as db, db.session() as session:
        done = resolve_failure(session, args.id, args.note)
    if not done:
        raise UserError(f"no open failure with id {args.id}")
    print(f"failure {args.id} resolved: {args.note}")
    return EXIT_OK
