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
