"""The public site over real records: ICE's 287(g) list of 11 May 2026 and its detention
statistics of April 2026 (trimmed, tests/fixtures/SOURCES.md), loaded as a user would, then
published."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from feeds.countymap import ATLAS, load_atlas
from feeds.site import county_status

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
ICEWATCH = [sys.executable, "-m", "flows.cli"]


def icewatch(home: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "ICEWATCH_HOME": str(home), "ICEWATCH_TODAY": "2026-05-12"}
    done = subprocess.run(
        [*ICEWATCH, *args], capture_output=True, text=True, env=env, check=False, cwd=home.parent
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done


@pytest.fixture(scope="module")
def public(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    home = tmp_path_factory.mktemp("site") / "var"
    icewatch(
        home,
        "ice287g",
        "load",
        str(FIXTURES / "ice" / "participatingAgencies05112026am_trimmed.xlsx"),
    )
    icewatch(home, "detention", "load", str(FIXTURES / "FY26_detentionStats_04092026_trimmed.xlsx"))
    stale = home / "public" / "places" / "zz-county-gone.html"
    stale.parent.mkdir(parents=True, exist_ok=True)
    stale.write_text("<h1>a place with nothing left</h1>")
    icewatch(home, "publish")
    assert not stale.exists()  # a page of nothing is taken down
    return home, home / "public"


def test_the_map_colours_the_counties_of_the_real_lists(public: tuple[Path, Path]) -> None:
    home, site = public
    assert ATLAS.exists(), "no county shapes: ./dev.sh setup fetches the npm package us-atlas"
    page = (site / "index.html").read_text()
    paths = re.findall(r'class="county s-([a-z0-9]+)" data-fips="(\d{5})"', page)
    assert len(paths) == len(load_atlas().counties) == 3142
    shown = {fips: status for status, fips in paths if status != "none"}
    with duckdb.connect(str(home / "icewatch.duckdb"), read_only=True) as con:
        agreements = {
            r[0]
            for r in con.execute(
                "SELECT DISTINCT j.fips FROM v_287g_current a JOIN jurisdictions j "
                "ON j.jurisdiction_id = a.county_id WHERE a.list = 'participating'"
            ).fetchall()
        }
        jails = {
            r[0]
            for r in con.execute(
                "SELECT DISTINCT j.fips FROM facilities f JOIN jurisdictions j "
                "USING (jurisdiction_id) WHERE f.valid_to IS NULL AND j.kind = 'county'"
            ).fetchall()
        }
    assert agreements and jails
    # every county of the lists is on the map, a jail's colour above an agreement's
    assert set(shown) == agreements | jails
    assert {f for f, s in shown.items() if s == "jail"} == jails
    assert {f for f, s in shown.items() if s == "287g"} == agreements - jails
    legend = re.findall(r'<span class="swatch s-(\w+)"', page)
    assert legend == ["expiring", "pending", "jail", "287g", "none"]
    assert len(page.encode()) < 2 * 2**20


def test_a_county_page_shows_its_agreements_and_the_search_index_finds_it(
    public: tuple[Path, Path],
) -> None:
    _, site = public
    search = json.loads((site / "search.json").read_text())
    pages = {p.relative_to(site).as_posix() for p in (site / "places").glob("*.html")}
    assert {entry[2] for entry in search} == pages
    autauga = (site / "places" / "al-county-autauga.html").read_text()
    assert "<h1>Autauga County, AL</h1>" in autauga
    assert "Autauga County Sheriff" in autauga and 'id="agreements"' in autauga
    assert 'id="timeline"' in autauga and autauga.count('<tr class="event">') >= 1
    state = (site / "states" / "al.html").read_text()
    assert 'href="../places/al-county-autauga.html"' in state
    opml = (site / "opml" / "al.opml").read_text()
    assert "feeds/state/al.xml" in opml and "feeds/state/ca.xml" not in opml


@pytest.mark.parametrize(
    ("row", "status"),
    [
        ({"models": ["Task Force Model"], "jails": ["IGSA"], "expiry": "2026-06-01"}, "expiring"),
        ({"models": ["Task Force Model"], "pending": True, "jails": ["IGSA"]}, "pending"),
        ({"models": ["Jail Enforcement Model"], "jails": ["USMS IGA"]}, "jail"),
        ({"models": ["Warrant Service Officer"]}, "287g"),
        ({"models": None, "jails": None, "expiry": None}, None),
    ],
)
def test_a_county_is_coloured_by_its_most_pressing_status(row: dict, status: str | None) -> None:
    assert county_status(row) == status
