"""Crawl throughput and the cost of an immediate re-run.

Serves N synthetic CivicPlus sources (a listing with two upcoming meetings, each with agenda
and packet PDFs: 5 responses per source) from the replay server with a fixed latency per
response, crawls them the way a run does (one subprocess per source, ``crawl_concurrency``
at once), then crawls them again with the store's URLs known. Prints pages/s against the bound
that concurrency and latency allow, and the second run's time as a share of the first.

    .venv/bin/python bench/crawl.py [--sources 200] [--latency 0.1] [--concurrency 4]
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from spiders.crawl import crawl_source
from spiders.replay import serving

PDF = b"%PDF-1.4\n% bench\n"


def make_replay(folder: Path, count: int, latency: float) -> list[dict]:
    (folder / "bodies").mkdir(parents=True)
    lines, sources = [], []
    for n in range(count):
        host = f"https://bench{n}.civicplus.example"
        rows = ""
        for key in (f"12012026-{n}1", f"12152026-{n}2"):
            rows += (
                f'<tr class="catAgendaRow"><td><p><a href="/AgendaCenter/ViewFile/Agenda/_{key}'
                f'?html=true">Meeting</a></p></td><td><a href="/AgendaCenter/ViewFile/Agenda/_{key}">'
                f'PDF</a><a href="/AgendaCenter/ViewFile/Agenda/_{key}?packet=true">Packet</a></td></tr>'
            )
            for suffix in ("", "?packet=true"):
                lines.append(
                    (
                        f"{host}/AgendaCenter/ViewFile/Agenda/_{key}{suffix}",
                        PDF + f"{key}{suffix}".encode(),
                    )
                )
        page = f"<html><body><h2>Board</h2><table>{rows}</table></body></html>".encode()
        lines.append((f"{host}/AgendaCenter", page))
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
        for number, (url, body) in enumerate(lines):
            (folder / f"bodies/{number}.bin").write_bytes(body)
            index.write(
                json.dumps({"url": url, "body": f"bodies/{number}.bin", "delay": latency}) + "\n"
            )
    return sources


def crawl_all(
    sources: list[dict], work: Path, run: str, base: str, known: Path | None, concurrency: int
):
    settings = {"ICEWATCH_TODAY": "2026-11-23", "DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False}
    if known is not None:
        settings["ICEWATCH_KNOWN_DOCUMENTS"] = str(known)

    def one(source: dict):
        return crawl_source(
            source,
            out_dir=work / run / source["id"],
            documents_dir=work / "documents",
            cache_dir=None,
            replay_url=base,
            settings=settings,
        )

    started = time.monotonic()
    with ThreadPoolExecutor(concurrency) as pool:
        results = list(pool.map(one, sources))
    return results, time.monotonic() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=int, default=200)
    parser.add_argument("--latency", type=float, default=0.1)
    parser.add_argument("--concurrency", type=int, default=4)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        sources = make_replay(work / "replay", args.sources, args.latency)
        with serving(work / "replay") as server:
            first, t1 = crawl_all(sources, work, "run1", server.base_url, None, args.concurrency)
            fetched1 = len(server.hits)
            urls = {d["url"] for r in first for d in r.documents}
            known = work / "known.txt"
            known.write_text("".join(f"{u}\n" for u in sorted(urls)))
            second, t2 = crawl_all(sources, work, "run2", server.base_url, known, args.concurrency)
            fetched2 = len(server.hits) - fetched1
        failed = [f for r in first + second for f in r.failures]
        docs2 = sum(len(r.documents) for r in second)
        # Each source is a chain listing → documents; a source's documents go 2 at a time
        # (CONCURRENT_REQUESTS_PER_DOMAIN), sources `concurrency` at a time.
        per_source = args.latency * (1 + 4 / 2)
        bound = args.concurrency * 5 / per_source
        print(
            f"sources: {args.sources}, latency {args.latency * 1000:.0f} ms, concurrency {args.concurrency}"
        )
        print(
            f"first run:  {fetched1} responses in {t1:.1f}s = {fetched1 / t1:.1f} pages/s "
            f"(latency bound {bound:.1f} pages/s without process start-up)"
        )
        print(
            f"second run: {fetched2} responses, {docs2} documents fetched again, in {t2:.1f}s "
            f"= {100 * t2 / t1:.0f}% of the first"
        )
        print(f"failures: {len(failed)}" + (f" (first: {failed[0]})" if failed else ""))


if __name__ == "__main__":
    main()
