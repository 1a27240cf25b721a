"""Alert feeds: scopes, RSS and Atom read back by feedparser, escaping, incremental
publication, the index page in real Chromium, and `icewatch serve`."""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import feedparser
import pytest

from feeds.publish import Alert, build_feeds, jurisdiction_slug, publish, render
from flows.browser import try_launch
from flows.config import load_config
from tests.test_cli import ICEWATCH, icewatch
from warehouse.db import open_warehouse

BASE = "http://feeds.example.org/"
BUCKS = "ocd-division/country:us/state:pa/county:bucks"
DOYLESTOWN = "ocd-division/country:us/state:pa/place:doylestown"
TODAY = dt.date(2026, 11, 23)
CREATED = dt.datetime(2026, 11, 23, 8, 0, tzinfo=dt.UTC)


def alert(n: int, kind: str = "287g.signed", **kw) -> Alert:
    values = {
        "alert_id": f"a{n:04d}",
        "kind": kind,
        "title": f"Alert {n}",
        "summary": f"Summary {n}",
        "event_date": TODAY - dt.timedelta(days=n),
        "action_date": None,
        "created_at": CREATED,
        "jurisdiction_id": BUCKS,
        "jurisdiction": "Bucks County, PA",
        "state": "PA",
        "source_url": f"https://www.ice.gov/doc{n}.xlsx",
        "evidence_url": None,
    }
    values.update(kw)
    return Alert(**values)


def sample() -> list[Alert]:
    return [
        alert(1),
        alert(2, "agenda.item", jurisdiction_id=DOYLESTOWN, jurisdiction="Doylestown, PA",
              county_id=BUCKS, county="Bucks County, PA", quote="renew the IGSA with ICE"),
        alert(3, "contract.expiring", action_date=TODAY + dt.timedelta(days=60)),
        alert(4, "contract.expiring", action_date=TODAY - dt.timedelta(days=5)),  # past
        alert(5, "facility.added", state="GA", jurisdiction_id=None, jurisdiction=None),
    ]  # fmt: skip


def test_scopes_hold_exactly_their_alerts() -> None:
    feeds = {
        f.key: [a.alert_id for a in f.alerts]
        for f in build_feeds(sample(), max_items=50, today=TODAY)
    }
    assert feeds["all"] == ["a0001", "a0002", "a0003", "a0004", "a0005"]
    assert feeds["kind/contract.expiring"] == ["a0003", "a0004"]
    assert feeds["expiring"] == ["a0003"]  # the expiry already passed for a0004
    assert feeds["state/pa"] == ["a0001", "a0002", "a0003", "a0004"]
    assert feeds["state/ga"] == ["a0005"]
    # A county's feed carries its towns' alerts; the town has its own.
    assert feeds["jurisdiction/pa-county-bucks"] == ["a0001", "a0002", "a0003", "a0004"]
    assert feeds["jurisdiction/pa-place-doylestown"] == ["a0002"]
    bounded = build_feeds([alert(n) for n in range(1, 30)], max_items=10, today=TODAY)
    assert all(len(f.alerts) <= 10 for f in bounded)
    assert [a.alert_id for a in bounded[0].alerts] == [f"a{n:04d}" for n in range(1, 11)]


def test_jurisdiction_slugs() -> None:
    assert jurisdiction_slug(BUCKS) == "pa-county-bucks"
    assert jurisdiction_slug("ocd-division/country:us/state:mo/place:st._louis") == (
        "mo-place-st._louis"
    )
    dona = jurisdiction_slug("ocd-division/country:us/state:nm/county:doña_ana")
    assert dona.startswith("nm-county-dona_ana-") and len(dona) == len("nm-county-dona_ana-") + 6
    assert jurisdiction_slug("ocd-division/country:us/district:dc") == "dc"


def test_rss_and_atom_read_back() -> None:
    feed = next(f for f in build_feeds(sample(), max_items=50, today=TODAY) if f.key == "all")
    rss, atom = render(feed, base_url=BASE)
    for body, self_url in ((rss, f"{BASE}feeds/all.xml"), (atom, f"{BASE}feeds/all.atom")):
        parsed = feedparser.parse(body)
        assert not parsed.bozo, parsed.bozo_exception
        assert [e.id for e in parsed.entries] == ["a0001", "a0002", "a0003", "a0004", "a0005"]
        assert any(link.rel == "self" and link.href == self_url for link in parsed.feed.links), (
            parsed.feed.links
        )
        first = parsed.entries[0]
        assert first.published_parsed[:3] == (2026, 11, 22)
        assert first.link == "https://www.ice.gov/doc1.xlsx"
    rss_entries = feedparser.parse(rss).entries
    assert all(e.guidislink is False for e in rss_entries)
    assert b'isPermaLink="false"' in rss
    assert b"+0000" in rss  # dates with their zone
    town = rss_entries[1]
    assert "Where: Doylestown, PA." in town.summary
    assert "Evidence: “renew the IGSA with ICE”" in town.summary
    assert "Expires: 2027-01-22." in rss_entries[2].summary


def test_document_text_cannot_inject_markup_or_links() -> None:
    evil = alert(
        1,
        title="<script>alert(1)</script> Sheriff & Co \x0c signs",
        summary="<img src=x onerror=alert(1)> ]]> text\x00",
        quote="</description><item>fake</item>",
        source_url="javascript:alert(1)",
        evidence_url="file:///etc/passwd",
    )
    feed = build_feeds([evil], max_items=5, today=TODAY)[0]
    rss, atom = render(feed, base_url=BASE)
    for body in (rss, atom):
        parsed = feedparser.parse(body)
        assert not parsed.bozo, parsed.bozo_exception
        assert len(parsed.entries) == 1
        entry = parsed.entries[0]
        assert "javascript:" not in body.decode() and "file://" not in body.decode()
        assert entry.get("link", "").startswith(("http", "")) and "javascript" not in entry.get(
            "link", ""
        )
    assert b"<script>" not in rss and b"<item>fake</item>" not in rss
    # What a reader gets once it has read the XML, which it renders as HTML (RSS description
    # and content:encoded, Atom content of type html): our paragraphs, every tag of the data
    # escaped once more; titles without angle brackets or bidirectional overrides.
    from lxml import etree

    atom_ns, content_ns = (
        "{http://www.w3.org/2005/Atom}",
        "{http://purl.org/rss/1.0/modules/content/}",
    )
    for body, paths in (
        (rss, [".//item/description", f".//item/{content_ns}encoded"]),
        (atom, [f".//{atom_ns}entry/{atom_ns}content"]),
    ):
        tree = etree.fromstring(body)
        for path in paths:
            (node,) = tree.findall(path)
            html = node.text
            assert "<img" not in html and "<script" not in html and "<item>" not in html, html
            assert "&lt;img src=x onerror=alert(1)&gt;" in html and html.startswith("<p>")
    renamed = build_feeds(
        [alert(2, title="\u202egnp.exe <b>Sheriff</b>")], max_items=5, today=TODAY
    )
    rss2, _ = render(renamed[0], base_url=BASE)
    title = feedparser.parse(rss2).entries[0].title
    assert "\u202e" not in title and "<" not in title and title == "gnp.exe ‹b›Sheriff‹/b›"
    from feeds.publish import index_html

    page = index_html([feed], BASE)
    assert b"<script>" not in page and b"&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert b"javascript:" not in page


def _mtimes(root: Path) -> dict[str, int]:
    return {str(p.relative_to(root)): p.stat().st_mtime_ns for p in root.rglob("*") if p.is_file()}


def test_publication_is_incremental(tmp_path: Path) -> None:
    alerts = sample()
    first = publish(
        build_feeds(alerts, max_items=50, today=TODAY), tmp_path, base_url=BASE, alerts=5
    )
    assert len(first.rewritten) == first.feeds and first.index_changed
    before = _mtimes(tmp_path)
    time.sleep(0.01)
    again = publish(
        build_feeds(alerts, max_items=50, today=TODAY), tmp_path, base_url=BASE, alerts=5
    )
    assert again.rewritten == [] and not again.index_changed
    assert _mtimes(tmp_path) == before
    # A new alert in Georgia rewrites the feeds it belongs to, and only those.
    newer = [alert(0, "facility.removed", state="GA", jurisdiction_id=None, jurisdiction=None)]
    third = publish(
        build_feeds(newer + alerts, max_items=50, today=TODAY), tmp_path, base_url=BASE, alerts=6
    )
    assert sorted(third.rewritten) == ["all", "kind/facility.removed", "state/ga"]
    after = _mtimes(tmp_path)
    untouched = [k for k in before if k.endswith((".xml", ".atom")) and before[k] == after[k]]
    assert "feeds/state/pa.xml" in untouched and "feeds/kind/287g.signed.atom" in untouched
    opml = (tmp_path / "feeds.opml").read_text()
    assert opml.count('<outline type="rss"') == third.feeds
    assert 'xmlUrl="http://feeds.example.org/feeds/state/ga.xml"' in opml
    # a folder per state, and each state's feeds in a file of their own
    assert '<outline text="GA" title="GA">' in opml
    ga = (tmp_path / "opml" / "ga.opml").read_text()
    assert 'xmlUrl="http://feeds.example.org/feeds/state/ga.xml"' in ga and "state/pa" not in ga


@pytest.fixture(scope="module")
def demo_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("demo")
    done = icewatch("run", "--demo", "--json", cwd=home)
    assert done.returncode == 0, done.stderr[-2000:]
    return home / "var"


@pytest.mark.slow
def test_every_feed_of_a_run_reads_back_with_exactly_its_alerts(demo_home: Path) -> None:
    public = demo_home / "public"
    with open_warehouse(demo_home / "icewatch.duckdb", read_only=True) as con:
        by_kind: dict[str, set[str]] = {}
        by_state: dict[str, set[str]] = {}
        by_watch: dict[str, set[str]] = {}
        rows = con.execute(
            "SELECT alert_id, kind, state, json_extract_string(data, '$.watch') FROM alerts"
        ).fetchall()
        for alert_id, kind, state, watch in rows:
            if kind == "watch.match":  # a keyword watch's matches: its own feed only
                by_watch.setdefault(watch, set()).add(alert_id)
                continue
            by_kind.setdefault(kind, set()).add(alert_id)
            if state:
                by_state.setdefault(state.lower(), set()).add(alert_id)
        # the maintainers' kinds (source.*) are in their kind feeds only
        total = con.execute(
            "SELECT count(*) FROM alerts WHERE kind NOT LIKE 'source.%' AND kind <> 'watch.match'"
        ).fetchone()[0]
    files = sorted(p for p in (public / "feeds").rglob("*") if p.suffix in (".xml", ".atom"))
    assert len(files) > 20
    guids: dict[str, list[str]] = {}
    for path in files:
        parsed = feedparser.parse(path.read_bytes())
        assert not parsed.bozo, (path, parsed.bozo_exception)
        ids = [e.id for e in parsed.entries]
        assert len(ids) == len(set(ids)), path
        guids[str(path.relative_to(public))] = ids
    assert len(guids["feeds/all.xml"]) == total
    for kind, ids in by_kind.items():
        assert set(guids[f"feeds/kind/{kind}.xml"]) == ids
        assert set(guids[f"feeds/kind/{kind}.atom"]) == ids
    for state, ids in by_state.items():
        assert set(guids[f"feeds/state/{state}.xml"]) == ids
    assert set(by_watch) == {"Jail contracts", "Immigrant community"}  # the demo's watches
    for watch, ids in by_watch.items():
        slug = watch.lower().replace(" ", "-")
        assert set(guids[f"feeds/watch/{slug}.xml"]) == ids
        assert set(guids[f"feeds/watch/{slug}.atom"]) == ids
    # A second run publishes the same guids and rewrites nothing.
    before = _mtimes(public)
    again = icewatch("run", "--demo", "--json", cwd=demo_home.parent)
    summary = json.loads(again.stdout)
    assert summary["feeds_rewritten"] == 0 and not summary["feed_changed"]
    assert _mtimes(public) == before


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.slow
def test_serve_and_the_site_in_chromium(demo_home: Path) -> None:
    port = _free_port()
    env = {**os.environ, "ICEWATCH_HOME": str(demo_home)}
    server = subprocess.Popen(
        [*ICEWATCH, "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    base = f"http://127.0.0.1:{port}/"
    try:
        for _ in range(100):
            try:
                with urllib.request.urlopen(base + "feeds/all.xml", timeout=2) as response:
                    content_type = response.headers["Content-Type"]
                    body = response.read()
                break
            except OSError:
                time.sleep(0.1)
        else:
            pytest.fail(f"icewatch serve did not answer: {server.stderr.read()}")
        assert content_type.startswith("application/rss+xml")
        assert not feedparser.parse(body).bozo

        chromium = load_config().chromium_path
        problem = try_launch(chromium)
        if problem:
            pytest.fail(f"no working Chromium: {problem} (./dev.sh setup installs it)")
        from playwright.sync_api import sync_playwright

        from flows.browser import LAUNCH_ARGS

        shots = demo_home / "screenshots"
        shots.mkdir(exist_ok=True)
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=chromium, headless=True, args=LAUNCH_ARGS)
            page = browser.new_page(viewport={"width": 1200, "height": 900})
            errors: list[str] = []
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.on(
                "response",
                lambda r: errors.append(f"HTTP {r.status} {r.url}") if r.status >= 400 else None,
            )
            # The national page: a path per county, the legend, the counties' table.
            page.goto(base + "index.html")
            page.screenshot(path=str(shots / "map.png"))
            counties = page.eval_on_selector_all("svg#map path.county", "els => els.length")
            coloured = page.eval_on_selector_all(
                "svg#map path.county:not(.s-none)", "els => els.map(e => e.dataset.fips)"
            )
            legend = page.eval_on_selector_all(".legend li", "els => els.length")
            table = page.eval_on_selector_all("#counties tbody tr", "els => els.length")
            # A place's page: the vote ahead first, its agreements, its timeline.
            page.goto(base + "places/id-county-sawtooth_range.html")
            page.screenshot(path=str(shots / "place.png"), full_page=True)
            heading = page.inner_text("h1")
            votes = page.inner_text("#votes")
            pending = page.inner_text("#agreements")
            events = page.eval_on_selector_all("#timeline tr.event", "els => els.length")
            # The search box finds a place from any page.
            page.fill("#q", "gulfv")
            page.wait_for_selector("#results a")
            found = page.eval_on_selector_all("#results a", "els => els.map(e => e.href)")
            # The feeds page and the state pages link every feed.
            page.goto(base + "feeds.html")
            assert page.title() == "icewatch alert feeds"
            keys = page.eval_on_selector_all("li.feed", "els => els.map(e => e.dataset.key)")
            hrefs = page.eval_on_selector_all("a.rss", "els => els.map(e => e.href)")
            atoms = page.eval_on_selector_all("a.atom", "els => els.map(e => e.href)")
            latest = page.inner_text("#all")
            states = page.eval_on_selector_all("#state li.feed", "els => els.length")
            places = []
            for state in sorted((demo_home / "public" / "states").glob("*.html")):
                page.goto(base + f"states/{state.name}")
                places += page.eval_on_selector_all(
                    "#places a[href*='/feeds/jurisdiction/']", "els => els.map(e => e.href)"
                )
            # Every linked feed answers from the server, as the page's own fetch sees it.
            statuses = page.evaluate(
                "async urls => Promise.all(urls.map(u => fetch(u).then(r => r.status)))",
                hrefs + atoms + places,
            )
            browser.close()
        assert errors == []
        assert counties == 3142 and legend == 5
        # the demo's invented counties have no Census shape: its two real ones are coloured
        assert sorted(coloured) == ["18107", "48457"] and table == 2
        assert heading == "Sawtooth Range County, ID" and "votes on 2026-12-01" in votes
        assert "pending" in pending and events >= 5
        assert found == [base + "places/fl-county-gulfview.html"]
        published = sorted(
            str(p.relative_to(demo_home / "public" / "feeds"))[: -len(".xml")]
            for p in (demo_home / "public" / "feeds").rglob("*.xml")
        )
        assert sorted(keys) == [k for k in published if not k.startswith("jurisdiction/")]
        assert sorted(p.removeprefix(base + "feeds/")[: -len(".xml")] for p in places) == [
            k for k in published if k.startswith("jurisdiction/")
        ]
        assert states == sum(1 for k in published if k.startswith("state/"))
        assert hrefs[0] == base + "feeds/all.xml" and atoms[0] == base + "feeds/all.atom"
        assert set(statuses) == {200}
        with open_warehouse(demo_home / "icewatch.duckdb", read_only=True) as con:
            (shown,) = con.execute(
                "SELECT count(*) FROM alerts WHERE kind NOT LIKE 'source.%' "
                "AND kind <> 'watch.match'"
            ).fetchone()
        assert f"icewatch: all alerts ({shown} items)" in latest
        assert "Gulfview County, FL" in latest
        print(f"screenshots: {shots / 'map.png'}, {shots / 'place.png'}")
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.mark.slow
def test_a_publication_failure_is_reported_and_loses_nothing(tmp_path: Path) -> None:
    (tmp_path / "var").mkdir()
    (tmp_path / "var" / "public").write_text("a file where the public folder should be")
    done = icewatch("run", "--demo", "--json", cwd=tmp_path)
    assert done.returncode == 1
    summary = json.loads(done.stdout)
    assert summary["sources_failed"] == []  # the last demo day: only the publication failed
    assert any(f.startswith("publish: ") and "icewatch publish" in f for f in summary["failures"])
    loaded = sum(day["alerts_new"] for day in summary["demo_days"])
    with open_warehouse(tmp_path / "var" / "icewatch.duckdb", read_only=True) as con:
        assert con.execute("SELECT count(*) FROM alerts").fetchone()[0] == loaded > 50
    (tmp_path / "var" / "public").unlink()
    again = icewatch("publish", cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert feedparser.parse(
        (tmp_path / "var" / "public" / "feeds" / "all.xml").read_bytes()
    ).entries
