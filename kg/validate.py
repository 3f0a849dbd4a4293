"""Checking a graph against our SHACL shapes (kg/ontology/shapes.ttl) with pyshacl.

A report lists each violation as the node it is about (with its label), the
property and value at fault, and what the shape requires, grouped by
requirement so that a systematic fault reads as one line with examples.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pyshacl
from rdflib import RDFS, Graph, Literal, URIRef
from rdflib.namespace import SH
from rdflib.term import Node

SHAPES = Path(__file__).parent / "ontology" / "shapes.ttl"


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


@lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    return Graph().parse(SHAPES, format="turtle")


def validate_graph(graph: Graph) -> ValidationReport:
    _, results, _ = pyshacl.validate(graph, shacl_graph=shapes_graph(), inference="none", inplace=True)
    violations = set()  # one per node, property, value and requirement, though several constraints fail
    for result in results.subjects(SH.resultSeverity, None):
        focus, value = results.value(result, SH.focusNode), results.value(result, SH.value)
        violations.add(Violation(
            severity=str(results.value(result, SH.resultSeverity)).rpartition("#")[2],
            focus=_describe(graph, focus),
            path=_name(graph, results.value(result, SH.resultPath)),
            value=_describe(graph, value) if value != focus else "",
            message=_message(results, result),
        ))
    return ValidationReport(sorted(violations, key=lambda v: (v.message, v.path, v.focus, v.value)))


def _message(results: Graph, result: Node) -> str:
    messages = [str(m) for m in results.objects(result, SH.resultMessage)]
    return min(messages, key=len) if messages else "does not conform"


def _name(graph: Graph, node: Node | None) -> str:
    if node is None:
        return ""
    if isinstance(node, URIRef):
        return graph.namespace_manager.normalizeUri(node)
    if isinstance(node, Literal):
        return repr(str(node)) + (f"@{node.language}" if node.language else "")
    return str(node)


def _describe(graph: Graph, node: Node | None) -> str:
    label = graph.value(node, RDFS.label) if isinstance(node, URIRef) else None
    return _name(graph, node) + (f" ({label})" if label is not None else "")
