"""Extraction, pure and offline: HTML in, the ``shared/spec/facts.md`` article record out.

No Scrapy and no SQLAlchemy here (except ``pipelines.scrapy_pipelines``, the thin glue the
crawl uses). ``showbeat extract`` and the crawl call the same ``extract``.
"""

from pipelines.context import ExtractConfig, Show
from pipelines.extract import extract, extract_page
from pipelines.facts import extract_facts
from pipelines.record import ArticleRecord, Outlet, SocialPost

__all__ = ["ArticleRecord", "ExtractConfig", "Outlet", "Show", "SocialPost", "extract", "extract_facts",
           "extract_page"]
