"""The commands that turn the record into a judgement: ``target``, ``finding`` and ``methodology``.

Each returns what to print; :mod:`assess.cli.commands` prints it once the change is committed.
"""

from __future__ import annotations

import argparse

from sqlalchemy.orm import Session

from assess import findings, targets
from assess import methodology as method
from assess.cli.text import as_json
from assess.errors import AssessError


def target(session: Session, args: argparse.Namespace) -> str:
    codes = tuple(args.pillar) + tuple(args.item)
    result = targets.set_target(session, args.assessment, args.level, codes=codes, reason=args.reason)
    if not codes:
        reason = f" ({result.reason})" if result.reason else ""
        return f"The assessment's target is now {result.level}{reason}."
    lines = []
    for code in codes:
        found = result.overrides.get(code)
        if found is None:
            lines.append(f"{code}: the assessment's target ({result.level}) applies.")
        else:
            lines.append(f"{code}: target {found.level} ({found.reason}).")
    return "\n".join(lines)


def finding(session: Session, args: argparse.Namespace) -> str:
    written = findings.set_finding(session, args.assessment, args.text, scope=args.pillar)
    scope = args.pillar.strip() or "overall"
    if written is None:
        return f"No key finding for {scope} now."
    return f"Key finding for {scope} saved ({len(written.text)} characters)."


def methodology(session: Session, args: argparse.Namespace) -> str:
    """Show the methodology recorded, or replace the parts given (an empty value clears a list)."""
    given = {"participants": _list(args.participant), "meetings": _list(args.meeting), "sources": _list(args.source)}
    if all(value is None for value in given.values()) and args.agreement is None:
        shown = method.of_assessment(session, args.assessment)
    else:
        if args.json:
            raise AssessError("--json shows the methodology; give it without the options that change it.")
        shown = method.set_methodology(
            session,
            args.assessment,
            participants=given["participants"],
            meetings=given["meetings"],
            sources=given["sources"],
            agreement=args.agreement,
        )
    if args.json:
        return as_json(shown.to_json())
    lines = [
        "Participants: " + ("; ".join(shown.participants) or "-"),
        "Meetings: " + ("; ".join(f"{m.held_on.isoformat()} {m.title}" for m in shown.meetings) or "-"),
        "Sources: " + ("; ".join(shown.sources) or "-"),
        "How scores were agreed: " + (shown.agreement or "-"),
    ]
    return "\n".join(lines)


def _list(values: list[str] | None) -> list[str] | None:
    """A repeated option: None when not given; an empty value clears the list."""
    if values is None:
        return None
    return [value for value in values if value.strip()]
