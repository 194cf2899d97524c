"""Names in mixed-language messages: other languages' words and greetings are not names, hyphens read right."""

from __future__ import annotations

import pytest

from assistant.privacy import find_personal_data


def names(text: str, language: str) -> list[str]:
    return [s.text for s in find_personal_data(text, language) if s.kind == "NAME"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a lower-case word after a cue is an everyday word of another course language
        ("Bonjour, je suis étudiant ici and I need a form.", "fr"),
        ("Hola, quería saber si the pool is open on Sunday.", "en"),
        ("Sou o filho da senhora do 3.º andar.", "pt"),
        ("I need the certificate de mi abuela, born in Puebla.", "es"),
        # greetings and thanks of other languages open or close mixed messages
        ("Salam, je voudrais un rendez-vous.", "fr"),
        ("Shukran! The form arrived.", "en"),
        ("Dziękuję, the bin was collected.", "en"),
        ("Konnichiwa, can I pay the fee online?", "en"),
        # French names a gym or a street after someone with a hyphen
        ("Le gymnase Léo-Lagrange est fermé le lundi.", "fr"),
        ("Les inscriptions au stade Georges-Brassens ouvrent demain.", "fr"),
    ],
)
def test_words_of_other_languages_are_not_names(text: str, language: str) -> None:
    assert names(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Salam, je suis Fatima-Zahra Benali et j'ai une question.", "fr", "Fatima-Zahra Benali"),
        ("Jean-Baptiste Mukendi a appelé ce matin.", "fr", "Jean-Baptiste Mukendi"),
        ("My neighbour Ji-ho called about the noise.", "en", "Ji-ho"),
        ("Chamo-me Tiago Mendes e moro em Braga.", "pt", "Tiago Mendes"),
        ("je m'appelle nadia et j'habite à Lyon", "fr", "nadia"),
    ],
)
def test_names_next_to_those_words_are_still_found(text: str, language: str, name: str) -> None:
    assert name in names(text, language)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "demande" is the sentence's topic here, not the number's label
        ("Il demande qu'on le rappelle au 06 12 48 93 07.", True),
        ("Je transmets la demande de Mathis Girard (07 81 22 63 05).", True),
        # right before the number, a reference word labels it
        ("Votre dossier n° 06 12 48 93 07 est complet.", False),
        ("Référence : 0612489307", False),
    ],
)
def test_a_reference_word_labels_only_a_number_right_after_it(text: str, found: bool) -> None:
    phones = [s for s in find_personal_data(text, "fr") if s.kind == "PHONE"]
    assert bool(phones) is found


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a person's name before a place noun names the place
        ("The bus stop on Thabo Mbeki Drive has no shelter.", "en"),
        ("Roadworks on Martin Luther King Jr. Boulevard start Monday.", "en"),
        ("Is the pool at Kwame Nkrumah Park open in winter?", "en"),
        # an everyday word after "I'm" describes the writer
        ("I'm Deaf and would like the meeting captioned.", "en"),
        # words of another course language open a sentence of a mixed message
        ("Je cherche le formulaire. Necesito ayuda, por favor.", "fr"),
        ("Mon voisin fait du bruit. Est-ce normal ?", "fr"),
    ],
)
def test_places_descriptions_and_foreign_words_are_not_names(text: str, language: str) -> None:
    assert names(text, language) == []


def test_a_frequent_first_name_after_i_am_is_still_a_name() -> None:
    assert names("Hello, I'm Grace and I rent the flat upstairs.", "en") == ["Grace"]
