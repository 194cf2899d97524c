"""Ranking metrics with pessimistic ties, tested on cases computed by hand.

Input for one question: the retrieved items in retrieval order as
``(doc_id, score)`` pairs and the set of relevant document ids. A hit is any
retrieved item whose document is relevant. Items with equal scores are
re-ordered so that relevant ones come *after* irrelevant ones: a tie never
earns credit (it "counts against"). The ranking metrics stay by hand for that
reason: scikit-learn's ``ndcg_score`` averages over tied items instead.
Percentiles come from NumPy and precision/recall from scikit-learn (imported
where used, since loading it takes seconds).
"""

from __future__ import annotations

import math
from collections.abc import Collection, Sequence

import numpy as np


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
    19th slowest one, not a blend that no request ever took. NumPy's
    ``inverted_cdf`` method is exactly that rank, ``ceil(q / 100 * n)``.
    """
    if not values:
        return 0.0
    return float(np.percentile(values, q, method="inverted_cdf"))


def precision_recall(predicted: Sequence[bool], actual: Sequence[bool]) -> dict[str, float]:
    """Precision, recall and F1 of a yes/no decision (0.0 where undefined)."""
    from sklearn.metrics import precision_recall_fscore_support

    if not actual:
        return {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    precision, recall, f1, _ = precision_recall_fscore_support(
        actual, predicted, average="binary", pos_label=True, zero_division=0
    )
    return {"precision": float(precision), "recall": float(recall), "f1": float(f1)}
