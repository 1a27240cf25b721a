"""Running one source's crawl in its own process.

Twisted's reactor runs once per process, and a crawl that crashes or leaks must not take the
run with it, so each source is crawled by ``python -m spiders.crawl`` in a subprocess. It
writes, in its output folder, ``items.jsonl`` (the items), ``stats.json`` (Scrapy's stats plus
the failures the spider reported) and ``crawl.log``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

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


def crawl_source(
    source: dict[str, Any],
    *,
    out_dir: Path,
    documents_dir: Path,
    cache_dir: Path | None,
    replay_url: str | None = None,
    record_dir: Path | None = None,
    chromium: str | None = None,
    settings: dict[str, Any] | None = None,
    timeout: float = CRAWL_TIMEOUT,
) -> CrawlResult:
    """Crawl one registry entry in a subprocess and collect what it produced."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for stale in ("items.jsonl", "stats.json"):
        (out_dir / stale).unlink(missing_ok=True)
    command = [
        sys.executable,
        "-m",
        "spiders.crawl",
        "--source",
        json.dumps(source),
        "--out",
        str(out_dir),
        "--documents",
        str(documents_dir),
    ]
    if cache_dir is not None:
        command += ["--cache", str(cache_dir)]
    if replay_url:
        command += ["--replay-url", replay_url]
    if record_dir is not None:
        command += ["--record", str(record_dir)]
    if chromium:
        command += ["--chromium", chromium]
    for key, value in (settings or {}).items():
        command += ["-s", f"{key}={json.dumps(value)}"]
    started = time.monotonic()
    failures: list[str] = []
    try:
        proc = subprocess.run(
            command,
            capture_output=True,
            text=True,
            timeout=timeout,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
            check=False,
        )
        if proc.returncode != 0:
            tail = (proc.stderr or proc.stdout).strip().splitlines()[-5:]
            failures.append(
                f"{source['id']}: crawl process exited with {proc.returncode}: " + " | ".join(tail)
            )
    except subprocess.TimeoutExpired:
        failures.append(f"{source['id']}: crawl did not finish within {timeout:g}s")
    seconds = time.monotonic() - started
    stats = _read_json(out_dir / "stats.json") or {}
    failures += stats.get("icewatch/failures", [])
    items = _read_jsonl(out_dir / "items.jsonl")
    errors = int(stats.get("log_count/ERROR", 0))
    if not failures and errors:
        failures.append(
            f"{source['id']}: {errors} error(s) in the crawl log ({out_dir / 'crawl.log'})"
        )
    reason = stats.get("finish_reason")
    if not failures and reason not in {"finished", None}:
        failures.append(f"{source['id']}: crawl stopped early ({reason})")
    return CrawlResult(
        source_id=source["id"],
        ok=not failures,
        failures=failures,
        items=items,
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
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _spider_class(platform: str) -> type:
    from scrapy.spiderloader import SpiderLoader
    from scrapy.utils.project import get_project_settings

    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "spiders.settings")
    loader = SpiderLoader.from_settings(get_project_settings())
    try:
        return loader.load(platform)
    except KeyError:
        known = ", ".join(sorted(loader.list()))
        raise SystemExit(f"no spider for platform {platform!r} (known: {known})") from None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Crawl one icewatch source (used by the runner).")
    parser.add_argument("--source", required=True, help="registry entry as JSON")
    parser.add_argument("--out", required=True, type=Path)
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

    source = json.loads(args.source)
    settings = get_project_settings()
    args.out.mkdir(parents=True, exist_ok=True)
    settings.set("FEEDS", {str(args.out / "items.jsonl"): {"format": "jsonlines"}})
    settings.set("LOG_FILE", str(args.out / "crawl.log"))
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

    process = CrawlerProcess(settings, install_root_handler=True)
    crawler = process.create_crawler(_spider_class(source["platform"]))
    process.crawl(crawler, source=source)
    process.start()
    stats = {
        k: (v.isoformat() if hasattr(v, "isoformat") else v)
        for k, v in crawler.stats.get_stats().items()
    }
    (args.out / "stats.json").write_text(json.dumps(stats, indent=1, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
