"""Reading framework files: size and depth limits, JSON Schema, then the checks a schema cannot say.

Every problem is reported as a :class:`FrameworkError` naming the file, the location inside
it and what is wrong; nothing here raises anything else for a bad file.
"""

from __future__ import annotations

import json
import re
import reprlib
import stat
from collections.abc import Mapping, Sequence
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from framework.model import Framework, Item, Level, Localized, Scale, Source

if TYPE_CHECKING:
    import jsonschema

FORMAT_VERSION = 1
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_DEPTH = 12
MAX_ITEMS = 100_000
MAX_JSON_DEPTH = 2 * MAX_DEPTH + 16  # arrays and objects inside each other; a valid file needs 2 * MAX_DEPTH + 6
BUILTIN_ID = "unodc-ffa-2009"


class FrameworkError(Exception):
    """A framework file that cannot be used, with where and why."""

    def __init__(self, file: str, location: str, problem: str) -> None:
        self.file = file
        self.location = location
        self.problem = problem
        where = f"{file}, at {location}" if location else file
        super().__init__(f"{where}: {problem}")


@cache
def schema() -> dict[str, Any]:
    text = resources.files("framework").joinpath("schema/framework-1.schema.json").read_text("utf-8")
    result: dict[str, Any] = json.loads(text)
    return result


def builtin_path() -> Path:
    return Path(str(resources.files("framework").joinpath(f"data/{BUILTIN_ID}.json")))


@cache
def load_builtin() -> Framework:
    return load_file(builtin_path())


def load_file(path: str | Path) -> Framework:
    """Read, check and return the framework in ``path``."""
    name = str(path)
    try:
        info = Path(path).stat()
        if stat.S_ISDIR(info.st_mode):  # checked first: on Windows, opening a folder says "permission denied"
            raise FrameworkError(name, "", "this is a folder, not a framework file")
        if not stat.S_ISREG(info.st_mode):
            raise FrameworkError(name, "", "this is not an ordinary file; choose a framework .json file")
        if info.st_size > MAX_FILE_BYTES:
            raise FrameworkError(name, "", _too_large(info.st_size))
        with open(path, "rb") as stream:
            data = stream.read(MAX_FILE_BYTES + 1)  # the file may have grown since stat()
    except FileNotFoundError:
        raise FrameworkError(name, "", "no such file; check the path") from None
    except IsADirectoryError:
        raise FrameworkError(name, "", "this is a folder, not a framework file") from None
    except PermissionError:
        raise FrameworkError(name, "", "the file cannot be read (permission denied)") from None
    except OSError as exc:
        raise FrameworkError(name, "", f"the file cannot be read ({exc.strerror or exc})") from None
    except ValueError:  # for example a NUL character in the path
        raise FrameworkError(name, "", "this is not a valid file name") from None
    return load_bytes(data, name)


def load_bytes(data: bytes, name: str = "<framework>") -> Framework:
    if len(data) > MAX_FILE_BYTES:
        raise FrameworkError(name, "", _too_large(len(data)))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FrameworkError(name, f"byte {exc.start}", "the file is not UTF-8 text; save it as UTF-8 JSON") from None
    if not text.strip():
        raise FrameworkError(name, "", "the file is empty; a framework file is a JSON object")
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FrameworkError(name, f"line {exc.lineno}, column {exc.colno}", f"not valid JSON: {exc.msg}") from None
    except RecursionError:
        raise FrameworkError(
            name,
            _line_column(text, _too_deep(text)),
            f"the JSON is nested too deeply (items may be nested at most {MAX_DEPTH} levels)",
        ) from None
    except ValueError:  # a number longer than Python's integer-string limit (4300 digits)
        found = re.search(r"[0-9]{1000,}", text)
        where = _line_column(text, found.start()) if found else ""
        raise FrameworkError(name, where, "not valid JSON for a framework: a number has far too many digits") from None
    return load_document(document, name)


def _too_large(size: int) -> str:
    return f"the file is {_size(size)}; a framework file may be at most {_size(MAX_FILE_BYTES)}"


def _size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    if size >= 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size} bytes"


_JSON_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')


def _too_deep(text: str) -> int | None:
    """Where in ``text`` arrays and objects first nest more than MAX_JSON_DEPTH deep, found without recursion."""
    depth = 0
    for token in _JSON_TOKENS.finditer(text):
        if token.group() in ("[", "{"):
            depth += 1
            if depth > MAX_JSON_DEPTH:
                return token.start()
        elif token.group() in ("]", "}"):
            depth -= 1
    return None


def _line_column(text: str, position: int | None) -> str:
    if position is None:
        return ""
    line = text.count("\n", 0, position) + 1
    return f"line {line}, column {position - text.rfind(chr(10), 0, position)}"


def load_document(document: object, name: str = "<framework>", *, validate: bool = True) -> Framework:
    """Check a parsed JSON document and build the framework from it.

    ``validate=False`` skips the JSON Schema walk for a document that passed it when it was
    imported (a framework stored in a database); the checks the schema cannot say still run.
    """
    if not validate and isinstance(document, dict):
        try:
            return _build(document, name)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # not what was stored: fall through to the full check and its clear message
    if not isinstance(document, dict):
        raise FrameworkError(name, "top level", "expected a JSON object describing a framework")
    if document.get("format") != "assess-framework":
        raise FrameworkError(name, "format", 'not an Assess framework file (expected "format": "assess-framework")')
    version = document.get("format_version")
    if isinstance(version, int | float) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise FrameworkError(
            name,
            "format_version",
            f"written for format version {version}; this release reads version {FORMAT_VERSION}. Update Assess to load it",
        )
    _check_shape(document, name)
    _check_values(document, name)
    import jsonschema

    errors = sorted(
        jsonschema.Draft202012Validator(schema()).iter_errors(document), key=lambda e: list(e.absolute_path)
    )
    if errors:
        first = errors[0]
        more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
        raise FrameworkError(name, _where(first.absolute_path, document), _message(first) + more)
    return _build(document, name)


def _check_shape(document: Mapping[str, Any], name: str) -> None:
    """Depth and size limits, checked iteratively before the recursive schema walk."""
    stack: list[tuple[object, int, str]] = [
        (item, 1, f"items[{i}]") for i, item in enumerate(_list(document.get("items")))
    ]
    count = 0
    while stack:
        item, depth, where = stack.pop()
        count += 1
        if count > MAX_ITEMS:
            raise FrameworkError(name, "items", f"more than {MAX_ITEMS} items")
        if depth > MAX_DEPTH:
            raise FrameworkError(name, where, f"items are nested more than {MAX_DEPTH} levels deep")
        if isinstance(item, dict):
            for i, child in enumerate(_list(item.get("children"))):
                stack.append((child, depth + 1, f"{where}.children[{i}]"))


def _check_values(document: Mapping[str, Any], name: str) -> None:
    """Nesting of any value, and text that cannot be stored, checked iteratively.

    The schema check and its messages recurse into values, so a deeply nested list (in ``tags``, say) would
    otherwise end in a RecursionError. A lone UTF-16 surrogate ("\\ud800") parses but cannot be saved as UTF-8.
    """
    stack: list[tuple[object, int, tuple[Any, ...]]] = [(document, 1, ())]
    while stack:
        node, depth, path = stack.pop()
        if depth > MAX_JSON_DEPTH:
            where = _where(_unwind(path), document)
            raise FrameworkError(name, where, f"values are nested more than {MAX_JSON_DEPTH} levels deep")
        entries: Any = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
        for key, value in entries:
            for text in (key, value):
                if isinstance(text, str) and not _encodable(text):
                    raise FrameworkError(
                        name,
                        _where(_unwind((path, key)), document),
                        "the text contains an invalid character (a lone \\ud800-\\udfff escape); fix or remove it",
                    )
            if isinstance(value, dict | list):
                stack.append((value, depth + 1, (path, key)))


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _unwind(path: tuple[Any, ...]) -> list[object]:
    """The steps of a path kept as nested pairs ``(((), "items"), 0)``, so that paths are only built on error."""
    steps: list[object] = []
    while path:
        path, step = path
        steps.append(step)
    return steps[::-1]


def _list(value: object) -> Sequence[object]:
    return value if isinstance(value, list) else ()


def _where(path: Sequence[object], document: Any) -> str:
    """A readable location: the JSON path, with the item code where there is one."""
    if not path:
        return "top level"
    parts: list[str] = []
    node = document
    code = None
    for step in path:
        parts.append(f"[{step}]" if isinstance(step, int) else f".{step}")
        try:
            node = node[step]
        except (KeyError, IndexError, TypeError):
            break
        if isinstance(node, dict) and isinstance(node.get("code"), str):
            code = node["code"]
    location = "".join(parts).lstrip(".")
    return f"{location} (item {code})" if code else location


_short = reprlib.Repr()
_short.maxstring = _short.maxother = 60
_short.maxlist = _short.maxdict = 3
_short.maxlevel = 1


def _message(error: jsonschema.ValidationError) -> str:
    """The schema's complaint, without quoting a whole long value back at the user."""
    validator, limit, instance = error.validator, error.validator_value, error.instance
    if "propertyNames" in error.absolute_schema_path:
        return f'{_short.repr(instance)} is not a language code such as "en", "fr" or "pt-BR"'
    if validator == "required":
        message = str(error.message).replace("is a required property", "is required but missing")
    elif validator == "additionalProperties":
        message = f"{error.message}; remove it or check its spelling"
    elif validator == "maxLength":
        return f"the text is {len(instance)} characters long; at most {limit} are allowed"
    elif validator == "minLength":
        return "must not be empty"
    elif validator in ("maxItems", "maxProperties"):
        return f"has {len(instance)} entries; at most {limit} are allowed"
    elif validator in ("minItems", "minProperties"):
        return f"has {len(instance)} entries; at least {limit} are needed"
    elif validator == "anyOf" and all(isinstance(s, dict) and set(s) == {"required"} for s in limit):
        return "needs at least one of " + " or ".join(name for s in limit for name in s["required"])
    else:
        message = str(error.message)
        full = repr(instance)
        if message.startswith(full):
            message = _short.repr(instance) + message[len(full) :]
    return message if len(message) <= 300 else message[:300] + "…"


def _localized(value: object) -> Localized:
    return dict(value) if isinstance(value, dict) else {}


def _build(doc: dict[str, Any], name: str) -> Framework:
    scale_doc = doc["scale"]
    levels = tuple(
        Level(int(level["value"]), label=_localized(level["label"]), description=_localized(level.get("description")))
        for level in scale_doc["levels"]
    )
    # int(): the schema accepts 1.0 as an integer
    scale = Scale(int(scale_doc["min"]), int(scale_doc["max"]), int(scale_doc["default_target"]), levels)
    if scale.minimum >= scale.maximum:
        raise FrameworkError(name, "scale", "min must be below max")
    if not scale.minimum <= scale.default_target <= scale.maximum:
        raise FrameworkError(name, "scale.default_target", "the default target must lie on the scale")
    values = sorted(level.value for level in levels)
    if values != list(range(scale.minimum, scale.maximum + 1)):
        raise FrameworkError(
            name, "scale.levels", f"every value from {scale.minimum} to {scale.maximum} needs exactly one level"
        )

    for section in ("source_documents", "kinds", "addressees", "dimensions"):
        declared: set[str] = set()
        for i, entry in enumerate(doc.get(section, [])):
            if entry["id"] in declared:
                raise FrameworkError(name, f"{section}[{i}].id", f"{entry['id']!r} is declared twice")
            declared.add(entry["id"])
    kinds = {kind["id"]: kind for kind in doc["kinds"]}
    addressees = {a["id"]: a for a in doc.get("addressees", [])}
    documents = {d["id"]: d["title"] for d in doc["source_documents"]}
    dimensions = {d["id"]: _localized(d["label"]) for d in doc.get("dimensions", [])} or {
        "law": {"en": "In law and institutions"},
        "practice": {"en": "In practice"},
    }
    items: list[Item] = []
    seen: dict[str, str] = {}

    def visit(node: dict[str, Any], parent: str | None, depth: int, where: str) -> str:
        code = node["code"]
        if code in seen:
            raise FrameworkError(name, where, f"item code {code} is used twice (first at {seen[code]})")
        seen[code] = where
        kind = node["kind"]
        if kind not in kinds:
            raise FrameworkError(name, f"{where}.kind (item {code})", f"unknown kind {kind!r}; declare it under kinds")
        addressee = node.get("addressee")
        if addressee is not None and addressee not in addressees:
            raise FrameworkError(
                name,
                f"{where}.addressee (item {code})",
                f"unknown addressee {addressee!r}; declare it under addressees",
            )
        if node["source"]["document"] not in documents:
            raise FrameworkError(
                name, f"{where}.source (item {code})", f"unknown source document {node['source']['document']!r}"
            )
        if "assessable" in node:
            assessable = bool(node["assessable"])
        elif addressee is not None:
            assessable = bool(addressees[addressee]["assessable"])
        else:
            assessable = bool(kinds[kind].get("assessable", False))
        item_dimensions = tuple(node.get("dimensions", [d for d in ("law", "practice") if d in dimensions]))
        for dimension in item_dimensions:
            if dimension not in dimensions:
                problem = f"dimension {dimension!r} is not declared under dimensions"
                raise FrameworkError(name, f"{where}.dimensions (item {code})", problem)
        source = Source(**{k: str(v) for k, v in node["source"].items()})
        index = len(items)
        items.append(
            Item(
                code=code,
                kind=kind,
                title=_localized(node.get("title")),
                text=_localized(node.get("text")),
                source=source,
                assessable=assessable,
                addressee=addressee,
                tags=tuple(node.get("tags", ())),
                dimensions=item_dimensions,
                parent=parent,
                depth=depth,
            )
        )
        children = [
            visit(child, code, depth + 1, f"{where}.children[{i}]") for i, child in enumerate(node.get("children", []))
        ]
        if children:
            items[index] = _with_children(items[index], children)
        return str(code)

    for i, node in enumerate(doc["items"]):
        visit(node, None, 0, f"items[{i}]")

    for item in items:
        for tag in item.tags:
            if tag not in seen:
                raise FrameworkError(name, f"{seen[item.code]}.tags (item {item.code})", f"tag {tag} names no item")
    crosswalk: list[tuple[str, str, Localized]] = []
    for i, link in enumerate(doc.get("crosswalk", [])):
        for end in ("a", "b"):
            if link[end] not in seen:
                raise FrameworkError(name, f"crosswalk[{i}].{end}", f"{link[end]} names no item")
        if link["a"] == link["b"]:
            raise FrameworkError(name, f"crosswalk[{i}]", "an item cannot be linked to itself")
        crosswalk.append((link["a"], link["b"], _localized(link.get("note"))))
    if not any(item.assessable for item in items):
        raise FrameworkError(name, "items", "no item is assessable, so there is nothing to score")
    return Framework(
        id=doc["id"],
        version=doc["version"],
        format_version=int(doc["format_version"]),
        title=_localized(doc["title"]),
        description=_localized(doc.get("description")),
        default_language=doc["default_language"],
        documents=documents,
        scale=scale,
        dimensions=dimensions,
        kinds={k: _localized(v["label"]) for k, v in kinds.items()},
        addressees={k: _localized(v["label"]) for k, v in addressees.items()},
        items=tuple(items),
        crosswalk=tuple(crosswalk),
        raw=doc,
    )


def _with_children(item: Item, children: list[str]) -> Item:
    from dataclasses import replace

    return replace(item, children=tuple(children))
