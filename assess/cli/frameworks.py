"""``assess framework``: list, show, validate and import checklist frameworks."""

from __future__ import annotations

import argparse

from sqlalchemy.orm import Session

import framework as fw
from assess import frameworks
from assess.cli.text import as_json, shorten, split_name
from assess.jsonshapes import framework_info_json, framework_json


def validate(file: str) -> str:
    """Check a framework file without a database."""
    framework = fw.load_file(file)
    assessable = sum(1 for _ in framework.assessable())
    return (
        f"{file}: valid framework {framework.id} version {framework.version}: "
        f"{len(framework.items)} items, {assessable} assessable"
    )


def run(session: Session, args: argparse.Namespace, lang: str) -> str:
    if args.framework_command == "list":
        return listed(session, args.json)
    if args.framework_command == "show":
        return shown(session, args.name, args.json, lang)
    record, new = frameworks.import_file(session, args.file)
    if new:
        return f"Imported {record.key} version {record.version}."
    return f"{record.key} version {record.version} is already in the database; nothing changed."


def listed(session: Session, as_data: bool) -> str:
    infos = frameworks.list_frameworks(session)
    if as_data:
        return as_json([framework_info_json(f) for f in infos])
    return "\n".join(
        f"{f.key} {f.version}{' (built-in)' if f.builtin else ''}{' (received in a package)' if f.received else ''}: "
        f"{f.title} — {f.assessable} assessable items, "
        f"{f.assessments} assessments"
        for f in infos
    )


def shown(session: Session, name: str | None, as_data: bool, lang: str) -> str:
    key, version = split_name(name)
    framework = frameworks.loaded(frameworks.find(session, key, version))
    if as_data:
        return as_json(framework_json(framework, lang))
    lines = [f"{fw.pick(framework.title, lang)} ({framework.id} {framework.version})"]
    for item in framework.items:
        label = fw.pick(item.title, lang) or fw.pick(item.text, lang)
        flag = "*" if item.assessable else " "
        lines.append(f"{'  ' * item.depth}{flag} {item.code:<10} {shorten(label, 90)}")
    lines.append("* assessable")
    return "\n".join(lines)
