"""Evidence of a response: files (their content in :mod:`assess.evidence_files`), links and legal citations.

Adding, listing, removing (and restoring, for Undo) evidence, each recorded in the audit log.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from sqlalchemy import select
from sqlalchemy.orm import Session

from assess import assessments, audit, limits, responses
from assess import evidence_files as files
from assess.edits import clean_text
from assess.errors import InvalidInput, NotFound
from assess.evidence_files import Progress
from assess.messages import UserText
from assess.settings import load_settings
from assess.users import current_user
from assess.vocabulary import EvidenceKind
from db import clock
from db.models import Assessment, Blob, Evidence, Response
from db.store import Store

# The content's part, used by the window, the command line and packages through this module.
check_file, prune, read_chunks = files.check_file, files.prune, files.read_chunks


@dataclass(frozen=True)
class EvidenceView:
    id: int
    item_code: str
    kind: EvidenceKind
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
        if self.kind == EvidenceKind.FILE:
            return self.name
        if self.kind == EvidenceKind.LINK:
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


DESCRIPTION = UserText("description")
CITATION = UserText("legal citation")
LINK = UserText("link")
NAME = UserText("name")


def _clean_description(description: str) -> str:
    return clean_text(description, DESCRIPTION, limits.DESCRIPTION)


def _clean_name(name: str) -> str:
    """A name or title as stored: on one line, and cut to its limit (a file's name is not the user's text)."""
    return clean_text(name, NAME, 10 * limits.EVIDENCE_NAME, one_line=True)[: limits.EVIDENCE_NAME]


def check_link(url: str) -> str:
    """A link as stored: a web address (http, https) with its host, or an e-mail address (mailto), nothing else.

    The same rule for every link, however it arrives (typed, on the command line, in a package): a
    ``file:``, ``smb:`` or ``javascript:`` link or a network path (``\\\\server\\share``) could open a file
    or run a script on the computer of whoever clicks it.
    """
    text = clean_text(url, LINK, limits.LINK)
    parsed = urlparse(text)
    where = parsed.path if parsed.scheme == "mailto" else parsed.netloc  # "https:notaurl" names no host
    hidden = limits.visible(text) != text or any(char in text for char in "\n\t")
    if parsed.scheme not in limits.LINK_SCHEMES or not where or hidden or " " in where:
        raise InvalidInput(
            "{url} is not a web or e-mail address; a link starts with http://, https:// or mailto: (links to files, "
            "shares or scripts are refused).",
            url=repr(limits.visible(text[:200])),
        )
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
    url = check_link(url)
    assessment = assessments.editable(session, assessment_id)
    response = responses.find(session, assessment, code)
    evidence = Evidence(
        kind=EvidenceKind.LINK,
        name=_clean_name(name),
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
    citation = clean_text(citation, CITATION, limits.CITATION)
    if not citation:
        raise InvalidInput("A legal citation needs its text, for example 'Penal Code, art. 188(2)'.")
    assessment = assessments.editable(session, assessment_id)
    response = responses.find(session, assessment, code)
    evidence = Evidence(
        kind=EvidenceKind.CITATION,
        name=_clean_name(name),
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
    file, size = files.check_file(path, limit)
    description = _clean_description(description)
    with store.session() as session:
        assessment = assessments.editable(session, assessment_id)
        response = responses.find(session, assessment, code)
        response_id, assessment_key = response.id, assessment.id
    with store.engine.connect() as connection, files.checkpoint_later(connection):
        session = store.sessions(bind=connection)
        try:
            blob_id, sha, done = files.stream_in(session, file, size, limit, progress=progress, cancelled=cancelled)
            evidence = Evidence(
                response_id=response_id,
                kind=EvidenceKind.FILE,
                name=_clean_name(name or limits.storable_name(file.name)),
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
    evidence = session.get(Evidence, evidence_id) if 0 < evidence_id <= limits.LARGEST_ID else None
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
        files.prune(session, [blob_id])
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
    if gone.kind == EvidenceKind.FILE:
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


def save_copy(store: Store, evidence_id: int, destination: str | Path) -> Path:
    """Write an evidence file out (to open it or hand it on); the copy is checked against its SHA-256."""
    with store.session() as session:
        evidence, _ = get(session, evidence_id)
        if evidence.kind != EvidenceKind.FILE:
            raise InvalidInput("Only file evidence has content to save.")
        sha = evidence.sha256
    return files.write_copy(store, sha, destination)
