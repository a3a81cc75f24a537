"""The configuration loader: lookup order, overrides and one precise error per problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from scraper.config import DB_ENV, ConfigError, default_config_text, load_config, parse_config

MINIMAL = '[[shows]]\nslug = "the-trauma-code"\ntitle = "The Trauma Code: Heroes on Call"\n'


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "showbeat.toml"
    path.write_text(text, encoding="utf-8")
    return path


def error_of(tmp_path: Path, text: str) -> ConfigError:
    with pytest.raises(ConfigError) as caught:
        load_config(write(tmp_path, text))
    return caught.value


def test_bundled_default_is_valid_and_complete(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv(DB_ENV, raising=False)
    config = load_config()
    assert config.path == "<bundled default.toml>"
    assert config.database_url == "sqlite:///showbeat.db"
    assert config.shows[0].slug == "the-trauma-code" and "The Trauma Code" in config.shows[0].aliases
    assert {s.kind for s in config.sources} == {"feed", "sitemap"}
    assert config.crawl.obey_robots and config.crawl.delay == 1.0
    assert config.outlets["soompi.com"] == "Soompi"
    assert config.extraction.shows == config.shows


def test_lookup_order_prefers_explicit_then_local_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv(DB_ENV, raising=False)
    local = write(tmp_path, MINIMAL + '[database]\nurl = "sqlite:///local.db"\n')
    assert load_config().path == "showbeat.toml"
    assert load_config().database_url == "sqlite:///local.db"
    other = tmp_path / "other.toml"
    other.write_text(MINIMAL, encoding="utf-8")
    assert load_config(other).path == str(other)
    assert local.exists()


def test_database_overrides(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = write(tmp_path, MINIMAL)
    monkeypatch.setenv(DB_ENV, "sqlite:///from-env.db")
    assert load_config(path).database_url == "sqlite:///from-env.db"
    assert load_config(path, db_url="sqlite:///from-flag.db").database_url == "sqlite:///from-flag.db"


@pytest.mark.parametrize(("text", "key", "problem"), [
    ("[[shows]]\ntitle = 'X'\n", "shows[0].slug", "is required"),
    ("[[shows]]\nslug = 'Bad Slug'\ntitle = 'X'\n", "shows[0].slug", "lower-case"),
    (MINIMAL + MINIMAL, "shows[1].slug", "duplicate slug"),
    ("", "shows", "at least one"),
    (MINIMAL + "[crawl]\ndelay = 'fast'\n", "crawl.delay", "must be a number"),
    (MINIMAL + "[crawl]\nobey_robots = 1\n", "crawl.obey_robots", "must be true or false"),
    (MINIMAL + "[crawl]\nretries = -1\n", "crawl.retries", "must not be negative"),
    (MINIMAL + "[crawl]\nconcurrency_per_domain = 0\n", "crawl.concurrency_per_domain", "at least 1"),
    (MINIMAL + "[crawl]\nspeed = 3\n", "crawl.speed", "unknown key"),
    (MINIMAL + "[schedule]\nfeed = 'every hour'\n", "schedule.feed", "not a valid cron expression"),
    (MINIMAL + "[[sources]]\nname = 'a'\nkind = 'blog'\nurl = 'https://a.test/'\n", "sources[0].kind",
     "must be one of"),
    (MINIMAL + "[[sources]]\nname = 'a'\nkind = 'feed'\nurl = 'ftp://a.test/'\n", "sources[0].url", "http(s) URL"),
    (MINIMAL + "[[sources]]\nname = 'a'\nkind = 'feed'\nurl = 'https://a.test/'\nallow = ['(']\n",
     "sources[0].allow[0]", "regular expression"),
    (MINIMAL + "[[sources]]\nname = 'a'\nkind = 'feed'\nurl = 'https://a.test/'\n" * 2, "sources[1].name",
     "duplicate name"),
    (MINIMAL + "[outlets]\n'a.test' = ''\n", "outlets.a.test", "non-empty string"),
    (MINIMAL + "[database]\nurl = 5\n", "database.url", "must be a string"),
    ("colour = 'blue'\n" + MINIMAL, "colour", "unknown key"),
    (MINIMAL + "colour = 'blue'\n", "shows[0].colour", "unknown key"),
])
def test_each_problem_names_file_key_and_problem(tmp_path: Path, text: str, key: str, problem: str) -> None:
    error = error_of(tmp_path, text)
    assert error.path == str(tmp_path / "showbeat.toml")
    assert error.key == key
    assert problem in error.problem
    assert str(error).startswith(f"{error.path}: {key}: ")


def test_unreadable_files(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="file not found"):
        load_config(tmp_path / "missing.toml")
    error = error_of(tmp_path, "[[shows]\n")
    assert error.key == "" and "not valid TOML" in error.problem


def test_source_lookup_names_the_known_sources() -> None:
    config = parse_config({"shows": [{"slug": "s", "title": "S"}],
                           "sources": [{"name": "a", "kind": "feed", "url": "https://a.test/feed"}]}, "x.toml")
    assert config.source("a").url == "https://a.test/feed"
    with pytest.raises(ConfigError, match=r"no source named 'b' \(known: a\)"):
        config.source("b")


def test_starter_text_is_the_bundled_default() -> None:
    text = default_config_text()
    assert text.startswith("# showbeat configuration.")
    assert parse_config(__import__("tomllib").loads(text), "default.toml").shows
