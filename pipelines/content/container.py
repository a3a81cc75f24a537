"""Find the elements that hold an article's text.

Readability-style scoring on the lxml tree, without mutating it: every prose paragraph adds
to its parent (fully) and grandparent and great-grandparent (partly); candidates are damped by
link density and weighted by class/id words; the best one, together with siblings that look
like more of the same article, becomes the list of roots the collector reads.
"""

from __future__ import annotations

import lxml.html

from pipelines.content.signals import (
    SKIP_TAGS,
    STRING,
    attrs_of,
    class_weight,
    is_boiler_attrs,
    link_density,
    norm,
    unlikely_prose,
)

_PARA_TAGS = ("p", "pre", "div", "section", "td", "blockquote", "article", "font", "span")
_DIV_LIKE = frozenset({"div", "section", "td", "article", "font", "span"})
_MIN_PARA = 25
_RETRY_SCORE = 15.0


class _Verdicts:
    """Cached "is this element inside furniture?" answers, so each ancestor is judged once."""

    def __init__(self, strict: bool) -> None:
        self.strict = strict
        self.cache: dict[lxml.html.HtmlElement, bool] = {}

    def blocks(self, node: lxml.html.HtmlElement) -> bool:
        """Whether ``node`` itself keeps its paragraphs out of the scoring."""
        tag = node.tag
        # ASP.NET pages wrap the whole document in one <form>, so forms only block in collection.
        if tag in SKIP_TAGS and tag != "form":
            return True
        return self.strict and tag not in ("body", "html") and unlikely_prose(attrs_of(node))

    def excluded(self, el: lxml.html.HtmlElement) -> bool:
        chain = []
        node = el
        verdict = False
        while node is not None:
            hit = self.cache.get(node)
            if hit is not None:
                verdict = hit
                break
            chain.append(node)
            if self.blocks(node):
                verdict = True
                break
            node = node.getparent()
        for node in chain:
            self.cache[node] = verdict
        return verdict


def _direct_text(el: lxml.html.HtmlElement) -> str:
    """Text that sits directly in ``el`` (its text and its children's tails), not in child elements."""
    parts = [el.text or ""]
    parts.extend(child.tail or "" for child in el)
    return "".join(parts)


def _para_text(el: lxml.html.HtmlElement) -> str | None:
    """The prose of a paragraph-like element, or ``None`` when it is not one."""
    if el.tag in _DIV_LIKE:
        text = norm(_direct_text(el))
        return text if len(text) >= 100 else None
    text = norm(STRING(el))
    return text if len(text) >= _MIN_PARA else None


def score_paragraphs(root: lxml.html.HtmlElement, strict: bool = True) -> dict[lxml.html.HtmlElement, float]:
    """Content scores of the ancestors of every prose paragraph under ``root``; ``strict`` leaves
    out paragraphs inside blocks whose class/id says comments, sidebar, related, ..."""
    scores: dict[lxml.html.HtmlElement, float] = {}
    verdicts = _Verdicts(strict)
    for el in root.iter(*_PARA_TAGS):
        text = _para_text(el)
        if text is None or verdicts.excluded(el):
            continue
        if el.tag not in _DIV_LIKE and link_density(el, len(text)) > 0.5:
            continue
        score = 1 + text.count(",") + min(len(text) // 100, 3)
        node = el if el.tag in _DIV_LIKE else el.getparent()
        for level in range(3):
            if node is None or not isinstance(node.tag, str):
                break
            scores[node] = scores.get(node, 0.0) + score / (1, 2, 3)[level]
            node = node.getparent()
    return scores


def _final_score(el: lxml.html.HtmlElement, raw: float) -> float:
    text_len = len(norm(STRING(el)))
    return (raw + class_weight(attrs_of(el))) * (1 - link_density(el, text_len))


def best_candidate(scores: dict[lxml.html.HtmlElement, float]) -> tuple[lxml.html.HtmlElement | None, float]:
    """The top-scoring candidate after link-density damping and class weighting."""
    if not scores:
        return None, 0.0
    shortlist = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)[:8]
    finals = [(_final_score(el, raw), el) for el, raw in shortlist]
    top_score, top = max(finals, key=lambda pair: pair[0])
    return top, top_score


def _widen(top: lxml.html.HtmlElement, scores: dict, top_score: float) -> lxml.html.HtmlElement:
    """Climb to the parent when the article is split across several similar sibling blocks."""
    parent = top.getparent()
    while parent is not None and parent.tag not in ("body", "html"):
        rivals = [c for c in parent if c is not top and scores.get(c, 0.0) >= top_score * 0.5
                  and not is_boiler_attrs(attrs_of(c))]
        if len(rivals) < 1:
            break
        top, parent = parent, parent.getparent()
    return top


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


def content_roots(root: lxml.html.HtmlElement) -> tuple[list[lxml.html.HtmlElement], set[lxml.html.HtmlElement]]:
    """The article's text containers in page order (empty when the page has no prose), and the
    elements on the path down to the best-scoring block, which the collector must not skip."""
    scores = score_paragraphs(root)
    if max(scores.values(), default=0.0) < _RETRY_SCORE:
        # Readability's retry: a page-wide wrapper with a furniture word must not hide the article.
        loose = score_paragraphs(root, strict=False)
        if max(loose.values(), default=0.0) > max(scores.values(), default=0.0):
            scores = loose
    best, _ = best_candidate(scores)
    if best is None:
        return [], set()
    top = _widen(best, scores, scores.get(best, 0.0))
    protected = {best, *best.iterancestors()}
    parent = top.getparent()
    if parent is None or top.tag in ("body", "html"):
        return [top], protected
    threshold = max(10.0, scores.get(top, 0.0) * 0.2)
    return [s for s in parent if s is top or _sibling_ok(s, scores, threshold)], protected
