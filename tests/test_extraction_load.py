"""Loading extraction results: contracts merged across documents, events, expiry alerts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from extract.document import extract_text
from extract.text import text_document
from warehouse.db import open_warehouse
from warehouse.extraction import ExtractionBatch, load_extraction

HARRIS = "ocd-division/country:us/state:tx/county:harris"


def finding(text: str, day: str, where: str, jurisdiction: str = HARRIS) -> dict:
    """A finding as the run's extraction stage builds it, from a real extraction of ``text``."""
    (contract,) = extract_text(text_document(where, text)).contracts
    return {
        "where": where,
        "facts": contract.facts.as_json(),
        "page": 1,
        "quote": contract.quote,
        "document_sha256": where,
        "source_id": "harris-county-commissioners",
        "jurisdiction_id": jurisdiction,
        "body": "Harris County Commissioners Court",
        "event_date": day,
        "url": f"https://example.org/{where}.pdf",
    }


APPROVED_2020 = (
    "Approve the Intergovernmental Service Agreement with U.S. Immigration and Customs "
    "Enforcement for a period of five (5) years commencing July 1, 2020, at $78 per detainee day."
)
RENEWED_2025 = (
    "Approve the renewal of the IGSA with ICE through June 30, 2027 at a rate of $96 per day."
)
TERMINATED = "Resolution terminating the IGSA with ICE effective immediately."


def load(db: Path, findings: list[dict], today: dt.date, run: str = "r1") -> object:
    with open_warehouse(db) as con:
        con.execute("BEGIN TRANSACTION")
        result = load_extraction(
            con, run, ExtractionBatch(findings=findings), today=today, horizons=[120, 90, 60, 30]
        )
        con.execute("COMMIT")
    return result


def rows(db: Path, sql: str) -> list[tuple]:
    with open_warehouse(db, read_only=True) as con:
        return con.execute(sql).fetchall()


def test_an_igsa_approved_then_renewed_is_one_contract_with_two_events(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    first = load(db, [finding(APPROVED_2020, "2020-06-16", "doc2020")], dt.date(2020, 6, 20))
    assert (first.contracts_new, first.events_new) == (1, 1)
    second = load(db, [finding(RENEWED_2025, "2025-06-10", "doc2025")], dt.date(2025, 6, 12))
    assert (second.contracts_new, second.events_new) == (0, 1)
    (contract,) = rows(
        db, "SELECT contract_id, expiry_date::TEXT, expiry_basis, per_diem, status FROM contracts"
    )
    assert contract[1:] == ("2027-06-30", "stated", 96, "active")  # the newer event wins
    events = rows(db, "SELECT action, event_date::TEXT FROM contract_events ORDER BY event_date")
    assert events == [("approve", "2020-06-16"), ("renew", "2025-06-10")]
    kinds = [r[0] for r in rows(db, "SELECT kind FROM alerts")]
    assert kinds == ["contract.renewed"]

    # Loading the same finding again changes nothing.
    again = load(db, [finding(RENEWED_2025, "2025-06-10", "doc2025")], dt.date(2025, 6, 12))
    assert (again.contracts_new, again.events_new, again.alerts_new) == (0, 0, 0)


def test_another_county_is_another_contract(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    load(db, [finding(APPROVED_2020, "2020-06-16", "a")], dt.date(2020, 6, 20))
    other = "ocd-division/country:us/state:tx/county:travis"
    result = load(db, [finding(APPROVED_2020, "2020-06-16", "b", other)], dt.date(2020, 6, 20))
    assert result.contracts_new == 1
    assert rows(db, "SELECT count(*) FROM contracts")[0][0] == 2


def test_expiry_alerts_fire_once_per_horizon_and_stop_when_terminated(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    renewal = [finding(RENEWED_2025, "2025-06-10", "doc2025")]
    load(db, renewal, dt.date(2027, 1, 1))  # 180 days left: no expiry alert yet
    assert rows(db, "SELECT count(*) FROM alerts WHERE kind = 'contract.expiring'")[0][0] == 0
    load(db, [], dt.date(2027, 3, 2))  # 120 days left
    load(db, [], dt.date(2027, 3, 3))  # still inside 120: nothing new
    load(db, [], dt.date(2027, 4, 5))  # 86 days: the 90-day horizon
    expiring = rows(
        db,
        "SELECT json_extract(data, '$.horizon_days')::INT, title FROM alerts "
        "WHERE kind = 'contract.expiring' ORDER BY created_at",
    )
    assert [h for h, _ in expiring] == [120, 90]
    assert "tx" not in expiring[0][1] and "expires 2027-06-30 (120 days)" in expiring[0][1]
    assert rows(db, "SELECT state FROM alerts WHERE kind = 'contract.expiring'")[0] == ("TX",)

    ended = load(db, [finding(TERMINATED, "2027-04-20", "doc2027")], dt.date(2027, 4, 21))
    assert ended.contracts_new == 0
    assert rows(db, "SELECT status FROM contracts") == [("terminated",)]
    assert rows(db, "SELECT count(*) FROM alerts WHERE kind = 'contract.terminated'")[0][0] == 1
    load(db, [], dt.date(2027, 5, 20))  # 41 days, but the contract ended: no 60-day alert
    assert rows(db, "SELECT count(*) FROM alerts WHERE kind = 'contract.expiring'")[0][0] == 2
