"""The process test_crash.py kills: numbered edits and package imports, saying "ack N" after each commit.

Usage: python crash_worker.py DATABASE FIRST_NUMBER PACKAGE. Every fifth operation imports
PACKAGE as a new assessment (one transaction, evidence included); the others each change the
rationale of one item of assessment 1 to "edit N". A line is printed, and flushed, only once
the operation's transaction has committed. The worker runs until it is killed.
"""

from __future__ import annotations

import sys
from pathlib import Path


def main(database: str, first: int, package: str) -> None:
    from assess import assessments, merge, responses
    from db import open_store
    from exports.exchange.read import open_package

    store = open_store(Path(database))
    with store.session() as session:
        codes = [r.item_code for r in assessments.get(session, 1).responses]
    print("ready", flush=True)
    number = first
    while True:
        if number % 5 == 0:
            with open_package(package) as opened, store.session() as session:
                merge.import_new(session, opened.contribution, user="crash-worker")
            print(f"ack import {number}", flush=True)
        else:
            with store.session() as session:
                responses.update(session, 1, codes[number % len(codes)], rationale=f"edit {number}")
            print(f"ack edit {number}", flush=True)
        number += 1


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3])
