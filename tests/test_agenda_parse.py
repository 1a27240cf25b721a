"""Every agenda platform's parser on the real saved responses of ../shared/corpus/agendas (field
by field) and on the project's own fixtures (errors, incremental requests, attachments)."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path
from urllib.parse import urljoin

import pytest

from spiders.agenda import LinkJoiner, local_time, meeting_status, zone_for
from spiders.items import MeetingStatus
from spiders.parse import parse_saved
from tests.conftest import corpus_path

GA = {"jurisdiction": "ocd-division/country:us/state:ga"}
CA = {"jurisdiction": "ocd-division/country:us/state:ca"}
IL = {"jurisdiction": "ocd-division/country:us/state:il"}


SAVED = Path(__file__).parent / "fixtures" / "agendas"  # real pages, trimmed: SOURCES.md


def saved(platform: str, name: str, url: str, source: dict | None = None):
    return parse_saved(platform, (SAVED / name).read_bytes(), url, source=source)


# Real pages of the shared corpus copied whole (small ones) or trimmed: SOURCES.md. A test
# whose pages are all here runs on a fresh clone; one that reads a page only the corpus holds
# is marked ``corpus``.
REAL = SAVED / "real"


def corpus(platform: str, relative: str, url: str, source: dict | None = None):
    copied = REAL / relative
    path = copied if copied.exists() else corpus_path("agendas", relative)
    return parse_saved(platform, path.read_bytes(), url, source=source)


def of_type(parsed, kind: str) -> list[dict]:
    return [i for i in parsed.items if i["type"] == kind]


# --- shared helpers ---------------------------------------------------------------------


def test_local_time_reads_portal_formats_in_the_body_zone() -> None:
    zone = zone_for(None, "ocd-division/country:us/state:ca/county:fresno")
    assert str(zone) == "America/Los_Angeles"
    start, known = local_time("Feb 21, 2018 - 10:30 AM".replace(" - ", " "), zone)
    assert start.isoformat() == "2018-02-21T10:30:00-08:00" and known
    start, known = local_time("1/23/2019", zone)
    assert start.isoformat() == "2019-01-23T00:00:00-08:00" and not known
    assert local_time("no date here", zone) == (None, False)
    with pytest.raises(ValueError, match="unknown time zone"):
        zone_for("Mars/Olympus", "")


@pytest.mark.parametrize(
    "base",
    [
        "https://cityofx.gov/AgendaCenter",
        "https://cityofx.gov:8443/AgendaCenter/Search/?term=&CIDs=4,",
        "http://user@cityofx.gov/a/b/c.aspx?x=1#top",
        "file:///srv/listing.html",
        "not a url",
    ],
)
def test_link_joiner_joins_as_urljoin_does(base: str) -> None:
    links = [
        "/AgendaCenter/ViewFile/Agenda/_11252026-1234?packet=true",
        "/AgendaCenter/ViewFile/Agenda/_11252026-1234",
        "/a/./b",
        "/a/../b?x=/./",
        "/.well-known/x",
        "//cdn.example.org/file.pdf",
        "ViewFile/Minutes/_1",
        "../up.pdf",
        "?page=2",
        "#rows",
        "",
        "https://other.example.org/x.pdf",
        "mailto:clerk@cityofx.gov",
        "/path with space/ü.pdf",
    ]
    join = LinkJoiner(base)
    assert [join(link) for link in links] == [urljoin(base, link) for link in links]


def test_status_rules() -> None:
    now = dt.datetime(2026, 11, 23, 12, tzinfo=dt.UTC)
    later = now + dt.timedelta(days=3)
    assert meeting_status(later, now) == MeetingStatus.TENTATIVE
    assert meeting_status(later, now, agenda_published=True) == MeetingStatus.CONFIRMED
    assert meeting_status(later, now, texts=["Regular Meeting - CANCELLED"]) == "cancelled"
    assert meeting_status(later, now, texts=["Postponed to Dec 4"]) == "rescheduled"
    assert meeting_status(now - dt.timedelta(days=1), now) == MeetingStatus.PASSED
    # "cancellation policy" in a comment is not a cancelled meeting
    assert meeting_status(later, now, texts=["See our cancellation policy"]) == "tentative"


# --- Legistar -----------------------------------------------------------------------------


def test_legistar_api_event_from_corpus() -> None:
    parsed = corpus(
        "legistar",
        "legistar_api/event.json",
        "https://webapi.legistar.com/v1/metro/events/2907",
        CA,
    )
    (meeting,) = of_type(parsed, "meeting")
    assert meeting["meeting_id"] == "legistar:metro:2907"
    assert meeting["body"] == "Board of Directors - Regular Board Meeting"
    assert meeting["start"] == "2024-09-26T10:00:00-07:00" and meeting["time_known"]
    assert meeting["location"].startswith("One Gateway Plaza, Los Angeles, CA 90012, 3rd Floor")
    assert meeting["agenda_url"].endswith(
        "2907_A_Board_of_Directors_-_Regular_Board_Meeting_24-09-26_Agenda.pdf"
    )
    assert meeting["status"] == "passed"
    assert meeting["last_modified"] == "2024-09-21T00:49:38.617"
    urls = [r["url"] for r in parsed.requests]
    assert meeting["agenda_url"] in urls
    assert (
        "https://webapi.legistar.com/v1/metro/events/2907/eventitems?AgendaNote=1&MinutesNote=0&Attachments=1"
        in urls
    )
    assert parsed.failures == []


EVENTS = [
    {
        "EventId": 501,
        "EventBodyName": "Board of Commissioners",
        "EventDate": "2026-12-01T00:00:00",
        "EventTime": "9:30 AM",
        "EventAgendaStatusName": "Final",
        "EventLocation": "118 N. Clark St., Room 567",
        "EventAgendaFile": "https://cook-county.legistar1.com/cook-county/meetings/2026/12/501_A.pdf",
        "EventMinutesFile": None,
        "EventInSiteURL": "https://cook-county.legistar.com/MeetingDetail.aspx?LEGID=501",
        "EventLastModifiedUtc": "2026-11-20T17:00:00",
        "EventComment": None,
    },
    {
        "EventId": 502,
        "EventBodyName": "Finance Committee",
        "EventDate": "2026-12-02T00:00:00",
        "EventTime": "10:00 AM",
        "EventAgendaStatusName": "Draft",
        "EventLocation": "CANCELLED",
        "EventAgendaFile": None,
        "EventLastModifiedUtc": "2026-11-21T09:00:00",
    },
]

EVENT_ITEMS = [
    {
        "EventItemId": 9001,
        "EventItemAgendaNumber": "26-0412",
        "EventItemTitle": "PROPOSED INTERGOVERNMENTAL AGREEMENT with U.S. Immigration and Customs Enforcement for detention bed space",
        "EventItemMatterFile": "26-0412",
        "EventItemMatterName": "IGSA renewal",
        "EventItemAgendaNote": "Sheriff's Office requests approval.",
        "EventItemMatterAttachments": [
            {
                "MatterAttachmentName": "IGSA draft",
                "MatterAttachmentHyperlink": "https://cook-county.legistar1.com/att/igsa.pdf",
            }
        ],
    },
    {
        "EventItemId": 9002,
        "EventItemAgendaNumber": "26-0413",
        "EventItemTitle": "Proclamation honoring the 2026 library volunteers",
        "EventItemMatterAttachments": [
            {
                "MatterAttachmentName": "Proclamation",
                "MatterAttachmentHyperlink": "https://cook-county.legistar1.com/att/proc.pdf",
            }
        ],
    },
    {"EventItemId": 9003, "EventItemTitle": None, "EventItemAgendaNumber": None},
]


def test_legistar_api_events_fields_and_status() -> None:
    url = "https://webapi.legistar.com/v1/cook-county/events?$filter=x"
    parsed = parse_saved("legistar", json.dumps(EVENTS).encode(), url, source=IL)
    first, second = of_type(parsed, "meeting")
    assert first["start"] == "2026-12-01T09:30:00-06:00"
    assert first["status"] in {"confirmed", "passed"}  # depends on today; never tentative
    assert first["url"] == "https://cook-county.legistar.com/MeetingDetail.aspx?LEGID=501"
    assert second["status"] == "cancelled"
    assert second["agenda_url"] is None
    (listing,) = of_type(parsed, "listing")
    assert listing["meeting_ids"] == ["legistar:cook-county:501", "legistar:cook-county:502"]
    urls = [r["url"] for r in parsed.requests]
    assert urls.count(first["agenda_url"]) == 1
    assert sum("/eventitems?" in u for u in urls) == 2


def test_legistar_event_items_fetch_attachments_of_watched_items_only() -> None:
    url = "https://webapi.legistar.com/v1/cook-county/events/501/eventitems?AgendaNote=1"
    parsed = parse_saved("legistar", json.dumps(EVENT_ITEMS).encode(), url, source=IL)
    items = of_type(parsed, "agenda_item")
    assert [i["item_id"] for i in items] == [
        "legistar:cook-county:501/9001",
        "legistar:cook-county:501/9002",
    ]
    igsa = items[0]
    assert igsa["number"] == "26-0412" and igsa["matter"] == "26-0412"
    assert igsa["text"] == "Sheriff's Office requests approval."
    assert igsa["links"] == [
        {"name": "IGSA draft", "url": "https://cook-county.legistar1.com/att/igsa.pdf"}
    ]
    assert [r["url"] for r in parsed.requests] == ["https://cook-county.legistar1.com/att/igsa.pdf"]


@pytest.mark.parametrize(
    "body",
    [
        b'{"Message": "Agency not found"}',
        b"<html><head><title>Error</title></head><body>An error has occurred.</body></html>",
    ],
)
def test_legistar_200_with_error_falls_back_to_the_web_calendar(body: bytes) -> None:
    url = "https://webapi.legistar.com/v1/phila/events?$filter=x"
    parsed = parse_saved("legistar", body, url)
    assert parsed.items == []
    assert [r["url"] for r in parsed.requests] == ["https://phila.legistar.com/Calendar.aspx"]


def test_legistar_calendar_error_page_is_a_failure_naming_what_is_missing() -> None:
    page = (
        b"<html><head><title>Legistar - Error</title></head><body>Invalid parameters!</body></html>"
    )
    parsed = parse_saved("legistar_web", page, "https://phila.legistar.com/Calendar.aspx")
    (failure,) = parsed.failures
    assert "no events grid (table.rgMasterTable)" in failure
    assert "an error page ('Legistar - Error')" in failure


@pytest.mark.corpus
@pytest.mark.parametrize(
    ("name", "host", "meetings", "agendas"),
    [
        ("chicago_events.html", "chicago", 8, 1),
        ("nyc_events.html", "nyc", 40, 40),
        ("metro_events.html", "metro", 14, 0),
    ],
)
def test_legistar_web_calendars_from_corpus(
    name: str, host: str, meetings: int, agendas: int
) -> None:
    parsed = corpus(
        "legistar_web", f"legistar_web/{name}", f"https://{host}.legistar.com/Calendar.aspx", IL
    )
    found = of_type(parsed, "meeting")
    assert len(found) == meetings
    assert sum(1 for m in found if m["agenda_url"]) == agendas
    assert all(m["meeting_id"].startswith(f"legistar-web:{host}.legistar.com:") for m in found)
    assert len({m["meeting_id"] for m in found}) == meetings
    assert parsed.failures == []


def test_legistar_web_chicago_first_row_field_by_field() -> None:
    parsed = corpus(
        "legistar_web",
        "legistar_web/chicago_events_trimmed.html",
        "https://chicago.legistar.com/Calendar.aspx",
        IL,
    )
    first = of_type(parsed, "meeting")[0]
    assert first["meeting_id"] == "legistar-web:chicago.legistar.com:658900"
    assert first["body"] == "City Council"
    assert first["start"] == "2019-01-23T10:00:00-06:00"
    assert first["location"] == "Council Chambers -- City Hall -- Chicago, Illinois"
    assert first["url"].startswith("https://chicago.legistar.com/MeetingDetail.aspx?ID=658900")


# --- CivicPlus ----------------------------------------------------------------------------


@pytest.mark.corpus
def test_civicplus_search_results_from_corpus() -> None:
    parsed = corpus(
        "civicplus",
        "civicplus/civplus_agenda_search_results_page.html",
        "https://www.las-cruces.org/AgendaCenter/Search/?term=",
        {"jurisdiction": "ocd-division/country:us/state:nm"},
    )
    meetings = of_type(parsed, "meeting")
    assert len(meetings) == 28
    first = meetings[0]
    assert first["meeting_id"] == "civicplus:las-cruces.org:808"
    assert first["body"] == "Airport Advisory Board"
    assert first["title"] == "Airport Advisory Board Meeting Agenda for November 19, 2020"
    assert first["start"] == "2020-11-19T00:00:00-07:00" and not first["time_known"]
    assert (
        first["agenda_url"]
        == "https://www.las-cruces.org/AgendaCenter/ViewFile/Agenda/_11192020-808"
    )
    assert first["packet_url"].endswith("_11192020-808?packet=true")
    cancelled = [m for m in meetings if m["status"] == "cancelled"]
    assert len(cancelled) == 7
    assert all("CANCELLED" in m["title"].upper() for m in cancelled)
    assert "DRC Meeting on December 2, 2020 - CANCELLED" in [m["title"] for m in cancelled]


def test_civicplus_year_fragment_has_minutes_links() -> None:
    parsed = corpus(
        "civicplus",
        "civicplus/lascruc_anthony_city_cat3_2026.html",
        "https://www.cityofanthonynm.org/AgendaCenter",
        {"jurisdiction": "ocd-division/country:us/state:nm"},
    )
    meeting = of_type(parsed, "meeting")[0]
    assert meeting["title"] == "BOT Regular Meeting"
    assert (
        meeting["minutes_url"]
        == "https://www.cityofanthonynm.org/AgendaCenter/ViewFile/Minutes/_03042026-178"
    )


# --- Granicus and IQM2 --------------------------------------------------------------------


@pytest.mark.corpus
def test_granicus_viewpublisher_from_corpus() -> None:
    parsed = corpus(
        "granicus",
        "granicus/il_metra_board.html",
        "https://metrarr.granicus.com/ViewPublisher.php?view_id=5",
        IL,
    )
    meetings = of_type(parsed, "meeting")
    assert len(meetings) == 61
    jan = next(m for m in meetings if m["meeting_id"] == "granicus:metrarr.granicus.com:c288")
    assert jan["title"] == "Metra January 2018 Board Meeting"
    assert jan["start"] == "2018-01-17T10:33:00-06:00"
    assert jan["agenda_url"] == "http://metrarr.granicus.com/AgendaViewer.php?view_id=5&clip_id=288"


def test_granicus_icon_view_from_corpus() -> None:
    parsed = corpus(
        "granicus",
        "granicus/il_regional_transit_upcoming.html",
        "https://rtachicago.granicus.com/ViewPublisher.php?view_id=5",
        IL,
    )
    meetings = of_type(parsed, "meeting")
    audit = next(m for m in meetings if m["meeting_id"].endswith(":e325"))
    assert audit["title"] == "Audit Committee on 2018-06-21 - (following Finance Committee)"
    assert audit["start"].startswith("2018-06-21")
    # blocks whose agenda is not out yet are meetings too (the name holds a date: not read)
    assert len(meetings) == 10 and all(m["start"] for m in meetings)


def test_granicus_odd_even_rows_with_a_hidden_sort_key() -> None:
    parsed = saved(
        "granicus",
        "granicus_lawa_odd_even.html",
        "https://lawa.granicus.com/ViewPublisher.php?view_id=4",
        CA,
    )
    meetings = of_type(parsed, "meeting")
    first = meetings[0]
    assert first["meeting_id"] == "granicus:lawa.granicus.com:c838"
    assert first["title"] == "Regular Meeting"
    assert first["start"] == "2022-03-03T00:00:00-08:00"  # not the display:none epoch
    assert first["agenda_url"] == "https://lawa.granicus.com/AgendaViewer.php?view_id=4&clip_id=838"
    assert len(meetings) >= 5 and all(m["start"] and m["title"] for m in meetings)


def test_granicus_listing_rows_with_upcoming_meetings_not_yet_linked() -> None:
    parsed = saved(
        "granicus",
        "granicus_tulsa_listing_row.html",
        "https://tulsa-ok.granicus.com/ViewPublisher.php?view_id=4",
        {"jurisdiction": "ocd-division/country:us/state:ok/place:tulsa"},
    )
    meetings = of_type(parsed, "meeting")
    linked = [m for m in meetings if m["agenda_url"]]
    assert len(linked) == 17 and len(meetings) == 19
    council = next(m for m in meetings if m["meeting_id"].endswith(":c7169"))
    assert council["start"] == "2025-11-19T17:00:00-06:00" and council["time_known"]
    assert {m["title"] for m in meetings if not m["agenda_url"]} == {
        "Council Public Works Committee",
        "Human Rights Commission",
    }


@pytest.mark.corpus
def test_granicus_client_tables_name_date_and_agenda_by_what_cells_hold() -> None:
    # a school board's own table (date first, PDF agenda on its site, video on Granicus)
    parsed = saved(
        "granicus",
        "granicus_lausd_client_table.html",
        "https://lausd.granicus.com/ViewPublisher.php?view_id=1",
        CA,
    )
    first = of_type(parsed, "meeting")[0]
    assert first["meeting_id"] == "granicus:lausd.granicus.com:c3742"
    assert first["title"] == "Special (Board Development)"
    assert first["start"] == "2021-03-16T09:00:00-07:00"
    assert first["agenda_url"].endswith("/03-16-21SpclBdOBRetreatpost.pdf")
    # a city's webcast archive built on Granicus: meetings with video, no agenda links
    archive = corpus(
        "granicus",
        "granicus/san_diego_city_publicsafety_com_archived.html",
        "https://www.sandiego.gov/webcasts",
        CA,
    )
    meetings = of_type(archive, "meeting")
    assert len(meetings) == 84 and all(m["start"] for m in meetings)
    assert meetings[0]["title"] == "Public Safety and Neighborhood Services (PS&NS)"


def test_granicus_agenda_page_is_named_as_such() -> None:
    parsed = saved(
        "granicus",
        "granicus_lawa_agenda_page.html",
        "https://lawa.granicus.com/AgendaViewer.php?view_id=4&clip_id=838",
        CA,
    )
    assert parsed.items == []
    assert parsed.failures == [
        "parse: granicus page is a meeting's agenda (items with meta_id links), not a ViewPublisher "
        "listing; point the source at ViewPublisher.php?view_id=N "
        "(https://lawa.granicus.com/AgendaViewer.php?view_id=4&clip_id=838)"
    ]


@pytest.mark.corpus
def test_iqm2_whole_calendar_from_corpus() -> None:
    parsed = corpus(
        "iqm2",
        "iqm2/atl_city_council.html",
        "https://atlantacityga.iqm2.com/Citizens/Calendar.aspx",
        GA,
    )
    meetings = of_type(parsed, "meeting")
    assert len(meetings) == 164
    assert Counter(m["body"] for m in meetings)["Zoning Committee"] == 21


def test_iqm2_calendar_and_meeting_detail() -> None:
    parsed = corpus(
        "iqm2",
        "iqm2/atl_city_council_trimmed.html",
        "https://atlantacityga.iqm2.com/Citizens/Calendar.aspx",
        GA,
    )
    meetings = of_type(parsed, "meeting")
    assert len(meetings) == 6
    first = meetings[0]
    assert first["meeting_id"] == "iqm2:atlantacityga.iqm2.com:4098"
    assert first["body"] == "Atlanta City Council"
    assert first["title"] == "Atlanta City Council - Regular Meeting"
    assert first["start"] == "2026-01-05T13:00:00-05:00"
    assert first["location"].startswith("Marvin S. Arrington, Sr. Council Chamber")
    assert (
        first["packet_url"]
        == "https://atlantacityga.iqm2.com/Citizens/FileOpen.aspx?Type=1&ID=3810&Inline=True"
    )
    detail = corpus(
        "iqm2",
        "iqm2/cc_police_safety.html",
        "https://crevecoeurcitymo.iqm2.com/Citizens/Detail_Meeting.aspx?ID=1390",
    )
    items = of_type(detail, "agenda_item")
    assert len(items) == 28
    assert (items[0]["number"], items[0]["title"]) == ("1", "Call to Order")
    assert items[4]["title"] == "Update on New Police Station" and items[4]["number"] is None


# --- PrimeGov, CivicClerk, BoardDocs ------------------------------------------------------


def test_primegov_lists_from_corpus() -> None:
    parsed = corpus(
        "primegov",
        "primegov/la_city_government.html",
        "https://lacity.primegov.com/api/v2/PublicPortal/ListUpcomingMeetings",
        CA,
    )
    meeting = of_type(parsed, "meeting")[0]
    assert meeting["meeting_id"] == "primegov:lacity.primegov.com:9817"
    assert meeting["start"] == "2021-10-21T10:00:00-07:00"
    assert (
        meeting["agenda_url"]
        == "https://lacity.primegov.com/Public/CompiledDocument?meetingTemplateId=77545&compileOutputType=1"
    )
    assert meeting["minutes_url"].endswith("meetingTemplateId=77546&compileOutputType=1")
    assert meeting["url"] == "https://lacity.primegov.com/Portal/Meeting?meetingTemplateId=77545"
    clayton = corpus(
        "primegov",
        "primegov/atl_clayton_co_boc_meetings.json",
        "https://claytoncountyga.primegov.com/api/v2/PublicPortal/ListArchivedMeetings?year=2026",
        GA,
    )
    assert len(of_type(clayton, "meeting")) == 18
    search = corpus(
        "primegov",
        "primegov/newbnj_middlesex_co_pb.json",
        "https://middlesexcountynj.primegov.com/api/v2/PublicPortal/search",
        {"jurisdiction": "ocd-division/country:us/state:nj"},
    )
    assert of_type(search, "meeting")[0]["start"] == "2025-01-14T15:15:00-05:00"


def test_civicclerk_events_read_z_times_as_local() -> None:
    parsed = corpus(
        "civicclerk",
        "civicclerk/atl_south_fulton_city_council_meetings_trimmed.json",
        "https://southfultonga.api.civicclerk.com/v1/Events",
        GA,
    )
    meetings = of_type(parsed, "meeting")
    assert len(meetings) == 3  # the first 3 of 16 (tests/fixtures/agendas/real)
    first = meetings[0]
    assert first["meeting_id"] == "civicclerk:southfultonga:1744"
    assert first["start"] == "2026-04-15T17:00:00-04:00"  # "17:00:00Z" is 5 pm in Georgia
    assert first["body"] == "City Council"
    assert (
        first["agenda_url"]
        == "https://southfultonga.api.civicclerk.com/v1/Meetings/GetMeetingFileStream(fileId=2261,plainText=false)"
    )
    assert first["packet_url"].endswith("(fileId=2262,plainText=false)")
    assert first["location"] == "5440 Fulton Industrial Blvd, South Fulton, Georgia"
    forest = corpus(
        "civicclerk",
        "civicclerk/forestpark_city_council.json",
        "https://forestparkga.api.civicclerk.com/v1/Events",
        GA,
    )
    assert Counter(m["status"] for m in of_type(forest, "meeting"))["cancelled"] == 1


def test_boarddocs_meeting_list_and_agenda_from_corpus() -> None:
    oh = {"jurisdiction": "ocd-division/country:us/state:oh"}
    listing = corpus(
        "boarddocs",
        "boarddocs/colum_boe_meetings_trimmed.json",
        "https://go.boarddocs.com/oh/columbus/Board.nsf/BD-GetMeetingsList?open",
        oh,
    )
    meetings = of_type(listing, "meeting")
    assert len(meetings) == 5  # the first 5 of 764; the trailing {} is skipped
    assert meetings[0]["meeting_id"] == "boarddocs:boarddocs.com/oh/columbus:DQ3VPX80F260"
    assert meetings[0]["start"] == "2026-02-17T00:00:00-05:00"
    agenda = corpus(
        "boarddocs",
        "boarddocs/colum_boe_agenda.html",
        "https://go.boarddocs.com/oh/columbus/Board.nsf/BD-GetAgenda?open&id=DQ3VPX80F260",
        oh,
    )
    items = of_type(agenda, "agenda_item")
    assert len(items) == 151
    assert [(i["number"], i["title"]) for i in items[:2]] == [
        ("1", "Convene"),
        ("1.1", "Call to Order - Roll Call - Establish a Quorum - Pledge of Allegiance"),
    ]
    assert items[1]["text"] == "Procedural"


@pytest.mark.corpus
def test_boarddocs_legacy_xml_feed_is_read_without_a_browser() -> None:
    oh = {
        "id": "cmsd-board",
        "url": "https://go.boarddocs.com/oh/cmsd/Board.nsf/XML-ActiveMeetings",
        "jurisdiction": "ocd-division/country:us/state:oh",
    }
    parsed = saved("boarddocs", "boarddocs_cmsd_xml_feed.xml", oh["url"], oh)
    meetings = of_type(parsed, "meeting")
    assert [m["meeting_id"] for m in meetings] == [
        "boarddocs:boarddocs.com/oh/cmsd:AHJRW76D1F43",
        "boarddocs:boarddocs.com/oh/cmsd:9KCPDT642060",
        "boarddocs:boarddocs.com/oh/cmsd:9ECVP666C0B4",
    ]
    assert meetings[0]["start"] == "2017-01-24T00:00:00-05:00"
    assert (
        meetings[0]["url"] == "http://go.boarddocs.com/oh/cmsd/Board.nsf/goto?open&id=AHJRW76D1F43"
    )
    items = of_type(parsed, "agenda_item")
    first_meeting = [i for i in items if i["meeting_id"] == meetings[0]["meeting_id"]]
    assert [(i["title"], i["text"]) for i in first_meeting[:2]] == [
        ("1. Location of Meeting", None),
        (
            "1.01 James Ford Rhodes High School, 5100 Biddulph Avenue, Cleveland, OH 44144",
            "Information",
        ),
    ]
    assert any("police" in i["title"].lower() for i in items)
    # the Akron feed of the shared corpus reads the same way
    akron = corpus("boarddocs", "boarddocs/akr_public_schools.xml", oh["url"], oh)
    assert len(of_type(akron, "meeting")) == 3 and len(of_type(akron, "agenda_item")) > 200
    # the feed is plain HTTP: no browser is asked for
    from spiders.spiders.boarddocs import BoardDocsSpider

    (request,) = BoardDocsSpider(source=oh).start_requests_for_source()
    assert request.callback.__name__ == "parse_xml" and "playwright" not in request.meta


def test_boarddocs_page_it_cannot_read_names_the_urls_it_can() -> None:
    parsed = parse_saved(
        "boarddocs",
        b"<div class='meeting-detail'>Regular Board Meeting</div>",
        "https://go.boarddocs.com/ks/goddard/Board.nsf/BD-GetMeeting?open",
    )
    assert parsed.items == []
    assert "Board.nsf/Public" in parsed.failures[0] and "XML-ActiveMeetings" in parsed.failures[0]
    assert "NotImplementedError" not in parsed.failures[0]


# --- NovusAGENDA, Municode, eScribe, CivicWeb, OnBase, Chicago eLMS ----------------------


def test_novusagenda_meetings_and_items_from_corpus() -> None:
    parsed = corpus(
        "novusagenda",
        "novusagenda/fre_dinuba_city_council_trimmed.html",
        "https://dinuba.novusagenda.com/agendapublic/meetingsgeneral.aspx",
        CA,
    )
    meetings = of_type(parsed, "meeting")
    assert [m["meeting_id"] for m in meetings] == [
        f"novusagenda:dinuba.novusagenda.com:{n}" for n in (365, 354, 353, 352)
    ]
    first = meetings[0]
    assert (first["title"], first["start"]) == ("Council Meeting", "2022-09-27T00:00:00-07:00")
    assert first["location"] == "405 E El Monte Way, Dinuba CA 93618"
    assert first["agenda_url"] == (
        "https://dinuba.novusagenda.com/agendapublic/DisplayAgendaPDF.ashx?MeetingID=365"
    )
    assert meetings[2]["minutes_url"].endswith("DisplayAgendaPDF.ashx?MinutesMeetingID=298")
    items = of_type(parsed, "agenda_item")
    assert len(items) == 15
    assert items[0]["item_id"] == "novusagenda:dinuba.novusagenda.com:365/2537"
    assert items[0]["title"].startswith("Resolution No. 2022-50 Authorizing the Investment")
    assert items[0]["text"] == "DEPARTMENT REPORTS"
    assert items[0]["links"][0]["url"].endswith("Coversheet.aspx?ItemID=2537&MeetingID=365")


def test_novusagenda_start_request_goes_to_the_portal_page() -> None:
    from spiders.spiders.novusagenda import NovusAgendaSpider

    for url in ("https://dinuba.novusagenda.com/agendapublic", "https://dinuba.novusagenda.com/"):
        source = {"id": "dinuba", "url": url, "jurisdiction": CA["jurisdiction"]}
        (request,) = NovusAgendaSpider(source=source).start_requests_for_source()
        assert request.url == "https://dinuba.novusagenda.com/agendapublic/meetingsgeneral.aspx"


def test_municode_publish_page_with_and_without_a_date_column() -> None:
    council = corpus(
        "municode",
        "municode/clovis_city_council.html",
        "https://meetings.municode.com/PublishPage?cid=CLOVIS&ppid=1&p=1",
        CA,
    )
    first = of_type(council, "meeting")[0]
    assert (
        first["meeting_id"]
        == "municode:meetings.municode.com/clovis:7b1add8e8e3441b7aa5d36b337aacb2c"
    )
    assert (first["title"], first["start"]) == ("City Council Meeting", "2022-08-01T18:00:00-07:00")
    assert "MEET-Agenda-7b1add8e" in first["agenda_url"]
    assert "MEET-Packet-7b1add8e" in first["packet_url"]
    # the planning commission's page has no date column: the documents' names give it
    planning = saved(
        "municode",
        "municode_clovis_planning.html",
        "https://meetings.municode.com/PublishPage?cid=CLOVIS&ppid=2&p=1",
        CA,
    )
    meetings = of_type(planning, "meeting")
    assert len(meetings) == 7 and all(m["time_known"] for m in meetings)
    assert meetings[0]["start"] == "2022-07-28T18:00:00-07:00"
    assert meetings[1]["minutes_url"] and "MEET-Minutes-6ea22ab6" in meetings[1]["minutes_url"]


def test_escribe_calendar_json_from_corpus() -> None:
    parsed = corpus(
        "escribe",
        "escribe/sandie_citychula.json",
        "https://pub-chulavista.escribemeetings.com/MeetingsCalendarView.aspx/GetCalendarMeetings",
        CA,
    )
    (meeting,) = of_type(parsed, "meeting")
    assert meeting["meeting_id"] == (
        "escribe:pub-chulavista.escribemeetings.com:3a6304b5-97b9-4bcc-aecd-72b8c188e73c"
    )
    assert meeting["start"] == "2025-12-17T17:15:00-08:00" and meeting["time_known"]
    # the post-meeting agenda is preferred to the agenda, the PDF to the HTML
    assert meeting["agenda_url"] == (
        "https://pub-chulavista.escribemeetings.com/FileStream.ashx?DocumentId=57161"
    )


def test_escribe_asks_for_the_crawl_window_by_post() -> None:
    from spiders.spiders.escribe import EscribeSpider

    source = {
        "id": "chula",
        "url": "https://pub-chulavista.escribemeetings.com/",
        "jurisdiction": CA["jurisdiction"],
    }
    spider = EscribeSpider(source=source)
    spider.window = (dt.date(2026, 11, 1), dt.date(2027, 3, 1))
    (request,) = spider.start_requests_for_source()
    assert request.method == "POST"
    assert request.url.endswith("/MeetingsCalendarView.aspx/GetCalendarMeetings")
    body = json.loads(request.body)
    assert body["calendarStartDate"].startswith("2026-11-01T00:00:00")
    assert body["calendarEndDate"].startswith("2027-03-01T23:59:00")


def test_civicweb_meeting_list_then_documents_from_corpus() -> None:
    tx = {"jurisdiction": "ocd-division/country:us/state:tx/county:dallas"}
    listing = corpus(
        "civicweb",
        "civicweb/daltx_ccc_meeting_info.json",
        "https://dallascounty.civicweb.net/Services/MeetingsService.svc/meetings",
        tx,
    )
    # a meeting inside the window waits for its documents
    assert [r["url"] for r in listing.requests] == [
        "https://dallascounty.civicweb.net/Services/MeetingsService.svc/meetings/2097/meetingDocuments"
    ]
    documents = corpus(
        "civicweb",
        "civicweb/daltx_ccc_links_trimmed.json",
        "https://dallascounty.civicweb.net/Services/MeetingsService.svc/meetings/2097/meetingDocuments",
        tx,
    )
    (agenda,) = [i for i in documents.items if "role" in i]  # a FetchedDocument
    assert agenda["url"] == "https://dallascounty.civicweb.net/document/1051671/"
    assert agenda["meeting_id"] == "civicweb:dallascounty.civicweb.net:2097"
    assert agenda["role"] == "agenda" and agenda["content_type"].startswith("text/html")
    from extract.text import html_text

    assert "Commissioners Court" in html_text(agenda["body"].decode())
    sarpy = corpus(
        "civicweb",
        "civicweb/oma_sarpy_boc.json",
        "https://sarpy.civicweb.net/Services/MeetingsService.svc/meetings",
        {"jurisdiction": "ocd-division/country:us/state:ne/county:sarpy"},
    )
    assert len(sarpy.requests) + len(of_type(sarpy, "meeting")) == 14


def test_onbase_agenda_online_search_pages() -> None:
    oh = {"jurisdiction": "ocd-division/country:us/state:oh/place:akron"}
    council = corpus(
        "onbase",
        "onbase/akr_city_council.html",
        "https://onbase.akronohio.gov/OnBaseAgendaOnline/Meetings/Search?dropid=11&mtids=102",
        oh,
    )
    meetings = of_type(council, "meeting")
    no_agenda, first = meetings[0], meetings[1]
    assert (
        no_agenda["meeting_id"] == "onbase:onbase.akronohio.gov:263" and not no_agenda["agenda_url"]
    )
    assert first["start"] == "2019-09-16T19:00:00-04:00" and first["time_known"]
    assert first["agenda_url"] == (
        "https://onbase.akronohio.gov/OnBaseAgendaOnline/Documents/Downloadfile/"
        "September_16%2c_2019_262_Agenda_9_16_2019_7_00_00_PM.pdf?documentType=1&meetingId=262"
    )
    committees = saved(
        "onbase",
        "onbase_akron_committees.html",
        "https://onbase.akronohio.gov/OnBaseAgendaOnline/Meetings/Search?dropid=11&mtids=103",
        oh,
    )
    assert len(of_type(committees, "meeting")) == 5
    assert len(committees.requests) == 5  # one agenda PDF each, the repeated links read once


def test_chicago_elms_meetings_with_status_and_files() -> None:
    parsed = saved(
        "chicago_elms",
        "chicago_elms_meetings.json",
        "https://api.chicityclerkelms.chicago.gov/meeting?sort=date%20desc",
        {"jurisdiction": "ocd-division/country:us/state:il/place:chicago"},
    )
    meetings = of_type(parsed, "meeting")
    assert Counter(m["status"] for m in meetings)["cancelled"] == 1
    assert Counter(m["status"] for m in meetings)["rescheduled"] == 1
    zoning = next(
        m for m in meetings if m["meeting_id"].endswith("05889499-4C56-EE11-BE6E-001DD8098532")
    )
    assert zoning["start"] == "2023-10-12T10:00:00-05:00"  # the API's UTC, in Chicago
    assert zoning["agenda_url"].endswith("/00d71fb1-60b5-4a22-8d0b-abf981d6149f.pdf")
    (listing,) = of_type(parsed, "listing")
    assert len(listing["meeting_ids"]) == 6


def test_granicus_front_page_is_followed_view_by_view_without_a_listing() -> None:
    from scrapy.http import HtmlResponse

    from spiders.spiders.granicus import GranicusSpider

    front = (
        b'<html><body><a href="ViewPublisher.php?view_id=1">City Council</a>'
        b'<a href="/ViewPublisher.php?view_id=3">Planning</a></body></html>'
    )  # written for the test: a front page's links to its views
    parsed = parse_saved("granicus", front, "https://tulsa-ok.granicus.com/")
    assert [r["url"] for r in parsed.requests] == [
        "https://tulsa-ok.granicus.com/ViewPublisher.php?view_id=1",
        "https://tulsa-ok.granicus.com/ViewPublisher.php?view_id=3",
    ]
    source = {
        "id": "tulsa",
        "url": "https://tulsa-ok.granicus.com/",
        "jurisdiction": CA["jurisdiction"],
    }
    view = HtmlResponse(
        "https://tulsa-ok.granicus.com/ViewPublisher.php?view_id=4",
        body=(SAVED / "granicus_tulsa_listing_row.html").read_bytes(),
    )
    outputs = list(GranicusSpider(source=source).parse(view, partial=True))
    kinds = {type(o).__name__ for o in outputs}
    assert "Meeting" in kinds and "Listing" not in kinds  # one view is not the whole source


def test_legistar_web_starts_at_the_calendar_whatever_page_the_registry_names() -> None:
    from spiders.spiders.legistar import LegistarWebSpider

    for url in (
        "https://miami.legistar.com/Legislation.aspx",
        "https://miami.legistar.com/DepartmentDetail.aspx?ID=1&GUID=X",
        "https://miami.legistar.com/Calendar.aspx",
    ):
        source = {"id": "miami", "url": url, "jurisdiction": "ocd-division/country:us/state:fl"}
        (request,) = LegistarWebSpider(source=source).start_requests_for_source()
        assert request.url == "https://miami.legistar.com/Calendar.aspx"
    # a saved page that is not the calendar fails naming what it holds
    bills = corpus(
        "legistar_web",
        "legistar_web/nyc_bills_trimmed.html",
        "https://nyc.legistar.com/Legislation.aspx",
    )
    assert bills.items == [] and "no 'name' column" in bills.failures[0]
