"""``icewatch history`` and ``icewatch expiring``: what the warehouse knows of a place, and
what expires."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from flows.commands.common import (
    UsageError,
    current_config,
    current_gazetteer,
    current_home,
    echo_jsonl,
)


def history_cmd(
    jurisdiction: Annotated[
        str,
        typer.Argument(help='"Bucks County, PA", "Philadelphia, PA", an OCD id or a FIPS code.'),
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    limit: Annotated[
        int, typer.Option("--limit", help="At most this many events, newest first.")
    ] = 200,
    show_all: Annotated[bool, typer.Option("--all", help="Every event (no --limit).")] = False,
    since: Annotated[
        str | None, typer.Option("--since", help="Only events from this day (YYYY-MM-DD) on.")
    ] = None,
) -> None:
    """Print a jurisdiction's timeline: 287(g) agreements and their changes, detention
    facilities, contracts and their expiry, meetings with collaboration items, alerts. A county's
    timeline includes its towns'. Says how many events it leaves out."""
    import datetime as dt

    from warehouse.db import open_warehouse
    from warehouse.jurisdictions import history, resolve

    try:
        day = dt.date.fromisoformat(since) if since else None
    except ValueError as exc:
        raise UsageError(f"--since {since!r}: give a day as YYYY-MM-DD") from exc
    with open_warehouse(current_home().db, read_only=True, wait=current_config().db_wait) as con:
        try:
            place = resolve(con, current_gazetteer(), jurisdiction)
        except LookupError as exc:
            raise UsageError(str(exc)) from exc
        events, total = history(
            con, place.jurisdiction_id, limit=None if show_all else limit, since=day
        )
    head = {
        "jurisdiction_id": place.jurisdiction_id,
        "name": place.label,
        "kind": place.kind,
        "fips": place.fips,
        "events_total": total,
        "events_shown": len(events),
    }
    if as_json:
        typer.echo(json.dumps({**head, "events": events}, default=str, ensure_ascii=False))
        return
    from rich.console import Console
    from rich.table import Table

    fips = f", FIPS {place.fips}" if place.fips else ""
    table = Table(title=f"{place.label} ({place.jurisdiction_id}{fips})", title_justify="left")
    for column in ("date", "kind", "event", "until", "where"):
        table.add_column(column, overflow="fold")
    for e in events:
        where = "" if e["jurisdiction_id"] == place.jurisdiction_id else e["jurisdiction"] or ""
        table.add_row(str(e["date"] or ""), e["category"], e["what"], str(e["until"] or ""), where)
    Console().print(table)
    if not events:
        typer.echo("nothing recorded for this jurisdiction yet")
    elif len(events) < total:
        typer.echo(
            f"{len(events):,} of {total:,} events shown, newest first "
            "(--all for every one, --since YYYY-MM-DD, --limit N)"
        )
    else:
        typer.echo(f"{total:,} event(s)")


def expiring_cmd(
    within: Annotated[
        str, typer.Option("--within", help="Horizon: 90d, 12w, 6m (months of 30 days) or 1y.")
    ] = "90d",
    state: Annotated[str | None, typer.Option("--state", help="Two-letter state code.")] = None,
    expired: Annotated[
        bool,
        typer.Option("--expired", help="Contracts that expired within the horizon before today."),
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON lines.")] = False,
) -> None:
    """List contracts expiring from today to the horizon, soonest first (--expired: those
    that expired in the horizon before today, latest first). A contract several sources state
    alike is one line."""
    from flows.clock import today
    from warehouse.db import open_warehouse
    from warehouse.jurisdictions import expiring

    days = _days(within)
    with open_warehouse(current_home().db, read_only=True, wait=current_config().db_wait) as con:
        rows = expiring(
            con,
            today=today(),
            within_days=days,
            state=state.upper() if state else None,
            expired=expired,
        )
    if as_json:
        echo_jsonl(rows)
        return
    for r in rows:
        where = r["jurisdiction"] or r["jurisdiction_id"] or "?"
        when = f"{-r['days_left']:>4} days ago" if expired else f"in {r['days_left']:>4} days"
        typer.echo(
            f"{r['expiry_date']}  {when}  {r['kind']:<9} "
            f"{where}, {r['state'] or '??'}  with {r['counterparty'] or '?'}  "
            f"({r['expiry_basis']}; {', '.join(r['sources'])})"
        )
    what = "expired in the last" if expired else "expiring within"
    typer.echo(f"{len(rows)} contract(s) {what} {days} days")


def _days(text: str) -> int:
    import re

    match = re.fullmatch(r"\s*(\d+)\s*([dwmy]?)\s*", text.lower())
    if match is None:
        raise UsageError(f"--within {text!r}: give a number of days like 90d, 12w, 6m or 1y")
    unit = {"": 1, "d": 1, "w": 7, "m": 30, "y": 365}[match.group(2)]
    return int(match.group(1)) * unit
