"""Fonts per script and Arabic layout: the pieces that make any language print with real glyphs."""

from __future__ import annotations

import unicodedata

from reportlab.lib.enums import TA_RIGHT

from assess.progress import classify
from exports.reports import fonts, rtl
from exports.reports.pdf_style import style, text
from tests.exports.conftest import ARABIC


def test_runs_pick_a_font_per_script() -> None:
    pieces = fonts.runs("Закон and 法律 and قانون.")
    assert [font for font, _ in pieces] == [fonts.REGULAR, fonts.CJK, fonts.REGULAR, fonts.ARABIC]
    assert "".join(piece for _, piece in pieces) == "Закон and 法律 and قانون."
    assert fonts.runs("Plain text, 100%", fonts.BOLD) == [(fonts.BOLD, "Plain text, 100%")]


def test_markup_escapes_user_text() -> None:
    assert fonts.markup("A & B <i>") == "A &amp; B &lt;i&gt;"
    assert fonts.markup("法") == f'<font name="{fonts.CJK}">法</font>'


def test_arabic_is_shaped_wrapped_then_ordered_line_by_line() -> None:
    lines = rtl.visual_lines(ARABIC, 120, 9, fonts.REGULAR)
    assert len(lines) > 2
    assert all(fonts.width(line, 9) <= 120 for line in lines)
    assert all("\ufe70" <= c <= "\ufeff" or not ("\u0600" <= c <= "\u06ff") for line in lines for c in line)
    words = ARABIC.split()
    # The first printed line holds the first words (read from the right), the last line the last ones.
    first = unicodedata.normalize("NFKC", lines[0])
    last = unicodedata.normalize("NFKC", lines[-1])
    assert words[0] in first[::-1] or words[0][::-1] in first
    assert words[-1].rstrip(".")[::-1] in last
    assert first.rstrip().endswith(words[0][::-1])


def test_right_to_left_paragraphs_are_right_aligned() -> None:
    paragraph = text(ARABIC)
    assert isinstance(paragraph, rtl.BidiParagraph)
    paragraph.wrap(200, 500)
    assert paragraph.style.alignment == TA_RIGHT
    assert text("English (قانون) inside").style.alignment != TA_RIGHT
    assert not isinstance(text("Закон"), rtl.BidiParagraph)
    assert style("body").alignment != TA_RIGHT


def test_a_split_arabic_paragraph_keeps_its_lines() -> None:
    paragraph = text(ARABIC * 12)
    _, height = paragraph.wrap(200, 10_000)
    parts = paragraph.split(200, height / 2)
    assert len(parts) == 2
    heights = [part.wrap(200, 10_000)[1] for part in parts]
    assert abs(sum(heights) - height) < 1


def test_change_between_rounds() -> None:
    from dataclasses import replace

    from assess.responses import ResponseView
    from assess.scoring import ItemState

    base = ResponseView("X-1", 2, 1, False, "", "", (), None, None, "", "", "", None, 1)

    def state(**changes: object) -> ItemState:
        return ItemState("X-1", "X", "", replace(base, **changes), ("law", "practice"), 4)

    before = state()
    assert classify(None, before) == "new item"
    assert classify(before, state(law=3)) == "improved"
    assert classify(before, state(practice=0)) == "regressed"
    assert classify(before, state(law=3, practice=0)) == "mixed"
    assert classify(before, state()) == "unchanged"
    assert classify(before, state(practice=None)) == "no longer scored"
    assert classify(state(law=None, practice=None), state()) == "newly scored"
    assert classify(before, state(law=None, practice=None, not_applicable=True)) == "changed"
