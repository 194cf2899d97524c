"""Wiring: the index, the retriever and an :class:`~assistant.rag.answer.Assistant` from settings.

The app, the command line, the evaluations and the benchmarks all start here,
so a first run everywhere indexes the built-in course the same way.
"""

from __future__ import annotations

import logging
from pathlib import Path

from assistant.config import Settings
from assistant.rag.answer import Assistant
from assistant.rag.embeddings import Embedder, make_embedder
from assistant.rag.first_index import FirstIndex
from assistant.rag.generate import make_generator
from assistant.rag.index import Stores
from assistant.rag.ingest import Ingestor, IngestReport, ProgressFactory, no_progress
from assistant.rag.retrieve import Retriever
from assistant.rag.screen import build_screen, screen_embedder_id
from assistant.rag.vector_cache import cached

log = logging.getLogger(__name__)


def build_assistant(
    settings: Settings,
    *,
    embedder: Embedder | None = None,
    chat_model: object | None = None,
    ingest_if_empty: bool = True,
    progress: ProgressFactory = no_progress,
    in_background: bool = False,
) -> tuple[Assistant, IngestReport | None]:
    """Open (or, on first run, build) the index of the built-in corpus and an Assistant.

    ``chat_model`` replaces the configured LangChain chat model (tests pass fakes);
    ``in_background`` see :func:`build_retriever`.
    """
    retriever, report = build_retriever(
        settings, embedder=embedder, ingest_if_empty=ingest_if_empty, progress=progress,
        in_background=in_background,
    )
    generator = make_generator(settings, retriever.embedder, chat_model=chat_model)
    # LLM moderation only for a model the settings name (an injected chat model is a test's).
    moderator = getattr(generator, "chat_model", None) if _configured_llm(settings) else None
    screen = build_screen(settings, screen_embedder_id(retriever.embedder), moderator)
    return Assistant(settings, retriever, generator, screen=screen or False), report


def _configured_llm(settings: Settings) -> bool:
    return settings.llm.strip() not in ("", "extractive")


def build_retriever(
    settings: Settings,
    *,
    embedder: Embedder | None = None,
    ingest_if_empty: bool = True,
    progress: ProgressFactory = no_progress,
    in_background: bool = False,
) -> tuple[Retriever, IngestReport | None]:
    """Open (or, on first run, build) the index of the built-in corpus; no generator.

    With ``in_background`` a first-run ingest runs on a thread
    (:class:`~assistant.rag.first_index.FirstIndex`, on ``retriever.first_index``)
    and the retriever comes back at once; the report is then None.

    The embedder is put behind the embedding cache (:mod:`assistant.rag.vector_cache`):
    the first run takes the built-in course's vectors from the shipped file, and
    answers take sentence vectors from the cache.
    """
    embedder = cached(embedder or make_embedder(settings.embedder), settings)
    stores = Stores(settings, embedder)
    report = None
    if ingest_if_empty and stores.catalog.chunk_count() == 0:
        corpus = Path(settings.corpus_dir)
        log.info("First run: indexing the course in %s", corpus)
        ingestor = Ingestor(settings, embedder, stores)
        if in_background:
            retriever = Retriever(settings, embedder, stores)
            retriever.first_index = FirstIndex(
                lambda counted: ingestor.run(corpus, progress=counted), progress
            ).start()
            return retriever, None
        report = ingestor.run(corpus, progress=progress)
    return Retriever(settings, embedder, stores), report
