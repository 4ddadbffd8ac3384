"""The demo as workshops get it: a fresh copy of a template built once and cached.

Building takes about a second, so :func:`demo_template` builds the demo once into the cache folder,
under a name keyed by what it is made of (the framework document, the database schema, the demo's
data files and :data:`DEMO_VERSION`), and :func:`demo_database` hands out copies of it.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import tempfile
import uuid
from pathlib import Path

from assess.demo import build
from assess.demo.content import DATA
from assess.errors import InvalidInput
from assess.paths import data_dir
from db import StoreError, migrate
from db.store import open_store, sqlite_backup
from framework.loader import builtin_path

DEMO_VERSION = 3
"""Bump whenever the way the demo is built changes (its data files count by themselves): cached templates are
then rebuilt."""


def template_key() -> str:
    """What the demo depends on: the built-in framework, the database schema, the data files and DEMO_VERSION."""
    digest = hashlib.sha256()
    digest.update(builtin_path().read_bytes())
    digest.update(f"\0demo {DEMO_VERSION}\0schema {migrate.head()}".encode())
    for path in sorted(p for p in DATA.rglob("*") if p.is_file()):
        digest.update(f"\0{path.relative_to(DATA).as_posix()}\0".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def cache_dir() -> Path:
    return data_dir() / "cache"


def template_path() -> Path:
    return cache_dir() / f"demo-{template_key()[:24]}.sqlite"


def _remove(path: Path) -> None:
    for candidate in (
        path,
        path.with_name(path.name + "-wal"),
        path.with_name(path.name + "-shm"),
        path.with_name(path.name + "-journal"),
    ):
        with contextlib.suppress(OSError):
            candidate.unlink(missing_ok=True)


def _settle(path: Path) -> None:
    """Fold the write-ahead log into the file and leave it in rollback-journal mode: one self-contained file."""
    connection = sqlite3.connect(str(path))
    try:
        connection.execute("PRAGMA journal_mode=DELETE").fetchone()
    finally:
        connection.close()
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def _build_file(path: Path) -> None:
    """Build the demo into a new file at ``path`` (removed again if anything fails)."""
    try:
        store = open_store(path)
        try:
            build.build_demo(store)
        finally:
            store.close()
        _settle(path)
    except BaseException:
        _remove(path)
        raise


def _partial(path: Path) -> Path:
    return path.with_name(f".{path.stem}-{os.getpid()}-{uuid.uuid4().hex[:8]}.part")


def _check(path: Path) -> bool:
    """Whether ``path`` is an intact database holding assessments; it is opened read-only and left untouched.

    A template appears under its name only once it is complete (see :func:`_build_at`), so this only has
    to catch a damaged file.
    """
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            status = connection.execute("PRAGMA quick_check").fetchone()
            count = connection.execute("SELECT count(*) FROM assessments").fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        return False
    return bool(status and status[0] == "ok" and count and count[0] >= 1)


def _build_at(path: Path) -> None:
    """Build the demo into a new file that appears at ``path`` only once it is complete."""
    partial = _partial(path)
    try:
        _build_file(partial)
        os.replace(partial, path)
    finally:
        _remove(partial)


def demo_template() -> Path:
    """The cached template of the demo database, built first when there is none for this key (or it is damaged)."""
    path = template_path()
    if path.is_file() and _check(path):
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    _build_at(path)
    for stale in path.parent.glob("demo-*.sqlite"):
        if stale != path:
            _remove(stale)
    return path


def demo_database(destination: Path) -> Path:
    """Write a fresh copy of the demo database at ``destination``, which must not exist yet; return it.

    The copy comes from the cached template (built on first use); the template itself is never handed out.
    """
    target = Path(destination).expanduser().absolute()
    if target.exists() or target.is_symlink():
        raise InvalidInput("{file} already exists; choose a new file name for the demo database.", file=target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InvalidInput(
            "Cannot create the folder {folder}: {problem}.", folder=target.parent, problem=exc.strerror or str(exc)
        ) from None
    if not os.access(target.parent, os.W_OK):
        raise InvalidInput(
            "Cannot write the demo database in {folder}: the folder is not writable.", folder=target.parent
        )
    try:
        template = demo_template()
    except (OSError, StoreError):
        # The cache folder cannot be written: build this copy directly, without a template.
        _build_at(target)
        return target
    partial = _partial(target)
    try:
        sqlite_backup(template, partial)
        os.replace(partial, target)
    except (sqlite3.Error, OSError) as exc:
        raise InvalidInput("Cannot write the demo database {file}: {problem}.", file=target, problem=str(exc)) from None
    finally:
        _remove(partial)
    return target


def open_demo_copy() -> Path:
    """A fresh throwaway copy of the demo in a new temporary folder (what ``assess demo`` opens)."""
    folder = Path(tempfile.mkdtemp(prefix="assess-demo-"))
    return demo_database(folder / "meridia-demo.sqlite")
