"""Whether the members of a list are brands (firms' coined names) or words of the language (company.yaml brand_tags), and
the lists a count of selected firms opens (…三家企业入选，分别为A、B和C) or firms represent (某产业以A、B为代表); whether
they are one project's parts (内容涵盖年产…、…等项目), no names at all."""
from __future__ import annotations

import re
from typing import Any

from kg.extract.entities.companies import FIRM_ENDINGS, CompanyRecogniser
from kg.extract.entities.names import NameText
from kg.extract.entities.state import DocState
from kg.extract.gazetteer import Gazetteer
from kg.extract.search import compile_scan
from kg.extract.segmenter import COMMON_WORD_TAGS
from kg.extract.text import count_value
from kg.schema import COMPANY

PERSON_NAME = 3  # characters of most people's names (王建国)
CONTENT_REACH = 12  # characters before a list's first member that its content word may take (项目建设内容主要包括：)
MIN_BRAND_LIST = 3  # members of a list of brands that a kind of business may head (华电、秉信、卓盛等上下游企业)
SHORT_JOINT = re.compile("和")  # between the last two members of a list of short names
COUNTED_AFTER = re.compile(r"\s*(\d+|[两二三四五六七八九十]+)\s*家(?:企业|公司)")
INDUSTRY_BY = compile_scan("(?:业|形成了?|构建了?|打造了?|培育了?|集聚了?|(?<![\u4e00-\u9fff]))以")  # 某产业以A、B为代表
REPRESENTED = re.compile(r"为(?:代表|骨干|龙头)(?=[，。；！？,;]|$|的[^，。；、]{0,12}?(?:产业|行业|集群|产业链|板块|格局|体系)(?=[，。；、,;]|$))")


def not_plain_endings(company: dict[str, Any]) -> re.Pattern:
    """What a word ending in 公司 is besides a firm's plain name (子公司, 该公司, 上市公司: company.yaml not_plain_companies),
    found at the word's end; 子公司 not after a word ending in 子 (凯岚电子公司, 西门子公司: the firm's own words), unless
    that word's opening ends a trade's word or a brand before it (晶盛机电子公司, 大唐发电子公司: their subsidiaries)."""
    zi_words = "".join(_zi_word(word, company["trades_before_zi_words"]) for word in company["words_ending_in_zi"])
    return re.compile("(?:{})$".format("|".join((zi_words if ending.startswith("子") else "") + re.escape(ending)
                                                for ending in company["not_plain_companies"])))


def _zi_word(word: str, trades: list[str]) -> str:
    """A lookbehind: not after `word`'s opening (电 of 电子), unless a trade's word ends with that opening (机电)."""
    opening = word[:-1]
    exceptions = "".join(f"(?<!{trade[:-len(opening)]})" for trade in trades if trade.endswith(opening))
    return f"(?<!{exceptions}{opening})"


def brands(companies: CompanyRecogniser, members: list[str]) -> bool:
    """Most members brands, not words (食品加工、机械制造)."""
    return sum(map(companies.is_coined, members)) * 2 > len(members)


def mostly_brands(companies: CompanyRecogniser, members: list[str]) -> bool:
    """Three members or more, three in four of them brands."""
    return len(members) >= MIN_BRAND_LIST and sum(map(companies.is_coined, members)) * 4 >= len(members) * 3


def placed_brands(companies: CompanyRecogniser, gazetteer: Gazetteer, members: list[str]) -> bool:
    """北京鼎汉、天津北海通信等10家…产业链配套单位: every member a place and a name of its own, most of them brands."""
    places = [gazetteer.region_re.match(m) for m in members]  # (not 江苏常州、浙江嘉兴: a province and its city)
    return all(p and len(m) - p.end() >= 2 and not gazetteer.region_re.fullmatch(m, p.end()) for p, m in zip(places, members)) \
        and brands(companies, members)


def firm_names(companies: CompanyRecogniser, members: list[str]) -> bool:
    """上游企业包括三一集团、中联重科、山河智能、上海大众等: most members brands or shaped as firms' names, not kinds of
    business (企业包括食品、纺织等)."""
    return brands(companies, members) or 2 * sum(
        companies.is_coined(m) or m.endswith(FIRM_ENDINGS) or companies.ends_with_industry_word(m)
        and companies.is_short_name(m) and not companies.names.is_generic(m) for m in members) > len(members)


def firms_named(companies: CompanyRecogniser, members: list[str], not_firm_endings: tuple[str, ...]) -> bool:
    """A、B等16家为…: members shaped as firms' names, or one coined or ending in an industry word (海南矿业) and none a
    shop's, a school's or a household's (超市、药店等30家; 市一中、实验小学等12家)."""
    return firm_names(companies, members) or any(companies.is_coined(m) or companies.ends_with_industry_word(m)
                                                 for m in members) and not any(m.endswith(not_firm_endings) for m in members)


def brand_named(companies: CompanyRecogniser, member: str) -> bool:
    """凯翼汽车扩能, 华为: a member named by a coined word or a brand's (its first word's tag)."""
    words = companies.words(member)
    return companies.is_coined(member) or bool(words) and words[0][1] in companies.brand_tags


def represented_by(companies: CompanyRecogniser, text: str, parts: list[tuple[int, int]], last_start: int,
                   tail: str) -> tuple[re.Match, tuple[int, int]] | None:
    """循环产业以A、B为代表, 形成以A、B为代表的某某产业, 以A、B为骨干的格局: the firms an industry is represented by (or
    built around), most shaped as firms or brands (not 农业以水稻、小麦为代表; nor 以A、B为代表的菜品); the end of the list
    and its first member."""
    by, end = INDUSTRY_BY.search(text, *parts[0]), REPRESENTED.search(tail)
    if not (by and end):
        return None
    members = [(by.end(), parts[0][1])] + parts[1:] + [(last_start, last_start + end.start())]
    names = [text[s:e] for s, e in members]
    shaped = sum(companies.ends_with_industry_word(n) and not companies.is_trade(n) for n in names)
    return (end, members[0]) if shaped and 2 * shaped >= len(members) or mostly_brands(companies, names) else None


def is_kind(names: NameText, kinds: re.Pattern, member: str) -> bool:
    """写字楼, 旅游开发, 金融服务: a kind of building or service (project.yaml `kinds_of_works`) with generic words only."""
    return names.is_generic(kinds.sub("", member))


def joined_short_names(companies: CompanyRecogniser, text: str, start: int, end: int,
                       before: list[str]) -> re.Match | None:
    """A、尚品食品和立马电动车: 和 between two firms' short names, the first a brand and an industry word, the second
    of four characters or more (not 有机食品和地理标志农产品: words of the language); after brands, a brand and a
    name of three characters or more (A、B、C、建龙微纳和昊华气体); names a count of firms right after says are one
    more than the list's (百河铝业、黄河鑫业和海源绿能3家企业)."""
    joint = SHORT_JOINT.search(text, start + 2, end - 2)
    left, right = (text[start:joint.start()], text[joint.end():end]) if joint else ("", "")
    if not (companies.is_short_name(left) and companies.is_short_name(right)):
        return None
    if companies.ends_with_industry_word(left) and companies.is_coined(left) and len(right) >= 4:
        return joint
    counted = COUNTED_AFTER.match(text, end)
    if counted and count_value(counted.group(1)) == len(before) + 2 and any(companies.is_coined(n) for n in (left, right)):
        return joint
    after_brands = len(before) >= 2 and companies.is_coined(left) and brands(companies, before[-2:] + [left])
    return joint if after_brands and len(right) >= 3 else None


# 两家企业获评…，分别是A和B, 萧山企业占了三个席位，分别为A、B和C: firms counted as selected, then spelled out after the
# opener, as many as the count says (not 两家企业的主打产品，分别是…: what the firms make; nor 两家企业负责人获评…，分别是…:
# people; nor 赣州市占了三个席位，分别为A县、B市: no firms counted)
OPENED_LIST = re.compile(r"(?P<count>[两二三四五六七八九十]|\d{1,2})\s*(?P<unit>[家户](?:企业|公司)?|个席位)"
                         r"(?P<rest>[^，。；\n的]{0,24}?)[，,]\s*(?:分别|依次)(?:是|为)[：:]?\s*"
                         r"(?P<members>[^，。；！：:\s]{2,90}?)(?=[，。；！\n]|$)")
CLAUSE_BEFORE = re.compile(r"[^。；\n]{0,40}$")  # the sentence before the count (在某某百强企业名单中，某县占了两个席位)
FIRMS_COUNTED = re.compile("(?:企业|公司)(?!家)")
SELECTED = re.compile("获评|入选|上榜|入围|被认定|被评为|荣获|列入|跻身|席位")
NOT_FIRMS = re.compile("负责人|企业家|产品|品牌|团队|员工|职工|代表|人才")  # what of the firms is counted
LIST_MEMBER = re.compile(r"[^\W\d_的牌]{2,12}")


def name_opened_lists(doc: DocState, companies: CompanyRecogniser, gazetteer: Gazetteer) -> None:
    """The members of each list that a count of selected firms opens are firms' short names, unless one is a place or
    all are people's names; a list's chain that read two of them joined by 和 as one member (B和C) was wrong."""
    text = doc.text
    for members in opened_lists(text):
        names = [text[start:end] for start, end in members]
        if any(name in gazetteer.region_names or gazetteer.region_re.fullmatch(name) for name in names) or \
                _people(names, [companies.words(name) for name in names]):
            continue
        for name in names:
            doc.short_names.setdefault(name, COMPANY)
        for (start, _), (_, end) in zip(members, members[1:]):
            doc.short_names.pop(text[start:end], None)


def opened_lists(text: str) -> list[list[tuple[int, int]]]:
    """(start, end) of each short name of each list that a count of selected firms opens (…，分别是惠丰钻石和厚德钻石)."""
    lists: list[list[tuple[int, int]]] = []
    for m in OPENED_LIST.finditer(text) if "分别" in text or "依次" in text else ():
        before = CLAUSE_BEFORE.search(text, 0, m.start()).group()
        clause = before + m.group("unit") + m.group("rest")
        firms = m.group("unit")[0] in "家户" or FIRMS_COUNTED.search(before)  # (萧山企业占了三个席位; not 企业家)
        if not firms or not SELECTED.search(clause) or NOT_FIRMS.search(clause):
            continue
        count = count_value(m.group("count"))
        members, start = [], m.start("members")
        *firsts, last = m.group("members").split("、")
        joint = last.find("和", 1)  # (凯岚科技和和而泰: the joint is the first 和 that opens no name)
        for name in [*firsts, *([last[:joint], last[joint + 1:]] if joint != -1 else [last])]:
            members.append((start, start + len(name)))
            start += len(name) + 1
        if len(members) == count and all(LIST_MEMBER.fullmatch(text, s, e) for s, e in members):
            lists.append(members)
    return lists


def firm_lines(companies: CompanyRecogniser, lines: list[str], deed_endings: tuple[str, ...]) -> bool:
    """宁德时代 / 比亚迪 / 华为, one per line under 企业有：: firms' names, not words of the language (锂电池 / 光伏组件),
    clauses ending in what a firm did (比亚迪投产) or people's names (王建国 / 李明华)."""
    words = [companies.words(line) for line in lines]
    common = sum(all(len(w) >= 2 and tag in COMMON_WORD_TAGS for w, tag in ws) for ws in words)
    return not _people(lines, words) and 2 * common < len(lines) and not any(line.endswith(deed_endings) for line in lines)


def _people(names: list[str], words: list[list[tuple[str, str]]]) -> bool:
    """王建国 / 李明华: every one a person's name (short, and one word the segmenter tags a person's), by its words."""
    return all(len(name) <= PERSON_NAME and [tag for _, tag in ws] == ["nr"] for name, ws in zip(names, words))


def content_parts(content_re: re.Pattern, text: str, items: list[tuple[int, int, str]], capacity: re.Pattern) -> bool:
    """项目分三期建设，内容涵盖年产80万吨磷酸铁锂、150万吨磷酸铁等项目: after a word of a project's content, members that each
    open with an output are that project's parts, no projects of their own (not 签约内容包括凯岚新能源电池、…等项目)."""
    return content_re.search(text, max(0, items[0][0] - CONTENT_REACH), items[0][0]) is not None and \
        all(capacity.match(text, start, end) for start, end, _ in items)


def persons_after_firms(doc: DocState, items: list[tuple[int, int, str]], people_after: re.Pattern) -> set[int]:
    """某公司的林绿高、某公司的郁发新等3位企业负责人: in a list its closing words say is of people, the starts of the members of a
    person's length right after a firm's name and 的 (not 凯岚集团的博远、晨越等5家企业: firms)."""
    text = doc.text
    if not items or not people_after.match(text, items[-1][1]):
        return set()
    return {s for s, e, _ in items if e - s <= PERSON_NAME and text[s - 1:s] == "的" and (
        doc.names.label_at(s - 2) == COMPANY or any(text.endswith(name, 0, s - 1) for name in doc.short_names))}
