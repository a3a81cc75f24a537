"""Citation patterns: the slots in which an article names where its information came from
(``according to a report by X``, ``X reported``, ``told X``, ``as per X``, ``data from X``...),
each with the kind of citation it implies, and the tests that tell an outlet in such a slot
from a person, a platform or an award.

A descriptor before or beside the name (``Korean outlet X``, ``ratings tracker X``, ``X, a local
portal,``) makes it an outlet whatever its words and gives the kind (data, broadcast, report);
outside the citing slots a data provider is cited wherever its descriptor names it (``on review
aggregator X``), a news outlet only when it judges something (``Korean outlet X called ...``).
An owner's site is cited by the site's name (``according to Streamly's Backlot site``).
Without one, the kind comes from the slot and the name's shape (``as per X`` and ratings talk
are data; ``X reported that`` is a report when X is neither a person nor a company).

Some wordings say the kind themselves: a provider's chart or index (``topped X's StarIndex
ranking``), what a name does (``X, which measures online buzz, said``), figures a named
organisation released (``according to figures X released``, ``X's own figures``) are data; a
show a speaker spoke on (``hinted on the Harbor TV talk show Late Lounge``) is a broadcast cited
by the show's name. A broadcaster's or platform's own ``said``/``announced`` is a statement.

Reviews and social accounts: a news outlet's quoted judgement (``The Lantern Gazette called the
finale "overlong"``) and a critic's outlet (``Reelside's critic wrote``, ``Harbor Times critic Ana
Moss wrote``, ``in her review for Reelside``, ``writing in the Marlow Ledger``) are reports; an
account named by its platform that something came from or that said something (``surfaced on
YouTube channel X``, ``the X TikTok account posted``) is social, not someone's own channel. A
provider's chart or index also counts where its qualifiers or the sentence say so (``X's U.S.
streaming charts``, ``In X's BuzzIndex for May, the show topped ...``); a newspaper's tally is its
report; the publisher's own interview (``We spoke to ...``) cites no one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from pipelines.facts.speech import lexicon
from pipelines.facts.speech.mentions import _LEAD_STOP, _ORG_WORDS, classify

_TOK = r"(?:[A-Z0-9][\w.&+!’'-]*[\w+!]|[A-Z]|E!)"
NAME = rf"(?P<name>{_TOK}(?:[ \t]+(?:of[ \t]+|&[ \t]+)?{_TOK}){{0,5}})"
# Nouns that say what kind of outlet the name after them is (``tabloid X``, ``ratings tracker X``):
# the name after one is an outlet whatever its words. Compounds before their last word.
_DATA_DESC = ("ratings tracker", "ratings agency", "ratings firm", "ratings company", "ratings provider",
              "data firm", "data company", "data provider", "data tracker", "analytics company", "analytics firm",
              "analytics platform", "analytics provider", "research firm", "research company", "research agency",
              "research group", "market researcher", "chart tracker", "tracking firm", "tracker",
              "measurement firm", "aggregator", "data aggregator", "ratings aggregator", "tracking site",
              "data platform", "ratings service", "data service", "aggregator site", "chart site", "ranking site",
              "rankings site", "review site", "review aggregator", "chart tracker", "ranking platform",
              "tracking platform", "tracking service", "streaming chart", "bookstore", "online bookstore",
              "bookseller", "retailer", "online retailer")
_BROADCAST_DESC = ("broadcaster", "network", "tv channel", "cable channel", "channel", "tv station", "station",
                   "radio station")
_REPORT_DESC = ("media outlets", "news outlets", "outlets", "portals", "newspapers", "dailies", "tabloids", "magazines",
                "media outlet", "news outlet", "outlet", "entertainment portal", "news portal", "web portal", "portal",
                "newspaper", "daily", "paper", "tabloid", "magazine", "weekly", "news agency", "wire service",
                "news wire", "news site", "website", "site", "publication", "news service", "media company",
                "entertainment news site", "trade publication")
_ALL_DESC = _DATA_DESC + _BROADCAST_DESC + _REPORT_DESC
_DESC_NOUN = "|".join(sorted(map(re.escape, _ALL_DESC), key=len, reverse=True))
# Opening a sentence: "Data firm X said", "Tabloid X claimed".
_CAP_DESC_NOUN = "|".join(sorted((n[:1].upper() + re.escape(n[1:]) for n in _ALL_DESC), key=len, reverse=True))
# Any word may qualify a descriptor ("Korean outlet", "audience measurement firm", "state-run broadcaster").
_DESC_ADJ = (r"(?:[a-z]+[’']s|[A-Z][a-z]+(?:-[A-Za-z]+)?|(?!(?:for|of|the|a|an|at|in|on|with|by|from|to|and|or|"
             r"that|who|which|whose|was|is|as)\b)[a-z][a-z-]*|U\.S\.|UK|US)")
_DESCRIPTOR = rf"(?:(?:the|a|an)\s+)?(?:{_DESC_ADJ}\s+){{0,3}}(?:{_DESC_NOUN})\s+"
_DESC_BEFORE = re.compile(rf"(?<![\w’'-])(?:(?:{_DESC_ADJ}\s+){{0,3}}(?P<noun>{_DESC_NOUN})|"
                          rf"(?P<cap>{_CAP_DESC_NOUN}))\s+$")
# ", a local entertainment portal," / ", a news site based in Seoul,": the noun ends the phrase or
# a short qualifier follows it.
_DESC_AFTER_TEXT = (rf",\s+(?:a|an|the)\s+(?:{_DESC_ADJ}\s+){{0,3}}?(?P<noun>{_DESC_NOUN})"
                    rf"(?:\s+(?:based|owned|run|in|of|that|which|known|focused|covering)\b[^,.;“”\"]{{0,50}})?")
_DESC_AFTER = re.compile(_DESC_AFTER_TEXT + r"(?:,|(?=[.;)]|\s*$))")


def descriptor_after(body: str, pos: int, end: int) -> int | None:
    """Where a descriptor set beside a name at ``pos`` ends (``X, a local portal, reported``)."""
    after = _DESC_AFTER.match(body, pos, end)
    return after.end() if after and body[after.end() - 1:after.end()] == "," else None
# A descriptor opening a sentence is capitalised and read as part of the name (``Tabloid X reported``).
_LEADING_DESC = frozenset({"tabloid", "broadcaster", "portal", "outlet", "newspaper", "publication",
                           "website", "network"})
_MEDIUM = (rf"(?:{_DESCRIPTOR}|(?:(?:the|a|an)\s+)?(?:(?:channel|magazine|outlet|newspaper|publication|broadcaster|"
           r"station|show|program|podcast|site|website|daily|weekly|portal|tabloid|agency|outlet)\s+)?)")
_WHAT = {"report": "report", "article": "report", "story": "report", "piece": "report", "exclusive": "report",
         "coverage": "report", "data": "data", "figures": "data", "survey": "data", "poll": "data",
         "ratings": "data", "tally": "data", "analysis": "data", "chart": "data", "rankings": "data",
         "statement": "press_release", "press release": "press_release", "announcement": "press_release",
         "post": "social", "tweet": "social", "interview": "interview", "broadcast": "broadcast",
         "segment": "broadcast"}
_SITE_WORDS = "site|website|blog|app|portal|page|newsletter"
# Words between a provider's possessive and its figures: where or what they measure ("U.S. streaming").
_CHART_QUALIFIERS = (r"(?:(?:U\.S\.|US|UK|global|worldwide|domestic|local|national|weekly|monthly|daily|annual|"
                     r"streaming|viewership|viewing|audience|TV|television|music|album|singles|box office|latest|"
                     r"official|own)\s+){1,3}")
_WHAT_ALT = "|".join(sorted(map(re.escape, _WHAT), key=len, reverse=True))
_ADJ = (r"(?:(?:new|recent|latest|exclusive|separate|earlier|subsequent|official|previous|local|initial|follow-up|"
        r"January|February|March|April|May|June|July|August|September|October|November|December|\d{4})\s+)*")
# When a report came out, said between the report and its outlet ("a report Wednesday by X").
_DATED = (r"(?:(?:on\s+|last\s+|this\s+|earlier\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
          r"week|month|today|yesterday|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
          r"(?:,\s+\d{4})?),?\s+)?")
_SOURCE_TOLD = re.compile(r"\b(?:source|sources|insider|insiders|official|officials|representative|"
                          r"representatives|person|people|spokesperson|executive|staffer|someone)"
                          r"(?:\s+(?:close to|familiar with|from|at|with)\s+[\w’' -]{1,40}?)?\s*,?(?:\s+who)?\s*$",
                          re.IGNORECASE)

# How an organisation puts out a document or figures ("figures X released", "a press release X issued").
_ISSUED = (r"(?:issued|released|published|shared|put out|sent out|sent|distributed|provided|compiled|posted|"
           r"made public|unveiled|disclosed)")
# Words saying a name's chart or index placed something ("topped X's ranking", "No. 2 on X's chart").
_RANKED = (r"topped|tops|topping|top|led|leads|leading|ranked|ranks|placed|places|placing|came|finished|sat|"
           r"stayed|remained|spent|reached|hit|climbed|rose|debuted|No\.\s*\d+|number\s+(?:one|two|three|\d+)|#\d+")
# What a data provider does, said in a relative clause ("X, which measures online buzz,").
_MEASURES = (r"measures|measured|tracks|tracked|monitors|monitored|compiles|compiled|collects|analy[sz]es|surveys|"
             r"ranks|counts|aggregates|calculates|rates")
_DATA_QUALIFIERS = (r"(?:(?:own|latest|official|internal|weekly|monthly|new|viewing|viewership|streaming|audience)"
                    r"\s+){0,3}")
# Speech verbs that cite what was said on a broadcast.
_SPEECH = (r"said|says|hinted|hints|revealed|reveals|admitted|admits|confessed|confesses|joked|jokes|teased|teases|"
           r"explained|explains|shared|mentioned|confirmed|confirms|disclosed|recalled|recalls|spoke|talked|noted|"
           r"added|claimed|insisted|announced|told viewers|opened up")
# Adverbs and times between a speech verb and the broadcast it was said on ("said last week on").
_WHEN = (r"(?:(?:[a-z]+ly|last|this|earlier|later|also|once|week|weekend|night|month|year|on\s+[A-Z][a-z]+day|"
         r"[A-Z][a-z]+day)\s+){0,3}?")
# The show noun before a broadcast's name, with a network and words qualifying it
# ("the Harbor TV talk show", "MBC's late-night variety program", "an episode of the podcast").
_SHOW_NOUN = (r"(?:(?:talk|chat|variety|radio|late-night|late night|morning|news|entertainment|web|YouTube|"
              r"cooking|music)\s+(?:show|program|programme)|podcast|talkshow)")
_SHOW_DET = r"(?:(?:an?|the|his|her|their|its)\s+)?"
_EPISODE = r"(?:(?:an?|the|this|last|its)\s+(?:[\w’'-]+\s+)?(?:episode|edition|broadcast)\s+of\s+)?"
_SHOW = rf"{_EPISODE}{_SHOW_DET}(?:{_TOK}(?:\s+{_TOK})?(?:[’']s)?\s+)?(?:[a-z-]+\s+){{0,2}}?{_SHOW_NOUN},?\s+[“\"]?"
# The show's name before its noun ("on the Late Lounge podcast"), after an article or a possessive;
# not a network's name before a show named after the noun ("the Harbor TV talk show Late Lounge").
_SHOW_BEFORE = (rf"{_EPISODE}(?:the|his|her|their|its)\s+[“\"]?{NAME}[”\"]?\s+"
                r"(?:podcast|talk show|chat show|radio show|variety show)\b(?!,?\s+[“\"]?[A-Z0-9])")
_APPEARING = r"(?i:appeared|appearing|appears|appear|an appearance|a guest appearance|a guest)\s+(?:on|in)\s+"
# Between a speech verb and "on" a show: times and adverbs, or what was spoken about ("spoke about
# the tour on the Late Lounge podcast").
_ABOUT = r"(?:(?:about|of)\s+(?:[\w’'-]+\s+){1,6}?)?"

_JUDGED = (r"called|calls|described|describes|dubbed|dubs|hailed|hails|praised|praises|slammed|slams|panned|pans|"
           r"labeled|labelled|labels|lauded|lauds|criticized|criticised|criticizes|criticises")
_CRITIC = (r"(?:(?:chief|lead|senior|resident|film|movie|TV|television|drama|music|theater|theatre|book|"
           r"restaurant|own)\s+){0,2}(?:critic|reviewer|columnist)s?")
# Verbs by which a critic gives a verdict (one must follow a critic's outlet in the sentence).
_REVIEWS = (r"wrote|writes|said|says|called|calls|argued|argues|noted|notes|described|describes|praised|praises|"
            r"gave|gives|found|finds|complained|dubbed|panned|pans|concluded|declared|observed|hailed|slammed|"
            r"lamented|quipped|judged|rated|awarded")
_SOCIAL_SITES = r"YouTube|TikTok|Instagram|Twitter|Weibo|Facebook|Twitch|X(?=\s+account)"

# Each pattern runs only on sentences holding one of its trigger words (a cheap substring test),
# since the name-first patterns would otherwise be tried at every capital letter.
_TRIGGERS = {
    "what": ("ccording to",), "name": ("ccording to",), "per": ("per ",), "via": ("via ",),
    "data": ("from ", " by ", " of "), "interview": ("interview", " call ", "conversation", "chat ", "sit-down", "q&a"),
    "told": ("tell", "told", "speak", "spoke", "talk", "sat down", "sitting down", "interview", " to "),
    "citing": ("citing", "quot"), "including": ("including", "such as", " like "),
    "report_slot": ("citing", "ited by", "eport", "d by", "article", "story", "exclusive"),
    "report_from": ("eport",), "report": ("statement",),
    "possessive": ("report", "article", "story", "exclusive", "coverage", "data", "figures", "ratings", "rankings",
                   "chart"),
    "verb": ("report", "claim", "revealed", "wrote", "said", "stated", "announced", "noted", "added",
             "confirmed", "broke the news", "cited", "argue", "list", "story", "article", "exclusive"),
    "press_release": ("press release",),
    "social": ("posted", "shared", "wrote", "uploaded", "announced", "revealed", "posting", "sharing", "writing",
               "took to"),
    "broadcast": ("appear", "aired", "broadcast", "said on", "speaking on"),
    "described": ("tracker", "aggregator", "firm", "provider", "researcher", "outlet", "magazine", "paper", "portal",
                  "site", "publication", "daily", "tabloid", "weekly", "agency", "wire", "service", "platform",
                  "company", "group", "tracking"),
    "other_desc": ("ccording to",), "site": (" site", "website", "blog", " app", "portal", " page", "newsletter"),
    "described_after": (", a ", ", an ", ", the "),
    "product": ("ranking", "chart", "index", " list", "topped", "ranked", "data", "figures", "ratings", "top 10",
                "index", "placed", "rated", " put ",
                "top ten", "top 20", "top 50", "top 100"),
    "measures": (", which ",),
    "figures_by": ("figures", "data", "numbers", "statistics", "ratings", "rankings"),
    "platform_figures": (" own ",),
    "show": (" show", "program", "podcast"),
    "judged": ("called", "described", "dubbed", "hailed", "praised", "slammed", "panned", "label", "lauded",
               "critici"),
    "critic": ("critic", "reviewer", "columnist", "review", "writing for", "writing in"),
    "channel": ("youtube", "tiktok", "instagram", "twitter", "weibo", "facebook", "twitch", " x account"),
}

_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"\b[Aa]ccording to {_ADJ}(?:(?:a|an|the)\s+){_ADJ}(?P<what>{_WHAT_ALT})s?\s+{_DATED}(?:by|from|in|on|"
                rf"published by|released by|of|with|aired on)\s+{_MEDIUM}{NAME}"), "what"),
    (re.compile(rf"\b[Aa]ccording to (?:a|an|the) {NAME}[ \t]+(?:{_ADJ})(?P<what>{_WHAT_ALT})\b"), "what"),
    (re.compile(rf"\b[Aa]ccording to (?:(?:data|figures|ratings|numbers) (?:from|by|compiled by) )?{_MEDIUM}{NAME}"),
     "name"),
    (re.compile(rf"\b(?:[Ii]n )?an? (?:written |official |brief )?statement (?:to|given to|sent to|provided to) "
                rf"{_MEDIUM}{NAME}"), "report"),
    (re.compile(rf"\b(?:[Aa]s )?\b[Pp]er {NAME}"), "per"),
    (re.compile(rf"\b[Vv]ia {NAME}"), "via"),
    (re.compile(rf"\b(?i:data|figures|statistics|numbers|ratings|viewership|rankings?|charts?) (?:from|by|provided by|"
                rf"compiled by|released by|published by|of) {_MEDIUM}{NAME}"), "data"),
    (re.compile(rf"\b(?:[Ii]n|[Dd]uring|[Ff]rom) (?:an?|the|his|her|their|its|a recent|a separate) "
                rf"(?:[\w’'-]+\s+){{0,3}}?(?:interview|phone call|call|conversation|chat|sit-down|Q&A) (?:with|on|for|"
                rf"(?:published|released|aired|posted|run) (?:by|in|on)) {_MEDIUM}{NAME}"), "interview"),
    (re.compile(rf"\b(?i:told|tells|telling|tell|speaking to|spoke to|speaks to|speaking with|spoke with|talking to|"
                rf"talked to|talked with|sat down with|sitting down with|in an interview with|an interview with|"
                rf"said to|confirmed to|revealed to) {_MEDIUM}{NAME}"), "told"),
    (re.compile(rf"\b(?:[Rr]eports? (?:from|in)|[Aa] report (?:from|in)) {_MEDIUM}{NAME}"), "report_from"),
    (re.compile(rf"\b(?:[Cc]iting|[Cc]ited by|[Rr]eports? by|[Aa] report by|"
                rf"(?:[Aa]s (?:first )?|[Ff]irst )?[Rr]eported (?:(?:first|exclusively|initially)\s+)?{_DATED}by|"
                rf"[Aa]n? (?:exclusive|article|story)"
                rf" (?:by|from|in)|(?:obtained|seen|reviewed) by) {_MEDIUM}{NAME}"), "report_slot"),
    (re.compile(rf"\b[Ii]n (?:an?|its|their|the) (?:(?:exclusive|new|recent|separate|latest|earlier)\s+)?(?:report|"
                rf"article|story|exclusive)(?: published| released| on \w+| this \w+| last \w+)?,\s+{NAME}\s+"
                rf"(?:(?:also|first|exclusively|further)\s+)?(?:said|reported|revealed|wrote|claimed|stated|noted|"
                rf"added)\b"), "report_slot"),
    (re.compile(rf"{NAME}\s+(?:(?:first|initially|originally|exclusively|also|previously|earlier|later|had|has|have|"
                rf"recently|then|was first to|was the first to)\s+){{0,2}}(?P<verb>reported|reports|report|claimed|"
                rf"claims|revealed|wrote|said|stated|announced|noted|added|confirmed|broke the news|cited|argued|"
                rf"argues|lists|listed)\b"), "verb"),
    # "came from Hallyu Wire 24, which reported on Thursday that ...": the outlet named before its verb.
    (re.compile(rf"{NAME},\s+which\s+(?:(?:first|also|later|had|has|exclusively)\s+)?(?P<verb>reported|claimed|"
                rf"revealed|wrote|broke the news)\b"), "verb"),
    # "the tabloid X ran a story that ...": an outlet's own piece, cited.
    (re.compile(rf"{NAME}\s+(?:(?:first|also|exclusively|later|had|has|have|then)\s+)?(?:ran|runs|published|publishes|"
                rf"carried|carries|printed|posted) (?:a|an|its) (?:[\w-]+\s+){{0,2}}?(?P<verb>story|report|article|"
                rf"exclusive)\b"), "verb"),
    (re.compile(rf"{NAME}{_DESC_AFTER_TEXT},\s+"
                rf"(?:(?:first|also|exclusively|later|had|has|have|recently|initially)\s+){{0,2}}(?P<verb>reported|"
                rf"reports|said|says|claimed|revealed|wrote|stated|noted|added|announced|confirmed)\b"), "verb"),
    (re.compile(rf"{NAME},?\s+(?:citing|quoting|quoted)\b"), "citing"),
    (re.compile(rf"\b(?:outlets|media|reports|publications|newspapers|tabloids|portals),?\s+(?:including|such as|like)"
                rf"\s+{_MEDIUM}{NAME}"), "including"),
    (re.compile(rf"{NAME}[’']s?\s+(?:(?:exclusive|new|recent|earlier|original|initial)\s+)?(?P<what>reporting|report|"
                rf"article|story|exclusive|coverage|data|figures|ratings|rankings|chart)\b"), "possessive"),
    # "Ratewell's U.S. streaming charts": a provider's figures with words saying where or what they
    # measure (a provider's chart, as below: never a place's or a platform's).
    (re.compile(rf"{NAME}[’']s\s+{_CHART_QUALIFIERS}(?:data|figures|ratings|rankings|charts|chart|"
                rf"top (?:10|ten|20|50|100))\b"), "product"),
    # "Ratewell Data's StarIndex index ranked the show first": a provider's named index or chart.
    (re.compile(rf"{NAME}[’']s\s+[A-Z][\w+-]*\s+(?:index|chart|ranking|rankings|list)\b"), "product"),
    (re.compile(rf"{NAME}\s+(?:[\w’'-]+\s+){{1,6}}?(?:in|via|through|with)\s+(?:a|an|its|their|the)\s+(?:official\s+)?"
                rf"press release\b"), "press_release"),
    (re.compile(rf"\b(?:[Aa]|[Tt]he) press release (?:from|by|issued by|released by) {_MEDIUM}{NAME}"),
     "press_release"),
    # "according to a press release Vela Studios issued on Monday": the issuer named inside.
    (re.compile(rf"\b(?:[Aa]|[Tt]he) (?:press|news) release (?:that\s+)?{NAME}\s+{_ISSUED}\b"), "press_release"),
    (re.compile(r"\b(?:posted|shared|wrote|uploaded|announced|revealed|posting|sharing|writing|took to) "
                r"(?:[\w’'-]+\s+){0,8}?(?:on|to|via|through) (?:(?:his|her|their|its|the)\s+)?(?:official\s+)?"
                r"(?:[A-Z][a-z]+\s+)?"
                r"(?P<name>Instagram|X|Twitter|TikTok|Weverse|YouTube|Facebook|Threads|Weibo|Bubble)\b"), "social"),
    (re.compile(rf"\b(?:appeared on|appearing on|an appearance on|aired on|broadcast on|said on|speaking on) "
                rf"{_MEDIUM}{NAME}"), "broadcast"),
    # "according to production company X": a company's own word, cited.
    (re.compile(rf"\b[Aa]ccording to (?:(?:the|a|an|its|his|her|their)\s+)?(?:[\w-]+[’']s\s+)?"
                rf"(?:{_DESC_ADJ}\s+){{0,2}}?(?:production company|production house|production studio|studio|"
                rf"distributor|streaming service|streaming platform|streamer|platform|company|agency|management|"
                rf"label),?\s+{NAME}"),
     "other_desc"),
    # "According to Streamly's Backlot site": the owner's site is the source.
    (re.compile(rf"\b(?:[Aa]ccording to|[Aa]s per|[Pp]er|[Vv]ia|[Cc]iting|(?:[Dd]ata|[Ff]igures|[Rr]ankings?) "
                rf"(?:from|on)|(?:reported|published) (?:by|on))\s+{_TOK}(?:[ \t]+{_TOK}){{0,3}}[’']s\s+"
                rf"(?:official\s+)?(?:[a-z-]+\s+)?{NAME}\s+(?:{_SITE_WORDS})\b"), "site"),
    (re.compile(rf"\b(?:[Aa]ccording to|[Aa]s per|[Pp]er|[Vv]ia|[Cc]iting)\s+{_TOK}(?:[ \t]+{_TOK}){{0,3}}[’']s\s+"
                rf"(?:official\s+)?(?:[a-z-]+\s+)?(?:{_SITE_WORDS}),?\s+{NAME}"), "site"),
    # "..., Streamly's Backlot site showed.": the site speaks for its figures.
    (re.compile(rf"(?<![\w’'-]){_TOK}(?:[ \t]+{_TOK}){{0,3}}[’']s\s+(?:official\s+)?{NAME}\s+(?:{_SITE_WORDS})\s+"
                rf"(?:showed|shows|reported|reports|said|says|noted|revealed|listed|lists)\b"), "site"),
    # A descriptor names an outlet wherever it stands ("on review aggregator X", "Korean outlet X called ...").
    # (The lookahead skips every word that no capitalised name follows within two words.)
    (re.compile(rf"(?<![\w’'-])(?=[A-Za-z][a-z-]*\s+(?:[a-z]+\s+)?[A-Z0-9])(?:{_DESC_NOUN}|{_CAP_DESC_NOUN})\s+{NAME}"),
     "described"),
    (re.compile(rf"{NAME}(?={_DESC_AFTER_TEXT},)"), "described_after"),
    # "topped Chartwise Data's StarIndex buzz ranking": a provider cited through its chart or index.
    (re.compile(rf"\b(?i:{_RANKED})\b[^.;“”\"]{{0,60}}?(?<![\w’'-]){NAME}[’']s?\s+(?:[\w.+&-]+\s+){{0,4}}?"
                rf"(?:ranking|rankings|chart|charts|index|list)\b"), "product"),
    # "Ratewell Analytics placed it fourth among dramas": a data provider ranking a show.
    (re.compile(rf"{NAME}\s+(?:(?:also|has|had)\s+)?(?:placed|ranked|rated|put)\s+(?:it|the (?:show|series|drama)|"
                rf"[A-Z][\w’'-]*)\s+(?:\w+\s+)?(?:first|second|third|fourth|fifth|No\.|#|\d|at|among|in)"),
     "product"),
    # "Trendwell, which measures online buzz, said ...": what the name does makes it a data provider.
    (re.compile(rf"{NAME},\s+which\s+(?:{_MEASURES})\b[^,;“”\"]{{1,80}},\s+(?:(?:also|has|had|recently|later)\s+)?"
                rf"(?:said|says|reported|reports|found|finds|showed|shows|estimated|estimates|noted|notes|revealed|"
                rf"added|put)\b"), "measures"),
    # "according to figures Streamly released on Tuesday": figures a named organisation put out.
    (re.compile(rf"\b(?i:figures|data|numbers|statistics|ratings|rankings|viewership data|viewing figures)\s+"
                rf"(?:that\s+)?{NAME}\s+(?:(?:had|has|have|just|only)\s+)?{_ISSUED}\b"), "figures_by"),
    # "Streamly's own figures show ...": a platform's own figures, cited where they speak.
    (re.compile(rf"(?<![\w’'-]){NAME}[’']s?\s+(?:(?:latest|official|internal|weekly|monthly|viewing|viewership)\s+)?"
                rf"own\s+{_DATA_QUALIFIERS}(?:figures|data|numbers|statistics)\s+"
                rf"(?:(?:also|now|again)\s+)?(?:show|shows|showed|indicate|indicates|indicated|suggest|suggests|"
                rf"suggested|put|puts|reveal|reveals|revealed)\b"), "platform_figures"),
    # "hinted on the Harbor TV talk show Late Lounge last week that ...": a broadcast cited by its
    # show's name (a speech verb before it, or an appearance and a speech verb in the sentence).
    (re.compile(rf"\b(?:{_SPEECH})\s+{_WHEN}(?:on|during|in)\s+{_SHOW}{NAME}"), "show"),
    (re.compile(rf"\b(?:{_SPEECH})\s+{_WHEN}{_ABOUT}(?:on|during)\s+{_SHOW_BEFORE}"), "show"),
    (re.compile(rf"\b{_APPEARING}{_SHOW}{NAME}(?=[^.;]*?\b(?:{_SPEECH})\b)"), "show"),
    (re.compile(rf"\b{_APPEARING}{_SHOW_BEFORE}(?=[^.;]*?\b(?:{_SPEECH})\b)"), "show"),
    # "The Lantern Gazette called the finale “overlong”": an outlet's judgement, quoted.
    (re.compile(rf"(?<![\w’'-]){NAME}\s+(?:(?:also|has|had|have|once|recently|previously|famously)\s+)?"
                rf"(?:{_JUDGED})\s+[^.;“”\"]{{0,80}}?[“\"]"), "judged"),
    # A critic's outlet: "Reelside's critic wrote", "a reviewer for Reelside called", "Reelside critic
    # Ana Moss wrote", "in her review for Reelside", "writing in Reelside".
    (re.compile(rf"(?<![\w’'-]){NAME}[’']s\s+{_CRITIC}(?=[^;]*?\b(?:{_REVIEWS})\b)"), "critic"),
    (re.compile(rf"\b{_CRITIC}\s+(?:for|at|with|from)\s+{_MEDIUM}{NAME}(?=[^;]*?\b(?:{_REVIEWS})\b)"), "critic"),
    (re.compile(rf"(?<![\w’'-]){NAME}\s+{_CRITIC}\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?(?=[^;]*?\b(?:{_REVIEWS})\b)"),
     "critic"),
    (re.compile(rf"\b(?:[Ii]n|[Ww]riting in) (?:a|an|his|her|their|its|the)\s+(?:[\w-]+\s+){{0,2}}?review\s+"
                rf"(?:for|in|published in|published by|from|on)\s+{_MEDIUM}{NAME}"), "critic"),
    (re.compile(rf"\b[Ww]riting (?:for|in) {_MEDIUM}{NAME}"), "critic"),
    # "surfaced on YouTube channel Gossip Loft", "the Gossip Loft YouTube channel": a social account cited.
    (re.compile(rf"\b(?:{_SOCIAL_SITES})\s+(?:channel|account|page)\s+[“\"]?{NAME}"), "channel"),
    (re.compile(rf"\b(?:the|a|an)\s+[“\"]?{NAME}[”\"]?\s+(?:{_SOCIAL_SITES})\s+(?:channel|account|page)\b"), "channel"),
    # "In Chartwise Data's BuzzIndex for the second week of May, the show topped ...": a provider's
    # index opening the sentence, with ranking talk after it.
    (re.compile(rf"\b(?:[Ii]n|[Oo]n)\s+{NAME}[’']s\s+(?:[\w.+&-]+\s+){{0,3}}?[\w.+&-]+"
                rf"(?=,|\s+for\b)(?=[^;]*?\b(?:{_RANKED})\b)"), "product"),
)


_OWNED_SITE = re.compile(rf"[’']s\s+(?:official\s+)?(?:[a-z-]+\s+)?(?:{_TOK}(?:[ \t]+{_TOK}){{0,3}}\s+"
                         rf"(?:{_SITE_WORDS})\b|(?:{_SITE_WORDS}),?\s+{_TOK})")
_NOT_OUTLET = re.compile(r"^(?:January|February|March|April|May|June|July|August|September|October|November|"
                         r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|"
                         r"Thursday|Friday|Saturday|Sunday|Season|Episode|Part|Chapter|Top\s+\d+|\d[\d,.]*)\b\.?(?:\s|$)")


@dataclass(frozen=True, slots=True)
class Citation:
    """An outlet named at ``body[start:end]`` in a citing slot, with the kind the slot implies;
    ``clause_end`` is where the cited content starts (dates before it date the citation)."""

    start: int
    end: int
    name: str
    kind: str


_TRIGGER_WORDS = frozenset(word for words in _TRIGGERS.values() for word in words)


def _triggered(lowered: str) -> set[str]:
    """The slots whose trigger words occur in a folded sentence (each word tested once)."""
    words = {word for word in _TRIGGER_WORDS if word in lowered}
    return {slot for slot, triggers in _TRIGGERS.items() if not words.isdisjoint(triggers)}


def find_citations(body: str, start: int, end: int) -> Iterator[Citation]:
    """Outlets cited in the sentence ``body[start:end]``, in order of the patterns that find them."""
    slots = _triggered(body[start:end].casefold())
    for pattern, slot in _PATTERNS:
        if slot not in slots:
            continue
        for match in pattern.finditer(body, start, end):
            span = (slot == "show" and _quoted(body, match)) or _trim(body, match.start("name"), match.end("name"))
            if span is None:
                continue
            name = body[span[0]:span[1]]
            owned = _OWNED_PRODUCT.match(name) if slot in ("name", "what", "per", "via", "data") else None
            if owned is not None:  # "according to Ratewell's StreamCount figures": the provider, not its product
                span, name = (span[0], span[0] + owned.end("owner")), owned.group("owner")
            kind = _kind(body, match, slot, name, start, span[0], end)
            if kind is not None:
                yield Citation(span[0], span[1], name, kind)
                yield from _coordinated(body, span[1], end, kind, slot == "including" or _plural(body, start, span[0]))


_LIST_GOES_ON = re.compile(r",|\s+(?:and|or|&)\s")
_AND_NAME = re.compile(rf"(?:,?\s+(?:and|or|&|as well as)\s+|,\s+){_MEDIUM}{NAME}")


def _plural(body: str, floor: int, start: int) -> bool:
    """Whether a plural descriptor (``Korean outlets X and Y``) stands before the name at ``start``."""
    before = _DESC_BEFORE.search(body, max(floor, start - 80), start)
    return before is not None and (before.group("noun") or before.group("cap")).endswith("s")


def _coordinated(body: str, pos: int, end: int, kind: str, listed: bool) -> Iterator[Citation]:
    """``according to X and Y``, ``outlets including X, Y and Z``: the outlets named with a
    cited one, each cited the same way. Unless a plural (``outlets``) says the names are all
    outlets, a bare comma counts only before an outlet-looking name, and never a person's."""
    while (match := _AND_NAME.match(body, pos, end)) is not None:
        span = _trim(body, match.start("name"), match.end("name"))
        if span is None:
            return
        name = body[span[0]:span[1]]
        outletish = lexicon.looks_like_outlet(name) or lexicon.looks_like_data(name)
        bare_comma = not re.search(r"\b(?:and|or|as well as)\b|&", body[pos:match.start("name")])
        # In a list a bare comma must lead on to more of the list ("X, Y and Z").
        in_list = listed and (not bare_comma or _LIST_GOES_ON.match(body, span[1], end) is not None)
        if _modifier(body, match) or lexicon.is_award(name) or _NOT_OUTLET.match(name) or (
                not outletish and not in_list and (bare_comma or classify(name) == "person" or _surname(name)
                                                   or lexicon.is_platform(name))):
            return
        yield Citation(span[0], span[1], name, kind)
        pos = span[1]


def _quoted(body: str, match: re.Match[str]) -> tuple[int, int] | None:
    """The whole name when a quotation mark opens it (a show's title: ``the podcast "Beyond
    Limits"``), whose first word is the title's even when it is a sentence word."""
    start, end = match.span("name")
    if body[start - 1:start] not in ("“", '"'):
        return None
    return start, start + len(body[start:end].rstrip("."))


def _trim(body: str, start: int, end: int) -> tuple[int, int] | None:
    """The name without leading sentence words (``After``, ``Meanwhile``) or a trailing possessive."""
    words = body[start:end].split()
    while words and (_leading_stop(words) or (len(words) > 1 and words[0].casefold() in _LEADING_DESC)):
        start = body.index(words[0], start) + len(words[0])
        words = words[1:]
    if not words:
        return None
    start = body.index(words[0], start)
    text = re.sub(r"[’']s?$", "", body[start:end]).rstrip(".")
    return (start, start + len(text)) if text else None


def _leading_stop(words: list[str]) -> bool:
    # "The" stays when it opens an outlet's name ("The Korea Herald"), not when it is all there is.
    if words[0] == "The":
        return len(words) == 1
    return words[0].casefold() in _LEAD_STOP


# Words that may follow an outlet's name in a citing slot; any other lowercase word makes the
# name a modifier ("according to Palestinian tallies", "told the Norlandic state-run ...").
_FOLLOWERS = frozenset({
    "that", "on", "in", "at", "last", "this", "earlier", "recently", "about", "after", "before", "during", "for",
    "when", "while", "and", "but", "as", "via", "over", "ahead", "exclusively", "previously", "following", "of",
    "with", "it", "he", "she", "they", "we", "i", "the", "a", "an", "its", "his", "her", "their", "early", "late",
    "back", "today", "yesterday", "tonight", "to", "from", "by", "through", "since", "until", "per", "there",
    "which", "who", "where", "first", "also", "only", "said", "reported", "reports", "wrote", "claimed", "noted",
    "had", "has", "was", "is", "shows", "show", "showed", "revealed", "released", "published", "ranked", "put",
    "indicates", "indicated", "suggests", "suggested", "confirmed", "estimates", "estimated", "stated", "added",
    "account", "accounts", "page", "channel", "feed", "handle",
}) | frozenset(_WHAT)
_NEXT_WORD = re.compile(r"\s+([a-z][\w-]*)")


# What an outlet is, said after its name ("told Gentry magazine", "according to Hanul tracker").
_KIND_AFTER = frozenset({"magazine", "newspaper", "daily", "weekly", "tabloid", "portal", "website", "outlet",
                         "tracker"})


def _modifier(body: str, match: re.Match[str]) -> bool:
    if match.group("name").endswith(("’s", "'s")):
        return False  # "MBC’s late-night show": the outlet owns what follows
    nxt = _NEXT_WORD.match(body, match.end("name"))
    return nxt is not None and nxt.group(1) not in _FOLLOWERS and nxt.group(1) not in _KIND_AFTER


def _personal(body: str, name: str, slot: str) -> bool:
    """Whether a name in a citing slot is a person's (a title inside it, a surname the body gives
    after a first name) or an acronym or abbreviation no list knows (``told UN``, ``U.S.``)."""
    if lexicon.looks_like_outlet(name) or lexicon.looks_like_data(name):
        return False
    words = name.split()
    if any(w.casefold() in lexicon.TITLES for w in words) or "." in words[-1]:
        return True
    if len(words) > 1:
        return False
    if slot == "told" and name.isupper() and len(name) <= 3:
        return True
    if re.search(rf"\b{re.escape(name)}\s+[A-Z][a-z]+-[a-z]+\b", body):
        return True  # "Seo" after "Seo Ha-rin": a surname-first name, shortened
    for found in re.finditer(rf"\b([A-Z][\w-]+)\s+{re.escape(name)}\b", body):
        if found.group(1).casefold() not in _LEAD_STOP and not lexicon.looks_like_outlet(found.group(0)):
            return True
    return False


def _kind(body: str, match: re.Match[str], slot: str, name: str, floor: int, start: int, end: int) -> str | None:
    """The citation's kind, or None when the name in the slot is not a source."""
    if lexicon.is_award(name) or _NOT_OUTLET.match(name):
        return None
    _owner, _, owned = name.replace("’", "'").partition("'s ")
    if owned and lexicon.is_platform(owned):
        return None  # "according to Rell's LinkedIn page": someone's account, not an outlet
    if slot != "site" and _OWNED_SITE.match(body, start + len(name)):
        return None  # "as per Streamly's official Backlot blog": the site is cited, not its owner
    if slot in _OWN_KIND_SLOTS:
        return _wording_kind(body, slot, name)
    if slot in ("judged", "critic", "channel"):
        return _judged_kind(body, match, slot, name)
    if slot == "described" and _inside_name(body, match):
        return None  # "The Lantern Daily Review": a descriptor word inside a longer name
    if slot in ("told", "interview") and _FIRST_PERSON.search(body, max(floor, match.start() - 30), match.start()):
        return None  # "We spoke to Mina": the publisher's own interview, of a person
    described = _described(body, (start, start + len(name)), floor, slot, match)
    if described is None and not _acceptable(name, slot, match):
        return None
    if slot in ("described", "described_after"):
        return _described_alone(body, match, described)
    if slot not in ("verb", "press_release", "possessive", "citing", "site") and _modifier(body, match):
        return None
    if described is None and slot in ("told", "per", "interview", "name") and _personal(body, name, slot):
        return None
    if slot == "verb" and not _REPORT_VERB.fullmatch(match.group("verb")) and _speaks_for_itself(name):
        return None  # "Harbor TV said that ...": a broadcaster's own word is a statement
    if slot == "per" and body[match.start()] == "P" and not re.search(r"(?:^|[.!?]\s+|\n)$", body[:match.start()]):
        return None  # "Frames Per Second": a capitalised "Per" inside a name
    if slot in ("name", "per", "via") and _DATA_AFTER.match(body, start + len(name)):
        return "data"  # "according to Streamly's own figures", "per Streamly data"
    by_name = _kind_by_name(name)
    if slot == "what":
        what = match.group("what").casefold()
        if what in _COUNTS and described != "data" and lexicon.looks_like_outlet(name) and by_name != "data":
            return "report"  # "according to a tally by the Harbor Times": a newspaper's count is its report
        return by_name if by_name in ("data", "social") else described if described == "data" else _WHAT[what]
    if slot == "told":
        return "report" if _SOURCE_TOLD.search(body[max(floor, match.start() - 60):match.start()]) else "interview"
    if slot == "broadcast":
        if _NAMED_SHOW.match(body, start + len(name)):
            return None  # "on MBC's talk show Moonlight Table": the show is cited, the network its alias
        return "broadcast" if described == "broadcast" or lexicon.is_broadcaster(name) else None
    if slot in ("interview", "press_release", "data", "social"):
        return slot
    if slot == "site" and lexicon.is_platform(name):
        return None  # "according to Kim's Instagram page": a person's account, not a site cited
    if slot in ("other_desc", "site"):
        return "data" if by_name == "data" or _RATINGS.search(body, floor, end) else (
            "other" if slot == "other_desc" else "report")
    if described is not None:
        return described
    if by_name is not None:
        return by_name
    if slot == "possessive" and _WHAT.get(match.group("what").casefold()) == "data":
        return "data"  # "Hanul's figures", "Ranklytic's chart"
    if slot in ("per", "via", "name") and not lexicon.looks_like_outlet(name) and _RATINGS.search(body, floor, end):
        return "data"  # "as per X", "according to X", "via X" about ratings and ranks
    return "report"


# A network's show named after the network ("MBC's late-night talk show Moonlight Table").
_NAMED_SHOW = re.compile(rf"(?:[’']s)?\s+(?:[a-z-]+\s+){{0,2}}?{_SHOW_NOUN},?\s+{_TOK}")
# Slots whose wording alone gives the kind: a provider's chart or index, a name doing what data
# providers do, figures a named organisation released, a platform's own figures, a show.
_OWN_KIND_SLOTS = {"product": "data", "measures": "data", "figures_by": "data", "platform_figures": "data",
                   "show": "broadcast"}
# Data words right after a name in a citing slot ("per Streamly data", "Streamly's own figures").
_DATA_AFTER = re.compile(rf"(?:[’']s)?\s+(?:[A-Z][\w+-]*\s+)?{_DATA_QUALIFIERS}(?:data|figures|numbers|statistics|"
                         rf"ratings|rankings|tallies|tally|metrics)\b")


# Counts a news outlet may make itself: cited from a newspaper they are its report.
_COUNTS = frozenset({"tally", "analysis", "survey", "poll"})
# A first-person subject before "spoke to", "told", "an interview with": the publisher's own interview.
_FIRST_PERSON = re.compile(r"(?<![\w’'-])(?:[Ww]e|I)\s+(?:(?:also|recently|first|then|later|have|had)\s+)?$")
_CAMEL_BRAND = re.compile(r"[A-Z][a-z]+[A-Z][A-Za-z]+")


def _inside_name(body: str, match: re.Match[str]) -> bool:
    """Whether a capitalised descriptor word (``Daily``) found before a name continues a
    capitalised name before it (``The Lantern Daily Review``): the whole run is the name."""
    return body[match.start()].isupper() and re.search(r"(?<![.!?])\b[A-Z][\w’'-]*\s+$",
                                                        body[max(0, match.start() - 40):match.start()]) is not None


def _judged_kind(body: str, match: re.Match[str], slot: str, name: str) -> str | None:
    """The kind of an outlet cited for its judgement or by a critic (``report``) or a social
    account named by its platform (``social``), or None when the name cannot be one: a person, a
    company, a platform or broadcaster speaking for itself; a judging name must look like a news
    outlet (``The Lantern Gazette called ...``); a channel run by someone is where they work."""
    if lexicon.is_platform(name) or _company(name) or lexicon.is_award(name) or _NOT_OUTLET.match(name):
        return None
    if slot == "channel":
        return "social" if _channel_cited(body, match) else None
    if slot == "judged":
        reviewed = _REVIEWS_AROUND.search(body, max(0, match.start() - 300), match.start()) is not None and \
            _unknown_outlet(body, name, classify(name))  # "the reviews have been rapturous. Reel Asia called it"
        return "report" if (lexicon.looks_like_outlet(name) or reviewed) and not _speaks_for_itself(name) else None
    if (classify(name) == "person" and not lexicon.looks_like_outlet(name)) or _surname(name):
        return None
    return "report"


# Before a social account: where something came from ("surfaced on", "a clip from", "according to").
_FROM_CHANNEL = re.compile(r"(?<![\w’'-])(?:on|from|by|via|in|[Aa]ccording to)\s+(?:(?:the|a|an)\s+)?"
                           r"(?:[a-z-]+\s+){0,2}$")
# After a social account: what it did with the information ("... claimed", "... posted").
_CHANNEL_VERB = re.compile(r"[”\"]?\s+(?:(?:first|also|had|has|have|recently|later)\s+){0,2}(?:claimed|claims|"
                           r"reported|reports|alleged|alleges|said|says|posted|posts|shared|shares|uploaded|uploads|"
                           r"released|published|revealed|reveals|aired|leaked|broke|suggested|speculated)\b")


def _channel_cited(body: str, match: re.Match[str]) -> bool:
    """Whether a social account named by its platform (``YouTube channel X``, ``the X TikTok
    account``) is cited: something came from it (``surfaced on``, ``a clip from``) or it said or
    posted something; not someone's own channel (``his YouTube channel``) nor one someone runs."""
    before = body[max(0, match.start() - 40):match.start()]
    if re.search(r"\b(?:his|her|their|its|my|our|own|runs|ran|run|hosts|hosted|created|started|launched|owns|"
                 r"owned|founded)\s+(?:official\s+)?$", before):
        return False
    return _FROM_CHANNEL.search(before) is not None or _CHANNEL_VERB.match(body, match.end()) is not None


def _wording_kind(body: str, slot: str, name: str) -> str | None:
    """The kind of a name found by a wording that says what it is, or None when the name cannot
    be that: a person's figures or chart (``figures Mina Cole released``), a platform's chart or
    a place's (``topped Wavve's weekly chart``, ``South Korea's box office chart``: only a name
    that reads as a data provider or an outlet has its chart cited), the own figures of a name
    that is neither a platform nor a data provider."""
    if slot != "show" and (classify(name) == "person" or _surname(name) or any(
            w.casefold() in lexicon.TITLES for w in name.split())):
        return None
    if slot == "product" and (lexicon.is_platform(name) or not (
            lexicon.looks_like_data(name) or lexicon.looks_like_outlet(name) or _CAMEL_BRAND.fullmatch(name))):
        return None
    if slot == "platform_figures" and not (lexicon.is_platform(name) or lexicon.looks_like_data(name)):
        return None
    return _OWN_KIND_SLOTS[slot]


def _speaks_for_itself(name: str) -> bool:
    """Whether ``name`` is a broadcaster or platform, whose own words (``said``, ``announced``)
    are statements rather than citations; a name with a news word beside its broadcast word
    (``Harbor TV News``, ``TV Daily``) is a news outlet and still cited."""
    if lexicon.norm_name(name) in lexicon.BROADCASTERS or lexicon.is_platform(name):
        return True
    words = set(re.findall(r"[\w+!]+", name.casefold()))
    return lexicon.is_broadcaster(name) and not words & (lexicon.OUTLET_WORDS - lexicon.BROADCAST_WORDS)


# Verbs after which an outlet named by its descriptor is cited (beyond the citing verbs of the
# ``verb`` slot): it judged, named or ranked something.
_JUDGES = re.compile(r"(?:,[^,“”\"]{1,60},)?\s+(?:(?:has|had|have|also|first|recently|later|then|previously|once)\s+)?"
                     r"(?:called|calls|described|describes|dubbed|dubs|named|names|rated|rates|ranked|ranks|listed|"
                     r"lists|praised|praises|hailed|hails|labeled|labelled|labels|gave|gives|quoted|quotes|slammed|"
                     r"criticized|criticised|reviewed|estimated|estimates|put|reported|reports|broke|breaks|"
                     r"scooped|claimed|claims|revealed|reveals|wrote|writes)\b")


# A descriptor phrase after one of these words says where someone works, not what is cited.
_AFFILIATION = re.compile(r"(?<![\w’'-])(?:at|with|for|joined|joining|founded|leads|led|runs|ran)\s+(?:(?:the|a|an|"
                          r"tech|global|US|U\.S\.|market|[A-Z][a-z]+)\s+){0,3}(?:[\w’'-]+\s+){0,2}$")


def _described_alone(body: str, match: re.Match[str], described: str | None) -> str | None:
    """The kind of an outlet found by its descriptor alone: a data provider wherever it stands
    (``on review aggregator X``); a news outlet only as the subject of a verb of judging
    (``Korean outlet X called ...``); a broadcaster or network never (``aired on network X``)."""
    if _AFFILIATION.search(body, max(0, match.start() - 60), match.start()):
        return None  # "a research director at market research firm X": where someone works
    if described == "data":
        return "data"
    if described == "report" and _JUDGES.match(body, match.end("name")):
        return "report"
    return None


# Content that makes an unknown name in an ``according to`` slot a data provider.
_RATINGS = re.compile(r"\b(?:ratings?|viewership|ranked|rankings?|charts?|top 10|views|hours viewed|viewers|"
                      r"audience share|box office|admissions|placed|topped|most[- ]watched|most[- ]streamed|"
                      r"streaming hours|No\. \d+)\b|#\d", re.IGNORECASE)
_REPORT_VERB = re.compile(r"reported|reports|report|reporting|broke the news|article|story|exclusive|coverage")


def _described(body: str, span: tuple[int, int], floor: int, slot: str, match: re.Match[str]) -> str | None:
    """The kind a descriptor right before the name (or set beside it: ``X, a ratings tracker,``)
    gives it (``ratings tracker X`` → data, ``tabloid X`` → report, ``broadcaster X`` →
    broadcast), or None without one. After a verb other than ``reported``, a broadcaster or
    network speaks for itself: no descriptor counts."""
    start = span[0]
    before = _DESC_BEFORE.search(body, max(floor, start - 80), start)
    after = _DESC_AFTER.match(body, span[1]) if before is None else None
    leading = body[start:].split(maxsplit=1)[0].casefold() if start < len(body) else ""
    nxt = _NEXT_WORD.match(body, span[1])
    noun = _compound(before.group().casefold()) if before else (
        after.group("noun") if after else leading if leading in _LEADING_DESC else
        nxt.group(1) if nxt is not None and nxt.group(1) in _KIND_AFTER else None)
    if noun is None:
        return None
    if noun in _DATA_DESC:
        return "data"
    if noun in _BROADCAST_DESC:
        if slot == "verb" and not _REPORT_VERB.fullmatch(match.group("verb")):
            return None
        return "broadcast"
    return "report"


def _compound(phrase: str) -> str:
    """The longest descriptor a descriptor phrase ends with (``aggregator site``, not ``site``)."""
    words = phrase.split()
    for i in range(len(words)):
        if " ".join(words[i:]) in _ALL_DESC:
            return " ".join(words[i:])
    return words[-1]


def _kind_by_name(name: str) -> str | None:
    key = lexicon.norm_name(name)
    if lexicon.looks_like_data(name) and not lexicon.is_known_outlet(name):
        return "data"
    if key in lexicon.SOCIAL_PLATFORMS:
        return "social"
    if key in lexicon.STREAMING_PLATFORMS:
        return "other"
    if key in lexicon.BROADCASTERS:
        return "broadcast"
    return None


def _acceptable(name: str, slot: str, match: re.Match[str]) -> bool:
    """Whether a name in ``slot`` can be an outlet: never a person; after verbs (``X said``)
    only an outlet-looking name, since people and companies speak too -- except ``X reported``,
    which only outlets say of a name that is neither a person nor a company."""
    outletish = lexicon.looks_like_outlet(name) or lexicon.looks_like_data(name)
    if any(w.casefold() in lexicon.TITLES for w in name.split()[:-1]):
        return False  # "Economy Minister Ana Voss said": a titled person, whatever the words
    kind = classify(name)
    # "X reported", "X's report": only outlets report, when X is neither a person nor a company.
    reports = (slot == "verb" and _RELAXED_VERB.fullmatch(match.group("verb")) and (
        _REPORTED_CLAUSE.match(match.string, match.end("verb")) or _FIRST_TO_REPORT.search(match.group(0)))) or \
        slot in ("possessive", "citing")
    if reports:
        # "Sina Entertainment reported that": an outlet, though the name reads like an agency's
        entertainment = slot == "verb" and name.casefold().split()[-1] == "entertainment" and kind != "person" and \
            not _AGENCY_BEFORE.search(match.string, max(0, match.start() - 30), match.start())
        return not lexicon.is_platform(name) and (outletish or entertainment or
                                                  _unknown_outlet(match.string, name, kind))
    if slot == "verb" and _REPORT_VERB.fullmatch(match.group("verb")):
        return outletish and not lexicon.is_platform(name)
    if slot == "verb" and not outletish and _REVIEWS_AROUND.search(match.string, max(0, match.start() - 300),
                                                                     match.start()):
        # a round-up of reviews: "Cine9 noted that ...", a name that is no one's is a publication
        return match.group("verb") in ("noted", "wrote", "argued", "argues", "said") and not lexicon.is_platform(
            name) and _unknown_outlet(match.string, name, kind)
    if slot in ("verb", "possessive", "report_from"):
        # "a live report from Dunmore": after "from"/"in" only an outlet-looking name counts, or a
        # "The" name of a word or two that is no company ("a report from The Cutline").
        if slot == "report_from" and _THE_NAME.fullmatch(name) and not _company(name) and \
                name.casefold() not in _THE_PLACES and "live" not in match.group(0).casefold():
            return not lexicon.is_platform(name)
        return outletish and not lexicon.is_platform(name)
    if slot == "via":
        # "(via Starcast)", "..., via Starcast.": a credit line names an outlet whatever its words.
        credit = match.string[match.start() - 1:match.start()] == "(" or _CREDIT_END.match(
            match.string, match.end("name"))
        return outletish or lexicon.norm_name(name) in lexicon.SOCIAL_PLATFORMS or (
            bool(credit) and kind != "person" and not lexicon.is_platform(name))
    if slot in ("told", "per"):
        return outletish or (kind != "person" and not _surname(name))
    return outletish or kind != "person" or slot in ("interview", "what", "report_slot")


# "X reported that ...", "X reported Tuesday that", "..., X reported.": the report's content,
# not an object ("X reported a loss", "Users have reported problems").
_RELAXED_VERB = re.compile(r"reported|reports")
# "X first reported the renewal": a scoop, whatever its object.
_FIRST_TO_REPORT = re.compile(r"\b(?:first|initially|originally|exclusively)\s+reported$")
_REPORTED_CLAUSE = re.compile(r"(?:\s+(?:on|in|last|this|earlier|late|early|exclusively|first|[A-Z0-9][\w’']*,?))"
                              r"{0,4}(?:\s+that\b|\s*[.,;:!?)]|\s*$)")


def _unknown_outlet(body: str, name: str, kind: str) -> bool:
    """Whether a name no word marks as an outlet may be one: not a person (not even a surname the
    body gives after a first name), a company, an institution, or a group (``Users``)."""
    if kind == "person" or _surname(name) or _company(name) or name.casefold() in lexicon.GROUP_HEADS | _PLURALS:
        return False
    return not (len(name.split()) == 1 and _personal(body, name, "verb"))


_OWNED_PRODUCT = re.compile(r"(?P<owner>[A-Z][\w.&+-]*(?: [A-Z][\w.&+-]*){0,2})[’']s [A-Z][\w+-]*$")
_AGENCY_BEFORE = re.compile(r"\b(?:agency|label|management|company|studio)\s+$", re.IGNORECASE)
_REVIEWS_AROUND = re.compile(r"\b(?:reviews?|reviewers?|critics?|critical)\b", re.IGNORECASE)
_THE_NAME = re.compile(r"The [A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?")
# Places and institutions named with "The", reported from rather than reporting.
_THE_PLACES = frozenset({"the hague", "the bronx", "the netherlands", "the philippines", "the gambia", "the bahamas",
                         "the vatican", "the kremlin", "the pentagon", "the white house", "the capitol",
                         "the hamptons", "the alps", "the strand", "the west bank", "the blue house"})
_PLURALS = frozenset({"others", "many", "some", "several", "users", "people", "customers", "patients", "participants",
                      "respondents", "fans", "viewers", "teams", "companies", "firms"})
_CREDIT_END = re.compile(r"\s*(?:\)|[.!?]?\s*$)")
_COMPANY_WORDS = frozenset({"entertainment", "studios", "studio", "pictures", "productions", "production", "records",
                            "label", "labels", "films", "film", "company", "agency", "inc", "inc.", "corp", "corp.",
                            "ltd", "ltd.", "c&c", "e&m", "enm", "works", "contents", "content", "management",
                            "organization", "organisation", "programme", "program", "bank", "depot", "police",
                            "services"}) | (_ORG_WORDS - {"media", "network", "broadcasting", "korea", "music"})


def _company(name: str) -> bool:
    """Whether ``name`` carries a company word (``Vela Studios``, ``Apex Entertainment``): a
    company reporting on itself speaks, it is not cited."""
    return any(word in _COMPANY_WORDS for word in name.casefold().split())


def _surname(name: str) -> bool:
    words = name.casefold().split()
    return len(words) == 1 and words[0] in lexicon.KOREAN_SURNAMES
