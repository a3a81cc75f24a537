"""Who a speaker phrase stands for: names at their fullest form, descriptions (``the streaming
company``, ``the director``, ``his agency``) and pronouns resolved to the nearest fitting
antecedent, preferring whoever spoke last.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from pipelines.facts.speech import lexicon
from pipelines.facts.speech.mentions import Mention, classify, find_mentions, name_words

_POSSESSIVE = re.compile(r"^(?P<owner>.+?)[’']s?\s+(?P<rest>.+)$")
_DETERMINERS = frozenset({"the", "a", "an", "this", "that"})
_OWNER_PRONOUNS = {"his": "person", "her": "person", "their": "any", "its": "org"}


@dataclass(slots=True)
class Said:
    """A statement already attributed: where, who, and the words used."""

    pos: int
    end: int
    speaker: str
    speaker_text: str | None
    kind: str


@dataclass(slots=True)
class Scene:
    """What resolution looks at: the body's mentions and the statements read so far."""

    body: str
    said: list[Said] = field(default_factory=list)
    recent_window: int = 700  # characters within which the last speaker stays the topic
    genders: dict[str, str] = field(default_factory=dict)  # speaker -> "he" / "she", from the text
    titles: frozenset[str] = frozenset()  # folded names of the shows the article tracks: never speakers
    _mentions: list[Mention] | None = None

    @property
    def mentions(self) -> list[Mention]:
        """The body's name mentions, read on first use (most statements name their speaker); a
        tracked show's title is a thing, never a person or an organisation."""
        if self._mentions is None:
            self._mentions = [m if m.text.casefold() not in self.titles else
                              Mention(m.start, m.end, m.text, "other", m.role) for m in find_mentions(self.body)]
        return self._mentions

    def remember(self, pos: int, end: int, speaker: str, speaker_text: str | None) -> None:
        """Record a resolved statement (``body[pos:end]``) so later pronouns and descriptions can use
        it; a speaker the text calls ``he`` or ``she`` is gendered from then on."""
        kind = kind_of(speaker)
        if kind == "org" and self._named_person(speaker, speaker_text):
            kind = "person"
        self.said.append(Said(pos, end, speaker, speaker_text, kind))
        gender = _gender_word((speaker_text or "").casefold())
        if kind == "person" and gender and speaker not in self.genders:
            self.genders[speaker] = gender

    def _named_person(self, speaker: str, speaker_text: str | None) -> bool:
        # "he said", or "Kimmel" alone when named in full elsewhere ("Jimmy Kimmel Live!").
        if (speaker_text or "").casefold() in ("he", "she"):
            return True
        return len(speaker.split()) == 1 and any(speaker in m.text.split() for m in self.mentions
                                                 if m.kind == "person")


def titles_of(names: Iterable[str]) -> frozenset[str]:
    """Show names folded for :attr:`Scene.titles`."""
    return frozenset(name.casefold() for name in names)


def kind_of(name: str) -> str:
    """``person`` or ``org`` for a resolved speaker."""
    if re.search(r"[’']s\s+\w+$", name):
        return "org"
    words = name.split()
    head = words[-1].casefold() if words else ""
    if len(words) == 1 and head in lexicon.KOREAN_SURNAMES:
        return "person"
    if head in lexicon.ORG_HEADS:
        return "org"
    if head in lexicon.PERSON_HEADS:
        return "person"
    if classify(name) == "person" or classify(" ".join(words[-2:])) == "person":
        return "person"
    return "org"


def resolve(scene: Scene, text: str, pos: int, sentence_start: int) -> str:
    """The speaker ``text`` (the words at an attribution at ``pos``) stands for."""
    if ", " in text:
        # "the company's CEO, Idris Vael": a description with the name set beside it.
        tail = text.rpartition(", ")[2]
        if tail[:1].isupper() and _name_in(tail) == tail:
            return resolve(scene, tail, pos, sentence_start)
    words = text.split()
    lowered = [w.casefold() for w in words]
    if len(words) == 1 and lowered[0] in ("i", "we"):
        return text  # the writer or the outlet speaking for itself
    if len(words) == 1 and lowered[0] in lexicon.PRONOUNS:
        return _pronoun(scene, lowered[0], pos, sentence_start) or text
    if len(words) == 1 and words[0][:1].isupper() and lowered[0] in lexicon.PERSON_HEADS:
        # "Doctor says" after "analyst Ken Doctor": a surname, not a role.
        named = fullest(scene, words[0], pos)
        if named != words[0]:
            return named
    if lowered[-1] in lexicon.GROUP_HEADS:
        return text  # "Baltic observers", "Residents": a group is named by its description
    if _CLOSE_TO.search(text):
        return text  # "friends close to the singer": they do not speak for the one they are close to
    if lexicon.DEMONYM.match(words[0]) and lowered[-1] in lexicon.PERSON_HEADS:
        return text  # "Indian Foreign Secretary": a role of a country, not whoever else holds that title
    if lowered[-1] in _DOCUMENTS:
        # "the statement read": whoever issued it; "the agency's statement": the agency.
        owner = _POSSESSIVE.match(text)
        if owner is not None:
            return resolve(scene, owner.group("owner"), pos, sentence_start)
        return _issuer(scene, pos) or text
    spokes = _SPOKES_FOR.match(text)
    if spokes is not None:
        # "a representative for the actor": the one spoken for, when the body says who that is.
        owner = spokes.group("owner")
        who = resolve(scene, owner, pos, sentence_start)
        return who if who != owner or owner[:1].isupper() else text
    spoken_for = _org_subject_before(scene, sentence_start) if _BARE_SPOKES.match(text) else None
    if spoken_for is not None:
        # "Harbor Pictures responded on Friday. “...,” a spokesperson said.": the organisation just named.
        return spoken_for
    owned = _possessive(scene, text, lowered, pos, sentence_start)
    if owned is not None:
        return owned
    name = _name_in(text)
    if name is not None and lowered[-1] in lexicon.PERSON_HEADS and not _is_spokes(lowered[-1]):
        # "the American Horror Story actress": the name qualifies the role, it is not hers.
        return _description(scene, text, lowered, pos, sentence_start)
    if name is not None and lowered[-1] not in lexicon.ORG_HEADS:
        return fullest(scene, name, pos)
    if name is not None:
        return fullest(scene, name, pos) if kind_of(name) == "org" or _is_spokes(lowered[-1]) else text
    return _description(scene, text, lowered, pos, sentence_start)


# "a representative for the actor", "officials at the network", "staff of the studio": people who
# speak for someone the body names (sources close to someone do not speak for them).
_SPOKES_FOR = re.compile(r"^(?:(?:a|an|the)\s+(?:[\w-]+\s+)?(?:spokesperson|spokesman|spokeswoman|representative|rep)|"
                         r"(?:(?:the|some|several|two|three)\s+)?(?:staff|officials|executives|representatives|"
                         r"employees|spokespeople))\s+(?:for|of|from|at)\s+(?P<owner>.+)$", re.IGNORECASE)


# "a spokesperson", "the company's representative" said without whom they speak for.
_BARE_SPOKES = re.compile(r"^(?:a|an|the)\s+(?:company\s+|official\s+)?(?:spokesperson|spokesman|spokeswoman|"
                          r"representative|rep)$", re.IGNORECASE)


def _org_subject_before(scene: Scene, sentence_start: int) -> str | None:
    """The organisation that opens the sentence just before ``sentence_start`` (``Netflix
    responded the next day.``), or None."""
    body = scene.body
    previous = max(body.rfind(". ", 0, max(0, sentence_start - 2)), body.rfind("\n", 0, max(0, sentence_start - 1)))
    for mention in scene.mentions:
        if mention.start >= sentence_start:
            break
        if mention.start > previous and mention.kind == "org" and _is_subject(body, mention) and \
                not lexicon.is_news_outlet(mention.text):
            return mention.text
    return None


_DOCUMENTS = frozenset({"statement", "post", "message", "caption", "letter", "notice", "note", "announcement",
                        "tweet", "release"})
_ISSUED = re.compile(r"\s+(?:\w+\s+)?(?:released|issued|posted|shared|put out|published|sent|uploaded)\s+(?:a|an|its|"
                     r"his|her|their|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|post|message|letter|notice|note|"
                     r"announcement|tweet|release)\b")


def _issuer(scene: Scene, pos: int) -> str | None:
    """Who issued the document a ``the statement read`` points back to: the name before
    ``released a statement``, else whoever spoke last."""
    for mention in reversed(scene.mentions):
        if mention.start < pos and pos - mention.start < 600 and _ISSUED.match(scene.body, mention.end):
            return fullest(scene, mention.text, mention.start) if mention.kind == "person" else mention.text
    last = _last_said(scene, "any", pos)
    return last.speaker if last is not None else None


def _possessive(scene: Scene, text: str, lowered: list[str], pos: int, sentence_start: int) -> str | None:
    """A speaker phrase with an owner (``Kim's agency``, ``the streamer's Korean arm``), or None."""
    owner = _POSSESSIVE.match(text)
    if owner is None:
        return None
    if text.split()[-1][:1].isupper() and not text.endswith(("’s", "'s")):
        # "the resort's general manager Corin Abt": the name at the end is the speaker.
        name = _name_in(owner.group("rest"))
        if name is not None and text.endswith(name):
            return fullest(scene, name, pos)
    if owner.group("owner").casefold().split()[0] in _DETERMINERS | _OWNER_PRONOUNS.keys():
        return _description(scene, text, lowered, pos, sentence_start)
    if not owner.group("owner")[:1].isupper():
        return None
    if lowered[-1] in lexicon.PERSON_HEADS - lexicon.ORG_HEADS:
        return text  # "China’s ambassador": a role of a place or organisation, named by the role
    if lowered[-1] in lexicon.ORG_HEADS:
        # "Kim's agency": the owner at its fullest; a spokesperson speaks for the owner itself.
        who = fullest(scene, owner.group("owner"), pos)
        return who if _is_spokes(lowered[-1]) else f"{who}'s {owner.group('rest')}"
    return None


def _is_spokes(head: str) -> bool:
    return head in {"spokesperson", "spokesman", "spokeswoman", "representative", "rep", "official", "officials"}


# A brand written in camel case ("tvN", "iQiyi") is a name too.
_CAMEL_BRAND = re.compile(r"^[a-z]{1,2}[A-Z][\w+&.-]*$")


def _name_in(text: str) -> str | None:
    """The capitalised name inside a speaker phrase: the last run of capitalised words, after
    any title (``Co-star Bae Ha-roon``, ``Ukrainian President Ana Voss`` → ``Ana Voss``)."""
    runs: list[list[str]] = [[]]
    for word in re.sub(r"[’']s\b", "", text).split():
        folded = word.casefold()
        if (word[:1].isupper() or _CAMEL_BRAND.match(word)) and folded not in lexicon.PERSON_HEADS and (
                runs[-1] or folded not in lexicon.DESCRIPTORS | {"co-star"}):
            runs[-1].append(word)  # "Vela Studios": an organisation word inside a name stays
        elif folded in lexicon.PERSON_HEADS:
            runs.append([])  # a title: the name, if any, follows it
        elif runs[-1]:
            runs.append([])
    named = [run for run in runs if run]
    run = named[-1] if named else []
    if run and run[0].casefold() in lexicon.PRONOUNS | _OWNER_PRONOUNS.keys():
        return None
    if len(run) == 1 and lexicon.DEMONYM.match(run[0]) and not lexicon.is_platform(run[0]):
        return None  # "Ukrainian authorities", "a Pakistani official": no name at all
    return " ".join(run) or None


def fullest(scene: Scene, name: str, pos: int) -> str:
    """``name`` at the fullest form the body gives (``Seo`` → ``Seo Ji-an``, ``Haddad`` → ``Amir Haddad``),
    preferring the nearest mention before ``pos``, then the first after it."""
    if len(name.split()) > 1:
        return name
    key = name.casefold()
    # Names of two or three words first: a longer run usually carries a stray word ("Ask Ana Voss").
    people = [m for m in scene.mentions if m.kind == "person"]
    # The surname first: a Korean name's first word, a Western name's last; else any end word.
    candidates = [m for m in people if _surname_of(m.text) == key] or [m for m in people if _extends(m.text, key)]
    if not candidates:
        # "Rhee replies" in a review: a character of the show named in full before, not a person.
        characters = [m for m in scene.mentions if m.kind == "character"]
        candidates = [m for m in characters if _surname_of(m.text) == key]
    candidates.sort(key=lambda m: (len(m.text.split()) > 3, -m.start))
    roled = _by_role_nearby(scene, candidates, pos)
    if roled is not None:
        return roled
    before = [m for m in candidates if m.start < pos][:1]
    if before:
        return before[0].text
    after = [m for m in candidates if m.start >= pos]
    return min(after, key=lambda m: (len(m.text.split()) > 3, m.start)).text if after else name


def _by_role_nearby(scene: Scene, candidates: list[Mention], pos: int) -> str | None:
    """Two people share the name (``Lee``): the one whose role the next words use (``..., the
    director said``) is meant."""
    if len({m.text for m in candidates}) < 2:
        return None
    nearby = scene.body[pos:pos + 300].casefold()
    roled = [m for m in candidates if m.role and f"the {m.role}" in nearby]
    return roled[0].text if len({m.text for m in roled}) == 1 else None


_KOREAN_GIVEN = re.compile(r"^[A-Z][a-z]+-[a-z]+$")


def _surname_of(name: str) -> str | None:
    """The family name of a full name: the first word of a Korean name (``Seo Ji-an``), whose
    given name is hyphenated, else the last word (``Amir Haddad``)."""
    words = [w.casefold() for w in name_words(name)]
    if len(words) < 2:
        return None
    return words[0] if _KOREAN_GIVEN.match(name.split()[1]) else words[-1]


def _extends(candidate: str, key: str) -> bool:
    words = [w.casefold() for w in name_words(candidate)]
    return len(words) > 1 and (words[0] == key or words[-1] == key)


# A pronoun opening a clause inside its sentence ("..., in which he", "... after she").
_SUBORDINATE = re.compile(r"(?<![\w’'-])(?:which|whom|where|when|after|before|because|since|while|until|and|but|"
                          r"although|though|if)\s+$")


_CLOSE_TO = re.compile(r"\b(?:close to|familiar with)\b", re.IGNORECASE)


def _pronoun(scene: Scene, pronoun: str, pos: int, sentence_start: int) -> str | None:
    want = lexicon.PRONOUNS[pronoun]
    if pronoun in ("he", "she") and _SUBORDINATE.search(scene.body, sentence_start, pos) and not any(
            mark in scene.body[sentence_start:pos] for mark in "“”\"«»"):
        # "Dahl was arrested over a call in which he said ...": the person the sentence opens with.
        subject = sentence_subject(scene, sentence_start, pos)
        if subject is not None and not _other_gender(scene, subject, pronoun):
            return subject
    last = _last_said(scene, want, pos, pronoun)
    if last is not None and pronoun in ("he", "she") and _known_gender(scene, last.speaker) is None:
        # "Haddad said ... She said": a woman the text names beats a speaker of unknown gender.
        gendered = _gendered_mention(scene, pronoun, pos, sentence_start, last.pos)
        if gendered is not None:
            return gendered
    named = _nearest_mention(scene, pronoun, want, sentence_start)
    if last is not None and (named is None or named.start < last.end or pos - named.start > scene.recent_window
                             or not (_is_subject(scene.body, named) or (pronoun in ("he", "she") and
                                                                        _lone_person_before(scene, named,
                                                                                            sentence_start)))):
        return last.speaker
    if named is not None:
        return fullest(scene, named.text, named.start) if named.kind == "person" else named.text
    return last.speaker if last is not None else None


_SENTENCE_END = re.compile(r"[.!?…][”\"’)]*\s+|\n")


def _lone_person_before(scene: Scene, named: Mention, sentence_start: int) -> bool:
    """Whether ``named`` is the one person the sentence right before ``sentence_start`` names
    (``... came when Serra was asked about it. He insisted ...``): the topic a pronoun goes on with,
    even when the name does not open that sentence."""
    body = scene.body
    ends = [m.end() for m in _SENTENCE_END.finditer(body, max(0, sentence_start - 600), max(0, sentence_start - 1))]
    ctx_start = ends[-1] if ends else max(0, sentence_start - 600)
    if named.start < ctx_start or not ends:
        return False
    people = {m.text for m in scene.mentions if ctx_start <= m.start < sentence_start and m.kind == "person"}
    return len(people) == 1


_CLAUSE_START = re.compile(r"(?:^|[.!?]\s+|\n|;\s+)(?:[\w’'-]+\s+){0,3}$")


def sentence_subject(scene: Scene, start: int, pos: int) -> str | None:
    """The person named first in ``body[start:pos]`` when the name opens the sentence, or None."""
    for mention in scene.mentions:
        if mention.start >= pos:
            break
        if mention.start >= start:
            if mention.kind == "person" and _is_subject(scene.body, mention):
                return fullest(scene, mention.text, mention.start)
            return None
    return None


def _is_subject(body: str, mention: Mention) -> bool:
    """Whether a mention opens its sentence (after at most a few role words): a new topic that a
    following pronoun may point to, unlike a name in passing (``filmed in Coral Bay``)."""
    return bool(_CLAUSE_START.search(body, max(0, mention.start - 40), mention.start))


def _last_said(scene: Scene, want: str, pos: int, pronoun: str | None = None) -> Said | None:
    for said in reversed(scene.said):
        if said.pos < pos and (want == "any" or said.kind == want) and not _other_gender(scene, said.speaker, pronoun):
            return said if pos - said.pos <= scene.recent_window * 2 else None
    return None


def _gender_word(word: str) -> str | None:
    return {"he": "he", "she": "she"}.get(word)


def _known_gender(scene: Scene, speaker: str) -> str | None:
    """``he`` or ``she`` for a person the text genders (a pronoun used of them, ``actress``)."""
    known = scene.genders.get(speaker)
    if known is None:
        roles = {m.role for m in scene.mentions if m.role and m.kind == "person" and m.text in speaker}
        known = "she" if roles & lexicon.FEMALE_ROLES else "he" if roles & lexicon.MALE_ROLES else None
    return known


def _other_gender(scene: Scene, speaker: str, pronoun: str | None) -> bool:
    """Whether ``speaker`` is known (from the text) to be referred to by the other pronoun."""
    if pronoun not in ("he", "she"):
        return False
    known = _known_gender(scene, speaker)
    return known is not None and known != pronoun


def _gendered_mention(scene: Scene, pronoun: str, pos: int, before: int, after: int = -1) -> str | None:
    """The nearest person named before the sentence whom the text genders as ``pronoun``: in the
    pronoun's paragraph, or after ``after`` (where the last speaker's statement begins)."""
    for mention in reversed(scene.mentions):
        if mention.start < before and mention.kind == "person" and pos - mention.start <= scene.recent_window and (
                mention.start > after or "\n" not in scene.body[mention.start:pos]):
            name = fullest(scene, mention.text, mention.start)
            if _known_gender(scene, name) == pronoun:
                return name
    return None


_WRONG_GENDER = {"he": lexicon.FEMALE_ROLES, "she": lexicon.MALE_ROLES}


def _nearest_mention(scene: Scene, pronoun: str, want: str, before: int) -> Mention | None:
    # Mentions in the attribution's own sentence are skipped: a speaker named there would
    # have been named at the attribution, not referred to by a pronoun.
    for mention in reversed(scene.mentions):
        if mention.start < before and (mention.kind == want or (want == "any" and mention.kind != "other")) \
                and mention.role not in _WRONG_GENDER.get(pronoun, ()) and not _other_gender(
                    scene, fullest(scene, mention.text, mention.start) if mention.kind == "person" else mention.text,
                    pronoun):
            return mention
    return None


def _description(scene: Scene, text: str, lowered: list[str], pos: int, sentence_start: int) -> str:
    head = lowered[-1].strip(",")
    owner = _POSSESSIVE.match(text)
    if lowered[0] in _OWNER_PRONOUNS and len(lowered) > 1:
        # A possessive pronoun may point into its own sentence ("Rell ..., a rumour his label denied").
        person = _pronoun(scene, {"his": "he", "her": "she", "their": "they", "its": "it"}[lowered[0]],
                          pos, pos)
        return f"{person}'s {' '.join(text.split()[1:])}" if person else text
    if owner and owner.group("owner").casefold().split()[0] in _DETERMINERS:
        # "the streamer's Korean arm" → the streamer; an owner nobody stands for ("the drama's
        # agency") leaves the whole description as written, never its owner alone.
        who = _description(scene, owner.group("owner"), owner.group("owner").casefold().split(), pos,
                           sentence_start)
        return text if who == owner.group("owner") else who
    if lowered[0] in ("a", "an") or lowered[0] in lexicon.DETERMINER_WORDS or (
            lowered[0] not in _DETERMINERS and head not in lexicon.PERSON_HEADS):
        return text  # "a fan", "one fan", "another viewer": someone not named, as written
    return _definite(scene, text, lowered, head, pos) or text


_AGE = re.compile(r"^\d{1,3}-year-old$")


def _definite(scene: Scene, text: str, lowered: list[str], head: str, pos: int) -> str | None:
    if _AGE.match(head):
        # "The 33-year-old said": the person who last opened a sentence, else the last one named.
        return _person_before(scene, pos, subject=True) or _person_before(scene, pos)
    if head in lexicon.PERSON_HEADS and not _is_spokes(head):
        return _role_holder(scene, head, pos) or _other_speaker(scene, pos) or _person_before(scene, pos)
    same = _same_description(scene, head, pos)
    if same is not None:
        return same
    if head in lexicon.STREAMING_HEADS or "streaming" in lowered:
        return _platform(scene, pos)
    if head in _OUTLET_HEADS:
        return _cited_outlet(scene, pos)
    if head in _CREW_HEADS:
        # "the production team": only a production company named before stands for it.
        return _head_mention(scene, "production", pos)
    if head in lexicon.ORG_HEADS:
        said = _speaker_like(scene, "org", pos)
        return _head_mention(scene, head, pos) or (said if said and not _other_kind(said, head) else None) or \
            _org_mention(scene, pos, head)
    return None


def _other_kind(name: str, head: str) -> bool:
    """Whether ``name`` is named as another kind of organisation than ``head`` says (``Studio
    Ardent`` is no ``agency``; ``Pine Hill`` may be anything)."""
    if head not in ("agency", "label", "studio"):  # "the company" may be any organisation
        return False
    own = _HEAD_NAME_WORDS[head]
    words = set(name.casefold().split())
    return bool(words & _KIND_WORDS) and not words & own




_CREW_HEADS = frozenset({"team", "teams", "crew"})
# "the outlet added": the news outlet the article last cited.
_OUTLET_HEADS = frozenset({"outlet", "publication", "newspaper", "paper", "magazine", "tabloid", "daily", "site",
                           "website", "portal"})
_CITING_BEFORE = re.compile(r"(?:according to|as per|per|reported by|citing|cited by)\s+$", re.IGNORECASE)
_CITED_AFTER = re.compile(r"\s+(?:first\s+|also\s+|exclusively\s+)?(?:reported|reports|revealed|wrote|published)\b")


def _cited_outlet(scene: Scene, pos: int) -> str | None:
    """The outlet named last before ``pos`` (within a few paragraphs) in a citing slot
    (``According to X``, ``X reported``) or named like an outlet, or None."""
    for mention in reversed(scene.mentions):
        if mention.start >= pos or mention.kind == "person":
            continue
        if pos - mention.start > 1200:
            return None
        body = scene.body
        if lexicon.looks_like_outlet(mention.text) or _CITING_BEFORE.search(
                body, max(0, mention.start - 20), mention.start) or _CITED_AFTER.match(body, mention.end):
            return mention.text
    return None
# Name words that make an organisation fit a description (``the studio`` → ``Harbor Pictures``).
_HEAD_NAME_WORDS = {
    "agency": {"entertainment", "agency", "management", "company", "artists"},
    "label": {"records", "entertainment", "music", "label"},
    "studio": {"studio", "studios", "pictures", "films", "film"},
    "company": {"entertainment", "studio", "studios", "pictures", "productions", "company", "media", "works",
                "content", "contents", "group"},
    "production": {"productions", "production", "studio", "studios", "pictures", "works"},
    "producer": {"productions", "production", "studio", "studios", "pictures", "works"},
}

# Name words that tell what kind of organisation a name is.
_KIND_WORDS = frozenset().union(*_HEAD_NAME_WORDS.values())


def _head_mention(scene: Scene, head: str, pos: int) -> str | None:
    """``the ministry`` → the nearest ``... Ministry`` named before it; ``the broadcaster`` → the
    nearest broadcaster; ``the studio`` → the nearest ``... Pictures`` or ``Studio ...``."""
    words = _HEAD_NAME_WORDS.get(head, set()) | {head, head + "s"}
    for mention in reversed(scene.mentions):
        if mention.start >= pos or mention.kind == "person":
            continue
        folded = mention.text.casefold().split()
        if folded[-1] in words or folded[0] == head or any(w in words for w in folded[1:]) or (
                head in _BROADCAST_HEADS and lexicon.is_broadcaster(mention.text)):
            return mention.text
    return None


_BROADCAST_HEADS = frozenset({"broadcaster", "network", "channel", "station"})


def _role_holder(scene: Scene, role: str, pos: int) -> str | None:
    holders = [m for m in scene.mentions if m.role == role and m.kind == "person"]
    before = [m for m in holders if m.start < pos]
    chosen = before[-1] if before else (holders[0] if holders else None)
    if chosen is None:
        pattern = re.compile(rf"(?P<name>[A-Z][\w-]+(?: [A-Z][\w-]+)+),? (?:\w+ ){{0,3}}(?:as |the ){role}\b")
        found = [m for m in pattern.finditer(scene.body, 0, pos) if m.end() < pos - 80]
        return found[-1].group("name") if found else _doing_the_role(scene, role, pos)
    return fullest(scene, chosen.text, chosen.start)


# What a person in a role does, said right after their name ("Lee directed ...", "made Lee one of the
# most sought-after directors", "Kim, who plays ..."): evidence of who "the director" is.
_ROLE_DEEDS = {
    "director": r"direct(?:s|ed|ing|or|ors)\b|helm(?:s|ed)\b|behind the camera",
    "actor": r"(?:plays|played|stars|starred|portrays|portrayed|actor|actors)\b",
    "actress": r"(?:plays|played|stars|starred|portrays|portrayed|actress|actresses)\b",
    "writer": r"(?:wr(?:o|i)te|writes|penned|scripted|writer|writers|screenwriter)\b",
    "screenwriter": r"(?:wr(?:o|i)te|writes|penned|scripted|writer|screenwriter)\b",
    "producer": r"(?:produce[sd]?|producer|producers)\b",
    # "Hansanleegak's web novel", "Ana Moss, who wrote the book": the author of a work
    "author": r"(?:novels?|webtoons?|books?|memoir|manga|wr(?:o|i)te|writes|written|author)\b",
    "novelist": r"(?:novels?|books?|wr(?:o|i)te|writes|written|novelist)\b",
}


_OWN_WORK = re.compile(r"[’']s\s+(?:[\w-]+\s+){0,2}(?:novels?|webtoons?|books?|memoir|manga)\b")


def _doing_the_role(scene: Scene, role: str, pos: int) -> str | None:
    """The person the text before ``pos`` shows in ``role`` most often: a verb or noun of the role
    within a few words after their name; the one named last on a tie."""
    deeds = _ROLE_DEEDS.get(role)
    if deeds is None:
        return None
    evidence = re.compile(rf"[^.;“”\"]{{0,60}}?\b(?:{deeds})", re.IGNORECASE)
    counts: dict[str, tuple[int, int]] = {}
    for m in scene.mentions:
        if m.start >= pos or not evidence.match(scene.body, m.end) or (m.kind != "person" and not (
                role in ("author", "novelist") and _OWN_WORK.match(scene.body, m.end))):
            continue  # a pen name of one word is no known name, but its work ("Moonbyeol's web novel") tells
        name = fullest(scene, m.text, m.start)
        seen, _ = counts.get(name, (0, 0))
        counts[name] = (seen + 1, m.start)
    return max(counts, key=lambda name: counts[name]) if counts else None


def _same_description(scene: Scene, head: str, pos: int) -> str | None:
    """The speaker last described with the same head noun (``The agency`` after ``The drama's
    agency, Spring Lane Entertainment,``)."""
    for said in reversed(scene.said):
        text = said.speaker_text or said.speaker
        words = re.sub(r"[,’']", " ", text).casefold().split()
        if said.pos < pos and words and (words[-1] == head or ("," in text and head in words)):
            return said.speaker
    return None


def _other_speaker(scene: Scene, pos: int) -> str | None:
    """For ``the host said`` with no host named: a description switches speakers, so the person
    who spoke before the last one (else the last one)."""
    people = [said.speaker for said in scene.said if said.pos < pos and said.kind == "person"]
    for speaker in reversed(people):
        if speaker != people[-1]:
            return speaker
    return people[-1] if people else None


def _speaker_like(scene: Scene, kind: str, pos: int) -> str | None:
    last = _last_said(scene, kind, pos)
    return last.speaker if last is not None else None


# What makes a name a platform beyond the known streamers: a descriptor before it ("webtoon
# platform Inkline"), a word of its name ("Inkline Webtoon"), or running on it ("serialized on Inkline").
_PLATFORM_BEFORE = re.compile(r"(?:(?<![\w-])(?:platform|streamer|service|app|site)|(?:serialized|serialised|ran|"
                              r"running|runs|published|streaming|streams|available|premiered|launched)\s+"
                              r"(?:exclusively\s+|first\s+)?on)\s+$", re.IGNORECASE)
_PLATFORM_WORDS = frozenset({"webtoon", "webtoons", "comics", "page", "streaming"})


_CALENDAR = re.compile(r"^(?:January|February|March|April|May|June|July|August|September|October|November|"
                       r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Christmas|New Year)\b")


def _is_platform_mention(scene: Scene, mention: Mention) -> bool:
    """Whether a mention names a platform: a known streamer, a name with a platform word, or a
    name a platform descriptor or ``ran on`` stands before (never a date: ``premiered on Friday``)."""
    if lexicon.norm_name(mention.text) in lexicon.STREAMING_PLATFORMS:
        return True
    if _CALENDAR.match(mention.text):
        return False
    words = mention.text.casefold().split()
    return words[-1] in _PLATFORM_WORDS or bool(
        _PLATFORM_BEFORE.search(scene.body, max(0, mention.start - 40), mention.start))


def _platform(scene: Scene, pos: int) -> str | None:
    platforms = [m for m in scene.mentions if _is_platform_mention(scene, m)]
    before = [m for m in platforms if m.start < pos]
    chosen = before[-1] if before else (platforms[0] if platforms else None)
    return chosen.text if chosen is not None else None


def _org_mention(scene: Scene, pos: int, head: str = "") -> str | None:
    """The organisation named last before ``pos`` that a description with ``head`` may stand for."""
    for mention in reversed(scene.mentions):
        if mention.start < pos and mention.kind == "org" and not lexicon.is_news_outlet(mention.text) and \
                not _other_kind(mention.text, head):
            return mention.text
    return None


def other_person_before(scene: Scene, pos: int, other_than: str, floor: int) -> str | None:
    """The person named last in ``body[floor:pos]`` who is not ``other_than``, at their fullest,
    or None: whom ``he`` or ``she`` means inside someone's own answer, where they speak as ``I``."""
    for mention in reversed(scene.mentions):
        if floor <= mention.start < pos and mention.kind == "person":
            name = fullest(scene, mention.text, mention.start)
            if name != other_than:
                return name
    return None


def _person_before(scene: Scene, pos: int, subject: bool = False) -> str | None:
    for mention in reversed(scene.mentions):
        if mention.start < pos and mention.kind == "person" and (not subject or _is_subject(scene.body, mention)):
            return fullest(scene, mention.text, mention.start)
    return None
