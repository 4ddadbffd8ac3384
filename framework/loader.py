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
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assess.messages import UserMessage, UserText
from assess.paths import package_file
from framework.model import Framework, Item, Level, Localized, Scale, Source

if TYPE_CHECKING:
    import jsonschema

FORMAT_VERSION = 1
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_DEPTH = 12
MAX_ITEMS = 100_000
MAX_JSON_DEPTH = 2 * MAX_DEPTH + 16  # arrays and objects inside each other; a valid file needs 2 * MAX_DEPTH + 6
BUILTIN_ID = "unodc-ffa-2009"


class FrameworkError(UserMessage):
    """A framework file that cannot be used, with where and why.

    ``location`` and ``problem`` are templates sharing the fields ``params``; a location without a
    space is a place in the JSON (``scale.default_target``) and is not translated. A place found while
    reading is given as the field ``where`` of the location ``"{where}"``; one that comes out empty
    leaves the message without a location.
    """

    def __init__(self, file: str, location: str, problem: str | UserText, /, **params: object) -> None:
        where = UserText(location, **params)
        what = problem if isinstance(problem, UserText) else UserText(problem, **params)
        self.file = file
        self.location = str(where)
        self.problem = str(what)
        if self.location:
            super().__init__(UserText("{file}, at {location}: {problem}", file=file, location=where, problem=what))
        else:
            super().__init__(UserText("{file}: {problem}", file=file, problem=what))


@cache
def schema() -> dict[str, Any]:
    text = package_file("framework", "schema/framework-1.schema.json").read_text("utf-8")
    result: dict[str, Any] = json.loads(text)
    return result


def builtin_path() -> Path:
    return package_file("framework", f"data/{BUILTIN_ID}.json")


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
        raise FrameworkError(name, "", "the file cannot be read ({reason})", reason=exc.strerror or exc) from None
    except ValueError:  # for example a NUL character in the path
        raise FrameworkError(name, "", "this is not a valid file name") from None
    return load_bytes(data, name)


def load_bytes(data: bytes, name: str = "<framework>") -> Framework:
    if len(data) > MAX_FILE_BYTES:
        raise FrameworkError(name, "", _too_large(len(data)))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FrameworkError(
            name, "byte {position}", "the file is not UTF-8 text; save it as UTF-8 JSON", position=exc.start
        ) from None
    if not text.strip():
        raise FrameworkError(name, "", "the file is empty; a framework file is a JSON object")
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FrameworkError(
            name,
            "line {line}, column {column}",
            "not valid JSON: {reason}",
            line=exc.lineno,
            column=exc.colno,
            reason=exc.msg,
        ) from None
    except RecursionError:
        raise FrameworkError(
            name,
            "{where}",
            "the JSON is nested too deeply (items may be nested at most {limit} levels)",
            where=_line_column(text, _too_deep(text)),
            limit=MAX_DEPTH,
        ) from None
    except ValueError:  # a number longer than Python's integer-string limit (4300 digits)
        found = re.search(r"[0-9]{1000,}", text)
        where = _line_column(text, found.start()) if found else ""
        raise FrameworkError(
            name, "{where}", "not valid JSON for a framework: a number has far too many digits", where=where
        ) from None
    return load_document(document, name)


def _too_large(size: int) -> UserText:
    return UserText(
        "the file is {size}; a framework file may be at most {limit}", size=_size(size), limit=_size(MAX_FILE_BYTES)
    )


def _size(size: int) -> UserText:
    if size >= 1024 * 1024:
        return UserText("{size} MB", size=f"{size / (1024 * 1024):.1f}")
    if size >= 1024:
        return UserText("{size} KB", size=f"{size / 1024:.1f}")
    return UserText("{size} bytes", size=size)


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


def _line_column(text: str, position: int | None) -> UserText | str:
    if position is None:
        return ""
    line = text.count("\n", 0, position) + 1
    return UserText("line {line}, column {column}", line=line, column=position - text.rfind(chr(10), 0, position))


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
            "written for format version {version}; this release reads version {supported}. Update Assess to load it",
            version=version,
            supported=FORMAT_VERSION,
        )
    _check_shape(document, name)
    _check_values(document, name)
    import jsonschema

    errors = sorted(
        jsonschema.Draft202012Validator(schema()).iter_errors(document), key=lambda e: list(e.absolute_path)
    )
    if errors:
        first = errors[0]
        where, problem = _where(first.absolute_path, document), _message(first)
        if len(errors) > 1:
            raise FrameworkError(
                name,
                "{where}",
                "{problem} (and {count} more problems)",
                where=where,
                problem=problem,
                count=len(errors) - 1,
            )
        raise FrameworkError(name, "{where}", "{problem}", where=where, problem=problem)
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
            raise FrameworkError(name, "items", "more than {limit} items", limit=MAX_ITEMS)
        if depth > MAX_DEPTH:
            raise FrameworkError(
                name, "{where}", "items are nested more than {limit} levels deep", where=where, limit=MAX_DEPTH
            )
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
            raise FrameworkError(
                name, "{where}", "values are nested more than {limit} levels deep", where=where, limit=MAX_JSON_DEPTH
            )
        entries: Any = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
        for key, value in entries:
            for text in (key, value):
                if isinstance(text, str) and not _encodable(text):
                    raise FrameworkError(
                        name,
                        "{where}",
                        "the text contains an invalid character (a lone \\ud800-\\udfff escape); fix or remove it",
                        where=_where(_unwind((path, key)), document),
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


def _where(path: Sequence[object], document: Any) -> UserText | str:
    """A readable location: the JSON path (not translated), with the item code where there is one."""
    if not path:
        return UserText("top level")
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
    return UserText("{path} (item {code})", path=location, code=code) if code else location


_short = reprlib.Repr()
_short.maxstring = _short.maxother = 60
_short.maxlist = _short.maxdict = 3
_short.maxlevel = 1


def _message(error: jsonschema.ValidationError) -> UserText | str:
    """The schema's complaint, without quoting a whole long value back at the user.

    In words the window translates where there are some; otherwise jsonschema's own message (English).
    """
    validator, limit, instance = error.validator, error.validator_value, error.instance
    message = str(error.message)
    if "propertyNames" in error.absolute_schema_path:
        return UserText('{value} is not a language code such as "en", "fr" or "pt-BR"', value=_short.repr(instance))
    if validator == "required" and message.endswith(_REQUIRED):
        return UserText("{name} is required but missing", name=_clip(message.removesuffix(_REQUIRED)))
    if validator == "additionalProperties":
        return UserText("{problem}; remove it or check its spelling", problem=_clip(message))
    if validator == "maxLength":
        return UserText(
            "the text is {length} characters long; at most {limit} are allowed", length=len(instance), limit=limit
        )
    if validator == "minLength":
        return UserText("must not be empty")
    if validator in ("maxItems", "maxProperties"):
        return UserText("has {count} entries; at most {limit} are allowed", count=len(instance), limit=limit)
    if validator in ("minItems", "minProperties"):
        return UserText("has {count} entries; at least {limit} are needed", count=len(instance), limit=limit)
    if validator == "anyOf" and all(isinstance(s, dict) and set(s) == {"required"} for s in limit):
        names = [name for s in limit for name in s["required"]]
        return UserText("needs at least one of {names}", names=_either(names))
    full = repr(instance)
    if message.startswith(full):
        message = _short.repr(instance) + message[len(full) :]
    return _clip(message)


_REQUIRED = " is a required property"  # how jsonschema's message for a missing property ends


def _clip(text: str) -> str:
    return text if len(text) <= 300 else text[:300] + "…"


def _either(names: Sequence[str]) -> UserText | str:
    """``a or b or c``, the "or" in the window's language."""
    joined: UserText | str = names[0] if names else ""
    for name in names[1:]:
        joined = UserText("{first} or {second}", first=joined, second=name)
    return joined


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
            name,
            "scale.levels",
            "every value from {low} to {high} needs exactly one level",
            low=scale.minimum,
            high=scale.maximum,
        )

    for section in ("source_documents", "kinds", "addressees", "dimensions"):
        declared: set[str] = set()
        for i, entry in enumerate(doc.get(section, [])):
            if entry["id"] in declared:
                raise FrameworkError(
                    name,
                    "{section}[{index}].id",
                    "{id} is declared twice",
                    section=section,
                    index=i,
                    id=repr(entry["id"]),
                )
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
            raise FrameworkError(
                name,
                "{where}",
                "item code {code} is used twice (first at {first})",
                where=where,
                code=code,
                first=seen[code],
            )
        seen[code] = where
        kind = node["kind"]
        if kind not in kinds:
            raise FrameworkError(
                name,
                "{where}.kind (item {code})",
                "unknown kind {kind}; declare it under kinds",
                where=where,
                code=code,
                kind=repr(kind),
            )
        addressee = node.get("addressee")
        if addressee is not None and addressee not in addressees:
            raise FrameworkError(
                name,
                "{where}.addressee (item {code})",
                "unknown addressee {addressee}; declare it under addressees",
                where=where,
                code=code,
                addressee=repr(addressee),
            )
        if node["source"]["document"] not in documents:
            raise FrameworkError(
                name,
                "{where}.source (item {code})",
                "unknown source document {document}",
                where=where,
                code=code,
                document=repr(node["source"]["document"]),
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
                raise FrameworkError(
                    name,
                    "{where}.dimensions (item {code})",
                    "dimension {dimension} is not declared under dimensions",
                    where=where,
                    code=code,
                    dimension=repr(dimension),
                )
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
                raise FrameworkError(
                    name,
                    "{where}.tags (item {code})",
                    "tag {tag} names no item",
                    where=seen[item.code],
                    code=item.code,
                    tag=tag,
                )
    crosswalk: list[tuple[str, str, Localized]] = []
    for i, link in enumerate(doc.get("crosswalk", [])):
        for end in ("a", "b"):
            if link[end] not in seen:
                raise FrameworkError(
                    name, "crosswalk[{index}].{end}", "{code} names no item", index=i, end=end, code=link[end]
                )
        if link["a"] == link["b"]:
            raise FrameworkError(name, "crosswalk[{index}]", "an item cannot be linked to itself", index=i)
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
