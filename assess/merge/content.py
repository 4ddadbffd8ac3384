"""Evidence from a contribution: file content streamed in once per SHA-256 and checked, then the evidence rows.

Everything is written on the caller's session, inside its transaction: a file whose content
does not match its hash or size raises :class:`ContentMismatch` and the caller's rollback
takes back every chunk already written.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from assess import audit, responses
from assess.errors import Cancelled, InvalidInput
from assess.evidence_files import CHUNK
from assess.merge.model import Contribution, IncomingEvidence
from assess.vocabulary import EvidenceKind
from db.models import Assessment, Blob, BlobChunk, Evidence

Progress = Callable[[int, int], None]


class ContentMismatch(InvalidInput):
    """Evidence content that does not match the SHA-256 or size it was announced with."""


def blob_id(session: Session, sha256: str) -> int | None:
    return session.scalar(select(Blob.id).where(Blob.sha256 == sha256))


def store_content(
    session: Session,
    sha256: str,
    size: int,
    chunks: Iterator[bytes],
    on_bytes: Callable[[int], None] | None = None,
) -> tuple[int, bool]:
    """Stream content in (unless already held), checking SHA-256 and size; return its blob id and whether it is new."""
    existing = blob_id(session, sha256)
    if existing is not None:
        return existing, False
    new_id = session.execute(insert(Blob).values(sha256=sha256, size=size).returning(Blob.id)).scalar_one()
    digest = hashlib.sha256()
    pending = bytearray()
    done = seq = 0
    for chunk in chunks:
        digest.update(chunk)
        done += len(chunk)
        if done > size:
            raise ContentMismatch(
                "The evidence file {file} holds more than the {size} bytes it was announced with; nothing was "
                "imported.",
                file=sha256[:12],
                size=f"{size:,}",
            )
        pending += chunk
        while len(pending) >= CHUNK:
            session.execute(insert(BlobChunk).values(blob_id=new_id, seq=seq, data=bytes(pending[:CHUNK])))
            del pending[:CHUNK]
            seq += 1
        if on_bytes is not None:
            on_bytes(len(chunk))
    if pending:
        session.execute(insert(BlobChunk).values(blob_id=new_id, seq=seq, data=bytes(pending)))
    if done != size or digest.hexdigest() != sha256:
        raise ContentMismatch(
            "The evidence file {file} does not match its SHA-256 or size: it was changed or damaged after it was "
            "packaged. Nothing was imported; ask the sender for the package again.",
            file=sha256[:12],
        )
    return new_id, True


def add_evidence(
    session: Session,
    assessment: Assessment,
    adds: Iterable[tuple[str, IncomingEvidence]],
    contribution: Contribution,
    *,
    user: str,
    origin: str,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[int, int]:
    """Attach ``(item code, evidence)`` pairs; return how many files were stored and how many were already held."""
    adds = list(adds)
    total = sum(e.size for _, e in adds if e.kind == EvidenceKind.FILE and blob_id(session, e.sha256) is None)
    done = 0

    def advance(count: int) -> None:
        nonlocal done
        if cancelled is not None and cancelled():
            raise Cancelled("The import was cancelled; nothing was changed.")
        done += count
        if progress is not None:
            progress(done, total)

    stored = already = 0
    for code, incoming in adds:
        if cancelled is not None and cancelled():
            raise Cancelled("The import was cancelled; nothing was changed.")
        content_id = None
        if incoming.kind == EvidenceKind.FILE:
            chunks = contribution.read_evidence(incoming.sha256)
            content_id, new = store_content(session, incoming.sha256, incoming.size, chunks, advance)
            stored, already = (stored + 1, already) if new else (stored, already + 1)
        response = responses.find(session, assessment, code)
        response.evidence.append(
            Evidence(
                kind=incoming.kind,
                name=incoming.name[:500],
                description=incoming.description,
                url=incoming.url,
                citation=incoming.citation,
                blob_id=content_id,
                sha256=incoming.sha256,
                size=incoming.size,
                sensitive=incoming.sensitive,
                added_by=incoming.added_by or user,
                added_at=incoming.added_at,
            )
        )
        session.flush()
        hashed = f" (sha256 {incoming.sha256})" if incoming.sha256 else ""
        audit.record(
            session,
            user=user,
            assessment_id=assessment.id,
            item_code=code,
            entity="evidence",
            field="added",
            old=None,
            new=f"{incoming.kind}: {incoming.label}{hashed}",
            origin=origin,
        )
    return stored, already
