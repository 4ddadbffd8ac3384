"""The first line of defence against a hostile package or workbook: its ZIP central directory, checked before any
member is read.

The size of the directory and its count of members are read from the ZIP's last record before the
directory itself is (:func:`check_directory`): a directory of millions of entries would take gigabytes
as :mod:`zipfile` reads it. Then, in one pass over the entries: only safe member names (no absolute paths, drive letters, ``..``, backslashes or control
characters), only regular files (no links, folders or special entries), no duplicates, no
overlapping members, no ZIP encryption or unusual compression, and sizes and compression
ratios within :class:`Limits` for every member and the whole. Nothing is decompressed here. A workbook (.xlsx) is a ZIP file too, and goes
through the same checks with its own names (:data:`WORKBOOK`).
"""

from __future__ import annotations

import re
import stat
import struct
import zipfile
import zlib
from dataclasses import dataclass
from typing import IO

from assess.messages import UserText, megabytes
from assess.settings import load_settings
from exports.exchange.spec import (
    FRAMEWORK,
    JSON_MEMBERS,
    JSON_RATIO_FLOOR,
    MANIFEST,
    MAX_DIRECTORY_BYTES,
    MAX_FRAMEWORK_BYTES,
    MAX_MANIFEST_BYTES,
    MAX_MEMBERS,
    MAX_RATIO,
    MAX_RESPONSES_BYTES,
    MAX_TOTAL_BYTES,
    PACKAGE_RATIO_FLOOR,
    RATIO_FLOOR,
    RESPONSES,
    BadPackage,
)

ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, ValueError, NotImplementedError, OSError)
SAFE_NAME = re.compile(r"^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$")
WORKBOOK_NAME = re.compile(r"^[A-Za-z0-9._\[\]-]+(/[A-Za-z0-9._\[\]-]+)*$")
"""A workbook's members also use brackets ("[Content_Types].xml")."""
LOCAL_HEADER = 30
END_RECORD = b"PK\x05\x06"
END_RECORD_SIZE = 22
ZIP64_LOCATOR = b"PK\x06\x07"
ZIP64_LOCATOR_SIZE = 20
ZIP64_END_RECORD = b"PK\x06\x06"
LARGEST_COMMENT = 0xFFFF


@dataclass(frozen=True)
class Container:
    """What kind of ZIP file is checked: how its members are named, and what a refusal calls it."""

    noun: UserText
    names: re.Pattern[str]


PACKAGE = Container(UserText("Assess package"), SAFE_NAME)
WORKBOOK = Container(UserText("workbook"), WORKBOOK_NAME)


@dataclass(frozen=True)
class Limits:
    """How large a package may be; the evidence limit is the user's setting for attached files."""

    evidence_bytes: int
    total_bytes: int = MAX_TOTAL_BYTES
    ratio: int = MAX_RATIO
    members: int = MAX_MEMBERS

    @classmethod
    def default(cls) -> Limits:
        return cls(evidence_bytes=load_settings().max_evidence_bytes)

    def member_bytes(self, name: str) -> int:
        caps = {MANIFEST: MAX_MANIFEST_BYTES, RESPONSES: MAX_RESPONSES_BYTES, FRAMEWORK: MAX_FRAMEWORK_BYTES}
        return caps.get(name, self.evidence_bytes)

    @staticmethod
    def ratio_floor(name: str) -> int:
        """How large a member may be once decompressed before its expansion is limited."""
        return JSON_RATIO_FLOOR if name in JSON_MEMBERS else RATIO_FLOOR


def check_directory(source: IO[bytes], label: str, limits: Limits) -> None:
    """Refuse a ZIP whose last record announces more members, or a larger list of them, than a package may hold,
    before :mod:`zipfile` reads that list. A file with no such record is left to :mod:`zipfile` to refuse."""
    end = source.seek(0, 2)
    start = max(0, end - END_RECORD_SIZE - LARGEST_COMMENT)
    source.seek(start)
    tail = source.read(end - start)
    at = tail.rfind(END_RECORD)
    if at >= 0 and len(tail) - at >= END_RECORD_SIZE:
        count, size = struct.unpack("<HI", tail[at + 10 : at + 16])
        locator = at - ZIP64_LOCATOR_SIZE
        if locator >= 0 and tail[locator : locator + 4] == ZIP64_LOCATOR:
            (offset,) = struct.unpack("<Q", tail[locator + 8 : locator + 16])
            if offset < end:
                source.seek(offset)
                record = source.read(56)
                if len(record) == 56 and record[:4] == ZIP64_END_RECORD:
                    count, size = struct.unpack("<QQ", record[32:48])
        if count > limits.members or size > limits.members * MAX_DIRECTORY_BYTES // MAX_MEMBERS:
            raise BadPackage(
                "{label} is not a safe Assess package: it holds {count} members; at most {limit} are allowed. "
                "Nothing was imported.",
                label=label,
                count=f"{max(count, size // 46):,}",  # an entry takes at least 46 bytes
                limit=f"{limits.members:,}",
            )
    source.seek(0)


def _check_name(label: str, info: zipfile.ZipInfo, container: Container) -> str:
    name = info.orig_filename
    why = None
    if "\x00" in name or any(ord(c) < 32 for c in name):
        why = UserText("control characters")
    elif name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        why = UserText("an absolute path")
    elif "\\" in name:
        why = UserText("a backslash")
    elif any(part in ("", ".", "..") for part in name.split("/")):
        if ".." in name.split("/"):
            why = UserText("a path that leaves the package")
        else:
            why = UserText("an empty or '.' path part")
    elif not container.names.match(name):
        why = UserText("characters a package member never has")
    if why is not None:
        raise BadPackage(
            "{label} is not a safe {container}: it holds a member named {name} ({why}). Nothing was imported.",
            label=label,
            container=container.noun,
            name=repr(name),
            why=why,
        )
    return name


def check_entries(
    archive: zipfile.ZipFile, label: str, limits: Limits, container: Container = PACKAGE
) -> dict[str, zipfile.ZipInfo]:
    """Check the central directory before anything is decompressed; return the members by name."""
    infos = archive.infolist()
    if len(infos) > limits.members:
        raise BadPackage(
            "{label} is not a safe {container}: it holds {count} members; at most {limit} are allowed. "
            "Nothing was imported.",
            label=label,
            container=container.noun,
            count=f"{len(infos):,}",
            limit=f"{limits.members:,}",
        )
    found: dict[str, zipfile.ZipInfo] = {}
    folded: set[str] = set()  # the names in lower case: two names that differ only in case are the same on Windows
    total = packed = 0
    for info in infos:
        name = _check_name(label, info, container)
        mode = info.external_attr >> 16
        if info.is_dir() or stat.S_IFMT(mode) not in (0, stat.S_IFREG):  # 0: no Unix type recorded (Windows)
            if stat.S_ISLNK(mode):
                raise BadPackage(
                    "{label} is not a safe {container}: its member {name} is a symbolic link, not a file. "
                    "Nothing was imported.",
                    label=label,
                    container=container.noun,
                    name=name,
                )
            if info.is_dir():
                raise BadPackage(
                    "{label} is not a safe {container}: its member {name} is a folder, not a file. "
                    "Nothing was imported.",
                    label=label,
                    container=container.noun,
                    name=name,
                )
            raise BadPackage(
                "{label} is not a safe {container}: its member {name} is a special file, not a file. "
                "Nothing was imported.",
                label=label,
                container=container.noun,
                name=name,
            )
        if name.casefold() in folded:
            raise BadPackage(
                "{label} is not a safe {container}: it holds the member {name} twice. Nothing was imported.",
                label=label,
                container=container.noun,
                name=name,
            )
        if info.flag_bits & 0x1:
            raise BadPackage(
                "{label} is not a safe {container}: its member {name} is encrypted with a ZIP password. "
                "Nothing was imported.",
                label=label,
                container=container.noun,
                name=name,
            )
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise BadPackage(
                "{label} is not a safe {container}: its member {name} uses an unsupported compression. "
                "Nothing was imported.",
                label=label,
                container=container.noun,
                name=name,
            )
        if info.compress_type == zipfile.ZIP_STORED and info.compress_size != info.file_size:
            raise BadPackage(
                "{label} is not a safe {container}: its member {name} gives two different sizes. Nothing was imported.",
                label=label,
                container=container.noun,
                name=name,
            )
        cap = limits.member_bytes(name)
        if info.file_size > cap:
            raise BadPackage(
                "{label} is not a safe {container}: its member {name} would decompress to {size} "
                "(limit {limit}). Nothing was imported.",
                label=label,
                container=container.noun,
                name=name,
                size=megabytes(info.file_size),
                limit=megabytes(cap),
            )
        if info.file_size > limits.ratio_floor(name) and info.file_size > max(info.compress_size, 1) * limits.ratio:
            raise BadPackage(
                "{label} is not a safe {container}: its member {name} would expand {ratio} times when "
                "decompressed (at most {limit} allowed): a 'zip bomb'. Nothing was imported.",
                label=label,
                container=container.noun,
                name=name,
                ratio=f"{info.file_size // max(info.compress_size, 1):,}",
                limit=limits.ratio,
            )
        total += info.file_size
        packed += info.compress_size
        if total > limits.total_bytes:
            raise BadPackage(
                "{label} is not a safe {container}: its members would decompress to more than {limit} in all. "
                "Nothing was imported.",
                label=label,
                container=container.noun,
                limit=megabytes(limits.total_bytes),
            )
        found[name] = info
        folded.add(name.casefold())
    if total > PACKAGE_RATIO_FLOOR and total > max(packed, 1) * limits.ratio:
        raise BadPackage(
            "{label} is not a safe {container}: its members would expand {ratio} times when decompressed, to "
            "{size} (at most {limit} times allowed): a 'zip bomb'. Nothing was imported.",
            label=label,
            container=container.noun,
            ratio=f"{total // max(packed, 1):,}",
            size=megabytes(total),
            limit=limits.ratio,
        )
    by_offset = sorted(infos, key=lambda i: i.header_offset)
    ends = [i.header_offset for i in by_offset[1:]] + [archive.start_dir]
    for info, end in zip(by_offset, ends, strict=True):
        if info.header_offset + LOCAL_HEADER + len(info.orig_filename.encode()) + info.compress_size > end:
            raise BadPackage(
                "{label} is not a safe {container}: its member {name} overlaps another member. Nothing was imported.",
                label=label,
                container=container.noun,
                name=info.orig_filename,
            )
    return found
