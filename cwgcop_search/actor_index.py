"""The actors of the whole collection, read from the index: resolve a name, find its passages.

Built once per opened index generation from the ``actors`` table that
indexing filled (see actors.py), with spelling variants merged across
reports (``actors.merge_actors``).
"""

from __future__ import annotations

import weakref
from collections import defaultdict
from dataclasses import dataclass

import numpy as np

from .actors import COUNTRY, FIELD_BODIES, PRESENTER, Actor, _fold, merge_actors
from .countries import countries
from .errors import CwgcopError


class UnknownActorError(CwgcopError):
    """A name that no indexed report attributes anything to."""


@dataclass(frozen=True)
class ActorRow:
    chunk_id: int
    actor: Actor
    role: str
    name: str  # the variant stored for this chunk


class ActorDirectory:
    """Every actor in the index with the chunks that name it."""

    def __init__(self, rows: list[tuple[int, str, str, str, str]]):
        names: dict[str, list[str]] = defaultdict(list)
        kinds: dict[str, str] = {}
        for _, key, name, kind, _ in rows:
            names[key].append(name)
            kinds[key] = kind
        self._merged = merge_actors(dict(names), kinds)
        self.rows = [ActorRow(chunk_id, self._merged[key], role, name) for chunk_id, key, name, _, role in rows]
        self._by_key: dict[str, list[ActorRow]] = defaultdict(list)
        for row in self.rows:
            self._by_key[row.actor.key].append(row)
        self._variants: dict[str, set[str]] = defaultdict(set)
        for key, values in names.items():
            self._variants[self._merged[key].key].update(values)
            self._variants[self._merged[key].key].add(key)
        for country in countries():
            key = f"country:{country.code}"
            if key in self._by_key:
                self._variants[key].update(country.names)
        for key, aliases in FIELD_BODIES:
            if key in self._by_key:
                self._variants[key].update(a for a in aliases if not a.startswith("re:"))

    def actors(self) -> list[Actor]:
        """Every actor named somewhere, by name."""
        return sorted({row.actor for row in self.rows}, key=lambda a: a.name.lower())

    def variants(self, actor: Actor) -> set[str]:
        """The names an actor goes by in the reports (and, for a country, in general)."""
        return self._variants.get(actor.key, {actor.name})

    def resolve(self, name: str) -> Actor:
        """The actor a user means by ``name``: an exact name, acronym or variant, else a unique part of one."""
        wanted = _fold(name)
        if not wanted:
            raise UnknownActorError("Give the name of a country or organisation.")
        by_actor = {row.actor.key: row.actor for row in self.rows}
        exact = [by_actor[k] for k, values in self._variants.items()
                 if k in by_actor and any(_fold(v) == wanted for v in values)]
        if exact:
            return exact[0]
        for country in countries():  # a country the reports never name is still a country
            if any(_fold(n) == wanted for n in country.names):
                raise UnknownActorError(f"No indexed report attributes anything to {country.name}.")
        partial = sorted({by_actor[k] for k, values in self._variants.items()
                          if k in by_actor and any(wanted in _fold(v) for v in values)}, key=lambda a: a.name)
        if len(partial) == 1:
            return partial[0]
        if partial:
            raise UnknownActorError(f"'{name}' could be {', '.join(a.name for a in partial[:8])}; "
                                    f"give the full name.")
        raise UnknownActorError(f"No indexed report names '{name}'; 'cwgcop-search who' lists every actor.")

    def rows_of(self, actor: Actor, roles: tuple[str, ...] = (PRESENTER,)) -> list[ActorRow]:
        """The actor's rows in reading order (documents in index order)."""
        return [row for row in self._by_key.get(actor.key, []) if row.role in roles]

    def chunk_ids_naming(self, names: tuple[str, ...]) -> np.ndarray:
        """Chunks that name any of the actors (in any role): what an actor filter allows."""
        keys = {self.resolve(name).key for name in names}
        return np.array(sorted({row.chunk_id for row in self.rows if row.actor.key in keys}), dtype="int64")

    def actors_of(self, chunk_id: int) -> list[ActorRow]:
        return [row for row in self._chunk_rows().get(chunk_id, [])]

    def _chunk_rows(self) -> dict[int, list[ActorRow]]:
        if not hasattr(self, "_by_chunk"):
            by_chunk: dict[int, list[ActorRow]] = defaultdict(list)
            for row in self.rows:
                by_chunk[row.chunk_id].append(row)
            self._by_chunk = dict(by_chunk)
        return self._by_chunk


_DIRECTORIES: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def directory_for(reader) -> ActorDirectory:
    """The directory of an opened index, built on first use."""
    directory = _DIRECTORIES.get(reader)
    if directory is None:
        directory = _DIRECTORIES[reader] = ActorDirectory(reader.actor_rows())
    return directory


def is_country(actor: Actor) -> bool:
    return actor.kind == COUNTRY
