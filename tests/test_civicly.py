import csv
import json

import pytest

from assistant.cli import main
from assistant.errors import ConfigError, IndexMismatchError
from assistant.exercises.civicly_triage import audit as metrics
from assistant.exercises.civicly_triage.evaluate import audit, evaluate_files
from assistant.exercises.civicly_triage.records import load_records, parse_mapping
from assistant.exercises.civicly_triage.router import NEEDS_REVIEW
from assistant.exercises.civicly_triage.service import load, save, train
from assistant.exercises.civicly_triage.urgency import combine, level_for, matched_rules
from assistant.rag.embeddings import FakeEmbedder
from assistant.web.identity import FakeRequest

OWNER = "0" * 32  # a learner id, as the server-side session gives it

TEMPLATES = {
    "roads": [
        "pothole on {s} street",
        "nid de poule rue {s}",
        "bache en la calle {s}",
        "buraco na rua {s}",
        "حفرة في شارع {s}",
    ],
    "water": [
        "water leak at {s} road",
        "fuite d'eau rue {s}",
        "fuga de agua en {s}",
        "vazamento de agua na {s}",
        "تسرب مياه في شارع {s}",
    ],
    "lighting": [
        "street light broken on {s}",
        "lampadaire en panne rue {s}",
        "farola rota en {s}",
        "poste de luz apagado na {s}",
        "عمود إنارة معطل في {s}",
    ],
}
LANGS = ["en", "fr", "es", "pt", "ar"]
STREETS = ["Main", "Oak", "Cedar", "Pine", "Elm", "Lake", "Hill", "Park"]


def rows(n_per=8):
    out = []
    for dept, templates in TEMPLATES.items():
        for i in range(n_per):
            for lang, template in zip(LANGS, templates, strict=True):
                out.append(
                    {
                        "service_request_id": f"{dept}-{lang}-{i}",
                        "description": template.format(s=STREETS[i % len(STREETS)]),
                        "service_code": dept,
                        "language": lang,
                        "district": "North" if i % 2 else "South",
                        "priority": "high" if (dept == "water" and i % 2) else "low",
                    }
                )
    return out


def write_csv(path, data):
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(data[0]))
        writer.writeheader()
        writer.writerows(data)
    return path


@pytest.fixture
def data_file(tmp_path):
    return write_csv(tmp_path / "history.csv", rows())


@pytest.fixture
def model(data_file):
    records, errors = load_records(data_file)
    assert not errors
    return train(records, FakeEmbedder())


# -- records ---------------------------------------------------------------


def test_rows_with_problems_are_reported_not_dropped(tmp_path):
    data = rows(1)[:3] + [
        {
            "service_request_id": "x1",
            "description": "",
            "service_code": "roads",
            "language": "en",
            "district": "",
            "priority": "",
        },
        {
            "service_request_id": "x2",
            "description": "ok text",
            "service_code": "roads",
            "language": "de",
            "district": "",
            "priority": "",
        },
        {
            "service_request_id": "x3",
            "description": "ok text",
            "service_code": "roads",
            "language": "en",
            "district": "",
            "priority": "urgent!",
        },
    ]
    records, errors = load_records(write_csv(tmp_path / "d.csv", data))
    assert len(records) == 3 and len(errors) == 3
    assert [(e.row, e.column) for e in errors] == [
        (5, "description"),
        (6, "language"),
        (7, "priority"),
    ]
    assert "one of" in errors[2].reason


def test_column_mapping_and_json_input(tmp_path):
    path = tmp_path / "d.json"
    path.write_text(
        json.dumps([{"msg": "pothole", "dept": "roads", "when": "2024-01-02T10:00:00"}]), "utf-8"
    )
    records, errors = load_records(
        path, parse_mapping(["description=msg", "service_code=dept", "requested_datetime=when"])
    )
    assert records[0].description == "pothole" and records[0].service_code == "roads" and not errors
    with pytest.raises(ConfigError, match="not in the file"):
        load_records(path, {"description": "nope"})
    with pytest.raises(ConfigError, match="Unknown field"):
        load_records(path, {"colour": "msg"})
    with pytest.raises(ConfigError, match="FIELD=COLUMN"):
        parse_mapping(["description"])
    bad = tmp_path / "bad.json"
    bad.write_text('[{"text": "a", "requested_datetime": "yesterday"}]', "utf-8")
    _, errors = load_records(bad)
    assert errors[0].column == "requested_datetime"


def test_missing_text_column_is_a_clear_error(tmp_path):
    path = write_csv(tmp_path / "d.csv", [{"a": "1", "b": "2"}])
    with pytest.raises(ConfigError, match="No text column"):
        load_records(path)


# -- urgency ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Strong smell of gas near the school", "gas"),
        ("Il y a une fuite de gaz dans l'immeuble", "gas"),
        ("Incendio en el contenedor", "fire"),
        ("Fio desencapado no poste", "electrical"),
        ("رجل مصاب بعد سقوط عمود", "injury"),
        ("والمياه تغمر الرصيف منذ الصباح", "flooding"),
        ("Un enfant est tombé dans le trou", "vulnerable-person"),
    ],
)
def test_safety_rules_in_five_languages(text, rule):
    assert rule in {r.id for r, _ in matched_rules(text)}


def test_noisy_or_combination_by_hand():
    plain = combine(0.5, "broken bench", model_weight=0.9)
    assert plain.score == pytest.approx(0.45) and plain.level == "medium"
    gas = combine(0.5, "gas leak and fire", model_weight=0.9)
    # 1 - (1 - 0.45) * (1 - 0.7) * (1 - 0.7)
    assert gas.score == pytest.approx(1 - 0.55 * 0.3 * 0.3, abs=1e-4)
    assert gas.level == "critical"
    assert {r for r, _, _ in gas.matched_rules} == {"gas", "fire"}
    assert level_for(0.6) == "high" and level_for(0.34) == "low"


# -- audit metrics ---------------------------------------------------------


def test_classification_metrics_by_hand():
    truth = ["a", "a", "b", "c"]
    predicted = ["a", "b", "b", "b"]
    assert metrics.accuracy(truth, predicted) == 0.5
    # F1: a = 2/3, b = 2*1/(2+2+0) = 0.5, c = 0
    assert metrics.macro_f1(truth, predicted) == pytest.approx((2 / 3 + 0.5 + 0) / 3)
    assert metrics.confusion(truth, predicted) == {
        "labels": ["a", "b", "c"],
        "matrix": [[1, 1, 0], [0, 1, 0], [0, 1, 0]],
    }


def test_fairness_table_disparity_ratios():
    truth = ["x"] * 8
    predicted = ["x", "x", "x", "x", "x", "y", "y", "y"]
    groups = ["en"] * 4 + ["ar"] * 4
    table = metrics.fairness_table(truth, predicted, groups, ["x", "y"])
    assert table["groups"]["en"]["accuracy"] == 1.0
    assert table["groups"]["ar"]["accuracy"] == 0.25
    assert table["groups"]["ar"]["accuracy_ratio"] == 0.25
    assert table["flagged"] == ["ar"]


def test_calibration_and_urgent_recall_by_hand():
    result = metrics.calibration([0.95, 0.95, 0.55, 0.55], [True, False, True, True], bins=10)
    # bin 0.9: conf .95 acc .5 ; bin 0.5: conf .55 acc 1.0 -> ECE = .5*.45 + .5*.45
    assert result["ece"] == pytest.approx(0.45)
    assert metrics.urgent_recall_at_k(
        [0.9, 0.8, 0.8, 0.1], [True, False, True, True], 2
    ) == pytest.approx(1 / 3)


def test_override_log_keeps_everything(tmp_path):
    log = metrics.OverrideLog(tmp_path / "overrides.jsonl")
    entry = metrics.Override(
        "r1", "texte", "roads", "water", "low", "high", "burst pipe, not pothole", "ana"
    )
    log.record(entry)
    assert log.entries()[0].reason == "burst pipe, not pothole" and log.entries()[0].at
    with pytest.raises(ConfigError, match="reason"):
        log.record(metrics.Override("r2", "t", "roads", "water", "low", "low", " "))
    with pytest.raises(ConfigError, match="Nothing to override"):
        log.record(metrics.Override("r3", "t", "roads", "roads", "low", "low", "same"))


# -- model -----------------------------------------------------------------


def test_router_learns_departments_and_explains(model):
    result = model.classify("pothole on Main street", explain=True)
    assert result.routing.predicted == "roads"
    assert result.routing.ranking[0][0] == "roads"
    assert result.explanation.similar_cases[0].department == "roads"
    assert result.explanation.terms_for
    assert result.elapsed_ms > 0


def test_low_confidence_needs_review(data_file):
    records, _ = load_records(data_file)
    strict = train(records, FakeEmbedder(), review_threshold=0.99)
    routing = strict.classify("something unrelated entirely").routing
    assert routing.needs_review and routing.department == NEEDS_REVIEW


def test_save_load_roundtrip_and_embedder_check(model, tmp_path):
    save(model, tmp_path)
    loaded = load(tmp_path, FakeEmbedder())
    assert loaded.version == model.version
    assert loaded.classify("fuite d'eau rue Oak").routing.predicted == "water"
    with pytest.raises(IndexMismatchError, match="Retrain"):
        load(tmp_path, FakeEmbedder(32))
    with pytest.raises(ConfigError, match="civicly train"):
        load(tmp_path / "empty", FakeEmbedder())


def test_training_input_errors(data_file):
    records, _ = load_records(data_file)
    with pytest.raises(ConfigError, match="at least 10"):
        train(records[:5], FakeEmbedder())
    lonely = records[:12] + [records[-1].__class__("z", "odd one", "permits")]
    with pytest.raises(ConfigError, match="fewer than 3"):
        train(lonely, FakeEmbedder())


def test_audit_report(model, data_file):
    records, _ = load_records(data_file)
    report = audit(model, records)
    assert report["n"] == len(records)
    assert set(report["by_language"]["groups"]) == set(LANGS)
    # ECE is the bins' size-weighted gap between confidence and accuracy.
    bins = report["calibration"]["bins"]
    assert sum(b["n"] for b in bins) == len(records)
    gap = sum(b["n"] / len(records) * abs(b["confidence"] - b["accuracy"]) for b in bins)
    assert report["calibration"]["ece"] == pytest.approx(gap, abs=1e-3)
    assert report["urgency"]["urgent_cases"] == 20
    assert report["accuracy"] > 0.8


def test_evaluator_contract_on_any_columns(tmp_path):
    data = [{"txt": r["description"], "y": r["service_code"], "lg": r["language"]} for r in rows()]
    train_path = write_csv(tmp_path / "a.csv", data[::2])
    test_path = write_csv(tmp_path / "b.csv", data[1::2])
    result = evaluate_files(
        train_path,
        test_path,
        text_column="txt",
        label_column="y",
        language_column="lg",
        embedder=FakeEmbedder(),
    )
    assert set(result) >= {"n", "accuracy", "macro_f1", "per_language", "baseline_macro_f1"}
    assert result["n"] == len(data[1::2])
    assert set(result["per_language"]) == set(LANGS)
    with pytest.raises(ConfigError, match="no column"):
        evaluate_files(
            train_path, test_path, text_column="nope", label_column="y", embedder=FakeEmbedder()
        )


def test_civicly_cli(tmp_path, data_file, monkeypatch, capsys):
    monkeypatch.setenv("ASSISTANT_EMBEDDER", "fake")
    assert main(["civicly", "train", "--data", str(data_file), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["trained_on"] == 120 and summary["rejected_rows"] == []
    assert main(["civicly", "classify", "farola rota en la calle Pine", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["routing"]["predicted"] == "lighting"
    out = tmp_path / "eval.json"
    assert (
        main(
            [
                "civicly",
                "evaluate",
                "--train",
                str(data_file),
                "--test",
                str(data_file),
                "--text-column",
                "description",
                "--label-column",
                "service_code",
                "--language-column",
                "language",
                "--json",
                str(out),
            ]
        )
        == 0
    )
    assert json.loads(out.read_text("utf-8"))["n"] == 120
    assert main(["civicly", "train", "--data", str(tmp_path / "missing.csv")]) == 2


# -- sandbox and tab rendering ------------------------------------------------


@pytest.fixture
def sandbox(tmp_path, monkeypatch):
    from assistant.config import load_settings
    from assistant.exercises.civicly_triage import sandbox as sandbox_module

    folder = tmp_path / "builtin"
    folder.mkdir()
    write_csv(folder / "historical.csv", rows())
    write_csv(folder / "holdout.csv", rows(2))
    monkeypatch.setattr(sandbox_module, "BUILTIN_DATA", folder / "historical.csv")
    settings = load_settings(data_dir=tmp_path / "data", embedder="fake")
    return sandbox_module.CivicSandbox(settings, FakeEmbedder())


def test_sandbox_audits_once_per_model(sandbox, monkeypatch, tmp_path):
    from assistant.exercises.civicly_triage import sandbox as sandbox_module

    calls = []
    real = sandbox_module.audit
    monkeypatch.setattr(sandbox_module, "audit", lambda *a: calls.append(1) or real(*a))
    first = sandbox.audit(OWNER)
    with_plots = sandbox.audit(None, tmp_path / "plots")  # the same shared model
    assert len(calls) == 1 and "plots" in with_plots and "plots" not in first
    assert with_plots["macro_f1"] == first["macro_f1"]


def test_sandbox_trains_on_first_use_then_reuses_the_saved_model(sandbox, monkeypatch):
    from assistant.exercises.civicly_triage import sandbox as sandbox_module
    from assistant.exercises.civicly_triage.sandbox import CivicSandbox

    result = sandbox.classify(OWNER, "lampadaire en panne rue Oak", "North")
    assert result.routing.predicted == "lighting"
    assert (sandbox.folder / "models" / "latest").exists()
    monkeypatch.setattr(
        sandbox_module, "train", lambda *a, **k: pytest.fail("retrained instead of loading")
    )
    again = CivicSandbox(sandbox.settings, FakeEmbedder())
    assert again.model.version == sandbox.model.version


def test_sandbox_queue_override_and_audit(sandbox, tmp_path):
    from assistant.web.civicly import render_audit, render_classification, render_queue

    result = sandbox.classify(OWNER, "Strong smell of gas leak at Main street")
    text = render_classification(result)
    assert "safety rule **gas**" in text and "Nearest historical cases" in text
    queue = sandbox.queue(OWNER)
    assert queue[0].score >= queue[-1].score
    assert any(item.request_id == "NEW-0001" for item in queue)
    rows_ = render_queue(queue)
    assert rows_[0][0] == queue[0].request_id
    entry = sandbox.override(
        OWNER, "NEW-0001", "water", "critical", "gas leaks go to emergency crews"
    )
    assert entry.final_department == "water" and entry.reviewer == OWNER
    assert sandbox.overrides.entries()[-1].reason == "gas leaks go to emergency crews"
    with pytest.raises(ConfigError, match="No request"):
        sandbox.override(OWNER, "NOPE", "water", "low", "x")
    report = sandbox.audit(OWNER, tmp_path / "plots")
    assert (tmp_path / "plots" / "confusion.png").stat().st_size > 1000
    assert "Language" in render_audit(report) and "District" in render_audit(report)


def test_sandbox_trains_on_uploaded_data_and_lists_rejected_rows(sandbox, tmp_path):
    from assistant.web.civicly import render_training

    data = [{"msg": r["description"], "dept": r["service_code"]} for r in rows()]
    data.append({"msg": "", "dept": "roads"})
    path = write_csv(tmp_path / "mine.csv", data)
    mapping = {"description": "msg", "service_code": "dept"}
    model, errors = sandbox.train_on(OWNER, path, mapping, shared=False)
    assert model.trained_on == 120 and len(errors) == 1 and errors[0].row == 122
    assert sandbox.model_for(OWNER) is model and sandbox.model is not model
    text = render_training(model.version, model.trained_on, model.router.classes, errors)
    assert "1 row rejected" in text and "row 122" in text and "only for you" not in text
    private = render_training(model.version, 120, [], [], "pt", private_hours=2)
    assert "**só para si**" in private and "2 h" in private


def test_tab_text_has_five_languages():
    # Placeholders, plural forms and stale entries: tests/test_translations.py.
    from assistant.web import civicly_text as tab_text

    assert tab_text.missing_translations() == []
    assert tab_text.t("level_high", "xx") == "high"  # unknown language: English
    assert tab_text.department_name("roads", "fr") == "Voirie et nids-de-poule (`roads`)"
    assert tab_text.department_name("my_own_code", "fr") == "`my_own_code`"


def test_tab_renders_in_french_and_arabic(sandbox, tmp_path):
    from assistant.web.civicly import (
        queue_headers,
        queue_table,
        render_audit,
        render_classification,
        render_queue,
        render_rules,
        render_training,
    )

    result = sandbox.classify(OWNER, "Forte odeur de gaz, fuite de gaz rue Oak")
    french = render_classification(result, "fr")
    assert "règle de sécurité **gaz**" in french and "Cas passés les plus proches" in french
    assert "**Urgence :**" in french and not french.startswith("<div")
    arabic = render_classification(result, "ar")
    assert arabic.startswith("<div dir='rtl'>") and arabic.endswith("</div>")
    assert "قاعدة السلامة **غاز**" in arabic and "أقرب الحالات السابقة" in arabic
    assert "«<span dir='auto'>" in arabic  # quoted citizen text keeps its own direction
    assert render_classification(result) == render_classification(result, "en")

    rules = render_rules("ar")
    assert rules.startswith("<div dir='rtl'>") and "| القاعدة |" in rules and "حرجة ≥ 0.85" in rules
    assert "| incendie | 0.7 |" in render_rules("fr")

    queue = sandbox.queue(OWNER)
    assert render_queue(queue, "ar") == render_queue(queue)  # codes and numbers stay as they are
    table = queue_table(queue, "es")
    assert table["headers"] == queue_headers("es") and table["headers"][0] == "solicitud"
    assert table["data"] == render_queue(queue)

    report = sandbox.audit(OWNER, tmp_path / "plots")
    audit_fr = render_audit(report, "fr")
    assert "| Langue | n | exactitude |" in audit_fr and "| Quartier |" in audit_fr
    assert "Français (fr)" in audit_fr and "**F1 macro**" in audit_fr
    audit_ar = render_audit(report, "ar")
    assert audit_ar.startswith("<div dir='rtl'>") and "| اللغة |" in audit_ar
    assert "العربية (ar)" in audit_ar and "| الحي |" in audit_ar

    training = render_training("v1", 120, ["roads", "custom"], ["row 3: empty text"], "ar")
    assert training.startswith("<div dir='rtl'>") and "الطرق والحفر (`roads`)" in training
    assert "`custom`" in training and "row 3: empty text" in training


class RecordingRelabel:
    """Stands in for the app's ``Relabel``: records what the tab registers."""

    def __init__(self):
        self.components, self.updaters = [], []

    def add(self, component, **keys):
        raise AssertionError("the tab's keys are not in the app's table; use add_custom")

    def add_custom(self, component, update):
        self.components.append(component)
        self.updaters.append(update)
        return component


def test_build_tab_registers_its_labels_and_passes_the_language(sandbox):
    import gradio as gr

    from assistant.languages import CODES
    from assistant.web.civicly import build_tab, queue_headers

    relabel = RecordingRelabel()
    with gr.Blocks() as demo:
        ui_language = gr.Dropdown(list(CODES), value="en")
        build_tab(sandbox, relabel, ui_language)
    assert sandbox._shared is None  # building the page trains nothing
    # Every component of the tab that shows text (a label or a value) follows the language.
    shown = [
        block for block in demo.blocks.values()
        if block is not ui_language and isinstance(block, gr.components.Component | gr.Accordion)
        and (getattr(block, "label", None) or isinstance(block, gr.Button)
             or isinstance(block, gr.Markdown) and block.value)  # empty ones show results
    ]
    registered = {id(c) for c in relabel.components}
    assert len(shown) > 20 and [b for b in shown if id(b) not in registered] == []
    kinds = [type(c).__name__ for c in relabel.components]
    assert kinds.count("Button") == 5 and kinds.count("Accordion") == 2
    assert kinds.count("Image") == 2 and kinds.count("Dataframe") == 1
    for update in relabel.updaters:
        english, arabic = update("en"), update("ar")
        assert english.get("__type__") == "update" and english != arabic
        for code in CODES:
            assert update(code).get("__type__") == "update"
    table = relabel.components[kinds.index("Dataframe")]
    assert relabel.updaters[kinds.index("Dataframe")]("pt")["headers"] == queue_headers("pt")
    assert table.headers == queue_headers("en")

    handlers = {fn.name: fn for fn in demo.fns.values() if fn.name.startswith("on_")}
    actions = {"on_classify", "on_refresh", "on_override", "on_train", "on_audit"}
    assert set(handlers) == actions | {"on_language"}
    for name in actions:
        assert handlers[name].inputs[-1] is ui_language
    # A language change redraws the rows on screen under new headers (placeholder rows dropped).
    shown = [["NEW-0001", "high", 0.7, "roads", "80%", "", "pothole"], ["", "", "", "", "", "", ""]]
    redrawn = handlers["on_language"].fn("fr", shown)
    assert redrawn == {"headers": queue_headers("fr"), "data": shown[:1]}
    assert handlers["on_language"].fn("ar", None) == {"headers": queue_headers("ar"), "data": []}
    request = FakeRequest(OWNER)
    text, queue = handlers["on_classify"].fn(request, "fuite de gaz rue Oak", "North", "ar")
    assert text.startswith("<div dir='rtl'>") and queue["headers"] == queue_headers("ar")
    assert queue["data"][0][0] == "NEW-0001"  # a gas leak tops the learner's queue
    on_train = handlers["on_train"].fn
    assert on_train(request, None, "", "fr") == "⚠ Choisissez d'abord un fichier de données."


def test_build_tab_without_relabel_keeps_english(sandbox):
    import gradio as gr

    from assistant.web.civicly import build_tab

    with gr.Blocks() as demo:
        build_tab(sandbox)
    handlers = {fn.name: fn for fn in demo.fns.values() if fn.name.startswith("on_")}
    assert handlers["on_refresh"].inputs == []
    assert handlers["on_train"].fn(FakeRequest(OWNER), None, "") == "⚠ Choose a data file first."
    # The request is filled in by Gradio, not an input: a missing language keeps its place.
    from gradio.helpers import special_args

    request = FakeRequest(OWNER)
    filled, *_ = special_args(handlers["on_train"].fn, [None, ""], request)
    assert filled == [request, None, "", "en"]


def test_only_the_head_of_long_messages_is_embedded():
    from assistant.exercises.civicly_triage.features import EMBED_CHARS, head

    text = "word " * 400
    clipped = head(text)
    assert len(clipped) <= EMBED_CHARS and text.startswith(clipped) and not clipped.endswith(" ")
    assert head("short message") == "short message"


def test_explanation_terms_are_distinct():
    from assistant.exercises.civicly_triage.router import _distinct

    terms = [("gas", 0.9), ("gas", 0.5), ("ga", 0.4), (" leak", 0.3), ("lea", 0.2), ("smell", 0.1)]
    assert _distinct(terms, 3) == (("gas", 0.9), (" leak", 0.3), ("smell", 0.1))


def test_embedding_sample_is_stratified_and_deterministic():
    from assistant.exercises.civicly_triage.features import Featurizer

    labels = ["a"] * 10 + ["b"] * 3
    texts = [f"message number {i}" for i in range(13)]
    featurizer = Featurizer(FakeEmbedder(16))
    vectors, mask = featurizer.embed_sample(texts, labels, per_class=4)
    assert mask[:10].sum() == 4 and mask[10:].all()
    assert not vectors[~mask].any() and (vectors[mask] != 0).any(axis=1).all()
    again, mask2 = featurizer.embed_sample(texts, labels, per_class=4)
    assert (mask == mask2).all()
    _, everything = featurizer.embed_sample(texts, labels, per_class=None)
    assert everything.all()


def test_nearest_cases_come_only_from_embedded_rows(data_file):
    records, _ = load_records(data_file)
    model = train(records, FakeEmbedder(), embed_per_class=2)
    assert model.meta["embedded_rows"] == 6
    cases = model.classify("pothole on Main street", explain=True).explanation.similar_cases
    assert len(cases) == 3
    assert len(model.router._cases) == 6
    assert model.router._vectors.any(axis=1).all()  # no zero (un-embedded) rows
