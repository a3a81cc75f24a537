"""Reading the operational records: failures (listed, grouped, in detail) and crawl runs."""

from __future__ import annotations

from datetime import date
from typing import Literal

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from storage import models as m
from storage.filters import start_of
from storage.results import RUN_COUNTS, FailureDetail, FailureGroup, FailureRow, RunRow
from storage.types import decompress


def list_failures(
    session: Session, *, stage: str | None = None, reason: str | None = None, outlet: str | None = None,
    since: date | None = None, include_resolved: bool = False,
) -> list[FailureRow]:
    """Failures, most recently seen first; open ones only unless ``include_resolved``.

    ``stage``/``reason``: codes (``fetch``, ``http_error``...); ``outlet``: as recorded or
    the URL's domain, case-insensitive; ``since``: last seen on or after this day (UTC).
    """
    query = select(m.Failure).where(*_failure_filters(stage, reason, outlet, since, include_resolved))
    return [_row(row) for row in session.scalars(query.order_by(m.Failure.last_seen.desc(), m.Failure.id.desc()))]


def group_failures(
    session: Session, *, by: Literal["reason", "outlet"], stage: str | None = None, reason: str | None = None,
    outlet: str | None = None, since: date | None = None,
) -> list[FailureGroup]:
    """Open failures counted by reason code or by outlet, largest group first."""
    if by not in ("reason", "outlet"):
        raise ValueError(f"group failures by 'reason' or 'outlet', not {by!r}")
    key = m.Failure.reason if by == "reason" else m.Failure.outlet
    query = (select(key, func.count(), func.sum(m.Failure.attempts), func.max(m.Failure.last_seen))
             .where(*_failure_filters(stage, reason, outlet, since, False)).group_by(key)
             .order_by(func.count().desc(), key.is_(None), key))
    return [FailureGroup(key=group, count=count, attempts=int(attempts or 0), last_seen=last)
            for group, count, attempts, last in session.execute(query)]


def get_failure(session: Session, failure_id: int) -> FailureDetail | None:
    """One failure with its kept raw page (decompressed), or ``None``."""
    row = session.get(m.Failure, failure_id)
    if row is None:
        return None
    return FailureDetail(**_fields(row), raw=decompress(row.raw))


def list_runs(session: Session, *, limit: int = 20) -> list[RunRow]:
    """The latest crawl runs, newest first, with counters (``RunRow.duration`` once ended)."""
    query = select(m.CrawlRun).order_by(m.CrawlRun.started_at.desc(), m.CrawlRun.id.desc()).limit(limit)
    return [RunRow(id=run.id, sources=tuple(run.sources), pid=run.pid, host=run.host, status=run.status,  # type: ignore[arg-type]
                   started_at=run.started_at, finished_at=run.finished_at,
                   counts={name: getattr(run, name) for name in RUN_COUNTS})
            for run in session.scalars(query)]


def _failure_filters(
    stage: str | None, reason: str | None, outlet: str | None, since: date | None, include_resolved: bool
) -> list[ColumnElement[bool]]:
    clauses = [] if include_resolved else [m.Failure.resolved.is_(False)]
    if stage:
        clauses.append(m.Failure.stage == str(stage))
    if reason:
        clauses.append(m.Failure.reason == str(reason))
    if outlet:
        # the outlet as recorded (a name or a domain), or the domain of the failed URL
        wanted = outlet.strip().lower().removeprefix("www.")
        clauses.append(or_(func.lower(m.Failure.outlet) == wanted,
                           m.Failure.url_key.startswith(f"https://{wanted}/", autoescape=True)))
    if since is not None:
        clauses.append(m.Failure.last_seen >= start_of(since))
    return clauses


def _fields(row: m.Failure) -> dict[str, object]:
    return {
        "id": row.id, "url": row.url, "outlet": row.outlet, "stage": row.stage, "reason": row.reason,
        "message": row.message, "http_status": row.http_status, "parser_version": row.parser_version,
        "content_type": row.content_type, "first_seen": row.first_seen, "last_seen": row.last_seen,
        "attempts": row.attempts, "resolved": row.resolved, "resolution_note": row.resolution_note,
        "resolved_at": row.resolved_at, "run_id": row.run_id, "has_raw": row.raw is not None,
    }


def _row(row: m.Failure) -> FailureRow:
    return FailureRow(**_fields(row))  # type: ignore[arg-type]

