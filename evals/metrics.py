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
