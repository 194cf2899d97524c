"""The embedding cache, the shipped course vectors, and what an answer costs the model.

* The cache returns exactly what the model computed, asks the model only for
  what it lacks, survives the process (SQLite in the data directory), stays
  within its bound and serves many threads.
* The shipped course vectors match the course: every text a course ingest
  embeds has a vector for the default embedder, and no vector is left for a
  text that went (content hashes only; no model).
* An answer costs at most 3 model calls (in practice one query embedding),
  and gives the same answers and citations as when the generator embedded the
  question and every candidate sentence itself.
"""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict

import numpy as np
import pytest

from assistant.rag import vector_cache
from assistant.rag.answer import Assistant
from assistant.rag.build import build_assistant
from assistant.rag.embeddings import Concatenated, E5SmallQ4, FakeEmbedder, UseM3
from assistant.rag.generate import ExtractiveGenerator
from assistant.rag.ingest import ingest
from assistant.rag.vector_cache import CachedEmbedder, VectorStore, cached, text_key


class CountingEmbedder(FakeEmbedder):
    """The fake embedder, counting its calls and the texts it embeds (thread-safe)."""

    def __init__(self) -> None:
        super().__init__(64)
        self.lock = threading.Lock()
        self.query_calls = self.document_calls = self.texts = 0

    def embed_documents(self, texts):
        with self.lock:
            self.document_calls += 1
            self.texts += len(texts)
        return super().embed_documents(texts)

    def embed_query(self, text):
        with self.lock:
            self.query_calls += 1
        return super().embed_query(text)

    @property
    def calls(self) -> int:
        return self.query_calls + self.document_calls


QUESTIONS = [
    ("What does data minimisation mean?", None),
    ("¿Qué es la minimización de datos personales?", None),
    ("Que signifie la minimisation des données ?", None),
    ("ما معنى تقليل البيانات الشخصية؟", None),
    ("How are streetlight complaints routed?", None),
    ("Como funciona a iluminação pública?", None),
    ("How are streetlight complaints routed?", "fr"),
    ("Why should a service collect only the personal data it needs?", "es"),
]


def _essence(answer):
    data = asdict(answer)
    data.pop("timings_ms", None)
    return data


class _EmbedsEverything(ExtractiveGenerator):
    """The extractive generator as it was: it embeds the question and every sentence itself."""

    def generate(self, question, language, passages, *, task="answer", query_vector=None):
        return super().generate(question, language, passages, task=task)


def test_cache_asks_the_model_only_for_what_it_lacks(fake_settings):
    inner = CountingEmbedder()
    embedder = cached(inner, fake_settings)
    texts = ["alpha beta", "gamma", "alpha beta", "données personnelles", "😀 emoji", ""]
    first = embedder.embed_documents(texts)
    assert np.array_equal(first, inner.embed_documents(texts))  # exactly the model's vectors
    assert inner.texts == 5 + len(texts)  # duplicates embedded once
    again = cached(CountingEmbedder(), fake_settings)  # another process: the file persists
    assert np.array_equal(again.embed_documents(texts[::-1]), first[::-1])
    assert again.inner.calls == 0
    assert again.missing([*texts, "new text"]) == ["new text"]
    assert embedder.embed_query("alpha") is not None and inner.query_calls == 1


def test_cache_is_bounded_and_keyed_by_embedder(tmp_path):
    store = VectorStore(tmp_path / "cache.sqlite3", max_entries=10)
    rows = [(text_key(str(i)), np.full(4, i, dtype=np.float32)) for i in range(25)]
    for i in range(0, 25, 5):
        store.put("a", rows[i : i + 5])
    kept = store.get("a", [k for k, _ in rows], 4)
    assert 0 < len(kept) <= 10
    assert text_key("24") in kept and text_key("0") not in kept  # the oldest went first
    assert store.get("b", [k for k, _ in rows], 4) == {}  # another embedder reads nothing
    assert store.get("a", [text_key("24")], 8) == {}  # nor vectors of another size


def test_cache_off_still_uses_shipped_vectors(fake_settings, tmp_path, monkeypatch):
    monkeypatch.setattr(vector_cache, "COURSE_VECTORS_DIR", tmp_path / "shipped")
    model = FakeEmbedder(64)
    vector_cache.write_shipped(model.id, [text_key("shipped text")],
                               model.embed_documents(["shipped text"]))
    inner = CountingEmbedder()
    embedder = cached(inner, fake_settings.model_copy(update={"embed_cache_entries": 0}))
    assert embedder.store is None
    got = embedder.embed_documents(["shipped text", "other"])
    assert inner.texts == 1  # only "other"
    assert np.allclose(got[0], model.embed_documents(["shipped text"])[0], atol=1e-3)


class _OtherFake(CountingEmbedder):
    """A second fake model with its own id and vectors (another part of a concatenation)."""

    def __init__(self) -> None:
        super().__init__()
        self.id = "other-fake"

    def embed_documents(self, texts):
        return super().embed_documents([t[::-1] for t in texts])


def test_a_concatenation_is_cached_part_by_part(fake_settings, tmp_path, monkeypatch):
    monkeypatch.setattr(vector_cache, "COURSE_VECTORS_DIR", tmp_path / "shipped")
    first, second = CountingEmbedder(), _OtherFake()
    # The first part's vector of one text ships (as e5's course vectors do for e5+use).
    vector_cache.write_shipped(first.id, [text_key("shipped")],
                               FakeEmbedder(64).embed_documents(["shipped"]))
    both = Concatenated([first, second])
    embedder = cached(both, fake_settings)
    texts = ["shipped", "new text", "new text", "other"]
    assert embedder.missing(texts) == ["shipped", "new text", "other"]  # the second part lacks all

    class Bar:
        done = 0

        def update(self, n):
            self.done += n

    bar = Bar()
    got = embedder.embed_documents(texts, progress=bar, batch=2)
    assert np.allclose(got, Concatenated([FakeEmbedder(64), _OtherFake()]).embed_documents(texts),
                       atol=1e-3)
    assert bar.done == 3
    assert first.texts == 2 and second.texts == 3  # each part embedded only what it lacked
    assert got.dtype == np.float32 and got.shape == (4, both.dim)
    # Each part's vectors sit under its own id: the first part alone finds them.
    alone = cached(CountingEmbedder(), fake_settings)
    assert alone.missing(texts) == [] and alone.inner.calls == 0
    again = cached(Concatenated([CountingEmbedder(), _OtherFake()]), fake_settings)
    assert np.array_equal(again.embed_documents(texts), got)
    assert again.missing([*texts, "fresh"]) == ["fresh"]
    assert again.inner.parts[0].calls == again.inner.parts[1].calls == 0


def test_threads_share_one_cache(fake_settings):
    inner = CountingEmbedder()
    embedder = cached(inner, fake_settings)
    texts = [f"sentence number {i}" for i in range(200)]
    expected = FakeEmbedder(64).embed_documents(texts)
    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(lambda i: embedder.embed_documents(texts[i % 7 :: 7]), range(28)))
    for i, got in enumerate(results):
        assert np.array_equal(got, expected[i % 7 :: 7])
    assert inner.texts <= 4 * len(texts)  # racing threads may both embed a text, no more


def test_ingest_fills_the_cache_and_reingest_embeds_nothing(fake_settings, corpus):
    inner = CountingEmbedder()
    first = ingest(fake_settings, inner, corpus)
    # every chunk and (for the ranking) every sentence, once
    assert first.texts_computed == inner.texts > first.chunks_embedded > 0
    rebuilt = CountingEmbedder()
    report = ingest(fake_settings, rebuilt, corpus, rebuild=True)
    assert report.chunks_embedded == first.chunks_embedded
    assert report.texts_computed == rebuilt.calls == 0


def test_an_answer_costs_one_query_embedding_and_the_same_answers(fake_settings):
    inner = CountingEmbedder()
    assistant, _ = build_assistant(fake_settings, embedder=inner)
    assert isinstance(assistant.retriever.embedder, CachedEmbedder)
    before = Assistant(
        fake_settings, assistant.retriever, _EmbedsEverything(FakeEmbedder(64)),
        screen=assistant.screen or False,
    )
    expected = [_essence(before.ask(q, language=lang)) for q, lang in QUESTIONS]
    assert sum(a["status"] == "answered" for a in expected) >= 5
    for rounds in (1, 2):  # first the sentences are new to the cache, then they are known
        inner.query_calls = inner.document_calls = 0
        after = []
        for question, language in QUESTIONS:
            calls = inner.calls
            after.append(_essence(assistant.ask(question, language=language)))
            assert inner.calls - calls <= 3, question
        assert after == expected
        # The question once per answer (screen, retrieval and generator share it)...
        assert inner.query_calls == len(QUESTIONS)
        # ...and, once the cache knows the passages' sentences, nothing else.
        assert inner.document_calls <= (len(QUESTIONS) if rounds == 1 else 0)


def test_follow_up_costs_at_most_three_query_embeddings(fake_settings):
    from assistant.types import Turn

    inner = CountingEmbedder()
    assistant, _ = build_assistant(fake_settings, embedder=inner)
    history = [Turn("What does data minimisation mean?", "It means ...", "en")]
    calls = inner.calls
    answer = assistant.ask("And why?", history=history)
    assert "condensed" in answer.flags
    assert inner.calls - calls <= 3


@pytest.fixture(scope="module")
def course_texts():
    from scripts.course_vectors import course_texts

    return course_texts()


@pytest.mark.parametrize("model", [E5SmallQ4, UseM3], ids=["e5", "use"])
def test_shipped_course_vectors_match_the_course(course_texts, model):
    """Fails when the course changed and ``python -m scripts.course_vectors`` was not run.

    Both parts of ``e5+use`` ship (each part is cached under its own id).
    """
    from scripts.course_vectors import shipped_keys

    path = vector_cache.course_vectors_path(model.id)
    assert path.is_file(), (
        "no shipped course vectors: run python -m scripts.course_vectors --embedder e5+use"
    )
    have, rows = shipped_keys(model.id)
    chunk_texts, sentences = course_texts
    chunks = {text_key(t) for t in chunk_texts}
    sentence_keys = {text_key(t) for t in sentences}
    missing, extra = chunks - have, have - chunks - sentence_keys
    # Sentences ship all or none (``--chunks-only``); chunks always.
    if have & sentence_keys:
        missing |= sentence_keys - have
    assert not missing and not extra, (
        f"{path.name} is stale ({len(missing)} texts without a vector, {len(extra)} vectors "
        "for texts the course no longer has): run python -m scripts.course_vectors --embedder e5+use"
    )
    assert {v.shape for v in rows.values()} == {(model.dim,)}
    assert path.stat().st_size < 8_000_000


@pytest.mark.integration
def test_e5_cuts_text_to_its_window():
    e5 = E5SmallQ4()
    long_text = "données éàü " * 400
    fitted = e5._fit(long_text, False)
    assert e5.model.token_count(fitted, False) <= e5.window < e5.model.token_count(long_text, False)
    assert e5._fit("short text", True) == "short text"
    assert np.allclose(e5.embed_documents([long_text]), e5.embed_documents([fitted]))
