"""Bounds on what one input may cost, and one error for every input that cannot be read.

Every parser entry point reads through these: a file larger than its kind allows, a
compressed member that expands past its limit (a zip or gzip bomb), a sheet with more rows or
columns than any real edition, a JSON answer nested deeper or longer than any portal sends,
fails with :class:`~extract.errors.InputError` naming the file and the limit, before the work
is done. Any other failure of a parser on a file becomes the same error (:func:`reading`), so a
run records it for that file and goes on.
"""

from __future__ import annotations

import contextlib
import functools
import io
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from extract.errors import InputError, LayoutError

MB = 2**20
# A spreadsheet, list or agenda page: ICE's largest workbook is under 1 MB.
MAX_FILE_BYTES = 200 * MB
# What a compressed file (a zip member: xlsx sheets; gzip) may expand to, in all and per byte.
MAX_EXPANDED_BYTES = 1024 * MB
MAX_EXPANSION = 200
# Rows and columns of a sheet or CSV (the 287(g) list has ~1,900 rows, 9 columns).
MAX_ROWS = 200_000
MAX_COLUMNS = 512


def too_large(name: str, what: str, size: int, limit: int) -> InputError:
    return InputError(
        f"{name}: {what} of {size / MB:,.1f} MB is more than the {limit / MB:,.0f} MB limit"
    )


def check_size(data: bytes, name: str, limit: int = MAX_FILE_BYTES) -> None:
    if len(data) > limit:
        raise too_large(name, "a file", len(data), limit)


def check_zip(data: bytes, name: str) -> None:
    """A zip (xlsx) whose members would expand past the limits is refused unread."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise LayoutError(f"{name}: not a readable xlsx workbook ({exc})") from exc
    total = sum(m.file_size for m in members)
    packed = max(1, sum(m.compress_size for m in members))
    if total > MAX_EXPANDED_BYTES or total > MAX_EXPANSION * max(packed, MB):
        raise InputError(
            f"{name}: its {len(members)} zip members expand to {total / MB:,.0f} MB from "
            f"{packed / MB:,.1f} MB (limits: {MAX_EXPANDED_BYTES / MB:,.0f} MB, "
            f"{MAX_EXPANSION}x): a compressed-file bomb or no real workbook"
        )


def gunzip(data: bytes, name: str, limit: int = MAX_EXPANDED_BYTES) -> bytes:
    """Gzip data expanded, refusing to go past ``limit`` bytes (a gzip bomb)."""
    inflater = zlib.decompressobj(wbits=31)
    out = bytearray()
    view = memoryview(data)
    step = MB
    try:
        for start in range(0, len(data), step):
            out += inflater.decompress(view[start : start + step], limit + 1 - len(out))
            if len(out) > limit:
                raise too_large(name, "the gzip content", len(out), limit)
            while inflater.unconsumed_tail:
                out += inflater.decompress(inflater.unconsumed_tail, limit + 1 - len(out))
                if len(out) > limit:
                    raise too_large(name, "the gzip content", len(out), limit)
        out += inflater.flush()
    except zlib.error as exc:
        raise InputError(f"{name}: damaged gzip data ({exc})") from exc
    return bytes(out)


def bounded_rows(
    rows: Iterable[Any], name: str, max_rows: int = MAX_ROWS, max_columns: int = MAX_COLUMNS
) -> list[Any]:
    """The rows of a sheet or CSV, refusing more than ``max_rows`` rows or ``max_columns``
    cells in a row (a sheet whose dimension claims a million rows, a cell-stuffed line)."""
    out = []
    for number, row in enumerate(rows, 1):
        if number > max_rows:
            raise InputError(f"{name}: more than {max_rows:,} rows (the limit)")
        if len(row) > max_columns:
            raise InputError(
                f"{name}: row {number} has {len(row):,} cells, more than {max_columns} (the limit)"
            )
        out.append(row)
    return out


@contextlib.contextmanager
def reading(name: str, what: str) -> Iterator[None]:
    """Any failure of a parser on ``name`` becomes an :class:`InputError` naming the file and
    what it should have been; the project's own errors pass as they are."""
    try:
        yield
    except InputError:
        raise
    except MemoryError as exc:
        raise InputError(f"{name}: too large to read as {what} (out of memory)") from exc
    except RecursionError as exc:
        raise InputError(f"{name}: nested too deeply to read as {what}") from exc
    except Exception as exc:
        text = " ".join(str(exc).split())[:300]
        raise InputError(f"{name}: not a readable {what} ({type(exc).__name__}: {text})") from exc


F = TypeVar("F", bound=Callable[..., Any])


def guarded(what: str) -> Callable[[F], F]:
    """A parser whose every failure on its input is an :class:`InputError` (see
    :func:`reading`); the file is named by the ``name`` argument, else the path's name."""

    def wrap(fn: F) -> F:
        @functools.wraps(fn)
        def inner(source: Any, *args: Any, **kwargs: Any) -> Any:
            label = kwargs.get("name") or (
                Path(source).name if isinstance(source, str | Path) else "input"
            )
            with reading(str(label), what):
                return fn(source, *args, **kwargs)

        return inner  # type: ignore[return-value]

    return wrap
