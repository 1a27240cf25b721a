"""The replay server over real HTTP, and real Scrapy crawls of it (one subprocess each)."""

from __future__ import annotations

import json
import logging
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from flows.demo import demo_dir
from spiders.crawl import crawl_source
from spiders.replay import load_replay, serving, to_replay_url
from spiders.sources import load_sources
from tests.conftest import HEADER_2026, make_xlsx, row_2026

PAGE = "https://www.ice.gov/identify-and-arrest/287g"
SOURCE = next(s for s in load_sources() if s.id == "ice-287g").as_dict()
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def write_replay(folder: Path, responses: list[dict]) -> Path:
    """A replay directory written by the test: each response's ``content`` becomes a body file."""
    (folder / "bodies").mkdir(parents=True, exist_ok=True)
    lines = []
    for number, response in enumerate(responses):
        content = response.pop("content", b"")
        name = f"bodies/{number}.bin"
        (folder / name).write_bytes(content if isinstance(content, bytes) else content.encode())
        lines.append(json.dumps({"method": "GET", "status": 200, "body": name, **response}))
    (folder / "responses.jsonl").write_text("\n".join(lines) + "\n")
    return folder


def page(*links: str) -> str:
    anchors = "".join(
        f'<a href="{href}">{text}</a> ' for href, text in (link.split("|") for link in links)
    )
    return f"<html><body><main><h1>287(g)</h1><p>{anchors}</p></main></body></html>"


def crawl(tmp_path: Path, replay_dir: Path, **settings) -> object:
    with serving(replay_dir) as server:
        return crawl_source(
            SOURCE,
            out_root=tmp_path / "out",
            documents_dir=tmp_path / "documents",
            cache_dir=None,
            replay_url=server.base_url,
            settings={"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, **settings},
        )


def crawl_registered(
    tmp_path: Path, replay_dir: Path, source_id: str, **settings
) -> tuple[object, dict[str, int]]:
    """A registry source crawled from a replay, as a run would (today: 2026-11-23); the
    result, and the most requests each host saw at once."""
    source = next(s.as_dict() for s in load_sources() if s.id == source_id)
    with serving(replay_dir) as server:
        result = crawl_source(
            source,
            out_root=tmp_path / "out",
            documents_dir=tmp_path / "documents",
            cache_dir=None,
            replay_url=server.base_url,
            settings={"ROBOTSTXT_OBEY": False, "ICEWATCH_TODAY": "2026-11-23", **settings},
        )
        return result, dict(server.peak)


def fetch(url: str, headers: dict[str, str] | None = None) -> tuple[int, dict, bytes]:
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def test_server_serves_recorded_responses_and_404s_the_rest(
    caplog: pytest.LogCaptureFixture,
) -> None:
    records = load_replay(demo_dir())
    with serving(demo_dir()) as server:
        status, headers, body = fetch(to_replay_url(PAGE, server.base_url))
        assert status == 200 and b"Participating Agencies" in body
        assert headers["Content-Type"] == "text/html; charset=utf-8"
        etag = headers["ETag"]
        status, _, body = fetch(to_replay_url(PAGE, server.base_url), {"If-None-Match": etag})
        assert (status, body) == (304, b"")
        with caplog.at_level(logging.WARNING, logger="icewatch.replay"):
            status, _, _ = fetch(to_replay_url("https://www.ice.gov/nowhere?x=1", server.base_url))
        assert status == 404
        assert "not recorded: https://www.ice.gov/nowhere?x=1" in caplog.text
        listing = json.loads(fetch(server.base_url + "/")[2])
        assert {item["url"] for item in listing} == {r.url for r in records.values()}


def test_server_listens_on_loopback_only(tmp_path: Path) -> None:
    from spiders.replay import ReplayServer

    with pytest.raises(ValueError, match="loopback"):
        ReplayServer(write_replay(tmp_path, []), host="0.0.0.0")


@pytest.mark.slow
def test_demo_crawl_stores_both_lists_once(tmp_path: Path) -> None:
    result = crawl(tmp_path, demo_dir())
    assert result.ok, result.failures
    documents = {d["role"]: d for d in result.documents}
    assert set(documents) == {"287g.participating", "287g.pending"}
    participating = documents["287g.participating"]
    assert (
        participating["url"]
        == "https://www.ice.gov/doclib/about/287g/participatingAgencies11202026am.xlsx"
    )
    assert participating["file_name"] == "participatingAgencies11202026am.xlsx"
    stored = tmp_path / "documents" / participating["path"]
    assert stored.read_bytes()[:2] == b"PK"
    assert participating["path"] == f"{participating['sha256'][:2]}/{participating['sha256']}.xlsx"
    assert participating["new"] is True

    again = crawl(tmp_path, demo_dir())
    assert again.ok and all(d["new"] is False for d in again.documents)
    assert len(list((tmp_path / "documents").rglob("*.xlsx"))) == 2


@pytest.mark.slow
def test_server_error_is_a_reported_failure(tmp_path: Path) -> None:
    replay = write_replay(tmp_path / "r", [{"url": PAGE, "status": 500, "content": "oops"}])
    result = crawl(tmp_path, replay, RETRY_TIMES=1)
    assert not result.ok
    assert result.failures == [f"ice-287g: HTTP 500 ({PAGE})"]
    assert result.documents == []
    assert result.transient  # worth another try later in the run


@pytest.mark.slow
def test_redesigned_page_fails_loudly(tmp_path: Path) -> None:
    replay = write_replay(tmp_path / "r", [{"url": PAGE, "content": page("/about|About 287(g)")}])
    result = crawl(tmp_path, replay)
    assert not result.ok
    (failure,) = result.failures
    assert failure.startswith(
        "ice-287g: SourceFailure: no participating or pending agency spreadsheet"
    )
    assert failure.endswith(f"({PAGE})")
    assert not result.transient  # trying again would find the same page


@pytest.mark.slow
def test_one_bad_list_keeps_the_other(tmp_path: Path) -> None:
    good = make_xlsx(HEADER_2026, [row_2026()])
    base = "https://www.ice.gov/doclib/about/287g/"
    replay = write_replay(
        tmp_path / "r",
        [
            {
                "url": PAGE,
                "content": page(
                    f"{base}participatingAgencies01022027am.xlsx|Participating (XLSX)",
                    f"{base}pendingAgencies01022027am.xlsx|Pending (XLSX)",
                ),
            },
            {
                "url": base + "participatingAgencies01022027am.xlsx",
                "headers": {"Content-Type": XLSX},
                "content": good,
            },
            {
                "url": base + "pendingAgencies01022027am.xlsx",
                "headers": {"Content-Type": "text/html"},
                "content": "<html>Access Denied</html>",
            },
        ],
    )
    result = crawl(tmp_path, replay)
    assert not result.ok
    assert [d["role"] for d in result.documents] == ["287g.participating"]
    (failure,) = result.failures
    assert "pending spreadsheet link did not return an xlsx file" in failure
    assert not result.transient
    assert failure.endswith(f"({base}pendingAgencies01022027am.xlsx)")


@pytest.mark.slow
def test_timeout_is_a_reported_failure(tmp_path: Path) -> None:
    replay = write_replay(tmp_path / "r", [{"url": PAGE, "delay": 3, "content": page()}])
    result = crawl(tmp_path, replay, DOWNLOAD_TIMEOUT=1, RETRY_TIMES=0)
    assert not result.ok
    (failure,) = result.failures
    assert "TimeoutError" in failure and PAGE in failure
    assert result.transient


@pytest.mark.slow
def test_record_then_replay_gives_the_same_documents(tmp_path: Path) -> None:
    recorded = tmp_path / "recorded"
    with serving(demo_dir()) as server:
        result = crawl_source(
            SOURCE,
            out_root=tmp_path / "out",
            documents_dir=tmp_path / "documents",
            cache_dir=None,
            replay_url=server.base_url,
            record_dir=recorded,
            settings={"DOWNLOAD_DELAY": 0},
        )
    assert result.ok, result.failures
    copy = {r.url: r.body for r in load_replay(recorded).values()}
    original = {r.url: r.body for r in load_replay(demo_dir()).values() if r.url in copy}
    # robots.txt, the page and both spreadsheets, byte for byte
    assert set(copy) == {
        "https://www.ice.gov/robots.txt",
        "https://www.ice.gov/identify-and-arrest/287g",
        "https://www.ice.gov/doclib/about/287g/participatingAgencies11202026am.xlsx",
        "https://www.ice.gov/doclib/about/287g/pendingAgencies11202026am.xlsx",
    }
    assert copy == original
    again = crawl(tmp_path / "second", recorded)
    assert sorted(d["sha256"] for d in again.documents) == sorted(
        d["sha256"] for d in result.documents
    )


@pytest.mark.slow
def test_a_page_without_a_pending_list_is_complete_one_without_participating_is_not(
    tmp_path: Path,
) -> None:
    """ICE published no pending list before February 2025: an old page with the participating
    list alone crawls ok; a page with the pending list alone fails, naming what is missing."""
    base = "https://www.ice.gov/doclib/about/287g/"
    sheet = {
        "url": base + "ParticipatingEntities-20241211140551.xlsx",
        "headers": {"Content-Type": XLSX},
        "content": make_xlsx(HEADER_2026, [row_2026()]),
    }
    old = write_replay(
        tmp_path / "old",
        [
            {"url": PAGE, "content": page(f"{sheet['url']}|Participating Entities")},
            dict(sheet),
        ],
    )
    result = crawl(tmp_path / "a", old)
    assert result.ok, result.failures
    assert [d["role"] for d in result.documents] == ["287g.participating"]

    pending_only = write_replay(
        tmp_path / "pending",
        [
            {"url": PAGE, "content": page(f"{base}pendingAgencies01022027am.xlsx|Pending")},
            {**sheet, "url": base + "pendingAgencies01022027am.xlsx"},
        ],
    )
    result = crawl(tmp_path / "b", pending_only)
    assert result.failures == [
        f"ice-287g: the 287(g) page links no participating agencies spreadsheet ({PAGE})"
    ]
