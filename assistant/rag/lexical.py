"""Lexical retrieval: one BM25 index per language (bm25s + Snowball stemmers).

Keeping languages apart is the point: a question can only match words of
passages written in its own language, so lexical evidence never competes with
good cross-lingual dense hits (see DESIGN.md's retrieval lessons).

The indexes are a per-instance cache of the catalogue (which may be shared by
several instances in PostgreSQL), saved under ``data/lexical/<lang>/``;
``stamp.json`` records the catalogue generation they were built from. An ingest
rebuilds them at its end; the retriever checks the generation before each
search and loads or rebuilds them when it moved (another instance ingested or
deleted something); the searches of that moment wait for the rebuild.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import threading
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from assistant.languages import LANGUAGES
from assistant.types import Chunk

log = logging.getLogger(__name__)

#: Frequent Arabic function words (bm25s ships no Arabic list).
ARABIC_STOPWORDS = (
    "في من على إلى عن مع هذا هذه ذلك تلك التي الذي الذين اللذين ما ماذا لماذا كيف "
    "هل أو أن إن كان كانت يكون تكون قد لقد لا لم لن ثم كل بعض أي بين عند حتى "
    "هو هي هم هن نحن أنا أنت أنتم له لها لهم به بها فيه فيها منه منها عليه عليها "
    "و ف ب ل ك يا إذا لكن بل أيضا غير دون بعد قبل حول خلال ضمن مثل"
).split()

_TOKEN = re.compile(r"(?u)\b\w\w+\b")


def _bm25s() -> Any:
    """Import bm25s, which sets its own logger to DEBUG on import; keep it quiet."""
    import bm25s

    logging.getLogger("bm25s").setLevel(logging.WARNING)
    return bm25s


def _stopwords(code: str) -> list[str]:
    import bm25s.stopwords as sw

    table = {
        "en": sw.STOPWORDS_EN,
        "fr": sw.STOPWORDS_FRENCH,
        "es": sw.STOPWORDS_SPANISH,
        "pt": sw.STOPWORDS_PORTUGUESE,
        "ar": ARABIC_STOPWORDS,
    }
    return list(table[code])


class Analyzer:
    """Lower-case, split into words, drop stop words, stem - for one language."""

    def __init__(self, code: str) -> None:
        import Stemmer

        self.code = code
        self._stemmer = Stemmer.Stemmer(LANGUAGES[code].stemmer)
        self._stop = set(_stopwords(code))

    def __call__(self, text: str) -> list[str]:
        words = [w for w in _TOKEN.findall(text.lower()) if w not in self._stop]
        return list(self._stemmer.stemWords(words))


class LexicalIndex:
    """BM25 indexes for all five languages, persisted side by side."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._indexes: dict[str, tuple[Any, list[str]]] = {}
        self._analyzers: dict[str, Analyzer] = {}
        self._lock = threading.Lock()
        self.generation = -1

    def _analyzer(self, code: str) -> Analyzer:
        if code not in self._analyzers:
            self._analyzers[code] = Analyzer(code)
        return self._analyzers[code]

    def _stamp(self) -> dict[str, Any]:
        try:
            return dict(json.loads((self.directory / "stamp.json").read_text("utf-8")))
        except (OSError, ValueError):
            return {}

    def build(self, chunks: Sequence[Chunk], generation: int) -> None:
        """Index ``chunks`` (grouped by language) and save, replacing the old files."""
        bm25s = _bm25s()
        by_language: dict[str, list[Chunk]] = defaultdict(list)
        for chunk in chunks:
            if chunk.language in LANGUAGES:
                by_language[chunk.language].append(chunk)
        staging = self.directory.with_name(self.directory.name + ".tmp")
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir(parents=True)
        indexes: dict[str, tuple[Any, list[str]]] = {}
        for code, group in sorted(by_language.items()):
            analyzer = self._analyzer(code)
            tokens = [analyzer(c.embedding_text()) or ["\u2205"] for c in group]
            model = bm25s.BM25()
            model.index(tokens, show_progress=False)
            ids = [c.chunk_id for c in group]
            model.save(staging / code, show_progress=False)
            (staging / code / "ids.json").write_text(json.dumps(ids), "utf-8")
            indexes[code] = (model, ids)
        (staging / "stamp.json").write_text(json.dumps({"generation": generation}), "utf-8")
        # Swap directories: readers see the old or the new index, never a mix.
        backup = self.directory.with_name(self.directory.name + ".old")
        shutil.rmtree(backup, ignore_errors=True)
        if self.directory.exists():
            os.replace(self.directory, backup)
        os.replace(staging, self.directory)
        shutil.rmtree(backup, ignore_errors=True)
        with self._lock:
            self._indexes = indexes
            self.generation = generation

    def load(self, generation: int) -> bool:
        """Load saved indexes if they match ``generation``; False when stale or absent."""
        bm25s = _bm25s()
        if self._stamp().get("generation") != generation:
            return False
        indexes = {}
        for code in LANGUAGES:
            folder = self.directory / code
            if not folder.exists():
                continue
            model = bm25s.BM25.load(folder, show_progress=False)
            ids = json.loads((folder / "ids.json").read_text("utf-8"))
            indexes[code] = (model, ids)
        with self._lock:
            self._indexes = indexes
            self.generation = generation
        return True

    def search(self, query: str, language: str, n: int) -> list[tuple[str, float]]:
        """Best chunk ids in ``language`` for ``query`` with BM25 scores (> 0 only)."""
        with self._lock:
            entry = self._indexes.get(language)
        if entry is None:
            return []
        model, ids = entry
        vocabulary = model.vocab_dict
        tokens = [t for t in self._analyzer(language)(query) if t in vocabulary]
        if not tokens:
            return []
        scores = model.get_scores(tokens)
        k = min(n, len(ids))
        order = scores.argsort()[::-1][:k]
        return [(ids[i], float(scores[i])) for i in order if scores[i] > 0]
