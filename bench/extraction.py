"""Extraction benchmark: showbeat's article record (facts off) beside trafilatura, same pages, same run.

    python bench/extraction.py /work/shared/corpora/article-extraction-benchmark [--limit N]
        [--filter language=en] [--no-peers] [--stages]

Reads the corpus's ``cases.json`` (pages plain or gzip), scores the body the way the
article-extraction-benchmark does (4-gram shingles of ``\\w+`` tokens; per-page TP/FP/FN
normalised to sum 1; precision and recall averaged over pages, F1 their harmonic mean) and
prints F1, precision, recall and median / p90 milliseconds per page for each extractor (cases
without a body truth, such as a date corpus, are timed but not scored).
``--stages`` also prints the median CPU milliseconds of each stage of showbeat's record.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from pipelines import extract
from pipelines.body import extract_body
from pipelines.context import resolve_config
from pipelines.embeds import extract_embeds
from pipelines.metadata import extract_metadata
from pipelines.parse import parse_page
from pipelines.relevance import match_shows

_TOKEN = re.compile(r"\w+")


def load_cases(corpus: Path, filters: list[str], limit: int | None) -> list[tuple[dict, bytes]]:
    """The corpus's cases (those with a body truth are scored; all are timed), each with its page bytes."""
    wanted = dict(f.split("=", 1) for f in filters)
    cases = [c for c in json.loads((corpus / "cases.json").read_text())["cases"]
             if all(str(c.get(k)) == v for k, v in wanted.items())]
    out = []
    for case in cases[:limit]:
        raw = (corpus / case["file"]).read_bytes()
        out.append((case, gzip.decompress(raw) if case["file"].endswith(".gz") else raw))
    return out


def _shingles(text: str) -> Counter:
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i:i + 4]) for i in range(max(0, len(tokens) - 3)))


def page_counts(truth: str, pred: str) -> tuple[float, float, float]:
    """Normalised (TP, FP, FN) of one page."""
    gold, got = _shingles(truth), _shingles(pred)
    tp = sum((gold & got).values())
    fp, fn = sum(got.values()) - tp, sum(gold.values()) - tp
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def body_scores(counts: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    """(F1, precision, recall) over pages as the benchmark averages them."""
    precisions = [tp / (tp + fp) for tp, fp, _ in counts if tp + fp > 0]
    recalls = [tp / (tp + fn) for tp, _, fn in counts if tp + fn > 0]
    p = statistics.fmean(precisions) if precisions else 0.0
    r = statistics.fmean(recalls) if recalls else 0.0
    return (2 * p * r / (p + r) if p + r else 0.0), p, r


def run(name: str, fn: Callable[[bytes, str], str], cases: list[tuple[dict, bytes]]) -> dict:
    """Time ``fn`` on every page (after one warm-up call) and score its bodies."""
    fn(cases[0][1], cases[0][0].get("url") or "")
    times, cpu, counts = [], [], []
    for case, raw in cases:
        start, start_cpu = time.perf_counter(), time.process_time()
        body = fn(raw, case.get("url") or "")
        times.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
        if "body" in case:
            counts.append(page_counts(case["body"], body or ""))
    f1, p, r = body_scores(counts)
    times.sort()
    return {"name": name, "pages": len(cases), "scored": len(counts), "f1": f1, "p": p, "r": r,
            "median_ms": statistics.median(times),
            "p90_ms": times[int(0.9 * (len(times) - 1))], "cpu_ms": statistics.median(cpu)}


def stage_times(cases: list[tuple[dict, bytes]]) -> dict[str, float]:
    """Median CPU milliseconds per page of each stage (parse, metadata, embeds, body, relevance)."""
    cfg = resolve_config(None)
    times: dict[str, list[float]] = {name: [] for name in ("parse", "metadata", "embeds", "body", "relevance")}
    for case, raw in cases:
        marks = [time.process_time()]
        page = parse_page(raw, case.get("url") or "")
        marks.append(time.process_time())
        meta = extract_metadata(page, cfg)
        marks.append(time.process_time())
        extract_embeds(page)
        marks.append(time.process_time())
        body = extract_body(page, meta)
        marks.append(time.process_time())
        match_shows(meta.title, body, cfg.shows)
        marks.append(time.process_time())
        for name, start, end in zip(times, marks, marks[1:], strict=False):
            times[name].append((end - start) * 1000)
    return {name: statistics.median(values) for name, values in times.items()}


def showbeat(raw: bytes, url: str) -> str:
    return extract(raw, url, facts=False).body


def peers() -> dict[str, Callable[[bytes, str], str]]:
    """Optional peers that are importable here."""
    found: dict[str, Callable[[bytes, str], str]] = {}
    try:
        import trafilatura
    except ImportError:
        return found
    found["trafilatura"] = lambda raw, url: trafilatura.extract(raw, url=url or None) or ""
    return found


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--filter", action="append", default=[], metavar="KEY=VALUE")
    parser.add_argument("--no-peers", action="store_true")
    parser.add_argument("--stages", action="store_true", help="also print median CPU ms of each stage")
    args = parser.parse_args(argv)
    cases = load_cases(args.corpus, args.filter, args.limit)
    if not cases:
        raise SystemExit("no cases match")
    extractors = {"showbeat": showbeat, **({} if args.no_peers else peers())}
    rows = [run(name, fn, cases) for name, fn in extractors.items()]
    print(f"{'extractor':<12} {'pages':>5} {'body F1':>8} {'P':>6} {'R':>6} {'median ms':>10} {'p90 ms':>8} "
          f"{'CPU ms':>7}")
    for row in rows:
        scored = row["scored"] > 0
        f1, prec, rec = (f"{row[k]:.3f}" if scored else "-" for k in ("f1", "p", "r"))
        print(f"{row['name']:<12} {row['pages']:>5} {f1:>8} {prec:>6} {rec:>6} "
              f"{row['median_ms']:>10.1f} {row['p90_ms']:>8.1f} {row['cpu_ms']:>7.1f}")
    if len(rows) > 1:
        print(f"showbeat median / {rows[1]['name']} median = {rows[0]['median_ms'] / rows[1]['median_ms']:.2f}")
        print(f"showbeat CPU / {rows[1]['name']} CPU = {rows[0]['cpu_ms'] / rows[1]['cpu_ms']:.2f}")
    if args.stages:
        print("stage CPU ms (median): " + ", ".join(f"{k} {v:.2f}" for k, v in stage_times(cases).items()))


if __name__ == "__main__":
    main()
