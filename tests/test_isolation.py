"""Poison documents: a file that kills, holds or floods the process reading it costs that file
only. Real PDFs through the real extraction path, in worker processes with real limits."""

from __future__ import annotations

import os
import time
import zlib
from pathlib import Path

import pytest

from flows.isolation import JobFailure, Limits, run_isolated
from tests.conftest import make_pdf, pdf_bytes


def bomb_pdf(megabytes: int) -> bytes:
    """A valid one-page PDF whose content stream inflates to ``megabytes`` MB (a few MB on
    disk): a compressed-stream bomb."""
    packer = zlib.compressobj(9)
    chunk = b"0 0 m " * (1 << 16)
    packed = bytearray()
    for _ in range(megabytes * 2**20 // len(chunk)):
        packed += packer.compress(chunk)
    packed += packer.flush()
    return pdf_bytes(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed)
            + bytes(packed)
            + b"\nendstream",
        ]
    )


def square(x: int) -> int:
    return x * x


def abort(_: int) -> None:
    os.abort()


def sleep(seconds: float) -> float:
    time.sleep(seconds)
    return seconds


def hog(_: int) -> int:
    return len(bytearray(1024 * 2**20))


def test_a_job_that_kills_hangs_or_floods_its_worker_costs_that_job_only() -> None:
    results = run_isolated(
        pick,
        [("square", 3), ("abort", 0), ("sleep", 30), ("hog", 0), ("square", 4), ("raise", 0)],
        workers=2,
        limits=Limits(seconds=3, memory_mb=512),
    )
    assert results[0] == 9 and results[4] == 16
    assert results[1] == JobFailure("its worker process died (SIGABRT)")
    assert results[2] == JobFailure("took longer than 3 s")
    assert results[3] == JobFailure("ran out of memory (the limit is 512 MB)")
    assert isinstance(results[5], JobFailure) and "ValueError: no such job" in results[5].reason


def pick(name: str, value: int) -> object:
    jobs = {"square": square, "abort": abort, "sleep": sleep, "hog": hog}
    if name not in jobs:
        raise ValueError("no such job")
    return jobs[name](value)


@pytest.mark.slow
def test_a_poison_document_is_unreadable_and_the_rest_is_read(tmp_path: Path) -> None:
    """Through the extraction stage: a compressed-stream bomb kills its worker under the memory
    limit; the document is recorded unreadable with why, the others are read."""
    from flows.config import load_config
    from flows.extraction import _run_extractions

    bomb = tmp_path / "bomb.pdf"
    bomb.write_bytes(bomb_pdf(1024))
    good = tmp_path / "good.pdf"
    good.write_bytes(make_pdf("Approve the IGSA with U.S. Immigration and Customs Enforcement"))
    config = load_config({}).with_overrides("test", extract_memory_mb=400, extract_timeout=60.0)
    started = time.monotonic()
    first, second, third = _run_extractions(
        [(str(good), "good.pdf", None), (str(bomb), "bomb.pdf", None), (str(good), "again", None)],
        config,
    )
    assert isinstance(second, str) and second.startswith("bomb.pdf: could not be read: ")
    assert "died (SIGABRT)" in second or "ran out of memory" in second
    assert first.mentions and third.mentions
    assert time.monotonic() - started < 60


@pytest.mark.slow
def test_a_run_with_a_poison_document_loads_everything_else_and_so_does_the_next(
    tmp_path: Path,
) -> None:
    import json

    import duckdb

    from spiders.spiders.legistar import LegistarSpider
    from tests.test_agenda_crawl import COOK, EVENTS, TODAY, WINDOW, legistar_url
    from tests.test_cli import icewatch
    from tests.test_replay_crawl import write_replay

    spider = LegistarSpider(source=COOK)
    spider.window = WINDOW
    att = "https://cook-county.legistar1.com/att"
    item = {
        "EventItemId": 9001,
        "EventItemAgendaNumber": "26-0412",
        "EventItemTitle": "Renewal of the intergovernmental service agreement with U.S. "
        "Immigration and Customs Enforcement for detention bed space",
        "EventItemMatterAttachments": [
            {"MatterAttachmentName": n, "MatterAttachmentHyperlink": f"{att}/{n}.pdf"}
            for n in ("igsa", "bomb")
        ],
    }
    pdf = {"Content-Type": "application/pdf"}
    items = (
        "https://webapi.legistar.com/v1/cook-county/events/501/eventitems"
        "?AgendaNote=1&MinutesNote=0&Attachments=1"
    )
    replay = write_replay(
        tmp_path / "replay",
        [
            {"url": spider.events_url(), "content": json.dumps(EVENTS[:1])},
            {"url": items, "content": json.dumps([item])},
            {"url": EVENTS[0]["EventAgendaFile"], "content": make_pdf("Agenda"), "headers": pdf},
            {
                "url": f"{att}/igsa.pdf",
                "content": make_pdf(
                    "Approve the renewal of the IGSA with U.S. Immigration and Customs "
                    "Enforcement through June 30, 2028 at $98 per detainee day."
                ),
                "headers": pdf,
            },
            {"url": f"{att}/bomb.pdf", "content": bomb_pdf(1024), "headers": pdf},
        ],
    )
    env = {
        "ICEWATCH_HOME": str(tmp_path / "var"),
        "ICEWATCH_TODAY": TODAY.isoformat(),
        "ICEWATCH_EXTRACT_MEMORY_MB": "400",
    }
    args = ["run", "--replay", str(replay), "--source", "cook-county-board", "--json"]
    first = icewatch(*args, cwd=tmp_path, env=env)
    assert first.returncode == 0, first.stderr[-3000:]
    summary = json.loads(first.stdout)
    (error,) = summary["document_errors"]
    assert error.startswith("bomb.pdf: could not be read: its worker process died")
    assert summary["documents_read"] == 2 and summary["alerts_new"] > 0
    assert (tmp_path / "var" / "public" / "feeds" / "all.xml").exists()
    # The next run: Legistar lists the event again (incremental asks), the documents are
    # known; nothing reads the bomb again.
    db = tmp_path / "var" / "icewatch.duckdb"
    with duckdb.connect(str(db), read_only=True) as con:
        (since,) = con.execute(
            "SELECT last_ok_at FROM sources WHERE source_id = 'cook-county-board'"
        ).fetchone()
    write_replay(
        replay,
        [
            {"url": legistar_url(since=since), "content": json.dumps(EVENTS[:1])},
            {"url": legistar_url(since=since, ids_only=True), "content": '[{"EventId": 501}]'},
            {"url": items, "content": json.dumps([item])},
            {"url": EVENTS[0]["EventAgendaFile"], "content": make_pdf("Agenda"), "headers": pdf},
        ],
    )
    second = icewatch(*args, cwd=tmp_path, env=env)
    assert second.returncode == 0, second.stderr[-3000:]
    again = json.loads(second.stdout)
    assert again["document_errors"] == [] and again["documents_read"] == 0  # not read again
    with duckdb.connect(str(db), read_only=True) as con:
        recorded = con.execute(
            "SELECT count(*) FROM document_extractions WHERE error LIKE 'bomb.pdf:%'"
        ).fetchone()
    assert recorded == (1,)
