"""Sources that say when they break or go quiet: the checks each run records, `sources status`,
and the maintainers' source.broken / source.stale alerts and feeds."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import feedparser
import pytest
from typer.testing import CliRunner

from flows.cli import app
from warehouse.db import connect
from warehouse.load import upsert_sources
from warehouse.source_health import SourceCheck, record_checks, source_alerts, source_status

SOURCES = [
    {
        "id": "nash-county-commissioners",
        "kind": "agenda",
        "platform": "civicplus",
        "jurisdiction": "ocd-division/country:us/state:nc/county:nash",
        "body": "Nash County Board of Commissioners",
        "url": "https://www.nashcountync.gov/AgendaCenter",
    },
    {
        "id": "ice-detention-stats",
        "kind": "ice",
        "platform": "detention_stats",
        "jurisdiction": "ocd-division/country:us",
        "body": "ICE detention statistics",
        "url": "https://www.ice.gov/detain/detention-management",
    },
    {
        "id": "quiet-portal",
        "kind": "agenda",
        "platform": "granicus",
        "jurisdiction": "ocd-division/country:us/state:ca/place:sacramento",
        "body": "Sacramento City Council",
        "url": "https://sacramento.granicus.com/ViewPublisher.php?view_id=22",
    },
]
DAY0 = dt.datetime(2026, 9, 1, 6, tzinfo=dt.UTC)


def run(con, n: int, checks: list[SourceCheck], *, days: int = 7) -> int:
    """The n-th weekly run: its checks, then the alerts they call for."""
    now = DAY0 + dt.timedelta(days=days * n)
    record_checks(con, f"run-{n}", checks, now)
    return source_alerts(con, f"run-{n}", today=now.date(), now=now, broken_after=3, stale_after=45)


def kinds(con) -> dict[str, int]:
    return dict(con.execute("SELECT kind, count(*) FROM alerts GROUP BY 1").fetchall())


@pytest.fixture
def con(tmp_path: Path):
    with connect(tmp_path / "icewatch.duckdb") as con:
        upsert_sources(con, SOURCES)
        yield con


def test_three_failed_runs_in_a_row_raise_one_broken_alert(con) -> None:
    failed = SourceCheck.of(
        "nash-county-commissioners",
        ["nash-county-commissioners: HTTP 500 (https://www.nashcountync.gov/AgendaCenter)"],
    )
    ok = SourceCheck.of("nash-county-commissioners", [])
    assert run(con, 0, [ok]) == 0
    assert run(con, 1, [failed]) == 0 and run(con, 2, [failed]) == 0
    assert run(con, 3, [failed]) == 1  # the third failure in a row
    assert run(con, 4, [failed]) == 0  # the same streak: no second alert
    (status,) = [s for s in source_status(con) if s["source_id"] == "nash-county-commissioners"]
    assert status["consecutive_failures"] == 4 and status["outcome"] == "failed"
    assert status["error"].startswith("HTTP 500")
    assert status["last_success"].date() == DAY0.date()
    (title, summary) = con.execute(
        "SELECT title, summary FROM alerts WHERE kind = 'source.broken'"
    ).fetchone()
    assert "failed 3 runs in a row" in title and "HTTP 500" in summary
    # it recovers, then breaks again: a new streak, a new alert
    assert run(con, 5, [ok]) == 0
    assert [run(con, n, [failed]) for n in (6, 7, 8)] == [0, 0, 1]
    assert kinds(con) == {"source.broken": 2}


def test_a_portal_that_disallows_us_is_reported_as_such_not_as_broken(con) -> None:
    robots = SourceCheck.of(
        "nash-county-commissioners",
        ["nash-county-commissioners: not fetched: robots.txt forbids it (https://…)"],
    )
    assert robots.outcome == "robots"
    for n in range(5):
        run(con, n, [robots])
    (status,) = [s for s in source_status(con) if s["source_id"] == "nash-county-commissioners"]
    assert status["outcome"] == "robots" and status["consecutive_failures"] == 0
    assert kinds(con) == {}


def test_a_source_with_nothing_new_past_its_cadence_is_stale(con) -> None:
    # detention statistics: 75 days; an agenda portal: 45 days (the setting)
    checks = [SourceCheck.of("ice-detention-stats", []), SourceCheck.of("quiet-portal", [])]
    alerts = [run(con, n, checks) for n in range(12)]  # weekly, 77 days
    assert alerts[6] == 0 and alerts[7] == 1  # day 49: the portal
    assert alerts[10] == 0 and alerts[11] == 1  # day 77: the statistics
    assert sum(alerts) == 2  # one alert each, not one per run
    stale = dict(con.execute("SELECT subject_id, title FROM alerts").fetchall())
    assert "45+ days" in stale["source:quiet-portal"]
    assert "75+ days" in stale["source:ice-detention-stats"]


def test_a_portal_that_publishes_meetings_not_files_is_not_stale(con) -> None:
    """BoardDocs publishes agendas as pages: a new meeting is news, though no file came."""
    checks = [SourceCheck.of("quiet-portal", [])]
    for n in range(10):  # weekly for 63 days, a new meeting every week
        con.execute(
            "INSERT INTO meetings (meeting_id, source_id, body, title, start_at, status, "
            "first_seen_run, last_seen_run) VALUES (?, 'quiet-portal', 'Council', 'Regular', "
            "?, 'confirmed', ?, ?)",
            [f"granicus:demo:{n}", DAY0 + dt.timedelta(days=7 * n + 3), f"run-{n}", f"run-{n}"],
        )
        assert run(con, n, checks) == 0
    assert kinds(con) == {}
    assert con.execute("SELECT sum(documents_new) FROM source_checks").fetchone()[0] == 10


def test_status_command_and_the_maintainers_feed(tmp_path: Path, monkeypatch) -> None:
    home = tmp_path / "home"
    monkeypatch.setenv("ICEWATCH_HOME", str(home))
    home.mkdir()
    failed = SourceCheck.of("nash-county-commissioners", ["nash-county-commissioners: HTTP 503"])
    with connect(home / "icewatch.duckdb") as con:
        upsert_sources(con, SOURCES)
        for n in range(3):
            run(con, n, [failed])
    runner = CliRunner()
    status = runner.invoke(app, ["sources", "status", "--failing"])
    assert status.exit_code == 0, status.output
    assert "nash-county-commissioners" in status.output and "HTTP 503" in status.output
    published = runner.invoke(app, ["publish"])
    assert published.exit_code == 0, published.output
    feed = feedparser.parse((home / "public" / "feeds" / "kind" / "source.broken.xml").read_bytes())
    assert not feed.bozo and "nash-county-commissioners" in feed.entries[0].title
    everything = feedparser.parse((home / "public" / "feeds" / "all.xml").read_bytes())
    assert all("nash-county" not in e.title for e in everything.entries)  # not subscribers' news
