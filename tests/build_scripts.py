"""The build scripts of packaging/, loaded by file for the tests.

packaging/ is not a Python package, and must not become one: its name would hide the ``packaging``
library that pip, pytest and PyInstaller import.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"


def load(name: str) -> ModuleType:
    """packaging/NAME.py as a module (once per test session; the spec imports them by these names too)."""
    if name in sys.modules and Path(sys.modules[name].__file__ or "").parent == PACKAGING:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
