"""Chart rankings: a show's place on a chart, with the chart, the date and the data provider.

``As per a data firm, it climbed to #3 on the streamer's weekly Top 10 chart by March 4``;
``No. 1 among weekend dramas in its slot``; ``ranked third on the drama chart``;
``topped the chart`` is rank 1, and so is ``at the top of its worldwide TV ranking`` (the
subject keeping that chart is the provider); ``placed first among all programs in its slot``;
``the second most-watched series on a streamer``; ``sat at No. 1 in A, B and C`` is one
ranking per country, on the chart named nearby narrowed to the country. A rank needs a chart
phrase (``on``/``among``/``in`` ...), after it or, for a peak (``spent six weeks in the Top 10,
peaking at No. 2``), before it.

Chart coverage names a chart once and then moves titles along it: ``climbed to No. 4``,
``debuted at No. 7``, ``held the No. 1 spot for a second week``, ``led the TV list``, ``topped the
chart``, ``further down the non-English list``. Such a rank takes the chart the article has in
view (see ``chart_names``), for the language and kind its sentence names; only inflected verbs
count (``to hold the top spot`` is a wish), and only with a time, a view count or the clause's
end after the rank (``climbed to No. 4 in the league`` is no chart's). ``entered the global Top 10
at No. 6`` takes the chart it entered; ``No. 1 in 14 countries`` the streamer's Top 10 by
country; a buzz tracker's ``most-discussed drama`` its buzz ranking. ``ranked third on X and first in
23 countries`` carries the verb to the second rank; ``No. 2 worldwide on X`` keeps its scope; ``ranked
first among drama performers`` in a provider's named index is that index's ranking of the group;
``On <scope> TV, A remained the most-watched series of the week`` is first on that scope.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from pipelines.facts.event_rules.chart_names import (
    CHART_PHRASE,
    QUALIFIER,
    STREAMER,
    ChartName,
    adjusted,
    bare_idiom,
    chart_in_force,
    chart_like,
    is_screen_chart,
    language_and_kind,
    parse_chart,
    streamer_before,
)
from pipelines.facts.event_rules.claims import sources_in
from pipelines.facts.event_rules.common import (
    COUNTRY,
    EventInput,
    about_other_product,
    clause_at,
    count_word,
    dates_within,
    make_event,
    nearest_date,
    ordinal_word,
    sentence_index,
)
from pipelines.facts.event_rules.ranking_lists import find_list_rows
from pipelines.facts.event_rules.shows import show_for, tracked_named
from pipelines.facts.model import EventFact
from pipelines.facts.sentences import Sentence

_ORD = r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)"
_RANK = re.compile(
    rf"#(?P<hash>\d+)\b|\bNo\. ?(?P<no>\d+)\b|\bnumber (?P<num>one|two|three|\d+)\b|"
    rf"\b(?P<place>{_ORD}) place\b|\brank(?:ed|ing|s) (?:at )?(?:No\. ?(?P<rno>\d+)|(?P<rord>{_ORD}))\b|"
    r"\b(?P<top>topped|topping|tops|top spot|top position|number-one spot|first place|"
    r"(?:at|to) the (?:very )?top(?= of\b)|(?<=stayed )on top|(?<=remained )on top|(?<=stays )on top|"
    r"(?<=remains )on top)\b|"
    rf"\b(?:plac(?:ed|es|ing)|finish(?:ed|es|ing)|(?:came|comes?|coming) in|land(?:ed|s|ing)|debut(?:ed|s|ing)|"
    rf"s(?:at|its|itting)|st(?:ood|ands|anding)) (?:at )?(?P<pord>{_ORD})\b(?! (?:time|season|episode|week)\b)|"
    rf"\b(?P<most>{_ORD}|No\. ?\d+)(?=[- ]most[- ](?:watched|popular|viewed|streamed)\b)|"
    rf"(?<!one of )(?<!among )\bthe(?P<mostone>)(?= most[- ](?:watched|viewed|streamed)\b)|"
    r"(?<!one of )(?<!among )\bthe(?P<buzz>)(?= most[- ](?:discussed|talked[- ]about|buzzed[- ]about|buzzworthy)\b)|"
    rf"(?<=\band )(?P<carried>{_ORD})\b(?= (?:in|on|among) )|"
    r"\b(?P<led>led|leads|leading|headed|heads|heading)(?= (?:the |[A-Z][\w+.-]*(?:'s|’s) )"
    r"(?:[\w’'+-]+ ){0,3}(?:charts?|lists?|rankings?|Top \d+)\b)",
    re.IGNORECASE)
# Where a chart phrase ends: punctuation, a second verb, or a time or comparison phrase.
_CHART_END = (r"(?=(?:(?<=chart)|(?<=charts)|(?<=list)|(?<=ranking)|(?<=rankings)|(?<=Top 10)|(?<=series)|(?<=shows)|"
              r"(?<=dramas)|(?<=TV)|(?<=films)|(?<=movies))\s+(?:and|while|but)\s|"
              r"\s+(?:every|each|throughout|since|until|through)\b|"
              r",|\.|;|:|\s+and (?:then )?(?:climbed|rose|stayed|remained|held|spent|reached|peaked|"
              r"jumped|fell|dropped|slipped|topped|ranked|landed|moved|went|became|has|had|was|is)\b|"
              r"\s+(?:by|as of|last|this|behind|after|with|soon|again|now|yet|"
              r"for(?! non-English| English)|in (?:its|the) (?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))|"
              r"in (?:the|that|its) (?:week|weekend|month|period)|in (?:\d+|[a-z]+) (?:countries|markets|territories)"
              r"|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|"
              r"June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|"
              r"Dec))\b|$)")
_CHART = re.compile(r"^\s*(?:for (?:a |the )?\w+ (?:straight |consecutive )?(?:weeks?|days?|months?)\s+)?"
                    r"(?:(?:spot|position|place|finish|shows?|series|dramas?|titles?|programs?|K-dramas?)\s+)?"
                    r"(?:(?P<scope>worldwide|globally|overall|internationally)\s+)?"
                    r"(?:on|in|among|of|atop)\s+(?P<chart>[^,.;:]{3,80}?)" + _CHART_END, re.IGNORECASE)
# "the second most-watched non-English series on Netflix": the superlative names the chart.
_MOST_CHART = re.compile(r"^[\s-]*(?P<chart>most[- ](?:watched|popular|viewed|streamed)\s[^,.;:]{3,80}?)" + _CHART_END,
                         re.IGNORECASE)
_TOPPED_CHART = re.compile(r"^\s+(?P<chart>(?:the|Netflix's|Netflix’s|[A-Z][\w'’+-]*(?:'s|’s)?)\s[^,.;:]{0,70}?"
                           r"(?:chart|charts|rankings?|list|Top \d+|box office|index)\b" + QUALIFIER + ")",
                           re.IGNORECASE)
_MUSIC_CHART = re.compile(r"\b(?:Melon|Genie|Bugs|FLO|Spotify|Billboard|Circle|Gaon|iTunes|Apple Music|"
                          r"YouTube Music|Oricon|music)\b", re.IGNORECASE)
# A rank that refers back to a chart named before it in the sentence.
_PEAK = re.compile(r"\b(?:peak(?:ing|ed|s)?|reach(?:ing|ed|es)?|climb(?:ing|ed|s)?|ris(?:ing|es)|rose|hitting|hit|"
                   r"topping out|top(?:ped)? out)(?: as high as| all the way)?(?: at| to)?\s+$", re.IGNORECASE)
_CHART_BEFORE = re.compile(r"\b(?:in|on|atop|onto|into|to)\s+(?P<chart>(?:the |[A-Z][\w'’.+-]*(?:'s|’s)? )"
                           r"[^,.;:]{0,60}(?:chart|charts|rankings?|list|Top \d+|box office|index)\b"
                           r"(?: (?:for|in) (?:non-English|English|[A-Z])[^,.;:]{0,40}?(?=[,;]))?)")
# A sentence without one of these words holds no rank.
_GATE_WORDS = ("#", "no.", "number", "place", "placing", "rank", "top", "finish", "came in", "come in", "coming in",
               "land", "debut", "sat ", "sits", "sitting", "stood", "stand", "most", "led ", "leads", "leading",
               "headed", "heads")
_BARE_LIST = re.compile(r"(?:(?:on|in) )?(?:the|my|your|our|his|her|their|its|a) (?:list|index|rankings?)"
                        r"(?: (?:for|of) .*)?$", re.IGNORECASE)
_CHART_WORDS = re.compile(r"chart|rank|list|top \d+|programs?|index|box office|ratings?|slot|billboard|"
                          r"countries|category|shows|series|dramas|titles|rankings", re.IGNORECASE)


def find_rankings(inp: EventInput, sentence: Sentence) -> list[EventFact]:
    """Chart positions stated in ``sentence``."""
    rows = find_list_rows(inp, sentence)
    if rows:
        return rows
    went = _went_to(inp, sentence)
    if went is not None:
        return [went]
    lowered = sentence.text.lower()
    if not any(word in lowered for word in _GATE_WORDS):
        return []
    events: list[EventFact] = []
    charts: dict[int, str] = {}  # per sentence: the chart around it, its provider
    providers: dict[int, str | None] = {}
    verb_rank = False  # a rank with its verb ("ranked third on X"), which a later "and first in Y" carries
    for m in _RANK.finditer(inp.ctx.body, sentence.start, sentence.end):
        rank = _rank(m)
        if m.group("carried") and not verb_rank:
            continue
        verb_rank = verb_rank or bool(m.group("rord") or m.group("pord"))
        countries = _COUNTRIES.match(inp.ctx.body, m.end(), sentence.end)
        if rank is not None and countries and _screen_article(inp) and \
                not about_other_product(inp, sentence, m.start()):
            base = _named_chart(inp, sentence, countries.end(), charts)
            events.extend(_by_country(inp, sentence, m, countries, rank, base, providers))
            continue
        if rank is None or about_other_product(inp, sentence, m.start()):
            continue
        chart, named = _chart(inp.ctx.body, m, sentence.start, sentence.end), None
        if m.group("buzz") is not None:
            chart, named = None, _buzz_chart(inp, sentence, m, providers)
        elif chart is None and (group := _index_group(inp, sentence, m)) is not None:
            chart, named = group, group
        elif chart is None and m.group("mostone") is not None and (most := _scoped_most(inp, sentence, m)):
            named = most
        elif chart is None and _ranked(m) and (listed := _ON_THE_LIST.match(inp.ctx.body, m.end(), sentence.end)):
            named = _chart_in_view(inp, sentence, m, ("the list", m.start(), listed.end()), rank)
        elif chart is None or _TIME_CHART.match(chart[0]) or _COUNT_CHART.match(chart[0]) or \
                parse_chart(chart[0], inp, chart[1]).reference:
            if chart is not None and _wished(inp, sentence, m):
                continue  # "could be No. 1 on the chart": a wish
            named = _chart_in_view(inp, sentence, m, chart, rank)
        if named is not None:
            chart = named
        elif chart is None or _MUSIC_CHART.search(chart[0]) or _TIME_CHART.match(chart[0]) or \
                (m.group("led") and not _OWNED_CHART.match(chart[0])) or \
                not chart_like(parse_chart(chart[0], inp, chart[1]), chart[0]):  # "tops the cast list"
            continue
        including = _INCLUDING.match(inp.ctx.body, chart[2], sentence.end) if _IN_COUNTRIES.search(chart[0]) else None
        if including:  # "No. 1 in 41 countries, including A, B and C": each country named
            base = _named_chart(inp, sentence, including.start("list"), charts)
            events.extend(_by_country(inp, sentence, m, including, rank, base, providers))
            continue
        countries = _COUNTRIES_AFTER.match(inp.ctx.body, chart[2], sentence.end)
        if countries:  # "topped Netflix's Top 10 TV chart in A and B"
            base = chart[0] + inp.ctx.body[chart[2]:countries.start("list") - 4]
            events.extend(_by_country(inp, sentence, m, countries, rank, base, providers))
            continue
        name = chart[0] if named or not _own_chart(m) else _chart_name(chart[0])
        events.append(make_event(inp, "ranking", sentence, chart[1:], show=show_for(inp, sentence),
                                 chart=_described_owner(inp, name, chart[1]), rank=rank,
                                 date=_chart_date(inp, sentence, m.start()),
                                 provider=_provider(inp, sentence, providers) or _owner(inp, sentence, chart, named)))
    return events


# "On the English-language list, the top spot went to X": a place given to the title after it.
_WENT_TO = re.compile(r"\b(?:[Tt]he|[Ii]ts) (?:(?P<top>top|No\. ?1|number-one|first)|(?P<ord>" + _ORD + r"|No\. ?\d+))"
                      r"[- ](?:spot|place|position)(?P<on> (?:on|in|of) [^,.;]{3,60}?)? (?:went|goes|belonged|belongs|"
                      r"fell|falls) to (?:the )?(?:[a-z-]+ ){0,4}(?P<title>[A-Z“\"‘'])")


def _went_to(inp: EventInput, sentence: Sentence) -> EventFact | None:
    """``the top spot went to the comedy Snowed In``: the place of the title named after the verb,
    on the chart the sentence names or the one in view (for the language and kind it names)."""
    m = _WENT_TO.search(inp.ctx.body, sentence.start, sentence.end)
    if m is None or not _screen_article(inp):
        return None
    rank = 1 if m.group("top") else ordinal_word(m.group("ord")) or int(re.sub(r"\D", "", m.group("ord")) or 0)
    view = chart_in_force(inp, sentence.start)
    if view is None:
        return None
    language, kind = language_and_kind(inp.ctx.body[sentence.start:m.start("title")])
    named = tracked_named(inp, m.start("title"), sentence.end)
    show = named[0][1] if named and named[0][0] == m.start("title") else None
    return make_event(inp, "ranking", sentence, (m.start(), sentence.end - 1 if sentence.text.endswith(".") else
                                                 sentence.end), show=show,
                      chart=adjusted(view, language, kind).render(), rank=rank,
                      date=_chart_date(inp, sentence, m.start()), provider=view.owner)


# "the platform's worldwide TV chart": the chart of the streamer the article names.
_DESCRIBED = re.compile(r"^(?:the|its) (?:streamer|platform|service|streaming service|streaming giant)[’']s "
                        r"(?P<rest>.+)$", re.IGNORECASE)


def _described_owner(inp: EventInput, chart: str, pos: int) -> str:
    """``chart`` with a described owner ("the platform's") named (``Netflix worldwide TV chart``)."""
    described = _DESCRIBED.match(chart)
    streamer = streamer_before(inp, pos) if described else None
    return f"{streamer} {described.group('rest')}" if described and streamer else chart


# A chart with an owner or a Top N ("Disney+’s weekly TV chart", "the global Top 10"): one a title may lead.
_OWNED_CHART = re.compile(r"(?:(?:the )?[\w +.-]+(?:'s|’s) |.*\bTop \d+\b)", re.IGNORECASE)
# A "chart" phrase that is a time ("the chart week of January 20 to 26") or a count of countries.
_TIME_CHART = re.compile(r"(?:the |its |their )?(?:chart |tracking |[\w-]+ )?(?:week|weekend|period|day|month)s?"
                         r"(?: of\b| on\b|$)", re.IGNORECASE)
# How many countries a rank holds in ("14 countries", "more than 20 markets").
_HOW_MANY = r"\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|many|more than \d+|over \d+|nearly \d+"
_PLACES = r"(?:countries|regions|markets|territories)"
_COUNT_CHART = re.compile(rf"(?:{_HOW_MANY}|dozens of|some \d+) {_PLACES}(?: and (?:regions|territories))?$",
                          re.IGNORECASE)
_COUNT_AFTER = re.compile(rf"\s+in (?:{_HOW_MANY}) {_PLACES}\b", re.IGNORECASE)
# A rank the text moves to, enters at or holds, with the chart left to the article ("climbed to No. 4",
# "debuted at No. 7", "held the No. 1 spot", "spent three weeks at No. 1"); inflected verbs only
# ("to hold the top spot" is a wish).
_MOVE = re.compile(
    r"\b(?:climb(?:ed|s|ing)|r(?:ose|ises|ising)|jump(?:ed|s|ing)|f(?:ell|alls|alling)|drop(?:ped|s|ping)|"
    r"slip(?:ped|s|ping)|sl(?:id|ides|iding)|mov(?:ed|es|ing)(?: up| down)?|debut(?:ed|s|ing)|bow(?:ed|s|ing)|"
    r"(?:re-?)?enter(?:ed|s|ing)|land(?:ed|s|ing)|open(?:ed|s|ing)|h(?:eld|olds|olding)|s(?:at|its|itting)|"
    r"stay(?:ed|s|ing)|remain(?:ed|s|ing)|return(?:ed|s|ing)|reach(?:ed|es|ing)|hit(?:s|ting)?|peak(?:ed|s|ing)|"
    r"finish(?:ed|es|ing)|soar(?:ed|s|ing)|surg(?:ed|es|ing)|shot|leap(?:t|ed|s|ing)|tumbl(?:ed|es|ing)|"
    r"s(?:ank|inks|inking)|plung(?:ed|es|ing)|t(?:ook|akes|aking)|claim(?:ed|s|ing)|grab(?:bed|s|bing)|"
    r"secur(?:ed|es|ing)|retain(?:ed|s|ing)|k(?:ept|eeps|eeping)|regain(?:ed|s|ing)|"
    r"c(?:ame|omes|oming) in|sp(?:ent|ends|ending)(?: [\w-]+){1,3}?|"
    r"put(?:s|ting)? (?:it|them|the (?:show|series|drama|season))(?: back)?)"
    r"(?: (?:back|up|down|all the way|as high as|straight|first|again|steady|firm|(?:\w+ )?(?:spots?|places?|"
    r"positions?|notches|rungs?)))?(?: from (?:No\. ?\d+|#\d+|\w+ place))?"
    r"(?: (?:to|at|in at|into|the|back to|to the|at the|in the|on the))?\s+$",
    re.IGNORECASE)
_WISH = re.compile(r"\b(?:to|could|would|might|may|will|can|should|must|if|whether|hopes?|aims?)\s+(?:\w+\s+)?$",
                   re.IGNORECASE)
# What may follow a rank whose chart is the one in view: a time, a count of views, or the clause's end.
_AFTER_MOVE = re.compile(
    r"(?:\s+(?:spot|position|place|slot))?(?:\s*(?:,|;|\.|$|—|–|\(|while\b|and\b|but\b|as\b|with\b|after\b|behind\b|"
    r"last\b|this\b|again\b|from (?:No\. ?\d+|#\d+|\w+ place|last week)|"
    r"for (?:a |the )?[\w-]+ (?:straight |consecutive |running )?(?:weeks?|days?|months?|time)\b|"
    r"(?:in|on|during) (?:its|their|the) (?:\w+ ){0,2}?(?:week|weekend|day|month|frame)s?\b|"
    r"in the chart week\b|the (?:following|next|previous|same) week\b|the (?:week|day|month) before\b|"
    r"on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b))", re.IGNORECASE)
# "entered the global Top 10 for non-English TV at No. 6": the chart named before the rank.
_ENTERED = re.compile(r"\b(?:(?:re-?)?enter(?:ed|s|ing)|join(?:ed|s|ing)|(?:debut|land|arriv|appear|open)(?:ed|s|ing) "
                      r"(?:on|in)|back (?:onto|into|on))\s+$", re.IGNORECASE)


def _chart_in_view(inp: EventInput, sentence: Sentence, m: re.Match[str],
                   found: tuple[str, int, int] | None, rank: int) -> tuple[str, int, int] | None:
    """The chart of a rank whose sentence names none of its own (or only "the chart", "the TV
    list", "the chart week of ..."): the chart the verb entered ("entered the global Top 10 at
    No. 6"), the streamer's per-country Top 10 ("No. 1 in 14 countries"), else the chart the
    article has in view, for the language and kind the sentence names; with the span it rests on."""
    body = inp.ctx.body
    if found is not None and _COUNT_CHART.match(found[0]):
        return _country_count_chart(inp, sentence, m, found)
    entered = _entered_chart(inp, sentence, m)
    if entered is not None:
        return entered
    reference = found is not None and not _TIME_CHART.match(found[0])
    if not _screen_article(inp) or (not reference and not _moved_to(inp, sentence, m)):
        return None
    if reference and ((bare_idiom(found[0]) and not _ranked(m)) or _wished(inp, sentence, m)):
        return None
    end = found[2] if reference else _after_end(body, m, sentence.end)
    if end is None:
        return None
    view = chart_in_force(inp, end)
    if view is None:
        return None
    language, kind = language_and_kind(body[sentence.start:end])
    start = _subject_start(inp, sentence, m)
    count = _COUNT_AFTER.match(body, end, sentence.end)
    if count and view.owner:  # "topped the charts in 14 countries": each country's Top 10
        kind = "film" if _kind_is_film(kind or view.kind) else "TV"
        return f"{view.owner} Top 10 {kind} {_country_count(count.group(0))}", start, count.end()
    return adjusted(view, language, kind).render(), start, end


def _kind_is_film(kind: str | None) -> bool:
    return bool(kind) and kind.lower().startswith(("film", "movie"))


def _wished(inp: EventInput, sentence: Sentence, m: re.Match[str]) -> bool:
    """Whether the rank is wished or planned ("could be No. 1", "hopes to hold the top spot"), not
    reached ("moved up to No. 2")."""
    before = inp.ctx.body[max(sentence.start, m.start() - 30):m.start()]
    return bool(_WISH.search(before)) and not _moved_to(inp, sentence, m)


def _moved_to(inp: EventInput, sentence: Sentence, m: re.Match[str]) -> bool:
    """Whether an inflected movement or holding verb leads to the rank (or an arrival is the
    rank's own, ``debuted third``, ``landed fourth``), not in a wish or a plan."""
    before = inp.ctx.body[max(sentence.start, m.start() - 60):m.start()]
    if m.group("pord") and re.match(r"(?:debut|land)", m.group(0), re.IGNORECASE):
        return not _WISH.search(before)  # not "finished second", more often a race's
    verb = _MOVE.search(before)
    return verb is not None and not (_WISH.search(before[:verb.start()]) and not _ENOUGH.search(before[:verb.start()]))


# "enough to put it at No. 1": what the figures did, not a wish.
_ENOUGH = re.compile(r"\benough to\s+$", re.IGNORECASE)


def _ranked(m: re.Match[str]) -> bool:
    """Whether the rank comes with its own verb of ranking or placing (``ranked second``, ``debuted third``)."""
    return bool(m.group("rord") or m.group("pord") or m.group("rno"))


# "ranked second on the list": the chart in view, when nothing else follows the list.
_ON_THE_LIST = re.compile(r"\s+on the (?:list|rankings?)(?=\s*(?:[,.;]|$)|\s+(?:for|this|last|again|with|behind)\b)")


def _after_end(body: str, m: re.Match[str], stop: int) -> int | None:
    """Where the rank's words end when what follows it is a time or the clause's end, else None
    ("climbed to No. 4 in the league" is no chart's)."""
    after = _AFTER_MOVE.match(body, m.end(), stop)
    if after is None and m.end() < stop:
        return None
    spot = re.match(r"\s+(?:spot|position|place|slot)\b", body[m.end():stop])
    return m.end() + (spot.end() if spot else 0)


# A title just before a verb: a quoted one, or capitalised words with small joining words.
_TITLE_BEFORE = re.compile(r"(?:“[^”]{1,60}”|\"[^\"]{1,60}\"|"
                           r"(?<![\w’'])[A-Z][\w’'-]*(?: (?:[A-Z0-9][\w’'-]*|of|on|the|in|and))*)\s+$")


def _subject_start(inp: EventInput, sentence: Sentence, m: re.Match[str]) -> int:
    """Where the rank's words start: the title just before a movement verb or a leading one
    ("“Cold Case” debuted at No. 7", "Desk Jockeys led the TV list"), else the verb, else the rank."""
    body = inp.ctx.body
    clause = clause_at(sentence, m.start())[0]
    before = body[clause:m.start()]
    if m.group("led") or (m.group("top") or "").lower() in ("topped", "tops", "topping"):
        cut = len(before)  # the verb is the rank's own first word
    else:
        verb = _MOVE.search(before)
        if verb is None:
            return m.start()
        cut = verb.start()
    title = _TITLE_BEFORE.search(before, 0, cut)
    if title and not re.match(r"(?:The|It|This|That|He|She|They|Its)\s", title.group(0)):
        return clause + title.start()
    return clause + cut


def _entered_chart(inp: EventInput, sentence: Sentence, m: re.Match[str]) -> tuple[str, int, int] | None:
    """The chart a verb entered before the rank ("entered the global Top 10 for non-English TV at No. 6")."""
    body = inp.ctx.body
    if not body[sentence.start:m.start()].rstrip().endswith(" at"):
        return None
    for found in CHART_PHRASE.finditer(body, sentence.start, m.start()):
        verb = _ENTERED.search(body, max(sentence.start, found.start() - 30), found.start())
        if verb and re.fullmatch(r"\s+at\s+", body[found.end():m.start()]) and is_screen_chart(found.group(0)):
            chart = parse_chart(found.group("chart"), inp, found.start())
            if chart.reference:  # "entered the chart at No. 9": the chart in view
                view = chart_in_force(inp, found.end())
                if view is None:
                    return None
                chart = adjusted(view, chart.language, chart.kind)
            owner = chart.owner or (streamer_in(inp, sentence) if any(w.lower() == "top" for w in chart.words)
                                     else None)
            return replace(chart, owner=owner).render(), verb.start(), _after_end(body, m, sentence.end) or m.end()
    return None


def streamer_in(inp: EventInput, sentence: Sentence) -> str | None:
    """The streamer the sentence names, else the one the article names before it."""
    named = STREAMER.search(inp.ctx.body, sentence.start, sentence.end)
    return named.group(0) if named else streamer_before(inp, sentence.start)


def _country_count_chart(inp: EventInput, sentence: Sentence, m: re.Match[str],
                         found: tuple[str, int, int]) -> tuple[str, int, int] | None:
    """"No. 1 in 14 countries": a place on the streamer's Top 10 of each country."""
    streamer = streamer_in(inp, sentence)
    if streamer is None:
        return None
    view = chart_in_force(inp, m.start())
    kind = view.kind if view is not None and view.kind else language_and_kind(inp.ctx.body[sentence.start:m.start()])[1]
    kind = "film" if _kind_is_film(kind) else "TV"
    start = m.start()
    verb = _MOVE.search(inp.ctx.body, max(sentence.start, m.start() - 30), m.start())
    if verb is not None and verb.end() == m.start():
        start = verb.start()
    return f"{streamer} Top 10 {kind} {_country_count(found[0])}", start, found[2]


def _country_count(phrase: str) -> str:
    """``in 23 countries`` of a count phrase (``23 countries``, `` in 14 countries``): the chart
    is the streamer's Top 10 of each of those countries."""
    return "in " + re.sub(r"^\s*(?:in\s+)?", "", phrase.strip())


# A data provider named in the sentence when no source fact cites it.
_DATA_PROVIDER = re.compile(r"\b(?:Good Data(?: Corporation| Corp\.?)?|FlixPatrol|Nielsen(?: Korea| Media Research)?|"
                            r"Luminate|Samba TV|Parrot Analytics|Reelgood|JustWatch|Gallup Korea|Kinolights|"
                            r"TV Odyssey|Korean Business Research Institute|Comscore|Korean Film Council|KOBIS)\b")


# Trackers of online buzz, whose rankings a "most-discussed" drama tops.
_BUZZ_TRACKER = re.compile(r"\bGood Data(?: Corporation| Corp\.?)?(?!\w)")


def _buzz_chart(inp: EventInput, sentence: Sentence, m: re.Match[str],
                providers: dict[int, str | None]) -> tuple[str, int, int] | None:
    """"<a buzz tracker> said X was the most-discussed non-broadcast drama": first on the
    tracker's buzz ranking of that kind; without a tracker in the sentence, no ranking."""
    provider = _provider(inp, sentence, providers)
    named = _DATA_PROVIDER.search(sentence.text)
    if provider is None and named is None:  # a buzz tracker cited in the two sentences before
        index = sentence_index(inp, sentence)
        earlier = " ".join(s.text for s in inp.ctx.sentences[max(0, index - 2):index])
        named = _BUZZ_TRACKER.search(earlier)
        if named is None:
            return None
    provider = provider or named.group(0)
    found = re.match(r"\s+most[- ](?:discussed|talked[- ]about|buzzed[- ]about|buzzworthy)\s+"
                     r"(?P<what>[\w’'-]+(?: (?!of\b|in\b|on\b|for\b|this\b|last\b|since\b)[\w’'-]+){0,3})",
                     inp.ctx.body[m.end():sentence.end])
    if found is None:
        return None
    return f"{provider} {found.group('what')} buzz", m.start(), m.end() + found.end()


# "In <provider>'s <Index> for ...": the index a data provider keeps, named by its capitalised name.
_PROVIDER_INDEX = re.compile(_DATA_PROVIDER.pattern + r"['’]s? (?P<index>[A-Z][\w+-]*(?: [A-Z][\w+-]*){0,2})")
# "ranked first among drama performers": the group ranked, up to a time or the clause's end.
_AMONG_GROUP = re.compile(r"\s+among (?P<group>(?:[\w-]+ ){0,3}?(?:performers|actors|actresses|stars|celebrities|"
                          r"cast members|personalities|idols|entertainers))\b")


def _index_group(inp: EventInput, sentence: Sentence, m: re.Match[str]) -> tuple[str, int, int] | None:
    """``In <provider>'s <Index> ..., A ranked first among drama performers``: the index's ranking
    of that group of people; only with a provider's index named in the sentence."""
    if not (m.group("rord") or m.group("pord") or m.group("rno") or m.group("carried")):
        return None
    group = _AMONG_GROUP.match(inp.ctx.body, m.end(), sentence.end)
    index = _PROVIDER_INDEX.search(sentence.text)
    if group is None or index is None:
        return None
    return f"{index.group('index')} {group.group('group')}", _subject_start(inp, sentence, m), group.end()


# "On Korean broadcast TV, ...": the scope a sentence opens with, of broadcast or streaming.
_FRONTED_SCOPE = re.compile(r"\s*(?:On|Across|Among|In) (?P<scope>[^,]{0,40}?\b(?:TV|television|broadcast(?:ers)?|"
                            r"cable|channels|networks|terrestrial|streaming)),")
_MOST_OF_PERIOD = re.compile(r"\s+most[- ](?:watched|viewed) (?P<kind>(?:[\w-]+ )?(?:series|shows?|dramas?|programs?|"
                             r"programmes?|films?|movies?)) of the (?:week|weekend|day|night|evening)\b")


def _scoped_most(inp: EventInput, sentence: Sentence, m: re.Match[str]) -> tuple[str, int, int] | None:
    """``On Korean broadcast TV, X remained the most-watched series of the week``: first among the
    series of that scope; a period alone (``of the year``) names no chart."""
    most = _MOST_OF_PERIOD.match(inp.ctx.body, m.end(), sentence.end)
    scope = _FRONTED_SCOPE.match(sentence.text)
    if most is None or scope is None:
        return None
    verb = _MOVE.search(inp.ctx.body, max(sentence.start, m.start() - 20), m.start())
    start = verb.start() if verb is not None and verb.end() == m.start() else m.start()
    return f"most-watched {most.group('kind')} on {scope.group('scope')}", start, most.end()


def _owner(inp: EventInput, sentence: Sentence, chart: tuple[str, int, int],
           named: tuple[str, int, int] | None) -> str | None:
    """The provider a chart's name gives: its owner ("Netflix’s TV chart", "the streamer’s Top 10"),
    else for a Top N the streamer of the sentence or the article ("the global Top 10")."""
    if named is not None:
        first = STREAMER.match(named[0]) or _DATA_PROVIDER.match(named[0])
        return first.group(0) if first else None
    if lead := _LEADING_OWNER.match(chart[0]):
        owner = parse_chart(chart[0], inp, chart[1]).owner
        if owner and re.fullmatch(COUNTRY, owner):  # "South Korea's Good Data Corporation rankings": the firm
            keeper = re.match(r"[A-Z][\w+.&-]*(?: [A-Z][\w+.&-]*){0,3}(?= )", chart[0][lead.end():])
            return keeper.group(0) if keeper else None
        return owner
    for owner in re.finditer(r"([\w+.-]+)(?:'s|’s) ", chart[0]):  # "new releases on FlixPatrol's daily chart"
        if STREAMER.fullmatch(owner.group(1)) or _DATA_PROVIDER.fullmatch(owner.group(1)):
            return owner.group(1)
    return streamer_in(inp, sentence) if re.search(r"\bTop \d+\b", chart[0]) else None


# A chart's owner at its head: a name or the platform described ("the streamer’s").
_LEADING_OWNER = re.compile(r"(?:[Tt]he (?:streamer|platform|service|streaming service|company)|"
                            r"[A-Z][\w+.-]*(?: [A-Z][\w+.-]*){0,3})(?:'s|’s) ")


# What may stand between a rank and its date: its own words and a time preposition.
_DATE_AFTER_RANK = re.compile(r"(?:No\. ?\d+|#\d+|[\w-]+)(?: (?:spot|place|position))?(?: on [^,.;]{3,60}?)?"
                              r"(?: (?:in|for|during) the (?:chart )?week of| on| in| as of)\s+")


def _chart_date(inp: EventInput, sentence: Sentence, pos: int) -> str | None:
    """The date right after the rank ("No. 3 spot in the week of March 9"), else the nearest; a
    chart week ("the chart week of January 20 to 26") as its ISO week."""
    after = [d for d in dates_within(inp, pos, sentence.end)
             if _DATE_AFTER_RANK.fullmatch(inp.ctx.body, pos, d.span[0])]
    date = after[0] if after else nearest_date(inp, sentence, pos)
    if date is None:
        return None
    if re.search(r"\bweek of\s+$", inp.ctx.body[max(sentence.start, date.span[0] - 20):date.span[0]]) and \
            re.fullmatch(r"\d{4}-\d{2}-\d{2}", date.value or ""):
        year, week, _ = dt.date.fromisoformat(date.value).isocalendar()
        return f"{year}-W{week:02d}"
    return date.value


# Streamers that publish Top 10 charts by country.
_STREAMER = re.compile(r"\b(?:Netflix|Disney\+|Prime Video|Apple TV\+|HBO Max|Viki|Viu|iQIYI|TVING|Tving|Coupang Play|"
                       r"Wavve)(?![\w+])")
# "No. 1 in South Korea, Japan and Taiwan": one ranking per country.
_COUNTRIES = re.compile(rf"(?:\s+(?:spot|place|position))?\s+in "
                        rf"(?P<list>{COUNTRY}(?:, {COUNTRY}){{0,12}}(?:,? and {COUNTRY})?)\b"
                        r"(?! ?[A-Z]|['’]s\b)")  # "in South Korea's X rankings": the country owns a chart
_IN_COUNTRIES = re.compile(r"\bin [\w ]{1,20} (?:countries|markets|territories|regions)$")
_INCLUDING = re.compile(rf"[^.;]{{0,40}}?\bincluding (?P<list>{COUNTRY}(?:, {COUNTRY}){{0,12}}(?:,? and {COUNTRY})?)\b")
_COUNTRIES_AFTER = re.compile(rf"[^,.;:]{{0,30}}?{_COUNTRIES.pattern}")
_COUNTRY_NAMES = {"U.S": "US", "US": "US", "U.K": "UK", "UK": "UK", "United States": "US", "United Kingdom": "UK"}
# The subject keeping a chart of its own ("a tracker had the show at the top of its ranking").
_OWN_CHART_KEEPER = re.compile(r"(?<![\w.])(?P<p>[A-Z][\w+.-]*(?: [A-Z][\w+.-]*){0,3})(?:, [^,]{3,60},)? "
                               r"(?:had|has|put|puts|placed|places|showed|shows|listed|lists|ranked|ranks)\b")


def _by_country(inp: EventInput, sentence: Sentence, m: re.Match[str], countries: re.Match[str],
                rank: int, base: str, providers: dict[int, str | None]) -> list[EventFact]:
    """One ranking per country of ``No. 1 in A, B and C``, on the ``base`` chart narrowed to the country."""
    date = nearest_date(inp, sentence, m.start())
    base = re.sub(r"^the ", "", base.strip())
    events = []
    for country in re.finditer(COUNTRY, countries.group("list")):
        name = _COUNTRY_NAMES.get(country.group(0).removeprefix("the ").rstrip("."), country.group(0))
        name = name.removeprefix("the ")
        events.append(make_event(inp, "ranking", sentence, (m.start(), countries.end()), show=show_for(inp, sentence),
                                 chart=f"{base} {name}", rank=rank, date=date.value if date else None,
                                 provider=_provider(inp, sentence, providers) or _base_provider(inp, sentence, base)))
    return events


def _base_provider(inp: EventInput, sentence: Sentence, base: str) -> str | None:
    """The provider of a per-country chart: the streamer its name holds, else the sentence's or
    the article's streamer for a Top N."""
    named = STREAMER.search(base)
    if named:
        return named.group(0)
    return streamer_in(inp, sentence) if re.search(r"\bTop \d+\b", base) else None


def _screen_article(inp: EventInput) -> bool:
    """Whether the article is about a tracked show or names a streamer (else "No. 1 in Japan" is
    a brand's or a player's place)."""
    return bool(inp.ctx.about) or bool(_STREAMER.search(inp.ctx.body))


def _named_chart(inp: EventInput, sentence: Sentence, pos: int, around: dict[int, str]) -> str:
    """The chart named after ``pos`` in the sentence, else in it or the two sentences before
    (its last one), else the platform's ``Top 10``; ``around`` keeps the latter per sentence."""
    after = _CHART.match(inp.ctx.body, pos, sentence.end)
    if after and _CHART_WORDS.search(after.group("chart")):
        return _chart_name(after.group("chart"))
    if sentence.start not in around:
        around[sentence.start] = _chart_around(inp, sentence)
    return around[sentence.start]


def _chart_around(inp: EventInput, sentence: Sentence) -> str:
    """The last chart named in ``sentence`` or the two before it (no global one), else the
    streamer's ``Top 10``."""
    body, index = inp.ctx.body, sentence_index(inp, sentence)
    owned = [c for c in CHART_PHRASE.finditer(body, sentence.start, sentence.end)
             if _OWNED_CHART.match(c.group("chart")) and is_screen_chart(c.group("chart")) and
             not _GLOBAL.search(c.group(0))]
    if owned:  # "FlixTally, which compiles Netflix's daily country rankings, had it at No. 1 in A and B"
        return _chart_name(owned[-1].group("chart"))
    for earlier in reversed(inp.ctx.sentences[max(0, index - 2):index + 1]):
        named = [c for c in _CHART_BEFORE.finditer(body, earlier.start, earlier.end)
                 if not _RANK.search(c.group(0)) and not _GLOBAL.search(c.group(0))]
        if named:
            return _chart_name(named[-1].group("chart"))
    streamer = _STREAMER.search(body, sentence.start, sentence.end) or _STREAMER.search(body)
    return f"{streamer.group(0)} Top 10" if streamer else "Top 10"


def _own_chart(m: re.Match[str]) -> bool:
    """Whether the rank is "at the top of" a chart (of the subject's own: "its ranking")."""
    return (m.group("top") or "").lower().startswith("at the")


_GLOBAL = re.compile(r"\b(?:global|worldwide|world|international)\b", re.IGNORECASE)


def _chart_name(chart: str) -> str:
    """A chart's name without a leading article or possessive pronoun."""
    return re.sub(r"^(?:its|their) ", "", chart.strip())


def _rank(m: re.Match[str]) -> int | None:
    if m.group("top") or m.group("mostone") is not None or m.group("buzz") is not None or m.group("led"):
        return 1
    for group in ("hash", "no", "rno"):
        if m.group(group):
            return int(m.group(group))
    if m.group("num"):
        return count_word(m.group("num"))
    if m.group("most") and m.group("most").lower().startswith("no"):
        return int(re.sub(r"\D", "", m.group("most")))
    return ordinal_word(m.group("place") or m.group("rord") or m.group("pord") or m.group("most") or
                        m.group("carried") or "")


def _chart(body: str, m: re.Match[str], start: int, stop: int) -> tuple[str, int, int] | None:
    """The chart phrase after the rank (``topped`` needs it as its object), else the chart a
    peak refers back to (``spent six weeks in the Top 10, peaking at No. 3``); with the end
    and end of the words the ranking rests on."""
    rest = body[m.end():stop]
    verb = (m.group("top") or "").lower() in ("topped", "topping", "tops") or bool(m.group("led"))
    found = (verb and _TOPPED_CHART.match(rest)) or _MOST_CHART.match(rest) or _CHART.match(rest)
    if found and _BARE_LIST.match(found.group("chart").strip()):
        return None  # "topped the list": an idiom more often than a chart
    if found and m.group("mostone") is not None and not re.search(r"\s(?:on|among|in)\s", found.group("chart")):
        return None  # "the most-watched show of the year": no chart
    if found and (top := _streamer_top(found.group("chart"))):
        return top, m.start(), m.end() + found.end()
    if found and _CHART_WORDS.search(found.group("chart")):
        scope = found.groupdict().get("scope")  # "No. 2 worldwide on X's rankings": X's rankings, worldwide
        return found.group("chart").strip() + (f" {scope.lower()}" if scope else ""), m.start(), m.end() + found.end()
    if not _PEAK.search(body, max(start, m.start() - 20), m.start()):
        return None
    earlier = [c for c in _CHART_BEFORE.finditer(body, start, m.start()) if not _RANK.search(c.group(0))]
    return (earlier[-1].group("chart").strip(), earlier[-1].start("chart"), m.end()) if earlier else None


# "the most-watched non-English series on Netflix": first on the streamer's own Top 10.
_MOST_ON_STREAMER = re.compile(r"most[- ](?:watched|viewed|streamed) (?P<what>(?:[\w-]+ ){0,2}?"
                               r"(?:series|shows?|dramas?|TV|films?|movies?|titles?)) (?:on|at) "
                               r"(?P<owner>" + _STREAMER.pattern + ")$")


def _streamer_top(phrase: str) -> str | None:
    """The streamer's Top 10 for the language and kind a "most-watched ... on <streamer>" names."""
    most = _MOST_ON_STREAMER.fullmatch(phrase.strip())
    if most is None:
        return None
    language, kind = language_and_kind(most.group("what"))
    return ChartName(most.group("owner"), ("Top", "10"), language, kind).render()


def _provider(inp: EventInput, sentence: Sentence, known: dict[int, str | None] | None = None) -> str | None:
    """The data provider the sentence cites, read once per sentence into ``known``."""
    if known is None:
        return _find_provider(inp, sentence)
    if sentence.start not in known:
        known[sentence.start] = _find_provider(inp, sentence)
    return known[sentence.start]


def _find_provider(inp: EventInput, sentence: Sentence) -> str | None:
    """The data provider the sentence cites (a ``data`` source first), else the subject that
    keeps its own chart ("X had the show at the top of its ranking")."""
    cited = sources_in(inp, sentence.start, sentence.end)
    data = [s for s in cited if s.kind == "data"]
    if data or cited:  # "according to Netflix Top 10 data": the streamer keeps its chart
        return _TOP_N_SUFFIX.sub("", (data or cited)[0].outlet)
    keepers = [k for k in _OWN_CHART_KEEPER.finditer(sentence.text) if not _NOT_KEEPER.match(k.group("p"))]
    if keepers and re.search(r"\b(?:its|their) (?:[\w-]+ ){0,4}(?:chart|ranking|list|Top 10)", sentence.text):
        return keepers[0].group("p")
    return None


_TOP_N_SUFFIX = re.compile(r"(?<=\w) (?:global )?Top (?:10|Ten)$")
_NOT_KEEPER = re.compile(r"(?:The|This|That|It|Its|Season|Episode|He|She|They)\b")
