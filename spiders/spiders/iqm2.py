"""Granicus IQM2 (``https://<client>.iqm2.com/Citizens/Calendar.aspx``).

The calendar lists ``div.MeetingRow`` blocks (the title attribute of the row link holds board,
type and status); ``Detail_Meeting.aspx?ID=N`` pages hold the agenda items
(``table#MeetingDetail``), read for meetings inside the crawl window.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import scrapy
from scrapy.http import Response

from spiders.agenda import clean, local_time, watched
from spiders.items import AgendaItem, DocumentRole, Meeting
from spiders.spiders.base import AgendaSpider

# The row link's title: "<when>Board:\t<board>Type:\t<type>Status:\t<status>\t<location>"
_INFO = re.compile(
    r"Board:\s*(?P<board>.*?)\s*Type:\s*(?P<type>.*?)\s*Status:\s*(?P<status>[^\t]*)\t?(?P<where>.*)",
    re.S,
)
# FileOpen.aspx?Type=…: 14 agenda, 1 agenda packet, 15 minutes, 12 minutes packet
_FILE_TYPES = {"14": "agenda", "1": "packet", "15": "minutes"}


def _id(url: str) -> str | None:
    values = parse_qs(urlsplit(url).query).get("ID")
    return values[0] if values else None


class Iqm2Spider(AgendaSpider):
    name = "iqm2"
    platform = "iqm2"
    routes = ((r"Detail_Meeting\.aspx", "parse_meeting"), (r".", "parse"))

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        rows = response.css("div.MeetingRow")
        self.require(rows, "meeting rows (div.MeetingRow)", response)
        meetings = [self.row_meeting(row, response) for row in rows]
        yield from meetings
        for meeting in meetings:
            if self.wanted(meeting):
                yield from self.documents_of(meeting)
                yield scrapy.Request(
                    meeting.url,
                    callback=self.parse_meeting,
                    errback=self.on_error,
                    cb_kwargs={"meeting": meeting.meeting_id},
                )
        yield self.listing(meetings)

    def row_meeting(self, row: Any, response: Response) -> Meeting:
        link = row.css(".RowLink a")
        href = response.urljoin(link.attrib.get("href", ""))
        match = _INFO.search(link.attrib.get("title", ""))
        info = match.groupdict() if match else {}
        start, time_known = local_time(clean(" ".join(link.css("::text").getall())), self.zone)
        files: dict[str, str] = {}
        for anchor in row.css(".MeetingLinks a[href]"):
            kind = _FILE_TYPES.get(
                parse_qs(urlsplit(anchor.attrib["href"]).query).get("Type", [""])[0]
            )
            if kind:
                files.setdefault(kind, response.urljoin(anchor.attrib["href"]))
        details = clean(" ".join(row.css(".RowDetails ::text").getall()))
        return self.meeting(
            _id(href) or details,
            body=clean(info.get("board")) or details.split(" - ")[0],
            title=details,
            start=start,
            time_known=time_known,
            url=href,
            status_texts=[info.get("status"), details],
            location=clean(info.get("where")) or None,
            agenda_url=files.get("agenda"),
            packet_url=files.get("packet"),
            minutes_url=files.get("minutes"),
        )

    def parse_meeting(self, response: Response, meeting: str | None = None) -> Iterator[Any]:
        meeting = meeting or f"{self.platform}:{self.site}:{_id(response.url)}"
        table = response.css("table#MeetingDetail")
        self.require(table, "agenda table (table#MeetingDetail)", response)
        for position, row in enumerate(table.css("tr"), 1):
            number = clean(" ".join(row.css("td.Num ::text").getall())).rstrip(".")
            title = clean(" ".join(row.css("td.Title ::text").getall()))
            if not title:
                continue
            links = [
                {
                    "name": clean(" ".join(a.css("::text").getall())),
                    "url": response.urljoin(a.attrib["href"]),
                }
                for a in row.css("td.Title a[href]")
            ]
            native = next((_id(link["url"]) for link in links if _id(link["url"])), None)
            item = AgendaItem(
                item_id=f"{meeting}/{native or position}",
                meeting_id=meeting,
                source_id=self.source_id,
                number=number or None,
                title=title,
                links=links,
            )
            yield item
            if watched(title):
                for link in links:
                    if "FileOpen" in link["url"]:
                        yield from self.document(
                            link["url"], DocumentRole.ATTACHMENT, meeting, item.item_id
                        )
