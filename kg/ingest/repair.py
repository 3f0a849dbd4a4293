"""Stage 1b: text laid out for print, repaired for extraction, with offsets back to it.

Text taken from a PDF (or copied out of one into a .txt file) has spaces where
its layout had gaps (`唐家湾 110 千伏输变电工程`, `政 府 工 作 报 告`) and line
breaks wherever a line was full, also inside names. Extraction reads the
repaired text; every sentence is still cited as the text had it, through the
offset map that `Repaired` keeps (repairs only delete characters, so each
character of the repaired text is one character of the text as read).

Traditional-Chinese text is converted to Simplified for extraction (our rules
and gazetteers are Simplified) with OpenCC, character for character, so the
offsets stay; the sentences cited keep the Traditional original.
Half-width clause marks beside a Chinese character (`,` `;` `:` `!` `?`, which web pages mix with
the full-width ones) are read full width the same way, and the rules of a table pasted as text
(`1 | 某镇 | 某某有限公司 |`) as tabs, the gaps between cells that the table rules read.

Clean text is left alone: no space touches a Chinese character, and every line
either ends a sentence or is shorter than a full line.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
ALNUM = "0-9A-Za-z０-９Ａ-Ｚａ-ｚ"
OPENERS, CLOSING_PUNCTUATION = "（“‘《「『【", "，。、；：！？）”’》」』】"
GAP = re.compile("[ \t\u00a0]+")  # no line break: those are the next rule's
HALF_WIDTH_MARK = re.compile("[,;:!?]")
HALF_WIDTH_BESIDE_HAN = re.compile(f"(?<=[{HAN}])[,;:!?]|[,;:!?](?=[{HAN}])")
TABLE_RULE = re.compile("[|｜]")
RULED_LINE = re.compile("^[^\n|｜]*[|｜][^\n|｜]*[|｜][^\n]*$", re.M)  # two rules or more: a table's row, not 标题 | 副标题
FULL_WIDTH = str.maketrans(",;:!?", "，；：！？")
IS_HAN, IS_ALNUM = re.compile(f"[{HAN}]"), re.compile(f"[{ALNUM}]")
NUMBER_BEFORE, UNIT_AFTER = re.compile(r"[0-9０-９][0-9０-９.]*$"), re.compile("[A-Za-zＡ-Ｚａ-ｚ]+")
# words that end names: a line break inside one, two of their characters or more on the next line, is the layout's,
# whatever the line's width (某某硅业有 / 限公司; not 32项 / 目前)
NAME_WORDS = ("有限公司", "有限责任公司", "股份有限公司", "开发区", "产业园", "工业园", "高新区", "经开区", "园区")
MIN_WORD_AFTER_BREAK = 2
SPACED_NAME_WORDS = (*NAME_WORDS, "集团")  # …and a space inside one of these is the layout's too (某某集 团)
LONGEST_NAME_WORD = max(map(len, SPACED_NAME_WORDS))
WORD_GOES_ON = {"区": "委", "团": "队"}  # (工业园 区委书记, 人才聚集 团队; not 集 团委托, 经开 区长期: the name's)
LEGAL_FORMS = ("有限公司", "有限责任公司", "股份有限公司")
MAX_ITEMS = 30  # lines read back for the colon that opens a list of items
ITEM_GOES_ON = "，,、与和及同由向对为在将把以从经"  # what ends a line whose clause goes on on the next
PARAGRAPH_WORDS = "此外|另外|同时|目前|截至|据悉|据了解|据介绍"  # 此外，…: words that open a paragraph
PARAGRAPH_OPENING = re.compile(rf"(?:{PARAGRAPH_WORDS}|\d{{1,2}}月(?:\d{{1,2}}日)?|\d{{4}}年)[，,]")  # (…, 8月，…)
# 11. 某某项目 / 上述项目合计投资12.2亿元: after a numbered list's last item, a sentence about its items or a new paragraph
LIST_AFTER = re.compile(rf"(?:上述|以上|前述|这些)|(?:{PARAGRAPH_WORDS})[，,]")
FIRM_OPENING = re.compile(f"[{HAN}（）()]{{4,30}}?(?:{'|'.join(LEGAL_FORMS)})(?!的)")  # a line opening with a firm's legal name
LEGAL_FORM_AHEAD = re.compile(f"[{HAN}]{{1,4}}(?:{'|'.join(LEGAL_FORMS)})(?=[{HAN}]{{2}})")  # (its sentence goes on)
SECTION_NUMBER = re.compile(r"[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]")  # a section's, not an item's
MIN_LISTED_NAME = 6  # characters of the shortest name on a line of its own in a list without numbers
NAME_LINE_ENDS = ("公司", "集团", "中心", "厂", "园区", "项目", "工程", "政府", "镇", "街道")  # what ends a line that is a name of a list
LABELLED_LINE = re.compile(r"[^\n：:，,。；;、]{1,8}[：:]")  # 眉山市：A、B / 资阳市：C: lines headed alike are items
BODY_PUNCTUATION = re.compile(r"[，、。；：！？,;]")
# 某某纺织有限公司6万锭紧密纺、300台大圆织布机项目（宜城市）: a project's name and its place's note in brackets end a line
# of a list, 、 inside the name or not (not a phase's note, （一期）, （第二批）: a wrapped sentence may go on after it)
NOTED_NAME_LINE = re.compile(r"[^，。；：！？,;:]+(?:项目|工程)[（(](?![^（）()]*[期批号])[^（）()，。；\d]{1,8}[）)]")
JOINERS = "/-－／"  # characters that join the words on either side of them (万吨/年, 烧碱-PVC-水泥)
ITEM_END = "。！？!?；;：:，,、）)”’"  # an item of a list that ends so is whole: the next line is not its rest
ITEM_NAME_ENDS = ("公司", "集团")  # nor is it after a company's bare name (5. 某某科技有限公司)
COUNTED = "家个项亿万元年月日号批届期吨千百%强位名倍"  # after a number, what it counts (20 家, 100 强): no item's number
# a decimal's point, before digits and what they measure (53.5 亿元, 0.6米, 1.8GW), is no item's (1.2024年度…名单, 1.1 产业项目)
DECIMAL = r"(?![0-9０-９]{4}年)[0-9０-９]+(?:[^\s0-9０-９]|\s+(?:[亿万千百元吨个家项倍米%％]|平方|公里|公顷|美元|兆瓦|千瓦))"
ITEM_NUMBER = re.compile(rf"[0-9０-９]+(?:[.．](?!{DECIMAL})|[、）)]|[ \t]{{2,}})|[0-9０-９]{{1,3}}[ \t](?![{COUNTED}])")  # items whose broken lines are joined (not 一、 headings)
ROW_NUMBER = re.compile(r"[ \t]*[0-9０-９]{1,3}")  # opening a table's row, before a wide gap
LETTER_SPACED_RUN = 3  # 政 府 工 作 报 告: this many characters or more, each one space apart, are one word
LINE_START = re.compile(f"[{HAN}{ALNUM}{OPENERS}]")  # of a line that continues the one before
LINE_BREAK = re.compile(r"[ \t]*\n[ \t]*")
WHITE_SPACE = re.compile(r"\s+")
# A line that ends in one of LINE_END (then perhaps CLOSERS) ends a sentence: it was not wrapped (here, in
# kg.ingest.read) and is not a headline (kg.ingest.about). Sentences themselves are split by kg.extract.text.
LINE_END, CLOSERS = "。！？!?；;：:…↓", "”’」』)）】"  # (一起来看看↓: what follows is below)
# A byline (来源：某日报 2021-12-20, 责任编辑：某某) is a line of its own, however wide: no line is joined to it, nor it to
# the next.
# …and so is a paper's or a site's dateline (洛阳日报 2020年11月21日 第001版：首版, 长乐新闻网 2019-12-11 08:57:54; not a
# sentence citing one: 据湖北日报 2021年3月5日报道，…).
BYLINE = re.compile(r"(?:来源|作者|记者|通讯员|编辑|责任编辑|发布时间|发布日期|发布单位|发布机构|时间|日期)\s*[：:]"
                    r"|(?!据)[^\s，。；：:]{2,12}(?:日报|晚报|时报|商报|报|网)\s+\d{4}(?:\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|-\d{1,2}-\d{1,2})"
                    r"(?=\s|$)(?!\s*(?:报道|消息|讯|电))")
LIST_START = re.compile(rf"(?:[0-9０-９]+(?:[.．](?!{DECIMAL})|[、）)])|[0-9０-９]{{1,3}}[ \t\u3000]{{2,}}|[0-9０-９]{{1,3}}[ \t\u3000](?![{COUNTED}])|[（(][0-9一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、|[•·●○■□◆-])")
FULL_LINE = 0.85  # a line this close to the text's usual width was broken by the layout
WIDER_LINE = 1.25  # …unless the next line is this much wider than that width and than the line: no layout wraps at it (a headline's line)
MIN_WIDTH = 8  # narrower "columns" are lists, not wrapped text
TRADITIONAL_SHARE = 0.05  # of Chinese characters that OpenCC changes: more than this is Traditional text


@dataclass(frozen=True)
class Repaired:
    """`text` for extraction; `source` as read; `runs` map each run of kept characters back to it."""

    text: str
    source: str
    runs: tuple[tuple[int, int], ...] = field(default=((0, 0),))  # (start in text, start in source)
    traditional: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "_starts", [start for start, _ in self.runs])
        object.__setattr__(self, "changed", self.text != self.source)  # once: cite() runs per sentence

    def source_offset(self, offset: int) -> int:
        """The position in `source` of the character at `offset` in `text`."""
        start, source_start = self.runs[bisect.bisect_right(self._starts, offset) - 1]
        return source_start + offset - start

    def cite(self, start: int, end: int) -> str:
        """The source text of text[start:end] (a sentence), its joined line breaks removed."""
        if not self.changed:
            return self.text[start:end].strip()
        if end <= start:
            return ""
        cited = self.source[self.source_offset(start):self.source_offset(end - 1) + 1]
        return LINE_BREAK.sub("", cited).strip()

    def written(self, start: int, end: int) -> str | None:
        """The name text[start:end] in the characters the file writes it in, where they differ (Traditional text):
        a graph keeps a name as its text writes it too, so that 雙鴨山市 finds the node 双鸭山市."""
        if not self.traditional or end <= start:
            return None
        source = WHITE_SPACE.sub("", self.source[self.source_offset(start):self.source_offset(end - 1) + 1])
        name = self.text[start:end]
        if len(source) != len(name):
            return None
        form = "".join(written if IS_HAN.match(written) else read for read, written in zip(name, source))
        return form if form != name else None


def repair(text: str, pdf: bool = False) -> Repaired:
    """Repair `text` (already normalised by kg.ingest.read) for extraction. `pdf`: every gap between two
    Chinese characters is a layout gap, not only those of letter-spaced runs."""
    readable, traditional = to_simplified(text)
    readable = widen_punctuation(readable)
    cuts = _space_cuts(readable, pdf)
    after_spaces = _apply(readable, cuts)
    cuts = _merge(cuts, _line_cuts(after_spaces.text, after_spaces))
    if not cuts:
        return Repaired(open_table_rules(readable), text, traditional=traditional)
    repaired = _apply(readable, cuts)  # (a table's rules become tabs last: no cut of spaces or lines reads them)
    return Repaired(open_table_rules(repaired.text), text, repaired.runs, traditional)


def _space_cuts(text: str, pdf: bool) -> list[tuple[int, int]]:
    """Spaces between a Chinese character and a digit, Latin letter or Chinese punctuation, beside full-width
    punctuation, beside a joiner with a word on its other side; between two Chinese characters in a PDF's text, in a
    letter-spaced run or before a company's legal form."""
    gaps = [m.span() for m in GAP.finditer(text)]  # few in Chinese text: checked one by one
    spaced = set() if pdf else _letter_spaced(text, gaps)
    cuts = []
    for i, (start, end) in enumerate(gaps):
        before, after = text[start - 1:start], text[end:end + 1]
        if not before or not after or ROW_NUMBER.fullmatch(text, text.rfind("\n", 0, start) + 1, start) and (
                end - start >= 2 or after not in COUNTED):
            continue  # 1  某某产业集聚区  机电设备: a table's row number, then its columns; 1 开封某某开发区: an item's number
        han_before, han_after = bool(IS_HAN.match(before)), bool(IS_HAN.match(after))
        if han_before and han_after:
            if pdf or i in spaced or text.startswith(LEGAL_FORMS, end) or _splits_a_word(text, start, end):
                cuts.append((start, end))  # (某某实业 有限公司: no name starts with its legal form; 金隅集 团)
        elif (han_before and (IS_ALNUM.match(after) or after in CLOSING_PUNCTUATION or after in OPENERS)
              or han_after and (IS_ALNUM.match(before) or before in CLOSING_PUNCTUATION or before in OPENERS)
              or after in CLOSING_PUNCTUATION or before in CLOSING_PUNCTUATION + OPENERS):
            cuts.append((start, end))  # (PVC 、 60 万吨, 63% ，: a space beside full-width punctuation too)
        elif _joined(text, start, end, before, after) or _number_and_unit(text, start, end):
            cuts.append((start, end))
    return cuts


def _splits_a_word(text: str, start: int, end: int) -> bool:
    """某某集 团新型材料, 某某高新 区: the gap falls inside a word that ends names (not 人才聚集 团队, 某某工业园 区委: the
    word's last character opens the next word, `WORD_GOES_ON`)."""
    after = text[end:end + LONGEST_NAME_WORD + 1]
    return any(after[len(word) - cut:len(word) - cut + 1] not in WORD_GOES_ON.get(word[-1], "")
               for word, cut in _broken_words(text[max(0, start - LONGEST_NAME_WORD):start], after, SPACED_NAME_WORDS))


def _broken_words(before: str, after: str, words: tuple[str, ...], min_after: int = 1) -> list[tuple[str, int]]:
    """Each word a break between `before` and `after` falls inside, with the characters of it before the break (at
    least `min_after` after it)."""
    return [(word, cut) for word in words for cut in range(1, len(word) - min_after + 1)
            if before.endswith(word[:cut]) and after.startswith(word[cut:])]


def _number_and_unit(text: str, start: int, end: int) -> bool:
    """公司 10 Gwh 储能, 年产 300 MW 组件: a number between Chinese words and the Latin unit after it are one word
    (not iPhone 15 Pro, where Latin words surround them)."""
    number, unit = NUMBER_BEFORE.search(text, max(0, start - 24), start), UNIT_AFTER.match(text, end)
    if not number or not unit:
        return False
    before, after = number.start() - 1, unit.end()
    while before >= 0 and text[before] in " \t\u00a0":
        before -= 1
    while after < len(text) and text[after] in " \t\u00a0":
        after += 1
    before_number, after_unit = text[before:before + 1] if before >= 0 else "", text[after:after + 1]
    return bool(before_number and IS_HAN.match(before_number)) and bool(after_unit) and (
        IS_HAN.match(after_unit) is not None or after_unit in CLOSING_PUNCTUATION)


def _joined(text: str, start: int, end: int, before: str, after: str) -> bool:
    """11 万吨 / 年, 烧碱- PVC -水泥: a space beside a joiner (/, -) that has a character of a word on its other side."""
    if after in JOINERS:
        far = GAP.sub("", text[end + 1:end + 4])[:1]
        return _word_character(before) and _word_character(far) and not (after in "-－" and far.isdigit())  # (温度 -5 ℃)
    if before in JOINERS:
        near = start - 2
        while near >= 0 and text[near] in " \t\u00a0":
            near -= 1
        return near >= 0 and _word_character(text[near]) and _word_character(after)
    return False


def _word_character(char: str) -> bool:
    return bool(char) and (IS_HAN.match(char) is not None or IS_ALNUM.match(char) is not None)


def _letter_spaced(text: str, gaps: list[tuple[int, int]]) -> set[int]:
    """The gaps (by index) inside runs of LETTER_SPACED_RUN or more Chinese characters one space apart."""
    found: set[int] = set()
    run: list[int] = []
    for i, (start, end) in enumerate(gaps):
        single = end - start == 1 and IS_HAN.match(text, start - 1) and IS_HAN.match(text, end)
        if single and run and gaps[run[-1]][1] == start - 1:
            run.append(i)
            continue
        if len(run) + 1 >= LETTER_SPACED_RUN:
            found.update(run)
        run = [i] if single else []
    if len(run) + 1 >= LETTER_SPACED_RUN:
        found.update(run)
    return found


def _line_cuts(text: str, mapped: Repaired) -> list[tuple[int, int]]:
    """Line breaks after full lines that do not end a sentence, as spans of the source."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    line_texts = [text[s:e] for s, e in lines]
    widths = [line_width(line.strip()) for line in line_texts]
    usual = usual_width(widths)
    if usual is None:
        return []
    cuts = []
    after_next = [line.lstrip() for line in line_texts[2:]] + [""]
    for index, ((start, end), width, (next_start, next_end), third, next_width) in enumerate(
            zip(lines, widths, lines[1:], after_next, widths[1:])):
        line, following = text[start:end].rstrip(), text[next_start:next_end].lstrip()
        if (line and line[-1] not in LINE_END + CLOSERS and text[end:next_start] == "\n"
                and following and LINE_START.match(following)
                and not LIST_START.match(following) and not BYLINE.match(following) and not BYLINE.match(line)
                and not complete_item(line) and not listed_names(line, following) and not named_line(line)
                and not opens_listed_names(line, following, third)
                and not firm_item(line_texts[max(0, index - MAX_ITEMS):index], line, following, usual)
                and not list_ends(line, following)
                and not (LABELLED_LINE.match(line.lstrip()) and LABELLED_LINE.match(following))
                and not RULED_LINE.match(line.strip()) and not RULED_LINE.match(following)  # (a table's rows)
                and (FULL_LINE * usual <= width and next_width <= WIDER_LINE * max(usual, width) or _splits_a_name_word(line, following)
                     or _continues_an_item(line.lstrip(), following, third))):
            following_start = next_end - len(following)
            cuts.append((mapped.source_offset(start + len(line)), mapped.source_offset(following_start)))
    return cuts


def listed_names(line: str, following: str) -> bool:
    """东软医疗系统股份有限公司技术中心 / 沈阳化工研究院有限公司技术中心: names one a line, without numbers or punctuation,
    are a list, not a sentence broken by the layout."""
    return (line.strip().endswith(NAME_LINE_ENDS) and not BODY_PUNCTUATION.search(line)
            and not ITEM_NUMBER.match(line.lstrip())  # (4. 某某污水处理厂 / 二期项目: a numbered item's rest)
            and following.strip().endswith(NAME_LINE_ENDS) and len(following.strip()) >= MIN_LISTED_NAME
            and not BODY_PUNCTUATION.search(following))


def opens_listed_names(line: str, following: str, third: str) -> bool:
    """一、考核先进单位 (line break) 某市人民政府 (line break) 某区人民政府: the first of names one a line, under a line
    without a sentence's marks (a heading), is no rest of it, however wide that heading."""
    line, following = line.strip(), following.strip()
    number = SECTION_NUMBER.match(line)
    return not BODY_PUNCTUATION.search(line, number.end() if number else 0) and len(following) >= MIN_LISTED_NAME \
        and (number is not None or LIST_START.match(line) is None) and listed_names(following, third)


def named_line(line: str) -> bool:
    """中兴通讯股份有限公司 / 三等奖: a line that is only a company's legal name is whole, however wide; so is one that is
    only a project's name and its note (某某6万锭紧密纺、300台大圆织布机项目（宜城市） / 某某加工项目（老河口市）)."""
    stripped = line.strip()
    return stripped.endswith(LEGAL_FORMS) and not BODY_PUNCTUATION.search(line) or \
        NOTED_NAME_LINE.fullmatch(stripped) is not None


def firm_item(before: list[str], line: str, following: str, usual: float | None) -> bool:
    """其中： / 某某科技有限公司计划投资A项目，总投资4亿元 / 某某环境有限公司拟投资…: after a list's colon, lines that
    each open with a company's legal name are its items, each whole (up to a blank line, the next such item or a line
    that opens a paragraph: 此外，…, 8月，…), not one sentence broken by the layout: when each is narrower than a full
    line and ends a word that no other goes on from (not …项目，由 / 某某建设工程有限公司负责承建: a wrapped line; nor a
    PDF's lines, all as wide as a full line).
    `before`: the lines before `line`, the last nearest it."""
    stripped = line.strip()
    if (usual is None or line_width(stripped) >= FULL_LINE * usual or FIRM_OPENING.match(stripped) is None
            or stripped[-1:] in ITEM_GOES_ON or following.strip() and FIRM_OPENING.match(following.strip()) is None
            and PARAGRAPH_OPENING.match(following.strip()) is None):
        return False
    for earlier in reversed(before):  # the list's colon, past the items before this one
        if FIRM_OPENING.match(earlier.strip()) is None:
            return earlier.rstrip().endswith(("：", ":"))
    return False


def list_ends(line: str, following: str) -> bool:
    """11. 某某项目 / 上述项目合计投资12.2亿元: a numbered list's last item, before a sentence about the items or a new
    paragraph, is whole."""
    return LIST_START.match(line.lstrip()) is not None and LIST_AFTER.match(following.lstrip()) is not None


def complete_item(line: str) -> bool:
    """5. 湖北某某科技有限公司: an item of a numbered list that ends with a company's legal form is whole (an item
    naming a project may go on with its fields on the next lines)."""
    stripped = line.strip()
    return (LIST_START.match(stripped) is not None and stripped.endswith(ITEM_NAME_ENDS)
            and not any(mark in stripped for mark in "，,。"))  # (1. 某某项目，…由某某有限公司 / 投资建设: wrapped)


def _continues_an_item(item: str, following: str, third: str) -> bool:
    """6. 某某生物科技研 / 究院有限公司 / 7. …: a line between two items of a numbered list, with no number of its own,
    goes on with the item before it."""
    return (ITEM_NUMBER.match(item) is not None and ITEM_NUMBER.match(third) is not None
            and item[-1] not in ITEM_END and len(following) < len(item))


def _splits_a_name_word(line: str, following: str) -> bool:
    """内蒙古某某硅业有 / 限公司年产…: the break falls inside a word that ends names (NAME_WORDS), however short the line."""
    if ITEM_NUMBER.match(line.lstrip()) and following.rstrip(ITEM_END) in NAME_WORDS:
        return True  # 6. 某某高新技术产业 / 开发区: an item's last word alone on the next line
    if (following.startswith(LEGAL_FORMS) or LEGAL_FORM_AHEAD.match(following) and len(line.strip()) >= MIN_LISTED_NAME + 2) \
            and IS_HAN.match(line[-1:]):  # (not 一等奖 / 华为技术有限公司: a label)
        return True  # 萍乡某某陶瓷 / 有限公司计划…, 某某农业技术 / 开发有限公司投资…: a legal name's last words
    return bool(_broken_words(line, following, NAME_WORDS, MIN_WORD_AFTER_BREAK))


def usual_width(widths: list[float]) -> float | None:
    """The width of a full line: the upper quartile of the lines' widths."""
    widths = sorted(w for w in widths if w >= MIN_WIDTH)
    if len(widths) < 3:
        return None
    return widths[(3 * len(widths)) // 4]


def line_width(line: str) -> float:
    """Printed width in Chinese characters: digits and Latin letters are half as wide."""
    return len(line) - 0.5 * len(line.encode("ascii", "ignore"))


def _merge(first: list[tuple[int, int]], second: list[tuple[int, int]]) -> list[tuple[int, int]]:
    return sorted(set(first) | set(second))


def _apply(text: str, cuts: list[tuple[int, int]]) -> Repaired:
    """`text` without the spans in `cuts` (sorted, not overlapping), with its run map."""
    pieces, runs = [], []
    kept = position = 0
    for start, end in cuts:
        if start < position:  # overlapping cut: keep what is left of it
            start = position
        if start >= end:
            continue
        if start > position or not runs:
            runs.append((kept, position))
            pieces.append(text[position:start])
            kept += start - position
        position = end
    runs.append((kept, position))
    pieces.append(text[position:])
    return Repaired("".join(pieces), text, tuple(runs))


# ---------------------------------------------------------------- Traditional Chinese

@lru_cache(maxsize=1)
def _converter():
    import opencc  # only where a document is read

    return opencc.OpenCC("t2s")


def widen_punctuation(text: str) -> str:
    """Half-width commas, semicolons, colons, exclamation and question marks beside a Chinese character written
    full width, character for character (so offsets stay): web pages mix both, and the rules read clauses and list
    frames by the full-width marks (在某经开区,某集团…等项目 reads as 在某经开区，某集团…等项目); 1,000 and 3:30 stay."""
    if not HALF_WIDTH_MARK.search(text):
        return text
    return HALF_WIDTH_BESIDE_HAN.sub(lambda m: m.group().translate(FULL_WIDTH), text)


def open_table_rules(text: str) -> str:
    """The rules between a pasted table's cells (`序号 | 地区 | 企业名称 |`, Markdown's `| a | b |`) as tabs, character
    for character: the table rules read cells by tabs and runs of spaces."""
    if not TABLE_RULE.search(text):
        return text
    return RULED_LINE.sub(lambda line: TABLE_RULE.sub("\t", line.group()), text)


def to_simplified(text: str) -> tuple[str, bool]:
    """`text` in Simplified characters, and whether it was Traditional; Simplified text is returned as it is."""
    sample = text[:8_000]
    converted = _converter().convert(sample)
    if converted == sample:
        return text, False
    changed = sum(a != b for a, b in zip(sample, converted))
    if changed < max(3, TRADITIONAL_SHARE * len(IS_HAN.findall(sample))):
        return text, False
    converted = _converter().convert(text)
    if len(converted) != len(text):  # a phrase converted to another length: convert character by character
        converted = "".join(_converter().convert(ch) if len(_converter().convert(ch)) == 1 else ch for ch in text)
    return converted, True
