"""Awards: one fact per (category, recipient) at a named ceremony, won or nominated.

``At the 61st X Awards in May, A won the Best Actor Award in the Broadcast category``;
``three honors: Best Drama, Best Actor for A, and Best New Actor for B`` (three facts, the
first going to the show); ``A picked up best actor at the X Awards``; the show itself by name
or as ``Season 2`` (``was named best drama``, ``has been nominated for best series``); ``The
grand prize, <aside>, went to veteran actress A``. A later sentence keeps the ceremony (and its
date) named before it; further on, a category written as a name right after a verb of winning
(``also won Best Art Direction``) takes the ceremony the article covers (an edition, or one
named twice, or named under the same subheading, where a lowercase category right after such a
verb counts too: ``walked away with both best new actor and the popularity award``); ``the 61st
edition`` is that edition of the ceremony named before (``another Emmy``); ``Over at KBS`` is the
broadcaster's own ceremony, named like the others the article names. Winners and nominee lists
(``Best Actor: A, Work``, ``The Best Drama nominees were ...``, ``lost out to B``) are read in
``award_lists``. Acting awards to a person also credit them as an actor of the show.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipelines.facts.event_rules.award_lists import (
    PROSE_PRIZE,
    Listed,
    heading_block_entry,
    is_category,
    listed_nominees,
    prize_name,
    rival_winners,
    winners_line,
)
from pipelines.facts.event_rules.cast_pairs import part_spans
from pipelines.facts.event_rules.common import (
    NAME,
    NAME1,
    EventInput,
    full_name,
    make_event,
    sentence_index,
    without_owner,
)
from pipelines.facts.event_rules.people import last_person
from pipelines.facts.event_rules.shows import (
    entry_title,
    other_title_near,
    quoted_titles,
    show_for,
    tracked_named,
    unquoted_titles,
)
from pipelines.facts.model import DateFact, EventFact
from pipelines.facts.sentences import Sentence

_HEADS = (r"Actor|Actress|Drama|Series|Director|Directing|Direction|Screenplay|Teleplay|Writer|Writing|Screenwriter|"
          r"Film|Picture|Newcomer|OST|Soundtrack|Couple|Character|Villain|Variety|Performance|Ensemble|"
          r"Cinematography|Editing|Design|Effects|Documentary|Animation|Adaptation|Makeup|Costumes?|"
          r"Music|Score|Song|Program|Show|Entertainer|Artist|Producer")
# "the year's best original song" is praise, not a category
_CATEGORY = re.compile(
    rf"(?<!year’s )(?<!year's )\b(?P<cat>(?:(?:best|outstanding)"
    rf"(?: (?!at\b|for\b|in\b|and\b|the\b|award\b|prize\b)[A-Za-z-]+){{0,4}}? "
    rf"(?:{_HEADS})(?: (?:{_HEADS})(?=\W))?|"
    rf"{PROSE_PRIZE}|grand prize|daesang|rookie of the year|"
    # Emmy-style categories written in prose: "lead actor in a drama series", "directing for a
    # comedy series"; a bare "lead actress" only right after a nomination ("was nominated for").
    r"(?:lead|supporting|guest) (?:actor|actress) in an? (?:drama|comedy|limited|anthology) series"
    r"(?: or (?:movie|anthology series))?|"
    r"(?:directing|writing|casting|cinematography|editing) for an? (?:drama|comedy|limited|anthology) series|"
    r"(?:(?<=nominated for )|(?<=nomination for )|(?<=nominations for )|(?<=nod for ))"
    r"(?:lead|supporting) (?:actor|actress)|"
    r"(?:drama|series|show|program(?:me)?|actor|actress|artist|couple|director|writer|film|movie|entertainer|"
    r"producer) of the year)"
    r"(?: in (?:a |the )?(?:television|TV|film|movies?|broadcast(?:ing)?|streaming|(?:leading|supporting|drama|"
    r"comedy|limited|miniseries|musical|motion)(?: (?:role|series|picture))?)\b(?! category))?)\b"
    r"(?: \((?P<paren>[^)]{2,30})\))?(?: (?:award|prize|trophy|honou?r))?(?: \((?P<paren2>[^)]{2,30})\))?"
    r"(?: in the (?P<sub>[\w-]+(?: [\w-]+)?) category)?"
    r"(?! (?:in the (?![\w-]+(?: [\w-]+)? category)|of (?:his|her|their|its|all|the|this|my|our)\b|ever\b|yet\b|"
    r"alive\b|around\b|working\b))",  # "the best actor in the room / of his generation" is praise
    re.IGNORECASE)
# Sections an award category is split by; other parentheses ("Daesang (Grand Prize)") translate.
_SECTIONS = re.compile(r"^(?:TV|Television|Broadcast(?:ing)?|Film|Movie|Cinema|Drama|Variety|Musical|Theat(?:er|re)|"
                       r"Series|Streaming|OTT|Web|Radio|Comedy|Limited Series)$", re.IGNORECASE)
_CEREMONY = re.compile(r"(?P<c>(?:(?:\d+(?:st|nd|rd|th)|\d{4}) )?(?:[A-Z][\w&'’.-]* ){1,5}(?:Awards?|Festival|Prizes?|"
                       r"Gala)\b|(?:the )?(?:Emmys?|Golden Globes?|Oscars?|Grammys?|BAFTAs?|Baeksangs?)\b"
                       r"(?! (?:[A-Z][\w&'’.-]* ){0,3}(?:Awards?|Festival|Prizes?|Gala)\b))")
# Ceremonies known by a short form, by their full names (for an edition: "the 61st edition").
_SHORT_FORMS = {"emmy": "Emmy Awards", "golden globe": "Golden Globe Awards", "oscar": "Academy Awards",
                "grammy": "Grammy Awards", "bafta": "BAFTA Awards", "baeksang": "Baeksang Arts Awards"}
# An edition of the ceremony named before it ("he won best actor at the 61st edition").
_EDITION_REF = re.compile(r"(?P<c>(?:the )?\d+(?:st|nd|rd|th) (?:edition|ceremony|installment|iteration))\b")
# A broadcaster whose own ceremony the sentence is at, fronted ("Over at KBS, ...", "At JTBC, ..."; not
# "a drama that aired at KBS").
_NETWORK_AT = re.compile(r"\b(?:[Oo]ver at|[Bb]ack at|[Mm]eanwhile,? at|At) (?P<c>[A-Z]{2,5}\d?),")
# A broadcaster's ceremony as the article names one ("SBS Drama Awards"), the pattern of the others.
_NETWORK_CEREMONY = re.compile(r"\b(?P<net>[A-Z]{2,5}\d?) (?P<rest>(?:[A-Z][a-z]+ ){1,2}Awards)\b")
_WIN_WORDS = re.compile(r"\b(?:w[oi]n(?:s|ning)?|took|takes|taking|picked up|picks up|grabs|claims|clinches|"
                        r"walked away with|went home with|"
                        r"earn(?:ed|ing)?|receiv(?:ed|ing)|bagged|"
                        r"swept|named|secured|collect(?:ed|ing)?|honou?rs?|trophy|prize|nominat\w*|nominee)\b",
                        re.IGNORECASE)
# A nomination, not a win: "was nominated for", "earned a nod for", "in the running for", "vying for".
_NOMINATED = re.compile(r"\bnominat\w*|\bnominee|\bup for\b|\bshortlist|\bnods? (?:for|in)\b|"
                        r"\bin (?:the )?(?:running|contention) for\b|\bvying for\b|\bcontender", re.IGNORECASE)
_FOR_NAME = re.compile(rf"^(?: (?:[Aa]ward|[Pp]rize|trophy|honou?r))?(?:,? (?:for|to)(?: (?:its |the )?(?:star|lead|"
                       rf"leading (?:man|lady)|actor|actress|newcomer|co-star|veteran|director|writer|screenwriter)"
                       rf"(?= [A-Z]))?|"
                       rf"(?:, [^,]{{3,60}},|,)? (?:went|goes|was given|was awarded|was presented) to"
                       rf"(?: (?!(?:of|for|in)\b)[a-z][a-z-]*){{0,3}}) (?P<r>{NAME1})")
_TO_THE_SHOW = re.compile(r"(?: (?:award|prize|trophy|honou?r))?,? (?:went|goes|was given|was awarded) to "
                          r"(?:the (?:show|series|drama)|it)\b")
_JOINED = re.compile(r"\s*(?:,|and|as well as|&)?\s*(?:and\s+)?(?:the\s+)?")
_SHOW_REF = re.compile(r"\b(?:it|the (?:[a-z]+[ -]){0,2}(?:show|series|drama|film|thriller|comedy|romance)|Season \d+|"
                       r"(?:the|its) (?:first|second|third|new|latest) season)\b", re.IGNORECASE)

# Verbs that state a win or a nomination (not "prize" or "honor" alone).
_WIN_VERB = re.compile(r"\b(?:won|wins|win|took|takes|picked up|picks up|grabs|claims|clinches|claimed|named|earned|"
                       r"received|bagged|scooped|"
                       r"collected|nominated|shortlisted|walked away with|went home with|took home|nabbed|clinched|"
                       r"landed|snagged)\b", re.IGNORECASE)
# A verb of winning right before a category written in lowercase ("walked away with both best new actor").
_WIN_VERB_BEFORE = re.compile(_WIN_VERB.pattern + r"(?: (?:both|also|the|a|an|home|for|a nomination for))*\s+$",
                              re.IGNORECASE)
# A category written as a name ("Best Art Direction"), as coverage of a ceremony writes it.
_GIVEN_TO = re.compile(r",?\s+(?:goes|went|was given|was awarded|was presented) to\b")
_TITLED = re.compile(r"(?:Best|Outstanding)(?: (?:[A-Z][\w'’-]*|in|a|an|the|for|of|&))+$")
# Words that put a win on another occasion than the ceremony the article covers.
_OTHER_OCCASION = re.compile(r"\b(?:previously|in the past|once|years? ago|last year|earlier in (?:his|her|their) "
                             r"career|back in|before that|at the time|went on to|elsewhere)\b", re.IGNORECASE)
_FULL_CEREMONY = re.compile(r"(?:the )?(?:(?:\d+(?:st|nd|rd|th)|\d{4}) )?.+ (?:Awards|Festival|Prizes|Gala)")
_EDITION = re.compile(r"(?:the )?(?:\d+(?:st|nd|rd|th)|\d{4}) ")
_AWARD_WORD = re.compile(r"\b(?:Actor|Actress|Award|Awards|Excellence|Prize|Best|Category)\b")
_ACTING = re.compile(r"actor|actress|performance|newcomer|rookie", re.IGNORECASE)
_PART_ASIDE = re.compile(rf"(?:\bwho (?:plays|played|portrays|portrayed)|\bplaying|, as) "
                         rf"(?:(?:[a-z][\w-]*|[A-Z][\w-]*[’']s) ){{0,4}}(?P<part>{NAME1})")
_MENTIONS_AWARDS = re.compile(r"best|outstanding|prize|daesang|rookie|award|of the year|nominat|"
                              r"(?:actor|actress|directing|writing) (?:in|for) an? (?:drama|comedy|limited)",
                              re.IGNORECASE)


def find_awards(inp: EventInput, sentence: Sentence) -> list[EventFact]:
    """Award wins and nominations stated in ``sentence`` (narrated or listed), plus actor
    credits of acting awards."""
    if not _MENTIONS_AWARDS.search(sentence.text):
        # a line of names under a category heading ("Best Drama" then "- Harbor Nights")
        return _listed(inp, sentence) if len(sentence.text) < 150 else []
    return [*_narrated(inp, sentence), *_listed(inp, sentence)]


def _narrated(inp: EventInput, sentence: Sentence) -> list[EventFact]:
    """``A won Best Actor at the X Awards``: categories with the recipient named before or after."""
    body = inp.ctx.body
    categories = list(_CATEGORY.finditer(body, sentence.start, sentence.end))
    ceremonies = _ceremonies(inp, sentence.start, sentence.end)
    if not categories or not (ceremonies or _WIN_WORDS.search(sentence.text)):
        return []
    # "The winners of the X Awards were announced. A won Best Actor ...": the ceremony named just before
    earlier = _earlier_sentences(inp, sentence)
    ceremonies = [*(_ceremonies(inp, earlier[0].start, earlier[-1].end) if earlier else []), *ceremonies]
    if not ceremonies:
        # the ceremony the article covers, for categories written as names right after a verb of winning
        context = _context_ceremony(inp, sentence, strict=True)
        # a lowercase category ("walked away with best new actor") only under the ceremony's own subheading
        # (or, for nominations, in an article that opens on the ceremony: "was nominated for lead actress")
        lowercase = bool(context) and _same_section(body, context.start(), sentence.start,
                                                    lede=bool(_NOMINATED.search(sentence.text)))
        categories = _stated_categories(inp, sentence, categories, lowercase) if context else []
        ceremonies = [context] if context else []
    events: list[EventFact] = []
    recipient = None
    for i, cat in enumerate(categories):
        floor = categories[i - 1].end() if i else sentence.start
        joined = i and _JOINED.fullmatch(body, floor, cat.start())
        # "A won Best Actor and Best Couple": a bare list shares the recipient named before it
        recipient = _recipient(inp, sentence, cat, floor, ceremonies) or (recipient if joined else None)
        ceremony = _ceremony(cat, categories[i + 1:], ceremonies)
        if recipient and ceremony:
            events.extend(_award(inp, sentence, cat, ceremony, recipient))
    return events


def _stated_categories(inp: EventInput, sentence: Sentence, categories: list[re.Match[str]],
                       lowercase: bool) -> list[re.Match[str]]:
    """The categories written as names (``Best Art Direction``) that a verb of winning or
    nomination just before introduces (``also won Best Score and Best Art Direction``), not
    those a sentence merely mentions (``had been tipped for Best Drama``); with ``lowercase``,
    also those written in lowercase right after the verb (``walked away with best new actor and
    the popularity award``)."""
    body, kept = inp.ctx.body, []
    for i, cat in enumerate(categories):
        floor = categories[i - 1].end() if i else sentence.start
        joined = bool(kept) and kept[-1] is categories[i - 1] and _JOINED.fullmatch(body, floor, cat.start())
        stated = _WIN_VERB.search(body, max(floor, cat.start() - 40), cat.start())
        given = _GIVEN_TO.match(body, cat.end())  # "the Grand Prize (Daesang), goes to X"
        if given or (_TITLED.match(cat.group("cat")) and (stated or joined)) or \
                (lowercase and (_WIN_VERB_BEFORE.search(body, max(floor, cat.start() - 40), cat.start()) or joined)):
            kept.append(cat)
    return kept


def _listed(inp: EventInput, sentence: Sentence) -> list[EventFact]:
    """Winners and nominees the sentence lists (see ``award_lists``), at the ceremony the
    sentence names, else the one named just before it, else the one the article covers."""
    body = inp.ctx.body
    index = sentence_index(inp, sentence)
    lines = winners_line(body, inp.ctx.sentences, index) or heading_block_entry(body, inp.ctx.sentences, index)
    items = lines or [*listed_nominees(body, sentence), *rival_winners(body, sentence)]
    if not items:
        return []
    ceremonies = _ceremonies(inp, sentence.start, sentence.end)
    if not ceremonies:
        earlier = _earlier_sentences(inp, sentence)
        ceremonies = _ceremonies(inp, earlier[0].start, earlier[-1].end) if earlier else []
    if not ceremonies:
        context = _context_ceremony(inp, sentence, strict=not lines)
        ceremonies = [context] if context else []
    events: list[EventFact] = []
    for item in items:
        ceremony = _ceremony_at(item.span[0], ceremonies)
        if ceremony is not None:
            events.extend(_listed_award(inp, sentence, item, ceremony))
    return events


def _listed_award(inp: EventInput, sentence: Sentence, item: Listed, ceremony: re.Match[str]) -> list[EventFact]:
    """The award fact of one listed recipient: a tracked show by its title, a person by the
    article's fullest form of the name; an acting award also credits the actor (of a tracked
    show, or of none)."""
    own = [s.title for s in inp.ctx.shows if item.name.casefold() in {n.casefold() for n in s.names}]
    person = without_owner(item.name)  # "The Ninth Witness's Nam Gi-seok": the actor of another show
    is_show = bool(own) or not (re.fullmatch(NAME, person) or person in inp.people)
    name = own[0] if own else item.name if is_show else full_name(inp, person)
    tracked = tracked_named(inp, *item.span)
    show = tracked[0][1] if tracked else None
    inside = sentence.start <= ceremony.start() < sentence.end
    date = _award_date(inp, sentence, ceremony, inside)
    award = make_event(inp, "award", sentence, item.span, show=show, ceremony=_fullest_ceremony(inp, ceremony),
                       category=item.category, recipient=name, result=item.result,
                       date=date.value if date else None)
    if is_show or not re.search(r"actor|actress", item.category, re.IGNORECASE):
        return [award]  # an actor of another show is credited too, with no tracked show
    return [award, make_event(inp, "credit", sentence, item.span, show=show, person=name, role="actor",
                              character=None)]


def _ceremony_at(pos: int, ceremonies: list[re.Match[str]]) -> re.Match[str] | None:
    """The first ceremony named after ``pos``, else the last one before it."""
    after = [c for c in ceremonies if c.start() >= pos]
    return after[0] if after else ceremonies[-1] if ceremonies else None


def _context_ceremony(inp: EventInput, sentence: Sentence, strict: bool) -> re.Match[str] | None:
    """The ceremony the article named last before ``sentence``; ``strict``: only a ceremony that
    reads as the one the article covers, an edition (``the 9th X Awards``) or one named twice,
    and not for a sentence about another occasion (``In 2019 she won Best Newcomer``)."""
    found = [m for m in _article_ceremonies(inp.ctx.body) if m.end() <= sentence.start]
    if not strict:
        return found[-1] if found else None
    found = [m for m in found if _FULL_CEREMONY.fullmatch(m.group("c"))
             and (_EDITION.match(m.group("c")) or _mentions(inp.ctx.body, m.group("c")) >= 2 or
                  _same_section(inp.ctx.body, m.start(), sentence.start))]
    return found[-1] if found and _same_occasion(inp, sentence, found[-1]) else None


def _same_occasion(inp: EventInput, sentence: Sentence, ceremony: re.Match[str]) -> bool:
    """Whether ``sentence`` can tell of the ceremony named earlier: it looks back to no other
    time (``previously``, ``in 2019`` when the ceremony's sentence gives 2025)."""
    if _OTHER_OCCASION.search(sentence.text):
        return False
    home = inp.ctx.sentence_at(ceremony.start())
    years = {d.value[:4] for d in inp.dates if home.start <= d.span[0] < home.end and d.value}
    own = {d.value[:4] for d in _win_dates(inp, sentence) if d.value}
    return not (own and years and not own & years)


# An aside about something else than the win, with a verb of its own ("“X,” which aired from April to
# June, also won ..."; in "A, who in 2008, won ..." the date is the win's).
_ASIDE = re.compile(r",[”\"’]?\s(?:which|who|whose|where)\b(?![^,]*\b(?:ceremony|gala|awards|held)\b)"
                    r"(?=[^,]*\b(?:[a-z]+ed|is|was|are|were|has|had|ran|began|made|won|went)\b)[^,]*,")
# A second verb phrase that the win follows ("who made his debut in 2025 and walked away with ...").
_AND_WIN = re.compile(r"\band (?:then |also )?" + _WIN_VERB.pattern, re.IGNORECASE)
_RELATIVE = re.compile(r"\b(?:who|which|whose)\b")


def _win_dates(inp: EventInput, sentence: Sentence) -> list[DateFact]:
    """The dates of ``sentence`` that may date its win: not those in an aside (``, which aired in
    April,``) nor those of a relative clause's verb phrase before ``and won ...`` (``who debuted in
    2019 and walked away with ...``)."""
    body = inp.ctx.body
    asides = [m.span() for m in _ASIDE.finditer(body, sentence.start, sentence.end)]
    dates = []
    for d in inp.dates:
        if not sentence.start <= d.span[0] < sentence.end or any(a <= d.span[0] < b for a, b in asides):
            continue
        if _AND_WIN.search(body, d.span[1], sentence.end) and not _WIN_VERB.search(body, sentence.start, d.span[0]) \
                and _RELATIVE.search(body, sentence.start, d.span[0]):
            continue
        dates.append(d)
    return dates


@lru_cache(maxsize=64)
def _headings(body: str) -> tuple[int, ...]:
    """Where the body's subheadings start: short paragraphs without a closing stop."""
    found, pos = [], 0
    for paragraph in body.split("\n\n"):
        text = paragraph.strip()
        if text and len(text.split()) <= 10 and text[0].isupper() and text[-1] not in ".!?\"”’)":
            found.append(pos)
        pos += len(paragraph) + 2
    return tuple(found)


def _same_section(body: str, start: int, pos: int, lede: bool = False) -> bool:
    """Whether ``start`` and ``pos`` lie under the same subheading (the article has one above
    ``start`` and none between); with ``lede``, also when ``start`` is in the first paragraph and
    no subheading comes before ``pos`` (an article opening on the ceremony)."""
    heads = _headings(body)
    opens = lede and "\n\n" not in body[:start].strip()
    return (opens or any(h <= start for h in heads)) and not any(start < h <= pos for h in heads)


@lru_cache(maxsize=64)
def _article_ceremonies(body: str) -> tuple[re.Match[str], ...]:
    """Every ceremony name in the body (not categories such as ``Popularity Awards``)."""
    return tuple(m for m in _CEREMONY.finditer(body) if not _CATEGORY.match(m.group()) and not is_category(m.group()))


def _mentions(body: str, ceremony: str) -> int:
    """How often the body names ``ceremony``, with or without its edition."""
    core = _EDITION.sub("", ceremony.removeprefix("the "))
    return len(re.findall(rf"\b{re.escape(core)}\b", body))


def _earlier_sentences(inp: EventInput, sentence: Sentence) -> list[Sentence]:
    """The two sentences before ``sentence``, or up to four when one paragraph holds them all."""
    index = sentence_index(inp, sentence)
    earlier = list(inp.ctx.sentences[max(0, index - 4):index])
    while len(earlier) > 2 and "\n" in inp.ctx.body[earlier[0].start:sentence.start]:
        earlier.pop(0)
    return earlier


def _ceremonies(inp: EventInput, start: int, end: int) -> list[re.Match[str]]:
    """Ceremony names in ``body[start:end]`` (not award categories that end in "Award", nor
    categories named as awards, ``Popularity Awards``)."""
    body = inp.ctx.body
    found = [m for m in _CEREMONY.finditer(body, start, end) if not _CATEGORY.match(m.group())
             and not is_category(m.group())]
    # "the 61st edition" of a ceremony named before it; a broadcaster's own ceremony ("Over at KBS")
    found += [m for m in _EDITION_REF.finditer(body, start, end) if _base_ceremony(inp, m.start())]
    found += [m for m in _NETWORK_AT.finditer(body, start, end) if _network_ceremony(inp, m)]
    return sorted(found, key=lambda m: m.start())


def _base_ceremony(inp: EventInput, pos: int) -> str | None:
    """The full name of the ceremony the article names last before ``pos`` (a short form by its
    full name: ``Baeksang`` is the ``Baeksang Arts Awards``), without its edition."""
    named = [m for m in _article_ceremonies(inp.ctx.body) if m.end() <= pos]
    if not named:
        return None
    name = _EDITION.sub("", named[-1].group("c").removeprefix("the "), count=1)
    short = _SHORT_FORMS.get(re.sub(r"s$", "", name).casefold())
    fuller = _fullest_ceremony(inp, named[-1])
    return short if short and fuller.removeprefix("the ") == name else _EDITION.sub("", fuller, count=1)


def _network_ceremony(inp: EventInput, m: re.Match[str]) -> str | None:
    """``Over at KBS``: the broadcaster's ceremony, named like the broadcasters' ceremonies the
    article names (``SBS Drama Awards`` makes it the ``KBS Drama Awards``), the nearest one."""
    body = inp.ctx.body
    templates = list(_NETWORK_CEREMONY.finditer(body))
    if not templates:
        return None
    nearest = min(templates, key=lambda t: (t.start() > m.start(), abs(t.start() - m.start())))
    return f"{m.group('c')} {nearest.group('rest')}"


def _award(inp: EventInput, sentence: Sentence, cat: re.Match[str], ceremony: re.Match[str],
           recipient: _Recipient) -> list[EventFact]:
    show = recipient.show
    inside = ceremony.start() >= sentence.start  # a ceremony named in an earlier sentence stays out of the text
    span = (min(cat.start(), ceremony.start()), max(cat.end(), ceremony.end())) if inside else (cat.start(), cat.end())
    # "was nominated for Best X": the result word sits just before the category
    clause = inp.ctx.body[max(sentence.start, span[0] - 40):span[1]]
    date = _award_date(inp, sentence, ceremony, inside)
    award = make_event(inp, "award", sentence, span, show=show, ceremony=_fullest_ceremony(inp, ceremony),
                       category=_qualified(inp, cat, _category_name(cat)), recipient=recipient.name,
                       result="nominated" if _NOMINATED.search(clause) else "won", date=date.value if date else None)
    if recipient.is_show or not re.search(r"actor|actress", cat.group("cat"), re.IGNORECASE) or show is None:
        return [award]
    return [award, make_event(inp, "credit", sentence, span, show=show, person=recipient.name, role="actor",
                              character=None)]


_BARE_ROLE = re.compile(r"(?:lead|supporting) (?:actor|actress)", re.IGNORECASE)
_ROLE_SCOPE = re.compile(r"\b(?:actor|actress) (?P<scope>in an? (?:drama|comedy|limited|anthology) series)\b",
                         re.IGNORECASE)


def _qualified(inp: EventInput, cat: re.Match[str], name: str) -> str:
    """A bare ``lead actress`` with the scope the article gave such a category just before
    (``lead actor in a drama series`` ... ``was nominated for lead actress``)."""
    if not _BARE_ROLE.fullmatch(name):
        return name
    scopes = [m for m in _ROLE_SCOPE.finditer(inp.ctx.body, max(0, cat.start() - 1500), cat.start())]
    return f"{name} {scopes[-1].group('scope')}" if scopes else name


def _fullest_ceremony(inp: EventInput, ceremony: re.Match[str]) -> str:
    """The ceremony's name; a bare ``X Award`` (``earned A the X Award for best actor``) or a
    short form (``Emmy``) as the article names the ceremony elsewhere (``the 56th X Awards``,
    ``the 70th Emmy Awards``), the nearest such mention."""
    name = ceremony.group("c").removeprefix("the ")
    edition = _EDITION_REF.fullmatch(ceremony.group("c"))
    if edition:  # "the 61st edition": that edition of the ceremony named before
        base = _base_ceremony(inp, ceremony.start())
        return f"{name.split()[0]} {base}" if base else name
    if re.fullmatch(r"[A-Z]{2,5}\d?", name):  # "Over at KBS": the broadcaster's ceremony
        return _network_ceremony(inp, ceremony) or name
    short = re.fullmatch(r"(?:Emmy|Golden Globe|Oscar|Grammy|BAFTA|Baeksang)s?", name)
    if not (name.endswith("Award") or short) or re.match(r"(?:\d+(?:st|nd|rd|th)|\d{4}) ", name):
        return name  # already the ceremony's full name
    core = name.removesuffix("s") if short else name.removesuffix(" Award")
    mentions = re.finditer(rf"\b(?:(?:\d+(?:st|nd|rd|th)|\d{{4}}) )?{re.escape(core)}s? Awards\b", inp.ctx.body)
    fuller = [m for m in mentions if len(m.group(0)) > len(name)]
    if not fuller:
        # "a Baeksang nomination": the ceremony's full name; "the Emmys" stays as the article says it
        return _SHORT_FORMS.get(core.casefold(), name) if short and not name.endswith("s") else name
    return min(fuller, key=lambda m: (m.start() > ceremony.start(), abs(m.start() - ceremony.start()))).group(0)


def _award_date(inp: EventInput, sentence: Sentence, ceremony: re.Match[str], inside: bool) -> DateFact | None:
    """The date of the sentence nearest the ceremony; for a ceremony named in an earlier sentence
    and a sentence without a date, the date that sentence gave the ceremony."""
    home = sentence if inside else inp.ctx.sentence_at(ceremony.start())
    dates = _win_dates(inp, sentence)
    if not dates and not inside:
        dates = [d for d in inp.dates if home.start <= d.span[0] < home.end]
    return min(dates, key=lambda d: abs(d.span[0] - ceremony.end()), default=None)


def _category_name(cat: re.Match[str]) -> str:
    """``Best Actor``, with its section in parentheses (``Best Actor (Broadcast)``)."""
    name = prize_name(cat.group("cat"))
    sections = [s for s in cat.group("paren", "paren2", "sub") if s and _SECTIONS.match(s.strip())]
    return f"{name} ({sections[0].strip()})" if sections else name


def _ceremony(cat: re.Match[str], later: list[re.Match[str]], ceremonies: list[re.Match[str]]) -> re.Match[str] | None:
    """The ceremony right after the category (before the next category), else the last one before it."""
    stop = later[0].start() if later else None
    after = [c for c in ceremonies if c.start() >= cat.end() and (stop is None or c.start() < stop)]
    if after:
        return after[0]
    before = [c for c in ceremonies if c.end() <= cat.start()]
    return before[-1] if before else None


@dataclass(frozen=True, slots=True)
class _Recipient:
    """Who won an award: a person or a show, and the tracked show the award is about."""

    name: str
    is_show: bool
    show: str | None


def _subject_person(inp: EventInput, sentence: Sentence, cat: re.Match[str]) -> str | None:
    """The person whose verb of winning leads to the category (``Kang Eun-ha takes Best Director``)."""
    before = inp.ctx.body[sentence.start:cat.start()]
    m = re.match(rf"(?P<p>{NAME})\s+(?:also\s+)?(?:takes|took|wins|won|picks up|picked up|claims|claimed|grabs|grabbed|"
                 rf"earns|earned|collects|collected|bags|bagged)\s+(?:the\s+)?$", before)
    return full_name(inp, m.group("p")) if m else None


def _recipient(inp: EventInput, sentence: Sentence, cat: re.Match[str], floor: int,
               ceremonies: list[re.Match[str]]) -> _Recipient | None:
    """Who won: ``<category> for A``, else the nearest person, quoted title or show reference
    before the category (``it`` and ``the show`` are the show; ``he`` the last person named)."""
    body, show = inp.ctx.body, show_for(inp, sentence, cat.start())
    named = _FOR_NAME.match(body[cat.end():cat.end() + 110])
    if named and not _SECTIONS.match(named.group("r")):
        tracked = tracked_named(inp, cat.end() + named.start("r"), cat.end() + named.end("r"))
        if tracked:  # "the best drama honor went to <the show>"
            return _Recipient(next(s.title for s in inp.ctx.shows if s.slug == tracked[0][1]), True, tracked[0][1])
        winner = _subject_person(inp, sentence, cat)
        if winner is not None and " " not in named.group("r") and named.group("r") not in inp.people and \
                body[cat.end():cat.end() + named.start("r")].strip() == "for":
            return _Recipient(winner, False, show)  # "Kang Eun-ha takes Best Director for Tidewater": the work
        return _Recipient(full_name(inp, without_owner(named.group("r"))), False, show)
    paren = cat.group("paren") or ""
    if paren and (paren in inp.people or re.fullmatch(NAME, paren)) and not _SECTIONS.match(paren) and \
            not re.search(r"(?i)prize|award|trophy|best|grand", paren):
        return _Recipient(full_name(inp, paren), False, show)  # "best actor (Oh)"
    if _TO_THE_SHOW.match(body, cat.end(), min(sentence.end, cat.end() + 40)):
        own = [s.title for s in inp.ctx.shows if s.slug == show]
        name = own[0] if own else other_title_near(inp, sentence)
        if name:
            return _Recipient(name, True, show)
    titles = quoted_titles(inp, floor, cat.start())
    blocked = [(c.start(), c.end()) for c in ceremonies] + [d.span for d in inp.dates] + [t[:2] for t in titles]
    # "A, who plays eldest son B, earned a nomination": B is A's part, not the nominee
    lo = max(0, floor - 600)  # the window a "he" before the category resolves in
    blocked += [m.span("part") for m in _PART_ASIDE.finditer(body, lo, cat.start())]
    unquoted = unquoted_titles(body, lo, cat.start())
    blocked += unquoted  # "the courtroom drama Cold Verdict" is no one, though it may win as a title
    blocked += part_spans(body, lo, cat.start())  # nor a character the article names
    found: list[tuple[int, _Recipient]] = []
    person = last_person(inp, floor, cat.start(), blocked)
    if person and _AWARD_WORD.search(person[1]):
        person = None  # "Best Actor Excellence and Best Couple": "Actor Excellence" is no one's name
    if person:
        found.append((person[0], _Recipient(person[1], False, show)))
    if titles:
        start, _, title, slug = titles[-1]
        found.append((start, _Recipient(title, True, slug)))
    for start, end in unquoted:
        if start >= floor and not tracked_named(inp, start, end):
            found.append((start, _Recipient(body[start:end], True, None)))
    for start, slug in tracked_named(inp, floor, cat.start()):
        if not any(t[0] <= start < t[1] for t in titles):
            found.append((start, _Recipient(next(s.title for s in inp.ctx.shows if s.slug == slug), True, slug)))
    show_ref = list(_SHOW_REF.finditer(body, floor, cat.start()))
    if show_ref:
        entry = entry_title(inp, sentence)  # "2. Quiet Verdict (tvN)" over "The legal drama won ..."
        own = [s.title for s in inp.ctx.shows if s.slug == show] if entry is None else []
        name = own[0] if own else entry or other_title_near(inp, sentence)
        found.append((show_ref[-1].start(), _Recipient(name, True, show) if name else None))
    if person and _ACTING.search(cat.group("cat")):
        return found[0][1]  # an acting prize goes to a person, not to a title named in an aside
    return max(found, key=lambda hit: hit[0])[1] if found else None
