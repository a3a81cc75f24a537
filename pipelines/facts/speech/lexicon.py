"""Word lists for reported speech and citations: reporting verbs, outlet words, known outlets,
data providers and platforms, and the descriptions that stand for people and organisations.

Only general vocabulary and a few well-known global outlets, providers and platforms whose names
carry no telling word live here; anything else an article names is found by its slot, a
descriptor beside it (``tabloid X``) and its shape (``... News``, ``... Analytics``, a domain).
"""

from __future__ import annotations

import re
from functools import lru_cache

# Reporting verbs by lemma; every inflection below counts (said/says/say/saying...).
_VERB_FORMS = {
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "add": ("add", "adds", "added", "adding"),
    "confirm": ("confirm", "confirms", "confirmed", "confirming"),
    "deny": ("deny", "denies", "denied", "denying"),
    "reveal": ("reveal", "reveals", "revealed", "revealing"),
    "note": ("note", "notes", "noted", "noting"),
    "explain": ("explain", "explains", "explained", "explaining"),
    "announce": ("announce", "announces", "announced", "announcing"),
    "suggest": ("suggest", "suggests", "suggested", "suggesting"),
    "claim": ("claim", "claims", "claimed", "claiming"),
    "report": ("report", "reports", "reported", "reporting"),
    "clarify": ("clarify", "clarifies", "clarified", "clarifying"),
    "state": ("state", "states", "stated", "stating"),
    "write": ("write", "writes", "wrote", "writing"),
    "admit": ("admit", "admits", "admitted", "admitting"),
    "joke": ("joke", "jokes", "joked", "joking"),
    "respond": ("respond", "responds", "responded", "responding"),
    "reply": ("reply", "replies", "replied", "replying"),
    "insist": ("insist", "insists", "insisted", "insisting"),
    "share": ("share", "shares", "shared", "sharing"),
    "recall": ("recall", "recalls", "recalled", "recalling"),
    "continue": ("continue", "continues", "continued", "continuing"),
    "ask": ("ask", "asks", "asked", "asking"),
    "comment": ("comment", "comments", "commented", "commenting"),
    "express": ("express", "expresses", "expressed", "expressing"),
    "emphasize": ("emphasize", "emphasizes", "emphasized", "emphasizing", "emphasise", "emphasised"),
    "stress": ("stress", "stresses", "stressed", "stressing"),
    "acknowledge": ("acknowledge", "acknowledges", "acknowledged", "acknowledging"),
    "mention": ("mention", "mentions", "mentioned", "mentioning"),
    "describe": ("describe", "describes", "described", "describing"),
    "argue": ("argue", "argues", "argued", "arguing"),
    "warn": ("warn", "warns", "warned", "warning"),
    "promise": ("promise", "promises", "promised", "promising"),
    "hint": ("hint", "hints", "hinted", "hinting"),
    "tease": ("tease", "teases", "teased", "teasing"),
    "exclaim": ("exclaim", "exclaims", "exclaimed", "exclaiming"),
    "laugh": ("laugh", "laughs", "laughed", "laughing"),
    "concede": ("concede", "concedes", "conceded", "conceding"),
    "assert": ("assert", "asserts", "asserted", "asserting"),
    "predict": ("predict", "predicts", "predicted", "predicting"),
    "believe": ("believe", "believes", "believed"),
    "agree": ("agree", "agrees", "agreed"),
    "answer": ("answer", "answers", "answered", "answering"),
    "post": ("post", "posts", "posted", "posting"),
    "tweet": ("tweet", "tweets", "tweeted", "tweeting"),
    "call": ("call", "calls", "called", "calling"),
    "shout": ("shout", "shouts", "shouted", "shouting"),
    "yell": ("yell", "yells", "yelled", "yelling"),
    "whisper": ("whisper", "whispers", "whispered", "whispering"),
    "scream": ("scream", "screams", "screamed", "screaming"),
    "quip": ("quip", "quips", "quipped", "quipping"),
    "counter": ("counter", "counters", "countered", "countering"),
    "remark": ("remark", "remarks", "remarked", "remarking"),
    "observe": ("observe", "observes", "observed", "observing"),
    "plead": ("plead", "pleads", "pleaded", "pleading"),
    "urge": ("urge", "urges", "urged", "urging"),
    "vow": ("vow", "vows", "vowed", "vowing"),
    "declare": ("declare", "declares", "declared", "declaring"),
    "boast": ("boast", "boasts", "boasted", "boasting"),
    "sigh": ("sigh", "sighs", "sighed"),
    "mutter": ("mutter", "mutters", "muttered", "muttering"),
    "murmur": ("murmur", "murmurs", "murmured", "murmuring"),
    "conclude": ("conclude", "concludes", "concluded", "concluding"),
    "cry": ("cried",),
    "gush": ("gush", "gushes", "gushed", "gushing"),
    "point out": ("pointed out", "points out", "pointing out"),
    "go on": ("went on", "goes on", "going on"),
    "return": ("returned",),
    "rejoin": ("rejoined",),
    "retort": ("retort", "retorts", "retorted"),
    "snap": ("snaps", "snapped"),  # "“Not now,” she snaps": a sharp reply
    "resume": ("resumed",),
    "interrupt": ("interrupted",),
    "inquire": ("inquired", "enquired", "inquires", "enquires"),
    "demand": ("demanded", "demands"),
    "protest": ("protested",),
    "repeat": ("repeated", "repeats"),
    "confess": ("confess", "confesses", "confessed", "confessing"),
    "assure": ("assure", "assures", "assured", "assuring"),
    "reassure": ("reassure", "reassures", "reassured", "reassuring"),
    "pledge": ("pledge", "pledges", "pledged", "pledging"),
    "recount": ("recount", "recounts", "recounted", "recounting"),
    "reflect": ("reflected", "reflecting"),
    "affirm": ("affirm", "affirms", "affirmed", "affirming"),
    "remind": ("reminded", "reminding"),
    "caution": ("cautioned", "cautioning"),
    "apologize": ("apologized", "apologised", "apologizing", "apologising"),
    "thank": ("thanked", "thanking"),
    "open up": ("opened up", "opens up", "opening up"),
}
# Verbs that may introduce a direct quote but also commonly introduce titles or names;
# they count only with a comma or colon before the quote.
WEAK_DIRECT = frozenset({"call", "describe", "post", "share", "write", "continue", "believe", "agree", "laugh", "thank",
                         "apologize", "reflect", "recount"})
# Verbs that report speech with a following clause (with or without "that").
CLAUSE_LEMMAS = frozenset(_VERB_FORMS) - {"call", "describe", "laugh", "post", "tweet", "share", "continue", "go on",
                                          "return", "rejoin", "retort", "resume", "interrupt", "inquire", "demand",
                                          "protest", "repeat", "snap",
                                          "express", "ask", "comment", "answer", "shout", "yell", "whisper",
                                          "scream", "sigh", "mutter", "murmur", "cry", "gush", "quip", "observe",
                                          "counter", "plead", "urge", "conclude", "remark", "thank", "apologize",
                                          "open up"}
VERB_LEMMA = {form: lemma for lemma, forms in _VERB_FORMS.items() for form in forms}
VERB_ALT = "|".join(sorted(VERB_LEMMA, key=len, reverse=True))
CLAUSE_ALT = "|".join(sorted((f for f, lem in VERB_LEMMA.items() if lem in CLAUSE_LEMMAS), key=len, reverse=True))

# Words between a subject and its verb that belong to neither ("has said", "also told").
AUX_ADVERBS = ("has", "have", "had", "would", "will", "did", "does", "do", "also", "later", "previously",
               "first", "initially", "officially", "reportedly", "then", "only", "once", "further", "simply",
               "earlier", "recently", "again", "quickly", "exclusively", "publicly", "not", "never", "neither",
               "nor", "both", "even", "still", "already", "had", "could", "may", "might", "should", "can")

PRONOUNS = {"he": "person", "she": "person", "they": "any", "it": "org", "we": "any", "i": "person"}

# Heads of descriptions that stand for an organisation or a person.
ORG_HEADS = frozenset({"company", "streamer", "platform", "service", "network", "broadcaster", "channel", "agency",
                       "label", "studio", "studios", "firm", "outlet", "publication", "newspaper", "magazine",
                       "distributor", "producer", "production", "arm", "unit", "division", "branch", "team",
                       "side", "camp", "management", "organization", "organisation", "group", "spokesperson",
                       "spokesman", "spokeswoman", "representative", "rep", "official", "officials", "source",
                       "sources", "insider", "insiders", "station", "creators", "makers", "ministry", "department",
                       "office", "police", "government", "council", "court", "club", "federation", "association",
                       "union", "committee", "board", "league", "university", "hospital", "commission",
                       "authority", "authorities", "organizers", "organisers", "festival", "broadcasters",
                       "agencies", "companies", "networks", "platforms", "outlets", "sides", "camps", "parties",
                       "labels", "teams", "streamers", "channels", "institute", "foundation", "center", "centre",
                       "bureau", "airline", "carrier", "regulator", "watchdog", "school", "museum", "ministries",
                       "giant", "conglomerate"})
STREAMING_HEADS = frozenset({"streamer", "platform", "service", "streaming"})
TITLES = frozenset({
    # Titles before a name, dropped from the speaker ("Mayor John Aldous" → "John Aldous").
    "mayor", "senator", "sen.", "rep.", "gov.", "governor", "minister", "judge", "officer", "detective",
    "professor", "prof.", "dr.", "mr.", "ms.", "mrs.", "sergeant", "sgt.", "captain", "capt.", "lt.", "gen.",
    "general", "secretary", "chancellor", "prime", "king", "queen", "prince", "princess", "pope", "bishop", "justice",
    "attorney", "sheriff", "commissioner", "superintendent", "rev.", "father", "sister", "coach", "pastor",
    "councilman", "councilwoman", "councillor", "lawmaker", "representative", "chef", "inspector", "agent",
    "dean", "principal", "analyst", "economist", "researcher", "scientist", "lawyer", "prosecutor", "ambassador",
    "deputy", "vice", "premier", "commander", "colonel", "col.", "lieutenant", "pm", "mp", "ceo", "cfo", "coo",
    "chairperson", "envoy", "spokesperson", "gen", "maj.", "major", "adm.", "admiral", "cpl.", "pvt.", "supt.",
    "sir", "dame", "lord", "lady", "st."})
PERSON_HEADS = frozenset({"director", "writer", "author", "actor", "actress", "star", "co-star", "singer", "rapper",
                          "producer", "screenwriter", "showrunner", "creator", "host", "ceo", "chief", "president",
                          "founder", "novelist", "cartoonist", "artist", "idol", "member", "leader", "lead",
                          "performer", "comedian", "composer", "filmmaker", "pd", "executive", "chairman", "head",
                          "manager", "doctor", "physician", "critic", "coach", "player", "musician", "vocalist",
                          "model", "designer", "illustrator", "man", "woman", "boy", "girl", "veteran", "newcomer",
                          "spokesperson", "spokesman", "spokeswoman", "wife", "husband", "mother", "father",
                          "daughter", "son", "sister", "brother", "aunt", "uncle", "cousin", "friend", "lady",
                          "gentleman", "niece", "nephew", "companion", "servant", "maid", "mom", "dad", "grandmother",
                          "grandfather", "girlfriend", "boyfriend", "partner", "fiancé", "fiancée", "suspect",
                          "victim", "witness", "patient", "teacher", "guitarist", "drummer", "bassist", "pianist",
                          "keyboardist", "dancer", "choreographer", "editor", "journalist", "reporter", "owner",
                          "resident", "villager", "student", "fan", "viewer", "official", "staffer", "employee",
                          "worker", "colleague", "crew"}) | TITLES
# Groups of people that speak together ("critics warn that", "residents said").
GROUP_HEADS = frozenset({"critics", "experts", "analysts", "observers", "residents", "villagers", "fans", "viewers",
                         "witnesses", "lawmakers", "activists", "officials", "authorities", "police", "insiders",
                         "sources", "investigators", "prosecutors", "doctors", "scientists", "researchers",
                         "economists", "organizers", "organisers", "executives", "producers", "staff", "employees",
                         "workers", "students", "parents", "locals", "netizens", "users", "members", "colleagues",
                         "friends", "neighbours", "neighbors", "representatives", "spokespeople", "people",
                         "supporters", "opponents", "protesters", "leaders", "voters", "reporters", "journalists",
                         "bosses", "chiefs", "managers", "owners", "teachers", "nurses", "survivors", "families"})
# Quantifiers that open a speaker phrase ("Both agencies", "Another officer").
DETERMINER_WORDS = frozenset({"another", "other", "several", "some", "many", "one", "two", "three", "four", "five",
                              "both", "all", "most", "each", "every", "no", "any", "multiple", "various", "numerous"})
DEMONYM = re.compile(r"^(?:[A-Z][a-z]+(?:ican|ian|ean|ese|ish|ani|eli|aqi|iqi)|German|Thai|Dutch|French|Greek|"
                     r"Swiss|Irish|Welsh|Scottish|Filipino|Argentine|Czech|Kuwaiti|Saudi|Omani|Yemeni)$")
DESCRIPTORS = frozenset({"original", "production", "streaming", "entertainment", "management",
                         "new", "former", "veteran", "lead", "senior", "chief", "executive", "creative", "official",
                         "industry", "local", "global", "music", "film", "drama", "series", "show", "broadcasting",
                         "media", "casting", "press", "legal", "talent", "longtime", "fellow", "main", "young",
                         "award-winning", "acclaimed", "company", "agency", "network", "studio", "anonymous",
                         "the", "a", "an", "his", "her", "their", "its", "our"} | PERSON_HEADS | ORG_HEADS
                        | DETERMINER_WORDS | GROUP_HEADS)

# Common Korean family names: one alone ("Seo said") is a person, never an outlet or a company.
KOREAN_SURNAMES = frozenset({"kim", "lee", "park", "choi", "jung", "jeong", "kang", "cho", "jo", "yoon", "yun", "jang",
                             "lim", "han", "oh", "seo", "shin", "kwon", "hwang", "ahn", "song", "yoo", "hong", "jeon",
                             "ko", "moon", "son", "bae", "baek", "heo", "nam", "noh", "ha", "joo", "koo", "min", "ryu",
                             "na", "cha", "woo", "gong"})

# Role words that tell a person's gender, so "he" skips an actress and "she" a spokesman.
FEMALE_ROLES = frozenset({"actress", "woman", "girl", "ms.", "ms", "mrs.", "mrs", "miss", "sister", "queen",
                          "princess", "spokeswoman", "councilwoman", "mother", "wife", "daughter", "chairwoman"})
MALE_ROLES = frozenset({"mr.", "mr", "man", "boy", "king", "prince", "spokesman", "councilman", "father", "husband",
                        "son", "chairman", "brother"})

# Words that make a capitalised phrase an outlet's name (``Harbor Sports News``, ``Evening Courier``).
# Not "Entertainment", "Media" or "Network": agencies and studios carry those and speak for themselves.
OUTLET_WORDS = frozenset({"news", "times", "daily", "herald", "post", "magazine", "sports", "tv", "weekly", "report",
                          "reporter", "journal", "tribune", "gazette", "press", "today",
                          "chronicle", "observer", "guardian", "telegraph", "insider", "online", "wire", "dispatch",
                          "review", "monthly", "ilbo", "sinmun", "shinmun", "economy", "economic", "biz",
                          "radio", "digest", "express", "mail", "standard",
                          "independent", "inquirer", "examiner", "bulletin", "ledger", "courier", "sun", "mirror",
                          "week", "weekend"})
_DOMAIN = re.compile(r"\.(?:com|net|org|co\.kr|kr|co|io|tv|news)$", re.IGNORECASE)

# Well-known global outlets whose names carry no outlet word (so their shape alone cannot tell);
# any other outlet is found by its slot, a descriptor before it (``tabloid X``) or its words.
KNOWN_OUTLETS = frozenset({
    "variety", "deadline", "indiewire", "collider", "screen rant", "yonhap",
    "vogue", "elle", "harper's bazaar", "esquire", "gq", "cosmopolitan", "allure", "dazed", "billboard",
    "rolling stone", "bbc", "cnn", "reuters", "associated press", "ap", "afp", "bloomberg", "forbes", "time",
    "people", "tmz", "page six", "vulture", "the wrap", "thewrap", "the verge", "nme", "nikkei", "kyodo",
    "sbs", "kbs", "mbc", "jtbc", "tvn",
})
# Global data providers whose names carry no data word.
DATA_PROVIDERS = frozenset({
    "nielsen", "comscore", "box office mojo", "the numbers", "luminate", "samba tv", "justwatch", "imdb",
    "rotten tomatoes", "metacritic", "google trends", "statista",
})
_DATA_WORDS = frozenset({"data", "analytics", "analysis", "research", "chart", "charts", "ratings", "statistics",
                         "poll", "survey", "index", "corporation", "metrics", "insights", "institute", "council",
                         "polling", "tracker", "tracking", "measurement", "intelligence"})
STREAMING_PLATFORMS = frozenset({
    "netflix", "disney+", "disney plus", "hulu", "max", "hbo max", "hbo", "prime video", "amazon prime video",
    "amazon", "apple tv+", "apple tv", "apple", "paramount+", "peacock", "tving", "wavve", "coupang play", "watcha",
    "viki", "rakuten viki", "iqiyi", "wetv", "viu", "kocowa", "crunchyroll", "youtube", "netflix korea",
    "disney+ korea", "genie tv",
})
SOCIAL_PLATFORMS = frozenset({"instagram", "x", "twitter", "tiktok", "facebook", "threads", "weibo", "youtube",
                              "weverse", "bubble", "reddit", "naver blog", "bluesky", "vlive", "linkedin",
                              "snapchat", "pinterest", "tumblr", "twitch", "discord"})
BROADCASTERS = frozenset({"kbs", "mbc", "sbs", "jtbc", "tvn", "ena", "bbc", "cnn", "nbc", "abc", "cbs", "fox", "npr",
                          "kbs2", "mnet"})
# Words that make a capitalised phrase a broadcaster's name (``Harbor TV``, ``Channel 9``).
BROADCAST_WORDS = frozenset({"tv", "channel", "broadcasting", "radio", "television"})
AWARD_WORDS = frozenset({"awards", "award", "festival", "ceremony", "prize", "gala", "oscars", "emmys", "grammys"})


_LEADING_THE = re.compile(r"^the\s+")
_POSSESSIVE_END = re.compile(r"'s$")
_WORDS = re.compile(r"[\w+!]+")


@lru_cache(maxsize=4096)
def norm_name(name: str) -> str:
    """A name folded for comparison: casefold, curly apostrophes straightened, a leading
    ``the`` and a trailing possessive dropped."""
    folded = name.casefold().replace("’", "'").strip(" .,'\"")
    return _POSSESSIVE_END.sub("", _LEADING_THE.sub("", folded))


def is_known_outlet(name: str) -> bool:
    """Whether ``name`` is a well-known news outlet (with or without a leading ``The``)."""
    key = norm_name(name)
    return key in KNOWN_OUTLETS or f"the {key}" in KNOWN_OUTLETS


def looks_like_outlet(name: str) -> bool:
    """Whether ``name`` reads as a news outlet: a known one, an outlet word, or a domain."""
    if is_known_outlet(name) or _DOMAIN.search(name.strip()):
        return True
    # Words run together count too: "TVReport", "MyDaily", "News1".
    parts = _WORDS.findall(name.casefold()) + [p.casefold() for p in _CAMEL.findall(name)]
    return any(word in OUTLET_WORDS for word in parts)


_CAMEL = re.compile(r"[A-Z]{2,}(?=[A-Z][a-z]|\d|\b)|[A-Z]?[a-z]+|\d+")


_NEWS_WORDS = frozenset({"news", "times", "daily", "herald", "post", "magazine", "journal", "tribune", "gazette",
                         "reporter", "ilbo", "sinmun", "shinmun", "weekly", "dispatch", "chronicle"})


def is_news_outlet(name: str) -> bool:
    """Whether ``name`` is plainly a news outlet (known, or named like a newspaper), as opposed
    to a company that may also carry an outlet-ish word (``Apex Entertainment``)."""
    return is_known_outlet(name) or any(word in _NEWS_WORDS for word in _WORDS.findall(name.casefold()))


def looks_like_data(name: str) -> bool:
    """Whether ``name`` reads as a data provider (ratings, charts, analytics)."""
    key = norm_name(name)
    if key in DATA_PROVIDERS or any(key.startswith(provider + " ") for provider in DATA_PROVIDERS):
        return True  # "Nielsen Korea": a provider's national arm
    return any(word in _DATA_WORDS for word in _WORDS.findall(key))


def is_broadcaster(name: str) -> bool:
    """Whether ``name`` is a broadcaster: a well-known network or a name with a broadcast word."""
    return norm_name(name) in BROADCASTERS or any(w in BROADCAST_WORDS for w in _WORDS.findall(name.casefold()))


def is_platform(name: str) -> bool:
    """Whether ``name`` is a streaming or social platform (cited as ``other`` or ``social``)."""
    key = norm_name(name)
    return key in STREAMING_PLATFORMS or key in SOCIAL_PLATFORMS


def is_award(name: str) -> bool:
    """Whether ``name`` is an award ceremony or festival, which is never a source."""
    return any(word in AWARD_WORDS for word in _WORDS.findall(name.casefold()))
