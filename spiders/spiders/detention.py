"""ICE's detention management page: find the current fiscal year's detention statistics
workbook and fetch it."""

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
