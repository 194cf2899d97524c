"""Document provenance: the course, instructor material and other folders never mix.

The outside review's attack: a folder holding a file at a course module's
relative path (``en/data-minimisation.md``) used to replace the module (report:
``updated``), so the assistant quoted the new text as the course, and a later
ingest of that folder could delete the module altogether.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from contextlib import closing
from dataclasses import replace

import numpy as np
import pytest

from assistant.cli import main
from assistant.errors import ConfigError
from assistant.rag.answer import Assistant
from assistant.rag.embeddings import FakeEmbedder
from assistant.rag.generate import ExtractiveGenerator
from assistant.rag.index import Stores
from assistant.rag.ingest import Ingestor, ingest
from assistant.rag.retrieve import Retriever
from assistant.types import SOURCES, Answer, Citation, make_doc_id, path_id, split_doc_id
from assistant.web.chat import render_answer

EVIL = "Data minimisation means collecting every personal detail you can and keeping it forever."
COURSE_TEXT = "an agency collects only the personal data it needs"
QUESTION = "What does data minimisation mean?"


class CountingEmbedder(FakeEmbedder):
    """The fake embedder, counting the texts it embeds."""

    def __init__(self) -> None:
        super().__init__(64)
        self.embedded = 0

    def embed_documents(self, texts):
        self.embedded += len(texts)
        return super().embed_documents(texts)


def evil_folder(tmp_path, name="evil"):
    """A folder whose file has the relative path of a course module."""
    folder = tmp_path / name
    (folder / "en").mkdir(parents=True)
    (folder / "en" / "data-minimisation.md").write_text(
        "---\ntitle: Data minimisation in public services\nlanguage: en\n---\n"
        "# Data minimisation in public services\n\n"
        f"## What minimisation means {{#what-it-means}}\n\n{EVIL}\n",
        "utf-8",
    )
    return folder


def notes_folder(tmp_path):
    """A folder of documents that the course does not have."""
    folder = tmp_path / "notes"
    (folder / "en").mkdir(parents=True)
    (folder / "en" / "retention-notes.md").write_text(
        "# Retention notes\n\nData minimisation means keeping records only as long as needed.\n",
        "utf-8",
    )
    return folder


def live(settings, embedder):
    stores = Stores(settings, embedder)
    return stores.catalog.documents(), stores.catalog.chunks()


# -- the attack ---------------------------------------------------------------


def test_a_colliding_file_cannot_replace_a_course_module(fake_settings, corpus, tmp_path):
    embedder = FakeEmbedder()
    ingest(fake_settings, embedder, corpus)
    course_before = {
        c.chunk_id: c.text
        for c in live(fake_settings, embedder)[1]
        if c.doc_id == "course:en/data-minimisation"
    }

    report = Ingestor(fake_settings, embedder).run(evil_folder(tmp_path))

    assert report.source == "local"
    assert report.updated == [] and report.deleted == []
    assert report.added == ["local:en/data-minimisation"]
    assert report.conflicts == {
        "en/data-minimisation.md": "also exists in the course (course:en/data-minimisation); "
        "kept separately as local:en/data-minimisation"
    }
    assert "1 conflicts" in report.summary()
    docs, chunks = live(fake_settings, embedder)
    # The course module is untouched, chunk for chunk.
    assert {
        c.chunk_id: c.text for c in chunks if c.doc_id == "course:en/data-minimisation"
    } == course_before
    assert any(COURSE_TEXT in text for text in course_before.values())
    assert docs["course:en/data-minimisation"].source == "course"
    # The new text lives only under its own source.
    evil = [c for c in chunks if EVIL in c.text]
    assert evil and {(c.doc_id, c.source) for c in evil} == {
        ("local:en/data-minimisation", "local")
    }


def test_the_colliding_text_is_never_cited_as_the_course(fake_settings, corpus, tmp_path):
    embedder = FakeEmbedder()
    ingest(fake_settings, embedder, corpus)
    Ingestor(fake_settings, embedder).run(evil_folder(tmp_path))
    retriever = Retriever(fake_settings, embedder)
    hits = retriever.search(QUESTION, 5).hits
    assert any(EVIL in h.chunk.text for h in hits)  # it is found, and labelled
    assert all(h.source == "local" for h in hits if EVIL in h.chunk.text)
    assert any(h.source == "course" and COURSE_TEXT in h.chunk.text for h in hits)

    answer = Assistant(fake_settings, retriever, ExtractiveGenerator(embedder)).ask(QUESTION)
    assert answer.citations
    for citation in answer.citations:
        expected = "local" if EVIL in citation.passage else "course"
        assert citation.source == expected
        assert citation.document.startswith(f"{expected}:")
    html = render_answer(Answer(answer.text, "en", True, answer.citations))
    if any(c.source == "local" for c in answer.citations):
        assert "local document" in html


def test_ingesting_another_folder_never_deletes_course_documents(fake_settings, corpus, tmp_path):
    embedder = FakeEmbedder()
    ingest(fake_settings, embedder, corpus)
    course = {d for d in live(fake_settings, embedder)[0] if d.startswith("course:")}
    evil = evil_folder(tmp_path)
    Ingestor(fake_settings, embedder).run(evil)
    # The colliding file leaves the folder: only the folder's own document goes.
    (evil / "en" / "data-minimisation.md").unlink()
    (evil / "en" / "other.md").write_text("# Other\n\nSomething else entirely.\n", "utf-8")
    report = Ingestor(fake_settings, embedder).run(evil)
    assert report.deleted == ["local:en/data-minimisation"]
    assert report.added == ["local:en/other"]
    docs, chunks = live(fake_settings, embedder)
    assert course <= set(docs)
    assert any(COURSE_TEXT in c.text for c in chunks if c.source == "course")
    stores = Stores(fake_settings, embedder)
    assert stores.vectors.all_ids() == stores.catalog.chunk_ids()


def test_ingesting_the_course_never_deletes_other_sources(fake_settings, corpus, tmp_path):
    embedder = FakeEmbedder()
    Ingestor(fake_settings, embedder).run(evil_folder(tmp_path), source="instructor")
    (corpus / "fr" / "minimisation.md").unlink()
    report = ingest(fake_settings, embedder, corpus)
    assert report.source == "course" and report.deleted == []
    assert "instructor:en/data-minimisation" in live(fake_settings, embedder)[0]
    # ... and the course run deletes its own missing files only.
    ingest(fake_settings, embedder, corpus)
    (corpus / "en" / "street-lighting.md").unlink()
    assert ingest(fake_settings, embedder, corpus).deleted == ["course:en/street-lighting"]


def test_the_leftover_sweep_keeps_to_its_own_source(fake_settings, corpus, tmp_path):
    embedder = FakeEmbedder()
    ingest(fake_settings, embedder, corpus)
    stores = Stores(fake_settings, embedder)
    course = stores.catalog.chunks()[0]
    # Vectors of a course ingest still in flight (written, not yet committed),
    # and one an old version's interrupted run left.
    in_flight = [replace(course, chunk_id="course:en/new::000000000000::0000"),
                 replace(course, chunk_id="en/old::000000000000::0000")]
    stores.vectors.add(in_flight, embedder.embed_documents(["a", "b"]))
    Ingestor(fake_settings, embedder).run(notes_folder(tmp_path))
    left = Stores(fake_settings, embedder).vectors.all_ids()
    assert "course:en/new::000000000000::0000" in left
    assert "en/old::000000000000::0000" not in left
    ingest(fake_settings, embedder, corpus)
    stores = Stores(fake_settings, embedder)
    assert stores.vectors.all_ids() == stores.catalog.chunk_ids()


def test_two_local_folders_never_sweep_each_other(fake_settings, corpus, tmp_path):
    embedder = FakeEmbedder()
    first = evil_folder(tmp_path, "first")
    second = tmp_path / "second"
    (second / "notes").mkdir(parents=True)
    (second / "notes" / "a.md").write_text("# A\n\nAlpha notes.\n", "utf-8")
    Ingestor(fake_settings, embedder).run(first)
    report = Ingestor(fake_settings, embedder).run(second)
    assert report.deleted == []
    assert {"local:en/data-minimisation", "local:notes/a"} <= set(live(fake_settings, embedder)[0])


def test_a_course_subfolder_ingest_only_sweeps_that_subfolder(fake_settings, corpus):
    embedder = FakeEmbedder()
    ingest(fake_settings, embedder, corpus)
    (corpus / "en" / "street-lighting.md").unlink()
    report = ingest(fake_settings, embedder, corpus / "fr")
    assert report.source == "course"
    assert report.unchanged == ["course:fr/minimisation"]  # ids stay relative to the course
    assert report.deleted == []
    report = ingest(fake_settings, embedder, corpus / "en")
    assert report.deleted == ["course:en/street-lighting"]
    assert "course:es/minimizacion" in live(fake_settings, embedder)[0]


# -- ids ------------------------------------------------------------------------


def test_ids_carry_the_source_and_are_stable(fake_settings, corpus, tmp_path):
    embedder = CountingEmbedder()
    ingest(fake_settings, embedder, corpus)
    Ingestor(fake_settings, embedder).run(evil_folder(tmp_path), source="instructor")
    docs, chunks = live(fake_settings, embedder)
    assert {split_doc_id(d)[0] for d in docs} == {"course", "instructor"}
    for record in docs.values():
        assert record.doc_id == f"{record.source}:{split_doc_id(record.doc_id)[1]}"
    for chunk in chunks:
        assert chunk.chunk_id.startswith(chunk.doc_id + "::")
        assert chunk.doc_id.startswith(chunk.source + ":")
    metadata = Stores(fake_settings, embedder).vectors.collection.get(include=["metadatas"])
    assert {m["source"] for m in metadata["metadatas"]} == {"course", "instructor"}
    # Re-ingesting the same text keeps every id and embeds nothing.
    again = CountingEmbedder()
    ingest(fake_settings, again, corpus)
    Ingestor(fake_settings, again).run(tmp_path / "evil", source="instructor")
    assert again.embedded == 0
    assert [c.chunk_id for c in live(fake_settings, again)[1]] == [c.chunk_id for c in chunks]


@pytest.mark.parametrize(
    ("relative", "expected"),
    [
        ("en/04-data-governance", "en/04-data-governance"),
        ("ar/تقليل-البيانات", "ar/تقليل-البيانات"),
        ("fr/re\u0301sume\u0301", "fr/résumé"),  # decomposed (macOS) -> composed
        ("a:b", "a%3Ab"),
        ("course:en/x", "course%3Aen/x"),
        ("50%#top", "50%25%23top"),
        ("evil\u202egnp", "evil%E2%80%AEgnp"),  # right-to-left override
        ("tab\there", "tab%09here"),
    ],
)
def test_path_ids_are_safe_for_chroma_sqlite_and_people(relative, expected):
    assert path_id(relative) == expected
    assert split_doc_id(make_doc_id("local", relative)) == ("local", expected)


def test_path_ids_never_collide():
    names = ["a:b", "a%3Ab", "a b", "a_b", "a/b", "a%2Fb", "é", "e\u0301x", "ex"]
    assert len({path_id(n) for n in names}) == len(names)
    with pytest.raises(ValueError, match="course, instructor, local"):
        make_doc_id("teacher", "x")
    assert SOURCES == ("course", "instructor", "local")


def test_ids_with_odd_characters_round_trip_through_the_index(fake_settings, corpus, tmp_path):
    folder = tmp_path / "odd"
    folder.mkdir()
    (folder / "50% off: notes #1.md").write_text("# Odd\n\nStreetlight repairs.\n", "utf-8")
    embedder = FakeEmbedder()
    report = Ingestor(fake_settings, embedder).run(folder)
    assert report.added == ["local:50%25 off%3A notes %231"]
    hits = Retriever(fake_settings, embedder).search("streetlight repairs", 10).hits
    assert "local:50%25 off%3A notes %231" in {h.chunk.doc_id for h in hits}
    assert Ingestor(fake_settings, embedder).run(folder).unchanged == report.added


# -- who may speak as the course ---------------------------------------------


def test_only_the_course_folder_may_be_ingested_as_the_course(fake_settings, corpus, tmp_path):
    embedder = FakeEmbedder()
    ingest(fake_settings, embedder, corpus)
    before = live(fake_settings, embedder)[1]
    evil = evil_folder(tmp_path)
    with pytest.raises(ConfigError, match="Only the course folder") as info:
        Ingestor(fake_settings, FakeEmbedder()).run(evil, source="course")
    assert "--source local" in str(info.value)
    with pytest.raises(ConfigError, match="Unknown source 'teacher'"):
        Ingestor(fake_settings, FakeEmbedder()).run(evil, source="teacher")
    with pytest.raises(ConfigError, match="--rebuild"):  # it would drop the course
        ingest(fake_settings, embedder, evil, rebuild=True)
    assert live(fake_settings, embedder)[1] == before  # refused before touching anything


@pytest.fixture
def fake_env(monkeypatch, corpus):
    monkeypatch.setenv("ASSISTANT_EMBEDDER", "fake")
    monkeypatch.setenv("ASSISTANT_CORPUS_DIR", str(corpus))
    return corpus


def test_cli_source_option(fake_env, tmp_path, capsys):
    evil = evil_folder(tmp_path)
    assert main(["ingest", str(evil), "--source", "course"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: Only the course folder") and err.count("\n") == 1

    assert main(["ingest", str(fake_env), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["source"] == "course"
    assert main(["ingest", str(evil)]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("local: 1 added")
    assert (
        "conflict: en/data-minimisation.md also exists in the course "
        "(course:en/data-minimisation); kept separately as local:en/data-minimisation"
    ) in err
    assert main(["ingest", str(evil), "--source", "instructor", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["added"] == ["instructor:en/data-minimisation"]
    assert list(report["conflicts"]) == ["en/data-minimisation.md"]

    assert main(["ask", QUESTION, "--json"]) == 0
    citations = json.loads(capsys.readouterr().out)["citations"]
    assert citations and all(c["source"] in SOURCES for c in citations)
    assert all(c["document"].startswith(c["source"] + ":") for c in citations)


# -- what learners see ----------------------------------------------------------


def cite(source, language="en", document="en/doc"):
    doc_id = f"{source}:{document}"
    return Citation(1, doc_id, "sec", "Section", "Title", language, "s", "p", source)


def test_course_citations_look_as_before():
    html = render_answer(Answer("A [1]", "en", True, (cite("course"),)))
    title = "[1] <bdi lang='en' dir='ltr'>Title — Section</bdi></summary>"
    assert title in html and "<code>en/doc#sec</code>" in html
    assert "instructor" not in html
    old = Citation(1, "en/doc", "sec", "Section", "Title", "en", "s", "p")  # before sources
    assert old.source == "course"
    assert render_answer(Answer("A [1]", "en", True, (old,))) == html


@pytest.mark.parametrize(
    ("language", "instructor", "local"),
    [
        ("en", "instructor material", "local document"),
        ("fr", "document du formateur", "document local"),
        ("es", "material del instructor", "documento local"),
        ("pt", "material do formador", "documento local"),
        ("ar", "مادة من المدرّب", "مستند محلي"),
    ],
)
def test_other_sources_are_labelled_in_the_answer_language(language, instructor, local):
    html = render_answer(
        Answer("A [1] [2]", language, True, (cite("instructor", language), cite("local", language)))
    )
    assert f" · <span class='citation-source'>{instructor}</span>" in html
    assert f" · <span class='citation-source'>{local}</span>" in html
    assert "instructor:en/doc#sec" in html and "local:en/doc#sec" in html


# -- catalogues written before sources ------------------------------------------

LEGACY_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE documents (
    doc_id TEXT PRIMARY KEY, source_root TEXT NOT NULL, path TEXT NOT NULL,
    doc_hash TEXT NOT NULL, title TEXT NOT NULL, module TEXT NOT NULL,
    language TEXT NOT NULL, chunk_count INTEGER NOT NULL,
    updated_at TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE TABLE chunks (
    chunk_id TEXT PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    position INTEGER NOT NULL, text TEXT NOT NULL, title TEXT NOT NULL,
    module TEXT NOT NULL, language TEXT NOT NULL, section_id TEXT NOT NULL,
    section_path TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    content_hash TEXT NOT NULL, doc_hash TEXT NOT NULL, source TEXT NOT NULL
);
CREATE INDEX chunks_doc ON chunks(doc_id);
"""


def make_legacy(settings, embedder):
    """Rewrite the index as the previous version left it: ids without a source.

    Returns the chunk ids the current version gives the same documents.
    """
    stores = Stores(settings, embedder)
    with closing(sqlite3.connect(settings.catalog_path)) as current:
        meta = dict(current.execute("SELECT key, value FROM meta").fetchall())
    docs = list(stores.catalog.documents().values())
    chunks = stores.catalog.chunks()
    vectors = stores.vectors.vectors([c.chunk_id for c in chunks])
    stores.vectors.delete(list(stores.vectors.all_ids()))
    old = [
        replace(c, chunk_id=split_doc_id(c.chunk_id)[1], doc_id=split_doc_id(c.doc_id)[1])
        for c in chunks
    ]
    stores.vectors.add(old, np.vstack([vectors[c.chunk_id] for c in chunks]))
    stores.catalog.close()
    for suffix in ("", "-wal", "-shm"):
        settings.catalog_path.with_name(settings.catalog_path.name + suffix).unlink(
            missing_ok=True
        )
    db = sqlite3.connect(settings.catalog_path)
    db.executescript(LEGACY_SCHEMA)
    db.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
    db.executemany(
        "INSERT INTO documents(doc_id, source_root, path, doc_hash, title, module, language, "
        "chunk_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (split_doc_id(d.doc_id)[1], d.source_root, d.path, d.doc_hash, d.title, d.module,
             d.language, d.chunk_count)
            for d in docs
        ],
    )
    db.executemany(
        "INSERT INTO chunks VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (c.chunk_id, c.doc_id, i, c.text, c.title, c.module, c.language, c.section_id,
             json.dumps(list(c.section_path)), c.start, c.end, c.content_hash, c.doc_hash,
             c.path)
            for i, c in enumerate(old)
        ],
    )
    db.commit()
    db.close()
    return {c.chunk_id for c in chunks}


def test_an_old_catalogue_is_adopted_without_reembedding(fake_settings, corpus, tmp_path, caplog):
    embedder = FakeEmbedder()
    ingest(fake_settings, embedder, corpus)
    Ingestor(fake_settings, embedder).run(notes_folder(tmp_path))
    before = Retriever(fake_settings, embedder).search(QUESTION, 8).hits
    new_ids = make_legacy(fake_settings, embedder)
    legacy = sqlite3.connect(fake_settings.catalog_path)
    assert "course:" not in str(legacy.execute("SELECT doc_id FROM documents").fetchall())
    legacy.close()

    with caplog.at_level(logging.INFO, logger="assistant.rag.index"):
        stores = Stores(fake_settings, embedder)
    assert "6 course, 1 local" in caplog.text
    # Exactly the ids a fresh ingest gives, vectors included; old vectors are gone.
    assert stores.catalog.chunk_ids() == new_ids == stores.vectors.all_ids()
    assert stores.catalog.documents()["local:en/retention-notes"].source == "local"
    assert stores.catalog.documents()["course:en/data-minimisation"].source == "course"
    assert {c.path for c in stores.catalog.chunks()} >= {"en/retention-notes.md"}
    after = Retriever(fake_settings, embedder, stores).search(QUESTION, 8).hits
    assert [(h.chunk.chunk_id, h.score, h.source) for h in after] == [
        (h.chunk.chunk_id, h.score, h.source) for h in before
    ]
    # Nothing to re-embed: the next ingest of the course finds every document unchanged.
    counter = CountingEmbedder()
    report = ingest(fake_settings, counter, corpus)
    assert counter.embedded == 0 and len(report.unchanged) == 6 and report.deleted == []
    assert not Stores(fake_settings, embedder).catalog.legacy_documents()


def test_an_old_catalogue_from_a_moved_course_folder_stays_the_course(
    fake_settings, corpus, tmp_path
):
    embedder = FakeEmbedder()
    ingest(fake_settings, embedder, corpus)
    make_legacy(fake_settings, embedder)
    moved = tmp_path / "moved"
    corpus.rename(moved)
    settings = fake_settings.model_copy(update={"corpus_dir": moved})
    docs = Stores(settings, embedder).catalog.documents()
    assert {d.source for d in docs.values()} == {"course"}  # same bytes as the course's files


def test_an_old_catalogue_with_a_replaced_module_is_flagged(
    fake_settings, corpus, tmp_path, caplog
):
    embedder = FakeEmbedder()
    ingest(fake_settings, embedder, corpus)
    Ingestor(fake_settings, embedder).run(evil_folder(tmp_path))
    # The old version had let the evil file take the module's id.
    stores = Stores(fake_settings, embedder)
    stores.vectors.delete(
        [c.chunk_id for c in stores.catalog.chunks() if c.doc_id == "course:en/data-minimisation"]
    )
    stores.catalog.delete_document("course:en/data-minimisation")
    make_legacy(fake_settings, embedder)

    with caplog.at_level(logging.WARNING, logger="assistant.rag.index"):
        docs = Stores(fake_settings, embedder).catalog.documents()
    assert "local:en/data-minimisation" in docs and "course:en/data-minimisation" not in docs
    assert "over the course's own file" in caplog.text and "assistant ingest" in caplog.text
    report = ingest(fake_settings, embedder, corpus)
    assert report.added == ["course:en/data-minimisation"]
    chunks = live(fake_settings, embedder)[1]
    assert all(c.source == "local" for c in chunks if EVIL in c.text)


def test_an_interrupted_adoption_is_finished_on_the_next_open(
    fake_settings, corpus, monkeypatch
):
    from assistant.rag.catalog import Catalog

    embedder = FakeEmbedder()
    ingest(fake_settings, embedder, corpus)
    new_ids = make_legacy(fake_settings, embedder)
    old_ids = {split_doc_id(i)[1] for i in new_ids}

    def explode(self, plan):
        raise KeyboardInterrupt

    with monkeypatch.context() as patch:
        patch.setattr(Catalog, "adopt_sources", explode)
        with pytest.raises(KeyboardInterrupt):
            Stores(fake_settings, embedder)
    # The copies were written first; the old catalogue is still whole and live.
    from assistant.rag.catalog import Catalog as Plain

    catalog = Plain(fake_settings.catalog_path)
    assert catalog.chunk_ids() == old_ids
    catalog.close()
    stores = Stores(fake_settings, embedder)
    assert stores.catalog.chunk_ids() == new_ids == stores.vectors.all_ids()
    assert Retriever(fake_settings, embedder, stores).search(QUESTION, 1).hits[0].source == (
        "course"
    )


def test_an_old_single_file_ingest_of_a_course_module_joins_its_folder_copy(
    fake_settings, corpus
):
    # The old version named a file ingested on its own relative to its folder
    # ("street-lighting" from corpus/en), beside "en/street-lighting" from the course.
    embedder = FakeEmbedder()
    ingest(fake_settings, embedder, corpus)
    new_ids = make_legacy(fake_settings, embedder)
    db = sqlite3.connect(fake_settings.catalog_path)
    db.execute(
        "INSERT INTO documents(doc_id, source_root, path, doc_hash, title, module, language, "
        "chunk_count) SELECT 'street-lighting', ?, 'street-lighting.md', doc_hash, title, "
        "module, language, chunk_count FROM documents WHERE doc_id = 'en/street-lighting'",
        (str((corpus / "en").resolve()),),
    )
    db.execute(
        "INSERT INTO chunks SELECT 'street-lighting' || substr(chunk_id, 19), 'street-lighting', "
        "position, text, title, module, language, section_id, section_path, start, \"end\", "
        "content_hash, doc_hash, 'street-lighting.md' FROM chunks "
        "WHERE doc_id = 'en/street-lighting'"
    )
    single = [
        r[0] for r in db.execute("SELECT chunk_id FROM chunks WHERE doc_id = 'street-lighting'")
    ]
    db.commit()
    db.close()
    assert single and all(i.startswith("street-lighting::") for i in single)

    stores = Stores(fake_settings, embedder)
    assert stores.catalog.documents()["course:en/street-lighting"].source_root == str(
        corpus.resolve()
    )
    assert stores.catalog.chunk_ids() == new_ids == stores.vectors.all_ids()
