"""The core's messages (errors and notes from assess/, db/, framework/, exports/) in the window's language.

The core writes English templates with fields (assess/messages.py); scripts/core_messages.py finds them
for Qt Linguist; the window translates them when it shows them (assess/ui/errors.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from assess.errors import InvalidInput, NotFound
from assess.messages import UserText
from assess.ui import errors
from assess.ui.app import install_translations
from assess.ui.dialogs import LinkOrCitation
from tests.ui.test_languages import CODES, messages, translated

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import core_messages  # noqa: E402


@pytest.fixture
def in_language(qapp):
    """Switch the window's translations for a test; English again afterwards."""
    yield lambda code: install_translations(qapp, code)
    install_translations(qapp, "en")


def test_every_core_message_is_a_template_and_the_list_for_translators_is_current():
    found = core_messages.scan()
    assert found.problems == []
    assert len(found.templates) > 250
    assert core_messages.GENERATED.read_text("utf-8") == core_messages.generated_source(found), (
        "run scripts/translations.py: the core's messages changed"
    )


@pytest.mark.parametrize("code", CODES)
def test_each_language_has_every_core_message(code):
    core = {source for context, source, _, _ in messages(code) if context == "core"}
    assert core == set(core_messages.scan().templates)


def test_a_core_error_is_shown_in_the_window_language(in_language):
    error = NotFound("There is no evidence {number}; it may have been removed.", number=17)
    assert errors.text_of(error) == "There is no evidence 17; it may have been removed."
    in_language("fr")
    french = translated("fr", "core", "There is no evidence {number}; it may have been removed.")
    assert errors.text_of(error) == french.format(number=17) and "17" in french.format(number=17)
    assert errors.text_of(error) != str(error)


def test_a_field_that_is_itself_a_message_is_translated_too(in_language):
    error = InvalidInput(
        "The {what} score {value} is off the scale; use {low} to {high}.",
        what=UserText("practice"),
        value=7,
        low=0,
        high=4,
    )
    in_language("ru")
    outer = translated("ru", "core", "The {what} score {value} is off the scale; use {low} to {high}.")
    inner = translated("ru", "core", "practice")
    assert errors.text_of(error) == outer.format(what=inner, value=7, low=0, high=4)


def test_a_translation_that_lost_a_field_falls_back_to_the_english(in_language, monkeypatch):
    from PySide6.QtCore import QCoreApplication

    monkeypatch.setattr(QCoreApplication, "translate", lambda context, text, *rest: "Pas de {numero}")
    error = NotFound("There is no evidence {number}; it may have been removed.", number=3)
    assert errors.text_of(error) == "There is no evidence 3; it may have been removed."


def test_the_window_in_arabic_shows_a_refused_link_in_arabic(open_window, small_db, fake_dialogs, in_language):
    path, _ = small_db
    window = open_window(path, lang="ar")
    window.go_to("PROT-4")
    fake_dialogs.answer("link_or_citation", LinkOrCitation("link", "not a web address", "", "", False))
    window.item_page.evidence.add_link.click()
    [(_, _title, text)] = fake_dialogs.called("error")
    arabic = translated(
        "ar",
        "core",
        "{url} is not a web or e-mail address; a link starts with http://, https:// or mailto: (links to files, "
        "shares or scripts are refused).",
    )
    assert text == arabic.format(url="'not a web address'")
    assert "https://" in text and "is not a web or e-mail address" not in text
