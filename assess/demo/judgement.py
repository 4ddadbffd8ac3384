"""A round's judgement in the demo's data: its targets with their reasons, its key findings, how it was made
(the methodology) and, for a round marked final, who approved it.

Read from the file a round names with ``judgement = "..."`` in ``demo.toml``; every entry is checked against
the built-in framework (codes, the scale), and a bad one is refused with a :class:`DemoDataError`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import framework as fw
from assess.demo.datafile import DemoDataError, Table, read


@dataclass(frozen=True)
class TargetEntry:
    """A target: the assessment's own (``code`` empty) or an override on a branch or an item, with its reason."""

    code: str
    level: int
    reason: str


@dataclass(frozen=True)
class ApprovalEntry:
    approved_by: str
    role: str
    body: str
    approved_on: dt.date


@dataclass(frozen=True)
class Judgement:
    targets: tuple[TargetEntry, ...] = ()
    findings: tuple[tuple[str, str], ...] = ()
    """(scope, text): the overall finding has the empty scope."""
    participants: tuple[str, ...] = ()
    meetings: tuple[tuple[dt.date, str], ...] = ()
    sources: tuple[str, ...] = ()
    agreement: str = ""
    approval: ApprovalEntry | None = None


def load_judgement(path: Path, framework: fw.Framework, final: bool) -> Judgement:
    top = Table(path, "", read(path))
    scale = framework.scale
    roots = {root.code for root in framework.roots()}
    found: list[TargetEntry] = []
    for number, data in enumerate(top.tables("targets"), 1):
        table = Table(path, f"target {number}", data)
        code = table.text("code", "")
        level = table.get("level", int, "a whole number")
        if not scale.minimum <= level <= scale.maximum:
            table.fail(f"level {level} is off the scale ({scale.minimum} to {scale.maximum})")
        if code and not framework.has(code):
            table.fail(f"there is no item {code} in {framework.id} {framework.version}")
        found.append(TargetEntry(code, level, table.text("reason")))
        table.done()
    findings: list[tuple[str, str]] = []
    for number, data in enumerate(top.tables("findings"), 1):
        table = Table(path, f"finding {number}", data)
        scope = table.text("pillar", "")
        if scope and scope not in roots:
            table.fail(f"{scope} is not a pillar of {framework.id}")
        findings.append((scope, " ".join(table.text("text").split())))
        table.done()
    method = Table(path, "methodology", top.get("methodology", dict, "a table"))
    meetings = []
    for number, data in enumerate(method.tables("meetings"), 1):
        table = Table(path, f"meeting {number}", data)
        day = table.get("date", dt.date, "a date (YYYY-MM-DD)")
        meetings.append((day, table.text("title")))
        table.done()
    judgement = Judgement(
        targets=tuple(found),
        findings=tuple(findings),
        participants=tuple(method.get("participants", list, "a list of texts")),
        meetings=tuple(meetings),
        sources=tuple(method.get("sources", list, "a list of texts")),
        agreement=" ".join(method.text("agreement").split()),
        approval=_approval(top, path) if final else None,
    )
    method.done()
    if final and judgement.approval is None:
        top.fail("a round marked final needs its [approval]")
    top.done()
    return judgement


def _approval(top: Table, path: Path) -> ApprovalEntry | None:
    if "approval" not in top.data:
        return None
    table = Table(path, "approval", top.get("approval", dict, "a table"))
    made = ApprovalEntry(
        table.text("approved_by"),
        table.text("role", ""),
        table.text("body", ""),
        table.get("date", dt.date, "a date (YYYY-MM-DD)"),
    )
    table.done()
    return made


__all__ = ["DemoDataError", "Judgement", "load_judgement"]
