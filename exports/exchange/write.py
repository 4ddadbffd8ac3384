"""Writing an exchange package: an assessment, or the part of it an institution fills in, as one file.

The part (its items, chosen by :mod:`exports.exchange.selection`, and the figures of the indicators that inform
them) is gathered through the services (:func:`gather`), then written as a ZIP (evidence streamed from the database
chunk by chunk, each file checked against its SHA-256 on the way), optionally inside the password envelope, to a
temporary file of its own beside ``FILE`` which becomes ``FILE`` only when complete. Evidence marked sensitive leaves
only inside the password envelope, or when the user asks for it (``include_sensitive``); otherwise it is left out,
and the result says how much was. What is written is always a package this release reads back: no text over its
limit (the services refuse it), no more members than a package may hold, no member compressed further than a reader
allows. An assessment that was itself received as a package (a focal point sending back their part) is written with
the identity, part and base it was received with, so that the sender can merge it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import json
import os
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy.orm import Session

import assess
from assess import assessments, evidence, evidence_files, findings, frameworks, targets
from assess.errors import Cancelled, InvalidInput
from assess.merge import Fields, Identity, identity_json, received_from
from assess.merge import figures as figure_merge
from assess.paths import replaced_when_written
from assess.users import current_user
from assess.vocabulary import EvidenceKind
from db import Store
from db.models import utcnow
from exports.exchange import crypto as package_crypto
from exports.exchange.selection import chosen_items
from exports.exchange.spec import (
    FORMAT,
    FORMAT_VERSION,
    FRAMEWORK,
    JSON_RATIO_FLOOR,
    MANIFEST,
    MAX_MEMBERS,
    MAX_RATIO,
    RESPONSES,
    RESPONSES_FORMAT,
    evidence_member,
    timestamp,
)

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Part:
    """What a package will hold, gathered from the database; written by :func:`write`."""

    manifest: dict[str, Any]
    responses: dict[str, Any]
    framework: bytes
    files: dict[str, int]
    """SHA-256 -> size of every evidence file to include."""
    evidence_count: int
    sensitive_left_out: int = 0
    """Pieces of evidence marked sensitive that the package leaves out (files, links and citations)."""

    @property
    def codes(self) -> list[str]:
        """The item codes the package will hold, in framework order (for a preview before writing)."""
        return [str(item["code"]) for item in self.responses["items"]]

    @property
    def file_bytes(self) -> int:
        return sum(self.files.values())


@dataclass(frozen=True)
class ExportResult:
    path: Path
    items: int
    evidence: int
    files: int
    size: int
    encrypted: bool
    scrubbed: bool
    institution: str | None
    sensitive_left_out: int = 0
    """Pieces of evidence marked sensitive that were left out (neither a password nor include_sensitive)."""


def gather(
    session: Session,
    assessment_id: int | str,
    *,
    pillars: tuple[str, ...] = (),
    items: tuple[str, ...] = (),
    responsible: str | None = None,
    scrub: bool = False,
    include_sensitive: bool = True,
    user: str | None = None,
) -> Part:
    """The part to export: the chosen items of the assessment (all of them, or the part it was received as);
    evidence marked sensitive only with ``include_sensitive`` and without ``scrub``."""
    assessment = assessments.get(session, assessment_id)
    states, selection, institution = chosen_items(session, assessment.id, pillars, items, responsible)
    received = received_from(session, assessment.id)
    identity = received.identity if received is not None else Identity.of(assessment)
    attached: dict[str, list[evidence.EvidenceView]] = {}
    chosen = {state.code for state in states}
    left_out = 0
    for view in evidence.list_for(session, assessment.id):
        if view.sensitive and (scrub or not include_sensitive):
            left_out += view.item_code in chosen
        else:
            attached.setdefault(view.item_code, []).append(view)
    files: dict[str, int] = {}
    entries: list[dict[str, Any]] = []
    count = 0
    for state in states:
        response = state.response
        if received is not None:
            base, version = received.base.get(state.code, (None, None))
        else:
            base, version = Fields.of(response), response.version
        current: dict[str, Any] = Fields.of(response).to_json()
        if not scrub:
            current["updated_by"] = response.updated_by
        current["updated_at"] = timestamp(response.updated_at) if response.updated_at else None
        proofs = []
        for view in attached.get(state.code, []):
            proof: dict[str, Any] = {
                "kind": view.kind,
                "name": view.name,
                "description": view.description,
                "url": view.url,
                "citation": view.citation,
                "sha256": view.sha256 if view.kind == EvidenceKind.FILE else "",
                "size": view.size if view.kind == EvidenceKind.FILE else 0,
                "sensitive": view.sensitive,
                "added_at": timestamp(view.added_at),
            }
            if not scrub:
                proof["added_by"] = view.added_by
            proofs.append(proof)
            count += 1
            if view.kind == EvidenceKind.FILE:
                files[view.sha256] = view.size
        entries.append(
            {
                "code": state.code,
                "response": current,
                "base": {**base.to_json(), "version": version} if base is not None else None,
                "evidence": proofs,
            }
        )
    whole = not (pillars or items or responsible) and received is None
    own, figures = figure_merge.outgoing(
        session, assessment, None if whole else [s.code for s in states], received, scrub=scrub
    )
    record = frameworks.find(session, identity.framework_key, identity.framework_version)
    goals = targets.read(session, assessment)
    written = findings.read(session, assessment)
    judged: dict[str, Any] = {
        "targets": {
            "level": goals.level,
            "reason": goals.reason,
            "overrides": [{"code": o.code, "level": o.level, "reason": o.reason} for o in goals.overrides.values()],
        },
        "findings": [
            {
                "pillar": scope or None,
                "text": found.text,
                "base": received.findings.get(scope) if received is not None else found.text,
            }
            for scope, found in written.items()
        ],
    }
    manifest: dict[str, Any] = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "created_at": timestamp(utcnow()),
        "application": f"Assess {assess.__version__}",
        "scrubbed": scrub,
        "institution": institution,
        "assessment": identity_json(identity),
        "selection": {
            "pillars": list(selection.pillars),
            "items": list(selection.items),
            "responsible": selection.responsible,
        },
        "base": {"taken_at": timestamp(received.base_taken_at if received is not None else utcnow())},
    }
    if not scrub:
        manifest["created_by"] = user or current_user(session)
    if received is None:
        manifest["base"]["taken_at"] = manifest["created_at"]
    return Part(
        manifest=manifest,
        responses={
            "format": RESPONSES_FORMAT,
            "format_version": FORMAT_VERSION,
            "items": entries,
            "indicators": own,
            "figures": figures,
            **judged,
        },
        framework=json.dumps(record.document, ensure_ascii=False, sort_keys=True).encode("utf-8"),
        files=files,
        evidence_count=count,
        sensitive_left_out=left_out,
    )


def _json_bytes(document: object) -> bytes:
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")


def _info(name: str, when: dt.datetime, data: bytes | None = None) -> zipfile.ZipInfo:
    """A member's entry; given its ``data``, stored as it is when deflate would shrink it further than a reader
    allows (a JSON member of a long repeated text could)."""
    info = zipfile.ZipInfo(name, date_time=when.timetuple()[:6])
    info.compress_type = zipfile.ZIP_DEFLATED
    if data is not None and len(data) > JSON_RATIO_FLOOR and len(zlib.compress(data, 6)) * MAX_RATIO < len(data):
        info.compress_type = zipfile.ZIP_STORED
    info.external_attr = 0o100600 << 16  # a regular file, rw------- (a package may carry victims' statements)
    return info


def _store_as_is(sample: bytes) -> bool:
    """Whether to store an evidence file without deflate, judged on its first chunk: deflate gains less than 5%
    (a PDF, a photo, an office file: it would only cost time), or the file is so repetitive that deflate would
    shrink it further than a reader allows once it is past the floor of that limit."""
    probe = sample[: 256 * 1024]
    if len(probe) < 4096:
        return False
    packed = len(zlib.compress(probe, 1))
    return packed > 0.95 * len(probe) or packed * MAX_RATIO // 4 < len(probe)


def write(
    store: Store,
    part: Part,
    target: BinaryIO | package_crypto.EncryptingWriter,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> None:
    """Write ``part`` as a ZIP to ``target`` (which need not be seekable)."""
    responses_data = _json_bytes(part.responses)
    members = [
        {"name": RESPONSES, "size": len(responses_data), "sha256": hashlib.sha256(responses_data).hexdigest()},
        {"name": FRAMEWORK, "size": len(part.framework), "sha256": hashlib.sha256(part.framework).hexdigest()},
        *({"name": evidence_member(sha), "size": size, "sha256": sha} for sha, size in part.files.items()),
    ]
    if len(members) + 1 > MAX_MEMBERS:  # and the manifest
        raise InvalidInput(
            "The package would hold {count} evidence files; a package may hold at most {limit}. Send the part in "
            "pieces (a few pillars at a time); nothing was written.",
            count=f"{len(part.files):,}",
            limit=f"{MAX_MEMBERS - 3:,}",
        )
    manifest = {**part.manifest, "members": members}
    when = dt.datetime.now()
    total = sum(part.files.values())
    done = 0
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        manifest_data = _json_bytes(manifest)
        archive.writestr(_info(MANIFEST, when, manifest_data), manifest_data)
        archive.writestr(_info(RESPONSES, when, responses_data), responses_data)
        archive.writestr(_info(FRAMEWORK, when, part.framework), part.framework)
        for sha, size in part.files.items():
            digest = hashlib.sha256()
            written = 0
            chunks = evidence_files.read_chunks(store, sha)
            first = next(chunks, b"")
            info = _info(evidence_member(sha), when)
            if _store_as_is(first):
                info.compress_type = zipfile.ZIP_STORED
            with archive.open(info, "w", force_zip64=size > 2**31) as member:
                for chunk in itertools.chain([first], chunks):
                    if cancelled is not None and cancelled():
                        raise Cancelled("Writing the package was cancelled; no file was written.")
                    digest.update(chunk)
                    member.write(chunk)
                    written += len(chunk)
                    done += len(chunk)
                    if progress is not None:
                        progress(done, total)
            if written != size or digest.hexdigest() != sha:
                raise InvalidInput(
                    "The stored evidence file {name} no longer matches its SHA-256; the database may be damaged. "
                    "No package was written.",
                    name=sha[:12],
                )


def export_package(
    store: Store,
    assessment_id: int | str,
    out: str | Path,
    *,
    pillars: tuple[str, ...] = (),
    items: tuple[str, ...] = (),
    responsible: str | None = None,
    password: str | None = None,
    scrub: bool = False,
    include_sensitive: bool = False,
    user: str | None = None,
    overwrite: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    segment: int = package_crypto.SEGMENT,
) -> ExportResult:
    """Write the package file ``out``; it appears only once complete (written to a temporary file first).

    Evidence marked sensitive goes in only with a ``password`` or ``include_sensitive`` (never when scrubbed);
    the result counts what was left out.
    """
    path = Path(out).expanduser()
    if path.exists() and not overwrite:
        raise InvalidInput("{path} already exists; choose a new file name (nothing was overwritten).", path=path)
    if path.is_dir():
        raise InvalidInput("{path} is a folder; give the name of the package file to write.", path=path)
    with store.session() as session:
        part = gather(
            session,
            assessment_id,
            pillars=pillars,
            items=items,
            responsible=responsible,
            scrub=scrub,
            include_sensitive=password is not None or include_sensitive,
            user=user,
        )
    try:
        with replaced_when_written(path) as partial, partial.open("wb") as raw:
            if password is not None:
                envelope = package_crypto.EncryptingWriter(raw, password, segment=segment)
                write(store, part, envelope, progress=progress, cancelled=cancelled)
                envelope.finish()
            else:
                write(store, part, raw, progress=progress, cancelled=cancelled)
            raw.flush()
            os.fsync(raw.fileno())
    except OSError as exc:
        raise InvalidInput("Cannot write {path}: {reason}.", path=path, reason=exc.strerror or str(exc)) from None
    return ExportResult(
        path=path,
        items=len(part.responses["items"]),
        evidence=part.evidence_count,
        files=len(part.files),
        size=path.stat().st_size,
        encrypted=password is not None,
        scrubbed=scrub,
        institution=part.manifest["institution"],
        sensitive_left_out=part.sensitive_left_out,
    )
