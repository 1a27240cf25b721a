"""BoardDocs (``https://go.boarddocs.com/<state>/<client>/Board.nsf/Public``), in Chromium.

BoardDocs serves its public page to browsers only and loads everything with JavaScript, so
the spider opens the page in headless Chromium (Playwright) and, inside it, posts the calls
the page itself makes: ``BD-GetMeetingsList?open`` (the meetings of a committee, JSON) and
``BD-GetAgenda?open`` (a meeting's agenda, HTML) for meetings inside the crawl window.

Registry: ``options.committee`` is the committee id (the 12-character id BoardDocs shows in
its ``current_committee_id``); without it the spider looks for it in the page.

Sites that still serve BoardDocs' legacy XML feed (``…/Board.nsf/XML-ActiveMeetings``) are
read over plain HTTP, no browser: one document holds every active meeting with its agenda
categories and items. Point the registry's ``url`` at the feed to use it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import AsyncIterator, Iterator
from typing import Any, ClassVar
from urllib.parse import parse_qs, urlsplit

import scrapy
from parsel import Selector
from scrapy.http import Response, TextResponse

from spiders.agenda import clean
from spiders.handlers import PLAYWRIGHT_HANDLERS
from spiders.items import AgendaItem, Meeting
from spiders.spiders.base import AgendaSpider, SourceFailure

# <input id="current_committee_id" value="A9HCZC3376A3"> or a script's current_committee_id = '…'
_COMMITTEE = re.compile(r"current_committee_id(?:[\"'][^>]*?value=|\W{1,6})[\"']?([A-Z0-9]{12})")

_POST = """
async ([url, body]) => {
  const r = await fetch(url, {
    method: "POST",
    headers: {"Content-Type": "application/x-www-form-urlencoded; charset=UTF-8"},
    body,
  });
  return {status: r.status, text: await r.text()};
}
"""


class BoardDocsSpider(AgendaSpider):
    name = "boarddocs"
    platform = "boarddocs"
    custom_settings: ClassVar[dict[str, Any]] = {"DOWNLOAD_HANDLERS": PLAYWRIGHT_HANDLERS}
    routes = (
        (r"BD-GetAgenda", "parse_agenda"),
        (r"BD-GetMeetingsList", "parse_meetings_list"),
        (r"/XML-", "parse_xml"),
    )

    @property
    def site(self) -> str:
        # go.boarddocs.com/oh/columbus/Board.nsf → boarddocs.com/oh/columbus
        parts = urlsplit(self.source["url"])
        path = "/".join(parts.path.strip("/").split("/")[:2])
        return f"{(parts.hostname or '').removeprefix('go.')}/{path}"

    @property
    def base(self) -> str:
        parts = urlsplit(self.source["url"])
        root = parts.path.split("/Board.nsf")[0]
        return f"{parts.scheme}://{parts.netloc}{root}/Board.nsf"

    def start_requests_for_source(self) -> Iterator[scrapy.Request]:
        if "/XML-" in self.source["url"]:
            yield scrapy.Request(self.source["url"], callback=self.parse_xml, errback=self.on_error)
            return
        yield scrapy.Request(
            self.source["url"],
            callback=self.parse_portal,
            errback=self.on_error,
            meta={
                "playwright": True,
                "playwright_include_page": True,
                "playwright_page_goto_kwargs": {"wait_until": "domcontentloaded"},
            },
        )

    async def parse_portal(self, response: Response) -> AsyncIterator[Any]:
        page = response.meta["playwright_page"]
        try:
            committee = self.options.get("committee")
            if not committee:
                found = _COMMITTEE.search(await page.content())
                if not found:
                    raise SourceFailure(
                        "BoardDocs page names no committee (current_committee_id); "
                        "set options.committee in the registry"
                    )
                committee = found.group(1)
            listing_url = f"{self.base}/BD-GetMeetingsList?open"
            answer = await page.evaluate(_POST, [listing_url, f"current_committee_id={committee}"])
            meetings_response = self._text_response(listing_url, answer)
            meetings: list[Meeting] = []
            for output in self.parse_meetings_list(meetings_response):
                if isinstance(output, Meeting):
                    meetings.append(output)
                yield output
            for meeting in meetings:
                if not self.wanted(meeting):
                    continue
                unique = meeting.meeting_id.rsplit(":", 1)[-1]
                agenda_url = f"{self.base}/BD-GetAgenda?open&id={unique}"
                answer = await page.evaluate(
                    _POST,
                    [
                        f"{self.base}/BD-GetAgenda?open",
                        f"id={unique}&current_committee_id={committee}",
                    ],
                )
                for item in self.parse_agenda(
                    self._text_response(agenda_url, answer), meeting.meeting_id
                ):
                    yield item
        except SourceFailure as exc:
            self.fail(str(exc), response.url)
        finally:
            await page.close()

    def _text_response(self, url: str, answer: dict[str, Any]) -> TextResponse:
        status = int(answer.get("status", 0))
        if status != 200:
            raise SourceFailure(f"BoardDocs answered HTTP {status} to {url}")
        return TextResponse(url=url, body=answer.get("text", "").encode("utf-8"), encoding="utf-8")

    def parse_meetings_list(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        data = self.json_of(response, "the BoardDocs meetings list")
        if not isinstance(data, list):
            raise SourceFailure(
                f"the BoardDocs meetings list is a {type(data).__name__}, not a list"
            )
        meetings = []
        for record in data:
            if not record.get("unique"):
                continue  # BoardDocs ends the list with {}
            day = dt.datetime.strptime(record["numberdate"], "%Y%m%d").replace(tzinfo=self.zone)
            meeting = self.meeting(
                record["unique"],
                body=self.source.get("body"),
                title=record.get("name"),
                start=day,
                time_known=False,
                url=f"{self.base}/goto?open&id={record['unique']}",
                status_texts=[record.get("name")],
                agenda_published=True,
            )
            meetings.append(meeting)
            yield meeting
        yield self.listing(meetings)

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        """A saved response whose URL names no BoardDocs call: read by what it holds."""
        head = response.body[:200].lstrip()
        if head.startswith(b"<?xml") or head.startswith(b"<meetings"):
            yield from self.parse_xml(response)
        elif head.startswith(b"["):
            yield from self.parse_meetings_list(response)
        else:
            raise SourceFailure(
                "not a BoardDocs page this spider reads; use the public page "
                "https://go.boarddocs.com/<state>/<client>/Board.nsf/Public (in Chromium) or "
                "the legacy feed …/Board.nsf/XML-ActiveMeetings"
            )

    def parse_xml(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        """The legacy feed: ``<meetings><meeting id=…><name/><start><date format=…/></start>
        <link/><category id=…><name/><agendaitems><item id=…><name/><actiontype/>…``."""
        selector = Selector(text=response.text, type="xml")
        records = selector.xpath("/meetings/meeting")
        if not records:
            raise SourceFailure("BoardDocs XML feed has no <meetings><meeting> records")
        meetings: list[Meeting] = []
        for record in records:
            unique = record.attrib.get("id")
            day_text = record.xpath("start/date[@format]/text()").get()
            if not unique or not day_text:
                continue
            try:
                day = dt.datetime.fromisoformat(day_text.strip()).replace(tzinfo=self.zone)
            except ValueError:
                self.fail(f"BoardDocs meeting {unique} has an unreadable date {day_text!r}")
                continue
            name = clean(record.xpath("name/text()").get())
            meeting = self.meeting(
                unique,
                body=self.source.get("body") or record.attrib.get("bodyname"),
                title=name,
                start=day,
                time_known=False,
                url=clean(record.xpath("link/text()").get()) or response.url,
                status_texts=[name],
                agenda_published=bool(record.xpath("category")),
            )
            meetings.append(meeting)
            yield meeting
            if self.wanted(meeting):
                yield from self._xml_items(record, meeting.meeting_id)
        yield self.listing(meetings)

    def _xml_items(self, record: Any, meeting: str) -> Iterator[AgendaItem]:
        for category in record.xpath("category"):
            yield AgendaItem(
                item_id=f"{meeting}/{category.attrib.get('id')}",
                meeting_id=meeting,
                source_id=self.source_id,
                number=category.attrib.get("order"),
                title=clean(category.xpath("name/text()").get()),
            )
            for item in category.xpath("agendaitems/item"):
                link = clean(item.xpath("link/text()").get())
                yield AgendaItem(
                    item_id=f"{meeting}/{item.attrib.get('id')}",
                    meeting_id=meeting,
                    source_id=self.source_id,
                    number=None,
                    title=clean(item.xpath("name/text()").get()),
                    text=clean(item.xpath("actiontype/text()").get()) or None,
                    links=[{"name": "item", "url": link}] if link else [],
                )

    def parse_agenda(self, response: Response, meeting: str | None = None) -> Iterator[AgendaItem]:
        if meeting is None:
            unique = parse_qs(urlsplit(response.url).query).get("id", ["unknown"])[0]
            meeting = f"{self.platform}:{self.site}:{unique}"
        selector = Selector(text=response.text)
        items = selector.css("li.item")
        categories = selector.css("dl.wrap-category")
        if not items and not categories:
            raise SourceFailure(
                "BoardDocs agenda has no categories or items (dl.wrap-category, li.item)"
            )
        for node in selector.css("dl.wrap-category, li.item"):  # document order
            if node.root.tag == "dl":
                yield AgendaItem(
                    item_id=f"{meeting}/{node.css('dt::attr(unique)').get()}",
                    meeting_id=meeting,
                    source_id=self.source_id,
                    number=clean(node.css(".order::text").get()).rstrip(".") or None,
                    title=clean(" ".join(node.css(".category-name ::text").getall())),
                )
                continue
            item = node
            action = clean(" ".join(item.css(".actiontype ::text").getall())).strip(", ")
            yield AgendaItem(
                item_id=f"{meeting}/{item.attrib.get('unique')}",
                meeting_id=meeting,
                source_id=self.source_id,
                number=clean(item.css(".order::text").get()) or None,
                title=clean(" ".join(item.css(".title ::text").getall())),
                text=action or None,
            )
