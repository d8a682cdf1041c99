"""One way to time calls and to read peak memory, shared by the benchmark scripts."""

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


def peak_rss_mb() -> float:
    """This process's own peak resident memory (VmHWM), in MB.

    Not ``getrusage``'s ru_maxrss: Linux keeps that across fork and exec, so a child
    started by a large parent reports the parent's memory at the fork as its own.
    """
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    raise OSError("/proc/self/status has no VmHWM line")


# Run a module's main in a child that reports its own peak memory on its last line of stderr.
CHILD_WITH_PEAK = ("import atexit, runpy, sys; sys.path.insert(0, {timing_dir!r}); import timing; "
                   "atexit.register(lambda: print(f'peak_rss_mb {{timing.peak_rss_mb():.0f}}', file=sys.stderr)); "
                   "sys.argv = [{module!r}] + sys.argv[1:]; runpy.run_module({module!r}, run_name='__main__')")


def print_result(result: dict, as_json: bool, show: Callable[[dict], None]) -> None:
    """A benchmark's figures as indented JSON (``--json``) or as its own text report."""
    import json

    if as_json:
        print(json.dumps(result, indent=2))
    else:
        show(result)
