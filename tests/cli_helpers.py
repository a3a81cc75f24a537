"""Helpers for the command-line tests: run the real ``showbeat`` entry point in a subprocess.

``run_cli(*args)`` runs ``python -m scraper.cli`` (the console script's module) with a clean
environment (no ``SHOWBEAT_DB``, no proxy variables) in a working directory without a
``showbeat.toml``. ``demo_database()`` crawls the offline demo site once per test session
into a temporary SQLite file; tests that change the database work on ``copy_demo_database``.
"""

from __future__ import annotations

import atexit
import json
import os
import shutil
import subprocess
import sys
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
_SCRUBBED = ("SHOWBEAT_DB", "http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "no_proxy", "NO_PROXY")


def run_cli(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None,
            timeout: float = 180) -> subprocess.CompletedProcess[str]:
    """Run ``showbeat ARGS`` and return the finished process (text stdout and stderr)."""
    environment = {k: v for k, v in os.environ.items() if k not in _SCRUBBED}
    environment.update(env or {})
    workdir = cwd or _scratch_dir()
    return subprocess.run([sys.executable, "-m", "scraper.cli", *args], capture_output=True, text=True,
                          env=environment, cwd=workdir, timeout=timeout, check=False)


def run_json(*args: str, **kwargs: Any) -> Any:
    """Run a ``--json`` command that must succeed and return its parsed output."""
    result = run_cli(*args, "--json", **kwargs)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def assert_one_line_error(result: subprocess.CompletedProcess[str], status: int) -> str:
    """The process failed with ``status`` and said why in one line on stderr, no traceback."""
    assert result.returncode == status, (result.returncode, result.stderr)
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


@cache
def _scratch_dir() -> Path:
    path = Path(tempfile.mkdtemp(prefix="showbeat-cli-"))
    atexit.register(shutil.rmtree, path, True)
    return path


@cache
def demo_crawl() -> tuple[Path, subprocess.CompletedProcess[str]]:
    """Crawl the demo site once per session; the database file and the crawl's process."""
    directory = Path(tempfile.mkdtemp(prefix="showbeat-demo-"))
    atexit.register(shutil.rmtree, directory, True)
    database = directory / "demo.db"
    result = run_cli("crawl", "--demo", "--db", f"sqlite:///{database}")
    return database, result


def demo_database() -> Path:
    """The session's demo database (crawled on first use); fails when the crawl failed."""
    database, result = demo_crawl()
    assert result.returncode == 0, result.stderr
    return database


def copy_demo_database(directory: Path) -> str:
    """A private copy of the demo database in ``directory``; returns its URL."""
    source = demo_database()
    target = directory / "demo-copy.db"
    for suffix in ("", "-wal", "-shm"):
        if Path(f"{source}{suffix}").exists():
            shutil.copyfile(f"{source}{suffix}", f"{target}{suffix}")
    return f"sqlite:///{target}"
