"""Kills at random points: `icewatch run --demo` killed with SIGKILL (the run's process alone,
as the OOM killer or a power cut would), then a run to completion, many times over one home
folder. After each: the warehouse opens, the next run exits 0 with the demo's alerts and no
duplicate, and no process the killed run started is left running.

    .venv/bin/python bench/kills.py [--kills 50] [--seed 1]
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import duckdb  # noqa: E402

from flows.isolation import marked_processes  # noqa: E402

RUN = [sys.executable, "-m", "flows.cli", "run", "--demo"]


def marked(owner: int) -> list[int]:
    """Live processes carrying the mark of the run ``owner``."""
    return [pid for pid, run in marked_processes().items() if run == owner]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=50)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "ICEWATCH_LOG_LEVEL": "WARNING"}
    with tempfile.TemporaryDirectory() as tmp:
        env["ICEWATCH_HOME"] = str(Path(tmp) / "var")
        started = time.perf_counter()
        subprocess.run(RUN, cwd=tmp, env=env, capture_output=True, check=True)
        span = time.perf_counter() - started
        with duckdb.connect(str(Path(tmp) / "var" / "icewatch.duckdb"), read_only=True) as con:
            (expected,) = con.execute("SELECT count(*) FROM alerts").fetchone()
        # from here on a run replays the demo's last day: killed anywhere, the next one ends
        # with the same alerts
        print(f"a full demo run takes {span:.1f} s; killing runs at random points in it")
        problems, orphans_seen = [], 0
        for n in range(1, args.kills + 1):
            proc = subprocess.Popen(
                RUN, cwd=tmp, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
            at = rng.uniform(0, span)
            time.sleep(at)
            proc.kill()
            proc.wait()
            left = marked(proc.pid)
            orphans_seen += bool(left)
            done = subprocess.run(
                [*RUN, "--json"], cwd=tmp, env=env, capture_output=True, text=True
            )
            remaining = marked(proc.pid)
            try:
                with duckdb.connect(
                    str(Path(tmp) / "var" / "icewatch.duckdb"), read_only=True
                ) as con:
                    alerts, distinct = con.execute(
                        "SELECT count(*), count(DISTINCT alert_id) FROM alerts"
                    ).fetchone()
                    interrupted = con.execute(
                        "SELECT count(*) FROM runs WHERE status = 'interrupted'"
                    ).fetchone()[0]
            except duckdb.Error as exc:
                problems.append(f"kill {n}: the warehouse does not open: {exc}")
                continue
            ok = done.returncode == 0 and alerts == distinct == expected and not remaining
            print(
                f"kill {n:2} at {at:4.1f} s: {len(left)} marked process(es) left at the kill, "
                f"{len(remaining)} after the next run; next run exit {done.returncode}; "
                f"alerts {alerts} ({distinct} distinct); interrupted runs {interrupted}",
                flush=True,
            )
            if not ok:
                problems.append(f"kill {n}: {done.stdout[-300:]} {done.stderr[-300:]}")
        print(
            f"{args.kills} kills: {len(problems)} problem(s); {orphans_seen} kill(s) left "
            "processes running until the next run stopped them"
        )
        for problem in problems:
            print("  " + problem)
        sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
