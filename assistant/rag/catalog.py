"""The ingest catalogue: which document versions are live, and their chunks.

It is the single source of truth for what is visible: the vector store may
briefly hold vectors of a version being written or of a version being removed,
but the retriever only returns chunks listed here. Replacing a document's
chunks is one transaction, so an interrupted ingest never shows a
half-replaced document.

Where it lives: by default a SQLite file (WAL) in the data directory, the same
file and tables as before this module used SQLAlchemy, so an existing
catalogue is simply opened. ``ASSISTANT_CATALOG_URL`` puts it in PostgreSQL
instead, so several app instances share one catalogue; everything an instance
derives from it (the BM25 index) is a cache rebuilt when the generation moves.
Writers take one lock for the whole transaction (SQLite's ``BEGIN IMMEDIATE``,
PostgreSQL's transaction advisory lock), so two instances never interleave the
replacement of a document.

``generation`` increases with every committed change, in the same transaction
as the change; the lexical index stores the generation it was built from, which
is how a stale one is detected.

An ingest *claims* the chunk ids whose vectors it is about to write, and listing
them ends the claim: the sweep of leftover vectors (another run, maybe on another
instance) removes only vectors that are neither listed nor claimed within
:data:`~assistant.rag.catalog_schema.CLAIM_LIFETIME` (a killed run's claims lapse).

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
import threading
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Engine

from assistant.config import Settings
from assistant.database import open_engine
from assistant.errors import ConfigError
from assistant.rag.catalog_schema import (
    CHUNK_COLUMNS,
    CLAIM_LIFETIME,
    DOCUMENT_COLUMNS,
    METADATA,
    UPGRADE,
    claims,
    documents,
    hidden_documents,
    meta,
)
from assistant.rag.catalog_schema import chunks as _chunks  # "chunks" is a parameter name here
from assistant.types import Chunk

_WRITE = "agora_catalog_write"  # execution option: this transaction will write
#: Key of the PostgreSQL advisory lock every catalogue writer holds (its own,
#: distinct from the learner store's, should both share one database).
_PG_WRITE_LOCK = 7424012


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


def _row_to_chunk(row: sa.RowMapping) -> Chunk:
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


def _chunk_row(position: int, chunk: Chunk) -> dict[str, Any]:
    return {
        "position": position,
        "chunk_id": chunk.chunk_id,
        "text": chunk.text,
        "title": chunk.title,
        "module": chunk.module,
        "language": chunk.language,
        "section_id": chunk.section_id,
        "section_path": json.dumps(list(chunk.section_path), ensure_ascii=False),
        "start": chunk.start,
        "end": chunk.end,
        "content_hash": chunk.content_hash,
        "doc_hash": chunk.doc_hash,
        "path": chunk.path,
        "source": chunk.source,
        "doc_id": chunk.doc_id,
    }


def _now(ago: timedelta = timedelta(0)) -> str:
    """The time a version is recorded, as SQLite's ``datetime('now')`` writes it (UTC)."""
    return (datetime.now(UTC) - ago).strftime("%Y-%m-%d %H:%M:%S")


def _sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # SQLAlchemy emits BEGIN itself (see _sqlite_begin); the driver must not.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _sqlite_begin(connection: Connection) -> None:
    # A writer takes the write lock when it starts, not at its first write, so
    # two writers never both read and then fail to upgrade their locks.
    immediate = connection.get_execution_options().get(_WRITE, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


class Catalog:
    """Thread-safe access to the catalogue database.

    ``Catalog(path)`` opens (or creates) the SQLite file at ``path``;
    ``Catalog(url=...)`` a catalogue at a SQLAlchemy URL (PostgreSQL, or SQLite).
    """

    def __init__(self, path: Path | None = None, *, url: str | None = None) -> None:
        if (path is None) == (url is None):
            raise TypeError("Catalog() takes a SQLite file path or a database URL, not both")
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.url = sa.URL.create("sqlite", database=str(path))
        else:
            try:
                self.url = sa.make_url(str(url))
            except sa.exc.ArgumentError as exc:
                raise ConfigError(
                    f"Invalid catalogue URL {url!r}: {exc}. Check ASSISTANT_CATALOG_URL "
                    "(e.g. postgresql+psycopg://user@host/db), or leave it empty for SQLite."
                ) from exc
        self.path = path
        self.dialect = self.url.get_backend_name()
        if self.dialect not in ("sqlite", "postgresql"):
            raise ConfigError(
                f"The catalogue cannot live in {self.dialect!r}. Check ASSISTANT_CATALOG_URL: "
                "use postgresql+psycopg://user@host/db, or leave it empty for SQLite."
            )
        #: Writers of this process queue here instead of timing out on the database lock.
        self._lock = threading.RLock()
        self._engine = self._create_engine()

    @classmethod
    def from_settings(cls, settings: Settings) -> Catalog:
        """The catalogue ``settings`` name: ``catalog_url``, or the SQLite file in ``data_dir``."""
        if settings.catalog_url:
            return cls(url=settings.catalog_url)
        return cls(settings.catalog_path)

    def describe(self) -> str:
        """Where the catalogue is, password hidden."""
        return self.url.render_as_string(hide_password=True)

    def _create_engine(self) -> Engine:
        options: dict[str, Any] = {}
        if self.dialect == "postgresql":
            options = {"pool_pre_ping": True}
        return open_engine(
            self.url, what="the ingest catalogue", where=self.describe(),
            setting="ASSISTANT_CATALOG_URL", prepare=self._prepare,
            sqlite_events={"connect": _sqlite_connect, "begin": _sqlite_begin}, **options,
        )

    def _prepare(self, engine: Engine) -> None:
        """Create missing tables and upgrade a pre-source catalogue, in one transaction."""
        with self._transaction(engine) as conn:
            METADATA.create_all(conn, checkfirst=True)
            columns = {c["name"] for c in sa.inspect(conn).get_columns("documents")}
            if "source" not in columns:  # another process may have done it: we hold the lock
                for statement in UPGRADE:
                    conn.exec_driver_sql(statement)

    def close(self) -> None:
        """Close every connection to the database."""
        with self._lock:
            self._engine.dispose()

    @contextmanager
    def _transaction(self, engine: Engine | None = None) -> Iterator[Connection]:
        """One write transaction, holding the catalogue's write lock throughout."""
        with self._lock, (engine or self._engine).connect() as conn:
            conn.execution_options(**{_WRITE: True})
            with conn.begin():
                if conn.dialect.name == "postgresql":
                    conn.execute(sa.select(sa.func.pg_advisory_xact_lock(_PG_WRITE_LOCK)))
                yield conn

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        with self._engine.connect() as conn:
            yield conn

    def _insert(self, table: sa.Table) -> Any:
        """INSERT with the dialect's ON CONFLICT clauses."""
        return (postgresql.insert if self.dialect == "postgresql" else sqlite.insert)(table)

    # -- metadata ---------------------------------------------------------
    def get_meta(self, key: str) -> str | None:
        """A value of the meta table, or None."""
        with self._read() as conn:
            value = conn.execute(sa.select(meta.c.value).where(meta.c.key == key)).scalar()
        return None if value is None else str(value)

    def set_meta(self, key: str, value: str) -> None:
        """Set a value of the meta table."""
        with self._transaction() as conn:
            statement = self._insert(meta).values(key=key, value=value)
            conn.execute(
                statement.on_conflict_do_update(
                    index_elements=[meta.c.key], set_={"value": statement.excluded.value}
                )
            )

    @property
    def generation(self) -> int:
        """Counter bumped by every committed change of live chunks."""
        return int(self.get_meta("generation") or 0)

    def _count(self, conn: Connection, key: str) -> None:
        """Add one to counter ``key`` in the caller's transaction (a row update, never a race)."""
        conn.execute(
            self._insert(meta)
            .values(key=key, value="1")
            .on_conflict_do_update(
                index_elements=[meta.c.key],
                set_={"value": sa.cast(sa.cast(meta.c.value, sa.Integer) + 1, sa.Text)},
            )
        )

    def _bump(self, conn: Connection) -> None:
        self._count(conn, "generation")

    # -- documents --------------------------------------------------------
    def documents(self, source_root: str | None = None) -> dict[str, DocumentRecord]:
        """Live documents, optionally only those ingested from ``source_root``."""
        query = sa.select(*(documents.c[name] for name in DOCUMENT_COLUMNS))
        if source_root is not None:
            query = query.where(documents.c.source_root == source_root)
        with self._read() as conn:
            rows = conn.execute(query).mappings().all()
        return {row["doc_id"]: DocumentRecord(**row) for row in rows}

    @staticmethod
    def _exists(conn: Connection, doc_id: str) -> bool:
        query = sa.select(documents.c.doc_id).where(documents.c.doc_id == doc_id)
        return conn.execute(query).first() is not None

    def _hide(self, conn: Connection, doc_id: str) -> None:
        conn.execute(
            self._insert(hidden_documents).values(doc_id=doc_id).on_conflict_do_nothing()
        )

    @staticmethod
    def _chunk_ids_of(conn: Connection, doc_id: str) -> list[str]:
        query = sa.select(_chunks.c.chunk_id).where(_chunks.c.doc_id == doc_id)
        return list(conn.execute(query).scalars())

    def replace_document(
        self, record: DocumentRecord, chunks: Iterable[Chunk], *, hide_new: bool = False
    ) -> list[str]:
        """Make ``chunks`` the live version of a document; return the replaced chunk ids.

        ``hide_new``: a document that was not live yet starts hidden, in the same
        transaction (so it is never visible, not even for a moment); a document
        that was live keeps its visibility.
        """
        rows = [_chunk_row(position, c) for position, c in enumerate(chunks)]
        with self._transaction() as conn:
            if hide_new and not self._exists(conn, record.doc_id):
                self._hide(conn, record.doc_id)
            old = self._chunk_ids_of(conn, record.doc_id)
            conn.execute(_chunks.delete().where(_chunks.c.doc_id == record.doc_id))
            conn.execute(documents.delete().where(documents.c.doc_id == record.doc_id))
            values = {name: getattr(record, name) for name in DOCUMENT_COLUMNS}
            conn.execute(documents.insert().values(**values, updated_at=_now()))
            if rows:
                conn.execute(_chunks.insert(), rows)
                listed = [row["chunk_id"] for row in rows]
                for i in range(0, len(listed), 1000):
                    conn.execute(claims.delete().where(claims.c.chunk_id.in_(listed[i : i + 1000])))
            self._bump(conn)
        return old

    def delete_document(self, doc_id: str) -> list[str]:
        """Remove a document; return the ids of the chunks it had."""
        with self._transaction() as conn:
            old = self._chunk_ids_of(conn, doc_id)
            conn.execute(_chunks.delete().where(_chunks.c.doc_id == doc_id))
            conn.execute(documents.delete().where(documents.c.doc_id == doc_id))
            conn.execute(hidden_documents.delete().where(hidden_documents.c.doc_id == doc_id))
            self._bump(conn)
        return old

    # -- visibility -------------------------------------------------------
    def hidden(self) -> set[str]:
        """Ids of the live documents hidden from learners."""
        query = sa.select(hidden_documents.c.doc_id).join(
            documents, documents.c.doc_id == hidden_documents.c.doc_id
        )
        with self._read() as conn:
            return set(conn.execute(query).scalars())

    def set_hidden(self, doc_id: str, hidden: bool) -> bool:
        """Hide or show a live document; False when there is no such document."""
        with self._transaction() as conn:
            if not self._exists(conn, doc_id):
                return False
            if hidden:
                self._hide(conn, doc_id)
            else:
                conn.execute(hidden_documents.delete().where(hidden_documents.c.doc_id == doc_id))
            # Not the generation: the chunks did not change, so no index is rebuilt.
            self._count(conn, "visibility")
        return True

    @property
    def visibility(self) -> int:
        """Counter bumped by every :meth:`set_hidden` (the generation is not)."""
        return int(self.get_meta("visibility") or 0)

    def updated(self) -> dict[str, str]:
        """When each live document's current version was recorded (UTC, ``YYYY-MM-DD HH:MM:SS``)."""
        with self._read() as conn:
            rows = conn.execute(sa.select(documents.c.doc_id, documents.c.updated_at)).all()
        return {row[0]: str(row[1]) for row in rows}

    def document_chunks(self, doc_id: str, limit: int | None = None) -> list[Chunk]:
        """The live chunks of one document in order, the first ``limit`` only if given."""
        query = (
            sa.select(*(_chunks.c[name] for name in CHUNK_COLUMNS))
            .where(_chunks.c.doc_id == doc_id)
            .order_by(_chunks.c.position)
        )
        if limit is not None:
            query = query.limit(limit)
        with self._read() as conn:
            rows = conn.execute(query).mappings().all()
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
        columns = [documents.c[name] for name in DOCUMENT_COLUMNS]
        with self._transaction() as conn:
            for old_id, target in plan.items():
                row = (
                    conn.execute(
                        sa.select(*columns).where(
                            documents.c.doc_id == old_id, documents.c.source == ""
                        )
                    )
                    .mappings()
                    .first()
                )
                if row is None:
                    continue
                changed += 1
                taken = target is not None and self._exists(conn, target[0])
                if target is None or taken:
                    conn.execute(_chunks.delete().where(_chunks.c.doc_id == old_id))
                    conn.execute(documents.delete().where(documents.c.doc_id == old_id))
                    continue
                new_id, source = target
                values = {**row, "doc_id": new_id, "source": source}
                conn.execute(documents.insert().values(**values, updated_at=_now()))
                renames = [
                    {
                        "new_id": adopted_chunk_id(cid, old_id, new_id),
                        "new_doc": new_id,
                        "new_source": source,
                        "old_id": cid,
                    }
                    for cid in self._chunk_ids_of(conn, old_id)
                ]
                if renames:
                    conn.execute(
                        _chunks.update()
                        .where(_chunks.c.chunk_id == sa.bindparam("old_id"))
                        .values(
                            chunk_id=sa.bindparam("new_id"),
                            doc_id=sa.bindparam("new_doc"),
                            source=sa.bindparam("new_source"),
                        ),
                        renames,
                    )
                conn.execute(documents.delete().where(documents.c.doc_id == old_id))
                adopted += 1
            if changed:
                self._bump(conn)
        return adopted

    def clear(self) -> None:
        """Forget every document (used by a full rebuild)."""
        with self._transaction() as conn:
            conn.execute(_chunks.delete())
            conn.execute(documents.delete())
            conn.execute(hidden_documents.delete())
            self._bump(conn)

    def reset(self) -> None:
        """Forget every document and setting, as deleting a SQLite catalogue file does.

        The counters are kept and moved on instead of going back to zero, so an
        instance whose caches were built from an earlier generation never takes
        the new, different content for the one it has.
        """
        with self._transaction() as conn:
            conn.execute(_chunks.delete())
            conn.execute(documents.delete())
            conn.execute(hidden_documents.delete())
            conn.execute(meta.delete().where(meta.c.key.not_in(("generation", "visibility"))))
            self._count(conn, "generation")
            self._count(conn, "visibility")

    # -- claims of vectors being written ------------------------------------
    def claim(self, chunk_ids: Iterable[str]) -> None:
        """Record that vectors of ``chunk_ids`` are about to be written (before writing them)."""
        rows = [{"chunk_id": cid, "claimed_at": _now()} for cid in dict.fromkeys(chunk_ids)]
        if not rows:
            return
        with self._transaction() as conn:
            statement = self._insert(claims)
            conn.execute(
                statement.on_conflict_do_update(
                    index_elements=[claims.c.chunk_id],
                    set_={"claimed_at": statement.excluded.claimed_at},
                ),
                rows,
            )

    def release(self, chunk_ids: Iterable[str]) -> None:
        """Drop the claims of ``chunk_ids`` (listed or given up); unknown ids are ignored."""
        ids = list(dict.fromkeys(chunk_ids))
        if not ids:
            return
        with self._transaction() as conn:
            for i in range(0, len(ids), 1000):
                conn.execute(claims.delete().where(claims.c.chunk_id.in_(ids[i : i + 1000])))

    def wanted_ids(self) -> set[str]:
        """Chunk ids whose vectors must be kept: listed, or claimed within :data:`CLAIM_LIFETIME`.

        Claims are read before the chunks: a claim that ends meanwhile ends by its
        chunks being listed (the same transaction), so no wanted id is missed.
        Read the vector store's ids *before* calling this.
        """
        recent = sa.select(claims.c.chunk_id).where(claims.c.claimed_at >= _now(CLAIM_LIFETIME))
        with self._read() as conn:
            wanted = set(conn.execute(recent).scalars())
        return wanted | self.chunk_ids()

    # -- chunks -----------------------------------------------------------
    def chunks(self) -> list[Chunk]:
        """Every live chunk, in document then position order."""
        query = sa.select(*(_chunks.c[name] for name in CHUNK_COLUMNS)).order_by(
            _chunks.c.doc_id, _chunks.c.position
        )
        with self._read() as conn:
            rows = conn.execute(query).mappings().all()
        return [_row_to_chunk(row) for row in rows]

    def chunk_ids(self) -> set[str]:
        """Ids of every live chunk (without loading their text)."""
        with self._read() as conn:
            return set(conn.execute(sa.select(_chunks.c.chunk_id)).scalars())

    def chunk_count(self) -> int:
        """Number of live chunks."""
        with self._read() as conn:
            return int(conn.execute(sa.select(sa.func.count()).select_from(_chunks)).scalar_one())
