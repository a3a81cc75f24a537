"""Event wordings of other outlets and writers: plans and targets for releases, releases in
relative clauses, ranks before or after their chart, cast introduced by ``played by`` and
``portrayed by``, crew titles, untitled and same-name source works, and editions that are no
season release. Invented people and shows; helpers from ``tests.test_events``."""

from __future__ import annotations

import pytest

from tests.test_events import credits, fields, run

# ---------------------------------------------------------------- releases as targets and plans


@pytest.mark.parametrize(("body", "date", "season"), [
    ("Disney+ has renewed Moonlit Ward for a third season, with the season targeted for the second half of 2027.",
     ("the second half of 2027", "2027-H2", None), 3),
    ("Moonlit Ward Season 4 is in the works. The show is slated for a 2028 debut.", ("2028", "2028", None), 4),
    ("Disney+ ordered a second season of The Ward, which is expected to hit screens in early 2027.",
     ("early 2027", "2027", "START"), 2),
    ("The Ward will return for a fifth season. The new installment is aiming for 2029.", ("2029", "2029", None), 5),
    ("Moonlit Ward Season 3 is penciled in for next spring.", ("next spring", "2026-SP", None), 3),
])
def test_targets_and_plans_date_the_coming_season(body: str, date: tuple[str, str, str | None], season: int) -> None:
    [release] = run(body, dates=(date,), kind="release")
    assert fields(release, "season", "date", "show") == (season, date[1], "moonlit-ward")


def test_a_plan_for_something_else_is_no_release() -> None:
    body = "A press conference for the cast is planned for October 2."
    assert run(body, dates=(("October 2", "2025-10-02", None),), kind="release") == []


@pytest.mark.parametrize(("body", "date"), [
    ("The 12-episode series, which premiered on April 9, follows a ferry captain in Mokpo.",
     ("April 9", "2025-04-09", None)),
    ("The eight-episode drama, which debuted on Coupang Play on June 14, follows two rival chefs.",
     ("June 14", "2025-06-14", None)),
])
def test_past_release_in_a_relative_clause_about_an_untracked_show(body: str, date: tuple[str, str, None]) -> None:
    [release] = run(body, dates=(date,), about=(), kind="release")
    assert (release.show, *fields(release, "season", "date")) == (None, 1, date[1])


@pytest.mark.parametrize("body", [
    "Disney+ plans to release a director's cut of Moonlit Ward on December 5.",
    "The studio also plans to release the show's soundtrack on December 5.",
    "A special edition box set of the series will be released on December 5.",
    "The label will release a limited edition vinyl on December 5.",
])
def test_editions_and_music_are_no_season_releases(body: str) -> None:
    assert run(body, dates=(("December 5", "2025-12-05", None),), kind="release") == []


def test_a_season_release_beside_a_planned_soundtrack_is_kept() -> None:
    body = "Disney+ will release the second season on March 6 and plans to release the soundtrack on April 2."
    found = run(body, dates=(("March 6", "2026-03-06", None), ("April 2", "2026-04-02", None)), kind="release")
    assert [fields(e, "season", "date") for e in found] == [(2, "2026-03-06")]


# ---------------------------------------------------------------- rankings


@pytest.mark.parametrize(("body", "rank", "chart"), [
    ("The show spent six weeks in Disney+'s global Top 10 for non-English series, peaking at No. 3, per the "
     "streamer's own data.", 3, "Disney+'s global Top 10 for non-English series"),
    ("The Ward stayed on the weekly streaming chart for a month, climbing as high as No. 5.", 5,
     "the weekly streaming chart"),
    ("The drama climbed to second place on the weekly buzzworthiness chart.", 2, "the weekly buzzworthiness chart"),
    ("It debuted at No. 6 on Disney+'s daily TV ranking.", 6, "Disney+'s daily TV ranking"),
    ("The Ward held the top spot on the local streaming chart for three weeks.", 1, "the local streaming chart"),
    ("The finale placed first among all programs in the same time slot.", 1, "all programs in the same time slot"),
    ("The drama came in third among weekend dramas in its slot.", 3, "weekend dramas in its slot"),
])
def test_rank_wordings(body: str, rank: int, chart: str) -> None:
    [ranking] = run(body, kind="ranking")
    assert fields(ranking, "rank", "chart") == (rank, chart)


def test_peak_without_a_chart_and_ordinals_of_seasons_are_no_rankings() -> None:
    assert run("Ratings peaked at No. 2 last week.", kind="ranking") == []
    assert run("Nam Gyu-ri landed first season honors.", kind="ranking") == []


# ---------------------------------------------------------------- cast and crew


def test_played_by_and_portrayed_by_in_one_sentence_credit_both_actors() -> None:
    body = ("The heroine is played by Yeon Soo-ah, who falls for a ferry mechanic portrayed by Bae Ji-hwan. "
            "A lighthouse keeper, played by Tak Mi-rae, watches over them.")
    assert credits(body) == {("Yeon Soo-ah", "actor", None), ("Bae Ji-hwan", "actor", None),
                             ("Tak Mi-rae", "actor", None)}


def test_named_character_before_portrayed_by_is_the_part() -> None:
    assert credits("The captain, Seo Ha-rin, portrayed by Yeon Soo-ah, is new.") == {
        ("Yeon Soo-ah", "actor", "Seo Ha-rin")}


@pytest.mark.parametrize(("body", "expected"), [
    ("Director Kwon Tae-min returns.", {("Kwon Tae-min", "director", None)}),
    ("Filmmaker Kwon Tae-min returns to helm the sequel.", {("Kwon Tae-min", "director", None)}),
    ("Helmer Ava Lindqvist is back.", {("Ava Lindqvist", "director", None)}),
    ("Writer-director Ava Lindqvist returns, with Tomas Erling back too.",
     {("Ava Lindqvist", "writer", None), ("Ava Lindqvist", "director", None), ("Tomas Erling", "actor", None)}),
    ("Co-director Kwon Tae-min returns for the sequel.", {("Kwon Tae-min", "director", None)}),
    ("Original director Kwon Tae-min is returning, too.", {("Kwon Tae-min", "director", None)}),
    ("Screenwriter-director Goh Eun-sol returns.",
     {("Goh Eun-sol", "writer", None), ("Goh Eun-sol", "director", None)}),
    ("Directors Kwon Tae-min and Goh Eun-sol return.",
     {("Kwon Tae-min", "director", None), ("Goh Eun-sol", "director", None)}),
    ("Returning are director Kwon Tae-min and stars Yeon Soo-ah and Bae Ji-hwan.",
     {("Kwon Tae-min", "director", None), ("Yeon Soo-ah", "actor", None), ("Bae Ji-hwan", "actor", None)}),
])
def test_crew_titles_decide_the_role_of_returning_people(body: str, expected: set[tuple[str, str, None]]) -> None:
    assert credits(body) == expected


def test_appositive_role_needs_no_following_name_and_show_names_are_no_actors() -> None:
    assert credits("PD Kwon Tae-min, writer Goh Eun-sol and actor Yeon Soo-ah all return.") == {
        ("Kwon Tae-min", "director", None), ("Goh Eun-sol", "writer", None), ("Yeon Soo-ah", "actor", None)}
    assert credits("Moonlit Ward will return for a second season.") == set()


# ---------------------------------------------------------------- source material


def test_untitled_work_by_an_author_credits_the_author() -> None:
    body = "Screenwriter Goh Eun-sol is again adapting the web novel by Seo Yu-jin."
    assert credits(body) == {("Goh Eun-sol", "writer", None), ("Seo Yu-jin", "original_author", None)}
    assert run(body, kind="source_material") == []


@pytest.mark.parametrize(("body", "about", "title", "medium", "date"), [
    ("Moonlit Ward is based on a 2019 webtoon of the same name by artist Bae Ri-na.", ("moonlit-ward",),
     "Moonlit Ward", "webtoon", "2019"),
    ("Coral Summer is based on a 2019 webtoon of the same name by artist Bae Ri-na.", (), "Coral Summer", "webtoon",
     "2019"),
    ("Coral Summer, an adaptation of the eponymous 2019 web novel by Bae Ri-na, premiered on May 3.", (),
     "Coral Summer", "web_novel", "2019"),
])
def test_same_name_work_takes_the_shows_title(body: str, about: tuple[str, ...], title: str, medium: str,
                                              date: str) -> None:
    found = run(body, dates=(("2019", "2019", None), *((("May 3", "2025-05-03", None),) if "May 3" in body else ())),
                about=about)
    [work] = [e for e in found if e.type == "source_material"]
    assert fields(work, "title", "medium", "creator", "date") == (title, medium, "Bae Ri-na", date)
    assert ("Bae Ri-na", "original_author") in {fields(e, "person", "role") for e in found if e.type == "credit"}


def test_same_name_work_of_an_untracked_show_named_in_an_earlier_sentence() -> None:
    body = "“Coral Summer” stars Yeon Soo-ah. The drama is based on the hit 2021 webtoon of the same name by Bae Ri-na."
    [work] = run(body, dates=(("2021", "2021", None),), about=(), kind="source_material")
    assert fields(work, "title", "creator", "date") == ("Coral Summer", "Bae Ri-na", "2021")


# ---------------------------------------------------------------- other outlets' styles


def test_wire_style_dateline_attribution_date_and_run_dates() -> None:
    body = ("SEOUL, June 18 (Hanbit News) -- The second season of Moonlit Ward is slated for a 2026 debut, its "
            "production company said Wednesday. The first season, which aired on tvN from April 5 to May 11, placed "
            "first among all programs in the same time slot.")
    dates = (("June 18", "2025-06-18", None), ("2026", "2026", None), ("Wednesday", "2025-06-18", None),
             ("April 5", "2025-04-05", None), ("May 11", "2025-05-11", None))
    found = run(body, dates=dates)
    assert [fields(e, "season", "date", "platform") for e in found if e.type == "release"] == [
        (2, "2026", None), (1, "2025-04-05", "tvN")]
    assert [fields(e, "rank", "chart") for e in found if e.type == "ranking"] == [
        (1, "all programs in the same time slot")]


def test_chart_stops_before_a_second_verb_and_a_later_peak_refers_back() -> None:
    body = "It debuted at No. 4 on Disney+'s global Top 10 TV (Non-English) list and climbed to third place."
    found = run(body, kind="ranking")
    assert [fields(e, "rank", "chart") for e in found] == [
        (4, "Disney+'s global Top 10 TV (Non-English) list"), (3, "Disney+'s global Top 10 TV (Non-English) list")]


def test_trade_style_credits_companies_films_and_returning_crew() -> None:
    body = ("The 12-episode series follows Dr. Seo Ha-rin, a burned-out trauma surgeon played by Yeon Soo-ah. "
            "Writer-director Kwon Tae-min returns for Season 2. The series is produced by Studio Mareun. "
            "Yeon will next be seen in the feature “Salt Road,” which bows in theaters in December.")
    found = run(body, dates=(("December", "2025-12", None),))
    assert {fields(e, "person", "role", "character") for e in found if e.type == "credit"} == {
        ("Yeon Soo-ah", "actor", "Seo Ha-rin"), ("Kwon Tae-min", "writer", None), ("Kwon Tae-min", "director", None)}
    assert [e for e in found if e.type == "renewal"] == []
    [release] = [e for e in found if e.type == "release"]
    assert (release.show, *fields(release, "date", "platform")) == (None, "2025-12", None)


def test_a_show_returning_is_still_a_reported_renewal() -> None:
    [renewal] = run("Moonlit Ward will return for a second season.", kind="renewal")
    assert fields(renewal, "status", "seasons") == ("reported", [2])


@pytest.mark.parametrize(("body", "expected"), [
    ("Tak Mi-rae stars opposite Noh Gun-woo in the thriller.",
     {("Tak Mi-rae", "actor", None), ("Noh Gun-woo", "actor", None)}),
    ("Tak Mi-rae and Noh Gun-woo lead the cast of the thriller.",
     {("Tak Mi-rae", "actor", None), ("Noh Gun-woo", "actor", None)}),
    ("The thriller stars Tak Mi-rae, with Noh Gun-woo and Pyo Da-eun in supporting roles.",
     {("Tak Mi-rae", "actor", None), ("Noh Gun-woo", "actor", None), ("Pyo Da-eun", "actor", None)}),
    ("Joining the cast are Noh Gun-woo and Pyo Da-eun.",
     {("Noh Gun-woo", "actor", None), ("Pyo Da-eun", "actor", None)}),
    ("The ensemble also includes Noh Gun-woo and Pyo Da-eun.",
     {("Noh Gun-woo", "actor", None), ("Pyo Da-eun", "actor", None)}),
    ("Tak Mi-rae takes the lead role of Ahn Bo-ra, a ferry pilot.", {("Tak Mi-rae", "actor", "Ahn Bo-ra")}),
    ("Noh Gun-woo has been tapped to play the villain.", {("Noh Gun-woo", "actor", None)}),
    ("Pyo Da-eun is set to star in the series.", {("Pyo Da-eun", "actor", None)}),
    ("Noh Gun-woo was cast as the villain.", {("Noh Gun-woo", "actor", None)}),
    ("Goh Eun-sol wrote the script, while Kwon Tae-min directs.",
     {("Goh Eun-sol", "writer", None), ("Kwon Tae-min", "director", None)}),
])
def test_more_cast_and_crew_wordings(body: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert credits(body) == expected


def test_production_companies_are_no_producers() -> None:
    assert credits("The series is produced by Mareun Pictures and directed by Kwon Tae-min.") == {
        ("Kwon Tae-min", "director", None)}


@pytest.mark.parametrize(("body", "date", "season"), [
    ("The second season will stream on Disney+ starting December 26.", ("December 26", "2025-12-26", None), 2),
    ("The third season is due out in the second half of 2026.", ("the second half of 2026", "2026-H2", None), 3),
    ("All ten episodes of Season 2 will be available on Disney+ from March 6.", ("March 6", "2026-03-06", None), 2),
    ("Disney+ has set a March 6 premiere date for the second season.", ("March 6", "2026-03-06", None), 2),
    ("Season 2 is scheduled to be broadcast in the second half of next year.",
     ("the second half of next year", "2026-H2", None), 2),
    ("Moonlit Ward will return in 2026 with its second season.", ("2026", "2026", None), 2),
    ("“Moonlit Ward” comes back on March 6 for a third season.", ("March 6", "2026-03-06", None), 3),
    ("The second season's return is pegged for next year.", ("next year", "2026", None), 2),
    ("The third season is expected in the fall.", ("the fall", "2025-FA", None), 3),
    ("Season 2 returns to Disney+ on March 6.", ("March 6", "2026-03-06", None), 2),
])
def test_more_release_wordings(body: str, date: tuple[str, str, None], season: int) -> None:
    [release] = run(body, dates=(date,), kind="release")
    assert fields(release, "season", "date") == (season, date[1])


@pytest.mark.parametrize(("body", "date"), [
    ("The director returns in May to promote the film.", ("May", "2026-05", None)),
    ("Fans will return on Saturday for the fan meeting.", ("Saturday", "2025-09-27", None)),
    ("Tickets will be available from March 6.", ("March 6", "2026-03-06", None)),
    ("The company's earnings are due out on Friday.", ("Friday", "2025-09-26", None)),
    ("Winter is coming in December.", ("December", "2025-12", None)),
    ("Filming returns in March after a break.", ("March", "2026-03", None)),
])
def test_returns_and_availability_of_other_things_are_no_releases(body: str, date: tuple[str, str, None]) -> None:
    assert run(body, dates=(date,), kind="release") == []


@pytest.mark.parametrize(("body", "rank", "chart"), [
    ("It was the second most-watched non-English series on Disney+ last week.", 2,
     "Disney+ Top 10 non-English series"),
    ("The show remained at No. 1 for a third week on the weekly streaming chart.", 1, "the weekly streaming chart"),
    ("It came in at No. 7 on the global list.", 7, "the global list"),
])
def test_superlatives_and_durations_before_the_chart(body: str, rank: int, chart: str) -> None:
    [ranking] = run(body, kind="ranking")
    assert fields(ranking, "rank", "chart") == (rank, chart)


def test_most_watched_without_an_ordinal_is_no_ranking() -> None:
    assert run("It is the most-watched drama of the year.", kind="ranking") == []


def test_possessive_creator_names_the_work_and_its_author() -> None:
    body = "The drama is based on author Seo Yu-jin's 2018 novel “Salt and Ash.”"
    found = run(body, dates=(("2018", "2018", None),))
    [work] = [e for e in found if e.type == "source_material"]
    assert fields(work, "title", "medium", "creator", "date") == ("Salt and Ash", "novel", "Seo Yu-jin", "2018")
    assert {fields(e, "person", "role") for e in found if e.type == "credit"} == {("Seo Yu-jin", "original_author")}


def test_untitled_work_with_writer_and_artist_and_a_works_creator() -> None:
    assert credits("The original webtoon, written by Seo Yu-jin and illustrated by Bae Ri-na, is a hit.") == {
        ("Seo Yu-jin", "original_author", None), ("Bae Ri-na", "illustrator", None)}
    assert credits("The webtoon's creator, Bae Ri-na, praised the cast.") == {("Bae Ri-na", "original_author", None)}


def test_untracked_show_article_titles_seasons_and_films() -> None:
    body = ("Coral Summer Season 2: what we know\n\n"
            "Tak Mi-rae returns as Dr. Ahn Bo-ra, and Noh Gun-woo is back too. The show is based on the webtoon of "
            "the same name by Bae Ri-na. The new season is eyeing a 2026 premiere. Tak will next be seen in the "
            "feature “Salt Road,” which bows in theaters in December.")
    found = run(body, dates=(("2026", "2026", None), ("December", "2025-12", None)), about=())
    [work] = [e for e in found if e.type == "source_material"]
    assert fields(work, "title", "creator") == ("Coral Summer", "Bae Ri-na")
    assert [fields(e, "season", "date", "platform") for e in found if e.type == "release"] == [
        (2, "2026", None), (None, "2025-12", None)]
    actors = {fields(e, "person", "character") for e in found if e.type == "credit" and e.fields["role"] == "actor"}
    assert actors == {("Tak Mi-rae", "Ahn Bo-ra"), ("Noh Gun-woo", None)}


def test_fan_blog_listicle() -> None:
    body = ("Moonlit Ward Season 2: 5 Things We Know So Far!!\n\n1. It's officially happening 🎉\n\n"
            "Disney+ confirmed the renewal on June 17, and the show is eyeing a fall 2026 premiere. Mark your "
            "calendars!\n\n2. The OG cast is back\n\nTak Mi-rae returns as the grumpy-but-brilliant Dr. Ahn Bo-ra, "
            "and Noh Gun-woo is back as ferry mechanic Gil Jun.\n\n3. Same director, same vibes\n\nDirector Kwon "
            "Tae-min returns, which honestly is the best news ever.\n\n4. It was a HUGE hit\n\nSeason 1 held the top "
            "spot on Disney+ Korea's Top 10 for three weeks straight.\n\n5. Merch drop?!\n\nDisney+ plans to release "
            "a special edition photobook on December 1. Take my money!!!")
    found = run(body, dates=(("June 17", "2025-06-17", None), ("fall 2026", "2026-FA", None),
                             ("December 1", "2025-12-01", None)))
    assert [fields(e, "season", "date") for e in found if e.type == "release"] == [(2, "2026-FA")]
    assert [fields(e, "status", "source") for e in found if e.type == "renewal"] == [("confirmed", "Disney+")]
    assert {fields(e, "person", "role", "character") for e in found if e.type == "credit"} == {
        ("Tak Mi-rae", "actor", "Ahn Bo-ra"), ("Noh Gun-woo", "actor", "Gil Jun"), ("Kwon Tae-min", "director", None)}
    assert [fields(e, "rank", "chart") for e in found if e.type == "ranking"] == [(1, "Disney+ Korea's Top 10")]


def test_wire_dateline_dates_no_event_and_released_data_is_no_release() -> None:
    body = ("SEOUL, June 18 (Hanbit News) -- Filming for the second season of Moonlit Ward has begun, its production "
            "company said. The show topped the chart, according to data released Tuesday.")
    found = run(body, dates=(("June 18", "2025-06-18", None), ("Tuesday", "2025-06-17", None)))
    assert [(e.type, fields(e, "rank", "chart")) for e in found] == [("ranking", (1, "the chart"))]


@pytest.mark.parametrize(("body", "expected"), [
    ("Created by Jae Lim, the series stars Tak Mi-rae.", {("Jae Lim", "writer", None), ("Tak Mi-rae", "actor", None)}),
    ("Kwon Tae-min executive produces alongside Goh Eun-sol.",
     {("Kwon Tae-min", "producer", None), ("Goh Eun-sol", "producer", None)}),
    ("Noh Gun-woo has boarded the cast of the thriller.", {("Noh Gun-woo", "actor", None)}),
    ("The series is executive produced by Ava Lindqvist and Tomas Erling.",
     {("Ava Lindqvist", "producer", None), ("Tomas Erling", "producer", None)}),
    ("Ava Lindqvist, who created the series, is back.", {("Ava Lindqvist", "writer", None)}),
])
def test_trade_crew_wordings(body: str, expected: set[tuple[str, str, None]]) -> None:
    assert credits(body) == expected


def test_numbered_superlative_is_a_rank() -> None:
    [ranking] = run("It is now the No. 3 most-watched non-English series ever.", kind="ranking")
    assert fields(ranking, "rank", "chart") == (3, "most-watched non-English series ever")


def test_transforms_into_and_a_title_acronym_before_the_part() -> None:
    assert credits("Tak Mi-rae transforms into Ahn Bo-ra, a ferry pilot.") == {("Tak Mi-rae", "actor", "Ahn Bo-ra")}
    assert credits("Noh Gun Woo will take on the role of the cold-hearted CEO Gil Jun.") == {
        ("Noh Gun Woo", "actor", "Gil Jun")}
    [release] = run("Season 2 will be unveiled in the second half of 2026.",
                    dates=(("the second half of 2026", "2026-H2", None),), kind="release")
    assert fields(release, "season", "date") == (2, "2026-H2")


def test_original_work_and_webcomic() -> None:
    assert credits("The drama is based on the original work by Seo Yu-jin.") == {
        ("Seo Yu-jin", "original_author", None)}
    body = "Moonlit Ward is adapted from a popular webcomic of the same name by Bae Ri-na."
    [work] = run(body, kind="source_material")
    assert fields(work, "title", "medium", "creator") == ("Moonlit Ward", "webtoon", "Bae Ri-na")


@pytest.mark.parametrize(("body", "date"), [
    ("Ratings for the show are expected on Monday.", ("Monday", "2025-09-29", None)),
    ("A decision on the season is expected in March.", ("March", "2026-03", None)),
])
def test_figures_and_decisions_expected_on_a_date_are_no_releases(body: str, date: tuple[str, str, None]) -> None:
    assert run(body, dates=(date,), kind="release") == []


@pytest.mark.parametrize("body", [
    "Season Two is back with a bang.",
    "The Ward is back.",
    "Team Harbor is back, and nobody is surprised.",
    "Fan Favorite Moments are back in the new season.",
])
def test_capitalised_phrases_that_are_back_are_no_actors(body: str) -> None:
    assert credits(body) == set()


def test_trade_renewal_story_season_stars_title_and_acting_prize() -> None:
    body = ("Disney+ has renewed Moonlit Ward for a third season. The renewal comes after Season 2, which bowed "
            "Aug. 1, topped the streamer's global TV chart. Stars Tak Mi-rae and Noh Gun-woo are set to return. "
            "“We are thrilled,” said a spokesperson. Production starts in early 2026, with the season targeting a "
            "2027 premiere. Tak, who recently wrapped the feature “Salt Road,” won the best actress prize at the "
            "Blue Pine Awards in May.")
    found = run(body, dates=(("Aug. 1", "2025-08-01", None), ("early 2026", "2026", "START"), ("2027", "2027", None),
                             ("May", "2025-05", None)),
                statements=(("We are thrilled,", "Disney+"),))
    assert [fields(e, "season", "date") for e in found if e.type == "release"] == [(2, "2025-08-01"), (3, "2027")]
    assert {fields(e, "person", "role") for e in found if e.type == "credit"} >= {
        ("Tak Mi-rae", "actor"), ("Noh Gun-woo", "actor")}
    [award] = [e for e in found if e.type == "award"]
    assert fields(award, "recipient", "category") == ("Tak Mi-rae", "best actress")


def test_same_name_work_of_an_unquoted_untracked_drama_named_earlier() -> None:
    body = ("The new drama Coral Summer drew strong ratings on Saturday.\n\nThe series is based on a 2019 webtoon of "
            "the same name by Bae Ri-na.")
    [work] = run(body, dates=(("2019", "2019", None),), about=(), kind="source_material")
    assert fields(work, "title", "creator", "date") == ("Coral Summer", "Bae Ri-na", "2019")


# ---------------------------------------------------------------- other writers' release wordings


@pytest.mark.parametrize("body", [
    "Moonlit Ward will return for its third season on March 19.",
    "Moonlit Ward returns to Disney+ for a third season on March 19.",
])
def test_a_return_for_a_numbered_season_on_a_date(body: str) -> None:
    [release] = run(body, dates=(("March 19", "2026-03-19", None),), kind="release")
    assert fields(release, "season", "date") == (3, "2026-03-19")


@pytest.mark.parametrize("opening", [
    "Season 2 of Moonlit Ward is finally here.",
    "Moonlit Ward Season 2 is out now, and fans are bingeing.",
])
def test_episodes_that_dropped_belong_to_the_season_in_focus(opening: str) -> None:
    body = f"{opening} All eight episodes dropped on Friday, September 19."
    [release] = run(body, dates=(("Friday, September 19", "2025-09-19", None),), kind="release")
    assert fields(release, "season", "date") == (2, "2025-09-19")


def test_a_past_premiere_without_episodes_stays_the_first_season() -> None:
    body = "Season 2 of Moonlit Ward is in the works. The show premiered on June 5, 2024."
    [release] = run(body, dates=(("June 5, 2024", "2024-06-05", None),), kind="release")
    assert fields(release, "season", "date") == (1, "2024-06-05")


@pytest.mark.parametrize("body", [
    "The streamer is targeting late 2026 for the second season and early 2027 for the third.",
    "Disney+ is eyeing late 2026 for the second installment and early 2027 for the third one.",
])
def test_targets_that_name_a_season_after_each_date(body: str) -> None:
    found = run(body, dates=(("late 2026", "2026", "END"), ("early 2027", "2027", "START")), kind="release")
    assert [fields(e, "season", "date", "mod") for e in found] == [(2, "2026", "END"), (3, "2027", "START")]


@pytest.mark.parametrize(("body", "dates"), [
    ("New episodes of Moonlit Ward air Saturday and Sunday at 9 p.m.",
     (("Saturday", "2025-09-27", None), ("Sunday", "2025-09-28", None))),
    ("The drama streams Fridays and Saturdays on Disney+.", ()),
    ("A new medical thriller arrives next Wednesday.", (("next Wednesday", "2025-10-01", None),)),
    ("The trailer lands on Friday.", (("Friday", "2025-09-26", None),)),
])
def test_weekly_slots_and_arrivals_of_no_show_are_no_releases(body: str, dates: tuple) -> None:
    assert run(body, dates=dates, kind="release") == []


def test_the_show_arriving_next_week_is_a_release() -> None:
    body = "Moonlit Ward Season 2 arrives next Wednesday on Disney+."
    [release] = run(body, dates=(("next Wednesday", "2025-10-01", None),), kind="release")
    assert fields(release, "season", "date", "platform") == (2, "2025-10-01", "Disney+")


@pytest.mark.parametrize("body", [
    "Disney+ has the second season slated for late 2026 and the third for early 2027.",
    "Season 2 is expected in late 2026, with Season 3 following in early 2027.",
    "The second season is set to premiere in late 2026, and the third in early 2027.",
])
def test_an_elided_later_season_takes_the_next_date(body: str) -> None:
    found = run(body, dates=(("late 2026", "2026", "END"), ("early 2027", "2027", "START")), kind="release")
    assert [fields(e, "season", "date", "mod") for e in found] == [(2, "2026", "END"), (3, "2027", "START")]


def test_the_full_season_that_dropped_is_the_season_in_focus() -> None:
    body = "Season 2 of Moonlit Ward is here. The full season dropped on Friday, September 19."
    [release] = run(body, dates=(("Friday, September 19", "2025-09-19", None),), kind="release")
    assert fields(release, "season", "date") == (2, "2025-09-19")


def test_dates_after_a_release_without_a_season_are_no_more_releases() -> None:
    body = "Moonlit Ward Season 2 premieres on March 6, and a fan event follows in April."
    found = run(body, dates=(("March 6", "2026-03-06", None), ("April", "2026-04", None)), kind="release")
    assert [fields(e, "season", "date") for e in found] == [(2, "2026-03-06")]


def test_targets_of_something_other_than_a_season_are_no_releases() -> None:
    body = "The company is targeting 2026 for the first phase and 2027 for the second."
    assert run(body, dates=(("2026", "2026", None), ("2027", "2027", None)), about=(), kind="release") == []


def test_episodes_named_after_the_verb_are_the_season_in_focus_too() -> None:
    body = "Season 2 of Moonlit Ward is here. Disney+ released all eight episodes on September 19."
    [release] = run(body, dates=(("September 19", "2025-09-19", None),), kind="release")
    assert fields(release, "season", "date", "platform") == (2, "2025-09-19", "Disney+")


@pytest.mark.parametrize(("body", "count"), [
    ("Moonlit Ward Season 3 will be out in late 2026.", 1),
    ("The ratings will be out on Monday.", 0),
])
def test_a_season_that_will_be_out(body: str, count: int) -> None:
    date = ("late 2026", "2026", "END") if "late" in body else ("Monday", "2025-09-29", None)
    assert len(run(body, dates=(date,), kind="release")) == count
