"""Writing crawl runs: start, periodic counter flushes, finish, and cleaning up after crashes.

A run killed with SIGKILL cannot finish itself; the next crawl calls ``interrupt_stale_runs``,
which marks ``running`` runs of this host whose process is gone as ``interrupted``.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Mapping, Sequence

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from storage import models as m
from storage.results import RUN_COUNTS
from storage.types import utcnow

_END_STATUSES = ("finished", "failed", "interrupted")


def start_run(session: Session, *, sources: Sequence[str], pid: int | None = None) -> int:
    """Record a new run with status ``running`` and return its id.

    ``sources``: the config source names crawled; ``pid``: the crawl process (default: this one).
    """
    run = m.CrawlRun(sources=list(sources), pid=os.getpid() if pid is None else pid, host=socket.gethostname(),
                     started_at=utcnow(), status="running")
    session.add(run)
    session.flush()
    return run.id


def update_run(session: Session, run_id: int, counts: Mapping[str, int]) -> None:
    """Overwrite a run's counters with ``counts`` (keys from ``RUN_COUNTS``; others are an error)."""
    _check_counts(counts)
    if counts:
        session.execute(update(m.CrawlRun).where(m.CrawlRun.id == run_id).values(**counts))


def finish_run(session: Session, run_id: int, *, status: str, counts: Mapping[str, int]) -> None:
    """End a run: ``status`` is ``finished``, ``failed`` or ``interrupted``; final counters."""
    if status not in _END_STATUSES:
        raise ValueError(f"run status must be one of {', '.join(_END_STATUSES)}, not {status!r}")
    _check_counts(counts)
    session.execute(
        update(m.CrawlRun).where(m.CrawlRun.id == run_id).values(status=status, finished_at=utcnow(), **counts)
    )


def interrupt_stale_runs(session: Session) -> list[int]:
    """Mark ``running`` runs of this host whose process no longer exists as ``interrupted``.

    Runs of other hosts are left alone: their pids mean nothing here. Returns the ids changed.
    """
    query = select(m.CrawlRun.id, m.CrawlRun.pid).where(
        m.CrawlRun.status == "running", m.CrawlRun.host == socket.gethostname()
    )
    stale = [run_id for run_id, pid in session.execute(query) if pid is not None and not pid_alive(pid)]
    if stale:
        session.execute(
            update(m.CrawlRun).where(m.CrawlRun.id.in_(stale)).values(status="interrupted", finished_at=utcnow())
        )
    return stale


def pid_alive(pid: int) -> bool:
    """Whether a process with ``pid`` exists on this machine (signal 0 checks without signalling)."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    return True


def _check_counts(counts: Mapping[str, int]) -> None:
    unknown = set(counts) - set(RUN_COUNTS)
    if unknown:
        raise ValueError(f"unknown run counters: {', '.join(sorted(unknown))} (known: {', '.join(RUN_COUNTS)})")
