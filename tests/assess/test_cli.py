"""The ``assess`` command line: every command, its ``--json`` shapes and its error paths.

Most tests run ``assess.cli.main.main([...])`` in-process and read stdout/stderr with ``capsys``; a few run
the installed console script to prove the entry point works. The contract checked throughout:
success exits 0 with nothing on stderr; bad input of any kind exits non-zero with exactly one line
on stderr, no traceback, nothing on stdout, and the database exactly as it was (every table, the
audit log included). ``assess`` with no command and ``assess demo`` open a window and are not run here.
Every test that only needs "a database" runs on an SQLite file and on a PostgreSQL server database
(``db_target``); those about SQLite files, or needing no database at all, are marked ``sqlite_only``.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any, NamedTuple

import pytest
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.pool import NullPool

from assess.cli import main as cli
from db import open_store

ROOT = Path(__file__).resolve().parents[2]
BUILTIN_FILE = ROOT / "framework" / "data" / "unodc-ffa-2009.json"
EXAMPLE_FILE = ROOT / "docs" / "examples" / "section-v-example.json"
JSON_DOC = ROOT / "docs" / "cli-json.md"
BUILTIN = "unodc-ffa-2009"


# ---------------------------------------------------------------------------------------------
# Helpers


class Result(NamedTuple):
    code: int
    out: str
    err: str


def one_line(err: str) -> str:
    """The single line a refused command prints on stderr (fails the test on anything else)."""
    assert "Traceback" not in err, err
    lines = err.splitlines()
    assert len(lines) == 1, f"expected exactly one line on stderr, got {len(lines)}: {err!r}"
    assert lines[0].startswith("assess"), lines[0]
    assert len(lines[0]) < 500, lines[0]
    return lines[0]


def dump(target: Path | str) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table of a database (an SQLite file or a server URL): equal dumps mean nothing changed."""
    if isinstance(target, str) and "://" in target:
        engine = create_engine(target, poolclass=NullPool)
        try:
            with engine.connect() as connection:
                tables = sorted(inspect(connection).get_table_names())
                return {
                    t: sorted(map(tuple, connection.execute(text(f'SELECT * FROM "{t}"'))), key=repr) for t in tables
                }
        finally:
            engine.dispose()
    with contextlib.closing(sqlite3.connect(target)) as connection:
        tables = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return {t: connection.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall() for t in tables}


def holds_data(target: Path | str) -> bool:
    """Whether there is an SQLite file to compare before and after."""
    if isinstance(target, str) and "://" in target:
        return False
    path = Path(target)
    return path.is_file() and path.stat().st_size > 0


def files_in(folder: Path) -> dict[str, bytes | None]:
    """The names and bytes of everything in a folder (None for sub-folders)."""
    return {p.name: (p.read_bytes() if p.is_file() else None) for p in sorted(folder.iterdir())}


class Assess:
    """Runs the command line in-process against one database."""

    def __init__(self, capsys: pytest.CaptureFixture[str], db: Path | str) -> None:
        self.capsys = capsys
        self.db = db

    def run(self, *args: str, db: Path | str | None = None) -> Result:
        self.capsys.readouterr()
        target = self.db if db is None else db
        code = cli.main(["--db", str(target), *args])
        assert isinstance(code, int), f"main() returns its exit status, not {code!r}"
        captured = self.capsys.readouterr()
        return Result(code, captured.out, captured.err)

    def ok(self, *args: str) -> str:
        result = self.run(*args)
        assert (result.code, result.err) == (0, ""), result
        return result.out

    def json(self, *args: str) -> Any:
        return json.loads(self.ok(*args, "--json"))

    def refused(self, *args: str, status: int = cli.EXIT_REFUSED, db: Path | str | None = None) -> str:
        """Run a command that must be refused; return its one line, having checked nothing changed."""
        target = self.db if db is None else db
        server = isinstance(target, str) and target == self.db  # the test's own PostgreSQL database
        before = dump(target) if server or holds_data(target) else None
        result = self.run(*args, db=db)
        assert result.code == status, result
        assert result.out == "", result
        line = one_line(result.err)
        if before is not None:
            assert dump(target) == before, "a refused command changed the database"
        return line

    def item(self, assessment: str, code: str) -> dict[str, Any]:
        items = {i["code"]: i for i in self.json("show", assessment)["items"]}
        return items[code]


@pytest.fixture
def assess(capsys: pytest.CaptureFixture[str], db_target: Path | str) -> Assess:
    """The command line on a fresh database: an SQLite file, and (in the [postgres] runs) a server database."""
    open_store(db_target).close()  # there is a database: reading commands refuse a --db that names none
    return Assess(capsys, db_target)


@pytest.fixture
def assessment(assess: Assess) -> str:
    """A new assessment on the built-in framework; its id."""
    return assess.ok("new", "--country", "Testland", "--title", "Baseline").strip()


@pytest.fixture
def other_framework(tmp_path: Path) -> tuple[Path, str, str]:
    """A valid framework file that is not the built-in one: (path, id, version)."""
    if EXAMPLE_FILE.is_file():
        document = json.loads(EXAMPLE_FILE.read_text("utf-8"))
        return EXAMPLE_FILE, document["id"], document["version"]
    document = json.loads(BUILTIN_FILE.read_text("utf-8"))
    document["id"] = "copy-of-builtin"
    path = tmp_path / "copy.json"
    path.write_text(json.dumps(document), "utf-8")
    return path, document["id"], document["version"]


def builtin_document() -> dict[str, Any]:
    result: dict[str, Any] = json.loads(BUILTIN_FILE.read_text("utf-8"))
    return result


# ---------------------------------------------------------------------------------------------
# new and list


def test_new_prints_the_id_and_list_shows_it(assess: Assess) -> None:
    first = assess.ok("new", "--country", "Testland", "--title", "Baseline", "--period", "Baseline 2026")
    second = assess.ok("new", "--country", "Otherland", "--title", "Review")
    assert re.fullmatch(r"\d+\n", first) and re.fullmatch(r"\d+\n", second)
    assert int(second) == int(first) + 1
    listed = assess.json("list")
    assert [a["id"] for a in listed] == [int(first), int(second)]
    a = listed[0]
    assert (a["country"], a["title"], a["period"], a["status"]) == ("Testland", "Baseline", "Baseline 2026", "draft")
    assert a["framework"]["id"] == BUILTIN
    assert a["scale"] == {"min": 0, "max": 4}
    assert a["previous_id"] is None
    text = assess.ok("list")
    assert "Testland: Baseline 2026" in text and "Otherland: Review" in text and "draft" in text


def test_list_when_empty(assess: Assess) -> None:
    assert "No assessments yet" in assess.ok("list")
    assert assess.json("list") == []


def test_new_on_a_named_framework_version(assess: Assess) -> None:
    version = builtin_document()["version"]
    created = assess.ok("new", "--country", "C", "--title", "T", "--framework", f"{BUILTIN}@{version}").strip()
    assert assess.json("list")[0]["framework"] == {"id": BUILTIN, "version": version}
    assert created == "1"


def test_new_from_a_previous_round_carries_responses(assess: Assess, assessment: str, tmp_path: Path) -> None:
    assess.ok(
        "score",
        assessment,
        "PROS-1.i",
        "--law",
        "2",
        "--practice",
        "1",
        "--note",
        "Penal code art. 188",
        "--priority",
        "high",
        "--responsible",
        "Ministry of Justice",
        "--due",
        "2027-06-30",
    )
    assess.ok("score", assessment, "PREV-2", "--na", "No such programmes are foreseen")
    law = tmp_path / "law.txt"
    law.write_bytes(b"Article 188: trafficking in persons")
    assess.ok("evidence", "add", assessment, "PROS-1.i", str(law))
    assess.ok("evidence", "add", assessment, "PROS-1.i", "https://example.org/gazette")

    second = assess.ok("new", "--country", "Testland", "--title", "Review", "--from", assessment).strip()
    assert second != assessment
    carried = assess.item(second, "PROS-1.i")
    r = carried["response"]
    assert (r["law"], r["practice"], r["rationale"], r["priority"]) == (2, 1, "Penal code art. 188", "high")
    assert (r["institutions"], r["target_date"]) == (["Ministry of Justice"], "2027-06-30")
    assert [e["kind"] for e in carried["evidence"]] == ["file", "link"]
    assert carried["evidence"][0]["sha256"] == hashlib.sha256(law.read_bytes()).hexdigest()
    na = assess.item(second, "PREV-2")["response"]
    assert na["not_applicable"] and na["na_justification"] == "No such programmes are foreseen"
    assert assess.json("list")[1]["previous_id"] == int(assessment)
    assert assess.json("history", second)[-1]["new"] == f"from assessment {assessment}"
    # the new round is independent of the old one
    assess.ok("score", second, "PROS-1.i", "--law", "4")
    assert assess.item(assessment, "PROS-1.i")["response"]["law"] == 2


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--framework", "no-such-framework"], "No framework no-such-framework"),
        (["--framework", f"{BUILTIN}@0.0"], "version 0.0"),
        (["--from", "99"], "no assessment 99"),
        (["--from", "abc"], "not an assessment id"),
        (["--country", ""], "country"),
        (["--title", "   "], "title"),
        (["--country", "x" * 201], "too long"),
    ],
)
def test_new_refused(assess: Assess, assessment: str, args: list[str], expected: str) -> None:
    base = {"--country": "C", "--title": "T"}
    for flag, value in zip(args[::2], args[1::2], strict=True):
        base[flag] = value
    line = assess.refused("new", *[x for pair in base.items() for x in pair])
    assert expected.lower() in line.lower()
    assert len(assess.json("list")) == 1


@pytest.mark.sqlite_only
def test_new_without_required_options_is_a_usage_error(assess: Assess) -> None:
    line = assess.refused("new", "--country", "C", status=cli.EXIT_USAGE)
    assert "--title" in line


# ---------------------------------------------------------------------------------------------
# show


def assessable_codes(assess: Assess) -> list[str]:
    return [i["code"] for i in assess.json("framework", "show")["items"] if i["assessable"]]


def test_show_json_has_every_assessable_item_with_response_and_evidence(assess: Assess, assessment: str) -> None:
    assess.ok("score", assessment, "PROT-5", "--law", "3", "--practice", "2")
    assess.ok("evidence", "add", assessment, "PROT-5", "Law 12/2010, art. 4", "--citation")
    shown = assess.json("show", assessment)
    assert shown["assessment"]["id"] == int(assessment)
    codes = [i["code"] for i in shown["items"]]
    assert codes == assessable_codes(assess), "every assessable item, in framework order"
    assert "PROS" not in codes and "WG-4" not in codes and "GP-1" not in codes
    for item in shown["items"]:
        assert {"code", "pillar", "text", "state", "response", "evidence"} <= item.keys()
        assert item["text"]
    prot5 = next(i for i in shown["items"] if i["code"] == "PROT-5")
    assert (prot5["response"]["law"], prot5["response"]["practice"], prot5["state"]) == (3, 2, "gap")
    assert prot5["evidence"][0]["citation"] == "Law 12/2010, art. 4"
    assert shown["summary"]["overall"]["assessable"] == len(codes)


def test_show_text_lists_items_scores_and_evidence(assess: Assess, assessment: str) -> None:
    assess.ok(
        "score",
        assessment,
        "PROS-1.i",
        "--law",
        "2",
        "--practice",
        "1",
        "--note",
        "Offence in force",
        "--priority",
        "high",
        "--responsible",
        "Ministry of Justice",
        "--next",
        "Train judges",
        "--ta",
        "UNODC",
    )
    assess.ok("score", assessment, "PREV-2", "--na", "Not relevant here")
    assess.ok("evidence", "add", assessment, "PROS-1.i", "https://example.org/code", "--sensitive")
    text = assess.ok("show", assessment)
    assert text.startswith("Testland: Baseline — draft")
    for code in assessable_codes(assess):
        assert f"\n{code} " in text
    assert "law 2  practice 1" in text
    assert "Rationale: Offence in force" in text and "priority high" in text
    assert "responsible: Ministry of Justice" in text
    assert "Next action: Train judges" in text and "Technical assistance: UNODC" in text
    assert "N/A (Not relevant here)" in text
    assert "Evidence #1 link: https://example.org/code (https://example.org/code) [sensitive]" in text
    assert "Complete 2/" in text


@pytest.mark.parametrize(("ident", "expected"), [("99", "no assessment 99"), ("abc", "not an assessment id")])
def test_show_unknown_assessment(assess: Assess, assessment: str, ident: str, expected: str) -> None:
    assert expected in assess.refused("show", ident).lower()
    assert expected in assess.refused("show", ident, "--json").lower()


# ---------------------------------------------------------------------------------------------
# score


def test_score_with_every_option(assess: Assess, assessment: str) -> None:
    out = assess.ok(
        "score",
        assessment,
        "PROS-1.i",
        "--law",
        "2",
        "--practice",
        "1",
        "--note",
        "Rationale",
        "--priority",
        "medium",
        "--responsible",
        "Ministry of Justice",
        "--responsible",
        "Police",
        "--due",
        "2027-06-30",
        "--next",
        "Draft a circular",
        "--ta",
        "Training of prosecutors",
    )
    assert out == "PROS-1.i: law 2, practice 1\n"
    r = assess.item(assessment, "PROS-1.i")["response"]
    assert r == r | {
        "law": 2,
        "practice": 1,
        "not_applicable": False,
        "rationale": "Rationale",
        "priority": "medium",
        "institutions": ["Ministry of Justice", "Police"],
        "target_date": "2027-06-30",
        "next_action": "Draft a circular",
        "technical_assistance": "Training of prosecutors",
        "updated_by": "tester",
    }


@pytest.mark.parametrize(
    ("args", "field", "value"),
    [
        (["--law", "3"], "law", 3),
        (["--practice", "0"], "practice", 0),
        (["--law", " 4 "], "law", 4),
        (["--note", "Because"], "rationale", "Because"),
        (["--priority", "low"], "priority", "low"),
        (["--responsible", "Labour inspectorate"], "institutions", ["Labour inspectorate"]),
        (["--due", "2028-01-31"], "target_date", "2028-01-31"),
        (["--next", "Adopt the bill"], "next_action", "Adopt the bill"),
        (["--ta", "Legislative drafting"], "technical_assistance", "Legislative drafting"),
    ],
)
def test_score_each_option_alone(assess: Assess, assessment: str, args: list[str], field: str, value: Any) -> None:
    assess.ok("score", assessment, "PROT-1", *args)
    response = assess.item(assessment, "PROT-1")["response"]
    assert response[field] == value
    untouched = {"law", "practice", "rationale", "priority", "institutions", "target_date", "next_action"} - {field}
    empty = {
        "law": None,
        "practice": None,
        "rationale": "",
        "priority": None,
        "institutions": [],
        "target_date": None,
        "next_action": "",
    }
    assert {k: response[k] for k in untouched} == {k: empty[k] for k in untouched}
    change = assess.json("history", assessment, "PROT-1")
    assert len(change) == 1 and change[0]["user"] == "tester"


def test_score_clears_priority_institutions_and_date(assess: Assess, assessment: str) -> None:
    assess.ok("score", assessment, "PROT-1", "--priority", "high", "--responsible", "Police", "--due", "2027-01-01")
    assess.ok("score", assessment, "PROT-1", "--priority", "none", "--responsible", "", "--due", "")
    r = assess.item(assessment, "PROT-1")["response"]
    assert (r["priority"], r["institutions"], r["target_date"]) == (None, [], None)


def test_score_na_and_back(assess: Assess, assessment: str) -> None:
    assess.ok("score", assessment, "INT-3", "--law", "2")
    assert assess.ok("score", assessment, "INT-3", "--na", "The country has no sea border") == "INT-3: N/A\n"
    item = assess.item(assessment, "INT-3")
    assert item["state"] == "not_applicable" and item["complete"]
    assert item["response"] | {"law": None, "practice": None} == item["response"]
    assert item["response"]["na_justification"] == "The country has no sea border"
    assert assess.ok("score", assessment, "INT-3", "--applicable") == "INT-3: law -, practice -\n"
    r = assess.item(assessment, "INT-3")["response"]
    assert (r["not_applicable"], r["na_justification"]) == (False, "")


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--law", "7"], "off the scale"),
        (["--practice", "7"], "off the scale"),
        (["--law", "-1"], "off the scale"),
        (["--law", "abc"], "not a whole number"),
        (["--practice", "2.5"], "not a whole number"),
        (["--law", ""], "not a whole number"),
        (["--na", ""], "justification"),
        (["--na", "   "], "justification"),
        (["--na", "Not relevant", "--applicable"], "either --na or --applicable"),
        (["--na", "Not relevant", "--law", "2"], "both"),
        (["--due", "2027-13-01"], "YYYY-MM-DD"),
        (["--due", "next year"], "YYYY-MM-DD"),
        (["--responsible", "x" * 301], "300"),
        (["--law", "3", "--practice", "9"], "off the scale"),
        ([], "Nothing to change"),
    ],
)
def test_score_refused(assess: Assess, assessment: str, args: list[str], expected: str) -> None:
    assess.ok("score", assessment, "PROS-2", "--law", "1", "--practice", "1")
    line = assess.refused("score", assessment, "PROS-2", *args)
    assert expected.lower() in line.lower()
    r = assess.item(assessment, "PROS-2")["response"]
    assert (r["law"], r["practice"], r["not_applicable"]) == (1, 1, False)


@pytest.mark.parametrize("code", ["NOPE", "PROS-99", "pros-1"])
def test_score_unknown_item(assess: Assess, assessment: str, code: str) -> None:
    line = assess.refused("score", assessment, code, "--law", "1")
    assert f"no item {code}" in line and "assess framework show" in line


@pytest.mark.parametrize("code", ["PROS", "WG-4", "WG-5", "GP-1", "CC-2"])
def test_score_context_item(assess: Assess, assessment: str, code: str) -> None:
    assert "context, not an assessable item" in assess.refused("score", assessment, code, "--law", "1")


def test_score_unknown_assessment(assess: Assess, assessment: str) -> None:
    assert "no assessment 99" in assess.refused("score", "99", "PROS-1", "--law", "1")


@pytest.mark.sqlite_only
@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["1", "PROS-1", "--priority", "urgent"], "invalid choice"),
        (["1"], "required"),
        (["1", "PROS-1", "--law"], "expected one argument"),
        (["1", "PROS-1", "--colour", "red"], "unrecognized"),
    ],
)
def test_score_usage_errors(assess: Assess, assessment: str, args: list[str], expected: str) -> None:
    assert expected in assess.refused("score", *args, status=cli.EXIT_USAGE)


# ---------------------------------------------------------------------------------------------
# evidence


def test_evidence_add_file(assess: Assess, assessment: str, tmp_path: Path) -> None:
    content = b"%PDF-1.4 national referral mechanism MoU\n" * 100
    document = tmp_path / "MoU referral.pdf"
    document.write_bytes(content)
    digest = hashlib.sha256(content).hexdigest()
    out = assess.ok(
        "evidence", "add", assessment, "PROT-4", str(document), "--description", "Signed MoU", "--sensitive"
    )
    assert out == f"Evidence #1 added to PROT-4: sha256 {digest}\n"
    [e] = assess.json("evidence", "list", assessment)
    assert e == e | {
        "id": 1,
        "item": "PROT-4",
        "kind": "file",
        "name": "MoU referral.pdf",
        "description": "Signed MoU",
        "sha256": digest,
        "size": len(content),
        "sensitive": True,
        "added_by": "tester",
    }
    assert e["url"] == "" and e["citation"] == ""
    assert assess.item(assessment, "PROT-4")["evidence"] == [e]
    assert document.read_bytes() == content, "the original is left alone"
    assert any(c["entity"] == "evidence" and c["field"] == "added" for c in assess.json("history", assessment))


def test_evidence_add_link_and_citation(assess: Assess, assessment: str) -> None:
    assert assess.ok("evidence", "add", assessment, "PROS-1.i", "https://example.org/penal-code") == (
        "Evidence #1 added to PROS-1.i:\n"
    )
    assess.ok("evidence", "add", assessment, "PROS-1.i", "mailto:focal.point@example.org", "--description", "Contact")
    assess.ok("evidence", "add", assessment, "WG-11.b", "Penal Code, art. 188(2)", "--citation")
    found = assess.json("evidence", "list", assessment)
    assert [(e["item"], e["kind"]) for e in found] == [
        ("PROS-1.i", "link"),
        ("PROS-1.i", "link"),
        ("WG-11.b", "citation"),
    ]
    assert found[0]["url"] == "https://example.org/penal-code" and found[0]["sha256"] == ""
    assert found[1]["description"] == "Contact"
    assert found[2]["citation"] == "Penal Code, art. 188(2)" and not found[2]["sensitive"]
    assert [e["id"] for e in assess.json("evidence", "list", assessment, "WG-11.b")] == [found[2]["id"]]
    text = assess.ok("evidence", "list", assessment)
    assert "PROS-1.i" in text and "link" in text and "Penal Code, art. 188(2)" in text


@pytest.mark.parametrize(
    ("source", "extra", "expected"),
    [
        ("missing.pdf", [], "does not exist"),
        ("", [], "Give the file or link"),
        ("  ", [], "Give the file or link"),
        ("https://", [], "not a web or e-mail address"),
        ("javascript://alert(1)", [], "not a web or e-mail address"),
        ("file:///etc/passwd", [], "not a web or e-mail address"),
        ("ftp://", [], "not a web or e-mail address"),
        ("mailto:", [], "not a web or e-mail address"),
        ("", ["--citation"], "citation needs its text"),
        ("   ", ["--citation"], "citation needs its text"),
        ("x" * 5001, ["--citation"], "5,000"),
        ("https://example.org", ["--description", "d" * 5001], "5,000"),
    ],
)
def test_evidence_add_refused(
    assess: Assess, assessment: str, tmp_path: Path, source: str, extra: list[str], expected: str
) -> None:
    if source == "missing.pdf":
        source = str(tmp_path / source)
    assert expected in assess.refused("evidence", "add", assessment, "PROS-2", source, *extra)
    assert assess.json("evidence", "list", assessment) == []


def test_evidence_add_a_folder(assess: Assess, assessment: str, tmp_path: Path) -> None:
    assert "is a folder" in assess.refused("evidence", "add", assessment, "PROS-2", str(tmp_path))


def test_evidence_add_too_large(
    assess: Assess, assessment: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ASSESS_MAX_EVIDENCE_MB", "0.001")
    big = tmp_path / "big.bin"
    big.write_bytes(b"x" * 5000)
    assert "at most" in assess.refused("evidence", "add", assessment, "PROS-2", str(big))


@pytest.mark.parametrize(("code", "expected"), [("NOPE", "no item NOPE"), ("PROS", "context")])
def test_evidence_on_unknown_or_context_item(
    assess: Assess, assessment: str, tmp_path: Path, code: str, expected: str
) -> None:
    document = tmp_path / "a.txt"
    document.write_text("text")
    assert expected in assess.refused("evidence", "add", assessment, code, str(document))
    assert expected in assess.refused("evidence", "add", assessment, code, "https://example.org")
    assert expected in assess.refused("evidence", "add", assessment, code, "Art. 1", "--citation")
    assert expected in assess.refused("evidence", "list", assessment, code)
    assert "no assessment 99" in assess.refused("evidence", "add", "99", "PROS-1", str(document))
    assert "no assessment 99" in assess.refused("evidence", "list", "99")


def test_evidence_remove(assess: Assess, assessment: str) -> None:
    assess.ok("evidence", "add", assessment, "PROS-2", "https://example.org/a")
    assess.ok("evidence", "add", assessment, "PROS-2", "https://example.org/b")
    assert assess.ok("evidence", "remove", "1") == "Removed evidence #1 (https://example.org/a) from PROS-2.\n"
    assert [e["url"] for e in assess.json("evidence", "list", assessment)] == ["https://example.org/b"]
    removed = assess.json("history", assessment)[0]
    assert (removed["field"], removed["old"], removed["item"]) == ("removed", "link: https://example.org/a", "PROS-2")
    assert "no evidence 1" in assess.refused("evidence", "remove", "1")
    assert "invalid int" in assess.refused("evidence", "remove", "first", status=cli.EXIT_USAGE)


def test_evidence_save(assess: Assess, assessment: str, tmp_path: Path) -> None:
    content = bytes(range(256)) * 50
    original = tmp_path / "stats.xlsx"
    original.write_bytes(content)
    assess.ok("evidence", "add", assessment, "NAT-2", str(original))
    copy = tmp_path / "copy.xlsx"
    assert assess.ok("evidence", "save", "1", str(copy)) == f"Saved {copy}\n"
    assert copy.read_bytes() == content


def test_evidence_save_refuses_to_overwrite(assess: Assess, assessment: str, tmp_path: Path) -> None:
    original = tmp_path / "stats.csv"
    original.write_text("year,cases\n2025,12\n")
    assess.ok("evidence", "add", assessment, "NAT-2", str(original))
    existing = tmp_path / "keep.csv"
    existing.write_bytes(b"precious")
    assert "already exists" in assess.refused("evidence", "save", "1", str(existing))
    assert existing.read_bytes() == b"precious"
    assert "already exists" in assess.refused("evidence", "save", "1", str(tmp_path))


def test_evidence_save_refused(assess: Assess, assessment: str, tmp_path: Path) -> None:
    assess.ok("evidence", "add", assessment, "NAT-2", "https://example.org")
    assert "Only file evidence" in assess.refused("evidence", "save", "1", str(tmp_path / "out.html"))
    assert "no evidence 7" in assess.refused("evidence", "save", "7", str(tmp_path / "out.bin"))
    original = tmp_path / "x.txt"
    original.write_text("x")
    assess.ok("evidence", "add", assessment, "NAT-2", str(original))
    target = tmp_path / "no" / "such" / "folder" / "x.txt"
    assert "Cannot write" in assess.refused("evidence", "save", "2", str(target))
    assert not target.parent.exists()
    assert not list(tmp_path.rglob("*.part")), "no partial file is left behind"


def test_carried_evidence_survives_removal_in_the_new_round(assess: Assess, assessment: str, tmp_path: Path) -> None:
    original = tmp_path / "law.txt"
    original.write_bytes(b"the law")
    assess.ok("evidence", "add", assessment, "PROS-3", str(original))
    second = assess.ok("new", "--country", "C", "--title", "T", "--from", assessment).strip()
    [carried] = assess.json("evidence", "list", second)
    assess.ok("evidence", "remove", str(carried["id"]))
    assess.ok("evidence", "save", "1", str(tmp_path / "still-there.txt"))
    assert (tmp_path / "still-there.txt").read_bytes() == b"the law"


# ---------------------------------------------------------------------------------------------
# gaps and summary


@pytest.fixture
def scored(assess: Assess, assessment: str) -> str:
    """An assessment with gaps of several sizes and priorities (target 4)."""
    for args in [
        ["PROS-1", "--law", "1", "--practice", "1"],  # gap 3, no priority
        ["PROS-2", "--law", "3", "--practice", "4", "--priority", "high"],  # gap 1, high
        ["PROT-1", "--law", "0", "--practice", "2", "--priority", "high"],  # gap 4, high
        [
            "PROT-2",
            "--law",
            "2",
            "--practice",
            "3",
            "--priority",
            "low",
            "--responsible",
            "Ministry of Labour",
        ],  # gap 2, low
        ["PREV-1", "--law", "4", "--practice", "4", "--priority", "high"],  # no gap
        ["PREV-2", "--na", "Not relevant", "--priority", "high"],  # N/A: never a gap
        ["NAT-1", "--law", "3", "--practice", "3", "--priority", "medium", "--responsible", "Police"],  # gap 1, medium
    ]:
        assess.ok("score", assessment, *args)
    return assessment


def codes(found: list[dict[str, Any]]) -> list[str]:
    return [s["code"] for s in found]


def test_gaps_json_is_ordered_by_priority_then_size_then_framework_order(assess: Assess, scored: str) -> None:
    found = assess.json("gaps", scored)
    assert codes(found) == ["PROT-1", "PROS-2", "NAT-1", "PROT-2", "PROS-1"]
    assert [s["gap"] for s in found] == [4, 1, 1, 2, 3]
    first = found[0]
    assert (first["gap_law"], first["gap_practice"], first["state"], first["pillar"]) == (4, 2, "gap", "PROT")
    assert first["response"]["priority"] == "high"
    assert "evidence" not in first


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (["--pillar", "PROT"], ["PROT-1", "PROT-2"]),
        (["--pillar", "PROS", "--pillar", "NAT"], ["PROS-2", "NAT-1", "PROS-1"]),
        (["--priority", "high"], ["PROT-1", "PROS-2"]),
        (["--priority", "low", "--priority", "none"], ["PROT-2", "PROS-1"]),
        (["--responsible", "ministry of labour"], ["PROT-2"]),
        (["--pillar", "PREV"], []),
        (["--pillar", "PROT", "--priority", "low"], ["PROT-2"]),
    ],
)
def test_gaps_filters(assess: Assess, scored: str, filters: list[str], expected: list[str]) -> None:
    assert codes(assess.json("gaps", scored, *filters)) == expected


def test_gaps_text(assess: Assess, scored: str, assessment: str) -> None:
    lines = assess.ok("gaps", scored).splitlines()
    assert [line.split()[0] for line in lines] == ["PROT-1", "PROS-2", "NAT-1", "PROT-2", "PROS-1"]
    assert "gap 4" in lines[0] and "law 0 practice 2" in lines[0] and "high" in lines[0]
    assert "Ministry of Labour" in lines[3]
    assert "No gaps" in assess.ok("gaps", scored, "--pillar", "PREV")


def test_gaps_refused(assess: Assess, scored: str) -> None:
    assert "Unknown pillar NOPE" in assess.refused("gaps", scored, "--pillar", "NOPE")
    assert "Unknown pillar PROS-1" in assess.refused("gaps", scored, "--pillar", "PROS-1")
    assert "invalid choice" in assess.refused("gaps", scored, "--priority", "urgent", status=cli.EXIT_USAGE)
    assert "no assessment 99" in assess.refused("gaps", "99")


def test_summary(assess: Assess, scored: str) -> None:
    summary = assess.json("summary", scored)
    assert [p["code"] for p in summary["pillars"]] == ["PROS", "PROT", "PREV", "NAT", "INT", "WG"]
    overall = summary["overall"]
    assert (overall["code"], overall["title"]) == ("ALL", "Overall")
    assert overall["assessable"] == len(assessable_codes(assess))
    assert (overall["complete"], overall["not_applicable"], overall["gaps"]) == (7, 1, 5)
    assert overall["gaps_by_priority"] == {"high": 2, "medium": 1, "low": 1, "none": 1}
    prev = summary["pillars"][2]
    assert (prev["complete"], prev["not_applicable"], prev["gaps"], prev["law_mean"]) == (2, 1, 0, 4.0)
    prot = summary["pillars"][1]
    assert (prot["law_mean"], prot["practice_mean"], prot["complete"]) == (1.0, 2.5, 2)
    assert prot["completion"] == round(2 / prot["assessable"], 4)
    assert summary["pillars"][4]["law_mean"] is None
    text = assess.ok("summary", scored)
    assert text.splitlines()[-1].startswith("Overall") and "gaps 5" in text
    assert "no assessment 99" in assess.refused("summary", "99")


# ---------------------------------------------------------------------------------------------
# mark and history


def test_mark_final_makes_the_assessment_read_only(assess: Assess, assessment: str, tmp_path: Path) -> None:
    assess.ok("evidence", "add", assessment, "PROS-2", "https://example.org")
    said = assess.ok("mark", assessment, "final", "--approved-by", "Jane Doe", "--force")
    assert said == f"Assessment {assessment} is now final, approved by Jane Doe.\n"
    assert assess.json("list")[0]["status"] == "final"
    document = tmp_path / "a.txt"
    document.write_text("a")
    reopen = f"assess mark {assessment} draft"
    for args in [
        ["score", assessment, "PROS-2", "--law", "2"],
        ["score", assessment, "PROS-2", "--note", "late change"],
        ["evidence", "add", assessment, "PROS-2", str(document)],
        ["evidence", "add", assessment, "PROS-2", "https://example.org/2"],
        ["evidence", "add", assessment, "PROS-2", "Art. 2", "--citation"],
        ["evidence", "remove", "1"],
    ]:
        line = assess.refused(*args)
        assert "final" in line and reopen in line, line
    # reading still works, and marking final again changes nothing
    assess.ok("show", assessment)
    history = assess.json("history", assessment)
    assess.ok("mark", assessment, "final", "--approved-by", "Someone Else")
    assert assess.json("history", assessment) == history
    assert "Say why" in assess.refused("mark", assessment, "draft")
    assert assess.ok("mark", assessment, "draft", "--reason", "Late data") == f"Assessment {assessment} is now draft.\n"
    assess.ok("score", assessment, "PROS-2", "--law", "2")


def test_mark_refused(assess: Assess, assessment: str) -> None:
    assert "invalid choice" in assess.refused("mark", assessment, "closed", status=cli.EXIT_USAGE)
    assert "no assessment 99" in assess.refused("mark", "99", "final", "--approved-by", "Jane Doe")
    assert "Say who approved" in assess.refused("mark", assessment, "final")
    assert "YYYY-MM-DD" in assess.refused("mark", assessment, "final", "--approved-by", "J", "--date", "31/12/2026")
    assert "--reason is for" in assess.refused("mark", assessment, "final", "--approved-by", "J", "--reason", "x")


def test_mark_final_refuses_while_items_are_unscored_or_findings_empty(assess: Assess, assessment: str) -> None:
    line = assess.refused("mark", assessment, "final", "--approved-by", "Jane Doe")
    assert f"Assessment {assessment} cannot be approved yet. Items not fully scored: 61 (PROS-1, PROS-1.i," in line
    assert " and 49 more (assess show)). " in line
    assert "Key findings not written: the overall finding and those for PROS, PROT, PREV, NAT, INT, WG." in line
    assert "--force" in line
    assert assess.json("list")[0]["status"] == "draft"
    assess.ok("mark", assessment, "final", "--approved-by", "Jane Doe", "--role", "Chair", "--body", "Task force",
              "--date", "2026-12-01", "--force")  # fmt: skip
    [entry] = assess.json("show", assessment)["status_history"]
    assert (entry["approved_by"], entry["role"], entry["body"], entry["approved_on"], entry["forced"]) == (
        "Jane Doe", "Chair", "Task force", "2026-12-01", True,
    )  # fmt: skip
    assess.ok("mark", assessment, "draft", "--reason", "Scores revised")
    history = assess.json("show", assessment)["status_history"]
    assert [(e["status"], e["reason"], e["user"]) for e in history][1:] == [("draft", "Scores revised", "tester")]


def test_targets_and_findings_from_the_command_line(assess: Assess, assessment: str) -> None:
    assess.ok("score", assessment, "PROS-1.i", "--law", "4", "--practice", "1")
    assess.ok("score", assessment, "PREV-1", "--law", "2", "--practice", "2")
    said = assess.ok("target", assessment, "3", "--reason", "Largely in place by 2027")
    assert said == "The assessment's target is now 3 (Largely in place by 2027).\n"
    assert "a reason is required" in assess.refused("target", assessment, "2", "--pillar", "PREV")
    assess.ok("target", assessment, "2", "--pillar", "PREV", "--reason", "A new area")
    assess.ok("target", assessment, "4", "--item", "PROS-1.i", "--reason", "The offence in full")
    items = {i["code"]: i for i in assess.json("show", assessment)["items"]}
    assert (items["PREV-1"]["target"], items["PREV-1"]["target_from"], items["PREV-1"]["state"]) == (
        2, "PREV", "meets_target",
    )  # fmt: skip
    first = items["PROS-1.i"]
    assert (first["target"], first["gap"], first["state"], first["severity"]) == (4, 3, "gap", "critical")
    assert first["target_reason"] == "The offence in full"
    assert [g["code"] for g in assess.json("gaps", assessment)] == ["PROS-1.i"]
    assess.ok("target", assessment, "default", "--item", "PROS-1.i")
    assert assess.json("gaps", assessment)[0]["severity"] == "major"
    assert "lie on the scale" in assess.refused("target", assessment, "7")
    assert "not an item of this framework" in assess.refused(
        "target", assessment, "2", "--pillar", "NOPE", "--reason", "x"
    )
    assert "holds no assessable item" in assess.refused("target", assessment, "2", "--pillar", "GP", "--reason", "x")
    said = assess.ok("target", assessment, "1", "--pillar", "PROT", "NAT", "--item", "INT-1", "--reason", "First steps")
    assert said == "PROT: target 1 (First steps).\nNAT: target 1 (First steps).\nINT-1: target 1 (First steps).\n"
    assess.ok("target", assessment, "default", "--pillar", "PROT", "--pillar", "NAT", "--item", "INT-1")
    assert [o["code"] for o in assess.json("show", assessment)["targets"]["overrides"]] == ["PREV"]
    assess.ok("finding", assessment, "--text", "Law is there; practice lags.")
    assess.ok("finding", assessment, "--pillar", "PROS", "--text", "Few convictions.")
    assert "not a pillar" in assess.refused("finding", assessment, "--pillar", "GP", "--text", "x")
    found = assess.json("show", assessment)["findings"]
    assert [(f["pillar"], f["text"]) for f in found] == [
        (None, "Law is there; practice lags."),
        ("PROS", "Few convictions."),
    ]
    assert assess.ok("finding", assessment, "--pillar", "PROS", "--text", "") == "No key finding for PROS now.\n"
    changes = assess.json("history", assessment)
    assert ("PROS", "finding", "text", "Few convictions.", None) in [
        (c["item"], c["entity"], c["field"], c["old"], c["new"]) for c in changes
    ]


def test_methodology_from_the_command_line(assess: Assess, assessment: str) -> None:
    assess.ok(
        "methodology", assessment, "--participant", "Ministry of Justice", "--participant", "Police",
        "--meeting", "2026-03-04 Inception workshop", "--source", "Case statistics", "--agreement", "By consensus",
    )  # fmt: skip
    shown = assess.json("methodology", assessment)
    assert shown == {
        "participants": ["Ministry of Justice", "Police"],
        "meetings": [{"date": "2026-03-04", "title": "Inception workshop"}],
        "sources": ["Case statistics"],
        "agreement": "By consensus",
    }
    assert "not a meeting" in assess.refused("methodology", assessment, "--meeting", "March 4th")
    assess.ok("methodology", assessment, "--participant", "")
    assert assess.json("methodology", assessment)["participants"] == []


def test_history(assess: Assess, assessment: str) -> None:
    assess.ok("score", assessment, "PROS-1.i", "--law", "2")
    assess.ok("score", assessment, "PROS-1.i", "--law", "3", "--responsible", "Police")
    assess.ok("score", assessment, "PROT-1", "--practice", "1")
    assess.ok("mark", assessment, "final", "--approved-by", "Jane Doe", "--force")
    changes = assess.json("history", assessment)
    assert [(c["item"], c["field"], c["old"], c["new"]) for c in changes] == [
        (None, "status", "draft", "final"),
        ("PROT-1", "practice_score", None, "1"),
        ("PROS-1.i", "institutions", "[]", '["Police"]'),
        ("PROS-1.i", "law_score", "2", "3"),
        ("PROS-1.i", "law_score", None, "2"),
        (None, "created", None, "Baseline"),
    ]
    assert {c["user"] for c in changes} == {"tester"}
    assert changes[-1]["entity"] == "assessment" and changes[1]["entity"] == "response"
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\dT[\d:.]+", c["at"]) for c in changes)
    assert [c["new"] for c in assess.json("history", assessment, "PROS-1.i")] == ['["Police"]', "3", "2"]
    text = assess.ok("history", assessment).splitlines()
    assert len(text) == 6 and "tester" in text[0] and "status: 'draft' -> 'final'" in text[0]


def test_history_refused(assess: Assess, assessment: str) -> None:
    assert "no assessment 99" in assess.refused("history", "99")
    assert "no item NOPE" in assess.refused("history", assessment, "NOPE")
    assert "no item NOPE" in assess.refused("history", assessment, "NOPE", "--json")


# ---------------------------------------------------------------------------------------------
# framework


def test_framework_list(assess: Assess) -> None:
    [builtin] = assess.json("framework", "list")
    assert builtin == builtin | {"id": BUILTIN, "builtin": True, "assessments": 0}
    assert builtin["items"] > builtin["assessable"] > 0
    assert builtin["title"] == builtin_document()["title"]["en"]
    text = assess.ok("framework", "list")
    assert text.startswith(f"{BUILTIN} {builtin['version']} (built-in):")
    assert f"{builtin['assessable']} assessable items, 0 assessments" in text


def test_framework_show_without_a_name_shows_the_builtin(assess: Assess) -> None:
    shown = assess.json("framework", "show")
    assert (shown["id"], shown["version"]) == (BUILTIN, builtin_document()["version"])
    assert shown == assess.json("framework", "show", BUILTIN)
    assert shown == assess.json("framework", "show", f"{BUILTIN}@{shown['version']}")
    items = {i["code"]: i for i in shown["items"]}
    assert items["PROS"]["kind"] == "pillar" and not items["PROS"]["assessable"] and items["PROS"]["parent"] is None
    sub = items["PROS-1.i"]
    assert (sub["parent"], sub["assessable"], sub["kind"]) == ("PROS-1", True, "sub-measure")
    assert "Annex III" in sub["source"] and sub["text"].startswith("Ensure that trafficking")
    assert items["WG-4"]["addressee"] == "secretariat" and not items["WG-4"]["assessable"]
    assert any(i["links"] for i in shown["items"]), "the cross-walk is shown"
    text = assess.ok("framework", "show")
    assert text.splitlines()[0].endswith(f"({BUILTIN} {shown['version']})")
    assert "* PROS-1.i" in text and text.rstrip().endswith("* assessable")


def test_framework_show_refused(assess: Assess) -> None:
    assert "No framework nope" in assess.refused("framework", "show", "nope")
    assert "No framework nope" in assess.refused("framework", "show", "nope", "--json")
    assert "version 0.0" in assess.refused("framework", "show", f"{BUILTIN}@0.0")


@pytest.mark.sqlite_only
def test_framework_validate_the_builtin_file(assess: Assess) -> None:
    out = assess.ok("framework", "validate", str(BUILTIN_FILE))
    assert out.startswith(f"{BUILTIN_FILE}: valid framework {BUILTIN} version ")
    assert "assessable" in out


@pytest.mark.sqlite_only
def test_framework_validate_needs_no_database(assess: Assess, tmp_path: Path) -> None:
    not_a_db = tmp_path / "notes.txt"
    not_a_db.write_text("notes")
    result = assess.run("framework", "validate", str(BUILTIN_FILE), db=not_a_db)
    assert result.code == 0 and not_a_db.read_text() == "notes"


def broken_files(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    """Broken framework files and the location their error must name."""
    files: dict[str, tuple[Path, str]] = {}

    def write(name: str, content: bytes, where: str) -> None:
        path = tmp_path / name
        path.write_bytes(content)
        files[name] = (path, where)

    write("syntax.json", b'{"id": "x",\n  "items": [,]}', "line 2, column")
    wrong_type = builtin_document()
    wrong_type["scale"]["max"] = "four"
    write("wrong-type.json", json.dumps(wrong_type).encode(), "scale.max")
    duplicate = builtin_document()
    duplicate["items"][0]["children"][1]["code"] = duplicate["items"][0]["children"][0]["code"]
    write("duplicate.json", json.dumps(duplicate).encode(), "items[0].children[1]")
    no_text = builtin_document()
    del no_text["items"][0]["children"][0]["text"]
    write("no-text.json", json.dumps(no_text).encode(), "items[0].children[0]")
    write("empty.json", b"", "empty")
    write("latin1.json", '{"id": "caf\u00e9"}'.encode("latin-1"), "byte")
    write("list.json", b"[1, 2]", "")
    return files


@pytest.mark.parametrize(
    "name",
    ["syntax.json", "wrong-type.json", "duplicate.json", "no-text.json", "empty.json", "latin1.json", "list.json"],
)
def test_framework_validate_and_import_broken_files(assess: Assess, tmp_path: Path, name: str) -> None:
    path, where = broken_files(tmp_path)[name]
    for command in ("validate", "import"):
        line = assess.refused("framework", command, str(path))
        assert str(path) in line and where in line, line
    assert [f["id"] for f in assess.json("framework", "list")] == [BUILTIN]


def test_framework_validate_missing_file_and_folder(assess: Assess, tmp_path: Path) -> None:
    assert "no such file" in assess.refused("framework", "validate", str(tmp_path / "missing.json"))
    assert "folder" in assess.refused("framework", "validate", str(tmp_path))
    assert "no such file" in assess.refused("framework", "import", str(tmp_path / "missing.json"))


def test_framework_import(assess: Assess, other_framework: tuple[Path, str, str]) -> None:
    path, key, version = other_framework
    assert assess.ok("framework", "validate", str(path)).startswith(f"{path}: valid framework {key}")
    assert assess.ok("framework", "import", str(path)) == f"Imported {key} version {version}.\n"
    assert {f["id"] for f in assess.json("framework", "list")} == {BUILTIN, key}
    again = assess.ok("framework", "import", str(path))
    assert again == f"{key} version {version} is already in the database; nothing changed.\n"
    created = assess.ok("new", "--country", "C", "--title", "T", "--framework", key).strip()
    shown = assess.json("show", created)
    assert shown["assessment"]["framework"] == {"id": key, "version": version}
    framework_items = [i["code"] for i in assess.json("framework", "show", key)["items"] if i["assessable"]]
    assert [i["code"] for i in shown["items"]] == framework_items


def test_framework_import_changed_content_under_the_same_version(assess: Assess, tmp_path: Path) -> None:
    document = builtin_document()
    document["id"] = "national-variant"
    first = tmp_path / "first.json"
    first.write_text(json.dumps(document), "utf-8")
    assess.ok("framework", "import", str(first))
    document["title"] = {"en": "Changed title"}
    changed = tmp_path / "changed.json"
    changed.write_text(json.dumps(document), "utf-8")
    assert "different content" in assess.refused("framework", "import", str(changed))


@pytest.mark.skipif(not EXAMPLE_FILE.is_file(), reason="docs/examples/section-v-example.json is not there")
def test_framework_with_its_own_scale_and_language(assess: Assess) -> None:
    assess.ok("framework", "import", str(EXAMPLE_FILE))
    key = json.loads(EXAMPLE_FILE.read_text("utf-8"))["id"]
    french = json.loads(assess.ok("--lang", "fr", "framework", "show", key, "--json"))
    assert french["title"] == "Cadre régional d'exemple"
    created = assess.ok("new", "--country", "C", "--title", "T", "--framework", key).strip()
    first = assess.json("show", created)["items"][0]["code"]
    assert "use 0 to 3" in assess.refused("score", created, first, "--law", "4")
    assess.ok("score", created, first, "--law", "3")


# ---------------------------------------------------------------------------------------------
# --db that cannot be used


def other_program_database(path: Path) -> None:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
        connection.execute("INSERT INTO contacts VALUES ('A', '123')")
        connection.commit()


def assess_database(path: Path) -> None:
    assert cli.main(["--db", str(path), "new", "--country", "C", "--title", "T"]) == 0


def bad_database(kind: str, folder: Path) -> Path:
    """A --db target of the given kind inside ``folder`` (or outside it, for unwritable places)."""
    if kind == "text file":
        path = folder / "notes.sqlite"
        path.write_text("These are my notes, not a database.\n")
    elif kind == "folder":
        path = folder / "a-folder"
        path.mkdir()
        (path / "inside.txt").write_text("x")
    elif kind == "unwritable place":
        path = Path("/proc/nonexistent/x.sqlite")
    elif kind == "read-only file":
        path = folder / "readonly.sqlite"
        assess_database(path)
        path.chmod(0o444)
    elif kind == "other program's database":
        path = folder / "contacts.sqlite"
        other_program_database(path)
    elif kind == "other program's WAL database":
        path = folder / "contacts-wal.sqlite"
        other_program_database(path)
        with contextlib.closing(sqlite3.connect(path)) as connection:
            connection.execute("PRAGMA journal_mode=WAL")
    elif kind == "garbage with an SQLite header":
        path = folder / "garbage.sqlite"
        path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 8)
    elif kind == "truncated database":
        whole = folder / "whole.sqlite"
        assess_database(whole)
        path = folder / "truncated.sqlite"
        path.write_bytes(whole.read_bytes()[:8192])
        whole.unlink()
    elif kind == "newer release's database":
        path = folder / "newer.sqlite"
        assess_database(path)
        with contextlib.closing(sqlite3.connect(path)) as connection:
            connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
            connection.commit()
    else:  # pragma: no cover
        raise AssertionError(kind)
    return path


BAD_DATABASES = {
    "text file": "not an Assess database",
    "folder": "is a folder",
    "unwritable place": "Cannot create the folder /proc/nonexistent",
    "read-only file": "read-only",
    "other program's database": "not an Assess database",
    "other program's WAL database": "not an Assess database",
    "garbage with an SQLite header": "damaged",
    "truncated database": "damaged",
    "newer release's database": "newer release",
}


@pytest.mark.sqlite_only
@pytest.mark.parametrize("kind", list(BAD_DATABASES))
@pytest.mark.parametrize(
    "args",
    [
        ["list"],
        ["new", "--country", "C", "--title", "T"],
        ["score", "1", "PROS-1", "--law", "2"],
        ["framework", "import", str(BUILTIN_FILE)],
    ],
    ids=["list", "new", "score", "import"],
)
def test_unusable_database_is_refused_and_left_alone(
    assess: Assess, tmp_path: Path, kind: str, args: list[str]
) -> None:
    if kind == "read-only file" and (not hasattr(os, "geteuid") or os.geteuid() == 0):
        pytest.skip("root can write to a read-only file")
    folder = tmp_path / "place"
    folder.mkdir()
    path = bad_database(kind, folder)
    before = files_in(folder)
    result = assess.run(*args, db=path)
    assert result.code == cli.EXIT_REFUSED and result.out == ""
    line = one_line(result.err)
    expected = BAD_DATABASES[kind]
    if kind == "unwritable place" and args[0] in ("list", "score"):  # they would not create it anywhere
        expected = "There is no database at /proc/nonexistent"
    assert expected in line, line
    if kind == "unwritable place":
        assert not path.parent.exists()
    elif kind != "newer release's database":  # that message names the release, not the file
        assert str(path) in line, line
    assert files_in(folder) == before, "the file and its folder are exactly as they were"


@pytest.mark.sqlite_only
def test_other_programs_database_in_use_is_left_alone(assess: Assess, tmp_path: Path) -> None:
    """A WAL database another program has open, with changes still in its log: refused, neither file touched."""
    path = tmp_path / "in-use.sqlite"
    other_program_database(path)
    with contextlib.closing(sqlite3.connect(path)) as other:
        other.execute("PRAGMA journal_mode=WAL")
        other.execute("INSERT INTO contacts VALUES ('B', '456')")
        other.commit()
        wal = path.with_name(path.name + "-wal")
        assert wal.stat().st_size > 0
        before = (path.read_bytes(), wal.read_bytes())
        for args in (["list"], ["new", "--country", "C", "--title", "T"]):
            assert "not an Assess database" in assess.refused(*args, db=path)
        assert (path.read_bytes(), wal.read_bytes()) == before
        assert other.execute("SELECT count(*) FROM contacts").fetchone() == (2,)


@pytest.mark.sqlite_only
@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("sqlite://", "in-memory"),
        ("mysql://user@localhost/assess", "Unsupported database"),
        ("postgresql+psycopg://user@127.0.0.1:1/assess", "Cannot connect"),
    ],
)
def test_unusable_database_url(assess: Assess, url: str, expected: str) -> None:
    if url.startswith("postgresql"):
        pytest.importorskip("psycopg")
    assert expected in assess.refused("list", db=url)


@pytest.mark.sqlite_only
def test_database_url_for_an_sqlite_file(assess: Assess, tmp_path: Path) -> None:
    path = tmp_path / "by-url.sqlite"
    assert assess.run("new", "--country", "C", "--title", "T", db=f"sqlite:///{path}").code == 0
    assert [a["title"] for a in json.loads(assess.run("list", "--json", db=path).out)] == ["T"]


# ---------------------------------------------------------------------------------------------
# Unexpected errors and usage errors


def test_unexpected_error_is_logged_not_shown(
    assess: Assess, assessment: str, isolated_data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from assess import scoring

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("a bug in the scoring code")

    monkeypatch.setattr(scoring, "overview", broken)
    log = isolated_data_dir / "logs" / "assess.log"
    line = assess.refused("summary", assessment, status=cli.EXIT_BUG)
    assert "unexpected error (RuntimeError)" in line and str(log) in line
    text = log.read_text("utf-8")
    assert "Traceback (most recent call last)" in text and "RuntimeError: a bug in the scoring code" in text


@pytest.mark.sqlite_only
@pytest.mark.parametrize(
    "args",
    [
        ["frobnicate"],
        ["framework"],
        ["framework", "show", "a", "b"],
        ["evidence"],
        ["evidence", "add", "1"],
        ["show"],
        ["list", "--yaml"],
        ["--db"],
    ],
)
def test_usage_errors_are_one_line(assess: Assess, args: list[str]) -> None:
    assess.ok("list")
    capsys = assess.capsys
    capsys.readouterr()
    code = cli.main(args if args == ["--db"] else ["--db", str(assess.db), *args])
    captured = capsys.readouterr()
    assert code == cli.EXIT_USAGE and captured.out == ""
    assert "see" in one_line(captured.err)


@pytest.mark.sqlite_only
def test_help_exits_zero(assess: Assess) -> None:
    out = assess.ok("score", "--help")
    assert "--law N" in out and "--practice N" in out


# ---------------------------------------------------------------------------------------------
# The installed console script


def console_script() -> Path:
    found = shutil.which("assess", path=str(Path(sys.executable).parent))
    if found is None:
        pytest.skip("the assess console script is not installed next to this Python")
    return Path(found)


def test_console_script(tmp_path: Path) -> None:
    script = console_script()
    data = tmp_path / "data"
    env = {**os.environ, "ASSESS_DATA_DIR": str(data), "ASSESS_USER": "subprocess-user"}
    broken = tmp_path / "broken.json"
    broken.write_text('{"id": ')

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(script), *args], env=env, capture_output=True, text=True, timeout=60, check=False)

    created = run("new", "--country", "Testland", "--title", "Baseline")
    assert (created.returncode, created.stdout, created.stderr) == (0, "1\n", "")
    assert (data / "assess.sqlite").is_file(), "the default database lives in the data directory"
    scored = run("score", "1", "PROS-1", "--law", "3")
    assert (scored.returncode, scored.stdout) == (0, "PROS-1: law 3, practice -\n")
    for args, status, expected in [
        (["score", "1", "PROS-1", "--law", "7"], 1, "off the scale"),
        (["score", "1", "PROS-1", "--priority", "urgent"], 2, "invalid choice"),
        (["--db", str(broken), "list"], 1, "not an Assess database"),
        (["framework", "validate", str(broken)], 1, f"{broken}, at line 1"),
    ]:
        refused = run(*args)
        assert refused.returncode == status, refused
        assert refused.stdout == ""
        assert expected in one_line(refused.stderr)
    listed = json.loads(run("show", "1", "--json").stdout)
    pros1 = next(i for i in listed["items"] if i["code"] == "PROS-1")
    assert (pros1["response"]["law"], pros1["response"]["updated_by"]) == (3, "subprocess-user")


def test_console_script_writes_utf8_whatever_the_locale(tmp_path: Path) -> None:
    """Redirected output on Windows uses the ANSI code page; Cyrillic or Arabic text must not break it."""
    script = console_script()
    env = {**os.environ, "ASSESS_DATA_DIR": str(tmp_path), "PYTHONIOENCODING": "cp1252"}
    db = str(tmp_path / "utf8.sqlite")
    assess_database_named = [str(script), "--db", db, "new", "--country", "Côte d’Ivoire", "--title", "Оценка 2026"]
    subprocess.run(assess_database_named, env=env, capture_output=True, timeout=60, check=True)
    for args in (["list"], ["list", "--json"]):
        done = subprocess.run([str(script), "--db", db, *args], env=env, capture_output=True, timeout=60, check=False)
        assert (done.returncode, done.stderr) == (0, b""), done
        assert "Côte d’Ivoire" in done.stdout.decode("utf-8") and "Оценка 2026" in done.stdout.decode("utf-8")


# ---------------------------------------------------------------------------------------------
# docs/cli-json.md documents every --json shape


JSON_COMMANDS = {
    "assess list --json": ["list"],
    "assess show ASSESSMENT --json": ["show", "1"],
    "assess gaps ASSESSMENT --json": ["gaps", "1"],
    "assess summary ASSESSMENT --json": ["summary", "1"],
    "assess history ASSESSMENT [ITEM] --json": ["history", "1"],
    "assess evidence list ASSESSMENT [ITEM] --json": ["evidence", "list", "1"],
    "assess framework list --json": ["framework", "list"],
    "assess framework show [FRAMEWORK] --json": ["framework", "show"],
}


def doc_sections() -> dict[str, str]:
    text = JSON_DOC.read_text("utf-8")
    parts = re.split(r"^## (.+)$", text, flags=re.MULTILINE)
    return {title.strip().strip("`"): body for title, body in zip(parts[1::2], parts[2::2], strict=True)}


def keys(data: Any) -> tuple[set[str], set[str]]:
    """The keys of the objects at the top of ``data`` (a list's elements) and all keys at any depth."""
    top: set[str] = set()
    every: set[str] = set()

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            every.update(value)
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    for obj in data if isinstance(data, list) else [data]:
        top.update(obj)
    walk(data)
    return top, every


@pytest.fixture
def everything(assess: Assess, tmp_path: Path) -> None:
    """One assessment with every kind of response and evidence, and a history."""
    assess.ok("new", "--country", "Testland", "--title", "Baseline")
    assess.ok(
        "score",
        "1",
        "PROS-1.i",
        "--law",
        "2",
        "--practice",
        "1",
        "--priority",
        "high",
        "--responsible",
        "Police",
        "--due",
        "2027-06-30",
        "--note",
        "n",
        "--next",
        "x",
        "--ta",
        "t",
    )
    assess.ok("score", "1", "PREV-2", "--na", "Not relevant")
    document = tmp_path / "law.txt"
    document.write_text("law")
    assess.ok("evidence", "add", "1", "PROS-1.i", str(document))
    assess.ok("evidence", "add", "1", "PROS-1.i", "https://example.org")
    assess.ok("evidence", "add", "1", "PROS-1.i", "Art. 1", "--citation")


@pytest.mark.parametrize("heading", list(JSON_COMMANDS))
def test_json_shape_is_documented(assess: Assess, everything: None, heading: str) -> None:
    sections = doc_sections()
    assert heading in sections, f"docs/cli-json.md has no section '## {heading}'"
    body = sections[heading]
    data = assess.json(*JSON_COMMANDS[heading])
    assert data, "the shape is checked on real, non-empty output"
    top, every = keys(data)
    documented = set(re.findall(r"`([a-z_][a-z0-9_]*)`", body))
    missing = top - documented
    assert not missing, f"top-level keys of {heading} not documented in its section: {sorted(missing)}"
    whole_doc = set(re.findall(r"`([a-z_][a-z0-9_]*)`", JSON_DOC.read_text("utf-8")))
    assert not every - whole_doc, f"keys of {heading} not documented anywhere: {sorted(every - whole_doc)}"
    examples = re.findall(r"```json\n(.*?)```", body, flags=re.DOTALL)
    assert examples, f"the section for {heading} has an example"
    example = json.loads(examples[0])
    assert type(example) is type(data)
    assert keys(example)[0] == top, f"the example for {heading} has exactly the keys the command prints"


def test_json_doc_has_no_stale_sections() -> None:
    assert set(doc_sections()) == set(JSON_COMMANDS)


WINDOW_LINES = [
    [],
    ["demo"],
    ["--db", "x.sqlite"],
    ["--db=x.sqlite", "demo", "--present"],
    ["--lang", "fr", "demo", "--lang", "ar"],
]


@pytest.mark.parametrize("words", WINDOW_LINES)
def test_a_line_that_opens_the_window_is_read_as_the_whole_parser_reads_it(words: list[str]) -> None:
    """The window's lines are read without building every command (the starting window appears sooner)."""
    assert cli.opens_window(words)
    assert cli.build_parser(window_only=True).parse_args(words) == cli.build_parser().parse_args(words)


@pytest.mark.parametrize(
    "words", [["score", "1", "PROS-1"], ["--la", "fr"], ["demo", "--help"], ["-h"], ["--db", "x", "list"]]
)
def test_every_other_line_goes_to_the_whole_parser(words: list[str]) -> None:
    assert not cli.opens_window(words)
