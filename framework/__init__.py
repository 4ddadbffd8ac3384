"""The checklist content as data: the built-in framework, its JSON Schema and the loader."""

from framework.loader import FrameworkError, load_builtin, load_bytes, load_document, load_file
from framework.model import Framework, Item, Scale, pick

__all__ = [
    "Framework",
    "FrameworkError",
    "Item",
    "Scale",
    "load_builtin",
    "load_bytes",
    "load_document",
    "load_file",
    "pick",
]
