"""Reading the demo's TOML data files, so that every problem names the file, the entry and what is wrong."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, NoReturn


class DemoDataError(Exception):
    """A data file of the demo that cannot be used: the file, the entry in it (if any) and what is wrong.

    The data ships with Assess, so this is a fault of the release, found by the tests; it is not
    translated.
    """

    def __init__(self, file: Path, entry: str, problem: str) -> None:
        self.file, self.entry, self.problem = file, entry, problem
        where = f"{file}, {entry}" if entry else str(file)
        super().__init__(f"{where}: {problem}. Correct the demo's data file.")


def read(path: Path) -> dict[str, Any]:
    """The tables of the TOML file at ``path``."""
    import tomllib  # here, not above: handing out a copy of a built demo does not need it

    try:
        return tomllib.loads(path.read_text("utf-8"))
    except OSError as exc:
        raise DemoDataError(path, "", f"cannot be read ({exc.strerror or exc})") from None
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise DemoDataError(path, "", f"not a valid TOML file ({exc})") from None


_REQUIRED: Any = object()


class Table:
    """One table of a data file (``entry`` names it in messages), read key by key; :meth:`done` refuses the keys
    nobody asked for."""

    def __init__(self, file: Path, entry: str, data: object) -> None:
        self.file, self.entry = file, entry
        if not isinstance(data, dict):
            self.fail("expected a table")
        self.data: dict[str, Any] = data
        self.asked: set[str] = set()

    def fail(self, problem: str) -> NoReturn:
        raise DemoDataError(self.file, self.entry, problem)

    def get(self, key: str, kind: type, what: str, default: Any = _REQUIRED) -> Any:
        self.asked.add(key)
        if key not in self.data:
            if default is _REQUIRED:
                self.fail(f"{key} is missing")
            return default
        value = self.data[key]
        if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
            self.fail(f"{key} must be {what}, not {value!r}")
        return value

    def text(self, key: str, default: str = _REQUIRED) -> str:
        value: str = self.get(key, str, "a text", default)
        return value

    def moment(self, key: str) -> dt.datetime:
        value: dt.datetime = self.get(key, dt.datetime, "a date and time (YYYY-MM-DDTHH:MM:SS)")
        if value.tzinfo is not None:
            self.fail(f"{key} must be a local date and time, without a time zone")
        return value

    def optional_moment(self, key: str) -> dt.datetime | None:
        if key not in self.data:
            self.asked.add(key)
            return None
        return self.moment(key)

    def tables(self, key: str) -> list[Any]:
        value: list[Any] = self.get(key, list, "a list of tables ([[...]])")
        return value

    def done(self) -> None:
        unknown = sorted(self.data.keys() - self.asked)
        if unknown:
            self.fail(f"unknown key {unknown[0]}")
