"""Date facts: recognition and TIMEX3 normalisation, one test family per rule family.

All sentences are invented; ``published`` is the article's date every relative expression
resolves against.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipelines.facts import extract_facts
from pipelines.facts.context import build_context
from pipelines.facts.dates import find_dates
from pipelines.facts.model import DateFact


def facts(text: str, published: str | None = "2025-09-23") -> list[DateFact]:
    return find_dates(build_context(text, published=published))


def values(text: str, published: str | None = "2025-09-23") -> list[tuple[str, str, str | None]]:
    return [(f.text, f.value, f.mod) for f in facts(text, published)]


def only(text: str, published: str = "2025-09-23") -> tuple[str, str | None]:
    found = facts(text, published)
    assert len(found) == 1, found
    return found[0].value, found[0].mod


# ---------------------------------------------------------------- the fact contract


def test_text_span_and_sentence_slice_the_body() -> None:
    body = "The Lantern Keepers wrapped in May.\n\nNetflix said on Friday, Oct. 3, that the sequel lands in 2027."
    for fact in facts(body):
        assert body[fact.span[0] : fact.span[1]] == fact.text
        assert fact.sentence in body and fact.text in fact.sentence
    assert [f.text for f in facts(body)] == ["May", "Friday, Oct. 3", "2027"]


def test_leading_preposition_is_left_out_but_value_words_stay() -> None:
    assert [f.text for f in facts("It aired on September 3 and ends by October 28 or next spring.")] == [
        "September 3",
        "by October 28",
        "next spring",
    ]


def test_interval_of_a_day_month_and_season() -> None:
    day, month, season = facts("Filming began on March 3, paused in April and resumes next summer.")
    assert (day.start, day.end, day.granularity) == ("2025-03-03", "2025-03-03", "day")
    assert (month.start, month.end, month.granularity) == ("2025-04-01", "2025-04-30", "month")
    assert (season.start, season.end, season.granularity) == ("2026-06-01", "2026-08-31", "season")


# ---------------------------------------------------------------- absolute dates


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The pilot aired on February 14, 2024.", "2024-02-14"),
        ("The pilot aired on 14 February 2024.", "2024-02-14"),
        ("The pilot aired on Feb. 14, 2024.", "2024-02-14"),
        ("The pilot aired on 2024-02-14.", "2024-02-14"),
        ("The pilot aired on 2/14/2024.", "2024-02-14"),
        ("The pilot aired on 14/2/2024.", "2024-02-14"),
        ("The pilot aired on 14.02.2024.", "2024-02-14"),
        ("The pilot aired on 2/14/24.", "2024-02-14"),
        ("The pilot aired on the 14th of February, 2024.", "2024-02-14"),
        ("Casting closed in March 2023.", "2023-03"),
        ("Casting closed in November of 2023.", "2023-11"),
        ("The novel came out in 2016.", "2016"),
        ("The 2016 novel was a hit.", "2016"),
        ("Her breakout came in the 2010s.", "201X"),
        ("Cable dramas ruled the '90s.", "199X"),
    ],
)
def test_absolute_dates(text: str, value: str) -> None:
    assert only(text)[0] == value


# ---------------------------------------------------------------- year-less dates


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("The finale aired on August 30.", "2025-09-23", "2025-08-30"),
        ("The spin-off premiered on November 2.", "2025-09-23", "2024-11-02"),
        ("The spin-off will premiere on November 2.", "2025-09-23", "2025-11-02"),
        ("The spin-off is set to premiere on February 9.", "2025-09-23", "2026-02-09"),
        ("Filming wrapped in May.", "2025-09-23", "2025-05"),
        ("Filming is scheduled to resume in March.", "2025-09-23", "2026-03"),
        ("The new episode airs on October 4.", "2025-09-23", "2025-10-04"),
        ("The special will stream on Friday, January 9.", "2025-09-23", "2026-01-09"),
        ("Shooting began on the 17th, the studio said.", "2026-07-20", "2026-07-17"),
        # a month just gone under a verb before it: next year's
        ("The sequel will premiere in October.", "2025-11-20", "2026-10"),
        ("The surge in October should carry into the new year.", "2025-11-20", "2025-10"),
        ("A report said the streamer was eyeing a June premiere.", "2026-11-30", "2027-06"),  # a plan
    ],
)
def test_year_less_dates_follow_tense(text: str, published: str, value: str) -> None:
    assert only(text, published)[0] == value


def test_year_less_date_takes_the_year_of_a_neighbouring_date() -> None:
    found = values("The studio confirmed it in December 2024 after first denying it in September.", "2026-04-01")
    assert [v for _, v, _ in found] == ["2024-12", "2024-09"]


def test_a_background_year_in_the_sentence_before_does_not_carry_over() -> None:
    text = "The webtoon ran from 2018 to 2021. On May 28, the studio released the first stills."
    assert values(text, "2026-06-02")[-1] == ("May 28", "2026-05-28", None)


def test_that_month_takes_the_last_year_written() -> None:
    text = "The first season opened on Jan. 5, 2024. The lead won an award that May."
    assert values(text, "2026-01-10")[-1] == ("that May", "2024-05", None)


# ---------------------------------------------------------------- relative dates


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The trailer dropped today.", "2025-09-23"),
        ("The trailer dropped yesterday.", "2025-09-22"),
        ("The trailer drops tomorrow.", "2025-09-24"),
        ("The trailer dropped last week.", "2025-W38"),
        ("The trailer drops this week.", "2025-W39"),
        ("The trailer drops next week.", "2025-W40"),
        ("The trailer dropped over the weekend.", "2025-W38-WE"),
        ("The trailer dropped last month.", "2025-08"),
        ("The trailer drops next month.", "2025-10"),
        ("The trailer dropped last year.", "2024"),
        ("The trailer drops next year.", "2026"),
        ("The trailer dropped two days ago.", "2025-09-21"),
        ("The trailer dropped on Monday.", "2025-09-22"),
        ("The trailer will drop on Friday.", "2025-09-26"),
        ("The trailer dropped on Tuesday.", "2025-09-23"),
        ("The trailer drops next Tuesday.", "2025-09-30"),
        ("The trailer dropped on Christmas Day.", "2024-12-25"),
    ],
)
def test_relative_dates(text: str, value: str) -> None:
    assert only(text)[0] == value


def test_the_same_day_takes_the_day_named_before() -> None:
    text = "The outlet reported the casting on August 4. The agency responded the same day."
    assert values(text)[-1] == ("the same day", "2025-08-04", None)


def test_the_same_day_without_a_named_day_is_publication() -> None:
    assert only("The agency responded the same day.") == ("2025-09-23", None)


# ---------------------------------------------------------------- seasons, quarters, halves


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("Production starts next summer.", "2025-09-23", "2026-SU"),
        ("Production wrapped last summer.", "2025-09-23", "2025-SU"),
        ("Production starts in winter 2026.", "2025-09-23", "2026-WI"),
        ("Production starts in summer 2026.", "2025-09-23", "2026-SU"),
        ("The cast spent the summer in Busan.", "2025-09-23", "2025-SU"),
        ("Production wraps this fall.", "2025-09-23", "2025-FA"),
        ("The sequel arrives in Q4 2026.", "2025-09-23", "2026-Q4"),
        ("The sequel arrives in the fourth quarter.", "2025-09-23", "2025-Q4"),
        ("The sequel arrives in the first quarter of next year.", "2025-09-23", "2026-Q1"),
        ("Sales rose in 2024's third quarter.", "2025-09-23", "2024-Q3"),
        ("The sequel arrives in the second half of 2026.", "2025-09-23", "2026-H2"),
        ("The sequel arrives in the first half of next year.", "2025-09-23", "2026-H1"),
    ],
)
def test_seasons_quarters_halves(text: str, published: str, value: str) -> None:
    assert only(text, published)[0] == value


# ---------------------------------------------------------------- modifiers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shooting resumes early 2027.", ("early 2027", "2027", "START")),
        ("Shooting resumes in late 2026.", ("late 2026", "2026", "END")),
        ("Shooting resumes in mid-2026.", ("mid-2026", "2026", "MID")),
        ("Shooting resumes early next year.", ("early next year", "2026", "START")),
        ("Shooting resumes at the end of this year.", ("the end of this year", "2025", "END")),
        ("Shooting resumes at the end of the year.", ("the end of the year", "2025", "END")),
        ("Shooting resumes in mid-October.", ("mid-October", "2025-10", "MID")),
        ("Shooting resumes later this year.", ("later this year", "2025", None)),
        ("Shooting paused earlier this month.", ("earlier this month", "2025-09", None)),
        ("Shooting must finish by February 17.", ("by February 17", "2026-02-17", "ON_OR_BEFORE")),
        ("Nothing aired before 2020.", ("before 2020", "2020", "BEFORE")),
        ("Nothing aired after 2020.", ("after 2020", "2020", "AFTER")),
        ("The cast has changed since 2019.", ("2019", "2019", None)),  # "since" is a signal, not a modifier
        ("The webtoon started around 2015.", ("around 2015", "2015", "APPROX")),
    ],
)
def test_modifiers(text: str, expected: tuple[str, str, str | None]) -> None:
    assert values(text) == [expected]


# ---------------------------------------------------------------- ranges


def test_day_range_is_two_dates() -> None:
    assert values("The festival runs December 7 to 13.", "2025-09-23") == [
        ("December 7", "2025-12-07", None),
        ("13", "2025-12-13", None),
    ]


def test_dash_range_with_year_is_two_dates() -> None:
    assert [v for _, v, _ in values("The festival ran December 7-13, 2024.")] == ["2024-12-07", "2024-12-13"]


def test_day_first_range_is_two_dates() -> None:
    assert values("The festival ran 7-13 December 2024.") == [
        ("7", "2024-12-07", None),
        ("13 December 2024", "2024-12-13", None),
    ]


def test_year_range_is_two_years() -> None:
    assert [v for _, v, _ in values("The comic ran from 2016 to 2019.")] == ["2016", "2019"]


# ---------------------------------------------------------------- not dates


@pytest.mark.parametrize(
    "text",
    [
        "The crew filmed for two weeks in a row.",
        "The actor, 34, spent two years abroad.",
        "She is a 29-year-old newcomer.",
        "She won at the 61st Golden Lantern Awards.",
        "Doors open at 7 p.m. sharp.",
        "At the time, nobody knew. Recently, fans noticed. It was clear from the start.",
        "The director said the cast may return.",
        "June Seo-yeon said she was thrilled.",
        "Wednesday Addams returns for another term.",
        "Fans praised Netflix's Wednesday for its style.",
        "She starred in Wednesday before joining the cast.",
        "The prize was worth $2019 and drew 2,019 entries.",
        "The stadium held 2019 fans.",
        "It wrapped in a second.",
        "Ratings fall when rivals air.",
        "The episode ranked No. 2019 on the list.",
        "The second half of the match was dull.",
        "May I ask a question?",
    ],
)
def test_not_dates(text: str) -> None:
    assert values(text) == []


def test_without_publication_date_only_written_years_resolve() -> None:
    assert values("It aired on March 3, 2021 and again last week.", published=None) == [
        ("March 3, 2021", "2021-03-03", None)
    ]


# ---------------------------------------------------------------- robustness

_WORDS = [
    "on",
    "in",
    "by",
    "the",
    "this",
    "next",
    "last",
    "early",
    "late",
    "mid-",
    "end",
    "of",
    "May",
    "June",
    "Jan.",
    "February",
    "29",
    "30",
    "31",
    "2024",
    "1999",
    "Q4",
    "quarter",
    "fourth",
    "half",
    "second",
    "summer",
    "winter",
    "week",
    "weekend",
    "year",
    "month",
    "Monday",
    "Friday,",
    "today",
    "the same day",
    "ago",
    "two",
    "days",
    "17th",
    "-",
    "to",
    "2/30/2025",
    "2025-02-30",
    "'90s",
    "2010s",
    "will",
    "aired",
    ".",
    ",",
    "\n\n",
    "Christmas",
]


@given(st.lists(st.sampled_from(_WORDS), max_size=30), st.sampled_from(["2024-02-29", "2026-01-01", None]))
def test_any_word_salad_gives_well_formed_facts(words: list[str], published: str | None) -> None:
    body = " ".join(words)
    for fact in facts(body, published):
        assert body[fact.span[0] : fact.span[1]] == fact.text
        assert fact.text in fact.sentence
        assert fact.start is not None and fact.end is not None and fact.start <= fact.end


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("The show returns in early 2027.", "2027-01-01", "2027-04-30"),
        ("The show returns in mid-2027.", "2027-05-01", "2027-08-31"),
        ("The show returns in late 2027.", "2027-09-01", "2027-12-31"),
    ],
)
def test_year_modifiers_split_on_month_boundaries(text: str, start: str, end: str) -> None:
    """START/MID/END of a year are its first, middle and last four months, not day counts."""
    [fact] = [f for f in extract_facts(text, published="2026-05-01") if f.type == "date"]
    assert (fact.start, fact.end) == (start, end)


def test_timeline_lines_under_year_subheadings() -> None:
    body = ("The story so far.\n\n2024:\n\nMarch 3: The drama premieres.\n\nMay: It wins its first award.\n\n"
            "2025:\n\nJanuary 12–13: Cameras roll again.\n\nThe sequel arrives next month.")
    assert values(body, "2026-02-10") == [
        ("2024", "2024", None), ("March 3", "2024-03-03", None), ("May", "2024-05", None), ("2025", "2025", None),
        ("January 12", "2025-01-12", None), ("13", "2025-01-13", None), ("next month", "2026-03", None)]


def test_week_of_a_month_and_tense_details() -> None:
    assert values("Ratings peaked in the second week of March.", "2026-04-02") == [
        ("the second week of March", "2026-W11", None)]
    assert values("He could not stop smiling on Tuesday night.", "2026-03-13") == [("Tuesday", "2026-03-10", None)]
    assert values("Winners are usually announced in early May.", "2026-01-05") == [("early May", "2026-05", "START")]
    assert values("The report, covering March 9 to 15, will come out next week.", "2026-03-11")[:2] == [
        ("March 9", "2026-03-09", None), ("15", "2026-03-15", None)]


def test_dates_in_an_update_note_count_from_the_note() -> None:
    body = ("Shooting began in March.\n\nUpdate (November 4, 2026): The studio said the shoot ended on 20 October "
            "and the cast met last week.\n\nThe premiere is set for Friday.")
    assert [(text, value) for text, value, _ in values(body, "2026-08-14")] == [
        ("March", "2026-03"), ("November 4, 2026", "2026-11-04"), ("20 October", "2026-10-20"),
        ("last week", "2026-W44"), ("Friday", "2026-08-14")]


def test_a_schedule_in_the_present_and_a_passive_participle_point_ahead() -> None:
    assert only("Production wraps in the fall, the studio said.", "2026-01-21") == ("2026-FA", None)
    assert only("Both seasons will be shot before the crew breaks in the spring.", "2026-01-21") == ("2026-SP", None)
    assert only("Filming ended in March.", "2026-01-21") == ("2025-03", None)


def test_a_premiere_in_the_present_is_the_next_one() -> None:
    assert only("Glass Orchard starts streaming on October 2.", "2026-03-05") == ("2026-10-02", None)
    assert only("The finale premieres in February, the network said.", "2026-06-20") == ("2027-02", None)
    body = "2025: Season 1\n\nMarch 7: All ten episodes drop worldwide."
    assert [value for _, value, _ in values(body, "2026-10-01")][-1] == "2025-03-07"


def test_in_so_many_weeks_ahead_but_not_a_duration() -> None:
    assert values("The trailer arrives in two weeks.", "2026-11-20") == [("in two weeks", "2026-W49", None)]
    assert values("They shot the pilot in two weeks.", "2026-11-20") == []
    assert values("It sold out in two days.", "2026-11-20") == []


def test_so_many_units_from_today() -> None:
    assert values("Baek scrubs back in two weeks from today.", "2026-11-27") == [
        ("two weeks from today", "2026-W50", None)]


def test_a_part_of_a_bare_season_and_a_season_joined_to_another() -> None:
    assert values("We shot on a rooftop in the middle of summer.", "2026-11-19") == [
        ("the middle of summer", "2026-SU", "MID")]
    assert values("Cameras rolled through the spring and summer.", "2026-11-19") == [
        ("the spring", "2026-SP", None), ("summer", "2026-SU", None)]
    assert values("The summer of love was long.", "2026-11-19") == []


def test_a_year_that_names_a_setting_places_no_later_day() -> None:
    found = values("The story about four friends in 2009 Busan premiered on Netflix on June 20.", "2025-12-18")
    assert found == [("2009", "2009", None), ("June 20", "2025-06-20", None)]


def test_a_range_takes_the_year_its_end_names_and_a_later_day_rolls_into_the_next_year() -> None:
    assert values("Salt Harbor aired from March to May last year.", "2026-02-10") == [
        ("March", "2025-03", None), ("May last year", "2025-05", None)]
    assert values("Dec. 19, 2024: the studio releases a trailer and confirms a January 24 premiere.", "2026-10-01") == [
        ("Dec. 19, 2024", "2024-12-19", None), ("January 24", "2025-01-24", None)]
