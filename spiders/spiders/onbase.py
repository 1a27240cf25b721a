"""Hyland OnBase Agenda Online (``https://<host>/OnBaseAgendaOnline/Meetings/Search?…``, also
hosted as ``https://<client>.hylandcloud.com/<n>agendaonline…/Meetings/Search?…``).

The search page lists meetings as ``tr.meeting-row[data-meeting-id]``: cells typed by
``data-sortable-type`` (``mtgName`` the date as words, ``mtgType`` the meeting type, ``mtgTime``
date and time), then links to the HTML agenda (``Meetings/ViewMeeting?id=N&doctype=1``) and
its PDF (``Documents/Downloadfile/…pdf?documentType=1&meetingId=N``); ``documentType=2`` is
the minutes. The same row repeats its links in cells for small screens: read once.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

from scrapy.http import Response

from spiders.agenda import anchor_urls, clean, local_time
from spiders.items import Meeting
from spiders.spiders.base import AgendaSpider


def _document_type(url: str) -> str | None:
    query = {k.lower(): v for k, v in parse_qs(urlsplit(url).query).items()}
    return (query.get("documenttype") or query.get("doctype") or [None])[0]


class OnBaseSpider(AgendaSpider):
    name = "onbase"
    platform = "onbase"
    routes = ((r".", "parse"),)

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        rows = response.css("tr.meeting-row[data-meeting-id]")
        self.require(rows, "meetings (tr.meeting-row)", response)
        yield from self.meetings_with_documents([self.row_meeting(r, response) for r in rows])

    def row_meeting(self, row: Any, response: Response) -> Meeting:
        def typed(kind: str) -> str:
            return clean(" ".join(row.css(f'td[data-sortable-type="{kind}"] ::text').getall()))

        kind, when = typed("mtgType"), typed("mtgTime") or typed("mtgName")
        start, time_known = local_time(when, self.zone)
        links = list(dict.fromkeys(anchor_urls(row, response.url)))
        pdfs = [u for u in links if "downloadfile" in u.lower()]
        views = [u for u in links if "viewmeeting" in u.lower()]

        def pick(urls: list[str], doc_type: str) -> str | None:
            return next((u for u in urls if _document_type(u) == doc_type), None)

        return self.meeting(
            row.attrib["data-meeting-id"],
            body=self.source.get("body") or kind,
            title=kind,
            start=start,
            time_known=time_known,
            url=pick(views, "1") or response.url,
            status_texts=[kind, typed("mtgName")],
            agenda_url=pick(pdfs, "1") or pick(views, "1"),
            minutes_url=pick(pdfs, "2") or pick(views, "2"),
        )
