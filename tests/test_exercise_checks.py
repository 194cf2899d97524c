"""The pii_*, llm_* and civicly_* exercise checks on small cases worked out by hand."""

import pytest

from assistant.exercises.checks import CHECKS, CheckResult, import_builtin_checks
from assistant.exercises.prompt_lab.checks import backend_kind, content_words, sentences
from assistant.exercises.redact_before_store.checks import (
    LabelledCase,
    load_samples,
    measure_detector,
)
from assistant.exercises.text import from_json, phrase, render, to_json
from assistant.languages import CODES
from assistant.privacy import redact

import_builtin_checks()


def run(name, submission, **params):
    return CHECKS[name](submission, **params)


# -- pii_* ------------------------------------------------------------------------


def test_samples_are_ten_labelled_messages_in_five_languages():
    samples = load_samples()
    assert len(samples) == 10
    assert {c.language for c in samples} == {"en", "fr", "es", "pt", "ar"}
    assert {k for c in samples for _, _, k in c.spans} >= {"NAME", "PHONE", "EMAIL", "HEALTH"}
    assert all(c.text[a:b].strip() == c.text[a:b] for c in samples for a, b, _ in c.spans)


def test_measurement_by_hand():
    cases = [
        LabelledCase("a", "en", "Mail ana@example.org today", ((5, 20, "EMAIL"),)),
        LabelledCase("b", "en", "I have diabetes", ((7, 15, "HEALTH"),)),  # no rule: missed
        LabelledCase("c", "en", "Call 07700 900123 now", ()),  # flagged, not labelled
        LabelledCase("d", "fr", "Demande n° 20231145", ()),  # a reference, not flagged
    ]
    report = measure_detector(cases)
    # flagged 2 (email, phone), 1 of them labelled; labelled 2, 1 found.
    assert report["overall"] == {
        "precision": 0.5,
        "recall": 0.5,
        "flagged": 2,
        "labelled": 2,
        "found": 1,
    }
    assert report["by_language"]["en"] == report["overall"]
    # Nothing flagged and nothing labelled: both shares are 1.0 by convention.
    assert report["by_language"]["fr"] == {
        "precision": 1.0,
        "recall": 1.0,
        "flagged": 0,
        "labelled": 0,
        "found": 0,
    }
    assert report["missed"] == [("b", "HEALTH", 7, 15)]


def test_the_shipped_samples_measure_as_documented():
    report = measure_detector(load_samples())
    assert report["overall"]["precision"] == 1.0 and report["overall"]["recall"] == 0.84
    assert min(report["by_language"].items(), key=lambda kv: kv[1]["recall"])[0] == "fr"
    assert {kind for _, kind, _, _ in report["missed"]} == {"HEALTH"}


def test_spans_found_counts_kinds_of_quoted_labelled_items():
    lines = "\n".join(
        [
            "1, Grace Adeyemi, name",
            "1, 07700900461, phone",  # digit grouping does not matter
            "3 12345678Z identity number",
            "5, Grace Adeyemi, name",  # wrong message number: no match
            "k.osei@mailbox.org (email)",  # no number: any message
        ]
    )
    result = run("pii_spans_found", {"spans": lines}, min_kinds=3)
    assert result.passed
    assert result.values["kinds"] == ["EMAIL", "NAME", "NATIONAL_ID", "PHONE"]
    assert (result.values["found"], result.values["unmatched_lines"]) == (4, 1)
    assert not run("pii_spans_found", {"spans": "1, Grace Adeyemi, name"}, min_kinds=3).passed
    assert not run("pii_spans_found", {}, min_kinds=1).passed


def test_precision_recall_compares_the_learners_numbers():
    good = {"precision": 1.0, "recall": 0.85, "weakest_language": "French: no rule for health"}
    result = run("pii_precision_recall", good, min_precision=0.9, min_recall=0.85)
    assert result.passed, result.message
    assert "falls below the bar (precision ≥ 0.9, recall ≥ 0.85) in: overall, Arabic, English, French, Portuguese." in result.message
    assert result.values["weakest_language"] == "fr"
    assert run(
        "pii_precision_recall",
        {**good, "weakest_language": "Français"},
        min_precision=0.9,
        min_recall=0.85,
    ).passed
    wrong = run("pii_precision_recall", {**good, "recall": 0.9}, min_precision=0.9, min_recall=0.85)
    assert not wrong.passed and "your recall 0.9 differs from the measured 0.84" in wrong.message
    arabic = run(
        "pii_precision_recall",
        {**good, "weakest_language": "Arabic"},
        min_precision=0.9,
        min_recall=0.85,
    )
    assert not arabic.passed and "lowest recall is French" in arabic.message
    overall_only = run(
        "pii_precision_recall",
        {"precision": 1, "recall": 0.84},
        min_precision=0.9,
        min_recall=0.8,
        per_language=False,
    )
    assert overall_only.passed and "meets the bar" in overall_only.message


def test_redaction_complete_finds_what_survives():
    samples = load_samples()
    result = run("pii_redaction_complete", {}, allow_kinds=[])
    assert not result.passed
    assert [s["case"] for s in result.values["survivors"]] == [
        "msg-02",
        "msg-04",
        "msg-06",
        "msg-10",
    ]
    assert "asthmatique" not in str(result.values)  # values name positions, not the data
    assert run("pii_redaction_complete", {}, allow_kinds=["health"]).passed
    corrected = {}
    for case in samples:
        text = redact(case.text, case.language)
        for start, end, kind in case.spans:
            if kind == "HEALTH":
                text = text.replace(case.text[start:end], "[HEALTH]")
        corrected[case.id] = text
    assert run("pii_redaction_complete", {"redacted": corrected}, allow_kinds=[]).passed
    leaky = {**corrected, "msg-01": "Call me on 07700900461."}
    result = run("pii_redaction_complete", {"redacted": leaky}, allow_kinds=[])
    assert [(s["case"], s["kind"]) for s in result.values["survivors"]] == [("msg-01", "PHONE")]


# -- llm_* ------------------------------------------------------------------------

SOURCES = [
    "Streetlights reported broken are repaired within five working days. "
    "Reports need the street name and the nearest lamp post number."
]
GROUNDED = (
    "Dear Ms Silva,\nThank you for your message. Broken streetlights are repaired within five "
    "working days [1]. Please send the nearest lamp post number [1]."
)
INVENTED = " The mayor will personally visit your school tomorrow."


def test_content_words_and_sentences():
    assert content_words("The streetlights [1] are on Rue de la Paix!") == {
        "streetlight",
        "rue",
        "paix",
    }
    assert content_words("الشارع والمدرسة") == {"شارع", "مدرسة"}
    assert sentences("One. Two?\nThree؟ Four") == ["One.", "Two?", "Three؟", "Four"]


def test_grounded_reply_by_hand():
    # Judged: "Broken ... days" (7/7 words in sources), "Please ... number" (4/6);
    # greeting and thanks have under 3 content words and are not judged.
    result = run(
        "llm_reply_grounded",
        {"reply": GROUNDED + "\nKind regards", "sources": SOURCES},
        input="reply",
    )
    assert result.passed and result.values == {
        "share": 1.0,
        "judged": 2,
        "ungrounded": [],
        "cited": [1],
    }
    # Adding an invented promise: 2 of 3 judged sentences grounded, 0.67 < 0.8.
    invented = run(
        "llm_reply_grounded", {"reply": GROUNDED + INVENTED, "sources": SOURCES}, input="reply"
    )
    assert not invented.passed
    assert invented.values["share"] == 0.6667 and invented.values["ungrounded"] == [5]
    uncited = GROUNDED.replace("[1]", "[3]")  # no source 3
    assert not run(
        "llm_reply_grounded", {"reply": uncited, "sources": SOURCES}, input="reply"
    ).passed
    assert not run("llm_reply_grounded", {"reply": GROUNDED}, input="reply").passed
    passages = [{"passage": SOURCES[0]}]
    assert run("llm_reply_grounded", {"reply": GROUNDED, "sources": passages}, input="reply").passed


FRENCH = "Bonjour Madame, merci pour votre message. Le lampadaire sera réparé dans les cinq jours ouvrés."


def test_reply_language():
    ok = run(
        "llm_reply_language",
        {"reply": FRENCH, "language": "fr"},
        input="reply",
        language_input="language",
    )
    assert ok.passed and ok.values["detected"] == "fr"
    wrong = run(
        "llm_reply_language",
        {"reply": FRENCH, "language": "en"},
        input="reply",
        language_input="language",
    )
    assert not wrong.passed
    mixed = FRENCH + " We will send a technician as soon as possible today."
    result = run(
        "llm_reply_language",
        {"reply": mixed, "language": "fr"},
        input="reply",
        language_input="language",
    )
    assert not result.passed and result.values["other_sentences"] == [
        {"sentence": 3, "language": "en"}
    ]
    short = run(
        "llm_reply_language",
        {"reply": "OK", "language": "fr"},
        input="reply",
        language_input="language",
    )
    assert not short.passed and "too short" in short.message
    assert run(
        "llm_reply_language",
        {"reply": "شكرا لرسالتك، سنصلح المصباح قريبا.", "language": "ar"},
        input="reply",
        language_input="language",
    ).passed


def test_no_personal_data_reports_kinds_not_the_data():
    # "Ana" alone is a name too since the gazetteer (issue #15); before, only the phone was found.
    result = run("llm_no_personal_data", {"prompt": "Call Ana at 07700 900123"}, input="prompt")
    assert not result.passed and result.values["kinds"] == ["NAME", "PHONE"]
    assert "07700" not in str(result.values) and "07700" not in result.message
    assert "Ana" not in str(result.values) and "Ana" not in result.message
    assert run(
        "llm_no_personal_data", {"prompt": "Streetlight broken on Mill Lane."}, input="prompt"
    ).passed


def test_tone_rules():
    polite = "Dear Ms Silva,\nThe lamp will be repaired within five working days.\nKind regards,\nThe lighting team"
    assert run("llm_reply_tone", {"reply": polite}, input="reply", max_words=150).passed
    rude = "This is YOUR FAULT!! You should have reported it earlier."
    result = run("llm_reply_tone", {"reply": rude}, input="reply", max_words=150)
    assert result.values["rules"] == {
        "length": True,
        "no_shouting": False,
        "no_blame": False,
        "greeting": False,
        "closing": False,
    }
    assert "FAULT" in result.message and "you should have" in result.message
    assert not run("llm_reply_tone", {"reply": polite}, input="reply", max_words=10).passed
    arabic = "السلام عليكم،\nسيتم إصلاح المصباح خلال خمسة أيام عمل.\nمع التحية"
    assert run("llm_reply_tone", {"reply": arabic}, input="reply", max_words=150).passed
    spanish = "Estimada Sra. Ruiz:\nComo ya le dijimos, la farola se reparará.\nAtentamente"
    assert (
        run("llm_reply_tone", {"reply": spanish}, input="reply", max_words=150).values["rules"][
            "no_blame"
        ]
        is False
    )


@pytest.mark.parametrize(
    "llm, url, kind",
    [
        ("extractive", None, "offline"),
        ("llamacpp:/models/x.gguf", None, "local"),
        ("ollama:llama3", None, "local"),
        ("ollama:llama3", "http://gpu-box:11434", "server"),
        ("openai:gpt-4o-mini", None, "server"),
        ("openai:qwen", "http://127.0.0.1:8080/v1", "local"),
    ],
)
def test_backend_kind(llm, url, kind):
    assert backend_kind(llm, url) == kind


def test_backend_reported():
    submission = {"backend": "offline", "configured_llm": "extractive"}
    assert run("llm_backend_reported", submission).passed
    assert not run("llm_backend_reported", {**submission, "backend": "server"}).passed
    assert not run("llm_backend_reported", {"backend": "offline"}).passed


# -- civicly_* ----------------------------------------------------------------------

QUEUE = [
    {"request_id": f"CIV-{i:06d}", "score": 1 - i / 100, "urgent": i in (0, 2, 30)}
    for i in range(40)
]


def test_batch_classified():
    listed = "CIV-000003 wrong department; civ-000010 too low, CIV-000011"
    assert run(
        "civicly_batch_classified",
        {"agreed": 17, "disagreements": listed, "queue": QUEUE},
        min_items=20,
    ).passed
    short = run("civicly_batch_classified", {"agreed": 15, "disagreements": listed}, min_items=20)
    assert not short.passed and "2 more expected" in short.message
    outside = run(
        "civicly_batch_classified",
        {"agreed": 17, "disagreements": listed.replace("CIV-000011", "CIV-000025"), "queue": QUEUE},
        min_items=20,
    )
    assert not outside.passed and outside.values["outside_batch"] == ["CIV-000025"]
    assert not run(
        "civicly_batch_classified", {"agreed": 21, "disagreements": ""}, min_items=20
    ).passed


def test_failure_modes():
    text = (
        "Short messages: CIV-000001\nSarcasm, e.g. CIV-000004\nCalm hazards (CIV-000007)\nSpelling"
    )
    result = run(
        "civicly_failure_modes",
        {"failure_modes": text, "errors": ["CIV-000004", "CIV-000007"]},
        min_cases=3,
    )
    assert result.passed and result.values["confirmed_errors"] == ["CIV-000004", "CIV-000007"]
    two = run(
        "civicly_failure_modes",
        {"failure_modes": "CIV-000001 and CIV-000002; sarcasm"},
        min_cases=3,
    )
    assert not two.passed and two.values["modes_with_evidence"] == 1
    unknown = run("civicly_failure_modes", {"failure_modes": text, "queue": QUEUE[:5]}, min_cases=3)
    assert not unknown.passed and unknown.values["unknown_ids"] == ["CIV-000007"]


def test_review_threshold():
    assert run(
        "civicly_review_threshold", {"review_threshold": 0.6}, minimum=0.3, maximum=0.95
    ).passed
    assert not run(
        "civicly_review_threshold", {"review_threshold": 0.2}, minimum=0.3, maximum=0.95
    ).passed
    tried = {"review_threshold": 0.6, "tried_thresholds": [0.5, 0.6, 0.6]}
    assert not run("civicly_review_threshold", tried, minimum=0.3, maximum=0.95).passed
    tried["tried_thresholds"].append(0.7)
    assert run("civicly_review_threshold", tried, minimum=0.3, maximum=0.95).passed


def test_urgent_recall_at_k():
    # Urgent at ranks 1, 3 and 31: the top 10 holds 2 of 3.
    result = run("civicly_urgent_recall_at_k", {"queue": QUEUE}, k=10, minimum=0.8)
    assert not result.passed and result.values["recall_at_k"] == 0.6667
    assert run("civicly_urgent_recall_at_k", {"queue": QUEUE}, k=31, minimum=0.8).passed
    assert not run("civicly_urgent_recall_at_k", {}, k=10, minimum=0.8).passed


AUDIT = {
    "by_language": {
        "groups": {"en": {"n": 300, "accuracy_ratio": 1.0}, "ar": {"n": 60, "accuracy_ratio": 0.7}}
    },
    "by_district": {
        "groups": {
            "Harbour": {"n": 100, "accuracy_ratio": 0.95},
            "Hillcrest": {"n": 90, "accuracy_ratio": 0.75},
        }
    },
}


def test_fairness_table():
    ok = run(
        "civicly_fairness_table",
        {"audit": AUDIT, "lowest_ratio": 0.705, "lowest_group": "Arabic messages"},
        groups=["language", "district"],
    )
    assert ok.passed and ok.values == {
        "lowest_ratio": 0.7,
        "group": "language",
        "name": "ar",
        "n": 60,
    }
    assert run(
        "civicly_fairness_table",
        {"audit": AUDIT, "lowest_ratio": 0.7, "lowest_group": "ar"},
        groups=["language"],
    ).passed
    wrong = run(
        "civicly_fairness_table",
        {"audit": AUDIT, "lowest_ratio": 0.75, "lowest_group": "Hillcrest"},
        groups=["language", "district"],
    )
    assert (
        not wrong.passed
        and "not the table's lowest" in wrong.message
        and "name the group" in wrong.message
    )
    district_only = run(
        "civicly_fairness_table",
        {"audit": AUDIT, "lowest_ratio": 0.75, "lowest_group": "Hillcrest"},
        groups=["district"],
    )
    assert district_only.passed
    assert not run("civicly_fairness_table", {}, groups=["language"]).passed


def test_disparity_flagged():
    text = "Messages in العربية are misrouted, and Hillcrest suffers from mislabelled history."
    assert run(
        "civicly_disparity_flagged", {"audit": AUDIT, "explanation": text}, threshold=0.8
    ).passed
    partial = run(
        "civicly_disparity_flagged",
        {"audit": AUDIT, "explanation": "Only Hillcrest."},
        threshold=0.8,
    )
    assert not partial.passed and partial.values["missing"] == ["language ar"]
    # "Hillcrestview" is not "Hillcrest": names must stand alone.
    assert not run(
        "civicly_disparity_flagged",
        {"audit": AUDIT, "explanation": "Arabic and Hillcrestview"},
        threshold=0.8,
    ).passed
    assert run(
        "civicly_disparity_flagged", {"audit": AUDIT, "explanation": "Arabic"}, threshold=0.72
    ).passed


def test_mitigation_compared():
    before = {"n": 600, "macro_f1": 0.70, "by_language": {"min_accuracy_ratio": 0.7}}
    after = {"n": 600, "macro_f1": 0.72, "by_language": {"min_accuracy_ratio": 0.86}}
    result = run(
        "civicly_mitigation_compared",
        {"mitigation": "reweight", "before": before, "after": after},
        metric="macro_f1",
        same_holdout=True,
    )
    assert (
        result.passed
        and result.values["delta"] == 0.02
        and result.values["min_language_ratio"] == [0.7, 0.86]
    )
    other_set = {**after, "n": 500}
    assert not run(
        "civicly_mitigation_compared",
        {"mitigation": "reweight", "before": before, "after": other_set},
        metric="macro_f1",
        same_holdout=True,
    ).passed
    assert run(
        "civicly_mitigation_compared",
        {"mitigation": "reweight", "before": before, "after": other_set},
        metric="macro_f1",
        same_holdout=False,
    ).passed
    assert not run(
        "civicly_mitigation_compared",
        {"before": before, "after": after},
        metric="macro_f1",
        same_holdout=True,
    ).passed
    assert not run(
        "civicly_mitigation_compared",
        {"mitigation": "relabel", "before": before},
        metric="macro_f1",
        same_holdout=True,
    ).passed


def test_survivors_are_found_whatever_digits_they_are_written_in():
    from assistant.exercises.redact_before_store.checks import _mentions

    assert _mentions("رقمي ٠٦٦١٢٣٤٥٦٧", "0661 23 45 67")  # Arabic-Indic
    assert _mentions("رقمي ۰۶۶۱۲۳۴۵۶۷", "0661 23 45 67")  # Persian
    assert not _mentions("رقمي [PHONE]", "0661 23 45 67")


# -- messages in the learner's language ----------------------------------------------

#: (check, submission, params): a failing and a passing case of every check, with counts,
#: lists, language names and nested phrases in their messages.
MESSAGE_CASES = [
    ("min_words", {"note": "one two"}, {"input": "note", "words": 3}),
    ("pii_spans_found", {"spans": "nothing here"}, {"min_kinds": 3}),
    ("pii_precision_recall", {"recall": 0.9, "weakest_language": "Arabic"},
     {"min_precision": 0.9, "min_recall": 0.85}),
    ("pii_redaction_complete", {}, {}),
    ("llm_reply_grounded", {"reply": GROUNDED + INVENTED, "sources": SOURCES}, {"input": "reply"}),
    ("llm_reply_grounded", {"reply": GROUNDED}, {"input": "reply"}),
    ("llm_reply_language", {"reply": FRENCH + " We will send a technician as soon as possible today.",
                            "language": "en"}, {"input": "reply", "language_input": "language"}),
    ("llm_reply_language", {"reply": "x", "language": "de"},
     {"input": "reply", "language_input": "language"}),
    ("llm_no_personal_data", {"prompt": "Call Ana at 07700 900123"}, {"input": "prompt"}),
    ("llm_reply_tone", {"reply": "This is YOUR FAULT!! You should have reported it."},
     {"input": "reply", "max_words": 5}),
    ("llm_backend_reported", {"configured_llm": "openai:gpt", "backend": ""}, {}),
    ("llm_backend_reported", {}, {}),
    ("civicly_batch_classified", {"agreed": 30, "disagreements": "CIV-000025", "queue": QUEUE[:5]},
     {"min_items": 20}),
    ("civicly_batch_classified", {"agreed": 19, "disagreements": "CIV-000001"}, {"min_items": 20}),
    ("civicly_failure_modes", {"failure_modes": "CIV-000999", "queue": QUEUE, "errors": ["x"]},
     {"min_cases": 3}),
    ("civicly_review_threshold", {"review_threshold": 2, "tried_thresholds": [0.5]},
     {"minimum": 0.3, "maximum": 0.95}),
    ("civicly_urgent_recall_at_k", {"queue": QUEUE}, {"k": 10, "minimum": 0.8}),
    ("civicly_urgent_recall_at_k", {}, {"k": 10, "minimum": 0.8}),
    ("civicly_fairness_table", {"audit": AUDIT, "lowest_ratio": 0.7, "lowest_group": "Arabic"},
     {"groups": ["language"]}),
    ("civicly_fairness_table", {"audit": AUDIT, "lowest_ratio": 0.75, "lowest_group": "Hillcrest"},
     {"groups": ["district"]}),
    ("civicly_fairness_table", {"audit": AUDIT, "lowest_group": "x"}, {"groups": ["language"]}),
    ("civicly_disparity_flagged", {"audit": AUDIT, "explanation": ""}, {"threshold": 0.8}),
    ("civicly_disparity_flagged", {"audit": AUDIT, "explanation": "Arabic, Hillcrest"},
     {"threshold": 0.8}),
    ("civicly_mitigation_compared", {"before": {"n": 1}, "after": {"n": 2}}, {}),
    ("civicly_mitigation_compared",
     {"mitigation": "m", "before": {"macro_f1": 0.7}, "after": {"macro_f1": 0.72}}, {}),
    ("aia_all_answered", {"answers": {"zz": "x", "impact_rights": "catastrophic"}}, {}),
    ("aia_all_answered", {"answers": {}}, {}),
    ("aia_level_at_least", {"answers": {}}, {"level": 2}),
]


@pytest.mark.parametrize(("name", "submission", "params"), MESSAGE_CASES)
def test_every_message_renders_in_every_language(name, submission, params):
    result = run(name, submission, **params)
    assert result.phrases, f"{name} wrote its message without phrases"
    assert render(result.phrases, "en") == result.message
    stored = from_json(to_json(result.phrases))  # as saved with the learner's progress
    assert stored == result.phrases
    for code in CODES:
        shown = render(stored, code)
        assert shown and "{" not in shown and "}" not in shown, (code, shown)
        if code != "en":
            assert shown != result.message, (code, shown)


def test_messages_in_french_and_arabic_use_their_words():
    wrong = run("pii_precision_recall", {"precision": 1.0, "recall": 0.9, "weakest_language": "x"},
                min_precision=0.9, min_recall=0.85)
    assert "Vérifiez : votre rappel 0.9 diffère du rappel mesuré, 0.84." in render(wrong.phrases, "fr")
    assert "la langue dont le rappel est le plus faible est le français" in render(wrong.phrases, "fr")
    assert "اللغة ذات الاستدعاء الأدنى هي الفرنسية" in render(wrong.phrases, "ar")
    # Language names in the reader's language; lists with the reader's separators.
    scopes = render(wrong.phrases, "ar").split("في: ")[1].split(".")[0]
    assert scopes == "الإجمالي، العربية، الإنجليزية، الفرنسية، البرتغالية"
    language = run("llm_reply_language", {"reply": FRENCH, "language": "en"},
                   input="reply", language_input="language")
    assert render(language.phrases, "es").startswith(
        "La respuesta parece estar redactada en francés (idioma esperado: inglés). "
        "2 oraciones en otro idioma: 1 (francés); 2 (francés)."
    )


@pytest.mark.parametrize(
    ("n", "arabic"),
    [
        (0, "note: 0 كلمة (المطلوب 3 على الأقل)."),
        (1, "note: كلمة واحدة (المطلوب 3 على الأقل)."),
        (2, "note: كلمتان (المطلوب 3 على الأقل)."),
        (5, "note: 5 كلمات (المطلوب 3 على الأقل)."),
        (12, "note: 12 كلمةً (المطلوب 3 على الأقل)."),
        (100, "note: 100 كلمة (المطلوب 3 على الأقل)."),
    ],
)
def test_counts_take_the_plural_form_of_the_language(n, arabic):
    words = [phrase("min_words", input="note", n=n, minimum=3)]
    assert render(words, "ar") == arabic
    assert render(words, "fr") == f"note : {n} mot{'s' if n > 1 else ''} (au moins 3 attendus)."
    assert render(words, "en") == f"note: {n} word{'' if n == 1 else 's'} (at least 3 expected)."


def test_stored_messages_that_cannot_be_rendered_are_not_phrases():
    assert from_json(None) is None and from_json([]) is None and from_json("min_words") is None
    assert from_json([{"key": "no_such_key", "params": {}}]) is None
    assert from_json([{"key": "min_words", "params": "x"}]) is None
    # A check without phrases (a third-party one) keeps its English message only.
    assert CheckResult("custom", True, "Fine.").phrases == ()
