"""The engine: runs the relation patterns of rules/relations.yaml over a document's sentences.

Sentence by sentence, every pattern (in the order of the file) reads the sentence with its mentions,
anaphors (该项目) standing for what they name; then the text patterns read the names themselves (a place
opening a project's name), the list patterns the document's enumerations, the document patterns names
inside names, tables and short forms, the own-region patterns a region's own report, and last the headline
patterns what is left unrelated (the place or list a report's headline names). Where
several patterns find the same triple, the best score is kept (the first pattern to find it, on a tie).
"""
from __future__ import annotations

import bisect
import re

from kg.extract.gazetteer import gazetteer_of
from kg.extract.relations.discourse import Anaphora
from kg.extract.relations.lists import ListReader
from kg.extract.relations.patterns import load_patterns
from kg.extract.relations.fallbacks import Fallback
from kg.extract.relations.sentence import PLACES, Sentence, Shape
from kg.extract.relations.shapes import SHAPES, Pair
from kg.extract.rules import Rules
from kg.model import Mention, Relation
from kg.schema import COMPANY, PROJECT, REGION, SELECTED_AS


class RelationFinder:
    def __init__(self, rules: Rules):
        self.patterns = load_patterns(rules)
        self.shapes: dict[str, Shape] = {}
        gazetteer = self.gazetteer = gazetteer_of(rules)
        for p in self.patterns:
            self.shapes[p.id] = SHAPES[p.shape](p, self.shapes)
            self.shapes[p.id].gazetteer = gazetteer
        for p in self.patterns:
            for key, kind, needs in (("of", Pair, "a pattern of shape pair"),
                                     ("no_head", Fallback, "a pattern a cue pattern can fall back on"),
                                     ("no_cue", Fallback, "a pattern a cue pattern can fall back on")):
                wrong = [ref for ref in _as_list(p.values.get(key, [])) if not isinstance(self.shapes[ref], kind)]
                if wrong:
                    raise p.error(f"'{key}' must name {needs}, not {', '.join(wrong)}")
        referenced = {ref for p in self.patterns for key in ("no_head", "no_cue")
                      for ref in _as_list(p.values.get(key, []))}
        self.sentence_shapes = [self.shapes[p.id] for p in self.patterns
                                if SHAPES[p.shape].scope == "sentence" and p.id not in referenced]
        self.document_shapes = [self.shapes[p.id] for p in self.patterns if SHAPES[p.shape].scope == "document"]
        self.own_shapes = [self.shapes[p.id] for p in self.patterns if SHAPES[p.shape].scope == "own"]
        self.last_shapes = [self.shapes[p.id] for p in self.patterns if SHAPES[p.shape].scope == "last"]
        self.text_shapes = [self.shapes[p.id] for p in self.patterns if SHAPES[p.shape].scope == "text"]
        self.own_place_rules = frozenset(p.id for p in self.patterns if p.values.get("own_place"))
        self._by_labels: dict[frozenset[str], list[Shape]] = {}
        self.lists = ListReader(rules, [p for p in self.patterns if SHAPES[p.shape].scope == "list"], gazetteer)
        self.anaphora = Anaphora(rules, gazetteer.full_names)
        selected_as = rules.relations["selected_as"]
        self.firm_program, self.place_program, self.below_province, self.below_county = (
            re.compile(f"(?:{selected_as[key]}){selected_as['program_head_end']}") for key in (
                "firm_program_heads", "place_only_program_heads", "below_province_heads", "below_county_heads"))

    def find(self, text: str, sentences: list[tuple[int, int]], mentions: list[Mention],
             nested: list[Mention]) -> list[Relation]:
        found: dict[tuple, Relation] = {}
        starts = [s for s, _ in sentences]
        ends = [m.end for m in mentions]  # mentions are sorted and do not overlap
        by_sentence = _group(mentions, sentences, starts)
        anaphors = self.anaphora.stand_ins(text, sentences, mentions)
        # a shape may carry an anaphor to the next sentence (在园区内，A…；B…): each is resolved wherever it is used
        every_stand_in = {a: m for found_in in anaphors.values() for a, m in found_in.items()}
        memory: dict = {}
        for index, (s_start, s_end) in enumerate(sentences):
            own = by_sentence[index]
            stand_ins = anaphors.get(index, {})
            ms = sorted(own + list(stand_ins)) if stand_ins else own
            if not ms:
                continue
            # a sentence keeps the line break that ends it: a paragraph begins after one that ends so
            line_break = text[sentences[index - 1][0]:s_start].rstrip(" \t").endswith("\n") if index else True
            sentence = Sentence(text, s_start, s_end, index, ms, own, (mentions, bisect.bisect_right(ends, s_start)),
                                line_break, memory)
            for shape in self._shapes_for(frozenset(m.label for m in ms)):
                for found_rel in shape.find(sentence):
                    for rel in self._resolved(found_rel, every_stand_in) if every_stand_in else [found_rel]:
                        key = (rel.head, rel.relation, rel.tail)
                        if key not in found or found[key].confidence < rel.confidence:
                            found[key] = rel
        sentence_of = {m: i for i, ms in enumerate(by_sentence) for m in ms}
        # the lists read 我县 and 园区 as places too (我县共有5家企业入选，分别是…; 园区…，先后引进A、B等企业落户):
        # what it stands for is the place
        homes = {a: m for index, found_in in anaphors.items() for a, m in found_in.items()
                 if self.anaphora.is_home(text[a.start:a.end]) or (a.label in PLACES and isinstance(m, Mention))}
        sentence_of.update((a, _sentence_of(a.start, sentences, starts)) for a in homes)
        listed = sorted([m for m in mentions if m in sentence_of] + list(homes))
        # (a region written only inside the name, 莒南县某某项目 where the text names 莒南县 nowhere else, is kept apart; a
        # park is the project's place however it is named, and so is the county written before it: 庆元县某某新区…项目)
        mentioned = set(mentions)
        named_in, named_inside = {}, {}
        for key, rels in self._named_places(text, sentences, starts, mentions, nested).items():
            (named_in if any(r.tail in mentioned or r.tail.label != REGION for r in rels) else named_inside)[key] = rels
        own_placed: dict[tuple[Mention, str], list[Mention]] = {}
        for r in found.values():
            if r.rule in self.own_place_rules:
                own_placed.setdefault((r.head, r.relation), []).append(r.tail)
        for listed_rel in self.lists.relations(text, sentences, listed, sentence_of, found.values()):
            for rel in self._resolved(listed_rel, homes):
                if (rel.head, rel.relation) not in named_in and not self._elsewhere(
                        text, rel.tail, own_placed.get((rel.head, rel.relation), ())):
                    found.setdefault((rel.head, rel.relation, rel.tail), rel)
        for rel in (r for rels in named_in.values() for r in rels):
            found.setdefault((rel.head, rel.relation, rel.tail), rel)
        for shape in self.document_shapes:
            for rel in shape.find_all(text, mentions, nested, lambda position: _sentence_of(position, sentences, starts)):
                found.setdefault((rel.head, rel.relation, rel.tail), rel)
        own = self.anaphora.own_region(text, mentions) if self.own_shapes else None
        if own is not None:
            for shape in self.own_shapes:
                for rel in shape.find_own(text, mentions, nested, list(found.values()), own,
                                          lambda position: _sentence_of(position, sentences, starts)):
                    found.setdefault((rel.head, rel.relation, rel.tail), rel)
        # (the places projects' names open with, which a report's place may hold: 桐柏县某某项目 under a headline of 南阳市)
        own_named = [r for rels in named_inside.values() for r in rels]
        for shape in self.last_shapes:
            for rel in shape.find_last(text, mentions, nested, list(found.values()),
                                       lambda position: _sentence_of(position, sentences, starts), own_named):
                found.setdefault((rel.head, rel.relation, rel.tail), rel)
        # 莒南县某某项目 where the county is named nowhere else: the place of a project that no other pattern placed
        placed = {(r.head, r.relation) for r in found.values()}
        for key, rels in named_inside.items():
            for rel in rels if key not in placed else ():
                found.setdefault((rel.head, rel.relation, rel.tail), rel)
        return sorted((r for r in found.values() if not self._unfit_selection(text, r)),
                      key=lambda r: (r.sentence, r.head.start, r.relation, r.tail.start))

    def _elsewhere(self, text: str, place: Mention, own: list[Mention] | tuple[()]) -> bool:
        """A list's place that none of a member's own places (某某项目（老河口市） under 宜城市…清单) lies in: two divisions
        of the gazetteer, the second not inside the first (a town or a park, unknown to it, may be)."""
        name = text[place.start:place.end]
        return any(p.label == REGION and place.label == REGION and (inner := text[p.start:p.end]) != name
                   and inner in self.gazetteer.region_names and not self.gazetteer.contains_any(name, inner) for p in own)

    def _unfit_selection(self, text: str, rel: Relation) -> bool:
        """A region selected as a program for firms only (`selected_as.firm_program_heads`): its firms were; a company
        as one for places only (`place_only_program_heads`): its place was; a province as one for counties or towns, a
        county as one for towns (`below_province_heads`, `below_county_heads`): its divisions were."""
        if rel.relation != SELECTED_AS or rel.head.label not in (REGION, COMPANY):
            return False
        heads = [self.place_program] if rel.head.label == COMPANY else [self.firm_program]
        if rel.head.label == REGION:
            place = text[rel.head.start:rel.head.end]
            heads.append(self.below_province if self._province_not_city(place) else
                         self.below_county if self.gazetteer.is_county(place) else None)
        return any(h is not None and h.search(text, rel.tail.start, rel.tail.end) for h in heads)

    def _province_not_city(self, place: str) -> bool:
        """湖北, 广西: a province; not 重庆, 上海 (a province that is a city: its full name ends in 市)."""
        return place in self.gazetteer.province_names and not any(
            full.endswith("市") for full in self.gazetteer.full_names.get(place, {place}))

    def _named_places(self, text, sentences, starts, mentions, nested) -> dict[tuple[Mention, str], list[Relation]]:
        """What the shapes that read the names themselves find (莒南县某某项目: the place opening a project's name),
        by head and relation, from the first shape that finds any: a member of a list whose own name says its place
        takes no other place from the list (1. 河东区A项目 2. 兰山区B项目: items each opening with their county)."""
        out: dict[tuple[Mention, str], list[Relation]] = {}
        for shape in self.text_shapes:
            found: dict[tuple[Mention, str], list[Relation]] = {}
            for rel in shape.find_text(text, mentions, lambda position: _sentence_of(position, sentences, starts), nested):
                found.setdefault((rel.head, rel.relation), []).append(rel)
            for key, rels in found.items():
                out.setdefault(key, rels)
        return out

    def _shapes_for(self, labels: frozenset[str]) -> list[Shape]:
        """The sentence shapes that can find something among mentions of these types, in order."""
        shapes = self._by_labels.get(labels)
        if shapes is None:
            shapes = self._by_labels[labels] = [s for s in self.sentence_shapes if s.applies(labels)]
        return shapes

    def _resolved(self, rel: Relation, stand_ins: dict[Mention, Mention | tuple[Mention, ...]]) -> list[Relation]:
        """The relation with each anaphor replaced by what it stands for (这两家企业: each member of the list it
        stands for); none that then links a thing to itself."""
        head, tail = stand_ins.get(rel.head, rel.head), stand_ins.get(rel.tail, rel.tail)
        if head is rel.head and tail is rel.tail:
            return [rel]
        heads = head if isinstance(head, tuple) else (head,)
        tails = tail if isinstance(tail, tuple) else (tail,)
        return [Relation(h, rel.relation, t, rel.sentence, rel.confidence * self.anaphora.factor, f"{rel.rule}.anaphor")
                for h in heads for t in tails if h != t]


def _as_list(value) -> list:
    return value if isinstance(value, list) else [value]


def _group(mentions: list[Mention], sentences: list[tuple[int, int]], starts: list[int]) -> list[list[Mention]]:
    groups: list[list[Mention]] = [[] for _ in sentences]
    for m in mentions:
        i = _sentence_of(m.start, sentences, starts)
        if i is not None:
            groups[i].append(m)
    return groups


def _sentence_of(position: int, sentences: list[tuple[int, int]], starts: list[int]) -> int | None:
    i = bisect.bisect_right(starts, position) - 1
    return i if i >= 0 and position < sentences[i][1] else None
