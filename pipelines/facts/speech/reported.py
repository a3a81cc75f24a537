"""Reported speech in one sentence: ``X said that ...``, ``X told Y that ...``, ``X said ...``
without ``that`` when a clause clearly follows, participles (``..., adding that ...``) and
trailing attributions (``..., the studio said on Friday.``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from pipelines.facts.speech import lexicon
from pipelines.facts.speech.attribution import _AUX, NP, clean_np, speaker_np

_THAT_WORD = re.compile(r"[\s,]that\s+(?=\S)")
_WORD = re.compile(r"[^\s,]+")
_MID_WORDS = 14
_BARE_VERBS = ("say|says|said|saying|added|adding|claimed|claims|claiming|wrote|writing|admitted|admits|insisted|"
               "insists|joked|predicted|warned|hinted|noted|noting|believes|believed")
_TIME = (r"(?:\s+(?:(?:on|last|this|earlier|in|at)\s+[A-Za-z0-9]+(?:\s+\d{1,2})?|Monday|Tuesday|Wednesday|"
         r"Thursday|Friday|Saturday|Sunday|yesterday|today|tonight)(?=[\s,]))?")
_ROLES = "|".join(sorted(lexicon.PERSON_HEADS | {"company", "agency", "streamer", "network", "studio"}, key=len,
                         reverse=True))
_OBJECT = r"(?:reporters|him|her|them|us|me|fans|viewers|the press|the audience|(?:[A-Z][\w.-]*\s*){1,4})"
_BARE = re.compile(rf"(?<![\w’'-])(?:(?P<verb>{_BARE_VERBS})|(?P<tell>told|tells|telling)\s+{_OBJECT}){_TIME}"
                   rf"\s+(?=(?:he|she|they|it|we|I|you|the|a|an|this|these|those|his|her|their|its|our|my|"
                   rf"more|no|some|all|both|there|one|nothing|everything|each|every|many|several|few|most|any|another|"
                   rf"neither|either|nobody|everyone|everybody|someone|{_ROLES}|[A-Z][\w’'-]*)\b)")
# "the lighting crew, which she said had fed everyone": a relative clause whose verb reports what
# its antecedent did, the reported words starting at the auxiliary.
_BARE_RELATIVE = re.compile(r"(?<![\w’'-])(?P<verb>said|says|claimed|claims|insisted|insists|believes|believed)\s+"
                            r"(?=(?:had|has|have|was|were|is|are|would|will|could|can)\s)")
_RELATIVE_SUBJECT = re.compile(r",\s+(?:which|who|whom)\s+(?:he|she|they|[A-Z][\w’'-]+)\s+$")
_QUOTED_WORDS = re.compile(r"[“\"«][^”\"»]*[”\"»]")


def _closes_sentence(body: str, start: int, end: int) -> bool:
    """Whether ``body[start:end]`` runs to the sentence's end as one clause: no comma outside
    quotation marks (``..., which she says has been fixed since, cites ...`` goes back to the main clause)."""
    return "," not in _QUOTED_WORDS.sub("", body[start:end])
# "said filming would start": a bare noun subject, known by the auxiliary after it.
_BARE_NOUN = re.compile(r"(?<![\w’'-])(?P<verb>said|says|added|claimed|insisted|noted|admitted|wrote)\s+"
                        r"(?!(?:whether|if|how|why|what|when|where|who|which)\b)"
                        r"(?=[a-z][\w’'-]*\s+(?:[a-z][\w’'-]*\s+)?(?:would|will|was|were|is|are|had|has|could|"
                        r"should|might|must)\s)")
# "only to find said civilisation had ...": "said" as an adjective after a verb.
_AFTER_INFINITIVE = re.compile(r"(?<![\w’'-])to\s+[a-z]+\s+$")
# "said “the show is done”": a clause quoted whole, in lower case (not the speaker's full words).
_BARE_QUOTED = re.compile(rf"(?<![\w’'-])(?P<verb>{_BARE_VERBS})\s+(?=[“\"][a-z])")
_FINITE = re.compile(r"\b(?:would|will|was|were|is|are|had|has|have|could|can|should|might|may|must|did|does|do|"
                     r"shall|\w{3,}ed|\w{2,}(?:sh|ch|ss|x)es|plans|wants|needs|remains|looks|feels|loves|makes|"
                     r"takes|gets|runs|plays|goes|comes|stays|became|began|took|made|got|went|came|saw|felt|knew|"
                     r"thought|found|gave|kept|left|met|ran|won|lost|held|brought|built|sent|spent|stood|fell|grew|"
                     r"drew|chose|broke|spoke|wore|led|heard|paid|sold|sat|meant|rose|shot|taught|caught|fought|"
                     r"becomes|begins|knows|thinks|seems|hopes|tries|"
                     # Irregular verbs whose past is their present ("each season cost ...").
                     r"cost|costs|put|puts|set|sets|hit|hits|cut|cuts|let|lets|says|said|told|wrote|owes)\b")
_DATE_WORD = re.compile(r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
                        r"April|May|June|July|August|September|October|November|December|Yes|No)\b")
_CLOSING = frozenset("”\"’»")
_CUT = re.compile(rf",[”\"’»]?\s+(?:citing|according to|adding|saying|explaining|noting|writing|telling|announcing|"
                  rf"while adding|as reported by|per)\b|\s+[—–]\s+|,[”\"’»]?\s+(?:though|although|but|while|and|as)\s+"
                  # "..., but added that B": a verb of the same speaker, with or without a new subject.
                  rf"(?:[\w’'-]+\s+){{0,3}}(?:{lexicon.CLAUSE_ALT})\b"
                  # "After X reported that A, Netflix said that B": a new subject and verb end the clause.
                  rf"|,[”\"’»]?\s+(?:(?:the|a|an|his|her|its|their)\s+)?(?:[\w’'-]+\s+){{0,3}}(?:[A-Z][\w’'-]*\s+|"
                  rf"(?:{'|'.join(sorted(lexicon.ORG_HEADS | lexicon.PERSON_HEADS))})\s+)(?:\w+ly\s+)?"
                  rf"(?:{lexicon.CLAUSE_ALT})\b")
_TRAILING = re.compile(rf",\s+(?P<np>{NP})\s+(?:(?:{_AUX})\s+){{0,2}}(?P<verb>said|says|added|explained|noted|"
                       rf"confirmed|claimed|wrote|insisted|reported|told|announced|revealed|stated|clarified|"
                       rf"disclosed)(?P<tail>(?:\s+[^\s,.;“”\"]+)"
                       # The sentence ends, or goes on with a clause of its own ("..., the team said, and ...").
                       rf"{{0,6}})(?:\s*[.!?,]?\s*$|,\s+(?:and|but|while|though|although|with|so)\s)")
_NOUN_BEFORE = re.compile(r"(?:(?<![\w’'-])(?:the|a|an|these|those|such|this|his|her|its|their|our|new|earlier|"
                          r"recent|with|amid|despite|following|of|about|over)|"
                          r"[’']s)\s*$", re.IGNORECASE)


# "safe to say the show ...": an infinitive without a subject reports nobody's speech.
_INFINITIVE = re.compile(r"(?<![\w’'-])to\s+$")
# "It is said that ...", "Joo is said to ...": a passive reporting verb names no speaker.
_PASSIVE = re.compile(r"(?:(?<![\w’'-])(?:is|was|are|were|been|be|being)|[’']re)\s+"
                      r"(?:\w+ly\s+|even\s+|also\s+|widely\s+)?$")


# "a June report that", "the CNN report that": a noun after a determiner and a modifier.
_NOUN_AFTER_MODIFIER = re.compile(r"(?<![\w’'-])(?:the|a|an|this|that|its|his|her|their)\s+[\w’'-]+\s+$",
                                  re.IGNORECASE)


# "declined to confirm reports that", "dismissed claims that": a noun as the object of a verb.
_AFTER_VERB = re.compile(r"(?:(?<![\w’'-])(?:to|not)\s+[a-z]+|n[’']t\s+[a-z]+|(?<![\w’'-])[a-z]{3,}ed)\s+$")


# "after weeks of near-identical reports that": a noun after a preposition and its modifiers.
_OBJECT_OF = re.compile(r"(?<![\w’'-])(?:of|about|over|amid|despite|following)\s+(?:[\w’'-]+\s+){0,2}$",
                        re.IGNORECASE)


# Things that "suggest" or "show" but do not speak.
_NON_SPEAKERS = frozenset({"reports", "rumors", "rumours", "claims", "studies", "study", "data", "figures",
                           "documents", "records", "polls", "poll", "surveys", "survey", "estimates", "numbers",
                           "results", "findings", "evidence", "statistics", "analysis", "research"})
_NOUNABLE = frozenset({"report", "reports", "claim", "claims", "comment", "comments", "post", "posts", "tweet",
                       "tweets", "note", "notes", "reply", "replies", "answer", "answers", "promise", "promises",
                       "hint", "hints", "remark", "remarks", "statement", "vow", "vows", "warning", "quip"})


@dataclass(frozen=True, slots=True)
class Reported:
    """A reported clause ``body[start:end]`` with its verb; ``np`` the speaker phrase span if the
    sentence gives one next to the verb, ``participle`` when the verb hangs off a clause."""

    start: int
    end: int
    verb: str
    verb_start: int
    np: tuple[int, int] | None
    participle: bool
    gap: tuple[int, int] | None = None  # an attribution set inside the clause, not part of what was said

    def words(self, body: str) -> str:
        """The reported words: the clause without an attribution set inside it."""
        if self.gap is None:
            return body[self.start:self.end]
        return f"{body[self.start:self.gap[0]].rstrip()} {body[self.gap[1]:self.end].lstrip()}"


def find_reported(body: str, start: int, end: int) -> Iterator[Reported]:
    """Reported-speech clauses of the sentence ``body[start:end]``, in order."""
    # Clauses already read: a report inside one ("added that leaders deny that ...") is part of it.
    spans: list[tuple[int, int]] = []
    inserted = _parenthetical(body, start, end)
    if inserted is not None:
        yield inserted
        spans.append((start, inserted.end))
    for verb, clause_start in [*_that_verbs(body, start, end), *_bare_verbs(body, start, end)]:
        if any(a <= verb.start() < b for a, b in spans):
            continue
        item = _reported(body, start, end, _verb_text(verb), verb.start(), clause_start)
        spans.append((verb.start(), item.end))
        if _has_speaker(body, start, item) and _says_something(body, item):
            yield item
    first = min(spans, default=None)
    if first is None:
        yield from _trailing(body, start, end)
    elif body[first[0]:first[0] + 12].split()[0].endswith("ing"):
        # "A, the team said, adding that B": the words before the participle report A.
        yield from _trailing(body, start, first[0])


def _says_something(body: str, item: Reported) -> bool:
    """Whether the reported words may be a clause: more than a few words, or a finite verb or
    quoted words in them ("denied that the same day" reports nothing)."""
    words = body[item.start:item.end]
    return len(words.split()) > 5 or _finite(words) or bool(re.search(r"[“\"«]", words))


# A verb in the present after its subject ("the squad excites him", "she expects", "the season asks what").
_SUBJECT_VERB = re.compile(r"^(?:(?:he|she|it|they|we|I|you)\s+(?:\w+ly\s+)?[a-z]{2,}|"
                           r"(?:the|a|an|this|that|his|her|its|their|our)\s+(?:[\w’'-]+\s+){0,2}?[a-z]{3,}s|"
                           r"[\w’'-]+\s+(?:now|still|also|never|always|already|\w+ly)\s+[a-z]{2,})\b",
                           re.IGNORECASE)


def _finite(words: str) -> bool:
    """Whether ``words`` hold a finite verb: a listed form, or a verb right after the clause's subject."""
    return bool(_FINITE.search(words) or _SUBJECT_VERB.match(words.strip()))


def _verb_text(match: re.Match[str]) -> str:
    groups = match.groupdict()
    return groups.get("verb") or groups.get("tell") or match.group()


def _that_verbs(body: str, start: int, end: int) -> Iterator[tuple[re.Match[str], int]]:
    """Reporting verbs followed, a few words on, by ``that``; with where the clause starts."""
    for match in _THAT_WORD.finditer(body, start, end):
        if _PREPOSITION_BEFORE.search(body, max(start, match.start() - 8), match.start() + 1):
            continue  # "hinted at that direction": a demonstrative, no clause
        verb = _verb_before(body, max(start, match.start() - 90), match.start())
        if verb is not None:
            yield verb, match.end()


_RELATIVE = re.compile(r",\s*who\s+(?:[a-z]+\s+){0,2}$")
_PREPOSITION_BEFORE = re.compile(r"\b(?:at|on|in|with|about|for|of|by|from|into|onto|upon)\s$")
_WORK_AFTER = re.compile(r"\s*(?:the|a|an|his|her|their|its|this|both|several|two|three)\s")
# "says nothing", "said little about it": no words reported.
_NOTHING = re.compile(r"\s*(?:nothing|little|not a word|anything)"
                      r"(?=\s*[,.;:!?]|\s+(?:about|of|to|at|when|while|and|but)\b)")
_MAIN_VERB = re.compile(rf",\s+(?:(?:{_AUX})\s+){{0,2}}(?:{lexicon.VERB_ALT})\b")


def _bare_verbs(body: str, start: int, end: int) -> Iterator[tuple[re.Match[str], int]]:
    """Reporting verbs followed by a clause without ``that`` (``Kim said the show ...``)."""
    found = [*_BARE.finditer(body, start, end), *_BARE_QUOTED.finditer(body, start, end)]
    found += [m for m in _BARE_RELATIVE.finditer(body, start, end)
              if _RELATIVE_SUBJECT.search(body, max(start, m.start() - 30), m.start())
              and _closes_sentence(body, m.end(), end)]
    starts = {m.start() for m in found}
    found += [m for m in _BARE_NOUN.finditer(body, start, end) if m.start() not in starts and not
              _AFTER_INFINITIVE.search(body, max(start, m.start() - 20), m.start())]
    for match in sorted(found, key=lambda m: m.start()):
        before = body[max(start, match.start() - 12):match.start()]
        if _NOUN_BEFORE.search(before) or _INFINITIVE.search(before) or _PASSIVE.search(before):
            continue
        if _RELATIVE.search(body, max(start, match.start() - 30), match.start()) and _MAIN_VERB.search(
                body, match.end(), end):
            continue  # "Vantrell, who also wrote the pilot, said ...": the main verb reports, not this one
        if match.groupdict().get("verb") in ("wrote", "writing", "writes") and _WORK_AFTER.match(body, match.end()):
            continue  # "who previously wrote the hospital comedy X": a work, not words
        if _NOTHING.match(body, match.end()):
            continue
        clause_end = _clause_end(body, match.end(), end)
        opening = " ".join(body[match.end():clause_end].split()[:12])
        if not _DATE_WORD.match(body[match.end():]) and _finite(opening):
            yield match, match.end()


def _verb_before(body: str, floor: int, that: int) -> re.Match[str] | None:
    """The reporting verb nearest before a ``that`` (at most a few words back), unless it is
    used as a noun (``the report that``)."""
    words = list(_WORD.finditer(body, floor, that))[-_MID_WORDS:]
    for word in reversed(words):
        # Mid-sentence a capitalised word is a name ("Gulf States"), not a verb.
        lemma = None if word.group()[:1].isupper() else lexicon.VERB_LEMMA.get(word.group().casefold())
        before = body[max(floor, word.start() - 24):word.start()]
        if lemma is None or _NOUN_BEFORE.search(before) or (word.group().casefold() in _NOUNABLE and (
                _NOUN_AFTER_MODIFIER.search(before) or _AFTER_VERB.search(before) or _OBJECT_OF.search(before))):
            continue  # "rejected a report that": the noun is skipped, the verb before it counts
        if _PASSIVE.search(before) or _INFINITIVE.search(before) or before.rstrip().endswith("worth"):
            return None
        mid = body[word.end():that]
        return word if lemma in lexicon.CLAUSE_LEMMAS and _plain_mid(lemma, mid) else None
    return None


_MID_OPENERS = frozenset({"on", "in", "at", "to", "during", "last", "this", "earlier", "after", "before", "via",
                          "through", "with", "from", "only", "also", "however", "again", "previously", "publicly",
                          "privately", "repeatedly", "yesterday", "today", "recently", "late", "early", "over",
                          "later", "first", "then", "back", "of"})
_REPORT_OBJECT = re.compile(r"^\s*(?:a|the|an|earlier|recent)\s+(?:\w+\s+)?(?:report|reports|claim|claims|rumor|rumors|"
                            r"rumour|rumours|speculation|suggestion|suggestions|allegation|allegations)\s*,?\s*$")


# "confirmed two months ago that", "said last week that": a time between the verb and its clause.
_TIME_AGO = re.compile(r"\s*(?:(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|a few) "
                       r"(?:days?|weeks?|months?|years?) ago|(?:last|this|earlier this|late last|early last) "
                       r"(?:week|month|year|spring|summer|fall|autumn|winter))\s*,?\s*")


def _plain_mid(lemma: str, mid: str) -> bool:
    """Whether the words between a verb and its ``that`` leave the ``that`` clause reported:
    nothing, a time or place phrase, an adverb, a listener (``told Variety``) or a report
    (``rejected a report that``) -- not an object with a relative clause (``reported delays
    that lasted``)."""
    words = mid.replace(",", " ").split()
    if not words or lemma == "tell" or _REPORT_OBJECT.match(mid) or _TIME_AGO.fullmatch(mid):
        return True
    first = words[0].casefold()
    if words[0][:1].isupper():
        return len(words) <= 4  # a listener ("Variety", "Harbor Daily on Monday"), not a clause of its own
    return first in _MID_OPENERS or first.endswith("ly")


# "got a phone call telling him", "saw a sign saying": a participle describing a thing that reached the
# subject, whose words are not the subject's (unlike "filed a complaint saying").
_THING_BEFORE = re.compile(r"(?<![\w’'-])(?:got|gets|received|receives|took|takes|answered|saw|sees|heard|hears|"
                           r"read|found|finds|spotted)\s+(?:the|a|an|this|that)\s+(?:[a-z-]+\s+)?"
                           r"(?P<noun>[a-z]+)\s+$")
# Things that speak for whoever issued them ("a statement saying that").
_ISSUED = frozenset({"statement", "post", "message", "letter", "note", "notice", "announcement", "tweet", "caption",
                     "email", "release", "video", "interview", "speech", "memo"})


def _has_speaker(body: str, start: int, item: Reported) -> bool:
    """Whether the report can have a speaker: not a bare noun opening the sentence (``Reports
    suggest that``), a noun-like verb with no subject next to it, nor a participle describing
    a thing (``got a phone call telling him``)."""
    if item.verb_start == start or item.verb_start == start + 1:
        return False
    if item.participle and item.verb.endswith("ing"):
        thing = _THING_BEFORE.search(body, max(start, item.verb_start - 50), item.verb_start)
        noun = thing.group("noun") if thing is not None else None
        if noun is not None and noun not in _ISSUED | lexicon.PERSON_HEADS | lexicon.ORG_HEADS:
            return False
    if item.np is not None and body[item.np[0]:item.np[1]].casefold().split()[-1] in _NON_SPEAKERS:
        return False
    return item.np is not None or item.participle or item.verb.casefold() not in _NOUNABLE


def _reported(body: str, floor: int, end: int, verb: str, verb_start: int, clause_start: int) -> Reported:
    clause_end = _clause_end(body, clause_start, end)
    participle = verb.endswith("ing")
    np = None if participle else speaker_np(body, floor, verb_start)
    return Reported(clause_start, clause_end, verb, verb_start, np, participle or np is None)


def _clause_end(body: str, start: int, end: int) -> int:
    cut = _CUT.search(body, start, end)
    stop = cut.start() if cut else end
    if cut is not None and body[stop:stop + 1] == "," and body[stop + 1:stop + 2] in _CLOSING:
        stop += 2  # "was “worth every minute,” adding that": the quotation closes inside the clause
    text = body[start:stop].rstrip()
    if text.endswith((".", "!", "?", ",", ";", ":")):
        text = text[:-1].rstrip()
    return start + len(text)


# "Television, she said, has always ...": an attribution set off by commas inside the reported clause.
_INSERTED_VERBS = ("said|says|added|adds|explained|explains|noted|notes|insisted|insists|claimed|claims|argued|"
                   "argues|recalled|recalls|admitted|admits|believes|believed|wrote|writes")
_INSERTED = re.compile(rf",\s+(?P<np>{NP})\s+(?:(?:{_AUX})\s+){{0,2}}(?P<verb>{_INSERTED_VERBS}|"
                       rf"(?P<tell>told|tells)\s+{_OBJECT}){_TIME},\s+(?=[a-z])")
# "Radio, says Arvid Lund, has always ...": the verb before its speaker.
_INSERTED_INVERTED = re.compile(rf",\s+(?P<verb>said|says|added|adds|wrote|writes|explains|explained|notes|noted)"
                                rf"\s+(?P<np>{NP}),\s+(?=[a-z])")
# Words that open a clause of its own after the attribution ("..., she said, adding that ...").
_NOT_CONTINUING = re.compile(r"(?:and|but|or|while|though|although|with|so|as|because|if|when|then|yet|"
                             r"according|per|(?!(?:no|some|any|every)thing\b|during\b)[a-z]{3,}ing)\b")
_MARKS = "“”\"«»‘’"


_PREPOSITIONS = frozenset({"on", "in", "at", "for", "from", "to", "after", "before", "during", "since", "until", "by",
                           "over", "under", "through", "ever", "even", "only", "still", "never", "always", "also"})
_CONTRACTED = re.compile(r"\w[’'](?:re|ll|ve|d)\b")


def _goes_on(tail: str) -> bool:
    """Whether the words after an inserted attribution go on with the reported clause (``has always
    gone``, ``on a ferry``, ``the studio promised``) rather than describe the speaker (``a critic at
    ...``, ``who heads ...``)."""
    words = tail.split()
    first = words[0].casefold()
    if first in ("who", "whose", "whom", "which"):
        return False
    verb_like = re.match(r"[a-z]{3,}(?:s|ed)$", first) is not None and first not in ("this", "those", "these")
    if first in _PREPOSITIONS or _FINITE.match(first) or verb_like:
        return True
    chunk = tail.split(",")[0]
    return bool(_FINITE.search(chunk) or _CONTRACTED.search(chunk))


def _parenthetical(body: str, start: int, end: int) -> Reported | None:
    """Reported speech with its attribution inside it (``Television, she said, has always gone
    where ...``, ``She first read it in 2019, she says, on a ferry``): the words either side,
    joined, are what was said. Not a quotation split by its attribution, nor a sentence that
    goes on with a clause of its own."""
    if body[start:start + 1] in _MARKS:
        return None
    found = [m for m in (_INSERTED.search(body, start, end), _INSERTED_INVERTED.search(body, start, end)) if m]
    match = min(found, key=lambda m: m.start()) if found else None
    if match is None or body[match.start() - 1:match.start()] in _MARKS:
        return None
    clause_end = _clause_end(body, match.end(), end)
    tail = body[match.end():clause_end]
    if len(tail.split()) < 3 or _NOT_CONTINUING.match(tail) or not _goes_on(tail):
        return None
    if not body[start:match.start()].strip() or len(body[start:match.start()].split()) > 25:
        return None
    np = clean_np(body, match.start("np"), match.end("np"))
    if np is None:
        return None
    verb = match.groupdict().get("tell") or match.group("verb")
    return Reported(start, clause_end, verb, match.start("verb"), np, False, gap=(match.start(), match.end()))


# "..., said Hana Ruel, a senior analyst at Corvo Research.": the verb before its speaker, closing the sentence.
_TRAILING_INVERTED = re.compile(rf",\s+(?P<verb>said|says|added|adds|explained|noted|wrote|writes)\s+(?P<np>{NP})"
                                rf"(?:,\s+[^,.;!?“”\"«»]{{1,90}})?\s*[.!?]?\s*$")


def _trailing(body: str, start: int, end: int) -> Iterator[Reported]:
    text = body[start:end]
    match = _TRAILING.search(text) or _TRAILING_INVERTED.search(text)
    if match is None or text[:1] in "“\"«‘'" or len(text[:match.start()].split()) < 5:
        return
    if any(mark in text[:match.start()] for mark in "“”\"«»"):
        return
    np = clean_np(body, start + match.start("np"), start + match.end("np"))
    if np is not None and body[np[1] - 1] == ".":
        np = (np[0], np[1] - 1)  # "said Hana Ruel.": the sentence's full stop is no part of the name
    if np is not None:
        verb = match.group("verb").split()[0]
        yield Reported(start, start + match.start(), verb, start + match.start("verb"), np, False)
