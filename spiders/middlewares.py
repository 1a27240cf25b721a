"""Downloader and spider middlewares: the URL policy, replay recording, kept robots.txt
answers, polite retries, loud failures."""

from __future__ import annotations

import asyncio
import datetime as dt
import email.utils
import os
import re
import socket
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Response
from scrapy.resolver import CachingThreadedResolver
from scrapy.robotstxt import RobotParser
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.misc import build_from_crawler
from scrapy.utils.response import response_status_message
from twisted.internet.defer import Deferred
from twisted.internet.error import DNSLookupError

from spiders.replay import ReplayRecorder
from spiders.urlpolicy import address_refusal, url_refusal


class RefusedRequest(IgnoreRequest):
    """A request the URL policy refused (recorded for its source, never sent)."""


class UrlPolicyMiddleware:
    """Refuses every request that is not http(s) to a public address (``spiders.urlpolicy``):
    document links, redirects (a redirected request passes here again) and robots.txt alike.
    Live runs resolve the host first, and every address it has must be public; replay runs
    judge the URL alone (the replay server answers for every host, on purpose). A refusal is
    recorded for its source (``icewatch/refused``) and named in the run's summary; it does not
    fail the source."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.live = not crawler.settings.get("ICEWATCH_REPLAY_URL")
        self.hosts: dict[str, str | None] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> UrlPolicyMiddleware:
        return cls(crawler)

    async def process_request(self, request: Request, spider: Spider | None = None) -> None:
        why = url_refusal(request.url)
        if why is None and self.live:
            why = await self._host_refusal(urlparse_cached(request).hostname or "")
        if why is None:
            return None
        refuse = getattr(self.crawler.spider, "refuse", None)
        if refuse is not None:
            refuse(why, request.url)
        raise RefusedRequest(f"refused: {why}")

    async def _host_refusal(self, host: str) -> str | None:
        if host not in self.hosts:
            try:
                infos = await asyncio.get_running_loop().getaddrinfo(
                    host, None, type=socket.SOCK_STREAM
                )
            except OSError:
                return None  # the download itself reports that the name does not resolve
            found = (address_refusal(str(info[4][0])) for info in infos)
            why = next((w for w in found if w), None)
            self.hosts[host] = f"{host} resolves to {why}" if why else None
        return self.hosts[host]


class HostConcurrencyMiddleware:
    """At most ``CONCURRENT_REQUESTS_PER_DOMAIN`` requests in flight to one host, whatever the
    download delay: under the asyncio reactor Scrapy's own per-slot limit lets a whole slot
    queue through at once when the delay is 0 (14-18 at once measured against a limit of 2).
    Placed after the HTTP cache, so that a cached answer waits for nothing."""

    def __init__(self, crawler: Crawler) -> None:
        self.limit = max(1, crawler.settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN", 2))
        self.hosts: dict[str, asyncio.Semaphore] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> HostConcurrencyMiddleware:
        return cls(crawler)

    async def process_request(self, request: Request, spider: Spider | None = None) -> None:
        host = urlparse_cached(request).hostname or ""
        slot = self.hosts.setdefault(host, asyncio.Semaphore(self.limit))
        await slot.acquire()
        # The request object itself holds the place: a retry is a copy and takes its own.
        request.meta[_HOLDS] = (host, id(request))

    def _release(self, request: Request) -> None:
        held = request.meta.get(_HOLDS)
        if held is not None and held[1] == id(request):
            del request.meta[_HOLDS]
            self.hosts[held[0]].release()

    def process_response(
        self, request: Request, response: Response, spider: Spider | None = None
    ) -> Response:
        self._release(request)
        return response

    def process_exception(
        self, request: Request, exception: BaseException, spider: Spider | None = None
    ) -> None:
        self._release(request)


_HOLDS = "icewatch_host_slot"


class PublicOnlyResolver(CachingThreadedResolver):
    """Scrapy's DNS resolver, refusing names that resolve to a non-public address: the
    connection itself cannot reach one, even if a name's answer changed after the policy
    checked it (DNS rebinding)."""

    def getHostByName(self, name: str, timeout: Sequence[int] = ()) -> Deferred[str]:
        def check(address: str) -> str:
            why = address_refusal(address)
            if why:
                raise DNSLookupError(f"{name}: {why}: refused")
            return address

        return super().getHostByName(name, timeout).addCallback(check)


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


class KeptRobotsTxtMiddleware(RobotsTxtMiddleware):
    """Scrapy's robots.txt middleware, keeping each site's answer for ``ROBOTSTXT_KEEP_HOURS``
    (24: the most RFC 9309 allows) in ``ICEWATCH_ROBOTS_DIR``.

    A run within a day of the last one asks no site for its robots.txt again. A 4xx answer is
    kept as "no rules" (what it means); a 5xx or a failed download is not kept, so the next run
    asks again. Without the folder (replay runs), every crawl fetches robots.txt.
    """

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        folder = crawler.settings.get("ICEWATCH_ROBOTS_DIR")
        self.folder = Path(folder) if folder else None
        self.keep = crawler.settings.getfloat("ROBOTSTXT_KEEP_HOURS", 24.0) * 3600

    def _kept(self, scheme: str, netloc: str) -> Path | None:
        if self.folder is None:
            return None
        return self.folder / (re.sub(r"[^\w.-]", "_", f"{scheme}_{netloc}") + ".txt")

    async def robot_parser(self, request: Request) -> RobotParser | None:
        url = urlparse_cached(request)
        kept = self._kept(url.scheme, url.netloc)
        if url.netloc not in self._parsers and kept is not None:
            try:
                if time.time() - kept.stat().st_mtime < self.keep:
                    body = kept.read_bytes()
                    self._parsers[url.netloc] = build_from_crawler(
                        self._parserimpl, self.crawler, body
                    )
                    self._stats.inc_value("robotstxt/kept")
            except OSError:
                pass  # not kept (or unreadable): fetch it
        return await super().robot_parser(request)

    async def _parse_robots(self, response: Response, netloc: str, request: Request) -> None:
        kept = self._kept(urlparse_cached(request).scheme, netloc)
        if kept is not None and response.status < 500:
            body = response.body if response.status < 400 else b""
            kept.parent.mkdir(parents=True, exist_ok=True)
            partial = kept.with_suffix(f".{os.getpid()}.part")
            partial.write_bytes(body)
            partial.replace(kept)
        await super()._parse_robots(response, netloc, request)


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
