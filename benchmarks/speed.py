"""Speed targets of the foundation, all measured in one run.

    python -m benchmarks.speed [--embedder e5+use] [--queries 200]

1. Ingestion throughput (chunks/s, the whole pipeline from files to a searchable
   index) against the embedder's raw batch throughput on the same chunk texts.
2. Re-ingesting the unchanged corpus (seconds).
3. Warm query latency p50/p95 of ``Retriever.search`` against the floor: one
   query embedding plus an exact dot product over all chunk vectors.

Results go to benchmarks/results/speed.json and are printed.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

import numpy as np

from assistant.config import Settings, apply_offline_environment, load_settings
from assistant.rag.embeddings import make_embedder
from assistant.rag.index import Stores
from assistant.rag.ingest import Ingestor
from assistant.rag.retrieve import Retriever
from evals.metrics import percentile
from evals.retrieval import load_golden

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    apply_offline_environment()
    parser = argparse.ArgumentParser()
    parser.add_argument("--embedder", default=str(Settings.model_fields["embedder"].default))
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus" / "modules")
    parser.add_argument("--golden", type=Path, default=ROOT / "evals" / "golden" / "qa.jsonl")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "speed.json")
    args = parser.parse_args()

    questions = [q.question for q in load_golden(args.golden)][: args.queries]
    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings(data_dir=Path(tmp), embedder=args.embedder, chroma_url=None)
        embedder = make_embedder(args.embedder)
        embedder.embed_query("warm up")

        started = time.perf_counter()
        ingestor = Ingestor(settings, embedder)
        report = ingestor.run(args.corpus)
        ingest_s = time.perf_counter() - started
        stores: Stores = ingestor.stores
        chunks = stores.catalog.chunks()
        texts = [c.embedding_text() for c in chunks]

        started = time.perf_counter()
        batch = settings.embed_batch_size
        raw = np.vstack(
            [embedder.embed_documents(texts[i : i + batch]) for i in range(0, len(texts), batch)]
        )
        raw_s = time.perf_counter() - started

        started = time.perf_counter()
        again = Ingestor(settings, embedder, stores).run(args.corpus)
        reingest_s = time.perf_counter() - started
        assert again.chunks_embedded == 0

        retriever = Retriever(settings, embedder, stores)
        for q in questions[:10]:
            retriever.search(q)
        search_ms, floor_ms = [], []
        for q in questions:
            t0 = time.perf_counter()
            vector = embedder.embed_query(q)
            scores = raw @ vector
            np.argpartition(-scores, 10)[:10]
            floor_ms.append((time.perf_counter() - t0) * 1000)
            t0 = time.perf_counter()
            retriever.search(q)
            search_ms.append((time.perf_counter() - t0) * 1000)

    results = {
        "embedder": embedder.id,
        "chunks": len(chunks),
        "documents": len(report.added),
        "ingest_s": round(ingest_s, 2),
        "ingest_chunks_per_s": round(len(chunks) / ingest_s, 1),
        "raw_embed_chunks_per_s": round(len(chunks) / raw_s, 1),
        "ingest_vs_raw": round(raw_s / ingest_s, 3),
        "reingest_unchanged_s": round(reingest_s, 3),
        "queries": len(questions),
        "search_ms_p50": round(percentile(search_ms, 50), 2),
        "search_ms_p95": round(percentile(search_ms, 95), 2),
        "floor_ms_p50": round(percentile(floor_ms, 50), 2),
        "floor_ms_p95": round(percentile(floor_ms, 95), 2),
        "search_vs_floor_p95": round(percentile(search_ms, 95) / percentile(floor_ms, 95), 3),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2), "utf-8")
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
