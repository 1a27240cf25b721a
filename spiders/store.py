"""The content-addressed document store (``documents/ab/abcdef….ext``), without Scrapy: the
crawl's pipeline and the backfill commands write through it."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

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
