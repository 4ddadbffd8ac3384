"""Broken and hostile packages: each is refused with a clear message, and the database is left exactly as it was."""

# ruff: noqa: F811  (pytest fixtures imported from tests.exports.exchange.package_fixtures are parameters here)

from __future__ import annotations

import hashlib
import json
import os
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from assess.cli.main import main
from db import Store
from exports.exchange import read as package_read
from exports.exchange.read import Limits, open_package
from exports.exchange.spec import BadPackage
from exports.exchange.write import export_package
from tests.exports.exchange.package_fixtures import (  # noqa: F401  (the fixtures are used by name)
    REVIEW,
    build_zip,
    demo_template,
    fingerprint,
    focal,
    members,
    relist,
    rewrite,
    secretariat,
)


@pytest.fixture
def package(secretariat: Store, tmp_path: Path) -> Path:
    """A valid package of the demo's review, with evidence files."""
    return export_package(secretariat, REVIEW, tmp_path / "valid.assess").path


def refused(store: Store, path: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> str:
    """Import ``path`` (as new, then merged into the review) from the command line; both must be refused."""
    assert store.path is not None
    before = fingerprint(store.path)
    messages = []
    for into in ([], ["--into", str(REVIEW)]):
        code = main(["--db", str(store.path), "import", str(path), *into, *extra])
        err = capsys.readouterr().err
        assert code == 1, err
        assert err.startswith("assess: ") and err.count("\n") == 1, err
        messages.append(err)
    assert fingerprint(store.path) == before
    assert messages[0] == messages[1]
    return messages[0]


def test_a_file_that_is_not_a_package_at_all(secretariat: Store, tmp_path: Path, capsys) -> None:
    path = tmp_path / "minutes.docx"
    path.write_text("Minutes of the task force meeting")
    assert "not an Assess package (it is not a ZIP file)" in refused(secretariat, path, capsys)


def test_a_zip_that_is_not_a_package(secretariat: Store, tmp_path: Path, capsys) -> None:
    path = build_zip(tmp_path / "photos.zip", [("photo.jpg", b"\xff\xd8\xff")])
    message = refused(secretariat, path, capsys)
    assert "photos.zip is not an Assess package: it has no manifest.json" in message


def test_an_empty_file(secretariat: Store, tmp_path: Path, capsys) -> None:
    path = tmp_path / "empty.assess"
    path.write_bytes(b"")
    assert "not an Assess package" in refused(secretariat, path, capsys)


@pytest.mark.parametrize("keep", [0.5, 0.9, 0.999])
def test_a_truncated_package(secretariat: Store, package: Path, tmp_path: Path, capsys, keep: float) -> None:
    data = package.read_bytes()
    cut = tmp_path / "cut.assess"
    cut.write_bytes(data[: int(len(data) * keep)])
    assert "damaged or truncated" in refused(secretariat, cut, capsys)


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("../../.bashrc", "a path that leaves the package"),
        ("evidence/../../../etc/cron.d/job", "a path that leaves the package"),
        ("/etc/passwd", "an absolute path"),
        ("C:/Windows/System32/evil.dll", "an absolute path"),
        ("evidence\\..\\..\\evil", "a backslash"),
        ("./manifest.json", "an empty or '.' path part"),
        ("evidence//x", "an empty or '.' path part"),
    ],
)
def test_unsafe_member_names(secretariat: Store, package: Path, tmp_path: Path, capsys, name: str, why: str) -> None:
    path = rewrite(package, tmp_path / "evil.assess", lambda files: {**files, name: b"owned"})
    message = refused(secretariat, path, capsys)
    assert f"member named {name!r} ({why})" in message


def test_a_symbolic_link(secretariat: Store, package: Path, tmp_path: Path, capsys) -> None:
    files = members(package)
    link = zipfile.ZipInfo("evidence/" + "0" * 64)
    link.create_system = 3
    link.external_attr = 0o120777 << 16
    entries: list[tuple[str | zipfile.ZipInfo, bytes]] = [*files.items(), (link, b"/etc/shadow")]
    path = build_zip(tmp_path / "link.assess", entries)
    assert "is a symbolic link, not a file" in refused(secretariat, path, capsys)


def test_a_folder_entry(secretariat: Store, package: Path, tmp_path: Path, capsys) -> None:
    path = build_zip(tmp_path / "folder.assess", [*members(package).items(), ("evidence/", b"")])
    assert "member named 'evidence/'" in refused(secretariat, path, capsys)


@pytest.mark.parametrize("twice", ["manifest.json", "responses.json"])
def test_duplicate_members(secretariat: Store, package: Path, tmp_path: Path, capsys, twice: str) -> None:
    files = members(package)
    path = build_zip(tmp_path / "twice.assess", [*files.items(), (twice, files[twice])])
    assert f"holds the member {twice} twice" in refused(secretariat, path, capsys)


def test_a_member_listed_but_missing(secretariat: Store, package: Path, tmp_path: Path, capsys) -> None:
    gone = next(n for n in members(package) if n.startswith("evidence/"))
    path = rewrite(package, tmp_path / "missing.assess", lambda f: {k: v for k, v in f.items() if k != gone})
    assert f"its manifest lists {gone}, which is missing" in refused(secretariat, path, capsys)


def test_a_required_member_missing(secretariat: Store, package: Path, tmp_path: Path, capsys) -> None:
    path = rewrite(
        package, tmp_path / "noresp.assess", lambda f: relist({k: v for k, v in f.items() if k != "responses.json"})
    )
    assert "it has no responses.json" in refused(secretariat, path, capsys)


def test_an_extra_member(secretariat: Store, package: Path, tmp_path: Path, capsys) -> None:
    path = rewrite(package, tmp_path / "extra.assess", lambda f: {**f, "readme.txt": b"hello"})
    assert "it holds readme.txt, which its manifest does not list" in refused(secretariat, path, capsys)


def test_an_extra_evidence_file_no_item_refers_to(secretariat: Store, package: Path, tmp_path: Path, capsys) -> None:
    data = b"unreferenced"
    name = "evidence/" + hashlib.sha256(data).hexdigest()
    path = rewrite(package, tmp_path / "extra.assess", lambda f: relist({**f, name: data}))
    assert "which no item refers to" in refused(secretariat, path, capsys)


def test_evidence_whose_hash_does_not_match(secretariat: Store, package: Path, tmp_path: Path, capsys) -> None:
    victim = next(n for n in members(package) if n.startswith("evidence/"))

    def swap(files: dict[str, bytes]) -> dict[str, bytes]:
        original = files[victim]
        return {**files, victim: bytes([original[0] ^ 1]) + original[1:]}

    path = rewrite(package, tmp_path / "forged.assess", swap)
    message = refused(secretariat, path, capsys)
    assert f"the evidence file {victim} does not match the SHA-256 in its manifest" in message


def test_a_responses_file_changed_after_packaging(secretariat: Store, package: Path, tmp_path: Path, capsys) -> None:
    def edit(files: dict[str, bytes]) -> dict[str, bytes]:
        return {**files, "responses.json": files["responses.json"].replace(b'"law": 2', b'"law": 4', 1)}

    path = rewrite(package, tmp_path / "edited.assess", edit)
    assert "responses.json does not match the SHA-256" in refused(secretariat, path, capsys)


def test_a_member_that_holds_more_than_its_directory_says(
    secretariat: Store, package: Path, tmp_path: Path, capsys
) -> None:
    files = members(package)
    victim = list(files)[-1]
    assert victim.startswith("evidence/")
    manifest = json.loads(files["manifest.json"])
    for entry in manifest["members"]:
        if entry["name"] == victim:
            entry["size"] -= 10  # the manifest and the ZIP directory both claim fewer bytes than the member holds
    files["manifest.json"] = json.dumps(manifest).encode()
    path = build_zip(tmp_path / "lying.assess", list(files.items()))
    data = bytearray(path.read_bytes())
    central = data.rfind(b"PK\x01\x02")
    local = struct.unpack_from("<I", data, central + 42)[0]
    for where in (central + 24, local + 22):
        struct.pack_into("<I", data, where, len(files[victim]) - 10)
    path.write_bytes(bytes(data))
    message = refused(secretariat, path, capsys)
    assert f"{victim} is damaged" in message


def _bomb(package: Path, target: Path, size: int) -> tuple[Path, str]:
    files = members(package)
    victim = next(n for n in files if n.startswith("evidence/"))
    zeros = b"\0" * size
    sha = hashlib.sha256(zeros).hexdigest()
    responses = files["responses.json"].decode().replace(victim.removeprefix("evidence/"), sha)
    responses = responses.replace(f'"size": {len(files[victim])}', f'"size": {size}')
    files = {k: v for k, v in files.items() if k != victim}
    files.update({"responses.json": responses.encode(), f"evidence/{sha}": zeros})
    return build_zip(target, list(relist(files).items())), f"evidence/{sha}"


def test_a_zip_bomb_is_refused_before_anything_is_decompressed(
    secretariat: Store, package: Path, tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, bomb = _bomb(package, tmp_path / "bomb.assess", 64 * 1024 * 1024)
    assert path.stat().st_size < 1024 * 1024
    opened: list[str] = []
    real_open = zipfile.ZipFile.open

    def spy(self: zipfile.ZipFile, name: str | zipfile.ZipInfo, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        opened.append(name if isinstance(name, str) else name.filename)
        return real_open(self, name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(zipfile.ZipFile, "open", spy)
    message = refused(secretariat, path, capsys)
    assert f"its member {bomb} would expand" in message and "zip bomb" in message
    assert opened == []


def test_a_member_over_the_evidence_size_limit(
    secretariat: Store, package: Path, tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, big = _bomb(package, tmp_path / "big.assess", 3 * 1024 * 1024)
    monkeypatch.setenv("ASSESS_MAX_EVIDENCE_MB", "2")
    assert f"its member {big} would decompress to 3 MB (limit 2 MB)" in refused(secretariat, path, capsys)


def test_a_member_that_claims_gigabytes_is_refused_from_the_directory(
    secretariat: Store, package: Path, tmp_path: Path, capsys
) -> None:
    data = bytearray(package.read_bytes())
    central = data.rfind(b"PK\x01\x02")
    struct.pack_into("<I", data, central + 24, 0xF000_0000)  # 3.75 GB once decompressed, it says
    path = tmp_path / "huge.assess"
    path.write_bytes(bytes(data))
    assert "would decompress to 3,840 MB (limit 1,024 MB)" in refused(secretariat, path, capsys)


def test_members_over_the_total_size_limit(package: Path) -> None:
    with pytest.raises(BadPackage, match="would decompress to more than"):
        open_package(package, limits=Limits(evidence_bytes=2**30, total_bytes=10_000))


def test_a_package_with_too_many_members(package: Path) -> None:
    with pytest.raises(BadPackage, match="at most 3 are allowed"):
        open_package(package, limits=Limits(evidence_bytes=2**30, members=3))


def test_a_newer_format_version(secretariat: Store, package: Path, tmp_path: Path, capsys) -> None:
    def newer(files: dict[str, bytes]) -> dict[str, bytes]:
        manifest = json.loads(files["manifest.json"])
        manifest["format_version"] = 2
        manifest["something_new"] = {"future": True}
        return {**files, "manifest.json": json.dumps(manifest).encode()}

    path = rewrite(package, tmp_path / "future.assess", newer)
    message = refused(secretariat, path, capsys)
    assert "written by a newer release of Assess (package format 2" in message
    assert "Install the newer release" in message


def test_a_manifest_that_breaks_the_schema(secretariat: Store, package: Path, tmp_path: Path, capsys) -> None:
    def odd(files: dict[str, bytes]) -> dict[str, bytes]:
        manifest = json.loads(files["manifest.json"])
        manifest["assessment"]["target"] = "high"
        return {**files, "manifest.json": json.dumps(manifest).encode()}

    path = rewrite(package, tmp_path / "odd.assess", odd)
    assert "manifest.json, at assessment.target: 'high' is not of type 'integer'" in refused(secretariat, path, capsys)


def test_a_manifest_that_is_not_json(secretariat: Store, package: Path, tmp_path: Path, capsys) -> None:
    path = rewrite(package, tmp_path / "bad.assess", lambda f: {**f, "manifest.json": b"{not json"})
    assert "manifest.json is not valid JSON" in refused(secretariat, path, capsys)


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda item: item["response"].update(law=9), "is scored 9, off its scale (0 to 4)"),
        (lambda item: item["response"].update(not_applicable=True), "N/A must have no scores and a justification"),
        (lambda item: item.update(code="PROS-99"), "PROS-99, which is not an assessable item"),
        (lambda item: item["response"].update(target_date="2027-02-30"), "is not a valid date"),
    ],
)
def test_responses_that_make_no_sense(
    secretariat: Store,
    package: Path,
    tmp_path: Path,
    capsys,
    edit: Callable[[dict[str, object]], None],
    message: str,
) -> None:
    def change(files: dict[str, bytes]) -> dict[str, bytes]:
        document = json.loads(files["responses.json"])
        scored = next(i for i in document["items"] if i["response"]["law"] is not None)
        edit(scored)
        return relist({**files, "responses.json": json.dumps(document).encode()})

    path = rewrite(package, tmp_path / "nonsense.assess", change)
    assert message in refused(secretariat, path, capsys)


def test_a_framework_that_is_not_the_one_named(secretariat: Store, package: Path, tmp_path: Path, capsys) -> None:
    def change(files: dict[str, bytes]) -> dict[str, bytes]:
        document = json.loads(files["framework.json"])
        document["version"] = "2030.1"
        return relist({**files, "framework.json": json.dumps(document).encode()})

    path = rewrite(package, tmp_path / "other.assess", change)
    assert "its framework.json is not the framework its manifest names" in refused(secretariat, path, capsys)


def test_overlapping_members_are_refused(package: Path, tmp_path: Path) -> None:
    data = bytearray(package.read_bytes())
    end = data.rfind(b"PK\x05\x06")
    first = data.find(b"PK\x01\x02")
    second = data.find(b"PK\x01\x02", first + 4)
    offset = struct.unpack_from("<I", data, first + 42)[0]
    struct.pack_into("<I", data, second + 42, offset)  # the second entry points into the first one's data
    assert end > second
    path = tmp_path / "overlap.assess"
    path.write_bytes(bytes(data))
    with pytest.raises(BadPackage, match="overlaps another member"):
        open_package(path)


def test_nothing_is_ever_written_to_disk_while_reading(package: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    before = set(os.listdir(tmp_path))
    with open_package(package) as opened:
        for item in opened.contribution.items:
            for proof in item.evidence:
                if proof.kind == "file":
                    assert hashlib.sha256(b"".join(opened.contribution.read_evidence(proof.sha256))).hexdigest() == (
                        proof.sha256
                    )
    assert set(os.listdir(tmp_path)) == before
    assert package_read.READ_BLOCK <= 1024 * 1024


def _with_item(package: Path, target: Path, change: Callable[[dict[str, Any]], None]) -> Path:
    """The package with its first scored item changed by ``change`` (and the manifest listing it as it now is)."""

    def edit(files: dict[str, bytes]) -> dict[str, bytes]:
        document = json.loads(files["responses.json"])
        change(next(i for i in document["items"] if i["response"]["law"] is not None))
        return relist({**files, "responses.json": json.dumps(document).encode()})

    return rewrite(package, target, edit)


@pytest.mark.parametrize(
    "url",
    [
        "file:///C:/Users/focal/Desktop/statement.docx",
        "smb://fileserver/victims/statement.docx",
        "javascript:alert(document.cookie)",
        "\\\\fileserver\\victims\\statement.docx",
        "https://example.org/\x1b]8;;file:///etc/passwd\x07",
    ],
)
def test_a_link_that_could_open_a_file_or_run_a_script_is_refused(
    secretariat: Store, package: Path, tmp_path: Path, capsys, url: str
) -> None:
    def add_link(item: dict[str, Any]) -> None:
        link = {"kind": "link", "name": "Statement", "description": "", "url": url, "citation": "", "sha256": "",
                "size": 0, "sensitive": False, "added_at": "2026-01-01T00:00:00Z"}  # fmt: skip
        item["evidence"].append(link)

    path = _with_item(package, tmp_path / "link.assess", add_link)
    message = refused(secretariat, path, capsys)
    assert "is not a web or e-mail address" in message and "\x1b" not in message


@pytest.mark.parametrize(
    ("text", "shown"), [("Statement\u0000hidden", "\\x00"), ("M\ud800ller", "\\ud800")], ids=["NUL", "lone surrogate"]
)
def test_text_no_database_can_store_is_refused(
    secretariat: Store, package: Path, tmp_path: Path, capsys, text: str, shown: str
) -> None:
    path = _with_item(package, tmp_path / "text.assess", lambda item: item["response"].update(rationale=text))
    message = refused(secretariat, path, capsys)
    assert "holds a text with a character no text may hold" in message and shown in message


def test_a_version_number_no_database_holds_is_refused(secretariat: Store, package: Path, tmp_path: Path, capsys):
    def huge(item: dict[str, Any]) -> None:
        item["base"] = {**item["response"], "version": 2**64}
        item["base"].pop("updated_by", None)
        item["base"].pop("updated_at", None)

    path = _with_item(package, tmp_path / "huge.assess", huge)
    assert "responses.json, at items[0].base: is not a valid value here" in refused(secretariat, path, capsys)


def _carrying_framework(package: Path, target: Path, version: str, wording: str) -> Path:
    """The package as if its assessment had been made on the built-in framework's id at ``version``, reworded."""

    def change(files: dict[str, bytes]) -> dict[str, bytes]:
        document = json.loads(files["framework.json"])
        document["version"] = version
        document["items"][0]["children"][0]["text"] = {"en": wording}
        manifest = json.loads(files["manifest.json"])
        manifest["assessment"]["framework"]["version"] = version
        return relist({**files, "manifest.json": json.dumps(manifest).encode(),
                       "framework.json": json.dumps(document).encode()})  # fmt: skip

    return rewrite(package, target, change)


def test_a_package_cannot_replace_the_builtin_framework(
    secretariat: Store, package: Path, tmp_path: Path, capsys
) -> None:
    from assess import assessments, frameworks, scoring

    wording = "Decriminalise trafficking (altered text)"
    path = _carrying_framework(package, tmp_path / "takeover.assess", "2099.1", wording)
    assert secretariat.path is not None
    db = ["--db", str(secretariat.path)]
    assert main([*db, "import", str(path)]) == 0
    imported = int(capsys.readouterr().out.split("as assessment ")[1].split(":")[0])
    assert main([*db, "framework", "list"]) == 0
    listed = capsys.readouterr().out
    assert "2099.1 (received in a package)" in listed and "2099.1 (built-in)" not in listed
    assert main([*db, "new", "--country", "Meridia", "--title", "Next round"]) == 0
    created = int(capsys.readouterr().out)
    with secretariat.session() as session:
        shipped = frameworks.loaded(frameworks.find(session))
        assert assessments.info(assessments.get(session, created)).framework_version == shipped.version
        texts = {s.code: s.text for s in scoring.item_states(session, created)}
        assert wording not in texts.values()
        # the package's own assessment keeps the framework it came with
        assert assessments.info(assessments.get(session, imported)).framework_version == "2099.1"
    assert main([*db, "new", "--country", "M", "--title", "T", "--framework", "unodc-ffa-2009@2099.1"]) == 1
    assert "No framework unodc-ffa-2009 version 2099.1" in capsys.readouterr().err


def test_a_package_carrying_an_altered_copy_of_the_shipped_framework_is_refused(
    secretariat: Store, focal: Store, package: Path, tmp_path: Path, capsys
) -> None:
    from framework import load_builtin

    path = _carrying_framework(package, tmp_path / "altered.assess", load_builtin().version, "Altered")
    assert focal.path is not None
    for store in (secretariat, focal):  # whether the database holds the shipped framework yet or not
        assert main(["--db", str(store.path), "import", str(path)]) == 1
        assert "differs from the one of that id and version" in capsys.readouterr().err
