"""Running sources' crawls in a separate process, many sources per process.

Twisted's reactor runs once per process, and a crawl that crashes or leaks must not take the
run with it, so crawls run in ``python -m spiders.crawl`` subprocesses. One process crawls a
batch of sources at once, so the interpreter, Scrapy and the reactor start once per batch
rather than once per source; each source gets a Scrapy crawler of its own.

Each source writes, in ``<out_root>/<source id>/``, ``items.jsonl`` (the items),
``stats.json`` (its crawler's stats plus the failures the spider reported, written the moment
that source finishes) and ``crawl.log`` (the log lines of its spider). Lines that belong to no
source go to ``<out_root>/<batch>.log``. The process prints one JSON line per finished source
on stdout, so the caller can report progress source by source; a source the process never
finished (crash, timeout) is a failure of that source alone.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spiders.sources import host_of

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
WAIT_FLAG = "--wait-for-job"


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
    """A crawl process (``python -m spiders.crawl ARGS``) whose stdout is read line by line."""
    return subprocess.Popen(
        [sys.executable, "-m", "spiders.crawl", *args],
        stdin=stdin,
        stdout=subprocess.PIPE,
        stderr=stderr,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def _wait_for_job() -> list[str] | None:
    """A process :func:`prestart` started: import what a crawl uses, say so, then take the
    job's arguments, working folder, environment and stderr file (None: no job came)."""
    with contextlib.suppress(Exception):  # what fails here fails again, reported, in the crawl
        _preload()
    print(json.dumps({"ready": True}), flush=True)
    line = sys.stdin.readline()
    if not line:
        return None
    job = json.loads(line)
    fd = os.open(job["stderr"], os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    os.dup2(fd, 2)
    os.close(fd)
    os.chdir(job["cwd"])
    os.environ.clear()
    os.environ.update(job["env"])
    return list(job["argv"])


def _preload() -> None:
    """Import what a crawl of the project's settings loads: Scrapy, the spiders and every
    component the settings name. A component that fails to import fails in the crawl."""
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "spiders.settings")
    import scrapy.crawler  # noqa: F401
    from scrapy.utils.conf import build_component_list
    from scrapy.utils.misc import load_object, walk_modules
    from scrapy.utils.project import get_project_settings

    settings = get_project_settings()
    paths = [settings.get(name) for name in ("SCHEDULER", "DUPEFILTER_CLASS", "STATS_CLASS")]
    for name in ("DOWNLOADER_MIDDLEWARES", "SPIDER_MIDDLEWARES", "EXTENSIONS", "ITEM_PIPELINES"):
        paths += build_component_list(settings.getwithbase(name))
    paths += [path for path in settings.getdict("DOWNLOAD_HANDLERS").values() if path]
    for path in paths:
        with contextlib.suppress(Exception):
            load_object(path)
    with contextlib.suppress(Exception):
        for module in settings.getlist("SPIDER_MODULES"):
            walk_modules(module)


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


def _about_robots(record: logging.LogRecord) -> bool:
    """A record about a robots.txt request: one that could not be fetched allows everything
    (Scrapy goes on), so it is no error of the source."""
    args = record.args if isinstance(record.args, dict) else {}
    request = args.get("request")
    url = getattr(request, "url", "")
    return record.name == "scrapy.downloadermiddlewares.robotstxt" or url.endswith("/robots.txt")


class SourceLogHandler(logging.Handler):
    """Writes each spider's log records to its source's ``crawl.log`` and counts its errors
    (Scrapy's own ``log_count/*`` stats count every crawler's records in every crawler)."""

    def __init__(self, out_root: Path, level: int | str = logging.DEBUG) -> None:
        super().__init__(level)
        self.out_root = out_root
        self.files: dict[str, logging.FileHandler] = {}

    def emit(self, record: logging.LogRecord) -> None:
        spider = getattr(record, "spider", None)
        source_id = getattr(spider, "source_id", None)
        if not source_id:
            return
        handler = self.files.get(source_id)
        if handler is None:
            handler = logging.FileHandler(self.out_root / source_id / "crawl.log", encoding="utf-8")
            handler.setFormatter(self.formatter)
            self.files[source_id] = handler
        handler.emit(record)
        crawler = getattr(spider, "crawler", None)
        if (
            record.levelno >= logging.ERROR
            and not _about_robots(record)
            and crawler
            and crawler.stats
        ):
            crawler.stats.inc_value("icewatch/log_errors")

    def close_source(self, source_id: str) -> None:
        """The source finished: its file is closed (a batch of thousands must not keep a
        file open per source; a late line reopens it for appending)."""
        handler = self.files.pop(source_id, None)
        if handler is not None:
            handler.close()

    def close(self) -> None:
        for handler in self.files.values():
            handler.close()
        super().close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Crawl a batch of icewatch sources in one process (used by the runner)."
    )
    parser.add_argument("--sources", required=True, type=Path, help="JSON list of registry entries")
    parser.add_argument("--out", required=True, type=Path, help="folder of the sources' folders")
    parser.add_argument("--batch", default="batch", help="name of the batch's own log")
    parser.add_argument("--documents", required=True, type=Path)
    parser.add_argument("--cache", type=Path)
    parser.add_argument("--replay-url")
    parser.add_argument("--record", type=Path)
    parser.add_argument("--chromium", help="Chromium executable (default: Playwright's own)")
    parser.add_argument("-s", dest="overrides", action="append", default=[], metavar="KEY=JSON")
    args = parser.parse_args(argv)

    os.environ["SCRAPY_SETTINGS_MODULE"] = "spiders.settings"
    from scrapy.crawler import CrawlerProcess
    from scrapy.utils.project import get_project_settings

    sources = json.loads(args.sources.read_text(encoding="utf-8"))
    settings = get_project_settings()
    args.out.mkdir(parents=True, exist_ok=True)
    feed = str(args.out / "%(source_id)s" / "items.jsonl")
    settings.set("FEEDS", {feed: {"format": "jsonlines"}})
    settings.set("LOG_FILE", str(args.out / f"{args.batch}.log"))
    settings.set("ICEWATCH_DOCUMENTS_DIR", str(args.documents))
    if args.cache:
        settings.set("HTTPCACHE_DIR", str(args.cache))
    else:
        settings.set("HTTPCACHE_ENABLED", False)
    launch = dict(settings.getdict("PLAYWRIGHT_LAUNCH_OPTIONS"))
    if args.chromium and Path(args.chromium).exists():
        launch["executable_path"] = args.chromium
    if args.replay_url:
        settings.set("ICEWATCH_REPLAY_URL", args.replay_url)
        # Belt and braces: Chromium itself may resolve no host but loopback while replaying.
        launch["args"] = [
            *launch.get("args", []),
            "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
        ]
    settings.set("PLAYWRIGHT_LAUNCH_OPTIONS", launch)
    if args.record:
        settings.set("ICEWATCH_RECORD_DIR", str(args.record))
        # Record bodies as the server sent them, without cache or content encoding in between.
        settings.set("HTTPCACHE_ENABLED", False)
        settings.set("COMPRESSION_ENABLED", False)
    for override in args.overrides:
        key, _, value = override.partition("=")
        settings.set(key, json.loads(value))

    process = CrawlerProcess(settings)
    # Scrapy's root handler filters by LOG_LEVEL but (re)opens the root logger to every level
    # as each crawler starts, so each DEBUG line of its core ("Scraped from …" with the whole
    # item) would still be built; its own logger keeps the level.
    level = settings.get("LOG_LEVEL")
    logging.getLogger("scrapy").setLevel(level)
    per_source = SourceLogHandler(args.out, level)
    per_source.setFormatter(
        logging.Formatter(settings.get("LOG_FORMAT"), settings.get("LOG_DATEFORMAT"))
    )
    logging.root.addHandler(per_source)

    def spider_class(platform: str) -> type:
        try:
            return process.spider_loader.load(platform)
        except KeyError:
            known = ", ".join(sorted(process.spider_loader.list()))
            raise SystemExit(f"no spider for platform {platform!r} (known: {known})") from None

    def report(source: dict[str, Any], stats: dict[str, Any]) -> None:
        clean = {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in stats.items()}
        path = args.out / source["id"] / "stats.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(clean, indent=1, default=str), encoding="utf-8")
        reported.add(source["id"])
        per_source.close_source(source["id"])
        print(json.dumps({"finished": source["id"]}), flush=True)

    def finished(outcome: Any, sources: list[dict[str, Any]], crawler: Any = None) -> None:
        """A crawler is done: a source it did not report (its crawl broke) is reported now."""
        for source in sources:
            if source["id"] in reported:
                continue
            stats = dict(crawler.stats.get_stats()) if crawler and crawler.stats else {}
            if hasattr(outcome, "getErrorMessage"):  # a twisted Failure: the crawl itself broke
                stats.setdefault("icewatch/failures", []).append(
                    f"{source['id']}: crawl raised {outcome.getErrorMessage()}"
                )
            report(source, stats)

    reported: set[str] = set()
    classes = {platform: spider_class(platform) for platform in {s["platform"] for s in sources}}
    pending = list(sources)

    # Each source has a crawler of its own; they start as slots free up: at most
    # ICEWATCH_MAX_CRAWLS at once, and at most ICEWATCH_CRAWLS_PER_HOST for sources on one host
    # (each crawler keeps its own per-domain limits and delay, so more would multiply them).
    running: Counter[str] = Counter()
    most = max(1, settings.getint("ICEWATCH_MAX_CRAWLS", 32))
    per_host = max(1, settings.getint("ICEWATCH_CRAWLS_PER_HOST", 2))

    def start_more(_: Any = None) -> None:
        for source in list(pending):
            if sum(running.values()) >= most:
                return
            host = host_of(source)
            if running[host] >= per_host:
                continue
            pending.remove(source)
            running[host] += 1
            crawler = process.create_crawler(classes[source["platform"]])
            done = process.crawl(crawler, source=source)
            done.addBoth(finished, [source], crawler)
            done.addBoth(release, host)
            done.addBoth(start_more)

    def release(_: Any, host: str) -> None:
        running[host] -= 1

    start_more()
    process.start()
    per_source.close()
    return 0


def die_with_parent() -> None:
    """Ask the kernel to kill this process when its parent dies, even by SIGKILL (Linux's
    ``PR_SET_PDEATHSIG``; elsewhere nothing): a killed run leaves no crawl running."""
    import ctypes
    import signal

    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # 1: PR_SET_PDEATHSIG


if __name__ == "__main__":
    parent = os.getppid()
    die_with_parent()
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)
    job = _wait_for_job() if sys.argv[1:] == [WAIT_FLAG] else sys.argv[1:]
    code = main(job) if job is not None else 0
    # Everything is written and closed: skip the interpreter's teardown of a crawl's heap
    # (a tenth of a second per process).
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
