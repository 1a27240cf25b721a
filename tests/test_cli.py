"""The command line end to end: real subprocesses, a real DuckDB file, a feed read back."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import feedparser
import pytest

from flows.config import SETTINGS, example_toml, load_config
from tests.conftest import ROOT, corpus_path
from warehouse.db import migrations

ICEWATCH = [sys.executable, "-m", "flows.cli"]


def icewatch(*args: str, cwd: Path, env: dict[str, str] | None = None, timeout: float = 300):
    return subprocess.run(
        [*ICEWATCH, *args],
        cwd=cwd,
        env={**os.environ, **(env or {}), "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def counts(db: Path) -> dict[str, int]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {
            table: con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("agreements_287g", "alerts", "documents", "snapshots_287g", "runs")
        }


@pytest.mark.slow
def test_demo_run_twice_builds_warehouse_and_feed_once(tmp_path: Path) -> None:
    first = icewatch("run", "--demo", "--json", cwd=tmp_path)
    assert first.returncode == 0, first.stderr[-3000:]
    summary = json.loads(first.stdout)
    assert summary["ok"] and summary["sources_ok"] == ["ice-287g"]
    assert summary["documents_new"] == 2 and summary["editions_loaded"] == 2
    db = tmp_path / "var" / "icewatch.duckdb"
    after_first = counts(db)
    # 28 made-up participating agreements (all "signed" news on a first load) + 6 pending.
    assert after_first["agreements_287g"] == 34
    assert after_first["alerts"] == summary["alerts_new"] == 34

    feed_path = tmp_path / "var" / "public" / "feeds" / "all.xml"
    feed = feedparser.parse(feed_path.read_bytes())
    assert not feed.bozo, feed.bozo_exception
    assert len(feed.entries) == 34
    assert len({e.id for e in feed.entries}) == 34
    with duckdb.connect(str(db), read_only=True) as con:
        ids = {row[0] for row in con.execute("SELECT alert_id FROM alerts").fetchall()}
    assert {e.id for e in feed.entries} == ids
    # Every item is dated by the list in which icewatch first saw it (2026-11-20), the signing
    # date is in its text; newest first: the six pending agencies, then the latest signing.
    assert {e.published_parsed[:3] for e in feed.entries} == {(2026, 11, 20)}
    assert all("(pending)" in e.title for e in feed.entries[:6])
    latest = feed.entries[6]
    assert (
        latest.title
        == "Allegheny Run County Sheriff's Office (WV) signs 287(g) Warrant Service Officer agreement"
    )
    assert "signed 2026-11-16" in latest.summary
    links = [e.get("link") for e in feed.entries if e.get("link")]
    assert links and all(link.startswith("https://www.ice.gov/") for link in links)
    assert not any("safelinks" in link for link in links)
    mtime = feed_path.stat().st_mtime_ns

    second = icewatch("run", "--demo", "--json", cwd=tmp_path)
    assert second.returncode == 0, second.stderr[-3000:]
    again = json.loads(second.stdout)
    assert again["documents_new"] == 0 and again["alerts_new"] == 0 and not again["feed_changed"]
    after_second = counts(db)
    assert after_second == {**after_first, "runs": 2}
    assert feed_path.stat().st_mtime_ns == mtime

    info = icewatch("db", "info", "--json", cwd=tmp_path)
    assert info.returncode == 0, info.stderr
    tables = json.loads(info.stdout)["tables"]
    assert tables["alerts"] == 34 and json.loads(info.stdout)["schema_version"] == len(migrations())


@pytest.mark.slow
def test_run_killed_while_loading_leaves_a_usable_warehouse(tmp_path: Path) -> None:
    proc = subprocess.Popen(
        [*ICEWATCH, "run", "--demo"],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT), "ICEWATCH_DEBUG_HOLD_LOAD_SECONDS": "120"},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 240
        for line in proc.stdout:
            if "holding the load transaction open" in line:
                break
            assert time.monotonic() < deadline, "the run never reached the load step"
        else:
            pytest.fail(f"the run ended before loading (exit {proc.wait()})")
        os.killpg(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    db = tmp_path / "var" / "icewatch.duckdb"
    assert counts(db) == {
        "agreements_287g": 0,
        "alerts": 0,
        "documents": 0,
        "snapshots_287g": 0,
        "runs": 0,
    }

    rerun = icewatch("run", "--demo", "--json", cwd=tmp_path)
    assert rerun.returncode == 0, rerun.stderr[-3000:]
    summary = json.loads(rerun.stdout)
    # The files were stored by the killed run; the warehouse learns of them now.
    assert summary["documents_new"] == 2 and summary["alerts_new"] == 34
    assert counts(db)["runs"] == 1


def test_ice287g_parse_and_diff_commands(tmp_path: Path) -> None:
    folder = corpus_path("ice", "287g_participating")
    parsed = icewatch(
        "ice287g", "parse", str(folder / "participatingAgencies05082026am.xlsx"), cwd=tmp_path
    )
    assert parsed.returncode == 0, parsed.stderr
    rows = [json.loads(line) for line in parsed.stdout.splitlines()]
    assert len(rows) == 1783
    assert rows[0]["state"] == "AL" and rows[0]["list"] == "participating"
    assert "1783 agreements" in parsed.stderr

    diff = icewatch(
        "ice287g",
        "diff",
        str(folder / "participatingAgencies05072026am.xlsx"),
        str(folder / "participatingAgencies05082026am.xlsx"),
        cwd=tmp_path,
    )
    assert diff.returncode == 0, diff.stderr
    changes = [json.loads(line) for line in diff.stdout.splitlines()]
    assert changes and {c["change"] for c in changes} <= {"added", "removed", "changed"}
    added = sum(c["change"] == "added" for c in changes)
    removed = sum(c["change"] == "removed" for c in changes)
    assert 1784 + added - removed == 1783


def test_exit_codes_and_messages(tmp_path: Path) -> None:
    both = icewatch("run", "--demo", "--replay", str(tmp_path), cwd=tmp_path)
    assert both.returncode == 2 and "--demo and --replay exclude each other" in both.stderr
    not_replay = icewatch("run", "--replay", str(tmp_path), cwd=tmp_path)
    assert not_replay.returncode == 2 and "not a replay directory" in not_replay.stderr
    (tmp_path / "icewatch.toml").write_text("[icewatch]\nfeed_max_items = 'many'\n")
    bad = icewatch("config", cwd=tmp_path)
    assert bad.returncode == 2 and "feed_max_items" in bad.stderr and "int" in bad.stderr
    (tmp_path / "icewatch.toml").write_text("[icewatch]\nhome_dir = 'x'\n")
    unknown = icewatch("config", cwd=tmp_path)
    assert unknown.returncode == 2 and "unknown setting 'home_dir'" in unknown.stderr
    (tmp_path / "icewatch.toml").unlink()
    no_db = icewatch("db", "info", cwd=tmp_path, env={"ICEWATCH_HOME": str(tmp_path / "none")})
    assert no_db.returncode == 1 and "no warehouse at" in no_db.stderr
    usage = icewatch("ice287g", "diff", cwd=tmp_path)
    assert usage.returncode == 2


def test_help_everywhere(tmp_path: Path) -> None:
    for command in (
        [],
        ["run"],
        ["db"],
        ["db", "info"],
        ["replay", "serve"],
        ["replay", "record"],
        ["sources", "list"],
        ["ice287g", "parse"],
        ["ice287g", "diff"],
        ["config"],
    ):
        result = icewatch(*command, "--help", cwd=tmp_path)
        assert result.returncode == 0 and "Usage:" in result.stdout, command


def test_config_precedence_and_origins(tmp_path: Path) -> None:
    (tmp_path / "icewatch.toml").write_text("[icewatch]\nfeed_max_items = 50\ndownload_delay = 2\n")
    result = icewatch("config", cwd=tmp_path, env={"ICEWATCH_FEED_MAX_ITEMS": "7"})
    assert result.returncode == 0, result.stderr
    lines = {line.split()[0]: line for line in result.stdout.splitlines()}
    assert (
        "= 7" in lines["feed_max_items"]
        and "(env ICEWATCH_FEED_MAX_ITEMS)" in lines["feed_max_items"]
    )
    assert "= 2.0" in lines["download_delay"] and "icewatch.toml)" in lines["download_delay"]
    assert "(default)" in lines["home"]


def test_every_setting_is_documented() -> None:
    readme = (ROOT / "README.md").read_text()
    shipped = (ROOT / "icewatch.toml").read_text()
    assert shipped == example_toml(), "regenerate icewatch.toml with `icewatch config --toml`"
    for setting in SETTINGS:
        assert f"`{setting.name}`" in readme, f"README does not document {setting.name}"
    # The shipped icewatch.toml is all comments: read from the project folder it changes nothing.
    cwd = Path.cwd()
    try:
        os.chdir(ROOT)
        assert load_config({}).values == {s.name: s.default for s in SETTINGS}
    finally:
        os.chdir(cwd)


def test_sources_commands(tmp_path: Path) -> None:
    listed = icewatch("sources", "list", "--json", cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    entries = [json.loads(line) for line in listed.stdout.splitlines()]
    assert entries[0]["id"] == "ice-287g"
    agendas = [e for e in entries if e["kind"] == "agenda"]
    assert len(agendas) >= 30
    assert {e["platform"] for e in agendas} >= {
        "legistar",
        "civicplus",
        "granicus",
        "iqm2",
        "primegov",
        "civicclerk",
        "boarddocs",
    }
    registry = tmp_path / "sources.toml"
    registry.write_text(
        '[[source]]\nid = "Bad Id"\nkind = "agenda"\nplatform = "nowhere"\n'
        'jurisdiction = "somewhere"\nbody = "x"\nurl = "ftp://x"\ntimezone = "Mars/Base"\n'
    )
    checked = icewatch("sources", "check", cwd=tmp_path, env={"ICEWATCH_SOURCES": str(registry)})
    assert checked.returncode == 2
    for problem in (
        "id must be",
        "unknown platform 'nowhere'",
        "url must be http(s)",
        "OCD division id",
        "unknown time zone 'Mars/Base'",
    ):
        assert problem in checked.stderr
    # Well formed, but a county the Census does not know: the check names the nearest one.
    registry.write_text(
        '[[source]]\nid = "dona-ana"\nkind = "agenda"\nplatform = "legistar"\n'
        'jurisdiction = "ocd-division/country:us/state:nm/county:dona_ana"\nbody = "x"\n'
        'url = "https://x.legistar.com"\n'
    )
    checked = icewatch("sources", "check", cwd=tmp_path, env={"ICEWATCH_SOURCES": str(registry)})
    assert checked.returncode == 2
    assert "did you mean 'ocd-division/country:us/state:nm/county:doña_ana'" in checked.stderr


def test_extract_prints_mentions_and_contracts_and_fails_clearly(tmp_path: Path) -> None:
    item = tmp_path / "item.txt"
    item.write_text(
        "12. Approve Intergovernmental Agreement No. 26-06-0024 with the United States Marshals "
        "Service for the housing of federal prisoners for a period of five (5) years commencing "
        "July 1, 2025 at $82.50 per day.\n"
    )
    proc = icewatch("extract", str(item), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    mention, contract = (json.loads(line) for line in proc.stdout.splitlines())
    assert (mention["type"], mention["kind"], mention["page"]) == ("mention", "usms_iga", 1)
    assert contract["type"] == "contract"
    assert {k: contract[k] for k in ("contract_number", "expiry_date", "expiry_basis")} == {
        "contract_number": "26-06-0024",
        "expiry_date": "2030-06-30",
        "expiry_basis": "computed",
    }
    assert contract["per_diem"] == 82.5
    assert "1 mention(s), 1 contract(s)" in proc.stderr

    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\nnot really")
    proc = icewatch("extract", str(broken), cwd=tmp_path)
    assert proc.returncode == 1
    assert "broken.pdf: not a readable PDF" in proc.stderr and proc.stdout == ""
