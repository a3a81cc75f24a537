"""Decoding and parsing: declared versus actual encodings, BOMs, mojibake, hostile text."""

from __future__ import annotations

import codecs

import lxml.html
import pytest

from pipelines.parse import decode_html, parse_page, repair_mojibake

TEXT = "<html><head><meta charset='iso-8859-1'></head><body><p>Café crème – don’t “panic”</p></body></html>"


def para(page_bytes: bytes, declared: str | None = None) -> str:
    return parse_page(page_bytes, "https://site.example/", declared_encoding=declared).tree.findtext(".//p")


def test_utf8_page_declaring_latin1_is_read_as_utf8() -> None:
    assert para(TEXT.encode("utf-8"), "iso-8859-1") == "Café crème – don’t “panic”"


def test_cp1252_page_is_read_by_its_label_or_fallback() -> None:
    data = TEXT.encode("cp1252")
    assert para(data) == "Café crème – don’t “panic”"
    assert para(data, "iso-8859-1") == "Café crème – don’t “panic”"


def test_legacy_multibyte_encoding_by_http_charset() -> None:
    data = "<html><body><p>중증외상센터 시즌2</p></body></html>".encode("euc-kr")
    assert para(data, "euc-kr") == "중증외상센터 시즌2"


@pytest.mark.parametrize(("bom", "codec"), [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                                            (codecs.BOM_UTF16_BE, "utf-16-be")])
def test_bom_wins(bom: bytes, codec: str) -> None:
    assert para(bom + "<p>naïve</p>".encode(codec), "cp1252") == "naïve"


def test_utf16_without_bom() -> None:
    assert para("<html><body><p>naïve</p></body></html>".encode("utf-16-le")) == "naïve"


def test_double_encoded_text_is_repaired() -> None:
    broken = "Café crème – don’t".encode().decode("cp1252")
    assert repair_mojibake(broken) == "Café crème – don’t"
    assert para(f"<p>{broken}</p>".encode()) == "Café crème – don’t"


@pytest.mark.parametrize("word", ["cœur", "Šárka", "ƒ-stop", "wait…", "€5", "Pokémon™", "señor", "«oui»"])
def test_every_kind_of_double_encoded_character_passes_the_byte_pre_check(word: str) -> None:
    broken = word.encode().decode("cp1252")
    assert para(f"<p>Say {broken} twice</p>".encode()) == f"Say {word} twice"


def test_repair_leaves_real_accents_alone() -> None:
    assert repair_mojibake("SÃO PAULO, naïve, Ångström") == "SÃO PAULO, naïve, Ångström"


def test_undecodable_bytes_are_replaced_and_measured() -> None:
    page = parse_page(b"<p>" + b"\x81\x8d\x8f\x90\x9d" * 4 + b"</p>", "u", declared_encoding="utf-8")
    assert page.replacement_ratio > 0.5
    text, encoding = decode_html(b"\x81\x8d\x8f\x90\x9d" * 10)
    assert encoding == "utf-8" and "\ufffd" in text


def test_control_characters_are_counted_and_removed() -> None:
    page = parse_page(b"<p>a\x00b\x01c</p>", "u")
    assert page.control_ratio > 0
    assert page.tree.findtext(".//p") == "abc"


def test_xml_declaration_text_and_lone_surrogates_parse() -> None:
    page = parse_page('<?xml version="1.0" encoding="utf-8"?><html><body><p>ok\ud800</p></body></html>', "u")
    assert page.tree.findtext(".//p") == "ok"


@pytest.mark.parametrize("content", ["", b"", "   ", b"\x00\x00", "<!-- only a comment -->", "<", b"\xff\xfe"])
def test_empty_or_junk_gives_an_empty_document(content: str | bytes) -> None:
    page = parse_page(content, "u")
    assert page.tree.tag == "html"
    assert page.tree.find("body") is not None


def test_elements_keep_the_html_api() -> None:
    """The C-level class lookup still hands out ``lxml.html`` classes (metadata calls ``text_content``)."""
    page = parse_page(b"<html><body><!-- note --><form><input name='q'><p>Hi <b>there</b></p></form></body></html>",
                      "https://example.test/")
    para = page.tree.find(".//p")
    assert isinstance(para, lxml.html.HtmlElement)
    assert para.text_content() == "Hi there"
    assert page.tree.find("body")[0].tag == "form"  # the comment is dropped at parse time


def test_comments_are_dropped_but_their_following_text_stays() -> None:
    """libxml2 keeps no comments; the text after one joins its neighbour rather than vanishing."""
    page = parse_page(b"<html><body><p>Before<!-- hidden -->after, <b>bold</b><!-- x --> tail</p></body></html>",
                      "https://example.test/")
    para = page.tree.find(".//p")
    assert para.text_content() == "Beforeafter, bold tail"
    assert all(isinstance(node.tag, str) for node in page.tree.iter())
