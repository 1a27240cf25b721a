"""Atomic file replacement: a reader never sees a partial feed, page or run file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomic(path: Path, body: bytes, *, durable: bool = True) -> bool:
    """Replace ``path`` with ``body`` so a reader never sees a partial file.

    Returns False (and leaves the file untouched) when it already holds exactly ``body``.
    ``durable``: the bytes reach the disk before the file is replaced (an fsync each). What
    can be made again from the warehouse (feeds, pages) skips it: thousands of fsyncs cost a
    publication more than all its rendering.
    """
    if path.exists() and path.read_bytes() == body:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(body)
            if durable:
                out.flush()
                os.fsync(out.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True
