"""NovusAGENDA (Granicus) public portal (``https://<client>.novusagenda.com/agendapublic/``).

``meetingsgeneral.aspx`` (the portal's start page, or its search results) is an ASP.NET page
with two Telerik grids: ``radGridMeetings`` (date, meeting type, location, then links to the
HTML agenda ``MeetingView.aspx?MeetingID=N``, the PDF ``DisplayAgendaPDF.ashx?MeetingID=N``
and minutes ``DisplayAgendaPDF.ashx?MinutesMeetingID=M``) and, when it lists them,
``radGridItems`` (one row per agenda item: date, title, section, meeting type, location and
its cover sheet ``Coversheet.aspx?ItemID=I&MeetingID=N``). The HTML agenda links open from
``onclick``. The first page shows the latest meetings, newest first: what a monitoring run
needs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import scrapy
from scrapy.http import Response

from spiders.agenda import anchor_urls, clean, fallback_native_id, local_time, meeting_id
from spiders.items import AgendaItem, Meeting
from spiders.spiders.base import AgendaSpider


def _rows(grid: str) -> str:
    """The data rows of a Telerik grid whose id contains ``grid``."""
    return (
        f"//*[contains(@id, '{grid}')]//tr[contains(concat(' ', @class, ' '), ' rgRow ')"
        " or contains(concat(' ', @class, ' '), ' rgAltRow ')]"
    )


def _query(url: str, key: str) -> str | None:
    return (parse_qs(urlsplit(url).query, keep_blank_values=False).get(key) or [None])[0]


class NovusAgendaSpider(AgendaSpider):
    name = "novusagenda"
    platform = "novusagenda"
    routes = ((r".", "parse"),)

    def start_requests_for_source(self) -> Iterator[scrapy.Request]:
        url = self.source["url"]
        if not re.search(r"\.aspx", url, re.I):  # the portal's root: its start page
            root = url.rstrip("/")
            if not root.lower().endswith("/agendapublic"):
                root += "/agendapublic"
            url = root + "/meetingsgeneral.aspx"
        yield scrapy.Request(url, callback=self.parse, errback=self.on_error)

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        rows = response.xpath(_rows("radGridMeetings"))
        self.require(rows, "meetings (radGridMeetings rows)", response)
        meetings = [self.row_meeting(row, response) for row in rows]
        yield from self.meetings_with_documents(meetings)
        wanted = {m.meeting_id for m in meetings if self.wanted(m)}
        for row in response.xpath(_rows("radGridItems")):
            item = self.row_item(row, response)
            if item is not None and item.meeting_id in wanted:
                yield item

    def row_meeting(self, row: Any, response: Response) -> Meeting:
        cells = [clean(" ".join(c.css("::text").getall())) for c in row.css("td")]
        when, kind, location = [*cells, "", "", ""][:3]
        start, time_known = local_time(when, self.zone)
        links = anchor_urls(row, response.url)
        native = next((_query(u, "MeetingID") for u in links if _query(u, "MeetingID")), None)
        pdf = next((u for u in links if "DisplayAgendaPDF" in u and _query(u, "MeetingID")), None)
        html = next((u for u in links if "MeetingView.aspx" in u), None)
        minutes = next((u for u in links if _query(u, "MinutesMeetingID") and "PDF" in u), None)
        return self.meeting(
            native or fallback_native_id(kind, when),
            body=self.source.get("body") or kind,
            title=kind,
            start=start,
            time_known=time_known,
            url=html or pdf or response.url,
            status_texts=[kind, location],
            location=location,
            agenda_url=pdf or html,
            minutes_url=minutes,
        )

    def row_item(self, row: Any, response: Response) -> AgendaItem | None:
        cells = [clean(" ".join(c.css("::text").getall())) for c in row.css("td")]
        links = anchor_urls(row, response.url)
        sheet = next((u for u in links if _query(u, "ItemID") and _query(u, "MeetingID")), None)
        if sheet is None or len(cells) < 2:
            return None
        meeting = meeting_id(self.platform, self.site, _query(sheet, "MeetingID") or "unknown")
        return AgendaItem(
            item_id=f"{meeting}/{_query(sheet, 'ItemID')}",
            meeting_id=meeting,
            source_id=self.source_id,
            number=None,
            title=cells[1],
            text=(cells[2:3] or [""])[0] or None,  # the agenda section
            links=[{"name": "cover sheet", "url": sheet}],
        )
