"""``showbeat reprocess``: re-extract stored pages with the current code (no network)."""

from __future__ import annotations

import argparse
import time

from scraper.commands.common import EXIT_FAILED, EXIT_OK, add_config_args, database, day, load
from scraper.render import Progress, bar, human_duration


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``reprocess``."""
    parser = subparsers.add_parser("reprocess", help="re-extract stored pages with the current code (offline)",
                                   description="Re-extract the stored raw pages with the current extractors, "
                                   "without the network, replacing each version's record and facts. Uses "
                                   "every core.")
    add_config_args(parser)
    parser.add_argument("--since", type=day, metavar="DATE", help="only pages fetched on or after DATE")
    parser.add_argument("--outlet", metavar="NAME", help="only this outlet (name or domain)")
    parser.add_argument("--all", action="store_true", dest="all_versions",
                        help="every stored version, not only each article's latest")
    parser.add_argument("--workers", type=int, metavar="N", help="worker processes (default: every core)")
    parser.add_argument("--force", action="store_true",
                        help="rewrite every version, also those whose new record equals the stored one")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Reprocess with a progress bar on stderr; exit 1 when some pages could not be extracted."""
    from scraper.reprocess import count_versions, reprocess

    config = load(args)
    filters = {"since": args.since, "outlet": args.outlet, "all_versions": args.all_versions}
    with database(config) as db:
        total = count_versions(db, **filters)
        line, throttle = Progress(), _Throttle()

        def progress(done: int, errors: int) -> None:
            if throttle.ready() or done == total:
                line.update(f"reprocessing {bar(done, total)} · {errors} errors")

        summary = reprocess(db, config.extraction, workers=args.workers, force=args.force, progress=progress,
                            **filters)
        line.done()
    print(f"reprocessed {summary.pages} page{'s' if summary.pages != 1 else ''} with {summary.workers} "
          f"worker{'s' if summary.workers != 1 else ''} in {human_duration(summary.seconds)} "
          f"({summary.pages_per_second:.1f} pages/s): {summary.facts} facts, {summary.unchanged} unchanged, "
          f"{summary.errors} errors")
    return EXIT_FAILED if summary.errors else EXIT_OK


class _Throttle:
    """True at most every ``interval`` seconds (keeps logs readable off a terminal)."""

    def __init__(self, interval: float = 0.5) -> None:
        self.interval, self._last = interval, 0.0

    def ready(self) -> bool:
        now = time.monotonic()
        if now - self._last < self.interval:
            return False
        self._last = now
        return True
