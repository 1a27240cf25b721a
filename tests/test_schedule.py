"""`icewatch schedule` against a real Prefect server on 127.0.0.1: deployments with their cron
schedules, a triggered run that completes, one run at a time."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
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
        "ICEWATCH_SCHEDULE_AGENDAS": "45 */4 * * *",
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
run = run_deployment("icewatch-scheduled/ice-lists", timeout=240)
print(json.dumps({"deployments": found, "state": run.state.type.value}))
"""


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
        for _ in range(60):  # the deployments appear once `serve` has registered them
            done = subprocess.run(
                [sys.executable, "-c", CLIENT], env=env, capture_output=True, text=True
            )
            if done.returncode == 0:
                break
            time.sleep(2)
        assert done is not None and done.returncode == 0, done.stderr[-3000:]
        result = json.loads(done.stdout.strip().splitlines()[-1])
        assert result["deployments"] == {"ice-lists": ["7 * * * *"], "agendas": ["45 */4 * * *"]}
        assert result["state"] == "COMPLETED"
        home = Path(env["ICEWATCH_HOME"])
        assert (home / "public" / "feeds" / "all.xml").exists()
        import duckdb

        with duckdb.connect(str(home / "icewatch.duckdb"), read_only=True) as con:
            assert con.execute("SELECT count(*) FROM alerts").fetchone()[0] == 34
    finally:
        serving.terminate()
        try:
            serving.wait(30)
        except subprocess.TimeoutExpired:
            serving.kill()


def test_a_scheduled_run_that_fails_ends_failed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from prefect.testing.utilities import prefect_test_harness

    from flows.monitor import scheduled

    home = tmp_path / "var"
    home.mkdir()
    (home / "public").write_text("a file where the public folder should be")
    monkeypatch.setenv("ICEWATCH_HOME", str(home))
    with prefect_test_harness(server_startup_timeout=120):
        state = scheduled(kinds=["ice"], demo=True, return_state=True)
        empty = scheduled(kinds=["agenda"], demo=True, return_state=True)
    assert state.is_failed() and "publish: " in (state.message or "")
    assert empty.is_completed()  # no agenda source in the demo set: nothing to do
