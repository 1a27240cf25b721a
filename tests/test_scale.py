"""Runs at today's size: the full monitor flow over a 287(g) list and a detention workbook of
2,000+ rows each and an agenda portal of 50,000 items, with Prefect's default limits. The
stages hand each other the run's context and read the rows from the run's folder, so no flow
run's parameters grow with the data (Prefect refuses parameters over 512 KB)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import duckdb
import pytest

from spiders.spiders.legistar import LegistarSpider
from tests.conftest import HEADER_2026, corpus_path, make_xlsx, row_2026
from tests.test_cli import icewatch
from tests.test_detention import row as facility_row
from tests.test_detention import workbook
from tests.test_replay_crawl import XLSX, write_replay

TODAY = dt.date(2026, 11, 23)
ICE = "https://www.ice.gov"
STATES = ["TEXAS", "FLORIDA", "GEORGIA", "TENNESSEE", "MISSOURI", "ARKANSAS", "ALABAMA"]
BOARD = {
    "id": "example-board",
    "kind": "agenda",
    "platform": "legistar",
    "jurisdiction": "ocd-division/country:us/state:tx/county:harris",
    "body": "Example Board",
    "url": "https://example-board.legistar.com",
}
EVENTS, ITEMS_PER_EVENT = 500, 100
# What one flow run may carry in parameters here: the run context (configuration, paths, ids).
PARAMETERS_LIMIT = 16_000


def registry(path: Path) -> Path:
    lines = []
    for source in (
        {
            "id": "ice-287g",
            "kind": "ice",
            "platform": "ice287g",
            "url": f"{ICE}/identify-and-arrest/287g",
            "jurisdiction": "ocd-division/country:us",
            "body": "ICE 287(g) program",
        },
        {
            "id": "ice-detention-stats",
            "kind": "ice",
            "platform": "detention_stats",
            "url": f"{ICE}/detain/detention-management",
            "jurisdiction": "ocd-division/country:us",
            "body": "ICE detention statistics",
        },
        BOARD,
    ):
        lines.append("[[source]]")
        lines += [f"{k} = {json.dumps(v)}" for k, v in source.items()]
        lines.append("")
    path.write_text("\n".join(lines))
    return path


def agreements(count: int) -> bytes:
    rows = [
        row_2026(
            state=STATES[n % len(STATES)],
            agency=f"Example {n} County Sheriff's Office",
            model=("Task Force Model", "Warrant Service Officer", "Jail Enforcement Model")[n % 3],
            county=f"Example {n} County",
            signed=dt.date(2025, 1, 1) + dt.timedelta(days=n % 500),
        )
        for n in range(count)
    ]
    return make_xlsx(HEADER_2026, rows)


def facilities(count: int) -> bytes:
    kinds = ["IGSA", "USMS IGA", "DIGSA", "CDF"]
    return workbook(
        [
            facility_row(
                f"EXAMPLE {n} COUNTY JAIL",
                f"{n} MAIN STREET",
                "HOUSTON",
                "TX",
                77001 + n % 90,
                kinds[n % 4],
            )
            for n in range(count)
        ]
    )


def legistar_events_url() -> str:
    spider = LegistarSpider(source=BOARD)
    spider.window = (TODAY - dt.timedelta(days=30), TODAY + dt.timedelta(days=120))
    return spider.events_url()


def agenda_responses() -> list[dict]:
    api = "https://webapi.legistar.com/v1/example-board"
    events = [
        {
            "EventId": 1000 + n,
            "EventBodyName": "Board of Commissioners",
            "EventDate": f"{TODAY + dt.timedelta(days=1 + n % 100)}T00:00:00",
            "EventTime": "9:30 AM",
            "EventAgendaStatusName": "Final",
            "EventLocation": "Commissioners Court",
            "EventAgendaFile": None,
            "EventInSiteURL": f"https://example-board.legistar.com/MeetingDetail.aspx?LEGID={n}",
            "EventLastModifiedUtc": "2026-11-20T17:00:00",
        }
        for n in range(EVENTS)
    ]
    responses = [
        {
            "url": legistar_events_url(),
            "content": json.dumps(events),
            "headers": {"Content-Type": "application/json"},
        }
    ]
    for event in events:
        items = [
            {
                "EventItemId": event["EventId"] * 1000 + i,
                "EventItemAgendaNumber": f"26-{i:04d}",
                "EventItemTitle": (
                    "Approve the renewal of the intergovernmental service agreement with U.S. "
                    "Immigration and Customs Enforcement for detention bed space"
                    if i == 0
                    else f"Approve purchase order {i} for road maintenance supplies"
                ),
            }
            for i in range(ITEMS_PER_EVENT)
        ]
        responses.append(
            {
                "url": f"{api}/events/{event['EventId']}/eventitems"
                "?AgendaNote=1&MinutesNote=0&Attachments=1",
                "content": json.dumps(items),
                "headers": {"Content-Type": "application/json"},
            }
        )
    return responses


def scale_replay(folder: Path, rows: int) -> Path:
    participating = f"{ICE}/doclib/about/287g/participatingAgencies11202026am.xlsx"
    pending = f"{ICE}/doclib/about/287g/pendingAgencies11202026am.xlsx"
    stats = f"{ICE}/doclib/detention/FY26_detentionStats11012026.xlsx"
    return write_replay(
        folder,
        [
            {
                "url": f"{ICE}/identify-and-arrest/287g",
                "content": f'<a href="{participating}">Participating</a> '
                f'<a href="{pending}">Pending</a>',
            },
            {"url": participating, "content": agreements(rows), "headers": {"Content-Type": XLSX}},
            {"url": pending, "content": agreements(40), "headers": {"Content-Type": XLSX}},
            {
                "url": f"{ICE}/detain/detention-management",
                "content": f'<a href="{stats}">FY 2026 Detention Statistics</a>',
            },
            {"url": stats, "content": facilities(rows), "headers": {"Content-Type": XLSX}},
            *agenda_responses(),
        ],
    )


@pytest.mark.slow
def test_monitor_flow_at_real_size_passes_references_not_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from prefect.client.orchestration import get_client
    from prefect.testing.utilities import prefect_test_harness

    from flows.config import load_config
    from flows.stages import monitor

    home = tmp_path / "var"
    monkeypatch.setenv("ICEWATCH_HOME", str(home))
    monkeypatch.setenv("ICEWATCH_TODAY", TODAY.isoformat())
    monkeypatch.setenv("ICEWATCH_SOURCES", str(registry(tmp_path / "sources.toml")))
    replay = scale_replay(tmp_path / "replay", rows=2_000)
    with prefect_test_harness(server_startup_timeout=120):
        ids = ["ice-287g", "ice-detention-stats", BOARD["id"]]
        state = monitor(load_config(), ids, replay, "replay", return_state=True)
        with get_client(sync_client=True) as client:
            flow_runs = client.read_flow_runs()
    summary = state.result(raise_on_failure=False)
    assert state.is_completed(), summary.failures
    assert sorted(summary.sources_ok) == ["example-board", "ice-287g", "ice-detention-stats"]
    assert summary.agenda_items == EVENTS * ITEMS_PER_EVENT
    assert summary.meetings == EVENTS

    # Every stage ran as a flow of its own, and none carried more than the run's context.
    assert len(flow_runs) == 6
    sizes = {r.name: len(json.dumps(r.parameters, default=str)) for r in flow_runs}
    assert max(sizes.values()) < PARAMETERS_LIMIT, sizes

    with duckdb.connect(str(home / "icewatch.duckdb"), read_only=True) as con:
        counts = con.execute(
            "SELECT (SELECT count(*) FROM agreements_287g WHERE list = 'participating'), "
            "(SELECT count(*) FROM facilities), (SELECT count(*) FROM agenda_items), "
            "(SELECT count(*) FROM alerts WHERE kind = 'agenda.item')"
        ).fetchone()
    assert counts == (2_000, 2_000, EVENTS * ITEMS_PER_EVENT, EVENTS)


@pytest.mark.corpus
@pytest.mark.slow
def test_run_of_the_largest_real_287g_list_in_the_corpus(tmp_path: Path) -> None:
    """ICE's own 11 May 2026 lists (1,797 agreements) and the FY26 detention statistics, as a
    user runs them: `icewatch run --replay`, exit 0, a summary."""
    folder = corpus_path("ice")
    participating = folder / "287g_participating" / "participatingAgencies05112026am.xlsx"
    pending = folder / "287g_pending" / "pendingAgencies02022026am.xlsx"
    stats = folder / "detention_stats" / "FY26_detentionStats02022026.xlsx"
    links = [f"{ICE}/doclib/about/287g/{p.name}" for p in (participating, pending)]
    replay = write_replay(
        tmp_path / "replay",
        [
            {
                "url": f"{ICE}/identify-and-arrest/287g",
                "content": f'<a href="{links[0]}">Participating</a> <a href="{links[1]}">Pending</a>',
            },
            {"url": links[0], "content": participating.read_bytes()},
            {"url": links[1], "content": pending.read_bytes()},
            {
                "url": f"{ICE}/detain/detention-management",
                "content": f'<a href="/doclib/detention/{stats.name}">FY 2026</a>',
            },
            {"url": f"{ICE}/doclib/detention/{stats.name}", "content": stats.read_bytes()},
        ],
    )
    env = {"ICEWATCH_HOME": str(tmp_path / "var")}
    done = icewatch("run", "--replay", str(replay), "--json", cwd=tmp_path, env=env)
    assert done.returncode == 0, done.stderr[-3000:]
    summary = json.loads(done.stdout)
    assert summary["ok"] and summary["editions_loaded"] == 3
    assert summary["document_errors"] == []  # the workbook is a list, not an agenda document
    with duckdb.connect(str(tmp_path / "var" / "icewatch.duckdb"), read_only=True) as con:
        (rows,) = con.execute(
            "SELECT count(*) FROM agreements_287g WHERE list = 'participating'"
        ).fetchone()
    assert rows == 1_797
