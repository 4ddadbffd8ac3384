"""Writing an exchange package: an assessment, or the part of it an institution fills in, as one file.

The part (its items and the figures of the indicators that inform them) is gathered through the services
(:func:`gather`), then written as a ZIP (evidence
streamed from the database chunk by chunk, each file checked against its SHA-256 on the way),
optionally inside the password envelope, to ``FILE.part`` which becomes ``FILE`` only when
complete. An assessment that was itself received as a package (a focal point sending back
their part) is written with the identity, part and base it was received with, so that the
sender can merge it.
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
from assess import assessments, evidence, evidence_files, frameworks, scoring
from assess.errors import Cancelled, InvalidInput
from assess.merge import Fields, Identity, Selection, identity_json, received_from
from assess.merge import figures as figure_merge
from assess.users import current_user
from assess.vocabulary import EvidenceKind
from db import Store
from db.models import utcnow
from exports.exchange import crypto as package_crypto
from exports.exchange.spec import (
    FORMAT,
    FORMAT_VERSION,
    FRAMEWORK,
    MANIFEST,
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


def _selected(
    session: Session, assessment_id: int, pillars: tuple[str, ...], items: tuple[str, ...], responsible: str | None
) -> tuple[list[scoring.ItemState], Selection, str | None]:
    assessment = assessments.get(session, assessment_id)
    states = scoring.item_states(session, assessment.id)
    framework = frameworks.loaded(assessment.framework)
    roots = {r.code for r in framework.roots()}
    unknown = [p for p in pillars if p not in roots]
    if unknown:
        raise InvalidInput(
            "Unknown pillar {pillars}; use one of {choices}.",
            pillars=", ".join(unknown),
            choices=", ".join(sorted(roots)),
        )
    codes = {s.code for s in states}
    for code in items:
        if code in codes:
            continue
        if framework.has(code):
            raise InvalidInput(
                "{code} is context, not an assessable item; give assessable item codes such as PROS-1.i or WG-11.b.",
                code=code,
            )
        raise InvalidInput(
            "{code} is not an item of this framework; give assessable item codes such as PROS-1.i or WG-11.b.",
            code=code,
        )
    received = received_from(session, assessment.id)
    if pillars or items:
        selection = Selection(tuple(pillars), tuple(items), None)
        states = [s for s in states if s.pillar in pillars or s.code in items]
    elif received is not None:
        selection = received.selection
        states = [s for s in states if s.code in received.base]
    else:
        selection = Selection()
    institution = received.institution if received is not None else None
    if responsible is not None:
        known = {name.casefold(): name for name in assessments.institutions(session, assessment.id)}
        name = known.get(" ".join(responsible.split()).casefold())
        if name is None:
            listed = ", ".join(sorted(known.values()))
            if not listed:
                raise InvalidInput(
                    "No institution named {name} in this assessment (known: none yet).", name=repr(responsible)
                )
            raise InvalidInput(
                "No institution named {name} in this assessment (known: {known}).", name=repr(responsible), known=listed
            )
        states = [s for s in states if name.casefold() in (i.casefold() for i in s.response.institutions)]
        selection = Selection(selection.pillars, selection.items, name)
        institution = name
    if not states:
        raise InvalidInput("No item of the assessment matches that choice; nothing was written.")
    return states, selection, institution


def gather(
    session: Session,
    assessment_id: int | str,
    *,
    pillars: tuple[str, ...] = (),
    items: tuple[str, ...] = (),
    responsible: str | None = None,
    scrub: bool = False,
    user: str | None = None,
) -> Part:
    """The part to export: the chosen items of the assessment (all of them, or the part it was received as)."""
    assessment = assessments.get(session, assessment_id)
    states, selection, institution = _selected(session, assessment.id, pillars, items, responsible)
    received = received_from(session, assessment.id)
    identity = received.identity if received is not None else Identity.of(assessment)
    attached: dict[str, list[evidence.EvidenceView]] = {}
    for view in evidence.list_for(session, assessment.id):
        if not (scrub and view.sensitive):
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
        session,
        assessment,
        None if whole else [s.code for s in states],
        received.figure_base if received is not None else None,
        base_complete=received is not None and received.indicators_sent is not None,
        scrub=scrub,
    )
    record = frameworks.find(session, identity.framework_key, identity.framework_version)
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
        },
        framework=json.dumps(record.document, ensure_ascii=False, sort_keys=True).encode("utf-8"),
        files=files,
        evidence_count=count,
    )


def _json_bytes(document: object) -> bytes:
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")


def _info(name: str, when: dt.datetime) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=when.timetuple()[:6])
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o100644 << 16  # a regular file, rw-r--r--
    return info


def _incompressible(sample: bytes) -> bool:
    """Whether deflate gains less than 5% on the first chunk of a file."""
    probe = sample[: 256 * 1024]
    return len(probe) >= 4096 and len(zlib.compress(probe, 1)) > 0.95 * len(probe)


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
    manifest = {**part.manifest, "members": members}
    when = dt.datetime.now()
    total = sum(part.files.values())
    done = 0
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        archive.writestr(_info(MANIFEST, when), _json_bytes(manifest))
        archive.writestr(_info(RESPONSES, when), responses_data)
        archive.writestr(_info(FRAMEWORK, when), part.framework)
        for sha, size in part.files.items():
            digest = hashlib.sha256()
            written = 0
            chunks = evidence_files.read_chunks(store, sha)
            first = next(chunks, b"")
            info = _info(evidence_member(sha), when)
            if _incompressible(first):  # a PDF, a photo, an office file: deflate would only cost time
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
    user: str | None = None,
    overwrite: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    segment: int = package_crypto.SEGMENT,
) -> ExportResult:
    """Write the package file ``out``; it appears only once complete (written to ``out.part`` first)."""
    path = Path(out).expanduser()
    if path.exists() and not overwrite:
        raise InvalidInput("{path} already exists; choose a new file name (nothing was overwritten).", path=path)
    if path.is_dir():
        raise InvalidInput("{path} is a folder; give the name of the package file to write.", path=path)
    with store.session() as session:
        part = gather(
            session, assessment_id, pillars=pillars, items=items, responsible=responsible, scrub=scrub, user=user
        )
    partial = path.with_name(path.name + ".part")
    try:
        with partial.open("wb") as raw:
            if password is not None:
                envelope = package_crypto.EncryptingWriter(raw, password, segment=segment)
                write(store, part, envelope, progress=progress, cancelled=cancelled)
                envelope.finish()
            else:
                write(store, part, raw, progress=progress, cancelled=cancelled)
            raw.flush()
            os.fsync(raw.fileno())
        partial.replace(path)
    except OSError as exc:
        raise InvalidInput("Cannot write {path}: {reason}.", path=path, reason=exc.strerror or str(exc)) from None
    finally:
        partial.unlink(missing_ok=True)
    return ExportResult(
        path=path,
        items=len(part.responses["items"]),
        evidence=part.evidence_count,
        files=len(part.files),
        size=path.stat().st_size,
        encrypted=password is not None,
        scrubbed=scrub,
        institution=part.manifest["institution"],
    )
