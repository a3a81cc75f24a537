"""Ranking wordings of streaming-chart coverage: movement verbs (``climbed to No. 4``,
``debuted at No. 7``), leading a list, durations at a rank, charts named earlier in the
article (``further down the non-English list``), per-country counts, buzz trackers and
providers; and ranks that are no chart's (sports tables, priorities, wishes, episode numbers,
prices). Invented shows and figures; helpers from ``tests.test_events``."""

from __future__ import annotations

import pytest

from tests.test_events import fields, run

_INTRO = "Harbor Lights held the No. 1 spot on Disney+’s global Top 10 for non-English TV this week. "
_GLOBAL = "Disney+ global Top 10 non-English TV"


def ranks(body: str, **kwargs: object) -> list[tuple[object, ...]]:
    """(rank, chart) of every ranking found in ``body``."""
    return [fields(e, "rank", "chart") for e in run(body, kind="ranking", **kwargs)]


# ---------------------------------------------------------------- movement verbs, chart named before


def test_movement_verbs_take_the_chart_the_article_named() -> None:
    body = (_INTRO + "Further down the non-English list, the comedy Paper Lanterns climbed to No. 3 in its second "
            "week, while the thriller “Night Ferry” debuted at No. 8. Salt Road, now in its fifth week on the chart, "
            "fell to No. 10 with 2.4 million views.")
    found = run(body, kind="ranking")
    assert [fields(e, "rank", "chart", "provider") for e in found[1:]] == [
        (3, _GLOBAL, "Disney+"), (8, _GLOBAL, "Disney+"), (10, _GLOBAL, "Disney+")]
    assert [e.text for e in found[1:]] == ["Paper Lanterns climbed to No. 3", "“Night Ferry” debuted at No. 8",
                                          "fell to No. 10"]


@pytest.mark.parametrize("verb", ["rose to", "jumped to", "dropped to", "slipped to", "moved up to", "landed at"])
def test_more_movement_verbs(verb: str) -> None:
    assert ranks(_INTRO + f"Meanwhile, Salt Road {verb} No. 6 last week.")[1:] == [(6, _GLOBAL)]


def test_entered_a_chart_at_a_rank() -> None:
    body = "The drama also streams on Disney+ abroad, where it entered the global Top 10 for non-English TV at No. 5."
    [ranking] = run(body, kind="ranking")
    assert fields(ranking, "rank", "chart", "provider") == (5, _GLOBAL, "Disney+")
    assert ranking.text == "entered the global Top 10 for non-English TV at No. 5"


# ---------------------------------------------------------------- leading a list, the top spot


def test_leading_the_list_of_the_other_language() -> None:
    body = _INTRO + "On the English-language side, the sitcom Desk Jockeys led the TV list for the first time."
    assert ranks(body)[1:] == [(1, "Disney+ global Top 10 English TV")]


def test_topped_the_chart_named_before_and_held_the_top_spot() -> None:
    body = _INTRO + "The series topped the chart again on Tuesday. It held the No. 1 spot for a third week."
    assert ranks(body)[1:] == [(1, _GLOBAL)]  # the two restatements merge into one


def test_the_top_spot_in_a_chart_week_is_dated_by_its_iso_week() -> None:
    body = _INTRO + "The show first reached the top spot in the chart week of March 3 to 9."
    found = run(body, dates=(("March 3", "2025-03-03", None), ("9", "2025-03-09", None)), kind="ranking")
    assert [fields(e, "rank", "chart", "date") for e in found[1:]] == [(1, _GLOBAL, "2025-W10")]


# ---------------------------------------------------------------- durations at a rank


@pytest.mark.parametrize("body", [
    "Season 1 spent four weeks at No. 1 on Disney+’s global non-English TV chart and won two prizes.",
    "Expectations are high after a No. 1 finish on Disney+’s global non-English TV chart and a hit soundtrack.",
])
def test_durations_and_finishes_at_a_rank(body: str) -> None:
    [ranking] = run(body, kind="ranking")
    assert fields(ranking, "rank", "chart", "provider") == (1, "Disney+’s global non-English TV chart", "Disney+")


# ---------------------------------------------------------------- countries, buzz trackers, providers


def test_a_rank_in_a_count_of_countries_is_the_streamers_country_top_10() -> None:
    body = "According to Disney+, the show spent five weeks in the global Top 10 and reached No. 1 in 12 countries."
    assert ranks(body) == [(1, "Disney+ Top 10 TV in 12 countries")]


def test_the_most_discussed_drama_per_a_buzz_tracker() -> None:
    body = "Good Data Corporation said Moonlit Ward was the most-discussed cable drama of 2024."
    found = run(body, dates=(("2024", "2024", None),), kind="ranking")
    assert [fields(e, "rank", "chart", "provider", "date") for e in found] == [
        (1, "Good Data Corporation cable drama buzz", "Good Data Corporation", "2024")]


def test_the_chart_owner_is_the_provider_and_a_for_qualifier_belongs_to_the_chart() -> None:
    body = "It also topped Good Data Corporation’s FUNdex buzz ranking for cable dramas for two weeks running."
    [ranking] = run(body, kind="ranking")
    assert fields(ranking, "rank", "chart", "provider") == (
        1, "Good Data Corporation’s FUNdex buzz ranking for cable dramas", "Good Data Corporation")


# ---------------------------------------------------------------- no rankings


@pytest.mark.parametrize("sentence", [
    "Meanwhile, the home team climbed to No. 4 in the league after the win.",
    "Finishing the script is our No. 1 priority, the director said.",
    "The harbor cafe is a top spot for fans visiting the set.",
    "If it keeps this pace, it could become the first drama to hold the top spot for five weeks.",
    "Episode No. 4 drops on Friday, and Season 2 follows in May.",
    "Ticket prices rose to $4 in March.",
    "Its OST climbed to No. 2 on Melon.",
    "The veteran actor led the cast list at the table read.",
    "She led the list of nominees with four nods.",
])
def test_ranks_that_are_no_charts_after_a_chart_was_named(sentence: str) -> None:
    assert ranks(_INTRO + sentence)[1:] == []


def test_a_movement_without_any_chart_in_the_article_is_no_ranking() -> None:
    assert ranks("The drama climbed to No. 4 in its second week on Disney+.") == []


def test_leading_an_owned_chart_and_no_carry_from_a_cast_list() -> None:
    assert ranks("Desk Jockeys led Disney+’s weekly TV chart.") == [(1, "Disney+’s weekly TV chart")]
    body = "The veteran actor tops the cast list. The drama climbed to No. 4 in its second week."
    assert ranks(body) == []


def test_weeks_spent_at_a_rank_of_the_chart_in_view() -> None:
    assert ranks(_INTRO + "Salt Road spent two weeks at No. 2.")[1:] == [(2, _GLOBAL)]


def test_a_country_rank_on_a_top_10_names_the_streamer_as_provider() -> None:
    body = "On Disney+, the drama placed in the Top 10 in 30 countries, reaching No. 1 in Japan and Taiwan."
    found = run(body, kind="ranking")
    assert [fields(e, "rank", "provider") for e in found] == [(1, "Disney+"), (1, "Disney+")]


@pytest.mark.parametrize(("sentence", "rank"), [
    ("Salt Road rose two spots to No. 3.", 3),
    ("Salt Road climbed from No. 8 to No. 4.", 4),
    ("Salt Road held steady at No. 2.", 2),
    ("Salt Road remained in the top spot.", 1),
    ("Salt Road came in at No. 3 with 1.9 million views.", 3),
    ("Salt Road jumped to No. 3 from No. 7.", 3),
    ("Salt Road is No. 2 on the chart.", 2),
    ("Salt Road entered the chart at No. 9.", 9),
])
def test_more_moves_and_references_to_the_chart_in_view(sentence: str, rank: int) -> None:
    assert ranks(_INTRO + sentence)[1:] == [(rank, _GLOBAL)]


def test_a_film_list_of_the_other_language() -> None:
    body = _INTRO + "On the film side, “Dry Season” led the English list."
    assert ranks(body)[1:] == [(1, "Disney+ global Top 10 English film")]


@pytest.mark.parametrize("sentence", [
    "Salt Road could be No. 1 on the chart soon.",
    "Salt Road dropped out of the top spot.",
    "Salt Road lost the top spot to Dry Season.",
])
def test_wishes_and_losses_are_no_rankings(sentence: str) -> None:
    assert ranks(_INTRO + sentence)[1:] == []


def test_an_ownerless_top_10_is_the_streamers_and_a_later_week_follows_it() -> None:
    body = "On Disney+, the show entered the Top 10 TV (Non-English) list at No. 7. It rose to No. 5 the next week."
    found = run(body, kind="ranking")
    assert [fields(e, "rank", "chart", "provider") for e in found] == [
        (7, "Disney+ Top 10 non-English TV", "Disney+"), (5, "Disney+ Top 10 non-English TV", "Disney+")]


def test_a_buzz_superlative_after_the_tracker_was_cited() -> None:
    body = ("The drama also topped Good Data Corporation’s weekly TV-OTT drama buzz ranking. "
            "It has been the most buzzworthy drama for three weeks.")
    assert ranks(body)[1:] == [(1, "Good Data Corporation drama buzz")]
    assert ranks("Fans call it the most-discussed drama of the year.") == []


def test_placing_first_and_a_tracker_named_inside_the_chart() -> None:
    body = ("The finale drew 9.1 percent, placing first among all programs in its time slot. The show ranked No. 1 "
            "among new releases on FlixPatrol's daily chart.")
    found = run(body, kind="ranking")
    assert [fields(e, "rank", "provider") for e in found] == [(1, None), (1, "FlixPatrol")]


def test_charts_in_a_count_of_countries_and_a_week_on_the_chart_is_a_time() -> None:
    assert ranks(_INTRO + "Salt Road topped the charts in 14 countries.")[1:] == [
        (1, "Disney+ Top 10 TV in 14 countries")]
    assert ranks(_INTRO + "Salt Road moved up to No. 2 in its fourth week on the chart.")[1:] == [(2, _GLOBAL)]


# ---------------------------------------------------------------- a second annotator's wordings


def test_the_same_chart_is_the_chart_in_view_and_a_top_10_report_is_no_chart() -> None:
    body = (_INTRO.rstrip(". ") + ", according to the streamer’s weekly Top 10 report. "
            "Its first season returned to No. 8 on the same chart.")
    assert ranks(body)[1:] == [(8, _GLOBAL)]


def test_a_scope_word_between_the_rank_and_the_chart() -> None:
    body = "As of Monday, the series was No. 3 worldwide on ChartWatch’s Disney+ TV rankings."
    assert ranks(body) == [(3, "ChartWatch’s Disney+ TV rankings worldwide")]


def test_a_ranking_verb_carries_to_a_second_ordinal() -> None:
    body = "It ranked fourth on Disney+’s worldwide TV chart and first in 9 countries, according to FlixPatrol."
    assert ranks(body) == [(4, "Disney+’s worldwide TV chart"), (1, "Disney+ Top 10 TV in 9 countries")]


def test_a_rank_among_people_on_a_providers_index() -> None:
    body = "In Kinolights’ Weekly Pulse for early May, Seo Ji-ran ranked second among drama actors."
    found = run(body, kind="ranking")
    assert [fields(e, "rank", "chart") for e in found] == [(2, "Weekly Pulse drama actors")]
    assert found[0].text == "ranked second among drama actors"


def test_the_most_watched_series_of_the_week_in_a_fronted_scope() -> None:
    body = "On Korean cable TV, JTN’s legal drama “Copper Lane” remained the most-watched series of the week."
    assert ranks(body) == [(1, "most-watched series on Korean cable TV")]


@pytest.mark.parametrize("sentence", [
    "She took the top spot on the podium at the Busan marathon.",  # "the top spot" of a race
    "The Tigers ranked second among league teams after the weekend.",  # sports, no provider's index
    "Seo Ji-ran ranked second among drama actors in a poll of her own fans.",  # no provider's index
    "It was the most-watched show of the week in our house.",  # no scope of broadcast or streaming
    "The cast ranked the episodes, and first in line was the finale.",  # no rank verb before the ordinal
])
def test_second_annotator_wordings_that_are_no_rankings(sentence: str) -> None:
    assert ranks(sentence) == []


def test_an_ordinal_after_and_is_carried_only_onto_a_chart() -> None:
    body = "It ranked third on Disney+’s worldwide TV chart and first in line for a renewal."
    assert ranks(body) == [(3, "Disney+’s worldwide TV chart")]


@pytest.mark.parametrize(("sentence", "rank"), [
    ("Salt Road debuted third with 4.1 million views.", 3),  # the arrival verb is the rank's own
    ("Salt Road landed fourth in its first week.", 4),
    ("Paper Lanterns ranked second on the list.", 2),  # "the list" after a ranking verb: the chart in view
])
def test_own_verb_ranks_take_the_chart_in_view(sentence: str, rank: int) -> None:
    assert ranks(_INTRO + sentence)[1:] == [(rank, _GLOBAL)]


@pytest.mark.parametrize("sentence", [
    "Kim Ha-neul finished second with a time of two hours.",  # a race, even in a chart column
    "Her cookbook ranked second on the list of bestsellers.",
    "Salt Road is hoping to debut third next week.",
])
def test_own_verb_ranks_that_are_no_chart_positions(sentence: str) -> None:
    assert ranks(_INTRO + sentence)[1:] == []


def test_ranked_on_the_list_without_a_chart_in_the_article_is_no_ranking() -> None:
    assert ranks("Paper Lanterns ranked second on the list.") == []


def test_to_the_top_of_a_chart_and_a_chart_phrase_ending_before_the_next_verb() -> None:
    assert ranks("Moonlit Ward vaulted to the top of Disney+’s non-English TV chart with 4 million views.") == [
        (1, "Disney+’s non-English TV chart")]
    assert ranks("Moonlit Ward ranked first on Disney+’s global Top 10 for non-English TV series and swept the "
                 "awards season.") == [(1, "Disney+’s global Top 10 for non-English TV series")]
    assert ranks("It has held first place on Disney+’s Korean TV ranking every single day since launch.") == [
        (1, "Disney+’s Korean TV ranking")]


def test_staying_on_top_of_the_chart_in_view_names_another_show() -> None:
    found = run(_INTRO + "On the English TV list, the crime series Fenwick Row stayed on top for a second "
                "consecutive week.", kind="ranking")
    assert [fields(e, "rank", "chart", "show") for e in found][-1] == (1, "Disney+ global Top 10 English TV", None)


def test_an_unquoted_other_title_takes_no_tracked_show() -> None:
    found = run(_INTRO + "Salt Road Season 2 slipped to No. 2, while the thriller Glass Keys held at No. 3.",
                kind="ranking")
    assert [fields(e, "rank", "show") for e in found] == [(1, "moonlit-ward"), (2, None), (3, None)]


# ---------------------------------------------------------------- chart tables as lines, places given


def test_chart_lines_under_a_heading_are_one_ranking_each() -> None:
    body = ("Harbor Lights led the week again.\n\nDisney+ global Top 10, non-English TV, March 2–8\n\n"
            "No. 1: Moonlit Ward, Season 2 (9.1 million views)\n\nNo. 2: Salt Road, Limited Series (4.0 million "
            "views)\n\n3. Paper Lanterns — 2.2 million views\n\nThe list resets on Tuesday.")
    found = run(body, dates=(("March 2", "2026-03-02", None), ("8", "2026-03-08", None)), kind="ranking")
    rows = [fields(e, "rank", "chart", "show", "date", "provider") for e in found if e.text[:1] in "N3"]
    assert rows == [(1, _GLOBAL, "moonlit-ward", "2026-W10", "Disney+"),
                    (2, _GLOBAL, None, "2026-W10", "Disney+"), (3, _GLOBAL, None, "2026-W10", "Disney+")]


def test_numbered_lines_without_a_chart_heading_are_no_rankings() -> None:
    body = "Three reasons to watch\n\n1. The surgery scenes\n\n2. The cast\n\n3. The score"
    assert run(body, kind="ranking") == []


def test_a_place_that_went_to_a_title_and_a_place_the_figures_put_it_at() -> None:
    body = (_INTRO + "On the English-language TV list, the top spot went to the comedy Snowed In, with 8.9 million "
            "views. Its debut was enough to put it at No. 3 the week before as well, and its first season "
            "climbed back onto the chart, landing at No. 6 with 2.1 million views.")
    english = "Disney+ global Top 10 English TV"  # the list in view once the English one is named
    assert ranks(body)[1:] == [(1, english), (3, english), (6, english)]
    assert run(body, kind="ranking")[1].show is None  # another title's place


def test_a_chart_name_ends_before_a_count_of_countries_and_a_day() -> None:
    body = "As per a tracker, Moonlit Ward ranked No. 1 on Disney+’s daily TV charts in 41 countries on March 8."
    assert ranks(body) == [(1, "Disney+’s daily TV charts")]


def test_named_countries_of_a_count_and_a_title_pulled_back_onto_the_list() -> None:
    body = (_INTRO + "The attention pulled its first season back onto the same list at No. 6. Tracking site "
            "ChartLoop, which compiles Disney+’s daily country rankings, had Moonlit Ward at No. 1 in 41 countries "
            "as of Monday, including South Korea, Japan and Brazil. Salt Road slipped from No. 3 to No. 7 on the "
            "non-English list in its third week.")
    assert ranks(body)[1:] == [
        (6, _GLOBAL), (1, "Disney+’s daily country rankings South Korea"),
        (1, "Disney+’s daily country rankings Japan"), (1, "Disney+’s daily country rankings Brazil"), (7, _GLOBAL)]


def test_a_chart_of_the_platform_described_is_the_streamers() -> None:
    body = ("Moonlit Ward streams on Netflix. As per a tracker, it climbed to No. 1 on the platform’s worldwide TV "
            "chart.")
    assert ranks(body) == [(1, "Netflix worldwide TV chart")]


def test_the_same_place_in_another_week_is_another_ranking() -> None:
    body = (_INTRO + "Salt Road climbed to No. 3 in the week of March 2, then held the No. 3 spot in the week of "
            "March 9. It stayed at No. 3 for a while.")
    dates = (("March 2", "2026-03-02", None), ("March 9", "2026-03-09", None))
    found = [fields(e, "rank", "date") for e in run(body, kind="ranking", dates=dates)][1:]
    assert found == [(3, "2026-W10"), (3, "2026-W11")]
