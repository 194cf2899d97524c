"""The ingest catalogue on SQLite (the embedded default) and on PostgreSQL (shared).

Every behaviour test runs on both backends; the PostgreSQL cases are server
tests (a throw-away server from ``postgres_url``, one fresh database per test).
The last tests run two whole instances (catalogue, Chroma and BM25 cache each)
on one PostgreSQL catalogue: what one ingests or deletes, the other sees.
"""

from __future__ import annotations

import inspect
import re
import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from assistant.config import Settings, load_settings
from assistant.errors import BackendError, ConfigError
from assistant.rag.catalog import Catalog, DocumentRecord
from assistant.rag.embeddings import FakeEmbedder
from assistant.rag.index import Stores
from assistant.rag.ingest import Ingestor, ingest
from assistant.rag.retrieve import Retriever
from assistant.types import Chunk
from tests import test_ingest as ingest_cases

#: The schema the raw-sqlite3 catalogue created (before SQLAlchemy).
RAW_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE documents (
    doc_id TEXT PRIMARY KEY, source TEXT NOT NULL, source_root TEXT NOT NULL,
    path TEXT NOT NULL, doc_hash TEXT NOT NULL, title TEXT NOT NULL, module TEXT NOT NULL,
    language TEXT NOT NULL, chunk_count INTEGER NOT NULL,
    updated_at TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE TABLE chunks (
    chunk_id TEXT PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    position INTEGER NOT NULL, text TEXT NOT NULL, title TEXT NOT NULL, module TEXT NOT NULL,
    language TEXT NOT NULL, section_id TEXT NOT NULL, section_path TEXT NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, content_hash TEXT NOT NULL,
    doc_hash TEXT NOT NULL, path TEXT NOT NULL, source TEXT NOT NULL
);
CREATE INDEX chunks_doc ON chunks(doc_id);
CREATE TABLE hidden (doc_id TEXT PRIMARY KEY);
"""


def record(doc_id: str, count: int, source: str = "local") -> DocumentRecord:
    return DocumentRecord(
        doc_id=doc_id, source=source, source_root="/notes", path=f"{doc_id}.md",
        doc_hash=f"h-{doc_id}", title="Title", module="m1", language="en", chunk_count=count,
    )


def make_chunks(doc_id: str, texts: list[str], source: str = "local") -> list[Chunk]:
    return [
        Chunk(
            chunk_id=f"{doc_id}::{i:04x}::{i}", doc_id=doc_id, text=text, title="Title",
            module="m1", language="en", section_id=f"s{i}", section_path=("Title", "é ☂ س"),
            start=10 * i, end=10 * i + len(text), content_hash=f"c{i}", doc_hash=f"h-{doc_id}",
            source=source, path=f"{doc_id}.md",
        )
        for i, text in enumerate(texts)
    ]


def put(catalog: Catalog, doc_id: str, texts: list[str], **options: bool) -> list[str]:
    return catalog.replace_document(record(doc_id, len(texts)), make_chunks(doc_id, texts), **options)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.server)])
def open_catalog(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Callable[[], Catalog]]:
    """Opens one more instance of the same catalogue (closed at the end)."""
    opened: list[Catalog] = []
    url = request.getfixturevalue("fresh_database") if request.param == "postgresql" else None

    def opener() -> Catalog:
        catalog = Catalog(url=url) if url else Catalog(tmp_path / "data" / "catalog.sqlite3")
        opened.append(catalog)
        return catalog

    yield opener
    for catalog in opened:
        catalog.close()


def test_a_replaced_document_reads_back_whole(open_catalog):
    catalog = open_catalog()
    assert (catalog.generation, catalog.visibility, catalog.chunk_count()) == (0, 0, 0)
    assert put(catalog, "local:a", ["one", "two", "three"]) == []
    assert catalog.generation == 1
    assert catalog.documents() == {"local:a": record("local:a", 3)}
    assert catalog.documents(source_root="/elsewhere") == {}
    assert catalog.chunks() == make_chunks("local:a", ["one", "two", "three"])
    assert [c.text for c in catalog.document_chunks("local:a", limit=2)] == ["one", "two"]
    assert catalog.chunk_ids() == {c.chunk_id for c in catalog.chunks()}
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", catalog.updated()["local:a"])
    old = put(catalog, "local:a", ["uno"])
    assert sorted(old) == sorted(c.chunk_id for c in make_chunks("local:a", ["a", "b", "c"]))
    assert [c.text for c in catalog.chunks()] == ["uno"] and catalog.chunk_count() == 1
    assert catalog.generation == 2
    assert catalog.delete_document("local:a") == [make_chunks("local:a", ["uno"])[0].chunk_id]
    assert catalog.documents() == {} and catalog.generation == 3


def test_a_failed_replacement_keeps_the_old_version(open_catalog):
    catalog = open_catalog()
    put(catalog, "local:a", ["one", "two"])
    twice = make_chunks("local:a", ["x"]) * 2  # the same chunk id twice: the insert fails
    with pytest.raises(sa.exc.IntegrityError):
        catalog.replace_document(record("local:a", 2), twice)
    assert [c.text for c in catalog.chunks()] == ["one", "two"]
    assert catalog.generation == 1


def test_hidden_documents_and_the_visibility_counter(open_catalog):
    catalog = open_catalog()
    put(catalog, "instructor:a", ["one"], hide_new=True)
    put(catalog, "local:b", ["two"])
    assert catalog.hidden() == {"instructor:a"}
    put(catalog, "local:b", ["two again"], hide_new=True)  # already live: stays visible
    assert catalog.hidden() == {"instructor:a"}
    assert catalog.set_hidden("instructor:a", False) and catalog.hidden() == set()
    assert catalog.set_hidden("local:b", True) and catalog.hidden() == {"local:b"}
    assert not catalog.set_hidden("local:missing", True)
    assert (catalog.generation, catalog.visibility) == (3, 2)
    catalog.delete_document("local:b")
    put(catalog, "local:b", ["back"])
    assert catalog.hidden() == set()  # a deleted document forgets it was hidden


def test_meta_values_and_reset(open_catalog):
    catalog = open_catalog()
    assert catalog.get_meta("embedder") is None
    catalog.set_meta("embedder", "fake:64")
    catalog.set_meta("embedder", "fake:32")
    assert catalog.get_meta("embedder") == "fake:32"
    put(catalog, "local:a", ["one"], hide_new=True)
    catalog.set_hidden("local:a", False)
    before = (catalog.generation, catalog.visibility)
    catalog.reset()
    assert catalog.documents() == {} and catalog.chunk_count() == 0
    assert catalog.get_meta("embedder") is None
    # The counters move on, never back: a cache of generation 1 is not taken as current.
    assert (catalog.generation, catalog.visibility) == (before[0] + 1, before[1] + 1)
    put(catalog, "local:b", ["two"])
    catalog.clear()
    assert catalog.chunk_count() == 0 and catalog.generation == before[0] + 3


def test_old_documents_adopt_their_sources_once(open_catalog):
    catalog = open_catalog()
    catalog.replace_document(record("en/a", 2, source=""), make_chunks("en/a", ["x", "y"], ""))
    catalog.replace_document(record("en/b", 1, source=""), make_chunks("en/b", ["z"], ""))
    assert set(catalog.legacy_documents()) == {"en/a", "en/b"}
    plan = {"en/a": ("course:en/a", "course"), "en/b": None}
    generation = catalog.generation
    assert catalog.adopt_sources(plan) == 1
    assert set(catalog.documents()) == {"course:en/a"} and not catalog.legacy_documents()
    assert {c.chunk_id for c in catalog.chunks()} == {
        "course:en/a::0000::0", "course:en/a::0001::1"
    }
    assert {c.source for c in catalog.chunks()} == {"course"}
    assert catalog.generation == generation + 1
    assert catalog.adopt_sources(plan) == 0 and catalog.generation == generation + 1


def test_claimed_vectors_are_wanted_until_listed_released_or_lapsed(open_catalog, monkeypatch):
    first, second = open_catalog(), open_catalog()
    writing = make_chunks("local:a", ["one", "two"])
    first.claim(c.chunk_id for c in writing)
    assert second.wanted_ids() == {c.chunk_id for c in writing}
    assert second.generation == 0  # a claim changes nothing visible
    first.replace_document(record("local:a", 1), writing[:1])  # listing ends its claim
    first.release([writing[0].chunk_id])
    assert second.wanted_ids() == {c.chunk_id for c in writing}
    first.release(c.chunk_id for c in writing)
    assert second.wanted_ids() == {writing[0].chunk_id} == second.chunk_ids()
    from assistant.rag import catalog as module

    monkeypatch.setattr(module, "_now", lambda ago=None: "2000-01-01 00:00:00")
    first.claim(["local:killed::0000::0"])  # a claim of a run killed long ago
    monkeypatch.undo()
    assert second.wanted_ids() == {writing[0].chunk_id}


def test_a_second_instance_sees_every_committed_change(open_catalog):
    first, second = open_catalog(), open_catalog()
    put(first, "local:a", ["one"])
    assert second.generation == 1 and [c.text for c in second.chunks()] == ["one"]
    second.delete_document("local:a")
    assert first.generation == 2 and first.chunk_ids() == set()


def test_concurrent_writers_never_lose_a_generation(open_catalog):
    instances = [open_catalog() for _ in range(3)]
    errors: list[BaseException] = []

    def write(catalog: Catalog, name: str) -> None:
        try:
            for i in range(8):
                put(catalog, f"local:{name}", [f"{name} {i}", "shared words"])
                catalog.set_hidden(f"local:{name}", i % 2 == 0)
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [
        threading.Thread(target=write, args=(c, n))
        for c, n in zip(instances * 2, "abcdef", strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert instances[0].generation == 6 * 8 and instances[1].visibility == 6 * 8
    assert instances[2].chunk_count() == 12


def test_a_catalogue_file_of_the_raw_sqlite_version_opens_and_stays_readable(tmp_path):
    path = tmp_path / "catalog.sqlite3"
    raw = sqlite3.connect(path)
    raw.executescript(RAW_SCHEMA)
    raw.execute("INSERT INTO meta VALUES ('generation', '4'), ('embedder', 'fake:64')")
    raw.execute(
        "INSERT INTO documents(doc_id, source, source_root, path, doc_hash, title, module, "
        "language, chunk_count) VALUES ('local:a', 'local', '/notes', 'local:a.md', 'h-local:a', "
        "'Title', 'm1', 'en', 1)"
    )
    (old,) = make_chunks("local:a", ["one"])
    raw.execute(
        "INSERT INTO chunks VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (old.chunk_id, old.doc_id, old.text, old.title, old.module, old.language,
         old.section_id, '["Title", "é ☂ س"]', old.start, old.end, old.content_hash,
         old.doc_hash, old.path, old.source),
    )
    raw.commit()
    raw.close()
    catalog = Catalog(path)
    assert catalog.generation == 4 and catalog.chunks() == [old]
    assert catalog.documents() == {"local:a": record("local:a", 1)}
    put(catalog, "local:b", ["two"])
    catalog.close()
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert raw.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()[0] == "5"
    assert raw.execute("SELECT COUNT(*) FROM chunks").fetchone()[0] == 2
    raw.close()


def test_catalogue_urls_are_checked():
    with pytest.raises(ConfigError, match="ASSISTANT_CATALOG_URL"):
        Catalog(url="not a url")
    with pytest.raises(ConfigError, match="postgresql"):
        Catalog(url="mysql://user@127.0.0.1/db")
    with pytest.raises(BackendError, match="ASSISTANT_CATALOG_URL"):
        Catalog(url="postgresql+psycopg://nobody:x@127.0.0.1:1/none")
    assert load_settings(catalog_url="").catalog_url is None


# -- two instances on one PostgreSQL catalogue ----------------------------------------------


def instance(tmp_path: Path, name: str, url: str | None, corpus: Path) -> Settings:
    """Settings of one app instance: its own data directory (Chroma, BM25 cache)."""
    return load_settings(
        data_dir=tmp_path / name, embedder="fake", corpus_dir=corpus, catalog_url=url
    )


def notes(tmp_path: Path) -> Path:
    folder = tmp_path / "notes"
    (folder / "en").mkdir(parents=True)
    (folder / "en" / "zebra-crossings.md").write_text(
        "# Zebra crossings\n\nA zebra crossing gives pedestrians priority over cars.\n", "utf-8"
    )
    return folder


@pytest.mark.server
def test_two_instances_share_one_postgresql_catalogue(
    fresh_database, tmp_path, corpus, monkeypatch
):
    # One Chroma for both, as a Chroma server would be; each keeps its own BM25 cache.
    monkeypatch.setattr(Settings, "index_dir", property(lambda _self: tmp_path / "chroma"))
    embedder = FakeEmbedder()
    one = instance(tmp_path, "one", fresh_database, corpus)
    two = instance(tmp_path, "two", fresh_database, corpus)
    ingest(one, embedder, corpus)
    stores = Stores(two, embedder)
    retriever = Retriever(two, embedder, stores)
    assert stores.lexical.search("zebra pedestrians", "en", 5) == []
    before = stores.catalog.generation

    folder = notes(tmp_path)
    report = Ingestor(one, embedder).run(folder)
    assert report.added == ["local:en/zebra-crossings"]
    assert stores.catalog.generation > before
    # The second instance's next search notices the new generation and rebuilds its BM25 cache.
    hits = retriever.search("zebra crossing pedestrians", 5).hits
    assert hits and hits[0].chunk.doc_id == "local:en/zebra-crossings"
    assert stores.lexical.generation == stores.catalog.generation
    lexical = stores.lexical.search("zebra pedestrians", "en", 5)
    assert [cid.split("::")[0] for cid, _ in lexical] == ["local:en/zebra-crossings"]
    assert (tmp_path / "two" / "lexical" / "stamp.json").is_file()

    (folder / "en" / "zebra-crossings.md").unlink()
    assert Ingestor(one, embedder).run(folder).deleted == ["local:en/zebra-crossings"]
    hits = retriever.search("zebra crossing pedestrians", 5).hits
    assert all(h.chunk.doc_id != "local:en/zebra-crossings" for h in hits)
    assert stores.lexical.search("zebra pedestrians", "en", 5) == []


@pytest.mark.server
def test_a_sweep_deletes_only_what_the_shared_catalogue_calls_dead(
    fresh_database, tmp_path, corpus
):
    # One data directory (one Chroma) on the shared catalogue: a course run sweeps
    # course vectors the catalogue does not list, and nothing the catalogue lists.
    embedder = FakeEmbedder()
    shared = instance(tmp_path, "shared", fresh_database, corpus)
    ingest(shared, embedder, corpus)
    Ingestor(shared, embedder).run(notes(tmp_path))
    stores = Stores(shared, embedder)
    live = stores.catalog.chunk_ids()
    assert any(i.startswith("local:") for i in live)
    dead = make_chunks("course:en/gone", ["left by a killed ingest"], "course")
    # Another source's ingest (another instance) may be writing these right now.
    writing = make_chunks("local:en/being-written", ["not committed yet"])
    # Another instance's course ingest is writing these: it claimed them first.
    claimed = make_chunks("course:en/being-written", ["claimed, not committed yet"], "course")
    stores.catalog.claim([claimed[0].chunk_id])
    for part in (dead, writing, claimed):
        stores.vectors.add(part, embedder.embed_documents([c.text for c in part]))
    ingest(shared, embedder, corpus)
    assert stores.vectors.all_ids() == live | {writing[0].chunk_id, claimed[0].chunk_id}
    stores.catalog.release([claimed[0].chunk_id])  # that ingest failed before listing them
    ingest(shared, embedder, corpus)
    assert stores.vectors.all_ids() == live | {writing[0].chunk_id}


def test_reset_index_empties_a_server_catalogue_and_moves_its_generation(
    open_catalog, tmp_path, corpus, monkeypatch
):
    from assistant.rag import index

    catalog = open_catalog()
    put(catalog, "local:a", ["one"])
    url = None if catalog.dialect == "sqlite" else catalog.url.render_as_string(False)
    settings = instance(tmp_path, "data", url, corpus)
    monkeypatch.setattr(index, "drop_collection", lambda _settings: None)
    catalog.close()
    index.reset_index(settings)
    after = open_catalog()
    assert after.chunk_count() == 0
    assert after.generation == (0 if after.dialect == "sqlite" else 2)


# -- the ingest tests, with the catalogue in PostgreSQL ---------------------------------------

INGEST_CASES = [
    case for name, case in sorted(vars(ingest_cases).items())
    if name.startswith("test_") and callable(case)
]


@pytest.mark.server
@pytest.mark.parametrize("case", INGEST_CASES, ids=lambda case: case.__name__[5:])
def test_ingest_case_with_a_postgresql_catalogue(case, request, fresh_database, monkeypatch):
    """Each test of ``tests/test_ingest.py`` (the kill tests included) on a server catalogue."""
    monkeypatch.setenv("ASSISTANT_CATALOG_URL", fresh_database)
    settings = request.getfixturevalue("fake_settings")
    given = {"fake_settings": settings.model_copy(update={"catalog_url": fresh_database})}
    for name in inspect.signature(case).parameters:
        given.setdefault(name, request.getfixturevalue(name))
    case(**given)
    assert not settings.catalog_path.exists()  # everything went to the server
