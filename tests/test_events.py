"""Entertainment events: one test family per event type, plus show attribution, renewal
status by wording, season lists and award lists.

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
    body = ("After Reel Courier reported that two more seasons were in the works, "
            "Disney+ initially said only that a sequel was under review.")
    found = run(body, sources=(("Reel Courier", "report"),), kind="renewal")
    assert [fields(e, "status", "seasons", "source") for e in found] == [
        ("reported", [2, 3], "Reel Courier"), ("under_review", [], "Disney+")]


def test_platform_statement_merges_with_its_anaphoric_renewal_claim() -> None:
    body = ("Moonlit Ward will reportedly return with Seasons 2 and 3. Disney+ said the renewal has not been "
            "finalized. The company added, “We are reviewing a sequel.”")
    found = run(body, statements=(("We are reviewing a sequel.", "Disney+"),), kind="renewal")
    assert [fields(e, "status", "seasons") for e in found] == [("reported", [2, 3]), ("under_review", [2, 3])]


def test_questions_and_production_news_are_no_renewals() -> None:
    body = ("Has Moonlit Ward been renewed? Disney+ confirmed on Monday that filming on the second and third "
            "seasons had begun.")
    assert run(body, dates=(("Monday", "2025-09-22", None),), kind="renewal") == []


# ---------------------------------------------------------------- production


def test_filming_and_preproduction_starts_carry_date_and_mod() -> None:
    body = "Filming is scheduled to commence next summer, with production work set to start at the end of this year."
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


# ---------------------------------------------------------------- award


def test_award_list_yields_one_fact_per_category_and_recipient() -> None:
    body = ("The drama shone at the 12th Silver Lantern Awards in March, where it secured three honors: "
            "Best Drama, Best Actress for Nam Gyu-ri, and Best Screenplay for Oh Min-seo.")
    found = run(body, dates=(("March", "2025-03", None),), kind="award")
    assert [fields(e, "category", "recipient", "ceremony", "result") for e in found] == [
        ("Best Drama", "Moonlit Ward", "12th Silver Lantern Awards", "won"),
        ("Best Actress", "Nam Gyu-ri", "12th Silver Lantern Awards", "won"),
        ("Best Screenplay", "Oh Min-seo", "12th Silver Lantern Awards", "won")]


def test_award_category_section_surname_and_acting_credit() -> None:
    body = ("Nam Gyu-ri leads the cast. At the 3rd Harbor Drama Awards, Nam won the Best Actress Award in the "
            "Streaming category.")
    found = run(body)
    award = next(e for e in found if e.type == "award")
    assert fields(award, "category", "recipient") == ("Best Actress (Streaming)", "Nam Gyu-ri")
    assert ("Nam Gyu-ri", "actor") in {fields(e, "person", "role") for e in found if e.type == "credit"}


def test_nomination_is_nominated() -> None:
    body = "Director Kang Tae-yun was nominated for Best Director at the 5th Harbor Film Festival."
    [award] = run(body, kind="award")
    assert fields(award, "recipient", "result", "ceremony") == ("Kang Tae-yun", "nominated", "5th Harbor Film Festival")


# ---------------------------------------------------------------- ranking


@pytest.mark.parametrize(("sentence", "rank", "chart"), [
    ("As per ChartWatch, the series ranked No. 3 on Disney+'s global Top 10 TV chart.", 3,
     "Disney+'s global Top 10 TV chart"),
    ("As per ChartWatch, Moonlit Ward topped the weekly drama chart.", 1, "the weekly drama chart"),
    ("As per ChartWatch, it took second place among all cable dramas in its time slot.", 2,
     "all cable dramas in its time slot"),
    ("As per ChartWatch, it climbed to #4 on the streaming rankings by Sunday.", 4, "the streaming rankings"),
])
def test_rank_wordings_with_chart_and_provider(sentence: str, rank: int, chart: str) -> None:
    [ranking] = run(sentence, sources=(("ChartWatch", "data"),), kind="ranking")
    assert fields(ranking, "rank", "chart", "provider") == (rank, chart, "ChartWatch")


def test_topping_another_title_is_no_ranking() -> None:
    assert run("It ended the week topping Harbor Lights Season 2 in buzz.", kind="ranking") == []


# ---------------------------------------------------------------- credit


def credits(body: str, about: tuple[str, ...] = ("moonlit-ward",)) -> set[tuple[Any, ...]]:
    return {fields(e, "person", "role", "character") for e in run(body, about=about, kind="credit")}


def test_written_and_directed_by() -> None:
    assert credits("Written by Oh Min-seo and directed by Kang Tae-yun, the series is a hit.") == {
        ("Oh Min-seo", "writer", None), ("Kang Tae-yun", "director", None)}


def test_actor_character_wordings() -> None:
    body = ("The series stars Nam Gyu-ri as Seo Ha-na, a night nurse. Ryu Jin-ho plays Baek Do-yun, her rival. "
            "Lim Da-som will appear as flight medic Jang Woo-ri.")
    assert credits(body) == {("Nam Gyu-ri", "actor", "Seo Ha-na"), ("Ryu Jin-ho", "actor", "Baek Do-yun"),
                             ("Lim Da-som", "actor", "Jang Woo-ri")}


def test_parenthesised_cast_lists_in_both_orders() -> None:
    described = credits("The intern Han Seul-gi (Moon Ye-jin) and nurse Go Bit-na (Yoo Ara Min) join him.")
    assert described == {("Moon Ye-jin", "actor", "Han Seul-gi"), ("Yoo Ara Min", "actor", "Go Bit-na")}
    plain = credits("Moon Ye-jin (Han Seul-gi) and Ryu Jin-ho (Baek Do-yun) return for the sequel.")
    assert plain == {("Moon Ye-jin", "actor", "Han Seul-gi"), ("Ryu Jin-ho", "actor", "Baek Do-yun")}


def test_played_by_takes_the_character_of_the_sentence_before() -> None:
    body = "The story follows Seo Ha-na, a tireless nurse. Played by Nam Gyu-ri, the character runs the ward."
    assert credits(body) == {("Nam Gyu-ri", "actor", "Seo Ha-na")}


def test_crew_list_is_not_cast() -> None:
    body = ("Director Kang Tae-yun and screenwriter Oh Min-seo are back, and Nam Gyu-ri, Ryu Jin-ho and Lim Da-som "
            "are all returning.")
    assert credits(body) == {("Kang Tae-yun", "director", None), ("Oh Min-seo", "writer", None),
                             ("Nam Gyu-ri", "actor", None), ("Ryu Jin-ho", "actor", None),
                             ("Lim Da-som", "actor", None)}


# ---------------------------------------------------------------- source material


def test_adaptation_and_derived_webtoon_with_creator_credits() -> None:
    body = ("Moonlit Ward is adapted from Night Shift Diaries, a web novel written by Gong Ah-ra (real name "
            "Gong Mi-rae). The novel was later adapted into a webtoon drawn by Lim Chae in 2021.")
    found = run(body, dates=(("2021", "2021", None),))
    works = [fields(e, "title", "medium", "creator", "date") for e in found if e.type == "source_material"]
    assert works == [("Night Shift Diaries", "web_novel", "Gong Mi-rae", None),
                     ("Night Shift Diaries", "webtoon", "Lim Chae", "2021")]
    people = {fields(e, "person", "role") for e in found if e.type == "credit"}
    assert people == {("Gong Mi-rae", "original_author"), ("Lim Chae", "illustrator")}


def test_medium_first_with_quoted_title() -> None:
    [work] = run("The Ward is based on the novel 'Lanterns at Dawn' by Pyo Eun-ji.", kind="source_material")
    assert fields(work, "title", "medium", "creator") == ("Lanterns at Dawn", "novel", "Pyo Eun-ji")


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


def test_work_of_the_same_name_takes_the_show_title() -> None:
    [work] = run("The Ward is based on the popular webtoon of the same name by Pyo Eun-ji.", kind="source_material")
    assert fields(work, "title", "medium", "creator") == ("Moonlit Ward", "webtoon", "Pyo Eun-ji")


def test_to_be_released_is_future_and_takes_the_articles_season() -> None:
    body = "Season 2 of Moonlit Ward is in the works. The new episodes are scheduled to be released in 2026."
    [release] = run(body, dates=(("2026", "2026", None),), kind="release")
    assert fields(release, "season", "date") == (2, "2026")


def test_platform_confirming_a_season_in_the_works_is_confirmed() -> None:
    [renewal] = run("Disney+ confirmed that a second season of Moonlit Ward is in the works.", kind="renewal")
    assert fields(renewal, "status", "seasons", "source") == ("confirmed", [2], "Disney+")


def test_award_went_to_and_starring_list_and_role_taking() -> None:
    award = run("At the 2025 Harbor Drama Awards, Best Actress went to Nam Gyu-ri.", kind="award")
    assert [fields(e, "ceremony", "recipient") for e in award] == [("2025 Harbor Drama Awards", "Nam Gyu-ri")]
    cast = credits("The drama, starring Ryu Jin-ho and Lim Da-som, follows Oh Ji-an. Moon Ye-jin takes on the role "
                   "of Seo Ha-na.")
    assert cast == {("Ryu Jin-ho", "actor", None), ("Lim Da-som", "actor", None), ("Moon Ye-jin", "actor", "Seo Ha-na")}


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


def test_honorific_and_described_character_and_ranking_participle() -> None:
    cast = credits("Ryu Jin-ho plays Dr. Baek Do-yun. Lim Da-som plays his rival, Jang Woo-ri.")
    assert cast == {("Ryu Jin-ho", "actor", "Baek Do-yun"), ("Lim Da-som", "actor", "Jang Woo-ri")}
    [ranking] = run("The episode scored 8.1 percent, ranking first in its time slot.", kind="ranking")
    assert fields(ranking, "rank", "chart") == (1, "its time slot")


def test_western_style_credits_awards_and_surname_reference() -> None:
    body = ("Glass Harbor comes from creator Dana Whitfield and is executive produced by Whitfield. Emily Tran "
            "stars as Detective Rosa Vance, with Jonah Pike co-starring as her partner, Eli Ford. The show earned "
            "two Emmy nominations, including Outstanding Lead Actress for Tran.")
    found = run(body, about=("moonlit-ward",))
    people = {fields(e, "person", "role", "character") for e in found if e.type == "credit"}
    assert {("Dana Whitfield", "producer", None), ("Emily Tran", "actor", "Rosa Vance"),
            ("Jonah Pike", "actor", "Eli Ford")} <= people
    [award] = [e for e in found if e.type == "award"]
    assert fields(award, "ceremony", "category", "recipient", "result") == (
        "Emmy", "Outstanding Lead Actress", "Emily Tran", "nominated")


def test_cast_in_an_untracked_show_is_an_actor_credit_with_null_show() -> None:
    [credit] = run("Actor Ryu Jin-ho has been cast in the upcoming thriller “Cold Trace.”", kind="credit")
    assert (credit.show, *fields(credit, "person", "role")) == (None, "Ryu Jin-ho", "actor")


def test_ceremony_from_the_sentence_before_and_quoted_title_recipients() -> None:
    body = ("The winners of the 7th Riverlight Awards were announced. Nam Gyu-ri won the Best Actress award (TV) "
            "for her role in “Moonlit Ward,” while “Harbor Lights” took home the Daesang (Grand Prize).")
    awards = run(body, kind="award")
    assert [(e.show, *fields(e, "ceremony", "category", "recipient")) for e in awards] == [
        ("moonlit-ward", "7th Riverlight Awards", "Best Actress (TV)", "Nam Gyu-ri"),
        (None, "7th Riverlight Awards", "Daesang", "Harbor Lights")]


def test_past_dated_release_without_a_season_is_the_first() -> None:
    body = "The Ward has topped charts since its release on May 7."
    [release] = run(body, dates=(("May 7", "2025-05-07", None),), kind="release")
    assert fields(release, "season", "date") == (1, "2025-05-07")


# ---------------------------------------------------------------- robustness

_WORDS = ("Season", "2", "and", "3", "Netflix", "renewed", "premiered", "on", "May", "7", "Best", "Actor", "for",
          "Nam", "Gyu-ri", "as", "Seo", "Ha-na", "(", ")", "No.", "1", "chart", "web", "novel", "by", "filming",
          "wrapped", "the", "“Harbor", "Lights”", ",", ".", "?", "\n\n", "Awards", "at", "7th", "Riverlight", "it")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=40), st.booleans())
def test_any_word_salad_gives_well_formed_events(words: list[str], tracked: bool) -> None:
    body = " ".join(words)
    dates = (("May 7", "2025-05-07", None),) if "May 7" in body else ()
    for event in run(body, dates=dates, about=("moonlit-ward",) if tracked else ()):
        assert event.type in EVENT_TYPES
        assert event.show in (None, "moonlit-ward", "the-trauma-code")


def test_bare_award_list_shares_the_recipient() -> None:
    body = "At the 7th Riverlight Awards, Nam Gyu-ri won Best Actress and Best Couple."
    assert [fields(e, "category", "recipient") for e in run(body, kind="award")] == [
        ("Best Actress", "Nam Gyu-ri"), ("Best Couple", "Nam Gyu-ri")]


def test_pen_names_are_no_parts_and_sections_are_no_recipients() -> None:
    assert credits("The author Gong Mi-rae who writes as Gong Ah-ra lives in Busan.") == {
        ("Gong Mi-rae", "original_author", None)}
    body = "At the 7th Riverlight Awards, Nam Gyu-ri took the Best Actress award for Television."
    assert [fields(e, "category", "recipient") for e in run(body, kind="award")] == [("Best Actress", "Nam Gyu-ri")]


def test_claim_sources_speaker_outlet_and_platform() -> None:
    body = ("Director Kang Tae-yun told Reel Courier that filming would wrap in October. "
            "Disney+ announced that Moonlit Ward Season 2 will premiere on March 3.")
    found = run(body, dates=(("October", "2025-10", None), ("March 3", "2026-03-03", None)),
                sources=(("Reel Courier", "interview"),),
                statements=(("filming would wrap in October", "Kang Tae-yun"),))
    assert [(e.type, e.source) for e in found if e.type in ("production", "release")] == [
        ("production", "Kang Tae-yun"), ("release", "Disney+")]


def test_more_crew_and_release_wordings() -> None:
    body = ("The drama's director, Kang Tae-yun, is back. Oh Min-seo penned the script, and Ryu Jin-ho, who also "
            "directs the first two episodes, joins the crew.")
    assert credits(body) == {("Kang Tae-yun", "director", None), ("Oh Min-seo", "writer", None),
                             ("Ryu Jin-ho", "director", None)}
    [release] = run("Moonlit Ward is coming to Disney+ on March 3.", dates=(("March 3", "2026-03-03", None),),
                    kind="release")
    assert fields(release, "date", "platform") == ("2026-03-03", "Disney+")
    assert run("Netflix confirmed the first season drew 10 million views.", kind="renewal") == []


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


def test_as_needs_an_acting_verb_or_a_bare_list() -> None:
    assert credits("Nam Gyu-ri was praised as Korea's finest actress.") == set()
    assert credits("Nam Gyu-ri will once again scrub in as Seo Ha-na.") == {("Nam Gyu-ri", "actor", "Seo Ha-na")}


def test_restated_awards_merge_but_two_ceremonies_stay_apart() -> None:
    body = ("Nam Gyu-ri won Best Actress at the 7th Riverlight Awards. Nam Gyu-ri also won Best Actress at the "
            "Harbor Drama Awards. Nam Gyu-ri, who won Best Actress at the Riverlight Awards, thanked fans.")
    assert [fields(e, "ceremony") for e in run(body, kind="award")] == [
        ("7th Riverlight Awards",), ("Harbor Drama Awards",)]


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


def test_cast_list_wordings() -> None:
    body = ("The cast includes Nam Gyu-ri, Ryu Jin-ho and Lim Da-som. Seo Ha-na, played by Nam Gyu-ri, leads the "
            "ward. Moon Ye-jin (as Han Seul-gi) joins later, and Oh Ji-an appears in the role of nurse Go Bit-na. "
            "Director: Kang Tae-yun.")
    assert credits(body) == {("Nam Gyu-ri", "actor", "Seo Ha-na"), ("Ryu Jin-ho", "actor", None),
                             ("Lim Da-som", "actor", None), ("Moon Ye-jin", "actor", "Han Seul-gi"),
                             ("Oh Ji-an", "actor", "Go Bit-na"), ("Kang Tae-yun", "director", None)}
