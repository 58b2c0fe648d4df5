"""How fast each store the cache could use writes and reads a build's article entries.

    python bench/cache_store.py [--n 10000] [--size 5200] [--runs 3]

For `--n` entries of `--size` bytes (a cache entry's mean size at the 10,000-article benchmark
corpus), under `/dev/shm` when it exists: the time to write them all (one build's worth, then made
durable as each store does), to read them all back (a warm build), and to read one (the dev
server's case), for SQLite as briefs uses it (WAL, one transaction), the standard library's `dbm`
(whichever module it picks here) and one pickle file per entry (written to a temporary name, then
renamed). Prints a Markdown table; medians of `--runs`.
"""

from __future__ import annotations

import argparse
import dbm
import os
import random
import shutil
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path


def entries(n: int, size: int) -> dict[bytes, bytes]:
    rng = random.Random(7)
    return {rng.randbytes(16): rng.randbytes(size) for _ in range(n)}


class SQLite:
    name = "SQLite (WAL, one transaction)"

    def __init__(self, folder: Path) -> None:
        self.db = sqlite3.connect(folder / "cache.sqlite", isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("CREATE TABLE IF NOT EXISTS articles (key BLOB PRIMARY KEY, value BLOB NOT NULL)")

    def write(self, items: dict[bytes, bytes]) -> None:
        self.db.execute("BEGIN IMMEDIATE")
        self.db.executemany("INSERT OR REPLACE INTO articles VALUES (?, ?)", items.items())
        self.db.execute("COMMIT")

    def read_all(self, keys: list[bytes]) -> int:
        return sum(len(v) for _, v in self.db.execute("SELECT key, value FROM articles"))

    def read_one(self, key: bytes) -> int:
        return len(self.db.execute("SELECT value FROM articles WHERE key = ?", (key,)).fetchone()[0])

    def close(self) -> None:
        self.db.close()


class Dbm:
    name = "dbm (the standard library's choice here: {})"

    def __init__(self, folder: Path) -> None:
        self.db = dbm.open(str(folder / "cache"), "c")
        self.name = self.name.format(type(self.db).__module__)

    def write(self, items: dict[bytes, bytes]) -> None:
        for key, value in items.items():
            self.db[key] = value
        if hasattr(self.db, "sync"):
            self.db.sync()

    def read_all(self, keys: list[bytes]) -> int:
        return sum(len(self.db[key]) for key in keys)

    def read_one(self, key: bytes) -> int:
        return len(self.db[key])

    def close(self) -> None:
        self.db.close()


class Files:
    name = "a pickle file per entry (temporary name, renamed)"

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def write(self, items: dict[bytes, bytes]) -> None:
        for key, value in items.items():
            temporary = self.folder / f"{key.hex()}.tmp"
            temporary.write_bytes(value)
            os.replace(temporary, self.folder / key.hex())

    def read_all(self, keys: list[bytes]) -> int:
        return sum(len((self.folder / key.hex()).read_bytes()) for key in keys)

    def read_one(self, key: bytes) -> int:
        return len((self.folder / key.hex()).read_bytes())

    def close(self) -> None:
        pass


def measure(store_kind: type, items: dict[bytes, bytes], runs: int, base: str | None) -> tuple[str, list[float]]:
    """The store's name, and the median times to write all, read all and read one."""
    keys = list(items)
    times: list[tuple[float, float, float]] = []
    for _ in range(runs):
        folder = Path(tempfile.mkdtemp(prefix="briefs-store-", dir=base))
        try:
            store = store_kind(folder)
            start = time.perf_counter()
            store.write(items)
            wrote = time.perf_counter() - start
            store.close()
            store = store_kind(folder)  # a new build opens the store
            start = time.perf_counter()
            store.read_all(keys)
            read = time.perf_counter() - start
            picks = random.Random(1).sample(keys, min(200, len(keys)))
            start = time.perf_counter()
            for key in picks:
                store.read_one(key)
            one = (time.perf_counter() - start) / len(picks)
            store.close()
            times.append((wrote, read, one))
        finally:
            shutil.rmtree(folder)
    return store.name, [statistics.median(t[i] for t in times) for i in range(3)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=10000)
    parser.add_argument("--size", type=int, default=5200)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    items = entries(args.n, args.size)
    base = "/dev/shm" if Path("/dev/shm").is_dir() else None
    print(f"| store ({args.n:,} entries of {args.size:,} bytes) | write all | read all | read one |")
    print("|---|---|---|---|")
    for kind in (SQLite, Dbm, Files):
        name, (wrote, read, one) = measure(kind, items, args.runs, base)
        print(f"| {name} | {wrote:.2f} s | {read:.2f} s | {one * 1e6:.0f} µs |", flush=True)


if __name__ == "__main__":
    main()
