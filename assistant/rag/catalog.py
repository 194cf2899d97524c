"""The ingest catalogue: which document versions are live, and their chunks.

SQLite (WAL) under the data directory. It is the single source of truth for
what is visible: the vector store may briefly hold vectors of a version being
written or of a version being removed, but the retriever only returns chunks
listed here. Replacing a document's chunks is one SQLite transaction, so an
interrupted ingest never shows a half-replaced document.

``generation`` increases with every committed change; the lexical index stores
the generation it was built from, which is how a stale one is detected.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from assistant.types import Chunk

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    doc_id TEXT PRIMARY KEY,
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
    source TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS chunks_doc ON chunks(doc_id);
"""

_CHUNK_COLUMNS = (
    'chunk_id, text, title, module, language, section_id, section_path, start, "end", '
    "content_hash, doc_hash, source, doc_id"
)


@dataclass(frozen=True)
class DocumentRecord:
    """The live version of one document."""

    doc_id: str
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
        query = (
            "SELECT doc_id, source_root, path, doc_hash, title, module, language, chunk_count "
            "FROM documents"
        )
        params: tuple[str, ...] = ()
        if source_root is not None:
            query += " WHERE source_root = ?"
            params = (source_root,)
        with self._lock:
            rows = self._db.execute(query, params).fetchall()
        return {row["doc_id"]: DocumentRecord(**dict(row)) for row in rows}

    def replace_document(self, record: DocumentRecord, chunks: Iterable[Chunk]) -> list[str]:
        """Make ``chunks`` the live version of a document; return the replaced chunk ids."""
        with self._transaction() as db:
            old = [
                r["chunk_id"]
                for r in db.execute(
                    "SELECT chunk_id FROM chunks WHERE doc_id = ?", (record.doc_id,)
                )
            ]
            db.execute("DELETE FROM chunks WHERE doc_id = ?", (record.doc_id,))
            db.execute(
                "INSERT OR REPLACE INTO documents(doc_id, source_root, path, doc_hash, title, "
                "module, language, chunk_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    record.doc_id,
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
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
            self._bump(db)
        return old

    def clear(self) -> None:
        """Forget every document (used by a full rebuild)."""
        with self._transaction() as db:
            db.execute("DELETE FROM chunks")
            db.execute("DELETE FROM documents")
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
