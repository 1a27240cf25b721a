"""Write the built-in demo replay set (``spiders/demo``).

MADE-UP DATA. The agencies below are invented (real states, fictional places); the files
imitate the shape of ICE's real 287(g) page and spreadsheets, including their quirks: trailing
spaces, a typo in a support type and a state, "link pending", Outlook safelinks, empty trailing
columns and blank rows at the end.

    .venv/bin/python scripts/make_demo.py
"""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path
from urllib.parse import quote

import openpyxl

OUT = Path(__file__).resolve().parent.parent / "spiders" / "demo"
PAGE = "https://www.ice.gov/identify-and-arrest/287g"
PARTICIPATING = "https://www.ice.gov/doclib/about/287g/participatingAgencies11202026am.xlsx"
PENDING = "https://www.ice.gov/doclib/about/287g/pendingAgencies11202026am.xlsx"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

# state, agency, type, county, support type, signed, moa ("link", "pending", "safelink")
PARTICIPATING_ROWS = [
    (
        "ALABAMA",
        "Pinecrest County Sheriff's Office ",
        "County ",
        "Pinecrest County",
        "Jail Enforcement Model ",
        dt.date(2025, 9, 22),
        "link",
    ),
    (
        "ALABAMA",
        "Pinecrest County Sheriff's Office ",
        "County ",
        "Pinecrest County",
        "Task Force Model",
        dt.date(2025, 9, 22),
        "link",
    ),
    (
        "ARIZONA",
        "Red Mesa Police Department",
        "Municipality",
        "Coyote County",
        "Warrant Service Officer",
        dt.date(2025, 4, 2),
        "safelink",
    ),
    (
        "FLORIDA",
        "Harbor Point Police Departent ",
        "Municipality ",
        "Gulfview County",
        "Task Force Model",
        dt.date(2025, 7, 2),
        "pending",
    ),
    (
        "FLORIDA",
        "Gulfview County Sheriff's Office",
        "County",
        "Gulfview County",
        "Jail Enforcement Model",
        dt.date(2025, 2, 26),
        "link",
    ),
    (
        "FLORIDA",
        "Gulfview County Sheriff's Office",
        "County",
        "Gulfview County",
        "Task Force Model",
        dt.date(2025, 2, 26),
        "link",
    ),
    (
        "FLORIDA",
        "Gulfview County Sheriff's Office",
        "County",
        "Gulfview County",
        "Warrant Service Officer",
        dt.date(2025, 2, 24),
        "link",
    ),
    (
        "FLORIDA",
        "Florida Department of Roadways",
        "State Agency",
        "#NA",
        "Task Force Model",
        dt.date(2025, 3, 14),
        "link",
    ),
    (
        "GEORGIA ",
        "Oconee Ridge County Sheriff's Office",
        "County",
        "Oconee Ridge County",
        "Jail Enforcement Model",
        dt.date(2020, 6, 9),
        "link",
    ),
    (
        "IDAHO",
        "Sawtooth County Sheriff's Office",
        "County",
        "Sawtooth County",
        "Warrant Service Office",
        dt.date(2025, 10, 15),
        "link",
    ),
    (
        "KANSAS",
        "Prairie Bend Police Department",
        "Municipality",
        "Osage Plains County",
        "Task Force Model",
        dt.date(2025, 11, 3),
        "pending",
    ),
    (
        "LOUISIANA",
        "Bayou Parish Sheriff's Office",
        "County",
        "Bayou Parish",
        "Jail Enforcement Model",
        dt.date(2025, 5, 8),
        "safelink",
    ),
    (
        "MISSOURI",
        "Ozark Hollow Police Department",
        "Municipality",
        "Taney Hills County",
        "Task Force Model",
        dt.date(2025, 12, 1),
        "link",
    ),
    (
        "NEW HAMPSHIRE",
        "Granite Falls Police Department",
        "Municipality",
        "Merrimack Vale County",
        "Task Force Model",
        dt.date(2025, 8, 19),
        "link",
    ),
    (
        "NORTH CAROLINA",
        "Blue Ridge County Sheriff's Office",
        "County",
        "Blue Ridge County",
        "Warrant Service Officer",
        dt.date(2019, 5, 1),
        "link",
    ),
    (
        "OKLAHOMA",
        "Red Dirt County Sheriff's Office",
        "County",
        "Red Dirt County",
        "Jail Enforcement Model",
        dt.date(2026, 1, 12),
        "link",
    ),
    (
        "PENNSYLVANIA",
        "Keystone County Sheriff's Office",
        "County",
        "Keystone County",
        "Task Force Model",
        dt.date(2026, 3, 2),
        "link",
    ),
    (
        "PENNSYLVANIA",
        "Keystone County Department of Corrections",
        "County",
        "Keystone County",
        "Jail Enforcement Model",
        dt.date(2026, 3, 2),
        "pending",
    ),
    (
        "SOUTH CAROLINA",
        "Palmetto Bluff County Sheriff's Office",
        "County",
        "Palmetto Bluff County",
        "Warrant Service Officer",
        dt.date(2025, 6, 12),
        "link",
    ),
    (
        "TENNESSEE",
        "Cumberland Gap Police Department",
        "Municipality",
        "Claiborne Hills County",
        "Task Force Model",
        dt.date(2026, 5, 11),
        "link",
    ),
    (
        "TEXAS",
        "Brazos Bend County Sheriff's Office",
        "County",
        "Brazos Bend County",
        "Jail Enforcement Model",
        dt.date(2020, 6, 8),
        "link",
    ),
    (
        "TEXAS",
        "Brazos Bend County Sheriff's Office",
        "County",
        "Brazos Bend County",
        "Task Force Model",
        dt.date(2025, 3, 20),
        "link",
    ),
    (
        "TEXAS",
        "Llano Estacado County Constable Precinct 2",
        "County",
        "Llano Estacado County",
        "Task Force Officer ",
        dt.date(2025, 9, 15),
        "link",
    ),
    (
        "TEXAS ",
        "Rio Verde Police Department",
        "Municipality",
        "Rio Verde County",
        "Warrant Service Officer",
        dt.date(2026, 8, 4),
        "pending",
    ),
    (
        "UTAHJ",
        "Wasatch Front County Sheriff's Office",
        "County",
        "Wasatch Front County",
        "Task Force Model",
        dt.date(2026, 10, 27),
        "link",
    ),
    (
        "VIRGINIA",
        "Shenandoah Vale Police Department",
        "Municipality",
        "Shenandoah Vale County",
        "Task Force Model",
        dt.date(2026, 11, 9),
        "pending",
    ),
    (
        "WEST VIRIGINA",
        "Allegheny Run County Sheriff's Office",
        "County",
        "Allegheny Run County",
        "Warrant Service Officer",
        dt.date(2026, 11, 16),
        "pending",
    ),
    (
        "WYOMING",
        "Wind River Basin County Sheriff's Office",
        "County",
        "Wind River Basin County",
        "Jail Enforcement Model",
        dt.date(2025, 10, 1),
        "link",
    ),
]
PENDING_ROWS = [
    (
        "ALABAMA",
        "Marshall Bend County Sheriff's Office ",
        "County ",
        "Marshall Bend County",
        "Jail Enforcement Model ",
    ),
    (
        "INDIANA",
        "Stoneville Police Department",
        "Municipality ",
        "Limestone County",
        "Task Force Model",
    ),
    (
        "KANSAS",
        "Osage Plains County Sheriff's Office",
        "County",
        "Osage Plains County",
        "Warrant Service Officer",
    ),
    (
        "TEXAS",
        "Cumby Flats Police Department",
        "Municipality",
        "Hopkins Prairie County ",
        "Task Force Model",
    ),
    (
        "TEXAS",
        "Sherwood County Sheriff's Office ",
        "County ",
        "Sherwood County ",
        "Warrant Services Officer",
    ),
    (
        "PENNSYLVANIA",
        "Keystone County Sheriff's Office",
        "County",
        "Keystone County",
        "Warrant Service Officer",
    ),
]


def moa_url(agency: str, state: str, model: str, signed: dt.date) -> str:
    short = "".join(w for w in agency.title().split() if w.isalpha())[:40]
    code = "".join(word[0] for word in model.split())[:3].upper()
    return f"https://www.ice.gov/doclib/287gMOA/{short}{state[:2].upper()}_{code}_MOA_{signed:%m%d%Y}.pdf"


def participating_xlsx() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    sheet.append(
        [
            "STATE",
            "LAW ENFORCEMENT AGENCY",
            "TYPE",
            "COUNTY",
            "SUPPORT TYPE",
            "SIGNED",
            "MOA",
            "ADDENDUM",
            None,
            None,
        ]
    )
    for number, (state, agency, kind, county, model, signed, moa) in enumerate(
        PARTICIPATING_ROWS, 2
    ):
        sheet.append(
            [
                state,
                agency,
                kind,
                county,
                model,
                signed,
                "link pending" if moa == "pending" else "link",
                "",
            ]
        )
        sheet.cell(number, 6).number_format = "m/d/yyyy"
        if moa != "pending":
            target = moa_url(agency, state, model, signed)
            if moa == "safelink":
                target = (
                    "https://gcc02.safelinks.protection.outlook.com/?url="
                    + quote(target, safe="")
                    + "&data=05%7C02%7CDEMO%7C0%7C0&reserved=0"
                )
            sheet.cell(number, 7).hyperlink = target
    for _ in range(3):  # ICE's sheets end with formatted blank rows
        sheet.append([None] * 8)
    return _save(book)


def pending_xlsx() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Sheet 1"
    sheet.append(["STATE", "LAW ENFORCEMENT AGENCY", "TYPE", "COUNTY", "SUPPORT TYPE"])
    for row in PENDING_ROWS:
        sheet.append(list(row))
    return _save(book)


def page_html() -> str:
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
<a href="/doclib/about/287g/{PARTICIPATING.rsplit("/", 1)[1]}">Participating Agencies (XLSX, 24 KB)</a>
spreadsheet.</p>
<h2>Pending Agencies</h2>
<p>Agencies that have applied: <a href="{PENDING}">Pending Agencies (XLSX, 9 KB)</a>.</p>
<h2>Resources</h2>
<ul><li><a href="/doclib/about/287g/287gFactSheet.pdf">287(g) fact sheet (PDF)</a></li>
<li><a href="/identify-and-arrest/287g/faq">Frequently asked questions</a></li></ul>
</main></body></html>
"""


def _save(book: openpyxl.Workbook) -> bytes:
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def main() -> None:
    bodies = OUT / "bodies"
    bodies.mkdir(parents=True, exist_ok=True)
    files = [
        (
            "https://www.ice.gov/robots.txt",
            "robots.txt",
            "text/plain",
            b"User-agent: *\nDisallow: /search\n",
        ),
        (PAGE, "287g.html", "text/html; charset=utf-8", page_html().encode()),
        (PARTICIPATING, "participatingAgencies11202026am.xlsx", XLSX, participating_xlsx()),
        (PENDING, "pendingAgencies11202026am.xlsx", XLSX, pending_xlsx()),
    ]
    lines = []
    for url, name, content_type, body in files:
        (bodies / name).write_bytes(body)
        lines.append(
            json.dumps(
                {
                    "method": "GET",
                    "url": url,
                    "status": 200,
                    "headers": {"Content-Type": content_type},
                    "body": f"bodies/{name}",
                    "note": "made-up demo data",
                }
            )
        )
    (OUT / "responses.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (OUT / "README.md").write_text(
        "# Demo replay set: MADE-UP DATA\n\n"
        "Invented agencies in the shape of ICE's 287(g) page and spreadsheets, for "
        "`icewatch run --demo` offline. Regenerate with `scripts/make_demo.py`.\n",
        encoding="utf-8",
    )
    print(f"wrote {len(files)} responses to {OUT}")


if __name__ == "__main__":
    main()
