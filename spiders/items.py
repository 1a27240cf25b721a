"""Items the spiders produce. Typed dataclasses; ids derive from content."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field


class DocumentRole(enum.StrEnum):
    ICE_287G_PARTICIPATING = "287g.participating"
    ICE_287G_PENDING = "287g.pending"
    ICE_DETENTION_STATS = "detention.stats"
    ICE_DETENTION_LIST = "detention.list"
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
    meeting_id: str | None = None
    item_id: str | None = None


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
    meeting_id: str | None = None
    item_id: str | None = None
    fetched_at: str = field(default_factory=lambda: dt.datetime.now(dt.UTC).isoformat())


class MeetingStatus(enum.StrEnum):
    TENTATIVE = "tentative"  # listed, agenda not yet published
    CONFIRMED = "confirmed"  # agenda published
    CANCELLED = "cancelled"
    RESCHEDULED = "rescheduled"  # postponed, continued or moved
    PASSED = "passed"  # the start lies in the past


@dataclass
class Meeting:
    """A meeting of a body as a portal lists it. ``meeting_id`` is stable across runs:
    ``<platform>:<site>:<the portal's own id>``."""

    meeting_id: str
    source_id: str
    body: str
    title: str
    start: str | None  # ISO 8601 with UTC offset, local time of the body
    time_known: bool  # False when the portal gives only a date (start is then local midnight)
    status: str
    url: str
    location: str | None = None
    agenda_url: str | None = None
    packet_url: str | None = None
    minutes_url: str | None = None
    last_modified: str | None = None
    type: str = "meeting"


@dataclass
class AgendaItem:
    """One item of a meeting's agenda. ``item_id`` = meeting id + the portal's item id (or its
    position when the portal has none)."""

    item_id: str
    meeting_id: str
    source_id: str
    number: str | None
    title: str
    text: str | None = None
    matter: str | None = None  # file / matter number when the portal gives one
    links: list[dict[str, str]] = field(default_factory=list)  # [{"name":…, "url":…}]
    type: str = "agenda_item"


@dataclass
class Listing:
    """The meetings a complete listing of the source showed for a date window. A meeting inside
    the window that a previous run saw and this listing lacks has been taken off the portal."""

    source_id: str
    window_start: str
    window_end: str
    meeting_ids: list[str]
    type: str = "listing"
