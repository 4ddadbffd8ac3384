"""The connections of an open store: what each is opened with."""

from __future__ import annotations

import pytest

from db import Store


def test_every_sqlite_connection_syncs_each_commit_to_disk(store: Store) -> None:
    """What the window says is saved survives a power cut: the write-ahead log is synced at every commit."""
    if not store.is_sqlite:
        pytest.skip("the server's durability is its own (synchronous_commit)")
    with store.session() as session:
        in_session = session.connection().exec_driver_sql("PRAGMA synchronous").scalar()
        mode = session.connection().exec_driver_sql("PRAGMA journal_mode").scalar()
    with store.engine.connect() as first, store.engine.connect() as second:  # the pool's and one more
        others = [c.exec_driver_sql("PRAGMA synchronous").scalar() for c in (first, second)]
    assert (mode, in_session, others) == ("wal", 2, [2, 2])  # 2: FULL
