"""Calendar feeds (iCalendar) of the meetings with a collaboration item on their agenda:
``upcoming.ics`` with all of them, and one per state and per jurisdiction under
``calendars/``. Each meeting is an event in its body's time zone (a whole-day event when the
portal gave no time), its collaboration items in the description, its agenda as the link.
Files are replaced atomically; a scope that has no meeting left gets an empty calendar, so
that subscribers see the event go."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from icalendar import Calendar, Event

from feeds.publish import clean, jurisdiction_slug
from feeds.rss import write_atomic

PRODID = "-//icewatch//upcoming votes//EN"


@dataclass(frozen=True)
class Meeting:
    meeting_id: str
    start: dt.datetime  # aware, in the body's zone
    time_known: bool
    body: str
    title: str
    location: str | None
    place: str | None  # "Gulfview County, FL"
    state: str | None
    jurisdiction_id: str | None
    url: str | None
    what: str  # "287(g) agreement, ICE detention contract (IGSA)"
    items: Sequence[str] = field(default_factory=tuple)


def calendar(name: str, meetings: Sequence[Meeting], stamp: dt.datetime) -> bytes:
    """One VCALENDAR of ``meetings``, with the VTIMEZONE of every zone its events use."""
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("x-wr-calname", name)
    for m in meetings:
        event = Event()
        event.add("uid", f"{m.meeting_id}@icewatch")
        event.add("dtstamp", stamp)
        event.add("dtstart", m.start if m.time_known else m.start.date())
        if not m.time_known:
            event.add("dtend", m.start.date() + dt.timedelta(days=1))
        where = f" ({m.place})" if m.place and m.place.split(",")[0] not in m.body else ""
        event.add("summary", clean(f"{m.body}{where}: {m.what} on the agenda"))
        lines = [clean(m.title)] + [f"- {clean(item)[:400]}" for item in m.items]
        if m.url:
            lines.append(f"Agenda: {m.url}")
            event.add("url", m.url)
        event.add("description", "\n".join(lines))
        if m.location:
            event.add("location", clean(m.location))
        cal.add_component(event)
    cal.add_missing_timezones()
    return cal.to_ical()


def write_calendars(meetings: Sequence[Meeting], public_dir: Path, stamp: dt.datetime) -> list[str]:
    """``upcoming.ics`` and the per-scope calendars; the files that changed. ``stamp`` is
    every event's DTSTAMP: the day of publication, so that an unchanged calendar keeps its
    bytes within a day."""
    scopes: dict[str, tuple[str, list[Meeting]]] = {
        "upcoming": ("icewatch: upcoming votes on ICE collaboration", list(meetings))
    }
    for m in meetings:
        if m.state:
            key = f"calendars/state/{m.state.lower()}"
            scopes.setdefault(key, (f"icewatch: upcoming votes, {m.state}", []))[1].append(m)
        if m.jurisdiction_id:
            key = f"calendars/jurisdiction/{jurisdiction_slug(m.jurisdiction_id)}"
            title = f"icewatch: upcoming votes, {m.place or m.jurisdiction_id}"
            scopes.setdefault(key, (title, []))[1].append(m)
    for old in (public_dir / "calendars").rglob("*.ics"):
        key = str(old.relative_to(public_dir).with_suffix(""))
        scopes.setdefault(key, ("icewatch: upcoming votes", []))
    changed = []
    for key, (name, events) in sorted(scopes.items()):
        # a calendar whose events did not change keeps its bytes (the stamp is the day's)
        if write_atomic(public_dir / f"{key}.ics", calendar(name, events, stamp), durable=False):
            changed.append(key)
    return changed
