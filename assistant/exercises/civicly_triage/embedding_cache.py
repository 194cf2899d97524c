"""On-disk cache of Civicly text embeddings, keyed by embedder id and text hash.

The router embeds every training record (see :mod:`.features`), and embedding
is nearly all of the training time (about 52 messages/s with e5 on 2 cores).
Re-training on the same history, a learner's second upload of a similar file,
an evaluation with other language filters: each would embed the same texts
again. The cache keeps every vector once, in one SQLite file under the data
directory (``<data dir>/civicly/embeddings.sqlite3``), so only new texts cost
anything.

Keys. A row is keyed by the embedder's ``id`` (a model change never reuses
old vectors) and the SHA-256 of the exact text that was embedded (already cut
to its head by the featurizer). Vectors are float32 bytes; a row whose length
does not match the embedder's ``dim`` is treated as missing and replaced.

Trade-offs. SQLite (standard library, WAL) rather than one ``.npy`` per data
set: lookups are by text, so a new file that shares most texts with an old
one is nearly free, several threads (the app's learners) and processes (a CLI
run beside the app) can read and write at once, and a run that is stopped
halfway keeps what it embedded (each batch is committed). The file grows by
about 1.6 KB per distinct text (384 dimensions) and is never pruned: delete it
to start again. Nothing in it is personal data beyond the training texts
themselves, which already sit in the data directory's models.
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from assistant.rag.embeddings import Embedder

#: Called after each embedded batch with (texts done, texts in total).
Progress = Callable[[int, int], None]

FILE_NAME = "embeddings.sqlite3"
_LOOKUP_CHUNK = 500  # SQLite's default limit on bound variables is 999


def text_key(text: str) -> str:
    """The cache key of one (already clipped) text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class EmbeddingCache:
    """Embeddings of texts by one embedder, computed once and kept on disk."""

    def __init__(self, folder: Path) -> None:
        self.path = Path(folder) / FILE_NAME
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"EmbeddingCache({str(self.path)!r})"

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(self.path, timeout=60)
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute(
            "CREATE TABLE IF NOT EXISTS vectors ("
            "embedder TEXT NOT NULL, key TEXT NOT NULL, vector BLOB NOT NULL, "
            "PRIMARY KEY (embedder, key))"
        )
        return connection

    def lookup(self, embedder_id: str, dim: int, keys: Sequence[str]) -> dict[str, np.ndarray]:
        """The cached vectors among ``keys`` (wrong-length rows count as missing)."""
        found: dict[str, np.ndarray] = {}
        unique = sorted(set(keys))
        connection = self._connect()
        try:
            for start in range(0, len(unique), _LOOKUP_CHUNK):
                chunk = unique[start : start + _LOOKUP_CHUNK]
                marks = ",".join("?" * len(chunk))
                rows = connection.execute(
                    f"SELECT key, vector FROM vectors WHERE embedder = ? AND key IN ({marks})",
                    [embedder_id, *chunk],
                )
                for key, blob in rows:
                    vector = np.frombuffer(blob, dtype=np.float32)
                    if vector.shape == (dim,):
                        found[key] = vector
        finally:
            connection.close()
        return found

    def store(self, embedder_id: str, keys: Sequence[str], vectors: np.ndarray) -> None:
        """Keep ``vectors`` (one row per key), replacing any older row with the same key."""
        rows = [
            (embedder_id, key, np.ascontiguousarray(row, dtype=np.float32).tobytes())
            for key, row in zip(keys, vectors, strict=True)
        ]
        with self._lock:
            connection = self._connect()
            try:
                with connection:
                    connection.executemany("INSERT OR REPLACE INTO vectors VALUES (?, ?, ?)", rows)
            finally:
                connection.close()

    def embed(
        self,
        embedder: Embedder,
        texts: Sequence[str],
        *,
        batch: int = 64,
        progress: Progress | None = None,
    ) -> np.ndarray:
        """Passage embeddings of ``texts``: cached rows read, the others embedded and kept."""
        dim = embedder.dim
        keys = [text_key(t) for t in texts]
        found = self.lookup(embedder.id, dim, keys)
        missing: dict[str, str] = {}
        for key, text in zip(keys, texts, strict=True):
            if key not in found:
                missing.setdefault(key, text)
        todo = list(missing.items())
        done = len(texts) - sum(1 for k in keys if k not in found)
        if progress is not None:
            progress(done, len(texts))
        for start in range(0, len(todo), batch):
            part = todo[start : start + batch]
            vectors = np.asarray(
                embedder.embed_documents([text for _, text in part]), dtype=np.float32
            )
            self.store(embedder.id, [key for key, _ in part], vectors)
            for (key, _), vector in zip(part, vectors, strict=True):
                found[key] = vector
            if progress is not None:
                done = sum(1 for k in keys if k in found)
                progress(done, len(texts))
        if not texts:
            return np.zeros((0, dim), dtype=np.float32)
        return np.vstack([found[key] for key in keys]).astype(np.float32)
