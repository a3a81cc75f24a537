"""Statement facts on wordings common in real news: reported speech with its attribution set
inside it, short quotations that run on, speakers described at length or by a camel-case brand,
datelines, and the quotations and nouns that must stay no statement. All sentences are invented."""

from __future__ import annotations

import pytest

from pipelines.facts.context import build_context
from pipelines.facts.model import StatementFact
from pipelines.facts.statements import find_statements


def statements(body: str) -> list[StatementFact]:
    ctx = build_context(body, published="2026-03-10", outlet="Reel Weekly")
    facts = find_statements(ctx, [])
    for fact in facts:
        assert body[fact.span[0]:fact.span[1]] == fact.text
    return facts


def quoted(body: str, words: str) -> StatementFact:
    """The one statement whose quote holds ``words``."""
    found = [f for f in statements(body) if words in f.quote]
    assert len(found) == 1, statements(body)
    return found[0]


# ---------------------------------------------------------------- attribution inside reported speech

def test_attribution_after_the_first_word_of_reported_speech() -> None:
    body = ("Arvid Lund, the critic, is unconvinced by the boom. Radio, he said, has always followed its "
            "listeners into the kitchen: soap operas in the 1950s and talk shows in the 1990s.")
    fact = quoted(body, "Radio has always followed")
    assert (fact.mode, fact.speaker, fact.speaker_text, fact.verb) == ("indirect", "Arvid Lund", "he", "said")
    assert fact.quote == ("Radio has always followed its listeners into the kitchen: soap operas in the 1950s "
                          "and talk shows in the 1990s")


def test_attribution_after_a_clause_in_the_present_tense() -> None:
    body = ("Mira Tanaka orders a second coffee. “I never sleep before a shoot,” she says. "
            "She first saw the script in 2021, she says, on a night train to the coast.")
    fact = quoted(body, "first saw the script")
    assert (fact.mode, fact.speaker, fact.verb) == ("indirect", "Mira Tanaka", "says")
    assert fact.quote == "She first saw the script in 2021 on a night train to the coast"


def test_a_name_set_inside_reported_speech() -> None:
    body = "The pilot, Oskar Fenn said on Monday, was rewritten three times before the network saw it."
    fact = quoted(body, "was rewritten")
    assert (fact.mode, fact.speaker, fact.verb) == ("indirect", "Oskar Fenn", "said")
    assert fact.quote == "The pilot was rewritten three times before the network saw it"


def test_an_inserted_attribution_with_the_verb_first() -> None:
    fact = quoted("Radio, says Arvid Lund, has always followed its listeners into the kitchen.", "Radio")
    assert (fact.mode, fact.speaker, fact.verb) == ("indirect", "Arvid Lund", "says")
    assert fact.quote == "Radio has always followed its listeners into the kitchen"


def test_a_trailing_attribution_with_an_appositive_is_not_read_as_inserted() -> None:
    body = "Prices will rise again next year, said Hana Ruel, a senior analyst at Corvo Research."
    assert [(f.quote, f.speaker) for f in statements(body)] == [("Prices will rise again next year", "Hana Ruel")]


def test_a_quotation_split_by_its_attribution_stays_one_direct_statement() -> None:
    facts = statements("“We are thrilled,” Lina Varo said, “and a little tired.”")
    assert [(f.mode, f.quote) for f in facts] == [("direct", "We are thrilled and a little tired.")]


def test_an_attribution_followed_by_a_clause_of_its_own_is_not_read_as_inserted() -> None:
    body = "The finale was shot in one night, Pia Lorne said, adding that the crew slept on the set."
    quotes = [f.quote for f in statements(body)]
    assert "The finale was shot in one night" in quotes
    assert not any("adding" in q for q in quotes)


# ---------------------------------------------------------------- short quotations that run on

def test_a_short_quotation_standing_alone_after_an_attributed_one() -> None:
    body = ("“We rehearse in the car park because the studio is booked,” Tomas Berg told the paper.\n\n"
            "“Nobody complains.”")
    fact = quoted(body, "Nobody complains")
    assert (fact.mode, fact.speaker, fact.verb) == ("direct", "Tomas Berg", "told")


def test_a_short_quotation_running_on_in_the_same_paragraph() -> None:
    body = "“We shot the storm scenes in July,” Ines Kald said. “Everyone froze.”"
    fact = quoted(body, "Everyone froze")
    assert (fact.mode, fact.speaker) == ("direct", "Ines Kald")


def test_a_short_title_after_an_attributed_quotation_is_no_statement() -> None:
    body = "“We shot the storm scenes in July,” Ines Kald said.\n\n“Salt Harbour”"
    assert [f.quote for f in statements(body)] == ["We shot the storm scenes in July"]


# ---------------------------------------------------------------- speakers described at length

def test_an_unnamed_speaker_with_a_long_relative_clause() -> None:
    body = ("The studio does not publish its costs, but a producer at the company’s Lisbon office, who asked "
            "not to be named because he was not cleared to speak, said each episode cost “well over” two "
            "million euros.")
    fact = quoted(body, "each episode cost")
    assert fact.mode == "indirect"
    assert fact.quote == "each episode cost “well over” two million euros"
    assert fact.speaker_text is not None and fact.speaker_text.startswith("a producer at the company’s Lisbon office")


def test_a_representative_of_a_camel_case_brand_speaks_for_it() -> None:
    body = ("Reports of a sequel were denied on Friday. “Nothing has been decided about a second season,” a "
            "kStage representative said.")
    fact = quoted(body, "Nothing has been decided")
    assert (fact.mode, fact.speaker, fact.verb) == ("direct", "kStage", "said")


def test_a_bare_spokesperson_speaks_for_the_organisation_just_named() -> None:
    body = "Harbor Pictures responded on Friday. “No decision has been made on a third season,” a spokesperson said."
    fact = quoted(body, "No decision")
    assert (fact.speaker, fact.speaker_text) == ("Harbor Pictures", "a spokesperson")


def test_reported_speech_with_a_bare_noun_subject() -> None:
    body = "Harbor Pictures confirmed the cast on Monday. A spokesperson said filming would start in spring."
    fact = quoted(body, "filming would start")
    assert (fact.mode, fact.speaker) == ("indirect", "Harbor Pictures")


def test_a_character_described_after_plays_is_not_the_pronouns_speaker() -> None:
    body = ("Her co-star Ahn Do-yun, who plays the town’s gruff harbour master Seok Min-jae, is more direct. "
            "“We shot twelve episodes while three were on air,” he told the magazine.")
    assert quoted(body, "twelve episodes").speaker == "Ahn Do-yun"


def test_a_pronoun_in_a_clause_of_the_subjects_sentence() -> None:
    body = "Orrin Vale was fined in May over a broadcast in which he said the vote had been rigged."
    fact = quoted(body, "the vote had been rigged")
    assert (fact.mode, fact.speaker) == ("indirect", "Orrin Vale")


def test_a_middle_initial_and_a_suffix_stay_in_the_name() -> None:
    body = ("Dale P. Ferris Jr., the festival’s director, opened the session. “The lineup is final,” Ferris "
            "said.")
    assert quoted(body, "lineup is final").speaker == "Dale P. Ferris Jr"


def test_a_surname_that_is_also_a_title() -> None:
    body = ("“Budgets doubled in five years,” says veteran analyst Nora Bishop. Streaming money, Bishop says, "
            "has changed what a drama can cost.")
    fact = quoted(body, "Streaming money has changed")
    assert (fact.speaker, fact.verb) == ("Nora Bishop", "says")


def test_a_double_barrelled_surname_and_a_hyphenated_title() -> None:
    body = ("The first witness was Vice-Admiral Tomas Okafor, who led the inquiry into Lena Varga-Moss. "
            "Varga-Moss said the inquiry had been unfair to her.\n\n"
            "“We found no evidence of fraud,” Okafor said.")
    facts = statements(body)
    assert [(f.speaker, f.speaker_text) for f in facts] == [("Lena Varga-Moss", "Varga-Moss"),
                                                            ("Tomas Okafor", "Okafor")]


def test_friends_close_to_someone_do_not_speak_for_them() -> None:
    body = "Ivo Rask has kept quiet, but friends close to the singer said he would return to touring next year."
    assert quoted(body, "return to touring").speaker == "friends close to the singer"


def test_a_role_of_a_country_is_not_another_holder_of_the_title() -> None:
    body = ("Foreign Secretary Alba Moreno met her counterpart on Monday. Chilean Foreign Secretary says talks "
            "were productive and will continue in May.")
    assert quoted(body, "talks were productive").speaker == "Chilean Foreign Secretary"


# ---------------------------------------------------------------- datelines and outlets

def test_a_dateline_is_never_the_speaker() -> None:
    body = ("LISBON, Portugal, March 3, 2026 /Wirely/ -- Velora Studios today unveiled the first poster for "
            "Low Tide, confirming that the film will open in June.\n\n"
            "A sequel will follow in the first half of 2027, the company said.")
    facts = statements(body)
    assert [(f.mode, f.speaker) for f in facts] == [("indirect", "Velora Studios"), ("indirect", "Velora Studios")]


def test_the_outlet_is_the_one_cited_before() -> None:
    body = ("According to Starline, the cast met for a first reading on Tuesday in Ilsan. "
            "Filming is set to begin in early May, the outlet added.")
    assert quoted(body, "Filming is set to begin").speaker == "Starline"


# ---------------------------------------------------------------- interviews, crowds and reviews

_INTERVIEW = ("Talia Brenn spent a winter on a fishing trawler for her new role.\n\n"
              "You trained with a real crew. What was that like?\n\n"
              "Brenn: Cold, mostly. The first storm I hid below deck and the skipper just laughed at me.\n\n"
              "How did Oren Vask treat you on set?\n\n"
              "Brenn: Like an older brother. He said in the first week that I would never beat him at cards.")


def test_an_interview_answer_after_its_question_is_the_named_persons_words() -> None:
    facts = statements(_INTERVIEW)
    answers = [f for f in facts if f.verb is None]
    assert [(f.mode, f.speaker, f.quote[:12]) for f in answers] == [
        ("direct", "Talia Brenn", "Cold, mostly"), ("direct", "Talia Brenn", "Like an olde")]


def test_reported_speech_inside_an_interview_answer_keeps_its_own_speaker() -> None:
    [fact] = [f for f in statements(_INTERVIEW) if "beat him at cards" in f.quote and f.verb]
    assert (fact.mode, fact.speaker, fact.verb) == ("indirect", "Oren Vask", "said")


def test_a_common_noun_speaker_inside_an_answer() -> None:
    body = ("Mara Quist joined the rescue team for a month.\n\nWhat surprised you?\n\n"
            "Quist: The noise. On the first flight I froze, and the pilot beside me said, “Breathe, "
            "you are fine.” I still hear that.")
    [fact] = [f for f in statements(body) if f.quote.startswith("Breathe")]
    assert (fact.mode, fact.speaker, fact.verb) == ("direct", "the pilot", "said")


def test_a_relative_clause_reporting_what_its_antecedent_did() -> None:
    body = ("Ines Varro praised the director and then the lighting crew, which she said had “fed everyone "
            "through every winter night on the hill.”")
    fact = quoted(body, "fed everyone")
    assert (fact.mode, fact.speaker, fact.verb) == ("indirect", "Ines Varro", "said")


def test_an_unnamed_member_of_a_crowd_is_named_as_written() -> None:
    body = ("Leon Adair greeted the crowd. “Thank you for waiting in the rain,” Adair said.\n\n"
            "“Worth every minute of the queue,” said one fan, a nurse from the suburbs. "
            "Another said she had queued “since before dawn.”")
    assert quoted(body, "Worth every minute").speaker == "one fan"
    assert quoted(body, "since before dawn").speaker == "Another"


def test_a_pronoun_goes_on_with_the_one_person_of_the_sentence_before() -> None:
    body = ("“It was a long year,” Ravi Lund said. “I missed my family.”\n\n"
            "The biggest cheer came when Paolo Serra was asked about a third film. He insisted that the studio "
            "had “never once raised” the idea.")
    assert quoted(body, "the studio").speaker == "Paolo Serra"


def test_a_woman_named_in_an_earlier_paragraph_does_not_take_her_pronoun() -> None:
    body = ("Ines Varro won the top prize, which she said had “changed everything.”\n\n"
            "Hana Sol praised her stunt team and said that she hoped to direct next. "
            "She added that she would take a break in the summer.")
    assert quoted(body, "take a break").speaker == "Hana Sol"


def test_the_role_of_a_character_is_no_speaker() -> None:
    body = ("Lina Moss, who took the role of ship's doctor Eda Ward after three auditions, laughs about the "
            "casting.\n\n“I missed my stop,” she says.")
    assert quoted(body, "missed my stop").speaker == "Lina Moss"


def test_a_sharp_reply_in_a_review() -> None:
    fact = quoted("“Not on my ward,” Captain Rhee snaps at a visiting inspector in the pilot.", "my ward")
    assert (fact.mode, fact.verb) == ("direct", "snaps")


def test_an_outlet_naming_something_by_four_words() -> None:
    body = "The Harbor Review called the last two chapters “a slow fade out,” while other critics were kinder."
    fact = quoted(body, "slow fade")
    assert (fact.mode, fact.speaker, fact.verb) == ("direct", "Harbor Review", "called")


def test_a_clock_time_does_not_cut_a_trailing_attribution() -> None:
    body = "All ten episodes went live at 4 p.m. Seoul time, Vela said, adding that a sequel is planned."
    facts = statements(body)
    assert [(f.verb, f.quote) for f in facts] == [("said", "All ten episodes went live at 4 p.m. Seoul time"),
                                                  ("adding", "a sequel is planned")]


# ---------------------------------------------------------------- no statement

@pytest.mark.parametrize("body", [
    # a noun after a verb: the spokesperson declined, and reported nothing
    "A spokesperson declined to confirm reports in the local press that the show has moved to March.",
    "The network dismissed claims that the finale had been recut.",
    # "said" as an adjective
    "The heroes reach the ruined city, only to find said city had troubles of its own.",
    # an indirect question, not reported content
    "The governor has not yet said whether he will sign the bill.",
    # a title in quotation marks
    "The second season of “Salt and Ember” opens in June on Vela.",
    # a scare-quoted word
    "The so-called “miracle” cure turned out to be a placebo.",
    # an attribution inside a line of dialogue quoted from a show
    "The trailer opens on a single line: “The tide, she said, never waits for anyone.”",
    # lines of dialogue from a show, a caption and a credit written as "Name: words"
    "The scene is short.\n\nMira: Are you coming with us?\n\nJonas: Not tonight, I have a shift at the dock.",
    "Why did the show end?\n\nPhoto: Courtesy of the network and its partners.",
    # a title followed by the report it comes from
    "Ana Voss will star in the heist comedy “Paper Lanterns,” according to a report by Star Page.",
    # a call that told her something: nobody is reported speaking
    "Nell Orr got a phone call telling her she had won the part while she was at a bus stop in the rain.",
    # a relative clause whose sentence goes back to its main clause
    "The report, which Kim says has been corrected since, cites two people close to the production.",
    # a pull quote standing alone, with nobody speaking before it
    "“The sea keeps every secret.”\n\nThe drama returns in June.",
])
def test_no_statement(body: str) -> None:
    assert statements(body) == []


def test_a_document_as_subject_speaks_for_its_issuer() -> None:
    body = ("Harbor Pictures issued a press release on Monday. Filming began on May 2, and the release says both "
            "seasons will be shot back to back.")
    [found] = statements(body)
    assert (found.speaker_text, found.speaker) == ("the release", "Harbor Pictures")


def test_the_director_is_the_person_the_article_shows_directing() -> None:
    body = ("Kang Tae-yun keeps a stopwatch on his desk. The success made Kang Tae-yun one of the most sought-after "
            "directors in the business. Writer Oh Min-seo praised him. “He shoots arguments like action scenes,” "
            "Oh Min-seo said. The director insists that his approach is mostly about restraint.")
    found = statements(body)
    assert [s.speaker for s in found if s.speaker_text == "The director"] == ["Kang Tae-yun"]
