"""The Scrapy project and the ``showbeat`` command line: configuration, spiders, crawl runs,
schedules. Fetching only; extraction lives in ``pipelines`` and persistence in ``storage``."""
