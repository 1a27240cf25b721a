"""Runs on a busy machine: `icewatch run --demo` several times in a row while CPU-bound
processes (one per core by default) compete with it; prints each run's exit code, wall time
and summary line, then how many ended with a summary.

    .venv/bin/python bench/busy.py [--runs 10] [--burners 2] [--startup-timeout SECONDS]

``--startup-timeout`` sets PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS for the runs
(Prefect's own default is 20; icewatch sets 180 unless told otherwise): run once with 20 and
once without to compare.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def burn() -> None:
    while True:
        pass


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--burners", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--startup-timeout", type=float, default=None)
    parser.add_argument(
        "--fresh-prefect-home",
        action="store_true",
        help="each run with an empty PREFECT_HOME (a new machine: Prefect creates its database)",
    )
    args = parser.parse_args()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    if args.startup_timeout is not None:
        env["PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"] = str(args.startup_timeout)
    burners = [multiprocessing.Process(target=burn, daemon=True) for _ in range(args.burners)]
    for b in burners:
        b.start()
    summaries = 0
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for n in range(1, args.runs + 1):
                env["ICEWATCH_HOME"] = str(Path(tmp) / f"var{n}")
                if args.fresh_prefect_home:
                    env["PREFECT_HOME"] = str(Path(tmp) / f"prefect{n}")
                started = time.perf_counter()
                done = subprocess.run(
                    [sys.executable, "-m", "flows.cli", "run", "--demo"],
                    cwd=tmp,
                    env=env,
                    capture_output=True,
                    text=True,
                    check=False,
                )
                wall = time.perf_counter() - started
                first = (done.stdout.strip().splitlines() or ["(empty stdout)"])[0]
                summaries += bool(re.match(r"run \d{8}T\d{6}Z-\w+ \(", first))
                print(f"run {n:2}: exit {done.returncode}, {wall:5.1f} s: {first}", flush=True)
    finally:
        for b in burners:
            b.terminate()
    print(
        f"{summaries} of {args.runs} runs ended with a summary beside {args.burners} CPU-bound "
        "process(es)"
    )


if __name__ == "__main__":
    main()
