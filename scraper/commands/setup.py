"""``showbeat init`` (starter config and database) and ``showbeat schedule`` (the cron loop)."""

from __future__ import annotations

import argparse
from pathlib import Path

from scraper.commands.common import EXIT_OK, UserError, add_config_args, database, load


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``init`` and ``schedule``."""
    init = subparsers.add_parser("init", help="write a commented starter showbeat.toml and create the database",
                                 description="Write the commented starter configuration to ./showbeat.toml "
                                 "(or --config FILE) and create its database.")
    add_config_args(init)
    init.add_argument("--force", action="store_true", help="overwrite an existing configuration file")
    init.set_defaults(func=run_init)
    schedule = subparsers.add_parser("schedule", help="run crawls on the config's cron schedule until stopped",
                                     description="Run each source group's crawl on its cron schedule, one "
                                     "child process per crawl, until interrupted (Ctrl-C or SIGTERM).")
    add_config_args(schedule)
    schedule.add_argument("--run-now", action="store_true", help="start every source group once at start-up")
    schedule.add_argument("--log-file", metavar="FILE", help="log here instead of [schedule] log_file / stderr")
    schedule.add_argument("--lock-dir", metavar="DIR", help="where the per-source-group lock files live")
    schedule.set_defaults(func=run_schedule)


def run_init(args: argparse.Namespace) -> int:
    """Write the starter config (refusing to overwrite without ``--force``) and create the database."""
    from scraper.config import DEFAULT_FILE, default_config_text

    target = Path(args.config or DEFAULT_FILE)
    if target.exists() and not args.force:
        raise UserError(f"{target} already exists (use --force to overwrite it)")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(default_config_text(), encoding="utf-8")
    except OSError as error:
        raise UserError(f"cannot write {target}: {error.strerror or error}") from None
    args.config = str(target)
    config = load(args)
    with database(config) as db:
        print(f"wrote {target}")
        print(f"database ready: {db.url}")
    print(f"next: edit {target}, then run `showbeat crawl` (or `showbeat crawl --demo` to try the offline demo)")
    return EXIT_OK


def run_schedule(args: argparse.Namespace) -> int:
    """Run ``scraper.schedule.run_scheduler`` (blocks until SIGINT/SIGTERM)."""
    from scraper.schedule import run_scheduler

    load(args)  # a bad config is reported here, as by every other command
    lock_dir = Path(args.lock_dir) if args.lock_dir else None
    return run_scheduler(args.config, db_url=args.db, lock_dir=lock_dir, run_now=args.run_now,
                         log_file=args.log_file)
