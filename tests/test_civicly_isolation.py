"""The Civicly sandbox is per learner: the attacker's view of the security review.

One app serves many learners. What a learner types (a citizen message with a
name, a phone number and an address), their overrides and a model they train
on their own upload belong to them: another session never sees them, nothing
is kept unmasked, and only the instructor's shared retraining changes what
everybody gets.
"""

from __future__ import annotations

import json

import pytest

from assistant.rag.embeddings import FakeEmbedder
from tests.test_civicly import rows, write_csv

ALICE, BOB = "a" * 32, "b" * 32
#: A citizen message with personal data the detector masks, in English and in French.
PERSONAL = "My name is John Smith, call me on 0612345678, I live at 12 Oak Street. Water leak."
PERSONAL_FR = "Je m'appelle Marie Dupont, tel 06 12 34 56 78, 12 rue de la Paix. Fuite d'eau."
RAW = ("John Smith", "0612345678", "12 Oak Street", "Marie Dupont", "06 12 34 56 78")


class Clock:
    """A clock the test moves by hand (seconds)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def sandbox(tmp_path, monkeypatch, clock):
    from assistant.config import load_settings
    from assistant.exercises.civicly_triage import sandbox as sandbox_module

    folder = tmp_path / "builtin"
    folder.mkdir()
    write_csv(folder / "historical.csv", rows())
    write_csv(folder / "holdout.csv", rows(2))
    monkeypatch.setattr(sandbox_module, "BUILTIN_DATA", folder / "historical.csv")
    settings = load_settings(data_dir=tmp_path / "data", embedder="fake")
    return sandbox_module.CivicSandbox(
        settings, FakeEmbedder(), max_private_models=2, idle_seconds=600, clock=clock
    )


def upload(tmp_path, name: str, swap: bool = False):
    """A training file of the test rows; ``swap`` trades the roads and water labels."""
    trade = {"roads": "water", "water": "roads"} if swap else {}
    data = [
        {"msg": r["description"], "dept": trade.get(r["service_code"], r["service_code"])}
        for r in rows()
    ]
    return write_csv(tmp_path / name, data)


MAPPING = {"description": "msg", "service_code": "dept"}


def typed(sandbox, owner):
    return [item for item in sandbox.queue(owner) if item.request_id.startswith("NEW-")]


def test_a_message_typed_by_one_learner_never_reaches_another(sandbox):
    sandbox.classify(ALICE, PERSONAL, "North")
    assert typed(sandbox, BOB) == []
    assert typed(sandbox, None) == []  # nor a visitor without a session
    everything_bob_sees = json.dumps([vars(i) for i in sandbox.queue(BOB)], ensure_ascii=False)
    assert not any(raw in everything_bob_sees for raw in RAW)
    # Bob cannot override (or even find) Alice's message by guessing its id.
    with pytest.raises(Exception, match="No request"):
        sandbox.override(BOB, "NEW-0001", "roads", "critical", "guessing ids")


def test_what_a_learner_sees_of_their_own_message_is_masked(sandbox):
    result = sandbox.classify(ALICE, PERSONAL, "12 Oak Street")
    assert result.routing.predicted == "water"  # classification used the raw text
    sandbox.classify(ALICE, PERSONAL_FR)
    mine = typed(sandbox, ALICE)
    assert len(mine) == 2
    for item in mine:
        assert not any(raw in item.text or raw in item.district for raw in RAW), item
    texts = {item.text for item in mine}
    assert "My name is [NAME], call me on [PHONE], I live at [ADDRESS]. Water leak." in texts
    assert any("[NAME]" in text and "[PHONE]" in text for text in texts - {PERSONAL})
    # Nothing the sandbox keeps holds the raw text, in memory included.
    kept = repr(sandbox._workspaces)
    assert not any(raw in kept for raw in RAW)


def test_the_overrides_file_holds_no_raw_personal_data_and_names_the_owner(sandbox):
    sandbox.classify(ALICE, PERSONAL)
    entry = sandbox.override(
        ALICE, "NEW-0001", "roads", "critical", "John Smith (0612345678) says it is urgent"
    )
    assert entry.reviewer == ALICE
    stored = (sandbox.folder / "overrides.jsonl").read_text("utf-8")
    assert not any(raw in stored for raw in RAW), stored
    line = json.loads(stored.splitlines()[-1])
    assert line["reviewer"] == ALICE and "[PHONE]" in line["reason"] and "[NAME]" in line["text"]


def test_an_override_of_the_shared_sample_changes_only_the_owners_queue(sandbox):
    first = sandbox.queue(ALICE)[0]
    level = "low" if first.level != "low" else "critical"
    sandbox.override(ALICE, first.request_id, first.department, level, "local knowledge")
    alice = {i.request_id: i for i in sandbox.queue(ALICE)}
    bob = {i.request_id: i for i in sandbox.queue(BOB)}
    assert alice[first.request_id].level == level
    assert bob[first.request_id].level == first.level


def test_private_training_changes_only_the_trainers_model(sandbox, tmp_path):
    shared = sandbox.model_for(ALICE)
    model, errors = sandbox.train_on(
        BOB, upload(tmp_path, "bob.csv", swap=True), MAPPING, shared=False
    )
    assert errors == [] and sandbox.has_private_model(BOB) and not sandbox.has_private_model(ALICE)
    assert sandbox.model_for(BOB) is model and sandbox.model_for(ALICE) is shared
    assert sandbox.model is shared  # the shared model is untouched...
    assert not (sandbox.folder / "models" / model.version).exists()  # ...and so is the disk
    text = "water leak at Oak road"
    assert sandbox.classify(ALICE, text).routing.predicted == "water"
    assert sandbox.classify(BOB, text).routing.predicted == "roads"
    assert sandbox.audit(ALICE)["macro_f1"] > sandbox.audit(BOB)["macro_f1"]
    assert "roads" in sandbox.departments(BOB)


def test_shared_retraining_changes_the_model_for_everybody(sandbox, tmp_path):
    before = sandbox.model
    model, _ = sandbox.train_on(ALICE, upload(tmp_path, "all.csv", swap=True), MAPPING, shared=True)
    assert model is not before and sandbox.model is model
    assert sandbox.model_for(BOB) is model and sandbox.model_for(None) is model
    assert (sandbox.folder / "models" / "latest").read_text("utf-8") == model.version
    assert sandbox.classify(BOB, "water leak at Oak road").routing.predicted == "roads"


def test_without_a_session_nothing_is_written(sandbox, tmp_path):
    from assistant.errors import AssistantError
    from assistant.exercises.civicly_triage.sandbox import NoSessionError

    assert issubclass(NoSessionError, AssistantError)
    path = upload(tmp_path, "anon.csv", swap=True)
    shared = sandbox.model
    for write in (
        lambda: sandbox.classify(None, PERSONAL),
        lambda: sandbox.override(None, sandbox.queue(None)[0].request_id, "roads", "low", "x"),
        lambda: sandbox.train_on(None, path, MAPPING, shared=False),
        lambda: sandbox.train_on(None, path, MAPPING, shared=True),
        lambda: sandbox.classify("", PERSONAL),
    ):
        with pytest.raises(NoSessionError, match="[Rr]eload the page"):
            write()
    assert sandbox.model is shared and sandbox._workspaces == {}
    assert not (sandbox.folder / "overrides.jsonl").exists()
    assert sandbox.queue(None) and sandbox.audit(None)["n"] > 0  # reading is fine


def test_private_models_are_bounded_least_recently_used_first(sandbox, tmp_path, clock):
    path = upload(tmp_path, "mine.csv", swap=True)
    carol = "c" * 32
    for owner in (ALICE, BOB):
        sandbox.train_on(owner, path, MAPPING, shared=False)
        clock.now += 1
    sandbox.queue(ALICE)  # Alice used hers more recently than Bob
    clock.now += 1
    sandbox.train_on(carol, path, MAPPING, shared=False)  # a third one: over the bound of 2
    assert sandbox.has_private_model(ALICE) and sandbox.has_private_model(carol)
    assert not sandbox.has_private_model(BOB)
    assert sandbox.model_for(BOB) is sandbox.model  # back to the shared model


def test_idle_workspaces_expire(sandbox, clock):
    sandbox.classify(ALICE, PERSONAL)
    sandbox.classify(BOB, "pothole on Main street")
    clock.now += 500
    sandbox.queue(BOB)  # Bob is active, Alice is not
    clock.now += 200  # Alice idle 700 s > 600 s; Bob 200 s
    assert typed(sandbox, ALICE) == [] and len(typed(sandbox, BOB)) == 1
    assert ALICE not in sandbox._workspaces


def test_workspaces_are_bounded_and_messages_capped(tmp_path, monkeypatch):
    from assistant.config import load_settings
    from assistant.exercises.civicly_triage import sandbox as sandbox_module

    folder = tmp_path / "builtin"
    folder.mkdir()
    write_csv(folder / "historical.csv", rows())
    write_csv(folder / "holdout.csv", rows(2))
    monkeypatch.setattr(sandbox_module, "BUILTIN_DATA", folder / "historical.csv")
    settings = load_settings(data_dir=tmp_path / "data", embedder="fake")
    sandbox = sandbox_module.CivicSandbox(settings, FakeEmbedder(), max_owners=2, max_messages=3)
    for owner in ("o1", "o2", "o3"):
        sandbox.classify(owner, "pothole on Main street")
    assert list(sandbox._workspaces) == ["o2", "o3"]
    for _ in range(4):
        sandbox.classify("o3", "pothole on Main street")
    ids = [item.request_id for item in typed(sandbox, "o3")]
    assert sorted(ids) == ["NEW-0003", "NEW-0004", "NEW-0005"]  # the oldest dropped, ids not reused


# -- the web tab and the exercise checks take the learner from the session -------------------


def handlers_of(sandbox):
    import gradio as gr

    from assistant.web.civicly import build_tab

    with gr.Blocks() as demo:
        build_tab(sandbox)
    return {fn.name: fn.fn for fn in demo.fns.values() if fn.name.startswith("on_")}


def test_the_tab_keeps_each_sessions_messages_apart(sandbox, tmp_path):
    from assistant.web.identity import FakeRequest

    on = handlers_of(sandbox)
    alice, bob = FakeRequest(ALICE), FakeRequest(BOB)
    text, table = on["on_classify"](alice, PERSONAL, "North", "en")
    assert "⚠" not in text
    shown = json.dumps(table["data"], ensure_ascii=False)
    assert "[PHONE]" in shown and not any(raw in shown for raw in RAW)
    bob_table, _ = on["on_refresh"](bob, "en")
    assert not any(row[0].startswith("NEW-") for row in bob_table["data"])
    # Bob's private training leaves Alice on the shared model; the tab says "only for you".
    mapping = "description=msg, service_code=dept"
    trained = on["on_train"](bob, str(upload(tmp_path, "b.csv", swap=True)), mapping, "en")
    assert "only for you" in trained
    assert sandbox.has_private_model(BOB) and sandbox.model_for(ALICE) is sandbox.model
    # Without a session the tab refuses to write and says what to do, in the learner's language.
    for refused in (
        on["on_classify"](None, PERSONAL, "", "en")[0],
        on["on_override"](FakeRequestWithout(), "NEW-0001", "roads", "low", "x", "en")[0],
        on["on_train"](None, str(upload(tmp_path, "c.csv")), mapping, "en"),
    ):
        assert refused.startswith("⚠") and "reload the page" in refused.lower()
    assert "Rechargez la page" in on["on_classify"](None, PERSONAL, "", "fr")[0]
    assert set(sandbox._workspaces) == {ALICE, BOB}


class FakeRequestWithout:
    """A request that reached the handler without a session (no middleware in front)."""

    session = None


def test_exercise_checks_read_the_asking_learners_queue(sandbox):
    from assistant.exercises.checks import import_builtin_checks
    from assistant.web.exercise_data import CheckContext

    import_builtin_checks()
    sandbox.classify(ALICE, PERSONAL)
    context = CheckContext(sandbox=sandbox)
    alice_queue, _ = context.queue(ALICE)
    bob_queue, _ = context.queue(BOB)
    assert "NEW-0001" in {i["request_id"] for i in alice_queue}
    assert "NEW-0001" not in {i["request_id"] for i in bob_queue}
    data, reason = context.data_for("civicly_batch_classified", {}, BOB)
    assert reason is None and "NEW-0001" not in {i["request_id"] for i in data["queue"]}


def test_the_learner_is_read_from_a_real_gradio_request():
    """gr.Request hands out ``session`` as a copy that is no mapping; the id must still be read."""
    import gradio as gr
    from starlette.requests import Request

    from assistant.web.identity import learner_of

    scope = {"type": "http", "headers": [], "session": {"learner": ALICE, "sid": BOB}}
    assert learner_of(gr.Request(request=Request(scope))) == ALICE
    assert learner_of(gr.Request(request=Request({"type": "http", "headers": []}))) is None
