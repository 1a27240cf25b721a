"""Detention facilities: ICE's detention statistics workbooks and facility lists, history,
alerts, counties, and the spider that finds the current workbook."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import shutil
from pathlib import Path

import duckdb
import pytest

from extract.detention import (
    LayoutError,
    parse_detention_stats,
    parse_facility_file,
    parse_usaspending,
    parse_uwchr_list,
)
from tests.conftest import corpus_path, make_xlsx
from tests.test_cli import icewatch
from tests.test_replay_crawl import write_replay
from warehouse.db import connect
from warehouse.detention import facilities_on, load_detention_edition
from warehouse.gazetteer import Gazetteer

HEADER = ["Name", "Address", "City", "State", "Zip", "AOR", "Type Detailed", "Male/Female"]
HEADER += ["FY26 ALOS", "Level A", "Level B", "Level C", "Level D", "Guaranteed Minimum"]
HEADER += ["Last Inspection Type", "Last Inspection End Date"]


def workbook(rows: list[list], *, pull: str = "01/22/2026", header_row: int = 10) -> bytes:
    """A detention statistics workbook as ICE lays it out: title rows, the data pull line,
    the header further down, footnotes under the table."""
    data = make_xlsx(
        HEADER,
        [*rows, [], ["(*) Denotes no inspection completed as of the date of the report"]],
        header_row=header_row,
        sheet_name="Facilities FY26",
    )
    import io

    import openpyxl

    book = openpyxl.load_workbook(io.BytesIO(data))
    sheet = book["Facilities FY26"]
    sheet["A3"] = "ICE Facilities Data, FY26"
    sheet["A5"] = f"Data Source: ICE Integrated Decision Support (IIDS), {pull}"
    book.create_sheet("Header", 0)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def row(name, address, city, state, zip_code, kind, adp=(10, 5, 0, 0), gm=None) -> list:
    return [name, address, city, state, zip_code, "NOL", kind, "Male", 30.5, *adp, gm, "ODO",
            dt.datetime(2025, 1, 16)]  # fmt: skip


def load_in_order(con, editions, gaz) -> list:
    """Each edition loaded in its own transaction, numbered as its document and run."""
    loads = []
    for n, edition in enumerate(editions):
        con.execute("BEGIN")
        loads.append(
            load_detention_edition(
                con,
                edition,
                edition_date=edition.date,
                document_sha256=str(n),
                run_id=str(n),
                gazetteer=gaz,
            )
        )
        con.execute("COMMIT")
    return loads


STEWART = ("STEWART DETENTION CENTER", "146 CCA ROAD", "LUMPKIN", "GA", 31815)
ALLEN = ("ALLEN PARISH PUBLIC SAFETY COMPLEX", "7340 HIGHWAY 26 WEST", "OBERLIN", "LA", 70655)
WYATT = ("WYATT DETENTION CENTER", "950 HIGH STREET", "CENTRAL FALLS", "RI", 2863)


def test_own_workbook_fields() -> None:
    edition = parse_detention_stats(
        workbook([row(*STEWART, "DIGSA", gm=1600), row(*WYATT, "USMS IGA")]), name="FY26.xlsx"
    )
    assert (edition.date, edition.fiscal_year, edition.sheet) == (
        dt.date(2026, 1, 22),
        2026,
        "Facilities FY26",
    )
    stewart, wyatt = edition.facilities
    assert (stewart.name, stewart.city, stewart.zip, stewart.type) == (
        "STEWART DETENTION CENTER",
        "Lumpkin",
        "31815",
        "DIGSA",
    )
    assert (stewart.average_daily_population, stewart.guaranteed_minimum) == (15.0, 1600)
    assert stewart.last_inspection == dt.date(2025, 1, 16)
    assert wyatt.zip == "02863"  # ZIP codes stored as numbers lose their leading zero
    assert edition.counts_by_type() == {"DIGSA": 1, "USMS IGA": 1}


def test_unknown_layout_names_expected_and_found() -> None:
    data = make_xlsx(["Facility", "Town", "ST"], [["X", "Y", "GA"]], sheet_name="Facilities FY27")
    with pytest.raises(LayoutError) as err:
        parse_detention_stats(data, name="FY27.xlsx")
    message = str(err.value)
    assert "FY27.xlsx" in message and "Name, City, State, Type Detailed" in message
    assert "Facility | Town | ST" in message
    with pytest.raises(LayoutError, match="not a readable xlsx"):
        parse_detention_stats(b"<html>moved</html>", name="page.xlsx")


# Counts by type as the workbooks themselves give them (a pivot of each facilities sheet,
# done once by hand in a spreadsheet program and written here).
CORPUS_EDITIONS = {
    "FY19-detentionstats.xlsx": (dt.date(2019, 10, 7), 2019, 213, {"IGSA": 90, "USMS IGA": 74}),
    "FY21-detentionstats.xlsx": (dt.date(2021, 9, 27), 2021, 135, {"IGSA": 42, "DIGSA": 20}),
    "FY23_detentionStats.xlsx": (dt.date(2023, 9, 30), 2023, 115, {"IGSA": 29, "DIGSA": 25}),
    "FY24_detentionStats.xlsx": (dt.date(2024, 10, 7), 2024, 109, {"IGSA": 27, "USMS IGA": 32}),
    "FY26_detentionStats02022026.xlsx": (
        dt.date(2026, 1, 22),
        2026,
        225,
        {"IGSA": 46, "USMS IGA": 113, "CDF": 19},
    ),
}


TRIMMED = Path(__file__).parent / "fixtures" / "ice"  # real workbooks, trimmed: SOURCES.md


def trimmed(name: str) -> Path:
    return TRIMMED / name.replace(".xlsx", "_trimmed.xlsx")


@pytest.mark.corpus
@pytest.mark.parametrize("name", sorted(CORPUS_EDITIONS))
def test_corpus_workbooks(name: str) -> None:
    path = corpus_path("ice", "detention_stats", name)
    edition = parse_detention_stats(path)
    date, year, count, some_types = CORPUS_EDITIONS[name]
    assert (edition.date, edition.fiscal_year, len(edition.facilities)) == (date, year, count)
    counts = edition.counts_by_type()
    assert {k: counts[k] for k in some_types} == some_types
    assert sum(counts.values()) == count
    assert_well_formed(edition)


@pytest.mark.parametrize("name", sorted(CORPUS_EDITIONS))
def test_trimmed_real_workbooks_of_every_layout(name: str) -> None:
    """FY19 to FY26: each year's layout, trimmed to its header rows and a few facilities."""
    path = trimmed(name)
    edition = parse_detention_stats(path, name=name)
    date, year, _, _ = CORPUS_EDITIONS[name]
    assert (edition.date, edition.fiscal_year) == (date, year)
    assert len(edition.facilities) == count_rows_independently(path) >= 7
    assert_well_formed(edition)
    assert edition.warnings == []


def assert_well_formed(edition) -> None:
    # Every row is a facility: a name, a two-letter state, a five-digit ZIP.
    assert all(f.name and len(f.state) == 2 and len(f.zip or "") == 5 for f in edition.facilities)
    assert all(f.average_daily_population is not None for f in edition.facilities)


def count_rows_independently(path: Path) -> int:
    """Facility rows counted straight from the sheet: rows under the header with a state."""
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    sheet = next(s for s in book.worksheets if s.title.strip().lower().startswith("facilities"))
    rows = list(sheet.iter_rows(values_only=True))
    start = next(i for i, r in enumerate(rows) if r and r[0] == "Name")
    return sum(1 for r in rows[start + 1 :] if r[3] and len(str(r[3]).strip()) == 2)


@pytest.mark.corpus
@pytest.mark.parametrize("name", sorted(CORPUS_EDITIONS))
def test_corpus_counts_against_the_sheet(name: str) -> None:
    path = corpus_path("ice", "detention_stats", name)
    assert len(parse_detention_stats(path).facilities) == count_rows_independently(path)


def test_history_of_trimmed_real_editions(tmp_path: Path) -> None:
    """FY19 to FY26, trimmed to the same few facilities: renames and retyped addresses are one
    facility, new ones are added, each sits in its county, a reload changes nothing."""
    editions = [parse_detention_stats(trimmed(n), name=n) for n in sorted(CORPUS_EDITIONS)]
    con, gaz = connect(tmp_path / "w.duckdb"), Gazetteer.packaged()
    loads = load_in_order(con, editions, gaz)
    last = loads[-1]
    assert "FOLKSTON D RAY ICE PROCESSING CTR" in last.added  # new in FY26
    assert not {"FOLKSTON ANNEX IPC", "CCA, FLORENCE CORRECTIONAL CENTER"} & set(last.added)
    assert not {"FOLKSTON ANNEX IPC", "CCA, FLORENCE CORRECTIONAL CENTER"} & set(last.removed)
    joe = con.execute(
        "SELECT DISTINCT facility_id FROM facilities WHERE name LIKE 'JOE CORLEY%'"
    ).fetchall()
    assert len(joe) == 1  # renamed at the same address between FY19 and FY21
    county = con.execute(
        "SELECT DISTINCT jurisdiction_id FROM facilities WHERE name = 'STEWART DETENTION CENTER'"
    ).fetchall()
    assert county == [("ocd-division/country:us/state:ga/county:stewart",)]
    following = [*loads[1:], None]
    for edition, load, after in zip(editions, loads, following, strict=True):
        gaps = len(load.missing) - (len(after.removed) if after else 0)
        assert facilities_on(con, edition.date) == len(edition.facilities) + gaps, edition.name
    con.execute("BEGIN")
    again = load_detention_edition(
        con,
        editions[-1],
        edition_date=editions[-1].date,
        document_sha256=str(len(editions) - 1),
        run_id="r2",
        gazetteer=gaz,
    )
    con.execute("COMMIT")
    assert again.status == "already-loaded"


@pytest.mark.corpus
def test_history_fy19_to_fy26(tmp_path: Path) -> None:
    """Loading every edition in order: counts per edition, renames, alerts, counties."""
    folder = corpus_path("ice", "detention_stats")
    editions = sorted(
        (parse_detention_stats(p) for p in folder.glob("*.xlsx")), key=lambda e: e.date
    )
    con, gaz = connect(tmp_path / "w.duckdb"), Gazetteer.packaged()
    loads = load_in_order(con, editions, gaz)
    # A facility absent from one edition only is a gap, not a removal: it stays listed through
    # the gap, and the next edition without it closes it as of the first edition it missed.
    following = [*loads[1:], None]
    for edition, load, after in zip(editions, loads, following, strict=True):
        gaps = len(load.missing) - (len(after.removed) if after else 0)
        assert facilities_on(con, edition.date) == len(edition.facilities) + gaps, edition.name
    assert sum(len(load.missing) for load in loads) > len(loads[-1].missing) > 0
    # The alerts between FY24 and FY26 name exactly the facilities that changed.
    fy24, fy26 = editions[-2], editions[-1]
    last = loads[-1]
    assert len(last.added) - len(last.removed) - len(last.missing) == len(fy26.facilities) - len(
        fy24.facilities
    ) - len(loads[-2].missing)
    alerted = con.execute(
        "SELECT kind, data->>'$.facility.name' FROM alerts WHERE event_date = ?", [fy26.date]
    ).fetchall()
    assert sorted(n for k, n in alerted if k == "facility.added") == sorted(last.added)
    assert sorted(n for k, n in alerted if k == "facility.removed") == sorted(last.removed)
    # Checked by hand in the two workbooks: a new Folkston center and a second Clinton County
    # Jail (Indiana) are new; the Folkston annex ("HIGHWAY" → "HWY") and Florence (ZIP
    # 85132 → 85232) only had their address retyped.
    assert {"FOLKSTON D RAY ICE PROCESSING CTR", "CLINTON COUNTY JAIL"} <= set(last.added)
    assert not {"FOLKSTON ANNEX IPC", "CCA, FLORENCE CORRECTIONAL CENTER"} & set(last.added)
    assert not {"FOLKSTON ANNEX IPC", "CCA, FLORENCE CORRECTIONAL CENTER"} & set(last.removed)
    types24 = {f.key: f.type for f in fy24.facilities}
    type_changes = {f.name for f in fy26.facilities if types24.get(f.key, f.type) != f.type}
    assert type_changes <= {n for k, n in alerted if k == "facility.changed"}
    # A facility ICE renamed at the same address is one facility.
    joe = con.execute(
        "SELECT DISTINCT facility_id FROM facilities WHERE name LIKE 'JOE CORLEY%'"
    ).fetchall()
    assert len(joe) == 1
    # Each facility sits in its county: Stewart in Stewart County, GA.
    county = con.execute(
        "SELECT DISTINCT jurisdiction_id FROM facilities WHERE name = 'STEWART DETENTION CENTER'"
    ).fetchall()
    assert county == [("ocd-division/country:us/state:ga/county:stewart",)]
    linked = con.execute("SELECT count(jurisdiction_id) / count(*) FROM facilities").fetchone()[0]
    assert linked > 0.97
    # Loading an edition again, or an older one, changes nothing.
    con.execute("BEGIN")
    again = load_detention_edition(
        con,
        fy26,
        edition_date=fy26.date,
        document_sha256=str(len(editions) - 1),
        run_id="r2",
        gazetteer=gaz,
    )
    older = load_detention_edition(
        con, fy24, edition_date=fy24.date, document_sha256="other", run_id="r2", gazetteer=gaz
    )
    con.execute("COMMIT")
    assert (again.status, older.status) == ("already-loaded", "older-than-loaded")
    print(
        "\n".join(
            f"{e.name}: {len(e.facilities)} facilities; +{len(r.added)} -{len(r.removed)} "
            f"changed {len(r.changed)} population {len(r.population)}"
            for e, r in zip(editions, loads, strict=True)
        )
    )


def test_population_jump_and_type_change_alerts(tmp_path: Path) -> None:
    con = connect(tmp_path / "w.duckdb")
    gaz = Gazetteer.packaged()
    first = parse_detention_stats(
        workbook([row(*STEWART, "DIGSA", adp=(100, 0, 0, 0)), row(*ALLEN, "IGSA")]), name="a"
    )
    second = parse_detention_stats(
        workbook(
            [
                row(*STEWART, "DIGSA", adp=(300, 0, 0, 0)),  # tripled
                row("ALLEN PARISH JAIL", *ALLEN[1:], "USMS IGA"),  # renamed, new contract type
                row(*WYATT, "USMS IGA"),
            ],
            pull="06/30/2026",
        ),
        name="b",
    )
    _, load = load_in_order(con, [first, second], gaz)
    assert (load.added, load.removed) == (["WYATT DETENTION CENTER"], [])
    assert load.population == ["STEWART DETENTION CENTER"]
    assert load.changed == ["ALLEN PARISH JAIL"]
    titles = dict(
        con.execute(
            "SELECT kind, title FROM alerts WHERE event_date = DATE '2026-06-30' "
            "AND kind IN ('facility.population', 'facility.changed')"
        ).fetchall()
    )
    assert titles["facility.population"] == (
        "STEWART DETENTION CENTER (Lumpkin, GA): ICE detainees 100 → 300 a day"
    )
    assert "type: IGSA → USMS IGA" in titles["facility.changed"]
    assert (
        "name: ALLEN PARISH PUBLIC SAFETY COMPLEX → ALLEN PARISH JAIL"
        in (titles["facility.changed"])
    )


@pytest.mark.parametrize(
    "path,count,dated",
    [
        pytest.param(TRIMMED / "uwchr_facil-list_trimmed.csv.gz", 19, 13, id="trimmed"),
        pytest.param("uwchr_facil-list.csv.gz", 1685, 40, id="corpus", marks=pytest.mark.corpus),
    ],
)
def test_uwchr_list_carries_contract_dates_and_per_diem(path, count: int, dated: int) -> None:
    if isinstance(path, str):
        path = corpus_path("ice", "detention_facilities", path)
    facilities = parse_uwchr_list(path)
    assert len(facilities) == count
    allen = next(f for f in facilities if f.name == "ALLEN PARISH PUBLIC SAFETY COMPLEX")
    assert (allen.contract_start, allen.contract_end, allen.per_diem, allen.operator) == (
        dt.date(2015, 8, 1),
        dt.date(2025, 7, 31),
        "51.00",
        "COUNTY",
    )
    with_end = [f for f in facilities if f.contract_end]
    assert len(with_end) >= dated


@pytest.mark.parametrize(
    "path,least",
    [
        pytest.param(TRIMMED / "us-local-gov-ice-contracts_trimmed.csv", 20, id="trimmed"),
        pytest.param("us-local-gov-ice-contracts.csv", 501, id="corpus", marks=pytest.mark.corpus),
    ],
)
def test_usaspending_awards_have_periods_of_performance(path, least: int) -> None:
    if isinstance(path, str):
        path = corpus_path("ice", "usaspending", path)
    awards = parse_usaspending(path)
    assert len(awards) >= least
    assert all(a.end is None or a.start is None or a.end >= a.start for a in awards)
    detention = [a for a in awards if "DETENTION" in (a.description or "")]
    assert detention and all(a.recipient and a.state for a in detention)


def test_bad_lists_fail_clearly(tmp_path: Path) -> None:
    bad = tmp_path / "list.csv.gz"
    bad.write_bytes(gzip.compress(b"detloc|name|city\nX|Y|Z\n"))
    with pytest.raises(LayoutError, match=r"missing columns \['state', 'type_detailed'\]"):
        parse_uwchr_list(bad)
    other = tmp_path / "other.csv"
    other.write_text("a,b\n1,2\n")
    with pytest.raises(LayoutError, match="not a detention statistics workbook"):
        parse_facility_file(other)


def test_parse_command(tmp_path: Path) -> None:
    path = tmp_path / "FY26.xlsx"
    path.write_bytes(workbook([row(*STEWART, "DIGSA"), row(*WYATT, "USMS IGA")]))
    done = icewatch("detention", "parse", str(path), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert [(r["name"], r["type"], r["zip"]) for r in rows] == [
        ("STEWART DETENTION CENTER", "DIGSA", "31815"),
        ("WYATT DETENTION CENTER", "USMS IGA", "02863"),
    ]
    assert "2 facilities" in done.stderr and "detention_stats" in done.stderr
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really")
    failed = icewatch("detention", "parse", str(broken), cwd=tmp_path)
    assert failed.returncode == 1 and "not a readable xlsx workbook" in failed.stderr


PAGE = """<html><body><h1>Detention Management</h1>
<ul>
<li><a href="/doclib/detention/FY25_detentionStats09302025.xlsx">FY 2025 Detention Statistics</a></li>
<li><a href="/doclib/detention/FY26_detentionStats06302026.xlsx">FY 2026 Detention Statistics</a></li>
<li><a href="/doclib/detention/ICEFacilityList.xlsx">Facility list</a></li>
</ul></body></html>"""


@pytest.mark.slow
def test_run_finds_the_current_workbook_and_loads_it(tmp_path: Path) -> None:
    base = "https://www.ice.gov"
    newest = workbook([row(*STEWART, "DIGSA"), row(*ALLEN, "IGSA")], pull="06/30/2026")
    replay = write_replay(
        tmp_path / "replay",
        [
            {"url": f"{base}/detain/detention-management", "content": PAGE},
            {
                "url": f"{base}/doclib/detention/FY26_detentionStats06302026.xlsx",
                "content": newest,
                "headers": {"Content-Type": "application/vnd.ms-excel"},
            },
        ],
    )
    home = tmp_path / "var"
    env = {"ICEWATCH_HOME": str(home)}
    args = ["run", "--replay", str(replay), "--source", "ice-detention-stats", "--json"]
    first = icewatch(*args, cwd=tmp_path, env=env)
    assert first.returncode == 0, first.stderr[-3000:]
    summary = json.loads(first.stdout)
    assert summary["editions_loaded"] == 1 and summary["alerts_new"] == 2
    with duckdb.connect(str(home / "icewatch.duckdb"), read_only=True) as con:
        rows = con.execute(
            "SELECT name, type, jurisdiction_id, listed_since::TEXT FROM v_facilities_current "
            "ORDER BY name"
        ).fetchall()
    assert rows == [
        (
            "ALLEN PARISH PUBLIC SAFETY COMPLEX",
            "IGSA",
            "ocd-division/country:us/state:la/parish:allen",
            "2026-06-30",
        ),
        (
            "STEWART DETENTION CENTER",
            "DIGSA",
            "ocd-division/country:us/state:ga/county:stewart",
            "2026-06-30",
        ),
    ]
    again = icewatch(*args, cwd=tmp_path, env=env)
    assert json.loads(again.stdout)["alerts_new"] == 0

    # The page redesigned: no workbook link is a failure of that source, named.
    broken = write_replay(
        tmp_path / "replay2",
        [{"url": f"{base}/detain/detention-management", "content": "<html>moved</html>"}],
    )
    failed = icewatch(
        "run", "--replay", str(broken), "--source", "ice-detention-stats", cwd=tmp_path, env=env
    )
    assert failed.returncode == 1
    assert "no detention statistics workbook linked" in failed.stdout + failed.stderr


@pytest.mark.parametrize(
    ("recipient", "name"),
    [
        ("SACRAMENTO, COUNTY OF", "Sacramento County"),
        ("COUNTY OF SANTA CLARA", "Santa Clara County"),
        ("ESCONDIDO, CITY OF", "City of Escondido"),
        ("IMPERIAL, COUNTY (INC)", "Imperial County"),
        ("SAN DIEGO ASSOCIATION OF GOVERNMENTS", "San Diego Association of Governments"),
    ],
)
def test_government_names(recipient: str, name: str) -> None:
    from warehouse.evidence import government_name

    assert government_name(recipient) == name


def test_award_kinds() -> None:
    from warehouse.evidence import award_kind

    assert award_kind("DETENTION SERVICES FOR DETAINEES THAT ARE APPREHENDED") == "igsa"
    assert award_kind("TEMPORARY BEDSPACE IS REQUIRED TO HOUSE ILLEGAL ALIENS") == "igsa"
    assert award_kind("IGF::OT::IGF ACCESS TO CLETS LAW ENFORCEMENT DATA BASE") == "data_sharing"
    assert award_kind("DETAINEE ESCORT SERVICES") == "igsa"  # a detainee service first
    assert award_kind("ESCORT SERVICES") == "transport"
    assert award_kind("FIRING RANGE") == "other"


def test_detention_load_command_on_trimmed_real_files(tmp_path: Path) -> None:
    files = [
        trimmed("FY26_detentionStats02022026.xlsx"),
        trimmed("FY24_detentionStats.xlsx"),
        TRIMMED / "uwchr_facil-list_trimmed.csv.gz",
        TRIMMED / "ca-local-gov-ice-contracts_trimmed.csv",
    ]
    env = {"ICEWATCH_HOME": str(tmp_path / "var"), "ICEWATCH_TODAY": "2025-06-01"}
    first = icewatch("detention", "load", *map(str, files), cwd=tmp_path, env=env)
    assert first.returncode == 0, first.stderr
    lines = first.stdout.splitlines()
    assert lines[0].startswith("FY24_detentionStats_trimmed.xlsx: loaded, 10 facilities")
    assert lines[1].startswith("FY26_detentionStats02022026_trimmed.xlsx: loaded, 12 facilities")
    assert "uwchr_facil-list_trimmed.csv.gz: 8 new contracts" in first.stdout
    assert "ca-local-gov-ice-contracts_trimmed.csv: 29 new contracts" in first.stdout
    # the same files again, as a folder: nothing new
    folder = tmp_path / "saved"
    folder.mkdir()
    for path in files:
        shutil.copy(path, folder / path.name)
    again = icewatch("detention", "load", str(folder), cwd=tmp_path, env=env)
    assert "already-loaded" in again.stdout and "0 new contracts" in again.stdout
    assert again.stdout.count("already-loaded") == 2 and again.stdout.count("0 new contracts") == 2
    history = icewatch("history", "Allen Parish, LA", "--json", cwd=tmp_path, env=env)
    contract = [e for e in json.loads(history.stdout)["events"] if e["category"] == "contract"]
    assert len(contract) == 1 and "expires 2025-07-31 (stated)" in contract[0]["what"]
    assert "$51.00 a day" in contract[0]["what"]
    santa_clara = icewatch("history", "Santa Clara County, CA", "--json", cwd=tmp_path, env=env)
    awards = [e for e in json.loads(santa_clara.stdout)["events"] if "[usaspending]" in e["what"]]
    assert len(awards) >= 5


@pytest.mark.corpus
def test_detention_load_command_builds_history_and_contract_evidence(tmp_path: Path) -> None:
    files = [
        corpus_path("ice", "detention_stats", "FY26_detentionStats02022026.xlsx"),
        corpus_path("ice", "detention_stats", "FY24_detentionStats.xlsx"),
        corpus_path("ice", "detention_facilities", "uwchr_facil-list.csv.gz"),
        corpus_path("ice", "usaspending", "ca-local-gov-ice-contracts.csv"),
    ]
    env = {"ICEWATCH_HOME": str(tmp_path / "var"), "ICEWATCH_TODAY": "2025-06-01"}
    first = icewatch("detention", "load", *map(str, files), cwd=tmp_path, env=env)
    assert first.returncode == 0, first.stderr
    lines = first.stdout.splitlines()
    assert lines[0].startswith("FY24_detentionStats.xlsx: loaded, 109 facilities")  # oldest first
    assert lines[1].startswith("FY26_detentionStats02022026.xlsx: loaded, 225 facilities")
    assert "uwchr_facil-list.csv.gz: 313 new contracts" in first.stdout
    assert "ca-local-gov-ice-contracts.csv: 156 new contracts" in first.stdout
    again = icewatch("detention", "load", *map(str, files), cwd=tmp_path, env=env)
    assert "already-loaded" in again.stdout and "0 new contracts" in again.stdout

    # Allen Parish's jail: in both editions, its IGSA dated by the UWCHR list (to 2025-07-31).
    history = icewatch("history", "Allen Parish, LA", "--json", cwd=tmp_path, env=env)
    events = json.loads(history.stdout)["events"]
    facility = [e for e in events if e["category"] == "facility"]
    assert {e["what"].split(" (")[0] for e in facility} == {"ALLEN PARISH PUBLIC SAFETY COMPLEX"}
    contract = [e for e in events if e["category"] == "contract"]
    assert len(contract) == 1 and "expires 2025-07-31 (stated)" in contract[0]["what"]
    assert "$51.00 a day" in contract[0]["what"]
    soon = icewatch("expiring", "--within", "90d", "--state", "LA", "--json", cwd=tmp_path, env=env)
    rows = [json.loads(line) for line in soon.stdout.splitlines()]
    assert ("ocd-division/country:us/state:la/parish:allen", "2025-07-31") in {
        (r["jurisdiction_id"], r["expiry_date"]) for r in rows
    }
    # A USAspending award to a county is that county's contract evidence.
    santa_clara = icewatch("history", "Santa Clara County, CA", "--json", cwd=tmp_path, env=env)
    awards = [e for e in json.loads(santa_clara.stdout)["events"] if "[usaspending]" in e["what"]]
    assert len(awards) >= 5


def card(name: str, office: str, street: str, city: str, state: str, zip_code: str) -> str:
    """A facility card in the markup of ICE's Drupal views (the locator and field offices)."""
    return (
        '<li class="grid"><div class="grid__content">'
        f'<div class="views-field views-field-field-field-office-name"><div class="field-content">'
        f"{office}</div></div>"
        f'<div class="views-field views-field-title"><span class="field-content">{name}</span>'
        '</div><div class="views-field views-field-field-facility-address"><div '
        f'class="field-content"><p class="address" translate="no"><span class="address-line1">'
        f'{street}</span><br><span class="locality">{city}</span>, <span '
        f'class="administrative-area">{state}</span> <span class="postal-code">{zip_code}'
        "</span><br></p></div></div></div></li>"
    )


def locator_page(cards: list[str], next_page: str | None) -> str:
    pager = (
        f'<nav class="usa-pagination"><a href="{next_page}" class="usa-pagination__link '
        'usa-pagination__next-page">Next</a></nav>'
        if next_page
        else ""
    )
    return f"<html><body><ul class='blazy'>{''.join(cards)}</ul>{pager}</body></html>"


@pytest.mark.corpus
def test_field_offices_page_parses_like_the_locator() -> None:
    from extract.detention import parse_facility_list_page

    path = corpus_path("ice", "pages", "ICE Field Offices _ ICE.html")
    url = "https://www.ice.gov/contact/field-offices"
    cards, next_url = parse_facility_list_page(path.read_bytes(), url)
    assert len(cards) == 20 and next_url == f"{url}?page=1"
    first = cards[0]
    assert (first.name, first.address, first.city, first.state, first.zip, first.aor) == (
        "Office of the Principal Legal Advisor, Los Angeles (Adelanto)",
        "10250 Rancho Road",
        "Adelanto",
        "CA",
        "92301",
        "Adelanto - OPLA",
    )
    assert cards[1].address == "7619 Little River Turnpike Suite 900"


@pytest.mark.slow
def test_locator_crawl_follows_pages_and_records_listings(tmp_path: Path) -> None:
    base = "https://www.ice.gov/detention-facilities"
    page1 = locator_page(
        [
            card("Stewart Detention Center", "Atlanta Field Office", "146 CCA Road", "Lumpkin",
                 "GA", "31815"),
            card("Baker County Sheriff Dept.", "Miami Field Office", "1 Sheriff Office Drive",
                 "MacClenny", "FL", "32063"),
        ],
        "?page=1",
    )  # fmt: skip
    page2 = locator_page(
        [card("Wyatt Detention Center", "Boston Field Office", "950 High Street",
              "Central Falls", "RI", "02863")],
        None,
    )  # fmt: skip
    replay = write_replay(
        tmp_path / "replay",
        [{"url": base, "content": page1}, {"url": f"{base}?page=1", "content": page2}],
    )
    home = tmp_path / "var"
    env = {"ICEWATCH_HOME": str(home), "ICEWATCH_TODAY": "2026-11-20"}
    args = ["run", "--replay", str(replay), "--source", "ice-detention-facilities", "--json"]
    first = icewatch(*args, cwd=tmp_path, env=env)
    assert first.returncode == 0, first.stderr[-3000:]
    assert json.loads(first.stdout)["documents"] == 2
    query = (
        "SELECT name, field_office, jurisdiction_id, first_listed::TEXT, last_listed::TEXT "
        "FROM facility_listings ORDER BY name"
    )
    with duckdb.connect(str(home / "icewatch.duckdb"), read_only=True) as con:
        rows = con.execute(query).fetchall()
    assert rows == [
        ("Baker County Sheriff Dept.", "Miami Field Office",
         "ocd-division/country:us/state:fl/county:baker", "2026-11-20", "2026-11-20"),
        ("Stewart Detention Center", "Atlanta Field Office",
         "ocd-division/country:us/state:ga/county:stewart", "2026-11-20", "2026-11-20"),
        ("Wyatt Detention Center", "Boston Field Office",
         "ocd-division/country:us/state:ri/county:providence", "2026-11-20", "2026-11-20"),
    ]  # fmt: skip
    later = icewatch(*args, cwd=tmp_path, env={**env, "ICEWATCH_TODAY": "2026-11-27"})
    assert later.returncode == 0, later.stderr[-3000:]
    with duckdb.connect(str(home / "icewatch.duckdb"), read_only=True) as con:
        spans = con.execute(
            "SELECT DISTINCT first_listed::TEXT, last_listed::TEXT FROM facility_listings"
        ).fetchall()
    assert spans == [("2026-11-20", "2026-11-27")]


def _independent_rows(path: Path) -> tuple[int, dict[str, int]]:
    """Facility rows and raw type cells of a list, read with the plainest tool for its format
    (csv, openpyxl, xlrd), without icewatch's parser."""
    import collections
    import csv
    import io

    name = path.name
    if name == "facilities.csv":
        rows = list(csv.DictReader(path.open(encoding="utf-8")))
        return len(rows), collections.Counter(r["type_detailed"] for r in rows)
    if name == "themarshallproject_locations.csv":
        text = path.read_bytes().decode("latin-1").replace("\r\n", "\n").replace("\r", "\n")
        rows = [r for r in csv.reader(io.StringIO(text)) if any(r)]
        return len(rows) - 1, {}
    if name == "ICEFacilityListAuthorizedDMCPDetailed.csv.gz":
        text = gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")
        rows = list(csv.reader(io.StringIO(text), delimiter="|"))
        start = next(i for i, r in enumerate(rows) if r and r[0] == "DETLOC")
        data = [r for r in rows[start + 1 :] if r and r[0].strip() and r[1].strip()]
        kind = rows[start].index("Type")
        return len(data), collections.Counter(r[kind] for r in data)
    if name == "09foia5638detentionfacilitylist.xls":
        import xlrd

        sheet = xlrd.open_workbook(str(path)).sheet_by_index(0)
        rows = [sheet.row_values(i) for i in range(sheet.nrows)]
        start = next(i for i, r in enumerate(rows) if r[0] == "DETLOC")
        # Hospitals used by ICE are listed with a name and state but no facility code.
        data = [r for r in rows[start + 1 :] if str(r[1]).strip()]
        return len(data), collections.Counter(r[8] for r in data)
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    if name == "Over72HourFacilities.xlsx":
        rows = list(book.worksheets[0].iter_rows(values_only=True))
        data = [r for r in rows if r[2] and len(str(r[2])) == 2 and r[0] != "Facility Name"]
        return len(data), collections.Counter(r[3] for r in data)
    rows = list(book["Facility List - Main"].iter_rows(values_only=True))
    start = next(i for i, r in enumerate(rows) if r[0] == "DETLOC")
    data = [r for r in rows[start + 1 :] if r[0] and r[1]]
    return len(data), collections.Counter(r[11] for r in data)


LISTS = {
    # file: type counts that must agree (icewatch's code ← the file's own spelling)
    "facilities.csv": {"IGSA": "IGSA", "USMS IGA": "USMS IGA", "HOLD": "Hold"},
    "themarshallproject_locations.csv": {},
    "ICEFacilityListAuthorizedDMCPDetailed.csv.gz": {"IGSA": "IGSA", "CDF": "CDF"},
    "09foia5638detentionfacilitylist.xls": {"IGSA": "IGSA", "SPC": "SPC"},
    "Over72HourFacilities.xlsx": {
        "DIGSA": "Dedicated Inter-Governmental Service Agreement",
        "IGSA": "Inter-Governmental Service Agreement",
        "USMS IGA": "U.S. Marshals Service Inter-Governmental Agreement",
        "CDF": "Contract Detention Facility",
    },
    "ICE_Facility_List_11-06-2017-web.xlsx": {"IGSA": "IGSA", "USMS IGA": "USMS IGA"},
}


@pytest.mark.corpus
@pytest.mark.parametrize("name", sorted(LISTS))
def test_corpus_facility_lists(name: str) -> None:
    from extract.detention import parse_facility_list

    path = corpus_path("ice", "detention_facilities", name)
    listed = parse_facility_list(path)
    count, raw_types = _independent_rows(path)
    assert len(listed.facilities) == count
    ours = listed.counts_by_type()
    for code, spelled in LISTS[name].items():
        assert ours[code] == raw_types[spelled], code
    assert listed.warnings == []


@pytest.mark.parametrize("name", sorted(n for n in LISTS if not n.endswith(".xls")))
def test_trimmed_real_facility_lists(name: str) -> None:
    """Five of the six list formats, each trimmed to its header and first rows."""
    from extract.detention import parse_facility_list

    path = TRIMMED / "facility_lists" / name
    listed = parse_facility_list(path)
    count, raw_types = _independent_rows(path)
    assert len(listed.facilities) == count >= 10
    ours = listed.counts_by_type()
    for code, spelled in LISTS[name].items():
        assert ours.get(code, 0) == raw_types.get(spelled, 0), code
    assert listed.warnings == []


@pytest.mark.corpus
def test_pdf_list_drawn_as_rotated_text_fails_clearly() -> None:
    """The 2017 DMCP PDF draws its cells as rotated text: no facility rows can be read, and
    the field definitions table on its last pages must not pass for facilities."""
    from extract.detention import parse_facility_list

    path = corpus_path("ice", "detention_facilities", "ICE_DMCP_Facility_List_2017.pdf")
    with pytest.raises(LayoutError, match=r"no facility rows follow it .*use the xlsx or csv"):
        parse_facility_list(path)


FIXTURES = Path(__file__).parent / "fixtures"


def test_a_row_without_a_state_is_kept_with_the_state_of_its_zip() -> None:
    """ICE's FY26 edition of 2 April 2026 left Imperial Regional Detention Facility's State
    cell blank: the row is kept, its state read from ZIP 92231, and the gap reported."""
    edition = parse_detention_stats(FIXTURES / "FY26_detentionStats_04092026_trimmed.xlsx")
    assert edition.date == dt.date(2026, 4, 2)
    imperial = next(f for f in edition.facilities if f.name.startswith("IMPERIAL"))
    assert (imperial.state, imperial.zip, imperial.city) == ("CA", "92231", "Calexico")
    assert len(edition.facilities) == 5
    assert edition.warnings == [
        "row 12 (IMPERIAL REGIONAL DETENTION FACILITY): State cell ''; CA from ZIP 92231"
    ]


def test_a_facility_missing_from_one_edition_is_not_removed(tmp_path: Path) -> None:
    """Absent once is a gap (no alert; back in the next edition, nothing happened); absent
    twice is a removal, dated from the first edition it missed."""
    con = connect(tmp_path / "w.duckdb")
    gaz = Gazetteer.packaged()
    both = [row(*STEWART, "DIGSA"), row(*ALLEN, "IGSA")]
    pulls = ["01/05/2026", "02/05/2026", "03/05/2026", "04/05/2026", "05/05/2026"]
    contents = [both, [both[0]], both, [both[0]], [both[0]]]
    editions = [
        parse_detention_stats(workbook(rows, pull=pull), name=f"FY26_{n}.xlsx")
        for n, (pull, rows) in enumerate(zip(pulls, contents, strict=True))
    ]
    loads = load_in_order(con, editions, gaz)
    allen = "ALLEN PARISH PUBLIC SAFETY COMPLEX"
    assert [(load.missing, load.removed) for load in loads] == [
        ([], []),
        ([allen], []),  # the gap
        ([], []),  # back: nothing to tell
        ([allen], []),
        ([], [allen]),  # confirmed
    ]
    alerts = con.execute(
        "SELECT kind, event_date::TEXT, summary FROM alerts WHERE kind <> 'facility.added'"
    ).fetchall()
    assert [(k, d) for k, d, _ in alerts] == [("facility.removed", "2026-05-05")]
    assert "as from the edition of 2026-04-05" in alerts[0][2]
    history = con.execute(
        "SELECT valid_from::TEXT, valid_to::TEXT FROM facilities WHERE name = ? "
        "ORDER BY valid_from",
        [allen],
    ).fetchall()
    assert history == [("2026-01-05", "2026-04-05")]


def test_a_header_only_workbook_is_held_back(tmp_path: Path) -> None:
    con = connect(tmp_path / "w.duckdb")
    gaz = Gazetteer.packaged()
    rows = [row(f"JAIL {n}", f"{n} MAIN ST", "HOUSTON", "TX", 77001, "IGSA") for n in range(20)]
    editions = [
        parse_detention_stats(workbook(content, pull=pull), name=f"FY26_{n}.xlsx")
        for n, (pull, content) in enumerate([("01/05/2026", rows), ("02/05/2026", [])])
    ]
    loads = load_in_order(con, editions, gaz)
    assert loads[1].status == "suspect" and loads[1].missing == []
    kinds = dict(con.execute("SELECT kind, count(*) FROM alerts GROUP BY 1").fetchall())
    assert kinds == {"facility.added": 20, "source.suspect": 1}
