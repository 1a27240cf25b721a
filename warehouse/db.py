"""Opening the DuckDB warehouse: migrations on open, and a clear error when it is busy.

DuckDB lets one process hold the file read-write, and while it does no other process can
open it at all (read-only included). Writers therefore keep their window short, and every
opener waits a while for the lock before reporting who holds it.
"""

from __future__ import annotations

import contextlib
import re
import time
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import duckdb

_LOCK_HOLDER = re.compile(r"\(PID (\d+)\)")


class WarehouseBusy(RuntimeError):
    """Another process holds the warehouse file."""


def migrations() -> list[tuple[int, str, str]]:
    """The numbered migrations shipped in ``warehouse/migrations``: (version, name, sql)."""
    found = []
    for entry in resources.files("warehouse.migrations").iterdir():
        match = re.match(r"^(\d+)_(.+)\.sql$", entry.name)
        if match:
            found.append((int(match.group(1)), match.group(2), entry.read_text(encoding="utf-8")))
    return sorted(found)


def connect(
    path: str | Path, *, read_only: bool = False, wait: float = 30.0, migrate: bool = True
) -> duckdb.DuckDBPyConnection:
    """Open the warehouse, applying pending migrations when opened for writing.

    Raises:
        WarehouseBusy: another process kept the file locked for longer than ``wait`` seconds.
    """
    path = Path(path)
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    elif not path.exists():
        raise FileNotFoundError(
            f"no warehouse at {path}: run `icewatch run` or `icewatch db migrate` first"
        )
    deadline = time.monotonic() + wait
    delay = 0.1
    while True:
        try:
            con = duckdb.connect(str(path), read_only=read_only)
            break
        except duckdb.IOException as exc:
            if "lock" not in str(exc).lower():
                raise
            if time.monotonic() >= deadline:
                holder = _LOCK_HOLDER.search(str(exc))
                who = f"process {holder.group(1)}" if holder else "another process"
                raise WarehouseBusy(
                    f"database is busy: {who} is using {path}. Wait for it to finish "
                    f"(or raise db_wait, now {wait:g}s) and try again."
                ) from exc
            time.sleep(delay)
            delay = min(delay * 2, 2.0)
    if migrate and not read_only:
        apply_migrations(con)
    elif migrate and _behind(con):
        # A warehouse written by an older icewatch: bring it up to date once, then read.
        con.close()
        connect(path, wait=wait).close()
        return connect(path, read_only=True, wait=wait, migrate=False)
    return con


def _behind(con: duckdb.DuckDBPyConnection) -> bool:
    try:
        return schema_version(con) < migrations()[-1][0]
    except duckdb.CatalogException:  # no schema_migrations table yet
        return True


@contextlib.contextmanager
def open_warehouse(
    path: str | Path, *, read_only: bool = False, wait: float = 30.0
) -> Iterator[duckdb.DuckDBPyConnection]:
    con = connect(path, read_only=read_only, wait=wait)
    try:
        yield con
    finally:
        con.close()


@contextlib.contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    """One transaction: committed when the block ends, rolled back when it raises."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield con
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


def apply_migrations(con: duckdb.DuckDBPyConnection) -> list[int]:
    """Apply the migrations not yet recorded, all in one transaction: a process killed
    while creating or upgrading the warehouse leaves it as it was (a new file without tables
    is built again whole by the next open)."""
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)"
        )
        done = {row[0] for row in con.execute("SELECT version FROM schema_migrations").fetchall()}
        applied = []
        for version, name, sql in migrations():
            if version in done:
                continue
            con.execute(sql)
            con.execute("INSERT INTO schema_migrations VALUES (?, ?, now())", [version, name])
            applied.append(version)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return applied


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    row = con.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchone()
    return int(row[0]) if row else 0


def table_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    names = [
        row[0]
        for row in con.execute(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_schema = 'main' AND table_type = 'BASE TABLE' ORDER BY table_name"
        ).fetchall()
    ]
    return {
        name: int(con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]) for name in names
    }
