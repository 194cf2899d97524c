"""Write the built-in course's vectors for the default embedder: ``python -m scripts.course_vectors``.

A fresh data directory then indexes the course without running the model
(see :mod:`assistant.rag.vector_cache`). The file holds one float16 vector per
distinct text: every chunk's embedding text (what the course ingest embeds)
and, unless ``--chunks-only``, every sentence the extractive answer compares
with a question (so answers about the course embed only the question from the
first one), keyed by the SHA-256 of the text, for the embedder ``id`` it was
written with. A concatenated embedder (``--embedder e5+use``) is cached part by
part, so each of its parts gets (and shares) its own file.

Run it after changing the course, the chunking or the default embedder;
``tests/test_vector_cache.py`` fails until you do (it compares content hashes,
no model needed). Vectors of texts that did not change are kept, so a small
course edit costs seconds. ``--check`` only says whether the file is current
(exit 1 when not).

The texts come from a real course ingest into a temporary directory with a
recording embedder, so they are exactly what an ingest asks for.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from assistant.config import Settings, load_settings
from assistant.rag.chunking import split_sentences
from assistant.rag.embeddings import Concatenated, FakeEmbedder, make_embedder
from assistant.rag.vector_cache import (
    CachedEmbedder,
    VectorStore,
    course_vectors_path,
    text_key,
    write_shipped,
)
from assistant.types import COURSE

DEFAULT_EMBEDDER = str(Settings.model_fields["embedder"].default)


class _Recorder(FakeEmbedder):
    """Records every text it is asked to embed (its vectors are meaningless)."""

    def __init__(self) -> None:
        super().__init__(8)
        self.id = "course-texts-recorder"
        self.texts: list[str] = []

    def embed_documents(self, texts: Sequence[str]) -> np.ndarray:
        self.texts.extend(texts)
        return super().embed_documents(texts)


def course_texts(corpus_dir: Path | None = None) -> tuple[list[str], list[str]]:
    """The distinct texts a course ingest embeds (default chunking), and the chunks' sentences."""
    from assistant.rag.index import Stores
    from assistant.rag.ingest import Ingestor

    with tempfile.TemporaryDirectory(prefix="course-texts-") as tmp:
        overrides: dict[str, object] = {
            "data_dir": Path(tmp),
            "embedder": "fake",
            "chroma_url": None,
            "embed_cache_entries": 0,
            "chunk_chars": Settings.model_fields["chunk_chars"].default,
        }
        if corpus_dir is not None:
            overrides["corpus_dir"] = corpus_dir
        settings = load_settings(**overrides)
        recorder = _Recorder()
        Ingestor(settings, recorder).run(Path(settings.corpus_dir), source=COURSE)
        chunks = Stores(settings, recorder).catalog.chunks()
    texts = list(dict.fromkeys(recorder.texts))
    known = set(texts)
    sentences = dict.fromkeys(s for c in chunks for s in split_sentences(c.text))
    return texts, [s for s in sentences if s not in known]


def shipped_keys(embedder_id: str) -> tuple[set[bytes], dict[bytes, np.ndarray]]:
    """Keys of the shipped file of ``embedder_id`` and its raw float16 rows ({} when absent)."""
    path = course_vectors_path(embedder_id)
    if not path.is_file():
        return set(), {}
    with np.load(path, allow_pickle=False) as data:
        if str(data["embedder"]) != embedder_id:
            return set(), {}
        rows = {bytes(k): v for k, v in zip(data["keys"], data["vectors"], strict=True)}
    return set(rows), rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--embedder", default=DEFAULT_EMBEDDER)
    parser.add_argument("--check", action="store_true", help="only say whether it is current")
    parser.add_argument("--chunks-only", action="store_true",
                        help="leave the sentences out (answers then embed them on first use)")
    parser.add_argument("--cache", type=Path, metavar="DATA_DIR",
                        help="also reuse (and fill) this data directory's embedding cache, "
                        "so that an interrupted run resumes where it stopped")
    args = parser.parse_args(argv)

    model = make_embedder(args.embedder)
    store = VectorStore(args.cache / "embedding_cache.sqlite3", 10**8) if args.cache else None
    chunk_texts, sentences = course_texts()
    texts = chunk_texts + ([] if args.chunks_only else sentences)
    # A concatenation (e5+use) is cached part by part, so each part has its own file.
    parts = model.parts if isinstance(model, Concatenated) else [model]
    stale = [_update(CachedEmbedder(part, store), chunk_texts, sentences, texts, args.check)
             for part in parts]
    return 1 if args.check and any(stale) else 0


def _update(embedder: CachedEmbedder, chunk_texts: list[str], sentences: list[str],
            texts: list[str], check: bool) -> bool:
    """Bring the shipped file of ``embedder`` up to date with ``texts``; True if it was stale."""
    keys = [text_key(t) for t in texts]
    have, rows = shipped_keys(embedder.id)
    todo = [t for t, k in zip(texts, keys, strict=True) if k not in have]
    extra = have - set(keys)
    path = course_vectors_path(embedder.id)
    print(f"{len(texts)} distinct texts in the course ingest; {path.name}: {len(have)} vectors, "
          f"{len(todo)} missing, {len(extra)} no longer used")
    if check or (not todo and not extra):
        return bool(todo or extra)
    timings = {}
    vectors: dict[bytes, np.ndarray] = {}
    wanted = set(todo)
    for kind, part in (("chunks", [t for t in chunk_texts if t in wanted]),
                       ("sentences", [t for t in sentences if t in wanted])):
        started, cpu = time.perf_counter(), time.process_time()
        for i in range(0, len(part), 32):
            batch = part[i : i + 32]
            vectors.update(zip(map(text_key, batch), embedder.embed_documents(batch), strict=True))
            print(f"  {kind}: {min(i + 32, len(part))}/{len(part)}", end="\r", file=sys.stderr)
        timings[kind] = (len(part), time.perf_counter() - started, time.process_time() - cpu)
        print(file=sys.stderr)
    for kind, (n, wall, cpu) in timings.items():
        print(f"{kind}: {n} vectors in {wall:.1f} s ({cpu:.1f} CPU s; --cache hits included)")
    final = list(dict.fromkeys(keys))
    matrix = np.stack([rows[k].astype(np.float32) if k in rows else vectors[k] for k in final])
    written = write_shipped(embedder.id, final, matrix)
    print(f"wrote {written} ({written.stat().st_size / 1e6:.1f} MB, {len(final)} vectors)")
    return True


if __name__ == "__main__":
    sys.exit(main())
