"""Titles and designations read from how they are written: a quoted title after a cue of conferring, its level before
it (创建国家级“和美海岛”), one passed (通过国家大学科技园认定), a member of a list of titles shaped as a park's name
(获得A、陕西省示范县域工业集中区等称号). Mixed into kg.extract.entities.program_forms.ProgramForms, whose patterns it uses."""
from __future__ import annotations

import re

from kg.extract.entities.state import DocState
from kg.schema import PARK

AIM_BEFORE = re.compile(r"(?:积极|正在|启动|全力|力争|争取|加快|着力|努力|将|拟|计划)$")  # before a cue: what is sought


class ProgramTitles:
    """Needs ProgramRecogniser's `heads`, `single_title_re`, `quoted_re`, `title_cues`, `titles_end_re`, `scope_re`,
    `gazetteer` and `_program_in`."""

    def _level_before_title(self, text: str, title: re.Match) -> bool:
        """创建国家级“和美海岛”: a level before a quoted title of no program's head scopes it (省级“绿色工厂”: read as usual,
        level and all)."""
        return title.start(1) - title.start() > 1 and self.heads.search(text, *title.span(1)) is None

    def _title_spans(self, doc: DocState, run: re.Match, position: int) -> list[tuple[int, int]]:
        """The quoted titles of a run; a single one with its level before it, level and all (国家级“和美海岛”: not the
        provincial one's name; 全国“X”: the title alone)."""
        if run.re is self.single_title_re and self._level_before_title(doc.text, run) and doc.text.endswith("级", 0, run.start(1) - 1):
            return [] if doc.programs.overlaps(run.start(), run.end()) else [(run.start(), run.end())]
        return [m.span(1) for m in self.quoted_re.finditer(doc.text, position, run.end()) if not doc.programs.overlaps(*m.span(1))]

    def _conferring(self, text: str, cue: re.Match) -> bool:
        """A cue of conferring (title_cues), not one of an aim (积极创建, 正在创建, 力争创建: what is sought, no title held)."""
        return cue.group() in self.title_cues and not AIM_BEFORE.search(text, max(0, cue.start() - 4), cue.start())

    def _passed(self, doc: DocState, passed: re.Match) -> tuple[int, int] | None:
        """通过国家高新技术企业认定: the designation passed; a scoped kind of park too (通过国家大学科技园认定: a designation
        of parks, not a park), unless a place follows the scope (通过国家级宁波石化经济技术开发区备案: a park named so)."""
        found = self._program_in(doc.text, *passed.span(1), needs_scope=False)
        parks = [m for m in doc.names.overlapping(*passed.span(1)) if m.label == PARK]
        scope = self.scope_re.match(passed.group(1))
        if found is None and scope and parks and parks[-1].end == passed.end(1) and parks[0].start >= passed.start(1) \
                and not self.gazetteer.region_re.match(passed.group(1), scope.end()):
            for park in parks:
                doc.names.remove(park)
            return passed.span(1)
        return found

    def _whole_title(self, doc: DocState, found: tuple[int, int] | None, end: int) -> tuple[int, int] | None:
        """获得A、陕西省示范县域工业集中区等称号: in a list of titles, a member found short of a park's name that runs to the
        member's end is that whole name, a title (the park's name goes)."""
        if found is None or found[1] >= end or not self.titles_end_re.match(doc.text, end):
            return found
        parks = [m for m in doc.names.overlapping(found[0], end) if m.label == PARK]
        if not parks or parks[-1].end != end or parks[0].start < found[0]:
            return found
        for park in parks:
            doc.names.remove(park)
        return found[0], end
