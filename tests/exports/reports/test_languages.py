"""Reports in the six UN languages: every label translated, real glyphs in every script, Arabic right to left.

A PDF is made once per language for this module (the demo, compared with its baseline) and read back
with pypdf, as a reader's copy-and-paste would: the translated headings are there, every font is
embedded, Arabic is shaped and laid out from the right, Chinese prints in its own font.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest
from docx import Document
from pypdf import PdfReader

from assess.cli import main as cli
from db import Store
from exports.reports import fonts, labels, wording
from exports.reports.labels import CODES, language, plural_forms
from exports.reports.wording import Wording
from exports.reports.writer import export
from tests.exports.conftest import BASELINE, REVIEW

LANGUAGES = ("fr", "es", "ru", "ar", "zh")
HEADINGS = (
    "cover_title",
    "contents",
    "summary",
    "register",
    "actions",
    "assistance",
    "progress",
    "annex",
    "methodology",
)
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def plain(text: str) -> str:
    """Extracted text with Arabic presentation forms folded back to letters, without Arabic vowel marks,
    spacing or case (labels are printed in capitals here and there)."""
    return re.sub(r"[\s\u064b-\u065f\u0670]+", "", unicodedata.normalize("NFKC", text)).casefold()


def found(needle: str, text: str) -> bool:
    """Whether ``needle`` is in ``text``; Arabic may be extracted in display order, so either way round."""
    needle = plain(needle)
    return needle in text or needle[::-1] in text


@pytest.fixture(scope="module")
def pdfs(shared_store: Store, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("languages")
    made = {}
    with shared_store.session() as session:
        for code in LANGUAGES:
            made[code] = export(session, REVIEW, folder / f"report-{code}.pdf", lang=code, compare=BASELINE)
    return made


_read: dict[Path, list[str]] = {}


def pages(path: Path) -> list[str]:
    """The text of each page (read once per file)."""
    if path not in _read:
        _read[path] = [page.extract_text() or "" for page in PdfReader(path).pages]
    return _read[path]


# --- the catalogues ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("code", CODES)
def test_every_counted_message_has_every_plural_form_of_the_language(code: str) -> None:
    """A message counted by a number is written in each plural form CLDR gives the language (Babel's rules):
    Russian one, few and many; Arabic zero, one, two, few, many and other; Chinese other alone."""
    english, mine = language("en").labels, language(code).labels
    counted = {key.rsplit("_", 1)[0] for key in english if key.endswith("_other")}
    forms = plural_forms(code)
    missing = [f"{key}_{form}" for key in sorted(counted) for form in forms if f"{key}_{form}" not in mine]
    assert missing == []


@pytest.mark.parametrize(
    ("code", "count", "expected"),
    [
        ("en", 1, "The assessment covers 1 assessable item."),
        ("en", 61, "The assessment covers 61 assessable items."),
        ("fr", 0, "L'évaluation porte sur 0 élément évaluable."),
        ("fr", 2, "L'évaluation porte sur 2 éléments évaluables."),
        ("es", 1, "La evaluación abarca 1 elemento evaluable."),
        ("ru", 21, "Оценка охватывает 21 оцениваемый пункт."),
        ("ru", 3, "Оценка охватывает 3 оцениваемых пункта."),
        ("ru", 11, "Оценка охватывает 11 оцениваемых пунктов."),
        ("ar", 2, "يشمل التقييم بندين قابلين للتقييم."),
        ("ar", 5, "يشمل التقييم 5 بنود قابلة للتقييم."),
        ("ar", 11, "يشمل التقييم 11 بندًا قابلًا للتقييم."),
        ("zh", 1, "本次评估涵盖 1 个可评估条目。"),
    ],
)
def test_counted_sentences_take_the_plural_form_of_their_number(code: str, count: int, expected: str) -> None:
    assert wording.for_language(code).plural("narrative_scope", count) == expected


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_label_is_translated_with_its_placeholders(code: str) -> None:
    english, mine = language("en").labels, language(code).labels
    plural = {key for key in english if key.rsplit("_", 1)[-1] in ("one", "other")}
    missing = [key for key in english if key not in mine and key not in plural]
    assert missing == []
    assert any(key.startswith("withheld_") for key in mine)
    for key, text in mine.items():
        source = english.get(key) or english[key.rsplit("_", 1)[0] + "_other"]
        wanted = set(PLACEHOLDER.findall(source))
        if key.rsplit("_", 1)[-1] in ("zero", "one", "two"):  # "بندان" (two items) says the number in its word
            wanted.discard("{count}")
            assert set(PLACEHOLDER.findall(text)) - {"{count}"} == wanted, key
            continue
        assert set(PLACEHOLDER.findall(text)) == wanted, key
        assert text.count("**") == source.count("**"), key
    same = {key for key in english if mine.get(key) == english[key]}
    spelt_alike = {"col_code", "column_code", "column_description", "column_source", "column_institution"}
    spelt_alike |= {"column_institutions", "fact_framework_value", "col_bytes", "no", "file_size"}
    spelt_alike |= {"col_when", "col_note", "signature", "signature_date"}  # Date, Note, Signature
    assert same <= spelt_alike | {"status_not_applicable", "col_na"}  # words French or Spanish spell as English; N/A


@pytest.mark.parametrize("code", CODES)
def test_every_label_prints_with_real_glyphs(code: str) -> None:
    """Each character of each label is in one of the embedded fonts (no black boxes, no blanks)."""
    fonts.register()
    covered = set().union(*(fonts._cmap(name) for name in fonts.FALLBACK))
    missing = {
        char
        for text in [*language(code).labels.values(), *language(code).terms.values(), *language(code).months]
        for char in text
        if ord(char) not in covered and not char.isspace()
    }
    assert missing == set()


def test_a_label_missing_in_a_language_falls_back_to_english() -> None:
    partial = Wording(replace(language("fr"), labels={"summary": "Résumé"}), language("en"))
    assert partial("summary") == "Résumé"
    assert partial("register") == "Gap register"
    assert partial.plural("withheld", 2) == "2 pieces of evidence marked sensitive are not listed in this edition."
    assert labels.normalise("fr_CA") == "fr" and labels.normalise("zh-Hans") == "zh" and labels.normalise("de") == "en"


def test_numbers_and_dates_are_written_the_way_each_language_writes_them() -> None:
    day = dt.date(2026, 5, 1)
    expected = {
        "en": ("2026-05-01", "2026-05-01", "2.9", "1,234", "92%"),
        "fr": ("01/05/2026", "1er mai 2026", "2,9", "1\u00a0234", "92\u00a0%"),
        "es": ("01/05/2026", "1 de mayo de 2026", "2,9", "1\u00a0234", "92\u00a0%"),
        "ru": ("01.05.2026", "1 мая 2026\u00a0г.", "2,9", "1\u00a0234", "92\u00a0%"),
        "ar": ("01/05/2026", "1 أيار/مايو 2026", "2.9", "1,234", "92%"),
        "zh": ("2026-05-01", "2026年5月1日", "2.9", "1,234", "92%"),
    }
    for code, (short, long, mean, thousands, percent) in expected.items():
        w = wording.for_language(code)
        assert (w.date(day), w.long_date(day), w.decimal(2.94), w.number(1234), w.percent(0.92)) == (
            short,
            long,
            mean,
            thousands,
            percent,
        ), code
    russian = wording.for_language("ru")
    assert [russian.plural("withheld", n).split()[1] for n in (1, 3, 5, 21)] == [
        "материал,",
        "материала,",
        "материалов,",
        "материал,",
    ]


# --- the PDF in each language --------------------------------------------------------------------------------


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_pdf_has_its_headings_labels_and_dates_in_the_language(code: str, pdfs: dict[str, Path]) -> None:
    w = wording.for_language(code)
    text = pages(pdfs[code])
    whole = plain(" ".join(text))
    for key in HEADINGS:
        assert found(w(key), whole), (code, key, w(key))
    for key in ("col_code", "col_priority", "col_assistance", "rationale", "scale", "aggregation", "confidentiality"):
        assert found(w(key), whole), (code, key)
    today = dt.date.today()
    cover = plain(text[0])
    if code == "ar":  # pypdf extracts the numbers of a right-to-left line out of place: look for the month
        assert found(w.language.months[today.month - 1], cover) and str(today.year) in cover
    else:
        assert found(w.long_date(today), cover), "the cover's date of this report"
    page = w("page_of", number=2, total=len(text))
    if code == "ar":
        assert found("الصفحة", plain(text[1])) and str(len(text)) in text[1]
    else:
        assert found(page, plain(text[1]))
    assert found(w("watermark"), plain(text[3]))
    assert found(w.framework_text("Largely in place"), whole)  # the methodology's scale, translated
    assert "Gap register" not in " ".join(text) and "Executive summary" not in " ".join(text)


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_font_is_embedded(code: str, pdfs: dict[str, Path]) -> None:
    reader = PdfReader(pdfs[code])
    names = set()
    for page in reader.pages:
        for key, ref in page["/Resources"].get("/Font", {}).items():
            font = ref.get_object()
            names.add(str(font["/BaseFont"]))
            descriptor = font.get("/FontDescriptor")
            if descriptor is None:
                descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            descriptor = descriptor.get_object()
            assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), (code, key)
    assert not any("Helvetica" in name for name in names)
    if code == "ar":
        assert any("NotoSansArabic" in name for name in names)
    if code == "zh":
        assert any("WenQuanYi" in name for name in names)


def test_arabic_copies_out_in_reading_order_with_base_letters(pdfs: dict[str, Path]) -> None:
    raw = " ".join(pages(pdfs["ar"]))
    assert not any("\ufb50" <= c <= "\ufeff" for c in raw)  # no joined letter forms in what a reader copies
    flat = " ".join(raw.split())
    for heading in ("موجز تنفيذي", "سجل الثغرات", "خطة العمل حسب المؤسسة المسؤولة", "المنهجية"):
        assert heading in flat, heading


def _positions(path: Path, number: int, needle: str) -> list[float]:
    """The x positions at which ``needle`` is drawn on page ``number`` (0-based)."""
    xs: list[float] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if needle in text:
            xs.append(cm[4] + tm[4] * cm[0])

    PdfReader(path).pages[number].extract_text(visitor_text=visit)
    return xs


def test_arabic_tables_run_from_the_right(pdfs: dict[str, Path]) -> None:
    """In the gap register the item codes are in the right-hand column in Arabic, the left-hand one in French."""

    def register_page(code: str) -> int:
        heading = plain(wording.for_language(code)("register"))
        return next(n for n, page in enumerate(pages(pdfs[code])) if n > 2 and found(heading, plain(page)))

    width = float(PdfReader(pdfs["ar"]).pages[register_page("ar")].mediabox.width)
    arabic = _positions(pdfs["ar"], register_page("ar"), "PREV-5")
    french = _positions(pdfs["fr"], register_page("fr"), "PREV-5")
    assert arabic and french
    assert min(arabic) > width * 0.8
    assert max(french) < width * 0.2


def test_chinese_prints_in_its_own_font(pdfs: dict[str, Path]) -> None:
    whole = plain(" ".join(pages(pdfs["zh"])))
    for heading in ("内容提要", "差距登记表", "按责任机构列出的行动计划", "方法说明", "评分标准"):
        assert heading in whole


# --- the editable document, the workbook and the command line --------------------------------------------------


def test_word_and_excel_in_arabic(shared_store: Store, tmp_path: Path) -> None:
    with shared_store.session() as session:
        docx = export(session, REVIEW, tmp_path / "report.docx", lang="ar")
        xlsx = export(session, REVIEW, tmp_path / "plan.xlsx", lang="ar")
    document = Document(str(docx))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert "موجز تنفيذي" in headings and "المنهجية" in headings
    bidi = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}bidiVisual"
    assert all(table._tbl.tblPr.find(bidi) is not None for table in document.tables)
    book = openpyxl.load_workbook(xlsx)
    assert book.sheetnames == ["خطة العمل", "الإجابات", "الأدلة"]
    assert all(sheet.sheet_view.rightToLeft for sheet in book.worksheets)
    assert [c.value for c in book["خطة العمل"][1]][:3] == ["المؤسسة", "الموعد المستهدف", "الرمز"]


def test_word_in_french_and_chinese(shared_store: Store, tmp_path: Path) -> None:
    with shared_store.session() as session:
        french = Document(str(export(session, REVIEW, tmp_path / "fr.docx", lang="fr", compare=BASELINE)))
        chinese = Document(str(export(session, REVIEW, tmp_path / "zh.docx", lang="zh")))
    assert "Rapport sur les lacunes et plan d'action" in [p.text for p in french.paragraphs]
    assert (
        "Page " in french.sections[0].footer.paragraphs[0].text
        and " sur " in french.sections[0].footer.paragraphs[0].text
    )
    assert "内容提要" in [p.text for p in chinese.paragraphs]


@pytest.mark.parametrize("arguments", [["--lang", "fr", "report"], ["report", "--lang", "fr"]])
def test_the_command_line_writes_the_report_in_the_language_asked(
    arguments: list[str], demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "rapport.pdf"
    where = arguments.index("report") + 1
    command = ["--db", str(demo_file), *arguments[:where], str(REVIEW), "--out", str(target), *arguments[where:]]
    assert cli.main(command) == 0
    cover = plain(pages(target)[0])
    assert plain("Rapport sur les lacunes et plan d'action") in cover
    assert "rapport.pdf" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("environment", "expected"),
    [
        ({"LANG": "es_ES.UTF-8"}, "Informe de brechas y plan de acción"),
        ({"LANG": "fr_FR.UTF-8", "LC_ALL": "ru_RU.UTF-8"}, "Отчёт о пробелах и план действий"),
        ({"LANG": "C.UTF-8"}, "Gap report and action plan"),
        ({"LANG": "de_DE.UTF-8"}, "Gap report and action plan"),  # no German report: English
    ],
)
def test_without_lang_the_report_is_in_the_system_language(
    environment: dict[str, str],
    expected: str,
    demo_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    for variable, value in environment.items():
        monkeypatch.setenv(variable, value)
    target = tmp_path / "report.pdf"
    assert cli.main(["--db", str(demo_file), "report", str(REVIEW), "--out", str(target)]) == 0
    assert plain(expected) in plain(pages(target)[0])
