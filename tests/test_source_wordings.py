"""Source facts in the wordings real news uses beyond the plain citing slots: a company's own
press release, a data provider cited through its chart or by what it measures, figures a
platform released, a broadcast cited by its show's name -- and what those wordings never make a
source (a person's figures, an unnamed issuer, a show merely mentioned, a broadcaster's own word).
"""

from __future__ import annotations

import pytest

from pipelines.facts.context import build_context
from pipelines.facts.model import DateFact, SourceFact
from pipelines.facts.sources import find_sources


def sources(body: str, dates: list[DateFact] | None = None) -> list[SourceFact]:
    ctx = build_context(body, published="2025-06-10", outlet="Reel Weekly")
    facts = find_sources(ctx, dates or [])
    for fact in facts:
        assert body[fact.span[0]:fact.span[1]] == fact.text
        assert fact.sentence in body and fact.text in fact.sentence
    return facts


def cited(body: str) -> list[tuple[str, str]]:
    return [(f.outlet, f.kind) for f in sources(body)]


def _date(body: str, text: str, value: str) -> DateFact:
    start = body.index(text)
    return DateFact(text, (start, start + len(text)), body, value)


@pytest.mark.parametrize(("body", "expected"), [
    ("Brightwater Pictures, which made the first film, will produce the sequel, according to a press release "
     "the company issued on Monday.", [("Brightwater Pictures", "press_release")]),
    ("Halcyon Studios announced the deal on Monday. The series will stream in 40 countries, according to a "
     "press release the studio sent out on Thursday.", [("Halcyon Studios", "press_release")]),
    ("Orrin Films will shoot the sequel in Busan. Filming starts in July, according to a press release issued "
     "by the company.", [("Orrin Films", "press_release")]),
    ("The sequel will shoot in Busan, according to a press release Orrin Films issued on Monday.",
     [("Orrin Films", "press_release")]),
    ("Orrin Films confirmed the cast on Monday. The studio said in a press release that filming starts in July.",
     [("Orrin Films", "press_release")]),
])
def test_a_companys_own_press_release(body: str, expected: list[tuple[str, str]]) -> None:
    assert cited(body) == expected


def test_a_press_release_is_dated_by_the_date_in_the_citation() -> None:
    body = ("Brightwater Pictures will produce the sequel, according to a press release the company issued "
            "on Monday.")
    assert [f.date for f in sources(body, [_date(body, "Monday", "2025-06-09")])] == ["2025-06-09"]


@pytest.mark.parametrize("body", [
    "The show will return in May, according to a press release issued on Monday.",
    "The show will return in May, according to a press release the company issued on Monday.",
])
def test_a_press_release_with_no_issuer_named_is_not_a_source(body: str) -> None:
    assert cited(body) == []


@pytest.mark.parametrize(("body", "expected"), [
    ("The drama topped Chartwise Data’s StarIndex popularity ranking for two weeks in April.",
     [("Chartwise Data", "data")]),
    ("The finale sat at No. 2 on Pulsemetric Research's weekly buzz chart.", [("Pulsemetric Research", "data")]),
    ("Trendwell Analytics, which measures online buzz, said the finale was the most-discussed episode of the year.",
     [("Trendwell Analytics", "data")]),
    ("Quillon, which tracks social media mentions of TV shows, said the drama led all series in May.",
     [("Quillon", "data")]),
])
def test_a_data_provider_cited_through_its_chart_or_what_it_measures(
        body: str, expected: list[tuple[str, str]]) -> None:
    assert cited(body) == expected


@pytest.mark.parametrize("body", [
    "Two high-ranking officials from Marlow Bank attended the premiere.",
    "Marlow Bank’s ranking officer signed off on the loan.",
    "The film topped South Korea’s weekly box office chart.",
    "The series topped Wavve’s weekly chart for a month.",
    "Ostrava Films, which produced the first season, said the sequel is on track.",
])
def test_charts_rankings_and_relative_clauses_that_cite_nothing(body: str) -> None:
    assert cited(body) == []


@pytest.mark.parametrize(("body", "expected"), [
    ("The film ranked first in 12 countries, according to figures Streamly released on Wednesday.",
     [("Streamly", "data")]),
    ("According to Wavve’s own figures, the series drew 2 million viewers.", [("Wavve", "data")]),
    ("Wavve’s own figures show the series drew 2 million viewers.", [("Wavve", "data")]),
    ("The series reached No. 2 in its second week, per Wavve data shared with reporters.", [("Wavve", "data")]),
])
def test_figures_a_platform_released(body: str, expected: list[tuple[str, str]]) -> None:
    assert cited(body) == expected


def test_figures_are_dated_by_their_release() -> None:
    body = "The film ranked first in 12 countries, according to figures Streamly released on Wednesday."
    assert [f.date for f in sources(body, [_date(body, "Wednesday", "2025-06-04")])] == ["2025-06-04"]


@pytest.mark.parametrize("body", [
    "According to Dana Whitfield’s own figures, the tour sold 40,000 tickets.",
    "The tour sold 40,000 tickets, according to figures Kim released on Friday.",
])
def test_a_persons_own_figures_are_not_a_source(body: str) -> None:
    assert cited(body) == []


@pytest.mark.parametrize(("body", "expected"), [
    ("Singer Mina Roe hinted on the Harbor TV talk show Late Lounge last week that she would join the cast.",
     [("Late Lounge", "broadcast")]),
    ("During an appearance on Harbor TV’s late-night talk show Moonlight Table, Kang revealed he had lost weight.",
     [("Moonlight Table", "broadcast")]),
    ("Appearing on the radio show Morning Drive, the actor said he was nervous.", [("Morning Drive", "broadcast")]),
    ("Rina Vale previously spoke about touring with the band on the Night Owl Hours podcast, saying it was surreal.",
     [("Night Owl Hours", "broadcast")]),
    ('Kali and Tom explained on an episode of their podcast "Beyond Limits."', [("Beyond Limits", "broadcast")]),
])
def test_a_broadcast_cited_by_its_shows_name(body: str, expected: list[tuple[str, str]]) -> None:
    assert cited(body) == expected


def test_a_broadcast_is_dated_before_what_was_said() -> None:
    body = "Mina Roe hinted on the Harbor TV talk show Late Lounge last week that the finale moved to July."
    dates = [_date(body, "last week", "2025-W23"), _date(body, "July", "2025-07")]
    assert [f.date for f in sources(body, dates)] == ["2025-W23"]


@pytest.mark.parametrize("body", [
    "She will host the new talk show Night Owl from March.",
    "The cast will appear on the talk show Night Owl next week.",
    "The actor said he will appear on the Night Owl Hours podcast next week.",
    "Kang said he loved starring in the variety show Sunny Camp.",
    "She hosts the Night Owl Hours podcast with her brother.",
])
def test_a_show_mentioned_without_anything_cited_from_it(body: str) -> None:
    assert cited(body) == []


@pytest.mark.parametrize(("body", "expected"), [
    ("Harbor TV said this week that the drama had wrapped filming.", []),
    ("KBS announced on Monday that the drama would air in July.", []),
    ("Wavve confirmed that the series will return.", []),
    ("KBS reported that the actor had wrapped filming.", [("KBS", "broadcast")]),
    ("Harbor TV News said the actor had wrapped filming.", [("Harbor TV News", "report")]),
])
def test_a_broadcasters_own_word_is_a_statement(body: str, expected: list[tuple[str, str]]) -> None:
    assert cited(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("The Marlow Ledger called the finale “a victory lap nobody asked for.”", [("The Marlow Ledger", "report")]),
    ("The Pinecrest Daily Review called the opening “glacial,” but viewers disagreed.",
     [("The Pinecrest Daily Review", "report")]),
    ("Quillpoint’s critic wrote that the slowdown “lets the cast breathe.”", [("Quillpoint", "report")]),
    ("A reviewer for the Lantern Gazette wrote that the pacing “never lets up.”", [("Lantern Gazette", "report")]),
    ("Harbor Times critic Ana Moss called the show a slow burn.", [("Harbor Times", "report")]),
    ("In her review for Reelside, Ana Moss called the show “a slow burn.”", [("Reelside", "report")]),
    ("Writing in the Marlow Ledger, Tom Hale argued the series ran too long.", [("Marlow Ledger", "report")]),
])
def test_a_critics_outlet_in_a_review(body: str, expected: list[tuple[str, str]]) -> None:
    assert cited(body) == expected


@pytest.mark.parametrize("body", [
    "Streamly called the report “groundless” on Monday.",
    "Harbor TV called the claims “untrue” in a statement.",
    "Mina Roe called the script “the best I have read.”",
    "Kang Ji-ho’s critics said he was miscast.",
    "Her sister, a film critic, wrote about the premiere.",
])
def test_a_judgement_that_cites_no_outlet(body: str) -> None:
    assert cited(body) == []


@pytest.mark.parametrize(("body", "expected"), [
    ("Blurry photos of the pair surfaced on YouTube channel Rumor Mill Live last weekend.",
     [("Rumor Mill Live", "social")]),
    ("A clip from TikTok account Idol Radar went viral on Tuesday.", [("Idol Radar", "social")]),
    ("The rumor spread after the Tea Spillers YouTube channel posted a video.", [("Tea Spillers", "social")]),
])
def test_a_social_account_named_by_its_platform(body: str, expected: list[tuple[str, str]]) -> None:
    assert cited(body) == expected


@pytest.mark.parametrize("body", [
    "She runs YouTube channel Kimchi Talks with her sister.",
    "Fans flooded Twitter account StarNewsBot with questions.",
])
def test_a_social_account_merely_named(body: str) -> None:
    assert cited(body) == []


def test_ones_own_channel_is_no_source() -> None:
    assert ("Daily Vlog", "social") not in cited("He uploaded the clip to his YouTube channel Daily Vlog on Friday.")


@pytest.mark.parametrize(("body", "expected"), [
    ("The drama streams on Vela Streaming. It held first place for a third week, according to the "
     "streamer’s weekly Top 10 report.", [("Vela Streaming", "data")]),
    ("On Sunday the film was No. 2 worldwide on RankRadar’s Netflix film rankings.", [("RankRadar", "data")]),
    ("In Chartwise Data’s BuzzScore for the second week of May, the drama topped the buzz chart.",
     [("Chartwise Data", "data")]),
    ("Trendwell Research’s U.S. streaming charts will not include the show until June.",
     [("Trendwell Research", "data")]),
])
def test_a_providers_chart_or_index(body: str, expected: list[tuple[str, str]]) -> None:
    assert cited(body) == expected


@pytest.mark.parametrize("body", [
    "In Seoul’s Gangnam district, the cafe topped local lists.",
    "It entered the Top 10 report on Tuesday.",
])
def test_a_place_or_a_chart_name_is_no_provider(body: str) -> None:
    assert cited(body) == []


@pytest.mark.parametrize(("body", "expected"), [
    ("According to a tally by the Harbor Herald, the network handed out 38 trophies.", [("Harbor Herald", "report")]),
    ("According to a tally by Trendwell Research, 38 shows were renewed.", [("Trendwell Research", "data")]),
])
def test_a_newspapers_tally_is_its_report(body: str, expected: list[tuple[str, str]]) -> None:
    assert cited(body) == expected


def test_a_report_dated_before_its_outlet() -> None:
    body = "The sequel is in talks, according to a report Tuesday by Pinecrest Daily."
    facts = sources(body, [_date(body, "Tuesday", "2025-06-10")])
    assert [(f.outlet, f.date) for f in facts] == [("Pinecrest Daily", "2025-06-10")]


@pytest.mark.parametrize("body", [
    "We spoke to Seo over video call last week. Seo Ha-rin had just landed in Seoul.",
    "I talked to Brightline about the figures.",
    "Reel Weekly’s critic wrote that the show “drags.”",
])
def test_the_publishers_own_interview_or_critic_is_no_source(body: str) -> None:
    assert cited(body) == []


@pytest.mark.parametrize(("body", "expected"), [
    ("The casting was first reported Monday by Pinecrest Daily.", [("Pinecrest Daily", "report")]),
    ("The casting was reported exclusively by Pinecrest Daily.", [("Pinecrest Daily", "report")]),
    ("As first reported by entertainment portal Starfield, the sequel is in talks.", [("Starfield", "report")]),
])
def test_first_reported_by(body: str, expected: list[tuple[str, str]]) -> None:
    assert cited(body) == expected


@pytest.mark.parametrize("body", [
    "SEOUL, May 4 (HWS) -- The drama will return in July, the network said.",
    "The drama will return, a network official told HWS on Monday.",
    "The drama will return, according to HWS.",
])
def test_a_wire_cites_itself_by_its_initials(body: str) -> None:
    ctx = build_context(body, published="2025-06-10", outlet="Harbor Wire Service")
    assert find_sources(ctx, []) == []


def test_figures_are_dated_by_the_day_they_stand_at() -> None:
    body = "Data from RankRadar had the drama at No. 1 in 30 countries as of Monday, up from 21 on May 2."
    dates = [_date(body, "Monday", "2025-06-09"), _date(body, "May 2", "2025-05-02")]
    assert [(f.outlet, f.date) for f in sources(body, dates)] == [("RankRadar", "2025-06-09")]


def test_a_report_is_not_dated_by_an_as_of_in_its_content() -> None:
    body = "Pinecrest Daily reported on Friday that the film led the box office as of Monday."
    dates = [_date(body, "Friday", "2025-06-06"), _date(body, "Monday", "2025-06-09")]
    assert [f.date for f in sources(body, dates)] == ["2025-06-06"]


def test_a_report_dated_by_a_range_takes_its_first_day() -> None:
    body = "June 2–3: A Pinecrest Daily report about a sequel spreads online."
    dates = [_date(body, "June 2", "2025-06-02"), _date(body, "3", "2025-06-03")]
    assert [f.date for f in sources(body, dates)] == ["2025-06-02"]


@pytest.mark.parametrize(("body", "expected"), [
    ("Last week the tabloid Harbor Evening Post ran a story that the drama had been renewed.",
     [("Harbor Evening Post", "report")]),
    ("Reelside Daily published an exclusive claiming the cast would return.", [("Reelside Daily", "report")]),
    ("In an interview published by Cine Lantern Weekly this month, the director said he had more to tell.",
     [("Cine Lantern Weekly", "interview")]),
])
def test_an_outlet_that_ran_a_story_or_published_an_interview(body: str, expected: list[tuple[str, str]]) -> None:
    assert cited(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("The story came from Hallyu Wire 24, which reported on Thursday that the actor would not return.",
     [("Hallyu Wire 24", "report")]),
    ("According to Netflix’s Top 10 website, the new season ranked No. 4.", [("Netflix", "data")]),
])
def test_an_outlet_before_which_reported_and_a_streamers_own_top_10(body: str,
                                                                  expected: list[tuple[str, str]]) -> None:
    assert cited(body) == expected


def test_an_agency_named_after_according_to_his_agency() -> None:
    body = "The actor will lead a comedy that shoots in April, according to his agency, Bluebell Entertainment."
    assert cited(body) == [("Bluebell Entertainment", "other")]
