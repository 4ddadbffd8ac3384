"""How long deriving a package's key from its password takes here, at the scrypt settings packages are written with.

    .venv/bin/python benchmarks/measure_scrypt.py [--rounds N]

Writing a password-protected package derives the key once, and so does opening one (the password is
checked before anything else). Each setting is measured in a fresh process (the memory scrypt takes is
the process's peak growth), several rounds, reporting the fastest and the median; docs/package-format.md
records the figures with the machine they were taken on.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import subprocess
import sys

ONE = """
import json, os, resource, sys, time
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
log2_n, r, p = (int(v) for v in sys.argv[1:4])
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
started = time.perf_counter()
Scrypt(salt=os.urandom(16), length=48, n=2**log2_n, r=r, p=p).derive(b"correct horse battery staple")
seconds = time.perf_counter() - started
grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
print(json.dumps({"seconds": seconds, "memory_mb": grown / 1024}))
"""


def measure(log2_n: int, r: int, p: int, rounds: int) -> dict[str, float]:
    runs = [
        json.loads(
            subprocess.run(
                [sys.executable, "-c", ONE, str(log2_n), str(r), str(p)], capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(rounds)
    ]
    times = [run["seconds"] for run in runs]
    return {"fastest": min(times), "median": statistics.median(times), "memory_mb": max(r["memory_mb"] for r in runs)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    from exports.exchange import crypto

    print(f"{platform.processor() or platform.machine()}, Python {platform.python_version()}, {platform.system()}")
    for log2_n in sorted({15, crypto.LOG2_N}):
        found = measure(log2_n, crypto.R, crypto.P, args.rounds)
        print(
            f"N=2^{log2_n}, r={crypto.R}, p={crypto.P}: fastest {found['fastest']:.2f} s, "
            f"median {found['median']:.2f} s, memory {found['memory_mb']:.0f} MB"
        )


if __name__ == "__main__":
    main()
