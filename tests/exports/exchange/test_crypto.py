"""Password-protected packages: unreadable without the password, and any change to the file is detected."""

# ruff: noqa: F811  (pytest fixtures imported from tests.exports.exchange.package_fixtures are parameters here)

from __future__ import annotations

import io
import os
import random
from pathlib import Path

import pytest

from assess import merge
from assess.cli.main import main
from db import Store
from exports.exchange import crypto as package_crypto
from exports.exchange.crypto import HEADER, SEGMENT, TAG, DecryptingReader, EncryptingWriter, read_password_file
from exports.exchange.read import open_package
from exports.exchange.spec import BadPackage, PasswordNeeded, WrongPassword
from exports.exchange.write import export_package
from tests.exports.exchange.package_fixtures import (  # noqa: F401  (the fixtures are used by name)
    REVIEW,
    demo_template,
    fingerprint,
    focal,
    members,
    secretariat,
)

PASSWORD = "Meridia task force 2026"
SMALL = 4096  # segments of 4 KiB, so that a small package has many
SHIPPED_LOG2_N = package_crypto.LOG2_N  # read when the tests are collected, before any test lowers it


@pytest.fixture
def sealed(secretariat: Store, tmp_path: Path) -> Path:
    return export_package(secretariat, REVIEW, tmp_path / "sealed.assess", password=PASSWORD, segment=SMALL).path


def test_an_encrypted_package_opens_with_its_password_and_holds_the_same_content(
    secretariat: Store, focal: Store, sealed: Path, tmp_path: Path
) -> None:
    plain = export_package(secretariat, REVIEW, tmp_path / "plain.assess").path
    with open_package(sealed, PASSWORD) as package:
        assert package.encrypted
        with focal.session() as session:
            created = merge.import_new(session, package.contribution)
    again = export_package(focal, created.id, tmp_path / "again.assess").path
    first, second = members(plain), members(again)
    first.pop("manifest.json"), second.pop("manifest.json")
    assert first == second
    assert (sealed.stat().st_size - HEADER.size) // (SMALL + TAG) > 5


def test_nothing_inside_is_readable_without_the_password(sealed: Path) -> None:
    data = sealed.read_bytes()
    assert data.startswith(package_crypto.MAGIC)
    for visible in (b"manifest.json", b"responses.json", b"PK\x03\x04", b"Meridia", b"Ministry"):
        assert visible not in data


def test_without_a_password_it_is_refused(sealed: Path) -> None:
    with pytest.raises(
        PasswordNeeded,
        match=r"protected by a password; give the password to open it \(on the command line: --password-file FILE\)",
    ):
        open_package(sealed)


def test_a_wrong_password_is_refused_and_nothing_changes(
    secretariat: Store, sealed: Path, tmp_path: Path, capsys
) -> None:
    assert secretariat.path is not None
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("Meridia task force 2025\n")
    before = fingerprint(secretariat.path)
    assert main(["--db", str(secretariat.path), "import", str(sealed), "--password-file", str(wrong)]) == 1
    assert "The password does not open sealed.assess" in capsys.readouterr().err
    assert fingerprint(secretariat.path) == before
    with pytest.raises(WrongPassword):
        open_package(sealed, "")


def _segments(path: Path) -> int:
    return -(-(path.stat().st_size - HEADER.size) // (SMALL + TAG))


def _flip(path: Path, offset: int, target: Path) -> Path:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    target.write_bytes(bytes(data))
    return target


@pytest.mark.parametrize("region", ["magic", "version", "kdf", "log2 N", "segment size", "salt", "nonce", "check"])
def test_a_changed_header_byte_is_detected(sealed: Path, tmp_path: Path, region: str) -> None:
    offsets = {
        "magic": 3,
        "version": 8,
        "kdf": 9,
        "log2 N": 10,
        "segment size": 15,
        "salt": 20,
        "nonce": 36,
        "check": 45,
    }
    changed = _flip(sealed, offsets[region], tmp_path / "changed.assess")
    with pytest.raises(BadPackage):
        open_package(changed, PASSWORD)


def test_a_changed_byte_anywhere_in_the_ciphertext_is_detected(sealed: Path, tmp_path: Path) -> None:
    size = sealed.stat().st_size
    picks = [*random.Random(5).sample(range(HEADER.size, size), 12), HEADER.size, size - 1, size - TAG - 1]
    for offset in picks:
        changed = _flip(sealed, offset, tmp_path / "changed.assess")
        with pytest.raises(BadPackage, match="has been altered or damaged"):
            open_package(changed, PASSWORD)


@pytest.mark.parametrize("how", ["last segment dropped", "cut mid-segment", "header only", "extra byte", "swapped"])
def test_a_truncated_or_rearranged_file_is_detected(sealed: Path, tmp_path: Path, how: str) -> None:
    data = sealed.read_bytes()
    stride = SMALL + TAG
    count = _segments(sealed)
    body = data[HEADER.size :]
    parts = [body[i * stride : (i + 1) * stride] for i in range(count)]
    changed = {
        "last segment dropped": data[: HEADER.size + (count - 1) * stride],
        "cut mid-segment": data[: len(data) - stride // 2],
        "header only": data[: HEADER.size],
        "extra byte": data + b"\0",
        "swapped": data[: HEADER.size] + parts[1] + parts[0] + b"".join(parts[2:]),
    }[how]
    path = tmp_path / "changed.assess"
    path.write_bytes(changed)
    with pytest.raises(BadPackage, match=r"altered or damaged|truncated"):
        open_package(path, PASSWORD)


def test_a_dangerously_expensive_key_derivation_is_refused(sealed: Path, tmp_path: Path) -> None:
    data = bytearray(sealed.read_bytes())
    data[10] = 30  # log2 N: scrypt would need 128 GB
    path = tmp_path / "expensive.assess"
    path.write_bytes(bytes(data))
    with pytest.raises(BadPackage, match="damaged or unsupported password envelope"):
        open_package(path, PASSWORD)


def test_a_newer_envelope_version_is_refused(sealed: Path, tmp_path: Path) -> None:
    data = bytearray(sealed.read_bytes())
    data[8] = 2
    path = tmp_path / "newer.assess"
    path.write_bytes(bytes(data))
    with pytest.raises(BadPackage, match="protected by a newer release of Assess"):
        open_package(path, PASSWORD)


@pytest.mark.parametrize("size", [0, 1, SMALL - 1, SMALL, SMALL + 1, 3 * SMALL, 3 * SMALL + 17])
def test_the_envelope_round_trips_any_length_and_seeks(size: int) -> None:
    plain = os.urandom(size)
    sink = io.BytesIO()
    writer = EncryptingWriter(sink, "pw", segment=SMALL, log2_n=14)
    for start in range(0, size, 1000):
        writer.write(plain[start : start + 1000])
    writer.finish()
    reader = DecryptingReader(io.BytesIO(sink.getvalue()), "pw", "test")
    reader.verify()
    assert reader.size == size and reader.read() == plain
    for start in random.Random(size).sample(range(size + 1), min(size + 1, 20)):
        reader.seek(start)
        assert reader.read(SMALL + 3) == plain[start : start + SMALL + 3]


def test_the_key_comes_from_scrypt_at_owasps_minimum_cost_with_a_fresh_salt(monkeypatch: pytest.MonkeyPatch) -> None:
    # the cost packages are written with, not the cheap one of the other tests (tests/conftest.py)
    monkeypatch.setattr(package_crypto, "LOG2_N", SHIPPED_LOG2_N)
    assert SHIPPED_LOG2_N == 17
    first, second = io.BytesIO(), io.BytesIO()
    EncryptingWriter(first, "pw").finish()
    EncryptingWriter(second, "pw").finish()
    header = HEADER.unpack(first.getvalue()[: HEADER.size])
    assert header[3] == 17 and header[4] == 8 and header[5] == 1  # log2 N, r, p (OWASP: N=2^17, r=8, p=1)
    assert header[7] == SEGMENT
    assert first.getvalue()[18:34] != second.getvalue()[18:34]  # the salts


def test_the_password_file_gives_its_first_line(tmp_path: Path) -> None:
    path = tmp_path / "pw.txt"
    path.write_bytes("\ufeffzaŝ pass \r\nsecond line\n".encode())
    assert read_password_file(path) == "zaŝ pass "
    path.write_text("\n")
    with pytest.raises(BadPackage, match="is empty"):
        read_password_file(path)
    with pytest.raises(BadPackage, match="Cannot read the password file"):
        read_password_file(tmp_path / "missing.txt")


def test_the_password_is_never_taken_from_the_command_line(capsys) -> None:
    assert main(["export", "1", "--out", "x.assess", "--password", "secret"]) == 2
    assert "unrecognized arguments" in capsys.readouterr().err
