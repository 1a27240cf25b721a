"""Jurisdiction identities: US states, counties (and county-equivalents) and places, with Open
Civic Data division ids and Census FIPS codes.

Sources, none of them typed by hand:

- states and territories: the ``us`` package (names, postal codes, FIPS);
- counties and county-equivalents: the Census county list of 2020 shipped in ``addfips``
  (FIPS, name with its legal description: "Bucks County", "Orleans Parish", "Richmond city");
- towns and townships (county subdivisions with a government: New England and New York towns,
  the townships of Pennsylvania, New Jersey, the Midwest): from the Census FIPS place codes
  file (2010 vintage), and
- incorporated places: from the Census Bureau's 2020 place-by-county code file, both read into
  ``warehouse/data/census_places.tsv.gz`` by ``scripts/make_places.py`` (public domain): every
  incorporated place with its FIPS code and the counties it lies in (its first county is its
  parent, so a county's feed carries its towns). A newer Census Gazetteer places file, once
  ``icewatch jurisdictions fetch-places`` has fetched it into the home folder, adds the places
  incorporated since. A name that is none of these becomes a *derived* place: its OCD id is
  built from the name (OCD ids are names, not codes), its county comes from the 287(g) list's
  COUNTY column, and its FIPS code stays empty.

OCD ids follow the Open Civic Data rules: lower case, spaces to ``_``, every character outside
letters, digits and ``._~-`` to ``~`` ("St. Louis" → ``st._louis``, "Prince George's" →
``prince_george~s``). Louisiana parishes are ``parish:``, Alaska boroughs ``borough:``, its census
areas ``census_area:``, independent cities (Virginia, Baltimore, St. Louis, Carson City) ``place:``.
"""

from __future__ import annotations

import csv
import dataclasses
import functools
import gzip
import io
import re
import unicodedata
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import us
from rapidfuzz import fuzz, process

COUNTRY = "ocd-division/country:us"
COUNTIES_SOURCE = "census-counties-2020"
STATES_SOURCE = "us-states"
PLACES_SOURCE = "census-gazetteer-places"
PLACES_2020_SOURCE = "census-places-2020"
SUBDIVISIONS_SOURCE = "census-county-subdivisions-2010"
# The Census places shipped with icewatch, made by scripts/make_places.py.
SHIPPED_PLACES = "census_places.tsv.gz"
# County subdivisions that are townships (under their county); the others (towns of New
# England and New York, villages, boroughs) are places.
_TOWNSHIP_LSAD = {"township", "plantation", "grant", "purchase", "location", "gore"}
DERIVED_SOURCE = "derived"
# Below this similarity (rapidfuzz ratio on folded names) a name is not that place.
FUZZY_CUTOFF = 88.0

# County-equivalent legal descriptions, longest first, and the OCD type each takes.
_COUNTY_LSAD = (
    ("City and Borough", "borough"),
    ("Census Area", "census_area"),
    ("Municipality", "borough"),
    ("Borough", "borough"),
    ("County", "county"),
    ("Parish", "parish"),
    ("Municipio", "municipio"),
    ("city", "place"),
)
_TRAILING_LOWER = re.compile(r"(?:\s+(?:[a-z(][\w()'-]*))+$")


@dataclass(frozen=True, slots=True)
class Jurisdiction:
    jurisdiction_id: str
    name: str  # "Bucks County", "Port St. Lucie", "Pennsylvania"
    kind: str  # state | county | place
    state: str | None  # two-letter code
    fips: str | None  # 2 digits for a state, 5 for a county, 7 for a place
    parent_id: str | None
    lsad: str | None = None  # legal description as the Census gives it: County, Parish, city…
    source: str = ""
    aliases: tuple[str, ...] = field(default=(), compare=False)

    @property
    def label(self) -> str:
        """How a person names it: "Bucks County, PA", "Pennsylvania"."""
        return self.name if self.kind == "state" else f"{self.name}, {self.state}"

    def row(self) -> dict[str, Any]:
        data = asdict(self)
        data["aliases"] = list(self.aliases)
        return data


def ocd_slug(name: str) -> str:
    """The OCD form of a name: lower case, spaces to ``_``, invalid characters to ``~``."""
    text = unicodedata.normalize("NFC", " ".join(name.split())).lower().replace(" ", "_")
    return re.sub(r"[^\w.~-]", "~", text)


def fold(name: str) -> str:
    """A name reduced for comparison: no accents, case, punctuation or spaces; Saint → St."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = text.replace("&", " and ")
    text = re.sub(r"['’.]", "", text)
    text = re.sub(r"\bsaint\b", "st", text)
    text = re.sub(r"\bste\b", "st", text)
    return re.sub(r"[^a-z0-9]+", "", text)


def state_id(abbr: str) -> str:
    if abbr == "DC":
        return f"{COUNTRY}/district:dc"
    state = us.states.lookup(abbr)
    kind = "territory" if state is not None and state.is_territory else "state"
    return f"{COUNTRY}/{kind}:{abbr.lower()}"


def split_lsad(name: str) -> tuple[str, str | None, str]:
    """("Bucks County") → ("Bucks", "County", "county"); the short name, the legal description
    and the OCD type of a county-equivalent."""
    for lsad, ocd_type in _COUNTY_LSAD:
        if name.endswith(" " + lsad):
            return name[: -len(lsad) - 1], lsad, ocd_type
    return name, None, "county"


def _states() -> Iterator[Jurisdiction]:
    yield Jurisdiction(COUNTRY, "United States", "country", None, "US", None, None, STATES_SOURCE)
    for state in [*us.states.STATES_AND_TERRITORIES, us.states.DC]:
        yield Jurisdiction(
            state_id(state.abbr),
            state.name,
            "state",
            state.abbr,
            state.fips,
            COUNTRY,
            None,
            STATES_SOURCE,
        )


def _counties(fips_to_state: dict[str, str]) -> Iterator[Jurisdiction]:
    data = resources.files("addfips") / "data" / "counties_2020.csv"
    seen: dict[str, Jurisdiction] = {}
    with data.open("r", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            fips = row["statefp"] + row["countyfp"]
            abbr = fips_to_state.get(row["statefp"])
            if abbr is None:
                continue
            if fips in seen:  # a former name of the same county (Wade Hampton → Kusilvak)
                first = seen[fips]
                seen[fips] = Jurisdiction(
                    **{**first.row(), "aliases": (*first.aliases, row["name"])}
                )
                continue
            if abbr == "DC":  # the district is its own county-equivalent
                continue
            short, lsad, ocd_type = split_lsad(row["name"])
            seen[fips] = Jurisdiction(
                f"{state_id(abbr)}/{ocd_type}:{ocd_slug(short)}",
                row["name"],
                "county",
                abbr,
                fips,
                state_id(abbr),
                lsad,
                COUNTIES_SOURCE,
            )
    yield from seen.values()


def read_census_places(data: bytes | str | Path) -> list[Jurisdiction]:
    """Incorporated places from a Census Gazetteer places file (the ``.txt`` or its ``.zip``).

    Census-designated places (statistical, FUNCSTAT S) have no government and are left out.

    Raises:
        ValueError: the file is not a Gazetteer places file (the columns found are named).
    """
    raw = Path(data).read_bytes() if isinstance(data, str | Path) else data
    if raw[:2] == b"PK":
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            names = [n for n in archive.namelist() if n.lower().endswith(".txt")]
            if not names:
                raise ValueError("the zip holds no .txt Gazetteer file")
            raw = archive.read(names[0])
    text = raw.decode("utf-8-sig", errors="replace")
    reader = csv.DictReader(io.StringIO(text), delimiter="\t")
    columns = [c.strip() for c in reader.fieldnames or []]
    reader.fieldnames = columns
    needed = {"USPS", "GEOID", "NAME"}
    if not needed <= set(columns):
        raise ValueError(
            f"not a Census Gazetteer places file: expected columns {sorted(needed)} "
            f"(and LSAD, FUNCSTAT), found {columns[:12]}"
        )
    places: dict[str, Jurisdiction] = {}
    for row in reader:
        if (row.get("FUNCSTAT") or "").strip() == "S":
            continue
        _add_place(places, row["USPS"].strip(), row["NAME"], row["GEOID"].strip(), PLACES_SOURCE)
    return list(places.values())


EXTRA_SOURCE = "declared"
_EXTRA_COLUMNS = ("jurisdiction_id", "name", "kind", "state", "parent_id")


def read_jurisdictions_tsv(path: Path) -> list[Jurisdiction]:
    """Jurisdictions a file declares (tab-separated ``jurisdiction_id``, ``name``, ``kind``,
    ``state``, ``parent_id``): the invented places of the demo, or places of a test set.

    Raises:
        ValueError: a missing column, a kind other than county or place, or an id outside
            the OCD country division; the message names the line.
    """
    reader = csv.DictReader(io.StringIO(path.read_text(encoding="utf-8")), delimiter="\t")
    missing = [c for c in _EXTRA_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise ValueError(f"{path}: missing column(s) {', '.join(missing)}")
    out = []
    for line, row in enumerate(reader, 2):
        jid, kind = row["jurisdiction_id"].strip(), row["kind"].strip()
        if kind not in {"county", "place"} or not jid.startswith(f"{COUNTRY}/state:"):
            raise ValueError(
                f"{path}:{line}: expected an OCD id under {COUNTRY}/state: and kind county or "
                f"place, got {jid!r} ({kind!r})"
            )
        state = row["state"].strip().upper()
        parent = row["parent_id"].strip() or state_id(state)
        out.append(
            Jurisdiction(jid, row["name"].strip(), kind, state, None, parent, None, EXTRA_SOURCE)
        )
    return out


def split_place_name(full: str) -> tuple[str, str | None]:
    """ "Autaugaville town" → ("Autaugaville", "town"): the name and its legal description."""
    full = full.strip()
    short = _TRAILING_LOWER.sub("", full) or full
    return short, full[len(short) :].strip() or None


def _add_place(
    places: dict[str, Jurisdiction], abbr: str, full: str, geoid: str, source: str
) -> Jurisdiction:
    short, lsad = split_place_name(full)
    jid = f"{state_id(abbr)}/place:{ocd_slug(short)}"
    if jid in places:  # two places of one name in a state: the first keeps the id
        jid = f"{jid}~{geoid[-5:]}"
    places[jid] = Jurisdiction(jid, short, "place", abbr, geoid, state_id(abbr), lsad, source)
    return places[jid]


class Gazetteer:
    """An in-memory index of jurisdictions: by id, FIPS, and folded name within a state."""

    def __init__(self, jurisdictions: Iterable[Jurisdiction]) -> None:
        self.by_id: dict[str, Jurisdiction] = {}
        self.by_fips: dict[str, Jurisdiction] = {}
        self.states: dict[str, Jurisdiction] = {}
        self._names: dict[tuple[str, str], dict[str, Jurisdiction]] = {}
        self._townships: dict[tuple[str, str], list[Jurisdiction]] = {}
        # The counties of a town that lies in several (its parent is the first of them).
        self.counties_of: dict[str, tuple[str, ...]] = {}
        for j in jurisdictions:
            self.add(j)

    @classmethod
    def counties_only(cls) -> Gazetteer:
        """States and counties, no places."""
        return cls(_packaged())

    @classmethod
    def packaged(cls, places_file: Path | None = None, declared: Path | None = None) -> Gazetteer:
        """States and counties from the packages, the Census places of 2020 shipped with the
        project, the places of a fetched Gazetteer file (``places_file``) if any, and the
        jurisdictions a TSV file declares (``declared``, see :func:`read_jurisdictions_tsv`)."""
        gaz = cls(_packaged())
        places, parts, subdivisions = _shipped()
        for place in places:
            if place.jurisdiction_id not in gaz.by_id:  # independent cities are counties
                gaz.add(place)
                gaz.counties_of[place.jurisdiction_id] = parts.get(place.jurisdiction_id, ())
        for division in subdivisions:
            if (
                division.kind == "township"
                or gaz.find("place", division.name, division.state or "") is None
            ):
                gaz.add(division)
        if places_file is not None and places_file.exists():
            for place in _places(places_file, places_file.stat().st_mtime_ns):
                if place.fips not in gaz.by_fips:  # incorporated since 2020
                    gaz.add(place)
        for j in read_jurisdictions_tsv(declared) if declared else ():
            gaz.add(j)
        return gaz

    def add(self, j: Jurisdiction) -> None:
        self.by_id[j.jurisdiction_id] = j
        if j.fips:
            self.by_fips.setdefault(j.fips, j)
        if j.kind == "state" and j.state:
            self.states[j.state] = j
            return
        if j.kind == "country":
            return
        if j.kind == "township":  # names repeat across counties: known within their county
            for name in {fold(j.name), fold(re.sub(r"\s+Township$", "", j.name))}:
                self._names.setdefault((j.kind, j.parent_id or ""), {}).setdefault(name, j)
                self._townships.setdefault((j.state or "", name), []).append(j)
            return
        names = self._names.setdefault((j.kind, j.state or ""), {})
        short = split_lsad(j.name)[0] if j.kind == "county" else j.name
        for name in (j.name, short, *j.aliases, *(split_lsad(a)[0] for a in j.aliases)):
            names.setdefault(fold(name), j)

    def __len__(self) -> int:
        return len(self.by_id)

    def __iter__(self) -> Iterator[Jurisdiction]:
        return iter(self.by_id.values())

    def named(self, name: str) -> list[Jurisdiction]:
        """Every county and place, in any state, named exactly ``name`` ("Etowah County"),
        counties first."""
        key = fold(name)
        words = bool(re.search(r"\b(county|parish|borough)\b", name, re.I))
        found = []
        for kind in ("county", "place") if words else ("place", "county"):
            for (k, _), names in self._names.items():
                if k == kind and key in names and names[key] not in found:
                    found.append(names[key])
        return sorted(found, key=lambda j: (j.kind != "county", j.state or ""))

    def townships(self, name: str, state: str) -> list[Jurisdiction]:
        """Every township of ``state`` named ``name`` (many states repeat township names)."""
        return list(self._townships.get((state, fold(name)), []))

    def starting_with(self, kind: str, name: str, state: str) -> Jurisdiction | None:
        """The one ``kind`` of ``state`` whose name begins with ``name`` (two words or more),
        when exactly one does."""
        key = fold(name)
        if len(name.split()) < 2 or len(key) < 6:
            return None
        found = {j for k, j in (self._names.get((kind, state)) or {}).items() if k.startswith(key)}
        return found.pop() if len(found) == 1 else None

    def find(self, kind: str, name: str, state: str) -> tuple[Jurisdiction, float] | None:
        """The ``kind`` (county or place) of ``state`` named ``name``, exactly or nearly; a
        township is looked for in the county whose id ``state`` then is."""
        names = self._names.get((kind, state))
        key = fold(name)
        if not names or not key:
            return None
        if key in names:
            return names[key], 100.0
        # A typo keeps the first letter ("Neuces" is Nueces); "North" is not "Worth".
        for found, score, _ in process.extract(
            key, names.keys(), scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=5
        ):
            if found[0] == key[0]:
                return names[found], float(score)
        return None

    def state(self, text: str) -> Jurisdiction | None:
        text = text.strip()
        found = us.states.lookup(text) if text else None
        if found is None and fold(text) in {"dc", "districtofcolumbia", "washingtondc"}:
            found = us.states.DC
        return self.states.get(found.abbr) if found is not None else None

    def county_of(
        self, *, zip_code: str | None, city: str | None, state: str | None
    ) -> Jurisdiction | None:
        """The county of an address: its ZIP code's county (the ``zipcodes`` package, USPS
        data), else the county of most ZIP codes of the city."""
        import zipcodes

        if not state:
            return None
        names: list[str] = []
        if zip_code and re.fullmatch(r"\d{5}", zip_code):
            try:
                names = [z["county"] for z in zipcodes.matching(zip_code) if z.get("county")]
            except (TypeError, ValueError):
                names = []
        if not names and city:
            found = zipcodes.filter_by(city=city.title(), state=state)
            counted: dict[str, int] = {}
            for z in found:
                if z.get("county"):
                    counted[z["county"]] = counted.get(z["county"], 0) + 1
            names = sorted(counted, key=lambda n: -counted[n])[:1]
        for name in names:
            hit = self.find("county", name, state)
            if hit is not None:
                return hit[0]
        # a town the gazetteer knows with its county (one declared, one of several counties)
        place = self.find("place", city, state) if city else None
        exact = place is not None and place[1] == 100.0
        parent = self.by_id.get(place[0].parent_id or "") if exact else None
        return parent if parent is not None and parent.kind == "county" else None

    def check_id(self, jurisdiction_id: str) -> str | None:
        """Why an OCD id (of a registry entry) is not a jurisdiction of the gazetteer, or None.

        A place is accepted when the gazetteer has no places loaded: it is known by name."""
        if jurisdiction_id in self.by_id:
            return None
        match = re.match(r"^(.*)/([a-z_]+):([^/]+)$", jurisdiction_id)
        if match is None:
            return f"{jurisdiction_id!r} is not an OCD division id"
        parent, kind, slug = match.groups()
        if parent not in self.by_id:
            return f"{jurisdiction_id!r}: {parent!r} is not a known state or county"
        if kind == "township":  # townships are known by name only
            return None
        state = self.by_id[parent].state or ""
        wanted = "place" if kind == "place" else "county"
        names = {
            j.jurisdiction_id.rsplit(":", 1)[-1]: j.jurisdiction_id
            for j in self.by_id.values()
            if j.state == state and j.kind == wanted and j.jurisdiction_id.startswith(parent)
        }
        near = process.extractOne(slug, names.keys(), scorer=fuzz.ratio, score_cutoff=80)
        hint = f"; did you mean {names[near[0]]!r}?" if near else ""
        return f"{jurisdiction_id!r} is not in the gazetteer{hint}"

    def resolve(self, text: str) -> Jurisdiction | None:
        """A jurisdiction from what a person types: an OCD id, a FIPS code, "Bucks County, PA",
        "Philadelphia, PA", "Pennsylvania"."""
        text = " ".join(text.split())
        if text.startswith("ocd-division/"):
            return self.by_id.get(text.lower())
        if text.isdigit():
            return self.by_fips.get(text)
        if "," in text:
            name, _, where = text.rpartition(",")
            state = self.state(where)
            if state is None or not state.state:
                return None
            name = name.strip()
            county_words = re.search(r"\b(county|parish|borough|census area)\b", name, re.I)
            order = ("county", "place") if county_words else ("place", "county")
            for kind in order:
                hit = self.find(kind, name, state.state)
                if hit is not None:
                    return hit[0]
            return None
        return self.state(text)


@functools.cache
def _packaged() -> tuple[Jurisdiction, ...]:
    states = list(_states())
    fips_to_state = {s.fips: s.state for s in states if s.fips and s.state}
    return (*states, *_counties(fips_to_state))


@functools.cache
def _shipped() -> tuple[
    tuple[Jurisdiction, ...], dict[str, tuple[str, ...]], tuple[Jurisdiction, ...]
]:
    """The Census places shipped with icewatch (``warehouse/data/census_places.tsv.gz``): the
    incorporated places of 2020, each under its first county, with every county each lies in
    (by the place's id); and the county subdivisions with a government, townships under their
    county, towns as places."""
    data = gzip.decompress((resources.files("warehouse") / "data" / SHIPPED_PLACES).read_bytes())
    counties = {j.fips: j for j in _packaged() if j.kind == "county" and j.fips}
    places: dict[str, Jurisdiction] = {}
    parts: dict[str, tuple[str, ...]] = {}
    divisions: dict[str, Jurisdiction] = {}
    for row in csv.DictReader(io.StringIO(data.decode("utf-8")), delimiter="\t"):
        inside = [counties[c] for c in row["counties"].split(",") if c in counties]
        if row["kind"] == "place":
            full = f"{row['name']} {row['lsad']}".strip()
            place = _add_place(places, row["state"], full, row["geoid"], PLACES_2020_SOURCE)
            if inside:
                places[place.jurisdiction_id] = dataclasses.replace(
                    place, parent_id=inside[0].jurisdiction_id
                )
                parts[place.jurisdiction_id] = tuple(c.jurisdiction_id for c in inside)
            continue
        if not inside:
            continue
        county, abbr, name = inside[0], row["state"], row["name"]
        township = row["lsad"].lower() in _TOWNSHIP_LSAD
        jid = (
            f"{county.jurisdiction_id}/township:{ocd_slug(name)}"
            if township
            else f"{state_id(abbr)}/place:{ocd_slug(name)}"
        )
        divisions.setdefault(
            jid,
            Jurisdiction(
                jid,
                f"{name} Township" if township else name,
                "township" if township else "place",
                abbr,
                row["geoid"],
                county.jurisdiction_id,
                row["lsad"] or None,
                SUBDIVISIONS_SOURCE,
            ),
        )
    return tuple(places.values()), parts, tuple(divisions.values())


@functools.lru_cache(maxsize=2)
def _places(path: Path, _mtime: int) -> tuple[Jurisdiction, ...]:
    return tuple(read_census_places(path))
