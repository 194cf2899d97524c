"""Choose the default embedder and fusion settings by measurement.

    python -m benchmarks.embedders [--embedders e5-small-q4,use-m3,e5+use]

For each embedder, the built-in course is indexed once in a temporary folder;
then every golden question (same-language and cross-lingual, from
evals/golden/qa.jsonl) is asked under several retrieval configurations
(dense only, dense + BM25, with and without the language bonus), and the
off-course questions (evals/golden/off_course.jsonl) are used to pick the
"not covered" threshold that best separates on-course from off-course
questions. Results go to benchmarks/results/embedders.{json,md}.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from collections import defaultdict
from dataclasses import replace
from pathlib import Path
from typing import Any

from assistant.config import apply_offline_environment, load_settings
from assistant.rag.embeddings import make_embedder
from assistant.rag.index import Stores
from assistant.rag.ingest import Ingestor
from assistant.rag.retrieve import Retriever
from evals.metrics import mean
from evals.retrieval import load_golden, score_question

ROOT = Path(__file__).resolve().parents[1]
CONFIGS = {
    "dense": {"lexical_weight": 0.0, "language_bonus": 0.0},
    "dense+bonus": {"lexical_weight": 0.0, "language_bonus": 0.3},
    "hybrid": {"lexical_weight": 0.5, "language_bonus": 0.0},
    "hybrid+bonus": {"lexical_weight": 0.5, "language_bonus": 0.3},
}


def best_threshold(on: list[float], off: list[float]) -> tuple[float, float]:
    """Threshold maximising balanced accuracy (on-course >= t, off-course < t)."""
    best = (0.0, 0.0)
    for t in sorted(set(on + off)):
        accuracy = (mean([x >= t for x in on]) + mean([x < t for x in off])) / 2
        if accuracy > best[1]:
            best = (t, accuracy)
    return best


def run(spec: str, corpus: Path, golden_path: Path, off_path: Path) -> dict[str, Any]:
    golden = load_golden(golden_path)
    off_course = [
        json.loads(line) for line in off_path.read_text("utf-8").splitlines() if line.strip()
    ]
    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings(data_dir=Path(tmp), embedder=spec, chroma_url=None)
        embedder = make_embedder(spec)
        started = time.perf_counter()
        ingestor = Ingestor(settings, embedder)
        report = ingestor.run(corpus)
        ingest_s = time.perf_counter() - started
        stores: Stores = ingestor.stores
        out: dict[str, Any] = {
            "embedder": embedder.id,
            "chunks": report.chunks_embedded,
            "ingest_s": round(ingest_s, 1),
            "configs": {},
        }
        on_relevance: list[float] = []
        for name, overrides in CONFIGS.items():
            retriever = Retriever(settings.model_copy(update=overrides), embedder, stores)
            groups: dict[str, list[dict[str, float]]] = defaultdict(list)
            for q in golden:
                result = retriever.search(
                    q.question,
                    10,
                    language=q.lang,
                    doc_languages=[q.doc_lang] if q.doc_lang else None,
                )
                row = score_question(q, result.hits, 10)
                group = f"{q.lang}->en" if q.kind == "cross-lingual" else q.lang
                groups[group].append(row)
                groups["all"].append(row)
                if name == "dense" and q.kind != "cross-lingual":
                    on_relevance.append(result.top_relevance)
            out["configs"][name] = {
                g: {m: round(mean([r[m] for r in rows]), 3) for m in ("hit@1", "hit@5", "mrr")}
                | {"n": len(rows)}
                for g, rows in sorted(groups.items())
            }
        retriever = Retriever(settings, embedder, stores)
        # Derived cross-lingual set: every non-English same-language question,
        # answered from the English passages only (relevant = the English module).
        derived: dict[str, list[dict[str, float]]] = defaultdict(list)
        for q in golden:
            if q.kind == "cross-lingual" or q.lang == "en":
                continue
            english = replace(q, relevant=tuple("en/" + d.split("/", 1)[1] for d in q.relevant))
            result = retriever.search(q.question, 10, language=q.lang, doc_languages=["en"])
            derived[f"{q.lang}->en"].append(score_question(english, result.hits, 10))
        out["derived_cross_lingual"] = {
            g: {m: round(mean([r[m] for r in rows]), 3) for m in ("hit@1", "hit@5", "mrr")}
            | {"n": len(rows)}
            for g, rows in sorted(derived.items())
        }
        off_relevance = [
            retriever.search(row["question"], 5, language=row["lang"]).top_relevance
            for row in off_course
        ]
        threshold, accuracy = best_threshold(on_relevance, off_relevance)
        out["coverage"] = {
            "threshold": round(threshold, 3),
            "balanced_accuracy": round(accuracy, 3),
            "on_course_mean": round(mean(on_relevance), 3),
            "off_course_mean": round(mean(off_relevance), 3),
        }
    return out


def to_markdown(results: list[dict[str, Any]]) -> str:
    lines = [
        "| embedder | config | group | n | hit@1 | hit@5 | MRR |",
        "|---|---|---|---|---|---|---|",
    ]
    for result in results:
        for config, groups in result["configs"].items():
            for group, m in groups.items():
                lines.append(
                    f"| {result['embedder']} | {config} | {group} | {m['n']} | {m['hit@1']:.3f} "
                    f"| {m['hit@5']:.3f} | {m['mrr']:.3f} |"
                )
    lines += [
        "",
        "Derived cross-lingual set (every non-English question, English passages only):",
        "",
        "| embedder | group | n | hit@1 | hit@5 | MRR |",
        "|---|---|---|---|---|---|",
    ]
    for result in results:
        for group, m in result.get("derived_cross_lingual", {}).items():
            lines.append(
                f"| {result['embedder']} | {group} | {m['n']} | {m['hit@1']:.3f} "
                f"| {m['hit@5']:.3f} | {m['mrr']:.3f} |"
            )
    lines += [
        "",
        "| embedder | chunks | ingest s | coverage threshold | balanced accuracy "
        "| on mean | off mean |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in results:
        c = r["coverage"]
        lines.append(
            f"| {r['embedder']} | {r['chunks']} | {r['ingest_s']} | {c['threshold']} | "
            f"{c['balanced_accuracy']} | {c['on_course_mean']} | {c['off_course_mean']} |"
        )
    return "\n".join(lines) + "\n"


def main() -> None:
    apply_offline_environment()
    parser = argparse.ArgumentParser()
    parser.add_argument("--embedders", default="e5-small-q4,use-m3,e5+use")
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus" / "modules")
    parser.add_argument("--golden", type=Path, default=ROOT / "evals" / "golden" / "qa.jsonl")
    parser.add_argument(
        "--off-course", type=Path, default=ROOT / "evals" / "golden" / "off_course.jsonl"
    )
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results")
    parser.add_argument(
        "--markdown-only", action="store_true", help="rebuild the .md from the .json"
    )
    args = parser.parse_args()
    if args.markdown_only:
        results = json.loads((args.out / "embedders.json").read_text("utf-8"))
        (args.out / "embedders.md").write_text(to_markdown(results), "utf-8")
        return
    results = [
        run(spec, args.corpus, args.golden, args.off_course) for spec in args.embedders.split(",")
    ]
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "embedders.json").write_text(json.dumps(results, indent=2), "utf-8")
    table = to_markdown(results)
    (args.out / "embedders.md").write_text(table, "utf-8")
    print(table)


if __name__ == "__main__":
    main()
