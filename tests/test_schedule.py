"""`icewatch schedule` against a real Prefect server on 127.0.0.1: deployments with their cron
schedules, a triggered run that completes, one run at a time."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.test_cli import ICEWATCH

ROOT = Path(__file__).resolve().parent.parent
PREFECT = str(ROOT / ".venv" / "bin" / "prefect")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def prefect_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    root = tmp_path_factory.mktemp("prefect")
    port = _free_port()
    env = {
        **os.environ,
        "PREFECT_HOME": str(root / "prefect"),
        "PREFECT_API_URL": f"http://127.0.0.1:{port}/api",
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "DO_NOT_TRACK": "1",
        "ICEWATCH_HOME": str(root / "var"),
        "ICEWATCH_SCHEDULE_ICE": "7 * * * *",
        # (the agendas' schedule falls due only on a leap day at 03:45 UTC: an agendas run falling
        # due while the test runs — "45 */4 * * *" did at 12:45 — would add its agenda alerts to
        # the ICE lists' run the test asserts on)
        "ICEWATCH_SCHEDULE_AGENDAS": "45 3 29 2 *",
        "ICEWATCH_RUN_WAIT": "120",  # a scheduled run falling due meanwhile waits its turn
    }
    log = (root / "server.log").open("w")
    server = subprocess.Popen(
        [PREFECT, "server", "start", "--host", "127.0.0.1", "--port", str(port), "--no-ui"],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        for _ in range(180):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/health", timeout=2):
                    break
            except OSError:
                time.sleep(0.5)
        else:
            pytest.fail(
                "prefect server did not start: " + (root / "server.log").read_text()[-2000:]
            )
        yield env
    finally:
        server.terminate()
        server.wait(30)


CLIENT = """
import json, sys
from prefect.client.orchestration import get_client
from prefect.deployments import run_deployment

with get_client(sync_client=True) as client:
    found = {}
    for d in client.read_deployments():
        found[d.name] = [s.schedule.cron for s in d.schedules]
if len(found) < 2:  # `serve` registers its deployments one after the other
    sys.exit("only " + ", ".join(found) + " registered so far")
run = run_deployment("icewatch-scheduled/ice-lists", timeout=240)
print(json.dumps({"deployments": found, "state": run.state.type.value}))
"""


@pytest.mark.slow
def test_schedule_registers_cron_deployments_and_runs_them(prefect_server: dict[str, str]) -> None:
    env = prefect_server
    serving = subprocess.Popen(
        [*ICEWATCH, "schedule", "--demo"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        done = None
        for _ in range(60):  # the deployments appear once `serve` has registered both
            done = subprocess.run(
                [sys.executable, "-c", CLIENT], env=env, capture_output=True, text=True
            )
            if done.returncode == 0:
                break
            time.sleep(2)
        assert done is not None and done.returncode == 0, done.stderr[-3000:]
        result = json.loads(done.stdout.strip().splitlines()[-1])
        assert result["deployments"] == {"ice-lists": ["7 * * * *"], "agendas": ["45 3 29 2 *"]}
        assert result["state"] == "COMPLETED"
        home = Path(env["ICEWATCH_HOME"])
        assert (home / "public" / "feeds" / "all.xml").exists()
        import duckdb

        with duckdb.connect(str(home / "icewatch.duckdb"), read_only=True) as con:
            kinds = dict(con.execute("SELECT kind, count(*) FROM alerts GROUP BY 1").fetchall())
            listed = con.execute(
                "SELECT (SELECT count(*) FROM agreements_287g) + (SELECT count(*) FROM facilities)"
            ).fetchone()[0]
        # the demo's ICE sources on its current day: every agreement and facility is news, and
        # its keyword watch for jails and detention centers reads the facilities' alerts
        assert kinds.pop("watch.match") > 0
        assert set(kinds) == {"287g.signed", "287g.pending", "facility.added"}
        assert sum(kinds.values()) == listed == 36
    finally:
        serving.terminate()
        try:
            serving.wait(30)
        except subprocess.TimeoutExpired:
            serving.kill()


def test_schedule_without_a_server_says_so_in_one_line(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env |= {"PREFECT_HOME": str(tmp_path / "prefect"), "ICEWATCH_HOME": str(tmp_path / "var")}
    none = subprocess.run(
        [*ICEWATCH, "schedule"], env=env, capture_output=True, text=True, timeout=120
    )
    assert none.returncode == 2
    assert none.stderr.strip().splitlines() == [
        "icewatch: schedules need a Prefect server (they never fire on Prefect's temporary "
        "one): run `prefect server start`, then set PREFECT_API_URL=http://127.0.0.1:4200/api; "
        "or run `icewatch run` from cron instead"
    ]
    env["PREFECT_API_URL"] = f"http://127.0.0.1:{_free_port()}/api"
    started = time.monotonic()
    down = subprocess.run(
        [*ICEWATCH, "schedule", "--wait", "2"], env=env, capture_output=True, text=True, timeout=120
    )
    assert down.returncode == 1 and "Traceback" not in down.stderr
    (line,) = down.stderr.strip().splitlines()
    assert line.startswith(f"icewatch: no Prefect server answers at {env['PREFECT_API_URL']}")
    assert time.monotonic() - started < 60


@pytest.mark.slow
def test_schedule_ends_promptly_on_sigterm(prefect_server: dict[str, str]) -> None:
    serving = subprocess.Popen(
        [*ICEWATCH, "schedule", "--demo"],
        env=prefect_server,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    assert serving.stdout is not None
    for line in serving.stdout:  # until the deployments are served
        if "being served" in line:
            break
    serving.send_signal(signal.SIGTERM)
    started = time.monotonic()
    serving.wait(30)
    output = serving.stdout.read()
    assert time.monotonic() - started < 15
    assert "Traceback" not in output


@pytest.mark.slow
def test_a_scheduled_run_that_fails_ends_failed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from prefect.testing.utilities import prefect_test_harness

    from flows.schedule import scheduled

    home = tmp_path / "var"
    home.mkdir()
    (home / "public").write_text("a file where the public folder should be")
    monkeypatch.setenv("ICEWATCH_HOME", str(home))
    from prefect.client.orchestration import get_client

    with prefect_test_harness(server_startup_timeout=120):
        state = scheduled(kinds=["ice"], demo=True, return_state=True)
        empty = scheduled(kinds=["no-such-kind"], demo=True, return_state=True)
        with get_client(sync_client=True) as client:
            publishes = [t for t in client.read_task_runs() if t.name.startswith("publish-")]
    assert state.is_failed() and "publish: " in (state.message or "")
    assert [t.run_count for t in publishes] == [2]  # an I/O error: retried once, then reported
    assert empty.is_completed()  # no source of that kind: nothing to do


def _wait_for_workers(api: str, pool: str, names: set[str], timeout: float = 120.0) -> None:
    """Until the work pool lists every named worker as online (their first poll)."""
    deadline = time.monotonic() + timeout
    online: set[str] = set()
    while time.monotonic() < deadline:
        request = urllib.request.Request(
            f"{api}/work_pools/{pool}/workers/filter",
            data=b"{}",
            headers={"Content-Type": "application/json"},
        )
        try:
            with urllib.request.urlopen(request, timeout=10) as answer:
                online = {w["name"] for w in json.load(answer) if w.get("status") == "ONLINE"}
        except (TimeoutError, urllib.error.URLError):
            # the server slow to answer while two workers start on two cores: ask again until
            # the deadline
            time.sleep(0.5)
            continue
        if names <= online:
            return
        time.sleep(0.5)
    pytest.fail(f"workers not online after {timeout:g}s: {sorted(names - online)}")


@pytest.mark.slow
def test_two_workers_crawl_agenda_groups_and_one_writer_loads_them(
    prefect_server: dict[str, str], tmp_path: Path
) -> None:
    """A process work pool with two workers against the real server: each takes a group of
    agenda sources (crawl and extraction), hands its files over in the shared home folder,
    and the run that handed them out is the only one that writes the warehouse."""
    from tests.test_agenda_crawl import SOURCES, TODAY, first_replay

    pool = "icewatch-test"
    env = {
        **prefect_server,
        "ICEWATCH_HOME": str(tmp_path / "shared"),
        "ICEWATCH_TODAY": TODAY.isoformat(),
        "PREFECT_WORKER_QUERY_SECONDS": "1",
        "PREFECT_LOGGING_EXTRA_LOGGERS": "icewatch",
    }
    deployed = subprocess.run(
        [*ICEWATCH, "deploy", "--pool", pool], env=env, capture_output=True, text=True
    )
    assert deployed.returncode == 0, deployed.stderr[-3000:]
    assert f"icewatch-agenda-group/{pool}" in deployed.stdout
    workers = []
    for name in ("w1", "w2"):
        log = (tmp_path / f"{name}.log").open("w")
        workers.append(
            subprocess.Popen(
                [PREFECT, "worker", "start", "--pool", pool, "--name", name, "--limit", "1"],
                env={**env, "ICEWATCH_WORKER_NAME": name},
                cwd=tmp_path,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        )
    try:
        # Both workers polling before the groups go out: else the first worker up may crawl
        # one group and take the other before the second worker has started.
        _wait_for_workers(env["PREFECT_API_URL"], pool, {"w1", "w2"})
        replay = first_replay(tmp_path / "replay")
        args = ["run", "--replay", str(replay), "--json", "--pool", pool]
        done = subprocess.run(
            [*ICEWATCH, *args, *(a for s in SOURCES for a in ("--source", s))],
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )
    finally:
        for worker in workers:
            worker.terminate()
        for worker in workers:
            try:
                worker.wait(30)
            except subprocess.TimeoutExpired:
                worker.kill()
    logs = "".join((tmp_path / f"{n}.log").read_text() for n in ("w1", "w2"))
    assert done.returncode == 1, done.stderr[-3000:] + logs[-3000:]  # Sacramento answered 500
    assert "Downloading flow code" not in logs  # workers import the package, copy nothing
    summary = json.loads(done.stdout)
    assert summary["sources_failed"] == ["sacramento-council"]
    assert summary["sources_retried"] == ["sacramento-council"]  # retried on its worker
    assert sorted(summary["sources_ok"]) == sorted(SOURCES[:3])
    assert summary["meetings"] == 5 and summary["agenda_items"] == 4
    assert summary["documents_read"] == 5 and len(summary["document_errors"]) == 1

    home = Path(env["ICEWATCH_HOME"])
    (run_dir,) = (home / "runs").iterdir()
    handoffs = [json.loads(p.read_text()) for p in sorted(run_dir.glob("groups/*.json"))]
    assert len(handoffs) == 2
    assert {h["worker"]["name"] for h in handoffs} == {"w1", "w2"}
    assert sorted(r["source_id"] for h in handoffs for r in h["results"]) == sorted(SOURCES)
    import duckdb

    with duckdb.connect(str(home / "icewatch.duckdb"), read_only=True) as con:
        contract = con.execute(
            "SELECT kind, expiry_date::TEXT, per_diem FROM contracts ORDER BY kind DESC"
        ).fetchall()
        status = con.execute("SELECT status, sources_ok, sources_failed FROM runs").fetchall()
        meetings = con.execute("SELECT count(*) FROM meetings").fetchone()[0]
    # read on workers, loaded by the writer: Cook County's IGSA, Atlanta's ended 287(g)
    assert contract == [("igsa", "2027-02-28", 98), ("287g", None, None)]
    assert status == [("partial", 3, 1)] and meetings == 5
