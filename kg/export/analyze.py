"""Graph analytics: who matters, which clusters exist, how two things are connected (networkx).

Input is a built graph, read back from the output folder (`load_graph_data`), or
the same nodes and relations handed over by the build (`graph_data_of`): this
module never runs the extraction and does not import spaCy.

- Rankings: each node's degree (relations it takes part in, as the page counts
  them), weighted degree (the sentences that state those relations) and
  betweenness centrality (the share of shortest paths between other nodes that
  pass through it: the park or program that ties otherwise separate groups
  together). Betweenness is exact while nodes × (nodes + edges) stays within
  BETWEENNESS_STEPS (some 600 nodes), and estimated from seeded source nodes beyond.
- Clusters: Louvain communities (networkx, seeded, edges weighted by their
  sentences), each named after its most connected park or program.
- Paths: the shortest chains of relations between two names, with the
  sentences behind each hop.

The results go into the output folder as analysis.json, analysis.csv and
metrics.trig (RDF in its own named graph, so the extracted facts in graph.ttl
stay apart from these derived figures).
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

import networkx as nx
import pyoxigraph as ox

from kg.console import CountedReader
from kg.export.formats import METRICS_FILE, find_graph_file, format_of
from kg.ingest.read import InputError
from kg.schema import COMPANY, ENTITY_TYPES, KG_NS, PARK, PROGRAM
from kg.timing import StageTimes

RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
XSD_NS = "http://www.w3.org/2001/XMLSchema#"
RDF_TYPE, RDFS_LABEL = f"{RDF_NS}type", "http://www.w3.org/2000/01/rdf-schema#label"
SKOS_ALT_LABEL = "http://www.w3.org/2004/02/skos/core#altLabel"
PROV_DERIVED_FROM = "http://www.w3.org/ns/prov#wasDerivedFrom"
TYPE_ORDER = list(ENTITY_TYPES)
RANKED_TYPES = (COMPANY, PARK, PROGRAM)  # what `kg analyze` ranks
NAMING_TYPES = (PARK, PROGRAM)  # a cluster is named after its most connected one of these
TYPE_NAMES = {t.name: f"{t.zh} {t.en}" for t in ENTITY_TYPES.values()}
MEASURES = ("degree", "weighted_degree", "betweenness")

ANALYSIS_JSON, ANALYSIS_CSV, GRAPH_TTL = "analysis.json", "analysis.csv", "graph.ttl"
LOUVAIN_SEED = 42
# Exact betweenness costs one breadth-first search from every node, each visiting every node and
# edge: nodes × (nodes + edges) steps, some 10 µs each in networkx (about 3 minutes on a graph of
# 3,000 nodes, bench --analytics). Up to BETWEENNESS_STEPS it is exact; beyond, it is estimated
# from as many source nodes (chosen with a fixed seed) as the budget allows, at least MIN_SOURCES.
BETWEENNESS_STEPS = 1_000_000
MIN_SOURCES = 10
_QUOTES = re.compile(r"[\"'“”‘’「」『』《》〈〉]")
_LIST_SUFFIX = re.compile(r"(名单|榜单|清单)$")


# ---------------------------------------------------------------- the graph

@dataclass(frozen=True)
class Node:
    iri: str
    type: str  # one of ENTITY_TYPES
    name: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Evidence:
    document: str  # file name
    position: int  # sentence number in the document, from 1
    text: str
    confidence: float
    rule: str


@dataclass
class Relation:
    head: str
    relation: str  # local name: locatedIn, selectedAs, developedBy
    tail: str
    sentences: int = 1  # the sentences that state it
    evidence: list[Evidence] = field(default_factory=list)  # when loaded with evidence


@dataclass
class GraphData:
    nodes: dict[str, Node]  # by IRI
    relations: list[Relation]  # one per (head, relation, tail)

    def graph(self) -> nx.Graph:
        """Undirected, one edge per pair of nodes, weighted by the sentences of all its relations."""
        g = nx.Graph()
        g.add_nodes_from(sorted(self.nodes))  # a fixed order: seeded methods give the same result every run
        for r in sorted(self.relations, key=lambda r: (r.head, r.tail, r.relation)):
            if g.has_edge(r.head, r.tail):
                g[r.head][r.tail]["weight"] += r.sentences
            else:
                g.add_edge(r.head, r.tail, weight=r.sentences)
        return g


def name_key(name: str, node_type: str = "") -> str:
    """Names compared as resolution compares them (kg.resolve.table.name_key, which needs the spaCy pipeline)."""
    key = re.sub(r"\s+", "", _QUOTES.sub("", unicodedata.normalize("NFKC", name)))
    return _LIST_SUFFIX.sub("", key) if node_type == "Program" else key


def load_graph_data(path: Path, evidence: bool = False, reading: Callable[[int, int], None] | None = None) -> GraphData:
    """The entities and relations of a built graph (an output folder or a graph file).

    With `evidence`, each relation carries its sentences (text, document, confidence, rule). `reading` is
    told how many of the graph file's bytes have been parsed (progress).
    One pass over the parsed triples keeps only what is needed: on a 371 k-triple graph this took
    half the time of loading it into a pyoxigraph store and asking SPARQL (measured, bench --analytics).
    """
    graph_file = find_graph_file(path)
    fmt = format_of(graph_file)
    types: dict[str, str] = {}
    names: dict[str, str] = {}
    aliases: dict[str, list[str]] = defaultdict(list)
    triples: list[tuple[str, str, str]] = []
    statements: dict[str, dict[str, Any]] = defaultdict(dict)
    sentences: dict[str, dict[str, Any]] = defaultdict(dict)
    files: dict[str, str] = {}
    statement_fields = {f"{RDF_NS}subject": "s", f"{RDF_NS}predicate": "p", f"{RDF_NS}object": "o"}
    if evidence:
        statement_fields |= {PROV_DERIVED_FROM: "sentence", f"{KG_NS}confidence": "confidence", f"{KG_NS}rule": "rule"}
    sentence_fields = {f"{KG_NS}text": "text", f"{KG_NS}inDocument": "document", f"{KG_NS}position": "position"}
    file_name, kg_len = f"{KG_NS}fileName", len(KG_NS)
    try:
        with open(graph_file, "rb") as source:
            rdf_format = ox.RdfFormat.from_media_type(fmt.media_type)
            quads = ox.parse(path=str(graph_file), format=rdf_format) if reading is None else \
                ox.parse(CountedReader(source, graph_file.stat().st_size, reading), format=rdf_format)
            for quad in quads:
                p, o = quad.predicate.value, quad.object
                s = quad.subject.value
                if p == RDF_TYPE:
                    if o.value.startswith(KG_NS) and o.value[kg_len:] in ENTITY_TYPES:
                        types[s] = o.value[kg_len:]
                elif p == RDFS_LABEL:
                    names[s] = o.value
                elif p == SKOS_ALT_LABEL:
                    aliases[s].append(o.value)
                elif p in statement_fields:
                    statements[s][statement_fields[p]] = o.value
                elif evidence and p in sentence_fields:
                    sentences[s][sentence_fields[p]] = o.value
                elif evidence and p == file_name:
                    files[s] = o.value
                elif p.startswith(KG_NS) and isinstance(o, ox.NamedNode):
                    triples.append((s, p[kg_len:], o.value))
    except (SyntaxError, ValueError, OSError) as err:
        raise InputError(f"{graph_file}: not a readable {fmt.name} graph ({err})") from err
    nodes = {iri: Node(iri, label, names.get(iri, iri), tuple(sorted(aliases.get(iri, ()))))
             for iri, label in types.items()}
    relations = {(s, p, o): Relation(s, p, o, 0) for s, p, o in triples if s in nodes and o in nodes}
    for st in statements.values():
        relation = relations.get((st.get("s"), st.get("p", "")[kg_len:], st.get("o")))
        if relation is None:
            continue
        relation.sentences += 1
        if evidence:
            sentence = sentences.get(st.get("sentence", ""), {})
            relation.evidence.append(Evidence(
                files.get(sentence.get("document", ""), ""), int(sentence.get("position", 0)),
                sentence.get("text", ""), float(st.get("confidence", 0)), st.get("rule", "")))
    for relation in relations.values():
        relation.sentences = max(relation.sentences, 1)  # a relation asserted without a statement still counts
        relation.evidence.sort(key=lambda e: (-e.confidence, e.document, e.position))
    return GraphData(nodes, list(relations.values()))


def graph_data_of(entities: Iterable[Any], statements: Iterable[Any]) -> GraphData:
    """The graph of a build's resolved entities and statements (kg.resolve.table.Entity, Statement)."""
    nodes = {e.iri: Node(e.iri, e.label, e.name, tuple(e.aliases)) for e in entities}
    counts = Counter((st.head, st.relation, st.tail) for st in statements)
    return GraphData(nodes, [Relation(h, r, t, n) for (h, r, t), n in sorted(counts.items())
                             if h in nodes and t in nodes])


# ---------------------------------------------------------------- rankings and clusters

@dataclass
class NodeMetrics:
    iri: str
    type: str
    name: str
    degree: int  # relations (head, relation, tail) the node takes part in
    weighted_degree: int  # sentences that state them
    betweenness: float  # normalised, 0 to 1
    cluster: int  # number of its cluster (1 = the largest)


@dataclass
class Cluster:
    number: int  # 1 = the largest
    name: str  # its most connected park or program (else its most connected node)
    named_after: str  # that node's IRI
    members: list[str]  # IRIs, most connected first

    @property
    def size(self) -> int:
        return len(self.members)


@dataclass
class Analysis:
    nodes: dict[str, NodeMetrics]
    clusters: list[Cluster]
    method: dict[str, Any]  # how the figures were computed, for the reader of the outputs

    def ranking(self, node_type: str, measure: str, top: int | None = None) -> list[NodeMetrics]:
        """Nodes of a type, highest first on `measure` (then on the other measures, then by name)."""
        ranked = sorted((m for m in self.nodes.values() if m.type == node_type),
                        key=lambda m: (-getattr(m, measure), -m.degree, -m.weighted_degree, m.name, m.iri))
        return ranked[:top] if top is not None else ranked

    def cluster_of(self, iri: str) -> Cluster:
        return self.clusters[self.nodes[iri].cluster - 1]


def betweenness_sources(nodes: int, edges: int) -> int | None:
    """How many source nodes betweenness is estimated from; None: all of them (exact)."""
    sources = max(MIN_SOURCES, BETWEENNESS_STEPS // max(1, nodes + edges))
    return None if sources >= nodes else sources


def analyze(data: GraphData, seed: int = LOUVAIN_SEED, times: StageTimes | None = None) -> Analysis:
    """Degrees, betweenness and Louvain clusters of every node (`times` gets the seconds of each step)."""
    times = times if times is not None else StageTimes()
    with times.stage("graph"):
        g = data.graph()
    with times.stage("degree"):
        degree: Counter[str] = Counter()
        weighted: Counter[str] = Counter()
        for r in data.relations:
            for iri in (r.head, r.tail):
                degree[iri] += 1
                weighted[iri] += r.sentences
    samples = betweenness_sources(g.number_of_nodes(), g.number_of_edges())
    exact = samples is None
    with times.stage("betweenness"):
        betweenness = nx.betweenness_centrality(g, k=samples, normalized=True, seed=seed)
    with times.stage("clusters"):
        communities = nx.community.louvain_communities(g, weight="weight", seed=seed)

    def rank(iri: str) -> tuple:
        return -degree[iri], -weighted[iri], data.nodes[iri].name, iri

    groups = [sorted(members, key=rank) for members in communities]
    groups.sort(key=lambda members: (-len(members), rank(members[0])))
    clusters = []
    for number, members in enumerate(groups, start=1):
        naming = [iri for iri in members if data.nodes[iri].type in NAMING_TYPES] or members
        clusters.append(Cluster(number, data.nodes[naming[0]].name, naming[0], members))
    cluster_of = {iri: c.number for c in clusters for iri in c.members}
    nodes = {iri: NodeMetrics(iri, node.type, node.name, degree[iri], weighted[iri],
                              round(betweenness.get(iri, 0.0), 6), cluster_of[iri])
             for iri, node in sorted(data.nodes.items())}
    method = {"clusters": f"Louvain (networkx louvain_communities, weight = sentences, resolution 1, seed {seed})",
              "betweenness": ("exact" if exact else f"estimated from {samples} source nodes (seed {seed})")
                             + ", normalised, paths counted in relations",
              "nodes": g.number_of_nodes(), "edges": g.number_of_edges()}
    return Analysis(nodes, clusters, method)


# ---------------------------------------------------------------- outputs

def to_json(analysis: Analysis, graph_sha1: str | None = None) -> str:
    """Everything, and the SHA-1 of the graph.ttl it describes (so that `saved_analysis` can trust it)."""
    return json.dumps({
        "graph_sha1": graph_sha1,
        "method": analysis.method,
        "rankings": {t: {m: [r.iri for r in analysis.ranking(t, m, 20)] for m in MEASURES} for t in RANKED_TYPES},
        "clusters": [{"number": c.number, "name": c.name, "named_after": c.named_after, "size": c.size,
                      "members": c.members} for c in analysis.clusters],
        "nodes": [vars(m) for m in analysis.nodes.values()],
    }, ensure_ascii=False, indent=1) + "\n"


def saved_analysis(folder: Path) -> Analysis | None:
    """The analysis a build wrote into the folder, if it describes the folder's graph.ttl as it is now
    (reading the analysis takes milliseconds, computing it again reading millions of triples)."""
    folder = Path(folder)
    if not (folder / ANALYSIS_JSON).is_file() or not (folder / GRAPH_TTL).is_file():
        return None
    try:
        saved = json.loads((folder / ANALYSIS_JSON).read_text(encoding="utf-8"))
        if saved.get("graph_sha1") != _sha1(folder / GRAPH_TTL):
            return None
        return Analysis({n["iri"]: NodeMetrics(**n) for n in saved["nodes"]},
                        [Cluster(c["number"], c["name"], c["named_after"], c["members"]) for c in saved["clusters"]],
                        saved["method"])
    except (OSError, ValueError, KeyError, TypeError):
        return None  # unreadable or from another version: computed again


def _sha1(path: Path) -> str:
    with open(path, "rb") as file:
        return hashlib.file_digest(file, "sha1").hexdigest()


def to_csv(analysis: Analysis) -> str:
    """One row per node, most connected first; with a UTF-8 BOM, so that Excel reads the Chinese."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["type", "name", "degree", "weighted_degree", "betweenness", "cluster", "cluster_name", "iri"])
    for m in sorted(analysis.nodes.values(), key=lambda m: (TYPE_ORDER.index(m.type), -m.degree,
                                                           -m.weighted_degree, m.name, m.iri)):
        writer.writerow([m.type, m.name, m.degree, m.weighted_degree, f"{m.betweenness:.6f}", m.cluster,
                         analysis.clusters[m.cluster - 1].name, m.iri])
    return "\ufeff" + out.getvalue()


def to_table(analysis: Analysis, top: int = 10, clusters: int = 10) -> str:
    """The rankings and the largest clusters as aligned text."""
    lines = [f"{analysis.method['nodes']} nodes, {analysis.method['edges']} linked pairs; "
             f"betweenness {analysis.method['betweenness']}"]
    for node_type in RANKED_TYPES:
        ranked = analysis.ranking(node_type, "degree")
        lines += ["", f"{TYPE_NAMES[node_type]}: {len(ranked)}, the top {min(top, len(ranked))} by each measure"]
        for measure in MEASURES:
            lines.append(f"  by {measure.replace('_', ' ')}:")
            rows = analysis.ranking(node_type, measure, top)
            width = max((_width(m.name) for m in rows), default=0)
            lines += [f"  {i:>4}. {m.name}{' ' * (width - _width(m.name))}  degree {m.degree:>4}  "
                      f"sentences {m.weighted_degree:>5}  betweenness {m.betweenness:.4f}  cluster {m.cluster}"
                      for i, m in enumerate(rows, start=1)] or ["        none"]
    shown = [c for c in analysis.clusters if c.size > 1][:clusters]
    singles = sum(1 for c in analysis.clusters if c.size == 1)
    lines += ["", f"Clusters (Louvain): {len(analysis.clusters)}, of which {singles} single node(s); "
                  f"the {len(shown)} largest:"]
    for c in shown:
        by_type = Counter(analysis.nodes[iri].type for iri in c.members)
        kinds = ", ".join(f"{n} {TYPE_NAMES[t].split()[-1].lower()}" for t, n in sorted(
            by_type.items(), key=lambda item: TYPE_ORDER.index(item[0])))
        lines.append(f"  {c.number:>4}. {c.name} ({c.size} nodes: {kinds})")
        lines.append("        " + "、".join(analysis.nodes[iri].name for iri in c.members[:8])
                     + ("…" if c.size > 8 else ""))
    return "\n".join(lines) + "\n"


def _width(text: str) -> int:
    """Columns a monospaced terminal gives the text (CJK characters take two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def metrics_trig(analysis: Analysis, base: str) -> str:
    """The metrics as RDF in the named graph <{base}metrics>: kg:degree, kg:weightedDegree,
    kg:betweenness and kg:cluster on each node, and each kg:Cluster with its name and size."""
    graph = f"{base}metrics"
    lines = [f"@prefix kg: <{KG_NS}> .", "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .",
             f"@prefix xsd: <{XSD_NS}> .", "", f"<{graph}> {{"]
    for c in analysis.clusters:
        lines.append(f"  <{base}cluster/{c.number}> a kg:Cluster ; rdfs:label {_literal(c.name)}@zh ; "
                     f"kg:namedAfter <{c.named_after}> ; kg:size {c.size} .")
    for m in analysis.nodes.values():
        lines.append(f"  <{m.iri}> kg:degree {m.degree} ; kg:weightedDegree {m.weighted_degree} ; "
                     f"kg:betweenness \"{m.betweenness:.6f}\"^^xsd:decimal ; kg:cluster <{base}cluster/{m.cluster}> .")
    lines.append("}")
    return "\n".join(lines) + "\n"


def analysis_files(analysis: Analysis, base: str, graph_sha1: str | None = None) -> dict[str, str]:
    """What a build writes into the output folder (file name → text); `graph_sha1` is graph.ttl's."""
    return {ANALYSIS_JSON: to_json(analysis, graph_sha1), ANALYSIS_CSV: to_csv(analysis),
            METRICS_FILE: metrics_trig(analysis, base)}


def _literal(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a valid Turtle string


# ---------------------------------------------------------------- paths

class UnknownName(LookupError):
    """No node has the name; the message lists similar names."""


def find_nodes(data: GraphData, name: str) -> list[Node]:
    """The nodes that have `name` as their IRI, name or alias (names compared as resolution compares them)."""
    found = [n for n in data.nodes.values()
             if n.iri == name or any(name_key(name, n.type) == name_key(other, n.type)
                                     for other in (n.name, *n.aliases))]
    if found:
        return sorted(found, key=lambda n: n.iri)
    wanted = name_key(name)
    similar = sorted({n.name for n in data.nodes.values()
                      if wanted and any(wanted in name_key(o) or name_key(o) in wanted for o in (n.name, *n.aliases))})
    hint = f"; similar names: {'、'.join(similar[:8])}" if similar else ""
    raise UnknownName(f"{name!r}: no node has this name or alias{hint}")


@dataclass
class Hop:
    start: str  # IRI of the node the hop leaves
    end: str
    relations: list[Relation]  # between the two, in either direction


def hops_between(data: GraphData, source: str, target: str) -> int | None:
    """The length of the shortest chain of relations between two nodes, None when there is none."""
    try:
        return nx.shortest_path_length(data.graph(), source, target)
    except nx.NetworkXNoPath:
        return None


def shortest_chains(data: GraphData, source: str, target: str, max_hops: int = 6,
                    limit: int = 10) -> list[list[Hop]]:
    """Up to `limit` shortest chains between two nodes, at most `max_hops` relations long (empty if none)."""
    g = data.graph()
    if source == target:
        return []
    try:
        length = nx.shortest_path_length(g, source, target)
    except nx.NetworkXNoPath:
        return []
    if length > max_hops:
        return []
    between: dict[frozenset[str], list[Relation]] = defaultdict(list)
    for r in data.relations:
        between[frozenset((r.head, r.tail))].append(r)
    chains = []
    for path in nx.all_shortest_paths(g, source, target):
        chains.append([Hop(a, b, sorted(between[frozenset((a, b))], key=lambda r: (r.relation, r.head)))
                       for a, b in zip(path, path[1:])])
        if len(chains) == limit:
            break
    return chains


def describe_chains(data: GraphData, chains: Sequence[list[Hop]], sentences: int = 2) -> str:
    """Each chain, hop by hop: the relation with its direction, and the sentences behind it."""
    out = []
    for number, chain in enumerate(chains, start=1):
        names = [data.nodes[chain[0].start].name] + [data.nodes[hop.end].name for hop in chain]
        out.append(f"{number}. {' — '.join(names)} ({len(chain)} hop{'s' if len(chain) > 1 else ''})")
        for hop in chain:
            for r in hop.relations:
                out.append(f"   {data.nodes[r.head].name} —{r.relation}→ {data.nodes[r.tail].name}"
                           f"  ({r.sentences} sentence{'s' if r.sentences > 1 else ''})")
                for e in r.evidence[:sentences]:
                    out.append(f"      《{e.document}》 sentence {e.position}, confidence {e.confidence:.2f}, "
                               f"rule {e.rule}: {e.text}")
                if len(r.evidence) > sentences:
                    out.append(f"      … and {len(r.evidence) - sentences} more")
    return "\n".join(out) + "\n"
