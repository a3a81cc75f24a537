"""Author names: from JSON-LD, meta tags, app state and bylines to a clean list of people.

Cleaning drops "By"/"Posted by" prefixes, e-mail addresses, URLs, roles ("Staff Writer"),
dates and the outlet's own name, and splits "A and B", "A, B", "A & B".
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from typing import Any

from pipelines.meta.jsonld import LinkedData

_PREFIX = re.compile(
    r"^\s*(?:(?:story|text|words|written|posted|published|reported|reporting|compiled|edited|photos?|column|"
    r"opinion|analysis|commentary|review|interview|essay|feature|filed|produced|video|show notes|notes|"
    r"recap|(?:written|reported|compiled) and (?:reported|edited|produced))\s+)?"
    r"(?:by|von|par|por|di|da|door|av|af|de|przez|od)\s*[:\-]?\s+|^\s*(?:authors?|autor(?:in|en)?|auteur|"
    r"autore|redakcja|redaktion|text|texte|reporter|credits?|byline)\s*[:\-]\s*", re.I)
_EMAIL = re.compile(r"\(?\s*[\w.+-]+@[\w-]+\.[\w.-]+\s*\)?")
_URLISH = re.compile(r"https?://|www\.|\.(?:com|org|net|co\.\w\w)(?:/|$)", re.I)
_SPLIT = re.compile(r"\s*(?:,|;|\||/|\s&\s|&amp;|\b(?:and|And|AND|with|und|et|og|och|dan|en)\b|"
                    r"\b(?:y|i|e)\b(?!\.))\s*")
_ROLES = re.compile(
    r"^(?:(?:senior|chief|staff|special|contributing|associate|deputy|political|foreign|national|local|sports?|"
    r"business|entertainment|tv|film|music|news|managing|executive|digital|freelance|guest|royal|health|"
    r"science|tech(?:nology)?|culture|lifestyle|travel|crime|court|economics?|education|weather|"
    r"editor-at-large|global|assistant|lead|investigative|breaking)\s+)*"
    r"(?:writer|reporter|correspondent|editor|editors|contributor|columnist|journalist|staff|producer|"
    r"photographer|critic|analyst|desk|team|intern|writers|reporters|bureau|newsroom|redaktion|"
    r"for\s+[\w .]+|in\s+[A-Z][\w .]+|\w+\s+correspondent|and\s+agencies|agencies)$", re.I)
_TRAIL = re.compile(r"\s*(?:[-–—|·•]\s*|\s(?:for|special\s+to|in|at)\s+[A-Z].*|\bis\s+an?\s+.*|"
                    r"\bupdated\b.*|\bpublished\b.*|\bfollow\b.*|"
                    r"\b\d{1,2}\s*(?:min|minutes?)\s+read\b.*)$", re.I)
# A role word written before or after a name ("Reporter Yoo Seung-ah", "Park Ye-jin reporter", "기자").
_ROLE_BEFORE = re.compile(r"^(?:(?:senior|staff|chief|lead|political|entertainment|culture|tv|film)\s+)?"
                          r"(?:reporter|correspondent|journalist|columnist|critic)\s+(?=[A-Z])", re.IGNORECASE)
_ROLE_AFTER = re.compile(r"\s+(?:(?:senior|staff|chief)\s+)?(?:reporter|correspondent|journalist|기자)$")
_DIGITS = re.compile(r"\d")
_DOMAIN = re.compile(r"(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}", re.I)
# Words that never occur in a person's name but do in share bars, photo credits and bio boxes.
_JUNK = frozenset({"twitter", "facebook", "instagram", "linkedin", "whatsapp", "email", "e-mail", "share", "print",
                   "follow", "subscribe", "comments", "comment", "pinterest", "reddit", "youtube", "tiktok", "telegram",
                   "image", "images", "photo", "photos", "picture", "pictures", "getty", "istock", "istockphoto",
                   "shutterstock", "alamy", "credit", "source", "admin", "administrator", "published", "posts",
                   "updated", "read", "more", "view", "profile", "bio", "newsletter", "advertisement", "sponsored",
                   "rss", "feed", "feeds", "aktualisiert", "zuletzt", "geändert", "veröffentlicht", "actualizado",
                   "mis à jour", "publié"})
# A byline for a group, not a person: "Daily Wire Staff", "Entertainment Desk", "The Newsroom".
_COLLECTIVE = re.compile(r"\b(?:staff|team|desk|newsroom|editors|editorial|reporters|writers|bureau)$", re.I)
_HOUSE_ACCOUNT = re.compile(r"/(?:author|user|profile)s?/(?:admin|administrator|editor|webmaster|staff)\b", re.I)


def clean_names(raw: Iterable[str], outlet_names: Iterable[str] = ()) -> list[str]:
    """Person names out of raw author strings, de-duplicated in order."""
    banned = {_key(n) for n in outlet_names if n}
    out: list[str] = []
    seen: set[str] = set()
    for text in raw:
        for name in split_names(text):
            key = _key(name)
            if key and key not in seen and key not in banned and not _same_outlet(key, banned):
                seen.add(key)
                out.append(name)
    return out


def _key(name: str) -> str:
    return re.sub(r"[\W_]+", "", name.casefold().removeprefix("the "))


def _same_outlet(key: str, banned: set[str]) -> bool:
    return any(len(b) > 3 and (key.startswith(b) and len(key) - len(b) <= 4) for b in banned)


def split_names(text: str) -> list[str]:
    """One raw author string to clean names (``"By A and B, Staff Writer"`` -> ``["A", "B"]``)."""
    if not isinstance(text, str):
        return []
    text = " ".join(html.unescape(text).split())
    if not text or len(text) > 300 or (_URLISH.search(text) and " " not in text.strip()):
        return []
    text = _EMAIL.sub(" ", text)
    text = _PREFIX.sub("", text)
    first = text.split(",")[0]
    if _URLISH.search(first) or _DOMAIN.fullmatch(first.strip()):
        return []  # "site.de, Frankfurt, Germany": the site and its place, no person
    names = []
    for part in _SPLIT.split(text):
        part = _PREFIX.sub("", part).strip(" .,:;-–—()[]\"'")
        name = _tidy(part)
        if name:
            names.append(name)
    return names


def _tidy(part: str) -> str | None:
    part = _TRAIL.sub("", part).strip(" .,:;-–—()[]\"'")
    part = _ROLE_BEFORE.sub("", part)
    after = _ROLE_AFTER.search(part)
    if after is not None and all(w[:1].isupper() for w in part[:after.start()].split()[:3]) and \
            len(part[:after.start()].split()) >= 2:
        part = part[:after.start()]  # "Park Ye-jin reporter" (not "Guardian staff reporter": an outlet's desk)
    if not part or _ROLES.match(part) or _DIGITS.search(part) or _URLISH.search(part):
        return None
    words = part.split()
    if any(w.casefold().strip(":()") in _JUNK for w in words) or _COLLECTIVE.search(part):
        return None
    if len(words) > 5 or len(part) < 2 or not any(ch.isalpha() for ch in part):
        return None
    if len(words) >= 2 and part.isupper():
        part = " ".join(w.capitalize() if len(w) > 2 or "." not in w else w for w in words)
    return part


def jsonld_authors(data: LinkedData, outlet_names: Iterable[str]) -> list[str]:
    """Names of the JSON-LD article's ``author`` (Person objects, arrays, strings, ``@id`` refs)."""
    value = data.get("author") or data.get("creator")
    raw: list[str] = []
    for item in value if isinstance(value, list) else [value]:
        raw.extend(_node_names(data.resolve(item)))
    return clean_names(raw, outlet_names)


def is_house_account(url: object) -> bool:
    """An author URL of a CMS account (``/author/admin/``) rather than a person."""
    return isinstance(url, str) and bool(_HOUSE_ACCOUNT.search(url))


def house_accounts(data: LinkedData) -> list[str]:
    """Names of JSON-LD authors whose profile is a CMS account: they are no bylines anywhere on the page."""
    value = data.get("author")
    items = [data.resolve(i) for i in (value if isinstance(value, list) else [value])]
    return [i["name"] for i in items if isinstance(i, dict) and isinstance(i.get("name"), str)
            and (is_house_account(i.get("url")) or is_house_account(i.get("@id")))]


_ORGANIZATION = re.compile(r"Organi[sz]ation|Corporation|NewsMedia|Brand|Company")


def _node_names(item: Any) -> list[str]:
    if isinstance(item, str):
        return [item]
    if not isinstance(item, dict) or is_house_account(item.get("url")) or is_house_account(item.get("@id")):
        return []
    if _ORGANIZATION.search(str(item.get("@type") or "")) and "Person" not in str(item.get("@type")):
        return []  # authors are people: an Organization "author" is the publisher
    name = item.get("name")
    if isinstance(name, list):
        return [n for n in name if isinstance(n, str)]
    if not isinstance(name, str):
        given, family = item.get("givenName"), item.get("familyName")
        name = f"{given or ''} {family or ''}".strip() if isinstance(given, str) or isinstance(family, str) else ""
    return [name] if name else []
