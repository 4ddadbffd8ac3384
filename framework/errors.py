"""What is wrong with a framework file, and where: the one error the loader raises, and readable locations."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from assess.messages import UserMessage, UserText


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


def where(path: Sequence[object], document: Any) -> UserText | str:
    """A readable location: the JSON path (not translated), with the item code where there is one.

    The code is the nearest ``code`` on the way down: an item's or an indicator's.
    """
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
            code = node["code"] if len(node["code"]) <= 60 else node["code"][:60] + "…"  # at most 60 when valid
    location = "".join(parts).lstrip(".")
    if code is None:
        return location
    if path[0] == "indicators":
        return UserText("{path} (indicator {code})", path=location, code=code)
    return UserText("{path} (item {code})", path=location, code=code)


def either(names: Sequence[str]) -> UserText | str:
    """``a or b or c``, the "or" in the window's language."""
    joined: UserText | str = names[0] if names else ""
    for name in names[1:]:
        joined = UserText("{first} or {second}", first=joined, second=name)
    return joined
