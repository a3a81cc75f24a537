"""Award lists: the winners and nominees an article lists rather than narrates.

Winners lists, one line or sentence each, under a heading that says who they are
(``Winners`` / ``The nominees``): ``Best Lead Actor: Han Do-yun, Harbor Nights`` (the work after
the comma), ``Best Drama: Harbor Nights``, ``Popularity Awards: A and B`` (one each).
Nominee lists in prose: ``The Best Drama nominees were A, B, “C” and D``, ``Nominees for Best
Score include A and B``, ``A, B and C were nominated for Best Drama``, ``nominated for Best
Score alongside Harbor Nights composer D``, ``won Best Actor, beating a field that included
A (Show), B (“Show”) and C`` (each one ``nominated``), and ``A, nominated for Best Writing, lost
out to B`` (B ``won``).

Pure text work: the categories, names and spans found here become award facts in ``award.py``,
which adds the ceremony and the date the article gives them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from pipelines.facts.event_rules.common import NAME, NAME1
from pipelines.facts.sentences import Sentence

# Words a category name ends in ("Best Original Score", "Outstanding Art Direction").
_HEAD = (r"Actor|Actress|Actors|Actresses|Drama|Series|Director|Directing|Direction|Screenplay|Teleplay|Writer|"
         r"Writing|Script|Film|Picture|Movie|Newcomer|OST|Soundtrack|Score|Song|Music|Couple|Character|Villain|"
         r"Variety|Performance|Ensemble|Cinematography|Editing|Design|Effects|Costumes?|Makeup|Sound|Animation|"
         r"Documentary|Original|Program|Programme|Show|Entertainer|Artist|Producer|Host|Adaptation|Comedy|"
         r"Musical|Miniseries|Debut|Role|Web Series")
# "Best <words> <head>": up to five words before the head, read case-blind (callers ask for capitals).
CATEGORY = (rf"(?:best|outstanding) (?:(?:[A-Za-z][\w'’-]*|&) ){{0,5}}?(?:{_HEAD})(?! (?:{_HEAD})\b)"
            r"(?: (?:in|for) (?:a |an |the )?(?:[A-Za-z][\w'-]* ){0,2}(?:role|series|drama|film|picture|category))?")
# Categories named as an award of their own ("Popularity Awards", "Grand Prize", "Daesang").
NAMED_PRIZE = (r"(?:(?:Top |Lifetime |Grand )?(?:Popularity|Excellence|Achievement|Rookie|New Star|Newcomer|Special|"
               r"Jury|Audience|Technical|Hallyu Star|Global Star|Best Couple|Scene Stealer|Grand)(?: in [A-Z][a-z]+)? "
               r"(?:Awards?|Prizes?)"
               r"|Grand Prize|Daesang|Rookie of the Year)")
# A named prize as prose writes it, lowercase, with the role it honours ("the top excellence award for
# an actress in a miniseries", "the popularity award").
PROSE_PRIZE = (r"(?:(?:top |grand )?excellence|popularity|rookie|new star|special achievement|special|achievement|"
               r"lifetime achievement)"
               r" (?:award|prize)(?: for (?:an? |the )?(?:(?:lead(?:ing)?|supporting|male|female|new) )?"
               r"(?:actor|actress)(?: in (?:a |an |the )?(?:[\w-]+ )?(?:miniseries|series|drama|film|movie|sitcom))?)?")
_CATEGORY_WORD = re.compile(rf"(?:{CATEGORY})\b", re.IGNORECASE)
_LINE = re.compile(rf"\s*(?:[-–•*]\s*)?(?P<cat>(?i:{CATEGORY})|(?:[A-Z][\w'’-]* ){{0,2}}{NAMED_PRIZE})"
                   r"(?: Award| Prize)?(?: \((?P<sec>[^()]{2,30})\))?(?:\s*:|\s+[–—-])\s+(?P<rest>\S.*?)\s*[.;]?\s*$")
# What a heading above a list says its entries are.
_NOT_RESULTS = re.compile(r"\b(?:predict\w*|should win|will win|could win|might win|picks?|bets?|odds|snub\w*|"
                          r"wish\w*|hopefuls?|guess\w*|deserv\w*)\b", re.IGNORECASE)
_NOMINEE_HEADING = re.compile(r"\b(?:nominees?|nominations?|nominated|shortlist\w*|contenders?|in the running|"
                              r"up for)\b", re.IGNORECASE)
_WINNER_HEADING = re.compile(r"\b(?:winners?|won|win|wins|honou?rees?|recipients?|laureates?|awarded|"
                             r"trophies|prizes)\b", re.IGNORECASE)

# Prose nominee lists; each finds the category and where the list of names starts.
_VERB = r"(?:were|are|was|is|included|include|includes|comprised|comprise|spanned|span)"
_NOMINEES_WERE = re.compile(rf"\b(?P<cat>{CATEGORY})(?: award| prize)? nominees(?: {_VERB}:?|:)\s+", re.IGNORECASE)
_NOMINEES_FOR = re.compile(rf"\bnominees for (?:the )?(?P<cat>{CATEGORY})(?: award| prize)?"
                           rf"(?: (?:at|in) [^,.;:]{{3,60}}?)?,? (?:{_VERB}|:)\s+", re.IGNORECASE)
_WERE_NOMINATED = re.compile(rf"\s+(?:were|are|have been|had been) (?:all |also |each |both )?"
                             rf"(?:nominated|shortlisted|up) (?:for|in) (?:the )?(?P<cat>{CATEGORY})\b", re.IGNORECASE)
_ALONGSIDE = re.compile(rf"\b(?:nominated|shortlisted|nomination|nod|up) (?:for|in) (?:the )?(?P<cat>{CATEGORY})\b"
                        r"[^,.;]{0,60}? alongside (?:fellow nominees? )?", re.IGNORECASE)
_BEATING = re.compile(rf"\b(?P<cat>{CATEGORY}|{PROSE_PRIZE}|grand prize|daesang)\b[^.;]{{0,90}}?,? "
                      r"(?:beating|beat|edging out|edged out|besting|bested|defeating|defeated|seeing off|outpacing)"
                      r"(?: out)?(?: (?:a field|a shortlist|a slate|competition|a lineup)(?: that)? "
                      r"(?:included|including|of|from))?"
                      r"(?: (?:fellow )?(?:nominees|contenders|rivals)(?: such as)?)? ", re.IGNORECASE)
_WON_BEFORE = re.compile(r"\b(?:won|wins|took|takes|claimed|claims|picked up|picks up|named|earned|scooped|"
                         r"bagged|took home|was awarded|received)\b", re.IGNORECASE)
_LOST_TO = re.compile(rf"\b(?:nominated|shortlisted|up) (?:for|in) (?:the )?(?P<cat>{CATEGORY})\b[^.;]{{0,120}}?,? "
                      r"(?:lost|losing)(?: out)? (?:the (?:award|prize|trophy) )?to ", re.IGNORECASE)

# One entry of a list: a quoted title, "<work> writer <Name>", "<Name> (<work>)", or a title-like name.
_PAREN_WORK = re.compile(r"^(?P<core>.+?)\s*\((?P<work>[^()]{1,60})\)$")
_QUOTED = re.compile(r"^[“\"‘'](?P<t>[^“”\"]{1,80}?)[,.]?[”\"’']$")
_ROLE = re.compile(rf"^(?:(?P<work>.+?) )?(?:writer|director|actor|actress|star|composer|producer|creator|"
                   rf"showrunner|screenwriter|author|PD|lead|co-star)s? (?P<name>{NAME1})$")
_NAME_FOR_WORK = re.compile(rf"^(?P<name>{NAME}) (?:for|of|from) (?P<work>.+)$")
_SMALL_WORDS = frozenset({"of", "the", "on", "in", "a", "an", "to", "for", "at", "with", "from", "by", "vs", "vs.",
                          "de", "la", "le", "is", "or", "no", "my", "me", "you"})
# Openers that make a part a clause, not a name ("Both were", "This season"); a pronoun before
# a capitalised word may open a title ("This Is Us").
_NOT_ENTRY = re.compile(r"^(?:(?:Both|All|Each|Other|Others|Also|Including|But|While|When|After|Before|Then|"
                        r"Meanwhile|However|Best|Outstanding)\b|(?:He|She|It|They|We|His|Her|Its|Their|This|That|"
                        r"These|Those|Who|Which)\b(?! [A-Z0-9]))")
_TITLE_MARKS = frozenset({"-", "–", "—", ":", "&", "+", "/"})
# Where a list ends inside its sentence: a semicolon or a dash aside.
_LIST_END = re.compile(r";|\s[—–]\s|—")


@dataclass(frozen=True, slots=True)
class Listed:
    """One recipient in an award list: the category, the name as written (no quotes, role
    word or work in parentheses), the body span of the entry, the work named with it and the
    result (``won`` or ``nominated``)."""

    category: str
    name: str
    span: tuple[int, int]
    work: str | None
    result: str


def winners_line(body: str, sentences: Sequence[Sentence], index: int) -> list[Listed]:
    """The recipients of a winners (or nominees) list line, ``Category: A, Work``,
    ``Category: A - Work`` or ``Category: A and B``; a line counts only under a heading or
    sentence that says whom the list names (``Full list of winners``; section headings such
    as ``Television`` may stand between), and not under predictions."""
    line = _parse_line(body, sentences[index])
    if line is None:
        return []
    result = None
    for head in range(index - 1, max(-1, index - 60), -1):
        text = sentences[head].text
        if _parse_line(body, sentences[head]) is not None:
            continue
        if _NOT_RESULTS.search(text):
            return []
        nominees, winners = _NOMINEE_HEADING.search(text), _WINNER_HEADING.search(text)
        if nominees and winners:
            return []  # "Winners and nominees": the lines may name either
        if nominees or winners:
            result = "nominated" if nominees else "won"
            break
        if not _in_list(text):
            return []
    if result is None:
        return []
    category, entries = line
    return [Listed(category, name, span, work, result) for name, span, work in entries]


def _in_list(text: str) -> bool:
    """Whether a sentence between a list line and its heading belongs to the list: a section
    heading (``Television``, ``FILM:``, ``Top Excellence Award``) or another bulleted entry."""
    words = text.split()
    short_label = len(words) <= 3 and (text.isupper() or text.rstrip().endswith(":"))
    return bool(_SECTION_HEADING.fullmatch(text) or short_label or re.match(r"\s*[-–•*] \S", text))


# A section heading inside a list ("Television", "FILM:", "Other categories", "Top Excellence Award").
_SECTION_HEADING = re.compile(
    r"\s*(?:(?:(?:the|TV|Television|Films?|Movies?|Cinema|Dramas?|Variety|Music|Theat(?:er|re)|Musicals?|"
    r"Streaming|OTT|Broadcast(?:ing)?|Radio|Web|Acting|Technical|Special|Other|Main|Craft|Creative Arts?|"
    rf"Categor(?:y|ies)|Awards?|Sections?|Division|and|&)\s*)+|{NAMED_PRIZE})\s*:?\s*", re.IGNORECASE)


def _parse_line(body: str, sentence: Sentence) -> tuple[str, list[tuple[str, tuple[int, int], str | None]]] | None:
    """(category, entries) of a ``Category: recipients`` sentence with a capitalised category:
    ``A and B`` or ``A, B (Work)`` are several recipients, ``A, Work`` one with its work."""
    m = _LINE.fullmatch(sentence.text)
    if m is None or not _titled(m.group("cat")):
        return None
    start, end = sentence.start + m.start("rest"), sentence.start + m.end("rest")
    dash, _ = _split(body, start, end, _WORK_DASH)  # "A, B - Work": the work after a dash
    work = _unquote(body[dash[1][0]:dash[1][1]]) if len(dash) == 2 else None
    parts, joined = _split(body, start, dash[0][1] if dash else end)
    if not parts:
        return None
    if joined or len(parts) == 1 or work or _PAREN_WORK.match(body[parts[-1][0]:parts[-1][1]]):
        entries = [_entry(body, s, e) for s, e in parts]
        entries = [(e[0], e[1], e[2] or work) if e else None for e in entries]
    else:  # "A, Work" (or "A, Work, Network"): the first part won, the second names the work
        first, second = _entry(body, *parts[0]), _entry(body, *parts[1])
        entries = [(first[0], (parts[0][0], parts[-1][1]), second[0]) if first and second else None]
    if not all(entries):
        return None
    return _singular(m.group("cat")), [e for e in entries if e]


def heading_block_entry(body: str, sentences: Sequence[Sentence], index: int) -> list[Listed]:
    """The nominees of an entry line under a category heading line (``Best Drama Series`` then
    ``- Harbor Nights`` / ``Kim Ji-ho, Harbor Nights (Channel 9)``, one a line), in a list whose
    heading says nominees (a block under a winners heading lists nominees with the winner
    marked, which is left out)."""
    entries = _entry_line(body, sentences[index])
    if not entries:
        return []
    head = index - 1
    while head >= 0 and index - head <= 30 and _entry_line(body, sentences[head]):
        head -= 1
    category = _CATEGORY_HEADING.fullmatch(sentences[head].text) if head >= 0 else None
    if category is None or not _titled(category.group("cat")):
        return []
    for above in range(head - 1, max(-1, head - 80), -1):
        text = sentences[above].text
        if _entry_line(body, sentences[above]) or _CATEGORY_HEADING.fullmatch(text) or \
                (_in_list(text) and not _NOMINEE_HEADING.search(text)):
            continue
        if _NOT_RESULTS.search(text) or not _NOMINEE_HEADING.search(text):
            return []
        return _nominees(_singular(category.group("cat")), entries)
    return []


# A line naming only a category, heading the entries below it.
_CATEGORY_HEADING = re.compile(rf"\s*(?:[-–•*]\s*)?(?P<cat>(?i:{CATEGORY})|(?:[A-Z][\w'’-]* ){{0,2}}{NAMED_PRIZE})"
                               r"(?: Award| Prize)?(?: \([^()]{2,30}\))?\s*:?\s*")


def _entry_line(body: str, sentence: Sentence) -> list[tuple[str, tuple[int, int], str | None]]:
    """The entries of a line holding only names: ``- Title``, ``A, Work (Network)``, ``A and B``."""
    text = sentence.text
    bullet = re.match(r"\s*[-–•*]\s+", text)
    start = sentence.start + (bullet.end() if bullet else 0)
    if _CATEGORY_HEADING.fullmatch(text) or _LINE.fullmatch(text):
        return []
    parts, joined = _split(body, start, sentence.end)
    if not parts or len(parts) > 4:
        return []
    if joined or len(parts) == 1:
        entries = [_entry(body, s, e) for s, e in parts]
    else:  # "A, Work (Network)"
        first, second = _entry(body, *parts[0]), _entry(body, *parts[1])
        entries = [(first[0], (parts[0][0], parts[-1][1]), second[0]) if first and second else None]
    return [e for e in entries if e] if all(entries) else []


def listed_nominees(body: str, sentence: Sentence) -> list[Listed]:
    """Nominees listed in prose: ``The Best X nominees were A, B and C``, ``Nominees for Best X
    include A and B``, ``A, B and C were nominated for Best X``, ``nominated for Best X alongside
    A``, and the field a winner beat (``won Best X, beating A (Work) and B``)."""
    found: list[Listed] = []
    lo, hi = sentence.start, sentence.end
    for pattern in (_NOMINEES_WERE, _NOMINEES_FOR, _ALONGSIDE):
        for m in pattern.finditer(body, lo, hi):
            found.extend(_nominees(m.group("cat"), _list_after(body, m.end(), hi)))
    for m in _BEATING.finditer(body, lo, hi):
        if _WON_BEFORE.search(body, lo, m.start("cat")) and not _WON_BEFORE.search(body, m.end("cat"), m.end()):
            found.extend(_nominees(prize_name(m.group("cat")), _list_after(body, m.end(), hi)))
    for m in _WERE_NOMINATED.finditer(body, lo, hi):
        entries = _list_before(body, lo, m.start())
        if len(entries) >= 2:  # one name before "was nominated" is the narrated wording's
            found.extend(_nominees(m.group("cat"), entries))
    return found


def rival_winners(body: str, sentence: Sentence) -> list[Listed]:
    """``A, nominated for Best X, lost out to B``: B won that category."""
    found = []
    for m in _LOST_TO.finditer(body, sentence.start, sentence.end):
        entries = _list_after(body, m.end(), sentence.end)[:1]
        found.extend(Listed(m.group("cat"), name, span, work, "won") for name, span, work in entries)
    return found


def _nominees(category: str, entries: list[tuple[str, tuple[int, int], str | None]]) -> list[Listed]:
    return [Listed(category, name, span, work, "nominated") for name, span, work in entries]


def _list_after(body: str, start: int, end: int) -> list[tuple[str, tuple[int, int], str | None]]:
    """The entries of the list starting at ``start``, up to the first part that is no entry
    (``..., lost out to B``), a semicolon, a dash aside or ``end``."""
    stop = _LIST_END.search(body, start, end)
    entries = []
    for s, e in _split(body, start, stop.start() if stop else end)[0]:
        entry = _entry(body, s, e)
        if entry is None:
            break
        entries.append(entry)
    return entries


def _list_before(body: str, start: int, end: int) -> list[tuple[str, tuple[int, int], str | None]]:
    """The entries of the list ending at ``end``, read backwards to the first part that is no entry."""
    entries = []
    for s, e in reversed(_split(body, start, end)[0]):
        entry = _entry(body, s, e)
        if entry is None:
            break
        entries.append(entry)
    return entries[::-1]


def _split(body: str, start: int, end: int, separator: re.Pattern[str] | None = None) \
        -> tuple[list[tuple[int, int]], bool]:
    """The comma/``and`` (or ``separator``) separated parts of ``body[start:end]``, not split
    inside parentheses or quotation marks, and whether an ``and`` joins them (``A and B`` names
    two recipients)."""
    separator = separator or _SEPARATOR
    parts: list[tuple[int, int]] = []
    depth, quoted, joined, i, part = 0, False, False, start, start
    while i < end:
        ch = body[i]
        if ch in "(“":
            depth += 1
        elif ch in ")”" and depth:
            depth -= 1
        elif ch == '"':
            quoted = not quoted
        elif not depth and not quoted and (sep := separator.match(body, i, end)):
            parts.append((part, i))
            joined = joined or "and" in sep.group() or "&" in sep.group()
            part = i = sep.end()
            continue
        i += 1
    parts.append((part, end))
    trimmed = [_trim(body, s, e) for s, e in parts]
    return [(s, e) for s, e in trimmed if e > s], joined


_SEPARATOR = re.compile(r",\s+(?:and\s+|&\s+)?|\s+(?:and|&)\s+")
_WORK_DASH = re.compile(r"\s+[-–—]\s+")


def _trim(body: str, start: int, end: int) -> tuple[int, int]:
    """``body[start:end]`` without surrounding blanks and a final full stop."""
    while start < end and body[start].isspace():
        start += 1
    while end > start and (body[end - 1].isspace() or body[end - 1] in ".;:"):
        end -= 1
    return start, end


def _entry(body: str, start: int, end: int) -> tuple[str, tuple[int, int], str | None] | None:
    """(name, span, work) of one list entry, or None for words that are no name or title."""
    text = body[start:end]
    work = None
    paren = _PAREN_WORK.match(text)
    if paren:
        text, work = paren.group("core"), _unquote(paren.group("work").strip())
    quoted = _QUOTED.match(text)
    if quoted:
        return (quoted.group("t").strip(), (start, end), work) if _title_like(quoted.group("t")) else None
    by = _NAME_FOR_WORK.match(text)  # "Kim Ji-ho for Harbor Nights", "Kim Ji-ho of Harbor Nights"
    if by and _title_like(by.group("work")):
        return by.group("name"), (start, end), work or _unquote(by.group("work"))
    role = _ROLE.match(text)
    if role:
        return role.group("name"), (start, end), work or (_unquote(role.group("work")) if role.group("work") else None)
    if not _title_like(text) or _NOT_ENTRY.match(text):
        return None
    return text, (start, end), work


def prize_name(category: str) -> str:
    """A category as written, a prize with the role it honours joined by a comma (``top excellence
    award for an actress in a miniseries`` is ``top excellence award, actress in a miniseries``)."""
    return re.sub(r"^(.+? (?:award|prize|Award|Prize)) for (?:an? |the )?", r"\1, ", category)


def _unquote(text: str) -> str:
    quoted = _QUOTED.match(text)
    return quoted.group("t").strip() if quoted else text


def _title_like(text: str) -> bool:
    """Whether ``text`` reads as a name or a title: up to eight words, each capitalised (or a
    number), besides short linking words after the first."""
    words = text.split()
    if not 1 <= len(words) <= 8 or not (words[0][0].isupper() or words[0][0].isdigit()):
        return False
    return all(w[0].isupper() or w[0].isdigit() or w in _SMALL_WORDS or w in _TITLE_MARKS for w in words) and \
        "and" not in words


def _titled(category: str) -> bool:
    """Whether a category is written as a name (``Best Art Direction``, ``Best OTT Original``)."""
    return all(w[0].isupper() or w in {"in", "a", "an", "the", "for", "of", "&"} for w in category.split())


def _singular(category: str) -> str:
    """``Popularity Awards`` heading a list is one ``Popularity Award`` for each recipient."""
    return re.sub(r"(Award|Prize)s$", r"\1", category)


def is_category(text: str) -> bool:
    """Whether ``text`` is a category name (``Popularity Awards``, ``Best Drama``, a sponsor's
    ``Brightcast Popularity Award``), so that it is not taken for a ceremony."""
    return bool(_SPONSORED_PRIZE.search(text) or _CATEGORY_WORD.fullmatch(text))


# A named prize, with whatever stands before it ("TikTok Popularity Award").
_SPONSORED_PRIZE = re.compile(rf"(?:^|\s)(?:{NAMED_PRIZE})$")
