"""Agency and body names → a jurisdiction and an agency kind.

"Harris County Sheriff's Office", "Sheriff's Office - Bucks County", "City of Port St. Lucie
Police Department", "Florida Highway Patrol", "Cook County Board of Commissioners": the kind of
agency comes from its words, the place from what is left once they are removed. The 287(g)
lists' own COUNTY column, where present, decides the county; the name is checked against it and
a disagreement is kept as a note. A name that resolves to nothing is returned unmatched, with the
reason, for the caller to count and report: it is never dropped.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from warehouse.gazetteer import (
    DERIVED_SOURCE,
    Gazetteer,
    Jurisdiction,
    fold,
    ocd_slug,
    split_lsad,
    state_id,
)

AGENCY_KINDS = (
    "sheriff",
    "police",
    "corrections",
    "state_agency",
    "council",
    "board",
    "constable",
    "other",
)
# Confidence of a place taken from the name as written, with no gazetteer entry to confirm it.
DERIVED_SCORE = 50.0

_KIND_WORDS = (
    ("sheriff", re.compile(r"\bsherr?iff", re.I)),
    ("state_agency", re.compile(r"\b(highway|state) patrol\b|\bstate police\b", re.I)),
    ("corrections", re.compile(r"\bjail\b|correction|\bdetention\b|\bprison\b|\bpenal\b", re.I)),
    ("police", re.compile(r"\bpolice\b|\bpublic safety\b|\bmarshal|\bpd\b", re.I)),
    ("constable", re.compile(r"\bconstable", re.I)),
    ("council", re.compile(r"\bcouncil\b", re.I)),
    ("board", re.compile(r"\bboard\b|\bcommission|\bsupervisors\b|\bcommissioners court\b", re.I)),
)
# Words that name the agency, not the place; removed to leave the place's name.
_AGENCY_WORDS = re.compile(
    r"\b(?:sherr?iff'?s?'?|office|dep[a-z]*t\b\.?|police|public safety|"
    r"marshal'?s?|constable'?s?|state|jail|regional|district|detention|center(?!\s+township)|"
    r"facility|"
    r"correction(?:s|al)?|division|bureau|unit|agency|city council|council|board of|board|"
    r"county commission(?:ers)?|commission(?:ers)?|supervisors|court|and|the|of|for|"
    r"law enforcement|enforcement|services?|authority|adult|criminal|investigations?|"
    r"consolidated|metropolitan|metro|government|town council|select board)\b",
    re.I,
)
_PREFIX = re.compile(r"^\s*(?:the\s+)?(?:city|town|village|borough|township|county)\s+of\s+", re.I)
_COUNTY_WORD = re.compile(r"^(.*?)\s+(count(?:y|ry|u)|couny|cnty|co\.?|parish)\b", re.I)
# Alaska's boroughs are its counties; elsewhere (Pennsylvania, New Jersey) a borough is a town.
_COUNTY_WORD_AK = re.compile(r"^(.*?)\s+(count(?:y|ry|u)|couny|cnty|parish|borough)\b", re.I)
_LSAD_WORD = re.compile(r"\s+(?:county|parish|borough)$", re.I)
_TOWNSHIP = re.compile(r"\s+(?:township|twp\.?)$", re.I)
_PLACE_SUFFIX = re.compile(r"\s+(?:city|town|village|borough)$", re.I)
_TWP = re.compile(r"\btwp\b\.?", re.I)
_SOUTH = re.compile(r"\bSo\b\.?")
_ORDINAL = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)?)"
)
_SUBDIVISION = re.compile(
    rf"\b(?:{_ORDINAL}\s+(?:ward|precinct|district)|(?:ward|precinct|pct\.?)\s+(?:no\.?\s*)?\w+)\b",
    re.I,
)
# An institution's police (a university, a college, an airport, a port) belongs to its host
# place, not to a place of its own name.
_INSTITUTION = re.compile(
    r"\b(?:universit(?:y|ies)|college|airport|port authority|school district|schools?|"
    r"hospital|medical center|campus|institute|board of trustees|trustees)\b",
    re.I,
)
# A regional agency (several towns or counties): its county, when the list gives one.
_REGIONAL = re.compile(r"\bregional\b|\bcooperative\b|\bjoint\b|\bauthority\b", re.I)


@dataclass(frozen=True)
class AgencyMatch:
    name: str
    state: str | None
    agency_kind: str
    jurisdiction_id: str | None
    jurisdiction: str | None  # its label: "Bucks County, PA"
    jurisdiction_kind: str | None  # state | county | place | township
    county_id: str | None  # the county the agency sits in, when known
    fips: str | None
    score: float  # 100 exact, fuzzy ratio, 50 derived from the name, 0 unmatched
    method: str  # exact | fuzzy | county_column | state | derived | unmatched
    note: str = ""
    # The place built from the name when the gazetteer has none (method "derived").
    derived: Jurisdiction | None = field(default=None, compare=False, repr=False)

    @property
    def matched(self) -> bool:
        return self.jurisdiction_id is not None

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        del data["derived"]
        return data


def agency_kind(name: str, type_hint: str | None = None) -> str:
    """sheriff | police | corrections | state_agency | council | board | constable | other."""
    for kind, words in _KIND_WORDS:
        if words.search(name):
            return kind
    if (type_hint or "").lower() == "state":
        return "state_agency"
    return "other"


def place_words(name: str) -> str:
    """What is left of an agency name once its agency words are gone: the place's name."""
    text = name.replace("’", "'")
    text = re.sub(r"\([^)]*\)", " ", text)
    text = _PREFIX.sub("", text)
    text = re.sub(r"\s[-–—/,]\s|[-–—]$|^[-–—]", " ", text)
    text = _AGENCY_WORDS.sub(" ", text)
    text = _TWP.sub("Township", text)
    text = _SOUTH.sub("South", text)
    text = _SUBDIVISION.sub(" ", text)  # a constable's ward or precinct is not the place
    text = _PREFIX.sub("", " ".join(text.split()))
    return " ".join(text.replace(",", " ").split()).strip(" -'")


def match_agency(
    gazetteer: Gazetteer,
    name: str,
    state: str | None,
    *,
    county: str | None = None,
    type_hint: str | None = None,
) -> AgencyMatch:
    """Resolve an agency or body name in ``state`` (two-letter code).

    ``county`` is the 287(g) COUNTY cell when the list has one; ``type_hint`` its TYPE cell
    (county | municipality | state).
    """
    kind = agency_kind(name, type_hint)
    base = {"name": name, "state": state, "agency_kind": kind}
    state_j = gazetteer.states.get(state or "")
    if state_j is None:
        return AgencyMatch(
            **base,
            **_nothing(),
            method="unmatched",
            note=f"no US state or territory {state!r}",
        )
    notes: list[str] = []
    column_county = county_cell(gazetteer, county, state_j.state or "") if county else None
    if county and column_county is None:
        notes.append(f"COUNTY {county!r} is not a county of {state}")
    words = place_words(name)
    named = _named_county(gazetteer, words, state_j.state or "")

    if not words and column_county is not None:  # "Ward 5 Marshal's Office", Allen Parish
        notes.append(f"no place in {name!r}: the county of the COUNTY column")
        return _found(base, column_county, column_county, 100.0, "county_column", notes)
    if (
        (type_hint or "").lower() == "state"
        or kind == "state_agency"
        or not words
        or fold(words) == fold(state_j.name)
    ):
        return AgencyMatch(
            **base,
            jurisdiction_id=state_j.jurisdiction_id,
            jurisdiction=state_j.label,
            jurisdiction_kind="state",
            county_id=column_county.jurisdiction_id if column_county else None,
            fips=state_j.fips,
            score=100.0,
            method="state",
            note="; ".join(notes),
        )

    county_level = kind in ("sheriff", "corrections", "board") or (
        (type_hint or "").lower() == "county" and kind not in ("police", "council", "constable")
    )
    if county_level:
        if named is not None and column_county is not None and named[0] != column_county:
            notes.append(f"the name says {named[0].label}, the COUNTY column {column_county.label}")
        if column_county is not None:
            return _found(base, column_county, column_county, 100.0, "county_column", notes)
        hit = named or gazetteer.find("county", words, state_j.state or "")
        if hit is not None:
            return _found(base, hit[0], hit[0], hit[1], _method(hit[1]), notes)

    if _INSTITUTION.search(name) or _REGIONAL.search(name):
        return _host(gazetteer, base, name, words, state_j, named, column_county, notes)

    # A municipality (police department, city council), or a county agency whose county is
    # not in the gazetteer: Jacksonville's sheriff is the consolidated city's.
    place = _place(gazetteer, words, state_j.state or "", column_county)
    if place is not None:
        j, score, method = place
        parent_county = column_county or (j if j.kind == "county" else _county_of(gazetteer, j))
        found = _found(base, j, parent_county, score, method, notes)
        if method == "derived" and j.source == DERIVED_SOURCE:
            found = replace(found, derived=j)
        return found
    if named is not None:  # "Bucks County Police", "Harris County Constable Precinct 4"
        return _found(base, named[0], named[0], named[1], _method(named[1]), notes)
    if column_county is not None:  # a regional department: "Northern York County Regional"
        notes.append(f"no place in {name!r}: the county of the COUNTY column")
        return _found(base, column_county, column_county, 100.0, "county_column", notes)
    return AgencyMatch(
        **base,
        **_nothing(),
        method="unmatched",
        note="; ".join([*notes, f"no county or place of {state} in {name!r}"]),
    )


def _method(score: float) -> str:
    return "exact" if score == 100.0 else "fuzzy"


def county_cell(gazetteer: Gazetteer, cell: str, state: str) -> Jurisdiction | None:
    """The county a 287(g) COUNTY cell names ("Saint Landry County" is St. Landry Parish)."""
    hit = gazetteer.find("county", cell, state)
    if hit is None:
        bare = _LSAD_WORD.sub("", cell).strip()
        if bare and bare != cell:
            hit = gazetteer.find("county", bare, state)
    return hit[0] if hit is not None else None


def derived_place(state: str, name: str, county: Jurisdiction | None) -> Jurisdiction:
    """A place known only by its name: a township sits under its county, a town under its state."""
    township = _TOWNSHIP.search(name)
    if township and county is not None:
        short = name[: township.start()]
        return Jurisdiction(
            f"{county.jurisdiction_id}/township:{ocd_slug(short)}",
            f"{short} Township",
            "township",
            state,
            None,
            county.jurisdiction_id,
            "township",
            DERIVED_SOURCE,
        )
    return Jurisdiction(
        f"{state_id(state)}/place:{ocd_slug(name)}",
        name,
        "place",
        state,
        None,
        county.jurisdiction_id if county is not None else state_id(state),
        None,
        DERIVED_SOURCE,
    )


def _place(
    gazetteer: Gazetteer, words: str, state: str, county: Jurisdiction | None
) -> tuple[Jurisdiction, float, str] | None:
    words = re.sub(rf"\s+{state}$", "", words)  # "Gaines Township PA"
    if county is not None:  # "Mahoning Township Montour": the county's name trails the place
        short = split_lsad(county.name)[0]
        if words.lower().endswith(" " + short.lower()) and len(words) > len(short) + 1:
            found = _place(gazetteer, words[: -len(short) - 1], state, county)
            if found is not None and found[2] != "derived" and _within(gazetteer, found[0], county):
                return found
    state_name = gazetteer.states[state].name if state in gazetteer.states else ""
    if state_name and words.lower().startswith(state_name.lower() + " "):
        # "Pennsylvania State Constable Office Honey Brook": a known place after the state's
        # name; "Florida Atlantic" is none.
        found = _place(gazetteer, words[len(state_name) + 1 :], state, county)
        return found if found is not None and found[2] != "derived" else None
    township = _township(gazetteer, words, state, county)
    if township is not None:
        return township
    candidates = [words]
    stripped = _PLACE_SUFFIX.sub("", words)
    if stripped != words:
        candidates.append(stripped)
    for candidate in candidates:
        hit = gazetteer.find("place", candidate, state)
        if hit is not None:
            return hit[0], hit[1], "exact" if hit[1] == 100.0 else "fuzzy"
    prefixed = gazetteer.starting_with("place", words, state)
    if prefixed is not None:  # "Sunny Isles" is Sunny Isles Beach
        return prefixed, 90.0, "fuzzy"
    for candidate in candidates:
        # Independent cities are county-equivalents: "Hopewell" is "Hopewell city", VA.
        hit = gazetteer.find("county", candidate, state)
        if hit is not None and hit[0].lsad == "city" and hit[1] == 100.0:
            return hit[0], hit[1], "exact"
    if (_COUNTY_WORD_AK if state == "AK" else _COUNTY_WORD).match(words + " "):
        return None
    if not re.search(r"[A-Za-z]{2}", stripped):
        return None
    # A name as written: "League City" and "Plant City" keep their "City".
    derived = derived_place(state, words, county)
    existing = gazetteer.by_id.get(derived.jurisdiction_id)
    return existing or derived, DERIVED_SCORE, "derived"


def _township(
    gazetteer: Gazetteer, words: str, state: str, county: Jurisdiction | None
) -> tuple[Jurisdiction, float, str] | None:
    """A township named in the words: in the county when it is known, else the one township of
    the state by that name."""
    if not _TOWNSHIP.search(words):
        return None
    if county is not None:
        hit = gazetteer.find("township", words, county.jurisdiction_id)
        if hit is not None:
            return hit[0], hit[1], _method(hit[1])
        return None
    found = gazetteer.townships(words, state)
    if len(found) == 1:
        return found[0], 100.0, "exact"
    return None


def _host(
    gazetteer: Gazetteer,
    base: dict[str, Any],
    name: str,
    words: str,
    state_j: Jurisdiction,
    named: tuple[Jurisdiction, float] | None,
    column_county: Jurisdiction | None,
    notes: list[str],
) -> AgencyMatch:
    """An institution's or a regional agency's jurisdiction: a place its name holds
    ("Melbourne International Airport", "Florida State College at Jacksonville"), else the
    county it names or the list's COUNTY column, else its state; never a place of its own
    name."""
    state = state_j.state or ""
    if named is not None and named[1] == 100.0:  # "Lebanon County Regional Police"
        return _found(base, named[0], named[0], 100.0, "exact", notes)
    regional = not _INSTITUTION.search(name)
    tokens = [] if regional else _INSTITUTION.sub(" ", words).split()
    for size in range(len(tokens), 0, -1):
        for start in range(len(tokens) - size + 1):
            phrase = " ".join(tokens[start : start + size])
            hit = gazetteer.find("place", phrase, state)
            if hit is not None and hit[1] == 100.0 and fold(phrase) != fold(state_j.name):
                county = column_county or _county_of(gazetteer, hit[0])
                notes.append(f"the host place of {name!r}")
                return _found(base, hit[0], county, 100.0, "host_place", notes)
    if column_county is not None:
        notes.append(f"{name!r} names no place: the county of the COUNTY column")
        return _found(base, column_county, column_county, 100.0, "county_column", notes)
    notes.append(f"{name!r} names no place or county: its state")
    return _found(base, state_j, None, 100.0, "state", notes)


def _within(gazetteer: Gazetteer, j: Jurisdiction, county: Jurisdiction) -> bool:
    parts = gazetteer.counties_of.get(j.jurisdiction_id) or (j.parent_id,)
    return county.jurisdiction_id in parts


def _county_of(gazetteer: Gazetteer, j: Jurisdiction) -> Jurisdiction | None:
    parent = gazetteer.by_id.get(j.parent_id or "")
    return parent if parent is not None and parent.kind == "county" else None


def _named_county(
    gazetteer: Gazetteer, words: str, state: str
) -> tuple[Jurisdiction, float] | None:
    match = (_COUNTY_WORD_AK if state == "AK" else _COUNTY_WORD).match(words + " ")
    if match is None:
        return None
    word = match.group(2).lower()
    lsad = {"parish": "Parish", "borough": "Borough"}.get(word, "County")
    return gazetteer.find("county", f"{match.group(1)} {lsad}", state) or gazetteer.find(
        "county", match.group(1), state
    )


def _found(
    base: dict[str, Any],
    j: Jurisdiction,
    county: Jurisdiction | None,
    score: float,
    method: str,
    notes: list[str],
) -> AgencyMatch:
    return AgencyMatch(
        **base,
        jurisdiction_id=j.jurisdiction_id,
        jurisdiction=j.label,
        jurisdiction_kind=j.kind,
        county_id=county.jurisdiction_id if county is not None else None,
        fips=j.fips,
        score=score,
        method=method,
        note="; ".join(notes),
    )


def _nothing() -> dict[str, Any]:
    return {
        "jurisdiction_id": None,
        "jurisdiction": None,
        "jurisdiction_kind": None,
        "county_id": None,
        "fips": None,
        "score": 0.0,
    }
