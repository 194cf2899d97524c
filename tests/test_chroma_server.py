"""The same index code against a real Chroma server on 127.0.0.1."""

import pytest

from assistant.config import load_settings
from assistant.errors import BackendError, IndexMismatchError
from assistant.rag.embeddings import FakeEmbedder
from assistant.rag.index import VectorStore
from assistant.rag.ingest import ingest
from assistant.rag.retrieve import Retriever
from tests.browser_support import free_port

pytestmark = pytest.mark.server


def test_ingest_and_search_through_a_chroma_server(chroma_url, tmp_path, corpus):
    settings = load_settings(
        data_dir=tmp_path / "data",
        embedder="fake",
        chroma_url=chroma_url,
        collection="server-test",
        corpus_dir=corpus,
    )
    embedder = FakeEmbedder()
    report = ingest(settings, embedder, corpus)
    assert len(report.added) == 6
    assert not (tmp_path / "data" / "chroma").exists()  # nothing embedded on disk
    result = Retriever(settings, embedder).search("What does data minimisation mean?", 3)
    assert result.hits[0].chunk.doc_id == "course:en/data-minimisation"
    again = ingest(settings, FakeEmbedder(), corpus)
    assert again.chunks_embedded == 0
    with pytest.raises(IndexMismatchError):
        VectorStore(settings, FakeEmbedder(32))


def test_unreachable_server_is_a_backend_error(tmp_path):
    settings = load_settings(
        data_dir=tmp_path / "d", embedder="fake", chroma_url=f"http://127.0.0.1:{free_port()}"
    )
    with pytest.raises(BackendError, match="Cannot reach the Chroma server"):
        VectorStore(settings, FakeEmbedder())
