"""Credits: who acts (and as whom), writes, directs or produces a show.

``Written by A and directed by B``; ``director A``; ``A as B`` and ``A plays B``; cast lists
``Seo Han-byul (Kang Min-jae)``; ``Played by A, the character``; ``a nurse portrayed by A``;
returning-cast lists ``A, B and C are all returning`` (a surname the article resolves may
stand in a list: ``cast members include Oh, A and B``); ``his team, played by A, B and C``;
``A and B have joined the cast``; ``introduces A as a fellow`` (no named part); ``A’s Kim
Ara`` (the actor's part); ``A stars opposite B``. A crew title
decides the role (``Director A returns`` is no actor). Original authors and illustrators come
from the source-material rules, which read the adaptation sentences.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from pipelines.facts.event_rules.cast_pairs import marked_parts, outer_is_part, part_spans
from pipelines.facts.event_rules.claims import PLATFORM
from pipelines.facts.event_rules.common import (
    COUNTRY,
    NAME,
    NAME1,
    NAME_WORD,
    STORY_TITLES,
    EventInput,
    full_name,
    korean_surname,
    make_event,
    sentence_index,
    without_owner,
)
from pipelines.facts.event_rules.crew import NAMES, Credit, crew_titled, find_crew
from pipelines.facts.event_rules.people import last_person
from pipelines.facts.event_rules.shows import quoted_titles, show_for, unquoted_titles
from pipelines.facts.model import EventFact
from pipelines.facts.sentences import Sentence
from pipelines.facts.speech.mentions import classify

# Lowercase words describing a character ("flight nurse", "the eager surgical resident").
_DESC = r"(?:(?!(?:by|from|with|for|at|in|to|of|on|and|or)\b)[a-z][a-z-]* ){0,5}"
# An honorific before a character's name is not part of the name ("Dr. Yoon").
_HONORIFIC = (r"(?:(?:Dr|Mr|Mrs|Ms|Prof|Capt|Lt|Det|Sgt|Maj|Col|Gen)\.? |(?:" + STORY_TITLES + r"|Major|Colonel|"
              r"General|Private|Corporal|Prince|Princess|King|Queen|Lady|Lord|Sir) )?")
# A list of people where a surname the article resolves may stand alone ("Oh, Kim Min-jun and Lee Ara").
_ONE = rf"(?:{NAME}|{NAME_WORD})"
_MEMBERS = rf"{_ONE}(?:, {_ONE}){{0,15}}(?:,? and {_ONE})?"
_PLAYS = re.compile(rf"(?P<actor>{NAME})(?:, \d{{1,3}},)?(?:,? who)?"
                    rf"(?: will| would| also| now| still| again| be| is| was)* "
                    rf"(?:play|plays|played|playing|"
                    rf"portrays?|portrayed|portraying|takes? on|took on|taking on|step(?:s|ped)? into|"
                    rf"(?:takes?|took|taking|lands?|landed) the (?:lead |leading |title |main |starring )?role of|"
                    rf"transform(?:s|ed|ing)? into)"
                    rf"(?: the role of)? {_DESC}(?:[a-z][a-z-]*, )?(?:[A-Z]{{2,4}} )?{_HONORIFIC}(?P<char>{NAME1})")
_AS = re.compile(rf"(?P<actor>{NAME})(?:,? (?:cast|who (?:plays|played|appears|returns|returned|stars|starred)))?"
                 rf"(?: [a-z][a-z-]*){{0,8}} as "
                 rf"{_DESC}(?:[a-z][a-z-]*, )?{_HONORIFIC}(?P<char>{NAME1})")
# "Oh returns as army surgeon Kim Ara": a surname the article resolves, in a part.
_SURNAME_PART = re.compile(rf"\b(?P<actor>{NAME_WORD})(?:,? who)?(?: also| now| will| again| is| be)* "
                           rf"(?:returns?|stars?|reprises (?:his|her|their) role|plays?|played|portrays?|portrayed|"
                           rf"comes? back|is back) (?:as )?{_DESC}(?:[a-z][a-z-]*, )?{_HONORIFIC}(?P<char>{NAME})")
_NOT_ROLE_AS = re.compile(r"\b(?:writes|wrote|writing|known|named|credited|dubbed|served|serves|works|worked|"
                          r"such|same|well|billed|nicknamed|referred to|debuted|began|started)\s+as\b")
_AWARD_CONTEXT = re.compile(r"\b(?:nominat\w*|nominees?|award\w*|prizes?|won|wins|winners?|field|beating|"
                            r"beat|against|shortlist\w*|contenders?)\b", re.IGNORECASE)
_KOREAN_NAME = re.compile(r"^[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+$")
# A title before a character's name in a cast list ("Detective Oh Ji-soo (A)"): not part of the name.
_TITLE_LEAD = re.compile(r"^(?:" + STORY_TITLES + r"|Dr\.?|Prosecutor|Attorney|Lawyer|Director|Manager|Chairman|"
                         r"President) (?=[A-Z])")
_CAPITAL_BEFORE = re.compile(r"\b[A-Z][\w’'-]*\s$")
_SURNAME_PAREN = re.compile(rf"(?<![\w’'-])(?P<char>[A-Z][a-z]+) \((?P<actor>{NAME})\)")
_PAREN = re.compile(rf"(?P<char>{NAME}) \((?P<hon>{_HONORIFIC})(?P<actor>{NAME})\)")
# A review's ways of pairing an actor with a part: "Choo Young-woo's Yang Jae-won", "Kang Min-seo
# brings cool authority to Seo Ye-rin".
_ACTOR_OWNS = re.compile(rf"(?<![\w’'-])(?P<actor>{NAME})[’']s (?P<char>{NAME})\b(?![’']s\b| (?:[A-Z]|season|series))")
_BRINGS = re.compile(rf"(?P<actor>{NAME}) (?:brings|brought|lends|lent) [^,.;]{{3,50}}? to "
                     rf"(?:the role of |the part of )?{_HONORIFIC}(?P<char>{NAME})\b")
# "A, who plays a neurosurgery fellow": an actor in a part without a name.
_PLAYS_UNNAMED = re.compile(rf"(?P<actor>{NAME})(?:, (?:whose|who) [^,;.]{{3,80}},)?,? (?:who )?(?:will |also |now )?"
                            rf"(?:plays?|played|playing|portrays?|"
                            r"portrayed) (?:a|an|the|his|her)\b(?! (?:game|match|ball|piano|guitar|drums|violin|"
                            r"music|songs?|tennis|golf|host|part of|role of|lead\b))")
# "A joins as the botanist's estranged sister": an actor in a part described, not named.
_JOINS_AS = re.compile(rf"(?P<actor>{NAME}),? (?:who )?(?:(?:will|also|now|is|later) )*"
                       r"(?:joins?|joined|joining|stars?|starred|starring|appears?|appeared|appearing|"
                       r"returns?|returned|returning|comes? aboard|came aboard|signs? on|signed on) "
                       r"(?:the (?:cast|series|show|drama|film|ensemble) )?as (?:a|an|the|his|her|their)\b")
# A description naming a job behind the camera or off the show ("joins as the showrunner").
_CREW_PART = re.compile(r"\b(?:director|writer|screenwriter|producer|showrunner|creator|composer|host|co-host|"
                        r"judge|narrator|editor|cinematographer|consultant|executive|ceo|chief|chair\w*|"
                        r"president|head|manager|member|mentor|coach|guest|cameo|mc|panelist|presenter)s?\b",
                        re.IGNORECASE)
# "A and B play estranged siblings": actors in parts described in the plural.
_PLAY_A_GROUP = re.compile(rf"(?P<list>{NAME}(?:, {NAME})*,? and {NAME}) (?:play|portray) "
                           rf"(?!(?:a|an|the|his|her|their|games?|matches|music|songs?|tennis|golf|cards|roles? of)\b)"
                           rf"(?:[a-z][a-z-]* ){{0,3}}[a-z]+s\b")
# "B is the pathologist Dr C" in a sentence about who plays whom.
_IS_THE_PART = re.compile(rf"(?P<actor>{NAME}) (?:is|was|will be) (?:the|a|an) "
                          rf"(?:(?!(?:by|from|with|for|at|in|to|of|on|and|or|director|writer|producer|creator|"
                          rf"showrunner|host)\b)[a-z][a-z-]* ){{1,4}}{_HONORIFIC}(?P<char>{NAME1})\b")
# "follows a customs officer (A)": an actor in a part described, not named.
_DESCRIBED_ACTOR = re.compile(rf"\b(?:a|an|the|his|her|their) (?:[a-z][a-z-]* ){{0,3}}[a-z][a-z-]+ "
                              rf"\((?P<actor>{NAME})\)")
_CAST_IN = re.compile(rf"(?P<actor>{NAME}) (?:has been|have been|was|were|is|are|got|gets) (?:officially )?cast in\b|"
                      rf"(?P<joiner>{_MEMBERS}) (?:joins|joined|join|has joined|have joined|will join|are joining|"
                      rf"is joining|boards|boarded|has boarded|have boarded|will board) the (?:cast|ensemble)\b")
# "The new season introduces A as a neurosurgery fellow": actors in parts that have no name.
_INTRODUCES = re.compile(rf"\b(?:introduc(?:es|ed|ing)|welcom(?:es|ed|ing)|add(?:s|ed|ing)|brings? in|brought in) "
                         rf"(?P<list>{NAMES}) as (?:a|an|the|his|her|their)\b")
# "Kim Min-jun’s Lee Ara is the heart of the show", "A’s flight nurse B": the actor's character;
# "A’s manager B" names a real person beside them.
_RELATIONS = (r"manager|agent|wife|husband|father|mother|son|daughter|brother|sister|friend|lawyer|girlfriend|"
              r"boyfriend|partner|colleague|co-?star|publicist|rep|representative|spokesperson|fianc[ée]e?|mentor|"
              r"teacher|ex|agency|label|team|assistant|stylist|bodyguard|producer|director|writer")
_POSSESSIVE_PART = re.compile(rf"\b(?P<actor>{NAME}|{NAME_WORD})['’]s (?:character,? |role,? )?"
                              rf"(?P<desc>(?!(?:{_RELATIONS})\b)(?:[a-z][a-z-]* ){{0,3}}?)(?P<char>{NAME})\b(?! [A-Z])")
# "A and B play C and D, respectively": actors and parts in order.
_PAIRED = re.compile(rf"(?P<actors>{NAMES}) (?:play|portray|star as|appear as) (?:(?!and\b)[a-z-]+ ){{0,3}}"
                     rf"(?P<chars>{NAMES})")
_IS_PLAYED_BY = re.compile(rf"(?P<char>{NAME}) (?:is|was|will be) (?:played|portrayed) by (?P<actor>{NAME})")
_ACTING_CUE = re.compile(r"\b(?:plays|played|playing|role of|character|portrays|portrayed)\b")
_KOREAN_FULL = re.compile(r"[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+")
# Words of shop links, photo credits and captions in parentheses, never in a cast pair.
_NOT_A_NAME = re.compile(r"\b(?:Buy|Now|Read|Watch|Photo|Photos|Getty|Courtesy|Source|Credit|File|Images?|Video|"
                         r"Updated?|More|Left|Right|Center|Pictured|Sponsored|Shop|Review|Pro|Max|Plus|Mini)\b")
_PLAYED_BY = re.compile(rf"(?:(?P<char>{NAME1})(?:, | \())?\b(?:[Pp]layed|[Pp]ortrayed|[Bb]rought to life|[Ee]mbodied) "
                        rf"by "
                        rf"(?P<actor>{NAME})(?P<more>(?:, {_ONE})*,? and {_ONE})?")
# "Dr. A, a burned-out surgeon played by B": the described name is the part.
_DESCRIBED_BEFORE = re.compile(rf"(?P<char>{NAME}), (?:a|an|the) (?:[\w'’-]+ ){{1,6}}$")
# "A (as B)" and "A in the role of B"
_ROLE_OF = re.compile(rf"(?P<actor>{NAME})(?: [a-z]+){{0,2}} (?:\(as (?P<pchar>{NAME1})\)|"
                      rf"in the (?:lead )?role of {_DESC}(?P<char>{NAME1}))")
_ACTOR_NOUN = re.compile(rf"\b(?:[Ll]ead |[Ll]eading |[Ss]upporting |[Mm]ain )?"
                         rf"(?:[Aa]ctor|[Aa]ctress|co-star|Co-star|Star)s? (?P<actor>{NAME})")
_TITLE_CASED = re.compile(r"(?:Lead |Leading |Supporting |Main )?(?:Actor|Actress|Co-star|Star)")
_CAST_LIST = re.compile(rf"(?:\b[Nn]ewcomers? )?(?P<list>{NAMES})(?: (?:are|were|will be|will|have|has))?"
                        r"(?: (?:all|also|both|once again))* (?:returning|"
                        r"return(?! to (?:direct|write|pen|helm|produce)\b)|"
                        r"back\b(?! behind the camera| from| on (?:air|the mic))|"
                        r"confirmed to reprise|"
                        r"set to return|to reprise|reprise|rejoin|star(?:s|red|ring)?\b|were spotted|appears? in a|"
                        r"lead the (?:cast|series|drama|show|film)|headline[sd]?\b|"
                        r"(?:landed|lands?|took|takes?) the (?:lead|leading|title|main|starring|male lead|female lead)"
                        r" role|in (?:supporting|key|minor|guest|cameo) roles?\b)")
# "A has been tapped to star", "A was cast as the villain": one person, in the passive.
_CAST_PASSIVE = re.compile(rf"(?P<list>{NAMES}) (?:is|was|are|were|has been|have been|will be) "
                           r"(?:(?:set|tapped|confirmed|slated|cast) to (?:star|play|appear|lead)\b|cast as\b)")
_NEWCOMERS = re.compile(rf"\b(?:[Nn]ewcomers?|starring|stars|starred|featuring|led by|headlined by|Leads|"
                        rf"(?:cast|ensemble|line-?up) (?:also )?includes?|cast members? (?:include|are)|alongside|"
                        rf"joined by|opposite|co-starring|"
                        rf"(?:[Jj]oining|[Rr]ounding out) (?:the cast|them|him|her) (?:are|is)|"
                        rf"[Aa]lso starring (?:are|is)|"
                        rf"\b[Cc]ast:) "
                        rf"(?P<list>{_MEMBERS})")


def find_credits(inp: EventInput, sentence: Sentence) -> list[EventFact]:
    """Credits stated in ``sentence``."""
    show = show_for(inp, sentence)
    found = list(_credits(inp, sentence))
    if inp.ctx.about or any(role == "actor" for _, _, _, role, _ in found):
        found.extend(_one_back(inp, sentence))
    crew = {person for _, _, person, role, _ in found if role != "actor"}
    titles = _body_titles(inp.ctx.body) if found else frozenset()
    events = []
    for start, end, person, role, character in found:
        person = without_owner(person)
        if PLATFORM.fullmatch(person) or re.fullmatch(COUNTRY, person) or \
                (role == "actor" and not character and person in crew) or _names_a_show(inp, person) or \
                _COMPANY.search(person) or person.split()[0] in _NOT_A_PERSON or \
                person in titles:
            continue  # a list like "director A and writer B are back" names crew, not cast; a title is no one
        events.append(make_event(inp, "credit", sentence, (start, end), show=show, person=full_name(inp, person),
                                 role=role, character=full_name(inp, character) if character else None))
    return events


@lru_cache(maxsize=16)
def _body_titles(body: str) -> frozenset[str]:
    """The titles the article names without quotes ("the workplace comedy Crestline returns"),
    read once per body: every sentence with a credit asks."""
    return frozenset(body[start:end] for start, end in unquoted_titles(body, 0, len(body)))


_NAME_LIKE = re.compile(r"[A-Z][a-z'’]+(?:[A-Z][a-z'’]+)?(?:-[A-Za-z][a-z]*)? [A-Z][a-z]|by [A-Z]")


def _one_back(inp: EventInput, sentence: Sentence) -> Iterator[Credit]:
    """"A is back": an actor in an article about a show or beside other cast (elsewhere it may
    be a product or a player that is back)."""
    for m in _ONE_BACK.finditer(inp.ctx.body, sentence.start, sentence.end) if " back" in sentence.text else ():
        if not crew_titled(inp.ctx.body, sentence.start, m.start(), m.group("actor")):
            yield m.start(), m.end(), m.group("actor"), "actor", None


_ONE_BACK = re.compile(rf"(?P<actor>{NAME}) (?:is|was) (?:also )?back\b(?! (?:in|on|at|to|from|behind)\b)")


def _credits(inp: EventInput, sentence: Sentence) -> Iterator[Credit]:
    """(start, end, person, role, character) for every credit pattern match in the sentence."""
    if not _NAME_LIKE.search(sentence.text):
        return  # every credit wording names someone: two capitalised words, or "by" and one
    lowered = sentence.text.lower()
    yield from _pronoun_parts(inp, sentence)
    yield from _subject_parts(inp, sentence)
    yield from _parts(inp, sentence, lowered)
    yield from _cast(inp, sentence, lowered)
    yield from find_crew(inp, sentence, lowered)


# "she plays Cha Eun-byul", "he had landed the role of nurse B": the part of the person named before.
_PRONOUN_PART = re.compile(rf"\b(?:[Ss]he|[Hh]e)(?: had| has| will| would| now| also| still)? "
                           rf"(?:plays|played|portrays|portrayed|(?:landed|lands|won|got) the (?:lead |leading |title |"
                           rf"main )?role of|(?:starred|stars|appeared|appears|returns|returned) (?:in|on) "
                           rf"(?:[\w’'+-]+ ){{1,6}}?as) {_DESC}(?:[a-z][a-z-]*, )?{_HONORIFIC}(?P<char>{NAME})\b")
# "Kim made his debut in X, playing the aloof Crown Prince Lee Shin": the part of the sentence's subject.
_PLAYING = re.compile(rf"(?:,? playing|, as) (?:the |a |an )?(?:[a-z][a-z-]* ){{0,3}}"
                      rf"(?:(?:{STORY_TITLES}|Crown Prince|Prince|Princess|King|Queen|Dr\.?) )?(?P<char>{NAME1})\b")
_OPENING_PERSON = re.compile(rf"^(?:[A-Z][a-z]+ )?(?P<who>{NAME}|[A-Z][a-z]+)(?= (?:made|began|started|followed|"
                             rf"played|starred|appeared|returned|debuted|landed|took)\b)")
# "The second season reunites him with A, B and C": the cast around the person in focus.
_REUNITES = re.compile(rf"\breunites? (?:him|her|them|the cast|{NAME}) with (?P<list>{_MEMBERS})")


_PRIZE_WORDS = re.compile(r"(?:Best|Outstanding|Grand|Top|Most|Popularity|Excellence)\b")  # a category, no person
_PRIZE_NAME = re.compile(r"\b(?:Best|Outstanding)(?: [A-Z][\w'’-]*)+")


def _subject_parts(inp: EventInput, sentence: Sentence) -> Iterator[Credit]:
    """Parts introduced by ``, playing`` or ``, as`` whose actor is the sentence's subject: a name
    opening it (``Kim made his debut in X, playing Crown Prince Lee Shin``) or ``He``/``She``."""
    text = sentence.text
    if ", as " not in text and "playing " not in text:
        return
    opening = _OPENING_PERSON.match(text)
    person = full_name(inp, opening.group("who")) if opening else None
    if person is None and re.match(r"(?:He|She)\b", text):
        person = _pronoun_person(inp, sentence, sentence.start)
    if person is None or person not in inp.people.values():
        return  # only a person the article names in full
    for m in _PLAYING.finditer(inp.ctx.body, sentence.start, sentence.end):
        if m.group("char") != person and not _PRIZE_WORDS.match(m.group("char")):
            yield m.start(), m.end(), person, "actor", _TITLE_LEAD.sub("", m.group("char"))


def _pronoun_person(inp: EventInput, sentence: Sentence, pos: int) -> str | None:
    """Whom a ``he``/``she`` at ``pos`` stands for: the person the recent sentences are about (the
    name opening one of them, through sentences that open on a pronoun), else the last person
    named before it."""
    index = sentence_index(inp, sentence)
    for earlier in reversed(inp.ctx.sentences[max(0, index - 8):index]):
        opening = _OPENING_PERSON.match(earlier.text)
        if opening:
            name = full_name(inp, opening.group("who"))
            if name in inp.people.values() and name not in marked_parts(inp.ctx.body):
                return name  # not a character opening a sentence of a review
    focus = _focus_person(inp, pos)
    if focus is not None:
        return focus
    lo = max(0, pos - 600)
    found = last_person(inp, lo, pos, _not_people(inp, lo, pos))
    return found[1] if found else None


def _focus_person(inp: EventInput, pos: int) -> str | None:
    """The person the article is about up to ``pos``: named (in full or by surname) at least
    three times and twice as often as anyone else, as in a profile or a career retrospective."""
    body = inp.ctx.body[:pos]
    counts = {full: body.count(short) for short, full in inp.people.items()}
    ranked = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)
    if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    return ranked[0][0]


def _not_people(inp: EventInput, lo: int, hi: int) -> list[tuple[int, int]]:
    """Spans in ``body[lo:hi]`` that name no actor: titles, prizes and the article's characters."""
    body = inp.ctx.body
    blocked = [(start, end) for start, end, _, _ in quoted_titles(inp, lo, hi)]
    blocked += [p.span() for p in _PRIZE_NAME.finditer(body, lo, hi)]
    blocked += unquoted_titles(body, lo, hi)  # "SBS's Five Fingers", "the thriller Item"
    blocked += part_spans(body, lo, hi)
    return blocked


def _pronoun_parts(inp: EventInput, sentence: Sentence) -> Iterator[Credit]:
    """Parts whose actor is a pronoun: the last person named before it (in this sentence or
    the ones before) plays them."""
    body = inp.ctx.body
    padded = f" {sentence.text.lower()} "
    if " he " not in padded and " she " not in padded:
        return
    for m in _PRONOUN_PART.finditer(body, sentence.start, sentence.end):
        person = _pronoun_person(inp, sentence, m.start())
        if person is not None and person != m.group("char") and not _PRIZE_WORDS.match(person):
            yield m.start(), m.end(), person, "actor", m.group("char")


def _parts(inp: EventInput, sentence: Sentence, lowered: str) -> Iterator[Credit]:
    """Actors with their parts: ``A plays B``, ``A as B``, ``B (A)``, ``B, played by A``."""
    body, lo, hi = inp.ctx.body, sentence.start, sentence.end
    plays, as_ = _gate(_PLAYS, lowered), " as " in lowered
    paired = []
    for m in _PAIRED.finditer(body, lo, hi) if plays and " and " in lowered and _about_a_show(inp, sentence) else ():
        actors, chars = re.findall(NAME, m.group("actors")), re.findall(NAME, m.group("chars"))
        if len(actors) == len(chars) > 1:
            paired.append(m.span())
            for actor, char in zip(actors, chars, strict=True):
                yield m.start(), m.end(), actor, "actor", char
    for m in _IS_PLAYED_BY.finditer(body, lo, hi) if "ed by" in lowered else ():
        yield m.start(), m.end(), m.group("actor"), "actor", m.group("char")
    for pattern, gate in ((_PLAYS, plays), (_AS, as_)):
        for m in pattern.finditer(body, lo, hi) if gate else ():
            if any(start <= m.start() < end for start, end in paired):
                continue
            if pattern is _AS and not _acting_as(body[m.end("actor"):m.start("char")]):
                continue  # "writes as", "praised as": a pen name or a compliment, not a part
            yield m.start(), m.end(), m.group("actor"), "actor", m.group("char")
    for m in _SURNAME_PART.finditer(body, lo, hi) if (plays or as_) and inp.people else ():
        if m.group("actor") in inp.people and (" as " in m.group(0) or "play" in m.group(0) or "portray" in m.group(0)):
            yield m.start(), m.end(), m.group("actor"), "actor", m.group("char")
    pairs = [m for m in _PAREN.finditer(body, lo, hi)
             if not _NOT_A_NAME.search(m.group(0)) and not PLATFORM.search(m.group(0))] \
        if "(" in lowered else []  # not "Laptop Pro (Buy Now)", "Jane Doe (Getty Images)"
    orders = outer_is_part(inp, sentence, [
        (m.start(), m.end(), (m.group("char"), m.group("actor"),
                              _described(body, lo, m.start()) and not m.group("hon")))  # "A (Dr. B)": B is the part
        for m in pairs])
    for m, swap in zip(pairs, orders, strict=True):
        actor, char = m.group("actor", "char") if swap else m.group("char", "actor")
        outer, inner = m.group("char", "actor")
        if _KOREAN_NAME.match(outer) and not _KOREAN_NAME.match(inner) and not korean_surname(inner.split()[0]) \
                and (swap or _AWARD_CONTEXT.search(sentence.text)):
            continue  # "nominees Kim Min-ho (Night Ferry) and ...": a person and the show they are named for
        yield m.start(), m.end(), actor, "actor", _TITLE_LEAD.sub("", char)
    for m in _SURNAME_PAREN.finditer(body, lo, hi) if "(" in lowered and inp.people else ():
        char = full_name(inp, m.group("char"))  # "Baek (Joo Ji-hoon)": the part the article named in full
        if _CAPITAL_BEFORE.search(body, max(lo, m.start() - 20), m.start()):
            continue  # "Ha Young (Cheon Jang-mi)": the end of a name, not a surname alone
        if " " in char and char != m.group("actor") and not re.fullmatch(COUNTRY, char) and \
                classify(m.group("actor")) == "person" and _about_a_show(inp, sentence):
            yield m.start(), m.end(), m.group("actor"), "actor", char
    for m in _PLAY_A_GROUP.finditer(body, lo, hi) if " play " in lowered else ():
        for name in _members(inp, m.group("list")):  # "A and B play estranged siblings"
            yield m.start(), m.end(), name, "actor", None
    for m in _IS_THE_PART.finditer(body, lo, hi) if _ACTING_CUE.search(sentence.text) else ():
        yield m.start(), m.end(), m.group("actor"), "actor", m.group("char")  # "... and B is the pathologist Dr C"
    for m in _DESCRIBED_ACTOR.finditer(body, lo, hi) if "(" in lowered and _about_a_show(inp, sentence) else ():
        if not _NOT_A_NAME.search(m.group("actor")):
            yield m.start(), m.end(), m.group("actor"), "actor", None  # "follows a customs officer (A)"
    if ("’s " in sentence.text or "'s " in sentence.text or " to " in lowered) and _about_a_show(inp, sentence):
        for m in (*_ACTOR_OWNS.finditer(body, lo, hi), *_BRINGS.finditer(body, lo, hi)):
            if not PLATFORM.search(m.group("actor")) and not _COMPANY.search(m.group("actor")):
                yield m.start(), m.end(), m.group("actor"), "actor", m.group("char")
    for m in _PLAYS_UNNAMED.finditer(body, lo, hi) if plays and _about_a_show(inp, sentence) else ():
        yield m.start(), _description_end(body, m.end(), hi), m.group("actor"), "actor", None
    for m in _JOINS_AS.finditer(body, lo, hi) if " as " in lowered and _about_a_show(inp, sentence) else ():
        end = _description_end(body, m.end(), hi)
        if not _CREW_PART.search(body, m.end(), end):
            yield m.start(), end, m.group("actor"), "actor", None
    for m in _PLAYED_BY.finditer(body, lo, hi) if "ed by" in lowered or "to life by" in lowered else ():
        if m.group("more"):  # "his team, played by A, B and C": actors without their parts
            for name in _members(inp, m.group("actor") + m.group("more")):
                yield m.start(), m.end(), name, "actor", None
            continue
        opening = not body[lo:m.start()].strip()  # "Played by A, the character ..." is about the last name
        described = _DESCRIBED_BEFORE.search(body, lo, m.start())
        yield m.start(), m.end(), m.group("actor"), "actor", m.group("char") or (
            _previous_focus(inp, sentence) if opening else described.group("char") if described else None)
    for m in _POSSESSIVE_PART.finditer(body, lo, hi) if ("’s " in lowered or "'s " in lowered) and \
            ("-" in lowered or _ACTING_CUE.search(sentence.text)) else ():
        if _possessive_part(inp, sentence, m):
            yield m.start(), m.end(), full_name(inp, m.group("actor")), "actor", m.group("char")
    for m in _ROLE_OF.finditer(body, lo, hi) if "role of" in lowered or "(as " in lowered else ():
        yield m.start(), m.end(), m.group("actor"), "actor", m.group("pchar") or m.group("char")


def _cast(inp: EventInput, sentence: Sentence, lowered: str) -> Iterator[Credit]:
    """Actors without a part: ``A was cast in``, ``actress A``, cast lists; never a name under a
    crew title."""
    body, lo, hi = inp.ctx.body, sentence.start, sentence.end
    for m in _CAST_IN.finditer(body, lo, hi) if "cast" in lowered or "ensemble" in lowered else ():
        for name in [m.group("actor")] if m.group("actor") else _members(inp, m.group("joiner")):
            if not crew_titled(body, lo, m.start(), name):
                yield m.start(), m.end(), name, "actor", None
    for m in _INTRODUCES.finditer(body, lo, hi) if " as " in lowered and _about_a_show(inp, sentence) else ():
        for name in re.finditer(NAME, m.group("list")):
            yield m.start(), m.end(), name.group(0), "actor", None
    for m in _ACTOR_NOUN.finditer(body, lo, hi) if _gate(_ACTOR_NOUN, lowered) else ():
        if _TITLE_CASED.match(m.group(0)) and body[lo:m.start()].strip(" “\"‘'(—–-:"):
            continue  # "Star Wars Saga", "Actor Studio" in mid-sentence: a capital makes it a name
        if any(m.group(0) in source.outlet for source in inp.sources):
            continue  # "Star Daily Korea reported": an outlet the article cites
        yield m.start(), m.end(), m.group("actor"), "actor", None
    for m in _REUNITES.finditer(body, lo, hi) if "reunite" in lowered else ():
        for name in _members(inp, m.group("list")):
            yield m.start(), m.end(), name, "actor", None
    for pattern in (_CAST_LIST, _CAST_PASSIVE, _NEWCOMERS):
        for m in pattern.finditer(body, lo, hi) if _gate(pattern, lowered) else ():
            if pattern is _NEWCOMERS and _CREW_WORK.search(body, lo, m.start()):
                continue  # "A and B write and produce the series alongside C": crew, not cast
            for name in _members(inp, m.group("list")):
                if not crew_titled(body, lo, m.start("list") + m.group("list").find(name), name):
                    yield m.start(), m.end(), name, "actor", None


def _description_end(body: str, pos: int, hi: int) -> int:
    """The end of the description of a part that runs on from ``pos`` (``a travelling
    glassblower``, ``the botanist's estranged sister``): up to the clause's end, a conjunction or a
    relative word, without a trailing function word."""
    end = pos
    for word in _DESC_WORD.finditer(body, pos, hi):
        if word.start() != end or word.group(1).lower() in _DESC_STOP:
            break
        end = word.end()
    words = body[pos:end].split()
    while words and words[-1].lower() in _FUNCTION_WORDS | _PREPOSITIONS:
        end = pos + body[pos:end].rstrip().rfind(" ")
        words.pop()
    return max(end, pos)


_DESC_WORD = re.compile(r" ([\w'’-]+)")
_DESC_STOP = frozenset({"and", "or", "but", "who", "whom", "whose", "which", "that", "while", "when", "where",
                        "as", "opposite", "alongside", "after", "before", "since", "because", "although", "though"})
_PREPOSITIONS = frozenset({"in", "on", "at", "for", "from", "to", "of", "into", "about", "over", "under", "like",
                           "through", "across"})


def _about_a_show(inp: EventInput, sentence: Sentence) -> bool:
    """Whether the article is about a tracked show or the sentence quotes a title."""
    return bool(inp.ctx.about) or bool(re.search(r"[“\"‘'][A-Z][^“”\"‘’']{1,60}[”\"’']", sentence.text))


def _members(inp: EventInput, names: str) -> list[str]:
    """The people of a list: full names, and (beside other names) single words the article
    resolves as surnames."""
    parts = [part.strip() for part in re.split(r",? and |, ", names)]
    found = []
    for part in parts:
        if " " in part and re.fullmatch(NAME, part):
            found.append(part)
        elif part in inp.people and len(parts) > 1:
            found.append(inp.people[part])
    return found


def _possessive_part(inp: EventInput, sentence: Sentence, m: re.Match[str]) -> bool:
    """Whether ``A’s B`` names an actor and the part they play: both read as people (the part
    a Korean name, or the sentence about acting), neither a platform, company or show."""
    actor, char = m.group("actor", "char")
    if _WORK_NOUN.search(m.group("desc") or ""):
        return False  # "A’s manga B": a work and its author, not a part and its actor
    if " " not in actor:
        if actor not in inp.people:
            return False  # a single word is a person only as a surname the article resolves
        actor = inp.people[actor]
    if PLATFORM.search(actor) or PLATFORM.search(char) or _COMPANY.search(actor) or _COMPANY.search(char) or \
            _names_a_show(inp, char) or _names_a_show(inp, actor) or actor.split()[0] in _NOT_A_PERSON or \
            char.split()[0] in _NOT_A_PERSON:
        return False
    korean = all(_KOREAN_FULL.fullmatch(name) for name in (actor, char))
    return korean or bool(_ACTING_CUE.search(sentence.text))


_CREW_WORK = re.compile(r"\b(?:writes?|wrote|co-writes?|produces?|produced|directs?|directed|executive produces?|"
                        r"showrunners?|composes?|composed)\b(?![^,;]*\b(?:stars?|starring|plays?|cast)\b)")
_WORK_NOUN = re.compile(r"\b(?:manga|manhwa|webtoon|novel|book|comic|film|movie|drama|series|show|play|album|"
                        r"song|game|memoir|essay|column|web novel)s?\b")
# Companies credited with producing ("produced by Studio A") are no people.
_COMPANY = re.compile(r"\b(?:Studios?|Pictures|Entertainment|Media|Films|Productions?|Content|Company|Corp|Inc|"
                      r"Group|Network|Holdings|Works|ENM)\b")


# First words of capitalised phrases that are no one's name ("Season Two is back", "Team A").
_NOT_A_PERSON = frozenset({"The", "This", "That", "These", "Those", "Season", "Seasons", "Part", "Episode",
                           "Episodes", "Chapter", "Volume", "Team", "Fan", "Fans", "Our", "Your", "My", "His", "Her",
                           "Their", "Its", "All", "Both", "New", "Every", "Each"})


def _names_a_show(inp: EventInput, name: str) -> bool:
    """Whether ``name`` is a tracked show's name ("Moonlit Ward will return" is no actor)."""
    folded = name.casefold()
    return any(folded == title.casefold() for show in inp.ctx.shows for title in show.names)


def _acting_as(between: str) -> bool:
    """Whether the words between an actor and ``as`` make it a part (``stars as``, ``returns as``,
    or nothing at all as in cast lists ``A as B``)."""
    head = between.split(" as ")[0]
    if _NOT_ROLE_AS.search(between):
        return False
    return not head.strip(" ,") or bool(_ACTING_VERB.search(head))


_ACTING_VERB = re.compile(r"\b(?:stars?|starring|starred|co-starr?ing|co-stars?|play(?:s|ed|ing)?|appear(?:s|ed|ing)?|"
                          r"return(?:s|ed|ing)?|join(?:s|ed|ing)?|cast|reprise[sd]?|reprising|back|headlines?|"
                          r"portray(?:s|ed|ing)?|comes?|debut(?:s|ed)?|scrub(?:s|bed)? in|step(?:s|ped)? in|"
                          r"suit(?:s|ed)? up|take[sn]?|took|feature[sd]?|featuring|who|role|comeback|turn|"
                          r"make[s]? (?:her|his|their) (?:[\w-]+ )?debut|"
                          # a review's verdict on a part: "steals every scene as", "is superb as"
                          r"steal(?:s|ing)?|shine[sd]?|shining|excel(?:s|led)?|impress(?:es|ed)?|dazzl(?:es|ed)|"
                          r"is (?:excellent|terrific|superb|magnetic|riveting|great|wonderful|chilling|moving))\b")


def _gate(pattern: re.Pattern[str], lowered: str) -> bool:
    """Whether ``lowered`` holds one of the literal words ``pattern`` cannot match without."""
    return any(word in lowered for word in _GATES[pattern])


_GATES: dict[re.Pattern[str], tuple[str, ...]] = {
    _PLAYS: ("play", "portray", "take", "took", "taking", "step", "land", "transform"),
    _AS: (" as ",),
    _ACTOR_NOUN: ("actor", "actress", "star"),
    _CAST_LIST: ("return", "back", "reprise", "rejoin", "star", "spotted", "appear", "lead", "headline", " role"),
    _CAST_PASSIVE: (" to ", "cast as"),
    _NEWCOMERS: ("newcomer", "members", "joining", "cast:", "star", "featuring", "led by", "headlined by", "cast",
                 "leads", "alongside", "joined by", "ensemble", "line", "opposite"),
}


def _described(body: str, lo: int, pos: int) -> bool:
    """Whether a lowercase descriptor (``nurse``, ``resident``) precedes ``pos``: then the name
    outside the parentheses is the character's, in the ``nurse Oh (Bae Soo-ah)`` style."""
    before = re.search(r"([A-Za-z-]+)\W*$", body[max(lo, pos - 30):pos])
    return bool(before) and before.group(1).islower() and before.group(1) not in _FUNCTION_WORDS


_FUNCTION_WORDS = frozenset({"and", "or", "with", "by", "the", "a", "an", "as", "of", "including", "like",
                             "stars", "starring", "features", "featuring", "cast", "plus"})


def _previous_focus(inp: EventInput, sentence: Sentence) -> str | None:
    """The first full name of the sentence before ``sentence`` (whom ``Played by A, the
    character`` is about)."""
    index = sentence_index(inp, sentence)
    if index == 0:
        return None
    match = re.search(NAME, inp.ctx.sentences[index - 1].text)
    return match.group(0) if match else None
