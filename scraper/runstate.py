"""The state one crawl run shares between its spiders, middlewares and item pipeline.

``run_crawl`` builds one ``RunState`` and hands it to every spider as the ``run`` argument;
components reach it through ``crawler.spider.run``. It holds the open database, the run id,
the configuration and the run's counts, which it flushes to the run row now and then so a
killed run keeps them.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from pipelines.urls import domain_of
from scraper.config import Config

logger = logging.getLogger(__name__)
# The counts of a run, in the order the CLI shows them.
COUNT_NAMES = ("requests", "not_modified", "new", "updated", "unchanged", "seen", "skipped", "failures")
FLUSH_EVERY_S = 1.0
WRITES = ("new", "updated")  # counts of articles written: flushed to the run row at once


@dataclass
class RunState:
    """One crawl run: database, run id, config, counts, progress callback."""

    config: Config
    database: Any  # storage.db.Database; typed loosely so spider unit tests can run without storage
    run_id: int | None = None
    progress: Callable[[Mapping[str, int]], None] | None = None
    counts: Counter[str] = field(default_factory=Counter)
    # Normalized article URLs requested by any spider of the run, with the entry date they were requested with.
    requested: dict[str, str | None] = field(default_factory=dict)
    # Normalized article URLs whose request went out in this run (not skipped): fetched once per run.
    fetching: set[str] = field(default_factory=set)
    _flushed_at: float = 0.0

    def count(self, name: str, n: int = 1) -> None:
        """Add ``n`` to count ``name``, tell ``progress`` and flush to the run row when it is time.

        A stored article (``new``, ``updated``) is flushed at once, so the row of a run killed
        midway counts the articles it did store.
        """
        self.counts[name] += n
        if self.progress is not None:
            self.progress(self.snapshot())
        self.maybe_flush(force=name in WRITES)

    def snapshot(self) -> dict[str, int]:
        """All counts, zeros included."""
        return {name: int(self.counts.get(name, 0)) for name in COUNT_NAMES}

    def maybe_flush(self, *, force: bool = False) -> None:
        """Write the counts to the run row, at most once a second unless forced."""
        now = time.monotonic()
        if not force and now - self._flushed_at < FLUSH_EVERY_S:
            return
        self._flushed_at = now
        counts = self.snapshot()
        if self.run_id is None or self.database is None:
            return
        from storage.writes import update_run

        try:
            with self.database.session() as session:
                update_run(session, self.run_id, counts)
        except Exception:  # a busy database must not fail the page being counted; the next flush retries
            logger.warning("could not update the counts of run %s", self.run_id, exc_info=True)
            self._flushed_at = 0.0

    def outlet_for(self, url: str, source_outlet: str | None = None) -> str | None:
        """The outlet of ``url``: the source's own, else the configured name of its domain, else the domain."""
        if source_outlet:
            return source_outlet
        domain = domain_of(url)
        if domain is None:
            return None
        return self.config.outlets.get(domain, domain)
