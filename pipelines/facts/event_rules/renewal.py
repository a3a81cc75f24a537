"""Renewal claims: who said which seasons are coming, and how firmly.

A clause is a renewal claim when it names seasons to come (``Seasons 2 and 3``, ``two more
seasons``, ``a sequel``, ``the renewal``) and a status cue. The status follows the wording
and the claimant: a platform's denial, review or confirmation stands as such, while a cited
outlet's story is ``reported`` even when it says "confirmed".
"""

from __future__ import annotations

import re

from pipelines.facts.event_rules.claims import PLATFORM, is_report, platform_speaker, sources_in
from pipelines.facts.event_rules.common import NAME1, EventInput, clauses, make_event, nearest_date
from pipelines.facts.event_rules.seasons import seasons_claimed
from pipelines.facts.event_rules.shows import quoted_titles, show_for, tracked_named
from pipelines.facts.model import EventFact
from pipelines.facts.sentences import Sentence

_STATUS_CUES = (
    ("denied", re.compile(r"\bden(?:ied|ies|y|ying)\b|\brefuted\b|\bdismissed\b|"
                          r"\bno (?:such )?(?:discussions?|talks|plans?)\b|"
                          r"\bnot (?:true|accurate|correct|the case)\b|\b(?:untrue|inaccurate|groundless|baseless|"
                          r"unfounded|false)\b", re.IGNORECASE)),
    # "has not cancelled the series", "no plans to cancel it": no cancellation
    ("cancelled", re.compile(r"(?<!not )(?<!n't )(?<!n’t )(?<!never )(?<!plans to )(?<!no intention to )"
                             r"\bcancel+(?:ed|s|ing)?\b|\baxed\b|\bscrapped\b|\bwill not (?:return|be renewed)\b|"
                             r"(?<!has )(?<!have )(?<!had )(?<!yet )\bnot (?:be )?(?:renew|re-?commission)(?:ed|ing)\b|"
                             r"\bcalls? time on\b",
                             re.IGNORECASE)),
    ("under_review", re.compile(r"\bunder review\b|\breviewing\b|\bconsidering\b|\bweighing\b|"
                                r"\bnot (?:yet )?been (?:finalized|confirmed|decided)\b|\bundecided\b|"
                                r"\b(?:has|have|had) not (?:yet )?decided\b|\bnot (?:yet )?been renewed\b|"
                                r"\b(?:has|have|had|is|are) yet to (?:\w+ )?(?:renew|confirm|greenlight|green-light|"
                                r"order|announce|decide)\w*|\bnothing official\b|"
                                r"\bnot (?:yet )?(?:been )?(?:officially )?(?:renewed|greenlit|ordered)\b|"
                                r"\bnot (?:yet )?been (?:officially )?(?:confirmed|announced)\b|"
                                r"\b(?:has|have) not (?:yet )?(?:officially )?(?:confirmed|announced) (?:[\w-]+ ){0,3}?"
                                r"(?:season|sequel|renewal|installment)\b|"
                                r"\bnothing (?:has|had) been (?:decided|confirmed|finalized)\b|\bno decision\b|"
                                r"\bdiscussions? (?:are|is) (?:ongoing|under ?way)\b|"
                                r"\bin (?:early )?discussions?\b|\bdiscussing\b|\bbeing considered\b|"
                                r"\bunder consideration\b",
                                re.IGNORECASE)),
    ("reported", re.compile(r"\breport(?:ed|edly|s)?\b|\bclaim(?:ed|s)?\b|\brumou?r(?:ed|s)?\b|\bsaid to be\b|"
                            r"\binsiders?\b|\bsources? (?:said|say|claim)|\bbr(?:oke|eaks?|eaking) (?:the )?"
                            r"(?:news|word|story)\b|\bscoop(?:ed|s)?\b", re.IGNORECASE)),
)
_CONFIRMED = re.compile(r"\brenew(?:ed|s)\b|\bgreen-?l(?:it|ighted)\b|\bgreen[- ]?light(?:ed|s)?\b|\bgreenlit\b|"
                        r"\bre-?commission(?:ed|s)?\b|"
                        r"\bconfirm(?:ed|s)\b|"
                        r"\bofficial(?:ly)?\b|\bordered\b|\bto order (?=(?:\w+ ){0,3}(?:seasons?|installments?)\b)|"
                        r"\bpicked up\b|"
                        r"\blocked in\b|\bannounced\b",
                        re.IGNORECASE)
# Weak signals: a plan or a return that nobody is said to have confirmed.
_PLANNED = re.compile(r"\bin the works\b|\bpreparing to return\b|\bon the way\b|\btalks\b|\bplanned\b|"
                      r"\bin (?:development|discussion)\b|\bwill return\b|\bis returning\b|\bcoming back\b|"
                      r"\bbring(?:ing)? (?:\w+ ){0,3}back\b|\bwill be back\b|\breturns? for\b",
                      re.IGNORECASE)
# Clauses about something else happening to the seasons (shooting began, a premiere) unless
# they also use words that only renewals use.
_ACTIVITY = re.compile(r"\b(?:had|has|have) (?:begun|started|wrapped)\b|\bbegan\b|\bkicked off\b|\bwrapped\b|"
                       r"\bpremier|\breleas(?:e|ed|ing)\b|\bcasting\b|\bstart(?:s|ed)? (?:shooting|filming)\b|"
                       r"\bcom(?:e|es|ing) out\b|\bcame out\b|\bdebut(?:s|ed)?\b|\bhits? screens\b|"
                       r"\bsplit (?:into|in)\b|\bbows?\b|\bbowed\b|\blaunch(?:es|ed|ing)?\b|\bbudgets?\b|"
                       r"\bcosts?\b|\bsalar(?:y|ies)\b|\barriv(?:e|es|ing)\b|\bslip(?:s|ping|ped)? to\b|"
                       r"\bdelay(?:s|ed)?\b|\bpushed (?:back|to)\b|\bpostpone[sd]?\b|"
                       r"\bSeason \d+ (?:cast|trailer|teaser|poster|script|set|budget)\b", re.IGNORECASE)
# A renewal only supposed ("if Netflix ever ordered a fourth season"), never claimed.
_HYPOTHETICAL = re.compile(r"\bif\s+(?:\w+\s+){0,3}(?:ever|were to|should)\b|\bwhether\b[^.;]{0,80}\bif\b",
                           re.IGNORECASE)
_SUBSCRIBERS = re.compile(r"\b(?:sign-?ups?|subscribers?|subscriptions?|churn|members)\b[^.;]{0,80}\bcancel",
                          re.IGNORECASE)
# A person passing on a season ("had turned down the third season"): about them, not the show.
_PERSON_PASSES = re.compile(r"\b(?:turn(?:s|ed|ing)? down|declin(?:es|ed|ing)|pass(?:es|ed)? on|"
                            r"drop(?:s|ped)? out of|walk(?:s|ed)? away from|sits? out|sat out|quit|"
                            r"(?:left|leaves|exit(?:s|ed)?) the (?:cast|show|series))\b", re.IGNORECASE)
# Questions, wishes and open possibilities claim nothing ("fans hope for a renewal", "has not said
# whether"), unless a confirmation verb is also there ("hoping to build on it, Netflix renewed").
_OPEN = re.compile(r"\bwhether\b|\bif (?:it|they|the \w+) will\b|\bhop(?:e|es|ed|ing)\b|\bwish\w*|\bwant(?:s|ed)?\b|"
                   r"\bdemand\w*|\bcampaign\w*|\bpetition\w*|\bcall(?:s|ed|ing)? for\b|\bwonder\w*",
                   re.IGNORECASE)
_RENEWAL_ONLY = re.compile(r"\brenew|\bsequel\b|\bgreen[- ]?l|\bgreenlit\b|\bordered\b|\bpicked up\b|\bre-?commission|"
                           r"\bmade it official\b|\blocked in\b|\bsimultaneous production\b|\bin the works\b|"
                           r"\b(?:more|new) (?:seasons|installments)\b|\bcontinue beyond\b|\btalks\b",
                           re.IGNORECASE)

# Cheap gate: a renewal claim names seasons, installments, a sequel or a renewal.
_GATE_WORDS = ("season", "sequel", "renew", "installment", "instalment", "cancel", "axed", "scrapped", "commission",
               "series", "calls time")
# A cancellation needs no coming season: "the network has cancelled the show".
_CANCELLED = _STATUS_CUES[1][1]

_ATTRIBUTED = re.compile(r"(?:According to|As per|Per|Citing|As reported by)\b")


def find_renewals(inp: EventInput, sentence: Sentence, earlier: list[EventFact]) -> list[EventFact]:
    """Renewal claims of ``sentence``; ``earlier`` (this article's renewals so far) lends its
    seasons to ``the renewal``."""
    lowered = sentence.text.lower()
    if not any(word in lowered for word in _GATE_WORDS):
        return []
    events = []
    for start, end in clauses(sentence.text, sentence.start):
        text = inp.ctx.body[start:end]
        claim = seasons_claimed(text, [*earlier, *events])
        if claim is None and _CANCELLED.search(text) and _names_a_show(inp, text, start, end):
            claim = []
        if claim is None and events and _DENIAL.search(text) and _claimant(inp, sentence, start, end):
            claim = list(events[-1].fields.get("seasons") or [])  # "When a report said X, Netflix denied it"
        if claim == [1]:
            continue  # the first season is history, not a renewal
        if claim is None or ((_ACTIVITY.search(text) or _PERSON_PASSES.search(text)) and
                             not _RENEWAL_ONLY.search(text)):
            continue
        if claim == [] and _OTHER_RENEWAL.search(text) and not _names_a_show(inp, text, start, end):
            continue  # "the subscription auto-renews", "renewed his contract": no season
        if _OPEN.search(text) and not _CONFIRMED.search(text):
            continue
        if _HYPOTHETICAL.search(text):
            continue  # "whether he would return if Netflix ever ordered a fourth season"
        if _SUBSCRIBERS.search(text):
            continue  # "sign-ups tied to a new series were likelier to cancel": subscribers cancel, not shows
        if _CASTING.search(text) or _WHAT_CLAUSES.search(text) or _someone_returns(inp, text):
            continue  # an actor's offer or return, a guide's "what is confirmed and what is denied"
        source = _claimant(inp, sentence, start, end, reported=bool(_REPORTED.search(text)))
        status = _status(inp, text, source)
        if status and _person_returning(inp, text):
            continue  # "director A returns for Season 2": a person's return, not a renewal claim
        if status == "denied" and _DENIED_IT.search(text):
            prior = [e.fields.get("seasons") for e in [*earlier, *events] if e.fields.get("seasons")]
            claim = list(prior[-1]) if prior else claim  # "denied it": the claim just reported
        if status:
            events.append(_renewal(inp, sentence, (start, end), claim, status, source))
    return events


# An actor's part in a season, not the season's renewal ("received the offer of season 2", "is in talks to join").
_CASTING = re.compile(r"\b(?:received|receives|got|accepted|turned down) (?:an |the )?offer\b|"
                      r"\bin talks to (?:join|star|appear)\b|\bpositively (?:reviewing|considering)\b|"
                      r"\b(?:set|tapped|cast) to (?:join|star)\b",
                      re.IGNORECASE)
# Headless relative clauses that list kinds of news, claiming none ("what is confirmed, what is rumored").
_WHAT_CLAUSES = re.compile(r"\bwhat (?:is|are|has been|have been|\w+ has|\w+ have) (?:\w+ )?(?:confirmed|rumou?red|"
                           r"denied|reported)\b", re.IGNORECASE)
# A person named as the one returning or not ("Choo Young-woo would not return for Season 3").
_RETURNS = re.compile(rf"(?P<who>{NAME1}) (?:(?:would|will|does|did|is|was)(?: not|n['’]t)? |won['’]t )?"
                      r"(?:return|be back|come back|reprise)\b")


def _someone_returns(inp: EventInput, text: str) -> bool:
    """Whether the clause's return is a person's the article names (not the show's)."""
    return any(m.group("who") in inp.people.values() or m.group("who") in inp.people for m in _RETURNS.finditer(text))


# A denial whose object is the report before it ("denied it", "denied the rumours"), whatever
# seasons its own words then name ("its focus was on Seasons 2 and 3").
_DENIED_IT = re.compile(r"\bden(?:ied|ies|y|ying) (?:it|this|that|them|the (?:report|reports|rumou?rs?|claims?|story|"
                        r"stories|speculation))\b", re.IGNORECASE)
_OTHER_RENEWAL = re.compile(r"\b(?:subscriptions?|memberships?|contracts?|licen[cs]es?|leases?|passports?|visas?|"
                            r"deals?|vows|partnerships?|sponsorships?|mandates?|permits?|warrant(?:y|ies)|polic(?:y|ies)|"
                            r"insurance|loans?|terms?|calls?|efforts?|interest|commitments?|pledges?)\b", re.IGNORECASE)
_SHOW_NOUN = re.compile(r"\b(?:show|series|drama|k-drama|sitcom|programme|program|revival|spin-?off|sequel|"
                        r"franchise|anthology|reboot|season|romance|rom-?com|thriller|comedy|melodrama|procedural|"
                        r"docuseries|miniseries|original|mystery|mysteries|soap|serial|whodunn?it|sci-fi)s?\b",
                        re.IGNORECASE)


# A platform just before the cancelling verb: the one cancelling ("Wavve has cancelled ...").
_PLATFORM_SUBJECT = re.compile(r"(?:^|\W)(?:" + PLATFORM.pattern + r")\W+(?:has |have |had |officially )*$")


def _names_a_show(inp: EventInput, text: str, start: int, end: int) -> bool:
    """Whether a clause without seasons is about a show: a cancellation of flights or of a
    concert is no cancelled series."""
    cue = _CANCELLED.search(text)
    subject = text[:cue.start()] if cue else ""
    return bool(_SHOW_NOUN.search(text) or tracked_named(inp, start, end) or quoted_titles(inp, start, end)
                or _PLATFORM_SUBJECT.search(subject))


def _renewal(inp: EventInput, sentence: Sentence, span: tuple[int, int], seasons: list[int], status: str,
             source: str | None) -> EventFact:
    date = nearest_date(inp, sentence, span[0])
    published = inp.ctx.published
    if date is not None and published and date.start and date.start > published.isoformat():
        date = None  # no claim is made after the article: a later date is what the claim is about
    if date is not None and not span[0] <= date.span[0] < span[1] and _BEFORE_OR_AFTER.match(inp.ctx.body, span[0]):
        date = None  # "weeks after X reported it": the sentence's date is not the clause's
    if date is None or not span[0] <= date.span[0] < span[1]:
        cited = [s for s in inp.sources if s.outlet == source and s.date]
        date_value = cited[0].date if cited else (date.value if date else None)
        if date_value is None and published and _TOLD_NOW.search(inp.ctx.body, *span):
            date_value = published.isoformat()  # "sources say": claimed as of the article
    else:
        date_value = date.value
    return make_event(inp, "renewal", sentence, span, show=show_for(inp, sentence, span[0]), source=source,
                      seasons=seasons, status=status, date=date_value)


def _person_returning(inp: EventInput, text: str) -> bool:
    """Whether the clause's only cue is a named person (or crew, or cast) returning."""
    if any(cue.search(text) for _, cue in _STATUS_CUES) or _CONFIRMED.search(text) or _RENEWAL_ONLY.search(text):
        return False
    planned = _PLANNED.search(text)
    if not planned or not _RETURNING.match(planned.group(0)):
        return False
    before = text[:planned.start()]
    return bool(_PEOPLE_WORDS.search(before)) or any(name in before for name in inp.people.values())


_RETURNING = re.compile(r"will return|is returning|returns? for|will be back|coming back", re.IGNORECASE)
_PEOPLE_WORDS = re.compile(r"\b(?:[Dd]irector|PD|[Ww]riter|[Ss]creenwriter|[Pp]roducer|[Ss]howrunner|[Cc]reator|"
                           r"[Ff]ilmmaker|[Hh]elmer|[Aa]ctor|[Aa]ctress|[Ss]tars?|[Cc]ast(?: members?)?|"
                           r"[Hh]e|[Ss]he)\b")


def _status(inp: EventInput, text: str, source: str | None) -> str | None:
    """The claim's status: denial, cancellation, review or report cues first; a confirmation
    told by a cited outlet stays ``reported``; plans without a confirmer are ``reported``."""
    for status, cue in _STATUS_CUES:
        if cue.search(text):
            return status
    if _CONFIRMED.search(text):
        return "reported" if is_report(inp, source) else "confirmed"
    if not _PLANNED.search(text):
        return None
    # the platform itself saying the show returns is its announcement
    return "confirmed" if source and PLATFORM.search(source) and not is_report(inp, source) else "reported"


def _claimant(inp: EventInput, sentence: Sentence, start: int, end: int, reported: bool = False) -> str | None:
    """Who the clause's claim rests on: an outlet cited in it, else the platform speaking in it,
    else the same found in the sentence. People's remarks (a writer recalling plans) carry no
    renewal source, and a ``reported`` clause rests on no platform speaking in another clause
    ("when a report said X, Netflix denied it")."""
    if _ATTRIBUTED.match(sentence.text):
        cited = sources_in(inp, sentence.start, sentence.end)
        if cited:  # "According to X, ..." covers every clause of the sentence
            return cited[0].outlet
    for whole, (lo, hi) in enumerate(((start, end), (sentence.start, sentence.end))):
        cited = sources_in(inp, lo, hi)
        if whole:  # not an outlet cited in another clause's "weeks after X broke the news"
            cited = [c for c in cited if not _in_time_clause(inp, sentence, c.span[0], start)]
        if cited:
            return min(cited, key=lambda s: abs(s.span[0] - start)).outlet
        if reported and whole:
            continue
        speaker = _platform_statement(inp, lo, hi) or platform_speaker(inp, sentence, lo, hi, whole=not reported)
        if speaker:
            return speaker
    return _renewer(inp, sentence, start)


def _in_time_clause(inp: EventInput, sentence: Sentence, pos: int, own: int) -> bool:
    """Whether ``pos`` lies in a clause other than the one at ``own`` that opens with ``after``,
    ``before`` or ``following`` (an earlier or later event told beside the claim)."""
    for lo, hi in clauses(sentence.text, sentence.start):
        if lo <= pos < hi:
            return not lo <= own < hi and _BEFORE_OR_AFTER.match(inp.ctx.body, lo) is not None
    return False


# The company that renews: "Streamly has renewed X", "Streamly ordered X", "Streamly announced
# Monday that it has renewed X".
_RENEWS = r"(?:renewed|renews|ordered|orders|green-?lit|greenlighted|green-?lights|picked up|picks up|re-?commissioned)"
_RENEWER = re.compile(rf"(?<![\w’'])(?P<who>{NAME1}) (?:(?:has|have|had|officially|also|quickly|formally) )*"
                      rf"(?:{_RENEWS}|(?:announced|confirmed|said|revealed)(?: [\w ,]{{1,40}}?)? that (?:it|they) "
                      rf"(?:(?:has|have|had|officially|also|formally) )*{_RENEWS}) (?!by\b|his\b|her\b|their\b)")
# Sentence-opening words before the renewer ("Yesterday Streamly renewed").
_LEADING_ADVERB = re.compile(r"^(?:Yesterday|Today|Now|Meanwhile|Earlier|Later|Then|Also|Finally|Previously|"
                             r"Separately|Recently|Since|Last|[A-Z][a-z]+day) (?=[A-Z])")
# A romanised Korean personal name ("Kim Min-jun") renews no show.
_PERSON = re.compile(r"[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+")
_NOT_A_RENEWER = frozenset({"The", "This", "That", "It", "They", "He", "She", "Season", "Seasons", "Fans"})


def _renewer(inp: EventInput, sentence: Sentence, own: int) -> str | None:
    """The organisation renewing in the sentence (``Streamly has renewed X``, ``Streamly announced
    that it has renewed X``): the platform announcing its own renewal, whom a trailing ``the
    company announced`` or ``the streamer said`` also refers back to. A renewal told as hearsay
    (``according to insiders``) does not rest on the renewer."""
    body = inp.ctx.body
    if any(_REPORTED.search(body, lo, hi) for lo, hi in clauses(sentence.text, sentence.start)
           if not _in_time_clause(inp, sentence, lo, own)):
        return None  # hearsay, unless only in "weeks after X broke the news"
    for m in _RENEWER.finditer(body, sentence.start, sentence.end):
        who = _LEADING_ADVERB.sub("", m.group("who"))
        if who.split()[0] not in _NOT_A_RENEWER and not _names_show(inp, who) and not _PERSON.fullmatch(who):
            return who
    return None


_REPORTED = _STATUS_CUES[3][1]
_BEFORE_OR_AFTER = re.compile(r"(?:after|before|following)\b", re.IGNORECASE)
# A claim told in the present tense: made as of the article.
_TOLD_NOW = re.compile(r"\b(?:sources?|insiders?|people|reports?) (?:familiar with [\w ]{1,40} )?"
                       r"(?:say|says|claim|claims|suggest|suggests|indicate|indicate)\b")
_DENIAL = _STATUS_CUES[0][1]


def _names_show(inp: EventInput, name: str) -> bool:
    folded = name.casefold()
    return any(folded == title.casefold() for show in inp.ctx.shows for title in show.names)


def _platform_statement(inp: EventInput, lo: int, hi: int) -> str | None:
    """The platform speaking in a statement that overlaps ``body[lo:hi]``."""
    for statement in inp.statements:
        inside = statement.span[0] < hi and statement.span[1] > lo
        if inside and statement.speaker and PLATFORM.search(statement.speaker):
            return statement.speaker
    return None
