"""``showbeat articles``, ``showbeat facts`` and ``showbeat runs``: read the database."""

from __future__ import annotations

import argparse

from scraper.commands.common import EXIT_OK, add_config_args, add_filter_args, add_json_arg, database, filters, load
from scraper.render import cell, human_duration, print_json, table

FACT_TYPES = ("date", "source", "statement", "release", "renewal", "production", "award", "ranking", "credit",
              "source_material")


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``articles``, ``facts`` and ``runs``."""
    articles = subparsers.add_parser("articles", help="list stored articles",
                                     description="List stored articles, newest publication first.")
    add_config_args(articles)
    add_filter_args(articles)
    articles.add_argument("--limit", type=int, metavar="N", help="at most N articles")
    add_json_arg(articles)
    articles.set_defaults(func=run_articles)

    facts = subparsers.add_parser("facts", help="list extracted facts",
                                  description="List facts of the stored articles. --since/--until filter date "
                                  "facts (and dated events) on the time they name, other facts on the "
                                  "article's publication date.")
    add_config_args(facts)
    add_filter_args(facts)
    facts.add_argument("--type", choices=FACT_TYPES, action="append", metavar="TYPE",
                       help=f"only this fact type (repeatable): {', '.join(FACT_TYPES)}")
    facts.add_argument("--speaker", metavar="NAME", help="only statements by this speaker")
    facts.add_argument("--limit", type=int, metavar="N", help="at most N facts")
    add_json_arg(facts)
    facts.set_defaults(func=run_facts)

    runs = subparsers.add_parser("runs", help="list crawl runs with their counts",
                                 description="List the latest crawl runs: status, counts and duration.")
    add_config_args(runs)
    runs.add_argument("--limit", type=int, default=20, metavar="N", help="at most N runs (default 20)")
    add_json_arg(runs)
    runs.set_defaults(func=run_runs)


def run_articles(args: argparse.Namespace) -> int:
    """List articles as a table or JSON."""
    from storage.reads import list_articles

    with database(load(args)) as db, db.session(readonly=True) as session:
        rows = list_articles(session, limit=args.limit, **filters(args, "show", "outlet", "since", "until"))
    if args.json:
        print_json(rows)
        return EXIT_OK
    table(("id", "published", "outlet", "shows", "v", "title"),
          [(r.id, (r.published or "")[:10], r.outlet_name or r.outlet_domain, r.shows, r.versions, r.title or r.url)
           for r in rows])
    print(f"{len(rows)} article{'s' if len(rows) != 1 else ''}")
    return EXIT_OK


def run_facts(args: argparse.Namespace) -> int:
    """List facts as a table or JSON (each fact's spec dict with its article)."""
    from storage.reads import list_facts

    with database(load(args)) as db, db.session(readonly=True) as session:
        rows = list_facts(session, type=args.type, speaker=args.speaker, limit=args.limit,
                          **filters(args, "show", "outlet", "since", "until"))
    if args.json:
        print_json(rows)
        return EXIT_OK
    table(("article", "published", "type", "text", "value", "detail"),
          [(r.article_id, (r.published or "")[:10], r.fact.get("type"), r.fact.get("text"), fact_value(r.fact),
            fact_detail(r.fact)) for r in rows])
    print(f"{len(rows)} fact{'s' if len(rows) != 1 else ''}")
    return EXIT_OK


def fact_value(fact: dict) -> str:
    """The main normalised value of a fact: a TIMEX3 value, a status, an outlet, a speaker."""
    for key in ("value", "status", "phase", "outlet", "speaker", "person", "chart", "title", "ceremony"):
        if fact.get(key) not in (None, ""):
            value = fact[key]
            return f"{value} ({fact['mod']})" if key == "value" and fact.get("mod") else str(value)
    return "-"


def fact_detail(fact: dict) -> str:
    """The remaining fields worth a glance (show, date, season, quote...)."""
    keys = ("show", "date", "season", "seasons", "event", "platform", "role", "character", "kind", "quote", "start",
            "end")
    return " ".join(f"{k}={cell(fact[k])}" for k in keys if fact.get(k) not in (None, "", []))


def run_runs(args: argparse.Namespace) -> int:
    """List crawl runs with their counts and durations; runs of this host whose process is gone
    (killed, or the machine restarted) are marked ``interrupted`` first, as the next crawl would."""
    from storage.reads import list_runs
    from storage.runs import interrupt_stale_runs

    with database(load(args)) as db:
        with db.session() as session:
            interrupt_stale_runs(session)
        with db.session(readonly=True) as session:
            rows = list_runs(session, limit=args.limit)
    if args.json:
        print_json([{**_run_dict(r)} for r in rows])
        return EXIT_OK
    # skipped: known pages not requested at all (an unchanged feed/sitemap date, or seen before).
    names = ("requests", "not_modified", "skipped", "new", "updated", "unchanged", "failures")
    table(("run", "started", "status", *[n.replace("_", " ") for n in names], "duration", "sources"),
          [(r.id, r.started_at, r.status, *[r.counts.get(n, 0) for n in names],
            human_duration(r.duration.total_seconds()) if r.duration else "-", r.sources) for r in rows])
    return EXIT_OK


def _run_dict(row: object) -> dict:
    """A run as JSON data, with its duration in seconds."""
    from scraper.render import plain

    data = plain(row)
    duration = row.duration  # type: ignore[attr-defined]
    data["duration_s"] = None if duration is None else round(duration.total_seconds(), 3)
    return data
