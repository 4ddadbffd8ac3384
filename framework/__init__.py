"""The checklist content as data: the built-in framework, its JSON Schema and the loader."""

from framework.errors import FrameworkError
from framework.loader import load_builtin, load_bytes, load_document, load_file
from framework.model import (
    Category,
    Direction,
    Disaggregation,
    Framework,
    Indicator,
    Item,
    Link,
    LinkReason,
    Provenance,
    Scale,
    Source,
    TextField,
    Unit,
    pick,
)

__all__ = [
    "Category",
    "Direction",
    "Disaggregation",
    "Framework",
    "FrameworkError",
    "Indicator",
    "Item",
    "Link",
    "LinkReason",
    "Provenance",
    "Scale",
    "Source",
    "TextField",
    "Unit",
    "load_builtin",
    "load_bytes",
    "load_document",
    "load_file",
    "pick",
]
