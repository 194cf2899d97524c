"""The gettext catalogs (assistant/locales): complete, current, well-formed, and used right.

Fails on a missing translation, a fuzzy (stale) entry, placeholders that differ
between the English and a translation (every plural form included), a wrong or
missing Plural-Forms header, a template out of date with the code, and a key
used in the code that no table has. ``make i18n-check`` runs this file.
"""

from __future__ import annotations

import ast
import gettext
import re
from functools import cache
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_file
from babel.messages.pofile import read_po

from assistant import error_text, i18n, languages
from assistant.exercises import text as exercise_text
from assistant.web import civicly_text, text

ROOT = Path(__file__).resolve().parents[1]
DOMAINS: dict[str, i18n.Domain] = {
    "web": text.UI,
    "civicly": civicly_text.TEXT,
    "messages": languages.MESSAGES,
    "exercises": exercise_text.TEXT,
    "errors": error_text.TEXT,
}
SOURCES = {
    "web": ROOT / "assistant/web/text.py",
    "civicly": ROOT / "assistant/web/civicly_text.py",
    "messages": ROOT / "assistant/languages.py",
    "exercises": ROOT / "assistant/exercises/text.py",
    "errors": ROOT / "assistant/error_text.py",
}
TRANSLATED = tuple(code for code in languages.CODES if code != i18n.SOURCE_LANGUAGE)
PLURAL_FORMS = {
    "fr": "nplurals=2; plural=(n > 1);",
    "es": "nplurals=2; plural=(n != 1);",
    "pt": "nplurals=2; plural=(n != 1);",
    "ar": "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 "
    ": n%100>=11 ? 4 : 5);",
}
CATALOGS = [(language, domain) for language in TRANSLATED for domain in DOMAINS]


@cache
def _catalog(language: str, domain: str) -> Catalog:
    path = i18n.LOCALES / language / "LC_MESSAGES" / f"{domain}.po"
    with path.open("rb") as handle:
        return read_po(handle)


def _messages(catalog: Catalog) -> list[Message]:
    return [message for message in catalog if message.id]


def _forms(message: Message) -> tuple[str, ...]:
    string = message.string
    return tuple(string) if isinstance(string, (list, tuple)) else (string or "",)


def _ids(entries: dict[str, i18n.Entry]) -> set[tuple[str, str | tuple[str, str]]]:
    return {
        (key, (e.english, e.english_plural) if e.english_plural is not None else e.english)
        for key, e in entries.items()
    }


def _single_number_forms(plural_forms: str) -> set[int]:
    """Indexes of the plural forms used for exactly one number (Arabic: 0, 1 and 2)."""
    rule = gettext.c2py(plural_forms.split("plural=", 1)[1].rstrip(";"))
    seen: dict[int, set[int]] = {}
    for n in range(1000):
        seen.setdefault(rule(n), set()).add(n)
    return {form for form, numbers in seen.items() if len(numbers) == 1}


# -- the catalogs -------------------------------------------------------------------


@pytest.mark.parametrize("domain", DOMAINS)
def test_every_string_of_the_code_has_a_current_translation(domain):
    # An English text changed in the code without `make i18n-update` shows up here too.
    assert DOMAINS[domain].missing(languages.CODES) == []


@pytest.mark.parametrize(("language", "domain"), CATALOGS)
def test_no_entry_is_empty_or_fuzzy(language, domain):
    catalog = _catalog(language, domain)
    assert not catalog.fuzzy, f"{language}/{domain}.po: remove the header's '#, fuzzy'"
    empty = [m.context for m in _messages(catalog) if not all(_forms(m))]
    stale = [m.context for m in _messages(catalog) if m.fuzzy]
    assert empty == [], f"{language}/{domain}.po: untranslated"
    assert stale == [], f"{language}/{domain}.po: fuzzy (review, then delete '#, fuzzy')"


@pytest.mark.parametrize(("language", "domain"), CATALOGS)
def test_plural_forms_header_and_form_counts(language, domain):
    catalog = _catalog(language, domain)
    headers = dict(catalog.mime_headers)
    assert headers.get("Plural-Forms") == PLURAL_FORMS[language]
    assert headers.get("Language") == language
    wrong = [m.context for m in _messages(catalog)
             if m.pluralizable and len(_forms(m)) != catalog.num_plurals]
    assert wrong == [], f"{language}/{domain}.po needs {catalog.num_plurals} forms"


@pytest.mark.parametrize(("language", "domain"), CATALOGS)
def test_placeholders_are_the_same_in_every_form(language, domain):
    # A form used for a single number may leave out {n}: Arabic says "يوم واحد", "يومان".
    catalog = _catalog(language, domain)
    single = _single_number_forms(catalog.plural_forms)
    problems = []
    for message in _messages(catalog):
        if not all(_forms(message)):
            continue  # untranslated: reported by the test above
        if not message.pluralizable:
            expected = i18n.placeholders(message.id)
            if i18n.placeholders(message.string) != expected:
                problems.append((message.context, message.string))
            continue
        one, other = message.id
        expected = i18n.placeholders(other)
        if "n" not in expected or i18n.placeholders(one) - {"n"} != expected - {"n"}:
            problems.append((message.context, "the English forms need {n} and the same fields"))
        for index, form in enumerate(_forms(message)):
            found = i18n.placeholders(form)
            if found != expected and not (index in single and found == expected - {"n"}):
                problems.append((message.context, index, form))
    assert problems == []


@pytest.mark.parametrize("domain", DOMAINS)
def test_template_and_catalogs_follow_the_code(domain):
    # Babel's extractor must see every entry (a literal key and literal English text),
    # and the template and catalogs must be up to date: otherwise run `make i18n-update`.
    expected = _ids(DOMAINS[domain].entries)
    extracted = {
        (context, msgid)
        for _, msgid, _, context in extract_from_file(
            "python", SOURCES[domain], keywords=i18n.KEYWORDS, comment_tags=("Translators:",)
        )
    }
    assert extracted == expected
    with (i18n.LOCALES / f"{domain}.pot").open("rb") as handle:
        template = read_po(handle)
    assert {(m.context, m.id) for m in _messages(template)} == expected
    for language in TRANSLATED:
        catalog = _catalog(language, domain)
        assert {(m.context, m.id) for m in _messages(catalog)} == expected, language


# -- plural forms at run time -------------------------------------------------------

NUMBERS = (0, 1, 2, 3, 11, 100)


@pytest.mark.parametrize(
    ("language", "forms"),
    [
        ("ar", (0, 1, 2, 3, 4, 5)),  # zero, one, two, few (3-10), many (11-99), other
        ("fr", (0, 0, 1, 1, 1, 1)),  # 0 and 1 are singular in French
        ("es", (1, 0, 1, 1, 1, 1)),
        ("pt", (1, 0, 1, 1, 1, 1)),
    ],
)
def test_tn_picks_the_form_of_the_number(language, forms):
    message = _catalog(language, "web").get(
        ("Records are deleted after {n} day.", "Records are deleted after {n} days."),
        context="about_retention_days",
    )
    assert message is not None
    for n, form in zip(NUMBERS, forms, strict=True):
        assert text.tn("about_retention_days", n, language) == message.string[form].format(n=n)


def test_tn_arabic_and_english_words():
    said = [text.tn("about_retention_days", n, "ar") for n in NUMBERS]
    assert said == [
        "تُحذف السجلات بعد 0 يوم.",
        "تُحذف السجلات بعد يوم واحد.",
        "تُحذف السجلات بعد يومين.",
        "تُحذف السجلات بعد 3 أيام.",
        "تُحذف السجلات بعد 11 يومًا.",
        "تُحذف السجلات بعد 100 يوم.",
    ]
    assert text.tn("about_retention_days", 111, "ar").endswith("111 يومًا.")  # 111 % 100 = 11
    assert text.tn("about_retention_days", 1, "en") == "Records are deleted after 1 day."
    assert text.tn("about_retention_days", 0, "en") == "Records are deleted after 0 days."
    assert text.tn("about_retention_days", 0, "fr").endswith("après 0 jour.")  # n > 1 rule
    assert civicly_text.tn("train_rejected", 1, "en") == "**1 row rejected:**"
    assert languages.message_n("question_too_long", 2, "ar", limit=1) == (
        "سؤالك طويل جدًا (حرفان). الحد الأقصى هو 1."
    )


def test_unknown_language_or_key_and_wrong_accessor():
    assert text.t("ask", "de") == "Ask" and text.t("ask", "../fr") == "Ask"
    assert text.tn("minutes", 2, "de") == "About 2 minutes"
    with pytest.raises(KeyError, match="no_such_key"):
        text.t("no_such_key", "fr")
    with pytest.raises(TypeError, match="tn"):
        text.t("minutes", "fr")
    with pytest.raises(TypeError, match="t\\(key"):
        text.tn("ask", 2, "fr")


def test_a_stale_translation_shows_the_english(tmp_path):
    po = tmp_path / "fr" / "LC_MESSAGES" / "demo.po"
    po.parent.mkdir(parents=True)
    po.write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
        '"Plural-Forms: nplurals=2; plural=(n > 1);\\n"\n\n'
        '#, fuzzy\nmsgctxt "greet"\nmsgid "Hello"\nmsgstr "Bonjour"\n\n'
        'msgctxt "bye"\nmsgid "Good bye"\nmsgstr "Au revoir"\n',
        encoding="utf-8",
    )
    demo = i18n.Domain(
        "demo", i18n.entry("greet", "Hello"), i18n.entry("bye", "Goodbye"),
        i18n.entry("thanks", "Thanks"), locales=tmp_path,
    )
    # fuzzy, English changed since ("Good bye" -> "Goodbye"), not in the catalog at all
    assert [demo.text(key, "fr") for key in ("greet", "bye", "thanks")] == [
        "Hello", "Goodbye", "Thanks",
    ]
    assert demo.missing(("en", "fr")) == ["greet:fr", "bye:fr", "thanks:fr"]
    with pytest.raises(ValueError, match="Duplicate"):
        i18n.Domain("demo", i18n.entry("a", "A"), i18n.entry("a", "B"))


# -- keys used in the code ----------------------------------------------------------

#: Calls whose first literal argument is a key: call -> (domain, plural).
CALLS = {
    "t": ("web", False),
    "tn": ("web", True),
    "tab_text.t": ("civicly", False),
    "tab_text.tn": ("civicly", True),
    "languages.message": ("messages", False),
    "languages.message_n": ("messages", True),
    "phrase": ("exercises", None),  # an exercise check's message; plural when it has n=
}
#: The Civicly tab's helpers take a civicly key (first or second argument).
CIVICLY_HELPERS = {"text": 0, "labelled": 1, "valued": 1}
TABLE_MODULES = {
    "assistant/web/text.py", "assistant/web/civicly_text.py", "assistant/exercises/text.py",
    "assistant/i18n.py", "assistant/error_text.py",
}


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{_name(node.value)}.{node.attr}"
    return ""


def _literals(node: ast.expr | None) -> list[str]:
    """The key(s) an argument can be: a literal, or both branches of ``a if c else b``."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        return _literals(node.body) + _literals(node.orelse)
    return []


def _keys_used_in_code() -> list[tuple[str, str, str, bool | None]]:
    """(where, domain, key, plural or None) for each literal key in the code."""
    used: list[tuple[str, str, str, bool | None]] = []
    for path in sorted((ROOT / "assistant").rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        if relative in TABLE_MODULES:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and relative.endswith("web/exercise_data.py"):
                # the reasons a check cannot run are UI keys passed around as values
                if isinstance(node.value, str) and re.fullmatch(r"ex_[a-z_]+", node.value):
                    used.append((f"{relative}:{node.lineno}", "web", node.value, None))
            if not isinstance(node, ast.Call):
                continue
            name, where = _name(node.func), f"{relative}:{node.lineno}"
            if name in CALLS and node.args:
                domain, plural = CALLS[name]
                if plural is None:  # phrase(key, n=..., ...): a count makes it a plural
                    plural = any(keyword.arg == "n" for keyword in node.keywords)
                used += [(where, domain, key, plural) for key in _literals(node.args[0])]
            elif name in CIVICLY_HELPERS and relative.endswith("web/civicly.py"):
                index = CIVICLY_HELPERS[name]
                if len(node.args) > index:
                    used += [(where, "civicly", k, False) for k in _literals(node.args[index])]
            elif name.endswith(".from_key") and node.args:  # SomeError.from_key(key, ...)
                plural = any(keyword.arg == "n" for keyword in node.keywords)
                used += [(where, "errors", k, plural) for k in _literals(node.args[0])]
            elif name.endswith("relabel.add"):
                for keyword in node.keywords:
                    used += [(where, "web", k, False) for k in _literals(keyword.value)]
    return used


def test_every_key_used_in_the_code_exists_with_the_right_accessor():
    used = _keys_used_in_code()
    assert len(used) > 150  # the scan still finds the calls
    problems = []
    for where, domain, key, plural in used:
        entry = DOMAINS[domain].entries.get(key)
        if entry is None:
            problems.append(f"{where}: no {domain} key {key!r}")
        elif plural is not None and entry.is_plural != plural:
            problems.append(f"{where}: {key!r} is {'' if entry.is_plural else 'not '}a plural")
    assert problems == []


def test_keys_built_from_data_exist():
    from assistant.exercises.civicly_triage.urgency import LEVELS, RULES
    from assistant.web.civicly import QUEUE_HEADER_KEYS
    from assistant.web.instructor import _TABLE_NAMES, TABLES

    web = [k for keys in TABLES.values() for k in keys] + list(_TABLE_NAMES.values())
    civicly = list(QUEUE_HEADER_KEYS) + [f"level_{name}" for name, _ in LEVELS]
    civicly += [f"rule_{rule.id}" for rule in RULES]
    assert [k for k in web if k not in text.UI] == []
    assert [k for k in civicly if k not in civicly_text.TEXT] == []
    exercises = [f"language_{code}" for code in languages.CODES]
    exercises += [f"llm_backend_{kind}" for kind in ("offline", "local", "server")]
    exercises += [f"pii_{name}_{what}" for name in ("precision", "recall")
                  for what in ("missing", "differs")]
    exercises += ["none", "overall"]  # {"key": ...} values inside a message
    assert [k for k in exercises if k not in exercise_text.TEXT] == []
    errors = [f"{field}_{what}" for field in error_text.RECORD_FIELDS
              for what in ("missing", "too_long", "control")]  # the store's _text checks
    assert [k for k in errors if k not in error_text.TEXT] == []
