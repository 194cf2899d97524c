"""Every message an automatic exercise check writes: the English here, translations in catalogs.

A check says what it found as :class:`Phrase` objects, a key of the
``exercises`` table (:data:`TEXT`) and its values, instead of an English
sentence: :class:`~assistant.exercises.checks.CheckResult` keeps the English
rendering (``message``, for instructors, exports and tests) *and* the phrases,
and the learner's view renders the phrases in the learner's language. The
translations live in ``assistant/locales/<lang>/LC_MESSAGES/exercises.po``
(see :mod:`assistant.i18n`).

Phrases are stored with the learner's progress, so they are plain JSON
(:func:`to_json`, :func:`from_json`). A value is a number, a text, a list
(shown comma-separated) or a *tag* rendered in the reader's language:
``{"language": "fr"}`` is the language's name, ``{"key": k, "params": {...}}``
is another phrase (a list of phrases with ``params`` is separated by semicolons). Plural
entries take their count as the value ``n``. Format specs such as
``{share:.0%}`` stay in the templates, so numbers are formatted alike in
every language. Message fragments that end without a full stop
(``aia_*_problem``) are quoted inside another message.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from assistant.i18n import SOURCE_LANGUAGE, Domain, entry, plural_entry
from assistant.languages import CODES

TEXT = Domain(
    "exercises",
    # -- values shown inside messages ---------------------------------------------------
    entry("language_en", "English"),
    entry("language_fr", "French"),
    entry("language_es", "Spanish"),
    entry("language_pt", "Portuguese"),
    entry("language_ar", "Arabic"),
    # Translators: a scope of the detector's measurement, beside language names.
    entry("overall", "overall"),
    # Translators: shown when a list is empty, e.g. "kinds found: 0 (none)".
    entry("none", "none"),
    # -- min_words (any exercise) -------------------------------------------------------
    # Translators: {input} is the id of the learner's answer field.
    plural_entry(
        "min_words",
        "{input}: {n} word (at least {minimum} expected).",
        "{input}: {n} words (at least {minimum} expected).",
    ),
    # -- redact-before-store ---------------------------------------------------------------
    plural_entry(
        "pii_found_items",
        "You found {found} of the {n} labelled item.",
        "You found {found} of the {n} labelled items.",
    ),
    # Translators: {kinds} are labels such as NAME, PHONE; keep them as they are.
    entry(
        "pii_found_kinds",
        "Kinds of personal data found: {count} ({kinds}); at least {minimum} expected.",
    ),
    plural_entry(
        "pii_unmatched_lines",
        "{n} line quotes no labelled item exactly.",
        "{n} lines quote no labelled item exactly.",
    ),
    entry("pii_measured", "Measured precision {precision:.2f}, recall {recall:.2f}."),
    entry(
        "pii_meets_bar",
        "The detector meets the bar (precision ≥ {min_precision}, recall ≥ {min_recall}).",
    ),
    # Translators: {scopes} lists "overall" and language names.
    entry(
        "pii_below_bar",
        "The detector falls below the bar (precision ≥ {min_precision}, recall ≥ {min_recall}) "
        "in: {scopes}.",
    ),
    entry("pii_precision_missing", "Check again: give the precision you measured."),
    entry("pii_recall_missing", "Check again: give the recall you measured."),
    entry(
        "pii_precision_differs",
        "Check again: your precision {given} differs from the measured {measured:.2f}.",
    ),
    entry(
        "pii_recall_differs",
        "Check again: your recall {given} differs from the measured {measured:.2f}.",
    ),
    entry(
        "pii_weakest_language", "Check again: the language with the lowest recall is {language}."
    ),
    entry("pii_nothing_survives", "No labelled personal data survives in the stored texts."),
    # Translators: {kinds} are labels such as PHONE; {cases} are sample ids such as msg-02.
    plural_entry(
        "pii_survivors",
        "{n} labelled item survives ({kinds}) in {cases}; mask it before storing.",
        "{n} labelled items survive ({kinds}) in {cases}; mask them before storing.",
    ),
    # -- prompt-lab ------------------------------------------------------------------------
    entry("llm_no_sources", "No sources were given to check the reply against."),
    plural_entry(
        "llm_grounded_sentences",
        "{grounded} of {n} sentence shares most of its content words with the sources "
        "({share:.0%}; at least {min_share:.0%} expected).",
        "{grounded} of {n} sentences share most of their content words with the sources "
        "({share:.0%}; at least {min_share:.0%} expected).",
    ),
    plural_entry(
        "llm_sources_cited",
        "{n} source cited (at least {minimum} expected).",
        "{n} sources cited (at least {minimum} expected).",
    ),
    # Translators: {sentences} are sentence numbers, e.g. "2, 5".
    plural_entry(
        "llm_reread_sentences",
        "{n} sentence to re-read against the sources: {sentences}.",
        "{n} sentences to re-read against the sources: {sentences}.",
    ),
    entry("llm_choose_language", "Choose the reply's language ({languages})."),
    entry("llm_too_short", "The reply is too short to tell its language."),
    entry("llm_reads_as", "The reply reads as {detected} (expected {expected})."),
    # Translators: {sentences} lists "3 (French)": a sentence number and its language.
    plural_entry(
        "llm_other_language",
        "{n} sentence in another language: {sentences}.",
        "{n} sentences in another language: {sentences}.",
    ),
    entry("llm_sentence_language", "{sentence} ({language})"),
    entry("llm_no_personal_data", "No personal data found."),
    # Translators: {kinds} are labels such as NAME, PHONE; keep them as they are.
    plural_entry(
        "llm_personal_data",
        "Personal data found: {kinds} ({n} item); remove what the reply does not need.",
        "Personal data found: {kinds} ({n} items); remove what the reply does not need.",
    ),
    entry("llm_tone_ok", "The tone rules all hold."),
    plural_entry(
        "llm_tone_length",
        "Shorten the reply to at most {n} word (it has {words}).",
        "Shorten the reply to at most {n} words (it has {words}).",
    ),
    entry("llm_tone_shouting", "Write {shouting} in normal case."),
    entry("llm_tone_blame", "Remove the blaming wording: {phrases}."),
    entry("llm_tone_greeting", "Open with a greeting."),
    entry("llm_tone_closing", "End with a closing such as thanks or regards."),
    entry("llm_backend_unknown", "The app did not say which generator is configured."),
    entry("llm_backend_offline", "The configured generator “{generator}” runs offline."),
    entry("llm_backend_local", "The configured generator “{generator}” runs on a local model."),
    entry("llm_backend_server", "The configured generator “{generator}” runs on a server model."),
    entry("llm_backend_given", "You answered “{given}”."),
    entry("llm_backend_not_given", "You gave no answer."),
    # -- civicly-triage and bias-audit -----------------------------------------------------
    entry(
        "civicly_give_agreed",
        "Give how many of the first {min_items} messages you agreed with (0–{min_items}).",
    ),
    plural_entry(
        "civicly_queue_short",
        "The queue has only {n} message; load at least {min_items}.",
        "The queue has only {n} messages; load at least {min_items}.",
    ),
    plural_entry(
        "civicly_list_disagreements",
        "List the request id of each disagreement ({n} more expected).",
        "List the request id of each disagreement ({n} more expected).",
    ),
    entry("civicly_outside_batch", "Not among the first {min_items} of the queue: {ids}."),
    entry("civicly_batch_ok", "Agreements: {agreed}; listed disagreements: {listed}."),
    entry(
        "civicly_failure_modes",
        "Failure modes with a request id as evidence: {modes} (distinct ids: {ids}); "
        "at least {min_cases} expected.",
    ),
    plural_entry(
        "civicly_confirmed_errors",
        "{n} of your examples is a message the model got wrong.",
        "{n} of your examples are messages the model got wrong.",
    ),
    plural_entry(
        "civicly_unknown_ids",
        "{n} unknown request id: {ids}.",
        "{n} unknown request ids: {ids}.",
    ),
    entry(
        "civicly_threshold_range",
        "Choose a review threshold between {minimum} and {maximum}.",
    ),
    plural_entry(
        "civicly_threshold_tried",
        "Try at least {n} threshold (you tried {tried}).",
        "Try at least {n} thresholds (you tried {tried}).",
    ),
    entry("civicly_threshold_ok", "Review threshold: {threshold}."),
    entry("civicly_no_queue", "No ranked queue was given."),
    plural_entry(
        "civicly_recall",
        "{recall:.0%} of the {n} urgent message is in the top {k} "
        "(at least {minimum:.0%} expected).",
        "{recall:.0%} of the {n} urgent messages are in the top {k} "
        "(at least {minimum:.0%} expected).",
    ),
    entry("civicly_no_audit", "Run the audit first: no fairness table was given."),
    entry(
        "civicly_lowest_language",
        "Lowest ratio {ratio:.2f}: messages in {language} (n={count}).",
    ),
    entry(
        "civicly_lowest_district", "Lowest ratio {ratio:.2f}: the district {district} (n={count})."
    ),
    # Translators: {group} is a grouping such as "region", {name} one of its values.
    entry("civicly_lowest_group", "Lowest ratio {ratio:.2f}: {group} {name} (n={count})."),
    entry("civicly_give_ratio", "Check again: give the lowest ratio of the table."),
    entry(
        "civicly_wrong_ratio",
        "Check again: your lowest ratio {given} is not the table's lowest.",
    ),
    entry("civicly_name_group", "The answer must name the group that has the lowest ratio."),
    plural_entry(
        "civicly_all_discussed",
        "The {n} group below {threshold} is discussed.",
        "All {n} groups below {threshold} are discussed.",
    ),
    entry("civicly_not_discussed", "Not discussed yet: {groups} (ratio below {threshold})."),
    entry("civicly_choose_mitigation", "Choose the mitigation you tried."),
    # Translators: {metric} is a metric id such as macro_f1; keep it as it is.
    entry(
        "civicly_audit_both",
        "Audit the model before and after the mitigation ({metric} missing).",
    ),
    entry("civicly_same_holdout", "Compare on the same held-out set."),
    entry("civicly_compared", "{metric}: {before} before, {after} after ({delta:+.4f})."),
    # -- impact-assessment ------------------------------------------------------------------
    # Translators: {problems} are the aia_*_problem texts, separated by semicolons.
    entry("aia_cannot_score", "These answers cannot be scored: {problems}."),
    # Translators: {question} and {known} are question ids; keep them as they are.
    entry("aia_unknown_question_problem", "{question}: unknown question (known: {known})"),
    entry("aia_one_option_problem", "{question}: choose exactly one option"),
    entry(
        "aia_invalid_option_problem",
        "{question}: invalid option '{option}' (choose from {options})",
    ),
    entry("aia_missing_answer_problem", "{question}: missing answer (required)"),
    entry("aia_all_answered", "All questions answered."),
    plural_entry(
        "aia_unanswered",
        "{n} question unanswered: {questions}.",
        "{n} questions unanswered: {questions}.",
    ),
    # Translators: {level} and {minimum} are Roman numerals I to IV.
    entry("aia_level", "Impact level {level} (expected at least {minimum})."),
    entry("aia_mitigation", "Mitigation {percent:.1f} % (expected at least {minimum} %)."),
)

#: How each language separates list items: (values, phrases).
_SEPARATORS = {"ar": ("، ", "؛ "), "fr": (", ", " ; ")}


@dataclass(frozen=True)
class Phrase:
    """One sentence (or fragment) of a check's message: a :data:`TEXT` key and its values."""

    key: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """The phrase as stored: ``{"key": ..., "params": {...}}``."""
        return {"key": self.key, "params": dict(self.params)}


def phrase(key: str, **params: Any) -> Phrase:
    """A phrase of the ``exercises`` table; a plural entry takes its count as ``n``."""
    return Phrase(key, params)


def language_tag(code: str) -> dict[str, str]:
    """A value shown as the name of language ``code`` in the reader's language."""
    return {"language": code}


def _value(value: Any, language: str) -> Any:
    comma, semicolon = _SEPARATORS.get(language, (", ", "; "))
    if isinstance(value, Mapping):
        if "language" in value:
            code = str(value["language"])
            return TEXT.text(f"language_{code}", language) if code in CODES else code
        if "key" in value:
            return render_one(Phrase(str(value["key"]), value.get("params") or {}), language)
        return str(value)
    if isinstance(value, list | tuple):
        nested = any(isinstance(v, Mapping) and "params" in v for v in value)
        return (semicolon if nested else comma).join(str(_value(v, language)) for v in value)
    return value


def render_one(item: Phrase, language: str) -> str:
    """One phrase in ``language`` (English where its translation is missing)."""
    values = {name: _value(value, language) for name, value in item.params.items()}
    if TEXT.entries[item.key].is_plural:
        n = int(values.pop("n"))
        return TEXT.plural(item.key, n, language, **values)
    return TEXT.text(item.key, language, **values)


def render(phrases: Iterable[Phrase], language: str = SOURCE_LANGUAGE) -> str:
    """A check's message in ``language``: its phrases, one after the other."""
    return " ".join(render_one(item, language) for item in phrases)


def to_json(phrases: Iterable[Phrase]) -> list[dict[str, Any]]:
    """Phrases as plain JSON, stored with the learner's progress."""
    return [item.to_json() for item in phrases]


def from_json(raw: Any) -> tuple[Phrase, ...] | None:
    """Stored phrases back, or ``None`` when ``raw`` is not a list of known phrases.

    ``None`` tells the caller to show the stored English message instead: an
    outcome saved before messages were translated, or with a key since removed.
    """
    if not isinstance(raw, Sequence) or isinstance(raw, str) or not raw:
        return None
    phrases = []
    for item in raw:
        if not isinstance(item, Mapping) or item.get("key") not in TEXT:
            return None
        params = item.get("params") or {}
        if not isinstance(params, Mapping):
            return None
        phrases.append(Phrase(str(item["key"]), dict(params)))
    return tuple(phrases)


def missing_translations() -> list[str]:
    """``key:language`` pairs without a current translation (a test keeps this empty)."""
    return TEXT.missing(CODES)
