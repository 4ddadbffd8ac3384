"""Every file Assess writes is its user's alone (0600) and every folder it makes 0700, on POSIX systems: the
database and its journals, the log, the window's settings, evidence copies, packages, reports, backups."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(os.name != "posix", reason="on Windows the user's profile keeps files private")

WORKER = r"""
import sys
from pathlib import Path
from assess.cli import commands
from assess.cli.main import main

data, out = Path(sys.argv[1]), Path(sys.argv[2])
statement = out / "statement.txt"
with open(statement, "w") as handle:  # the user's own file, made before Assess runs
    handle.write("witness statement")

def ok(*words):
    assert main(list(words)) == 0, words

ok("new", "--country", "Testland", "--title", "Private")
ok("score", "1", "PROS-1", "--law", "2", "--note", "recorded")
ok("evidence", "add", "1", "PROS-1", str(statement), "--sensitive")
ok("evidence", "save", "1", str(out / "statement-copy.txt"))
ok("export", "1", "--out", str(out / "part.assess"), "--include-sensitive")
ok("report", "1", "--out", str(out / "report.pdf"))
ok("report", "1", "--out", str(out / "plan.xlsx"))
ok("backup", "--out", str(out / "backup.sqlite"))
ok("restore", str(out / "backup.sqlite"))

def broken(args):
    raise RuntimeError("a bug, logged")

commands.run_command = broken
assert main(["list"]) == 3

from assess.paths import private_files
with private_files():
    from assess.ui.settings import remember_database
    remember_database(str(data / "assess.sqlite"))
"""


def test_every_file_and_folder_assess_writes_is_private(tmp_path: Path) -> None:
    data, out = tmp_path / "data", tmp_path / "out"
    out.mkdir()
    done = subprocess.run(
        [sys.executable, "-c", WORKER, str(data), str(out)],
        env={**os.environ, "ASSESS_DATA_DIR": str(data), "QT_QPA_PLATFORM": "offscreen"},
        preexec_fn=lambda: os.umask(0o022),  # the usual umask: files 0644, folders 0755
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    written = [p for p in [*data.rglob("*"), *out.rglob("*")] if p.name != "statement.txt"]
    names = {p.name for p in written}
    for expected in ("assess.sqlite", "assess.log", "window.ini", "part.assess", "report.pdf", "plan.xlsx",
                     "backup.sqlite", "statement-copy.txt", "logs"):  # fmt: skip
        assert expected in names, f"{expected} was not written: {sorted(names)}"
    assert any(name.startswith("assess.before-restore-") for name in names)
    wrong = {
        str(p.relative_to(tmp_path)): oct(stat.S_IMODE(p.stat().st_mode))
        for p in [data, *written]
        if stat.S_IMODE(p.stat().st_mode) != (0o700 if p.is_dir() else 0o600)
    }
    assert not wrong, f"readable by others: {wrong}"
    assert stat.S_IMODE(out.stat().st_mode) == 0o755  # the user's own folder is left as it was


def test_the_data_folder_of_an_earlier_release_is_closed_to_other_accounts(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir(mode=0o755)
    data.chmod(0o755)
    done = subprocess.run(
        [sys.executable, "-m", "assess", "list"],
        env={**os.environ, "ASSESS_DATA_DIR": str(data)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
