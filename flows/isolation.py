"""Work on untrusted files in worker processes with a time and a memory limit.

A document can kill the process that reads it (a PDF library aborting on a compressed-stream
bomb), hold it for minutes, or take gigabytes. Each job runs in a worker process whose address
space is capped (``resource.setrlimit``) and which is killed when the job outlives its time;
a job that kills its worker, runs out of memory or time comes back as a :class:`JobFailure`
naming what happened, and the other jobs go on in a fresh worker. Workers die with the
process that started them (``PR_SET_PDEATHSIG``), even when it is killed.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import resource
import signal
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

from extract.errors import InputError
from spiders.process import die_with_parent


@dataclass(frozen=True)
class Limits:
    seconds: float = 300.0  # wall-clock time of one job
    memory_mb: int = 2048  # address space of a worker


@dataclass(frozen=True)
class JobFailure:
    """Why a job gave no result: it raised, ran out of memory or time, or killed its worker."""

    reason: str

    def __str__(self) -> str:
        return self.reason


def _worker(conn: Connection, fn: Callable[..., Any], memory_mb: int) -> None:
    die_with_parent()
    cap = memory_mb * 2**20
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    while True:
        try:
            job = conn.recv()
        except EOFError:
            return
        if job is None:
            return
        index, args = job
        try:
            conn.send((index, True, fn(*args)))
        except MemoryError:
            conn.send((index, False, f"ran out of memory (the limit is {memory_mb} MB)"))
        except InputError as exc:  # the project's own: its message names the file
            conn.send((index, False, str(exc)[:1000]))
        except Exception as exc:  # reported as the job's failure; the worker goes on
            where = traceback.extract_tb(exc.__traceback__)[-1:]
            at = f" at {where[0].filename}:{where[0].lineno}" if where else ""
            conn.send((index, False, f"{type(exc).__name__}: {exc}{at}"[:1000]))


class _Slot:
    def __init__(self, fn: Callable[..., Any], memory_mb: int) -> None:
        context = multiprocessing.get_context("spawn")
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_worker, args=(child, fn, memory_mb), daemon=True)
        self.process.start()
        child.close()
        self.job: int | None = None
        self.deadline = 0.0

    def give(self, index: int, args: tuple[Any, ...], seconds: float) -> None:
        self.job, self.deadline = index, time.monotonic() + seconds
        self.conn.send((index, args))

    def stop(self, *, kill: bool = False) -> None:
        if kill:
            self.process.kill()
        else:
            with contextlib.suppress(OSError, ValueError):
                self.conn.send(None)
        self.process.join(5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()

    def death(self) -> str:
        self.process.join(1)
        code = self.process.exitcode
        if code is not None and code < 0:
            try:
                name = signal.Signals(-code).name
            except ValueError:
                name = f"signal {-code}"
            return f"its worker process died ({name})"
        return f"its worker process died (exit code {code})"


def run_isolated(
    fn: Callable[..., Any],
    jobs: Sequence[tuple[Any, ...]],
    *,
    workers: int,
    limits: Limits,
    on_done: Callable[[int, Any], None] | None = None,
) -> list[Any]:
    """``fn(*job)`` for every job, in ``workers`` processes at once; each result, or a
    :class:`JobFailure`, in the order of ``jobs``. ``fn`` must be importable (a module-level
    function); ``on_done(index, result)`` is called as each job ends."""
    results: list[Any] = [None] * len(jobs)
    pending = list(range(len(jobs)))
    pending.reverse()
    slots: list[_Slot] = []

    def finish(slot: _Slot, value: Any) -> None:
        assert slot.job is not None
        results[slot.job] = value
        if on_done is not None:
            on_done(slot.job, value)
        slot.job = None

    try:
        while pending or any(s.job is not None for s in slots):
            while pending and len(slots) < max(1, workers):
                slots.append(_Slot(fn, limits.memory_mb))
            for slot in slots:
                if slot.job is None and pending:
                    index = pending.pop()
                    try:
                        slot.give(index, jobs[index], limits.seconds)
                    except (OSError, ValueError):  # it died idle: the job goes back
                        pending.append(index)
                        slot.job = None
                        slot.deadline = -1.0
            busy = [s for s in slots if s.job is not None]
            now = time.monotonic()
            timeout = max(0.0, min((s.deadline for s in busy), default=now) - now)
            ready = wait([s.conn for s in busy], timeout=timeout) if busy else []
            for slot in busy:
                if slot.conn in ready:
                    try:
                        _, ok, value = slot.conn.recv()
                    except (EOFError, OSError):
                        finish(slot, JobFailure(slot.death()))
                        slot.deadline = -1.0
                        continue
                    finish(slot, value if ok else JobFailure(value))
                elif time.monotonic() >= slot.deadline:
                    slot.stop(kill=True)
                    finish(slot, JobFailure(f"took longer than {limits.seconds:g} s"))
                    slot.deadline = -1.0
            # Workers that died or were killed are replaced on the next round.
            for slot in [s for s in slots if s.deadline < 0]:
                if slot.process.is_alive():
                    slot.stop(kill=True)
                with contextlib.suppress(OSError):
                    slot.conn.close()
                slots.remove(slot)
    finally:
        for slot in slots:
            slot.stop()
    return results


def cpu_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1)


# Children of a run carry its process id in their environment (the crawl processes, Prefect's
# temporary API server, extraction workers, Tesseract): what a killed run left behind is found
# by it, whatever the process is.
RUN_PID_ENV = "ICEWATCH_RUN_PID"


def mark_children() -> None:
    """Mark the processes this one starts from now on as this run's."""
    os.environ[RUN_PID_ENV] = str(os.getpid())


def marked_processes() -> dict[int, int]:
    """This user's live processes that carry a run's mark: process id → the run's id."""
    found: dict[int, int] = {}
    proc = Path("/proc")
    mine = os.getuid()
    for entry in proc.iterdir() if proc.is_dir() else []:
        if not entry.name.isdigit():
            continue
        try:
            if entry.stat().st_uid != mine:
                continue
            environ = (entry / "environ").read_bytes().split(b"\0")
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except (OSError, IndexError):
            continue
        if state == "Z":
            continue
        for value in environ:
            if value.startswith(RUN_PID_ENV.encode() + b"="):
                with contextlib.suppress(ValueError):
                    found[int(entry.name)] = int(value.split(b"=", 1)[1])
    return found


def reap_orphans() -> list[int]:
    """Kill the processes a killed run left behind (the temporary Prefect server, crawls):
    those marked with a run's process id when that process is gone. Returns their ids."""
    killed = []
    for pid, owner in marked_processes().items():
        if pid == os.getpid() or owner == os.getpid() or _alive(owner):
            continue
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)
    return killed


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    stat = Path(f"/proc/{pid}/stat")
    with contextlib.suppress(OSError):
        return stat.read_text().rsplit(")", 1)[1].split()[0] != "Z"  # a zombie is gone
    return True
