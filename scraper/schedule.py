"""``showbeat schedule``: run crawls on cron schedules, one child process per due source group.

Each source's cron expression is its own ``schedule``, else ``[schedule]``'s entry for its kind;
sources sharing an expression form a group and crawl together in one child
(``python -m scraper.crawl --source ...``: a Twisted reactor runs once per process). Runs of a
group never overlap: the scheduler skips a group whose previous run is still going, and a
``SourceLock`` (``scraper.locks``) shared with the child keeps other schedulers out too.
SIGINT/SIGTERM stop cleanly: children get SIGTERM, mark their runs ``interrupted`` and exit.
"""

from __future__ import annotations

import argparse
import hashlib
import logging
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import FrameType

from croniter import croniter

from scraper.config import Config, ConfigError, load_config
from scraper.locks import LockBusy, SourceLock, lock_name

logger = logging.getLogger("showbeat.schedule")
STOP_GRACE_S = 45.0  # how long children get to mark their runs interrupted before they are killed
TICK_S = 0.5


@dataclass(frozen=True)
class Group:
    """Sources crawled together on one cron expression."""

    cron: str
    sources: tuple[str, ...]


def groups_of(config: Config) -> list[Group]:
    """The config's sources grouped by cron expression (sources without one are not scheduled)."""
    by_cron: dict[str, list[str]] = {}
    for source in config.sources:
        cron = source.schedule or getattr(config.schedule, source.kind, None)
        if cron:
            by_cron.setdefault(cron, []).append(source.name)
    return [Group(cron, tuple(names)) for cron, names in by_cron.items()]


@dataclass
class _Running:
    process: subprocess.Popen[bytes]
    lock: SourceLock
    started: float


@dataclass
class Scheduler:
    """The scheduling loop; ``now``, ``sleep`` and ``command`` are injectable for tests."""

    config: Config
    config_path: str | None
    db_url: str | None = None
    lock_dir: Path | None = None
    now: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))
    sleep: Callable[[float], None] = time.sleep
    running: dict[Group, _Running] = field(default_factory=dict)
    stopping: bool = False
    log_file: str | None = None  # the children's stderr (their errors) goes here too, else to ours

    def __post_init__(self) -> None:
        self.groups = groups_of(self.config)
        self.lock_dir = self.lock_dir or default_lock_dir()
        start = self.now()
        self.due = {g: croniter(g.cron, start).get_next(datetime) for g in self.groups}

    def command(self, group: Group) -> list[str]:
        """The child process's command line for ``group``."""
        cmd = [sys.executable, "-m", "scraper.crawl"]
        if self.config_path:
            cmd += ["--config", self.config_path]
        if self.db_url:
            cmd += ["--db", self.db_url]
        for name in group.sources:
            cmd += ["--source", name]
        return cmd

    def tick(self) -> None:
        """Reap finished children, then start every group that is due."""
        self.reap()
        now = self.now()
        for group, due in list(self.due.items()):
            if due <= now and not self.stopping:
                self.due[group] = croniter(group.cron, now).get_next(datetime)
                self.launch(group)

    def run_all_now(self) -> None:
        """Start every group once, now (``--run-now``)."""
        for group in self.groups:
            self.launch(group)

    def launch(self, group: Group) -> bool:
        """Start ``group``'s crawl unless its previous run (here or in another scheduler) still runs."""
        if group in self.running:
            logger.warning("skipping %s: its previous run (pid %s) is still running", _label(group),
                           self.running[group].process.pid)
            return False
        lock = SourceLock(self._lock_path(group))
        try:
            lock.acquire()
        except LockBusy as busy:
            logger.warning("skipping %s: %s", _label(group), busy)
            return False
        process = self._spawn(group, lock)
        self.running[group] = _Running(process, lock, time.monotonic())
        logger.info("started %s (pid %s)", _label(group), process.pid)
        return True

    def _spawn(self, group: Group, lock: SourceLock) -> subprocess.Popen[bytes]:
        # The child inherits the locked file: the lock lives while either process does.
        if self.log_file:
            with open(self.log_file, "ab") as log:  # the child keeps its own copy of the descriptor
                process = subprocess.Popen(self.command(group), pass_fds=(lock.fileno(),),
                                           stdout=subprocess.DEVNULL, stderr=log, start_new_session=True)
        else:
            process = subprocess.Popen(self.command(group), pass_fds=(lock.fileno(),), stdout=subprocess.DEVNULL,
                                       start_new_session=True)
        lock.set_holder(process.pid)
        return process

    def _lock_path(self, group: Group) -> Path:
        assert self.lock_dir is not None
        scope = hashlib.sha1(self.config.database_url.encode()).hexdigest()[:8]
        return self.lock_dir / scope / lock_name(group.sources)

    def reap(self) -> None:
        """Release the locks of children that have exited."""
        for group, running in list(self.running.items()):
            code = running.process.poll()
            if code is None:
                continue
            running.lock.release()
            del self.running[group]
            took = time.monotonic() - running.started
            log = logger.info if code == 0 else logger.warning
            log("%s finished with exit code %s after %.1fs", _label(group), code, took)

    def stop_children(self, grace: float = STOP_GRACE_S) -> None:
        """SIGTERM every child, wait up to ``grace`` seconds, then kill what is left."""
        for running in self.running.values():
            if running.process.poll() is None:
                running.process.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + grace
        for running in self.running.values():
            try:
                running.process.wait(timeout=max(0.0, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                logger.warning("pid %s ignored SIGTERM for %.0fs; killing it", running.process.pid, grace)
                running.process.kill()
                running.process.wait()
        self.reap()

    def loop(self, *, max_ticks: int | None = None) -> None:
        """Tick until stopped (or ``max_ticks`` ticks), then stop the children."""
        ticks = 0
        while not self.stopping and (max_ticks is None or ticks < max_ticks):
            self.tick()
            ticks += 1
            self.sleep(TICK_S)
        self.stop_children()


def _label(group: Group) -> str:
    return f"[{', '.join(group.sources)}] ({group.cron})"


def default_lock_dir() -> Path:
    """Machine-wide lock directory, per user."""
    return Path(tempfile.gettempdir()) / f"showbeat-locks-{os.getuid()}"


def setup_logging(log_file: str | None) -> None:
    """Log to ``log_file`` when given, else to stderr."""
    handler: logging.Handler = logging.FileHandler(log_file, encoding="utf-8") if log_file else logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    logger.handlers[:] = [handler]
    logger.setLevel(logging.INFO)
    logger.propagate = False


def run_scheduler(config_path: str | None, *, db_url: str | None = None, lock_dir: Path | None = None,
                  run_now: bool = False, log_file: str | None = None) -> int:
    """Run the scheduler until SIGINT/SIGTERM; the exit code (0 after a clean stop).

    ``config_path``: the config file (``None``: ./showbeat.toml or the bundled one); ``db_url``
    overrides its database; ``run_now`` starts every group once at start-up; ``log_file``
    overrides ``[schedule] log_file``. Raises ``ConfigError`` when there is nothing to schedule.
    """
    config = load_config(config_path, db_url=db_url)
    log_file = log_file or config.schedule.log_file
    setup_logging(log_file)
    scheduler = Scheduler(config, config_path, db_url=db_url, lock_dir=lock_dir, log_file=log_file)
    if not scheduler.groups:
        raise ConfigError(config.path, "schedule", "no source has a schedule")
    for group in scheduler.groups:
        logger.info("scheduled %s, next at %s", _label(group), scheduler.due[group].isoformat())
    _install_stop_handlers(scheduler)
    if run_now:
        scheduler.run_all_now()
    scheduler.loop()
    logger.info("scheduler stopped")
    return 0


def _install_stop_handlers(scheduler: Scheduler) -> None:
    def stop(signum: int, _frame: FrameType | None) -> None:
        logger.info("received %s: stopping", signal.Signals(signum).name)
        scheduler.stopping = True

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m scraper.schedule``: the scheduler as its own process."""
    parser = argparse.ArgumentParser(prog="python -m scraper.schedule", description=run_scheduler.__doc__)
    parser.add_argument("--config")
    parser.add_argument("--db")
    parser.add_argument("--lock-dir", type=Path)
    parser.add_argument("--run-now", action="store_true", help="start every source group once at start-up")
    parser.add_argument("--log-file")
    args = parser.parse_args(argv)
    try:
        return run_scheduler(args.config, db_url=args.db, lock_dir=args.lock_dir, run_now=args.run_now,
                             log_file=args.log_file)
    except ConfigError as error:
        print(f"showbeat schedule: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
