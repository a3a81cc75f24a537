"""One crawl in this process: record the run, run the spiders of the chosen sources, finish the run.

``run_crawl`` is blocking and uses Twisted's reactor, which runs once per process: call it once
per process (``showbeat schedule`` starts ``python -m scraper.crawl`` as a child for each run).
SIGINT/SIGTERM stop the crawl gracefully (Scrapy's shutdown handlers) and the run is marked
``interrupted``; an unexpected error marks it ``failed``; a SIGKILLed run stays ``running``
until the next crawl notices its dead pid (``interrupt_stale_runs``).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from scrapy import signals
from scrapy.crawler import AsyncCrawlerProcess

from scraper.config import Config, ConfigError, Source, load_config
from scraper.runstate import RunState
from scraper.settings import settings_for
from scraper.spiders import SPIDERS, UrlsSpider

logger = logging.getLogger(__name__)
# After a first SIGINT/SIGTERM, pages in flight get this long to finish before the crawl stops anyway
# (a slow server or a retried timeout could otherwise hold a graceful stop for minutes, and a
# supervisor would SIGKILL the crawl before it marks its run ``interrupted``). Scrapy setting
# ``SHOWBEAT_STOP_GRACE`` overrides it.
STOP_GRACE_S = 5.0


@dataclass(frozen=True)
class RunSummary:
    """How a crawl ended: its run id, status, counts and wall-clock duration."""

    run_id: int
    status: str
    counts: dict[str, int]
    duration_s: float


def choose_sources(config: Config, names: Sequence[str] | None) -> tuple[Source, ...]:
    """The sources called ``names`` (all of them by default); ``ConfigError`` for unknown names."""
    if names is None or len(names) == 0:
        return config.sources
    return tuple(config.source(name) for name in dict.fromkeys(names))


def run_crawl(config: Config, *, sources: Sequence[str] | None = None, urls: Sequence[str] | None = None,
              progress: Callable[[Mapping[str, int]], None] | None = None,
              settings: Mapping[str, Any] | None = None) -> RunSummary:
    """Crawl the chosen ``sources`` (all by default), or just the article ``urls``, and record the run.

    ``progress`` is called with the run's counts as pages complete; ``settings`` override Scrapy
    settings (tests use tiny timeouts). Raises ``ConfigError`` or ``storage.db.DatabaseError``
    for user errors; a crash inside the crawl marks the run ``failed`` and re-raises.
    """
    from storage.db import open_database

    chosen = () if urls else choose_sources(config, sources)
    if not urls and not chosen:
        raise ConfigError(config.path, "sources", "no sources to crawl (add [[sources]] or pass URLs)")
    database = open_database(config.database_url)
    try:
        return _recorded_run(RunState(config, database, progress=progress), chosen, urls or (), settings or {})
    finally:
        database.dispose()


def _recorded_run(run: RunState, chosen: Sequence[Source], urls: Sequence[str],
                  settings: Mapping[str, Any]) -> RunSummary:
    from storage.writes import finish_run, interrupt_stale_runs, start_run, sync_shows

    started = time.monotonic()
    labels = [s.name for s in chosen] or ["urls"]
    with run.database.session() as session:
        stale = interrupt_stale_runs(session)
        sync_shows(session, run.config.shows)
        run.run_id = start_run(session, sources=labels, pid=os.getpid())
    if stale:
        logger.warning("marked runs %s interrupted: their processes are gone", stale)
    try:
        status = _run_spiders(run, chosen, urls, settings)
    except KeyboardInterrupt:
        _finish(run, "interrupted", finish_run)
        raise
    except BaseException:
        _finish(run, "failed", finish_run)
        raise
    _finish(run, status, finish_run)
    return RunSummary(run_id=run.run_id, status=status, counts=run.snapshot(),
                      duration_s=round(time.monotonic() - started, 3))


def _finish(run: RunState, status: str, finish_run: Callable[..., None]) -> None:
    assert run.run_id is not None
    with run.database.session() as session:
        finish_run(session, run.run_id, status=status, counts=run.snapshot())


def _run_spiders(run: RunState, chosen: Sequence[Source], urls: Sequence[str],
                 settings: Mapping[str, Any]) -> str:
    """Run one spider per source (or the urls spider) in one reactor; the run's final status."""
    merged = {**settings_for(run.config), **settings}
    process = AsyncCrawlerProcess(merged)
    logging.getLogger("scrapy.downloadermiddlewares.robotstxt").addFilter(_one_line)
    reasons: list[str] = []
    jobs: list[tuple[type, dict[str, Any]]] = [(SPIDERS[s.kind], {"source": s}) for s in chosen]
    if urls:
        jobs.append((UrlsSpider, {"urls": tuple(urls)}))
    for spider_cls, kwargs in jobs:
        crawler = process.create_crawler(spider_cls)
        crawler.signals.connect(lambda reason, **_: reasons.append(reason), signal=signals.spider_closed, weak=False)
        process.crawl(crawler, run=run, **kwargs)
    deadline = StopDeadline(float(merged.get("SHOWBEAT_STOP_GRACE", STOP_GRACE_S)))
    deadline.arm()
    try:
        process.start()
    finally:
        deadline.cancel()
    return _status(reasons, len(jobs))


class StopDeadline:
    """Bound Scrapy's graceful stop: a first SIGINT/SIGTERM also sends the second one ``grace`` s later.

    Scrapy stops gracefully on the first signal (pages in flight finish) and at once on the second.
    ``arm`` wraps Scrapy's handlers once the reactor runs, so that the first signal also starts a
    timer that repeats it; ``cancel`` stops the timer when the crawl is over. The run is
    ``interrupted`` either way, and every page already stored stays stored (each is its own transaction).
    """

    def __init__(self, grace: float) -> None:
        self.grace = grace
        self.timers: list[threading.Timer] = []

    def arm(self) -> None:
        """Wrap Scrapy's shutdown handlers as soon as it has installed them."""
        from twisted.internet import reactor

        # callWhenRunning runs before Scrapy's own "after startup" trigger; callLater(0) runs after it.
        reactor.callWhenRunning(reactor.callLater, 0, self._wrap)  # type: ignore[attr-defined]

    def cancel(self) -> None:
        """Stop any pending repeat (the crawl has ended)."""
        for timer in self.timers:
            timer.cancel()

    def _wrap(self) -> None:
        for signum in (signal.SIGINT, signal.SIGTERM):
            scrapy_handler = signal.getsignal(signum)
            if callable(scrapy_handler):
                signal.signal(signum, self._handler(scrapy_handler))

    def _handler(self, inner: Callable[[int, Any], Any]) -> Callable[[int, Any], None]:
        def handler(signum: int, frame: Any) -> None:
            inner(signum, frame)  # Scrapy's graceful stop; it installs its immediate stop for the next signal
            timer = threading.Timer(self.grace, os.kill, (os.getpid(), signum))
            timer.daemon = True
            self.timers.append(timer)
            timer.start()

        return handler


def _one_line(record: logging.LogRecord) -> bool:
    """A logging filter: keep the message, drop the traceback (a robots.txt that cannot be fetched is routine)."""
    record.exc_info = None
    record.exc_text = None
    return True


def _status(reasons: Sequence[str], expected: int) -> str:
    """``finished`` when every spider closed normally; ``interrupted`` after a shutdown signal."""
    if len(reasons) < expected or any(r == "shutdown" for r in reasons):
        return "interrupted"
    return "finished"


# ---------------------------------------------------------------- command line
def _parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m scraper.crawl", description="Run one showbeat crawl.")
    parser.add_argument("--config", help="the showbeat.toml to read (default: ./showbeat.toml or bundled)")
    parser.add_argument("--db", help="database URL (overrides [database] url)")
    parser.add_argument("--source", action="append", default=[], help="crawl only this source (repeatable)")
    parser.add_argument("--url", action="append", default=[], help="fetch just this article URL (repeatable)")
    parser.add_argument("-s", "--set", action="append", default=[], metavar="NAME=VALUE",
                        help="a Scrapy setting (VALUE read as JSON when it parses, else as text)")
    return parser.parse_args(argv)


def _setting(text: str) -> tuple[str, Any]:
    name, sep, value = text.partition("=")
    if not sep or not name:
        raise ConfigError("<command line>", "--set", f"expected NAME=VALUE, got {text!r}")
    try:
        return name, json.loads(value)
    except json.JSONDecodeError:
        return name, value


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``python -m scraper.crawl``: prints the run summary as JSON on stdout."""
    from storage.db import DatabaseError

    args = _parse_args(argv)
    try:
        config = load_config(args.config, db_url=args.db)
        settings = dict(_setting(item) for item in args.set)
        summary = run_crawl(config, sources=args.source, urls=args.url, settings=settings)
    except (ConfigError, DatabaseError) as error:
        print(f"showbeat crawl: {error}", file=sys.stderr)
        return 2
    print(json.dumps(asdict(summary)), flush=True)
    return {"finished": 0, "interrupted": 130}.get(summary.status, 1)


if __name__ == "__main__":
    raise SystemExit(main())
