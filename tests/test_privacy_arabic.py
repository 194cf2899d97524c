"""Arabic names and address chains, identity numbers with cues, quoted names (issue #15)."""

import pytest

from assistant.privacy import arabic, find_personal_data
from assistant.privacy.names import arabic_lists


def found(text, language=None):
    return [(s.kind, s.text) for s in find_personal_data(text, language)]


def names(text):
    return [value for kind, value in found(text, "ar") if kind == "NAME"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("هل اسم خديجة يعتبر بيانات شخصية؟", "خديجة"),  # a listed name alone
        ("زميلي كريم لم يستلم كلمة السر", "كريم"),  # also a word (generous): after a cue
        ("أرسلوا الملف لحمزة اليوم", "حمزة"),  # the clitic stays outside
        ("السيدة ليلى حداد تطلب موعدا", "ليلى حداد"),  # a listed surname continues the chain
        ("السيد محمد أمين بنعلي يطلب شهادة", "محمد أمين بنعلي"),
        ("يسكن والدي عبد الكريم بن يوسف في الرياض", "عبد الكريم بن يوسف"),
        ("قالت لي أم خالد إن الحافلة لا تمر", "أم خالد"),  # kunya
        ("مع التحية،\nرشيد بوزيد", "رشيد بوزيد"),
    ],
)
def test_arabic_names(text, name):
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "عندي أمل كبير أن تحل المشكلة قريبا.",  # hope
        "احذفوا أسماء المستخدمين من الجدول قبل النشر.",  # "names", not Asma
        "مدرسة خالد بن الوليد تحتاج إلى صيانة.",  # a school named after someone
        "السلام عليكم، شكرا جزيلا على الرد.",
        "هل هذا اسم أم لقب؟",  # "or", not a kunya
        "قدمت الطلب باسم آخر.",
    ],
)
def test_arabic_words_that_are_not_names(text):
    assert names(text) == []


def test_the_finder_reads_the_gazetteer_lists():
    lists = arabic_lists()
    assert lists.given("خديجة") and lists.surname("الغامدي") and not lists.surname("في")
    assert list(arabic.find_persons("جاري عماد", lists)) == [(5, 9)]


@pytest.mark.parametrize(
    ("text", "language", "address"),
    [
        ("في عمارة النور، شقة 3، حي الرياض، تونس.", "ar", "عمارة النور، شقة 3، حي الرياض، تونس"),
        (
            "أسكن في شارع محمد الخامس، عمارة 22، الطابق الثالث، الدار البيضاء 20250.",
            "ar",
            "شارع محمد الخامس، عمارة 22، الطابق الثالث، الدار البيضاء 20250",
        ),
        ("عنواني: طريق المطار، فيلا 31، مسقط", "ar", "طريق المطار، فيلا 31، مسقط"),
        ("Pouvez-vous écrire à BP 245, 97400 Saint-Denis ?", "fr", "BP 245, 97400 Saint-Denis"),
        (
            "at 77 Rue Saint-Denis, Montreal, QC H2X 3K8.",
            "en",
            "77 Rue Saint-Denis, Montreal, QC H2X 3K8",
        ),
    ],
)
def test_address_parts_join_into_one_span(text, language, address):
    assert ("ADDRESS", address) in found(text, language)


def test_a_district_or_street_alone_is_a_topic():
    assert found("الإنارة في حي السلام معطلة، وشارع الحرية مغلق.", "ar") == []


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("لتجديد بطاقة التعريف؟ رقمها الحالي BK123456.", "ar", "BK123456"),
        ("Mi DNI es 12.345.678-Z, gracias", "es", "12.345.678-Z"),
        ("my SSN is 123 45 6789", "en", "123 45 6789"),
        ("NIF 123 456 789", "pt", "123 456 789"),
    ],
)
def test_identity_numbers_in_other_layouts(text, language, value):
    assert ("NATIONAL_ID", value) in found(text, language)


def test_the_same_letters_and_digits_without_an_identity_cue_are_not_ids():
    assert found("Order AB123456 ships on Monday.", "en") == []


def test_quoted_name_and_irish_surname():
    assert ("NAME", "Quispe") in found('¿Es "Quispe" un apellido o un nombre?', "es")
    assert ("NAME", "Hannah O'Sullivan") in found("my mum Hannah O'Sullivan needs a ramp", "en")
