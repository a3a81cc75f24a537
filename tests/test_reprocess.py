"""Reprocessing: stored raw pages re-extracted without the network, facts replaced, on every core."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from pipelines import extract
from pipelines.context import ExtractConfig
from scraper.config import load_config
from scraper.demo import demo_config, demo_root
from scraper.reprocess import count_versions, reprocess
from storage.db import Database, open_database
from storage.reads import list_articles, list_facts
from storage.writes import FetchInfo, store_article
from tests.cli_helpers import copy_demo_database, run_cli, run_json

PAGES = {  # demo page -> its outlet's host
    "2026/02/trauma-code-renewed-seasons-two-three.html": "www.dramawiredaily.test",
    "news/2026/09/trauma-code-season-two-early-2027.html": "kscreeninsider.test",
    "articles/trauma-code-director-interview/index.html": "www.streamlineweekly.test",
}


@pytest.fixture
def factless_db(tmp_path: Path) -> Database:
    """A database whose stored versions were extracted without facts (as by an old parser)."""
    database = open_database(f"sqlite:///{tmp_path / 'factless.db'}")
    with database.session() as session:
        for page, host in PAGES.items():
            url = f"http://{host}/{page}"
            raw = (demo_root() / page).read_bytes()
            fetch = FetchInfo(url=url, final_url=url, status=200, fetched_at=datetime.now(UTC))
            store_article(session, extract(raw, url, facts=False), raw=raw, fetch=fetch)
    yield database
    database.dispose()


def fact_count(database: Database) -> int:
    with database.session(readonly=True) as session:
        return len(list_facts(session))


@pytest.mark.parametrize("workers", [1, 2])
def test_reprocess_replaces_facts_from_raw_pages(factless_db: Database, workers: int) -> None:
    assert fact_count(factless_db) == 0
    seen: list[int] = []
    summary = reprocess(factless_db, ExtractConfig(), workers=workers, progress=lambda done, _: seen.append(done))
    assert (summary.pages, summary.errors, summary.workers) == (3, 0, workers)
    assert seen == [1, 2, 3]
    assert summary.facts == fact_count(factless_db) > 10
    again = reprocess(factless_db, ExtractConfig(), workers=workers)
    assert again.facts == summary.facts == fact_count(factless_db)  # replaced, not added
    assert (summary.unchanged, again.unchanged) == (0, 3)  # the second pass found nothing new to write


def test_reprocess_force_rewrites_unchanged_versions(factless_db: Database) -> None:
    """Issue 4: an unchanged record is skipped unless ``force`` asks for every version to be rewritten."""
    reprocess(factless_db, ExtractConfig(), workers=1)
    forced = reprocess(factless_db, ExtractConfig(), workers=1, force=True)
    assert (forced.pages, forced.unchanged) == (3, 0)
    assert forced.facts == fact_count(factless_db)


def test_reprocess_filters(factless_db: Database) -> None:
    assert count_versions(factless_db) == 3
    assert count_versions(factless_db, since=datetime.now(UTC).date()) == 3
    assert count_versions(factless_db, since=datetime(2099, 1, 1).date()) == 0
    with factless_db.session(readonly=True) as session:
        outlet = list_articles(session)[0].outlet_name
    assert count_versions(factless_db, outlet=outlet) == 1


def demo_shows_config(tmp_path: Path) -> Path:
    """A config tracking the demo's shows: reprocessing extracts with the configured shows."""
    shows = "".join(f'[[shows]]\nslug = "{s.slug}"\ntitle = "{s.title}"\naliases = {list(s.aliases)!r}\n\n'
                    for s in demo_config(load_config(None)).shows)
    path = tmp_path / "demo.toml"
    path.write_text(shows.replace("'", '"'), encoding="utf-8")
    return path


def test_reprocess_command_on_the_demo_database(tmp_path: Path) -> None:
    db = copy_demo_database(tmp_path)
    config = str(demo_shows_config(tmp_path))
    serial = run_cli("reprocess", "--config", config, "--db", db, "--workers", "1")
    assert serial.returncode == 0, serial.stderr
    after_serial = run_json("facts", "--db", db)
    result = run_cli("reprocess", "--config", config, "--db", db, "--workers", "2")
    assert result.returncode == 0, result.stderr
    assert "reprocessing [" in result.stderr  # the progress bar
    assert result.stdout.startswith(f"reprocessed {len(run_json('articles', '--db', db))} pages with 2 workers")
    assert run_json("facts", "--db", db) == after_serial  # the same facts, whatever the worker count
    nothing = run_cli("reprocess", "--config", config, "--db", db, "--since", "2099-01-01")
    assert nothing.returncode == 0 and nothing.stdout.startswith("reprocessed 0 pages")
