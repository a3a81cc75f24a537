"""Names a body gives: capitalised name phrases classified as people or organisations, the
antecedents that pronouns and descriptions resolve to.

A phrase is a person when it has a Korean-style hyphenated given name (``Kim Ha-roon``), follows
a role word (``director Lee``), or is two or three plain capitalised words that no list knows
as an organisation; it is an organisation when it is a known outlet or platform, or carries an
organisation or outlet word (``Studios``, ``Entertainment``, ``News``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from pipelines.facts.speech import lexicon
from pipelines.facts.speech.quotes import Quote, find_quotes

_TOKEN = r"(?:[A-Z][\w’'.&+-]*[\w+]|[A-Z]\+?|\d+[A-Za-z]+[\w]*)"
# "Sonya A. Rell": a middle initial inside a name (not one ending a sentence before "The ...").
_INITIAL = r"(?:[A-Z]\.[ \t]+(?!(?:The|A|An|In|On|At|It|He|She|They|We|I|But|And|This|That|His|Her)\b))"
NAME_RUN = re.compile(rf"(?<![\w’'-]){_TOKEN}(?:[ \t]+(?:of[ \t]+)?{_INITIAL}?{_TOKEN})*")
_HYPHEN_GIVEN = re.compile(r"^[A-Z][a-z]+-[a-z]+$")
_LEAD_STOP = frozenset({
    "the", "a", "an", "according", "in", "on", "at", "after", "as", "but", "and", "however", "while", "when", "if",
    "this", "that", "these", "those", "it", "he", "she", "they", "we", "i", "his", "her", "their", "its", "our",
    "for", "with", "from", "by", "to", "of", "yes", "no", "meanwhile", "also", "asked", "speaking", "responding",
    "during", "before", "since", "until", "though", "although", "because", "so", "then", "now", "per", "via",
    "citing", "earlier", "later", "last", "next", "new", "original", "former", "fellow", "co-star", "mr", "mr.",
    "ms", "ms.", "mrs", "mrs.", "dr", "dr.", "here", "there", "what", "who", "where", "why", "how", "not", "even",
    "both", "all", "each", "every", "some", "many", "most", "more", "one", "two", "three", "netflix's",
    "ask", "meet", "watch", "read", "see", "listen", "check", "get", "join", "let", "make", "take", "find",
    "beyond", "despite", "amid", "among", "against", "within", "without", "under", "across", "toward", "towards",
    "behind", "following", "including", "like", "unlike", "given", "besides", "regarding", "upon", "around",
    "above", "below", "near", "inside", "outside", "throughout", "over",
})
_ORG_WORDS = frozenset({"mining", "energy", "motors", "airways", "telecom", "holdings", "capital", "ventures",
                        "industries", "systems", "technologies", "labs", "games", "pharma", "resources", "solutions",
                        "logistics", "foods", "electronics", "chemicals", "brands",
                        "ministry", "army", "force", "forces", "navy", "party", "court", "council", "senate",
                        "congress", "parliament", "police", "bank", "institute", "college", "academy", "foundation",
                        "fund", "trust", "society", "museum", "department", "office", "university", "airlines",
                        "committee", "commission", "association", "union", "federation", "league", "club",
                        "hospital", "school", "administration", "authority", "service", "services", "bureau",
                        "entertainment", "studios", "studio", "pictures", "agency", "company", "corp", "corp.",
                        "corporation", "inc", "inc.", "ltd", "ltd.", "group", "records", "media", "productions",
                        "production", "network", "music", "labels", "label", "films", "film", "broadcasting",
                        "korea", "works", "c&c", "e&m", "enm", "content", "contents", "partners", "company,",
                        "streaming", "webtoon", "webtoons", "comics"})
_NON_PERSON = frozenset({"land", "story", "city", "love", "life", "night", "world", "war", "wars", "family",
                         "dream", "dreams", "heart", "hearts", "time", "home", "things", "live",
                         "constitution", "act", "law", "bill", "amendment", "agreement", "treaty", "plan",
                         "program", "programme", "project", "strategy", "policy",
                         "mosque", "church", "temple", "airport", "park", "river", "mountain", "lake", "bridge",
                         "square", "road", "avenue", "hall", "palace", "house", "tower", "market", "stadium", "arena",
                         "island", "valley", "county", "state", "kingdom", "republic", "coast", "sea", "ocean",
                         "beach", "village", "town", "region", "north", "south", "east", "west", "central",
                         "season", "seasons", "episode", "part", "chapter", "volume", "korea", "seoul", "district",
                         "province", "university", "hospital", "awards", "award", "festival", "day",
                         "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                         "february", "march", "april", "may", "june", "july", "august", "september", "october",
                         "november", "december", "top", "best", "center", "centre", "street", "school",
                         "korean", "english", "chart", "game", "code", "show", "series", "drama", "golden", "hour",
                         "nights", "days", "stories", "lives", "games", "codes", "hours", "shows", "streets",
                         "roads", "islands", "towers", "rooms", "room", "files", "tales", "tale"})


_ORG_BEFORE = re.compile(r"(?<![\w-])(?:agency|label|studio|company|broadcaster|network|streamer|distributor|"
                         r"outlet|portal|firm|management|agencies|labels),?\s+$", re.IGNORECASE)

# Organisation words that open a name ("Studio Lumen", "Channel Nine").
_ORG_FIRST = frozenset({"studio", "studios", "team", "club", "bank", "university", "museum", "channel", "radio"})

# A name right after "as"/"plays"/"the role of" (with a role in between) is a character, not a speaker;
# after "played by" / "portrayed by" it is the actor.
# "plays the town's gruff harbour master Ahn": after "plays" the role may be described at length.
_CHARACTER_BEFORE = re.compile(r"\b(?:(?:as|character|role\s+of)\s+(?:(?!by\s)[a-z-]+(?:[’']s)?\s+){0,3}|"
                               r"(?:plays?|played|playing|"
                               r"portrays?|portraying)\s+(?:(?!by\s)[a-z-]+(?:[’']s)?\s+){0,6})$")


@dataclass(frozen=True, slots=True)
class Mention:
    """A name phrase at ``body[start:end]``; ``kind`` is ``person``, ``org`` or ``other``;
    ``role`` the role word before it (``director``), if any."""

    start: int
    end: int
    text: str
    kind: str
    role: str | None = None


def find_mentions(body: str) -> list[Mention]:
    """Every name phrase of ``body`` in order, leading sentence words and titles stripped."""
    mentions: list[Mention] = []
    people: dict[str, str] = {}
    # Names inside quotation marks are titles or quoted words, not people the text introduces.
    quoted = find_quotes(body)  # in body order, never overlapping
    starts = [q.start for q in quoted]
    for start, text in _runs(body):
        mention = _mention(body, start, text)
        if mention is None or _inside(quoted, starts, mention.start):
            continue
        if mention.kind == "person":
            for word in (mention.text.split()[0], name_words(mention.text)[-1]):
                people[word] = mention.text
        elif mention.kind == "other" and mention.text in people:
            # A surname or given name alone, after the full name: the same person.
            mention = Mention(mention.start, mention.end, mention.text, "person", mention.role)
        mentions.append(mention)
    return mentions


# An owner inside a run of capitalised words ("Studio Ardent's Oh Min-jae"): the run ends there.
_INNER_POSSESSIVE = re.compile(r"(?:[’']s|s[’'])[ \t]+(?=\S)")


def _runs(body: str) -> Iterator[tuple[int, str]]:
    """Runs of capitalised words, each split after an owner's ``'s``: ``Studio Ardent's Oh Min-jae``
    is the owner ``Studio Ardent's`` and the person ``Oh Min-jae``."""
    for match in NAME_RUN.finditer(body):
        text, cut = match.group(), 0
        for inner in _INNER_POSSESSIVE.finditer(text):
            yield match.start() + cut, text[cut:inner.end()].rstrip()
            cut = inner.end()
        yield match.start() + cut, text[cut:]


_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def name_words(name: str) -> list[str]:
    """The words of a name without a generational suffix (``Pat Dunne Jr`` → ``Pat``, ``Dunne``)."""
    words = name.split()
    while len(words) > 2 and words[-1].casefold() in _SUFFIXES:
        words = words[:-1]
    return words


def _inside(quoted: list[Quote], starts: list[int], pos: int) -> bool:
    """Whether ``pos`` lies inside one of the (ordered) quotations."""
    i = bisect_right(starts, pos) - 1
    return i >= 0 and pos < quoted[i].end


def _mention(body: str, start: int, text: str) -> Mention | None:
    run_start = start
    words = text.split()
    role = None
    while words and (words[0].casefold() in _LEAD_STOP or words[0].casefold() in lexicon.PERSON_HEADS):
        if words[0].casefold() in lexicon.PERSON_HEADS:
            role = words[0].casefold()
        start = body.index(words[0], start) + len(words[0])
        words = words[1:]
    titles = [i for i, w in enumerate(words) if w.casefold() in lexicon.PERSON_HEADS or _is_title_pair(w)]
    if titles == [len(words) - 1] and len(words) == 2 and words[0].casefold() not in lexicon.DESCRIPTORS and \
            _role_before(body, start) is not None:
        titles = []  # "analyst Ken Doctor", "novelist Ana Bishop": a surname that is also a title word
    if titles:
        # "Ukrainian President Ana Voss": the name follows the last title.
        role = words[titles[-1]].casefold()
        for word in words[:titles[-1] + 1]:
            start = body.index(word, start) + len(word)
        words = words[titles[-1] + 1:]
    if not words:
        return None
    start = body.index(words[0], start)
    name = re.sub(r"[’']s$", "", " ".join(words))
    end = start + len(name)
    if body[start:end] != name:  # a run split by a tab or double space: keep only its first word
        name, end = words[0], start + len(words[0])
    role = role or _role_before(body, start)
    kind = classify(name, role)
    if kind == "person" and role is None and _ORG_BEFORE.search(body, max(0, start - 30), start):
        kind = "org"  # "her agency, Pine Hill", "the label Koru": named by what it is
    if kind == "person" and (_CHARACTER_BEFORE.search(body, max(0, start - 70), start)
                             or _CHARACTER_BEFORE.search(body, max(0, run_start - 70), run_start)):
        kind = "character"
    return Mention(start, end, name, kind, role)


def _is_title_pair(word: str) -> bool:
    """``Major-Gen``, ``Vice-President``: a title of hyphenated title words."""
    parts = word.casefold().split("-")
    return len(parts) > 1 and all(part in lexicon.PERSON_HEADS for part in parts)


def _role_before(body: str, start: int) -> str | None:
    before = body[max(0, start - 24):start].split()
    if before and before[-1].casefold().strip(",") in lexicon.PERSON_HEADS:
        return before[-1].casefold().strip(",")
    return None


_INITIAL_WORD = re.compile(r"^[A-Z]\.$")
# "Al-Riyami", "Smith-Jones": a family name of two capitalised parts (last in a name).
_DOUBLE_NAME = re.compile(r"^[A-Z][a-z]+(?:-[A-Z][a-z]+)+$")


@lru_cache(maxsize=4096)
def classify(name: str, role: str | None = None) -> str:
    """``person``, ``org`` or ``other`` for a name phrase (``role`` is a role word before it)."""
    words = name.split()
    folded = [w.casefold() for w in words]
    if lexicon.is_platform(name) or lexicon.looks_like_outlet(name) or lexicon.looks_like_data(name):
        return "org"
    org_first = len(words) > 1 and folded[0] in _ORG_FIRST
    if any(w in _ORG_WORDS for w in folded[1:]) or org_first or lexicon.is_award(name):
        return "org" if not lexicon.is_award(name) else "other"
    if any(_HYPHEN_GIVEN.match(w) for w in words[1:]) and len(words) <= 3:
        return "person"
    if any(w in _NON_PERSON for w in folded) or any(not w.isalpha() and not _INITIAL_WORD.match(w) and not (
            i == len(words) - 1 and _DOUBLE_NAME.match(w)) for i, w in enumerate(words)) \
            or len(set(folded)) < len(folded):
        return "other"  # a place, a title ("Go Go Girls"), a thing
    # "James P. Dunne Jr.": initials and a generational suffix do not make a name longer.
    if role is not None or 2 <= len([w for w in name_words(name) if not _INITIAL_WORD.match(w)]) <= 3:
        return "person"
    return "other"
