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
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from assistant import languages, textnorm
from assistant.config import Settings
from assistant.errors import BackendError, BackendTimeout, ConfigError
from assistant.rag import guardrails, passages, prompts
from assistant.rag.embeddings import vector_for
from assistant.rag.first_index import FirstIndex
from assistant.rag.generate import Draft, ExtractiveGenerator, Generator
from assistant.rag.retrieve import Retriever
from assistant.rag.screen import (
    QuestionScreen,
    Verdict,
    build_screen,
    reply_text,
    screen_embedder_id,
)
from assistant.types import Answer, Hit, RetrievalResult, Turn

log = logging.getLogger(__name__)

MAX_QUESTION_CHARS = textnorm.MAX_QUESTION_CHARS
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


def is_follow_up(question: str, language: str) -> bool:
    """True when ``question`` probably leans on the previous turn."""
    words = [w.strip("?¿!¡.,;:«»\"'؟،").lower() for w in question.split()]
    referring = _REFERRING.get(language, set())
    return len(words) <= FOLLOW_UP_MAX_WORDS or any(w in referring for w in words)


@dataclass
class _Trace:
    """What one answer gathers on its way, shared by every reply it may end in.

    ``flags`` are guardrail events, ``notes`` the learner-visible notes appended
    to the reply, ``versions`` the prompt templates used, ``timings`` the time
    each step took.
    """

    language: str
    model: str
    question: str
    flags: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    versions: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)

    @contextmanager
    def timed(self, step: str) -> Iterator[None]:
        """Record how long the ``with`` block took as ``timings[step + "_ms"]``."""
        started = time.perf_counter()
        try:
            yield
        finally:
            self.timings[f"{step}_ms"] = (time.perf_counter() - started) * 1000

    def reply(self, text: str, *, covered: bool, status: str, **fields: Any) -> Answer:
        """The answer: ``text`` followed by the notes, with everything gathered so far."""
        fields.setdefault("prompt_version", "+".join(self.versions))
        fields.setdefault("flags", tuple(self.flags))
        return Answer(
            text="\n\n".join([text, *self.notes]), covered=covered, status=status,
            timings_ms=self.timings, notes=tuple(self.notes), language=self.language,
            model=self.model, question=self.question, **fields,
        )

    def not_ready(self, first_index: FirstIndex) -> Answer:
        """The reply while the first index is still being built, or after it failed."""
        if first_index.error is not None:
            text = languages.message("index_failed", self.language)
        else:
            text = languages.message("index_building", self.language,
                                     done=first_index.done, total=first_index.total)
        return Answer(text=text, covered=False, status="not_ready", language=self.language,
                      model=self.model, question=self.question)

    def invalid(self) -> Answer | None:
        """The friendly reply to an empty or over-long question, or None when it is fine."""
        text = self.question
        if text and len(text) <= MAX_QUESTION_CHARS:
            return None
        message = (
            languages.message_n(
                "question_too_long", len(text), self.language, limit=MAX_QUESTION_CHARS
            )
            if text
            else languages.message("empty_question", self.language)
        )
        return Answer(
            text=message, covered=False, status="invalid_question", language=self.language,
            model=self.model, question=text,
        )

    def failed(self, exc: BackendError, covered: bool, **fields: Any) -> Answer:
        """The localized "model unavailable / too slow" reply; the error goes to the log."""
        log.error("Generation failed (%s): %s", self.model, exc)
        key = "backend_timeout" if isinstance(exc, BackendTimeout) else "backend_error"
        return Answer(
            text=languages.message(key, self.language), status="error", covered=covered,
            flags=(*self.flags, key), language=self.language, model=self.model,
            question=self.question, **fields,
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
            build_screen(settings, screen_embedder_id(retriever.embedder))
            if screen is True
            else screen or None
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
        trace = _Trace(reply_language, self.generator.id, message)
        invalid = trace.invalid()
        if invalid is not None:
            return invalid
        result = self.retriever.search(message, language=reply_language)
        sources, flags = passages.sanitize(
            passages.pick(result, reply_language), self.retriever.trusted_references
        )
        trace.flags.extend(flags)
        try:
            draft = draft_reply(message, department, reply_language, sources)
        except BackendError as exc:
            return trace.failed(exc, result.covered)
        check = guardrails.check_markers(draft.text, len(sources))
        if check.invalid:
            trace.flags.append("invalid_markers")
        return Answer(
            text=check.text,
            covered=result.covered,
            citations=tuple(passages.citation(m, sources[m - 1]) for m in check.valid),
            prompt_version=draft.prompt_version,
            status="answered",
            flags=tuple(trace.flags),
            language=reply_language,
            model=trace.model,
            question=message,
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
        trace = self._start(question, language)
        invalid = trace.invalid()
        if invalid is not None:
            yield invalid
            return
        first_index = self.retriever.first_index
        if first_index is not None and not first_index.ready:
            yield trace.not_ready(first_index)
            return

        vector = None
        if self.screen is not None:
            with trace.timed("screen"):
                if self.screen.needs_vector:
                    vector = self._embed(question)
                verdict = self.screen.check(
                    question, trace.language, None if vector is None else self._screen_vector(vector)
                )
            if verdict.flagged:
                yield self._screened(verdict, trace)
                return
        with trace.timed("condense"):
            standalone = self._standalone(question, history, trace)
        trace.question = standalone

        with trace.timed("retrieve"):
            # The question is embedded once per answer: the screen's vector (when the
            # question was not rewritten) or this one serves retrieval and the generator.
            if vector is None or standalone != question:
                vector = self._embed(textnorm.question(standalone))
            result = self.retriever.search(
                standalone, language=trace.language, modules=modules, vector=vector
            )
            # The extractive generator embeds the text it is given; the same text, the same vector.
            if textnorm.question(standalone) != standalone:
                vector = None
        if not result.covered:
            yield self._refusal(result, trace)
            return

        sources, flags = passages.sanitize(
            passages.pick(result, trace.language), self.retriever.trusted_references
        )
        trace.flags.extend(flags)
        task = "hint" if tutor else "answer"
        streams = streaming and callable(getattr(self.generator, "stream", None))
        if streams:
            yield Checking()
        try:
            with trace.timed("generate"):
                draft = self._generate(
                    self.generator, standalone, trace.language, sources, task, streams, vector
                )
        except BackendError as exc:
            yield trace.failed(
                exc, True, prompt_version="+".join(trace.versions), timings_ms=trace.timings
            )
            return
        trace.versions.append(draft.prompt_version)
        if draft.declined:
            trace.flags.append("model_declined")
            yield self._refusal(result, trace)
            return
        draft = self._verified(draft, standalone, sources, task, trace, vector)
        yield self._compose(draft, sources, task, trace)

    def _start(self, question: str, language: str | None) -> _Trace:
        """The answer's trace, with its language: forced, detected, or English with a note."""
        if language:
            return _Trace(languages.normalize(language), self.generator.id, question)
        foreign = languages.detect_foreign(question) if question else None
        if not foreign:
            return _Trace(languages.detect(question), self.generator.id, question)
        trace = _Trace(languages.DEFAULT_LANGUAGE, self.generator.id, question)
        trace.flags.append("unsupported_language")
        trace.notes.append(
            languages.message("unsupported_language", trace.language, language=foreign)
        )
        return trace

    def _embed(self, question: str) -> np.ndarray:
        return self.retriever.embedder.embed_query(textnorm.embedding_window(question))

    def _screen_vector(self, vector: np.ndarray) -> np.ndarray:
        """The question's vector as the screen's classifier reads it.

        Whole when the classifier was fitted on the retriever's embedder, else its
        reference part.
        """
        classifier = getattr(self.screen, "classifier", None)
        fitted_on = classifier.embedder if classifier is not None else ""
        return vector_for(self.retriever.embedder, vector, fitted_on)

    def _standalone(self, question: str, history: Sequence[Turn], trace: _Trace) -> str:
        """The question to retrieve for: follow-ups are rewritten with recent turns."""
        turns = list(history)[-self.settings.memory_turns :] if self.settings.memory_turns else []
        if not turns or not is_follow_up(question, trace.language):
            return question
        condense = getattr(self.generator, "condense", None)
        if condense is not None:
            try:
                pairs = [(t.question, t.answer) for t in turns]
                rewritten = str(condense(pairs, question, trace.language))
                trace.versions.append(prompts.DEFAULT_VERSIONS["condense"])
                trace.flags.append("condensed")
                return rewritten[:MAX_QUESTION_CHARS]
            except BackendError as exc:
                log.warning("Condensing the follow-up failed, using the word rule: %s", exc)
        trace.flags.append("condensed")
        return f"{turns[-1].question} {question}"[:MAX_QUESTION_CHARS]

    @staticmethod
    def _generate(
        generator: Generator,
        question: str,
        language: str,
        sources: list[Hit],
        task: str,
        streams: bool = False,
        vector: np.ndarray | None = None,
    ) -> Draft:
        """Generate a draft with ``generator``, reading its stream when ``streams``.

        A streamed reply is read piece by piece (so a slow local model is timed
        per piece, not per reply) but its raw pieces are dropped here: only the
        parsed draft goes on to the checks. ``vector`` (the question's embedding)
        goes to the extractive generator.
        """
        if isinstance(generator, ExtractiveGenerator):
            return generator.generate(question, language, sources, task=task, query_vector=vector)
        if not streams:
            return generator.generate(question, language, sources, task=task)
        draft: Draft | None = None
        for item in generator.stream(question, language, sources, task=task):  # type: ignore[attr-defined]
            if isinstance(item, Draft):
                draft = item
        if draft is None:
            raise BackendError(f"{generator.id} ended its stream without a reply.")
        return draft

    def _verified(
        self,
        draft: Draft,
        question: str,
        sources: list[Hit],
        task: str,
        trace: _Trace,
        vector: np.ndarray | None = None,
    ) -> Draft:
        """Drop markers that point nowhere; fall back when the draft can't be trusted."""
        check = guardrails.check_markers(draft.text, len(sources))
        if check.invalid:
            trace.flags.append("invalid_markers")
        draft = replace(draft, text=check.text, cited=check.valid)
        if self.fallback is None:
            return draft
        problems = self._distrust(draft, trace.language)
        trace.flags.extend(problems)
        if not problems:
            return draft
        trace.flags.append("extractive_fallback")
        fallback = self._generate(self.fallback, question, trace.language, sources, task,
                                  vector=vector)
        trace.versions.append(fallback.prompt_version)
        trace.model = f"{self.generator.id}>extractive"
        trace.notes.append(languages.message("extractive_fallback", trace.language))
        return fallback

    def _distrust(self, draft: Draft, language: str) -> list[str]:
        """Why a model's draft cannot be shown, as flags; empty when it can."""
        problems = []
        detected, confidence = languages.detect_with_confidence(guardrails.strip_markers(draft.text))
        if detected is not None and detected != language and confidence >= WRONG_LANGUAGE_CONFIDENCE:
            problems.append("wrong_language")
        if not draft.cited:
            problems.append("uncited")
        # A model that obeyed an injection the passage filter missed, or echoes one.
        if guardrails.remove_instructions(draft.text)[1]:
            problems.append("draft_instructions")
        # A model that asks the learner to pay, send data, log in or visit an unknown
        # link, whether it read that somewhere or made it up.
        if guardrails.carries_planted(draft.text, self.retriever.trusted_references):
            problems.append("draft_planted")
        return problems

    def _compose(self, draft: Draft, sources: list[Hit], task: str, trace: _Trace) -> Answer:
        language = trace.language
        citations = tuple(passages.citation(m, sources[m - 1]) for m in draft.cited)
        other = sorted({c.language for c in citations if c.language != language})
        if other:
            names = ", ".join(languages.display_name(code) for code in other)
            trace.notes.append(
                languages.message("source_other_language", language, languages=names)
            )
        # Only the instructor's material cited: the learner is not told it is the course's.
        only_instructor = bool(citations) and all(c.source == "instructor" for c in citations)
        key = "from_instructor" if only_instructor else "from_course"
        intro = languages.message("hint_intro" if task == "hint" else key, language)
        return trace.reply(
            f"{intro}\n\n{draft.text}", covered=True, citations=citations,
            status="hint" if task == "hint" else "answered",
        )

    def _refusal(self, result: RetrievalResult, trace: _Trace) -> Answer:
        version, text = prompts.render_text(
            "refusal", language=trace.language,
            modules=self._closest_modules(result.hits, trace.language),
        )
        return trace.reply(
            text, covered=False, status="not_covered",
            prompt_version="+".join([*trace.versions, version]),
        )

    def _screened(self, verdict: Verdict, trace: _Trace) -> Answer:
        """The reply to a screened question: help for distress, a polite refusal otherwise."""
        status = "support" if verdict.category == "distress" else "declined"
        return trace.reply(
            reply_text(verdict, trace.language, self.settings), covered=False, status=status,
            prompt_version=self.screen.version if self.screen and verdict.source == "llm" else "",
            flags=(*trace.flags, f"screened_{verdict.category}", f"screened_by_{verdict.source}"),
        )

    def _closest_modules(self, hits: Sequence[Hit], language: str) -> list[str]:
        """Titles of the modules nearest to an uncovered question, learner's language first."""
        titles: dict[str, str] = {}
        for hit in sorted(hits, key=lambda h: h.chunk.language != language):
            titles.setdefault(hit.chunk.module, hit.chunk.title)
        return list(titles.values())[:3]
