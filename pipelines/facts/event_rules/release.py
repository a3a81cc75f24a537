"""Release events: a season premiering, dropping or airing on a date, on a platform.

``premiered worldwide on March 7, 2024, through Disney+``, ``Season 2 will premiere on
Tuesday, June 9``, ``a premiere in Q4 looks possible``; targets and plans (``targeted for
the first half of 2027``, ``slated for a 2026 debut``, ``due out``, ``returns on March 6``);
relative clauses (``the series, which premiered on May 3, ...``). The season is the one the
clause names, else 1 for a past premiere of an unnumbered show, else the season the last
sentences talked about ("all eight episodes dropped" is the season in focus); ``returns for
its third season on March 19``; ``targeting late 2026 for the second season and early 2027 for
the third`` (one release per date, with its ``mod``). A weekly slot (``air Saturday and
Sunday``) and an arrival of something other than a show are none. A release needs a date; a
cut, an edition or a soundtrack released is none, and neither is a date that dates the telling
(``the company said Wednesday``).
"""

from __future__ import annotations

import itertools
import re

from pipelines.facts.event_rules.anchoring import (
    Trigger,
    close_before,
    date_fields,
    line_date,
    pair_dates,
    trigger_span,
)
from pipelines.facts.event_rules.claims import (
    PLATFORM,
    canonical_platform,
    claim_source,
    platform_in,
    platform_named,
    region_in,
)
from pipelines.facts.event_rules.common import (
    EventInput,
    about_other_product,
    clause_at,
    dates_within,
    lines_before,
    make_event,
    ordinal_word,
    sentence_index,
)
from pipelines.facts.event_rules.seasons import seasons_claimed
from pipelines.facts.event_rules.shows import other_title_near, quoted_titles, show_for, tracked_named
from pipelines.facts.model import DateFact, EventFact
from pipelines.facts.sentences import Sentence

_TRIGGER = re.compile(
    r"\b(?:(?P<past>premiered|released|dropped|debuted|aired|launched|arrived|landed|streamed)|"
    r"premiere[sd]?|premiering|releas(?:e|es|ing)|drops?|dropping|debut(?:s|ing)?|airs?|airing|"
    r"launch(?:es|ing)?|arrives?|arriving|lands?|landing|hits? (?:screens|Netflix|the (?:platform|streamer|service))|"
    r"stream(?:s|ing)? (?:starting|from|beginning)|(?:begins?|start(?:s|ing)?) (?:streaming|airing)|"
    r"com(?:es|ing) to (?=[A-Z])|opens? in (?:[A-Z][a-z]+ )?(?:theaters|theatres|cinemas)|"
    r"(?P<since>(?:has|have|had) been (?:streaming|airing|available)(?= [^.;]{0,40}?\bsince\b))|"
    r"(?P<follow>(?:will|would|should|is (?:set|expected|slated) to|are (?:set|expected|slated) to) follow|"
    r"(?P<followed>followed)(?= (?:on|in) ))|"
    r"(?P<promise>promis(?:ed|es|ing)(?= (?:fans |viewers )?(?:Season \d+|the (?:\w+ )?(?:season|sequel|series))))|"
    r"(?P<out>com(?:es|ing) out|came out|(?:will|to) come out)|"
    r"(?:is|are|was|were) (?:slated|set|scheduled|expected|eyeing) for|"
    r"(?P<plan>(?:targeted|targeting|aiming|aimed|pencil+ed in|penciled|planned|on track|pegged|slated|scheduled) for|"
    r"eyeing)|"
    r"bow(?:s|ed|ing)?|(?:will|to) stream|(?:be|been|was|were|is|are|being) broadcast|"
    r"(?P<subject>(?:due(?: out)?|expected)(?= (?:in|on|by|around|sometime|this|next|early|late)\b)|"
    r"(?:be|been|was|were) unveiled|(?:will be|is|are|should be) out(?= (?:in|on|by|this|next|early|late)\b)|"
    r"available (?:to stream )?(?:on|from|starting|beginning))|"
    r"(?P<direct>return(?:s|ing)?|com(?:es|ing)(?: back)?|(?:is|are) back)|"
    r"open(?:s|ed|ing)?(?= (?:its|their|the) (?:\w+ )?season\b))\b", re.IGNORECASE)
# Who or what returns in a clause that is no show's return ("the director returns in May").
_NOT_SHOW_RETURN = re.compile(r"\b(?:[Dd]irector|PD|[Ww]riter|[Ss]creenwriter|[Pp]roducer|[Ss]howrunner|[Aa]ctor|"
                              r"[Aa]ctress|[Ss]tars?|[Cc]ast|[Hh]e|[Ss]he|[Tt]hey|film(?:ing)?|shoot(?:ing)?|"
                              r"production|crew|fans?)\b")
# What a plan phrase ("targeted for", "eyeing") must be about to date a release.
_RELEASE_SUBJECT = re.compile(r"\b(?:seasons?|series|show|drama|sequel|installment|part|it|premiere|release|"
                              r"return|debut|episodes|comeback)\b", re.IGNORECASE)
# Nouns that name something other than the release itself ("the premiere date", "press release").
_NOT_RELEASE = re.compile(r"^\s*(?:date|window|schedule|plans?|details|event|party|episode)\b|"
                          r"\b(?:press|news|statement|report|teaser|trailer|poster|photos?|song|album|single|data|"
                          r"figures|results|ratings|numbers|statistics|survey|poll|list|ranking|chart|"
                          r"soundtrack|video|images?|footage|announcement)[\s,]+$|(?<![\w-])(?:episode|finale)\b[^.]{0,22}$|"
                          r"’s\s+$|'s\s+$", re.IGNORECASE)
# What a studio "plans to release" besides a season: a cut, an edition, music or merchandise.
_OTHER_OBJECT = re.compile(r"\s+(?:(?:a|an|the|its|their|his|her|a new|new)\s+)?(?:[\w’'-]+\s+){0,3}?"
                           r"(?:director[’']s cut|special edition|extended (?:cut|edition|version)|"
                           r"limited edition|box set|blu-?ray|DVD|vinyl|making-of|behind-the-scenes|documentary|"
                           r"photo ?book|script ?book|OST|soundtrack|album|single|song|tracks?|music video|MV|"
                           r"teaser|trailer|poster|stills|merch\w*|game|book|webtoon|novel)s?\b", re.IGNORECASE)
# A date dating the telling, not the release ("its production company said Wednesday").
_SAID = re.compile(r"\b(?:said|says|announced|told|reported|revealed|confirmed|stated|added|noted|explained)"
                   r"(?: on)?\s+$")
# Words that make an unnumbered release the coming season of an untracked show.
_COMING_SEASON = re.compile(r"\b(?:new|next|upcoming|coming|returning) (?:season|installment)\b|\bthe season\b|"
                            r"\bsequel\b|\breturn", re.IGNORECASE)
# What may stand between "returns" and its date: a platform and a season ("returns to Netflix on
# March 6", "returns for season 2 on Netflix on March 6").
_PLATFORM_AFTER = r"(?:\s+(?:to|on) [A-Z][\w+]*(?: [A-Z][\w+]*)?)?"
_RIGHT_AFTER = re.compile(_PLATFORM_AFTER + r"(?:\s+(?:for|with) (?:(?:its|a|the|their) [\w-]+ "
                          r"(?:season|installment|part)|[Ss]eason \d+))?" + _PLATFORM_AFTER + r"\s+(?:on |in )?")
# "targeting late 2026 for the second season and early 2027 for the third": each date names its season.
_TARGET_VERB = re.compile(r"\b(?:target(?:s|ed|ing)?|eye(?:s|d|ing)|aim(?:s|ed|ing)? (?:for|at)|plan(?:s|ned|ning)? "
                          r"(?:for|on)|look(?:s|ing)? at|hop(?:es|ing) for|pencil(?:s|ed|led)? in)\b", re.IGNORECASE)
_SEASON_BEFORE = re.compile(r"\b(?:(?:the|its|a) (?P<o>first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))"
                            r"(?: (?:season|installment|one|part))?|Season (?P<n>\d+))"
                            r"(?: (?:is |are )?(?:following|arriving|coming|due|expected|slated|set|landing|premiering|"
                            r"(?:will|to|should) (?:follow|arrive|come)))?(?: (?:for|in|on|by|around))?\s*$")
_FOR_SEASON = re.compile(r"\s+for (?:the|its|a) (?P<o>first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))"
                         r"(?: (?:season|installment|part|one)\b|(?=[.,;:]|\s+and\b|\s*$))")
# Weekly slots, not premieres: "air Saturday and Sunday", "airs every Friday", "streams Fridays".
_DAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_SLOT = re.compile(rf"(?:every |on )?{_DAY}s?(?: and | & |-| through | to |, ){_DAY}s?\b|every {_DAY}\b|{_DAY}s\b")
# Arrival verbs that need a show for their subject ("A new thriller arrives next Wednesday" is none).
_ARRIVAL = re.compile(r"^(?:arriv|land|hits?|com)", re.IGNORECASE)
_OTHER_SUBJECT = re.compile(r"\b(?:ratings?|results?|numbers|figures|data|viewership|verdict|decision|"
                            r"announcement|details|lineup|tickets?|casting|script)\b", re.IGNORECASE)
_THEATRICAL = re.compile(r"\b(?:theaters|theatres|cinemas)\b", re.IGNORECASE)
_FROM = re.compile(r"\bfrom\s+$")
_RUN_TO = re.compile(r"\s*(?:to|until|till|through|thru|–|-)\s*")
_SEASON = re.compile(r"\b(?:Season|Part|Series) (?P<n>\d+)\b|\b(?P<o>first|second|third|fourth|fifth|"
                     r"\d+(?:st|nd|rd|th))(?: and (?:final|last))? (?:season|installment|part)\b", re.IGNORECASE)
# Two seasons released at once ("the second and third seasons would be released together").
_TWO_SEASONS = re.compile(r"\b(?:the |its )?(?P<a>second|third|fourth|fifth|\d+(?:st|nd|rd|th)) and (?:the )?"
                          r"(?P<b>second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)) (?:seasons|installments|parts)\b|"
                          r"\bSeasons (?P<n>\d+) (?:and|&) (?P<m>\d+)\b", re.IGNORECASE)
# The season a plan refers to without its number ("the next installment would follow in 2027").
_NEXT_ONE = re.compile(r"\b(?:next|new|final|last|coming|upcoming) (?:installment|instalment|season|chapter|part)\b|"
                       r"\bsequel\b", re.IGNORECASE)
# A release said not to happen ("Season 3 won't arrive this year").
_NEGATED = re.compile(r"(?:\b(?:not|never)|n[’']t)\s+(?:\w+ly\s+)?(?:be\s+)?$", re.IGNORECASE)
# "all eight episodes dropped": the season in focus, not the first one.
_EPISODES = re.compile(r"\b(?:episodes|the (?:new|latest|full|entire|whole) season)\b", re.IGNORECASE)
_RENEWED = re.compile(r"\brenew|\bgreen-?l|\bgreenlit\b|\bpicked up\b|\bordered\b", re.IGNORECASE)
_PRODUCTION_WORDS = re.compile(r"\b(?:film(?:ing|ed)?|shoot(?:ing)?|production|casting|photography|wrap(?:ped|s)?|"
                               r"filmed)\b", re.IGNORECASE)


def _previous_start(inp: EventInput, sentence: Sentence) -> int:
    """Where the sentence before ``sentence`` starts (``sentence``'s own start for the first)."""
    index = sentence_index(inp, sentence)
    return inp.ctx.sentences[index - 1].start if index else sentence.start


def find_releases(inp: EventInput, sentence: Sentence) -> list[EventFact]:
    """Dated releases stated in ``sentence``."""
    entry = _calendar_entry(inp, sentence)
    if entry is not None:
        return [entry]
    in_sentence = dates_within(inp, sentence.start, sentence.end)
    if not in_sentence:
        return []  # a release needs a date: skip the trigger scan
    if not _screen_context(inp, sentence) or _MARKETS.search(sentence.text):
        return []  # hostages, reports, gadgets and earnings are released too: a show's is told among screen words
    heading = _roundup_heading(inp, sentence)
    if heading is not None:
        return [heading]
    line = line_date(inp.ctx.body, in_sentence, sentence)
    events = []
    for trig, dates in pair_dates(inp, sentence, _triggers(inp, sentence), before_gap=12):
        if about_other_product(inp, sentence, trig.start):
            continue  # "the OST album was released on Friday"
        dates = _release_dates(inp, sentence, trig, dates, line)
        if any(_SLOT.match(inp.ctx.body, d.span[0] - (6 if inp.ctx.body.endswith("every ", 0, d.span[0]) else 0))
               for d in dates):
            continue  # "new episodes air Saturday and Sunday": a weekly slot
        if trig.label == "direct":
            trig = Trigger(trig.start, trig.end, "other")
        for index in range(len(dates)):
            past = _before_publication(inp, dates[index])
            when = Trigger(trig.start, trig.end, "past") if past else trig
            events.extend(_each_season(inp, sentence, when, _release(inp, sentence, when, dates, index)))
    return events + _targets(inp, sentence, events)


def _each_season(inp: EventInput, sentence: Sentence, trig: Trigger, event: EventFact) -> list[EventFact]:
    """``event``, once per season when its clause releases two seasons together."""
    lo, _ = clause_at(sentence, trig.start)
    both = _TWO_SEASONS.search(inp.ctx.body, lo, trig.start)
    if both is None or _SEASON.search(inp.ctx.body, both.end(), trig.start):
        return [event]  # "shot the second and third seasons, and Season 2 premieres ...": one season
    numbers = [int(both.group("n")), int(both.group("m"))] if both.group("n") else \
        [ordinal_word(both.group("a")), ordinal_word(both.group("b"))]
    if event.fields.get("season") not in (None, *numbers):
        return [event]
    return [EventFact(type=event.type, text=event.text, span=event.span, sentence=event.sentence, show=event.show,
                      source=event.source, fields={**event.fields, "season": number}) for number in numbers if number]


# Market talk: a release there is of results ("shares rose following the release").
_MARKETS = re.compile(r"\b(?:shares|stock|earnings|trading|investors|revenue|profit|quarterly results)\b",
                      re.IGNORECASE)
_SCREEN_WORDS = re.compile(r"\b(?:series|miniseries|shows?|dramas?|k-dramas?|sitcoms?|films?|movies?|seasons?|"
                           r"episodes?|finale|premieres?|premiered|sequels?|documentar(?:y|ies)|specials?|anime|"
                           r"trailers?|teasers?|theaters|theatres|cinemas|box office|stream(?:s|ed|ing|er|ers)?|"
                           r"broadcasts?|broadcaster|network|channel|airs|aired|installments?|spin-?offs?|"
                           r"adaptations?|cast|filming)\b", re.IGNORECASE)


def _screen_context(inp: EventInput, sentence: Sentence) -> bool:
    """Whether ``sentence`` or the one before it speaks of screen works: a word for a show or
    film, a platform, a tracked show or a quoted title; any sentence of an article about a
    tracked show does."""
    if inp.ctx.about:
        return True
    index = sentence_index(inp, sentence)
    for current in inp.ctx.sentences[max(0, index - 1):index + 1] or [sentence]:
        text = current.text
        if _SCREEN_WORDS.search(text) or PLATFORM.search(text) or quoted_titles(inp, current.start, current.end) \
                or tracked_named(inp, current.start, current.end):
            return True
    return False


# A release roundup's subheading: "Title, Season 2 (Friday, December 11)" on a line of its own.
_ROUNDUP_HEADING = re.compile(r"(?P<title>[^\n()]{2,80}?)(?:,\s*(?:Season|Part|Series)\s+(?P<n>\d+))?"
                              r"\s*\((?P<when>[^()\n]{3,40})\)\s*$")
_ROUNDUP_WORDS = re.compile(r"\b(?:new (?:on|to|this week)|this week|coming (?:to|soon)|arriving|lineup|line-up|"
                            r"release dates?|what(?:’|')s new|premieres? this)\b", re.IGNORECASE)


def _roundup_heading(inp: EventInput, sentence: Sentence) -> EventFact | None:
    """The release a roundup's title-and-date subheading announces, in an article listing what
    arrives when ("Here’s everything new on Netflix this week")."""
    body = inp.ctx.body
    line_start = body.rfind("\n", 0, sentence.start) + 1
    line_end = body.find("\n", sentence.end)
    line_end = len(body) if line_end < 0 else line_end
    if body[line_start:sentence.start].strip() or body[sentence.end:line_end].strip():
        return None  # not a line of its own
    match = _ROUNDUP_HEADING.fullmatch(sentence.text.strip())
    dates = dates_within(inp, sentence.start, sentence.end)
    if match is None or not dates or not _ROUNDUP_WORDS.search(body, 0, min(len(body), 1500)):
        return None
    date = dates[-1]
    if not sentence.start + sentence.text.find("(") < date.span[0]:
        return None  # the date must be the one in the parentheses
    paragraph_end = body.find("\n\n", line_end + 2)
    following = body[line_end:paragraph_end if paragraph_end > 0 else len(body)]
    named = PLATFORM.search(following)
    platform = canonical_platform(named.group(0)) if named else platform_named(inp, line_start, line_start)
    tracked = tracked_named(inp, sentence.start, sentence.end)
    return make_event(inp, "release", sentence, (sentence.start, sentence.end),
                      show=tracked[0][1] if tracked else None, source=None,
                      season=int(match.group("n")) if match.group("n") else None,
                      platform=platform, region=region_in(following), **date_fields([date]))


# A release calendar's entry: a title (its season or kind in parentheses), a dash, what it is.
_ENTRY = re.compile(r"(?P<title>[A-Z0-9“\"‘][^—–\n]{0,80}?)(?: \((?P<tag>[^()\n]{2,40})\))?\s+[—–]\s+\S")
_WEEKDAY_WORDS = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|[\W\d_]+", re.IGNORECASE)
_HEADING_LOOKBACK = 15  # paragraphs read back from an entry to its date


def _calendar_entry(inp: EventInput, sentence: Sentence) -> EventFact | None:
    """The release of a calendar entry (``Frostline (Season 2) — The survival drama returns ...``)
    under a date heading (``Wednesday, January 1``), in an article listing what arrives when."""
    body, start = inp.ctx.body, sentence.start
    if start and not body.endswith("\n", 0, start):
        return None
    entry = _ENTRY.match(body, start, sentence.end)
    if entry is None or not _ROUNDUP_WORDS.search(body, 0, min(len(body), 1500)):
        return None
    date = _date_heading(inp, start)
    if date is None:
        return None
    tag = entry.group("tag") or ""
    season = re.fullmatch(r"(?:Season|Series|Part) (\d+)", tag)
    named = PLATFORM.search(tag)
    tracked = tracked_named(inp, entry.start("title"), entry.end("title"))
    return make_event(inp, "release", sentence, entry.span("title"), show=tracked[0][1] if tracked else None,
                      source=None, season=int(season.group(1)) if season else None,
                      platform=canonical_platform(named.group(0)) if named else platform_named(inp, start, start),
                      region=None, **date_fields([date]))


def _date_heading(inp: EventInput, pos: int) -> DateFact | None:
    """The date of the heading line above a calendar entry at ``pos``, read back over the other
    entries and their paragraphs; none when another heading comes first."""
    body = inp.ctx.body
    for line_start, line_end in itertools.islice(lines_before(body, pos), _HEADING_LOOKBACK):
        line = body[line_start:line_end]
        dates = dates_within(inp, line_start, line_end)
        if dates and len(line) <= 40:
            rest = line
            for date in dates:
                rest = rest.replace(body[date.span[0]:date.span[1]], " ")
            if not _WEEKDAY_WORDS.sub("", rest).strip():
                return dates[0]  # "Wednesday, January 1": a line that is only its date
        if len(line) <= 60 and not line.rstrip().endswith((".", "!", "?", ":")) and not _ENTRY.match(line):
            return None  # another heading ("Coming later in January")
    return None


def _targets(inp: EventInput, sentence: Sentence, found: list[EventFact]) -> list[EventFact]:
    """Releases of dates no other release took that name their season after a target verb
    (``targeting late 2026 for the second season``) or, after a release, an elided one (``and
    the third in early 2027``, ``with Season 3 following in early 2027``)."""
    body, taken = inp.ctx.body, {e.fields.get("date") for e in found}
    verb = _TARGET_VERB.search(body, sentence.start, sentence.end)
    if verb and not _RELEASE_SUBJECT.search(sentence.text):
        verb = None  # "the firm is targeting 2026 for the first phase"
    if not verb and not found:
        return []
    lo = verb.end() if verb else min(e.span[1] for e in found)
    events = []
    for date in [d for d in dates_within(inp, lo, sentence.end) if d.value not in taken]:
        if _RENEWED.search(body, max(lo, date.span[0] - 40), date.span[0]):
            continue  # "... and the network renewed it for a 22nd in the spring": a renewal's date
        after = _FOR_SEASON.match(body, date.span[1], sentence.end) if verb else None
        before = _SEASON_BEFORE.search(body, max(lo, date.span[0] - 45), date.span[0])
        season = ordinal_word(after.group("o")) if after else _season_number(before) if before else None
        if season:
            span = (date.span[0], after.end()) if after else (before.start(), date.span[1])
            events.append(make_event(inp, "release", sentence, span, show=show_for(inp, sentence, date.span[0]),
                                     source=claim_source(inp, sentence, sentence.start, sentence.end),
                                     season=season, platform=platform_named(inp, sentence.start, sentence.end),
                                     region=None, **date_fields([date])))
    return events


def _release_dates(inp: EventInput, sentence: Sentence, trig: Trigger, dates: list[DateFact],
                   heading: DateFact | None) -> list[DateFact]:
    """The paired dates that date the release: not a date of the telling ("said Wednesday"),
    only the start of a run, and for "returns" only a date right after it ("returns in 2026"). A date
    before the trigger counts when only filler stands between, or when it is ``heading``, the date a
    timeline line opens with."""
    body = inp.ctx.body
    dates = [d for d in dates if (d.span[0] > trig.start or close_before(body, d, trig) or d is heading)
             and not _SAID.search(body, max(sentence.start, d.span[0] - 25), d.span[0])]
    dates = _run_start(body, dates)
    if trig.label == "direct":
        dates = [d for d in dates if d.span[0] >= trig.end and _RIGHT_AFTER.fullmatch(body, trig.end, d.span[0])]
    return dates


def _platform(inp: EventInput, sentence: Sentence, clause_start: int) -> str | None:
    """The sentence's network, else the last platform named before the clause."""
    named, platform = platform_in(inp, sentence.start, sentence.end)
    return platform if named else platform_named(inp, clause_start, clause_start)


def _release(inp: EventInput, sentence: Sentence, trig: Trigger, dates: list, index: int) -> EventFact:
    span = clause_at(sentence, trig.start)
    text = inp.ctx.body[span[0]:span[1]]
    return make_event(inp, "release", sentence, trigger_span(trig, [dates[index]]),
                      show=show_for(inp, sentence, trig.start),
                      source=claim_source(inp, sentence, *span, point=trig.start),
                      season=_season(inp, sentence, trig, span),
                      platform=None if _THEATRICAL.search(text) else _platform(inp, sentence, span[0]),
                      region=region_in(text),
                      **date_fields(dates, index))


def _run_start(body: str, dates: list[DateFact]) -> list[DateFact]:
    """Only the first date of a run ("aired from April 5 to May 11"): the release is its start."""
    if len(dates) > 1 and _FROM.search(body, max(0, dates[0].span[0] - 6), dates[0].span[0]) and \
            _RUN_TO.fullmatch(body, dates[0].span[1], dates[1].span[0]):
        return dates[:1]
    return dates


def _before_publication(inp: EventInput, date: DateFact) -> bool:
    """Whether ``date`` ended before the article was published (a release that has happened)."""
    published = inp.ctx.published
    value = date.value or ""
    last = date.end or (value if len(value) == 10 else None)
    return bool(published and last and last[:10] < published.isoformat())


def _triggers(inp: EventInput, sentence: Sentence) -> list[Trigger]:
    """Release verbs and nouns of the sentence, without ``premiere date``-like nouns and
    ``slated for`` phrases that talk about filming."""
    body, found = inp.ctx.body, []
    for match in _TRIGGER.finditer(body, sentence.start, sentence.end):
        if _not_a_release(inp, sentence, match):
            continue
        future = re.search(r"\bbe\s+$", body[max(sentence.start, match.start() - 4):match.start()])
        label = "direct" if match.group("direct") else "past" if (match.group("past") or match.group("since") or
                                                                    match.group("followed")) and not future else "other"
        found.append(Trigger(match.start(), match.end(), label))
    return found


def _not_a_release(inp: EventInput, sentence: Sentence, match: re.Match[str]) -> bool:
    """Whether the trigger ``match`` talks about something else: a ``premiere date`` noun, a
    press release, filming ``slated for`` a date, a person returning, a plan for an event or
    an edition released ("plans to release a director's cut")."""
    body, start, end = inp.ctx.body, match.start(), match.end()
    if _NEGATED.search(body, max(sentence.start, start - 20), start):
        return True  # "Season 3 won't arrive this year"
    if (_NOT_RELEASE.search(body[end:end + 12]) and not _dated_noun(inp, start)) or \
            _NOT_RELEASE.search(body[max(sentence.start, start - 30):start]):
        return True
    if match.group("direct") and _someone_returns(inp, sentence, start):
        return True
    if " for" in match.group(0) and _PRODUCTION_WORDS.search(body, sentence.start, start):
        return True
    if (match.group("plan") or match.group("subject") or match.group("direct") or _ARRIVAL.match(match.group(0))) \
            and not _show_subject(inp, sentence, start):
        return True  # "a press event is planned for Monday", "tickets are available from Monday"
    if match.group("out") and not _show_subject(inp, sentence, start) and \
            not re.search(r"\b(?:it|they)\s+$", body[max(sentence.start, start - 12):start]):
        return True  # "the truth came out in May"; "it comes out in the spring" stays
    if match.group("follow") and not (_SEASON.search(body, clause_at(sentence, start)[0], start) or
                                      _NEXT_ONE.search(body, clause_at(sentence, start)[0], start)):
        return True  # "Season 3 will follow in 2027"; "details will follow next week" is none
    if match.group("followed") and _PRODUCTION_WORDS.search(body, _previous_start(inp, sentence), start):
        return True  # "Season 2 wrapped in June. Season 3 followed on August 21": the shoot, not a release
    if _MOVED_FROM.match(body, end):
        return True  # "pulled the premiere forward from January": the date it no longer has
    if _TOLD_OBJECT.search(body, max(sentence.start, start - 45), start):
        return True  # "figures Netflix released on Tuesday": the figures were released, not a show
    word = match.group(0).lower()
    if word in _NOUN_LOOKALIKES and _DETERMINER_BEFORE.search(body, max(sentence.start, start - 12), start):
        return True  # "the air", "a drop", "the land": nouns, not release verbs
    if word.startswith("drop") and _DECLINE.match(body, end):
        return True  # "dropped to $9.1 billion", "dropped by 5%": a fall, not a release
    if _PERSONAL_DEBUT.search(body, max(sentence.start, start - 25), start):
        return True  # "his 2011 debut": a person's first record or role, not a show's premiere
    if _FINALE_OBJECT.match(body, end) or _EVERY_DAY.match(body, end):
        return True  # "aired its second-season finale on Saturday", "drops every Friday through January 8"
    kind = _KIND_BEFORE.search(body, max(sentence.start, start - 40), start)
    if kind is not None and kind.group("word").casefold() in _GENERIC_BEFORE:
        return True  # "honors series released on streaming platforms between July and June": a kind of show
    return bool(_OTHER_OBJECT.match(body, end, min(sentence.end, end + 60))) or _non_show_object(body, end)


# A release verb's object that is not a show ("dropped the suit", "launched a campaign", "aired
# the interview"): a determiner and up to three words, none of them a word for a show or a title.
_OBJECT = re.compile(r"\s+(?:the|a|an|his|her|their|its|our|all|some)\s+((?:[\w’'-]+\s+){0,2}[\w’'-]+)")
_SHOW_OBJECT = re.compile(r"\b(?:seasons?|series|shows?|dramas?|k-dramas?|episodes?|films?|movies?|specials?|"
                          r"finale|premiere|sequel|installments?|parts?|titles?|chapters?|batch|volumes?|"
                          r"documentar(?:y|ies)|anime|it|first|second|third|new|latest|final|remaining|rest)\b",
                          re.IGNORECASE)
_TRANSITIVE = re.compile(r"(?:dropp?|launch|land|releas|air|debut|premier)", re.IGNORECASE)
_MOVED_FROM = re.compile(r"\s+(?:forward|back|up|ahead|away)\s+from\b", re.IGNORECASE)
_TOLD_OBJECT = re.compile(r"\b(?:figures|data|numbers|statistics|ratings|results|statement|report|list|chart|"
                          r"rankings?|viewership|tally|photos?|images?|trailer|teaser|poster)\s+(?:that\s+|which\s+)?"
                          r"(?:[A-Z][\w+&’'-]*\s+){1,3}(?:(?:has|have|had)\s+)?$")
_NOUN_LOOKALIKES = frozenset(["air", "airs", "drop", "drops", "land", "lands", "arrival"])
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|this|that|its|fresh|clean|open|thin|hot)\s+$", re.IGNORECASE)
_DECLINE = re.compile(r"\s+(?:sharply |slightly |steadily |further |by |to |from |below |under )*"
                      r"(?:\$|€|£|¥|\d|one|two|three|four|five|six|seven|eight|nine|ten|half|a third|a quarter)")
_NP_END = re.compile(r"\b(?:on|in|at|by|from|to|for|with|this|last|next|after|before|until|since|and|or)\b",
                     re.IGNORECASE)  # where the object's noun phrase ends
# The last episode of a run, aired: the run ends, nothing is released.
_FINALE_OBJECT = re.compile(r"\s+(?:its|the|their|a)\s+(?:[\w-]+\s+){0,2}(?:finale|final episodes?|last episodes?)\b",
                            re.IGNORECASE)
_EVERY_DAY = re.compile(rf"\s+(?:new episodes\s+)?(?:every|each)\s+{_DAY}\b")
# A plural kind of show the verb describes, taken generically ("honors series released in 2025",
# "among dramas that premiered"; "the series premiered" is the show itself).
_KIND_BEFORE = re.compile(r"(?P<word>[\w’'-]+)\s+(?:series|shows|dramas|titles|programs|programmes|works|films|movies|"
                          r"productions)\s+(?:that\s+|which\s+)?(?:were\s+|are\s+)?$", re.IGNORECASE)
_GENERIC_BEFORE = frozenset({"honors", "honours", "honoring", "honouring", "recognizes", "recognises", "celebrates",
                             "includes", "including", "features", "featuring", "covers", "covering", "for", "of",
                             "among", "all", "other", "many", "several", "most", "some", "eligible", "to", "between"})
_PERSONAL_DEBUT = re.compile(r"\b(?:his|her)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


def _non_show_object(body: str, end: int) -> bool:
    """Whether the trigger ending at ``end`` takes an object that is no show (``dropped the suit``)."""
    head = body[max(0, end - 64):end]  # the word ending at ``end``, without copying the body before it
    verb = head.rsplit(None, 1)[-1] if head.strip() else ""
    if not _TRANSITIVE.match(verb):
        return False
    obj = _OBJECT.match(body, end, end + 60)
    if obj is None:
        return False
    words = " ".join(_NP_END.split(obj.group(1), maxsplit=1)[0].split())
    return not _SHOW_OBJECT.search(words) and not any(w[:1].isupper() for w in words.split())


def _show_subject(inp: EventInput, sentence: Sentence, pos: int) -> bool:
    """Whether the clause before ``pos`` is about a show or its season (a word for one, or a title)
    and not about its figures or a decision on it ("ratings for the show are expected Monday")."""
    lo = clause_at(sentence, pos)[0]
    if _OTHER_SUBJECT.search(inp.ctx.body, lo, pos):
        return False
    return bool(_RELEASE_SUBJECT.search(inp.ctx.body, lo, pos)) or bool(quoted_titles(inp, lo, pos)) or \
        any(name.casefold() in inp.ctx.body[lo:pos].casefold() for show in inp.ctx.shows for name in show.names)


def _dated_noun(inp: EventInput, pos: int) -> bool:
    """Whether a date stands right before the noun at ``pos`` ("a March 6 premiere date")."""
    return any(0 <= pos - d.span[1] <= 2 for d in inp.dates)


def _someone_returns(inp: EventInput, sentence: Sentence, pos: int) -> bool:
    """Whether the clause before ``pos`` makes a person, the crew or the shoot the one returning."""
    lo = clause_at(sentence, pos)[0]
    text = inp.ctx.body[lo:pos]
    for start, end, _, _ in quoted_titles(inp, lo, pos):  # a quoted title is no person's name
        text = text.replace(inp.ctx.body[start:end], " ")
    return bool(_NOT_SHOW_RETURN.search(text)) or any(name in text for name in inp.people.values())


def _season(inp: EventInput, sentence: Sentence, trig: Trigger, span: tuple[int, int]) -> int | None:
    """The season the release is of (see the module docstring); an undated-season future
    release falls back on the recent sentences, then on the article's focus season (of its
    show, or of the untracked show an article about no tracked show is about)."""
    elided = _ELIDED.search(inp.ctx.body, span[0], trig.start)
    if elided and _SEASON_WORD.search(sentence.text):
        return ordinal_word(elided.group("o"))  # "Season 2 is out, and the third is expected in 2027"
    for lo, hi in (span, (sentence.start, sentence.end)):
        hits = list(_SEASON.finditer(inp.ctx.body, lo, hi))
        if hits:
            return _season_number(min(hits, key=lambda m: abs(m.start() - trig.start)))
    if trig.label == "past":
        if not _EPISODES.search(inp.ctx.body, sentence.start, sentence.end):
            return 1
        return _recent_season(inp, sentence) or _focus_season(inp) or 1
    if _THEATRICAL.search(inp.ctx.body, *span) or ((not inp.ctx.about or show_for(inp, sentence, trig.start) is None)
                                                   and other_title_near(inp, sentence)):
        return None  # a film in theaters, or another title than the article's show
    recent = _recent_season(inp, sentence)
    untracked = not inp.ctx.about and bool(_COMING_SEASON.search(inp.ctx.body, *span))
    if recent is None and (show_for(inp, sentence, trig.start) in inp.ctx.about or untracked):
        return _focus_season(inp)
    return recent


# "the third" standing for a season the sentence named ("the second season ..., and the third is due").
_ELIDED = re.compile(r"\bthe (?P<o>second|third|fourth|fifth|sixth|seventh)\b(?= (?:one |installment )?"
                     r"(?:is|are|was|will|would|should|arrives?|comes?|follows?|lands?|drops?|premieres?)\b)",
                     re.IGNORECASE)
_SEASON_WORD = re.compile(r"\b(?:season|installment)s?\b", re.IGNORECASE)


def _focus_season(inp: EventInput) -> int | None:
    """The upcoming season the article talks about most (``Season 2`` in a Season 2 explainer);
    of seasons named equally often, the later one (the renewed one in a renewal story)."""
    numbers = [n for m in _SEASON.finditer(inp.ctx.body) if (n := _season_number(m)) and n > 1]
    return max(sorted(set(numbers)), key=lambda n: (numbers.count(n), n)) if numbers else None


def _season_number(match: re.Match[str]) -> int | None:
    return int(match.group("n")) if match.group("n") else ordinal_word(match.group("o"))


def _recent_season(inp: EventInput, sentence: Sentence) -> int | None:
    """The season named last in the two sentences before ``sentence``, or the first of the
    seasons a renewal there announced ("renewed for two more installments")."""
    index = sentence_index(inp, sentence)
    for earlier in reversed(inp.ctx.sentences[max(0, index - 2):index]):
        hits = list(_SEASON.finditer(earlier.text))
        if hits:
            return _season_number(hits[-1])
        renewed = seasons_claimed(earlier.text, []) if _RENEWED.search(earlier.text) else None
        if renewed:
            return min(renewed)
    return None

