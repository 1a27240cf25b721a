"""Benchmark: parse every 287(g) edition in the corpus, then load them all into a fresh
warehouse in order, and compare the staged bulk insert with DuckDB's executemany.

    .venv/bin/python bench/ice287g.py [CORPUS_DIR]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract.ice287g import parse_287g, snapshot_date_from_name  # noqa: E402
from warehouse.db import connect  # noqa: E402
from warehouse.ice287g import load_snapshot, record  # noqa: E402
from warehouse.stage import insert_records  # noqa: E402


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "corpus"
    paths = sorted(
        (corpus / "ice").glob("287g_*/*.xlsx"),
        key=lambda p: (snapshot_date_from_name(p.name), "pending" in p.name, p.name),
    )
    if not paths:
        sys.exit(f"no 287(g) files under {corpus}/ice")
    started = time.perf_counter()
    editions = [parse_287g(p) for p in paths]
    parse_s = time.perf_counter() - started
    rows = sum(len(e.rows) for e in editions)
    print(
        f"parse: {len(paths)} files, {rows} rows in {parse_s:.2f}s ({rows / parse_s:,.0f} rows/s)"
    )

    with tempfile.TemporaryDirectory() as tmp:
        con = connect(Path(tmp) / "bench.duckdb")
        started = time.perf_counter()
        for number, edition in enumerate(editions):
            con.execute("BEGIN")
            load_snapshot(
                con,
                edition,
                snapshot_date=edition.date,
                document_sha256=str(number),
                file_name=paths[number].name,
                source_url=None,
                run_id="bench",
            )
            con.execute("COMMIT")
        load_s = time.perf_counter() - started
        versions, alerts = con.execute(
            "SELECT (SELECT count(*) FROM agreements_287g), (SELECT count(*) FROM alerts)"
        ).fetchone()
        print(
            f"history load: {len(editions)} editions in {load_s:.2f}s "
            f"({load_s / len(editions) * 1000:.0f} ms/edition): "
            f"{versions} versions, {alerts} alerts"
        )

        largest = max(editions, key=lambda e: len(e.rows))
        records = [
            {**record(r), "valid_from": largest.date, "document_sha256": "x"} for r in largest.rows
        ]
        con.execute("CREATE TABLE a1 AS SELECT * FROM agreements_287g LIMIT 0")
        con.execute("CREATE TABLE a2 AS SELECT * FROM agreements_287g LIMIT 0")
        columns = list(records[0])
        started = time.perf_counter()
        con.executemany(
            f"INSERT INTO a1 ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
            [[rec[c] for c in columns] for rec in records],
        )
        many_s = time.perf_counter() - started
        started = time.perf_counter()
        insert_records(con, "a2", records)
        staged_s = time.perf_counter() - started
        print(
            f"insert {len(records)} rows: executemany {many_s:.3f}s, staged JSONL {staged_s:.3f}s "
            f"({many_s / staged_s:.0f}x faster)"
        )


if __name__ == "__main__":
    main()
