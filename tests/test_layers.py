"""Every part of the core is placed in a layer of the import-linter contracts in pyproject.toml.

import-linter checks the imports between the layers it is told about; a module it is not told
about is checked by nobody. This test makes a new module in assess/ or exports/ name its layer,
and a new module of a package with layers of its own (a contract with ``containers``) name its layer there.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def layers_contracts() -> list[dict[str, Any]]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    return [c for c in config["tool"]["importlinter"]["contracts"] if c["type"] == "layers"]


def named(layers: list[str]) -> set[str]:
    return {part.strip() for layer in layers for part in layer.replace("|", ":").split(":")}


def layered_modules() -> set[str]:
    (layers,) = [c["layers"] for c in layers_contracts() if "containers" not in c]
    return named(layers)


def parts_of(package: str) -> set[str]:
    """The direct children of a package: its modules and subpackages, as dotted names."""
    folder = ROOT / package.replace(".", "/")
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


def test_every_module_of_a_package_with_its_own_layers_is_in_one_of_them() -> None:
    inner = [c for c in layers_contracts() if "containers" in c]
    assert inner, "assess.demo states the order of its modules"
    for contract in inner:
        for container in contract["containers"]:
            layered = {f"{container}.{name}" for name in named(contract["layers"])}
            assert layered == parts_of(container), f"{contract['name']}: name each module of {container} once"
