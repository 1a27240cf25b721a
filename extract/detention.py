"""ICE detention facilities: the annual detention statistics workbooks and facility lists.

- ``parse_detention_stats``: the facilities sheet of ICE's detention statistics workbook
  (FY19 onward). The sheet's name ("Facilities FY19", "Facilities EOFY23") and its header row
  (row 6 to 10) move between editions, inspection columns were renamed; the data pull date
  ("Data Source: ICE Integrated Decision Support (IIDS), 01/22/2026") dates the edition.
- ``parse_uwchr_list``: the University of Washington Center for Human Rights facility list
  (pipe-delimited, NIJC 2017 FOIA), which carries contract initiation and expiration dates,
  operators and per-diem rates.
- ``parse_usaspending``: USAspending award downloads of ICE contracts with state and local
  governments: recipient, place of performance and the period of performance.

Every parser returns normalized rows; an unknown layout raises ``LayoutError`` naming the
expected and the found columns.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import gzip
import hashlib
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import openpyxl

from extract.dates import cell_date
from extract.errors import LayoutError
from extract.limits import (
    MAX_COLUMNS,
    bounded_rows,
    check_size,
    check_zip,
    guarded,
    gunzip,
    reading,
)

# The kind of contract each type stands for (what an organizer targets).
CONTRACT_KIND = {"IGSA": "igsa", "DIGSA": "digsa", "USMS IGA": "usms_iga"}
STATS_REQUIRED = ("Name", "City", "State", "Type Detailed")
_HEADER_ROWS = 20
_PULL_DATE = re.compile(r"\((?:IIDS)\),?\s*(\d{1,2}/\d{1,2}/\d{4})", re.I)
_FY = re.compile(r"FY\s?(\d{2})\b", re.I)
_LEVELS = ("Level A", "Level B", "Level C", "Level D")
_DATE_FIELDS = ("last_inspection", "contract_start", "contract_end")


@dataclass(frozen=True)
class Facility:
    name: str
    address: str | None
    city: str | None
    state: str | None
    zip: str | None
    aor: str | None
    type: str | None
    operator: str | None = None
    average_daily_population: float | None = None
    guaranteed_minimum: int | None = None
    last_inspection: dt.date | None = None
    male_female: str | None = None
    contract_start: dt.date | None = None
    contract_end: dt.date | None = None
    per_diem: str | None = None
    code: str | None = None  # ICE's DETLOC code where the list gives it
    row: int = 0

    @property
    def site(self) -> str:
        """Where it is: the street address and ZIP when known, else name, city and state. A
        facility renamed at the same address keeps its site."""
        street = _fold(_street(self.address or ""))
        if street and self.zip:
            basis = f"addr|{street}|{self.zip[:5]}"
        else:
            basis = f"name|{_fold(self.name)}|{_fold(self.city or '')}|{self.state or ''}"
        return hashlib.sha256(basis.encode()).hexdigest()[:16]

    @property
    def key(self) -> str:
        """Its site and name: two facilities at one address (a center and its annex) differ."""
        return hashlib.sha256(f"{self.site}|{_fold(self.name)}".encode()).hexdigest()[:16]

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        for name in _DATE_FIELDS:
            if data[name] is not None:
                data[name] = data[name].isoformat()
        data["facility_id"] = self.key
        data["site_id"] = self.site
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Facility:
        """The facility :meth:`as_json` wrote."""
        values = {k: v for k, v in data.items() if k not in {"facility_id", "site_id"}}
        for name in _DATE_FIELDS:
            if values.get(name):
                values[name] = dt.date.fromisoformat(values[name])
        return cls(**values)


@dataclass
class DetentionEdition:
    name: str
    date: dt.date | None  # the data pull date
    fiscal_year: int | None
    sheet: str
    facilities: list[Facility]
    columns: list[str]
    warnings: list[str] = field(default_factory=list)

    def counts_by_type(self) -> dict[str, int]:
        return counts_by_type(self.facilities)


def counts_by_type(facilities: Iterable[Facility]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for f in facilities:
        counts[f.type or "?"] = counts.get(f.type or "?", 0) + 1
    return counts


def parse_detention_stats(
    source: str | Path | bytes, *, name: str | None = None
) -> DetentionEdition:
    """The facilities sheet of an ICE detention statistics workbook.

    Raises:
        LayoutError: not a workbook, or no sheet has the facility columns.
    """
    data, name = _read(source, name)
    with reading(name, "detention statistics workbook"):
        return _stats_book(data, name)


def _stats_book(data: bytes, name: str) -> DetentionEdition:
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for non-xlsx input
        raise LayoutError(f"{name}: not a readable xlsx workbook ({exc})") from exc
    found: list[str] = []
    sheets = sorted(
        workbook.worksheets, key=lambda s: not s.title.strip().lower().startswith("facil")
    )
    for sheet in sheets:
        rows = bounded_rows(sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS), name)
        for index, row in enumerate(rows[:_HEADER_ROWS]):
            header = [_text(v) for v in row]
            if all(column in header for column in STATS_REQUIRED):
                return _stats_sheet(name, sheet.title.strip(), rows, index, header)
            if sheet.title.strip().lower().startswith("facil") and any(header):
                found.append(" | ".join(h for h in header if h)[:200])
    raise LayoutError(
        f"{name}: unknown detention statistics layout: expected a facilities sheet with a "
        f"header row holding {', '.join(STATS_REQUIRED)} in its first {_HEADER_ROWS} rows; "
        f"sheets: {', '.join(s.title for s in workbook.worksheets)}; facilities sheet rows "
        f"found: {'; '.join(found[:3]) or 'none'}"
    )


def _stats_sheet(
    name: str, sheet: str, rows: list[tuple[Any, ...]], index: int, header: list[str]
) -> DetentionEdition:
    col = {h: i for i, h in enumerate(header) if h}
    warnings: list[str] = []
    missing = [level for level in _LEVELS if level not in col]
    if missing:
        warnings.append(f"no {', '.join(missing)} columns: average daily population left empty")
    inspection = next(
        (
            c
            for c in (
                "Last Inspection End Date",
                "ODO Inspection End Date",
                "Last Inspection Date",
            )
            if c in col
        ),
        None,
    )
    pull = None
    for row in rows[:index]:
        for value in row:
            match = _PULL_DATE.search(_text(value))
            if match:
                pull = dt.datetime.strptime(match.group(1), "%m/%d/%Y").date()
    fy_match = _FY.search(sheet) or _FY.search(name)
    facilities = []
    for number, row in enumerate(rows[index + 1 :], start=index + 2):
        cells = {h: row[i] if i < len(row) else None for h, i in col.items()}
        facility_name = " ".join(_text(cells.get("Name")).split())
        if not facility_name or not any(_text(cells.get(c)) for c in _ROW_FIELDS):
            continue  # blank rows and the footnotes under the table
        state = _text(cells.get("State")).upper()
        if not re.fullmatch(r"[A-Z]{2}", state):
            state, why = _state_elsewhere(cells)
            warnings.append(
                f"row {number} ({facility_name}): State cell {_text(cells.get('State'))!r}; "
                + (f"{state} {why}" if state else "kept without a state (no ZIP or city tells it)")
            )
        levels = [_number(cells.get(level)) for level in _LEVELS if level in col]
        adp = round(sum(v for v in levels if v is not None), 2) if levels else None
        facilities.append(
            Facility(
                name=facility_name,
                address=_text(cells.get("Address")) or None,
                city=_text(cells.get("City")).title() or None,
                state=state or None,
                zip=_zip(cells.get("Zip")),
                aor=_text(cells.get("AOR")) or None,
                type=normalize_type(_text(cells.get("Type Detailed"))),
                average_daily_population=adp,
                guaranteed_minimum=_int(cells.get("Guaranteed Minimum")),
                last_inspection=cell_date(cells.get(inspection)) if inspection else None,
                male_female=_text(cells.get("Male/Female")) or None,
                row=number,
            )
        )
    return DetentionEdition(
        name=name,
        date=pull,
        fiscal_year=2000 + int(fy_match.group(1)) if fy_match else None,
        sheet=sheet,
        facilities=facilities,
        columns=[h for h in header if h],
        warnings=warnings,
    )


# A row with a name and any of these is a facility (a footnote under the table has a name only).
_ROW_FIELDS = ("Address", "City", "Zip", "AOR", "Type Detailed")


def _state_elsewhere(cells: dict[str, Any]) -> tuple[str, str]:
    """The state of a row whose State cell is blank or unreadable: its ZIP code's (USPS data of
    the ``zipcodes`` package), else the one state with a place of its city's name."""
    import zipcodes

    zip_code = _zip(cells.get("Zip"))
    if zip_code:
        with contextlib.suppress(ValueError, TypeError):
            states = {z["state"] for z in zipcodes.matching(zip_code[:5])}
            if len(states) == 1:
                return states.pop(), f"from ZIP {zip_code}"
    city = _text(cells.get("City")).title()
    if city:
        states = {z["state"] for z in zipcodes.filter_by(city=city)}
        if len(states) == 1:
            return states.pop(), f"from the city {city}"
    return "", ""


UWCHR_REQUIRED = ("detloc", "name", "city", "state", "type_detailed")


@guarded("UWCHR facility list")
def parse_uwchr_list(source: str | Path | bytes, *, name: str | None = None) -> list[Facility]:
    """The UW Center for Human Rights facility list: contract dates, operator, per diem."""
    data, name = _read(source, name)
    reader = csv.DictReader(io.StringIO(_decode(data)), delimiter="|")
    columns = reader.fieldnames or []
    _require(name, columns, UWCHR_REQUIRED, "UWCHR facility list")
    facilities = []
    for number, row in enumerate(reader, start=2):
        get = {k: _clean(v) for k, v in row.items() if k}
        if not get.get("name"):
            continue
        facilities.append(
            Facility(
                name=" ".join(get["name"].split()),
                address=get.get("address"),
                city=(get.get("city") or "").title() or None,
                state=(get.get("state") or "").upper() or None,
                zip=_zip(get.get("zip")),
                aor=get.get("aor"),
                type=normalize_type(get.get("type_detailed") or ""),
                operator=get.get("facility_operator"),
                guaranteed_minimum=_int(get.get("guaranteed_minimum")),
                male_female=get.get("male_female"),
                contract_start=cell_date(get.get("best_known_contract_initiation_date")),
                contract_end=cell_date(get.get("best_known_contract_expiration_date")),
                per_diem=get.get("per_diem_rate_detailed"),
                code=get.get("detloc"),
                row=number,
            )
        )
    return facilities


@dataclass(frozen=True)
class Award:
    """An ICE contract award to a government (USAspending prime award)."""

    award_id: str
    piid: str | None
    recipient: str
    city: str | None
    county: str | None
    state: str | None
    zip: str | None
    start: dt.date | None
    end: dt.date | None
    potential_end: dt.date | None
    obligated: float | None
    description: str | None
    row: int

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("start", "end", "potential_end"):
            if data[key] is not None:
                data[key] = data[key].isoformat()
        return data


USASPENDING_REQUIRED = (
    "contract_award_unique_key",
    "recipient_name",
    "period_of_performance_current_end_date",
)


@guarded("USAspending award download")
def parse_usaspending(source: str | Path | bytes, *, name: str | None = None) -> list[Award]:
    """USAspending prime award rows (one per transaction) → one award each, latest row kept."""
    data, name = _read(source, name)
    reader = csv.DictReader(io.StringIO(_decode(data)))
    _require(name, reader.fieldnames or [], USASPENDING_REQUIRED, "USAspending award download")
    awards: dict[str, Award] = {}
    for number, row in enumerate(reader, start=2):
        key = _clean(row.get("contract_award_unique_key"))
        recipient = _clean(row.get("recipient_name"))
        if not key or not recipient:
            continue
        state = _clean(row.get("primary_place_of_performance_state_code")) or _clean(
            row.get("recipient_state_code")
        )
        awards[key] = Award(
            award_id=key,
            piid=_clean(row.get("award_id_piid")),
            recipient=recipient,
            city=(
                _clean(row.get("primary_place_of_performance_city_name"))
                or _clean(row.get("recipient_city_name"))
                or ""
            ).title()
            or None,
            county=(
                _clean(row.get("primary_place_of_performance_county_name"))
                or _clean(row.get("recipient_county_name"))
                or ""
            ).title()
            or None,
            state=state.upper() if state else None,
            zip=_zip(
                _clean(row.get("primary_place_of_performance_zip_4"))
                or _clean(row.get("recipient_zip_4_code"))
            ),
            start=cell_date(row.get("period_of_performance_start_date")),
            end=cell_date(row.get("period_of_performance_current_end_date")),
            potential_end=cell_date(row.get("period_of_performance_potential_end_date")),
            obligated=_number(row.get("total_obligated_amount")),
            description=_clean(row.get("prime_award_base_transaction_description"))
            or _clean(row.get("transaction_description")),
            row=number,
        )
    return list(awards.values())


# Column names of the facility lists (ICE's own lists, FOIA releases, Vera, The Marshall
# Project, the DMCP list), lower-cased with spaces collapsed → the field they hold.
_LIST_COLUMNS = {
    "name": ("name", "facility name", "detention_facility_name"),
    "address": ("address",),
    "city": ("city",),
    "state": ("state", "st"),
    "zip": ("zip", "zip code"),
    "aor": ("aor",),
    "type": ("type detailed", "facility type - detailed", "type_detailed", "type 1", "type"),
    "operator": ("facility operator",),
    "code": ("detloc", "detention_facility_code"),
    "contract_start": ("best known contract initiation date",),
    "contract_end": ("best known contract expiration date",),
    "per_diem": ("per diem rate detailed",),
}
_LONG_TYPES = (
    (re.compile(r"marshal.*contract detention", re.I), "USMS CDF"),
    (re.compile(r"marshal", re.I), "USMS IGA"),
    (re.compile(r"dedicated inter-?governmental", re.I), "DIGSA"),
    (re.compile(r"inter-?governmental service", re.I), "IGSA"),
    (re.compile(r"contract detention", re.I), "CDF"),
    (re.compile(r"service processing", re.I), "SPC"),
    (re.compile(r"bureau of prisons", re.I), "BOP"),
    (re.compile(r"family", re.I), "FAMILY"),
    (re.compile(r"juvenile", re.I), "JUVENILE"),
    (re.compile(r"staging", re.I), "STAGING"),
)


@dataclass
class FacilityList:
    name: str
    table: str  # the sheet (or "page 1-4", "text") the facilities were read from
    facilities: list[Facility]
    columns: list[str]
    warnings: list[str] = field(default_factory=list)

    def counts_by_type(self) -> dict[str, int]:
        return counts_by_type(self.facilities)


@guarded("facility list")
def parse_facility_list(source: str | Path | bytes, *, name: str | None = None) -> FacilityList:
    """Any of the facility lists: xlsx, legacy xls, PDF tables, comma- or pipe-delimited text
    (any line endings). The header row is found by its name, city and state columns; repeated
    headers and section rows ("Atlanta AOR", whose name becomes the AOR of the rows under it)
    are read around.

    Raises:
        LayoutError: no table has name, city and state columns.
    """
    data, name = _read(source, name)
    found: list[str] = []
    for table, rows in _tables(data, name):
        for index, row in enumerate(rows[:_HEADER_ROWS]):
            header = [" ".join(_text(v).lower().split()) for v in row]
            col = _list_columns(header)
            if {"name", "city", "state"} <= col.keys():
                facilities = _list_rows(rows[index + 1 :], header, col)
                if not facilities:
                    raise LayoutError(
                        f"{name}: the facility list's header is in {table!r} but no facility "
                        "rows follow it (a PDF whose cells are drawn as rotated text reads so: "
                        "use the xlsx or csv edition of the same list)"
                    )
                listed = FacilityList(name, table, facilities, [h for h in header if h])
                if table.startswith("pdf") and table != "pdf":
                    listed.warnings.append(
                        f"{name}: {table[4:]} without a table read (cells drawn as rotated "
                        "text?): the facilities there are missing"
                    )
                return listed
            if any(header) and len(found) < 3:
                found.append(" | ".join(h for h in header if h)[:160])
    raise LayoutError(
        f"{name}: unknown facility list layout: expected a header row with a name (Name, "
        f"Facility Name), City and State (or ST) column; found: {'; '.join(found) or 'nothing'}"
    )


def _list_columns(header: list[str]) -> dict[str, int]:
    col: dict[str, int] = {}
    for field_name, names in _LIST_COLUMNS.items():
        for wanted in names:  # the first synonym present wins ("type detailed" before "type")
            if wanted in header:
                col[field_name] = header.index(wanted)
                break
    return col


def _list_rows(rows: list[Sequence[Any]], header: list[str], col: dict[str, int]) -> list[Facility]:
    facilities = []
    section_aor = None
    for number, row in enumerate(rows, start=1):
        cells = [_text(v) for v in row]
        get = {k: (cells[i] if i < len(cells) else "") for k, i in col.items()}
        filled = [c for c in cells if c]
        if [" ".join(c.lower().split()) for c in cells[: len(header)]] == header[: len(cells)]:
            continue  # the header repeated under each section
        if len(filled) == 1 and filled[0].upper().endswith(" AOR"):
            section_aor = filled[0][:-4].strip()
            continue
        state = get.get("state", "").upper()
        # A data row has a name and more: a state, a code, a place. The state may be missing
        # or "Redacted" (FOIA releases), or sit in the wrong column (Fort Chaffee, 1980);
        # a row of one cell is a note, a footer or a section title.
        if not get.get("name") or len(filled) < 3:
            continue
        facilities.append(
            Facility(
                name=" ".join(get["name"].split()),
                address=_clean(get.get("address")),
                city=(_clean(get.get("city")) or "").title() or None,
                state=state if re.fullmatch(r"[A-Z]{2}", state) else None,
                zip=_zip(get.get("zip")),
                aor=_clean(get.get("aor")) or section_aor,
                type=list_type(get.get("type") or ""),
                operator=_clean(get.get("operator")),
                contract_start=cell_date(get.get("contract_start")),
                contract_end=cell_date(get.get("contract_end")),
                per_diem=_clean(get.get("per_diem")),
                code=_clean(get.get("code")),
                row=number,
            )
        )
    return facilities


def list_type(text: str) -> str | None:
    """A list's facility type as ICE's short code ("Dedicated Inter-Governmental Service
    Agreement" → DIGSA); short codes and unknown words are kept upper-cased."""
    for pattern, code in _LONG_TYPES:
        if len(text) > 12 and pattern.search(text):
            return code
    return normalize_type(text)


def _tables(data: bytes, name: str) -> Iterable[tuple[str, list[Sequence[Any]]]]:
    if data[:2] == b"PK":
        try:
            book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises many types for non-xlsx input
            raise LayoutError(f"{name}: not a readable xlsx workbook ({exc})") from exc
        for sheet in book.worksheets:
            yield (
                sheet.title,
                bounded_rows(sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS), name),
            )
    elif data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        import xlrd

        try:
            book = xlrd.open_workbook(file_contents=data)
        except xlrd.XLRDError as exc:
            raise LayoutError(f"{name}: not a readable xls workbook ({exc})") from exc
        for sheet in book.sheets():
            yield sheet.name, bounded_rows((sheet.row_values(i) for i in range(sheet.nrows)), name)
    elif data[:5] == b"%PDF-":
        import pdfplumber

        # One table across pages: the first wide table, and the tables of the same width
        # that continue it (a notes table of three columns is another table).
        rows: list[Sequence[Any]] = []
        unread = []
        width = None
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for number, page in enumerate(pdf.pages, start=1):
                taken = 0
                for table in page.extract_tables():
                    if not table:
                        continue
                    if width is None and len(table[0]) >= 5:
                        width = len(table[0])
                    if len(table[0]) == width:
                        rows.extend(table)
                        taken += len(table)
                if width is not None and taken <= 2:  # nothing under a header
                    unread.append(str(number))
        yield ("pdf pages " + ", ".join(unread)) if unread else "pdf", rows
    else:
        text = _decode(data)
        first = next((line for line in text.split("\n") if line.strip()), "")
        delimiter = "|" if first.count("|") > first.count(",") else ","
        yield "text", bounded_rows(csv.reader(io.StringIO(text), delimiter=delimiter), name)


@guarded("facility locator page")
def parse_facility_list_page(html: str | bytes, url: str) -> tuple[list[Facility], str | None]:
    """One page of ICE's paged facility locator (a Drupal view of cards: title, field office,
    address with locality, state and postal code): the facilities and the next page's URL."""
    from urllib.parse import urljoin

    from parsel import Selector

    text = html.decode("utf-8", errors="replace") if isinstance(html, bytes) else html
    page = Selector(text=text)
    facilities = []
    cards = page.css("li.grid, div.views-row")
    for number, card in enumerate(cards, start=1):
        name = " ".join(" ".join(card.css(".views-field-title ::text").getall()).split())
        address = card.css("p.address, .address")
        if not name or not address:
            continue
        others = [
            " ".join(" ".join(f.css("::text").getall()).split())
            for f in card.css(".views-field")
            if not f.css(".address") and "views-field-title" not in (f.attrib.get("class") or "")
        ]
        office = next((o for o in others if o), None)
        lines = [
            " ".join(address.css(f".{part}::text").get("").split())
            for part in ("address-line1", "address-line2")
        ]
        facilities.append(
            Facility(
                name=name,
                address=" ".join(p for p in lines if p) or None,
                city=" ".join(address.css(".locality::text").get("").split()) or None,
                state=" ".join(address.css(".administrative-area::text").get("").split()).upper()
                or None,
                zip=_zip(address.css(".postal-code::text").get()),
                aor=office,
                type=None,
                row=number,
            )
        )
    link = page.css(
        "a.usa-pagination__next-page::attr(href), li.pager__item--next a::attr(href), "
        "a[rel=next]::attr(href)"
    ).get()
    return facilities, urljoin(url, link) if link else None


@guarded("detention file")
def parse_facility_file(path: Path) -> tuple[str, list[dict[str, Any]], list[str]]:
    """Any supported file → (format, normalized rows as JSON-ready dicts, warnings)."""
    data = path.read_bytes()
    if path.suffix.lower() in (".html", ".htm") or data.lstrip()[:1] == b"<":
        facilities, _ = parse_facility_list_page(data, path.resolve().as_uri())
        return "facility_list", [f.as_json() for f in facilities], []
    if data[:2] == b"PK" and not path.name.lower().startswith("ice_facility_list"):
        try:
            edition = parse_detention_stats(data, name=path.name)
        except LayoutError:
            pass  # another kind of workbook: a facility list
        else:
            return "detention_stats", [f.as_json() for f in edition.facilities], edition.warnings
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    first = _decode(data[:4096]).split("\n", 1)[0] if data[:2] != b"PK" else ""
    if "|" in first and "detloc" in first and "best_known_contract" in _decode(data[:8192]):
        return "uwchr", [f.as_json() for f in parse_uwchr_list(data, name=path.name)], []
    if "contract_award_unique_key" in first:
        return "usaspending", [a.as_json() for a in parse_usaspending(data, name=path.name)], []
    try:
        listed = parse_facility_list(data, name=path.name)
    except LayoutError as exc:
        raise LayoutError(
            f"{exc}. Also not a detention statistics workbook, a UWCHR facility list or a "
            "USAspending award download."
        ) from exc
    return "facility_list", [f.as_json() for f in listed.facilities], listed.warnings


def normalize_type(text: str) -> str | None:
    """ICE's "Type Detailed", upper-cased and trimmed; "Other" → OTHER."""
    value = " ".join(text.split()).upper()
    return value or None


def _require(name: str, columns: Sequence[str], required: Iterable[str], what: str) -> None:
    missing = [c for c in required if c not in columns]
    if missing:
        raise LayoutError(
            f"{name}: unknown {what} layout: missing columns {missing}; expected "
            f"{list(required)}; found {list(columns)[:20]}"
        )


def _read(source: str | Path | bytes, name: str | None) -> tuple[bytes, str]:
    if isinstance(source, bytes):
        data, label = source, name or "input"
    else:
        path = Path(source)
        data, label = path.read_bytes(), name or path.name
    check_size(data, label)
    if data[:2] == b"\x1f\x8b":
        data = gunzip(data, label)
    if data[:2] == b"PK":
        check_zip(data, label)
    return data, label


def _decode(data: bytes) -> str:
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:  # older exports are Windows-1252 ("Doña Ana" as 0xF1)
        text = data.decode("cp1252", errors="replace")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())


def _clean(value: Any) -> str | None:
    text = _text(value)
    return None if text.lower() in {"", "nan", "none", "n/a", "na"} else text


def _number(value: Any) -> float | None:
    if isinstance(value, int | float):
        return float(value)
    text = (_clean(value) or "").replace(",", "").replace("$", "")
    try:
        return float(text)
    except ValueError:
        return None


def _int(value: Any) -> int | None:
    number = _number(value)
    return round(number) if number is not None else None


def _zip(value: Any) -> str | None:
    text = _clean(value)
    if text is None:
        return None
    digits = re.match(r"^(\d{3,5})(?:\.0)?(?:-?\d{4})?$", text)
    if digits is None:
        return None
    return digits.group(1).zfill(5)


_STREET_WORDS = {
    "highway": "hwy",
    "street": "st",
    "road": "rd",
    "drive": "dr",
    "avenue": "ave",
    "boulevard": "blvd",
    "parkway": "pkwy",
    "north": "n",
    "south": "s",
    "east": "e",
    "west": "w",
    "suite": "ste",
}


def _street(address: str) -> str:
    """ "3424 HIGHWAY 252 EAST" and "3424 HWY 252 E" are one address."""
    words = re.findall(r"[a-z0-9]+", address.lower())
    return " ".join(_STREET_WORDS.get(w, w) for w in words)


def _fold(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", text.lower())
