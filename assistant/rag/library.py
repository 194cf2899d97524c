"""The instructor's library: course material uploaded in the app, its visibility, its files.

An instructor uploads PDF, DOCX, HTML, Markdown or text files; each one is
stored under the data directory as ``instructor/<name>/<name>.<ext>`` (a safe
name: letters, digits, ``-``, ``_``, ``.``), and ingested through the normal
path (:class:`~assistant.rag.ingest.Ingestor`: isolated parsing, chunking,
embedding, one catalogue transaction per document) as source ``instructor``,
so its id is ``instructor:<name>`` and it can never replace a course module.
A new document starts *hidden*: learners see it only once it is published
(:meth:`Catalog.set_hidden`); the retriever leaves hidden documents out.

One file per ingest run, so the report is per file and one bad file never
stops the others. A file that fails keeps the document's previous version,
in the index and on disk: the previous file is set aside while the new one is
ingested and put back if it fails. Uploading a file whose safe name is taken
updates that document (only its chunks change); :meth:`Library.replace` does
the same for a chosen document whatever the new file is called.

One change at a time (a lock): uploads are rare and the index writes are
serialised anyway; searches go on meanwhile.
"""

from __future__ import annotations

import functools
import logging
import shutil
import threading
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePath

from assistant import languages, textnorm
from assistant.config import Settings
from assistant.errors import AssistantError, ConfigError, DocumentError
from assistant.rag.catalog import DocumentRecord
from assistant.rag.embeddings import Embedder
from assistant.rag.first_index import FirstIndex
from assistant.rag.index import Stores
from assistant.rag.ingest import Ingestor, Labels, Progress
from assistant.rag.loaders import LOADERS
from assistant.types import Chunk, make_doc_id

log = logging.getLogger(__name__)

INSTRUCTOR = "instructor"
#: Longest safe name (without the extension), and longest module label.
MAX_NAME_CHARS = 80
MAX_MODULE_CHARS = 80
#: Where a file being replaced waits until its successor is in (never ingested).
_ASIDE = ".previous"

#: ``progress(fraction, text)``: how far a library change is, for a progress bar.
OnProgress = Callable[[float, str], None]


def _quiet(fraction: float, text: str) -> None:
    """No progress display."""


def _share(progress: OnProgress, index: int, count: int, fraction: float, text: str) -> None:
    """File ``index`` of ``count`` is ``fraction`` done: report the whole batch's progress."""
    progress((index + fraction) / count, text)


def safe_name(name: str) -> str:
    """A file name fit for the data directory: no folders, only letters, digits, ``-_.``.

    Letters of every script are kept (NFC), everything else becomes ``-``; the
    extension is lower-cased; an empty stem becomes ``document``.
    """
    base = PurePath(str(name).replace("\\", "/")).name
    stem, dot, suffix = base.rpartition(".")
    if not dot:
        stem, suffix = base, ""
    out = []
    for char in unicodedata.normalize("NFC", stem):
        keep = char in "-_." or unicodedata.category(char)[0] in "LN"
        out.append(char if keep else "-")
    cleaned = "-".join(p for p in "".join(out).split("-") if p).strip("._-")[:MAX_NAME_CHARS]
    suffix = "".join(c for c in suffix.lower() if c.isascii() and c.isalnum())
    return f"{cleaned or 'document'}.{suffix}" if suffix else cleaned or "document"


@dataclass(frozen=True)
class FileReport:
    """What happened to one uploaded file: ``added``, ``updated``, ``unchanged`` or ``failed``."""

    name: str
    status: str
    doc_id: str = ""
    chunks: int = 0
    reason: str = ""
    #: The error behind a failure, when it has a translatable message (``error_text.describe``).
    cause: AssistantError | None = None


def _failed(shown: str, cause: AssistantError, doc_id: str = "") -> FileReport:
    """A failed upload whose reason is ``cause``'s message (keyed: translatable in the UI)."""
    return FileReport(shown, "failed", doc_id, reason=str(cause), cause=cause)


@dataclass(frozen=True)
class LibraryEntry:
    """One instructor document as the library lists it."""

    doc_id: str
    title: str
    language: str
    module: str
    source: str
    chunks: int
    updated: str
    published: bool
    #: Uploaded in the app (its file is under the data directory), not ingested by command.
    uploaded: bool


class _Bar(Progress):
    """The ingest's embedding progress, reported as a share of one file's work."""

    def __init__(self, total: int, report: Callable[[float], None]) -> None:
        self.total, self.done, self.report = max(total, 1), 0, report

    def update(self, n: int) -> None:
        self.done += n
        self.report(self.done / self.total)


class Library:
    """Adds, replaces, deletes, publishes and lists the instructor's documents."""

    def __init__(self, settings: Settings, embedder: Embedder, stores: Stores,
                 first_index: FirstIndex | None = None) -> None:
        self.settings = settings
        self.embedder = embedder
        self.stores = stores
        #: A first index being built in the background: changes wait for its end.
        self.first_index = first_index
        self.root = Path(settings.data_dir) / INSTRUCTOR
        self.max_bytes = int(settings.max_upload_mb * 1024 * 1024)
        self._lock = threading.Lock()

    # -- reading -------------------------------------------------------------------

    def documents(self) -> list[LibraryEntry]:
        """The instructor documents, most recently changed first."""
        catalog = self.stores.catalog
        hidden, updated = catalog.hidden(), catalog.updated()
        entries = [
            LibraryEntry(
                doc_id=record.doc_id,
                title=record.title,
                language=record.language,
                module=record.module,
                source=record.source,
                chunks=record.chunk_count,
                updated=updated.get(record.doc_id, ""),
                published=record.doc_id not in hidden,
                uploaded=self._folder(record) is not None,
            )
            for record in catalog.documents().values()
            if record.source == INSTRUCTOR
        ]
        return sorted(entries, key=lambda e: (e.updated, e.doc_id), reverse=True)

    def preview(self, doc_id: str, count: int = 3) -> list[Chunk]:
        """The first ``count`` chunks of an instructor document (how it was split)."""
        if not self._is_instructor(doc_id):
            return []
        return self.stores.catalog.document_chunks(doc_id, count)

    # -- changes ---------------------------------------------------------------------

    def _wait_for_first_index(self) -> None:
        """Never ingest beside the app's first-run ingest: wait until it has ended."""
        if self.first_index is not None:
            self.first_index.wait()

    def add(
        self,
        files: Sequence[Path],
        *,
        language: str | None = None,
        module: str | None = None,
        progress: OnProgress = _quiet,
    ) -> list[FileReport]:
        """Ingest uploaded ``files`` (their names are the names shown); one report per file.

        ``language`` None: detected per document; ``module`` None: the file's own.
        New documents start hidden from learners.
        """
        labels = Labels(module=self._module(module), language=self._language(language),
                        publish=False)
        reports = []
        with self._lock:
            self._wait_for_first_index()
            for index, file in enumerate(files):
                share = functools.partial(_share, progress, index, len(files))
                reports.append(self._ingest(Path(file), Path(file).name, None, labels, share))
            progress(1.0, "")
        return reports

    def replace(self, doc_id: str, file: Path, *, progress: OnProgress = _quiet) -> FileReport:
        """Give an instructor document a new file; its language, module and visibility stay."""
        with self._lock:
            self._wait_for_first_index()
            record = self.stores.catalog.documents().get(doc_id)
            if record is None or record.source != INSTRUCTOR:
                return _failed(Path(file).name, DocumentError.from_key("upload_no_document"),
                               doc_id)
            folder = self._folder_of(doc_id)
            if folder is None:
                return _failed(Path(file).name,
                               DocumentError.from_key("upload_server_document"), doc_id)
            labels = Labels(module=record.module, language=record.language, publish=False)
            return self._ingest(Path(file), Path(file).name, folder.name, labels, progress)

    def delete(self, doc_id: str) -> bool:
        """Remove an instructor document from the index (and its uploaded file)."""
        with self._lock:
            self._wait_for_first_index()
            if not self._is_instructor(doc_id):
                return False
            folder = self._folder_of(doc_id)
            stale = self.stores.catalog.delete_document(doc_id)
            self.stores.vectors.delete(stale)
            if folder is not None:
                shutil.rmtree(folder, ignore_errors=True)
            log.info("Deleted instructor document %s (%d chunks)", doc_id, len(stale))
            return True

    def publish(self, doc_id: str, published: bool) -> bool:
        """Show an instructor document to learners, or hide it again; False if unknown."""
        if not self._is_instructor(doc_id):
            return False
        return self.stores.catalog.set_hidden(doc_id, not published)

    # -- helpers -------------------------------------------------------------------

    def _is_instructor(self, doc_id: str) -> bool:
        record = self.stores.catalog.documents().get(doc_id)
        return record is not None and record.source == INSTRUCTOR

    def _folder_of(self, doc_id: str) -> Path | None:
        """The upload folder of a document ingested from this library, else None."""
        record = self.stores.catalog.documents().get(doc_id)
        return None if record is None else self._folder(record)

    def _folder(self, record: DocumentRecord) -> Path | None:
        folder = self.root / record.path.rsplit(".", 1)[0]
        expected = textnorm.file_name(str(folder.resolve()))
        return folder if record.source_root == expected and folder.is_dir() else None

    @staticmethod
    def _language(language: str | None) -> str | None:
        if not language or language == "auto":
            return None
        if not languages.is_supported(language):
            raise ConfigError.from_key(
                "upload_language_unknown", language=language, valid=", ".join(languages.CODES)
            )
        return languages.normalize(language)

    @staticmethod
    def _module(module: str | None) -> str | None:
        cleaned = " ".join(textnorm.clean(module or "").split())
        if len(cleaned) > MAX_MODULE_CHARS:
            raise ConfigError.from_key("upload_module_too_long", maximum=MAX_MODULE_CHARS)
        return cleaned or None

    def _ingest(
        self, file: Path, shown: str, stem: str | None, labels: Labels, progress: OnProgress
    ) -> FileReport:
        """Store one file in its folder and ingest it; put the old file back if it fails.

        ``stem`` names the document (its folder and id); None: from the file's name.
        """
        name = safe_name(shown)
        shown = textnorm.file_name(shown)
        suffix = Path(name).suffix
        if suffix not in LOADERS:
            supported = ", ".join(sorted(LOADERS))
            return _failed(shown, DocumentError.from_key("upload_unsupported_type",
                                                         supported=supported))
        try:
            size = file.stat().st_size
        except OSError as exc:
            return _failed(shown, DocumentError.from_key("upload_unreadable", reason=exc.strerror))
        if size > self.max_bytes:
            return _failed(shown, DocumentError.from_key(
                "upload_too_large", size=size / 1_048_576, limit=self.settings.max_upload_mb))
        stem = stem or Path(name).stem
        folder = self.root / stem
        target = folder / f"{stem}{suffix}"
        doc_id = make_doc_id(INSTRUCTOR, stem)
        existing = self.stores.catalog.documents().get(doc_id)
        if existing is not None and self._folder_of(doc_id) is None:
            return _failed(shown, DocumentError.from_key("upload_name_taken", doc_id=doc_id),
                           doc_id)
        known = doc_id if existing is not None else ""  # a failed new file made no document
        aside = folder / _ASIDE
        shutil.rmtree(aside, ignore_errors=True)
        folder.mkdir(parents=True, exist_ok=True)
        previous = [p for p in folder.iterdir() if p.is_file()]
        if previous:
            aside.mkdir()
            for old in previous:
                old.rename(aside / old.name)
        progress(0.05, shown)
        try:
            shutil.copyfile(file, target)
            report = Ingestor(self.settings, self.embedder, self.stores).run(
                target, source=INSTRUCTOR, delete_missing=False, labels=labels,
                progress=lambda total, _what: _Bar(total, lambda f: progress(0.2 + 0.8 * f, shown)),
            )
        except Exception as exc:  # one file's trouble is that file's report line
            log.warning("Upload %s failed", shown, exc_info=exc)
            self._restore(folder, target, aside)
            cause = exc if isinstance(exc, AssistantError) and exc.key else None
            return FileReport(shown, "failed", known, reason=textnorm.file_name(str(exc)),
                              cause=cause)
        if report.errors or doc_id not in {*report.added, *report.updated, *report.unchanged}:
            self._restore(folder, target, aside)
            why = next(iter(report.errors.values()), "could not be ingested")
            return FileReport(shown, "failed", known, reason=why)
        shutil.rmtree(aside, ignore_errors=True)
        status = ("added" if doc_id in report.added else
                  "updated" if doc_id in report.updated else "unchanged")
        chunks = self.stores.catalog.documents()[doc_id].chunk_count
        log.info("Instructor upload %s: %s as %s (%d chunks)", shown, status, doc_id, chunks)
        return FileReport(shown, status, doc_id, chunks)

    @staticmethod
    def _restore(folder: Path, target: Path, aside: Path) -> None:
        """Undo :meth:`_ingest`'s file changes: the new file goes, the previous comes back."""
        target.unlink(missing_ok=True)
        if aside.is_dir():
            for old in aside.iterdir():
                old.rename(folder / old.name)
            aside.rmdir()
        if folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
