"""Answers computed at once: the library is thread-safe, and the app's queue is configured.

Two kinds of test: :func:`test_threads_give_the_single_threaded_answers` runs
``Assistant.ask`` from many threads (the fake embedder) and compares every
answer with the one a single thread gives; the ``server`` tests serve the
real Blocks (a stub assistant whose answers wait on a gate) through
:func:`assistant.web.server.build_server` with uvicorn and check, over
``gradio_client``, that answers run ``ASSISTANT_CONCURRENCY`` at a time,
that other events are not queued behind them and that a full queue is
refused at once.
"""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict
from types import SimpleNamespace

import pytest

from assistant.config import load_settings
from assistant.errors import ConfigError
from assistant.rag.build import build_assistant
from assistant.types import Answer
from assistant.web.concurrency import ANSWERS, answer_events, configure_queue

QUESTIONS = [
    ("What does data minimisation mean?", None),
    ("¿Qué es la minimización de datos personales?", None),
    ("Que signifie la minimisation des données ?", None),
    ("ما معنى تقليل البيانات الشخصية؟", None),
    ("How are streetlight complaints routed?", None),
    ("Como funciona a iluminação pública?", None),
    ("How are streetlight complaints routed?", "fr"),
    ("chocolate cake recipe with strawberries", None),
]


def _essence(answer: Answer) -> dict[str, object]:
    """Everything of an answer but its timings."""
    data = asdict(answer)
    data.pop("timings_ms", None)
    return data


def test_threads_give_the_single_threaded_answers(fake_settings):
    assistant, _ = build_assistant(fake_settings)
    expected = [_essence(assistant.ask(q, language=lang)) for q, lang in QUESTIONS]
    assert {e["status"] for e in expected} >= {"answered", "not_covered"}  # both paths run

    work = [i % len(QUESTIONS) for i in range(8 * len(QUESTIONS))]
    barrier = threading.Barrier(8)

    def ask(index: int) -> tuple[int, dict[str, object]]:
        if index < 8:
            barrier.wait(timeout=30)  # the first eight start together
        question, language = QUESTIONS[index % len(QUESTIONS)]
        return index, _essence(assistant.ask(question, language=language))

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(ask, range(len(work))))
    assert len(results) == len(work)
    for index, got in results:
        assert got == expected[index % len(QUESTIONS)], QUESTIONS[index % len(QUESTIONS)]


def test_concurrency_defaults_follow_the_machine_and_the_generator(monkeypatch):
    monkeypatch.setattr("os.cpu_count", lambda: 2)
    settings = load_settings()
    assert settings.answer_concurrency == 4 and settings.event_concurrency == 4
    monkeypatch.setattr("os.cpu_count", lambda: 1)
    assert load_settings().answer_concurrency == 3
    monkeypatch.setattr("os.cpu_count", lambda: 16)
    assert load_settings().answer_concurrency == 4  # capped: answers are CPU work
    assert load_settings(concurrency=6).answer_concurrency == 6
    # A language model: a smaller limit of its own; the other events keep theirs.
    local = load_settings(llm="llamacpp:/models/m.gguf", concurrency=6)
    assert local.answer_concurrency == 1 and local.event_concurrency == 6
    assert load_settings(llm="openai:gpt").answer_concurrency == 2
    assert load_settings(llm="openai:gpt", llm_concurrency=5).answer_concurrency == 5


def test_concurrency_settings_come_from_the_environment(monkeypatch):
    monkeypatch.setenv("ASSISTANT_CONCURRENCY", "5")
    monkeypatch.setenv("ASSISTANT_LLM_CONCURRENCY", "")
    monkeypatch.setenv("ASSISTANT_QUEUE_SIZE", "40")
    settings = load_settings()
    assert (settings.concurrency, settings.llm_concurrency, settings.queue_size) == (5, None, 40)
    for bad in ("0", "-1", "many"):
        monkeypatch.setenv("ASSISTANT_CONCURRENCY", bad)
        with pytest.raises(ConfigError, match="concurrency"):
            load_settings()
    monkeypatch.setenv("ASSISTANT_CONCURRENCY", "5")
    monkeypatch.setenv("ASSISTANT_QUEUE_STATUS_EVERY_S", "0.5")
    assert load_settings().queue_status_every_s == 0.5
    for bad in ("0", "-2", "auto"):
        monkeypatch.setenv("ASSISTANT_QUEUE_STATUS_EVERY_S", bad)
        with pytest.raises(ConfigError, match="queue_status_every_s|QUEUE_STATUS"):
            load_settings()


class GatedAssistant:
    """Answers only when the test opens the gate; counts how many answer at once."""

    def __init__(self, settings):
        self.settings = settings
        self.generator = SimpleNamespace(id="extractive")
        self.gate = threading.Event()
        self.lock = threading.Lock()
        self.running = 0
        self.most = 0
        self.started = 0

    def __deepcopy__(self, memo):
        # One assistant serves every session, as in the real app, should any
        # per-session copy reach it.
        return self

    def stream(self, question, **_):
        with self.lock:
            self.running += 1
            self.started += 1
            self.most = max(self.most, self.running)
        try:
            self.gate.wait(timeout=60)
        finally:
            with self.lock:
                self.running -= 1
        text = f"echo: {question}"
        yield text
        yield Answer(text, "en", True)


def _wait_for(condition, timeout=20.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


def test_answer_events_share_one_group_and_the_queue_is_bounded():
    from assistant.web.app import build_demo
    from assistant.web.server import build_server

    settings = load_settings(embedder="fake", concurrency=3, queue_size=7)
    demo = build_demo(GatedAssistant(settings))
    build_server(demo, settings)
    answering = [fn for fn in demo.fns.values() if fn.concurrency_id == ANSWERS]
    # Ask button, Enter in the box, "Show the full answer".
    assert sorted(fn.name for fn in answering) == ["respond", "respond", "reveal"]
    assert {fn.concurrency_limit for fn in answering} == {3}
    others = [fn for fn in demo.fns.values() if fn.concurrency_id != ANSWERS]
    assert others and all(fn.concurrency_limit == "default" for fn in others)
    assert demo._queue.default_concurrency_limit == 3 and demo._queue.max_size == 7
    # Waiting browsers hear their place every 2 s, not each time any answer starts
    # (Gradio's "auto": 50 waiting browsers x every answer).
    assert demo._queue.live_updates is False and demo._queue.update_intervals == 2.0
    assert answer_events(load_settings(llm="llamacpp:/m.gguf"))["concurrency_limit"] == 1
    # configure_queue on its own returns the Blocks, as demo.queue() does.
    assert configure_queue(demo, settings) is demo


def test_a_page_load_runs_one_event_and_each_session_gets_its_own_conversation():
    from gradio.state_holder import SessionState

    from assistant.rag.conversation import Conversation
    from assistant.web.app import build_demo

    demo = build_demo(GatedAssistant(load_settings(embedder="fake")))
    # Every load event is a queue round trip for each browser that opens the page.
    loads = [d for d in demo.config["dependencies"] if any(t[1] == "load" for t in d["targets"])]
    assert [d["api_name"] for d in loads] == ["on_load"]
    # A state's default is copied into each session: one learner's chat memory
    # never reaches another's.
    (key,) = [k for k, b in demo.blocks.items() if isinstance(getattr(b, "value", None), Conversation)]
    first, second = SessionState(demo), SessionState(demo)
    first[key].turns.append("a private turn")
    assert second[key].turns == [] and second[key] is not demo.blocks[key].value
    assert demo.blocks[key].value.turns == []


@pytest.fixture
def served():
    """The real Blocks around a gated assistant, in the real ASGI app, on 127.0.0.1."""
    import uvicorn

    from assistant.web.app import build_demo
    from assistant.web.server import build_server
    from tests.browser_support import free_port

    servers = []

    def start(**overrides):
        settings = load_settings(embedder="fake", **overrides)
        assistant = GatedAssistant(settings)
        assistant.demo = build_demo(assistant)
        app = build_server(assistant.demo, settings)
        port = free_port()
        server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="error"))
        threading.Thread(target=server.run, daemon=True).start()
        assert _wait_for(lambda: server.started), "uvicorn did not start"
        servers.append((server, assistant))
        return f"http://127.0.0.1:{port}/", assistant

    yield start
    for server, assistant in servers:
        assistant.gate.set()
        server.should_exit = True


def _client(url):
    from gradio_client import Client

    return Client(url, verbose=False)


@pytest.mark.server
def test_answers_run_in_parallel_up_to_the_limit_and_other_events_go_past(served):
    url, assistant = served(concurrency=2)
    learners = [_client(url) for _ in range(4)]
    jobs = [
        c.submit(f"question {i}", [], "auto", False, "en", api_name="/respond")
        for i, c in enumerate(learners)
    ]
    assert _wait_for(lambda: assistant.running == 2), assistant.running
    time.sleep(0.5)
    assert assistant.running == 2 and assistant.started == 2  # the other two wait their turn
    # A page load (another event) is answered while both answer slots are taken.
    started = time.monotonic()
    learners[0].predict("fr", api_name="/on_load")
    assert time.monotonic() - started < 10 and assistant.running == 2
    assistant.gate.set()
    for i, job in enumerate(jobs):
        history = job.result(timeout=60)[0]
        assert f"echo: question {i}" in str(history)
    assert assistant.most == 2


@pytest.mark.server
def test_a_full_queue_is_refused_at_once_with_a_busy_message(served):
    import httpx

    url, assistant = served(concurrency=1, queue_size=1)
    running = _client(url).submit("first", [], "auto", False, "en", api_name="/respond")
    assert _wait_for(lambda: assistant.running == 1)
    waiting = _client(url).submit("second", [], "auto", False, "en", api_name="/respond")
    time.sleep(1.0)  # the second is now the one event waiting
    info = httpx.get(f"{url}gradio_api/info?all_endpoints=true", timeout=10).json()
    assert "/respond" in info["named_endpoints"]
    started = time.monotonic()
    with pytest.raises(Exception, match="(?i)queue is full|busy"):
        _client(url).predict("third", [], "auto", False, "en", api_name="/respond")
    assert time.monotonic() - started < 10  # refused, not kept waiting
    assistant.gate.set()
    assert "first" in str(running.result(timeout=60)[0])
    assert "second" in str(waiting.result(timeout=60)[0])


@pytest.mark.server
def test_no_event_statistics_are_kept_or_shown_to_anyone(served):
    import httpx

    url, assistant = served(concurrency=2)
    assistant.gate.set()
    learner = _client(url)
    for i in range(3):
        assert f"echo: q{i}" in str(learner.predict(f"q{i}", [], "auto", False, "en",
                                                     api_name="/respond")[0])
    # An outsider asking Gradio's monitoring pages learns no handler names or timings.
    for path in ("monitoring", "monitoring/summary"):
        response = httpx.get(f"{url}{path}", timeout=10)
        assert response.status_code == 403 and "respond" not in response.text
    # The queue never recomputed its per-event summary (a pandas pass over up to
    # 10,000 past events after every event) and keeps only the last few records.
    queue = assistant.demo._queue
    assert queue.cached_event_analytics_summary == {"functions": {}}
    assert queue.events_recorded >= 3 and queue.ANALYTICS_MAX_EVENTS <= 200


def test_the_detector_loads_in_the_background_so_the_first_stored_answer_does_not_wait(
    monkeypatch, caplog
):
    from assistant import privacy
    from assistant.web.server import warm_up_in_background

    calls: list[str] = []
    monkeypatch.setattr(privacy, "warm_up", lambda: calls.append(threading.current_thread().name))
    assert warm_up_in_background(load_settings(redact_personal_data=False)) is None
    thread = warm_up_in_background(load_settings())
    assert thread is not None and thread.daemon
    thread.join(10)
    assert calls == ["privacy-warm-up"]

    def broken():
        raise OSError("no spaCy model fr_core_news_sm")

    monkeypatch.setattr(privacy, "warm_up", broken)
    with caplog.at_level("WARNING"):
        thread = warm_up_in_background(load_settings())
        assert thread is not None
        thread.join(10)
    assert "did not load: no spaCy model" in caplog.text  # logged; the app serves on
