"""Documents → text by page, screened so the expensive work runs only where it can matter.

A PDF is read in three tiers:

1. **Screen.** pypdfium2's text layer for every page (about a hundred times faster than
   pdfplumber) and one regular expression (:data:`extract.mentions.SCREEN`: the agency names
   and program words every mention rule needs, as its trigger or its context) over it.
2. **Layout.** Pages that pass the screen and state a dollar figure are read again with
   pdfplumber, whose text keeps words and table cells apart (rates and totals often sit in
   tables); its tables are appended as `` | ``-joined rows. Only screened pages go on to
   classification.
3. **OCR.** A scanned page is rendered and read by Tesseract: a page with (almost) no text
   layer, or one mostly covered by images whose text layer covers almost none of it (a scan
   with a typed signature line or stamp). Without Tesseract the page is reported as needing
   OCR, never returned as silently empty.

HTML agenda items and plain text go through the same screen as one "page" each. Every page's
text is mended of OCR noise (:func:`extract.mentions.normalize`) where it is read, so the screen
and the mention patterns see the same text.
"""

from __future__ import annotations

import io
import logging
import os
import re
import shutil
import subprocess
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from extract.errors import InputError
from extract.limits import guarded
from extract.mentions import SCREEN, normalize

logger = logging.getLogger("icewatch.extract")

_MONEY = re.compile(r"\$\s?\d")
MAX_BYTES = 512 * 1024 * 1024  # the crawl's DOWNLOAD_MAXSIZE: larger files never arrive
MAX_PAGES = 5000
MIN_TEXT_CHARS = 25  # fewer characters than this on a page with an image: a scan
# A page mostly covered by images whose text layer covers little of it is a scan with a thin
# typed layer (a stamped date, a signature line, a header added by a portal): read it by OCR.
# A scan with an OCR text layer covers its words' area and is kept as it is.
SCAN_IMAGE_COVER = 0.5
THIN_TEXT_COVER = 0.02
# A text layer from fonts without a Unicode map reads as control characters ("\\x0b\\x0c\\x04"):
# on 4,500 real pages (287(g) MOAs, agenda packets) readable text had at most 5 % of them and
# such layers 11-58 %. Those pages are read by OCR, like scans.
UNREADABLE_SHARE = 0.1
UNREADABLE_MIN_CHARS = 100
OCR_DPI = 300
OCR_TIMEOUT = 120.0


class DocumentError(InputError):
    """A document could not be read at all; the message names it and says what to do."""


@dataclass
class Page:
    number: int  # 1-based
    text: str
    method: str  # pdfium | pdfplumber | ocr | needs-ocr | html | text
    screened: bool  # passed the cheap screen: worth classifying


@dataclass
class DocumentText:
    name: str
    kind: str  # pdf | html | text
    pages: list[Page]
    page_count: int
    warnings: list[str] = field(default_factory=list)

    @property
    def screened(self) -> list[Page]:
        return [p for p in self.pages if p.screened]

    @property
    def needs_ocr(self) -> list[int]:
        return [p.number for p in self.pages if p.method == "needs-ocr"]


@guarded("PDF, HTML or text document")
def read_document(
    path: str | Path,
    *,
    name: str | None = None,
    ocr: bool = True,
    max_pages: int = MAX_PAGES,
    screen_only: bool = True,
) -> DocumentText:
    """Read a PDF, HTML or text file by page. Raises :class:`DocumentError` for a file that
    cannot be read (damaged, encrypted, too large); a page that fails is a warning.

    ``screen_only=False`` reads every page with pdfplumber (the baseline of the benchmark)."""
    path = Path(path)
    name = name or path.name
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(1024)
    except OSError as exc:
        raise DocumentError(f"{name}: cannot be opened ({exc.strerror or exc})") from exc
    if size == 0:
        raise DocumentError(f"{name}: the file is empty (0 bytes); download it again")
    if size > MAX_BYTES:
        raise DocumentError(
            f"{name}: {size / 2**20:.0f} MB is more than the {MAX_BYTES / 2**20:.0f} MB limit; "
            "split it or read the pages that matter by hand"
        )
    if head.lstrip()[:5] == b"%PDF-" or b"%PDF-" in head:
        return _read_pdf(path, name, ocr=ocr, max_pages=max_pages, screen_only=screen_only)
    text = path.read_bytes().decode("utf-8", errors="replace")
    if re.search(r"<(?:!doctype html|html|body|div|p|table)\b", text[:4096], re.I):
        return text_document(name, html_text(text), kind="html")
    if "\x00" in text[:4096]:
        raise DocumentError(f"{name}: neither a PDF nor text (binary content)")
    return text_document(name, text, kind="text")


def text_document(name: str, text: str, *, kind: str = "text") -> DocumentText:
    """One page of text (an HTML agenda item, Legistar item text), screened like PDF pages."""
    text = normalize(text)
    page = Page(1, text, kind, bool(SCREEN.search(text)))
    return DocumentText(name=name, kind=kind, pages=[page], page_count=1)


# Bounded inside the tag: an unclosed "<br" repeated 100,000 times is read in linear time
# (an unbounded [^>]* scans to the end of the text from every one: 11 s).
_BLOCK = re.compile(r"<\s*(?:br|/p|/div|/li|/tr|/h[1-6]|/td|/th)\b[^<>]{0,500}>", re.I)


def html_text(html: str) -> str:
    """The visible text of an HTML fragment or page, one line per block."""
    import lxml.html

    if not html.strip():
        return ""
    marked = _BLOCK.sub(lambda m: m.group(0) + "\n", html)
    try:
        tree = lxml.html.fromstring(marked)
    except Exception:  # lxml raises ParserError on fragments it cannot fix
        return re.sub(r"<[^<>]{1,2000}>", " ", html)
    for bad in tree.xpath("//script|//style"):
        bad.drop_tree()
    lines = (re.sub(r"[ \t\xa0]+", " ", line).strip() for line in tree.text_content().split("\n"))
    return "\n".join(line for line in lines if line)


def _read_pdf(
    path: Path, name: str, *, ocr: bool, max_pages: int, screen_only: bool
) -> DocumentText:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        message = str(exc)
        if "password" in message.lower():
            raise DocumentError(
                f"{name}: the PDF is encrypted with a password; ask the publisher for an open copy"
            ) from exc
        raise DocumentError(
            f"{name}: not a readable PDF ({message}); the file may be truncated or damaged — "
            "download it again"
        ) from exc
    try:
        count = len(pdf)
        if count > max_pages:
            raise DocumentError(
                f"{name}: {count} pages is more than the {max_pages}-page limit; "
                "split the file or raise the limit"
            )
        doc = DocumentText(name=name, kind="pdf", pages=[], page_count=count)
        scans: list[int] = []
        for index in range(count):
            text, scanned = _pdfium_page(pdf, index, doc)
            if scanned:
                scans.append(index)
                doc.pages.append(Page(index + 1, text, "needs-ocr", False))
                continue
            screened = bool(SCREEN.search(text))
            doc.pages.append(Page(index + 1, text, "pdfium", screened or not screen_only))
        if scans:
            _ocr_pages(pdf, scans, doc, enabled=ocr)
    finally:
        pdf.close()
    # The layout pass is for money in tables (a cost table's days, rate and total): pages
    # without a dollar figure keep the text layer, which reads their words as well.
    layout = [
        p
        for p in doc.pages
        if p.screened and p.method == "pdfium" and (not screen_only or _MONEY.search(p.text))
    ]
    if layout:
        _pdfplumber_pages(path, layout, doc)
    return doc


def _pdfium_page(pdf: object, index: int, doc: DocumentText) -> tuple[str, bool]:
    """The page's text layer, and whether the page is a scan to read by OCR: images cover most
    of it and its text (if any) covers almost none of it."""
    import pypdfium2 as pdfium

    try:
        page = pdf[index]  # type: ignore[index]
        try:
            textpage = page.get_textpage()
            text = textpage.get_text_bounded()
            images = _image_bounds(pdf, page)
            scanned = _unreadable(text)
            if images and not scanned:
                area = max(page.get_width() * page.get_height(), 1.0)
                if len(text.strip()) < MIN_TEXT_CHARS:
                    scanned = True
                elif _cover(images) / area >= SCAN_IMAGE_COVER:
                    rects = [textpage.get_rect(i) for i in range(textpage.count_rects())]
                    scanned = _cover(rects) / area < THIN_TEXT_COVER
            textpage.close()
        finally:
            page.close()
    except pdfium.PdfiumError as exc:
        doc.warnings.append(f"{doc.name}: page {index + 1} has no readable text ({exc})")
        return "", False
    return normalize(text.replace("\r\n", "\n").replace("\r", "\n")), scanned


def _image_bounds(pdf: object, page: object) -> list[tuple[float, float, float, float]]:
    """The boxes of the images drawn on the page itself (not inside form XObjects). The object
    types are asked of pdfium directly: a page of an agenda packet draws hundreds of paths and
    text runs, and a helper object for each of them cost 0.8 ms a page."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    raw = page.raw  # type: ignore[attr-defined]
    boxes = []
    for index in range(pdfium_c.FPDFPage_CountObjects(raw)):
        obj = pdfium_c.FPDFPage_GetObject(raw, index)
        if obj and pdfium_c.FPDFPageObj_GetType(obj) == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            boxes.append(pdfium.PdfObject(obj, page=page, pdf=pdf).get_bounds())
    return boxes


# control and private-use characters that are not whitespace: one search skips a readable page
_ODD = re.compile(r"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\ue000-\uf8ff]")


def _unreadable(text: str) -> bool:
    """The text layer is glyph codes, not words: control characters make up much of it."""
    if not _ODD.search(text):
        return False
    visible = [c for c in text if not c.isspace()]
    if len(visible) < UNREADABLE_MIN_CHARS:
        return False
    control = sum(1 for c in visible if unicodedata.category(c) in {"Cc", "Co", "Cn", "Cs"})
    return control / len(visible) >= UNREADABLE_SHARE


def _cover(boxes: list[tuple[float, float, float, float]]) -> float:
    """The summed area of (left, bottom, right, top) boxes (overlaps counted twice: images on
    a scan do not overlap, and text boxes barely do)."""
    return sum(
        max(0.0, right - left) * max(0.0, top - bottom) for left, bottom, right, top in boxes
    )


def _pdfplumber_pages(path: Path, pages: list[Page], doc: DocumentText) -> None:
    import pdfplumber

    try:
        with pdfplumber.open(path, pages=[p.number for p in pages]) as pdf:
            for page, plumbed in zip(pages, pdf.pages, strict=True):
                try:
                    text = plumbed.extract_text() or ""
                    rows = [
                        " | ".join(cell.strip() for cell in row if cell and cell.strip())
                        for table in plumbed.extract_tables()
                        for row in table
                    ]
                except Exception as exc:  # pdfminer raises many kinds on odd pages
                    doc.warnings.append(
                        f"{doc.name}: page {page.number}: pdfplumber failed ({exc}); "
                        "kept the plain text layer"
                    )
                    continue
                rows = [r for r in rows if r.count("|") and r not in text]
                page.text = normalize(text + ("\n" + "\n".join(rows) if rows else ""))
                page.method = "pdfplumber"
    except Exception as exc:
        doc.warnings.append(
            f"{doc.name}: pdfplumber could not open the file ({exc}); kept the plain text layer"
        )


def tesseract() -> str | None:
    return shutil.which("tesseract")


def _ocr_pages(pdf: object, indexes: list[int], doc: DocumentText, *, enabled: bool) -> None:
    binary = tesseract() if enabled else None
    if binary is None:
        doc.warnings.append(
            f"{doc.name}: page(s) {', '.join(str(i + 1) for i in indexes)} are scans (no "
            "text layer, or a thin one) and need OCR: "
            + (
                "install Tesseract (Debian: apt-get install tesseract-ocr) and extract again"
                if enabled
                else "OCR is turned off"
            )
        )
        return
    # Render one page at a time (pdfium is not thread-safe), read them in parallel.
    with ThreadPoolExecutor(max(1, os.cpu_count() or 1)) as pool:
        futures = {}
        for index in indexes:
            try:
                futures[index] = pool.submit(_tesseract, _render_png(pdf, index), binary)
            except Exception as exc:  # pdfium rendering errors on damaged pages
                doc.warnings.append(f"{doc.name}: page {index + 1} needs OCR, cannot render: {exc}")
        for index, future in futures.items():
            page = doc.pages[index]
            try:
                text = future.result()
            except (OSError, subprocess.SubprocessError, RuntimeError) as exc:
                doc.warnings.append(f"{doc.name}: page {index + 1} needs OCR, which failed: {exc}")
                continue
            text = normalize(text)
            page.text, page.method, page.screened = text, "ocr", bool(SCREEN.search(text))


def _render_png(pdf: object, index: int) -> bytes:
    page = pdf[index]  # type: ignore[index]
    try:
        image = page.render(scale=OCR_DPI / 72, grayscale=True).to_pil()
    finally:
        page.close()
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def _tesseract(png: bytes, binary: str) -> str:
    proc = subprocess.run(
        [binary, "stdin", "stdout", "-l", "eng"],
        input=png,
        capture_output=True,
        timeout=OCR_TIMEOUT,
        check=False,
        # Tesseract's OpenMP threads fight each other on small machines: one thread is about
        # eight times faster on two cores.
        env={**os.environ, "OMP_THREAD_LIMIT": "1"},
    )
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr.decode("utf-8", "replace").strip()[-300:])
    return proc.stdout.decode("utf-8", "replace")
