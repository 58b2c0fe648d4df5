"""Work shared out between processes (`-j N`): parsing and summarising articles, rendering pages.

The workers are forked, so they start with the parent's memory: the function and the items reach
them that way, and only an item's index goes to a worker and its result comes back (never the
site, a theme or an article's bytes). briefs needs fork (and so a Unix) already: briefs.output
locks with fcntl.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from typing import Any, TypeVar

PER_TASK = 32  # items a worker takes at a time
Item = TypeVar("Item")
Result = TypeVar("Result")

_shared: tuple[Callable[[Any], Any], Sequence[Any]] | None = None  # what the workers were forked with


@contextmanager
def in_processes(function: Callable[[Item], Result], items: Sequence[Item], jobs: int) -> Iterator[Iterator[Result]]:
    """The results of `function(item)` for each item, in order, as they come: in `jobs` processes
    when there is enough work to share, else here. The processes are forked on entering (so, before
    the caller starts any thread) and stopped on leaving. `function` returns problems as values."""
    global _shared
    if jobs <= 1 or len(items) < 2 * PER_TASK:
        yield map(function, items)
        return
    _shared = (function, items)
    try:
        pool = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork"))
        results = pool.map(_call, range(len(items)), chunksize=PER_TASK)  # submits all: forks now
    finally:
        _shared = None  # the workers have their copy
    with pool:
        try:
            yield results
        finally:
            pool.shutdown(cancel_futures=True)


def _call(index: int) -> Any:
    assert _shared is not None, "a worker is forked from a parent inside in_processes"
    function, items = _shared
    return function(items[index])
