"""Replay mode for Playwright: real headless Chromium renders a JavaScript page whose every
request (the page, its script, the script's XHR) is answered by the replay server."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from flows.browser import try_launch
from flows.config import load_config
from spiders.replay import serving
from tests.conftest import ROOT
from tests.test_replay_crawl import write_replay

PORTAL = "https://portal.example.gov/meetings"

CRAWL = textwrap.dedent(
    """
    import json, os, sys
    os.environ["SCRAPY_SETTINGS_MODULE"] = "spiders.settings"
    import scrapy
    from scrapy.crawler import CrawlerProcess
    from scrapy.utils.project import get_project_settings
    from scrapy_playwright.page import PageMethod

    from spiders.handlers import PLAYWRIGHT_HANDLERS

    class JsPortal(scrapy.Spider):
        name = "jsportal"

        async def start(self):
            wait = PageMethod("wait_for_selector", "li.meeting", timeout=20_000)
            yield scrapy.Request(
                sys.argv[1], meta={"playwright": True, "playwright_page_methods": [wait]}
            )

        def parse(self, response):
            yield {"url": response.url, "meetings": response.css("li.meeting::text").getall()}

    settings = get_project_settings()
    settings.set("DOWNLOAD_HANDLERS", PLAYWRIGHT_HANDLERS)
    settings.set("ICEWATCH_REPLAY_URL", sys.argv[2])
    settings.set("ITEM_PIPELINES", {})
    settings.set("HTTPCACHE_ENABLED", False)
    settings.set("ROBOTSTXT_OBEY", False)
    settings.set("FEEDS", {sys.argv[3]: {"format": "jsonlines"}})
    launch = dict(settings.getdict("PLAYWRIGHT_LAUNCH_OPTIONS"))
    if os.path.exists(sys.argv[4]):
        launch["executable_path"] = sys.argv[4]
    launch["args"] = [*launch["args"], "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"]
    settings.set("PLAYWRIGHT_LAUNCH_OPTIONS", launch)
    process = CrawlerProcess(settings)
    process.crawl(JsPortal)
    process.start()
    """
)


@pytest.mark.browser
@pytest.mark.slow
def test_playwright_requests_are_replayed(tmp_path: Path) -> None:
    chromium = load_config().chromium_path
    error = try_launch(chromium if Path(chromium).exists() else None)
    if error:
        pytest.fail(f"no usable Chromium here: {error} (./dev.sh setup installs it)")
    page = (
        "<html><body><ul id='list'></ul>"
        "<script src='https://cdn.example.net/app.js'></script></body></html>"
    )
    script = (
        "fetch('https://portal.example.gov/api/meetings').then(r => r.json()).then(items => {"
        " for (const m of items) { const li = document.createElement('li');"
        " li.className = 'meeting'; li.textContent = m.title;"
        " document.getElementById('list').appendChild(li); } });"
    )
    api = json.dumps(
        [{"title": "Board of Supervisors, Nov 4"}, {"title": "Public Safety Committee"}]
    )
    replay = write_replay(
        tmp_path / "r",
        [
            {"url": PORTAL, "headers": {"Content-Type": "text/html"}, "content": page},
            {
                "url": "https://cdn.example.net/app.js",
                "headers": {"Content-Type": "text/javascript"},
                "content": script,
            },
            {
                "url": "https://portal.example.gov/api/meetings",
                "headers": {"Content-Type": "application/json"},
                "content": api,
            },
        ],
    )
    out = tmp_path / "items.jsonl"
    with serving(replay) as server:
        proc = subprocess.run(
            [sys.executable, "-c", CRAWL, PORTAL, server.base_url, str(out), chromium],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=180,
            check=False,
        )
        hits = list(server.hits)
    assert proc.returncode == 0, proc.stderr[-3000:]
    (item,) = [json.loads(line) for line in out.read_text().splitlines()]
    assert item["url"] == PORTAL
    assert item["meetings"] == ["Board of Supervisors, Nov 4", "Public Safety Committee"]
    assert set(hits) >= {
        PORTAL,
        "https://cdn.example.net/app.js",
        "https://portal.example.gov/api/meetings",
    }
