"""The README stays honest: its commands parse, its test command is CI's, its config table is complete."""

from __future__ import annotations

import re
import shlex
import tomllib
from pathlib import Path

import pytest

from scraper.cli import build_parser
from scraper.config import default_config_text

REPO = Path(__file__).resolve().parent.parent
README = (REPO / "README.md").read_text(encoding="utf-8")


def readme_commands() -> list[list[str]]:
    """Every ``showbeat ...`` invocation in the README's sh code blocks, as argument lists."""
    commands = []
    for block in re.findall(r"```sh\n(.*?)```", README, flags=re.DOTALL):
        for line in block.splitlines():
            for part in re.split(r"&&|\|", line.split("#")[0]):
                words = shlex.split(part)
                if words and words[0].endswith("showbeat"):
                    commands.append(words[1:])
    return commands


@pytest.mark.parametrize("argv", readme_commands(), ids=" ".join)
def test_readme_commands_parse(argv: list[str]) -> None:
    args = build_parser().parse_args(argv)
    assert callable(args.func)


def test_the_quick_start_is_there() -> None:
    assert ["crawl", "--demo"] in readme_commands()
    assert "python3 -m venv .venv && .venv/bin/pip install . && .venv/bin/showbeat crawl --demo" in README


def test_readme_test_command_is_what_ci_runs() -> None:
    match = re.search(r"python3 -m venv \.venv && \.venv/bin/pip install '\.\[test\]' && \.venv/bin/pytest(.*)", README)
    assert match, "the README's test command is missing"
    readme_args = shlex.split(match.group(1))
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert ci.startswith("#!/usr/bin/env bash") and "set -euo pipefail" in ci
    assert "/bin/pip\" install --quiet --disable-pip-version-check \"$root[test]\"" in ci
    ci_match = re.search(r'CI=true "\$work/venv/bin/pytest"(.*?)\|\|', ci)
    assert ci_match and shlex.split(ci_match.group(1)) == readme_args
    assert '"$status" -eq 5' in ci  # "no tests collected" fails CI


def test_every_default_config_key_is_documented() -> None:
    data = tomllib.loads(default_config_text())
    keys = [f"[{table}] {key}" for table in ("database", "crawl", "schedule") for key in data[table]]
    keys += [f"[[shows]] {key}" for key in data["shows"][0]]
    keys += [f"[[sources]] {key}" for source in data["sources"] for key in source]
    keys += ["[crawl] redis_url", "[schedule] log_file", "[[sources]] schedule", "[[sources]] max_pages",
             "[[sources]] outlet", "[outlets]"]
    for key in keys:
        assert f"`{key}" in README, key
    for key in ("allow", "deny"):
        assert f"`[[sources]] {key}`" in README or "`[[sources]] allow` / `deny`" in README
