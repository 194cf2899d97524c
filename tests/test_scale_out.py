"""N app instances + one Chroma server + one PostgreSQL, for real (README, "Deploying for a cohort").

Two ``python app.py`` processes, each on its own port and data directory, share
one ``chroma run`` (the vectors) and one PostgreSQL database (learner records,
instructor sessions and the ingest catalogue), with the settings the production
``docker-compose.yml`` gives them. Material uploaded through one instance is
answered by the other; an instance killed mid-ingest leaves the other answering,
and nothing committed is lost, half-written or duplicated.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa
from gradio_client import Client

from assistant.auth import hash_password
from assistant.config import Settings, load_settings
from assistant.rag.catalog import Catalog
from assistant.rag.catalog_schema import CLAIM_LIFETIME, documents
from assistant.rag.embeddings import FakeEmbedder
from assistant.rag.index import VectorStore
from tests.browser_support import AppProcess, free_port
from tests.conftest import SAMPLE_CORPUS, throwaway_database
from tests.gradio_queue import PageSession

pytestmark = pytest.mark.server

SECRET = "scale-out-" + "k3" * 16
PASSWORD = "two instances, one course"
INSTRUCTOR = "instructor:"
#: Small files, then one large one, in the upload that is killed half-way.
BATCH = 12
BIG = "instructor:depot-big"


class Cohort:
    """The two instances and what the test reads the shared state with."""

    def __init__(self, root: Path, database: str, chroma_url: str) -> None:
        env = {
            "ASSISTANT_SESSION_SECRET": SECRET,
            "ASSISTANT_INSTRUCTOR_PASSWORD_HASH": hash_password(PASSWORD, n=2**10),
            "ASSISTANT_DATABASE_URL": database,
            "ASSISTANT_CATALOG_URL": database,
            "ASSISTANT_CHROMA_URL": chroma_url,
            "ASSISTANT_COLLECTION": "scale-out",
            "ASSISTANT_CORPUS_DIR": str(SAMPLE_CORPUS),
            "ASSISTANT_CONCURRENCY": "2",
        }
        self.one = AppProcess(root / "one" / "data", free_port(), env=env)
        self.two = AppProcess(root / "two" / "data", free_port(), env=env)
        self.database = database
        self.settings: Settings = load_settings(
            data_dir=root / "observer",
            embedder="fake",
            chroma_url=chroma_url,
            collection="scale-out",
            catalog_url=database,
            corpus_dir=SAMPLE_CORPUS,
        )

    def state(self) -> tuple[Catalog, set[str]]:
        """The shared catalogue (caller closes it) and the ids of every vector on the server."""
        catalog = Catalog(url=self.database)
        return catalog, VectorStore(self.settings, FakeEmbedder()).all_ids()


@pytest.fixture(scope="module")
def cohort(tmp_path_factory, postgres_url, chroma_url) -> Iterator[Cohort]:
    root = tmp_path_factory.mktemp("scale-out")
    (root / "one").mkdir()
    (root / "two").mkdir()
    with throwaway_database(postgres_url, "agora_cohort") as database:
        cohort = Cohort(root, database, chroma_url)
        try:
            cohort.one.start()
            cohort.two.start()
            yield cohort
        finally:
            cohort.one.stop()
            cohort.two.stop()


def instructor_tab(app: AppProcess) -> PageSession:
    """A logged-in instructor's browser tab on ``app``."""
    client = httpx.Client(base_url=app.url, timeout=60, follow_redirects=True)
    client.get("/").raise_for_status()
    tab = PageSession(client)
    outputs = tab.call([PASSWORD, "en"], elem_id="ins-login")
    assert "✅" in str(outputs[-1].get("data")), outputs[-1]
    return tab


def ask(app: AppProcess, question: str) -> str:
    """A new learner on ``app`` asks once; the answer's text."""
    client = Client(app.url, verbose=False, httpx_kwargs={"timeout": 120})
    try:
        history = client.predict(question, [], "auto", False, "en", api_name="/respond")[0]
    finally:
        client.close()
    return str(history[-1]["content"])


def material(folder: Path, count: int) -> list[Path]:
    """``count`` short notes about depots, then a longer one (~130 chunks)."""
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for n, paragraphs in [*((n, 12) for n in range(count)), ("big", 1200)]:
        lines = [
            f"Depot {n} keeps winter grit for district {p}. Crew {p} loads lorry {n} at "
            f"dawn and logs every tonne in ledger {n}-{p}."
            for p in range(paragraphs)
        ]
        path = folder / f"depot-{n if n == 'big' else f'{n:02d}'}.md"
        path.write_text(f"# Depot {n}\n\n" + "\n\n".join(lines) + "\n", "utf-8")
        files.append(path)
    return files


def assert_consistent(cohort: Cohort, *, orphans_claimed: bool) -> dict[str, int]:
    """Every document whole, every listed chunk has its vector, each chunk id once.

    ``orphans_claimed``: vectors no document lists may remain only while an ingest's
    claim on them lasts (a killed instance's, until it lapses); otherwise none.
    Returns the chunk count of each instructor document.
    """
    catalog, vectors = cohort.state()
    try:
        documents = catalog.documents()
        listed = catalog.chunk_ids()
        for doc_id, record in documents.items():
            assert len(catalog.document_chunks(doc_id, 10_000)) == record.chunk_count, doc_id
        assert listed <= vectors, "a listed chunk has no vector"
        extra = vectors - listed
        if orphans_claimed:
            assert extra <= catalog.wanted_ids(), "an unclaimed leftover vector"
        else:
            assert not extra, f"{len(extra)} leftover vectors"
        return {d: r.chunk_count for d, r in documents.items() if d.startswith(INSTRUCTOR)}
    finally:
        catalog.close()


def test_both_instances_start_on_one_course_without_duplicating_it(cohort):
    assert_consistent(cohort, orphans_claimed=False)
    catalog, vectors = cohort.state()
    try:
        course = [d for d in catalog.documents() if d.startswith("course:")]
        assert len(course) == 6 and len(vectors) == catalog.chunk_count()
    finally:
        catalog.close()
    for app in (cohort.one, cohort.two):
        assert "minimi" in ask(app, "What does data minimisation mean?").lower()


def test_material_uploaded_through_one_instance_is_answered_by_the_other(cohort, tmp_path):
    note = tmp_path / "zebra-crossings.md"
    note.write_text(
        "# Zebra crossings\n\nA zebra crossing gives pedestrians priority over "
        "cars, and drivers must stop for anyone waiting at its kerb.\n",
        "utf-8",
    )
    question = "Who has priority at a zebra crossing?"
    assert "pedestrians priority" not in ask(cohort.two, question)

    tab = instructor_tab(cohort.one)
    report = tab.call([tab.upload(note), "en", "", "en"], api_name="material_upload")
    assert "instructor:zebra-crossings" in str(report[-1]["data"]), report[-1]
    # Hidden until published, on every instance.
    assert "pedestrians priority" not in ask(cohort.two, question)
    published = tab.call(["instructor:zebra-crossings", "en"], api_name="material_publish")
    assert not published[-1].get("error"), published[-1]

    answer = ask(cohort.two, question)
    assert "pedestrians priority" in answer and "Zebra crossings" in answer
    assert_consistent(cohort, orphans_claimed=False)


def test_an_instance_killed_mid_ingest_loses_and_duplicates_nothing(cohort, tmp_path):
    files = material(tmp_path / "batch", BATCH)
    tab = instructor_tab(cohort.one)
    values = tab.upload(*files)
    fn = tab.fn_index(api_name="material_upload")
    catalog = Catalog(url=cohort.database)
    vectors = VectorStore(cohort.settings, FakeEmbedder())
    seen: list[dict] = []
    with _held_document_id(cohort.database, BIG) as blocked:
        # The instance writes every vector, lists the twelve small files, then waits
        # on the large one's catalogue row, which an open transaction here holds:
        # it is killed there, every time, however fast the machine.
        worker = threading.Thread(
            target=lambda: seen.extend(_until_cut(tab, fn, [values, "en", "", "en"])), daemon=True
        )
        worker.start()
        try:
            deadline = time.monotonic() + 180
            while not blocked():
                assert time.monotonic() < deadline, "the upload never reached the large file"
                assert worker.is_alive(), f"the upload ended before the large file: {seen[-1:]}"
                time.sleep(0.05)
            assert any(i.startswith(BIG + "::") for i in vectors.all_ids())
            cohort.one.process.kill()  # SIGKILL: no cleanup, no rollback handler
            cohort.one.process.wait(timeout=20)
        except BaseException:
            catalog.close()
            raise
    try:
        committed = _depots(catalog)
        assert BIG not in catalog.documents(), "the large file was committed"
    finally:
        catalog.close()
    worker.join(timeout=30)
    assert committed == BATCH
    assert not any(m.get("msg") == "process_completed" and m.get("success") for m in seen)

    # The other instance answers on, from what was committed.
    assert "minimi" in ask(cohort.two, "What does data minimisation mean?").lower()
    chunks = assert_consistent(cohort, orphans_claimed=True)
    depots = {d: c for d, c in chunks.items() if d.startswith("instructor:depot-")}
    assert len(depots) == committed
    left = {i for i in vectors.all_ids() if i.startswith(BIG + "::")}
    assert left, "the dead run's vectors should be on the server, claimed"

    # The other instance's ingests of the same source spare the dead run's claimed
    # vectors, and sweep them once its claims lapse (an hour on the clock; moved back here).
    note = tmp_path / "winter-grit.md"
    note.write_text("# Winter grit\n\nGrit is spread before frost, not after.\n", "utf-8")
    other = instructor_tab(cohort.two)
    other.call([other.upload(note), "en", "", "en"], api_name="material_upload")
    assert {i for i in vectors.all_ids() if i.startswith(BIG + "::")} == left
    lapsed = (datetime.now(UTC) - CLAIM_LIFETIME * 2).strftime("%Y-%m-%d %H:%M:%S")
    engine = sa.create_engine(cohort.database)
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE claims SET claimed_at = :t"), {"t": lapsed})
    engine.dispose()
    other.call([other.upload(note), "en", "", "en"], api_name="material_upload")
    assert not any(i.startswith(BIG + "::") for i in vectors.all_ids())
    swept = assert_consistent(cohort, orphans_claimed=False)
    assert {d: swept[d] for d in depots} == depots

    # The instance comes back on its data directory (as `restart: unless-stopped` does) and
    # the instructor uploads the same files again: those committed before are unchanged.
    cohort.one.start()
    tab = instructor_tab(cohort.one)
    report = str(tab.call([tab.upload(*files), "en", "", "en"], api_name="material_upload")[-1])
    assert report.count("⚠️") == 0, report[:2000]
    after = assert_consistent(cohort, orphans_claimed=False)
    depots_after = {d: c for d, c in after.items() if d.startswith("instructor:depot-")}
    assert len(depots_after) == BATCH + 1 and depots_after[BIG] >= len(left)
    assert {d: depots_after[d] for d in depots} == depots


@contextmanager
def _held_document_id(database: str, doc_id: str) -> Iterator[Callable[[], bool]]:
    """Hold ``doc_id``'s catalogue row in an open transaction; rolled back on exit.

    Yields a check: whether another connection is waiting for that row's lock (an
    ingest listing the document blocks on the uncommitted row until it ends).
    """
    engine = sa.create_engine(database)
    try:
        with engine.connect() as conn, conn.begin() as transaction:
            placeholder = {
                "doc_id": doc_id,
                "source": "instructor",
                "source_root": "",
                "path": "",
                "doc_hash": "",
                "title": "",
                "module": "",
                "language": "en",
                "chunk_count": 0,
                "updated_at": "",
            }
            conn.execute(documents.insert().values(**placeholder))
            me = conn.execute(sa.text("SELECT pg_backend_pid()")).scalar_one()
            waiting = sa.text(
                "SELECT count(*) FROM pg_stat_activity "
                "WHERE wait_event_type = 'Lock' AND :me = ANY(pg_blocking_pids(pid))"
            )

            def blocked() -> bool:
                with engine.connect() as probe:
                    return bool(probe.execute(waiting, {"me": me}).scalar_one())

            try:
                yield blocked
            finally:
                transaction.rollback()
    finally:
        engine.dispose()


def _until_cut(tab: PageSession, fn: int, data: list) -> Iterator[dict]:
    """The upload's messages until it ends or its instance dies under it."""
    try:
        yield from tab.events(fn, data)
    except httpx.HTTPError:
        return


def _depots(catalog: Catalog) -> int:
    return sum(d.startswith("instructor:depot-") for d in catalog.documents())
