"""Python's cyclic garbage collector during a build (kg.run.build, and each worker of kg.run.local).

A build allocates millions of short-lived objects (mentions, facts, text slices) and makes few
reference cycles; Python's default (700, 10, 10) collects after every 700 allocations and made
a one-worker build 5 to 8 % slower than these thresholds, for the same peak memory. Importing
spaCy and building the pipeline allocate as much: they run under these thresholds too.
"""
from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator

BUILD_GC_THRESHOLDS = (50_000, 20, 100)


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Python's cyclic garbage collector runs less often inside (thresholds restored after)."""
    previous = gc.get_threshold()
    gc.set_threshold(*BUILD_GC_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*previous)
