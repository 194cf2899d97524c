"""The production layout (docker-compose.yml, deploy/) only uses settings that exist and validate.

No Docker daemon runs here, so the compose file is read as data: every
``ASSISTANT_*`` variable it, the image or the example ``.env`` sets must be a
field of :class:`assistant.config.Settings`, and the values, with the
``${VAR}`` placeholders filled in, must load. The Caddyfile must send to the
instances the compose file defines, keep a browser on one instance (a Gradio
session lives in one process) and not buffer server-sent events.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from assistant.config import Settings, load_settings

ROOT = Path(__file__).resolve().parents[1]
COMPOSE = ROOT / "docker-compose.yml"
CADDYFILE = ROOT / "deploy" / "Caddyfile"
DOCKERFILE = ROOT / "deploy" / "Dockerfile"
ENV_EXAMPLE = ROOT / "deploy" / "compose.env.example"
APPS = ("app1", "app2")
#: What an operator puts in .env (deploy/compose.env.example).
OPERATOR_ENV = {
    "ASSISTANT_SESSION_SECRET": "s" * 43,
    "POSTGRES_PASSWORD": "pw",
    "SITE_ADDRESS": "tutor.example.gov",
    "ASSISTANT_INSTRUCTOR_PASSWORD_HASH": "",
}
_PLACEHOLDER = re.compile(r"\$\{(\w+)(?::([?-])([^}]*))?\}")


def interpolate(value: str, env: dict[str, str]) -> str:
    """Compose's ``${VAR}``, ``${VAR:-default}`` and ``${VAR:?error}``."""

    def one(match: re.Match[str]) -> str:
        name, kind, rest = match.groups()
        if env.get(name):
            return env[name]
        if kind == "?":
            raise KeyError(f"{name}: {rest}")
        return rest if kind == "-" else ""

    return _PLACEHOLDER.sub(one, value)


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load(COMPOSE.read_text("utf-8"))


def app_env(compose: dict, service: str) -> dict[str, str]:
    env = compose["services"][service]["environment"]
    return {k: interpolate(str(v), OPERATOR_ENV) for k, v in env.items()}


def setting_names() -> set[str]:
    return {f"ASSISTANT_{name.upper()}" for name in Settings.model_fields}


def test_every_assistant_variable_is_a_setting(compose):
    names = setting_names()
    used = {k for s in APPS for k in compose["services"][s]["environment"]}
    used |= set(re.findall(r"\b(ASSISTANT_[A-Z_]+)=", DOCKERFILE.read_text("utf-8")))
    used |= set(re.findall(r"^(ASSISTANT_[A-Z_]+)=", ENV_EXAMPLE.read_text("utf-8"), re.M))
    used = {u for u in used if u.startswith("ASSISTANT_")}
    assert used and used <= names, sorted(used - names)
    # The settings the issue names for a multi-instance deployment are all set.
    required = {"SESSION_SECRET", "COOKIE_SECURE", "TRUSTED_PROXIES", "DATABASE_URL",
                "CHROMA_URL", "EMBEDDER", "EMBED_BASE_URL", "CONCURRENCY"}
    assert {f"ASSISTANT_{r}" for r in required} <= used


@pytest.mark.parametrize("service", APPS)
def test_the_values_load_as_settings(compose, service, monkeypatch):
    for name, value in app_env(compose, service).items():
        monkeypatch.setenv(name, value)
    settings = load_settings()
    assert settings.cookie_secure is True
    assert settings.session_secret == OPERATOR_ENV["ASSISTANT_SESSION_SECRET"]
    assert settings.database_url.startswith("postgresql+psycopg://agora:pw@postgres:5432/")
    assert settings.chroma_url == "http://chroma:8000"
    assert settings.embedder.startswith("openai:") and settings.embed_base_url == "http://embed:80/v1"
    assert settings.host == "0.0.0.0" and settings.answer_concurrency == 3
    assert settings.instructor_password_hash is None  # empty: the area is off

    from assistant.rag.embeddings import make_embedder

    embedder = make_embedder(settings.embedder, settings)  # no request until first use
    assert embedder.id == (
        "openai:intfloat/multilingual-e5-small|query='query: '|passage='passage: '"
    )


def test_missing_secrets_stop_compose(compose):
    env = compose["services"]["app1"]["environment"]
    for name in ("ASSISTANT_SESSION_SECRET", "POSTGRES_PASSWORD"):
        with pytest.raises(KeyError, match=name):
            interpolate(str(env["ASSISTANT_SESSION_SECRET"] + env["ASSISTANT_DATABASE_URL"]),
                        {k: v for k, v in OPERATOR_ENV.items() if k != name})


def test_instances_share_what_must_be_shared_and_nothing_else(compose):
    first, second = (app_env(compose, s) for s in APPS)
    assert first == second  # same secret, database, vectors, embedder
    volumes = [compose["services"][s]["volumes"] for s in APPS]
    assert volumes[0] != volumes[1]  # catalogue + BM25: one per instance, not shared yet
    assert all(v[0].endswith(":/data") and first["ASSISTANT_DATA_DIR"] == "/data" for v in volumes)
    assert compose["services"]["app2"]["depends_on"]["app1"] == {"condition": "service_healthy"}


def test_only_the_proxy_is_trusted_and_published(compose):
    services = compose["services"]
    proxy_ip = services["proxy"]["networks"]["backend"]["ipv4_address"]
    assert app_env(compose, "app1")["ASSISTANT_TRUSTED_PROXIES"] == proxy_ip
    published = {name for name, s in services.items() if s.get("ports")}
    assert published == {"proxy"}


def test_caddy_sends_to_both_instances_sticky_and_unbuffered(compose):
    text = CADDYFILE.read_text("utf-8")
    port = app_env(compose, "app1")["ASSISTANT_PORT"]
    upstreams = re.search(r"reverse_proxy\s+([^{]+)\{", text).group(1).split()
    assert upstreams == [f"{s}:{port}" for s in APPS]
    assert re.search(r"^\s*lb_policy cookie \w+", text, re.M)
    assert re.search(r"^\s*flush_interval -1", text, re.M)
    assert re.search(r"^\s*health_uri /healthz", text, re.M)
    mount = compose["services"]["proxy"]["volumes"][0]
    assert mount.startswith("./deploy/Caddyfile:/etc/caddy/Caddyfile")


def test_health_route_answers(fake_settings):
    from starlette.testclient import TestClient

    from assistant.web.app import build_demo
    from assistant.web.server import build_server
    from tests.test_concurrency import GatedAssistant

    app = build_server(build_demo(GatedAssistant(fake_settings)), fake_settings)
    with TestClient(app) as client:
        response = client.get("/healthz")
    assert response.status_code == 200 and response.text == "ok"
    assert response.headers["x-frame-options"] == "DENY"


# -- the proxy for real: Caddy in front of two app processes on 127.0.0.1 ----------------


def loopback_caddyfile(port: int, upstreams: list[int]) -> str:
    """deploy/Caddyfile with loopback addresses, plain HTTP and no admin endpoint."""
    text = CADDYFILE.read_text("utf-8")
    text = text.replace("{$SITE_ADDRESS:localhost}", f"http://127.0.0.1:{port}")
    text = text.replace("app1:7860 app2:7860", " ".join(f"127.0.0.1:{p}" for p in upstreams))
    assert "127.0.0.1" in text.split("reverse_proxy", 1)[1].split("{", 1)[0]
    return "{\n\tadmin off\n\tgrace_period 2s\n}\n\n" + text


@pytest.fixture(scope="module")
def cohort(tmp_path_factory):
    """Two app instances (one secret, one learner database) behind Caddy, all on loopback."""
    import shutil
    import subprocess
    import time
    import urllib.request

    from tests.browser_support import AppProcess, free_port

    caddy = shutil.which("caddy")
    if caddy is None:
        pytest.fail("caddy is not installed: run scripts/ensure_test_deps.sh (apt-get install caddy)")
    root = tmp_path_factory.mktemp("cohort")
    env = {
        "ASSISTANT_SESSION_SECRET": "c" * 40,
        "ASSISTANT_DATABASE_URL": f"sqlite:///{root / 'learners.sqlite3'}",
        "ASSISTANT_TRUSTED_PROXIES": "127.0.0.1",
        "ASSISTANT_CORPUS_DIR": str(ROOT / "tests" / "fixtures" / "corpus"),
        "ASSISTANT_CONCURRENCY": "2",
    }
    apps = [AppProcess(root / f"data{i}", free_port(), env=env) for i in (1, 2)]
    process = None
    try:  # whatever fails below, every process started here is stopped
        for app in apps:
            app.start()
        port = free_port()
        config = root / "Caddyfile"
        config.write_text(loopback_caddyfile(port, [a.port for a in apps]), "utf-8")
        caddy_env = {"XDG_DATA_HOME": str(root / "caddy"), "XDG_CONFIG_HOME": str(root / "caddy"),
                     "HOME": str(root)}
        with (root / "caddy.log").open("wb") as log:
            process = subprocess.Popen(
                [caddy, "run", "--config", str(config), "--adapter", "caddyfile"],
                env=caddy_env, stdout=log, stderr=subprocess.STDOUT,
            )
        url = f"http://127.0.0.1:{port}/"
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(url + "healthz", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    pytest.fail("caddy did not start: " + (root / "caddy.log").read_text()[-2000:])
                time.sleep(0.3)
        yield url, apps
    finally:
        if process is not None:
            process.terminate()
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=20)
        for app in apps:
            app.stop()


@pytest.mark.server
def test_learners_are_answered_through_caddy_each_kept_on_one_instance(cohort):
    import sqlite3
    from concurrent.futures import ThreadPoolExecutor

    from gradio_client import Client

    url, apps = cohort
    learners = [Client(url, verbose=False, httpx_kwargs={"timeout": 120}) for _ in range(12)]
    # Caddy's sticky cookie came with the first response; every later request carries it.
    instances = {c.cookies.get("agora_instance") for c in learners}
    assert None not in instances and len(instances) == 2, instances  # both instances used

    def ask(client):
        first = client.predict("What does data minimisation mean?", [], "auto", False, "en",
                               api_name="/respond")[0]
        # The same session (its conversation in gr.State) answers the follow-up.
        second = client.predict("And in Spanish?", first, "auto", False, "en",
                                api_name="/respond")[0]
        return first, second

    with ThreadPoolExecutor(6) as pool:
        replies = list(pool.map(ask, learners))
    for client in learners:
        client.close()
    for first, second in replies:
        assert "minimi" in str(first[-1]["content"]).lower()
        assert len(second) == 4  # both exchanges in one conversation history
    with sqlite3.connect(apps[0].data_dir.parent / "learners.sqlite3") as db:
        answers = db.execute("SELECT COUNT(*) FROM messages WHERE role = 'assistant'").fetchone()
        conversations = db.execute("SELECT COUNT(*) FROM conversations").fetchone()
    assert answers[0] == 24 and conversations[0] == 12  # one conversation per learner, none lost
