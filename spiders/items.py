"""Items the spiders produce. Typed dataclasses; ids derive from content."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field


class DocumentRole(enum.StrEnum):
    ICE_287G_PARTICIPATING = "287g.participating"
    ICE_287G_PENDING = "287g.pending"
    AGENDA = "agenda"
    PACKET = "packet"
    MINUTES = "minutes"
    ATTACHMENT = "attachment"


@dataclass
class FetchedDocument:
    """A downloaded file, as the spider yields it; the store pipeline turns it into Document."""

    source_id: str
    url: str
    role: DocumentRole
    body: bytes = field(repr=False)
    content_type: str | None = None
    last_modified: str | None = None
    file_name: str | None = None
    referer: str | None = None


@dataclass
class Document:
    """A file in the content-addressed store (``documents/ab/abcdef….ext``)."""

    source_id: str
    url: str
    role: str
    sha256: str
    path: str  # relative to the documents folder
    size: int
    new: bool  # False when the store already held these bytes
    content_type: str | None
    last_modified: str | None
    file_name: str | None
    referer: str | None
    fetched_at: str = field(default_factory=lambda: dt.datetime.now(dt.UTC).isoformat())
