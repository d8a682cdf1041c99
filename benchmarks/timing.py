"""One way to time calls, shared by the benchmark scripts."""

from __future__ import annotations

import time
from typing import Callable, Iterable


def time_calls(fn: Callable, items: Iterable, rounds: int) -> list[float]:
    """Seconds taken by each ``fn(item)``, every item ``rounds`` times over."""
    items = list(items)
    seconds = []
    for _ in range(rounds):
        for item in items:
            start = time.perf_counter()
            fn(item)
            seconds.append(time.perf_counter() - start)
    return seconds
