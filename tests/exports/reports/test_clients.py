"""The reports opened the way officials' programs open them: poppler's pdftotext and pypdf on the PDF, the
DOCX's XML as Word reads it, openpyxl's cell types and print settings, Python's csv module, a JSON Schema
validator, and LibreOffice rendering the Word report."""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import shutil
import subprocess
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import docx
import jsonschema
import openpyxl
import pytest
from pypdf import PdfReader

from db import Store
from exports.reports.tabular import CSV_COLUMNS, FORMULA_STARTS
from exports.reports.writer import export
from tests.exports.conftest import ARABIC, ARABIC_CODES, BASELINE, FORMULA, INSTITUTION_AR, REVIEW

ROOT = Path(__file__).resolve().parents[3]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


@pytest.fixture(scope="module")
def made(shared_store: Store, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    folder = tmp_path_factory.mktemp("clients")
    files = {}
    with shared_store.session() as session:
        for lang, fmt in (("ar", "pdf"), ("en", "pdf"), ("ar", "docx"), ("zh", "docx"), ("ru", "docx")):
            files[f"{lang}.{fmt}"] = export(session, REVIEW, folder / f"{lang}.{fmt}", lang=lang, compare=BASELINE)
        files["en.docx"] = export(session, REVIEW, folder / "en.docx", compare=BASELINE)
        files["final.pdf"] = export(session, BASELINE, folder / "final.pdf")
        for fmt in ("xlsx", "csv", "json"):
            files[fmt] = export(session, REVIEW, folder / f"review.{fmt}", compare=BASELINE)
        files["ar.xlsx"] = export(session, REVIEW, folder / "ar.xlsx", lang="ar")
    yield files


def squashed(text: str) -> str:
    """Text without bidi control marks or white space: what is left is the order of letters, digits and codes."""
    return re.sub(r"\s+", "", BIDI_CONTROLS.sub("", text))


def pypdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def pdftotext(path: Path, *options: str) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(["pdftotext", *options, str(path), "-"], capture_output=True, text=True, check=True).stdout


# --- PDF -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_pypdf_copies_arabic_as_typed(made: dict[str, Path], lang: str) -> None:
    text = pypdf_text(made[f"{lang}.pdf"])
    assert not any("\ufb50" <= c <= "\ufeff" for c in text), "joined presentation forms instead of letters"
    flat = " ".join(BIDI_CONTROLS.sub("", text).split())
    assert INSTITUTION_AR in flat  # a search for the ministry finds it
    # letters, numbers and Latin codes in the order typed (pypdf's own spacing around a number may differ)
    assert squashed(ARABIC) in squashed(text)
    assert squashed(ARABIC_CODES) in squashed(text)


def test_pdftotext_copies_arabic_with_base_letters_in_reading_order(made: dict[str, Path]) -> None:
    text = pdftotext(made["ar.pdf"])
    assert not any("\ufb50" <= c <= "\ufeff" for c in text)
    flat = " ".join(BIDI_CONTROLS.sub("", text).split())
    assert INSTITUTION_AR in flat
    # Each run of Arabic reads from its first word; poppler orders the runs of a line by the direction most of the
    # page's text runs in, and writes a lam-alef ligature's two letters the other way round (as it does for
    # LibreOffice's own PDFs), so the phrases checked here are whole runs without that ligature.
    for phrase in ("قانون مكافحة", "يجرم جميع أشكال", "ويحمي الضحايا والشهود", "يرتبط البند", "بالتوصية"):
        assert phrase in flat, phrase
    assert "PROS-1.i" in flat and "WG-11" in flat and "2016" in flat


def pictures(holder: Any) -> int:
    """How many pictures ``holder`` (a page or a form) draws, in forms too."""
    found = 0
    for ref in holder.get("/Resources", {}).get("/XObject", {}).values():
        thing = ref.get_object()
        found += 1 if thing["/Subtype"] == "/Image" else pictures(thing) if thing["/Subtype"] == "/Form" else 0
    return found


def test_the_draft_watermark_is_not_text(made: dict[str, Path]) -> None:
    reader = PdfReader(made["ar.pdf"])
    turned: list[str] = []
    for page in reader.pages[:6]:

        def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
            if text.strip() and (abs(cm[1]) > 1e-6 or abs(tm[1]) > 1e-6):
                turned.append(text)

        page.extract_text(visitor_text=visit)
        assert pictures(page), "the watermark picture is on every draft page"
    assert not turned  # nothing drawn at the watermark's angle is text
    assert not pictures(PdfReader(made["final.pdf"]).pages[3])
    assert "DRAFT" not in pdftotext(made["en.pdf"], "-f", "2", "-l", "2").replace("DRAFT: not for citation", "")


def test_language_and_xmp_metadata(made: dict[str, Path]) -> None:
    for lang, tag in (("ar", "ar-SA"), ("en", "en-GB")):
        reader = PdfReader(made[f"{lang}.pdf"])
        root = reader.trailer["/Root"]
        assert root["/Lang"] == tag
        packet = root["/Metadata"].get_object().get_data().decode("utf-8")
        assert f"<rdf:li>{tag}</rdf:li>" in packet and "<xmp:CreatorTool>Assess</xmp:CreatorTool>" in packet
        assert "Republic of Meridia" in packet
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(made["ar.pdf"])], capture_output=True, text=True, check=True).stdout
        assert re.search(r"Metadata Stream:\s+yes", info)


# --- Word -----------------------------------------------------------------------------------------------------


def test_word_properties_and_languages(made: dict[str, Path]) -> None:
    for lang, latin in (("zh", "en-GB"), ("ru", "ru-RU"), ("ar", "en-GB")):
        document = docx.Document(str(made[f"{lang}.docx"]))
        props = document.core_properties
        assert props.created is not None and props.created.year == dt.datetime.now(dt.UTC).year
        assert "python-docx" not in (props.comments or "") and props.author == "Republic of Meridia"
        assert props.language == {"zh": "zh-CN", "ru": "ru-RU", "ar": "ar-SA"}[lang]
        defaults = document.styles.element.find(f"{W}docDefaults").find(f"{W}rPrDefault").find(f"{W}rPr")
        language = defaults.find(f"{W}lang")
        assert (language.get(f"{W}val"), language.get(f"{W}eastAsia"), language.get(f"{W}bidi")) == (
            latin,
            "zh-CN",
            "ar-SA",
        )
        theme = document.settings.element.find(f"{W}themeFontLang")
        assert theme.get(f"{W}eastAsia") == "zh-CN"
        with zipfile.ZipFile(made[f"{lang}.docx"]) as package:
            app = package.read("docProps/app.xml").decode("utf-8")
        assert "<Application>Assess</Application>" in app and "Macintosh" not in app


def test_word_arabic_runs_directions_and_sizes(made: dict[str, Path]) -> None:
    document = docx.Document(str(made["ar.docx"]))
    arabic_runs = [r for p in document.paragraphs for r in p.runs if re.search("[\u0600-\u06ff]", r.text)]
    assert arabic_runs
    for run in arabic_runs:
        rpr = run._r.rPr
        assert rpr is not None and rpr.find(f"{W}rtl") is not None
        size, size_cs = rpr.find(f"{W}sz"), rpr.find(f"{W}szCs")
        if size is not None:
            assert size_cs is not None and size_cs.get(f"{W}val") == size.get(f"{W}val")
    # an English phrase inside a right-to-left paragraph keeps its full stop at its end
    english = next(p for p in document.paragraphs if p.text.strip("\u200e").startswith("Develop or strengthen"))
    assert english.text.startswith("\u200e") and english.text.endswith("\u200e")
    # the cover's title is right-aligned in a right-to-left paragraph, its style first as the schema wants
    title = next(p for p in document.paragraphs if p.style.name == "Title")
    ppr = title._p.pPr
    assert ppr[0].tag == f"{W}pStyle" and ppr.find(f"{W}bidi") is not None
    assert ppr.find(f"{W}jc").get(f"{W}val") == "right"
    # a date in a table is never cut: Word's no-break hyphens (Chinese dates) or a column wide enough
    zh = docx.Document(str(made["zh.docx"]))
    hyphens = zh.element.body.findall(f".//{W}noBreakHyphen")
    assert hyphens


def test_word_contents_are_written_in(made: dict[str, Path]) -> None:
    document = docx.Document(str(made["en.docx"]))
    body = document.element.body
    instructions = [node.text for node in body.iter(f"{W}instrText")]
    assert any(text.strip().startswith("TOC") for text in instructions)
    entries = [p for p in document.paragraphs if p.style.name.startswith("TOC") and p.style.name != "TOC Heading"]
    titles = [p.text.split("\t")[0] for p in entries]
    assert "Executive summary" in titles and "Methodology" in titles
    assert all(re.fullmatch(r".+\t\d+", p.text) for p in entries)
    assert sum(1 for text in instructions if text.strip().startswith("PAGEREF _Toc")) == len(entries)


@pytest.mark.slow
def test_libreoffice_shows_the_contents_with_pages(made: dict[str, Path], tmp_path: Path) -> None:
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    subprocess.run(
        [
            "soffice",
            "--headless",
            f"-env:UserInstallation=file://{tmp_path}/profile",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(made["en.docx"]),
        ],
        capture_output=True,
        check=True,
        timeout=240,
    )
    pages = pdftotext(tmp_path / "en.pdf", "-layout").split("\f")
    contents = "\n".join(pages[1:3])
    listed = dict(
        (m.group(1).strip(), int(m.group(2))) for m in re.finditer(r"^\s*(\S.*?)\.{3,}\s*(\d+)\s*$", contents, re.M)
    )
    assert {"Executive summary", "Gap register", "Protection", "Methodology"} <= set(listed)
    start = 1  # each after the one before: "Protection" also heads the pillar's key finding in the summary
    for title in ("Executive summary", "Gap register", "Protection", "Methodology"):
        actual = next(n + 1 for n, page in enumerate(pages) if n > start and re.search(rf"^\s*{title}\s*$", page, re.M))
        start = actual - 1
        assert abs(listed[title] - actual) <= 2, (title, listed[title], actual)  # the written-in page is an estimate


# --- spreadsheets, CSV and JSON ----------------------------------------------------------------------------------


def test_xlsx_dates_headings_print_set_up_and_widths(made: dict[str, Path]) -> None:
    book = openpyxl.load_workbook(made["xlsx"])
    responses = book["Responses"]
    header = [c.value for c in responses[1]]
    assert "Na justification" not in header and "Sha256" not in header
    date_column = header.index("Target date") + 1
    updated_column = header.index("Updated at (UTC)") + 1
    dates = [row[date_column - 1] for row in responses.iter_rows(min_row=2) if row[date_column - 1].value is not None]
    assert dates and all(c.is_date and isinstance(c.value, dt.datetime) for c in dates)
    updated = [row[updated_column - 1] for row in responses.iter_rows(min_row=2)]
    assert all(c.is_date for c in updated if c.value is not None)
    for sheet in book.worksheets:
        assert sheet.page_setup.orientation == "landscape"
        assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet.print_title_rows == "$1:$1"
    arabic = openpyxl.load_workbook(made["ar.xlsx"])
    for sheet in arabic.worksheets:
        for cell in sheet[1]:
            longest = max(len(word) for word in str(cell.value).split())
            assert sheet.column_dimensions[cell.column_letter].width >= longest + 2, cell.value


def test_csv_cells_never_start_a_formula(made: dict[str, Path]) -> None:
    with made["csv"].open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == list(CSV_COLUMNS)
    assert next(r for r in rows if r["code"] == "PREV-2")["next_action"] == "'" + FORMULA
    for row in rows:
        for value in row.values():
            assert not value.startswith(FORMULA_STARTS), value


def test_json_report_matches_its_published_schema(made: dict[str, Path]) -> None:
    schema = json.loads((ROOT / "docs" / "schema" / "assess-responses-1.schema.json").read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    document = json.loads(made["json"].read_text("utf-8"))
    errors = [error.message for error in jsonschema.Draft202012Validator(schema).iter_errors(document)]
    assert not errors
    assert document["assessment"]["created_at"].endswith("Z")
    assert all(
        i["response"]["updated_at"] is None or i["response"]["updated_at"].endswith("Z") for i in document["items"]
    )
    assert isinstance(document["assessment"]["framework"]["version"], str)
