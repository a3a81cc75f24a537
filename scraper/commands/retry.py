"""``showbeat failures retry``: run the current extractors on kept pages, or fetch them again.

Without ``--refetch`` a failure's kept raw page goes through the crawl's own path
(``pipelines.scrapy_pipelines.store_page``: extract, assess, store or record the failure), so
a fixed extractor turns yesterday's ``no_body`` into an article. Fetch-stage failures kept no
usable page; they need ``--refetch``, which crawls their URLs again (``run_crawl(urls=...)``).
"""

from __future__ import annotations

import argparse
from collections import Counter
from datetime import UTC, datetime
from typing import Any

from scraper.commands.common import EXIT_FAILED, EXIT_OK, UserError, add_config_args, database, load

# Outcomes of one retry, as counted by the crawl's store path.
STORED = ("new", "updated", "unchanged")
REFETCH_ONLY_STAGES = ("fetch", "decode")


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``failures retry``."""
    parser = sub.add_parser("retry", help="re-run the current extractors on kept pages (--refetch: fetch again)",
                            description="Retry failed pages: re-extract the kept raw page with the current code "
                            "and store it when it now passes; --refetch fetches the URLs again instead.")
    add_config_args(parser)
    parser.add_argument("ids", type=int, nargs="*", metavar="ID", help="failure ids")
    parser.add_argument("--all", action="store_true", help="retry every open failure")
    parser.add_argument("--refetch", action="store_true", help="fetch the pages again (a small crawl of their URLs)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Retry the chosen failures; exit 1 when any still fails."""
    if bool(args.ids) == bool(args.all):
        raise UserError("failures retry: give failure IDs or --all (not both)")
    config = load(args)
    with database(config) as db:
        details = _chosen(db, args.ids, args.all)
        if args.refetch:
            return _refetch(config, db, details)
        outcomes = Counter(retry_kept(config, db, d) for d in details)
    print("retried " + ", ".join(f"{n} {outcome}" for outcome, n in sorted(outcomes.items())) if outcomes
          else "nothing to retry")
    return EXIT_FAILED if outcomes.get("still failing") else EXIT_OK


def _chosen(db: Any, ids: list[int], every: bool) -> list[Any]:
    """The failures to retry (with their kept pages); ``UserError`` for unknown ids."""
    from storage.reads import get_failure, list_failures

    with db.session(readonly=True) as session:
        if every:
            ids = [row.id for row in list_failures(session)]
        details = [get_failure(session, failure_id) for failure_id in ids]
    missing = [str(i) for i, d in zip(ids, details, strict=True) if d is None]
    if missing:
        raise UserError(f"no failure with id {', '.join(missing)} (see `showbeat failures --all`)")
    return details


def retry_kept(config: Any, db: Any, detail: Any) -> str:
    """Re-extract one failure's kept page; returns the outcome and prints one line about it."""
    if detail.resolved:
        return _say(detail, "already resolved")
    if detail.raw is None or detail.stage in REFETCH_ONLY_STAGES:
        return _say(detail, "skipped", "no usable kept page; use --refetch")
    from pipelines.scrapy_pipelines import store_page
    from scraper.runstate import RunState

    run = RunState(config, db)
    store_page(run, raw_page(detail))
    outcome = next((name for name in (*STORED, "seen") if run.counts.get(name)), "still failing")
    if outcome == "still failing":
        return _say(detail, outcome, _latest_reason(db, detail))
    note = f"retried: {outcome}" if outcome != "seen" else "retried: not about a tracked show"
    _resolve_url(db, detail.url, note)
    return _say(detail, "stored" if outcome in STORED else "resolved", note)


def raw_page(detail: Any) -> Any:
    """The failure's kept page as the ``RawPage`` the crawl's store path takes."""
    from scraper.items import RawPage

    headers = {"content-type": detail.content_type} if detail.content_type else {}
    return RawPage(url=detail.url, final_url=detail.url, status=detail.http_status or 200, body=detail.raw,
                   fetched_at=datetime.now(UTC), outlet=detail.outlet, headers=headers)


def _latest_reason(db: Any, detail: Any) -> str:
    from storage.reads import list_failures

    with db.session(readonly=True) as session:
        rows = [r for r in list_failures(session) if r.url == detail.url]
    return ", ".join(sorted({f"{r.stage}/{r.reason}: {r.message}" for r in rows})) or "failed again"


def _resolve_url(db: Any, url: str, note: str) -> int:
    from storage.writes import resolve_failures_for

    with db.session() as session:
        return resolve_failures_for(session, url, note)


def _say(detail: Any, outcome: str, note: str = "") -> str:
    print(f"failure {detail.id} ({detail.reason}) {detail.url}: {outcome}" + (f" ({note})" if note else ""))
    return outcome


def _refetch(config: Any, db: Any, details: list[Any]) -> int:
    """Crawl the failures' URLs again and resolve those whose pages are now stored."""
    from scraper.commands.crawl import crawl
    from storage.reads import page_states

    urls = list(dict.fromkeys(d.url for d in details if not d.resolved))
    if not urls:
        print("nothing to retry")
        return EXIT_OK
    crawl(config, urls=urls)
    with db.session(readonly=True) as session:
        states = page_states(session, urls)
    still = 0
    for url in urls:
        kind = getattr(states.get(url), "kind", None)
        if kind in ("article", "seen"):
            _resolve_url(db, url, f"refetched: {'stored' if kind == 'article' else 'not about a tracked show'}")
        still += kind not in ("article", "seen")
        print(f"{url}: {'stored' if kind == 'article' else kind or 'not fetched'}")
    return EXIT_FAILED if still else EXIT_OK
