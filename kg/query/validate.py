"""Checking a graph against our SHACL shapes (kg/ontology/shapes.ttl).

The shapes are compiled to SPARQL (kg.query.shacl) and run on the graph in an
embedded pyoxigraph store: every graph is checked, at every size, in a small
share of the build's time. The same violations as a SHACL validator's
(pyshacl's) are reported; the tests compare the two on planted faults.

A report lists each violation as the node it is about (with its label), the
property and value at fault, and what the shape requires, grouped by
requirement so that a systematic fault reads as one line with examples.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Mapping

import pyoxigraph as ox

from kg.query.shacl import Check, Term, compile_shapes, run_checks
from kg.schema import SHAPES

if TYPE_CHECKING:
    from rdflib import Graph

RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")


@dataclass(frozen=True)
class Violation:
    severity: str  # Violation, Warning or Info
    focus: str  # the node, as a prefixed name, with its label
    path: str  # the property at fault ("" for the node itself)
    value: str  # the value at fault ("" when there is none, e.g. a missing property)
    message: str  # what the shape requires


@dataclass(frozen=True)
class ValidationReport:
    violations: list[Violation]

    @property
    def conforms(self) -> bool:
        return not self.violations

    def summary(self, examples: int | None = None) -> str:
        """One paragraph per requirement with the nodes that break it (the first `examples` of them)."""
        groups: dict[tuple[str, str, str], list[Violation]] = defaultdict(list)
        for violation in self.violations:
            groups[(violation.severity, violation.message, violation.path)].append(violation)
        lines = [f"{len(self.violations)} violation(s) of the shapes in ontology/{SHAPES.name}:"]
        for (severity, message, path), found in sorted(groups.items(), key=lambda item: -len(item[1])):
            lines.append(f"- {severity}: {message} [{path or 'node'}] — {len(found)} node(s):")
            for violation in found[:examples]:
                lines.append(f"    {violation.focus}" + (f": {violation.value}" if violation.value else ""))
            if examples is not None and len(found) > examples:
                lines.append(f"    … and {len(found) - examples} more")
        return "\n".join(lines)


KGSH, KG = "https://w3id.org/zh-industry-kg/shapes#", "https://w3id.org/zh-industry-kg/ontology#"

# What the build's check leaves to the writer (kg/export/rdf.py, whose docstring states these guarantees):
# the constraints on the provenance sections, which the writer emits from typed records, and the two on
# entities that only the provenance sections could judge. (shape, property path or None, constraint).
BY_CONSTRUCTION: tuple[tuple[str, str | None, str], ...] = (
    (f"{KGSH}Statement", None, "property"), (f"{KGSH}Statement", None, "sparql"),  # each written whole
    (f"{KGSH}Sentence", None, "property"),  # a sentence with its text, document and position
    (f"{KGSH}Document", None, "property"),  # a document with its file name
    (f"{KGSH}RelationProvenance", None, "sparql"),  # each relation of the entity section is written from statements
    (f"{KGSH}Entity", f"{KG}mentionedIn", "class"),  # a sentence cited is written in the same section
)
CHECKED_BY_THE_BUILD = ("the entity section (types, names, relations, relation nodes) and every entity's "
                        "kg:mentionedIn against the shapes; the provenance sections (statements, sentences, "
                        "documents) are correct by construction of the writer (kg validate DIR checks every "
                        "shape on the whole graph)")


@lru_cache(maxsize=1)
def shape_checks() -> list[Check]:
    """Every shape of the shapes file: `kg validate`."""
    return compile_shapes(SHAPES)


@lru_cache(maxsize=1)
def build_checks() -> list[Check]:
    """The shapes less what the writer guarantees (BY_CONSTRUCTION): the build's check of its graph, run on
    the entity section and one kg:mentionedIn of each entity mentioned (kg.query.beside)."""
    return compile_shapes(SHAPES, BY_CONSTRUCTION)


def shapes_graph() -> Graph:
    """The shapes as an rdflib Graph (for other SHACL validators)."""
    from rdflib import Graph

    return Graph().parse(SHAPES, format="turtle")


def validate_store(store: ox.Store, prefixes: Mapping[str, str],
                   progress: Callable[[int, int], None] | None = None,
                   checks: list[Check] | None = None) -> ValidationReport:
    """Check the graph in `store` (against every shape, or `checks`); nodes are named with `prefixes`
    (prefix → namespace) in the report."""
    names = _Namer(store, prefixes)
    violations = {Violation(severity=finding.severity, focus=names.describe(finding.focus),
                            path=names.name(finding.path),
                            value=names.describe(finding.value) if finding.value != finding.focus else "",
                            message=finding.message)
                  for finding in run_checks(shape_checks() if checks is None else checks, store, progress)}
    return ValidationReport(sorted(violations, key=lambda v: (v.message, v.path, v.focus, v.value)))


def validate_file(path: Path, progress: Callable[[int, int], None] | None = None,
                  reading: Callable[[int, int], None] | None = None) -> ValidationReport:
    """Check a graph file (any format `kg build` writes); InputError if it cannot be read. `progress` is
    told how many of the checks are done, `reading` how many of the file's bytes its load has read."""
    from kg.query.store import load

    graph = load(path, reading)
    return validate_store(graph.store, graph.prefixes, progress)


def validate_turtle(path: Path, progress: Callable[[int, int], None] | None = None) -> ValidationReport:
    """Check a Turtle file whatever its name (a build checks its graph before moving it into place)."""
    from kg.query.store import leading_prefixes

    data = Path(path).read_bytes()
    store = ox.Store()
    store.load(data, format=ox.RdfFormat.TURTLE)
    return validate_store(store, leading_prefixes(data, ox.RdfFormat.TURTLE), progress)


def validate_graph(graph: Graph) -> ValidationReport:
    """Check an rdflib Graph (small graphs; builds check their Turtle file with `validate_file`)."""
    store = ox.Store()
    store.load(graph.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    return validate_store(store, {prefix: str(ns) for prefix, ns in graph.namespaces() if prefix})


class _Namer:
    """Nodes as the report shows them: a prefixed name (longest namespace) and the label, or the literal."""

    def __init__(self, store: ox.Store, prefixes: Mapping[str, str]):
        self.store = store
        self.namespaces = sorted(((ns, prefix) for prefix, ns in prefixes.items() if ns), key=lambda p: -len(p[0]))

    def name(self, node: Term | None) -> str:
        if node is None:
            return ""
        if isinstance(node, ox.NamedNode):
            for namespace, prefix in self.namespaces:
                if node.value.startswith(namespace) and node.value != namespace:
                    return f"{prefix}:{node.value[len(namespace):]}"
            return f"<{node.value}>"
        if isinstance(node, ox.Literal):
            return repr(node.value) + (f"@{node.language}" if node.language else "")
        return node.value

    def describe(self, node: Term | None) -> str:
        label = None
        if isinstance(node, ox.NamedNode):
            label = min((quad.object.value for quad in self.store.quads_for_pattern(node, RDFS_LABEL, None)),
                        default=None)  # the first in order when there are several (a violation)
        return self.name(node) + (f" ({label})" if label is not None else "")
