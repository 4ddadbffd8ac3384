"""What each ``assess`` command does, once :mod:`assess.cli.main` has read the command line.

Kept apart from the command line itself so that ``assess`` and ``assess demo``, which open the
window, do not import the database layer before the window is on screen (see assess/ui/launch.py).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import framework as fw
from assess import assessments, audit, evidence, frameworks, responses, scoring
from assess.cli import server as cli_server
from assess.errors import AssessError
from assess.jsonshapes import assessment_json, item_json, overview_json, state_json
from assess.paths import default_database
from db import Store, open_store
from exports.reports.labels import system_code


def run_command(args: argparse.Namespace) -> int:
    """Run a command that does not open the window; texts in ``--lang``, else the system's language."""
    if args.command == "framework" and args.framework_command == "validate":
        return framework_validate(args.file)
    if args.command == "server":
        return cli_server.run(args)
    if args.command in ("backup", "restore"):
        return run_backup(args)
    store = open_store(args.db or default_database())
    try:
        return run(store, args, args.lang or system_code())
    finally:
        store.close()


def framework_validate(file: str) -> int:
    framework = fw.load_file(file)
    assessable = sum(1 for _ in framework.assessable())
    print(
        f"{file}: valid framework {framework.id} version {framework.version}: "
        f"{len(framework.items)} items, {assessable} assessable"
    )
    return 0


def emit(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def run(store: Store, args: argparse.Namespace, lang: str) -> int:
    command = args.command
    if command in ("export", "import"):
        return run_exchange(store, args)
    with store.session() as session:
        if command == "framework":
            return run_framework(session, args, lang)
        if command == "new":
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
            print(created.id)
            return 0
        if command == "list":
            items = assessments.list_all(session)
            if args.json:
                emit([assessment_json(a) for a in items])
            elif not items:
                print("No assessments yet. Create one with: assess new --country C --title T")
            else:
                for a in items:
                    print(f"{a.id:>4}  {a.status:<5}  {a.label}  [{a.framework_key} {a.framework_version}]")
            return 0
        if command == "show":
            return show(session, args, lang)
        if command == "score":
            return score(session, args)
        if command == "evidence":
            return run_evidence(store, session, args)
        if command == "gaps":
            filters = scoring.Filters(
                pillars=tuple(args.pillar), priorities=tuple(args.priority), institution=args.responsible
            )
            found = scoring.gaps(session, args.assessment, filters, lang)
            if args.json:
                emit([state_json(s) for s in found])
            elif not found:
                print("No gaps: every scored item meets the target.")
            else:
                for s in found:
                    r = s.response
                    print(
                        f"{s.code:<10} gap {s.gap}  law {fmt(r.law)} practice {fmt(r.practice)}  "
                        f"{r.priority or '-':<6}  {', '.join(r.institutions) or '-'}  {shorten(s.text, 60)}"
                    )
            return 0
        if command == "summary":
            result = scoring.overview(session, args.assessment, lang)
            if args.json:
                emit(overview_json(result))
            else:
                for part in [*result.pillars, result.overall]:
                    print(
                        f"{part.title:<45} {part.complete:>3}/{part.assessable:<3} complete  "
                        f"law {mean(part.law_mean)}  practice {mean(part.practice_mean)}  gaps {part.gaps}"
                    )
            return 0
        if command == "report":
            from exports.reports.writer import export

            written = export(
                session,
                args.assessment,
                args.out,
                args.format,
                lang=lang,
                compare=args.compare,
                paper=args.paper,
                include_sensitive=args.include_sensitive,
            )
            print(f"Report written to {written}")
            return 0
        if command == "mark":
            marked = assessments.set_status(session, args.assessment, args.status)
            print(f"Assessment {marked.id} is now {marked.status}.")
            return 0
        if command == "history":
            assessment = assessments.get(session, args.assessment)
            if args.item is not None:
                responses.find(session, assessment, args.item)  # an unknown item is an error, not an empty history
            changes = audit.history(session, assessment.id, args.item)
            if args.json:
                emit(
                    [
                        {
                            "at": c.at.isoformat(),
                            "user": c.user,
                            "item": c.item_code,
                            "entity": c.entity,
                            "field": c.field,
                            "old": c.old,
                            "new": c.new,
                            "origin": c.origin,
                        }
                        for c in changes
                    ]
                )
            else:
                for c in changes:
                    print(
                        f"{c.at:%Y-%m-%d %H:%M}  {c.user:<14} {c.item_code or '-':<10} {c.field}: "
                        f"{shorten(c.old or '', 30)!r} -> {shorten(c.new or '', 30)!r}"
                    )
            return 0
    raise AssessError("Unknown command {command}; see assess --help.", command=repr(command))


def split_name(name: str | None) -> tuple[str | None, str | None]:
    if not name:
        return None, None
    key, _, version = name.partition("@")
    return key, version or None


def fmt(value: int | None) -> str:
    return "-" if value is None else str(value)


def mean(value: float | None) -> str:
    return "  - " if value is None else f"{value:.2f}"


def shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def run_framework(session: Any, args: argparse.Namespace, lang: str) -> int:
    if args.framework_command == "list":
        infos = frameworks.list_frameworks(session)
        if args.json:
            emit(
                [
                    {
                        "id": f.key,
                        "version": f.version,
                        "title": f.title,
                        "items": f.items,
                        "assessable": f.assessable,
                        "assessments": f.assessments,
                        "builtin": f.builtin,
                    }
                    for f in infos
                ]
            )
        else:
            for f in infos:
                mark = " (built-in)" if f.builtin else ""
                print(
                    f"{f.key} {f.version}{mark}: {f.title} — {f.assessable} assessable items, "
                    f"{f.assessments} assessments"
                )
        return 0
    if args.framework_command == "show":
        key, version = split_name(args.name)
        framework = frameworks.loaded(frameworks.find(session, key, version))
        if args.json:
            emit(
                {
                    "id": framework.id,
                    "version": framework.version,
                    "title": fw.pick(framework.title, lang),
                    "items": [item_json(framework, item, lang) for item in framework.items],
                }
            )
        else:
            print(f"{fw.pick(framework.title, lang)} ({framework.id} {framework.version})")
            for item in framework.items:
                label = fw.pick(item.title, lang) or fw.pick(item.text, lang)
                flag = "*" if item.assessable else " "
                print(f"{'  ' * item.depth}{flag} {item.code:<10} {shorten(label, 90)}")
            print("* assessable")
        return 0
    record, new = frameworks.import_file(session, args.file)
    if new:
        print(f"Imported {record.key} version {record.version}.")
    else:
        print(f"{record.key} version {record.version} is already in the database; nothing changed.")
    return 0


def show(session: Any, args: argparse.Namespace, lang: str) -> int:
    assessment = assessments.get(session, args.assessment)
    info = assessments.info(assessment)
    states = scoring.item_states(session, assessment.id, lang)
    attached = evidence.list_for(session, assessment.id)
    by_item: dict[str, list[evidence.EvidenceView]] = {}
    for e in attached:
        by_item.setdefault(e.item_code, []).append(e)
    result = scoring.overview(session, assessment.id, lang)
    if args.json:
        emit(
            {
                "assessment": assessment_json(info),
                "summary": overview_json(result),
                "items": [state_json(s, by_item.get(s.code, [])) for s in states],
            }
        )
        return 0
    print(f"{info.label} — {info.status}, target {info.target} on {info.scale_min}-{info.scale_max}")
    for s in states:
        r = s.response
        if r.not_applicable:
            scores = f"N/A ({shorten(r.na_justification, 50)})"
        else:
            scores = f"law {fmt(r.law)}  practice {fmt(r.practice)}"
        print(f"\n{s.code:<10} [{s.status}] {scores}")
        print(f"  {shorten(s.text, 110)}")
        if r.rationale:
            print(f"  Rationale: {r.rationale}")
        extras = [
            f"priority {r.priority}" if r.priority else "",
            f"due {r.target_date}" if r.target_date else "",
            f"responsible: {', '.join(r.institutions)}" if r.institutions else "",
        ]
        if any(extras):
            print("  " + "; ".join(x for x in extras if x))
        if r.next_action:
            print(f"  Next action: {r.next_action}")
        if r.technical_assistance:
            print(f"  Technical assistance: {r.technical_assistance}")
        for e in by_item.get(s.code, []):
            flag = " [sensitive]" if e.sensitive else ""
            detail = f"{e.size:,} bytes, sha256 {e.short_hash}" if e.kind == "file" else (e.url or e.citation)
            print(f"  Evidence #{e.id} {e.kind}: {e.label} ({detail}){flag}")
    o = result.overall
    print(
        f"\nComplete {o.complete}/{o.assessable}; law {mean(o.law_mean)}, practice {mean(o.practice_mean)}; "
        f"{o.gaps} gaps"
    )
    return 0


def score(session: Any, args: argparse.Namespace) -> int:
    changes: dict[str, Any] = {}
    if args.law is not None:
        changes["law"] = args.law
    if args.practice is not None:
        changes["practice"] = args.practice
    if args.na is not None and args.applicable:
        raise AssessError("Give either --na or --applicable, not both.")
    if args.na is not None:
        changes["not_applicable"] = True
        changes["na_justification"] = args.na
    if args.applicable:
        changes["not_applicable"] = False
    if args.note is not None:
        changes["rationale"] = args.note
    if args.priority is not None:
        changes["priority"] = None if args.priority == "none" else args.priority
    if args.responsible is not None:
        changes["institutions"] = [name for value in args.responsible for name in [value] if name.strip()]
    if args.due is not None:
        changes["target_date"] = args.due
    if args.next_action is not None:
        changes["next_action"] = args.next_action
    if args.ta is not None:
        changes["technical_assistance"] = args.ta
    if not changes:
        raise AssessError(
            "Nothing to change: give --law, --practice, --na, --note, --priority, --responsible, --due, --next or --ta."
        )
    result = responses.update(session, args.assessment, args.item, **changes)
    state = "N/A" if result.not_applicable else f"law {fmt(result.law)}, practice {fmt(result.practice)}"
    print(f"{result.item_code}: {state}")
    return 0


def run_evidence(store: Store, session: Any, args: argparse.Namespace) -> int:
    action = args.evidence_command
    if action == "add":
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
            session.commit()
            added = evidence.attach_file(
                store, args.assessment, args.item, Path(source), description=args.description, sensitive=args.sensitive
            )
        detail = f" sha256 {added.sha256}" if added.sha256 else ""
        print(f"Evidence #{added.id} added to {added.item_code}:{detail}")
        return 0
    if action == "list":
        found = evidence.list_for(session, args.assessment, args.item)
        if args.json:
            from assess.jsonshapes import evidence_json

            emit([evidence_json(e) for e in found])
        else:
            for e in found:
                flag = " [sensitive]" if e.sensitive else ""
                detail = f"{e.size:,} bytes, sha256 {e.sha256}" if e.kind == "file" else (e.url or e.citation)
                print(f"#{e.id:<5} {e.item_code:<10} {e.kind:<8} {e.label} ({detail}){flag}")
        return 0
    if action == "remove":
        gone = evidence.remove(session, args.evidence_id)
        print(f"Removed evidence #{gone.id} ({gone.label}) from {gone.item_code}.")
        return 0
    out = Path(args.out)
    if out.exists():
        raise AssessError("{file} already exists; choose a new file name (nothing was overwritten).", file=out)
    session.commit()
    saved = evidence.save_copy(store, args.evidence_id, out)
    print(f"Saved {saved}")
    return 0


def run_exchange(store: Store, args: argparse.Namespace) -> int:
    from assess import merge
    from exports.exchange.crypto import read_password_file
    from exports.exchange.read import open_package
    from exports.exchange.write import export_package

    password = read_password_file(args.password_file) if args.password_file else None
    if args.command == "export":
        result = export_package(
            store,
            args.assessment,
            args.out,
            pillars=tuple(args.pillar),
            items=tuple(args.items),
            responsible=args.responsible,
            password=password,
            scrub=args.scrub,
        )
        notes = [n for n, on in (("password-protected", result.encrypted), ("scrubbed", result.scrubbed)) if on]
        addressed = f" for {result.institution}" if result.institution else ""
        print(
            f"Wrote {result.path}{addressed}: {counted(result.items, 'item')}, {result.evidence} evidence "
            f"({counted(result.files, 'file')}), {result.size:,} bytes" + (f"; {', '.join(notes)}" if notes else "")
        )
        return 0
    if args.take and args.into is None:
        raise AssessError("--take settles conflicts of a merge; give it with --into ASSESSMENT.")
    with open_package(args.file, password) as package, store.session() as session:
        contribution = package.contribution
        if args.into is None:
            created = merge.import_new(session, contribution)
            evidence_count = sum(len(i.evidence) for i in contribution.items)
            print(
                f"Imported {package.path.name} as assessment {created.id}: {created.label} "
                f"({counted(len(contribution.items), 'item')}, {evidence_count} evidence)"
            )
            return 0
        plan = merge.plan_merge(session, args.into, contribution)
        for warning in plan.warnings:
            print(f"assess: note: {warning}", file=sys.stderr)
        if plan.empty:
            print(
                f"{package.path.name} brings nothing new for assessment {plan.assessment_id} "
                f"({len(plan.kept)} later changes of yours stay as they are); nothing was changed."
            )
            return 0
        if plan.conflicts and args.take is None:
            print("Changed both here and in the package since it was made:")
            for conflict in plan.conflicts:
                print(f"  {conflict.code:<10} {conflict.label}")
                for name, value in (("as sent", conflict.base), ("here", conflict.mine), ("theirs", conflict.theirs)):
                    print(f"      {name + ':':<9}{shorten(merge.describe(value), 100)}")
            codes = plan.conflict_codes
            if len(codes) == 1:
                raise AssessError(
                    "1 item in conflict ({codes}); nothing was merged. Settle them all with --take mine or --take "
                    "theirs, or one by one in the window (File > Import contribution...).",
                    codes=codes[0],
                )
            raise AssessError(
                "{count} items in conflict ({codes}); nothing was merged. Settle them all with --take mine or "
                "--take theirs, or one by one in the window (File > Import contribution...).",
                count=len(codes),
                codes=", ".join(codes),
            )
        merged = merge.apply_merge(session, plan, contribution, take=args.take)
        settled = (
            f"; conflicts settled: {merged.conflicts_theirs} for theirs, {merged.conflicts_mine} for mine"
            if plan.conflicts
            else ""
        )
        print(
            f"Merged {package.path.name} into assessment {merged.assessment_id} ({merged.origin}): "
            f"{counted(merged.fields_taken, 'change')} taken, {len(plan.kept)} of yours kept, "
            f"{merged.evidence_added} evidence added ({counted(merged.files_stored, 'file')} stored, "
            f"{merged.files_already_held} already held){settled}"
        )
    return 0


def counted(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def run_backup(args: argparse.Namespace) -> int:
    from assess import backup

    database = backup.database_file(args.db or default_database())
    if args.command == "backup":
        made = backup.make_backup(database, args.out)
        print(f"Backed up {database} to {made.path} ({made.assessments} assessments, {made.size:,} bytes)")
        return 0
    result = backup.restore(database, args.file)
    kept = f" The database as it was is kept at {result.previous}." if result.previous else ""
    print(f"Restored {result.restored.path} into {database} ({result.restored.assessments} assessments).{kept}")
    return 0
