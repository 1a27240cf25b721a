"""Many sources in one crawl process: each keeps its own items, stats, log and failures."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

from spiders import crawl as crawl_module
from spiders.crawl import CrawlResult, crawl_sources, prestart, split_batches, stop_prestarted
from spiders.replay import serving
from spiders.sources import host_of
from spiders.spiders.legistar import LegistarSpider
from tests.test_replay_crawl import write_replay

SETTINGS = {"ICEWATCH_TODAY": "2026-11-23", "DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False}


def source(name: str, host: str | None = None, path: str = "/AgendaCenter") -> dict:
    return {
        "id": name,
        "kind": "agenda",
        "platform": "civicplus",
        "url": f"https://{host or name + '.example'}{path}",
        "jurisdiction": "ocd-division/country:us/state:nc",
        "body": f"Board {name}",
    }


def listing(src: dict, key: str) -> list[dict]:
    """A CivicPlus listing of one meeting with its agenda PDF, as replay entries."""
    root = src["url"].split("/AgendaCenter")[0]
    row = (
        f'<tr class="catAgendaRow"><td><p><a href="/AgendaCenter/ViewFile/Agenda/_{key}'
        f'?html=true">Regular meeting</a></p></td><td><a href="/AgendaCenter/ViewFile/Agenda/'
        f'_{key}">PDF</a></td></tr>'
    )
    return [
        {"url": src["url"], "content": f"<html><h2>{src['body']}</h2><table>{row}</table></html>"},
        {
            "url": f"{root}/AgendaCenter/ViewFile/Agenda/_{key}",
            "content": f"%PDF-1.4 agenda {src['id']} {key}",
            "headers": {"Content-Type": "application/pdf"},
        },
    ]


def without_times(result: CrawlResult) -> list[str]:
    """A result's items, comparable across crawls (the fetch times differ)."""
    return sorted(
        json.dumps({k: v for k, v in i.items() if k != "fetched_at"}, sort_keys=True)
        for i in result.items
    )


def crawl(
    tmp_path: Path, replay: Path, sources: list[dict], **kwargs
) -> tuple[list[CrawlResult], list[str]]:
    seen: list[str] = []
    with serving(replay) as server:
        results = crawl_sources(
            sources,
            out_root=tmp_path / "crawl",
            documents_dir=tmp_path / "documents",
            cache_dir=None,
            replay_url=server.base_url,
            settings={**SETTINGS, **kwargs.pop("settings", {})},
            on_result=lambda r: seen.append(r.source_id),
            **kwargs,
        )
        hits = list(server.hits)
    assert sorted(seen) == sorted(s["id"] for s in sources)  # one report per source
    return results, hits


def test_one_process_keeps_each_sources_results_and_failures_apart(tmp_path: Path) -> None:
    good, broken, redesigned = source("good"), source("broken"), source("redesigned")
    replay = write_replay(
        tmp_path / "replay",
        [
            *listing(good, "12012026-11"),
            {"url": broken["url"], "status": 500, "content": "oops"},
            {"url": redesigned["url"], "content": "<html><h2>Board</h2><div>new look</div></html>"},
        ],
    )
    results, _ = crawl(tmp_path, replay, [good, broken, redesigned], settings={"RETRY_TIMES": 0})
    by_id = {r.source_id: r for r in results}
    assert [r.source_id for r in results] == ["good", "broken", "redesigned"]

    ok = by_id["good"]
    assert ok.ok, ok.failures
    assert [i["meeting_id"] for i in ok.items if i.get("type") == "meeting"] == [
        "civicplus:good.example:11"
    ]
    assert [d["url"] for d in ok.documents] == [
        "https://good.example/AgendaCenter/ViewFile/Agenda/_12012026-11"
    ]
    assert "icewatch/log_errors" not in ok.stats  # the others' errors are not counted here
    log = (ok.out_dir / "crawl.log").read_text()
    assert "broken.example" not in log
    assert "crawling https://good.example/AgendaCenter (civicplus)" in log
    assert "finished (finished): 2 responses, 3 items" in log
    assert "DEBUG" not in log  # the crawl log follows LOG_LEVEL (INFO here)

    (failure,) = by_id["broken"].failures
    assert failure.startswith("broken: HTTP 500") and broken["url"] in failure
    assert by_id["broken"].items == []
    assert by_id["redesigned"].failures[0].startswith("redesigned: ")
    assert "tr.catAgendaRow" in by_id["redesigned"].failures[0]
    for result in results:
        assert (result.out_dir / "stats.json").exists()
        assert result.stats["finish_reason"] == "finished"


def test_a_source_the_process_never_finishes_fails_alone(tmp_path: Path) -> None:
    quick, stuck = source("quick"), source("stuck")
    replay = write_replay(
        tmp_path / "replay",
        [*listing(quick, "12012026-21"), {"url": stuck["url"], "delay": 60, "content": "late"}],
    )
    results, _ = crawl(tmp_path, replay, [quick, stuck], timeout=10)
    done, unfinished = results
    assert done.ok and len(done.documents) == 1
    assert unfinished.failures == ["stuck: crawl did not finish within 10s"]
    assert unfinished.items == []


def test_sources_on_one_host_take_turns(tmp_path: Path) -> None:
    first = source("first", host="shared.example")
    second = source("second", host="shared.example", path="/AgendaCenter/Search/?CIDs=2")
    replay = write_replay(
        tmp_path / "replay",
        [*listing(first, "12012026-31"), *listing(second, "12022026-32")],
    )
    results, hits = crawl(
        tmp_path, replay, [first, second], settings={"ICEWATCH_CRAWLS_PER_HOST": 1}
    )
    assert all(r.ok for r in results), [r.failures for r in results]
    # With one crawl per host, the second source starts only after the first is done.
    owners = ["first" if "-31" in url or url == first["url"] else "second" for url in hits]
    assert owners == ["first", "first", "second", "second"], hits


def test_batches_keep_a_hosts_sources_together() -> None:
    sources = [
        {"id": f"leg-{n}", "platform": "legistar", "url": f"https://c{n}.legistar.com"}
        for n in range(5)
    ] + [{"id": f"cp-{n}", "platform": "civicplus", "url": f"https://s{n}.org/"} for n in range(4)]
    batches = split_batches(sources, 2, host_of)
    assert [len(b) for b in batches] == [5, 4]
    assert {s["platform"] for s in batches[0]} == {"legistar"}  # webapi.legistar.com, all five
    assert split_batches(sources[:1], 4, host_of) == [sources[:1]]
    assert split_batches([], 2, host_of) == []


def test_two_sources_that_link_one_document_each_get_it(tmp_path: Path) -> None:
    """Duplicates are filtered per source: a packet two bodies link is in both results."""
    first, second = source("first"), source("second")
    shared = "https://first.example/AgendaCenter/ViewFile/Agenda/_12012026-41"
    entries = listing(first, "12012026-41")
    row = (
        f'<tr class="catAgendaRow"><td><p><a href="{shared}?html=true">Joint meeting</a></p></td>'
        f'<td><a href="{shared}">PDF</a></td></tr>'
    )
    entries.append(
        {"url": second["url"], "content": f"<html><h2>Board</h2><table>{row}</table></html>"}
    )
    results, hits = crawl(tmp_path, write_replay(tmp_path / "replay", entries), [first, second])
    assert all(r.ok for r in results), [r.failures for r in results]
    assert [[d["url"] for d in r.documents] for r in results] == [[shared], [shared]]
    assert hits.count(shared) == 2  # fetched for each source, stored once
    assert len({d["sha256"] for r in results for d in r.documents}) == 1


def test_an_errback_that_falls_back_after_a_timeout_finishes_its_source(tmp_path: Path) -> None:
    """A download failure's errback output skips the spider middlewares; the request it yields
    (Legistar's web calendar after an API timeout) still belongs to the source, which ends once
    that page is read (here: a failure that names both)."""
    leg = {
        "id": "slow-council",
        "kind": "agenda",
        "platform": "legistar",
        "url": "https://slowtown.legistar.com",
        "jurisdiction": "ocd-division/country:us/state:il",
        "body": "City Council",
    }
    spider = LegistarSpider(source=leg)
    today = dt.date.fromisoformat(SETTINGS["ICEWATCH_TODAY"])
    spider.window = (today - dt.timedelta(days=30), today + dt.timedelta(days=120))
    calendar = "https://slowtown.legistar.com/Calendar.aspx"
    quick = source("quick")
    replay = write_replay(
        tmp_path / "replay",
        [
            *listing(quick, "12012026-51"),
            {"url": spider.events_url(), "delay": 3, "content": "[]"},
            {"url": calendar, "content": "<html><body>This calendar has moved.</body></html>"},
        ],
    )
    results, hits = crawl(
        tmp_path, replay, [leg, quick], settings={"DOWNLOAD_TIMEOUT": 1, "RETRY_TIMES": 0}
    )
    slow, done = results
    assert done.ok and len(done.documents) == 1
    assert calendar in hits
    assert slow.stats["finish_reason"] == "finished"
    (failure,) = slow.failures
    assert "no events grid" in failure and calendar in failure, failure
    assert "the API had failed too" in failure and "took longer than 1" in failure, failure


def test_a_document_the_store_cannot_take_fails_its_source_only(tmp_path: Path) -> None:
    good = source("good")
    replay = write_replay(tmp_path / "replay", listing(good, "12012026-61"))
    (tmp_path / "documents").write_text("a file where the store's folder should be")
    results, _ = crawl(tmp_path, replay, [good])
    (result,) = results
    assert not result.ok
    assert any("item not stored" in f for f in result.failures), result.failures
    assert [i["type"] for i in result.items] == ["meeting", "listing"]
    assert result.stats["finish_reason"] == "finished"


def test_robots_txt_answers_are_kept_for_a_day(tmp_path: Path) -> None:
    ruled, absent, down = source("ruled"), source("absent"), source("down")
    replay = write_replay(
        tmp_path / "replay",
        [
            *listing(ruled, "12012026-41"),
            *listing(absent, "12012026-42"),
            *listing(down, "12012026-43"),
            {
                "url": "https://ruled.example/robots.txt",
                "content": "User-agent: *\nDisallow: /AgendaCenter/ViewFile/\n",
            },
            {"url": "https://down.example/robots.txt", "status": 503, "content": "busy"},
        ],
    )
    kept = tmp_path / "robots"
    settings = {"ICEWATCH_ROBOTS_DIR": str(kept), "RETRY_TIMES": 0}
    sources = [ruled, absent, down]

    def run() -> tuple[dict[str, CrawlResult], list[str]]:
        results, hits = crawl(tmp_path, replay, sources, settings=settings)
        return {r.source_id: r for r in results}, hits

    first, hits = run()
    assert "https://ruled.example/robots.txt" in hits
    assert first["ruled"].documents == []  # robots.txt forbids the agenda PDF
    assert "Forbidden by robots.txt" in first["ruled"].failures[0]
    assert len(first["absent"].documents) == 1 and first["down"].ok
    # The 200 and the 404 are kept (a 404 as "no rules"), the 503 is not.
    assert sorted(p.name for p in kept.iterdir()) == [
        "https_absent.example.txt",
        "https_ruled.example.txt",
    ]
    assert (kept / "https_absent.example.txt").read_bytes() == b""

    second, hits = run()
    assert "https://ruled.example/robots.txt" not in hits
    assert "Forbidden by robots.txt" in second["ruled"].failures[0]  # the kept rules apply
    assert "https://down.example/robots.txt" in hits  # asked again after its 503

    day_old = (dt.datetime.now() - dt.timedelta(hours=25)).timestamp()
    os.utime(kept / "https_ruled.example.txt", (day_old, day_old))
    _, hits = run()
    assert "https://ruled.example/robots.txt" in hits  # older than a day: fetched again


def test_a_stored_document_is_not_requested_unless_the_platform_says_it_changed(
    tmp_path: Path,
) -> None:
    from scrapy.utils.test import get_crawler

    from spiders.items import DocumentRole
    from spiders.spiders.civicplus import CivicPlusSpider

    known = tmp_path / "known.txt"
    known.write_text("https://a.example/ViewFile/_1\nhttps://a.example/Agenda%20Packet.pdf\n")
    crawler = get_crawler(CivicPlusSpider, {"ICEWATCH_KNOWN_DOCUMENTS": str(known)})
    spider = CivicPlusSpider.from_crawler(crawler, source=source("a"))

    def requested(url: str, **kwargs) -> list[str]:
        return [r.url for r in spider.document(url, DocumentRole.AGENDA, "m", **kwargs)]

    assert requested("https://a.example/ViewFile/_1") == []
    assert requested("https://a.example/Agenda Packet.pdf") == []  # stored as its safe URL
    assert requested("https://a.example/ViewFile/_2") == ["https://a.example/ViewFile/_2"]
    assert requested("https://a.example/ViewFile/_1", revalidate=True) == [
        "https://a.example/ViewFile/_1"
    ]
    assert crawler.stats.get_value("icewatch/documents/skipped_known") == 2


def test_a_redirected_document_is_known_by_the_url_the_portal_links(tmp_path: Path) -> None:
    src = source("moved")
    link = "https://moved.example/AgendaCenter/ViewFile/Agenda/_12012026-51"
    target = "https://cdn.moved.example/files/agenda-12012026.pdf"
    page, _ = listing(src, "12012026-51")
    replay = write_replay(
        tmp_path / "replay",
        [
            page,
            {"url": link, "status": 302, "headers": {"Location": target}, "content": ""},
            {
                "url": target,
                "content": "%PDF-1.4 moved",
                "headers": {"Content-Type": "application/pdf"},
            },
        ],
    )
    (first,), hits = crawl(tmp_path, replay, [src])
    (document,) = first.documents
    assert document["url"] == link and document["file_name"] == "agenda-12012026.pdf"
    assert target in hits

    known = tmp_path / "known.txt"
    known.write_text(f"{document['url']}\n")
    (second,), hits = crawl(
        tmp_path, replay, [src], settings={"ICEWATCH_KNOWN_DOCUMENTS": str(known)}
    )
    assert second.documents == [] and second.stats["icewatch/documents/skipped_known"] == 1
    assert link not in hits and target not in hits


class TypesSeenPipeline:
    """An item pipeline of a test: notes the type of every item it is given."""

    def __init__(self, path: str) -> None:
        self.path = path

    @classmethod
    def from_crawler(cls, crawler) -> TypesSeenPipeline:
        return cls(crawler.settings.get("TEST_TYPES_SEEN"))

    def process_item(self, item: object) -> object:
        with open(self.path, "a", encoding="utf-8") as seen:
            seen.write(type(item).__name__ + "\n")
        return item


def test_items_pass_another_item_pipeline_when_there_is_one(tmp_path: Path) -> None:
    """Every item goes through the item pipelines: another pipeline next to the document store
    sees meetings, listings and documents, and the source's items are the same either way."""
    src = source("board")
    replay = write_replay(tmp_path / "replay", listing(src, "12012026-11"))
    (plain,), _ = crawl(tmp_path / "plain", replay, [src])
    seen = tmp_path / "types.txt"
    pipelines = {
        "spiders.pipelines.DocumentStorePipeline": 100,
        f"{__name__}.TypesSeenPipeline": 200,
    }
    (piped,), _ = crawl(
        tmp_path / "piped",
        replay,
        [src],
        settings={"ITEM_PIPELINES": pipelines, "TEST_TYPES_SEEN": str(seen)},
    )
    assert sorted(seen.read_text().split()) == ["Document", "Listing", "Meeting"]
    assert plain.ok and piped.ok, (plain.failures, piped.failures)

    assert len(plain.items) == 3
    assert without_times(plain) == without_times(piped)


def test_a_crawl_process_started_ahead_takes_the_next_batch(tmp_path: Path) -> None:
    """``prestart``: the process imports Scrapy ahead, the next batch is handed to it, and it
    crawls as a process started for the batch would; a waiting process that died is replaced
    by a new one, and ``stop_prestarted`` ends those no batch took."""
    src = source("board")
    replay = write_replay(tmp_path / "replay", listing(src, "12012026-11"))
    prestart(1, wait=True)
    (waiting,) = crawl_module._ready
    (warm,), _ = crawl(tmp_path / "warm", replay, [src])
    assert crawl_module._ready == []
    assert waiting.wait(timeout=30) == 0  # it ran the batch and ended
    (cold,), _ = crawl(tmp_path / "cold", replay, [src])
    assert warm.ok and cold.ok, (warm.failures, cold.failures)

    assert len(warm.items) == 3
    assert without_times(warm) == without_times(cold)
    assert "crawling https://board.example/AgendaCenter" in (warm.out_dir / "crawl.log").read_text()

    prestart(1, wait=True)
    crawl_module._ready[0].kill()
    crawl_module._ready[0].wait()
    (after_death,), _ = crawl(tmp_path / "after-death", replay, [src])
    assert after_death.ok and without_times(after_death) == without_times(cold)

    prestart(2)
    idle = list(crawl_module._ready)
    stop_prestarted()
    assert crawl_module._ready == []
    assert [proc.wait(timeout=30) for proc in idle] == [0, 0]
