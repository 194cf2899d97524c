"""Settings: the one place that reads the environment.

Every setting is an ``ASSISTANT_*`` environment variable (or a line in a
``.env`` file in the working directory) with a documented default, so that
``python app.py`` works on a fresh machine with no configuration at all. Other
modules receive a :class:`Settings` object; they never read ``os.environ``.

This module also switches off the network side effects of the libraries we
use (Hugging Face Hub downloads, Gradio analytics, Chroma telemetry) unless the
operator has set those variables explicitly.
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from assistant.errors import ConfigError

#: Variables that keep third-party libraries off the network. Applied with
#: ``setdefault`` so that an operator can still override them deliberately.
OFFLINE_ENVIRONMENT = {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "GRADIO_ANALYTICS_ENABLED": "False",
    "ANONYMIZED_TELEMETRY": "False",
    "TOKENIZERS_PARALLELISM": "false",
}


def apply_offline_environment() -> None:
    """Switch off downloads and telemetry of third-party libraries (idempotent)."""
    for name, value in OFFLINE_ENVIRONMENT.items():
        os.environ.setdefault(name, value)


def configure_logging(settings: Settings, *, verbose: bool = False) -> None:
    """Log to stderr at the configured level; keep chatty libraries at WARNING."""
    import logging

    logging.basicConfig(
        level=logging.DEBUG if verbose else settings.log_level.upper(),
        format="%(levelname)s %(name)s: %(message)s",
    )
    for noisy in ("chromadb", "httpx"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def shipped_folder(in_package: str, in_checkout: str) -> Path:
    """A data folder that ships with the code, as a path on disk.

    A wheel carries the top-level ``prompts/`` and ``corpus/`` folders inside the
    package, as ``assistant/<in_package>/`` (see pyproject.toml's package-dir); a
    source checkout, with or without an editable install, reads ``<in_checkout>/``
    at its root. Installs that are not plain folders (zip imports) are not supported.
    """
    installed = resources.files("assistant") / in_package
    if isinstance(installed, Path) and installed.is_dir():
        return installed
    return Path(__file__).resolve().parents[1] / in_checkout


def default_corpus_dir() -> Path:
    """``corpus/modules`` when the working directory has one, else the course shipped with us."""
    local = Path("corpus/modules")
    return local if local.is_dir() else shipped_folder("corpus", "corpus") / "modules"


class Settings(BaseSettings):
    """All settings of the assistant. Field docs are the reference in the README."""

    model_config = SettingsConfigDict(
        env_prefix="ASSISTANT_", env_file=".env", extra="ignore", frozen=True
    )

    data_dir: Path = Field(
        Path("data"),
        description="Where the index, the lexical index and the ingest catalogue live.",
    )
    corpus_dir: Path = Field(
        default_factory=default_corpus_dir,
        description="The built-in course indexed on first run: corpus/modules when the working "
        "directory has it, else the copy installed with the package.",
    )
    embedder: str = Field(
        "e5+use",
        description="Embedding provider: e5+use (multilingual-e5-small and the multilingual "
        "Universal Sentence Encoder side by side) | e5-small-q4 | use-m3 | "
        "sentence-transformers:<path or hub id> | openai:<model> | fake.",
    )
    chroma_url: str | None = Field(
        None, description="Chroma server URL (e.g. http://127.0.0.1:8000); empty = embedded."
    )
    collection: str = Field("course", description="Chroma collection name (3+ characters).")
    chunk_chars: int = Field(1200, ge=200, le=8000, description="Target chunk size, characters.")
    max_file_mb: float = Field(20.0, gt=0, description="Files larger than this are rejected.")
    parse_timeout: float = Field(
        10.0, gt=0, le=3600, description="Processor seconds one file may take to parse (a "
        "parser that waits is stopped at 3x this in wall-clock time); slower files are "
        "stopped and reported (raise it for very large PDFs).",
    )
    parse_memory_mb: int = Field(
        512, ge=128, le=65536, description="Memory (address space) one file's parser may use, MB.",
    )
    max_unzipped_mb: float = Field(
        100.0, gt=0, le=10000, description="A DOCX whose parts unpack to more than this is "
        "rejected before unpacking (zip bombs).",
    )
    embed_batch_size: int = Field(32, ge=1, le=1024, description="Texts per embedding call.")
    embed_base_url: str | None = Field(
        None,
        description="Server for ASSISTANT_EMBEDDER=openai:<model>: any OpenAI-compatible "
        "/v1/embeddings endpoint (text-embeddings-inference, vLLM, Infinity, Ollama, llama.cpp "
        "server), e.g. http://127.0.0.1:8080/v1.",
    )
    embed_api_key: str | None = Field(
        None, description="API key for the embedding server, when it needs one (never logged)."
    )
    embed_timeout: float = Field(
        30.0, gt=0, le=600, description="Seconds per embedding request to the server."
    )
    embed_retries: int = Field(
        3, ge=0, le=10,
        description="Retries of an embedding request that failed with 429, 5xx or a dropped "
        "connection, with exponential back-off (the server's Retry-After is honoured).",
    )
    embed_max_in_flight: int = Field(
        4, ge=1, le=64,
        description="Embedding requests this process sends at once; more wait their turn "
        "(back-pressure on the server, shared by ingest and questions).",
    )
    embed_cache_entries: int = Field(
        300_000, ge=0, le=100_000_000,
        description="Passage and sentence vectors kept in the data directory's embedding cache "
        "(embedding_cache.sqlite3, ~1.5 KB each at 384 dimensions; the oldest go first); "
        "0 = no cache (the shipped course vectors are still used).",
    )
    embed_query_prefix: str = Field(
        "", description="Text put before each question for the embedding server (e5 models: "
        "'query: '). Part of the embedder id: changing it forces a re-ingest."
    )
    embed_passage_prefix: str = Field(
        "", description="Text put before each passage for the embedding server (e5 models: "
        "'passage: '). Part of the embedder id: changing it forces a re-ingest."
    )
    top_k: int = Field(5, ge=1, le=50, description="Passages returned per question.")
    candidates: int = Field(30, ge=5, le=500, description="Candidates per retriever before fusion.")
    lexical_weight: float = Field(
        0.5, ge=0, le=5, description="Weight of BM25 evidence (same-language passages only)."
    )
    language_bonus: float = Field(
        0.3, ge=0, le=5, description="Bonus (in z-score units) for passages in the query language."
    )
    sentence_weight: float = Field(
        1.0, ge=0, le=5,
        description="Weight of a candidate passage's best-matching sentence against the whole "
        "passage when ranking (both as z-scores); 0 ranks by whole passages only.",
    )
    min_relevance: float | None = Field(
        None,
        description="Cosine similarity below which the course 'does not cover' a question; "
        "empty = the embedder's measured default.",
    )
    coverage: str = Field(
        "calibrated",
        description="How 'not covered' is decided: calibrated (a per-language classifier over "
        "retrieval features, fitted per embedder; an embedder without one falls back to its "
        "threshold with a log line) | threshold (best cosine >= ASSISTANT_MIN_RELEVANCE). An "
        "explicit ASSISTANT_MIN_RELEVANCE always means threshold.",
    )
    screen: bool = Field(
        True,
        description="Screen questions before retrieval: distress gets a kind message with help "
        "resources, harmful or manipulative requests a polite refusal (rules + an embedding "
        "classifier, offline; plus an LLM moderation step when ASSISTANT_LLM is a model).",
    )
    help_resources: str | None = Field(
        None,
        description="Where a learner in distress can find help, shown in every language (e.g. "
        "local crisis lines); empty = a generic text that names no phone number.",
    )
    help_resources_file: Path | None = Field(
        None,
        description='JSON file of help resources per language, {"en": "...", "fr": "...", '
        '"default": "..."}; wins over ASSISTANT_HELP_RESOURCES.',
    )
    llm: str = Field(
        "extractive",
        description="Answer generator: extractive (offline default) | ollama:<model> | "
        "openai:<model> | llamacpp:<path to .gguf>.",
    )
    llm_base_url: str | None = Field(
        None,
        description="Server URL for openai: (any OpenAI-compatible server, e.g. "
        "http://127.0.0.1:8080/v1) or ollama: (default http://127.0.0.1:11434).",
    )
    llm_api_key: str | None = Field(
        None, description="API key for openai: servers that need one (never logged)."
    )
    llm_timeout: float = Field(60.0, gt=0, le=3600, description="Seconds per LLM request.")
    llm_max_tokens: int = Field(512, ge=16, le=8192, description="Longest generated answer.")
    llm_temperature: float = Field(0.1, ge=0, le=2, description="LLM sampling temperature.")
    llm_context: int = Field(
        4096, ge=512, le=131072, description="Context window for llamacpp: models, tokens."
    )
    memory_turns: int = Field(
        6, ge=0, le=50, description="Past question/answer pairs kept per conversation."
    )
    database_url: str | None = Field(
        None,
        description="Learner records (feedback, quiz attempts, conversations): SQLAlchemy URL, "
        "e.g. postgresql+psycopg://user@host/db; empty = SQLite in the data directory.",
    )
    catalog_url: str | None = Field(
        None,
        description="Ingest catalogue (live documents and chunks): SQLAlchemy URL, e.g. "
        "postgresql+psycopg://user@host/db, shared by every app instance; empty = SQLite "
        "(catalog.sqlite3) in the data directory.",
    )
    retention_days: int = Field(
        180, ge=0, le=3650, description="Learner records older than this are deleted; 0 = keep."
    )
    redact_personal_data: bool = Field(
        True, description="Mask e-mails, phone and id numbers, names before storing text."
    )
    instructor_password_hash: str | None = Field(
        None,
        description="scrypt hash of the instructor password (`assistant instructor "
        "hash-password`); empty = instructor area off.",
    )
    session_secret: str | None = Field(
        None,
        description="The one server secret (32+ characters) every key is derived from: session "
        "cookies, export links. Empty = a random key kept in the data directory. Set the same "
        "value on every instance behind one address. Never sent to browsers.",
    )
    cookie_secure: bool = Field(
        False,
        description="Mark the session cookie Secure (sent over HTTPS only). Turn on behind an "
        "HTTPS reverse proxy.",
    )
    session_days: int = Field(
        30, ge=1, le=400, description="How long a browser keeps its learner session cookie."
    )
    max_upload_mb: float = Field(
        10.0, gt=0, le=1024, description="Largest file a browser may upload, in megabytes."
    )
    trusted_proxies: str = Field(
        "",
        description="Comma-separated addresses of reverse proxies whose X-Forwarded-For is "
        "believed (for login throttling per client address); empty = none.",
    )
    concurrency: int | None = Field(
        None, ge=1, le=64,
        description="Answers computed at once by one app process (Gradio's concurrency limit of "
        "the answer events and the default of every other event); empty = "
        "min(4, CPU cores + 2), sized by benchmarks/load.py.",
    )
    llm_concurrency: int | None = Field(
        None, ge=1, le=64,
        description="Answers computed at once when ASSISTANT_LLM is a language model (each holds "
        "a model request for seconds); empty = 1 for llamacpp: (it shares this machine's CPU), "
        "else 2. Other events are never queued behind answers.",
    )
    queue_size: int = Field(
        100, ge=1, le=10000,
        description="Events that may wait in the queue; beyond it a browser is told the server is "
        "busy and to try again (about 30 s of waiting at 3 answers/s).",
    )
    queue_status_every_s: float = Field(
        2.0, gt=0, le=60,
        description="How often a waiting browser is told its place in the queue, in seconds. "
        "Gradio's default re-sends every place to every waiting browser whenever an answer "
        "starts, which costs the server more than the answers do with 50 learners waiting.",
    )
    host: str = Field("127.0.0.1", description="Address the web app listens on.")
    port: int = Field(7860, ge=1, le=65535, description="Port the web app listens on.")
    log_level: str = Field("INFO", description="Python logging level.")

    @field_validator("collection")
    @classmethod
    def _collection_name(cls, value: str) -> str:
        if len(value) < 3:
            raise ValueError("ASSISTANT_COLLECTION needs at least 3 characters (Chroma rule)")
        return value

    @field_validator(
        "chroma_url", "llm_base_url", "llm_api_key", "database_url", "catalog_url",
        "instructor_password_hash",
        "session_secret", "embed_base_url", "embed_api_key", "help_resources",
    )
    @classmethod
    def _empty_url_is_none(cls, value: str | None) -> str | None:
        return value or None

    @field_validator("coverage")
    @classmethod
    def _coverage_mode(cls, value: str) -> str:
        if value.strip().lower() not in ("calibrated", "threshold"):
            raise ValueError("ASSISTANT_COVERAGE must be 'calibrated' or 'threshold'")
        return value.strip().lower()

    @field_validator("help_resources_file", mode="before")
    @classmethod
    def _empty_path_is_none(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("concurrency", "llm_concurrency", mode="before")
    @classmethod
    def _empty_count_is_none(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @property
    def answer_concurrency(self) -> int:
        """How many answers one process computes at once (see ``concurrency``, ``llm_concurrency``)."""
        if self.llm.strip() in ("", "extractive"):
            return self.concurrency or min(4, (os.cpu_count() or 1) + 2)
        if self.llm_concurrency is not None:
            return self.llm_concurrency
        return 1 if self.llm.strip().startswith("llamacpp:") else 2

    @property
    def event_concurrency(self) -> int:
        """How many runs of any other event (course, quiz, Civicly, instructor) at once."""
        return self.concurrency or min(4, (os.cpu_count() or 1) + 2)

    @property
    def index_dir(self) -> Path:
        """Embedded Chroma lives here."""
        return self.data_dir / "chroma"

    @property
    def lexical_dir(self) -> Path:
        """Persisted BM25 indexes, one per language."""
        return self.data_dir / "lexical"

    @property
    def store_url(self) -> str:
        """Database of learner records: the configured URL or SQLite in ``data_dir``."""
        return self.database_url or f"sqlite:///{(self.data_dir / 'learners.sqlite3').resolve()}"

    @property
    def catalog_path(self) -> Path:
        """SQLite catalogue of ingested documents and chunks (unless ``catalog_url`` is set)."""
        return self.data_dir / "catalog.sqlite3"


def load_settings(**overrides: object) -> Settings:
    """Build settings from the environment, turning validation errors into advice."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValueError as exc:
        raise ConfigError(
            f"Invalid configuration: {exc}. Check your ASSISTANT_* environment variables "
            "or .env file against the README's configuration table."
        ) from exc
