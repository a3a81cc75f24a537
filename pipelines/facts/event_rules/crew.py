"""Crew credits: who writes, directs or produces a show.

``Written by A and directed by B``; ``director A``, ``writer-director A``, ``Directors A and
B``; ``A, the show's director``; ``A returns as showrunner``; ``A wrote the script``, ``while
A directs``, ``A executive produces alongside B``. A crew title before a name makes it crew,
never cast (``Director A returns``): ``crew_titled`` tells the cast rules so.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipelines.facts.event_rules.common import NAME, NAME1, EventInput
from pipelines.facts.sentences import Sentence

# (start, end, person, role, character) of one credit found in the body.
Credit = tuple[int, int, str, str, str | None]

NAMES = rf"{NAME}(?:, {NAME})*(?:,? and {NAME})?"
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

# "written by playwright A": a lowercase word for what the person is may stand before the name.
_BY = re.compile(rf"\b(?P<verb>[Ww]ritten|[Pp]enned|[Ss]cripted|[Dd]irected|[Pp]roduced|[Hh]elmed|[Cc]reated) by "
                 rf"(?:(?!the\b|a\b|an\b)[a-z][a-z-]+ )?(?P<person>{NAME1})(?:,? and (?P<also>{NAME}))?|"
                 rf"\b(?:a |the )?(?P<script>scripts?|screenplay) (?:(?:is|was|are|were|comes|came) )?(?:written )?by "
                 rf"(?P<writer>{NAME1})")
# "A is back behind the camera": the director.
_BEHIND_CAMERA = re.compile(rf"(?P<person>{NAME}) (?:(?:is|was|will be|returns|stays|remains|steps|stepped)(?: back)?|"
                            r"back) behind the camera\b")  # "with A back behind the camera"
_ROLE_BEFORE = re.compile(rf"\b(?P<role>(?:[Oo]riginal )?(?:[Dd]irector|PD|[Ss]creenwriter|[Ww]riter|[Pp]roducer|"
                          rf"[Ss]howrunner|[Cc]reator|[Aa]uthor|[Nn]ovelist|[Ii]llustrator|[Cc]omposer|"
                          rf"[Cc]inematographer|[Ff]ilmmaker|[Hh]elmer|[Ss]criptwriter))[,:]? (?P<person>{NAME})")
# "writer-director A": each part is a credit
_COMPOUND_BEFORE = re.compile(rf"\b(?P<roles>(?:[Ss]creenwriter|[Ww]riter|[Dd]irector|[Pp]roducer|[Cc]reator)-"
                              rf"(?:[Ww]riter|[Dd]irector|[Pp]roducer|[Cc]reator)) (?P<person>{NAME})")
# "Directors A and B": a plural title over a list of names.
_ROLE_LIST = re.compile(rf"\b(?P<role>[Dd]irectors|[Ww]riters|[Ss]creenwriters|[Pp]roducers|[Ss]howrunners|"
                        rf"[Cc]reators|PDs) (?P<list>{NAMES})")
_WROTE = re.compile(rf"(?P<person>{NAME}),? (?:who )?(?:also )?(?:has |had |have )?(?:(?P<w>penned|wrote|writes|"
                    r"is writing|will write|created|creates|co-wrote|co-writes|co-written)|"
                    r"(?P<d>directs|directed|will direct|is directing|helms|helmed|will helm)) "
                    r"(?:the |all |every |both |each )?"
                    r"(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|sixteen) )?"
                    r"(?:(?:script|screenplay|scripts|series|drama|show|film|episodes|first|pilot|season)\b|"
                    r"[“\"‘'](?=[A-Z]))")  # "who directed “Night Ward,”"
# "..., while A directs." - the verb closing its clause.
_BARE_CREW_VERB = re.compile(rf"(?P<person>{NAME}) (?:also )?(?:(?P<w>writes|will write|pens|will pen)|"
                             r"(?P<d>directs|will direct|helms|will helm)|"
                             rf"(?P<p>(?:executive )?produces|will (?:executive )?produce))"
                             rf"(?=[.,;]|$|(?P<partner> (?:alongside|with) {NAME})| from (?:a |the |his |her |their )?"
                             r"(?:scripts?|screenplay)\b| (?:all|every|each) (?:\w+ )?episodes?\b)")
_APPOSITIVE = re.compile(rf"(?P<person>{NAME}), (?:the |its |who is the )?(?:show's |series' |drama's )?"
                         r"(?P<role>director|writer|screenwriter|producer|showrunner)\b"
                         r"(?! of (?:photography|the film))(?! [A-Z])")
_ROLE_AFTER = re.compile(rf"(?P<person>{NAME}) (?:(?:returns|will return|is back|returned|serves|will serve|"
                         r"is attached) as (?:the )?(?:executive |lead |co-)?"
                         r"(?P<role>director|writer|screenwriter|producer|showrunner)|"
                         r"(?:returns|will return|returned|is back|is set|signed on|has signed on) to "
                         r"(?P<verb>direct|write|pen|helm|produce)\b)")
# "the webtoon X by writer A and artist B": the credits of a source work, not of the show.
_WORK_BY = re.compile(r"\b(?:web[ -]?novel|novel|web[ -]?toon|manhwa|manga|book|comic)s?\b[^.;]{0,70}?\bby\s+"
                      r"(?:(?:writer|author|novelist|artist|illustrator)\s+[^,;.]{0,40}?(?:,|\s+and)\s+)?$",
                      re.IGNORECASE)
# "the web novel Golden Hour: 24 Hours of Severe Trauma Center, written by": the work's author.
_WORK_APPOSITIVE = re.compile(r"\b(?:web[ -]?novel|novel|web[ -]?toon|manhwa|book|comic|manga)s?\b"
                              r"(?:(?! (?:was|is|were|are|the (?:series|show|drama))\b)[^.;]){0,110},\s*$",
                              re.IGNORECASE)
_ADAPTED_FROM = re.compile(r"\b(?:adapted from|based on) [A-Z][^;.]*,\s*$")
_TO_ROLE = {"direct": "director", "helm": "director", "write": "writer", "pen": "writer", "produce": "producer"}
_ARTIST = re.compile(rf"\b[Aa]rtist (?P<person>{NAME})")
_WORK_OWNER = re.compile(r"\b(?:novel|webtoon|manhwa|manga|book|comic)(?:['’]s)?\s+$|\boriginal\s+$", re.IGNORECASE)
_SHOWISH = re.compile(r"\b(?:series|show|drama|sitcom|seasons?|episodes?|K-drama|anime)\b", re.IGNORECASE)
_NOVEL_NEAR = re.compile(r"\b(?:novel|webtoon|manga|book|comic)s?\b", re.IGNORECASE)
_VERB_ROLES = {"created": "writer", "written": "writer", "penned": "writer", "scripted": "writer",
               "directed": "director", "helmed": "director", "produced": "producer"}

# Literal words a sentence must hold for each family of wordings (cheap gates before the patterns).
_TITLE_WORDS = ("director", "pd", "writer", "producer", "showrunner", "creator", "author", "novelist",
                "illustrator", "composer", "cinematographer", "filmmaker", "helmer")
_VERB_WORDS = ("penned", "wr", "direct", "helm", "creat", "produc")


def find_crew(inp: EventInput, sentence: Sentence, lowered: str) -> Iterator[Credit]:
    """Writers, directors and producers of ``sentence`` (``lowered`` is its lowercased text)."""
    titled = any(word in lowered for word in _TITLE_WORDS)
    if " by " in lowered:
        yield from _by_credits(inp, sentence)
    if titled:
        yield from _titled_credits(inp, sentence)
    if any(word in lowered for word in _VERB_WORDS):
        yield from _verb_credits(inp, sentence)
    if "behind the camera" in lowered:
        for m in _BEHIND_CAMERA.finditer(inp.ctx.body, sentence.start, sentence.end):
            yield m.start(), m.end(), m.group("person"), "director", None
    if any(word in lowered for word in ("return", "is back", "serve", "attached", "signed on", "is set to")) and \
            (titled or re.search(r" to (?:direct|write|pen|helm|produce)\b", lowered)):
        for m in _ROLE_AFTER.finditer(inp.ctx.body, sentence.start, sentence.end):
            role = role_word(m.group("role")) if m.group("role") else _TO_ROLE[m.group("verb")]
            yield m.start(), m.end(), m.group("person"), role, None


def _by_credits(inp: EventInput, sentence: Sentence) -> Iterator[Credit]:
    """``directed by A``, ``executive produced by A and B``, ``a script by A``; a work's author
    (``a novel written by A``) is left to the source-material rules."""
    body, lo = inp.ctx.body, sentence.start
    for m in _BY.finditer(body, lo, sentence.end):
        if m.group("script"):
            yield m.start(), m.end(), m.group("writer"), "writer", None
            continue
        verb = m.group("verb").lower()
        if verb in ("written", "penned", "created") and (_NOVEL_NEAR.search(body, max(lo, m.start() - 30), m.start())
                                                          or _ADAPTED_FROM.search(body, lo, m.start())
                                                          or _WORK_APPOSITIVE.search(body, max(lo, m.start() - 120),
                                                                                     m.start())):
            continue  # the source material's author: the source-material rules credit them
        if verb == "created" and not _SHOWISH.search(sentence.text):
            continue  # a lamp or a campaign "created by" someone
        for person in filter(None, m.group("person", "also")):
            yield m.start(), m.end(), person, _VERB_ROLES[verb], None


def _titled_credits(inp: EventInput, sentence: Sentence) -> Iterator[Credit]:
    """``director A``, ``Directors A and B``, ``writer-director A``, ``A, the show's director``."""
    body, lo, hi = inp.ctx.body, sentence.start, sentence.end
    for m in _ROLE_BEFORE.finditer(body, lo, hi):
        role = role_word(m.group("role"))
        if _WORK_OWNER.search(body, max(lo, m.start() - 25), m.start()) or \
                _WORK_BY.search(body, max(lo, m.start() - 120), m.start()):
            role = "illustrator" if role == "illustrator" else "original_author"  # "the webtoon's creator, A"
        yield m.start(), m.end(), m.group("person"), role, None
    for m in _ARTIST.finditer(body, lo, hi):
        if _WORK_BY.search(body, max(lo, m.start() - 120), m.start()):
            yield m.start(), m.end(), m.group("person"), "illustrator", None  # "a webtoon by A and artist B"
    for m in _ROLE_LIST.finditer(body, lo, hi):
        for name in re.finditer(NAME, m.group("list")):
            yield m.start(), m.end(), name.group(0), role_word(m.group("role").removesuffix("s")), None
    for m in _COMPOUND_BEFORE.finditer(body, lo, hi):
        for part in m.group("roles").lower().split("-")[:-1]:  # the last part is a ``_ROLE_BEFORE`` match
            yield m.start(), m.end(), m.group("person"), role_word(part), None
    for m in _APPOSITIVE.finditer(body, lo, hi):
        yield m.start(), m.end(), m.group("person"), role_word(m.group("role")), None


def _verb_credits(inp: EventInput, sentence: Sentence) -> Iterator[Credit]:
    """``A wrote the script``, ``A, who created the series``, ``while A directs``, ``A executive
    produces alongside B``."""
    for pattern in (_WROTE, _BARE_CREW_VERB):
        for m in pattern.finditer(inp.ctx.body, sentence.start, sentence.end):
            role = "writer" if m.group("w") else "producer" if m.groupdict().get("p") else "director"
            yield m.start(), m.end(), m.group("person"), role, None
            if m.groupdict().get("partner"):  # "A executive produces alongside B"
                yield m.start(), m.end(), re.sub(r"^ (?:alongside|with) ", "", m.group("partner")), role, None


def role_word(word: str) -> str:
    """The credit role of a crew title: ``Director`` -> director; an ``original`` author, writer
    or creator wrote the source, an ``original director`` directed an earlier season."""
    word = word.lower()
    if word in _ROLE_WORDS:
        return _ROLE_WORDS[word]
    return _ROLE_WORDS.get(word.removeprefix("original ").removeprefix("co-"), "other")


def crew_titled(body: str, lo: int, pos: int, name: str) -> bool:
    """Whether the name at ``pos`` carries a crew title, before it (``director A``) or as its
    first word (``Filmmaker A``, ``Co-director A``, read as part of a capitalised name)."""
    first = name.split()[0].lower().removeprefix("co-")
    parts = [part.removesuffix("s") for part in first.split("-")]
    return any(part in _ROLE_WORDS for part in parts) or bool(_CREW_TITLE.search(body, max(lo, pos - 25), pos))
