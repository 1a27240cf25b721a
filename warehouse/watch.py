"""Keyword watches over what the warehouse holds: ``watch.match`` alerts.

Each watch (:mod:`extract.watch`) reads the agenda items, the pages of the documents and the
alerts it has not read yet: everything when it is new or was changed, else what was loaded
after the newest stamp of each table it last read (``watch_scans``: stamps of the tables
themselves, so the reading never depends on two clocks agreeing). No document is read again:
the pages' text was kept when the document was extracted (``document_pages``). A match is an
alert with the passage that matched; its id is the watch's name and the text it matched in,
so reading again adds nothing.

A watch that reads agendas does not read the alerts drawn from agenda text (an agenda item,
a vote ahead, a contract's events): it already read that text itself.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import duckdb

from extract.watch import Watch
from warehouse.extraction import alert_row, body_named, insert_new_alerts
from warehouse.ice287g import alert_id

logger = logging.getLogger("icewatch")

KIND = "watch.match"
# alerts whose words come from agenda text, which a watch reading agendas reads itself
_FROM_AGENDAS = ("agenda.item", "vote.ahead", "contract.")
_NOT_READ = ("watch.", "source.")
_ROLES = {"agenda", "packet", "minutes"}  # its own matches; the maintainers' alerts
# a watch matching more than this in one reading is probably too broad: said in the log
BROAD = 1000


@dataclass
class WatchResult:
    name: str
    everything: bool  # a new or changed watch reads all; else what was loaded since
    texts: int  # candidate texts read
    new: int  # new matches


# the stamp of each table a watch reads: where the next reading starts
_STAMPS = (
    ("items_through", "SELECT max(changed_at) FROM agenda_items"),
    ("pages_through", "SELECT max(loaded_at) FROM document_pages"),
    ("alerts_through", "SELECT max(created_at) FROM alerts WHERE kind <> 'watch.match'"),
)


def match_watches(
    con: duckdb.DuckDBPyConnection,
    watches: Sequence[Watch],
    *,
    today: dt.date,
    now: dt.datetime,
) -> list[WatchResult]:
    """Read what each watch has not read yet, raise its new matches, and record how far it
    read. Runs inside the caller's transaction."""
    results = []
    stamps = [con.execute(sql).fetchone()[0] for _, sql in _STAMPS]  # type: ignore[index]
    for watch in watches:
        row = con.execute(
            "SELECT fingerprint, items_through, pages_through, alerts_through FROM watch_scans "
            "WHERE watch = ?",
            [watch.name],
        ).fetchone()
        same = row is not None and row[0] == watch.fingerprint
        since = list(row[1:]) if row and same else [None, None, None]
        places = _scope(con, watch)
        texts = 0
        alerts: list[dict[str, Any]] = []
        for reader, after in zip((_items, _pages, _alerts), since, strict=True):
            for origin, text, where in reader(con, watch, after):
                texts += 1
                if not _in_scope(watch, places, where):
                    continue
                match = watch.find(text)
                if match is not None and origin.startswith("alert:"):
                    # quoted from the alert's summary when that matches (its title is the title)
                    match = watch.find(where["summary"]) or match
                if match is not None:
                    alerts.append(_alert(con, watch, origin, where, match.term, match.quote, now))
        new = insert_new_alerts(con, alerts, today)
        con.execute(
            "INSERT OR REPLACE INTO watch_scans BY NAME SELECT ? AS watch, ? AS fingerprint, "
            "? AS items_through, ? AS pages_through, ? AS alerts_through, ? AS scanned_at",
            [watch.name, watch.fingerprint, *stamps, now],
        )
        if new > BROAD:
            logger.warning(
                "watch %r: %d new matches at once; if that is more than you meant, narrow its "
                "terms (a phrase, AND, NOT) or its states, jurisdictions or kinds",
                watch.name,
                new,
            )
        results.append(WatchResult(watch.name, not same, texts, new))
    return results


def _scope(con: duckdb.DuckDBPyConnection, watch: Watch) -> set[str] | None:
    """The jurisdiction ids a watch is limited to (a county's towns with it), None for all; a
    name that matches no jurisdiction is said in the log."""
    if not watch.jurisdictions:
        return None
    roots: set[str] = set()
    unknown = []
    for entry in watch.jurisdictions:
        if entry.startswith("ocd-division/"):
            found = [entry]
        else:
            name, _, state = entry.rpartition(",") if "," in entry else (entry, "", "")
            found = [
                r[0]
                for r in con.execute(
                    "SELECT jurisdiction_id FROM jurisdictions WHERE lower(name) = lower(?) "
                    "AND (? = '' OR state = upper(?))",
                    [name.strip(), state.strip(), state.strip()],
                ).fetchall()
            ]
        if not found:
            unknown.append(entry)
        roots.update(found)
    rows = con.execute(
        "SELECT DISTINCT jurisdiction_id FROM v_jurisdiction_tree WHERE root_id IN "
        "(SELECT unnest(?))",
        [sorted(roots)],
    ).fetchall()
    if unknown:
        logger.warning(
            "watch %r: no jurisdiction named %s; write it as in `icewatch jurisdictions` "
            '("Bucks County, PA") or as its id',
            watch.name,
            ", ".join(repr(u) for u in unknown),
        )
    return roots | {r[0] for r in rows}


def _in_scope(watch: Watch, places: set[str] | None, where: dict[str, Any]) -> bool:
    if watch.states and (where.get("state") or "") not in watch.states:
        return False
    return places is None or where.get("jurisdiction_id") in places


def _stream(
    con: duckdb.DuckDBPyConnection, sql: str, params: list[Any], size: int = 1000
) -> Iterable[tuple[Any, ...]]:
    """The rows of a query a thousand at a time, on a cursor of their own: the caller queries
    the connection between rows, and a broad watch's candidates need not all be in memory."""
    cursor = con.cursor()
    try:
        cursor.execute(sql, params)
        while rows := cursor.fetchmany(size):
            yield from rows
    finally:
        cursor.close()


def _clues(watch: Watch, column: str) -> tuple[str, list[str]]:
    """A SQL condition that every text matching one of the watch's terms meets (the term's
    words are all in it, ignoring case); the exact match is made in Python."""
    ors, params = [], []
    for term in watch.terms:
        ors.append("(" + " AND ".join(f"contains(lower({column}), ?)" for _ in term.clues) + ")")
        params += [c.lower() for c in term.clues]
    return "(" + " OR ".join(ors) + ")", params


_ITEMS = """
SELECT i.item_id, i.number, concat_ws(E'\\n', i.title, i.text) AS words,
       m.meeting_id, m.start_at, m.body, m.title, m.jurisdiction_id, j.state,
       coalesce(m.agenda_url, m.url), m.url
FROM agenda_items i JOIN meetings m ON m.meeting_id = i.meeting_id
LEFT JOIN jurisdictions j ON j.jurisdiction_id = m.jurisdiction_id
WHERE (CAST(? AS TIMESTAMPTZ) IS NULL OR i.changed_at > ?) AND {clues}
ORDER BY i.item_id
"""


def _items(
    con: duckdb.DuckDBPyConnection, watch: Watch, since: dt.datetime | None
) -> Iterable[tuple[str, str, dict[str, Any]]]:
    if not watch.reads_agendas():
        return
    clues, params = _clues(watch, "concat_ws(' ', i.title, i.text)")
    for row in _stream(con, _ITEMS.format(clues=clues), [since, since, *params]):
        item_id, number, words, meeting_id, start, body, title, place, state, url, page = row
        yield (
            f"item:{item_id}",
            words,
            {
                "jurisdiction_id": place,
                "state": state,
                "meeting_id": meeting_id,
                "start": start,
                "body": body or title,
                "what": f"item {number}" if number else "an agenda item",
                "url": url,
                "meeting_url": page,
            },
        )


# A document's page, with the meeting it came with (the first fetch that names one).
_PAGES = """
WITH fetched AS (
    SELECT f.sha256, arg_min(f.url, (f.meeting_id IS NULL, f.fetched_at)) AS url,
           arg_min(f.meeting_id, (f.meeting_id IS NULL, f.fetched_at)) AS meeting_id,
           arg_min(f.source_id, (f.meeting_id IS NULL, f.fetched_at)) AS source_id,
           arg_min(f.role, (f.meeting_id IS NULL, f.fetched_at)) AS role
    FROM document_fetches f GROUP BY f.sha256
)
SELECT p.sha256, p.page, p.text, m.meeting_id, m.start_at, m.body, m.title,
       coalesce(m.jurisdiction_id, s.jurisdiction_id) AS place, j.state, f.url, m.url, f.role
FROM document_pages p
JOIN fetched f ON f.sha256 = p.sha256
LEFT JOIN meetings m ON m.meeting_id = f.meeting_id
LEFT JOIN sources s ON s.source_id = f.source_id
LEFT JOIN jurisdictions j ON j.jurisdiction_id = coalesce(m.jurisdiction_id, s.jurisdiction_id)
WHERE (CAST(? AS TIMESTAMPTZ) IS NULL OR p.loaded_at > ?) AND {clues}
ORDER BY p.sha256, p.page
"""


def _pages(
    con: duckdb.DuckDBPyConnection, watch: Watch, since: dt.datetime | None
) -> Iterable[tuple[str, str, dict[str, Any]]]:
    if not watch.reads_agendas():
        return
    clues, params = _clues(watch, "p.text")
    for row in _stream(con, _PAGES.format(clues=clues), [since, since, *params]):
        sha256, page, text, meeting_id, start, body, title, place, state, url, meeting_url, role = (
            row
        )
        yield (
            f"page:{sha256}:{page}",
            text,
            {
                "jurisdiction_id": place,
                "state": state,
                "meeting_id": meeting_id,
                "start": start,
                "body": body or title,
                "what": f"page {page} of the {role if role in _ROLES else 'document'}",
                "page": page,
                "url": f"{url}#page={page}" if url else None,
                "meeting_url": meeting_url,
            },
        )


_ALERTS = """
SELECT alert_id, kind, title, summary, coalesce(event_date, observed_on), jurisdiction_id, state,
       source_url, evidence_url
FROM alerts
WHERE kind <> 'watch.match' AND (CAST(? AS TIMESTAMPTZ) IS NULL OR created_at > ?) AND {clues}
ORDER BY alert_id
"""


def _alerts(
    con: duckdb.DuckDBPyConnection, watch: Watch, since: dt.datetime | None
) -> Iterable[tuple[str, str, dict[str, Any]]]:
    clues, params = _clues(watch, "concat_ws(' ', title, summary)")
    for row in _stream(con, _ALERTS.format(clues=clues), [since, since, *params]):
        id_, kind, title, summary, day, place, state, source_url, evidence_url = row
        if kind.startswith(_NOT_READ) or not watch.reads_alert(kind):
            continue
        if watch.reads_agendas() and kind.startswith(_FROM_AGENDAS):
            continue
        yield (
            f"alert:{id_}",
            f"{title}\n{summary}",
            {
                "jurisdiction_id": place,
                "state": state,
                "day": day,
                "alert_title": title,
                "summary": summary,
                "kind": kind,
                "url": evidence_url or source_url,
                "meeting_url": source_url,
            },
        )


def _alert(
    con: duckdb.DuckDBPyConnection,
    watch: Watch,
    origin: str,
    where: dict[str, Any],
    term: str,
    quote: str,
    now: dt.datetime,
) -> dict[str, Any]:
    if origin.startswith("alert:"):
        day = where["day"]
        title = f"{watch.name}: {where['alert_title']}"
        summary = f"An alert ({where['kind']}) matches the watch {watch.name!r} ({term})."
    else:
        start = where["start"]
        day = start.date() if start else None
        who = body_named(con, where["body"], where["jurisdiction_id"])
        when = f" on {day.isoformat()}" if day else ""
        title = f"{watch.name}: {who}{when}, {where['what']}"
        summary = f"{who}{when}: {where['what']} matches the watch {watch.name!r} ({term})."
    subject = f"watch:{watch.name}|{origin}"
    row = alert_row(
        KIND,
        subject,
        title,
        summary,
        day,
        where,
        "",
        now,
        extra=(),
        data={
            "watch": watch.name,
            "term": term,
            "quote": quote,
            "origin": origin.split(":", 1)[0],
            "meeting_id": where.get("meeting_id"),
            "page": where.get("page"),
        },
    )
    # a match is the same match whatever day the meeting moves to
    return {
        **row,
        "action_date": None if origin.startswith("alert:") else day,
        "alert_id": alert_id(KIND, subject, None),
        "state": where.get("state") or row["state"],
        "run_id": None,
    }
