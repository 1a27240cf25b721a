"""ICE's 287(g) participating and pending agency spreadsheets → normalized rows.

Every format era is read the same way: find the header row, map the known columns, and
normalize each row. The MOA and ADDENDUM cells hold hyperlinks on the word "link", so the
workbook is read with openpyxl, which keeps them.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import io
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, urlsplit

import openpyxl
import us
from rapidfuzz import fuzz, process

from extract.dates import cell_date
from extract.errors import InputError, LayoutError
from extract.limits import MAX_ROWS, bounded_rows, check_size, check_zip, reading


class ListKind(enum.StrEnum):
    PARTICIPATING = "participating"
    PENDING = "pending"


class SupportModel(enum.StrEnum):
    JAIL_ENFORCEMENT = "Jail Enforcement Model"
    TASK_FORCE = "Task Force Model"
    WARRANT_SERVICE = "Warrant Service Officer"


class AgencyType(enum.StrEnum):
    COUNTY = "county"
    MUNICIPALITY = "municipality"
    STATE = "state"


REQUIRED_COLUMNS = ("STATE", "LAW ENFORCEMENT AGENCY", "SUPPORT TYPE")
OPTIONAL_COLUMNS = ("TYPE", "COUNTY", "SIGNED", "MOA", "ADDENDUM")
_HEADER_SEARCH_ROWS = 25

# "Warrant Service Office", "Warrant Services Officer", "Task Force Officer", trailing spaces:
# the first distinctive word decides.
_MODEL_WORDS = {
    "jail": SupportModel.JAIL_ENFORCEMENT,
    "task": SupportModel.TASK_FORCE,
    "warrant": SupportModel.WARRANT_SERVICE,
}
_NULL_TEXT = {"", "#na", "#n/a", "n/a", "na", "none", "-", "—"}
_STATE_NAMES = {s.name.upper(): s.abbr for s in us.states.STATES_AND_TERRITORIES}
_STATE_NAMES.update({s.abbr: s.abbr for s in us.states.STATES_AND_TERRITORIES})
_STATE_NAMES["DISTRICT OF COLUMBIA"] = "DC"
_STATE_NAMES["DC"] = "DC"
_WAYBACK = re.compile(r"^https?://web\.archive\.org/web/\d+[a-z_]*/(https?://.+)$", re.I)
_EARLIEST_SIGNED = dt.date(2002, 1, 1)  # the first 287(g) agreement (Florida) was signed in 2002
_EMBEDDED = re.compile(r"(https?):/+(.+)$", re.I)
_FILE_DATE_ICE = re.compile(r"(\d{2})(\d{2})(\d{4})(am|pm|mid)", re.I)
_FILE_DATE_STAMP = re.compile(r"-(\d{4})(\d{2})(\d{2})\d{6}")


class _EmptyCell:
    value = None
    hyperlink = None


_EMPTY = _EmptyCell()
_MAX_COLUMNS = 64


@dataclass(frozen=True)
class Agreement287g:
    """One row of a 287(g) list, normalized."""

    list: ListKind
    state: str | None  # two-letter code; None when the cell names no state we know
    state_raw: str
    agency: str
    agency_type: AgencyType | None
    county: str | None
    support_model: SupportModel | None
    support_raw: str
    signed: dt.date | None
    signed_raw: str  # the cell as ICE wrote it when it was text ("05/082025"), else ""
    moa_url: str | None
    addendum_url: str | None
    row: int  # 1-based row number in the sheet, for error reports
    key: str = ""  # stable identity of the agreement (state | agency | model)

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["signed"] = self.signed.isoformat() if self.signed else None
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Agreement287g:
        """The row :meth:`as_json` wrote."""
        return cls(
            **{
                **data,
                "list": ListKind(data["list"]),
                "agency_type": AgencyType(data["agency_type"]) if data["agency_type"] else None,
                "support_model": SupportModel(data["support_model"])
                if data["support_model"]
                else None,
                "signed": dt.date.fromisoformat(data["signed"]) if data["signed"] else None,
            }
        )


@dataclass
class Snapshot287g:
    list: ListKind
    date: dt.date | None
    rows: list[Agreement287g]
    columns: list[str]
    warnings: list[str] = field(default_factory=list)
    blank_rows: int = 0


def parse_287g(
    source: str | Path | bytes,
    *,
    name: str | None = None,
    list_kind: ListKind | None = None,
) -> Snapshot287g:
    """Parse a 287(g) participating or pending spreadsheet.

    Args:
        source: path to the xlsx file, or its bytes.
        name: the file name as published (gives the list kind and snapshot date); defaults to
            the path's name.
        list_kind: force the list kind instead of inferring it from the name and columns.

    Raises:
        LayoutError: the file is not a readable workbook, or no sheet has the required
            columns; the message names the expected and the found columns.
    """
    if isinstance(source, bytes):
        data, name = source, name or ""
    else:
        path = Path(source)
        data, name = path.read_bytes(), name or path.name
    label = name or "input"
    check_size(data, label)
    if data[:2] != b"PK":
        raise LayoutError(f"{label}: not a readable xlsx workbook (not a zip file)")
    check_zip(data, label)
    with reading(label, "287(g) spreadsheet"):
        return _parse_book(data, name, list_kind)


def _parse_book(data: bytes, name: str, list_kind: ListKind | None) -> Snapshot287g:
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except Exception as exc:  # openpyxl raises many types for non-xlsx input
        raise LayoutError(f"{name or 'input'}: not a readable xlsx workbook ({exc})") from exc

    found: list[list[str]] = []
    for sheet in workbook.worksheets:
        if sheet.max_row > MAX_ROWS:
            raise InputError(f"{name or 'input'}: sheet {sheet.title!r} has more than "
                             f"{MAX_ROWS:,} rows (the limit)")  # fmt: skip
        # ICE's lists have under a dozen columns: what lies further right is not read.
        rows = bounded_rows(
            sheet.iter_rows(max_col=min(sheet.max_column, _MAX_COLUMNS)), name or "input"
        )
        for index, cells in enumerate(rows[:_HEADER_SEARCH_ROWS]):
            header = [_header_text(c.value) for c in cells]
            if all(col in header for col in REQUIRED_COLUMNS):
                return _parse_sheet(rows, index, header, name, list_kind)
            if any(header):
                found.append(header)
    shown = "; ".join(" | ".join(h for h in header if h) for header in found[:3]) or "nothing"
    raise LayoutError(
        f"{name or 'input'}: unknown 287(g) layout: expected a header row with columns "
        f"{', '.join(REQUIRED_COLUMNS)} (optional: {', '.join(OPTIONAL_COLUMNS)}) in the first "
        f"{_HEADER_SEARCH_ROWS} rows; found: {shown}"
    )


def snapshot_date_from_name(name: str) -> dt.date | None:
    """The list date encoded in an ICE file name (``…05182026am.xlsx``, ``…-20250221214937``)."""
    match = _FILE_DATE_ICE.search(name)
    if match:
        month, day, year = (int(g) for g in match.groups()[:3])
    else:
        match = _FILE_DATE_STAMP.search(name)
        if not match:
            return None
        year, month, day = (int(g) for g in match.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def list_kind_from_name(name: str) -> ListKind | None:
    lowered = name.lower()
    if "pending" in lowered:
        return ListKind.PENDING
    if "participat" in lowered:
        return ListKind.PARTICIPATING
    return None


def agreement_key(state: str | None, state_raw: str, agency: str, model: str) -> str:
    return f"{state or state_raw.upper()}|{normalize_agency(agency)}|{model}"


def agreement_id(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()[:16]


def normalize_agency(name: str) -> str:
    """Agency name folded for comparison: case, accents, apostrophes and punctuation removed."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    text = re.sub(r"['’`]s\b", "s", text.lower())
    text = re.sub(r"[^a-z0-9]+", " ", text)
    return " ".join(text.split())


# Abbreviations ICE writes and later spells out ("Pinellas Park PD" → "… Police Department").
_ABBREVIATIONS = (
    (re.compile(r"\bpd\b"), "police department"),
    (re.compile(r"\bso\b"), "sheriffs office"),
    (re.compile(r"\bdept\b"), "department"),
    (re.compile(r"\bco\b"), "county"),
    (re.compile(r"\bdoc\b"), "department of corrections"),
    (re.compile(r"\bst\b"), "saint"),
    (re.compile(r"\bofc\b"), "office"),
)


def canonical_agency(name: str) -> str:
    """An agency name folded and with its abbreviations spelled out, for comparing spellings."""
    text = normalize_agency(name)
    for pattern, spelled in _ABBREVIATIONS:
        text = pattern.sub(spelled, text)
    return text


def agency_similarity(a: str, b: str) -> float:
    return fuzz.ratio(canonical_agency(a), canonical_agency(b))


def _parse_sheet(
    rows: list[tuple[Any, ...]],
    header_index: int,
    header: list[str],
    name: str,
    list_kind: ListKind | None,
) -> Snapshot287g:
    columns = {
        col: header.index(col) for col in (*REQUIRED_COLUMNS, *OPTIONAL_COLUMNS) if col in header
    }
    kind = list_kind or list_kind_from_name(name)
    if kind is None:
        kind = ListKind.PARTICIPATING if "SIGNED" in columns else ListKind.PENDING
    snapshot = Snapshot287g(
        list=kind,
        date=snapshot_date_from_name(name),
        rows=[],
        columns=[h for h in header if h],
    )
    unknown = [h for h in header if h and h not in columns]
    if unknown:
        snapshot.warnings.append(f"{name}: columns not read: {', '.join(unknown)}")

    seen: dict[str, int] = {}
    for offset, cells in enumerate(rows[header_index + 1 :]):
        row_number = header_index + 2 + offset

        def cell(col: str, cells: tuple[Any, ...] = cells) -> Any:
            index = columns.get(col)
            return cells[index] if index is not None and index < len(cells) else _EMPTY

        values = [_clean(_text(c.value)) for c in cells]
        if not any(values):
            snapshot.blank_rows += 1
            continue
        agency = _clean(_text(cell("LAW ENFORCEMENT AGENCY").value))
        if not agency:
            snapshot.warnings.append(f"{name} row {row_number}: no agency name; row kept as is")
        state_raw = _clean(_text(cell("STATE").value))
        support_raw = _clean(_text(cell("SUPPORT TYPE").value))
        model = _parse_support_model(support_raw)
        if model is None:
            snapshot.warnings.append(
                f"{name} row {row_number}: unknown support type {support_raw!r}"
            )
        signed_cell = cell("SIGNED").value
        signed = cell_date(signed_cell)
        signed_raw = "" if isinstance(signed_cell, dt.date) else _clean(_text(signed_cell))
        if signed is not None and not _EARLIEST_SIGNED <= signed <= _latest_signed(snapshot.date):
            # A typo such as 5025-07-07: keep what ICE wrote, claim no date.
            snapshot.warnings.append(f"{name} row {row_number}: implausible date {signed}")
            signed, signed_raw = None, signed.isoformat()
        elif signed is None and signed_raw:
            snapshot.warnings.append(f"{name} row {row_number}: unreadable date {signed_raw!r}")
        state = _parse_state(state_raw)
        if state is None:
            snapshot.warnings.append(f"{name} row {row_number}: unknown state {state_raw!r}")
        key = agreement_key(state, state_raw, agency, model.value if model else support_raw)
        seen[key] = seen.get(key, 0) + 1
        if seen[key] > 1:
            # The same agency and model twice in one list: keep both, told apart by order.
            key = f"{key}#{seen[key]}"
        snapshot.rows.append(
            Agreement287g(
                list=kind,
                state=state,
                state_raw=state_raw,
                agency=agency,
                agency_type=_parse_agency_type(_text(cell("TYPE").value))
                if "TYPE" in columns
                else None,
                county=_null(_clean(_text(cell("COUNTY").value))) if "COUNTY" in columns else None,
                support_model=model,
                support_raw=support_raw,
                signed=signed,
                signed_raw=signed_raw,
                moa_url=_parse_link(cell("MOA")) if "MOA" in columns else None,
                addendum_url=_parse_link(cell("ADDENDUM")) if "ADDENDUM" in columns else None,
                row=row_number,
                key=key,
            )
        )
    return snapshot


def _latest_signed(snapshot_date: dt.date | None) -> dt.date:
    return (snapshot_date or dt.date.today()) + dt.timedelta(days=366)


def _header_text(value: Any) -> str:
    return " ".join(str(value).split()).upper() if value is not None else ""


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return str(value)


def _clean(text: str) -> str:
    text = text.replace("\u00a0", " ").replace("’", "'")
    return " ".join(text.split())


def _null(text: str) -> str | None:
    return None if text.lower() in _NULL_TEXT else text


def _parse_state(raw: str) -> str | None:
    upper = raw.upper()
    if upper in _STATE_NAMES:
        return _STATE_NAMES[upper]
    if not upper or upper.lower() in _NULL_TEXT:
        return None
    # ICE's typos: "WEST VIRIGINA", "UTAHJ".
    match = process.extractOne(upper, list(_STATE_NAMES), scorer=fuzz.ratio, score_cutoff=85)
    return _STATE_NAMES[match[0]] if match else None


def _parse_support_model(raw: str) -> SupportModel | None:
    lowered = raw.lower()
    for word, model in _MODEL_WORDS.items():
        if word in lowered:
            return model
    return None


def _parse_agency_type(raw: str) -> AgencyType | None:
    lowered = _clean(raw).lower()
    if lowered.startswith("county"):
        return AgencyType.COUNTY
    if lowered.startswith("municipal") or lowered in {"city", "town"}:
        return AgencyType.MUNICIPALITY
    if lowered.startswith("state"):
        return AgencyType.STATE
    return None


def _parse_link(cell: Any) -> str | None:
    """The cell's hyperlink target, else its text when that is an address; None when pending."""
    target = cell.hyperlink.target if cell.hyperlink is not None else None
    if not target:
        text = _clean(_text(cell.value))
        target = text if text.lower().startswith(("http://", "https://")) else None
    return unwrap_url(target) if target else None  # type: ignore[return-value]


def unwrap_url(url: str) -> str | None:
    """Undo Outlook safelinks, Wayback Machine and PDF-viewer wrappers; escape stray spaces.

    Returns None for a link that holds no http(s) address.
    """
    url = url.strip()
    if not url.lower().startswith(("http://", "https://")):
        # "chrome-extension://<id>/https:/www.ice.gov/…": a PDF viewer's address was pasted.
        embedded = _EMBEDDED.search(url)
        if not embedded:
            return None
        url = f"{embedded.group(1).lower()}://{embedded.group(2)}"
    parts = urlsplit(url)
    if parts.netloc.endswith("safelinks.protection.outlook.com"):
        inner = parse_qs(parts.query).get("url")
        if inner:
            url = inner[0]
    match = _WAYBACK.match(url)
    if match:
        url = match.group(1)
    # ice.gov serves only HTTPS; a scheme fixed by ICE later must not read as a new MOA link.
    url = re.sub(r"^http://(www\.)?ice\.gov/", "https://www.ice.gov/", url, flags=re.I)
    return quote(url, safe=":/?#[]@!$&'()*+,;=%~")
