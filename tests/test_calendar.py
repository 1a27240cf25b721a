"""Calendar feeds: every meeting with a collaboration item as an iCalendar event, read back
with a real iCalendar parser."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar

from feeds.calendar import Meeting, write_calendars

STAMP = dt.datetime(2026, 11, 20, tzinfo=dt.UTC)
CHICAGO = ZoneInfo("America/Chicago")


def meeting(meeting_id: str, start: dt.datetime, *, time_known: bool = True, **kw) -> Meeting:
    fields = {
        "body": "Board of Commissioners",
        "title": "Regular Meeting",
        "location": "118 N. Clark St., Room 567",
        "place": "Cook County, IL",
        "state": "IL",
        "jurisdiction_id": "ocd-division/country:us/state:il/county:cook",
        "url": "https://cook-county.legistar1.com/agenda.pdf",
        "what": "ICE detention contract (IGSA)",
        "items": ["Approve the renewal of the Intergovernmental Service Agreement with ICE"],
    }
    return Meeting(meeting_id, start, time_known, **{**fields, **kw})


def events(path: Path) -> list:
    cal = Calendar.from_ical(path.read_bytes())
    return [c for c in cal.walk("VEVENT")]


def test_events_carry_their_zone_or_are_whole_days(tmp_path: Path) -> None:
    timed = meeting("legistar:cook-county:501", dt.datetime(2026, 12, 1, 9, 30, tzinfo=CHICAGO))
    day = meeting(
        "civicplus:nashcountync.gov:91",
        dt.datetime(2026, 12, 7, tzinfo=ZoneInfo("America/New_York")),
        time_known=False,
        body="Nash County Board of Commissioners",
        place="Nash County, NC",
        state="NC",
        jurisdiction_id="ocd-division/country:us/state:nc/county:nash",
        location=None,
        what="287(g) agreement",
    )
    changed = write_calendars([timed, day], tmp_path, STAMP)
    assert changed == [
        "calendars/jurisdiction/il-county-cook",
        "calendars/jurisdiction/nc-county-nash",
        "calendars/state/il",
        "calendars/state/nc",
        "upcoming",
    ]
    cal = Calendar.from_ical((tmp_path / "upcoming.ics").read_bytes())
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["America/Chicago"]
    first, second = cal.walk("VEVENT")
    assert first.decoded("DTSTART") == dt.datetime(2026, 12, 1, 9, 30, tzinfo=CHICAGO)
    assert str(first["SUMMARY"]) == (
        "Board of Commissioners (Cook County, IL): ICE detention contract (IGSA) on the agenda"
    )
    assert "Approve the renewal" in str(first["DESCRIPTION"])
    assert str(first["UID"]) == "legistar:cook-county:501@icewatch"
    assert (second.decoded("DTSTART"), second.decoded("DTEND")) == (
        dt.date(2026, 12, 7),
        dt.date(2026, 12, 8),
    )
    assert str(second["SUMMARY"]).startswith("Nash County Board of Commissioners: 287(g)")
    assert [str(e["UID"]) for e in events(tmp_path / "calendars/state/nc.ics")] == [
        "civicplus:nashcountync.gov:91@icewatch"
    ]
    # the same meetings on the same day: nothing is written again
    assert write_calendars([timed, day], tmp_path, STAMP) == []
    # Nash's meeting is gone (cancelled): its calendars are emptied, not left behind
    write_calendars([timed], tmp_path, STAMP)
    assert events(tmp_path / "calendars/state/nc.ics") == []
    assert len(events(tmp_path / "upcoming.ics")) == 1


def test_text_from_documents_is_escaped(tmp_path: Path) -> None:
    odd = meeting(
        "x:1",
        dt.datetime(2026, 12, 1, 18, tzinfo=CHICAGO),
        items=["Item; with, commas\nand a line break \x0b and <b>markup</b>"],
    )
    write_calendars([odd], tmp_path, STAMP)
    (event,) = events(tmp_path / "upcoming.ics")
    assert "Item; with, commas" in str(event["DESCRIPTION"])
    assert "\x0b" not in str(event["DESCRIPTION"])
