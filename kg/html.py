"""Stage 5b: the interactive page. A resolved graph in, one self-contained HTML file out.

The network is built with pyvis (nodes coloured and shaped by type, edges
labelled with the relation in Chinese and English, tooltips with aliases and
source sentences) and rendered with our template, which inlines vis-network's
script and style from the pyvis package so the page opens with no network.
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pyvis
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup
from pyvis.network import Network
from rdflib import RDFS, URIRef

from kg.rdf import KG, ontology_graph
from kg.resolve import ResolvedGraph

TEMPLATES = Path(__file__).parent / "templates"
VIS_DIR = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
STYLE = {  # type -> (colour, vis shape)
    "Company": ("#4e79a7", "dot"),
    "IndustrialPark": ("#59a14f", "square"),
    "Project": ("#f28e2b", "triangle"),
    "Program": ("#b07aa1", "star"),
    "Region": ("#e15759", "diamond"),
}


def vocabulary_labels() -> dict[str, dict[str, str]]:
    """Chinese and English labels of our classes and properties, from the ontology."""
    graph = ontology_graph()
    labels: dict[str, dict[str, str]] = {}
    for term in list(STYLE) + ["locatedIn", "selectedAs", "developedBy"]:
        labels[term] = {lit.language: str(lit) for lit in graph.objects(URIRef(KG[term]), RDFS.label)}
    return labels


def build_network(resolved: ResolvedGraph, min_confidence: float = 0.0) -> Network:
    labels = vocabulary_labels()
    net = Network(directed=True, cdn_resources="in_line", height="100%", width="100%")
    evidence: dict[tuple[str, str, str], list[str]] = {}
    for st in resolved.statements:
        if st.confidence >= min_confidence:
            text = resolved.sentences[(st.document, st.sentence)]
            evidence.setdefault((st.head, st.relation, st.tail), []).append(
                f"《{st.document}》第{st.sentence + 1}句（置信度 {st.confidence:.2f}）：{text}")
    degree = Counter(x for h, _, t in evidence for x in (h, t))
    for entity in resolved.entities:
        colour, shape = STYLE[entity.label]
        type_label = labels[entity.label]
        title = [f"{entity.name}", f"类型 type: {type_label['zh']} / {type_label['en']}"]
        if entity.aliases:
            title.append("别名 aliases: " + "、".join(entity.aliases))
        title.append(f"IRI: {entity.iri}")
        net.add_node(entity.iri, label=entity.name, title="\n".join(title), color=colour, shape=shape,
                     group=entity.label, size=12 + 4 * min(degree[entity.iri], 10))
    for (head, relation, tail), sentences in sorted(evidence.items()):
        rel = labels[relation]
        net.add_edge(head, tail, label=f"{rel['zh']} {rel['en']}", title="\n".join(sentences), relation=relation)
    net.set_options(json.dumps({
        "physics": {"solver": "forceAtlas2Based", "stabilization": {"enabled": True, "iterations": 300}},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.5}}, "font": {"size": 10, "align": "middle"},
                  "color": {"inherit": False, "color": "#999999"}, "smooth": {"type": "continuous"}},
        "nodes": {"font": {"size": 14}},
        "interaction": {"hover": True, "tooltipDelay": 150, "navigationButtons": False},
    }))
    return net


def render_html(resolved: ResolvedGraph, title: str = "产业知识图谱 Industry knowledge graph",
                min_confidence: float = 0.0) -> str:
    net = build_network(resolved, min_confidence)
    labels = vocabulary_labels()
    counts = Counter(e.label for e in resolved.entities)
    legend = [{"type": t, "zh": labels[t]["zh"], "en": labels[t]["en"], "colour": c, "shape": s, "count": counts[t]}
              for t, (c, s) in STYLE.items()]
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]))
    template = env.get_template("graph.html")
    return template.render(
        title=title,
        vis_script=Markup(_inline_safe((VIS_DIR / "vis-network.min.js").read_text(encoding="utf-8"))),
        vis_style=Markup((VIS_DIR / "vis-network.css").read_text(encoding="utf-8")),
        data=Markup(_inline_safe(json.dumps({"nodes": net.nodes, "edges": net.edges, "options": net.options},
                                            ensure_ascii=False, sort_keys=True))),
        legend=legend,
        node_count=len(net.nodes),
        edge_count=len(net.edges),
    )


def _inline_safe(script: str) -> str:
    """Text that cannot close the <script> element it is inlined in."""
    return script.replace("</", "<\\/")
