"""Credit and source-material events: cast and crew wordings, characters, adaptations and their
creators. Invented people and shows; helpers from ``tests.test_events``."""

from __future__ import annotations

import pytest

from tests.test_events import credits, fields, run


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


def test_character_first_pairs_after_a_story_cue_or_a_description() -> None:
    story = credits("The drama follows Seo Ha-na (Nam Gyu-ri), a night nurse who hides a secret, and her rival "
                    "Baek Do-yun (Ryu Jin-ho).")
    assert story == {("Nam Gyu-ri", "actor", "Seo Ha-na"), ("Ryu Jin-ho", "actor", "Baek Do-yun")}
    described = credits("Viewers meet Jang Woo-ri (Lim Da-som), a flight medic who never sleeps.")
    assert described == {("Lim Da-som", "actor", "Jang Woo-ri")}


def test_pairs_of_one_sentence_share_the_order_of_a_described_one() -> None:
    found = credits("He recruits a timid intern, Han Seul-gi (Moon Ye-jin), and clashes with the pharmacy, "
                    "run by Go Bit-na (Yoo Ara Min).")
    assert found == {("Moon Ye-jin", "actor", "Han Seul-gi"), ("Yoo Ara Min", "actor", "Go Bit-na")}


def test_the_article_decides_which_name_of_a_pair_is_the_actor() -> None:
    body = ("Actress Nam Gyu-ri leads the new season. Seo Ha-na (Nam Gyu-ri) and Baek Do-yun (Ryu Jin-ho) "
            "are back on the ward.")
    assert credits(body) >= {("Nam Gyu-ri", "actor", "Seo Ha-na"), ("Ryu Jin-ho", "actor", "Baek Do-yun")}
    quoted = ("Seo Ha-na (Nam Gyu-ri) returns in March. “It felt like coming home,” Nam Gyu-ri said.")
    assert ("Nam Gyu-ri", "actor", "Seo Ha-na") in credits(quoted)


def test_played_by_takes_the_character_of_the_sentence_before() -> None:
    body = "The story follows Seo Ha-na, a tireless nurse. Played by Nam Gyu-ri, the character runs the ward."
    assert credits(body) == {("Nam Gyu-ri", "actor", "Seo Ha-na")}


def test_crew_list_is_not_cast() -> None:
    body = ("Director Kang Tae-yun and screenwriter Oh Min-seo are back, and Nam Gyu-ri, Ryu Jin-ho and Lim Da-som "
            "are all returning.")
    assert credits(body) == {("Kang Tae-yun", "director", None), ("Oh Min-seo", "writer", None),
                             ("Nam Gyu-ri", "actor", None), ("Ryu Jin-ho", "actor", None),
                             ("Lim Da-som", "actor", None)}


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


def test_work_of_the_same_name_takes_the_show_title() -> None:
    [work] = run("The Ward is based on the popular webtoon of the same name by Pyo Eun-ji.", kind="source_material")
    assert fields(work, "title", "medium", "creator") == ("Moonlit Ward", "webtoon", "Pyo Eun-ji")


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
        "Emmy Awards", "Outstanding Lead Actress", "Emily Tran", "nominated")


def test_cast_in_an_untracked_show_is_an_actor_credit_with_null_show() -> None:
    [credit] = run("Actor Ryu Jin-ho has been cast in the upcoming thriller “Cold Trace.”", kind="credit")
    assert (credit.show, *fields(credit, "person", "role")) == (None, "Ryu Jin-ho", "actor")


def test_pen_names_are_no_parts_and_sections_are_no_recipients() -> None:
    assert credits("The author Gong Mi-rae who writes as Gong Ah-ra lives in Busan.") == {
        ("Gong Mi-rae", "original_author", None)}
    body = "At the 7th Riverlight Awards, Nam Gyu-ri took the Best Actress award for Television."
    assert [fields(e, "category", "recipient") for e in run(body, kind="award")] == [("Best Actress", "Nam Gyu-ri")]


def test_more_crew_and_release_wordings() -> None:
    body = ("The drama's director, Kang Tae-yun, is back. Oh Min-seo penned the script, and Ryu Jin-ho, who also "
            "directs the first two episodes, joins the crew.")
    assert credits(body) == {("Kang Tae-yun", "director", None), ("Oh Min-seo", "writer", None),
                             ("Ryu Jin-ho", "director", None)}
    [release] = run("Moonlit Ward is coming to Disney+ on March 3.", dates=(("March 3", "2026-03-03", None),),
                    kind="release")
    assert fields(release, "date", "platform") == ("2026-03-03", "Disney+")
    assert run("Netflix confirmed the first season drew 10 million views.", kind="renewal") == []


def test_as_needs_an_acting_verb_or_a_bare_list() -> None:
    assert credits("Nam Gyu-ri was praised as Korea's finest actress.") == set()
    assert credits("Nam Gyu-ri will once again scrub in as Seo Ha-na.") == {("Nam Gyu-ri", "actor", "Seo Ha-na")}


def test_described_parts_keep_their_description_and_name_no_character() -> None:
    [credit] = run("Idris Fenmore will play a travelling glassblower.", kind="credit")
    assert (credit.text, *fields(credit, "person", "role", "character")) == (
        "Idris Fenmore will play a travelling glassblower", "Idris Fenmore", "actor", None)
    [credit] = run("Sunniva Hale joins as the botanist's estranged sister.", kind="credit")
    assert (credit.text, *fields(credit, "person", "role", "character")) == (
        "Sunniva Hale joins as the botanist's estranged sister", "Sunniva Hale", "actor", None)
    found = run("Idris Fenmore plays a nurse in Harborview, and Sunniva Hale plays a surgeon who "
                "distrusts him.", kind="credit")
    assert [(e.text, *fields(e, "person", "character")) for e in found] == [
        ("Idris Fenmore plays a nurse in Harborview", "Idris Fenmore", None),
        ("Sunniva Hale plays a surgeon", "Sunniva Hale", None)]


def test_will_play_a_capitalised_name_is_the_character() -> None:
    [credit] = run("Idris Fenmore will play Marta Quill.", kind="credit")
    assert (credit.text, *fields(credit, "person", "role", "character")) == (
        "Idris Fenmore will play Marta Quill", "Idris Fenmore", "actor", "Marta Quill")


def test_joining_behind_the_camera_or_elsewhere_is_no_part() -> None:
    assert credits("Sunniva Hale joins as the showrunner.") == set()
    assert credits("Sunniva Hale joins the cast as a ruthless lawyer.") == {("Sunniva Hale", "actor", None)}


def test_cast_list_wordings() -> None:
    body = ("The cast includes Nam Gyu-ri, Ryu Jin-ho and Lim Da-som. Seo Ha-na, played by Nam Gyu-ri, leads the "
            "ward. Moon Ye-jin (as Han Seul-gi) joins later, and Oh Ji-an appears in the role of nurse Go Bit-na. "
            "Director: Kang Tae-yun.")
    assert credits(body) == {("Nam Gyu-ri", "actor", "Seo Ha-na"), ("Ryu Jin-ho", "actor", None),
                             ("Lim Da-som", "actor", None), ("Moon Ye-jin", "actor", "Han Seul-gi"),
                             ("Oh Ji-an", "actor", "Go Bit-na"), ("Kang Tae-yun", "director", None)}


def test_crew_named_earlier_are_not_cast_when_listed_as_back() -> None:
    body = "Director Kang Tae-yun and writer Oh Min-seo created the show. Kang Tae-yun and Oh Min-seo are back."
    assert credits(body) == {("Kang Tae-yun", "director", None), ("Oh Min-seo", "writer", None)}


# ---------------------------------------------------------------- other writers' cast and crew wordings


@pytest.mark.parametrize(("body", "expected"), [
    ("The story follows surgeon Ro Dae-il and his team, played by Seok Ha-rin, Maeng Ji-ho, Uhm Da-eun and "
     "Pyo Sang-hun.",
     {("Seok Ha-rin", "actor", None), ("Maeng Ji-ho", "actor", None), ("Uhm Da-eun", "actor", None),
      ("Pyo Sang-hun", "actor", None)}),
    ("Her two rivals, played by Ada Quill and Rhea Stone, steal the show.",
     {("Ada Quill", "actor", None), ("Rhea Stone", "actor", None)}),
])
def test_played_by_a_list_credits_every_actor(body: str, expected: set) -> None:
    assert credits(body) == expected


@pytest.mark.parametrize("lead", [
    "Tak Ye-rin heads the ensemble.",
    "Tak Yerin heads the ensemble.",
])
def test_a_cast_list_resolves_a_surname_named_before(lead: str) -> None:
    body = f"{lead} Returning cast members include Tak, Seok Ha-rin, Maeng Ji-ho and Uhm Da-eun."
    full = lead.removesuffix(" heads the ensemble.")
    assert {(full, "actor", None), ("Seok Ha-rin", "actor", None), ("Maeng Ji-ho", "actor", None),
            ("Uhm Da-eun", "actor", None)} <= credits(body)


@pytest.mark.parametrize("body", [
    "Seok Ha-rin and Maeng Ji-ho have joined the cast of “Moonlit Ward”.",
    "Seok Ha-rin and Maeng Ji-ho are joining the ensemble for the second season.",
])
def test_several_people_joining_the_cast(body: str) -> None:
    assert credits(body) == {("Seok Ha-rin", "actor", None), ("Maeng Ji-ho", "actor", None)}


@pytest.mark.parametrize(("body", "expected"), [
    ("The new season introduces Seok Ha-rin as a neurosurgery fellow.", ("Seok Ha-rin", "actor", None)),
    ("Season 2 also welcomes Ada Quill as the hospital's new director.", ("Ada Quill", "actor", None)),
    ("Fans have warmed to Maeng Ji-ho’s Bae Ro-woon, the reluctant intern.", ("Maeng Ji-ho", "actor", "Bae Ro-woon")),
    ("Ada Quill's Mira Dunn, the role of a lifetime, plays it straight.", ("Ada Quill", "actor", "Mira Dunn")),
    ("Maeng Ji-ho returns as army surgeon Bae Ro-woon.", ("Maeng Ji-ho", "actor", "Bae Ro-woon")),
    ("Maeng Ji-ho returns as Major Bae Ro-woon.", ("Maeng Ji-ho", "actor", "Bae Ro-woon")),
    ("Newcomer Uhm Da-eun, who plays army surgeon Bae Ro-woon, is a standout.", ("Uhm Da-eun", "actor", "Bae Ro-woon")),
])
def test_parts_with_and_without_a_name(body: str, expected: tuple) -> None:
    assert credits(body) == {expected}


@pytest.mark.parametrize("body", [
    "Markets fell after Port Vela’s Harbor Index slid on Monday.",
    "Ada Quill's Birthday Party drew a crowd, and it's Very Comfortable too.",
    "The board led by Quill met on Friday.",
])
def test_possessives_and_single_surnames_outside_casts_are_no_credits(body: str) -> None:
    assert credits(body, about=()) == set()


def test_director_with_a_filmography_and_a_writer_of_all_episodes() -> None:
    body = ("Director Ro Dae-il, who made the 2021 film Quiet Pier, is behind the camera, and Uhm Da-eun wrote all "
            "12 episodes.")
    found = run(body, dates=(("2021", "2021", None),))
    assert {fields(e, "person", "role") for e in found if e.type == "credit"} == {
        ("Ro Dae-il", "director"), ("Uhm Da-eun", "writer")}
    assert [e for e in found if e.type == "source_material"] == []


def test_a_webtoon_by_an_artist_known_by_a_pen_name() -> None:
    body = "The series is based on a webtoon by the artist known as Ink Moth."
    assert credits(body) == {("Ink Moth", "original_author", None)}


def test_a_writer_adapting_her_own_novel_is_its_author() -> None:
    body = "Writer Uhm Da-eun, who based the series on her own 2018 novel Paper Lanterns, also produces."
    found = run(body, dates=(("2018", "2018", None),))
    assert {fields(e, "person", "role") for e in found if e.type == "credit"} >= {
        ("Uhm Da-eun", "writer"), ("Uhm Da-eun", "original_author")}
    [work] = [e for e in found if e.type == "source_material"]
    assert fields(work, "title", "medium", "creator", "date") == ("Paper Lanterns", "novel", "Uhm Da-eun", "2018")


@pytest.mark.parametrize(("body", "expected"), [
    ("The new season adds Uhm Da-eun, who plays a neurosurgery fellow.", {("Uhm Da-eun", "actor", None)}),
    ("Seok Ha-rin plays the ward's head nurse.", {("Seok Ha-rin", "actor", None)}),
    ("Ro Dae-il is back behind the camera.", {("Ro Dae-il", "director", None)}),
    ("The screenplay is by Uhm Da-eun.", {("Uhm Da-eun", "writer", None)}),
    ("Joining them are Seok Ha-rin and Maeng Ji-ho.", {("Seok Ha-rin", "actor", None), ("Maeng Ji-ho", "actor", None)}),
    ("Maeng Ji-ho (Dr. Bae Ro-woon) returns.", {("Maeng Ji-ho", "actor", "Bae Ro-woon")}),
    ("Seok Ha-rin plays the piano in one scene.", set()),
])
def test_more_cast_and_crew_wordings(body: str, expected: set) -> None:
    assert credits(body) == expected


def test_an_unnamed_part_needs_a_show_to_be_about() -> None:
    assert credits("Ada Quill plays a mean game of chess.", about=()) == set()


@pytest.mark.parametrize(("body", "expected"), [
    ("Seok Ha-rin will be playing Bae Ro-woon.", {("Seok Ha-rin", "actor", "Bae Ro-woon")}),
    ("Also starring are Maeng Ji-ho and Uhm Da-eun.", {("Maeng Ji-ho", "actor", None), ("Uhm Da-eun", "actor", None)}),
    ("Cast: Maeng Ji-ho, Uhm Da-eun, Seok Ha-rin.",
     {("Maeng Ji-ho", "actor", None), ("Uhm Da-eun", "actor", None), ("Seok Ha-rin", "actor", None)}),
    ("Bae Ro-woon (played by Maeng Ji-ho) is the heart of the show.", {("Maeng Ji-ho", "actor", "Bae Ro-woon")}),
])
def test_cast_sheets_and_parts_in_parentheses(body: str, expected: set) -> None:
    assert credits(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Maeng Ji-ho leads the cast. Maeng returns as army surgeon Bae Ro-woon.", ("Maeng Ji-ho", "actor", "Bae Ro-woon")),
    ("Seok Ha-rin is back too. Seok also plays Dr. Bae Ro-woon.", ("Seok Ha-rin", "actor", "Bae Ro-woon")),
])
def test_a_surname_in_a_part_is_the_full_name(body: str, expected: tuple) -> None:
    assert expected in credits(body)


def test_an_unknown_single_name_in_a_part_is_no_credit() -> None:
    assert credits("Maeng stars as Bae Ro-woon.") == set()


def test_a_resolved_surname_owning_a_part() -> None:
    body = "Maeng Ji-ho leads the cast. Viewers adore Maeng’s Bae Ro-woon. It’s Very Good."
    assert credits(body) == {("Maeng Ji-ho", "actor", "Bae Ro-woon")}


@pytest.mark.parametrize(("body", "expected"), [
    ("Seok Ha-rin’s character, Bae Ro-woon, is a surgeon.", {("Seok Ha-rin", "actor", "Bae Ro-woon")}),
    ("Bae Ro-woon is played by Maeng Ji-ho.", {("Maeng Ji-ho", "actor", "Bae Ro-woon")}),
    ("Maeng Ji-ho and Uhm Da-eun play rival doctors Bae Ro-woon and Do Yu-na, respectively.",
     {("Maeng Ji-ho", "actor", "Bae Ro-woon"), ("Uhm Da-eun", "actor", "Do Yu-na")}),
])
def test_parts_given_in_other_orders(body: str, expected: set) -> None:
    assert credits(body) == expected


def test_a_hyphenated_name_keeps_its_surname_beside_a_place() -> None:
    body = ("Seok Ha-rin was spotted on Seok Avenue. Returning cast members include Seok, Maeng Ji-ho and "
            "Uhm Da-eun.")
    assert ("Seok Ha-rin", "actor", None) in credits(body)
    assert all(person != "Seok Avenue" for person, _, _ in credits(body))


def test_introductions_outside_show_articles_are_no_credits() -> None:
    assert credits("The company introduces Dana Holt as a new board member.", about=()) == set()


def test_a_career_told_with_pronouns_and_participles() -> None:
    body = ("Nam Gyu-ri made her debut in Harbor TV's Salt Lanes in 2008, playing the aloof heiress Seo Ha-na. "
            "The turn came in 2015 with the thriller Glass Keys, in which she played Baek Do-yun. Nam Gyu-ri "
            "later starred in the comedy Fenwick Row as the detective Jang Woo-ri. Nam was everywhere.")
    found = credits(body, about=())
    assert {("Nam Gyu-ri", "actor", "Seo Ha-na"), ("Nam Gyu-ri", "actor", "Baek Do-yun")} <= found
    assert not any(person in ("Glass Keys", "Salt Lanes", "Fenwick Row") for person, _, _ in found)


def test_cast_wordings_of_listings_and_casting_news() -> None:
    assert credits("Moon Ye-jin and Ryu Jin-ho play estranged siblings who inherit a ski lodge.") == {
        ("Moon Ye-jin", "actor", None), ("Ryu Jin-ho", "actor", None)}
    assert credits("The thriller follows a customs officer (Lim Da-som) who chases a smuggler.") == {
        ("Lim Da-som", "actor", None)}
    assert ("Oh Min-seo", "actor", "Han Seul-gi") in credits(
        "Nam Gyu-ri plays the sergeant, and Oh Min-seo is the pathologist Dr Han Seul-gi.")
    assert credits("Leads Moon Ye-jin and Ryu Jin-ho last worked together in 2021.") == {
        ("Moon Ye-jin", "actor", None), ("Ryu Jin-ho", "actor", None)}


def test_crew_wordings_and_what_is_no_one() -> None:
    assert ("Oh Min-seo", "writer", None) in credits("The drama, written by playwright Oh Min-seo, returns.")
    assert ("Kang Tae-yun", "director", None) in credits("Kang Tae-yun has directed both series to date.")
    found = credits("Oh Min-seo and Kang Tae-yun write and produce the series alongside Lim Da-som.")
    assert ("Lim Da-som", "actor", None) not in found
    found = credits("The workplace comedy Crestline Dental returns in May, and Nam Gyu-ri is back.", about=())
    assert found == {("Nam Gyu-ri", "actor", None)}


def test_a_work_and_its_author_are_no_part() -> None:
    assert credits("It is an adaptation of Oh Min-seo's manga Sugar Street, with Nam Gyu-ri as the baker.",
                   about=()) >= {("Oh Min-seo", "original_author", None)}
    assert not any(char == "Sugar Street" for _, _, char in credits(
        "It is an adaptation of Oh Min-seo's manga Sugar Street.", about=()))


def test_source_wordings_of_profiles_and_listings() -> None:
    found = run("The author said he never expected his web novel, Night Shift Diaries, to be read as satire.",
                kind="source_material")
    assert [fields(e, "title", "medium") for e in found] == [("Night Shift Diaries", "web_novel")]
    found = run("The web novel it is based on, Night Shift Diaries by Gong Ah-ra, runs to nine volumes.",
                kind="source_material")
    assert [fields(e, "title", "medium", "creator") for e in found] == [("Night Shift Diaries", "web_novel",
                                                                          "Gong Ah-ra")]
    found = run("He is the pen name behind Night Shift Diaries, the web novel that a studio turned into The Ward.",
                kind="source_material")
    assert [fields(e, "title", "medium") for e in found] == [("Night Shift Diaries", "web_novel")]
    assert run("He signed copies of his book “Quiet Rooms,” which inspired a play.", kind="source_material") == []


def test_a_listing_entry_heading_names_the_show_of_its_paragraph() -> None:
    body = ("Ten dramas to watch this month.\n\n6. Pixel Lanes (TVING)\n\nPremieres: Thursday, December 17\n\n"
            "Adapted from the webtoon of the same name by Haneul-i, Pixel Lanes follows a game developer.")
    [work] = run(body, kind="source_material")
    assert fields(work, "title", "medium", "show") == ("Pixel Lanes", "webtoon", None)


def test_accented_names_titled_characters_and_occasions_are_read_right() -> None:
    assert ("Begoña Aranda", "writer", None) in credits("Created by Begoña Aranda, the drama returns in May.")
    assert ("Maxine Heald", "actor", "Ruth Ackroyd") in credits(
        "The series follows Inspector Ruth Ackroyd (Maxine Heald) through a flooded town.")
    body = ("Nam Gyu-ri won best actress at the Harbor Drama Awards in May. At the Harbor Drama Awards, she "
            "played Seo Ha-na in a sketch.")
    assert not any(person.endswith("Awards") for person, _, _ in credits(body))


def test_back_behind_the_camera_and_an_owner_before_a_producer() -> None:
    body = ("The scripts are once again penned by Yoon Seo-ah, with Kang Tae-yun back behind the camera. "
            "Harbor Pictures' Min Jae-ho serves as executive producer.")
    assert credits(body) == {("Yoon Seo-ah", "writer", None), ("Kang Tae-yun", "director", None),
                             ("Min Jae-ho", "producer", None)}


def test_adapted_from_a_title_written_by_its_author() -> None:
    body = ("It began life as a web novel. The series is adapted from Night Ledger, written by Moonbyeol, the pen "
            "name of a nurse. The novel was later turned into a webtoon.")
    found = run(body)
    works = [fields(e, "title", "medium", "creator") for e in found if e.type == "source_material"]
    assert works == [("Night Ledger", "web_novel", "Moonbyeol"), ("Night Ledger", "webtoon", None)]
    assert credits(body) == {("Moonbyeol", "original_author", None)}
    film = run("The film is based on Night Harbor, written by Ana Moss.")
    assert [fields(e, "title", "medium") for e in film if e.type == "source_material"] == [("Night Harbor", "other")]


def test_relative_clauses_between_an_actor_and_the_part() -> None:
    assert credits("Ryu Jin-ho, who returns as trauma surgeon Baek Do-yun, sat in on the talk.") == {
        ("Ryu Jin-ho", "actor", "Baek Do-yun")}
    assert credits("Nam Gyu-ri, whose casting was first reported in March, plays the new chief of surgery.") == {
        ("Nam Gyu-ri", "actor", None)}


def test_a_reviews_pairings_of_actors_and_parts() -> None:
    body = ("Ryu Jin-ho’s Baek Do-yun gets the season’s best arc, and Nam Gyu-ri steals every scene as the "
            "scheming Han Seul-gi. Lim Da-som brings cool authority to Jang Woo-ri, a surgeon from Boston.")
    assert credits(body) == {("Ryu Jin-ho", "actor", "Baek Do-yun"), ("Nam Gyu-ri", "actor", "Han Seul-gi"),
                             ("Lim Da-som", "actor", "Jang Woo-ri")}
    assert credits("This week, Dev Raman and Ana Moss are back from their break with an hour on Moonlit Ward.") == set()


def test_nominees_of_another_show_are_credited_without_a_show() -> None:
    body = ("At the 3rd Harbor Series Awards, Ryu Jin-ho of Moonlit Ward won Best Actor, beating Tidewater’s "
            "Nam Gi-seok.")
    found = {fields(e, "person", "show") for e in run(body, kind="credit")}
    assert ("Nam Gi-seok", None) in found


def test_crew_returning_to_a_job_and_authors_of_a_work_named_at_length() -> None:
    assert credits("Kang Tae-yun returns to direct, and the cast is back too.") == {("Kang Tae-yun", "director", None)}
    body = ("Director Kang Tae-yun’s adaptation of the web novel Night Ledger: A Long Story of the Ward, written by "
            "doctor Ana Moss under the pen name Moonbyeol, dropped in May.")
    assert credits(body) == {("Kang Tae-yun", "director", None), ("Ana Moss", "original_author", None)}
    body = "The series is based on Night Ledger, the web novel that physician Ana Moss published in 2019."
    assert ("Ana Moss", "original_author", None) in credits(body)
    assert credits("Static Bloom (Coupang Play) is the strangest show of the year.") == set()


def test_a_recaps_pairs_put_the_part_first() -> None:
    body = ("Baek Do-yun is the hero of Moonlit Ward. In episode four, Baek (Ryu Jin-ho) decides to operate, and "
            "Cheon Ha-na (Nam Gyu-ri) runs the floor like a field marshal.")
    assert credits(body) == {("Ryu Jin-ho", "actor", "Baek Do-yun"), ("Nam Gyu-ri", "actor", "Cheon Ha-na")}


def test_the_last_word_of_a_name_before_parentheses_is_no_part() -> None:
    body = "Moon Ye-jin (Han Seul-gi) and Ha Young (Cheon Ha-na) are also confirmed to reprise their roles."
    assert credits(body) == {("Moon Ye-jin", "actor", "Han Seul-gi"), ("Ha Young", "actor", "Cheon Ha-na")}
