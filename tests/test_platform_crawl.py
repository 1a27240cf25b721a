"""The newer platforms crawled for real: the Scrapy engine in its subprocess, over HTTP from a
replay server on 127.0.0.1 that answers with real saved responses (``tests/fixtures/agendas``),
documents stored. What a unit parse cannot show: eScribe's POST,
CivicWeb's two steps, NovusAGENDA's start page, BoardDocs' feed without a browser."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path

import pytest

from spiders.crawl import crawl_sources
from spiders.replay import serving
from tests.conftest import make_pdf
from tests.test_replay_crawl import write_replay

AGENDAS = Path(__file__).parent / "fixtures" / "agendas"
PDF = {"Content-Type": "application/pdf"}


REAL = Path(__file__).parent / "fixtures" / "agendas" / "real"  # copied from the corpus


def window(today: str) -> tuple[str, str]:
    day = dt.date.fromisoformat(today)
    return (day - dt.timedelta(days=30)).isoformat(), (day + dt.timedelta(days=120)).isoformat()


def crawl(tmp_path: Path, sources: list[dict], responses: list[dict], today: str) -> dict:
    replay = write_replay(tmp_path / "replay", copy.deepcopy(responses))  # it pops "content"
    with serving(replay) as server:
        results = crawl_sources(
            sources,
            out_root=tmp_path / "out",
            documents_dir=tmp_path / "documents",
            cache_dir=None,
            replay_url=server.base_url,
            settings={
                "ROBOTSTXT_OBEY": False,
                "ICEWATCH_TODAY": today,
                "ICEWATCH_AGENDA_PAST_DAYS": 30,
                "ICEWATCH_AGENDA_FUTURE_DAYS": 120,
                "DOWNLOAD_DELAY": 0,
                "AUTOTHROTTLE_ENABLED": False,
            },
        )
    return {r.source_id: r for r in results}


@pytest.mark.slow
def test_escribe_and_civicweb_crawl_over_http(tmp_path: Path) -> None:
    chula = {
        "id": "chula-vista-council",
        "kind": "agenda",
        "platform": "escribe",
        "url": "https://pub-chulavista.escribemeetings.com/",
        "jurisdiction": "ocd-division/country:us/state:ca/place:chula_vista",
        "body": "Chula Vista City Council",
    }
    dallas = {
        "id": "dallas-county-commissioners",
        "kind": "agenda",
        "platform": "civicweb",
        "url": "https://dallascounty.civicweb.net/Portal/MeetingSchedule.aspx",
        "jurisdiction": "ocd-division/country:us/state:tx/county:dallas",
        "body": "Dallas County Commissioners Court",
    }
    low, high = window("2026-05-20")
    service = "https://dallascounty.civicweb.net/Services/MeetingsService.svc/meetings"
    responses = [
        {
            "method": "POST",
            "url": "https://pub-chulavista.escribemeetings.com/MeetingsCalendarView.aspx/GetCalendarMeetings",
            "content": (REAL / "escribe/sandie_citychula.json").read_bytes(),
            "headers": {"Content-Type": "application/json"},
        },
        {
            "url": "https://pub-chulavista.escribemeetings.com/FileStream.ashx?DocumentId=57161",
            "content": make_pdf("Board of Ethics Regular Meeting agenda"),
            "headers": PDF,
        },
        {
            "url": f"{service}?from={low}&to={high}",
            "content": (REAL / "civicweb/daltx_ccc_meeting_info.json").read_bytes(),
            "headers": {"Content-Type": "application/json"},
        },
        {
            "url": f"{service}/2097/meetingDocuments",
            "content": (REAL / "civicweb/daltx_ccc_links_trimmed.json").read_bytes(),
            "headers": {"Content-Type": "application/json"},
        },
    ]
    # eScribe's one meeting is on 2025-12-17: crawl each source on a day near its meetings
    results = crawl(tmp_path / "a", [dallas], responses, "2026-05-20")
    results |= crawl(tmp_path / "b", [chula], responses, "2025-12-20")
    escribe, civicweb = results["chula-vista-council"], results["dallas-county-commissioners"]
    assert escribe.ok and civicweb.ok, (escribe.failures, civicweb.failures)
    (meeting,) = [i for i in escribe.items if i.get("type") == "meeting"]
    assert meeting["start"] == "2025-12-17T17:15:00-08:00"
    (document,) = escribe.documents
    assert (
        document["url"].endswith("DocumentId=57161")
        and document["meeting_id"] == meeting["meeting_id"]
    )
    (court,) = [i for i in civicweb.items if i.get("type") == "meeting"]
    assert court["agenda_url"] == "https://dallascounty.civicweb.net/document/1051671/"
    (agenda,) = civicweb.documents
    assert agenda["url"] == court["agenda_url"] and agenda["meeting_id"] == court["meeting_id"]
    stored = tmp_path / "a" / "documents"
    assert any(p.suffix == ".html" for p in stored.rglob("*")), list(stored.rglob("*"))
    assert json.loads(
        (tmp_path / "a" / "out" / "dallas-county-commissioners" / "stats.json").read_text()
    )


@pytest.mark.slow
def test_novusagenda_and_boarddocs_feed_crawl_over_http(tmp_path: Path) -> None:
    dinuba = {
        "id": "dinuba-council",
        "kind": "agenda",
        "platform": "novusagenda",
        "url": "https://dinuba.novusagenda.com/agendapublic",
        "jurisdiction": "ocd-division/country:us/state:ca/place:dinuba",
        "body": "Dinuba City Council",
    }
    cmsd = {
        "id": "cleveland-schools-board",
        "kind": "agenda",
        "platform": "boarddocs",
        "url": "https://go.boarddocs.com/oh/cmsd/Board.nsf/XML-ActiveMeetings",
        "jurisdiction": "ocd-division/country:us/state:oh/place:cleveland",
        "body": "Cleveland Metropolitan School District Board",
    }
    base = "https://dinuba.novusagenda.com/agendapublic"
    responses = [
        {
            "url": f"{base}/meetingsgeneral.aspx",
            "content": (REAL / "novusagenda/fre_dinuba_city_council_trimmed.html").read_bytes(),
        },
        *(
            {
                "url": f"{base}/DisplayAgendaPDF.ashx?MeetingID={n}",
                "content": make_pdf(f"Dinuba City Council agenda {n}"),
                "headers": PDF,
            }
            for n in (365, 354)
        ),
        {
            "url": cmsd["url"],
            "content": (AGENDAS / "boarddocs_cmsd_xml_feed.xml").read_bytes(),
            "headers": {"Content-Type": "text/xml"},
        },
    ]
    results = crawl(tmp_path, [dinuba], responses, "2022-10-01")
    results |= crawl(tmp_path / "b", [cmsd], responses, "2017-01-30")
    novus, boarddocs = results["dinuba-council"], results["cleveland-schools-board"]
    assert novus.ok and boarddocs.ok, (novus.failures, boarddocs.failures)
    # the window (30 days back) holds the meetings of Sep 13 and 27: their agendas, their items
    assert sorted(d["url"][-3:] for d in novus.documents) == ["354", "365"]
    items = [i for i in novus.items if i.get("type") == "agenda_item"]
    assert len(items) == 15
    assert boarddocs.stats.get("playwright/page_count") in (None, 0)
    meetings = [i for i in boarddocs.items if i.get("type") == "meeting"]
    assert len(meetings) == 3
    in_window = [i for i in boarddocs.items if i.get("type") == "agenda_item"]
    assert in_window and {i["meeting_id"] for i in in_window} == {
        "boarddocs:boarddocs.com/oh/cmsd:AHJRW76D1F43"
    }
