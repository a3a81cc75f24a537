"""The write API of storage: everything the crawl and the CLI change in the database.

Functions take the ``Session`` first and never commit; the caller owns the transaction
(``Database.session()`` commits on success). Store each article in its own transaction so a
killed crawl leaves the database consistent. The implementations live in ``articles``,
``failures``, ``runs`` and ``state``; this module is the one place callers import from.
"""

from __future__ import annotations

from storage.articles import content_hash, replace_facts, store_article, sync_shows
from storage.failures import record_failure, resolve_failure, resolve_failures_for
from storage.results import RUN_COUNTS, FetchInfo, PageState, StoreResult
from storage.runs import finish_run, interrupt_stale_runs, start_run, update_run
from storage.state import page_states, remember_seen

__all__ = [
    "RUN_COUNTS",
    "FetchInfo",
    "PageState",
    "StoreResult",
    "content_hash",
    "finish_run",
    "interrupt_stale_runs",
    "page_states",
    "record_failure",
    "remember_seen",
    "replace_facts",
    "resolve_failure",
    "resolve_failures_for",
    "start_run",
    "store_article",
    "sync_shows",
    "update_run",
]
