"""Publication and update dates: ranked candidates from structured data down to the URL.

Order of trust: JSON-LD ``datePublished``, named date meta tags, embedded app state matched to
the article, microdata, ``<time>`` in the article area, labelled dates in bylines ("Published
March 3, 2025"), a bare ``date`` meta tag (often the last edit: it bounds the byline from
above), relative bylines ("3 hours ago", resolved against the latest other date on the page,
never the clock), the update date, the URL, dates under telling keys in inline scripts, a date
the text labels as published, the text from the headline on, the page's description, the
upload day of the lead image, and last the day the page's text names most often. A candidate
more than a day off a date in the URL is passed over. The independent witnesses (JSON-LD,
meta, app state, microdata, ``<time>``, byline, date meta, URL) each name their first day and
the day most of them name wins, the most trusted of its witnesses giving the value; with no
witness the first fallback wins. The value is put in the page's own calendar day when it was
given in UTC, and ``Dates.source`` names its strategy. A page whose text writes the update's
day but never the publication's dates itself by the update, which is then its date too.

The update date is never earlier than the publication (a ``dateModified`` older than
``datePublished`` is a draft's edit, not an update) and never read from a relative phrase
("Updated 2 hours ago" is relative to a fetch time the page does not state).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from pipelines.meta import zones
from pipelines.meta.appjson import AppArticle
from pipelines.meta.dates import (
    When,
    at_offset,
    find_text_dates,
    image_url_date,
    parse_machine,
    relative_seconds,
    shift_back,
    url_date,
)
from pipelines.meta.jsonld import LinkedData
from pipelines.meta.signals import Signals
from pipelines.meta.zones import LazyTexts, PageZones

PUBLISHED_META = (
    "article:published_time", "og:article:published_time", "article:published", "og:published_time",
    "datepublished", "article.published", "published_time", "published-date", "parsely-pub-date",
    "sailthru.date", "pubdate", "publishdate", "publish-date", "publish_date", "publication_date",
    "date.published", "dc.date.issued", "dcterms.issued", "dcterms.created", "dc.date.created", "dc.date",
    "dcterms.date", "dc.created", "citation_publication_date", "citation_date", "citation_online_date",
    "cxenseparse:recs:publishtime", "originalpublicationdate", "article_date_original", "og:pubdate",
    "rnews:datepublished", "pub_date", "date_published", "article:post_date", "datecreated", "date",
    "created", "article.created", "dc.date.available", "prism.publicationdate", "bt:pubdate", "displaydate",
)
# A bare "date" meta tag names no event: many CMSs fill it with the day of the last edit, so it
# is heard after the byline.
GENERIC_META = ("date", "dc.date", "dcterms.date")
_NAMED_META = tuple(key for key in PUBLISHED_META if key not in GENERIC_META)
MODIFIED_META = (
    "article:modified_time", "og:article:modified_time", "article:modified", "datemodified", "og:updated_time",
    "article.updated", "modified_time", "dcterms.modified", "dc.date.modified", "dc.modified",
    "date_modified", "article:modified_date", "lastmod", "last-modified", "revised", "updated_time",
    "article.modified", "parsely-updated", "sailthru.lastmodified",
)
_UPDATED = re.compile(r"updat|modif|aktualisiert|actualiz|mis\s+à\s+jour|aggiornat|atualiz|bijgewerkt|"
                      r"zaktualizowano|upraveno|güncellen|изменен|оновлен|обновлен|수정|更新", re.I)


@dataclass(frozen=True, slots=True)
class Dates:
    """The chosen publication and update dates and the strategy that gave the publication date."""

    published: When | None = None
    modified: When | None = None
    source: str | None = None


class _Evidence:
    """Page evidence shared by the candidate lists, each part computed at most once."""

    def __init__(self, page: PageZones, url: str, sig: Signals, ld: LinkedData,
                 app: Callable[[], AppArticle | None], month_first: bool, html: str) -> None:
        self.page, self.url, self.sig, self.ld, self.app, self.month_first = page, url, sig, ld, app, month_first
        self.tree = page.tree
        self.html = html
        self._times: list[tuple[str, When]] | None = None
        self._zones: LazyTexts | None = None
        self._modified: tuple[When | None] | None = None
        self._text: str | None = None
        self._own: tuple[str, list[tuple[When, int]]] | None = None
        self.region: str | None = None

    @property
    def times(self) -> list[tuple[str, When]]:
        if self._times is None:
            self._times = self.page.time_elements()
        return self._times

    def modified(self) -> When | None:
        """The update date: structured sources, else bylines when they were read anyway."""
        if self._modified is None:
            found = _first(_modified_candidates(self))
            if found is None and self._zones is not None:
                found = _first(_byline_modified(self))
            self._modified = (found,)
        return self._modified[0]

    @property
    def text(self) -> str:
        """The page's visible text (read for the last-resort strategies only)."""
        if self._text is None:
            self._text = zones.page_text(self.tree)
        return self._text

    @property
    def zones_read(self) -> bool:
        """Whether the date zones have been read already (reading them costs a walk over the page)."""
        return self._zones is not None

    @property
    def zone_texts(self) -> LazyTexts:
        if self._zones is None:
            self._zones = self.page.date_texts()
        return self._zones

    def own_dates(self) -> tuple[str, list[tuple[When, int]]]:
        """The top of the article's own text (quotations left out) and the written dates in it."""
        if self._own is None:
            text = zones.own_text(self.page.article_root(), _SHOWN_CHARS)
            self._own = (text, find_text_dates(text, month_first=self.month_first, limit=500))
        return self._own


def find_dates(page: PageZones, url: str, sig: Signals, ld: LinkedData,
               app: Callable[[], AppArticle | None], month_first: bool, html: str = "",
               region: str | None = None) -> Dates:
    """Publication and update dates of the page (see the module docstring for the order);
    ``region`` is the country its language tag names (``US`` from ``en-US``), if any."""
    ev = _Evidence(page, url, sig, ld, app, month_first, html)
    ev.region = region
    in_url = url_date(url)
    voters: dict[str, When] = {}
    chosen: tuple[str, When] | None = None
    for source, when in _published_candidates(ev, voters):
        if in_url is not None and abs((when.day - in_url.day).days) > 1:
            continue  # the URL names the day of first publication; a far-off date is a re-stamp
        if source in _VOTERS:
            voters.setdefault(source, when)
            if len(voters) >= 2 and not _undecided(voters):
                break  # two witnesses agree: no need to read the page further
        elif not voters:
            chosen = (source, when)
            break
        if source == _VOTERS[-1] or (source not in _VOTERS and voters):
            break  # the witnesses have spoken; fallbacks are for pages without any
    if voters:
        elected = _elected(voters)
        chosen = (elected, voters[elected])
    if chosen is None:
        return Dates(None, ev.modified(), None)
    published = _local(chosen[1], ev, in_url)
    modified = _not_before(ev.modified(), published)
    if modified is not None and chosen[0] in _VOTERS and _shows_update_only(ev, published, modified):
        return Dates(modified, modified, "modified")
    return Dates(published, modified, chosen[0])


_SHOWN_CHARS = 30_000  # the article's own dates are near its top; the rest is comments and lists


def _shows_update_only(ev: _Evidence, published: When, modified: When) -> bool:
    """Whether the page's text writes the update's day, not labelled as an update, but never the
    publication's: the page then dates itself by the update (a re-dated article), and its markup's
    first date is history. "Updated 5 Aug" beside no other date is an honest update, not a re-dating."""
    if modified.day == published.day:
        return False
    texts = ev.zone_texts if ev.zones_read else ev.page.headline_date_texts()  # spare a walk over the page
    if any(w is not None and w.day == published.day for w in _dates_in(texts or [], ev.month_first)):
        return False  # the bylines write the publication day: the common case
    text, found = ev.own_dates()
    if any(w.day == published.day for w, _ in found):
        return False
    return any(w.day == modified.day and not _UPDATED.search(text, max(0, pos - 25), pos) for w, pos in found)


def _not_before(modified: When | None, published: When) -> When | None:
    """``modified`` unless it lies before ``published``: an update never precedes the publication."""
    if modified is None:
        return None
    if modified.has_time and published.has_time:
        return None if modified.instant < published.instant else modified
    return None if modified.day < published.day else modified


# Independent witnesses of the publication day, in order of trust; each names its first date.
_VOTERS = ("jsonld", "meta", "app", "microdata", "time", "byline", "datemeta", "url")


def _undecided(voters: dict[str, When]) -> bool:
    """No witness yet, or witnesses that disagree: a lone witness outranks a byline anyway."""
    return not voters or len({w.day for w in voters.values()}) > 1


def _elected(voters: dict[str, When]) -> str:
    """The most trusted source among those naming the day most sources name.

    A bare date meta tag bounds a byline from above (it is at worst the last edit): a byline
    after it is a masthead's "today" and is not heard, a byline before it wins.
    """
    bound, byline = voters.get("datemeta"), voters.get("byline")
    if bound is not None and byline is not None and bound.day != byline.day:
        voters = {s: w for s, w in voters.items() if s != ("byline" if byline.day > bound.day else "datemeta")}
    counts: dict[object, int] = {}
    for when in voters.values():
        counts[when.day] = counts.get(when.day, 0) + 1
    top = max(counts.values())
    return next(s for s in _VOTERS if s in voters and counts[voters[s].day] == top)


_BYLINE_LOOKS = 5  # bylines read to check a UTC day: the first is often the masthead's date


def _local(when: When, ev: _Evidence, in_url: When | None) -> When:
    """``when`` in the page's own calendar when it is stated in UTC or without a zone.

    A UTC timestamp of 03:00 is the previous evening in New York: the same instant given
    elsewhere on the page with a local offset wins; a URL of the same day keeps it as it is;
    failing that, the instant is written in the offset the page uses for its other times;
    failing that, the calendar day of the URL, or of the first byline when none of the
    first few agrees, wins when it is one day off.
    """
    if in_url is not None and when.day != in_url.day and when.offset is None:
        return in_url  # a plain or zone-less date a day off the URL's: the URL has the local day
    if when.offset:
        return when  # a local offset the page states
    utc = when.has_time and when.offset is not None
    first_stated: When | None = None  # the first other time the page states with an offset
    for stated in _stated_datetimes(ev) if utc else ():
        if stated.offset:
            first_stated = first_stated or stated
            if abs(stated.instant - when.instant) <= timedelta(minutes=1):
                return stated  # the same instant at a local offset (the <time> elements are then not read)
    if in_url is not None and in_url.day == when.day:
        return when  # the URL's calendar agrees
    if first_stated is not None and first_stated.offset is not None:
        return at_offset(when, first_stated.offset)  # the zone the page writes its other times in
    if in_url is not None and abs((in_url.day - when.day).days) == 1:
        return in_url
    zone = _region_offset(ev.region, when) if utc else None
    if zone is not None:
        shifted = at_offset(when, zone)
        if shifted.day != when.day and not _writes_day(ev, when, shifted):
            return shifted  # the page's country has another calendar day at that instant
    return _byline_day(when, ev, utc)


# Standard UTC offsets (hours) of the countries a language tag names, where one zone holds most
# of the news written there (the US and Canada: the east, where most of it is written).
_REGION_HOURS = {
    "US": -5.0, "CA": -5.0, "MX": -6.0, "BR": -3.0, "AR": -3.0, "CO": -5.0, "PE": -5.0, "CL": -4.0,
    "GB": 0.0, "IE": 0.0, "PT": 0.0, "DE": 1.0, "AT": 1.0, "CH": 1.0, "FR": 1.0, "BE": 1.0, "NL": 1.0,
    "IT": 1.0, "ES": 1.0, "PL": 1.0, "SE": 1.0, "NO": 1.0, "DK": 1.0, "CZ": 1.0, "GR": 2.0, "FI": 2.0,
    "IN": 5.5, "PK": 5.0, "TH": 7.0, "VN": 7.0, "ID": 7.0, "CN": 8.0, "HK": 8.0, "TW": 8.0, "SG": 8.0,
    "MY": 8.0, "PH": 8.0, "JP": 9.0, "KR": 9.0, "AU": 10.0, "NZ": 12.0,
}
_NORTH_SUMMER_TIME = frozenset({"US", "CA", "GB", "IE", "PT", "DE", "AT", "CH", "FR", "BE", "NL", "IT", "ES", "PL",
                                "SE", "NO", "DK", "CZ", "GR", "FI"})


def _region_offset(region: str | None, when: When) -> timedelta | None:
    """The UTC offset of ``region`` on the day of ``when`` (summer time April to October)."""
    hours = _REGION_HOURS.get(region or "")
    if hours is None:
        return None
    if region in _NORTH_SUMMER_TIME and 4 <= when.local.month <= 10:
        hours += 1
    return timedelta(hours=hours)


def _writes_day(ev: _Evidence, when: When, shifted: When) -> bool:
    """Whether the page's text writes the UTC day of ``when`` and not the day it has ``shifted``
    into the region's zone: the page then keeps its calendar in UTC."""
    days = {w.day for w, _ in ev.own_dates()[1]}
    return when.day in days and shifted.day not in days


def _byline_day(when: When, ev: _Evidence, utc: bool) -> When:
    """``when``, or the day of the first byline when none of the first few agrees and it is one
    day off (for a UTC stamp, only in the direction a likely zone moves it)."""
    if utc and not _may_move(when, -1) and not _may_move(when, 1):
        return when  # around midday UTC every likely zone has the same calendar day
    texts = ev.page.headline_date_texts() or ev.zone_texts  # the headline's block spares a walk over the page
    first: When | None = None
    for byline in itertools.islice(_dates_in(texts, ev.month_first), _BYLINE_LOOKS):
        if byline is None:
            continue
        if byline.day == when.day:
            return when  # the page's own calendar agrees
        first = first or byline
    if first is None:
        return when
    days = (first.day - when.day).days
    return first if abs(days) == 1 and (not utc or _may_move(when, days)) else when


MAX_LOCAL_OFFSET = timedelta(hours=10)  # news sites' zones: Hawaii to eastern Australia in winter


def _may_move(when: When, days: int) -> bool:
    """Whether a likely zone puts the UTC stamp ``when`` on the next (``days`` 1) or previous
    (``days`` -1) calendar day."""
    since_midnight = when.local - datetime.combine(when.day, time())
    needed = timedelta(days=1) - since_midnight if days > 0 else since_midnight + timedelta(seconds=1)
    return needed <= MAX_LOCAL_OFFSET


def _stated_datetimes(ev: _Evidence) -> Iterator[When]:
    values = [ev.ld.get("datePublished"), ev.ld.get("dateModified"), *ev.sig.all(*PUBLISHED_META, *MODIFIED_META)]
    for value in values:
        when = parse_machine(value)
        if when is not None and when.has_time:
            yield when
    yield from (w for _, w in ev.times if w.has_time)


def _first(candidates: Iterator[When | None]) -> When | None:
    return next((c for c in candidates if c is not None), None)


def _modified_candidates(ev: _Evidence) -> Iterator[When | None]:
    yield parse_machine(ev.ld.get("dateModified"))
    for value in ev.sig.all(*MODIFIED_META):
        yield parse_machine(value)
    found = ev.app()
    if found is not None and found.matched:
        yield parse_machine(found.modified)
    yield from (when for kind, when in ev.times if kind == "modified")


def _byline_modified(ev: _Evidence) -> Iterator[When | None]:
    # "Updated 2 hours ago" is relative to the fetch, which the page does not state: no update date.
    yield from _byline_dates(ev, updated=True)


def _published_candidates(ev: _Evidence, voters: dict[str, When]) -> Iterator[tuple[str, When]]:
    ld, sig = ev.ld, ev.sig
    strategies: tuple[tuple[str, Callable[[], Iterator[When | None]]], ...] = (
        ("jsonld", lambda: iter((parse_machine(ld.get("datePublished")),))),
        ("meta", lambda: (parse_machine(v) for v in sig.all(*_NAMED_META))),
        ("app", lambda: _app_dates(ev.app, matched=True)),
        ("microdata", lambda: _microdata(ev.page)),
        ("jsonld", lambda: iter((parse_machine(ld.get("dateCreated")),))),
        ("time", lambda: (w for kind, w in ev.times if kind == "published")),
        ("app", lambda: _app_dates(ev.app, matched=False)),
        # Bylines cost a walk over the page: asked only when the structured sources disagree or are alone.
        ("byline", lambda: _byline_dates(ev) if _undecided(voters) else iter(())),
        ("datemeta", lambda: (parse_machine(v) for v in sig.all(*GENERIC_META))),
        ("relative", lambda: _relative(ev, ev.modified()) if not voters else iter(())),
        ("modified", lambda: iter((ev.modified(),))),
        ("url", lambda: iter((url_date(ev.url),))),
        # The fallbacks: ``find_dates`` takes their first date only when no witness has spoken.
        ("script", lambda: _keyed_dates(ev.html)),
        ("labelled", lambda: _labelled(ev)),
        ("text", lambda: _after_headline(ev)),
        ("description", lambda: _described(ev)),
        ("image", lambda: (image_url_date(u) for u in ev.sig.all("og:image", "twitter:image", "twitter:image:src"))),
        ("page", lambda: _most_frequent(ev)),
    )
    for source, make in strategies:
        if source == _FIRST_FALLBACK and voters:
            return  # a witness has spoken: no fallback date would be heard, so none is looked for
        for when in make():
            if when is not None:
                yield source, when


_FIRST_FALLBACK = "script"


def _app_dates(app: Callable[[], AppArticle | None], matched: bool) -> Iterator[When | None]:
    found = app()
    if found is not None and found.matched == matched:
        yield parse_machine(found.published)


# A publication date under a telling key anywhere in the page source (inline scripts, data
# attributes): ISO-like dates are found first, then the key is looked for just before each.
_SOURCE_ISO = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?")
_DATE_KEY = re.compile(
    r"(?:date[_-]?published|publish(?:ed)?[_-]?(?:date|time|at|on)|pub[_-]?date|first[_-]?published(?:[_-]?at)?|"
    r"post[_-]?date|created[_-]?at|date[_-]?created)[\\\"']*\s*[:=]\s*[\\\"']*$", re.I)


def _keyed_dates(html: str) -> Iterator[When | None]:
    for m in _SOURCE_ISO.finditer(html, 0, 3_000_000):
        if _DATE_KEY.search(html, max(0, m.start() - 40), m.start()):
            yield parse_machine(m[0])


def _microdata(page: PageZones) -> Iterator[When | None]:
    for el in page.with_itemprop("datePublished", "dateCreated"):
        value = el.get("datetime") or el.get("content") or el.get("title") or el.text_content()
        yield parse_machine(value) if isinstance(value, str) else None


def _byline_dates(ev: _Evidence, *, updated: bool = False) -> Iterator[When | None]:
    """Written dates in bylines: the first one not labelled as an update, or the first that is."""
    return _dates_in(ev.zone_texts, ev.month_first, updated=updated)


def _dates_in(texts: Iterable[str], month_first: bool, *, updated: bool = False) -> Iterator[When | None]:
    for text in texts:
        found = find_text_dates(text, month_first=month_first, limit=4, short_years=True)
        kept = [w for w, pos in found if bool(_UPDATED.search(text[max(0, pos - 25):pos])) == updated]
        yield from kept[:1]


def _relative(ev: _Evidence, base: When | None) -> Iterator[When | None]:
    """A relative byline ("3 hours ago") not labelled as an update, read against ``base`` or the
    latest date the page shows."""
    for text in ev.zone_texts:
        seconds = relative_seconds(text)
        if seconds is None or _UPDATED.search(text):
            continue
        base = base or _latest_date(ev)
        yield shift_back(base, seconds) if base else None
        return


def _latest_date(ev: _Evidence) -> When | None:
    """The latest absolute date the page shows: the moment a relative byline is relative to."""
    dates = [w for _, w in ev.page.time_elements(everywhere=True)]
    dates.extend(w for w in (parse_machine(ev.ld.get("dateModified")), parse_machine(ev.ld.get("datePublished")))
                 if w is not None)
    text = ev.text
    dates.extend(w for w, _ in find_text_dates(text, month_first=ev.month_first, limit=200))
    return max(dates, key=lambda w: w.instant, default=None)


# "Published on", "Erschienen am", "publié le" right before a date, anywhere in the page's text.
_PUBLISHED_LABEL = re.compile(r"\b(?:published|posted|erschienen|veröffentlicht|publié|publicado|pubblicato|"
                              r"gepubliceerd|opublikowano)(?:\s+(?:on|am|le|el|il|em|op))?\s*:?\s*", re.I)


def _labelled(ev: _Evidence) -> Iterator[When | None]:
    """A date the page's text labels as the publication date (footers, plain-text bylines)."""
    text = ev.text
    for m in _PUBLISHED_LABEL.finditer(text):
        for when, pos in find_text_dates(text[m.end():m.end() + 40], month_first=ev.month_first, limit=1):
            if pos <= 4:
                yield when


def _after_headline(ev: _Evidence) -> Iterator[When | None]:
    """The first written date in the text that follows the headline (the last resort)."""
    text = zones.text_after_headline(ev.tree)
    if text:
        for when, _ in find_text_dates(text, month_first=ev.month_first, limit=1, short_years=True):
            yield when


def _most_frequent(ev: _Evidence) -> Iterator[When | None]:
    """The day written most often in the page's text (first seen wins a tie)."""
    found = find_text_dates(ev.text, month_first=ev.month_first, limit=500)
    counts: dict[str, list[When]] = {}
    for when, _ in found:
        counts.setdefault(when.iso[:10], []).append(when)
    if counts:
        yield max(counts.values(), key=len)[0]


def _described(ev: _Evidence) -> Iterator[When | None]:
    """A written date in the page's description ("News of 14 January 2020")."""
    for text in ev.sig.all("description", "og:description")[:2]:
        for when, _ in find_text_dates(text, month_first=ev.month_first, limit=1):
            yield when
