"""The parallel reading-comprehension set and its benchmark's scoring (no model needed)."""

import json
from pathlib import Path

import numpy as np
import pytest

from benchmarks import parallel_qa

DATA = Path(__file__).resolve().parents[1] / "benchmarks" / "data"


@pytest.mark.parametrize(("folder", "size"), [("parallel_qa", 144), ("parallel_qa_heldout", 96)])
def test_the_shipped_sets_are_complete_and_parallel(folder, size):
    paragraphs, questions = parallel_qa.load(DATA / folder)
    assert len(paragraphs) == size and len(questions) >= 4 * size
    by_id = {p["id"]: p for p in paragraphs}
    assert len(by_id) == len(paragraphs)
    for row in paragraphs + questions:
        assert all(row[lang].strip() for lang in parallel_qa.LANGUAGES)
    for question in questions:
        paragraph = by_id[question["paragraph"]]
        assert question["answer"] in paragraph["en"]
        siblings = [p for p in paragraphs if p["article"] == paragraph["article"] and p is not paragraph]
        assert len(siblings) == 3


def test_ties_count_against_the_question():
    scores = np.array([0.5, 0.9, 0.5, 0.1])
    assert parallel_qa._rank(scores, 1) == 1
    assert parallel_qa._rank(scores, 0) == 3  # tied with paragraph 2: both ahead of it
    assert parallel_qa._row(None) == {"hit@1": 0.0, "hit@5": 0.0, "mrr": 0.0}
    assert parallel_qa._row(5)["hit@5"] == 1.0 and parallel_qa._row(6)["hit@5"] == 0.0


def test_a_question_about_a_missing_paragraph_is_refused(tmp_path):
    (tmp_path / "paragraphs.jsonl").write_text(
        json.dumps({"id": "a-1", "article": "a", **dict.fromkeys(parallel_qa.LANGUAGES, "x")})
        + "\n", "utf-8",
    )
    (tmp_path / "questions.jsonl").write_text(
        json.dumps({"id": "q", "paragraph": "b-1", "answer": "x",
                    **dict.fromkeys(parallel_qa.LANGUAGES, "x?")}) + "\n", "utf-8",
    )
    with pytest.raises(SystemExit, match="b-1"):
        parallel_qa.load(tmp_path)
    with pytest.raises(SystemExit, match="missing"):
        parallel_qa.load(tmp_path / "nowhere")
