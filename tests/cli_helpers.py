"""Helpers for the command-line tests: run the real ``showbeat`` entry point.

``run_cli(*args)`` runs ``showbeat ARGS`` with a clean environment (no ``SHOWBEAT_DB``, no proxy
variables) in a working directory without a ``showbeat.toml`` and returns the finished "process"
(exit status, text stdout and stderr). Commands that crawl (``crawl``, ``schedule``,
``failures retry --refetch``) run ``python -m scraper.cli`` (the console script's module) in a
subprocess, since Twisted's reactor starts only once per process; every other command calls
``scraper.cli.main`` in this process with the same environment, working directory and standard
streams a subprocess would have, which saves an interpreter start-up per call. As in a fresh
interpreter, an exception that escapes ``main`` is a traceback on stderr with exit status 1, and
log records of WARNING and above go to stderr (``logging.lastResort``; pytest's log capture would
otherwise swallow them).
Pass ``process=True`` to force a subprocess.

``demo_database()`` crawls the offline demo site once per test session into a temporary SQLite
file; tests that change the database work on ``copy_demo_database``.
"""

from __future__ import annotations

import atexit
import contextlib
import io
import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import traceback
from collections.abc import Iterator, Sequence
from functools import cache
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
_SCRUBBED = ("SHOWBEAT_DB", "http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "no_proxy", "NO_PROXY")
_CRAWLING_COMMANDS = ("crawl", "schedule")  # they run the Twisted reactor
_CRAWLING_OPTIONS = ("--refetch",)  # `failures retry --refetch` crawls the failed URLs again


def run_cli(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None,
            timeout: float = 180, process: bool | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``showbeat ARGS`` and return the finished process (text stdout and stderr).

    A subprocess for the commands that crawl (or with ``process=True``), else ``scraper.cli.main``
    in this process; ``timeout`` applies to subprocesses (pytest-timeout guards the rest).
    """
    environment = {k: v for k, v in os.environ.items() if k not in _SCRUBBED}
    environment.update(env or {})
    workdir = cwd or _scratch_dir()
    if process is None:
        process = crawls(args)
    if process:
        return subprocess.run([sys.executable, "-m", "scraper.cli", *args], capture_output=True, text=True,
                              env=environment, cwd=workdir, timeout=timeout, check=False)
    return _run_in_process(list(args), environment, workdir)


def crawls(args: Sequence[str]) -> bool:
    """Whether ``showbeat ARGS`` runs a crawl (and so needs a process of its own)."""
    return (bool(args) and args[0] in _CRAWLING_COMMANDS) or any(a in _CRAWLING_OPTIONS for a in args)


def _run_in_process(args: list[str], environment: dict[str, str],
                    workdir: Path) -> subprocess.CompletedProcess[str]:
    from scraper.cli import main

    stdout, stderr = io.StringIO(), io.StringIO()
    with _process_state(environment, workdir), contextlib.redirect_stdout(stdout), \
            contextlib.redirect_stderr(stderr), _last_resort_logging(stderr):
        try:
            status = main(args)
        except SystemExit as exit_:  # argparse errors, --help, --version
            status = _exit_status(exit_.code)
        except Exception:  # what the interpreter would print before exiting 1
            traceback.print_exc()
            status = 1
        sys.stdout.flush()
        sys.stderr.flush()
    return subprocess.CompletedProcess(["showbeat", *args], status, stdout.getvalue(), stderr.getvalue())


def _exit_status(code: object) -> int:
    """The exit status of ``sys.exit(code)``; a message is printed to stderr, as Python does."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(code, file=sys.stderr)
    return 1


@contextlib.contextmanager
def _process_state(environment: dict[str, str], workdir: Path) -> Iterator[None]:
    """``os.environ`` and the working directory as the subprocess would have them, restored after."""
    saved_env, saved_cwd = dict(os.environ), os.getcwd()
    os.environ.clear()
    os.environ.update(environment)
    os.chdir(workdir)
    try:
        yield
    finally:
        os.chdir(saved_cwd)
        os.environ.clear()
        os.environ.update(saved_env)


@contextlib.contextmanager
def _last_resort_logging(stream: io.StringIO) -> Iterator[None]:
    """Log records of WARNING and above printed to ``stream`` as an unconfigured interpreter prints them."""
    handler = logging.StreamHandler(stream)
    handler.setLevel(logging.WARNING)
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield
    finally:
        root.removeHandler(handler)


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
