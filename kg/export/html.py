"""Stage 5b: the interactive page. A resolved graph in, one self-contained HTML file out.

pyvis builds the network data: nodes coloured and shaped by type and sized by
degree, edges labelled with the relation in Chinese and English. Our template
(`templates/graph.html`) renders it with vis-network's script and style inlined
from the pyvis package, so the page opens from disk with no network, and adds
search, filters, a details panel and a summary.

The page's data is one JSON block (`<script id="kg-data" type="application/json">`).
Nodes and edges refer to rows of one sentence table, so a sentence is stored
once however many nodes and edges it supports.
"""
from __future__ import annotations

import json
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Sequence

import pyvis
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup
from pyvis.network import Network

from kg.export.analyze import Analysis
from kg.model import Entity, ResolvedGraph, Statement
from kg.resolve.names import name_key
from kg.schema import COMPANY, ENTITY_TYPES, PARK, RELATIONS

TEMPLATES = Path(__file__).parent / "templates"
VIS_DIR = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
DEFAULT_TITLE = "产业知识图谱 Industry knowledge graph"
TOP_TYPES = (COMPANY, PARK)  # the summary lists the most connected nodes of these types
TOP_COUNT = 5
# Above this many nodes the page skips vis-network's initial layout pass and draws
# straight edges, which cost little; the template also caps the layout time.
LARGE_GRAPH = 1000
GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))
# Labels are drawn only when they would be at least this many pixels high on screen, less one
# (vis-network's drawThreshold), so the
# overview of a large graph is not a blur of tiny overlapping labels; the most connected nodes
# have bigger labels, which appear first, the others as one zooms in.
LABEL_THRESHOLD_PX = 9
LABEL_SIZES = ((20, 28), (100, 20))  # (the top N nodes by degree, their label size); the rest 14
CLUSTER_COLOURS = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7",
                   "#9c755f", "#17becf", "#bcbd22", "#7f7f7f")  # the largest clusters; the others grey
OTHER_CLUSTERS_COLOUR = "#c7cbd1"
CLUSTER_LIST = 20  # the summary lists this many of the largest clusters
LABEL_FONT = "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif"


@dataclass(frozen=True)
class Focus:
    """Show only the nodes within `depth` relations of the node(s) with this name, alias or IRI."""

    name: str
    depth: int = 1


class UnknownFocus(LookupError):
    """No node has the focus name; the message lists similar names."""


def focus_centres(entities: Sequence[Entity], name: str) -> list[Entity]:
    """The entities that have `name` as their IRI, canonical name or alias (names compared as in resolution)."""
    def names(entity: Entity) -> set[str]:
        return {name_key(n, entity.label) for n in [entity.name, *entity.aliases]}

    centres = [e for e in entities if e.iri == name or name_key(name, e.label) in names(e)]
    if centres:
        return centres
    wanted = name_key(name, "")
    similar = sorted({e.name for e in entities if wanted and any(wanted in n or n in wanted for n in names(e))})
    hint = f"; similar names: {'、'.join(similar[:8])}" if similar else ""
    raise UnknownFocus(f"focus {name!r}: no node has this name or alias{hint}")


def neighbourhood(statements: Sequence[Statement], centres: Sequence[str], depth: int) -> set[str]:
    """IRIs of the nodes at most `depth` relations (either direction) away from the centres."""
    adjacent: dict[str, set[str]] = defaultdict(set)
    for st in statements:
        adjacent[st.head].add(st.tail)
        adjacent[st.tail].add(st.head)
    reached, frontier = set(centres), set(centres)
    for _ in range(depth):
        frontier = {n for iri in frontier for n in adjacent[iri]} - reached
        reached |= frontier
    return reached


class _SentenceTable:
    """Rows of (document index, sentence index, text), each sentence once."""

    def __init__(self, texts: dict[tuple[str, int], str]) -> None:
        self.texts = texts
        self.documents: list[str] = []
        self.rows: list[tuple[int, int, str]] = []
        self._document_index: dict[str, int] = {}
        self._row_index: dict[tuple[str, int], int] = {}

    def row(self, document: str, sentence: int) -> int:
        key = (document, sentence)
        if key not in self._row_index:
            if document not in self._document_index:
                self._document_index[document] = len(self.documents)
                self.documents.append(document)
            self._row_index[key] = len(self.rows)
            self.rows.append((self._document_index[document], sentence, self.texts[key]))
        return self._row_index[key]


def seed_positions(node_ids: Sequence[str], links: Iterable[tuple[str, str]],
                   spacing: float = 50.0) -> dict[str, tuple[float, float]]:
    """Starting positions that put every node beside its best-connected neighbour.

    Each node hangs under its neighbour of highest degree, when that is higher than
    its own. The tops of these trees go on a sunflower spiral with room for their
    trees, and children on a small sunflower around their parent. The browser's
    physics then only has to relax the layout, not untangle a random one, which it
    has no time for in a graph of thousands of nodes.
    """
    neighbours: dict[str, set[str]] = defaultdict(set)
    for a, b in links:
        neighbours[a].add(b)
        neighbours[b].add(a)
    rank = {n: (len(neighbours[n]), n) for n in node_ids}
    ascending = sorted(node_ids, key=rank.__getitem__)
    children: dict[str, list[str]] = defaultdict(list)
    tops: list[str] = []
    for node in reversed(ascending):
        parent = max(neighbours[node], key=rank.__getitem__, default=None)
        if parent is not None and rank[parent] > rank[node]:
            children[parent].append(node)
        else:
            tops.append(node)
    size: dict[str, int] = {}
    for node in ascending:  # children before their parents
        size[node] = 1 + sum(size[c] for c in children[node])

    positions: dict[str, tuple[float, float]] = {}

    def sunflower(centre: tuple[float, float], area: float, turn: int, scale: float) -> tuple[float, float]:
        radius, angle = scale * math.sqrt(area), turn * GOLDEN_ANGLE
        return round(centre[0] + radius * math.cos(angle), 1), round(centre[1] + radius * math.sin(angle), 1)

    placed = 0
    for turn, top in enumerate(tops):
        positions[top] = sunflower((0.0, 0.0), placed, turn, 1.5 * spacing)
        placed += size[top]
        stack = [top]
        while stack:
            parent = stack.pop()
            area = 0
            for turn_, child in enumerate(children[parent], start=1):
                area += size[child]
                positions[child] = sunflower(positions[parent], area, turn_, spacing)
                stack.append(child)
    return positions


def node_size(degree: int) -> float:
    """Grows with the square root of the degree, so hubs stand out without swallowing the page."""
    return round(10 + 5 * math.sqrt(degree), 1)


def label_sizes(degree: Counter[str], iris: Sequence[str]) -> dict[str, int]:
    """Label font size of each node: bigger for the most connected (see LABEL_SIZES)."""
    ranked = sorted(iris, key=lambda iri: (-degree[iri], iri))
    sizes = {iri: 14 for iri in iris}
    for count, size in reversed(LABEL_SIZES):
        sizes.update((iri, size) for iri in ranked[:count] if degree[iri] > 0)
    return sizes


def build_network(entities: Sequence[Entity], statements: Sequence[Statement],
                  sentences: _SentenceTable, analysis: Analysis | None = None) -> Network:
    evidence: dict[tuple[str, str, str], list[Statement]] = defaultdict(list)
    for st in statements:
        evidence[(st.head, st.relation, st.tail)].append(st)
    degree = Counter(iri for head, _, tail in evidence for iri in (head, tail))
    seeds = {}
    if len(entities) > LARGE_GRAPH:
        seeds = seed_positions([e.iri for e in entities], [(head, tail) for head, _, tail in evidence])
    fonts = label_sizes(degree, [e.iri for e in entities])
    net = Network(directed=True)
    for entity in entities:
        metrics = analysis.nodes.get(entity.iri) if analysis else None
        extra = {"cluster": metrics.cluster, "betweenness": metrics.betweenness,
                 "sentences": metrics.weighted_degree} if metrics else {}
        kind = ENTITY_TYPES[entity.label]
        tooltip = [entity.name, f"{kind.zh} {kind.en}"]
        if entity.aliases:
            tooltip.append("别名 aliases: " + "、".join(entity.aliases))
        net.add_node(entity.iri, label=entity.name, title="\n".join(tooltip), color=kind.colour, shape=kind.shape,
                     size=node_size(degree[entity.iri]), type=entity.label, aliases=entity.aliases,
                     degree=degree[entity.iri], mentions=[sentences.row(d, i) for d, i in entity.mentions],
                     font={"size": fonts[entity.iri]}, **extra, **dict(zip("xy", seeds.get(entity.iri, ()))))
    for number, ((head, relation, tail), found) in enumerate(sorted(evidence.items())):
        rel = RELATIONS[relation]
        net.add_edge(head, tail, id=f"e{number}", label=f"{rel.zh} {rel.en}", relation=relation,
                     title=f"{rel.zh} {rel.en} · {len(found)} 句 sentence(s)", color=rel.colour,
                     evidence=[[sentences.row(st.document, st.sentence), round(st.confidence, 2), st.rule]
                               for st in found])
    return net


def vis_options(node_count: int) -> dict[str, Any]:
    large = node_count > LARGE_GRAPH
    return {
        "layout": {"randomSeed": 7, "improvedLayout": not large},
        "physics": {
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 110, "avoidOverlap": 0.3},
            "stabilization": {"enabled": True, "iterations": 1000, "updateInterval": 10},
        },
        "nodes": {"font": {"size": 14, "face": LABEL_FONT, "strokeWidth": 3, "strokeColor": "#ffffff"},
                  "borderWidth": 1, "scaling": {"label": {"drawThreshold": LABEL_THRESHOLD_PX, "maxVisible": 30}}},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
                  "font": {"size": 10, "face": LABEL_FONT, "align": "middle", "color": "#555555"},
                  "scaling": {"label": {"drawThreshold": LABEL_THRESHOLD_PX}},
                  "smooth": False if large else {"type": "continuous"}, "width": 1.2, "selectionWidth": 2},
        "interaction": {"hover": True, "tooltipDelay": 200, "hideEdgesOnDrag": large, "hideEdgesOnZoom": large},
    }


def _top_nodes(nodes: Sequence[dict[str, Any]], node_type: str) -> list[dict[str, Any]]:
    ranked = sorted((n for n in nodes if n["type"] == node_type and n["degree"] > 0),
                    key=lambda n: (-n["degree"], n["label"]))
    return [{"id": n["id"], "name": n["label"], "degree": n["degree"]} for n in ranked[:TOP_COUNT]]


def page_clusters(nodes: Sequence[dict[str, Any]], analysis: Analysis) -> list[dict[str, Any]]:
    """The clusters of the nodes on the page, largest first, each with its colour on the page."""
    on_page = Counter(n["cluster"] for n in nodes if "cluster" in n)
    ranked = sorted(on_page, key=lambda number: (-on_page[number], number))
    return [{"number": number, "name": analysis.clusters[number - 1].name, "size": on_page[number],
             "colour": CLUSTER_COLOURS[i] if i < len(CLUSTER_COLOURS) and on_page[number] > 1 else OTHER_CLUSTERS_COLOUR}
            for i, number in enumerate(ranked)]


def render_html(resolved: ResolvedGraph, title: str = DEFAULT_TITLE, focus: Focus | None = None,
                analysis: Analysis | None = None) -> str:
    """The page of the resolved graph (its statements already those kept); raises UnknownFocus when `focus`
    names no node. With `analysis` (kg.export.analyze), nodes carry their cluster, and the page can
    colour and filter by cluster."""
    statements = resolved.statements
    entities = resolved.entities
    centres: list[str] = []
    if focus is not None:
        centres = [e.iri for e in focus_centres(entities, focus.name)]
        kept = neighbourhood(statements, centres, focus.depth)
        entities = [e for e in entities if e.iri in kept]
        statements = [st for st in statements if st.head in kept and st.tail in kept]
    sentences = _SentenceTable(resolved.sentences)
    net = build_network(entities, statements, sentences, analysis)
    clusters = page_clusters(net.nodes, analysis) if analysis else []
    type_counts = Counter(n["type"] for n in net.nodes)
    relation_counts = Counter(e["relation"] for e in net.edges)
    types = [{"type": t.name, "zh": t.zh, "en": t.en, "colour": t.colour, "shape": t.shape,
              "count": type_counts[t.name]} for t in ENTITY_TYPES.values()]
    relations = [{"relation": r.name, "zh": r.zh, "en": r.en, "colour": r.colour,
                  "count": relation_counts[r.name]} for r in RELATIONS.values()]
    data = {
        "focus": {"name": focus.name, "depth": focus.depth, "centres": centres} if focus else None,
        "types": types,
        "relations": relations,
        "documents": sentences.documents,
        "documentInfo": [resolved.about[d]._asdict() if d in resolved.about else None
                         for d in sentences.documents],
        "sentences": sentences.rows,
        "nodes": net.nodes,
        "edges": net.edges,
        "options": vis_options(len(net.nodes)),
        "clusters": clusters,
    }
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]))
    return env.get_template("graph.html").render(
        title=title,
        focus=data["focus"],
        vis_script=Markup(_script_safe((VIS_DIR / "vis-network.min.js").read_text(encoding="utf-8"))),
        vis_style=Markup((VIS_DIR / "vis-network.css").read_text(encoding="utf-8")),
        data=Markup(_json_safe(json.dumps(data, ensure_ascii=False, sort_keys=True))),
        types=types,
        relations=relations,
        top=[{"zh": ENTITY_TYPES[t].zh, "en": ENTITY_TYPES[t].en, "colour": ENTITY_TYPES[t].colour,
              "shape": ENTITY_TYPES[t].shape, "nodes": _top_nodes(net.nodes, t)} for t in TOP_TYPES],
        clusters=[c for c in clusters if c["size"] > 1][:CLUSTER_LIST],
        more_clusters=max(0, sum(1 for c in clusters if c["size"] > 1) - CLUSTER_LIST),
        single_clusters=sum(1 for c in clusters if c["size"] == 1),
        size_legend=[{"degree": d, "px": round(node_size(d))} for d in (1, 5, 20)],
        node_count=len(net.nodes),
        edge_count=len(net.edges),
        document_count=len(sentences.documents),
    )


def _script_safe(script: str) -> str:
    """Script text that cannot end or confuse the <script> element it is inlined in.

    Only these two sequences matter to the HTML parser; rewritten with a backslash
    they mean the same inside the string and regular-expression literals where they occur.
    """
    return re.sub(r"</(script)", r"<\\/\1", script, flags=re.IGNORECASE).replace("<!--", "<\\!--")


def _json_safe(text: str) -> str:
    """JSON whose '<' are escaped, so no string in it can end the <script> element."""
    return text.replace("<", "\\u003c")
