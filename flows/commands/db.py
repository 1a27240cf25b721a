"""``icewatch db``: the DuckDB warehouse."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from flows.commands.common import (
    current_config,
    current_home,
)

app = typer.Typer(help="The DuckDB warehouse.", no_args_is_help=True)


@app.command("migrate")
def db_migrate() -> None:
    """Create the warehouse or apply pending migrations."""
    from warehouse.db import apply_migrations, connect, schema_version

    home = current_home()
    con = connect(home.db, wait=current_config().db_wait, migrate=False)
    try:
        applied = apply_migrations(con)
        version = schema_version(con)
    finally:
        con.close()
    typer.echo(
        f"{home.db}: schema version {version}"
        + (f" (applied {applied})" if applied else " (up to date)")
    )


@app.command("info")
def db_info(
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
) -> None:
    """Print the schema version and the row count of every table."""
    from warehouse.db import open_warehouse, schema_version, table_counts
    from warehouse.queries import recent_runs

    home = current_home()
    with open_warehouse(home.db, read_only=True, wait=current_config().db_wait) as con:
        version, counts, runs = schema_version(con), table_counts(con), recent_runs(con)
    if as_json:
        typer.echo(
            json.dumps(
                {"path": str(home.db), "schema_version": version, "tables": counts}, indent=1
            )
        )
        return
    typer.echo(f"{home.db}\nschema version {version}")
    for name, count in counts.items():
        typer.echo(f"  {name:<24} {count:>10,}")
    if runs:
        typer.echo("recent runs:")
        for run_id, started, status, mode, ok, failed, docs, alerts in runs:
            typer.echo(
                f"  {run_id}  {started:%Y-%m-%d %H:%M}  {status:<9} {mode:<6} sources {ok} ok/"
                f"{failed} failed, {docs} new documents, {alerts} new alerts"
            )
