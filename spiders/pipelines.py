"""Item pipelines: the content-addressed document store."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from scrapy.crawler import Crawler

from spiders.batch import stats_for
from spiders.items import Document, FetchedDocument

_SUFFIXES = {
    "application/pdf": ".pdf",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ".xlsx",
    "application/vnd.ms-excel": ".xls",
    "text/html": ".html",
    "application/json": ".json",
    "text/csv": ".csv",
}


def store_path(sha256: str, suffix: str) -> str:
    return f"{sha256[:2]}/{sha256}{suffix}"


# Suffixes of scripts that serve files (FileOpen.aspx, View.ashx, AgendaViewer.php…): the
# Content-Type says what the file is.
_SCRIPTS = {".aspx", ".ashx", ".asp", ".php", ".jsp", ".cfm", ".cgi"}


def suffix_for(url: str, content_type: str | None) -> str:
    by_type = _SUFFIXES.get((content_type or "").split(";")[0].strip().lower())
    suffix = PurePosixPath(unquote(urlsplit(url).path)).suffix.lower()
    if suffix and len(suffix) <= 6 and suffix[1:].isalnum() and suffix not in _SCRIPTS:
        return suffix
    return by_type or ".bin"


def store_bytes(documents_dir: Path, body: bytes, suffix: str) -> tuple[str, str, bool]:
    """Store ``body`` once under its SHA-256; returns (sha256, relative path, newly written)."""
    sha = hashlib.sha256(body).hexdigest()
    relative = store_path(sha, suffix)
    target = documents_dir / relative
    if target.exists():
        return sha, relative, False
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".partial-")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(body)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return sha, relative, True


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
        stats = stats_for(self.crawler, item.source_id)
        stats.inc_value("icewatch/documents" + ("/new" if new else "/known"))
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
