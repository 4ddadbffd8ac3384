"""The source text of the built-in framework, as the content tests read it.

A copy of the project seed (the Secretary-General's background paper of 5 May 2009 with Annex II, the Working
Group recommendations, and Annex III, the Framework for Action narrative) is kept in tests/framework/sources/.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

SEED = Path(__file__).parent / "sources" / "003_23a8e3783b16fe42.txt"  # a copy of the project seed
PAPER_LINES = (242, 1483)  # the background paper itself, inclusive
ANNEX_LINES = (1484, 2342)  # Annex II and Annex III, inclusive

FOOTNOTE_BODY = re.compile(r"^1[2-4]\d\s")  # footnotes 127-146 of Annex III, at the foot of a page
PAGE_NUMBER = re.compile(r"^\s*\d{1,3}\s*$")
# An inline footnote reference: 127-146 glued to the word or punctuation before it ("seekers136.", "process.145");
# a space between the reference and the punctuation after it goes too ("Convention133 ." -> "Convention.").
FOOTNOTE_MARKER = re.compile(r"(?<=[A-Za-z.,;:)])(?:12[7-9]|13\d|14[0-6])(?!\d)(?:\s+(?=[.,;:]))?")


@cache
def lines() -> tuple[str, ...]:
    return tuple(SEED.read_text("utf-8").split("\n"))


def normalise_seed(seed_lines: list[str] | tuple[str, ...]) -> str:
    """The seed as one line: footnote bodies and page numbers out, lines joined, footnote references dropped.

    A footnote body starts with its number and runs on until the page's page number or the first line of the
    next page, which the extraction indents by one space (footnote 143 spans a blank line, so a blank line does
    not end it).
    """
    kept: list[str] = []
    in_footnote = False
    for line in seed_lines:
        if PAGE_NUMBER.match(line):
            in_footnote = False
            continue
        if FOOTNOTE_BODY.match(line):
            in_footnote = True
            continue
        if in_footnote:
            if line[:1] in (" ", "\t"):
                in_footnote = False
            else:
                continue
        if line.strip():
            kept.append(line.strip())
    text = ""
    for line in kept:
        if not text or text.endswith("-"):
            text += line
        else:
            text += " " + line
    text = re.sub(r"\s+", " ", text)
    return FOOTNOTE_MARKER.sub("", text)


@cache
def annexes() -> str:
    """Annex II and Annex III as one normalised line."""
    first, last = ANNEX_LINES
    return normalise_seed(lines()[first - 1 : last])


def find(passage: str, seed: str, start: int = 0) -> int | None:
    """Where ``passage`` first occurs in ``seed`` at or after ``start``, beginning and ending on word boundaries."""
    found = seed.find(passage, start)
    while found != -1:
        end = found + len(passage)
        before = seed[found - 1] if found else " "
        after = seed[end] if end < len(seed) else " "
        if not before.isalnum() and not after.isalnum():
            return found
        found = seed.find(passage, found + 1)
    return None


def in_seed(passage: str, seed: str) -> bool:
    """Whether ``passage`` occurs in the normalised seed, starting and ending on word boundaries."""
    return find(passage, seed) is not None


def footnote(number: int, first_line: int, last_line: int) -> str:
    """The body of footnote ``number`` between the two lines (inclusive), joined into one line.

    A body starts with its number at the start of a line ("32. See", "4 See") and ends at the next footnote,
    a blank line, a page number or the first line of the next page (indented by the extraction).
    """
    head = re.compile(rf"^{number}\.?\s?(?=\D)")
    body: list[str] = []
    for line in lines()[first_line - 1 : last_line]:
        if not body:
            if head.match(line):
                body.append(head.sub("", line))
            continue
        if not line.strip() or line[:1] in (" ", "\t") or re.match(r"^\d{1,3}\.?\s?\D", line):
            break
        body.append(line)
    return re.sub(r"\s+", " ", " ".join(body)).strip()
