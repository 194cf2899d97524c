"""Auditing the Civicly model: errors, fairness, calibration, urgency ranking, overrides.

Pure functions over predictions, each checked on small cases computed by
hand in ``tests/test_civicly.py``. scikit-learn computes accuracy, macro-F1
and the confusion matrix; it is imported inside those functions because the
exercise checks import this module and loading scikit-learn takes seconds.
The module covers:

* classification quality (accuracy, macro-F1, confusion matrix);
* a fairness table per group (language, district) with disparity ratios: the
  group's value divided by the best group's value (1.0 = parity; the "80 %
  rule" of thumb flags ratios under 0.8);
* per-language support: each language's records and share in the training
  history beside its test accuracy, flagging languages under a minimum share
  (a model cannot be better on a language than its history lets it be, and a
  low accuracy there says "collect data", not "tune the model");
* calibration (reliability bins and expected calibration error);
* urgency ranking quality: the share of truly urgent cases in the top k;
* a log of human overrides, kept as JSON Lines so nothing a reviewer entered
  is lost.
"""

from __future__ import annotations

import json
import threading
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from assistant.errors import ConfigError


def accuracy(truth: Sequence[str], predicted: Sequence[str]) -> float:
    """Share of exact matches (0.0 for no items)."""
    from sklearn.metrics import accuracy_score

    if not truth:
        return 0.0
    return float(accuracy_score(truth, predicted))


def macro_f1(
    truth: Sequence[str], predicted: Sequence[str], labels: Sequence[str] | None = None
) -> float:
    """Unweighted mean of per-class F1 over ``labels`` (default: labels in the truth).

    A label that is neither true nor predicted anywhere scores 0, not "undefined".
    """
    from sklearn.metrics import f1_score

    labels = sorted(set(truth)) if labels is None else list(labels)
    if not labels or not truth:
        return 0.0
    return float(f1_score(truth, predicted, labels=labels, average="macro", zero_division=0))


def confusion(truth: Sequence[str], predicted: Sequence[str]) -> dict[str, Any]:
    """Confusion matrix: rows = true labels, columns = predicted labels."""
    from sklearn.metrics import confusion_matrix

    labels = sorted(set(truth) | set(predicted))
    if len(labels) < 2:  # scikit-learn warns about a 1 x 1 matrix even when given the labels
        return {"labels": labels, "matrix": [[len(truth)]] if labels else []}
    matrix = confusion_matrix(truth, predicted, labels=labels)
    return {"labels": labels, "matrix": matrix.tolist()}


def fairness_table(
    truth: Sequence[str], predicted: Sequence[str], groups: Sequence[str], labels: Sequence[str]
) -> dict[str, Any]:
    """Accuracy and macro-F1 per group, with disparity ratios against the best group."""
    members: dict[str, list[int]] = defaultdict(list)
    for i, group in enumerate(groups):
        members[group or "(unknown)"].append(i)
    rows = {}
    for group, idx in sorted(members.items()):
        t = [truth[i] for i in idx]
        p = [predicted[i] for i in idx]
        rows[group] = {
            "n": len(idx),
            "accuracy": round(accuracy(t, p), 4),
            "macro_f1": round(macro_f1(t, p, sorted(set(t))), 4),
        }
    for metric in ("accuracy", "macro_f1"):
        best = max((row[metric] for row in rows.values()), default=0.0)
        for row in rows.values():
            row[f"{metric}_ratio"] = round(row[metric] / best, 4) if best else 0.0
    worst = min(rows.values(), key=lambda r: r["accuracy_ratio"], default=None)
    return {
        "groups": rows,
        "min_accuracy_ratio": worst["accuracy_ratio"] if worst else 0.0,
        "flagged": sorted(g for g, r in rows.items() if r["accuracy_ratio"] < 0.8),
    }


def language_support(counts: Mapping[str, int], min_share: float) -> dict[str, dict[str, Any]]:
    """Training records per language, largest first: ``{code: {"n", "share", "scarce"}}``.

    ``scarce`` is True under ``min_share`` of the history.
    """
    total = sum(counts.values())
    rows: dict[str, dict[str, Any]] = {}
    for code, n in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        share = n / total if total else 0.0
        rows[code or "(unknown)"] = {"n": n, "share": round(share, 4), "scarce": share < min_share}
    return rows


def support_table(
    support: Mapping[str, Mapping[str, Any]],
    by_language: Mapping[str, Mapping[str, Any]],
    min_share: float,
) -> dict[str, Any]:
    """Per-language training support next to per-language test results.

    ``support`` comes from :func:`language_support`, ``by_language`` is the
    ``groups`` of a :func:`fairness_table` over languages. A language only in
    the test data has support 0 (and is scarce); one only in the history has
    no test numbers (None).
    """
    rows: dict[str, dict[str, Any]] = {}
    for code in sorted(set(support) | set(by_language)):
        trained = support.get(code, {"n": 0, "share": 0.0, "scarce": True})
        tested = by_language.get(code, {})
        rows[code] = {
            "train_n": trained["n"],
            "train_share": trained["share"],
            "test_n": tested.get("n", 0),
            "accuracy": tested.get("accuracy"),
            "macro_f1": tested.get("macro_f1"),
            "scarce": bool(trained["scarce"]),
        }
    return {
        "min_share": min_share,
        "languages": rows,
        "scarce": sorted(code for code, row in rows.items() if row["scarce"]),
    }


def calibration(
    confidence: Sequence[float], correct: Sequence[bool], bins: int = 10
) -> dict[str, Any]:
    """Reliability bins and expected calibration error (ECE).

    Bins are ``[low, high)``, the last one closed at 1.0. This stays by hand:
    ``sklearn.calibration.calibration_curve`` returns only the two means of each
    non-empty bin, without its size (which weights the ECE and fills the ``n``
    column) or its position, and its bins are closed on the right, so a
    confidence of exactly 0.5 would move from the 0.5-0.6 bin to 0.4-0.5.
    """
    if not confidence:
        return {"ece": 0.0, "bins": []}
    table = []
    ece = 0.0
    n = len(confidence)
    for b in range(bins):
        low, high = b / bins, (b + 1) / bins
        idx = [
            i for i, c in enumerate(confidence) if low <= c < high or (b == bins - 1 and c == 1.0)
        ]
        if not idx:
            continue
        mean_confidence = sum(confidence[i] for i in idx) / len(idx)
        mean_accuracy = sum(bool(correct[i]) for i in idx) / len(idx)
        ece += len(idx) / n * abs(mean_confidence - mean_accuracy)
        table.append(
            {
                "low": low,
                "high": high,
                "n": len(idx),
                "confidence": round(mean_confidence, 4),
                "accuracy": round(mean_accuracy, 4),
            }
        )
    return {"ece": round(ece, 4), "bins": table}


def urgent_recall_at_k(scores: Sequence[float], urgent: Sequence[bool], k: int) -> float:
    """Share of truly urgent cases ranked in the top k (ties broken against them)."""
    total = sum(bool(u) for u in urgent)
    if total == 0:
        return 0.0
    order = sorted(range(len(scores)), key=lambda i: (-scores[i], bool(urgent[i])))
    return sum(bool(urgent[i]) for i in order[:k]) / total


@dataclass(frozen=True)
class Override:
    """A reviewer's correction of the model, with the reason."""

    service_request_id: str
    text: str
    model_department: str
    final_department: str
    model_level: str
    final_level: str
    reason: str
    reviewer: str = ""
    at: str = ""


class OverrideLog:
    """Append-only JSON Lines log of human overrides."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()

    def record(self, override: Override) -> Override:
        """Validate and append an override; returns it with its timestamp."""
        if not override.reason.strip():
            raise ConfigError.from_key("civicly_override_no_reason")
        if override.final_department == override.model_department and (
            override.final_level == override.model_level
        ):
            raise ConfigError.from_key("civicly_override_unchanged")
        stamped = Override(
            **{**asdict(override), "at": datetime.now(UTC).isoformat(timespec="seconds")}
        )
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._lock, self.path.open("a", encoding="utf-8") as handle:
            handle.write(json.dumps(asdict(stamped), ensure_ascii=False) + "\n")
        return stamped

    def entries(self) -> list[Override]:
        """Every override recorded, oldest first."""
        if not self.path.exists():
            return []
        lines = self.path.read_text("utf-8").splitlines()
        return [Override(**json.loads(line)) for line in lines if line.strip()]


def plot_confusion(result: dict[str, Any], path: Path, title: str = "Confusion matrix") -> Path:
    """Save a confusion-matrix heat map as PNG."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    labels, matrix = result["labels"], result["matrix"]
    figure, axis = plt.subplots(figsize=(7, 6))
    image = axis.imshow(matrix, cmap="Blues")
    axis.set_xticks(range(len(labels)), labels, rotation=45, ha="right")
    axis.set_yticks(range(len(labels)), labels)
    axis.set_xlabel("predicted department")
    axis.set_ylabel("true department")
    axis.set_title(title)
    for i, row in enumerate(matrix):
        for j, value in enumerate(row):
            if value:
                axis.text(j, i, str(value), ha="center", va="center", fontsize=7)
    figure.colorbar(image)
    figure.tight_layout()
    figure.savefig(path, dpi=110)
    plt.close(figure)
    return path


def plot_reliability(result: dict[str, Any], path: Path) -> Path:
    """Save a reliability diagram (confidence vs accuracy) as PNG."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axis = plt.subplots(figsize=(5, 5))
    axis.plot([0, 1], [0, 1], linestyle="--", color="grey", label="perfect calibration")
    xs = [b["confidence"] for b in result["bins"]]
    ys = [b["accuracy"] for b in result["bins"]]
    axis.plot(xs, ys, marker="o", label=f"model (ECE {result['ece']:.3f})")
    axis.set_xlabel("confidence")
    axis.set_ylabel("accuracy")
    axis.set_xlim(0, 1)
    axis.set_ylim(0, 1)
    axis.legend(loc="upper left")
    figure.tight_layout()
    figure.savefig(path, dpi=110)
    plt.close(figure)
    return path
