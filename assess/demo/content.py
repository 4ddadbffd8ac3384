"""The demo's content, read from its data files and checked as it is read.

``assess/demo/data`` holds it: ``demo.toml`` (the country, the coordinator, the rounds and their
times), ``institutions.toml``, each round's answers and evidence, and under ``documents/`` the
fictional files the evidence attaches. Every entry is checked against the built-in framework (item
codes, the scale) and against the other files (institutions, documents); a bad one is refused with a
:class:`DemoDataError` naming the file, the entry and what is wrong.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import framework as fw
from assess.demo.datafile import DemoDataError, Table, read
from assess.demo.judgement import Judgement, load_judgement
from assess.paths import package_file
from assess.vocabulary import EvidenceKind, Priority

DATA = package_file("assess.demo", "data")
UNSCORED = "unscored"
"""What an answers file writes for a score left empty (TOML has no null)."""


@dataclass(frozen=True)
class Institution:
    """A responsible institution, by the key the answers name it with."""

    key: str
    name: str
    focal_point: str
    """The login name of the fictional person who enters the answers of the items it leads."""


@dataclass(frozen=True)
class Answer:
    """What the demo enters for one item in one round, with the names :func:`assess.responses.update` takes."""

    user: str
    law: int | None = None
    practice: int | None = None
    not_applicable: bool = False
    na_justification: str = ""
    rationale: str = ""
    institutions: tuple[str, ...] = ()
    priority: str | None = None
    target_date: dt.date | None = None
    next_action: str = ""
    technical_assistance: str = ""

    def fields(self) -> dict[str, Any]:
        """The answer's fields as keywords of :func:`assess.responses.update` (``user`` apart)."""
        values = {f.name: getattr(self, f.name) for f in dataclasses.fields(self) if f.name != "user"}
        values["institutions"] = list(self.institutions)
        return values


@dataclass(frozen=True)
class Proof:
    """One piece of evidence: a document (``target`` is its file name), a link (a URL) or a legal citation."""

    item: str
    kind: str
    target: str
    description: str
    user: str
    name: str = ""
    sensitive: bool = False


@dataclass(frozen=True)
class Round:
    """One round of the assessment: a new assessment, started (and maybe marked final) at fixed times."""

    title: str
    period: str
    started_at: dt.datetime
    final_at: dt.datetime | None
    answers: dict[str, Answer]
    """By item code, in the framework's order: every item in the first round, the changed ones after."""
    evidence: tuple[Proof, ...]
    judgement: Judgement = field(default_factory=Judgement)
    """Its targets, key findings, methodology and (when final) approval."""


@dataclass(frozen=True)
class Content:
    """The whole demo: the country, who coordinates, when the framework came in, and the rounds."""

    country: str
    coordinator: str
    framework_imported_at: dt.datetime
    institutions: tuple[Institution, ...]
    rounds: tuple[Round, ...]
    documents: dict[str, bytes]
    """The content of every file evidence attaches, by file name."""


def load(folder: Path = DATA, framework: fw.Framework | None = None) -> Content:
    """The demo's content from ``folder``, checked against ``framework`` (the built-in one if None)."""
    framework = framework or fw.load_builtin()
    main = folder / "demo.toml"
    top = Table(main, "", read(main))
    institutions = _institutions(folder / "institutions.toml")
    documents = _documents(folder / "documents")
    coordinator = top.text("coordinator")
    items = _Items(framework, institutions, coordinator)
    rounds: list[Round] = []
    used: set[str] = set()
    for number, data in enumerate(top.tables("rounds"), 1):
        table = Table(main, f"round {number}", data)
        title = table.text("title")
        answers = items.answers(folder / table.text("answers"), first=not rounds)
        proofs = _evidence(folder / table.text("evidence"), framework, documents)
        started, final = table.moment("started_at"), table.optional_moment("final_at")
        if rounds and started <= (rounds[-1].final_at or rounds[-1].started_at):
            table.fail("started_at must come after the previous round")
        if final is not None and final <= started:
            table.fail("final_at must come after started_at")
        judged = load_judgement(folder / table.text("judgement"), framework, final is not None)
        rounds.append(Round(title, table.text("period", ""), started, final, answers, proofs, judged))
        table.done()
        used |= {p.target for p in proofs if p.kind == "file"}
    if not rounds:
        top.fail("no [[rounds]]")
    unused = sorted(documents.keys() - used)
    if unused:
        raise DemoDataError(folder / "documents" / unused[0], "", "no evidence attaches this document")
    content = Content(
        top.text("country"),
        coordinator,
        top.moment("framework_imported_at"),
        tuple(institutions.values()),
        tuple(rounds),
        documents,
    )
    top.done()
    return content


def _institutions(path: Path) -> dict[str, Institution]:
    found: dict[str, Institution] = {}
    for key, data in read(path).items():
        table = Table(path, f"institution {key}", data)
        found[key] = Institution(key, table.text("name"), table.text("focal_point"))
        table.done()
    return found


def _documents(folder: Path) -> dict[str, bytes]:
    if not folder.is_dir():
        raise DemoDataError(folder, "", "the folder of documents is missing")
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir()) if path.is_file()}


def _evidence(path: Path, framework: fw.Framework, documents: Mapping[str, bytes]) -> tuple[Proof, ...]:
    top = Table(path, "", read(path))
    proofs = []
    for number, data in enumerate(top.tables("evidence"), 1):
        table = Table(path, f"evidence {number}", data)
        item = table.text("item")
        table.entry = f"evidence {number} (item {item})"
        if not framework.has(item) or not framework.item(item).assessable:
            table.fail(f"there is no assessable item {item} in {framework.id} {framework.version}")
        kinds = [kind for kind in EvidenceKind if kind in table.data]
        if len(kinds) != 1:
            table.fail(f"give exactly one of {', '.join(EvidenceKind)}")
        kind = kinds[0]
        target = table.text(kind)
        if kind == "file" and target not in documents:
            table.fail(f"there is no document {target} in documents/")
        proofs.append(
            Proof(
                item,
                kind,
                target,
                table.text("description", ""),
                table.text("user"),
                table.text("name", ""),
                table.get("sensitive", bool, "true or false", False),
            )
        )
        table.done()
    top.done()
    return tuple(proofs)


class _Items:
    """Reads the rounds' answers, each later round's on top of the answers before it."""

    def __init__(self, framework: fw.Framework, institutions: Mapping[str, Institution], coordinator: str) -> None:
        self.framework = framework
        self.institutions = institutions
        self.coordinator = coordinator
        self.codes = [item.code for item in framework.assessable()]
        self.given: dict[str, dict[str, Any]] = {}  # each item's fields as the rounds so far gave them

    def answers(self, path: Path, first: bool) -> dict[str, Answer]:
        data = read(path)
        for code, fields in data.items():
            table = Table(path, f"item {code}", fields)
            if code not in self.codes:
                table.fail(f"there is no assessable item {code} in {self.framework.id} {self.framework.version}")
            if not fields:
                table.fail("the answer names no field")
            given = {name: self.check(table, name, value) for name, value in fields.items()}
            self.given[code] = {**self.given.get(code, {}), **given}
        if first:
            missing = [code for code in self.codes if code not in data]
            if missing:
                raise DemoDataError(path, "", f"the first round answers every assessable item; {missing[0]} has none")
        return {code: self.answer(path, code) for code in self.codes if code in data}

    def check(self, table: Table, name: str, value: object) -> object:
        check = _FIELDS.get(name)
        if check is None:
            table.fail(f"unknown field {name}; the fields are {', '.join(_FIELDS)}")
        try:
            return check(self, value)
        except ValueError as problem:
            table.fail(f"{name} {problem}")

    def answer(self, path: Path, code: str) -> Answer:
        given = dict(self.given[code])
        names = tuple(self.institutions[key].name for key in given.get("institutions", ()))
        lead = self.institutions[given["institutions"][0]].focal_point if names else self.coordinator
        given["institutions"] = names
        answer = Answer(**{"user": lead, **given})
        if answer.not_applicable and (answer.law is not None or answer.practice is not None):
            raise DemoDataError(path, f"item {code}", "an item cannot be both N/A and scored")
        if answer.not_applicable and not answer.na_justification:
            raise DemoDataError(path, f"item {code}", "an N/A answer needs its na_justification")
        return answer


# How each field of an answer is checked and turned into what an Answer holds; a ValueError says what is wrong.


def _score(items: _Items, value: object) -> int | None:
    scale = items.framework.scale
    if value == UNSCORED:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(
            f'must be a whole number from {scale.minimum} to {scale.maximum} or "{UNSCORED}", not {value!r}'
        )
    if not scale.minimum <= value <= scale.maximum:
        raise ValueError(f"{value} is off the scale of {items.framework.id} ({scale.minimum} to {scale.maximum})")
    return value


def _text(items: _Items, value: object) -> str:
    if not isinstance(value, str):
        raise ValueError(f"must be a text, not {value!r}")
    return value


def _flag(items: _Items, value: object) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"must be true or false, not {value!r}")
    return value


def _priority(items: _Items, value: object) -> str:
    if not isinstance(value, str) or value not in list(Priority):
        raise ValueError(f"must be one of {', '.join(Priority)}, not {value!r}")
    return value


def _date(items: _Items, value: object) -> dt.date:
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise ValueError(f"must be a date (YYYY-MM-DD), not {value!r}")
    return value


def _institution_keys(items: _Items, value: object) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(key, str) for key in value):
        raise ValueError(f"must be a list of keys of institutions.toml, not {value!r}")
    unknown = [key for key in value if key not in items.institutions]
    if unknown:
        raise ValueError(f"names {unknown[0]}, which is not in institutions.toml")
    return tuple(value)


def _user(items: _Items, value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"must be a login name, not {value!r}")
    return value


_FIELDS: dict[str, Callable[[_Items, object], object]] = {
    "law": _score,
    "practice": _score,
    "not_applicable": _flag,
    "na_justification": _text,
    "rationale": _text,
    "institutions": _institution_keys,
    "priority": _priority,
    "target_date": _date,
    "next_action": _text,
    "technical_assistance": _text,
    "user": _user,
}
"""How each field of an answer is checked (and turned into what :class:`Answer` holds)."""
