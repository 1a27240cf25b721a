"""CivicWeb / Diligent Community (``https://<client>.civicweb.net``), over its meeting service.

``GET /Services/MeetingsService.svc/meetings?from=YYYY-MM-DD&to=YYYY-MM-DD`` lists the
meetings of the window (``Id``, ``Name``, ``MeetingDateTime`` local, ``MeetingLocation``);
``GET /Services/MeetingsService.svc/meetings/{Id}/meetingDocuments`` a meeting's documents:
``Type`` 1 agendas, 2 minutes, ``IsPublic``, and for published HTML agendas the agenda itself
in ``Html``. That HTML is stored as the agenda document as served (no second request); a
public agenda without it is fetched as ``/document/{Id}/?printPdf=true``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlencode

import scrapy
from scrapy.http import Response

from spiders.agenda import clean, local_time, meeting_id
from spiders.items import DocumentRole, FetchedDocument, Meeting
from spiders.spiders.base import AgendaSpider, SourceFailure

SERVICE = "/Services/MeetingsService.svc/meetings"
_AGENDA, _MINUTES = 1, 2
_MEETING_IN_URL = re.compile(r"/meetings/(\d+)/meetingDocuments", re.I)


class CivicWebSpider(AgendaSpider):
    name = "civicweb"
    platform = "civicweb"
    routes = ((r"meetingDocuments", "parse_documents"), (r".", "parse"))

    def start_requests_for_source(self) -> Iterator[scrapy.Request]:
        low, high = self.window
        if low == dt.date.min:
            low, high = self.now.date() - dt.timedelta(days=365), self.now.date()
        query = urlencode({"from": low.isoformat(), "to": high.isoformat()})
        yield scrapy.Request(
            f"{self.base}{SERVICE}?{query}", callback=self.parse, errback=self.on_error
        )

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        data = self.json_of(response, "the CivicWeb meeting list")
        if not isinstance(data, list):
            raise SourceFailure(f"the CivicWeb meeting list is a {type(data).__name__}, not a list")
        meetings = []
        for record in data:
            meeting = self.record_meeting(record)
            if meeting is None:
                continue
            meetings.append(meeting)
            if self.wanted(meeting) and record.get("Published", True):
                # the meeting is yielded with its documents, once they are known
                yield scrapy.Request(
                    f"{self.base}{SERVICE}/{record['Id']}/meetingDocuments",
                    callback=self.parse_documents,
                    errback=self.on_error,
                    cb_kwargs={"record": record},
                )
            else:
                yield meeting
        yield self.listing(meetings, window=self.window if hasattr(self, "crawler") else None)

    def record_meeting(
        self, record: Any, agenda: str | None = None, minutes: str | None = None
    ) -> Meeting | None:
        if not isinstance(record, dict) or record.get("Id") is None:
            return None
        start, time_known = local_time(
            str(record.get("MeetingDateTime") or record.get("MeetingDate") or ""), self.zone
        )
        name = clean(str(record.get("Name") or ""))
        return self.meeting(
            record["Id"],
            body=self.source.get("body") or name,
            title=name,
            start=start,
            time_known=time_known,
            url=f"{self.base}/Portal/MeetingInformation.aspx?Id={record['Id']}",
            status_texts=[name],
            location=clean(str(record.get("MeetingLocation") or "")),
            agenda_url=agenda,
            minutes_url=minutes,
        )

    def parse_documents(
        self, response: Response, record: dict[str, Any] | None = None, **kwargs: Any
    ) -> Iterator[Any]:
        docs = self.json_of(response, "the CivicWeb meeting documents")
        if not isinstance(docs, list):
            raise SourceFailure("the CivicWeb meeting documents are not a list")
        public = [d for d in docs if isinstance(d, dict) and d.get("IsPublic") and d.get("Id")]
        agendas = [f"{self.base}/document/{d['Id']}/" for d in public if d.get("Type") == _AGENDA]
        minutes = [f"{self.base}/document/{d['Id']}/" for d in public if d.get("Type") == _MINUTES]
        meeting = self.record_meeting(
            record, agendas[0] if agendas else None, (minutes or [None])[0]
        )
        if meeting is not None:
            yield meeting
            owner = meeting.meeting_id
        else:  # a saved response read alone: the meeting is named by the URL
            found = _MEETING_IN_URL.search(response.url)
            owner = meeting_id(self.platform, self.site, found.group(1) if found else "unknown")
        for doc in [d for d in public if d.get("Type") == _AGENDA][:1]:
            url = f"{self.base}/document/{doc['Id']}/"
            if doc.get("Html"):  # the agenda as the portal renders it
                yield FetchedDocument(
                    source_id=self.source_id,
                    url=url,
                    role=DocumentRole.AGENDA,
                    body=str(doc["Html"]).encode("utf-8"),
                    content_type="text/html; charset=utf-8",
                    file_name=f"{doc['Id']}.html",
                    referer=response.url,
                    meeting_id=owner,
                )
            else:
                yield from self.document(f"{url}?printPdf=true", DocumentRole.AGENDA, owner)
