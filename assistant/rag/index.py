"""The vector store: Chroma, embedded on disk by default or a server by URL.

We always compute embeddings ourselves and hand them to Chroma, and we still
register our own embedding function on the collection so that Chroma never
falls back to its default one (which downloads a model). Telemetry is off.

The collection's metadata records the embedder id and dimension (the index
manifest). Opening an index built with another embedder is an
:class:`~assistant.errors.IndexMismatchError` that says to re-ingest, never a
silent mix of incompatible vectors.

Opening the :class:`Stores` of a catalogue written before document sources
adopts its documents (see :func:`adopt_legacy_documents`): ids gain their
source prefix and vectors are copied, not re-embedded, with the same write
order as an ingest, so nothing is lost and retrieval does not change.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import threading
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

import numpy as np

from assistant.config import Settings, apply_offline_environment
from assistant.errors import BackendError, ConfigError, IndexMismatchError
from assistant.rag.embeddings import Embedder
from assistant.types import COURSE, Chunk, make_doc_id

if TYPE_CHECKING:
    from assistant.rag.catalog import DocumentRecord

log = logging.getLogger(__name__)

#: Bump when what we store per vector changes incompatibly.
INDEX_FORMAT = "1"

_clients: dict[str, Any] = {}
_clients_lock = threading.Lock()


def _chroma_settings() -> Any:
    from chromadb.config import Settings as ChromaSettings

    return ChromaSettings(anonymized_telemetry=False, allow_reset=False)


def open_client(settings: Settings) -> Any:
    """One Chroma client per location per process (Chroma refuses two on one path)."""
    apply_offline_environment()
    import chromadb

    key = settings.chroma_url or str(settings.index_dir.resolve())
    with _clients_lock:
        client = _clients.get(key)
        if client is not None:
            return client
        if settings.chroma_url:
            url = urlparse(settings.chroma_url)
            if url.scheme not in {"http", "https"} or not url.hostname:
                raise ConfigError(
                    f"ASSISTANT_CHROMA_URL={settings.chroma_url!r} is not a URL; "
                    "use e.g. http://127.0.0.1:8000"
                )
            port = url.port or (443 if url.scheme == "https" else 8000)
            try:
                client = chromadb.HttpClient(
                    host=url.hostname,
                    port=port,
                    ssl=url.scheme == "https",
                    settings=_chroma_settings(),
                )
                client.heartbeat()
            except Exception as exc:  # connection errors come in many types
                raise BackendError(
                    f"Cannot reach the Chroma server at {settings.chroma_url}: {exc}. "
                    "Start it (e.g. `chroma run --path data/chroma-server --port 8000`) "
                    "or unset ASSISTANT_CHROMA_URL to use the embedded index."
                ) from exc
        else:
            Path(key).mkdir(parents=True, exist_ok=True)
            client = chromadb.PersistentClient(path=key, settings=_chroma_settings())
        _clients[key] = client
        return client


@functools.cache
def _function_class() -> Any:
    """Chroma's EmbeddingFunction around our embedder (built once, on first use)."""
    from chromadb.api.types import EmbeddingFunction

    class AssistantEmbeddingFunction(EmbeddingFunction):  # type: ignore[type-arg]
        def __init__(self, embedder: Embedder | None = None, stored: str = "") -> None:
            self.embedder = embedder
            self.stored = stored

        def _bound(self) -> Embedder:
            if self.embedder is None:
                raise ConfigError(
                    f"This collection was written with embedder {self.stored!r}; "
                    "open it through the assistant, which supplies that embedder."
                )
            return self.embedder

        def __call__(self, input: Sequence[str]) -> Any:  # noqa: A002 - Chroma's name
            return list(self._bound().embed_documents(list(input)))

        def embed_query(self, input: Sequence[str]) -> Any:  # noqa: A002
            return [self._bound().embed_query(text) for text in input]

        @staticmethod
        def name() -> str:
            return "agora-tutor"

        def default_space(self) -> Any:
            return "cosine"

        def get_config(self) -> dict[str, Any]:
            return {"embedder": self.embedder.id if self.embedder else self.stored}

        @staticmethod
        def build_from_config(config: dict[str, Any]) -> Any:
            return AssistantEmbeddingFunction(None, str(config.get("embedder", "")))

        def is_legacy(self) -> bool:
            return False

    from chromadb.utils.embedding_functions import register_embedding_function

    register_embedding_function(AssistantEmbeddingFunction)
    return AssistantEmbeddingFunction


def _embedding_function(embedder: Embedder) -> Any:
    """Our embedder as a Chroma EmbeddingFunction (so Chroma never loads its own)."""
    return _function_class()(embedder)


class VectorStore:
    """Dense vectors of chunks, in one Chroma collection."""

    def __init__(self, settings: Settings, embedder: Embedder) -> None:
        self.settings = settings
        self.embedder = embedder
        self.client = open_client(settings)
        self.collection = self._open_collection()

    def _open_collection(self) -> Any:
        name = self.settings.collection
        manifest = {
            "embedder": self.embedder.id,
            "dim": self.embedder.dim,
            "format": INDEX_FORMAT,
        }
        function = _embedding_function(self.embedder)
        try:
            existing = self.client.get_collection(name, embedding_function=function)
        except Exception:  # NotFoundError in chromadb 1.x, ValueError before
            existing = None
        if existing is not None:
            meta = existing.metadata or {}
            if (
                meta.get("embedder") != manifest["embedder"]
                or str(meta.get("format")) != INDEX_FORMAT
            ):
                raise IndexMismatchError(
                    f"The index in collection {name!r} was built with embedder "
                    f"{meta.get('embedder')!r} (format {meta.get('format')}), but "
                    f"ASSISTANT_EMBEDDER gives {self.embedder.id!r}. Re-ingest: "
                    "`assistant ingest corpus/modules --rebuild` (or set ASSISTANT_EMBEDDER "
                    "back to the embedder the index was built with)."
                )
        try:
            return self.client.get_or_create_collection(
                name,
                embedding_function=function,
                metadata=manifest,
                configuration={"hnsw": {"space": "cosine"}},
            )
        except Exception as exc:
            raise BackendError(f"Cannot open Chroma collection {name!r}: {exc}") from exc

    def count(self) -> int:
        """Number of vectors stored (live or not)."""
        return int(self.collection.count())

    def add(self, chunks: Sequence[Chunk], vectors: np.ndarray) -> None:
        """Store vectors for chunks (ids are chunk ids)."""
        if not chunks:
            return
        batch = 1000
        for i in range(0, len(chunks), batch):
            part = chunks[i : i + batch]
            self.collection.upsert(
                ids=[c.chunk_id for c in part],
                embeddings=vectors[i : i + batch],
                documents=[c.text for c in part],
                metadatas=[
                    {
                        "doc_id": c.doc_id,
                        "source": c.source,
                        "language": c.language,
                        "module": c.module,
                        "section_id": c.section_id,
                        "doc_hash": c.doc_hash,
                    }
                    for c in part
                ],
            )

    def delete(self, ids: Sequence[str]) -> None:
        """Remove vectors by chunk id (missing ids are ignored)."""
        for i in range(0, len(ids), 1000):
            self.collection.delete(ids=list(ids[i : i + 1000]))

    def all_ids(self) -> set[str]:
        """Every chunk id stored, live or stale."""
        return set(self.collection.get(include=[])["ids"])

    def query(
        self, vector: np.ndarray, n: int, where: dict[str, Any] | None = None
    ) -> list[tuple[str, float]]:
        """Nearest chunk ids with cosine similarity, best first."""
        # No count() first: Chroma returns what it has when n exceeds the collection
        # (one round trip per question matters with a Chroma server).
        result = self.collection.query(
            query_embeddings=[vector],
            n_results=n,
            where=where or None,
            include=["distances"],
        )
        ids = result["ids"][0] if result["ids"] else []
        distances = (result["distances"] or [[]])[0]
        return [(cid, 1.0 - float(d)) for cid, d in zip(ids, distances, strict=True)]

    def vectors(self, ids: Sequence[str]) -> dict[str, np.ndarray]:
        """Stored vectors of the given chunk ids."""
        if not ids:
            return {}
        result = self.collection.get(ids=list(ids), include=["embeddings"])
        return {
            cid: np.asarray(vec, dtype=np.float32)
            for cid, vec in zip(result["ids"], result["embeddings"], strict=True)
        }


def drop_collection(settings: Settings) -> None:
    """Delete the collection whatever embedder built it (for --rebuild)."""
    client = open_client(settings)
    try:
        client.delete_collection(settings.collection)
    except Exception:
        log.debug("collection %s did not exist", settings.collection)


class Stores:
    """Everything that makes up one index: catalogue, vectors and lexical index."""

    def __init__(self, settings: Settings, embedder: Embedder) -> None:
        from assistant.rag.catalog import Catalog
        from assistant.rag.lexical import LexicalIndex

        self.settings = settings
        self.embedder = embedder
        self.catalog = Catalog.from_settings(settings)
        recorded = self.catalog.get_meta("embedder")
        if recorded is not None and recorded != embedder.id:
            raise IndexMismatchError(
                f"The index in {settings.data_dir} was built with embedder {recorded!r}, but "
                f"ASSISTANT_EMBEDDER gives {embedder.id!r}. Re-ingest: "
                "`assistant ingest corpus/modules --rebuild` (or set ASSISTANT_EMBEDDER back)."
            )
        self.vectors = VectorStore(settings, embedder)
        self.lexical = LexicalIndex(settings.lexical_dir)
        adopt_legacy_documents(self)

    def ensure_lexical(self) -> None:
        """Load the lexical index, rebuilding it if it lags behind the catalogue."""
        generation = self.catalog.generation
        if self.lexical.generation == generation:
            return
        if not self.lexical.load(generation):
            log.info("Rebuilding the lexical index (generation %s)", generation)
            self.lexical.build(self.catalog.chunks(), generation)


def _same_bytes(file: Path, doc_hash: str) -> bool:
    try:
        return file.is_file() and hashlib.sha256(file.read_bytes()).hexdigest() == doc_hash
    except OSError:
        return False


def legacy_target(record: DocumentRecord, course_dir: Path) -> tuple[str, str]:
    """``(new_doc_id, source)`` for a document of a catalogue written before sources.

    ``course``, with its path relative to the course folder as a fresh ingest
    would name it, when the document was ingested from the configured course
    folder, or when its bytes are those of the course folder's file at the same
    relative path (the data directory outlived a move of the app); otherwise
    ``local``: an old catalogue cannot tell an instructor's upload from any other
    folder, and the less trusted label is the safe one.
    """
    file = Path(record.source_root) / record.path
    if file.is_relative_to(course_dir):
        return make_doc_id(COURSE, file.relative_to(course_dir).with_suffix("").as_posix()), COURSE
    if _same_bytes(course_dir / record.path, record.doc_hash):
        return make_doc_id(COURSE, Path(record.path).with_suffix("").as_posix()), COURSE
    return make_doc_id("local", Path(record.path).with_suffix("").as_posix()), "local"


def adopt_legacy_documents(stores: Stores) -> int:
    """Give the documents of an old catalogue their source and prefixed ids; return how many.

    Same order of writes as an ingest: (1) the vectors are copied under the new
    chunk ids, invisible until the catalogue lists them; (2) one catalogue
    transaction renames documents and chunks; (3) the old vectors are deleted.
    An interruption before (2) leaves the old catalogue, adopted again on the next
    open; after it, the old vectors are leftovers that the next ingest sweeps.
    Two old documents that map to the same new id (a course file once ingested
    on its own and with its folder) keep the one ingested from the course folder.
    """
    legacy = stores.catalog.legacy_documents()
    if not legacy:
        return 0

    course_dir = Path(stores.settings.corpus_dir).resolve()
    plan: dict[str, tuple[str, str] | None] = {}
    owners: dict[str, str] = {}
    ranked = sorted(legacy.values(), key=lambda r: (r.source_root != str(course_dir), r.doc_id))
    for record in ranked:
        target = legacy_target(record, course_dir)
        if target[0] in owners:
            log.warning(
                "Dropping %s (from %s): %s already holds %s; re-ingest that folder if needed",
                record.doc_id, record.source_root, owners[target[0]], target[0],
            )
            plan[record.doc_id] = None
            continue
        owners[target[0]] = record.doc_id
        plan[record.doc_id] = target
        if target[1] != COURSE and (course_dir / record.path).is_file():
            log.warning(
                "%s was ingested from %s over the course's own file; it is kept as %s. "
                "Run `assistant ingest %s` to index the course version again.",
                record.path, record.source_root, target[0], course_dir,
            )
    chunks = [c for c in stores.catalog.chunks() if c.doc_id in legacy]
    copied: list[str] = []
    try:
        _copy_vectors(stores, chunks, plan, copied)
        adopted = stores.catalog.adopt_sources(plan)
    finally:
        stores.catalog.release(copied)
    live = stores.catalog.chunk_ids()
    stores.vectors.delete([c.chunk_id for c in chunks if c.chunk_id not in live])
    sources = [t[1] for t in plan.values() if t is not None]
    log.info(
        "Catalogue written before document sources: %d documents adopted "
        "(%d course, %d local); vectors copied, nothing re-embedded",
        adopted, sources.count(COURSE), len(sources) - sources.count(COURSE),
    )
    return adopted


def _copy_vectors(
    stores: Stores,
    chunks: list[Chunk],
    plan: dict[str, tuple[str, str] | None],
    copied: list[str],
) -> None:
    """Copy the vectors of ``chunks`` under their adopted ids, claiming them first."""
    from assistant.rag.catalog import adopted_chunk_id

    for i in range(0, len(chunks), 1000):
        part = chunks[i : i + 1000]
        stored = stores.vectors.vectors([c.chunk_id for c in part])
        moved = []
        for chunk in part:
            goal = plan[chunk.doc_id]
            if goal is not None and chunk.chunk_id in stored:
                new_id = adopted_chunk_id(chunk.chunk_id, chunk.doc_id, goal[0])
                moved.append(
                    (replace(chunk, chunk_id=new_id, doc_id=goal[0], source=goal[1]),
                     stored[chunk.chunk_id])
                )
        if moved:
            stores.catalog.claim(c.chunk_id for c, _ in moved)  # spared by other sweeps
            copied.extend(c.chunk_id for c, _ in moved)
            stores.vectors.add([c for c, _ in moved], np.vstack([v for _, v in moved]))


def reset_index(settings: Settings) -> None:
    """Delete the collection, the catalogue and the lexical index (for --rebuild).

    A catalogue in a database server is emptied rather than dropped; its
    generation moves on, so other instances rebuild their lexical caches.
    """
    import shutil

    drop_collection(settings)
    if settings.catalog_url:
        from assistant.rag.catalog import Catalog

        catalog = Catalog(url=settings.catalog_url)
        try:
            catalog.reset()
        finally:
            catalog.close()
    else:
        for suffix in ("", "-wal", "-shm"):
            Path(str(settings.catalog_path) + suffix).unlink(missing_ok=True)
    shutil.rmtree(settings.lexical_dir, ignore_errors=True)
