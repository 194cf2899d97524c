"""The app as an attacker meets it: a real ``python app.py`` process on 127.0.0.1.

One app for the whole security suite (starting it indexes the course with the
fake embedder), with a known session secret and instructor password so the
tests can look for them where they must never appear.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator

import httpx
import pytest

from assistant.auth import hash_password
from tests.browser_support import AppProcess, free_port

SECRET = "SeCrEt-" + "q7Zp" * 10
PASSWORD = "correct horse battery staple"
COOKIE = "agora_session"


@pytest.fixture(scope="session")
def secure_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AppProcess]:
    root = tmp_path_factory.mktemp("security-app")
    server = AppProcess(
        root / "data",
        free_port(),
        env={
            "ASSISTANT_SESSION_SECRET": SECRET,
            "ASSISTANT_INSTRUCTOR_PASSWORD_HASH": hash_password(PASSWORD, n=2**10),
            "ASSISTANT_MAX_UPLOAD_MB": "1",
        },
    )
    server.start()
    yield server
    server.stop()


def session_payload(cookie: str) -> dict[str, str]:
    """What a browser can read of its own (signed, not encrypted) session cookie."""
    data = cookie.split(".")[0]
    return dict(json.loads(base64.b64decode(data + "=" * (-len(data) % 4))))


def new_client(app: AppProcess) -> httpx.Client:
    """A browser-like HTTP client with its own cookie jar, already given a session."""
    client = httpx.Client(base_url=app.url, timeout=30, follow_redirects=True)
    client.get("/").raise_for_status()
    assert COOKIE in client.cookies, "the app did not issue a session cookie"
    return client
