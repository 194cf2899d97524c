"""Translated strings: English in the code, the other languages in gettext catalogs.

Each string table (the web UI, the Civicly tab, the library's answer messages)
is a :class:`Domain` of entries written in the code as
``entry("key", "English text")`` or ``plural_entry("key", "{n} item", "{n} items")``.
Babel's extractor reads those calls (``KEYWORDS``) into a template
``assistant/locales/<domain>.pot``; each language has a catalog
``assistant/locales/<lang>/LC_MESSAGES/<domain>.po`` whose entries are
``msgctxt`` = the key, ``msgid`` = the English text, ``msgstr`` = the
translation. Because the English text is the ``msgid``, changing it in the code
makes ``pybabel update`` mark the old translation fuzzy (stale), which the
tests reject; at run time a stale or missing translation shows the English.

The ``.po`` files are read directly (Babel's ``read_po``) the first time a
language is used, so a fresh clone or an installed wheel needs no compile step;
there are no ``.mo`` files to keep in sync. The language is always passed
explicitly, so one process serves every learner in the language each one
picked (Gradio's own i18n follows the browser, which is not enough).

Plural entries take their count as ``{n}``; :meth:`Domain.plural` picks the
form with the catalog's ``Plural-Forms`` rule (two forms in French, Spanish
and Portuguese, six in Arabic) and English's own rule for English.
"""

from __future__ import annotations

import gettext
import io
import string
import threading
from dataclasses import dataclass
from pathlib import Path

#: Where the templates (``<domain>.pot``) and catalogs (``<lang>/LC_MESSAGES/<domain>.po``) live.
LOCALES = Path(__file__).parent / "locales"
#: The language of the text written in the code (the ``msgid``).
SOURCE_LANGUAGE = "en"
#: Babel keyword specs of the two markers: the key is the context, then the English text
#: (``pybabel extract -k entry:1c,2 -k plural_entry:1c,2,3``, as in the Makefile).
KEYWORDS: dict[str, tuple[tuple[int, str] | int, ...]] = {
    "entry": ((1, "c"), 2),
    "plural_entry": ((1, "c"), 2, 3),
}


@dataclass(frozen=True)
class Entry:
    """One string: its key (``msgctxt``), its English text and, for a plural, the other form."""

    key: str
    english: str
    english_plural: str | None = None

    @property
    def is_plural(self) -> bool:
        return self.english_plural is not None


def entry(key: str, english: str) -> Entry:
    """A string of a :class:`Domain` (extracted by Babel as ``msgctxt`` key, ``msgid`` English)."""
    return Entry(key, english)


def plural_entry(key: str, one: str, other: str) -> Entry:
    """A string with plural forms; its count is the placeholder ``{n}``."""
    return Entry(key, one, other)


def placeholders(text: str) -> set[str]:
    """The ``{name}`` fields of a format string."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def load_catalog(path: Path) -> gettext.NullTranslations:
    """A ``.po`` file as gettext translations (fuzzy entries left out, so they show English)."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po
    from babel.support import Translations

    with path.open("rb") as handle:
        catalog = read_po(handle)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return Translations(buffer)


class Domain:
    """A table of strings: English entries in the code, translations in ``<domain>.po`` files."""

    def __init__(self, name: str, *entries: Entry, locales: Path = LOCALES) -> None:
        self.name = name
        self.locales = locales
        self.entries: dict[str, Entry] = {}
        for item in entries:
            if item.key in self.entries:
                raise ValueError(f"Duplicate key {item.key!r} in the {name!r} strings")
            self.entries[item.key] = item
        self._translations: dict[str, gettext.NullTranslations] = {}
        self._lock = threading.Lock()

    def __contains__(self, key: object) -> bool:
        return key in self.entries

    def catalog_path(self, language: str) -> Path:
        return self.locales / language / "LC_MESSAGES" / f"{self.name}.po"

    def translations(self, language: str) -> gettext.NullTranslations:
        """The catalog of ``language``, read once (English, or no catalog: the code's text)."""
        with self._lock:
            found = self._translations.get(language)
            if found is None:
                path = self.catalog_path(language)
                plain = language == SOURCE_LANGUAGE or not language.isalpha() or not path.is_file()
                found = gettext.NullTranslations() if plain else load_catalog(path)
                self._translations[language] = found
        return found

    def _entry(self, key: str, plural: bool) -> Entry:
        item = self.entries.get(key)
        if item is None:
            raise KeyError(f"No {self.name!r} string {key!r}: add entry({key!r}, ...) to its table")
        if item.is_plural != plural:
            use = "tn(key, n, language)" if item.is_plural else "t(key, language)"
            raise TypeError(f"The {self.name!r} string {key!r} is read with {use}")
        return item

    def text(self, key: str, language: str, /, **values: object) -> str:
        """String ``key`` in ``language`` (English if untranslated), formatted with ``values``."""
        item = self._entry(key, plural=False)
        template = self.translations(language).pgettext(key, item.english)
        return template.format(**values) if values else template

    def plural(self, key: str, n: int, language: str, /, **values: object) -> str:
        """Plural string ``key`` in the form ``language`` uses for ``n``, formatted with ``n``."""
        item = self._entry(key, plural=True)
        assert item.english_plural is not None
        template = self.translations(language).npgettext(key, item.english, item.english_plural, n)
        return template.format(n=n, **values)

    def missing(self, languages: tuple[str, ...]) -> list[str]:
        """``key:language`` pairs without a current (translated, not fuzzy) text."""
        from babel.messages.pofile import read_po

        gaps = []
        for language in languages:
            if language == SOURCE_LANGUAGE:
                continue
            path = self.catalog_path(language)
            if not path.is_file():
                gaps += [f"{key}:{language}" for key in self.entries]
                continue
            with path.open("rb") as handle:
                catalog = read_po(handle)
            for key, item in self.entries.items():
                msgid: str | tuple[str, str] = (
                    (item.english, item.english_plural) if item.english_plural else item.english
                )
                message = catalog.get(msgid, context=key)
                string = message.string if message is not None else None
                forms = tuple(string) if isinstance(string, (list, tuple)) else (string,)
                if message is None or message.fuzzy or not all(forms):
                    gaps.append(f"{key}:{language}")
        return gaps
