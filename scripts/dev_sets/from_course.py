"""Build retrieval/coverage dev sets from the course's own quizzes and the golden QA (#14).

Not the independent sets: these are derived from material the project already
had, to develop and fit on.

* ``evals/golden/dev/quiz_qa.jsonl`` - every quiz question of ``corpus/quizzes``
  as a same-language QA row (its module, its section).
* ``evals/golden/dev/crosslingual.jsonl`` - the fr/es/pt/ar golden questions and
  quiz questions asked against the English course only (``doc_lang: en``); the
  course is parallel, so the English module with the same section anchor is
  the answer. ``kind`` says where the question came from.

Run ``python scripts/dev_sets/from_course.py`` to regenerate.
"""

from __future__ import annotations

import json
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "evals" / "golden" / "dev"


def quiz_rows() -> list[dict]:
    rows = []
    for path in sorted((ROOT / "corpus" / "quizzes").glob("*/*.yaml")):
        data = yaml.safe_load(path.read_text("utf-8"))
        lang, module = data["language"], data["module"]
        for q in data["questions"]:
            row = {"id": f"quiz-{module}-{lang}-{q['id']}", "question": q["question"], "lang": lang,
                   "relevant": [f"{lang}/{module}"], "kind": "quiz"}
            if q.get("section"):
                row["sections"] = [q["section"]]
            rows.append(row)
    return rows


def cross_rows(quiz: list[dict]) -> list[dict]:
    golden = [json.loads(line) for line in (ROOT / "evals" / "golden" / "qa.jsonl").open(encoding="utf-8") if line.strip()]
    rows = []
    for source, items in (("golden", golden), ("quiz", quiz)):
        for row in items:
            if row["lang"] == "en" or row.get("doc_lang"):
                continue
            module = row["relevant"][0].split("/", 1)[1]
            new = {"id": f"x-{row['id']}", "question": row["question"], "lang": row["lang"],
                   "relevant": [f"en/{module}"], "doc_lang": "en", "kind": f"{row['lang']}->en {source}"}
            if row.get("sections"):
                new["sections"] = row["sections"]
            rows.append(new)
    return rows


def write(name: str, rows: list[dict]) -> None:
    with (OUT / name).open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    quiz = quiz_rows()
    write("quiz_qa.jsonl", quiz)
    write("crosslingual.jsonl", cross_rows(quiz))
