"""Who is credited with words: the speaker phrase and reporting verb around a quotation
(``“…,” Park said``, ``said the director``, ``His agency said: “…”``) and the subject a
reporting verb or a participle (``..., adding that``) belongs to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipelines.facts.speech import lexicon
from pipelines.facts.speech.mentions import _LEAD_STOP, NAME_RUN, classify

_AGE = r"\d+-year-old"  # "the 52-year-old actor", "The 56-year-old said"
_DESC = "|".join(sorted((re.escape(w) for w in lexicon.DESCRIPTORS), key=len, reverse=True)) + "|" + _AGE
_HEAD = "|".join(sorted((re.escape(w) for w in lexicon.ORG_HEADS | lexicon.PERSON_HEADS | lexicon.GROUP_HEADS),
                        key=len, reverse=True)) + "|" + _AGE
# A capitalised word, or a brand written in camel case (``tvN``, ``iQiyi``).
_CAP = r"(?:[A-Z]|[a-z]{1,2}[A-Z])[\w.&+-]*(?:[’'][A-Za-z]+)?"
_POSS = r"[A-Za-z][\w.+-]*[’']s"
_PRON = r"(?<![\w’'-])(?:he|she|they|it|we|I|He|She|They|It|We)"
# "a representative for the actor": whom a spokesperson speaks for, by description.
# "an executive at the company’s Seoul office": an owner's possessive may stand before the head.
_OWNER_DESC = rf"(?:the|his|her|their|its)\s+(?:[\w’'-]+\s+){{0,2}}?(?<![\w’'-])(?:{_HEAD})(?![\w’'-])"
NP = (rf"(?:{_PRON}|(?:(?:{_POSS}|{_CAP}|(?:{_DESC}))\s+){{0,5}}(?:(?<![\w’'-])(?:{_CAP}|(?:{_HEAD})))"
      rf"(?:\s+(?:of|for|at|from|close to|familiar with)\s+(?:(?:the\s+)?{_CAP}(?:\s+{_CAP}){{0,3}}|{_OWNER_DESC}))?"
      rf"(?:\s+\([A-Z][\w&.-]{{1,10}}\))?)")
_AUX = "|".join(lexicon.AUX_ADVERBS)
VERB = rf"(?:{lexicon.VERB_ALT})"
# "smiled and said": a gesture between a speaker and the reporting verb.
_GESTURE = r"(?:[a-z]+(?:ed|s)\s+and\s+)?"
# ", 45," / ", a spokeswoman for the institute,": an appositive between a speaker and the verb.
_APPOSITIVE = r"(?P<app>(?:\s*,\s*[^,“”\"«».!?]{1,70}?){1,3},)?"
_POST_NP_VERB = re.compile(rf"^\s*,?\s*(?P<np>{NP}){_APPOSITIVE}\s+(?:(?:{_AUX})\s+){{0,2}}{_GESTURE}"
                           rf"(?P<verb>{VERB})\b")
_POST_ACCORDING = re.compile(rf"^\s*,?\s*(?P<verb>according to)\s+(?:(?:a|an|the)\s+(?:statement|post|"
                             rf"spokesperson|spokesman|spokeswoman|representative|message)\s+(?:from|for|by|of)\s+)?"
                             rf"(?P<np>{NP})")
_POST_VERB_NP = re.compile(rf"^\s*,?\s*(?P<verb>{VERB})\s+(?P<np>{NP})\b")
_PRE = re.compile(rf"(?:(?P<np>{NP})\s+(?:(?:{_AUX})\s+){{0,2}}{_GESTURE})?(?P<verb>{VERB})"
                  rf"(?P<mid>(?:\s+[^\s“”\"«».!?,:;]+){{0,10}}?)\s*(?P<punct>[,:]?)\s*$")
_SUBJECT_VERB = re.compile(rf"(?P<np>{NP})\s+(?:(?:{_AUX})\s+){{0,3}}(?P<verb>{VERB})\b")
_FIRST_SUBJECT = re.compile(rf"(?:^|,\s+)(?P<np>{NP})\s+(?:(?:{_AUX})\s+){{0,3}}[a-z]{{2,}}")
_NOT_NAMES = re.compile(r"^(?:January|February|March|April|May|June|July|August|September|October|November|"
                        r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|It)$")


@dataclass(frozen=True, slots=True)
class Attribution:
    """A speaker phrase at ``body[np_start:np_end]`` (absent for a bare participle) and its verb."""

    verb: str
    verb_start: int
    np_start: int | None = None
    np_end: int | None = None
    after: bool = False


def _who(body: str, floor: int, who: int) -> tuple[int, int] | None:
    """The person a relative ``who`` refers to: the last person named before it, else the first name."""
    runs = [m for m in NAME_RUN.finditer(body, floor, who)]
    for run in reversed(runs):
        if classify(run.group()) == "person":
            return clean_np(body, run.start(), run.end())
    return clean_np(body, runs[0].start(), runs[0].end()) if runs else None


_KEEP_LEADING = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "original", "former", "fellow",
                           "co-star"}) | lexicon.DETERMINER_WORDS


def clean_np(body: str, start: int, end: int) -> tuple[int, int] | None:
    """The speaker phrase without leading sentence words (``After``, ``Meanwhile``), or None."""
    text = body[start:end]
    words = text.split()
    if len(words) == 1 and words[0].casefold() in lexicon.PRONOUNS:
        return start, end
    while len(words) > 1 and words[0].casefold() in _LEAD_STOP - _KEEP_LEADING:
        start = body.index(words[1], start + len(words[0]))
        words = words[1:]
    if not words or words[0].casefold() in _LEAD_STOP - lexicon.DESCRIPTORS - {"co-star", "original", "former"}:
        return None
    if len(words) == 1 and (_NOT_NAMES.match(words[0]) or (len(words[0]) >= 8 and words[0].endswith("ing"))):
        return None  # a month, or a gerund opening the sentence ("Restoring ... said")
    if words[-1].casefold() in ("the", "a", "an", "this", "that", "these", "those"):
        return None
    return start, end


# ", Netflix's head of Korean content, Don Kang, said": a description, then the name, then the verb.
_POST_DESC_NAME_VERB = re.compile(rf"^\s*,?\s*(?P<desc>[^,“”\"«».!?]{{3,70}}?),\s+"
                                  rf"(?P<np>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{1,3}}),\s+"
                                  rf"(?:(?:{_AUX})\s+){{0,2}}(?P<verb>{VERB})\b")


def after_quote(body: str, start: int, limit: int) -> Attribution | None:
    """The attribution right after a quotation ending at ``start`` (``, Park said`` or
    ``, said the director``), read no further than ``limit``."""
    text = body[start:limit]
    reads = _document_reads(_POST_DOC_READ.match(text), start)
    if reads is not None:
        return reads
    described = _POST_DESC_NAME_VERB.match(text)
    if described is not None and any(w.islower() for w in described.group("desc").split()) and \
            classify(described.group("np")) == "person":
        desc = start + described.start("desc")
        return Attribution(described.group("verb"), start + described.start("verb"), desc,
                           start + described.end("np"), after=True)
    for pattern in (_POST_NP_VERB, _POST_VERB_NP, _POST_ACCORDING):
        match = pattern.match(text)
        if match:
            span = clean_np(body, start + match.start("np"), start + match.end("np"))
            if span is not None and pattern is _POST_VERB_NP:
                span = _named_after(body, span, limit)
            if span is not None and pattern is _POST_NP_VERB and match.group("app"):
                span = _appositive_name(body, span, start + match.end("app") - 1)
            if span is not None:
                return Attribution(match.group("verb"), start + match.start("verb"), *span, after=True)
    return None


_NAMED_AFTER = re.compile(r",\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})\s*(?=[.!?,]|$)")


def _named_after(body: str, span: tuple[int, int], limit: int) -> tuple[int, int]:
    """``said the CEO of Mint Records, Park Ho-jin.``: the name after the description."""
    if not _is_description(body[span[0]:span[1]]):
        return span
    named = _NAMED_AFTER.match(body, span[1], limit)
    if named is not None and classify(named.group(1)) == "person":
        return named.start(1), named.end(1)
    return span


_DESCRIPTION_OPENERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our"}) | lexicon.DETERMINER_WORDS


def _is_description(text: str) -> bool:
    """Whether a speaker phrase describes rather than names (``the drama's agency``, ``one staffer``)."""
    words = text.split()
    if not words:
        return False
    # "Kwon Tae-yang's agency": an owner's role or company, named beside it.
    owned = len(words) > 1 and words[-2].endswith(("’s", "'s")) and words[-1].islower()
    return words[0].casefold() in _DESCRIPTION_OPENERS or owned


_NAME_PHRASE = re.compile(r"\s*([A-Z][\w&.+’'-]*(?:\s+(?:of\s+|&\s+)?[A-Z][\w&.+’'-]*){0,5})\s*$")


def _appositive_name(body: str, span: tuple[int, int], end: int) -> tuple[int, int]:
    """``The drama's agency, Spring Lane Entertainment, said``: a description and the name set
    beside it are one speaker phrase, from the description to the name (``end`` is the comma
    after the appositive). A name first keeps the name alone."""
    if not _is_description(body[span[0]:span[1]]):
        return span
    named = _NAME_PHRASE.match(body, span[1] + 1, end) if body[span[1]:span[1] + 1] == "," else None
    if named is None or _NOT_NAMES.match(named.group(1)) or named.group(1).casefold() in _LEAD_STOP:
        return span
    return span[0], named.end(1)


def before_quote(body: str, floor: int, start: int, inner_upper: bool) -> Attribution | None:
    """The attribution leading into a quotation opening at ``start`` (``Park said, “``),
    read back no further than ``floor``."""
    match = _PRE.search(body, max(floor, start - 160), start)
    if match is None:
        return _according_before(body, floor, start) or _document_reads(_PRE_DOC_READ.search(
            body, max(floor, start - 100), start), 0)
    if "that" in match.group("mid").split():
        return None
    verb = match.group("verb")
    if not match.group("punct") and (match.group("mid").strip() or not inner_upper
                                     or lexicon.VERB_LEMMA[verb.casefold()] in lexicon.WEAK_DIRECT):
        return None
    span = clean_np(body, match.start("np"), match.end("np")) if match.group("np") else None
    if span is None and not verb.endswith("ing"):
        span = _common_before(body, floor, match.start("verb"))
    span = span or speaker_np(body, floor, match.start("verb"))
    return Attribution(verb, match.start("verb"), *span) if span else Attribution(verb, match.start("verb"))


# "the pilot beside me said, “...”": a person named by a common noun right before the
# verb, with where they stood left out of the speaker.
_COMMON_BEFORE = re.compile(rf"(?<![\w’'-])(?P<np>(?:the|my|his|her|our|their)\s+(?:[a-z-]+\s+)?[a-z]{{3,}})"
                            rf"(?:\s+(?:next to|beside|behind|alongside)\s+(?:me|him|her|us|them))?"
                            rf"\s+(?:(?:{_AUX}|just)\s+){{0,2}}$")


def _common_before(body: str, floor: int, verb_start: int) -> tuple[int, int] | None:
    """A speaker named by a common noun (``the pilot``, ``my mother``) ending right before the
    reporting verb of a quotation, or None."""
    match = _COMMON_BEFORE.search(body, max(floor, verb_start - 80), verb_start)
    if match is None or any(w in lexicon.AUX_ADVERBS or w.endswith("ly") for w in match.group("np").split()[1:]):
        return None  # "the actress authoritatively stated": an adverb, not part of the speaker
    return match.start("np"), match.end("np")


# "whom she described as", "a prize he called", "Kim called the shoot": a speaker naming something
# by a quotation; "described" needs its "as".
_NAMING = re.compile(rf"(?:(?P<np>{NP})\s+(?:(?:{_AUX})\s+){{0,2}})?(?P<verb>called|calls|calling|described|describes|"
                     rf"describing)(?P<mid>(?:\s+[^\s“”\"«».!?:;]+){{0,6}}?),?\s*$")
NAMING_WORDS = 5


def naming_before(body: str, floor: int, start: int) -> Attribution | None:
    """The speaker and verb of ``X called Y "..."`` / ``whom X described as "..."`` before a
    quotation opening at ``start``, read back no further than ``floor``."""
    match = _NAMING.search(body, max(floor, start - 100), start)
    if match is None:
        return None
    mid = match.group("mid").split()
    if match.group("verb").startswith("describ") and (not mid or mid[-1] != "as"):
        return None
    verb_start = match.start("verb")
    span = clean_np(body, match.start("np"), match.end("np")) if match.group("np") else None
    if span is None and _WHO.search(body, floor, verb_start):
        span = _who(body, floor, _WHO.search(body, floor, verb_start).start())  # "Voss, who called it “...”"
    if span is None and body[floor:verb_start].rstrip().endswith(","):
        span = speaker_np(body, floor, verb_start)  # "Ana Voss, 41, called it “...”"
    if span is None and not match.group("verb").endswith("ing"):
        return None  # "advice published today called “...”": a thing named by its title, nobody speaking
    return Attribution(match.group("verb"), verb_start, *span) if span else Attribution(match.group("verb"), verb_start)


# "the statement read", "Blue Door's post reads:": a document speaks for whoever issued it.
_DOC_NP = (r"(?P<np>(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+|(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w-]*[’']s\s+|"
           r"(?:[Tt]he\s+)?[a-z]+[’']s\s+)(?:[\w’'-]+\s+){0,2}?(?:statement|post|message|caption|letter|notice|note|"
           r"announcement|tweet|notice))")
_POST_DOC_READ = re.compile(rf"^\s*,?\s*{_DOC_NP}\s+(?P<verb>read|reads|said|says|stated|added)\b")
_PRE_DOC_READ = re.compile(rf"{_DOC_NP}\s+(?P<verb>read|reads)\s*[,:]\s*$")


def _document_reads(match: re.Match[str] | None, offset: int) -> Attribution | None:
    if match is None:
        return None
    return Attribution(match.group("verb"), offset + match.start("verb"), offset + match.start("np"),
                       offset + match.end("np"), after=offset > 0)


_PRE_ACCORDING = re.compile(rf"\b(?P<verb>[Aa]ccording to)\s+(?P<np>{NP}),?\s*$")


def _according_before(body: str, floor: int, start: int) -> Attribution | None:
    """``According to Ana Voss, “...”``."""
    match = _PRE_ACCORDING.search(body, max(floor, start - 100), start)
    if match is None:
        return None
    span = clean_np(body, match.start("np"), match.end("np"))
    return Attribution(match.group("verb").lower(), match.start("verb"), *span) if span else None


def subject_before(body: str, floor: int, pos: int) -> tuple[int, int] | None:
    """The subject of the nearest reporting verb before ``pos`` in ``body[floor:pos]``, else
    the first subject of the clause (the speaker a participle like ``adding`` belongs to)."""
    floor = after_dateline(body, floor, pos)
    found = None
    for match in _SUBJECT_VERB.finditer(body, floor, pos):
        span = clean_np(body, match.start("np"), match.end("np"))
        found = span or found
    if found is not None:
        return found
    # On the slice, so that "^" is the clause's start (a search from ``floor`` would not anchor there).
    match = _FIRST_SUBJECT.search(body[floor:pos])
    if match is not None:
        return clean_np(body, floor + match.start("np"), floor + match.end("np"))
    return _name_chunk(body, floor, pos)


# "SEOUL, South Korea, Oct. 14, 2026 /Newswire/ -- ", "BUSAN — ": a place (and date) opening a
# report, never its subject.
_DATELINE = re.compile(r"[A-Z][A-Z.'-]+(?:\s+[A-Z][A-Z.'-]+)*(?:,\s*[^—–\n]{1,60}?)?\s*(?:/[^/\n]{1,40}/\s*)?"
                       r"(?:--|—|–)\s*")


def after_dateline(body: str, floor: int, pos: int) -> int:
    """Where ``body[floor:pos]`` begins once a dateline opening it is skipped."""
    match = _DATELINE.match(body, floor, pos)
    return match.end() if match is not None else floor


_NP_BEFORE = re.compile(rf"(?P<np>{NP})\s+(?:(?:{_AUX})\s+){{0,3}}$")
# A document as the subject of a reporting verb ("the statement says", "its press release added").
_DOCUMENT_BEFORE = re.compile(r"(?<![\w’'-])(?P<np>(?:the|its|their|his|her|that|this) (?:[\w-]+ ){0,2}?"
                              r"(?:statement|release|announcement|letter|notice))\s+(?:(?:also|further|then)\s+)?$",
                              re.IGNORECASE)
_CHUNK = re.compile(r"[^,]+")
_NP_FULL = re.compile(NP)


_WHO = re.compile(rf"\bwho\s+(?:(?:{_AUX})\s+){{0,2}}$")


def speaker_np(body: str, floor: int, verb_start: int) -> tuple[int, int] | None:
    """The speaker phrase right before a reporting verb, or the sentence's subject when an
    appositive (``Kim, speaking to X, said``) stands between them, or the person a ``who``
    before the verb stands for."""
    prefix = body[floor:verb_start]
    who = _WHO.search(prefix)
    if who is not None:
        return _who(body, floor, floor + who.start())
    document = _DOCUMENT_BEFORE.search(prefix)
    if document is not None:  # "..., and the release says": whoever issued it speaks
        return floor + document.start("np"), floor + document.end("np")
    match = _NP_BEFORE.search(prefix)
    if match and not prefix[:match.start()].rstrip().endswith(","):
        return clean_np(body, floor + match.start("np"), floor + match.end("np"))
    if match is None and not prefix.rstrip().endswith(","):
        return None
    if match is not None:
        return clean_np(body, floor + match.start("np"), floor + match.end("np"))
    return _name_chunk(body, floor, verb_start) or _before_relative(body, floor, verb_start)


# ", who asked not to be named because ..., ": a relative clause set off between a speaker and the verb.
_RELATIVE_APPOSITIVE = re.compile(r",\s+(?:who|which)\s[^“”\"«».!?;]{3,240},\s*$")
_NP_AT_END = re.compile(rf"(?P<np>{NP})\s*$")


def _before_relative(body: str, floor: int, verb_start: int) -> tuple[int, int] | None:
    """``..., but an executive at the company's office, who asked not to be named, said``: the
    speaker phrase right before a relative clause that ends just before the verb, or None."""
    relative = _RELATIVE_APPOSITIVE.search(body, floor, verb_start)
    if relative is None:
        return None
    match = _NP_AT_END.search(body, floor, relative.start())
    if match is None or _PREPOSITION_BEFORE.search(body, floor, match.start("np")):
        return None  # "a letter to Ana Voss, who ..., said": the name is no subject
    return clean_np(body, match.start("np"), match.end("np"))


_PREPOSITION_BEFORE = re.compile(r"(?<![\w’'-])(?:to|for|with|by|of|from|in|on|at|about|against|like|than|via)\s+$",
                                 re.IGNORECASE)


def _name_chunk(body: str, floor: int, pos: int) -> tuple[int, int] | None:
    """The first comma-separated chunk before ``pos`` that is a whole speaker phrase (with the
    name set beside it when it is a description: ``The drama's agency, Spring Lane Entertainment``)."""
    chunks = list(_CHUNK.finditer(body, after_dateline(body, floor, pos), pos))
    for i, chunk in enumerate(chunks):
        text = chunk.group()
        stripped = text.strip()
        if stripped and _NP_FULL.fullmatch(stripped):
            offset = chunk.start() + text.index(stripped)
            span = clean_np(body, offset, offset + len(stripped))
            if span is not None:
                return _appositive_name(body, span, chunks[i + 1].end()) if i + 1 < len(chunks) else span
    return None
