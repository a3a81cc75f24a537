"""Award lists: winners and nominees listed line by line or in prose, each recipient its own
fact at the ceremony the article covers (named earlier), dated by that ceremony; and the
wordings that look like lists but name no award. Invented people, shows and ceremonies;
helpers from ``tests.test_events``."""

from __future__ import annotations

import pytest

from pipelines.facts import extract_facts
from tests.test_events import fields, run

# The article's opening names the ceremony and its date; later paragraphs rely on it.
OPENING = "Quiet Orchard was the night's big winner at the 9th Coastal Screen Awards on Friday in Mokpo.\n\n"
DATES = (("Friday", "2025-09-19", None),)
CEREMONY = "9th Coastal Screen Awards"


def awards(body: str) -> list[tuple[str, str, str, str | None, str | None]]:
    """(category, recipient, result, ceremony, date) of the body's award facts, in body order."""
    found = run(body, dates=tuple(d for d in DATES if d[0] in body), kind="award")
    return [fields(e, "category", "recipient", "result", "ceremony", "date") for e in found]


def test_winners_list_lines_under_a_heading_take_the_ceremony_named_earlier() -> None:
    body = (OPENING + "The full list of winners\n\n"
            "Best Leading Actress: Yoon Da-bin, Salt Road\n\n"
            "Best Supporting Actor: Ryu Jin-ho, Moonlit Ward\n\n"
            "Best Web Original: Iron Harbor\n\n"
            "Popularity Awards: Kang Min-ho and Seol Ha-eun")
    assert awards(body) == [
        ("Best Leading Actress", "Yoon Da-bin", "won", CEREMONY, "2025-09-19"),
        ("Best Supporting Actor", "Ryu Jin-ho", "won", CEREMONY, "2025-09-19"),
        ("Best Web Original", "Iron Harbor", "won", CEREMONY, "2025-09-19"),
        ("Popularity Award", "Kang Min-ho", "won", CEREMONY, "2025-09-19"),
        ("Popularity Award", "Seol Ha-eun", "won", CEREMONY, "2025-09-19")]
    found = run(body, dates=DATES)
    actor = next(e for e in found if e.type == "award" and e.fields["recipient"] == "Ryu Jin-ho")
    assert actor.show == "moonlit-ward"
    assert ("Ryu Jin-ho", "actor") in {fields(e, "person", "role") for e in found if e.type == "credit"}


def test_winners_one_per_sentence_after_a_sentence_naming_the_ceremony() -> None:
    body = ("Here are the winners of the 4th Lantern Drama Awards. Best Director: Oh Min-seo, Quiet Orchard. "
            "Best Screenplay: Baek Yu-na (Moonlit Ward).")
    assert [row[:4] for row in awards(body)] == [
        ("Best Director", "Oh Min-seo", "won", "4th Lantern Drama Awards"),
        ("Best Screenplay", "Baek Yu-na", "won", "4th Lantern Drama Awards")]


def test_list_under_a_nominees_heading_is_nominated() -> None:
    body = ("The nominees for the 3rd Riverside Series Awards\n\n"
            "Best Drama: Quiet Orchard\n\n"
            "Best Actor – Kang Min-ho, Iron Harbor")
    assert [row[:4] for row in awards(body)] == [
        ("Best Drama", "Quiet Orchard", "nominated", "3rd Riverside Series Awards"),
        ("Best Actor", "Kang Min-ho", "nominated", "3rd Riverside Series Awards")]


def test_nominee_list_in_prose_gives_one_nomination_each() -> None:
    body = OPENING + "The Best Drama nominees were Quiet Orchard, “Salt Road”, Moonlit Ward and Iron Harbor."
    assert [row[:3] for row in awards(body)] == [
        ("Best Drama", "Quiet Orchard", "nominated"), ("Best Drama", "Salt Road", "nominated"),
        ("Best Drama", "Moonlit Ward", "nominated"), ("Best Drama", "Iron Harbor", "nominated")]
    ward = next(e for e in run(body, kind="award") if e.fields["recipient"] == "Moonlit Ward")
    assert ward.show == "moonlit-ward"


def test_nominees_for_a_category_include() -> None:
    body = OPENING + "Nominees for Best Director included Oh Min-seo and Baek Yu-na."
    assert [row[:4] for row in awards(body)] == [
        ("Best Director", "Oh Min-seo", "nominated", CEREMONY), ("Best Director", "Baek Yu-na", "nominated", CEREMONY)]


def test_names_before_were_nominated_are_each_nominated() -> None:
    body = "Kang Min-ho, Seol Ha-eun and Ryu Jin-ho were nominated for Best Actor at the 2nd Delta Film Festival."
    assert [row[:4] for row in awards(body)] == [
        ("Best Actor", "Kang Min-ho", "nominated", "2nd Delta Film Festival"),
        ("Best Actor", "Seol Ha-eun", "nominated", "2nd Delta Film Festival"),
        ("Best Actor", "Ryu Jin-ho", "nominated", "2nd Delta Film Festival")]


def test_alongside_and_lost_out_to() -> None:
    body = (OPENING + "Composer Im Ga-on, nominated for Best Original Score alongside Salt Road composer Jang Bo-ra, "
            "lost out to Cha Eun-seo.")
    assert [row[:4] for row in awards(body)] == [
        ("Best Original Score", "Im Ga-on", "nominated", CEREMONY),
        ("Best Original Score", "Jang Bo-ra", "nominated", CEREMONY),
        ("Best Original Score", "Cha Eun-seo", "won", CEREMONY)]


def test_the_field_a_winner_beat_is_nominated() -> None:
    body = (OPENING + "Seol Ha-eun won Best Actress for her turn as a lighthouse keeper, beating a field that "
            "included Yoon Da-bin (Salt Road), Go Ye-rim (“Iron Harbor”) and Nam Gyu-ri (Moonlit Ward).")
    assert [row[:3] for row in awards(body)] == [
        ("Best Actress", "Seol Ha-eun", "won"), ("Best Actress", "Yoon Da-bin", "nominated"),
        ("Best Actress", "Go Ye-rim", "nominated"), ("Best Actress", "Nam Gyu-ri", "nominated")]
    nam = next(e for e in run(body, kind="award") if e.fields["recipient"] == "Nam Gyu-ri")
    assert nam.show == "moonlit-ward"


def test_one_title_winning_two_categories_in_a_later_paragraph() -> None:
    body = (OPENING + "The ceremony ran for three hours.\n\nHost Bae Ji-won opened the show with a song.\n\n"
            "The mystery drama Quiet Orchard also won Best Production Design and Best Visual Effects.")
    assert [row[:5] for row in awards(body)] == [
        ("Best Production Design", "Quiet Orchard", "won", CEREMONY, "2025-09-19"),
        ("Best Visual Effects", "Quiet Orchard", "won", CEREMONY, "2025-09-19")]


# ---------------------------------------------------------------- not award lists


def test_a_title_starting_with_best_is_no_category() -> None:
    body = (OPENING + "What to watch this weekend\n\nBest Friends: Season 2 returns with eight episodes\n\n"
            "Yoon Da-bin, who won hearts in Best Friends Forever, walked the carpet in Mokpo.")
    assert awards(body) == []


def test_praise_and_mere_mentions_of_a_category_are_no_awards() -> None:
    body = (OPENING + "The ceremony ran for three hours.\n\nCritics named Kang Min-ho the best actor in the room. "
            "Iron Harbor, which had been tipped for Best Drama after a strong summer, went home empty-handed. "
            "It was the year's best original score, one critic wrote.")
    assert awards(body) == []


def test_a_cast_list_is_no_nominee_list() -> None:
    body = (OPENING + "The cast includes Kang Min-ho, Seol Ha-eun and Ryu Jin-ho. Best Actor nominee Oh Min-seo "
            "joins Baek Yu-na and Im Ga-on for the second season.")
    assert awards(body) == []


def test_predictions_and_unlabelled_lists_are_no_results() -> None:
    predictions = "Our predictions for the 3rd Riverside Series Awards\n\nBest Drama: Quiet Orchard"
    favourites = OPENING + "Our favourites this year\n\nBest Drama: Iron Harbor\n\nBest Actor: Kang Min-ho, Salt Road"
    assert awards(predictions) == []
    assert awards(favourites) == []


def test_a_sports_winners_list_is_no_screen_award() -> None:
    body = ("Winners at the 2025 Coastal Football Awards\n\nPlayer of the Year: Tomas Reyes, Harbor City FC\n\n"
            "Best Goalkeeper: Ivan Duarte, Port Rovers")
    assert awards(body) == []


def test_a_nominee_list_without_any_ceremony_is_left_out() -> None:
    assert awards("The Best Drama nominees were Quiet Orchard, Salt Road and Iron Harbor.") == []


def test_entries_under_a_category_heading_in_a_nominations_list() -> None:
    body = ("The nominations for the 12th Northshore Television Awards were announced on Friday.\n\n"
            "Here are the nominees:\n\nBest Drama Series\n\n- Quiet Orchard\n\n- Salt Road\n\n"
            "Best Lead Actress\n\nYoon Da-bin, Salt Road (Channel 9)\n\nSeol Ha-eun, Moonlit Ward")
    assert [row[:4] for row in awards(body)] == [
        ("Best Drama Series", "Quiet Orchard", "nominated", "12th Northshore Television Awards"),
        ("Best Drama Series", "Salt Road", "nominated", "12th Northshore Television Awards"),
        ("Best Lead Actress", "Yoon Da-bin", "nominated", "12th Northshore Television Awards"),
        ("Best Lead Actress", "Seol Ha-eun", "nominated", "12th Northshore Television Awards")]


def test_names_under_a_heading_that_is_no_category_are_no_nominees() -> None:
    body = ("The nominations for the 12th Northshore Television Awards were announced on Friday.\n\n"
            "Here are the nominees:\n\nBest Friends Forever\n\n- Quiet Orchard\n\n- Salt Road\n\n"
            "Who presents\n\nYoon Da-bin, Salt Road\n\nSeol Ha-eun, Moonlit Ward")
    assert awards(body) == []


def test_an_earlier_win_told_later_is_not_put_at_the_ceremony_the_article_covers() -> None:
    body = (OPENING + "The ceremony ran for three hours.\n\nHost Bae Ji-won opened the show with a song.\n\n"
            "In 2019, Kang Min-ho won Best Newcomer for his first film. Seol Ha-eun previously won Best Actress "
            "for a stage role.")
    found = run(body, dates=(*DATES, ("2019", "2019", None)), kind="award")
    assert found == []


def test_winners_list_with_sections_dashes_bullets_and_a_sponsored_prize() -> None:
    body = ("The 14th Lantern Arts Awards were held in Daegu on Friday. Brightcast Popularity Award winner "
            "Oh Min-seo thanked her fans.\n\nHere is the complete list of winners.\n\nTELEVISION\n\n"
            "Best Actor: Kang Min-ho - Iron Harbor\n\n"
            "Best Technical Direction: Im Ga-on, Jang Bo-ra - Salt Road\n\n"
            "Brightcast Popularity Award: Oh Min-seo (“Quiet Orchard”), Ryu Jin-ho (Moonlit Ward)\n\n"
            "Film\n\n- Best Director: Baek Yu-na for Paper Lanterns")
    assert [row[:4] for row in awards(body)] == [
        ("Best Actor", "Kang Min-ho", "won", "14th Lantern Arts Awards"),
        ("Best Technical Direction", "Im Ga-on", "won", "14th Lantern Arts Awards"),
        ("Best Technical Direction", "Jang Bo-ra", "won", "14th Lantern Arts Awards"),
        ("Brightcast Popularity Award", "Oh Min-seo", "won", "14th Lantern Arts Awards"),
        ("Brightcast Popularity Award", "Ryu Jin-ho", "won", "14th Lantern Arts Awards"),
        ("Best Director", "Baek Yu-na", "won", "14th Lantern Arts Awards")]


def test_a_heading_naming_winners_and_nominees_decides_neither() -> None:
    body = (OPENING + "Winners and nominees\n\nBest Drama: Quiet Orchard\n\nBest Actor: Kang Min-ho, Salt Road")
    assert awards(body) == []


# ---------------------------------------------------------------- year-end recaps: prose under subheadings

# A recap of broadcasters' year-end ceremonies, one subheading per broadcaster.
RECAP = ("Two broadcasters handed out their trophies this weekend.\n\n"
         "HNC: a veteran's night\n\n"
         "At the HNC Drama Awards on Saturday, Seo Ji-ran took home the Daesang for “Copper Lane.”\n\n"
         "Her speech ran long. The crowd did not mind.\n\n"
         "“Copper Lane,” which aired from May to July, also won drama of the year. Ahn Bo-ra took the top "
         "excellence award for an actress in a weekend drama, beating fellow nominees Lim Ye-jin and Cha Hye-won.\n\n"
         "The real story was newcomer Pyo Dae-han, who debuted in 2019 and walked away with both best new actor "
         "and the popularity award.\n\n"
         "TBK: family first\n\n"
         "Over at TBK, which held its ceremony the same night, the Daesang went to Gil Han-seul.")
RECAP_DATES = (("Saturday", "2026-12-26", None), ("May", "2026-05", None), ("July", "2026-07", None),
               ("2019", "2019", None))


def recap_awards(body: str) -> list[tuple[str, str, str, str | None, str | None]]:
    found = run(body, dates=tuple(d for d in RECAP_DATES if d[0] in body), kind="award")
    return [fields(e, "category", "recipient", "result", "ceremony", "date") for e in found]


def test_lowercase_categories_after_a_verb_of_winning_take_the_ceremony_of_their_subheading() -> None:
    hnc = "HNC Drama Awards"
    assert recap_awards(RECAP)[:7] == [
        ("Daesang", "Seo Ji-ran", "won", hnc, "2026-12-26"),
        ("drama of the year", "Copper Lane", "won", hnc, "2026-12-26"),  # not dated by the aside
        ("top excellence award, actress in a weekend drama", "Ahn Bo-ra", "won", hnc, "2026-12-26"),
        ("top excellence award, actress in a weekend drama", "Lim Ye-jin", "nominated", hnc, "2026-12-26"),
        ("top excellence award, actress in a weekend drama", "Cha Hye-won", "nominated", hnc, "2026-12-26"),
        ("best new actor", "Pyo Dae-han", "won", hnc, "2026-12-26"),  # 2019 dates his debut, not the win
        ("popularity award", "Pyo Dae-han", "won", hnc, "2026-12-26")]


def test_a_broadcaster_named_alone_holds_its_ceremony_named_like_the_others() -> None:
    assert recap_awards(RECAP)[7:] == [("Daesang", "Gil Han-seul", "won", "TBK Drama Awards", None)]


def test_an_edition_of_a_ceremony_known_by_its_short_form() -> None:
    body = ("Few would bet against Marla Venn adding another Emmy; she won outstanding lead actress at the 74th "
            "edition in 2022 for the first season.")
    assert [row[:4] for row in run_awards(body, (("2022", "2022", None),))] == [
        ("outstanding lead actress", "Marla Venn", "won", "74th Emmy Awards")]


def run_awards(body: str, dates: tuple[tuple[str, str, str | None], ...]) -> list[tuple[object, ...]]:
    return [fields(e, "category", "recipient", "result", "ceremony") for e in run(body, dates=dates, kind="award")]


@pytest.mark.parametrize("sentence", [
    "Many think Pyo Dae-han is the best new actor of the season.",  # praise, no verb of winning
    "Fans called “Copper Lane” the drama of the year.",
    "Critics agree Ahn Bo-ra was the best actress working in weekend dramas.",
])
def test_lowercase_categories_without_a_win_are_no_awards_even_under_a_ceremony(sentence: str) -> None:
    body = RECAP.split("Her speech")[0] + sentence
    assert [row[:2] for row in recap_awards(body)] == [("Daesang", "Seo Ji-ran")]


def test_a_lowercase_category_does_not_carry_a_ceremony_without_subheadings() -> None:
    body = ("Seo Ji-ran took home the Daesang at the 3rd HNC Drama Awards on Saturday. The night ran long. "
            "Her co-star cheered.\n\nMonths later, at a fan meeting, Pyo Dae-han also won best new actor.")
    assert [row[:2] for row in recap_awards(body)] == [("Daesang", "Seo Ji-ran")]


def test_a_broadcaster_a_drama_aired_on_is_no_ceremony() -> None:
    body = RECAP.split("Her speech")[0] + "Lim Ye-jin won best actress for a drama that aired at TBK."
    assert [row[:4] for row in recap_awards(body)][1:] == [("best actress", "Lim Ye-jin", "won", "HNC Drama Awards")]


def test_present_tense_wins_in_live_coverage() -> None:
    body = ("Live from the 12th Silver Gull Drama Awards in Incheon tonight.\n\n"
            "9:10 p.m. — Best Actor: Noh Jae-won\n\nNoh Jae-won takes Best Actor for “Low Tide.”\n\n"
            "9:30 p.m. — Best Director\n\nMin So-yeon picks up Best Director for “Paper Crane.”")
    found = {(f.to_dict()["recipient"], f.to_dict()["category"], f.to_dict()["result"])
             for f in extract_facts(body, published="2026-11-20") if f.type == "award"}
    assert {("Noh Jae-won", "Best Actor", "won"), ("Min So-yeon", "Best Director", "won")} <= found
