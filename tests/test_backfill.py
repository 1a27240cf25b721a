"""`icewatch ice287g load`: saved 287(g) editions into the warehouse, oldest first, each as a
run through the same load as `icewatch run`."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import duckdb
import feedparser
import pytest

from tests.conftest import HEADER_2026, corpus_path, make_xlsx, row_2026
from tests.test_cli import icewatch

PENDING_HEADER = ["STATE", "LAW ENFORCEMENT AGENCY", "TYPE", "COUNTY", "SUPPORT TYPE"]


def editions(folder: Path) -> Path:
    folder.mkdir(parents=True)
    first = [row_2026(agency="Harris County Sheriff's Office", county="Harris County")]
    second = [*first, row_2026(agency="Bexar County Sheriff's Office", county="Bexar County")]
    (folder / "participatingAgencies03012026am.xlsx").write_bytes(make_xlsx(HEADER_2026, second))
    (folder / "participatingAgencies01052026am.xlsx").write_bytes(make_xlsx(HEADER_2026, first))
    bexar = ["TEXAS", "Bexar County Sheriff's Office", "County", "Bexar County", "Task Force Model"]
    (folder / "pendingAgencies01052026am.xlsx").write_bytes(make_xlsx(PENDING_HEADER, [bexar]))
    return folder


def test_backfill_loads_oldest_first_each_as_a_run(tmp_path: Path) -> None:
    folder = editions(tmp_path / "saved")
    env = {"ICEWATCH_HOME": str(tmp_path / "var")}
    done = icewatch("ice287g", "load", str(folder), cwd=tmp_path, env=env)
    assert done.returncode == 0, done.stderr[-3000:]
    lines = done.stdout.splitlines()
    assert lines[0].startswith("participatingAgencies01052026am.xlsx (participating list of")
    assert lines[1].startswith("pendingAgencies01052026am.xlsx (pending list of 2026-01-05)")
    assert lines[2].startswith("participatingAgencies03012026am.xlsx")
    assert "loaded, 2 rows, 1 change(s), 1 new alert(s)" in lines[2]
    assert lines[-1] == "3 of 3 edition(s) loaded or already known"

    db = tmp_path / "var" / "icewatch.duckdb"
    with duckdb.connect(str(db), read_only=True) as con:
        runs = con.execute("SELECT mode, status FROM runs").fetchall()
        kinds = dict(con.execute("SELECT kind, count(*) FROM alerts GROUP BY 1").fetchall())
        source = con.execute("SELECT DISTINCT source_url FROM alerts").fetchall()
    assert runs == [("backfill", "completed")] * 3
    # Bexar: pending on 5 January, signed by 1 March.
    assert kinds == {"287g.signed": 2, "287g.pending": 1}
    assert source == [("https://www.ice.gov/identify-and-arrest/287g",)]
    feed = feedparser.parse((tmp_path / "var" / "public" / "feeds" / "all.xml").read_bytes())
    assert not feed.bozo and len(feed.entries) == 3

    every = icewatch("history", "Bexar County, TX", "--all", "--json", cwd=tmp_path, env=env)
    data = json.loads(every.stdout)
    total = data["events_total"]
    assert total == data["events_shown"] == len(data["events"]) > 1
    history = icewatch("history", "bexar county tx", "--limit", "1", cwd=tmp_path, env=env)
    assert history.returncode == 0, history.stderr
    assert f"1 of {total} events shown, newest first (--all for every one" in history.stdout

    again = icewatch("ice287g", "load", str(folder), cwd=tmp_path, env=env)
    assert again.returncode == 0
    assert all("0 new alert(s)" in line for line in again.stdout.splitlines()[:3])


def test_backfill_refuses_files_it_cannot_date_and_reports_broken_ones(tmp_path: Path) -> None:
    env = {"ICEWATCH_HOME": str(tmp_path / "var")}
    undated = tmp_path / "participating.xlsx"
    undated.write_bytes(make_xlsx(HEADER_2026, [row_2026()]))
    refused = icewatch("ice287g", "load", str(undated), cwd=tmp_path, env=env)
    assert refused.returncode == 2
    assert "no date in its name (give --date YYYY-MM-DD)" in refused.stderr

    dated = icewatch("ice287g", "load", str(undated), "--date", "2026-02-01", cwd=tmp_path, env=env)
    assert dated.returncode == 0, dated.stderr[-2000:]
    assert "participating list of 2026-02-01): loaded, 1 rows" in dated.stdout

    broken = tmp_path / "participatingAgencies03012026am.xlsx"
    broken.write_bytes(b"PK\x03\x04 not a workbook")
    failed = icewatch("ice287g", "load", str(broken), "--no-publish", cwd=tmp_path, env=env)
    assert failed.returncode == 1
    assert "failed" in failed.stdout and "not a readable xlsx workbook" in failed.stdout


@pytest.mark.corpus
@pytest.mark.slow
def test_backfill_of_every_real_edition(tmp_path: Path) -> None:
    """Every 287(g) edition in the corpus (2021 → May 2026) in one command."""
    folder = corpus_path("ice")
    env = {"ICEWATCH_HOME": str(tmp_path / "var")}
    done = icewatch(
        "ice287g",
        "load",
        str(folder / "287g_participating"),
        str(folder / "287g_pending"),
        cwd=tmp_path,
        env=env,
        timeout=900,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    files = len(list(folder.glob("287g_*/*.xlsx")))
    assert done.stdout.splitlines()[-1] == f"{files} of {files} edition(s) loaded or already known"
    with duckdb.connect(str(tmp_path / "var" / "icewatch.duckdb"), read_only=True) as con:
        failed = con.execute("SELECT count(*) FROM runs WHERE status <> 'completed'").fetchone()
        (newest,) = con.execute("SELECT max(snapshot_date) FROM snapshots_287g").fetchone()
        summary = json.loads(con.execute("SELECT summary FROM runs LIMIT 1").fetchone()[0])
    assert failed == (0,)
    assert newest == dt.date(2026, 5, 11)
    assert summary["run"]["mode"] == "backfill"


def test_expiring_lists_are_honest(tmp_path: Path) -> None:
    """Expired contracts are not "expiring"; one contract two sources state alike is one row;
    `expiring --expired` lists the expired ones."""
    from warehouse.db import open_warehouse

    home = tmp_path / "var"
    with open_warehouse(home / "icewatch.duckdb") as con:
        pinal = "ocd-division/country:us/state:az/county:pinal"
        for cid, source, expiry in (
            ("uwchr:1", "uwchr-facility-list", "2029-09-30"),
            ("uwchr:2", "uwchr-facility-list", "2029-09-30"),  # the same USMS IGA, twice
            ("usaspending:1", "usaspending", "2017-03-14"),
        ):
            con.execute(
                "INSERT INTO contracts (contract_id, jurisdiction_id, kind, counterparty, "
                "expiry_date, expiry_basis, source_id) VALUES (?, ?, 'usms_iga', 'USMS', ?, "
                "'stated', ?)",
                [cid, pinal, expiry, source],
            )
        ahead = con.execute("SELECT contract_ids FROM v_expiring_contracts").fetchall()
        passed = con.execute("SELECT contract_ids FROM v_expired_contracts").fetchall()
    assert ahead == [(["uwchr:1", "uwchr:2"],)] and passed == [(["usaspending:1"],)]
    env = {"ICEWATCH_HOME": str(home), "ICEWATCH_TODAY": "2026-12-01"}
    soon = icewatch("expiring", "--within", "5y", cwd=tmp_path, env=env)
    assert soon.stdout.count("county:pinal") == 1, soon.stdout
    gone = icewatch("expiring", "--within", "20y", "--expired", "--json", cwd=tmp_path, env=env)
    (row,) = [json.loads(line) for line in gone.stdout.splitlines()]
    assert (row["expiry_date"], row["sources"]) == ("2017-03-14", ["usaspending"])
