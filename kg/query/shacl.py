"""SHACL shapes compiled to SPARQL and run on the graph in an embedded pyoxigraph store.

pyshacl walks the graph node by node in Python and took 93 % of a build; the
same constraints as a few SPARQL queries per shape run inside the store in a
fraction of a second for 100,000 triples, and in linear time beyond.

`compile_shapes` reads a shapes file and returns one `Check` per node shape and
property shape; `run_checks` evaluates them on a store and returns every failed
constraint as a `Finding`. The single-valued properties of a shape are first
surveyed by one counting query (`Survey`); their detailed queries, which say
which node breaks what, run only when the survey finds a fault. The SHACL Core features our shapes use are compiled
(targets: class, subjects of; node kind, class, datatype, language, length,
range, `sh:in`, `sh:or` of simple shapes, cardinality, qualified cardinality,
`sh:equals`, `sh:disjoint`) plus SPARQL-based constraints (`sh:sparql`) whose
query binds `$this` in its pattern; any other feature is refused with a
`ShapesError` naming it, so that no constraint is silently left unchecked.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Collection, Iterator

import pyoxigraph as ox

SH = "http://www.w3.org/ns/shacl#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_TYPE, RDF_FIRST, RDF_REST, RDF_NIL = f"{RDF}type", f"{RDF}first", f"{RDF}rest", f"{RDF}nil"
RDFS_SUBCLASS = f"{RDFS}subClassOf"

# XSD types whose lexical forms SPARQL casts check (an ill-formed literal does not conform)
CASTABLE = {f"{XSD}{name}" for name in ("decimal", "integer", "boolean", "double", "float", "date", "dateTime")}
NODE_KINDS = {"IRI": "isIRI(?value)", "BlankNode": "isBlank(?value)", "Literal": "isLiteral(?value)",
              "BlankNodeOrIRI": "(isBlank(?value) || isIRI(?value))",
              "BlankNodeOrLiteral": "(isBlank(?value) || isLiteral(?value))",
              "IRIOrLiteral": "(isIRI(?value) || isLiteral(?value))"}
RANGES = {"minInclusive": ">=", "maxInclusive": "<=", "minExclusive": ">", "maxExclusive": "<"}
# what a shape may say besides its constraints
DESCRIPTIVE = {f"{RDF}type", f"{RDFS}comment", f"{RDFS}label", f"{SH}message", f"{SH}severity", f"{SH}name",
               f"{SH}description", f"{SH}order", f"{SH}group", f"{SH}targetClass", f"{SH}targetSubjectsOf",
               f"{SH}targetObjectsOf", f"{SH}targetNode", f"{SH}property", f"{SH}path", f"{SH}deactivated"}


class ShapesError(Exception):
    """The shapes use a SHACL feature this engine does not compile."""


Term = ox.NamedNode | ox.BlankNode | ox.Literal


@dataclass(frozen=True)
class Finding:
    """One failed constraint: the focus node, the property (None for the node itself) and the value at fault."""
    severity: str  # Violation, Warning or Info
    focus: Term
    path: Term | None
    value: Term | None
    message: str


@dataclass(frozen=True)
class Column:
    """What a true ?failN column of a query means."""
    message: str
    path: ox.NamedNode | None  # None: the node itself, or the query's ?path
    severity: str


@dataclass
class Query:
    text: str  # SELECT ?this [?value] [?path] ?fail0 … ?failN, one row per node (and value) that breaks something
    columns: list[Column]


@dataclass
class Survey:
    """One pass over the focus nodes and their single-valued properties that tells whether any of
    their constraints fails, without saying which: `targets` counts the focus nodes (rows and distinct
    nodes), `star` joins each with its values and counts rows, nodes and values that break something.

    The graph conforms to those constraints exactly when the star has as many rows and nodes as there
    are focus rows and nodes and no bad value: a missing required value loses a node, a second value
    or a second class of a value adds rows (a false alarm at worst, never a miss), and a value that
    breaks a value constraint or has no class it must have is counted as bad."""
    targets: str  # SELECT ?rows ?nodes
    star: str  # SELECT ?rows ?nodes ?bad


@dataclass
class Check:
    """The constraints of one node shape and its property shapes, as a few SPARQL queries.

    `queries` always run. `surveyed` run only when the `survey` finds a fault among the constraints
    they check: on a graph that conforms (the usual case) one query replaces them."""
    shape: str
    queries: list[Query] = field(default_factory=list)
    survey: Survey | None = None
    surveyed: list[Query] = field(default_factory=list)


class _Shapes:
    """The shapes file as subject → predicate → objects, with RDF lists read as Python lists."""

    def __init__(self, path: Path):
        self.triples: dict[Term, dict[str, list[Term]]] = defaultdict(lambda: defaultdict(list))
        for triple in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
            self.triples[triple.subject][triple.predicate.value].append(triple.object)

    def values(self, node: Term, predicate: str) -> list[Term]:
        return self.triples.get(node, {}).get(predicate, [])

    def value(self, node: Term, predicate: str) -> Term | None:
        found = self.values(node, predicate)
        if len(found) > 1:
            raise ShapesError(f"{node}: more than one sh:{predicate.rpartition('#')[2]}")
        return found[0] if found else None

    def items(self, head: Term) -> list[Term]:
        items = []
        while head != ox.NamedNode(RDF_NIL):
            first = self.value(head, RDF_FIRST)
            if first is None:
                raise ShapesError(f"{head}: not a well-formed RDF list")
            items.append(first)
            head = self.value(head, RDF_REST)
        return items

    def prefixes(self, node: Term) -> str:
        """PREFIX lines from the sh:declare of the node named by sh:prefixes."""
        lines = []
        for owner in self.values(node, f"{SH}prefixes"):
            for declaration in self.values(owner, f"{SH}declare"):
                prefix, namespace = self.value(declaration, f"{SH}prefix"), self.value(declaration, f"{SH}namespace")
                lines.append(f"PREFIX {prefix.value}: <{namespace.value}>")
        return "\n".join(lines) + "\n"


def compile_shapes(path: Path, leave_out: Collection[tuple[str, str | None, str]] = ()) -> list[Check]:
    """A Check per node shape with targets, less the constraints `leave_out` names: (node shape IRI, property
    path IRI or None, parameter such as "class" or "sparql"); ShapesError if one names nothing in the file."""
    shapes = _Shapes(path)
    for shape, path_iri, constraint in leave_out:
        owners = [ox.NamedNode(shape)] if path_iri is None else [p for p in shapes.values(
            ox.NamedNode(shape), f"{SH}property") if shapes.value(p, f"{SH}path").value == path_iri]
        if not [owner for owner in owners if shapes.triples[owner].pop(f"{SH}{constraint}", None)]:
            raise ShapesError(f"<{shape}> {path_iri or ''}: no sh:{constraint} to leave out")
    node_shapes = {s for s, preds in shapes.triples.items()
                   if ox.NamedNode(f"{SH}NodeShape") in preds.get(RDF_TYPE, [])
                   or any(f"{SH}{t}" in preds for t in ("targetClass", "targetSubjectsOf", "targetNode",
                                                        "targetObjectsOf"))}
    checks = []
    for shape in sorted(node_shapes, key=str):
        if _deactivated(shapes, shape):
            continue
        targets = _targets(shapes, shape)
        if targets is not None:  # a shape without targets is only used inside others (sh:or, sh:node)
            checks.append(_check(shapes, shape, targets, _target_rows(shapes, shape)))
    return checks


def _deactivated(shapes: _Shapes, shape: Term) -> bool:
    return shapes.value(shape, f"{SH}deactivated") == ox.Literal("true", datatype=ox.NamedNode(f"{XSD}boolean"))


def _iri(term: Term) -> str:
    if not isinstance(term, ox.NamedNode):
        raise ShapesError(f"{term}: an IRI was expected")
    return str(term)


def _targets(shapes: _Shapes, shape: Term) -> str | None:
    """A group pattern binding ?this to each focus node of the shape (DISTINCT), or None."""
    rows = _target_rows(shapes, shape)
    return None if rows is None else "{ SELECT DISTINCT ?this WHERE { " + rows + " } }"


def _target_rows(shapes: _Shapes, shape: Term) -> str | None:
    """A group pattern binding ?this to the focus nodes of the shape, some perhaps more than once."""
    parts = [f"{{ ?this a ?targetClass . VALUES ?targetClass {{ ${_iri(c)}$ }} }}"
             for c in shapes.values(shape, f"{SH}targetClass")]
    parts += [f"{{ ?this {_iri(p)} [] }}" for p in shapes.values(shape, f"{SH}targetSubjectsOf")]
    parts += [f"{{ [] {_iri(p)} ?this }}" for p in shapes.values(shape, f"{SH}targetObjectsOf")]
    parts += [f"{{ VALUES ?this {{ {n} }} }}" for n in shapes.values(shape, f"{SH}targetNode")]
    return " UNION ".join(parts) if parts else None


def _severity(shapes: _Shapes, shape: Term, default: str = "Violation") -> str:
    severity = shapes.value(shape, f"{SH}severity")
    return severity.value.rpartition("#")[2] if severity is not None else default


def _message(shapes: _Shapes, shape: Term) -> str | None:
    messages = [m.value for m in shapes.values(shape, f"{SH}message")]
    return min(messages, key=len) if messages else None


def _value_conditions(shapes: _Shapes, shape: Term, path: str) -> list[tuple[str, str]]:
    """(SPARQL expression true when ?value breaks it, default message) for each value constraint of `shape`."""
    conditions = []
    for constraint, objects in shapes.triples[shape].items():
        name = constraint.removeprefix(SH)
        for obj in objects:
            if constraint in DESCRIPTIVE or name in ("class", "minCount", "maxCount", "qualifiedValueShape",
                                                     "qualifiedMaxCount", "qualifiedMinCount",
                                                     "qualifiedValueShapesDisjoint", "sparql", "equals",
                                                     "disjoint", "prefixes"):
                continue
            conforms = _conforms(shapes, name, obj)
            if conforms is None:
                raise ShapesError(f"{shape}: sh:{name} is not supported by kg's SHACL engine (kg/query/shacl.py)")
            conditions.append((f"!COALESCE({conforms}, false)", f"{path}: sh:{name} {obj} not met"))
    return conditions


def _conforms(shapes: _Shapes, name: str, obj: Term) -> str | None:
    """A SPARQL expression true when ?value satisfies the constraint sh:name obj (None if unsupported)."""
    if name == "class":
        return f"EXISTS {{ ?value a ?class . VALUES ?class {{ ${_iri(obj)}$ }} }}"
    if name == "datatype":
        check = f"(isLiteral(?value) && sameTerm(datatype(?value), {obj})"
        if obj.value in CASTABLE:
            check += f" && isLiteral({obj}(STR(?value)))"  # a cast fails on an ill-formed literal
        return check + ")"
    if name == "nodeKind":
        return NODE_KINDS.get(obj.value.removeprefix(SH))
    if name == "languageIn":
        tags = " || ".join(f'langMatches(lang(?value), "{tag.value}")' for tag in shapes.items(obj))
        return f"(isLiteral(?value) && ({tags or 'false'}))"
    if name == "minLength":
        return f"(!isBlank(?value) && STRLEN(STR(?value)) >= {int(obj.value)})"
    if name == "maxLength":
        return f"(!isBlank(?value) && STRLEN(STR(?value)) <= {int(obj.value)})"
    if name in RANGES:
        return f"(?value {RANGES[name]} {obj})"
    if name == "in":
        return "(" + " || ".join([f"sameTerm(?value, {item})" for item in shapes.items(obj)] or ["false"]) + ")"
    if name == "pattern":
        return f'regex(STR(?value), {ox.Literal(obj.value)})'
    if name == "or":
        return "(" + " || ".join(_shape_expression(shapes, member) for member in shapes.items(obj)) + ")"
    return None


def _shape_expression(shapes: _Shapes, shape: Term) -> str:
    """A shape inside sh:or or sh:qualifiedValueShape as one expression on ?value (value constraints only)."""
    parts = []
    for constraint, objects in shapes.triples[shape].items():
        name = constraint.removeprefix(SH)
        if constraint in (RDF_TYPE, f"{RDFS}comment", f"{SH}message"):
            continue
        for obj in objects:
            conforms = _conforms(shapes, name, obj)
            if conforms is None:
                raise ShapesError(f"{shape}: sh:{name} inside sh:or or sh:qualifiedValueShape is not supported "
                                  "by kg's SHACL engine (kg/query/shacl.py)")
            parts.append(f"COALESCE({conforms}, false)")
    return "(" + " && ".join(parts or ["true"]) + ")"


def _check(shapes: _Shapes, shape: Term, targets: str, target_rows: str) -> Check:
    """One query for the node's own value constraints, one for the value constraints of all its
    properties, one for all their counts, and one per sh:class, sh:equals, sh:disjoint and sh:sparql:
    every query walks the focus nodes once, so fewer queries take less time. The properties with at
    most one value and only value, class and count constraints are surveyed first (`Survey`), and
    their queries run only if the survey finds a fault."""
    check = Check(str(shape))
    severity, message = _severity(shapes, shape), _message(shapes, shape)
    node = Column(message or "", None, severity)
    conditions = [(expr, replace(node, message=message or default))
                  for expr, default in _value_conditions(shapes, shape, "node")]
    if conditions:
        check.queries.append(_select(targets, "BIND (?this AS ?value)", conditions))
    check.queries += _class_queries(shapes, shape, targets, "BIND (?this AS ?value)", node, node=True)
    check.queries += _sparql_queries(shapes, shape, targets, node)

    properties = [p for p in shapes.values(shape, f"{SH}property") if not _deactivated(shapes, p)]
    for property_shape in properties:
        if not isinstance(shapes.value(property_shape, f"{SH}path"), ox.NamedNode):
            raise ShapesError(f"{property_shape}: only a property IRI as sh:path is supported by kg's SHACL engine")
    single = [p for p in properties if _single_valued(shapes, p)]
    check.queries += _property_queries(shapes, [p for p in properties if p not in single], targets)
    if single:
        check.survey = _survey(shapes, single, target_rows)
        check.surveyed = _property_queries(shapes, single, targets)
    return check


def _single_valued(shapes: _Shapes, shape: Term) -> bool:
    """A property shape the survey covers: at most one value, and only value, class and count constraints."""
    maximum, minimum = shapes.value(shape, f"{SH}maxCount"), shapes.value(shape, f"{SH}minCount")
    surveyed = {f"{SH}{name}" for name in ("class", "minCount", "maxCount")}
    return (maximum is not None and int(maximum.value) == 1 and (minimum is None or int(minimum.value) <= 1)
            and all(constraint in DESCRIPTIVE or constraint in surveyed or _is_value_constraint(constraint)
                    for constraint in shapes.triples[shape]))


def _is_value_constraint(constraint: str) -> bool:
    return constraint.startswith(SH) and constraint.removeprefix(SH) in (
        "datatype", "nodeKind", "languageIn", "minLength", "maxLength", "in", "pattern", "or", *RANGES)


def _survey(shapes: _Shapes, properties: list[Term], target_rows: str) -> Survey:
    patterns, good = [], []
    for k, property_shape in enumerate(properties):
        path, value, cls = shapes.value(property_shape, f"{SH}path"), f"?v{k}", f"?class{k}"
        minimum = shapes.value(property_shape, f"{SH}minCount")
        required = minimum is not None and int(minimum.value) == 1
        pattern = f"?this {path} {value} ."
        conditions = [re.sub(r"\?value\b", value, expr)
                      for expr, _ in _value_conditions(shapes, property_shape, path.value)]
        for n, class_ in enumerate(shapes.values(property_shape, f"{SH}class")):
            pattern += f" OPTIONAL {{ {value} a {cls}_{n} . VALUES {cls}_{n} {{ ${_iri(class_)}$ }} }}"
            conditions.append(f"!BOUND({cls}_{n})")
        patterns.append(pattern if required else f"OPTIONAL {{ {pattern} }}")
        if conditions:
            fails = " || ".join(conditions)
            good.append(f"!({fails})" if required else f"(!BOUND({value}) || !({fails}))")
    ok = " && ".join(good) or "true"
    return Survey(f"SELECT (COUNT(*) AS ?rows) (COUNT(DISTINCT ?this) AS ?nodes) WHERE {{ {target_rows} }}",
                  f"SELECT (COUNT(*) AS ?rows) (COUNT(DISTINCT ?this) AS ?nodes) (SUM(IF({ok}, 0, 1)) AS ?bad) "
                  f"WHERE {{ {{ {target_rows} }} {' '.join(patterns)} }}")


def _property_queries(shapes: _Shapes, properties: list[Term], targets: str) -> list[Query]:
    """The queries that report each failed constraint of these property shapes."""
    queries: list[Query] = []
    value_conditions, counts = [], []  # (expression, Column)
    for property_shape in properties:
        path = shapes.value(property_shape, f"{SH}path")
        column = Column(_message(shapes, property_shape) or "", path, _severity(shapes, property_shape))
        value_conditions += [(f"(sameTerm(?path, {path}) && {expr})", replace(column, message=column.message or default))
                             for expr, default in _value_conditions(shapes, property_shape, path.value)]
        values = f"?this {path} ?value ."
        queries += _class_queries(shapes, property_shape, targets, values, column)
        queries += _equality_queries(shapes, property_shape, targets, values, column)
        counts += _counts(shapes, property_shape, path, column)
    if value_conditions:
        paths = " ".join(sorted({str(column.path) for _, column in value_conditions}))
        queries.append(_select(targets, f"VALUES ?path {{ {paths} }} ?this ?path ?value .", value_conditions,
                               project="?this ?value ?path"))
    if counts:
        queries.append(_count_query(targets, counts))
    return queries


def _class_queries(shapes: _Shapes, shape: Term, targets: str, body: str, column: Column,
                   node: bool = False) -> list[Query]:
    """sh:class as an anti-join: many times faster than a FILTER EXISTS per value. The values of a
    property without the class are found first, then joined with the focus nodes (a third faster)."""
    queries = []
    for cls in shapes.values(shape, f"{SH}class"):
        missing = f"MINUS {{ ?value a ?class . VALUES ?class {{ ${_iri(cls)}$ }} }}"
        where = f"{targets} {body} {missing}" if node else f"{{ {body} {missing} }} {targets}"
        queries.append(Query(f"SELECT ?this ?value (true AS ?fail0) WHERE {{ {where} }}",
                             [replace(column, message=column.message or f"sh:class {cls.value} not met")]))
    return queries


def _sparql_queries(shapes: _Shapes, shape: Term, targets: str, column: Column) -> list[Query]:
    """SPARQL-based constraints, joined with the focus nodes on ?this (the query must bind $this itself)."""
    queries = []
    for constraint in shapes.values(shape, f"{SH}sparql"):
        select = shapes.value(constraint, f"{SH}select")
        if select is None:
            raise ShapesError(f"{shape}: a sh:sparql constraint without sh:select")
        inner = select.value.replace("$this", "?this")
        projected = inner.split("WHERE", 1)[0]
        columns = "?this " + ("?value" if "?value" in projected else "(?this AS ?value)")
        columns += " ?path" if "?path" in projected else ""
        text = shapes.prefixes(constraint) + f"SELECT {columns} (true AS ?fail0) WHERE {{ {targets} {{ {inner} }} }}"
        message = _message(shapes, constraint) or column.message or "SPARQL constraint not met"
        queries.append(Query(text, [replace(column, message=message)]))
    return queries


def _equality_queries(shapes: _Shapes, shape: Term, targets: str, values: str, column: Column) -> list[Query]:
    queries = []
    for name in ("equals", "disjoint"):
        for other in shapes.values(shape, f"{SH}{name}"):
            other_path = _iri(other)
            if name == "disjoint":  # a value of both
                body = f"{values} ?this {other_path} ?value ."
            else:  # a value of one and not the other
                body = (f"{{ {values} FILTER NOT EXISTS {{ ?this {other_path} ?value }} }} UNION "
                        f"{{ ?this {other_path} ?value FILTER NOT EXISTS {{ {values} }} }}")
            queries.append(Query(f"SELECT ?this ?value (true AS ?fail0) WHERE {{ {targets} {body} }}",
                                 [replace(column, message=column.message or f"sh:{name} {other.value} not met")]))
    return queries


def _counts(shapes: _Shapes, shape: Term, path: ox.NamedNode, column: Column) -> list[tuple[str, str, Column]]:
    """(values pattern, condition on ?n, column) for each cardinality constraint of a property shape."""
    counts = []

    def bounds(pattern: str, least: str, most: str) -> None:
        for name, op in ((least, "<"), (most, ">")):
            bound = shapes.value(shape, f"{SH}{name}")
            if bound is not None:
                counts.append((pattern, f"?n {op} {int(bound.value)}",
                               replace(column, message=column.message or f"sh:{name} {bound.value} not met")))

    values = f"?this {path} ?value ."
    bounds(values, "minCount", "maxCount")
    qualified = shapes.value(shape, f"{SH}qualifiedValueShape")
    if qualified is not None:
        if shapes.value(shape, f"{SH}qualifiedValueShapesDisjoint") not in (None, ox.Literal(
                "false", datatype=ox.NamedNode(f"{XSD}boolean"))):
            raise ShapesError(f"{shape}: sh:qualifiedValueShapesDisjoint is not supported by kg's SHACL engine")
        bounds(f"{values} FILTER ({_shape_expression(shapes, qualified)})", "qualifiedMinCount", "qualifiedMaxCount")
    return counts


def _select(targets: str, body: str, conditions: list[tuple[str, Column]], project: str = "?this ?value") -> Query:
    columns = " ".join(f"?fail{i}" for i in range(len(conditions)))
    binds = " ".join(f"BIND ({expression} AS ?fail{i})" for i, (expression, _) in enumerate(conditions))
    any_fails = " || ".join(f"?fail{i}" for i in range(len(conditions)))
    text = f"SELECT {project} {columns} WHERE {{ {targets} {body} {binds} FILTER ({any_fails}) }}"
    return Query(text, [column for _, column in conditions])


def _count_query(targets: str, counts: list[tuple[str, str, Column]]) -> Query:
    """The number of values of each counted property per focus node, each counted on its own (no cross
    product of the properties' values), and a ?failN per cardinality constraint."""
    patterns = sorted({values for values, _, _ in counts})
    number = {values: f"?n{i}" for i, values in enumerate(patterns)}
    counted = " ".join(f"OPTIONAL {{ SELECT ?this (COUNT(DISTINCT ?value) AS {number[values]}) WHERE {{ {values} }} "
                       f"GROUP BY ?this }}" for values in patterns)
    fails = [f"({condition.replace('?n', f'COALESCE({number[values]}, 0)')})" for values, condition, _ in counts]
    binds = " ".join(f"BIND ({fail} AS ?fail{i})" for i, fail in enumerate(fails))
    text = (f"SELECT ?this {' '.join(f'?fail{i}' for i in range(len(fails)))} WHERE {{ {targets} {counted} {binds} "
            f"FILTER ({' || '.join(f'?fail{i}' for i in range(len(fails)))}) }}")
    return Query(text, [column for _, _, column in counts])


def _with_classes(query: str, store: ox.Store, closure: dict[str, str]) -> str:
    """Each `$<class>$` in the query as the class and its subclasses in the data (rdfs:subClassOf*)."""
    while "$<" in query:
        start = query.index("$<")
        end = query.index(">$", start) + 2
        iri = query[start + 1:end - 1]
        if iri not in closure:
            found = store.query(f"SELECT DISTINCT ?c WHERE {{ ?c <{RDFS_SUBCLASS}>* {iri} }}")
            closure[iri] = " ".join(sorted({str(row["c"]) for row in found} | {iri}))
        query = query[:start] + closure[iri] + query[end:]
    return query


def _selector(store: ox.Store) -> Callable[[str], ox.QuerySolutions]:
    closure: dict[str, str] = {}

    def select(query: str) -> ox.QuerySolutions:
        return store.query(_with_classes(query, store, closure), use_default_graph_as_union=True)
    return select


def run_checks(checks: list[Check], store: ox.Store,
               progress: Callable[[int, int], None] | None = None) -> Iterator[Finding]:
    """Every failed constraint of `checks` in the default graph of `store` (all its graphs as one)."""
    total = sum(len(check.queries) + (check.survey is not None) for check in checks)
    done = 0
    select = _selector(store)
    for check in checks:
        queries = list(check.queries)
        if check.survey is not None and not _conforms_to_survey(check.survey, select):
            queries += check.surveyed
        for query in queries:
            for row in select(query.text):
                for i, column in enumerate(query.columns):
                    failed = row[f"fail{i}"]
                    if failed is not None and failed.value == "true":
                        yield Finding(column.severity, row["this"], column.path or _cell(row, "path"),
                                      _cell(row, "value"), column.message)
        done += len(check.queries) + (check.survey is not None)
        if progress:
            progress(done, total)


def surveys(checks: list[Check], store: ox.Store) -> dict[str, bool]:
    """Shape → whether its survey finds the constraints it covers met in `store` (shapes without one left out)."""
    select = _selector(store)
    return {check.shape: _conforms_to_survey(check.survey, select) for check in checks if check.survey is not None}


def _conforms_to_survey(survey: Survey, select: Callable[[str], ox.QuerySolutions]) -> bool:
    [targets], [star] = list(select(survey.targets)), list(select(survey.star))
    counts = [int(row[name].value) if row[name] is not None else 0 for row, name in
              ((targets, "rows"), (targets, "nodes"), (star, "rows"), (star, "nodes"), (star, "bad"))]
    target_rows, target_nodes, star_rows, star_nodes, bad = counts
    return star_rows == target_rows and star_nodes == target_nodes and bad == 0


def _cell(row: ox.QuerySolution, name: str) -> Term | None:
    try:
        return row[name]
    except KeyError:
        return None
