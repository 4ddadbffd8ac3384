"""The commands that change an assessment: ``new``, ``score``, ``mark`` and ``evidence``.

Each returns what to print; :mod:`assess.cli.commands` prints it once the change is committed.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from sqlalchemy.orm import Session

from assess import approval, assessments, evidence, responses
from assess.cli.main import NO_PRIORITY
from assess.cli.text import as_json, fmt, split_name
from assess.errors import AssessError
from assess.fields import FIELDS, INSTITUTIONS, NA_JUSTIFICATION, NOT_APPLICABLE, PRIORITY, Edit
from assess.jsonshapes import evidence_json
from assess.vocabulary import AssessmentStatus, EvidenceKind
from db import Store


def new(session: Session, args: argparse.Namespace) -> str:
    key, version = split_name(args.framework)
    created = assessments.create(
        session,
        country=args.country,
        title=args.title,
        period=args.period,
        framework_key=key,
        framework_version=version,
        previous_id=args.previous,
    )
    return str(created.id)


def mark(session: Session, args: argparse.Namespace) -> str:
    if args.status == AssessmentStatus.DRAFT:
        if args.approved_by or args.force or args.date:
            raise AssessError("--approved-by, --date and --force are for marking final; give --reason for draft.")
        marked = approval.reopen(session, args.assessment, args.reason)
        return f"Assessment {marked.id} is now draft."
    if args.reason:
        raise AssessError("--reason is for going back to draft; a final assessment records --approved-by.")
    when = None
    if args.date:
        try:
            when = dt.date.fromisoformat(args.date)
        except ValueError:
            raise AssessError("{date} is not a date; write it as YYYY-MM-DD.", date=repr(args.date)) from None
    given = approval.Approval(args.approved_by or "", args.role, args.body, when)
    marked = approval.mark_final(session, args.assessment, given, force=args.force)
    return f"Assessment {marked.id} is now final, approved by {given.approved_by.strip()}."


def edit_of(args: argparse.Namespace) -> Edit:
    """The edit ``assess score`` asks for (each field's option keeps its value under the field's name)."""
    given = {f.name: getattr(args, f.name) for f in FIELDS}
    na, applicable = given.pop(NA_JUSTIFICATION.name), given.pop(NOT_APPLICABLE.name)
    if na is not None and applicable:
        raise AssessError("Give either --na or --applicable, not both.")
    edit: dict[str, object] = {name: value for name, value in given.items() if value is not None}
    if na is not None:
        edit |= {NOT_APPLICABLE.name: True, NA_JUSTIFICATION.name: na}
    if applicable:
        edit[NOT_APPLICABLE.name] = False
    if edit.get(PRIORITY.name) == NO_PRIORITY:
        edit[PRIORITY.name] = None
    if INSTITUTIONS.name in edit:  # repeated; an empty value clears them
        edit[INSTITUTIONS.name] = [name for name in given[INSTITUTIONS.name] if name.strip()]
    return edit  # type: ignore[return-value]


def score(store: Store, args: argparse.Namespace) -> str:
    """The edit is made on the response as it is when it is saved: the command line never showed it, so an edit
    someone saved a moment before is no reason to refuse (the window and packages refuse it: they showed or
    carried an older copy)."""
    edit = edit_of(args)
    if not edit:
        raise AssessError(
            "Nothing to change: give --law, --practice, --na, --note, --priority, --responsible, --due, --next or --ta."
        )
    result = responses.save(store, args.assessment, args.item, **edit)
    state = "N/A" if result.not_applicable else f"law {fmt(result.law)}, practice {fmt(result.practice)}"
    return f"{result.item_code}: {state}"


def run_evidence(store: Store, session: Session, args: argparse.Namespace) -> str:
    action = args.evidence_command
    if action == "add":
        return add_evidence(store, session, args)
    if action == "list":
        found = evidence.list_for(session, args.assessment, args.item)
        if args.json:
            return as_json([evidence_json(e) for e in found])
        lines = []
        for e in found:
            flag = " [sensitive]" if e.sensitive else ""
            detail = f"{e.size:,} bytes, sha256 {e.sha256}" if e.kind == EvidenceKind.FILE else (e.url or e.citation)
            lines.append(f"#{e.id:<5} {e.item_code:<10} {e.kind:<8} {e.label} ({detail}){flag}")
        return "\n".join(lines)
    if action == "remove":
        gone = evidence.remove(session, args.evidence_id)
        return f"Removed evidence #{gone.id} ({gone.label}) from {gone.item_code}."
    out = Path(args.out)
    if out.exists():
        raise AssessError("{file} already exists; choose a new file name (nothing was overwritten).", file=out)
    session.commit()
    saved = evidence.save_copy(store, args.evidence_id, out)
    return f"Saved {saved}"


def add_evidence(store: Store, session: Session, args: argparse.Namespace) -> str:
    source: str = args.source
    if not args.citation and not source.strip():
        raise AssessError("Give the file or link to attach (or --citation TEXT for a legal citation).")
    if args.citation:
        added = evidence.add_citation(
            session, args.assessment, args.item, source, description=args.description, sensitive=args.sensitive
        )
    elif "://" in source or source.startswith("mailto:"):
        added = evidence.add_link(
            session, args.assessment, args.item, source, description=args.description, sensitive=args.sensitive
        )
    else:
        session.commit()  # a file streams in in a transaction of its own
        added = evidence.attach_file(
            store, args.assessment, args.item, Path(source), description=args.description, sensitive=args.sensitive
        )
    detail = f" sha256 {added.sha256}" if added.sha256 else ""
    return f"Evidence #{added.id} added to {added.item_code}:{detail}"
