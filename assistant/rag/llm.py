"""Chat-model backends, chosen by one setting: ``ASSISTANT_LLM``.

===========================  =================================================
``extractive``               no chat model: the offline extractive generator
``ollama:<model>``           LangChain's ``ChatOllama`` (``ASSISTANT_LLM_BASE_URL``
                             or http://127.0.0.1:11434)
``openai:<model>``           LangChain's ``ChatOpenAI`` against any
                             OpenAI-compatible server: a hosted API, vLLM,
                             llama.cpp's server (``ASSISTANT_LLM_BASE_URL``)
``llamacpp:<path.gguf>``     a local GGUF file served in-process by llama.cpp's
                             own OpenAI-compatible server (the prebuilt
                             ``xllamacpp`` CPU wheel) on 127.0.0.1, reached
                             through ``ChatOpenAI`` like any other server
===========================  =================================================

We never write HTTP clients of our own: every backend is a LangChain chat
model, so timeouts, streaming and retries behave the same everywhere. The
local backend reuses the OpenAI path instead of binding llama.cpp directly:
one code path to test, and the same server a bigger deployment would run.
Nothing is imported or started until :func:`make_chat_model` is called.
"""

from __future__ import annotations

import hashlib
import logging
import socket
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.config import Settings
from assistant.errors import BackendError, ConfigError

log = logging.getLogger(__name__)

EXTRACTIVE = "extractive"
PROVIDERS = ("ollama", "openai", "llamacpp")
DEFAULT_OLLAMA_URL = "http://127.0.0.1:11434"


@dataclass(frozen=True)
class LLMSpec:
    """A parsed ``ASSISTANT_LLM`` value."""

    provider: str
    model: str

    @property
    def id(self) -> str:
        """The identifier recorded with every answer (a path keeps only its file name)."""
        name = Path(self.model).name if self.provider == "llamacpp" else self.model
        return f"{self.provider}:{name}"


def parse_spec(value: str) -> LLMSpec | None:
    """Parse ``ASSISTANT_LLM``; ``None`` means the extractive generator."""
    value = (value or "").strip()
    if value in ("", EXTRACTIVE):
        return None
    provider, _, model = value.partition(":")
    if provider not in PROVIDERS or not model.strip():
        raise ConfigError(
            f"ASSISTANT_LLM={value!r} is not understood. Use 'extractive', 'ollama:<model>', "
            "'openai:<model>' or 'llamacpp:<path to .gguf>'."
        )
    return LLMSpec(provider, model.strip())


def verify_sidecar(path: Path) -> None:
    """Refuse a GGUF whose ``<file>.sha256`` sidecar (written by ``make llm-pack``) disagrees.

    Files without a sidecar are the operator's own and are loaded as given.
    """
    sidecar = path.with_name(path.name + ".sha256")
    if not sidecar.exists():
        return
    expected = sidecar.read_text("utf-8").split()[0].lower()
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
    if digest.hexdigest() != expected:
        raise ConfigError(
            f"Refusing to load {path}: its SHA-256 does not match {sidecar.name}. The file is "
            "damaged or was replaced; reinstall it with `make llm-pack`."
        )


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class LocalLlamaServer:
    """llama.cpp's OpenAI-compatible server for one GGUF file, on 127.0.0.1, in-process."""

    def __init__(self, path: Path, *, context: int = 4096, threads: int | None = None):
        try:
            import xllamacpp
        except ImportError as exc:
            raise ConfigError(
                "ASSISTANT_LLM=llamacpp:… needs llama.cpp's CPU wheel: "
                "pip install 'agora-tutor[llamacpp]'"
            ) from exc
        if not path.is_file():
            raise ConfigError(f"GGUF model not found: {path}. Check ASSISTANT_LLM=llamacpp:<path>.")
        verify_sidecar(path)
        params = xllamacpp.CommonParams()
        params.model.path = str(path)
        params.hostnames = ["127.0.0.1"]
        params.port = _free_port()
        params.n_ctx = context
        if threads:
            params.cpuparams.n_threads = threads
        started = time.perf_counter()
        try:
            self._server = xllamacpp.Server(params)
        except Exception as exc:  # the C++ side reports load failures as RuntimeError
            raise BackendError(f"llama.cpp could not load {path.name}: {exc}") from exc
        self.url = f"http://127.0.0.1:{params.port}/v1"
        log.info("llama.cpp serving %s at %s (%.1f s)", path.name, self.url, time.perf_counter() - started)


_servers: dict[tuple[str, int], LocalLlamaServer] = {}
_servers_lock = threading.Lock()


def local_server(path: Path, context: int) -> LocalLlamaServer:
    """One server per model file and context size, started on first use, kept for the process."""
    key = (str(path.resolve()), context)
    with _servers_lock:
        if key not in _servers:
            _servers[key] = LocalLlamaServer(path, context=context)
        return _servers[key]


def make_chat_model(settings: Settings) -> Any | None:
    """The LangChain chat model named by ``settings.llm``, or ``None`` for extractive."""
    spec = parse_spec(settings.llm)
    if spec is None:
        return None
    if spec.provider == "ollama":
        from langchain_ollama import ChatOllama

        return ChatOllama(
            model=spec.model,
            base_url=settings.llm_base_url or DEFAULT_OLLAMA_URL,
            temperature=settings.llm_temperature,
            num_predict=settings.llm_max_tokens,
            client_kwargs={"timeout": settings.llm_timeout},
        )
    if spec.provider == "openai":
        base_url = settings.llm_base_url
        model = spec.model
    else:
        base_url = local_server(Path(spec.model).expanduser(), settings.llm_context).url
        model = Path(spec.model).stem
    from langchain_openai import ChatOpenAI

    return ChatOpenAI(
        model=model,
        base_url=base_url,
        # Local servers ignore the key, but the client insists on one.
        api_key=settings.llm_api_key or "not-needed",  # type: ignore[arg-type]
        timeout=settings.llm_timeout,
        # A local model that timed out will not be faster on a second try.
        max_retries=0 if spec.provider == "llamacpp" else 1,
        max_completion_tokens=settings.llm_max_tokens,
        temperature=settings.llm_temperature,
        # Never pass streaming=False: LangChain honours fields the caller set, and an
        # explicit False makes `.stream()` wait for the whole reply.
    )
