"""Random and mutated packages: each one is refused cleanly or imported correctly, never an unexpected error.

The cases are made here from a valid package (with evidence files, a link and a citation) and a
password-protected one, by a seeded random generator (ASSESS_FUZZ_SEED), at three levels: the file's
bytes (flipped, cut, spliced, random), the ZIP's members (dropped, added, renamed, repeated, stored),
and the JSON inside (values replaced by odd ones, keys dropped or added, lists repeated, text with
NUL, broken surrogates and terminal escapes, nesting thousands deep), most of them with the manifest
made to match again so that the deeper checks are reached. They are opened in a process of their own
whose memory is capped (bounded_open.py), within a time budget; one that opens is imported, checked
against what it holds, and rolled back.
"""

# ruff: noqa: F811  (pytest fixtures imported from tests.exports.exchange.package_fixtures are parameters here)

from __future__ import annotations

import collections
import copy
import json
import os
import random
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from assess import evidence
from db import Store
from exports.exchange.write import export_package
from tests.exports.exchange.package_fixtures import (  # noqa: F401  (the fixtures are used by name)
    REVIEW,
    build_zip,
    demo_template,
    members,
    relist,
    secretariat,
)
from tests.exports.exchange.test_bounds import MEMORY_MB, open_bounded

SEED = int(os.environ.get("ASSESS_FUZZ_SEED", "1313"))
CASES = 150
SECONDS = 90
PASSWORD = "fuzzing the envelope"
ODD_VALUES: list[Any] = [
    None, True, False, 0, -1, 2**63, 2**64 + 1, 10**30, 1.5, 1e308, float("nan"), "", "x" * 300_000,
    "\x00", "\ud800", "\udcfc", "\x1b]0;owned\x07\x1b[2J", "\u202eevil", "../../etc/passwd", "javascript:alert(1)",
    "file:///etc/passwd", "2026-02-30", "9999-12-31T23:59:59Z", [], {}, [None] * 50, {"": {"": {}}},
]  # fmt: skip


def _odd(rng: random.Random) -> Any:
    return copy.deepcopy(rng.choice(ODD_VALUES))  # a value of its own: placed twice, it could come to hold itself


def _paths(node: Any, here: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a JSON document (the path of each value)."""
    found = [here]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*here, key))
    elif isinstance(node, list):
        for index, value in enumerate(node[:20]):
            found += _paths(value, (*here, index))
    return found


def _at(node: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        node = node[step]
    return node


def _mutate_json(rng: random.Random, document: Any) -> bytes:
    """The document changed at one to three random places, as JSON text."""
    for _ in range(rng.randint(1, 3)):
        path = rng.choice(_paths(document)[1:] or [()])
        if not path:
            document = _odd(rng)
            continue
        parent, last = _at(document, path[:-1]), path[-1]
        action = rng.random()
        if action < 0.45:
            parent[last] = _odd(rng)
        elif action < 0.6 and isinstance(parent, dict):
            del parent[last]
        elif action < 0.7 and isinstance(parent, dict):
            parent[rng.choice(["extra", "code", "__proto__", "members", "\x00"])] = _odd(rng)
        elif action < 0.8 and isinstance(parent, list):
            parent.extend([parent[last]] * rng.choice([1, 2, 1000]))
        elif action < 0.9:
            parent[last] = _PLACEHOLDER
        else:
            parent[last] = json.loads(json.dumps(_at(document, path)))  # unchanged (a valid case now and then)
    text = json.dumps(document, allow_nan=True)
    # nesting deeper than any JSON library recurses, in place of a value
    return text.replace(json.dumps(_PLACEHOLDER), "[" * 5000 + "]" * 5000).encode("utf-8")


_PLACEHOLDER = "\ue000nested\ue000"


def _bytes_level(rng: random.Random, data: bytes) -> bytes:
    changed = bytearray(data)
    action = rng.random()
    if action < 0.35:
        for _ in range(rng.randint(1, 20)):
            changed[rng.randrange(len(changed))] = rng.randrange(256)
    elif action < 0.55:
        del changed[rng.randrange(len(changed)) :]
    elif action < 0.75:
        at = rng.randrange(len(changed))
        changed[at:at] = rng.randbytes(rng.randint(1, 4096))
    elif action < 0.9:
        start = rng.randrange(len(changed))
        changed += changed[start : start + rng.randint(1, 65536)]
    else:
        return rng.randbytes(rng.randint(0, 70_000))
    return bytes(changed)


def _members_level(rng: random.Random, files: dict[str, bytes]) -> list[tuple[str | zipfile.ZipInfo, bytes]]:
    entries: list[tuple[str | zipfile.ZipInfo, bytes]] = list(files.items())
    action = rng.random()
    if action < 0.25 and entries:
        entries.pop(rng.randrange(len(entries)))
    elif action < 0.45:
        name = rng.choice(["evidence/" + "0" * 64, "x", "manifest.json", "Evidence/" + "a" * 64, "a/../b", "é.txt"])
        entries.append((name, rng.randbytes(rng.randint(0, 2000))))
    elif action < 0.6 and entries:
        entries.append(rng.choice(entries))
    elif action < 0.75 and entries:
        index = rng.randrange(len(entries))
        name, data = entries[index]
        entries[index] = (str(name).upper(), data)
    else:
        entries = [(name, data) for name, data in entries[::-1]]
    return entries


def make_cases(folder: Path, plain: Path, sealed: Path, rng: random.Random) -> list[Path]:
    files = members(plain)
    cases = []
    kinds: Callable[[int], str] = lambda i: ["json", "json", "json", "members", "bytes", "sealed"][i % 6]  # noqa: E731
    for number in range(CASES):
        target = folder / f"case-{number:03}.assess"
        kind = kinds(number)
        if kind == "json":
            member = rng.choice(["responses.json", "responses.json", "manifest.json", "framework.json"])
            changed = dict(files)
            changed[member] = _mutate_json(rng, json.loads(files[member]))
            if member != "manifest.json":
                changed = relist(changed)  # the manifest matches again: the deeper checks are reached
            build_zip(target, list(changed.items()), rng.choice([zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED]))
        elif kind == "members":
            build_zip(target, _members_level(rng, relist(dict(files)) if rng.random() < 0.5 else dict(files)))
        elif kind == "bytes":
            target.write_bytes(_bytes_level(rng, plain.read_bytes()))
        else:
            target.write_bytes(_bytes_level(rng, sealed.read_bytes()) if rng.random() < 0.8 else sealed.read_bytes())
        cases.append(target)
    return cases


@pytest.mark.slow
def test_random_and_mutated_packages_are_refused_cleanly_or_imported_correctly(
    secretariat: Store, tmp_path: Path
) -> None:
    with secretariat.session() as session:
        evidence.add_link(session, REVIEW, "PROS-1", "https://example.org/gazette", description="Official Gazette")
    plain = export_package(secretariat, REVIEW, tmp_path / "plain.assess", include_sensitive=True).path
    sealed = export_package(secretariat, REVIEW, tmp_path / "sealed.assess", password=PASSWORD).path
    (tmp_path / "cases").mkdir()
    cases = make_cases(tmp_path / "cases", plain, sealed, random.Random(SEED))
    assert secretariat.path is not None
    secretariat.close()

    *outcomes, memory = open_bounded(secretariat.path, plain, *cases, seconds=SECONDS, password=PASSWORD)

    unexpected = [o for o in outcomes if o["outcome"] == "unexpected"]
    assert not unexpected, f"seed {SEED}: {unexpected[:5]}"
    assert outcomes[0]["outcome"] == "imported", outcomes[0]  # the valid package itself
    counted = collections.Counter(o["outcome"] for o in outcomes)
    assert counted["refused"] >= len(outcomes) // 2 and counted["imported"] >= 2, counted
    assert memory["tried"] >= min(len(cases), 60), f"only {memory['tried']} packages opened in {SECONDS} s"
    assert memory["peak_kb"] < MEMORY_MB * 1024
