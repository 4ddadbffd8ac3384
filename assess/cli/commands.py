"""What each ``assess`` command does, once :mod:`assess.cli.main` has read the command line.

Kept apart from the command line itself so that ``assess`` and ``assess demo``, which open the
window, do not import the database layer before the window is on screen (see assess/ui/launch.py).
A command returns what to print (:class:`~assess.cli.text.Said`, or its output alone), and it is
printed here once its transaction is committed and its session closed: a command that said "saved"
before the commit would lie if the commit failed, or if the process were killed in between. What
is printed has its control characters escaped (:func:`assess.limits.visible`): it may quote text
from a package or a colleague.
"""

from __future__ import annotations

import argparse
import sys

from sqlalchemy.orm import Session

from assess.cli import editing, exchange, frameworks, judging, reading
from assess.cli import server as cli_server
from assess.cli.text import Said
from assess.errors import AssessError
from assess.limits import visible
from assess.paths import default_database
from db import Store, open_store
from exports.reports.labels import system_code


def run_command(args: argparse.Namespace) -> int:
    """Run a command that does not open the window; texts in ``--lang``, else the system's language."""
    if args.command == "framework" and args.framework_command == "validate":
        return said(frameworks.validate(args.file))
    if args.command == "server":
        return said(cli_server.run(args))
    if args.command in ("backup", "restore"):
        return said(exchange.backup_or_restore(args))
    store = open_store(args.db or default_database(), create=creates_database(args))
    try:
        output = run(store, args, args.lang or system_code())
    finally:
        store.close()
    return said(output)


def creates_database(args: argparse.Namespace) -> bool:
    """Whether the command may start a database where there is none: those that put the first things in one, and
    any command on the default database (the window starts it too). Every other command refuses a missing
    database given with --db, naming the path: a mistyped --db creates nothing."""
    if args.db is None or args.command in ("new", "import"):
        return True
    return bool(args.command == "framework" and args.framework_command == "import")


def said(what: str | Said) -> int:
    """Print what a command has to say, once it is done (nothing for an empty text); the command's exit status."""
    said = what if isinstance(what, Said) else Said(what)
    for note in said.notes:
        print(f"assess: note: {visible(note)}", file=sys.stderr)
    if said.output:
        print(visible(said.output))
    return 0


def run(store: Store, args: argparse.Namespace, lang: str) -> str | Said:
    """What the command has to say, its changes committed."""
    command = args.command
    if command == "export":
        return exchange.export(store, args, lang)
    if command == "import":
        return exchange.take_in(store, args)
    if command == "score":
        return editing.score(store, args)
    with store.session() as session:
        if command == "framework":
            return frameworks.run(session, args, lang)
        if command == "new":
            return editing.new(session, args)
        if command == "mark":
            return editing.mark(session, args)
        if command == "target":
            return judging.target(session, args)
        if command == "finding":
            return judging.finding(session, args)
        if command == "methodology":
            return judging.methodology(session, args)
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
