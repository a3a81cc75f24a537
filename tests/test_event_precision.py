"""Event rules stay quiet on look-alikes: verbs and nouns that name no show's renewal, release,
credit or source material, and day counts that hang on an event rather than a date."""

from __future__ import annotations

import pytest

from pipelines.facts import extract_facts

PUBLISHED = "2026-03-10"


def events(text: str, kind: str) -> list[dict]:
    return [f.to_dict() for f in extract_facts(text, published=PUBLISHED) if f.type == kind]


@pytest.mark.parametrize("text", [
    "The carrier said it was cancelling its overnight flights to Busan through mid-April.",
    "Organisers cancelled the fan meeting in Osaka after the storm warning.",
    "The airline said it was cancelling its Max 8 flights through mid-August.",  # a platform's name, not its act
])
def test_a_cancellation_of_something_else_is_no_renewal(text: str) -> None:
    assert events(text, "renewal") == []


def test_a_cancelled_show_is_still_a_cancellation() -> None:
    (found,) = events("The broadcaster cancelled the medical drama last week.", "renewal")
    assert found["status"] == "cancelled"


@pytest.mark.parametrize("text", [
    "The producer dropped the lawsuit this month after the two sides settled.",
    "The agency launched a fan campaign on March 3.",
    "The channel aired the press conference on Tuesday.",
    "The studio released a statement on Monday.",
    "She first sang on her 2019 debut Paper Lanterns, which sold well.",
])
def test_verbs_with_other_objects_are_no_releases(text: str) -> None:
    assert events(text, "release") == []


@pytest.mark.parametrize(("text", "date"), [
    ("Netflix dropped all ten episodes on March 6.", "2026-03-06"),
    ("The network launched its second season on March 3.", "2026-03-03"),
    ("Netflix will release Harbor Lights on April 24.", "2026-04-24"),
])
def test_verbs_with_show_objects_are_releases(text: str, date: str) -> None:
    assert [e["date"] for e in events(text, "release")] == [date]


def test_an_unlisted_network_is_not_replaced_by_one_named_earlier() -> None:
    text = "The first film streamed on Netflix last year. The sequel will air on TVB in the fall."
    assert [e["platform"] for e in events(text, "release")] == ["Netflix", "TVB"]
    text = "The first film streamed on Netflix last year. The sequel will air on Channel Nine in the fall."
    assert [e["platform"] for e in events(text, "release")] == ["Netflix", None]


def test_a_capitalised_star_inside_a_name_is_no_cast_credit() -> None:
    assert events("Fans lined up for the Star Harbor Convention in Busan this spring.", "credit") == []
    (credit,) = events("Actress Han Seo-yeon joins the cast as the new surgeon.", "credit")
    assert credit["person"] == "Han Seo-yeon"


@pytest.mark.parametrize("text", [
    "Why the Director Cuts Matter",
    "The veteran film critic Yoon Mi-rae praised the pilot.",
    "Adapted from a short story by Park Jin-soo, the movie follows two nurses.",
])
def test_media_words_that_name_no_adapted_work(text: str) -> None:
    assert events(text, "source_material") == []


def test_a_day_counted_from_an_event_has_no_date() -> None:
    dates = {f.text: f.to_dict()["value"] for f in extract_facts(
        "The cast met the night before the premiere. The finale aired on March 1, and the day after, "
        "ratings jumped.", published=PUBLISHED) if f.type == "date"}
    assert "the night before" not in dates
    assert dates["the day after"] == "2026-03-02"


@pytest.mark.parametrize(("text", "kind"), [
    ("Every winter, the air over the harbour turns grey.", "release"),
    ("Ticket sales dropped to $4 million in 2025.", "release"),
    ("Your streaming subscription is auto-renewed every month.", "renewal"),
    ("The actor renewed his contract with the agency in January.", "renewal"),
    ("When April rolls around, the festival returns.", "production"),
    ("The merger could run into regulatory problems in 2027.", "production"),
    ("Unlike the first two films, the sequel is set in Busan.", "source_material"),
])
def test_everyday_wordings_are_no_events(text: str, kind: str) -> None:
    assert events(text, kind) == []


def test_cameras_rolling_still_start_filming() -> None:
    (found,) = events("Cameras rolled on the second season on March 3 in Incheon.", "production")
    assert (found["phase"], found["event"], found["date"]) == ("filming", "start", "2026-03-03")


@pytest.mark.parametrize("text", [
    "The two hostages were released on Tuesday after months of talks.",
    "The phone maker launched its new tablet on March 3. Reviewers liked the screen.",
])
def test_releases_outside_screen_talk_are_none(text: str) -> None:
    assert events(text, "release") == []


def test_a_release_told_after_a_sentence_about_the_show_counts() -> None:
    text = "The medical drama became a hit last year. It was released on January 24, 2025."
    assert [e["date"] for e in events(text, "release")] == ["2025-01-24"]


def test_a_sentence_opening_word_is_no_part_of_a_name() -> None:
    (credit,) = events("When Eric Moss returns as the coach in the second season, fans will cheer.", "credit")
    assert credit["person"] == "Eric Moss"
    (credit,) = events("So Ji-sub plays the surgeon Baek Kang-hyuk.", "credit")
    assert credit["person"] == "So Ji-sub"  # a surname, not an opener
