"""Per-source-group locks so two runs of the same sources never overlap, even across processes.

A lock is ``fcntl.flock`` on a file that also holds the holder's pid. The OS releases a flock
when its holder dies, so a crashed or killed holder never leaves a stale lock behind; the pid
in the file only tells people (and error messages) who holds it.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import re
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType


class LockBusy(Exception):
    """The lock is held by another live process."""

    def __init__(self, path: Path, holder: int | None) -> None:
        super().__init__(f"{path} is held by pid {holder}" if holder else f"{path} is held by another process")
        self.path, self.holder = path, holder


def lock_name(sources: Iterable[str]) -> str:
    """A file name for a group of sources: readable, and unique for the sorted set of names."""
    names = sorted(set(sources))
    slug = re.sub(r"[^a-z0-9-]+", "-", "+".join(names).lower())[:60].strip("-") or "all"
    digest = hashlib.sha1("\n".join(names).encode("utf-8")).hexdigest()[:10]
    return f"{slug}-{digest}.lock"


class SourceLock:
    """An exclusive, non-blocking lock on ``path``; use ``acquire``/``release`` or ``with``."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        """Whether this object holds the lock."""
        return self._fd is not None

    def fileno(self) -> int:
        """The locked file's descriptor (a child given it shares the lock); ``ValueError`` when not held."""
        if self._fd is None:
            raise ValueError(f"{self.path} is not held")
        return self._fd

    def acquire(self, pid: int | None = None) -> SourceLock:
        """Take the lock for ``pid`` (default: this process) or raise ``LockBusy``."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise LockBusy(self.path, holder_pid(self.path)) from None
        os.ftruncate(fd, 0)
        os.write(fd, f"{pid or os.getpid()}\n".encode())
        self._fd = fd
        return self

    def set_holder(self, pid: int) -> None:
        """Record ``pid`` (a child doing the work) as the holder shown to others."""
        if self._fd is not None:
            os.ftruncate(self._fd, 0)
            os.pwrite(self._fd, f"{pid}\n".encode(), 0)

    def release(self) -> None:
        """Release the lock (the file stays; an unlocked file is a free lock)."""
        if self._fd is None:
            return
        os.ftruncate(self._fd, 0)
        fcntl.flock(self._fd, fcntl.LOCK_UN)
        os.close(self._fd)
        self._fd = None

    def __enter__(self) -> SourceLock:
        return self.acquire()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.release()


def holder_pid(path: Path) -> int | None:
    """The pid written in a lock file, if any."""
    try:
        text = Path(path).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return int(text) if text.isdigit() else None
