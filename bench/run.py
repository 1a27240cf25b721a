"""How long a full demo run takes, and what Prefect adds around the work.

Runs ``icewatch run --demo --json`` ``--repeat`` times, each in a fresh home folder (a first
run: everything crawled, loaded, published) and once more in the last one (a re-run), and
prints for each: the wall time of the command, the time its runs report (from the first crawl
to the published feeds, inside the Prefect flow; a first run replays the demo's three days),
and the difference: process
start-up, imports, Prefect's temporary API server, flow and task bookkeeping.

With ``--server`` a Prefect server is started on 127.0.0.1 first and the runs report to it
(what `icewatch schedule` does), so the temporary server's start-up drops out.

Then, inside this one process (imports done, the API server up and warmed by an untimed run),
the demo's last day run twice over in fresh home folders, in turns: as the Prefect flows
(``flows.stages.run_monitor``: six flow runs and their task runs) and as plain calls of the
same stage functions (``bench/direct.py``). The difference is what Prefect's flow
and task bookkeeping costs a run.

    .venv/bin/python bench/run.py [--repeat 3] [--server]
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

# Run as a script, this file's folder comes first on sys.path and bench/extract.py would hide
# the extract package.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).parent.resolve()]

ROOT = Path(__file__).resolve().parent.parent
ICEWATCH = str(ROOT / ".venv" / "bin" / "icewatch")
PREFECT = str(ROOT / ".venv" / "bin" / "prefect")


def one_run(home: Path, env: dict[str, str]) -> tuple[float, float]:
    start = time.perf_counter()
    done = subprocess.run(
        [ICEWATCH, "run", "--demo", "--json"],
        env={**env, "ICEWATCH_HOME": str(home)},
        capture_output=True,
        text=True,
        check=True,
    )
    wall = time.perf_counter() - start
    # a first run in a home replays the demo's three days, a re-run its last: their runs' time
    return wall, sum(float(day["seconds"]) for day in json.loads(done.stdout)["demo_days"])


def start_server(folder: Path, env: dict[str, str]) -> tuple[subprocess.Popen, dict[str, str]]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**env, "PREFECT_HOME": str(folder / "prefect"),
           "PREFECT_API_URL": f"http://127.0.0.1:{port}/api"}  # fmt: skip
    server = subprocess.Popen(
        [PREFECT, "server", "start", "--host", "127.0.0.1", "--port", str(port), "--no-ui"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(240):
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/health", timeout=2):
                return server, env
        except OSError:
            time.sleep(0.5)
    server.kill()
    raise SystemExit("the Prefect server did not start")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--server", action="store_true", help="report to a running server")
    args = parser.parse_args()
    env = {**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "DO_NOT_TRACK": "1"}
    with tempfile.TemporaryDirectory() as tmp:
        server = None
        if args.server:
            server, env = start_server(Path(tmp), env)
        try:
            commands(Path(tmp), env, args.repeat)
            in_process(Path(tmp) / "in-process", env, args.repeat)
        finally:
            if server is not None:
                server.terminate()
                server.wait(30)


def commands(folder: Path, env: dict[str, str], repeat: int) -> None:
    homes = [folder / f"home{n}" for n in range(repeat)]
    firsts = [one_run(home, env) for home in homes]
    again = one_run(homes[-1], env)
    for label, runs in (("first run", firsts), ("re-run", [again])):
        wall = statistics.median(w for w, _ in runs)
        work = statistics.median(r for _, r in runs)
        print(
            f"icewatch run --demo, {label:<9}: wall {wall:5.1f} s, the run itself "
            f"{work:4.1f} s, around it {wall - work:4.1f} s ({(wall - work) / wall:.0%})",
            flush=True,
        )


def in_process(folder: Path, env: dict[str, str], repeat: int) -> None:
    os.environ.update(env)
    os.environ["PREFECT_LOGGING_LEVEL"] = "WARNING"
    os.environ["ICEWATCH_LOG_LEVEL"] = "WARNING"
    import logging
    import runpy

    from flows.config import load_config
    from flows.stages import run_monitor

    run_direct = runpy.run_path(str(Path(__file__).with_name("direct.py")))["run_direct"]
    from flows.clock import TODAY_ENV
    from flows.demo import demo_config, demo_days

    logging.getLogger("icewatch").setLevel(logging.WARNING)
    config = demo_config(load_config())
    day = demo_days()[-1]  # the demo's current day, alone: every source answers
    os.environ[TODAY_ENV] = day.today.isoformat()

    def timed(runner, name: str) -> float:
        home = folder / name
        start = time.perf_counter()
        summary = runner(
            config.with_overrides("bench", home=str(home)), None, day.replay_dir, "demo"
        )
        assert summary.ok and summary.alerts_new > 0, summary.failures
        return time.perf_counter() - start

    timed(run_monitor, "warm-up")  # starts the temporary API server when there is none
    flows, direct = [], []
    for n in range(repeat):
        flows.append(timed(run_monitor, f"flows{n}"))
        direct.append(timed(run_direct, f"direct{n}"))
    f, d = statistics.median(flows), statistics.median(direct)
    print(
        f"in one process, median of {repeat}: Prefect flows {f:4.2f} s, the same stages as "
        f"plain calls {d:4.2f} s; Prefect adds {f - d:4.2f} s ({f / d:.2f}×) for "
        "its 5 flow runs and 6 task runs"
    )


if __name__ == "__main__":
    main()
