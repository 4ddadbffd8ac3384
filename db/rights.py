"""The rights a shared PostgreSQL server enforces beyond its table privileges, installed by ``assess server setup``.

Three rules hold for every login but the owner of the Assess tables (and superusers), whatever program they
use, psql included:

- **The history is append-only.** Nobody may change or delete an entry of ``audit_log`` (nor, through it,
  delete an assessment, whose entries would go with it); an entry added must name the login that adds it.
  Privileges (no UPDATE or DELETE on it, no DELETE on ``assessments``) and a trigger say so twice: the
  trigger also holds for cascades, which PostgreSQL runs as the tables' owner.
- **An assessment may be restricted to named editors.** ``assess server setup --assessment ID --editor NAME``
  creates the group role PREFIX_aID_editor and makes NAME a member; from then on only its members change that
  assessment (its responses, institutions, evidence, history and the assessment itself). A trigger on every
  table of the schema with an ``assessment_id`` column, a ``response_id`` column, or the assessment's own row,
  checks it, so tables added by later releases are covered when setup runs again after the upgrade.
- **Sensitive evidence can be withheld from viewers.** Row security on ``evidence`` hides evidence marked
  sensitive from the viewer group, and on ``blobs`` and ``blob_chunks`` the content of files no evidence they
  may see refers to. Withheld by default; ``--sensitive-evidence shown`` shows it to viewers.

The checks use ``session_user``, the login that connected, not ``current_user``, which a cascade or a
``SET ROLE`` changes. Everything is created here rather than by a migration: these objects name the server's
roles, exist only on PostgreSQL (an SQLite file has no logins), and setup is what the owner runs after every
upgrade anyway. They are listed in docs/shared-server.md.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import Connection, text

from db.errors import StoreError

GUARD = "assess_guard"  # the trigger on every table holding an assessment's data
APPEND_ONLY = "assess_append_only"  # the trigger on audit_log
MAY_CHANGE = "assess_may_change"  # the function: may the login change this assessment?
WITHHELD_TABLES = ("evidence", "blobs", "blob_chunks")


class Sensitive(StrEnum):
    """Whether viewers see evidence marked sensitive."""

    WITHHELD = "withheld"
    SHOWN = "shown"


@dataclass(frozen=True)
class Restriction:
    """An assessment only some editors may change: its id, its group role and the role's members."""

    assessment: int
    role: str
    editors: tuple[str, ...]


def assessment_role(prefix: str, assessment: int) -> str:
    return f"{prefix}_a{assessment}_editor"


def install(
    connection: Connection, *, schema: str, owner: str, editor: str, viewer: str, prefix: str, sensitive: Sensitive
) -> None:
    """Create or replace the functions, triggers and row security of the three rules (idempotent)."""
    q = connection.dialect.identifier_preparer.quote_identifier
    s = q(schema)

    def literal(value: str) -> str:
        return "'" + value.replace("'", "''") + "'"

    is_owner = f"pg_has_role(session_user, {literal(owner)}, 'MEMBER')"
    role_of = f"{literal(prefix + '_a')} || assessment || '_editor'"
    statements = [
        f"""CREATE OR REPLACE FUNCTION {s}.{MAY_CHANGE}(assessment bigint) RETURNS boolean
        LANGUAGE sql STABLE SET search_path = pg_catalog AS $$
          SELECT assessment IS NULL OR {is_owner}
              OR coalesce(pg_has_role(session_user, (SELECT oid FROM pg_roles WHERE rolname = {role_of}), 'MEMBER'),
                          true)
        $$""",
        f"""CREATE OR REPLACE FUNCTION {s}.{GUARD}() RETURNS trigger
        LANGUAGE plpgsql SET search_path = pg_catalog AS $$
        DECLARE
          changed jsonb;
          assessment bigint;
        BEGIN
          FOREACH changed IN ARRAY ARRAY[CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END,
                                         CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END] LOOP
            CONTINUE WHEN changed IS NULL;
            IF TG_ARGV[0] = 'response_id' THEN
              SELECT r.assessment_id INTO assessment FROM {s}.responses r
                WHERE r.id = (changed ->> 'response_id')::bigint;
            ELSE
              assessment := (changed ->> TG_ARGV[0])::bigint;
            END IF;
            IF NOT {s}.{MAY_CHANGE}(assessment) THEN
              RAISE EXCEPTION 'only the editors named for assessment % may change it, and % is not one of them',
                  assessment, session_user
                USING ERRCODE = 'insufficient_privilege',
                      HINT = format('The database owner can name you: assess server setup --assessment %s --editor %s',
                                    assessment, session_user);
            END IF;
          END LOOP;
          IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
          RETURN NEW;
        END $$""",
        f"""CREATE OR REPLACE FUNCTION {s}.{APPEND_ONLY}() RETURNS trigger
        LANGUAGE plpgsql SET search_path = pg_catalog AS $$
        BEGIN
          IF {is_owner} THEN
            IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
            RETURN NEW;
          END IF;
          IF TG_OP = 'INSERT' THEN
            IF NEW."user" IS DISTINCT FROM session_user::text THEN
              RAISE EXCEPTION 'an entry of the history must name who adds it (%), not %', session_user, NEW."user"
                USING ERRCODE = 'insufficient_privilege';
            END IF;
            RETURN NEW;
          END IF;
          RAISE EXCEPTION 'the history of changes can only be added to; % of its entries is refused to %',
              lower(TG_OP), session_user
            USING ERRCODE = 'insufficient_privilege',
                  HINT = 'Only the owner of the Assess tables may change or delete entries of the history.';
        END $$""",
        f"CREATE OR REPLACE TRIGGER {APPEND_ONLY} BEFORE INSERT OR UPDATE OR DELETE ON {s}.audit_log "
        f"FOR EACH ROW EXECUTE FUNCTION {s}.{APPEND_ONLY}()",
        f"REVOKE UPDATE, DELETE, TRUNCATE ON TABLE {s}.audit_log FROM {q(editor)}",
        f"REVOKE DELETE, TRUNCATE ON TABLE {s}.assessments FROM {q(editor)}",
    ]
    for table, column in _guarded(connection, schema):
        statements.append(
            f"CREATE OR REPLACE TRIGGER {GUARD} BEFORE INSERT OR UPDATE OR DELETE ON {s}.{q(table)} "
            f"FOR EACH ROW EXECUTE FUNCTION {s}.{GUARD}({literal(column)})"
        )
    visible = "true" if sensitive is Sensitive.SHOWN else "NOT sensitive"
    seen_by_viewer = {
        "evidence": visible,
        "blobs": f"EXISTS (SELECT 1 FROM {s}.evidence e WHERE e.blob_id = blobs.id)",
        "blob_chunks": f"EXISTS (SELECT 1 FROM {s}.evidence e WHERE e.blob_id = blob_chunks.blob_id)",
    }
    for table, condition in seen_by_viewer.items():
        statements += [
            f"ALTER TABLE {s}.{table} ENABLE ROW LEVEL SECURITY",
            f"DROP POLICY IF EXISTS {q(editor)} ON {s}.{table}",
            f"CREATE POLICY {q(editor)} ON {s}.{table} TO {q(editor)} USING (true) WITH CHECK (true)",
            f"DROP POLICY IF EXISTS {q(viewer)} ON {s}.{table}",
            f"CREATE POLICY {q(viewer)} ON {s}.{table} FOR SELECT TO {q(viewer)} USING ({condition})",
        ]
    for statement in statements:
        connection.execute(text(statement))


def _guarded(connection: Connection, schema: str) -> list[tuple[str, str]]:
    """The tables holding an assessment's data, each with the column that says which assessment."""
    rows = connection.execute(
        text(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = :schema "
            "AND (column_name IN ('assessment_id', 'response_id') OR (table_name = 'assessments' AND column_name = 'id'))"
            " ORDER BY table_name, column_name"
        ),
        {"schema": schema},
    )
    chosen: dict[str, str] = {}
    for table, column in rows:
        if table not in chosen or column == "assessment_id":  # a table with both says its assessment itself
            chosen[str(table)] = str(column)
    return sorted(chosen.items())


def sensitive_now(connection: Connection, viewer: str) -> Sensitive | None:
    """What the viewers' policy on evidence says now (None before the first setup)."""
    qual = connection.execute(
        text(
            "SELECT qual FROM pg_policies WHERE schemaname = current_schema() AND tablename = 'evidence' "
            "AND policyname = :viewer"
        ),
        {"viewer": viewer},
    ).scalar()
    if qual is None:
        return None
    return Sensitive.SHOWN if str(qual).strip("() ") == "true" else Sensitive.WITHHELD


def restrictions(connection: Connection, prefix: str) -> tuple[Restriction, ...]:
    """The assessments of this database restricted to named editors, with those editors."""
    ids = connection.execute(text("SELECT id FROM assessments ORDER BY id")).scalars().all()
    found = []
    for assessment in ids:
        role = assessment_role(prefix, int(assessment))
        members = connection.execute(
            text(
                "SELECT m.rolname FROM pg_roles g LEFT JOIN pg_auth_members a ON a.roleid = g.oid "
                "LEFT JOIN pg_roles m ON m.oid = a.member WHERE g.rolname = :role ORDER BY m.rolname"
            ),
            {"role": role},
        ).all()
        if members:  # the group role exists (with or without members)
            found.append(Restriction(int(assessment), role, tuple(str(m) for (m,) in members if m is not None)))
    return tuple(found)


def restrict(
    connection: Connection,
    assessment: int,
    *,
    prefix: str,
    editors: Iterable[str] = (),
    removed: Iterable[str] = (),
    everyone: bool = False,
) -> None:
    """Name editors of ``assessment`` (only they may change it from then on), take some away, or with
    ``everyone`` lift the restriction (every editor may change it again)."""
    q = connection.dialect.identifier_preparer.quote_identifier
    known = connection.execute(text("SELECT 1 FROM assessments WHERE id = :id"), {"id": assessment}).first()
    if known is None:
        raise StoreError(
            "There is no assessment {number} in this database; see the ids with: assess list", number=assessment
        )
    role = assessment_role(prefix, assessment)
    exists = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first() is not None
    if everyone:
        if exists:
            connection.execute(text(f"DROP ROLE {q(role)}"))
        return
    if not exists:
        connection.execute(text(f"CREATE ROLE {q(role)} NOLOGIN"))
    for name in editors:
        connection.execute(text(f"GRANT {q(role)} TO {q(name)}"))
    for name in removed:
        connection.execute(text(f"REVOKE {q(role)} FROM {q(name)}"))


def may_change(connection: Connection, assessment: int) -> bool:
    """Whether the login may change ``assessment`` as far as the per-assessment editors go (True where setup has
    not installed the rules, as on a database set up by an earlier release)."""
    installed = connection.execute(text(f"SELECT to_regproc('{MAY_CHANGE}')")).scalar()
    if installed is None:
        return True
    return bool(connection.execute(text(f"SELECT {MAY_CHANGE}(:id)"), {"id": assessment}).scalar())
