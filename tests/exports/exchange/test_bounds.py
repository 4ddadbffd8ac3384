"""What a package can make Assess do is bounded: memory, time, members. Small hostile packages are refused cheaply.

The packages that once took gigabytes are opened in a process of their own whose memory is capped
(bounded_open.py): a reader that needs more fails there with a MemoryError instead of a refusal.
"""

# ruff: noqa: F811  (pytest fixtures imported from tests.exports.exchange.package_fixtures are parameters here)

from __future__ import annotations

import json
import struct
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

from db import Store
from exports.exchange import archive
from exports.exchange.archive import Limits, check_entries
from exports.exchange.read import open_package
from exports.exchange.spec import JSON_RATIO_FLOOR, MAX_MEMBERS, BadPackage
from exports.exchange.write import export_package
from framework.limits import MAX_JSON_VALUES
from tests.exports.exchange.package_fixtures import (  # noqa: F401  (the fixtures are used by name)
    REVIEW,
    build_zip,
    demo_template,
    members,
    relist,
    secretariat,
)

HARNESS = Path(__file__).with_name("bounded_open.py")
MEMORY_MB = 768
"""The address space the reader gets: about ten times what Python with Assess loaded takes."""


def open_bounded(database: Path, *files: Path, seconds: float = 60, password: str = "-") -> list[dict[str, Any]]:
    """Open ``files`` in a process whose memory is capped; each one's outcome, then the peak memory."""
    done = subprocess.run(
        [sys.executable, str(HARNESS), str(MEMORY_MB), str(seconds), str(database), password, *map(str, files)],
        capture_output=True,
        text=True,
        timeout=seconds + 60,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return [json.loads(line) for line in done.stdout.splitlines()]


@pytest.fixture
def package(secretariat: Store, tmp_path: Path) -> Path:
    return export_package(secretariat, REVIEW, tmp_path / "valid.assess").path


def _manifest_with(members_list: list[Any]) -> bytes:
    return json.dumps(
        {
            "format": "assess-package",
            "format_version": 1,
            "created_at": "2026-01-01T00:00:00Z",
            "application": "Assess",
            "scrubbed": False,
            "institution": None,
            "assessment": {},
            "selection": {"pillars": [], "items": [], "responsible": None},
            "base": {"taken_at": "2026-01-01T00:00:00Z"},
            "members": members_list,
        },
        separators=(",", ":"),
    ).encode()


def test_a_tiny_manifest_listing_300000_empty_members_is_refused_in_little_memory(
    secretariat: Store, tmp_path: Path
) -> None:
    path = build_zip(tmp_path / "tiny.assess", [("manifest.json", _manifest_with([{}] * 300_000))])
    assert path.stat().st_size < 2000
    assert secretariat.path is not None
    [outcome, memory] = open_bounded(secretariat.path, path)
    assert outcome["outcome"] == "refused", outcome
    assert "manifest.json, at " in outcome["message"] and "more problems" in outcome["message"]
    assert memory["peak_kb"] < MEMORY_MB * 1024


def test_responses_listing_300000_empty_items_are_refused_in_little_memory(
    secretariat: Store, package: Path, tmp_path: Path
) -> None:
    files = members(package)
    document = json.loads(files["responses.json"])
    document["items"] = [{}] * 300_000
    files["responses.json"] = json.dumps(document, separators=(",", ":")).encode()
    path = build_zip(tmp_path / "items.assess", list(relist(files).items()))
    assert secretariat.path is not None
    [outcome, _] = open_bounded(secretariat.path, path)
    assert outcome["outcome"] == "refused", outcome
    assert "responses.json, at items" in outcome["message"] and "more problems" in outcome["message"]


def test_a_stored_member_with_more_json_values_than_any_package_has_is_refused_before_parsing(
    package: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = members(package)
    files["responses.json"] = b"[" + b"[]," * MAX_JSON_VALUES + b"[]]"  # 3 MB, a million lists once parsed
    path = build_zip(tmp_path / "values.assess", list(relist(files).items()), compression=zipfile.ZIP_STORED)
    parsed: list[int] = []
    real = json.loads

    def spy(text: str | bytes, *args: Any, **kwargs: Any) -> Any:
        parsed.append(len(text))
        return real(text, *args, **kwargs)

    monkeypatch.setattr(json, "loads", spy)
    with pytest.raises(BadPackage, match=f"responses.json holds more than {MAX_JSON_VALUES:,} JSON values"):
        open_package(path)
    assert parsed and max(parsed) < len(files["responses.json"]), "only the manifest was parsed"


def test_a_json_member_that_would_expand_too_much_is_refused_from_the_directory(package: Path, tmp_path: Path) -> None:
    files = members(package)
    files["responses.json"] = b" " * (8 * JSON_RATIO_FLOOR) + files["responses.json"]
    path = build_zip(tmp_path / "json-bomb.assess", list(relist(files).items()))
    with pytest.raises(BadPackage, match=r"its member responses\.json would expand"):
        open_package(path)


def test_what_assess_writes_it_reads_back_even_when_deflate_would_shrink_it_past_the_limit(
    secretariat: Store, tmp_path: Path
) -> None:
    from assess import responses

    with secretariat.session() as session:
        for state in responses_of_review(session):
            responses.update(session, REVIEW, state, rationale="a" * 100_000, next_action="b" * 100_000)
    path = export_package(secretariat, REVIEW, tmp_path / "long.assess").path
    with zipfile.ZipFile(path) as opened:
        info = opened.getinfo("responses.json")
        assert info.file_size > JSON_RATIO_FLOOR and info.compress_type == zipfile.ZIP_STORED
    with open_package(path) as reopened:
        assert {i.code: i.fields.rationale for i in reopened.contribution.items}["PROS-1"] == "a" * 100_000


def test_a_zip_announcing_more_members_than_a_package_may_hold_is_refused_before_its_list_is_read(
    package: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = bytearray(package.read_bytes())
    end = data.rfind(b"PK\x05\x06")
    struct.pack_into("<HH", data, end + 8, 0xFFFF, 0xFFFF)  # entries on this disk, entries in all
    path = tmp_path / "many.assess"
    path.write_bytes(bytes(data))
    listed: list[object] = []
    monkeypatch.setattr(zipfile.ZipFile, "_RealGetContents", lambda self: listed.append(self))
    with pytest.raises(BadPackage, match=f"it holds 65,535 members; at most {MAX_MEMBERS:,} are allowed"):
        open_package(path)
    assert not listed


def test_a_zip_whose_list_of_members_is_larger_than_any_package_has_is_refused(package: Path, tmp_path: Path) -> None:
    data = bytearray(package.read_bytes())
    end = data.rfind(b"PK\x05\x06")
    struct.pack_into("<I", data, end + 12, 300 * MAX_MEMBERS)  # the size of the central directory
    path = tmp_path / "long-list.assess"
    path.write_bytes(bytes(data))
    with pytest.raises(BadPackage, match="are allowed"):
        open_package(path)


def responses_of_review(session: Any) -> list[str]:
    from assess import assessments

    return [r.item_code for r in assessments.get(session, REVIEW).responses]


class _Name(str):
    """A member name that counts how often it is folded to lower case."""

    calls = 0

    def casefold(self) -> str:
        _Name.calls += 1
        return str.casefold(self)


def test_duplicate_names_are_found_in_one_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    count = 5_000
    infos = []
    for i in range(count):
        info = zipfile.ZipInfo(f"evidence/{i:064x}")
        info.orig_filename = _Name(info.filename)
        info.header_offset, info.compress_size, info.file_size = i * 200, 10, 10
        infos.append(info)

    class Listing:
        start_dir = count * 200

        def infolist(self) -> list[zipfile.ZipInfo]:
            return infos

    _Name.calls = 0
    found = check_entries(Listing(), "listing.assess", Limits(evidence_bytes=2**20, members=count))  # type: ignore[arg-type]
    assert len(found) == count
    assert _Name.calls <= 2 * count, f"{_Name.calls} foldings for {count} names: the check is not linear"
    infos.append(zipfile.ZipInfo("EVIDENCE/" + infos[7].filename.removeprefix("evidence/")))
    infos[-1].header_offset = count * 200
    Listing.start_dir += 200
    with pytest.raises(BadPackage, match="twice"):
        check_entries(Listing(), "listing.assess", Limits(evidence_bytes=2**20, members=count + 1))  # type: ignore[arg-type]
    assert archive.MAX_DIRECTORY_BYTES >= MAX_MEMBERS * 150
