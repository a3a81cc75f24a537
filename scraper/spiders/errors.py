"""Why a request failed or a response is unusable, as a ``FailureInfo`` (or a count for skips and 304s).

Spiders call ``failure_from_error`` in their errbacks and ``check_response`` before yielding a page.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet import error as twisted_errors
from twisted.python.failure import Failure
from twisted.web._newclient import ResponseFailed, ResponseNeverReceived

from pipelines.failures import FailureInfo, Reason, Stage

_HTML_TYPES = ("text/html", "application/xhtml+xml")


class SkipPage(IgnoreRequest):
    """Raised by the incremental middleware: the page is known and need not be fetched (``count`` says why)."""

    def __init__(self, count: str, message: str) -> None:
        super().__init__(message)
        self.count = count


@dataclass(frozen=True, slots=True)
class Counted:
    """A request that ended without a failure but is worth counting (``not_modified``, ``skipped``)."""

    count: str


_TIMEOUTS = (DownloadTimeoutError, twisted_errors.TimeoutError, twisted_errors.TCPTimedOutError)
_DNS = (CannotResolveHostError, twisted_errors.DNSLookupError)
_CONNECTION = (DownloadConnectionRefusedError, twisted_errors.ConnectionRefusedError, twisted_errors.ConnectError,
               twisted_errors.ConnectionLost, twisted_errors.ConnectionDone, ResponseNeverReceived, ResponseFailed,
               DownloadFailedError, ResponseDataLossError)


def failure_from_error(failure: Failure, url: str, outlet: str | None) -> FailureInfo | Counted:
    """Classify an errback's ``failure`` of the request for ``url``."""
    exc = failure.value if failure.value is not None else RuntimeError(str(failure))
    if isinstance(exc, SkipPage):
        return Counted(exc.count)
    if isinstance(exc, HttpError):
        return _http_failure(exc.response, url, outlet)
    reason = _reason_of(exc)
    return FailureInfo(url=url, stage=Stage.FETCH, reason=reason, message=_message(exc), outlet=outlet)


def _http_failure(response: Response, url: str, outlet: str | None) -> FailureInfo | Counted:
    if response.status == 304:
        return Counted("not_modified")
    return FailureInfo(url=url, stage=Stage.FETCH, reason=Reason.HTTP_ERROR, outlet=outlet,
                       message=f"HTTP {response.status} from {response.url}", http_status=response.status,
                       raw=response.body or None, content_type=_content_type(response))


def _reason_of(exc: BaseException) -> Reason:
    if isinstance(exc, IgnoreRequest):
        text = str(exc).lower()
        if "robots" in text:
            return Reason.ROBOTS_DISALLOWED
        if "max size" in text or "maxsize" in text:
            return Reason.TOO_LARGE  # HttpCompressionMiddleware's cap on decompressed bodies
        return Reason.REDIRECT_LOOP if "redirect" in text else Reason.CONNECTION_ERROR
    if isinstance(exc, DownloadCancelledError):
        return Reason.TOO_LARGE
    if isinstance(exc, _TIMEOUTS):
        return Reason.TIMEOUT
    if isinstance(exc, _DNS):
        return Reason.DNS_ERROR
    return Reason.CONNECTION_ERROR


def _message(exc: BaseException) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _content_type(response: Response) -> str | None:
    value = response.headers.get("Content-Type")
    return value.decode("latin-1") if value else None


def check_response(response: Response, url: str, outlet: str | None) -> FailureInfo | None:
    """A failure when an article response is unusable: empty, not HTML, binary or undecodable."""
    body, ctype = response.body, _content_type(response)
    problem = _problem(body, ctype, _charset(ctype))
    if problem is None:
        return None
    stage, reason, message = problem
    return FailureInfo(url=url, stage=stage, reason=reason, message=message, outlet=outlet,
                       http_status=response.status, raw=body or None, content_type=ctype)


def _problem(body: bytes, ctype: str | None, charset: str | None) -> tuple[Stage, Reason, str] | None:
    if not body.strip():
        return Stage.FETCH, Reason.EMPTY_RESPONSE, "the response body is empty"
    media = (ctype or "").split(";")[0].strip().lower()
    if media and media not in _HTML_TYPES:
        return Stage.FETCH, Reason.NOT_HTML, f"content type {media!r} is not HTML"
    if looks_binary(body):
        return Stage.DECODE, Reason.BINARY_CONTENT, f"binary bytes served as {media or 'no content type'}"
    if not media and b"<" not in body[:2048]:
        return Stage.FETCH, Reason.NOT_HTML, "no content type and the body does not look like HTML"
    if not decodable(body, charset):
        return Stage.DECODE, Reason.UNDECODABLE, f"the body is not valid {charset or 'UTF-8'} text"
    return None


def looks_binary(body: bytes) -> bool:
    """NUL bytes or mostly control bytes near the start: an image, archive or PDF, not a web page."""
    head = body[:4096]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls > len(head) * 0.1


def decodable(body: bytes, charset: str | None) -> bool:
    """Whether the body decodes with its declared charset (or UTF-8) with few replacement characters."""
    name = _known_codec(charset) or "utf-8"
    text = body.decode(name, errors="replace")
    if name == "utf-8" and charset is None:
        return True  # undeclared: the extractor sniffs the charset from the page itself
    return text.count("\ufffd") <= max(3, len(text) // 50)


def _known_codec(charset: str | None) -> str | None:
    if not charset:
        return None
    try:
        return codecs.lookup(charset).name
    except LookupError:
        return None


def _charset(ctype: str | None) -> str | None:
    for part in (ctype or "").split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            return value.strip("\"' ").lower()
    return None


def http_charset(response: Response) -> str | None:
    """The charset the server declared in ``Content-Type``, if any."""
    return _charset(_content_type(response))
