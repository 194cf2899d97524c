"""Retired held-out sets become training rows; the sets that still measure never do."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evals import retired
from evals.jsonl import GoldenFileError


def _write(folder: Path, name: str, rows: list[dict]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")


def test_screen_rows_keep_categories_and_let_course_prompts_pass(tmp_path):
    folder = tmp_path / "independentX"
    _write(folder, "screen.jsonl", [
        {"id": "scr-en-distress-001", "lang": "en", "category": "distress", "text": "help me"},
        {"id": "scr-fr-distress-001", "lang": "fr", "category": "distress", "text": "aidez-moi"},
        {"id": "scr-en-course-001", "lang": "en", "category": "course", "text": "predictive policing?"},
    ])
    rows = retired.screen_rows((folder,))
    assert [r.label for r in rows] == ["distress", "distress", "ok"]
    # a prompt and its translation share a group, named after their set
    assert rows[0].group == rows[1].group == "independentX:scr--distress-001"
    assert rows[2].group != rows[0].group


def test_course_rows_label_on_and_off_course_questions(tmp_path):
    folder = tmp_path / "independentY"
    _write(folder, "oncourse.jsonl", [
        {"id": "on-pt-001", "lang": "pt", "text": "O que é minimização de dados?", "module": "04"},
    ])
    _write(folder, "offcourse.jsonl", [
        {"id": "off-ar-cooking-001", "lang": "ar", "category": "cooking", "text": "كيف أطبخ الأرز؟"},
    ])
    rows = retired.course_rows((folder,))
    assert [(r.lang, r.label) for r in rows] == [("pt", "covered"), ("ar", "refuse")]
    assert retired.screen_rows((folder,)) == []  # a set without a screen file adds none


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ({"id": "x", "lang": "en", "category": "spam", "text": "t"}, "unknown screen category"),
        ({"id": "x", "lang": "en", "category": "harmful", "text": "  "}, "non-empty 'text'"),
        ({"lang": "en", "category": "harmful", "text": "t"}, "non-empty 'id'"),
    ],
)
def test_bad_retired_rows_say_where_and_what(tmp_path, row, message):
    _write(tmp_path / "s", "screen.jsonl", [row])
    with pytest.raises(GoldenFileError, match=message) as caught:
        retired.screen_rows((tmp_path / "s",))
    assert "screen.jsonl, line 1" in str(caught.value)


def test_the_retired_sets_exist_and_the_measuring_ones_are_not_among_them():
    folders = retired.retired_dirs()
    assert [f.name for f in folders] == list(retired.RETIRED)
    assert "independent9" not in retired.RETIRED
    screen = retired.screen_rows()
    assert {r.label for r in screen} == {"ok", "distress", "harmful", "manipulation"}
    assert len({r.lang for r in screen}) == 5


def test_a_missing_retired_set_is_named(monkeypatch):
    monkeypatch.setattr(retired, "RETIRED", ("no-such-set",))
    with pytest.raises(GoldenFileError, match="no-such-set"):
        retired.retired_dirs()


def test_fitting_reads_no_prompt_of_the_sets_that_still_measure():
    from evals import fit

    measuring = Path(retired.GOLDEN_DIR, "independent9")
    held_out = [
        json.loads(line)["text"]
        for name in ("screen.jsonl", "offcourse.jsonl", "oncourse.jsonl")
        for line in (measuring / name).read_text("utf-8").splitlines()
    ]
    examples = [*fit.screen_examples(), *fit.coverage_examples()]
    assert not any(e.group.startswith("independent9") for e in examples)
    # identical short prompts recur across authors ("Tell me a joke"); they are few, and the
    # measurement leaves them out (benchmarks/results/trust_independent9.md)
    texts = {e.question for e in examples}
    assert sum(text in texts for text in held_out) < 0.05 * len(held_out)
