"""The scheduler: cron groups, no overlapping runs of a group, locks that survive dead holders, clean SIGTERM."""

from __future__ import annotations

import logging
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from scraper.config import load_config
from scraper.localsite import LocalSite
from scraper.locks import LockBusy, SourceLock, holder_pid, lock_name
from scraper.schedule import Group, Scheduler, groups_of
from storage import reads
from storage.db import open_database
from tests.crawl_helpers import REPO, child_env, start_site, write_config

EVERY_MINUTE = '[schedule]\nfeed = "* * * * *"\nsitemap = "0 */6 * * *"\nlisting = "* * * * *"\n'


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.at = datetime(2025, 1, 1, 12, 0, 30, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.at

    def advance(self, minutes: int = 1) -> None:
        self.at += timedelta(minutes=minutes)


@pytest.fixture
def slow_site() -> Iterator[LocalSite]:
    with start_site(delay=0.3) as running:
        yield running


def _runs(db_url: str) -> list[reads.RunRow]:
    database = open_database(db_url)
    try:
        with database.session() as session:
            return sorted(reads.list_runs(session), key=lambda r: r.id)
    finally:
        database.dispose()


def test_groups_by_cron(tmp_path: Path) -> None:
    config = load_config(write_config(tmp_path / "c.toml", "http://127.0.0.1:9", "sqlite:///x.db",
                                      only=["rss", "atom", "sitemap", "listing"], extra=EVERY_MINUTE))
    assert groups_of(config) == [Group("* * * * *", ("rss", "atom", "listing")), Group("0 */6 * * *", ("sitemap",))]


def test_lock_is_exclusive_and_freed_when_the_holder_dies(tmp_path: Path) -> None:
    path = tmp_path / lock_name(["b", "a"])
    assert lock_name(["a", "b"]) == path.name
    with SourceLock(path) as lock:
        assert lock.held and holder_pid(path) is not None
        with pytest.raises(LockBusy, match=r"held by pid \d+"):
            SourceLock(path).acquire()
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time; from scraper.locks import SourceLock; SourceLock(sys.argv[1]).acquire(); "
        "print('held', flush=True); time.sleep(60)"), str(path)], stdout=subprocess.PIPE, text=True, cwd=REPO,
        env=child_env())
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(LockBusy) as busy:
            SourceLock(path).acquire()
        assert busy.value.holder == holder.pid
    finally:
        holder.kill()
        holder.communicate()
    SourceLock(path).acquire().release()  # the OS freed the dead holder's lock


@pytest.mark.slow
def test_due_runs_of_a_group_never_overlap(slow_site: LocalSite, tmp_path: Path,
                                           caplog: pytest.LogCaptureFixture) -> None:
    db_url = f"sqlite:///{tmp_path / 'crawl.db'}"
    config_path = write_config(tmp_path / "c.toml", slow_site.base_url, db_url, only=["listing"], extra=EVERY_MINUTE)
    config, clock = load_config(config_path), FakeClock()
    first = Scheduler(config, str(config_path), lock_dir=tmp_path / "locks", now=clock)
    other = Scheduler(config, str(config_path), lock_dir=tmp_path / "locks", now=clock)  # e.g. a second terminal
    (group,) = first.groups
    try:
        first.tick()
        assert not first.running  # not due yet
        clock.advance()
        caplog.set_level(logging.WARNING, logger="showbeat.schedule")
        first.tick()
        assert group in first.running
        clock.advance()
        first.tick()  # due again while the first run goes on: skipped
        assert "previous run" in caplog.text
        assert not other.launch(group)  # the lock keeps other schedulers out
        assert "held by pid" in caplog.text
        _wait_until_idle(first)
        assert other.launch(group)  # free again once the run ended
        _wait_until_idle(other)
    finally:
        first.stop_children(grace=10)
        other.stop_children(grace=10)
    runs = _runs(db_url)
    assert [r.status for r in runs] == ["finished", "finished"]
    assert runs[0].finished_at is not None and runs[0].finished_at <= runs[1].started_at


def _wait_until_idle(scheduler: Scheduler, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while scheduler.running and time.monotonic() < deadline:
        time.sleep(0.2)
        scheduler.reap()
    assert not scheduler.running, "the crawl did not finish in time"


@pytest.mark.slow
def test_sigterm_stops_the_scheduler_and_its_crawl_cleanly(slow_site: LocalSite, tmp_path: Path) -> None:
    db_url = f"sqlite:///{tmp_path / 'crawl.db'}"
    config_path = write_config(tmp_path / "c.toml", slow_site.base_url, db_url, only=["listing", "rss"],
                               extra=EVERY_MINUTE)
    scheduler = subprocess.Popen(
        [sys.executable, "-m", "scraper.schedule", "--config", str(config_path), "--run-now",
         "--lock-dir", str(tmp_path / "locks"), "--log-file", str(tmp_path / "schedule.log")],
        cwd=REPO, env=child_env(), stderr=subprocess.PIPE, text=True)
    try:
        _wait_for_running_run(db_url, scheduler)
        scheduler.send_signal(signal.SIGTERM)
        _, stderr = scheduler.communicate(timeout=60)
    finally:
        scheduler.kill()
    assert scheduler.returncode == 0, stderr
    (run,) = _runs(db_url)
    assert run.status == "interrupted" and run.finished_at is not None
    log = (tmp_path / "schedule.log").read_text(encoding="utf-8")
    assert "received SIGTERM: stopping" in log and "scheduler stopped" in log
    lock_files = list((tmp_path / "locks").rglob("*.lock"))
    assert len(lock_files) == 1
    SourceLock(lock_files[0]).acquire().release()  # released


def _wait_for_running_run(db_url: str, process: subprocess.Popen[str], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert process.poll() is None, process.communicate()
        if Path(db_url.removeprefix("sqlite:///")).exists():
            runs = _runs(db_url)
            if runs and runs[0].status == "running" and runs[0].counts["requests"] >= 2:
                return
        time.sleep(0.2)
    pytest.fail("the scheduled crawl did not start")
