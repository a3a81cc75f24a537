"""Source facts: every citing slot, kinds, dates, unknown outlets, and what is never a source
(the publishing outlet, platforms merely named, award ceremonies, people)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipelines.facts.context import build_context
from pipelines.facts.model import DateFact, SourceFact
from pipelines.facts.sources import find_sources


def sources(body: str, dates: list[DateFact] | None = None, outlet: str | None = "Reel Weekly") -> list[SourceFact]:
    ctx = build_context(body, published="2025-06-10", outlet=outlet)
    facts = find_sources(ctx, dates or [])
    for fact in facts:
        assert body[fact.span[0]:fact.span[1]] == fact.text == fact.outlet
        assert fact.sentence in body and fact.text in fact.sentence
    return facts


def cited(body: str, outlet: str | None = "Reel Weekly") -> list[tuple[str, str]]:
    return [(f.outlet, f.kind) for f in sources(body, outlet=outlet)]


@pytest.mark.parametrize(("body", "expected"), [
    ("According to a report by Harbor Sports News, the cast will return.", ("Harbor Sports News", "report")),
    ("According to Harbor Sports News, the cast will return.", ("Harbor Sports News", "report")),
    ("Harbor Sports News reported that the cast will return.", ("Harbor Sports News", "report")),
    ("Harbor Sports News first reported on the casting.", ("Harbor Sports News", "report")),
    ("The cast will return, Harbor Sports News reported.", ("Harbor Sports News", "report")),
    ("Harbor Sports News said in its report that the cast will return.", ("Harbor Sports News", "report")),
    ("Harbor Sports News's report drew wide attention.", ("Harbor Sports News", "report")),
    ("The cast will return, as reported by Harbor Sports News.", ("Harbor Sports News", "report")),
    ("The cast will return, per Harbor Sports News.", ("Harbor Sports News", "report")),
    ("Citing Harbor Sports News, fans celebrated.", ("Harbor Sports News", "report")),
    ("A source close to the production told Harbor Sports News that the cast will return.",
     ("Harbor Sports News", "report")),
])
def test_report_slots(body: str, expected: tuple[str, str]) -> None:
    assert cited(body) == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    ("Actor Jun Harlow told Lumen Magazine that he was nervous.", ("Lumen Magazine", "interview")),
    ("Speaking to Lumen Magazine, Jun Harlow said he was nervous.", ("Lumen Magazine", "interview")),
    ("In an interview with Lumen Magazine, Jun Harlow said he was nervous.", ("Lumen Magazine", "interview")),
    ("In a video interview with the channel Chat Lab, Jun Harlow said he was nervous.", ("Chat Lab", "interview")),
    ("Jun Harlow sat down with Cine7 to talk about the role.", ("Cine7", "interview")),
])
def test_interview_slots(body: str, expected: tuple[str, str]) -> None:
    assert cited(body) == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    ("As per Chartwise, the show ranked second worldwide.", ("Chartwise", "data")),
    ("Per Chartwise, the show ranked second worldwide.", ("Chartwise", "data")),
    ("The show ranked second, via Chartwise Analytics.", ("Chartwise Analytics", "data")),
    ("Data from Viewmetric Research shows the show ranked second.", ("Viewmetric Research", "data")),
    ("According to Corvel Korea, the finale scored a 12 percent rating.", ("Corvel Korea", "data")),
    ("According to a press release from Vela Studios, filming has begun.", ("Vela Studios", "press_release")),
    ("Vela Studios announced the news in a press release issued Monday.", ("Vela Studios", "press_release")),
    ("According to Disney+, the series drew 6 million views.", ("Disney+", "other")),
    ("According to a post on Instagram, every tour date is sold out.", ("Instagram", "social")),
    ("According to KBS, the drama will air in July.", ("KBS", "broadcast")),
])
def test_data_press_release_platform_and_other_kinds(body: str, expected: tuple[str, str]) -> None:
    assert cited(body) == [expected]


@pytest.mark.parametrize("body", [
    "The drama premiered on Netflix and streams via Netflix in 190 countries.",
    "The film won best picture at the Harbor Film Awards, according to the Harbor Film Awards.",
    "Actor Jun Harlow told Mina Cole that he was nervous.",
    "The actor told Lee that he was nervous.",
    "Jun Harlow said that he was nervous.",
    "Reel Weekly reported that the cast will return.",
    "A spokesperson told The Reel Weekly that the cast will return.",
    "According to Reelweekly.com, the cast will return.",
])
def test_never_sources(body: str) -> None:
    assert cited(body) == []


@pytest.mark.parametrize(("body", "expected"), [
    ("A report from The Quillfeed in May pointed to a summer window.", ("The Quillfeed", "report")),
    ("Weeks later, trade outlet Reel Ledger broke word of the pickup.", ("Reel Ledger", "report")),
    ("Nielsen Korea said the finale drew a 9 percent rating.", ("Nielsen Korea", "data")),
    ("It debuted at No. 4 on Ratewell Data’s streaming top 10 that week.", ("Ratewell Data", "data")),
])
def test_more_citing_wordings(body: str, expected: tuple[str, str]) -> None:
    assert cited(body) == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    ("Quill Entertainment reported on Monday that a sequel had been greenlit.", ("Quill Entertainment", "report")),
    ("Ratewell Data’s StarIndex index ranked the show first among dramas.", ("Ratewell Data", "data")),
    ("Sales rose fivefold, according to online bookstore Pagefold.", ("Pagefold", "data")),
    ("Viewmetric Data lists a 96 percent critics' score.", ("Viewmetric Data", "data")),
    ("The reviews are mixed. In a measured review, Lanternfold Weekly argued that the season drags, and Cine9 "
     "noted that the leads shine.", ("Lanternfold Weekly", "report")),
])
def test_more_citing_wordings_of_reviews_data_and_entertainment_outlets(body: str, expected: tuple[str, str]) -> None:
    assert cited(body)[0] == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("According to Lumen Analysis, the studio commissioned 31 dramas.", ("Lumen Analysis", "data")),
    ("It drew 1.6 million viewers, according to Ratewell's StreamCount figures.", ("Ratewell", "data")),
    ("Reelbeat first reported the renewal last Thursday.", ("Reelbeat", "report")),
    ("Lumen Analytics placed it fourth among all dramas by demand.", ("Lumen Analytics", "data")),
])
def test_providers_products_and_scoops(body: str, expected: tuple[str, str]) -> None:
    assert cited(body) == [expected]


def test_a_review_round_up_cites_unknown_names_that_note_or_argue() -> None:
    body = "The reviews are mixed. Lanternfold Weekly argued that the season drags, and Cine9 noted that it shines."
    assert cited(body) == [("Lanternfold Weekly", "report"), ("Cine9", "report")]
    assert cited("Quill Entertainment said on Monday that the actor will enlist.") == []


def test_a_wire_signing_its_dateline_is_the_publisher() -> None:
    assert cited("SEOUL, June 18 (Harbor) -- The actor will enlist next month.", outlet="Harbor News Agency") == []


@pytest.mark.parametrize("body", [
    "A live report from The Hague showed the crowd outside the court.",
    "A report from The Hague said the talks had stalled.",
])
def test_places_reported_from_are_no_outlets(body: str) -> None:
    assert cited(body) == []


def test_one_fact_per_outlet() -> None:
    body = "Harbor Daily reported that the cast will return. Harbor Daily later claimed that filming had begun."
    assert cited(body) == [("Harbor Daily", "report")]


def test_unknown_outlet_names_by_shape() -> None:
    assert cited("Quillstone Herald reported that the cast will return.") == [("Quillstone Herald", "report")]
    assert cited("Mapleview.com reported that the cast will return.") == [("Mapleview.com", "report")]


def test_known_outlet_without_outlet_words() -> None:
    assert cited("Variety reported that the cast will return.") == [("Variety", "report")]


def test_date_of_the_report_not_of_the_content() -> None:
    body = "According to a report by Harbor Daily on June 3, filming starts on July 1."
    june = DateFact("June 3", (body.index("June 3"), body.index("June 3") + 6), body, "2025-06-03")
    july = DateFact("July 1", (body.index("July 1"), body.index("July 1") + 6), body, "2025-07-01")
    assert [f.date for f in sources(body, [june, july])] == ["2025-06-03"]
    body2 = "On Monday, Harbor Daily reported that filming starts on July 1."
    monday = DateFact("Monday", (3, 9), body2, "2025-06-09")
    july2 = DateFact("July 1", (body2.index("July 1"), body2.index("July 1") + 6), body2, "2025-07-01")
    assert [f.date for f in sources(body2, [monday, july2])] == ["2025-06-09"]


@pytest.mark.parametrize("body", [
    "More than 400 people attended, according to Korean media reports.",
    "The tally rose again, according to Palestinian tallies.",
    "He told the Norlandic state-run Kestrel television that talks had paused.",
])
def test_adjectives_in_the_source_slot_are_not_outlets(body: str) -> None:
    assert cited(body) == []


def test_an_agency_speaking_is_not_a_source() -> None:
    assert cited("His agency Larkspur Entertainment stated that he has enlisted.") == []
    assert cited("Larkspur Media said the actor would rest.") == []


def test_short_form_of_the_publishing_outlet() -> None:
    assert cited("“We are upset,” an insider told Buzz at the time.", outlet="Buzz Weekly") == []


def test_titled_people_and_places_are_not_sources() -> None:
    assert cited("Prices will rise, Economy Minister Ana Voss said Tuesday.") == []
    assert cited("She wrapped up her live report from Dunmore.") == []


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(["According to ", "Harbor Daily", " reported ", "told ", "Ana Voss", ", ", ". ",
                                 "per ", "Chartwise", "\n\n", "data from ", "the", " that ", "“", "”"]), max_size=30))
def test_spans_slice_the_body_for_any_text(pieces: list[str]) -> None:
    body = "".join(pieces)
    if body.strip():
        sources(body)


def test_social_posts_and_broadcasts_cited() -> None:
    assert cited("Vela Studios shared the poster on its official Instagram on Monday.") == [("Instagram", "social")]
    assert cited("Jun Harlow appeared on MBC’s late-night talk show, where he said he was nervous.") == [
        ("MBC", "broadcast")]
    assert cited("Jun Harlow appeared on Weekend Laughs last year.") == []
    assert cited("The streamer announced the renewal on Tuesday in a post on its Korean Instagram account.") == [
        ("Instagram", "social")]


@pytest.mark.parametrize(("body", "expected"), [
    ("According to a Harbor Daily report, the cast will return.", ("Harbor Daily", "report")),
    ("According to a March report by Harbor Daily, the cast will return.", ("Harbor Daily", "report")),
    ("Vela Studios said in a statement to Harbor Daily that the cast will return.", ("Harbor Daily", "report")),
    ("Harbor Daily was the first to report the casting.", ("Harbor Daily", "report")),
])
def test_more_report_slots(body: str, expected: tuple[str, str]) -> None:
    assert cited(body) == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    ("The casting was first reported by Korean outlet Dalbit Stage Korea on Tuesday.",
     ("Dalbit Stage Korea", "report")),
    ("The finale drew 11.2 percent, according to ratings tracker Hanul Metrics.", ("Hanul Metrics", "data")),
    ("According to entertainment portal Starcast, the cast wrapped filming last week.", ("Starcast", "report")),
    ("Local media outlet Brightwave reported Tuesday that the cast wrapped filming.", ("Brightwave", "report")),
    ("According to news agency Pellon, the series will return.", ("Pellon", "report")),
    ("According to figures from ratings agency Tallymark, the finale drew 9 percent.", ("Tallymark", "data")),
    ("The show topped the list, according to analytics company Orrin.", ("Orrin", "data")),
    ("According to research firm Quanta Lab, the show ranked third.", ("Quanta Lab", "data")),
    ("According to broadcaster Halo One, the drama will air in July.", ("Halo One", "broadcast")),
    ("Tabloid Glimmer claimed that the couple had split.", ("Glimmer", "report")),
    ("The wedding was reported by wire service Tessel on Monday.", ("Tessel", "report")),
    ("Data firm Corvid said the show ranked first in 40 countries.", ("Corvid", "data")),
])
def test_a_descriptor_before_the_name_makes_it_an_outlet(body: str, expected: tuple[str, str]) -> None:
    assert cited(body) == [expected]


def test_a_descriptor_source_is_dated_by_its_own_clause() -> None:
    body = "The casting was first reported by Korean outlet Dalbit Stage Korea on Tuesday."
    tuesday = DateFact("Tuesday", (body.index("Tuesday"), body.index("Tuesday") + 7), body, "2025-06-10")
    assert [f.date for f in sources(body, [tuesday])] == ["2025-06-10"]
    body2 = "Local media outlet Brightwave reported Tuesday that filming starts on July 1."
    tuesday2 = DateFact("Tuesday", (body2.index("Tuesday"), body2.index("Tuesday") + 7), body2, "2025-06-10")
    july = DateFact("July 1", (body2.index("July 1"), body2.index("July 1") + 6), body2, "2025-07-01")
    assert [f.date for f in sources(body2, [july, tuesday2])] == ["2025-06-10"]


@pytest.mark.parametrize(("body", "expected"), [
    ("According to Corvel, the drama drew an average rating of 7.2 percent.", ("Corvel", "data")),
    ("According to Corvel, the cast held a first script reading in May.", ("Corvel", "report")),
    ("As per Ranklytic, the series placed second worldwide.", ("Ranklytic", "data")),
    ("Brightwave reported on Monday that the cast would return.", ("Brightwave", "report")),
])
def test_unknown_names_get_their_kind_from_the_slot_and_the_content(body: str, expected: tuple[str, str]) -> None:
    assert cited(body) == [expected]


@pytest.mark.parametrize("body", [
    "The network Halo One said that the drama would return.",
    "His agency Larkspur Entertainment reported that the actor is resting.",
    "Mina Cole reported that the set was cold.",
    "Park reported that the set was cold.",
])
def test_speakers_reporting_for_themselves_are_not_sources(body: str) -> None:
    assert cited(body) == []


def test_short_form_of_a_cited_outlet_is_the_same_source() -> None:
    body = "The show drew 5 percent, according to ratings agency Taelim Research. It ranked first, per Taelim."
    assert cited(body) == [("Taelim Research", "data")]


def test_a_report_noun_opening_a_sentence_is_not_an_outlet() -> None:
    assert cited("According to Haneul Daily, talks are ongoing. The report said filming starts soon.") == [
        ("Haneul Daily", "report")]


@pytest.mark.parametrize(("body", "expected"), [
    ("The couple met on set, Starcast Korea reported.", ("Starcast Korea", "report")),
    ("Moonlit Media reported that the cast will return.", ("Moonlit Media", "report")),
    ("Brightwave's report said the couple met on set.", ("Brightwave", "report")),
    ("The couple met on set (via Starcast).", ("Starcast", "report")),
    ("The couple met on set, via Starcast.", ("Starcast", "report")),
    ("The show topped the chart for three weeks (via Ranklytic).", ("Ranklytic", "data")),
    ("According to a source who spoke to Haneul Daily, the cast will return.", ("Haneul Daily", "report")),
])
def test_outlets_credited_by_reporting_words_and_credit_lines(body: str, expected: tuple[str, str]) -> None:
    assert cited(body) == [expected]


@pytest.mark.parametrize("body", [
    "The drama is available via Moonflix in Asia.",
    "Vela Studios reported record profits, the company said.",
])
def test_platforms_in_passing_and_companies_reporting_are_not_sources(body: str) -> None:
    assert cited(body) == []


@pytest.mark.parametrize(("body", "expected"), [
    ("According to Haneul Daily and Moonlit Press, the cast will return.",
     [("Haneul Daily", "report"), ("Moonlit Press", "report")]),
    ("According to Korean outlets Haneul Daily and Moonlit Stage, the cast will return.",
     [("Haneul Daily", "report"), ("Moonlit Stage", "report")]),
    ("The news was reported by several outlets, including Starcast, Daebak and Haneul Daily.",
     [("Starcast", "report"), ("Daebak", "report"), ("Haneul Daily", "report")]),
    ("Starcast, citing an industry insider, said the cast will return.", [("Starcast", "report")]),
    ("Starcast quoted a crew member as saying that the cast will return.", [("Starcast", "report")]),
    ("According to Korean outlets Haneul Daily, Netflix will renew the show.", [("Haneul Daily", "report")]),
    ("According to Haneul Daily and Mina Cole, the cast will return.", [("Haneul Daily", "report")]),
])
def test_outlets_named_together_and_outlets_citing_others(body: str, expected: list[tuple[str, str]]) -> None:
    assert cited(body) == expected


@pytest.mark.parametrize("body", [
    "Netflix, citing scheduling issues, delayed the premiere.",
    "Vela Studios, citing the actor's health, cancelled the event.",
    "Mina Cole, citing her schedule, turned down the role.",
])
def test_companies_and_people_citing_reasons_are_not_sources(body: str) -> None:
    assert cited(body) == []


@pytest.mark.parametrize("body", [
    "Users have reported problems with logging in.",
    "Others reported being logged off the service.",
    "Harbor Depot reported second-half profits that beat forecasts.",
    "Norland reports quarterly trade figures on Friday.",
    "The Harbor Aviation Authority reported that flights were delayed.",
    "Penelope Vance studied the papers. “Newsrooms shrank,” Vance reported.",
    "Democratic pollster Ana Voss said that the race is tied.",
])
def test_reporting_that_is_not_an_outlet_citation(body: str) -> None:
    assert cited(body) == []


def test_percentages_alone_do_not_make_a_data_provider() -> None:
    assert cited("According to Nordica, every member grew by at least 3% last year.") == [("Nordica", "report")]


@pytest.mark.parametrize(("body", "expected"), [
    ("Starcast, a local entertainment portal, reported that the cast would return.", [("Starcast", "report")]),
    ("According to Hanul, a ratings tracker, the finale drew a 9 percent rating.", [("Hanul", "data")]),
    ("Mina Cole, a reporter for the outlet, said the cast would return.", []),
    ("Halo One, the broadcaster that aired the show, said that a follow-up was planned.", []),
])
def test_a_descriptor_set_beside_the_name(body: str, expected: list[tuple[str, str]]) -> None:
    assert cited(body) == expected


def test_a_source_with_an_appositive_is_dated_after_it() -> None:
    body = "Starcast, a local entertainment portal, reported on Tuesday that filming starts on July 1."
    tuesday = DateFact("Tuesday", (body.index("Tuesday"), body.index("Tuesday") + 7), body, "2025-06-10")
    july = DateFact("July 1", (body.index("July 1"), body.index("July 1") + 6), body, "2025-07-01")
    assert [f.date for f in sources(body, [tuesday, july])] == ["2025-06-10"]


def test_a_person_described_with_a_descriptor_word_is_not_an_outlet() -> None:
    assert cited("Ivo Brandt, an economics lecturer at Lund, said the tariffs had hurt sales.") == []
    assert cited("Starcast, a news site based in Seoul, reported that the cast would return.") == [
        ("Starcast", "report")]


def test_an_appositive_that_is_content_does_not_move_the_date_window() -> None:
    body = "The deal is, according to the Harbor Daily, the biggest of the year, and it ends on July 31."
    july = DateFact("July 31", (body.index("July 31"), body.index("July 31") + 7), body, "2025-07-31")
    assert [f.date for f in sources(body, [july])] == [None]


def test_a_descriptor_closing_the_sentence_and_a_domain_name() -> None:
    assert cited("Rates fell in May, according to Ratewise.com, a Texas-based auto data firm.") == [
        ("Ratewise.com", "data")]
    assert cited("Rates fell in May, according to Ratewise.com.") == [("Ratewise.com", "report")]


@pytest.mark.parametrize(("body", "expected"), [
    ("In an exclusive report, Starcast revealed that the cast would return.", ("Starcast", "report")),
    ("In its article on Monday, Starcast said that the cast would return.", ("Starcast", "report")),
    ("According to documents obtained by Starcast, the cast will return.", ("Starcast", "report")),
])
def test_a_report_named_before_the_outlet(body: str, expected: tuple[str, str]) -> None:
    assert cited(body) == [expected]


def test_confirmed_by_a_person_is_not_a_source() -> None:
    assert cited("The casting was confirmed by Mina Cole on Monday.") == []


def test_a_citation_closing_the_sentence_is_not_dated_by_its_content() -> None:
    body = "The finale aired on Sunday and drew a 14 percent rating, according to ratings agency Corvel."
    sunday = DateFact("Sunday", (body.index("Sunday"), body.index("Sunday") + 6), body, "2025-06-08")
    assert [(f.outlet, f.date) for f in sources(body, [sunday])] == [("Corvel", None)]
    body2 = "The cast will return in May, Harbor Daily reported on Monday."
    may = DateFact("May", (body2.index("May"), body2.index("May") + 3), body2, "2025-05")
    monday = DateFact("Monday", (body2.index("Monday"), body2.index("Monday") + 6), body2, "2025-06-09")
    assert [f.date for f in sources(body2, [may, monday])] == ["2025-06-09"]


@pytest.mark.parametrize("body", [
    "In a phone call with Starcast, Han Ye-seul said that she was resting.",
    "During a recent conversation with Starcast, Han Ye-seul said that she was resting.",
])
def test_calls_and_conversations_are_interviews(body: str) -> None:
    assert cited(body) == [("Starcast", "interview")]


@pytest.mark.parametrize(("body", "expected"), [
    ("As per Dalnews, the actor will enlist in May.", ("Dalnews", "report")),
    ("As per Ranklytic, the series was the most-watched show of the week.", ("Ranklytic", "data")),
    ("MyStage reported that the actor will enlist in May.", ("MyStage", "report")),
    ("StageTV reported that the actor will enlist in May.", ("StageTV", "report")),
])
def test_as_per_an_outlet_is_a_report_unless_it_gives_figures(body: str, expected: tuple[str, str]) -> None:
    assert cited(body) == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    ("Ranklytic's chart showed the series in first place.", [("Ranklytic", "data")]),
    ("Hanul's figures put the finale at a 12 percent rating.", [("Hanul", "data")]),
    ("Netflix's data showed the series in first place.", []),
    ("Mina Cole's figures were better than expected.", []),
    ("Lantern Works's data showed a rise in views.", []),
])
def test_possessive_figures_of_an_unknown_name(body: str, expected: list[tuple[str, str]]) -> None:
    assert cited(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Kpopdeck reported that the group will return in May.", ("Kpopdeck", "report")),
    ("The group will return in May, according to Kpopdeck.", ("Kpopdeck", "report")),
    ("A representative told Kpopdeck that the group will return in May.", ("Kpopdeck", "report")),
])
def test_single_word_outlets_no_list_knows(body: str, expected: tuple[str, str]) -> None:
    assert cited(body) == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    ("The show holds an 88 percent score on review aggregator Tomatrix.", ("Tomatrix", "data")),
    ("Streaming tracker Flowmeter had the show at the top of its worldwide ranking by Saturday.",
     ("Flowmeter", "data")),
    ("Korean outlet Daebak Wire called Rell's performance “a career reset.”", ("Daebak Wire", "report")),
    ("Film magazine Reelside, in its year-end list, named the drama the best of 2025.", ("Reelside", "report")),
    ("In a December 2025 interview with men's magazine Gentry Korea, the actor said he was ready for a break.",
     ("Gentry Korea", "interview")),
    ("The webtoon will become a drama, according to production company Studio Halcyon.",
     ("Studio Halcyon", "other")),
    ("The drama will get a sequel, according to the show's production company, Studio Halcyon.",
     ("Studio Halcyon", "other")),
    ("Quanta Lab, a streaming tracker, had the show at No. 1 by Saturday.", ("Quanta Lab", "data")),
    ("Daebak Wire, a Korean outlet, called Rell's performance “a career reset.”", ("Daebak Wire", "report")),
    ("The show has an 88% rating on the aggregator site Tomatrix, the best of the year.", ("Tomatrix", "data")),
    ("The drama topped the global streaming chart site Flowrank on Monday.", ("Flowrank", "data")),
    ("Rell told Gentry magazine that he wanted a break.", ("Gentry", "interview")),
    ("In an interview with Gentry magazine, Rell said he wanted a break.", ("Gentry", "interview")),
])
def test_an_outlet_named_by_its_descriptor_outside_the_citing_verbs(body: str, expected: tuple[str, str]) -> None:
    assert cited(body) == [expected]


@pytest.mark.parametrize("body", [
    "The drama moved to cable channel Harbor One in May.",
    "Rell posed for the cover of fashion magazine Gentry Korea.",
    "Ivo Brandt, a research director at market research firm Quanta Lab, expects growth.",
    "“Demand is rising,” said Ivo Brandt, who works for research firm Quanta Lab.",
    "Lifestyle magazine Gentry Korea is owned by a chaebol.",
    "According to Rell's LinkedIn page, he studied in Busan.",
])
def test_a_descriptor_in_passing_cites_nothing(body: str) -> None:
    assert cited(body) == []


def test_an_interview_dated_by_its_month_before_the_outlet() -> None:
    body = "In a December 2025 interview with men's magazine Gentry Korea, the actor said he was ready for a break."
    month = DateFact("December 2025", (body.index("December"), body.index("December") + 13), body, "2025-12")
    assert [(f.outlet, f.kind, f.date) for f in sources(body, [month])] == [("Gentry Korea", "interview", "2025-12")]


@pytest.mark.parametrize(("body", "expected"), [
    ("According to Streamly's Backlot site, the series will return in June.", ("Backlot", "report")),
    ("According to Streamly's Backlot site, the series ranked No. 2 in its first week.", ("Backlot", "data")),
    ("As per Streamly's official Backlot blog, filming has wrapped.", ("Backlot", "report")),
    ("According to Streamly's fan site, Backlot, the series will return in June.", ("Backlot", "report")),
    ("The show spent six weeks in the global top 10, Streamly's Top Picks website showed.", ("Top Picks", "data")),
])
def test_a_site_named_with_its_owner_is_the_source(body: str, expected: tuple[str, str]) -> None:
    assert cited(body) == [expected]


def described(body: str) -> list[tuple[str, str, str]]:
    ctx = build_context(body, published="2025-06-10", outlet="Reel Weekly")
    facts = find_sources(ctx, [])
    for fact in facts:
        assert body[fact.span[0]:fact.span[1]] == fact.text
    return [(f.text, f.outlet, f.kind) for f in facts]


@pytest.mark.parametrize(("body", "expected"), [
    ("The original webtoon ran on Inkline Page from 2019. According to the platform, it drew 40 million views.",
     [("the platform", "Inkline Page", "other")]),
    ("The novel was serialized on Quillo before the drama. According to the platform, a sequel is planned.",
     [("the platform", "Quillo", "other")]),
    ("The series streams on Disney+ in Asia. According to the streamer, a second season is being written.",
     [("the streamer", "Disney+", "other")]),
    ("Harbor Media produced the drama. According to data published by the company, the finale drew 3 million "
     "viewers.", [("the company", "Harbor Media", "data")]),
    ("Vela Streaming launched the show in May. According to the company's own figures, it drew 9 million views.",
     [("the company", "Vela Streaming", "data")]),
    ("Vela Streaming launched the show in May. Figures released by the platform showed 9 million views.",
     [("the platform", "Vela Streaming", "data")]),
])
def test_a_cited_description_is_the_organisation_named_before(body: str, expected: list[tuple[str, str, str]]
                                                                ) -> None:
    assert described(body) == expected


@pytest.mark.parametrize("body", [
    "According to the platform, a sequel is planned.",
    "According to the company's founder, a sequel is planned.",
    "Rell joined the cast in May. According to the company, a sequel is planned.",
])
def test_a_cited_description_with_nobody_named_before_cites_nothing(body: str) -> None:
    assert described(body) == []
