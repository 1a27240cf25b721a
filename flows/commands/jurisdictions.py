"""``icewatch jurisdictions``: the gazetteer and agency names matched to it."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from flows.commands.common import (
    current_config,
    current_gazetteer,
    current_home,
    echo_jsonl,
)

app = typer.Typer(
    help="The gazetteer of states, counties and places, and agency names matched to it.",
    no_args_is_help=True,
)


@app.command("match")
def jurisdictions_match(
    name: Annotated[str, typer.Argument(help="Agency or body name, as a list or portal gives it.")],
    state: Annotated[str, typer.Option("--state", help="Two-letter state code.")],
    county: Annotated[
        str | None, typer.Option("--county", help="The 287(g) COUNTY cell, if there is one.")
    ] = None,
    kind: Annotated[
        str | None,
        typer.Option("--type", help="The 287(g) TYPE cell: county, municipality or state."),
    ] = None,
) -> None:
    """Print the jurisdiction and agency kind a name matches, as JSON with its score.

    Exits with 1 when the name matches nothing (the JSON says why)."""
    from warehouse.agencies import match_agency

    found = match_agency(
        current_gazetteer(), name, state.strip().upper(), county=county, type_hint=kind
    )
    typer.echo(json.dumps(found.as_json(), ensure_ascii=False, indent=1))
    if not found.matched:
        raise typer.Exit(1)


@app.command("unmatched")
def jurisdictions_unmatched(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON lines.")] = False,
    doubtful: Annotated[
        bool,
        typer.Option(
            "--doubtful",
            help="Also list current agreements whose place is a guess: derived from the name "
            "alone, a near spelling, or only the state.",
        ),
    ] = False,
) -> None:
    """List the 287(g) agency names that matched no jurisdiction, with the reason."""
    from warehouse.db import open_warehouse
    from warehouse.jurisdictions import doubtful_matches
    from warehouse.queries import unmatched_agencies

    with open_warehouse(current_home().db, read_only=True, wait=current_config().db_wait) as con:
        if doubtful:
            rows, current = doubtful_matches(con)
        else:
            rows = unmatched_agencies(con)
    if as_json:
        echo_jsonl(rows)
        return
    if not doubtful:
        for r in rows:
            typer.echo(f"{r['state'] or '??'}  {r['agency']}  — {r['match_note']}")
        typer.echo(f"{len(rows)} unmatched agency name(s)")
        return
    for r in rows:
        where = r["jurisdiction"] or "no jurisdiction"
        note = f" — {r['match_note']}" if r["match_note"] else ""
        typer.echo(f"{r['state'] or '??'}  {r['agency']}  → {where} ({r['match_method']}){note}")
    count = sum(r["agreements"] for r in rows)
    share = f" ({count / current:.1%})" if current else ""
    typer.echo(f"{count} of {current} current agreement(s) on a doubtful place{share}")


@app.command("fetch-places")
def jurisdictions_fetch_places(
    url: Annotated[
        str | None, typer.Option("--url", help="Where to fetch (default: census_places_url).")
    ] = None,
    if_missing: Annotated[
        bool, typer.Option("--if-missing", help="Do nothing when the file is already there.")
    ] = False,
) -> None:
    """Fetch the Census Gazetteer places file into the home folder (incorporated places with
    their FIPS codes). Without it, towns are known by name only."""
    from flows.places import fetch_places

    config = current_config()
    dest = current_home().places_file
    if if_missing and dest.exists():
        typer.echo(f"{dest} is there already")
        return
    try:
        count = fetch_places(
            url or config.census_places_url,
            dest,
            user_agent=config.user_agent,
            timeout=float(config.download_timeout),
        )
    except (OSError, ValueError) as exc:
        typer.echo(f"icewatch: {exc}", err=True)
        raise typer.Exit(1) from exc
    typer.echo(f"{count:,} incorporated places saved to {dest}; the next run loads them")
