"""Contract evidence from federal data: USAspending awards of ICE to state and local
governments, and the contract dates of the UW Center for Human Rights facility list.

Each becomes a row of ``contracts`` (with its end date as the expiry date, basis ``stated``)
and an ``award`` event, tied to the jurisdiction that holds it, so that a county's history and
``icewatch expiring`` show them next to what agendas say.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb

from extract.detention import CONTRACT_KIND, Award, Facility
from warehouse.agencies import match_agency
from warehouse.gazetteer import Gazetteer
from warehouse.stage import existing_keys, insert_records

_DETENTION = re.compile(r"detention|detainee|bed ?space|housing|house (?:illegal|ice)|hold", re.I)
_DATA = re.compile(r"data ?base|clets|access to|information|e-?sun|records", re.I)
_TRANSPORT = re.compile(r"escort|transport", re.I)
_GOVERNMENT = re.compile(r"\b(county|city|town|village|borough|parish|township)\b", re.I)
_PER_DIEM = re.compile(r"^\s*\$?(\d{1,4}(?:\.\d{1,2})?)\b")


@dataclass
class EvidenceLoad:
    contracts_new: int = 0
    contracts_updated: int = 0
    unmatched: list[str] = field(default_factory=list)


def award_kind(description: str | None) -> str:
    """What an ICE award to a government buys: detention beds, data access, transport…"""
    text = description or ""
    if _DETENTION.search(text):
        return "igsa"
    if _DATA.search(text):
        return "data_sharing"
    if _TRANSPORT.search(text):
        return "transport"
    return "other"


def government_name(recipient: str) -> str:
    """ "SACRAMENTO, COUNTY OF" → "Sacramento County"; "ESCONDIDO, CITY OF" → "City of
    Escondido"; "COUNTY OF SANTA CLARA" → "Santa Clara County"."""
    name = " ".join(recipient.replace("(INC)", "").split()).strip(" ,")
    match = re.match(r"^(.+?),\s*(county|city|town|village)(?:\s+of)?$", name, re.I)
    if match:
        place, kind = match.groups()
        name = f"{place} County" if kind.lower() == "county" else f"{kind} of {place}"
    else:
        match = re.match(r"^county of\s+(.+)$", name, re.I)
        if match:
            name = f"{match.group(1)} County"
    return " ".join(w if w == "of" else w.capitalize() for w in name.lower().split())


def award_record(award: Award, gazetteer: Gazetteer, today: dt.date) -> dict[str, Any]:
    jurisdiction = _award_jurisdiction(award, gazetteer)
    return {
        "contract_id": "usaspending:" + _hash(award.award_id),
        "jurisdiction_id": jurisdiction,
        "source_id": "usaspending",
        "kind": award_kind(award.description),
        "counterparty": "ICE",
        "contract_number": award.piid,
        "start_date": award.start,
        "end_date": award.end,
        "expiry_date": award.end,
        "expiry_basis": "stated" if award.end else None,
        "amount": award.obligated,
        "status": "active" if award.end is None or award.end >= today else "expired",
        "action_date": award.start,
        "_quote": f"{award.recipient}: {award.description or 'award'}",
        "_unmatched": None if jurisdiction else f"{award.recipient} ({award.state})",
    }


def facility_contract_record(
    facility: Facility, gazetteer: Gazetteer, today: dt.date
) -> dict[str, Any] | None:
    """The contract a listed facility holds, when the list dates it."""
    kind = CONTRACT_KIND.get(facility.type or "")
    if kind is None or not (facility.contract_start or facility.contract_end):
        return None
    county = gazetteer.county_of(zip_code=facility.zip, city=facility.city, state=facility.state)
    per_diem = _PER_DIEM.match(facility.per_diem or "")
    end = facility.contract_end
    return {
        "contract_id": "uwchr:" + _hash(facility.code or facility.key),
        "jurisdiction_id": county.jurisdiction_id if county else None,
        "source_id": "uwchr-facility-list",
        "kind": kind,
        "counterparty": "USMS" if kind == "usms_iga" else "ICE",
        "contract_number": None,
        "start_date": facility.contract_start,
        "end_date": end,
        "expiry_date": end,
        "expiry_basis": "stated" if end else None,
        "per_diem": float(per_diem.group(1)) if per_diem else None,
        "beds": facility.guaranteed_minimum,
        "status": "active" if end is None or end >= today else "expired",
        "action_date": facility.contract_start,
        "_quote": f"{facility.name} ({facility.type}, {facility.operator or 'operator unknown'})"
        f": per diem {facility.per_diem or 'not given'}",
        "_unmatched": None if county else f"{facility.name} ({facility.state})",
    }


def load_evidence(
    con: duckdb.DuckDBPyConnection,
    records: Sequence[dict[str, Any]],
    *,
    run_id: str,
    document_sha256: str | None,
    stage_dir: Path | None = None,
) -> EvidenceLoad:
    """Insert or refresh the contracts and their ``award`` events; runs in the caller's
    transaction and is idempotent (ids come from the award or the facility code)."""
    result = EvidenceLoad()
    if not records:
        return result
    known = existing_keys(con, "contracts", "contract_id", (r["contract_id"] for r in records))
    contracts, events = [], []
    for r in records:
        if r["_unmatched"]:
            result.unmatched.append(r["_unmatched"])
        row = {k: v for k, v in r.items() if not k.startswith("_")}
        if row["contract_id"] in known:
            sets = ", ".join(f"{k} = ?" for k in row if k != "contract_id")
            con.execute(
                f"UPDATE contracts SET {sets}, last_seen_run = ? WHERE contract_id = ?",
                [*(v for k, v in row.items() if k != "contract_id"), run_id, row["contract_id"]],
            )
            result.contracts_updated += 1
            continue
        contracts.append({**row, "first_seen_run": run_id, "last_seen_run": run_id})
        events.append(
            {
                "event_id": "e:" + _hash(row["contract_id"], "award"),
                "contract_id": row["contract_id"],
                "action": "award",
                "event_date": row["start_date"],
                "document_sha256": document_sha256,
                "quote": r["_quote"],
                "run_id": run_id,
                "facts": {k: v for k, v in row.items() if v is not None},
            }
        )
    result.contracts_new = insert_records(con, "contracts", contracts, stage_dir=stage_dir)
    insert_records(con, "contract_events", events, stage_dir=stage_dir, or_ignore=True)
    return result


def _award_jurisdiction(award: Award, gazetteer: Gazetteer) -> str | None:
    name = government_name(award.recipient)
    if _GOVERNMENT.search(name) and award.state:
        found = match_agency(gazetteer, name, award.state, county=award.county)
        if found.matched and found.jurisdiction_kind != "state":
            return found.jurisdiction_id
    # An authority, a hospital, an association of governments: the county it performs in.
    if award.county and award.state:
        hit = gazetteer.find("county", award.county, award.state) or gazetteer.find(
            "county", f"{award.county} County", award.state
        )
        if hit is not None:
            return hit[0].jurisdiction_id
    county = gazetteer.county_of(zip_code=award.zip, city=award.city, state=award.state)
    return county.jurisdiction_id if county else None


def _hash(*parts: Any) -> str:
    return hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()[:20]
