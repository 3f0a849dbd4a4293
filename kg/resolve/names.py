"""Names: when two spellings are one name (`name_key`), which spelling a node shows (`canonical_name`),
and which names of one document or corpus are one thing though spelt apart (program forms, park
sections, short company names)."""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from functools import lru_cache
from typing import Iterable, Mapping

from kg.model import Key
from kg.schema import COMPANY, PARK, PROGRAM, PROJECT, REGION

QUOTES = re.compile(r"[\"'“”‘’「」『』《》〈〉]")
LIST_SUFFIX = re.compile(r"(名单|榜单|清单)$")
LEGAL_FORM = re.compile(r"(公司|分行|支行|合伙企业|有限合伙)$")
LEGAL_FORM_WORDS = ("有限公司", "股份公司", "有限责任公司")
FULL_REGION = re.compile(r"(省|市|区|县|旗|盟|州|自治区|特别行政区|镇|乡|街道)$")
# What a program's name may start with besides the list's own name (2024年第六批四川省X, 国家级X)
PROGRAM_QUALIFIERS = {
    "year": re.compile(r"(?:19|20)\d\d(?:年度|年)?"),
    "batch": re.compile(r"第[一二三四五六七八九十百零〇\d]+批次?|首批"),
    "level": re.compile(r"(?:国家|自治区|省|市|区|县)级|国家|自治区|全(?:国|省|市|区|县)|工信部|工业和信息化部|(?:省|市)(?!级)"),
    "region": re.compile(r"[\u4e00-\u9fff]{2,3}?[省市]"),
}
# 全省X, 省X: 省级X; 全国X, 工信部X: 国家级X (the national lists of the ministry)
NATIONAL = {"国": "国家", "工信部": "国家", "工业和信息化部": "国家"}
MIN_PROGRAM_CORE = 4  # characters left once the qualifiers are off
JOINED = re.compile("(?<!工业)[和及]")  # 智能工厂和数字化车间: two lists in one name, neither's full name (not 工业和信息化)
FIRST_BATCH = "第一批"
PARK_SECTION = re.compile(r"(.+)\((.+)\)")  # a park's name key with its section in brackets


def name_key(name: str, label: str) -> str:
    s = unicodedata.normalize("NFKC", name)
    s = QUOTES.sub("", s)
    s = re.sub(r"\s+", "", s)
    if label == PROGRAM:
        s = LIST_SUFFIX.sub("", s)
    return s


@lru_cache(maxsize=1 << 16)
def entity_key(label: str, name: str) -> Key:
    """(type, name key): what makes two mentions one entity (names repeat, so the key is cached)."""
    return label, name_key(name, label)


@lru_cache(maxsize=1 << 16)
def display_name(name: str) -> str:
    """One spelling for display: full-width brackets in Chinese names, no white space."""
    name = re.sub(r"\s+", "", name)
    return name.replace("(", "（").replace(")", "）")


def canonical_name(label: str, names: Iterable[str]) -> str:
    def rank(name: str):
        formal = {
            COMPANY: LEGAL_FORM.search(name) is not None,
            REGION: FULL_REGION.search(name) is not None,
            PROGRAM: LIST_SUFFIX.search(name) is None,
        }.get(label, True)
        return (not formal, -len(name), name)

    return min(names, key=rank)

# what ends a legal name: the legal form, after an optional bracketed group word
LEGAL_NAME_TAIL = re.compile(r"(?:[（(](?:集团|控股|股份)[）)])?(?:集团)?(?:股份有限公司|有限责任公司|有限公司|股份公司|集团公司|公司)$")
PLACE_PREFIX, MIN_SHORT_NAME = 4, 3
# a state group called by its name past the country and 集团 (the countries of company.yaml's state_group_openings, which
# this stage does not read)
STATE_OPENINGS, MIN_STATE_SHORT_NAME = ("中国", "中华"), 4
GROUP = "集团"
FORM_WORDS = (GROUP, "股份", "控股")  # words of a legal form that its short name keeps


def program_form(key: str) -> tuple[str, dict[str, str]]:
    """A program's name key without its leading qualifiers, and those qualifiers by kind.

    2024中国民营企业500强 is (中国民营企业500强, {year: 2024}); 国家级专精特新小巨人企业 is
    (专精特新小巨人企业, {level: 国家}).
    """
    qualifiers: dict[str, str] = {}
    rest = key
    while True:
        for kind, pattern in PROGRAM_QUALIFIERS.items():
            m = pattern.match(rest)
            if m and kind not in qualifiers and len(rest) - m.end() >= MIN_PROGRAM_CORE:
                value = m.group().rstrip("年度级次").lstrip("全")  # 2024年 is 2024, 国家级 is 国家, 全省 is 省
                value = NATIONAL.get(value, value)
                qualifiers[kind] = FIRST_BATCH if value == "首批" else value  # 首批 is 第一批
                rest = rest[m.end():]
                break
        else:
            return rest, qualifiers


def _one_list(forms: list[dict[str, str]]) -> bool:
    """Forms of one list qualify it alike where both do (not 2023 and 2024, not 国家级 and 四川省)."""
    for kind in PROGRAM_QUALIFIERS:
        if len({q[kind] for q in forms if kind in q}) > 1:
            return False
    national = any(q.get("level") == "国家" for q in forms)
    return not (national and any("region" in q for q in forms))


def program_form_links(keys: list[Key]) -> set[tuple[Key, Key]]:
    """The forms one document uses for one list are one program (第六批X, 国家级X; GUIDELINES.md)."""
    by_core: dict[str, list[tuple[Key, dict[str, str]]]] = defaultdict(list)
    for key in keys:
        if key[0] == PROGRAM:
            core, qualifiers = program_form(key[1])
            by_core[core].append((key, qualifiers))
    links: set[tuple[Key, Key]] = set()
    for forms in by_core.values():
        if len(forms) > 1 and _one_list([q for _, q in forms]):
            links.update((forms[0][0], key) for key, _ in forms[1:])
    for core, forms in by_core.items():
        longer = _named_in_full(core, by_core)
        if longer and _one_list([q for _, q in forms + by_core[longer]]):
            links.add((by_core[longer][0][0], forms[0][0]))
    return links


def _named_in_full(core: str, by_core: Mapping[str, list]) -> str | None:
    """头雁企业 where the document names 河南省2022年制造业头雁企业 and 河南省2022年制造业重点培育头雁企业: the list whose name
    ends the same with the fewest words before (the others add words to those: 重点培育); None if the longer names
    part otherwise (国家级绿色工厂 and 省级绿色工厂 both end in 绿色工厂)."""
    if len(core) < MIN_PROGRAM_CORE:
        return None
    longer = [other for other in by_core if len(other) > len(core) and other.endswith(core) and not JOINED.search(other)]
    # (重点培育头雁企业 is itself a short form of 制造业重点培育头雁企业: the full names are what part)
    longer = sorted((name for name in longer if not any(o != name and o.endswith(name) for o in longer)), key=len)
    if not longer:
        return None
    opening = longer[0][:-len(core)]
    return longer[0] if all(other.startswith(opening) for other in longer) else None


PROJECT_FORM = re.compile(r"(?:建设)?(?:项目|工程)$")
MIN_PROJECT_FORM = 4  # characters of a project's name without its suffix


def project_form_links(keys: Iterable[Key], mentions: Mapping[Key, list[tuple[str, int]]]) -> set[tuple[Key, Key]]:
    """遂溪县粮油中心库建设项目 is 遂溪县粮油中心库项目 in a document that names both: one project's name with and without
    建设 before its suffix (not across documents: 年产10万吨锂电池项目 of two firms)."""
    by_form: dict[tuple[str, str], list[Key]] = defaultdict(list)
    for key in sorted(keys):
        if key[0] == PROJECT and len(form := PROJECT_FORM.sub("", key[1])) >= MIN_PROJECT_FORM:
            for document in sorted({document for document, _ in mentions.get(key, ())}):
                by_form[form, document].append(key)
    return {(group[0], key) for group in by_form.values() for key in group[1:]}


PHASE = re.compile(r"[一二三四五六七八九十\d]+期")
EXTENSION = re.compile("扩建|技改|续建|改造|升级")  # works on a project already there: another project
MAX_OPENING_AT = 6  # characters of a place that may stand before the words a project's short form opens with
LEVELS = ("省", "市", "县", "区", "旗", "州", "镇")  # …ending so, when longer than a province's short name (山西)
JOINERS_OF_WORKS = ("及", "和", "与", "、")
MIN_SHORT_FORM = 3  # characters of a short form without its suffix (金冠达项目; not 宿迁项目, a place alone)


def project_short_form_links(keys: Iterable[Key]) -> set[tuple[Key, Key]]:
    """芯科联LED模组项目 is 山西芯科联智控技术有限公司年产100万套芯片驱动LED模组项目 in a document that names both: the
    short form opens with the full name's first words (after a place) and keeps, in order, the words of what it makes;
    only when one project of the document reads so (凯岚项目, of a firm with two projects, names neither), and never a
    phase or an extension the short form does not name (`_shortens`)."""
    stems = {key: PROJECT_FORM.sub("", key[1]) for key in sorted(keys) if key[0] == PROJECT}
    links = set()
    for short, stem in stems.items():
        if stem == short[1] or len(stem) < 2:
            continue
        fulls = [key for key, full in stems.items() if len(full) > len(stem) and _shortens(stem, full)]
        fulls = [key for key in fulls if not any(_shortens(stems[key], stems[other]) for other in fulls if other != key)]
        if len(fulls) == 1:
            links.add((fulls[0], short))
    return links


def _shortens(short: str, full: str) -> bool:
    if len(short) < MIN_SHORT_FORM or any(mark.search(full) and not mark.search(short) for mark in (PHASE, EXTENSION)):
        return False  # 凌空基地项目 is not 尉犁凌空基地二期建设项目 (a next phase) nor 凌空锂电池扩建项目; 宿迁项目 names no project
    for n in range(len(short), 1, -1):  # the longest opening of the short form near the full name's start
        at = full.find(short[:n], 0, MAX_OPENING_AT + n)
        if at > 2 and not full.endswith(LEVELS, 0, at):
            return False  # (宿迁凯岚新能源产业园项目 and 新能源项目: more than a place before the words)
        if at != -1:
            rest = short[n:]
            if not rest and full[at + n:at + n + 1] in JOINERS_OF_WORKS:
                return False  # (标准化厂房项目 names the first of 标准化厂房及配套设施项目, no short form of it)
            return not rest or len(rest) >= 2 and rest in full[at + n:]
    return False


def park_section_links(keys: list[Key], aliases: set[tuple[Key, Key]]) -> set[tuple[Key, Key]]:
    """潍坊滨海化工产业园（央子片区） and 央子片区 named in one document: one park.

    Not when the document makes the section alone another park's name (重庆枢纽港产业园（江津片区）,
    and 江津片区 for 西部（重庆）科学城江津片区).
    """
    parks = {name for label, name in keys if label == PARK}
    links = set()
    for name in parks:
        m = PARK_SECTION.fullmatch(name)
        if not m or m.group(2) not in parks:
            continue
        section, own = (PARK, m.group(2)), {(PARK, name), (PARK, m.group(1))}
        if not any(section in pair and not own & set(pair) for pair in aliases):
            links.add(((PARK, name), section))
    return links


def short_name_links(keys: Iterable[Key]) -> set[tuple[Key, Key]]:
    """润通控股 is 重庆润通控股（集团）有限公司 even when two documents name it: a company's name (short, or
    full without its legal form) that ends the full name of exactly one other company of the corpus, once
    that one's legal form and a short place (at most PLACE_PREFIX characters) are taken off."""
    keys = list(keys)
    places = _place_forms(keys)
    by_core: dict[str, set[Key]] = defaultdict(set)
    cores: dict[Key, str] = {}  # of every company name: a short name is its own core
    for key in keys:
        if key[0] != COMPANY:
            continue
        core = cores[key] = LEGAL_NAME_TAIL.sub("", key[1])
        # 红豆集团有限公司 is called 红豆集团, 润建股份有限公司 润建股份; 新加坡金鹰集团 金鹰集团 where the corpus names 新加坡
        # (a group's form cut only at a place: not 新希望集团 for 希望集团, nor 中南建设集团 for 建设集团)
        forms: list[tuple[str, Iterable[int]]] = []
        if core != key[1]:
            forms.append((core, range(PLACE_PREFIX + 1)))
            word = next((w for w in FORM_WORDS if key[1][len(core):].lstrip("（(").startswith(w)), None)
            if word:
                forms.append((core + word, _place_cuts(core + word, places, 0)))
        elif core.endswith(GROUP):
            forms.append((core, _place_cuts(core, places, 1)))
            country = next((o for o in STATE_OPENINGS if core.startswith(o)), "")
            if country and len(core) - len(GROUP) - len(country) >= MIN_STATE_SHORT_NAME:
                forms.append((core.removesuffix(GROUP), [len(country)]))  # 中国航天三江集团 is called 航天三江
        for form, cuts in forms:
            for cut in cuts:
                if len(form) - cut >= MIN_SHORT_NAME:
                    by_core[form[cut:]].add(key)
    links = set()
    for key, core in cores.items():
        longer = by_core.get(core, set()) - {key}  # 振华新材料有限公司 and 义龙新区振华新材料有限公司
        if len(longer) == 1:
            links.add((next(iter(longer)), key))
    return links | plain_name_links(cores, places)


ABBREVIATED = range(2, 5)  # characters of an abbreviation's own (吉柴 of 吉林柴油机; 中国建材 of 中国建筑材料, the place whole)
PLACE_OPENING = 2  # characters of the place an abbreviated name opens with
WHOLE_PLACE_ABBREVIATION = PLACE_OPENING + 2  # an abbreviation that keeps its place whole: the place and two characters
GROUP_COMPANY = GROUP + "公司"  # a group's legal form without 有限 (中国建筑材料集团公司)


def abbreviation_links(keys: Iterable[Key]) -> set[tuple[Key, Key]]:
    """吉柴集团 is 吉林柴油机集团 in a document that names both: a short name made of the first character of a group's
    or a legal name's place and the first of its trade (鞍钢, 吉柴), or of its place whole and the first characters of two
    words after it (中国建材 of 中国建筑材料集团公司; `_abbreviates`); not where a company of the document writes the short
    name whole (凯岚集团 and 凯岚集团有限公司), and only when one company reads so."""
    cores = {key: LEGAL_NAME_TAIL.sub("", key[1]) for key in sorted(keys) if key[0] == COMPANY}
    links = set()
    for short, core in cores.items():
        stem = core.removesuffix(GROUP)
        if len(stem) not in ABBREVIATED or short[1].endswith(LEGAL_FORM_WORDS) or any(
                stem in key[1] and key[1] not in (stem, stem + GROUP) for key in cores):
            continue  # (凯岚集团 where 凯岚集团有限公司 is named too: its short name, no abbreviation of 凯瑞岚山集团)
        fulls = [key for key, full in cores.items() if key != short and _abbreviates(stem, full.removesuffix(GROUP))
                 and key[1].endswith((GROUP, GROUP_COMPANY, *LEGAL_FORM_WORDS)) and (stem == core or GROUP in key[1])]
        if len(fulls) == 1:
            links.add((fulls[0], short))
    return links


def _abbreviates(stem: str, full: str) -> bool:
    """The first character of a two-character place, then the first of the word after it, and the rest in order
    (吉林|柴油机 → 吉柴; not 南京|中钢 → 南钢, nor 上海|凯岚汽车 → 上汽: a brand between); in four characters, the place
    whole, then the first characters of the two words after it (中国|建筑|材料 → 中国建材; not 北京|城市|副中心投资建设 → 北京城建)."""
    if len(full) < len(stem) + 2:
        return False
    if len(stem) == WHOLE_PLACE_ABBREVIATION:  # 中国|建筑|材料: the place, then the first character of each of two words
        place, first, second = stem[:PLACE_OPENING], stem[PLACE_OPENING], stem[PLACE_OPENING + 1]
        return full.startswith(place + first) and full[PLACE_OPENING + 2] == second
    if full[0] != stem[0] or full[PLACE_OPENING] != stem[1]:
        return False
    position = PLACE_OPENING + 1
    for ch in stem[2:]:
        position = full.find(ch, position) + 1
        if not position:
            return False
    return True


def _place_cuts(name: str, places: Mapping[str, str], first: int) -> list[int]:
    """Where a name may be cut: at `first` (0: the name itself) and after a place the corpus names opening it."""
    return ([0] if first == 0 else []) + [n for n in range(2, PLACE_PREFIX + 1) if name[:n] in places]


PLAIN_COMPANY = re.compile(r"(?<!有限|股份|集团|控股|投资)(?<![分子总母该本其])公司$")
LEVEL_OPENINGS = ("省", "市", "县", "区", "镇", "乡")
MIN_PLAIN_CORE, MIN_TRADE_CORE = 4, 2  # a place and a trade name (宁德某某); a trade name alone (赛象)
BRANCH = ("分公司", "子公司")  # (中铝公司 is not 中铝贵州分公司)


def _plain_trade(name: str, core: str) -> bool:
    """赛象公司: a trade name and a plain 公司 (not 县电力公司, 市城投公司: a level's firm of a kind, no trade name)."""
    return PLAIN_COMPANY.search(name) is not None and len(core) >= MIN_TRADE_CORE and not core.startswith(LEVEL_OPENINGS)


def plain_name_links(cores: Mapping[Key, str], place_forms: Mapping[str, str]) -> set[tuple[Key, Key]]:
    """宁德某某公司 is 宁德某某新能源有限公司, 赛象公司 is 天津赛象科技股份有限公司: a name with a plain 公司 (no legal form)
    whose core opens the core of exactly one full name of the corpus (after a place the corpus names, for a trade name
    alone: not 华为公司 for 华为数字能源技术有限公司), with two characters or more after it (its industry words)."""
    plain = {key: core for key, core in cores.items() if _plain_trade(key[1], core)}
    if not plain:
        return set()
    wanted = set(plain.values())
    by_prefix: dict[str, set[Key]] = defaultdict(set)
    for key, core in cores.items():
        if core != key[1] and key not in plain and not key[1].endswith(BRANCH):  # a full name, with its legal form
            # (after a place the corpus names as one: not 县电力公司 for 某县电力实业有限公司)
            for cut in _place_cuts(core, place_forms, 0):
                for end in range(cut + (MIN_PLAIN_CORE if cut == 0 else MIN_TRADE_CORE), len(core) - 1):
                    if core[cut:end] in wanted:
                        by_prefix[core[cut:end]].add(key)
    links = set()
    for key, core in plain.items():
        longer = by_prefix.get(core, set())
        if len(longer) == 1:
            links.add((next(iter(longer)), key))
    return links


# what follows a place's own name in the name of a region or a park (长寿经开区 and 长寿区 are both 长寿's)
PLACE_LEVEL = re.compile(r"(?:(?:经济技术|高新技术产业|经济)?开发区|高新区|经开区|工业园区?|产业园区?|园区|新区|自治州|自治县"
                         r"|自治区|特别行政区|街道|省|市|区|县|州|旗|盟|镇|乡)$")
MIN_TRADE_NAME = 2  # characters of a company's own name (字号) before a place written inside it
MAX_PLACE = 12  # characters of the longest place name looked for before a company's name


def _place_forms(keys: Iterable[Key]) -> dict[str, str]:
    """The corpus's names of regions and parks and their short forms (义龙新区, 义龙), each to its short form."""
    forms = {}
    for label, name in keys:
        if label in (REGION, PARK):
            short = PLACE_LEVEL.sub("", name)
            if len(short) >= 2:
                forms[name] = forms.setdefault(short, short)
    return forms


def _written_after(name: str, sentences: Iterable[str], places: dict[str, str]) -> set[str]:
    """Short forms of the places written right before `name` in `sentences` (义龙新区振华新材料有限公司)."""
    found = set()
    for sentence in sentences:
        at = sentence.find(name)
        while at > 0:
            before = sentence[max(0, at - MAX_PLACE):at]
            found.update(places[before[i:]] for i in range(len(before) - 1) if before[i:] in places)
            at = sentence.find(name, at + 1)
    return found


def place_inside_links(keys: Iterable[Key], mentions: Mapping[Key, list[tuple[str, int]]],
                       evidence: Mapping[tuple[str, int], str]) -> set[tuple[Key, Key]]:
    """义龙新区振华新材料有限公司 is 贵州振华义龙新材料有限公司: a company named after a place (in its name or
    right before it in a sentence), and a company whose name holds the same place after its own name (the order
    registration also allows, after an optional province of at most PLACE_PREFIX characters) but is otherwise
    the same, where the corpus names the place as a region or park and exactly one company of each form matches."""
    keys = list(keys)
    places = _place_forms(keys)
    fronts: dict[tuple[str, str], set[Key]] = defaultdict(set)
    insides: dict[tuple[str, str], set[Key]] = defaultdict(set)
    for key in keys:
        label, name = key
        core = LEGAL_NAME_TAIL.sub("", name) if label == COMPANY else name
        if core == name:
            continue
        tail = name[len(core):]
        sentences = (evidence[m] for m in mentions.get(key, ()) if m in evidence)
        for short in _written_after(name, sentences, places):
            fronts[short, name].add(key)
        for at in range(MIN_TRADE_NAME, len(core) - MIN_TRADE_NAME):
            for end in range(at + 2, len(core) - MIN_TRADE_NAME + 1):
                short = places.get(core[at:end])
                if short is None:
                    continue
                rest = core[:at] + core[end:]
                for cut in range(min(PLACE_PREFIX, at - MIN_TRADE_NAME) + 1):
                    insides[short, rest[cut:] + tail].add(key)
        for end in range(2, len(core) - MIN_SHORT_NAME + 1):
            if (short := places.get(core[:end])) is not None:
                fronts[short, core[end:] + tail].add(key)
    links = set()
    for form, inside in insides.items():
        front = fronts.get(form, set()) - inside
        if len(front) == 1 and len(inside) == 1:
            links.add((next(iter(front)), next(iter(inside))))
    return links


# a place of two characters written with 市 or 省 after it, after an optional year (株洲市国投集团, 2023年重庆市…)
PLACE_WITH_LEVEL = re.compile(r"((?:19|20)\d\d年度?)?([\u4e00-\u9fff]{2})[市省]([\u4e00-\u9fff].+)")


# one park's kind spelt in full and short (萧县经济开发区智能制造产业园 and 萧县经开区智能制造产业园): each to one form
PARK_KIND_FORMS = (("经济技术开发区", "经开区"), ("经济开发区", "经开区"), ("高新技术产业开发区", "高新区"),
                   ("高新技术产业园区", "高新区"), ("工业园区", "工业园"), ("工业区", "工业园"), ("产业园区", "产业园"))
PARK_BRACKETS = re.compile(r"[（）()]")
PARK_NATIONAL = re.compile(r"^国家级?(?=.{4})")  # 国家新乡经济技术开发区
PARK_PLACE_LEVEL = re.compile(r"^([\u4e00-\u9fff]{2,3}?)[市县](?=.{3})")  # 剑河县工业园区, 景德镇市高新区


def park_form(name: str, places: frozenset[str] = frozenset(), both_levels: frozenset[str] = frozenset()) -> str:
    """One spelling of a park's name: without brackets, a leading 国家, the 市 or 县 after its place (not where the
    corpus names both a county and a city of that name, `both_levels`: 邵阳县…, 邵阳市…), a place of the corpus before
    another place (西藏拉萨经开区), its kind in the short form."""
    form = PARK_NATIONAL.sub("", PARK_BRACKETS.sub("", name))
    level = PARK_PLACE_LEVEL.match(form)
    if level and level.group(1) not in both_levels:
        form = level.group(1) + form[level.end():]
    form = _park_kind_form(form)
    # (长沙新材料产业园 is not 株洲新材料产业园: only a place before another place is dropped; looked up by the
    # prefixes of the name, the longest first, not by every place of the corpus)
    longest = _longest(places)
    for end in range(min(len(form), longest), 1, -1):
        if form[:end] in places and any(form[end:end + n] in places for n in range(2, longest + 1)):
            return form[end:]
    return form


@lru_cache(maxsize=4)
def _longest(names: frozenset[str]) -> int:
    return max(map(len, names), default=0)


def _park_kind_form(name: str) -> str:
    for full, short in PARK_KIND_FORMS:
        name = name.replace(full, short)
    return name


def park_form_links(keys: Iterable[Key]) -> set[tuple[Key, Key]]:
    """剑河县工业园区 is 剑河工业园区, 凤阳县工业园 凤阳县工业园区, 中泰（崇左）产业园 中泰崇左产业园, 西藏拉萨经开区 拉萨经开区:
    parks of the corpus whose names have one form (`park_form`)."""
    keys = list(keys)
    places = frozenset(name for label, name in keys if label == REGION and len(name) >= 2)
    both_levels = frozenset({p[:-1] for p in places if p.endswith("县")} & {p[:-1] for p in places if p.endswith("市")})
    by_form: dict[str, list[Key]] = defaultdict(list)
    for key in keys:
        if key[0] == PARK:
            by_form[park_form(key[1], places, both_levels)].append(key)
    return {(group[0], other) for group in by_form.values() for other in group[1:]}


def place_form_links(keys: Iterable[Key]) -> set[tuple[Key, Key]]:
    """株洲市国投集团 is 株洲国投集团, 2023年重庆市专精特新中小企业 is 2023年重庆专精特新中小企业, 铁岭市某某工业园 is
    铁岭某某工业园, and 株洲国投 is 株洲国投集团: a company's, a list's or a park's name written with and without its
    place's 市 or 省, a company's with and without 集团 or a plain 公司, where the corpus holds both forms."""
    present = set(keys)
    links = set()
    for label, name in present:
        if label not in (COMPANY, PROGRAM, PARK):
            continue
        m = PLACE_WITH_LEVEL.fullmatch(name)
        if m and (label, variant := f"{m.group(1) or ''}{m.group(2)}{m.group(3)}") in present:
            links.add(((label, name), (label, variant)))
        if label == COMPANY and name.endswith(GROUP) and (label, name[:-len(GROUP)]) in present:
            links.add(((label, name), (label, name[:-len(GROUP)])))
        if label == COMPANY and _plain_trade(name, name[:-2]) and (label, name[:-2]) in present:
            links.add(((label, name), (label, name[:-2])))  # 宝沃公司 is 宝沃
    return links

