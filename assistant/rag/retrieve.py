"""Hybrid, language-aware retrieval. Never calls an LLM.

Dense candidates come from the vector store, lexical candidates from the BM25
index of the question's own language only. They are fused on scores, not
ranks (plain reciprocal-rank fusion hurt cross-lingual retrieval badly in our
measurements, see DESIGN.md):

    score = z(dense cosine) + lexical_weight * bm25 / max(bm25)
            + language_bonus * [passage language == question language]

``z`` standardises the dense cosines over the candidate set of this question.
With several embedders side by side (``e5+use``), each one's cosines are
standardised separately and the z-scores averaged: on the golden set this
lifted hit@5 0.860 → 0.913 (e5 alone → both), where the mean of the raw
cosines (what the concatenated vector gives) reached only 0.851.
With ``sentence_weight`` > 0 (the default), each candidate's dense evidence is the mean
of two z-scores, its whole passage's and its best sentence's, per embedder:

    z_part = (z(passage cosine) + sentence_weight * z(best sentence cosine)) / (1 + sentence_weight)

A question usually asks about one sentence of a passage, and a long passage's vector
blurs it: on a parallel reading-comprehension set (``benchmarks/parallel_qa.py``)
this lifted hit@5 ar→en 0.911 → 0.951 and es→en 0.974 → 0.988, and on the course's own
cross-lingual questions 0.882 → 0.928. The sentences
are those the extractive answer compares with a question (``split_sentences``); their
vectors are read from the embedding cache only (shipped for the course, written by every
ingest), so a question costs no more model calls.
The BM25 term is never negative and exists only for same-language passages,
so it can lift a passage but cannot push a good cross-lingual hit below a
weak lexical match. The language bonus prefers the learner's language when
the course has the same content in several languages.

Each hit keeps its raw cosine as ``relevance``: with a concatenation, the cosine
of its first part (:func:`~assistant.rag.embeddings.reference_part`), whose
fitted decisions generalise better than the concatenation's. Whether the course
covers the question is decided by the calibrated, per-language model of
:mod:`assistant.rag.coverage` over the candidates' cosines and lexical
evidence, or, for an embedder without one (or ``ASSISTANT_COVERAGE=threshold``),
by the best cosine against the threshold measured for the embedder.

Visibility. Documents the catalogue marks hidden (instructor uploads not yet
published) are never returned, and a search can be limited to some document
sources (a cohort that uses the course only): both filters apply to the dense
candidates (a Chroma ``where`` on ``doc_id``/``source``, so they cost no
recall) and to the lexical ones. The sources come from the ``sources``
argument or, when it is not given, from :func:`sources_scope`, which the web
app sets around a learner's request so that the answer path needs no new
parameter.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, TypeVar

import numpy as np

from assistant import languages, textnorm
from assistant.config import Settings
from assistant.errors import ConfigError
from assistant.rag.chunking import split_sentences
from assistant.rag.coverage import CoverageModel, feature_vector, load_coverage_model
from assistant.rag.embeddings import (
    Embedder,
    default_min_relevance,
    reference_part,
    vector_for,
)
from assistant.rag.guardrails import TrustedReferences
from assistant.rag.index import Stores
from assistant.rag.lexical import Analyzer
from assistant.rag.vector_cache import cached, text_key
from assistant.types import COURSE, Chunk, Hit, RetrievalResult

if TYPE_CHECKING:
    from assistant.rag.first_index import FirstIndex

T = TypeVar("T")

#: The document sources searches may return in the current context (None: all).
_SOURCES: ContextVar[frozenset[str] | None] = ContextVar("retrieval_sources", default=None)


@contextmanager
def sources_scope(sources: Collection[str] | None) -> Iterator[None]:
    """Limit the searches made inside the block to documents of ``sources`` (None: all)."""
    token = _SOURCES.set(None if sources is None else frozenset(sources))
    try:
        yield
    finally:
        _SOURCES.reset(token)


def scoped(items: Iterator[T], sources: Collection[str] | None) -> Iterator[T]:
    """``items`` with each step run inside :func:`sources_scope` (for lazy answer streams).

    A generator runs in the context of whoever advances it, and Gradio may
    advance a streaming handler from a different thread at each step, so the
    scope is set around every step rather than once.
    """
    while True:
        with sources_scope(sources):
            try:
                item = next(items)
            except StopIteration:
                return
        yield item


class Retriever:
    """Answers "which passages of the course are about this question?"."""

    #: A first index still being built in the background (the app's first run), if any.
    first_index: FirstIndex | None = None

    def __init__(self, settings: Settings, embedder: Embedder, stores: Stores | None = None):
        self.settings = settings
        self.embedder = embedder
        self.stores = stores or Stores(settings, embedder)
        #: Whose cosines are the hits' ``relevance`` and feed the coverage decision:
        #: the first part of a concatenation, else the embedder (see ``reference_part``).
        self.reference = reference_part(embedder)
        self.threshold = (
            settings.min_relevance
            if settings.min_relevance is not None
            else default_min_relevance(self.reference)
        )
        #: The calibrated "covered?" decision; None means the cosine threshold decides
        #: (asked for, an explicit ASSISTANT_MIN_RELEVANCE, or no model for this embedder).
        #: A concatenation's own model (its domain score reads the whole vector) comes first.
        self.coverage_model: CoverageModel | None = (
            load_coverage_model(embedder.id, fallback=self.reference.id)
            if settings.coverage == "calibrated" and settings.min_relevance is None
            else None
        )
        self._analyzers: dict[str, Analyzer] = {}
        #: Sentence vectors are looked up in the embedding cache (shipped course vectors,
        #: then the data directory's cache), never computed for a question.
        self._sentence_embedder = cached(embedder, settings) if settings.sentence_weight else None
        self._sentences: dict[str, list[bytes]] = {}  # chunk id -> its sentences' cache keys
        self._lock = threading.Lock()
        self._version = (-1, -1)  # the catalogue's (generation, visibility) loaded
        self._chunks: dict[str, Chunk] = {}
        self._hidden: list[str] = []  # hidden documents (never returned)
        self._hidden_chunks = 0
        self._per_source: Counter[str] = Counter()  # visible chunks of each source
        #: Links, e-mail addresses and phone numbers of the course's own documents:
        #: a passage pointing anywhere else is not trusted (see guardrails).
        self.trusted_references = TrustedReferences()
        self.refresh()

    def refresh(self) -> None:
        """Reload live chunks and the lexical index if an ingest or a (un)publish changed them."""
        catalog = self.stores.catalog
        version = (catalog.generation, catalog.visibility)
        if version == self._version:
            return
        with self._lock:
            if version == self._version:  # another thread reloaded meanwhile
                return
            self.stores.ensure_lexical()
            hidden = catalog.hidden()
            live = catalog.chunks()
            self._chunks = {c.chunk_id: c for c in live if c.doc_id not in hidden}
            self._hidden = sorted(hidden)
            self._hidden_chunks = len(live) - len(self._chunks)
            self._per_source = Counter(c.source for c in self._chunks.values())
            self.trusted_references = TrustedReferences.from_texts(
                c.text for c in self._chunks.values() if c.source == COURSE
            )
            self._sentences = {}
            self._version = version

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
        vector: np.ndarray | None = None,
        sources: Collection[str] | None = None,
    ) -> RetrievalResult:
        """Top ``k`` passages for ``query``; filters restrict modules and passage languages.

        ``vector`` is the query's embedding when the caller computed it already
        (the question screen does), so it is not computed twice. ``sources``
        limits the document sources (default: :func:`sources_scope`'s, else all).
        """
        return self._search(query, k, language, modules, doc_languages, vector, sources)[0]

    def coverage_features(
        self, query: str, *, language: str | None = None, vector: np.ndarray | None = None
    ) -> np.ndarray:
        """The retrieval features the coverage decision reads for ``query``.

        For fitting and evals; the model adds the embedding's domain score itself.
        """
        return self._search(query, None, language, None, None, vector)[1]

    def _search(
        self,
        query: str,
        k: int | None,
        language: str | None,
        modules: Sequence[str] | None,
        doc_languages: Sequence[str] | None,
        vector: np.ndarray | None,
        sources: Collection[str] | None = None,
    ) -> tuple[RetrievalResult, np.ndarray]:
        query = textnorm.question(query)  # the gate: clean text, "" when nothing searchable
        if not query:
            raise ConfigError("Empty question: type a question to search the course.")
        if len(query) > textnorm.MAX_QUESTION_CHARS:
            raise ConfigError(
                f"Question too long ({len(query)} characters): keep it under "
                f"{textnorm.MAX_QUESTION_CHARS}."
            )
        k = k or self.settings.top_k
        if k < 1:
            raise ConfigError(f"k must be at least 1 (got {k}).")
        query_language = languages.normalize(language) if language else languages.detect(query)
        wanted_languages = (
            {languages.normalize(code) for code in doc_languages} if doc_languages else None
        )
        wanted_modules = set(modules) if modules else None
        wanted_sources = frozenset(sources) if sources is not None else _SOURCES.get()
        self.refresh()
        chunks, hidden = self._chunks, self._hidden
        # Lexical candidates are filtered after the search: ask for as many more as
        # could be filtered out, so that hiding documents costs no visible candidate.
        excluded = self._hidden_chunks + sum(
            count for source, count in self._per_source.items()
            if wanted_sources is not None and source not in wanted_sources
        )

        def allowed(chunk: Chunk) -> bool:
            return (
                (wanted_modules is None or chunk.module in wanted_modules)
                and (wanted_languages is None or chunk.language in wanted_languages)
                and (wanted_sources is None or chunk.source in wanted_sources)
            )

        if vector is None:
            vector = self.embedder.embed_query(textnorm.embedding_window(query))
        n = max(self.settings.candidates, k)
        dense = [
            (cid, sim)
            for cid, sim in self.stores.vectors.query(
                vector, n, _where(modules, wanted_languages, wanted_sources, hidden)
            )
            if cid in chunks and allowed(chunks[cid])
        ]
        lexical: list[tuple[str, float]] = []
        if self.settings.lexical_weight > 0 and (
            wanted_languages is None or query_language in wanted_languages
        ):
            lexical = [
                (cid, score)
                for cid, score in self.stores.lexical.search(query, query_language, n + excluded)
                if cid in chunks and allowed(chunks[cid])
            ]
        candidates, passage_first = self._fuse(vector, dense, lexical, query_language, chunks)
        hits = candidates[:k]
        top = max((h.relevance for h in hits), default=0.0)
        features = self._features(query, query_language, candidates, passage_first)
        covered, probability = bool(hits) and top >= self.threshold, None
        if self.coverage_model is not None and hits:
            covered, probability = self.coverage_model.decide(
                features, vector_for(self.embedder, vector, self.coverage_model.embedder),
                query_language,
            )
        result = RetrievalResult(
            query=query,
            query_language=query_language,
            hits=tuple(hits),
            covered=covered,
            top_relevance=top,
            threshold=self.threshold,
            coverage=probability,
        )
        return result, features

    def _features(
        self, query: str, language: str, candidates: list[Hit], first: Chunk | None
    ) -> np.ndarray:
        """Coverage features: cosines of all candidates and the best passage's word overlap.

        ``first`` is the best candidate ranked by whole passages (as the coverage model
        was fitted), whatever the sentences then changed in the order.
        """
        analyzer = self._analyzers.get(language)
        if analyzer is None:
            analyzer = self._analyzers.setdefault(language, Analyzer(language))
        words = set(analyzer(query))
        share = 0.0
        if words and first is not None:
            found = set(analyzer(first.embedding_text()))
            share = len(words & found) / len(words)
        return feature_vector(
            [h.relevance for h in candidates],
            [h.relevance for h in candidates if h.chunk.language == language],
            share,
            len(words),
            language,
        )

    def _fuse(
        self,
        vector: np.ndarray,
        dense: list[tuple[str, float]],
        lexical: list[tuple[str, float]],
        query_language: str,
        chunks: dict[str, Chunk],
    ) -> tuple[list[Hit], Chunk | None]:
        """The candidates ranked, and the best one ranked by whole passages only."""
        cosine = dict(dense)
        parts = _part_sizes(self.embedder)
        # Several embedders side by side need every candidate's stored vector (their
        # cosines are z-scored one by one); a single one only the lexical-only candidates'.
        wanted = list(dict.fromkeys([*cosine, *(c for c, _ in lexical)])) if parts else [
            cid for cid, _ in lexical if cid not in cosine
        ]
        stored = self.stores.vectors.vectors(wanted)
        for cid in wanted:
            if cid not in cosine and cid in stored:
                cosine[cid] = float(stored[cid] @ vector)
        if not cosine:
            return [], None
        ids = list(cosine)
        if parts:  # a candidate whose vector went meanwhile cannot be scored part by part
            ids = [cid for cid in ids if cid in stored]
            if not ids:
                return [], None
        if parts:
            matrix = np.stack([stored[c] for c in ids]).astype(np.float64)
            per_part = [matrix[:, a:b] @ vector[a:b] for a, b in parts]
            # Each part's block is scaled by 1/sqrt(len(parts)) in both vectors, so its
            # cosine is len(parts) times its share of the dot product.
            cosine = dict(zip(ids, (per_part[0] * len(parts)).tolist(), strict=True))
        else:
            per_part = [np.array([cosine[c] for c in ids], dtype=np.float64)]
        passage_z = np.mean([_zscore(part) for part in per_part], axis=0)
        z = passage_z
        weight = self.settings.sentence_weight
        if weight > 0:
            sentence = self._best_sentences(
                ids, chunks, vector, parts or [(0, len(vector))], per_part
            )
            z = np.mean(
                [
                    (_zscore(whole) + weight * _zscore(best)) / (1 + weight)
                    for whole, best in zip(per_part, sentence, strict=True)
                ],
                axis=0,
            )
        best_lexical = max((s for _, s in lexical), default=0.0)
        lexical_score = {cid: s / best_lexical for cid, s in lexical} if best_lexical else {}
        dense_rank = {cid: i for i, (cid, _) in enumerate(dense)}
        lexical_rank = {cid: i for i, (cid, _) in enumerate(lexical)}
        hits = []
        passage_first: tuple[float, str] | None = None
        for cid, z_score, whole_z in zip(ids, z, passage_z, strict=True):
            chunk = chunks[cid]  # the snapshot the candidates were filtered with
            extra = self.settings.lexical_weight * lexical_score.get(cid, 0.0)
            if chunk.language == query_language:
                extra += self.settings.language_bonus
            score = float(z_score) + extra
            key = (-(float(whole_z) + extra), cid)
            if passage_first is None or key < passage_first:
                passage_first = key
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
        return hits, chunks[passage_first[1]] if passage_first else None

    def _best_sentences(
        self,
        ids: list[str],
        chunks: dict[str, Chunk],
        vector: np.ndarray,
        bounds: list[tuple[int, int]],
        whole: list[np.ndarray],
    ) -> list[np.ndarray]:
        """Per embedder part, each candidate's best sentence cosine.

        A candidate without a cached sentence (a heading, a short line, a document
        ingested with the cache off) keeps its whole passage's cosine (``whole``, per
        part), so it is neither helped nor hurt.
        """
        assert self._sentence_embedder is not None
        keys = [self._sentence_keys(chunks[cid]) for cid in ids]
        # Only vectors already cached (shipped with the course, or embedded by the ingest):
        # a question never waits for the model to embed sentences.
        known = self._sentence_embedder.lookup_keys({key for group in keys for key in group})
        groups = [[known[key] for key in group if key in known] for group in keys]
        if not any(groups):
            return whole
        matrix = np.vstack([v for group in groups for v in group]).astype(np.float64)
        out = []
        for (a, b), passage in zip(bounds, whole, strict=True):
            cosines = matrix[:, a:b] @ vector[a:b]
            best = passage.copy()
            offset = 0
            for i, group in enumerate(groups):
                if group:
                    best[i] = cosines[offset : offset + len(group)].max()
                offset += len(group)
            out.append(best)
        return out

    def _sentence_keys(self, chunk: Chunk) -> list[bytes]:
        """Cache keys of the sentences of ``chunk`` that the ranking compares.

        Those the extractive answer reads, split and hashed once per catalogue version.
        """
        found = self._sentences.get(chunk.chunk_id)
        if found is None:
            found = [text_key(s) for s in split_sentences(chunk.text)[:MAX_SENTENCES]]
            self._sentences[chunk.chunk_id] = found
        return found


#: Sentences of one passage compared with a question (a chunk holds about ten).
MAX_SENTENCES = 40


def _zscore(values: np.ndarray) -> np.ndarray:
    spread = values.std()
    return (values - values.mean()) / (spread if spread > 1e-9 else 1.0)


def _part_sizes(embedder: Embedder) -> list[tuple[int, int]]:
    """Column ranges of the embedders inside a concatenated one (``e5+use``); [] for one."""
    parts = getattr(embedder, "parts", None)
    if not parts or len(parts) < 2:
        return []
    bounds, start = [], 0
    for part in parts:
        bounds.append((start, start + int(part.dim)))
        start += int(part.dim)
    return bounds


def _where(
    modules: Sequence[str] | None,
    doc_languages: set[str] | None,
    sources: frozenset[str] | None = None,
    hidden: Sequence[str] = (),
) -> dict[str, Any] | None:
    clauses: list[dict[str, Any]] = []
    if modules:
        clauses.append({"module": {"$in": list(modules)}})
    if doc_languages:
        clauses.append({"language": {"$in": sorted(doc_languages)}})
    if sources is not None:
        clauses.append({"source": {"$in": sorted(sources) or [""]}})
    if hidden:
        clauses.append({"doc_id": {"$nin": list(hidden)}})
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}
