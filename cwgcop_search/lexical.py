"""Keeping full-text search fast on a large collection: which query terms to send.

BM25 in SQLite FTS5 scores every chunk that holds any query term, and scoring
is what costs (measured at 1M chunks: about 0.8 ms per thousand chunks scored,
25 times the cost of only finding them). A query therefore costs about the sum
of its terms' posting lists, counted after FTS5's Porter stemming ("present"
also finds "presented" and "presentation": 371,000 of 1M synthetic chunks). On
a large collection one such word makes a query score hundreds of thousands of
chunks while its BM25 weight (inverse document frequency) is close to nothing.

So a query scores at most ``POSTINGS_BUDGET`` chunks: its terms are taken
rarest first (they carry the most weight) while they fit the budget. The
words left out are the commonest, the ones BM25 weighs least; the chunks
holding all of the ``ALL_OF`` rarest terms (left-out ones included) are
searched as well, which costs little (reading posting lists is cheap, and
few chunks hold them all) and brings back the chunks full BM25 would rank
first. When even the rarest term overruns the budget, no term tells the
chunks apart and only that conjunction is searched; the dense side still
reads the whole question. A query on a collection of a thousand chunks
(twenty terms at most in every chunk) stays inside the budget, so small
collections rank exactly as if every term were sent. The counts come from
the vocabulary the index keeps, stemmed by SQLite's own tokeniser, so no
chunk is read to decide. Figures: benchmarks/README.md.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from collections import Counter, defaultdict
from typing import Mapping

# The full-text index's tokeniser (store.py's schema): the budget counts terms as it stores them.
TOKENIZE = "porter unicode61 remove_diacritics 2"
POSTINGS_BUDGET = 30_000  # chunks scored per query, summed over its terms
ALL_OF = 3  # when terms are left out, the chunks holding all of this many rarest terms are searched too

_QUOTED = re.compile(r'"((?:[^"]|"")*)"')


def terms_of(match: str) -> list[str]:
    """The quoted terms of an FTS5 OR expression (as ``QueryPlan.match_expression`` writes it)."""
    return [t.replace('""', '"') for t in _QUOTED.findall(match)]


def match_of(terms: list[str]) -> str:
    return " OR ".join('"' + t.replace('"', '""') + '"' for t in terms)


class Tokeniser:
    """Words as the full-text index stores them: SQLite's FTS5 tokeniser, run on an in-memory table."""

    def __init__(self, tokenize: str = TOKENIZE):
        self._db = sqlite3.connect(":memory:", check_same_thread=False)
        self._db.execute(f"CREATE VIRTUAL TABLE words USING fts5(word, tokenize='{tokenize}')")
        self._db.execute("CREATE VIRTUAL TABLE stored USING fts5vocab(words, 'instance')")
        self._lock = threading.Lock()

    def tokens(self, texts: list[str]) -> list[tuple[str, ...]]:
        """Each text's index terms, in order ("presentations" -> ("present",))."""
        found: dict[int, list[tuple[int, str]]] = defaultdict(list)
        with self._lock:
            self._db.executemany("INSERT INTO words (rowid, word) VALUES (?, ?)", enumerate(texts))
            for term, row, offset in self._db.execute("SELECT term, doc, offset FROM stored"):
                found[row].append((offset, term))
            self._db.execute("DELETE FROM words")
        return [tuple(term for _, term in sorted(found[i])) for i in range(len(texts))]


def postings_by_term(passages: Mapping[str, int], tokeniser: Tokeniser) -> Counter:
    """How many chunks hold each index term, at most.

    ``passages`` maps each word of the collection to the number of chunks holding it. A
    stem's count is the sum of its words' (a chunk holding both "present" and "presented"
    counts twice): an upper bound, which is all a budget needs.
    """
    words = list(passages)
    postings: Counter = Counter()
    for word, terms in zip(words, tokeniser.tokens(words)):
        for term in set(terms):
            postings[term] += passages[word]
    return postings


def query_costs(terms: list[str], postings: Mapping[str, int], tokeniser: Tokeniser) -> dict[str, int]:
    """Chunks each query term makes FTS5 score. A term of several words is a phrase: its rarest word bounds it."""
    return {term: min((postings.get(t, 0) for t in stored), default=0)
            for term, stored in zip(terms, tokeniser.tokens(terms))}


def within_budget(terms: list[str], costs: Mapping[str, int], budget: int | None = None) -> list[str]:
    """The terms worth scoring, in their order: the rarest ones whose costs fit the budget together."""
    budget = POSTINGS_BUDGET if budget is None else budget
    kept: set[str] = set()
    spent = 0
    for term in sorted(terms, key=lambda t: costs.get(t, 0)):
        spent += costs.get(term, 0)
        if spent > budget:
            break
        kept.add(term)
    return [t for t in terms if t in kept]


def all_of_rarest(terms: list[str], costs: Mapping[str, int], n: int | None = None) -> str:
    """An FTS5 expression for the chunks holding every one of the ``n`` rarest terms ("" for fewer than two)."""
    rarest = sorted(terms, key=lambda t: costs.get(t, 0))[:ALL_OF if n is None else n]
    return " AND ".join(match_of([t]) for t in rarest) if len(rarest) >= 2 else ""


def expressions_for(terms: list[str], costs: Mapping[str, int]) -> list[str]:
    """The FTS5 expressions to run for a query's terms, whose best chunks are merged by score.

    Every term in one OR while they fit the budget; otherwise the ones that fit, and the
    chunks holding all of the rarest terms.
    """
    kept = within_budget(terms, costs)
    if len(kept) == len(terms):
        return [match_of(terms)] if terms else []
    return [e for e in (match_of(kept) if kept else "", all_of_rarest(terms, costs)) if e]
