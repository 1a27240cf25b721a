"""Rebuild ``spiders/sources.toml`` from the hand-entered lines and public lists of portal URLs.

    python scripts/grow_registry.py --lists ../shared/corpus/registry \
        --statuses civicplus_site_statuses.csv --warehouse var/icewatch.duckdb

Every generated line names where its URL came from (``source_of_url``) and the date of that
evidence (``checked``: when the list was made or the URL last answered). Lines come, in order
of trust (the first line for a body wins):

1. the registry's own hand-entered lines, with the corrections of portals that moved;
2. ``FLORIDA``: Florida counties' Legistar clients as a public seed list verified them
   (2026-06-14; token-gated Web APIs read as Legistar web pages), and ``PUBLIC_CODE``:
   counties and cities named with their portal in other projects' scrapers (Virginia's
   localities, Texas commissioners courts, single county portals);
3. ``engagic_discovered.json`` (August 2025): the vendor of 827 places, for cities of
   ``--min-population`` and more whose portal's tenant names them, and the county portals
   it lists (checked against the county the city lies in);
4. ``civicplus_sites.csv`` (civic-scraper, 2020): county AgendaCenters, moved to the domain
   the county's CivicPlus host redirected to in civic-scraper's status check (2020-07-02);
5. that status check's other county hosts, for counties in ``--warehouse``'s collaboration
   counties (a 287(g) agency or an ICE-used jail).

The file is written sorted by state, then jurisdiction. ``icewatch sources check`` must pass
on the result; ``icewatch sources coverage`` counts the bodies in collaboration counties.
"""

from __future__ import annotations

import argparse
import ast
import csv
import json
import re
import subprocess
import sys
import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from spiders.detect import from_url  # noqa: E402
from warehouse.gazetteer import Gazetteer  # noqa: E402

REGISTRY = ROOT / "spiders" / "sources.toml"

HEADER = """\
# icewatch sources registry: one [[source]] table per list or body to watch, sorted by state.
#   id            stable name of the source (letters, digits, dashes)
#   kind          ice | agenda
#   platform      the spider that reads it (`icewatch sources list --platforms`)
#   jurisdiction  Open Civic Data division id of the place it covers
#   body          who publishes it
#   url           where the crawl starts
#   javascript    true when the portal needs a browser (optional)
#   timezone      IANA zone of meeting times (optional; default: the zone of the state's capital)
#   options       platform settings (optional), e.g. options = { client = "phila" } when a
#                 Legistar Web API name differs from the site's host, { committee = "…" } for
#                 BoardDocs, { body = "City Council" } for Chicago's eLMS
#   source_of_url where the URL came from: a public list, a page, or hand entry
#   checked       the date of that evidence: when the list was made or the URL last answered
# Generated lines come from scripts/grow_registry.py (see its docstring); hand entries are
# kept as written. `icewatch sources check` validates the file; `icewatch sources add` appends.
"""

# Hand-entered lines whose portals moved (checked against the portals' own pages).
MOVED: dict[str, dict[str, Any]] = {
    "chicago-council": {
        "platform": "chicago_elms",
        "url": "https://chicityclerkelms.chicago.gov/Meetings",
        "options": {"body": "City Council"},
        "source_of_url": "Chicago City Clerk: the council left Legistar for eLMS in 2023",
    },
    "san-antonio-council": {
        "platform": "primegov",
        "url": "https://sanantonio.primegov.com",
        "source_of_url": "engagic_discovered.json (August 2025): vendor primegov",
    },
    "long-beach-council": {
        "platform": "primegov",
        "url": "https://longbeach.primegov.com",
        "source_of_url": "engagic_discovered.json (August 2025): vendor primegov",
    },
    "dona-ana-county-bocc": {
        "url": "https://donaanaconm.portal.civicclerk.com",
        "source_of_url": "City Bureau city-scrapers-lascruc: CivicClerk tenant donaanaconm",
    },
    "anthony-nm-trustees": {
        "url": "https://www.cityofanthonynm.gov/AgendaCenter",
        "source_of_url": "City Bureau city-scrapers-lascruc: cityofanthonynm.gov AgendaCenter",
    },
    "nash-county-commissioners": {
        "url": "https://www.nashcountync.gov/AgendaCenter",
        "source_of_url": "civic-scraper status check: nc-nashcounty.civicplus.com moved",
    },
}

# Florida counties, from a public seed list ("Legistar public slugs verified 2026-06-14 by
# probing /Bodies endpoint"; token-gated Web APIs marked custom) and public Legistar API notes.
READ = "2026-12-02"  # when the public code below was read
LEGISTAR_SEEN = "public code naming the county's agenda portal (search index, read 2026-12-02)"
FLORIDA_SEED = "public seed list seed_municipalities.py (FL counties, verified 2026-06-14)"
# county, portal, platform, provenance, date of the evidence
FLORIDA: list[tuple[str, str, str, str, str]] = [
    ("Broward", "https://broward.legistar.com", "legistar", FLORIDA_SEED, "2026-06-14"),
    ("Pinellas", "https://pinellas.legistar.com", "legistar", FLORIDA_SEED, "2026-06-14"),
    ("Alachua", "https://alachua.legistar.com", "legistar", FLORIDA_SEED, "2026-06-14"),
    ("Hillsborough", "https://hillsborough.legistar.com/Calendar.aspx", "legistar_web",
     FLORIDA_SEED, "2026-06-14"),
    ("Orange", "https://orangecountyfl.legistar.com/Calendar.aspx", "legistar_web",
     FLORIDA_SEED, "2026-06-14"),
    ("Osceola", "https://osceola.legistar.com/Calendar.aspx", "legistar_web", FLORIDA_SEED,
     "2026-06-14"),
    ("Volusia", "https://volusia.legistar.com/Calendar.aspx", "legistar_web", FLORIDA_SEED,
     "2026-06-14"),
    ("Leon", "https://leon.legistar.com/Calendar.aspx", "legistar_web", FLORIDA_SEED,
     "2026-06-14"),
    ("Palm Beach", "https://pbcgov.legistar.com/Calendar.aspx", "legistar_web", FLORIDA_SEED,
     "2026-06-14"),
    ("Sumter", "https://www.sumtercountyfl.gov/AgendaCenter", "civicplus", FLORIDA_SEED,
     "2026-06-14"),
    ("Polk", "https://polkcountyfl.legistar.com", "legistar", LEGISTAR_SEEN, READ),
    ("Hernando", "https://hernandocountyfl.legistar.com", "legistar", LEGISTAR_SEEN, READ),
    ("Brevard", "https://brevardfl.legistar.com", "legistar", LEGISTAR_SEEN, READ),
    ("Martin", "https://martin.legistar.com", "legistar", LEGISTAR_SEEN, READ),
    ("Indian River", "https://ircgov.legistar.com", "legistar", LEGISTAR_SEEN, READ),
]  # fmt: skip


# Counties and cities named with their portal in public code (scrapers' own lists), read
# 2026-12-02 through the search index; the URL is normalized by spiders.detect.
VIRGINIA = "public code: Virginia localities' agenda portals (search index file 28187388105)"
TEXAS = "public code: Texas commissioners courts' portals (search index file 54788124799)"
FLORIDA_CLERK = (
    "public code: Florida counties' CivicClerk tenants, probed 2026-04-14 (search index)"
)
PUBLIC_CODE: list[tuple[str, str, str, str]] = [  # name, state, url, provenance
    ("Botetourt County", "VA", "https://www.botetourtva.gov/AgendaCenter", VIRGINIA),
    ("Campbell County", "VA", "https://www.co.campbell.va.us/AgendaCenter", VIRGINIA),
    ("Caroline County", "VA", "https://co.caroline.va.us/AgendaCenter", VIRGINIA),
    ("Cumberland County", "VA", "https://www.cumberlandcounty.virginia.gov/AgendaCenter", VIRGINIA),
    ("Dinwiddie County", "VA", "https://www.dinwiddieva.us/AgendaCenter", VIRGINIA),
    ("Franklin County", "VA", "https://www.franklincountyva.gov/AgendaCenter", VIRGINIA),
    ("Halifax County", "VA", "https://www.halifaxcountyva.gov/AgendaCenter", VIRGINIA),
    ("Henry County", "VA", "https://www.henrycountyva.gov/AgendaCenter", VIRGINIA),
    ("King George County", "VA", "https://www.kinggeorgecountyva.gov/AgendaCenter", VIRGINIA),
    ("Madison County", "VA", "https://www.madisonco.virginia.gov/AgendaCenter", VIRGINIA),
    ("Mecklenburg County", "VA", "https://www.mecklenburgva.com/AgendaCenter", VIRGINIA),
    ("Middlesex County", "VA", "https://www.co.middlesex.va.us/AgendaCenter", VIRGINIA),
    ("Page County", "VA", "https://www.pagecounty.virginia.gov/AgendaCenter", VIRGINIA),
    ("Patrick County", "VA", "https://www.co.patrick.va.us/AgendaCenter", VIRGINIA),
    ("Powhatan County", "VA", "https://www.powhatanva.gov/AgendaCenter", VIRGINIA),
    ("Rockingham County", "VA", "https://www.rockinghamcountyva.gov/AgendaCenter", VIRGINIA),
    ("Russell County", "VA", "https://va-russellcounty.civicplus.com/AgendaCenter", VIRGINIA),
    ("Shenandoah County", "VA", "https://shenandoahcountyva.us/AgendaCenter", VIRGINIA),
    ("Wise County", "VA", "https://www.wisecounty.org/AgendaCenter", VIRGINIA),
    ("York County", "VA", "https://www.yorkcounty.gov/AgendaCenter", VIRGINIA),
    ("Accomack County", "VA", "https://go.boarddocs.com/va/coa/Board.nsf/Public", VIRGINIA),
    ("Culpeper County", "VA", "https://go.boarddocs.com/va/ccva/Board.nsf/Public", VIRGINIA),
    ("Essex County", "VA", "https://go.boarddocs.com/va/essexco/Board.nsf/Public", VIRGINIA),
    ("Montgomery County", "VA", "https://go.boarddocs.com/va/montva/Board.nsf/Public", VIRGINIA),
    ("Northampton County", "VA", "https://go.boarddocs.com/va/northco/Board.nsf/Public", VIRGINIA),
    ("Prince George County", "VA", "https://go.boarddocs.com/va/princegeorge/Board.nsf/Public",
     VIRGINIA),
    ("Pulaski County", "VA", "https://go.boarddocs.com/va/copva/Board.nsf/Public", VIRGINIA),
    ("Rappahannock County", "VA", "https://go.boarddocs.com/va/corva/Board.nsf/Public", VIRGINIA),
    ("Rockbridge County", "VA", "https://go.boarddocs.com/va/rcva/Board.nsf/Public", VIRGINIA),
    ("Amelia County", "VA", "https://ameliacova.portal.civicclerk.com/", VIRGINIA),
    ("Amherst County", "VA", "https://amherstcova.portal.civicclerk.com/", VIRGINIA),
    ("Appomattox County", "VA", "https://appomattoxcova.portal.civicclerk.com/", VIRGINIA),
    ("Charles City County", "VA", "https://charlescitycova.portal.civicclerk.com/", VIRGINIA),
    ("Chesterfield County", "VA", "https://chesterfieldcova.portal.civicclerk.com/", VIRGINIA),
    ("Hanover County", "VA", "https://hanovercova.portal.civicclerk.com/", VIRGINIA),
    ("James City County", "VA", "https://jamescitycova.portal.civicclerk.com/", VIRGINIA),
    ("King William County", "VA", "https://kingwilliamcova.portal.civicclerk.com/", VIRGINIA),
    ("Louisa County", "VA", "https://louisacova.portal.civicclerk.com/", VIRGINIA),
    ("Mathews County", "VA", "https://mathewscova.portal.civicclerk.com/", VIRGINIA),
    ("Orange County", "VA", "https://orangecova.portal.civicclerk.com/", VIRGINIA),
    ("Scott County", "VA", "https://scottcova.portal.civicclerk.com/", VIRGINIA),
    ("Spotsylvania County", "VA", "https://spotsylvaniacova.portal.civicclerk.com/", VIRGINIA),
    ("Stafford County", "VA", "https://staffordcova.portal.civicclerk.com/", VIRGINIA),
    ("Surry County", "VA", "https://surrycova.portal.civicclerk.com/", VIRGINIA),
    ("Warren County", "VA", "https://warrencountyva.portal.civicclerk.com/", VIRGINIA),
    ("Lancaster County", "VA", "https://lancova.civicweb.net/Portal/MeetingTypeList.aspx",
     VIRGINIA),
    ("Gloucester County", "VA", "https://pub-gloucesterva.escribemeetings.com/", VIRGINIA),
    ("Augusta County", "VA", "https://augustava.granicus.com/ViewPublisher.php?view_id=1",
     VIRGINIA),
    ("Fauquier County", "VA", "https://fauquier-va.granicus.com/ViewPublisher.php?view_id=3",
     VIRGINIA),
    ("Frederick County", "VA", "https://fcva.granicus.com/ViewPublisher.php?view_id=1", VIRGINIA),
    ("Greene County", "VA", "https://gcva.granicus.com/ViewPublisher.php?view_id=1", VIRGINIA),
    ("Prince William County", "VA", "https://pwcgov.granicus.com/ViewPublisher.php?view_id=23",
     VIRGINIA),
    ("Goochland County", "VA", "https://goochlandcountyva.iqm2.com/Citizens/Default.aspx",
     VIRGINIA),
    ("Roanoke County", "VA", "https://roanokecountyva.iqm2.com/Citizens/default.aspx", VIRGINIA),
    ("Washington County", "VA", "https://washingtoncountyva.iqm2.com/citizens/default.aspx",
     VIRGINIA),
    ("Albemarle County", "VA", "https://albemarle.legistar.com/Calendar.aspx", VIRGINIA),
    ("Isle of Wight County", "VA", "https://isleofwight.novusagenda.com/agendapublic", VIRGINIA),
    ("New Kent County", "VA", "https://newkent.novusagenda.com/agendapublic", VIRGINIA),
    ("Bedford County", "VA", "https://bedfordcounty.primegov.com/public/portal", VIRGINIA),
    ("Chesapeake", "VA", "https://chesapeake.granicus.com/ViewPublisher.php?view_id=29", VIRGINIA),
    ("Richmond", "VA", "https://richmondva.legistar.com/Calendar.aspx", VIRGINIA),
    ("Norfolk", "VA", "https://www.norfolk.gov/AgendaCenter", VIRGINIA),
    ("Hampton", "VA", "https://hampton.legistar.com/Calendar.aspx", VIRGINIA),
    ("Newport News", "VA", "https://nngov.civicweb.net/Portal/MeetingTypeList.aspx", VIRGINIA),
    ("Portsmouth", "VA", "https://www.portsmouthva.gov/AgendaCenter", VIRGINIA),
    ("Suffolk", "VA", "https://www.suffolkva.us/AgendaCenter", VIRGINIA),
    ("Lynchburg", "VA", "https://lynchburgva.portal.civicclerk.com/", VIRGINIA),
    ("Denton County", "TX", "https://www.dentoncounty.gov/AgendaCenter", TEXAS),
    ("Johnson County", "TX", "https://www.johnsoncountytx.org/AgendaCenter", TEXAS),
    ("Parker County", "TX", "https://www.parkercountytx.com/AgendaCenter", TEXAS),
    ("Ellis County", "TX", "https://www.co.ellis.tx.us/AgendaCenter", TEXAS),
    ("Kaufman County", "TX", "https://www.kaufmancounty.net/AgendaCenter", TEXAS),
    ("Rockwall County", "TX", "https://www.rockwallcountytexas.com/AgendaCenter", TEXAS),
    ("McLennan County", "TX", "https://www.co.mclennan.tx.us/AgendaCenter", TEXAS),
    ("Bastrop County", "TX", "https://www.co.bastrop.tx.us/AgendaCenter", TEXAS),
    ("Bell County", "TX", "https://www.bellcountytx.com/AgendaCenter", TEXAS),
    ("Burnet County", "TX", "https://www.burnetcountytexas.org/AgendaCenter", TEXAS),
    ("Comal County", "TX", "https://www.co.comal.tx.us/AgendaCenter", TEXAS),
    ("Guadalupe County", "TX", "https://www.co.guadalupe.tx.us/AgendaCenter", TEXAS),
    ("Medina County", "TX", "https://www.medinacountytexas.org/AgendaCenter", TEXAS),
    ("Kendall County", "TX", "https://www.co.kendall.tx.us/AgendaCenter", TEXAS),
    ("Bexar County", "TX", "https://bexar.legistar.com/Calendar.aspx", TEXAS),
    ("Brazoria County", "TX", "https://brazoriacountytx.legistar.com", LEGISTAR_SEEN),
    ("Oklahoma County", "OK", "https://oklahomacounty.legistar.com", LEGISTAR_SEEN),
    ("Baldwin County", "AL", "https://baldwincountyal.legistar.com", LEGISTAR_SEEN),
    ("Allegheny County", "PA", "https://alleghenycounty.legistar.com", LEGISTAR_SEEN),
    ("Sonoma County", "CA", "https://sonoma-county.legistar.com", LEGISTAR_SEEN),
    ("San Mateo County", "CA", "https://sanmateocounty.legistar.com", LEGISTAR_SEEN),
    ("Maui County", "HI", "https://mauicounty.legistar.com", LEGISTAR_SEEN),
    ("San Diego County", "CA", "https://sdcounty.legistar.com", LEGISTAR_SEEN),
    ("DeKalb County", "GA", "https://dekalbcountyga.legistar.com", LEGISTAR_SEEN),
    ("Fulton County", "GA", "https://fulton.legistar.com", LEGISTAR_SEEN),
    ("Union County", "NC", "https://unioncountync.legistar.com", LEGISTAR_SEEN),
    ("Orange County", "NC", "https://orangecountync.legistar.com", LEGISTAR_SEEN),
    ("Webb County", "TX", "https://www.webbcountytx.gov/AgendaCenter", LEGISTAR_SEEN),
    ("Newton County", "GA", "https://www.newtoncountyga.gov/AgendaCenter", LEGISTAR_SEEN),
    ("Union County", "GA", "https://www.unioncountyga.gov/AgendaCenter", LEGISTAR_SEEN),
    ("Wicomico County", "MD", "https://www.wicomicocounty.org/AgendaCenter", LEGISTAR_SEEN),
    ("Spartanburg County", "SC", "https://www.spartanburgcounty.gov/AgendaCenter", LEGISTAR_SEEN),
    ("Peoria County", "IL", "https://www.peoriacounty.gov/AgendaCenter", LEGISTAR_SEEN),
    ("Lee County", "FL", "https://leecofl.portal.civicclerk.com", FLORIDA_CLERK),
    ("Pasco County", "FL", "https://pascocofl.portal.civicclerk.com", FLORIDA_CLERK),
    ("Escambia County", "FL", "https://escambiacofl.portal.civicclerk.com", FLORIDA_CLERK),
    ("Collier County", "FL", "https://colliercofl.portal.civicclerk.com", FLORIDA_CLERK),
    ("Charlotte County", "FL", "https://charlottecountyfl.portal.civicclerk.com", FLORIDA_CLERK),
    ("Citrus County", "FL", "https://citrusclerk.portal.civicclerk.com", FLORIDA_CLERK),
    ("Wilson County", "TN", "https://wilsoncountytn.gov/AgendaCenter", LEGISTAR_SEEN),
    ("Shelby County", "TN", "https://www.shelbycountytn.gov/AgendaCenter", LEGISTAR_SEEN),
]  # fmt: skip

# What a county's governing body is called, by state.
GOVERNING = {
    "TX": "Commissioners Court",
    "AR": "Quorum Court",
    "KY": "Fiscal Court",
    "LA": "Parish Council",
    "CA": "Board of Supervisors",
    "AZ": "Board of Supervisors",
    "IA": "Board of Supervisors",
    "VA": "Board of Supervisors",
    "MS": "Board of Supervisors",
    "WI": "County Board",
    "NE": "Board of Commissioners",
    "AL": "County Commission",
    "TN": "County Commission",
    "MO": "County Commission",
    "WV": "County Commission",
    "NJ": "Board of County Commissioners",
    "NY": "County Legislature",
}
_GOVERNING_BODY = re.compile(
    r"commissioners? court|board of (?:county )?(?:commissioners|supervisors)|quorum court|"
    r"fiscal court|county commission|county council|county board|county legislature|"
    r"board of chosen freeholders|parish council|police jury|commissioners",
    re.I,
)


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def governing(county: str, state: str) -> str:
    return f"{county} {GOVERNING.get(state, 'Board of Commissioners')}"


def entry(
    *,
    id: str,
    platform: str,
    jurisdiction: str,
    body: str,
    url: str,
    source_of_url: str,
    checked: str,
    options: dict[str, Any] | None = None,
    **extra: Any,
) -> dict[str, Any]:
    line = {
        "id": id,
        "kind": "agenda",
        "platform": platform,
        "jurisdiction": jurisdiction,
        "body": body,
        "url": url,
        **extra,
    }
    if options:
        line["options"] = options
    line["source_of_url"] = source_of_url
    line["checked"] = checked
    return line


# ---------------------------------------------------------------- the sources of lines


def hand_entered() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The registry's ICE lines and hand-entered agenda lines, corrected where portals moved."""
    data = tomllib.loads(REGISTRY.read_text(encoding="utf-8"))["source"]
    ice = [s for s in data if s["kind"] == "ice"]
    agenda = []
    for source in (s for s in data if s["kind"] == "agenda"):
        if source.get("source_of_url") and source["id"] not in MOVED:
            agenda.append(source)  # already generated or documented: kept as it is
            continue
        if source["id"] in MOVED:
            source = {**source, **MOVED[source["id"]], "checked": "2026-12-02"}
        else:
            source = {
                **source,
                "source_of_url": "hand-entered (git history of spiders/sources.toml)",
                "checked": _entered(source["id"]),
            }
        agenda.append(source)
    return ice, agenda


def _entered(source_id: str) -> str:
    found = subprocess.run(
        ["git", "log", "--reverse", "--format=%ad", "--date=short", "-S", f'id = "{source_id}"',
         "--", "spiders/sources.toml"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    ).stdout.split()  # fmt: skip
    return found[0] if found else "2026-11-23"


def florida(g: Gazetteer) -> Iterable[dict[str, Any]]:
    for county, url, platform, provenance, checked in FLORIDA:
        place = g.find("county", f"{county} County", "FL")
        assert place, county
        yield entry(
            id=f"fl-{slug(county)}-county-commission",
            platform=platform,
            jurisdiction=place[0].jurisdiction_id,
            body=f"{county} County Board of County Commissioners",
            url=url,
            source_of_url=provenance,
            checked=checked,
        )


_COUNTY_TENANT = re.compile(r"^(?:([a-z]{2})-)?([a-z-]+?)-?(?:county|parish)(?:of)?([a-z]{2})?\d*$")


def engagic_places(g: Gazetteer, lists: Path, min_population: int) -> Iterable[dict[str, Any]]:
    """Cities of ``min_population`` and more with the portal engagic found for them; a portal
    that is a county's (``<name>county<st>``) becomes that county's line when the city lies in
    that county or the host names the state. A portal whose tenant does not name the city is
    left out: the list pairs some cities with a neighbour's portal."""
    places = json.loads((lists / "engagic_discovered.json").read_text(encoding="utf-8"))
    for place in sorted(places, key=lambda p: -int(p.get("population") or 0)):
        found = from_url(place["url"])
        if found is None:  # a vendor host the spiders do not read (municodemeetings.com)
            continue
        hit = g.find("place", place["city_name"], place["state"])
        if hit is None or hit[1] < 95:
            continue
        city = hit[0]
        tenant = (found.tenant or "").split("/")[-1].split(".")[0].removeprefix("pub-")
        provenance = f"engagic_discovered.json (August 2025): {place['city_name']}, {place['url']}"
        county_match = _COUNTY_TENANT.match(tenant)
        if county_match:
            state = (county_match.group(1) or county_match.group(3) or "").upper()
            county = g.find("county", f"{county_match.group(2).replace('-', ' ')} county",
                            state or place["state"])  # fmt: skip
            inside = county and county[0].jurisdiction_id in g.counties_of.get(
                city.jurisdiction_id, ()
            )
            if county and county[1] >= 95 and (state or inside):
                yield entry(
                    id=f"{county[0].state.lower()}-{slug(county[0].name)}-governing-body",
                    platform=found.platform,
                    jurisdiction=county[0].jurisdiction_id,
                    body=governing(county[0].name, county[0].state or ""),
                    url=found.url,
                    source_of_url=provenance,
                    checked="2025-08-01",
                    **({"javascript": True} if found.javascript else {}),
                )
            continue
        folded = re.sub(r"[^a-z]", "", place["city_name"].lower())
        if folded[:5] not in tenant and tenant[:5] not in folded:
            continue  # the tenant names another place
        if int(place.get("population") or 0) < min_population:
            continue
        yield entry(
            id=f"{place['state'].lower()}-{slug(place['city_name'])}-council",
            platform=found.platform,
            jurisdiction=city.jurisdiction_id,
            body=f"{place['city_name']} City Council",
            url=found.url,
            source_of_url=provenance,
            checked="2025-08-01",
            **({"javascript": True} if found.javascript else {}),
        )


def public_code(g: Gazetteer) -> Iterable[dict[str, Any]]:
    for name, state, url, provenance in PUBLIC_CODE:
        found = from_url(url)
        assert found is not None, url
        kind = "county" if re.search(r"\b(county|parish)\b", name, re.I) else "place"
        # Virginia's independent cities are county equivalents ("Chesapeake city")
        hit = g.find(kind, name, state) or g.find("county", f"{name} city", state)
        assert hit is not None and hit[1] >= 95, (name, state)
        place = hit[0]
        role = "governing-body" if kind == "county" else "council"
        yield entry(
            id=f"{state.lower()}-{slug(name)}-{role}",
            platform=found.platform,
            jurisdiction=place.jurisdiction_id,
            body=governing(name, state) if kind == "county" else f"{name} City Council",
            url=found.url,
            source_of_url=f"{provenance}: {url}",
            checked=READ,
            **({"javascript": True} if found.javascript else {}),
        )


def _redirects(statuses: Path | None) -> dict[str, tuple[str, str]]:
    """civic-scraper's status check of CivicPlus hosts: host -> (final URL, date) when the host
    answered 200, after redirects or not."""
    if statuses is None:
        return {}
    found = {}
    with statuses.open(encoding="utf-8") as rows:
        for row in csv.DictReader(rows):
            if row.get("status_code") == "200" and row.get("url"):
                found[row[""]] = (row["url"], (row.get("timestamp") or "")[:10])
    return found


def _agenda_center(host: str, redirects: dict[str, tuple[str, str]]) -> tuple[str, str, str]:
    """Where a CivicPlus host's AgendaCenter is now known to be: (url, provenance, date)."""
    final, day = redirects.get(host, (None, "2020-07-02"))
    if final:
        parts = re.match(r"^(https?://[^/]+)", final)
        if parts and parts.group(1).split("//")[1] != host:
            return (
                parts.group(1).replace("http://", "https://") + "/AgendaCenter",
                f"civic-scraper status check: {host} redirected to {parts.group(1)}",
                day,
            )
    return f"https://{host}/AgendaCenter", f"civic-scraper status check: {host} answered", day


def civicplus_counties(
    g: Gazetteer, lists: Path, redirects: dict[str, tuple[str, str]]
) -> Iterable[dict[str, Any]]:
    with (lists / "civicplus_sites.csv").open(encoding="utf-8") as rows:
        for row in csv.DictReader(rows):
            if row["country"] != "USA" or "County" not in row["govt_level"]:
                continue
            hit = g.find("county", row["name"], row["state"])
            if hit is None:
                continue
            county = hit[0]
            host = re.sub(r"^https?://", "", row["end_point"]).split("/")[0]
            url, how, day = _agenda_center(host, redirects)
            bodies = ast.literal_eval(row["meeting_bodies"] or "[]")
            body = next((b for b in bodies if _GOVERNING_BODY.search(b)), None)
            yield entry(
                id=f"{row['state'].lower()}-{slug(county.name)}-governing-body",
                platform="civicplus",
                jurisdiction=county.jurisdiction_id,
                body=(
                    body
                    if body and county.name.split()[0].lower() in body.lower()
                    else f"{county.name} {body}"
                    if body
                    else governing(county.name, row["state"])
                ),
                url=url,
                source_of_url=f"civic-scraper docs/civicplus_sites.csv ({row['end_point']}); {how}",
                checked=day if host in redirects else f"{row['end_year']}-12-31",
            )


def civicplus_status_counties(
    g: Gazetteer, redirects: dict[str, tuple[str, str]], wanted: set[str]
) -> Iterable[dict[str, Any]]:
    names: dict[tuple[str, str], Any] = {}
    for j in g:
        if j.kind == "county" and j.state:
            key = re.sub(r"[^a-z]", "", re.sub(r"\b(county|parish)\b", "", j.name.lower()))
            names[(j.state, key)] = j
    for host in sorted(redirects):
        match = re.match(r"^([a-z]{2})-([a-z]+?)(?:county|parish)\d*\.civicplus\.com$", host)
        if not match:
            continue
        county = names.get((match.group(1).upper(), match.group(2)))
        if county is None or county.jurisdiction_id not in wanted:
            continue
        url, how, day = _agenda_center(host, redirects)
        yield entry(
            id=f"{match.group(1)}-{slug(county.name)}-governing-body",
            platform="civicplus",
            jurisdiction=county.jurisdiction_id,
            body=governing(county.name, match.group(1).upper()),
            url=url,
            source_of_url=how,
            checked=day,
        )


# ---------------------------------------------------------------- writing


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{k} = {_toml_value(v)}" for k, v in value.items()) + " }"
    return json.dumps(str(value), ensure_ascii=False)


def render(ice: list[dict[str, Any]], agenda: list[dict[str, Any]]) -> str:
    def table(source: dict[str, Any]) -> str:
        return "[[source]]\n" + "".join(f"{k} = {_toml_value(v)}\n" for k, v in source.items())

    def state_of(source: dict[str, Any]) -> str:
        found = re.search(r"/state:([a-z]{2})", source["jurisdiction"])
        return found.group(1).upper() if found else "US"

    parts = [HEADER, "\n# ---- ICE's own lists " + "-" * 66 + "\n\n"]
    parts += [table(s) + "\n" for s in ice]
    current = None
    for source in sorted(agenda, key=lambda s: (state_of(s), s["jurisdiction"], s["id"])):
        if state_of(source) != current:
            current = state_of(source)
            parts.append(f"# ---- {current} " + "-" * (82 - len(current)) + "\n\n")
        parts.append(table(source) + "\n")
    return "".join(parts).rstrip("\n") + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lists", type=Path, required=True, help="../shared/corpus/registry")
    parser.add_argument("--statuses", type=Path, help="civic-scraper civicplus_site_statuses.csv")
    parser.add_argument("--warehouse", type=Path, required=True, help="a loaded icewatch.duckdb")
    parser.add_argument("--min-population", type=int, default=100_000)
    args = parser.parse_args()

    import duckdb

    from warehouse.queries import collaboration_counties

    with duckdb.connect(str(args.warehouse), read_only=True) as con:
        reasons = collaboration_counties(con)
    wanted = reasons["287g"] | reasons["jail"]
    g = Gazetteer.packaged(None)
    redirects = _redirects(args.statuses)
    ice, agenda = hand_entered()
    taken = {s["jurisdiction"] for s in agenda}  # one body per jurisdiction: its governing one
    ids = {s["id"] for s in agenda}
    added = 0
    for candidate in [
        *florida(g),
        *public_code(g),
        *engagic_places(g, args.lists, args.min_population),
        *civicplus_counties(g, args.lists, redirects),
        *civicplus_status_counties(g, redirects, wanted),
    ]:
        if candidate["jurisdiction"] in taken or candidate["id"] in ids:
            continue  # the most trusted list wins
        taken.add(candidate["jurisdiction"])
        ids.add(candidate["id"])
        agenda.append(candidate)
        added += 1
    REGISTRY.write_text(render(ice, agenda), encoding="utf-8")
    counties = {s["jurisdiction"] for s in agenda if "/county:" in s["jurisdiction"]}
    print(
        f"{len(agenda)} agenda bodies ({added} added); {len(counties & wanted)} in counties with "
        f"a 287(g) agreement or an ICE-used jail (of {len(wanted)} such counties)"
    )


if __name__ == "__main__":
    main()
