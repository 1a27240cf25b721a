"""The crawl process (``python -m spiders.process``): the sources the runner
(``spiders.crawl``) hands it, each with a Scrapy crawler of its own, in one Twisted reactor.

Each source writes, in ``<out_root>/<source id>/``, ``items.jsonl`` (the items),
``stats.json`` (its crawler's stats plus the failures the spider reported, written the moment
that source finishes) and ``crawl.log`` (the log lines of its spider). Lines that belong to no
source go to ``<out_root>/<batch>.log``. The process prints one JSON line per finished source
on stdout. Started ahead (``--wait-for-job``), it imports Scrapy first and then waits for its
batch on stdin.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from spiders.sources import host_of

WAIT_FLAG = "--wait-for-job"


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
