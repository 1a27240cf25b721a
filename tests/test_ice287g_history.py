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
    d1, d2 = dt.date(2026, 1, 1), dt.date(2026, 2, 1)
    assert load(con, first, d1, "a").alerts == 2  # the first edition: every agreement is news
    result = load(con, second, d2, "b")
    assert result.status == "loaded" and result.alerts == 3
    assert load(con, second, d2, "b").status == "already-loaded"
    assert load(con, first, d1, "c").status == "older-than-loaded"

    kinds = dict(con.execute("SELECT kind, count(*) FROM alerts GROUP BY kind").fetchall())
    assert kinds == {"287g.signed": 3, "287g.changed": 1, "287g.ended": 1}
    title = con.execute("SELECT title FROM alerts WHERE kind = '287g.changed'").fetchone()[0]
    assert title == "Alachua Police Department (TX) 287(g) Task Force Model agreement renamed"
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


@pytest.mark.slow
def test_corpus_history_matches_every_edition(tmp_path: Path) -> None:
    """Loading every participating edition in order: the versions valid on each edition's date
    are exactly that edition's rows, and a second pass changes nothing."""
    folder = corpus_path("ice", "287g_participating")
    paths = sorted(folder.glob("*.xlsx"), key=lambda p: (snapshot_date_from_name(p.name), p.name))
    editions = [parse_287g(p) for p in paths]
    con = connect(tmp_path / "w.duckdb")
    for number, edition in enumerate(editions):
        con.execute("BEGIN")
        load(con, edition, edition.date, f"sha{number}")
        con.execute("COMMIT")
        live = con.execute(
            "SELECT count(*) FROM agreements_287g WHERE list = 'participating' AND valid_to IS NULL"
        ).fetchone()[0]
        assert live == len(edition.rows), edition.date
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
