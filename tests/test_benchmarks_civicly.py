"""The Civicly benchmark's transfer cases and tables, run small on the fake embedder.

The reported numbers come from full runs (benchmarks/results/civicly_transfer*.md);
these keep the script's cases, data files and tables from drifting.
"""

from __future__ import annotations

import csv
from collections import Counter

import pytest

from assistant.exercises.civicly_triage.embedding_cache import EmbeddingCache
from assistant.rag.embeddings import FakeEmbedder
from benchmarks import civicly


@pytest.mark.parametrize("path", [civicly.SHORT, civicly.SHORT_2, civicly.CITY])
def test_transfer_sets_hold_every_label_in_every_language(path):
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows and set(rows[0]) == {"id", "text", "label", "language"}
    assert len({row["id"] for row in rows}) == len(rows)
    assert len({row["text"] for row in rows}) == len(rows)
    labels = {row["label"] for row in rows}
    per_language = Counter((row["language"], row["label"]) for row in rows)
    for code in civicly.LANGUAGES:
        # Every label in every language, so any language can train or test a case.
        assert {label for (lang, label) in per_language if lang == code} == labels, code
        assert min(per_language[code, label] for label in labels) >= 10


def test_held_out_cases_train_on_one_language_and_test_on_the_other_four():
    cases = civicly.held_out_cases()
    assert {name for name, *_ in cases} == {"short_messages_2", "city_requests"}
    for _name, train_path, test_path, columns, train_on, test_on in cases:
        assert train_path == test_path and train_path.exists()
        assert len(train_on) == 1 and sorted(test_on + train_on) == sorted(civicly.LANGUAGES)
        assert columns == civicly.SHORT_COLUMNS
    # No held-out file is a development case: nothing was tuned on them.
    development = {train for _n, train, *_ in civicly.development_cases()}
    assert not development & {civicly.SHORT_2, civicly.CITY}


def test_transfer_table_on_a_small_case(tmp_path):
    path = tmp_path / "tiny.csv"
    with civicly.SHORT.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    kept = [row for row in rows if row["language"] in ("en", "fr")][::3]
    civicly.write_subset(kept, path)
    case = ("tiny", path, path, civicly.SHORT_COLUMNS, ["en"], ["fr"])
    rows_out = civicly.transfer(FakeEmbedder(), EmbeddingCache(tmp_path / "cache"), [case])
    (row,) = rows_out
    assert row["n"] == sum(r["language"] == "fr" for r in kept)
    assert set(row["per_language"]) == {"fr"}
    assert 0.0 <= row["review"]["auto_routed_share"] <= 1.0
    meta = {"embedder": "fake", "machine": "test", "load_average_at_start": [0.0], "date": "d"}
    text = civicly.markdown(rows_out, meta, "Title", "python -m benchmarks.civicly", "Note.")
    assert text.startswith("# Title\n") and "Note." in text
    assert f"| tiny | en | fr | {row['n']} |" in text
    review_table = text[text.index("Human review") :]
    fr_cell = civicly._review_cell(row["per_language"]["fr"]["review"])
    all_cell = civicly._review_cell(row["review"])
    assert f"| tiny | en | — | {fr_cell} | — | — | — | {all_cell} |" in review_table
    assert fr_cell.count("%") >= 2  # "share / accuracy of those / accuracy"
