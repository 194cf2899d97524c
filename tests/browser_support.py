"""Shared pieces of the browser tests: the app as a real process, Chromium, helpers.

The app runs as ``python app.py`` on 127.0.0.1 with the deterministic fake
embedder over the real course. Chromium is Debian's (``make test`` installs
it); a missing browser is a failure with instructions, never a skip.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
SHOTS = ROOT / "test-artifacts" / "screenshots"
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class AppProcess:
    """``python app.py`` on a private data directory; restartable on the same data."""

    def __init__(self, data_dir: Path, port: int, env: dict[str, str] | None = None):
        self.data_dir = data_dir
        self.env = dict(env or {})
        self.port = port
        self.url = f"http://127.0.0.1:{port}/"
        self.process: subprocess.Popen[bytes] | None = None
        self.log = data_dir.parent / "app.log"

    def start(self) -> None:
        env = {
            **os.environ,
            "ASSISTANT_DATA_DIR": str(self.data_dir),
            "ASSISTANT_EMBEDDER": "fake",
            "ASSISTANT_CORPUS_DIR": str(ROOT / "corpus" / "modules"),
            "ASSISTANT_PORT": str(self.port),
            "ASSISTANT_HOST": "127.0.0.1",
            **self.env,
        }
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, str(ROOT / "app.py")], cwd=ROOT, env=env, stdout=log,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                pytest.fail(f"app.py exited early:\n{self.log.read_text(errors='replace')[-3000:]}")
            try:
                # /readyz: 503 while a first index is still being built, 200 after.
                with urllib.request.urlopen(self.url + "readyz", timeout=2) as response:
                    if response.status == 200:
                        return
            except OSError:
                time.sleep(0.5)
        pytest.fail(f"app.py did not start:\n{self.log.read_text(errors='replace')[-3000:]}")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AppProcess]:
    root = tmp_path_factory.mktemp("browser-app")
    server = AppProcess(root / "data", free_port())
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        pytest.fail(
            "Debian's chromium is not installed at /usr/bin/chromium. Run `make test` (it "
            "installs it) or `sudo apt-get install -y chromium`."
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=LAUNCH_ARGS
        )
        yield instance
        instance.close()


@pytest.fixture
def context(browser: object) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    yield context
    context.close()


def open_page(context: object, app: AppProcess, requests: list[str], query: str = "") -> object:
    page = context.new_page()  # type: ignore[attr-defined]
    page.on("request", lambda request: requests.append(request.url))
    page.goto(app.url + query, wait_until="load")
    page.wait_for_selector("#question textarea", timeout=60_000)
    # The load event has run (learner id settled) once the feedback panel is filled.
    page.locator("#feedback-list h4").wait_for(timeout=30_000)
    return page


def shot(page: object, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)  # type: ignore[attr-defined]


def ask(page: object, question: str) -> object:
    page.fill("#question textarea", question)  # type: ignore[attr-defined]
    page.click("#ask")  # type: ignore[attr-defined]
    bubble = page.locator("#chat .bot").last  # type: ignore[attr-defined]
    bubble.locator("details").first.wait_for(timeout=60_000)
    return bubble


def assert_local(requests: list[str], app: AppProcess) -> None:
    hosts = {urlparse(url).hostname for url in requests if url.startswith("http")}
    assert requests, "no requests recorded"
    assert hosts <= {"127.0.0.1"}, f"requests left the app's host: {sorted(hosts)}"


