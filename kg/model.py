"""Plain records that pass between the stages: no spaCy, no rdflib."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, order=True)
class Mention:
    """A typed name in a document's text: characters start to end (an entity type of kg.schema)."""
    start: int
    end: int
    label: str
    rule: str = field(compare=False)
