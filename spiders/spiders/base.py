"""Behaviour every icewatch spider shares: its source, loud failures, errbacks."""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import unquote, urlsplit

import scrapy
from scrapy import signals
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.utils.misc import load_object
from twisted.python.failure import Failure
from w3lib.url import safe_url_string

from spiders.agenda import clean, in_window, meeting_id, meeting_status, site_of, zone_for
from spiders.items import DocumentRole, FetchedDocument, Listing, Meeting
from spiders.middlewares import RefusedRequest
from spiders.urlpolicy import url_refusal


class SourceFailure(Exception):
    """The source could not be read as expected (a redesigned page, a missing link)."""


# A portal's JSON answer: larger, deeper or longer than any portal's is refused.
MB = 2**20
MAX_JSON_BYTES = 64 * MB
MAX_JSON_DEPTH = 64
MAX_JSON_ITEMS = 200_000


def check_json(value: Any, what: str) -> None:
    """A decoded JSON answer nested deeper than MAX_JSON_DEPTH or holding more than
    MAX_JSON_ITEMS values is a SourceFailure."""
    stack = [(value, 1)]
    seen = 0
    while stack:
        item, depth = stack.pop()
        if depth > MAX_JSON_DEPTH:
            raise SourceFailure(f"{what}: JSON nested deeper than {MAX_JSON_DEPTH} levels")
        if isinstance(item, dict):
            children = list(item.values())
        elif isinstance(item, list):
            children = item
        else:
            continue
        seen += len(children)
        if seen > MAX_JSON_ITEMS:
            raise SourceFailure(f"{what}: JSON holding more than {MAX_JSON_ITEMS:,} values")
        stack.extend((child, depth + 1) for child in children)


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
        self.failures: list[str] = []

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> Any:
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.item_not_stored, signal=signals.item_error)
        return spider

    async def start(self) -> Any:
        self.logger.info("crawling %s (%s)", self.source.get("url"), self.source.get("platform"))
        try:
            for request in self.start_requests_for_source():
                yield request
        except Exception as error:  # a bad registry entry, say: this source fails, not the run
            self.fail(f"start requests failed: {type(error).__name__}: {error}")

    def closed(self, reason: str) -> None:
        """The source's last line in its crawl log: its own responses (robots.txt aside)."""
        stats = self.crawler.stats if getattr(self, "crawler", None) else None
        if stats is not None:
            responses = stats.get_value("response_received_count", 0) - stats.get_value(
                "robotstxt/response_count", 0
            )
            items = stats.get_value("item_scraped_count", 0)
            self.logger.info("finished (%s): %d responses, %d items", reason, responses, items)

    def item_not_stored(
        self, item: Any, response: Any = None, spider: Any = None, failure: Any = None
    ) -> None:
        """An item the pipelines could not take (the document store's disk, say)."""
        why = failure.getErrorMessage() if failure is not None else "unknown error"
        self.fail(f"item not stored: {why}", getattr(item, "url", None))

    def start_requests_for_source(self) -> Iterable[scrapy.Request]:
        yield scrapy.Request(self.source["url"], callback=self.parse, errback=self.on_error)

    def refuse(self, reason: str, url: str) -> None:
        """Record a link the URL policy refused (a local file, a private address): named in
        the run's summary, not a failure of the source."""
        text = f"{self.source_id}: refused {url[:300]}: {reason}"
        self.logger.warning(text)
        crawler = getattr(self, "crawler", None)
        if crawler is not None:
            refused = crawler.stats.get_value("icewatch/refused") or []
            crawler.stats.set_value("icewatch/refused", [*refused, text])

    def fail(self, message: str, url: str | None = None, *, transient: bool = False) -> None:
        """Record a failure of the source. ``transient``: a timeout, a refused connection or
        a 429/5xx answer that outlived Scrapy's retries, worth another try later in the run."""
        text = f"{self.source_id}: {message}" + (f" ({url})" if url else "")
        self.logger.error(text)
        self.failures.append(text)
        crawler = getattr(self, "crawler", None)
        if crawler is not None:
            crawler.stats.set_value("icewatch/failures", list(self.failures))
            if transient:
                marked = crawler.stats.get_value("icewatch/transient_failures") or []
                crawler.stats.set_value("icewatch/transient_failures", [*marked, text])

    def fetched(
        self, response: Response, role: DocumentRole, **links: str | None
    ) -> FetchedDocument:
        """The response as a document for the store (``links``: meeting_id, item_id)."""
        return FetchedDocument(
            source_id=self.source_id,
            url=response.url,
            role=role,
            body=response.body,
            content_type=response.headers.get("Content-Type", b"").decode("latin-1") or None,
            last_modified=response.headers.get("Last-Modified", b"").decode("latin-1") or None,
            file_name=PurePosixPath(unquote(urlsplit(response.url).path)).name,
            referer=self.source["url"],
            **links,
        )

    def on_error(self, failure: Failure) -> None:
        request = getattr(failure, "request", None)
        url = request.url if request is not None else None
        response: Response | None = getattr(failure.value, "response", None)
        if response is not None:
            self.fail(f"HTTP {response.status}", url, transient=self._transient(failure))
        elif failure.check(RefusedRequest):
            return  # recorded by the policy
        elif failure.check(IgnoreRequest):
            self.fail(f"not fetched: {failure.getErrorMessage() or 'robots.txt forbids it'}", url)
        else:
            self.fail(
                f"{failure.type.__name__}: {failure.getErrorMessage()}",
                url,
                transient=self._transient(failure),
            )

    def _transient(self, failure: Failure) -> bool:
        """What Scrapy itself retries (``RETRY_HTTP_CODES``, ``RETRY_EXCEPTIONS``)."""
        crawler = getattr(self, "crawler", None)
        if crawler is None:
            return False
        response: Response | None = getattr(failure.value, "response", None)
        if response is not None:
            return response.status in {int(c) for c in crawler.settings.getlist("RETRY_HTTP_CODES")}
        kinds = [
            load_object(k) if isinstance(k, str) else k
            for k in crawler.settings.getlist("RETRY_EXCEPTIONS")
        ]
        return bool(failure.check(*kinds))


class AgendaSpider(IcewatchSpider):
    """Base of the agenda platforms: a source's meetings, agenda items and documents.

    Settings read (all optional): ``ICEWATCH_TODAY`` (ISO date; the crawl's notion of today),
    ``ICEWATCH_AGENDA_PAST_DAYS`` and ``ICEWATCH_AGENDA_FUTURE_DAYS`` (the date window of
    meetings to read). Without a crawler (``icewatch spiders parse``) the window is unlimited.
    The registry entry may carry ``since`` (ISO instant of the last successful crawl), which
    platforms with last-modified filters use to fetch only what changed.
    ``ICEWATCH_KNOWN_DOCUMENTS`` names a file of the document URLs the store holds (one per
    line): the spider never requests those again.
    """

    platform: str = ""
    known_documents: frozenset[str] = frozenset()
    #: (regex on the URL, callback name): which parser reads a saved response.
    routes: tuple[tuple[str, str], ...] = ()

    def __init__(self, source: str | dict[str, Any] | None = None, **kwargs: Any) -> None:
        super().__init__(source, **kwargs)
        self.zone = zone_for(self.source.get("timezone"), self.source.get("jurisdiction", ""))
        self.options: dict[str, Any] = dict(self.source.get("options") or {})
        self.since: dt.datetime | None = (
            dt.datetime.fromisoformat(self.source["since"]) if self.source.get("since") else None
        )
        self.now = dt.datetime.now(dt.UTC)
        self.window: tuple[dt.date, dt.date] = (dt.date.min, dt.date.max)

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> AgendaSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        today_text = settings.get("ICEWATCH_TODAY")
        if today_text:
            today = dt.date.fromisoformat(today_text)
            spider.now = dt.datetime.combine(today, dt.time(12), tzinfo=spider.zone)
        today = spider.now.astimezone(spider.zone).date()
        spider.window = (
            today - dt.timedelta(days=settings.getint("ICEWATCH_AGENDA_PAST_DAYS", 30)),
            today + dt.timedelta(days=settings.getint("ICEWATCH_AGENDA_FUTURE_DAYS", 120)),
        )
        known = settings.get("ICEWATCH_KNOWN_DOCUMENTS")
        if known:
            spider.known_documents = known_urls(known)
        return spider

    @property
    def site(self) -> str:
        return self.options.get("site") or site_of(self.source["url"])

    @property
    def base(self) -> str:
        """The portal's origin (``scheme://host``): where hosted platforms' API paths start."""
        parts = urlsplit(self.source["url"])
        return f"{parts.scheme}://{parts.netloc}"

    def meeting(
        self,
        native_id: str | int,
        *,
        body: str | None,
        title: str | None,
        start: dt.datetime | None,
        time_known: bool,
        url: str,
        status_texts: Iterable[str | None] = (),
        location: str | None = None,
        agenda_url: str | None = None,
        packet_url: str | None = None,
        minutes_url: str | None = None,
        last_modified: str | None = None,
        agenda_published: bool | None = None,
    ) -> Meeting:
        published = bool(agenda_url or packet_url) if agenda_published is None else agenda_published
        return Meeting(
            meeting_id=meeting_id(self.platform, self.site, native_id),
            source_id=self.source_id,
            body=clean(body) or self.source.get("body", ""),
            title=clean(title) or clean(body) or self.source.get("body", ""),
            start=start.isoformat() if start else None,
            time_known=time_known,
            status=str(
                meeting_status(start, self.now, texts=status_texts, agenda_published=published)
            ),
            url=url,
            location=clean(location) or None,
            agenda_url=agenda_url,
            packet_url=packet_url,
            minutes_url=minutes_url,
            last_modified=last_modified,
        )

    def wanted(self, start: dt.datetime | Meeting | None) -> bool:
        """Inside the crawl's date window (meetings without a date are kept)."""
        if isinstance(start, Meeting):
            start = dt.datetime.fromisoformat(start.start) if start.start else None
        return start is None or in_window(start, self.window)

    def meetings_with_documents(self, meetings: list[Meeting]) -> Iterator[Any]:
        """A complete listing page's output: its meetings, requests for the documents of
        those inside the window, and the listing."""
        yield from meetings
        for meeting in meetings:
            if self.wanted(meeting):
                yield from self.documents_of(meeting)
        yield self.listing(meetings)

    def listing(
        self, meetings: Iterable[Meeting], *, window: tuple[dt.date, dt.date] | None = None
    ) -> Listing:
        """The complete listing of this run; by default its window is the crawl window narrowed
        to the dates the page actually showed (an HTML calendar shows one year, say)."""
        meetings = list(meetings)
        if window is None:
            days = [dt.date.fromisoformat(m.start[:10]) for m in meetings if m.start]
            low, high = (min(days), max(days)) if days else self.window
            window = (max(low, self.window[0]), min(high, self.window[1]))
        return Listing(
            source_id=self.source_id,
            window_start=window[0].isoformat(),
            window_end=window[1].isoformat(),
            meeting_ids=sorted(m.meeting_id for m in meetings),
        )

    def documents_of(self, meeting: Meeting, revalidate: bool = False) -> Iterator[scrapy.Request]:
        """Requests for the meeting's agenda and packet (minutes stay links)."""
        for url, role in (
            (meeting.agenda_url, DocumentRole.AGENDA),
            (meeting.packet_url, DocumentRole.PACKET),
        ):
            if url and url.startswith(("http://", "https://")):
                yield from self.document(url, role, meeting.meeting_id, revalidate=revalidate)

    def document(
        self,
        url: str,
        role: DocumentRole,
        meeting: str,
        item: str | None = None,
        *,
        revalidate: bool = False,
    ) -> Iterator[scrapy.Request]:
        """The request for a document, unless the store holds that URL already and the platform
        does not say it changed (``revalidate``): such a document is counted, not requested."""
        known = self.known_documents
        if not revalidate and known and (url in known or safe_url_string(url) in known):
            self.crawler.stats.inc_value("icewatch/documents/skipped_known")
            return
        why = url_refusal(url)
        if why is not None:  # a portal's link to a local file or address: never requested
            self.refuse(why, url)
            return
        try:
            request = scrapy.Request(
                url,
                callback=self.save_document,
                errback=self.on_error,
                cb_kwargs={"role": role, "meeting": meeting, "item": item},
                meta={"dont_cache": True},
                priority=-1,
            )
        except ValueError as exc:  # not a URL Scrapy can request: the rest of the page goes on
            self.refuse(f"not a URL ({exc})", url)
            return
        yield request

    def save_document(
        self, response: Response, role: DocumentRole, meeting: str, item: str | None
    ) -> Iterator[FetchedDocument]:
        document = self.fetched(response, role, meeting_id=meeting, item_id=item)
        # Known by the URL the spider asked for, not a redirect's target: that is the URL the
        # next run checks against the store (the file name still comes from the target).
        redirects = response.meta.get("redirect_urls")
        if redirects:
            document.url = redirects[0]
        disposition = response.headers.get("Content-Disposition", b"").decode("latin-1")
        name = _FILENAME.search(disposition)
        if name:
            document.file_name = name.group(1)
        yield document

    def require(self, found: Sequence[Any], what: str, response: Response) -> None:
        """A selector that must match: nothing found means the portal changed."""
        if not found:
            raise SourceFailure(
                f"{self.platform} page shows no {what}; the portal may have been redesigned "
                f"(try: icewatch spiders parse {self.platform} FILE --url {response.url})"
            )

    def json_of(self, response: Response, what: str) -> Any:
        """The response's JSON, or a SourceFailure saying what came instead (not JSON, or
        larger, deeper or longer than any portal's answer: :func:`check_json`)."""
        if len(response.body) > MAX_JSON_BYTES:
            raise SourceFailure(
                f"{what} of {len(response.body) / MB:,.0f} MB is more than the "
                f"{MAX_JSON_BYTES / MB:,.0f} MB limit"
            )
        try:
            data = json.loads(response.text)
        except (ValueError, AttributeError, RecursionError):
            head = clean(response.body[:200].decode("utf-8", "replace"))
            raise SourceFailure(f"{what} is not JSON (HTTP {response.status}): {head!r}") from None
        check_json(data, what)
        return data

    @classmethod
    def callback_for(cls, url: str) -> str:
        for pattern, callback in cls.routes:
            if re.search(pattern, url, re.I):
                return callback
        return "parse"


@functools.cache
def known_urls(path: str) -> frozenset[str]:
    """The URLs in a known-documents file (read once per process, shared by its spiders)."""
    with open(path, encoding="utf-8") as lines:
        return frozenset(line.strip() for line in lines if line.strip())


_FILENAME = re.compile(r'filename\*?=(?:UTF-8\'\')?"?([^";]+)"?', re.I)
