"""Projects listed after a count of projects and an opener (project.yaml, `list_openers`):
6个城市功能完善类项目分别是A、B、C项目, or one a line after 共有N个项目…：  — every member names a
project, as A and A项目 (guidelines)."""
from __future__ import annotations

import re
from typing import Any

from kg.extract.entities.companies import CompanyRecogniser
from kg.extract.entities.gazetteer import Gazetteer
from kg.extract.entities.names import QUOTES, NameText, bare
from kg.extract.entities.state import DocState
from kg.extract.search import alternation
from kg.model import Mention
from kg.schema import COMPANY, PROJECT

MEMBER_END = re.compile(r"[。；;！？!?\n]")
# 1. A项目 / （2）B / 3、C；: one member of a numbered list on its line
NUMBERED_LINE = re.compile(r"[ \t]*[（(]?\d{1,3}[.．、）)][ \t]*([^\n。；;]+?)[ \t]*[。；;，,]?[ \t]*(?=\n|$)")


class ProjectLists:
    def __init__(self, project: dict[str, Any], names: NameText, gazetteer: Gazetteer, companies: CompanyRecogniser):
        self.names, self.gazetteer, self.companies = names, gazetteer, companies
        suffixes = alternation(project["suffixes"])
        count = r"(?:\d+|[一二三四五六七八九十两]+)\s*[个项]"
        openers = alternation(project["list_openers"])
        # 4个基础设施类项目分别是：, 此次开工的项目共7个，分别是： a count of projects and an opener
        self.opener_re = re.compile(
            rf"(?:{count}[^，。；、\n]{{0,10}}?(?:{suffixes})[^，。；、\n]{{0,4}}?"
            rf"|(?:{suffixes})(?:共有|共)?\s*{count}[，,]?)(?:{openers})[：:]?")
        # 共有5个项目获得支持，名单如下：, then one member a line (1. A项目)
        self.numbered_opener_re = re.compile(
            rf"{count}[^。；\n]{{0,30}}?(?:{suffixes})[^。；\n]{{0,20}}?[：:][ \t]*\n")
        self.suffix_end_re = re.compile(rf"(?:{suffixes})$")

    def find(self, doc: DocState) -> None:
        text = doc.text
        for opener in self.opener_re.finditer(text):
            end = MEMBER_END.search(text, opener.end())
            end = end.start() if end else len(text)
            position = opener.end()
            for member in re.finditer("[^、]+", text[position:end]):
                self._add_member(doc, position + member.start(), position + member.end())
        for opener in self.numbered_opener_re.finditer(text):
            for line in NUMBERED_LINE.finditer(text, opener.end()):
                if line.start() != opener.end() and text[line.start() - 1] != "\n":
                    break
                self._add_member(doc, line.start(1), line.end(1))
                if line.end() >= len(text) or not NUMBERED_LINE.match(text, line.end() + 1):
                    break

    def _add_member(self, doc: DocState, start: int, end: int) -> None:
        text = doc.text
        while start < end and text[start] in QUOTES + " ":
            start += 1
        while end > start and text[end - 1] in QUOTES + " ":
            end -= 1
        name = text[start:end]
        if (self.suffix_end_re.search(name) or not 2 <= len(bare(name)) <= 30 or self.names.is_generic(name)
                or name in self.gazetteer.region_names or self.names.count.search(name)
                or any(not (self.names.is_name_char(ch) or ch in "（）()") for ch in name)):
            return  # a member with its suffix was found as a name; punctuation means it is no plain list
        inside = [m for m in doc.names if start <= m.start and m.end <= end]
        if any(m.start == start and m.end == end for m in inside) or (
                doc.names.overlaps(start, end) and len(inside) != sum(1 for m in doc.names if m.start < end and m.end > start)):
            return  # the member is another type's name, or crosses one
        for m in inside:  # a park or a company inside a project's name belongs to it (guidelines)
            doc.names.remove(m)
            if m.label == COMPANY:
                doc.nested.append(m)
        doc.names.add(start, end, PROJECT, "project.counted_list")
        doc.aliases.append((PROJECT, name, name + "项目"))
        if self.companies.ends_with_industry_word(name) and self.companies.is_short_name(name):
            doc.nested.append(Mention(start, end, COMPANY, "company.list_project"))
