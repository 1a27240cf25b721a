"""CivicClerk (``https://<tenant>.portal.civicclerk.com``), through its OData events API
``https://<tenant>.api.civicclerk.com/v1/Events``.

The API marks local times with a ``Z`` that is not UTC: ``2026-04-15T17:00:00Z`` is 5 pm at
the body. Times are therefore read as local in the source's time zone. Pages follow
``@odata.nextLink``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote, urlsplit

import scrapy
from scrapy.http import Response

from spiders.agenda import clean, local_time
from spiders.items import Meeting
from spiders.spiders.base import AgendaSpider, SourceFailure


class CivicClerkSpider(AgendaSpider):
    name = "civicclerk"
    platform = "civicclerk"
    routes = ((r".", "parse_events"),)

    @property
    def tenant(self) -> str:
        return (
            self.options.get("tenant")
            or (urlsplit(self.source["url"]).hostname or "").split(".")[0]
        )

    @property
    def site(self) -> str:
        return self.tenant

    @property
    def api(self) -> str:
        return f"https://{self.tenant}.api.civicclerk.com/v1"

    def events_url(self) -> str:
        start, end = self.window
        after = (end + dt.timedelta(days=1)).isoformat()
        flt = (
            f"startDateTime ge {start.isoformat()}T00:00:00Z and startDateTime lt {after}T00:00:00Z"
        )
        return f"{self.api}/Events?$filter={quote(flt, safe=':')}&$orderby=startDateTime"

    def start_requests_for_source(self) -> Iterator[scrapy.Request]:
        yield scrapy.Request(self.events_url(), callback=self.parse_events, errback=self.on_error)

    def parse_events(self, response: Response, found: list[Meeting] | None = None) -> Iterator[Any]:
        data = self.json_of(response, "the CivicClerk events answer")
        if not isinstance(data, dict) or not isinstance(data.get("value"), list):
            raise SourceFailure("the CivicClerk events answer has no 'value' list (OData)")
        found = list(found or [])
        for event in data["value"]:
            if event.get("isDeleted"):
                continue
            meeting = self.event_meeting(event)
            found.append(meeting)
            yield meeting
            if self.wanted(meeting):
                yield from self.documents_of(meeting)
        next_link = data.get("@odata.nextLink")
        if next_link and hasattr(self, "crawler"):
            yield scrapy.Request(
                next_link,
                callback=self.parse_events,
                errback=self.on_error,
                cb_kwargs={"found": found},
            )
        else:
            yield self.listing(found, window=self.window if hasattr(self, "crawler") else None)

    def file_url(self, file: dict[str, Any]) -> str:
        return f"{self.api}/Meetings/GetMeetingFileStream(fileId={file['fileId']},plainText=false)"

    def event_meeting(self, event: dict[str, Any]) -> Meeting:
        when = (event.get("startDateTime") or event.get("eventDate") or "").removesuffix("Z")
        start, time_known = local_time(when, self.zone)
        files = [f for f in event.get("publishedFiles") or [] if f.get("fileId")]

        def of_type(*names: str) -> str | None:
            return next(
                (self.file_url(f) for f in files if clean(f.get("type")).lower() in names), None
            )

        place = event.get("eventLocation") or {}
        location = ", ".join(
            clean(place.get(k))
            for k in ("name", "address1", "city", "state")
            if clean(place.get(k))
        )
        return self.meeting(
            event["id"],
            body=event.get("categoryName"),
            title=event.get("eventName"),
            start=start,
            time_known=time_known,
            url=f"https://{self.tenant}.portal.civicclerk.com/event/{event['id']}/files",
            status_texts=[event.get("eventName"), event.get("eventDescription")],
            location=location or None,
            agenda_url=of_type("agenda"),
            packet_url=of_type("agenda packet", "packet"),
            minutes_url=of_type("minutes"),
        )
