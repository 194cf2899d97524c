"""Property-based fuzzing of every entry point (Hypothesis): questions and documents.

The contract under test: whatever the question (any Unicode, lone surrogates,
bidirectional overrides, very long words), the library answers with one of the
documented statuses or refuses with a ConfigError, and the CLI exits 0, 2 or 3
with at most one line on stderr; whatever the files (malformed Markdown, HTML,
DOCX and PDF bytes, names that are not UTF-8), an ingest raises nothing,
reports every file and lands the good one.
"""

import json
import os
import random
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant import textnorm
from assistant.cli import main
from assistant.config import load_settings
from assistant.errors import ConfigError
from assistant.rag.build import build_assistant
from assistant.rag.ingest import ingest
from assistant.types import STATUSES, path_id
from benchmarks import fuzz_ingest as hostile
from tests.conftest import SAMPLE_CORPUS
from tests.test_hostile_input import StrictEmbedder

FUZZ = settings(
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

_CHAR = st.one_of(st.characters(exclude_categories=()), st.integers(0xD800, 0xDFFF).map(chr))
_TRICKY = st.sampled_from(
    ["\u202e", "\u202d", "\u2066", "\u2069", "\u200f", "\u200b", "\u200c", "\u200d", "\ufeff",
     "\x00", "\x1b[31m", "\ud800", "\udcff", "ب", "é", "😀", " ", "\n", "data", "minimisation"]
)
QUESTIONS = st.one_of(
    st.text(alphabet=_CHAR, max_size=300),
    st.lists(_TRICKY, max_size=60).map("".join),
    st.builds(lambda word, n: word * n, st.text(alphabet=_CHAR, min_size=1, max_size=4),
              st.integers(100, 900)),  # very long words, up to past the length limit
    st.binary(max_size=200).map(lambda raw: raw.decode("utf-8", "surrogateescape")),
)


@pytest.fixture(scope="module")
def course(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("fuzz")
    shutil.copytree(SAMPLE_CORPUS, tmp / "corpus")
    fuzz_settings = load_settings(data_dir=tmp / "data", embedder="fake", corpus_dir=tmp / "corpus")
    assistant, _ = build_assistant(fuzz_settings, embedder=StrictEmbedder())
    return fuzz_settings, assistant


@settings(FUZZ, max_examples=80)
@given(question=QUESTIONS)
def test_any_question_gets_an_answer_or_a_clear_refusal(course, question):
    _, assistant = course
    answer = assistant.ask(question)
    assert answer.status in STATUSES and answer.text.strip()
    json.dumps([answer.text, answer.question], ensure_ascii=False).encode("utf-8")
    try:
        result = assistant.retriever.search(question)
    except ConfigError as exc:
        assert "question" in str(exc).lower()
    else:
        assert result.query.encode("utf-8") and len(result.hits) <= 5


@settings(FUZZ, max_examples=10)
@given(question=QUESTIONS, command=st.sampled_from(["ask", "search"]))
def test_the_cli_honours_its_exit_codes(course, question, command, monkeypatch, capsys):
    fuzz_settings, _ = course
    monkeypatch.setenv("ASSISTANT_EMBEDDER", "fake")
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(fuzz_settings.data_dir))
    monkeypatch.setenv("ASSISTANT_CORPUS_DIR", str(fuzz_settings.corpus_dir))
    monkeypatch.setenv("ASSISTANT_LOG_LEVEL", "ERROR")
    try:
        code = main([command, question, "--json"])
    except SystemExit as exc:  # a usage error (a question read as an option, e.g. "-:")
        code = exc.code
    out, err = capsys.readouterr()
    assert code in (0, 2)
    assert "Traceback" not in err
    if code == 0:
        json.loads(out)
    else:
        assert err.startswith("error: ") and err.count("\n") == 1


# -- documents ---------------------------------------------------------------------

_MD = ["#", "## ", " ", "\n", "\n\n", "`", "```\n", "{#a}", "---\n", "title: x\n", "- ", "\u200b",
       "\u202e", "\ufeff", "é", "ب", "\u200c", "😀", "&amp;", "<p>", "\t", "\r\n", "*", "[", "]"]
_HTML = ["<tr>", "<td>", "</td>", "<p>", "</p>", "<li>", "<h1>", "<h2 id='x'>", "</h2>", "<script>",
         "</script>", "<!--", "-->", "<![CDATA[", "]]>", "&#xD800;", "&#0;", "&nbsp;", "<div>",
         "<table>", "<style>", "<title>", "text", " ", "\n\n", "<br>", "\u202e"]
_BASE_DOCX = hostile.docx(tuple(f"paragraph {i}" for i in range(20)), heading="Heading")
_BASE_PDF = None


def _base_pdf() -> bytes:
    global _BASE_PDF
    if _BASE_PDF is None:
        _BASE_PDF = hostile.pdf(tuple(f"line {i}" for i in range(10)))
    return _BASE_PDF


def _tokens(alphabet: list[str]) -> st.SearchStrategy[bytes]:
    pieces = st.one_of(st.sampled_from(alphabet), st.text(max_size=12))
    return st.lists(pieces, max_size=300).map(lambda parts: "".join(parts).encode())


CONTENTS = st.one_of(
    _tokens(_MD),
    _tokens(_HTML),
    st.builds(lambda seed: hostile.mutate(_BASE_DOCX, random.Random(seed)), st.integers()),
    st.builds(lambda seed: hostile.mutate(_base_pdf(), random.Random(seed)), st.integers()),
    st.binary(max_size=3000),
)
NAMES = st.binary(min_size=1, max_size=24).filter(
    lambda raw: b"/" not in raw and b"\x00" not in raw and not raw.startswith((b".", b"_"))
    and raw.lower() != b"good"
)
SUFFIXES = st.sampled_from([b".md", b".txt", b".html", b".htm", b".pdf", b".docx", b".MD", b""])
FILES = st.lists(
    st.tuples(NAMES, SUFFIXES, CONTENTS), min_size=1, max_size=5, unique_by=lambda f: f[0] + f[1]
)


@pytest.fixture(scope="module")
def ingest_settings(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("fuzz-ingest")
    return load_settings(data_dir=tmp / "data", embedder="fake", corpus_dir=tmp / "course")


@settings(FUZZ, max_examples=8)
@given(files=FILES)
def test_any_folder_ingests_without_raising_and_reports_every_file(ingest_settings, files):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "good.md").write_text("# Good\n\nData minimisation, always.\n", "utf-8")
        names = []
        for name, suffix, data in files:
            with open(os.path.join(os.fsencode(folder), name + suffix), "wb") as stream:
                stream.write(data)
            names.append(os.fsdecode(name + suffix))
        report = ingest(ingest_settings, StrictEmbedder(), folder, source="local")
    # local ids do not depend on the folder, so an earlier example may have indexed the same id
    landed = {
        doc_id.split(":", 1)[1] for doc_id in report.added + report.updated + report.unchanged
    }
    assert "good" in landed
    for name in names:
        shown = textnorm.file_name(name)
        assert shown in report.errors or path_id(Path(name).with_suffix("").as_posix()) in landed
    assert all(reason.strip() for reason in report.errors.values())
    json.dumps(report.errors, ensure_ascii=False).encode("utf-8")
