"""A package's manifest, checked against the archive before any other member is read.

The manifest names every member with its size and SHA-256; a package whose manifest lists a
member twice, misses one, lists one the archive lacks (or holds one it does not list), or gives a
size other than the archive's is refused before anything is decompressed but the manifest itself.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from exports.exchange.archive import ZIP_ERRORS
from exports.exchange.spec import (
    EVIDENCE_PREFIX,
    FORMAT,
    FRAMEWORK,
    MANIFEST,
    READ_BLOCK,
    RESPONSES,
    BadPackage,
    check_version,
    evidence_member,
    parse_json,
    validate,
)

if TYPE_CHECKING:
    from exports.exchange.read import Package


def check_manifest(package: Package, entries: dict[str, zipfile.ZipInfo], label: str) -> dict[str, Any]:
    if MANIFEST not in entries:
        raise BadPackage(
            "{label} is not an Assess package: it has no {member}. Nothing was imported.", label=label, member=MANIFEST
        )
    info = entries[MANIFEST]
    package.sizes[MANIFEST] = (info.file_size, "")
    manifest = parse_json(b"".join(_bounded(package, MANIFEST, info.file_size)), label, MANIFEST)
    check_version(manifest, MANIFEST, FORMAT)
    validate(manifest, "manifest", f"{label}: {MANIFEST}")
    listed: dict[str, tuple[int, str]] = {}
    for member in manifest["members"]:
        if member["name"] in listed:
            raise BadPackage(
                "{label} is not a safe Assess package: its manifest lists {name} twice. Nothing was imported.",
                label=label,
                name=member["name"],
            )
        listed[member["name"]] = (member["size"], member["sha256"])
    present = set(entries) - {MANIFEST}
    missing = sorted(set(listed) - present)
    extra = sorted(present - set(listed))
    if missing:
        raise BadPackage(
            "{label} is incomplete: its manifest lists {name}, which is missing. Nothing was imported.",
            label=label,
            name=missing[0],
        )
    if extra:
        raise BadPackage(
            "{label} is not a safe Assess package: it holds {name}, which its manifest does not list. "
            "Nothing was imported.",
            label=label,
            name=extra[0],
        )
    for required in (RESPONSES, FRAMEWORK):
        if required not in listed:
            raise BadPackage(
                "{label} is incomplete: it has no {member}. Nothing was imported.", label=label, member=required
            )
    for name, (size, sha) in listed.items():
        if entries[name].file_size != size:
            raise BadPackage(
                "{label} is not a safe Assess package: {name} is {size} bytes, but its manifest says {declared}. "
                "Nothing was imported.",
                label=label,
                name=name,
                size=f"{entries[name].file_size:,}",
                declared=f"{size:,}",
            )
        if name.startswith(EVIDENCE_PREFIX) and name != evidence_member(sha):
            raise BadPackage(
                "{label} is not a safe Assess package: {name} is not named after its SHA-256. Nothing was imported.",
                label=label,
                name=name,
            )
    package.sizes.update(listed)
    return dict(manifest)


def _bounded(package: Package, name: str, size: int) -> Iterator[bytes]:
    count = 0
    try:
        with package.archive.open(name) as member:
            while block := member.read(READ_BLOCK):
                count += len(block)
                if count > size:
                    raise BadPackage(
                        "{label} is not a safe Assess package: {name} holds more than it declares. "
                        "Nothing was imported.",
                        label=package.path.name,
                        name=name,
                    )
                yield block
    except ZIP_ERRORS as exc:
        raise BadPackage(
            "{label}: {name} is damaged ({error}). Nothing was imported.",
            label=package.path.name,
            name=name,
            error=str(exc),
        ) from None
