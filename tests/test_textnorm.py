"""The one normalisation gate (assistant.textnorm): cases by hand, then properties."""

import sys
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant import textnorm

#: Any code point, lone surrogates included (Hypothesis leaves them out by default).
ANY_CHAR = st.one_of(
    st.characters(exclude_categories=()), st.integers(0xD800, 0xDFFF).map(chr)
)
ANY_TEXT = st.text(alphabet=ANY_CHAR, max_size=200)
_VISIBLE_FORMAT = {"\u0600", "\u0601", "\u0602", "\u0603", "\u0604", "\u0605", "\u06dd",
                   "\u070f", "\u0890", "\u0891", "\u08e2", "\U000110bd", "\U000110cd"}


def test_every_invisible_format_character_is_dropped():
    kept = []
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if unicodedata.category(char) != "Cf" or char in _VISIBLE_FORMAT:
            continue
        if textnorm.clean(f"a {char} b") != "a  b":
            kept.append(f"U+{code:04X}")
    assert kept == []


def test_zwnj_and_zwj_stay_inside_words_only():
    persian = "می\u200cخواهم"  # "I want": the ZWNJ is part of the spelling
    assert textnorm.clean(persian) == persian
    assert textnorm.clean("\u200cمی خواهم\u200c") == "می خواهم"
    assert textnorm.clean("a\u200d b") == "a b"
    assert textnorm.clean("ل\u200b\u200dا") == "ل\u200dا"  # the joiner survives, not the ZWSP


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("\u202eevil\u202c txt", "evil txt"),  # bidi override
        ("\ufeffBOM inside\ufeff", "BOM inside"),
        ("zero\u200bwidth", "zerowidth"),
        ("soft\u00adhyphen", "softhyphen"),
        ("nul\x00bell\x07", "nulbell"),
        ("line\u2028sep\x0bvt\x85nel", "line\nsep\nvt\nnel"),
        ("tabs\tand\r\nnewlines", "tabs\tand\r\nnewlines"),
        ("Cafe\u0301", "Café"),  # NFC
        ("bad \ud800 and \udcff", "bad \ufffd and \ufffd"),
        ("\u0600\u0661", "\u0600\u0661"),  # a visible Arabic number sign stays
    ],
)
def test_clean(raw, clean):
    assert textnorm.clean(raw) == clean


@pytest.mark.parametrize(
    "question", ["", "   ", "\u200b\u200b", "\ufeff", "\x01\x02", "😀😀", "\u202e", "?!…", "\ud800"]
)
def test_questions_without_letters_or_digits_are_empty(question):
    assert textnorm.question(question) == ""
    assert not textnorm.has_content(textnorm.clean(question))


def test_question_keeps_words_on_one_line():
    assert textnorm.question("  What is\n\u200b data?\t ") == "What is data?"
    assert textnorm.question("2024") == "2024"
    assert textnorm.question("ما هو تقليل البيانات؟") == "ما هو تقليل البيانات؟"
    assert textnorm.question("data \udcff\udcfe") == "data \ufffd\ufffd"


def test_embedding_window_fits_one_model_window():
    assert textnorm.embedding_window("short question") == "short question"
    long = textnorm.embedding_window("minimisation " * 100)
    assert len(long) <= textnorm.EMBED_QUERY_CHARS and long.endswith("minimisation")
    assert len(textnorm.embedding_window("😀" * 2000)) == textnorm.EMBED_QUERY_CHARS


def test_file_names_are_shown_printable():
    assert textnorm.file_name("caf\udce9.md") == "caf\\xe9.md"
    assert textnorm.file_name("evil\u202egpj.md") == "evil\\u202egpj.md"
    assert textnorm.file_name("two\nlines.md") == "two\\u000alines.md"
    assert textnorm.file_name("données/é.md") == "données/é.md"


def test_decode_replaces_bad_bytes():
    assert textnorm.decode(b"\xef\xbb\xbfcaf\xe9 \xe2\x80\xae!") == "caf\ufffd !"


@settings(max_examples=300, deadline=None)
@given(ANY_TEXT)
def test_clean_output_is_valid_stable_and_visible(text):
    out = textnorm.clean(text)
    out.encode("utf-8")  # no lone surrogates left
    assert unicodedata.is_normalized("NFC", out)
    assert textnorm.clean(out) == out
    for char in out:
        category = unicodedata.category(char)
        assert category != "Cc" or char in "\t\n\r"
        assert category != "Cf" or char in _VISIBLE_FORMAT or char in "\u200c\u200d"


@settings(max_examples=300, deadline=None)
@given(ANY_TEXT)
def test_questions_and_file_names_are_one_clean_line(text):
    asked = textnorm.question(text)
    asked.encode("utf-8")
    assert "\n" not in asked and asked == asked.strip()
    assert asked == "" or textnorm.has_content(asked)
    shown = textnorm.file_name(text)
    shown.encode("utf-8")
    hidden = ("Cc", "Cf", "Cs", "Zl", "Zp")  # visible signs such as U+0600 are shown as they are
    assert not any(unicodedata.category(c) in hidden and c not in _VISIBLE_FORMAT for c in shown)
