"""The Playwright download handler for JavaScript portals, with replay mode (see
``spiders.handlers``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.http import Response
from scrapy_playwright.handler import ScrapyPlaywrightDownloadHandler

from spiders.handlers import replayed
from spiders.replay import to_replay_url


class PlaywrightDownloadHandler(ScrapyPlaywrightDownloadHandler):
    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.replay_base: str | None = crawler.settings.get("ICEWATCH_REPLAY_URL") or None

    async def download_request(self, request: Request) -> Response:
        if self.replay_base and not request.meta.get("playwright"):
            return await replayed(super().download_request, request, self.replay_base)
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
