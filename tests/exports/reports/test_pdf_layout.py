"""How the PDF report lays out its items: one-style paragraphs, lines of mixed type, run-in labels, and pages let go.

ReportLab wraps and draws a paragraph of one style run several times faster than one with inline markup,
which is most of what a 2,000-item report costs (``benchmarks/bench_pdf_report.py``); these tests keep the
item blocks on that fast path and check that what replaced the markup still prints as before.
"""

from __future__ import annotations

import gc
import re
import unicodedata
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.platypus import Paragraph

from db import Store
from exports.reports import fonts, pdf, pdf_chapters, pdf_contents, rtl
from exports.reports.model import ReportData, gather
from exports.reports.pdf_runs import Runs
from exports.reports.pdf_style import INK, lead, right_to_left, style
from exports.reports.writer import export
from tests.exports.conftest import CHINESE, REVIEW


@pytest.fixture(scope="module")
def data(shared_store: Store) -> Iterator[ReportData]:
    with shared_store.session() as session:
        yield gather(session, REVIEW)


@pytest.fixture(scope="module")
def chapter_pages(shared_store: Store, tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """The text of each page of the review's report in English and in Arabic."""
    folder = tmp_path_factory.mktemp("layout")
    made = {}
    with shared_store.session() as session:
        for lang in ("en", "ar"):
            path = export(session, REVIEW, folder / f"{lang}.pdf", lang=lang)
            made[lang] = [page.extract_text() or "" for page in PdfReader(path).pages]
    return made


def _one_font(paragraph: Paragraph) -> bool:
    text = "".join(getattr(frag, "text", "") for frag in paragraph.frags)
    font = paragraph.style.fontName
    return fonts.runs(text, font) == [(font, text)]


def test_item_blocks_are_single_style_paragraphs(data: ReportData) -> None:
    """No inline markup in an item: every paragraph of text in one font is one run (ReportLab's fast path)."""
    checked = 0
    for chapter in data.chapters:
        for row in chapter.items:
            block = pdf_chapters.item_block(data, row)
            assert sum(isinstance(f, Runs) for f in block) == 2  # the title and the line of scores
            for flowable in block:
                plain = isinstance(flowable, Paragraph) and not isinstance(flowable, rtl.BidiParagraph)
                if plain and _one_font(flowable):
                    assert len(flowable.frags) == 1, flowable.text
                    checked += 1
    assert checked > 300


def test_text_with_markup_characters_is_one_run() -> None:
    """``&``, ``<`` and ``>`` in a user's text print as typed, and do not cut the paragraph into runs."""
    from exports.reports.pdf_style import text

    made = text("Police & prosecutors <joint> unit", "small")
    assert len(made.frags) == 1
    assert made.frags[0].text == "Police & prosecutors <joint> unit"
    made.wrap(300, 100)
    assert made.blPara.kind == 0  # the fast path


def test_a_label_runs_in_before_its_value() -> None:
    (made,) = lead("Next action", "Adopt regulation 7 and publish a consolidated text.")
    assert made.bulletText == "NEXT ACTION"
    assert len(made.frags) == 1
    _, one_line = made.wrap(400, 100)
    assert one_line == made.style.leading
    (chinese,) = lead("下一步行动", "Adopt regulation 7.")
    assert [frag.fontName for frag in chinese.bulletText] == [fonts.CJK]
    with right_to_left():
        label, value = lead("الإجراء التالي", "اعتماد اللائحة 7")
    assert label.style.alignment == value.style.alignment != style("small").alignment


def test_the_printed_item_keeps_its_labels_scores_and_title(chapter_pages: dict[str, list[str]]) -> None:
    english = "\n".join(chapter_pages["en"][3:])
    assert re.search(r"PROS-1\s+GAP, MINOR", english)
    assert re.search(r"RATIONALE\s+Regulations 5 \(minimum standards", english)
    assert re.search(r"NEXT ACTION\s+Adopt regulation 7", english)
    assert re.search(r"EVIDENCE\s+• Link: Official Gazette 37/2016", english)
    plain = " ".join(english.split())
    assert (
        "In law and institutions: 3 (Largely in place) · In practice: 2 (Partially in place) · Target: 3 · Gap: 1 (minor)"
        in plain
    )
    # right to left: the state on the left of the code, as read from the right
    arabic = unicodedata.normalize("NFKC", "\n".join(chapter_pages["ar"][3:]))
    assert re.search(r"(ثغرة|ةرغث)\s+(طفيفة|ةفيفط)\s+PROS-1\b", arabic)


def _runs(text: str, font: str = fonts.REGULAR) -> Runs:
    return Runs([(text, font, 8, INK)], style("small"))


def test_runs_wrap_at_ordinary_spaces_only() -> None:
    line = Runs(
        [
            ("Target\xa0date:", fonts.BOLD, 8, INK),
            ("\xa02027-06-30\xa0\xa0·\xa0 ", fonts.REGULAR, 8, INK),
            ("Priority:", fonts.BOLD, 8, INK),
            ("\xa0high", fonts.REGULAR, 8, INK),
        ],
        style("small"),
    )
    _, height = line.wrap(120, 100)
    assert line.lines == ["Target\xa0date:\xa02027-06-30\xa0\xa0·\xa0", "Priority:\xa0high"]
    assert height == 2 * style("small").leading
    _, height = line.wrap(400, 100)
    assert len(line.lines) == 1 and height == style("small").leading


def test_runs_cut_chinese_and_overlong_words_to_the_width() -> None:
    chinese = _runs(CHINESE * 2)
    chinese.wrap(100, 1000)
    assert len(chinese.lines) > 3
    assert "".join(chinese.lines) == CHINESE * 2
    assert all(fonts.width(line, 8) <= 100.01 for line in chinese.lines)
    word = _runs("x" * 80 + " end")
    word.wrap(60, 1000)
    assert len(word.lines) > 3
    assert "".join(word.lines) == "x" * 80 + " end"
    assert all(fonts.width(line, 8) <= 60.01 for line in word.lines)


def test_runs_split_between_lines() -> None:
    words = _runs(" ".join(f"word{n}" for n in range(60)))
    _, height = words.wrap(100, 1000)
    leading = style("small").leading
    assert words.split(100, leading * 1.5) == []  # no orphan line at the foot of a page
    first, rest = words.split(100, leading * 3.2)
    assert first.wrap(100, 1000)[1] == 3 * leading
    assert first.lines + rest.lines == words.lines
    assert rest.wrap(100, 1000)[1] == height - 3 * leading


def test_pages_are_let_go_once_drawn(data: ReportData, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The layout holds only what is still to be placed: a laid-out paragraph is freed once on its page."""
    drawn: list[weakref.ref[Any]] = []
    alive_at_end: list[int] = []
    after = pdf._Report.afterFlowable

    def remember(self: Any, flowable: Any) -> None:
        drawn.append(weakref.ref(flowable))
        after(self, flowable)

    save = pdf_contents.NumberingCanvas.save

    def count_then_save(self: Any) -> None:
        gc.collect()
        # distinct objects: ReportLab's own PageBegin marker is one shared object, placed on every page
        alive_at_end.append(len({id(ref()) for ref in drawn if ref() is not None}))
        save(self)

    monkeypatch.setattr(pdf._Report, "afterFlowable", remember)
    monkeypatch.setattr(pdf_contents.NumberingCanvas, "save", count_then_save)
    pdf.write_pdf(data, tmp_path / "report.pdf")
    assert len(drawn) > 500
    assert alive_at_end[0] < 50
