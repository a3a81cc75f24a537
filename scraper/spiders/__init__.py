"""The config-driven spiders, one per source kind, plus ``UrlsSpider`` for refetching given URLs."""

from __future__ import annotations

from scraper.spiders.base import ArticleSpider
from scraper.spiders.feed import FeedSpider
from scraper.spiders.listing import ListingSpider
from scraper.spiders.sitemap import SitemapSpider
from scraper.spiders.urls import UrlsSpider

SPIDERS: dict[str, type[ArticleSpider]] = {"feed": FeedSpider, "sitemap": SitemapSpider, "listing": ListingSpider}

__all__ = ["SPIDERS", "ArticleSpider", "FeedSpider", "ListingSpider", "SitemapSpider", "UrlsSpider"]
