"""The local test/demo HTTP server: files, placeholders, validators, routes and the request log."""

from __future__ import annotations

import gzip
import json
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from scraper.localsite import Route, serve


def _get(url: str, headers: dict[str, str] | None = None, timeout: float = 5) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, headers=headers or {})
    opener = urllib.request.build_opener(_NoRedirect)
    try:
        with opener.open(request, timeout=timeout) as response:
            return response.status, dict(response.headers.items()), response.read()
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers.items()), err.read()


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


@pytest.fixture
def root(tmp_path: Path) -> Path:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "index.html").write_text("<a href='{base}/news/a.html'>a</a>", encoding="utf-8")
    (tmp_path / "news" / "a.html").write_text("<p>Story at {base}</p>", encoding="utf-8")
    (tmp_path / "map.xml").write_text("<urlset><url><loc>{base}/news/a.html</loc></url></urlset>", encoding="utf-8")
    (tmp_path / "logo.png").write_bytes(b"\x89PNG{base}")
    (tmp_path / "_routes.json").write_text(json.dumps({"/gone": {"status": 410, "body": "gone"}}), encoding="utf-8")
    return tmp_path


def test_files_have_base_filled_in(root: Path) -> None:
    with serve(root) as site:
        assert site.base_url.startswith("http://127.0.0.1:")
        status, headers, body = _get(site.url("/news/a.html"))
        assert status == 200
        assert headers["Content-Type"] == "text/html; charset=utf-8"
        assert body == f"<p>Story at {site.base_url}</p>".encode()
        assert _get(site.url("/news/"))[2] == f"<a href='{site.base_url}/news/a.html'>a</a>".encode()
        assert _get(site.url("/logo.png"))[2] == b"\x89PNG{base}"  # binary files untouched


def test_missing_file_is_404_and_paths_cannot_escape_root(root: Path) -> None:
    with serve(root / "news") as site:
        assert _get(site.url("/nope.html"))[0] == 404
        assert _get(site.url("/../map.xml"))[0] == 404


def test_gz_served_from_plain_file(root: Path) -> None:
    with serve(root) as site:
        status, headers, body = _get(site.url("/map.xml.gz"))
        assert status == 200 and headers["Content-Type"] == "application/x-gzip"
        assert site.base_url.encode() in gzip.decompress(body)


def test_conditional_requests_get_304(root: Path) -> None:
    with serve(root) as site:
        _, headers, _ = _get(site.url("/news/a.html"))
        assert _get(site.url("/news/a.html"), {"If-None-Match": headers["ETag"]})[0] == 304
        assert _get(site.url("/news/a.html"), {"If-Modified-Since": headers["Last-Modified"]})[0] == 304
        assert _get(site.url("/news/a.html"), {"If-None-Match": '"other"'})[0] == 200
        (root / "news" / "a.html").write_text("<p>changed</p>", encoding="utf-8")
        assert _get(site.url("/news/a.html"), {"If-None-Match": headers["ETag"]})[0] == 200


def test_routes_override_files(root: Path) -> None:
    routes = {
        "/news/a.html": Route(status=500, body=b"oops"),
        "/moved": Route(redirect="{base}/news/a.html"),
        "/pdf": Route(body=b"%PDF-1.4", content_type="application/pdf", headers={"X-Test": "1"}),
        "/empty": Route(),
        "/as-file": Route(file="news/a.html", content_type="text/plain"),
    }
    with serve(root, routes) as site:
        assert _get(site.url("/news/a.html"))[:3:2] == (500, b"oops")
        status, headers, _ = _get(site.url("/moved"))
        assert status == 302 and headers["Location"] == site.url("/news/a.html")
        status, headers, body = _get(site.url("/pdf"))
        assert (status, headers["Content-Type"], headers["X-Test"], body) == (200, "application/pdf", "1", b"%PDF-1.4")
        assert _get(site.url("/empty"))[2] == b""
        assert _get(site.url("/as-file"))[1]["Content-Type"] == "text/plain"
        assert _get(site.url("/gone"))[:3:2] == (410, b"gone")  # from _routes.json


def test_routes_change_while_serving_and_requests_are_logged(root: Path) -> None:
    with serve(root) as site:
        site.set_route("/news/a.html", Route(status=503))
        assert _get(site.url("/news/a.html?x=1"), {"X-Probe": "yes"})[0] == 503
        site.set_route("/news/a.html", None)
        assert _get(site.url("/news/a.html"))[0] == 200
        logged = site.requests_for("/news/a.html")
        assert [r.path for r in logged] == ["/news/a.html?x=1", "/news/a.html"]
        assert logged[0].headers["X-Probe"] == "yes"
        site.clear_requests()
        assert site.requests == []


def test_delay_slows_the_answer_and_client_timeouts_do_not_break_the_server(root: Path) -> None:
    with serve(root, {"/slow": Route(body=b"late", delay=1.0)}) as site:
        with pytest.raises(TimeoutError):
            _get(site.url("/slow"), timeout=0.2)
        started = time.monotonic()
        assert _get(site.url("/slow"))[2] == b"late"
        assert time.monotonic() - started >= 0.9
        assert _get(site.url("/news/a.html"))[0] == 200


def test_stop_frees_the_port(root: Path) -> None:
    site = serve(root)
    port = site.port
    site.stop()
    with serve(root, port=port) as again:
        assert again.port == port
