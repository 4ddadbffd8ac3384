"""Opens packages in a process of its own, with its memory capped, and says how each went, one JSON line each.

Usage: python bounded_open.py MEMORY_MB SECONDS DATABASE PASSWORD FILE...

The address space is capped with ``resource.setrlimit(RLIMIT_AS)`` before anything is imported, so a
package that makes the reader take more memory ends in a MemoryError, reported as unexpected. Each
package is opened (PASSWORD for the protected ones; "-" for none); one that opens is imported as a
new assessment into DATABASE, checked against what the package holds, and rolled back. A line says
``refused`` (a message for the user, with its text), ``imported`` (and checked), or ``unexpected``
(any other exception, with its type). Files left when SECONDS have passed are not tried; the last line
gives the peak memory (ru_maxrss, KB) and how many were tried.
"""

from __future__ import annotations

import json
import resource
import sys
import time


def main(memory_mb: int, seconds: float, database: str, password: str, files: list[str]) -> None:
    limit = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    from assess import evidence, merge, responses
    from assess.messages import UserMessage
    from db import open_store
    from exports.exchange.read import open_package
    from exports.exchange.spec import PasswordNeeded

    store = open_store(database)
    started = time.monotonic()
    tried = 0
    for name in files:
        if time.monotonic() - started > seconds:
            break
        tried += 1
        began = time.monotonic()
        line: dict[str, object] = {"file": name}
        try:
            try:
                package = open_package(name)
            except PasswordNeeded:
                package = open_package(name, None if password == "-" else password)
            with package, store.session() as session:
                contribution = package.contribution
                created = merge.import_new(session, contribution, user="fuzz")
                for item in contribution.items:
                    stored = merge.Fields.of(responses.get(session, created.id, item.code))
                    assert stored == item.fields, (item.code, stored, item.fields)
                attached = evidence.list_for(session, created.id)
                assert len(attached) == sum(len(i.evidence) for i in contribution.items)
                session.rollback()
            line["outcome"] = "imported"
        except UserMessage as exc:
            line.update(outcome="refused", message=str(exc))
        except BaseException as exc:  # what the test is looking for: anything that is not a clean refusal
            line.update(outcome="unexpected", type=type(exc).__name__, message=str(exc)[:3000])
        line["seconds"] = round(time.monotonic() - began, 3)
        print(json.dumps(line), flush=True)
    store.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"peak_kb": peak, "tried": tried}), flush=True)


if __name__ == "__main__":
    main(int(sys.argv[1]), float(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5:])
