"""Retrieval evaluation on any corpus: ``python -m evals.retrieval --corpus DIR --golden F``.

The corpus is ingested into a throw-away index in a temporary folder (the
app's own index is never touched, nothing is left behind); every golden
question is asked; hit@1, hit@5, MRR and nDCG@10 are reported overall and per
language, as a table and optionally as JSON.

Golden file: JSON Lines, one question a line::

    {"id": "q1", "question": "...", "lang": "es", "relevant": ["es/03-ethics"]}

A relevant id without a source prefix names the document by its path (the
evaluated corpus is ingested as the course, or as ``local`` when it is another
folder); ``course:es/03-ethics`` names one source's document only.

Optional fields: ``sections`` (section ids; adds section-level hit@5),
``doc_lang`` (search only passages in that language, for cross-lingual sets),
``kind`` (free label, e.g. "paraphrase"; adds a per-kind breakdown).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from evals.jsonl import GoldenFileError, json_objects
from evals.metrics import hit_at, mean, ndcg_at, percentile, pessimistic, reciprocal_rank


@dataclass(frozen=True)
class GoldenQuestion:
    """One line of a golden file."""

    id: str
    question: str
    lang: str
    relevant: tuple[str, ...]
    sections: tuple[str, ...] = ()
    doc_lang: str | None = None
    kind: str = ""


def load_golden(path: Path) -> list[GoldenQuestion]:
    """Read and validate a golden JSONL file."""
    from assistant import languages

    if not path.exists():
        raise GoldenFileError(f"{path}: no such golden file")
    questions = []
    ids: set[str] = set()
    for where, row in json_objects(path):
        for name in ("id", "question", "lang", "relevant"):
            if name not in row:
                raise GoldenFileError(f"{where}: missing field {name!r}")
        if not isinstance(row["question"], str) or not row["question"].strip():
            raise GoldenFileError(f"{where}: field 'question' must be a non-empty string")
        relevant = row["relevant"]
        if (
            not isinstance(relevant, list)
            or not relevant
            or not all(isinstance(r, str) for r in relevant)
        ):
            raise GoldenFileError(f"{where}: field 'relevant' must be a non-empty list of doc ids")
        if not languages.is_supported(str(row["lang"])):
            raise GoldenFileError(
                f"{where}: field 'lang' is {row['lang']!r}; use one of {', '.join(languages.CODES)}"
            )
        if str(row["id"]) in ids:
            raise GoldenFileError(f"{where}: duplicate id {row['id']!r}")
        ids.add(str(row["id"]))
        questions.append(
            GoldenQuestion(
                id=str(row["id"]),
                question=row["question"],
                lang=languages.normalize(str(row["lang"])),
                relevant=tuple(relevant),
                sections=tuple(row.get("sections") or ()),
                doc_lang=row.get("doc_lang"),
                kind=str(row.get("kind") or ""),
            )
        )
    if not questions:
        raise GoldenFileError(f"{path}: no questions found")
    return questions


def golden_key(doc_id: str, relevant: Collection[str]) -> str:
    """``doc_id`` as the golden file names it: itself, or its path when listed without source."""
    from assistant.types import split_doc_id

    return doc_id if doc_id in relevant else split_doc_id(doc_id)[1]


def score_question(question: GoldenQuestion, hits: Sequence[Any], k: int) -> dict[str, float]:
    """Metrics of one question from its retrieval hits."""
    relevant = set(question.relevant)
    keys = [golden_key(h.chunk.doc_id, relevant) for h in hits]
    items = [(key, round(h.score, 9)) for key, h in zip(keys, hits, strict=True)]
    ranked = pessimistic(items, relevant)
    row = {
        "hit@1": hit_at(ranked, relevant, 1),
        "hit@5": hit_at(ranked, relevant, 5),
        "mrr": reciprocal_rank(ranked, relevant, k),
        "ndcg@10": ndcg_at(ranked, relevant, 10),
    }
    if question.sections:
        wanted = {f"{doc}#{section}" for doc in relevant for section in question.sections}
        section_items = [
            (f"{key}#{h.chunk.section_id}", round(h.score, 9))
            for key, h in zip(keys, hits, strict=True)
        ]
        row["section_hit@5"] = hit_at(pessimistic(section_items, wanted), wanted, 5)
    return row


def aggregate(rows: list[dict[str, float]]) -> dict[str, float]:
    """Mean of each metric over the rows that have it, plus ``n``."""
    names = sorted({name for row in rows for name in row})
    summary: dict[str, float] = {"n": len(rows)}
    for name in names:
        summary[name] = round(mean([row[name] for row in rows if name in row]), 4)
    return summary


def evaluate(
    corpus: Path,
    golden: list[GoldenQuestion],
    *,
    k: int = 10,
    embedder_spec: str | None = None,
    settings_overrides: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Ingest ``corpus`` into a temporary index and score every golden question."""
    from assistant.config import apply_offline_environment, load_settings
    from assistant.rag.embeddings import make_embedder
    from assistant.rag.ingest import Ingestor
    from assistant.rag.retrieve import Retriever

    apply_offline_environment()
    with tempfile.TemporaryDirectory(prefix="eval-retrieval-") as tmp:
        overrides: dict[str, Any] = {"data_dir": Path(tmp), "chroma_url": None}
        overrides.update(settings_overrides or {})
        if embedder_spec:
            overrides["embedder"] = embedder_spec
        settings = load_settings(**overrides)
        embedder = make_embedder(settings.embedder)
        started = time.perf_counter()
        ingestor = Ingestor(settings, embedder)
        report = ingestor.run(corpus)
        ingest_seconds = time.perf_counter() - started
        retriever = Retriever(settings, embedder, ingestor.stores)
        per_question = []
        latencies = []
        for question in golden:
            t0 = time.perf_counter()
            result = retriever.search(
                question.question,
                k,
                language=question.lang,
                doc_languages=[question.doc_lang] if question.doc_lang else None,
            )
            latencies.append((time.perf_counter() - t0) * 1000)
            row = score_question(question, result.hits, k)
            per_question.append((question, row, result))
    by_language: dict[str, list[dict[str, float]]] = defaultdict(list)
    by_kind: dict[str, list[dict[str, float]]] = defaultdict(list)
    for question, row, _ in per_question:
        by_language[question.lang].append(row)
        if question.kind:
            by_kind[question.kind].append(row)
    return {
        "overall": aggregate([row for _, row, _ in per_question]),
        "per_language": {code: aggregate(rows) for code, rows in sorted(by_language.items())},
        "per_kind": {kind: aggregate(rows) for kind, rows in sorted(by_kind.items())},
        "config": {
            "embedder": embedder.id,
            "k": k,
            "corpus": str(corpus),
            "documents": len(report.added),
            "chunks": report.chunks_embedded,
            "ingest_errors": report.errors,
            "ingest_seconds": round(ingest_seconds, 2),
            "query_ms_p50": round(percentile(latencies, 50), 2),
            "query_ms_p95": round(percentile(latencies, 95), 2),
            "lexical_weight": settings.lexical_weight,
            "language_bonus": settings.language_bonus,
            "sentence_weight": settings.sentence_weight,
        },
        "misses": [
            {
                "id": q.id,
                "lang": q.lang,
                "question": q.question,
                "relevant": list(q.relevant),
                "got": [h.chunk.doc_id for h in result.hits[:3]],
            }
            for q, row, result in per_question
            if row["hit@5"] == 0.0
        ],
    }


def format_table(results: dict[str, Any]) -> str:
    """A plain-text table of the overall and per-language metrics."""
    columns = ["n", "hit@1", "hit@5", "mrr", "ndcg@10", "section_hit@5"]
    lines = [f"{'':10}" + "".join(f"{c:>14}" for c in columns)]
    rows = [("overall", results["overall"])] + list(results["per_language"].items())
    rows += [(f"kind:{k}", v) for k, v in results.get("per_kind", {}).items()]
    for name, metrics in rows:
        cells = []
        for c in columns:
            value = metrics.get(c)
            cells.append(f"{'-':>14}" if value is None else f"{value:>14.4g}")
        lines.append(f"{name:10}" + "".join(cells))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(prog="python -m evals.retrieval", description=__doc__)
    parser.add_argument("--corpus", required=True, type=Path, help="folder of documents")
    parser.add_argument("--golden", required=True, type=Path, help="golden questions (JSONL)")
    parser.add_argument("--k", type=int, default=10, help="passages retrieved per question")
    parser.add_argument("--json", type=Path, help="write the results as JSON to this file")
    parser.add_argument("--embedder", help="override ASSISTANT_EMBEDDER for this run")
    args = parser.parse_args(argv)
    from assistant.errors import AssistantError

    try:
        if not args.corpus.is_dir():
            raise GoldenFileError(f"--corpus {args.corpus} is not a folder")
        if args.k < 1:
            raise GoldenFileError("--k must be at least 1")
        golden = load_golden(args.golden)
        results = evaluate(args.corpus, golden, k=args.k, embedder_spec=args.embedder)
    except (GoldenFileError, AssistantError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(format_table(results))
    print(
        f"embedder {results['config']['embedder']}; {results['config']['chunks']} chunks; "
        f"query p50 {results['config']['query_ms_p50']} ms, "
        f"p95 {results['config']['query_ms_p95']} ms"
    )
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=2), "utf-8")
        print(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
