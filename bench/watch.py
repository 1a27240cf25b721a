"""Keyword watches at scale: reading 200,000 stored pages of real agenda text, and the size
those pages take in the warehouse.

The pages are the real documents of the corpus (``../shared/corpus``: the agenda portal pages,
the 287(g) MOAs, the IGSA and IGA contract texts, ICE's facility list; read by the
extractor's own reader), copied over ``--documents`` documents of 3,000 counties, each with
its meeting, beside ``--alerts`` alerts (those of ``bench/feeds.py``). Each copy of a page
ends with its copy's number (no two pages the same). Copies compress better than real text,
so the room the pages take is measured on the corpus's pages alone, stored once: the blocks
DuckDB gives them in ``document_pages``.
Then three watches as a user writes them are read the way ``icewatch publish`` reads them
(``flows.publication.read_watches``), three times:

- first reading (new watches: everything the warehouse holds);
- again (nothing new);
- after a run that loaded 1 % more documents.

The baseline, from the same run: reading the same number of pages from the PDFs again
(what a new watch would cost without the stored text), from the time the reader takes on
the corpus PDFs. Also printed: the warehouse's size per stored page.

    .venv/bin/python bench/watch.py [--documents 44000] [--alerts 100000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import runpy
import sys
import tempfile
import time
from pathlib import Path

sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).parent.resolve()]

from extract.text import read_document  # noqa: E402
from extract.watch import parse_watches  # noqa: E402
from flows.clock import TODAY_ENV  # noqa: E402
from flows.config import load_config  # noqa: E402
from flows.home import Home  # noqa: E402
from flows.publication import read_watches  # noqa: E402
from warehouse.db import connect  # noqa: E402
from warehouse.gazetteer import Gazetteer  # noqa: E402
from warehouse.jurisdictions import sync_gazetteer  # noqa: E402

CORPUS = Path(os.environ.get("ICEWATCH_CORPUS", Path(__file__).parents[2] / "shared" / "corpus"))
WATCHES = [
    {"name": "Flock cameras", "terms": ["Flock", "license plate reader*"]},
    {"name": "Warrant service officers", "terms": ["warrant service officer*"]},
    {"name": "Detainees in jails", "terms": ["detainee* AND jail NOT juvenile"]},
]
FOLDERS = ("agendas", "contracts", "ice/detention_facilities")
TODAY = dt.date(2026, 11, 23)


def real_pages() -> tuple[list[tuple[int, int, str]], float, int]:
    """(document, page, text) of every page of the corpus documents; the seconds reading them
    took, and their page count."""
    files = sorted(
        p
        for folder in FOLDERS
        for p in (CORPUS / folder).rglob("*")
        if p.suffix in {".pdf", ".html", ".txt"}
    )
    if not files:
        raise SystemExit(f"no documents under {CORPUS}: set ICEWATCH_CORPUS")
    pages, started, count = [], time.perf_counter(), 0
    for index, path in enumerate(files):
        doc = read_document(path, ocr=False)
        count += doc.page_count
        pages += [(index, p.number, p.text) for p in doc.pages if p.text.strip()]
    return pages, time.perf_counter() - started, count


def load_documents(con, pages, first: int, count: int, counties: list[str], at: dt.datetime):
    """``count`` documents from ``first`` on: each a corpus PDF's pages, with its meeting in a
    county and the fetch that brought it."""
    docs = len({p[0] for p in pages})
    con.execute(
        """
        INSERT INTO meetings (meeting_id, source_id, jurisdiction_id, body, start_at, url)
        SELECT 'm' || d, 's' || d % 500, c[1 + d % len(c)], 'Board of Commissioners',
               ?::TIMESTAMPTZ + to_days(CAST(d % 200 AS INTEGER)), 'https://example.org/m/' || d
        FROM range(?, ?) t(d), (SELECT ?::TEXT[] AS c)
        """,
        [at, first, first + count, counties],
    )
    con.execute(
        """
        INSERT INTO document_fetches (run_id, source_id, url, sha256, role, fetched_at, meeting_id)
        SELECT 'r', 's' || d % 500, 'https://example.org/d/' || d || '.pdf', 'd' || d, 'agenda',
               ?, 'm' || d
        FROM range(?, ?) t(d)
        """,
        [at, first, first + count],
    )
    con.execute("CREATE OR REPLACE TEMP TABLE real_pages (doc INTEGER, page INTEGER, text TEXT)")
    con.executemany("INSERT INTO real_pages VALUES (?, ?, ?)", pages)
    con.execute(
        """
        INSERT INTO document_pages
        SELECT 'd' || d, r.page, r.text || ' [copy ' || d || ']', ?
        FROM range(?, ?) t(d) JOIN real_pages r ON r.doc = d % ?
        """,
        [at, first, first + count, docs],
    )


def stored_once(con, pages) -> tuple[int, int]:
    """The bytes of the corpus's page text, and of the blocks ``document_pages`` takes for it
    (DuckDB's blocks of 256 KiB; a column's segments may share one): then emptied."""
    con.executemany(
        "INSERT INTO document_pages VALUES (?, ?, ?, now())", [(f"d{d}", p, t) for d, p, t in pages]
    )
    con.execute("CHECKPOINT")
    blocks = set()
    for block, more in con.execute(
        "SELECT block_id, additional_block_ids FROM pragma_storage_info('document_pages') "
        "WHERE column_name = 'text' AND block_id >= 0"
    ).fetchall():
        blocks.update([block, *(more or [])])
    size = con.execute("SELECT block_size FROM pragma_database_size()").fetchone()[0]
    con.execute("DELETE FROM document_pages")
    con.execute("CHECKPOINT")
    return sum(len(t.encode()) for *_, t in pages), len(blocks) * size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=44_000)
    parser.add_argument("--alerts", type=int, default=100_000)
    args = parser.parse_args()
    os.environ[TODAY_ENV] = TODAY.isoformat()
    pages, read_seconds, read_pages = real_pages()
    print(
        f"corpus: {read_pages} pages of {len({p[0] for p in pages})} real documents read in "
        f"{read_seconds:.1f} s ({1000 * read_seconds / read_pages:.1f} ms a page)"
    )
    feeds = runpy.run_path(str(Path(__file__).with_name("feeds.py")))
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["ICEWATCH_HOME"] = tmp
        home = Home(Path(tmp))
        config = load_config({"ICEWATCH_HOME": tmp}).with_watches(parse_watches(WATCHES))
        con = connect(home.db)
        gazetteer = Gazetteer.packaged()
        sync_gazetteer(con, gazetteer)
        counties = sorted(j.jurisdiction_id for j in gazetteer.by_id.values() if j.kind == "county")
        counties = counties[:: max(1, len(counties) // 3000)][:3000]
        room = stored_once(con, pages)
        print(
            f"room: the corpus's {len(pages)} pages ({room[0] / 1e6:.2f} MB of text) take "
            f"{room[1] / 1e6:.2f} MB in document_pages ({room[1] / room[0]:.2f} bytes a byte)"
        )
        feeds["fill"](con, args.alerts)
        at = dt.datetime.combine(TODAY, dt.time(6), tzinfo=dt.UTC)
        load_documents(con, pages, 0, args.documents, counties, at)
        con.execute("CHECKPOINT")
        (stored, chars) = con.execute(
            "SELECT count(*), sum(length(text)) FROM document_pages"
        ).fetchone()
        print(
            f"warehouse: {stored:,} pages ({chars / 1e6:.0f} M characters) of {args.documents:,} "
            f"documents, {args.alerts:,} alerts, {home.db.stat().st_size / 2**20:.0f} MiB"
        )
        con.close()

        def timed(label: str) -> float:
            started = time.perf_counter()
            matches = read_watches(home, config)
            seconds = time.perf_counter() - started
            print(f"{label}: {seconds:.2f} s, {matches:,} new matches")
            return seconds

        first = timed("first reading (3 new watches, everything)")
        timed("again (nothing new)")
        con = connect(home.db)
        later = at + dt.timedelta(hours=1)
        load_documents(con, pages, args.documents, args.documents // 100, counties, later)
        con.close()
        timed(f"after a run with {args.documents // 100} new documents")
        again = stored * read_seconds / read_pages
        print(
            f"baseline: reading the {stored:,} pages from their PDFs again would take "
            f"~{again:.0f} s per watch; the stored text is {again / first * 3:.0f}x faster "
            "(three watches in the first reading)"
        )


if __name__ == "__main__":
    main()
