"""Projects a counted list names by their owners (project.yaml `owned_members_opener`): 此次获批的3个项目分别是：A公司的X，
B研究所的Y，以及C公司的Z — each X a project though no suffix ends it, when the members are as many as counted."""
from __future__ import annotations

import re
from itertools import islice
from typing import Any

from kg.extract.entities.names import NameText
from kg.extract.entities.state import DocState
from kg.extract.text import count_value
from kg.schema import COMPANY, PROJECT

MEMBER_END = re.compile(r"[。；;！？!?\n]")
MIN_OWNER, MIN_ITEM, MAX_ITEM = 2, 6, 40  # characters of an owner's name, and of what it owns (not 智能工厂: a kind)
MAX_OWNER = 40  # characters read for the owner's 的 (a member's owner, not a clause after the list)


class OwnedProjects:
    def __init__(self, project: dict[str, Any], park_suffixes: list[str], names: NameText):
        self.names, self.park_suffixes = names, tuple(park_suffixes)
        self.opener_re = re.compile(project["owned_members_opener"])
        self.joint_re = re.compile(project["owned_member_joints"])
        self.owner_bodies = tuple(project["owner_bodies"])

    def find(self, doc: DocState) -> None:
        text = doc.text
        for opener in self.opener_re.finditer(text):
            end = MEMBER_END.search(text, opener.end())
            end = end.start() if end else len(text)
            counted = count_value(opener.group(1))
            members = self._members(doc, opener.end(), end, counted)
            if members and members[-1] is None:
                members.pop()  # …，总投资3亿元: a clause after the list, no member
            if members and None not in members and len(members) == counted:
                for start, stop in members:
                    if not doc.names.overlaps(start, stop):
                        doc.names.add(start, stop, PROJECT, "project.owned_member")

    def _members(self, doc: DocState, start: int, end: int, counted: int) -> list[tuple[int, int] | None]:
        """The span of what each member's owner owns (after its 的), None for a member no owner opens; one member more than
        counted at the most (a clause after the list, or a list too long), so that no opener reads past its own list."""
        text, bounds, position = doc.text, [], start
        for joint in islice(self.joint_re.finditer(text, start, end), counted + 1):
            bounds.append((position, joint.start()))
            position = joint.end()
        bounds.append((position, end))
        return [self._owned(doc, s, e) for s, e in bounds]

    def _owned(self, doc: DocState, start: int, end: int) -> tuple[int, int] | None:
        """What a found firm (or a body: 某研究所) and its 的 own (位于某园区的凯岚科技的X: the 的 after the firm's name);
        not a town's or a school's (城关镇的污水处理厂: works of a place)."""
        text = doc.text
        of = next((i for i in range(start + MIN_OWNER, min(end, start + MAX_OWNER)) if text[i] == "的" and (
            doc.names.label_at(i - 1) == COMPANY and doc.names.at(i - 1).end == i
            or text.endswith(self.owner_bodies, start, i))), -1)
        if of == -1:
            return None
        item_start, item_end = of + 1, end
        while item_start < item_end and text[item_start].isspace():
            item_start += 1
        while item_end > item_start and text[item_end - 1].isspace():
            item_end -= 1
        if not MIN_ITEM <= item_end - item_start <= MAX_ITEM or not self.names.name_run.fullmatch(
                text, item_start, item_end) or text.endswith(self.park_suffixes, item_start, item_end):  # (…的某某产业园: a park)
            return None
        return item_start, item_end
