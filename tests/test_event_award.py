"""Award and ranking events: ceremonies, categories and recipients (lists, sections, earlier
sentences), chart positions and providers. Invented people and shows; helpers from
``tests.test_events``."""

from __future__ import annotations

import pytest

from tests.test_events import credits, fields, run


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


def test_award_went_to_and_starring_list_and_role_taking() -> None:
    award = run("At the 2025 Harbor Drama Awards, Best Actress went to Nam Gyu-ri.", kind="award")
    assert [fields(e, "ceremony", "recipient") for e in award] == [("2025 Harbor Drama Awards", "Nam Gyu-ri")]
    cast = credits("The drama, starring Ryu Jin-ho and Lim Da-som, follows Oh Ji-an. Moon Ye-jin takes on the role "
                   "of Seo Ha-na.")
    assert cast == {("Ryu Jin-ho", "actor", None), ("Lim Da-som", "actor", None), ("Moon Ye-jin", "actor", "Seo Ha-na")}


def test_ceremony_from_the_sentence_before_and_quoted_title_recipients() -> None:
    body = ("The winners of the 7th Riverlight Awards were announced. Nam Gyu-ri won the Best Actress award (TV) "
            "for her role in “Moonlit Ward,” while “Harbor Lights” took home the Daesang (Grand Prize).")
    awards = run(body, kind="award")
    assert [(e.show, *fields(e, "ceremony", "category", "recipient")) for e in awards] == [
        ("moonlit-ward", "7th Riverlight Awards", "Best Actress (TV)", "Nam Gyu-ri"),
        (None, "7th Riverlight Awards", "Daesang", "Harbor Lights")]


def test_bare_award_list_shares_the_recipient() -> None:
    body = "At the 7th Riverlight Awards, Nam Gyu-ri won Best Actress and Best Couple."
    assert [fields(e, "category", "recipient") for e in run(body, kind="award")] == [
        ("Best Actress", "Nam Gyu-ri"), ("Best Couple", "Nam Gyu-ri")]


def test_restated_awards_merge_but_two_ceremonies_stay_apart() -> None:
    body = ("Nam Gyu-ri won Best Actress at the 7th Riverlight Awards. Nam Gyu-ri also won Best Actress at the "
            "Harbor Drama Awards. Nam Gyu-ri, who won Best Actress at the Riverlight Awards, thanked fans.")
    assert [fields(e, "ceremony") for e in run(body, kind="award")] == [
        ("7th Riverlight Awards",), ("Harbor Drama Awards",)]


# ---------------------------------------------------------------- other writers' award wordings


@pytest.mark.parametrize(("body", "recipient", "category", "result"), [
    ("Moonlit Ward was named best drama at the 9th Copper Bell Awards on Friday.", "Moonlit Ward", "best drama", "won"),
    ("The Ward took home best series at the 9th Copper Bell Awards on Friday.", "Moonlit Ward", "best series", "won"),
    ("Season 2 has also been nominated for best Asian series at the Global Streaming Television Awards.",
     "Moonlit Ward", "best Asian series", "nominated"),
    ("Its second season is up for best drama series at the 9th Copper Bell Awards.", "Moonlit Ward",
     "best drama series", "nominated"),
])
def test_the_show_itself_wins_or_is_nominated(body: str, recipient: str, category: str, result: str) -> None:
    found = run(body, dates=(("Friday", "2025-09-19", None),) if "Friday" in body else (), kind="award")
    assert [fields(e, "recipient", "category", "result", "show") for e in found] == [
        (recipient, category, result, "moonlit-ward")]


def test_a_later_sentence_keeps_the_ceremony_and_its_date() -> None:
    body = ("Moonlit Ward was named best drama at the 9th Copper Bell Awards on Friday. "
            "Yeon Da-bin, who joined in Season 2, took best supporting actress.")
    found = run(body, dates=(("Friday", "2025-09-19", None),), kind="award")
    assert [fields(e, "recipient", "category", "ceremony", "date") for e in found] == [
        ("Moonlit Ward", "best drama", "9th Copper Bell Awards", "2025-09-19"),
        ("Yeon Da-bin", "best supporting actress", "9th Copper Bell Awards", "2025-09-19")]


@pytest.mark.parametrize("went_to", [
    "went to veteran actress Seok Mi-rae",
    "was given to Seok Mi-rae",
    "was awarded to the actress Seok Mi-rae",
])
def test_a_prize_that_went_to_someone_after_an_aside(went_to: str) -> None:
    body = ("The winners of the 9th Copper Bell Awards were announced on Friday. "
            f"The grand prize, the night's top prize in television, {went_to} for the family drama “Winter Reeds.”")
    [award] = run(body, kind="award")
    assert fields(award, "recipient", "category", "ceremony", "show") == (
        "Seok Mi-rae", "grand prize", "9th Copper Bell Awards", None)


@pytest.mark.parametrize(("lead", "surname"), [
    ("Moonlit Ward stars Tak Yerin as a trauma surgeon.", "Tak"),
    ("Moonlit Ward stars Tak Ye Rin as a trauma surgeon.", "Tak"),
    ("Moonlit Ward stars Tak Ye-rin as a trauma surgeon.", "Tak"),
])
def test_a_surname_recipient_is_the_full_korean_name(lead: str, surname: str) -> None:
    body = f"{lead} The role earned {surname} the Copper Bell Award for best actress in television in May."
    [award] = run(body, dates=(("May", "2025-05", None),), kind="award")
    full = lead.removeprefix("Moonlit Ward stars ").removesuffix(" as a trauma surgeon.")
    assert fields(award, "recipient", "category", "ceremony", "date") == (
        full, "best actress in television", "Copper Bell Award", "2025-05")


@pytest.mark.parametrize(("category", "expected"), [
    ("Best Actor in a Leading Role", "Best Actor in a Leading Role"),
    ("Best Actress in a Drama Series", "Best Actress in a Drama Series"),
    ("Best Actor Award in the Broadcast category", "Best Actor (Broadcast)"),
    ("Best Drama (TV)", "Best Drama (TV)"),
])
def test_category_words_are_kept(category: str, expected: str) -> None:
    body = f"Ko Eun-seol won {category} at the 9th Copper Bell Awards."
    [award] = run(body, kind="award")
    assert fields(award, "recipient", "category") == ("Ko Eun-seol", expected)


def test_best_in_ordinary_prose_is_no_award() -> None:
    body = "The show is best watched in one sitting, and it went to the top of my list in May."
    assert run(body, dates=(("May", "2025-05", None),), kind="award") == []


# ---------------------------------------------------------------- other writers' ranking wordings


def test_a_rank_in_several_countries_is_one_ranking_per_country() -> None:
    body = "Moonlit Ward sat at No. 1 in South Korea, Japan and Taiwan on Disney+'s Top 10 TV chart."
    found = run(body, kind="ranking")
    assert [fields(e, "rank", "chart") for e in found] == [
        (1, "Disney+'s Top 10 TV chart South Korea"), (1, "Disney+'s Top 10 TV chart Japan"),
        (1, "Disney+'s Top 10 TV chart Taiwan")]


def test_a_country_rank_takes_the_chart_named_before_or_the_platform_top_10() -> None:
    body = ("The series climbed onto the streamer's charts on Disney+. It landed in the Top 10 shows chart on Monday. "
            "By Friday it was No. 2 in the Philippines and India.")
    found = run(body, dates=(("Monday", "2025-09-22", None), ("Friday", "2025-09-19", None)), kind="ranking")
    assert [fields(e, "rank", "chart") for e in found if e.fields["rank"] == 2] == [
        (2, "Top 10 shows chart Philippines"), (2, "Top 10 shows chart India")]
    [alone] = run("Moonlit Ward streams on Disney+ and is now No. 3 in Japan.", kind="ranking")
    assert fields(alone, "rank", "chart") == (3, "Disney+ Top 10 Japan")


@pytest.mark.parametrize(("sentence", "rank", "chart"), [
    ("The second season climbed to No. 2 on Disney+'s global non-English TV chart in its first week.", 2,
     "Disney+'s global non-English TV chart"),
    ("The series ranked No. 1 on Disney+’s global Top 10 for non-English TV shows for the week of September 7 to 13.",
     1, "Disney+’s global Top 10 for non-English TV shows"),
    ("It stayed at the very top of the weekly streaming chart for a month.", 1, "the weekly streaming chart"),
])
def test_more_rank_wordings(sentence: str, rank: int, chart: str) -> None:
    [ranking] = run(sentence, kind="ranking")
    assert fields(ranking, "rank", "chart") == (rank, chart)


def test_at_the_top_of_a_trackers_own_ranking_names_the_tracker() -> None:
    body = "ChartWatch had the show at the top of its worldwide TV ranking by Saturday."
    [ranking] = run(body, dates=(("by Saturday", "2025-09-20", "ON_OR_BEFORE"),), kind="ranking")
    assert fields(ranking, "rank", "chart", "provider", "date") == (1, "worldwide TV ranking", "ChartWatch",
                                                                    "2025-09-20")


@pytest.mark.parametrize("body", [
    "She was born in Japan and moved to Seoul at the top of the decade.",
    "The team sat at the top of the table in Spain for weeks.",
    "The OST single was No. 1 in South Korea and Japan.",
])
def test_countries_and_tops_outside_charts_are_no_rankings(body: str) -> None:
    assert run(body, kind="ranking") == []


def test_a_bare_award_name_takes_the_ceremony_the_article_named_in_full() -> None:
    body = ("Moonlit Ward was named best drama at the 9th Copper Bell Awards in May. Yeon Da-bin leads the cast. "
            "The role also earned Yeon the Copper Bell Award for best actress in television.")
    found = run(body, dates=(("May", "2025-05", None),), kind="award")
    assert [fields(e, "recipient", "category", "ceremony") for e in found] == [
        ("Moonlit Ward", "best drama", "9th Copper Bell Awards"),
        ("Yeon Da-bin", "best actress in television", "9th Copper Bell Awards")]


def test_a_season_aside_is_nobody_and_the_surname_before_it_wins() -> None:
    body = ("Moonlit Ward Season 2 won big at the 9th Copper Bell Awards. Ko Eun-seol stars. "
            "Ko, who joined in Season 2, took best supporting actress.")
    found = run(body, kind="award")
    assert ("Ko Eun-seol", "best supporting actress") in {fields(e, "recipient", "category") for e in found}
    assert all("Season" not in e.fields["recipient"] for e in found)


def test_a_country_rank_names_a_streamer_not_a_broadcaster() -> None:
    body = "The tvN drama Moonlit Ward also streams on Disney+. It sat at No. 1 in Japan."
    [ranking] = run(body, kind="ranking")
    assert fields(ranking, "rank", "chart") == (1, "Disney+ Top 10 Japan")


@pytest.mark.parametrize(("body", "charts"), [
    ("Moonlit Ward topped Disney+'s Top 10 TV chart in South Korea, Japan and Taiwan.",
     ["Disney+'s Top 10 TV chart South Korea", "Disney+'s Top 10 TV chart Japan", "Disney+'s Top 10 TV chart Taiwan"]),
    ("On Disney+, it ranked first in Japan and Taiwan.", ["Disney+ Top 10 Japan", "Disney+ Top 10 Taiwan"]),
    ("On Disney+, it took the No. 1 spot in Hong Kong and Singapore.",
     ["Disney+ Top 10 Hong Kong", "Disney+ Top 10 Singapore"]),
    ("It debuted at No. 3 on Disney+'s global Top 10 list. It is No. 1 in the U.S. and Brazil.",
     ["Disney+'s global Top 10 list", "Disney+ Top 10 US", "Disney+ Top 10 Brazil"]),
])
def test_country_ranks_after_a_chart_or_a_spot(body: str, charts: list[str]) -> None:
    assert [e.fields["chart"] for e in run(body, kind="ranking")] == charts


@pytest.mark.parametrize("body", [
    "Streaming tracker ChartWatch had the show at the top of its worldwide TV ranking by Saturday.",
    "By Saturday, ChartWatch, which follows streamers, had the series at the top of its worldwide TV ranking.",
])
def test_the_keeper_of_its_own_ranking_is_named_anywhere_before(body: str) -> None:
    [ranking] = run(body, kind="ranking")
    assert fields(ranking, "rank", "chart", "provider") == (1, "worldwide TV ranking", "ChartWatch")


def test_a_ceremony_carries_through_its_paragraph_but_not_beyond_two_sentences_after_it() -> None:
    body = ("Moonlit Ward was named best drama at the 9th Copper Bell Awards. It was a big night. The cast cheered. "
            "Yeon Da-bin took best supporting actress.\n\nA week on, the cast rested. Fans cheered. "
            "Elsewhere, Ko Eun-seol took best actress.")
    found = run(body, kind="award")
    assert [fields(e, "recipient", "ceremony") for e in found] == [
        ("Moonlit Ward", "9th Copper Bell Awards"), ("Yeon Da-bin", "9th Copper Bell Awards")]


def test_a_nominee_in_parentheses_and_a_prize_that_went_to_the_series() -> None:
    body = ("Yeon Da-bin leads the cast. The series picked up four nominations at the 9th Copper Bell Awards, "
            "including best drama and best actress (Yeon). At the 4th Harbor Series Awards, best drama went to "
            "the series.")
    found = run(body, kind="award")
    assert [fields(e, "category", "recipient", "result", "ceremony") for e in found] == [
        ("best drama", "Moonlit Ward", "nominated", "9th Copper Bell Awards"),
        ("best actress", "Yeon Da-bin", "nominated", "9th Copper Bell Awards"),
        ("best drama", "Moonlit Ward", "won", "4th Harbor Series Awards")]


def test_an_acting_prize_for_a_role_credits_the_part() -> None:
    body = "Ko Eun-seol won best new actress for her role as Bae Ro-woon at the 4th Harbor Series Awards."
    assert ("Ko Eun-seol", "actor", "Bae Ro-woon") in credits(body)


@pytest.mark.parametrize(("body", "expected"), [
    ("It was the most-watched non-English series on Disney+ for two weeks.",
     [(1, "Disney+ Top 10 non-English series")]),  # the streamer's own chart, as its charts are named
    ("It is one of the most-watched shows on Disney+.", []),
    ("It became the most-watched series of the year.", []),
])
def test_the_most_watched_on_a_platform_is_rank_one(body: str, expected: list) -> None:
    assert [fields(e, "rank", "chart") for e in run(body, kind="ranking")] == expected


def test_honors_that_went_to_the_show_or_a_person() -> None:
    body = ("At the 4th Harbor Series Awards on Friday, the best drama honor went to Moonlit Ward. "
            "The best director honour went to Ro Dae-il.")
    found = run(body, dates=(("Friday", "2025-09-19", None),), kind="award")
    assert [fields(e, "category", "recipient", "ceremony", "date") for e in found] == [
        ("best drama", "Moonlit Ward", "4th Harbor Series Awards", "2025-09-19"),
        ("best director", "Ro Dae-il", "4th Harbor Series Awards", "2025-09-19")]


def test_a_country_rank_outside_screen_articles_is_no_ranking() -> None:
    assert run("The carmaker is No. 1 in Japan and Korea.", about=(), kind="ranking") == []


def test_prose_categories_of_a_nominations_story() -> None:
    body = ("Harbor Bay led the field when nominations for the 40th Lantern Television Awards were announced on "
            "Tuesday.\n\nDana Cole, who plays the harbour master Ines Varga, earned a nomination for lead actor in "
            "a drama series. Mira Holt, as Ines’s sister June, was nominated for lead actress.")
    found = run(body, dates=(("Tuesday", "2026-07-14", None),), kind="award", about=())
    assert [fields(e, "category", "recipient", "result", "ceremony") for e in found] == [
        ("lead actor in a drama series", "Dana Cole", "nominated", "40th Lantern Television Awards"),
        ("lead actress in a drama series", "Mira Holt", "nominated", "40th Lantern Television Awards")]


def test_a_bare_lead_actor_is_no_category_outside_a_nomination() -> None:
    body = "The show's lead actor won praise at the 40th Lantern Television Awards for his stunts."
    assert run(body, kind="award") == []


def test_a_part_or_a_title_before_an_award_is_not_its_recipient() -> None:
    body = ("Nam Gyu-ri, who plays the resident Seo Ha-na, was a newcomer. She won best new actress at the 4th "
            "Lantern Drama Awards in July.")
    found = run(body, dates=(("July", "2025-07", None),), kind="award")
    assert [fields(e, "recipient") for e in found] == [("Nam Gyu-ri",)]
    found = run("It played at the Harbor International Film Festival. The courtroom drama Cold Quay earned "
                "Kang Tae-yun a Baeksang nomination for best director.", kind="award", about=())
    assert all(fields(e, "ceremony") == ("Baeksang Arts Awards",) for e in found)


def test_a_prize_for_a_star_named_after_a_descriptor() -> None:
    body = ("Moonlit Ward was the big winner at the 3rd Harbor Series Awards, taking home best drama series and "
            "best lead actor for star Ryu Jin-ho.")
    found = run(body, kind="award")
    assert [fields(e, "category", "recipient") for e in found] == [
        ("best drama series", "Moonlit Ward"), ("best lead actor", "Ryu Jin-ho")]


def test_a_dateline_country_is_no_credit() -> None:
    body = "BUSAN, South Korea (Harbor Culture Wire) — Moonlit Ward stars Ryu Jin-ho as Baek Do-yun."
    assert credits(body) == {("Ryu Jin-ho", "actor", "Baek Do-yun")}


def test_live_blog_wordings_of_prizes() -> None:
    intro = "Welcome to our coverage of the 3rd Harbor Series Awards, handed out tonight in Busan.\n\n"
    body = intro + "The night’s biggest prize, the Grand Prize (Daesang), goes to Moonlit Ward."
    assert [fields(e, "category", "recipient") for e in run(body, kind="award")] == [("Grand Prize", "Moonlit Ward")]
    body = intro + "Kang Eun-ha takes Best Director for Tidewater, the coastal thriller."
    assert [fields(e, "category", "recipient") for e in run(body, kind="award")] == [("Best Director", "Kang Eun-ha")]
    body = intro + "Ryu Jin-ho wins Best Actor, beating Tidewater’s Nam Gi-seok and Salt Road’s Seo Ji-an."
    assert [fields(e, "recipient", "result") for e in run(body, kind="award")] == [
        ("Ryu Jin-ho", "won"), ("Nam Gi-seok", "nominated"), ("Seo Ji-an", "nominated")]


def test_prizes_given_to_him_to_an_entry_and_a_special_achievement() -> None:
    body = ("Ryu Jin-ho plays Baek Do-yun in Moonlit Ward. The role earned him the best new actor prize at the "
            "Harbor Streaming Awards in September.")
    assert [fields(e, "category", "recipient") for e in run(body, kind="award")] == [
        ("best new actor", "Ryu Jin-ho")]
    body = ("Ana Moss wrote the novel behind Moonlit Ward. In May, the Harbor Trauma Care Foundation gave him a "
            "special achievement prize at its Golden Lancet Culture Awards.")
    assert [fields(e, "category", "recipient") for e in run(body, kind="award")] == [
        ("special achievement prize", "Ana Moss")]
    body = ("2. Quiet Verdict (tvN)\n\nThe legal drama won best drama at the Harbor Broadcast Critics’ Prize in "
            "November.")
    assert [fields(e, "recipient", "show") for e in run(body, kind="award")] == [("Quiet Verdict", None)]
