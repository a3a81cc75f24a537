"""Embedded social posts (X/Twitter, Instagram, YouTube, TikTok, Threads, Facebook): read them
into ``SocialPost`` records so the body stage can leave them out."""

from __future__ import annotations

from pipelines.parse import Page
from pipelines.record import SocialPost


def extract_embeds(page: Page) -> tuple[SocialPost, ...]:
    """Social posts embedded in ``page``, in page order."""
    return ()
