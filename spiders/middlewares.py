"""Downloader middlewares: recording responses into a replay directory."""

from __future__ import annotations

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Response

from spiders.replay import ReplayRecorder


class ReplayRecordMiddleware:
    """With ``ICEWATCH_RECORD_DIR`` set, every response is written to that replay directory."""

    def __init__(self, recorder: ReplayRecorder) -> None:
        self.recorder = recorder

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ReplayRecordMiddleware:
        folder = crawler.settings.get("ICEWATCH_RECORD_DIR")
        if not folder:
            raise NotConfigured
        return cls(ReplayRecorder(folder))

    def process_response(
        self, request: Request, response: Response, spider: Spider | None = None
    ) -> Response:
        headers = {
            k.decode("latin-1"): b", ".join(v).decode("latin-1")
            for k, v in response.headers.items()
        }
        self.recorder.add(request.method, response.url, response.status, headers, response.body)
        return response


class SourceFailureMiddleware:
    """Turns an exception in a spider callback into a reported source failure.

    The message names the source, the exception and the URL, and the crawl goes on with the
    other requests: one broken page never hides what the rest produced.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SourceFailureMiddleware:
        return cls(crawler)

    def process_spider_exception(
        self, response: Response, exception: Exception
    ) -> list[object] | None:
        fail = getattr(self.crawler.spider, "fail", None)
        if fail is None:
            return None
        fail(f"{type(exception).__name__}: {exception}", response.url)
        return []
