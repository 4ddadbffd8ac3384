"""The window's writes: one after the other, in the order asked for, each prepared only when its turn comes."""

from __future__ import annotations

import threading

import pytest

from assess.ui.writes import Write, WriteQueue


@pytest.mark.usefixtures("threaded_tasks")
def test_writes_run_in_order_on_a_worker_and_each_is_prepared_at_its_turn(qtbot):
    queue = WriteQueue()
    done: list[str] = []
    prepared: list[tuple[str, list[str]]] = []
    threads: set[int] = set()

    def write(name: str) -> Write[str]:
        prepared.append((name, list(done)))

        def work() -> str:
            threads.add(threading.get_ident())
            return name

        return Write(work, done.append, lambda exc: pytest.fail(str(exc)))

    for name in ("first", "second", "third"):
        queue.submit(lambda n=name: write(n))
    assert queue.busy and done == []  # submit returned at once
    with qtbot.waitSignal(queue.idle, timeout=10_000):
        pass
    assert done == ["first", "second", "third"]
    assert prepared == [("first", []), ("second", ["first"]), ("third", ["first", "second"])]
    assert threading.get_ident() not in threads


@pytest.mark.usefixtures("threaded_tasks")
def test_waiting_for_the_writes_from_a_write_that_reports_back_goes_on_with_the_others(qtbot):
    queue = WriteQueue()
    done: list[str] = []
    failed: list[BaseException] = []

    def then_wait(result: str) -> None:
        done.append(result)
        assert queue.wait(5_000)  # a window that opens what was just created waits for the rest first
        done.append("waited")

    def broken() -> str:
        raise OSError("disk full")

    queue.submit(lambda: Write(lambda: "created", then_wait, failed.append))
    queue.submit(lambda: Write(broken, done.append, failed.append))
    queue.submit(lambda: None)  # nothing to write after all
    queue.submit(lambda: Write(lambda: "last", done.append, failed.append))
    assert queue.wait(10_000)
    assert done == ["created", "last", "waited"]
    assert [str(e) for e in failed] == ["disk full"]
