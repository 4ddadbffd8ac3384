"""Evidence: files streamed into the database (deduplicated by SHA-256), links and legal citations.

A file is read in chunks and written in chunks inside one transaction, so memory stays
small whatever the file's size, and a cancelled or failed attach leaves nothing behind.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from sqlalchemy import Connection, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from assess import assessments, audit, responses
from assess.errors import Cancelled, InvalidInput, NotFound, TooLarge
from assess.messages import megabytes
from assess.settings import load_settings
from assess.users import can_edit, current_user
from db import clock
from db.models import Assessment, Blob, BlobChunk, Evidence, Response
from db.store import Store

CHUNK = 1024 * 1024
KINDS = ("file", "link", "citation")
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class EvidenceView:
    id: int
    item_code: str
    kind: str
    name: str
    description: str
    url: str
    citation: str
    sha256: str
    size: int
    sensitive: bool
    added_by: str
    added_at: dt.datetime

    @property
    def short_hash(self) -> str:
        return self.sha256[:12]

    @property
    def label(self) -> str:
        if self.kind == "file":
            return self.name
        if self.kind == "link":
            return self.name or self.url
        return self.name or self.citation


def view(evidence: Evidence, item_code: str) -> EvidenceView:
    return EvidenceView(
        id=evidence.id,
        item_code=item_code,
        kind=evidence.kind,
        name=evidence.name,
        description=evidence.description,
        url=evidence.url,
        citation=evidence.citation,
        sha256=evidence.sha256,
        size=evidence.size,
        sensitive=evidence.sensitive,
        added_by=evidence.added_by,
        added_at=evidence.added_at,
    )


def list_for(session: Session, assessment_id: int | str, code: str | None = None) -> list[EvidenceView]:
    assessment = assessments.get(session, assessment_id)
    if code is not None:
        responses.find(session, assessment, code)
    return of_assessment(session, assessment, code)


def of_assessment(session: Session, assessment: Assessment, code: str | None = None) -> list[EvidenceView]:
    """The evidence of ``assessment`` (of its item ``code`` only, if given), in framework order, in one query."""
    query = (
        select(Evidence, Response.item_code)
        .join(Response, Evidence.response_id == Response.id)
        .where(Response.assessment_id == assessment.id)
        .order_by(Response.position, Evidence.id)
    )
    if code is not None:
        query = query.where(Response.item_code == code)
    return [view(e, c) for e, c in session.execute(query)]


def _log_added(session: Session, evidence: Evidence, assessment_id: int, code: str, user: str) -> None:
    audit.record(
        session,
        user=user,
        assessment_id=assessment_id,
        item_code=code,
        entity="evidence",
        field="added",
        old=None,
        new=f"{evidence.kind}: {evidence.name or evidence.url or evidence.citation}"
        + (f" (sha256 {evidence.sha256})" if evidence.sha256 else ""),
    )


def _clean_description(description: str) -> str:
    text = (description or "").strip()
    if len(text) > 5000:
        raise InvalidInput("The description may be at most 5,000 characters.")
    return text


def add_link(
    session: Session,
    assessment_id: int | str,
    code: str,
    url: str,
    *,
    name: str = "",
    description: str = "",
    sensitive: bool = False,
    user: str | None = None,
) -> EvidenceView:
    user = user or current_user(session)
    url = (url or "").strip()
    parsed = urlparse(url)
    where = parsed.path if parsed.scheme == "mailto" else parsed.netloc  # "https:notaurl" names no host
    if parsed.scheme not in ("http", "https", "ftp", "mailto") or not where:
        raise InvalidInput("{url} is not a web address; links start with http:// or https://.", url=repr(url))
    assessment = assessments.editable(session, assessment_id)
    response = responses.find(session, assessment, code)
    evidence = Evidence(
        kind="link",
        name=name.strip()[:500],
        url=url,
        description=_clean_description(description),
        sensitive=sensitive,
        added_by=user,
        added_at=clock.now(session),
    )
    response.evidence.append(evidence)
    session.flush()
    _log_added(session, evidence, assessment.id, code, user)
    return view(evidence, code)


def add_citation(
    session: Session,
    assessment_id: int | str,
    code: str,
    citation: str,
    *,
    name: str = "",
    description: str = "",
    sensitive: bool = False,
    user: str | None = None,
) -> EvidenceView:
    user = user or current_user(session)
    citation = (citation or "").strip()
    if not citation:
        raise InvalidInput("A legal citation needs its text, for example 'Penal Code, art. 188(2)'.")
    if len(citation) > 5000:
        raise InvalidInput("A legal citation may be at most 5,000 characters.")
    assessment = assessments.editable(session, assessment_id)
    response = responses.find(session, assessment, code)
    evidence = Evidence(
        kind="citation",
        name=name.strip()[:500],
        citation=citation,
        description=_clean_description(description),
        sensitive=sensitive,
        added_by=user,
        added_at=clock.now(session),
    )
    response.evidence.append(evidence)
    session.flush()
    _log_added(session, evidence, assessment.id, code, user)
    return view(evidence, code)


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


def attach_file(
    store: Store,
    assessment_id: int | str,
    code: str,
    path: str | Path,
    *,
    description: str = "",
    sensitive: bool = False,
    name: str | None = None,
    user: str | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    limit: int | None = None,
    origin: str = "",
) -> EvidenceView:
    """Stream a file into the database and attach it to an item; one transaction, committed at the end."""
    user = user or current_user(store)
    limit = load_settings().max_evidence_bytes if limit is None else limit  # read once, not once per chunk
    file, size = check_file(path, limit)
    description = _clean_description(description)
    with store.session() as session:
        assessment = assessments.editable(session, assessment_id)
        response = responses.find(session, assessment, code)
        response_id, assessment_key = response.id, assessment.id
    with store.engine.connect() as connection, _checkpoint_later(connection):
        return _stream_in(
            store.sessions(bind=connection),
            file,
            size,
            limit,
            response_id=response_id,
            assessment_key=assessment_key,
            code=code,
            description=description,
            sensitive=sensitive,
            name=name,
            user=user,
            progress=progress,
            cancelled=cancelled,
        )


@contextmanager
def _checkpoint_later(connection: Connection) -> Iterator[None]:
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


def _stream_in(
    session: Session,
    file: Path,
    size: int,
    limit: int,
    *,
    response_id: int,
    assessment_key: int,
    code: str,
    description: str,
    sensitive: bool,
    name: str | None,
    user: str,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
) -> EvidenceView:
    """The streaming transaction of :func:`attach_file`, on ``session``; committed at the end, else rolled back."""
    try:
        blob_id = session.execute(insert(Blob).values(sha256=None, size=0).returning(Blob.id)).scalar_one()
        digest = hashlib.sha256()
        done = 0
        seq = 0
        try:
            handle = file.open("rb")
        except OSError as exc:
            raise InvalidInput(
                "{file} cannot be read: {problem}.", file=str(file), problem=exc.strerror or exc
            ) from None
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
        evidence = Evidence(
            response_id=response_id,
            kind="file",
            name=(name or file.name)[:500],
            description=description,
            blob_id=blob_id,
            sha256=sha,
            size=done,
            sensitive=sensitive,
            added_by=user,
            added_at=clock.now(session),
        )
        session.add(evidence)
        session.flush()
        _log_added(session, evidence, assessment_key, code, user)
        session.commit()
        return view(evidence, code)
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def get(session: Session, evidence_id: int) -> tuple[Evidence, Response]:
    evidence = session.get(Evidence, evidence_id)
    if evidence is None:
        raise NotFound("There is no evidence {number}; it may have been removed.", number=evidence_id)
    return evidence, evidence.response


def remove(session: Session, evidence_id: int, user: str | None = None, *, prune_content: bool = True) -> EvidenceView:
    """Detach one piece of evidence; its file content goes once nothing else refers to it.

    The window passes ``prune_content=False`` so that Undo can restore the evidence; it prunes
    unreferenced content when it closes (:func:`prune`).
    """
    user = user or current_user(session)
    evidence, response = get(session, evidence_id)
    assessments.editable(session, response.assessment_id)
    gone = view(evidence, response.item_code)
    blob_id = evidence.blob_id
    session.delete(evidence)
    session.flush()
    audit.record(
        session,
        user=user,
        assessment_id=response.assessment_id,
        item_code=response.item_code,
        entity="evidence",
        field="removed",
        old=f"{gone.kind}: {gone.label}",
        new=None,
    )
    if blob_id is not None and prune_content:
        prune(session, [blob_id])
    return gone


def describe(
    session: Session, evidence_id: int, *, description: str, sensitive: bool, user: str | None = None
) -> EvidenceView:
    """Change what is said about a piece of evidence after it was added: its description and whether it is
    sensitive (each change recorded in the history)."""
    user = user or current_user(session)
    evidence, response = get(session, evidence_id)
    assessments.editable(session, response.assessment_id)
    text = _clean_description(description)
    label = view(evidence, response.item_code).label
    for field, old, new in (
        ("description", evidence.description, text),
        ("sensitive", "yes" if evidence.sensitive else "no", "yes" if sensitive else "no"),
    ):
        if old != new:
            audit.record(
                session,
                user=user,
                assessment_id=response.assessment_id,
                item_code=response.item_code,
                entity="evidence",
                field=field,
                old=f"{label}: {old}",
                new=f"{label}: {new}",
            )
    evidence.description, evidence.sensitive = text, bool(sensitive)
    session.flush()
    return view(evidence, response.item_code)


def restore(session: Session, assessment_id: int | str, gone: EvidenceView, user: str | None = None) -> EvidenceView:
    """Put back evidence removed with ``prune_content=False`` (Undo); a file's content must still be stored."""
    user = user or current_user(session)
    assessment = assessments.editable(session, assessment_id)
    response = responses.find(session, assessment, gone.item_code)
    blob_id = None
    if gone.kind == "file":
        blob_id = session.scalar(select(Blob.id).where(Blob.sha256 == gone.sha256))
        if blob_id is None:
            raise NotFound("The content of {name} is no longer stored; attach the file again.", name=gone.name)
    evidence = Evidence(
        kind=gone.kind,
        name=gone.name,
        description=gone.description,
        url=gone.url,
        citation=gone.citation,
        blob_id=blob_id,
        sha256=gone.sha256,
        size=gone.size,
        sensitive=gone.sensitive,
        added_by=gone.added_by,
        added_at=gone.added_at,
    )
    response.evidence.append(evidence)
    session.flush()
    _log_added(session, evidence, assessment.id, gone.item_code, user)
    return view(evidence, gone.item_code)


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


def save_copy(store: Store, evidence_id: int, destination: str | Path) -> Path:
    """Write an evidence file out (to open it or hand it on); the copy is checked against its SHA-256."""
    with store.session() as session:
        evidence, _ = get(session, evidence_id)
        if evidence.kind != "file":
            raise InvalidInput("Only file evidence has content to save.")
        sha = evidence.sha256
    target = Path(destination)
    partial = target.with_name(target.name + ".part")
    digest = hashlib.sha256()
    try:
        with partial.open("wb") as out:
            for chunk in read_chunks(store, sha):
                digest.update(chunk)
                out.write(chunk)
        if digest.hexdigest() != sha:
            raise InvalidInput(
                "The stored copy of {name} does not match its SHA-256; it was not saved.", name=target.name
            )
        partial.replace(target)
    except OSError as exc:
        raise InvalidInput(
            "Cannot write {target}: {problem}.", target=str(target), problem=exc.strerror or exc
        ) from None
    finally:
        partial.unlink(missing_ok=True)
    return target
