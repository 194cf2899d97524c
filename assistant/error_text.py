"""The library's error messages that learners and instructors see: English here, translations in catalogs.

An :class:`~assistant.errors.AssistantError` raised with
``SomeError.from_key("key", **params)`` keeps its English message as
``str(exc)`` (logs, the CLI and tests read it unchanged) and also carries the
key of this ``errors`` table (:data:`TEXT`) and its values; the web UI shows
:func:`describe` of the error, which renders the same key in the reader's
language. The translations live in
``assistant/locales/<lang>/LC_MESSAGES/errors.po`` (see :mod:`assistant.i18n`).

Only messages a person can cause and fix from the UI are keyed (a wrong join
code, an empty name, a bad quiz answer, a Civicly data file, an upload too
large); errors only an operator sees (settings, a broken server) stay English.
Values are inserted as they are: a file name, a number or a list of codes is
the same in every language; a plural entry would take its count as the value
``n``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from assistant.i18n import SOURCE_LANGUAGE, Domain, entry, placeholders

#: The three texts a cohort record names (the store's ``_text`` checks), by field.
RECORD_FIELDS = ("cohort_name", "display_name", "note")

TEXT = Domain(
    "errors",
    # -- joining a class (learners) -------------------------------------------------------
    # Translators: {code!r} is what the learner typed, in quotes; keep "0, O, 1 or I" as is.
    entry(
        "join_code_malformed",
        "{code!r} is not a join code: a code has {length} letters and digits, never 0, O, 1 "
        "or I. Copy it again from your instructor.",
    ),
    entry(
        "join_code_unknown",
        "No cohort has the join code {code}. Check the code with your instructor; it may have "
        "been mistyped or the cohort closed.",
    ),
    entry("cohort_name_missing", "Please give a cohort name."),
    entry("display_name_missing", "Please give a display name."),
    entry("note_missing", "Please give a note."),
    entry(
        "cohort_name_too_long", "The cohort name is {length} characters long; keep it to {maximum}."
    ),
    entry(
        "display_name_too_long",
        "The display name is {length} characters long; keep it to {maximum}.",
    ),
    entry("note_too_long", "The note is {length} characters long; keep it to {maximum}."),
    entry("cohort_name_control", "The cohort name contains invisible control characters."),
    entry("display_name_control", "The display name contains invisible control characters."),
    entry("note_control", "The note contains invisible control characters."),
    # -- classes (instructors) ------------------------------------------------------------
    entry("join_code_exhausted", "Could not draw an unused join code; please try again."),
    entry("cohort_unknown", "No such cohort; it may have been deleted."),
    entry("material_unknown", "Unknown course material {material!r}; use one of {valid}."),
    entry(
        "cohort_not_joined", "This learner has not joined the cohort; join it with its code first."
    ),
    # -- chat feedback (learners) ---------------------------------------------------------
    entry(
        "comment_too_long",
        "Your comment is {length} characters long; please keep it under {maximum}.",
    ),
    entry("rating_unknown", "No rating {feedback_id} to comment on; rate the answer again."),
    # -- course quizzes (learners) --------------------------------------------------------
    # Translators: {ids} and {valid} are question ids; {module} is a module id.
    entry(
        "quiz_unknown_questions",
        "Unknown question id(s) {ids} for the {module} quiz; valid ids: {valid}.",
    ),
    entry(
        "quiz_not_an_option",
        "Answer {chosen!r} to question {question} is not an option index (0-{last}).",
    ),
    entry(
        "course_no_module", "The course has no module {module_id!r}. Modules: {valid}."
    ),
    # Translators: {language} is a language code such as fr.
    entry(
        "course_no_section",
        "Module {module_id!r} ({language}) has no section {section_id!r}. Sections: {valid}.",
    ),
    # -- the Civicly sandbox (learners) ---------------------------------------------------
    entry("civicly_empty_text", "Type the citizen's message to classify it."),
    entry("civicly_override_no_reason", "Give a reason for the override: it is what auditors read."),
    entry(
        "civicly_override_unchanged",
        "Nothing to override: choose another department or urgency level.",
    ),
    entry(
        "civicly_request_unknown",
        "No request {request_id!r} in your queue; pick one from the table.",
    ),
    # Translators: {problem} describes the first rejected row (it stays in English).
    entry("civicly_no_valid_record", "No valid record in {name}; first problem: {problem}."),
    entry(
        "civicly_no_file",
        "No data file at {path}: give a CSV or JSON file of feedback records.",
    ),
    # Translators: "CSV UTF-8" is the name of a spreadsheet's save format; keep it.
    entry(
        "civicly_not_utf8",
        '{name}: not UTF-8 text (byte {byte}). Save the file as UTF-8 (in a spreadsheet: '
        '"CSV UTF-8") and load it again.',
    ),
    # Translators: {reason} is the JSON parser's message (in English).
    entry("civicly_bad_json", "{path}: invalid JSON at line {line}: {reason}"),
    entry("civicly_json_not_objects", "{path}: JSON must be a list of objects (or one object a line)."),
    entry(
        "civicly_bad_format", "{path}: unsupported format {suffix!r}; use .csv, .json or .jsonl"
    ),
    entry("civicly_no_records", "{path}: the file holds no records."),
    # Translators: {unknown} and {fields} are field names such as description; keep them.
    entry(
        "civicly_mapping_unknown_fields",
        "Unknown field(s) in the column mapping: {unknown}. Map these fields: {fields}.",
    ),
    entry(
        "civicly_mapping_missing_column",
        "Column {column!r} (mapped to {field}) is not in the file; its columns are: {columns}.",
    ),
    # Translators: keep 'description', Open311 and --map description=YOUR_COLUMN as they are.
    entry(
        "civicly_no_text_column",
        "No text column found: name it 'description' (Open311) or map it, "
        "e.g. --map description=YOUR_COLUMN. Columns: {columns}.",
    ),
    # Translators: keep FIELD=COLUMN and description=text as they are.
    entry(
        "civicly_bad_mapping", "Bad mapping {pair!r}: write FIELD=COLUMN, e.g. description=text"
    ),
    entry(
        "civicly_too_few_records",
        "Training needs at least 10 labelled records (got {count}).",
    ),
    entry(
        "civicly_no_department", "Every training record needs a department (service_code)."
    ),
    entry("civicly_one_department", "Training needs at least two departments."),
    entry(
        "civicly_rare_departments",
        "Departments with fewer than 3 examples cannot be learned: {departments}. "
        "Add examples or merge them into another department.",
    ),
    # -- the material library (instructors) -----------------------------------------------
    entry("upload_unsupported_type", "unsupported file type; use {supported}"),
    # Translators: {reason} is the system's reason (in English).
    entry("upload_unreadable", "cannot read the upload: {reason}"),
    # Translators: keep ASSISTANT_MAX_UPLOAD_MB, the setting's name, as it is.
    entry(
        "upload_too_large",
        "{size:.1f} MB, more than the {limit:g} MB limit (ASSISTANT_MAX_UPLOAD_MB)",
    ),
    # Translators: keep `assistant ingest`, a command, as it is.
    entry(
        "upload_name_taken",
        "a document with this name ({doc_id}) was added on the server with "
        "`assistant ingest`; rename the file",
    ),
    entry("upload_no_document", "no such instructor document"),
    entry(
        "upload_server_document",
        "this document was added on the server with `assistant ingest`; "
        "replace its file there and ingest again",
    ),
    entry("upload_language_unknown", "Unknown language {language!r}; use one of {valid}."),
    entry("upload_module_too_long", "Module names have at most {maximum} characters."),
)


def render(key: str, params: Mapping[str, Any], language: str) -> str:
    """Entry ``key`` of :data:`TEXT` in ``language`` (English if untranslated), with ``params``."""
    values = dict(params)
    if TEXT.entries[key].is_plural:
        n = values.pop("n")
        return TEXT.plural(key, n, language, **values)
    return TEXT.text(key, language, **values)


def english(key: str, /, **params: Any) -> str:
    """The English message of ``key``: what ``str()`` of a keyed error says."""
    return render(key, params, SOURCE_LANGUAGE)


def describe(exc: BaseException, language: str) -> str:
    """``exc``'s message in ``language`` when it has a key and a translation, else ``str(exc)``."""
    key = getattr(exc, "key", None)
    if not isinstance(key, str) or key not in TEXT:
        return str(exc)
    params = getattr(exc, "params", {})
    if not placeholders(TEXT.entries[key].english) <= set(params):
        return str(exc)
    try:
        return render(key, params, language)
    except (KeyError, IndexError, ValueError):  # a translation that does not fit its values
        return str(exc)
