"""The BoardDocs spider in real headless Chromium: the portal page, and the meeting list and
agenda it posts for from inside the page, all answered by the replay server."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from flows.browser import try_launch
from flows.config import load_config
from spiders.crawl import crawl_source
from spiders.replay import serving
from tests.test_replay_crawl import write_replay

BASE = "https://go.boarddocs.com/oh/columbus/Board.nsf"
SOURCE = {
    "id": "columbus-schools-board",
    "kind": "agenda",
    "platform": "boarddocs",
    "url": f"{BASE}/Public",
    "jurisdiction": "ocd-division/country:us/state:oh/place:columbus",
    "body": "Columbus City Schools Board of Education",
    "javascript": True,
}
PORTAL = """<!doctype html><html><head><title>BoardDocs® Pro</title></head><body>
<input type="hidden" id="current_committee_id" value="A9HCZC3376A3">
<div id="meetings">loading…</div>
<script>document.getElementById("meetings").textContent = "ready";</script>
</body></html>"""
MEETINGS = [
    {"unique": "DR9TEST00001", "name": "REGULAR BOARD BUSINESS MEETING", "numberdate": "20261201"},
    {
        "unique": "DR9TEST00002",
        "name": "SPECIAL BOARD MEETING - CANCELED",
        "numberdate": "20261208",
    },
    {"unique": "CX1OLD000001", "name": "REGULAR BOARD BUSINESS MEETING", "numberdate": "20250107"},
    {},
]
AGENDA = """<dl class="wrap-category"><dt class="category" unique="DR9CAT000001">
<span class="order">5. </span><span class="category-name">Contracts</span></dt></dl>
<li class="item" unique="DR9ITEM00001"><div class="actiontype">Action<span class="comma">, </span></div>
<span class="order">5.1 </span><span class="title">Approve agreement with Franklin County Sheriff for school resource officers</span></li>"""


@pytest.mark.browser
def test_boarddocs_spider_in_chromium(tmp_path: Path) -> None:
    chromium = load_config().chromium_path
    problem = try_launch(chromium)
    if problem:
        pytest.fail(f"no working Chromium: {problem} (./dev.sh setup installs it)")
    replay = write_replay(
        tmp_path / "replay",
        [
            {"url": f"{BASE}/Public", "content": PORTAL, "headers": {"Content-Type": "text/html"}},
            {
                "method": "POST",
                "url": f"{BASE}/BD-GetMeetingsList?open",
                "content": json.dumps(MEETINGS),
            },
            {"method": "POST", "url": f"{BASE}/BD-GetAgenda?open", "content": AGENDA},
        ],
    )
    with serving(replay) as server:
        result = crawl_source(
            SOURCE,
            out_root=tmp_path / "out",
            documents_dir=tmp_path / "documents",
            cache_dir=None,
            replay_url=server.base_url,
            chromium=chromium,
            settings={
                "ICEWATCH_TODAY": "2026-11-23",
                "DOWNLOAD_DELAY": 0,
                "AUTOTHROTTLE_ENABLED": False,
            },
        )
        misses = list(server.misses)
    assert result.ok, (result.failures, (result.out_dir / "crawl.log").read_text()[-3000:])
    assert [m for m in misses if not m.endswith("/robots.txt")] == []
    meetings = {i["meeting_id"]: i for i in result.items if i["type"] == "meeting"}
    assert set(meetings) == {
        "boarddocs:boarddocs.com/oh/columbus:DR9TEST00001",
        "boarddocs:boarddocs.com/oh/columbus:DR9TEST00002",
        "boarddocs:boarddocs.com/oh/columbus:CX1OLD000001",
    }
    first = meetings["boarddocs:boarddocs.com/oh/columbus:DR9TEST00001"]
    assert (first["start"], first["status"]) == ("2026-12-01T00:00:00-05:00", "confirmed")
    assert meetings["boarddocs:boarddocs.com/oh/columbus:DR9TEST00002"]["status"] == "cancelled"
    assert first["url"] == f"{BASE}/goto?open&id=DR9TEST00001"
    items = [i for i in result.items if i["type"] == "agenda_item"]
    # the two meetings inside the window each had their agenda read; the 2025 one did not
    assert len(items) == 4
    assert {(i["number"], i["title"][:28]) for i in items} == {
        ("5", "Contracts"),
        ("5.1", "Approve agreement with Frank"),
    }
    (listing,) = [i for i in result.items if i["type"] == "listing"]
    assert len(listing["meeting_ids"]) == 3
