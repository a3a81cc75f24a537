"""Reprocessing: re-extract stored raw pages with the current code, without the network.

The parent process reads raw versions from the database and writes each version's new record
and facts (``storage.writes.replace_facts``); a ``ProcessPoolExecutor`` runs
``pipelines.extract`` on the raw bytes on every core. Work is fed through a bounded window so
memory stays flat however many pages are stored. With one worker it runs in-process.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from datetime import date
from typing import Any

from pipelines.context import ExtractConfig, Show
from pipelines.record import ArticleRecord

WRITE_BATCH = 50  # versions per write transaction: few commits, little lost if interrupted
WINDOW_PER_WORKER = 3  # batches in flight per worker
JOB_BATCH = 8  # pages per task: fewer round trips between the parent and the workers

Job = tuple[int, str, bytes, dict[str, Any] | None]  # version id, url, raw page, stored record
# version id, the new record (None when unchanged or failed), error, number of facts
Result = tuple[int, ArticleRecord | None, str | None, int]


@dataclass(frozen=True)
class ReprocessSummary:
    """What a reprocessing pass did."""

    pages: int
    facts: int
    errors: int
    workers: int
    seconds: float
    unchanged: int = 0  # pages whose new record equals the stored one: nothing was written

    @property
    def pages_per_second(self) -> float:
        """Throughput of the pass."""
        return self.pages / self.seconds if self.seconds > 0 else 0.0


_worker_config: ExtractConfig | None = None


def _init_worker(shows: tuple[Show, ...], outlets: dict[str, str]) -> None:
    # ExtractConfig holds a mappingproxy, which does not pickle: rebuild it in each worker.
    global _worker_config
    _worker_config = _extract_config(shows, outlets)


def _extract_config(shows: tuple[Show, ...], outlets: dict[str, str]) -> ExtractConfig:
    from types import MappingProxyType

    return ExtractConfig(shows=shows, outlet_names=MappingProxyType(dict(outlets)))


def extract_batch(jobs: list[Job]) -> list[Result]:
    """Extract a batch of stored pages (one task for a worker)."""
    return [extract_job(job) for job in jobs]


def extract_job(job: Job) -> Result:
    """Extract one stored page (runs in a worker); errors come back as text, never raised.

    The comparison with the stored record runs here too, in parallel, so the parent (the one
    database writer) only writes the versions whose record really changed."""
    from pipelines import extract

    version_id, url, raw, stored = job
    try:
        record = extract(raw, url, config=_worker_config)
    except Exception as error:  # one bad page must not stop a reprocessing pass
        return version_id, None, f"{type(error).__name__}: {error}", 0
    changed = stored is None or record.to_dict() != stored
    # An unchanged record is not sent back: pickling records is most of what a worker costs the parent.
    return version_id, record if changed else None, None, len(record.facts)


def default_workers() -> int:
    """Every core this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def count_versions(db: Any, *, since: date | None = None, outlet: str | None = None,
                   all_versions: bool = False) -> int:
    """How many stored raw pages a pass with these filters would reprocess (a count query)."""
    from storage.reads import count_raw_versions

    with db.session(readonly=True) as session:
        return count_raw_versions(session, since=since, outlet=outlet, all_versions=all_versions)


def reprocess(db: Any, config: ExtractConfig, *, since: date | None = None, outlet: str | None = None,
              all_versions: bool = False, workers: int | None = None, force: bool = False,
              progress: Callable[[int, int], None] | None = None) -> ReprocessSummary:
    """Re-extract the stored raw pages matching the filters and replace their records and facts.

    ``config``: the extraction config (tracked shows, outlet names); ``all_versions``: every
    stored version, not only each article's latest; ``workers``: processes (default: every
    core); ``force``: rewrite every version, even those whose new record equals the stored one
    (skipped by default); ``progress(done, errors)`` is called after each page.
    """
    from storage.reads import iter_raw_versions

    workers = workers or default_workers()
    started = time.monotonic()
    writer = _Writer(db, progress)
    with db.session(readonly=True) as session:
        jobs = ((v.version_id, v.url, v.raw, None if force else v.record)
                for v in iter_raw_versions(session, since=since, outlet=outlet, all_versions=all_versions))
        for result in _results(jobs, config, workers):
            writer.add(result)
    writer.flush()
    return ReprocessSummary(pages=writer.done, facts=writer.facts, errors=writer.errors, workers=workers,
                            seconds=round(time.monotonic() - started, 3), unchanged=writer.unchanged)


def _results(jobs: Iterable[Job], config: ExtractConfig, workers: int) -> Iterator[Result]:
    """Extraction results in completion order: in-process for one worker, else a process pool."""
    shows, outlets = config.shows, dict(config.outlet_names)
    if workers <= 1:
        _init_worker(shows, outlets)
        yield from (extract_job(job) for job in jobs)
        return
    with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(shows, outlets)) as pool:
        yield from _windowed(pool, iter(jobs), workers * WINDOW_PER_WORKER)


def _windowed(pool: ProcessPoolExecutor, jobs: Iterator[Job], window: int) -> Iterator[Result]:
    """Keep at most ``window`` batches in flight, so raw pages are read only as workers free up."""
    pending: set[Future[list[Result]]] = set()
    for batch in _batches(jobs, JOB_BATCH):
        pending.add(pool.submit(extract_batch, batch))
        if len(pending) >= window:
            finished, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in finished:
                yield from future.result()
    for future in pending:
        yield from future.result()


def _batches(jobs: Iterator[Job], size: int) -> Iterator[list[Job]]:
    batch: list[Job] = []
    for job in jobs:
        batch.append(job)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


class _Writer:
    """Collects results and writes them in batches, each batch one transaction."""

    def __init__(self, db: Any, progress: Callable[[int, int], None] | None) -> None:
        self.db, self.progress = db, progress
        self.batch: list[tuple[int, ArticleRecord]] = []
        self.done = self.facts = self.errors = self.unchanged = 0

    def add(self, result: Result) -> None:
        version_id, record, error, facts = result
        self.done += 1
        self.facts += facts
        if error is not None:
            self.errors += 1
        elif record is None:
            self.unchanged += 1
        else:
            self.batch.append((version_id, record))
        if len(self.batch) >= WRITE_BATCH:
            self.flush()
        if self.progress is not None:
            self.progress(self.done, self.errors)

    def flush(self) -> None:
        from storage.writes import replace_facts

        if not self.batch:
            return
        with self.db.session() as session:
            for version_id, record in self.batch:
                replace_facts(session, version_id, record)
        self.batch.clear()
