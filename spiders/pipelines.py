"""Item pipelines: the content-addressed document store."""

from __future__ import annotations

from pathlib import Path

from scrapy.crawler import Crawler

from spiders.items import Document, FetchedDocument
from spiders.store import store_bytes, suffix_for


class DocumentStorePipeline:
    def __init__(self, documents_dir: Path, crawler: Crawler) -> None:
        self.documents_dir = documents_dir
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DocumentStorePipeline:
        folder = crawler.settings.get("ICEWATCH_DOCUMENTS_DIR")
        if not folder:
            raise ValueError("ICEWATCH_DOCUMENTS_DIR is not set: the crawl has no document store")
        return cls(Path(folder), crawler)

    def process_item(self, item: object) -> object:
        if not isinstance(item, FetchedDocument):
            return item
        sha, relative, new = store_bytes(
            self.documents_dir, item.body, suffix_for(item.url, item.content_type)
        )
        self.crawler.stats.inc_value("icewatch/documents" + ("/new" if new else "/known"))
        return Document(
            source_id=item.source_id,
            url=item.url,
            role=str(item.role),
            sha256=sha,
            path=relative,
            size=len(item.body),
            new=new,
            content_type=item.content_type,
            last_modified=item.last_modified,
            file_name=item.file_name,
            referer=item.referer,
            meeting_id=item.meeting_id,
            item_id=item.item_id,
        )
