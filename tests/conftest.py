"""Shared fixtures: a network guard, a private data directory per test, fakes."""

from __future__ import annotations

import ipaddress
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import hypothesis
import pytest
import sqlalchemy as sa

from assistant.config import Settings, apply_offline_environment, load_settings
from tests.browser_support import free_port

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLE_CORPUS = FIXTURES / "corpus"
#: When the :func:`clock` fixture starts.
T0 = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)

apply_offline_environment()

#: CI (``CI=true``) draws the same Hypothesis examples on every run, so a red CI run is
#: reproducible and never a first-time random draw; runs elsewhere explore new ones.
hypothesis.settings.register_profile("ci", derandomize=True, print_blob=True)
hypothesis.settings.register_profile("explore", print_blob=True)
hypothesis.settings.load_profile("ci" if os.environ.get("CI") else "explore")

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
    """multilingual-e5-small (a part of the default e5+use), loaded once for the session."""
    from assistant.rag.embeddings import make_embedder

    return make_embedder("e5-small-q4")


@pytest.fixture(scope="session")
def default_embedder():
    """The default embedder (e5+use on x86-64 Linux), loaded once for the session."""
    from assistant.config import Settings
    from assistant.rag.embeddings import make_embedder

    return make_embedder(str(Settings.model_fields["embedder"].default))


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


@contextmanager
def throwaway_database(server_url: str, prefix: str = "agora_test") -> Iterator[str]:
    """A database of its own on the PostgreSQL server at ``server_url``, dropped afterwards."""
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f"CREATE DATABASE {name}"))
    try:
        yield sa.make_url(server_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        admin.dispose()


@pytest.fixture
def fresh_database(postgres_url: str) -> Iterator[str]:
    """A database of its own on the session's server (server tests only)."""
    with throwaway_database(postgres_url, "agora_catalog") as url:
        yield url


@pytest.fixture(scope="session")
def chroma_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real ``chroma run`` on 127.0.0.1 for the session (server tests only)."""
    chroma = shutil.which("chroma") or str(Path(sys.executable).parent / "chroma")
    port = free_port()
    path = tmp_path_factory.mktemp("chroma-server")
    log = path.parent / "chroma-server.log"
    with log.open("wb") as output:
        process = subprocess.Popen(
            [chroma, "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)],
            stdout=output, stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=2)
                break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    pytest.fail("the Chroma server did not start:\n"
                                + log.read_text(errors="replace")[-2000:], pytrace=False)
                time.sleep(0.3)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
