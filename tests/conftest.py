"""Shared fixtures: a network guard, a private data directory per test, fakes."""

from __future__ import annotations

import ipaddress
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from assistant.config import Settings, apply_offline_environment, load_settings

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLE_CORPUS = FIXTURES / "corpus"
#: When the :func:`clock` fixture starts.
T0 = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)

apply_offline_environment()

_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


def _is_local(address: object) -> bool:
    if not isinstance(address, tuple):  # unix socket path
        return True
    host = str(address[0])
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class NetworkBlocked(RuntimeError):
    """A test tried to reach a host other than this machine."""


def _guarded_connect(self: socket.socket, address: object) -> None:
    if not _is_local(address):
        raise NetworkBlocked(f"tests may only connect to 127.0.0.1, not {address!r}")
    return _real_connect(self, address)


def _guarded_connect_ex(self: socket.socket, address: object) -> int:
    if not _is_local(address):
        raise NetworkBlocked(f"tests may only connect to 127.0.0.1, not {address!r}")
    return _real_connect_ex(self, address)


socket.socket.connect = _guarded_connect  # type: ignore[method-assign]
socket.socket.connect_ex = _guarded_connect_ex  # type: ignore[method-assign]


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test gets its own data directory and no outside configuration."""
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("ASSISTANT_CHROMA_URL", raising=False)
    monkeypatch.delenv("ASSISTANT_EMBEDDER", raising=False)
    for name in ("LLM", "LLM_BASE_URL", "LLM_API_KEY", "DATABASE_URL", "CATALOG_URL"):
        monkeypatch.delenv(f"ASSISTANT_{name}", raising=False)


class Clock:
    """A clock the test moves by hand: calling it gives ``now`` until the test changes it.

    ``now`` is a datetime for the learner store, or seconds for code that takes
    ``time.time``-like clocks (the instructor gate, the Civicly sandbox).
    """

    def __init__(self, now: datetime | float = T0) -> None:
        self.now: Any = now

    def __call__(self) -> Any:
        return self.now

    def advance(self, **delta: float) -> None:
        """Move on by ``timedelta(**delta)``, e.g. ``advance(minutes=5)``."""
        step = timedelta(**delta)
        self.now += step if isinstance(self.now, datetime) else step.total_seconds()


@pytest.fixture
def clock() -> Clock:
    """A hand-moved datetime clock starting at :data:`T0`; override it for seconds."""
    return Clock()


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A writable copy of the small multilingual sample corpus."""
    target = tmp_path / "corpus"
    shutil.copytree(SAMPLE_CORPUS, target)
    return target


@pytest.fixture
def fake_settings(tmp_path: Path, corpus: Path) -> Settings:
    """Settings using the deterministic fake embedder and the sample corpus."""
    return load_settings(data_dir=tmp_path / "data", embedder="fake", corpus_dir=corpus)


@pytest.fixture(scope="session")
def e5_embedder():
    """The real default embedder, loaded once for the whole session."""
    from assistant.rag.embeddings import make_embedder

    return make_embedder("e5-small-q4")


POSTGRES_SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "start_postgres.sh"


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A PostgreSQL server on 127.0.0.1 for the session (server tests only).

    ``ASSISTANT_TEST_POSTGRES_URL`` when set; otherwise ``scripts/start_postgres.sh``
    starts a throw-away one (installing Debian's postgresql package if needed)
    and stops it at the end.
    """
    given = os.environ.get("ASSISTANT_TEST_POSTGRES_URL")
    if given:
        yield given
        return
    folder = tempfile.mkdtemp(prefix="agora-pg-test.")
    started = time.monotonic()
    try:
        result = subprocess.run(
            ["bash", str(POSTGRES_SCRIPT), folder], capture_output=True, text=True, timeout=600, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        shutil.rmtree(folder, ignore_errors=True)
        pytest.fail(f"Cannot run {POSTGRES_SCRIPT.name} to start PostgreSQL: {exc}", pytrace=False)
    url = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else ""
    if result.returncode != 0 or not url.startswith("postgresql+psycopg://"):
        subprocess.run(["bash", str(POSTGRES_SCRIPT), "stop", folder], capture_output=True, check=False)
        shutil.rmtree(folder, ignore_errors=True)
        pytest.fail(
            "PostgreSQL could not be started for the server tests "
            f"(exit {result.returncode}):\n{result.stderr.strip()}\n"
            "Install Debian's postgresql package or set ASSISTANT_TEST_POSTGRES_URL.",
            pytrace=False,
        )
    print(f"PostgreSQL started in {time.monotonic() - started:.1f} s")
    try:
        yield url
    finally:
        subprocess.run(["bash", str(POSTGRES_SCRIPT), "stop", folder], capture_output=True, check=False)
