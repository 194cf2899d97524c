"""Ranking metrics with pessimistic ties, tested on cases computed by hand.

Input for one question: the retrieved items in retrieval order as
``(doc_id, score)`` pairs and the set of relevant document ids. A hit is any
retrieved item whose document is relevant. Items with equal scores are
re-ordered so that relevant ones come *after* irrelevant ones: a tie never
earns credit (it "counts against").
"""

from __future__ import annotations

import math
from collections.abc import Collection, Sequence


def pessimistic(items: Sequence[tuple[str, float]], relevant: Collection[str]) -> list[str]:
    """Doc ids in rank order, ties broken against the relevant ones."""
    indexed = list(enumerate(items))
    indexed.sort(key=lambda pair: (-pair[1][1], pair[1][0] in relevant, pair[0]))
    return [doc for _, (doc, _) in indexed]


def first_relevant_rank(ranked: Sequence[str], relevant: Collection[str]) -> int | None:
    """1-based rank of the first relevant item, or None."""
    for rank, doc in enumerate(ranked, start=1):
        if doc in relevant:
            return rank
    return None


def hit_at(ranked: Sequence[str], relevant: Collection[str], k: int) -> float:
    """1.0 if a relevant item is within the first k, else 0.0."""
    rank = first_relevant_rank(ranked, relevant)
    return 1.0 if rank is not None and rank <= k else 0.0


def reciprocal_rank(ranked: Sequence[str], relevant: Collection[str], k: int) -> float:
    """1 / rank of the first relevant item within the first k (0 if none)."""
    rank = first_relevant_rank(ranked, relevant)
    return 1.0 / rank if rank is not None and rank <= k else 0.0


def ndcg_at(ranked: Sequence[str], relevant: Collection[str], k: int) -> float:
    """Binary nDCG@k; only the first item of each relevant document gains."""
    seen: set[str] = set()
    dcg = 0.0
    for rank, doc in enumerate(ranked[:k], start=1):
        if doc in relevant and doc not in seen:
            seen.add(doc)
            dcg += 1.0 / math.log2(rank + 1)
    ideal = sum(1.0 / math.log2(rank + 1) for rank in range(1, min(len(relevant), k) + 1))
    return dcg / ideal if ideal else 0.0


def mean(values: Sequence[float]) -> float:
    """Arithmetic mean (0.0 for no values)."""
    return sum(values) / len(values) if values else 0.0


def ndcg_scored(items: Sequence[tuple[str, float]], relevant: Collection[str], k: int) -> float:
    """nDCG@k straight from ``(doc_id, score)`` pairs, ties broken against relevant items."""
    return ndcg_at(pessimistic(items, relevant), relevant, k)


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (``q`` in 0–100): an observed value, never interpolated.

    For latency the nearest rank is the honest choice: p95 of 20 timings is the
    19th slowest one, not a blend that no request ever took.
    """
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return float(ordered[min(rank, len(ordered)) - 1])


def precision_recall(predicted: Sequence[bool], actual: Sequence[bool]) -> dict[str, float]:
    """Precision, recall and F1 of a yes/no decision (0.0 where undefined)."""
    tp = sum(p and a for p, a in zip(predicted, actual, strict=True))
    fp = sum(p and not a for p, a in zip(predicted, actual, strict=True))
    fn = sum(a and not p for p, a in zip(predicted, actual, strict=True))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}
