"""A list's categories (scope `last`: given all that was found before): 公布了自治区第六批绿色制造名单 … 进入绿色工厂名单的
有A、B. A category is named bare by the list's family word (绿色 of 绿色制造名单), so what is selected into it is in the
list named before it too."""
from __future__ import annotations

from kg.extract.relations.sentence import Shape
from kg.model import Mention, Relation


class ListCategories(Shape):
    """`list_name` finds a list's name and its `family` group; a program after it, opening with the family word and
    at most `max_category` characters long, is one of its categories."""
    scope = "last"
    options = ("list_name", "max_category")

    def __init__(self, pattern, others):
        super().__init__(pattern, others)
        self.list_name = pattern.regex("list_name")
        self.max_category = int(pattern.value("max_category", 12))

    def find_last(self, text: str, mentions: list[Mention], nested: list[Mention], found: list[Relation],
                  sentence_of) -> list[Relation]:
        p = self.pattern
        lists = [(m, named.group("family")) for m in mentions if m.label in p.tail
                 and (named := self.list_name.search(text, m.start, m.end))]
        if not lists:
            return []
        out = []
        for rel in found:
            if rel.relation != p.relation or rel.head.label not in p.head:
                continue
            category = text[rel.tail.start:rel.tail.end]
            umbrella = [m for m, family in lists if m.start < rel.tail.start and category.startswith(family)
                        and len(category) <= self.max_category and text[m.start:m.end] != category]
            if umbrella:
                out.append(p.relation_of(rel.head, umbrella[-1], rel.sentence))
        return out
