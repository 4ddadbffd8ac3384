"""The PDF gap report, read back as a reader would: its text, pages, fonts, watermark and evidence hashes."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from assess import scoring
from db import Store
from exports.reports.writer import export
from framework import load_builtin
from tests.exports.conftest import (
    ARABIC,
    BASELINE,
    CHINESE,
    FRENCH,
    INSTITUTION_RU,
    REVIEW,
    RUSSIAN,
    SPANISH,
    file_hashes,
)


@dataclass(frozen=True)
class Pdf:
    path: Path
    pages: list[str]

    @property
    def text(self) -> str:
        return "\n".join(self.pages)

    @property
    def plain(self) -> str:
        """The text with Arabic presentation forms folded back to letters, and lines joined."""
        return unicodedata.normalize("NFKC", " ".join(self.text.split()))


def read(path: Path) -> Pdf:
    return Pdf(path, [page.extract_text() or "" for page in PdfReader(path).pages])


@pytest.fixture(scope="module")
def reports(shared_store: Store, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Pdf]]:
    folder = tmp_path_factory.mktemp("pdf")
    made = {}
    with shared_store.session() as session:
        made["draft"] = export(session, REVIEW, folder / "review.pdf", compare=BASELINE)
        made["sensitive"] = export(session, REVIEW, folder / "sensitive.pdf", include_sensitive=True)
        made["final"] = export(session, BASELINE, folder / "baseline.pdf", paper="letter")
    yield {name: read(path) for name, path in made.items()}


def section(pdf: Pdf, start: str, end: str) -> str:
    """The text from heading ``start`` to heading ``end``, after the contents pages."""
    text = unicodedata.normalize("NFKC", " ".join("\n".join(pdf.pages[2:]).split()))
    first = text.index(start)
    return text[first : text.index(end, first)]


def test_cover_contents_and_page_numbers(reports: dict[str, Pdf]) -> None:
    pdf = reports["draft"]
    assert len(pdf.pages) > 30
    cover = pdf.pages[0]
    for expected in (
        "Republic of Meridia",
        "Review 2026",
        "Gap report and action plan",
        f"version {load_builtin().version}",
        "Draft: not for citation",
        "Compared with",
    ):
        assert expected in cover
    contents = pdf.pages[1]
    for chapter in (
        "Executive summary",
        "Gap register",
        "Prosecution",
        "Protection",
        "Prevention",
        "National cooperation and coordination",
        "International cooperation and coordination",
        "Recommendations of the Working Group",
        "Action plan by responsible institution",
        "Technical assistance needs",
        "Progress report",
        "Evidence annex",
        "Methodology",
    ):
        assert chapter in contents
    total = len(pdf.pages)
    for number, page in enumerate(pdf.pages[1:], start=2):
        assert re.search(rf"Page {number} of\s*{total}\b", page), number
        assert "Republic of Meridia" in page


def test_contents_and_bookmarks_point_at_the_chapters(reports: dict[str, Pdf]) -> None:
    pdf = reports["draft"]
    reader = PdfReader(pdf.path)
    top = [entry for entry in reader.outline if not isinstance(entry, list)]
    titles = [str(entry.title) for entry in top]
    assert titles[:3] == ["Executive summary", "Gap register", "Prosecution"]
    for entry in top:
        page = reader.get_destination_page_number(entry)
        assert str(entry.title) in " ".join(pdf.pages[page].split())
        # pypdf reads a contents line as its title, then its page number
        first_words = re.escape(" ".join(str(entry.title).split()[:4]))
        assert re.search(rf"{first_words}[^\n]*\n{page + 1}\n", pdf.pages[1]), entry.title


def test_executive_summary_has_scores_gaps_and_charts(reports: dict[str, Pdf], shared_store: Store) -> None:
    text = section(reports["draft"], "Executive summary", "Gap register")
    with shared_store.session() as session:
        overview = scoring.overview(session, REVIEW)
        largest = sorted(scoring.gaps(session, REVIEW), key=lambda s: -s.gap)[:1]
    assert f"{overview.overall.law_mean:.1f}" in text
    assert f"{overview.overall.practice_mean:.1f}" in text
    assert f"{overview.overall.complete} of {overview.overall.assessable} items" in text
    for label in ("Scores by pillar", "Law against practice", "The ten largest gaps", "items with practice behind law"):
        assert label in text
    assert largest[0].code in text


def test_gap_register_lists_every_gap_in_priority_order(reports: dict[str, Pdf], shared_store: Store) -> None:
    text = section(reports["draft"], "Gap register", "Prosecution")
    with shared_store.session() as session:
        gaps = scoring.gaps(session, REVIEW)
    assert len(gaps) > 20
    positions = [text.index(f"{g.code} ") for g in gaps]
    assert positions == sorted(positions)
    assert "Technical assistance needed" in text and "Responsible institution" in text


def test_every_item_appears_in_its_chapter_with_text_and_rationale(
    reports: dict[str, Pdf], shared_store: Store
) -> None:
    pdf = reports["draft"]
    with shared_store.session() as session:
        states = scoring.item_states(session, REVIEW)
    text = pdf.plain
    chapters = text[text.index("RATIONALE") - 3000 :]
    for state in states:
        assert state.code in chapters
    assert "prioritize the rights of victims" in " ".join(pdf.text.split()) or "prioritizing the rights" in text


def test_text_in_other_scripts_prints_with_real_glyphs(reports: dict[str, Pdf]) -> None:
    pdf = reports["draft"]
    text = pdf.plain
    for note in (RUSSIAN, CHINESE.replace("，", ","), FRENCH, SPANISH, INSTITUTION_RU):
        assert " ".join(note.split()[:4]) in text, note
    # Arabic is printed shaped, but copies out as the letters typed, in the order typed
    assert not any("\ufb50" <= c <= "\ufeff" for c in pdf.text)
    assert "قانون مكافحة الاتجار بالبشر" in text
    for word in ARABIC.split()[:6]:
        assert word in text


def test_all_fonts_are_embedded(reports: dict[str, Pdf]) -> None:
    reader = PdfReader(reports["draft"].path)
    names = set()
    for page in reader.pages:
        fonts = page["/Resources"].get("/Font", {})
        for key in fonts:
            font = fonts[key].get_object()
            names.add(str(font["/BaseFont"]))
            descriptor = font.get("/FontDescriptor")
            if descriptor is None:
                descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            descriptor = descriptor.get_object()
            assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), font["/BaseFont"]
    assert any("NotoSans-Regular" in n for n in names)
    assert any("NotoSansArabic" in n for n in names)
    assert any("WenQuanYi" in n for n in names)
    assert not any("Helvetica" in n for n in names)


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils not installed")
def test_pdffonts_reports_every_font_embedded(reports: dict[str, Pdf]) -> None:
    out = subprocess.run(["pdffonts", str(reports["draft"].path)], capture_output=True, text=True, check=True).stdout
    rows = out.splitlines()[2:]
    assert rows
    for row in rows:
        assert re.search(r"\s(yes)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$", row), row


def test_evidence_hashes_and_sensitive_evidence(reports: dict[str, Pdf], shared_store: Store) -> None:
    ordinary, sensitive = file_hashes(shared_store, REVIEW)
    assert ordinary and sensitive
    default = reports["draft"].plain.replace(" ", "")
    for sha in ordinary:
        assert sha in default
    for sha in sensitive:
        assert sha not in default
    assert "shelter-addresses-CONFIDENTIAL" not in reports["draft"].plain
    assert "marked sensitive is not listed in this edition" in reports["draft"].plain
    edition = reports["sensitive"]
    assert "Restricted." in edition.pages[0]
    assert "shelter-addresses-CONFIDENTIAL" in edition.plain.replace(" ", "")
    for sha in sensitive | ordinary:
        assert sha in edition.plain.replace(" ", "")


def pictures(holder: Any) -> int:
    """How many pictures ``holder`` (a page or a form) draws, in forms too."""
    found = 0
    for ref in holder.get("/Resources", {}).get("/XObject", {}).values():
        thing = ref.get_object()
        found += 1 if thing["/Subtype"] == "/Image" else pictures(thing) if thing["/Subtype"] == "/Form" else 0
    return found


def test_draft_watermark_until_final(reports: dict[str, Pdf]) -> None:
    reader = PdfReader(reports["draft"].path)
    for page in reader.pages:
        # the watermark is a picture on every page (no text a reader would copy: see test_clients.py)
        assert pictures(page)
    for page in reports["draft"].pages[1:]:
        assert "DRAFT: not for citation" in page  # the running header
    final = reports["final"]
    assert "Final" in final.pages[0]
    assert not any("DRAFT" in page for page in final.pages)
    assert "Progress report" not in final.text


def test_letter_paper(reports: dict[str, Pdf]) -> None:
    first = PdfReader(reports["final"].path).pages[0]
    assert (round(float(first.mediabox.width)), round(float(first.mediabox.height))) == (612, 792)
    a4 = PdfReader(reports["draft"].path).pages[0]
    assert round(float(a4.mediabox.width)) == 595


def test_progress_report_lists_improved_and_regressed_items(reports: dict[str, Pdf], shared_store: Store) -> None:
    with shared_store.session() as session:
        before = {s.code: s.response for s in scoring.item_states(session, BASELINE)}
        after = {s.code: s.response for s in scoring.item_states(session, REVIEW)}

    def rose(code: str) -> tuple[bool, bool]:
        b, a = before[code], after[code]
        pairs = [(x, y) for x, y in ((b.law, a.law), (b.practice, a.practice)) if x is not None and y is not None]
        return any(y > x for x, y in pairs), any(y < x for x, y in pairs)

    improved = [c for c in after if rose(c) == (True, False) and not after[c].not_applicable]
    regressed = [c for c in after if rose(c) == (False, True) and not after[c].not_applicable]
    assert improved and regressed
    text = section(reports["draft"], "Progress report", "Evidence annex")
    start = 0
    improved_part = text[text.index("Improved (") : text.index("Regressed (")]
    regressed_part = text[text.index("Regressed (") : text.index("New gaps (")]
    assert f"Improved ({len(improved)})" in improved_part
    for code in improved:
        assert f"{code} " in improved_part
    for code in regressed:
        assert f"{code} " in regressed_part
    assert "Prosecution" in text[start : start + 2000]
    assert "Gaps closed (" in text and "Every item" in text
