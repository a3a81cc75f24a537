"""Decode and parse a page once: bytes or text in, a ``Page`` with an lxml tree out.

Decoding honours a BOM, then the HTTP charset, then ``<meta charset>``, and falls back to
UTF-8 / cp1252 detection; undecodable bytes never raise (they are replaced), so callers
decide whether a page is garbage by ``Page.replacement_ratio``.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

import lxml.etree
import lxml.html

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


@dataclass(slots=True)
class Page:
    """A parsed page: final URL, decoded HTML text and its lxml tree (root ``<html>``)."""

    url: str
    html: str
    tree: lxml.html.HtmlElement
    encoding: str
    replacement_ratio: float = 0.0


def _codec(name: str | bytes | None) -> str | None:
    if not name:
        return None
    label = name.decode("ascii", "ignore") if isinstance(name, bytes) else name
    try:
        found = codecs.lookup(label.strip().lower()).name
    except LookupError:
        return None
    # Browsers read pages labelled latin-1 / ascii as windows-1252.
    return "cp1252" if found in ("latin-1", "iso8859-1", "ascii") else found


def decode_html(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode page bytes; returns ``(text, encoding used)``. Never raises."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(enc, "replace"), enc
    head = data[:4096]
    candidates = [_codec(declared)]
    match = _META_CHARSET.search(head)
    candidates.append(_codec(match.group(1)) if match else None)
    for enc in (*candidates, "utf-8"):
        if enc is None:
            continue
        try:
            return data.decode(enc), enc
        except (UnicodeDecodeError, LookupError):
            continue
    enc = next((c for c in candidates if c), "cp1252")
    return data.decode(enc, "replace"), enc


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def parse_page(content: str | bytes, url: str, *, declared_encoding: str | None = None) -> Page:
    """Parse ``content`` into a ``Page``. Empty or unparsable input gives an empty document."""
    if isinstance(content, bytes):
        text, encoding = decode_html(content, declared_encoding)
    else:
        text, encoding = content, "unicode"
    text = _CONTROL.sub("", text)
    ratio = text.count("\ufffd") / len(text) if text else 0.0
    return Page(url=url, html=text, tree=_tree(text), encoding=encoding, replacement_ratio=ratio)


def _tree(text: str) -> lxml.html.HtmlElement:
    if text.strip():
        try:
            root = lxml.html.document_fromstring(text)
            if root is not None:
                return root
        except (lxml.etree.ParserError, ValueError):
            pass
    return lxml.html.document_fromstring("<html><head></head><body></body></html>")
