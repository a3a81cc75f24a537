"""Why a page failed: the stage and reason vocabulary shared by crawl, storage and CLI.

A failure is a record, never a bare ``None``: stages raise ``PageFailure`` in tests and
the crawl catches it and stores a ``FailureInfo``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Stage(StrEnum):
    """Where in the pipeline a page failed."""

    FETCH = "fetch"
    DECODE = "decode"
    EXTRACT = "extract"
    FACTS = "facts"
    STORE = "store"


class Reason(StrEnum):
    """Why it failed: a short stable code, filterable on the command line."""

    HTTP_ERROR = "http_error"
    TIMEOUT = "timeout"
    CONNECTION_ERROR = "connection_error"
    DNS_ERROR = "dns_error"
    REDIRECT_LOOP = "redirect_loop"
    ROBOTS_DISALLOWED = "robots_disallowed"
    NOT_HTML = "not_html"
    TOO_LARGE = "too_large"
    EMPTY_RESPONSE = "empty_response"
    UNDECODABLE = "undecodable"
    BINARY_CONTENT = "binary_content"
    EXTRACT_ERROR = "extract_error"
    NO_BODY = "no_body"
    JS_SHELL = "js_shell"
    FACTS_ERROR = "facts_error"
    STORE_ERROR = "store_error"


PARSER_VERSION = "0.1.0"


@dataclass(frozen=True, slots=True)
class FailureInfo:
    """One failed page, ready to be stored by ``storage.writes.record_failure``."""

    url: str
    stage: Stage
    reason: Reason
    message: str
    outlet: str | None = None
    http_status: int | None = None
    raw: bytes | None = None
    content_type: str | None = None
    parser_version: str = PARSER_VERSION


class PageFailure(Exception):
    """Raised by a stage that cannot produce a usable result for a page."""

    def __init__(self, stage: Stage, reason: Reason, message: str) -> None:
        super().__init__(f"{stage}/{reason}: {message}")
        self.stage = stage
        self.reason = reason
        self.message = message
