"""ICE's 287(g) page: find the participating and pending agency spreadsheets and fetch them.

Links are found by pattern wherever ICE files them: under ``/doclib/about/offices/ero/287g/``
until early 2026, ``/doclib/about/287g/`` since April 2026.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import PurePosixPath
from urllib.parse import unquote, urlsplit

import scrapy
from scrapy.http import Response

from spiders.items import DocumentRole, FetchedDocument
from spiders.spiders.base import IcewatchSpider, SourceFailure

# ICE renames the files with every edition (participatingAgencies05182026am.xlsx,
# pendingAgencies-20250221214937.xlsx…), so links are found by pattern, never built.
_SHEET = re.compile(r"\.xlsx?$", re.I)
_ROLES = (
    (re.compile(r"participat", re.I), DocumentRole.ICE_287G_PARTICIPATING),
    (re.compile(r"pending", re.I), DocumentRole.ICE_287G_PENDING),
)


class Ice287gSpider(IcewatchSpider):
    name = "ice287g"

    def parse(self, response: Response) -> Iterator[scrapy.Request]:
        links = self._parse_sheet_links(response)
        missing = [role.value for _, role in _ROLES if role not in links]
        if not links:
            raise SourceFailure(
                "no participating or pending agency spreadsheet linked from the 287(g) page "
                "(looked for links to .xlsx files whose name or text says 'participating' or "
                "'pending'); the page may have been redesigned"
            )
        if DocumentRole.ICE_287G_PARTICIPATING.value in missing:
            self.fail("the 287(g) page links no participating agencies spreadsheet", response.url)
        elif missing:
            # ICE published no pending list before February 2025: an old page (a replay, a
            # backfill) without one is complete.
            self.logger.warning(
                "%s: the 287(g) page links no pending agencies spreadsheet (%s)",
                self.source_id,
                response.url,
            )
        for role, url in links.items():
            yield scrapy.Request(
                url,
                callback=self.parse_sheet,
                errback=self.on_error,
                cb_kwargs={"role": role},
                headers={"Referer": response.url},
            )

    def parse_sheet(self, response: Response, role: DocumentRole) -> Iterator[FetchedDocument]:
        content_type = response.headers.get("Content-Type", b"").decode("latin-1") or None
        if response.body[:2] != b"PK":
            raise SourceFailure(
                f"the {role.value} spreadsheet link did not return an xlsx file "
                f"(Content-Type {content_type!r}, {len(response.body)} bytes)"
            )
        yield self.fetched(response, role)

    def _parse_sheet_links(self, response: Response) -> dict[DocumentRole, str]:
        """The newest link per list: the first matching link on the page wins."""
        found: dict[DocumentRole, str] = {}
        for anchor in response.css("a[href]"):
            href = anchor.attrib["href"].strip()
            url = response.urljoin(href)
            name = PurePosixPath(unquote(urlsplit(url).path)).name
            if not _SHEET.search(name):
                continue
            text = " ".join(anchor.css("::text").getall())
            for pattern, role in _ROLES:
                if role not in found and (pattern.search(name) or pattern.search(text)):
                    found[role] = url
                    break
        return found
