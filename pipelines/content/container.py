"""Find the elements that hold an article's text.

Readability-style scoring on the lxml tree, without mutating it: every prose paragraph adds
to its parent (fully) and grandparent and great-grandparent (partly); candidates are damped by
link density and weighted by class/id words; the best one, together with siblings that look
like more of the same article, becomes the list of roots the collector reads.
"""

from __future__ import annotations

from functools import cache

import lxml.etree
import lxml.html

from pipelines.content.signals import (
    BLOCK_TAGS,
    HARD_SKIP_TAGS,
    SKIP_TAGS,
    STRING,
    attrs_of,
    class_weight,
    is_boiler_attrs,
    is_embed_attrs,
    link_density,
    norm,
    text_len,
    unlikely_prose,
)

_DIV_LIKE = frozenset({"div", "section", "td", "article", "font", "span"})
_MIN_PARA = 25
# Paragraph-like elements (a tag-filtered walk in C, cheaper than the XPath union), and containers
# holding text of their own (<br> runs), found by libxml2 rather than by a Python walk over every
# element; scores are sums, so order is free.
_PARAGRAPH_TAGS = ("p", "pre", "blockquote")
# The length test drops, in C, the many holders too short to give one paragraph (libxml2 collapses
# less whitespace than ``norm``, so it never drops one that would).
# Each tag is filtered on its own ``descendant::`` walk, so the union merges only the few holders
# rather than every <div> and <span> of the page (the result is the same set, in document order).
_HOLDER_TEST = f"[text()[normalize-space()]][string-length(normalize-space()) >= {_MIN_PARA}]"
# Holder tags that many pages lack: the walk for paragraphs notes which occur, and only their
# XPath walks run.
_RARE_HOLDERS = ("article", "font", "section", "td")
_COMMON_HOLDERS = tuple(sorted(_DIV_LIKE.difference(_RARE_HOLDERS)))


@cache
def _holders_query(rare: frozenset[str]) -> lxml.etree.XPath:
    """The text holders among ``<div>``, ``<span>`` and the ``rare`` holder tags under an element."""
    tags = sorted({*_COMMON_HOLDERS, *rare})
    return lxml.etree.XPath(" | ".join(f"descendant::{tag}{_HOLDER_TEST}" for tag in tags))


_RETRY_SCORE = 15.0
_TRUNCATED = ("...", "…", "[…]", "[...]")
_WIDEN_SHARE = 0.3
_PROSE_SHARE = 0.6
_COUNT_H1 = lxml.etree.XPath("count(.//h1)")


# Tags whose subtrees keep their paragraphs out of the scoring. ASP.NET pages wrap the whole
# document in one <form>, so forms only block in collection; the loose retry also reads
# <aside>/<header>/<nav> (some layouts put the story there).
_STRICT_BLOCKERS = SKIP_TAGS - {"form"}
_LOOSE_BLOCKERS = HARD_SKIP_TAGS - {"form"}


class _Verdicts:
    """Cached "is this element inside furniture?" answers, so each ancestor is judged once."""

    def __init__(self, strict: bool) -> None:
        self.strict = strict
        self.blockers = _STRICT_BLOCKERS if strict else _LOOSE_BLOCKERS
        self.cache: dict[lxml.html.HtmlElement, bool] = {}

    def blocks(self, node: lxml.html.HtmlElement) -> bool:
        """Whether ``node`` itself keeps its paragraphs out of the scoring."""
        tag = node.tag
        if tag in self.blockers:
            return True
        if tag == "blockquote" and is_embed_attrs(attrs_of(node)):
            return True
        if not self.strict or tag == "body" or tag == "html":
            return False
        attrs = attrs_of(node)
        return bool(attrs) and unlikely_prose(attrs)

    def excluded(self, el: lxml.html.HtmlElement) -> bool:
        cache = self.cache
        chain = []
        node = el
        verdict = False
        while node is not None:
            hit = cache.get(node)
            if hit is not None:
                verdict = hit
                break
            chain.append(node)
            if self.blocks(node):
                verdict = True
                break
            node = node.getparent()
        for node in chain:
            cache[node] = verdict
        return verdict


def _direct_chunks(el: lxml.html.HtmlElement) -> list[str]:
    """Runs of text that sit directly in ``el`` (with inline children), split at ``<br>`` and blocks.

    Pages that separate paragraphs with ``<br>`` instead of ``<p>`` score one run per paragraph,
    as readability does after turning such runs into paragraphs.
    """
    chunks, current = [], [el.text or ""]
    for child in el:
        tag = child.tag
        if tag == "br" or tag in BLOCK_TAGS or tag in SKIP_TAGS:
            chunks.append(norm("".join(current)))
            current = []
        elif isinstance(tag, str):
            current.append(STRING(child))
        current.append(child.tail or "")
    chunks.append(norm("".join(current)))
    return [chunk for chunk in chunks if len(chunk) >= _MIN_PARA]


def _para_texts(el: lxml.html.HtmlElement) -> list[str]:
    """The prose paragraphs that ``el`` holds directly (none when it holds only other blocks)."""
    if el.tag in _DIV_LIKE:
        return _direct_chunks(el)
    text = norm(STRING(el))
    return [text] if len(text) >= _MIN_PARA else []


class Scoring:
    """Readability scores (paragraph credit to the three nearest containers) and text mass
    (prose characters under each element, all the way up)."""

    def __init__(self) -> None:
        self.scores: dict[lxml.html.HtmlElement, float] = {}
        self.mass: dict[lxml.html.HtmlElement, int] = {}

    def add(self, el: lxml.html.HtmlElement, text: str) -> None:
        """Credit one paragraph to its container (fully) and the next two ancestors (partly)."""
        score = 1 + text.count(",") + min(len(text) // 100, 3)
        node = el if el.tag in _DIV_LIKE else el.getparent()
        scores, mass = self.scores, self.mass
        level = 0
        while node is not None:
            if level < 3:
                scores[node] = scores.get(node, 0.0) + score / (1, 2, 3)[level]
            mass[node] = mass.get(node, 0) + len(text)
            node = node.getparent()
            level += 1


def paragraph_elements(root: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """The paragraph-like elements and text holders under ``root`` that scoring reads."""
    paragraphs, rare = [], set()
    for el in root.iterdescendants(*_PARAGRAPH_TAGS, *_RARE_HOLDERS):
        tag = el.tag
        if tag in _RARE_HOLDERS:
            rare.add(tag)
        else:
            paragraphs.append(el)
    return [*paragraphs, *_holders_query(frozenset(rare))(root)]


def score_paragraphs(root: lxml.html.HtmlElement, strict: bool = True,
                     found: list[lxml.html.HtmlElement] | None = None) -> Scoring:
    """Content scores of the ancestors of every prose paragraph under ``root``; ``strict`` leaves
    out paragraphs inside blocks whose class/id says comments, sidebar, related, ...; ``found`` is
    ``paragraph_elements(root)`` when the caller has it already."""
    scoring = Scoring()
    verdicts = _Verdicts(strict)
    for el in found if found is not None else paragraph_elements(root):
        if verdicts.excluded(el):
            continue
        texts = _para_texts(el)
        if not texts:
            continue
        if el.tag not in _DIV_LIKE and link_density(el, len(texts[0])) > 0.5:
            continue
        for text in texts:
            if not text.endswith(_TRUNCATED):  # "...": a teaser's cut-off excerpt, not article prose
                scoring.add(el, text)
    return scoring


def _damping(el: lxml.html.HtmlElement) -> float:
    """``1 - link_density(el, text_len(el))``, measuring the text only when ``el`` holds a link."""
    if next(el.iter("a"), None) is None:
        return 1.0
    return 1 - link_density(el, text_len(el))


def best_candidate(scores: dict[lxml.html.HtmlElement, float]) -> tuple[lxml.html.HtmlElement | None, float]:
    """The top-scoring candidate after link-density damping and class weighting (the first of equals)."""
    if not scores:
        return None, 0.0
    shortlist = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)[:5]
    top, top_score = None, 0.0
    for el, raw in shortlist:
        weighted = raw + class_weight(attrs_of(el))
        # Damping scales by a factor in [0, 1], so the final score is at most max(weighted, 0):
        # a candidate that cannot beat the leader is not measured.
        if top is not None and max(weighted, 0.0) <= top_score:
            continue
        final = weighted * _damping(el)
        if top is None or final > top_score:
            top, top_score = el, final
    return top, top_score


def _widen(top: lxml.html.HtmlElement, mass: dict) -> lxml.html.HtmlElement:
    """Climb to an ancestor that holds much more prose than ``top``, or more prose in blocks of
    the same class as the one on the way up: an article split into sections.

    Wrappers that add no prose are passed through; the climb stops below ``<body>`` and at
    feeds of several articles (more than one ``<h1>``).
    """
    child = top
    for parent in top.iterancestors():
        if parent.tag in ("body", "html"):
            break
        grows = mass.get(parent, 0) >= (1 + _WIDEN_SHARE) * mass.get(top, 0) and _prose_added(
            parent, child, mass) >= _WIDEN_SHARE * mass.get(top, 0)
        # The prose test first: most wrappers add none, and then no sibling needs a look.
        if mass.get(parent, 0) > mass.get(top, 0) and (grows or _has_twin(child, mass)):
            if _COUNT_H1(parent) > 1:
                break
            top = parent
        child = parent
    return top


def _prose_added(parent: lxml.html.HtmlElement, child: lxml.html.HtmlElement, mass: dict) -> int:
    """Prose that ``parent`` adds beside ``child``, counting only branches that are mostly prose
    (a sidebar of links and blurbs adds text but is not more of the article)."""
    added = 0
    for branch in parent:
        prose = mass.get(branch, 0)
        if branch is child or prose == 0:
            continue
        if prose >= _PROSE_SHARE * text_len(branch):
            added += prose
    return added


def _has_twin(child: lxml.html.HtmlElement, mass: dict) -> bool:
    """Whether a sibling of ``child`` with the same class holds prose too (repeated text blocks)."""
    cls = child.get("class")
    if not cls:
        return False
    return any(mass.get(sib, 0) >= _MIN_PARA * 4 and sib.get("class") == cls
               for sib in child.itersiblings(preceding=True)) or any(
        mass.get(sib, 0) >= _MIN_PARA * 4 and sib.get("class") == cls for sib in child.itersiblings())


def _sibling_ok(sib: lxml.html.HtmlElement, scores: dict, threshold: float) -> bool:
    if not isinstance(sib.tag, str) or sib.tag in SKIP_TAGS or is_boiler_attrs(attrs_of(sib)):
        return False
    if scores.get(sib, 0.0) >= threshold:
        return True
    if sib.tag != "p":
        return False
    text = norm(STRING(sib))
    density = link_density(sib, len(text))
    return (len(text) > 80 and density < 0.25) or (0 < len(text) <= 80 and density == 0 and text.endswith("."))


def content_roots(root: lxml.html.HtmlElement) -> tuple[list[lxml.html.HtmlElement], set[lxml.html.HtmlElement], dict]:
    """The article's text containers in page order (empty when the page has no prose), the
    elements on the path down to the best-scoring block, which the collector must not skip, and
    the prose mass of every element."""
    found = paragraph_elements(root)
    scoring = score_paragraphs(root, found=found)
    if max(scoring.scores.values(), default=0.0) < _RETRY_SCORE:
        # Readability's retry: a page-wide wrapper with a furniture word must not hide the article.
        loose = score_paragraphs(root, strict=False, found=found)
        if max(loose.scores.values(), default=0.0) > max(scoring.scores.values(), default=0.0):
            scoring = loose
    scores = scoring.scores
    best, _ = best_candidate(scores)
    if best is None:
        return [], set(), {}
    top = _widen(best, scoring.mass)
    protected = {best, *best.iterancestors()}
    parent = top.getparent()
    if parent is None or top.tag in ("body", "html"):
        return [top], protected, scoring.mass
    threshold = max(10.0, scores.get(top, 0.0) * 0.2)
    return [s for s in parent if s is top or _sibling_ok(s, scores, threshold)], protected, scoring.mass
