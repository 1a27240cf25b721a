"""CivicPlus AgendaCenter (``https://<site>/AgendaCenter``).

Every agenda row (``tr.catAgendaRow``) carries a ViewFile link named ``_MMDDYYYY-<id>``: the
meeting's date and the portal's own id. The body is the category heading above the table.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

from scrapy.http import Response

from spiders.agenda import clean
from spiders.items import Meeting
from spiders.spiders.base import AgendaSpider, SourceFailure

_AGENDA_KEY = re.compile(r"/AgendaCenter/ViewFile/Agenda/_?(\d{8})-(\d+)", re.I)


class CivicPlusSpider(AgendaSpider):
    name = "civicplus"
    platform = "civicplus"
    routes = ((r".", "parse"),)

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        rows = response.css("tr.catAgendaRow")
        self.require(rows, "agenda rows (tr.catAgendaRow)", response)
        # The body is the heading above each table; look it up once per table, not per row.
        bodies: dict[Any, str | None] = {}
        meetings = []
        for row in rows:
            table = row.root.getparent()
            if table not in bodies:
                heading = row.xpath("preceding::h2[1]//text()").getall()
                bodies[table] = clean(" ".join(heading).replace("▼", "")) or None
            meeting = self.row_meeting(row, response, bodies[table])
            if meeting:
                meetings.append(meeting)
        if not meetings:
            raise SourceFailure(
                f"{len(rows)} agenda rows but none links an agenda (ViewFile/Agenda/_MMDDYYYY-id)"
            )
        yield from self.meetings_with_documents(meetings)

    def row_meeting(self, row: Any, response: Response, body: str | None) -> Meeting | None:
        hrefs = row.css("a::attr(href)").getall()
        key = next((m for m in (_AGENDA_KEY.search(h) for h in hrefs) if m), None)
        if key is None:
            return None
        day = dt.datetime.strptime(key.group(1), "%m%d%Y").replace(tzinfo=self.zone)
        base = f"/AgendaCenter/ViewFile/Agenda/_{key.group(1)}-{key.group(2)}"
        pdf = next((h for h in hrefs if h.split("?")[0].endswith(base) and "?" not in h), None)
        packet = next((h for h in hrefs if "packet=true" in h.lower()), None)
        minutes = next((h for h in hrefs if "/ViewFile/Minutes/" in h), None)
        title = clean(" ".join(row.css("td:first-child p ::text").getall())) or clean(
            row.css("a[title]::attr(title)").get()
        )
        return self.meeting(
            key.group(2),
            body=body,
            title=title or body,
            start=day,
            time_known=False,
            url=response.urljoin(base + "?html=true"),
            status_texts=[title],
            agenda_url=response.urljoin(pdf or base),
            packet_url=response.urljoin(packet) if packet else None,
            minutes_url=response.urljoin(minutes) if minutes else None,
        )
