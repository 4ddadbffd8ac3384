"""Shared fixtures: every test gets its own data directory and database; nothing touches the user's files.

Database tests run on both back ends. A test that asks for ``store`` or ``db_target`` runs twice,
``[sqlite]`` on a fresh file and ``[postgres]`` on a fresh PostgreSQL database, created for the
test from a migrated template and dropped after it. The PostgreSQL runs need a server named by
``ASSESS_TEST_POSTGRES_URL`` (a superuser URL; ``.ci/run`` starts a throwaway one); without it
they are skipped, saying so. Tests about SQLite files ask for ``db_path`` or are marked
``sqlite_only``; the window's tests (tests/ui) stay on SQLite.

On PostgreSQL the tests connect as the role ``tester``, which owns each test database (and may
create roles, like the owner a national body's IT would set up), so the database user recorded
with every change is "tester", as ``ASSESS_USER`` makes it on SQLite.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import NullPool

from db import Store, migrate, open_store, timeouts
from db.timeouts import Timeouts

# The user's home and the XDG folders move to a throwaway folder before anything reads them
# (Qt's standard paths, platformdirs, fontconfig, a program started by a test): no test reads or writes the
# real ones. Each test gets folders of its own as well (isolated_data_dir).
HOME_VARIABLES = {
    "HOME": "home",
    "XDG_DATA_HOME": "home/.local/share",
    "XDG_CONFIG_HOME": "home/.config",
    "XDG_CACHE_HOME": "home/.cache",
    "XDG_STATE_HOME": "home/.local/state",
}
_SESSION_HOME = Path(tempfile.mkdtemp(prefix="assess-tests-home-"))
_REAL_HOME_ENV = {name: os.environ.get(name) for name in HOME_VARIABLES}


def _point_home_at(folder: Path, setenv: Callable[[str, str], object]) -> None:
    for name, sub in HOME_VARIABLES.items():
        (folder / sub).mkdir(parents=True, exist_ok=True)
        setenv(name, str(folder / sub))


_point_home_at(_SESSION_HOME, os.environ.__setitem__)

POSTGRES_ENV = "ASSESS_TEST_POSTGRES_URL"
NO_POSTGRES = (
    f"no PostgreSQL server for the [postgres] runs: set {POSTGRES_ENV}="
    "postgresql+psycopg://postgres@127.0.0.1:55432/postgres (.ci/run starts one)"
)
OWNER = "tester"
BACKENDS = ("sqlite", "postgres")
SHORT_TIMEOUTS = Timeouts(
    connect=3,
    statement=1.5,
    lock=0.5,
    idle_in_transaction=1.5,
    answer=2.5,
    keepalive_idle=1,
    keepalive_interval=1,
    keepalive_count=2,
    unacknowledged=2,
)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only: about SQLite files; not run against PostgreSQL")


def pytest_unconfigure(config: pytest.Config) -> None:
    for name, value in _REAL_HOME_ENV.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value
    shutil.rmtree(_SESSION_HOME, ignore_errors=True)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Run every test that needs "a database" on each back end."""
    if "backend" not in metafunc.fixturenames:
        return
    only_sqlite = (
        metafunc.definition.get_closest_marker("sqlite_only") is not None
        or "db_path" in metafunc.fixturenames
        or Path(str(metafunc.definition.fspath)).parent.name == "ui"
    )
    backends = BACKENDS[:1] if only_sqlite else BACKENDS
    metafunc.parametrize("backend", backends, indirect=True, ids=backends)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[pytest.TestReport]:
    """Report every [postgres] run skipped for want of a server on one summary line, not one per test."""
    report: pytest.TestReport = yield
    if report.skipped and isinstance(report.longrepr, tuple) and NO_POSTGRES in str(report.longrepr[2]):
        report.longrepr = (__file__, None, f"Skipped: {NO_POSTGRES}")
    return report


@pytest.fixture(autouse=True)
def cheap_package_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    """Password-protected packages written by the tests derive their keys at the cheapest cost readers accept
    (a second of scrypt per package, at the default, would add minutes to the suite); the default is checked in
    tests/exports/exchange/test_crypto.py."""
    from exports.exchange import crypto

    monkeypatch.setattr(crypto, "LOG2_N", crypto.MIN_LOG2_N)


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the app's data directory, the home folder and the XDG folders at fresh temporary folders for every
    test."""
    data = tmp_path_factory.mktemp("assess-data")
    monkeypatch.setenv("ASSESS_DATA_DIR", str(data))
    _point_home_at(tmp_path_factory.mktemp("home-"), monkeypatch.setenv)
    monkeypatch.setenv("ASSESS_USER", "tester")
    monkeypatch.delenv("ASSESS_MAX_EVIDENCE_MB", raising=False)
    # the command line writes in the system's language unless told: the tests expect English unless they say
    for variable in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    return data


class PostgresServer:
    """The test server: makes and drops databases and roles as its superuser."""

    def __init__(self, url: URL) -> None:
        self.url = url
        self.admin: Engine = create_engine(url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
        self.template = f"assess_test_template_{uuid.uuid4().hex[:8]}"

    def sql(self, *statements: str) -> None:
        with self.admin.connect() as connection:
            for statement in statements:
                connection.execute(text(statement))

    def database_url(self, database: str, user: str = OWNER) -> str:
        return self.url.set(username=user, password=None, database=database).render_as_string(hide_password=False)

    def create_role(self, name: str, options: str = "LOGIN") -> None:
        with self.admin.connect() as connection:
            if connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).first() is None:
                connection.execute(text(f'CREATE ROLE "{name}" {options}'))

    def drop_role(self, name: str) -> None:
        self.sql(f'DROP ROLE IF EXISTS "{name}"')

    def create_database(self, *, migrated: bool = True) -> str:
        """A new database owned by ``tester``: empty, or a copy of the migrated template (much faster)."""
        name = f"assess_test_{uuid.uuid4().hex[:12]}"
        template = self.template if migrated else "template0"
        self.sql(f'CREATE DATABASE "{name}" OWNER "{OWNER}" TEMPLATE "{template}"')
        return name

    def drop_database(self, name: str) -> None:
        self.sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def start(self) -> None:
        self.create_role(OWNER, "LOGIN CREATEROLE")
        self.sql(f'CREATE DATABASE "{self.template}" OWNER "{OWNER}" TEMPLATE template0')
        engine = create_engine(self.database_url(self.template), poolclass=NullPool)
        try:
            migrate.upgrade(engine, None)
        finally:
            engine.dispose()

    def stop(self) -> None:
        self.drop_database(self.template)
        self.admin.dispose()


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    """The PostgreSQL server named by ASSESS_TEST_POSTGRES_URL; skips the test when there is none."""
    configured = os.environ.get(POSTGRES_ENV, "").strip()
    if not configured:
        pytest.skip(NO_POSTGRES)
    server = PostgresServer(make_url(configured))
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def short_timeouts(monkeypatch: pytest.MonkeyPatch) -> Timeouts:
    """Every store opened in the test waits for its server seconds, not the tens of seconds users get."""
    monkeypatch.setattr(timeouts, "SERVER", SHORT_TIMEOUTS)
    return SHORT_TIMEOUTS


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "assess.sqlite"


@pytest.fixture
def db_target(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str | Path]:
    """A fresh database to give ``open_store`` or ``--db``: an SQLite path, or a PostgreSQL URL."""
    if backend == "sqlite":
        yield tmp_path / "assess.sqlite"
        return
    server: PostgresServer = request.getfixturevalue("postgres")
    name = server.create_database()
    try:
        yield server.database_url(name)
    finally:
        server.drop_database(name)


@pytest.fixture
def store(db_target: str | Path) -> Iterator[Store]:
    opened = open_store(db_target)
    yield opened
    opened.close()
