"""Chicago's eLMS (``https://chicityclerkelms.chicago.gov/Meetings``), the City Clerk's system since
2023, over its public API ``https://api.chicityclerkelms.chicago.gov/meeting``.

The API takes OData-like parameters: ``filter`` (``date gt datetime'…Z'``, ``body eq '…'``),
``sort``, ``top`` (at most 500) and ``skip``; it answers
``{"data": [meeting, …], "meta": {"skip", "top", "count", "pages"}}``. A meeting carries
``meetingId``, ``body``, ``status`` (Scheduled, Cancelled, Rescheduled, Recessed, …),
``location``, ``date`` (UTC) and ``files`` (``path`` on blob storage, ``attachmentType``:
Agenda, Notice, Summary, Report, Other). Registry ``options.body`` limits the crawl to one
body (e.g. "City Council", "Committee on Immigrant and Refugee Rights").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import scrapy
from scrapy.http import Response

from spiders.agenda import clean, local_time
from spiders.items import Meeting
from spiders.spiders.base import AgendaSpider, SourceFailure

API = "https://api.chicityclerkelms.chicago.gov/meeting"
PAGE = 500


class ChicagoElmsSpider(AgendaSpider):
    name = "chicago_elms"
    platform = "chicago_elms"
    routes = ((r".", "parse"),)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.meetings: list[Meeting] = []  # across the pages of the answer

    @property
    def site(self) -> str:
        return "chicityclerkelms.chicago.gov"

    def query(self, skip: int = 0) -> str:
        low, high = self.window
        if low == dt.date.min:
            low, high = self.now.date() - dt.timedelta(days=365), self.now.date()
        terms = [
            f"date gt datetime'{low.isoformat()}T00:00:00Z'",
            f"date lt datetime'{(high + dt.timedelta(days=1)).isoformat()}T00:00:00Z'",
        ]
        if self.options.get("body"):
            terms.append("body eq '{}'".format(str(self.options["body"]).replace("'", "''")))
        params = {"filter": " and ".join(terms), "sort": "date desc", "top": PAGE, "skip": skip}
        return f"{API}?{urlencode(params)}"

    def start_requests_for_source(self) -> Iterator[scrapy.Request]:
        yield scrapy.Request(self.query(), callback=self.parse, errback=self.on_error)

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        data = self.json_of(response, "the eLMS meeting list")
        records = data.get("data") if isinstance(data, dict) else None
        if not isinstance(records, list):
            raise SourceFailure('the eLMS meeting list has no "data" list')
        page = [m for m in (self.record_meeting(r) for r in records) if m is not None]
        self.meetings += page
        yield from page
        for meeting in page:
            if self.wanted(meeting):
                yield from self.documents_of(meeting)
        meta = data.get("meta") if isinstance(data.get("meta"), dict) else {}
        skip = _number((parse_qs(urlsplit(response.url).query).get("skip") or ["0"])[0])
        if hasattr(self, "crawler") and skip + PAGE < _number(meta.get("count")):
            yield scrapy.Request(
                self.query(skip + PAGE), callback=self.parse, errback=self.on_error
            )
        else:  # the last page: the listing is complete
            yield self.listing(
                self.meetings, window=self.window if hasattr(self, "crawler") else None
            )

    def record_meeting(self, record: Any) -> Meeting | None:
        if not isinstance(record, dict) or not record.get("meetingId"):
            return None
        start, time_known = local_time(str(record.get("date") or ""), self.zone)
        if start is not None:
            start = start.astimezone(self.zone)
        files = [f for f in record.get("files") or [] if isinstance(f, dict) and f.get("path")]

        def file(kind: str) -> str | None:
            chosen = sorted((f for f in files if f.get("attachmentType") == kind), key=_sort)
            return chosen[0]["path"] if chosen else None

        body = clean(str(record.get("body") or ""))
        return self.meeting(
            record["meetingId"],
            body=body or self.source.get("body"),
            title=body,
            start=start,
            time_known=time_known,
            url=f"https://chicityclerkelms.chicago.gov/Meeting/?meetingId={record['meetingId']}",
            status_texts=[record.get("status"), record.get("comment")],
            location=clean(record.get("location")),
            agenda_url=file("Agenda"),
            minutes_url=file("Summary"),
        )


def _number(value: Any) -> int:
    try:
        return int(value or 0)
    except (TypeError, ValueError):
        return 0


def _sort(file: dict[str, Any]) -> int:
    return _number(file.get("sort"))
