"""Municode Meetings (``https://meetings.municode.com/PublishPage?cid=<CLIENT>&ppid=<id>&p=1``).

The publish page is a table (``table.div-table``) with one row per meeting and a cell per
column, each cell classed by its role: ``meeting``, ``date``, ``time``, ``venue``, ``agenda``,
``packet``, ``minutes`` (some pages have no ``date`` column: the date is then read from the
documents' names). Documents are links through Municode's redirector
(``/d/f?u=<blob URL>&n=<name>``); the blob's ``MEET-Agenda-<guid>.pdf`` names the meeting.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

from scrapy.http import Response

from spiders.agenda import anchor_urls, clean, combine, fallback_native_id
from spiders.items import Meeting
from spiders.spiders.base import AgendaSpider

_GUID = re.compile(r"MEET-(?:Agenda|Packet|Minutes)[^/]*?-([0-9a-f]{32})\.", re.I)
# A document's name ends in its meeting's date and time: "…-July 28, 2022 6.00 PM.pdf"
_NAMED_WHEN = re.compile(r"-([A-Z][a-z]+ \d{1,2}, \d{4}) (\d{1,2})\.(\d{2}) ([AP]M)\.pdf$")


class MunicodeSpider(AgendaSpider):
    name = "municode"
    platform = "municode"
    routes = ((r".", "parse"),)

    @property
    def site(self) -> str:
        # every client lives on meetings.municode.com: the client id names the site
        query = parse_qs(urlsplit(self.source["url"]).query)
        client = (query.get("cid") or [""])[0].lower()
        return self.options.get("site") or f"meetings.municode.com/{client or 'unknown'}"

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        rows = response.xpath("//table[contains(@class, 'div-table')]//tr[td]")
        self.require(rows, "meetings (table.div-table rows)", response)
        yield from self.meetings_with_documents([self.row_meeting(r, response) for r in rows])

    def row_meeting(self, row: Any, response: Response) -> Meeting:
        def cell(role: str) -> Any:
            return row.xpath(
                f"./td[contains(concat(' ', normalize-space(@class), ' '), ' {role} ')]"
            )

        def text(role: str) -> str:
            return clean(" ".join(cell(role).css("::text").getall()))

        def link(role: str) -> str | None:
            return next(iter(anchor_urls(cell(role), response.url)), None)

        name, day, hour = text("meeting"), text("date"), text("time")
        agenda, packet, minutes = link("agenda"), link("packet"), link("minutes")
        if not day:  # layouts without a date column: the documents' names carry it
            for url in (agenda, packet, minutes):
                named = _NAMED_WHEN.search(
                    (parse_qs(urlsplit(url or "").query).get("n") or [""])[0]
                )
                if named:
                    day, hour = (
                        named.group(1),
                        f"{named.group(2)}:{named.group(3)} {named.group(4)}",
                    )
                    break
        start, time_known = combine(day, hour, self.zone)
        found = next(
            (_GUID.search(u) for u in (agenda, packet, minutes) if u and _GUID.search(u)), None
        )
        return self.meeting(
            found.group(1) if found else fallback_native_id(name, day, hour),
            body=self.source.get("body") or name,
            title=name,
            start=start,
            time_known=time_known,
            url=response.url,
            status_texts=[name],
            location=text("venue"),
            agenda_url=agenda,
            packet_url=packet,
            minutes_url=minutes,
        )
