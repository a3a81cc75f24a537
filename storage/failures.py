"""Writing failure records: one open failure per (normalized URL, stage, reason).

A repeat of the same failure bumps ``attempts`` and ``last_seen`` instead of adding a row;
storing the page later (or a reviewer) resolves it with a note.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from pipelines.failures import FailureInfo
from pipelines.urls import normalize_url
from storage import models as m
from storage.state import upsert_state
from storage.types import compress, utcnow


def record_failure(
    session: Session, failure: FailureInfo, *, run_id: int | None = None, at: datetime | None = None
) -> int:
    """Store a failed page and return the failure's id.

    An open failure with the same normalized URL, stage and reason is updated (attempts + 1,
    last seen, latest message and raw page); otherwise a new row is added. ``at``: when it
    happened (default now, UTC). The URL's page state becomes ``failed`` unless it is a stored
    article. Never commits.
    """
    now = at or utcnow()
    key = normalize_url(failure.url)
    row = _open_failure(session, key, failure) or _insert_open(session, key, failure, now)
    row.attempts += 1
    row.last_seen, row.run_id, row.message = now, run_id, failure.message
    row.outlet = failure.outlet or row.outlet
    row.http_status, row.content_type = failure.http_status, failure.content_type
    row.parser_version = failure.parser_version
    if failure.raw is not None:
        row.raw = compress(failure.raw)
    session.flush()
    _mark_failed(session, key, failure, now)
    return row.id


def resolve_failure(session: Session, failure_id: int, note: str) -> bool:
    """Mark one failure resolved with ``note``; ``False`` when it does not exist or was resolved."""
    result = session.execute(
        update(m.Failure).where(m.Failure.id == failure_id, m.Failure.resolved.is_(False))
        .values(resolved=True, resolution_note=note, resolved_at=utcnow())
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


def resolve_failures_for(session: Session, url: str, note: str = "stored") -> int:
    """Resolve every open failure of ``url`` (compared normalized); returns how many."""
    result = session.execute(
        update(m.Failure).where(m.Failure.url_key == normalize_url(url), m.Failure.resolved.is_(False))
        .values(resolved=True, resolution_note=note, resolved_at=utcnow())
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


def _open_failure(session: Session, key: str, failure: FailureInfo) -> m.Failure | None:
    query = select(m.Failure).where(
        m.Failure.url_key == key, m.Failure.stage == str(failure.stage), m.Failure.reason == str(failure.reason),
        m.Failure.resolved.is_(False),
    )
    return session.scalars(query.order_by(m.Failure.id).limit(1)).first()


def _insert_open(session: Session, key: str, failure: FailureInfo, now: datetime) -> m.Failure:
    """A new open failure with no attempts yet; the winner's row if another process just added it."""
    row = m.Failure(url=failure.url, url_key=key, stage=str(failure.stage), reason=str(failure.reason),
                    message=failure.message, first_seen=now, last_seen=now, attempts=0, resolved=False)
    try:
        # the partial unique index on open failures turns a concurrent duplicate into an error
        with session.begin_nested():
            session.add(row)
            session.flush()
    except IntegrityError:
        winner = _open_failure(session, key, failure)
        if winner is None:
            raise
        return winner
    return row


def _mark_failed(session: Session, key: str, failure: FailureInfo, now: datetime) -> None:
    kind = session.scalar(select(m.PageState.kind).where(m.PageState.url_key == key))
    if kind != "article":
        upsert_state(session, key, {"url": failure.url, "kind": "failed", "outlet": failure.outlet,
                                    "fetched_at": now})
