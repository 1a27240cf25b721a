"""287(g) differences, history in the warehouse and alerts."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from extract.ice287g import parse_287g, snapshot_date_from_name
from tests.conftest import HEADER_2026, corpus_path, make_xlsx, row_2026
from warehouse.db import (
    WarehouseBusy,
    connect,
    migrations,
    open_warehouse,
    schema_version,
    table_counts,
)
from warehouse.ice287g import ChangeKind, diff_snapshots, load_snapshot


def snapshot(rows, name="participatingAgencies01012026am.xlsx"):
    return parse_287g(make_xlsx(HEADER_2026, rows), name=name)


def test_typo_fix_is_a_change_not_an_end_and_a_signing() -> None:
    old = snapshot(
        [row_2026(agency="Alachua Police Departent"), row_2026(agency="Gone Police Department")]
    )
    new = snapshot(
        [
            row_2026(agency="Alachua Police Department"),
            row_2026(agency="Brand New Sheriff's Office"),
        ]
    )
    changes = diff_snapshots(old, new)
    kinds = sorted((c.kind.value, (c.new or c.old)["agency"]) for c in changes)
    assert kinds == [
        ("added", "Brand New Sheriff's Office"),
        ("changed", "Alachua Police Department"),
        ("removed", "Gone Police Department"),
    ]
    renamed = next(c for c in changes if c.kind == ChangeKind.CHANGED)
    assert renamed.renamed and renamed.fields == ("agency",)


def test_field_changes_are_named() -> None:
    old = snapshot([row_2026(moa="link pending")])
    new = parse_287g(
        make_xlsx(
            HEADER_2026, [row_2026(moa="link")], links={(0, 7): "https://www.ice.gov/doclib/x.pdf"}
        ),
        name="participatingAgencies01022026am.xlsx",
    )
    (change,) = diff_snapshots(old, new)
    assert (
        change.kind == ChangeKind.CHANGED and change.fields == ("moa_url",) and not change.renamed
    )


def test_different_models_of_one_agency_are_different_agreements() -> None:
    old = snapshot([row_2026(model="Task Force Model")])
    new = snapshot([row_2026(model="Jail Enforcement Model")])
    assert sorted(c.kind.value for c in diff_snapshots(old, new)) == ["added", "removed"]


@pytest.mark.corpus
def test_corpus_consecutive_editions() -> None:
    folder = corpus_path("ice", "287g_participating")
    old = parse_287g(folder / "participatingAgencies05072026am.xlsx")
    new = parse_287g(folder / "participatingAgencies05082026am.xlsx")
    changes = diff_snapshots(old, new)
    added = sum(c.kind == ChangeKind.ADDED for c in changes)
    removed = sum(c.kind == ChangeKind.REMOVED for c in changes)
    assert len(old.rows) + added - removed == len(new.rows)
    assert diff_snapshots(new, new) == []


def load(con, snap, date, sha, run="r1"):
    return load_snapshot(
        con,
        snap,
        snapshot_date=date,
        document_sha256=sha,
        file_name="x.xlsx",
        source_url="https://www.ice.gov/doclib/about/287g/x.xlsx",
        run_id=run,
    )


def test_history_and_alerts_in_the_warehouse(tmp_path: Path) -> None:
    con = connect(tmp_path / "w.duckdb")
    first = snapshot([row_2026(agency="Alachua Police Departent"), row_2026(agency="Gone PD")])
    second = snapshot([row_2026(agency="Alachua Police Department"), row_2026(agency="New SO")])
    d1, d2, d3 = dt.date(2026, 1, 1), dt.date(2026, 2, 1), dt.date(2026, 2, 2)
    assert load(con, first, d1, "a").alerts == 2  # the first edition: every agreement is news
    result = load(con, second, d2, "b")
    # Gone PD is missing once: a gap, no end yet.
    assert result.status == "loaded" and result.alerts == 2 and result.missing == ["Gone PD"]
    assert load(con, second, d2, "b").status == "already-loaded"
    assert load(con, first, d1, "c").status == "older-than-loaded"
    confirmed = load(con, second, d3, "d")  # still missing: ended as of the first edition
    assert confirmed.alerts == 1 and confirmed.missing == []

    kinds = dict(con.execute("SELECT kind, count(*) FROM alerts GROUP BY kind").fetchall())
    assert kinds == {"287g.signed": 3, "287g.changed": 1, "287g.ended": 1}
    title = con.execute("SELECT title FROM alerts WHERE kind = '287g.changed'").fetchone()[0]
    assert title == (
        "Alachua Police Department (TX) 287(g) Task Force Model agreement: renamed from "
        "'Alachua Police Departent' to 'Alachua Police Department'"
    )
    ended = con.execute(
        "SELECT event_date, observed_on FROM alerts WHERE kind = '287g.ended'"
    ).fetchone()
    assert ended == (d2, d3)
    versions = con.execute(
        "SELECT agency, valid_from, valid_to FROM agreements_287g ORDER BY agency, valid_from"
    ).fetchall()
    assert versions == [
        ("Alachua Police Departent", d1, d2),
        ("Alachua Police Department", d2, None),
        ("Gone PD", d1, d2),
        ("New SO", d2, None),
    ]
    ids = con.execute(
        "SELECT DISTINCT agreement_id FROM agreements_287g WHERE agency LIKE 'Alachua%'"
    )
    assert len(ids.fetchall()) == 1


def test_pending_that_gets_signed_fires_no_end(tmp_path: Path) -> None:
    con = connect(tmp_path / "w.duckdb")
    pending = lambda rows: parse_287g(  # noqa: E731
        make_xlsx(["STATE", "LAW ENFORCEMENT AGENCY", "TYPE", "COUNTY", "SUPPORT TYPE"], rows),
        name="pendingAgencies01012026am.xlsx",
    )
    row = [
        "TEXAS",
        "Example County Sheriff's Office",
        "County",
        "Example County",
        "Task Force Model",
    ]
    other = ["TEXAS", "Withdrawn PD", "Municipality", "Example County", "Task Force Model"]
    load(con, pending([row, other]), dt.date(2026, 1, 1), "p1")
    load(con, snapshot([row_2026()]), dt.date(2026, 2, 1), "s1")
    load(con, pending([]), dt.date(2026, 2, 1), "p2")
    load(con, pending([]), dt.date(2026, 2, 2), "p3")  # the next edition confirms
    rows = con.execute("SELECT kind, title FROM alerts ORDER BY kind, title").fetchall()
    assert rows == [
        ("287g.ended", "Withdrawn PD (TX) no longer pending a 287(g) Task Force Model agreement"),
        (
            "287g.pending",
            "Example County Sheriff's Office (TX) seeks a 287(g) Task Force Model agreement (pending)",
        ),
        ("287g.pending", "Withdrawn PD (TX) seeks a 287(g) Task Force Model agreement (pending)"),
        (
            "287g.signed",
            "Example County Sheriff's Office (TX) signs 287(g) Task Force Model agreement",
        ),
    ]


@pytest.mark.corpus
@pytest.mark.slow
def test_corpus_history_matches_every_edition(tmp_path: Path) -> None:
    """Loading every participating edition in order: the versions valid on each edition's date
    are exactly that edition's rows and those missing from it for the first time (a gap is not
    an end), and a second pass changes nothing."""
    folder = corpus_path("ice", "287g_participating")
    paths = sorted(folder.glob("*.xlsx"), key=lambda p: (snapshot_date_from_name(p.name), p.name))
    editions = [parse_287g(p) for p in paths]
    con = connect(tmp_path / "w.duckdb")
    for number, edition in enumerate(editions):
        con.execute("BEGIN")
        result = load(con, edition, edition.date, f"sha{number}")
        con.execute("COMMIT")
        assert result.status == "loaded", (edition.date, result.note)
        live = con.execute(
            "SELECT count(*) FROM agreements_287g WHERE list = 'participating' AND valid_to IS NULL"
        ).fetchone()[0]
        assert live == len(edition.rows) + len(result.missing), edition.date
    alerts = con.execute("SELECT count(*) FROM alerts").fetchone()[0]
    for number, edition in enumerate(editions):
        assert load(con, edition, edition.date, f"sha{number}").status == "already-loaded"
    assert con.execute("SELECT count(*) FROM alerts").fetchone()[0] == alerts


def test_migrations_apply_once(tmp_path: Path) -> None:
    path = tmp_path / "w.duckdb"
    shipped = len(migrations())
    assert [v for v, _, _ in migrations()] == list(range(1, shipped + 1))
    with open_warehouse(path) as con:
        assert schema_version(con) == shipped
    with open_warehouse(path) as con:
        counts = table_counts(con)
    assert counts["schema_migrations"] == shipped
    for table in (
        "runs",
        "documents",
        "jurisdictions",
        "sources",
        "meetings",
        "agenda_items",
        "mentions",
        "contracts",
        "contract_events",
        "document_extractions",
        "agreements_287g",
        "facilities",
        "alerts",
    ):
        assert counts[table] == 0


def test_second_writer_gets_a_clear_busy_error(tmp_path: Path) -> None:
    path = tmp_path / "w.duckdb"
    connect(path).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
            import duckdb, sys, time
            con = duckdb.connect({str(path)!r})
            print("locked", flush=True)
            time.sleep(30)
        """),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(WarehouseBusy) as caught:
            connect(path, wait=0.5)
        assert f"database is busy: process {holder.pid} is using {path}" in str(caught.value)
        with pytest.raises(WarehouseBusy):
            connect(path, read_only=True, wait=0.2)
    finally:
        holder.kill()
        holder.wait()
    connect(path, wait=5).close()


def test_a_header_only_sheet_is_held_back_not_turned_into_ends(tmp_path: Path) -> None:
    con = connect(tmp_path / "w.duckdb")
    rows = [row_2026(agency=f"Agency {n} Police Department") for n in range(30)]
    load(con, snapshot(rows), dt.date(2026, 1, 1), "full")
    empty = load(con, snapshot([]), dt.date(2026, 1, 2), "empty")
    assert empty.status == "suspect" and "would end 30 of the 30" in empty.note
    kinds = dict(con.execute("SELECT kind, count(*) FROM alerts GROUP BY 1").fetchall())
    assert kinds == {"287g.signed": 30, "source.suspect": 1}
    assert load(con, snapshot(rows), dt.date(2026, 1, 3), "back").alerts == 0
    # A real shrink, confirmed by a second edition of about the same size, goes through (and
    # its ends wait for the edition after, as any gap does).
    half = rows[:12]
    assert load(con, snapshot(half), dt.date(2026, 2, 1), "half1").status == "suspect"
    assert load(con, snapshot(half), dt.date(2026, 2, 2), "half2").status == "loaded"
    ended = load(con, snapshot(half), dt.date(2026, 2, 3), "half3")
    assert ended.status == "loaded" and ended.alerts == 18


def test_what_a_changed_alert_tells(tmp_path: Path) -> None:
    """A column ICE added, a link published after the listing or one that vanishes and comes
    back is history, not news; a corrected county or signed date, or a new MOA, is news, and
    the title says which."""
    con = connect(tmp_path / "w.duckdb")
    moa = "https://www.ice.gov/doclib/287gMOA/ExampleCo_TFM_MOA.pdf"
    renewed = "https://www.ice.gov/doclib/287gMOA/ExampleCo_TFM_MOA_2026.pdf"
    no_county = row_2026(county="")
    editions = [
        ([no_county], {}),  # no COUNTY, no MOA link yet
        ([row_2026(county="Example County")], {}),  # the county filled in: not news
        ([row_2026(county="Example County")], {(0, 7): moa}),  # MOA linked: joins the signing
        ([row_2026(county="Example County")], {}),  # the link vanished
        ([row_2026(county="Example County")], {(0, 7): moa}),  # and came back
        ([row_2026(county="Sample County")], {(0, 7): moa}),  # county corrected: news
        ([row_2026(county="Sample County")], {(0, 7): renewed}),  # a new MOA: news
    ]
    for n, (rows, links) in enumerate(editions):
        edition = parse_287g(make_xlsx(HEADER_2026, rows, links=links), name="p.xlsx")
        load(con, edition, dt.date(2026, 3, 1 + n), f"e{n}")
    titles = [
        row[0]
        for row in con.execute(
            "SELECT title FROM alerts WHERE kind = '287g.changed' ORDER BY observed_on"
        ).fetchall()
    ]
    who = "Example County Sheriff's Office (TX) 287(g) Task Force Model agreement"
    assert titles == [f"{who}: county corrected to Sample County", f"{who}: new MOA published"]
    signed = con.execute(
        "SELECT evidence_url, data->>'$.moa_url_published_on' FROM alerts "
        "WHERE kind = '287g.signed'"
    ).fetchone()
    assert signed == (moa, "2026-03-03")
    versions = con.execute("SELECT count(*) FROM agreements_287g").fetchone()[0]
    assert versions == len(editions)  # every field's history is kept
