"""Addresses written as runs of parts (plot, block, house, district, town): found whole, rooms and lists not."""

from __future__ import annotations

import pytest

from assistant.privacy.address_parts import part_runs


def runs(text: str) -> list[str]:
    return [text[start:end] for start, end in part_runs(text)]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Moro em Quadra 8, Conjunto C, Casa 14, Sobradinho, Brasília - DF desde 2019.",
            "Quadra 8, Conjunto C, Casa 14, Sobradinho, Brasília - DF",
        ),
        (
            "Vivo en Mz. 3 Lt. 21, Col. Las Palmas, Ecatepec, Edo. Méx.",
            "Mz. 3 Lt. 21, Col. Las Palmas, Ecatepec, Edo. Méx.",
        ),
        (
            "My plot is Stand No. 1290, Kabulonga East, Lusaka and the gate is green.",
            "Stand No. 1290, Kabulonga East, Lusaka",
        ),
        (
            "Please send it to House 12, Close D, 4th Avenue, Lugbe Estate, Abuja.",
            "House 12, Close D, 4th Avenue, Lugbe Estate, Abuja",
        ),
        ("J'habite Hay Nahda, bloc 3, n° 17, Rabat.", "Hay Nahda, bloc 3, n° 17, Rabat"),
        (
            "Nuevo domicilio: barrio San Isidro, calle 5, casa 210, Tegucigalpa",
            "barrio San Isidro, calle 5, casa 210, Tegucigalpa",
        ),
        (
            "Entregar na Av. 25 de Setembro, n.º 410, 2.º andar, Maputo.",
            "Av. 25 de Setembro, n.º 410, 2.º andar, Maputo",
        ),
        (
            "Flat 3, 27 Chester Road, Leeds LS6 1AB is where the letter went.",
            "Flat 3, 27 Chester Road, Leeds LS6 1AB",
        ),
        (
            "TRAVESSA DAS FLORES, 12, R/C, 4000-123 PORTO",
            "TRAVESSA DAS FLORES, 12, R/C, 4000-123 PORTO",
        ),
        (
            "أسكن في حي الورود، شارع الملك فهد، مبنى ٢٢١٠، الرياض ١٢٣٤٥ منذ سنة",
            "حي الورود، شارع الملك فهد، مبنى ٢٢١٠، الرياض ١٢٣٤٥",
        ),
        ("العنوان: محل ٩، مجمع النخيل، شارع السد، الدوحة", "محل ٩، مجمع النخيل، شارع السد، الدوحة"),
        # a house number and a name without a street type, held by the postcode after it
        ("Post it to 41 Southgate, Ripon HG4 1AB please.", "41 Southgate, Ripon HG4 1AB"),
        (
            "Unit 9, Meadow Industrial Estate, Bolton BL2 6RT",
            "Unit 9, Meadow Industrial Estate, Bolton BL2 6RT",
        ),
        (
            "Lugar de Paredes, Freguesia de Arcos, 4970-123 Valdevez",
            "Lugar de Paredes, Freguesia de Arcos, 4970-123 Valdevez",
        ),
        ("عنواني حي ١٢٠ مسكن، عمارة ٥، رقم ٣، وهران", "حي ١٢٠ مسكن، عمارة ٥، رقم ٣، وهران"),
    ],
)
def test_runs_of_parts_are_whole_addresses(text: str, address: str) -> None:
    assert runs(text) == [address]


@pytest.mark.parametrize(
    "text",
    [
        "The workshop is in Sala 4, puerta 2, planta 3.",  # units alone: a room
        "Rendez-vous au 2e étage, porte 210.",
        "See Module 3, Unit 2, Lesson 4 for details.",
        "Article 12, Section 4 of the law applies in Paris.",
        "We met in Lisbon, Porto and Faro last week.",
        "The meeting is in Room 5, Building C, Ministry of Finance.",
        "Chapters 1, 2, 3 and 4 cover this, see London.",
        "Form 4 – Household, 2 – Income",
        "We trained 28 Inspectors, London 2024",  # a year is no postcode
        "Centro, Belo Horizonte - MG",  # a district and its town: a location, not an address
        "رقم الطلب ١٢٣٤٥، وشكرا لكم",
        "المادة ٥، الفقرة ٢، من القانون",
        "الغرفة ٣، الطابق ٢",
        "التعليم، الصحة، النقل، والزراعة",
        "",
    ],
)
def test_rooms_lists_and_references_are_not_addresses(text: str) -> None:
    assert runs(text) == []


def test_a_bare_number_continues_a_street_but_never_starts_a_run() -> None:
    assert runs("rua Augusta, 45 - Centro, Lisboa") == ["rua Augusta, 45 - Centro, Lisboa"]
    assert runs("Items 45, 46, Lisboa") == []


def test_runs_stay_within_a_line() -> None:
    text = "Quadra 8, Conjunto C\nCasa 14, Sobradinho"
    assert runs(text) == ["Casa 14, Sobradinho"]
