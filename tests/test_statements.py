"""Statement facts: direct quotes in every style and attribution position, split and run-on
quotes, reported speech, and the quotations that are not statements (titles, scare quotes)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipelines.facts.context import build_context
from pipelines.facts.model import DateFact, StatementFact
from pipelines.facts.statements import find_statements


def statements(body: str, dates: list[DateFact] | None = None, outlet: str | None = "Reel Weekly"
               ) -> list[StatementFact]:
    ctx = build_context(body, published="2025-06-10", outlet=outlet)
    facts = find_statements(ctx, dates or [])
    for fact in facts:
        assert body[fact.span[0]:fact.span[1]] == fact.text
        assert fact.text in fact.sentence and fact.sentence in body
    return facts


def only(body: str) -> StatementFact:
    facts = statements(body)
    assert len(facts) == 1, facts
    return facts[0]


@pytest.mark.parametrize("body", [
    "“We are ready for the next chapter,” Tilde Solberg said.",
    "\"We are ready for the next chapter,\" Tilde Solberg said.",
    "«We are ready for the next chapter», Tilde Solberg said.",
    "‘We are ready for the next chapter,’ Tilde Solberg said.",
    "'We are ready for the next chapter,' Tilde Solberg said.",
])
def test_every_quotation_style_with_attribution_after(body: str) -> None:
    fact = only(body)
    assert (fact.mode, fact.speaker, fact.verb) == ("direct", "Tilde Solberg", "said")
    assert fact.quote == "We are ready for the next chapter"
    assert fact.text.startswith(body[0]) and fact.text.endswith(body[fact.span[1] - 1])


def test_attribution_after_with_inverted_verb() -> None:
    fact = only("“The set was freezing,” said Dario Venn, the film's cinematographer.")
    assert (fact.speaker, fact.speaker_text, fact.verb) == ("Dario Venn", "Dario Venn", "said")


@pytest.mark.parametrize("body", [
    "Dario Venn said, “The set was freezing.”",
    "Dario Venn said: “The set was freezing.”",
    "Dario Venn told reporters: “The set was freezing.”",
])
def test_attribution_before(body: str) -> None:
    fact = only(body)
    assert (fact.mode, fact.speaker, fact.quote) == ("direct", "Dario Venn", "The set was freezing.")


def test_attribution_before_across_an_appositive() -> None:
    fact = only("Lina Moravec, who plays the detective, said: “I trained for months.”")
    assert (fact.speaker, fact.verb) == ("Lina Moravec", "said")


def test_split_quote_is_one_statement_joined_by_a_space() -> None:
    fact = only("“We're thrilled,” Ona Pike said, “and grateful.”")
    assert fact.quote == "We're thrilled and grateful."
    assert fact.speaker == "Ona Pike"


def test_multi_sentence_quote_is_one_statement() -> None:
    fact = only("“I read every script twice. Then I read it again,” Ona Pike said on the podcast.")
    assert fact.quote == "I read every script twice. Then I read it again"


def test_nested_single_quotes_stay_inside() -> None:
    fact = only("“Fans kept writing ‘please come back,’ so we did,” Ona Pike said.")
    assert fact.quote == "Fans kept writing ‘please come back,’ so we did"


def test_run_on_quotation_keeps_the_speaker() -> None:
    facts = statements("“The ending surprised me,” Ona Pike said. “I cried at the table read.”")
    assert [f.quote for f in facts] == ["The ending surprised me", "I cried at the table read."]
    assert facts[1].speaker == "Ona Pike" and facts[1].verb == "said" and facts[1].speaker_text is None


def test_run_on_into_the_next_paragraph() -> None:
    body = "“We shot in the snow,” director Ivo Trent said.\n\n“Nobody complained once.”"
    facts = statements(body)
    assert [f.speaker for f in facts] == ["Ivo Trent", "Ivo Trent"]


@pytest.mark.parametrize(("verb", "sentence"), [
    ("said", "Rina Roe said that the band would tour in the fall."),
    ("confirmed", "Rina Roe confirmed that the band would tour in the fall."),
    ("denied", "Rina Roe denied that the band would tour in the fall."),
    ("revealed", "Rina Roe revealed that the band would tour in the fall."),
    ("noted", "Rina Roe noted that the band would tour in the fall."),
    ("announced", "Rina Roe announced on Friday that the band would tour in the fall."),
    ("suggested", "Rina Roe had suggested that the band would tour in the fall."),
    ("claimed", "Rina Roe claimed that the band would tour in the fall."),
    ("told", "Rina Roe told fans that the band would tour in the fall."),
    ("said", "Rina Roe said the band would tour in the fall."),
])
def test_reported_speech_verbs(verb: str, sentence: str) -> None:
    fact = only(sentence)
    assert (fact.mode, fact.speaker, fact.verb) == ("indirect", "Rina Roe", verb)
    assert fact.quote == "the band would tour in the fall"


def test_participle_takes_the_subject_of_its_clause() -> None:
    facts = statements("Brightlane Studios announced the sequel on Monday, explaining that the cast would return.")
    assert [(f.speaker, f.verb, f.quote) for f in facts] == [
        ("Brightlane Studios", "explaining", "the cast would return")]


def test_reported_clause_stops_before_a_second_report() -> None:
    facts = statements("Rina Roe said that the tour was sold out, adding that a second leg was planned.")
    assert [(f.verb, f.quote) for f in facts] == [("said", "the tour was sold out"),
                                                  ("adding", "a second leg was planned")]


def test_trailing_attribution_of_reported_speech() -> None:
    fact = only("The tour will resume in Busan after a short break, the agency said on Monday.")
    assert (fact.mode, fact.verb, fact.speaker_text) == ("indirect", "said", "the agency")
    assert fact.quote == "The tour will resume in Busan after a short break"


def test_said_with_a_noun_object_is_not_reported_speech() -> None:
    assert statements("Rina Roe said goodbye to the crew after the final take.") == []


@pytest.mark.parametrize("body", [
    "The drama “Winter Harbor” premiered on Sunday.",
    "Her hit song “Paper Moons” topped the chart.",
    "The new track, titled “Glass City,” drops next week.",
    "Critics called the finale a “masterpiece” in their reviews.",
    "The so-called “golden hour” matters most in trauma care.",
])
def test_titles_and_scare_quotes_are_not_statements(body: str) -> None:
    assert statements(body) == []


def test_quoted_words_inside_reported_speech_are_one_indirect_statement() -> None:
    fact = only("Rina Roe said she was “deeply honored” by the nomination.")
    assert fact.mode == "indirect" and fact.quote == "she was “deeply honored” by the nomination"


def test_statement_date_from_its_sentence_not_from_the_quote() -> None:
    body = "Vela Studios announced on Tuesday that its new film opens on May 2."
    tuesday = DateFact("Tuesday", (body.index("Tuesday"), body.index("Tuesday") + 7), body, "2025-06-10")
    may = DateFact("May 2", (body.index("May 2"), body.index("May 2") + 5), body, "2025-05-02")
    fact = statements(body, [tuesday, may])[0]
    assert fact.date == "2025-06-10"


def test_appositive_between_speaker_and_verb_after_the_quote() -> None:
    fact = only("“Rates will fall,” Jana Ruel, 45, a spokeswoman for the Harbor Institute, said on Monday.")
    assert (fact.speaker, fact.verb) == ("Jana Ruel", "said")


def test_gesture_between_speaker_and_verb() -> None:
    fact = only("Asked about the rumors, Kang Min-seo smiled and said, “I can't say anything yet.”")
    assert (fact.speaker, fact.verb) == ("Kang Min-seo", "said")


def test_relative_who_takes_the_person_before_it() -> None:
    facts = statements("“Rates are cooling,” said Jana Ruel, a spokeswoman for the Harbor Institute, who added that "
                       "prices may fall.")
    assert [(f.mode, f.speaker, f.verb) for f in facts] == [("direct", "Jana Ruel", "said"),
                                                            ("indirect", "Jana Ruel", "added")]


def test_according_to_after_a_quote() -> None:
    fact = only("“There is no timeline,” according to a statement from the ministry.")
    assert (fact.speaker_text, fact.verb) == ("the ministry", "according to")


@pytest.mark.parametrize("verb", ["asked", "shouted", "quipped", "countered", "added", "wrote", "insisted"])
def test_other_reporting_verbs_before_a_quote(verb: str) -> None:
    fact = only(f"Ivo Trent {verb}, “Is this the last take?”")
    assert (fact.speaker, fact.verb) == ("Ivo Trent", verb)


def test_infinitive_say_is_not_reported_speech() -> None:
    assert statements("It is safe to say the finale will divide fans.") == []


@pytest.mark.parametrize("body", [
    "It was even said that the sequel had been drafted.",
    "Kang Min-seo is said to be in talks for the lead.",
    "A June report that the show was cancelled turned out to be false.",
])
def test_passive_and_noun_uses_of_reporting_verbs_are_not_statements(body: str) -> None:
    assert statements(body) == []


def test_groups_of_people_speak() -> None:
    fact = only("Critics warned that the remake would disappoint longtime fans.")
    assert (fact.speaker, fact.verb) == ("Critics", "warned")


def test_report_nested_in_a_reported_clause_belongs_to_it() -> None:
    fact = only("Rina Roe added that some producers now deny that any deal existed.")
    assert fact.quote == "some producers now deny that any deal existed"


def test_reports_opening_a_sentence_are_not_a_speaker() -> None:
    assert statements("Reports suggest that the finale was rewritten twice.") == []


def test_a_new_subject_and_verb_end_the_reported_clause() -> None:
    facts = statements("After Harbor Daily reported that a follow-up was planned, Vela Studios said only that talks "
                       "were ongoing.")
    assert [(f.speaker, f.quote) for f in facts] == [("Harbor Daily", "a follow-up was planned"),
                                                     ("Vela Studios", "talks were ongoing")]


def test_inverted_pronoun_and_family_description() -> None:
    facts = statements("Tomas Reyes came home late. “Where were you?” cried his wife. “Out,” said he.")
    assert [(f.verb, f.speaker_text) for f in facts] == [("cried", "his wife"), ("said", "he")]
    assert facts[0].speaker == "Tomas Reyes's wife"


def test_open_quote_continued_in_the_next_paragraph_is_one_quotation_with_the_later_attribution() -> None:
    body = "“We lost the lease in the spring.\n\n“Then the lights went out,” Ona Pike went on."
    facts = statements(body)
    assert [(f.speaker, f.verb) for f in facts] == [("Ona Pike", "went on")]
    assert facts[0].quote == "We lost the lease in the spring. Then the lights went out"
    assert facts[0].text == body[:body.index(" Ona Pike")]


def test_reported_speech_inside_a_quotation_is_not_its_own_statement() -> None:
    fact = only("“My agent says that the role is mine,” Ona Pike said.")
    assert fact.mode == "direct"


def test_dates_inside_the_quote_do_not_date_the_statement() -> None:
    body = "“We open on May 2,” Ona Pike said."
    may = DateFact("May 2", (body.index("May 2"), body.index("May 2") + 5), body, "2025-05-02")
    assert statements(body, [may])[0].date is None


def test_name_after_an_inverted_description() -> None:
    fact = only("“We're proud of them,” said the head of Mint Tone Records, Bae Ho-jin.")
    assert (fact.speaker, fact.speaker_text) == ("Bae Ho-jin", "Bae Ho-jin")


def test_plural_group_with_a_quantifier() -> None:
    fact = only("Both agencies said that the two are “getting to know each other.”")
    assert fact.speaker_text == "Both agencies"


def test_according_to_before_a_quote() -> None:
    fact = only("According to Ivo Trent, “the second half is darker.”")
    assert (fact.speaker, fact.verb) == ("Ivo Trent", "according to")


def test_comma_outside_the_closing_mark() -> None:
    fact = only("“We start shooting in May”, Ivo Trent told reporters.")
    assert (fact.speaker, fact.verb, fact.quote) == ("Ivo Trent", "told", "We start shooting in May")


_PIECES = ["“", "”", "\"", "'", "‘", "’", "«", "»", " said ", " told ", " that ", "Ana Voss", " he ", "The agency",
           ", ", ". ", "\n\n", "according to ", "Harbor Daily", " reported ", "We won", " the show", ":", "?"]


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_spans_slice_the_body_for_any_text(pieces: list[str]) -> None:
    body = "".join(pieces)
    for fact in statements(body) if body.strip() else []:
        assert fact.quote and fact.mode in ("direct", "indirect")


def test_bare_weekday_after_said() -> None:
    fact = only("Vela Studios said Tuesday it would renew the show.")
    assert (fact.speaker, fact.quote) == ("Vela Studios", "it would renew the show")


@pytest.mark.parametrize("body", [
    "Some riders reported delays that lasted three hours.",
    "Which isn't to say that the finale was weak.",
    "It is worth noting that the figures are estimates.",
    "The show got its green light in 2019, with reports that Jun Harlow would return.",
])
def test_that_clauses_that_report_nobody(body: str) -> None:
    assert statements(body) == []


def test_speakers_with_an_age_or_an_acronym() -> None:
    assert only("The 56-year-old said that he was excited to join.").speaker_text == "The 56-year-old"
    fact = only("The Harbor Aviation Authority (HAA) said on Tuesday that flights were suspended.")
    assert fact.speaker == "Harbor Aviation Authority"


def test_participle_after_a_non_reporting_verb_takes_the_clause_subject() -> None:
    fact = only("Culture Minister Aram Delis defended the budget, saying the festival would pay for itself.")
    assert (fact.speaker, fact.verb) == ("Aram Delis", "saying")


def test_reported_speech_without_any_speaker_is_dropped() -> None:
    assert statements("The scarf had a red stripe that added a touch of warmth.") == []


def test_weak_verb_after_a_quote_needs_interrupted_speech() -> None:
    assert statements("Most voters say “honest” describes Ana Voss better.") == []
    assert only("“There is no timeline” according to a statement from the ministry.").verb == "according to"


def test_continuation_quote_keeps_the_speaker_and_the_verb() -> None:
    body = "“We shot in the rain for a week,” Mara Quist explained.\n\n“Nobody complained. Not once.”"
    facts = statements(body)
    assert [(f.speaker, f.verb) for f in facts] == [("Mara Quist", "explained"), ("Mara Quist", "explained")]
    assert facts[1].quote == "Nobody complained. Not once."


@pytest.mark.parametrize(("body", "quote", "speaker_text"), [
    ("A spokesperson said in June that “only season two is confirmed at this time.”",
     "“only season two is confirmed at this time.”", "A spokesperson"),
    ("Torvik Media said on Friday that \"the second season is in production.\"",
     "\"the second season is in production.\"", "Torvik Media"),
    ("Ines Mallory said the company is \"focused on getting season two right.\"",
     "the company is \"focused on getting season two right.\"", "Ines Mallory"),
    ("Actor Tomas Rell said he had “always wanted to play a villain the crowd adores.”",
     "he had “always wanted to play a villain the crowd adores.”", "Actor Tomas Rell"),
    ("Director Ana Voss said the fourth season would arrive “in the second half of 2028.”",
     "the fourth season would arrive “in the second half of 2028.”", "Director Ana Voss"),
    ("Ana Voss said she hoped the next season would be \"the one people fight about on the bus.\"",
     "she hoped the next season would be \"the one people fight about on the bus.\"", "Ana Voss"),
    ("The agency said it was “not on the schedule yet.”", "it was “not on the schedule yet.”", "The agency"),
    ("Tomas Rell said “the show is done for good.”", "“the show is done for good.”", "Tomas Rell"),
])
def test_quoted_words_closing_reported_speech_stay_one_indirect_statement(body: str, quote: str,
                                                                          speaker_text: str) -> None:
    fact = only(body)
    assert (fact.mode, fact.quote, fact.verb, fact.speaker_text) == ("indirect", quote, "said", speaker_text)
    assert fact.text == quote and body.endswith(fact.text)


def test_reported_speech_closing_in_quoted_words_is_dated_by_its_attribution() -> None:
    body = "A spokesperson said in June that “only season two is confirmed at this time.”"
    june = DateFact("June", (body.index("June"), body.index("June") + 4), body, "2025-06")
    assert [(f.mode, f.date) for f in statements(body, [june])] == [("indirect", "2025-06")]


@pytest.mark.parametrize(("body", "speaker", "verb", "quote"), [
    ("Ana Voss praised co-star Tomas Rell, whom she described as \"the most generous scene partner I have ever "
     "had.\"", "Ana Voss", "described", "the most generous scene partner I have ever had."),
    ("Ana Voss called Tomas Rell \"the hardest-working man on any set I know.\"", "Ana Voss", "called",
     "the hardest-working man on any set I know."),
    ("Tomas Rell won the top prize in May, a win he called “the strangest night of my whole life” on stage.",
     "Tomas Rell", "called", "the strangest night of my whole life"),
    ("Ana Voss, who called the shoot “the hardest month of my working life,” is back for season two.",
     "Ana Voss", "called", "the hardest month of my working life"),
    ("Director Ana Voss, 41, called the finale “a love letter to the whole crew.”", "Ana Voss", "called",
     "a love letter to the whole crew."),
])
def test_a_long_quotation_a_speaker_names_something_by_is_direct(body: str, speaker: str, verb: str,
                                                                  quote: str) -> None:
    fact = only(body)
    assert (fact.mode, fact.speaker, fact.verb, fact.quote) == ("direct", speaker, verb, quote)


def test_a_name_given_in_quotation_marks_inside_reported_speech_stays_in_it() -> None:
    fact = only("Ana Voss said she once called Tomas Rell \"the most patient man on any set I know.\"")
    assert (fact.mode, fact.verb, fact.quote) == (
        "indirect", "said", "she once called Tomas Rell \"the most patient man on any set I know.\"")


@pytest.mark.parametrize("body", [
    "Ana Voss called the script “brilliant” in a recent chat.",
    "Critics described the finale as “a bit much.”",
    "Ana Voss described her role in detail. “Nobody” was the word she used.",
    "The studio put out a guide last week called “How to survive a night shoot in winter.”",
])
def test_a_short_name_given_in_quotation_marks_is_no_statement(body: str) -> None:
    assert [f.verb for f in statements(body)] == []


def test_a_statement_stops_at_the_closing_quote_and_the_next_sentence_is_its_own() -> None:
    body = ("Ines Mallory runs the studio. Mallory said the company is \"focused on getting season two right.\" "
            "She added that the writers had started work.")
    facts = statements(body)
    assert [(f.mode, f.speaker, f.verb, f.quote) for f in facts] == [
        ("indirect", "Ines Mallory", "said", "the company is \"focused on getting season two right.\""),
        ("indirect", "Ines Mallory", "added", "the writers had started work"),
    ]


def test_korean_surname_alone_and_a_pronoun_after_it() -> None:
    body = "Park said the shoot was \"harder than anything we have done before.\" She added that it paid off."
    assert [(f.speaker, f.verb) for f in statements(body)] == [("Park", "said"), ("Park", "added")]


def test_a_verb_in_a_relative_clause_before_the_main_verb_reports_nothing() -> None:
    fact = only("Vantrell, who also wrote the pilot, said that she had pitched it for years.")
    assert (fact.verb, fact.quote) == ("said", "she had pitched it for years")


def test_several_quoted_phrases_in_reported_speech_stay_indirect() -> None:
    fact = only("Ana Voss said she “was far too green back then” and “the night shoots were a real grind.”")
    assert fact.mode == "indirect"


def test_a_quotation_shorter_than_the_words_before_it_stays_reported_speech() -> None:
    fact = only("Ana Voss said the other contenders for the nomination in the fall were “afraid to offend "
                "the party chair.”")
    assert fact.mode == "indirect"


def test_reported_clause_with_an_irregular_past_verb() -> None:
    fact = only("Kang Min-ji said the two became close during the shoot.")
    assert (fact.verb, fact.quote) == ("said", "the two became close during the shoot")


@pytest.mark.parametrize("name", ["Seo Ji-an", "Park Ha-an", "Lim Yu-a"])
def test_korean_given_names_ending_like_articles_are_not_determiners(name: str) -> None:
    fact = only(f"In a recent interview, {name} revealed that she had auditioned three times.")
    assert (fact.speaker, fact.verb) == (name, "revealed")


def test_a_long_phrase_between_the_verb_and_that() -> None:
    fact = only("Oh Min-seo said in a statement released through her agency, Pine Hill, that she was resting.")
    assert (fact.speaker, fact.verb, fact.quote) == ("Oh Min-seo", "said", "she was resting")


def test_capitalised_words_are_not_verbs_and_long_named_phrases_are_not_listeners() -> None:
    assert statements("Tourists from the Gulf States that arrived in May were counted.") == []
    fact = only("Ivo Trent said Harbor Films is developing a new series that should air soon.")
    assert fact.quote == "Harbor Films is developing a new series that should air soon"


@pytest.mark.parametrize(("body", "verb"), [
    ("On the show, Han Ye-seul confessed, “I was scared of the camera at first.”", "confessed"),
    ("Han Ye-seul thanked fans: “You made this possible.”", "thanked"),
    ("Han Ye-seul pledged that the sequel would be worth the wait.", "pledged"),
    ("Han Ye-seul opened up about the role, saying that she had doubted herself.", "saying"),
])
def test_more_reporting_verbs(body: str, verb: str) -> None:
    fact = only(body)
    assert (fact.speaker, fact.verb) == ("Han Ye-seul", verb)


def test_a_quotation_after_reported_speech_continues_it() -> None:
    body = "Mara Quist said that the rain never stopped.\n\n“Nobody complained, not even once.”"
    facts = statements(body)
    assert [(f.mode, f.speaker, f.verb, f.speaker_text) for f in facts] == [
        ("indirect", "Mara Quist", "said", "Mara Quist"), ("direct", "Mara Quist", "said", None)]
    assert statements("Vela Studios said that filming had wrapped. “Moonlit Harbor” premieres in May.")[1:] == []


@pytest.mark.parametrize(("body", "quote", "speaker_text", "verb"), [
    ("Filming will move to Busan from March 3 to 9 for the climactic chase, the production team said, and the cast "
     "will then return to Seoul.", "Filming will move to Busan from March 3 to 9 for the climactic chase",
     "the production team", "said"),
    ("The finale will air on March 8 after a one-week break, the broadcaster said.",
     "The finale will air on March 8 after a one-week break", "the broadcaster", "said"),
    ("The set was rebuilt twice over the winter, Tomas Rell noted, but nobody outside the crew knew.",
     "The set was rebuilt twice over the winter", "Tomas Rell", "noted"),
    ("The cast will reunite in Busan for a week of night shoots, the production team told reporters, and the crew "
     "is already there.", "The cast will reunite in Busan for a week of night shoots", "the production team", "told"),
    ("Harbor TV has renewed its thriller Lantern Road for a third season, the broadcaster announced on Monday.",
     "Harbor TV has renewed its thriller Lantern Road for a third season", "the broadcaster", "announced"),
    ("Season two is expected to premiere in early 2027, a source close to the production told Stagebeat, though "
     "no date is set.", "Season two is expected to premiere in early 2027", "a source close to the production",
     "told"),
])
def test_an_attribution_after_a_long_clause_reports_the_clause(body: str, quote: str, speaker_text: str,
                                                               verb: str) -> None:
    fact = only(body)
    assert (fact.mode, fact.quote, fact.speaker_text, fact.verb) == ("indirect", quote, speaker_text, verb)


def test_a_quotation_opening_with_a_stray_space_is_still_a_quotation() -> None:
    fact = only("“ Money is tight,” said Ivo Brandt, who runs a small studio in Busan.")
    assert (fact.mode, fact.speaker, fact.quote) == ("direct", "Ivo Brandt", "Money is tight")


def test_an_attribution_after_a_long_clause_and_a_participle_after_it_are_two_statements() -> None:
    facts = statements("Filming will move to Busan from March 3 to 9, the production team said, adding that the cast "
                       "would return to Seoul afterwards.")
    assert [(f.speaker, f.verb, f.quote) for f in facts] == [
        ("the production team", "said", "Filming will move to Busan from March 3 to 9"),
        ("the production team", "adding", "the cast would return to Seoul afterwards")]


def test_a_participle_after_a_quotation_closing_on_its_comma_starts_a_new_statement() -> None:
    facts = statements("Ana Voss told Gentry that the shoot was “hard but worth every minute,” adding that she "
                       "would return.")
    assert [(f.verb, f.quote) for f in facts] == [("told", "the shoot was “hard but worth every minute,”"),
                                                  ("adding", "she would return")]


def test_a_quotation_a_colon_introduces_after_reported_words_is_direct() -> None:
    fact = only("Ana Voss told the cast, who had gathered in a hall that was far too small for the crowd of fans "
                "and reporters waiting outside in the rain since dawn, what she would change about the finale: “The "
                "last scene would be much quieter.”")
    assert (fact.mode, fact.speaker, fact.verb, fact.quote) == (
        "direct", "Ana Voss", "told", "The last scene would be much quieter.")


def test_reported_words_before_a_colon_and_the_quotation_after_it_are_two_statements() -> None:
    facts = statements("Ana Voss said the schedule is unrealistic: “Nobody can shoot eight episodes in a month.”")
    assert [(f.mode, f.verb, f.quote) for f in facts] == [
        ("indirect", "said", "the schedule is unrealistic"),
        ("direct", "said", "Nobody can shoot eight episodes in a month.")]


def test_a_pronoun_is_never_read_inside_a_word() -> None:
    """"denied the report, saying": the subject is the one who denied, not "he" inside "the"."""
    fact = only("Wavve denied the report, saying that nothing had been decided.")
    assert (fact.speaker, fact.quote) == ("Wavve", "nothing had been decided")


def test_an_agency_is_never_a_studio_named_before() -> None:
    body = ("Harbor Pictures' Min Jae-ho produces the series. A spokesperson for the agency told reporters "
            "that Ryu was thrilled to join.")
    assert only(body).speaker == "A spokesperson for the agency"
    body = ("Ryu joins the cast, according to Pine Hill Entertainment. A spokesperson for the agency told "
            "reporters that Ryu was thrilled to join.")
    assert only(body).speaker == "Pine Hill Entertainment"


def test_the_author_is_whoever_the_article_credits_with_the_work() -> None:
    body = ("The drama adapts Moonbyeol’s web novel Night Ward. Director Kang Tae-yun kept its ending. "
            "At a book signing in August, the author told fans that the drama had barely begun the story.")
    assert only(body).speaker == "Moonbyeol"


def test_reports_after_a_preposition_are_a_noun() -> None:
    body = "The studio waited, after weeks of near-identical reports that it publicly called premature."
    assert statements(body) == []


@pytest.mark.parametrize("body", [
    "The studio denied that the same day.",
    "The director hinted at that direction during a panel in Busan in 2025.",
    "Screenwriter Ana Moss, who previously wrote the hospital comedy Night Saints in 2022, joined the team.",
    "Baek watches the whole thing from the doorway and says nothing, which is somehow worse than yelling.",
])
def test_no_words_reported(body: str) -> None:
    assert statements(body) == []


@pytest.mark.parametrize(("body", "speaker", "quote"), [
    ("Ryu Jin-ho, who returns as surgeon Baek Do-yun, said the new season asks what happens when he fails.",
     "Ryu Jin-ho", "the new season asks what happens when he fails"),
    ("Ryu told the film magazine Frame & Focus in an interview published yesterday that strangers now stop him.",
     "Ryu", "strangers now stop him"),
    ("The studio confirmed two months ago that the show will return for a third season.",
     "The studio", "the show will return for a third season"),
    ("Analyst Mariam Cho said she expects spending to top $1 billion in 2026.",
     "Mariam Cho", "she expects spending to top $1 billion in 2026"),
])
def test_clauses_with_present_verbs_and_long_gaps_before_that(body: str, speaker: str, quote: str) -> None:
    fact = only(body)
    assert (fact.speaker_text if speaker == "The studio" else fact.speaker, fact.quote) == (speaker, quote)
