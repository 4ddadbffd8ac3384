"""Evidence files' content: checked before it is read, streamed into the database in chunks (stored once per
SHA-256), read back chunk by chunk, written out checked, and deleted once no evidence refers to it.

A file is read in chunks and written in chunks inside one transaction, so memory stays small whatever
the file's size, and a cancelled or failed attach leaves nothing behind.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from assess.errors import Cancelled, InvalidInput, NotFound, TooLarge
from assess.messages import megabytes
from assess.paths import replaced_when_written
from assess.settings import load_settings
from assess.users import can_edit
from db.models import Blob, BlobChunk, Evidence
from db.store import Store

CHUNK = 1024 * 1024
Progress = Callable[[int, int], None]


def check_file(path: str | Path, limit: int | None = None) -> tuple[Path, int]:
    """The file's resolved path and size, or a clear error for anything that cannot be attached."""
    if not str(path).strip():  # Path("") is ".", the current folder
        raise InvalidInput("No file was given (the path is empty, so it does not exist); give the file to attach.")
    file = Path(path).expanduser()
    if not file.exists():
        raise InvalidInput("{file} does not exist; check the path.", file=str(file))
    if file.is_dir():
        raise InvalidInput("{file} is a folder; attach the files in it one by one.", file=str(file))
    if not file.is_file():
        raise InvalidInput("{file} is not a regular file.", file=str(file))
    if not os.access(file, os.R_OK):
        raise InvalidInput("{file} cannot be read (permission denied).", file=str(file))
    size = file.stat().st_size
    limit = load_settings().max_evidence_bytes if limit is None else limit
    if size > limit:
        raise TooLarge(
            "{name} is {size}; evidence files may be at most {limit}. "
            "Attach a smaller extract, or raise the limit (max_evidence_mb in settings.json).",
            name=file.name,
            size=megabytes(size),
            limit=megabytes(limit),
        )
    return file, size


@contextmanager
def checkpoint_later(connection: Connection) -> Iterator[None]:
    """On SQLite, commit the streamed transaction without copying it into the database file while the user waits.

    The store runs SQLite in WAL mode, each commit syncing the log (synchronous=FULL). By default, a commit that
    leaves the write-ahead log over 1,000 pages also checkpoints: it copies the log into the database file and syncs
    both, so every byte of a large file was written twice before the attach returned. Here the connection's
    automatic checkpoint is off for the transaction; its commit still syncs the log (synchronous=FULL, set here too
    in case the connection was opened otherwise), so a committed file is as safe from a crash or a power cut as it
    was after that checkpoint. The copy into the database file is left to the next checkpoint:
    the next ordinary commit's, or closing the store's last connection. The connection gets its own settings back
    whatever happens, before it returns to the pool; one that cannot is discarded. Nothing changes on PostgreSQL.
    """
    if connection.dialect.name != "sqlite":
        yield
        return
    autocheckpoint = _pragma(connection, "wal_autocheckpoint")
    synchronous = _pragma(connection, "synchronous")
    try:
        _pragma(connection, "wal_autocheckpoint=0")
        _pragma(connection, "synchronous=FULL")  # SQLite refuses this inside a transaction: set before it begins
        yield
    finally:
        try:
            _pragma(connection, f"wal_autocheckpoint={autocheckpoint}")
            _pragma(connection, f"synchronous={synchronous}")
        except Exception:  # e.g. still inside a transaction that failed to roll back
            connection.invalidate()  # closed, never reused with these settings


def _pragma(connection: Connection, statement: str) -> int | None:
    """Run ``PRAGMA statement`` on the driver's connection (which begins no transaction for it); its value, if any."""
    cursor = connection.connection.cursor()
    try:
        cursor.execute(f"PRAGMA {statement}")
        row = cursor.fetchone()
    finally:
        cursor.close()
    return int(row[0]) if row else None


def stream_in(
    session: Session,
    file: Path,
    size: int,
    limit: int,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[int, str, int]:
    """Stream ``file`` into the session's transaction, chunk by chunk; its content's id, SHA-256 and size.

    Content already stored (the same SHA-256) is kept once: the new copy is rolled back and the stored one's id
    given. The caller commits, or rolls back on any error so that nothing is kept.
    """
    blob_id = session.execute(insert(Blob).values(sha256=None, size=0).returning(Blob.id)).scalar_one()
    digest = hashlib.sha256()
    done = 0
    seq = 0
    try:
        handle = file.open("rb")
    except OSError as exc:
        raise InvalidInput("{file} cannot be read: {problem}.", file=str(file), problem=exc.strerror or exc) from None
    with handle:
        while True:
            if cancelled is not None and cancelled():
                raise Cancelled("Attaching {name} was cancelled; nothing was added.", name=file.name)
            chunk = handle.read(CHUNK)
            if not chunk:
                break
            digest.update(chunk)
            session.execute(insert(BlobChunk).values(blob_id=blob_id, seq=seq, data=chunk))
            seq += 1
            done += len(chunk)
            if done > limit:
                raise TooLarge(
                    "{name} grew past the size limit while it was being read; nothing was added.", name=file.name
                )
            if progress is not None:
                progress(done, size)
    sha = digest.hexdigest()
    existing = session.scalar(select(Blob.id).where(Blob.sha256 == sha))
    if existing is None:
        try:
            session.execute(update(Blob).where(Blob.id == blob_id).values(sha256=sha, size=done))
        except IntegrityError:  # on a server, someone stored the same file at the same moment: use theirs
            session.rollback()
            existing = session.scalar(select(Blob.id).where(Blob.sha256 == sha))
            if existing is None:
                raise
    if existing is not None:
        session.rollback()
        blob_id = existing
    return blob_id, sha, done


def prune(session: Session, blob_ids: list[int] | None = None) -> int:
    """Delete stored file content that no evidence refers to any more; return how many.

    A viewer leaves it for an editor: the window prunes on closing, and a viewer may not delete.
    """
    if not can_edit(session):
        return 0
    query = select(Blob.id).where(~select(Evidence.id).where(Evidence.blob_id == Blob.id).exists())
    if blob_ids is not None:
        query = query.where(Blob.id.in_(blob_ids))
    orphans = list(session.scalars(query))
    if orphans:
        session.execute(delete(BlobChunk).where(BlobChunk.blob_id.in_(orphans)))
        session.execute(delete(Blob).where(Blob.id.in_(orphans)))
    return len(orphans)


def read_chunks(store: Store, sha256: str) -> Iterator[bytes]:
    """The stored bytes of a file, chunk by chunk, each read on its own so memory stays small."""
    with store.session() as session:
        blob_id = session.scalar(select(Blob.id).where(Blob.sha256 == sha256))
        if blob_id is None:
            raise NotFound("No stored file has SHA-256 {sha256}.", sha256=sha256)
        count = session.scalar(select(func.count()).select_from(BlobChunk).where(BlobChunk.blob_id == blob_id)) or 0
    for seq in range(count):
        with store.session() as session:
            data = session.scalar(select(BlobChunk.data).where(BlobChunk.blob_id == blob_id, BlobChunk.seq == seq))
        if data is None:
            raise NotFound(
                "Part of the stored file {sha256} is missing; the database may be damaged.", sha256=sha256[:12]
            )
        yield data


def write_copy(store: Store, sha256: str, destination: str | Path) -> Path:
    """Write stored content out to ``destination``, which appears only once complete and checked against its
    SHA-256."""
    target = Path(destination)
    digest = hashlib.sha256()
    try:
        with replaced_when_written(target) as partial, partial.open("wb") as out:
            for chunk in read_chunks(store, sha256):
                digest.update(chunk)
                out.write(chunk)
            if digest.hexdigest() != sha256:
                raise InvalidInput(
                    "The stored copy of {name} does not match its SHA-256; it was not saved.", name=target.name
                )
            out.flush()
            os.fsync(out.fileno())
    except OSError as exc:
        raise InvalidInput(
            "Cannot write {target}: {problem}.", target=str(target), problem=exc.strerror or exc
        ) from None
    return target
