"""Quality gates: absolute floors and ceilings, and tolerated regressions.

The thresholds file is TOML (read with the standard library's ``tomllib``)::

    [floors]                     # the metric must be at least this
    "retrieval.overall.hit@5" = 0.82
    [ceilings]                   # the metric must be at most this
    "latency.total_ms.p95" = 1500
    [quick.floors]               # replaces a floor when the run used --quick
    "retrieval.overall.hit@5" = 0.85
    [regression]                 # used by `compare` and `run --baseline`
    default = 0.02               # largest tolerated drop of a score (absolute)
    latency_relative = 0.5       # latency may grow by 50 % ...
    latency_min_ms = 5.0         # ... and by this many ms before it counts
    [regression.metrics]         # per-metric tolerance; glob patterns, longest match wins
    "*.per_language.*" = 0.06

Metric names are the dotted paths of :func:`evals.compare.flatten`.
"""

from __future__ import annotations

import fnmatch
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evals.retrieval import GoldenFileError


class ThresholdsError(GoldenFileError):
    """A malformed thresholds file (a bad-input error: exit status 2)."""


@dataclass(frozen=True)
class Breach:
    """One metric on the wrong side of its bound."""

    metric: str
    value: float
    bound: float
    kind: str  # "floor" | "ceiling"

    def __str__(self) -> str:
        sign = "<" if self.kind == "floor" else ">"
        return f"{self.metric} = {self.value:.4g} {sign} {self.kind} {self.bound:.4g}"


@dataclass
class Thresholds:
    """Parsed thresholds file."""

    floors: dict[str, float] = field(default_factory=dict)
    ceilings: dict[str, float] = field(default_factory=dict)
    quick_floors: dict[str, float] = field(default_factory=dict)
    quick_ceilings: dict[str, float] = field(default_factory=dict)
    default_tolerance: float = 0.02
    latency_relative: float = 0.5
    latency_min_ms: float = 5.0
    tolerances: dict[str, float] = field(default_factory=dict)

    def tolerance(self, metric: str) -> float:
        """Largest tolerated drop of ``metric`` (most specific matching pattern wins)."""
        matches = [p for p in self.tolerances if fnmatch.fnmatchcase(metric, p)]
        if not matches:
            return self.default_tolerance
        return self.tolerances[max(matches, key=len)]

    def check(self, flat: dict[str, float], quick: bool = False) -> tuple[list[Breach], list[str]]:
        """(breaches, metrics named in the file but absent from the results)."""
        floors = {**self.floors, **(self.quick_floors if quick else {})}
        ceilings = {**self.ceilings, **(self.quick_ceilings if quick else {})}
        breaches, missing = [], []
        for bounds, kind in ((floors, "floor"), (ceilings, "ceiling")):
            for metric, bound in sorted(bounds.items()):
                if metric not in flat:
                    missing.append(metric)
                    continue
                value = flat[metric]
                if (kind == "floor" and value < bound) or (kind == "ceiling" and value > bound):
                    breaches.append(Breach(metric, value, bound, kind))
        return breaches, missing


def _numbers(table: Any, where: str) -> dict[str, float]:
    if table is None:
        return {}
    if not isinstance(table, dict):
        raise ThresholdsError(f'{where} must be a table of "metric" = number lines')
    out = {}
    for name, value in table.items():
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ThresholdsError(f"{where}: {name!r} must be a number, not {value!r}")
        out[name] = float(value)
    return out


def load_thresholds(path: Path) -> Thresholds:
    """Read and check a thresholds file; errors name the file and the entry."""
    path = Path(path)
    if not path.is_file():
        raise ThresholdsError(f"{path}: no such thresholds file")
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ThresholdsError(f"{path}: not valid TOML ({exc})") from exc
    known = {"floors", "ceilings", "quick", "regression"}
    unknown = sorted(set(data) - known)
    if unknown:
        raise ThresholdsError(f"{path}: unknown section(s) {unknown}; use {sorted(known)}")
    quick = data.get("quick") or {}
    regression = data.get("regression") or {}
    if not isinstance(quick, dict) or not isinstance(regression, dict):
        raise ThresholdsError(f"{path}: [quick] and [regression] must be tables")
    scalars = _numbers(
        {k: v for k, v in regression.items() if k != "metrics"}, f"{path} [regression]"
    )
    return Thresholds(
        floors=_numbers(data.get("floors"), f"{path} [floors]"),
        ceilings=_numbers(data.get("ceilings"), f"{path} [ceilings]"),
        quick_floors=_numbers(quick.get("floors"), f"{path} [quick.floors]"),
        quick_ceilings=_numbers(quick.get("ceilings"), f"{path} [quick.ceilings]"),
        default_tolerance=scalars.get("default", 0.02),
        latency_relative=scalars.get("latency_relative", 0.5),
        latency_min_ms=scalars.get("latency_min_ms", 5.0),
        tolerances=_numbers(regression.get("metrics"), f"{path} [regression.metrics]"),
    )
