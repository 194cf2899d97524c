"""The Civicly suites: train the router on one file, audit it on another; transfer.

Training and scoring are the exercise's own functions —
:func:`assistant.exercises.civicly_triage.service.train` and
:func:`assistant.exercises.civicly_triage.evaluate.audit` — so these numbers are the
ones learners see in the app's audit. The suite only picks the headline
numbers out of the audit: macro-F1 overall and per language, recall of the
truly urgent cases in the top k, and the fairness gaps (the lowest group
accuracy divided by the highest, across languages and across districts;
1.0 is parity, the "80 % rule" flags values under 0.8).

``--quick`` embeds ``QUICK_EMBED_PER_CLASS`` training records per department
instead of the exercise's default, which makes training several times
faster. The test file is always classified whole: with every second record
the language fairness ratio moved 0.88 -> 0.78 (small Arabic and Portuguese
groups), too noisy to gate on.

The **transfer** suite (``civicly_transfer``) asks how the router does on
languages the history lacks: it trains on the English and Spanish records of
the history and tests on the French, Portuguese and Arabic records of the
held-out history, through the exercise's own evaluator
(:func:`assistant.exercises.civicly_triage.evaluate.evaluate_files`), which
trains the TF-IDF and embeddings-only baselines on the same split in the same
run. ``margin_over_embeddings`` (router minus embeddings-only macro-F1) is
what the language gate and the semantic head's language centring are for: a
language with no training record is routed by the embeddings-only classifier
fitted on language-centred embeddings, which should keep it at or above 0
(the baseline stays the plain, uncentred classifier). ``--quick``
trains on ``QUICK_TRANSFER_PER_GROUP`` records per department and training
language, all of them embedded. Both suites keep their vectors in the
embedding cache under the configured data directory
(``<data dir>/civicly/embeddings.sqlite3``): a cached vector is the one the
embedder computes, so a warm cache changes the time, not the numbers.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from assistant.errors import ConfigError
from assistant.rag.embeddings import Embedder

QUICK_EMBED_PER_CLASS = 40
TRANSFER_TRAIN_LANGUAGES = ("en", "es")
TRANSFER_TEST_LANGUAGES = ("fr", "pt", "ar")
QUICK_TRANSFER_PER_GROUP = 40


def builtin_files() -> tuple[Path, Path]:
    """The exercise's own history (training) and held-out history (test)."""
    from assistant.exercises.civicly_triage.service import BUILTIN_DATA

    return BUILTIN_DATA, BUILTIN_DATA.with_name("holdout.csv")


def load(path: Path) -> tuple[list[Any], list[str]]:
    """Valid records of a Civicly file and the reasons other rows were rejected."""
    from assistant.exercises.civicly_triage.records import load_records

    if not Path(path).is_file():
        raise ConfigError(f"{path}: no such Civicly data file")
    records, errors = load_records(Path(path))
    labelled = [r for r in records if r.service_code]
    if not labelled:
        raise ConfigError(
            f"{path}: no valid labelled record (need 'description' and 'service_code'; "
            f"{len(errors)} rows rejected{', first: ' + str(errors[0]) if errors else ''})"
        )
    return labelled, [str(e) for e in errors]


def civicly_suite(
    train_path: Path,
    test_path: Path,
    embedder: Embedder,
    *,
    quick: bool = False,
    cache: Any = None,
) -> dict[str, Any]:
    """Train on ``train_path``, audit on ``test_path``; headline metrics plus the audit."""
    from assistant.exercises.civicly_triage.evaluate import audit
    from assistant.exercises.civicly_triage.service import train

    train_records, train_errors = load(train_path)
    test_records, test_errors = load(test_path)
    per_class = QUICK_EMBED_PER_CLASS if quick else None
    started = time.perf_counter()
    model = train(train_records, embedder, embed_per_class=per_class, cache=cache)
    trained = time.perf_counter()
    report = audit(model, test_records)
    by_language = report["by_language"]
    by_district = report["by_district"]
    return {
        "overall": {
            "n": report["n"],
            "macro_f1": report["macro_f1"],
            "accuracy": report["accuracy"],
            "urgent_recall_at_k": report["urgency"]["recall_at_k"],
            "ece": report["calibration"]["ece"],
        },
        "per_language": {
            group: {"n": row["n"], "macro_f1": row["macro_f1"], "accuracy": row["accuracy"]}
            for group, row in by_language["groups"].items()
        },
        "fairness": {
            "language_min_accuracy_ratio": by_language["min_accuracy_ratio"],
            "district_min_accuracy_ratio": by_district["min_accuracy_ratio"],
        },
        "info": {
            "train_records": len(train_records),
            "test_records": len(test_records),
            "rejected_rows": {"train": train_errors[:20], "test": test_errors[:20]},
            "embed_per_class": per_class,
            "urgent_k": report["urgency"]["k"],
            "urgent_cases": report["urgency"]["urgent_cases"],
            "needs_review_rate": report["needs_review_rate"],
            "flagged_languages": by_language["flagged"],
            "scarce_languages": report["language_support"]["scarce"],
            "flagged_districts": by_district["flagged"],
            "per_district": by_district["groups"],
            "model_version": report["model_version"],
            "train_seconds": round(trained - started, 2),
            "audit_seconds": round(time.perf_counter() - trained, 2),
        },
        "audit": {"confusion": report["confusion"], "calibration": report["calibration"]},
    }


def _stratified(path: Path, languages: tuple[str, ...], per_group: int, folder: Path) -> Path:
    """A CSV of the first ``per_group`` rows of each (language, department) of ``path``."""
    import csv

    with Path(path).open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    taken: dict[tuple[str, str], int] = {}
    kept = []
    for row in rows:
        group = (row.get("language", ""), row.get("service_code", ""))
        if group[0] in languages and taken.get(group, 0) < per_group:
            taken[group] = taken.get(group, 0) + 1
            kept.append(row)
    out = folder / "transfer-train.csv"
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(kept)
    return out


def civicly_transfer_suite(
    train_path: Path,
    test_path: Path,
    embedder: Embedder,
    *,
    quick: bool = False,
    cache: Any = None,
    train_languages: tuple[str, ...] = TRANSFER_TRAIN_LANGUAGES,
    test_languages: tuple[str, ...] = TRANSFER_TEST_LANGUAGES,
) -> dict[str, Any]:
    """Train on ``train_languages`` of one file, test on ``test_languages`` of another."""
    import tempfile

    from assistant.exercises.civicly_triage.evaluate import evaluate_files

    load(train_path)  # the same checks and messages as the civicly suite
    load(test_path)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="civicly-transfer-") as tmp:
        source = (
            _stratified(train_path, train_languages, QUICK_TRANSFER_PER_GROUP, Path(tmp))
            if quick
            else train_path
        )
        result = evaluate_files(
            source,
            test_path,
            text_column="description",
            label_column="service_code",
            language_column="language",
            embedder=embedder,
            train_languages=train_languages,
            test_languages=test_languages,
            cache=cache,
        )
    return {
        "overall": {
            "n": result["n"],
            "macro_f1": result["macro_f1"],
            "accuracy": result["accuracy"],
            "embedding_baseline_macro_f1": result["embedding_baseline_macro_f1"],
            "tfidf_baseline_macro_f1": result["baseline_macro_f1"],
            "margin_over_embeddings": round(
                result["macro_f1"] - result["embedding_baseline_macro_f1"], 4
            ),
        },
        "per_language": {
            code: {
                "n": row["n"],
                "macro_f1": row["macro_f1"],
                "embedding_baseline_macro_f1": row["embedding_baseline_macro_f1"],
                "tfidf_baseline_macro_f1": row["baseline_macro_f1"],
            }
            for code, row in result["per_language"].items()
        },
        "info": {
            "train_languages": result["train_languages"],
            "test_languages": list(test_languages),
            "train_records": result["train_n"],
            "per_group": QUICK_TRANSFER_PER_GROUP if quick else None,
            "router": result["router"],
            "seconds": round(time.perf_counter() - started, 2),
        },
    }
