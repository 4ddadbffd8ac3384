"""A fresh database on the shared test server with login roles of its own: an editor, a viewer and an outsider,
and group roles with a prefix of its own, all dropped afterwards (see tests/conftest.py for the server)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from sqlalchemy import text

from assess.cli import main as cli
from tests.conftest import OWNER, PostgresServer


@dataclass
class Shared:
    server: PostgresServer
    database: str
    prefix: str
    editor: str
    viewer: str
    outsider: str
    capsys: pytest.CaptureFixture[str]
    others: list[str] = field(default_factory=list)

    def url(self, user: str = OWNER, database: str | None = None) -> str:
        return self.server.database_url(database or self.database, user)

    def setup(self, *args: str, user: str = OWNER, database: str | None = None) -> tuple[int, str, str]:
        return self.cli("server", "setup", "--db", self.url(user, database), "--prefix", self.prefix, *args)

    def cli(self, *args: str) -> tuple[int, str, str]:
        return run_cli(self.capsys, *args)

    def group_roles(self) -> list[str]:
        """The group roles of this prefix: editors, viewers, and the editors of each restricted assessment."""
        with self.server.admin.connect() as connection:
            rows = connection.execute(
                text("SELECT rolname FROM pg_roles WHERE starts_with(rolname, :prefix) ORDER BY rolname DESC"),
                {"prefix": f"{self.prefix}_"},
            )
            return [str(name) for (name,) in rows]

    def new_database(self, *, migrated: bool) -> str:
        name = self.server.create_database(migrated=migrated)
        self.others.append(name)
        return name


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """``assess ARGS`` in-process: exit status, stdout, stderr."""
    capsys.readouterr()
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


@pytest.fixture
def shared(postgres: PostgresServer, capsys: pytest.CaptureFixture[str]) -> Iterator[Shared]:
    tag = uuid.uuid4().hex[:8]
    people = {kind: f"{kind}_{tag}" for kind in ("editor", "viewer", "outsider")}
    for person in people.values():
        postgres.create_role(person)
    made = Shared(postgres, postgres.create_database(), f"t{tag}", capsys=capsys, **people)
    try:
        yield made
    finally:
        for database in (made.database, *made.others):
            postgres.drop_database(database)
        for role in (*people.values(), *made.group_roles()):
            postgres.drop_role(role)
