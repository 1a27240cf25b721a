"""Extraction throughput: the screened pipeline against pdfplumber on every page.

Builds long agenda packets from the real pages of the shared corpus (agenda PDFs for the
ordinary business, 287(g) MOA pages for the collaboration items, in the proportion of a packet
with one such item in ``--every`` pages), then times, in one run on the same files:

- the baseline: pdfplumber ``extract_text`` on every page, mentions found on all of them;
- icewatch: ``extract_file`` (pypdfium2 screen, pdfplumber on screened pages, mentions,
  contract facts).

Prints pages/s of both, the ratio, and the recall of icewatch's mentions against the
baseline's (same (packet, page, kind) found). OCR is off in both: pdfplumber has none.

    .venv/bin/python bench/extract.py [--packets 6] [--pages 300] [--every 60]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium

# Run as a script, this file's folder comes first on sys.path and its name would hide the
# ``extract`` package.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).parent.resolve()]

from extract.document import extract_file  # noqa: E402
from extract.mentions import find_mentions, normalize  # noqa: E402

CORPUS = Path(os.environ.get("ICEWATCH_CORPUS", Path(__file__).parents[2] / "shared" / "corpus"))


def build_packets(folder: Path, packets: int, pages: int, every: int) -> list[Path]:
    ordinary = [
        p for p in sorted((CORPUS / "agendas" / "pdf").glob("*.pdf")) if "right_" not in p.name
    ]
    moas = sorted((CORPUS / "contracts" / "moa").glob("287g*.pdf"))
    if not ordinary or not moas:
        sys.exit(f"no corpus PDFs under {CORPUS}: set ICEWATCH_CORPUS to the shared corpus")
    sources = {p: pdfium.PdfDocument(str(p)) for p in ordinary + moas}
    rng = random.Random(7)
    out = []
    for n in range(packets):
        packet = pdfium.PdfDocument.new()
        while len(packet) < pages:
            if len(packet) % every == every - 1:
                src = rng.choice(moas)
                first = rng.randrange(len(sources[src]) - 1)
                packet.import_pages(sources[src], [first, first + 1])
            else:
                src = rng.choice(ordinary)
                packet.import_pages(sources[src], [rng.randrange(len(sources[src]))])
        path = folder / f"packet-{n}.pdf"
        packet.save(str(path))
        packet.close()
        out.append(path)
    for pdf in sources.values():
        pdf.close()
    return out


def baseline(paths: list[Path]) -> tuple[int, set[tuple[str, int, str]], float]:
    started = time.monotonic()
    pages, found = 0, set()
    for path in paths:
        with pdfplumber.open(path) as pdf:
            for number, page in enumerate(pdf.pages, 1):
                pages += 1
                for mention in find_mentions(normalize(page.extract_text() or ""), number):
                    found.add((path.name, number, mention.kind))
    return pages, found, time.monotonic() - started


def screened(paths: list[Path]) -> tuple[int, set[tuple[str, int, str]], float, int]:
    started = time.monotonic()
    pages, found, screened_pages = 0, set(), 0
    for path in paths:
        result = extract_file(path, ocr=False)
        pages += result.page_count
        screened_pages += result.pages_screened
        found |= {(path.name, m.page, m.kind) for m in result.mentions}
    return pages, found, time.monotonic() - started, screened_pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--packets", type=int, default=6)
    parser.add_argument("--pages", type=int, default=300, help="pages per packet")
    parser.add_argument("--every", type=int, default=60, help="one 2-page ICE item per N pages")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        paths = build_packets(Path(tmp), args.packets, args.pages, args.every)
        pages_b, found_b, t_b = baseline(paths)
        pages_s, found_s, t_s, kept = screened(paths)
    recall = len(found_s & found_b) / len(found_b) if found_b else 1.0
    extra = len(found_s - found_b)
    print(f"corpus: {len(paths)} packets, {pages_b} pages ({kept} passed the screen)")
    print(f"pdfplumber, every page: {pages_b / t_b:8.1f} pages/s ({t_b:.1f}s)")
    print(f"icewatch extraction:    {pages_s / t_s:8.1f} pages/s ({t_s:.1f}s)")
    print(
        f"ratio: {t_b / t_s:.1f}x faster; recall against the baseline's mentions: "
        f"{recall:.3f} ({len(found_s & found_b)}/{len(found_b)}), {extra} found only by icewatch"
    )


if __name__ == "__main__":
    main()
