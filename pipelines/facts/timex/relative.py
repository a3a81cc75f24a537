"""Relative expressions: ``this/next/last`` year, month, week, weekend and season, ``today`` and
its kin, weekdays, ``N days ago``, ``year-end``, ``the same day`` and ``on the 17th``, resolved
against the publication date and the dates named before them."""

from __future__ import annotations

import datetime as dt

from pipelines.facts.timex import periods as T
from pipelines.facts.timex.lexicon import NUMBER_WORDS, WEEKDAYS
from pipelines.facts.timex.recognizer import Mention
from pipelines.facts.timex.yearless import Scene, Unresolvable, by_tense

_STEP = {
    "this": 0,
    "next": 1,
    "coming": 1,
    "upcoming": 1,
    "following": 1,
    "last": -1,
    "previous": -1,
    "past": -1,
    "that": 0,
    "the": 0,
}
_SEASON_INDEX = {"SP": 0, "SU": 1, "FA": 2, "WI": 3}
_DAYS = {
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "yesterday": -1,
    "last night": -1,
    "tomorrow": 1,
}
_AFTER_ANCHOR = {"same": 0, "next": 1, "following": 1, "previous": -1, "before": -1, "after": 1}

Found = tuple[T.Period, bool]


def resolve_relative(m: Mention, scene: Scene) -> Found | None:
    """The period of a relative mention (kinds ``unit``, ``yearend``, ``ago``, ``relday``, ``weekday``, ``nth``)."""
    handler = {"unit": _unit, "yearend": _yearend, "ago": _ago, "inunits": _in_units, "relday": _relday,
               "weekday": _weekday, "nth": _nth}[m.kind]
    return handler(m, scene)


def _in_units(m: Mention, scene: Scene) -> Found | None:
    """``in two weeks``: that far ahead of publication; under a past verb it is a duration
    (``shot the pilot in two weeks``), which names no calendar time."""
    if scene.tense == "past":
        return None
    return _ago(Mention(m.kind, m.start, m.end, {**m.groups, "dir": "from now"}), scene)


def _rel_word(m: Mention) -> str:
    words = (m.groups.get("rel") or "").lower().split()
    return words[-1] if words else ""


def _unit(m: Mention, scene: Scene) -> Found:
    rel, unit, pub = _rel_word(m), m.groups["unit"], scene.pub()
    step = _STEP[rel]
    if unit == "year":
        base = scene.last_year if rel in ("that", "following", "previous") and scene.last_year else None
        if rel == "the" and scene.anchor_year:
            base = scene.anchor_year
        return T.year((base or pub.year) + (0 if rel == "that" else step)), True
    if rel in ("that", "following", "previous") and scene.last_day:
        pub = scene.last_day  # ``the following week``: after the day just named, not after publication
    if unit == "month":
        return T.month(*T.shift_month(pub, step)), True
    if unit == "quarter":
        index = pub.year * 4 + (pub.month - 1) // 3 + step
        return T.quarter(index // 4, index % 4 + 1), True
    if unit == "weekend":
        return _weekend(rel, scene), True
    return T.week(pub + dt.timedelta(weeks=step)), True


def _weekend(rel: str, scene: Scene) -> T.Period:
    pub = scene.pub()
    saturday = pub + dt.timedelta(days=5 - pub.weekday())
    if rel in ("last", "past", "previous") or (rel == "the" and scene.tense == "past" and pub.weekday() < 5):
        saturday -= dt.timedelta(weeks=1)
    elif rel in ("next", "following"):
        saturday += dt.timedelta(weeks=1)
    elif rel == "the" and scene.tense == "present" and pub.weekday() < 3:
        saturday -= dt.timedelta(weeks=1)
    return T.week(saturday, weekend=True)


def _yearend(m: Mention, scene: Scene) -> Found:
    return T.with_mod(T.year(scene.anchor_year or scene.pub().year), "END"), True


def _ago(m: Mention, scene: Scene) -> Found | None:
    word = m.groups["n"].lower()
    count = int(word) if word.isdigit() else NUMBER_WORDS.get(word.split()[-1], 0)
    if not count:
        return None  # ``several weeks ago`` names no calendar time
    direction = m.groups["dir"].lower()
    sign = 1 if direction.startswith("from") or direction in ("later", "after") else -1
    unit = m.groups["unit"]
    pub = _anchor_for(unit, scene) if direction in ("earlier", "later", "before", "after") else scene.pub()
    if unit == "day":
        return T.day(pub + dt.timedelta(days=sign * count)), True
    if unit == "week":
        return T.week(pub + dt.timedelta(weeks=sign * count)), True
    if unit == "month":
        return T.month(*T.shift_month(pub, sign * count)), True
    return T.year(pub.year + sign * count), True


def _anchor_for(unit: str, scene: Scene) -> dt.date:
    """The date ``a year earlier`` counts from: the last date the text named, else publication."""
    if unit == "year" and scene.last_year:
        return dt.date(scene.last_year, 6, 30)
    return scene.last_day or scene.pub()


def _relday(m: Mention, scene: Scene) -> Found:
    phrase = " ".join(m.groups["rd"].lower().split())
    if phrase in _DAYS:
        return T.day(scene.pub() + dt.timedelta(days=_DAYS[phrase])), True
    words = phrase.split()
    shift = _AFTER_ANCHOR.get(words[1] if words[1] in _AFTER_ANCHOR else words[-1], 0) if words[1] != "that" else 0
    anchor = scene.last_day or scene.pub()
    return T.day(anchor + dt.timedelta(days=shift)), True


def _weekday(m: Mention, scene: Scene) -> Found:
    pub, target, rel = scene.pub(), WEEKDAYS[m.groups["wd"].lower()], _rel_word(m)
    back = (pub.weekday() - target) % 7
    ahead = (target - pub.weekday()) % 7
    if rel in ("last", "past"):
        delta = -(back or 7)
    elif rel in ("next", "coming", "upcoming"):
        delta = ahead or 7
    elif rel == "this" or back == 0:
        delta = ahead if rel == "this" else 0
    elif scene.tense == "future":
        delta = ahead
    elif scene.tense == "past":
        delta = -back
    else:
        delta = -back if back <= ahead else ahead
    return T.day(pub + dt.timedelta(days=delta)), True


def _nth(m: Mention, scene: Scene) -> Found:
    dom, pub = int(m.groups["dom"]), scene.pub()
    if m.groups.get("nrel"):
        year, mon = T.shift_month(pub, _STEP[m.groups["nrel"]])
    elif scene.last_month:
        year, mon = scene.last_month
    else:
        year, mon = pub.year, pub.month
        if scene.tense == "past" and dom > pub.day:
            year, mon = T.shift_month(pub, -1)
        elif scene.tense == "future" and dom < pub.day:
            year, mon = T.shift_month(pub, 1)
    date = T.safe_date(year, mon, dom) or T.safe_date(pub.year, pub.month, dom)
    if date is None:
        raise Unresolvable
    return T.day(date), False


def season_year(code: str, rel: str, scene: Scene) -> int:
    """The year of a season named with ``rel`` (``this``, ``next``, ``last``, ``the``, ``that`` or nothing)."""
    pub = scene.pub()
    if rel == "that" and scene.last_year:
        return scene.last_year
    if rel == "this":
        return pub.year - 1 if code == "WI" and pub.month <= 2 else pub.year
    current_year, current_code = T.season_of(pub)
    here = current_year * 4 + _SEASON_INDEX[current_code]
    offsets = [(y, y * 4 + _SEASON_INDEX[code] - here) for y in (pub.year - 2, pub.year - 1, pub.year, pub.year + 1)]
    if rel in ("next", "coming", "following"):
        return min((c for c in offsets if c[1] > 0), key=lambda c: c[1])[0]
    if rel in ("last", "past", "previous"):
        return max((c for c in offsets if c[1] < 0), key=lambda c: c[1])[0]
    return by_tense(offsets, scene.tense)
