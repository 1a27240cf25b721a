"""Behaviour every icewatch spider shares: its source, loud failures, errbacks."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

import scrapy
from scrapy.http import Response
from twisted.python.failure import Failure


class SourceFailure(Exception):
    """The source could not be read as expected (a redesigned page, a missing link)."""


class IcewatchSpider(scrapy.Spider):
    """Base spider: configured by one sources-registry entry passed as ``-a source=<json>``.

    Failures are collected in the crawl stats under ``icewatch/failures`` (one message each,
    naming the URL) so that the runner can report the source as failed while keeping what it
    did produce.
    """

    source: dict[str, Any]

    def __init__(self, source: str | dict[str, Any] | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        if isinstance(source, str):
            source = json.loads(source)
        if not source:
            raise ValueError(
                f"spider {self.name} needs a source: -a source='<registry entry JSON>'"
            )
        self.source = source
        self.source_id: str = source["id"]

    async def start(self) -> Any:
        for request in self.start_requests_for_source():
            yield request

    def start_requests_for_source(self) -> Iterable[scrapy.Request]:
        yield scrapy.Request(self.source["url"], callback=self.parse, errback=self.on_error)

    def fail(self, message: str, url: str | None = None) -> None:
        text = f"{self.source_id}: {message}" + (f" ({url})" if url else "")
        self.logger.error(text)
        failures = self.crawler.stats.get_value("icewatch/failures") or []
        self.crawler.stats.set_value("icewatch/failures", [*failures, text])

    def on_error(self, failure: Failure) -> None:
        request = getattr(failure, "request", None)
        url = request.url if request is not None else None
        response: Response | None = getattr(failure.value, "response", None)
        if response is not None:
            self.fail(f"HTTP {response.status}", url)
        else:
            self.fail(f"{failure.type.__name__}: {failure.getErrorMessage()}", url)
