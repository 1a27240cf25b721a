"""Shared fixtures. Nothing here reaches any address but 127.0.0.1."""

from __future__ import annotations

import datetime as dt
import io
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import openpyxl
import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("ICEWATCH_CORPUS", ROOT.parent / "shared" / "corpus"))

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
# A source that fails for a 5xx or a timeout is crawled again within the run: after 0.2 s
# here, not the 30 s a real portal gets.
os.environ.setdefault("ICEWATCH_RETRY_BACKOFF", "0.2")


# The corpus layer: tests marked ``corpus`` read the shared corpus (../shared/corpus, or
# ICEWATCH_CORPUS). Every behaviour they check is also tested on an in-repo fixture; where the
# corpus is absent they are deselected (reported in the header and the summary), and under
# CI=true its absence is an error.
IN_CI = os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def corpus_path(*parts: str) -> Path:
    path = CORPUS.joinpath(*parts)
    if not path.exists():
        pytest.fail(
            f"shared corpus file missing: {path} (set ICEWATCH_CORPUS to the corpus folder; "
            "a test that reads the corpus is marked `corpus`)"
        )
    return path


def pytest_report_header(config: pytest.Config) -> str:
    state = "found" if CORPUS.is_dir() else "not found: the corpus layer is not run"
    return f"icewatch corpus layer: {CORPUS} ({state})"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    layer = [item for item in items if item.get_closest_marker("corpus")]
    if not layer or CORPUS.is_dir():
        return
    if IN_CI:
        raise pytest.UsageError(
            f"CI=true and the shared corpus is missing at {CORPUS}: its {len(layer)} tests "
            "cannot run (set ICEWATCH_CORPUS to the corpus folder)"
        )
    config.hook.pytest_deselected(items=layer)
    items[:] = [item for item in items if not item.get_closest_marker("corpus")]
    config.stash[_NOT_RUN] = len(layer)


_NOT_RUN = pytest.StashKey[int]()


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    count = config.stash.get(_NOT_RUN, 0)
    if count:
        terminalreporter.write_line(
            f"corpus layer not run: {count} test(s) need the shared corpus at {CORPUS} "
            "(set ICEWATCH_CORPUS); their behaviours are tested on tests/fixtures too"
        )


def make_xlsx(
    header: Sequence[Any] | None,
    rows: Sequence[Sequence[Any]],
    *,
    header_row: int = 1,
    links: dict[tuple[int, int], str] | None = None,
    sheet_name: str = "Sheet1",
) -> bytes:
    """A workbook written by the test: ``header`` at ``header_row``, then ``rows``.

    ``links`` maps (row index in ``rows``, 1-based column) to a hyperlink target.
    """
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = sheet_name
    for _ in range(header_row - 1):
        sheet.append(["287(g) list, made up for a test"])
    if header is not None:
        sheet.append(list(header))
    first = sheet.max_row + 1
    for row in rows:
        sheet.append(list(row))
    for (index, column), target in (links or {}).items():
        sheet.cell(first + index, column).hyperlink = target
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


HEADER_2026 = [
    "STATE",
    "LAW ENFORCEMENT AGENCY",
    "TYPE",
    "COUNTY",
    "SUPPORT TYPE",
    "SIGNED",
    "MOA",
    "ADDENDUM",
]


def row_2026(
    state: str = "TEXAS",
    agency: str = "Example County Sheriff's Office",
    model: str = "Task Force Model",
    signed: dt.date | None = dt.date(2025, 3, 1),
    county: str = "Example County",
    moa: str = "link",
) -> list[Any]:
    return [state, agency, "County", county, model, signed, moa, ""]


def make_pdf(*pages: str) -> bytes:
    """A small, valid PDF with a text layer: each argument is one page, one line per ``\\n``
    (Helvetica, which every PDF reader has built in)."""
    objects: list[bytes] = []
    page_ids = [4 + 2 * n for n in range(len(pages))]
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = " ".join(f"{i} 0 R" for i in page_ids).encode()
    objects.append(b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % len(pages))
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    for number, text in enumerate(pages):
        lines = []
        for line in text.split("\n"):
            escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            lines.append(f"({escaped}) Tj T*")
        stream = ("BT /F1 10 Tf 12 TL 50 750 Td " + " ".join(lines) + " ET").encode("latin-1")
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (page_ids[number] + 1)
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    return pdf_bytes(objects)


def pdf_bytes(objects: list[bytes]) -> bytes:
    """A PDF file of ``objects`` (numbered from 1, the first the catalog): header, body, cross-
    reference table and trailer."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()
