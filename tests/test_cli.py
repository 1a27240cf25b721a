"""The command line end to end: real subprocesses, a real DuckDB file, a feed read back."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
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


DEMO_SOURCES = [
    "demo-al-pinecrest-county-commission",
    "demo-az-coyote-wash-county-supervisors",
    "demo-fl-gulfview-county-commission",
    "demo-id-sawtooth-range-county-commission",
    "demo-nc-quiet-hollow-council",
    "ice-287g",
    "ice-detention-stats",
]


@pytest.mark.slow
def test_demo_shows_every_alert_kind_then_reruns_as_a_no_op(tmp_path: Path) -> None:
    """The demo's three days (spiders/demo): every alert kind, every feed scope, no unmatched
    agency, a county's whole history; a second run changes nothing."""
    from feeds.publish import KIND_TITLES

    first = icewatch("run", "--demo", "--json", cwd=tmp_path)
    assert first.returncode == 0, first.stderr[-3000:]
    summary = json.loads(first.stdout)
    assert summary["ok"] and sorted(summary["sources_ok"]) == DEMO_SOURCES
    days = summary["demo_days"]
    assert [d["today"] for d in days] == ["2026-09-14", "2026-10-19", "2026-11-20"]
    # Coyote Wash's portal is down on the first two days, back on the third
    assert [d["sources_failed"] for d in days] == [
        ["demo-az-coyote-wash-county-supervisors"],
        ["demo-az-coyote-wash-county-supervisors"],
        [],
    ]
    assert all(d["agencies_unmatched"] == [] for d in days)
    db = tmp_path / "var" / "icewatch.duckdb"
    with duckdb.connect(str(db), read_only=True) as con:
        kinds = dict(con.execute("SELECT kind, count(*) FROM alerts GROUP BY 1").fetchall())
        ids = {
            r[0]
            for r in con.execute(
                "SELECT alert_id FROM alerts WHERE kind NOT LIKE 'source.%' "
                "AND kind <> 'watch.match'"  # the watches': their own feeds
            ).fetchall()
        }
        unmatched = con.execute(
            "SELECT count(*) FROM agreements_287g WHERE jurisdiction_id IS NULL"
        ).fetchone()[0]
    assert set(kinds) == set(KIND_TITLES), set(KIND_TITLES) - set(kinds)
    # a vote ahead where ICE holds people: Pinecrest's board (its detention center); none for
    # Coyote Wash, whose meeting has no ICE item though ICE uses a prison there
    with duckdb.connect(str(db), read_only=True) as con:
        votes = dict(
            con.execute(
                "SELECT jurisdiction_id, title FROM alerts WHERE kind = 'vote.ahead'"
            ).fetchall()
        )
    assert "in 11 days" in votes["ocd-division/country:us/state:al/county:pinecrest"]
    # Sawtooth Range's board votes on the MOA its sheriff is pending on
    assert "287(g) agreement" in votes["ocd-division/country:us/state:id/county:sawtooth_range"]
    with duckdb.connect(str(db), read_only=True) as con:
        (ties,) = con.execute(
            "SELECT summary FROM alerts WHERE kind = 'vote.ahead' AND jurisdiction_id LIKE "
            "'%sawtooth_range'"
        ).fetchone()
    assert "Sawtooth Range County Sheriff's Office is on ICE's pending 287(g) list" in ties
    assert "ocd-division/country:us/state:az/county:coyote_wash" not in votes
    assert sum(kinds.values()) == sum(d["alerts_new"] for d in days)
    assert unmatched == 0

    feeds = tmp_path / "var" / "public" / "feeds"
    everything = feedparser.parse((feeds / "all.xml").read_bytes())
    assert not everything.bozo, everything.bozo_exception
    assert {e.id for e in everything.entries} == ids  # the maintainers' kinds: their feeds only
    for scope in ("kind", "state", "jurisdiction"):
        files = sorted((feeds / scope).glob("*.xml"))
        assert files, scope
        for path in files:
            parsed = feedparser.parse(path.read_bytes())
            assert not parsed.bozo and parsed.entries, path
    expiring = feedparser.parse((feeds / "expiring.xml").read_bytes())
    assert any("2027-01-31" in e.title for e in expiring.entries)
    links = [e.get("link") for e in everything.entries if e.get("link")]
    assert links and not any("safelinks" in link for link in links)

    # the README's queries answer on the demo's warehouse (Gulfview: a sheriff with 287(g)
    # agreements and a board with an IGSA that expires)
    readme = (ROOT / "README.md").read_text()
    start = readme.index("```sql", readme.index("### Jurisdictions and history"))
    block = readme[start + len("```sql") : readme.index("```", start + 6)]
    statements = [sql.strip() for sql in block.split(";") if sql.strip()]
    with duckdb.connect(str(db), read_only=True) as con:
        results = [con.execute(sql).fetchall() for sql in statements]
    assert results[1] and results[5]  # sheriffs per state and model; agencies per county
    assert ("Gulfview County", "FL", "igsa") in {row[:3] for row in results[2]}

    # the calendar of votes: the two boards with a collaboration item on 2026-12-01, and
    # Gulfview's renewal of 2026-10-27 (within the last month)
    from icalendar import Calendar

    upcoming = Calendar.from_ical((tmp_path / "var" / "public" / "upcoming.ics").read_bytes())
    starts = {str(e["UID"]).split(":")[0]: e.decoded("DTSTART") for e in upcoming.walk("VEVENT")}
    assert starts == {
        "civicplus": dt.date(2026, 10, 27),
        "granicus": dt.date(2026, 12, 1),
        "boarddocs": dt.date(2026, 12, 1),
    }
    assert (tmp_path / "var" / "public" / "calendars" / "state" / "id.ics").exists()

    history = icewatch("history", "Gulfview County, FL", "--json", cwd=tmp_path)
    assert history.returncode == 0, history.stderr
    events = json.loads(history.stdout)["events"]
    assert {"287g", "facility", "contract", "meeting"} <= {e["category"] for e in events}

    after_first = counts(db)
    mtime = (feeds / "all.xml").stat().st_mtime_ns
    second = icewatch("run", "--demo", "--json", cwd=tmp_path)
    assert second.returncode == 0, second.stderr[-3000:]
    again = json.loads(second.stdout)
    assert [d["today"] for d in again["demo_days"]] == ["2026-11-20"]  # only the current day
    assert again["documents_new"] == 0 and again["alerts_new"] == 0 and not again["feed_changed"]
    assert counts(db) == {**after_first, "runs": after_first["runs"] + 1}
    assert (feeds / "all.xml").stat().st_mtime_ns == mtime

    info = icewatch("db", "info", "--json", cwd=tmp_path)
    assert info.returncode == 0, info.stderr
    assert json.loads(info.stdout)["schema_version"] == len(migrations())


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
    # The first day's files were stored by the killed run; the warehouse learns of them now.
    first_day = summary["demo_days"][0]
    assert first_day["today"] == "2026-09-14" and first_day["documents_new"] == 6
    assert counts(db)["runs"] == 3


def test_ice287g_parse_and_diff_commands_on_trimmed_real_lists(tmp_path: Path) -> None:
    folder = ROOT / "tests" / "fixtures" / "ice"
    older = folder / "participatingAgencies12292025am_trimmed.xlsx"
    newer = folder / "participatingAgencies05112026am_trimmed.xlsx"
    parsed = icewatch("ice287g", "parse", str(newer), cwd=tmp_path)
    assert parsed.returncode == 0, parsed.stderr
    rows = [json.loads(line) for line in parsed.stdout.splitlines()]
    assert len(rows) == 10 and "10 agreements" in parsed.stderr
    assert rows[0]["state"] == "AL" and rows[0]["list"] == "participating"
    diff = icewatch("ice287g", "diff", str(older), str(newer), cwd=tmp_path)
    assert diff.returncode == 0, diff.stderr
    changes = [json.loads(line) for line in diff.stdout.splitlines()]
    counted = Counter(c["change"] for c in changes)
    assert counted["added"] and set(counted) <= {"added", "removed", "changed"}
    assert 5 + counted["added"] - counted["removed"] == 10


@pytest.mark.corpus
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
