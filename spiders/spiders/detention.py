"""ICE's detention pages: the current fiscal year's detention statistics workbook (found on the
detention management page), and the paged facility locator (every page stored)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import PurePosixPath
from urllib.parse import unquote, urlsplit

import scrapy
from scrapy.http import Response

from spiders.items import DocumentRole, FetchedDocument
from spiders.spiders.base import IcewatchSpider, SourceFailure

# ICE names the workbook differently every year (FY19-detentionstats.xlsx,
# FY26_detentionStats02022026.xlsx): found by pattern, the highest fiscal year wins.
_WORKBOOK = re.compile(r"detention[\s_-]*stat", re.I)
_FY = re.compile(r"FY\s?(\d{2})", re.I)


class DetentionStatsSpider(IcewatchSpider):
    name = "detention_stats"

    def parse(self, response: Response) -> Iterator[scrapy.Request]:
        links = workbook_links(response)
        if not links:
            raise SourceFailure(
                "no detention statistics workbook linked from the page (looked for links to "
                ".xlsx files whose name or text says 'detention stats' and a fiscal year 'FYnn');"
                " the page may have been redesigned"
            )
        url = links[0][1]
        yield scrapy.Request(
            url,
            callback=self.parse_workbook,
            errback=self.on_error,
            headers={"Referer": response.url},
        )

    def parse_workbook(self, response: Response) -> Iterator[FetchedDocument]:
        if response.body[:2] != b"PK":
            content_type = response.headers.get("Content-Type", b"").decode("latin-1") or None
            raise SourceFailure(
                f"the detention statistics link did not return an xlsx file (Content-Type "
                f"{content_type!r}, {len(response.body)} bytes)"
            )
        yield self.fetched(response, DocumentRole.ICE_DETENTION_STATS)


class DetentionFacilitiesSpider(IcewatchSpider):
    """Every page of the facility locator, each stored as a document for the extract stage."""

    name = "detention_facilities"
    max_pages = 200

    # A facility card: a title and an address; the extract stage reads what they hold.
    cards = ", ".join(
        f"{card}:has(.views-field-title):has(.address)" for card in ("li.grid", "div.views-row")
    )
    next_page = (
        "a.usa-pagination__next-page::attr(href), li.pager__item--next a::attr(href), "
        "a[rel=next]::attr(href)"
    )

    def parse(self, response: Response, page: int = 1) -> Iterator[object]:
        if not response.css(self.cards):
            raise SourceFailure(
                f"page {page} of the facility list shows no facility cards (looked for "
                "li.grid or .views-row holding a .views-field-title and a p.address); the page "
                "may have been redesigned"
            )
        yield self.fetched(response, DocumentRole.ICE_DETENTION_LIST)
        link = response.css(self.next_page).get()
        if link and page < self.max_pages:
            yield scrapy.Request(
                response.urljoin(link.strip()),
                callback=self.parse,
                errback=self.on_error,
                cb_kwargs={"page": page + 1},
            )


def workbook_links(response: Response) -> list[tuple[int, str]]:
    """(fiscal year, URL) of every detention statistics workbook linked, newest first."""
    found: dict[str, int] = {}
    for anchor in response.css("a[href]"):
        url = response.urljoin(anchor.attrib["href"].strip())
        name = PurePosixPath(unquote(urlsplit(url).path)).name
        text = " ".join(anchor.css("::text").getall())
        if not name.lower().endswith((".xlsx", ".xls")):
            continue
        if not (_WORKBOOK.search(name) or _WORKBOOK.search(text)):
            continue
        year = _FY.search(name) or _FY.search(text)
        found.setdefault(url, int(year.group(1)) if year else -1)
    return sorted(((fy, url) for url, fy in found.items()), key=lambda p: -p[0])
