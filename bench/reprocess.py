"""Reprocessing throughput: pages per second with one worker and with every core, side by side.

    python bench/reprocess.py [--copies N] [--pages DIR] [--workers N ...]

Stores the demo site's article pages (``scraper/demo_site``; plus every ``*.html`` under
``--pages DIR`` when given) ``--copies`` times under distinct URLs in a temporary SQLite
database, then times ``scraper.reprocess.reprocess`` over all of them for each worker count
(default: 1 and every core), in two modes: ``rewrite`` (``--force``: every version's record and
facts are written again) and ``changed`` (the default: only versions whose new record differs
from the stored one are written, here none, so the pass is extraction and comparison alone).
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipelines import extract  # noqa: E402 - after the path set-up, so the checkout is measured
from pipelines.context import ExtractConfig  # noqa: E402
from scraper.demo import DEMO_SHOWS, TRAUMA_CODE, demo_root  # noqa: E402
from scraper.reprocess import default_workers, reprocess  # noqa: E402
from storage.db import Database, open_database  # noqa: E402
from storage.writes import FetchInfo, store_article  # noqa: E402

CONFIG = ExtractConfig(shows=(TRAUMA_CODE, *DEMO_SHOWS))


def pages(extra: Path | None) -> list[Path]:
    """The demo site's article pages (those extraction gives a body), plus ``extra``'s HTML files."""
    found = sorted(demo_root().rglob("*.html")) + (sorted(extra.rglob("*.html")) if extra else [])
    return [p for p in found if len(extract(p.read_bytes(), "http://bench.test/", facts=False).body) >= 200]


def fill(database: Database, files: list[Path], copies: int) -> int:
    """Store every file ``copies`` times under distinct URLs; returns how many versions were stored."""
    stored = 0
    for copy in range(copies):
        with database.session() as session:
            for number, path in enumerate(files):
                url = f"http://bench{copy}.test/{number}/{path.name}"
                raw = path.read_bytes()
                record = dataclasses.replace(extract(raw, url, config=CONFIG, facts=False), canonical_url=url,
                                             shows=("the-trauma-code",))
                fetch = FetchInfo(url=url, final_url=url, status=200, fetched_at=datetime.now(UTC))
                store_article(session, record, raw=raw, fetch=fetch)
                stored += 1
    return stored


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print one row per worker count."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=int, default=10, help="store each page this many times (default 10)")
    parser.add_argument("--pages", type=Path, help="a directory of extra HTML pages to include")
    parser.add_argument("--workers", type=int, nargs="+", help="worker counts to compare (default: 1 and all)")
    args = parser.parse_args(argv)
    counts = args.workers or sorted({1, default_workers()})
    with tempfile.TemporaryDirectory() as directory:
        database = open_database(f"sqlite:///{directory}/bench.db")
        try:
            total = fill(database, pages(args.pages), args.copies)
            print(f"reprocessing {total} stored pages (SQLite, {default_workers()} cores available)")
            print(f"{'mode':>8}  {'workers':>7}  {'seconds':>8}  {'pages/s':>8}  {'written':>7}  {'speed-up':>8}")
            for mode, force in (("rewrite", True), ("changed", False)):
                base = None
                for workers in counts:
                    summary = reprocess(database, CONFIG, workers=workers, force=force)
                    base = base or summary.pages_per_second
                    print(f"{mode:>8}  {workers:>7}  {summary.seconds:>8.2f}  {summary.pages_per_second:>8.1f}  "
                          f"{summary.pages - summary.unchanged:>7}  {summary.pages_per_second / base:>7.2f}x")
        finally:
            database.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
