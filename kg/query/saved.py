"""Saved SPARQL queries for analysts: the `.rq` files in kg/query/saved/, by name.

Each file opens with comment lines: the first says, in Chinese and English,
what the query answers; the rest explain its rows.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kg.query.store import QueryError

QUERIES = Path(__file__).parent / "saved"


@dataclass(frozen=True)
class SavedQuery:
    name: str
    path: Path

    @property
    def text(self) -> str:
        return self.path.read_text(encoding="utf-8")

    @property
    def question(self) -> str:
        """The first comment line: what the query answers."""
        return self.text.splitlines()[0].lstrip("#").strip()


def saved_queries() -> dict[str, SavedQuery]:
    return {path.stem: SavedQuery(path.stem, path) for path in sorted(QUERIES.glob("*.rq"))}


def saved_query(name: str) -> SavedQuery:
    queries = saved_queries()
    if name not in queries:
        raise QueryError(f"no saved query {name!r}; the saved queries are {', '.join(queries)} (kg queries lists them)")
    return queries[name]
