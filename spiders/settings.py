"""Scrapy settings for icewatch crawls.

The crawl runner (``spiders.crawl``) overrides the ICEWATCH_* keys and the politeness settings
from the icewatch configuration for each run.
"""

from scrapy.settings import default_settings as _defaults

BOT_NAME = "icewatch"
SPIDER_MODULES = ["spiders.spiders"]
NEWSPIDER_MODULE = "spiders.spiders"

USER_AGENT = "icewatch/0.1 (+https://github.com/icewatch/icewatch; monitoring public records)"
ROBOTSTXT_OBEY = True
# A site's robots.txt answer is kept this long in ICEWATCH_ROBOTS_DIR (RFC 9309: at most 24 h).
ROBOTSTXT_KEEP_HOURS = 24.0

# Politeness: few requests per site, adaptive delay, retries with backoff on 429 and 5xx.
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
# One process crawls many sources, one crawler each; these bound the crawlers at once. One
# crawler at a time per host: a crawler keeps its own per-host limit and delay, so two
# sources of one host (every Legistar client calls webapi.legistar.com) take turns.
ICEWATCH_MAX_CRAWLS = 32
ICEWATCH_CRAWLS_PER_HOST = 1
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [429, 500, 502, 503, 504, 522, 524, 408]
RETRY_BACKOFF_BASE = 2.0  # seconds before the first retry; doubles each time
RETRY_MAX_DELAY = 120.0  # cap, also for a server's Retry-After
DOWNLOAD_TIMEOUT = 60
DOWNLOAD_MAXSIZE = 512 * 1024 * 1024

# Conditional requests: a re-run revalidates what it fetched before instead of downloading it.
HTTPCACHE_ENABLED = True
HTTPCACHE_POLICY = "scrapy.extensions.httpcache.RFC2616Policy"
HTTPCACHE_IGNORE_HTTP_CODES = [429, 500, 502, 503, 504]

ITEM_PIPELINES = {"spiders.pipelines.DocumentStorePipeline": 100}
DOWNLOADER_MIDDLEWARES = {
    # First of all: only http(s) to public addresses (spiders/urlpolicy.py).
    "spiders.middlewares.UrlPolicyMiddleware": 50,
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "spiders.middlewares.KeptRobotsTxtMiddleware": 100,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "spiders.middlewares.BackoffRetryMiddleware": 550,
    "spiders.middlewares.ReplayRecordMiddleware": 950,
    # The per-host limit as a guarantee (Scrapy's does not hold at DOWNLOAD_DELAY = 0).
    "spiders.middlewares.HostConcurrencyMiddleware": 960,
}
SPIDER_MIDDLEWARES = {
    "spiders.middlewares.SourceFailureMiddleware": 1000,
}

# Plain HTTP (with replay mode) for most portals; spiders that need a browser switch to the
# Playwright handler in their custom_settings, with the system Chromium by default.
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
DOWNLOAD_HANDLERS = {
    "http": "spiders.handlers.IcewatchDownloadHandler",
    "https": "spiders.handlers.IcewatchDownloadHandler",
}
PLAYWRIGHT_BROWSER_TYPE = "chromium"
PLAYWRIGHT_LAUNCH_OPTIONS = {
    "headless": True,
    "args": [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ],
}
PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT = 60_000

# No control ports: Scrapy's telnet console and its remote-control HTTP server (enabled by
# default since 2.19: it runs Python code sent to it and leaves a job file in the home folder).
# Left out of the base list, not only disabled: Scrapy imports every listed extension, and
# these two bring aiohttp and Twisted's telnet (0.15 s per crawl process).
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False
EXTENSIONS_BASE = {
    path: order
    for path, order in _defaults.EXTENSIONS_BASE.items()
    if path.rsplit(".", 1)[-1] not in {"TelnetConsole", "RemoteControl"}
}

# Items go through synchronous pipelines: parallel item processing buys nothing, and Scrapy
# starts CONCURRENT_ITEMS tasks for every response.
CONCURRENT_ITEMS = 1
# Scrapy reads the source of every generator callback to warn about ``return value``; ruff
# and the tests cover it.
WARN_ON_GENERATOR_RETURN_VALUE = False

FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"
