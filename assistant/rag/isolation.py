"""Parse each file in a worker process, with a time, a memory and an unpacked-size limit.

One hostile file must cost at most its own limits and never the rest of an
ingest: a parser that loops, recurses without end, allocates gigabytes or
crashes in C code takes only its worker down. The time limit is processor time
(``RLIMIT_CPU``: the kernel stops a worker that computes too long, even inside C
code, and a loaded machine does not make a file fail), with a wall-clock
backstop of :data:`WALL_FACTOR` times it for a parser that waits instead; the
worker's address space is capped with ``RLIMIT_AS``, so an allocation beyond
the memory limit fails there (a ``MemoryError`` the worker reports, or a crash
the parent notices); archives
are checked against their declared sizes before anything is unpacked (see
:class:`assistant.rag.docx_reader.ZipLimits`). Every outcome comes back as a
:class:`Parsed` with a reason: nothing raises.

Overhead. A worker is a fresh interpreter (``python -m assistant.rag.isolation``)
that imports the loaders once and serves many files over a pipe, so it never
inherits the parent's threads or address space (Chroma's and a model's mappings
would exhaust a memory limit before the parser ran), and never re-imports the
caller's main module as multiprocessing's spawn and forkserver would. One
worker parses while the parent chunks and embeds; more (one per core, four at
most) start only when every worker has been on its file for
:data:`GROW_AFTER_SECONDS`, so that a slow file never holds the others up and
cheap files never pay for idle workers. A worker is replaced after
:data:`TASKS_PER_WORKER` files or after any failure that may have left it
unwell. Without POSIX pipes to hand over (Windows) files
are parsed in-process, without limits.
"""

from __future__ import annotations

import logging
import math
import os
import pickle
import signal
import subprocess
import sys
import time
import warnings
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

import assistant
from assistant import textnorm
from assistant.errors import DocumentError
from assistant.rag import loaders
from assistant.rag.docx_reader import ZipLimits
from assistant.rag.loaders import ParsedDocument

log = logging.getLogger(__name__)

#: A worker parses this many files, then a fresh one takes over (memory fragmentation).
TASKS_PER_WORKER = 200
MAX_WORKERS = 4
#: A further worker starts when every worker has been on its file this long.
GROW_AFTER_SECONDS = 0.25
#: How long a new worker may take to boot and take its first file (a loaded machine).
BOOT_SECONDS = 60.0
#: The time limit is processor time (a loaded machine does not make a file fail); a
#: parser that waits instead of computing is stopped after this many times it in
#: wall-clock time.
WALL_FACTOR = 3
#: What a worker sends once booted: its first file's time limit counts from there.
_READY = "ready"


@dataclass(frozen=True)
class ParseLimits:
    """What parsing one file may cost (the settings ``parse_*`` and ``max_unzipped_mb``)."""

    seconds: float = 10.0
    memory_mb: int = 512
    unzipped_mb: float = 100.0


@dataclass(frozen=True)
class Job:
    """One file to parse: ``key`` is the caller's, ``name`` gives the format."""

    key: Any
    name: str
    data: bytes = field(repr=False)


@dataclass(frozen=True)
class Parsed:
    """The outcome for one :class:`Job`: a document, or the reason there is none.

    ``peak_mb`` is the worker's peak resident memory so far (with one file per
    worker, that file's peak); None when the worker did not survive to say.
    """

    key: Any
    document: ParsedDocument | None
    error: str | None
    seconds: float
    peak_mb: float | None = None
    cpu_seconds: float | None = None


def _peak_mb() -> float | None:
    """Peak resident memory of the running process, MB (on Linux, of its program image)."""
    try:  # VmHWM restarts at exec; ru_maxrss would include the parent's peak before it
        with open("/proc/self/status", "rb") as status:
            for line in status:
                if line.startswith(b"VmHWM:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1e6 if sys.platform == "darwin" else peak / 1024


def _limit_memory(memory_mb: int) -> None:
    """Cap the address space; no core files (a worker killed at a limit is not a bug)."""
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows: the time limit still holds
        return
    limit = memory_mb * 1024 * 1024
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    resource.setrlimit(resource.RLIMIT_CORE, (0, resource.getrlimit(resource.RLIMIT_CORE)[1]))


def _limit_cpu(seconds: float) -> None:
    """Let the next file use ``seconds`` more processor time; past it the kernel stops us.

    SIGXCPU ends the process even inside C code (a Python handler would wait for
    the parser to return to Python); the parent reports it for the file.
    """
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows: the wall-clock limit still holds
        return
    usage = resource.getrusage(resource.RUSAGE_SELF)
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    soft = math.ceil(usage.ru_utime + usage.ru_stime + seconds)
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, hard)
    resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))


def parse_job(job: Job, limits: ParseLimits) -> tuple[Parsed, bool]:
    """Parse one job: the outcome, and whether the process that ran it is still sound.

    Never raises (but for interrupts): whatever a parser throws becomes the reason.
    """
    started, cpu = time.perf_counter(), time.process_time()
    document: ParsedDocument | None = None
    sound = True
    try:
        unzipped = int(limits.unzipped_mb * 1_000_000)
        document = loaders.parse(job.name, job.data, ZipLimits(unzipped_bytes=unzipped))
        error = None
    except DocumentError as exc:
        error = str(exc)
    except MemoryError:
        error = (
            f"needs more than {limits.memory_mb} MB of memory to parse "
            "(ASSISTANT_PARSE_MEMORY_MB)"
        )
        sound = False
    except RecursionError:
        error = "nested too deeply to parse"
        sound = False
    except Exception as exc:  # a parser bug on a strange file must not end the ingest
        error = f"could not be parsed: {loaders.reason(exc)}"
        sound = False
    seconds = time.perf_counter() - started
    if error is not None:
        error = textnorm.file_name(error)  # a reason is one printable line
    return Parsed(
        job.key, document, error, seconds, _peak_mb(), time.process_time() - cpu
    ), sound


def serve(jobs: Connection, results: Connection, limits: ParseLimits) -> None:
    """A worker's loop: say it is ready, then parse jobs until told to stop or orphaned."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    logging.disable(logging.CRITICAL)  # parser libraries warn a lot on damaged files
    warnings.simplefilter("ignore")
    _limit_memory(limits.memory_mb)
    results.send(_READY)  # the clock of the first file starts now, not at boot
    while True:
        try:
            job = jobs.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        _limit_cpu(limits.seconds)
        parsed, sound = parse_job(job, limits)
        del job
        try:
            results.send((parsed, sound))
        except MemoryError:
            error = f"parsed, but too large to hand over within {limits.memory_mb} MB"
            results.send((Parsed(parsed.key, None, error, parsed.seconds, _peak_mb()), False))
            return
        if not sound:
            return


@dataclass
class _Worker:
    """A worker process and the jobs sent to it, oldest (the one it is parsing) first."""

    process: subprocess.Popen[bytes]
    jobs: Connection
    results: Connection
    spawned: float
    queue: deque[Job] = field(default_factory=deque)
    ready: bool = False
    #: When the job at the head of the queue started (set when it starts).
    head_since: float = 0.0
    tasks: int = 0
    #: Largest job that may wait in the job pipe without blocking the sender.
    pipe_bytes: int = 0

    def deadline(self, limits: ParseLimits) -> float:
        if not self.ready:
            return self.spawned + BOOT_SECONDS
        return self.head_since + limits.seconds * WALL_FACTOR


def _enlarge(fd: int) -> int:
    """Make a pipe hold 1 MiB where the system allows it; the bytes a queued job may take."""
    capacity = 16_384  # what every POSIX system gives at least
    try:
        import fcntl

        capacity = fcntl.fcntl(fd, fcntl.F_SETPIPE_SZ, 1 << 20)
    except (ImportError, AttributeError, OSError):  # not Linux, or over the system's limit
        pass
    return capacity - 4_096  # room for the message header and the pickled Job around the data


def _size(job: Job) -> int:
    return len(job.data) + len(job.name) * 4


def _death(process: subprocess.Popen[bytes]) -> str:
    try:
        code = process.wait(1)
    except subprocess.TimeoutExpired:
        return "no reply"
    if code < 0:
        try:
            return signal.Signals(-code).name
        except ValueError:
            return f"signal {-code}"
    return f"exit code {code}"


class ParserPool:
    """Worker processes that parse :class:`Job` s under :class:`ParseLimits`.

    Use as a context manager; :meth:`imap` yields one :class:`Parsed` per job,
    in the order they finish, pulling jobs only as workers come free (so the
    caller can read files lazily). A worker gets its next file while it parses
    the current one, when that one looks quick, so it never waits for this
    process between files.
    """

    def __init__(
        self,
        limits: ParseLimits,
        *,
        workers: int | None = None,
        tasks_per_worker: int = TASKS_PER_WORKER,
    ) -> None:
        self.limits = limits
        self.size = workers or max(1, min(MAX_WORKERS, os.cpu_count() or 1))
        self.tasks_per_worker = max(1, tasks_per_worker)
        self.isolated = os.name == "posix" and bool(sys.executable)
        self._workers: list[_Worker] = []
        #: Jobs that were sent to a worker that went away before starting them.
        self._again: deque[Job] = deque()

    def __enter__(self) -> ParserPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def start(self, count: int = 1) -> None:
        """Start up to ``count`` workers now, so they boot while the caller does other work."""
        if self.isolated:
            while len(self._workers) < min(count, self.size):
                self._workers.append(self._spawn())

    def _spawn(self) -> _Worker:
        job_read, job_write = os.pipe()
        result_read, result_write = os.pipe()
        # -S skips site's .pth processing (a third of the start-up time); the worker gets
        # this process's module path instead, with the package's own folder first.
        package_root = str(Path(assistant.__file__).resolve().parents[1])
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([package_root, *filter(None, sys.path)])}
        limits = ",".join(
            str(v) for v in (self.limits.seconds, self.limits.memory_mb, self.limits.unzipped_mb)
        )
        pipe_bytes = _enlarge(job_write)
        try:
            process = subprocess.Popen(
                [sys.executable, "-S", "-m", "assistant.rag.isolation", str(job_read),
                 str(result_write), limits],
                pass_fds=(job_read, result_write),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                env=env,
                close_fds=True,
            )
        finally:
            os.close(job_read)
            os.close(result_write)
        return _Worker(
            process,
            Connection(job_write, readable=False),
            Connection(result_read, writable=False),
            spawned=time.monotonic(),
            pipe_bytes=pipe_bytes,
        )

    def _room(self, worker: _Worker) -> bool:
        return worker.tasks + len(worker.queue) < self.tasks_per_worker

    def _pick(self, job: Job, now: float) -> _Worker | None:
        """A worker for ``job``: an idle one, a quick one, a new one, or none yet.

        Queueing a job behind the one a worker is parsing never blocks this
        process, so it cannot deadlock with a worker writing a large result: only
        a job that fits in the worker's job pipe is queued (the pipe is enlarged
        to 1 MiB where the system allows it).
        """
        for worker in self._workers:
            if not worker.queue and self._room(worker):
                return worker
        for worker in self._workers:  # queue behind a file that looks quick
            if (
                worker.ready and len(worker.queue) == 1 and self._room(worker)
                and now - worker.head_since < GROW_AFTER_SECONDS
                and _size(job) <= worker.pipe_bytes
            ):
                return worker
        # Grow only when every worker is booted and stuck on a slow file: a booting
        # worker is about to be free (it was started for the file at hand).
        stuck = all(w.ready and now - w.head_since >= GROW_AFTER_SECONDS for w in self._workers)
        if len(self._workers) < self.size and stuck:
            worker = self._spawn()
            self._workers.append(worker)
            return worker
        return None

    def _send(self, worker: _Worker, job: Job, now: float) -> bool:
        try:
            worker.jobs.send(job)
        except (OSError, ValueError):  # it died while idle: its jobs go to another worker
            self._retire(worker, kill=True)
            self._again.append(job)
            return False
        if not worker.queue:
            worker.head_since = now
        worker.queue.append(job)
        return True

    def _retire(self, worker: _Worker, *, kill: bool = False) -> None:
        """Stop ``worker``; the jobs it had not started are sent again elsewhere."""
        self._workers.remove(worker)
        if not kill and worker.process.poll() is None:
            try:
                worker.jobs.send(None)
                worker.process.wait(1)
            except (OSError, ValueError, subprocess.TimeoutExpired):
                pass
        if worker.process.poll() is None:
            worker.process.kill()
            worker.process.wait()
        worker.jobs.close()
        worker.results.close()

    def _receive(self, worker: _Worker, now: float) -> Parsed | None:
        """Read ``worker``'s next message: a result, or None (it became ready)."""
        try:
            message = worker.results.recv()
        except (EOFError, OSError, pickle.UnpicklingError):
            return self._crashed(worker, now)
        if message == _READY:
            worker.ready, worker.head_since = True, now
            return None
        parsed, sound = message
        worker.queue.popleft()
        worker.tasks += 1
        worker.head_since = now
        if not sound or (not worker.queue and not self._room(worker)):
            self._again.extend(worker.queue)
            self._retire(worker, kill=not sound)
        return parsed  # type: ignore[no-any-return]

    def _crashed(self, worker: _Worker, now: float) -> Parsed:
        head = worker.queue.popleft()
        why = _death(worker.process)
        if not worker.ready:  # it never booted: the file is not to blame (and holds only this one)
            reason = f"no parser process could start ({why})"
        elif why == "SIGXCPU":
            self._again.extend(worker.queue)
            reason = (
                f"took more than {self.limits.seconds:g} s of processor time to parse: "
                "stopped (ASSISTANT_PARSE_TIMEOUT)"
            )
        else:
            self._again.extend(worker.queue)
            reason = (
                f"the parser crashed on this file ({why}); it may need more than "
                f"{self.limits.memory_mb} MB of memory (ASSISTANT_PARSE_MEMORY_MB)"
            )
        self._retire(worker, kill=True)
        return Parsed(head.key, None, reason, now - worker.head_since)

    def _overdue(self, worker: _Worker, now: float) -> Parsed:
        head = worker.queue.popleft()
        self._again.extend(worker.queue)
        self._retire(worker, kill=True)
        why = (
            f"took longer than {self.limits.seconds * WALL_FACTOR:g} s (wall clock) to parse: "
            "stopped (ASSISTANT_PARSE_TIMEOUT)"
            if worker.ready
            else f"no parser process started within {BOOT_SECONDS:g} s"
        )
        return Parsed(head.key, None, why, now - worker.head_since)

    def imap(self, jobs: Iterable[Job]) -> Iterator[Parsed]:
        """Parse ``jobs``; one :class:`Parsed` per job, as they finish."""
        if not self.isolated:  # pragma: no cover - Windows
            for job in jobs:
                yield parse_job(job, self.limits)[0]
            return
        pending = iter(jobs)
        exhausted = False
        while True:
            now = time.monotonic()
            while True:
                if not self._again and not exhausted:  # hold at most one job unplaced
                    following = next(pending, None)
                    exhausted = following is None
                    if following is not None:
                        self._again.append(following)
                worker = self._pick(self._again[0], now) if self._again else None
                if worker is None:
                    break
                self._send(worker, self._again.popleft(), now)
            busy = [w for w in self._workers if w.queue]
            if not busy:
                if self._again:
                    continue  # a worker died on its way: _pick starts another
                return
            wake = min(w.deadline(self.limits) for w in busy)
            if (self._again or not exhausted) and len(self._workers) < self.size:
                booted = [w.head_since for w in busy if w.ready]
                if booted:
                    wake = min(wake, min(booted) + GROW_AFTER_SECONDS)
            ready = set(wait([w.results for w in busy], max(0.0, wake - now)))
            now = time.monotonic()
            for worker in busy:
                if worker.results in ready:
                    parsed = self._receive(worker, now)
                    if parsed is not None:
                        yield parsed
                elif now >= worker.deadline(self.limits):
                    yield self._overdue(worker, now)

    def close(self) -> None:
        """Stop every worker (busy ones are killed)."""
        for worker in list(self._workers):
            self._retire(worker, kill=bool(worker.queue))
        self._again.clear()


def _main(argv: list[str]) -> None:
    """``python -m assistant.rag.isolation JOB_FD RESULT_FD SECONDS,MB,UNZIPPED_MB``."""
    seconds, memory_mb, unzipped_mb = argv[2].split(",")
    limits = ParseLimits(float(seconds), int(memory_mb), float(unzipped_mb))
    jobs = Connection(int(argv[0]), writable=False)
    results = Connection(int(argv[1]), readable=False)
    serve(jobs, results, limits)


if __name__ == "__main__":
    # Run the imported module, not this __main__ copy, so that what the worker
    # pickles names assistant.rag.isolation (the parent cannot import __main__).
    from assistant.rag import isolation

    isolation._main(sys.argv[1:])
