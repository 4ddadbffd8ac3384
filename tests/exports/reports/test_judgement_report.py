"""The report as a ministry tables it, read back from the PDF and the Word file: key findings, sentences in each
language's plural forms, severities in words, an approval page only when final, no DRAFT then, no text cut short,
metadata and an outline for every chapter and pillar, and the Word edition's headings, header rows and alt text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from pypdf import PdfReader

from db import Store
from exports.reports.writer import export
from tests.exports.conftest import BASELINE, REVIEW

PILLARS = ("Prosecution", "Protection", "Prevention", "National cooperation and coordination")


@pytest.fixture(scope="module")
def made(shared_store: Store, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("judged")
    files = {}
    with shared_store.session() as session:
        files["final.pdf"] = export(session, BASELINE, folder / "final.pdf")
        files["draft.pdf"] = export(session, REVIEW, folder / "draft.pdf", compare=BASELINE)
        files["final.docx"] = export(session, BASELINE, folder / "final.docx")
        files["draft.docx"] = export(session, REVIEW, folder / "draft.docx")
        for lang in ("ru", "ar", "fr"):
            files[f"final-{lang}.pdf"] = export(session, BASELINE, folder / f"final-{lang}.pdf", lang=lang)
    return files


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def outline(path: Path) -> list[str]:
    titles: list[str] = []

    def walk(entries: list[object]) -> None:
        for entry in entries:
            if isinstance(entry, list):
                walk(entry)
            else:
                titles.append(str(entry.title))  # type: ignore[attr-defined]

    walk(PdfReader(path).outline)
    return titles


def test_a_final_report_opens_with_its_approval_page_and_says_draft_nowhere(made: dict[str, Path]) -> None:
    pages = [page.extract_text() or "" for page in PdfReader(made["final.pdf"]).pages]
    approval = pages[1]
    assert approval.lstrip().startswith("Republic of Meridia")  # the running header, then the page
    for fact in ("Approval", "Issuing body", "National Task Force against Trafficking in Persons", "Approved by",
                 "Amara Okonkwo-Reyes", "Capacity", "Deputy Minister of Justice", "Date of approval", "2024-06-27",
                 "Revision history", "Approved as final by Amara Okonkwo-Reyes", "Signature", "Date"):  # fmt: skip
        assert fact in approval, fact
    text = text_of(made["final.pdf"])
    assert "DRAFT" not in text and "Draft: not for citation" not in text  # the mark, the header and the cover
    assert "Baseline 2024 (2024)" not in text and "Baseline 2024 · 2024" not in text and "Baseline 2024" in pages[0]


def test_a_draft_report_has_no_approval_page(made: dict[str, Path]) -> None:
    text = text_of(made["draft.pdf"])
    assert "Issuing body" not in text and "Signature" not in text
    assert "DRAFT" in text and "Approval" not in outline(made["draft.pdf"])


def test_nothing_is_cut_short(made: dict[str, Path]) -> None:
    for name in ("final.pdf", "draft.pdf"):
        assert "…" not in text_of(made[name]), name
    for name in ("final.docx", "draft.docx"):
        document = Document(str(made[name]))
        cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
        assert not any("…" in t for t in [p.text for p in document.paragraphs] + cells), name


def test_findings_open_the_summary_then_sentences_say_what_the_numbers_mean(made: dict[str, Path]) -> None:
    text = " ".join(text_of(made["final.pdf"]).split())
    findings = text.index("Key findings Overall")
    numbers = text.index("What the numbers say The assessment")
    assert findings < text.index("Meridia's law is largely in place") < numbers
    assert "The assessment covers 61 assessable items." in text
    assert re.search(r"\d+ items fall short of their targets \(critical \d+, major \d+, minor \d+\)\.", text)
    assert "Practice lags behind law in" in text
    assert not re.search(r"\b1 items\b|\b1 are\b|\b1 gaps\b", text)
    assert "KEY FINDING The offence is defined in full" in text  # the pillar's chapter opens with its finding


def test_sentences_take_each_languages_plural_forms(made: dict[str, Path]) -> None:
    russian = " ".join(text_of(made["final-ru.pdf"]).split())
    assert "Оценка охватывает 61 оцениваемый пункт." in russian  # 61: the "one" form in Russian
    french = " ".join(text_of(made["final-fr.pdf"]).split())
    assert "L'évaluation porte sur 61 éléments évaluables." in french
    arabic = " ".join(text_of(made["final-ar.pdf"]).split())
    assert ("61" in arabic and "ةفيفط" in arabic) or "طفيفة" in arabic


def test_severity_is_in_words_beside_its_shade(made: dict[str, Path]) -> None:
    text = " ".join(text_of(made["final.pdf"]).split())
    assert re.search(r"PROS-1\.i GAP, CRITICAL", text) and re.search(r"PROS-1 GAP, MINOR", text)
    assert re.search(r"\b2 major\b", text) and re.search(r"\b1 minor\b", text)
    assert "MEETS TARGET" in text


def test_metadata_and_an_outline_for_every_chapter_and_pillar(made: dict[str, Path]) -> None:
    reader = PdfReader(made["final.pdf"])
    info = reader.metadata
    assert info is not None
    assert info.title == "Gap report: Republic of Meridia: Baseline 2024"
    assert info.author == "National Task Force against Trafficking in Persons"
    assert info.subject and "Framework for Action" in info.subject
    assert reader.trailer["/Root"].get("/Lang") == "en-GB"
    titles = outline(made["final.pdf"])
    for chapter in ("Approval", "Executive summary", "Gap register", *PILLARS, "Methodology", "Targets"):
        assert chapter in titles, chapter
    assert "How the assessment was made" in titles


def test_the_methodology_tells_how_the_assessment_was_made(made: dict[str, Path]) -> None:
    text = " ".join(text_of(made["final.pdf"]).split())
    method = text[text.rindex("How the assessment was made") :]
    assert "Who took part" in method and "Ministry of Justice" in method
    assert "2024-05-28: Validation workshop (two days, with NGO observers)" in method
    assert "Sources consulted" in method and "Case statistics of the Prosecutor General's Office" in method
    assert "How the scores were agreed" in method and "by consensus" in method
    assert "PREV-5 2 (Partially in place) Discouraging demand is a new area" in method


def test_charts_have_their_figures_in_words(made: dict[str, Path]) -> None:
    text = " ".join(text_of(made["final.pdf"]).split())
    assert re.search(r"In figures: Prosecution: in law and institutions \d,\d|In figures: Prosecution: in law", text)
    assert re.search(r"items with practice behind law: \d+", text)


def test_word_is_the_accessible_edition(made: dict[str, Path]) -> None:
    document = Document(str(made["final.docx"]))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    for chapter in ("Approval", "Executive summary", "Key findings", "Gap register", *PILLARS, "Methodology"):
        assert chapter in headings, chapter
    pictures = document.element.body.findall(".//" + qn("wp:docPr"))
    assert len(pictures) == 2 and all(p.get("descr", "").startswith("In figures:") for p in pictures)
    with_header = [t for t in document.tables if t.rows[0]._tr.trPr is not None]
    assert with_header and all(t.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None for t in with_header), (
        "header rows repeat on every page"
    )
    body = "\n".join(p.text for p in document.paragraphs)
    assert "Amara Okonkwo-Reyes" in body and "DRAFT" not in body
    draft = "\n".join(p.text for p in Document(str(made["draft.docx"])).paragraphs)
    assert "Issuing body" not in draft and "DRAFT" in draft
