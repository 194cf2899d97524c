"""The single place that turns a question into an :class:`~assistant.types.Answer`.

Steps, in order:

1. validate the question (empty, too long) and settle the answer language
   (forced, detected among the five, or English with a note when the question
   is clearly in another language);
2. rewrite a follow-up as a standalone question from the conversation's recent
   turns (the chat model's condense prompt, or a word-overlap rule offline);
3. retrieve, and decline politely with the closest modules when the course
   does not cover the question;
4. pick the passages to answer from (the learner's language first), remove
   instruction-like sentences from them, and generate an answer — or, in tutor
   mode, a hint;
5. check the draft: markers must point at given passages (others are removed
   and flagged); a draft with no valid marker, in the wrong language or with
   an instruction-like sentence is replaced by the extractive answer, so
   nothing unverifiable is shown;
6. attach citations for exactly the passages the text cites.

Streaming shows only checked text. A model's draft cannot be checked until it
is complete (the language and "is anything cited" checks look at all of it,
and ``NOT_IN_COURSE`` or an instruction may come last), so
:meth:`Assistant.stream` holds the draft back — yielding :class:`Checking`
meanwhile — and then streams the final answer's text in sentence-sized
pieces. The learner waits for the whole draft, in exchange for never seeing
one that is then withdrawn.

Backend failures become a localized message with ``status="error"``; the
conversation goes on. Question text is never logged.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from assistant import languages, textnorm
from assistant.config import Settings
from assistant.errors import BackendError, BackendTimeout, ConfigError
from assistant.rag import guardrails, prompts
from assistant.rag.embeddings import Embedder, make_embedder
from assistant.rag.generate import Draft, ExtractiveGenerator, Generator, make_generator
from assistant.rag.index import Stores
from assistant.rag.ingest import Ingestor, IngestReport, ProgressFactory, no_progress
from assistant.rag.retrieve import Retriever
from assistant.rag.screen import QuestionScreen, Verdict, build_screen, reply_text
from assistant.rag.vector_cache import cached
from assistant.types import Answer, Citation, Hit, RetrievalResult, Turn

log = logging.getLogger(__name__)

MAX_QUESTION_CHARS = textnorm.MAX_QUESTION_CHARS
SNIPPET_CHARS = 320
#: How far (in fused-score units, roughly standard deviations) a passage in the
#: learner's language may trail the best passage and still be preferred.
SAME_LANGUAGE_MARGIN = 1.0
#: A generated text is "in the wrong language" only when detection is this sure.
WRONG_LANGUAGE_CONFIDENCE = 0.9
#: Follow-ups this short, or with a referring word, are read with the last question.
FOLLOW_UP_MAX_WORDS = 6
_REFERRING = {
    "en": {"it", "this", "that", "they", "them", "those", "these", "its", "their"},
    "fr": {"il", "elle", "ils", "elles", "cela", "ça", "ce", "ceci", "leur", "leurs", "celui"},
    # Pronouns only: articles ("la", "o", "a") would make every long question a follow-up.
    "es": {"eso", "esto", "ello", "ellos", "ellas", "su", "sus", "este", "esta"},
    "pt": {"isso", "isto", "ele", "ela", "eles", "elas", "seu", "sua", "este", "esta"},
    "ar": {"ذلك", "هذا", "هذه", "تلك", "هو", "هي", "هم", "ذلكم"},
}


#: Where a streamed piece ends: after a sentence's end (with its closing quotes and
#: citation markers) and the whitespace that follows, or after a run of line breaks.
_PIECE_END = re.compile(r"[.!?؟…][\"'”’»)]*(?:\s*\[[\d\s,;،]+\])*(?:\s+|\Z)|\n\s*")


@dataclass(frozen=True)
class Checking:
    """Streamed while a model's draft is written and checked; none of its text is shown yet."""


def text_pieces(text: str) -> list[str]:
    """``text`` cut after each sentence and paragraph; the pieces join back to ``text``."""
    pieces: list[str] = []
    start = 0
    for match in _PIECE_END.finditer(text):
        if match.end() > start:
            pieces.append(text[start : match.end()])
            start = match.end()
    if start < len(text):
        pieces.append(text[start:])
    return pieces


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
        source=chunk.source,
    )


def is_follow_up(question: str, language: str) -> bool:
    """True when ``question`` probably leans on the previous turn."""
    words = [w.strip("?¿!¡.,;:«»\"'؟،").lower() for w in question.split()]
    referring = _REFERRING.get(language, set())
    return len(words) <= FOLLOW_UP_MAX_WORDS or any(w in referring for w in words)


def _sanitize(
    hits: Sequence[Hit], trusted: guardrails.TrustedReferences
) -> tuple[list[Hit], int, int]:
    """Passages made safe to show, and how many sentences of each kind went.

    Normalised, without instruction-like or planted sentences (requests to pay,
    send data or log in; links the course does not contain).
    """
    clean: list[Hit] = []
    instructions = planted = 0
    for hit in hits:
        result = guardrails.sanitize(hit.chunk.text, trusted)
        instructions += len(result.instructions)
        planted += len(result.planted)
        same = result.text == hit.chunk.text
        clean.append(hit if same else replace(hit, chunk=replace(hit.chunk, text=result.text)))
    return clean, instructions, planted


def _sanitize_flags(instructions: int, planted: int) -> list[str]:
    """The flags an instructor sees for what :func:`_sanitize` removed (never the text)."""
    flags = []
    if instructions:
        flags.append("instructions_removed")
        log.warning("Removed %d instruction-like sentence(s) from retrieved passages", instructions)
    if planted:
        flags.append("planted_content")
        log.warning("Removed %d planted sentence(s) (payment, personal data, login or unknown "
                    "link) from retrieved passages", planted)
    return flags


def _invalid(text: str, base: dict[str, Any]) -> Answer | None:
    """The friendly reply to an empty or over-long text, or None when it is fine."""
    if text and len(text) <= MAX_QUESTION_CHARS:
        return None
    language = base["language"]
    message = (
        languages.message_n("question_too_long", len(text), language, limit=MAX_QUESTION_CHARS)
        if text
        else languages.message("empty_question", language)
    )
    return Answer(text=message, covered=False, status="invalid_question", **base)


def _failed(exc: BackendError, model: str, base: dict[str, Any], **fields: Any) -> Answer:
    """The localized "model unavailable / too slow" reply; the error goes to the log."""
    log.error("Generation failed (%s): %s", model, exc)
    key = "backend_timeout" if isinstance(exc, BackendTimeout) else "backend_error"
    flags = (*fields.pop("flags", ()), key)
    return Answer(
        text=languages.message(key, base["language"]), status="error", flags=flags, **fields,
        **base,
    )


class Assistant:
    """Answers learners' questions from the course."""

    def __init__(
        self,
        settings: Settings,
        retriever: Retriever,
        generator: Generator,
        *,
        fallback: Generator | None = None,
        screen: QuestionScreen | None | bool = True,
    ):
        self.settings = settings
        self.retriever = retriever
        self.generator = generator
        #: The question screen (``True``: the offline one the settings ask for; ``None``/``False``:
        #: none). :func:`build_assistant` adds the LLM moderation step when a model is configured.
        self.screen = (
            build_screen(settings, retriever.embedder.id) if screen is True else screen or None
        )
        #: Used when a model's draft cannot be verified; None when the main generator is
        #: itself extractive (its drafts are the course's own sentences).
        if fallback is None and not isinstance(generator, ExtractiveGenerator):
            fallback = ExtractiveGenerator(retriever.embedder)
        self.fallback = fallback

    def ask(
        self,
        question: str,
        *,
        language: str | None = None,
        modules: Sequence[str] | None = None,
        history: Sequence[Turn] = (),
        tutor: bool = False,
    ) -> Answer:
        """Answer ``question``; ``language`` forces the answer language (else detected)."""
        answer = None
        for item in self._run(question, language, modules, history, tutor, streaming=False):
            if isinstance(item, Answer):
                answer = item
        assert answer is not None
        return answer

    def stream(
        self,
        question: str,
        *,
        language: str | None = None,
        modules: Sequence[str] | None = None,
        history: Sequence[Turn] = (),
        tutor: bool = False,
    ) -> Iterator[str | Checking | Answer]:
        """Like :meth:`ask`, yielding the answer's text in pieces before the answer itself.

        In order: at most one :class:`Checking`, only while a generative model
        drafts (never offline, nor for replies that need no draft); then the
        final answer's text cut into sentences, which join to exactly
        ``answer.text``; then that :class:`Answer`, the same as :meth:`ask`
        gives for the same model reply. No piece is yielded before every check
        has passed, so a rejected draft is never shown, not even in part.
        """
        for item in self._run(question, language, modules, history, tutor, streaming=True):
            if isinstance(item, Answer):
                yield from text_pieces(item.text)
            yield item

    def draft_reply(self, message: str, department: str, *, language: str | None = None) -> Answer:
        """Draft a reply to a resident's ``message`` with the configured LLM, from the course.

        The prompt lab's task. Raises :class:`ConfigError` when no LLM is
        configured (the extractive generator cannot write letters); backend
        failures come back as ``status="error"`` like any answer.
        """
        draft_reply = getattr(self.generator, "draft_reply", None)
        if draft_reply is None:
            raise ConfigError(
                "Drafting replies needs a generative model: set ASSISTANT_LLM (e.g. "
                "ollama:<model>, openai:<model> or llamacpp:<file.gguf>, see README)."
            )
        message = textnorm.question(message)
        reply_language = languages.normalize(language) if language else languages.detect(message)
        base: dict[str, Any] = {
            "language": reply_language, "model": self.generator.id, "question": message
        }
        invalid = _invalid(message, base)
        if invalid is not None:
            return invalid
        result = self.retriever.search(message, language=reply_language)
        passages, removed, planted = _sanitize(
            self._passages(result, reply_language), self.retriever.trusted_references
        )
        flags = _sanitize_flags(removed, planted)
        try:
            draft = draft_reply(message, department, reply_language, passages)
        except BackendError as exc:
            return _failed(exc, self.generator.id, base, covered=result.covered, flags=flags)
        check = guardrails.check_markers(draft.text, len(passages))
        if check.invalid:
            flags.append("invalid_markers")
        return Answer(
            text=check.text,
            covered=result.covered,
            citations=tuple(_citation(m, passages[m - 1]) for m in check.valid),
            prompt_version=draft.prompt_version,
            status="answered",
            flags=tuple(flags),
            **base,
        )

    # -- steps -----------------------------------------------------------------

    def _run(
        self,
        question: str,
        language: str | None,
        modules: Sequence[str] | None,
        history: Sequence[Turn],
        tutor: bool,
        *,
        streaming: bool,
    ) -> Iterator[Checking | Answer]:
        # Never yields text: the only text a learner sees is the final Answer's.
        question = textnorm.question(question)  # the gate: clean, "" when nothing to search
        flags: list[str] = []
        notes: list[str] = []
        if language:
            answer_language = languages.normalize(language)
        else:
            foreign = languages.detect_foreign(question) if question else None
            answer_language = languages.DEFAULT_LANGUAGE if foreign else languages.detect(question)
            if foreign:
                flags.append("unsupported_language")
                notes.append(
                    languages.message("unsupported_language", answer_language, language=foreign)
                )
        base: dict[str, Any] = {
            "language": answer_language, "model": self.generator.id, "question": question
        }
        invalid = _invalid(question, base)
        if invalid is not None:
            yield invalid
            return

        timings: dict[str, float] = {}
        versions: list[str] = []
        vector = None
        if self.screen is not None:
            started = time.perf_counter()
            if self.screen.needs_vector:
                vector = self.retriever.embedder.embed_query(textnorm.embedding_window(question))
            verdict = self.screen.check(question, answer_language, vector)
            timings["screen_ms"] = (time.perf_counter() - started) * 1000
            if verdict.flagged:
                yield self._screened(verdict, answer_language, timings, flags, notes, base)
                return
        started = time.perf_counter()
        standalone = self._standalone(question, answer_language, history, versions, flags)
        base["question"] = standalone
        timings["condense_ms"] = (time.perf_counter() - started) * 1000

        started = time.perf_counter()
        # The question is embedded once per answer: the screen's vector (when the
        # question was not rewritten) or this one serves retrieval and the generator.
        if vector is None or standalone != question:
            query = textnorm.question(standalone)
            vector = self.retriever.embedder.embed_query(textnorm.embedding_window(query))
        result = self.retriever.search(
            standalone, language=answer_language, modules=modules, vector=vector
        )
        # The extractive generator embeds the text it is given; the same text, the same vector.
        if textnorm.question(standalone) != standalone:
            vector = None
        timings["retrieve_ms"] = (time.perf_counter() - started) * 1000
        if not result.covered:
            yield self._refusal(result, answer_language, versions, timings, flags, notes, base)
            return

        passages, removed, planted = _sanitize(
            self._passages(result, answer_language), self.retriever.trusted_references
        )
        flags.extend(_sanitize_flags(removed, planted))
        task = "hint" if tutor else "answer"
        stream = getattr(self.generator, "stream", None) if streaming else None
        if stream is not None:
            yield Checking()
        started = time.perf_counter()
        try:
            draft = self._draft(standalone, answer_language, passages, task, stream, vector)
        except BackendError as exc:
            timings["generate_ms"] = (time.perf_counter() - started) * 1000
            yield _failed(
                exc, self.generator.id, base, covered=True, prompt_version="+".join(versions),
                timings_ms=timings, flags=flags,
            )
            return
        timings["generate_ms"] = (time.perf_counter() - started) * 1000
        versions.append(draft.prompt_version)
        if draft.declined:
            flags.append("model_declined")
            yield self._refusal(result, answer_language, versions, timings, flags, notes, base)
            return
        draft = self._verified(draft, standalone, answer_language, passages, task, flags, vector)
        if "extractive_fallback" in flags:
            versions.append(draft.prompt_version)
            base["model"] = f"{self.generator.id}>extractive"
            notes.append(languages.message("extractive_fallback", answer_language))
        yield self._compose(draft, passages, answer_language, task, versions, timings, flags, notes, base)

    def _standalone(
        self,
        question: str,
        language: str,
        history: Sequence[Turn],
        versions: list[str],
        flags: list[str],
    ) -> str:
        """The question to retrieve for: follow-ups are rewritten with recent turns."""
        turns = list(history)[-self.settings.memory_turns :] if self.settings.memory_turns else []
        if not turns or not is_follow_up(question, language):
            return question
        condense = getattr(self.generator, "condense", None)
        if condense is not None:
            try:
                rewritten = str(condense([(t.question, t.answer) for t in turns], question, language))
                versions.append(prompts.DEFAULT_VERSIONS["condense"])
                flags.append("condensed")
                return rewritten[:MAX_QUESTION_CHARS]
            except BackendError as exc:
                log.warning("Condensing the follow-up failed, using the word rule: %s", exc)
        flags.append("condensed")
        return f"{turns[-1].question} {question}"[:MAX_QUESTION_CHARS]

    def _passages(self, result: RetrievalResult, language: str) -> list[Hit]:
        """Passages in the learner's language when about as good as the best; else the best."""
        if not result.hits:
            return []
        best = result.hits[0].score
        same_language = [
            h
            for h in result.hits
            if h.chunk.language == language and h.score >= best - SAME_LANGUAGE_MARGIN
        ]
        return same_language or list(result.hits)

    def _draft(
        self,
        question: str,
        language: str,
        passages: list[Hit],
        task: str,
        stream: Callable[..., Iterator[str | Draft]] | None,
        vector: np.ndarray | None = None,
    ) -> Draft:
        """Generate the draft, reading the model's ``stream`` when given.

        A streamed reply is read piece by piece (so a slow local model is timed
        per piece, not per reply) but its raw pieces are dropped here: only the
        parsed draft goes on to the checks. ``vector`` (the question's embedding)
        goes to the extractive generator.
        """
        if isinstance(self.generator, ExtractiveGenerator):
            return self.generator.generate(
                question, language, passages, task=task, query_vector=vector
            )
        if stream is None:
            return self.generator.generate(question, language, passages, task=task)
        draft: Draft | None = None
        for item in stream(question, language, passages, task=task):
            if isinstance(item, Draft):
                draft = item
        if draft is None:
            raise BackendError(f"{self.generator.id} ended its stream without a reply.")
        return draft

    def _verified(
        self,
        draft: Draft,
        question: str,
        language: str,
        passages: list[Hit],
        task: str,
        flags: list[str],
        vector: np.ndarray | None = None,
    ) -> Draft:
        """Drop markers that point nowhere; fall back when the draft can't be trusted."""
        check = guardrails.check_markers(draft.text, len(passages))
        if check.invalid:
            flags.append("invalid_markers")
        draft = replace(draft, text=check.text, cited=check.valid)
        if self.fallback is None:
            return draft
        detected, confidence = languages.detect_with_confidence(guardrails.strip_markers(draft.text))
        wrong_language = (
            detected is not None and detected != language and confidence >= WRONG_LANGUAGE_CONFIDENCE
        )
        if wrong_language:
            flags.append("wrong_language")
        if not draft.cited:
            flags.append("uncited")
        # A model that obeyed an injection the passage filter missed, or echoes one.
        instructions = bool(guardrails.remove_instructions(draft.text)[1])
        if instructions:
            flags.append("draft_instructions")
        # A model that asks the learner to pay, send data, log in or visit an unknown
        # link, whether it read that somewhere or made it up.
        planted = guardrails.carries_planted(draft.text, self.retriever.trusted_references)
        if planted:
            flags.append("draft_planted")
        if wrong_language or not draft.cited or instructions or planted:
            flags.append("extractive_fallback")
            if isinstance(self.fallback, ExtractiveGenerator):
                return self.fallback.generate(
                    question, language, passages, task=task, query_vector=vector
                )
            return self.fallback.generate(question, language, passages, task=task)
        return draft

    def _compose(
        self,
        draft: Draft,
        passages: list[Hit],
        language: str,
        task: str,
        versions: list[str],
        timings: dict[str, float],
        flags: list[str],
        notes: list[str],
        base: dict[str, Any],
    ) -> Answer:
        citations = tuple(_citation(m, passages[m - 1]) for m in draft.cited)
        other = sorted({c.language for c in citations if c.language != language})
        if other:
            names = ", ".join(languages.display_name(code) for code in other)
            notes.append(languages.message("source_other_language", language, languages=names))
        # Only the instructor's material cited: the learner is not told it is the course's.
        only_instructor = bool(citations) and all(c.source == "instructor" for c in citations)
        key = "from_instructor" if only_instructor else "from_course"
        intro = languages.message("hint_intro" if task == "hint" else key, language)
        text = "\n\n".join([intro, draft.text, *notes])
        return Answer(
            text=text,
            covered=True,
            citations=citations,
            prompt_version="+".join(versions),
            timings_ms=timings,
            notes=tuple(notes),
            status="hint" if task == "hint" else "answered",
            flags=tuple(flags),
            **base,
        )

    def _refusal(
        self,
        result: RetrievalResult,
        language: str,
        versions: list[str],
        timings: dict[str, float],
        flags: list[str],
        notes: list[str],
        base: dict[str, Any],
    ) -> Answer:
        version, text = prompts.render_text(
            "refusal", language=language, modules=self._closest_modules(result.hits, language)
        )
        return Answer(
            text="\n\n".join([text, *notes]),
            covered=False,
            prompt_version="+".join([*versions, version]),
            timings_ms=timings,
            notes=tuple(notes),
            status="not_covered",
            flags=tuple(flags),
            **base,
        )

    def _screened(
        self,
        verdict: Verdict,
        language: str,
        timings: dict[str, float],
        flags: list[str],
        notes: list[str],
        base: dict[str, Any],
    ) -> Answer:
        """The reply to a screened question: help for distress, a polite refusal otherwise."""
        status = "support" if verdict.category == "distress" else "declined"
        return Answer(
            text="\n\n".join([reply_text(verdict, language, self.settings), *notes]),
            covered=False,
            prompt_version=self.screen.version if self.screen and verdict.source == "llm" else "",
            timings_ms=timings,
            notes=tuple(notes),
            status=status,
            flags=(*flags, f"screened_{verdict.category}", f"screened_by_{verdict.source}"),
            **base,
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
    chat_model: object | None = None,
    ingest_if_empty: bool = True,
    progress: ProgressFactory = no_progress,
) -> tuple[Assistant, IngestReport | None]:
    """Open (or, on first run, build) the index of the built-in corpus and an Assistant.

    ``chat_model`` replaces the configured LangChain chat model (tests pass fakes).
    """
    retriever, report = build_retriever(
        settings, embedder=embedder, ingest_if_empty=ingest_if_empty, progress=progress
    )
    generator = make_generator(settings, retriever.embedder, chat_model=chat_model)
    # LLM moderation only for a model the settings name (an injected chat model is a test's).
    moderator = getattr(generator, "chat_model", None) if _configured_llm(settings) else None
    screen = build_screen(settings, retriever.embedder.id, moderator)
    return Assistant(settings, retriever, generator, screen=screen or False), report


def _configured_llm(settings: Settings) -> bool:
    return settings.llm.strip() not in ("", "extractive")


def build_retriever(
    settings: Settings,
    *,
    embedder: Embedder | None = None,
    ingest_if_empty: bool = True,
    progress: ProgressFactory = no_progress,
) -> tuple[Retriever, IngestReport | None]:
    """Open (or, on first run, build) the index of the built-in corpus; no generator.

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
        report = Ingestor(settings, embedder, stores).run(corpus, progress=progress)
    return Retriever(settings, embedder, stores), report
