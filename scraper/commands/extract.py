"""``showbeat extract``: one page (file or URL) or one plain-text body in, the spec record out.

No database and no Scrapy: this is the path the gold scorer runs once per page, so it imports
only ``pipelines`` and starts fast.
"""

from __future__ import annotations

import argparse
import json
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

from scraper.commands.common import EXIT_OK, UserError, day
from scraper.render import print_json

FETCH_TIMEOUT_S = 30
USER_AGENT = "showbeat/0.1 (+https://github.com/showbeat/showbeat; news monitoring bot)"


FACT_MODES: dict[str, bool | str] = {"always": True, "auto": "auto", "never": False}


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``extract``."""
    parser = subparsers.add_parser("extract", help="extract the article record of one page (no database)",
                                   description="Print the article record (shared/spec/facts.md) of one "
                                   "saved page or URL, or run fact extraction on a plain-text body.")
    parser.add_argument("page", nargs="?", metavar="PAGE.html|URL", help="a saved HTML file or an http(s) URL")
    parser.add_argument("--url", help="the URL the saved page was fetched from (default: the file's path)")
    parser.add_argument("--text", metavar="FILE", help="a plain-text body to read facts from (needs --published)")
    parser.add_argument("--published", type=day, metavar="DATE", help="publication date for --text "
                        "(YYYY-MM-DD); relative dates are resolved against it")
    parser.add_argument("--config", metavar="FILE", help="configuration file (tracked shows, outlet names)")
    parser.add_argument("--facts", choices=sorted(FACT_MODES), default="always",
                        help="when to read facts from a page: always (default), auto (only when it is "
                        "about a tracked show, as the crawl does) or never")
    parser.add_argument("--json", action="store_true", help="print the record as JSON")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Extract one page or text and print it."""
    if args.text:
        if args.page:
            raise UserError("extract: give either PAGE.html|URL or --text FILE, not both")
        record = _from_text(args)
    elif args.page:
        record = _from_page(args)
    else:
        raise UserError("extract: give a PAGE.html or URL, or --text FILE --published DATE")
    if args.json:
        print_json(record)
    else:
        print(readable(record))
    return EXIT_OK


def _extraction_config(args: argparse.Namespace) -> Any:
    """The tracked shows and outlet names: from ``--config`` or ``./showbeat.toml``, else built in."""
    from scraper.config import find_config_path, load_config

    if find_config_path(args.config) is None:
        return None  # pipelines' bundled default: no need to parse the bundled TOML
    return load_config(args.config).extraction


def _from_page(args: argparse.Namespace) -> dict[str, Any]:
    from pipelines import extract

    source: str = args.page
    if source.startswith(("http://", "https://")):
        raw, final_url, charset = fetch(source)
        url = args.url or final_url
    else:
        raw, charset = _read_bytes(source), None
        url = args.url or source
    return extract(raw, url, config=_extraction_config(args), encoding=charset,
                   facts=FACT_MODES[args.facts]).to_dict()


def _from_text(args: argparse.Namespace) -> dict[str, Any]:
    from pipelines import ArticleRecord, extract_facts
    from pipelines.context import resolve_config
    from pipelines.relevance import match_shows

    if args.published is None:
        raise UserError("extract --text needs --published DATE (relative dates are resolved against it)")
    try:
        body = Path(args.text).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise UserError(f"cannot read {args.text}: {getattr(error, 'strerror', None) or error}") from None
    published = args.published.isoformat()
    shows = resolve_config(_extraction_config(args)).shows
    about = match_shows(None, body, shows)
    facts = extract_facts(body, published=published, shows=shows, about=about)
    # A text has no URL or page: url and the other article fields stay null or empty (spec).
    return ArticleRecord(url=None, published=published, body=body, facts=facts).to_dict()  # type: ignore[arg-type]


def _read_bytes(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise UserError(f"{path}: no such file") from None
    except OSError as error:
        raise UserError(f"cannot read {path}: {error.strerror or error}") from None


def fetch(url: str) -> tuple[bytes, str, str | None]:
    """GET ``url``; returns the body, the final URL after redirects and the HTTP charset."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT_S) as response:
            return response.read(), response.geturl(), response.headers.get_content_charset()
    except urllib.error.HTTPError as error:
        raise UserError(f"cannot fetch {url}: HTTP {error.code} {error.reason}", status=1) from None
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise UserError(f"cannot fetch {url}: {reason}", status=1) from None


def readable(record: dict[str, Any]) -> str:
    """A short human summary of a record: fields, body preview, then one line per fact."""
    outlet = record.get("outlet") or {}
    lines = [
        f"title:     {record.get('title') or '-'}",
        f"url:       {record.get('url') or '-'}",
        f"outlet:    {outlet.get('name') or '-'} ({outlet.get('domain') or '-'})",
        f"authors:   {', '.join(record.get('authors') or []) or '-'}",
        f"published: {record.get('published') or '-'}    modified: {record.get('modified') or '-'}",
        f"shows:     {', '.join(record.get('shows') or []) or '-'}",
        f"body:      {len(record.get('body') or '')} characters",
        f"posts:     {len(record.get('social_posts') or [])} embedded",
        f"facts:     {len(record.get('facts') or [])}",
    ]
    lines += [f"  {fact_line(fact)}" for fact in record.get("facts") or []]
    return "\n".join(lines)


def fact_line(fact: dict[str, Any]) -> str:
    """``date  "next summer" -> 2027-SU`` style one-line summary of a fact."""
    extra = {k: v for k, v in fact.items() if k not in ("type", "text", "span", "sentence") and v not in (None, [])}
    detail = ", ".join(f"{k}={json.dumps(v, ensure_ascii=False)}" for k, v in extra.items())
    return f"{fact.get('type', '?'):<15} {json.dumps(fact.get('text'), ensure_ascii=False)}  {detail}"

