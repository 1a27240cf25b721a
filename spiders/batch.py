"""Many sources in one Scrapy crawler.

Building a Scrapy crawler costs about 9 ms of CPU (its settings deep-copied, some forty
components made), as much as re-reading a source whose listing did not change. So a crawl
process runs the sources of every plain-HTTP platform in one crawler: :class:`BatchSpider`
opens one spider of the source's platform per source, as a crawler of its own would, and keeps
apart what a crawler of its own would:

- **stats**: each source's spider sees a :class:`SourceCrawler` with its own
  :class:`SourceStats`; failures, errors in its log and document counts go there;
- **items**: written to the source's own ``items.jsonl``. Meetings, agenda items and listings
  are written as the spider yields them: the one item pipeline (the document store) passes
  them through unchanged, and Scrapy's item machinery (the pipeline call, the
  ``item_scraped`` signal to each receiver) cost more than the writing. Fetched documents go
  through the pipeline and are written when it is done with them. A crawl with any other item
  pipeline passes every item through the pipelines;
- **duplicates**: a URL is filtered once per source, not once per batch
  (:class:`PerSourceDupeFilter`), so two bodies that link one packet both get it;
- **the end**: a source is finished when its start requests are read and every request it
  made has been answered and its callback or errback has run to the end, children included.
  Its stats and items are then complete, and ``finished`` is called for it at once, so the
  runner reports sources one by one while the others go on.

What a source's spider yields is counted once the spider middlewares have filtered it (the
:class:`SourceAccounting` middleware, next to the engine): a request until its callback or
errback has run and its own output has been counted in turn, an item until the pipelines are
done with it. A retry or a redirect carries its request's tag (``meta["icewatch_source"]``) and
count; a request the duplicate filter drops is done at once. An exception in a callback or
errback is a failure of that source alone.

Politeness is Scrapy's own per-host slots, shared by all sources of a host: a host sees at most
``CONCURRENT_REQUESTS_PER_DOMAIN`` requests at once however many of its bodies are crawled.
At most ``ICEWATCH_MAX_CRAWLS`` sources run at once, at most ``ICEWATCH_CRAWLS_PER_HOST`` of
one host.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections import Counter
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from dataclasses import dataclass, field, is_dataclass
from pathlib import Path
from typing import IO, Any, ClassVar

import scrapy
from itemadapter import ItemAdapter
from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.dupefilters import BaseDupeFilter
from scrapy.signalmanager import SignalManager
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.conf import build_component_list
from scrapy.utils.misc import arg_to_iter
from scrapy.utils.serialize import ScrapyJSONEncoder
from twisted.python.failure import Failure

from spiders.items import FetchedDocument
from spiders.sources import host_of

logger = logging.getLogger(__name__)

SOURCE = "icewatch_source"
_DOCUMENT_STORE = "spiders.pipelines.DocumentStorePipeline"
_ENCODER = ScrapyJSONEncoder(ensure_ascii=False)
_PENDING = "icewatch_pending"


class SourceStats:
    """One source's stats inside a shared crawler: the calls of Scrapy's StatsCollector that
    icewatch's spiders, middlewares and pipelines make."""

    def __init__(self) -> None:
        self._stats: dict[str, Any] = {}

    def get_value(self, key: str, default: Any = None) -> Any:
        return self._stats.get(key, default)

    def set_value(self, key: str, value: Any) -> None:
        self._stats[key] = value

    def inc_value(self, key: str, count: int = 1, start: int = 0) -> None:
        self._stats[key] = self._stats.get(key, start) + count

    def get_stats(self) -> dict[str, Any]:
        return self._stats


class SourceCrawler:
    """What one source's spider sees as its crawler: the shared crawler's settings and engine,
    its own stats and signals (its ``spider_closed`` is sent when the source is finished)."""

    def __init__(self, crawler: Crawler) -> None:
        self._crawler = crawler
        self.stats = SourceStats()
        self.signals = SignalManager(self)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._crawler, name)


def stats_for(crawler: Crawler, source_id: str | None) -> Any:
    """The stats of ``source_id`` when the crawler runs a batch, else the crawler's own."""
    spider = crawler.spider
    if isinstance(spider, BatchSpider) and source_id in spider.states:
        return spider.states[source_id].crawler.stats
    return crawler.stats


def owner_of(crawler: Crawler, request: Request | None) -> Any:
    """The spider a request belongs to: its source's spider when the crawler runs a batch."""
    spider = crawler.spider
    if isinstance(spider, BatchSpider) and request is not None:
        state = spider.states.get(request.meta.get(SOURCE))
        if state is not None and state.spider is not None:
            return state.spider
    return spider


class PerSourceDupeFilter(BaseDupeFilter):
    """Scrapy's duplicate filter, but per source."""

    def __init__(self, crawler: Crawler) -> None:
        self.fingerprinter = crawler.request_fingerprinter
        self.seen: set[tuple[str | None, bytes]] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PerSourceDupeFilter:
        return cls(crawler)

    def request_seen(self, request: Request) -> bool:
        key = (request.meta.get(SOURCE), self.fingerprinter.fingerprint(request))
        if key in self.seen:
            return True
        self.seen.add(key)
        return False


class SourceAccounting:
    """Spider middleware of a batch crawler, after all others: what a response's callback
    (or an errback for an HTTP error status) yields is counted for the request's source once
    the other middlewares have filtered it, and the request is done when its output is."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SourceAccounting:
        return cls(crawler)

    def process_spider_output(
        self, response: Any, result: Iterable[Any], spider: Any = None
    ) -> Iterator[Any]:
        batch = self.crawler.spider
        yield from batch.relay(response, result) if isinstance(batch, BatchSpider) else result

    async def process_spider_output_async(
        self, response: Any, result: AsyncIterator[Any], spider: Any = None
    ) -> AsyncIterator[Any]:
        batch = self.crawler.spider
        relayed = batch.relay_async(response, result) if isinstance(batch, BatchSpider) else result
        async for child in relayed:
            yield child


def _token_of(response: Any) -> _Pending | None:
    request = getattr(response, "request", None)
    return request.meta.get(_PENDING) if request is not None else None


class _Pending:
    """One request of a source, from the moment it is yielded until its callback or errback
    is done (shared by its retries and redirects)."""

    __slots__ = ("settled", "state")

    def __init__(self, state: _State) -> None:
        self.state = state
        self.settled = False


@dataclass
class _State:
    entry: dict[str, Any]
    crawler: SourceCrawler
    spider: Any = None
    pending: int = 0
    started: bool = False
    done: bool = False
    items: IO[str] | None = None
    began: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))

    @property
    def source_id(self) -> str:
        return self.entry["id"]

    @property
    def host(self) -> str:
        return host_of(self.entry)


Finished = Callable[[dict[str, Any], dict[str, Any]], None]


class BatchSpider(scrapy.Spider):
    """Crawls ``sources`` (registry entries) in one crawler, each with a spider of
    ``classes[platform]``; ``finished(entry, stats)`` is called once per source."""

    name = "icewatch-batch"
    custom_settings: ClassVar[dict[str, Any]] = {
        "FEEDS": {},
        "DUPEFILTER_CLASS": f"{__name__}.PerSourceDupeFilter",
    }

    def __init__(
        self,
        sources: list[dict[str, Any]],
        classes: dict[str, type],
        out_root: Path,
        finished: Finished,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.sources = sources
        self.classes = classes
        self.out_root = out_root
        self.on_finished = finished
        self.states: dict[str, _State] = {}
        self.running: Counter[str] = Counter()
        self.freed = asyncio.Event()
        self.closing = False
        # Items only the document store would see, and it passes all but fetched documents.
        self.write_directly = False

    @classmethod
    def update_settings(cls, settings: Any) -> None:
        """The accounting middleware, and room for the sources at once: as many requests and
        as many bytes of responses being read as ``ICEWATCH_MAX_CRAWLS`` crawlers of their own
        would have."""
        super().update_settings(settings)
        middlewares = {**settings.getdict("SPIDER_MIDDLEWARES"), f"{__name__}.SourceAccounting": 10}
        settings.set("SPIDER_MIDDLEWARES", middlewares, priority="spider")
        most = max(1, settings.getint("ICEWATCH_MAX_CRAWLS", 32))
        per_host = settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN")
        wanted = max(settings.getint("CONCURRENT_REQUESTS"), most * per_host)
        settings.set("CONCURRENT_REQUESTS", wanted, priority="spider")
        active = most * settings.getint("SCRAPER_SLOT_MAX_ACTIVE_SIZE")
        settings.set("SCRAPER_SLOT_MAX_ACTIVE_SIZE", active, priority="spider")

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> BatchSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        pipelines = build_component_list(crawler.settings.getwithbase("ITEM_PIPELINES"))
        spider.write_directly = pipelines == [_DOCUMENT_STORE]
        connect = crawler.signals.connect
        connect(spider._dropped, signals.request_dropped)
        connect(spider._response, signals.response_received)
        connect(spider._item, signals.item_scraped)
        connect(spider._item_dropped, signals.item_dropped)
        connect(spider._item_error, signals.item_error)
        return spider

    # --- starting sources, within the limits -------------------------------------------

    async def start(self) -> AsyncIterator[Any]:
        settings = self.crawler.settings
        most = max(1, settings.getint("ICEWATCH_MAX_CRAWLS", 32))
        per_host = max(1, settings.getint("ICEWATCH_CRAWLS_PER_HOST", 2))
        waiting = list(self.sources)
        while waiting and not self.closing:
            entry = next(
                (
                    e
                    for e in waiting
                    if self.running[host_of(e)] < per_host and sum(self.running.values()) < most
                ),
                None,
            )
            if entry is None:
                self.freed.clear()
                await self.freed.wait()
                continue
            waiting.remove(entry)
            state = self._open(entry)
            if state.spider is not None:
                try:
                    async for output in state.spider.start():
                        if (counted := self.count(state, output)) is not None:
                            yield counted
                except Exception as error:
                    state.spider.fail(f"start requests failed: {type(error).__name__}: {error}")
            state.started = True
            self._check(state)

    def _open(self, entry: dict[str, Any]) -> _State:
        state = _State(entry, SourceCrawler(self.crawler))
        self.states[entry["id"]] = state
        self.running[state.host] += 1
        (self.out_root / state.source_id).mkdir(parents=True, exist_ok=True)
        try:
            state.spider = self.classes[entry["platform"]].from_crawler(state.crawler, source=entry)
            state.spider.logger.info("crawling %s (%s)", entry.get("url"), entry["platform"])
        except Exception as error:
            message = f"{entry['id']}: spider could not start: {type(error).__name__}: {error}"
            logger.error(message, extra={"spider": self})
            state.crawler.stats.set_value("icewatch/failures", [message])
        return state

    # --- counting what each source has in flight ----------------------------------------

    def count(self, state: _State, child: Any) -> Any:
        """A request or item of ``state``'s source on its way to the engine: counted until its
        callback or errback is done (a request) or the pipelines are (an item). An item the
        pipelines would pass unchanged is written now and not passed on (None)."""
        if isinstance(child, Request):
            child.meta[SOURCE] = state.source_id
            if _PENDING not in child.meta:
                token = _Pending(state)
                child.meta[_PENDING] = token
                state.pending += 1
                if child.callback is None:
                    child.callback = state.spider._parse
                child.errback = self._errback(token, child.errback or state.spider.on_error)
        elif self.write_directly and not isinstance(child, FetchedDocument | None):
            self._write(state, child)
            return None
        elif child is not None:
            state.pending += 1
        return child

    def relay(self, response: Any, output: Iterable[Any]) -> Iterator[Any]:
        """A response's output, after every spider middleware: its children counted, its
        request settled at the end (see :class:`SourceAccounting`)."""
        token = _token_of(response)
        if token is None:
            yield from output
            return
        try:
            for child in output:
                if (counted := self.count(token.state, child)) is not None:
                    yield counted
        finally:
            self._settle(token)

    async def relay_async(self, response: Any, output: AsyncIterator[Any]) -> AsyncIterator[Any]:
        token = _token_of(response)
        try:
            async for child in output:
                if token is None:
                    yield child
                elif (counted := self.count(token.state, child)) is not None:
                    yield counted
        finally:
            if token is not None:
                self._settle(token)

    def _errback(self, token: _Pending, errback: Callable[..., Any]) -> Callable[..., Any]:
        """The source's errback, counting and settling like :meth:`relay` when a download
        failed (its output then reaches the engine without passing the spider middlewares);
        an exception in it is a failure of the source."""

        def run(failure: Failure) -> Any:
            try:
                output = errback(failure)
            except Exception as error:
                self._fail(token, error, failure)
                output = None
            if output is None or isinstance(output, Failure):
                self._settle(token)
                return output
            if failure.check(HttpError):  # raised by a spider middleware: relay() follows
                return output
            return self._relay_errback(token, output, failure)

        run.__name__ = getattr(errback, "__name__", "errback")
        return run

    def _relay_errback(self, token: _Pending, output: Any, failure: Failure) -> Iterator[Any]:
        try:
            for child in arg_to_iter(output):
                if (counted := self.count(token.state, child)) is not None:
                    yield counted
        except Exception as error:
            self._fail(token, error, failure)
        finally:
            self._settle(token)

    def _fail(self, token: _Pending, error: Exception, failure: Failure) -> None:
        request = getattr(failure, "request", None)
        url = request.url if request is not None else None
        token.state.spider.fail(f"{type(error).__name__}: {error}", url)

    def _dropped(self, request: Request, spider: Any = None) -> None:
        token = request.meta.get(_PENDING)
        if token is not None:
            self._settle(token)

    def _settle(self, token: _Pending) -> None:
        if not token.settled:
            token.settled = True
            self._release(token.state)

    def _release(self, state: _State) -> None:
        state.pending -= 1
        self._check(state)

    def _check(self, state: _State) -> None:
        if state.started and state.pending <= 0 and not state.done:
            self._finish(state, "finished")

    # --- per-source outputs ------------------------------------------------------------

    def _state_of(self, request: Request | None, item: Any = None) -> _State | None:
        source_id = request.meta.get(SOURCE) if request is not None else None
        return self.states.get(source_id or getattr(item, "source_id", None))

    def _response(self, response: Any, request: Request, spider: Any = None) -> None:
        state = self._state_of(request)
        if state is not None:
            stats = state.crawler.stats
            stats.inc_value("downloader/response_count")
            stats.inc_value(f"downloader/response_status_count/{response.status}")

    def _item(self, item: Any, response: Any = None, spider: Any = None) -> None:
        state = self._state_of(getattr(response, "request", None), item)
        if state is None:
            return
        if state.done:  # the accounting missed it: say so rather than lose it silently
            logger.error("%s: item after the source finished: %r", state.source_id, item)
            return
        self._write(state, item)
        self._release(state)

    def _write(self, state: _State, item: Any) -> None:
        if state.items is None:
            path = self.out_root / state.source_id / "items.jsonl"
            state.items = path.open("w", encoding="utf-8")
        # What a jsonlines feed writes, without its per-field serializer calls. Our items are
        # flat dataclasses: their fields as they are (the encoder converts anything nested).
        fields = vars(item) if is_dataclass(item) else ItemAdapter(item).asdict()
        state.items.write(_ENCODER.encode(fields) + "\n")
        state.crawler.stats.inc_value("item_scraped_count")

    def _item_dropped(self, item: Any, response: Any = None, **kwargs: Any) -> None:
        state = self._state_of(getattr(response, "request", None), item)
        if state is not None:
            self._release(state)

    def _item_error(
        self, item: Any, response: Any = None, spider: Any = None, failure: Failure | None = None
    ) -> None:
        state = self._state_of(getattr(response, "request", None), item)
        if state is None:
            return
        if state.spider is not None:
            why = failure.getErrorMessage() if failure is not None else "unknown error"
            state.spider.fail(f"item not stored: {why}", getattr(item, "url", None))
        self._release(state)

    def _finish(self, state: _State, reason: str) -> None:
        state.done = True
        if state.items is not None:
            state.items.close()
        stats = state.crawler.stats
        now = dt.datetime.now(dt.UTC)
        stats.set_value("start_time", state.began)
        stats.set_value("finish_time", now)
        stats.set_value("elapsed_time_seconds", (now - state.began).total_seconds())
        stats.set_value("finish_reason", reason)
        if state.spider is not None:
            state.spider.logger.info(
                "finished (%s): %d responses, %d items",
                reason,
                stats.get_value("downloader/response_count", 0),
                stats.get_value("item_scraped_count", 0),
            )
            state.crawler.signals.send_catch_log(
                signals.spider_closed, spider=state.spider, reason=reason
            )
        self.running[state.host] -= 1
        self.freed.set()
        self.on_finished(state.entry, dict(stats.get_stats()))

    def closed(self, reason: str) -> None:
        """The crawler stops: every source not finished yet ends with its reason, and one it
        never started says so."""
        self.closing = True
        for state in list(self.states.values()):
            if not state.done:
                self._finish(state, reason)
        for entry in self.sources:
            if entry["id"] not in self.states:
                why = f"{entry['id']}: not crawled: the crawl ended ({reason}) before it started"
                self.on_finished(entry, {"finish_reason": reason, "icewatch/failures": [why]})
