"""Credits: who acts (and as whom), writes, directs or produces a show.

``Written by A and directed by B``; ``director A``; ``A as B`` and ``A plays B``; cast lists
``Seo Han-byul (Kang Min-jae)``; ``Played by A, the character``; ``a nurse portrayed by A``;
returning-cast lists ``A, B and C are all returning``; ``A stars opposite B``. A crew title
decides the role (``Director A returns`` is no actor). Original authors and illustrators come
from the source-material rules, which read the adaptation sentences.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipelines.facts.event_rules.claims import PLATFORM
from pipelines.facts.event_rules.common import NAME, NAME1, EventInput, full_name, make_event, sentence_index
from pipelines.facts.event_rules.shows import show_for
from pipelines.facts.model import EventFact
from pipelines.facts.sentences import Sentence

# Lowercase words describing a character ("flight nurse", "the eager surgical resident").
_DESC = r"(?:(?!(?:by|from|with|for|at|in|to|of|on|and|or)\b)[a-z][a-z-]* ){0,4}"
_NAMES = rf"{NAME}(?:, {NAME})*(?:,? and {NAME})?"
_ROLE_WORDS = {"director": "director", "pd": "director", "screenwriter": "writer", "writer": "writer",
               "producer": "producer", "showrunner": "producer", "creator": "writer", "author": "original_author",
               "novelist": "original_author", "illustrator": "illustrator", "composer": "other",
               "cinematographer": "other", "original author": "original_author",
               "original writer": "original_author", "original creator": "original_author",
               "filmmaker": "director", "helmer": "director", "scriptwriter": "writer"}
# Crew titles: a name after one is crew, never cast ("Director A returns").
_CREW_TITLE = re.compile(r"\b(?:[Cc]o-)?(?:[Dd]irector|PD|[Ff]ilmmaker|[Hh]elmer|[Ss]creenwriter|[Ss]criptwriter|"
                         r"[Ww]riter|[Pp]roducer|[Ss]howrunner|[Cc]reator|[Aa]uthor|[Nn]ovelist|[Ii]llustrator|[Cc]omposer|"
                         r"[Cc]inematographer)s?,?\s+$")

# An honorific before a character's name is not part of the name ("Dr. Yoon").
_HONORIFIC = (r"(?:(?:Dr|Mr|Mrs|Ms|Prof|Capt|Lt|Det|Sgt)\.? |(?:Detective|Officer|Captain|Sergeant|Agent|Doctor|"
              r"Professor|Lieutenant|Inspector|Judge|Prince|Princess|King|Queen|Lady|Lord|Sir|Chief) )?")
_PLAYS = re.compile(rf"(?P<actor>{NAME})(?:,? who)?(?: will| would| also| now)* (?:play|plays|played|playing|"
                    rf"portrays?|portrayed|portraying|takes? on|took on|taking on|step(?:s|ped)? into|"
                    rf"(?:takes?|took|taking|lands?|landed) the (?:lead |leading |title |main |starring )?role of|"
                    rf"transform(?:s|ed|ing)? into)"
                    rf"(?: the role of)? {_DESC}(?:[a-z][a-z-]*, )?(?:[A-Z]{{2,4}} )?{_HONORIFIC}(?P<char>{NAME1})")
_AS = re.compile(rf"(?P<actor>{NAME})(?:,? (?:cast|who (?:plays|played|appears)))?(?: [a-z][a-z-]*){{0,8}} as "
                 rf"{_DESC}(?:[a-z][a-z-]*, )?{_HONORIFIC}(?P<char>{NAME1})")
_NOT_ROLE_AS = re.compile(r"\b(?:writes|wrote|writing|known|named|credited|dubbed|served|serves|works|worked|"
                          r"such|same|well|billed|nicknamed|referred to|debuted|began|started)\s+as\b")
_PAREN = re.compile(rf"(?P<char>{NAME}) \((?P<actor>{NAME})\)")
_CAST_IN = re.compile(rf"(?P<actor>{NAME}) (?:has been|have been|was|were|is|are|got|gets) (?:officially )?cast in\b|"
                      rf"(?P<joiner>{NAME}) (?:joins|joined|has joined|will join|boards|boarded|has boarded|"
                      rf"will board) the (?:cast|ensemble)\b")
# Words of shop links, photo credits and captions in parentheses, never in a cast pair.
_NOT_A_NAME = re.compile(r"\b(?:Buy|Now|Read|Watch|Photo|Photos|Getty|Courtesy|Source|Credit|File|Images?|Video|"
                         r"Updated?|More|Left|Right|Center|Pictured|Sponsored|Shop|Review|Pro|Max|Plus|Mini)\b")
_PLAYED_BY = re.compile(rf"(?:(?P<char>{NAME1}), )?\b(?:[Pp]layed|[Pp]ortrayed|[Bb]rought to life|[Ee]mbodied) by "
                        rf"(?P<actor>{NAME})")
# "A (as B)" and "A in the role of B"
# "Dr. A, a burned-out surgeon played by B": the described name is the part.
_DESCRIBED_BEFORE = re.compile(rf"(?P<char>{NAME}), (?:a|an|the) (?:[\w'’-]+ ){{1,6}}$")
_ROLE_OF = re.compile(rf"(?P<actor>{NAME})(?: [a-z]+){{0,2}} (?:\(as (?P<pchar>{NAME1})\)|"
                      rf"in the (?:lead )?role of {_DESC}(?P<char>{NAME1}))")
_ACTOR_NOUN = re.compile(rf"\b(?:[Ll]ead |[Ll]eading |[Ss]upporting |[Mm]ain )?"
                         rf"(?:[Aa]ctor|[Aa]ctress|co-star|Co-star|Star)s? (?P<actor>{NAME})")
_CAST_LIST = re.compile(rf"(?:\b[Nn]ewcomers? )?(?P<list>{_NAMES})(?: (?:are|were|will be|will|have|has))?"
                        r"(?: (?:all|also|both|once again))* (?:returning|return|back\b|confirmed to reprise|"
                        r"set to return|to reprise|reprise|rejoin|star(?:s|red|ring)?\b|were spotted|appears? in a|"
                        r"lead the (?:cast|series|drama|show|film)|headline[sd]?\b|"
                        r"(?:landed|lands?|took|takes?) the (?:lead|leading|title|main|starring|male lead|female lead)"
                        r" role|in (?:supporting|key|minor|guest|cameo) roles?\b)")
# "A has been tapped to star", "A was cast as the villain": one person, in the passive.
_CAST_PASSIVE = re.compile(rf"(?P<list>{_NAMES}) (?:is|was|are|were|has been|have been|will be) "
                           r"(?:(?:set|tapped|confirmed|slated|cast) to (?:star|play|appear|lead)\b|cast as\b)")
_NEWCOMERS = re.compile(rf"\b(?:[Nn]ewcomers?|starring|stars|starred|featuring|led by|headlined by|"
                        rf"(?:cast|ensemble|line-?up) (?:also )?includes?|cast members? (?:include|are)|alongside|"
                        rf"joined by|opposite|co-starring|(?:[Jj]oining|[Rr]ounding out) the cast (?:are|is)) "
                        rf"(?P<list>{_NAMES})")
_BY = re.compile(rf"\b(?P<verb>[Ww]ritten|[Pp]enned|[Ss]cripted|[Dd]irected|[Pp]roduced|[Hh]elmed|[Cc]reated) by "
                 rf"(?P<person>{NAME1})(?:,? and (?P<also>{NAME}))?|"
                 rf"\b(?:a |the )?(?P<script>scripts?|screenplay) (?:written )?by (?P<writer>{NAME1})")
_ROLE_BEFORE = re.compile(rf"\b(?P<role>(?:[Oo]riginal )?(?:[Dd]irector|PD|[Ss]creenwriter|[Ww]riter|[Pp]roducer|"
                          rf"[Ss]howrunner|[Cc]reator|[Aa]uthor|[Nn]ovelist|[Ii]llustrator|[Cc]omposer|"
                          rf"[Cc]inematographer|[Ff]ilmmaker|[Hh]elmer|[Ss]criptwriter))[,:]? (?P<person>{NAME})")
# "writer-director A": each part is a credit
_COMPOUND_BEFORE = re.compile(rf"\b(?P<roles>(?:[Ss]creenwriter|[Ww]riter|[Dd]irector|[Pp]roducer|[Cc]reator)-"
                              rf"(?:[Ww]riter|[Dd]irector|[Pp]roducer|[Cc]reator)) (?P<person>{NAME})")
# "Directors A and B": a plural title over a list of names.
_ROLE_LIST = re.compile(rf"\b(?P<role>[Dd]irectors|[Ww]riters|[Ss]creenwriters|[Pp]roducers|[Ss]howrunners|"
                        rf"[Cc]reators|PDs) (?P<list>{_NAMES})")
_WROTE = re.compile(rf"(?P<person>{NAME}),? (?:who )?(?:also )?(?:(?P<w>penned|wrote|writes|is writing|will write|"
                    r"created|creates)|"
                    r"(?P<d>directs|directed|will direct|is directing|helms|helmed|will helm)) (?:the )?"
                    r"(?:script|screenplay|scripts|series|drama|show|film|episodes|first|pilot|season)\b")
# "..., while A directs." - the verb closing its clause.
_BARE_CREW_VERB = re.compile(rf"(?P<person>{NAME}) (?:also )?(?:(?P<w>writes|will write|pens|will pen)|"
                             r"(?P<d>directs|will direct|helms|will helm)|"
                             rf"(?P<p>(?:executive )?produces|will (?:executive )?produce))"
                             rf"(?=[.,;]|$|(?P<partner> (?:alongside|with) {NAME}))")
_APPOSITIVE = re.compile(rf"(?P<person>{NAME}), (?:the |its |who is the )?(?:show's |series' |drama's )?"
                         r"(?P<role>director|writer|screenwriter|producer|showrunner)\b"
                         r"(?! of (?:photography|the film))(?! [A-Z])")
_ROLE_AFTER = re.compile(rf"(?P<person>{NAME}) (?:returns|will return|is back|returned|serves|will serve|is attached) "
                         r"as (?:the )?(?P<role>director|writer|screenwriter|producer|showrunner)")
_WORK_OWNER = re.compile(r"\b(?:novel|webtoon|manhwa|manga|book|comic)(?:['’]s)?\s+$|\boriginal\s+$", re.IGNORECASE)
_SHOWISH = re.compile(r"\b(?:series|show|drama|sitcom|seasons?|episodes?|K-drama|anime)\b", re.IGNORECASE)
_NOVEL_NEAR = re.compile(r"\b(?:novel|webtoon|manga|book|comic)s?\b", re.IGNORECASE)


def find_credits(inp: EventInput, sentence: Sentence) -> list[EventFact]:
    """Credits stated in ``sentence``."""
    show = show_for(inp, sentence)
    found = list(_credits(inp, sentence))
    if inp.ctx.about or any(role == "actor" for _, _, _, role, _ in found):
        found.extend(_one_back(inp, sentence))
    crew = {person for _, _, person, role, _ in found if role != "actor"}
    events = []
    for start, end, person, role, character in found:
        if PLATFORM.fullmatch(person) or (role == "actor" and not character and person in crew) or \
                _names_a_show(inp, person) or _COMPANY.search(person):
            continue  # a list like "director A and writer B are back" names crew, not cast
        events.append(make_event(inp, "credit", sentence, (start, end), show=show, person=full_name(inp, person),
                                 role=role, character=full_name(inp, character) if character else None))
    return events


_NAME_LIKE = re.compile(r"[A-Z][a-z'’]+(?:[A-Z][a-z'’]+)?(?:-[A-Za-z][a-z]*)? [A-Z][a-z]|by [A-Z]")


def _one_back(inp: EventInput, sentence: Sentence) -> Iterator[tuple[int, int, str, str, str | None]]:
    """"A is back": an actor in an article about a show or beside other cast (elsewhere it may
    be a product or a player that is back)."""
    for m in _ONE_BACK.finditer(inp.ctx.body, sentence.start, sentence.end) if " back" in sentence.text else ():
        if not _crew_titled(inp.ctx.body, sentence.start, m.start(), m.group("actor")):
            yield m.start(), m.end(), m.group("actor"), "actor", None


_ONE_BACK = re.compile(rf"(?P<actor>{NAME}) (?:is|was) (?:also )?back\b(?! (?:in|on|at|to|from)\b)")


def _credits(inp: EventInput, sentence: Sentence) -> Iterator[tuple[int, int, str, str, str | None]]:
    """(start, end, person, role, character) for every credit pattern match in the sentence."""
    body, lo, hi = inp.ctx.body, sentence.start, sentence.end
    if not _NAME_LIKE.search(sentence.text):
        return  # every credit wording names someone: two capitalised words, or "by" and one
    lowered = sentence.text.lower()
    for pattern in (_PLAYS, _AS):
        for m in pattern.finditer(body, lo, hi) if _gate(pattern, lowered) else ():
            if pattern is _AS and not _acting_as(body[m.end("actor"):m.start("char")]):
                continue  # "writes as", "praised as": a pen name or a compliment, not a part
            yield m.start(), m.end(), m.group("actor"), "actor", m.group("char")
    for m in _PAREN.finditer(body, lo, hi) if "(" in lowered else ():
        if _NOT_A_NAME.search(m.group(0)):
            continue  # "Laptop Pro (Buy Now)", "Jane Doe (Getty Images)"
        actor, char = m.group("actor", "char") if _described(body, lo, m.start()) else m.group("char", "actor")
        yield m.start(), m.end(), actor, "actor", char
    for m in _PLAYED_BY.finditer(body, lo, hi) if "ed by" in lowered or "to life by" in lowered else ():
        opening = not body[lo:m.start()].strip()  # "Played by A, the character ..." is about the last name
        described = _DESCRIBED_BEFORE.search(body, lo, m.start())
        yield m.start(), m.end(), m.group("actor"), "actor", m.group("char") or (
            _previous_focus(inp, sentence) if opening else described.group("char") if described else None)
    for m in _ROLE_OF.finditer(body, lo, hi) if "role of" in lowered or "(as " in lowered else ():
        yield m.start(), m.end(), m.group("actor"), "actor", m.group("pchar") or m.group("char")
    for m in _CAST_IN.finditer(body, lo, hi) if "cast" in lowered else ():
        if not _crew_titled(body, lo, m.start(), m.group("actor") or m.group("joiner")):
            yield m.start(), m.end(), m.group("actor") or m.group("joiner"), "actor", None
    for m in _ACTOR_NOUN.finditer(body, lo, hi) if _gate(_ACTOR_NOUN, lowered) else ():
        yield m.start(), m.end(), m.group("actor"), "actor", None
    for pattern in (_CAST_LIST, _CAST_PASSIVE, _NEWCOMERS):
        for m in pattern.finditer(body, lo, hi) if _gate(pattern, lowered) else ():
            for name in re.finditer(NAME, m.group("list")):
                if not _crew_titled(body, lo, m.start("list") + name.start(), name.group(0)):
                    yield m.start(), m.end(), name.group(0), "actor", None
    yield from _crew(inp, sentence, lowered)


# Companies credited with producing ("produced by Studio A") are no people.
_COMPANY = re.compile(r"\b(?:Studios?|Pictures|Entertainment|Media|Films|Productions?|Content|Company|Corp|Inc|"
                      r"Group|Network|Holdings|Works|ENM)\b")


def _names_a_show(inp: EventInput, name: str) -> bool:
    """Whether ``name`` is a tracked show's name ("Moonlit Ward will return" is no actor)."""
    folded = name.casefold()
    return any(folded == title.casefold() for show in inp.ctx.shows for title in show.names)


def _crew_titled(body: str, lo: int, pos: int, name: str) -> bool:
    """Whether the name at ``pos`` carries a crew title, before it (``director A``) or as its
    first word (``Filmmaker A``, read as part of a capitalised name)."""
    first = name.split()[0].lower().removeprefix("co-")
    parts = [part.removesuffix("s") for part in first.split("-")]
    return any(part in _ROLE_WORDS for part in parts) or bool(_CREW_TITLE.search(body, max(lo, pos - 25), pos))


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
                          r"suit(?:s|ed)? up|take[sn]?|took|feature[sd]?|featuring|who)\b")


def _gate(pattern: re.Pattern[str], lowered: str) -> bool:
    """Whether ``lowered`` holds one of the literal words ``pattern`` cannot match without."""
    return any(word in lowered for word in _GATES[pattern])


_GATES: dict[re.Pattern[str], tuple[str, ...]] = {
    _PLAYS: ("play", "portray", "take", "took", "taking", "step", "land", "transform"),
    _AS: (" as ",),
    _ACTOR_NOUN: ("actor", "actress", "star"),
    _CAST_LIST: ("return", "back", "reprise", "rejoin", "star", "spotted", "appear", "lead", "headline", " role"),
    _CAST_PASSIVE: (" to ", "cast as"),
    _NEWCOMERS: ("newcomer", "star", "featuring", "led by", "headlined by", "cast", "alongside", "joined by",
                 "ensemble", "line", "opposite"),
    _BY: (" by ",),
    _ROLE_BEFORE: ("director", "pd", "writer", "producer", "showrunner", "creator", "author", "novelist",
                   "illustrator", "composer", "cinematographer", "filmmaker", "helmer"),
    _COMPOUND_BEFORE: ("writer-", "director-", "producer-", "creator-"),
    _WROTE: ("penned", "wr", "direct", "helm", "creat", "produc"),
    _ROLE_AFTER: ("return", "is back", "serve", "attached"),
}


def _crew(inp: EventInput, sentence: Sentence, lowered: str) -> Iterator[tuple[int, int, str, str, str | None]]:
    """Writers, directors and producers: ``directed by A``, ``writer A``, ``A returns as director``."""
    body, lo, hi = inp.ctx.body, sentence.start, sentence.end
    if not (_gate(_ROLE_BEFORE, lowered) or _gate(_BY, lowered) or _gate(_WROTE, lowered)):
        return  # every crew wording names a role, says "by" or uses a writing or directing verb
    for m in _BY.finditer(body, lo, hi) if _gate(_BY, lowered) else ():
        if m.group("script"):
            yield m.start(), m.end(), m.group("writer"), "writer", None
            continue
        verb = m.group("verb").lower()
        if verb in ("written", "penned", "created") and _NOVEL_NEAR.search(body, max(lo, m.start() - 30), m.start()):
            continue  # the source material's author: the source-material rules credit them
        if verb == "created" and not _SHOWISH.search(sentence.text):
            continue  # a lamp or a campaign "created by" someone
        for person in filter(None, m.group("person", "also")):
            yield m.start(), m.end(), person, _VERB_ROLES[verb], None
    for m in _ROLE_BEFORE.finditer(body, lo, hi) if _gate(_ROLE_BEFORE, lowered) else ():
        role = _role_word(m.group("role"))
        if _WORK_OWNER.search(body, max(lo, m.start() - 25), m.start()):
            role = "illustrator" if role == "illustrator" else "original_author"  # "the webtoon's creator, A"
        yield m.start(), m.end(), m.group("person"), role, None
    for m in _ROLE_LIST.finditer(body, lo, hi) if _gate(_ROLE_BEFORE, lowered) else ():
        for name in re.finditer(NAME, m.group("list")):
            yield m.start(), m.end(), name.group(0), _role_word(m.group("role").removesuffix("s")), None
    for m in _COMPOUND_BEFORE.finditer(body, lo, hi) if _gate(_COMPOUND_BEFORE, lowered) else ():
        for part in m.group("roles").lower().split("-")[:-1]:  # the last part is a ``_ROLE_BEFORE`` match
            yield m.start(), m.end(), m.group("person"), _ROLE_WORDS[part], None
    for pattern in (_WROTE, _BARE_CREW_VERB) if _gate(_WROTE, lowered) else ():
        for m in pattern.finditer(body, lo, hi):
            role = "writer" if m.group("w") else "producer" if m.groupdict().get("p") else "director"
            yield m.start(), m.end(), m.group("person"), role, None
            if m.groupdict().get("partner"):  # "A executive produces alongside B"
                yield m.start(), m.end(), re.sub(r"^ (?:alongside|with) ", "", m.group("partner")), role, None
    for m in _APPOSITIVE.finditer(body, lo, hi) if _gate(_ROLE_BEFORE, lowered) else ():
        yield m.start(), m.end(), m.group("person"), _role_word(m.group("role")), None
    for m in _ROLE_AFTER.finditer(body, lo, hi) if _gate(_ROLE_AFTER, lowered) else ():
        yield m.start(), m.end(), m.group("person"), _role_word(m.group("role")), None


_VERB_ROLES = {"created": "writer", "written": "writer", "penned": "writer", "scripted": "writer",
               "directed": "director", "helmed": "director", "produced": "producer"}


def _role_word(word: str) -> str:
    """The credit role of a crew title: ``Director`` -> director; an ``original`` author, writer
    or creator wrote the source, an ``original director`` directed an earlier season."""
    word = word.lower()
    if word in _ROLE_WORDS:
        return _ROLE_WORDS[word]
    return _ROLE_WORDS.get(word.removeprefix("original ").removeprefix("co-"), "other")


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
