"""Sentence splitting over news prose; every sentence slices the body exactly."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipelines.facts.sentences import split_sentences


def texts(body: str) -> list[str]:
    return [s.text for s in split_sentences(body)]


def test_plain_sentences() -> None:
    assert texts("The show returns. Fans cheered! Will it last? Nobody knows.") == [
        "The show returns.",
        "Fans cheered!",
        "Will it last?",
        "Nobody knows.",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Dr. Seo Min-jae met Mr. Park and Mrs. Lim on Jan. 24 near St. Mary's.",
        "The series ranked No. 1 in the U.S. as well as No. 3 in Canada.",
        "The novel by J. K. Harlow sold well.",
        "Prof. Yoon Da-eun and Sen. Ortiz spoke at 10 a.m. ET on Monday.",
    ],
)
def test_abbreviations_and_initials_do_not_split(sentence: str) -> None:
    assert texts(sentence + " The next sentence starts here.") == [sentence, "The next sentence starts here."]


def test_acronym_at_sentence_end_splits_before_a_common_opener() -> None:
    assert texts("The drama is big in the U.S. The sequel is bigger.") == [
        "The drama is big in the U.S.",
        "The sequel is bigger.",
    ]


def test_company_suffix_ends_a_sentence_before_a_common_opener() -> None:
    assert texts("The show is made by Lantern Pictures Inc. The studio is new.") == [
        "The show is made by Lantern Pictures Inc.",
        "The studio is new.",
    ]
    assert texts("Lantern Pictures Inc. Chairman Ahn spoke.") == ["Lantern Pictures Inc. Chairman Ahn spoke."]


def test_hyphenated_name_at_sentence_end() -> None:
    assert texts("The lead is Joo Min-hyuk. He starts in May.") == ["The lead is Joo Min-hyuk.", "He starts in May."]


def test_quotation_spanning_sentences_stays_whole() -> None:
    body = "The director said, “We are done. We start again soon.” The crew left."
    assert texts(body) == ["The director said, “We are done. We start again soon.”", "The crew left."]


def test_quote_ending_with_attribution_is_one_sentence() -> None:
    assert texts('"We\'re done," she said. Then she left.') == ['"We\'re done," she said.', "Then she left."]
    quoted = "“We’re done!” Han Ji-woo said."
    assert texts(quoted + " Then she left.") == [quoted, "Then she left."]


def test_paragraph_breaks_and_headings_split() -> None:
    body = "Season two confirmed\n\nThe studio agreed. Filming starts soon\nCast list\n- Kim as the doctor"
    assert texts(body) == [
        "Season two confirmed",
        "The studio agreed.",
        "Filming starts soon",
        "Cast list",
        "- Kim as the doctor",
    ]


def test_hard_wrapped_lines_join_but_blank_lines_split() -> None:
    body = "The studio said the\nsequel starts in May, and\nit ends in June.\n\nnew paragraph here."
    assert texts(body) == ["The studio said the\nsequel starts in May, and\nit ends in June.", "new paragraph here."]


def test_numbered_list_item_stays_whole() -> None:
    assert texts("Our picks\n1. Moonlit Ward returns. It is great.\n2. Salt Harbor") == [
        "Our picks",
        "1. Moonlit Ward returns.",
        "It is great.",
        "2. Salt Harbor",
    ]


def test_lowercase_after_dot_does_not_split() -> None:
    assert texts("It airs at 8 p.m. on Fridays. Fans wait.") == ["It airs at 8 p.m. on Fridays.", "Fans wait."]


def test_time_abbreviation_ends_a_sentence_before_a_new_one() -> None:
    assert texts("It airs at 8 p.m. Fans wait.") == ["It airs at 8 p.m.", "Fans wait."]


@given(st.text(alphabet=st.sampled_from(list("ab .!?\n“”\"'AZ19")), max_size=80))
def test_sentences_slice_the_body(body: str) -> None:
    previous_end = 0
    for sentence in split_sentences(body):
        assert body[sentence.start : sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip() and sentence.text
        assert sentence.start >= previous_end
        previous_end = sentence.end


def test_quotation_closing_a_sentence_mid_way_is_not_credited_by_the_next_one() -> None:
    body = 'Kim said the company is "focused on getting season two right." She added that the writers had begun.'
    assert texts(body) == ['Kim said the company is "focused on getting season two right."',
                           "She added that the writers had begun."]
    assert texts("He said: “We are done.” Ana Voss said nothing.") == ["He said: “We are done.”",
                                                                     "Ana Voss said nothing."]


def test_attribution_that_reports_a_clause_starts_a_new_sentence() -> None:
    assert texts("“We are done.” Ana Voss added that the tour was over.") == [
        "“We are done.”", "Ana Voss added that the tour was over."]
    assert texts("The crew left. “We are done!” Ana Voss said.") == ["The crew left.", "“We are done!” Ana Voss said."]
