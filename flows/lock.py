"""One monitoring run at a time per home folder.

A run holds an exclusive ``flock`` on ``<home>/run.lock`` for its whole length. The kernel
drops the lock when the process ends, however it ends, so a killed run never blocks the next
one (and the load's single transaction means it left nothing half-written).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import os
import time
from collections.abc import Iterator
from pathlib import Path


class RunLocked(RuntimeError):
    """Another run holds the home folder."""


@contextlib.contextmanager
def run_lock(root: Path, *, wait: float = 0.0) -> Iterator[None]:
    """Hold the home folder's run lock; wait up to ``wait`` seconds for another run to end.

    Raises:
        RunLocked: the other run still holds it; the message names it and what to do.
    """
    root.mkdir(parents=True, exist_ok=True)
    path = root / "run.lock"
    handle = path.open("a+", encoding="utf-8")
    deadline = time.monotonic() + wait
    try:
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    handle.seek(0)
                    holder = handle.read().strip() or "another process"
                    raise RunLocked(
                        f"another run is using {root} ({holder}): this one did not start. It "
                        "ends by itself; to wait for it instead, set run_wait (seconds)."
                    ) from None
                time.sleep(min(0.5, max(0.05, deadline - time.monotonic())))
        handle.seek(0)
        handle.truncate()
        started = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        handle.write(f"PID {os.getpid()}, started {started}")
        handle.flush()
        yield
    finally:
        handle.close()
