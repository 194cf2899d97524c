"""Generators turn a question and retrieved passages into answer text.

A :class:`Generator` has one required method, ``generate``. Two kinds exist:

* :class:`ExtractiveGenerator`, the offline default, writes no words of its
  own: it picks the sentences of the passages closest in meaning to the
  question and joins them, each followed by its passage marker. It needs no
  model beyond the embedder the retriever already loaded.
* :class:`ChatGenerator` wraps any LangChain chat model (see
  :mod:`assistant.rag.llm`) with the versioned prompts of ``prompts/``; it can
  also stream, write tutor hints and condense follow-up questions.

Both see passages only after :func:`~assistant.rag.guardrails.remove_instructions`
has taken out sentences that try to instruct an AI system. Checking the
markers of a draft against the passages is the caller's job
(:mod:`assistant.rag.answer`), so that it happens the same way for every
generator.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any, Protocol

import numpy as np

from assistant import languages, textnorm
from assistant.errors import BackendError, BackendTimeout
from assistant.rag import guardrails, prompts
from assistant.rag.chunking import split_sentences as split_sentences  # re-exported
from assistant.rag.embeddings import Embedder
from assistant.types import Hit

#: Tasks a generator may be asked for: a full answer, or a tutor-mode hint.
TASKS = ("answer", "hint")


@dataclass(frozen=True)
class Draft:
    """Generated text and the markers (1-based passage numbers) it cites.

    ``declined`` is set when a model replied that the passages do not answer
    the question; ``prompt_version`` names the template that produced it.
    """

    text: str
    cited: tuple[int, ...]
    declined: bool = False
    prompt_version: str = ""


class Generator(Protocol):
    """Writes an answer (or a tutor hint) in ``language`` from numbered passages."""

    id: str

    def generate(
        self, question: str, language: str, passages: Sequence[Hit], *, task: str = "answer"
    ) -> Draft:
        """Passage ``i`` (0-based) is cited as ``[i + 1]``."""
        ...


class ExtractiveGenerator:
    """Offline, grounded: answers with the passages' own sentences, never invented text."""

    id = "extractive"
    prompt_version = "extractive.v1"

    def __init__(self, embedder: Embedder, max_sentences: int = 4, max_passages: int = 3):
        self.embedder = embedder
        self.max_sentences = max_sentences
        self.max_passages = max_passages

    def generate(
        self,
        question: str,
        language: str,
        passages: Sequence[Hit],
        *,
        task: str = "answer",
        query_vector: np.ndarray | None = None,
    ) -> Draft:
        """Pick the sentences closest to the question, in reading order, with markers.

        ``query_vector`` is the question's embedding when the caller has it (the
        retrieval's), so the question is not embedded twice. The sentences'
        vectors come from the embedder's cache when it has one (the shipped course
        vectors, or an earlier answer from the same passage; see
        :mod:`assistant.rag.vector_cache`): answering then costs no other model call.
        """
        if task == "hint":
            return self._hint(language, passages)
        candidates: list[tuple[int, int, str]] = []  # (passage index, position, sentence)
        for index, hit in enumerate(passages[: self.max_passages]):
            for position, sentence in enumerate(split_sentences(hit.chunk.text)):
                candidates.append((index, position, sentence))
        if not candidates:
            return Draft("", ())
        vectors = self.embedder.embed_documents([s for _, _, s in candidates])
        if query_vector is None:
            query_vector = self.embedder.embed_query(textnorm.embedding_window(question))
        similarity = vectors @ query_vector
        # Prefer better-ranked passages and, within a language tie, the learner's.
        prior = np.array(
            [
                -0.02 * index + (0.03 if passages[index].chunk.language == language else 0.0)
                for index, _, _ in candidates
            ]
        )
        scores = similarity + prior
        # Keep the best sentences, but none in the lower half of the score range.
        floor = (scores.max() + float(np.median(scores))) / 2 if len(scores) > 2 else -np.inf
        order = [i for i in np.argsort(-scores, kind="stable") if scores[i] >= floor]
        order = order[: self.max_sentences]
        chosen = sorted((candidates[i] for i in order), key=lambda c: (c[0], c[1]))
        parts = [f"{sentence} [{index + 1}]" for index, _, sentence in chosen]
        cited = tuple(sorted({index + 1 for index, _, _ in chosen}))
        return Draft(" ".join(parts), cited, prompt_version=self.prompt_version)

    def _hint(self, language: str, passages: Sequence[Hit]) -> Draft:
        """Point to the best passage's section without quoting it."""
        if not passages:
            return Draft("", (), prompt_version="hint-offline.v1")
        chunk = passages[0].chunk
        section = chunk.section_path[-1] if chunk.section_path else chunk.title
        text = languages.message("hint_offline", language, section=section, module=chunk.title)
        return Draft(f"{text} [1]", (1,), prompt_version="hint-offline.v1")


def _passage_values(passages: Sequence[Hit], budget: int | None = None) -> list[dict[str, str]]:
    """Passages for a prompt, best first, within ``budget`` characters of text in all.

    Passages past the budget are left out and the last one kept may be cut at a
    word boundary, so a prompt never overflows the model's context window.
    Markers keep their meaning: passage ``i`` is still ``[i + 1]``.
    """
    values = []
    left = budget if budget is not None else 10**9
    for hit in passages:
        if left < 200:
            break
        text = hit.chunk.text
        if len(text) > left:
            text = text[: text.rfind(" ", 0, left) if " " in text[:left] else left] + " …"
        left -= len(text)
        values.append(
            {
                "text": prompts.fence(text),
                "title": hit.chunk.title,
                "section": hit.chunk.section_path[-1] if hit.chunk.section_path else hit.chunk.title,
                "language": hit.chunk.language,
            }
        )
    return values


def _is_timeout(exc: BaseException) -> bool:
    return isinstance(exc, TimeoutError) or any(
        "Timeout" in cls.__name__ for cls in type(exc).__mro__
    )


def backend_error(exc: Exception, model: str) -> BackendError:
    """Turn a chat-model exception into our error, keeping the cause for the log."""
    if isinstance(exc, BackendError):
        return exc
    if _is_timeout(exc):
        return BackendTimeout(
            f"The language model {model} did not answer in time. Try again, or raise "
            "ASSISTANT_LLM_TIMEOUT."
        )
    return BackendError(
        f"The language model {model} failed ({type(exc).__name__}: {exc}). Check that its "
        "server is running and ASSISTANT_LLM / ASSISTANT_LLM_BASE_URL are right."
    )


def _content(chunk: Any) -> str:
    """Text of a LangChain message or chunk; anything else is a malformed reply."""
    content = getattr(chunk, "content", None)
    if isinstance(content, str):
        return content
    if isinstance(content, list):  # content blocks
        return "".join(
            part.get("text", "") if isinstance(part, dict) else str(part) for part in content
        )
    raise BackendError(f"The language model returned a malformed reply ({type(chunk).__name__}).")


class ChatGenerator:
    """A LangChain chat model behind the versioned prompts of ``prompts/``."""

    def __init__(
        self,
        chat_model: Any,
        model_id: str,
        *,
        max_sentences: int = 5,
        versions: dict[str, str] | None = None,
        passage_chars: int | None = None,
    ):
        self.chat_model = chat_model
        self.id = model_id
        self.max_sentences = max_sentences
        #: Characters of passage text a prompt may carry (None = no limit).
        self.passage_chars = passage_chars
        self.versions = {**prompts.DEFAULT_VERSIONS, **(versions or {})}

    def prompt(
        self, question: str, language: str, passages: Sequence[Hit], *, task: str = "answer"
    ) -> prompts.Prompt:
        """The rendered prompt for ``task`` (exposed for tests and the prompt lab)."""
        if task not in TASKS:
            raise ValueError(f"Unknown task {task!r}; expected one of {', '.join(TASKS)}")
        values: dict[str, Any] = {
            "language": language,
            "question": question,
            "passages": _passage_values(passages, self.passage_chars),
        }
        if task == "answer":
            values["max_sentences"] = self.max_sentences
        return prompts.render(task, version=self.versions[task], **values)

    def complete(self, prompt: prompts.Prompt) -> str:
        """Send a rendered prompt; return the reply text or raise :class:`BackendError`."""
        try:
            reply = self.chat_model.invoke(prompt.messages())
        except Exception as exc:
            raise backend_error(exc, self.id) from exc
        return _content(reply)

    def generate(
        self, question: str, language: str, passages: Sequence[Hit], *, task: str = "answer"
    ) -> Draft:
        """Ask the model; parse its reply tolerantly."""
        prompt = self.prompt(question, language, passages, task=task)
        return _pointed(parse_reply(self.complete(prompt), prompt.version), task)

    def stream(
        self, question: str, language: str, passages: Sequence[Hit], *, task: str = "answer"
    ) -> Iterator[str | Draft]:
        """Yield text pieces as the model writes them, then the parsed draft.

        The pieces are the raw, unchecked reply and not for display: the
        assistant reads a stream only so that a slow model is timed per piece
        rather than per reply, and shows the checked answer instead.
        """
        prompt = self.prompt(question, language, passages, task=task)
        pieces: list[str] = []
        try:
            for chunk in self.chat_model.stream(prompt.messages()):
                piece = _content(chunk)
                if piece:
                    pieces.append(piece)
                    yield piece
        except Exception as exc:
            raise backend_error(exc, self.id) from exc
        yield _pointed(parse_reply("".join(pieces), prompt.version), task)

    def draft_reply(
        self, message: str, department: str, language: str, sources: Sequence[Hit]
    ) -> Draft:
        """Draft a reply to a resident's message from ``sources`` (the prompt lab's task)."""
        prompt = prompts.render(
            "reply_draft",
            version=self.versions["reply_draft"],
            language=language,
            message=prompts.fence(message),
            department=department,
            sources=_passage_values(sources, self.passage_chars),
        )
        return parse_reply(self.complete(prompt), prompt.version)

    def condense(self, history: Sequence[tuple[str, str]], question: str, language: str) -> str:
        """Rewrite a follow-up as a standalone question (falls back to the question)."""
        prompt = prompts.render(
            "condense",
            version=self.versions["condense"],
            language=language,
            question=question,
            history=[{"question": q, "answer": guardrails.strip_markers(a)} for q, a in history],
        )
        rewritten = guardrails.clean_reply(self.complete(prompt)).splitlines()
        return rewritten[0].strip() if rewritten and rewritten[0].strip() else question


def _pointed(draft: Draft, task: str) -> Draft:
    """A hint always points at a passage: small models often forget the marker."""
    if task == "hint" and draft.text and not draft.cited:
        return replace(draft, text=f"{draft.text} [1]", cited=(1,))
    return draft


def parse_reply(reply: str, version: str) -> Draft:
    """A model's reply as a draft: decline recognised, labels dropped, markers listed."""
    text = guardrails.clean_reply(reply)
    if not text:
        raise BackendError("The language model returned an empty reply.")
    if guardrails.is_decline(text):
        return Draft("", (), declined=True, prompt_version=version)
    return Draft(text, tuple(sorted(set(guardrails.markers_in(text)))), prompt_version=version)


def make_generator(settings: Any, embedder: Embedder, *, chat_model: Any = None) -> Generator:
    """The generator named by ``settings.llm``; ``chat_model`` overrides the built one."""
    from assistant.rag import llm

    spec = llm.parse_spec(settings.llm)
    if spec is None and chat_model is None:
        return ExtractiveGenerator(embedder)
    model = chat_model if chat_model is not None else llm.make_chat_model(settings)
    # Room for passages: the context minus the reply and the prompt's own text, at a
    # conservative 2 characters per token (Arabic tokenizes densely in small models).
    tokens = settings.llm_context - settings.llm_max_tokens - 500
    return ChatGenerator(
        model,
        spec.id if spec else getattr(model, "_llm_type", "chat"),
        passage_chars=max(1000, tokens * 2),
    )
