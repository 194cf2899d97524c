"""Civicly targets, measured in one run.

    python -m benchmarks.civicly [--embedder e5-small-q4]

1. Training time on the built-in history (3,600 records; target <= 60 s on 2 cores).
2. Warm classification latency of one message, p50/p95 (target <= 50 ms).
3. Macro-F1 against the TF-IDF + logistic-regression baseline on the same
   split: mixed languages (history -> held-out history), new phrasings
   (history -> benchmarks/data/civicly_fresh.csv), each single
   language (train and test restricted to it), and a low-resource case
   (train with only 30 examples per language for ar/pt, test on everything).
Results go to benchmarks/results/civicly.json.
"""

from __future__ import annotations

import argparse
import csv
import json
import tempfile
import time
from pathlib import Path

from assistant.config import apply_offline_environment
from assistant.exercises.civicly_triage.evaluate import evaluate_files
from assistant.exercises.civicly_triage.records import load_records
from assistant.exercises.civicly_triage.service import BUILTIN_DATA, train
from assistant.rag.embeddings import make_embedder
from evals.metrics import percentile

ROOT = Path(__file__).resolve().parents[1]
HOLDOUT = BUILTIN_DATA.with_name("holdout.csv")
#: 600 messages written independently of the generator's templates (new phrasings).
FRESH = ROOT / "benchmarks" / "data" / "civicly_fresh.csv"


def write_subset(rows: list[dict[str, str]], path: Path) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def main() -> None:
    apply_offline_environment()
    parser = argparse.ArgumentParser()
    parser.add_argument("--embedder", default="e5-small-q4")
    parser.add_argument(
        "--out", type=Path, default=ROOT / "benchmarks" / "results" / "civicly.json"
    )
    args = parser.parse_args()
    embedder = make_embedder(args.embedder)
    embedder.embed_query("warm up")

    records, errors = load_records(BUILTIN_DATA)
    started = time.perf_counter()
    model = train(records, embedder)
    train_s = time.perf_counter() - started

    holdout, _ = load_records(HOLDOUT)
    messages = [r.description for r in holdout[:200]]
    for text in messages[:10]:
        model.classify(text)
    latencies = []
    for text in messages:
        t0 = time.perf_counter()
        model.classify(text)
        latencies.append((time.perf_counter() - t0) * 1000)

    columns = {
        "text_column": "description",
        "label_column": "service_code",
        "language_column": "language",
    }
    mixed = evaluate_files(BUILTIN_DATA, HOLDOUT, embedder=embedder, **columns)
    fresh = (
        evaluate_files(BUILTIN_DATA, FRESH, embedder=embedder, **columns) if FRESH.exists() else {}
    )
    with BUILTIN_DATA.open(encoding="utf-8") as handle:
        history = list(csv.DictReader(handle))
    with HOLDOUT.open(encoding="utf-8") as handle:
        test_rows = list(csv.DictReader(handle))
    single = {}
    low_resource = {}
    with tempfile.TemporaryDirectory() as tmp:
        for lang in ("en", "fr", "es", "pt", "ar"):
            a = write_subset(
                [r for r in history if r["language"] == lang], Path(tmp) / f"a-{lang}.csv"
            )
            b = write_subset(
                [r for r in test_rows if r["language"] == lang], Path(tmp) / f"b-{lang}.csv"
            )
            result = evaluate_files(a, b, embedder=embedder, **columns)
            single[lang] = {k: result[k] for k in ("n", "macro_f1", "baseline_macro_f1")}
        kept: dict[str, int] = {}
        sparse_rows = []
        for row in history:
            if row["language"] in {"ar", "pt"}:
                kept[row["language"]] = kept.get(row["language"], 0) + 1
                if kept[row["language"]] > 30:
                    continue
            sparse_rows.append(row)
        a = write_subset(sparse_rows, Path(tmp) / "a-sparse.csv")
        result = evaluate_files(a, HOLDOUT, embedder=embedder, **columns)
        low_resource = {
            "macro_f1": result["macro_f1"],
            "baseline_macro_f1": result["baseline_macro_f1"],
            "per_language": result["per_language"],
        }

    results = {
        "embedder": embedder.id,
        "train_records": len(records),
        "rejected_rows": len(errors),
        "train_seconds": round(train_s, 1),
        "classify_ms_p50": round(percentile(latencies, 50), 1),
        "classify_ms_p95": round(percentile(latencies, 95), 1),
        "mixed_language": {
            k: mixed[k]
            for k in ("n", "accuracy", "macro_f1", "baseline_accuracy", "baseline_macro_f1")
        },
        "mixed_per_language": mixed["per_language"],
        "fresh_phrasing": {
            k: fresh.get(k)
            for k in (
                "n",
                "accuracy",
                "macro_f1",
                "baseline_accuracy",
                "baseline_macro_f1",
                "per_language",
            )
        },
        "single_language": single,
        "low_resource_ar_pt_30": low_resource,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2), "utf-8")
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
