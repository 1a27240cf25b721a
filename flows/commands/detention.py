"""``icewatch detention``: detention statistics workbooks and facility lists."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from flows.commands.common import (
    UsageError,
    current_config,
    current_home,
    echo_jsonl,
    isolated,
)

app = typer.Typer(
    help="ICE's detention statistics workbooks and detention facility lists.",
    no_args_is_help=True,
)


@app.command("parse")
def detention_parse(
    file: Annotated[
        Path,
        typer.Argument(
            exists=True,
            dir_okay=False,
            help="A detention statistics workbook, the UWCHR facility list (.csv or .csv.gz) "
            "or a USAspending award download.",
        ),
    ],
) -> None:
    """Print a file's facilities (or awards) normalized, as JSON lines."""
    from extract.detention import parse_facility_file

    kind, rows, warnings = isolated(file, parse_facility_file, file)
    echo_jsonl(rows)
    for warning in warnings:
        typer.echo(f"warning: {warning}", err=True)
    noun = "awards" if kind == "usaspending" else "facilities"
    typer.echo(f"{file.name}: {len(rows)} {noun} ({kind})", err=True)


_LOADABLE = (".xlsx", ".csv", ".csv.gz")


@app.command("load")
def detention_load(
    files: Annotated[
        list[Path],
        typer.Argument(
            exists=True,
            help="Detention statistics workbooks (any order: loaded oldest first), UWCHR "
            "facility lists, USAspending award downloads, or folders of them (their .xlsx, .csv "
            "and .csv.gz files).",
        ),
    ],
) -> None:
    """Load files into the warehouse in one transaction: workbook editions into the facility
    history (with alerts), contract dates and awards as contract evidence. Loading a file
    again changes nothing."""
    from flows.backfill import BackfillError, load_detention_files

    files = [
        f
        for path in files
        for f in (
            sorted(p for p in path.iterdir() if p.name.lower().endswith(_LOADABLE))
            if path.is_dir()
            else [path]
        )
    ]
    if not files:
        raise UsageError("no .xlsx or .csv file among the paths given")
    try:
        done = load_detention_files(current_home(), current_config(), files)
    except BackfillError as exc:
        raise UsageError(str(exc)) from exc
    for name, d in done.editions:
        typer.echo(
            f"{name}: {d.status}, {d.facilities} facilities, "
            f"+{len(d.added)} -{len(d.removed)} ({len(d.missing)} missing once), "
            f"{len(d.changed)} changed, {len(d.population)} population jumps, {d.alerts} new alerts"
        )
    for name, e in done.evidence:
        typer.echo(
            f"{name}: {e.contracts_new} new contracts, {e.contracts_updated} already known, "
            f"{len(e.unmatched)} without a jurisdiction"
        )
