"""The wheel works without the source tree: prompts, course and data files travel inside it.

Builds the wheel from a copy of the shipped folders (building in place would
write ``build/`` and ``*.egg-info`` into the shared checkout, and a stale
``build/lib`` could hide a missing file), installs it with ``pip --target`` and
runs the CLI from a directory outside the checkout. Offline: no build
isolation, no index. About 15 s on 2 cores.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from assistant.config import load_settings, shipped_folder
from assistant.rag import prompts

ROOT = Path(__file__).resolve().parents[1]
#: Source folder -> where its files sit inside the wheel (see pyproject.toml's package-dir).
SHIPPED = {
    "assistant": "assistant",
    "evals": "evals",
    "prompts": "assistant/prompt_templates",
    "corpus": "assistant/corpus",
}
PIP = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--no-input"]
SKIP = shutil.ignore_patterns("__pycache__", "*.pyc", ".*")
#: The independent evaluation sets keep the plain texts their authors wrote and the scripts
#: that build and validate the JSON Lines from them: repository tools, not installed data.
AUTHORING = re.compile(r"^evals/golden/[^/]+/(src/.*|[^/]+\.py)$")


def _authoring_source(path: str) -> bool:
    return AUTHORING.match(path) is not None


#: Run by the installed copy: where its code, prompts and course come from, and a rendering.
PROBE = """
import json, assistant
from assistant.config import load_settings
from assistant.rag import prompts

version, text = prompts.render_text("refusal", language="en", modules=["Ethics"])
print(json.dumps({
    "package": assistant.__file__,
    "prompts": str(prompts.PROMPTS_DIR),
    "corpus": str(load_settings().corpus_dir),
    "refusal": text,
}))
"""


def _run(
    command: list[str], cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        command, capture_output=True, text=True, timeout=300, cwd=cwd, env=env, check=False
    )
    assert result.returncode == 0, f"{command[:4]} failed:\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of what the wheel is built from."""
    src = tmp_path_factory.mktemp("src")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, src / name)
    for name in SHIPPED:
        shutil.copytree(ROOT / name, src / name, ignore=SKIP)
    return src


@pytest.fixture(scope="module")
def wheel(source: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    offline = ["--no-deps", "--no-build-isolation", "--no-index", "-q"]
    _run([*PIP, "wheel", *offline, "-w", str(dist), str(source)])
    (built,) = dist.glob("*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("site")
    _run([*PIP, "install", "--no-deps", "--no-index", "-q", "--target", str(target), str(wheel)])
    return target


def _env(target: Path, data: Path) -> dict[str, str]:
    """The test's environment minus any ASSISTANT_* setting, plus the installed copy first."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ASSISTANT_", "PYTHON"))}
    env.update(
        PYTHONPATH=str(target),
        ASSISTANT_EMBEDDER="fake",
        ASSISTANT_LLM="extractive",
        ASSISTANT_DATA_DIR=str(data),
    )
    return env


@pytest.mark.packaging
def test_wheel_holds_every_file_of_the_shipped_folders(source: Path, wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {
        f"{inside}/{path.relative_to(source / folder).as_posix()}"
        for folder, inside in SHIPPED.items()
        for path in (source / folder).rglob("*")
        if path.is_file() and not _authoring_source(path.relative_to(source).as_posix())
    }
    missing = sorted(expected - names)
    assert not missing, (
        f"not in the wheel (add a package or a package-data glob in pyproject.toml): {missing}"
    )
    assert "assistant/prompt_templates/refusal.v1.jinja" in names
    assert "assistant/corpus/modules/en/04-data-governance.md" in names
    assert "assistant/exercises/civicly_triage/data/historical.csv" in names
    # Nothing lands at the top of site-packages except our two packages.
    tops = {name.split("/", 1)[0] for name in names if ".dist-info/" not in name}
    assert tops == {"assistant", "evals"}


@pytest.mark.packaging
def test_installed_copy_answers_from_its_own_course_and_prompts(
    installed: Path, tmp_path: Path
) -> None:
    outside = tmp_path / "elsewhere"  # no corpus/, no .env, not the checkout
    outside.mkdir()
    env = _env(installed, tmp_path / "data")

    found = json.loads(_run([sys.executable, "-c", PROBE], cwd=outside, env=env).stdout)
    for key in ("package", "prompts", "corpus"):
        assert Path(found[key]).is_relative_to(installed), f"{key} not from the install: {found}"
        assert not Path(found[key]).resolve().is_relative_to(ROOT)
    assert found["refusal"].startswith("The course does not cover this question")
    assert "- Ethics" in found["refusal"]

    ask = ["-m", "assistant.cli", "ask", "What is data minimisation?", "--json"]
    asked = _run([sys.executable, *ask], cwd=outside, env=env)
    answer = json.loads(asked.stdout)
    assert answer["covered"] and answer["status"] == "answered"
    assert answer["citations"], answer
    assert any("data-governance" in c["document"] for c in answer["citations"])
    # The first run indexed the course shipped in the install.
    assert str(installed / "assistant" / "corpus" / "modules") in asked.stderr


# The same choices in this process, from the checkout (no wheel needed).


def test_checkout_reads_its_own_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert prompts.PROMPTS_DIR == ROOT / "prompts"
    assert shipped_folder("corpus", "corpus") == ROOT / "corpus"
    monkeypatch.chdir(tmp_path)  # no corpus/modules here: the shipped course
    assert load_settings().corpus_dir == ROOT / "corpus" / "modules"


def test_course_in_the_working_directory_comes_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "corpus" / "modules").mkdir(parents=True)
    monkeypatch.chdir(tmp_path)
    assert load_settings().corpus_dir == Path("corpus/modules")


def test_an_explicit_course_location_still_wins(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("ASSISTANT_CORPUS_DIR", str(tmp_path / "mine"))
    assert load_settings().corpus_dir == tmp_path / "mine"
    assert load_settings(corpus_dir=tmp_path / "other").corpus_dir == tmp_path / "other"
