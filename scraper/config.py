"""The user's configuration: ``showbeat.toml`` read, validated and frozen.

Lookup order: ``--config FILE``, else ``./showbeat.toml``, else the bundled ``default.toml``.
Every problem becomes one ``ConfigError`` naming the file, the key and what is wrong.
"""

from __future__ import annotations

import dataclasses
import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any
from urllib.parse import urlsplit

from croniter import croniter

from pipelines.context import ExtractConfig, Show

SOURCE_KINDS = ("feed", "sitemap", "listing")
DEFAULT_FILE = "showbeat.toml"
DB_ENV = "SHOWBEAT_DB"


class ConfigError(Exception):
    """A configuration problem: ``file: key: problem``."""

    def __init__(self, path: str, key: str, problem: str) -> None:
        super().__init__(f"{path}: {key}: {problem}" if key else f"{path}: {problem}")
        self.path, self.key, self.problem = path, key, problem


@dataclass(frozen=True, slots=True)
class Source:
    """One place to discover articles: a feed, a sitemap (or index) or a listing page."""

    name: str
    kind: str
    url: str
    schedule: str | None = None
    max_pages: int | None = None
    allow: tuple[str, ...] = ()
    deny: tuple[str, ...] = ()
    outlet: str | None = None


@dataclass(frozen=True, slots=True)
class CrawlSettings:
    """Politeness and limits, turned into Scrapy settings by ``scraper.settings``."""

    user_agent: str = "showbeat/0.1 (+https://github.com/showbeat/showbeat; news monitoring bot)"
    obey_robots: bool = True
    concurrency_per_domain: int = 2
    delay: float = 1.0
    autothrottle: bool = True
    timeout: float = 30.0
    retries: int = 2
    max_page_bytes: int = 5_000_000
    max_pages_per_source: int = 200
    max_listing_pages: int = 3
    redis_url: str | None = None


@dataclass(frozen=True, slots=True)
class ScheduleSettings:
    """Cron expressions per source kind (a source's own ``schedule`` wins) and the log file."""

    feed: str | None = "*/30 * * * *"
    sitemap: str | None = "0 */6 * * *"
    listing: str | None = "0 */2 * * *"
    log_file: str | None = None


@dataclass(frozen=True, slots=True)
class Config:
    """The whole validated configuration."""

    path: str
    database_url: str
    shows: tuple[Show, ...]
    sources: tuple[Source, ...]
    crawl: CrawlSettings = field(default_factory=CrawlSettings)
    schedule: ScheduleSettings = field(default_factory=ScheduleSettings)
    outlets: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    @property
    def extraction(self) -> ExtractConfig:
        """The slice of the config that ``pipelines.extract`` reads."""
        return ExtractConfig(shows=self.shows, outlet_names=self.outlets)

    def source(self, name: str) -> Source:
        """The source called ``name``; ``ConfigError`` if there is none."""
        for src in self.sources:
            if src.name == name:
                return src
        known = ", ".join(s.name for s in self.sources) or "none"
        raise ConfigError(self.path, "sources", f"no source named {name!r} (known: {known})")


def default_config_text() -> str:
    """The bundled default configuration, comments included (``showbeat init`` writes it)."""
    return resources.files("scraper").joinpath("default.toml").read_text(encoding="utf-8")


def find_config_path(explicit: str | os.PathLike[str] | None = None) -> str | None:
    """The config file to read: ``explicit``, else ``./showbeat.toml``, else ``None`` (bundled)."""
    if explicit is not None:
        return os.fspath(explicit)
    return DEFAULT_FILE if Path(DEFAULT_FILE).is_file() else None


def load_config(path: str | os.PathLike[str] | None = None, *, db_url: str | None = None) -> Config:
    """Read and validate the configuration (see the module docstring for the lookup order).

    ``db_url`` (from ``--db``) or the ``SHOWBEAT_DB`` environment variable override
    ``[database] url``.
    """
    found = find_config_path(path)
    if found is None:
        label, text = "<bundled default.toml>", default_config_text()
    else:
        label = found
        try:
            text = Path(found).read_text(encoding="utf-8")
        except FileNotFoundError:
            raise ConfigError(found, "", "file not found") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(found, "", f"cannot read: {exc}") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(label, "", f"not valid TOML: {exc}") from None
    config = parse_config(data, label)
    override = db_url or os.environ.get(DB_ENV)
    return dataclasses.replace(config, database_url=override) if override else config


# ---------------------------------------------------------------- validation
_TOP = {"database", "shows", "sources", "crawl", "schedule", "outlets"}
_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")


def parse_config(data: Mapping[str, Any], path: str) -> Config:
    """Validate a parsed TOML document into a ``Config``."""
    _no_unknown(data, _TOP, path, "")
    database = _table(data, "database", path)
    _no_unknown(database, {"url"}, path, "database")
    url = _get(database, "url", str, path, "database", "sqlite:///showbeat.db")
    shows = tuple(_show(item, path, f"shows[{i}]") for i, item in enumerate(_array(data, "shows", path)))
    if not shows:
        raise ConfigError(path, "shows", "at least one [[shows]] table is required")
    _unique([s.slug for s in shows], path, "shows", "slug")
    sources = tuple(_source(item, path, f"sources[{i}]") for i, item in enumerate(_array(data, "sources", path)))
    _unique([s.name for s in sources], path, "sources", "name")
    outlets = _table(data, "outlets", path)
    for domain, name in outlets.items():
        if not isinstance(name, str) or not name.strip():
            raise ConfigError(path, f"outlets.{domain}", "must be a non-empty string (the outlet's name)")
    return Config(path=path, database_url=url, shows=shows, sources=sources,
                  crawl=_crawl(_table(data, "crawl", path), path),
                  schedule=_schedule(_table(data, "schedule", path), path),
                  outlets=MappingProxyType({d.lower().removeprefix("www."): n for d, n in outlets.items()}))


def _show(item: Any, path: str, key: str) -> Show:
    if not isinstance(item, dict):
        raise ConfigError(path, key, "must be a table")
    _no_unknown(item, {"slug", "title", "aliases"}, path, key)
    slug = _required(item, "slug", str, path, key)
    if not _SLUG.match(slug):
        raise ConfigError(path, f"{key}.slug", f"{slug!r} must be lower-case letters, digits and hyphens")
    title = _required(item, "title", str, path, key)
    aliases = _get(item, "aliases", list, path, key, [])
    if not all(isinstance(a, str) and a.strip() for a in aliases):
        raise ConfigError(path, f"{key}.aliases", "must be a list of non-empty strings")
    return Show(slug=slug, title=title, aliases=tuple(aliases))


def _source(item: Any, path: str, key: str) -> Source:
    if not isinstance(item, dict):
        raise ConfigError(path, key, "must be a table")
    _no_unknown(item, {"name", "kind", "url", "schedule", "max_pages", "allow", "deny", "outlet"}, path, key)
    kind = _required(item, "kind", str, path, key)
    if kind not in SOURCE_KINDS:
        raise ConfigError(path, f"{key}.kind", f"must be one of {', '.join(SOURCE_KINDS)} (got {kind!r})")
    url = _required(item, "url", str, path, key)
    if not is_http_url(url):
        raise ConfigError(path, f"{key}.url", f"must be an http(s) URL with a host name (got {url!r})")
    schedule = _get(item, "schedule", str, path, key, None)
    _check_cron(schedule, path, f"{key}.schedule")
    max_pages = _get(item, "max_pages", int, path, key, None)
    if max_pages is not None and max_pages < 1:
        raise ConfigError(path, f"{key}.max_pages", "must be at least 1")
    allow = tuple(_patterns(item, "allow", path, key))
    deny = tuple(_patterns(item, "deny", path, key))
    return Source(name=_required(item, "name", str, path, key), kind=kind, url=url, schedule=schedule,
                  max_pages=max_pages, allow=allow, deny=deny, outlet=_get(item, "outlet", str, path, key, None))


# A host name (ASCII labels, or an internationalized name) or an IPv6 address (from ``urlsplit().hostname``).
_HOST = re.compile(r"^([A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*\.?|[0-9a-f:.]+:[0-9a-f:.]*|[^\x00-\x7f]\S*)$")


def is_http_url(url: str) -> bool:
    """Whether ``url`` is an absolute http(s) URL a crawler can request: a valid host, no spaces, a valid port."""
    if any(ch.isspace() for ch in url):
        return False
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number in range
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(_HOST.match(parts.hostname or ""))


def _crawl(table: Mapping[str, Any], path: str) -> CrawlSettings:
    defaults = CrawlSettings()
    kinds: dict[str, type | tuple[type, ...]] = {
        "user_agent": str, "obey_robots": bool, "concurrency_per_domain": int, "delay": (int, float),
        "autothrottle": bool, "timeout": (int, float), "retries": int, "max_page_bytes": int,
        "max_pages_per_source": int, "max_listing_pages": int, "redis_url": str,
    }
    _no_unknown(table, set(kinds), path, "crawl")
    values = {k: _get(table, k, t, path, "crawl", getattr(defaults, k)) for k, t in kinds.items()}
    for k in ("concurrency_per_domain", "max_page_bytes", "max_pages_per_source", "max_listing_pages"):
        if values[k] < 1:
            raise ConfigError(path, f"crawl.{k}", "must be at least 1")
    for k in ("delay", "retries"):
        if values[k] < 0:
            raise ConfigError(path, f"crawl.{k}", "must not be negative")
    if values["timeout"] <= 0:
        raise ConfigError(path, "crawl.timeout", "must be more than 0 seconds")
    return CrawlSettings(**values)


def _schedule(table: Mapping[str, Any], path: str) -> ScheduleSettings:
    defaults = ScheduleSettings()
    _no_unknown(table, {"feed", "sitemap", "listing", "log_file"}, path, "schedule")
    values = {k: _get(table, k, str, path, "schedule", getattr(defaults, k))
              for k in ("feed", "sitemap", "listing", "log_file")}
    for k in SOURCE_KINDS:
        _check_cron(values[k], path, f"schedule.{k}")
    return ScheduleSettings(**values)


def _check_cron(expr: str | None, path: str, key: str) -> None:
    if expr is not None and not croniter.is_valid(expr):
        raise ConfigError(path, key, f"{expr!r} is not a valid cron expression (e.g. '*/30 * * * *')")


def _patterns(item: Mapping[str, Any], name: str, path: str, key: str) -> list[str]:
    values = _get(item, name, list, path, key, [])
    for i, pattern in enumerate(values):
        try:
            re.compile(pattern)
        except (re.error, TypeError) as exc:
            raise ConfigError(path, f"{key}.{name}[{i}]", f"not a valid regular expression: {exc}") from None
    return values


def _no_unknown(table: Mapping[str, Any], allowed: set[str], path: str, key: str) -> None:
    for name in table:
        if name not in allowed:
            where = f"{key}.{name}" if key else name
            raise ConfigError(path, where, f"unknown key (expected one of: {', '.join(sorted(allowed))})")


def _unique(values: list[str], path: str, key: str, field_name: str) -> None:
    seen: set[str] = set()
    for i, value in enumerate(values):
        if value in seen:
            raise ConfigError(path, f"{key}[{i}].{field_name}", f"duplicate {field_name} {value!r}")
        seen.add(value)


def _table(data: Mapping[str, Any], name: str, path: str) -> Mapping[str, Any]:
    value = data.get(name, {})
    if not isinstance(value, dict):
        raise ConfigError(path, name, "must be a table")
    return value


def _array(data: Mapping[str, Any], name: str, path: str) -> list[Any]:
    value = data.get(name, [])
    if not isinstance(value, list):
        raise ConfigError(path, name, f"must be an array of tables ([[{name}]])")
    return value


_TYPE_NAMES = {str: "a string", int: "an integer", bool: "true or false", list: "a list",
               (int, float): "a number"}


def _get(table: Mapping[str, Any], name: str, kind: Any, path: str, key: str, default: Any) -> Any:
    if name not in table:
        return default
    value = table[name]
    bad_bool = isinstance(value, bool) and kind is not bool
    if bad_bool or not isinstance(value, kind):
        raise ConfigError(path, f"{key}.{name}", f"must be {_TYPE_NAMES.get(kind, kind)}, got {value!r}")
    if kind is str and not value.strip():
        raise ConfigError(path, f"{key}.{name}", "must not be empty")
    return value


def _required(table: Mapping[str, Any], name: str, kind: Any, path: str, key: str) -> Any:
    if name not in table:
        raise ConfigError(path, f"{key}.{name}", "is required")
    return _get(table, name, kind, path, key, None)


