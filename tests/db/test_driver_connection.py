"""Store.driver_connection: the connection the window's edits are written on, outside any session.

On an SQLite file one connection is kept between uses (a pool checkout costs as much as an edit's
own statements); a second thread, or a server, takes one from the pool. An error leaving the block
rolls back, a connection that cannot roll back is dropped, and closing the store closes the kept one.
"""

from __future__ import annotations

import sqlite3
import threading
from typing import Any

import pytest

from db import Store


def count_rows(store: Store) -> int:
    with store.driver_connection() as connection:
        cursor = connection.cursor()
        try:
            cursor.execute("SELECT count(*) FROM audit_log WHERE field = 'probe'")
            return int(cursor.fetchone()[0])
        finally:
            cursor.close()


def insert_probe(connection: Any) -> None:
    cursor = connection.cursor()
    try:
        cursor.execute(
            "INSERT INTO audit_log (at, \"user\", entity, field, origin) VALUES (CURRENT_TIMESTAMP, 'tester', 'x', "
            "'probe', '')"
        )
    finally:
        cursor.close()


def test_a_committed_transaction_is_kept_and_an_error_rolls_back(store: Store) -> None:
    with store.driver_connection() as connection:
        insert_probe(connection)
        connection.commit()
    with pytest.raises(RuntimeError, match="half way"), store.driver_connection() as connection:
        insert_probe(connection)
        raise RuntimeError("half way")
    assert count_rows(store) == 1
    assert store.engine.pool.checkedout() == (1 if store.is_sqlite else 0)


def test_on_sqlite_one_connection_is_kept_and_closed_with_the_store(store: Store) -> None:
    if not store.is_sqlite:
        pytest.skip("on a server every use takes a connection from the pool")
    with store.driver_connection() as first:
        kept = first.driver_connection
    with store.driver_connection() as second:
        assert second.driver_connection is kept
    store.close()
    with pytest.raises(Exception, match="closed"):
        kept.execute("SELECT 1")


def test_a_second_thread_takes_a_connection_of_its_own(store: Store) -> None:
    entered, release = threading.Event(), threading.Event()
    seen: dict[str, Any] = {}

    def hold() -> None:
        with store.driver_connection() as connection:
            seen["holder"] = connection.driver_connection
            entered.set()
            release.wait(10)

    holder = threading.Thread(target=hold)
    holder.start()
    try:
        assert entered.wait(10)
        with store.driver_connection() as connection:
            seen["other"] = connection.driver_connection
            insert_probe(connection)
            connection.commit()
    finally:
        release.set()
        holder.join(10)
    assert seen["other"] is not seen["holder"]
    assert count_rows(store) == 1


def test_a_connection_that_cannot_roll_back_is_dropped(store: Store) -> None:
    with store.driver_connection():
        pass
    with pytest.raises(RuntimeError, match="lost"), store.driver_connection() as connection:
        broken = connection.driver_connection
        broken.close()  # as if the connection had been lost: its rollback fails too
        raise RuntimeError("lost")
    with store.driver_connection() as connection:
        assert connection.driver_connection is not broken
        insert_probe(connection)
        connection.commit()
    assert count_rows(store) == 1
    assert store.engine.pool.checkedout() == (1 if store.is_sqlite else 0)


def test_every_sqlite_connection_syncs_each_commit_to_disk(store: Store) -> None:
    """What the window says is saved survives a power cut: the write-ahead log is synced at every commit."""
    if not store.is_sqlite:
        pytest.skip("the server's durability is its own (synchronous_commit)")
    with store.session() as session:
        settings = session.connection().exec_driver_sql("PRAGMA synchronous").scalar()
        mode = session.connection().exec_driver_sql("PRAGMA journal_mode").scalar()
    with store.driver_connection() as connection:
        cursor = connection.cursor()
        cursor.execute("PRAGMA synchronous")
        kept = cursor.fetchone()[0]
        cursor.close()
    assert (mode, settings, kept) == ("wal", 2, 2)  # 2: FULL


def test_a_transaction_left_open_is_rolled_back_and_the_lock_released(store: Store, db_target: Any) -> None:
    with store.driver_connection() as connection:
        insert_probe(connection)  # neither committed nor rolled back
    assert count_rows(store) == 0
    if store.is_sqlite:
        other = sqlite3.connect(db_target, timeout=0, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")  # "database is locked" if the kept connection still held it
            other.execute("ROLLBACK")
        finally:
            other.close()
