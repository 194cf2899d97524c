"""Index at scale without a GPU: N chunks through the real ingest, index and retriever.

    python -m benchmarks.scale                     # 10k chunks (~2 min on 2 cores)
    python -m benchmarks.scale --chunks 100000     # 100k chunks

A synthetic corpus of ``--chunks`` sections (ten per Markdown file, five
languages, text resampled from the course's own sentences so that language
detection and BM25 see real words) is ingested with the deterministic fake
embedder (``fake:<dim>``, 384 dimensions like e5-small by default): the
embedding is cheap, so what is measured is everything else — parsing,
chunking, the catalogue, Chroma's HNSW index and BM25. Reported:

* **ingest**: chunks/s of the whole run and of its bookkeeping (the run minus
  the embedder's own time);
* **search**: p50/p95 of ``Retriever.search`` (dense + BM25 + fusion) against
  the exact floor — the same query embedding and a numpy dot product over all
  N vectors — and the recall@10 of Chroma's approximate dense search against
  that exact top 10;
* **memory and disk**: peak RSS of this process, size of the data directory
  (Chroma, catalogue, lexical index).

A regression in any index shows as a drop in these numbers. Results:
``benchmarks/results/scale.{json,md}`` (``--out``; one file per run size is kept
in the JSON under its chunk count).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import resource
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

from evals.metrics import percentile

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results"
LANGUAGES = ("en", "fr", "es", "pt", "ar")
SECTIONS_PER_FILE = 10


def course_sentences(corpus: Path) -> dict[str, list[str]]:
    """Body sentences of the course per language (no front matter, headings or lists)."""
    sentences: dict[str, list[str]] = {}
    for language in LANGUAGES:
        pool: list[str] = []
        for file in sorted((corpus / language).glob("*.md")):
            body = file.read_text("utf-8").split("\n---\n", 1)[-1]
            for line in body.splitlines():
                line = line.strip()
                if len(line) > 60 and not line.startswith(("#", "-", "*", "|", ">", "!")):
                    pool += [s for s in re.split(r"(?<=[.!?؟])\s+", line) if len(s) > 30]
        sentences[language] = pool
    return sentences


def write_corpus(root: Path, chunks: int, sentences: dict[str, list[str]], seed: int = 7) -> int:
    """``chunks`` sections of ~600 characters, ten per file, languages in turn; file count."""
    rng = random.Random(seed)
    files = (chunks + SECTIONS_PER_FILE - 1) // SECTIONS_PER_FILE
    for f in range(files):
        language = LANGUAGES[f % len(LANGUAGES)]
        pool = sentences[language]
        parts = [f"# Synthetic {language} {f}\n"]
        for s in range(min(SECTIONS_PER_FILE, chunks - f * SECTIONS_PER_FILE)):
            text = " ".join(rng.choice(pool) for _ in range(4))[:700]
            parts.append(f"## Section {f}-{s}\n\n{text} Ref {f}x{s}.\n")
        folder = root / language / f"{f // 1000:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"doc-{f:06d}.md").write_text("\n".join(parts), "utf-8")
    return files


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def disk_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


def run(chunks: int, dim: int, queries: int, corpus: Path, golden: Path) -> dict[str, Any]:
    from assistant.config import apply_offline_environment, load_settings

    apply_offline_environment()
    from assistant.rag.embeddings import make_embedder
    from assistant.rag.ingest import Ingestor
    from assistant.rag.retrieve import Retriever

    questions = [json.loads(line)["question"] for line in golden.read_text("utf-8").splitlines()
                 if line.strip()]
    work = Path(tempfile.mkdtemp(prefix="agora-scale-"))
    try:
        source = work / "corpus"
        started = time.perf_counter()
        files = write_corpus(source, chunks, course_sentences(corpus))
        generate_s = time.perf_counter() - started
        settings = load_settings(data_dir=work / "data", embedder=f"fake:{dim}", chroma_url=None,
                                 corpus_dir=source)
        embedder = make_embedder(settings.embedder, settings)

        started = time.perf_counter()
        ingestor = Ingestor(settings, embedder)
        report = ingestor.run(source)
        ingest_s = time.perf_counter() - started
        rss_after_ingest = peak_rss_mb()
        stores = ingestor.stores
        live = stores.catalog.chunks()

        started = time.perf_counter()
        retriever = Retriever(settings, embedder, stores)
        open_s = time.perf_counter() - started  # catalogue snapshot + BM25 load

        batch = 2048
        matrix = np.vstack([
            embedder.embed_documents([c.embedding_text() for c in live[i : i + batch]])
            for i in range(0, len(live), batch)
        ])
        ids = [c.chunk_id for c in live]
        picked = [questions[i % len(questions)] for i in range(queries)]
        for question in picked[:10]:
            retriever.search(question)
        search_ms, floor_ms, recall = [], [], []
        k = 10
        for question in picked:
            t0 = time.perf_counter()
            vector = embedder.embed_query(question)
            scores = matrix @ vector
            exact = np.argpartition(-scores, k)[:k]
            floor_ms.append((time.perf_counter() - t0) * 1000)
            t0 = time.perf_counter()
            retriever.search(question)
            search_ms.append((time.perf_counter() - t0) * 1000)
            approx = {cid for cid, _ in stores.vectors.query(vector, k)}
            recall.append(len(approx & {ids[i] for i in exact}) / k)
        data = settings.data_dir
        return {
            "chunks": len(live),
            "files": files,
            "embedder": embedder.id,
            "generate_s": round(generate_s, 1),
            "ingest_s": round(ingest_s, 1),
            "embed_s": round(report.embed_seconds, 1),
            "ingest_chunks_per_s": round(len(live) / ingest_s, 1),
            "bookkeeping_chunks_per_s": round(len(live) / max(1e-9, ingest_s - report.embed_seconds), 1),
            "open_retriever_s": round(open_s, 2),
            "queries": len(picked),
            "search_ms_p50": round(percentile(search_ms, 50), 2),
            "search_ms_p95": round(percentile(search_ms, 95), 2),
            "floor_ms_p50": round(percentile(floor_ms, 50), 2),
            "floor_ms_p95": round(percentile(floor_ms, 95), 2),
            "search_vs_floor_p95": round(percentile(search_ms, 95) / percentile(floor_ms, 95), 2),
            "dense_recall_at_10": round(float(np.mean(recall)), 3),
            "peak_rss_mb_after_ingest": round(rss_after_ingest, 1),
            "peak_rss_mb": round(peak_rss_mb(), 1),
            "disk_mb": round(disk_mb(data), 1),
            "disk_mb_chroma": round(disk_mb(settings.index_dir), 1),
            "disk_mb_lexical": round(disk_mb(settings.lexical_dir), 1),
            "disk_mb_catalog": round(sum(
                p.stat().st_size for p in data.glob(settings.catalog_path.name + "*")) / 1e6, 1),
            "load_average": [round(x, 2) for x in os.getloadavg()],
        }
    finally:
        shutil.rmtree(work, ignore_errors=True)


def markdown(results: dict[str, Any]) -> str:
    lines = [
        "# Index at scale (fake embedder, no GPU)",
        "",
        f"{results['machine']}. Each row: `python -m benchmarks.scale --chunks N` "
        "(a fresh process per size).",
        "",
        "| chunks | ingest chunks/s | bookkeeping chunks/s | search p50 / p95 ms | floor p50 / p95 ms "
        "| p95 vs floor | dense recall@10 | peak RSS MB | disk MB (chroma / lexical / catalogue) "
        "| load avg |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for key in sorted(results["runs"], key=int):
        r = results["runs"][key]
        lines.append(
            f"| {r['chunks']:,} | {r['ingest_chunks_per_s']:,} | {r['bookkeeping_chunks_per_s']:,} "
            f"| {r['search_ms_p50']} / {r['search_ms_p95']} | {r['floor_ms_p50']} / "
            f"{r['floor_ms_p95']} | {r['search_vs_floor_p95']}× | {r['dense_recall_at_10']} "
            f"| {r['peak_rss_mb']:,} | {r['disk_mb']:,} ({r['disk_mb_chroma']:,} / "
            f"{r['disk_mb_lexical']:,} / {r['disk_mb_catalog']:,}) | {r['load_average'][0]} |"
        )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--chunks", type=int, default=10_000)
    parser.add_argument("--dim", type=int, default=384, help="fake embedder dimensions")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus" / "modules")
    parser.add_argument("--golden", type=Path, default=ROOT / "evals" / "golden" / "qa.jsonl")
    parser.add_argument("--out", type=Path, default=RESULTS / "scale.json")
    args = parser.parse_args(argv)

    result = run(args.chunks, args.dim, args.queries, args.corpus, args.golden)
    print(json.dumps(result, indent=2))
    previous = json.loads(args.out.read_text("utf-8")) if args.out.exists() else {}
    results = {
        "machine": f"{os.cpu_count()} cores, {platform.machine()}, Python {platform.python_version()}",
        "runs": {**previous.get("runs", {}), str(args.chunks): result},
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n", "utf-8")
    args.out.with_suffix(".md").write_text(markdown(results), "utf-8")
    return results


if __name__ == "__main__":
    main()
