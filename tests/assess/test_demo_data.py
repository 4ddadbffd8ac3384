"""The demo's data files: checked as they are read, and the only source of the demo's content and times."""

from __future__ import annotations

import dataclasses
import datetime as dt
import inspect
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from assess import assessments, audit, evidence, responses
from assess.demo import build, content
from assess.demo.datafile import DemoDataError
from assess.fields import FIELDS
from db import open_store
from db.models import Assessment

FICTION = "[Fictional document produced for the Assess demonstration. Meridia is not a real country."


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A copy of the demo's data files, to change."""
    folder = tmp_path / "data"
    shutil.copytree(content.DATA, folder)
    return folder


def change(folder: Path, name: str, old: str, new: str) -> None:
    path = folder / name
    text = path.read_text("utf-8")
    assert old in text, f"{old!r} is not in {name}"
    path.write_text(text.replace(old, new, 1), "utf-8")


def test_times_follow_the_data_and_are_written_once(data: Path, tmp_path: Path) -> None:
    """Move the rounds in demo.toml: the built demo's times move with them, and no time is rewritten afterwards."""
    change(data, "demo.toml", "final_at = 2024-06-28T11:30:00", "final_at = 2024-09-02T14:00:00")
    change(data, "demo.toml", "started_at = 2026-01-12T09:04:15", "started_at = 2025-11-03T10:00:00")
    moved = content.load(data)
    store = open_store(tmp_path / "demo.sqlite")
    updates: list[str] = []

    def note(_connection: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if statement.lstrip().upper().startswith("UPDATE"):
            updates.append(" ".join(statement.split()))

    event.listen(store.engine, "before_cursor_execute", note)
    try:
        review_id = build.build_demo(store, moved)
        with store.session() as session:
            made = session.get(Assessment, review_id)
            assert made is not None
            framework = made.framework
            assert framework.imported_at == moved.framework_imported_at
            baseline, review = assessments.list_all(session)
            assert review.id == review_id
            added: set[tuple[str, dt.datetime]] = set()
            edited: dict[str, dt.datetime] = {}
            for info, round_ in zip((baseline, review), moved.rounds, strict=True):
                changes = list(reversed(audit.history(session, info.id, limit=100_000)))
                assert info.created_at == changes[0].at == round_.started_at
                assert (changes[0].entity, changes[0].field) == ("assessment", "created")
                assert all(c.at >= round_.started_at for c in changes)
                # Each response's time is that of its last edit in this round, or carried from the round before.
                edited |= {c.item_code: c.at for c in changes if c.entity == "response" and c.item_code}
                for code in round_.answers:
                    assert responses.get(session, info.id, code).updated_at == edited[code], code
                # Each piece of evidence's time is that of its entry in the log, in this round or the one before.
                added |= {(c.item_code, c.at) for c in changes if (c.entity, c.field) == ("evidence", "added")}
                assert {(e.item_code, e.added_at) for e in evidence.list_for(session, info.id)} <= added
            final = [c for c in audit.history(session, baseline.id) if c.field == "status"]
            assert [(c.new, c.at) for c in final] == [("final", dt.datetime(2024, 9, 2, 14, 0))]
            assert baseline.updated_at == dt.datetime(2024, 9, 2, 14, 0)
            assert review.created_at == dt.datetime(2025, 11, 3, 10, 0)
    finally:
        store.close()
    assert updates, "the build's edits go through the services, which update responses and assessments"
    rewritten = [s for s in updates if re.match(r"UPDATE (audit_log|evidence|frameworks)\b", s)]
    assert not rewritten
    assert not [s for s in updates if "created_at" in s]


BAD_ENTRIES = [
    (
        "answers-2026.toml",
        '["PROS-1.ii"]',
        '["PROS-1.x"]',
        "item PROS-1.x: there is no assessable item PROS-1.x in unodc-ffa-2009",
    ),
    ("answers-2024.toml", '["NAT-1"]', '["NAT"]', "item NAT: there is no assessable item NAT in"),
    (
        "answers-2026.toml",
        '["PROS-1.i"]\npractice = 2',
        '["PROS-1.i"]\npractice = 5',
        "item PROS-1.i: practice 5 is off the scale of unodc-ffa-2009 (0 to 4)",
    ),
    ("answers-2024.toml", '["PROS-1"]\nlaw = 3', '["PROS-1"]\nlaw = -1', "item PROS-1: law -1 is off the scale"),
    (
        "answers-2024.toml",
        '["PROS-1"]\nlaw = 3',
        '["PROS-1"]\nlaw = "three"',
        "item PROS-1: law must be a whole number from 0 to 4 or \"unscored\", not 'three'",
    ),
    ("answers-2024.toml", '["PROS-1"]\n', '["PROS-1"]\nprority = "high"\n', "item PROS-1: unknown field prority"),
    ("answers-2024.toml", '"MOJ", "NCS"]', '"MOJ", "NSC"]', "item PROS-1: institutions names NSC, which is not in"),
    ("answers-2024.toml", "target_date = 2026-12-31", 'target_date = "end of 2026"', "item PROS-1: target_date must"),
    ("answers-2024.toml", '["INT-7"]\n', '["INT-7"]\nlaw = 2\n', "item INT-7: an item cannot be both N/A and scored"),
    ("answers-2024.toml", '["WG-2"]\n', '["WG-2-gone"]\n', "item WG-2-gone: there is no assessable item"),
    (
        "evidence-2024.toml",
        'file = "NRM-SOP-2019.txt"',
        'file = "NRM-SOP-2020.txt"',
        "(item PROT-4): there is no document",
    ),
    (
        "evidence-2024.toml",
        'item = "PROS-3"',
        'item = "PROS-33"',
        "(item PROS-33): there is no assessable item PROS-33",
    ),
    (
        "institutions.toml",
        'focal_point = "e.varga"',
        'focal_pont = "e.varga"',
        "institution JTC: focal_point is missing",
    ),
    ("demo.toml", 'period = "2026"', "period = 2026", "round 2: period must be a text, not 2"),
    ("demo.toml", "final_at = 2024-06-28T11:30:00", "final_at = 2024-01-01T11:30:00", "round 1: final_at must come"),
    ("demo.toml", 'country = "Republic of Meridia"', "country = Republic of Meridia", "not a valid TOML file"),
]


@pytest.mark.parametrize(("name", "old", "new", "message"), BAD_ENTRIES)
def test_a_bad_entry_is_refused_naming_its_file_and_entry(
    data: Path, name: str, old: str, new: str, message: str
) -> None:
    change(data, name, old, new)
    with pytest.raises(DemoDataError) as refused:
        content.load(data)
    assert refused.value.file == data / name
    assert str(refused.value).startswith(f"{data / name}, ") or str(refused.value).startswith(f"{data / name}: ")
    assert message in str(refused.value)


def test_the_first_round_answers_every_item(data: Path) -> None:
    path = data / "answers-2024.toml"
    text = path.read_text("utf-8")
    path.write_text(re.sub(r'\n\["WG-2"\]\n.*?\n(?=\n\[)', "\n", text, count=1, flags=re.DOTALL), "utf-8")
    with pytest.raises(DemoDataError, match=r"answers-2024.toml: the first round answers every .* WG-2 has none"):
        content.load(data)


def test_a_document_no_evidence_attaches_is_refused(data: Path) -> None:
    (data / "documents" / "stray.txt").write_text("left over", "utf-8")
    with pytest.raises(DemoDataError, match=r"stray.txt: no evidence attaches this document"):
        content.load(data)


def test_an_answer_has_the_fields_of_a_response_edit() -> None:
    keywords = set(inspect.signature(responses.update).parameters) | {f.name for f in FIELDS}
    assert {f.name for f in dataclasses.fields(content.Answer)} <= keywords


def test_documents_say_they_are_fiction_and_the_statistics_agree() -> None:
    documents = content.load().documents
    for name, text in documents.items():
        if name.endswith(".txt"):
            assert FICTION in text.decode("utf-8"), name
    earlier = documents["trafficking-statistics-2019-2023.csv"].decode("utf-8").splitlines()
    later = documents["trafficking-statistics-2019-2025.csv"].decode("utf-8").splitlines()
    assert later[: len(earlier)] == earlier, "the later table extends the earlier one"
