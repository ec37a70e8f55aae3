"""Scrapy settings for articlecrawl: polite defaults, each overridable with `-s NAME=VALUE`.

Project settings share the ARTICLECRAWL_ prefix; every default lives here and nowhere else.
"""

from __future__ import annotations

BOT_NAME = "articlecrawl"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"
COMMANDS_MODULE = "crawler.commands"  # `scrapy crawl` checks its input and takes the lock first

# --- articlecrawl's own settings -----------------------------------------------------------
ARTICLECRAWL_DB = "data/articles.db"
"""SQLite file the crawl writes to; an empty value switches the store off (feed exports only)."""
ARTICLECRAWL_BATCH_SIZE = 100
"""Articles written per transaction; the last partial batch is written when the crawl closes."""
ARTICLECRAWL_USE_SITEMAPS = True
"""Also read the sitemaps that each start domain's robots.txt lists."""
ARTICLECRAWL_FOLLOW_LISTING_LINKS = True
"""On listing and start pages, follow every in-domain link (categories, pagination, articles)."""
ARTICLECRAWL_RECRAWL_AFTER_DAYS = 7.0
"""A stored article is fetched again (conditionally) only when older than this; 0 = always."""

# --- politeness -----------------------------------------------------------------------------
USER_AGENT = "articlecrawl/0.1 (+https://github.com/articlecrawl/articlecrawl; polite crawler)"
ROBOTSTXT_OBEY = True
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 4
DOWNLOAD_DELAY = 0.25
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024  # an article page is ~20-200 KB; refuse what is not one
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
COOKIES_ENABLED = False
REFERER_ENABLED = True

# --- safety: where the crawl may go, and how far ------------------------------------------------
DOWNLOADER_MIDDLEWARES = {
    # after OffsiteMiddleware (50), so off-site hosts are dropped before any DNS look-up; before
    # RobotsTxtMiddleware (100), so no robots.txt is fetched from a refused host
    "crawler.safety.PrivateAddressMiddleware": 60,
}
ARTICLECRAWL_ALLOW_PRIVATE_ADDRESSES = False
"""Fetch private, loopback and link-local addresses other than the start URLs' own."""
DEPTH_LIMIT = 100
"""Links followed from a start URL, at most: cuts calendar-style link traps (sitemaps and
listings reach real articles well within it; raise it for very long pagination chains)."""
REDIRECT_MAX_TIMES = 10

# --- no open doors: a cron crawler listens on no port unless asked ------------------------------
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False

# --- the record's way to SQLite ------------------------------------------------------------
ITEM_PIPELINES = {"crawler.pipelines.StorePipeline": 300}
SPIDER_MIDDLEWARES = {"crawler.conditional.ConditionalRequestsMiddleware": 850}
FEED_EXPORT_ENCODING = "utf-8"

LOG_LEVEL = "INFO"

# --- several machines: `articlecrawl worker`, `enqueue`, `load` (crawler/cluster/) -------------
ARTICLECRAWL_REDIS_PREFIX = "articlecrawl"
"""Prefix of the cluster crawl's Redis keys (`--prefix`): several crawls can share one Redis."""
ARTICLECRAWL_REDIS_LEASE_SECONDS = 60.0
"""A request a worker took is its own this long past the worker's last heartbeat; a killed
worker's requests go back on the queue after it."""

# --- health checks when a run closes (Spidermon; see crawler/monitors.py) ------------------------
SPIDERMON_ENABLED = True
EXTENSIONS = {
    "spidermon.contrib.scrapy.extensions.Spidermon": 500,
    "crawler.progress.ProgressLine": 600,
}
ARTICLECRAWL_PROGRESS = False
"""One live progress line on stderr (`articlecrawl crawl` turns it on when stderr is a terminal
and Scrapy's log is not shown there)."""
SPIDERMON_SPIDER_CLOSE_MONITORS = ("crawler.monitors.HealthSuite",)
SPIDERMON_ADD_FIELD_COVERAGE = True
SPIDERMON_FIELD_COVERAGE_SKIP_IF_NO_ITEM = True  # a re-crawl of an unchanged site scrapes none
SPIDERMON_FIELD_COVERAGE_SKIP_NONE = True  # a field counts as covered when it has a value
SPIDERMON_FIELD_COVERAGE_RULES = {"Article/title": 0.99, "Article/body": 0.99}
SPIDERMON_EXPECTED_FINISH_REASONS = ["finished"]
ARTICLECRAWL_MIN_ITEMS = 1
"""A run that sees fewer articles (stored, updated or unchanged) is unhealthy."""
ARTICLECRAWL_MAX_ERROR_RATE = 0.1
"""A run where more than this share of the pages tried failed is unhealthy."""
