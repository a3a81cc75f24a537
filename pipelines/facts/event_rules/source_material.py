"""Source material: the work a show adapts (``adapted from X, a web novel written by Y``) and
the works derived from it (``co-serialized as a Naver Webtoon in 2019 with the help of Z``),
with the credits of their creators (original author, illustrator)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipelines.facts.event_rules.common import NAME1, EventInput, dates_within, full_name, make_event
from pipelines.facts.event_rules.people import last_person
from pipelines.facts.event_rules.shows import entry_title, other_title_near, show_for, tracked_named
from pipelines.facts.model import EventFact
from pipelines.facts.sentences import Sentence

_MEDIA = {"web novel": "web_novel", "webtoon": "webtoon", "manhwa": "webtoon", "novel": "novel",
          "book": "novel", "manga": "manga", "film": "film", "movie": "film", "comic": "other"}
_MEDIUM = (r"(?P<medium>[Ww]eb[ -]?novel|[Ww]eb[ -]?toon|[Ww]eb[ -]?comic|[Mm]anhwa|[Nn]ovel|[Bb]ook|[Mm]anga|"
           r"[Cc]omic|[Ff]ilm|[Mm]ovie)s?\b")
_SMALL = r"(?:of|the|and|a|an|in|on|to|for|at|with|from)"
_TITLE = rf"(?P<title>[A-Z0-9][\w'’&-]*(?:(?::|,| -)? (?:{_SMALL} )*[A-Z0-9][\w'’&-]*)*)"
_QUOTED = r"[‘'“\"](?P<quoted>[A-Z0-9][^‘“”\"’]{1,60}?)[’'”\"](?!\w)"
_DESC = r"(?:(?!(?:by|from|with|for|at|in|to|of|on|and|or)\b)[a-z][a-z-]* ){0,4}"
# "X, a web novel" and "the web novel X" / "the web novel 'X'".
_TITLE_FIRST = re.compile(rf"(?:{_QUOTED}|{_TITLE}),? (?:a|an|the) (?:[\w-]+ ){{0,3}}?{_MEDIUM}")
_MEDIUM_FIRST = re.compile(rf"\b(?:[Aa]n?|[Tt]he|(?P<own>her|his|their)(?: own)?) (?:[\w-]+ ){{0,2}}?{_MEDIUM},? "
                           rf"(?:called |titled |entitled |(?:it|the (?:show|series|drama)) (?:is|was) based on,? )?"
                           rf"(?:{_QUOTED}|{_TITLE})")
# A work the sentence names as someone's earlier work, not a source ("who made the 2022 film X").
_FILMOGRAPHY = re.compile(r"\b(?:made|directed|helmed|shot|starred in|produced|known for|credits include|"
                          r"behind|previously|also wrote)\s+(?:the |a |an |his |her |their )?(?:\d{4} )?(?:[a-z-]+ )?$")
# "author A's 2018 novel 'X'": the owner is the creator.
_POSSESSIVE = re.compile(rf"(?P<owner>{NAME1})['’]s (?:[\w-]+ ){{0,3}}?"
                         rf"(?P<medium>[Ww]eb[ -]?novel|[Ww]eb[ -]?toon|[Mm]anhwa|[Nn]ovel|[Bb]ook|[Mm]anga|[Cc]omic)"
                         rf"s?\b,? (?:called |titled |entitled )?(?:{_QUOTED}|{_TITLE})")
# "A, a surgeon who writes under a pen name, began serializing the web novel X": the owner wrote it.
_SERIALIZED = re.compile(rf"(?P<owner>{NAME1})(?:, [^,.;]{{0,80}},)? (?:began|started|first) "
                         rf"(?:serializing|serialising|writing|publishing) (?:the |a |an |his |her |their )"
                         rf"(?:[\w-]+ ){{0,2}}?{_MEDIUM},? (?:{_QUOTED}|{_TITLE})")
_SAME_NAME = re.compile(rf"\b(?:a|an|the|its) (?:[\w'’-]+ ){{0,4}}?{_MEDIUM} of the same (?:name|title)")
_EPONYMOUS = re.compile(rf"\b(?:a|an|the|its) (?:[\w'’-]+ ){{0,2}}?(?:same-(?:titled|named)|eponymous|namesake) "
                        rf"(?:[\w'’-]+ ){{0,2}}?{_MEDIUM}")
# A work named by its medium and creator alone ("adapting the web novel by A").
_UNTITLED = re.compile(rf"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir) (?:[\w'’-]+ ){{0,3}}?"
                       rf"(?P<medium>[Ww]eb[ -]?novel|[Ww]eb[ -]?toon|[Mm]anhwa|[Nn]ovel|[Mm]anga|[Cc]omic|[Bb]ook|"
                       rf"(?<=original )(?:work|story))"
                       rf"s?,? (?:(?P<how>written|drawn|illustrated|created|penned|authored) )?"
                       rf"by {_DESC}(?P<name>{NAME1})"
                       rf"(?: and (?:drawn|illustrated) by {_DESC}(?P<artist>{NAME1}))?")
_DERIVED = re.compile(rf"\b(?:adapted into|serialized as|made into|turned into|remade as|released as)\s+"
                      rf"(?:a |an |the )?(?:[A-Z][\w-]* )?{_MEDIUM}")
# "A webtoon adaptation illustrated by A followed": a derived edition named by its medium.
_ADAPTATION_OF = re.compile(rf"\b(?:[Aa]n?|[Tt]he) (?:[A-Z][\w-]* )?{_MEDIUM} adaptation\b"
                            r"(?= (?:drawn|illustrated|by|followed))")
_CREATOR = re.compile(rf"^ that {_DESC}(?P<began>{NAME1}) (?:(?:began|started|first) "
                      rf"(?:writing|serializing|publishing)|published|wrote|penned|serialized|serialised|created)\b|"
                      rf"^ (?:drawn|illustrated) by (?P<drawn>{NAME1})|"
                      rf"^(?:,? (?:written|drawn|illustrated|created|penned|authored))? by {_DESC}(?P<name>{NAME1})"
                      rf"(?: \((?P<alias>real name|pen name|aka|a\.k\.a\.) (?P<alt>{NAME1})\))?|"
                      rf"^[^.,;]{{0,25}}?\b(?:with the help of|drawn by|illustrated by) (?P<helper>{NAME1})")
_ADAPTATION = re.compile(r"\badapt|\bbased on\b|\bbased (?:the|this|it|her|his) [^.]{0,30}\bon\b|"
                         r"\b(?:turned|made) (?:it )?into\b|"
                         r"\bdraws? on\b|\bdrawing on\b|\binspired by\b|\boriginal\b|"
                         r"\bsource\b|\bserializ|\bremake\b|\bwr[io]te\b|\bwritten\b|\bauthor|\bnovelist\b",
                         re.IGNORECASE)
# "X, the web novel that a studio turned into the show": what follows a work makes it the source.
_ADAPTED_AFTER = re.compile(r"[^.;]{0,40}?\b(?:(?:turned|made) (?:it )?into|adapted (?:into|as|for)|became)\b")
_MENTIONS_MEDIA = re.compile(r"novel|toon|manhwa|book|manga|comic|film|movie|original", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Work:
    start: int
    end: int
    title: str
    medium: str
    derived: bool
    creator: str | None = None


def find_source_material(inp: EventInput, sentence: Sentence, earlier: list[EventFact]) -> list[EventFact]:
    """Source-material facts of ``sentence`` and their creators' credits; ``earlier`` (this
    article's source material so far) names the work a derived edition comes from."""
    if not _MENTIONS_MEDIA.search(sentence.text) and not _ADAPTED_TITLE.search(sentence.text):
        return []
    events = []
    adapted = bool(_ADAPTATION.search(sentence.text))
    works = _works(inp, sentence, [*earlier])
    if adapted:
        events.extend(_untitled_authors(inp, sentence, works))
    for work in works:
        creator, role = (full_name(inp, work.creator), "original_author") if work.creator else _creator(inp, work)
        if not (adapted or (creator and not work.creator) or work.derived):
            continue  # "will appear in the film X", "A's new book X": a work, but nobody adapts it
        show = show_for(inp, sentence, work.start)
        dates = dates_within(inp, work.start, _work_words_end(inp.ctx.body, work, sentence.end))
        events.append(make_event(inp, "source_material", sentence, (work.start, work.end), show=show,
                                 title=work.title, medium=work.medium, creator=creator,
                                 date=dates[0].value if dates else None))
        earlier.append(events[-1])
        if creator:
            events.append(make_event(inp, "credit", sentence, (work.start, work.end), show=show, person=creator,
                                     role=role, character=None))
    return events


def _work_words_end(body: str, work: _Work, stop: int) -> int:
    """Where the words about ``work`` end: 40 characters on, or the first comma there (a date
    after it belongs to the next clause: "..., premiered on May 3")."""
    end = min(stop, work.end + 40)
    comma = body.find(",", work.end, end)
    return comma if comma >= 0 else end


def _untitled_authors(inp: EventInput, sentence: Sentence, works: list[_Work]) -> list[EventFact]:
    """Credits of the authors of works the sentence names without a title (not one of ``works``)."""
    events = []
    for m in _UNTITLED.finditer(inp.ctx.body, sentence.start, sentence.end):
        if any(w.start <= m.start("medium") < w.end for w in works):
            continue
        role = "illustrator" if m.group("how") in ("drawn", "illustrated") else "original_author"
        show = show_for(inp, sentence, m.start())
        events.append(make_event(inp, "credit", sentence, m.span(), show=show,
                                 person=full_name(inp, m.group("name")), role=role, character=None))
        if m.group("artist"):
            events.append(make_event(inp, "credit", sentence, m.span(), show=show,
                                     person=full_name(inp, m.group("artist")), role="illustrator", character=None))
    return events


def _works(inp: EventInput, sentence: Sentence, earlier: list[EventFact]) -> list[_Work]:
    """The titled works of the sentence, and derived editions of the last work named."""
    body, lo, hi = inp.ctx.body, sentence.start, sentence.end
    works = []
    for pattern in (_SERIALIZED, _TITLE_FIRST, _MEDIUM_FIRST, _POSSESSIVE):
        for m in pattern.finditer(body, lo, hi):
            if any(w.start <= m.start("medium") < w.end for w in works):
                continue  # "A's novel X" is also read as "novel X"
            title = _TRAILING_YEAR.sub("", (m.groupdict().get("quoted") or m.group("title") or "").strip(" ,.!?"))
            if _FILMOGRAPHY.search(body, max(lo, m.start() - 40), m.start()) and \
                    not _ADAPTED_AFTER.match(body, m.end(), min(hi, m.end() + 60)):
                continue  # "the director, who made the 2022 film X": a credit to their name, no source
            if _not_a_work(body, lo, m, title):
                continue
            if m.groupdict().get("own") and " own " not in m.group(0) and \
                    _medium(m.group("medium")) not in ("web_novel", "webtoon", "manga"):
                continue  # "his book X" is anyone's book; "his web novel, X" is the kind shows adapt
            if title and not title.isdigit():
                owner = m.groupdict().get("owner") or (_own_author(inp, lo, m.start()) if m.groupdict().get("own")
                                                       else None)
                works.append(_Work(m.start(), m.end(), title, _medium(m.group("medium")), False, owner))
    for m in _ADAPTED_TITLE.finditer(body, lo, hi):
        if not any(w.start <= m.start("title") < w.end for w in works) and not tracked_named(inp, *m.span("title")):
            works.append(_Work(m.start("title"), m.end(), m.group("title"), _medium_near(inp, sentence), False,
                               m.group("owner")))
    for m in [*_SAME_NAME.finditer(body, lo, hi), *_EPONYMOUS.finditer(body, lo, hi)]:
        named = [w.title for w in works if w.end <= m.start()]  # "the novel X and the webtoon of the same name"
        title = named[-1] if named else _show_title(inp, sentence, m.start())
        if title:
            works.append(_Work(m.start(), m.end(), title, _medium(m.group("medium")), False))
    titles = [w.title for w in works] or [e.fields["title"] for e in earlier if e.type == "source_material"]
    for m in [*_DERIVED.finditer(body, lo, hi), *_ADAPTATION_OF.finditer(body, lo, hi)]:
        if titles:
            works.append(_Work(m.start(), m.end(), titles[-1], _medium(m.group("medium")), True))
    return works


# "adapted from Golden Hour, written by A": a titled work and its author, its medium said nearby.
_ADAPTED_TITLE = re.compile(rf"\b(?:adapted from|based on) {_TITLE},? (?:written|created|penned|authored) by "
                            rf"{_DESC}(?P<owner>{NAME1})")
_MEDIUM_WORD = re.compile(r"(?P<medium>[Ww]eb[ -]?novel|[Ww]eb[ -]?toon|[Ww]eb[ -]?comic|[Mm]anhwa|[Nn]ovel|[Bb]ook|"
                          r"[Mm]anga|[Cc]omic)s?\b")  # what a work "written by" someone may be
_NEARBY = 400  # characters before a sentence where the article may say what kind of work it adapts


def _medium_near(inp: EventInput, sentence: Sentence) -> str:
    """The written medium the sentence or the text just before it names last (``other`` when none)."""
    found = list(_MEDIUM_WORD.finditer(inp.ctx.body, max(0, sentence.start - _NEARBY), sentence.end))
    return _medium(found[-1].group("medium")) if found else "other"


_TRAILING_YEAR = re.compile(r"\s+(?:in|on|from|since) (?:1[89]|20)\d\d$")  # "the novel X in 2019": X
# A medium word that modifies the next noun is no work ("the legendary film critic", "a book fair").
_MODIFIER_OF = re.compile(r"\s+(?:critics?|festivals?|industry|studios?|schools?|stars?|scores?|buffs?|fans?|"
                          r"lovers?|makers?|compan(?:y|ies)|distributors?|markets?|reviews?|reviewers?|fairs?|"
                          r"clubs?|stores?|shops?|sales|rights|characters?|career|debut|crew|sets?|shelf|shelves|"
                          r"cover|covers|signing|tour|prize|award|awards)\b", re.IGNORECASE)
# Sentence-opening words a capitalised "title" may be ("Why the original film matters").
_NOT_TITLES = frozenset(["why", "how", "what", "when", "where", "who", "which", "whose", "this", "that", "these",
                         "those", "it", "there", "here", "its", "the", "a", "an", "and", "but", "or", "so", "as",
                         "if", "unlike", "like", "after", "before", "despite", "with", "without", "for", "from",
                         "in", "on", "at", "by", "since", "until", "while", "although", "though", "because"])


def _not_a_work(body: str, lo: int, m: re.Match[str], title: str) -> bool:
    """Whether the match names no work: its medium word modifies a noun, its "title" is an
    opening function word, or the "title" is a creator ("a novella by A, the film ...")."""
    if _MODIFIER_OF.match(body, m.end("medium")):
        return True
    if title.casefold() in _NOT_TITLES:
        return True
    medium = m.group("medium")
    if medium[0].isupper() and medium.lower() in ("film", "movie", "book", "novel", "comic") and \
            _CAPITAL_BEFORE.search(body, max(lo, m.start("medium") - 30), m.start("medium")):
        return True  # "the Original Film Cuts": a title-cased heading, not "the film Cuts"
    start = m.start("title") if m.groupdict().get("title") else -1
    return start >= 0 and bool(_BY_BEFORE.search(body, max(lo, start - 6), start))


_CAPITAL_BEFORE = re.compile(r"\b[A-Z][\w'’-]*\s+$")
_BY_BEFORE = re.compile(r"\bby\s+$")


def _own_author(inp: EventInput, lo: int, pos: int) -> str | None:
    """Whose "own novel" a work is: the last person named before it in the sentence."""
    person = last_person(inp, lo, pos, [])
    return person[1] if person else None


def _show_title(inp: EventInput, sentence: Sentence, pos: int) -> str | None:
    """The title of the show ``sentence`` is about (a work "of the same name" shares it)."""
    slug = show_for(inp, sentence, pos)
    titles = [s.title for s in inp.ctx.shows if s.slug == slug]
    heading = entry_title(inp, sentence)
    if titles and (tracked_named(inp, sentence.start, sentence.end) or heading is None):
        return titles[0]
    quoted = list(re.finditer(_QUOTED, sentence.text))
    if quoted:  # the quoted title nearest before the work, else the first after it
        before = [q for q in quoted if sentence.start + q.start() < pos]
        return (before[-1] if before else quoted[0]).group("quoted")
    subject = _SUBJECT_TITLE.match(sentence.text) or _TITLE_AFTER_SOURCE.match(sentence.text)
    if subject and subject.group("t") and not _GENERIC_SUBJECT.match(subject.group("t")):
        return subject.group("t")
    if heading is not None:
        return heading
    if inp.ctx.about:
        return other_title_near(inp, sentence)
    before = inp.ctx.body[:sentence.start]
    return other_title_near(inp, sentence) or _first_quoted(before) or _season_title(before) or _named_show(before)


# A title heading the sentence it is adapted in ("Coral Summer, based on ...", "Coral Summer is adapted from").
_SUBJECT_TITLE = re.compile(rf"^(?:{_QUOTED}|(?P<t>[A-Z0-9][\w'’&-]*"
                            rf"(?:(?::| -)? (?:{_SMALL} )*[A-Z0-9][\w'’&-]*){{0,6}}))"
                            r",? (?:(?:which |that )?(?:is|was|will be) )?(?:based on|adapted from|an adaptation of)")
# "Adapted from the webtoon of the same name, Pixel Hearts follows ...": the title after the source.
_TITLE_AFTER_SOURCE = re.compile(rf"^(?:Adapted from|Based on|Like) [^,;]+, (?P<t>[A-Z0-9][\w'’&-]*"
                                 rf"(?:(?::| -)? (?:{_SMALL} )*[A-Z0-9][\w'’&-]*){{0,6}}) "
                                 r"(?:follows|is|tells|centers|centres|stars|sees|tracks)\b")
_GENERIC_SUBJECT = re.compile(r"(?:(?:The|This|That|Its|Their|Her|His) (?:[a-z][\w-]* ?)*$|It$|Its\b|Season\b|"
                              r"Netflix\b)")


_BEFORE_SEASON = re.compile(r"(?P<t>[A-Z][\w'’-]*(?: (?:of |the |and )*[A-Z][\w'’-]*){0,4}) Season \d")


# "the new drama Coral Summer": a title right after a word for a show.
_AFTER_SHOW_WORD = re.compile(r"\b(?:drama|series|show|K-drama|sitcom)\s+(?P<t>[A-Z][\w'’-]*"
                              r"(?: (?:of |the |and )*[A-Z][\w'’-]*){0,4})")


def _named_show(body: str) -> str | None:
    """The first title named right after a word for a show ("the new drama Coral Summer")."""
    found = _AFTER_SHOW_WORD.search(body)
    return found.group("t") if found else None


def _season_title(body: str) -> str | None:
    """The title before the first ``Season N`` of the body ("Coral Summer Season 2: what we know")."""
    found = _BEFORE_SEASON.search(body)
    return found.group("t") if found and not _GENERIC_SUBJECT.match(found.group("t")) else None


def _first_quoted(body: str) -> str | None:
    """The first quoted title of the body (the show an untracked-show article is about)."""
    found = re.search(_QUOTED, body)
    return found.group("quoted").strip(" ,.!?") if found else None


def _medium(word: str) -> str:
    key = re.sub(r"[ -]", "", word.lower())
    return _JOINED_MEDIA.get(key) or _MEDIA.get(word.lower(), "other")


_JOINED_MEDIA = {"webnovel": "web_novel", "webtoon": "webtoon", "webcomic": "webtoon"}


def _creator(inp: EventInput, work: _Work) -> tuple[str | None, str]:
    """The work's creator and the credit role they take for it."""
    match = _CREATOR.search(inp.ctx.body[work.end:work.end + 90])
    if not match:
        return None, "original_author"
    if match.group("helper"):
        return full_name(inp, match.group("helper")), "illustrator"
    if match.group("drawn"):
        return full_name(inp, match.group("drawn")), "illustrator"  # "a webtoon adaptation illustrated by A"
    if match.group("began"):
        return full_name(inp, match.group("began")), "original_author"  # "a web novel that A began writing"
    name = match.group("alt") if match.group("alias") == "real name" else match.group("name")
    drawn = work.derived or "drawn" in match.group(0) or "illustrated" in match.group(0)
    return full_name(inp, name), "illustrator" if drawn else "original_author"
