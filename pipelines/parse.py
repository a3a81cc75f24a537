"""Decode and parse a page once: bytes or text in, a ``Page`` with an lxml tree out.

Decoding honours a BOM; then bytes that are valid UTF-8 (with non-ASCII in them) are read as
UTF-8 whatever the page declares, because a mislabelled UTF-8 page is far more common than
legacy bytes that happen to form valid UTF-8; then the HTTP charset, ``<meta charset>`` and
cp1252. Text that was UTF-8 read as cp1252 somewhere upstream ("donâ€™t") is repaired.
Undecodable bytes never raise (they are replaced), so callers decide whether a page is
garbage by ``Page.replacement_ratio`` and ``Page.control_ratio``.
"""

from __future__ import annotations

import codecs
import re
import threading
from dataclasses import dataclass

import lxml.etree
import lxml.html

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATES = re.compile(r"[\ud800-\udfff]")
# Deleting every byte but the control bytes leaves just those to count (one C-speed pass).
_NON_CONTROL = bytes(b for b in range(256) if not ((b < 32 and b not in (9, 10, 13)) or b == 127))
# The same pattern on UTF-8 bytes: one pass over the page before any str-level regex runs.
# Every lead character of _MOJIBAKE (U+00C2..U+00F4) is 0xC3 in UTF-8, and a pattern led by one
# literal byte is scanned for quickly (a leading class makes the engine try every position).
_MOJIBAKE_BYTES = re.compile(
    rb"\xc3[\x80-\xbf](?:\xc2[\x80-\xbf]|[\xc5\xc6\xcb][\x80-\xbf]|\xe2[\x80-\x84][\x80-\xbf])")
# libxml2 parses UTF-8 bytes faster than a Python str; the label overrides any <meta charset>.
# lxml parser objects must not be shared between threads, so each thread gets its own.
_PARSERS = threading.local()
# A lead byte of a 2-4 byte UTF-8 sequence read as cp1252, followed by continuation bytes read the same way.
_CP1252_CONT = "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a" \
               "\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
_MOJIBAKE = re.compile(f"[\u00c2-\u00f4][{_CP1252_CONT}]{{1,3}}")
_EMPTY_DOC = "<html><head></head><body></body></html>"


@dataclass(slots=True)
class Page:
    """A parsed page: final URL, decoded HTML text and its lxml tree (root ``<html>``)."""

    url: str
    html: str
    tree: lxml.html.HtmlElement
    encoding: str
    replacement_ratio: float = 0.0
    control_ratio: float = 0.0


def _codec(name: str | bytes | None) -> str | None:
    if not name:
        return None
    label = name.decode("ascii", "ignore") if isinstance(name, bytes) else name
    try:
        found = codecs.lookup(label.strip().lower()).name
    except (LookupError, ValueError):
        return None
    # Browsers read pages labelled latin-1 / ascii as windows-1252.
    return "cp1252" if found in ("latin-1", "iso8859-1", "ascii") else found


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM (every other byte NUL in ASCII markup), else ``None``."""
    head = data[:200]
    if len(head) < 8 or head.count(0) < len(head) // 3:
        return None
    enc = "utf-16-le" if head[1] == 0 else "utf-16-be"
    text = data.decode(enc, "replace")
    return text if text.lstrip().startswith("<") else None


def decode_html(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode page bytes; returns ``(text, encoding used)``. Never raises."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(enc, "replace"), enc
    wide = _utf16_without_bom(data)
    if wide is not None:
        return wide, "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    match = _META_CHARSET.search(data[:4096])
    candidates = [c for c in (_codec(declared), _codec(match.group(1)) if match else None) if c]
    for enc in (*candidates, "cp1252"):
        if enc.startswith("utf-16") or enc == "utf-8":
            continue  # already ruled out, or a label that cannot be right for ASCII-compatible markup
        try:
            return data.decode(enc), enc
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("utf-8", "replace"), "utf-8"


def repair_mojibake(text: str, encoded: bytes | None = None) -> str:
    """Undo UTF-8 read as cp1252 ("donâ€™t" -> "don’t"), one character at a time, where it round-trips.

    ``encoded`` is ``text`` as UTF-8 when the caller has it at hand (a faster pre-check).
    """
    probe = encoded if encoded is not None else text.encode("utf-8", "surrogatepass")
    # Every lead character of the pattern (U+00C2..U+00F4) is 0xC3 0x82..0xB4 in UTF-8: one memchr first.
    if b"\xc3" not in probe or not _MOJIBAKE_BYTES.search(probe) or not _MOJIBAKE.search(text):
        return text

    def fix(match: re.Match[str]) -> str:
        run = match.group(0)
        try:
            return run.encode("cp1252").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return run

    return _MOJIBAKE.sub(fix, text)


def parse_page(content: str | bytes, url: str, *, declared_encoding: str | None = None) -> Page:
    """Parse ``content`` into a ``Page``. Empty or unparsable input gives an empty document."""
    utf8: bytes | None = None
    if isinstance(content, bytes):
        text, encoding = decode_html(content, declared_encoding)
        if encoding == "utf-8" and not content.startswith(codecs.BOM_UTF8) and "\ufffd" not in text:
            utf8 = content  # already the UTF-8 form of text: no need to encode it again
    else:
        text, encoding = content, "unicode"
    clean, encoded, control_ratio = _sanitize(text, utf8)
    text = repair_mojibake(clean, encoded)
    if text is not clean:
        encoded = text.encode("utf-8")
    # Text read as strict UTF-8 was checked for U+FFFD already, and nothing after adds any. Any
    # U+FFFD is 0xEF 0xBF 0xBD in UTF-8: one memchr for the lead byte rules most pages out.
    ratio = text.count("\ufffd") / len(text) if text and utf8 is None and b"\xef" in encoded else 0.0
    return Page(url=url, html=text, tree=_tree(encoded), encoding=encoding, replacement_ratio=ratio,
                control_ratio=control_ratio)


def _sanitize(text: str, utf8: bytes | None = None) -> tuple[str, bytes, float]:
    """``text`` without lone surrogates and control characters, its UTF-8 form (``utf8`` when the
    caller already has it), and the share of control characters in its head."""
    try:
        probe = utf8 if utf8 is not None else text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates: only from str input, so take the slow path
        text = _SURROGATES.sub("", text)
        probe = text.encode("utf-8")
    if not probe.translate(None, _NON_CONTROL):
        return text, probe, 0.0
    head = probe[:20000]
    control_ratio = len(head.translate(None, _NON_CONTROL)) / len(head)
    text = _CONTROL.sub("", text)
    return text, text.encode("utf-8"), control_ratio


def _utf8_parser() -> lxml.html.HTMLParser:
    """This thread's UTF-8 HTML parser. Its elements are ``HtmlElement`` through a lookup that runs in C:
    ``lxml.html``'s own lookup calls Python for every element the stages touch (to hand out form and
    input classes nobody here uses), a tenth of the extraction time. No stage reads comments,
    processing instructions or ``id`` lookups, so libxml2 keeps none of them."""
    parser = getattr(_PARSERS, "utf8", None)
    if parser is None:
        parser = _PARSERS.utf8 = lxml.html.HTMLParser(
            encoding="utf-8", collect_ids=False, remove_comments=True, remove_pis=True)
        parser.set_element_class_lookup(lxml.etree.ElementDefaultClassLookup(
            element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment, pi=lxml.html.HtmlProcessingInstruction,
            entity=lxml.html.HtmlEntity))
    return parser


def _tree(data: bytes) -> lxml.html.HtmlElement:
    """The lxml tree of UTF-8 page bytes (an empty document when there is nothing to parse)."""
    if data.strip():
        try:
            root = lxml.html.document_fromstring(data, parser=_utf8_parser())
            if root is not None and root.tag == "html":
                return root
        except (lxml.etree.ParserError, ValueError, TypeError):
            pass
    return lxml.html.document_fromstring(_EMPTY_DOC)
