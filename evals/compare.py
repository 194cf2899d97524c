"""Compare two results files: metric deltas, each judged in its own direction.

Scores (hit@k, MRR, F1, shares) are better higher; latency (``latency.*``),
calibration error (``ece``) and the false-refusal rate are better lower. A
change counts as a regression when it goes the wrong way by more than the
tolerance of :class:`~evals.thresholds.Thresholds` (latency: relative, and
by at least a few milliseconds, since timings are noisy). Results made on
different corpora, golden sets, embedders or with and without ``--quick``
are still compared, with a warning on top.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from evals.thresholds import Thresholds

SKIP_KEYS = {"info", "examples", "audit", "label", "n", "skipped", "judge_model"}
LOWER_IS_BETTER = {
    "ece", "false_refusal_rate", "planted_rate", "blocked_rate", "refusal_spread",
    "false_refusal_spread",
}
NEUTRAL = {"exposed"}  # describes the test, not the assistant


def flatten(results: dict[str, Any]) -> dict[str, float]:
    """Every gated number as ``suite.path.to.metric`` (judged ones under ``judged.``)."""
    flat: dict[str, float] = {}

    def walk(node: Any, prefix: str) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key not in SKIP_KEYS:
                    walk(value, f"{prefix}.{key}" if prefix else str(key))
        elif isinstance(node, int | float) and not isinstance(node, bool):
            flat[prefix] = float(node)

    walk(results.get("suites", {}), "")
    judged = results.get("judged") or {}
    if "skipped" not in judged:
        walk(judged, "judged")
    return flat


def direction(metric: str) -> str:
    """'higher', 'lower' or 'neutral' — which way is better for ``metric``."""
    leaf = metric.rsplit(".", 1)[-1]
    if leaf in NEUTRAL:
        return "neutral"
    if metric.startswith("latency.") or leaf in LOWER_IS_BETTER:
        return "lower"
    return "higher"


@dataclass(frozen=True)
class Row:
    """One metric in both files."""

    metric: str
    old: float | None
    new: float | None
    direction: str
    status: str  # "ok" | "improved" | "regression" | "new" | "gone"

    @property
    def delta(self) -> float | None:
        """New - old, when both exist."""
        return None if self.old is None or self.new is None else self.new - self.old


def _status(metric: str, old: float, new: float, way: str, thresholds: Thresholds) -> str:
    if way == "neutral" or old == new:
        return "ok"
    if metric.startswith("latency."):
        worse_by = new - old
        limit = max(thresholds.latency_relative * old, thresholds.latency_min_ms)
        if worse_by > limit:
            return "regression"
        return "improved" if -worse_by > limit else "ok"
    worse_by = (old - new) if way == "higher" else (new - old)
    tolerance = thresholds.tolerance(metric)
    if worse_by > tolerance + 1e-12:
        return "regression"
    return "improved" if -worse_by > tolerance + 1e-12 else "ok"


def compare(
    old: dict[str, Any], new: dict[str, Any], thresholds: Thresholds | None = None
) -> list[Row]:
    """One row per metric present in either file, sorted by name."""
    thresholds = thresholds or Thresholds()
    a, b = flatten(old), flatten(new)
    rows = []
    for metric in sorted(set(a) | set(b)):
        way = direction(metric)
        if metric not in a:
            rows.append(Row(metric, None, b[metric], way, "new"))
        elif metric not in b:
            rows.append(Row(metric, a[metric], None, way, "gone"))
        else:
            rows.append(
                Row(
                    metric,
                    a[metric],
                    b[metric],
                    way,
                    _status(metric, a[metric], b[metric], way, thresholds),
                )
            )
    return rows


def comparability(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """Warnings about what differs between the two runs besides the code."""
    warnings = []
    o, n = old.get("meta", {}), new.get("meta", {})
    checks = [
        ("embedder", o.get("embedder"), n.get("embedder")),
        ("corpus", (o.get("corpus") or {}).get("hash"), (n.get("corpus") or {}).get("hash")),
        ("golden sets", o.get("golden_hashes"), n.get("golden_hashes")),
        ("--quick", o.get("quick"), n.get("quick")),
        (
            "machine",
            (o.get("machine") or {}).get("cpu_count"),
            (n.get("machine") or {}).get("cpu_count"),
        ),
    ]
    for name, before, after in checks:
        if before != after:
            warnings.append(f"{name} differs between the runs ({before!s:.40} vs {after!s:.40})")
    return warnings


def _fmt(value: float | None) -> str:
    return "—" if value is None else f"{value:.4g}"


def format_table(rows: list[Row], *, only_changes: bool = False) -> str:
    """A plain-text table; regressions are marked with ``!!``."""
    marks = {
        "regression": "!! regression",
        "improved": "improved",
        "ok": "",
        "new": "new",
        "gone": "gone",
    }
    shown = [r for r in rows if not only_changes or r.status != "ok"]
    width = max((len(r.metric) for r in shown), default=10)
    lines = [f"{'metric':<{width}}  {'old':>10}  {'new':>10}  {'delta':>10}  better  status"]
    for r in shown:
        delta = "—" if r.delta is None else f"{r.delta:+.4g}"
        lines.append(
            f"{r.metric:<{width}}  {_fmt(r.old):>10}  {_fmt(r.new):>10}  {delta:>10}  "
            f"{r.direction:<6}  {marks[r.status]}"
        )
    return "\n".join(lines)


def regressions(rows: list[Row]) -> list[Row]:
    """The rows that went the wrong way beyond tolerance."""
    return [r for r in rows if r.status == "regression"]
