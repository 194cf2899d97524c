"""Shared data types that flow from ingestion to the UI.

Plain frozen dataclasses: cheap to build, easy to compare in tests and to turn
into JSON with :func:`dataclasses.asdict`.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Chunk:
    """One passage of one document, the unit that is embedded and retrieved."""

    chunk_id: str
    doc_id: str
    text: str
    title: str
    module: str
    language: str
    section_id: str
    section_path: tuple[str, ...]
    start: int
    end: int
    content_hash: str
    doc_hash: str
    source: str = ""

    def embedding_text(self) -> str:
        """Text given to the embedder and to BM25: headings give the passage context."""
        heading = " > ".join(p for p in (self.title, *self.section_path[1:]) if p)
        return f"{heading}\n\n{self.text}" if heading else self.text


@dataclass(frozen=True)
class Hit:
    """A retrieved chunk with its scores.

    ``relevance`` is the cosine similarity between the question and the
    passage embedding, comparable across questions; ``score`` is the fused
    ranking score, comparable only within one question.
    """

    chunk: Chunk
    score: float
    relevance: float
    dense_rank: int | None = None
    lexical_rank: int | None = None


@dataclass(frozen=True)
class RetrievalResult:
    """What the retriever found for one question."""

    query: str
    query_language: str
    hits: tuple[Hit, ...]
    covered: bool
    top_relevance: float
    threshold: float


@dataclass(frozen=True)
class Citation:
    """A pointer from an answer to the passage that supports it."""

    marker: int
    document: str
    section: str
    section_title: str
    title: str
    language: str
    snippet: str
    #: The whole cited passage (for grounding checks); ``snippet`` is its short form.
    passage: str = ""


#: What kind of reply an :class:`Answer` is.
STATUSES = ("answered", "hint", "not_covered", "invalid_question", "error")


@dataclass(frozen=True)
class Answer:
    """The assistant's reply to one question.

    ``status`` is one of :data:`STATUSES`; ``question`` is the standalone
    question that was retrieved for (a follow-up rewritten with its context);
    ``flags`` are machine-readable guardrail events (e.g. ``invalid_markers``,
    ``extractive_fallback``, ``instructions_removed``); ``notes`` are the
    human-readable notes already appended to ``text``.
    """

    text: str
    language: str
    covered: bool
    citations: tuple[Citation, ...] = ()
    model: str = ""
    prompt_version: str = ""
    timings_ms: dict[str, float] = field(default_factory=dict)
    notes: tuple[str, ...] = ()
    status: str = "answered"
    question: str = ""
    flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Turn:
    """One past exchange of a conversation (what follow-up questions are read against)."""

    question: str
    answer: str
    language: str
