"""More wordings of renewals, releases, production and dates found in real coverage, each in our own words."""

from __future__ import annotations

from pipelines.context import Show
from pipelines.facts import extract_facts

_HARBOR = Show(slug="glass-harbor", title="Glass Harbor", aliases=())


def facts(text: str, published: str, kind: str) -> list[dict]:
    return [f.to_dict() for f in extract_facts(text, published=published) if f.type == kind]


def tracked(text: str, published: str, kind: str) -> list[dict]:
    """``facts`` of an article about the tracked show Glass Harbor."""
    return [f.to_dict() for f in extract_facts(text, published=published, shows=(_HARBOR,), about=(_HARBOR.slug,))
            if f.type == kind]


def test_renewal_wordings() -> None:
    text = ("The network renewed the thriller last May, after weeks in which it said only that a sequel was "
            "being considered.")
    assert {e["status"] for e in facts(text, "2026-04-02", "renewal")} == {"confirmed", "under_review"}
    text = "The deal follows the streamer’s choice last year to order three more seasons of the comedy."
    assert [(e["status"], e["seasons"]) for e in facts(text, "2026-04-02", "renewal")] == [("confirmed", [2, 3, 4])]
    text = "Wavve has cancelled its legal thriller Glass Court after one season, a spokesperson said."
    assert [e["status"] for e in facts(text, "2026-04-02", "renewal")] == ["cancelled"]


def test_no_decision_on_further_seasons_takes_the_seasons_already_named() -> None:
    text = ("A tabloid claimed Season 5 is in the works. “No decision has been made on further seasons,” "
            "a spokesperson for the studio said.")
    assert ("under_review", [5]) in [(e["status"], e["seasons"]) for e in facts(text, "2026-04-02", "renewal")]


def test_release_wordings() -> None:
    assert [(e["season"], e["date"]) for e in facts(
        "Season 4 will follow in the second half of 2027, the studio said.", "2026-04-02", "release")] \
        == [(4, "2027-H2")]
    assert facts("More details will follow next week.", "2026-04-02", "release") == []
    assert [e["date"] for e in facts("The comedy has been streaming on Netflix worldwide since March 3.",
                                     "2026-04-02", "release")] == ["2026-03-03"]
    assert [e["date"] for e in facts("Her next film, Salt Roads, opens in Korean theaters this September.",
                                     "2026-04-02", "release")] == ["2026-09"]


def test_dates_that_are_not_the_release() -> None:
    assert facts("The show led the chart, according to data Netflix released on Tuesday.", "2026-04-02",
                 "release") == []
    assert facts("A report said the network had moved the premiere up from March to fill a gap.", "2026-04-02",
                 "release") == []


def test_production_wordings() -> None:
    found = facts("Filming ended in June, and the season has been in post-production since July.", "2026-09-01",
                  "production")
    assert [(e["phase"], e["event"], e["date"]) for e in found] == [("filming", "end", "2026-06"),
                                                                     ("post_production", "start", "2026-07")]
    assert [(e["event"], e["date"]) for e in facts("Shooting gets under way next month in Busan.", "2026-09-01",
                                                   "production")] == [("start", "2026-10")]
    assert [(e["event"], e["date"]) for e in facts(
        "The actors shot their final scene on August 28 in Incheon.", "2026-09-01", "production")] \
        == [("end", "2026-08-28")]


def test_a_bare_month_after_a_dated_one_moves_the_story_forward() -> None:
    values = {f.text: f.to_dict()["value"] for f in extract_facts(
        "The studio approved the project in October 2025, and the crew began shooting in February.",
        published="2026-09-01") if f.type == "date"}
    assert values["February"] == "2026-02"
    values = {f.text: f.to_dict()["value"] for f in extract_facts(
        "It was confirmed in October 2025 after first being denied in February.", published="2026-09-01")
        if f.type == "date"}
    assert values["February"] == "2025-02"


def test_a_verb_past_a_clause_break_does_not_set_the_tense() -> None:
    (release,) = facts("The channel said it would air the drama from October, the slot that made its last hit famous.",
                       "2026-03-08", "release")
    assert release["date"] == "2026-10"


def test_a_share_of_a_season_and_a_month_as_a_bound_are_dates() -> None:
    values = {f.text: f.to_dict()["value"] for f in extract_facts(
        "The crew spent most of the summer in Jeju. Insiders expect news as early as May.", published="2026-10-02")
        if f.type == "date"}
    assert values == {"the summer": "2026-SU", "May": values.get("May")} and values["May"] in ("2026-05", "2027-05")


def credits(text: str) -> set[tuple]:
    return {(e["person"], e["role"], e.get("character")) for e in facts(text, "2026-05-14", "credit")}


def test_credits_of_a_source_work_and_crew_verbs() -> None:
    assert credits("Adapted from the webtoon Salt Garden by writer Min Ha-rin and artist Cho Dae-sung, "
                   "the drama premiered in May.") == {("Min Ha-rin", "original_author", None),
                                                      ("Cho Dae-sung", "illustrator", None)}
    assert ("Park Eun-ji", "director", None) in credits("Park Eun-ji directs from scripts by Lee Su-ho.")
    assert credits("The K-pop artist Lee Ji-eun sang the theme.") == set()


def test_parenthesised_names_with_a_title_or_a_show() -> None:
    assert credits("It follows Inspector Ryu Da-in (Song Mi-rae), who goes undercover.") == \
        {("Song Mi-rae", "actor", "Ryu Da-in")}
    assert credits("She won Best Actress, beating a field that included Yoon Seo-ra (Glass Harbor).") == set()


def works(text: str) -> list[tuple]:
    return [(e["title"], e["medium"], e.get("creator")) for e in facts(text, "2026-05-14", "source_material")]


def test_source_material_wordings() -> None:
    text = ("Night Ward is adapted from “Blue Hour: Critical Care Unit”, a web novel that Park Min-su began writing "
            "under a pen name. It was later turned into a webtoon drawn by Sunnyart.")
    assert works(text) == [("Blue Hour: Critical Care Unit", "web_novel", "Park Min-su"),
                           ("Blue Hour: Critical Care Unit", "webtoon", "Sunnyart")]
    text = ("Based on the web novel Night Shift Doctor by Park Min-su and the Kakao Webtoon of the same name, "
            "it follows a surgeon.")
    assert [w[:2] for w in works(text)] == [("Night Shift Doctor", "web_novel"), ("Night Shift Doctor", "webtoon")]


def test_a_bound_of_an_ongoing_state_is_the_nearest_such_date() -> None:
    values = {f.text: f.to_dict()["value"] for f in extract_facts(
        "The airline said it was suspending its Busan flights through mid-September.", published="2026-04-15")
        if f.type == "date"}
    assert values["mid-September"] == "2026-09"


def test_last_month_name_and_prefixed_past_verbs() -> None:
    values = {f.text: f.to_dict()["value"] for f in extract_facts(
        "The drama swept the awards last October. The writer rewrote the finale in December, insiders say.",
        published="2026-11-20") if f.type == "date"}
    assert values == {"last October": "2025-10", "December": "2025-12"}
    values = {f.text: f.to_dict()["value"] for f in extract_facts("It aired last March.", published="2026-11-20")
              if f.type == "date"}
    assert values == {"last March": "2026-03"}


def test_timeline_lines_date_their_events() -> None:
    body = ("The story so far.\n\n2025: Season 1\n\nMarch 7: All ten episodes drop worldwide on Netflix.\n\n"
            "2026: The sequel\n\nFebruary 2: Cameras roll on Season 2 in Busan.\n\nAugust 30: Season 2 wraps.")
    found = [(f.type, f.to_dict()["date"]) for f in extract_facts(body, published="2026-10-01")
             if f.type in ("release", "production")]
    assert found == [("release", "2025-03-07"), ("production", "2026-02-02"), ("production", "2026-08-30")]


def test_more_release_and_credit_wordings() -> None:
    assert [(e["season"], e["date"]) for e in facts(
        "The streamer has promised Season 4 in the second half of this year.", "2027-01-20", "release")] \
        == [(4, "2027-H2")]
    assert [e["date"] for e in facts("The sequel comes out on March 3.", "2027-01-20", "release")] == ["2027-03-03"]
    assert facts("The truth came out in May.", "2027-01-20", "release") == []
    assert credits("Park Seo-jin, 41, still plays Dr. Han Yu-ri with relish.") == {
        ("Park Seo-jin", "actor", "Han Yu-ri")}
    assert ("Yoon Bo-ra", "actor", "Jang Mi-so") in credits(
        "Yoon Bo-ra’s flight nurse Jang Mi-so is the first character who argues back.")
    assert credits("Kim Min-jun’s manager Lee Ara said he was tired.") == set()
    assert ("Cho Hyun-woo", "director", None) in credits(
        "A trade paper reported that Cho Hyun-woo, who directed “Glass Harbor,” will helm the film.")


def test_elided_season_clause_breaks_and_serialized_works() -> None:
    assert [(e["season"], e["date"]) for e in facts(
        "The third season is streaming now, and the fourth is expected in the second half of 2027.",
        "2026-12-18", "release")] == [(4, "2027-H2")]
    found = facts("A Daily Ledger report about a fifth season lit up fan forums for a day, until the studio denied it.",
                  "2026-12-18", "renewal")
    assert ("reported", [5]) in [(e["status"], e["seasons"]) for e in found]
    text = ("Lim Ha-neul, a nurse who writes under a pen name, began serializing the web novel Night Ferry Clinic "
            "in 2018. A webtoon adaptation illustrated by Sol Gray followed.")
    assert works(text) == [("Night Ferry Clinic", "web_novel", "Lim Ha-neul"),
                           ("Night Ferry Clinic", "webtoon", "Sol Gray")]


def test_a_pronoun_plays_the_part_of_the_person_named_before() -> None:
    assert credits("Kim Ha-na came straight from the set of “Salt Lines,” the drama in which she plays Cha Eun-byul.") \
        == {("Kim Ha-na", "actor", "Cha Eun-byul")}
    assert credits("When Yoon Seo-ah heard she had landed the role of flight nurse Jang Mi-so, she cried.") \
        == {("Yoon Seo-ah", "actor", "Jang Mi-so")}
    assert credits("Lee Min-ho said she plays tennis every day.") == set()


def test_a_release_roundup_subheading_is_a_release() -> None:
    body = ("Here is everything new on Netflix this week.\n\nSalt Harbor, Season 3 (Thursday, May 14)\n\n"
            "All ten episodes arrive worldwide at once.\n\nQuiet Lanes (Friday, May 15)\n\n"
            "The romance airs on tvN in South Korea, with episodes landing on Netflix elsewhere an hour later.")
    found = [(e["season"], e["date"], e["platform"]) for e in facts(body, "2026-05-11", "release")
             if e["text"].endswith(")")]
    assert found == [(3, "2026-05-14", "Netflix"), (None, "2026-05-15", "tvN")]
    assert facts("Why we love it (Tuesday, May 12)", "2026-05-11", "release") == []  # no roundup around it


def test_a_present_release_verb_sets_the_tense() -> None:
    assert [e["date"] for e in facts("Season 4 lands on June 11, the studio confirmed last month.", "2027-02-08",
                                     "release")] == ["2027-06-11"]


def test_a_denial_of_the_report_takes_the_reported_seasons() -> None:
    text = ("Last May, a tabloid reported that the studio had met the author about a fifth season; the studio denied "
            "it within hours, saying its focus was on Seasons 3 and 4.")
    assert [(e["status"], e["seasons"]) for e in facts(text, "2027-01-20", "renewal")] == [
        ("reported", [5]), ("denied", [5])]


def test_a_prize_is_no_person_for_a_pronoun() -> None:
    assert credits("Noh Jae-won takes Best Actor for “Low Tide,” in which he plays the fisherman Gil Sang-ho.") == {
        ("Noh Jae-won", "actor", "Gil Sang-ho")}


def test_a_comeback_or_debut_as_a_named_part() -> None:
    assert ("Shin Ha-ra", "actor", "Oh Eun-chae") in credits(
        "Shin Ha-ra makes her rom-com comeback as Oh Eun-chae, a keeper’s daughter.")
    assert credits("Lee Ji-ho made a comeback as a singer in May.") == set()


def test_renewal_seasons_final_and_ordered_alongside() -> None:
    text = "Streamly renewed the heist drama Glass Harbor for a fifth and final season in March."
    assert [(e["status"], e["seasons"]) for e in facts(text, "2026-04-02", "renewal")] == [("confirmed", [5])]
    text = "The network ordered a third season at the same time as the second, the studio said."
    assert [e["seasons"] for e in facts(text, "2026-04-02", "renewal")] == [[2, 3]]


def test_seasons_already_made_and_people_passing_on_a_season_are_no_renewals() -> None:
    for text in ("A second source says the author has mapped out arcs that never made it into the first four "
                 "seasons of Glass Harbor.",
                 "The tabloid also claimed that the lead actor had turned down the third season of Glass Harbor.",
                 "Its report last spring that the second season of Glass Harbor would be split into two parts was "
                 "wrong.",
                 "“Season 2 of Glass Harbor will come out this year as planned,” the studio said."):
        assert facts(text, "2026-04-02", "renewal") == [], text


def test_a_platform_denial_after_a_report_clause_takes_its_seasons_and_not_its_voice() -> None:
    text = ("When a report surfaced in April suggesting talks about a sixth season of Glass Harbor, Netflix said "
            "that no such discussions had taken place.")
    found = [(e["status"], e["seasons"], e["source"]) for e in facts(text, "2026-05-02", "renewal")]
    assert found == [("reported", [6], None), ("denied", [6], "Netflix")]


def test_sources_say_is_claimed_as_of_the_article_and_never_after_it() -> None:
    text = ("Streamly is planning a winter 2027 launch for the third season of Glass Harbor, and sources say the "
            "streamer has opened early talks about a fourth outing.")
    [renewal] = facts(text, "2026-10-06", "renewal")
    assert (renewal["seasons"], renewal["status"], renewal["date"]) == ([4], "reported", "2026-10-06")


def test_a_clause_after_after_does_not_take_the_sentence_date() -> None:
    text = ("Streamly ordered Seasons 2 and 3 of Glass Harbor in May 2025, weeks after trade outlet Reel Ledger broke "
            "word of the double pickup.")
    found = [(e["status"], e["seasons"], e["date"], e["source"]) for e in facts(text, "2026-04-02", "renewal")]
    assert found == [("confirmed", [2, 3], "2025-05", "Streamly"), ("reported", [2, 3], None, "Reel Ledger")]


def test_an_ending_that_is_not_the_shoot_ends_no_filming() -> None:
    text = ("The back-and-forth ended on November 12, when the studio announced a second season, with filming set "
            "to begin in January.")
    assert [(e["phase"], e["event"], e["date"]) for e in facts(text, "2025-12-29", "production")] == [
        ("filming", "start", "2026-01")]


def test_release_seasons_negation_and_two_at_once() -> None:
    text = "Season 2 of Glass Harbor lands on May 8, so Season 3 won’t arrive this year."
    assert [(e["season"], e["date"]) for e in facts(text, "2026-04-02", "release")] == [(2, "2026-05-08")]
    text = ("Glass Harbor’s second season arrives on May 8, and the third and final season, which wrapped last "
            "month, is due next year.")
    assert [(e["season"], e["date"]) for e in facts(text, "2026-04-02", "release")] == [
        (2, "2026-05-08"), (3, "2027")]
    text = "A tabloid claimed that the second and third seasons of Glass Harbor would be released together in June."
    assert [(e["season"], e["date"]) for e in facts(text, "2026-04-02", "release")] == [
        (2, "2026-06"), (3, "2026-06")]
    text = "She shot the second and third seasons of Glass Harbor, and Season 2 is set to premiere on May 8."
    assert [(e["season"], e["date"]) for e in facts(text, "2026-04-02", "release")] == [(2, "2026-05-08")]


def test_another_titles_seasons_and_a_title_with_a_product_word() -> None:
    text = ("Streamers space out big seasons. “Dice Game” Season 2 arrived on December 26, 2024, while Season 3 "
            "followed on June 27, 2025.")
    assert [(e["season"], e["date"]) for e in facts(text, "2026-04-02", "release")] == [
        (2, "2024-12-26"), (3, "2025-06-27")]
    text = "A spokesperson would say only that the next installment of the drama would follow in 2027."
    assert [e["date"] for e in facts(text, "2026-04-02", "release")] == ["2027"]


def test_british_renewal_wordings() -> None:
    text = "ITV has recommissioned Fenmoor, its coastal detective drama, for a third series, the broadcaster said."
    assert [(e["status"], e["seasons"], e["source"]) for e in facts(text, "2026-06-04", "renewal")] == [
        ("confirmed", [3], "ITV")]
    text = ("There was less cheerful news at the BBC, which has axed its Cornish mystery The Lantern Quay after two "
            "series.")
    assert [e["status"] for e in facts(text, "2026-06-04", "renewal")] == ["cancelled"]
    text = "A trade paper reported that the corporation would not be recommissioning the show."
    assert [e["status"] for e in facts(text, "2026-06-04", "renewal")] == ["cancelled"]


def test_market_talk_renewals_and_opening_a_season() -> None:
    text = "Glass Harbor's studio said shares rose 4% in trading following the release on Tuesday of its results."
    assert facts(text, "2026-10-22", "release") == []
    text = "Glass Harbor's 21st season premiered on October 1, and the network renewed it for a 22nd in the spring."
    assert [(e["season"], e["date"]) for e in facts(text, "2026-11-20", "release")] == [(21, "2026-10-01")]
    text = "The medical series Glass Harbor will open its second season on Dec. 11, the streamer said."
    assert [(e["season"], e["date"]) for e in facts(text, "2026-09-04", "release")] == [(2, "2026-12-11")]


def test_supposed_renewals_budgets_and_subscribers_cancelling_are_none() -> None:
    for text in ("Asked whether he would return if Netflix ever ordered a fourth season of Glass Harbor, he paused.",
                 "A tabloid reported on Friday that the season 3 budget of Glass Harbor had climbed 15% above plan.",
                 "Sign-ups tied to a new series like Glass Harbor were a third more likely to cancel within months."):
        assert facts(text, "2026-11-02", "renewal") == [], text


def test_nods_and_races_are_nominations() -> None:
    text = ("Glass Harbor was nominated for Best Drama at the 9th Seaview Screen Awards on May 8. Its lead "
            "Ryu Ha-neul earned a nod for Best New Actor, and Oh Da-in is in the running for Best Screenplay.")
    found = facts(text, "2026-03-12", "award")
    assert [(e["category"], e["recipient"], e["result"]) for e in found] == [
        ("Best Drama", "Glass Harbor", "nominated"), ("Best New Actor", "Ryu Ha-neul", "nominated"),
        ("Best Screenplay", "Oh Da-in", "nominated")]


def test_a_chart_name_ends_before_its_week_and_a_country_owns_no_chart() -> None:
    text = ("Glass Harbor climbed to No. 2 on Netflix's global Top 10 for non-English TV shows in the week of "
            "March 2 to 8, 2026. It also placed fourth in South Korea's Brightline Data buzzworthy drama rankings.")
    found = facts(text, "2026-03-12", "ranking")
    assert [(e["rank"], e["chart"], e["provider"]) for e in found] == [
        (2, "Netflix's global Top 10 for non-English TV shows", "Netflix"),
        (4, "South Korea's Brightline Data buzzworthy drama rankings", "Brightline Data")]


def test_a_season_that_hits_the_platform_or_returns_for_a_numbered_season() -> None:
    text = "Netflix confirmed that Glass Harbor Season 2 is slated to hit the platform in the second half of 2026."
    assert [(e["season"], e["date"]) for e in facts(text, "2025-11-13", "release")] == [(2, "2026-H2")]
    text = "Glass Harbor returns for season 2 on Netflix on March 6."  # a tracked show's return
    found = [f.to_dict() for f in extract_facts(text, published="2025-11-13", shows=(_HARBOR,),
                                                about=(_HARBOR.slug,)) if f.type == "release"]
    assert [(e["season"], e["date"], e["platform"]) for e in found] == [(2, "2026-03-06", "Netflix")]


def test_a_renewal_yet_to_come_is_under_review_and_a_denied_cancellation_is_none() -> None:
    text = "Netflix has yet to officially renew Glass Harbor for a third season."
    found = facts(text, "2026-06-18", "renewal")
    assert [(e["seasons"], e["status"]) for e in found] == [([3], "under_review")]
    for text in ("Netflix has not cancelled Glass Harbor, a spokesperson stressed.",
                 "The network has no plans to cancel Glass Harbor after its second season."):
        assert facts(text, "2026-06-18", "renewal") == [], text


def test_an_inaccurate_report_is_denied_and_a_pencilled_in_shoot_starts() -> None:
    text = "“The report is not accurate,” a spokesperson for Netflix said of the Glass Harbor season 3 claims."
    assert [e["status"] for e in facts(text, "2026-12-29", "renewal")] == ["denied"]
    text = "Netflix has greenlit a third season of Glass Harbor, with filming pencilled in for next spring."
    assert [(e["phase"], e["event"], e["date"]) for e in facts(text, "2026-12-29", "production")] == [
        ("filming", "start", "2027-SP")]


def test_a_planned_shoot_needs_the_shoot_before_the_plan() -> None:
    text = "Filming on Glass Harbor season 3 is penciled in for next spring."
    assert [(e["event"], e["date"]) for e in facts(text, "2026-03-09", "production")] == [("start", "2027-SP")]
    text = "The two Glass Harbor seasons will be shot back to back, with Season 3 slated for early 2027."
    assert facts(text, "2026-03-09", "production") == []
    text = "Netflix renewed Glass Harbor in December, and the seasons have been filming back to back since last month."
    assert [(e["event"], e["date"]) for e in facts(text, "2026-03-09", "production")] == [("start", "2026-02")]


def test_finales_weekly_drops_and_eligible_series_are_no_releases() -> None:
    for text in ("Glass Harbor aired its second-season finale on Saturday.",
                 "Glass Harbor season 2 drops every Friday through January 8.",
                 "The prize honors series released on streaming platforms between July 2024 and June 2025."):
        assert facts(text, "2026-12-29", "release") == [], text
    text = "The acclaimed series Glass Harbor premiered on May 3."
    assert [e["date"] for e in facts(text, "2026-12-29", "release")] == ["2026-05-03"]


def test_nothing_official_and_not_officially_announced_are_under_review() -> None:
    for text in ("Backstage, the star said he had heard “nothing official” about a second season of Glass Harbor.",
                 "Glass Harbor Season 3 has not been officially announced."):
        assert [e["status"] for e in facts(text, "2026-12-29", "renewal")] == ["under_review"], text


def test_casting_offers_returns_of_people_delays_and_guides_claim_no_renewal() -> None:
    for text in ("“It is true that Ryu Ha-neul received the offer of Glass Harbor season 2 and is positively "
                 "reviewing it,” the agency said.",
                 "Ryu Ha-neul plays the lead. Hallyu Wire reported on Thursday that Ryu Ha-neul would not return for "
                 "Glass Harbor Season 3.",
                 "Claim 2: Glass Harbor Season 2 is slipping to 2027, a tabloid reported.",
                 "Netflix has confirmed that Glass Harbor Season 2 will arrive in the fourth quarter of this year.",
                 "Here is everything we know about Glass Harbor Season 3, including what is confirmed, what is "
                 "rumored and what Netflix has flatly denied."):
        assert tracked(text, "2026-08-21", "renewal") == [], text
    text = "Netflix renewed Glass Harbor for a third season in March, a spokesperson said."
    assert [e["status"] for e in tracked(text, "2026-08-21", "renewal")] == ["confirmed"]


def test_a_shoot_given_as_a_run_starts_and_ends() -> None:
    text = "Glass Harbor Season 2 was shot from March to August."
    assert [(e["event"], e["date"]) for e in tracked(text, "2026-10-29", "production")] == [
        ("start", "2026-03"), ("end", "2026-08")]


def test_a_release_calendars_entries_under_date_headings() -> None:
    text = ("Here is everything new on Netflix this month, sorted by release date.\n\nWednesday, January 1\n\n"
            "Frostline (Season 2) — The survival drama returns with its rescue crew snowed in.\n\n"
            "Paper Lanterns — A gentle family film about three sisters.\n\nFriday, January 24\n\n"
            "Glass Harbor (Season 1) — A surgeon saves a failing trauma center.\n\nDirected by Kang Tae-yun, it "
            "drops all at once.\n\nLate Checkout — A comedy about two strangers.\n\nComing later in January\n\n"
            "Hearth (Netflix Documentary) — A portrait of a fire station.")
    found = tracked(text, "2025-01-02", "release")
    assert [(e["text"], e["season"], e["date"], e["platform"], e["show"]) for e in found] == [
        ("Frostline", 2, "2025-01-01", "Netflix", None), ("Paper Lanterns", None, "2025-01-01", "Netflix", None),
        ("Glass Harbor", 1, "2025-01-24", "Netflix", "glass-harbor"),
        ("Late Checkout", None, "2025-01-24", "Netflix", None)]


def test_not_renewed_yet_is_under_review_and_will_not_be_renewed_is_cancelled() -> None:
    cases = {"Netflix has not renewed Glass Harbor for a third season.": "under_review",
             "Netflix has not yet confirmed a third season of Glass Harbor.": "under_review",
             "The network said Glass Harbor will not be renewed for a fourth season.": "cancelled",
             "Netflix, which renewed Glass Harbor for a second season in September, has not yet announced a "
             "premiere date.": "confirmed"}
    for text, status in cases.items():
        assert [e["status"] for e in tracked(text, "2026-10-29", "renewal")] == [status], text
