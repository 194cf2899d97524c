"""A throw-away assistant over a corpus, for one evaluation run.

The corpus is ingested into a temporary data directory (the app's own index
is never touched, nothing is left behind), exactly as
:func:`evals.retrieval.evaluate` does, and the assistant is built with
:func:`assistant.rag.build.build_assistant`, so the evaluation measures the same
retriever and generator the app uses with the same settings.

``--quick`` indexes a subset: the first ``QUICK_MODULES`` modules (by file
name) in every language folder, copied with their relative paths so that
document ids do not change. The golden questions are then restricted to
those whose relevant documents are all in the subset.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.config import Settings
from assistant.rag.embeddings import Embedder
from assistant.rag.ingest import IngestReport, ProgressFactory, iter_files, path_id_for

QUICK_MODULES = 2


@dataclass
class Workspace:
    """Settings, embedder and assistant over a temporary index of one corpus."""

    settings: Settings
    embedder: Embedder
    assistant: Any  # assistant.rag.answer.Assistant (kept loose: that module is being reworked)
    report: IngestReport
    corpus: Path
    files: list[Path]

    @property
    def doc_ids(self) -> set[str]:
        """Document ids of the indexed corpus as golden files write them (no source prefix)."""
        return {path_id_for(f, self.corpus) for f in self.files}

    def add_documents(self, folder: Path, progress: ProgressFactory) -> IngestReport:
        """Ingest another folder into the same index (its documents join the corpus)."""
        from assistant.rag.ingest import Ingestor

        stores = self.assistant.retriever.stores
        return Ingestor(self.settings, self.embedder, stores).run(
            folder, progress=progress, delete_missing=False
        )


def quick_subset(corpus: Path, modules: int = QUICK_MODULES) -> list[Path]:
    """Files of the first ``modules`` module names (file stems, sorted) in every folder."""
    files = iter_files(corpus)
    keep = sorted({f.stem for f in files})[:modules]
    return [f for f in files if f.stem in keep]


@contextmanager
def open_workspace(
    corpus: Path,
    *,
    quick: bool = False,
    progress: ProgressFactory,
    settings_overrides: dict[str, Any] | None = None,
    embedder: Embedder | None = None,
) -> Iterator[Workspace]:
    """Index ``corpus`` (or its quick subset) in a temporary folder; yield the workspace.

    ``embedder`` replaces the one the settings name (experiments pass a cached one).
    """
    from assistant.config import apply_offline_environment, load_settings
    from assistant.rag.build import build_assistant
    from assistant.rag.embeddings import make_embedder

    apply_offline_environment()
    corpus = Path(corpus).resolve()
    with tempfile.TemporaryDirectory(prefix="eval-suite-") as tmp:
        root = Path(tmp)
        files = quick_subset(corpus) if quick else iter_files(corpus)
        indexed = corpus
        if quick:
            indexed = root / "corpus"
            for file in files:
                target = indexed / file.relative_to(corpus)
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(file, target)
            files = iter_files(indexed)
        overrides: dict[str, Any] = {
            "data_dir": root / "data",
            "chroma_url": None,
            "corpus_dir": indexed,
        }
        overrides.update(settings_overrides or {})
        settings = load_settings(**overrides)
        embedder = embedder or make_embedder(settings.embedder)
        assistant, report = build_assistant(settings, embedder=embedder, progress=progress)
        if report is None:  # pragma: no cover - the data dir is fresh, so it always ingests
            raise RuntimeError("the temporary index was not built")
        yield Workspace(settings, embedder, assistant, report, indexed, files)
