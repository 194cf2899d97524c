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
        # a family name made with أبو, whose second word is also an everyday one (gazelle)
        ("اتصلت بنا سلمى أبو غزالة بخصوص الفاتورة", "سلمى أبو غزالة"),
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


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "أرجو إيصال الرسالة للسيد الزعبي.",
            "الزعبي",
        ),  # a family name alone, the cue with a clitic
        (
            "يقول المهندس طلال العتيبي إن المشروع جاهز.",
            "طلال العتيبي",
        ),  # a given name that is a word
        ("السيد محند أوعلي يطلب شهادة السكنى.", "محند أوعلي"),  # Maghrebi and Amazigh names
        ("أرسل الأوراق إلى محمد ولد أحمدو في نواكشوط.", "محمد ولد أحمدو"),  # any name after "ولد"
        ("ابنتي لجين تحتاج إلى شهادة مدرسية.", "لجين"),  # kinship cue, no everyday word
        ("المواطن ناصر بن سعد آل مفرح تقدم بشكوى.", "ناصر بن سعد آل مفرح"),
        ("كتبت هدى في الدردشة: هل يمكن تغيير كلمة المرور؟", "هدى"),  # after a verb of writing
        ("تحدثت مع نبيل عن الموضوع.", "نبيل"),
        ("اتصلت بي نادين حداد من البنك.", "نادين حداد"),
        ("وقالت لي جارتي أم سعد إن المياه مقطوعة.", "أم سعد"),
        ("أنا Karim Benjelloun وأسكن في الدار البيضاء.", "Karim Benjelloun"),
    ],
)
def test_arabic_names_after_cues_and_before_family_names(text, name):
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "شارع الملك عبد العزيز مغلق بسبب الصيانة.",  # a street named after a king
        "أسكن قرب مستشفى الملك فهد منذ سنوات.",
        "ابني مريض ولا يستطيع الذهاب إلى المدرسة.",  # kinship cue before an everyday word
        "ابنتي الصغرى تدرس في الصف الثاني.",
        "السيد الرئيس افتتح المعرض.",
        "قال الوزير إن المشروع سيبدأ قريبا.",
        "المادة 12 من القانون رقم 18 لسنة 2020.",
        "تاريخ الميلاد 12/05/1985 مكتوب خطأ في الاستمارة.",
        "لا نطلب من البيانات الشخصية إلا ما تدعو إليه الحاجة فعلًا.",  # short vowels and shadda
        "حدِّد مناصرين للتغيير في كل وحدة، ويُحدَّد موعد للمراجعة.",
        "يحل محل خاصية حساسة كالأصل العرقي أو الدخل.",  # an article behind a clitic
        "نور الشمس قوية اليوم.",  # an everyday word that is a name, then a common noun
        "عيد سعيد للجميع.",
    ],
)
def test_arabic_look_alikes_are_not_names(text):
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("أسكن بجوار مدرسة الأمل، حي الزهور، القاهرة.", "بجوار مدرسة الأمل، حي الزهور، القاهرة"),
        ("أسكن في حي النخيل، قرب مسجد الرحمة، جدة.", "حي النخيل، قرب مسجد الرحمة، جدة"),
        (
            "عنواني: دوار أولاد سعيد، جماعة سيدي بنور، إقليم الجديدة",
            "دوار أولاد سعيد، جماعة سيدي بنور، إقليم الجديدة",
        ),
        ("ص ب 1234 الرمز البريدي 11431 الرياض", "ص ب 1234 الرمز البريدي 11431 الرياض"),
        (
            "بناية الأمل، الطابق الثالث، شارع الحمرا، بيروت",
            "بناية الأمل، الطابق الثالث، شارع الحمرا، بيروت",
        ),
        ("أسكن في جبل عمان، الدوار الثالث، عمارة 5.", "جبل عمان، الدوار الثالث، عمارة 5"),
        (
            "12 شارع التحرير، الدقي، الجيزة",
            "12 شارع التحرير، الدقي، الجيزة",
        ),  # a district before a town
    ],
)
def test_arabic_landmark_and_rural_addresses(text, address):
    assert ("ADDRESS", address) in found(text, "ar")


def test_a_landmark_alone_is_a_location_not_an_address():
    assert found("الإنارة أمام مدرسة النور معطلة منذ شهر.", "ar") == []
    assert found("الوزير أعلن عن مشروع جديد في حي النهضة.", "ar") == []


def test_a_latin_address_inside_an_arabic_message():
    assert ("ADDRESS", "12 rue Ibn Sina, Casablanca") in found(
        "Mohamed Benali يسكن في 12 rue Ibn Sina, Casablanca", "ar"
    )


def test_an_unlisted_word_after_a_name_is_its_family_name_only_after_a_cue():
    assert names("اتصلت بي نادين حداد من البنك.") == ["نادين حداد"]
    assert names("بسام وهالة انتقلا إلى دبي.") == ["بسام", "هالة"]  # a verb, not a family name


# ------------------------------------------- the fifth version's Arabic cues
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقّعت الاستمارة باسم «هدى» فقط", ["هدى"]),  # a quote between the cue and the name
        ("تواصلوا مع زوجته منى بخصوص الموعد", ["منى"]),  # kin with a possessive: "his wife"
        ("حضر خالد وسعاد ويحيى الاجتماع", ["خالد", "سعاد", "يحيى"]),  # a list after a name
        ("وصل الطلب، شكرًا على المتابعة أمل", ["أمل"]),  # thanks, then the writer's name
    ],
)
def test_fifth_version_arabic_cues(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "كان يوما سعيدا وجميلا في الحديقة",  # everyday words joined by "و", no name before
        "شكرًا على المساعدة والأمل",  # thanks, then an everyday word with the article
        "نشكركم على سعة الصدر وجميل الصبر",
    ],
)
def test_fifth_version_arabic_look_alikes(text):
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("بيت أهلي في محلة ٧١٢، زقاق ٣، دار ١٩، البصرة.", "محلة ٧١٢، زقاق ٣، دار ١٩، البصرة"),
        ("عنواني قطعة ٢، شارع ٥، منزل ١٤ في الجهراء", "قطعة ٢، شارع ٥، منزل ١٤"),
    ],
)
def test_numbered_gulf_and_iraqi_address_parts(text, address):
    assert ("ADDRESS", address) in found(text, "ar")


@pytest.mark.parametrize("text", ["اشتريت قطعة ٣ من الكعك", "في الدار ٧ أطفال يلعبون"])
def test_a_numbered_part_alone_is_no_address(text):
    assert [kind for kind, _ in found(text, "ar") if kind == "ADDRESS"] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a self-introduction up to the comma, unlisted and Amazigh names included
        ("أنا نوال أوعمر، أكتب إليكم بخصوص فاتورة الماء", "نوال أوعمر"),
        ("أنا إيدير آيت علي، أسكن قرب السوق", "إيدير آيت علي"),
        # a kunya in the genitive, behind a clitic; a kin word in the genitive
        ("سلموا المفتاح لأبي سامر من فضلكم", "أبي سامر"),
        ("أرسلت الوثائق مع أخيها يوسف أمس", "يوسف"),
    ],
)
def test_introductions_kunyas_and_genitive_kin(text, name):
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "أنا موظف في الضرائب، وأريد أن أعرف",
        "أنا من سكان العمارة، ونشتكي من الضجيج",
        "أنا أم لطفلين، وأحتاج إلى مساعدة",
        "أنا متقاعد، هل يحق لي التخفيض؟",
    ],
)
def test_an_introduction_of_a_role_or_a_state_is_no_name(text):
    assert names(text) == []
