"""Grading a built graph against gold annotations (the format of ../shared/eval/gold).

The rules are those of the evaluation's `score.py` (see GUIDELINES.md): gold
entities are merged across documents by (type, normalised name); a node matches
a gold entity of its type when any of its names equals any gold name; optional
gold entities and relations are neither rewarded nor punished; `locatedIn`
triples that follow from the gold by transitivity are allowed. On top of the
figures, `errors()` lists every false positive and false negative with the
sentences behind it, so that a rule writer sees why.
"""
from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import RDF, RDFS, SKOS, Graph, URIRef
from rdflib.namespace import PROV

from kg.export.rdf import KG
from kg.resolve.names import name_key
from kg.schema import ENTITY_TYPES, LOCATED_IN
from kg.schema import RELATIONS as RELATION_TYPES

TYPES, RELATIONS = tuple(ENTITY_TYPES), tuple(RELATION_TYPES)


class GoldError(Exception):
    """A gold folder or file that cannot be used; the message names it."""


@dataclass
class GoldEntity:
    type: str
    names: set[str]
    optional: bool
    documents: set[str] = field(default_factory=set)
    surface: list[str] = field(default_factory=list)  # names as written, for messages


@dataclass
class Gold:
    entities: dict[int, GoldEntity]
    relations: dict[tuple[int, str, int], bool]  # -> optional
    entailed: set[tuple[int, str, int]]
    name_index: dict[str, list[int]]
    relation_documents: dict[tuple[int, str, int], set[str]]


def load_gold(folder: Path) -> Gold:
    folder = Path(folder)
    files = sorted(folder.glob("*.json")) if folder.is_dir() else []
    if not files:
        raise GoldError(f"{folder}: no gold .json files")
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    raw: dict[int, GoldEntity] = {}
    index: dict[tuple[str, str], int] = {}
    raw_relations = []
    for path in files:
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
            local = {}
            for e in doc["entities"]:
                if e["type"] not in TYPES:
                    raise GoldError(f"{path}: unknown type {e['type']}")
                nid = len(raw) + 1
                parent[nid] = nid
                raw[nid] = GoldEntity(e["type"], {name_key(n, e["type"]) for n in e["names"]},
                                      bool(e.get("optional", False)), {doc["document"]}, list(e["names"]))
                local[e["id"]] = nid
                for n in raw[nid].names:
                    key = (e["type"], n)
                    if key in index:
                        a, b = find(index[key]), find(nid)
                        if a != b:
                            parent[b] = a
                    else:
                        index[key] = nid
            for r in doc["relations"]:
                if r["relation"] not in RELATIONS:
                    raise GoldError(f"{path}: unknown relation {r['relation']}")
                raw_relations.append((local[r["head"]], r["relation"], local[r["tail"]],
                                      bool(r.get("optional", False)), doc["document"]))
        except (KeyError, TypeError, json.JSONDecodeError, UnicodeDecodeError) as err:
            raise GoldError(f"{path}: not a gold file ({err!r})") from err
    entities: dict[int, GoldEntity] = {}
    members: dict[int, list[int]] = defaultdict(list)
    for x in parent:
        members[find(x)].append(x)
    for root, ms in members.items():
        entities[root] = GoldEntity(
            raw[root].type, set().union(*(raw[m].names for m in ms)), all(raw[m].optional for m in ms),
            set().union(*(raw[m].documents for m in ms)), sorted({s for m in ms for s in raw[m].surface}))
    relations: dict[tuple[int, str, int], bool] = {}
    relation_documents: dict[tuple[int, str, int], set[str]] = defaultdict(set)
    for h, rel, t, opt, document in raw_relations:
        h, t = find(h), find(t)
        opt = opt or entities[h].optional or entities[t].optional
        relations[(h, rel, t)] = relations.get((h, rel, t), True) and opt
        relation_documents[(h, rel, t)].add(document)
    name_index: dict[str, list[int]] = defaultdict(list)
    for eid, e in entities.items():
        for n in e.names:
            name_index[n].append(eid)
    located = defaultdict(set)
    for h, rel, t in relations:
        if rel == LOCATED_IN:
            located[h].add(t)
    entailed = set()
    for h in list(located):
        seen, stack = set(), list(located[h])
        while stack:
            t = stack.pop()
            if t not in seen:
                seen.add(t)
                stack.extend(located.get(t, ()))
        entailed |= {(h, LOCATED_IN, t) for t in seen}
    return Gold(entities, relations, entailed, name_index, relation_documents)


@dataclass
class Score:
    entities: dict[str, dict]  # type -> p, r, f, n_gold, n_pred
    relations: dict[str, dict]
    entity: dict
    relation: dict
    fragmented: int
    merged: int
    errors: list[str]

    def report(self, show_errors: bool = False) -> str:
        lines = []
        for t, m in self.entities.items():
            lines.append(f"entity   {t:15s} P={m['p']:.3f} R={m['r']:.3f} F1={m['f']:.3f}  gold={m['n_gold']} pred={m['n_pred']}")
        for r, m in self.relations.items():
            lines.append(f"relation {r:15s} P={m['p']:.3f} R={m['r']:.3f} F1={m['f']:.3f}  gold={m['n_gold']} pred={m['n_pred']}")
        lines.append(f"fragmented gold entities (matched by several nodes): {self.fragmented}")
        lines.append(f"nodes standing for several gold entities (merged): {self.merged}")
        if show_errors:
            lines += self.errors
        lines.append(f"entity_f1={self.entity['f']:.3f} relation_f1={self.relation['f']:.3f}")
        return "\n".join(lines)


def _prf(tp_p: int, n_p: int, tp_r: int, n_r: int) -> dict:
    p = tp_p / n_p if n_p else 0.0
    r = tp_r / n_r if n_r else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": p, "r": r, "f": f}


class _Evidence:
    """Sentences of the graph and of the source texts, for error messages."""

    def __init__(self, graph: Graph, texts: dict[str, list[str]]):
        self.graph = graph
        self.texts = texts

    def _text(self, sentence) -> str:
        document = next(self.graph.objects(sentence, KG.inDocument), None)
        name = next(self.graph.objects(document, KG.fileName), "") if document is not None else ""
        return f"[{name}] {next(self.graph.objects(sentence, KG.text), '')}"

    def of_node(self, node) -> list[str]:
        return sorted({self._text(s) for s in self.graph.objects(node, KG.mentionedIn)})[:2]

    def of_edge(self, s, rel, o) -> list[str]:
        out = set()
        for st in set(self.graph.subjects(RDF.subject, s)) & set(self.graph.subjects(RDF.object, o)):
            if (st, RDF.predicate, KG[rel]) in self.graph:
                rule = next(self.graph.objects(st, KG.rule), "")
                out |= {f"{self._text(x)} ({rule})" for x in self.graph.objects(st, PROV.wasDerivedFrom)}
        return sorted(out)[:2]

    def containing(self, documents: set[str], *names: list[str]) -> list[str]:
        out = []
        for document in sorted(documents):
            for sentence in self.texts.get(document, []):
                flat = sentence.replace("\n", "")
                if all(any(n in flat for n in group) for group in names):
                    out.append(f"[{document}] {sentence}")
        return out[:2] or ["(no sentence of the text holds these names)"]


def score(gold: Gold, graph: Graph, texts: dict[str, list[str]] | None = None) -> Score:
    """Grade an RDF graph; `texts` (document → sentences) lets errors quote missed sentences."""
    evidence = _Evidence(graph, texts or {})
    nodes: dict = {}
    for s, o in graph.subject_objects(RDF.type):
        t = str(o).rsplit("#", 1)[-1]
        if t in TYPES and isinstance(s, URIRef):
            nodes.setdefault(s, {"types": set(), "names": set()})["types"].add(t)
    for s in nodes:
        for p in (RDFS.label, SKOS.prefLabel, SKOS.altLabel):
            nodes[s]["names"] |= {str(o) for o in graph.objects(s, p)}
    edges = {(s, str(p).rsplit("#", 1)[-1], o) for s, p, o in graph
             if str(p).rsplit("#", 1)[-1] in RELATIONS and s in nodes and o in nodes}
    errors: list[str] = []

    match: dict = {}
    for n, info in nodes.items():
        for t in info["types"]:
            hits = {e for name in info["names"] for e in gold.name_index.get(name_key(name, t), [])}
            same = sorted(e for e in hits if gold.entities[e].type == t)
            if same:
                match[(n, t)] = tuple(same)
            elif any(gold.entities[e].optional for e in hits):
                match[(n, t)] = "ignore"
            else:
                match[(n, t)] = None
    per_type, fragments, merged = {}, 0, 0
    for t in TYPES:
        pred = [(k, v) for k, v in match.items() if k[1] == t and v != "ignore"]
        pred = [(k, v) for k, v in pred if v is None or not all(gold.entities[e].optional for e in v)]
        found = {e for _, v in pred if v is not None for e in v}
        golds = [e for e, g in gold.entities.items() if g.type == t and not g.optional]
        counts: dict[int, int] = defaultdict(int)
        for _, v in pred:
            if v is not None:
                merged += len(v) > 1
                for e in v:
                    counts[e] += 1
        fragments += sum(1 for c in counts.values() if c > 1)
        per_type[t] = (sum(1 for _, v in pred if v is not None), len(pred), sum(1 for e in golds if e in found), len(golds))
        for k, v in pred:
            if v is None:
                names = sorted(nodes[k[0]]["names"])
                family = _entity_family(gold, t, names)
                errors.append(f"FP {t} [{family}]: {names}")
                errors += [f"    {line}" for line in evidence.of_node(k[0])]
        for e in golds:
            if e not in found:
                g = gold.entities[e]
                sentences = evidence.containing(g.documents, g.surface)
                family = _missed_entity_family(g, t, nodes, sentences, [gold.entities[f] for f in found])
                errors.append(f"FN {t} [{family}]: {g.surface}")
                errors += [f"    {line}" for line in sentences]
        for e, c in counts.items():
            if c > 1:
                errors.append(f"FRAGMENTED {t}: {gold.entities[e].surface} matched by {c} nodes")

    def gid(node):
        for t in TYPES:
            v = match.get((node, t))
            if v is not None:
                return v
        return None

    per_rel = {}
    for rel in RELATIONS:
        pred, n_pred = set(), 0
        for s, r, o in sorted(edges):
            if r != rel:
                continue
            gs, go = gid(s), gid(o)
            if gs == "ignore" or go == "ignore":
                continue
            if gs is not None and go is not None:
                keys = [(h, rel, t) for h in gs for t in go]
                required = [k for k in keys if k in gold.relations and not gold.relations[k]]
                if required:
                    new = [k for k in required if k not in pred]
                    pred.update(new)
                    n_pred += 1 if new else 0
                    continue
                if any(k in gold.relations or k in gold.entailed or gold.entities[k[0]].optional
                       or gold.entities[k[2]].optional for k in keys):
                    continue
            n_pred += 1
            family = "spurious entity" if gs is None or go is None else "wrong relation"
            errors.append(f"FP {rel} [{family}]: {sorted(nodes[s]['names'])[:2]} -> {sorted(nodes[o]['names'])[:2]}")
            errors += [f"    {line}" for line in evidence.of_edge(s, rel, o)]
        golds = [k for k, opt in gold.relations.items() if k[1] == rel and not opt]
        for k in golds:
            if k not in pred:
                h, t = gold.entities[k[0]], gold.entities[k[2]]
                sentences = evidence.containing(gold.relation_documents[k], h.surface, t.surface)
                found_ends = {e for v in match.values() if isinstance(v, tuple) for e in v}
                family = _missed_relation_family(k, found_ends, sentences)
                errors.append(f"FN {rel} [{family}]: {h.surface[:2]} -> {t.surface[:2]}")
                errors += [f"    {line}" for line in sentences]
        per_rel[rel] = (len(pred), n_pred, sum(1 for k in golds if k in pred), len(golds))

    def table(counts):
        return {k: {**_prf(*c), "n_gold": c[3], "n_pred": c[1]} for k, c in counts.items()}

    def total(counts):
        return _prf(*[sum(c[i] for c in counts.values()) for i in range(4)])

    families = Counter(re.search(r"\[([^\]]+)\]", line).group(1) for line in errors
                       if line.startswith(("FP ", "FN ")))
    if families:
        errors.append("errors by family: " + ", ".join(f"{f} {n}" for f, n in families.most_common()))
    return Score(table(per_type), table(per_rel), total(per_type), total(per_rel), fragments, merged, errors)


NO_SENTENCE = "(no sentence of the text holds these names)"
LIST_MARKS = ("、", "和", "及", "分别")


def _overlaps(a: str, b: str) -> bool:
    return a != b and (a in b or b in a)


def _entity_family(gold: Gold, label: str, names: list[str]) -> str:
    """Why a predicted entity matched nothing: another type's name, a name cut wrongly, or nothing there."""
    keys = {name_key(n, label) for n in names}
    others = {e for n in names for t in TYPES for e in gold.name_index.get(name_key(n, t), [])}
    if any(gold.entities[e].type != label for e in others):
        return "type confusion"
    same_type = [g for g in gold.entities.values() if g.type == label]
    if any(_overlaps(k, name_key(n, label)) for g in same_type for n in g.names for k in keys):
        return "boundary"
    return "spurious"


def _missed_entity_family(g: GoldEntity, label: str, nodes: dict, sentences: list[str],
                          found: list[GoldEntity]) -> str:
    """Why a gold entity was missed: found as another type, found with wrong bounds, a list member, or not at all."""
    keys = {name_key(n, label) for n in g.names}
    for info in nodes.values():
        names = {name_key(n, label) for n in info["names"]}
        if keys & names and label not in info["types"]:
            return "type confusion"
        if label in info["types"] and any(_overlaps(a, b) for a in keys for b in names):
            return "boundary"
    in_list = [s for s in sentences if s != NO_SENTENCE and any(m in s for m in LIST_MARKS)]
    if in_list and any(f.type == label and any(n in s for n in f.surface) for f in found for s in in_list):
        return "missed list member"
    return "missed name"


def _missed_relation_family(key: tuple[int, str, int], found_ends: set[int], sentences: list[str]) -> str:
    """Why a gold relation was missed: an end was missed, its ends are in different sentences, or no cue was read."""
    if key[0] not in found_ends or key[2] not in found_ends:
        return "missed entity"
    if sentences == [NO_SENTENCE]:
        return "cross-sentence"
    return "missed relation cue"
