"""Cross-lingual and same-language retrieval on a parallel reading-comprehension set.

    python -m benchmarks.parallel_qa [--data benchmarks/data/parallel_qa] [--set KEY=VALUE ...]

The set (``paragraphs.jsonl``: one encyclopedia paragraph in en/fr/es/pt/ar per line;
``questions.jsonl``: questions about one paragraph, in the same five languages) is the
shape of the public parallel QA sets the issue was measured on: English passages asked
in Spanish or Arabic, several paragraphs of one article competing for each question.

Each passage language gets its own corpus, ingested through the project's own path
(loaders, chunking, the text that is embedded, the vector store), with one file per
paragraph named by a neutral id, as a set's paragraphs would be saved. Every question
is then asked of the English corpus (``xx->en``) and of the corpus in its own language
(``xx``), and scored by hit@1, hit@5 and MRR of its paragraph:

* ``project``: :class:`~assistant.rag.retrieve.Retriever` with the shipped settings
  (``--set candidates=60`` and the like override them); ``--compare sentence_weight=0``
  adds a second column, the same index searched with those settings changed;
* ``e5``, ``use``: one embedder's cosine over every paragraph's bare text;
* ``z(e5,use)``: the mean of both embedders' per-query z-scores over every paragraph,
  the best baseline the issue names.

A baseline ranks every paragraph, so ties count against the question (its rank is one
plus the number of paragraphs scoring at least as high). Query latency of ``project``
is the wall time of ``Retriever.search`` per question, embedding included (nearest-rank
p50/p95). Results: ``benchmarks/results/parallel_qa.{json,md}``.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np

from assistant.config import apply_offline_environment, load_settings
from assistant.rag.embeddings import make_embedder
from assistant.rag.ingest import Ingestor
from assistant.rag.retrieve import Retriever
from evals.metrics import mean, percentile

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("en", "fr", "es", "pt", "ar")
METHODS = ("project", "e5", "use", "z(e5,use)")


def load(folder: Path) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """The set's paragraphs and questions, as written by ``paragraphs/questions.jsonl``."""

    def rows(name: str) -> list[dict[str, str]]:
        path = folder / name
        if not path.is_file():
            raise SystemExit(f"{path} is missing: point --data at a folder with {name}.")
        return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]

    paragraphs, questions = rows("paragraphs.jsonl"), rows("questions.jsonl")
    known = {p["id"] for p in paragraphs}
    unknown = sorted({q["paragraph"] for q in questions} - known)
    if unknown:
        raise SystemExit(f"questions name paragraphs the set lacks: {unknown[:5]}")
    return paragraphs, questions


def _rank(scores: np.ndarray, gold: int) -> int:
    """1-based rank of ``gold``; ties count against it."""
    return int((scores >= scores[gold]).sum())


def _zscore(matrix: np.ndarray) -> np.ndarray:
    spread = matrix.std(axis=1, keepdims=True)
    return (matrix - matrix.mean(axis=1, keepdims=True)) / np.where(spread > 1e-9, spread, 1.0)


def _row(rank: int | None) -> dict[str, float]:
    return {
        "hit@1": float(rank == 1),
        "hit@5": float(rank is not None and rank <= 5),
        "mrr": 1.0 / rank if rank else 0.0,
    }


def run(
    folder: Path, overrides: dict[str, Any], compare: dict[str, Any] | None = None
) -> dict[str, Any]:
    paragraphs, questions = load(folder)
    other = "project(" + ",".join(f"{k}={v}" for k, v in (compare or {}).items()) + ")"
    methods = (*METHODS, other) if compare else METHODS
    ids = [p["id"] for p in paragraphs]
    position = {pid: i for i, pid in enumerate(ids)}
    embedder = make_embedder("e5+use")
    e5, use = embedder.parts  # type: ignore[attr-defined]
    rows: dict[str, dict[str, list[dict[str, float]]]] = {m: defaultdict(list) for m in methods}
    latency: dict[str, list[float]] = {"project": [], other: []}
    with tempfile.TemporaryDirectory() as tmp:
        for passage_lang in LANGUAGES:
            corpus = Path(tmp) / "corpus" / passage_lang / passage_lang
            corpus.mkdir(parents=True)
            # Neutral file names (the set's ids are hex strings): the title carries nothing.
            for i, p in enumerate(paragraphs):
                (corpus / f"p{i:04d}.txt").write_text(p[passage_lang] + "\n", "utf-8")
            settings = load_settings(
                data_dir=Path(tmp) / f"data-{passage_lang}", embedder="e5+use", chroma_url=None
            ).model_copy(update=overrides)
            ingestor = Ingestor(settings, embedder)
            ingestor.run(corpus.parent)
            retrievers = {"project": Retriever(settings, embedder, ingestor.stores)}
            if compare:
                changed = settings.model_copy(update=compare)
                retrievers[other] = Retriever(changed, embedder, ingestor.stores)
            texts = [p[passage_lang] for p in paragraphs]
            passage_vectors = {"e5": e5.embed_documents(texts), "use": use.embed_documents(texts)}
            asked = LANGUAGES if passage_lang == "en" else (passage_lang,)
            for lang in asked:
                group = lang if lang == passage_lang else f"{lang}->{passage_lang}"
                texts_q = [q[lang] for q in questions]
                gold = [position[q["paragraph"]] for q in questions]
                cosines = {
                    "e5": np.stack([e5.embed_query(t) for t in texts_q]) @ passage_vectors["e5"].T,
                    "use": use.embed_documents(texts_q) @ passage_vectors["use"].T,
                }
                cosines["z(e5,use)"] = (_zscore(cosines["e5"]) + _zscore(cosines["use"])) / 2
                for method in ("e5", "use", "z(e5,use)"):
                    for scores, g in zip(cosines[method], gold, strict=True):
                        rows[method][group].append(_row(_rank(scores, g)))
                for name, retriever in retrievers.items():
                    for text, g in zip(texts_q, gold, strict=True):
                        started = time.perf_counter()
                        hits = retriever.search(text, 5, language=lang).hits
                        latency[name].append((time.perf_counter() - started) * 1000)
                        found = [int(h.chunk.doc_id.rsplit("/p", 1)[1]) for h in hits]
                        rank = found.index(g) + 1 if g in found else None
                        rows[name][group].append(_row(rank))
    table = {
        method: {
            group: {m: round(mean([r[m] for r in got]), 3) for m in ("hit@1", "hit@5", "mrr")}
            | {"n": len(got)}
            for group, got in sorted(groups.items())
        }
        for method, groups in rows.items()
    }
    return {
        "data": str(folder),
        "paragraphs": len(paragraphs),
        "questions": len(questions),
        "overrides": overrides,
        "compare": compare or {},
        "results": table,
        "query_ms": {
            name: {"p50": round(percentile(ms, 50), 1), "p95": round(percentile(ms, 95), 1)}
            for name, ms in latency.items()
            if ms
        },
    }


def to_markdown(result: dict[str, Any]) -> str:
    groups = sorted(result["results"]["project"], key=lambda g: ("->" not in g, g))
    methods = list(result["results"])
    lines = [
        f"{result['paragraphs']} paragraphs, {result['questions']} questions per language; "
        f"settings overridden: {result['overrides'] or 'none'}. hit@5 (MRR):",
        "",
        "| group | " + " | ".join(methods) + " |",
        "|---|" + "---|" * len(methods),
    ]
    for group in groups:
        cells = [
            f"{result['results'][m][group]['hit@5']:.3f} ({result['results'][m][group]['mrr']:.3f})"
            for m in methods
        ]
        lines.append(f"| {group} | " + " | ".join(cells) + " |")
    lines.append("")
    for name, ms in result["query_ms"].items():
        lines.append(f"`{name}` query time per question: p50 {ms['p50']} ms, p95 {ms['p95']} ms.")
    return "\n".join(lines) + "\n"


def _value(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return text


def main() -> None:
    apply_offline_environment()
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT / "benchmarks" / "data" / "parallel_qa")
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="override a retrieval setting for the project path (e.g. candidates=60)",
    )
    parser.add_argument(
        "--compare",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="also search the same index with this setting changed (e.g. sentence_weight=0)",
    )
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results")
    parser.add_argument("--name", default="parallel_qa", help="results file name (no suffix)")
    args = parser.parse_args()
    overrides: dict[str, Any] = {}
    compare: dict[str, Any] = {}
    for option, items, target in (
        ("--set", args.set, overrides),
        ("--compare", args.compare, compare),
    ):
        for item in items:
            key, sep, value = item.partition("=")
            if not sep:
                parser.error(f"{option} wants KEY=VALUE, got {item!r}")
            target[key] = _value(value)
    result = run(args.data, overrides, compare)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / f"{args.name}.json").write_text(json.dumps(result, indent=2) + "\n", "utf-8")
    markdown = to_markdown(result)
    (args.out / f"{args.name}.md").write_text(markdown, "utf-8")
    print(markdown)


if __name__ == "__main__":
    main()
