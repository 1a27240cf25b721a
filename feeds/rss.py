"""Alerts → RSS 2.0 feeds, published atomically."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from feedgen.feed import FeedGenerator

# The columns a feed needs from the alerts query, in this order.
FEED_COLUMNS = (
    "alert_id",
    "kind",
    "title",
    "summary",
    "event_date",
    "created_at",
    "state",
    "source_url",
    "evidence_url",
)


@dataclass(frozen=True)
class FeedAlert:
    alert_id: str
    kind: str
    title: str
    summary: str
    event_date: dt.date | None
    created_at: dt.datetime
    state: str | None
    source_url: str | None
    evidence_url: str | None

    @property
    def link(self) -> str | None:
        for url in (self.evidence_url, self.source_url):
            if url and urlsplit(url).scheme in {"http", "https"}:
                return url
        return None


def render_rss(
    alerts: Sequence[FeedAlert], *, title: str, description: str, self_url: str, site_url: str
) -> bytes:
    """An RSS 2.0 document: one item per alert, guid = alert id, in the given order."""
    feed = FeedGenerator()
    feed.title(title)
    feed.description(description)
    feed.link(href=site_url, rel="alternate")
    feed.link(href=self_url, rel="self")
    feed.language("en")
    feed.generator("icewatch")
    latest = max((_published(a) for a in alerts), default=dt.datetime(2000, 1, 1, tzinfo=dt.UTC))
    feed.lastBuildDate(latest)
    for alert in alerts:
        entry = feed.add_entry(order="append")
        entry.id(alert.alert_id)
        entry.guid(alert.alert_id, permalink=False)
        entry.title(alert.title)
        entry.description(alert.summary)
        entry.category(term=alert.kind)
        if alert.link:
            entry.link(href=alert.link)
        entry.pubDate(_published(alert))
    return feed.rss_str(pretty=True)


def publish_all(
    alerts: Sequence[FeedAlert], public_dir: Path, *, base_url: str
) -> tuple[Path, bool]:
    """Write ``feeds/all.xml`` under ``public_dir``; returns its path and whether it changed."""
    path = public_dir / "feeds" / "all.xml"
    body = render_rss(
        alerts,
        title="icewatch: all alerts",
        description=(
            "Local collaboration with ICE: 287(g) agreements signed, pending, changed and ended, "
            "from ICE's own lists."
        ),
        self_url=urljoin(base_url, "feeds/all.xml"),
        site_url=base_url,
    )
    return path, write_atomic(path, body)


def write_atomic(path: Path, body: bytes) -> bool:
    """Replace ``path`` with ``body`` so a reader never sees a partial file.

    Returns False (and leaves the file untouched) when it already holds exactly ``body``.
    """
    if path.exists() and path.read_bytes() == body:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(body)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True


def _published(alert: FeedAlert) -> dt.datetime:
    if alert.event_date is not None:
        return dt.datetime.combine(alert.event_date, dt.time(12, 0), tzinfo=dt.UTC)
    created = alert.created_at
    return created if created.tzinfo else created.replace(tzinfo=dt.UTC)
