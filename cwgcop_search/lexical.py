"""Keeping full-text search fast on a large collection: which query terms to send.

BM25 in SQLite FTS5 scores every chunk that holds any query term, so its
cost grows with the terms' posting lists. On a large collection a word found
in a fifth of all chunks (say "meeting" or "child" in the ITU's records)
makes one query walk hundreds of thousands of rows, while its BM25 weight
(inverse document frequency) is close to nothing. Past ``PRUNE_ABOVE``
chunks such words are left out of the match, keeping at least the rarest
``KEEP_AT_LEAST`` terms. Small collections keep every term, so their
results are exactly as before. Figures: benchmarks/README.md.
"""

from __future__ import annotations

import re
from typing import Mapping

PRUNE_ABOVE = 50_000   # chunks
COMMON_SHARE = 0.05    # a word occurring this many times per chunk or more is left out
KEEP_AT_LEAST = 2

_QUOTED = re.compile(r'"((?:[^"]|"")*)"')


def terms_of(match: str) -> list[str]:
    """The quoted terms of an FTS5 OR expression (as ``QueryPlan.match_expression`` writes it)."""
    return [t.replace('""', '"') for t in _QUOTED.findall(match)]


def match_of(terms: list[str]) -> str:
    return " OR ".join('"' + t.replace('"', '""') + '"' for t in terms)


def prune_common(terms: list[str], counts: Mapping[str, int], n_chunks: int) -> list[str]:
    """The terms worth searching: all of them on a small collection, the rarer ones on a large one."""
    if n_chunks <= PRUNE_ABOVE or len(terms) <= KEEP_AT_LEAST:
        return terms
    limit = COMMON_SHARE * n_chunks
    # Multi-word terms ("child online protection") are phrases: their rarest word bounds them.
    def frequency(term: str) -> int:
        return min((counts.get(w, 0) for w in term.lower().split()), default=0)
    rarest = sorted(terms, key=frequency)[:KEEP_AT_LEAST]
    return [t for t in terms if frequency(t) < limit or t in rarest]
