"""CivicPlus AgendaCenter (``https://<site>/AgendaCenter``).

Every agenda row (``tr.catAgendaRow``) carries a ViewFile link named ``_MMDDYYYY-<id>``: the
meeting's date and the portal's own id. The body is the category heading above the table.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

from lxml import etree
from parsel.csstranslator import css2xpath
from scrapy.http import Response
from scrapy.utils.response import get_base_url

from spiders.agenda import LinkJoiner, clean
from spiders.items import Meeting
from spiders.spiders.base import AgendaSpider, SourceFailure

_AGENDA_KEY = re.compile(r"/AgendaCenter/ViewFile/Agenda/_?(\d{8})-(\d+)", re.I)
# Compiled once: a listing has a row per meeting, and parsel's per-call wrappers cost more than
# the queries themselves.
_HREFS = etree.XPath(css2xpath("a::attr(href)"))
_TITLE_TEXT = etree.XPath(css2xpath("td:first-child p ::text"))
_TITLE_ATTR = etree.XPath(css2xpath("a[title]::attr(title)"))


class CivicPlusSpider(AgendaSpider):
    name = "civicplus"
    platform = "civicplus"
    routes = ((r".", "parse"),)

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        rows = response.css("tr.catAgendaRow")
        self.require(rows, "agenda rows (tr.catAgendaRow)", response)
        # The body is the heading above each table; look it up once per table, not per row.
        bodies: dict[Any, str | None] = {}
        join = LinkJoiner(get_base_url(response))
        meetings = []
        for row in rows:
            table = row.root.getparent()
            if table not in bodies:
                heading = row.xpath("preceding::h2[1]//text()").getall()
                bodies[table] = clean(" ".join(heading).replace("▼", "")) or None
            meeting = self.row_meeting(row.root, join, bodies[table])
            if meeting:
                meetings.append(meeting)
        if not meetings:
            raise SourceFailure(
                f"{len(rows)} agenda rows but none links an agenda (ViewFile/Agenda/_MMDDYYYY-id)"
            )
        yield from self.meetings_with_documents(meetings)

    def row_meeting(self, row: Any, join: LinkJoiner, body: str | None) -> Meeting | None:
        """The meeting of one ``tr.catAgendaRow`` (an lxml element); ``join`` makes its links
        absolute."""
        hrefs = [str(h) for h in _HREFS(row)]
        key = next((m for m in (_AGENDA_KEY.search(h) for h in hrefs) if m), None)
        if key is None:
            return None
        date = key.group(1)  # MMDDYYYY
        day = dt.datetime(int(date[4:]), int(date[:2]), int(date[2:4]), tzinfo=self.zone)
        base = f"/AgendaCenter/ViewFile/Agenda/_{date}-{key.group(2)}"
        pdf = next((h for h in hrefs if h.split("?")[0].endswith(base) and "?" not in h), None)
        packet = next((h for h in hrefs if "packet=true" in h.lower()), None)
        minutes = next((h for h in hrefs if "/ViewFile/Minutes/" in h), None)
        title = clean(" ".join(_TITLE_TEXT(row))) or clean(next(iter(_TITLE_ATTR(row)), None))
        return self.meeting(
            key.group(2),
            body=body,
            title=title or body,
            start=day,
            time_known=False,
            url=join(base + "?html=true"),
            status_texts=[title],
            agenda_url=join(pdf or base),
            packet_url=join(packet) if packet else None,
            minutes_url=join(minutes) if minutes else None,
        )
