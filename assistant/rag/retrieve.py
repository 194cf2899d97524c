"""Hybrid, language-aware retrieval. Never calls an LLM.

Dense candidates come from the vector store, lexical candidates from the BM25
index of the question's own language only. They are fused on scores, not
ranks (plain reciprocal-rank fusion hurt cross-lingual retrieval badly in our
measurements, see DESIGN.md):

    score = z(dense cosine) + lexical_weight * bm25 / max(bm25)
            + language_bonus * [passage language == question language]

``z`` standardises the dense cosines over the candidate set of this question.
The BM25 term is never negative and exists only for same-language passages,
so it can lift a passage but cannot push a good cross-lingual hit below a
weak lexical match. The language bonus prefers the learner's language when
the course has the same content in several languages.

Each hit keeps its raw cosine as ``relevance``; the best one, compared with a
threshold measured per embedder, says whether the course covers the question.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

import numpy as np

from assistant import languages
from assistant.config import Settings
from assistant.errors import ConfigError
from assistant.rag.embeddings import Embedder, default_min_relevance
from assistant.rag.index import Stores
from assistant.types import Chunk, Hit, RetrievalResult


class Retriever:
    """Answers "which passages of the course are about this question?"."""

    def __init__(self, settings: Settings, embedder: Embedder, stores: Stores | None = None):
        self.settings = settings
        self.embedder = embedder
        self.stores = stores or Stores(settings, embedder)
        self.threshold = (
            settings.min_relevance
            if settings.min_relevance is not None
            else default_min_relevance(embedder)
        )
        self._lock = threading.Lock()
        self._generation = -1
        self._chunks: dict[str, Chunk] = {}
        self.refresh()

    def refresh(self) -> None:
        """Reload live chunks and the lexical index if an ingest changed them."""
        generation = self.stores.catalog.generation
        if generation == self._generation:
            return
        with self._lock:
            if generation == self._generation:  # another thread reloaded meanwhile
                return
            self.stores.ensure_lexical()
            self._chunks = {c.chunk_id: c for c in self.stores.catalog.chunks()}
            self._generation = generation

    @property
    def chunk_count(self) -> int:
        """Number of live chunks."""
        return len(self._chunks)

    def search(
        self,
        query: str,
        k: int | None = None,
        *,
        language: str | None = None,
        modules: Sequence[str] | None = None,
        doc_languages: Sequence[str] | None = None,
    ) -> RetrievalResult:
        """Top ``k`` passages for ``query``; filters restrict modules and passage languages."""
        query = (query or "").strip()
        if not query:
            raise ConfigError("Empty question: type a question to search the course.")
        k = k or self.settings.top_k
        if k < 1:
            raise ConfigError(f"k must be at least 1 (got {k}).")
        query_language = languages.normalize(language) if language else languages.detect(query)
        wanted_languages = (
            {languages.normalize(code) for code in doc_languages} if doc_languages else None
        )
        wanted_modules = set(modules) if modules else None
        self.refresh()
        chunks = self._chunks

        def allowed(chunk: Chunk) -> bool:
            return (wanted_modules is None or chunk.module in wanted_modules) and (
                wanted_languages is None or chunk.language in wanted_languages
            )

        vector = self.embedder.embed_query(query)
        n = max(self.settings.candidates, k)
        dense = [
            (cid, sim)
            for cid, sim in self.stores.vectors.query(vector, n, _where(modules, wanted_languages))
            if cid in chunks and allowed(chunks[cid])
        ]
        lexical: list[tuple[str, float]] = []
        if self.settings.lexical_weight > 0 and (
            wanted_languages is None or query_language in wanted_languages
        ):
            lexical = [
                (cid, score)
                for cid, score in self.stores.lexical.search(query, query_language, n)
                if cid in chunks and allowed(chunks[cid])
            ]
        hits = self._fuse(vector, dense, lexical, query_language, chunks)[:k]
        top = max((h.relevance for h in hits), default=0.0)
        return RetrievalResult(
            query=query,
            query_language=query_language,
            hits=tuple(hits),
            covered=bool(hits) and top >= self.threshold,
            top_relevance=top,
            threshold=self.threshold,
        )

    def _fuse(
        self,
        vector: np.ndarray,
        dense: list[tuple[str, float]],
        lexical: list[tuple[str, float]],
        query_language: str,
        chunks: dict[str, Chunk],
    ) -> list[Hit]:
        cosine = dict(dense)
        missing = [cid for cid, _ in lexical if cid not in cosine]
        for cid, stored in self.stores.vectors.vectors(missing).items():
            cosine[cid] = float(stored @ vector)
        if not cosine:
            return []
        ids = list(cosine)
        sims = np.array([cosine[c] for c in ids], dtype=np.float64)
        spread = sims.std()
        z = (sims - sims.mean()) / (spread if spread > 1e-9 else 1.0)
        best_lexical = max((s for _, s in lexical), default=0.0)
        lexical_score = {cid: s / best_lexical for cid, s in lexical} if best_lexical else {}
        dense_rank = {cid: i for i, (cid, _) in enumerate(dense)}
        lexical_rank = {cid: i for i, (cid, _) in enumerate(lexical)}
        hits = []
        for cid, z_score in zip(ids, z, strict=True):
            chunk = chunks[cid]  # the snapshot the candidates were filtered with
            score = float(z_score)
            score += self.settings.lexical_weight * lexical_score.get(cid, 0.0)
            if chunk.language == query_language:
                score += self.settings.language_bonus
            hits.append(
                Hit(
                    chunk=chunk,
                    score=score,
                    relevance=cosine[cid],
                    dense_rank=dense_rank.get(cid),
                    lexical_rank=lexical_rank.get(cid),
                )
            )
        hits.sort(key=lambda h: (-h.score, h.chunk.chunk_id))
        return hits


def _where(modules: Sequence[str] | None, doc_languages: set[str] | None) -> dict[str, Any] | None:
    clauses: list[dict[str, Any]] = []
    if modules:
        clauses.append({"module": {"$in": list(modules)}})
    if doc_languages:
        clauses.append({"language": {"$in": sorted(doc_languages)}})
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}
