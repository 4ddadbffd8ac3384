"""Every part of the core is placed in a layer of the import-linter contract in pyproject.toml.

import-linter checks the imports between the layers it is told about; a module it is not told
about is checked by nobody. This test makes a new module in assess/ or exports/ name its layer.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def layered_modules() -> set[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    (layers,) = [c["layers"] for c in contracts if c["type"] == "layers"]
    return {part.strip() for layer in layers for part in layer.replace("|", ":").split(":")}


def parts_of(package: str) -> set[str]:
    """The direct children of a package: its modules and subpackages, as dotted names."""
    folder = ROOT / package
    names = {p.stem for p in folder.glob("*.py") if p.stem != "__init__"}
    names |= {p.name for p in folder.iterdir() if (p / "__init__.py").exists()}
    return {f"{package}.{name}" for name in names}


def test_every_module_of_the_core_is_in_a_layer() -> None:
    layered = layered_modules()
    unplaced = sorted((parts_of("assess") | parts_of("exports")) - layered - {"exports.__init__"})
    assert not unplaced, f"add these to a layer of the contract in pyproject.toml: {unplaced}"


def test_the_layers_name_only_modules_that_exist() -> None:
    existing = parts_of("assess") | parts_of("exports") | {"db", "framework"}
    assert layered_modules() <= existing
