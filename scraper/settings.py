"""Scrapy settings: polite defaults, and ``settings_for(config)`` turning a ``Config`` into Scrapy settings.

Settings flow from here, to a spider's ``custom_settings``, to the ``settings`` mapping given to
``scraper.crawl.run_crawl`` (tests use it for tiny timeouts and size caps).
"""

from __future__ import annotations

from typing import Any

from scraper.config import Config, CrawlSettings

BOT_NAME = "showbeat"
SPIDER_MODULES = ["scraper.spiders"]

# Politeness: identify honestly, obey robots.txt, adapt the pace to the server.
ROBOTSTXT_OBEY = True
USER_AGENT = CrawlSettings().user_agent
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

# Limits: every one ends as a failure record, never a stuck crawl.
DOWNLOAD_TIMEOUT = 30
RETRY_ENABLED = True
RETRY_TIMES = 2
DOWNLOAD_MAXSIZE = 5_000_000
DOWNLOAD_WARNSIZE = 1_000_000
REDIRECT_MAX_TIMES = 5
DOWNLOAD_FAIL_ON_DATALOSS = True

# No remote control, no cache (incremental fetching uses stored validators instead), quiet logs.
TELNETCONSOLE_ENABLED = False
HTTPCACHE_ENABLED = False
COOKIES_ENABLED = False
LOG_LEVEL = "ERROR"
RETRY_GIVE_UP_LOG_LEVEL = "WARNING"  # a page that gives up becomes a failure record; no need to shout
FEED_EXPORT_ENCODING = "utf-8"

DOWNLOADER_MIDDLEWARES = {
    # Scrapy's own, fixed: robots.txt applies to every request that waited for it (see scraper.middlewares).
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "scraper.middlewares.RobotsTxtMiddleware": 100,
    # After robots.txt (100) so disallowed pages never reach the database lookup; before retries.
    "scraper.middlewares.IncrementalMiddleware": 120,
    # Below HttpCompressionMiddleware (590) in the chain, so it sees decompressed bodies.
    "scraper.middlewares.SizeCapMiddleware": 580,
}
ITEM_PIPELINES = {
    "pipelines.scrapy_pipelines.StorePipeline": 300,
}

_NAMES = [name for name in dir() if name.isupper()]
# The smallest download delay used, even for ``delay = 0``: with no delay at all, Scrapy 2.19's
# downloader starts every queued request of a host at once (a started download counts against
# ``CONCURRENT_REQUESTS_PER_DOMAIN`` only once its task runs), so ``concurrency_per_domain`` was
# ignored. A millisecond between requests keeps the limit without slowing a crawl.
MIN_DELAY_S = 0.001


def base_settings() -> dict[str, Any]:
    """The module's defaults as a plain dict."""
    return {name: globals()[name] for name in _NAMES}


def settings_for(config: Config) -> dict[str, Any]:
    """Scrapy settings for a crawl under ``config`` (its ``[crawl]`` table on top of the defaults)."""
    crawl = config.crawl
    settings = base_settings()
    settings.update({
        "USER_AGENT": crawl.user_agent,
        "ROBOTSTXT_OBEY": crawl.obey_robots,
        "CONCURRENT_REQUESTS_PER_DOMAIN": crawl.concurrency_per_domain,
        "DOWNLOAD_DELAY": max(crawl.delay, MIN_DELAY_S),
        "AUTOTHROTTLE_ENABLED": crawl.autothrottle,
        "AUTOTHROTTLE_START_DELAY": max(crawl.delay, 0.1),
        "DOWNLOAD_TIMEOUT": crawl.timeout,
        "RETRY_TIMES": crawl.retries,
        "DOWNLOAD_MAXSIZE": crawl.max_page_bytes,
        "DOWNLOAD_WARNSIZE": max(1, crawl.max_page_bytes // 2),
    })
    if crawl.redis_url:
        settings.update(redis_settings(crawl.redis_url))
    return settings


def redis_settings(redis_url: str) -> dict[str, Any]:
    """scrapy-redis scheduler and dupefilter, so several workers share one request queue."""
    return {
        "SCHEDULER": "scrapy_redis.scheduler.Scheduler",
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        "SCHEDULER_PERSIST": False,
        "REDIS_URL": redis_url,
    }
