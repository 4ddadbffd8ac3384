"""``assess server setup`` and ``assess server status``: the command line of the shared-server mode."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from assess.cli.text import database_argument
from assess.paths import default_database


def add_parser(commands: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    srv = commands.add_parser("server", help="set up or check a shared PostgreSQL database (see docs/shared-server.md)")
    actions = srv.add_subparsers(dest="server_command", metavar="ACTION", required=True, parser_class=parser_class)
    setup = actions.add_parser(
        "setup",
        help="as the database owner: create or upgrade the tables, the editor and viewer roles and their members",
    )
    setup.add_argument(
        "--db",
        metavar="URL",
        type=database_argument,
        default=argparse.SUPPRESS,
        help="postgresql+psycopg://OWNER@HOST/DB",
    )
    setup.add_argument("--editor", metavar="ROLE", action="append", default=[], help="may read and change everything")
    setup.add_argument("--viewer", metavar="ROLE", action="append", default=[], help="may only read")
    setup.add_argument("--remove", metavar="ROLE", action="append", default=[], help="neither editor nor viewer")
    setup.add_argument("--prefix", default="assess", help="names of the group roles: PREFIX_editor, PREFIX_viewer")
    setup.add_argument(
        "--assessment",
        metavar="ID",
        type=int,
        help="with --editor: only the editors named may change this assessment; with --remove: take one off its list",
    )
    setup.add_argument("--all-editors", action="store_true", help="with --assessment: every editor may change it again")
    setup.add_argument(
        "--sensitive-evidence",
        choices=("withheld", "shown"),
        help="whether viewers see evidence marked sensitive (withheld unless set to shown; kept when not given)",
    )
    status = actions.add_parser("status", help="who you are on this database and whether you may edit")
    status.add_argument("--db", metavar="PATH|URL", type=database_argument, default=argparse.SUPPRESS)
    status.add_argument("--prefix", default="assess", help="as given to setup")


def run(args: argparse.Namespace) -> str:
    """What ``server setup`` or ``server status`` has to say, once done (printed by the caller)."""
    from sqlalchemy.engine import make_url  # here, not above: reading the command line stays light

    from assess import server
    from assess.errors import InvalidInput
    from db import open_store
    from db.rights import Sensitive

    target = args.db or str(default_database())
    if args.server_command == "setup":
        done = server.setup(
            target,
            editors=args.editor,
            viewers=args.viewer,
            removed=args.remove,
            prefix=args.prefix,
            assessment=args.assessment,
            everyone=args.all_editors,
            sensitive=Sensitive(args.sensitive_evidence) if args.sensitive_evidence else None,
        )
        each = make_url(target).set(username="USER", password=None).render_as_string(hide_password=False)
        lines = [f"Database {done.database} is ready; its tables belong to {done.owner}."]
        if done.created:
            lines.append(f"Created the group roles {', '.join(done.created)}.")
        lines += [
            f"Editors ({done.groups.editor}, read and write): {', '.join(done.editors) or 'none yet'}",
            f"Viewers ({done.groups.viewer}, read only): {', '.join(done.viewers) or 'none yet'}",
            *_restrictions(done.restricted),
            f"Sensitive evidence: {done.sensitive} to viewers.",
            f"Each person opens it with: assess --db {each}",
        ]
        return "\n".join(lines)
    if not server.is_server_url(target):
        file = make_url(target).database if "://" in target else target
        if not file or not Path(file).expanduser().exists():
            raise InvalidInput("There is no database at {target} yet; nothing was created.", target=target)
    store = open_store(target)
    try:
        shown = server.status(store, args.prefix)
    finally:
        store.close()
    recorded = "recorded with every change you make" if shown.can_edit else "you may only read"
    lines = [
        f"Database: {shown.database}",
        f"You are:  {shown.user} ({recorded})",
        f"Access:   {'can edit' if shown.can_edit else shown.read_only_reason}",
        f"Schema:   {shown.schema}",
    ]
    if shown.shared:
        lines += [f"Editors:  {', '.join(shown.editors) or 'none'}", f"Viewers:  {', '.join(shown.viewers) or 'none'}"]
        lines += _restrictions(shown.restricted)
        if shown.sensitive is not None:
            lines.append(f"Sensitive evidence: {shown.sensitive} to viewers.")
    return "\n".join(lines)


def _restrictions(restricted: Any) -> list[str]:
    return [
        f"Assessment {r.assessment} may be changed only by: {', '.join(r.editors) or 'nobody yet'} ({r.role})"
        for r in restricted
    ]
