"""A run killed at any point: the warehouse opens, the next run completes and marks the killed
one, nothing it started keeps running; a second run is refused at once; servers stay in
their folders."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import duckdb
import pytest

from flows.isolation import marked_processes
from tests.conftest import ROOT
from tests.test_cli import ICEWATCH, icewatch
from tests.test_replay_crawl import crawl_registered, write_replay
from warehouse.db import connect, migrations, schema_version
from warehouse.load import RunInput, RunRecord, load_run


@pytest.mark.slow
def test_a_killed_run_leaves_nothing_running_after_the_next_one(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "ICEWATCH_DEBUG_HOLD_LOAD_SECONDS": "120"}
    proc = subprocess.Popen(
        [*ICEWATCH, "run", "--demo"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    assert proc.stdout is not None
    deadline = time.monotonic() + 240
    for line in proc.stdout:
        if "holding the load transaction open" in line:
            break
        assert time.monotonic() < deadline, "the run never reached the load step"
    # A second run is refused at once, naming the first.
    started = time.monotonic()
    refused = icewatch("run", "--demo", cwd=tmp_path)
    assert refused.returncode == 1 and "another run is using" in refused.stderr
    assert time.monotonic() - started < 5
    left = {pid for pid, owner in marked_processes().items() if owner == proc.pid}
    assert left, "the run had started no marked child (its Prefect server)"
    proc.kill()  # SIGKILL the run alone: its children are orphaned
    proc.wait(30)
    time.sleep(1)
    survivors = {pid for pid, owner in marked_processes().items() if owner == proc.pid}
    # Crawl and extraction processes die with the run; Prefect's server is reaped next time.
    rerun = icewatch("run", "--demo", "--json", cwd=tmp_path)
    assert rerun.returncode == 0, rerun.stderr[-3000:]
    days = json.loads(rerun.stdout)["demo_days"]  # the killed first day is run again, whole
    assert [d["today"] for d in days] == ["2026-09-14", "2026-10-19", "2026-11-20"]
    assert days[0]["alerts_new"] == 38  # 36 from the day's sources, 2 keyword watch matches
    remaining = {pid for pid, owner in marked_processes().items() if owner == proc.pid}
    assert remaining == set(), (survivors, remaining)


def test_a_run_that_never_finished_is_marked_interrupted_by_the_next(tmp_path: Path) -> None:
    con = connect(tmp_path / "w.duckdb")
    now = dt.datetime.now(dt.UTC)
    load_run(con, RunInput(RunRecord("killed", now, "live", 1, 0)))
    load_run(con, RunInput(RunRecord("next", now, "live", 1, 0)))
    statuses = dict(con.execute("SELECT run_id, status FROM runs").fetchall())
    assert statuses == {"killed": "interrupted", "next": "completed"}


def test_a_new_warehouse_is_made_whole_or_not_at_all(tmp_path: Path) -> None:
    """Migrations run in one transaction: a failure in the last leaves no table behind, and
    the next open builds everything."""
    import warehouse.db as db

    path = tmp_path / "w.duckdb"
    shipped = db.migrations()
    broken = [*shipped, (len(shipped) + 1, "broken", "CREATE TABLE x (; nonsense")]
    original = db.migrations
    db.migrations = lambda: broken  # a migration that fails, for this test only
    try:
        with pytest.raises(duckdb.ParserException):
            connect(path)
    finally:
        db.migrations = original
    raw = duckdb.connect(str(path))
    tables = raw.execute("SELECT table_name FROM information_schema.tables").fetchall()
    raw.close()
    assert tables == []
    con = connect(path, read_only=True)  # a reader brings it up to date first
    assert schema_version(con) == len(migrations())


def test_replay_server_serves_only_its_own_folder(tmp_path: Path) -> None:
    from spiders.replay import ReplayFormatError, load_replay

    outside = tmp_path / "secret.txt"
    outside.write_text("secret")
    for body in ("/etc/passwd", "../secret.txt", "bodies/../../secret.txt"):
        folder = tmp_path / f"replay{len(body)}"
        write_replay(folder, [{"url": "https://example.org/", "content": "x"}])
        index = folder / "responses.jsonl"
        record = json.loads(index.read_text().splitlines()[0])
        index.write_text(json.dumps({**record, "body": body}) + "\n")
        with pytest.raises(ReplayFormatError, match="outside the replay directory"):
            load_replay(folder)
    linked = tmp_path / "linked"
    write_replay(linked, [{"url": "https://example.org/", "content": "x"}])
    (linked / "bodies" / "0.bin").unlink()
    (linked / "bodies" / "0.bin").symlink_to(outside)
    with pytest.raises(ReplayFormatError, match="outside the replay directory"):
        load_replay(linked)
    served = icewatch("replay", "serve", str(linked), cwd=tmp_path)
    assert served.returncode == 2 and "outside the replay directory" in served.stderr


def test_icewatch_serve_stays_in_the_public_folder(tmp_path: Path) -> None:
    home = tmp_path / "var"
    public = home / "public"
    public.mkdir(parents=True)
    (public / "index.html").write_text("<h1>feeds</h1>")
    (tmp_path / "secret.txt").write_text("secret")
    (public / "link.txt").symlink_to(tmp_path / "secret.txt")
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "ICEWATCH_HOME": str(home)}
    server = subprocess.Popen(
        [*ICEWATCH, "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        # as from a terminal: a test run started in the background inherits SIGINT ignored, and so
        # would the server, which Ctrl-C could then not stop
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                urllib.request.urlopen(f"{base}/index.html", timeout=2).read()
                break
            except OSError:
                time.sleep(0.1)
        for path in ("/../secret.txt", "/%2e%2e/secret.txt", "/%252e%252e/secret.txt", "/link.txt"):
            try:
                body = urllib.request.urlopen(base + path, timeout=5).read()
            except urllib.error.HTTPError as exc:
                assert exc.code == 404, path
                continue
            assert b"secret" not in body, path
        busy = icewatch(
            "serve", "--port", str(port), cwd=tmp_path, env={"ICEWATCH_HOME": str(home)}
        )
        assert busy.returncode == 2 and "Traceback" not in busy.stderr
        assert f"cannot listen on 127.0.0.1:{port}" in busy.stderr
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(10)


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.slow
@pytest.mark.parametrize("delay", [0.0, 0.2])
def test_in_flight_requests_per_host_never_exceed_the_limit(tmp_path: Path, delay: float) -> None:
    """Thirty agenda PDFs of one CivicPlus site answered slowly: the site never sees more
    requests at once than CONCURRENT_REQUESTS_PER_DOMAIN (2), at download delay 0 too."""
    from tests.conftest import make_pdf
    from tests.test_agenda_crawl import civicplus_page

    site = "https://www.nashcountync.gov"
    rows = [(f"12{day:02d}2026-{day}", f"Dec {day}, 2026", "Meeting") for day in range(1, 16)]
    pdf = {"Content-Type": "application/pdf"}
    responses = [{"url": f"{site}/AgendaCenter", "content": civicplus_page(*rows)}]
    for key, _, _ in rows:
        for suffix in ("", "?packet=true"):
            responses.append(
                {
                    "url": f"{site}/AgendaCenter/ViewFile/Agenda/_{key}{suffix}",
                    "content": make_pdf(f"{key}{suffix}"),
                    "headers": pdf,
                    "delay": 0.2,
                }
            )
    replay = write_replay(tmp_path / "replay", responses)
    result, peak = crawl_registered(
        tmp_path,
        replay,
        "nash-county-commissioners",
        DOWNLOAD_DELAY=delay,
        AUTOTHROTTLE_ENABLED=False,
    )
    assert result.ok, result.failures
    assert len(result.documents) == 30
    assert peak["www.nashcountync.gov"] == 2, peak


@pytest.mark.slow
def test_a_fifth_of_the_sources_failing_costs_those_sources_only(tmp_path: Path) -> None:
    """Twenty-five CivicPlus boards; five answer 500, 429, too late, garbage or a redesigned
    page. Every healthy board is loaded and published, each failure named once, exit 1; what
    the failing boards had from the run before is kept."""
    from tests.conftest import make_pdf
    from tests.test_agenda_crawl import civicplus_page

    boards = [f"board{n:02d}" for n in range(25)]
    lines = []
    for board in boards:
        lines += [
            "[[source]]",
            f'id = "{board}"',
            'kind = "agenda"',
            'platform = "civicplus"',
            'jurisdiction = "ocd-division/country:us/state:nc/county:nash"',
            f'body = "Board {board}"',
            f'url = "https://{board}.civicplus.com/AgendaCenter"',
            "",
        ]
    registry = tmp_path / "sources.toml"
    registry.write_text("\n".join(lines))
    pdf = {"Content-Type": "application/pdf"}

    def healthy(board: str) -> list[dict]:
        site = f"https://{board}.civicplus.com"
        return [
            {
                "url": f"{site}/AgendaCenter",
                "content": civicplus_page(("12012026-91", "Dec 1, 2026", "Regular Meeting")),
            },
            *[
                {"url": f"{site}/AgendaCenter/ViewFile/Agenda/_12012026-91{s}", "headers": pdf,
                 "content": make_pdf(f"{board} agenda{s}")}
                for s in ("", "?packet=true")
            ],
        ]  # fmt: skip

    env = {
        "ICEWATCH_HOME": str(tmp_path / "var"),
        "ICEWATCH_SOURCES": str(registry),
        "ICEWATCH_TODAY": "2026-11-23",
        "ICEWATCH_RETRIES": "0",
        "ICEWATCH_DOWNLOAD_TIMEOUT": "3",
    }
    first = write_replay(tmp_path / "r1", [r for b in boards for r in healthy(b)])
    args = ["run", "--json", "--replay"]
    sources = [a for b in boards for a in ("--source", b)]
    done = icewatch(*args, str(first), *sources, cwd=tmp_path, env=env, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    assert json.loads(done.stdout)["meetings"] == 25

    broken = {
        "board00": {"status": 500, "content": "oops"},
        "board01": {"status": 429, "content": "slow down", "headers": {"Retry-After": "0"}},
        "board02": {"delay": 6, "content": civicplus_page()},
        "board03": {"content": b"\x00\xff garbage \x89PNG" * 50},
        "board04": {"content": "<html><body><h1>Our new portal</h1></body></html>"},
    }
    responses = []
    for board in boards:
        if board in broken:
            responses.append(
                {"url": f"https://{board}.civicplus.com/AgendaCenter", **broken[board]}
            )
        else:
            responses += healthy(board)
    second = write_replay(tmp_path / "r2", responses)
    done = icewatch(*args, str(second), *sources, cwd=tmp_path, env=env, timeout=600)
    assert done.returncode == 1, done.stderr[-3000:]
    summary = json.loads(done.stdout)
    assert sorted(summary["sources_failed"]) == sorted(broken)
    assert len(summary["sources_ok"]) == 20
    for board in broken:  # each named, once
        assert sum(f.startswith(f"{board}:") for f in summary["failures"]) == 1, summary["failures"]
    assert (tmp_path / "var" / "public" / "feeds" / "all.xml").exists()
    with duckdb.connect(str(tmp_path / "var" / "icewatch.duckdb"), read_only=True) as con:
        meetings = con.execute("SELECT count(*) FROM meetings WHERE listed").fetchone()[0]
        statuses = con.execute("SELECT status FROM runs ORDER BY started_at").fetchall()
    assert meetings == 25  # the failing boards' meetings of the first run are kept
    assert statuses == [("completed",), ("partial",)]
