"""The ``showbeat`` command end to end: the demo crawl, listings with filters, exports, errors.

Every test runs the real entry point against SQLite files: crawls in a subprocess, the other commands
in this process (``tests.cli_helpers.run_cli``); the demo site is crawled once per session
(``tests.cli_helpers.demo_database``).
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests.cli_helpers import assert_one_line_error, demo_crawl, demo_database, run_cli, run_json

pytestmark = pytest.mark.slow

DEMO_OUTLETS = {"Drama Wire Daily", "K-Screen Insider", "Streamline Weekly", "Seoul Spotlight"}
SPEC_FIELDS = ["url", "canonical_url", "outlet", "title", "authors", "published", "modified", "language", "body",
               "shows", "social_posts", "facts"]


def db_args() -> list[str]:
    return ["--db", f"sqlite:///{demo_database()}"]


def test_demo_crawl_stores_the_articles_and_reports_a_summary() -> None:
    _, result = demo_crawl()
    assert result.returncode == 0, result.stderr
    assert "demo site serving at http://127.0.0.1:" in result.stderr
    assert "crawling:" in result.stderr  # the progress line
    summary = result.stdout.splitlines()[0]
    assert summary.startswith("run 1 finished: ") and " new · " in summary and " failures in " in summary


def test_demo_articles_cover_every_outlet_and_only_tracked_shows() -> None:
    articles = run_json("articles", *db_args())
    assert {a["outlet_name"] for a in articles} == DEMO_OUTLETS
    assert len(articles) >= 12
    assert all(a["shows"] for a in articles)  # untracked shows' stories are not stored
    assert not any("/drafts/" in a["url"] for a in articles)  # robots.txt disallows it
    assert sum("the-trauma-code" in a["shows"] for a in articles) >= 8


def test_demo_failures_are_listed_with_their_reasons() -> None:
    failures = run_json("failures", *db_args())
    reasons = {(f["reason"], f["outlet"]) for f in failures}
    assert ("http_error", "Drama Wire Daily") in reasons  # the 404
    assert ("http_error", "K-Screen Insider") in reasons  # the 500
    assert ("not_html", "K-Screen Insider") in reasons  # the PDF
    assert ("robots_disallowed", "Streamline Weekly") in reasons
    assert ("js_shell", "Streamline Weekly") in reasons
    assert ("no_body", "Seoul Spotlight") in reasons
    statuses = {f["http_status"] for f in failures if f["reason"] == "http_error"}
    assert statuses == {404, 500}


def test_failures_table_and_grouped_views() -> None:
    table = run_cli("failures", *db_args())
    assert table.returncode == 0
    assert table.stdout.splitlines()[0].split()[:4] == ["id", "last", "seen", "outlet"]
    assert "http_error" in table.stdout and "no_body" in table.stdout
    by_outlet = run_cli("failures", "list", "--by", "outlet", *db_args())
    assert "outlet Streamline Weekly: 2 pages" in by_outlet.stdout and "since today" in by_outlet.stdout
    by_reason = run_json("failures", "list", "--by", "reason", *db_args())
    assert by_reason[0]["key"] == "http_error" and by_reason[0]["count"] == 2
    only_fetch = run_json("failures", "list", "--stage", "fetch", *db_args())
    assert only_fetch and {f["stage"] for f in only_fetch} == {"fetch"}


def test_facts_about_the_shows_future() -> None:
    rows = run_json("facts", "--type", "date", "--since", "2026-06-01", "--show", "the-trauma-code", *db_args())
    assert rows
    assert {r["fact"]["type"] for r in rows} == {"date"}
    assert all(r["fact"]["end"] >= "2026-06-01" for r in rows)
    values = {r["fact"]["value"] for r in rows}
    assert {"2027", "2027-H1"} <= values  # "early 2027", "the first half of 2027"
    for row in rows:
        assert row["outlet"] in DEMO_OUTLETS and row["article_url"].startswith("http://")


def test_fact_filters_speaker_type_and_until() -> None:
    statements = run_json("facts", "--type", "statement", "--speaker", "Yoon Tae-gyu", *db_args())
    assert statements and {r["fact"]["speaker"] for r in statements} == {"Yoon Tae-gyu"}
    early = run_json("facts", "--type", "renewal", "--until", "2026-03-01", *db_args())
    assert all(r["published"] < "2026-03-02" for r in early)
    table = run_cli("facts", "--type", "renewal", *db_args())
    assert table.returncode == 0 and "renewal" in table.stdout and table.stdout.rstrip().endswith("facts")


def test_article_filters() -> None:
    everything = run_json("articles", *db_args())
    pharmacy = run_json("articles", "--show", "moonlit-pharmacy", *db_args())
    assert pharmacy and all("moonlit-pharmacy" in a["shows"] for a in pharmacy)
    assert len(pharmacy) < len(everything)
    kscreen = run_json("articles", "--outlet", "K-Screen Insider", *db_args())
    assert kscreen and {a["outlet_name"] for a in kscreen} == {"K-Screen Insider"}
    by_domain = run_json("articles", "--outlet", "kscreeninsider.test", *db_args())
    assert [a["id"] for a in by_domain] == [a["id"] for a in kscreen]
    summer = run_json("articles", "--since", "2026-06-01", "--until", "2026-08-31", *db_args())
    assert summer and all("2026-06-01" <= a["published"][:10] <= "2026-08-31" for a in summer)
    table = run_cli("articles", "--limit", "3", *db_args())
    assert table.returncode == 0 and table.stdout.rstrip().endswith("3 articles")


def test_export_jsonl_is_the_spec_record(tmp_path: Path) -> None:
    out = tmp_path / "all.jsonl"
    result = run_cli("export", "--format", "jsonl", "--out", str(out), *db_args())
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == len(run_json("articles", *db_args()))
    for record in records:
        assert list(record) == SPEC_FIELDS
        for fact in record["facts"]:
            start, end = fact["span"]
            assert record["body"][start:end] == fact["text"]
    assert any(record["social_posts"] for record in records)  # Seoul Spotlight embeds


def test_export_filters_and_csv() -> None:
    result = run_cli("export", "--format", "csv", "--show", "harbor-lights-detective", *db_args())
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and all("harbor-lights-detective" in row["shows"] for row in rows)
    assert {"url", "title", "published", "outlet_name", "facts"} <= set(rows[0])
    jsonl = run_cli("export", "--outlet", "Seoul Spotlight", *db_args())
    lines = jsonl.stdout.splitlines()
    assert lines and all(json.loads(line)["outlet"]["name"] == "Seoul Spotlight" for line in lines)


def test_runs_lists_the_demo_crawl() -> None:
    runs = run_json("runs", *db_args())
    assert runs[0]["status"] == "finished"
    counts = runs[0]["counts"]
    assert counts["new"] >= 12 and counts["failures"] >= 5 and counts["requests"] > counts["new"]
    assert runs[0]["duration_s"] > 0
    table = run_cli("runs", *db_args())
    assert "not modified" in table.stdout.splitlines()[0] and "finished" in table.stdout


def test_in_process_runs_answer_as_the_console_script_does() -> None:
    """The shortcut ``run_cli`` takes for commands that do not crawl changes nothing a user would see."""
    for args in (("articles", "--json", *db_args()), ("facts", "--since", "2026-13-01", *db_args())):
        inside, outside = run_cli(*args), run_cli(*args, process=True)
        assert (inside.returncode, inside.stdout, inside.stderr) == (outside.returncode, outside.stdout,
                                                                     outside.stderr), args


def test_db_flag_overrides_the_environment(tmp_path: Path) -> None:
    empty = f"sqlite:///{tmp_path / 'empty.db'}"
    from_env = run_json("articles", env={"SHOWBEAT_DB": empty})
    assert from_env == []
    from_flag = run_json("articles", *db_args(), env={"SHOWBEAT_DB": empty})
    assert len(from_flag) >= 12


def test_bad_config_is_one_line_naming_file_key_and_problem(tmp_path: Path) -> None:
    config = tmp_path / "bad.toml"
    config.write_text('[[shows]]\nslug = "x"\ntitle = "X"\n\n[crawl]\ndelay = "fast"\n', encoding="utf-8")
    line = assert_one_line_error(run_cli("articles", "--config", str(config)), 2)
    assert str(config) in line and "crawl.delay" in line and "must be a number" in line
    line = assert_one_line_error(run_cli("crawl", "--config", str(tmp_path / "missing.toml")), 2)
    assert "missing.toml" in line and "file not found" in line


def test_user_mistakes_are_one_line_errors(tmp_path: Path) -> None:
    line = assert_one_line_error(run_cli("facts", "--since", "2026-13-01", *db_args()), 2)
    assert "--since" in line and "not a date" in line
    line = assert_one_line_error(run_cli("extract", str(tmp_path / "nope.html")), 2)
    assert "nope.html" in line and "no such file" in line
    line = assert_one_line_error(run_cli("crawl", "--source", "nowhere", "--db", str(tmp_path / "x.db")), 2)
    assert "nowhere" in line
    line = assert_one_line_error(run_cli("failures", "show", "999", *db_args()), 2)
    assert "999" in line


def test_unreachable_database_is_one_line(tmp_path: Path) -> None:
    result = run_cli("articles", "--db", "postgresql://nobody@127.0.0.1:1/none")
    line = assert_one_line_error(result, 3)
    assert line.startswith("showbeat: database error:")


def test_init_writes_the_starter_config_and_database(tmp_path: Path) -> None:
    result = run_cli("init", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    config = tmp_path / "showbeat.toml"
    assert "[[sources]]" in config.read_text(encoding="utf-8")
    assert (tmp_path / "showbeat.db").is_file()
    again = run_cli("init", cwd=tmp_path)
    assert "already exists" in assert_one_line_error(again, 2)
    assert run_cli("init", "--force", cwd=tmp_path).returncode == 0
    assert run_json("articles", cwd=tmp_path) == []  # ./showbeat.toml and its database are used


def test_crawl_configured_sources_by_name(tmp_path: Path) -> None:
    from scraper.demo import demo_root
    from scraper.localsite import serve

    config = tmp_path / "showbeat.toml"
    with serve(demo_root()) as site:
        config.write_text(
            '[database]\nurl = "sqlite:///site.db"\n\n[crawl]\ndelay = 0\nautothrottle = false\n\n'
            '[[shows]]\nslug = "the-trauma-code"\ntitle = "The Trauma Code: Heroes on Call"\n'
            'aliases = ["The Trauma Code"]\n\n'
            f'[[sources]]\nname = "pulse"\nkind = "listing"\nurl = "{site.base_url}/k-drama/"\n'
            'allow = ["/k-drama/\\\\d{4}/"]\n\n'
            f'[[sources]]\nname = "wire"\nkind = "feed"\nurl = "{site.base_url}/rss.xml"\n', encoding="utf-8")
        result = run_cli("crawl", "--source", "pulse", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("run 1 finished: ")
    runs = run_json("runs", cwd=tmp_path)
    assert runs[0]["sources"] == ["pulse"]
    articles = run_json("articles", cwd=tmp_path)
    assert len(articles) == 2  # the listing's two Trauma Code stories (the others are about untracked shows)
    assert all("/k-drama/2026/" in a["url"] for a in articles)
