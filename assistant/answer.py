"""The single place that turns a question into an :class:`~assistant.types.Answer`.

Steps: validate the question, settle the answer language, retrieve, decide
whether the course covers the question, pick the passages to answer from
(those in the learner's language when there are any), generate, and attach
citations for exactly the passages the text cites.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from pathlib import Path

from assistant import languages
from assistant.config import Settings
from assistant.embeddings import Embedder, make_embedder
from assistant.generate import ExtractiveGenerator, Generator
from assistant.index import Stores
from assistant.ingest import Ingestor, IngestReport, ProgressFactory, no_progress
from assistant.retrieve import Retriever
from assistant.types import Answer, Citation, Hit

log = logging.getLogger(__name__)

MAX_QUESTION_CHARS = 2000
SNIPPET_CHARS = 320
#: How far (in fused-score units, roughly standard deviations) a passage in the
#: learner's language may trail the best passage and still be preferred.
SAME_LANGUAGE_MARGIN = 1.0


def _snippet(text: str) -> str:
    text = " ".join(text.split())
    if len(text) <= SNIPPET_CHARS:
        return text
    cut = text.rfind(" ", 0, SNIPPET_CHARS)
    return text[: cut if cut > 0 else SNIPPET_CHARS] + " …"


def _citation(marker: int, hit: Hit) -> Citation:
    chunk = hit.chunk
    return Citation(
        marker=marker,
        document=chunk.doc_id,
        section=chunk.section_id,
        section_title=chunk.section_path[-1] if chunk.section_path else chunk.title,
        title=chunk.title,
        language=chunk.language,
        snippet=_snippet(chunk.text),
        passage=chunk.text,
    )


class Assistant:
    """Answers learners' questions from the course."""

    def __init__(self, settings: Settings, retriever: Retriever, generator: Generator):
        self.settings = settings
        self.retriever = retriever
        self.generator = generator

    def ask(
        self,
        question: str,
        *,
        language: str | None = None,
        modules: Sequence[str] | None = None,
    ) -> Answer:
        """Answer ``question``; ``language`` forces the answer language (else detected)."""
        question = (question or "").strip()
        fallback = languages.normalize(language) if language else languages.DEFAULT_LANGUAGE
        answer_language = fallback if language else languages.detect(question, fallback)
        model = self.generator.id
        version = self.generator.prompt_version
        if not question:
            return Answer(
                languages.message("empty_question", answer_language),
                answer_language,
                False,
                model=model,
                prompt_version=version,
            )
        if len(question) > MAX_QUESTION_CHARS:
            text = languages.message(
                "question_too_long", answer_language, length=len(question), limit=MAX_QUESTION_CHARS
            )
            return Answer(text, answer_language, False, model=model, prompt_version=version)

        started = time.perf_counter()
        result = self.retriever.search(question, language=answer_language, modules=modules)
        retrieved = time.perf_counter()
        timings = {"retrieve_ms": (retrieved - started) * 1000}
        if not result.covered:
            text = languages.message("not_covered", answer_language)
            closest = self._closest_modules(result.hits, answer_language)
            if closest:
                text += "\n\n" + languages.message("closest_modules", answer_language)
                text += "\n" + "\n".join(f"- {title}" for title in closest)
            return Answer(
                text,
                answer_language,
                False,
                model=model,
                prompt_version=version,
                timings_ms=timings,
            )

        # Answer from passages in the learner's language when they are about as good
        # as the best passage; otherwise from the best passages, whatever their language.
        best = result.hits[0].score
        same_language = [
            h
            for h in result.hits
            if h.chunk.language == answer_language and h.score >= best - SAME_LANGUAGE_MARGIN
        ]
        passages = same_language or list(result.hits)
        draft = self.generator.generate(question, answer_language, passages)
        timings["generate_ms"] = (time.perf_counter() - retrieved) * 1000
        valid = [m for m in draft.cited if 1 <= m <= len(passages)]
        citations = tuple(_citation(m, passages[m - 1]) for m in valid)
        notes: list[str] = []
        other = sorted({c.language for c in citations if c.language != answer_language})
        text = draft.text
        if other:
            note = languages.message(
                "source_other_language",
                answer_language,
                languages=", ".join(languages.display_name(code) for code in other),
            )
            notes.append(note)
            text = f"{text}\n\n{note}"
        intro = languages.message("from_course", answer_language)
        return Answer(
            text=f"{intro}\n\n{text}",
            language=answer_language,
            covered=True,
            citations=citations,
            model=model,
            prompt_version=version,
            timings_ms=timings,
            notes=tuple(notes),
        )

    def _closest_modules(self, hits: Sequence[Hit], language: str) -> list[str]:
        """Titles of the modules nearest to an uncovered question, learner's language first."""
        titles: dict[str, str] = {}
        for hit in sorted(hits, key=lambda h: h.chunk.language != language):
            titles.setdefault(hit.chunk.module, hit.chunk.title)
        return list(titles.values())[:3]


def build_assistant(
    settings: Settings,
    *,
    embedder: Embedder | None = None,
    ingest_if_empty: bool = True,
    progress: ProgressFactory = no_progress,
) -> tuple[Assistant, IngestReport | None]:
    """Open (or, on first run, build) the index of the built-in corpus and an Assistant."""
    embedder = embedder or make_embedder(settings.embedder)
    stores = Stores(settings, embedder)
    report = None
    if ingest_if_empty and stores.catalog.chunk_count() == 0:
        corpus = Path(settings.corpus_dir)
        log.info("First run: indexing the course in %s", corpus)
        report = Ingestor(settings, embedder, stores).run(corpus, progress=progress)
    retriever = Retriever(settings, embedder, stores)
    return Assistant(settings, retriever, ExtractiveGenerator(embedder)), report
