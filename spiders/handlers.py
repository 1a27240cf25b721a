"""Download handlers: plain HTTP for most portals, Playwright for JavaScript portals; both
with replay mode.

Only spiders that need a browser (``custom_settings`` of the BoardDocs spider) use
:class:`PlaywrightDownloadHandler`: it starts a Playwright driver when its crawler starts, which
a batch of many plain-HTTP crawls in one process must not pay once per source.

In replay mode (setting ``ICEWATCH_REPLAY_URL``) plain requests are sent to the replay server
and come back under their original URLs, and every request Chromium makes for a Playwright
page is fetched from the replay server and fulfilled from there, so nothing leaves loopback.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
from scrapy.crawler import Crawler
from scrapy.http import Response
from scrapy_playwright.handler import ScrapyPlaywrightDownloadHandler

from spiders.replay import to_replay_url

PLAYWRIGHT_HANDLERS = {
    "http": "spiders.handlers.PlaywrightDownloadHandler",
    "https": "spiders.handlers.PlaywrightDownloadHandler",
}


async def _replayed(
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
            return await _replayed(super().download_request, request, self.replay_base)
        return await super().download_request(request)


class PlaywrightDownloadHandler(ScrapyPlaywrightDownloadHandler):
    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.replay_base: str | None = crawler.settings.get("ICEWATCH_REPLAY_URL") or None

    async def download_request(self, request: Request) -> Response:
        if self.replay_base and not request.meta.get("playwright"):
            return await _replayed(super().download_request, request, self.replay_base)
        return await super().download_request(request)

    def _make_request_handler(self, **kwargs: Any) -> Callable:
        # scrapy-playwright routes every page request through this handler; in replay mode
        # the route fetches from the replay server instead of continuing to the network.
        handler = super()._make_request_handler(**kwargs)
        if not self.replay_base:
            return handler
        base = self.replay_base
        url: str = kwargs["url"]
        initial_request_done = kwargs["initial_request_done"]

        async def replay_route(route: Any, playwright_request: Any) -> None:
            target = playwright_request.url
            if playwright_request.is_navigation_request() and target.rstrip("/") == url.rstrip("/"):
                initial_request_done.set()
            if urlsplit(target).scheme not in {"http", "https"}:
                await route.continue_()
                return
            fetched = await route.fetch(url=to_replay_url(target, base), max_redirects=0)
            await route.fulfill(response=fetched)

        return replay_route
