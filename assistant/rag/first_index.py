"""A first index built in the background, so the app serves while it is built.

On a fresh data directory the course is indexed before anything can be
retrieved. With the shipped course vectors that takes seconds; with another
course folder or another embedder the model may have minutes of embedding to
do. :class:`FirstIndex` runs that ingest on a thread: the web app starts at
once, and answers say the index is still being built (with how far it got)
until it is done. A failed build is logged, and answers then say so.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from assistant.rag.ingest import IngestReport, Progress, ProgressFactory

log = logging.getLogger(__name__)


class _Counted(Progress):
    """Passes progress on to ``inner`` and counts it for :class:`FirstIndex`."""

    def __init__(self, owner: FirstIndex, inner: Progress) -> None:
        self.owner, self.inner = owner, inner

    def update(self, n: int) -> None:
        with self.owner.lock:
            self.owner.done += n
        self.inner.update(n)

    def close(self) -> None:
        self.inner.close()


class FirstIndex:
    """The first-run ingest, on a daemon thread; ask :attr:`building` before retrieving."""

    def __init__(self, run: Callable[[ProgressFactory], IngestReport],
                 progress: ProgressFactory) -> None:
        self.lock = threading.Lock()
        self.done = 0  # passages embedded by the model so far
        self.total = 0  # passages the model has to embed (0 until the ingest knows)
        self.report: IngestReport | None = None
        self.error: Exception | None = None
        self._run, self._progress = run, progress
        self._finished = threading.Event()
        self._thread = threading.Thread(target=self._build, name="first-index", daemon=True)

    def start(self) -> FirstIndex:
        self._thread.start()
        return self

    @property
    def building(self) -> bool:
        """True until the ingest has ended (successfully or not)."""
        return not self._finished.is_set()

    @property
    def ready(self) -> bool:
        """True once the index is built and answers can come from it."""
        return not self.building and self.error is None

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for the end of the build; True when it has ended."""
        return self._finished.wait(timeout)

    def _counted(self, total: int, description: str) -> Progress:
        with self.lock:
            self.total += total
        return _Counted(self, self._progress(total, description))

    def _build(self) -> None:
        try:
            self.report = self._run(self._counted)
            log.info("Indexed the course: %s", self.report.summary())
        except Exception as exc:  # reported to learners by the answers, and in the log
            self.error = exc
            log.exception("The first index could not be built")
        finally:
            self._finished.set()
