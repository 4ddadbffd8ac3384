"""Where Assess keeps its files: the user's data and log directories (platformdirs, or ASSESS_DATA_DIR), and
the data files it ships (the framework, schemas, fonts, translations, migrations, the demo); how it writes them:
readable by the user alone, and whole or not at all."""

from __future__ import annotations

import os
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from importlib import resources
from pathlib import Path

import platformdirs

APP_NAME = "Assess"


def data_dir() -> Path:
    override = os.environ.get("ASSESS_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return path


def default_database() -> Path:
    return data_dir() / "assess.sqlite"


def log_dir() -> Path:
    """Where the system's own tools look for an application's logs (~/Library/Logs on macOS,
    %LOCALAPPDATA%\\Assess\\Logs on Windows, ~/.local/state on Linux), or beside the data when it is moved."""
    if os.environ.get("ASSESS_DATA_DIR"):
        return data_dir() / "logs"
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


PRIVATE_UMASK = 0o077
"""Every file Assess creates is readable by its owner only (0600), every folder 0700: the database and its
journals, logs, settings, reports, packages, backups and copies of evidence may hold victims' statements, and a
shared laptop has other accounts. On Windows the user's profile keeps them from other accounts already."""


_umask_lock = threading.Lock()
_umask_users = 0  # blocks inside private_files() now, in any thread
_umask_kept = 0


@contextmanager
def private_files() -> Iterator[None]:
    """Inside the block (the whole run of the command line or the window), create files and folders for their
    owner only (:data:`PRIVATE_UMASK`), and close Assess's own data and log folders to other accounts.

    The umask belongs to the process: blocks that overlap in several threads share it, and the last one to end
    restores the umask the first one found (each restoring its own would leave 077 behind after a race)."""
    global _umask_users, _umask_kept
    if os.name != "posix":
        yield
        return
    with _umask_lock:
        if _umask_users == 0:
            _umask_kept = os.umask(PRIVATE_UMASK)
        _umask_users += 1
    try:
        for folder in (data_dir(), log_dir()):
            # a folder that is not ours to change stays as it is: the files in it are still created for their owner
            with suppress(OSError):
                if folder.is_dir() and folder.stat().st_uid == os.getuid() and folder.stat().st_mode & 0o077:
                    folder.chmod(0o700)
        yield
    finally:
        with _umask_lock:
            _umask_users -= 1
            if _umask_users == 0:
                os.umask(_umask_kept)


def package_file(package: str, name: str) -> Path:
    """A data file (or folder) shipped inside ``package``, from a source checkout, an installed wheel or the
    frozen bundle alike: PyInstaller's importer answers ``importlib.resources`` with the bundle's folder.

    Raises ImportError when ``package`` is not installed.
    """
    return Path(str(resources.files(package).joinpath(name)))


@contextmanager
def temporary_beside(target: Path, suffix: str = ".part") -> Iterator[Path]:
    """A new, empty file of our own beside ``target`` for the time of the block, then gone.

    Created by :func:`tempfile.mkstemp`, readable by its owner only, under a name that can never be that of a
    file someone keeps there (such as ``report.pdf.part``). OSError when the folder cannot be written.
    """
    handle, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=suffix)
    os.close(handle)
    path = Path(name)
    try:
        yield path
    finally:
        path.unlink(missing_ok=True)


@contextmanager
def replaced_when_written(target: Path) -> Iterator[Path]:
    """A temporary file beside ``target`` (:func:`temporary_beside`) to write it whole: ``target`` appears (or is
    replaced) only when the block ends without error; otherwise ``target`` stays as it was. The caller syncs
    what it writes."""
    with temporary_beside(target) as partial:
        yield partial
        os.replace(partial, target)
