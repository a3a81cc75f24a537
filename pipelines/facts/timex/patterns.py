"""The compiled patterns of calendar expressions, one per kind, and the prefix patterns that
extend a core expression leftwards (``early``, ``the end of``, ``the second half of``, ``by``).

Each pattern names its parts with groups that ``normalize`` reads. Patterns are compiled once.
"""

from __future__ import annotations

import re

from pipelines.facts.timex.lexicon import DAY, MONTH_ANY, MONTH_FULL, ORDINAL, REL, SEASON, WEEKDAY, YEAR

_WS = r"(?:[^\S\n]|\n(?![^\S\n]*\n))"


def _compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Compile ``pattern`` with ``\\s`` narrowed to white space short of a blank line: no date spans paragraphs."""
    return re.compile(pattern.replace(r"\s", _WS), flags)


_Y4 = r"(?:1[89]\d\d|20\d\d)"
_NUM = r"(?i:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few)"
_M = rf"(?P<mon>{MONTH_ANY})(?![a-z])"
_RANGE = r"\s*(?:-|–|—|to|through|and|until)\s*"
_REL_YEAR = r"\s+(?:of\s+)?(?P<ry>last|next|this)\s+year\b"

PATTERNS: dict[str, re.Pattern[str]] = {
    "iso": _compile(
        rf"\b(?P<y>{_Y4})(?P<sep>[-./])(?P<m>1[0-2]|0?[1-9])(?P=sep)(?P<d>3[01]|[12]\d|0?[1-9])\b"
        r"(?![-./]\d)"
    ),
    "numeric": _compile(
        r"(?<![\d/.])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d\d|(?<=/)\d\d)(?![\d/]|\.\d)"
    ),
    "mdy": _compile(
        rf"(?:\b(?P<wd>{WEEKDAY}),?\s+)?\b{_M}\s*(?P<d>{DAY})\b"
        rf"(?:{_RANGE}(?P<d2>{DAY})\b(?!\s*{MONTH_ANY}))?"
        rf"(?:(?:,\s*|\s+)(?P<y>{YEAR})|{_REL_YEAR})?"
    ),
    "dmy": _compile(
        rf"(?:\b(?P<wd>{WEEKDAY}),?\s+)?(?:\b[Tt]he\s+)?\b(?P<d>{DAY})\b"
        rf"(?:{_RANGE}(?P<d2>{DAY})\b)?\s+(?:of\s+)?{_M}(?:,?\s+(?P<y>{YEAR}))?"
    ),
    "my": _compile(rf"\b{_M},?\s+(?:of\s+)?(?P<y>{YEAR})"),
    "month": _compile(rf"(?:\b(?P<rel>{REL})\s+)?\b(?P<mon>{MONTH_FULL}|Sept\.)(?![a-z])(?:{_REL_YEAR})?"),
    "year": _compile(rf"(?<![\d$€£#¥₩])(?<!\d[,.])(?:\b[Tt]he\s+year\s+)?\b(?P<y>{YEAR})\b"),
    "decade": _compile(
        r"\b[Tt]he\s+(?:(?P<dpart>early|mid|late)(?:\s|-)+)?(?:(?P<dec>(?:1[89]|20)\d0)|[‘'’](?P<dd>\d0))s\b"
    ),
    "season": _compile(
        rf"(?:\b(?P<rel>{REL}|[Tt]he)\s+)?\b(?P<s>{SEASON})\b"
        rf"(?:\s+(?:of\s+)?(?P<y>{YEAR})|{_REL_YEAR})?"
    ),
    "quarter": _compile(
        rf"\b(?:(?P<q>Q[1-4])(?:\s+(?:of\s+)?(?P<y>{YEAR})|\s+[‘'’](?P<yy>\d\d))?"
        rf"|(?P<y2>{_Y4})\s+(?P<q2>Q[1-4])|(?P<h>H[12])\s+(?P<hy>{YEAR})"
        rf"|(?P<y3>{_Y4})[’']s\s+(?P<qo2>{ORDINAL})\s+quarter"
        r"|(?:[Tt]he\s+)?(?P<qo>(?i:first|second|third|fourth))(?:\s+quarter(?!\s+of\b)|[-‐]quarter)"
        r"|[Tt]he\s+(?P<hb>first|second)\s+half(?!\s+of\b))\b"
    ),
    "unit": _compile(
        rf"\b(?P<rel>{REL}|[Tt]he)\s+(?P<unit>year|month|week|weekend|quarter)\b(?![-‐]|\s+(?:old|of)\b)"
    ),
    "yearend": _compile(r"\b(?:year(?:-|\s)end|year[’']s\s+end|end(?:-|\s)of(?:-|\s)year)\b"),
    "ago": _compile(
        rf"(?<![-‐])\b(?P<n>{_NUM})\s+(?P<unit>day|week|month|year)s?\s+(?P<dir>ago|from\s+(?:now|today)|earlier|later)\b"
    ),
    # "arrives in two weeks": that many units from publication (a duration under a past verb is none).
    "inunits": _compile(
        rf"(?<![-‐])\b[Ii]n\s+(?P<n>{_NUM})\s+(?P<unit>day|week|month)s?\b"
        r"(?!\s+(?:of|ago|time|straight|running|old|or)\b|[-‐])"
    ),
    "relday": _compile(
        r"\b(?P<rd>(?i:today|yesterday|tomorrow|tonight|this\s+(?:morning|afternoon|evening)"
        r"|last\s+night|the\s+(?:same|next|following|previous)\s+(?:day|night|morning|evening)"
        r"|the\s+(?:day|night)\s+(?:before|after)|that\s+same\s+(?:day|night)|(?:later|earlier)\s+that\s+(?:day|night|morning|afternoon|evening)))\b"
    ),
    "weekday": _compile(
        rf"(?:\b(?P<rel>(?i:last|next|this|this\s+past|this\s+coming|this\s+upcoming|coming|upcoming|past))\s+)?"
        rf"\b(?P<wd>{WEEKDAY})\b(?!-)"
    ),
    "holiday": _compile(
        r"(?:\b(?P<rel>(?i:this|last|next))\s+)?\b(?P<hol>Christmas(?:\s+(?:Day|Eve))?|New\s+Year[’']s(?:\s+(?:Day|Eve))?|Valentine[’']s\s+Day|Halloween)"
        rf"(?:,?\s+(?P<y>{YEAR}))?"
    ),
    "nth": _compile(
        r"\b[Tt]he\s+(?P<dom>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)\b(?:\s+of\s+(?P<nrel>this|last|next)\s+month\b)?"
    ),
}

# Longest expressions first where two kinds start at the same offset.
PRIORITY = {kind: i for i, kind in enumerate(PATTERNS)}

PART = _compile(
    r"(?:\b(?P<part>(?:[Ee]arly|[Ll]ate|[Ll]ater|[Ee]arlier)(?:\s+in)?|(?:[Tt]he\s+)?(?:start|beginning|middle|end|close)\s+of"
    r"|(?:[Tt]he\s+)?mid|[Mm]id)\s+|\b(?P<mid>[Mm]id)\s*[-–]\s*"
    rf"|\b[Tt]he\s+(?P<qo>{ORDINAL})\s+quarter\s+of\s+|\b[Tt]he\s+(?P<ho>first|second|latter|back|front)\s+half\s+of\s+"
    r"|\b[Tt]he\s+(?P<wo>first|second|third|fourth|last|final)\s+week\s+of\s+)$"
)
PREFIX_MOD = _compile(
    r"\b(?P<pm>[Bb]y|[Bb]efore|[Aa]fter|[Aa]round|[Cc]irca|[Aa]pproximately|[Rr]oughly"
    r"|[Nn]o\s+later\s+than|(?<=in\s)about|(?<=from\s)about)\s+$"
)

# Kinds a part prefix (``early``, ``the end of``) may attach to, and those a quarter/half prefix may.
PART_KINDS = frozenset({"year", "my", "month", "season", "unit", "decade", "quarter"})
YEAR_KINDS = frozenset({"year", "unit"})

# A year followed by one of these is a count or a sum, not a calendar year.
COUNT_WORDS = _compile(
    r"\s*(?:people|persons|fans|viewers|votes|members|copies|units|dollars|won|yen|yuan|euros|times|views|"
    r"likes|followers|subscribers|tickets|households|words|pages|meters|metres|km|miles|kg|points|students|"
    r"employees|staff|participants|cases|hours|minutes|seconds|days|weeks|months|years|episodes|seats|"
    r"spectators|attendees|entries|songs|films|titles|applicants|respondents|won\b)\b",
    re.I,
)
NOT_YEAR_BEFORE = _compile(
    r"(?:\b(?:No|no|number|Number|episode|Episode|Ep|ep|page|room|Room|Vol|vol|"
    r"Season|season|Part|part|Chapter|chapter|Article|article|Route|route)\.?\s*|#\s*)$"
)
