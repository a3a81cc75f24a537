"""Entertainment events: releases, renewals (status by wording, season lists, the claim
ledger), production, show attribution and robustness; credits and source material live in
``test_event_credit.py``, awards and rankings in ``test_event_award.py``, other outlets' and
writers' wordings (trade, wire, fan blog) in ``test_event_wordings.py``; all share the helpers
below.

All sentences, people and shows are invented (besides the bundled default show's name). The
upstream facts (dates, sources, statements) are written by hand, so these tests exercise the
event rules alone.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipelines.context import DEFAULT_SHOWS, Show
from pipelines.facts.context import build_context
from pipelines.facts.events import find_events
from pipelines.facts.model import EVENT_TYPES, DateFact, EventFact, SourceFact, StatementFact

WARD = Show(slug="moonlit-ward", title="Moonlit Ward", aliases=("The Ward",))
SHOWS = (WARD, *DEFAULT_SHOWS)


def _span(body: str, text: str) -> tuple[int, int]:
    start = body.index(text)
    return start, start + len(text)


def run(body: str, *, dates: tuple[tuple[str, str, str | None], ...] = (),
        sources: tuple[tuple[str, str], ...] = (), statements: tuple[tuple[str, str], ...] = (),
        about: tuple[str, ...] = ("moonlit-ward",), kind: str | None = None) -> list[EventFact]:
    """Events of ``body``; ``dates`` are (text, value, mod), ``sources`` (outlet, kind) and
    ``statements`` (quote, speaker), each found in the body by its text."""
    ctx = build_context(body, published="2025-09-23", outlet="Test Outlet", shows=SHOWS, about=about)
    date_facts = [DateFact(text, _span(body, text), "", value, mod) for text, value, mod in dates]
    source_facts = [SourceFact(name, _span(body, name), "", name, kind=k) for name, k in sources]
    statement_facts = [StatementFact(q, _span(body, q), "", "direct", who, who, "said", q) for q, who in statements]
    events = find_events(ctx, date_facts, source_facts, statement_facts)
    for event in events:
        assert body[event.span[0]:event.span[1]] == event.text
        assert event.text in event.sentence
    return [e for e in events if kind is None or e.type == kind]


def fields(event: EventFact, *names: str) -> tuple[Any, ...]:
    return tuple(event.to_dict()[n] for n in names)


def credits(body: str, about: tuple[str, ...] = ("moonlit-ward",)) -> set[tuple[Any, ...]]:
    return {fields(e, "person", "role", "character") for e in run(body, about=about, kind="credit")}


# ---------------------------------------------------------------- release


def test_future_season_premiere_with_platform() -> None:
    body = "Moonlit Ward Season 2 will premiere on March 3 on Disney+, the streamer announced."
    [release] = run(body, dates=(("March 3", "2026-03-03", None),), kind="release")
    assert fields(release, "season", "date", "platform", "show") == (2, "2026-03-03", "Disney+", "moonlit-ward")


def test_past_premiere_of_unnumbered_show_is_season_one_worldwide() -> None:
    body = "Moonlit Ward premiered worldwide on June 5, 2024, through Netflix."
    [release] = run(body, dates=(("June 5, 2024", "2024-06-05", None),), kind="release")
    assert fields(release, "season", "date", "platform", "region") == (1, "2024-06-05", "Netflix", "worldwide")


def test_release_alternatives_give_one_fact_per_date_with_mod() -> None:
    body = "Season 2 of The Ward is expected to premiere in late 2026 or early 2027."
    found = run(body, dates=(("late 2026", "2026", "END"), ("early 2027", "2027", "START")), kind="release")
    assert [fields(e, "season", "date", "mod") for e in found] == [(2, "2026", "END"), (2, "2027", "START")]


def test_press_release_and_premiere_date_nouns_are_no_releases() -> None:
    body = ("Wednesday's press release did not name the premiere date. "
            "In a statement released on Monday, it thanked fans.")
    assert run(body, dates=(("Wednesday", "2025-09-17", None), ("Monday", "2025-09-22", None)), kind="release") == []


# ---------------------------------------------------------------- renewal


@pytest.mark.parametrize(("sentence", "status", "seasons"), [
    ("Disney+ has officially renewed Moonlit Ward for a third season.", "confirmed", [3]),
    ("Disney+ said it was reviewing a sequel to Moonlit Ward.", "under_review", []),
    ("Disney+ denied that Moonlit Ward would continue beyond its second season.", "denied", [3]),
    ("Moonlit Ward is reportedly preparing to return with Seasons 2 and 3.", "reported", [2, 3]),
    ("Disney+ green-lit two more seasons of Moonlit Ward.", "confirmed", [2, 3]),
    ("The network has cancelled Moonlit Ward.", "cancelled", []),
])
def test_renewal_status_and_seasons_follow_the_wording(sentence: str, status: str, seasons: list[int]) -> None:
    [renewal] = run(sentence, kind="renewal")
    assert fields(renewal, "status", "seasons", "show") == (status, seasons, "moonlit-ward")


def test_outlet_story_saying_confirmed_is_reported_with_the_outlet_as_source() -> None:
    body = "According to a report by Reel Courier on September 20, Disney+ has confirmed Seasons 2 and 3 of The Ward."
    [renewal] = run(body, dates=(("September 20", "2025-09-20", None),), sources=(("Reel Courier", "report"),),
                    kind="renewal")
    assert fields(renewal, "status", "seasons", "source", "date") == ("reported", [2, 3], "Reel Courier",
                                                                     "2025-09-20")


def test_report_and_platform_answer_in_one_sentence_are_two_ledger_entries() -> None:
    body = ("After Reel Courier reported that two more seasons had been ordered, "
            "Disney+ first said only that it was reviewing a sequel.")
    found = run(body, sources=(("Reel Courier", "report"),), kind="renewal")
    assert [fields(e, "status", "seasons", "source") for e in found] == [
        ("reported", [2, 3], "Reel Courier"), ("under_review", [], "Disney+")]


def test_platform_statement_merges_with_its_anaphoric_renewal_claim() -> None:
    body = ("Moonlit Ward will reportedly return with Seasons 2 and 3. Disney+ said the renewal has not been "
            "finalized. The company added, “We are reviewing a sequel.”")
    found = run(body, statements=(("We are reviewing a sequel.", "Disney+"),), kind="renewal")
    assert [fields(e, "status", "seasons") for e in found] == [("reported", [2, 3]), ("under_review", [2, 3])]


@pytest.mark.parametrize("sentence", [
    "Streamly has renewed Glass Harbor for a second season, the company announced on Monday.",
    "Streamly has renewed Glass Harbor for a second season, the streamer said.",
    "Streamly has renewed Glass Harbor for a second season, the network confirmed.",
    "Streamly announced Monday that it has renewed Glass Harbor for a second season.",
    "Streamly said in a statement that it had renewed Glass Harbor for a second season.",
    "Yesterday Streamly renewed Glass Harbor for a second season.",
])
def test_the_renewing_platform_is_the_source_of_its_own_announcement(sentence: str) -> None:
    [renewal] = run(sentence, about=(), kind="renewal")
    assert fields(renewal, "status", "seasons", "source", "show") == ("confirmed", [2], "Streamly", None)


def test_renewer_yields_to_a_cited_outlet_hearsay_and_people() -> None:
    cited = "Streamly has renewed Glass Harbor for a second season, Reel Courier reported."
    [renewal] = run(cited, sources=(("Reel Courier", "report"),), about=(), kind="renewal")
    assert fields(renewal, "status", "source") == ("reported", "Reel Courier")
    hearsay = "Streamly has renewed Glass Harbor for a second season, according to insiders."
    [renewal] = run(hearsay, about=(), kind="renewal")
    assert fields(renewal, "status", "source") == ("reported", None)
    [renewal] = run("Moonlit Ward has been renewed for a second season, the company said.", kind="renewal")
    assert fields(renewal, "status", "source") == ("confirmed", None)


def test_questions_and_production_news_are_no_renewals() -> None:
    body = ("Has Moonlit Ward been renewed? Disney+ confirmed on Monday that filming on the second and third "
            "seasons had begun.")
    assert run(body, dates=(("Monday", "2025-09-22", None),), kind="renewal") == []


# ---------------------------------------------------------------- production


def test_filming_and_preproduction_starts_carry_date_and_mod() -> None:
    body = "Cameras are set to start rolling next summer, with production work due to begin at the end of this year."
    found = run(body, dates=(("next summer", "2026-SU", None), ("the end of this year", "2025", "END")),
                kind="production")
    assert [fields(e, "phase", "event", "date") for e in found] == [
        ("filming", "start", "2026-SU"), ("pre_production", "start", "2025")]
    assert found[1].fields["mod"] == "END"


def test_wrap_and_start_in_one_sentence_pair_with_their_own_dates() -> None:
    body = "Shooting on The Ward began on February 2 and is expected to finish this autumn."
    found = run(body, dates=(("February 2", "2026-02-02", None), ("this autumn", "2026-FA", None)),
                kind="production")
    assert [fields(e, "phase", "event", "date") for e in found] == [
        ("filming", "start", "2026-02-02"), ("filming", "end", "2026-FA")]


def test_undated_production_and_talks_give_nothing() -> None:
    body = "Cameras are rolling on Moonlit Ward. The studio began early talks with the cast on Monday."
    assert run(body, dates=(("Monday", "2025-09-22", None),), kind="production") == []


# ---------------------------------------------------------------- show attribution


def test_untracked_show_in_the_same_article_gets_null() -> None:
    body = "“Harbor Lights” premiered on April 2 on tvN. Moonlit Ward premiered on May 7 on Disney+."
    found = run(body, dates=(("April 2", "2025-04-02", None), ("May 7", "2025-05-07", None)), kind="release")
    assert [(e.show, e.fields["platform"]) for e in found] == [(None, "tvN"), ("moonlit-ward", "Disney+")]


def test_article_about_no_tracked_show_gives_null_and_named_tracked_show_wins() -> None:
    assert [e.show for e in run("The series stars Nam Gyu-ri as Seo Ha-na.", about=())] == [None]
    body = "Meanwhile, The Trauma Code: Heroes on Call Season 3 will premiere in 2027."
    [release] = run(body, dates=(("2027", "2027", None),), kind="release")
    assert (release.show, release.fields["season"]) == ("the-trauma-code", 3)


# ---------------------------------------------------------------- other wordings


def test_to_be_released_is_future_and_takes_the_articles_season() -> None:
    body = "Season 2 of Moonlit Ward is in the works. The new episodes are scheduled to be released in 2026."
    [release] = run(body, dates=(("2026", "2026", None),), kind="release")
    assert fields(release, "season", "date") == (2, "2026")


def test_platform_confirming_a_season_in_the_works_is_confirmed() -> None:
    [renewal] = run("Disney+ confirmed that a second season of Moonlit Ward is in the works.", kind="renewal")
    assert fields(renewal, "status", "seasons", "source") == ("confirmed", [2], "Disney+")


def test_sentence_opening_on_the_show_follows_an_untracked_title_before_it() -> None:
    body = ("Meanwhile, “Harbor Lights” topped the weekly drama chart. The show also took home the Grand Prize at the "
            "9th Coastal Drama Awards.")
    found = run(body)
    assert [(e.type, e.show) for e in found] == [("ranking", None), ("award", None)]
    assert found[1].fields["recipient"] == "Harbor Lights"


def test_not_yet_renewed_is_under_review_and_a_finale_airing_is_no_release() -> None:
    body = ("Disney+ said Moonlit Ward has not been renewed for a second season yet. "
            "Fans have wanted more since the finale aired in August.")
    found = run(body, dates=(("August", "2025-08", None),))
    assert [(e.type, e.fields.get("status")) for e in found] == [("renewal", "under_review")]


def test_past_dated_release_without_a_season_is_the_first() -> None:
    body = "The Ward has topped charts since its release on May 7."
    [release] = run(body, dates=(("May 7", "2025-05-07", None),), kind="release")
    assert fields(release, "season", "date") == (1, "2025-05-07")


# ---------------------------------------------------------------- robustness and more wordings

_WORDS = ("Season", "2", "and", "3", "Netflix", "renewed", "premiered", "on", "May", "7", "Best", "Actor", "for",
          "Nam", "Gyu-ri", "as", "Seo", "Ha-na", "(", ")", "No.", "1", "chart", "web", "novel", "by", "filming",
          "wrapped", "the", "“Harbor", "Lights”", ",", ".", "?", "\n\n", "Awards", "at", "7th", "Riverlight", "it",
          "Original", "director", "Co-director", "Directors", "returns", "portrayed", "peaking", "targeted",
          "most-watched", "second", "webtoon", "same", "name", "SEOUL,", "(Hanbit", "News)", "--")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=40), st.booleans())
def test_any_word_salad_gives_well_formed_events(words: list[str], tracked: bool) -> None:
    body = " ".join(words)
    dates = (("May 7", "2025-05-07", None),) if "May 7" in body else ()
    for event in run(body, dates=dates, about=("moonlit-ward",) if tracked else ()):
        assert event.type in EVENT_TYPES
        assert event.show in (None, "moonlit-ward", "the-trauma-code")


def test_claim_sources_speaker_outlet_and_platform() -> None:
    body = ("Director Kang Tae-yun told Reel Courier that filming would wrap in October. "
            "Disney+ announced that Moonlit Ward Season 2 will premiere on March 3.")
    found = run(body, dates=(("October", "2025-10", None), ("March 3", "2026-03-03", None)),
                sources=(("Reel Courier", "interview"),),
                statements=(("filming would wrap in October", "Kang Tae-yun"),))
    assert [(e.type, e.source) for e in found if e.type in ("production", "release")] == [
        ("production", "Kang Tae-yun"), ("release", "Disney+")]


def test_season_words_green_light_entered_production_chart_nouns_and_appositive_roles() -> None:
    [renewal] = run("Disney+ gave the green light to seasons two and three of Moonlit Ward.", kind="renewal")
    assert fields(renewal, "status", "seasons") == ("confirmed", [2, 3])
    [production] = run("The Ward entered production on June 2.", dates=(("June 2", "2025-06-02", None),),
                       kind="production")
    assert fields(production, "phase", "event", "date") == ("filming", "start", "2025-06-02")
    [ranking] = run("It was the No. 1 show on Disney+ Korea's daily chart.", kind="ranking")
    assert fields(ranking, "rank", "chart") == (1, "Disney+ Korea's daily chart")
    assert credits("Kang Tae-yun, the show's director, said the finale was hard.") == {
        ("Kang Tae-yun", "director", None)}


def test_undated_season_release_after_a_renewal_is_the_first_renewed_season() -> None:
    body = "Disney+ renewed Moonlit Ward for a third season. A premiere is expected in late 2026."
    [release] = run(body, dates=(("late 2026", "2026", "END"),), kind="release")
    assert fields(release, "season", "date", "mod") == (3, "2026", "END")


def test_capacity_for_more_seasons_is_no_claim() -> None:
    body = "Reel Courier claimed the author has enough material for at least three more seasons of Moonlit Ward."
    assert run(body, sources=(("Reel Courier", "report"),), kind="renewal") == []


def test_soundtracks_and_films_in_passing_are_no_show_events() -> None:
    body = ("The OST album for the drama was released on Friday. The title track topped Melon's real-time chart. "
            "Nam Gyu-ri will next appear in the film “Iron Harbor.” Moonlit Ward, based on a popular webtoon, "
            "premiered on May 7.")
    found = run(body, dates=(("Friday", "2025-09-19", None), ("May 7", "2025-05-07", None)))
    assert [(e.type, e.fields.get("date")) for e in found] == [("release", "2025-05-07")]


@pytest.mark.parametrize("sentence", [
    "Fans are hoping for a renewal of Moonlit Ward.",
    "Disney+ has not said whether Moonlit Ward will get a second season.",
    "Viewers have started a petition for a sequel.",
])
def test_wishes_and_open_questions_are_no_renewal_claims(sentence: str) -> None:
    assert run(sentence, kind="renewal") == []


def test_platform_saying_the_show_returns_confirms_it() -> None:
    body = "“We can't wait to bring the ward back for a second season,” Disney+ said on Friday."
    [renewal] = run(body, statements=(("We can't wait to bring the ward back for a second season,", "Disney+"),),
                    kind="renewal")
    assert fields(renewal, "status", "seasons", "source") == ("confirmed", [2], "Disney+")


def test_the_title_named_last_before_a_release_is_its_subject() -> None:
    body = ("Beyond Moonlit Ward, the slate includes the thriller “Cold Quay,” which arrives on March 6, and a "
            "second season of Moonlit Ward, due on May 1.")
    found = run(body, dates=(("March 6", "2026-03-06", None), ("May 1", "2026-05-01", None)), kind="release")
    assert [fields(e, "show", "date") for e in found] == [(None, "2026-03-06"), ("moonlit-ward", "2026-05-01")]


def test_a_title_described_after_it_is_the_subject_of_its_release() -> None:
    body = ("Alongside Moonlit Ward, the studio highlighted Glass Orchard, a Joseon-era murder mystery that starts "
            "streaming on October 2.")
    [release] = run(body, dates=(("October 2", "2026-10-02", None),), kind="release")
    assert fields(release, "show", "date") == (None, "2026-10-02")
    body = "Moonlit Ward Season 2 premieres worldwide on Netflix on December 11."
    [release] = run(body, dates=(("December 11", "2026-12-11", None),), kind="release")
    assert fields(release, "show", "season") == ("moonlit-ward", 2)
