"""Granicus ViewPublisher (``https://<client>.granicus.com/ViewPublisher.php?view_id=N``).

The default template lists upcoming events and archived clips in ``table.listingTable`` rows;
the "icon view" template lists upcoming events as ``#upcoming .row`` blocks. Meeting ids come
from the ``event_id`` or ``clip_id`` of the agenda / media links.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

from scrapy.http import Response

from spiders.agenda import clean, fallback_native_id, local_time
from spiders.items import Meeting
from spiders.spiders.base import AgendaSpider

_LINK_URL = re.compile(r"(?:https?:)?//[^'\"\s]+")


class GranicusSpider(AgendaSpider):
    name = "granicus"
    platform = "granicus"
    routes = ((r".", "parse"),)

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        rows = response.css("table.listingTable tr.listingRow")
        blocks = response.css("#upcoming .row")
        self.require(
            [*rows, *blocks], "meetings (table.listingTable rows or #upcoming rows)", response
        )
        meetings: dict[str, Meeting] = {}
        for row in rows:
            meeting = self.row_meeting(row, response)
            meetings.setdefault(meeting.meeting_id, meeting)
        for block in blocks:
            meeting = self.block_meeting(block, response)
            meetings.setdefault(meeting.meeting_id, meeting)
        yield from self.meetings_with_documents(list(meetings.values()))

    def links(self, node: Any, response: Response) -> list[str]:
        found = []
        for anchor in node.css("a"):
            href = anchor.attrib.get("href", "")
            if href.startswith("javascript"):
                match = _LINK_URL.search(anchor.attrib.get("onclick", "") + href)
                href = match.group(0) if match else ""
            if href:
                found.append(
                    response.urljoin(href if not href.startswith("//") else "https:" + href)
                )
        return found

    def row_meeting(self, row: Any, response: Response) -> Meeting:
        cells = row.css("td")
        name = clean(" ".join((row.css('td[headers^="Name"]') or cells[:1]).css("::text").getall()))
        date_cell = row.css('td[headers^="Date"]') or cells[1:2]
        when = clean(" ".join(date_cell.css("::text").getall())).replace(" - ", " ")
        return self.from_parts(name, when, self.links(row, response), response, row)

    def block_meeting(self, block: Any, response: Response) -> Meeting:
        name = clean(" ".join(block.css(".committee ::text").getall()))
        texts = [clean(t) for t in block.xpath(".//div[1]/text()").getall()]
        when = next((t for t in texts if t), "")
        return self.from_parts(name, when, self.links(block, response), response, block)

    def from_parts(
        self, name: str, when: str, links: list[str], response: Response, node: Any
    ) -> Meeting:
        start, time_known = local_time(when, self.zone)
        agenda = next((u for u in links if "AgendaViewer" in u), None)
        minutes = next((u for u in links if "MinutesViewer" in u), None)
        native = None
        for url in (agenda, *links):
            query = parse_qs(urlsplit(url or "").query)
            if query.get("event_id"):
                native = "e" + query["event_id"][0]
                break
            if query.get("clip_id"):
                native = "c" + query["clip_id"][0]
                break
        return self.meeting(
            native or fallback_native_id(name, when),
            body=self.source.get("body") or name,
            title=name,
            start=start,
            time_known=time_known,
            url=agenda or response.url,
            status_texts=[name, clean(" ".join(node.css("::text").getall()))],
            agenda_url=agenda,
            minutes_url=minutes,
        )
