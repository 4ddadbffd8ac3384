"""Where Assess finds the files it ships and puts the files it writes (assess/paths.py)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs
import pytest

from assess import paths
from assess.errors import AssessError
from exports.reports import fonts


@pytest.mark.parametrize(
    ("package", "name"),
    [
        ("framework", "data/unodc-ffa-2009.json"),
        ("framework", "schema/framework-1.schema.json"),
        ("exports.exchange", "schema/package-1.schema.json"),
        ("exports.reports", "fonts/wqy-microhei.ttc"),
        ("assess.ui", "translations/assess_fr.qm"),
        ("db", "migrations/env.py"),
        ("fontpkg_noto_sans", "files"),
    ],
)
def test_every_kind_of_shipped_file_is_found_through_one_function(package: str, name: str) -> None:
    found = paths.package_file(package, name)
    assert isinstance(found, Path) and found.exists()


def test_a_package_that_is_not_installed_is_an_import_error() -> None:
    with pytest.raises(ImportError):
        paths.package_file("assess_no_such_package", "data.json")


def test_a_missing_font_package_is_a_message_saying_to_reinstall() -> None:
    with pytest.raises(AssessError, match="report font package assess-no-such-fonts is not installed"):
        fonts._package_font("assess_no_such_fonts", "*.ttf")


def test_logs_go_where_the_system_keeps_an_applications_logs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ASSESS_DATA_DIR")
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))

    assert paths.log_dir() == Path(platformdirs.user_log_dir("Assess", appauthor=False))
    assert paths.data_dir() == Path(platformdirs.user_data_dir("Assess", appauthor=False))
    assert paths.log_dir() != paths.data_dir() / "logs"


def test_logs_move_with_the_data_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASSESS_DATA_DIR", str(tmp_path / "moved"))

    assert paths.log_dir() == tmp_path / "moved" / "logs"


@pytest.mark.skipif(os.name != "posix", reason="the umask is POSIX's")
def test_private_blocks_that_overlap_in_two_threads_leave_the_umask_as_it_was() -> None:
    """Two commands run at once in one process (threads): the first ends while the second still runs."""
    before = os.umask(0o022)
    try:
        first, second = paths.private_files(), paths.private_files()
        first.__enter__()
        second.__enter__()
        first.__exit__(None, None, None)
        assert _umask() == paths.PRIVATE_UMASK  # the second is still writing private files
        second.__exit__(None, None, None)
        assert _umask() == 0o022
    finally:
        os.umask(before)


def _umask() -> int:
    now = os.umask(0o022)
    os.umask(now)
    return now
