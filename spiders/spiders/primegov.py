"""PrimeGov public portal (``https://<client>.primegov.com``).

Reads ``/api/v2/PublicPortal/ListUpcomingMeetings`` and, for the window's past days, the
archive of those years (``ListArchivedMeetings?year=YYYY``). Each meeting's ``documentList``
names its compiled documents; PDFs are ``/Public/CompiledDocument?meetingTemplateId=…&
compileOutputType=1``, HTML agendas ``/Portal/Meeting?meetingTemplateId=…``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import scrapy
from scrapy.http import Response

from spiders.agenda import combine, local_time
from spiders.items import Meeting
from spiders.spiders.base import AgendaSpider, SourceFailure

_PDF, _HTML = 1, 3
_PACKET = re.compile(r"packet", re.I)
_MINUTES = re.compile(r"minutes|journal", re.I)


class PrimeGovSpider(AgendaSpider):
    name = "primegov"
    platform = "primegov"
    routes = ((r".", "parse_meetings"),)

    def start_requests_for_source(self) -> Iterator[scrapy.Request]:
        urls = [f"{self.base}/api/v2/PublicPortal/ListUpcomingMeetings"]
        years = range(self.window[0].year, min(self.window[1].year, self.now.year) + 1)
        urls += [f"{self.base}/api/v2/PublicPortal/ListArchivedMeetings?year={y}" for y in years]
        self.pending = len(urls)
        self.seen: dict[str, Meeting] = {}
        for url in urls:
            yield scrapy.Request(url, callback=self.parse_meetings, errback=self.on_error)

    def parse_meetings(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        data = self.json_of(response, "the PrimeGov meeting list")
        if not isinstance(data, list):
            raise SourceFailure(f"the PrimeGov meeting list is a {type(data).__name__}, not a list")
        seen = getattr(self, "seen", {})
        for record in data:
            meeting = self.record_meeting(record)
            if meeting is None or meeting.meeting_id in seen:
                continue
            seen[meeting.meeting_id] = meeting
            yield meeting
            if self.wanted(meeting):
                yield from self.documents_of(meeting)
        self.pending = getattr(self, "pending", 1) - 1
        if self.pending == 0:
            in_window = [m for m in seen.values() if self.wanted(m)]
            yield self.listing(in_window, window=self.window if hasattr(self, "crawler") else None)

    def record_meeting(self, record: dict[str, Any]) -> Meeting | None:
        native = record.get("meetingId") if "meetingTitle" in record else record.get("id")
        if native is None:
            return None
        title = record.get("title") if "meetingTitle" not in record else record["meetingTitle"]
        if record.get("dateTime") or record.get("meetingDate"):
            start, time_known = local_time(
                record.get("dateTime") or record.get("meetingDate"), self.zone
            )
        else:
            start, time_known = combine(record.get("date"), record.get("time"), self.zone)
        docs = record.get("documentList") or []

        def pick(pattern: re.Pattern[str] | None, output: int) -> str | None:
            for doc in docs:
                name = doc.get("templateName") or ""
                wanted = (
                    pattern.search(name)
                    if pattern
                    else not (_PACKET.search(name) or _MINUTES.search(name))
                )
                if wanted and doc.get("compileOutputType") == output and doc.get("templateId"):
                    return (
                        f"{self.base}/Public/CompiledDocument?meetingTemplateId={doc['templateId']}"
                        f"&compileOutputType={output}"
                    )
            return None

        agenda_html = next(
            (
                f"{self.base}/Portal/Meeting?meetingTemplateId={d['templateId']}"
                for d in docs
                if d.get("compileOutputType") == _HTML
                and not _MINUTES.search(d.get("templateName") or "")
            ),
            None,
        )
        return self.meeting(
            native,
            body=self.source.get("body") or title,
            title=title,
            start=start,
            time_known=time_known,
            url=agenda_html or f"{self.base}/public/portal",
            status_texts=[title],
            agenda_url=pick(None, _PDF),
            packet_url=pick(_PACKET, _PDF),
            minutes_url=pick(_MINUTES, _PDF),
        )
