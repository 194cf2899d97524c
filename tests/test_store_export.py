"""CSV export: RFC 4180 quoting, Arabic and commas, JSON cells, formula neutralising."""

import csv
import io
from datetime import UTC, datetime

import pytest

from assistant.store import MemberProgress, Submission, export_csv


def parse(text):
    return list(csv.reader(io.StringIO(text, newline="")))


def test_quoting_round_trips_commas_quotes_newlines_and_arabic():
    rows = [
        {"name": "فاطمة, الزهراء", "note": 'said "ok"\nthen left', "n": 3},
        {"name": "Zoë 🙂", "note": "", "n": None},
    ]
    text = export_csv(rows)
    assert text.splitlines()[0] == "name,note,n"
    assert text.endswith("\r\n") and '"فاطمة, الزهراء"' in text and '"said ""ok""' in text
    assert parse(text) == [
        ["name", "note", "n"],
        ["فاطمة, الزهراء", 'said "ok"\nthen left', "3"],
        ["Zoë 🙂", "", ""],
    ]


def test_dataclass_rows_with_datetimes_and_json_cells():
    when = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)
    submission = Submission(
        "l1",
        "Ana",
        "bias-audit",
        "baseline",
        "done",
        {"ratio": 0.7, "group": "ar"},
        ({"name": "min_words", "passed": True},),
        when,
    )
    (header, row) = parse(
        export_csv([submission], columns=["display_name", "answer", "checks", "updated_at"])
    )
    assert header == ["display_name", "answer", "checks", "updated_at"]
    assert row == [
        "Ana",
        '{"group": "ar", "ratio": 0.7}',
        '[{"name": "min_words", "passed": true}]',
        "2025-03-01T09:30:00+00:00",
    ]


@pytest.mark.parametrize("typed", ['=HYPERLINK("http://x")', "+1+2", "-2+3", "@SUM(A1)", "\tcmd"])
def test_formula_like_text_is_neutralised(typed):
    (_, row) = parse(export_csv([{"display_name": typed}]))
    assert row == ["'" + typed]


def test_numbers_stay_numbers_and_missing_columns_are_empty():
    progress = MemberProgress("l1", "Ana", "prompt-lab", 2, 3, None, None)
    (_, row) = parse(
        export_csv([progress], columns=["display_name", "steps_done", "steps_total", "absent"])
    )
    assert row == ["Ana", "2", "", ""]
    (_, negative) = parse(export_csv([{"rating": -1}]))
    assert negative == ["-1"]


def test_no_rows_gives_the_header_only_and_other_types_are_refused():
    assert export_csv([], columns=["a", "b"]) == "a,b\r\n"
    assert export_csv([]) == "\r\n"
    with pytest.raises(TypeError, match="dataclasses or mappings"):
        export_csv([("a", 1)])
