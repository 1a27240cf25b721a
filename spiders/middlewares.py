"""Downloader and spider middlewares: replay recording, known documents, polite retries,
loud failures."""

from __future__ import annotations

import asyncio
import datetime as dt
import email.utils
import functools
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Any

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import NotConfigured
from scrapy.http import Response
from scrapy.utils.response import response_status_message

from spiders.batch import SOURCE, owner_of, stats_for
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
        fail = getattr(owner_of(self.crawler, response.request), "fail", None)
        if fail is None:
            return None
        fail(f"{type(exception).__name__}: {exception}", response.url)
        return []


class KnownDocumentsMiddleware:
    """Never downloads a document the store already holds.

    ``ICEWATCH_KNOWN_DOCUMENTS`` names a file of URLs (one per line) that earlier runs stored;
    a document request (``meta["icewatch_document"]``) for one of them is dropped as the
    spider yields it, unless the spider asks to revalidate it (the platform says the file
    changed since the last crawl). Dropping it here, before the scheduler, costs nothing per
    request; the crawlers of one process share the file's set.
    """

    def __init__(self, known: frozenset[str], crawler: Crawler) -> None:
        self.known = known
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> KnownDocumentsMiddleware:
        path = crawler.settings.get("ICEWATCH_KNOWN_DOCUMENTS")
        if not path:
            raise NotConfigured
        return cls(_known_urls(path), crawler)

    def _wanted(self, result: Any, response: Response) -> bool:
        if not isinstance(result, Request):
            return True
        meta = result.meta
        document = meta.get("icewatch_document") and not meta.get("icewatch_revalidate")
        if document and result.url in self.known:
            source = response.request.meta.get(SOURCE) if response.request else None
            stats_for(self.crawler, source).inc_value("icewatch/documents/skipped_known")
            return False
        return True

    def process_spider_output(
        self, response: Response, result: Iterable[Any], spider: Spider | None = None
    ) -> Iterator[Any]:
        return (r for r in result if self._wanted(r, response))

    async def process_spider_output_async(
        self, response: Response, result: AsyncIterator[Any], spider: Spider | None = None
    ) -> AsyncIterator[Any]:
        async for r in result:
            if self._wanted(r, response):
                yield r


@functools.cache
def _known_urls(path: str) -> frozenset[str]:
    with open(path, encoding="utf-8") as lines:
        return frozenset(line.strip() for line in lines if line.strip())


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's retries, but waiting before each: ``Retry-After`` when the server sends it
    (seconds or an HTTP date, capped by ``RETRY_MAX_DELAY``), else exponential backoff from
    ``RETRY_BACKOFF_BASE`` seconds (1×, 2×, 4×…)."""

    def __init__(self, settings: Any) -> None:
        super().__init__(settings)
        self.backoff_base = settings.getfloat("RETRY_BACKOFF_BASE", 1.0)
        self.max_delay = settings.getfloat("RETRY_MAX_DELAY", 60.0)

    async def process_response(  # type: ignore[override]
        self, request: Request, response: Response, spider: Spider | None = None
    ) -> Request | Response:
        if request.meta.get("dont_retry") or response.status not in self.retry_http_codes:
            return response
        retry = self._retry(request, response_status_message(response.status))
        if retry is None:
            return response
        delay = retry_delay(
            response.headers.get("Retry-After", b"").decode("latin-1"),
            attempt=request.meta.get("retry_times", 0),
            base=self.backoff_base,
            cap=self.max_delay,
        )
        if delay > 0:
            await asyncio.sleep(delay)
        return retry


def retry_delay(retry_after: str, *, attempt: int, base: float, cap: float) -> float:
    """Seconds to wait before retry number ``attempt + 1``."""
    value = retry_after.strip()
    if value.isdigit():
        return min(float(value), cap)
    if value:
        try:
            when = email.utils.parsedate_to_datetime(value)
            return max(0.0, min((when - dt.datetime.now(dt.UTC)).total_seconds(), cap))
        except (TypeError, ValueError):
            pass
    return min(base * 2**attempt, cap)
