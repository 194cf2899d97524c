"""Text features for the Civicly models: multilingual embeddings + character n-grams.

Embeddings (the assistant's configured embedder, e5 by default) carry meaning
across the five languages, so a department learned mostly from French reports
still recognises an Arabic one. Character n-gram TF-IDF catches exact local
vocabulary, typos and code-switching, and gives per-term explanations, but it
does not carry across languages. The two blocks are concatenated;
``embedding_weight`` balances them. How the router leans on each block for a
language the history barely covers is the router's business (see
:mod:`.router`).

Only the first ``EMBED_CHARS`` characters of a message are embedded, which
bounds the cost of a pasted essay (embedding time grows with length: a
600-character message takes about four times as long as a 150-character one);
the character n-grams still see the whole message. The bound is generous on
purpose: cutting at 256 characters lost 2.8 points of macro-F1 on the
held-out history, because long messages often state the issue late.

Every training row is embedded by default. An earlier version embedded at
most 150 rows per department and gave the others a zero embedding block, to
save time; that cost little on the history's own languages but up to 16
points of macro-F1 on languages the history lacks (trained on English and
Spanish, tested on French, Portuguese and Arabic: 0.660 against 0.816 with
every row embedded), because the classifier then leaned on n-grams, which do
not transfer (``benchmarks/results/civicly_gate.md``). Embedding is nearly
all of the training time, so vectors are kept in an on-disk cache keyed by
embedder id and text hash (:mod:`.embedding_cache`): re-training on the same
or a similar history costs only the new texts. ``per_class`` still caps the
embedded rows when asked (the quick evaluation gate), with the old
zero-block behaviour.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Any

import numpy as np

from assistant.exercises.civicly_triage.embedding_cache import EmbeddingCache, Progress
from assistant.rag.embeddings import Embedder

EMBED_CHARS = 1000


def head(text: str, limit: int = EMBED_CHARS) -> str:
    """The first ``limit`` characters of ``text``, cut at a space when possible."""
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit]


class Featurizer:
    """Fit on training texts, then turn any texts into a sparse feature matrix."""

    def __init__(self, embedder: Embedder, embedding_weight: float = 2.0) -> None:
        from sklearn.feature_extraction.text import TfidfVectorizer

        self.embedder = embedder
        self.embedding_weight = embedding_weight
        self.tfidf = TfidfVectorizer(
            analyzer="char_wb", ngram_range=(2, 4), min_df=2, sublinear_tf=True, max_features=60000
        )

    def embed(
        self,
        texts: Sequence[str],
        batch: int = 64,
        *,
        cache: EmbeddingCache | None = None,
        progress: Progress | None = None,
    ) -> np.ndarray:
        """Passage embeddings of texts, in batches (read from / kept in ``cache`` if given)."""
        clipped = [head(t) for t in texts]
        if cache is not None:
            return cache.embed(self.embedder, clipped, batch=batch, progress=progress)
        parts = []
        for i in range(0, len(texts), batch):
            parts.append(self.embedder.embed_documents(clipped[i : i + batch]))
            if progress is not None:
                progress(min(i + batch, len(texts)), len(texts))
        return np.vstack(parts) if parts else np.zeros((0, self.embedder.dim), dtype=np.float32)

    def embed_sample(
        self,
        texts: Sequence[str],
        labels: Sequence[str],
        per_class: int | None = None,
        *,
        cache: EmbeddingCache | None = None,
        progress: Progress | None = None,
    ) -> tuple[np.ndarray, np.ndarray]:
        """Embeddings of every row, or of a stratified sample of ``per_class`` rows per label.

        Returns (vectors, mask): rows outside the sample are zero and ``mask``
        is False for them. ``per_class=None`` (the default) embeds every row.
        """
        rows: list[int] = list(range(len(texts)))
        if per_class is not None:
            if per_class < 1:
                raise ValueError("per_class must be at least 1 (or None for all rows)")
            by_label: dict[str, list[int]] = {}
            for i, label in enumerate(labels):
                by_label.setdefault(label, []).append(i)
            rng = random.Random(0)
            rows = sorted(
                i
                for members in by_label.values()
                for i in (rng.sample(members, per_class) if len(members) > per_class else members)
            )
        vectors = np.zeros((len(texts), self.embedder.dim), dtype=np.float32)
        mask = np.zeros(len(texts), dtype=bool)
        if rows:
            vectors[rows] = self.embed([texts[i] for i in rows], cache=cache, progress=progress)
            mask[rows] = True
        return vectors, mask

    def fit_transform(self, texts: Sequence[str], vectors: np.ndarray | None = None) -> Any:
        """Fit the TF-IDF vocabulary on ``texts`` and return their features."""
        self._term_names: np.ndarray | None = None  # a new vocabulary
        lexical = self.tfidf.fit_transform(texts)
        return self._combine(self.embed(texts) if vectors is None else vectors, lexical)

    def transform(self, texts: Sequence[str], vectors: np.ndarray | None = None) -> Any:
        """Features of new texts (``vectors``: their embeddings, if already computed)."""
        lexical = self.tfidf.transform(texts)
        return self._combine(self.embed(texts) if vectors is None else vectors, lexical)

    def _combine(self, vectors: np.ndarray, lexical: Any) -> Any:
        from scipy import sparse

        return sparse.hstack([sparse.csr_matrix(vectors * self.embedding_weight), lexical]).tocsr()

    def term_names(self) -> np.ndarray:
        """Names of the lexical features, aligned after the embedding block (built once).

        Read through ``getattr`` so that models pickled before the cache existed load.
        """
        names = getattr(self, "_term_names", None)
        if names is None:
            names = self._term_names = np.asarray(self.tfidf.get_feature_names_out())
        return names
