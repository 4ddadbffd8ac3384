"""The shared-server mode: who is recorded, the editor and viewer roles, setup, and upgrades by the owner only.

Most tests here need a PostgreSQL server (``ASSESS_TEST_POSTGRES_URL``, see tests/conftest.py): each
gets a fresh database owned by ``tester`` and three login roles of its own (an editor, a viewer
and an outsider), and group roles with a prefix of its own, all dropped afterwards.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, event, inspect, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from assess import approval, assessments, evidence, figures, frameworks, own_indicators, responses, server
from assess.cli import main as cli
from assess.errors import InvalidInput, ReadOnly
from assess.figures import TOTAL, Change
from db import DatabaseUnavailable, PermissionDenied, Store, UpgradeNotAllowed, migrate, open_store, roles
from db.models import AuditEntry
from framework import load_builtin
from tests.assess.shared_server import Shared, run_cli
from tests.conftest import OWNER, PostgresServer

ROOT = Path(__file__).resolve().parents[2]


def opened(url: str) -> Store:
    return open_store(url)


def dump(url: str) -> dict[str, list[tuple[Any, ...]]]:
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            tables = sorted(inspect(connection).get_table_names())
            return {t: sorted(map(tuple, connection.execute(text(f'SELECT * FROM "{t}"'))), key=repr) for t in tables}
    finally:
        engine.dispose()


def new_assessment(store: Store) -> int:
    with store.session() as session:
        return assessments.create(session, country="Meridia", title="Baseline").id


# -- who is recorded (both back ends) -------------------------------------------------------------------------


def test_the_person_recorded_is_the_database_user_on_a_server_and_the_os_user_on_a_file(store: Store) -> None:
    assert store.can_edit and store.read_only_reason is None
    if store.is_sqlite:
        assert store.db_user is None and store.user == "tester"  # ASSESS_USER, else the login name
    else:
        assert store.db_user == OWNER and store.user == OWNER
    aid = new_assessment(store)
    with store.session() as session:
        assert responses.update(session, aid, "PROS-1", law=2).updated_by == store.user
        assert {entry.user for entry in session.scalars(select(AuditEntry))} == {store.user}


@pytest.mark.sqlite_only
def test_without_assess_user_the_login_name_is_recorded(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    import getpass

    monkeypatch.delenv("ASSESS_USER")
    assert store.user == getpass.getuser()


def test_assess_user_does_not_change_who_is_recorded_on_a_server(shared: Shared) -> None:
    assert shared.setup("--editor", shared.editor)[0] == 0
    store = opened(shared.url(shared.editor))
    try:
        assert (store.user, store.can_edit) == (shared.editor, True)
        aid = new_assessment(store)
        with store.session() as session:
            view = responses.update(session, aid, "PROS-1", law=3, rationale="Act of 2016")
            assert view.updated_by == shared.editor  # ASSESS_USER is "tester" in every test
            assert {entry.user for entry in session.scalars(select(AuditEntry))} == {shared.editor}
    finally:
        store.close()


# -- setup ---------------------------------------------------------------------------------------------------


def test_setup_creates_the_roles_and_can_run_again(shared: Shared) -> None:
    code, out, err = shared.setup("--editor", shared.editor, "--viewer", shared.viewer)
    assert (code, err) == (0, "")
    assert f"Created the group roles {shared.prefix}_editor, {shared.prefix}_viewer." in out
    assert f"Editors ({shared.prefix}_editor, read and write): {shared.editor}" in out
    assert f"Viewers ({shared.prefix}_viewer, read only): {shared.viewer}" in out
    assert f"assess --db postgresql+psycopg://USER@{make_url(shared.url()).host}" in out

    again = shared.setup("--editor", shared.editor, "--viewer", shared.viewer)
    assert again[0] == 0 and "Created" not in again[1]
    assert f"read and write): {shared.editor}\n" in again[1]
    store = opened(shared.url())
    try:
        with store.engine.connect() as connection:
            assert roles.members(connection, f"{shared.prefix}_editor") == (shared.editor,)
            assert roles.members(connection, f"{shared.prefix}_viewer") == (shared.viewer,)
            assert migrate.current(connection) == migrate.head()
        with store.session() as session:
            assert [f.key for f in frameworks.list_frameworks(session)] == ["unodc-ffa-2009"], "viewers find it"
    finally:
        store.close()


def test_the_default_group_roles(shared: Shared, postgres: PostgresServer) -> None:
    try:
        code, out, _ = shared.cli("server", "setup", "--db", shared.url(), "--viewer", shared.viewer)
        assert code == 0 and "Viewers (assess_viewer, read only)" in out
    finally:
        postgres.drop_database(shared.database)
        postgres.drop_role("assess_editor")
        postgres.drop_role("assess_viewer")


def test_moving_people_between_roles(shared: Shared) -> None:
    shared.setup("--editor", shared.editor, "--viewer", shared.viewer)
    code, out, _ = shared.setup("--viewer", shared.editor, "--editor", shared.viewer)
    assert code == 0
    assert f"read and write): {shared.viewer}\n" in out and f"read only): {shared.editor}\n" in out
    store = opened(shared.url(shared.editor))
    try:
        assert not store.can_edit, "an editor made a viewer may only read"
    finally:
        store.close()
    assert shared.setup("--remove", shared.editor)[0] == 0
    with pytest.raises(PermissionDenied, match="permission denied for database"):
        opened(shared.url(shared.editor))


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--editor", "nobody_at_all"], "There is no role 'nobody_at_all' on the server"),
        (["--editor", "{editor}", "--viewer", "{editor}"], "Name each role once"),
        (["--viewer", OWNER], "owns the Assess tables, so it can always change them"),
        (["--prefix", "Bad-Prefix"], "cannot start a role name"),
    ],
    ids=["unknown role", "twice", "owner as viewer", "bad prefix"],
)
def test_setup_refusals_change_nothing(shared: Shared, args: list[str], expected: str) -> None:
    shared.setup("--editor", shared.editor)
    before = dump(shared.url())
    code, out, err = shared.setup(*[a.format(editor=shared.editor) for a in args])
    assert (code, out) == (cli.EXIT_REFUSED, "") and len(err.splitlines()) == 1
    assert expected in err, err
    assert dump(shared.url()) == before


def test_only_the_owner_may_run_setup(shared: Shared) -> None:
    shared.setup("--editor", shared.editor)
    code, _, err = shared.setup("--viewer", shared.viewer, user=shared.editor)
    assert code == cli.EXIT_REFUSED
    assert f"Only the owner of the Assess tables in database {shared.database} ({OWNER})" in err


def test_setup_is_for_a_server(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    file = tmp_path / "assess.sqlite"
    code, _, err = run_cli(capsys, "server", "setup", "--db", str(file), "--editor", "alice")
    assert code == cli.EXIT_REFUSED and "for a shared PostgreSQL database" in err
    assert not file.exists(), "nothing was created"


def test_tables_added_by_a_later_upgrade_are_granted_too(shared: Shared) -> None:
    shared.setup("--editor", shared.editor, "--viewer", shared.viewer)
    owner = create_engine(shared.url(), poolclass=NullPool)
    try:
        with owner.begin() as connection:  # as a future migration would, run by the owner
            connection.execute(text("CREATE TABLE later_notes (id serial PRIMARY KEY, note text)"))
    finally:
        owner.dispose()
    for user, statement, allowed in (
        (shared.editor, "INSERT INTO later_notes (note) VALUES ('x')", True),
        (shared.viewer, "SELECT count(*) FROM later_notes", True),
        (shared.viewer, "INSERT INTO later_notes (note) VALUES ('x')", False),
    ):
        engine = create_engine(shared.url(user), poolclass=NullPool)
        try:
            with engine.begin() as connection:
                if allowed:
                    connection.execute(text(statement))
                else:
                    with pytest.raises(Exception, match="permission denied"):
                        connection.execute(text(statement))
        finally:
            engine.dispose()


# -- a viewer ------------------------------------------------------------------------------------------------


@pytest.fixture
def viewer(shared: Shared, tmp_path: Path) -> Iterator[tuple[Store, int]]:
    """A viewer's store on a database holding an assessment with a scored item."""
    shared.setup("--editor", shared.editor, "--viewer", shared.viewer)
    owner = opened(shared.url())
    try:
        aid = new_assessment(owner)
        with owner.session() as session:
            responses.update(session, aid, "PROS-1", law=3, practice=1, rationale="Penal Code art. 188")
    finally:
        owner.close()
    store = opened(shared.url(shared.viewer))
    yield store, aid
    store.close()


def test_a_viewer_reads_everything(viewer: tuple[Store, int], shared: Shared, tmp_path: Path) -> None:
    store, aid = viewer
    assert (store.user, store.can_edit) == (shared.viewer, False)
    assert store.read_only_reason is not None
    reason = str(store.read_only_reason)
    assert shared.viewer in reason and f"assess server setup --editor {shared.viewer}" in reason
    with store.session() as session:
        assert responses.get(session, aid, "PROS-1").law == 3
    as_viewer = ("--db", shared.url(shared.viewer))
    code, out, _ = shared.cli(*as_viewer, "gaps", str(aid))
    assert code == 0 and "PROS-1" in out
    # reports and packages only read
    assert shared.cli(*as_viewer, "report", str(aid), "--out", str(tmp_path / "plan.csv"))[0] == 0
    assert shared.cli(*as_viewer, "export", str(aid), "--out", str(tmp_path / "all.assess"))[0] == 0
    assert (tmp_path / "plan.csv").stat().st_size > 0 and (tmp_path / "all.assess").stat().st_size > 0


def test_every_edit_of_a_viewer_is_refused_before_it_reaches_the_server(
    viewer: tuple[Store, int], shared: Shared, tmp_path: Path
) -> None:
    store, aid = viewer
    before = dump(shared.url())
    document = tmp_path / "law.txt"
    document.write_text("the law")
    attempts = [
        lambda s: responses.update(s, aid, "PROS-1", law=4),
        lambda s: assessments.create(s, country="X", title="Y"),
        lambda s: approval.mark_final(s, aid, approval.Approval("Jane Doe"), force=True),
        lambda s: assessments.rename(s, aid, title="Renamed"),
        lambda s: evidence.add_link(s, aid, "PROS-1", "https://example.org/law"),
        lambda s: frameworks.import_file(s, ROOT / "docs" / "examples" / "section-v-example.json"),
        lambda s: figures.record(s, aid, Change("OI-PROT-1", "2024", {TOTAL: 5})),
        lambda s: own_indicators.add_own(
            s, aid, own_indicators.check(load_builtin(), code="OWN-1", name="Calls", unit="count", measures=["PREV-1"])
        ),
    ]
    for attempt in attempts:
        with pytest.raises(ReadOnly, match="Read only: your database user"), store.session() as session:
            attempt(session)
    with pytest.raises(ReadOnly):
        evidence.attach_file(store, aid, "PROS-1", document)
    assert dump(shared.url()) == before


def test_a_viewers_window_leaves_unused_content_for_an_editor(
    viewer: tuple[Store, int], shared: Shared, tmp_path: Path
) -> None:
    """The window prunes file content on closing; for a viewer that is no error, and nothing is deleted."""
    store, aid = viewer
    document = tmp_path / "circular.txt"
    document.write_text("circular 4/2025")
    editor = opened(shared.url(shared.editor))
    try:
        added = evidence.attach_file(editor, aid, "PROS-1", document)
        with editor.session() as session:
            evidence.remove(session, added.id, prune_content=False)  # kept for Undo
        with store.session() as session:
            assert evidence.prune(session) == 0
        with editor.session() as session:
            assert evidence.prune(session) == 1
    finally:
        editor.close()


def test_a_refusal_by_the_server_itself_is_one_clear_message(viewer: tuple[Store, int]) -> None:
    """Past the app's own check (a session not from the store), PostgreSQL refuses; the message says why."""
    store, aid = viewer
    refused = pytest.raises(PermissionDenied, match=r"permission denied for table \w+.*assess server setup")
    with refused, Session(store.engine) as session:
        responses.update(session, aid, "PROS-1", law=4)
        session.commit()


def test_the_command_line_refuses_a_viewer_in_one_line(viewer: tuple[Store, int], shared: Shared) -> None:
    _, aid = viewer
    code, out, err = shared.cli("--db", shared.url(shared.viewer), "score", str(aid), "PROS-1", "--law", "4")
    assert (code, out) == (cli.EXIT_REFUSED, "")
    assert err.startswith("assess: Read only: your database user") and len(err.splitlines()) == 1


def test_status_says_who_you_are_and_what_you_may_do(viewer: tuple[Store, int], shared: Shared) -> None:
    code, out, _ = shared.cli("server", "status", "--db", shared.url(shared.viewer), "--prefix", shared.prefix)
    assert code == 0
    assert f"You are:  {shared.viewer}" in out and "Access:   Read only" in out
    assert f"Editors:  {shared.editor}" in out and f"Viewers:  {shared.viewer}" in out


def test_status_of_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "none.sqlite"
    code, _, err = run_cli(capsys, "server", "status", "--db", str(missing))
    assert code == cli.EXIT_REFUSED and "no database" in err and not missing.exists()
    open_store(missing).close()
    code, out, _ = run_cli(capsys, "server", "status", "--db", str(missing))
    assert code == 0 and "You are:  tester" in out and "Access:   can edit" in out and "Editors" not in out


def test_an_outsider_cannot_connect(viewer: tuple[Store, int], shared: Shared) -> None:
    with pytest.raises(PermissionDenied, match="permission denied for database"):
        opened(shared.url(shared.outsider))


# -- upgrades are the owner's -------------------------------------------------------------------------------


def test_only_the_owner_upgrades_the_schema(shared: Shared) -> None:
    database = shared.new_database(migrated=False)
    engine = create_engine(shared.url(OWNER, database), poolclass=NullPool)
    try:
        migrate.upgrade(engine, None, target="0001")  # set up by an earlier release
        with engine.begin() as connection:
            roles.setup(connection, editors=[shared.editor], viewers=[shared.viewer], prefix=shared.prefix)
    finally:
        engine.dispose()
    for user in (shared.viewer, shared.editor):
        with pytest.raises(UpgradeNotAllowed) as refused:
            opened(shared.url(user, database))
        message = str(refused.value)
        assert f"older Assess schema (0001; this release needs {migrate.head()})" in message
        assert f"only its owner ({OWNER})" in message and "assess server setup" in message
    code, _, _ = shared.setup(user=OWNER, database=database)
    assert code == 0
    store = opened(shared.url(shared.viewer, database))
    try:
        assert not store.can_edit
        with store.engine.connect() as connection:
            assert migrate.current(connection) == migrate.head()
    finally:
        store.close()


def test_a_new_empty_database_is_made_by_its_owner(shared: Shared) -> None:
    database = shared.new_database(migrated=False)
    with pytest.raises(UpgradeNotAllowed, match=r"holds no Assess tables yet.*assess server setup"):
        opened(shared.url(shared.editor, database))


# -- the URL the window's dialog builds ----------------------------------------------------------------------


def test_server_url_escapes_every_part() -> None:
    url = server.server_url("db.ministry.example", "assess", "m.dupont@justice", port=5433,
                            password="p@ss:w/rd", sslmode="require")  # fmt: skip
    parsed = make_url(url)
    assert (parsed.drivername, parsed.host, parsed.port, parsed.database) == (
        "postgresql+psycopg",
        "db.ministry.example",
        5433,
        "assess",
    )
    assert (parsed.username, parsed.password, dict(parsed.query)) == (
        "m.dupont@justice",
        "p@ss:w/rd",
        {"sslmode": "require"},
    )
    assert server.server_url("h", "d", "u") == "postgresql+psycopg://u@h/d"
    assert server.is_server_url(url) and not server.is_server_url("/home/me/assess.sqlite")


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"host": " "}, "Give the server"),
        ({"sslmode": "always"}, "Unknown sslmode"),
        ({"port": 70000}, "not a port number"),
    ],
)
def test_server_url_refuses_what_cannot_work(kwargs: dict[str, Any], expected: str) -> None:
    parts: dict[str, Any] = {"host": "h", "database": "d", "user": "u"} | kwargs
    with pytest.raises(InvalidInput, match=expected):
        server.server_url(parts.pop("host"), parts.pop("database"), parts.pop("user"), **parts)


# -- a server that goes away ---------------------------------------------------------------------------------


def test_a_lost_connection_is_one_clear_message_and_the_next_action_reconnects(
    shared: Shared, postgres: PostgresServer
) -> None:
    store = opened(shared.url())
    try:
        aid = new_assessment(store)
        lost = pytest.raises(DatabaseUnavailable, match=r"Lost the connection to .* try again")
        with lost, store.session() as session:
            responses.get(session, aid, "PROS-1")
            postgres.sql(
                f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{shared.database}' "
                "AND application_name = 'assess'"
            )
            responses.update(session, aid, "PROS-1", law=1)
        with store.session() as session:  # the pool notices the dead connection and opens a new one
            assert responses.update(session, aid, "PROS-1", law=1).law == 1
    finally:
        store.close()


@contextmanager
def losing_the_connection_after_the_first_read(store: Store, drop: Callable[[], None]) -> Iterator[None]:
    """Drop the connections of ``store`` once, after its first SELECT while the block runs."""
    done: list[bool] = []

    def after(_connection: Any, _cursor: Any, sql: str, *_: Any) -> None:
        if not done and sql.lstrip().upper().startswith("SELECT"):
            done.append(True)
            drop()

    event.listen(store.engine, "after_cursor_execute", after)
    try:
        yield
    finally:
        event.remove(store.engine, "after_cursor_execute", after)
    assert done


def test_the_window_s_save_reconnects_and_a_connection_lost_during_it_is_the_same_message(
    shared: Shared, postgres: PostgresServer
) -> None:
    store = opened(shared.url())

    def drop_connections() -> None:
        postgres.sql(
            f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{shared.database}' "
            "AND application_name = 'assess'"
        )

    try:
        aid = new_assessment(store)
        assert responses.save(store, aid, "PROS-1", law=2).law == 2  # the pool now holds a connection
        drop_connections()
        assert responses.save(store, aid, "PROS-1", law=3).law == 3  # the pool's ping finds it dead and reconnects

        lose_after_a_read = losing_the_connection_after_the_first_read(store, drop_connections)
        with lose_after_a_read, pytest.raises(DatabaseUnavailable, match=r"Lost the connection to .* try again"):
            responses.save(store, aid, "PROS-1", law=1)
        assert responses.save(store, aid, "PROS-1", law=1).law == 1
        with store.session() as session:
            assert responses.get(session, aid, "PROS-1").law == 1
        lose_after_a_read = losing_the_connection_after_the_first_read(store, drop_connections)
        with lose_after_a_read, pytest.raises(DatabaseUnavailable, match=r"Lost the connection to .* try again"):
            responses.save(store, aid, "PROS-99", law=1)  # no such item: lost while looking for the reason why
        assert responses.save(store, aid, "PROS-1", law=2).law == 2
    finally:
        store.close()


def test_an_editor_records_figures_a_viewer_reads_them_and_the_server_refuses_the_viewers_writes(
    viewer: tuple[Store, int], shared: Shared
) -> None:
    store, aid = viewer
    editor = opened(shared.url(shared.editor))
    try:
        with editor.session() as session:
            figures.record(session, aid, Change("OI-PROT-1", "2024", {TOTAL: 52, ("sex", "female"): 40}))
    finally:
        editor.close()
    with store.session() as session:
        assert figures.get(session, aid, "OI-PROT-1", "2024").updated_by == shared.editor
    code, out, _ = shared.cli("--db", shared.url(shared.viewer), "data", "show", str(aid), "OI-PROT-1")
    assert code == 0 and "total 52; sex: female 40" in out
    refused = pytest.raises(PermissionDenied, match=r"permission denied for table \w+")
    with refused, Session(store.engine) as session:  # past the app's own check
        figures.record(session, aid, Change("OI-PROT-1", "2024", {TOTAL: 53}))
        session.commit()
