"""One set of limits (assess/limits.py): the services, the package schema and the database agree on them, and
text that no database can store is refused wherever it comes from."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from assess import assessments, evidence, limits, responses
from assess.errors import InvalidInput
from assess.fields import FIELDS, Kind
from db import Store
from db.models import Base
from exports.exchange.spec import MAX_MEMBERS

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "exports" / "exchange" / "schema" / "package-1.schema.json").read_text("utf-8"))


def test_the_package_schema_states_the_same_limits() -> None:
    defs = SCHEMA["$defs"]
    evidence_props = defs["evidence"]["properties"]
    identity = defs["assessment"]["properties"]
    assert defs["text"]["maxLength"] == limits.NOTE
    assert defs["person"]["maxLength"] == limits.PERSON
    assert defs["institution"]["maxLength"] == limits.INSTITUTION
    assert evidence_props["name"]["maxLength"] == limits.EVIDENCE_NAME
    assert evidence_props["description"]["maxLength"] == limits.DESCRIPTION
    assert evidence_props["url"]["maxLength"] == limits.LINK
    assert evidence_props["citation"]["maxLength"] == limits.CITATION
    assert (identity["country"]["maxLength"], identity["title"]["maxLength"], identity["period"]["maxLength"]) == (
        limits.COUNTRY,
        limits.TITLE,
        limits.PERIOD,
    )
    assert defs["base"]["properties"]["version"]["maximum"] == limits.LARGEST_ID
    assert defs["manifest"]["properties"]["members"]["maxItems"] == MAX_MEMBERS - 1  # all but the manifest
    text_fields = {f.name for f in FIELDS if f.kind is Kind.TEXT}
    assert all(defs["fields"]["properties"][name] == {"$ref": "#/$defs/text"} for name in text_fields)
    assert all(f.limit == limits.NOTE for f in FIELDS if f.kind is Kind.TEXT)


def test_the_database_columns_hold_what_the_limits_allow() -> None:
    tables = Base.metadata.tables
    lengths: dict[str, Any] = {
        "assessments.country": limits.COUNTRY,
        "assessments.title": limits.TITLE,
        "assessments.period": limits.PERIOD,
        "assessments.created_by": limits.PERSON,
        "institutions.name": limits.INSTITUTION,
        "responses.updated_by": limits.PERSON,
        "evidence.name": limits.EVIDENCE_NAME,
        "evidence.added_by": limits.PERSON,
        "audit_log.user": limits.PERSON,
        "audit_log.origin": limits.ORIGIN,
    }
    for where, limit in lengths.items():
        table, column = where.split(".")
        assert tables[table].c[column].type.length == limit, where


@pytest.mark.parametrize(
    ("field", "limit"), [("rationale", limits.NOTE), ("na_justification", limits.NOTE), ("next_action", limits.NOTE)]
)
def test_a_note_over_its_limit_is_refused_with_the_field_and_the_limit(store: Store, field: str, limit: int) -> None:
    with store.session() as session:
        created = assessments.create(session, country="Testland", title="Limits")
        edit: dict[str, Any] = {field: "x" * limit}
        if field == "na_justification":
            edit["not_applicable"] = True
        responses.update(session, created.id, "PROS-1", **edit)  # at the limit: saved
        edit[field] = "x" * (limit + 1)
        with pytest.raises(InvalidInput, match=rf"is too long \({limit + 1:,} characters; at most {limit:,}\)"):
            responses.update(session, created.id, "PROS-1", **edit)


def test_a_link_over_its_limit_is_refused(store: Store) -> None:
    with store.session() as session:
        created = assessments.create(session, country="Testland", title="Limits")
        at_limit = "https://example.org/" + "a" * (limits.LINK - len("https://example.org/"))
        assert evidence.add_link(session, created.id, "PROS-1", at_limit).url == at_limit
        with pytest.raises(InvalidInput, match=r"The link is too long \(10,001 characters; at most 10,000\)"):
            evidence.add_link(session, created.id, "PROS-1", at_limit + "b")


@pytest.mark.parametrize(
    ("text", "problem"),
    [("in\x00side", "NUL character"), ("M\udcfcller", "not valid text"), ("\ud800", "not valid text")],
)
def test_text_no_database_can_store_is_refused_wherever_it_is_typed(store: Store, text: str, problem: str) -> None:
    with store.session() as session:
        created = assessments.create(session, country="Testland", title="Limits")
        for call in (
            lambda: responses.update(session, created.id, "PROS-1", rationale=text),
            lambda: responses.update(session, created.id, "PROS-1", institutions=[text]),
            lambda: evidence.add_citation(session, created.id, "PROS-1", text),
            lambda: evidence.add_citation(session, created.id, "PROS-1", "Act", description=text),
            lambda: assessments.create(session, country=text, title="T"),
        ):
            with pytest.raises(InvalidInput, match=problem):
                call()


@pytest.mark.sqlite_only  # on a server, the database user is recorded
def test_a_user_name_is_recorded_within_its_limit(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASSESS_USER", os.fsdecode(b"M\xfcller ") + "with a very long name" * 30)
    with store.session() as session:
        created = assessments.create(session, country="Testland", title="Limits")
        saved = responses.update(session, created.id, "PROS-1", law=2)
    assert len(saved.updated_by) == limits.PERSON and saved.updated_by.startswith("Müller with")


def test_names_that_are_not_utf8_are_read_in_the_windows_code_page() -> None:
    assert limits.storable_name(os.fsdecode(b"Aussage_M\xfcller.txt")) == "Aussage_Müller.txt"
    assert limits.storable_name("Aussage_Müller.txt") == "Aussage_Müller.txt"
    assert limits.unstorable(limits.storable_name("a\ud800b")) is None


def test_control_characters_are_made_visible() -> None:
    assert limits.visible("a\x1b]0;owned\x07b\u202ec\x9b") == "a\\x1b]0;owned\\x07b\\u202ec\\x9b"
    assert limits.visible("line\nnext\ttab, Привет, مرحبا, 你好") == "line\nnext\ttab, Привет, مرحبا, 你好"
    text = json.dumps({"a": "x\u202ey\x9b\ud800"}, ensure_ascii=False)
    assert json.loads(limits.visible(text, json=True)) == {"a": "x\u202ey\x9b\ud800"}
    assert limits.visible(text, json=True).isascii()
