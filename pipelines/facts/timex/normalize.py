"""Normalising a recognised expression to a TIMEX3 period, resolved against the publication date,
the tense around it and the dates the text named before it (``that May``, ``the same day``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace

from pipelines.facts.timex import periods as T
from pipelines.facts.timex.lexicon import MONTHS, ORDINALS, PART_MODS, PREFIX_MODS, SEASONS, WEEKDAYS
from pipelines.facts.timex.recognizer import Mention
from pipelines.facts.timex.relative import resolve_relative, season_year
from pipelines.facts.timex.yearless import Scene, Unresolvable, pick_month_year, pick_year


@dataclass(frozen=True, slots=True)
class Resolved:
    """A mention's period and whether its year was written (or said relatively) in the text."""

    period: T.Period
    explicit: bool


def resolve(m: Mention, scene: Scene) -> Resolved | None:
    """The period ``m`` names, with its modifier, or None when it cannot be placed."""
    handler = _HANDLERS.get(m.kind)
    try:
        found = handler(m, scene) if handler else resolve_relative(m, scene)
    except (Unresolvable, ValueError, KeyError):
        return None
    if found is None:
        return None
    period, explicit = found
    period = _apply_sub(m, period)
    return Resolved(T.with_mod(period, _mod(m)), explicit)


def _mod(m: Mention) -> str | None:
    if m.part:
        return PART_MODS.get(m.part, PART_MODS.get("the " + m.part, PART_MODS.get(m.part.split()[0])))
    if m.groups.get("dpart"):
        return PART_MODS[m.groups["dpart"].lower()]
    return PREFIX_MODS.get(m.prefix_mod or "")


def _apply_sub(m: Mention, period: T.Period) -> T.Period:
    """``the second half of`` / ``the first quarter of`` a year."""
    if not m.sub:
        return period
    number = ORDINALS[m.sub[1:]]
    if m.sub[0] == "W":
        return _week_of_month(period, m.sub[1:])
    value = period.start.year
    return T.quarter(value, number) if m.sub[0] == "Q" else T.half(value, min(number, 2))


def _week_of_month(month: T.Period, ordinal: str) -> T.Period:
    """``the third week of December``: the ISO week holding the middle of that seven-day stretch
    (the 18th for the third), the last one for ``last``/``final``."""
    if ordinal in ("last", "final"):
        return T.week(month.end - dt.timedelta(days=3))
    return T.week(month.start + dt.timedelta(days=7 * ORDINALS[ordinal] - 4))


def _year_of(m: Mention, scene: Scene) -> int | None:
    """The year written beside a month or season: digits or ``last/next/this year``."""
    if m.groups.get("y"):
        return int(m.groups["y"])
    rel = m.groups.get("ry")
    if rel:
        return scene.pub().year + {"last": -1, "next": 1, "this": 0}[rel]
    return None


def _month_number(m: Mention) -> int:
    return MONTHS[m.groups["mon"].lower().rstrip(".")]


def _day_number(text: str) -> int:
    return int(text.rstrip("stndrh"))


def _iso(m: Mention, scene: Scene) -> tuple[T.Period, bool]:
    return T.day(dt.date(int(m.groups["y"]), int(m.groups["m"]), int(m.groups["d"]))), True


def _numeric(m: Mention, scene: Scene) -> tuple[T.Period, bool]:
    a, b, y = int(m.groups["a"]), int(m.groups["b"]), int(m.groups["y"])
    y = y if y > 99 else 2000 + y if y < 70 else 1900 + y
    # Slashes read in US order unless the first number cannot be a month; dots are day first.
    mon, dom = (b, a) if a > 12 or m.groups["sep"] == "." else (a, b)
    return T.day(dt.date(y, mon, dom)), True


def _month_day(m: Mention, scene: Scene) -> tuple[T.Period, bool]:
    mon, dom = _month_number(m), _day_number(m.groups["d"])
    written = _year_of(m, scene)
    if written is not None:
        return T.day(dt.date(written, mon, dom)), True
    weekday = WEEKDAYS.get(m.groups.get("wd", "").lower())
    return T.day(dt.date(pick_year(mon, dom, scene, weekday), mon, dom)), False


def _month_year(m: Mention, scene: Scene) -> tuple[T.Period, bool]:
    return T.month(int(m.groups["y"]), _month_number(m)), True


def _month(m: Mention, scene: Scene) -> tuple[T.Period, bool]:
    mon = _month_number(m)
    written = _year_of(m, scene)
    if written is not None:
        return T.month(written, mon), True
    rel = (m.groups.get("rel") or "").lower().split()
    return T.month(pick_month_year(mon, rel[-1] if rel else "", scene), mon), bool(rel)


def _year(m: Mention, scene: Scene) -> tuple[T.Period, bool]:
    return T.year(int(m.groups["y"])), True


def _decade(m: Mention, scene: Scene) -> tuple[T.Period, bool]:
    if m.groups.get("dec"):
        return T.decade(int(m.groups["dec"])), True
    short = int(m.groups["dd"])
    century = 2000 if short <= scene.pub().year % 100 else 1900
    return T.decade(century + short), True


def _quarter(m: Mention, scene: Scene) -> tuple[T.Period, bool]:
    g = m.groups
    if g.get("h"):
        return T.half(int(g["hy"]), int(g["h"][1])), True
    if g.get("q2"):
        return T.quarter(int(g["y2"]), int(g["q2"][1])), True
    if g.get("y3"):
        return T.quarter(int(g["y3"]), ORDINALS[g["qo2"].lower()]), True
    if g.get("hb"):
        number = ORDINALS[g["hb"]]
        return T.half(pick_month_year(6 * number - 2, "", scene), number), False
    number = int(g["q"][1]) if g.get("q") else ORDINALS[g["qo"].lower()]
    if g.get("y") or g.get("yy"):
        return T.quarter(int(g["y"]) if g.get("y") else 2000 + int(g["yy"]), number), True
    return T.quarter(pick_month_year(3 * number - 1, "", scene), number), False


def _season(m: Mention, scene: Scene) -> tuple[T.Period, bool]:
    code = SEASONS[m.groups["s"].lower()]
    written = _year_of(m, scene)
    if written is not None:
        return T.season(written, code), True
    rel = (m.groups.get("rel") or "").lower().split()
    return T.season(season_year(code, rel[-1] if rel else "", scene), code), bool(rel and rel[-1] != "the")


def _holiday(m: Mention, scene: Scene) -> tuple[T.Period, bool]:
    name = m.groups["hol"].lower()
    mon, dom = _HOLIDAYS[next(k for k in _HOLIDAYS if name.startswith(k) and (k != "christmas" or "eve" not in name))]
    if m.groups.get("y"):
        return T.day(dt.date(int(m.groups["y"]), mon, dom)), True
    rel = (m.groups.get("rel") or "").lower()
    tense = {"last": "past", "next": "future"}.get(rel, scene.tense)
    return T.day(dt.date(pick_year(mon, dom, replace(scene, tense=tense, anchor_year=None)), mon, dom)), bool(rel)


_HOLIDAYS = {"christmas eve": (12, 24), "christmas": (12, 25), "new year's eve": (12, 31), "new year’s eve": (12, 31),
             "new year": (1, 1), "valentine": (2, 14), "halloween": (10, 31)}

_HANDLERS: dict[str, Callable[[Mention, Scene], tuple[T.Period, bool] | None]] = {
    "iso": _iso,
    "numeric": _numeric,
    "mdy": _month_day,
    "dmy": _month_day,
    "my": _month_year,
    "month": _month,
    "year": _year,
    "holiday": _holiday,
    "decade": _decade,
    "quarter": _quarter,
    "season": _season,
}
