"""The tables of the ingest catalogue (see :mod:`assistant.rag.catalog`), on their own metadata.

Portable SQLAlchemy Core, for SQLite and PostgreSQL. On SQLite the tables,
columns and column order are those the raw-``sqlite3`` catalogue of earlier
versions created, so its files open unchanged (they gain the ``claims`` table,
which that code never reads); :data:`UPGRADE` brings the first, pre-source
layout to this one.
"""

from __future__ import annotations

from datetime import timedelta

import sqlalchemy as sa

METADATA = sa.MetaData()

meta = sa.Table(
    "meta",
    METADATA,
    sa.Column("key", sa.Text, primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)
documents = sa.Table(
    "documents",
    METADATA,
    sa.Column("doc_id", sa.Text, primary_key=True),
    sa.Column("source", sa.Text, nullable=False),
    sa.Column("source_root", sa.Text, nullable=False),
    sa.Column("path", sa.Text, nullable=False),
    sa.Column("doc_hash", sa.Text, nullable=False),
    sa.Column("title", sa.Text, nullable=False),
    sa.Column("module", sa.Text, nullable=False),
    sa.Column("language", sa.Text, nullable=False),
    sa.Column("chunk_count", sa.Integer, nullable=False),
    # Text, not a timestamp: the old files hold SQLite's "YYYY-MM-DD HH:MM:SS".
    sa.Column("updated_at", sa.Text, nullable=False, server_default=sa.text("CURRENT_TIMESTAMP")),
)
chunks = sa.Table(
    "chunks",
    METADATA,
    sa.Column("chunk_id", sa.Text, primary_key=True),
    sa.Column(
        "doc_id", sa.Text, sa.ForeignKey("documents.doc_id", ondelete="CASCADE"), nullable=False
    ),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("title", sa.Text, nullable=False),
    sa.Column("module", sa.Text, nullable=False),
    sa.Column("language", sa.Text, nullable=False),
    sa.Column("section_id", sa.Text, nullable=False),
    sa.Column("section_path", sa.Text, nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("content_hash", sa.Text, nullable=False),
    sa.Column("doc_hash", sa.Text, nullable=False),
    sa.Column("path", sa.Text, nullable=False),
    sa.Column("source", sa.Text, nullable=False),
    sa.Index("chunks_doc", "doc_id"),
)
hidden_documents = sa.Table(
    "hidden", METADATA, sa.Column("doc_id", sa.Text, primary_key=True)
)
#: Chunk ids whose vectors an ingest is writing but has not listed yet: the
#: sweep of another ingest (another instance) must leave them alone. A claim
#: older than :data:`CLAIM_LIFETIME` is a killed run's, and its vectors are dead.
claims = sa.Table(
    "claims",
    METADATA,
    sa.Column("chunk_id", sa.Text, primary_key=True),
    sa.Column("claimed_at", sa.Text, nullable=False),  # UTC, "YYYY-MM-DD HH:MM:SS"
)

CHUNK_COLUMNS = (
    "chunk_id", "text", "title", "module", "language", "section_id", "section_path", "start",
    "end", "content_hash", "doc_hash", "path", "source", "doc_id",
)
DOCUMENT_COLUMNS = (
    "doc_id", "source", "source_root", "path", "doc_hash", "title", "module", "language",
    "chunk_count",
)

#: A catalogue of the first version (always SQLite) stored the chunk's file path
#: in ``source`` and had no provenance; these statements bring it to the current
#: schema. Rows keep an empty ``source`` ("not adopted yet") until
#: :meth:`Catalog.adopt_sources`.
UPGRADE = (
    "ALTER TABLE chunks RENAME COLUMN source TO path",
    "ALTER TABLE chunks ADD COLUMN source TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE documents ADD COLUMN source TEXT NOT NULL DEFAULT ''",
)

#: How long a claim protects vectors from the sweep: far longer than writing a
#: run's vectors and committing them takes (they are claimed after embedding).
CLAIM_LIFETIME = timedelta(hours=1)
