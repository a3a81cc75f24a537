"""``showbeat crawl``: one crawl of the configured sources (or the offline demo site)."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Mapping
from typing import Any

from scraper.commands.common import EXIT_FAILED, EXIT_OK, UserError, add_config_args, load, warn
from scraper.render import Progress, human_duration

EXIT_INTERRUPTED = 130  # stopped by Ctrl-C or SIGTERM, as shells report a SIGINT
# The counts shown while crawling and in the summary, with their labels.
SHOWN_COUNTS = (("requests", "requests"), ("new", "new"), ("updated", "updated"), ("unchanged", "unchanged"),
                ("not_modified", "not modified"), ("skipped", "skipped"), ("failures", "failures"))


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``crawl``."""
    parser = subparsers.add_parser("crawl", help="crawl the configured sources once (or --demo)",
                                   description="Crawl the configured sources once: discover articles in "
                                   "feeds, sitemaps and listing pages, fetch, extract and store them. Broken "
                                   "pages become failures (see `showbeat failures`); the exit status is 0 "
                                   "whenever the crawl ran.")
    add_config_args(parser)
    parser.add_argument("--source", action="extend", nargs="+", metavar="NAME", dest="sources",
                        help="crawl only these sources (--source a b, or repeated; default: all)")
    parser.add_argument("--demo", action="store_true", help="crawl the bundled offline demo site instead of "
                        "the configured sources (served on 127.0.0.1)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run the crawl and print a summary; exit 0 when the crawl ran, even with failed pages."""
    config = load(args)
    if args.demo and args.sources:
        raise UserError("--demo crawls the demo site's own sources; leave out --source")
    if args.demo:
        return _crawl_demo(config)
    for name in args.sources or ():
        config.source(name)  # unknown names: one ConfigError line listing the known ones
    if not config.sources:
        raise UserError(f"{config.path}: no [[sources]] to crawl (add one, or try `showbeat crawl --demo`)")
    return crawl(config, sources=args.sources)


def _crawl_demo(config: Any) -> int:
    """Serve the demo site in a background thread and crawl it into the configured database."""
    from scraper.demo import demo_config, demo_proxy, demo_root
    from scraper.localsite import serve

    with serve(demo_root()) as site, demo_proxy(site.base_url):
        print(f"demo site serving at {site.base_url}/ (4 invented outlets, a few broken pages)", file=sys.stderr)
        return crawl(demo_config(config))


def crawl(config: Any, *, sources: Any = None, urls: list[str] | None = None) -> int:
    """Run ``scraper.crawl.run_crawl`` with a progress line; print the summary."""
    from scraper.crawl import run_crawl

    progress = CrawlProgress()
    try:
        summary = run_crawl(config, sources=sources, urls=urls, progress=progress)
    finally:
        progress.done()
    print(summary_line(summary))
    if summary.status != "finished":
        warn(f"crawl run {summary.run_id} ended {summary.status}")
        return EXIT_INTERRUPTED if summary.status == "interrupted" else EXIT_FAILED
    if summary.counts.get("failures"):
        print("review the failed pages with `showbeat failures`")
    return EXIT_OK


def counts_text(counts: Mapping[str, int]) -> str:
    """``12 requests · 5 new · ...`` for the counts the CLI shows."""
    return " · ".join(f"{int(counts.get(key, 0))} {label}" for key, label in SHOWN_COUNTS)


def summary_line(summary: Any) -> str:
    """One line for a finished run: id, status, counts and duration."""
    return f"run {summary.run_id} {summary.status}: {counts_text(summary.counts)} in " \
           f"{human_duration(summary.duration_s)}"


class CrawlProgress:
    """The ``progress`` callback of ``run_crawl``: a status line on stderr, throttled."""

    def __init__(self) -> None:
        self.line = Progress()
        self.started = time.monotonic()
        self._shown_at = 0.0
        # On a terminal the line is rewritten often; in logs, a line every few seconds is enough.
        self.interval = 0.1 if self.line.tty else 2.0

    def __call__(self, counts: Mapping[str, int]) -> None:
        now = time.monotonic()
        if now - self._shown_at < self.interval:
            return
        self._shown_at = now
        self.line.update(f"crawling: {counts_text(counts)} · {human_duration(now - self.started)}")

    def done(self) -> None:
        """Finish the status line."""
        self.line.done()
