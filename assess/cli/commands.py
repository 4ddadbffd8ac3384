"""What each ``assess`` command does, once :mod:`assess.cli.main` has read the command line.

Kept apart from the command line itself so that ``assess`` and ``assess demo``, which open the
window, do not import the database layer before the window is on screen (see assess/ui/launch.py).
A command returns what to print, and it is printed once its transaction is committed: a command
that said "saved" before the commit would lie if the commit failed.
"""

from __future__ import annotations

import argparse

from sqlalchemy.orm import Session

from assess.cli import data, editing, exchange, frameworks, reading
from assess.cli import server as cli_server
from assess.errors import AssessError
from assess.paths import default_database
from db import Store, open_store
from exports.reports.labels import system_code


def run_command(args: argparse.Namespace) -> int:
    """Run a command that does not open the window; texts in ``--lang``, else the system's language."""
    if args.command == "framework" and args.framework_command == "validate":
        return said(frameworks.validate(args.file))
    if args.command == "server":
        return cli_server.run(args)
    if args.command in ("backup", "restore"):
        return said(exchange.backup_or_restore(args))
    store = open_store(args.db or default_database())
    try:
        return said(run(store, args, args.lang or system_code()))
    finally:
        store.close()


def said(output: str) -> int:
    """Print what a command has to say (nothing for an empty text); the command's exit status."""
    if output:
        print(output)
    return 0


def run(store: Store, args: argparse.Namespace, lang: str) -> str:
    """The command's output, its changes committed."""
    command = args.command
    if command == "export":
        return exchange.export(store, args)
    if command == "import":
        return exchange.take_in(store, args)
    with store.session() as session:
        if command == "framework":
            return frameworks.run(session, args, lang)
        if command == "new":
            return editing.new(session, args)
        if command == "score":
            return editing.score(session, args)
        if command == "mark":
            return editing.mark(session, args)
        if command == "evidence":
            return editing.run_evidence(store, session, args)
        if command == "list":
            return reading.listed(session, args.json)
        if command == "show":
            return reading.show(session, args, lang)
        if command == "gaps":
            return reading.gaps(session, args, lang)
        if command == "summary":
            return reading.summary(session, args, lang)
        if command == "history":
            return reading.history(session, args)
        if command == "report":
            return report(session, args, lang)
        if command == "data":
            return data.run(session, args, lang)
    raise AssessError("Unknown command {command}; see assess --help.", command=repr(command))


def report(session: Session, args: argparse.Namespace, lang: str) -> str:
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
    return f"Report written to {written}"
