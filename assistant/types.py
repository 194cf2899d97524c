"""Shared data types that flow from ingestion to the UI.

Plain frozen dataclasses: cheap to build, easy to compare in tests and to turn
into JSON with :func:`dataclasses.asdict`.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

#: Where a document comes from, most trusted first. ``course``: the course shipped
#: with the app (``settings.corpus_dir``); ``instructor``: material an instructor
#: added; ``local``: any other folder someone ingested. The source is part of every
#: document id, so documents of different sources never replace one another.
SOURCES = ("course", "instructor", "local")
COURSE = "course"

#: Punctuation kept as is in the path part of a document id; everything else that is
#: not a letter, digit or combining mark is percent-encoded (see :func:`path_id`).
_ID_SAFE = frozenset("-_.~/ ()+,=@!&")


def path_id(relative: str) -> str:
    """The path part of a document id: ``relative`` (a POSIX path) made safe.

    Unicode is normalised to NFC (macOS writes file names decomposed), then every
    character other than a letter, a digit, a combining mark or ``-_.~/ ()+,=@!&``
    becomes ``%XX`` (UTF-8). So the result never holds ``:`` (the separator of the
    source and of chunk ids), ``#`` (document#section), ``%`` unescaped, control
    characters or invisible formatting such as right-to-left overrides, which could
    make one id look like another. A file name that is not UTF-8 reaches us with
    its bad bytes as surrogates (Python's ``surrogateescape``): each becomes the
    ``%XX`` of its byte, so such names get ids too. The mapping is injective:
    different paths give different ids. Ids are then valid UTF-8, plain strings for
    Chroma and bound parameters for SQLite.
    """
    out = []
    for char in unicodedata.normalize("NFC", relative):
        if char in _ID_SAFE or unicodedata.category(char)[0] in "LNM":
            out.append(char)
        else:
            errors = "surrogateescape" if "\udc80" <= char <= "\udcff" else "surrogatepass"
            out.extend(f"%{byte:02X}" for byte in char.encode("utf-8", errors))
    return "".join(out)


def make_doc_id(source: str, relative: str) -> str:
    """``course:en/04-data-governance`` from a source and a path (see :func:`path_id`)."""
    if source not in SOURCES:
        raise ValueError(f"unknown document source {source!r}; use one of {', '.join(SOURCES)}")
    return f"{source}:{path_id(relative)}"


def split_doc_id(doc_id: str) -> tuple[str, str]:
    """``("course", "en/x")`` from ``"course:en/x"``; ``("", doc_id)`` without a known source.

    Ids without a source were written before sources existed (the catalogue adopts
    them when it is opened) or come from hand-written data such as golden sets.
    """
    source, sep, rest = doc_id.partition(":")
    if sep and source in SOURCES:
        return source, rest
    return "", doc_id


@dataclass(frozen=True)
class Chunk:
    """One passage of one document, the unit that is embedded and retrieved.

    ``source`` is the document's provenance (one of :data:`SOURCES`, also the
    prefix of ``doc_id``); ``path`` is the file it came from, relative to the
    folder that was ingested.
    """

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
    source: str
    path: str = ""

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

    @property
    def source(self) -> str:
        """Provenance of the passage (one of :data:`SOURCES`)."""
        return self.chunk.source


@dataclass(frozen=True)
class RetrievalResult:
    """What the retriever found for one question."""

    query: str
    query_language: str
    hits: tuple[Hit, ...]
    covered: bool
    top_relevance: float
    threshold: float
    #: Calibrated probability that the course covers the question (None when the
    #: cosine ``threshold`` decided, see :mod:`assistant.rag.coverage`).
    coverage: float | None = None


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
    #: Provenance of the cited document (one of :data:`SOURCES`); learners see it when
    #: it is not the course. Citations stored before sources existed were all course.
    source: str = COURSE


#: What kind of reply an :class:`Answer` is. ``support``: the question screen saw
#: distress and the reply points to help; ``declined``: it saw a harmful or
#: manipulative request and the reply is a polite refusal.
STATUSES = (
    "answered", "hint", "not_covered", "invalid_question", "error", "support", "declined",
    "not_ready",
)


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
