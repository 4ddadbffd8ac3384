"""The window in the six UN languages, and the workshop features: demo reset, presentation mode, walkthrough.

The translations are read as a translator hands them in (the ``.ts`` sources) and as the window loads
them (the compiled ``.qm`` files): complete, with the same placeholders, markup and one keyboard
mnemonic where the English has one; then the window is started in each language and read back.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QMenu

from assess.ui import languages, settings
from assess.ui.app import install_translations
from assess.ui.workshop_commands import PRESENTATION_SCALE
from framework import pick
from tests.ui.helpers import stored

FOLDER = languages.TRANSLATIONS
CODES = ("fr", "es", "ru", "ar", "zh")
PLACEHOLDER = re.compile(r"%\d+|%L?n|%p|\{[a-z_][a-z0-9_]*\}")
TAG = re.compile(r"</?([a-z]+)[^>]*>")
MNEMONIC = re.compile(r"&(?!&|gt;|lt;|amp;|nbsp;|quot;)\S")


def ts_file(code: str) -> Path:
    return FOLDER / f"{languages.translation_file(code)}.ts"


def messages(code: str) -> list[tuple[str, str, str, str | None]]:
    """(context, source, translation, type) of every message in the language's .ts file; a message with a count
    (``%n``) once for each of its plural forms, with the type ``numerus`` when it is finished."""
    found = []
    for context in ET.parse(ts_file(code)).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            source, kind = message.findtext("source") or "", translation.get("type")
            forms = translation.findall("numerusform") if message.get("numerus") == "yes" else []
            texts = [form.text or "" for form in forms] if forms else [translation.text or ""]
            found.extend((name, source, text, kind or ("numerus" if forms else None)) for text in texts)
    return found


def test_a_counted_message_has_each_plural_form_of_the_language():
    """Qt's plural forms (%n): French and Spanish two, Russian three, Arabic six, Chinese one."""
    expected = {"fr": 2, "es": 2, "ru": 3, "ar": 6, "zh": 1}
    for code, count in expected.items():
        forms = [text for context, source, text, kind in messages(code) if source == "Gap of %n levels: critical."]
        assert len(forms) == count and all(forms), code


def translated(code: str, context: str, source: str) -> str:
    for name, text, translation, _ in messages(code):
        if (name, text) == (context, source):
            return translation
    raise AssertionError(f"{source!r} is not in the {code} translation")


@pytest.fixture
def english_afterwards(qapp):
    """Whatever language a test starts the window in, the next test starts in English."""
    yield
    install_translations(qapp, "en")


# --- the translations ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("code", CODES)
def test_each_compiled_translation_loads(code):
    translator = QTranslator()
    assert translator.load(languages.translation_file(code), str(FOLDER))
    assert not translator.isEmpty()
    assert translator.translate("MainWindow", "&File") == translated(code, "MainWindow", "&File")


@pytest.mark.parametrize("code", CODES)
def test_every_message_is_translated(code):
    found = messages(code)
    assert len(found) > 300
    unfinished = [source for _, source, _, kind in found if kind in ("unfinished", "obsolete", "vanished")]
    empty = [source for _, source, text, _ in found if not text.strip()]
    assert unfinished == [] and empty == []


@pytest.mark.parametrize("code", CODES)
def test_placeholders_markup_and_mnemonics_survive_translation(code):
    problems = []
    for context, source, text, kind in messages(code):
        counted = source
        if kind == "numerus" and not re.search("%L?n", text):  # a form may say its number in words ("بمستويين")
            counted = re.sub("%L?n", "", source)
        if Counter(PLACEHOLDER.findall(counted)) != Counter(PLACEHOLDER.findall(text)):
            problems.append(f"{context}: placeholders of {source!r} in {text!r}")
        if Counter(TAG.findall(source)) != Counter(TAG.findall(text)):
            problems.append(f"{context}: markup of {source!r} in {text!r}")
        if len(MNEMONIC.findall(source)) != len(MNEMONIC.findall(text)):
            problems.append(f"{context}: keyboard mnemonic of {source!r} in {text!r}")
        spaced = text.startswith(" ") or (source.startswith(" ") and text.startswith("（"))  # full-width brackets
        if source.startswith(" ") != spaced or source.endswith("\n") != text.endswith("\n"):
            problems.append(f"{context}: leading or trailing space of {source!r} in {text!r}")
    assert problems == []


ALLOWED_LATIN = re.compile(
    r"</?[a-z]+>|\{[a-z_]+\}|%p|%Ln|Assess|SHA-256|Ctrl\+\w+|Shift\+Tab|\b(?:Tab|Alt|Enter|Delete|Shift)\b|assess (report|list)|\.docx|\.xlsx|\*\.\w+|PDF|KB|MB|GB"
    r"|pg_dump|pg_restore|PostgreSQL|Word|Excel|LibreOffice Calc|LibreOffice|OpenDocument|CSV|JSON|Letter|\(\.\w+\)"  # names of programs, formats and paper
)
SAME_IN_FRENCH_OR_SPANISH = {
    "Description",
    "SHA-256:",
    "description",
    "Assess",
    "SHA-256",
    "N/A",
    "&Demo",
    "{size} bytes",
    "{size} KB",
    "{size} MB",
    "{size} GB",
    "Format",
    "A4",
    "source",
}


# In the core's messages (errors and notes from assess/, db/, framework/, exports/), what the user types or
# reads elsewhere stays as it is: commands and options, JSON keys and values in quotes, file and setting
# names, addresses, SQL, item codes, names of formats. Latin words inside such a span of the English may stay.
CODE_SPAN = re.compile(
    r"\bassess(?: --?[\w-]+(?: [A-Z][A-Z@/+:_-]*)?| [a-z][\w-]*)+"  # assess server setup --editor USER
    r"|--?[a-z][\w-]*(?: (?:[A-Z][A-Z@/+:_-]*|mine|theirs|draft|final))?"  # --take mine, --citation TEXT
    r"|\"[^\"]*\"|'[^']*'"  # "format": "assess-framework", 'Penal Code'
    r"|\b[a-z]+(?:\+[a-z]+)?://\S*"  # http://, postgresql+psycopg://OWNER@HOST/DATABASE
    r"|\b[\w-]*[._][\w.-]*\w|\.[a-z]\w*"  # settings.json, max_evidence_mb, not_applicable, .sqlite, {where}.kind
    r"|\b[A-Z][A-Z0-9]+(?:-[A-Z0-9]+)*(?:\.[a-z0-9]+)?\b"  # SQL, ZIP, UTF-8, PROS-1.i, YYYY-MM-DD
    r"|\(?:[^()]*\)(?=\s*(?:and|or|,|\.|$))"  # lists of allowed values: (high, medium, low or none)
)
NAMES = {"SQLite", "PostgreSQL", "Assess", "assess", "pg_dump", "pg_restore", "Word", "Excel", "udfff", "postgres"}
NAMES |= {"LibreOffice", "Calc", "OpenDocument"}
# values and keys the user types, named bare in the English ("use draft or final", "declare it under kinds")
TYPED = {"draft", "final", "high", "medium", "low", "none", "letter", "min", "max", "true", "false", "setup", "alice"}
TYPED |= {"sslmode", "kinds", "addressees", "dimensions", "mailto"}


def latin_left(source: str, text: str) -> list[str]:
    """The Latin words of ``text`` that are neither names nor inside a code-like span of the English ``source``."""
    kept = {name.lower() for name in NAMES} | {word for word in TYPED if re.search(rf"\b{word}\b", source)}
    for span in CODE_SPAN.findall(source):
        kept.update(word.lower() for word in re.findall(r"[A-Za-z]+", span))
    text = PLACEHOLDER.sub("", ALLOWED_LATIN.sub("", text))
    return [word for word in re.findall(r"[A-Za-z]{3,}", text) if word.lower() not in kept]


def only_placeholders(source: str) -> bool:
    """A template with no words of its own ("{first}, {rest}") reads the same in every language."""
    return not re.search("[A-Za-z]", PLACEHOLDER.sub("", source))


@pytest.mark.parametrize("code", CODES)
def test_no_message_was_left_in_english(code):
    """Every translation is in its language: no English words left over (placeholders and names aside)."""
    found = messages(code)
    if code in ("fr", "es"):
        same = {source for _, source, text, _ in found if text == source and not only_placeholders(source)}
        assert same <= SAME_IN_FRENCH_OR_SPANISH
        return
    english = [
        (text, latin_left(source, text))
        for context, source, text, _ in found
        if (latin_left(source, text) if context == "core" else re.search("[A-Za-z]{3,}", ALLOWED_LATIN.sub("", text)))
    ]
    assert english == []


# --- the window in each language -----------------------------------------------------------------------------


def menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions() if action.isVisible()]


@pytest.mark.parametrize("code", CODES)
def test_the_window_shows_translated_menus(code, open_window, small_db, english_afterwards):
    path, _ = small_db
    window = open_window(path, lang=code)
    expected = [translated(code, "MainWindow", text) for text in ("&File", "&Edit", "&Assessment", "&Go", "&View")]
    assert menu_titles(window)[:5] == expected
    assert window.commands.find.text() == translated(code, "MainWindow", "&Find items…")
    assert window.item_page.editor.notes.title() == translated(code, "ItemEditor", "Rationale and plan")
    assert window.navigator.tree.model().headerData(0, Qt.Orientation.Horizontal) == translated(
        code, "ItemTreeModel", "Item"
    )
    assert window.workspace.lang == code
    assert QLocale().language() == languages.locale_for(code).language()
    direction = Qt.LayoutDirection.RightToLeft if code == "ar" else Qt.LayoutDirection.LeftToRight
    assert QApplication.layoutDirection() == direction
    assert window.layoutDirection() == direction


@pytest.mark.parametrize("code", ("en", *CODES))
def test_each_menu_has_one_mnemonic_per_entry(code, open_window, demo_db, english_afterwards):
    """Alt plus a letter reaches one menu, and in a menu one entry (the language names aside)."""
    window = open_window(demo_db, lang=code, demo=True)

    def keys(texts: list[str]) -> list[str]:
        return [m.group(0)[1:].casefold() for text in texts for m in [MNEMONIC.search(text)] if m]

    bar = [a.text() for a in window.menuBar().actions()]
    assert len(keys(bar)) == len(bar) == len(set(keys(bar)))
    menus = [a.menu() for a in window.menuBar().actions()] + [window.commands.recent, window.switch_menu]
    for menu in menus:
        assert isinstance(menu, QMenu)
        texts = [a.text() for a in menu.actions() if not a.isSeparator()]
        if menu is window.commands.language_menu:
            continue
        found = keys(texts)
        assert len(found) == len(set(found)), f"{code}: {texts}"


def test_arabic_lays_the_whole_window_out_right_to_left(open_window, demo_db, english_afterwards):
    window = open_window(demo_db, lang="ar")
    window.go_to("PROS-1.i")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    for widget in (window, window.navigator.tree, window.item_page.editor, window.menuBar()):
        assert widget.layoutDirection() == Qt.LayoutDirection.RightToLeft
    tree, item = window.navigator, window.item_page
    assert tree.mapTo(window, tree.rect().topLeft()).x() > item.mapTo(window, item.rect().topLeft()).x()
    assert window.item_page.editor.scores.law_label.text() == translated("ar", "ScoreBox", "In &law and institutions:")


def test_dates_and_numbers_follow_the_language(open_window, demo_db, english_afterwards):
    window = open_window(demo_db, lang="ar")
    window.go_to("PROS-1.i")
    assert window.navigator.count.text().startswith(
        translated("ar", "Navigator", "{shown} of %Ln assessable items shown").split("{")[0]
    )
    assert "٦١" in window.navigator.count.text() and "61" not in window.navigator.count.text()
    install_translations(QApplication.instance(), "fr")
    again = open_window(demo_db, lang="fr")
    again.go_to("WG-14")
    table = again.item_page.evidence.table
    rows = [table.topLevelItem(n) for n in range(table.topLevelItemCount())]
    file = next(row for row in rows if row.text(2) == "Fichier")
    assert re.match(r"\d\d/\d\d/20\d\d · ", file.text(6)), file.text(6)
    assert re.fullmatch(r"\d+ octets|\d+,\d Ko", file.text(3)), file.text(3)
    assert again.item_page.editor.date.pattern == "dd/MM/yyyy"


def test_framework_texts_fall_back_to_english_item_by_item(open_window, demo_db, english_afterwards):
    window = open_window(demo_db, lang="fr")
    window.go_to("PROS-1.i")
    assert "criminal offence" in window.item_page.header.text.text()  # the built-in framework is in English
    text = {"en": "Criminalize trafficking", "fr": "Incriminer la traite"}
    assert pick(text, "fr") == "Incriminer la traite"
    assert pick({"en": "Criminalize trafficking"}, "fr") == "Criminalize trafficking"
    assert pick(text, "fr-CA") == "Incriminer la traite"


# --- choosing the language -----------------------------------------------------------------------------------


def test_the_system_locale_chooses_unless_told_otherwise(monkeypatch):
    monkeypatch.setattr(languages, "system_locale", lambda: QLocale("es_MX"))
    assert languages.chosen(None) == "es"
    assert languages.locale_for("es").name() == "es_MX"  # the system's own formats in its language
    assert languages.chosen("ru_RU") == "ru"
    settings.set_language("zh")
    assert languages.chosen(None) == "zh"
    assert languages.chosen("ar") == "ar"  # --lang wins
    monkeypatch.setattr(languages, "system_locale", lambda: QLocale("de_DE"))
    settings.set_language(None)
    assert languages.chosen(None) == "en"
    assert [languages.normalise(c) for c in ("zh_CN", "zh-Hans", "FR", "", None)] == ["zh", "zh", "fr", None, None]


def test_the_language_menu_lists_the_six_languages_in_their_own_names(open_window, small_db):
    path, _ = small_db
    window = open_window(path)
    names = [a.text().replace("&", "") for a in window.commands.language_menu.actions()]
    assert names == ["English", "Français", "Español", "Русский", "العربية", "中文"]
    assert window.commands.language["en"].isChecked()


def test_choosing_a_language_shows_the_window_in_it_at_once(open_window, demo_db, qtbot, english_afterwards):
    window = open_window(demo_db, demo=True)
    window.go_to("PROT-2")
    copy = window.databases.database
    window.commands.language["fr"].trigger()
    assert settings.language() == "fr"
    assert not window.isVisible()
    french = next(w for w in QApplication.topLevelWidgets() if w.isVisible() and w.objectName() == "mainWindow")
    qtbot.addWidget(french)
    try:
        assert menu_titles(french)[0] == "&Fichier"
        assert (
            french.databases.database == copy and french.databases.demo and Path(copy).exists()
        )  # the demo copy was handed over
        assert french.navigator.current_code() == "PROT-2"
        assert french.commands.language["fr"].isChecked()
        assert french.workspace.lang == "fr"
    finally:
        french.close()


# --- workshops ------------------------------------------------------------------------------------------------


def test_demo_reset_puts_back_a_changed_score(open_window, fresh_demo, fake_dialogs):
    from assess import demo

    first = demo.open_demo_copy()
    window = open_window(first, demo=True)
    assert window.commands.demo_menu.menuAction().isVisible()
    aid = window.workspace.assessment_id
    before = stored(first, aid, "PROS-1.i").law
    window.go_to("PROS-1.i")
    editor = window.item_page.editor
    editor.law.setCurrentIndex(editor.law.findData(0 if before != 0 else 1))
    changed = stored(first, aid, "PROS-1.i").law
    assert changed != before
    fake_dialogs.answer("confirm", False)
    window.commands.reset_demo.trigger()
    assert (
        window.databases.database == str(first.resolve()) and stored(first, aid, "PROS-1.i").law == changed
    )  # asked first
    fake_dialogs.answer("confirm", True)
    window.commands.reset_demo.trigger()
    second = Path(window.databases.database)
    assert second != first.resolve() and second.exists()
    assert window.workspace.state("PROS-1.i").response.law == before
    assert stored(second, window.workspace.assessment_id, "PROS-1.i").law == before
    assert window.databases.demo and not window.history.stack.canUndo()
    assert "assess-demo" not in str(first) or not first.exists()


def test_the_demo_menu_is_there_only_in_demo_mode(open_window, small_db):
    path, _ = small_db
    window = open_window(path)
    assert not window.commands.demo_menu.menuAction().isVisible()
    assert not window.workshop.reset_demo()


def test_presentation_mode_enlarges_the_type_and_raises_the_contrast(open_window, small_db):
    path, _ = small_db
    window = open_window(path)
    base_size = QApplication.font().pointSizeF()
    base = QApplication.palette()
    muted = QColor(base.color(QPalette.ColorRole.PlaceholderText))
    window.commands.presentation.trigger()
    palette = QApplication.palette()
    assert QApplication.font().pointSizeF() == pytest.approx(base_size * PRESENTATION_SCALE)
    assert palette.color(QPalette.ColorRole.Window) == QColor("#ffffff")
    assert palette.color(QPalette.ColorRole.WindowText) == QColor("#000000")
    assert palette.color(QPalette.ColorRole.Text) == QColor("#000000")
    placeholder = palette.color(QPalette.ColorRole.PlaceholderText)  # muted text: dark grey, opaque
    assert placeholder.alpha() == 255 and placeholder.lightness() <= 80
    assert window.navigator.tree.palette().color(QPalette.ColorRole.Text) == QColor("#000000")
    window.commands.presentation.trigger()
    assert QApplication.font().pointSizeF() == pytest.approx(base_size)
    assert QApplication.palette().color(QPalette.ColorRole.PlaceholderText) == muted
    window.commands.presentation.trigger()
    window.close()
    assert QApplication.palette().color(QPalette.ColorRole.Window) == base.color(QPalette.ColorRole.Window)
    assert QApplication.font().pointSizeF() == pytest.approx(base_size)


def test_walkthrough_opens_on_first_start_only_until_dismissed(open_window, small_db):
    path, _ = small_db
    window = open_window(path, walkthrough=None)
    tour = window.workshop.walkthrough
    assert tour is not None and tour.isVisible()
    assert tour.pages.count() == 5
    titles = []
    while True:
        titles.append(tour.heading.text())
        if tour.next.text() == tour.tr("&Done"):
            break
        tour.next.click()
    assert titles == [
        "Pillars and measures",
        "Scoring an item",
        "Evidence",
        "Gaps and the overview",
        "Printing the report",
    ]
    report = tour.page_text()
    assert "assess" in report and "report 1" in report and "--out gap-report.pdf" in report
    tour.back.click()
    assert tour.heading.text() == "Gaps and the overview"
    tour.close()
    assert window.workshop.walkthrough is None and settings.walkthrough_pending()  # closed early: shown again next time
    window.close()
    again = open_window(path, walkthrough=None)
    assert again.workshop.walkthrough is not None
    again.workshop.walkthrough.never.setChecked(True)
    again.workshop.walkthrough.close()
    assert not settings.walkthrough_pending()
    again.close()
    third = open_window(path, walkthrough=None)
    assert third.workshop.walkthrough is None
    third.commands.walkthrough.trigger()  # Help > Walkthrough opens it whenever asked
    assert third.workshop.walkthrough is not None and third.workshop.walkthrough.isVisible()
    assert third.workshop.walkthrough.never.isChecked()
    third.workshop.walkthrough.never.setChecked(False)
    third.close()  # closing the window closes the walkthrough too
    assert settings.walkthrough_pending()


def test_walkthrough_in_french(open_window, small_db, english_afterwards):
    path, _ = small_db
    window = open_window(path, lang="fr")
    window.commands.walkthrough.trigger()
    tour = window.workshop.walkthrough
    assert tour.heading.text() == "Piliers et mesures"
    assert tour.step.text() == "Étape 1 sur 5"
    tour.go(4)
    assert "--lang fr" in tour.page_text()
    tour.close()


def test_filters_tab_and_selection_survive_a_language_switch(open_window, demo_db, qtbot, english_afterwards):
    window = open_window(demo_db)
    nav = window.navigator
    nav.status.setCurrentIndex(nav.status.findData("gap"))
    nav.priority.setCurrentIndex(nav.priority.findData("high"))
    nav.search.setText("victims")
    shown = nav.matching()
    chosen = shown[1]
    window.go_to(chosen)
    window.item_page.tabs.setCurrentIndex(1)  # History
    window.commands.language["es"].trigger()
    spanish = next(w for w in QApplication.topLevelWidgets() if w.isVisible() and w.objectName() == "mainWindow")
    qtbot.addWidget(spanish)
    try:
        moved = spanish.navigator
        assert (moved.status.currentData(), moved.priority.currentData(), moved.search.text()) == (
            "gap",
            "high",
            "victims",
        )
        assert moved.matching() == shown
        assert moved.current_code() == chosen and spanish.item_page.code == chosen
        assert spanish.item_page.tabs.currentIndex() == 1
        spanish.commands.show_overview.trigger()
        spanish.commands.language["en"].trigger()
        english = next(w for w in QApplication.topLevelWidgets() if w.isVisible() and w.objectName() == "mainWindow")
        qtbot.addWidget(english)
        assert english.tabs.currentWidget() is english.overview
        english.close()
    finally:
        spanish.close()


def test_walkthrough_pages_follow_what_is_on_screen(open_window, small_db, tmp_path):
    from PySide6.QtWidgets import QLabel

    welcome = open_window(tmp_path / "new.sqlite")  # no assessment yet: the welcome page
    welcome.commands.walkthrough.trigger()
    tour = welcome.workshop.walkthrough
    assert tour.heading.text() == "Where to start"
    assert tour.parent() is welcome and not tour.isModal()
    texts = []
    for index in range(tour.pages.count()):
        tour.go(index)
        texts.append(tour.page_text())
    assert not any("in the tree on the left" in text for text in texts)
    assert "Once an assessment is open" in texts[1]
    pictures = [
        page.findChild(QLabel, "walkthroughPicture") for page in map(tour.pages.widget, range(tour.pages.count()))
    ]
    assert pictures[0] is not None and pictures[0].pixmap().width() > 0  # the welcome page itself
    assert all(picture is None for picture in pictures[1:])  # nothing on screen to show yet
    welcome.close()
    path, _ = small_db
    window = open_window(path)
    window.go_to("PROS-1.i")
    window.commands.walkthrough.trigger()
    tour = window.workshop.walkthrough
    assert tour.titles[0] == "Pillars and measures" and "in the tree on the left" in tour.page_text()
    shown = {
        page.title: tour.pages.widget(n).findChild(QLabel, "walkthroughPicture") is not None
        for n, page in enumerate(tour.shown)
    }
    assert shown == {
        "Pillars and measures": True,
        "Scoring an item": True,
        "Evidence": True,
        "Gaps and the overview": True,
        "Printing the report": False,
    }
    tour.close()


# --- wording: plural forms, one term per concept, punctuation -------------------------------------------------


def test_counts_take_the_plural_form_of_each_language(open_window, small_db, english_afterwards):
    from assess.ui import counts

    path, _ = small_db
    window = open_window(path, lang="en")
    assert (counts.items(1), counts.items(5), counts.evidence(1)) == ("1 item", "5 items", "1 piece of evidence")
    window.close()
    install_translations(QApplication.instance(), "ru")
    assert [counts.items(n) for n in (21, 22, 25, 11)] == ["21 пункт", "22 пункта", "25 пунктов", "11 пунктов"]
    russian = open_window(path, lang="ru")
    assert russian.navigator.count.text().endswith("из 61 оцениваемого пункта")  # not "из 61 пунктов"
    russian.commands.show_overview.trigger()
    assert "из 61 пункта" in russian.overview.summary.text()


def _everything_translated(code: str) -> str:
    """The window's translations, the reports' messages and the framework's texts in ``code``."""
    import json

    from exports.reports import labels

    window = " ".join(text for _, _, text, _ in messages(code))
    language = labels.language(code)
    reports = " ".join([*language.labels.values(), *language.terms.values()])
    raw = json.loads((Path(__file__).resolve().parents[2] / "framework/data/unodc-ffa-2009.json").read_text("utf-8"))
    found: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if isinstance(node.get(code), str) and "en" in node:
                found.append(node[code])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(raw)
    return " ".join([window, reports, *found])


@pytest.mark.parametrize(
    ("code", "used", "never"),
    [
        ("ru", ["Компонент", "компонент"], ["Направлени", " направлени", "Нормативный акт", "Начальный этап"]),
        ("zh", ["国家合作与协调", "机构", "差距"], ["国内合作与协调", "体制", "缺口"]),
        (
            "es",
            ["brecha", "desafíos transversales", "Versión recibida", "Versión propia"],
            ["deficiencia", "problemas transversales", "Su versión", "su versión"],
        ),
        ("fr", ["défis transversaux"], ["problèmes transversaux"]),
        ("ar", ["التحديات الشاملة"], ["الشاملة للسياق"]),
    ],
)
def test_one_term_per_concept_in_window_reports_and_framework(code, used, never):
    text = _everything_translated(code)
    for term in used:
        assert term in text, term
    for term in never:
        assert term not in text, term


def test_the_merge_screens_name_the_two_versions_so_that_they_cannot_be_confused():
    for source, spanish in (("Theirs", "Versión recibida"), ("Mine", "Versión propia")):
        assert translated("es", "MergeDialog", source) == spanish


@pytest.mark.parametrize(("code", "colon"), [("fr", "\u00a0: "), ("zh", "："), ("en", ": ")])
def test_a_label_and_its_text_are_punctuated_as_the_language_does(
    code, colon, open_window, demo_db, english_afterwards
):
    window = open_window(demo_db, lang=code)
    window.go_to("WG-5.a")
    assert f"WG-5{colon}" in window.item_page.header.lead.text()


def test_codes_and_english_text_keep_their_order_in_an_arabic_line(open_window, demo_db, english_afterwards):
    """ ":WG-5 States parties should" is what a right-to-left line makes of "WG-5: States parties should" unless the
    line is isolated (Unicode FSI ... PDI); and the scores read as a pair, not as one Arabic-Indic number."""
    window = open_window(demo_db, lang="ar")
    window.go_to("WG-5.a")
    assert "\u2068WG-5: States parties should:\u2069" in window.item_page.header.lead.text()
    assert 'dir="rtl"' in window.item_page.header.title.text()
    scores = window.navigator.model.index_of("WG-5.a", 2).data()
    assert scores == "٤ / ٣" and "·" not in scores


@pytest.mark.parametrize("code", ["en", "ar"])
def test_the_chart_is_mirrored_as_a_whole_right_to_left(code, open_window, demo_db, english_afterwards):
    from assess.ui import icons

    window = open_window(demo_db, lang=code)
    window.resize(1200, 800)
    window.commands.show_overview.trigger()
    chart = window.overview.chart
    chart.resize(900, chart.heightForWidth(900))
    image = chart.grab().toImage()
    line = chart.fontMetrics().height()
    law = icons.LAW.rgb()

    def xs(top: int, bottom: int) -> list[int]:
        return [x for y in range(top, bottom) for x in range(image.width()) if image.pixelColor(x, y).rgb() == law]

    swatch, bars = xs(0, line), xs(line * 3, image.height())
    assert swatch and bars
    width = image.width()
    if code == "ar":  # the legend starts at the right, beside its label; the bars grow from the right to the left
        assert min(swatch) > width / 2 and max(bars) > width * 0.55 and min(bars) < max(bars) - 50
        assert max(bars) < width * 0.75  # the pillar names are on the right, past the bars
    else:
        assert max(swatch) < width / 2 and min(bars) > width * 0.25 and min(bars) < width * 0.45
