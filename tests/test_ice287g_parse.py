"""The 287(g) parser on every corpus spreadsheet and on the project's own made-up files."""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections import Counter
from pathlib import Path

import pytest

from extract.errors import LayoutError
from extract.ice287g import ListKind, SupportModel, parse_287g, snapshot_date_from_name, unwrap_url
from tests.conftest import CORPUS, HEADER_2026, corpus_path, make_xlsx, row_2026

MODEL_ABBR = {
    SupportModel.JAIL_ENFORCEMENT: "JEM",
    SupportModel.TASK_FORCE: "TFM",
    SupportModel.WARRANT_SERVICE: "WSO",
}
# The MANIFEST counts ICE's typos as written; these are the ones it shows.
MANIFEST_TYPOS = {
    "Warrant Service Office": "WSO",
    "Warrant Services Officer": "WSO",
    "Task Force Officer": "TFM",
}


def manifest_rows() -> list[tuple[str, dict[str, str]]]:
    manifest = CORPUS / "ice" / "MANIFEST.tsv"
    if not manifest.exists():
        return []
    with manifest.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return [(r["local_path"], r) for r in rows if r["local_path"].startswith("287g_")]


MANIFEST = manifest_rows()
TRIMMED = Path(__file__).parent / "fixtures" / "ice"  # real lists, trimmed: SOURCES.md


def trimmed(name: str):
    """A real 287(g) list of the corpus, trimmed to a few rows (tests/fixtures/ice)."""
    return parse_287g(TRIMMED / name.replace(".xlsx", "_trimmed.xlsx"), name=name)


TRIMMED_LISTS = [
    "ParticipatingEntities-20210113002027.xlsx",
    "participatingAgencies07142025am.xlsx",
    "participatingAgencies12292025am.xlsx",
    "participatingAgencies05112026am.xlsx",
]


def expected_from_manifest(text: str) -> tuple[int, list[str], Counter]:
    rows = int(re.search(r"(\d+) rows", text).group(1))
    columns = re.search(r"columns ([A-Z |]+);", text).group(1).split("|")
    counts: Counter = Counter()
    for name, number in re.findall(r"([A-Za-z ]+)=(\d+)", text.split("columns", 1)[1]):
        name = name.strip()
        counts[MANIFEST_TYPOS.get(name, name)] += int(number)
    return rows, [c.strip() for c in columns], counts


@pytest.mark.corpus
def test_manifest_lists_every_287g_file() -> None:
    folder = corpus_path("ice")
    on_disk = sorted(str(p.relative_to(folder)) for p in folder.glob("287g_*/*.xlsx"))
    assert on_disk, "no 287(g) files in the corpus"
    assert sorted(path for path, _ in MANIFEST) == on_disk


@pytest.mark.corpus
@pytest.mark.parametrize("relative,entry", MANIFEST, ids=[p for p, _ in MANIFEST])
def test_corpus_file_matches_its_manifest(relative: str, entry: dict[str, str]) -> None:
    path = corpus_path("ice", relative)
    snapshot = parse_287g(path)
    rows, columns, counts = expected_from_manifest(entry["what_it_shows"])

    assert len(snapshot.rows) == rows
    assert snapshot.columns == columns
    assert Counter(MODEL_ABBR[r.support_model] for r in snapshot.rows) == counts
    assert snapshot.list == (ListKind.PENDING if "pending" in relative else ListKind.PARTICIPATING)
    assert snapshot.date == snapshot_date_from_name(path.name) is not None


@pytest.mark.corpus
@pytest.mark.parametrize("relative", [p for p, _ in MANIFEST], ids=[p for p, _ in MANIFEST])
def test_corpus_rows_are_normalized(relative: str) -> None:
    assert_normalized(parse_287g(corpus_path("ice", relative)))


@pytest.mark.parametrize("name", TRIMMED_LISTS)
def test_trimmed_real_lists_are_normalized(name: str) -> None:
    snapshot = trimmed(name)
    assert snapshot.rows and snapshot.date == snapshot_date_from_name(name)
    assert_normalized(snapshot)


def assert_normalized(snapshot) -> None:
    for row in snapshot.rows:
        assert re.fullmatch(r"[A-Z]{2}", row.state or ""), row
        assert row.agency and row.agency == row.agency.strip() and "  " not in row.agency
        assert row.support_model in SupportModel
        for url in (row.moa_url, row.addendum_url):
            if url is not None:
                assert url.startswith("https://www.ice.gov/"), url
                assert "safelinks" not in url and "web.archive.org" not in url and " " not in url
        if row.signed is not None:
            assert dt.date(2005, 1, 1) <= row.signed <= dt.date(2026, 12, 31)
    if snapshot.list == ListKind.PARTICIPATING:
        # Only an empty SIGNED cell gives no date (Hampshire County, Dec 2025).
        # and a typo'd year (5025, Grundy County, Jul 2025) gives a warning instead of a date.
        undated = [r for r in snapshot.rows if r.signed is None]
        assert len(undated) <= 1
        for row in undated:
            if row.signed_raw:
                assert any(f"row {row.row}: implausible date" in w for w in snapshot.warnings)
        assert len(snapshot.warnings) == sum(1 for r in undated if r.signed_raw)
        if row.county is not None:
            assert row.county not in {"#NA", ""}
    assert len({r.key for r in snapshot.rows}) == len(snapshot.rows)


def test_dates_typed_without_a_slash() -> None:
    rows = {
        (r.state, r.agency, r.support_model): r
        for r in trimmed("participatingAgencies07142025am.xlsx").rows
    }
    campbell = rows[("VA", "Campbell County Sheriff's Office", SupportModel.TASK_FORCE)]
    assert (campbell.signed, campbell.signed_raw) == (dt.date(2025, 5, 8), "05/082025")
    tooele = [r for (state, _, _), r in rows.items() if state == "UT" and r.signed_raw == "7/72025"]
    assert [r.signed for r in tooele] == [dt.date(2025, 7, 7)]


def test_typos_in_states_and_models_fold() -> None:
    snapshot = trimmed("participatingAgencies12292025am.xlsx")
    assert not snapshot.warnings
    by_raw = {r.support_raw: r.support_model for r in snapshot.rows}
    assert by_raw["Warrant Service Office"] == SupportModel.WARRANT_SERVICE
    assert by_raw["Jail Enforcement Model"] == SupportModel.JAIL_ENFORCEMENT


def test_safelinks_and_pending_links_in_corpus() -> None:
    rows = {
        (r.agency, r.support_model): r for r in trimmed("participatingAgencies05112026am.xlsx").rows
    }
    colbert = rows[("Colbert County Sheriff's Office", SupportModel.WARRANT_SERVICE)]
    assert colbert.moa_url == (
        "https://www.ice.gov/doclib/287gMOA/ColbertCoSheriffsOfficeAL_WSO_MOA_05.08.25.pdf"
    )
    assert sum(1 for r in rows.values() if r.moa_url is None) == 3  # "link pending"
    assert all("safelinks" not in (r.moa_url or "") for r in rows.values())


def test_html_era_urls_lose_their_wayback_prefix() -> None:
    first = trimmed("ParticipatingEntities-20210113002027.xlsx").rows[0]
    assert first.agency == "Etowah County Sheriff's Office"
    assert first.state == "AL"
    assert first.signed == dt.date(2016, 6, 8)
    assert first.moa_url == "https://www.ice.gov/doclib/287gMOA/287gJEM_EtowahCoAl2016-06-18.pdf"


# --- the project's own made-up files -------------------------------------------------------


def test_moving_header_row_trailing_columns_and_blank_rows(tmp_path: Path) -> None:
    rows = [
        row_2026(state="WEST VIRIGINA", model="Warrant Services Officer ", moa="link pending"),
        row_2026(agency="  Lakeview  Police Departent ", model="Task Force Officer", moa="link"),
        [""] * 8,
        [" "] * 8,
    ]
    data = make_xlsx(
        [*HEADER_2026, None, None, None],
        rows,
        header_row=4,
        links={
            (
                1,
                7,
            ): "https://gcc02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.ice.gov%2Fdoclib%2F287gMOA%2FLakeview%20PD.pdf&data=05%7C02"
        },
    )
    path = tmp_path / "participatingAgencies07042026pm.xlsx"
    path.write_bytes(data)
    snapshot = parse_287g(path)
    assert snapshot.date == dt.date(2026, 7, 4)
    assert snapshot.list == ListKind.PARTICIPATING
    assert snapshot.blank_rows == 2
    first, second = snapshot.rows
    assert (first.state, first.support_model, first.moa_url) == (
        "WV",
        SupportModel.WARRANT_SERVICE,
        None,
    )
    assert first.row == 5
    assert second.agency == "Lakeview Police Departent"
    assert second.support_model == SupportModel.TASK_FORCE
    assert second.moa_url == "https://www.ice.gov/doclib/287gMOA/Lakeview%20PD.pdf"


def test_pending_list_without_signed_column() -> None:
    data = make_xlsx(
        ["STATE", "LAW ENFORCEMENT AGENCY", "TYPE", "COUNTY", "SUPPORT TYPE"],
        [
            [
                "OHIO",
                "Example Township Police Department",
                "Municipality ",
                "#NA",
                "Task Force Model",
            ]
        ],
    )
    snapshot = parse_287g(data, name="pendingAgencies01022026am.xlsx")
    (row,) = snapshot.rows
    assert snapshot.list == ListKind.PENDING
    assert (row.state, row.county, row.signed, row.agency_type) == (
        "OH",
        None,
        None,
        "municipality",
    )


def test_unknown_layout_names_expected_and_found_columns() -> None:
    data = make_xlsx(["Jurisdiction", "Agency Name", "Program", "Date"], [["TX", "X", "Y", "Z"]])
    with pytest.raises(LayoutError) as caught:
        parse_287g(data, name="participatingAgencies01012027am.xlsx")
    message = str(caught.value)
    assert "participatingAgencies01012027am.xlsx" in message
    assert "STATE, LAW ENFORCEMENT AGENCY, SUPPORT TYPE" in message
    assert "JURISDICTION | AGENCY NAME | PROGRAM | DATE" in message


def test_not_a_workbook_is_a_layout_error() -> None:
    with pytest.raises(LayoutError, match="not a readable xlsx workbook"):
        parse_287g(b"<html>Access denied</html>", name="participatingAgencies.xlsx")


def test_new_column_is_read_around_and_reported() -> None:
    data = make_xlsx([*HEADER_2026, "REGION"], [[*row_2026(), "South"]])
    snapshot = parse_287g(data, name="participatingAgencies01012027am.xlsx")
    assert len(snapshot.rows) == 1
    assert snapshot.warnings == ["participatingAgencies01012027am.xlsx: columns not read: REGION"]


def test_same_agency_and_model_twice_keeps_both() -> None:
    data = make_xlsx(HEADER_2026, [row_2026(), row_2026(signed=dt.date(2026, 1, 5))])
    rows = parse_287g(data, name="participatingAgencies01012027am.xlsx").rows
    assert len(rows) == 2 and rows[0].key != rows[1].key


@pytest.mark.parametrize(
    "name,expected",
    [
        ("participatingAgencies05182026am.xlsx", dt.date(2026, 5, 18)),
        ("pendingAgencies12052025mid.xlsx", dt.date(2025, 12, 5)),
        ("participatingAgencies12042025pm2.xlsx", dt.date(2025, 12, 4)),
        ("ParticipatingEntities-20210113002027.xlsx", dt.date(2021, 1, 13)),
        ("participatingAgencies.xlsx", None),
    ],
)
def test_snapshot_date_from_name(name: str, expected: dt.date | None) -> None:
    assert snapshot_date_from_name(name) == expected


@pytest.mark.parametrize(
    "wrapped,expected",
    [
        (
            "https://web.archive.org/web/2022id_/https://www.ice.gov/a b.pdf",
            "https://www.ice.gov/a%20b.pdf",
        ),
        (
            "chrome-extension://efaidnbmnnnibpcajpcglclefindmkaj/https:/www.ice.gov/x.pdf",
            "https://www.ice.gov/x.pdf",
        ),
        ("http://www.ice.gov/doclib/287gMOA/y.pdf", "https://www.ice.gov/doclib/287gMOA/y.pdf"),
        ("https://example.org/moa.pdf", "https://example.org/moa.pdf"),
        ("javascript:alert(1)", None),
        ("file:///C:/Users/x/moa.pdf", None),
    ],
)
def test_unwrap_url(wrapped: str, expected: str | None) -> None:
    assert unwrap_url(wrapped) == expected


@pytest.mark.parametrize(
    "folder",
    [
        "/doclib/about/offices/ero/287g/",  # through early 2026 (e.g. the 2025-09-12 edition)
        "/doclib/about/287g/",  # since April 2026
    ],
)
def test_the_287g_page_links_are_found_under_either_download_path(folder: str) -> None:
    from spiders.parse import parse_saved

    page = (
        f'<main><a href="{folder}participatingAgencies09122025pm.xlsx">Participating Agencies'
        f'</a> <a href="{folder}pendingAgencies09122025pm.xlsx">Pending Agencies</a>'
        '<a href="/doclib/287gMOA/287gJEM_EtowahCoAl2016-06-18.pdf">MOA</a></main>'
    ).encode()  # the two links as ICE's page carries them, around a MOA link
    parsed = parse_saved("ice287g", page, "https://www.ice.gov/identify-and-arrest/287g")
    assert parsed.failures == []
    assert sorted(r["url"] for r in parsed.requests) == [
        f"https://www.ice.gov{folder}participatingAgencies09122025pm.xlsx",
        f"https://www.ice.gov{folder}pendingAgencies09122025pm.xlsx",
    ]
