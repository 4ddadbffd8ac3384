"""The contribution workbook format, version 1: its sheets, its columns (derived from the fields of a response), its
limits, the document in its hidden sheet and the error a bad workbook gets.

A workbook (.xlsx) carries the part of an assessment an institution answers for, to be filled in with a spreadsheet
program and merged back like a package. Its sheets: the instructions, the responses (one row per item: the code,
the verbatim text and the source, locked; one answer column per field of :data:`assess.fields.FIELDS`; then, hidden
and locked, one ``sent:<field>`` column per field holding the answer as it was sent, the base of the three-way
merge), the evidence (listed, never sensitive evidence, never files) and the hidden sheet ``assess`` whose cell A1
holds a JSON document (``exports/exchange/schema/workbook-1.schema.json``): what the workbook is, the assessment
and part it was sent from, its language and its columns. docs/workbook.md describes it for people.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

import jsonschema

from assess.fields import BY_NAME, FIELDS, Field
from assess.paths import package_file
from exports.exchange.archive import Limits
from exports.exchange.spec import MAX_MEMBERS, MAX_RATIO, MAX_WORKBOOK_BYTES, BadPackage, schema
from exports.exchange.workbook_words import Words

FORMAT = "assess-workbook"
FORMAT_VERSION = 1
SUFFIX = ".xlsx"
META_SHEET = "assess"
"""The hidden sheet whose cell A1 holds the workbook's document."""
CODE, TEXT, SOURCE = "code", "text", "source"
SENT = "sent:"
CELL_CHARS = 32_767
"""The most characters a cell holds in Excel and LibreOffice Calc."""
LIMITS = Limits(evidence_bytes=MAX_WORKBOOK_BYTES, total_bytes=MAX_WORKBOOK_BYTES, ratio=MAX_RATIO, members=MAX_MEMBERS)
"""A workbook is checked as a package is (member count, sizes, compression ratio), each member capped as a
package's responses are."""
EXTRA_COLUMNS = 50
"""How far past its last column the reader looks for columns someone added (and refuses them)."""


class BadWorkbook(BadPackage):
    """A file that is not a usable contribution workbook; nothing was imported."""


@dataclass(frozen=True)
class Column:
    """A column of the responses sheet: an item's code, text or source; a field's answer; or (hidden) its value as
    sent."""

    key: str
    field: Field | None = None
    sent: bool = False

    @property
    def answer(self) -> bool:
        """The column takes the institution's answer (it is editable)."""
        return self.field is not None and not self.sent

    def heading(self, words: Words) -> str:
        if self.field is None:
            return words(f"heading_{self.key}")
        return self.key if self.sent else words.field(self.field)


def columns(fields: Sequence[Field] = FIELDS) -> tuple[Column, ...]:
    """The columns of a workbook written now: the item, each field's answer, then each field as sent."""
    return (
        *(Column(key) for key in (CODE, TEXT, SOURCE)),
        *(Column(f.name, f) for f in fields),
        *(Column(SENT + f.name, f, sent=True) for f in fields),
    )


def columns_of(keys: Sequence[str]) -> tuple[Column, ...] | None:
    """The columns a workbook says it has, in its order, when they make a layout this release reads; else None.

    A workbook written before a field was added lacks that field's two columns; that field is then not
    contributed. A field this release does not know makes the layout unreadable.
    """
    if any(key not in BY_NAME for key in keys[3:] if not key.startswith(SENT)):
        return None
    fields = [BY_NAME[key] for key in keys[3:] if not key.startswith(SENT)]
    layout = columns(fields)
    return layout if [c.key for c in layout] == list(keys) else None


@cache
def _validator() -> jsonschema.Draft202012Validator:
    text = package_file("exports.exchange", "schema/workbook-1.schema.json").read_text("utf-8")
    own: dict[str, Any] = json.loads(text)
    definitions = {**schema()["$defs"], **own["$defs"]}
    return jsonschema.Draft202012Validator({"$ref": "#/$defs/workbook", "$defs": definitions})


def problem_with(document: object) -> str | None:
    """What is wrong with a workbook's document (the first problem the schema finds), or None."""
    error = next(iter(_validator().iter_errors(document)), None)
    if error is None:
        return None
    where = "/".join(str(p) for p in error.absolute_path)
    text = str(error.message)
    text = text if len(text) <= 200 else text[:199] + "…"
    return f"{where}: {text}" if where else text
