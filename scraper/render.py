"""Output for the command line: aligned tables for people, JSON for programs, and a progress line.

Tables fit the terminal by shortening the widest text column; JSON turns dataclasses, dates
and tuples into plain values, so every listing command's ``--json`` is one ``json.dumps`` away.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
import sys
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime, timedelta
from typing import Any, TextIO


def plain(value: Any) -> Any:
    """``value`` as JSON-ready data: dataclasses to dicts, dates to ISO strings, tuples to lists."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [plain(v) for v in value]
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, timedelta):
        return value.total_seconds()
    if isinstance(value, bytes):
        return None  # raw pages never go into listings; `failures show --html` writes them
    return value


def print_json(value: Any, out: TextIO | None = None) -> None:
    """Print ``value`` as indented JSON (non-ASCII kept as is)."""
    print(json.dumps(plain(value), ensure_ascii=False, indent=2), file=out or sys.stdout)




def cell(value: Any) -> str:
    """One table cell: ``-`` for unknown, dates short, lists joined."""
    if value is None or value == "" or value == ():
        return "-"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, timedelta):
        return human_duration(value.total_seconds())
    if isinstance(value, (list, tuple)):
        return ", ".join(cell(v) for v in value) or "-"
    return " ".join(str(value).split())


def table(headers: Sequence[str], rows: Iterable[Sequence[Any]], *, out: TextIO | None = None,
          width: int | None = None) -> None:
    """Print ``rows`` under ``headers`` as aligned columns, shortening the widest column to fit."""
    text_rows = [[cell(v) for v in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in text_rows]) for i, h in enumerate(headers)]
    limit = width or shutil.get_terminal_size((120, 24)).columns
    _fit(widths, limit)
    stream = out or sys.stdout
    print(_line(headers, widths), file=stream)
    print("  ".join("-" * w for w in widths), file=stream)
    for row in text_rows:
        print(_line(row, widths), file=stream)


def _fit(widths: list[int], limit: int) -> None:
    """Shrink the widest columns (never below 12) until the table fits ``limit`` characters."""
    while sum(widths) + 2 * (len(widths) - 1) > limit:
        widest = max(range(len(widths)), key=widths.__getitem__)
        if widths[widest] <= 12:
            return
        widths[widest] -= 1


def _line(values: Sequence[str], widths: Sequence[int]) -> str:
    parts = [_clip(v, w).ljust(w) for v, w in zip(values, widths, strict=True)]
    return "  ".join(parts).rstrip()


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def human_duration(seconds: float | None) -> str:
    """``75.2`` -> ``1m15s``; ``None`` -> ``-``."""
    if seconds is None:
        return "-"
    if seconds < 60:
        return f"{seconds:.1f}s"
    minutes, secs = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h{minutes:02d}m" if hours else f"{minutes}m{secs:02d}s"


def human_ago(when: datetime | None, now: datetime) -> str:
    """How long before ``now`` ``when`` was, in words people read at a glance ("3 days ago")."""
    if when is None:
        return "-"
    seconds = (now - when).total_seconds()
    for unit, size in (("day", 86400), ("hour", 3600), ("minute", 60)):
        if seconds >= size:
            n = int(seconds // size)
            return f"{n} {unit}{'s' if n != 1 else ''} ago"
    return "just now"


class Progress:
    """A one-line status on stderr: rewritten in place on a terminal, plain lines otherwise."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty()
        self._last = ""
        self._width = 0

    def update(self, text: str) -> None:
        """Show ``text`` (skipped when it did not change)."""
        if text == self._last:
            return
        self._last = text
        if self.tty:
            pad = max(0, self._width - len(text))
            self.stream.write("\r" + text + " " * pad)
            self._width = len(text)
        else:
            self.stream.write(text + "\n")
        self.stream.flush()

    def done(self) -> None:
        """End the in-place line so later output starts on a new line."""
        if self.tty and self._last:
            self.stream.write("\n")
            self.stream.flush()


def bar(done: int, total: int, width: int = 30) -> str:
    """A text progress bar: ``[#######.......]  12/40``."""
    filled = int(width * done / total) if total else width
    return f"[{'#' * filled}{'.' * (width - filled)}] {done}/{total}"
