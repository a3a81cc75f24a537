"""Words of English calendar language: month, weekday, season, ordinal and modifier tables, and
the regex fragments the recognizer builds its patterns from."""

from __future__ import annotations

MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
# Month names that are also common words or given names: alone they need a cue word before them.
AMBIGUOUS_MONTHS = frozenset({"may", "march", "june", "april", "august"})

WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}

SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
# First month of each season (northern, meteorological); winter runs into the next year.
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
    "final": 4,
    "last": 4,
    "latter": 2,
    "back": 2,
    "front": 1,
}

NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "several": 0,
    "few": 0,
}

# Words before a date that change its value: they become part of the fact's text.
PREFIX_MODS = {
    "by": "ON_OR_BEFORE",
    "no later than": "ON_OR_BEFORE",
    "before": "BEFORE",
    "after": "AFTER",
    "around": "APPROX",
    "circa": "APPROX",
    "approximately": "APPROX",
    "roughly": "APPROX",
    "about": "APPROX",
}
PART_MODS = {
    "early": "START",
    "the start of": "START",
    "the beginning of": "START",
    "mid": "MID",
    "mid-": "MID",
    "the middle of": "MID",
    "late": "END",
    "the end of": "END",
    "the close of": "END",
    "later": None,
    "earlier": None,
}

# Regex fragments (no capturing groups; patterns wrap them in named groups).
MONTH_FULL = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
MONTH_ANY = rf"(?:{MONTH_FULL}|{MONTH_ABBR})"
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d%]|:\d)"
YEAR = r"(?:1[89]\d\d|20\d\d)(?![\d%]|,\d|\.\d)"
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
SEASON = r"(?:[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn|[Ww]inter)"
REL = r"(?i:this|next|last|that|the\s+following|the\s+previous|this\s+past|this\s+coming)"
ORDINAL = r"(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)"
