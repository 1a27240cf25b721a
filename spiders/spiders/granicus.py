"""Granicus ViewPublisher (``https://<client>.granicus.com/ViewPublisher.php?view_id=N``) and
the pages clients build from it.

A meeting is wherever its links are: the smallest table row (or, without one, the smallest
``.row`` block or list item) holding a link whose URL carries an ``event_id`` or ``clip_id``,
in ``href`` or in a ``window.open`` ``onclick``. That one rule reads every default layout met
on real portals: ``tr.listingRow``; the ``class="odd|even"`` rows of ``table.listingTable``;
the "icon view" ``#upcoming .row`` blocks; archive lists of ``div.row``; and client pages such
as a city's own webcast table or a school board's meeting table. In a row, the name is the
``headers="Name"`` cell (else ``td.name``, else the first cell that is neither a date nor a
link label) and the date the ``headers="Date …"`` cell (else the first cell that reads as a
date); text hidden with ``display:none`` (a sort key) is not read. A portal's front page
without meetings but with links to its bodies' views (``ViewPublisher.php?view_id=N``) is
followed view by view; those partial listings do not delist meetings.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import scrapy
from scrapy.http import Response

from spiders.agenda import anchor_url, anchor_urls, clean, fallback_native_id, local_time
from spiders.items import Listing, Meeting
from spiders.spiders.base import AgendaSpider, SourceFailure

# A meeting's links (an item's carry a meta_id: an agenda page, not a listing).
_MEETING_LINKS = (
    "//a[(contains(@href, 'clip_id') or contains(@href, 'event_id')"
    " or contains(@onclick, 'clip_id') or contains(@onclick, 'event_id'))"
    " and not(contains(@href, 'meta_id'))]"
)
_ROW_CLASS = "ancestor::*[contains(concat(' ', normalize-space(@class), ' '), ' row ')][1]"
# Meetings listed before their agenda is out have no such link: the template's own rows.
_TEMPLATE_ROWS = (
    "//table[contains(@class, 'listingTable')]//tr[td]"
    " | //td[starts-with(@headers, 'Name')]/ancestor::tr[1]"
    " | //*[@id='upcoming']//*[contains(concat(' ', normalize-space(@class), ' '), ' row ')]"
    " | //*[contains(@class, 'committee')]/" + _ROW_CLASS
)
_DATE_LIKE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b"
    r"|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b",
    re.I,
)
# Cells that only label a link or a figure, never a meeting's name.
_LABEL = re.compile(
    r"^(?:agenda|minutes|briefs|video|audio|audio/video|watch(?: now)?|mp[34]|download|"
    r"captions?|notes|new!*|(?:meeting )?(?:event page|details)|\d+h \d+m|[\d\s]*hr?[\d\s]*min)\b",
    re.I,
)
_VISIBLE_TEXT = ".//text()[not(ancestor::*[contains(translate(@style, ' ', ''), 'display:none')])]"


class GranicusSpider(AgendaSpider):
    name = "granicus"
    platform = "granicus"
    routes = ((r".", "parse"),)

    def parse(self, response: Response, partial: bool = False, **kwargs: Any) -> Iterator[Any]:
        """``partial``: one view of several reached from the portal's front page; its meetings
        are not the source's complete listing (no Listing is yielded)."""
        containers: dict[Any, Any] = {}  # lxml element -> its selector
        for anchor in response.xpath(_MEETING_LINKS):
            container = (
                anchor.xpath("ancestor::tr[1]")
                or anchor.xpath(_ROW_CLASS)
                or anchor.xpath("ancestor::li[1]")
            )
            if container:
                containers.setdefault(container[0].root, container[0])
        for row in response.xpath(_TEMPLATE_ROWS):  # without a link, a row needs a date
            if _DATE_LIKE.search(" ".join(row.xpath(_VISIBLE_TEXT).getall())):
                containers.setdefault(row.root, row)
        if not containers and response.xpath("//a[contains(@href, 'meta_id')]"):
            raise SourceFailure(
                "granicus page is a meeting's agenda (items with meta_id links), not a "
                "ViewPublisher listing; point the source at ViewPublisher.php?view_id=N"
            )
        views = sorted(
            {
                u
                for u in anchor_urls(response, response.url)
                if re.search(r"ViewPublisher\.php\?view_id=\d+", u, re.I) and u != response.url
            }
        )
        if not containers and views and not partial:  # the front page: each body's view
            for url in views:
                yield scrapy.Request(
                    url, callback=self.parse, errback=self.on_error, cb_kwargs={"partial": True}
                )
            return
        self.require(
            list(containers.values()),
            "meetings (rows or blocks with links carrying an event_id or clip_id)",
            response,
        )
        meetings: dict[str, Meeting] = {}
        for node in containers.values():
            meeting = (
                self.row_meeting(node, response)
                if node.root.tag == "tr"
                else self.block_meeting(node, response)
            )
            meetings.setdefault(meeting.meeting_id, meeting)
        for output in self.meetings_with_documents(list(meetings.values())):
            if not (partial and isinstance(output, Listing)):
                yield output

    def links(self, node: Any, response: Response) -> list[tuple[str, str]]:
        """(URL, label) of the node's links (a ``window.open`` link's URL is its argument)."""
        found = []
        for anchor in node.css("a"):
            url = anchor_url(anchor, response.url)
            if url:
                found.append((url, clean(" ".join(anchor.css("::text, img::attr(alt)").getall()))))
        return found

    def row_meeting(self, row: Any, response: Response) -> Meeting:
        def text(cell: Any) -> str:
            return clean(" ".join(cell.xpath(_VISIBLE_TEXT).getall()))

        cells = row.xpath("./td | ./th")
        named = row.css('td[headers^="Name"], th[headers^="Name"], td.name')[:1]
        dated = row.css('td[headers^="Date"]')[:1]
        # cells with a role: a name (which may hold a date: "Agenda Revised on 4/6/22") and a
        # date; the others are read by what they hold
        other = [text(c) for c in cells if c.root not in {n.root for n in (*named, *dated)}]
        when = text(dated[0]) if dated else next((t for t in other if _DATE_LIKE.search(t)), "")
        name = (
            text(named[0])
            if named
            else next(
                (t for t in other if t and t != when and not _LABEL.match(t)),
                "",
            )
        )
        return self.from_parts(
            name, when.replace(" - ", " "), self.links(row, response), response, row
        )

    def block_meeting(self, block: Any, response: Response) -> Meeting:
        name = clean(
            " ".join(block.css(".committee ::text, .name ::text, h3 ::text, h4 ::text").getall())
        )
        texts = [clean(t) for t in block.xpath(_VISIBLE_TEXT).getall()]
        when = next((t for t in texts if t not in name and _DATE_LIKE.search(t)), "")
        if not name:
            name = next((t for t in texts if t and t != when and not _LABEL.match(t)), "")
        return self.from_parts(
            name, when.replace(" - ", " "), self.links(block, response), response, block
        )

    def from_parts(
        self, name: str, when: str, links: list[tuple[str, str]], response: Response, node: Any
    ) -> Meeting:
        start, time_known = local_time(when, self.zone)
        # Granicus's own viewers, else a document the client links as the agenda or minutes
        agenda = next((u for u, _ in links if "AgendaViewer" in u), None) or next(
            (u for u, label in links if re.match(r"agenda\b", label, re.I)), None
        )
        minutes = next((u for u, _ in links if "MinutesViewer" in u), None) or next(
            (u for u, label in links if re.match(r"minutes\b", label, re.I)), None
        )
        native = None
        for url in (agenda, *(u for u, _ in links)):
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
