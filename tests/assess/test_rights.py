"""The rights a shared server enforces on everyone but the owner, with psql as much as with Assess (db.rights).

Each test uses real login roles (tests/assess/shared_server.py): the editor and viewer of the database, a
second editor where it needs one, and the owner ``tester``. "psql" is a plain SQLAlchemy connection under
the person's login, sending the SQL a person at psql would type.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import Connection, create_engine, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from assess import assessments, audit, evidence, responses
from db import PermissionDenied, Store, open_store
from db.rights import Sensitive
from tests.assess.shared_server import Shared

REFUSED = r"permission denied|history of changes can only be added to|must name who adds it|only the editors named"


@contextmanager
def psql(shared: Shared, user: str) -> Iterator[Connection]:
    """A session of ``user``'s own, outside Assess, committing each statement."""
    engine = create_engine(shared.url(user), poolclass=NullPool, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            yield connection
    finally:
        engine.dispose()


def refused(connection: Connection, statement: str, **params: object) -> str:
    with pytest.raises(DBAPIError) as caught:
        connection.execute(text(statement), params)
    message = str(caught.value.orig)
    assert caught.value.orig.sqlstate == "42501", message  # type: ignore[union-attr]
    return message


@contextmanager
def store_of(shared: Shared, user: str) -> Iterator[Store]:
    store = open_store(shared.url(user))
    try:
        yield store
    finally:
        store.close()


def scored_assessment(shared: Shared, user: str, title: str = "Baseline") -> int:
    with store_of(shared, user) as store:
        with store.session() as session:
            aid = assessments.create(session, country="Meridia", title=title).id
        responses.save(store, aid, "PROS-1", law=3, rationale="Penal Code art. 188")
        return aid


# -- the history is append-only ---------------------------------------------------------------------------


def test_an_editor_cannot_rewrite_delete_or_forge_the_history(shared: Shared) -> None:
    assert shared.setup("--editor", shared.editor, "--viewer", shared.viewer)[0] == 0
    aid = scored_assessment(shared, shared.editor)
    with psql(shared, shared.editor) as editor:
        entries = editor.execute(text('SELECT count(*) FROM audit_log WHERE "user" = :u'), {"u": shared.editor})
        assert entries.scalar() >= 3
        refused(editor, "UPDATE audit_log SET \"user\" = 'someone_else'")
        refused(editor, "DELETE FROM audit_log")
        refused(editor, "TRUNCATE audit_log")
        refused(editor, "DELETE FROM assessments WHERE id = :a", a=aid)  # its history would go with it
        forged = refused(
            editor,
            'INSERT INTO audit_log (at, "user", assessment_id, entity, field, origin) '
            "VALUES (now(), :viewer, :a, 'response', 'rationale', '')",
            viewer=shared.viewer,
            a=aid,
        )
        assert "must name who adds it" in forged
        editor.execute(  # an entry in one's own name is what every edit adds
            text(
                'INSERT INTO audit_log (at, "user", assessment_id, entity, field, origin) '
                "VALUES (now(), :me, :a, 'response', 'rationale', '')"
            ),
            {"me": shared.editor, "a": aid},
        )
    with psql(shared, "tester") as owner:  # rights granted by mistake: the trigger still holds
        owner.execute(text(f'GRANT UPDATE, DELETE ON audit_log TO "{shared.prefix}_editor"'))
    with psql(shared, shared.editor) as editor:
        assert "can only be added to" in refused(editor, "UPDATE audit_log SET \"user\" = 'someone_else'")
        assert "can only be added to" in refused(editor, "DELETE FROM audit_log")
    with psql(shared, "tester") as owner:  # the owner may correct the history: it is the database's keeper
        owner.execute(text("UPDATE audit_log SET origin = 'checked' WHERE assessment_id = :a"), {"a": aid})
    with store_of(shared, shared.viewer) as store, store.session() as session:
        changes = audit.history(session, aid)
        assert {c.user for c in changes} == {shared.editor} and {c.origin for c in changes} == {"checked"}


# -- per-assessment editors -------------------------------------------------------------------------------


def test_an_assessment_restricted_to_named_editors(shared: Shared, tmp_path: Path) -> None:
    second = f"{shared.editor}_2"
    shared.server.create_role(second)
    try:
        assert shared.setup("--editor", shared.editor, "--editor", second, "--viewer", shared.viewer)[0] == 0
        restricted = scored_assessment(shared, "tester", "Justice chapter")
        open_to_all = scored_assessment(shared, "tester", "Labour chapter")
        code, out, _ = shared.setup("--assessment", str(restricted), "--editor", shared.editor)
        assert code == 0
        line = f"Assessment {restricted} may be changed only by: {shared.editor} ({shared.prefix}_a{restricted}_editor)"
        assert line in out
        document = tmp_path / "circular.txt"
        document.write_text("Circular 4/2025")

        with store_of(shared, second) as store:
            assert responses.save(store, open_to_all, "PROS-1", law=1).law == 1
            attempts = [
                lambda: responses.save(store, restricted, "PROS-1", law=1),
                lambda: evidence.attach_file(store, restricted, "PROS-1", document),
                lambda: _in_session(store, lambda s: assessments.rename(s, restricted, title="Renamed")),
                lambda: _in_session(store, lambda s: evidence.add_link(s, restricted, "PROS-2", "https://example.org")),
            ]
            for attempt in attempts:
                with pytest.raises(PermissionDenied, match="only the editors named") as caught:
                    attempt()
                assert f"assess server setup --assessment {restricted} --editor {second}" in str(caught.value)
        with psql(shared, second) as editor:
            refused(editor, "UPDATE responses SET rationale = 'x' WHERE assessment_id = :a", a=restricted)
        with store_of(shared, shared.editor) as store:
            assert responses.save(store, restricted, "PROS-1", law=4).law == 4
            assert evidence.attach_file(store, restricted, "PROS-1", document).item_code == "PROS-1"
        with psql(shared, second) as editor:  # through a table that names the assessment only by its response
            refused(editor, "DELETE FROM evidence")

        code, out, _ = shared.cli("server", "status", "--db", shared.url(second), "--prefix", shared.prefix)
        assert code == 0 and line in out
        assert shared.setup("--assessment", str(restricted), "--remove", shared.editor)[0] == 0
        with store_of(shared, shared.editor) as store, pytest.raises(PermissionDenied):
            responses.save(store, restricted, "PROS-1", law=3)
        code, out, _ = shared.setup("--assessment", str(restricted), "--all-editors")
        assert code == 0 and f"Assessment {restricted} may be changed" not in out
        with store_of(shared, second) as store:
            assert responses.save(store, restricted, "PROS-1", law=2).law == 2
    finally:
        shared.server.drop_role(second)


def _in_session(store: Store, action: object) -> None:
    with store.session() as session:
        action(session)  # type: ignore[operator]


def test_per_assessment_options_that_make_no_sense_are_refused(shared: Shared) -> None:
    shared.setup("--editor", shared.editor)
    aid = scored_assessment(shared, "tester")
    for args, expected in (
        (["--assessment", str(aid), "--viewer", shared.viewer], "Viewers read every assessment"),
        (["--all-editors"], "--all-editors lifts the restriction of one assessment"),
        (["--assessment", "999", "--editor", shared.editor], "There is no assessment 999"),
    ):
        code, out, err = shared.setup(*args)
        assert code != 0 and out == "" and expected in err, err


# -- sensitive evidence ------------------------------------------------------------------------------------


def test_sensitive_evidence_is_withheld_from_viewers_unless_shown(shared: Shared, tmp_path: Path) -> None:
    shared.setup("--editor", shared.editor, "--viewer", shared.viewer)
    aid = scored_assessment(shared, shared.editor)
    shelters, law = tmp_path / "shelter-addresses.txt", tmp_path / "act.txt"
    shelters.write_text("12 Harbour Road (confidential)")
    law.write_text("Anti-Trafficking Act 2016")
    with store_of(shared, shared.editor) as store:
        secret = evidence.attach_file(store, aid, "PROS-1", shelters, sensitive=True)
        public = evidence.attach_file(store, aid, "PROS-1", law)
        with store.session() as session:
            assert len(evidence.list_for(session, aid, "PROS-1")) == 2, "editors see everything"

    def what_the_viewer_sees() -> tuple[list[str], int, set[bytes]]:
        with store_of(shared, shared.viewer) as store, store.session() as session:
            names = [e.name for e in evidence.list_for(session, aid, "PROS-1")]
            count = responses.get(session, aid, "PROS-1").evidence_count
        with psql(shared, shared.viewer) as viewer:
            contents = {bytes(row[0]) for row in viewer.execute(text("SELECT data FROM blob_chunks"))}
        return names, count, contents

    names, count, contents = what_the_viewer_sees()
    assert (names, count) == ([law.name], 1)
    assert contents == {law.read_bytes()}, "not even by reading the file content's table"
    with store_of(shared, shared.viewer) as store, pytest.raises(Exception, match="No stored file"):
        b"".join(evidence.read_chunks(store, secret.sha256))
    with store_of(shared, shared.viewer) as store:
        assert b"".join(evidence.read_chunks(store, public.sha256)) == law.read_bytes()

    code, out, _ = shared.setup("--sensitive-evidence", "shown")
    assert code == 0 and "Sensitive evidence: shown to viewers." in out
    assert what_the_viewer_sees()[:2] == ([shelters.name, law.name], 2)
    code, out, _ = shared.setup("--viewer", shared.viewer)  # setup run again for something else keeps the choice
    assert "Sensitive evidence: shown to viewers." in out
    assert shared.setup("--sensitive-evidence", Sensitive.WITHHELD)[0] == 0
    assert what_the_viewer_sees()[0] == [law.name]


# -- what server status says ------------------------------------------------------------------------------


def test_status_tells_a_viewer_that_they_only_read(shared: Shared) -> None:
    shared.setup("--editor", shared.editor, "--viewer", shared.viewer)
    _, viewer_out, _ = shared.cli("server", "status", "--db", shared.url(shared.viewer), "--prefix", shared.prefix)
    _, editor_out, _ = shared.cli("server", "status", "--db", shared.url(shared.editor), "--prefix", shared.prefix)
    assert f"You are:  {shared.viewer} (you may only read)" in viewer_out
    assert "recorded with every change" not in viewer_out
    assert f"You are:  {shared.editor} (recorded with every change you make)" in editor_out
    assert "Sensitive evidence: withheld to viewers." in viewer_out
