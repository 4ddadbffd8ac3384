"""``assess export`` and ``assess import`` (exchange packages and contribution workbooks), ``assess backup`` and
``assess restore``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from assess.cli.text import Refused, Said, counted, shorten
from assess.errors import AssessError
from assess.paths import default_database
from db import Store

if TYPE_CHECKING:
    from assess.merge import Medium, MergePlan


WORKBOOK = "xlsx"
PACKAGE = "assess"
FORMATS = (PACKAGE, WORKBOOK)


def export(store: Store, args: argparse.Namespace, lang: str) -> str:
    """Write a package, or a workbook (``--format xlsx`` or an .xlsx file) in ``lang``."""
    if (args.format or (WORKBOOK if Path(args.out).suffix.lower() == ".xlsx" else PACKAGE)) == WORKBOOK:
        return export_workbook(store, args, lang)
    from exports.exchange.crypto import read_password_file
    from exports.exchange.write import export_package

    result = export_package(
        store,
        args.assessment,
        args.out,
        pillars=tuple(args.pillar),
        items=tuple(args.items),
        responsible=args.responsible,
        password=read_password_file(args.password_file) if args.password_file else None,
        scrub=args.scrub,
        include_sensitive=args.include_sensitive,
    )
    notes = [n for n, on in (("password-protected", result.encrypted), ("scrubbed", result.scrubbed)) if on]
    addressed = f" for {result.institution}" if result.institution else ""
    written = (
        f"Wrote {result.path}{addressed}: {counted(result.items, 'item')}, {result.evidence} evidence "
        f"({counted(result.files, 'file')}), {result.size:,} bytes" + (f"; {', '.join(notes)}" if notes else "")
    )
    if result.sensitive_left_out and not result.scrubbed:
        written += (
            f"\nLeft out {result.sensitive_left_out} sensitive evidence: it leaves only in a password-protected "
            "package (--password-file) or with --include-sensitive."
        )
    elif result.sensitive_left_out:
        written += f"\nLeft out {result.sensitive_left_out} sensitive evidence (scrubbed)."
    return written


def export_workbook(store: Store, args: argparse.Namespace, lang: str) -> str:
    from exports.exchange.workbook_write import export_workbook

    if args.password_file:
        raise AssessError(
            "A workbook cannot be protected by a password: the institution could not fill it in. Leave out "
            "--password-file, or send a package (.assess) instead."
        )
    result = export_workbook(
        store,
        args.assessment,
        args.out,
        pillars=tuple(args.pillar),
        items=tuple(args.items),
        responsible=args.responsible,
        lang=lang,
    )
    addressed = f" for {result.institution}" if result.institution else ""
    return (
        f"Wrote workbook {result.path}{addressed}: {counted(result.items, 'item')}, {result.evidence} evidence "
        f"listed (no files, nothing sensitive), {result.size:,} bytes; language: {result.language}"
    )


def take_in(store: Store, args: argparse.Namespace) -> str | Said:
    """Import a package as a new assessment, or merge a package or workbook into the assessment it came from
    (``--into``); one transaction."""
    from assess import merge
    from exports.exchange.crypto import read_password_file
    from exports.exchange.opening import is_workbook, open_contribution

    if args.take and args.into is None:
        raise AssessError("--take settles conflicts of a merge; give it with --into ASSESSMENT.")
    if is_workbook(args.file) and args.into is None:
        raise AssessError(
            "A workbook is merged into the assessment it was sent from: give --into ASSESSMENT (assess list shows "
            "them)."
        )
    if is_workbook(args.file) and args.password_file:
        raise AssessError("A workbook has no password; leave out --password-file.")
    password = read_password_file(args.password_file) if args.password_file else None
    with open_contribution(args.file, store, password) as package, store.session() as session:
        contribution = package.contribution
        name = package.path.name
        if args.into is None:
            created = merge.import_new(session, contribution)
            evidence_count = sum(len(i.evidence) for i in contribution.items)
            return (
                f"Imported {name} as assessment {created.id}: {created.label} "
                f"({counted(len(contribution.items), 'item')}, {evidence_count} evidence)"
            )
        plan = merge.plan_merge(session, args.into, contribution)
        notes = tuple(str(warning) for warning in plan.warnings)
        if plan.empty:
            return Said(
                f"{name} brings nothing new for assessment {plan.assessment_id} "
                f"({len(plan.kept)} later changes of yours stay as they are); nothing was changed.",
                notes,
            )
        if plan.conflicts and args.take is None:
            refuse_conflicts(plan, contribution.medium)
        merged = merge.apply_merge(session, plan, contribution, take=args.take)
        settled = (
            f"; conflicts settled: {merged.conflicts_theirs} for theirs, {merged.conflicts_mine} for mine"
            if plan.conflicts
            else ""
        )
        return Said(
            f"Merged {name} into assessment {merged.assessment_id} ({merged.origin}): "
            f"{counted(merged.fields_taken, 'change')} taken, {len(plan.kept)} of yours kept, "
            f"{merged.evidence_added} evidence added ({counted(merged.files_stored, 'file')} stored, "
            f"{merged.files_already_held} already held){settled}",
            notes,
        )


def refuse_conflicts(plan: MergePlan, medium: Medium) -> None:
    """Refuse the merge, listing the conflicts side by side: they are settled with --take or in the window."""
    from assess import merge

    if medium is merge.Medium.WORKBOOK:
        lines = ["Changed both here and in the workbook since it was sent:"]
    else:
        lines = ["Changed both here and in the package since it was made:"]
    for conflict in plan.conflicts:
        lines.append(f"  {conflict.code:<10} {conflict.label}")
        for side, value in (("as sent", conflict.base), ("here", conflict.mine), ("theirs", conflict.theirs)):
            lines.append(f"      {side + ':':<9}{shorten(merge.describe(value), 100)}")
    codes = plan.conflict_codes
    refusal = (
        Refused(
            "1 item in conflict ({codes}); nothing was merged. Settle them all with --take mine or --take "
            "theirs, or one by one in the window (File > Import contribution...).",
            codes=codes[0],
        )
        if len(codes) == 1
        else Refused(
            "{count} items in conflict ({codes}); nothing was merged. Settle them all with --take mine or "
            "--take theirs, or one by one in the window (File > Import contribution...).",
            count=len(codes),
            codes=", ".join(codes),
        )
    )
    refusal.details = "\n".join(lines)
    raise refusal


def backup_or_restore(args: argparse.Namespace) -> str:
    from assess import backup

    database = backup.database_file(args.db or default_database())
    if args.command == "backup":
        made = backup.make_backup(database, args.out)
        return f"Backed up {database} to {made.path} ({made.assessments} assessments, {made.size:,} bytes)"
    result = backup.restore(database, args.file)
    kept = f" The database as it was is kept at {result.previous}." if result.previous else ""
    return f"Restored {result.restored.path} into {database} ({result.restored.assessments} assessments).{kept}"
