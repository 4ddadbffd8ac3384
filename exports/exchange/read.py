"""Opening an exchange package someone sent: every check before anything is used, then a :class:`Contribution`.

A package comes from outside and may be broken or hostile. In order, before any byte of a
member is decompressed: the envelope (password, then every segment authenticated), the ZIP's
central directory (safe member names only, no links, folders or duplicates, no overlapping
members, sizes and compression ratios within limits), then the manifest (its format version,
its schema, the members it lists against those present, with their sizes). Then each member is
streamed once to check its SHA-256, counting bytes and stopping past the declared size, and
the responses and framework are checked. Evidence content is streamed again, and checked
again, when it is stored (:func:`assess.merge.store_content`). Any problem is one
:class:`BadPackage` saying what is wrong; nothing is ever extracted to disk.
"""

from __future__ import annotations

import hashlib
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType
from typing import IO, Any

import framework as fw
from assess.errors import InvalidInput
from assess.merge import Contribution, IncomingFinding, IncomingTargets, Selection
from assess.merge.received import identity_from_json
from exports.exchange import crypto as package_crypto
from exports.exchange.archive import ZIP_ERRORS, Limits, check_directory, check_entries
from exports.exchange.items import items_of
from exports.exchange.manifest import check_manifest
from exports.exchange.spec import (
    EVIDENCE_PREFIX,
    FRAMEWORK,
    MANIFEST,
    READ_BLOCK,
    RESPONSES,
    RESPONSES_FORMAT,
    BadPackage,
    PasswordNeeded,
    check_version,
    evidence_member,
    parse_json,
    parse_timestamp,
    validate,
)


class Package:
    """An open, checked package; close it (or use ``with``) when done."""

    def __init__(self, path: Path, raw: IO[bytes], archive: zipfile.ZipFile, encrypted: bool) -> None:
        self.path = path
        self.encrypted = encrypted
        self._raw = raw
        self.archive = archive
        self.sizes: dict[str, tuple[int, str]] = {}
        """Each member's size and SHA-256, as the manifest lists them (checked against the archive)."""
        self.manifest: dict[str, Any] = {}
        self._contribution: Contribution | None = None

    @property
    def contribution(self) -> Contribution:
        assert self._contribution is not None
        return self._contribution

    def __enter__(self) -> Package:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        self.archive.close()
        self._raw.close()

    def stream(self, name: str) -> Iterator[bytes]:
        """A member's bytes, block by block, checked against the size and SHA-256 the manifest gives."""
        size, sha = self.sizes[name]
        digest = hashlib.sha256()
        count = 0
        try:
            with self.archive.open(name) as member:
                while block := member.read(READ_BLOCK):
                    count += len(block)
                    if count > size:
                        raise BadPackage(
                            "{label}: {name} holds more than the {size} bytes its manifest says.",
                            label=self._label,
                            name=name,
                            size=f"{size:,}",
                        )
                    digest.update(block)
                    yield block
        except ZIP_ERRORS as exc:
            raise BadPackage(
                "{label}: {name} is damaged ({error}). Ask the sender for the file again.",
                label=self._label,
                name=name,
                error=str(exc),
            ) from None
        if count != size or digest.hexdigest() != sha:
            if name.startswith(EVIDENCE_PREFIX):
                raise BadPackage(
                    "{label}: the evidence file {name} does not match the SHA-256 in its manifest; the package was "
                    "altered or damaged. Nothing was imported.",
                    label=self._label,
                    name=name,
                )
            raise BadPackage(
                "{label}: the member {name} does not match the SHA-256 in its manifest; the package was "
                "altered or damaged. Nothing was imported.",
                label=self._label,
                name=name,
            )

    def read(self, name: str) -> bytes:
        return b"".join(self.stream(name))

    @property
    def _label(self) -> str:
        return self.path.name


def _json(package: Package, name: str) -> Any:
    return parse_json(package.read(name), package.path.name, name)


def _open_source(path: Path, password: str | None) -> tuple[IO[bytes], IO[bytes], bool]:
    label = path.name
    if not path.exists():
        raise InvalidInput("{path} does not exist; check the path.", path=path)
    if not path.is_file():
        raise InvalidInput("{path} is not a file.", path=path)
    try:
        raw = path.open("rb")
    except OSError as exc:
        raise InvalidInput("{path} cannot be read: {reason}.", path=path, reason=exc.strerror or str(exc)) from None
    try:
        head = raw.read(8)
        raw.seek(0)
        if package_crypto.is_encrypted(head):
            if password is None:
                raise PasswordNeeded(
                    "{label} is protected by a password; give the password to open it "
                    "(on the command line: --password-file FILE).",
                    label=label,
                )
            reader = package_crypto.DecryptingReader(raw, password, label)
            reader.verify()
            return raw, reader, True  # type: ignore[return-value]
        if not head.startswith(b"PK"):
            raise BadPackage(
                "{label} is not an Assess package (it is not a ZIP file). Nothing was imported.", label=label
            )
        return raw, raw, False
    except BaseException:
        raw.close()
        raise


def open_package(
    path: str | Path,
    password: str | None = None,
    *,
    limits: Limits | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Package:
    """Open and check the package at ``path``; the result holds the :class:`Contribution` to import or merge.

    ``progress(done, total)`` follows the check of every member's SHA-256, in bytes.
    """
    file = Path(path).expanduser()
    label = file.name
    limits = limits or Limits.default()
    raw, source, encrypted = _open_source(file, password)
    try:
        check_directory(source, label, limits)
        archive = zipfile.ZipFile(source)
    except ZIP_ERRORS:
        raw.close()
        raise BadPackage(
            "{label} is damaged or truncated (it is not a complete ZIP file). Ask the sender for it again; "
            "nothing was imported.",
            label=label,
        ) from None
    except BaseException:
        raw.close()
        raise
    package = Package(file, raw, archive, encrypted)
    try:
        entries = check_entries(archive, label, limits)
        package.manifest = check_manifest(package, entries, label)
        total = sum(size for name, (size, _) in package.sizes.items() if name != MANIFEST)
        done = 0
        for name in package.sizes:
            if name != MANIFEST:
                for block in package.stream(name):
                    done += len(block)
                    if progress is not None:
                        progress(done, total)
        package._contribution = _contribution(package)
    except BaseException:
        package.close()
        raise
    return package


def _contribution(package: Package) -> Contribution:
    label = package.path.name
    manifest = package.manifest
    try:
        framework = fw.load_bytes(package.read(FRAMEWORK), f"{label}: {FRAMEWORK}")
    except fw.FrameworkError as exc:
        raise BadPackage("{problem}. Nothing was imported.", problem=exc.text) from None
    identity = identity_from_json(manifest["assessment"])
    if (framework.id, framework.version) != (identity.framework_key, identity.framework_version):
        raise BadPackage(
            "{label} is not a safe Assess package: its {member} is not the framework its manifest names. "
            "Nothing was imported.",
            label=label,
            member=FRAMEWORK,
        )
    document = _json(package, RESPONSES)
    check_version(document, RESPONSES, RESPONSES_FORMAT)
    validate(document, "responses", f"{label}: {RESPONSES}")
    selection = manifest["selection"]
    archive_names = set(package.sizes)

    def read_evidence(sha256: str) -> Iterator[bytes]:
        name = evidence_member(sha256)
        if name not in archive_names:
            raise BadPackage("{label}: the evidence file {name} is missing.", label=label, name=sha256[:12])
        return package.stream(name)

    return Contribution(
        identity=identity,
        institution=manifest["institution"],
        source=label,
        base_taken_at=parse_timestamp(manifest["base"]["taken_at"]),
        selection=Selection(tuple(selection["pillars"]), tuple(selection["items"]), selection["responsible"]),
        items=items_of(package, document, framework, (identity.scale_min, identity.scale_max)),
        framework=framework,
        scrubbed=manifest["scrubbed"],
        read_evidence=read_evidence,
        created_by=manifest.get("created_by", ""),
        findings=tuple(
            IncomingFinding(entry["pillar"] or "", entry["text"], entry["base"])
            for entry in document.get("findings", ())
        ),
        targets=_targets(document.get("targets")),
    )


def _targets(data: dict[str, Any] | None) -> IncomingTargets | None:
    """The targets a package carries (checked by its schema); None for a package written before targets were."""
    if data is None:
        return None
    overrides = tuple((o["code"], int(o["level"]), o["reason"]) for o in data["overrides"])
    return IncomingTargets(int(data["level"]), data["reason"], overrides)
