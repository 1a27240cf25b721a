"""Read queries behind the command line and the feeds."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import duckdb


def latest_alerts(
    con: duckdb.DuckDBPyConnection, columns: Sequence[str], *, limit: int
) -> list[tuple[Any, ...]]:
    """Newest alerts first (by event date, then creation, then id for a stable order)."""
    allowed = {
        row[0]
        for row in con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'alerts'"
        ).fetchall()
    }
    missing = [c for c in columns if c not in allowed]
    if missing:
        raise ValueError(f"alerts has no columns {missing}")
    select = ", ".join(columns)
    return con.execute(
        f"SELECT {select} FROM alerts "
        "ORDER BY event_date DESC NULLS LAST, created_at DESC, alert_id LIMIT ?",
        [limit],
    ).fetchall()


def recent_runs(con: duckdb.DuckDBPyConnection, limit: int = 5) -> list[tuple[Any, ...]]:
    return con.execute(
        "SELECT run_id, started_at, status, mode, sources_ok, sources_failed, documents_new, "
        "alerts_new FROM runs ORDER BY started_at DESC LIMIT ?",
        [limit],
    ).fetchall()
