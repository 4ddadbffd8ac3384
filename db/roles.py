"""Who may do what on a shared PostgreSQL server: the current user's access and the two group roles.

``assess server setup``, run by the database owner, creates a group role for editors (read and
write every table) and one for viewers (read only), grants them on every table now and on
tables created by later upgrades, and makes named login roles members of one or the other. On
opening a database the app only asks whether the current user may write, so the window can
disable editing for a viewer and the services can refuse before touching the database.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import Connection, text

from assess.messages import UserText
from db import rights
from db.errors import PermissionDenied, StoreError, UpgradeNotAllowed
from db.rights import Restriction, Sensitive

# What an editor must be able to do; a user who cannot do all of it may only read.
WRITE_PRIVILEGES = (("responses", "UPDATE"), ("audit_log", "INSERT"), ("evidence", "INSERT"), ("blob_chunks", "INSERT"))
PREFIX = re.compile(r"[a-z_][a-z0-9_]{0,40}")


@dataclass(frozen=True)
class Access:
    user: str
    can_edit: bool

    @property
    def read_only_reason(self) -> UserText | None:
        if self.can_edit:
            return None
        return UserText(
            "Read only: your database user {user} may read this database but not change it. "
            "To edit, ask the database owner to run: assess server setup --editor {name}",
            user=repr(self.user),
            name=self.user,
        )


class Role(StrEnum):
    """What a person may do on a shared database; each is a group role named PREFIX_ROLE."""

    EDITOR = "editor"  # read and change everything
    VIEWER = "viewer"  # only read


@dataclass(frozen=True)
class Groups:
    """The names of the group roles on one database."""

    editor: str
    viewer: str


@dataclass(frozen=True)
class Membership:
    """The database's roles after ``setup``: who may edit, who may only read."""

    database: str
    schema: str
    owner: str
    groups: Groups
    editors: tuple[str, ...]
    viewers: tuple[str, ...]
    created: tuple[str, ...] = ()
    restricted: tuple[Restriction, ...] = ()  # assessments only their named editors may change
    sensitive: Sensitive = Sensitive.WITHHELD  # whether viewers see evidence marked sensitive


def groups(prefix: str = "assess") -> Groups:
    if not PREFIX.fullmatch(prefix):
        raise StoreError(
            "{prefix} cannot start a role name: use lower-case letters, digits and _ (for example assess).",
            prefix=repr(prefix),
        )
    return Groups(editor=f"{prefix}_{Role.EDITOR}", viewer=f"{prefix}_{Role.VIEWER}")


def access(connection: Connection) -> Access:
    """The current user and whether they may write (no: while the tables do not exist)."""
    checks = " AND ".join(
        f"coalesce(has_table_privilege(to_regclass('{table}'), '{privilege}'), false)"
        for table, privilege in WRITE_PRIVILEGES
    )
    user, writable = connection.execute(text(f"SELECT current_user, {checks}")).one()
    return Access(user=str(user), can_edit=bool(writable))


def _owner(connection: Connection) -> str | None:
    """The role owning the Assess tables (None before the first migration)."""
    owner = connection.execute(
        text("SELECT tableowner FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'alembic_version'")
    ).scalar()
    return None if owner is None else str(owner)


def check_may_upgrade(connection: Connection, revision: str | None, wanted: str, label: str | UserText) -> None:
    """Refuse, before anything is changed, a schema change the current user is not allowed to make."""
    user, can_create = connection.execute(
        text("SELECT current_user, coalesce(has_schema_privilege(current_schema(), 'CREATE'), false)")
    ).one()
    owner = _owner(connection)
    owns = owner is None or bool(
        connection.execute(text("SELECT pg_has_role(:owner, 'USAGE')"), {"owner": owner}).scalar()
    )
    if can_create and owns:
        return
    if revision is None:
        raise UpgradeNotAllowed(
            "{database} holds no Assess tables yet, and your database user {user} may not create them. "
            "Ask the database owner to run: assess server setup --db URL",
            database=label,
            user=repr(user),
        )
    raise UpgradeNotAllowed(
        "{database} holds an older Assess schema ({revision}; this release needs {wanted}) that only its owner "
        "({owner}) may upgrade; your database user is {user}. Ask the database owner to run: "
        "assess server setup --db URL. Nothing was changed.",
        database=label,
        revision=revision,
        wanted=wanted,
        owner=owner,
        user=repr(user),
    )


def check_owner(connection: Connection) -> str:
    """The owner of the Assess tables, if the current user may act as them (or is a superuser)."""
    database, user = connection.execute(text("SELECT current_database(), current_user")).one()
    owner = _owner(connection)
    if owner is None:
        raise StoreError(
            "Database {database} holds no Assess tables; open it once with assess to create them.", database=database
        )
    if not connection.execute(text("SELECT pg_has_role(:owner, 'USAGE')"), {"owner": owner}).scalar():
        raise PermissionDenied(
            "Only the owner of the Assess tables in database {database} ({owner}) or a superuser may set up its "
            "roles; you are connected as {user}.",
            database=database,
            owner=owner,
            user=repr(user),
        )
    return owner


def members(connection: Connection, role: str) -> tuple[str, ...]:
    rows = connection.execute(
        text(
            "SELECT m.rolname FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
            "JOIN pg_roles m ON m.oid = a.member WHERE g.rolname = :role ORDER BY m.rolname"
        ),
        {"role": role},
    )
    return tuple(str(name) for (name,) in rows)


def _exists(connection: Connection, role: str) -> bool:
    return connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :role"), {"role": role}).first() is not None


def setup(
    connection: Connection,
    *,
    editors: Iterable[str] = (),
    viewers: Iterable[str] = (),
    removed: Iterable[str] = (),
    prefix: str = "assess",
    assessment: int | None = None,
    everyone: bool = False,
    sensitive: Sensitive | None = None,
) -> Membership:
    """Create the group roles, grant them on every table (now and later), install the rights of
    :mod:`db.rights`, set memberships; idempotent.

    With ``assessment``, the ``editors`` named become the only editors who may change that assessment (and
    editors, if they were not), ``removed`` are taken off its list (they stay editors of the others), and
    ``everyone`` lets every editor change it again. ``sensitive`` says whether viewers see evidence marked
    sensitive (None: as before; withheld on the first setup). Run on a migrated database by its owner (or a
    superuser), inside one transaction: either all of it happens or none of it.
    """
    names = groups(prefix)
    editors, viewers, removed = tuple(editors), tuple(viewers), tuple(removed)
    if assessment is not None and viewers:
        raise StoreError("Viewers read every assessment; name only --editor or --remove with --assessment.")
    owner = check_owner(connection)
    database, schema, user = connection.execute(text("SELECT current_database(), current_schema(), current_user")).one()
    missing = [name for name in (*editors, *viewers, *removed) if not _exists(connection, name)]
    if missing:
        raise StoreError(
            "There is no role {roles} on the server. Create each person's login "
            "first, for example: CREATE ROLE alice LOGIN PASSWORD '...'; then run setup again.",
            roles=", ".join(repr(m) for m in missing),
        )
    for name in viewers:
        always = connection.execute(
            text("SELECT rolsuper OR pg_has_role(rolname, :owner, 'USAGE') FROM pg_roles WHERE rolname = :name"),
            {"owner": owner, "name": name},
        ).scalar()
        if always:
            raise StoreError(
                "{name} is a superuser or owns the Assess tables, so it can always change them and cannot be a "
                "viewer. Give each viewer a login role of their own.",
                name=repr(name),
            )
    q = connection.dialect.identifier_preparer.quote_identifier
    created = []
    for group in (names.editor, names.viewer):
        if not _exists(connection, group):
            may = connection.execute(
                text("SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user")
            )
            if not may.scalar():
                raise PermissionDenied(
                    "The group roles {editor} and {viewer} do not exist yet and {user} may not create "
                    "roles. Run setup once as a user with CREATEROLE (for example postgres), or create them: "
                    "CREATE ROLE {editor} NOLOGIN; CREATE ROLE {viewer} NOLOGIN;",
                    editor=names.editor,
                    viewer=names.viewer,
                    user=repr(user),
                )
            connection.execute(text(f"CREATE ROLE {q(group)} NOLOGIN"))
            created.append(group)
    editor, viewer, where = q(names.editor), q(names.viewer), q(schema)
    for statement in (
        f"REVOKE ALL ON DATABASE {q(database)} FROM PUBLIC",
        f"GRANT CONNECT ON DATABASE {q(database)} TO {editor}, {viewer}",
        f"GRANT USAGE ON SCHEMA {where} TO {editor}, {viewer}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA {where} TO {viewer}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {where} TO {editor}",
        f"REVOKE INSERT, UPDATE, DELETE ON TABLE {where}.alembic_version FROM {editor}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {where} TO {editor}",
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {q(owner)} IN SCHEMA {where} GRANT SELECT ON TABLES TO {viewer}",
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {q(owner)} IN SCHEMA {where} "
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {editor}",
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {q(owner)} IN SCHEMA {where} GRANT USAGE, SELECT ON SEQUENCES TO {editor}",
    ):
        connection.execute(text(statement))
    withheld = rights.sensitive_now(connection, names.viewer) or Sensitive.WITHHELD
    shown = sensitive or withheld
    rights.install(
        connection, schema=schema, owner=owner, editor=names.editor, viewer=names.viewer, prefix=prefix, sensitive=shown
    )
    wanted: dict[str, str | None] = {name: names.editor for name in editors}
    wanted |= {name: names.viewer for name in viewers}
    if assessment is None:
        wanted |= dict.fromkeys(removed)
    else:
        rights.restrict(connection, assessment, prefix=prefix, editors=editors, removed=removed, everyone=everyone)
    for name, chosen in wanted.items():
        for other in (names.editor, names.viewer):
            if other != chosen and name in members(connection, other):
                connection.execute(text(f"REVOKE {q(other)} FROM {q(name)}"))
        if chosen is not None and name not in members(connection, chosen):
            connection.execute(text(f"GRANT {q(chosen)} TO {q(name)}"))
    return Membership(
        database=str(database),
        schema=str(schema),
        owner=owner,
        groups=names,
        editors=members(connection, names.editor),
        viewers=members(connection, names.viewer),
        created=tuple(created),
        restricted=rights.restrictions(connection, prefix),
        sensitive=shown,
    )
