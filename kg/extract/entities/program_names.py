"""The name of a program a run of text holds (program.yaml `heads`): past an order (成为我省第七家…), a scope or a place
before it, up to its head and what closes it (a bracket, a quote, 称号). Mixed into kg.extract.entities.programs.ProgramRecogniser,
whose patterns it uses."""
from __future__ import annotations

import re

from kg.extract.entities.names import QUOTES
from kg.extract.entities.program_forms import YEAR_OPENING

ORDER_BEFORE = re.compile(r"(?:第[一二三四五六七八九十\d]+[家个]|首[个家]|最大的?)$")
DOTTED_PLACE = re.compile(r"[·•][\u4e00-\u9fff]{1,6}(?=”)")  # “中国银饰之都·秀屿”: a title given to that place
MIN_TITLE = 4  # characters of a title's name before 称号 (荣获全国…先进地区称号)


class ProgramNames:
    """Needs the ProgramRecogniser's patterns (`heads`, `level_heads`, `order_ordinal_re`, `qualifier_re`…), its word lists
    (`praise_before_title`…), `names` and `_level_only`."""

    def _program_in(self, text: str, start: int, end: int, needs_scope: bool) -> tuple[int, int] | None:
        heads = list(self.heads.finditer(text, start, end))
        while heads and text[heads[-1].end():heads[-1].end() + 1] != "”" and text.endswith(
                self.level_heads, start, heads[-1].end()) and not self._level_only(
                self.order_ordinal_re.sub("", text[start:heads[-1].end()].strip(QUOTES), 1)) and not (
                needs_scope is False and self._designated_kind(text, start, heads[-1].end())):
            heads.pop()  # 国家生态工业示范园区和江苏省先进开发区: the rank of a park ends no name with one of its own
            # (a quote closing it makes it a title: “省级一类工业园区”; after a cue, a designation before the kind of
            # park makes it one: 入选亚洲投资价值示范开发区)
        if not heads:
            return self._batch_title(text, start, end)
        stop = heads[-1].end()
        if text.count("（", start, stop) > text.count("）", start, stop) and text.startswith("）", stop):
            stop += 1  # 北京市专精特新特色园区（试点）: the bracket the name opened closes in it
        if (dotted := DOTTED_PLACE.match(text, stop)) and "“" in text[max(0, start - 1):stop]:
            stop = dotted.end()  # “中国银饰之都·秀屿”: the place after the dot is the quoted title's
        title = self.conferred_title_re.search(text, start, stop)
        if not title and text.startswith("称号", heads[-1].start()) and heads[-1].start() - start >= MIN_TITLE:
            # 荣获全国…先进地区称号, 荣获中国最具幸福感城区称号: the title is the name before 称号, and before words of praise
            # (…“十佳”荣誉称号), when four characters or more stay
            stop = heads[-1].start()
            stop -= len(next((w for w in self.praise_before_title if text.endswith(w, start + MIN_TITLE, stop)), ""))
        while start < stop and text[start] in QUOTES:
            start += 1
        if start > 0 and text[start - 1] == "“" and text.count("”", start, stop) > text.count("“", start, stop):
            start -= 1  # “龙江老字号”企业: the quotes close inside the name, which keeps them
        if title:  # 授予…“X”称号: the title is what the quotes hold
            start, stop = title.start(1), title.end(1)
        if orders := list(self.order_word_re.finditer(text, start, stop)):
            start = orders[-1].end()  # 江苏首个AABI亚洲最佳孵化器: the first of a designation in a place, named after the order word
        if (ordinal := self.order_ordinal_re.match(text, start, stop)) and stop - ordinal.end() >= 4:
            start = ordinal.end()  # 成为我省第七家国家级经开区, 确定为全国第6个某某示范基地: its place in the count
        name = text[start:stop]
        plain = name.strip(QUOTES)
        bare = self.part_note_re.sub("", self.list_word_re.sub("", plain))
        if (len(bare) < 4 or plain in self.not_programs or self.joined_quotes_re.search(plain) or self._generic_core(bare)
                or self.praise_only_re.fullmatch(plain) and not self.praise_cue_re.search(text, max(0, start - 4), start)
                or any(w in plain for w in self.not_in_programs) or text[heads[-1].start() - 1] == "等"):
            return None
        # quoted: 入选“X”, or a designation whose head the quotes close (评出某某“好项目”)
        quoted = (start > 0 and text[start - 1] in QUOTES) or "“" in name and (text[stop:stop + 1] == "”" or (
            name.startswith("“") and "”" in name[:-1] and not self.worked_for_re.match(text, stop)
            and not self.creating_cue_re.search(text, max(0, start - 4), start)))  # (入选“数字领航”企业; not 创建“五好”园区)
        dated = YEAR_OPENING.sub("", plain)  # 2017年度第二批清洁生产企业: the scope after the year
        scoped = self.scope_re.match(dated) is not None or self.gazetteer.region_re.match(dated) is not None or (
            not needs_scope and self.inner_scope_re.search(plain) is not None)
        designated, listed = self.designation_re.search(plain) is not None, self.list_word_re.search(plain) is not None
        if not designated and text.endswith(self.designated_heads, start, stop):
            return None  # 纳入全市“头号工程”: a slogan, no designation
        if needs_scope and not designated and not (text.endswith(self.level_heads, start, stop) and self._level_only(plain)
                                                   and not ORDER_BEFORE.search(text, max(0, start - 8), start)
                                                   and not self.names.count.search(plain)):
            return None  # (是省级开发区: a park's rank, scoped, is a designation; not 第一家省级开发区, 丽江现有两个省级开发区)
        if not (designated or scoped or listed or quoted) or not (designated or scoped or quoted) and self.names.is_generic(
                self.procedure_re.sub("", bare)):
            return None  # (入选企业认定名单: the list the text is about, not a program of its own)
        if not (designated or quoted) and self.batch_re.fullmatch(self.procedure_re.sub("", bare)):
            return None  # 第三批复核拟通过名单: a batch of the list named before, no name of its own
        if name.endswith(tuple(QUOTES)) and name.count("“") < name.count("”"):
            stop -= 1  # (全国县域商业“领跑县” keeps the quotes it opened)
        elif text[stop:stop + 1] in QUOTES and name.count("“") > name.count("”"):
            stop += 1  # 国家专精特新“小巨人”: the quotes around the head close in the name
        scoped = self.scoped_title_re.fullmatch(text, start, stop)
        if scoped:  # 全省“2022年县域经济发展进步县”: the title is what the quotes hold
            start, stop = scoped.span(1)
        qualifier = self.qualifier_re.match(text, stop)
        return start, qualifier.end() if qualifier else stop
