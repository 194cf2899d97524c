"""The Civicly suite: train the router on one file, audit it on another.

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
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from assistant.errors import ConfigError
from assistant.rag.embeddings import Embedder

QUICK_EMBED_PER_CLASS = 40


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
    train_path: Path, test_path: Path, embedder: Embedder, *, quick: bool = False
) -> dict[str, Any]:
    """Train on ``train_path``, audit on ``test_path``; headline metrics plus the audit."""
    from assistant.exercises.civicly_triage.evaluate import audit
    from assistant.exercises.civicly_triage.features import EMBED_PER_CLASS
    from assistant.exercises.civicly_triage.service import train

    train_records, train_errors = load(train_path)
    test_records, test_errors = load(test_path)
    per_class = QUICK_EMBED_PER_CLASS if quick else EMBED_PER_CLASS
    started = time.perf_counter()
    model = train(train_records, embedder, embed_per_class=per_class)
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
            "flagged_districts": by_district["flagged"],
            "per_district": by_district["groups"],
            "model_version": report["model_version"],
            "train_seconds": round(trained - started, 2),
            "audit_seconds": round(time.perf_counter() - trained, 2),
        },
        "audit": {"confusion": report["confusion"], "calibration": report["calibration"]},
    }
