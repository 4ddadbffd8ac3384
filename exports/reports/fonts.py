"""Fonts for the PDF report: embedded Unicode TrueType fonts, and per-glyph fallback between them.

ReportLab's built-in fonts have no Cyrillic, Arabic or Chinese glyphs, so every text goes out
in fonts that ship with Assess and are embedded (subset) in the PDF:

- Noto Sans (Latin, Greek, Cyrillic) from the PyPI package ``fontpkg-noto-sans`` (OFL-1.1);
  its bold is a static instance of the same variable font, shipped as ``fonts/NotoSans-Bold.ttf``
  (see ``fonts/README.md``), because ReportLab draws only the default instance of a variable font;
- Noto Sans Arabic from ``fontpkg-noto-sans-arabic`` (OFL-1.1), registered without shaping:
  Arabic is shaped with ``arabic-reshaper`` and ordered with ``python-bidi`` (see :mod:`exports.reports.rtl`),
  and its joined letter forms copy out of the PDF as the letters typed (:class:`BaseLetterFont`);
- WenQuanYi Micro Hei (Chinese; Apache-2.0 or GPL-3+ with font exception), shipped as
  ``fonts/wqy-microhei.ttc`` from Debian's ``fonts-wqy-microhei``. Noto CJK has CFF outlines,
  which ReportLab refuses.

:func:`markup` splits a text into runs by the first font that has each letter and wraps the runs
that are not in the paragraph's own font in ``<font name=...>``, so a paragraph mixing scripts
prints real glyphs throughout.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

from assess.errors import AssessError
from assess.paths import package_file

REGULAR = "AssessSans"
BOLD = "AssessSans-Bold"
ARABIC = "AssessArabic"
CJK = "AssessCJK"
FALLBACK = (REGULAR, ARABIC, CJK)
HERE = package_file("exports.reports", "fonts")


def _base_letters(code: int) -> str:
    """The letters an Arabic presentation form (a joined or ligated letter shape) stands for; others as they are."""
    if 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF:
        return unicodedata.normalize("NFKC", chr(code)) or chr(code)
    return chr(code)


class BaseLetterFont(TTFont):  # type: ignore[misc]
    """A TrueType font whose text copies out of the PDF as base letters, not as presentation forms.

    The text drawn is shaped: "ﻭﺯﺍﺭﺓ" (joined forms U+FExx) where "وزارة" was typed. A PDF maps each glyph it
    draws back to text through the font's ToUnicode table, which ReportLab writes from the characters drawn;
    here each presentation form is mapped to the letters it shapes (a lam-alef ligature to both), as a
    word processor does, so that searching and copying find the text as typed.
    """

    def addObjects(self, doc: Any) -> None:
        state = self.state.get(doc)
        subsets = [list(subset) for subset in state.subsets] if state is not None else []
        super().addObjects(doc)
        for number, subset in enumerate(subsets):
            if not any(0xFB50 <= code <= 0xFEFF for code in subset):
                continue
            name = b"".join((SUBSETN(number), b"+", self.face.name, self.face.subfontNameX)).decode("pdfdoc")
            stream = doc.idToObject["toUnicodeCMap:" + name]
            entries = "\n".join(
                f"<{index:02X}> <{''.join(f'{ord(c):04X}' for c in _base_letters(code))}>"
                for index, code in enumerate(subset)
            )
            head, _, rest = stream.content.partition(" beginbfchar\n")
            tail = rest[rest.index("endbfchar") :]
            stream.content = f"{head} beginbfchar\n{entries}\n{tail}"


def _package_font(module: str, pattern: str) -> Path:
    try:
        root = package_file(module, "files")
    except ImportError:
        raise AssessError(
            "The report font package {package} is not installed; reinstall Assess (see README).",
            package=module.replace("_", "-"),
        ) from None
    found = sorted(root.glob(pattern))
    if not found:
        raise AssessError(
            "The font file {pattern} is missing from {folder}; reinstall Assess (see README).",
            pattern=pattern,
            folder=root,
        )
    return found[0]


@cache
def files() -> dict[str, Path]:
    """The font file behind each report font name (the CJK file is a collection: use its first face)."""
    return {
        REGULAR: _package_font("fontpkg_noto_sans", "NotoSans[[]*.ttf"),
        BOLD: HERE / "NotoSans-Bold.ttf",
        ARABIC: _package_font("fontpkg_noto_sans_arabic", "NotoSansArabic[[]*.ttf"),
        CJK: HERE / "wqy-microhei.ttc",
    }


@cache
def register() -> None:
    """Register the report fonts with ReportLab (once per process)."""
    paths = files()
    try:
        pdfmetrics.registerFont(TTFont(REGULAR, str(paths[REGULAR])))
        pdfmetrics.registerFont(TTFont(BOLD, str(paths[BOLD])))
        pdfmetrics.registerFont(BaseLetterFont(ARABIC, str(paths[ARABIC]), shapable=False))
        pdfmetrics.registerFont(TTFont(CJK, str(paths[CJK]), subfontIndex=0, shapable=False))
    except OSError as exc:
        raise AssessError(
            "A report font cannot be read ({error}); reinstall Assess (see README).", error=str(exc)
        ) from None
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(REGULAR, bold, italic, BOLD if bold else REGULAR)
    for name in (ARABIC, CJK):
        for bold in (0, 1):
            for italic in (0, 1):
                addMapping(name, bold, italic, name)


@cache
def _cmap(name: str) -> frozenset[int]:
    register()
    font = pdfmetrics.getFont(name)
    return frozenset(font.face.charToGlyph)


def font_for(char: str, current: str) -> str:
    """The font a character prints in: the current run's when it has it and the character is not a letter."""
    code = ord(char)
    if not unicodedata.category(char).startswith("L") and code in _cmap(current):
        return current
    for name in FALLBACK:
        if code in _cmap(name):
            return name
    return current


# Latin, Greek, Cyrillic and common punctuation: all in Noto Sans, so text made only of these needs no fallback.
_OUTSIDE_BASE = re.compile(r"[^\u0000-\u024f\u0370-\u052f\u1e00-\u1eff\u2000-\u2027\u2030-\u205e\u20a0-\u20bf]")


def runs(text: str, base: str = REGULAR) -> list[tuple[str, str]]:
    """``text`` cut into (font, piece) runs; the base font stands for its bold face too."""
    if base in (REGULAR, BOLD) and not _OUTSIDE_BASE.search(text):
        return [(base, text)] if text else []
    probe = REGULAR if base == BOLD else base
    result: list[tuple[str, str]] = []
    current = probe
    start = 0
    for index, char in enumerate(text):
        if char.isascii() and (char.isalnum() or char in " .,;:-()/'\"") and current == probe:
            continue
        font = font_for(char, current)
        if font != current:
            if index > start:
                result.append((current, text[start:index]))
            current, start = font, index
    if start < len(text):
        result.append((current, text[start:]))
    return [(base if font == probe else font, piece) for font, piece in result]


def markup(text: str, base: str = REGULAR) -> str:
    """Paragraph markup for plain ``text``: escaped, with the runs outside ``base`` in their own font."""
    return "".join(
        escape(piece) if font == base else f'<font name="{font}">{escape(piece)}</font>'
        for font, piece in runs(text, base)
    )


def needs_fallback(text: str) -> bool:
    """True when some character of ``text`` is not in the regular font."""
    cmap = _cmap(REGULAR)
    return any(not c.isascii() and ord(c) not in cmap for c in text)


def width(text: str, size: float, base: str = REGULAR) -> float:
    """Printed width of ``text`` in points, each run in its own font."""
    return float(sum(pdfmetrics.stringWidth(piece, font, size) for font, piece in runs(text, base)))
