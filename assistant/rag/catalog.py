"""The ingest catalogue: which document versions are live, and their chunks.

SQLite (WAL) under the data directory. It is the single source of truth for
what is visible: the vector store may briefly hold vectors of a version being
written or of a version being removed, but the retriever only returns chunks
listed here. Replacing a document's chunks is one SQLite transaction, so an
interrupted ingest never shows a half-replaced document.

``generation`` increases with every committed change; the lexical index stores
the generation it was built from, which is how a stale one is detected.

A live document may be *hidden* (table ``hidden``): instructor material uploaded
in the app stays hidden from learners until the instructor publishes it. The
retriever leaves hidden documents out; every other document (the course, and
anything ingested with the command line) is visible as before.

Every document and chunk row records its ``source`` (``course``, ``instructor``
or ``local``), which is also the prefix of its id. A catalogue written before
sources existed is upgraded when opened: the schema gains the columns (one
transaction) and its rows keep an empty source until
:meth:`Catalog.adopt_sources` gives them their prefixed ids, which
:class:`~assistant.rag.index.Stores` does once the vectors have been copied.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from assistant.types import Chunk

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    doc_id TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    source_root TEXT NOT NULL,
    path TEXT NOT NULL,
    doc_hash TEXT NOT NULL,
    title TEXT NOT NULL,
    module TEXT NOT NULL,
    language TEXT NOT NULL,
    chunk_count INTEGER NOT NULL,
    updated_at TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE TABLE IF NOT EXISTS chunks (
    chunk_id TEXT PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    title TEXT NOT NULL,
    module TEXT NOT NULL,
    language TEXT NOT NULL,
    section_id TEXT NOT NULL,
    section_path TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    content_hash TEXT NOT NULL,
    doc_hash TEXT NOT NULL,
    path TEXT NOT NULL,
    source TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS chunks_doc ON chunks(doc_id);
CREATE TABLE IF NOT EXISTS hidden (doc_id TEXT PRIMARY KEY);
"""

_CHUNK_COLUMNS = (
    'chunk_id, text, title, module, language, section_id, section_path, start, "end", '
    "content_hash, doc_hash, path, source, doc_id"
)

_DOCUMENT_COLUMNS = (
    "doc_id, source, source_root, path, doc_hash, title, module, language, chunk_count"
)

#: A catalogue of the first version stored the chunk's file path in ``source`` and
#: had no provenance; these statements bring it to the current schema. Rows keep
#: an empty ``source`` ("not adopted yet") until :meth:`Catalog.adopt_sources`.
_UPGRADE = (
    "ALTER TABLE chunks RENAME COLUMN source TO path",
    "ALTER TABLE chunks ADD COLUMN source TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE documents ADD COLUMN source TEXT NOT NULL DEFAULT ''",
)


def adopted_chunk_id(chunk_id: str, old_doc_id: str, new_doc_id: str) -> str:
    """The id a chunk takes when its document id gains a source prefix.

    Chunk ids are ``{doc_id}::{hash}::{n}``, so the adopted id is exactly the one
    a fresh ingest of the same text under ``new_doc_id`` would give.
    """
    if not chunk_id.startswith(old_doc_id + "::"):
        raise ValueError(f"chunk {chunk_id!r} does not belong to document {old_doc_id!r}")
    return new_doc_id + chunk_id[len(old_doc_id) :]


@dataclass(frozen=True)
class DocumentRecord:
    """The live version of one document.

    ``source`` is its provenance (the prefix of ``doc_id``; empty only for a row
    of an old catalogue not adopted yet); ``source_root`` the folder it was
    ingested from and ``path`` the file relative to that folder.
    """

    doc_id: str
    source: str
    source_root: str
    path: str
    doc_hash: str
    title: str
    module: str
    language: str
    chunk_count: int


def _row_to_chunk(row: sqlite3.Row) -> Chunk:
    return Chunk(
        chunk_id=row["chunk_id"],
        doc_id=row["doc_id"],
        text=row["text"],
        title=row["title"],
        module=row["module"],
        language=row["language"],
        section_id=row["section_id"],
        section_path=tuple(json.loads(row["section_path"])),
        start=row["start"],
        end=row["end"],
        content_hash=row["content_hash"],
        doc_hash=row["doc_hash"],
        source=row["source"],
        path=row["path"],
    )


class Catalog:
    """Thread-safe access to the catalogue database."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._lock = threading.RLock()
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA foreign_keys=ON")
        self._db.executescript(_SCHEMA)
        self._upgrade()

    def close(self) -> None:
        """Close the database connection."""
        with self._lock:
            self._db.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def _columns(self, table: str) -> set[str]:
        return {row["name"] for row in self._db.execute(f"PRAGMA table_info({table})")}

    def _upgrade(self) -> None:
        """Bring a catalogue written before document sources to the current schema."""
        if "source" in self._columns("documents"):
            return
        with self._transaction() as db:
            if "source" in self._columns("documents"):  # another process did it meanwhile
                return
            for statement in _UPGRADE:
                db.execute(statement)

    # -- metadata ---------------------------------------------------------
    def get_meta(self, key: str) -> str | None:
        """A value of the meta table, or None."""
        with self._lock:
            row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row["value"])

    def set_meta(self, key: str, value: str) -> None:
        """Set a value of the meta table."""
        with self._transaction() as db:
            db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))

    @property
    def generation(self) -> int:
        """Counter bumped by every committed change of live chunks."""
        return int(self.get_meta("generation") or 0)

    def _bump(self, db: sqlite3.Connection) -> None:
        db.execute(
            "INSERT INTO meta(key, value) VALUES ('generation', '1') "
            "ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1"
        )

    # -- documents --------------------------------------------------------
    def documents(self, source_root: str | None = None) -> dict[str, DocumentRecord]:
        """Live documents, optionally only those ingested from ``source_root``."""
        query = f"SELECT {_DOCUMENT_COLUMNS} FROM documents"
        params: tuple[str, ...] = ()
        if source_root is not None:
            query += " WHERE source_root = ?"
            params = (source_root,)
        with self._lock:
            rows = self._db.execute(query, params).fetchall()
        return {row["doc_id"]: DocumentRecord(**dict(row)) for row in rows}

    def replace_document(
        self, record: DocumentRecord, chunks: Iterable[Chunk], *, hide_new: bool = False
    ) -> list[str]:
        """Make ``chunks`` the live version of a document; return the replaced chunk ids.

        ``hide_new``: a document that was not live yet starts hidden, in the same
        transaction (so it is never visible, not even for a moment); a document
        that was live keeps its visibility.
        """
        with self._transaction() as db:
            if hide_new and db.execute(
                "SELECT 1 FROM documents WHERE doc_id = ?", (record.doc_id,)
            ).fetchone() is None:
                db.execute("INSERT OR IGNORE INTO hidden(doc_id) VALUES (?)", (record.doc_id,))
            old = [
                r["chunk_id"]
                for r in db.execute(
                    "SELECT chunk_id FROM chunks WHERE doc_id = ?", (record.doc_id,)
                )
            ]
            db.execute("DELETE FROM chunks WHERE doc_id = ?", (record.doc_id,))
            db.execute(
                f"INSERT OR REPLACE INTO documents({_DOCUMENT_COLUMNS}) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    record.doc_id,
                    record.source,
                    record.source_root,
                    record.path,
                    record.doc_hash,
                    record.title,
                    record.module,
                    record.language,
                    record.chunk_count,
                ),
            )
            db.executemany(
                f"INSERT INTO chunks(position, {_CHUNK_COLUMNS}) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        position,
                        c.chunk_id,
                        c.text,
                        c.title,
                        c.module,
                        c.language,
                        c.section_id,
                        json.dumps(list(c.section_path), ensure_ascii=False),
                        c.start,
                        c.end,
                        c.content_hash,
                        c.doc_hash,
                        c.path,
                        c.source,
                        c.doc_id,
                    )
                    for position, c in enumerate(chunks)
                ],
            )
            self._bump(db)
        return old

    def delete_document(self, doc_id: str) -> list[str]:
        """Remove a document; return the ids of the chunks it had."""
        with self._transaction() as db:
            old = [
                r["chunk_id"]
                for r in db.execute("SELECT chunk_id FROM chunks WHERE doc_id = ?", (doc_id,))
            ]
            db.execute("DELETE FROM documents WHERE doc_id = ?", (doc_id,))
            db.execute("DELETE FROM hidden WHERE doc_id = ?", (doc_id,))
            self._bump(db)
        return old

    # -- visibility -------------------------------------------------------
    def hidden(self) -> set[str]:
        """Ids of the live documents hidden from learners."""
        with self._lock:
            rows = self._db.execute(
                "SELECT h.doc_id FROM hidden h JOIN documents d ON d.doc_id = h.doc_id"
            ).fetchall()
        return {row[0] for row in rows}

    def set_hidden(self, doc_id: str, hidden: bool) -> bool:
        """Hide or show a live document; False when there is no such document."""
        with self._transaction() as db:
            if db.execute("SELECT 1 FROM documents WHERE doc_id = ?", (doc_id,)).fetchone() is None:
                return False
            if hidden:
                db.execute("INSERT OR IGNORE INTO hidden(doc_id) VALUES (?)", (doc_id,))
            else:
                db.execute("DELETE FROM hidden WHERE doc_id = ?", (doc_id,))
            # Not the generation: the chunks did not change, so no index is rebuilt.
            db.execute(
                "INSERT INTO meta(key, value) VALUES ('visibility', '1') "
                "ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1"
            )
        return True

    @property
    def visibility(self) -> int:
        """Counter bumped by every :meth:`set_hidden` (the generation is not)."""
        return int(self.get_meta("visibility") or 0)

    def updated(self) -> dict[str, str]:
        """When each live document's current version was recorded (UTC, ``YYYY-MM-DD HH:MM:SS``)."""
        with self._lock:
            rows = self._db.execute("SELECT doc_id, updated_at FROM documents").fetchall()
        return {row[0]: str(row[1]) for row in rows}

    def document_chunks(self, doc_id: str, limit: int | None = None) -> list[Chunk]:
        """The live chunks of one document in order, the first ``limit`` only if given."""
        with self._lock:
            rows = self._db.execute(
                f"SELECT {_CHUNK_COLUMNS} FROM chunks WHERE doc_id = ? ORDER BY position "
                "LIMIT ?",
                (doc_id, -1 if limit is None else limit),
            ).fetchall()
        return [_row_to_chunk(row) for row in rows]

    def legacy_documents(self) -> dict[str, DocumentRecord]:
        """Documents of an old catalogue that have no source yet (see :meth:`adopt_sources`)."""
        return {
            doc_id: record
            for doc_id, record in self.documents().items()
            if not record.source
        }

    def adopt_sources(self, plan: Mapping[str, tuple[str, str] | None]) -> int:
        """Give documents of an old catalogue their source and prefixed id, in one transaction.

        ``plan`` maps an unprefixed document id to ``(new_doc_id, source)``, or to
        None to drop the document (it would collide with another one). A document
        that is no longer unprefixed (another process adopted it) or whose new id
        is taken is left alone or dropped, so running this twice is harmless. The
        chunks take :func:`adopted_chunk_id` ids; their vectors must have been
        copied under those ids before. Returns the number of documents adopted.
        """
        adopted = changed = 0
        with self._transaction() as db:
            for old_id, target in plan.items():
                row = db.execute(
                    f"SELECT {_DOCUMENT_COLUMNS} FROM documents WHERE doc_id = ? AND source = ''",
                    (old_id,),
                ).fetchone()
                if row is None:
                    continue
                changed += 1
                taken = target is not None and db.execute(
                    "SELECT 1 FROM documents WHERE doc_id = ?", (target[0],)
                ).fetchone()
                if target is None or taken:
                    db.execute("DELETE FROM documents WHERE doc_id = ?", (old_id,))
                    continue
                new_id, source = target
                values = {**dict(row), "doc_id": new_id, "source": source}
                db.execute(
                    f"INSERT INTO documents({_DOCUMENT_COLUMNS}) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    tuple(values[name.strip()] for name in _DOCUMENT_COLUMNS.split(",")),
                )
                chunk_ids = [
                    r["chunk_id"]
                    for r in db.execute("SELECT chunk_id FROM chunks WHERE doc_id = ?", (old_id,))
                ]
                db.executemany(
                    "UPDATE chunks SET chunk_id = ?, doc_id = ?, source = ? WHERE chunk_id = ?",
                    [
                        (adopted_chunk_id(cid, old_id, new_id), new_id, source, cid)
                        for cid in chunk_ids
                    ],
                )
                db.execute("DELETE FROM documents WHERE doc_id = ?", (old_id,))
                adopted += 1
            if changed:
                self._bump(db)
        return adopted

    def clear(self) -> None:
        """Forget every document (used by a full rebuild)."""
        with self._transaction() as db:
            db.execute("DELETE FROM chunks")
            db.execute("DELETE FROM documents")
            db.execute("DELETE FROM hidden")
            self._bump(db)

    # -- chunks -----------------------------------------------------------
    def chunks(self) -> list[Chunk]:
        """Every live chunk, in document then position order."""
        with self._lock:
            rows = self._db.execute(
                f"SELECT {_CHUNK_COLUMNS} FROM chunks ORDER BY doc_id, position"
            ).fetchall()
        return [_row_to_chunk(row) for row in rows]

    def chunk_ids(self) -> set[str]:
        """Ids of every live chunk (without loading their text)."""
        with self._lock:
            return {row[0] for row in self._db.execute("SELECT chunk_id FROM chunks")}

    def chunk_count(self) -> int:
        """Number of live chunks."""
        with self._lock:
            return int(self._db.execute("SELECT COUNT(*) FROM chunks").fetchone()[0])
