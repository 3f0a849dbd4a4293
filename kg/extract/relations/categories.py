"""A list's categories (scope `last`: given the relations found before it): 公布了自治区第六批绿色制造名单 … 进入绿色工厂
名单的有A、B. A category is named bare by the list's family word (绿色 of 绿色制造名单), perhaps after its level, a few
sentences after the list: what is selected into it is in the list too."""
from __future__ import annotations

from kg.extract.relations.sentence import Shape
from kg.model import Mention, Relation

CLAUSE_MARKS = "，,；;"


class ListCategories(Shape):
    """`list_name` finds a list's name and its `family` group; a program opening with `level` and the family word,
    at most `max_category` characters long (绿色工厂名单 too), within `reach` sentences after the list, is one of its
    categories, unless `sibling` follows the family word (绿色制造系统集成专项: another program of the family) or
    `history` stands in the clause before the category (此前，A已于2021年入选绿色工厂)."""
    scope = "last"
    options = ("list_name", "level", "max_category", "reach", "history", "sibling")

    def __init__(self, pattern, others):
        super().__init__(pattern, others)
        self.list_name = pattern.regex("list_name")
        self.level = pattern.regex("level", "")
        self.max_category = int(pattern.value("max_category", 12))
        self.reach = int(pattern.value("reach", 10))
        self.history = pattern.regex("history", "(?!)")
        self.sibling = pattern.regex("sibling", "(?!)")

    def find_last(self, text: str, mentions: list[Mention], nested: list[Mention], found: list[Relation],
                  sentence_of, named_in_names: list[Relation] = ()) -> list[Relation]:
        p = self.pattern
        lists = [(m, sentence_of(m.start), named.group("family")) for m in mentions if m.label in p.tail
                 and (named := self.list_name.search(text[m.start:m.end]))]
        out = []
        for rel in (r for r in found if lists and r.relation == p.relation and r.head.label in p.head):
            category = text[rel.tail.start:rel.tail.end]
            if len(category) > self.max_category:
                continue
            bare = category[self.level.match(category).end():]
            umbrella = [m for m, at, family in lists if m.start < rel.tail.start and bare.startswith(family)
                        and not self.sibling.match(bare, len(family))
                        and 0 <= rel.sentence - at <= self.reach and text[m.start:m.end] != category]
            if not umbrella:
                continue
            clause = max(text.rfind(mark, rel.head.end, rel.tail.start) for mark in CLAUSE_MARKS) + 1 or rel.head.end
            if not self.history.search(text, clause, rel.tail.start):  # (此前，A已于2021年入选绿色工厂: not this list)
                out.append(p.relation_of(rel.head, umbrella[-1], rel.sentence))
        return out
