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
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from assistant import languages
from assistant.config import Settings
from assistant.errors import ConfigError, DocumentError
from assistant.rag.catalog import DocumentRecord
from assistant.rag.chunking import (
    CHUNKER_VERSION,
    DocumentInfo,
    chunk_document,
    document_title,
    sha256,
)
from assistant.rag.embeddings import Embedder
from assistant.rag.index import Stores, reset_index
from assistant.rag.loaders import ParsedDocument, check_file, parse
from assistant.types import COURSE, SOURCES, Chunk, make_doc_id, path_id, split_doc_id

log = logging.getLogger(__name__)

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
    embed_seconds: float = 0.0
    total_seconds: float = 0.0

    def summary(self) -> str:
        """One line for people."""
        conflicts = f", {len(self.conflicts)} conflicts" if self.conflicts else ""
        return (
            f"{self.source}: {len(self.added)} added, {len(self.updated)} updated, "
            f"{len(self.unchanged)} unchanged, {len(self.deleted)} deleted, "
            f"{len(self.errors)} failed{conflicts}; {self.chunks_embedded} chunks embedded "
            f"in {self.embed_seconds:.1f} s ({self.total_seconds:.1f} s total)"
        )


@dataclass
class _Pending:
    record: DocumentRecord
    chunks: list[Chunk]
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


def iter_files(root: Path) -> list[Path]:
    """Files under ``root`` in a stable order, skipping hidden and '_'-prefixed names."""
    if root.is_file():
        return [root]
    files = []
    for path in sorted(root.rglob("*")):
        parts = path.relative_to(root).parts
        if any(p.startswith((".", "_")) for p in parts) or not path.is_file():
            continue
        files.append(path)
    return files


class Ingestor:
    """Keeps the index in step with a folder of documents."""

    def __init__(self, settings: Settings, embedder: Embedder, stores: Stores | None = None):
        self.settings = settings
        self.embedder = embedder
        self.stores = stores or Stores(settings, embedder)

    def run(
        self,
        path: Path,
        *,
        source: str | None = None,
        progress: ProgressFactory = no_progress,
        delete_missing: bool = True,
    ) -> IngestReport:
        """Ingest a folder (or one file) as ``source`` (see :func:`resolve_source`).

        See the module docstring for the guarantees.
        """
        started = time.perf_counter()
        path = Path(path)
        if not path.exists():
            raise ConfigError(f"Nothing to ingest at {path}: give a folder or a file that exists.")
        source, root = resolve_source(self.settings, path, source)
        report = IngestReport(root=str(root), source=source)
        catalog = self.stores.catalog
        catalog.set_meta("embedder", self.embedder.id)
        chunking = f"{CHUNKER_VERSION}:{self.settings.chunk_chars}"
        rechunk_all = catalog.get_meta("chunking") != chunking
        known = catalog.documents()
        self._sweep_leftovers(source)

        pending: list[_Pending] = []
        seen: set[str] = set()
        max_bytes = int(self.settings.max_file_mb * 1_000_000)
        for file in iter_files(path.resolve()):
            shown = file.relative_to(root).as_posix()
            doc_id = doc_id_for(file, root, source)
            try:
                if doc_id in seen:
                    raise DocumentError(f"another file already has document id {doc_id!r}")
                check_file(file, max_bytes)
                seen.add(doc_id)
                course_id = doc_id_for(file, root, COURSE)
                if source != COURSE and course_id in known:
                    report.conflicts[shown] = (
                        f"also exists in the course ({course_id}); kept separately as {doc_id}"
                    )
                    log.warning("Conflict: %s %s", shown, report.conflicts[shown])
                data = file.read_bytes()
                doc_hash = sha256(data)
                old = known.get(doc_id)
                if old is not None and old.doc_hash == doc_hash and not rechunk_all:
                    report.unchanged.append(doc_id)
                    continue
                pending.append(
                    self._prepare(file, root, source, doc_id, doc_hash, data, old is None)
                )
            except DocumentError as exc:
                report.errors[shown] = str(exc)
                log.warning("Skipped %s: %s", shown, exc)
            except OSError as exc:
                report.errors[shown] = f"cannot read file: {exc.strerror or exc}"

        all_chunks = [c for p in pending for c in p.chunks]
        vectors = self._embed(all_chunks, progress, report)
        self.stores.vectors.add(all_chunks, vectors)
        stale: list[str] = []
        for item in pending:
            new_ids = {c.chunk_id for c in item.chunks}
            old_ids = catalog.replace_document(item.record, item.chunks)
            stale.extend(i for i in old_ids if i not in new_ids)
            (report.added if item.is_new else report.updated).append(item.record.doc_id)

        if delete_missing and path.is_dir():
            failed = {doc_id_for(root / name, root, source) for name in report.errors}
            for doc_id, record in known.items():
                if self._owned(record, source, root, path) and doc_id not in seen | failed:
                    stale.extend(catalog.delete_document(doc_id))
                    report.deleted.append(doc_id)
        self.stores.vectors.delete(stale)
        catalog.set_meta("chunking", chunking)
        self.stores.ensure_lexical()
        report.total_seconds = time.perf_counter() - started
        return report

    @staticmethod
    def _owned(record: DocumentRecord, source: str, root: Path, path: Path) -> bool:
        """Whether a run over folder ``path`` answers for ``record`` (may delete it).

        Only documents of the run's own source, under the folder ingested. The
        course is one folder wherever it was ingested from; other sources are
        per folder, so two local folders never sweep each other.
        """
        if record.source != source:
            return False
        if source != COURSE and record.source_root != str(root):
            return False
        below = path.resolve().relative_to(root).as_posix()
        if below == ".":
            return True
        return split_doc_id(record.doc_id)[1].startswith(path_id(below) + "/")

    def _prepare(
        self,
        file: Path,
        root: Path,
        source: str,
        doc_id: str,
        doc_hash: str,
        data: bytes,
        is_new: bool,
    ) -> _Pending:
        document = parse(file, data)
        info = DocumentInfo(
            doc_id=doc_id,
            doc_hash=doc_hash,
            title=document_title(document, file.stem),
            module=_module(document, doc_id),
            language=_language(document, doc_id),
            path=file.relative_to(root).as_posix(),
            source=source,
        )
        chunks = chunk_document(document, info, self.settings.chunk_chars)
        record = DocumentRecord(
            doc_id=doc_id,
            source=source,
            source_root=str(root),
            path=info.path,
            doc_hash=doc_hash,
            title=info.title,
            module=info.module,
            language=info.language,
            chunk_count=len(chunks),
        )
        return _Pending(record, chunks, is_new)

    def _embed(
        self, chunks: list[Chunk], progress: ProgressFactory, report: IngestReport
    ) -> np.ndarray:
        if not chunks:
            return np.zeros((0, self.embedder.dim), dtype=np.float32)
        bar = progress(len(chunks), "Embedding")
        batch = self.settings.embed_batch_size
        parts = []
        started = time.perf_counter()
        try:
            for i in range(0, len(chunks), batch):
                texts = [c.embedding_text() for c in chunks[i : i + batch]]
                parts.append(self.embedder.embed_documents(texts))
                bar.update(len(texts))
        finally:
            bar.close()
        report.embed_seconds = time.perf_counter() - started
        report.chunks_embedded = len(chunks)
        return np.vstack(parts)

    def _sweep_leftovers(self, source: str) -> None:
        """Delete vectors that no live chunk owns (left by an interrupted run).

        Only this source's (chunk ids start with the document id), plus ids without
        a source, which only an old version or an interrupted adoption leaves:
        vectors another source's ingest is writing right now are not leftovers.
        """
        unowned = self.stores.vectors.all_ids() - self.stores.catalog.chunk_ids()
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
