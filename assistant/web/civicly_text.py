"""Every string of the Civicly tab: the English here, the translations in catalogs.

The same pattern as the app's own string table (:mod:`assistant.web.text`):
entries keyed by a short name, translated in
``assistant/locales/<lang>/LC_MESSAGES/civicly.po``, so that a test catches a
missing or stale translation. Strings with ``{placeholders}`` are formatted by
:func:`t` (and :func:`tn` for a count). Department, urgency-level
and safety-rule codes keep their codes in the data; :func:`department_name`,
:func:`level_name` and :func:`rule_name` give the name shown to learners.
"""

from __future__ import annotations

from assistant.i18n import Domain, entry, plural_entry
from assistant.languages import CODES

TEXT = Domain(
    "civicly",
    # -- page text and component labels --------------------------------------------------
    entry(
        "intro",
        "### Civicly: route and prioritise citizen feedback\n"
        "Type a message in any of the five languages. The model proposes a department "
        "and an urgency level, and shows why. Below, the ranked queue, the override "
        "form (a human decides, with a reason), and the audit of the model on "
        "held-out history. **The first use trains the model (about a minute).**",
    ),
    entry("message_label", "Citizen message"),
    entry("district_label", "District (optional)"),
    entry("classify_button", "Classify"),
    entry("rules_accordion", "Safety rules and thresholds"),
    entry("queue_heading", "#### Ranked queue"),
    entry(
        "queue_privacy",
        "Messages you type are yours alone: other learners do not see them. Names, "
        "phone numbers and addresses are masked (for example `[PHONE]`) before a message "
        "is kept in your queue.",
    ),
    entry("refresh_button", "Load / refresh the queue"),
    entry("override_heading", "#### Human override"),
    entry("request_label", "Request id (from the queue)"),
    entry("department_label", "Department"),
    entry("urgency_label", "Urgency"),
    entry("reason_label", "Reason (required)"),
    entry("override_button", "Record override"),
    entry(
        "train_accordion",
        "Train a model only for you on your own data (CSV or JSON, Open311 columns)",
    ),
    entry("file_label", "Data file"),
    entry("mapping_label", "Column mapping (optional)"),
    entry("train_button", "Train and use this model"),
    entry("audit_heading", "#### Audit"),
    entry("audit_button", "Run the audit on held-out history"),
    entry("confusion_label", "Confusion matrix"),
    entry("calibration_label", "Calibration"),
    # -- queue table headers ---------------------------------------------------------------
    entry("col_request", "request"),
    entry("col_urgency", "urgency"),
    entry("col_score", "score"),
    entry("col_department", "department"),
    entry("col_confidence", "confidence"),
    entry("col_district", "district"),
    entry("col_message", "message"),
    # -- one classification -------------------------------------------------------------
    entry("cls_department", "**Department:** {department}"),
    entry("cls_best_guess", " (best guess {department})"),
    entry("cls_confidence", "**Confidence:** {probability} — runners-up: {runners_up}"),
    entry("cls_urgency", "**Urgency:** {level} (score {score})"),
    entry("cls_model", "model: P(urgent) = {probability} × weight {weight}"),
    entry("cls_rule", "safety rule **{rule}** (+{weight}) matched {term}"),
    entry("quote", "“{text}”"),
    entry("cls_terms", "**Influential character groups:** {terms}"),
    entry("cls_cases", "**Nearest historical cases:**"),
    entry("cls_footer", "language {code} · {ms} ms"),
    # Translators: {name} is a language name with its code, e.g. "العربية (ar)"; {share}
    # and {minimum} are percentages of the training records; {threshold} is a confidence.
    entry(
        "cls_scarce_language",
        "⚠ **Few training records are in {name}** ({share} of the history, under "
        "{minimum}): the department rests mostly on the multilingual embedding and is less "
        "certain. Below {threshold} confidence the message goes to human review.",
    ),
    # -- training on uploaded data -------------------------------------------------------
    # Translators: {n} is the number of records the model was trained on.
    plural_entry(
        "train_done",
        "Trained model `{version}` on {n} record; departments: {departments}.",
        "Trained model `{version}` on {n} records; departments: {departments}.",
    ),
    # Translators: {n} is the number of rows of the uploaded file that were rejected.
    plural_entry("train_rejected", "**{n} row rejected:**", "**{n} rows rejected:**"),
    entry("train_more", "… and {count} more (use `assistant civicly train --data` for all)"),
    entry("train_no_file", "⚠ Choose a data file first."),
    entry(
        "train_private",
        "🔒 This model is **only for you**: other learners keep the shared model. It is "
        "kept in memory only and is dropped after {hours} h without use, when many other "
        "learners train their own, or when the app restarts; you then return to the shared "
        "model.",
    ),
    entry(
        "no_session",
        "⚠ Your session was not recognised, so nothing was saved. Reload the page and "
        "try again.",
    ),
    entry("override_done", "Recorded: {request} → {department}, {level} ({at})."),
    # -- safety rules table --------------------------------------------------------------
    entry("rules_col_rule", "rule"),
    entry("rules_col_weight", "weight"),
    entry("rules_col_examples", "example terms"),
    entry("rules_levels", "Levels: {thresholds}."),
    # -- audit ---------------------------------------------------------------------------
    entry(
        "audit_headline",
        "**Held-out records:** {n} · **macro-F1** {macro_f1} · **accuracy** {accuracy} · "
        "**needs review** {needs_review} · **ECE** {ece} · **urgent recall@{k}** {recall}",
    ),
    entry("audit_by_language", "Language"),
    entry("audit_by_district", "District"),
    entry("audit_col_accuracy", "accuracy"),
    entry("audit_col_ratio", "ratio"),
    entry("audit_col_f1", "macro-F1"),
    entry("audit_col_history", "share of history"),
    entry(
        "audit_scarce_note",
        "⚠ beside a share: the language is under {share} of the training history. Its "
        "results rest on few examples, and the router relies on the multilingual embedding "
        "for it: collect more records in that language.",
    ),
    entry(
        "audit_note",
        "Ratio = group value ÷ best group's value; ⚠ marks ratios under {threshold}.",
    ),
    # -- urgency levels --------------------------------------------------------------------
    entry("level_critical", "critical"),
    entry("level_high", "high"),
    entry("level_medium", "medium"),
    entry("level_low", "low"),
    # -- safety rules (English keeps the rule ids learners also see in the CLI) ------------
    entry("rule_injury", "injury"),
    entry("rule_fire", "fire"),
    entry("rule_gas", "gas"),
    entry("rule_flooding", "flooding"),
    entry("rule_electrical", "electrical"),
    entry("rule_collapse", "collapse"),
    entry("rule_vulnerable-person", "vulnerable-person"),
    # -- departments of the built-in history ---------------------------------------------
    entry("dept_NEEDS_REVIEW", "needs human review"),
    entry("dept_roads", "Roads and potholes"),
    entry("dept_water", "Water supply and leaks"),
    entry("dept_waste", "Waste collection and dumping"),
    entry("dept_street_lighting", "Street lighting"),
    entry("dept_public_safety", "Public safety hazards"),
    entry("dept_health", "Public health and hygiene"),
    entry("dept_social_services", "Social support"),
    entry("dept_parks", "Parks, trees and playgrounds"),
    entry("dept_transport", "Buses and bus stops"),
    entry("dept_permits", "Permits and licences"),
)


def t(key: str, language: str, **values: object) -> str:
    """The tab string ``key`` in ``language`` (English if missing), formatted with ``values``."""
    return TEXT.text(key, language, **values)


def tn(key: str, n: int, language: str, **values: object) -> str:
    """The plural tab string ``key`` in the form ``language`` uses for ``n`` (``{n}`` in it)."""
    return TEXT.plural(key, n, language, **values)


def missing_translations() -> list[str]:
    """``key:language`` pairs without a current translation (a test keeps this empty)."""
    return TEXT.missing(CODES)


def _named(prefix: str, code: str, language: str) -> str | None:
    key = f"{prefix}_{code}"
    return t(key, language) if key in TEXT else None


def department_name(code: str, language: str) -> str:
    """``Name (`code`)`` for a known department, else the code alone (uploaded data)."""
    name = _named("dept", code, language)
    return f"{name} (`{code}`)" if name else f"`{code}`"


def level_name(code: str, language: str) -> str:
    """The urgency level's name, or the code for an unknown level."""
    return _named("level", code, language) or code


def rule_name(code: str, language: str) -> str:
    """The safety rule's name, or its id for an unknown rule."""
    return _named("rule", code, language) or code
