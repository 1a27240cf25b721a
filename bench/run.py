"""How long a full demo run takes, and what Prefect adds around the work.

Runs ``icewatch run --demo --json`` ``--repeat`` times, each in a fresh home folder (a first
run: everything crawled, loaded, published) and once more in the last one (a re-run), and
prints for each: the wall time of the command, the time the run itself reports (from the
first crawl to the published feeds, inside the Prefect flow), and the difference: process
start-up, imports, Prefect's temporary API server, flow and task bookkeeping.

With ``--server`` a Prefect server is started on 127.0.0.1 first and the runs report to it
(what `icewatch schedule` does), so the temporary server's start-up drops out.

    .venv/bin/python bench/run.py [--repeat 3] [--server]
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

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
    return wall, float(json.loads(done.stdout)["seconds"])


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
            firsts = []
            home = Path(tmp)
            for n in range(args.repeat):
                home = Path(tmp) / f"home{n}"
                firsts.append(one_run(home, env))
            again = one_run(home, env)
        finally:
            if server is not None:
                server.terminate()
                server.wait(30)
    for label, runs in (("first run", firsts), ("re-run", [again])):
        wall = statistics.median(w for w, _ in runs)
        work = statistics.median(r for _, r in runs)
        print(
            f"{label:<10} wall {wall:5.1f} s, the run itself {work:4.1f} s, around it "
            f"{wall - work:4.1f} s ({(wall - work) / wall:.0%} of the wall time)"
        )


if __name__ == "__main__":
    main()
