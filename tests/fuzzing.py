"""Malformed inputs for every parser entry point, and how to tell the outcomes apart.

Shared by ``tests/test_fuzz.py`` (a bounded number of examples in the suite) and
``bench/fuzz.py`` (a thousand and more, with the per-document limits of a run). Seeds are
small valid inputs of each format (a real ICE workbook trimmed, pages and answers in each
portal's shape); each malformed input is a seed mutated (cut, bytes flipped, a chunk repeated,
nested, stuffed) or a structure of unexpected types.
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).parent / "fixtures"
AGENDAS = FIXTURES / "agendas"

PLATFORM_URLS = {
    "legistar": "https://webapi.legistar.com/v1/cook-county/events?$filter=x",
    "primegov": "https://sanantonio.primegov.com/api/v2/PublicPortal/ListUpcomingMeetings",
    "civicclerk": "https://donaanaconm.api.civicclerk.com/v1/Events?$filter=x",
    "civicplus": "https://nc-nashcounty.civicplus.com/AgendaCenter",
    "granicus": "https://sacramento.granicus.com/ViewPublisher.php?view_id=22",
    "iqm2": "https://atlantacityga.iqm2.com/Citizens/Calendar.aspx",
    "legistar_web": "https://phila.legistar.com/Calendar.aspx",
    "boarddocs": "https://go.boarddocs.com/oh/cmsd/Board.nsf/XML-ActiveMeetings",
    "novusagenda": "https://dinuba.novusagenda.com/agendapublic/meetingsgeneral.aspx",
    "municode": "https://meetings.municode.com/PublishPage?cid=CLOVIS&ppid=2&p=1",
    "escribe": "https://pub-chulavista.escribemeetings.com/MeetingsCalendarView.aspx/GetCalendarMeetings",
    "civicweb": "https://sarpy.civicweb.net/Services/MeetingsService.svc/meetings",
    "onbase": "https://onbase.akronohio.gov/OnBaseAgendaOnline/Meetings/Search?dropid=11",
    "chicago_elms": "https://api.chicityclerkelms.chicago.gov/meeting",
}


@dataclass(frozen=True)
class Case:
    format: str  # xlsx-287g, xlsx-detention, csv, gz, html-locator, json-<platform>, …
    name: str
    data: bytes


# ---------------------------------------------------------------- the parsers, as a run calls them


def parse_case(case: Case) -> str:
    """Run the case's parser; "parsed" or "refused: …" (the project's error or a source
    failure); any other exception propagates (a defect)."""
    from extract.detention import parse_detention_stats, parse_facility_file
    from extract.document import extract_file
    from extract.errors import InputError
    from extract.ice287g import parse_287g
    from spiders.parse import parse_saved

    try:
        if case.format == "xlsx-287g":
            parse_287g(case.data, name=case.name)
        elif case.format == "xlsx-detention":
            parse_detention_stats(case.data, name=case.name)
        elif case.format in {"csv", "gz", "xls", "pdf-list"}:
            path = _scratch(case)
            parse_facility_file(path)
        elif case.format == "html-locator":
            from extract.detention import parse_facility_list_page

            parse_facility_list_page(case.data, "https://www.ice.gov/detention-facilities")
        elif case.format.startswith(("json-", "html-")) and case.format != "html-agenda":
            platform = case.format.split("-", 1)[1]
            parsed = parse_saved(platform, case.data, PLATFORM_URLS[platform])
            if parsed.failures:
                return "refused: " + parsed.failures[0]
        elif case.format in {"pdf", "html-agenda", "text"}:
            extract_file(_scratch(case), name=case.name)
        else:
            raise ValueError(f"no parser for {case.format}")
    except InputError as exc:
        return f"refused: {exc}"
    return "parsed"


def _scratch(case: Case) -> Path:
    import tempfile

    folder = Path(tempfile.gettempdir()) / "icewatch-fuzz"
    folder.mkdir(exist_ok=True)
    path = folder / f"{random.getrandbits(64):016x}-{case.name}"
    path.write_bytes(case.data)
    return path


# ---------------------------------------------------------------- seeds


def seeds() -> dict[str, list[bytes]]:
    from tests.conftest import HEADER_2026, make_pdf, make_xlsx, row_2026
    from tests.test_agenda_crawl import IQM2_CALENDAR, civicplus_page
    from tests.test_agenda_parse import EVENT_ITEMS, EVENTS

    participating = make_xlsx(HEADER_2026, [row_2026(), row_2026(agency="Other PD")])
    trimmed = (FIXTURES / "FY26_detentionStats_04092026_trimmed.xlsx").read_bytes()
    uwchr = (
        b"detloc|name|city|state|type_detailed|facility_operator\n"
        b"ABC|EXAMPLE COUNTY JAIL|Houston|TX|IGSA|County\n"
    )
    locator = (
        b'<ul><li class="grid"><div class="views-field-title">Example Jail</div>'
        b'<div class="views-field-field-field-office-name">Houston</div>'
        b'<p class="address"><span class="address-line1">1 Main St</span>'
        b'<span class="locality">Houston</span><span class="administrative-area">TX</span>'
        b'<span class="postal-code">77001</span></p></li></ul>'
    )
    return {
        "xlsx-287g": [participating],
        "xlsx-detention": [trimmed],
        "csv": [uwchr],
        "gz": [gzip.compress(uwchr)],
        "html-locator": [locator],
        "json-legistar": [json.dumps(EVENTS).encode(), json.dumps(EVENT_ITEMS).encode()],
        "json-primegov": [json.dumps([{"id": 1, "title": "Council", "dateTime": "2026-12-01"}]).encode()],
        "json-civicclerk": [json.dumps({"value": [{"id": 1, "eventName": "Board"}]}).encode()],
        "html-civicplus": [civicplus_page(("12012026-91", "Dec 1, 2026", "Meeting")).encode()],
        "html-iqm2": [IQM2_CALENDAR.encode()],
        "html-granicus": [
            b'<table class="listingTable"><tr class="listingRow"><td>Council</td>'
            b"<td>Dec 1, 2026</td></tr></table>"
        ],
        "html-legistar_web": [b'<table class="rgMasterTable"><tr><td>x</td></tr></table>'],
        "html-boarddocs": [(AGENDAS / "boarddocs_cmsd_xml_feed.xml").read_bytes()[:6000]],
        "html-novusagenda": [
            b'<table id="x_radGridMeetings_ctl00"><tr class="rgRow"><td>12/01/26</td><td>Council'
            b'</td><td>Hall</td><td><a href="DisplayAgendaPDF.ashx?MeetingID=7">PDF</a></td></tr>'
            b'</table>'
        ],
        "html-municode": [(AGENDAS / "municode_clovis_planning.html").read_bytes()],
        "json-escribe": [json.dumps({"d": [{"ID": "a", "MeetingName": "Council", "StartDate": "2026/12/01 18:00:00", "MeetingDocumentLink": [{"Type": "Agenda", "Format": ".pdf", "Url": "FileStream.ashx?DocumentId=1"}]}]}).encode()],
        "json-civicweb": [json.dumps([{"Id": 1, "Name": "Board", "MeetingDateTime": "2026-12-01 09:00"}]).encode()],
        "html-onbase": [(AGENDAS / "onbase_akron_committees.html").read_bytes()],
        "json-chicago_elms": [(AGENDAS / "chicago_elms_meetings.json").read_bytes()],
        "pdf": [make_pdf("Approve the IGSA with U.S. Immigration and Customs Enforcement")],
        "html-agenda": [b"<html><body><p>Item 1. Approve the 287(g) agreement</p></body></html>"],
        "text": [b"Item 1. Renew the USMS IGA through June 30, 2030."],
    }  # fmt: skip


# ---------------------------------------------------------------- mutations and structures


def _mutate(rng: random.Random, data: bytes) -> bytes:
    how = rng.randrange(7)
    if not data or how == 0:
        return bytes(rng.getrandbits(8) for _ in range(rng.randrange(1, 4096)))
    if how == 1:  # cut
        return data[: rng.randrange(len(data))]
    if how == 2:  # bytes flipped
        out = bytearray(data)
        for _ in range(rng.randrange(1, 16)):
            out[rng.randrange(len(out))] = rng.getrandbits(8)
        return bytes(out)
    if how == 3:  # a chunk repeated many times
        start = rng.randrange(len(data))
        chunk = data[start : start + rng.randrange(1, 64)]
        return data[:start] + chunk * rng.randrange(100, 20_000) + data[start:]
    if how == 4:  # random bytes in the middle
        start = rng.randrange(len(data))
        return data[:start] + bytes(rng.getrandbits(8) for _ in range(512)) + data[start:]
    if how == 5:  # empty
        return b""
    return data + data[: rng.randrange(len(data))]  # trailing junk


def _json_value(rng: random.Random, depth: int = 0) -> Any:
    kinds = ["null", "bool", "int", "float", "str", "list", "dict"]
    kind = rng.choice(kinds if depth < 6 else kinds[:5])
    if kind == "null":
        return None
    if kind == "bool":
        return rng.random() < 0.5
    if kind == "int":
        return rng.choice([0, -1, 2**63, rng.randrange(-(10**9), 10**9)])
    if kind == "float":
        return rng.choice([0.5, -1e308, 1e308, float(rng.random())])
    if kind == "str":
        return rng.choice(
            ["", "x" * rng.randrange(1, 5000), "2026-13-45T99:99:99", "<script>", "\u202e", "null"]
        )
    if kind == "list":
        return [_json_value(rng, depth + 1) for _ in range(rng.randrange(0, 5))]
    keys = [
        "EventId", "EventDate", "EventTime", "EventBodyName", "EventAgendaFile", "value",
        "id", "title", "dateTime", "eventName", "EventItemTitle", "EventItemMatterAttachments",
    ]  # fmt: skip
    return {rng.choice(keys): _json_value(rng, depth + 1) for _ in range(rng.randrange(0, 6))}


def _structure(rng: random.Random, fmt: str) -> bytes:
    """An input of the right kind with a shape nobody expects."""
    if fmt.startswith("json-"):
        shape = rng.randrange(4)
        if shape == 0:  # deep nesting
            depth = rng.choice([100, 5000, 50_000])
            return b"[" * depth + b"]" * depth
        if shape == 1:  # a long list of odd items
            return json.dumps([_json_value(rng, 3) for _ in range(rng.randrange(1, 300))]).encode()
        return json.dumps(_json_value(rng)).encode()
    if fmt.startswith("html"):
        shape = rng.randrange(4)
        if shape == 0:
            return b"<br" * rng.choice([1000, 300_000])
        if shape == 1:
            return b"<" * rng.choice([1000, 400_000])
        if shape == 2:
            return b"<table>" + b"<tr><td>x" * rng.randrange(1, 50_000)
        return bytes(rng.getrandbits(8) for _ in range(rng.randrange(1, 20_000)))
    if fmt == "text":
        line = b"Approve the IGSA with U.S. Immigration and Customs Enforcement through 2030.\n"
        return line * rng.choice([10, 2000, 20_000])
    if fmt in {"csv", "gz"}:
        body = (
            b"detloc|name|city|state|type_detailed\n"
            + b"A|"
            + b"x" * rng.choice([10, 200_000, 5_000_000])
            + b"|c|TX|IGSA\n"
        )
        return gzip.compress(body) if fmt == "gz" else body
    if fmt in {"xlsx-287g", "xlsx-detention"}:
        return _odd_workbook(rng, fmt)
    if fmt == "pdf":
        return b"%PDF-1.4\n" + bytes(rng.getrandbits(8) for _ in range(rng.randrange(1, 20_000)))
    return b""


def _odd_workbook(rng: random.Random, fmt: str) -> bytes:
    import openpyxl

    from tests.conftest import HEADER_2026

    book = openpyxl.Workbook()
    sheet = book.active
    header = HEADER_2026 if fmt == "xlsx-287g" else ["Name", "Address", "City", "State", "Zip"]
    sheet.append(header)
    shape = rng.randrange(3)
    if shape == 0:  # cells of every type under the right header
        for _ in range(rng.randrange(1, 50)):
            sheet.append(
                [
                    rng.choice([None, 0, -1.5, "x" * rng.randrange(0, 3000), dt.datetime(1900, 1, 1),
                                True, "=1/0", "\u202e", "5025-07-07"])
                    for _ in header
                ]
            )  # fmt: skip
    elif shape == 1:  # a dimension of a million rows and all columns
        sheet["XFD1048576"] = "far away"
    else:  # a header and nothing else
        pass
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def cases(rng: random.Random, count: int) -> Iterator[Case]:
    """``count`` malformed inputs, spread over every format."""
    pool = seeds()
    formats = sorted(pool)
    names = {
        "xlsx-287g": "participatingAgencies01012026am.xlsx",
        "xlsx-detention": "FY26_detentionStats.xlsx",
        "csv": "facil-list.csv",
        "gz": "facil-list.csv.gz",
        "pdf": "agenda.pdf",
        "html-agenda": "agenda.html",
        "text": "item.txt",
    }
    for number in range(count):
        fmt = formats[number % len(formats)]
        data = _structure(rng, fmt) if rng.random() < 0.4 else _mutate(rng, rng.choice(pool[fmt]))
        yield Case(fmt, names.get(fmt, f"{fmt}.bin"), data)


def outcome_of(run: Callable[[], str]) -> str:
    """The outcome class of one case run in-process: parsed, refused, or traceback."""
    try:
        result = run()
    except Exception as exc:
        return f"traceback: {type(exc).__name__}: {exc}"[:300]
    return "parsed" if result == "parsed" else "refused"
