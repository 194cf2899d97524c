"""The built-in course: structure parity across languages, quizzes, glossary, golden sets."""

import json
import re
from pathlib import Path

import pytest
import yaml

from assistant.languages import CODES
from assistant.rag.loaders import parse_markdown

ROOT = Path(__file__).resolve().parents[1]
MODULES = ROOT / "corpus" / "modules"
MODULE_IDS = sorted(p.stem for p in (MODULES / "en").glob("*.md"))
SECTION = re.compile(r"^## .*\{#([a-z0-9-]+)\}\s*$", re.M)
# UTF-8 read as Latin-1/cp1252: "Ã©" for "é", "Ø§" for "ا", "â€™" for "’"; U+FFFD for lost bytes.
MOJIBAKE = re.compile(r"Ã[\u0080-\u00bf]|[ØÙ][\u0080-\u00bf]|â€|\ufffd")


def read(lang, module):
    return (MODULES / lang / f"{module}.md").read_text("utf-8")


def body(text):
    return text.split("\n---", 2)[-1] if text.startswith("---") else text


def test_eight_modules_in_five_languages():
    assert len(MODULE_IDS) == 8
    for lang in CODES:
        assert sorted(p.stem for p in (MODULES / lang).glob("*.md")) == MODULE_IDS, lang


@pytest.mark.parametrize("module", MODULE_IDS)
def test_sections_match_across_languages(module):
    english = SECTION.findall(read("en", module))
    assert 7 <= len(english) <= 10
    assert {"worked-example", "reflection-questions"} <= set(english)
    assert english[-1] == "key-terms"
    for lang in CODES:
        text = read(lang, module)
        assert SECTION.findall(text) == english, lang
        assert "\n### " not in text, lang


@pytest.mark.parametrize("module", MODULE_IDS)
def test_front_matter_and_no_empty_sections(module):
    for lang in CODES:
        document = parse_markdown(read(lang, module))
        meta = document.metadata
        for key in (
            "id",
            "title",
            "language",
            "version",
            "learning_objectives",
            "estimated_minutes",
            "keywords",
        ):
            assert meta.get(key), f"{lang}/{module}: front matter lacks {key}"
        assert meta["id"] == module and meta["language"] == lang
        blocks = document.blocks
        for i, block in enumerate(blocks):
            if block.level == 2:
                following = blocks[i + 1] if i + 1 < len(blocks) else None
                assert following is not None and following.level == 0, (
                    f"{lang}/{module}: empty {block.text}"
                )


@pytest.mark.parametrize("module", MODULE_IDS)
def test_english_length(module):
    words = len(body(read("en", module)).split())
    assert 1500 <= words <= 2600, words


@pytest.mark.parametrize("module", MODULE_IDS)
def test_arabic_text_is_intact(module):
    text = read("ar", module)
    assert len(re.findall(r"[\u0600-\u06FF]", text)) > 3000
    for lang in CODES:
        assert not MOJIBAKE.search(read(lang, module)), lang


@pytest.mark.parametrize("module", MODULE_IDS)
def test_quizzes_are_valid_and_parallel(module):
    sections = set(SECTION.findall(read("en", module)))
    reference = None
    for lang in CODES:
        quiz = yaml.safe_load(
            (ROOT / "corpus" / "quizzes" / lang / f"{module}.yaml").read_text("utf-8")
        )
        assert quiz["module"] == module and quiz["language"] == lang
        questions = quiz["questions"]
        assert len(questions) >= 8
        shape = []
        for q in questions:
            assert q["question"].strip() and q["explanation"].strip()
            assert len(q["options"]) == 4 and len(set(q["options"])) == 4
            assert isinstance(q["answer"], int) and 0 <= q["answer"] < 4
            assert q["section"] in sections
            shape.append((q["id"], q["answer"], q["section"]))
        reference = reference or shape
        assert shape == reference, lang


def test_glossary_has_80_terms_in_five_languages():
    ids = []
    for path in sorted((ROOT / "corpus" / "glossary").glob("*.yaml")):
        data = yaml.safe_load(path.read_text("utf-8"))
        for term in data["terms"]:
            ids.append(term["id"])
            for lang in CODES:
                assert term[lang]["term"].strip() and term[lang]["definition"].strip(), (
                    term["id"],
                    lang,
                )
    assert len(ids) >= 80
    assert len(ids) == len(set(ids)), "glossary ids must be unique"


def golden_rows(path):
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def test_golden_questions_cover_every_language():
    rows = golden_rows(ROOT / "evals" / "golden" / "qa.jsonl")
    modules = []
    for path in sorted((ROOT / "evals" / "golden" / "modules").glob("*.jsonl")):
        modules += golden_rows(path)
    assert rows == modules, "qa.jsonl must be the concatenation of evals/golden/modules/*.jsonl"
    assert len({r["id"] for r in rows}) == len(rows)
    for lang in CODES:
        mine = [r for r in rows if r["lang"] == lang]
        assert len(mine) >= 40, lang
        assert sum(r.get("kind") == "paraphrase" for r in mine) >= 10, lang
    for row in rows:
        for doc in row["relevant"]:
            assert (MODULES / f"{doc}.md").exists(), doc
    assert sum(r.get("kind") == "cross-lingual" for r in rows) >= 20


def test_off_course_questions():
    rows = golden_rows(ROOT / "evals" / "golden" / "off_course.jsonl")
    for lang in CODES:
        assert sum(r["lang"] == lang for r in rows) >= 20, lang
