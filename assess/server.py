"""The shared-server mode: building a connection URL, setting up the roles, reporting who may do what.

The window's "Open shared database" dialog builds the URL with :func:`server_url` and opens it
with :func:`db.open_store`, exactly as ``assess --db URL`` does. Whether the user may edit, and
why not, is on the store (``store.can_edit``, ``store.read_only_reason``); :func:`status` gathers
it with the members of each role for ``assess server status``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from assess import frameworks
from assess.errors import InvalidInput
from assess.messages import UserText
from assess.users import current_user
from db import Store, migrate, open_store, rights, roles
from db.rights import Restriction, Sensitive
from db.timeouts import SETUP

SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")


def is_server_url(target: str) -> bool:
    return str(target).split("://", 1)[0].split("+", 1)[0] in ("postgresql", "postgres")


def server_url(
    host: str,
    database: str,
    user: str,
    *,
    port: int | None = None,
    password: str | None = None,
    sslmode: str | None = None,
) -> str:
    """A ``postgresql+psycopg://`` URL for a server, with every part escaped.

    Leave the password out where you can: the driver then reads it from the user's ``~/.pgpass``
    (``%APPDATA%\\postgresql\\pgpass.conf`` on Windows) or ``PGPASSWORD``, and nothing remembers it.
    """
    missing = (
        (host, UserText("Give the server of the shared database.")),
        (database, UserText("Give the database of the shared database.")),
        (user, UserText("Give the user name of the shared database.")),
    )
    for value, message in missing:
        if not value or not value.strip():
            raise InvalidInput(message)
    if sslmode is not None and sslmode not in SSL_MODES:
        raise InvalidInput(
            "Unknown sslmode {sslmode}; use one of {modes}.", sslmode=repr(sslmode), modes=", ".join(SSL_MODES)
        )
    if port is not None and not 0 < port < 65536:
        raise InvalidInput("{port} is not a port number (1 to 65535).", port=port)
    url = URL.create(
        "postgresql+psycopg",
        username=user.strip(),
        password=password or None,
        host=host.strip(),
        port=port,
        database=database.strip(),
        query={"sslmode": sslmode} if sslmode else {},
    )
    return url.render_as_string(hide_password=False)


@dataclass(frozen=True)
class Status:
    """What ``assess server status`` shows, and what the window can show about the open database."""

    database: str
    shared: bool
    user: str
    can_edit: bool
    read_only_reason: UserText | None
    schema: str | None
    editors: tuple[str, ...] = ()
    viewers: tuple[str, ...] = ()
    restricted: tuple[Restriction, ...] = ()
    sensitive: Sensitive | None = None  # whether viewers see sensitive evidence (None: not set up by this release)


def status(store: Store, prefix: str = "assess") -> Status:
    names = roles.groups(prefix)
    with store.engine.connect() as connection:
        revision = migrate.current(connection)
        editors: tuple[str, ...] = ()
        viewers: tuple[str, ...] = ()
        restricted: tuple[Restriction, ...] = ()
        sensitive = None
        if not store.is_sqlite:
            editors, viewers = roles.members(connection, names.editor), roles.members(connection, names.viewer)
            restricted = rights.restrictions(connection, prefix)
            sensitive = rights.sensitive_now(connection, names.viewer)
    return Status(
        database=store.label,
        shared=not store.is_sqlite,
        user=store.user,
        can_edit=store.can_edit,
        read_only_reason=store.read_only_reason,
        schema=revision,
        editors=editors,
        viewers=viewers,
        restricted=restricted,
        sensitive=sensitive,
    )


def editing_refused(session: Session, assessment_id: int) -> UserText | None:
    """Why this user may not change the assessment although they may edit the database (it is restricted to
    named editors, :mod:`db.rights`); None when they may, or where that does not apply (an SQLite file, a viewer)."""
    if session.get_bind().dialect.name != "postgresql" or session.info.get("read_only"):
        return None
    if rights.may_change(session.connection(), assessment_id):
        return None
    user = current_user(session)
    return UserText(
        "Only the editors named for this assessment may change it; your database user {user} may read it. "
        "The database owner can name you: assess server setup --assessment {number} --editor {name}",
        user=repr(user),
        number=assessment_id,
        name=user,
    )


def may_change(session: Session, assessment_id: int) -> bool:
    """Whether this login may change the assessment now: its rights may have been taken away, or given back,
    since the database was opened (always, on an SQLite file)."""
    if session.get_bind().dialect.name != "postgresql":
        return True
    return roles.access(session.connection()).can_edit and rights.may_change(session.connection(), assessment_id)


def setup(
    target: str,
    *,
    editors: Sequence[str] = (),
    viewers: Sequence[str] = (),
    removed: Sequence[str] = (),
    prefix: str = "assess",
    assessment: int | None = None,
    everyone: bool = False,
    sensitive: Sensitive | None = None,
) -> roles.Membership:
    """As the database owner: migrate, import the built-in framework, create and grant the roles and install the
    rights of :mod:`db.rights`; idempotent. With ``assessment``: name its only editors (see ``roles.setup``)."""
    if not is_server_url(target):
        raise InvalidInput(
            "assess server setup is for a shared PostgreSQL database: give it with --db postgresql+psycopg://"
            "OWNER@HOST/DATABASE. An SQLite file needs no roles."
        )
    named = [*editors, *viewers, *removed]
    twice = sorted({name for name in named if named.count(name) > 1})
    if twice:
        raise InvalidInput("Name each role once, as --editor, --viewer or --remove: {roles}.", roles=", ".join(twice))
    blank = [name for name in named if not name.strip()]
    if blank:
        raise InvalidInput("A role name is empty; give the login names of the people, e.g. --editor alice.")
    if everyone and (assessment is None or editors):
        raise InvalidInput(
            "--all-editors lifts the restriction of one assessment: give --assessment ID, and no --editor."
        )
    roles.groups(prefix)  # refuse a bad prefix before anything is changed
    store = open_store(target, timeouts=SETUP)
    try:
        with store.engine.connect() as connection:
            roles.check_owner(connection)
        with store.session() as session:
            frameworks.ensure_builtin(session)  # so that viewers, who may not add it, find it there
        with store.engine.begin() as connection:
            return roles.setup(
                connection,
                editors=editors,
                viewers=viewers,
                removed=removed,
                prefix=prefix,
                assessment=assessment,
                everyone=everyone,
                sensitive=sensitive,
            )
    finally:
        store.close()
