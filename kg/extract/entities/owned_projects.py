"""Projects a counted list names by their owners (project.yaml `owned_members_opener`): 此次获批的3个项目分别是：A公司的X，
B研究所的Y，以及C公司的Z — each X a project though no suffix ends it, when the members are as many as counted."""
from __future__ import annotations

import re
from typing import Any

from kg.extract.entities.names import NameText
from kg.extract.entities.state import DocState
from kg.extract.text import count_value
from kg.schema import PROJECT

MEMBER_END = re.compile(r"[。；;！？!?\n]")
MIN_OWNER, MIN_ITEM, MAX_ITEM = 2, 4, 40  # characters of an owner's name, and of what it owns


class OwnedProjects:
    def __init__(self, project: dict[str, Any], park_suffixes: list[str], names: NameText):
        self.names, self.park_suffixes = names, tuple(park_suffixes)
        self.opener_re = re.compile(project["owned_members_opener"])
        self.joint_re = re.compile(project["owned_member_joints"])

    def find(self, doc: DocState) -> None:
        text = doc.text
        for opener in self.opener_re.finditer(text):
            end = MEMBER_END.search(text, opener.end())
            end = end.start() if end else len(text)
            members = self._members(text, opener.end(), end)
            if members and len(members) == count_value(opener.group(1)):
                for start, stop in members:
                    if not doc.names.overlaps(start, stop):
                        doc.names.add(start, stop, PROJECT, "project.owned_member")

    def _members(self, text: str, start: int, end: int) -> list[tuple[int, int]] | None:
        """The span of what each member's owner owns (after its 的), or None when a member has no owner and 的."""
        bounds, position = [], start
        for joint in self.joint_re.finditer(text, start, end):
            bounds.append((position, joint.start()))
            position = joint.end()
        bounds.append((position, end))
        owned = []
        for s, e in bounds:
            of = text.find("的", s, e)  # (the owner's: 某公司的年产10万吨的…, where the item's own 的 follows, is no member)
            item_start, item_end = of + 1, e
            while item_start < item_end and text[item_start].isspace():
                item_start += 1
            while item_end > item_start and text[item_end - 1].isspace():
                item_end -= 1
            if of - s < MIN_OWNER or not MIN_ITEM <= item_end - item_start <= MAX_ITEM \
                    or not self.names.name_run.fullmatch(text, item_start, item_end) \
                    or text.endswith(self.park_suffixes, item_start, item_end):  # (…的某某产业园: a park)
                return None
            owned.append((item_start, item_end))
        return owned
