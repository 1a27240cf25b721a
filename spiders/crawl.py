"""Running sources' crawls in separate processes, many sources per process.

Twisted's reactor runs once per process, and a crawl that crashes or leaks must not take the
run with it, so crawls run in ``python -m spiders.process`` subprocesses (that module is the
process's side). One process crawls a batch of sources at once, so the interpreter, Scrapy and
the reactor start once per batch rather than once per source. The process reports each
source as it finishes, so the caller can report progress source by source; a source the
process never finished (crash, timeout) is a failure of that source alone.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spiders.process import WAIT_FLAG

CRAWL_TIMEOUT = 3600.0


@dataclass
class CrawlResult:
    source_id: str
    ok: bool
    failures: list[str]
    items: list[dict[str, Any]]
    stats: dict[str, Any] = field(repr=False)
    seconds: float
    out_dir: Path

    @property
    def documents(self) -> list[dict[str, Any]]:
        return [item for item in self.items if "sha256" in item]

    @property
    def refused(self) -> list[str]:
        """Links the URL policy refused (not failures: see ``spiders.urlpolicy``)."""
        return list(self.stats.get("icewatch/refused", []))

    @property
    def transient(self) -> bool:
        """Failed only for reasons that may pass: timeouts, refused connections, 429/5xx
        answers (as Scrapy's retry settings define them), or a crawl process that died."""
        if self.ok:
            return False
        passing = set(self.stats.get("icewatch/transient_failures", []))
        return all(f in passing or PROCESS_DIED in f for f in self.failures)


PROCESS_DIED = "crawl process exited with"


def split_batches(sources: list[Any], count: int, host: Callable[[Any], str]) -> list[list[Any]]:
    """Share sources among ``count`` processes, keeping each host's sources in one process
    (so the per-host limit holds) and the batches about equal in size."""
    groups: dict[str, list[Any]] = {}
    for source in sources:
        groups.setdefault(host(source), []).append(source)
    batches: list[list[Any]] = [[] for _ in range(max(1, min(count, len(groups))))]
    for group in sorted(groups.values(), key=len, reverse=True):
        min(batches, key=len).extend(group)
    return [batch for batch in batches if batch]


# Crawl processes started ahead of their batches (see prestart): each has imported Scrapy and
# waits on its stdin for one job.
_ready: list[subprocess.Popen[str]] = []
_ready_lock = threading.Lock()


def prestart(count: int, *, wait: bool = False) -> None:
    """Have ``count`` crawl processes started and importing Scrapy now, while the caller does
    other work (a run starts them before Prefect starts its flow): the next ``count`` calls of
    :func:`crawl_sources` hand them their batches instead of starting a process and waiting
    out the import (0.4 s or more). Processes already waiting count; one never handed a batch
    exits when this process does. ``wait``: return once all have imported what a crawl uses."""
    with _ready_lock:
        _ready[:] = [proc for proc in _ready if proc.poll() is None]
        started = []
        for _ in range(count - len(_ready)):
            started.append(_start([WAIT_FLAG], subprocess.DEVNULL, stdin=subprocess.PIPE))
        _ready.extend(started)
    if wait:
        for proc in started:
            assert proc.stdout is not None
            proc.stdout.readline()  # {"ready": true}, or "" if it died (a batch then starts one)


def stop_prestarted() -> None:
    """End the waiting crawl processes no batch took."""
    with _ready_lock:
        waiting, _ready[:] = list(_ready), []
    for proc in waiting:
        with contextlib.suppress(OSError):
            if proc.stdin is not None:
                proc.stdin.close()
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=10)


def _hand_job(arguments: list[str], stderr_path: Path) -> subprocess.Popen[str] | None:
    """A waiting crawl process, given ``arguments``; None when none is waiting."""
    while True:
        with _ready_lock:
            if not _ready:
                return None
            proc = _ready.pop(0)
        if proc.poll() is not None:  # it died while waiting
            continue
        job = {
            "argv": arguments,
            "cwd": os.getcwd(),
            "env": dict(os.environ),
            "stderr": str(stderr_path),
        }
        try:
            assert proc.stdin is not None
            proc.stdin.write(json.dumps(job) + "\n")
            proc.stdin.close()
            return proc
        except (OSError, ValueError):  # it died just now: try the next, else start one
            proc.kill()
            proc.wait()


def _start(args: list[str], stderr: Any, stdin: Any = None) -> subprocess.Popen[str]:
    """A crawl process (``python -m spiders.process ARGS``) whose stdout is read line by line."""
    return subprocess.Popen(
        [sys.executable, "-m", "spiders.process", *args],
        stdin=stdin,
        stdout=subprocess.PIPE,
        stderr=stderr,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def crawl_source(source: dict[str, Any], **kwargs: Any) -> CrawlResult:
    """Crawl one registry entry in a subprocess (:func:`crawl_sources` of one)."""
    return crawl_sources([source], **kwargs)[0]


def crawl_sources(
    sources: list[dict[str, Any]],
    *,
    out_root: Path,
    documents_dir: Path,
    cache_dir: Path | None,
    replay_url: str | None = None,
    record_dir: Path | None = None,
    chromium: str | None = None,
    settings: dict[str, Any] | None = None,
    timeout: float = CRAWL_TIMEOUT,
    batch: str = "batch",
    on_result: Callable[[CrawlResult], None] | None = None,
) -> list[CrawlResult]:
    """Crawl registry entries together in one subprocess and collect what each produced.

    ``on_result`` is called with each source's result as soon as that source finishes.
    Results come back in the order of ``sources``.
    """
    out_root.mkdir(parents=True, exist_ok=True)
    for source in sources:
        out_dir = out_root / source["id"]
        out_dir.mkdir(parents=True, exist_ok=True)
        for stale in ("items.jsonl", "stats.json", "crawl.log"):
            (out_dir / stale).unlink(missing_ok=True)
    spec = out_root / f"{batch}.json"
    spec.write_text(json.dumps(sources, indent=1), encoding="utf-8")
    arguments = [
        "--sources",
        str(spec),
        "--out",
        str(out_root),
        "--batch",
        batch,
        "--documents",
        str(documents_dir),
    ]
    if cache_dir is not None:
        arguments += ["--cache", str(cache_dir)]
    if replay_url:
        arguments += ["--replay-url", replay_url]
    if record_dir is not None:
        arguments += ["--record", str(record_dir)]
    if chromium:
        arguments += ["--chromium", chromium]
    for key, value in (settings or {}).items():
        arguments += ["-s", f"{key}={json.dumps(value)}"]

    started = time.monotonic()
    results: dict[str, CrawlResult] = {}
    stderr_path = out_root / f"{batch}.stderr"
    with stderr_path.open("w", encoding="utf-8") as stderr:
        proc = _hand_job(arguments, stderr_path) or _start(arguments, stderr)
        timed_out = threading.Event()

        def stop() -> None:
            timed_out.set()
            proc.kill()

        timer = threading.Timer(timeout, stop)
        timer.start()
        try:
            assert proc.stdout is not None
            for line in proc.stdout:
                try:
                    source_id = json.loads(line)["finished"]
                except (json.JSONDecodeError, KeyError, TypeError):
                    continue
                result = _result(source_id, out_root / source_id, time.monotonic() - started)
                results[source_id] = result
                if on_result is not None:
                    on_result(result)
            returncode = proc.wait()
        finally:
            timer.cancel()
    if timed_out.is_set():
        why = f"crawl did not finish within {timeout:g}s"
    else:
        tail = stderr_path.read_text(encoding="utf-8", errors="replace").strip().splitlines()
        why = f"{PROCESS_DIED} {returncode}" + (": " + " | ".join(tail[-5:]) if tail else "")
    ordered = []
    for source in sources:
        result = results.get(source["id"])
        if result is None:
            result = _result(
                source["id"],
                out_root / source["id"],
                time.monotonic() - started,
                unfinished=f"{source['id']}: {why}",
            )
            if on_result is not None:
                on_result(result)
        ordered.append(result)
    return ordered


def read_result(source_id: str, out_dir: Path, failures: list[str], seconds: float) -> CrawlResult:
    """A source's result as a crawl left it in ``out_dir``, with the failures it reported
    (how the writer reads a crawl that ran on another host)."""
    return CrawlResult(
        source_id=source_id,
        ok=not failures,
        failures=failures,
        items=_read_jsonl(out_dir / "items.jsonl"),
        stats=_read_json(out_dir / "stats.json") or {},
        seconds=seconds,
        out_dir=out_dir,
    )


def _result(
    source_id: str, out_dir: Path, seconds: float, unfinished: str | None = None
) -> CrawlResult:
    stats = _read_json(out_dir / "stats.json") or {}
    failures = [unfinished] if unfinished else []
    failures += stats.get("icewatch/failures", [])
    errors = int(stats.get("icewatch/log_errors", 0))
    if not failures and errors:
        log = out_dir / "crawl.log"
        failures.append(f"{source_id}: {errors} error(s) in the crawl log ({log})")
    reason = stats.get("finish_reason")
    if not failures and reason not in {"finished", None}:
        failures.append(f"{source_id}: crawl stopped early ({reason})")
    return CrawlResult(
        source_id=source_id,
        ok=not failures,
        failures=failures,
        items=_read_jsonl(out_dir / "items.jsonl"),
        stats=stats,
        seconds=seconds,
        out_dir=out_dir,
    )


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        return None


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            items.append(json.loads(line))
        except json.JSONDecodeError:
            break  # the last line of a crawl killed mid-write
    return items
