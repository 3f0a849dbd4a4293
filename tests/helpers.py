"""Small helpers for reading what the pipeline found in a text."""
from __future__ import annotations


def entities(nlp, text: str) -> set[tuple[str, str]]:
    """(type, name) of every entity span."""
    return {(e.label_, e.text) for e in nlp(text).ents}


def names(nlp, text: str, label: str) -> set[str]:
    return {name for kind, name in entities(nlp, text) if kind == label}


def relations(nlp, text: str) -> set[tuple[str, str, str]]:
    """(head name, relation, tail name) of every relation found."""
    doc = nlp(text)
    return {(text[r.head.start:r.head.end], r.relation, text[r.tail.start:r.tail.end]) for r in doc._.kg_relations}
