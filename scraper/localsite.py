"""A real HTTP server on 127.0.0.1 for the demo site and the crawl tests.

``serve(root, routes)`` starts a threaded ``http.server`` on a free port in a background thread
and returns a ``LocalSite`` (a context manager; ``.base_url`` like ``http://127.0.0.1:PORT``).

What it serves:

- files under ``root`` (``/dir/`` serves ``/dir/index.html``); in ``.html``, ``.xml``, ``.txt``
  and ``.json`` files the placeholder ``{base}`` becomes ``base_url``, so feeds and sitemaps list
  absolute URLs; ``/x.xml.gz`` is served gzipped from ``x.xml`` when no such ``.gz`` file exists;
- every 200 answer carries an ``ETag`` and a ``Last-Modified``; ``If-None-Match`` /
  ``If-Modified-Since`` that match give ``304 Not Modified``;
- ``routes`` (exact paths, query included or not) override files: status codes, redirects,
  delays (for timeouts), custom content types and bytes; ``root/_routes.json`` may declare routes
  too (``{"/path": {"status": 500, "body": "text", ...}}``);
- ``.requests`` logs every request (method, path, headers) so tests can check what a crawler sent.
"""

from __future__ import annotations

import argparse
import email.utils
import gzip
import hashlib
import json
import mimetypes
import signal
import sys
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import MappingProxyType
from typing import Any
from urllib.parse import urlsplit

_TEXT_SUFFIXES = (".html", ".htm", ".xml", ".txt", ".json")
_TYPES = {".html": "text/html; charset=utf-8", ".htm": "text/html; charset=utf-8",
          ".xml": "application/xml; charset=utf-8", ".txt": "text/plain; charset=utf-8",
          ".json": "application/json", ".gz": "application/x-gzip"}
# One fixed Last-Modified for routes: stable across restarts, so conditional requests can match.
_ROUTE_MTIME = 1_700_000_000.0


@dataclass(frozen=True)
class Route:
    """A canned answer for one path: status, body or file, content type, headers, delay, redirect."""

    status: int = 200
    body: bytes | None = None
    file: str | None = None
    content_type: str | None = None
    headers: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    delay: float = 0.0
    redirect: str | None = None


@dataclass(frozen=True)
class LoggedRequest:
    """One request the site received."""

    method: str
    path: str
    headers: Mapping[str, str]


class _Server(ThreadingHTTPServer):
    # A crawler opens dozens of connections at once; the default backlog of 5 drops SYNs, and a
    # dropped SYN is retried after a second, which looks like a timeout to a crawl with short ones.
    request_queue_size = 128
    daemon_threads = True
    block_on_close = False

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Clients that hang up (timeouts, cancelled downloads) are normal here; other errors are printed."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@dataclass(frozen=True)
class _Answer:
    status: int
    body: bytes
    headers: dict[str, str]


class LocalSite:
    """A running local site; stop it with ``.stop()`` or by leaving the ``with`` block."""

    def __init__(self, root: Path | None, routes: Mapping[str, Route], *, port: int = 0, delay: float = 0.0) -> None:
        self.root = Path(root).resolve() if root is not None else None
        self.routes: dict[str, Route] = {**_routes_file(self.root), **routes}
        self.delay = delay
        self.requests: list[LoggedRequest] = []
        self._lock = threading.Lock()
        self._server = _Server(("127.0.0.1", port), _handler_for(self))
        self.port = self._server.server_address[1]
        self.base_url = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self._server.serve_forever, name=f"localsite:{self.port}",
                                        daemon=True)

    def start(self) -> LocalSite:
        """Start serving in a background thread."""
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and free the port."""
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> LocalSite:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def url(self, path: str) -> str:
        """The absolute URL of ``path`` on this site."""
        return self.base_url + path

    def set_route(self, path: str, route: Route | None) -> None:
        """Add, replace or (with ``None``) remove the route of ``path`` while serving."""
        with self._lock:
            if route is None:
                self.routes.pop(path, None)
            else:
                self.routes[path] = route

    def requests_for(self, path: str) -> list[LoggedRequest]:
        """The logged requests of ``path`` (query included when ``path`` has one)."""
        with self._lock:
            return [r for r in self.requests if r.path == path or urlsplit(r.path).path == path]

    def clear_requests(self) -> None:
        """Forget the request log."""
        with self._lock:
            self.requests.clear()

    def _log(self, method: str, path: str, headers: Mapping[str, str]) -> None:
        with self._lock:
            self.requests.append(LoggedRequest(method, path, MappingProxyType(dict(headers))))

    def _route(self, path: str) -> Route | None:
        with self._lock:
            return self.routes.get(path) or self.routes.get(urlsplit(path).path)

    def answer(self, path: str, request_headers: Mapping[str, str]) -> tuple[_Answer, float]:
        """The answer to ``GET path`` and the delay before sending it."""
        route = self._route(path)
        if route is not None:
            return self._route_answer(route, request_headers), route.delay
        found = self._file(urlsplit(path).path)
        if found is None:
            return _Answer(404, b"<html><body><h1>Not found</h1></body></html>",
                           {"Content-Type": "text/html; charset=utf-8"}), self.delay
        body, ctype, mtime = found
        return _conditional(body, ctype, mtime, request_headers, {}), self.delay

    def _route_answer(self, route: Route, request_headers: Mapping[str, str]) -> _Answer:
        extra = dict(route.headers)
        if route.redirect is not None:
            extra["Location"] = route.redirect.replace("{base}", self.base_url)
            status = route.status if 300 <= route.status < 400 else 302
            return _Answer(status, b"", {"Content-Type": "text/html; charset=utf-8", **extra})
        body, ctype, mtime = b"", route.content_type, _ROUTE_MTIME
        if route.file is not None:
            found = self._file("/" + route.file.lstrip("/"))
            if found is None:
                raise FileNotFoundError(route.file)
            body, file_type, mtime = found
            ctype = ctype or file_type
        if route.body is not None:
            body = route.body
        ctype = ctype if ctype is not None else "text/html; charset=utf-8"
        if route.status != 200:
            return _Answer(route.status, body, {"Content-Type": ctype, **extra} if ctype else extra)
        return _conditional(body, ctype, mtime, request_headers, extra)

    def _file(self, path: str) -> tuple[bytes, str, float] | None:
        """Body, content type and mtime of the file at URL ``path``, placeholders filled."""
        if self.root is None:
            return None
        target = (self.root / path.lstrip("/")).resolve()
        if not target.is_relative_to(self.root):
            return None
        if target.is_dir():
            target = target / "index.html"
        if target.is_file():
            return self._fill(target.read_bytes(), target.suffix), _content_type(target), target.stat().st_mtime
        plain = target.with_suffix("")
        if target.suffix == ".gz" and plain.is_file():
            body = gzip.compress(self._fill(plain.read_bytes(), plain.suffix), mtime=0)
            return body, _TYPES[".gz"], plain.stat().st_mtime
        return None

    def _fill(self, data: bytes, suffix: str) -> bytes:
        if suffix.lower() in _TEXT_SUFFIXES:
            return data.replace(b"{base}", self.base_url.encode("ascii"))
        return data


def _content_type(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in _TYPES:
        return _TYPES[suffix]
    return mimetypes.guess_type(path.name)[0] or "application/octet-stream"


def _conditional(body: bytes, ctype: str, mtime: float, request_headers: Mapping[str, str],
                 extra: Mapping[str, str]) -> _Answer:
    """A 200 with validators, or a 304 when the request's validators still match."""
    etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
    last_modified = email.utils.formatdate(int(mtime), usegmt=True)
    validators = {"ETag": etag, "Last-Modified": last_modified}
    if _not_modified(request_headers, etag, int(mtime)):
        return _Answer(304, b"", {**validators, **extra})
    return _Answer(200, body, {"Content-Type": ctype, **validators, **extra})


def _not_modified(request_headers: Mapping[str, str], etag: str, mtime: int) -> bool:
    if_none_match = request_headers.get("If-None-Match")
    if if_none_match is not None:
        return etag in [tag.strip() for tag in if_none_match.split(",")] or if_none_match.strip() == "*"
    since = request_headers.get("If-Modified-Since")
    if since:
        try:
            parsed = email.utils.parsedate_to_datetime(since)
        except (TypeError, ValueError):
            return False
        return parsed is not None and mtime <= parsed.timestamp()
    return False


def _routes_file(root: Path | None) -> dict[str, Route]:
    """Routes declared in ``root/_routes.json`` (string bodies are UTF-8 encoded)."""
    if root is None or not (root / "_routes.json").is_file():
        return {}
    data = json.loads((root / "_routes.json").read_text(encoding="utf-8"))
    return {path: _route_from_json(spec) for path, spec in data.items()}


def _route_from_json(spec: Mapping[str, Any]) -> Route:
    values = dict(spec)
    if isinstance(values.get("body"), str):
        values["body"] = values["body"].encode("utf-8")
    if "headers" in values:
        values["headers"] = MappingProxyType(dict(values["headers"]))
    return Route(**values)


def _handler_for(site: LocalSite) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = "showbeat-localsite/1"

        def do_GET(self) -> None:
            self._respond(send_body=True)

        def do_HEAD(self) -> None:
            self._respond(send_body=False)

        def _respond(self, *, send_body: bool) -> None:
            headers = dict(self.headers.items())
            site._log(self.command, self.path, headers)
            answer, delay = site.answer(self.path, headers)
            if delay > 0:
                time.sleep(delay)
            self._send(answer, send_body=send_body)

        def _send(self, answer: _Answer, *, send_body: bool) -> None:
            try:
                self.send_response(answer.status)
                for name, value in answer.headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(answer.body)))
                self.end_headers()
                if send_body and answer.status not in (204, 304):
                    self.wfile.write(answer.body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a timeout test); nothing left to tell it

        def log_message(self, format: str, *args: Any) -> None:
            pass  # keep test and demo output quiet; .requests holds the log

    return Handler


def serve(root: Path | None, routes: Mapping[str, Route] | None = None, *, port: int = 0,
          delay: float = 0.0) -> LocalSite:
    """Serve ``root`` (and ``routes``) on 127.0.0.1:``port`` (0: a free port) in a background thread.

    ``delay`` slows every file answer by that many seconds (a slow site for crash tests).
    Returns the started ``LocalSite``; use it as a context manager or call ``.stop()``.
    """
    return LocalSite(root, dict(routes or {}), port=port, delay=delay).start()


def main(argv: list[str] | None = None) -> int:
    """``python -m scraper.localsite ROOT [--port N] [--delay S]``: serve a directory until Ctrl-C or SIGTERM."""
    parser = argparse.ArgumentParser(prog="python -m scraper.localsite", description=main.__doc__)
    parser.add_argument("root", type=Path)
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--delay", type=float, default=0.0, help="seconds to wait before each file answer "
                        "(a slow site, to interrupt a crawl midway)")
    args = parser.parse_args(argv)
    signal.signal(signal.SIGTERM, signal.default_int_handler)  # SIGTERM stops like Ctrl-C
    with serve(args.root, port=args.port, delay=args.delay) as site:
        print(f"serving {args.root} at {site.base_url}/ (Ctrl-C to stop)", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
