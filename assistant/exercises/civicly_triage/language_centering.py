"""Per-language mean-centering of embeddings, for the router's semantic head.

A multilingual sentence embedding holds a direction that says which language
a text is in, beside what it says. A classifier trained in one language
learns part of its decision from that direction, so messages in another
language land off-side. Subtracting each language's mean embedding removes
most of it (the usual trick for zero-shot cross-lingual transfer). The
router's semantic head (:class:`.router.SemanticHead`) is trained and applied
on centred embeddings; the full model (embeddings + n-grams) is untouched, so
the languages the history covers route as before.

Where each language's mean comes from:

* a language of the training data: the mean of its training rows;
* any other language: the mean of the rows in that language being classified
  together (an evaluation's test set, an audit, a batch), shrunk towards a
  prior as if the prior were ``prior_rows`` (20) more rows, so that one
  message alone is centred mostly by the prior, not by itself;
* the prior of a language: the training mean moved by the language's offset
  in a reference pool (``REFERENCE_PER_LANGUAGE`` = 100 records per language
  from the built-in history, which is in all five languages): ``mean(train) +
  ref(lang) - ref(training languages, weighted by their records)``. The pool
  gives the language difference; the training data gives the domain.

Only ``strength`` (0.5) of the mean is subtracted. Measured on the transfer
benchmark (``benchmarks/results/civicly_transfer.md``, plus the 20 cases that
train on each pair of languages): subtracting the whole mean gained more on
average (+0.042 macro-F1 over the embeddings-only baseline on the 12 rows,
+0.021 on the pairs) but fell up to 0.015 below it on 7 of 32 cases; half of it
gained +0.034 / +0.016 and fell below on 2 of 32, by at most 0.006. A
language's mean mixes its language direction with its messages' mix of
departments, which differs between data sets; half-centering removes less of
the latter. Re-normalising to unit length after centring was no better.

Embedding the pool costs about 10 s once; the embedding cache keeps it (the
built-in history's own training embeds the same texts).
"""

from __future__ import annotations

import csv
import random
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from assistant.exercises.civicly_triage.embedding_cache import EmbeddingCache
    from assistant.exercises.civicly_triage.features import Featurizer

REFERENCE_DATA = Path(__file__).parent / "data" / "historical.csv"
#: Records per language drawn from the reference pool.
REFERENCE_PER_LANGUAGE = 100
#: Share of each language's mean that is subtracted.
CENTERING_STRENGTH = 0.5
#: Weight of a language's prior mean, in rows, against the rows that estimate it.
PRIOR_ROWS = 20.0


def reference_texts(
    path: Path = REFERENCE_DATA, per_language: int = REFERENCE_PER_LANGUAGE
) -> dict[str, list[str]]:
    """Up to ``per_language`` descriptions per language, a seeded sample of ``path``."""
    by_language: dict[str, list[str]] = defaultdict(list)
    with Path(path).open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            code, text = (row.get("language") or "").strip(), (row.get("description") or "").strip()
            if code and text:
                by_language[code].append(text)
    rng = random.Random(0)
    return {
        code: rng.sample(texts, per_language) if len(texts) > per_language else texts
        for code, texts in sorted(by_language.items())
    }


def reference_means(
    featurizer: Featurizer,
    cache: EmbeddingCache | None = None,
    texts: Mapping[str, Sequence[str]] | None = None,
) -> dict[str, np.ndarray]:
    """Mean embedding per language of the reference pool (``texts``, else the built-in one)."""
    pool = reference_texts() if texts is None else texts
    codes = [code for code, members in pool.items() if members]
    flat = [text for code in codes for text in pool[code]]
    if not flat:
        return {}
    vectors = featurizer.embed(flat, cache=cache)
    means, start = {}, 0
    for code in codes:
        n = len(pool[code])
        means[code] = vectors[start : start + n].mean(axis=0)
        start += n
    return means


class LanguageCentering:
    """Subtracts ``strength`` times each row's language mean (see the module docstring)."""

    def __init__(self, strength: float = CENTERING_STRENGTH, prior_rows: float = PRIOR_ROWS):
        self.strength = strength
        self.prior_rows = prior_rows
        self.overall = np.zeros(0)
        #: Prior mean of each language of the reference pool.
        self.priors: dict[str, np.ndarray] = {}
        #: Mean of each training language (its rows shrunk towards its prior).
        self.means: dict[str, np.ndarray] = {}

    def fit(
        self,
        vectors: np.ndarray,
        codes: Sequence[str],
        reference: Mapping[str, np.ndarray] | None = None,
    ) -> LanguageCentering:
        """Language means of the training rows and the priors of the reference languages."""
        vectors = np.asarray(vectors, dtype=np.float64)
        self.overall = vectors.mean(axis=0)
        counts = Counter(codes)
        reference = {code: np.asarray(m, dtype=np.float64) for code, m in (reference or {}).items()}
        covered = {code: n for code, n in counts.items() if code in reference}
        if covered:
            trained = sum(n * reference[code] for code, n in covered.items()) / sum(
                covered.values()
            )
            self.priors = {code: self.overall + m - trained for code, m in reference.items()}
        else:  # no training language in the pool: it cannot tell the languages apart
            self.priors = {}
        rows = np.asarray(codes)
        self.means = {
            code: self._shrunk(vectors[rows == code].sum(axis=0), n, code)
            for code, n in counts.items()
        }
        return self

    def prior(self, code: str) -> np.ndarray:
        """Prior mean of ``code`` (the training mean for a language outside the pool)."""
        return self.priors.get(code, self.overall)

    def _shrunk(self, total: np.ndarray, n: int | np.ndarray, code: str) -> np.ndarray:
        return (total + self.prior_rows * self.prior(code)) / (n + self.prior_rows)

    def offsets(self, vectors: np.ndarray, codes: Sequence[str], pooled: bool = True) -> np.ndarray:
        """Each row's language mean.

        A language of the training data has its fitted mean. Any other is
        estimated from the rows given in that language (``pooled``), or from
        each row alone (``pooled=False``: what classifying messages one at a
        time gives), shrunk towards its prior either way.
        """
        vectors = np.asarray(vectors, dtype=np.float64)
        out = np.empty_like(vectors)
        rows = np.asarray(codes)
        for code in dict.fromkeys(codes):
            mask = rows == code
            if code in self.means:
                out[mask] = self.means[code]
            elif pooled:
                out[mask] = self._shrunk(vectors[mask].sum(axis=0), int(mask.sum()), code)
            else:
                out[mask] = self._shrunk(vectors[mask], 1, code)
        return out

    def transform(
        self, vectors: np.ndarray, codes: Sequence[str], pooled: bool = True
    ) -> np.ndarray:
        """``vectors`` minus ``strength`` times their language means (float32)."""
        if len(codes) != len(vectors):
            raise ValueError(f"{len(vectors)} vectors but {len(codes)} language codes")
        if len(vectors) == 0:
            return np.asarray(vectors, dtype=np.float32)
        centred = np.asarray(vectors, dtype=np.float64) - self.strength * self.offsets(
            vectors, codes, pooled
        )
        return centred.astype(np.float32)
