"""Agenda crawls end to end: `icewatch run` over a replay of four platforms (real Scrapy engine,
one subprocess per source, a real DuckDB file), then a second, incremental run."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import duckdb
import pytest

from spiders.spiders.legistar import LegistarSpider
from tests.conftest import make_pdf
from tests.test_agenda_parse import EVENT_ITEMS, EVENTS
from tests.test_cli import icewatch
from tests.test_replay_crawl import write_replay

TODAY = dt.date(2026, 11, 23)
WINDOW = (TODAY - dt.timedelta(days=30), TODAY + dt.timedelta(days=120))
PDF = b"%PDF-1.4\n% not really a PDF: the extraction reports it\n"
IGSA_PDF = make_pdf(
    "Cook County Sheriff's Office\nFirst Amendment",
    "Item 3. Approve the renewal of the Intergovernmental Service Agreement with\n"
    "U.S. Immigration and Customs Enforcement for detention services through\n"
    "February 28, 2027 at a rate of $98 per detainee day.",
)
COOK = {
    "id": "cook-county-board",
    "url": "https://cook-county.legistar.com",
    "jurisdiction": "ocd-division/country:us/state:il/county:cook",
}
SOURCES = [
    "cook-county-board",
    "nash-county-commissioners",
    "atlanta-council",
    "sacramento-council",
]


def legistar_url(*, since: dt.datetime | None = None, ids_only: bool = False) -> str:
    spider = LegistarSpider(source={**COOK, "since": since.isoformat() if since else None})
    spider.window = WINDOW
    return spider.events_url(modified_since=None if ids_only else since, ids_only=ids_only)


def civicplus_page(*rows: tuple[str, str, str]) -> str:
    body = "".join(
        f"""<tr class="catAgendaRow"><td><h3><strong>{day}</strong></h3>
        <p><a href="/AgendaCenter/ViewFile/Agenda/_{key}?html=true">{title}</a></p></td>
        <td class="minutes"></td><td class="downloads"><ol>
        <li><a class="pdf" href="/AgendaCenter/ViewFile/Agenda/_{key}">PDF</a></li>
        <li><a class="pdf" href="/AgendaCenter/ViewFile/Agenda/_{key}?packet=true">Packet</a></li>
        </ol></td></tr>"""
        for key, day, title in rows
    )
    return (
        "<html><body><div class='listing'><h2>Board of Commissioners</h2>"
        f"<table><tbody>{body}</tbody></table></div></body></html>"
    )


IQM2_CALENDAR = """<html><body>
<div class="Row MeetingRow"><div class="RowTop">
 <div class="RowLink"><a href="/Citizens/Detail_Meeting.aspx?ID=4500"
   title="MONDAY, DECEMBER 7, 2026  1:00 PMBoard:\tAtlanta City CouncilType:\tRegular MeetingStatus:\tScheduled\tCouncil Chamber, 55 Trinity Avenue">Dec 7, 2026 1:00 PM</a></div>
 <div class="RowRight MeetingLinks"><div><a href="FileOpen.aspx?Type=14&amp;ID=3900&amp;Inline=True">Agenda</a></div></div>
</div><div class="RowBottom"><div class="RowDetails">Atlanta City Council - Regular Meeting</div></div></div>
</body></html>"""

IQM2_DETAIL = """<html><body><table id="MeetingDetail">
<tr><td class="Num"><strong>1. </strong></td><td class="Title"><strong>CONSENT AGENDA</strong></td></tr>
<tr><td></td><td class="Num"></td><td class="Title"><a href="Detail_LegiFile.aspx?ID=77">A RESOLUTION authorizing the Chief of Police to end the agreement with U.S. Immigration and Customs Enforcement</a></td></tr>
</table></body></html>"""


def first_replay(folder: Path) -> Path:
    nash = "https://www.nashcountync.gov"
    return write_replay(
        folder,
        [
            {
                "url": legistar_url(),
                "content": json.dumps(EVENTS),
                "headers": {"Content-Type": "application/json"},
            },
            {
                "url": "https://webapi.legistar.com/v1/cook-county/events/501/eventitems?AgendaNote=1&MinutesNote=0&Attachments=1",
                "content": json.dumps(EVENT_ITEMS),
            },
            {
                "url": "https://webapi.legistar.com/v1/cook-county/events/502/eventitems?AgendaNote=1&MinutesNote=0&Attachments=1",
                "content": "[]",
            },
            {
                "url": EVENTS[0]["EventAgendaFile"],
                "content": make_pdf("Cook County Board\nRegular meeting\n1. Call to order"),
                "headers": {"Content-Type": "application/pdf"},
            },
            {
                "url": "https://cook-county.legistar1.com/att/igsa.pdf",
                "content": IGSA_PDF,
                "headers": {"Content-Type": "application/pdf"},
            },
            {
                "url": f"{nash}/AgendaCenter",
                "content": civicplus_page(
                    ("12012026-91", "Dec 1, 2026", "Regular Meeting"),
                    ("12152026-92", "Dec 15, 2026", "Work Session"),
                ),
            },
            {
                "url": f"{nash}/AgendaCenter/ViewFile/Agenda/_12012026-91",
                "content": make_pdf("Nash County Board of Commissioners\\nnash91"),
                "headers": {"Content-Type": "application/pdf"},
            },
            {
                "url": f"{nash}/AgendaCenter/ViewFile/Agenda/_12012026-91?packet=true",
                "content": make_pdf("Nash County Board of Commissioners\\nnash91 packet"),
                "headers": {"Content-Type": "application/pdf"},
            },
            {
                "url": f"{nash}/AgendaCenter/ViewFile/Agenda/_12152026-92",
                "content": make_pdf("Nash County Board of Commissioners\\nnash92"),
                "headers": {"Content-Type": "application/pdf"},
            },
            {
                "url": f"{nash}/AgendaCenter/ViewFile/Agenda/_12152026-92?packet=true",
                "content": make_pdf("Nash County Board of Commissioners\\nnash92"),
                "headers": {"Content-Type": "application/pdf"},
            },
            {
                "url": "https://atlantacityga.iqm2.com/Citizens/Calendar.aspx",
                "content": IQM2_CALENDAR,
            },
            {
                "url": "https://atlantacityga.iqm2.com/Citizens/Detail_Meeting.aspx?ID=4500",
                "content": IQM2_DETAIL,
            },
            {
                "url": "https://atlantacityga.iqm2.com/Citizens/FileOpen.aspx?Type=14&ID=3900&Inline=True",
                "content": PDF + b"atl",
                "headers": {"Content-Type": "application/pdf"},
            },
            {
                "url": "https://sacramento.granicus.com/ViewPublisher.php?view_id=22",
                "status": 500,
                "content": "oops",
                "headers": {"Retry-After": "0"},
            },
        ],
    )


def query(db: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql).fetchall()


def stats(home: Path, source: str) -> dict:
    (path,) = sorted(home.glob(f"runs/*/crawl/{source}/stats.json"))[-1:]
    return json.loads(path.read_text())


@pytest.mark.slow
def test_agenda_run_then_incremental_rerun(tmp_path: Path) -> None:
    home = tmp_path / "var"
    env = {
        "ICEWATCH_HOME": str(home),
        "ICEWATCH_TODAY": TODAY.isoformat(),
        "ICEWATCH_LOG_LEVEL": "INFO",
    }
    replay = first_replay(tmp_path / "replay1")
    args = [
        "run",
        "--replay",
        str(replay),
        "--json",
        *(a for s in SOURCES for a in ("--source", s)),
    ]
    first = icewatch(*args, cwd=tmp_path, env=env)
    assert first.returncode == 1, first.stderr[-3000:]  # Sacramento answered 500
    summary = json.loads(first.stdout)
    assert summary["sources_failed"] == ["sacramento-council"]
    assert any("sacramento-council" in f and "HTTP 500" in f for f in summary["failures"])
    assert sorted(summary["sources_ok"]) == sorted(SOURCES[:3])
    assert summary["meetings"] == 5 and summary["agenda_items"] == 4
    # The agenda alerts reach their feeds with the passage that triggered them.
    import feedparser

    agenda_feed = feedparser.parse(
        (home / "public" / "feeds" / "kind" / "agenda.item.xml").read_bytes()
    )
    assert not agenda_feed.bozo and agenda_feed.entries
    assert any("Evidence: “" in e.summary for e in agenda_feed.entries)
    assert (home / "public" / "feeds" / "jurisdiction" / "il-county-cook.atom").exists()

    db = home / "icewatch.duckdb"
    rows = dict(query(db, "SELECT meeting_id, status FROM meetings"))
    assert rows == {
        "legistar:cook-county:501": "confirmed",
        "legistar:cook-county:502": "cancelled",
        "civicplus:nashcountync.gov:91": "confirmed",
        "civicplus:nashcountync.gov:92": "confirmed",
        "iqm2:atlantacityga.iqm2.com:4500": "confirmed",
    }
    (start, jurisdiction) = query(
        db,
        "SELECT start_at::TEXT, jurisdiction_id FROM meetings WHERE meeting_id = 'legistar:cook-county:501'",
    )[0]
    assert start.startswith("2026-12-01 15:30:00")  # 9:30 am Chicago, stored as an instant
    assert jurisdiction == "ocd-division/country:us/state:il/county:cook"
    items = dict(query(db, "SELECT item_id, title FROM agenda_items"))
    assert "iqm2:atlantacityga.iqm2.com:4500/77" in items
    assert items["legistar:cook-county:501/9001"].startswith("PROPOSED INTERGOVERNMENTAL AGREEMENT")
    fetched = dict(query(db, "SELECT url, coalesce(item_id, meeting_id) FROM document_fetches"))
    assert (
        fetched["https://cook-county.legistar1.com/att/igsa.pdf"] == "legistar:cook-county:501/9001"
    )
    assert "https://cook-county.legistar1.com/att/proc.pdf" not in fetched  # not a watched item
    # the same bytes behind two URLs are stored once
    assert query(db, "SELECT count(*), count(DISTINCT sha256) FROM document_fetches")[0] == (7, 6)
    assert len(list((home / "documents").rglob("*.pdf"))) == 6
    ok_since = dict(
        query(db, "SELECT source_id, last_ok_at FROM sources WHERE last_ok_at IS NOT NULL")
    )
    assert set(ok_since) == set(SOURCES[:3])

    # Extraction: the IGSA attachment and the item's title are read; the one broken file is
    # reported and recorded, and stops nothing.
    (error,) = summary["document_errors"]
    assert "not a readable PDF" in error
    assert summary["documents_read"] == 5
    assert query(db, "SELECT count(*) FROM document_extractions WHERE error IS NOT NULL")[0][0] == 1
    mentions = query(
        db, "SELECT kind, page, item_id, meeting_id, quote FROM mentions ORDER BY page"
    )
    assert {(m[0], m[1], m[3]) for m in mentions} == {
        ("igsa", 2, "legistar:cook-county:501"),  # page 2 of the attachment
        ("igsa", None, "legistar:cook-county:501"),  # the item's title
        # a police chief's agreement with ICE, ended: a 287(g) agreement
        ("287g", None, "iqm2:atlantacityga.iqm2.com:4500"),
    }
    assert {m[2] for m in mentions} == {
        "legistar:cook-county:501/9001",
        "iqm2:atlantacityga.iqm2.com:4500/77",
    }
    (ended,) = query(db, "SELECT kind, counterparty, status FROM contracts WHERE kind = '287g'")
    assert ended == ("287g", "ICE", "terminated")
    (contract,) = query(
        db,
        "SELECT contract_id, jurisdiction_id, kind, counterparty, expiry_date::TEXT, "
        "expiry_basis, per_diem, status FROM contracts WHERE kind = 'igsa'",
    )
    assert contract[1:] == (
        "ocd-division/country:us/state:il/county:cook",
        "igsa",
        "ICE",
        "2027-02-28",
        "stated",
        98,
        "active",
    )
    events = query(db, "SELECT action, event_date::TEXT, page FROM contract_events ORDER BY page")
    assert ("renew", "2026-12-01", 2) in events  # from the attachment, dated by its meeting
    alerts = dict(query(db, "SELECT kind, title FROM alerts ORDER BY kind, title"))
    titles = [r[0] for r in query(db, "SELECT title FROM alerts WHERE kind = 'agenda.item'")]
    assert set(alerts) == {
        "agenda.item",
        "contract.renewed",
        "contract.expiring",
        "contract.terminated",
    }
    assert any("ICE detention contract (IGSA) on the agenda" in title for title in titles)
    assert any("287(g) agreement on the agenda" in title for title in titles)
    assert "expires 2027-02-28 (97 days)" in alerts["contract.expiring"]
    alerts_first = query(db, "SELECT count(*) FROM alerts")[0][0]

    # Second run: Legistar asked only for what changed since the last crawl (nothing) and for
    # the ids of the window, which lack 502 now; Nash County called off its work session.
    replay2 = write_replay(
        tmp_path / "replay2",
        [
            {"url": legistar_url(since=ok_since["cook-county-board"]), "content": "[]"},
            {
                "url": legistar_url(since=ok_since["cook-county-board"], ids_only=True),
                "content": json.dumps([{"EventId": 501}]),
            },
            {
                "url": "https://www.nashcountync.gov/AgendaCenter",
                "content": civicplus_page(
                    ("12012026-91", "Dec 1, 2026", "Regular Meeting"),
                    ("12152026-92", "Dec 15, 2026", "Work Session - CANCELLED"),
                ),
            },
            {
                "url": "https://atlantacityga.iqm2.com/Citizens/Calendar.aspx",
                "content": IQM2_CALENDAR,
            },
            {
                "url": "https://atlantacityga.iqm2.com/Citizens/Detail_Meeting.aspx?ID=4500",
                "content": IQM2_DETAIL,
            },
        ],
    )
    second = icewatch(
        "run",
        "--replay",
        str(replay2),
        "--json",
        *(a for s in SOURCES[:3] for a in ("--source", s)),
        cwd=tmp_path,
        env=env,
    )
    assert second.returncode == 0, second.stderr[-3000:]
    summary = json.loads(second.stdout)
    assert summary["documents"] == 0 and summary["meetings_delisted"] == 1
    assert stats(home, "nash-county-commissioners")["icewatch/documents/skipped_known"] == 4
    assert stats(home, "atlanta-council")["icewatch/documents/skipped_known"] == 1
    listed = dict(query(db, "SELECT meeting_id, listed FROM meetings"))
    assert (
        listed["legistar:cook-county:502"] is False and listed["legistar:cook-county:501"] is True
    )
    history = query(
        db,
        "SELECT meeting_id, status, valid_to IS NULL FROM meeting_status_history ORDER BY meeting_id, valid_from",
    )
    assert ("legistar:cook-county:502", "cancelled", False) in history
    assert ("legistar:cook-county:502", "delisted", True) in history
    assert [h[1:] for h in history if h[0].endswith(":92")] == [
        ("confirmed", False),
        ("cancelled", True),
    ]
    assert query(db, "SELECT count(*) FROM meetings")[0][0] == 5  # marked, never deleted
    # Nothing new was read: no mention, contract or alert twice.
    assert summary["documents_read"] == 0 and summary["mentions_new"] == 0
    assert query(db, "SELECT count(*) FROM alerts")[0][0] == alerts_first
    assert query(db, "SELECT count(*) FROM contracts")[0][0] == 2  # the IGSA and the 287(g)
