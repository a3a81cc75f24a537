"""Statement facts: direct quotes and reported speech, with their speakers resolved.

Direct quotes are paired marks (``speech.quotes``) with an attribution after or before them
(``speech.attribution``); a quote split by its attribution is one statement, and a quotation
that runs on without new attribution keeps the last speaker and verb; a long quotation a speaker
names something by (``whom she described as "..."``, ``X called Y "..."``) is direct too. Reported
speech comes from ``speech.reported``: quoted words inside or closing it (``said that “...”``,
``said it was “not on the schedule yet.”``) stay part of the one indirect statement, marks and all.
An interview written as questions and ``Name: answer`` paragraphs gives each answer as the named
person's direct statement, without a verb; statements inside an answer stay statements of their own.
Speakers are resolved in body order (``speech.speakers``), so pronouns and descriptions can point
back at whoever spoke last.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from pipelines.facts.context import FactContext
from pipelines.facts.model import DateFact, StatementFact
from pipelines.facts.sentences import Sentence
from pipelines.facts.speech import attribution, lexicon, quotes, reported, speakers


@dataclass(frozen=True, slots=True)
class _Candidate:
    """A statement before its speaker is resolved: the fact's span, the quote span(s), the verb."""

    start: int
    end: int
    mode: str
    quote: str
    inner: tuple[int, int]
    verb: str | None
    verb_start: int
    np: tuple[int, int] | None
    run_on: bool = False


def find_statements(ctx: FactContext, dates: list[DateFact]) -> list[StatementFact]:
    """What people and organisations are reported to have said, in body order."""
    body = ctx.body
    all_quotes = quotes.find_quotes(body)
    found = _direct(ctx, all_quotes)
    quoted = [(q.start, q.end) for q in all_quotes]
    # Reported speech inside any quotation (attributed or not) is part of the quoted words.
    inside = [(c.start, c.end) for c in found] + [(a, b) for a, b in quoted if len(body[a:b].split()) > 3]
    verbs = {c.verb_start for c in found}
    for start, end in _speech_sentences(ctx):
        for item in reported.find_reported(body, start, end):
            if any(s <= item.verb_start < e for s, e in inside):
                continue
            starts = {c.start for c in found}
            for cand in _from_reported(body, item, all_quotes):
                # A verb read already for a direct quote adds only the words before a colon.
                if cand.start not in starts and (item.verb_start not in verbs or cand.end < item.end):
                    found.append(cand)
    found = sorted(_outside_reported(found), key=lambda c: c.start)
    found = _run_on_after_reported(ctx, all_quotes, found)
    scene = speakers.Scene(body, titles=speakers.titles_of(name for show in ctx.shows for name in show.names))
    answers = _answers(body, scene)
    found = sorted(found + answers, key=lambda c: c.start)
    facts: list[StatementFact] = []
    # Dates inside quoted words belong to what was said, never to when it was said.
    outside = [d for d in dates if not any(a <= d.span[0] < b for a, b in quoted)]
    for cand in found:
        fact = _resolve(ctx, scene, cand, outside, facts)
        fact = _not_the_answerer(ctx, scene, cand, fact, answers, facts)
        # Reported speech nobody can be found to have said is a verb used otherwise.
        if fact.speaker is not None or fact.mode == "direct":
            facts.append(fact)
    return facts


# "Brenn: Cold, mostly. ...": a paragraph opening with a short name and a colon.
_ANSWER = re.compile(r"^(?P<label>[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,2})[ \t]*:[ \t]+"
                     r"(?P<answer>[^\s“\"«].*?)\s*$", re.MULTILINE)
# "Q: What did ...?": the interviewer's label.
_QUESTION_LABEL = re.compile(r"^(?:Q|Question)\s*:", re.IGNORECASE)


def _answers(body: str, scene: speakers.Scene) -> list[_Candidate]:
    """Answers of an interview written as questions and ``Name: answer`` paragraphs: each is the
    named person's direct statement, without a verb. An answer follows a question paragraph that
    carries no speaker's name of its own (``How did you prepare?``, ``Q: ...``), so lines of dialogue
    (``Ana: Are you coming?`` / ``Ben: No.``), captions and ``Photo: ...`` credits are none."""
    found: list[_Candidate] = []
    previous = ""
    for paragraph in re.finditer(r"[^\n]+", body):
        text = paragraph.group().strip()
        if not text:
            continue
        answer = _ANSWER.match(body, paragraph.start(), paragraph.end())
        asked = previous.endswith("?") and (not _ANSWER.match(previous) or _QUESTION_LABEL.match(previous))
        previous = text
        if answer is None or not asked or len(answer.group("answer").split()) < 3:
            continue
        label = answer.group("label")
        if speakers.fullest(scene, label, answer.start()) not in _people_named(body, scene):
            continue  # "Update:", "The Build Stage:": no one the article names outside the labels
        span = (answer.start("answer"), answer.end("answer"))
        found.append(_Candidate(span[0], span[1], "direct", body[span[0]:span[1]], span, None, span[0],
                                (answer.start("label"), answer.end("label"))))
    return found


# "went live at 4 p.m. Seoul time, the streamer said": a clock time the splitter took for a sentence end.
_CLOCK_END = re.compile(r"\d\s*[ap]\.m\.$")
_ZONE_START = re.compile(r"^(?:[A-Z][a-z]+\s+time\b|[A-Z]{2,4}T?\b(?!\.))")


def _speech_sentences(ctx: FactContext) -> list[tuple[int, int]]:
    """The body's sentences as spans, a sentence cut after a clock time (``4 p.m.``) joined to
    the time zone that follows it (``Seoul time``, ``KST``)."""
    spans: list[tuple[int, int]] = []
    for sentence in ctx.sentences:
        if spans and _CLOCK_END.search(ctx.body[spans[-1][0]:spans[-1][1]].rstrip()) and \
                _ZONE_START.match(sentence.text) and "\n" not in ctx.body[spans[-1][1]:sentence.start]:
            spans[-1] = (spans[-1][0], sentence.end)
        else:
            spans.append((sentence.start, sentence.end))
    return spans


def _people_named(body: str, scene: speakers.Scene) -> set[str]:
    """The people the body names outside ``Name:`` labels, at their fullest."""
    labels = {m.start("label") for m in _ANSWER.finditer(body)}
    return {speakers.fullest(scene, m.text, m.start) for m in scene.mentions
            if m.kind == "person" and m.start not in labels}


def _not_the_answerer(ctx: FactContext, scene: speakers.Scene, cand: _Candidate, fact: StatementFact,
                      answers: list[_Candidate], done: list[StatementFact]) -> StatementFact:
    """A ``he`` or ``she`` speaking inside an interview answer is not the one answering (who speaks
    as ``I``), but the person named last before it in the question or the answer."""
    if (fact.speaker_text or "").casefold() not in ("he", "she"):
        return fact
    for answer in answers:
        if answer.start <= cand.start < answer.end and cand is not answer:
            answerer = next((f.speaker for f in done if f.span == (answer.start, answer.end)), None)
            if answerer is not None and fact.speaker == answerer:
                # From the question paragraph before the answer on.
                paragraph = ctx.body.rfind("\n", 0, answer.start) + 1
                floor = ctx.body.rfind("\n", 0, len(ctx.body[:paragraph].rstrip())) + 1
                other = speakers.other_person_before(scene, cand.start, answerer, floor)
                if other is not None:
                    scene.said[-1].speaker = other
                    return replace(fact, speaker=other)
    return fact


def _outside_reported(found: list[_Candidate]) -> list[_Candidate]:
    """Without quotations a speaker names something by inside reported speech (``Voss said she
    called him "..."``): the reported clause holds them, one indirect statement."""
    clauses = [(c.start, c.end) for c in found if c.mode == "indirect"]
    return [c for c in found if c.mode == "indirect" or not any(a <= c.start < b for a, b in clauses)
            or lexicon.VERB_LEMMA.get((c.verb or "").casefold()) not in ("call", "describe")]


def _from_reported(body: str, item: reported.Reported, all_quotes: list[quotes.Quote]) -> list[_Candidate]:
    """The statements of one reported clause: the clause itself, or -- when a colon introduces a
    quotation closing it -- the quotation (direct) and the words before the colon when the clause
    follows its verb (``said the plan is unrealistic: “...”``)."""
    direct = _introduced(body, item, all_quotes)
    if direct is None:
        return [_indirect(body, item)]
    colon = body.rindex(":", item.start, direct.start)
    near = len(body[item.verb_start:item.start].split()) <= 4
    if near and len(body[item.start:colon].split()) >= 3:
        before = reported.Reported(item.start, colon, item.verb, item.verb_start, item.np, item.participle)
        return [_indirect(body, before), direct]
    return [direct]


def _introduced(body: str, item: reported.Reported, all_quotes: list[quotes.Quote]) -> _Candidate | None:
    """``told them what he would do: “The first thing ...”``: a quotation a colon introduces at
    the end of reported speech is the speaker's own full words, a direct statement."""
    for quote in all_quotes:
        if item.start <= quote.start < item.end and quote.closed and body[item.start:quote.start].rstrip().endswith(
                ":") and body[quote.inner_start:quote.inner_start + 1].isupper() and not body[
                quote.end:item.end].strip(" .,!?"):
            return _Candidate(quote.start, quote.end, "direct", quotes.inner_text(body, quote),
                              (quote.inner_start, quote.inner_end), item.verb, item.verb_start, item.np)
    return None


def _indirect(body: str, item: reported.Reported) -> _Candidate:
    """The indirect statement of one reported clause (an attribution set inside it left out)."""
    text = item.words(body)
    return _Candidate(item.start, item.end, "indirect", text, (item.start, item.end), item.verb, item.verb_start,
                      item.np)


def _direct(ctx: FactContext, all_quotes: list[quotes.Quote]) -> list[_Candidate]:
    body, found = ctx.body, []
    skip: set[int] = set()
    for i, quote in enumerate(all_quotes):
        if i in skip:
            continue
        cand = _attributed(ctx, quote, all_quotes[i - 1] if i else None)
        if cand is not None and i + 1 < len(all_quotes):
            merged = _merge_split(body, cand, all_quotes[i + 1])
            if merged is not None:
                cand = merged
                skip.add(i + 1)
        # One quotation over two paragraphs: the first left open, the next reopening it.
        reopened = not quote.closed and i + 1 < len(all_quotes) and not body[quote.end:all_quotes[i + 1].start].strip()
        later = _attributed(ctx, all_quotes[i + 1], quote) if reopened else None
        if cand is None and later is not None:
            cand = _runs_into(ctx, quote, later)
        if cand is None:
            cand = _run_on(ctx, quote, found)
        if cand is not None and reopened:
            later = later or _run_on(ctx, all_quotes[i + 1], [*found, cand])
            if later is not None:
                cand = _Candidate(cand.start, later.end, "direct", f"{cand.quote} {later.quote}", cand.inner,
                                  cand.verb or later.verb, cand.verb_start if cand.verb else later.verb_start,
                                  cand.np or later.np, cand.run_on)
                skip.add(i + 1)
        if cand is not None:
            found.append(cand)
    return found


def _attributed(ctx: FactContext, quote: quotes.Quote, previous: quotes.Quote | None) -> _Candidate | None:
    body = ctx.body
    inner = quotes.inner_text(body, quote)
    if not inner:
        return None
    limit = ctx.sentence_at(max(quote.end - 1, quote.start)).end
    after = attribution.after_quote(body, quote.end, max(limit, quote.end)) if quote.closed else None
    interrupted = bool(re.search(r"[,!?…—-]$", body[quote.inner_start:quote.inner_end].strip()))
    if after is not None and after.verb.casefold() == "according to" and quotes.is_title(body, quote):
        return None  # "the comedy “Paper Lanterns,” according to a report": the title, not words said
    if after is not None and (interrupted or not quotes.is_title(body, quote)) and (
            interrupted or lexicon.VERB_LEMMA.get(after.verb.casefold()) not in lexicon.WEAK_DIRECT):
        # "“honest” describes Harris": a weak verb needs the quote to end where speech does.
        return _from(quote, inner, after)
    sentence = ctx.sentence_at(quote.start)
    if quotes.is_title(body, quote) or quotes.is_scare_quote(body, quote, sentence.start):
        return None
    floor = max(sentence.start, previous.end if previous else 0)
    before = attribution.before_quote(body, floor, quote.start, inner[:1].isupper())
    if before is None and len(inner.split()) >= attribution.NAMING_WORDS - 1:
        # "The Harbor Review called the finale “a slow fade out”": four words will do with a named subject.
        before = attribution.naming_before(body, floor, quote.start)
        if before is not None and len(inner.split()) < attribution.NAMING_WORDS and (
                before.np_start is None or not body[before.np_start:before.np_start + 1].isupper()
                or not inner[:1].islower()):
            before = None
    return _from(quote, inner, before) if before is not None else None


def _from(quote: quotes.Quote, inner: str, attr: attribution.Attribution) -> _Candidate:
    np = (attr.np_start, attr.np_end) if attr.np_start is not None and attr.np_end is not None else None
    return _Candidate(quote.start, quote.end, "direct", inner, (quote.inner_start, quote.inner_end), attr.verb,
                      attr.verb_start, np)


def _merge_split(body: str, cand: _Candidate, nxt: quotes.Quote) -> _Candidate | None:
    """``“A,” she said, “B.”``: one statement, fragments joined by a space."""
    if cand.verb_start < cand.start or not body[cand.inner[0]:cand.inner[1]].rstrip().endswith(","):
        return None
    between = body[cand.end:nxt.start]
    if re.search(r"[.!?\n]", between) or not between.rstrip().endswith((",", ":")) or len(between) > 120:
        return None
    text = f"{cand.quote} {quotes.inner_text(body, nxt)}"
    return _Candidate(cand.start, nxt.end, "direct", text, cand.inner, cand.verb, cand.verb_start, cand.np)


def _runs_into(ctx: FactContext, quote: quotes.Quote, later: _Candidate) -> _Candidate:
    """A quotation left open at its paragraph's end, continued by the next paragraph's quotation
    (attributed as ``later``): it takes the attribution the continuation carries (the speaker is
    named only once)."""
    return _Candidate(quote.start, quote.end, "direct", quotes.inner_text(ctx.body, quote),
                      (quote.inner_start, quote.inner_end), later.verb, later.verb_start, later.np)


def _run_on(ctx: FactContext, quote: quotes.Quote, found: list[_Candidate],
            after_reported: bool = False) -> _Candidate | None:
    """A quotation opening a sentence right after an attributed one keeps that speaker and verb."""
    body = ctx.body
    inner = quotes.inner_text(body, quote)
    if not found or (found[-1].mode != "direct" and not after_reported) or quotes.is_title(body, quote):
        return None
    if len(inner.split()) < 3 and not _whole_sentence(body[quote.inner_start:quote.inner_end]):
        return None
    if ctx.sentence_at(quote.start).start != quote.start:
        return None
    gap = body[found[-1].end:quote.start]
    if gap.count("\n\n") > 1 or len(gap) > 400 or re.search(r"[“”\"«»]", gap):
        return None
    last = found[-1]
    return _Candidate(quote.start, quote.end, "direct", inner, (quote.inner_start, quote.inner_end), last.verb,
                      last.verb_start, last.np, run_on=True)


def _whole_sentence(text: str) -> bool:
    """Whether quoted words are a sentence of their own (``“Nobody slept.”``): a capital first,
    sentence punctuation last -- short words a speaker goes on with, never a title."""
    text = text.strip()
    return text[:1].isupper() and text.endswith((".", "!", "?", "…"))


def _run_on_after_reported(ctx: FactContext, all_quotes: list[quotes.Quote],
                           found: list[_Candidate]) -> list[_Candidate]:
    """Quotations left unattributed that open a sentence right after reported speech (``Quist
    said that the rain never stopped. “Nobody complained.”``) keep that speaker and verb."""
    added: list[_Candidate] = []
    for quote in all_quotes:
        if any(c.start <= quote.start < c.end for c in found):
            continue
        before = [c for c in found if c.end <= quote.start]
        if not before or before[-1].mode != "indirect":
            continue
        cand = _run_on(ctx, quote, [before[-1]], after_reported=True)
        if cand is not None:
            added.append(cand)
    return sorted(found + added, key=lambda c: c.start) if added else found


def _resolve(ctx: FactContext, scene: speakers.Scene, cand: _Candidate, dates: list[DateFact],
             done: list[StatementFact]) -> StatementFact:
    body = ctx.body
    sentence = ctx.sentence_at(cand.verb_start if not cand.run_on else cand.start)
    np = cand.np
    if np is None and not cand.run_on:
        np = attribution.subject_before(body, sentence.start, cand.verb_start)
    speaker_text = body[np[0]:np[1]] if np else None
    if cand.run_on and done:
        speaker, speaker_text = done[-1].speaker, None
    elif speaker_text:
        speaker = _naming_subject(ctx, scene, cand, speaker_text, sentence) or speakers.resolve(
            scene, speaker_text, np[0] if np else cand.start, sentence.start)
    else:
        speaker = scene.said[-1].speaker if scene.said else None
    if speaker:
        scene.remember(cand.start, cand.end, speaker, speaker_text)
    return StatementFact(text=body[cand.start:cand.end], span=(cand.start, cand.end),
                         sentence=_sentences(ctx, cand.start, cand.end), mode=cand.mode, speaker=speaker,
                         speaker_text=speaker_text, verb=cand.verb,
                         quote=cand.quote, date=_date(ctx, cand, dates, done, speaker))


def _naming_subject(ctx: FactContext, scene: speakers.Scene, cand: _Candidate, speaker_text: str,
                    sentence: Sentence) -> str | None:
    """``Voss praised Rell, whom she described as "..."``: a pronoun naming something mid-sentence
    stands for the person the sentence opens with, or None."""
    if cand.mode != "direct" or cand.np is None or speaker_text.casefold() not in ("he", "she", "they") or \
            lexicon.VERB_LEMMA.get((cand.verb or "").casefold()) not in ("call", "describe"):
        return None
    return speakers.sentence_subject(scene, sentence.start, cand.np[0])


def _sentences(ctx: FactContext, start: int, end: int) -> str:
    first, last = ctx.sentence_at(start), ctx.sentence_at(max(start, end - 1))
    return ctx.body[first.start:max(first.end, last.end)]


def _date(ctx: FactContext, cand: _Candidate, dates: list[DateFact], done: list[StatementFact],
          speaker: str | None) -> str | None:
    """The date of the statement: a date in its sentence outside the quoted words, else the
    date of the same speaker's statement just before."""
    sentence: Sentence = ctx.sentence_at(cand.verb_start)
    lo, hi = cand.inner
    near = [d for d in dates if sentence.start <= d.span[0] < sentence.end and not lo <= d.span[0] < hi]
    if near:
        return min(near, key=lambda d: abs(d.span[0] - cand.verb_start)).value
    if done and done[-1].speaker == speaker and done[-1].date and cand.start - done[-1].span[1] < 600:
        return done[-1].date
    return None
