"""Write the built-in demo (``spiders/demo``): three days of made-up public records.

MADE-UP DATA. Every county, town, agency, facility and meeting below is invented (real
states, fictional places, each declared in ``jurisdictions.tsv``; the script refuses a name
the Census gazetteer knows). The files imitate the shape of the real ones: ICE's 287(g) page
and spreadsheets (trailing spaces, "link pending", Outlook safelinks, blank rows at the end),
ICE's detention statistics workbook, and the agenda portals of four platforms (CivicPlus
AgendaCenter, Granicus, IQM2, BoardDocs in Chromium) with agenda PDFs, one of them a scan.

``icewatch run --demo`` replays the days in order, each on its own date, so that every kind of
alert appears: agreements signed, changed and ended, a held-back broken list, facilities
added, changed and removed, a population jump, agenda items, a renewal, a termination,
contracts expiring, a portal that is down for two runs, one that stopped publishing.

    .venv/bin/python scripts/make_demo.py
"""

from __future__ import annotations

import datetime as dt
import io
import json
import shutil
import zlib
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import quote

import openpyxl
from PIL import Image, ImageDraw, ImageFont

OUT = Path(__file__).resolve().parent.parent / "spiders" / "demo"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PDF = "application/pdf"
HTML = "text/html; charset=utf-8"
NOTE = "made-up demo data"

# The demo's days: (date, folder). The last is the current day: the folder's root, what
# `icewatch schedule --demo` replays.
DAYS = [(dt.date(2026, 9, 14), "earlier/2026-09-14"), (dt.date(2026, 10, 19), "earlier/2026-10-19")]
DAYS.append((dt.date(2026, 11, 20), "."))
EDITIONS = {  # the day ICE published each day's files
    DAYS[0][0]: dt.date(2026, 9, 11),
    DAYS[1][0]: dt.date(2026, 10, 16),
    DAYS[2][0]: dt.date(2026, 11, 20),
}

# ---------------------------------------------------------------- places (all invented)

# (kind, name, state, county it lies in)
PLACES = [
    ("county", "Gulfview County", "FL", None),
    ("place", "Harbor Point", "FL", "Gulfview County"),
    ("county", "Pinecrest County", "AL", None),
    ("place", "Millbrook Landing", "AL", "Pinecrest County"),
    ("county", "Sawtooth Range County", "ID", None),
    ("place", "Silver Creek Junction", "ID", "Sawtooth Range County"),
    ("county", "Coyote Wash County", "AZ", None),
    ("place", "Saguaro Flats", "AZ", "Coyote Wash County"),
    ("county", "Blue Ridge Gap County", "NC", None),
    ("place", "Quiet Hollow", "NC", "Blue Ridge Gap County"),
    ("county", "Osage Plains County", "KS", None),
    ("place", "Prairie Bend", "KS", "Osage Plains County"),
    ("parish", "Bayou Cypress Parish", "LA", None),
    ("county", "Red Dirt County", "OK", None),
    ("county", "Keystone Ridge County", "PA", None),
    ("county", "Palmetto Bluff County", "SC", None),
    ("county", "Brazos Bend County", "TX", None),
    ("place", "Rio Verde Springs", "TX", "Brazos Bend County"),
    ("county", "Wind River Basin County", "WY", None),
    ("county", "Marshall Bend County", "AL", None),
    ("county", "Limestone Prairie County", "IN", None),
    ("place", "Stoneville Crossing", "IN", "Limestone Prairie County"),
    ("county", "Sherwood Forest County", "TX", None),
    ("county", "Hopkins Prairie County", "TX", None),
    ("place", "Cumby Flats", "TX", "Hopkins Prairie County"),
    ("county", "Granite Notch County", "NH", None),
    ("county", "Allegheny Run County", "WV", None),
    ("county", "Bramblewood County", "VA", None),
]
STATE_NAMES = {
    "AL": "ALABAMA", "AZ": "ARIZONA", "FL": "FLORIDA", "ID": "IDAHO", "IN": "INDIANA",
    "KS": "KANSAS", "LA": "LOUISIANA", "NC": "NORTH CAROLINA", "NH": "NEW HAMPSHIRE",
    "OK": "OKLAHOMA", "PA": "PENNSYLVANIA", "SC": "SOUTH CAROLINA", "TX": "TEXAS",
    "VA": "VIRGINIA", "WV": "WEST VIRGINIA", "WY": "WYOMING",
}  # fmt: skip


def ocd(kind: str, name: str, state: str, county: str | None = None) -> str:
    from warehouse.gazetteer import ocd_slug, state_id

    if kind == "place":
        return f"{state_id(state)}/place:{ocd_slug(name)}"
    return f"{state_id(state)}/{kind}:{ocd_slug(name.rsplit(' ', 1)[0])}"


def jurisdictions_tsv() -> str:
    county_ids = {(n, s): ocd(k, n, s) for k, n, s, _ in PLACES if k != "place"}
    lines = ["jurisdiction_id\tname\tkind\tstate\tparent_id"]
    for kind, name, state, county in PLACES:
        parent = county_ids[(county, state)] if county else ""
        lines.append(
            f"{ocd(kind, name, state)}\t{name}\t{'county' if kind == 'parish' else kind}"
            f"\t{state}\t{parent}"
        )
    return "\n".join(lines) + "\n"


def check_invented() -> None:
    """Refuse a demo place the Census gazetteer knows: the demo must not speak of a real
    county's vote."""
    from warehouse.gazetteer import Gazetteer

    gazetteer = Gazetteer.packaged()
    real = [
        f"{name}, {state}"
        for kind, name, state, _ in PLACES
        if gazetteer.find("place" if kind == "place" else "county", name, state) is not None
    ]
    if real:
        raise SystemExit(f"these demo places exist: {', '.join(real)}; invent others")


# ---------------------------------------------------------------- ICE's 287(g) lists


@dataclass(frozen=True)
class Agreement:
    state: str
    agency: str
    kind: str
    county: str
    model: str
    signed: dt.date
    moa: str = "link"  # link | pending | safelink
    addendum: bool = False


GULFVIEW_JEM = Agreement(
    "FL", "Gulfview County Sheriff's Office", "County", "Gulfview County",
    "Jail Enforcement Model", dt.date(2025, 2, 26),
)  # fmt: skip
HARBOR_POINT = Agreement(
    "FL", "Harbor Point Police Departent ", "Municipality ", "Gulfview County",
    "Task Force Model", dt.date(2025, 7, 2), "pending",
)  # fmt: skip
PARTICIPATING = [
    Agreement("AL", "Pinecrest County Sheriff's Office ", "County ", "Pinecrest County",
              "Jail Enforcement Model ", dt.date(2025, 9, 22)),
    Agreement("AZ", "Saguaro Flats Police Department", "Municipality", "Coyote Wash County",
              "Warrant Service Officer", dt.date(2025, 4, 2), "safelink"),
    HARBOR_POINT,
    GULFVIEW_JEM,
    Agreement("FL", "Gulfview County Sheriff's Office", "County", "Gulfview County",
              "Task Force Model", dt.date(2025, 2, 26)),
    Agreement("KS", "Prairie Bend Police Department", "Municipality", "Osage Plains County",
              "Task Force Model", dt.date(2025, 11, 3)),
    Agreement("LA", "Bayou Cypress Parish Sheriff's Office", "County", "Bayou Cypress Parish",
              "Jail Enforcement Model", dt.date(2025, 5, 8)),
    Agreement("NC", "Blue Ridge Gap County Sheriff's Office", "County", "Blue Ridge Gap County",
              "Warrant Service Officer", dt.date(2019, 5, 1)),
    Agreement("OK", "Red Dirt County Sheriff's Office", "County", "Red Dirt County",
              "Jail Enforcement Model", dt.date(2026, 1, 12)),
    Agreement("PA", "Keystone Ridge County Sheriff's Office", "County", "Keystone Ridge County",
              "Task Force Model", dt.date(2026, 3, 2)),
    Agreement("SC", "Palmetto Bluff County Sheriff's Office", "County", "Palmetto Bluff County",
              "Warrant Service Officer", dt.date(2025, 6, 12)),
    Agreement("TX", "Brazos Bend County Sheriff's Office", "County", "Brazos Bend County",
              "Jail Enforcement Model", dt.date(2020, 6, 8)),
    Agreement("TX ", "Rio Verde Springs Police Department", "Municipality", "Brazos Bend County",
              "Warrant Service Officer", dt.date(2026, 8, 4), "pending"),
    Agreement("WY", "Wind River Basin County Sheriff's Office", "County",
              "Wind River Basin County", "Jail Enforcement Model", dt.date(2025, 10, 1)),
]  # fmt: skip
PRAIRIE_BEND = PARTICIPATING[5]
# Day 2: Prairie Bend's agreement is gone (ended once day 3 confirms it), ICE corrects Harbor
# Point's name, Gulfview's jail agreement gains an addendum, Gulfview signs a third model.
GULFVIEW_WSO = Agreement(
    "FL", "Gulfview County Sheriff's Office", "County", "Gulfview County",
    "Warrant Service Officer", dt.date(2026, 10, 6),
)  # fmt: skip
# Day 3: Osage Plains County's pending agreement is signed. Sawtooth Range County's stays
# pending: its board votes on it on 2026-12-01 (vote.ahead).
OSAGE_WSO = Agreement(
    "KS", "Osage Plains County Sheriff's Office", "County", "Osage Plains County",
    "Warrant Service Officer", dt.date(2026, 11, 12),
)  # fmt: skip


def participating(day: int) -> list[Agreement]:
    rows = list(PARTICIPATING)
    if day >= 1:
        rows.remove(PRAIRIE_BEND)
        rows[rows.index(HARBOR_POINT)] = replace(
            HARBOR_POINT, agency="Harbor Point Police Department"
        )
        rows[rows.index(GULFVIEW_JEM)] = replace(GULFVIEW_JEM, addendum=True)
        rows.append(GULFVIEW_WSO)
    if day >= 2:
        rows.append(OSAGE_WSO)
    return sorted(rows, key=lambda a: (STATE_NAMES[a.state.strip()], a.agency.strip()))


PENDING = [
    ("AL", "Marshall Bend County Sheriff's Office ", "County ", "Marshall Bend County",
     "Jail Enforcement Model "),
    ("ID", "Sawtooth Range County Sheriff's Office", "County", "Sawtooth Range County",
     "Warrant Service Officer"),
    ("IN", "Stoneville Crossing Police Department", "Municipality ", "Limestone Prairie County",
     "Task Force Model"),
    ("KS", "Osage Plains County Sheriff's Office", "County", "Osage Plains County",
     "Warrant Service Officer"),
    ("NH", "Granite Notch County Sheriff's Office", "County", "Granite Notch County",
     "Task Force Model"),
    ("NC", "Quiet Hollow Police Department", "Municipality", "Blue Ridge Gap County",
     "Task Force Model"),
    ("PA", "Keystone Ridge County Sheriff's Office", "County", "Keystone Ridge County",
     "Warrant Service Officer"),
    ("TX", "Cumby Flats Police Department", "Municipality", "Hopkins Prairie County ",
     "Task Force Model"),
    ("TX", "Sherwood Forest County Sheriff's Office ", "County ", "Sherwood Forest County ",
     "Warrant Services Officer"),
    ("VA", "Bramblewood County Sheriff's Office", "County", "Bramblewood County",
     "Jail Enforcement Model"),
    ("WV", "Allegheny Run County Sheriff's Office", "County", "Allegheny Run County",
     "Task Force Model"),
]  # fmt: skip


def pending(day: int) -> list[tuple[str, ...]]:
    if day == 1:  # a cut file: two rows of eleven, held back as suspect
        return PENDING[:2]
    if day == 2:  # Osage Plains signed
        return [r for r in PENDING if not r[1].startswith("Osage Plains")]
    return PENDING


def moa_url(a: Agreement) -> str:
    short = "".join(w for w in a.agency.title().split() if w.isalpha())[:40]
    code = "".join(word[0] for word in a.model.split())[:3].upper()
    return f"https://www.ice.gov/doclib/287gMOA/{short}{a.state.strip()}_{code}_MOA_{a.signed:%m%d%Y}.pdf"


def participating_xlsx(day: int) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    header = ["STATE", "LAW ENFORCEMENT AGENCY", "TYPE", "COUNTY", "SUPPORT TYPE", "SIGNED"]
    sheet.append([*header, "MOA", "ADDENDUM", None, None])
    for number, a in enumerate(participating(day), 2):
        sheet.append(
            [
                STATE_NAMES[a.state.strip()] + (" " if a.state.endswith(" ") else ""),
                a.agency,
                a.kind,
                a.county,
                a.model,
                a.signed,
                "link pending" if a.moa == "pending" else "link",
                "link" if a.addendum else "",
            ]
        )
        sheet.cell(number, 6).number_format = "m/d/yyyy"
        if a.moa != "pending":
            target = moa_url(a)
            if a.moa == "safelink":
                target = (
                    "https://gcc02.safelinks.protection.outlook.com/?url="
                    + quote(target, safe="")
                    + "&data=05%7C02%7CDEMO%7C0%7C0&reserved=0"
                )
            sheet.cell(number, 7).hyperlink = target
        if a.addendum:
            sheet.cell(number, 8).hyperlink = moa_url(a).replace("_MOA_", "_Addendum_")
    for _ in range(3):  # ICE's sheets end with formatted blank rows
        sheet.append([None] * 8)
    return _save(book)


def pending_xlsx(day: int) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Sheet 1"
    sheet.append(["STATE", "LAW ENFORCEMENT AGENCY", "TYPE", "COUNTY", "SUPPORT TYPE"])
    for state, *rest in pending(day):
        sheet.append([STATE_NAMES[state], *rest])
    return _save(book)


def page_287g(participating_url: str, pending_url: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Delegation of Immigration Authority Section 287(g) | ICE (icewatch demo)</title></head>
<body>
<!-- MADE-UP DEMO DATA for icewatch's offline demo: not ICE's page, not real agencies. -->
<main id="main-content">
<h1>Delegation of Immigration Authority Section 287(g) Immigration and Nationality Act</h1>
<p class="demo-notice"><strong>Demo data:</strong> every agency on this page is invented.</p>
<h2>Participating Agencies</h2>
<p>ICE currently has 287(g) agreements with the law enforcement agencies listed in the
<a href="{participating_url.removeprefix("https://www.ice.gov")}">Participating Agencies (XLSX, 24 KB)</a>
spreadsheet.</p>
<h2>Pending Agencies</h2>
<p>Agencies that have applied: <a href="{pending_url}">Pending Agencies (XLSX, 9 KB)</a>.</p>
<h2>Resources</h2>
<ul><li><a href="/doclib/about/287g/287gFactSheet.pdf">287(g) fact sheet (PDF)</a></li>
<li><a href="/identify-and-arrest/287g/faq">Frequently asked questions</a></li></ul>
</main></body></html>
"""


# ---------------------------------------------------------------- detention statistics

# name, address, city, state, zip, AOR, type, male/female, ADP, guaranteed minimum
FACILITIES = [
    ("GULFVIEW COUNTY JAIL", "400 BAYSHORE BLVD", "HARBOR POINT", "FL", "32990", "MIA",
     "USMS IGA", "Female/Male", 64.2, 0),
    ("HARBOR POINT SERVICE PROCESSING CENTER", "12 PORT ACCESS RD", "HARBOR POINT", "FL",
     "32991", "MIA", "SPC", "Female/Male", 410.5, 450),
    ("PINECREST COUNTY DETENTION CENTER", "1 COURTHOUSE SQ", "MILLBROOK LANDING", "AL",
     "36990", "NOL", "IGSA", "Male", 38.4, 0),
    ("SAWTOOTH RANGE COUNTY JAIL", "77 TIMBERLINE WAY", "SILVER CREEK JUNCTION", "ID",
     "83990", "SEA", "USMS IGA", "Male", 6.1, 0),
    ("COYOTE WASH DETENTION ANNEX", "9 ARROYO RD", "SAGUARO FLATS", "AZ", "85990", "PHO",
     "IGSA", "Male", 22.8, 0),
    ("SAGUARO FLATS CORRECTIONAL CENTER", "3500 MESA DR", "SAGUARO FLATS", "AZ", "85991",
     "PHO", "CDF", "Female/Male", 980.2, 1000),
    ("BLUE RIDGE GAP COUNTY JAIL", "15 OVERLOOK ST", "QUIET HOLLOW", "NC", "28990", "ATL",
     "USMS IGA", "Female/Male", 11.7, 0),
    ("PRAIRIE BEND REGIONAL JAIL", "200 GRAIN ELEVATOR RD", "PRAIRIE BEND", "KS", "67990",
     "CHI", "IGSA", "Male", 55.0, 0),
    ("RIO VERDE SPRINGS PROCESSING CENTER", "8800 RIVER RD", "RIO VERDE SPRINGS", "TX",
     "78990", "HOU", "CDF", "Female/Male", 1210.9, 1200),
    ("STONEVILLE CROSSING COUNTY JAIL", "4 DEPOT ST", "STONEVILLE CROSSING", "IN", "47990",
     "CHI", "IGSA", "Male", 19.3, 0),
    ("CUMBY FLATS DETENTION CENTER", "60 RANCH RD", "CUMBY FLATS", "TX", "75990", "DAL",
     "DIGSA", "Female/Male", 640.0, 600),
]  # fmt: skip
NEW_FACILITY = (
    "SILVER CREEK JUNCTION STAGING FACILITY", "1 AIRPORT LOOP", "SILVER CREEK JUNCTION", "ID",
    "83991", "SEA", "IGSA", "Male", 48.0, 0,
)  # fmt: skip


def facilities(day: int) -> list[tuple]:
    rows = [list(f) for f in FACILITIES]
    if day >= 1:
        rows = [r for r in rows if r[0] != "COYOTE WASH DETENTION ANNEX"]  # gone (twice: removed)
        rows.append(list(NEW_FACILITY))
        for r in rows:
            if r[0] == "GULFVIEW COUNTY JAIL":  # now under the county's own IGSA
                r[6] = "IGSA"
                r[8] = 131.6  # and twice the people
    if day >= 2:
        for r in rows:
            if r[0] == "PINECREST COUNTY DETENTION CENTER":
                r[8] = 97.5
    return [tuple(r) for r in rows]


def detention_xlsx(day: int, published: dt.date) -> bytes:
    fy = published.year % 100 + (1 if published.month >= 10 else 0)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = f"Facilities FY{fy}"
    sheet.append(
        [
            "These statistics are made available to the public pursuant to H.R. 1158 Sec. 218 - "
            "Department of Homeland Security Appropriations Act, 2020. MADE-UP DEMO DATA."
        ]
    )
    sheet.append([])
    sheet.append([f"ICE Facilities Data, FY{fy}"])
    sheet.append([f"ICE Enforcement and Removal Operations Data, FY{fy}"])
    pulled = published - dt.timedelta(days=7)
    sheet.append([f"Data Source: ICE Integrated Decision Support (IIDS), {pulled:%m/%d/%Y}"])
    sheet.append([])
    sheet.append(["This list is limited to facilities that have a population count of >= 1."])
    sheet.append([])
    sheet.append(
        ["Facility Information", *[None] * 7, "Facility Average Length of Stay",
         f"FY{fy} ADP: Detainee Classification Level", None, None, None,
         f"FY{fy} ADP: Criminality", None, None, None, f"FY{fy} ADP: ICE Threat Level",
         None, None, None, f"FY{fy} ADP: Mandatory", "Contract Facility Inspections Information"]
    )  # fmt: skip
    sheet.append(
        ["Name", "Address", "City", "State", "Zip", "AOR", "Type Detailed", "Male/Female",
         f"FY{fy} ALOS", "Level A", "Level B", "Level C", "Level D", "Male Crim",
         "Male Non-Crim", "Female Crim", "Female Non-Crim", "ICE Threat Level 1",
         "ICE Threat Level 2", "ICE Threat Level 3", "No ICE Threat Level", "Mandatory",
         "Guaranteed Minimum", "Last Inspection Type", "Last Inspection End Date",
         "Last Inspection Standard", "Last Final Rating"]
    )  # fmt: skip
    for name, address, city, state, zip_code, aor, kind, sexes, adp, minimum in facilities(day):
        levels = [round(adp * share, 6) for share in (0.4, 0.3, 0.2, 0.1)]
        sheet.append(
            [name, address, city, state, zip_code, aor, kind, sexes, 41.5, *levels,
             *[round(adp / 4, 6)] * 4, *[round(adp / 4, 6)] * 4, round(adp * 0.6, 6),
             minimum, "ODO", dt.datetime(2026, 3, 12), "NDS 2019", "Pass"]
        )  # fmt: skip
    return _save(book)


def page_detention(workbook_url: str) -> str:
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Detention Management | ICE (icewatch demo)</title></head><body><main>
<!-- MADE-UP DEMO DATA for icewatch's offline demo. -->
<h1>Detention Management</h1>
<h2>Detention Statistics</h2>
<p><a href="{workbook_url}">{workbook_url.rsplit("/", 1)[1]}</a></p>
</main></body></html>
"""


# ---------------------------------------------------------------- agenda portals and PDFs


def make_pdf(*pages: str | bytes) -> bytes:
    """A PDF: a text page per string (Helvetica, one line per ``\\n``), an image-only page (a
    scan) per bytes of PNG."""
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b"", b""]
    objects[2] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    kids = []
    for page in pages:
        page_id = len(objects) + 1
        kids.append(page_id)
        if isinstance(page, str):
            lines = []
            for line in page.split("\n"):
                escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
                lines.append(f"({escaped}) Tj T*")
            stream = ("BT /F1 10 Tf 13 TL 50 750 Td " + " ".join(lines) + " ET").encode("latin-1")
            objects.append(
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font "
                b"<< /F1 3 0 R >> >> /Contents %d 0 R >>" % (page_id + 1)
            )
            objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
            continue
        image = Image.open(io.BytesIO(page)).convert("L")
        raw = zlib.compress(image.tobytes(), 9)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject "
            b"<< /Im0 %d 0 R >> >> /Contents %d 0 R >>" % (page_id + 1, page_id + 2)
        )
        objects.append(
            b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
            b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n"
            % (*image.size, len(raw))
            + raw
            + b"\nendstream"
        )
        draw = b"q 612 0 0 792 0 0 cm /Im0 Do Q"
        objects.append(b"<< /Length %d >>\nstream\n" % len(draw) + draw + b"\nendstream")
    objects[1] = (
        b"<< /Type /Pages /Kids ["
        + " ".join(f"{k} 0 R" for k in kids).encode()
        + b"] /Count %d >>" % len(kids)
    )
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


def scan(text: str) -> bytes:
    """A page as a scanner gives it: the text drawn into a grey image at 150 dpi, no text
    layer (the extraction has to OCR it)."""
    image = Image.new("L", (1275, 1650), 250)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=30)
    y = 120
    for line in text.split("\n"):
        draw.text((110, y), line, fill=25, font=font)
        y += 46
    image = image.rotate(0.4, fillcolor=250)  # fed a little crooked
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def civicplus_page(body: str, rows: list[tuple[str, str, str]]) -> str:
    cells = "".join(
        f"""<tr class="catAgendaRow"><td><h3><strong>{day}</strong></h3>
        <p><a href="/AgendaCenter/ViewFile/Agenda/_{key}?html=true">{title}</a></p></td>
        <td class="minutes"></td><td class="downloads"><ol>
        <li><a class="pdf" href="/AgendaCenter/ViewFile/Agenda/_{key}">PDF</a></li>
        </ol></td></tr>"""
        for key, day, title in rows
    )
    return (
        f"<html><head><title>Agenda Center • {body} (icewatch demo)</title></head><body>"
        f"<!-- MADE-UP DEMO DATA --><div class='listing'><h2>{body}</h2>"
        f"<table><tbody>{cells}</tbody></table></div></body></html>"
    )


def granicus_page(host: str, rows: list[tuple[int, str, str]]) -> str:
    cells = "".join(
        f"""<tr class="listingRow"><td class="listItem" headers="Name">{name}</td>
        <td class="listItem" headers="Date {day}">{day}</td>
        <td class="listItem"><a href="//{host}/AgendaViewer.php?view_id=2&amp;event_id={event}">Agenda</a></td></tr>"""
        for event, day, name in rows
    )
    return (
        "<html><head><title>Pinecrest County - Meetings (icewatch demo)</title></head><body>"
        "<!-- MADE-UP DEMO DATA --><table class='listingTable' id='upcoming'><tbody>"
        f"{cells}</tbody></table></body></html>"
    )


def iqm2_calendar(host: str, meeting: int, day: str, when: str) -> str:
    return f"""<html><body><!-- MADE-UP DEMO DATA -->
<div class="Row MeetingRow"><div class="RowTop">
 <div class="RowLink"><a href="/Citizens/Detail_Meeting.aspx?ID={meeting}"
   title="{when}Board:\tQuiet Hollow Town CouncilType:\tRegular MeetingStatus:\tScheduled\tTown Hall">{day}</a></div>
 <div class="RowRight MeetingLinks"><div><a href="FileOpen.aspx?Type=14&amp;ID={meeting + 100}&amp;Inline=True">Agenda</a></div></div>
</div><div class="RowBottom"><div class="RowDetails">Quiet Hollow Town Council - Regular Meeting</div></div></div>
</body></html>"""


BOARDDOCS_PORTAL = """<!doctype html><html><head><title>BoardDocs® Pro (icewatch demo)</title></head>
<body><!-- MADE-UP DEMO DATA -->
<input type="hidden" id="current_committee_id" value="DEMO00SAWTTH">
<div id="meetings">loading…</div>
<script>document.getElementById("meetings").textContent = "ready";</script>
</body></html>"""


def boarddocs_agenda(items: list[tuple[str, str]]) -> str:
    body = "".join(
        f'<li class="item" unique="DEMOITEM{n:04d}"><div class="actiontype">Action</div>'
        f'<span class="order">{number} </span><span class="title">{title}</span></li>'
        for n, (number, title) in enumerate(items, 1)
    )
    return (
        '<dl class="wrap-category"><dt class="category" unique="DEMOCAT00001">'
        '<span class="order">7. </span><span class="category-name">Sheriff</span></dt></dl>' + body
    )


ROUTINE = "1. Call to order and pledge\n2. Approval of the minutes of the previous meeting\n"

GULFVIEW = "https://gulfview-county.example"
PINECREST = "pinecrest-al.granicus.com"
SAWTOOTH = "https://go.boarddocs.com/id/sawtoothrange/Board.nsf"
QUIET = "https://quiethollownc.iqm2.com"
COYOTE = "https://coyote-wash-county.example"


def agenda_responses(day: int) -> list[dict]:
    out: list[dict] = []

    def add(url: str, content: str | bytes, ctype: str = HTML, **extra: object) -> None:
        out.append({"url": url, "content": content, "type": ctype, **extra})

    # Gulfview County (CivicPlus): the IGSA renewal comes up on day 2.
    rows = [("09082026-301", "Sep 8, 2026", "Board of County Commissioners Regular Meeting")]
    if day >= 1:
        rows.insert(0, ("10272026-322", "Oct 27, 2026", "Board of County Commissioners Regular Meeting"))  # fmt: skip
    if day >= 2:
        rows.insert(0, ("12082026-340", "Dec 8, 2026", "Board of County Commissioners Regular Meeting"))  # fmt: skip
    add(f"{GULFVIEW}/AgendaCenter", civicplus_page("Board of County Commissioners", rows))
    add(
        f"{GULFVIEW}/AgendaCenter/ViewFile/Agenda/_09082026-301",
        make_pdf(
            "GULFVIEW COUNTY BOARD OF COUNTY COMMISSIONERS (DEMO)\nRegular Meeting, September 8, 2026\n"
            + ROUTINE
            + "3. Proclamation recognizing Hispanic Heritage Month\n"
            "4. Approve the purchase of two ambulances for Fire Rescue"
        ),
        PDF,
    )
    add(
        f"{GULFVIEW}/AgendaCenter/ViewFile/Agenda/_10272026-322",
        make_pdf(
            "GULFVIEW COUNTY BOARD OF COUNTY COMMISSIONERS (DEMO)\nRegular Meeting, October 27, 2026\n"
            + ROUTINE
            + "3. Approve the renewal of the Intergovernmental Service Agreement with U.S.\n"
            "Immigration and Customs Enforcement for the housing of ICE detainees at the\n"
            "Gulfview County Jail at a rate of $112.50 per detainee day, through\n"
            "January 31, 2027.\n"
            "4. Approve the road resurfacing contract for Harbor Point Boulevard"
        ),
        PDF,
    )
    add(
        f"{GULFVIEW}/AgendaCenter/ViewFile/Agenda/_12082026-340",
        make_pdf(
            "GULFVIEW COUNTY BOARD OF COUNTY COMMISSIONERS (DEMO)\nRegular Meeting, December 8, 2026\n"
            + ROUTINE
            + "3. Budget amendment for the Parks Department\n"
            "4. Presentation by the Harbor Point Immigrant Resource Center on its\n"
            "citizenship classes"
        ),
        PDF,
    )

    # Pinecrest County (Granicus): a termination and a scanned amendment on day 3.
    granicus = [(1101, "September 1, 2026", "County Commission Regular Meeting")]
    if day >= 1:
        granicus.insert(0, (1130, "October 6, 2026", "County Commission Regular Meeting"))
    if day >= 2:
        granicus.insert(0, (1162, "December 1, 2026", "County Commission Regular Meeting"))
    add(f"https://{PINECREST}/ViewPublisher.php?view_id=2", granicus_page(PINECREST, granicus))
    for event, when in ((1101, "September 1, 2026"), (1130, "October 6, 2026")):
        add(
            f"https://{PINECREST}/AgendaViewer.php?view_id=2&event_id={event}",
            make_pdf(
                f"PINECREST COUNTY COMMISSION (DEMO)\nRegular Meeting, {when}\n"
                + ROUTINE
                + "3. Approve the bid for courthouse roof repairs"
            ),
            PDF,
        )
    add(
        f"https://{PINECREST}/AgendaViewer.php?view_id=2&event_id=1162",
        make_pdf(
            "PINECREST COUNTY COMMISSION (DEMO)\nRegular Meeting, December 1, 2026\n"
            + ROUTINE
            + "3. Resolution terminating the Intergovernmental Agreement with the United\n"
            "States Marshals Service for the housing of federal prisoners at the Pinecrest\n"
            "County Detention Center, effective December 31, 2026.\n"
            "4. Amendment No. 2 to the Intergovernmental Service Agreement with ICE\n"
            "(attached, page 2).\n"
            "5. Proclamation: Welcoming Week, honoring the county's immigrant neighbors",
            scan(
                "AMENDMENT NO. 2\n"
                "INTERGOVERNMENTAL SERVICE AGREEMENT\n"
                "between U.S. Immigration and Customs Enforcement\n"
                "and Pinecrest County, Alabama\n"
                "\n"
                "The parties agree to extend the agreement for the\n"
                "detention of ICE detainees at the Pinecrest County\n"
                "Detention Center through March 31, 2027.\n"
                "The per diem rate is $89.00 per detainee day.\n"
                "\n"
                "Chairman, Pinecrest County Commission (DEMO)"
            ),
        ),
        PDF,
    )

    # Sawtooth Range County (BoardDocs, in Chromium): the 287(g) agreement on day 3.
    meetings = [{"unique": "DEMO0MTG0901", "name": "REGULAR MEETING", "numberdate": "20260915"}]
    items = [("7.1", "Sheriff's report on jail staffing")]
    if day >= 1:
        meetings.insert(0, {"unique": "DEMO0MTG1020", "name": "REGULAR MEETING", "numberdate": "20261020"})  # fmt: skip
    if day >= 2:
        meetings.insert(0, {"unique": "DEMO0MTG1201", "name": "REGULAR MEETING", "numberdate": "20261201"})  # fmt: skip
        items = [
            ("7.1", "Approve the Memorandum of Agreement with U.S. Immigration and Customs "
             "Enforcement under Section 287(g), Warrant Service Officer model, for the "
             "Sheriff's Office"),
        ]  # fmt: skip
    add(f"{SAWTOOTH}/Public", BOARDDOCS_PORTAL)
    add(f"{SAWTOOTH}/BD-GetMeetingsList?open", json.dumps(meetings), "application/json", method="POST")  # fmt: skip
    add(f"{SAWTOOTH}/BD-GetAgenda?open", boarddocs_agenda(items), method="POST")

    # Quiet Hollow (IQM2): the same old meeting every day (stale by day 3).
    add(
        f"{QUIET}/Citizens/Calendar.aspx",
        iqm2_calendar(QUIET, 4410, "Sep 8, 2026 7:00 PM", "TUESDAY, SEPTEMBER 8, 2026  7:00 PM"),
    )
    add(
        f"{QUIET}/Citizens/Detail_Meeting.aspx?ID=4410",
        '<html><body><!-- MADE-UP DEMO DATA --><table id="MeetingDetail"><tr><td class="Num">'
        '<strong>1. </strong></td><td class="Title"><a href="Detail_LegiFile.aspx?ID=901">'
        "Approve the sidewalk repair schedule</a></td></tr></table></body></html>",
    )
    add(
        f"{QUIET}/Citizens/FileOpen.aspx?Type=14&ID=4510&Inline=True",
        make_pdf("QUIET HOLLOW TOWN COUNCIL (DEMO)\nSeptember 8, 2026\n" + ROUTINE),
        PDF,
    )

    # Coyote Wash County (CivicPlus): down (503) for two runs, back on day 3.
    if day < 2:
        add(
            f"{COYOTE}/AgendaCenter",
            "Service Unavailable: scheduled maintenance",
            "text/plain",
            status=503,
            headers={"Retry-After": "0"},
        )
    else:
        add(
            f"{COYOTE}/AgendaCenter",
            civicplus_page(
                "Board of Supervisors",
                [("11242026-77", "Nov 24, 2026", "Board of Supervisors Regular Meeting")],
            ),
        )
        add(
            f"{COYOTE}/AgendaCenter/ViewFile/Agenda/_11242026-77",
            make_pdf(
                "COYOTE WASH COUNTY BOARD OF SUPERVISORS (DEMO)\nNovember 24, 2026\n"
                + ROUTINE
                + "3. Approve the jail food services contract renewal"
            ),
            PDF,
        )
    for host in (GULFVIEW, f"https://{PINECREST}", QUIET, COYOTE, "https://go.boarddocs.com"):
        add(f"{host}/robots.txt", "User-agent: *\nDisallow: /admin\n", "text/plain")
    return out


def sources_toml() -> str:
    def entry(sid: str, platform: str, kind: str, name: str, state: str, body: str, url: str,
              extra: str = "") -> str:  # fmt: skip
        return (
            f'[[source]]\nid = "{sid}"\nkind = "agenda"\nplatform = "{platform}"\n'
            f'jurisdiction = "{ocd(kind, name, state)}"\nbody = "{body}"\nurl = "{url}"\n{extra}\n'
        )

    ice = "".join(
        f'[[source]]\nid = "{sid}"\nkind = "ice"\nplatform = "{platform}"\n'
        f'jurisdiction = "ocd-division/country:us"\nbody = "{body}"\nurl = "{url}"\n\n'
        for sid, platform, body, url in (
            ("ice-287g", "ice287g", "U.S. Immigration and Customs Enforcement, 287(g) program",
             "https://www.ice.gov/identify-and-arrest/287g"),
            ("ice-detention-stats", "detention_stats",
             "U.S. Immigration and Customs Enforcement, detention statistics",
             "https://www.ice.gov/detain/detention-management"),
        )
    )  # fmt: skip
    return (
        "# The demo's registry: MADE-UP bodies in invented places (scripts/make_demo.py).\n\n"
        + ice
        + entry("demo-fl-gulfview-county-commission", "civicplus", "county", "Gulfview County",
                "FL", "Gulfview County Board of County Commissioners", f"{GULFVIEW}/AgendaCenter")
        + entry("demo-al-pinecrest-county-commission", "granicus", "county", "Pinecrest County",
                "AL", "Pinecrest County Commission",
                f"https://{PINECREST}/ViewPublisher.php?view_id=2")
        + entry("demo-id-sawtooth-range-county-commission", "boarddocs", "county",
                "Sawtooth Range County", "ID", "Sawtooth Range County Board of Commissioners",
                f"{SAWTOOTH}/Public", "javascript = true\n")
        + entry("demo-nc-quiet-hollow-council", "iqm2", "place", "Quiet Hollow", "NC",
                "Quiet Hollow Town Council", f"{QUIET}/Citizens/Calendar.aspx")
        + entry("demo-az-coyote-wash-county-supervisors", "civicplus", "county",
                "Coyote Wash County", "AZ", "Coyote Wash County Board of Supervisors",
                f"{COYOTE}/AgendaCenter")
    ).rstrip("\n") + "\n"  # fmt: skip


DEMO_TOML = f"""# icewatch's demo: the days `icewatch run --demo` replays, in order, each a run on that day
# over its folder of recorded responses; and the settings the demo runs with. MADE-UP DATA.
days = [{", ".join(f'{{today = "{d.isoformat()}", replay = "{f}"}}' for d, f in DAYS)}]

[settings]
sources = "sources.toml"
jurisdictions_file = "jurisdictions.tsv"
# two runs, not three: the demo's portal that is down for its first two days is reported
broken_after_runs = 2
# a portal that is down is crawled again half a second later, not thirty
retry_backoff = 0.5
"""

README = """# icewatch demo: MADE-UP DATA

Three days of invented public records, for `icewatch run --demo` offline (regenerate with
`scripts/make_demo.py`). Every county, town, agency, facility and meeting is fictional (real
states; the places are declared in `jurisdictions.tsv`, and the script refuses a name the
Census gazetteer knows).

- `demo.toml`: the days (a run each, on that date) and the demo's settings.
- `sources.toml`: the demo's registry: ICE's 287(g) page and detention statistics, and five
  agenda bodies on CivicPlus, Granicus, IQM2 and BoardDocs (in headless Chromium).
- `earlier/<day>/` and this folder (the current day, 2026-11-20): `responses.jsonl` and
  `bodies/`, served from 127.0.0.1 by the replay server.

What happens: Prairie Bend's 287(g) agreement disappears (ended once two lists confirm it);
Gulfview County signs a third model and its jail agreement gains an addendum; Osage Plains
County moves from pending to signed; Sawtooth Range County's sheriff is pending and its board
will vote on the agreement on 2026-12-01 (vote.ahead, with its jail's ICE detainees); Pinecrest
County's board meets on its detention contracts where ICE holds people (vote.ahead); the pending list
of 2026-10-16 is cut short and held back as suspect; a detention annex closes, a new one
opens, the Gulfview County Jail changes contract type and doubles its population; Gulfview's
board renews its IGSA through 2027-01-31 (expiry alerts at 120 and 90 days); Pinecrest
County terminates its USMS agreement and extends its IGSA on a scanned page (OCR); Coyote
Wash's portal is down for two runs (source.broken) and Quiet Hollow's stops publishing
(source.stale).
"""


def write_day(folder: Path, day: int, when: dt.date) -> int:
    published = EDITIONS[when]
    stamp = f"{published:%m%d%Y}"
    fy = published.year % 100 + (1 if published.month >= 10 else 0)
    participating_url = f"https://www.ice.gov/doclib/about/287g/participatingAgencies{stamp}am.xlsx"
    pending_url = f"https://www.ice.gov/doclib/about/287g/pendingAgencies{stamp}am.xlsx"
    stats_url = f"https://www.ice.gov/doclib/detention/FY{fy}_detentionStats{stamp}.xlsx"
    responses = [
        {
            "url": "https://www.ice.gov/robots.txt",
            "content": "User-agent: *\nDisallow: /search\n",
            "type": "text/plain",
        },
        {
            "url": "https://www.ice.gov/identify-and-arrest/287g",
            "content": page_287g(participating_url, pending_url),
            "type": HTML,
        },
        {"url": participating_url, "content": participating_xlsx(day), "type": XLSX},
        {"url": pending_url, "content": pending_xlsx(day), "type": XLSX},
        {
            "url": "https://www.ice.gov/detain/detention-management",
            "content": page_detention(stats_url),
            "type": HTML,
        },
        {"url": stats_url, "content": detention_xlsx(day, published), "type": XLSX},
        *agenda_responses(day),
    ]
    bodies = folder / "bodies"
    shutil.rmtree(bodies, ignore_errors=True)
    bodies.mkdir(parents=True)
    lines = []
    names: set[str] = set()
    for r in responses:
        content = r["content"].encode() if isinstance(r["content"], str) else r["content"]
        name = _body_name(r["url"], r["type"], names)
        (bodies / name).write_bytes(content)
        record = {
            "method": r.get("method", "GET"),
            "url": r["url"],
            "status": r.get("status", 200),
            "headers": {"Content-Type": r["type"], **r.get("headers", {})},
            "body": f"bodies/{name}",
            "note": NOTE,
        }
        lines.append(json.dumps(record))
    (folder / "responses.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "jurisdictions.tsv").write_text(jurisdictions_tsv(), encoding="utf-8")
    return len(lines)


def _body_name(url: str, ctype: str, taken: set[str]) -> str:
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    stem = (parts.path.rstrip("/").rsplit("/", 1)[-1] or "index") + (
        "-" + parts.query if parts.query else ""
    )
    stem = "".join(c if c.isalnum() or c in "._-" else "-" for c in f"{parts.hostname}-{stem}")
    ext = {"application/pdf": ".pdf", XLSX: "", "application/json": ".json"}.get(ctype, "")
    if ctype.startswith("text/html") and not stem.endswith(".html"):
        ext = ".html"
    if ctype == "text/plain" and not stem.endswith(".txt"):
        ext = ".txt"
    name, n = stem[:90] + ext, 1
    while name in taken:
        n += 1
        name = f"{stem[:86]}-{n}{ext}"
    taken.add(name)
    return name


def _save(book: openpyxl.Workbook) -> bytes:
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def main() -> None:
    check_invented()
    shutil.rmtree(OUT / "earlier", ignore_errors=True)
    counts = []
    for number, (when, folder) in enumerate(DAYS):
        counts.append(write_day(OUT / folder, number, when))
    (OUT / "sources.toml").write_text(sources_toml(), encoding="utf-8")
    (OUT / "demo.toml").write_text(DEMO_TOML, encoding="utf-8")
    (OUT / "README.md").write_text(README, encoding="utf-8")
    print(f"wrote {len(DAYS)} days ({', '.join(map(str, counts))} responses) to {OUT}")


if __name__ == "__main__":
    main()
