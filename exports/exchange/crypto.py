"""The password envelope around a package: AES-256-GCM in segments, key from the password by scrypt.

Layout (all integers big-endian; the whole header is authenticated with every segment)::

    magic "ASSESS\\x1aE" (8) | envelope version (1) = 1 | KDF (1) = 1 scrypt | log2 N (1) | r (1) | p (1)
    | cipher (1) = 1 AES-256-GCM | segment size (4) | salt (16) | nonce prefix (7) | password check (16)
    then segments: each ``segment size`` bytes of the ZIP (the last one 0 to ``segment size``), encrypted,
    with its 16-byte tag; nonce = nonce prefix | segment number (4) | 1 for the last segment else 0 (1).

scrypt gives 48 bytes: the first 32 are the AES key, the last 16 are stored as the password check, so
a wrong password is told apart from a damaged file. Numbering the segments in their nonces, and
marking the last, makes reordering, dropping or truncating segments fail authentication. Segments
are encrypted and decrypted one at a time, so memory stays at about two segments whatever the size.
"""

from __future__ import annotations

import hmac
import io
import os
import struct
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from exports.exchange.spec import BadPackage, WrongPassword

MAGIC = b"ASSESS\x1aE"
VERSION = 1
KDF_SCRYPT = 1
CIPHER_AES_GCM = 1
HEADER = struct.Struct(">8sBBBBBBI16s7s16s")
TAG = 16
SEGMENT = 1024 * 1024
LOG2_N = 17
"""scrypt's cost N = 2^17 with r = 8, p = 1: OWASP's minimum for scrypt, about 128 MiB and a second of one core
(docs/package-format.md records what it costs, measured by benchmarks/measure_scrypt.py)."""
R = 8
P = 1
MIN_LOG2_N, MAX_LOG2_N = 14, 20
MAX_R, MAX_P = 16, 4
MAX_SCRYPT_MEMORY = 512 * 1024 * 1024
MIN_SEGMENT, MAX_SEGMENT = 4 * 1024, 16 * 1024 * 1024
MAX_PASSWORD_FILE = 64 * 1024


def is_encrypted(head: bytes) -> bool:
    return head.startswith(MAGIC)


def read_password_file(path: str | Path) -> str:
    """The password in the first line of a file, without its line ending (never from the command line)."""
    file = Path(path)
    try:
        with file.open("rb") as handle:
            data = handle.read(MAX_PASSWORD_FILE + 1)
    except OSError as exc:
        raise BadPackage(
            "Cannot read the password file {path}: {reason}.", path=file, reason=exc.strerror or str(exc)
        ) from None
    if len(data) > MAX_PASSWORD_FILE:
        raise BadPackage("{path} is too large to be a password file; put the password on its first line.", path=file)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BadPackage("The password file {path} is not UTF-8 text.", path=file) from None
    line = text.split("\n", 1)[0].removesuffix("\r")
    if not line:
        raise BadPackage("The first line of the password file {path} is empty; write the password there.", path=file)
    return line


def _derive(password: str, salt: bytes, log2_n: int, r: int, p: int) -> tuple[bytes, bytes]:
    secret = unicodedata.normalize("NFC", password).encode("utf-8")
    derived = Scrypt(salt=salt, length=48, n=2**log2_n, r=r, p=p).derive(secret)
    return derived[:32], derived[32:]


def _nonce(prefix: bytes, index: int, last: bool) -> bytes:
    return prefix + struct.pack(">IB", index, 1 if last else 0)


class EncryptingWriter(io.RawIOBase):
    """A write-only stream that encrypts what is written to ``target`` segment by segment.

    It tells its position but cannot seek, so :mod:`zipfile` writes a streamed ZIP into it.
    Call :meth:`finish` after the ZIP is closed to write the last segment.
    """

    def __init__(self, target: BinaryIO, password: str, *, segment: int = SEGMENT, log2_n: int | None = None) -> None:
        super().__init__()
        log2_n = LOG2_N if log2_n is None else log2_n
        if not password:
            raise BadPackage("The password is empty.")
        salt, prefix = os.urandom(16), os.urandom(7)
        key, check = _derive(password, salt, log2_n, R, P)
        self._header = HEADER.pack(
            MAGIC, VERSION, KDF_SCRYPT, log2_n, R, P, CIPHER_AES_GCM, segment, salt, prefix, check
        )
        self._aead = AESGCM(key)
        self._prefix = prefix
        self._segment = segment
        self._target = target
        self._buffer = bytearray()
        self._index = 0
        self._position = 0
        self._finished = False
        target.write(self._header)

    def writable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._position

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        if self._finished:
            raise ValueError("the package was already finished")
        view = memoryview(data)
        self._buffer += view
        self._position += len(view)
        while len(self._buffer) > self._segment:  # more follows, so this segment is not the last
            self._emit(bytes(self._buffer[: self._segment]), last=False)
            del self._buffer[: self._segment]
        return len(view)

    def _emit(self, plain: bytes, last: bool) -> None:
        nonce = _nonce(self._prefix, self._index, last)
        self._target.write(self._aead.encrypt(nonce, plain, self._header))
        self._index += 1

    def finish(self) -> None:
        if not self._finished:
            self._emit(bytes(self._buffer), last=True)
            self._buffer.clear()
            self._finished = True


class DecryptingReader(io.RawIOBase):
    """A seekable, read-only view of the ZIP inside an envelope; every segment is authenticated as it is read."""

    def __init__(self, source: BinaryIO, password: str, label: str) -> None:
        super().__init__()
        self._label = label
        source.seek(0, os.SEEK_END)
        total = source.tell()
        source.seek(0)
        raw = source.read(HEADER.size)
        if len(raw) < HEADER.size:
            raise BadPackage(
                "{label} is truncated: its password envelope is incomplete. Ask for the file again.", label=label
            )
        fields = HEADER.unpack(raw)
        magic, salt, prefix, check = bytes(fields[0]), bytes(fields[8]), bytes(fields[9]), bytes(fields[10])
        version, kdf, log2_n, r, p, cipher, segment = (int(v) for v in fields[1:8])
        if magic != MAGIC:
            raise BadPackage("{label} is not a password-protected Assess package.", label=label)
        if version > VERSION:
            raise BadPackage(
                "{label} was protected by a newer release of Assess (envelope version {version}). "
                "Install the newer release to open it; nothing was changed.",
                label=label,
                version=version,
            )
        memory = 128 * r * 2**log2_n
        if (
            version != VERSION
            or kdf != KDF_SCRYPT
            or cipher != CIPHER_AES_GCM
            or not MIN_LOG2_N <= log2_n <= MAX_LOG2_N
            or not 1 <= r <= MAX_R
            or not 1 <= p <= MAX_P
            or memory > MAX_SCRYPT_MEMORY
            or not MIN_SEGMENT <= segment <= MAX_SEGMENT
        ):
            raise BadPackage(
                "{label} has a damaged or unsupported password envelope; nothing was changed.", label=label
            )
        key, expected = _derive(password, salt, log2_n, r, p)
        if not hmac.compare_digest(expected, check):
            raise WrongPassword(
                "The password does not open {label} (a wrong password, or the file was altered); nothing was "
                "changed. Check the password file.",
                label=label,
            )
        body = total - HEADER.size
        stride = segment + TAG
        self._count = max(1, -(-body // stride))
        last_length = body - (self._count - 1) * stride
        if last_length < TAG:
            raise BadPackage(
                "{label} is truncated (its last encrypted part is incomplete). Ask for the file again.", label=label
            )
        self._size = (self._count - 1) * segment + last_length - TAG
        self._source = source
        self._header = raw
        self._aead = AESGCM(key)
        self._prefix = prefix
        self._segment = segment
        self._position = 0
        self._cached: tuple[int, bytes] | None = None

    @property
    def size(self) -> int:
        return self._size

    def verify(self, progress: Callable[[int, int], None] | None = None) -> None:
        """Authenticate every segment once, start to end: any altered, missing or extra byte is found."""
        for index in range(self._count):
            self._decrypt(index)
            if progress is not None:
                progress(index + 1, self._count)
        self._cached = None

    def _decrypt(self, index: int) -> bytes:
        if self._cached is not None and self._cached[0] == index:
            return self._cached[1]
        stride = self._segment + TAG
        self._source.seek(HEADER.size + index * stride)
        sealed = self._source.read(stride)
        last = index == self._count - 1
        try:
            plain = self._aead.decrypt(_nonce(self._prefix, index, last), sealed, self._header)
        except InvalidTag:
            raise BadPackage(
                "{label} has been altered or damaged (part {part} of {count} fails its "
                "authentication check). Nothing was imported; ask the sender for the file again.",
                label=self._label,
                part=index + 1,
                count=self._count,
            ) from None
        self._cached = (index, plain)
        return plain

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._position

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        base = {os.SEEK_SET: 0, os.SEEK_CUR: self._position, os.SEEK_END: self._size}[whence]
        position = base + offset
        if position < 0:
            raise OSError("negative seek position")
        self._position = position
        return position

    def read(self, size: int | None = -1) -> bytes:
        if size is None or size < 0:
            size = self._size - self._position
        end = min(self._position + size, self._size)
        parts: list[bytes] = []
        while self._position < end:
            index, offset = divmod(self._position, self._segment)
            plain = self._decrypt(index)
            piece = plain[offset : offset + (end - self._position)]
            if not piece:
                break
            parts.append(piece)
            self._position += len(piece)
        return b"".join(parts)

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)
