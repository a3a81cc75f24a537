"""The read API of storage: the queries the CLI, exports and web pages use.

Every function takes the ``Session`` first, builds one query and returns frozen dataclasses
(never ORM rows); none opens a transaction or commits. ``show`` filters accept a slug or
title and ``outlet`` filters a name or domain, case-insensitively; ``since``/``until`` are
``datetime.date``. The implementations live in ``read_articles``, ``read_facts`` and
``read_ops``; this module is the one place callers import from.
"""

from __future__ import annotations

from storage.read_articles import (
    REAL_BODY_CHARS,
    article_versions,
    count_raw_versions,
    get_record,
    iter_raw_versions,
    iter_records,
    list_articles,
    list_incomplete,
)
from storage.read_facts import list_facts
from storage.read_ops import get_failure, group_failures, list_failures, list_runs
from storage.results import (
    ArticleSummary,
    FactRow,
    FailureDetail,
    FailureGroup,
    FailureRow,
    IncompleteArticle,
    RawVersion,
    RunRow,
    VersionSummary,
)
from storage.state import page_states

__all__ = [
    "REAL_BODY_CHARS",
    "ArticleSummary",
    "FactRow",
    "FailureDetail",
    "FailureGroup",
    "FailureRow",
    "IncompleteArticle",
    "RawVersion",
    "RunRow",
    "VersionSummary",
    "article_versions",
    "count_raw_versions",
    "get_failure",
    "get_record",
    "group_failures",
    "iter_raw_versions",
    "iter_records",
    "list_articles",
    "list_facts",
    "list_failures",
    "list_incomplete",
    "list_runs",
    "page_states",
]
