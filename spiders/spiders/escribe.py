"""eScribe (``https://pub-<client>.escribemeetings.com``).

The public calendar loads its meetings with a JSON call the spider makes itself:
``POST /MeetingsCalendarView.aspx/GetCalendarMeetings`` with
``{"calendarStartDate": ISO, "calendarEndDate": ISO}`` (the crawl window), answered with
``{"d": [meeting, …]}``. A meeting carries ``ID``, ``MeetingName``, ``StartDate``
(``YYYY/MM/DD HH:MM:SS`` local), ``Location``, ``Url`` and ``MeetingDocumentLink``: its
documents by ``Type`` (``Agenda``, ``PostAgenda``, ``AgendaCover``, ``AgendaPackage``,
``PostMinutes``, …) and
``Format`` (``.pdf`` or ``HTML``), URLs relative to the portal.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import Any
from urllib.parse import urljoin

import scrapy
from scrapy.http import Response

from spiders.agenda import clean, local_time
from spiders.items import Meeting
from spiders.spiders.base import AgendaSpider, SourceFailure

CALENDAR = "/MeetingsCalendarView.aspx/GetCalendarMeetings"


class EscribeSpider(AgendaSpider):
    name = "escribe"
    platform = "escribe"
    routes = ((r".", "parse"),)

    def start_requests_for_source(self) -> Iterator[scrapy.Request]:
        low, high = self.window
        if low == dt.date.min:  # no crawl window (a saved page): the portal's recent years
            low, high = self.now.date() - dt.timedelta(days=730), self.now.date()
        body = {
            "calendarStartDate": dt.datetime.combine(low, dt.time(0), self.zone).isoformat(),
            "calendarEndDate": dt.datetime.combine(high, dt.time(23, 59), self.zone).isoformat(),
        }
        yield scrapy.Request(
            self.base + CALENDAR,
            method="POST",
            body=json.dumps(body),
            headers={
                "Content-Type": "application/json; charset=utf-8",
                "Accept": "application/json",
                "X-Requested-With": "XMLHttpRequest",
            },
            callback=self.parse,
            errback=self.on_error,
            dont_filter=True,
        )

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        data = self.json_of(response, "the eScribe calendar")
        records = data.get("d") if isinstance(data, dict) else None
        if not isinstance(records, list):
            raise SourceFailure('the eScribe calendar has no "d" list of meetings')
        meetings = [m for m in (self.record_meeting(r) for r in records) if m is not None]
        yield from self.meetings_with_documents(meetings)

    def record_meeting(self, record: Any) -> Meeting | None:
        if not isinstance(record, dict) or not record.get("ID"):
            return None
        start, time_known = local_time(str(record.get("StartDate") or ""), self.zone)
        docs = [d for d in record.get("MeetingDocumentLink") or [] if isinstance(d, dict)]

        def document(*types: str, pdf: bool = True) -> str | None:
            for kind in types:  # in order of preference
                for doc in docs:
                    is_pdf = str(doc.get("Format", "")).lower() == ".pdf"
                    if doc.get("Type") == kind and is_pdf == pdf and doc.get("Url"):
                        return urljoin(self.base + "/", str(doc["Url"]))
            return None

        name = clean(str(record.get("MeetingName") or ""))
        agenda = document("PostAgenda", "Agenda", "AgendaCover") or document(
            "PostAgenda", "Agenda", pdf=False
        )
        return self.meeting(
            str(record["ID"]),
            body=self.source.get("body") or record.get("MeetingType") or name,
            title=name,
            start=start,
            time_known=time_known,
            url=urljoin(self.base + "/", str(record.get("Url") or "")),
            status_texts=[name],
            location=clean(str(record.get("Location") or "")),
            agenda_url=agenda,
            packet_url=document("AgendaPackage"),
            minutes_url=document("PostMinutes", "Minutes") or document("PostMinutes", pdf=False),
            agenda_published=agenda is not None or bool(record.get("HasAgenda")),
        )
