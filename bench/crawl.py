"""Crawl throughput and the cost of an immediate re-run.

Serves N synthetic CivicPlus sources from the replay server with a fixed latency per response.
Each source lists ``--meetings`` meetings inside the crawl window (10: a body meeting twice a
month over the 150-day window), each with an agenda PDF and a packet (sizes from
``--agenda-kb`` and ``--packet-kb``; the recorded agendas are 80-250 KB, real packets are
often far larger than the default). The bench crawls them the way a run does (the sources
shared among ``--processes`` crawl processes, up to ICEWATCH_MAX_CRAWLS sources at once in
each; robots.txt answers kept as a live run keeps them), then crawls them again with the
store's URLs known. It prints pages/s against the bound that concurrency and latency allow,
and the second run's time as a share of the first. This machine's timings drift from minute to
minute, so both are medians: the first run is made ``--first-runs`` times, each into an empty
store, and the second is timed ``--reruns`` times over the store the last first run left.
The replay server reads and hashes every body before the timing starts, and the crawl
processes of each run are started (and have imported Scrapy) before its timing starts, as
``icewatch run`` starts them while Prefect starts its flow; ``--cold`` starts them inside it.

The crawl runs in the configuration users run (``--politeness shipped``: the download delay
and AutoThrottle of spiders/settings.py); it prints the share of the polite bound reached
(hosts at once x 1 / max(delay, latency / per-host concurrency)) and the most requests the
replay server saw in flight at one host.

    .venv/bin/python bench/crawl.py [--sources 200] [--meetings 10] [--latency 0.1]
                                    [--politeness shipped|off]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import shutil
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from spiders import settings as crawl_settings
from spiders.crawl import crawl_sources, prestart, split_batches
from spiders.replay import serving
from spiders.sources import host_of

MAX_CRAWLS = crawl_settings.ICEWATCH_MAX_CRAWLS

PDF = b"%PDF-1.4\n% bench\n"
# What the portals send (without it Scrapy sniffs every body for its type).
PDF_TYPE, HTML_TYPE = "application/pdf", "text/html; charset=utf-8"


def make_replay(
    folder: Path, count: int, meetings: int, latency: float, sizes: tuple[int, int]
) -> list[dict]:
    (folder / "bodies").mkdir(parents=True)
    lines, sources = [], []
    noise = random.Random(0)
    first_day = dt.date(2026, 11, 25)
    for n in range(count):
        host = f"https://bench{n}.civicplus.example"
        rows = ""
        for m in range(meetings):
            day = first_day + dt.timedelta(days=7 * m)
            key = f"{day:%m%d%Y}-{n}{m}"
            rows += (
                f'<tr class="catAgendaRow"><td><p><a href="/AgendaCenter/ViewFile/Agenda/_{key}'
                f'?html=true">Meeting</a></p></td><td><a href="/AgendaCenter/ViewFile/Agenda/_{key}">'
                f'PDF</a><a href="/AgendaCenter/ViewFile/Agenda/_{key}?packet=true">Packet</a></td></tr>'
            )
            for suffix, size in zip(("", "?packet=true"), sizes, strict=True):
                body = PDF + f"{key}{suffix}\n".encode() + noise.randbytes(size)
                lines.append(
                    (f"{host}/AgendaCenter/ViewFile/Agenda/_{key}{suffix}", body, PDF_TYPE)
                )
        page = f"<html><body><h2>Board</h2><table>{rows}</table></body></html>".encode()
        lines.append((f"{host}/AgendaCenter", page, HTML_TYPE))
        sources.append(
            {
                "id": f"bench-{n}",
                "kind": "agenda",
                "platform": "civicplus",
                "url": f"{host}/AgendaCenter",
                "jurisdiction": "ocd-division/country:us/state:nc",
                "body": "Board",
            }
        )
    with (folder / "responses.jsonl").open("w") as index:
        for number, (url, body, kind) in enumerate(lines):
            (folder / f"bodies/{number}.bin").write_bytes(body)
            entry = {"url": url, "body": f"bodies/{number}.bin", "delay": latency}
            index.write(json.dumps({**entry, "headers": {"Content-Type": kind}}) + "\n")
    return sources


def median_run(runs: list[tuple]) -> tuple:
    """The run of median time among (seconds, responses, results) runs."""
    return sorted(runs, key=lambda run: run[0])[len(runs) // 2]


def crawl_all(
    sources: list[dict],
    work: Path,
    run: str,
    base: str,
    known: Path | None,
    processes: int,
    cold: bool = False,
    polite: bool = True,
):
    settings = {
        "ICEWATCH_TODAY": "2026-11-23",
        # Kept robots.txt answers, as in a live run (a replay run keeps none).
        "ICEWATCH_ROBOTS_DIR": str(work / "robots"),
    }
    if not polite:  # the engine alone, without the politeness a live run keeps
        settings |= {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False}
    if known is not None:
        settings["ICEWATCH_KNOWN_DOCUMENTS"] = str(known)
    batches = split_batches(sources, processes, host_of)

    def one(numbered: tuple[int, list[dict]]):
        number, batch = numbered
        return crawl_sources(
            batch,
            out_root=work / run,
            documents_dir=work / "documents",
            cache_dir=None,
            replay_url=base,
            settings=settings,
            batch=f"batch-{number}",
        )

    if not cold:
        prestart(len(batches), wait=True)
    started = time.monotonic()
    with ThreadPoolExecutor(len(batches)) as pool:
        results = [r for batch in pool.map(one, enumerate(batches, 1)) for r in batch]
    return results, time.monotonic() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=int, default=200)
    parser.add_argument(
        "--meetings", type=int, default=10, help="meetings per source in the window (2 PDFs each)"
    )
    parser.add_argument("--agenda-kb", type=int, default=150, help="size of each agenda PDF")
    parser.add_argument("--packet-kb", type=int, default=1500, help="size of each agenda packet")
    parser.add_argument("--latency", type=float, default=0.1)
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument(
        "--first-runs", type=int, default=3, help="times the first run is timed (empty store)"
    )
    parser.add_argument("--reruns", type=int, default=3, help="times the second run is timed")
    parser.add_argument(
        "--politeness",
        choices=("shipped", "off"),
        default="shipped",
        help="shipped: the download delay and AutoThrottle a live run uses; off: none",
    )
    parser.add_argument(
        "--cold",
        action="store_true",
        help="start the crawl processes inside the timing (a run starts them ahead)",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        sizes = (args.agenda_kb * 1024, args.packet_kb * 1024)
        sources = make_replay(work / "replay", args.sources, args.meetings, args.latency, sizes)
        megabytes = args.sources * args.meetings * sum(sizes) / 2**20
        with serving(work / "replay") as server:
            # The replay server reads and hashes (for its ETag) each body when first asked:
            # work a portal does on its side, which would otherwise land in the first timed run.
            warmed = time.monotonic()
            for record in server.records.values():
                record.etag  # noqa: B018  (reads the body and hashes it once)
            print(
                f"(replay bodies read and hashed before timing, {time.monotonic() - warmed:.1f}s)"
            )

            def timed(run: str, known: Path | None) -> tuple[float, int, list]:
                before = len(server.hits)
                results, seconds = crawl_all(
                    sources,
                    work,
                    run,
                    server.base_url,
                    known,
                    args.processes,
                    args.cold,
                    args.politeness == "shipped",
                )
                return seconds, len(server.hits) - before, results

            firsts = []
            for number in range(max(1, args.first_runs)):
                if number:  # an empty store again, as on a new installation
                    for folder in ("documents", "robots", f"run1-{number - 1}"):
                        shutil.rmtree(work / folder, ignore_errors=True)
                    os.sync()
                firsts.append(timed(f"run1-{number}", None))
            urls = {d["url"] for r in firsts[-1][2] for d in r.documents}
            known = work / "known.txt"
            known.write_text("".join(f"{u}\n" for u in sorted(urls)))
            synced = time.monotonic()
            os.sync()  # the first run's writes reach the disk before the second run starts
            print(f"(the first run's writes flushed to disk in {time.monotonic() - synced:.1f}s)")
            # The re-run is short and this machine's timings jitter: run it several times
            # (each over the same known documents) and take the median.
            reruns = [timed(f"run2-{number}", known) for number in range(max(1, args.reruns))]
        t1, fetched1, first = median_run(firsts)
        t2, fetched2, second = median_run(reruns)
        failed = [f for run in firsts + reruns for r in run[2] for f in r.failures]
        docs1 = sum(len(r.documents) for r in first)
        docs2 = sum(len(r.documents) for r in second)
        # Each source is a chain: listing, then its documents 2 at a time
        # (CONCURRENT_REQUESTS_PER_DOMAIN); ICEWATCH_MAX_CRAWLS sources at once per process.
        at_once = min(args.sources, args.processes * MAX_CRAWLS)
        pages = 1 + 2 * args.meetings
        per_host = crawl_settings.CONCURRENT_REQUESTS_PER_DOMAIN
        bound = at_once * pages / (args.latency * (1 + args.meetings))
        delay = crawl_settings.DOWNLOAD_DELAY if args.politeness == "shipped" else 0.0
        # The polite bound: each host served at most per_host requests at once, and one
        # request started per delay (AutoThrottle never goes below DOWNLOAD_DELAY).
        polite = at_once / max(delay, args.latency / per_host)
        peak = max(server.peak.values(), default=0)
        print(
            f"sources: {args.sources} x {pages} responses ({megabytes:.0f} MB of documents), "
            f"latency {args.latency * 1000:.0f} ms, {args.processes} process(es), "
            f"{at_once} sources at once, crawl processes started "
            + ("inside the timing" if args.cold else "ahead")
        )
        print(
            f"first run:  {fetched1} responses ({docs1} documents) in {t1:.1f}s "
            f"(median of {', '.join(f'{run[0]:.1f}s' for run in firsts)}) "
            f"= {fetched1 / t1:.1f} pages/s (latency bound {bound:.1f} pages/s, "
            f"{100 * fetched1 / t1 / bound:.0f}% of it)"
        )
        print(
            f"politeness {args.politeness} (DOWNLOAD_DELAY {delay:g}s, AutoThrottle "
            f"{'on' if args.politeness == 'shipped' else 'off'}, {per_host} per host): polite "
            f"bound {at_once} hosts x 1 / max({delay:g}s, {args.latency:g}s / {per_host}) = "
            f"{polite:.1f} pages/s; the first run reached {100 * fetched1 / t1 / polite:.0f}% "
            f"of it; most requests in flight at one host: {peak} (limit {per_host})"
        )
        each = ", ".join(f"{run[0]:.2f}s" for run in reruns)
        print(
            f"second run: {fetched2} responses, {docs2} documents fetched again, in {t2:.2f}s "
            f"(median of {each}) = {100 * t2 / t1:.1f}% of the first"
        )
        print(f"failures: {len(failed)}" + (f" (first: {failed[0]})" if failed else ""))


if __name__ == "__main__":
    main()
