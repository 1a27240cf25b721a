"""Two runs never work on one home folder at once; a killed run never blocks the next."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from flows.lock import run_lock
from tests.test_cli import icewatch


@pytest.mark.slow
def test_a_second_run_exits_with_a_message_or_waits(tmp_path: Path) -> None:
    home = tmp_path / "var"
    with run_lock(home):
        blocked = icewatch("run", "--demo", cwd=tmp_path)
    assert blocked.returncode == 1
    assert f"another run is using {home} (PID {os.getpid()}, started" in blocked.stderr
    assert "run_wait" in blocked.stderr
    assert not (home / "icewatch.duckdb").exists()  # it did not start

    held = threading.Event()

    def hold_for_a_while() -> None:
        with run_lock(home):
            held.set()
            time.sleep(3)

    holder = threading.Thread(target=hold_for_a_while)
    holder.start()
    held.wait(10)
    started = time.monotonic()
    waited = icewatch("run", "--demo", "--json", cwd=tmp_path, env={"ICEWATCH_RUN_WAIT": "60"})
    holder.join()
    assert waited.returncode == 0, waited.stderr[-2000:]
    assert time.monotonic() - started >= 2.5


@pytest.mark.slow
def test_a_killed_run_does_not_block_the_next(tmp_path: Path) -> None:
    home = tmp_path / "var"
    code = (
        "import sys, time; from pathlib import Path; from flows.lock import run_lock\n"
        f"with run_lock(Path({str(home)!r})):\n"
        "    print('locked', flush=True); time.sleep(600)\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(10)
    done = icewatch("run", "--demo", "--json", cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
