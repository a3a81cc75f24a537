"""How much the fact stages add to extracting one article, against a naive dateparser baseline.

    python bench/facts.py [--repeat N]

For every gold page (``shared/gold/pages``) and every article page of the demo site
(``scraper/demo_site``) it times, per article: the record without facts, the record with facts,
our date facts alone on the body, and the naive baseline (``dateparser.search.search_dates``
over each paragraph with ``languages=['en']`` and the published date as relative base). Each
figure is the best of ``--repeat`` runs; the report gives the median and p90 over articles.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import time
import warnings
from collections.abc import Callable
from pathlib import Path

from pipelines import extract
from pipelines.facts.context import build_context
from pipelines.facts.dates import find_dates

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT.parent / "shared" / "gold"
DEMO = ROOT / "scraper" / "demo_site"


def pages() -> list[tuple[str, bytes]]:
    """(url, html) of every gold page and demo-site article page."""
    found = []
    for gold in sorted(GOLD.glob("*.json")):
        data = json.loads(gold.read_text())
        found.append((data.get("url", ""), (GOLD / data["page"]).read_bytes()))
    for page in sorted(DEMO.rglob("*.html")) if DEMO.is_dir() else []:
        if page.name != "index.html" or page.parent != DEMO:
            found.append((f"http://demo.test/{page.relative_to(DEMO)}", page.read_bytes()))
    return found


def best_ms(run: Callable[[], object], repeat: int) -> float:
    """The fastest of ``repeat`` runs, in milliseconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return min(times)


def baseline(body: str, published: str | None) -> list[object]:
    """Naive date finding: dateparser's search over each paragraph."""
    from dateparser.search import search_dates

    base = dt.datetime.fromisoformat(published) if published else dt.datetime(2025, 1, 1)
    settings = {"RELATIVE_BASE": base.replace(tzinfo=None), "PREFER_DAY_OF_MONTH": "first"}
    found: list[object] = []
    for paragraph in body.split("\n\n"):
        found.extend(search_dates(paragraph, languages=["en"], settings=settings) or [])
    return found


def measure(url: str, html: bytes, repeat: int) -> dict[str, float]:
    """Per-article timings of one page."""
    record = extract(html, url, facts=False)
    body, published = record.body, record.published
    return {
        "record without facts": best_ms(lambda: extract(html, url, facts=False), repeat),
        "record with facts": best_ms(lambda: extract(html, url, facts=True), repeat),
        "date facts alone": best_ms(lambda: find_dates(build_context(body, published=published)), repeat),
        "baseline: search_dates": best_ms(lambda: baseline(body, published), repeat),
    }


def report(rows: list[dict[str, float]]) -> None:
    """Print median and p90 per measure."""
    print(f"{len(rows)} articles")
    print(f"{'measure':28} {'median ms':>10} {'p90 ms':>10}")
    for key in rows[0]:
        values = sorted(r[key] for r in rows)
        p90 = values[min(len(values) - 1, int(0.9 * len(values)))]
        print(f"{key:28} {statistics.median(values):10.2f} {p90:10.2f}")
    added = sorted(r["record with facts"] - r["record without facts"] for r in rows)
    print(f"{'facts add (per article)':28} {statistics.median(added):10.2f} {added[int(0.9 * (len(added) - 1))]:10.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # dateparser's own deprecation noise is not ours to report
        report([measure(url, html, args.repeat) for url, html in pages()])


if __name__ == "__main__":
    main()
