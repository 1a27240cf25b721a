"""Download handlers: plain HTTP for most portals, Playwright for JavaScript portals; both
with replay mode.

Only spiders that need a browser (``custom_settings`` of the BoardDocs spider) use
:class:`spiders.browser.PlaywrightDownloadHandler`: it starts a Playwright driver when its
crawler starts, which a batch of many plain-HTTP crawls in one process must not pay once per
source, and importing it costs a quarter second.

In replay mode (setting ``ICEWATCH_REPLAY_URL``) plain requests are sent to the replay server
and come back under their original URLs, and every request Chromium makes for a Playwright
page is fetched from the replay server and fulfilled from there, so nothing leaves loopback.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from scrapy import Request
from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
from scrapy.crawler import Crawler
from scrapy.http import Response

from spiders.replay import to_replay_url

# By path, so that only the crawls that use it import Playwright (a quarter second each).
PLAYWRIGHT_HANDLERS = {
    "http": "spiders.browser.PlaywrightDownloadHandler",
    "https": "spiders.browser.PlaywrightDownloadHandler",
}


async def replayed(
    download: Callable[[Request], Awaitable[Response]], request: Request, base: str
) -> Response:
    response = await download(request.replace(url=to_replay_url(request.url, base)))
    return response.replace(url=request.url)


class IcewatchDownloadHandler(HTTP11DownloadHandler):
    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.replay_base: str | None = crawler.settings.get("ICEWATCH_REPLAY_URL") or None

    async def download_request(self, request: Request) -> Response:
        if self.replay_base:
            return await replayed(super().download_request, request, self.replay_base)
        return await super().download_request(request)
