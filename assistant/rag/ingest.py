"""Ingestion: a folder of course files -> live chunks in the index, incrementally.

For each supported file under the root: hash the bytes; an unchanged file
costs nothing more; a new or changed file is parsed, chunked and embedded; a
file that disappeared loses its chunks. Bad files (unsupported type, empty,
not UTF-8, corrupt PDF/DOCX, too large, bad front matter) are reported one by
one and never stop the others; a file that turns bad keeps its last good
version live.

Order of writes, so that an interruption never shows a half-replaced
document: (1) the new vectors are added under new ids, invisible because the
catalogue does not list them; (2) one catalogue transaction per document swaps
old chunks for new; (3) the old vectors are deleted. Leftovers of an
interrupted run are swept at the start of the next one of the same source.

Provenance. Every run ingests one *source*: ``course`` (only the configured
course folder, ``settings.corpus_dir``, or files in it), ``instructor`` or
``local`` (the default for any other folder). The source is the prefix of the
document id (``course:en/04-data-governance``, ``local:en/04-data-governance``),
so a file of another folder can never replace a course module, whatever its
path: it is indexed beside it under its own id, and the report lists it under
``conflicts``. A run only updates, and only deletes missing files among, the
documents of its own source (for ``instructor`` and ``local``, of its own
folder too), so ingesting one folder never removes another's documents.

Hostile input. Each file is parsed in a worker process with a time, a memory
and an unpacked-size limit (:mod:`assistant.rag.isolation`); whatever goes
wrong with one file - a parser crash, a time-out, a zip bomb, a binary file
named ``.md``, a name that is not UTF-8, a broken or looping symbolic link or
one that leads outside the folder - lands in ``report.errors`` with its
reason, and the other files land. Vectors are written in one batch; when the
store refuses it, document by document, so one document it cannot take never
sinks the others.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from assistant import languages, textnorm
from assistant.config import Settings
from assistant.errors import BackendError, ConfigError, DocumentError
from assistant.rag.catalog import DocumentRecord
from assistant.rag.chunking import (
    CHUNKER_VERSION,
    DocumentInfo,
    chunk_document,
    document_title,
    sha256,
    split_sentences,
)
from assistant.rag.embeddings import Embedder
from assistant.rag.folders import iter_files as iter_files  # re-exported (evals use it)
from assistant.rag.folders import read_file, walk
from assistant.rag.index import Stores, reset_index
from assistant.rag.isolation import Job, Parsed, ParseLimits, ParserPool
from assistant.rag.loaders import ParsedDocument, check_file, reason
from assistant.rag.vector_cache import cached
from assistant.types import COURSE, SOURCES, Chunk, make_doc_id, path_id, split_doc_id

log = logging.getLogger(__name__)

#: Titles and module ids longer than this are cut: they are repeated in every chunk's
#: embedding text, so a one-megabyte heading would cost a megabyte per chunk.
MAX_LABEL_CHARS = 300

ProgressFactory = Callable[[int, str], "Progress"]


class Progress:
    """Minimal progress interface (tqdm fits it)."""

    def update(self, n: int) -> None:  # pragma: no cover - interface
        """Advance by ``n``."""

    def close(self) -> None:  # pragma: no cover - interface
        """Finish."""


def tqdm_progress(total: int, description: str) -> Progress:
    """A tqdm progress bar on stderr."""
    from tqdm import tqdm

    return tqdm(total=total, desc=description, unit="chunk")  # type: ignore[no-any-return]


def no_progress(total: int, description: str) -> Progress:
    """Silent progress (tests, benchmarks)."""
    return Progress()


@dataclass
class IngestReport:
    """What an ingest run did; ``errors`` maps a file to the reason it was skipped.

    ``conflicts`` maps a file of a non-course source whose relative path is also a
    course document to what happened: it was indexed under its own id, the
    course document untouched. A conflicting file also appears in ``added``,
    ``updated`` or ``unchanged`` (its own document's status).
    """

    root: str
    source: str = COURSE
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    errors: dict[str, str] = field(default_factory=dict)
    conflicts: dict[str, str] = field(default_factory=dict)
    chunks_embedded: int = 0
    #: Distinct chunk texts the model embedded; the others came from the embedding
    #: cache or the shipped course vectors (see :mod:`assistant.rag.vector_cache`).
    texts_computed: int = 0
    embed_seconds: float = 0.0
    total_seconds: float = 0.0

    def summary(self) -> str:
        """One line for people."""
        conflicts = f", {len(self.conflicts)} conflicts" if self.conflicts else ""
        return (
            f"{self.source}: {len(self.added)} added, {len(self.updated)} updated, "
            f"{len(self.unchanged)} unchanged, {len(self.deleted)} deleted, "
            f"{len(self.errors)} failed{conflicts}; {self.chunks_embedded} chunks embedded "
            f"({self.texts_computed} by the model) in {self.embed_seconds:.1f} s "
            f"({self.total_seconds:.1f} s total)"
        )


@dataclass
class _Pending:
    record: DocumentRecord
    chunks: list[Chunk]
    is_new: bool
    shown: str = ""


@dataclass(frozen=True)
class Labels:
    """What the person ingesting says about the documents of one run (instructor uploads).

    ``module`` and ``language`` replace what the files say or detection finds
    (None: as usual); ``publish`` False makes documents that are new in this run
    start hidden from learners (see :meth:`Catalog.replace_document`).
    """

    module: str | None = None
    language: str | None = None
    publish: bool = True


@dataclass(frozen=True)
class _Waiting:
    """A file handed to a parser, and what the parent needs when its document comes back."""

    file: Path
    shown: str
    doc_id: str
    doc_hash: str
    is_new: bool


def path_id_for(path: Path, root: Path) -> str:
    """Path part of a document id: relative to ``root``, no extension, '/', made safe."""
    return path_id(path.relative_to(root).with_suffix("").as_posix())


def doc_id_for(path: Path, root: Path, source: str) -> str:
    """Document id: ``source:`` then the path relative to ``root`` (see :func:`path_id_for`)."""
    return make_doc_id(source, path.relative_to(root).with_suffix("").as_posix())


def resolve_source(settings: Settings, path: Path, source: str | None) -> tuple[str, Path]:
    """The source of an ingest of ``path`` and the root its document ids are relative to.

    ``None`` means ``course`` for the configured course folder (or anything in
    it) and ``local`` otherwise. ``course`` is refused for any other folder: only
    the course shipped with the app may speak as the course. Course ids are
    always relative to the course folder, so re-ingesting one module file keeps
    its id.
    """
    path = path.resolve()
    course_dir = Path(settings.corpus_dir).resolve()
    in_course = path == course_dir or path.is_relative_to(course_dir)
    if source is None:
        source = COURSE if in_course else "local"
    if source not in SOURCES:
        raise ConfigError(f"Unknown source {source!r}; use one of {', '.join(SOURCES)}.")
    if source == COURSE:
        if not in_course:
            raise ConfigError(
                f"Only the course folder ({course_dir}, ASSISTANT_CORPUS_DIR) can be ingested "
                f"as --source course, and {path} is not in it. Ingest it with --source local "
                "or --source instructor; its documents are then cited as such."
            )
        return source, course_dir
    return source, path if path.is_dir() else path.parent


def _language(document: ParsedDocument, doc_id: str) -> str:
    declared = document.metadata.get("language") or document.metadata.get("lang")
    if isinstance(declared, str) and languages.is_supported(declared):
        return languages.normalize(declared)
    for part in split_doc_id(doc_id)[1].split("/")[:-1]:
        if languages.is_supported(part) and len(part) == 2:
            return part
    sample = " ".join(b.text for b in document.blocks[:40])
    return languages.detect(sample)


def _module(document: ParsedDocument, doc_id: str) -> str:
    for key in ("id", "module"):
        value = document.metadata.get(key)
        if isinstance(value, str | int) and str(value).strip():
            return str(value).strip()
    return split_doc_id(doc_id)[1].rsplit("/", 1)[-1]


def _shown(file: Path, root: Path) -> str:
    """How a file is named in the report: relative to ``root``, printable (see textnorm)."""
    try:
        return textnorm.file_name(file.relative_to(root).as_posix())
    except ValueError:
        return textnorm.file_name(file.as_posix())


def _why(exc: Exception) -> str:
    """The report line of an exception met while handling one file."""
    if isinstance(exc, DocumentError):
        return str(exc)
    if isinstance(exc, OSError):
        return f"cannot read file: {exc.strerror or exc}"
    log.debug("Unexpected error on one file", exc_info=exc)
    return f"unexpected error: {reason(exc)}"


class Ingestor:
    """Keeps the index in step with a folder of documents."""

    def __init__(self, settings: Settings, embedder: Embedder, stores: Stores | None = None):
        self.settings = settings
        # Any ingest asks the shipped course vectors and the data directory's cache first.
        self.embedder = cached(embedder, settings)
        self.limits = ParseLimits(
            seconds=settings.parse_timeout,
            memory_mb=settings.parse_memory_mb,
            unzipped_mb=settings.max_unzipped_mb,
        )
        # A parser process boots while the stores open (Chroma's import alone takes
        # seconds), so that isolating the parsers costs a normal ingest next to nothing.
        self._pool: ParserPool | None = ParserPool(self.limits)
        self._pool.start(1)
        try:
            self.stores = stores or Stores(settings, embedder)
        except BaseException:
            self._pool.close()
            raise

    def run(
        self,
        path: Path,
        *,
        source: str | None = None,
        progress: ProgressFactory = no_progress,
        delete_missing: bool = True,
        labels: Labels = Labels(),
    ) -> IngestReport:
        """Ingest a folder (or one file) as ``source`` (see :func:`resolve_source`).

        See the module docstring for the guarantees; ``labels`` see :class:`Labels`.
        """
        pool, self._pool = self._pool or ParserPool(self.limits), None
        with pool:  # the parser processes end with the run, whatever happens
            return self._run(pool, Path(path), source, progress, delete_missing, labels)

    def _run(
        self,
        pool: ParserPool,
        path: Path,
        source: str | None,
        progress: ProgressFactory,
        delete_missing: bool,
        labels: Labels = Labels(),
    ) -> IngestReport:
        started = time.perf_counter()
        if not path.exists():
            raise ConfigError(f"Nothing to ingest at {path}: give a folder or a file that exists.")
        source, root = resolve_source(self.settings, path, source)
        report = IngestReport(root=textnorm.file_name(str(root)), source=source)
        catalog = self.stores.catalog
        catalog.set_meta("embedder", self.embedder.id)
        chunking = f"{CHUNKER_VERSION}:{self.settings.chunk_chars}"
        rechunk_all = catalog.get_meta("chunking") != chunking
        known = catalog.documents()
        self._sweep_leftovers(source)

        seen: set[str] = set()
        failed: set[str] = set()
        waiting: dict[int, _Waiting] = {}
        files, problems = walk(path.resolve())
        for entry, problem in problems.items():
            self._fail(report, failed, entry, root, source, problem)

        def jobs() -> Iterator[Job]:
            """Checks, reads and hashes each file; yields those that need parsing."""
            max_bytes = int(self.settings.max_file_mb * 1_000_000)
            for index, file in enumerate(files):
                try:
                    doc_id = doc_id_for(file, root, source)
                    if doc_id in seen:
                        raise DocumentError(f"another file already has document id {doc_id!r}")
                    check_file(file, max_bytes)
                    seen.add(doc_id)
                    self._conflict(report, file, root, source, doc_id, known)
                    data = read_file(file, max_bytes)
                    doc_hash = sha256(data)
                    old = known.get(doc_id)
                    if old is not None and old.doc_hash == doc_hash and not rechunk_all:
                        report.unchanged.append(doc_id)
                        continue
                    waiting[index] = _Waiting(file, _shown(file, root), doc_id, doc_hash, old is None)
                    yield Job(index, textnorm.file_name(file.name), data)
                except Exception as exc:  # one file's problem is that file's report line
                    self._fail(report, failed, file, root, source, _why(exc))

        parsed: dict[int, _Pending] = {}
        for outcome in pool.imap(jobs()):
            waited = waiting.pop(outcome.key)
            try:
                parsed[outcome.key] = self._prepare(waited, root, source, outcome, labels)
            except Exception as exc:
                self._fail(report, failed, waited.file, root, source, _why(exc))
        pool.close()  # parsing is over: free the workers before embedding
        pending = [parsed[key] for key in sorted(parsed)]

        vectors = self._embed([c for p in pending for c in p.chunks], progress, report)
        stale: list[str] = []
        # Claimed before they are written, so that another instance's sweep spares them;
        # listing a document ends its claims, and the rest end with the run.
        claimed = [c.chunk_id for p in pending for c in p.chunks]
        catalog.claim(claimed)
        try:
            for item in self._store(pending, vectors, report, failed):
                new_ids = {c.chunk_id for c in item.chunks}
                try:
                    old_ids = catalog.replace_document(
                        item.record, item.chunks, hide_new=not labels.publish
                    )
                except Exception as exc:  # its vectors stay unlisted: the next run sweeps them
                    report.errors[item.shown] = (
                        f"could not be recorded in the catalogue: {_why(exc)}"
                    )
                    failed.add(item.record.doc_id)
                    continue
                stale.extend(i for i in old_ids if i not in new_ids)
                (report.added if item.is_new else report.updated).append(item.record.doc_id)
        finally:
            catalog.release(claimed)

        if delete_missing and path.is_dir():
            for doc_id, record in known.items():
                if self._owned(record, source, root, path) and doc_id not in seen | failed:
                    stale.extend(catalog.delete_document(doc_id))
                    report.deleted.append(doc_id)
        self.stores.vectors.delete(stale)
        if report.unchanged:  # indexed by a version that did not cache their sentences
            unchanged = set(report.unchanged)
            self._warm_sentences(
                [c for c in catalog.chunks() if c.doc_id in unchanged], progress, report
            )
        catalog.set_meta("chunking", chunking)
        self.stores.ensure_lexical()
        report.errors = dict(sorted(report.errors.items()))
        report.total_seconds = time.perf_counter() - started
        return report

    @staticmethod
    def _fail(
        report: IngestReport, failed: set[str], file: Path, root: Path, source: str, why: str
    ) -> None:
        """Report ``file`` as skipped; its last good version, if any, stays live."""
        shown, why = _shown(file, root), textnorm.file_name(why)  # one printable line
        report.errors[shown] = why
        log.warning("Skipped %s: %s", shown, why)
        try:
            failed.add(doc_id_for(file, root, source))
        except ValueError:  # not below root (a folder that could not be listed is root)
            pass

    @staticmethod
    def _conflict(
        report: IngestReport,
        file: Path,
        root: Path,
        source: str,
        doc_id: str,
        known: dict[str, DocumentRecord],
    ) -> None:
        course_id = doc_id_for(file, root, COURSE)
        if source != COURSE and course_id in known:
            shown = _shown(file, root)
            report.conflicts[shown] = (
                f"also exists in the course ({course_id}); kept separately as {doc_id}"
            )
            log.warning("Conflict: %s %s", shown, report.conflicts[shown])

    def _store(
        self, pending: list[_Pending], vectors: np.ndarray, report: IngestReport, failed: set[str]
    ) -> list[_Pending]:
        """Write the new vectors; the documents whose vectors are stored.

        One batch first (one upsert per document costs ~45 ms each with embedded
        Chroma, doubling a course ingest); if the store refuses the batch, one
        document at a time, so that only the documents it cannot take are lost.
        """
        try:
            self.stores.vectors.add([c for p in pending for c in p.chunks], vectors)
            return pending
        except Exception as exc:
            log.warning("The index refused a batch (%s); storing document by document", exc)
        stored: list[_Pending] = []
        errors: list[str] = []
        offset = 0
        for item in pending:
            part = vectors[offset : offset + len(item.chunks)]
            offset += len(item.chunks)
            try:
                self.stores.vectors.add(item.chunks, part)
            except Exception as exc:
                errors.append(_why(exc))
                report.errors[item.shown] = f"could not be stored in the index: {errors[-1]}"
                failed.add(item.record.doc_id)
                continue
            stored.append(item)
        if len(errors) > 1 and not stored:
            raise BackendError(f"The index refused every document: {errors[0]}")
        return stored

    @staticmethod
    def _owned(record: DocumentRecord, source: str, root: Path, path: Path) -> bool:
        """Whether a run over folder ``path`` answers for ``record`` (may delete it).

        Only documents of the run's own source, under the folder ingested. The
        course is one folder wherever it was ingested from; other sources are
        per folder, so two local folders never sweep each other.
        """
        if record.source != source:
            return False
        if source != COURSE and record.source_root != textnorm.file_name(str(root)):
            return False
        below = path.resolve().relative_to(root).as_posix()
        if below == ".":
            return True
        return split_doc_id(record.doc_id)[1].startswith(path_id(below) + "/")

    def _prepare(
        self, item: _Waiting, root: Path, source: str, outcome: Parsed, labels: Labels = Labels()
    ) -> _Pending:
        """Chunk a parsed document (in this process: chunking is linear and cheap)."""
        if outcome.document is None:
            raise DocumentError(outcome.error or "could not be parsed")
        document = outcome.document
        info = DocumentInfo(
            doc_id=item.doc_id,
            doc_hash=item.doc_hash,
            title=document_title(document, textnorm.clean(item.file.stem))[:MAX_LABEL_CHARS],
            module=(labels.module or _module(document, item.doc_id))[:MAX_LABEL_CHARS],
            language=labels.language or _language(document, item.doc_id),
            path=item.shown,
            source=source,
        )
        chunks = chunk_document(document, info, self.settings.chunk_chars)
        record = DocumentRecord(
            doc_id=item.doc_id,
            source=source,
            source_root=textnorm.file_name(str(root)),
            path=info.path,
            doc_hash=item.doc_hash,
            title=info.title,
            module=info.module,
            language=info.language,
            chunk_count=len(chunks),
        )
        return _Pending(record, chunks, item.is_new, item.shown)

    def _embed(
        self, chunks: list[Chunk], progress: ProgressFactory, report: IngestReport
    ) -> np.ndarray:
        if not chunks:
            return np.zeros((0, self.embedder.dim), dtype=np.float32)
        texts = [c.embedding_text() for c in chunks]
        started = time.perf_counter()
        todo = self.embedder.missing(texts)  # the bar shows only what the model must do
        bar = progress(len(todo), "Embedding")
        try:
            vectors = self.embedder.embed_documents(
                texts, progress=bar, batch=self.settings.embed_batch_size
            )
        finally:
            bar.close()
        report.embed_seconds = time.perf_counter() - started
        report.chunks_embedded = len(chunks)
        report.texts_computed = len(todo)
        self._warm_sentences(chunks, progress, report)
        return vectors

    def _warm_sentences(
        self, chunks: list[Chunk], progress: ProgressFactory, report: IngestReport
    ) -> None:
        """Put the sentences of ``chunks`` in the embedding cache (the model runs for new ones).

        The retriever ranks candidates by their best sentence too, reading sentence
        vectors from the cache only, so that a question never waits for the model.
        """
        if not chunks or self.settings.sentence_weight <= 0 or self.embedder.store is None:
            return
        started = time.perf_counter()
        sentences = list(dict.fromkeys(s for c in chunks for s in split_sentences(c.text)))
        todo = self.embedder.missing(sentences)
        if not todo:
            return
        bar = progress(len(todo), "Embedding sentences")
        try:
            self.embedder.embed_documents(todo, progress=bar, batch=self.settings.embed_batch_size)
        finally:
            bar.close()
        report.embed_seconds += time.perf_counter() - started
        report.texts_computed += len(todo)

    def _sweep_leftovers(self, source: str) -> None:
        """Delete vectors that no live chunk owns (left by an interrupted run).

        Only this source's (chunk ids start with the document id), plus ids without
        a source, which only an old version or an interrupted adoption leaves; and
        never vectors the catalogue lists or an ingest (here or on another instance
        sharing the catalogue) has claimed in the last hour, which it is writing now.
        """
        unowned = self.stores.vectors.all_ids() - self.stores.catalog.wanted_ids()
        orphans = sorted(i for i in unowned if split_doc_id(i)[0] in ("", source))
        if orphans:
            log.info("Removing %d vectors left by an interrupted ingest", len(orphans))
            self.stores.vectors.delete(orphans)


def ingest(
    settings: Settings,
    embedder: Embedder,
    path: Path,
    *,
    source: str | None = None,
    rebuild: bool = False,
    progress: ProgressFactory = no_progress,
) -> IngestReport:
    """Ingest ``path`` as ``source`` into the index of ``settings`` (``rebuild`` starts afresh).

    ``source`` None: ``course`` for the course folder, ``local`` for any other.
    ``rebuild`` drops every document of every source, so only a course ingest may
    do it: another folder would leave an index without the course.
    """
    if rebuild:
        chosen, _ = resolve_source(settings, Path(path), source)
        if chosen != COURSE:
            raise ConfigError(
                "--rebuild drops every document, the course included, so it is only for the "
                f"course folder: run `assistant ingest {settings.corpus_dir} --rebuild`, then "
                f"ingest {path} again without --rebuild."
            )
        reset_index(settings)
    return Ingestor(settings, embedder).run(path, source=source, progress=progress)
