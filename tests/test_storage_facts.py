"""Facts in the database: typed columns, ``list_facts`` filters, history, and reprocessing."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from pipelines.facts.model import DateFact, EventFact, SourceFact, StatementFact
from pipelines.record import ArticleRecord, Outlet
from storage import models as m
from storage.db import Session
from storage.reads import get_record, list_facts
from storage.timex import interval
from storage.writes import FetchInfo, replace_facts, store_article

URL = "https://screen-weekly.test/2025/09/harbor-season-two"
BODY = "Quiet Harbor returns next summer, Screen Daily reported. \"We are thrilled,\" said Jo Han."
NEXT_SUMMER = DateFact(text="next summer", span=(21, 32), sentence=BODY[:57], value="2026-SU", granularity="season",
                       start="2026-06-01", end="2026-08-31")
SOURCE = SourceFact(text="Screen Daily reported", span=(34, 55), sentence=BODY[:57], outlet="Screen Daily")
STATEMENT = StatementFact(text='"We are thrilled," said Jo Han', span=(57, 87), sentence=BODY[57:], mode="direct",
                          speaker="Jo Han", speaker_text="Jo Han", verb="said", quote="We are thrilled,")
RENEWAL = EventFact(type="renewal", text="returns next summer", span=(13, 32), sentence=BODY[:57], show="quiet-harbor",
                    source="Screen Daily", fields={"seasons": [2], "status": "reported", "date": "2026-SU"})
CREDIT = EventFact(type="credit", text="Jo Han", span=(81, 87), sentence=BODY[57:], show="other-show",
                   fields={"person": "Jo Han", "role": "director", "character": None})


def record(url: str = URL, published: str | None = "2025-09-23", **overrides: object) -> ArticleRecord:
    base = ArticleRecord(url=url, canonical_url=url, outlet=Outlet("Screen Weekly", "screen-weekly.test"),
                         title="Harbor returns", published=published, body=BODY, shows=("quiet-harbor",),
                         facts=(NEXT_SUMMER, SOURCE, STATEMENT, RENEWAL, CREDIT))
    return dataclasses.replace(base, **overrides)  # type: ignore[arg-type]


def store(session: Session, rec: ArticleRecord) -> int:
    fetch = FetchInfo(url=rec.url, final_url=rec.url, status=200, fetched_at=datetime(2025, 9, 23, tzinfo=UTC))
    return store_article(session, rec, raw=b"<html/>", fetch=fetch).version_id


def types(rows: list) -> list[str]:  # type: ignore[type-arg]
    return [row.fact["type"] for row in rows]


def test_facts_round_trip_in_record_order(session: Session) -> None:
    store(session, record())
    rows = list_facts(session)
    assert [row.fact for row in rows] == [f.to_dict() for f in record().facts]
    assert {(r.article_url, r.article_title, r.published, r.outlet, r.version) for r in rows} == {
        (URL, "Harbor returns", "2025-09-23", "Screen Weekly", 1)}


def test_typed_columns_hold_what_queries_filter_on(session: Session) -> None:
    store(session, record())
    rows = {row.type: row for row in session.scalars(select(m.Fact))}
    assert (rows["date"].start_date, rows["date"].end_date, rows["date"].value) == (
        date(2026, 6, 1), date(2026, 8, 31), "2026-SU")
    assert rows["source"].outlet == "Screen Daily" and rows["source"].start_date is None
    assert rows["statement"].speaker == "Jo Han"
    assert (rows["renewal"].status, rows["renewal"].show, rows["renewal"].source) == ("reported", "quiet-harbor",
                                                                                     "Screen Daily")
    assert rows["renewal"].start_date == date(2026, 6, 1)  # dated events get the interval of their date
    assert rows["renewal"].data == {"seasons": [2], "date": "2026-SU"}
    assert (rows["date"].span_start, rows["date"].span_end) == (21, 32)


def test_an_article_of_2025_naming_next_summer_is_found_by_since_2026(session: Session) -> None:
    store(session, record())
    found = list_facts(session, since=date(2026, 6, 1))
    # the date fact and the renewal dated 2026-SU overlap; the others go by the 2025 publication day
    assert types(found) == ["date", "renewal"]
    assert types(list_facts(session, since=date(2026, 9, 1))) == []
    assert types(list_facts(session, since=date(2026, 8, 31), until=date(2026, 8, 31))) == ["date", "renewal"]
    assert types(list_facts(session, until=date(2025, 9, 23))) == ["source", "statement", "credit"]


def test_filters_by_type_show_outlet_and_speaker(session: Session) -> None:
    store(session, record())
    other = "https://elsewhere.test/other"
    store(session, record(url=other, published="2025-01-01", outlet=Outlet("Elsewhere", "elsewhere.test"),
                          shows=(), facts=(dataclasses.replace(STATEMENT, speaker="Ko Eun"),)))
    assert types(list_facts(session, type="statement")) == ["statement", "statement"]
    assert types(list_facts(session, type=["date", "source"])) == ["date", "source"]
    assert types(list_facts(session, show="quiet-harbor")) == ["date", "source", "statement", "renewal"]
    assert types(list_facts(session, show="other-show")) == ["credit"]
    assert [r.article_url for r in list_facts(session, outlet="elsewhere.test")] == [other]
    assert types(list_facts(session, outlet="screen daily")) == ["source"]  # the cited outlet
    assert [r.fact["speaker"] for r in list_facts(session, speaker="ko eun")] == ["Ko Eun"]
    assert [r.fact["speaker"] for r in list_facts(session, speaker="han")] == ["Jo Han"]
    assert len(list_facts(session, limit=2)) == 2


def test_latest_version_by_default_every_version_in_history(session: Session) -> None:
    store(session, record())
    store(session, record(body=BODY + " More.", facts=(NEXT_SUMMER,)))
    assert types(list_facts(session)) == ["date"]
    history = list_facts(session, history=True)
    assert [(r.version, r.fact["type"]) for r in history][:2] == [(2, "date"), (1, "date")]
    assert len(history) == 6


def test_replace_facts_rewrites_one_version(session: Session) -> None:
    version_id = store(session, record())
    fixed = record(facts=(dataclasses.replace(SOURCE, kind="data"),), title="Harbor returns (fixed)")
    replace_facts(session, version_id, fixed)
    assert [r.fact for r in list_facts(session)] == [fixed.facts[0].to_dict()]
    [article] = session.scalars(select(m.Article)).all()
    assert get_record(session, article.id) == fixed and article.title == "Harbor returns (fixed)"
    with pytest.raises(KeyError):
        replace_facts(session, 10_000, fixed)


@pytest.mark.parametrize(("value", "expected"), [
    ("2026-SU", (date(2026, 6, 1), date(2026, 8, 31))),
    ("2025-WI", (date(2025, 12, 1), date(2026, 2, 28))),
    ("2025-Q4", (date(2025, 10, 1), date(2025, 12, 31))),
    ("2026-H2", (date(2026, 7, 1), date(2026, 12, 31))),
    ("2025-W39", (date(2025, 9, 22), date(2025, 9, 28))),
    ("2024-02", (date(2024, 2, 1), date(2024, 2, 29))),
    ("2025-09-23", (date(2025, 9, 23), date(2025, 9, 23))),
    ("2025", (date(2025, 1, 1), date(2025, 12, 31))),
    ("202X", (date(2020, 1, 1), date(2029, 12, 31))),
    ("PRESENT_REF", None), ("2025-02-30", None), ("", None),
])
def test_timex_values_become_intervals(value: str, expected: tuple[date, date] | None) -> None:
    assert interval(value) == expected
