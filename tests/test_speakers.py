"""Speaker resolution: fullest names, pronouns, descriptions of organisations and people,
possessive descriptions (``his agency``), and mentions the resolver must not pick."""

from __future__ import annotations

import pytest

from pipelines.context import Show
from pipelines.facts.context import build_context
from pipelines.facts.speech.mentions import classify, find_mentions
from pipelines.facts.statements import find_statements


def speakers(body: str) -> list[tuple[str | None, str | None]]:
    ctx = build_context(body, published="2025-06-10", outlet="Reel Weekly")
    return [(f.speaker, f.speaker_text) for f in find_statements(ctx, [])]


def test_surname_resolves_to_the_full_name_named_before() -> None:
    body = "Pianist Noor Vasquez-Hale joined the cast.\n\n“It feels like home,” Vasquez-Hale said."
    assert speakers("Noor Halloway joined the cast. “It feels like home,” Halloway said.") == [
        ("Noor Halloway", "Halloway")]
    assert speakers(body)[0][1] == "Vasquez-Hale"


def test_korean_surname_resolves_to_the_nearest_full_name() -> None:
    body = ("The series stars Yoon Seo-jin and Park Tae-min. Yoon plays a pilot.\n\n"
            "“I was scared of heights,” Yoon said.")
    assert speakers(body) == [("Yoon Seo-jin", "Yoon")]


def test_pronoun_takes_the_last_speaker() -> None:
    body = ("Director Ivo Trent said the shoot ran long. Actress Mina Cole joined in March.\n\n"
            "“We never stopped laughing,” he said.")
    assert speakers(body)[-1] == ("Ivo Trent", "he")


def test_pronoun_without_a_speaker_takes_the_nearest_person() -> None:
    body = "Comedian Rafe Oduya will host the gala. He said that the script was still being written."
    assert speakers(body) == [("Rafe Oduya", "He")]


def test_streaming_company_resolves_to_the_platform() -> None:
    body = ("The show premiered on Netflix in March. The streaming company said that a follow-up was being "
            "discussed.")
    assert speakers(body) == [("Netflix", "The streaming company")]


def test_it_and_the_company_resolve_to_the_last_organisation_that_spoke() -> None:
    body = ("Vela Studios said on Monday that filming had wrapped. It added that editing would take a year. "
            "“We are proud of the team,” the company said.")
    assert [s for s, _ in speakers(body)] == ["Vela Studios"] * 3


def test_possessive_description_names_its_owner() -> None:
    body = ("Actor Jun Harlow is in talks to join the film. His agency said that nothing was final. "
            "The agency noted that talks were friendly.")
    assert speakers(body) == [("Jun Harlow's agency", "His agency"), ("Jun Harlow's agency", "The agency")]


def test_role_description_resolves_to_the_person_with_that_role() -> None:
    body = ("The film is directed by newcomer Sela Quint, and director Sela Quint also wrote it. Critics adored it."
            "\n\n“I wanted it to feel handmade,” the director said.")
    assert speakers(body) == [("Sela Quint", "the director")]


def test_spokesperson_of_a_named_organisation_is_the_organisation() -> None:
    assert speakers("“No decision has been made,” a Brightlane spokesperson told reporters.") == [
        ("Brightlane", "a Brightlane spokesperson")]


def test_indefinite_description_stays_as_written() -> None:
    assert speakers("A studio source told reporters that the shoot would move to Jeju.") == [
        ("A studio source", "A studio source")]


def test_character_names_are_not_antecedents() -> None:
    mentions = find_mentions("Mina Cole stars as Captain Arlo Penn in the series.")
    assert [(m.text, m.kind) for m in mentions if m.text == "Mina Cole"] == [("Mina Cole", "person")]
    assert all(m.kind != "person" for m in mentions if "Penn" in m.text)


def test_classify_names() -> None:
    assert classify("Kim Do-hyun") == "person"
    assert classify("Orbit Studios") == "org"
    assert classify("Seoul Arts Awards") == "other"
    assert classify("Daily Beacon News") == "org"


def test_name_after_a_possessive_description_is_the_speaker() -> None:
    assert speakers("“We rebuilt everything,” the hotel’s general manager Tarek Vold says.") == [
        ("Tarek Vold", "the hotel’s general manager Tarek Vold")]


def test_participle_after_an_appositive_subject() -> None:
    body = "In 2019, one of the founders, Lio Marren, filed a complaint saying the label had withheld royalties."
    assert speakers(body) == [("Lio Marren", "Lio Marren")]


def test_unnamed_role_description_switches_to_the_other_speaker() -> None:
    body = ("On the late-night show, Rob Kellan asked about the coat. “Did you keep it?” Kellan said. "
            "“I wore it four times,” Aniela Dorn replied. “Isn't that against the rules?” the host quipped.")
    assert [s for s, _ in speakers(body)] == ["Rob Kellan", "Aniela Dorn", "Rob Kellan"]


def test_titles_in_passing_are_not_antecedents() -> None:
    body = ("“I miss the traffic,” Teo Harrow says of making Blue Blue Road. Critics loved Blue Blue Road. "
            "“It was a rite of passage,” he says.")
    assert [s for s, _ in speakers(body)] == ["Teo Harrow", "Teo Harrow"]


def test_shared_surname_resolved_by_the_role_used_next() -> None:
    body = ("Director Han Seo-jun will return. The novel was written by author Han Mi-rae.\n\n"
            "Han said that the sequel would be darker. “It is a different show now,” the director said.")
    assert speakers(body) == [("Han Seo-jun", "Han"), ("Han Seo-jun", "the director")]


def test_named_owner_of_an_agency() -> None:
    body = "Actor Yoo Ji-ran has a new film. “He is resting,” Yoo’s agency said."
    assert speakers(body) == [("Yoo Ji-ran's agency", "Yoo’s agency")]


def test_groups_roles_of_places_and_the_writer_stay_as_written() -> None:
    assert speakers("Harbor observers say that the base is vital.") == [("Harbor observers", "Harbor observers")]
    assert speakers("Nauru’s ambassador warned that talks had stalled.") == [
        ("Nauru’s ambassador", "Nauru’s ambassador")]
    assert speakers("Ana Voss joined in May. I believe that the move was smart.") == [("I", "I")]


def test_appositive_name_after_a_description_is_the_speaker() -> None:
    body = ("The drama's agency, Spring Lane Entertainment, said in a statement released Thursday that the actor will "
            "rest. The agency noted that filming would resume in May.")
    assert speakers(body) == [("Spring Lane Entertainment", "The drama's agency, Spring Lane Entertainment"),
                              ("Spring Lane Entertainment", "The agency")]


def test_appositive_name_after_a_description_with_a_quote() -> None:
    assert speakers("“He needs rest,” the actor’s agency, Brightmoor, said.") == [
        ("Brightmoor", "the actor’s agency, Brightmoor")]
    assert speakers("The band's label, Koru Records, said: “The tour goes on.”") == [
        ("Koru Records", "The band's label, Koru Records")]
    assert speakers("“The lines were long,” said one staffer, Noa Brandt.") == [("Noa Brandt", "Noa Brandt")]


def test_an_owner_nobody_stands_for_leaves_the_description_whole() -> None:
    assert speakers("The drama's agency said that the actor will rest.") == [
        ("The drama's agency", "The drama's agency")]


def test_korean_surname_is_the_first_word_and_a_western_one_the_last() -> None:
    body = ("The film follows a lighthouse keeper, played by Seo Ji-an, and a sailor, played by Amir Haddad.\n\n"
            "“I was scared of the sea,” Seo said. “I learned to sail,” Haddad said.")
    assert speakers(body) == [("Seo Ji-an", "Seo"), ("Amir Haddad", "Haddad")]


def test_given_name_of_a_korean_name_is_not_its_surname() -> None:
    body = "Director Han Yu-ri cast Yu Da-som and Lee Han-sol. “We argued daily,” Han said."
    assert speakers(body) == [("Han Yu-ri", "Han")]


def test_actor_after_played_by_is_a_person_not_a_character() -> None:
    mentions = find_mentions("The captain is played by Oren Vale in the film.")
    assert [(m.text, m.kind) for m in mentions if m.text == "Oren Vale"] == [("Oren Vale", "person")]


def test_a_representative_for_a_described_person_speaks_for_that_person() -> None:
    body = "Actor Jun Harlow was hospitalised. A representative for the actor told reporters that he was resting."
    assert speakers(body) == [("Jun Harlow", "A representative for the actor")]
    assert speakers("A representative for the actor said that he was resting.") == [
        ("A representative for the actor", "A representative for the actor")]


def test_owned_description_with_the_name_beside_it() -> None:
    body = "Kwon Tae-yang's agency, Silverline Entertainment, said on Monday, “He is reviewing the offer.”"
    assert speakers(body) == [("Silverline Entertainment", "Kwon Tae-yang's agency, Silverline Entertainment")]


def test_description_then_name_after_a_quote() -> None:
    body = "“We're thrilled,” the studio's head of drama, Petra Lindqvist, said in a statement."
    assert speakers(body) == [("Petra Lindqvist", "the studio's head of drama, Petra Lindqvist")]


def test_a_company_described_by_its_size_speaks() -> None:
    body = "The streaming giant said on Friday that the show had topped its chart. “We are thrilled,” the company said."
    assert speakers(body) == [("The streaming giant", "The streaming giant"), ("The streaming giant", "the company")]


def test_description_and_name_after_a_possessive() -> None:
    body = "“The wait is long,” the company’s CEO, Abdel Jarrah, told reporters."
    assert speakers(body) == [("Abdel Jarrah", "the company’s CEO, Abdel Jarrah")]
    body = "“He is a terrific guy,” his neighbor in both Maine and New Mexico, Don Castell, said."
    assert speakers(body)[0][0] == "Don Castell"


def test_an_age_description_is_the_person_just_named() -> None:
    body = "Byun Woo-jin rose to fame last year. The 33-year-old said that he was still adjusting."
    assert speakers(body) == [("Byun Woo-jin", "The 33-year-old")]


def test_an_age_description_prefers_the_person_who_opened_a_sentence() -> None:
    body = ("Tomas Brecht signed a three-year deal with Harbor United. The 56-year-old said that the squad "
            "excites him.")
    assert speakers(body) == [("Tomas Brecht", "The 56-year-old")]


def test_descriptions_resolve_to_the_organisation_of_their_kind() -> None:
    assert speakers("The drama airs on JTBC. The broadcaster said that the finale would be extended.") == [
        ("JTBC", "The broadcaster")]
    assert speakers("The series is produced by Studio Lumen. The studio said that filming had wrapped.") == [
        ("Studio Lumen", "The studio")]
    body = "The film was made by Harbor Pictures and distributed by Netflix. “We are proud,” the studio said."
    assert speakers(body) == [("Harbor Pictures", "the studio")]


def test_a_statement_speaks_for_whoever_issued_it() -> None:
    body = ("Blue Door Entertainment released a statement on Friday. “We ask fans to refrain from spreading "
            "rumors,” the statement read.")
    assert speakers(body) == [("Blue Door Entertainment", "the statement")]
    body = "Actor Yoo Ji-ran is resting. His agency's statement read: “The actor is resting at home.”"
    assert speakers(body) == [("Yoo Ji-ran's agency", "His agency's statement")]


def test_a_name_after_an_organisation_word_is_an_organisation() -> None:
    mentions = find_mentions("She signed with her agency, Pine Hill, last year.")
    assert [(m.text, m.kind) for m in mentions if m.text == "Pine Hill"] == [("Pine Hill", "org")]


def test_a_pronoun_skips_a_speaker_the_text_genders_otherwise() -> None:
    body = ("Director Amir Haddad and actress Seo Ji-an attended the event. Haddad said that the shoot was long. "
            "She said that she enjoyed it.")
    assert speakers(body) == [("Amir Haddad", "Haddad"), ("Seo Ji-an", "She")]
    body = ("Actress Vera Ostrova joined the cast. “It was hard,” she said. Actor Tomas Berg said that he "
            "cried. “We became friends,” she added.")
    assert [s for s, _ in speakers(body)] == ["Vera Ostrova", "Tomas Berg", "Vera Ostrova"]


def test_people_speaking_for_a_described_organisation_and_sources_close_to_it() -> None:
    assert speakers("The drama airs on JTBC. Officials at the network said that a special would air.") == [
        ("JTBC", "Officials at the network")]
    assert speakers("Sources close to the production said that filming had stopped.") == [
        ("Sources close to the production", "Sources close to the production")]
    assert speakers("Staff at the studio say the set will become an exhibition.") == [
        ("Staff at the studio", "Staff at the studio")]


@pytest.mark.parametrize(("body", "expected"), [
    ("Vela Streaming renewed the drama. Filming will resume in Busan on March 3, the production team said.",
     [("the production team", "the production team")]),
    ("Harbor Pictures is producing the show. Filming will resume in Busan on March 3, the production team said.",
     [("Harbor Pictures", "the production team")]),
])
def test_a_production_team_is_the_production_company_or_stays_as_written(
        body: str, expected: list[tuple[str, str]]) -> None:
    assert speakers(body) == expected


def test_a_tracked_show_title_is_never_the_person_a_description_stands_for() -> None:
    body = ("Tomas Rell returns in Quiet Harbor this spring. In a new interview, the actor said he had missed the "
            "set.")
    show = Show("quiet-harbor", "Quiet Harbor")
    ctx = build_context(body, published="2025-06-10", outlet="Reel Weekly", shows=(show,))
    assert [(f.speaker, f.speaker_text) for f in find_statements(ctx, [])] == [("Tomas Rell", "the actor")]
    assert speakers("Tomas Rell stars in Harbor Nights. The actor said that he had missed the set.") == [
        ("Tomas Rell", "The actor")]


@pytest.mark.parametrize(("body", "expected"), [
    ("The novel ran on Quillo for years. The platform said that a sequel was coming.", "Quillo"),
    ("The webtoon ran on Inkline Webtoon until 2024. The platform said that a sequel was coming.", "Inkline Webtoon"),
    ("The show premiered on Disney+ on Friday. The streamer said that a sequel was coming.", "Disney+"),
    ("The show premiered on Friday. The streamer said that a sequel was coming.", "The streamer"),
])
def test_the_platform_is_the_one_named_or_described_before(body: str, expected: str) -> None:
    assert speakers(body)[0][0] == expected
