"""Jurisdictions: the gazetteer, agency names matched to it, history and expiring queries."""

from __future__ import annotations

import datetime as dt
import http.server
import io
import json
import os
import subprocess
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest

from extract.document import extract_text
from extract.ice287g import parse_287g
from extract.text import text_document
from flows.places import fetch_places
from spiders.sources import load_sources
from tests.conftest import HEADER_2026, ROOT, corpus_path, make_xlsx, row_2026
from tests.test_extraction_load import finding
from warehouse.agencies import county_cell, match_agency
from warehouse.db import open_warehouse
from warehouse.extraction import ExtractionBatch
from warehouse.gazetteer import Gazetteer, ocd_slug, read_census_places
from warehouse.load import Ice287gEdition, RunInput, RunRecord, load_run

FIXTURES = Path(__file__).parent / "fixtures"
PLACES = FIXTURES / "census_places.txt"
ICEWATCH = [str(ROOT / ".venv" / "bin" / "icewatch")]


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.packaged()


@pytest.fixture(scope="module")
def gaz_places() -> Gazetteer:
    return Gazetteer.packaged(PLACES)


def test_packaged_gazetteer_has_every_state_and_county(gaz: Gazetteer) -> None:
    kinds = {}
    for j in gaz:
        kinds[j.kind] = kinds.get(j.kind, 0) + 1
    # 50 states, DC and 5 territories; the Census 2020 county list (3,143 in the states).
    assert kinds["state"] == 56
    in_states = [j for j in gaz if j.kind == "county" and int(j.fips[:2]) <= 56]
    assert len(in_states) == 3143
    bucks = gaz.by_fips["42017"]
    assert (bucks.jurisdiction_id, bucks.name, bucks.parent_id) == (
        "ocd-division/country:us/state:pa/county:bucks",
        "Bucks County",
        "ocd-division/country:us/state:pa",
    )
    assert gaz.by_fips["22071"].jurisdiction_id.endswith("/state:la/parish:orleans")
    assert gaz.by_fips["51760"].jurisdiction_id.endswith("/state:va/place:richmond")
    assert gaz.by_fips["51159"].jurisdiction_id.endswith("/state:va/county:richmond")
    assert gaz.by_fips["02020"].jurisdiction_id.endswith("/state:ak/borough:anchorage")
    assert gaz.by_fips["24033"].jurisdiction_id.endswith("/county:prince_george~s")
    assert gaz.by_fips["29510"].jurisdiction_id.endswith("/state:mo/place:st._louis")
    assert gaz.states["DC"].jurisdiction_id == "ocd-division/country:us/district:dc"
    assert gaz.states["PR"].jurisdiction_id == "ocd-division/country:us/territory:pr"
    assert len({j.jurisdiction_id for j in gaz}) == len(gaz)


@pytest.mark.parametrize(
    ("text", "fips"),
    [
        ("Bucks County, PA", "42017"),
        ("bucks county, pennsylvania", "42017"),
        ("42017", "42017"),
        ("ocd-division/country:us/state:pa/county:bucks", "42017"),
        ("Pennsylvania", "42"),
        ("Orleans Parish, LA", "22071"),
        ("Richmond city, VA", "51760"),
        ("Wade Hampton Census Area, AK", "02158"),  # the former name of Kusilvak
        ("De Kalb County, GA", "13089"),
        ("Dona Ana County, NM", "35013"),
        ("Saint Louis County, MO", "29189"),
        ("District of Columbia", "11"),
    ],
)
def test_resolve(gaz: Gazetteer, text: str, fips: str) -> None:
    found = gaz.resolve(text)
    assert found is not None and found.fips == fips


def test_resolve_nothing(gaz: Gazetteer) -> None:
    assert gaz.resolve("Gotham County, NJ") is None
    assert gaz.resolve("Bucks County, XX") is None


def test_ocd_slug_follows_the_ocd_rules() -> None:
    assert ocd_slug("St. Louis") == "st._louis"
    assert ocd_slug("Prince George's") == "prince_george~s"
    assert ocd_slug("Doña  Ana") == "doña_ana"
    assert ocd_slug("Winston-Salem") == "winston-salem"


def test_census_places_file(tmp_path: Path) -> None:
    places = read_census_places(PLACES)
    names = {p.name: p for p in places}
    assert "Ardmore" not in names  # a census-designated place has no government
    assert names["Port St. Lucie"].jurisdiction_id == (
        "ocd-division/country:us/state:fl/place:port_st._lucie"
    )
    assert (names["Port St. Lucie"].fips, names["Port St. Lucie"].lsad) == ("1258715", "city")
    assert "Nashville-Davidson" in names
    # The zip the Census publishes reads the same.
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as z:
        z.write(PLACES, "2024_Gaz_place_national.txt")
    assert read_census_places(archive.getvalue()) == places
    with pytest.raises(ValueError, match=r"expected columns .*found \['name', 'fips'\]"):
        read_census_places(b"name\tfips\nX\t1\n")


@pytest.mark.parametrize(
    ("name", "state", "county", "kind", "expected", "agency_kind", "method"),
    [
        ("Harris County Sheriff's Office", "TX", None, None, "tx/county:harris", "sheriff", "exact"),
        ("Sheriff's Office - Bucks County", "PA", None, None, "pa/county:bucks", "sheriff", "exact"),
        ("Dimmit Couny Sheriff's Office", "TX", None, None, "tx/county:dimmit", "sheriff", "exact"),
        ("Florida Highway Patrol", "FL", None, "state", "state:fl", "state_agency", "state"),
        ("Texas Department of Public Safety", "TX", None, None, "state:tx", "police", "state"),
        ("Department of Corrections", "AK", None, None, "state:ak", "corrections", "state"),
        ("Cook County Board of Commissioners", "IL", None, None, "il/county:cook", "board", "exact"),
        ("Harris County Commissioners Court", "TX", None, None, "tx/county:harris", "board", "exact"),
        # ICE's own COUNTY column decides; its spellings are read generously.
        ("Arnaudville Police Department", "LA", "Saint Landry County", "municipality",
         "la/place:arnaudville", "police", "exact"),
        ("Union Parish Sheriff's Office", "LA", "Union County", "county", "la/parish:union",
         "sheriff", "county_column"),
        ("Hopewell County Sheriff's Office", "VA", "Hopewell County", "county",
         "va/place:hopewell", "sheriff", "county_column"),
        ("Manheim Borough Police Department", "PA", "Lancaster County", "municipality",
         "pa/place:manheim", "police", "exact"),
        ("Salem Township Police Department", "PA", "Luzerne County", "municipality",
         "pa/county:luzerne/township:salem", "police", "exact"),
        ("Northern York County Regional Police Department", "PA", "York County", "municipality",
         "pa/county:york", "police", "county_column"),
        # Names the 287(g) lists spell their own way, as ICE wrote them (May 2026).
        ("League City Police Department", "TX", "Galveston County", "municipality",
         "tx/place:league_city", "police", "exact"),
        ("Plant City Police Department", "FL", "Hillsborough County", "municipality",
         "fl/place:plant_city", "police", "exact"),
        ("Mahoning TWP Police Department - Montour", "PA", "Montour County", "municipality",
         "pa/county:montour/township:mahoning", "police", "exact"),
        ("Pennsylvania State Constable's Office So Middleton Twp", "PA", "Cumberland County",
         "municipality", "pa/county:cumberland/township:south_middleton", "constable", "exact"),
        ("Lower Burrell Fourth Ward Constable", "PA", "Westmoreland County", "municipality",
         "pa/place:lower_burrell", "constable", "exact"),
        ("Candia Police Department", "NH", None, "municipality", "nh/place:candia", "police",
         "exact"),
        ("Ward 5 Marshal's Office", "LA", "Allen Parish", "municipality", "la/parish:allen",
         "police", "county_column"),
        # An institution's police belongs to its host place, never to a place of its own name.
        ("Melbourne International Airport Police Department", "FL", None, "municipality",
         "fl/place:melbourne", "police", "host_place"),
        ("Florida State College at Jacksonville Police Department", "FL", None,
         "municipality", "fl/place:jacksonville", "police", "host_place"),
        ("University of South Florida Police Department", "FL", "Hillsborough County",
         "municipality", "fl/county:hillsborough", "police", "county_column"),
        ("University of Florida Police Department", "FL", None, "municipality", "state:fl",
         "police", "state"),
        ("Lebanon County Regional Police Department", "PA", "Lebanon County", "municipality",
         "pa/county:lebanon", "police", "exact"),

    ],
)  # fmt: skip
def test_match_agency(
    gaz: Gazetteer,
    name: str,
    state: str,
    county: str | None,
    kind: str | None,
    expected: str,
    agency_kind: str,
    method: str,
) -> None:
    found = match_agency(gaz, name, state, county=county, type_hint=kind)
    assert found.jurisdiction_id is not None and found.jurisdiction_id.endswith(expected)
    assert (found.agency_kind, found.method) == (agency_kind, method)
    if county:
        assert found.county_id == county_cell(gaz, county, state).jurisdiction_id


def test_a_town_has_its_fips_from_the_shipped_census_places(
    gaz: Gazetteer, gaz_places: Gazetteer
) -> None:
    name = "City of Port St. Lucie Police Department"
    shipped = match_agency(gaz, name, "FL", county="St. Lucie County")
    assert (shipped.method, shipped.fips, shipped.score) == ("exact", "1258715", 100)
    assert shipped.jurisdiction_id == "ocd-division/country:us/state:fl/place:port_st._lucie"
    assert shipped.county_id == "ocd-division/country:us/state:fl/county:st._lucie"
    assert match_agency(gaz_places, name, "FL").jurisdiction_id == shipped.jurisdiction_id
    assert match_agency(gaz, "Port Saint Lucie Police Dept.", "FL").fips == "1258715"
    # Jacksonville's sheriff is the consolidated city's: a sheriff with no county in its name.
    jax = match_agency(gaz, "Jacksonville Sheriff's Office", "FL")
    assert (jax.jurisdiction_id, jax.agency_kind) == (
        "ocd-division/country:us/state:fl/place:jacksonville",
        "sheriff",
    )
    # A town in two counties is under the first, and known in both.
    southside = gaz.by_id["ocd-division/country:us/state:al/place:southside"]
    assert gaz.counties_of[southside.jurisdiction_id] == (
        "ocd-division/country:us/state:al/county:calhoun",
        "ocd-division/country:us/state:al/county:etowah",
    )
    # Townships repeat across counties: each is known within its own.
    assert len(gaz.townships("Butler Township", "PA")) == 4


@pytest.mark.parametrize(
    ("name", "state", "county", "why"),
    [
        ("Crow Wing County Sheriff's Office", "MA", "Crow Wing County", "not a county of MA"),
        ("Gotham County Sheriff's Office", "NJ", None, "no county or place of NJ"),
        ("Harris County Sheriff's Office", "XX", None, "no US state"),
    ],
)
def test_unmatched_names_say_why(gaz: Gazetteer, name, state, county, why) -> None:
    found = match_agency(gaz, name, state, county=county)
    assert not found.matched and found.method == "unmatched" and why in found.note


@pytest.mark.corpus
def test_287g_county_column_match_rate(gaz: Gazetteer) -> None:
    """Every agency of the corpus lists that carry a COUNTY column against that county."""
    folders = [corpus_path("ice", "287g_participating"), corpus_path("ice", "287g_pending")]
    rows: set[tuple] = set()
    files = 0
    for folder in folders:
        for path in sorted(folder.glob("*.xlsx")):
            snapshot = parse_287g(path)
            if "COUNTY" not in snapshot.columns:
                continue
            files += 1
            for r in snapshot.rows:
                if r.county:
                    kind = r.agency_type.value if r.agency_type else None
                    rows.add((r.state or r.state_raw, r.agency, r.county, kind))
    assert files >= 40 and len(rows) > 1300
    real, wrong_cell, agree, name_only = 0, [], [], 0
    missed = []
    for state, agency, county, kind in sorted(rows, key=str):
        cell = county_cell(gaz, county, state or "")
        if cell is None:
            wrong_cell.append(f"{agency} ({state}): COUNTY {county!r}")
            continue
        real += 1
        found = match_agency(gaz, agency, state, county=county, type_hint=kind)
        if found.county_id == cell.jurisdiction_id:
            agree.append(agency)
        else:
            missed.append(f"{agency} ({state}, {county}): {found.method} {found.note}")
        # Without the column, the name alone (towns become derived places under no county).
        alone = match_agency(gaz, agency, state, type_hint=kind)
        if alone.county_id == cell.jurisdiction_id or alone.method in ("derived", "state"):
            name_only += 1
    rate = len(agree) / real
    print(
        f"\n287(g) rows with a COUNTY cell: {len(rows)}; the cell names a real county of the "
        f"row's state: {real}; matched to that county: {len(agree)} ({rate:.2%}); name alone "
        f"agrees or defers: {name_only / real:.2%}"
    )
    print("COUNTY cells that are no county of the row's state (ICE's errors):")
    print("\n".join(f"  {w}" for w in wrong_cell))
    print("unmatched:", "\n".join(f"  {m}" for m in missed) or "none")
    assert rate == 1.0, missed
    assert len(wrong_cell) < 0.02 * len(rows)
    assert name_only / real > 0.97


def test_match_command(tmp_path: Path) -> None:
    env = {**os.environ, "ICEWATCH_HOME": str(tmp_path)}
    ok = subprocess.run(
        [*ICEWATCH, "jurisdictions", "match", "Sheriff's Office - Bucks County", "--state", "PA"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert ok.returncode == 0, ok.stderr
    data = json.loads(ok.stdout)
    assert (data["jurisdiction_id"], data["fips"], data["score"], data["agency_kind"]) == (
        "ocd-division/country:us/state:pa/county:bucks",
        "42017",
        100.0,
        "sheriff",
    )
    none = subprocess.run(
        [*ICEWATCH, "jurisdictions", "match", "Gotham PD", "--state", "ZZ"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert none.returncode == 1 and json.loads(none.stdout)["method"] == "unmatched"


class _Handler(http.server.BaseHTTPRequestHandler):
    routes: ClassVar[dict[str, tuple[int, bytes]]] = {}

    def do_GET(self) -> None:
        status, body = self.routes.get(self.path, (404, b"not found"))
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def loopback() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_fetch_places_keeps_the_old_file_on_failure(tmp_path: Path, loopback: str) -> None:
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as z:
        z.write(PLACES, "2024_Gaz_place_national.txt")
    _Handler.routes = {
        "/places.zip": (200, archive.getvalue()),
        "/broken": (500, b"oops"),
        "/page.html": (200, b"<html>moved</html>"),
    }
    dest = tmp_path / "gazetteer" / "places.txt"
    assert fetch_places(f"{loopback}/places.zip", dest, user_agent="icewatch-test") == 6
    before = dest.read_bytes()
    with pytest.raises(OSError, match=r"could not fetch .*/broken"):
        fetch_places(f"{loopback}/broken", dest, user_agent="icewatch-test")
    with pytest.raises(ValueError, match="not a Census Gazetteer places file"):
        fetch_places(f"{loopback}/page.html", dest, user_agent="icewatch-test")
    assert dest.read_bytes() == before
    assert [p.name for p in tmp_path.joinpath("gazetteer").iterdir()] == ["places.txt"]

    # The CLI, then a run, use it: Port St. Lucie gets its FIPS code.
    env = {**os.environ, "ICEWATCH_HOME": str(tmp_path)}
    done = subprocess.run(
        [*ICEWATCH, "jurisdictions", "match", "Port St. Lucie Police Department", "--state", "FL"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert json.loads(done.stdout)["fips"] == "1258715"


# ---- history and expiring on a warehouse built from the demo run and the corpus ----------

ETOWAH = "ocd-division/country:us/state:al/county:etowah"
HARRIS_TX = "ocd-division/country:us/state:tx/county:harris"
RENEWAL = (
    "Approve the renewal of the Intergovernmental Service Agreement with U.S. Immigration and "
    "Customs Enforcement through March 31, 2027 at a rate of $96 per detainee day."
)
LATER = (
    "Approve the Intergovernmental Agreement with the United States Marshals Service for the "
    "housing of federal prisoners through December 31, 2028 at $55 per day."
)


def _finding(text: str, where: str, jurisdiction: str, source: str, day: str) -> dict:
    return {**finding(text, day, where, jurisdiction), "source_id": source}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two real 287(g) editions and real contract texts."""
    home = tmp_path_factory.mktemp("home")
    folder = corpus_path("ice", "287g_participating")
    editions = []
    for name in ("participatingAgencies04152026pm.xlsx", "participatingAgencies05112026am.xlsx"):
        snapshot = parse_287g(folder / name)
        editions.append(
            Ice287gEdition(
                {"sha256": name, "file_name": name, "url": f"https://www.ice.gov/{name}"},
                snapshot,
                snapshot.date,
            )
        )
    etowah_text = corpus_path("contracts", "igsa", "etowah-county-al-usms-contract_excerpt.txt")
    etowah = extract_text(text_document(etowah_text.name, etowah_text.read_text()))
    findings = [
        {
            "where": "etowah",
            "facts": c.facts.as_json(),
            "page": c.page,
            "quote": c.quote,
            "document_sha256": "etowah-usms",
            "source_id": "etowah-county-commission",
            "jurisdiction_id": ETOWAH,
            "event_date": "2026-02-10",
            "url": "https://example.org/etowah.pdf",
        }
        for c in etowah.contracts
    ]
    findings.append(
        _finding(RENEWAL, "harris-2026", HARRIS_TX, "harris-county-court", "2026-03-24")
    )
    findings.append(
        _finding(LATER, "etowah-2026", ETOWAH, "etowah-county-commission", "2026-06-01")
    )
    sources = [s.as_dict() for s in load_sources() if s.id == "harris-county-court"]
    with open_warehouse(home / "icewatch.duckdb") as con:
        load_run(
            con,
            RunInput(
                RunRecord("corpus", dt.datetime.now(dt.UTC), "replay", 1, 0),
                sources=sources,
                editions=editions,
                extraction=ExtractionBatch(findings=findings),
                today=dt.date(2026, 6, 1),
            ),
        )
    return home


def _cli(home: Path, *args: str, today: str = "2027-01-15") -> subprocess.CompletedProcess:
    return subprocess.run(
        [*ICEWATCH, *args],
        capture_output=True,
        text=True,
        env={**os.environ, "ICEWATCH_HOME": str(home), "ICEWATCH_TODAY": today},
        check=False,
    )


@pytest.mark.corpus
def test_history_of_a_county(built: Path) -> None:
    done = _cli(built, "history", "Etowah County, AL", "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert (data["jurisdiction_id"], data["fips"]) == (ETOWAH, "01055")
    events = data["events"]
    listed = {e["what"] for e in events if e["category"] == "287g"}
    # The sheriff's two agreements, and the agreement of a town in the county.
    assert any(w.startswith("Etowah County Sheriff's Office: Jail Enforcement") for w in listed)
    assert any(w.startswith("Etowah County Sheriff's Office: Task Force") for w in listed)
    town = [e for e in events if e["what"].startswith("Southside Police Department")]
    assert town and town[0]["jurisdiction"] == "Southside"
    contracts = [e for e in events if e["category"] == "contract"]
    assert {c["what"].split()[0] for c in contracts} == {"USMS_IGA"}
    assert any("expires 2028-12-31" in c["what"] for c in contracts)
    assert [e["date"] for e in events] == sorted(
        [e["date"] for e in events], key=lambda d: d or "", reverse=True
    )
    table = _cli(built, "history", "01055")
    assert table.returncode == 0 and "Etowah County, AL" in table.stdout
    assert "Southside" in table.stdout
    missing = _cli(built, "history", "Gotham County, NJ")
    assert missing.returncode == 2 and "no jurisdiction matches" in missing.stderr


@pytest.mark.corpus
def test_expiring(built: Path) -> None:
    soon = _cli(built, "expiring", "--within", "90d", "--json")
    assert soon.returncode == 0, soon.stderr
    rows = [json.loads(line) for line in soon.stdout.splitlines()]
    assert [(r["jurisdiction_id"], r["expiry_date"], r["days_left"]) for r in rows] == [
        (HARRIS_TX, "2027-03-31", 75)
    ]
    assert (rows[0]["kind"], rows[0]["state"], rows[0]["per_diem"]) == ("igsa", "TX", 96.0)
    years = _cli(built, "expiring", "--within", "3y", "--json")
    assert [json.loads(line)["expiry_date"] for line in years.stdout.splitlines()] == [
        "2027-03-31",
        "2028-12-31",
    ]
    alabama = _cli(built, "expiring", "--within", "3y", "--state", "al")
    assert "Etowah County" in alabama.stdout and "Harris" not in alabama.stdout
    bad = _cli(built, "expiring", "--within", "soon")
    assert bad.returncode == 2 and "90d" in bad.stderr


@pytest.mark.corpus
def test_views_answer_the_readme_queries(built: Path) -> None:
    with open_warehouse(built / "icewatch.duckdb", read_only=True) as con:
        corpus = con.execute(
            "SELECT count(*), count(jurisdiction_id), count(*) FILTER (agency_kind = 'sheriff') "
            "FROM agreements_287g WHERE document_sha256 LIKE 'participatingAgencies%'"
        ).fetchone()
        assert corpus[0] > 1500 and corpus[0] - corpus[1] <= 5 and corpus[2] > 500
        # the few real agencies no jurisdiction matches are the ones the view lists
        current = {
            r[0]
            for r in con.execute(
                "SELECT agency FROM v_287g_current WHERE match_method = 'unmatched'"
            ).fetchall()
        }
        listed = {r[0] for r in con.execute("SELECT agency FROM v_unmatched_agencies").fetchall()}
        assert current <= listed and len(current) <= 5
        alerts = con.execute(
            "SELECT count(*) FROM alerts WHERE kind LIKE '287g.%' AND jurisdiction_id IS NULL "
            "AND subject_id IN (SELECT '287g:' || agreement_id FROM agreements_287g "
            "WHERE jurisdiction_id IS NOT NULL)"
        ).fetchone()[0]
        assert alerts == 0
        assert con.execute("SELECT count(*) FROM v_expiring_contracts").fetchone()[0] == 2


def test_matching_runs_again_over_older_rows_and_is_idempotent(tmp_path: Path) -> None:
    """Versions loaded before a name could be matched get matched by the next load."""
    db = tmp_path / "w.duckdb"
    with open_warehouse(db) as con:
        con.execute(
            "INSERT INTO agreements_287g (agreement_id, list, match_key, state, agency, county, "
            "agency_type, valid_from, document_sha256) VALUES ('a1', 'participating', 'k', 'GA', "
            "'Harris County Sheriff''s Office', 'Harris County', 'county', DATE '2026-01-01', 'd')"
        )
        for run in ("r1", "r2"):
            load = load_run(con, RunInput(RunRecord(run, dt.datetime.now(dt.UTC), "replay", 0, 0)))
            assert load.jurisdictions.agencies == (1 if run == "r1" else 0)
        row = con.execute(
            "SELECT jurisdiction_id, agency_kind, match_method FROM agreements_287g"
        ).fetchone()
        assert row == ("ocd-division/country:us/state:ga/county:harris", "sheriff", "county_column")
        counts = con.execute("SELECT source, count(*) FROM jurisdictions GROUP BY 1").fetchall()
        expected: dict[str, int] = {}
        for j in Gazetteer.packaged():
            expected[j.source] = expected.get(j.source, 0) + 1
        assert dict(counts) == expected
        assert expected["us-states"] == 57 and expected["census-counties-2020"] == 3234


@pytest.mark.corpus
def test_readme_queries_run(built: Path) -> None:
    readme = (ROOT / "README.md").read_text()
    start = readme.index("```sql", readme.index("### Jurisdictions and history"))
    block = readme[start + len("```sql") : readme.index("```", start + 6)]
    statements = [s.strip() for s in block.split(";") if s.strip()]
    assert len(statements) == 6
    with open_warehouse(built / "icewatch.duckdb", read_only=True) as con:
        results = [con.execute(sql).fetchall() for sql in statements]
    assert results[0] == []  # Bucks County has nothing in this warehouse
    assert results[1] and all(n > 0 for _, _, n in results[1])  # the demo's sheriffs
    assert all(len(r) == 6 for r in results[4])


def test_check_id(gaz: Gazetteer, gaz_places: Gazetteer) -> None:
    assert gaz.check_id("ocd-division/country:us") is None
    assert gaz.check_id("ocd-division/country:us/state:pa/county:bucks") is None
    assert "did you mean 'ocd-division/country:us/state:pa/county:bucks'" in gaz.check_id(
        "ocd-division/country:us/state:pa/county:buck"
    )
    assert "not a known state or county" in gaz.check_id("ocd-division/country:us/state:zz/x:y")
    # A town must be one of the Census places shipped with the project.
    town = "ocd-division/country:us/state:fl/place:port_saint_lucie"
    assert "did you mean 'ocd-division/country:us/state:fl/place:port_st._lucie'" in (
        gaz.check_id(town)
    )
    assert gaz.check_id("ocd-division/country:us/state:fl/place:port_st._lucie") is None


def test_a_town_known_by_name_is_meant_before_the_county_of_that_name(
    tmp_path: Path, gaz: Gazetteer
) -> None:
    from warehouse.jurisdictions import register_sources, resolve

    philly = next(s.as_dict() for s in load_sources() if s.id == "philadelphia-council")
    with open_warehouse(tmp_path / "w.duckdb") as con:
        from warehouse.jurisdictions import sync_gazetteer

        sync_gazetteer(con, gaz)
        assert register_sources(con, gaz, [philly]) == 0  # a Census place already
        town = resolve(con, gaz, "Philadelphia, PA")
        assert (town.jurisdiction_id, town.name) == (
            "ocd-division/country:us/state:pa/place:philadelphia",
            "Philadelphia",
        )
        county = resolve(con, gaz, "Philadelphia County, PA")
        assert county.jurisdiction_id == "ocd-division/country:us/state:pa/county:philadelphia"
        assert resolve(con, gaz, "42101").jurisdiction_id == county.jurisdiction_id
        with pytest.raises(LookupError, match="no jurisdiction matches 'Gotham, NJ'"):
            resolve(con, gaz, "Gotham, NJ")


def test_a_near_spelling_keeps_its_first_letter(gaz: Gazetteer) -> None:
    """ "North County" is not Worth County: the agency is Missouri's, the gap reported."""
    found = match_agency(gaz, "North County Police Cooperative", "MO", county="North County")
    assert (found.jurisdiction_id, found.method) == ("ocd-division/country:us/state:mo", "state")
    assert "COUNTY 'North County' is not a county of MO" in found.note
    assert match_agency(gaz, "Neuces County Sheriff's Office", "TX").fips == "48355"


def test_a_place_is_found_however_a_person_types_it(tmp_path: Path, gaz: Gazetteer) -> None:
    from warehouse.jurisdictions import resolve, sync_gazetteer

    with open_warehouse(tmp_path / "w.duckdb") as con:
        sync_gazetteer(con, gaz)
        etowah = "ocd-division/country:us/state:al/county:etowah"
        for typed in ("Etowah County, AL", "etowah county al", "Etowah County Alabama"):
            assert resolve(con, gaz, typed).jurisdiction_id == etowah, typed
        assert resolve(con, gaz, "Etowah County").jurisdiction_id == etowah  # only one
        assert resolve(con, gaz, "League City, TX").fips == "4841980"
        with pytest.raises(LookupError, match=r"names 30 jurisdictions: \"Washington County, AL\""):
            resolve(con, gaz, "Washington County")


def test_declared_jurisdictions_join_the_gazetteer(tmp_path: Path) -> None:
    """The demo's invented places (``jurisdictions_file``): counties, towns under them, an
    address in such a town lies in its county; a bad file names its line."""
    declared = ROOT / "spiders" / "demo" / "jurisdictions.tsv"
    gaz = Gazetteer.packaged(declared=declared)
    gulfview = "ocd-division/country:us/state:fl/county:gulfview"
    assert gaz.resolve("Gulfview County, FL").jurisdiction_id == gulfview
    assert gaz.by_id["ocd-division/country:us/state:fl/place:harbor_point"].parent_id == gulfview
    found = gaz.county_of(zip_code="32990", city="HARBOR POINT", state="FL")
    assert found is not None and found.jurisdiction_id == gulfview
    assert match_agency(gaz, "Gulfview County Sheriff's Office", "FL").jurisdiction_id == gulfview
    assert Gazetteer.packaged().resolve("Gulfview County, FL") is None  # not a real county
    bad = tmp_path / "bad.tsv"
    bad.write_text("jurisdiction_id\tname\tkind\tstate\tparent_id\nx\tX\tcity\tFL\t\n")
    with pytest.raises(ValueError, match=r"bad.tsv:2: expected an OCD id"):
        Gazetteer.packaged(declared=bad)


def test_unmatched_command_lists_what_no_jurisdiction_matches(tmp_path: Path) -> None:
    rows = [
        row_2026(agency="Travis County Sheriff's Office", county="Travis County"),
        row_2026(
            agency="Gotham County Sheriff's Office", county="Gotham County", state="NEW JERSEY"
        ),
    ]
    name = "participatingAgencies11202026am.xlsx"
    snapshot = parse_287g(make_xlsx(HEADER_2026, rows), name=name)
    document = {"sha256": name, "file_name": name, "url": f"https://www.ice.gov/{name}"}
    with open_warehouse(tmp_path / "icewatch.duckdb") as con:
        load_run(
            con,
            RunInput(
                RunRecord("one", dt.datetime.now(dt.UTC), "replay", 1, 0),
                editions=[Ice287gEdition(document, snapshot, snapshot.date)],
            ),
        )
    done = _cli(tmp_path, "jurisdictions", "unmatched")
    assert done.returncode == 0, done.stderr
    assert "Gotham County Sheriff's Office" in done.stdout
    assert "Travis County" not in done.stdout and "1 unmatched" in done.stdout
