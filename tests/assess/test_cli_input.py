"""The command line and input it cannot trust: control characters in what it prints, ids no database holds, bytes
that are not UTF-8, a file of the user's beside the one written, a mistyped --db, edits made at the same moment."""

from __future__ import annotations

import contextlib
import json
import os
import threading
from pathlib import Path

import pytest

from assess import assessments, edits, evidence, responses
from assess.cli import main as cli
from db import Store, open_store

ESCAPES = "\x1b]0;owned\x07\x1b[2J\u202eevil"
TOO_LARGE = str(2**63)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def assessed(store: Store, db_target: Path | str) -> str:
    """A database with assessment 1, whose PROS-1 holds text with terminal escapes and a file as evidence."""
    with store.session() as session:
        created = assessments.create(session, country="Testland", title="Input")
        responses.update(session, created.id, "PROS-1", law=2, rationale=ESCAPES, institutions=[f"Ministry {ESCAPES}"])
        evidence.add_citation(session, created.id, "PROS-1", f"Act {ESCAPES}")
    return str(db_target)


def test_what_is_printed_shows_control_characters_escaped(capsys, assessed: str) -> None:
    for command in (["show", "1"], ["history", "1"], ["history", "1", "PROS-1"], ["evidence", "list", "1"]):
        code, out, err = run(capsys, "--db", assessed, *command)
        assert code == 0, err
        assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out, command
        assert "\\x1b" in out, command
    for command in (["show", "1", "--json"], ["history", "1", "--json"], ["evidence", "list", "1", "--json"]):
        code, out, err = run(capsys, "--db", assessed, *command)
        assert code == 0, err
        assert "\x1b" not in out and "\u202e" not in out and "\x07" not in out, command
        assert any(ESCAPES in text for text in strings(json.loads(out))), "the JSON still holds the text as it is"


def strings(node: object) -> list[str]:
    if isinstance(node, dict):
        return [text for value in node.values() for text in strings(value)]
    if isinstance(node, list):
        return [text for value in node for text in strings(value)]
    return [node] if isinstance(node, str) else []


@pytest.mark.parametrize(
    "command",
    [
        ["show", TOO_LARGE],
        ["summary", TOO_LARGE],
        ["score", TOO_LARGE, "PROS-1", "--law", "1"],
        ["new", "--country", "C", "--title", "T", "--from", str(2**70)],
        ["evidence", "remove", TOO_LARGE],
        ["evidence", "save", TOO_LARGE, "out.bin"],
        ["export", TOO_LARGE, "--out", "out.assess"],
        ["mark", TOO_LARGE, "final"],
    ],
)
def test_ids_no_database_holds_are_not_found(capsys, assessed: str, command: list[str]) -> None:
    code, out, err = run(capsys, "--db", assessed, *command)
    assert (code, out) == (cli.EXIT_REFUSED, ""), err
    assert "There is no" in err and err.count("\n") == 1, err


@pytest.mark.parametrize("option", ["--note", "--ta", "--responsible", "--na"])
def test_an_argument_that_is_not_utf8_is_refused_clearly(capsys, assessed: str, option: str) -> None:
    text = os.fsdecode(b"Aussage M\xfcller")  # what Python makes of Latin-1 bytes on a UTF-8 command line
    code, out, err = run(capsys, "--db", assessed, "score", "1", "PROS-2", option, text)
    assert (code, out) == (cli.EXIT_REFUSED, ""), err
    assert "is not valid text" in err and "\\udcfc" in err, err


@pytest.mark.sqlite_only
def test_a_file_whose_name_is_not_utf8_is_attached_under_its_readable_name(
    capsys, assessed: str, tmp_path: Path
) -> None:
    raw = os.fsencode(tmp_path) + b"/Aussage_M\xfcller.txt"  # from an old Windows share
    with open(raw, "wb") as handle:
        handle.write(b"witness statement")
    code, out, err = run(capsys, "--db", assessed, "evidence", "add", "1", "PROS-2", os.fsdecode(raw))
    assert code == 0, err
    code, out, err = run(capsys, "--db", assessed, "evidence", "list", "1", "PROS-2")
    assert "Aussage_Müller.txt" in out


@pytest.mark.sqlite_only
def test_a_users_file_named_like_a_temporary_one_is_left_alone(capsys, assessed: str, tmp_path: Path) -> None:
    mine = {}
    for name in ("part.assess", "backup.sqlite", "copy.txt", "report.pdf"):
        keep = tmp_path / f"{name}.part"
        keep.write_text(f"my own {name}.part")
        mine[keep] = keep.read_text()
    with _opened(assessed) as store, store.session() as session:
        evidence_id = evidence.list_for(session, 1, "PROS-1")[0].id
    path = tmp_path / "statement.txt"
    path.write_text("statement")
    assert run(capsys, "--db", assessed, "evidence", "add", "1", "PROS-1", str(path))[0] == 0
    with _opened(assessed) as store, store.session() as session:
        file_id = max(e.id for e in evidence.list_for(session, 1, "PROS-1"))
    assert evidence_id != file_id
    for command in (
        ["export", "1", "--out", str(tmp_path / "part.assess")],
        ["backup", "--out", str(tmp_path / "backup.sqlite")],
        ["evidence", "save", str(file_id), str(tmp_path / "copy.txt")],
        ["report", "1", "--out", str(tmp_path / "report.pdf")],
    ):
        code, _, err = run(capsys, "--db", assessed, *command)
        assert code == 0, (command, err)
    assert {keep: keep.read_text() for keep in mine} == mine
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".") and p.name.endswith(".part")]


class _opened:
    def __init__(self, target: str) -> None:
        self.store = open_store(target)

    def __enter__(self) -> Store:
        return self.store

    def __exit__(self, *_: object) -> None:
        self.store.close()


@pytest.mark.sqlite_only
@pytest.mark.parametrize(
    "command",
    [
        ["list"],
        ["show", "1"],
        ["gaps", "1"],
        ["summary", "1"],
        ["history", "1"],
        ["framework", "list"],
        ["framework", "show"],
        ["evidence", "list", "1"],
        ["score", "1", "PROS-1", "--law", "2"],
        ["report", "1", "--out", "r.pdf"],
        ["export", "1", "--out", "p.assess"],
    ],
)
def test_a_mistyped_database_is_refused_and_nothing_is_created(capsys, tmp_path: Path, command: list[str]) -> None:
    missing = tmp_path / "Assesments" / "assess.sqlite"
    code, out, err = run(capsys, "--db", str(missing), *command)
    assert (code, out) == (cli.EXIT_REFUSED, ""), err
    assert f"There is no database at {missing}" in err
    assert not missing.parent.exists()


@pytest.mark.parametrize("words", [["--db", "", "list"], ["--db=", "show", "1"], ["--db", " ", "new"], ["--db", ""]])
def test_an_empty_database_argument_is_an_error(capsys, words: list[str]) -> None:
    code, out, err = run(capsys, *words)
    assert (code, out) == (cli.EXIT_USAGE, "")
    assert "--db: give a database file or URL (it is empty)" in err


def test_scores_given_at_the_same_moment_are_all_saved(
    capsys, store: Store, db_target: Path | str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each `assess score` edits the item as it is when it saves: one saved a moment before is no reason to refuse.
    The two edits are held between their read and their write until both have read (as far as the database lets
    them: on SQLite the second cannot read before the first is written)."""
    with store.session() as session:
        created = assessments.create(session, country="Testland", title="Together")
    both_read = threading.Barrier(2)
    checked = edits.checked

    def held(*args: object, **kwargs: object) -> object:
        with contextlib.suppress(threading.BrokenBarrierError):  # on SQLite the other waits for the write lock
            both_read.wait(timeout=2)
        return checked(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(edits, "checked", held)
    codes: list[int] = []

    def score(note: str) -> None:
        codes.append(cli.main(["--db", str(db_target), "score", str(created.id), "PROS-1", "--note", note]))

    threads = [threading.Thread(target=score, args=(f"note {i}",)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    err = capsys.readouterr().err
    assert codes == [0, 0], err
    with store.session() as session:
        notes = {c.new for c in assessments_history(session, created.id)}
    assert {"note 0", "note 1"} <= notes


def assessments_history(session: object, assessment_id: int) -> list[object]:
    from assess import audit

    return [c for c in audit.history(session, assessment_id, "PROS-1") if c.field == "rationale"]  # type: ignore[arg-type]


@pytest.mark.sqlite_only
def test_the_window_still_refuses_an_edit_of_an_outdated_copy(store: Store) -> None:
    with store.session() as session:
        created = assessments.create(session, country="Testland", title="Window")
        version = responses.get(session, created.id, "PROS-1").version
        responses.update(session, created.id, "PROS-1", rationale="a colleague's note")
    from assess.errors import StaleEdit

    with pytest.raises(StaleEdit, match="since you opened it"):
        responses.save(store, created.id, "PROS-1", expected_version=version, rationale="mine")
