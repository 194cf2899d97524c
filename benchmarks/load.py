"""Load test: many learners asking at once, against the real app, next to the library.

    python -m benchmarks.load                                 # reported numbers: real default embedder
    python -m benchmarks.load --embedder fake --levels 1,5 --library-questions 8   # smoke run
    python -m benchmarks.load --concurrency 1,2,3,4 --levels 25,50                 # size ASSISTANT_CONCURRENCY
    python -m benchmarks.load --levels "" --paired 5 --client page             # app / library, paired rounds

One run, in order:

1. **Index.** The course (``corpus/modules``) is indexed once into a temporary
   data directory (``--data-dir`` keeps it for the next run) by a child process.
2. **Library.** The same child answers the learners' question sequences with
   ``Conversation.ask`` on one thread (answers/s, the ceiling one process core
   gives), then on ``--library-threads`` threads, and optionally profiles it
   (``--profile``: cProfile, top functions by cumulative time).
3. **App.** For each ``--concurrency`` value, ``python app.py`` is started on
   127.0.0.1 with that ``ASSISTANT_CONCURRENCY`` and, for each level of
   ``--levels``, that many learners (each its own cookie jar, session and
   conversation: a ``gradio_client.Client`` by default, or with ``--client
   page`` a plain HTTP client that opens the page as a browser does (the page,
   its theme, its load events) and speaks the page's own queue protocol, which
   costs the machine far less CPU than ``gradio_client``'s threads; the pages
   are opened before the level's clock starts, and the app's CPU for them is
   reported per learner) ask ``--questions`` questions each, in
   mixed languages, through the chat's ``/respond`` event, optionally with a
   think time before each question. Measured per level: answers/s (answers /
   wall time of the level), latency p50/p95/max from submit to final answer,
   errors (exceptions, time-outs, the app's error bubble), the app's peak RSS
   and CPU seconds, the load generator's CPU seconds, and the records stored
   (every answer must be in the learner store, in its learner's conversation).
   ``--think-level 50:10`` adds a level of 50 learners with a 10 s think time.

4. **Paired rounds** (``--paired ROUNDS``): a child keeps the library loaded; each
   round it answers ``--paired-learners`` learners' questions, then the app answers
   the same, and the ratio is taken within the round (round 0 warms both up). The
   median of the rounds does not depend on the machine's speed drifting between a
   library measurement and app levels run minutes later.

Bounded: each level stops issuing questions after ``--max-seconds``; a
question waits at most ``--timeout`` seconds. The load generator runs on the
same machine, so it competes with the app for the cores: its CPU time is
reported beside the app's. Results: ``benchmarks/results/load.{json,md}``.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import platform
import pstats
import random
import re
import resource
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from evals.metrics import percentile

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results"
LANGUAGE_ORDER = ("en", "fr", "es", "pt", "ar")
ERROR_TEXT = "Something went wrong"  # t("error_generic", "en"): the app's failure bubble


def mixed_questions(path: Path) -> list[str]:
    """The golden questions interleaved by language: en, fr, es, pt, ar, en, ..."""
    by_language: dict[str, list[str]] = {code: [] for code in LANGUAGE_ORDER}
    for line in path.read_text("utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            by_language.setdefault(row["lang"], []).append(row["question"])
    mixed = []
    for i in range(max(len(v) for v in by_language.values())):
        mixed += [by_language[code][i] for code in LANGUAGE_ORDER if i < len(by_language[code])]
    return mixed


def sequences(questions: list[str], learners: int, per_learner: int, offset: int = 0) -> list[list[str]]:
    """``per_learner`` consecutive questions for each learner (so each mixes languages)."""
    n = len(questions)
    return [
        [questions[(offset + i * per_learner + j) % n] for j in range(per_learner)]
        for i in range(learners)
    ]


# -- the library, in a child process ------------------------------------------------------


def _build_library(data_dir: str, embedder: str, corpus: str) -> tuple[Any, Any, Any]:
    """Settings, assistant and ingest report for the benchmark's data directory (indexes it
    on the first run)."""
    os.environ.update({"ASSISTANT_DATA_DIR": data_dir, "ASSISTANT_EMBEDDER": embedder,
                       "ASSISTANT_CORPUS_DIR": corpus})
    from assistant.config import apply_offline_environment, load_settings

    apply_offline_environment()
    from assistant.rag.build import build_assistant

    settings = load_settings()
    assistant, report = build_assistant(settings)
    return settings, assistant, report


def library_run(
    data_dir: str, embedder: str, corpus: str, seqs: list[list[str]], threads: int, profile: bool
) -> dict[str, Any]:
    """Index (first run), then answer ``seqs`` on one thread and on ``threads`` threads."""
    from assistant.rag.conversation import Conversation

    started = time.perf_counter()
    settings, assistant, report = _build_library(data_dir, embedder, corpus)
    index_s = time.perf_counter() - started

    def learner(questions: list[str]) -> int:
        conversation = Conversation(max_turns=settings.memory_turns)
        for question in questions:
            conversation.ask(assistant, question)
        return len(questions)

    learner(seqs[0][:2])  # warm: models loaded, caches filled
    cpu0, started = time.process_time(), time.perf_counter()
    answered = sum(learner(s) for s in seqs)
    one_s, one_cpu = time.perf_counter() - started, time.process_time() - cpu0
    # One query embedding of each question, the unit of the "~3 query embeddings".
    from assistant import textnorm

    asked = [textnorm.embedding_window(textnorm.question(q)) for s in seqs for q in s]
    cpu0 = time.process_time()
    for question in asked:
        assistant.retriever.embedder.embed_query(question)
    query_cpu = (time.process_time() - cpu0) / len(asked)
    # The same questions again: the passages' sentence vectors are now in the cache.
    cpu0 = time.process_time()
    again = sum(learner(s) for s in seqs)
    again_cpu = (time.process_time() - cpu0) / again
    # Again, each exchange stored as the app stores it: masked, in a learner store.
    stored_per_s, stored_cpu = _with_store(assistant, seqs, settings.memory_turns)
    started = time.perf_counter()
    with ThreadPoolExecutor(threads) as pool:
        answered_threads = sum(pool.map(learner, seqs))
    threads_s = time.perf_counter() - started
    result: dict[str, Any] = {
        "embedder": assistant.retriever.embedder.id,
        "generator": assistant.generator.id,
        "chunks": assistant.retriever.chunk_count,
        "index_s": round(index_s, 1) if report is not None else None,
        "answers": answered,
        "answers_per_s": round(answered / one_s, 2),
        "cpu_s_per_answer": round(one_cpu / answered, 3),
        "cpu_s_per_query_embedding": round(query_cpu, 4),
        "answer_in_query_embeddings": round(one_cpu / answered / query_cpu, 2),
        "cpu_s_per_answer_again": round(again_cpu, 3),
        "answer_again_in_query_embeddings": round(again_cpu / query_cpu, 2),
        "answers_per_s_with_store": round(stored_per_s, 2),
        "cpu_s_per_answer_with_store": round(stored_cpu, 3),
        "threads": threads,
        "answers_per_s_threads": round(answered_threads / threads_s, 2),
    }
    if profile:
        calls = count_embedder_calls(assistant.retriever.embedder)
        profiler = cProfile.Profile(time.process_time)  # CPU time: robust to a busy machine
        profiler.enable()
        for s in seqs:
            learner(s)
        profiler.disable()
        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out).sort_stats("cumulative")
        stats.print_stats(28)
        result["profile"] = _trim_profile(out.getvalue())
        result["embedder_calls"] = {**calls, "answers": answered}
    return result


_PAIRED: dict[str, Any] = {}


def library_pass(data_dir: str, embedder: str, corpus: str,
                 seqs: list[list[str]]) -> dict[str, float]:
    """One paired round's library side, in a child that keeps its assistant between rounds.

    Answers ``seqs`` on one thread, then again storing each exchange as the app does;
    its caches warm round after round, as the app's do.
    """
    if "assistant" not in _PAIRED:
        _PAIRED["settings"], _PAIRED["assistant"], _ = _build_library(data_dir, embedder, corpus)
    from assistant.rag.conversation import Conversation

    assistant, turns = _PAIRED["assistant"], _PAIRED["settings"].memory_turns
    cpu0, started = time.process_time(), time.perf_counter()
    answered = 0
    for questions in seqs:
        conversation = Conversation(max_turns=turns)
        for question in questions:
            conversation.ask(assistant, question)
            answered += 1
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu0
    stored_per_s, stored_cpu = _with_store(assistant, seqs, turns)
    return {"answers_per_s": round(answered / wall, 2), "cpu_s_per_answer": round(cpu / answered, 3),
            "answers_per_s_with_store": round(stored_per_s, 2),
            "cpu_s_per_answer_with_store": round(stored_cpu, 3)}


def _with_store(assistant: Any, seqs: list[list[str]], turns: int) -> tuple[float, float]:
    """Answers/s and CPU s per answer when every exchange is also stored, by the app's
    own code (:meth:`ChatHandlers.persist`), in a SQLite store that masks personal data."""
    from assistant.privacy import redact, warm_up
    from assistant.rag.conversation import Conversation
    from assistant.store import Store
    from assistant.web.chat import ChatHandlers

    warm_up()  # the app loads the detector in the background at start
    with tempfile.TemporaryDirectory(prefix="agora-load-store-") as folder:
        store = Store(f"sqlite:///{folder}/learners.sqlite3", redactor=redact)
        chat = ChatHandlers(assistant, store)
        cpu0, started = time.process_time(), time.perf_counter()
        answered = 0
        for index, questions in enumerate(seqs):
            conversation, conv_id = Conversation(max_turns=turns), None
            for question in questions:
                answer = conversation.ask(assistant, question)
                conv_id, _ = chat.persist(conversation, conv_id, f"load-{index}", question, answer)
                answered += 1
        wall, cpu = time.perf_counter() - started, time.process_time() - cpu0
        store.close()
    return answered / wall, cpu / answered


def count_embedder_calls(embedder: Any) -> dict[str, int]:
    """Count the embedder's calls from now on (retriever and generator share the object)."""
    embedder = getattr(embedder, "inner", embedder)  # the model's calls, not cache look-ups
    calls = {"embed_query": 0, "embed_documents": 0, "documents_texts": 0}
    query, documents = embedder.embed_query, embedder.embed_documents

    def counted_query(text: str) -> Any:
        calls["embed_query"] += 1
        return query(text)

    def counted_documents(texts: Any) -> Any:
        calls["embed_documents"] += 1
        calls["documents_texts"] += len(texts)
        return documents(texts)

    embedder.embed_query, embedder.embed_documents = counted_query, counted_documents
    return calls


def _trim_profile(text: str) -> str:
    keep = []
    for line in text.splitlines():
        if line.strip().startswith(("ncalls", "Ordered")) or "/" in line or "{" in line:
            keep.append(line.replace(str(ROOT) + "/", "").replace(sys.prefix + "/", ""))
    return "\n".join(keep)


# -- the app, as a real process -----------------------------------------------------------


class App:
    """``python app.py`` on 127.0.0.1 with a given data directory and concurrency."""

    def __init__(self, data_dir: Path, embedder: str, corpus: Path, concurrency: int | None,
                 queue_size: int) -> None:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}/"
        self.data_dir = data_dir
        self.env = {
            **os.environ,
            "ASSISTANT_DATA_DIR": str(data_dir),
            "ASSISTANT_EMBEDDER": embedder,
            "ASSISTANT_CORPUS_DIR": str(corpus),
            "ASSISTANT_HOST": "127.0.0.1",
            "ASSISTANT_PORT": str(self.port),
            "ASSISTANT_QUEUE_SIZE": str(queue_size),
            "ASSISTANT_LOG_LEVEL": "WARNING",
        }
        if concurrency is not None:
            self.env["ASSISTANT_CONCURRENCY"] = str(concurrency)
        self.log = data_dir.parent / f"app-{self.port}.log"
        self.process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> App:
        with self.log.open("wb") as log:
            self.process = subprocess.Popen([sys.executable, str(ROOT / "app.py")], cwd=ROOT,
                                            env=self.env, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 600
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"app.py exited:\n{self.log.read_text(errors='replace')[-3000:]}")
            try:
                # /readyz: 503 while a first index is still being built, 200 after.
                with urllib.request.urlopen(self.url + "readyz", timeout=5) as response:
                    if response.status == 200:
                        return self
            except OSError:
                time.sleep(0.5)
        raise RuntimeError("app.py did not start in 10 minutes")

    def __exit__(self, *exc: object) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()

    def rss_mb(self) -> float:
        assert self.process is not None
        return _status_kb(self.process.pid, "VmRSS") / 1024

    def cpu_s(self) -> float:
        assert self.process is not None
        fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def stored(self) -> tuple[int, int]:
        """(assistant messages, conversations) in the learner store."""
        with sqlite3.connect(self.data_dir / "learners.sqlite3") as db:
            messages = db.execute("SELECT COUNT(*) FROM messages WHERE role = 'assistant'").fetchone()
            conversations = db.execute("SELECT COUNT(*) FROM conversations").fetchone()
        return int(messages[0]), int(conversations[0])


def warm_up(app: App, questions: list[str]) -> None:
    """First questions load the language detector and fill caches: not part of a level."""
    from gradio_client import Client

    client = Client(app.url, verbose=False)
    for question in questions:
        client.predict(question, [], "auto", False, "en", api_name="/respond")
    client.close()


def _status_kb(pid: int, key: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1])
    return 0


def queue_events(http: Any, fn_index: int, session_hash: str, data: list[Any]) -> Iterator[dict]:
    """Join Gradio's queue for one event as the page does; yield its messages until it ends.

    ``http`` is an ``httpx.Client`` on the app (its cookies are the learner's session).
    """
    joined = http.post("/gradio_api/queue/join", json={
        "data": data, "fn_index": fn_index, "session_hash": session_hash,
        "event_data": None, "trigger_id": None})
    joined.raise_for_status()
    with http.stream("GET", f"/gradio_api/queue/data?session_hash={session_hash}") as stream:
        for line in stream.iter_lines():
            if not line.startswith("data:"):
                continue
            message = json.loads(line[5:])
            yield message
            if message.get("msg") == "process_completed":
                return


def page_config(html: str) -> dict[str, Any]:
    """The Gradio config a page's HTML carries (``window.gradio_config = {...};``)."""
    marker = "window.gradio_config = "
    start = html.find(marker)
    if start < 0:
        raise RuntimeError("the page holds no Gradio config: is this a Gradio app?")
    config, _ = json.JSONDecoder().raw_decode(html, start + len(marker))
    return dict(config)


class PageLearner:
    """One browser tab over plain HTTP: what the page sends, one request at a time.

    ``gradio_client`` keeps threads and polls per client; with 50 of them the load
    generator took most of a core of the two the app runs on. This client opens
    the page as Chromium does (recorded with Playwright on the running app): it
    loads ``/`` (the page's config is inside it; a browser never asks ``/config``)
    and the theme, runs the page's load events, then asks over the queue (join,
    then read the event stream). It does not keep the page's heartbeat stream open.
    """

    def __init__(self, url: str, timeout: float) -> None:
        import httpx

        self.http = httpx.Client(base_url=url, timeout=timeout)
        self.session_hash = os.urandom(8).hex()
        page = self.http.get("/")  # the session cookie, as a page load gets
        page.raise_for_status()
        config = page_config(page.text)
        theme = re.search(r"theme\.css\?v=[0-9a-f]+", page.text)
        self.http.get("/" + (theme.group(0) if theme else "theme.css"))
        event = next(d for d in config["dependencies"] if d.get("api_name") == "respond")
        kinds = {c["id"]: c["type"] for c in config["components"]}
        self.fn_index = event["id"]
        self.inputs = [kinds[i] for i in event["inputs"]]
        self.chat_output = next(n for n, i in enumerate(event["outputs"])
                                if kinds[i] == "chatbot")
        defaults = {c["id"]: c.get("props", {}).get("value") for c in config["components"]}
        for load in (d for d in config["dependencies"]
                     if any(target[1] == "load" for target in d["targets"])):
            data = [None if kinds[i] == "state" else defaults[i] for i in load["inputs"]]
            for _ in queue_events(self.http, load["id"], self.session_hash, data):
                pass

    def submit(self, *values: Any, api_name: str = "/respond") -> PageLearner:
        self._values = values
        return self

    def result(self, timeout: float | None = None) -> list[Any]:
        """Ask; the chat history after the answer (``[history]``, as ``gradio_client`` gives)."""
        given = iter(self._values)
        data = [None if kind == "state" else next(given) for kind in self.inputs]
        for message in queue_events(self.http, self.fn_index, self.session_hash, data):
            if message.get("msg") == "process_completed":
                output = message.get("output") or {}
                if not message.get("success", True) or "error" in output:
                    raise RuntimeError(f"event failed: {str(output)[:160]}")
                return [output["data"][self.chat_output]]
        raise RuntimeError("the event stream ended before the answer")

    def close(self) -> None:
        self.http.close()


def make_client(kind: str, url: str, timeout: float) -> Any:
    """A learner's client: ``gradio`` (gradio_client) or ``page`` (:class:`PageLearner`)."""
    if kind == "page":
        return PageLearner(url, timeout)
    from gradio_client import Client

    return Client(url, verbose=False, httpx_kwargs={"timeout": timeout})


@dataclass
class Level:
    """What one level measured."""

    concurrency: int
    learners: int
    questions_per_learner: int
    think_s: float
    client: str = "gradio"
    asked: int = 0
    answered: int = 0
    errors: int = 0
    error_samples: list[str] = field(default_factory=list)
    wall_s: float = 0.0
    answers_per_s: float = 0.0
    latency_p50_s: float = 0.0
    latency_p95_s: float = 0.0
    latency_max_s: float = 0.0
    app_rss_peak_mb: float = 0.0
    app_cpu_s: float = 0.0
    app_cpu_s_per_answer: float = 0.0
    client_cpu_s: float = 0.0
    #: The app's CPU for opening the learners' pages (before the timed answers).
    page_load_cpu_s_per_learner: float = 0.0
    stored_answers: int = 0
    stored_conversations: int = 0
    records_ok: bool = False
    load_average: tuple[float, float, float] = (0.0, 0.0, 0.0)


def run_level(app: App, concurrency: int, seqs: list[list[str]], think: float, timeout: float,
              max_seconds: float, seed: int, client_kind: str = "gradio") -> Level:
    level = Level(concurrency, len(seqs), len(seqs[0]), think, client_kind)
    # Each its own cookie jar and session, like a browser.
    page_cpu0 = app.cpu_s()
    clients = [make_client(client_kind, app.url, timeout) for _ in seqs]
    level.page_load_cpu_s_per_learner = round((app.cpu_s() - page_cpu0) / len(seqs), 3)
    before_messages, before_conversations = app.stored()
    latencies: list[float] = []
    lock = threading.Lock()
    rss_peak = [app.rss_mb()]
    stop = threading.Event()

    def sample() -> None:
        while not stop.wait(0.25):
            rss_peak[0] = max(rss_peak[0], app.rss_mb())

    def learner(index: int) -> None:
        rng = random.Random(seed * 1000 + index)
        for question in seqs[index]:
            if think:
                time.sleep(rng.uniform(0.5, 1.5) * think)
            if time.monotonic() > deadline:
                return
            with lock:
                level.asked += 1
            started = time.perf_counter()
            try:
                job = clients[index].submit(question, [], "auto", False, "en", api_name="/respond")
                history = job.result(timeout=timeout)[0]
                text = str(history[-1]["content"]) if history else ""
                if not text or ERROR_TEXT in text:
                    raise RuntimeError(f"error bubble: {text[:120]}")
            except Exception as exc:  # every failure counts; a few are kept for the report
                with lock:
                    level.errors += 1
                    if len(level.error_samples) < 3:
                        level.error_samples.append(f"{type(exc).__name__}: {str(exc)[:160]}")
                continue
            with lock:
                latencies.append(time.perf_counter() - started)
                level.answered += 1

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    cpu0, client0 = app.cpu_s(), _self_cpu()
    started = time.perf_counter()
    deadline = time.monotonic() + max_seconds
    with ThreadPoolExecutor(len(seqs)) as pool:
        list(pool.map(learner, range(len(seqs))))
    level.wall_s = round(time.perf_counter() - started, 2)
    stop.set()
    level.app_cpu_s = round(app.cpu_s() - cpu0, 1)
    level.client_cpu_s = round(_self_cpu() - client0, 1)
    for client in clients:
        client.close()
    time.sleep(0.5)  # the last answers' records are written after their reply
    messages, conversations = app.stored()
    level.stored_answers = messages - before_messages
    level.stored_conversations = conversations - before_conversations
    level.records_ok = level.stored_answers == level.answered and (
        level.stored_conversations == len(seqs) or level.answered == 0
    )
    level.answers_per_s = round(level.answered / level.wall_s, 2) if level.wall_s else 0.0
    level.app_cpu_s_per_answer = round(level.app_cpu_s / level.answered, 3) if level.answered else 0
    if latencies:
        level.latency_p50_s = round(percentile(latencies, 50), 2)
        level.latency_p95_s = round(percentile(latencies, 95), 2)
        level.latency_max_s = round(max(latencies), 2)
    level.app_rss_peak_mb = round(rss_peak[0], 1)
    level.load_average = tuple(round(x, 2) for x in os.getloadavg())  # type: ignore[assignment]
    return level


def default_concurrency() -> int:
    """The app's own answer concurrency when ``ASSISTANT_CONCURRENCY`` is not given."""
    from assistant.config import load_settings

    return load_settings().answer_concurrency


def paired_rounds(args: argparse.Namespace, data_dir: Path, questions: list[str]) -> dict[str, Any]:
    """Library, then app, on the same questions, ``args.paired`` times (plus one warm-up round).

    The library measured once before minutes of app levels compares two moments of
    a machine whose speed drifts (on the shared 2-core machine one query embedding
    took from 0.045 to 0.085 CPU s within an hour). Here each app level is compared
    with the library measured seconds before it on the same questions; both sides
    keep their caches from round to round. The first round only warms both up.
    """
    seqs = sequences(questions, args.paired_learners, args.questions)
    rounds: list[dict[str, Any]] = []
    with ProcessPoolExecutor(1, mp_context=get_context("spawn")) as pool:
        app = App(data_dir, args.embedder, args.corpus, None, args.queue_size)
        with app:
            warm_up(app, questions[:3])
            for index in range(args.paired + 1):
                app_cpu0 = app.cpu_s()
                library = pool.submit(library_pass, str(data_dir), args.embedder,
                                      str(args.corpus), seqs).result()
                # The app sits idle meanwhile; CPU it spends here would slow the library.
                library["app_cpu_s_meanwhile"] = round(app.cpu_s() - app_cpu0, 2)
                level = run_level(app, default_concurrency(), seqs, 0.0, args.timeout,
                                  args.max_seconds, seed=100 + index, client_kind=args.client)
                row = {
                    "round": index, "warm_up": index == 0, "library": library,
                    "app_answers_per_s": level.answers_per_s, "errors": level.errors,
                    "records_ok": level.records_ok, "p95_s": level.latency_p95_s,
                    "app_cpu_s_per_answer": level.app_cpu_s_per_answer,
                    "page_load_cpu_s": level.page_load_cpu_s_per_learner,
                    "ratio": round(level.answers_per_s / library["answers_per_s"], 3),
                    "ratio_with_store": round(
                        level.answers_per_s / library["answers_per_s_with_store"], 3),
                }
                rounds.append(row)
                print(json.dumps(row), flush=True)
    counted = [r for r in rounds if not r["warm_up"]]
    return {
        "learners": args.paired_learners, "concurrency": default_concurrency(),
        "rounds": rounds,
        "ratio_median": round(statistics.median(r["ratio"] for r in counted), 3),
        "ratio_with_store_median": round(
            statistics.median(r["ratio_with_store"] for r in counted), 3),
        "errors": sum(r["errors"] for r in counted),
        "records_ok": all(r["records_ok"] for r in counted),
    }


def _self_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


# -- report -------------------------------------------------------------------------------


def markdown(results: dict[str, Any]) -> str:
    library = results["library"]
    lines = [
        "# Load test: learners asking at once",
        "",
        f"`{results['command']}` — {results['machine']}; embedder `{library['embedder']}`, "
        f"generator `{library['generator']}`, {library['chunks']} chunks; "
        f"load average at start {results['load_average_start']}.",
        "",
        f"Library, one thread: **{library['answers_per_s']} answers/s** "
        f"({library['cpu_s_per_answer']} CPU s per answer, {library['answers']} answers); "
        f"on {library['threads']} threads: {library['answers_per_s_threads']} answers/s.",
    ]
    if "answers_per_s_with_store" in library:
        lines += ["", "Library, one thread, each exchange also stored as the app stores it "
                  f"(masked, SQLite): **{library['answers_per_s_with_store']} answers/s** "
                  f"({library['cpu_s_per_answer_with_store']} CPU s per answer)."]
    if "answer_in_query_embeddings" in library:
        lines += ["", f"One answer costs the CPU of **{library['answer_in_query_embeddings']} query "
                  f"embeddings** the first time ({library['cpu_s_per_answer']} CPU s), "
                  f"**{library['answer_again_in_query_embeddings']}** when the same questions "
                  f"come again ({library['cpu_s_per_answer_again']} CPU s: the passages' sentence "
                  "vectors are cached); one query embedding: "
                  f"{library['cpu_s_per_query_embedding']} CPU s, measured in the same run."]
    if results["levels"]:
        clients = sorted({level.get("client", "gradio") for level in results["levels"]})
        names = {"gradio": "`gradio_client`", "page": "a plain HTTP page client"}
        lines += [
            "",
            "Learners' client: " + ", ".join(names[c] for c in clients) + " (its CPU, on the "
            "same cores as the app, is the client CPU column).",
            "",
            "| concurrency | learners | think s | answers | answers/s | app / library (1 · "
            f"1 + store · {library['threads']} threads) | p50 s | p95 s "
            "| max s | errors | app RSS MB | app CPU s/answer (library / app) | client CPU s "
            "| app CPU s/page load | records | load avg |",
            "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
        ]
    for level in results["levels"]:
        ratio = level["answers_per_s"] / library["answers_per_s"] if library["answers_per_s"] else 0
        parallel = library["answers_per_s_threads"]
        threads = level["answers_per_s"] / parallel if parallel else 0
        with_store = library.get("answers_per_s_with_store")
        stored = f"{level['answers_per_s'] / with_store:.2f}" if with_store else "—"
        cpu = level["app_cpu_s_per_answer"]
        efficiency = f" ({library['cpu_s_per_answer'] / cpu:.2f})" if cpu else ""
        lines.append(
            f"| {level['concurrency']} | {level['learners']} | {level['think_s']:g} "
            f"| {level['answered']}/{level['asked']} | {level['answers_per_s']} | {ratio:.2f} · {stored} · {threads:.2f} "
            f"| {level['latency_p50_s']} | {level['latency_p95_s']} | {level['latency_max_s']} "
            f"| {level['errors']} | {level['app_rss_peak_mb']} | {cpu}{efficiency} "
            f"| {level['client_cpu_s']} | {level.get('page_load_cpu_s_per_learner', '—')} "
            f"| {'ok' if level['records_ok'] else 'MISSING'} "
            f"| {level['load_average'][0]} |"
        )
    paired = results.get("paired")
    if paired:
        lines += [
            "", f"## Paired rounds: {paired['learners']} learners, "
            f"{paired['concurrency']} answers at once",
            "", "Each round, the library answers the level's questions on one thread (then "
            "again storing each exchange), then the app answers the same questions "
            "from the learners; round 0 warms both up and is not counted.",
            "", "| round | library answers/s: 1 thread · + store | app answers/s | app / library "
            "| app / library + store | app p95 s | app CPU s/answer (library) "
            "| app CPU s/page load | idle app's CPU s meanwhile | errors | records |",
            "|---|---|---|---|---|---|---|---|---|---|---|",
        ]
        for row in paired["rounds"]:
            lib = row["library"]
            name = f"{row['round']} (warm-up)" if row["warm_up"] else str(row["round"])
            lines.append(
                f"| {name} | {lib['answers_per_s']} · {lib['answers_per_s_with_store']} "
                f"| {row['app_answers_per_s']} | {row['ratio']:.2f} | {row['ratio_with_store']:.2f} "
                f"| {row['p95_s']} | {row['app_cpu_s_per_answer']} ({lib['cpu_s_per_answer']}) "
                f"| {row.get('page_load_cpu_s', '—')} | {lib.get('app_cpu_s_meanwhile', '—')} "
                f"| {row['errors']} | {'ok' if row['records_ok'] else 'MISSING'} |"
            )
        lines += ["", f"**Median app / library: {paired['ratio_median']:.2f}** "
                  f"(against the library that also stores: {paired['ratio_with_store_median']:.2f}); "
                  f"errors {paired['errors']}; every answer stored: "
                  f"{'yes' if paired['records_ok'] else 'NO'}."]
    if library.get("profile"):
        lines += ["", "## Where one answer's CPU goes (library, cProfile on CPU time, cumulative)",
                  "", f"Embedder calls: {library['embedder_calls']}.", "",
                  "```", library["profile"], "```"]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--embedder", default="e5-small-q4", help="fake for a smoke run")
    parser.add_argument("--levels", default="1,10,25,50", help="learners asking at once")
    parser.add_argument("--questions", type=int, default=4, help="questions per learner")
    parser.add_argument("--think", type=float, default=0.0, help="think time before a question, s")
    parser.add_argument("--think-level", default="", help="e.g. 50:10 = 50 learners, 10 s think")
    parser.add_argument("--concurrency", default="",
                        help="ASSISTANT_CONCURRENCY values, comma-separated; empty = the default")
    parser.add_argument("--queue-size", type=int, default=100)
    parser.add_argument("--client", default="gradio", choices=["gradio", "page"],
                        help="learners as gradio_client clients, or as plain HTTP page clients")
    parser.add_argument("--library-questions", type=int, default=0,
                        help="questions the library answers; 0: as many as the largest level "
                        "asks, the same ones, so that app / library compares like with like")
    parser.add_argument("--library-threads", type=int, default=3)
    parser.add_argument("--profile", action="store_true", help="cProfile the library's answers")
    parser.add_argument("--timeout", type=float, default=120.0, help="longest wait per question, s")
    parser.add_argument("--max-seconds", type=float, default=240.0, help="per level")
    parser.add_argument("--paired", type=int, default=0, metavar="ROUNDS",
                        help="then ROUNDS paired rounds: the library answers a level's questions, "
                        "then the app answers the same from --paired-learners learners; one "
                        "ratio per round, so that the machine's drift cancels")
    parser.add_argument("--paired-learners", type=int, default=50)
    parser.add_argument("--data-dir", type=Path, help="keep the index here (reused next time)")
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus" / "modules")
    parser.add_argument("--golden", type=Path, default=ROOT / "evals" / "golden" / "qa.jsonl")
    parser.add_argument("--out", type=Path, default=RESULTS / "load.json")
    args = parser.parse_args(argv)

    questions = mixed_questions(args.golden)
    levels = [int(n) for n in args.levels.split(",") if n.strip()]
    concurrencies: list[int | None] = [int(c) for c in args.concurrency.split(",") if c.strip()]
    concurrencies = concurrencies or [None]
    think_levels = []
    if args.think_level:
        learners, think = args.think_level.split(":")
        think_levels.append((int(learners), float(think)))

    workdir = Path(tempfile.mkdtemp(prefix="agora-load-"))
    data_dir = args.data_dir or workdir / "data"
    results: dict[str, Any] = {
        "command": "python -m benchmarks.load " + " ".join(argv if argv is not None else sys.argv[1:]),
        "machine": f"{os.cpu_count()} cores, {platform.machine()}, Python {platform.python_version()}",
        "load_average_start": [round(x, 2) for x in os.getloadavg()],
        "questions_per_learner": args.questions,
        "levels": [],
    }
    try:
        most = max([*levels, *(n for n, _ in think_levels)], default=1)
        library_questions = args.library_questions or min(most * args.questions, len(questions))
        library_seqs = sequences(questions, max(1, library_questions // args.questions),
                                 args.questions)
        print(f"Indexing (first run) and measuring the library in {data_dir} ...", flush=True)
        with ProcessPoolExecutor(1, mp_context=get_context("spawn")) as pool:
            results["library"] = pool.submit(
                library_run, str(data_dir), args.embedder, str(args.corpus), library_seqs,
                args.library_threads, args.profile,
            ).result()
        print(json.dumps({k: v for k, v in results["library"].items() if k != "profile"}), flush=True)
        plan = [(n, args.think) for n in levels] + think_levels
        for concurrency in concurrencies if plan else []:  # --levels "": the library only
            app = App(data_dir, args.embedder, args.corpus, concurrency, args.queue_size)
            with app:
                warm_up(app, questions[:3])
                effective = concurrency or default_concurrency()
                for i, (learners, think) in enumerate(plan):
                    # The same questions as the library's, first: per-answer costs compare.
                    seqs = sequences(questions, learners, args.questions)
                    level = run_level(app, effective, seqs, think, args.timeout,
                                      args.max_seconds, seed=i, client_kind=args.client)
                    results["levels"].append(asdict(level))
                    print(json.dumps({k: v for k, v in asdict(level).items()
                                      if k != "error_samples"}), flush=True)
        if args.paired:
            results["paired"] = paired_rounds(args, data_dir, questions)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    results["load_average_end"] = [round(x, 2) for x in os.getloadavg()]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", "utf-8")
    args.out.with_suffix(".md").write_text(markdown(results), "utf-8")
    print(markdown(results))
    return results


if __name__ == "__main__":
    main()
