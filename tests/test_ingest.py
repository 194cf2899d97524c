import shutil

import pytest

from assistant.errors import IndexMismatchError
from assistant.rag.embeddings import FakeEmbedder
from assistant.rag.index import Stores
from assistant.rag.ingest import Ingestor, ingest
from assistant.rag.retrieve import Retriever


class CountingEmbedder(FakeEmbedder):
    """The fake embedder, counting the texts it embeds; can fail on demand."""

    def __init__(self, fail_after: int | None = None):
        super().__init__(64)
        self.id = "fake-hash-64"
        self.embedded = 0
        self.fail_after = fail_after

    def embed_documents(self, texts):
        if self.fail_after is not None and self.embedded + len(texts) > self.fail_after:
            raise RuntimeError("simulated crash while embedding")
        self.embedded += len(texts)
        return super().embed_documents(texts)


def live_docs(settings, embedder):
    return set(Stores(settings, embedder).catalog.documents())


def test_first_ingest_indexes_every_supported_file(fake_settings, corpus):
    embedder = CountingEmbedder()
    report = ingest(fake_settings, embedder, corpus)
    assert sorted(report.added) == [
        "course:ar/minimisation",
        "course:en/data-minimisation",
        "course:en/street-lighting",
        "course:es/minimizacion",
        "course:fr/minimisation",
        "course:pt/iluminacao",
    ]
    assert report.errors == {}
    # Every chunk, and every sentence the retriever ranks by (into the cache), once.
    assert report.texts_computed == embedder.embedded > report.chunks_embedded > 0
    docs = Stores(fake_settings, embedder).catalog.documents()
    assert docs["course:es/minimizacion"].language == "es"
    assert docs["course:es/minimizacion"].module == "data-minimisation"
    assert docs["course:pt/iluminacao"].language == "pt"  # from the folder name


def test_unchanged_corpus_costs_no_embedding(fake_settings, corpus):
    ingest(fake_settings, CountingEmbedder(), corpus)
    again = CountingEmbedder()
    report = ingest(fake_settings, again, corpus)
    assert again.embedded == 0
    assert report.added == report.updated == report.deleted == []
    assert len(report.unchanged) == 6


def test_changed_file_replaces_its_chunks_and_deleted_file_loses_them(fake_settings, corpus):
    embedder = CountingEmbedder()
    ingest(fake_settings, embedder, corpus)
    stores = Stores(fake_settings, embedder)
    before = {c.chunk_id for c in stores.catalog.chunks() if c.doc_id == "course:en/street-lighting"}
    path = corpus / "en" / "street-lighting.md"
    path.write_text(
        path.read_text("utf-8") + "\n## Night patrols {#night}\n\nCrews check lamps at night.\n",
        "utf-8",
    )
    (corpus / "fr" / "minimisation.md").unlink()
    counter = CountingEmbedder()
    report = ingest(fake_settings, counter, corpus)
    assert report.updated == ["course:en/street-lighting"]
    assert report.deleted == ["course:fr/minimisation"]
    assert report.chunks_embedded == 3  # only the changed document
    # Its unchanged sections come from the embedding cache: the model embeds the new one
    # and its one new sentence.
    assert counter.embedded == report.texts_computed == 2
    after = Stores(fake_settings, embedder)
    chunks = after.catalog.chunks()
    assert not before & {c.chunk_id for c in chunks}
    assert "course:fr/minimisation" not in {c.doc_id for c in chunks}
    assert after.vectors.all_ids() == {c.chunk_id for c in chunks}
    hits = Retriever(fake_settings, embedder, after).search("lamps at night", 1).hits
    assert hits[0].chunk.section_id == "night"


def test_bad_files_are_reported_one_by_one_and_others_still_ingested(fake_settings, corpus):
    (corpus / "en" / "broken.pdf").write_bytes(b"%PDF-1.4 garbage")
    (corpus / "en" / "empty.md").write_text("", "utf-8")
    (corpus / "en" / "legacy.txt").write_bytes("caf\xe9".encode("latin-1"))
    (corpus / "en" / "sheet.xlsx").write_bytes(b"PK")
    (corpus / "en" / "huge.txt").write_text("x" * 3_000_000, "utf-8")
    settings = fake_settings.model_copy(update={"max_file_mb": 1.0})
    report = ingest(settings, CountingEmbedder(), corpus)
    assert set(report.errors) == {
        "en/broken.pdf",
        "en/empty.md",
        "en/legacy.txt",
        "en/sheet.xlsx",
        "en/huge.txt",
    }
    assert "UTF-8" in report.errors["en/legacy.txt"]
    assert "unsupported" in report.errors["en/sheet.xlsx"]
    assert "too large" in report.errors["en/huge.txt"]
    assert len(report.added) == 6


def test_a_file_that_turns_bad_keeps_its_last_good_version(fake_settings, corpus):
    embedder = CountingEmbedder()
    ingest(fake_settings, embedder, corpus)
    (corpus / "en" / "street-lighting.md").write_bytes("caf\xe9".encode("latin-1"))
    report = ingest(fake_settings, embedder, corpus)
    assert "en/street-lighting.md" in report.errors
    assert report.deleted == []
    assert "course:en/street-lighting" in live_docs(fake_settings, embedder)


def test_interrupted_ingest_never_shows_a_half_replaced_document(fake_settings, corpus):
    embedder = CountingEmbedder()
    ingest(fake_settings, embedder, corpus)
    old = {c.chunk_id: c.text for c in Stores(fake_settings, embedder).catalog.chunks()}
    for path in (corpus / "en").glob("*.md"):
        path.write_text(path.read_text("utf-8").replace("citizen", "resident"), "utf-8")
    # Crash while embedding the new version: nothing new is committed. (Its unchanged
    # chunks come from the embedding cache, so the model's first call is the crash.)
    crashing = CountingEmbedder(fail_after=0)
    with pytest.raises(RuntimeError):
        Ingestor(fake_settings, crashing).run(corpus)
    stores = Stores(fake_settings, embedder)
    assert {c.chunk_id: c.text for c in stores.catalog.chunks()} == old
    results = Retriever(fake_settings, embedder, stores).search("broken streetlight citizen", 10)
    assert all(h.chunk.chunk_id in old for h in results.hits)
    # The next run finishes the job and sweeps leftovers.
    report = ingest(fake_settings, CountingEmbedder(), corpus)
    assert report.updated == ["course:en/street-lighting"]
    fresh = Stores(fake_settings, embedder)
    assert fresh.vectors.all_ids() == {c.chunk_id for c in fresh.catalog.chunks()}


def test_crash_between_vector_write_and_commit_leaves_old_version(
    fake_settings, corpus, monkeypatch
):
    embedder = CountingEmbedder()
    ingest(fake_settings, embedder, corpus)
    old_ids = {c.chunk_id for c in Stores(fake_settings, embedder).catalog.chunks()}
    path = corpus / "en" / "street-lighting.md"
    path.write_text(path.read_text("utf-8") + "\nExtra line.\n", "utf-8")
    ingestor = Ingestor(fake_settings, embedder)

    def explode(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(ingestor.stores.catalog, "replace_document", explode)
    with pytest.raises(KeyboardInterrupt):
        ingestor.run(corpus)
    assert {c.chunk_id for c in Stores(fake_settings, embedder).catalog.chunks()} == old_ids
    # The new vectors were written but never committed: the next run sweeps them.
    assert Stores(fake_settings, embedder).vectors.all_ids() != old_ids
    path.write_text(path.read_text("utf-8").replace("\nExtra line.\n", ""), "utf-8")
    ingest(fake_settings, embedder, corpus)
    fresh = Stores(fake_settings, embedder)
    assert fresh.vectors.all_ids() == {c.chunk_id for c in fresh.catalog.chunks()} == old_ids


def test_index_built_with_another_embedder_is_a_clear_error(fake_settings, corpus):
    ingest(fake_settings, FakeEmbedder(64), corpus)
    with pytest.raises(IndexMismatchError) as info:
        Stores(fake_settings, FakeEmbedder(32))
    assert "--rebuild" in str(info.value)
    report = ingest(fake_settings, FakeEmbedder(32), corpus, rebuild=True)
    assert len(report.added) == 6


def test_changing_chunk_size_rechunks_everything(fake_settings, corpus):
    ingest(fake_settings, CountingEmbedder(), corpus)
    smaller = fake_settings.model_copy(update={"chunk_chars": 200})
    report = ingest(smaller, CountingEmbedder(), corpus)
    assert len(report.updated) == 6


def test_missing_path_is_a_config_error(fake_settings, tmp_path):
    from assistant.errors import ConfigError

    with pytest.raises(ConfigError, match="Nothing to ingest"):
        ingest(fake_settings, FakeEmbedder(), tmp_path / "nope")


def test_single_file_ingest_does_not_delete_siblings(fake_settings, corpus):
    ingest(fake_settings, FakeEmbedder(), corpus)
    target = corpus / "en" / "street-lighting.md"
    shutil.copy(target, corpus / "extra.md")
    report = Ingestor(fake_settings, FakeEmbedder()).run(corpus / "extra.md")
    assert report.added == ["course:extra"] and report.deleted == []
