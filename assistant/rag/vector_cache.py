"""Passage vectors computed once per content: a cache in front of any embedder.

LangChain's ``CacheBackedEmbeddings`` pattern, on our :class:`Embedder`
protocol (its own class works on lists of floats and a LangChain byte store;
ours must return unit-length float32 arrays and read the shipped course
vectors, so it is these ~200 lines instead): a document's vector is looked up
by the embedder's ``id`` and a hash of the exact text embedded, and only the
texts found nowhere reach the model. Queries are never cached (a question is
embedded once per answer and rarely repeats).

Where a vector is looked for, in order:

1. **the shipped course vectors** (``course_vectors/<embedder>.npz``, float16,
   written by ``python -m scripts.course_vectors``): every chunk of the
   built-in course and every sentence the extractive answer compares with a
   question, for the default embedder. A fresh data directory indexes the
   course without running the model; ``tests/test_vector_cache.py`` fails when
   the file no longer matches the course.
2. **the data directory's cache** (``embedding_cache.sqlite3``, float32, so a
   cached vector is exactly the computed one): everything embedded before -
   chunks at ingest, the sentences of a passage the first time an answer
   quotes from it - shared by the app's threads and any ingest process,
   bounded to ``ASSISTANT_EMBED_CACHE_ENTRIES`` rows (the oldest go first; a
   vector that went is computed again when asked for).
3. **the model**, whose vectors are then written to 2.

Sentences are embedded on first use rather than at ingest: they hold about as
much text as the chunks, so embedding them at ingest would double the model
time of every upload for sentences most of which are never quoted; after its
first answer a passage costs nothing (measured in the README, "First start").

Entries are immutable and content-addressed, so an interrupted ingest leaves
nothing inconsistent behind, and a changed embedder (another ``id``) never
reads another's vectors.
"""

from __future__ import annotations

import hashlib
import logging
import re
import sqlite3
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from assistant.config import Settings
from assistant.rag.embeddings import Concatenated, Embedder

log = logging.getLogger(__name__)

#: Version of the shipped file's layout (``scripts/course_vectors.py`` writes it).
FORMAT = 1
COURSE_VECTORS_DIR = Path(__file__).with_name("course_vectors")
#: Rows written per transaction: small enough to keep other writers waiting little.
_WRITE_BATCH = 512


def text_key(text: str) -> bytes:
    """The content key of ``text``: 16 bytes of its SHA-256 (surrogates kept as they are)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()[:16]


def course_vectors_path(embedder_id: str) -> Path:
    """Where the shipped course vectors of ``embedder_id`` are (whether or not they exist)."""
    slug = re.sub(r"[^A-Za-z0-9.+-]+", "_", embedder_id).strip("_")
    return COURSE_VECTORS_DIR / f"{slug}.npz"


def load_shipped(embedder_id: str, dim: int) -> dict[bytes, np.ndarray]:
    """The shipped vectors of ``embedder_id`` by content key ({} when none ship or they don't fit)."""
    path = course_vectors_path(embedder_id)
    if not path.is_file():
        return {}
    with np.load(path, allow_pickle=False) as data:
        if str(data["embedder"]) != embedder_id or int(data["format"]) != FORMAT:
            log.warning("Ignoring %s: written for %s (format %s)", path.name,
                        data["embedder"], data["format"])
            return {}
        keys, vectors = data["keys"], data["vectors"]
    if vectors.ndim != 2 or vectors.shape[1] != dim or len(keys) != len(vectors):
        log.warning("Ignoring %s: %s vectors, the embedder makes %d dimensions", path.name,
                    vectors.shape, dim)
        return {}
    rows = vectors.astype(np.float32)
    rows /= np.maximum(np.linalg.norm(rows, axis=1, keepdims=True), 1e-12)  # float16 rounding
    return {bytes(key): row for key, row in zip(keys, rows, strict=True)}


def write_shipped(embedder_id: str, keys: Sequence[bytes], vectors: np.ndarray) -> Path:
    """Write the course vectors of ``embedder_id`` (sorted by key, float16, compressed)."""
    order = sorted(range(len(keys)), key=lambda i: keys[i])
    path = course_vectors_path(embedder_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        path,
        format=np.int64(FORMAT),
        embedder=np.str_(embedder_id),
        keys=np.frombuffer(b"".join(keys[i] for i in order), dtype=np.uint8).reshape(-1, 16),
        vectors=np.asarray(vectors, dtype=np.float16)[order],
    )
    return path


class VectorStore:
    """The data directory's cache: SQLite, one row per (embedder id, content key).

    One connection behind a lock serves every thread of the process; WAL and a
    busy timeout let an ingest process write while the app reads.
    """

    def __init__(self, path: Path, max_entries: int) -> None:
        self.path = path
        self.max_entries = max_entries
        self._lock = threading.Lock()
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, timeout=30, check_same_thread=False,
                                   isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS vectors (id INTEGER PRIMARY KEY, embedder TEXT NOT NULL,"
            " key BLOB NOT NULL, vector BLOB NOT NULL, UNIQUE (embedder, key))"
        )

    def get(self, embedder_id: str, keys: Iterable[bytes], dim: int) -> dict[bytes, np.ndarray]:
        """The stored vectors among ``keys``."""
        wanted = list(dict.fromkeys(keys))
        found: dict[bytes, np.ndarray] = {}
        with self._lock:
            for i in range(0, len(wanted), 500):  # SQLite's bound-parameter limit
                part = wanted[i : i + 500]
                rows = self._db.execute(
                    f"SELECT key, vector FROM vectors WHERE embedder = ? AND key IN "
                    f"({','.join('?' * len(part))})",
                    [embedder_id, *part],
                ).fetchall()
                for key, blob in rows:
                    vector = np.frombuffer(blob, dtype=np.float32)
                    if vector.shape == (dim,):
                        found[bytes(key)] = vector
        return found

    def put(self, embedder_id: str, items: Sequence[tuple[bytes, np.ndarray]]) -> None:
        """Store vectors (existing keys are kept), then drop the oldest rows above the bound."""
        with self._lock:
            for i in range(0, len(items), _WRITE_BATCH):
                with self._db:  # one transaction per batch
                    self._db.execute("BEGIN")
                    self._db.executemany(
                        "INSERT OR IGNORE INTO vectors (embedder, key, vector) VALUES (?, ?, ?)",
                        [(embedder_id, key, np.asarray(vector, dtype=np.float32).tobytes())
                         for key, vector in items[i : i + _WRITE_BATCH]],
                    )
            (count,) = self._db.execute("SELECT COUNT(*) FROM vectors").fetchone()
            if count > self.max_entries:
                # Keep 90 % of the bound so that eviction is not paid on every write.
                self._db.execute(
                    "DELETE FROM vectors WHERE id IN (SELECT id FROM vectors ORDER BY id LIMIT ?)",
                    (count - int(self.max_entries * 0.9),),
                )

    def close(self) -> None:
        """Close the connection."""
        with self._lock:
            self._db.close()


class CachedEmbedder:
    """An :class:`Embedder` whose ``embed_documents`` asks the shipped file and the cache first.

    Same ``id`` and ``dim`` as ``inner`` (the index cannot tell them apart);
    ``embed_query`` goes straight to ``inner``.
    """

    def __init__(self, inner: Embedder, store: VectorStore | None) -> None:
        self.inner = inner
        self.store = store
        self._shipped: dict[bytes, np.ndarray] | None = None
        self._lock = threading.Lock()
        #: A concatenation (``e5+use``) is cached part by part: each part reads its own
        #: shipped file and cache rows, so it shares them with the part used alone.
        self._split = (
            [CachedEmbedder(part, store) for part in inner.parts]
            if isinstance(inner, Concatenated) else None
        )

    @property
    def id(self) -> str:
        return self.inner.id

    @property
    def dim(self) -> int:
        return self.inner.dim

    @property
    def parts(self) -> Any:
        """The parts of a concatenated embedder (the retriever z-scores them one by one)."""
        return getattr(self.inner, "parts", None)

    def shipped(self) -> dict[bytes, np.ndarray]:
        """The shipped course vectors for this embedder, loaded once."""
        if self._shipped is None:
            with self._lock:
                if self._shipped is None:
                    self._shipped = load_shipped(self.id, self.dim)
        return self._shipped

    def lookup(self, texts: Sequence[str]) -> dict[bytes, np.ndarray]:
        """The vectors of ``texts`` found without the model, by content key."""
        return self.lookup_keys({text_key(t) for t in texts})

    def lookup_keys(self, keys: set[bytes]) -> dict[bytes, np.ndarray]:
        """The vectors found without the model for content keys (:func:`text_key`)."""
        if self._split is not None:
            per_part = [cache.lookup_keys(keys) for cache in self._split]
            common = set(per_part[0]).intersection(*per_part[1:])
            return {key: self._join([f[key][None, :] for f in per_part])[0] for key in common}
        shipped = self.shipped()
        found = {k: shipped[k] for k in keys if k in shipped}
        rest = keys - found.keys()
        if rest and self.store is not None:
            found.update(self.store.get(self.id, rest, self.dim))
        return found

    def missing(self, texts: Sequence[str]) -> list[str]:
        """The distinct texts among ``texts`` that only the model can embed."""
        if self._split is not None:
            lacking = {text_key(t) for cache in self._split for t in cache.missing(texts)}
            return [t for t in dict.fromkeys(texts) if text_key(t) in lacking]
        found = self.lookup(texts)
        return [t for t in dict.fromkeys(texts) if text_key(t) not in found]

    def embed_documents(
        self, texts: Sequence[str], progress: Any = None, batch: int | None = None
    ) -> np.ndarray:
        """Vectors of ``texts``; the model embeds only the missing ones.

        They go to the model ``batch`` at a time (default: all at once), each
        batch stored as soon as it is done; ``progress`` (an object with
        ``update(n)``) advances by each batch.
        """
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        if self._split is not None:
            todo = self.missing(texts)
            batch = batch or max(len(todo), 1)
            for i in range(0, len(todo), batch):
                for cache in self._split:  # each embeds (and stores) only what it lacks
                    cache.embed_documents(todo[i : i + batch])
                if progress is not None:
                    progress.update(len(todo[i : i + batch]))
            blocks = [cache.embed_documents(texts) for cache in self._split]  # all found now
            return self._join(blocks)
        found = self.lookup(texts)
        todo = [t for t in dict.fromkeys(texts) if text_key(t) not in found]
        batch = batch or max(len(todo), 1)
        for i in range(0, len(todo), batch):
            part = todo[i : i + batch]
            vectors = self.inner.embed_documents(part)
            items = [(text_key(t), v) for t, v in zip(part, vectors, strict=True)]
            found.update(items)
            if self.store is not None:
                self.store.put(self.id, items)
            if progress is not None:
                progress.update(len(part))
        return np.stack([found[text_key(t)] for t in texts]).astype(np.float32, copy=False)

    def embed_query(self, text: str) -> np.ndarray:
        return self.inner.embed_query(text)

    def _join(self, blocks: list[np.ndarray]) -> np.ndarray:
        assert isinstance(self.inner, Concatenated)
        return self.inner.join(blocks)


def cache_path(settings: Settings) -> Path:
    """The cache's file in the data directory."""
    return Path(settings.data_dir) / "embedding_cache.sqlite3"


def cached(embedder: Embedder, settings: Settings) -> CachedEmbedder:
    """``embedder`` behind the shipped vectors and the data directory's cache (idempotent).

    With ``ASSISTANT_EMBED_CACHE_ENTRIES=0`` only the shipped vectors are used.
    """
    if isinstance(embedder, CachedEmbedder):
        return embedder
    store = None
    if settings.embed_cache_entries > 0:
        store = VectorStore(cache_path(settings), settings.embed_cache_entries)
    return CachedEmbedder(embedder, store)
