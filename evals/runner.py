"""Run the evaluation suites and assemble one results file.

Order matters: every golden file is validated before any model loads (a
typo fails in a second, not after two minutes of indexing); the robustness
suite runs last because it adds poisoned documents to the index.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evals import datasets, provenance
from evals.datasets import INJECTION_DIR, GoldenFileError
from evals.grounding import SupportTest
from evals.trust_data import DEV_DIR

SCHEMA = "agora-tutor-evals/1"
SUITES = (
    "retrieval", "crosslingual", "answers", "screen", "refusal", "robustness", "planted",
    "civicly", "civicly_transfer", "latency",
)
ASSISTANT_SUITES = {
    "retrieval", "crosslingual", "answers", "screen", "refusal", "robustness", "planted", "latency"
}
DEFAULT_CORPUS = provenance.ROOT / "corpus" / "modules"
DEFAULT_QA = datasets.GOLDEN_DIR / "qa.jsonl"
DEFAULT_OFF_COURSE = datasets.GOLDEN_DIR / "off_course.jsonl"
#: Answers the optional LLM judge looks at (it is slow and costs tokens).
JUDGE_SAMPLES = 40
QUICK_JUDGE_SAMPLES = 15


@dataclass
class RunConfig:
    """Everything ``python -m evals run`` can be told."""

    corpus: Path = DEFAULT_CORPUS
    golden: Path = DEFAULT_QA
    off_course: Path = DEFAULT_OFF_COURSE
    injection: Path = INJECTION_DIR / "questions.jsonl"
    injection_docs: Path = INJECTION_DIR / "docs"
    #: Trust suites (#14): defaults are the dev sets the decisions were developed on.
    crosslingual: Path = DEV_DIR / "crosslingual.jsonl"
    screen: Path = DEV_DIR / "screen.jsonl"
    refuse: tuple[Path, ...] = (DEV_DIR / "offcourse.jsonl",)
    answer: tuple[Path, ...] = (DEV_DIR / "quiz_qa.jsonl",)
    planted: Path = DEV_DIR / "planted" / "cases.jsonl"
    planted_docs: Path = DEV_DIR / "planted" / "docs"
    civicly_train: Path | None = None
    civicly_test: Path | None = None
    suites: tuple[str, ...] = SUITES
    quick: bool = False
    k: int = 10
    progress: bool = True
    settings_overrides: dict[str, Any] = field(default_factory=dict)


def check_config(config: RunConfig) -> None:
    """Raise GoldenFileError for anything wrong with the inputs, before any work."""
    unknown = sorted(set(config.suites) - set(SUITES))
    if unknown or not config.suites:
        raise GoldenFileError(
            f"unknown suite(s) {', '.join(unknown) or '(none given)'}; choose from {', '.join(SUITES)}"
        )
    if set(config.suites) & ASSISTANT_SUITES and not Path(config.corpus).is_dir():
        raise GoldenFileError(f"--corpus {config.corpus} is not a folder")
    if (config.civicly_train is None) != (config.civicly_test is None):
        raise GoldenFileError("give both --civicly-train and --civicly-test, or neither")
    if "robustness" in config.suites and not Path(config.injection_docs).is_dir():
        raise GoldenFileError(f"{config.injection_docs}: no folder of injection documents")
    if "planted" in config.suites and not Path(config.planted_docs).is_dir():
        raise GoldenFileError(f"{config.planted_docs}: no folder of poisoned documents")
    if config.k < 5:
        raise GoldenFileError("--k must be at least 5 (hit@5 needs five passages)")


def _progress(enabled: bool) -> tuple[Any, Any]:
    from assistant.rag.ingest import no_progress, tqdm_progress
    from evals.suites import no_bar, tqdm_bar

    return (tqdm_progress, tqdm_bar) if enabled else (no_progress, no_bar)


def run(config: RunConfig) -> dict[str, Any]:
    """Run the chosen suites; return the results (see ``evals/README.md``)."""
    from evals import suites as s

    check_config(config)
    chosen = [name for name in SUITES if name in config.suites]
    golden = (
        datasets.load_golden(config.golden)
        if {"retrieval", "answers", "latency", "screen", "refusal"} & set(chosen)
        else []
    )
    off_course = (
        datasets.load_off_course(config.off_course) if {"answers", "refusal"} & set(chosen) else []
    )
    injection = datasets.load_injection(config.injection) if "robustness" in chosen else []
    trust = _load_trust(config, chosen)
    hashes: dict[str, str] = {}
    if golden:
        hashes["qa"] = datasets.sha256_file(config.golden)
    if off_course:
        hashes["off_course"] = datasets.sha256_file(config.off_course)
    if injection:
        hashes["injection_questions"] = datasets.sha256_file(config.injection)
        hashes["injection_documents"] = datasets.sha256_tree(config.injection_docs)
    hashes.update(trust.pop("hashes"))
    progress, bar = _progress(config.progress)
    started_all = time.perf_counter()
    meta: dict[str, Any] = {
        "timestamp": provenance.timestamp(),
        "code": provenance.code_version(),
        "machine": provenance.machine(),
        "quick": config.quick,
        "suites": chosen,
        "golden_hashes": hashes,
        "timings_s": {},
    }
    results: dict[str, Any] = {"schema": SCHEMA, "meta": meta, "suites": {}}
    timings = meta["timings_s"]
    embedder = None

    if set(chosen) & ASSISTANT_SUITES:
        from evals.workspace import open_workspace

        t0 = time.perf_counter()
        with open_workspace(
            config.corpus,
            quick=config.quick,
            progress=progress,
            settings_overrides=config.settings_overrides,
        ) as ws:
            timings["index"] = round(time.perf_counter() - t0, 2)
            embedder = ws.embedder
            settings = ws.settings
            present = ws.doc_ids
            asked_golden = (
                [q for q in golden if set(q.relevant) <= present] if config.quick else golden
            )
            meta.update(
                embedder=ws.embedder.id,
                corpus={
                    "path": str(config.corpus),
                    "hash": datasets.sha256_tree(ws.corpus, ws.files),
                    "files": len(ws.files),
                    "chunks": ws.report.chunks_embedded,
                    "ingest_errors": ws.report.errors,
                    "subset": "first 2 modules per language" if config.quick else "all",
                },
                settings={
                    name: getattr(settings, name)
                    for name in (
                        "top_k",
                        "candidates",
                        "lexical_weight",
                        "language_bonus",
                        "sentence_weight",
                        "min_relevance",
                        "chunk_chars",
                        "llm",
                    )
                },
                questions={
                    "qa": len(asked_golden),
                    "qa_in_file": len(golden),
                    "off_course": len(off_course),
                    "injection": len(injection),
                },
            )
            if "retrieval" in chosen:
                t0 = time.perf_counter()
                results["suites"]["retrieval"] = s.retrieval_suite(ws, asked_golden, config.k, bar)
                timings["retrieval"] = round(time.perf_counter() - t0, 2)
            if "crosslingual" in chosen:
                t0 = time.perf_counter()
                rows = [q for q in trust["crosslingual"] if set(q.relevant) <= present]
                results["suites"]["crosslingual"] = s.retrieval_suite(ws, rows, config.k, bar)
                timings["crosslingual"] = round(time.perf_counter() - t0, 2)
            answered: list[s.Asked] = []
            refused: list[s.Asked] = []
            if {"answers", "latency", "screen", "refusal"} & set(chosen):
                t0 = time.perf_counter()
                if asked_golden:
                    s.warm_up(ws, asked_golden[0].question)
                answered = s.ask_all(ws, asked_golden, "answers (course)", bar)
                refused = s.ask_all(ws, off_course, "answers (off-course)", bar)
                timings["ask"] = round(time.perf_counter() - t0, 2)
            seen = [a.answer for a in answered + refused]
            meta["llm"] = sorted({a.model for a in seen if a.model})
            meta["prompt_versions"] = sorted({a.prompt_version for a in seen if a.prompt_version})
            if "answers" in chosen:
                t0 = time.perf_counter()
                test = SupportTest(
                    embedder=ws.embedder, cross_threshold=ws.assistant.retriever.threshold
                )
                results["suites"]["answers"] = s.answers_suite(answered, refused, test)
                timings["answers"] = round(time.perf_counter() - t0 + timings.get("ask", 0), 2)
                t0 = time.perf_counter()
                results["judged"] = _judged(settings, ws.embedder, answered, config.quick)
                timings["judged"] = round(time.perf_counter() - t0, 2)
            if "latency" in chosen:
                results["suites"]["latency"] = s.latency_suite(answered + refused)
                timings["latency"] = timings.get("ask", 0.0)
            screened: list[s.Asked] = []
            if "screen" in chosen:
                from evals.trust import screen_suite

                t0 = time.perf_counter()
                results["suites"]["screen"], screened = screen_suite(
                    ws, trust["screen"], answered, bar
                )
                timings["screen"] = round(time.perf_counter() - t0, 2)
            if "refusal" in chosen:
                from evals.trust import refusal_suite

                t0 = time.perf_counter()
                labels = {p.id: p.label for p in trust["screen"]}
                must_refuse = refused + s.ask_all(ws, trust["refuse"], "refusal (off)", bar) + [
                    a for a in screened if labels.get(a.id, "benign") != "benign"
                ]
                extra_on = [q for q in trust["answer"] if set(q.relevant) <= present]
                must_answer = answered + s.ask_all(ws, extra_on, "refusal (on)", bar)
                results["suites"]["refusal"] = refusal_suite(must_refuse, must_answer)
                timings["refusal"] = round(time.perf_counter() - t0, 2)
            if "robustness" in chosen:
                t0 = time.perf_counter()
                results["suites"]["robustness"] = s.robustness_suite(
                    ws, injection, config.injection_docs, progress, bar
                )
                timings["robustness"] = round(time.perf_counter() - t0, 2)
            if "planted" in chosen:
                from evals.trust import planted_suite

                t0 = time.perf_counter()
                results["suites"]["planted"] = planted_suite(
                    ws, trust["planted"], config.planted_docs, progress, bar
                )
                timings["planted"] = round(time.perf_counter() - t0, 2)

    if {"civicly", "civicly_transfer"} & set(chosen):
        from assistant.config import load_settings
        from assistant.exercises.civicly_triage.embedding_cache import EmbeddingCache
        from evals.civicly_suite import builtin_files, civicly_suite, civicly_transfer_suite

        train_path, test_path = (
            (config.civicly_train, config.civicly_test)
            if config.civicly_train and config.civicly_test
            else builtin_files()
        )
        civicly_settings = load_settings(**config.settings_overrides)
        if embedder is None:
            from assistant.rag.embeddings import make_embedder

            embedder = make_embedder(civicly_settings.embedder)
            meta["embedder"] = embedder.id
        # Vectors are reused across runs (the same numbers, less time): see evals/civicly_suite.py.
        cache = EmbeddingCache(Path(civicly_settings.data_dir) / "civicly")
        hashes["civicly_train"] = datasets.sha256_file(train_path)
        hashes["civicly_test"] = datasets.sha256_file(test_path)
        for name, suite in (("civicly", civicly_suite), ("civicly_transfer", civicly_transfer_suite)):
            if name in chosen:
                t0 = time.perf_counter()
                results["suites"][name] = suite(
                    train_path, test_path, embedder, quick=config.quick, cache=cache
                )
                timings[name] = round(time.perf_counter() - t0, 2)
    timings["total"] = round(time.perf_counter() - started_all, 2)
    return results


def _load_trust(config: RunConfig, chosen: list[str]) -> dict[str, Any]:
    """The trust suites' golden sets (validated before any model loads) and their hashes."""
    from evals.trust_data import load_planted, load_screen

    trust: dict[str, Any] = {"crosslingual": [], "screen": [], "refuse": [], "answer": [],
                             "planted": [], "hashes": {}}
    hashes = trust["hashes"]
    if "crosslingual" in chosen:
        trust["crosslingual"] = datasets.load_golden(config.crosslingual)
        hashes["crosslingual"] = datasets.sha256_file(config.crosslingual)
    if {"screen", "refusal"} & set(chosen):
        trust["screen"] = load_screen(config.screen)
        hashes["screen"] = datasets.sha256_file(config.screen)
    if "refusal" in chosen:
        for path in config.refuse:
            trust["refuse"] += datasets.load_off_course(path)
            hashes[f"refuse:{path.name}"] = datasets.sha256_file(path)
        for path in config.answer:
            trust["answer"] += datasets.load_golden(path)
            hashes[f"answer:{path.name}"] = datasets.sha256_file(path)
    if "planted" in chosen:
        trust["planted"] = load_planted(config.planted)
        hashes["planted_questions"] = datasets.sha256_file(config.planted)
        hashes["planted_documents"] = datasets.sha256_tree(config.planted_docs)
    return trust


def _judged(settings: Any, embedder: Any, answered: list[Any], quick: bool) -> dict[str, Any]:
    from evals import judge
    from evals.answers import body_of

    model, reason = judge.load_judge(settings)
    if model is None:
        return judge.skipped(reason)
    limit = QUICK_JUDGE_SAMPLES if quick else JUDGE_SAMPLES
    samples = [
        judge.Sample(
            a.id,
            a.lang,
            a.question,
            body_of(a.answer),
            tuple(c.passage or c.snippet for c in a.answer.citations),
        )
        for a in answered
        if a.answer.covered
    ][:limit]
    try:
        return judge.judge(samples, model, embedder)
    except Exception as exc:  # a failing judge must not lose the deterministic results
        return judge.skipped(f"the judge failed: {exc}")
