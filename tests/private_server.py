"""A PostgreSQL server of a test's own, which the test may stop, kill and start again.

The shared test server (``ASSESS_TEST_POSTGRES_URL``) must stay up for every other test, so the tests of
a server that fails make their own from the same installation: ``initdb`` into a temporary folder, on
127.0.0.1, on a free port (from ASSESS_TEST_PORTS, e.g. "55460-55469", when it is set), as the
``postgres`` system user when the tests run as root (``initdb`` refuses root). Skipped, saying why, where
there is no PostgreSQL installation.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from db import migrate

OWNER = "tester"


def _bin_dir() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parts[-3]))
    if found:
        return found[-1].parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    wanted = os.environ.get("ASSESS_TEST_PORTS", "")
    if "-" in wanted:
        low, high = (int(part) for part in wanted.split("-", 1))
        for port in range(low, high + 1):
            with socket.socket() as probe:
                try:
                    probe.bind(("127.0.0.1", port))
                except OSError:
                    continue
                return port
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class PrivateServer:
    def __init__(self) -> None:
        bin_dir = _bin_dir()
        if bin_dir is None:
            pytest.skip("no PostgreSQL installation (initdb) for a server of the test's own")
        self.bin = bin_dir
        self.root = Path(tempfile.mkdtemp(prefix="assess-test-pg-"))
        self.data = self.root / "data"
        self.as_postgres = os.geteuid() == 0
        if self.as_postgres:
            shutil.chown(self.root, "postgres")
        self.port = _free_port()
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8")
        self.start()
        self.sql(f'CREATE ROLE "{OWNER}" LOGIN CREATEROLE')

    def _run(self, tool: str, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        command = [str(self.bin / tool), *args]
        if self.as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        return subprocess.run(command, capture_output=True, text=True, check=check, timeout=120)

    def url(self, user: str = "postgres", database: str = "postgres", port: int | None = None) -> str:
        return f"postgresql+psycopg://{user}@127.0.0.1:{port or self.port}/{database}"

    def sql(self, *statements: str, database: str = "postgres") -> None:
        engine = create_engine(self.url(database=database), isolation_level="AUTOCOMMIT", poolclass=NullPool)
        try:
            with engine.connect() as connection:
                for statement in statements:
                    connection.execute(text(statement))
        finally:
            engine.dispose()

    def new_database(self, name: str) -> str:
        """A migrated Assess database owned by ``tester``; its URL for that user."""
        self.sql(f'CREATE DATABASE "{name}" OWNER "{OWNER}"')
        engine = create_engine(self.url(OWNER, name), poolclass=NullPool)
        try:
            migrate.upgrade(engine, None)
        finally:
            engine.dispose()
        return self.url(OWNER, name)

    # --- failing ----------------------------------------------------------------------------------------

    def start(self) -> None:
        options = f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.root} -c fsync=off -c max_connections=60"
        self._run(
            "pg_ctl", "-D", str(self.data), "-l", str(self.root / "log"), "-w", "-t", "60", "-o", options, "start"
        )

    def stop(self) -> None:
        """Stop as an administrator does: every session is ended (``pg_ctl stop -m fast``)."""
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def kill(self) -> None:
        """The server crashes: the postmaster and every process it started are killed at once."""
        postmaster = int((self.data / "postmaster.pid").read_text().split()[0])
        # Stopped first, so that it starts no backend between the listing of its children and the kill: one left
        # behind would outlive it unseen (adopted by init) and share the data folder with the next server.
        with contextlib.suppress(ProcessLookupError):
            os.kill(postmaster, signal.SIGSTOP)
        everyone = (postmaster, *_children(postmaster))
        for pid in everyone:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and any(_alive(pid) for pid in everyone):
            time.sleep(0.05)
        # A postmaster nobody reaps stays a zombie, which the next start would take for a running server.
        for lock in (self.data / "postmaster.pid", *self.root.glob(".s.PGSQL.*")):
            lock.unlink(missing_ok=True)

    def close(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop", check=False)
        shutil.rmtree(self.root, ignore_errors=True)


def _children(parent: int) -> list[int]:
    found = []
    for status in Path("/proc").glob("[0-9]*/status"):
        with contextlib.suppress(OSError, ValueError, IndexError):
            fields = dict(line.split(":\t", 1) for line in status.read_text().splitlines() if ":\t" in line)
            if int(fields["PPid"].strip()) == parent:
                found.append(int(status.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    status = Path(f"/proc/{pid}/status")
    return not (status.exists() and "zombie" in status.read_text())
