"""The editable fields of a response are declared once (assess/fields.py); everything else that names them agrees.

What cannot be derived from the declaration (the type checker needs the fields written out; the package
schema, the CSV columns and the documentation are files other programs read) is checked against it here:
the same names, in the same order where order means something, and no other spelling of a field.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import typing
from pathlib import Path

import pytest

from assess import fields
from assess.cli import main as cli
from assess.fields import FIELDS, Field, Kind
from assess.jsonshapes import response_json
from assess.merge import Fields
from assess.vocabulary import AssessmentStatus, EvidenceKind, Priority
from db.models import Response
from exports.exchange.spec import schema
from exports.reports.tabular import CSV_COLUMNS
from exports.reports.xlsx import ACTION_COLUMNS

ROOT = Path(__file__).resolve().parents[2]
NAMES = [f.name for f in FIELDS]

VIEW = fields.ResponseView(
    item_code="PROS-1",
    law=2,
    practice=None,
    not_applicable=False,
    na_justification="",
    rationale="In the penal code since 2019",
    institutions=("Ministry of Justice",),
    priority=Priority.HIGH,
    target_date=dt.date(2027, 6, 30),
    next_action="Ask the ministry",
    technical_assistance="",
    updated_by="tester",
    updated_at=dt.datetime(2026, 11, 25, 13, 0),
    version=3,
)


def other_spellings(field: Field) -> set[str]:
    """The names a field has outside the code, which the code must not use for it."""
    return {field.stored, field.option.lstrip("-").replace("-", "_")} - {field.name}


def test_each_field_has_one_name_and_its_other_names_are_declared_with_it() -> None:
    assert len(set(NAMES)) == len(NAMES) == 10
    assert len({f.option for f in FIELDS}) == len(FIELDS)
    assert len({f.stored for f in FIELDS}) == len(FIELDS)
    assert {f.stored for f in FIELDS if f.stored != f.name} == {"law_score", "practice_score"}
    assert all(f.dimension is not None for f in FIELDS if f.kind is Kind.SCORE)


def test_the_typed_declarations_have_the_fields_in_order() -> None:
    assert list(typing.get_type_hints(fields.Edit)) == NAMES
    view = [f.name for f in dataclasses.fields(fields.ResponseView)]
    assert view[1 : 1 + len(NAMES)] == NAMES, "the view's fields follow the item code"
    assert [f.name for f in dataclasses.fields(Fields)] == NAMES


def test_the_model_has_each_field_as_an_attribute_in_its_column() -> None:
    table = Response.__table__
    for field in FIELDS:
        if field.kind is Kind.NAMES:
            assert Response.institutions.property.secondary is not None
            continue
        column = getattr(Response, field.name).property.columns[0]
        assert column.name == field.stored and table.c[field.stored] is column
    taken = set(Response.__mapper__.attrs.keys())
    for field in FIELDS:
        assert not (other_spellings(field) & taken), field.name


def test_the_json_of_the_command_line_and_of_packages_has_the_fields_by_name() -> None:
    shown = response_json(VIEW)
    assert list(shown)[: len(NAMES)] == NAMES
    assert shown["target_date"] == "2027-06-30" and shown["institutions"] == ["Ministry of Justice"]
    assert shown["priority"] == "high" and type(shown["priority"]) is str
    sent = Fields.of(VIEW).to_json()
    assert list(sent) == NAMES
    assert Fields.from_json(json.loads(json.dumps(sent))) == Fields.of(VIEW)


def test_the_package_schema_describes_each_field_as_its_kind_says() -> None:
    definition = schema()["$defs"]["fields"]
    assert definition["required"] == NAMES
    assert list(definition["properties"]) == NAMES
    expected = {
        Kind.SCORE: {"oneOf": [{"$ref": "#/$defs/score"}, {"type": "null"}]},
        Kind.FLAG: {"type": "boolean"},
        Kind.TEXT: {"$ref": "#/$defs/text"},
        Kind.PRIORITY: {"enum": [*Priority, None]},
    }
    for field in FIELDS:
        shape = definition["properties"][field.name]
        if field.kind in expected:
            assert shape == expected[field.kind], field.name
        elif field.kind is Kind.NAMES:
            assert shape["type"] == "array" and shape["items"] == {"$ref": "#/$defs/institution"}
        else:
            assert field.kind is Kind.DATE and shape["oneOf"][0]["format"] == "date"
    published = ROOT / "docs" / "schema" / "package-1.schema.json"
    assert json.loads(published.read_text("utf-8")) == schema()


def test_the_csv_and_xlsx_columns_name_the_fields_by_name() -> None:
    in_csv = [column for column in CSV_COLUMNS if column in NAMES]
    assert in_csv == NAMES, "every field is a CSV column, in the fields' order"
    for columns in (CSV_COLUMNS, ACTION_COLUMNS):
        for field in FIELDS:
            assert not (other_spellings(field) & set(columns)), (field.name, columns)


def test_the_command_line_has_one_option_per_field_keeping_its_value_under_the_field_s_name() -> None:
    declared = [field for field, _ in cli.SCORE_OPTIONS]
    assert sorted(f.name for f in declared) == sorted(NAMES)
    score = next(
        parser
        for action in cli.build_parser()._subparsers._group_actions  # type: ignore[union-attr]
        for name, parser in action.choices.items()
        if name == "score"
    )
    options = {action.option_strings[0]: action.dest for action in score._actions if action.option_strings}
    assert {f.option: f.name for f in FIELDS}.items() <= options.items()


def test_the_audit_log_names_each_field_as_the_documentation_says() -> None:
    text = (ROOT / "docs" / "cli-json.md").read_text("utf-8")
    row = next(line for line in text.splitlines() if line.startswith("| `field` |"))
    listed = re.findall(r"`([a-z_]+)`", row.split("for a response the stored name", 1)[1].split(";", 1)[0])
    assert listed == [f.stored for f in FIELDS]


@pytest.mark.parametrize(
    ("words", "values"),
    [
        (AssessmentStatus, ["draft", "final"]),
        (Priority, ["high", "medium", "low"]),
        (EvidenceKind, ["file", "link", "citation"]),
    ],
)
def test_the_fixed_words_are_those_the_database_and_the_files_hold(words: type, values: list[str]) -> None:
    assert [str(word) for word in words] == values
    assert all(word == value for word, value in zip(words, values, strict=True))
