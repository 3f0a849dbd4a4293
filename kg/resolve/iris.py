"""Every IRI the graph mints: entities, documents, sentences, statements and relations, under the build's base.

Entities are `{base}{type path}/{hash of the type and canonical name key}` (a longer hash if two
collide); documents, sentences, statements and relations hash what identifies them, so the same input gives
the same IRIs.
"""
from __future__ import annotations

import hashlib
import re

from kg.schema import ENTITY_TYPES

DEFAULT_BASE = "https://w3id.org/zh-industry-kg/id/"
TYPE_PATHS = {t.name: t.iri_path for t in ENTITY_TYPES.values()}
NODE_PATHS = ("doc", "sentence", "statement", "relation")  # besides the entity types' paths
# an absolute IRI with none of the characters that Turtle and N-Triples forbid inside <…>
ABSOLUTE_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:[^\x00-\x20<>\"{}|^`\\]*")


def check_base(base: str) -> None:
    if not ABSOLUTE_IRI.fullmatch(base):
        raise ValueError(f"base IRI {base!r} is not an absolute IRI (scheme:…, no spaces, <, >, quotes or braces)")


def entity_iri(base: str, label: str, key: str, used: set[str]) -> str:
    """A new entity's IRI, other than those in `used`."""
    digest = hashlib.sha1(f"{label}\t{key}".encode("utf-8")).hexdigest()
    for length in range(12, 41, 4):
        iri = f"{base}{TYPE_PATHS[label]}/{digest[:length]}"
        if iri not in used:
            return iri
    raise RuntimeError(f"cannot mint a unique IRI for {label} {key}")


def _digest(text: str, length: int = 12) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:length]


def document_iri(base: str, document: str) -> str:
    return f"{base}doc/{_digest(document)}"


def sentence_prefix(base: str, document: str) -> str:
    """The document's sentences are this prefix and their number from 1."""
    return f"{base}sentence/{_digest(document)}-"


def statement_iri(base: str, head: str, relation: str, tail: str, sentence: str) -> str:
    return f"{base}statement/{_digest(f'{head} {relation} {tail} {sentence}', 16)}"


def relation_iri(base: str, head: str, relation: str, tail: str) -> str:
    """The node of the relation `head relation tail` (IRIs), which its statements point to."""
    return f"{base}relation/{_digest(f'{head} {relation} {tail}', 16)}"
