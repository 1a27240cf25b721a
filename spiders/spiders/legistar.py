"""Legistar (Granicus): the Web API first, the web calendar (Calendar.aspx) as fallback.

Registry: ``url = "https://<client>.legistar.com"``; ``options.client`` when the API name
differs from the host's first label.

API crawl: events inside the date window (``$filter`` on EventDate, ``$top``/``$skip``
paging). With ``since`` (the last successful crawl), the full events are asked only for those
modified since (``EventLastModifiedUtc gt …``) and a light ``$select=EventId`` query keeps the
listing complete, so a meeting taken off the portal is still noticed. Event items (with their
attachments) are read for new and modified events.

Legistar answers some errors with HTTP 200: a JSON ``{"Message": …}`` or an HTML error page.
Both are detected; the spider then reads the web calendar and reports the API failure if that
fails too.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, quote, urlsplit

import scrapy
from scrapy.http import Response

from spiders.agenda import clean, combine, fallback_native_id, local_time, watched
from spiders.items import AgendaItem, DocumentRole, Listing, Meeting
from spiders.spiders.base import AgendaSpider, SourceFailure

API = "https://webapi.legistar.com/v1"
_ODATA_SAFE = "'(),:"
_ERROR_PAGE = re.compile(r"invalid parameters|an error has occurred|error\.aspx|not set up", re.I)


def legistar_client(url: str, options: dict[str, Any]) -> str:
    return options.get("client") or (urlsplit(url).hostname or "").split(".")[0]


def odata_date(day: dt.date) -> str:
    return f"datetime'{day.isoformat()}'"


class LegistarSpider(AgendaSpider):
    name = "legistar"
    platform = "legistar"
    routes = (
        (r"webapi\.legistar\.com/.+/eventitems", "parse_event_items"),
        (r"webapi\.legistar\.com/.+/events\b", "parse_events"),
        (r"Calendar\.aspx", "parse_calendar"),
    )

    @property
    def client(self) -> str:
        url = self.source["url"]
        if "webapi.legistar.com" in url and not self.options.get("client"):
            return urlsplit(url).path.strip("/").split("/")[1]  # /v1/<client>/…
        return legistar_client(url, self.options)

    @property
    def site(self) -> str:
        return self.client

    @property
    def calendar_url(self) -> str:
        parts = urlsplit(self.source["url"])
        host = (
            parts.netloc if parts.netloc != "webapi.legistar.com" else f"{self.client}.legistar.com"
        )
        return f"https://{host}/Calendar.aspx"

    def page_size(self) -> int:
        crawler = getattr(self, "crawler", None)
        return crawler.settings.getint("ICEWATCH_LEGISTAR_PAGE_SIZE", 1000) if crawler else 1000

    def events_url(
        self, *, skip: int = 0, modified_since: dt.datetime | None = None, ids_only: bool = False
    ) -> str:
        start, end = self.window
        terms = [
            f"EventDate ge {odata_date(start)}",
            f"EventDate lt {odata_date(end + dt.timedelta(days=1))}",
        ]
        if modified_since is not None:
            stamp = modified_since.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S")
            terms.append(f"EventLastModifiedUtc gt datetime'{stamp}'")
        query = {
            "$filter": " and ".join(terms),
            "$orderby": "EventDate,EventId",
            "$top": str(self.page_size()),
            "$skip": str(skip),
        }
        if ids_only:
            query["$select"] = "EventId"
        encoded = "&".join(f"{k}={quote(v, safe=_ODATA_SAFE)}" for k, v in query.items())
        return f"{API}/{self.client}/events?{encoded}"

    def start_requests_for_source(self) -> Iterator[scrapy.Request]:
        yield self._events_request(0, ids_only=False)
        if self.since is not None:
            yield self._events_request(0, ids_only=True)

    def _events_request(
        self, skip: int, *, ids_only: bool, found: list[str] | None = None
    ) -> scrapy.Request:
        url = self.events_url(
            skip=skip, modified_since=None if ids_only else self.since, ids_only=ids_only
        )
        return scrapy.Request(
            url,
            callback=self.parse_event_ids if ids_only else self.parse_events,
            errback=self.api_error,
            cb_kwargs={"skip": skip, "found": found or []},
        )

    # --- API -----------------------------------------------------------------------------

    def api_events(self, response: Response) -> list[dict[str, Any]]:
        data = self.json_of(response, "the Legistar API answer")
        if isinstance(data, dict) and "EventId" in data:
            return [data]  # /events/{id}
        if isinstance(data, dict):
            message = data.get("Message") or data.get("message") or data
            raise SourceFailure(f"the Legistar API answered with an error: {message}")
        if not isinstance(data, list):
            raise SourceFailure(f"the Legistar API answered {type(data).__name__}, not a list")
        return data

    def parse_events(
        self, response: Response, skip: int = 0, found: list[str] | None = None
    ) -> Iterator[Any]:
        try:
            events = self.api_events(response)
        except SourceFailure as exc:
            yield from self.fall_back(str(exc), response.url)
            return
        found = list(found or [])
        for event in events:
            meeting = self.event_meeting(event)
            found.append(meeting.meeting_id)
            yield meeting
            if not self.wanted(meeting):
                continue
            changed = self.since is not None
            yield from self.documents_of(meeting, revalidate=changed)
            if event.get("EventId") is not None:
                yield scrapy.Request(
                    f"{API}/{self.client}/events/{event['EventId']}/eventitems"
                    "?AgendaNote=1&MinutesNote=0&Attachments=1",
                    callback=self.parse_event_items,
                    errback=self.on_error,
                    cb_kwargs={"meeting": meeting.meeting_id},
                )
        if len(events) >= self.page_size() and getattr(self, "crawler", None):
            yield self._events_request(skip + len(events), ids_only=False, found=found)
        elif self.since is None:
            yield self.listing_of(found)

    def parse_event_ids(
        self, response: Response, skip: int = 0, found: list[str] | None = None
    ) -> Iterator[Any]:
        events = self.api_events(response)
        found = [*(found or []), *(self.meeting_id_of(e["EventId"]) for e in events)]
        if len(events) >= self.page_size():
            yield self._events_request(skip + len(events), ids_only=True, found=found)
        else:
            yield self.listing_of(found)

    def listing_of(self, meeting_ids: list[str]) -> Listing:
        return Listing(
            source_id=self.source_id,
            window_start=self.window[0].isoformat(),
            window_end=self.window[1].isoformat(),
            meeting_ids=sorted(set(meeting_ids)),
        )

    def meeting_id_of(self, event_id: Any) -> str:
        return f"{self.platform}:{self.site}:{event_id}"

    def event_meeting(self, event: dict[str, Any]) -> Meeting:
        start, time_known = combine(event.get("EventDate"), event.get("EventTime"), self.zone)
        agenda_status = event.get("EventAgendaStatusName")
        return self.meeting(
            event.get("EventId"),
            body=event.get("EventBodyName"),
            title=event.get("EventBodyName"),
            start=start,
            time_known=time_known,
            url=event.get("EventInSiteURL")
            or f"https://{self.client}.legistar.com/MeetingDetail.aspx?LEGID={event.get('EventId')}",
            status_texts=[agenda_status, event.get("EventLocation"), event.get("EventComment")],
            location=event.get("EventLocation"),
            agenda_url=event.get("EventAgendaFile"),
            minutes_url=event.get("EventMinutesFile"),
            last_modified=event.get("EventLastModifiedUtc"),
            agenda_published=bool(event.get("EventAgendaFile")) or agenda_status == "Final",
        )

    def parse_event_items(self, response: Response, meeting: str | None = None) -> Iterator[Any]:
        items = self.api_events(response)
        meeting = meeting or self.meeting_id_of(_event_id_in(response.url))
        for item in items:
            agenda_item = AgendaItem(
                item_id=f"{meeting}/{item.get('EventItemId')}",
                meeting_id=meeting,
                source_id=self.source_id,
                number=clean(item.get("EventItemAgendaNumber")) or None,
                title=clean(item.get("EventItemTitle") or item.get("EventItemMatterName")),
                text=clean(item.get("EventItemAgendaNote")) or None,
                matter=clean(item.get("EventItemMatterFile")) or None,
                links=[
                    {
                        "name": clean(a.get("MatterAttachmentName")),
                        "url": a["MatterAttachmentHyperlink"],
                    }
                    for a in item.get("EventItemMatterAttachments") or []
                    if a.get("MatterAttachmentHyperlink")
                ],
            )
            if not agenda_item.title and not agenda_item.number:
                continue
            yield agenda_item
            if watched(agenda_item.title, item.get("EventItemMatterName"), agenda_item.text):
                for link in agenda_item.links:
                    yield from self.document(
                        link["url"], DocumentRole.ATTACHMENT, meeting, agenda_item.item_id
                    )

    def api_error(self, failure: Any) -> Iterator[scrapy.Request]:
        request = getattr(failure, "request", None)
        response = getattr(failure.value, "response", None)
        reason = f"HTTP {response.status}" if response is not None else failure.getErrorMessage()
        yield from self.fall_back(
            f"the Legistar API failed ({reason})", request.url if request else None
        )

    def fall_back(self, reason: str, url: str | None) -> Iterator[scrapy.Request]:
        if getattr(self, "_fell_back", False):
            return
        self._fell_back = True
        self.logger.warning(
            "%s: %s (%s); reading the web calendar instead", self.source_id, reason, url
        )
        self.api_failure = f"{reason} ({url})"
        yield scrapy.Request(
            self.calendar_url,
            callback=self.parse_calendar,
            errback=self.on_error,
            dont_filter=True,
        )

    # --- web calendar --------------------------------------------------------------------

    def parse_calendar(self, response: Response) -> Iterator[Any]:
        try:
            yield from calendar_items(self, response)
        except SourceFailure as exc:
            api = getattr(self, "api_failure", None)
            raise SourceFailure(
                f"{exc}" + (f"; the API had failed too: {api}" if api else "")
            ) from None


def _event_id_in(url: str) -> str:
    match = re.search(r"/events/(\d+)/", url)
    return match.group(1) if match else "unknown"


def calendar_items(spider: AgendaSpider, response: Response) -> Iterator[Any]:
    """Meetings of the calendar, requests for their documents, and the listing."""
    yield from spider.meetings_with_documents(list(calendar_meetings(spider, response)))


def calendar_meetings(spider: AgendaSpider, response: Response) -> Iterator[Meeting]:
    """Meetings of a Legistar Calendar.aspx grid (``table.rgMasterTable``), by column name."""
    table = response.css("table.rgMasterTable")
    if not table:
        title = clean(" ".join(response.css("title::text").getall()))
        error = _ERROR_PAGE.search(response.text)
        detail = f"an error page ({title!r})" if error else f"a page titled {title!r}"
        raise SourceFailure(
            f"the Legistar calendar has no events grid (table.rgMasterTable): Legistar answered "
            f"HTTP {response.status} with {detail}"
        )
    headers = [clean(" ".join(th.css("::text").getall())) for th in table[0].css("thead th")]
    column = {name.lower(): number for number, name in enumerate(headers) if name}
    for needed in ("name", "meeting date"):
        if needed not in column:
            raise SourceFailure(
                f"the Legistar calendar grid has no {needed!r} column (columns: {headers})"
            )
    rows = table[0].css("tbody > tr")
    for row in rows:
        cells = row.xpath("./td")
        if len(cells) < len(headers):
            continue  # "No records to display."

        def text(name: str, cells: Any = cells) -> str:
            number = column.get(name)
            return (
                clean(" ".join(cells[number].css("::text").getall())) if number is not None else ""
            )

        def link(name: str, cells: Any = cells) -> str | None:
            number = column.get(name)
            href = cells[number].css("a::attr(href)").get() if number is not None else None
            return response.urljoin(href) if href and not href.startswith("javascript") else None

        details = link("meeting details")
        ical = next(
            (response.urljoin(h) for h in row.css("a::attr(href)").getall() if "M=IC" in h), None
        )
        native = _query_id(details) or _query_id(ical)
        start, time_known = local_time(
            f"{text('meeting date')} {text('meeting time')}", spider.zone
        )
        row_text = clean(" ".join(row.css("::text").getall()))
        yield spider.meeting(
            native or fallback_native_id(text("name"), text("meeting date"), text("meeting time")),
            body=text("name"),
            title=text("name"),
            start=start,
            time_known=time_known,
            url=details or response.url,
            status_texts=[text("meeting time"), text("meeting location"), row_text],
            location=text("meeting location"),
            agenda_url=link("agenda"),
            minutes_url=link("minutes") or link("recap/minutes"),
        )


def _query_id(url: str | None) -> str | None:
    if not url:
        return None
    values = parse_qs(urlsplit(url).query).get("ID")
    return values[0] if values else None


class LegistarWebSpider(AgendaSpider):
    """Bodies whose Legistar has no public Web API: the Calendar.aspx grid alone. A registry
    line may point at any page of the site (Legislation.aspx, MeetingDetail.aspx, a
    department): the crawl starts at the site's calendar."""

    name = "legistar_web"
    platform = "legistar-web"
    routes = ((r".", "parse"),)

    def start_requests_for_source(self) -> Iterator[scrapy.Request]:
        parts = urlsplit(self.source["url"])
        yield scrapy.Request(
            f"{parts.scheme}://{parts.netloc}/Calendar.aspx",
            callback=self.parse,
            errback=self.on_error,
        )

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        yield from calendar_items(self, response)
