"""The developers that projects' names open with (project.yaml `developer_boundaries`): 和友光能年产8GW…项目,
某某航空发动机公司产业基地建设项目, 海岳化学电子级氢氟酸项目."""
from __future__ import annotations

import re
from typing import Any

from kg.extract.entities.companies import CompanyRecogniser
from kg.extract.gazetteer import Gazetteer
from kg.extract.entities.names import NameText
from kg.extract.entities.state import DocState
from kg.extract.search import alternation
from kg.extract.segmenter import word_around
from kg.extract.text import QUOTES
from kg.model import Mention
from kg.schema import COMPANY, PROJECT


HAN_ONLY = re.compile(r"[\u4e00-\u9fff]+")
# …or before them, after a trade's word (和润汽车工业园项目; not 沃丰德生物科技产业园建设项目: a firm's word)
PARK_AFTER_TRADE = re.compile(r"(?:工业|产业|物流)(?:园|区(?!域)|城(?![市乡]))")
LIST_JOINT = re.compile(r"\s*[、和及与]\s*")  # between two members of one list
MIN_SHARED_BRAND, MAX_SHARED_BRAND = 3, 4  # characters of a brand that list members open with (河湟: a region's, not one)
WORD_REACH = 3  # characters after a developer's end read for a word it would split
MIN_BRAND, MAX_BRAND = 2, 6  # characters of a legal name's brand that opens a project's name
PHASE_END = re.compile(r"[一二三四五六七八九十\d]期$")  # 奥美医疗二期 (年产…): the plant's phase after the firm
BRACKETED = re.compile(r"[（(][^（）()]*[）)]")  # 华翔（洪洞）: a place in brackets is no part of the brand
WORKS_ALONE = re.compile(r"(?:生产|建设|扩建|新建|技改)?(?:项目|工程)")  # what may follow a brand and its trade's word alone
NAME_TAGS, ABBREVIATION_TAG = ("nr", "nrt"), "j"  # the segmenter's tags of a person's name and of an abbreviation
BRAND_AND_PLACE = re.compile(r"([^\W\d_]{2,6})[（(]([^（）()]{2,6})[）)]")  # 格力电器（桂林）


class ProjectDevelopers:
    def __init__(self, project: dict[str, Any], names: NameText, gazetteer: Gazetteer, companies: CompanyRecogniser):
        self.names, self.gazetteer, self.companies = names, gazetteer, companies
        self.output_boundaries = tuple(project["output_boundaries"])
        self.product_after_re = re.compile(project["product_words_after"])  # 思哲睿医疗机器人…项目, 比亚迪新能源汽车…项目
        self.joined_product_re = re.compile(project["joined_product_after"])  # 比亚迪汽车及电动车项目
        self.developer_boundary = re.compile(
            alternation(project["developer_boundaries"] + project["output_boundaries"]) + r"|\d")
        self.unit_openings = frozenset(project["unit_openings"])
        self.short_firm_output = re.compile(f'{alternation(project["output_boundaries"])}|{project["output"]}|{project["short_firm_output"]}')
        self.legal_name_project_re = re.compile(rf"(?P<firm>有限公司|有限责任公司)(?:{project['phase']})?(?:{alternation(project['suffixes'])})$")
        self.deed_rest_re = re.compile(project["developer_deed_rest"])
        self.field_work_re = re.compile(project["field_work_after"])
        self.park_after_re = re.compile(project["park_after_developer"])
        self.body_after_re = re.compile(project["body_after_developer"])
        self.suffix_end_re = re.compile(rf"(?:{alternation(project['suffixes'])})$")
        self.phase_re = re.compile(project["phase"])
        self.deed_word_tags = frozenset(project["deed_word_tags"])
        self.not_after_brand = tuple(project["not_after_brand"])
        self.phase_only_re = re.compile(rf"(?:{project['phase']})(?:{alternation(project['suffixes'])})")  # 一期工程
        self.long_not_inside = tuple(project["long_developer_not_inside"])
        self.word_tags = frozenset(project["common_word_tags"])
        self.not_brand_endings = tuple(project["bracketed_place_not_after"])
        self.provinces_only_re = re.compile(f"[{project['province_letters']}]+")
        self.nation_pair_re = re.compile(project["nation_pair"])
        self.not_brands = tuple(project["bracketed_not_brands"])
        self.subject_after_re = re.compile(project["brand_subject_after"])
        self.firm_ends = frozenset(project["brand_firm_words"])
        letters = project['province_letters']  # (a province's letter and a quarter, two letters, a macro-region)
        self.quarter_end_re = re.compile(f"(?:[{letters}][东南西北中]|[{letters}]{{2}}|华[东南北中]|西[南北]|东北)$")

    def find(self, doc: DocState) -> None:
        """和友光能年产8GW…项目: a company-shaped name before 年产/a number opens the project name."""
        text, companies = doc.text, self.companies
        nested_starts = {m.start for m in doc.nested}
        # 某某有限公司锂电池正极材料项目, later 锂电池正极材料项目: the company is known, the opening is no company
        without_company = {short for label, _, short in doc.aliases if label == PROJECT}
        shared, brands = self._shared_brands(doc), self._legal_brands(doc)
        for project in [m for m in doc.names if m.label == PROJECT]:
            if project.start in nested_starts or text[project.start:project.end] in without_company:
                continue
            if (branded := self._brand_opening(text, project, brands)) is not None:
                start, brand, full = branded  # 牧原生猪养殖加工项目 where the text names 黑龙江克山牧原农牧有限公司
                doc.nested.append(Mention(start, start + len(brand), COMPANY, "company.in_project"))
                doc.aliases.append((COMPANY, full, brand))
                continue
            if (arm := self._brand_of_local_arm(doc, project)) is not None:
                brand, arm_end = arm
                doc.nested.append(Mention(project.start, arm_end, COMPANY, "company.in_project"))
                doc.aliases.append((COMPANY, text[project.start:arm_end], brand))
                doc.short_names.setdefault(brand, COMPANY)
                continue
            company_word = text.find("公司", project.start + 2, project.end - 5)  # leaving a name of its own (铜冶炼项目)
            legal = self.legal_name_project_re.search(text, project.start, project.end)
            if legal and legal.start() - project.start >= 4:  # 某某食品有限公司项目: the firm's legal name is the project's
                doc.nested.append(Mention(project.start, legal.start() + len(legal.group("firm")), COMPANY, "company.in_project"))
                continue
            stem = text[project.start:company_word]
            if company_word != -1 and self._is_plain_company_name(stem) and (
                    len(stem) >= 4 or self.companies.is_coined(stem)  # (隆基公司…项目: a brand)
                    or self._short_firm(stem) and self.short_firm_output.match(text, company_word + 2)):  # 红亚公司年产…项目
                # 某某航空发动机公司产业基地建设项目: a company named with a plain 公司 opens the project's name
                doc.nested.append(Mention(project.start, company_word + 2, COMPANY, "company.in_project"))
                continue
            boundary = self.developer_boundary.search(text, project.start, project.end)
            if not boundary or boundary.start() - project.start < 2:
                known = _known_opening(doc, project.start)
                end = project.start + len(known) if known else self.company_opening(text, project, brand_alone=True)
                end = end or shared.get(project.start)  # 同仁堂中草药种植基地、同仁堂天然药物: the brand both open with
                if end:
                    doc.nested.append(Mention(project.start, end, COMPANY, "company.in_project"))
                    doc.short_names.setdefault(text[project.start:end], COMPANY)
                continue
            name = self._before_plant_place(text[project.start:boundary.start()])
            region = self.gazetteer.region_re.match(name)
            core = name[region.end():] if region and len(name) - region.end() >= 2 else name
            if core in doc.short_names:
                doc.nested.append(Mention(project.start, project.start + len(name), COMPANY, "company.in_project"))
                if core != name:
                    doc.aliases.append((COMPANY, core, name))
            elif companies.ends_with_industry_word(core) and companies.is_short_name(core):
                doc.nested.append(Mention(project.start, project.start + len(name), COMPANY, "company.in_project"))
            elif (end := self.company_opening(text, project)) and text[project.start:end].endswith(companies.firm_words):
                # 科尔沁药业蒙药加工基地建设项目: a firm's word opens the name, a verb stands further on
                doc.nested.append(Mention(project.start, end, COMPANY, "company.in_project"))
                doc.short_names.setdefault(text[project.start:end], COMPANY)
            elif boundary.group().startswith(self.output_boundaries) and (brand := self._brand_before_output(name)) and \
                    len(fuller := _names_opened_by(doc, brand)) <= 1:  # (not 博远 where 博远铝业… and 博远新材料… are named)
                start = project.start + name.index(brand)  # ("金腰带传动"年产…: the firm inside the quotes)
                doc.nested.append(Mention(start, start + len(brand), COMPANY, "company.in_project"))
                doc.short_names.setdefault(brand, COMPANY)
                if fuller:  # 华宇 where the text names 华宇方圆国际物流有限公司: that company
                    doc.aliases.append((COMPANY, fuller.pop(), brand))
            elif project.start in shared:
                doc.nested.append(Mention(project.start, shared[project.start], COMPANY, "company.in_project"))
                doc.short_names.setdefault(text[project.start:shared[project.start]], COMPANY)

    def _brand_of_local_arm(self, doc: DocState, project: Mention) -> tuple[str, int] | None:
        """格力电器 of 格力电器（桂林）智能制造生产基地项目, and the end of its local arm's name (格力电器（桂林）): a brand and the
        place of the arm in brackets, where the brand is a firm's by its industry word, a firm's name of it (某某集团) or the
        text naming it elsewhere as a subject (格力重点发展…, 固德威也将…), as the guidelines require of a developer named so
        (not 中关村（天津）, 清华（深圳）, 中德（沈阳）, 东盟（钦州）: parks, schools, zones, blocs)."""
        text = doc.text
        opening = BRAND_AND_PLACE.match(text, project.start, project.end - 3)
        if opening is None or not self.gazetteer.region_re.fullmatch(opening.group(2)):
            return None
        brand = opening.group(1)
        if (quarter := self.quarter_end_re.search(brand)) and quarter.start() >= 2:
            brand = brand[:quarter.start()]  # (中化学 of 中化学皖北（阜阳）, 中建科工 of 中建科工华南（惠州）, 海螺 of 海螺川渝（重庆）)
        own = brand  # the brand past its trade's words
        while (word := self.companies.industry_suffix(own)) and len(own) > len(word):
            own = own[:-len(word)]
        firm = own != brand and len(own) >= 2 and not self.companies.ends_with_industry_word(own) or any(
            name == brand or name.startswith(brand) and name[len(brand):] in self.firm_ends for name in _company_names(doc)
        ) or any(self.subject_after_re.match(text, m.end()) for m in re.finditer(re.escape(brand), text))  # (格力重点发展…)
        if (not firm or self.gazetteer.region_re.fullmatch(brand) or self.provinces_only_re.fullmatch(brand)
                or brand in self.companies.nation_openings or self.nation_pair_re.fullmatch(brand)
                or brand.endswith(self.not_brands)
                or brand.endswith(self.not_brand_endings) or self.names.is_generic(brand)
                or text.startswith(("公司", "集团"), opening.end())  # (长春燃气（延吉）公司…项目: the firm's name goes on)
                or self.companies.legal_suffix_re.search(text, opening.end(), project.end)):
            return None  # (某某（福建）新材料有限公司…项目: the legal name is the developer's, found as it)
        return brand, opening.end() if len(brand) == len(opening.group(1)) else project.start + len(brand)

    def _before_plant_place(self, name: str) -> str:
        """凯岚新能源 of 凯岚新能源孝感年产…项目: a place after a firm's industry word is where the plant stands, no part
        of the firm's name; so is a phase (奥美医疗二期年产…项目)."""
        if (phase := PHASE_END.search(name)) and phase.start() >= MIN_BRAND + 1 and \
                self.companies.ends_with_industry_word(name[:phase.start()]):
            return name[:phase.start()]
        for at in range(MIN_BRAND + 1, len(name) - 1):
            if name[at:] in self.gazetteer.region_names and self.companies.ends_with_industry_word(name[:at]):
                return name[:at]
        return name

    def _legal_brands(self, doc: DocState) -> dict[str, str]:
        """The brand of each legal name of the text, by the name: 牧原 of 黑龙江克山牧原农牧有限公司 (its places, legal form
        and trade taken off: a word of two characters or more, no place's), unless another firm's name opens with it."""
        brands: dict[str, str] = {}
        stems = []  # every legal name's stem past its places (博远铝箔 of 博远铝箔有限公司 shares 博远 with 博远新材料)
        for name in _company_names(doc):
            legal = self.companies.legal_suffix_re.search(name)
            if legal is None or legal.end() != len(name):
                continue
            brand = BRACKETED.sub("", name[:legal.start()])
            while (place := self.gazetteer.region_re.match(brand)) and len(brand) - place.end() >= 2:
                brand = brand[place.end():]
            stems.append(brand)
            while (word := self.companies.industry_suffix(brand)) and len(brand) - len(word) >= MIN_BRAND:
                brand = brand[:-len(word)]
            if len(brand) >= MIN_BRAND and brand != name and not self.names.is_generic(brand) and not self._places_only(brand):
                brands[brand] = name
        return {brand: name for brand, name in brands.items() if sum(stem.startswith(brand) for stem in stems) == 1}

    def _brand_opening(self, text: str, project: Mention, brands: dict[str, str]) -> tuple[int, str, str] | None:
        """(start, brand, legal name) of a legal name's brand that opens the project's name, after its place, with a
        name of the project's own after it, not another trade's word."""
        start = project.start
        if (place := self.gazetteer.region_re.match(text, start, project.end)) is not None:
            start = place.end()
        for size in range(MAX_BRAND, MIN_BRAND - 1, -1):
            brand = text[start:start + size]
            if brand not in brands or project.end - start - size < MIN_BRAND + 2:
                continue
            trade = self.companies.industry_word_re.match(text, start + size, project.end)
            full = brands[brand]
            if trade is not None and brand + trade.group() not in full or text.startswith(self.not_after_brand, start + size):
                return None  # (科隆新材料…项目 where the text names 科隆科技有限公司: another firm; 长安大道…工程: a road)
            opening = text[project.start:start + size]  # 四川美丰高分子…项目 and 四川美丰化工股份有限公司: with its place
            return (project.start, opening, full) if full.startswith(opening) else (start, brand, full)
        return None

    def _brand_before_output(self, name: str) -> str | None:
        """青海中天硼锂 of 青海中天硼锂年产1万吨…项目: a short name before a yearly output; after a county's name or a
        place's whole name, the brand alone (苍梧县晶盛, 长汀某某). Not a place, a phase or a count, nor (unquoted, with
        no place) words of the language only: what is done or where (整体搬迁, 升级改造, 新上, 村集体)."""
        quoted = name[:1] in QUOTES
        brand = name.strip(QUOTES)
        region = self.gazetteer.region_re.match(brand)
        placed = region is not None
        if region and (region.group() in self.gazetteer.full_region_names or self.gazetteer.is_county(region.group())):
            brand, region = brand[region.end():], None
        core = brand[region.end():] if region else brand
        if len(core) < 2 or not self.companies.is_short_name(brand) or self.names.count.search(brand) or \
                self.phase_re.search(brand) or not all(self.names.is_name_char(ch) for ch in brand) or \
                self._places_only(brand):
            return None
        words_only = all(tag in self.deed_word_tags for _, tag in self.companies.words(core))
        return brand if placed or quoted or not words_only else None

    def _shared_brands(self, doc: DocState) -> dict[int, int]:
        """Projects listed next to each other that open with one brand (not words of the language, nor a place's name:
        同仁堂中草药种植基地、同仁堂天然药物): each one's start and the brand's end."""
        text, companies = doc.text, self.companies
        projects = [m for m in doc.names if m.label == PROJECT]
        shared: dict[int, int] = {}
        for a, b in zip(projects, projects[1:]):
            if not LIST_JOINT.fullmatch(text, a.end, b.start):
                continue
            size = next((n for n in range(MAX_SHARED_BRAND, MIN_SHARED_BRAND - 1, -1) if text[a.start:a.start + n] == text[b.start:b.start + n]
                         and min(a.end - a.start, b.end - b.start) - n >= 2), 0)
            brand = text[a.start:a.start + size]
            if not HAN_ONLY.fullmatch(brand):
                continue  # (鸣沙山·月牙泉…: the dot joins two places' names)
            if size and companies.is_coined(brand) and companies.is_short_name(brand) and not self._places_only(brand):
                shared[a.start], shared[b.start] = a.start + size, b.start + size
        return shared

    def _places_only(self, name: str) -> bool:
        """新疆伊犁: names of places and nothing else (同仁堂 has 堂 after 同仁)."""
        while (place := self.gazetteer.region_re.match(name)) and place.end() > 0:
            name = name[place.end():]
        return not name

    def _short_firm(self, stem: str) -> bool:
        """红亚, 新正方: a firm's own short name before 公司, not a body's unit (县供电) nor a kind of firm (合资公司)."""
        return (self.companies.is_short_name(stem) and stem[0] not in self.unit_openings
                and not (stem + "公司").endswith(self.companies.not_plain_starts))

    def _is_plain_company_name(self, stem: str) -> bool:
        """The stem of a name ending in a plain 公司 (中国某某飞机公司), not a kind of company (子公司, 该公司)."""
        return (not self.names.is_generic(stem) and not stem.endswith(("子", "分", "总", "该", "本"))
                and not self.companies.joins_words(stem)  # (研发中心及公司总部建设项目)
                and not self.names.count.search(stem) and stem not in self.gazetteer.region_names
                and all(self.names.is_name_char(ch) for ch in stem))

    def company_opening(self, text: str, project: Mention, brand_alone: bool = False) -> int | None:
        """End of a company-shaped opening of a project's name (海岳化学电子级氢氟酸项目 → 海岳化学; 某某精机科技车载…项目
        → 某某精机科技: a firm's word after the industry word is part of the name; a brand of four to six before a firm's
        word, 长江润发海灵药业研发生产基地项目 → 长江润发海灵药业; 柳林酒业智能化…项目: a place's name
        opens it only before a firm's word, not 合肥新能源汽车…项目). With `brand_alone`, also a brand and an industry word
        that are the whole name before 项目 (德帝机电项目: the developer's own project, once the name is found)."""
        companies = self.companies
        if text[project.start].isdigit() or text[project.start] in QUOTES:
            return None  # 5万吨电池级氢氧化锂项目: an output opens the name, no company; nor “纳米金属粉体…”项目: a quoted title
        material = companies.material_re.match(text[project.start:project.end])  # 锂离子电池…项目: a product, no brand
        for stem_len in (2, 3, 4, 5, 6):
            stem = text[project.start:project.start + stem_len]
            # the longest industry word after the stem that leaves more than four characters of the name
            word = self._industry_word(text, project.start + stem_len, project) or (
                self._word_before_xiangmu(text, project) if stem_len == 3 else None) or (
                self._brand_before_xiangmu(text, project, stem_len) if brand_alone and stem_len < 4 else None)
            if (not word or self.names.is_generic(stem) or self.names.count.search(stem)
                    or self.companies.joins_words(text[project.start:word.end()])  # 动力及储能电池项目: two products
                    or stem_len > 4 and any(w in stem for w in self.long_not_inside)
                    or stem_len >= 4 and (word.group() not in companies.firm_words  # 中科湘膜科技总部基地: a firm's word
                                          or not companies.is_coined(stem) or self._place_and_word(stem))
                    or text.startswith("品", word.end())  # 精细化学品二期项目: a product's word (化学品), no firm's
                    or stem in companies.industry_words or material  # 半导体化学品…项目: a product, no brand
                    # 仓储物流集散中心项目, 射频电子标签产业项目: a kind (not 大锦科技汽车诊断: a firm's word after it, no park
                    # in the name, 液压科技产业园项目, nor a field's work after it, 金融科技创新中心项目)
                    or stem_len <= 3 and self._common_word(stem) and (
                        word.group() not in companies.firm_words or PARK_AFTER_TRADE.search(text, word.end(), project.end)
                        or self.field_work_re.match(text, word.end()))
                    or self.gazetteer.region_re.match(stem) and word.group() not in companies.firm_words
                    or stem in self.gazetteer.full_region_names):  # 巨鹿县科技教育园区项目: a county's full name, no brand
                continue
            end = self._firm_words_end(text, project, word.end())
            if self.body_after_re.match(text, end):
                return None  # 中国医药教育协会创新基地: an association's, no firm's
            if self.product_after_re.match(text, end) or self._joined_product(text, project, end):
                return None  # 比亚迪新能源汽车零部件项目, 思哲睿医疗机器人项目: the industry word is the product's, not the firm's
            if self.park_after_re.match(text, end) or PARK_AFTER_TRADE.match(text, end) and (
                    stem_len > 4 or not text[project.start:end].endswith(companies.firm_words)):
                return None  # 池河工业园区…项目: a park's name, not a firm's (nor 广西新福兴硅科技产业园项目: a long stem's)
            return self._unsplit_end(text, project, word.start(), end)
        return self._region_and_brand(text, project, brand_alone)

    def _joined_product(self, text: str, project: Mention, end: int) -> bool:
        """比亚迪汽车及电动车项目: an industry word joined to another product is what is made (not 凯岚药业及…: a firm's word;
        nor 长安汽车及长安福特…: two firms of one brand)."""
        joint = self.joined_product_re.match(text, end)
        return joint is not None and not text[project.start:end].endswith(self.companies.firm_words) and \
            not text.startswith(text[project.start:project.start + 2], joint.end())

    def _unsplit_end(self, text: str, project: Mention, word_start: int, end: int) -> int | None:
        """The developer's end, unless its industry word opens a longer word of the product's (瑞翔锂电|池正极材料, 和禾生物|质
        发电: none); a longer industry word that ends with that word ends it (宏达新能|源汽车 → 宏达新能源)."""
        around = word_around(self.companies.words(text[project.start:end + WORD_REACH]), project.start, end)
        if around is None:
            return end
        split = around[0] + len(around[1])
        longer = self.companies.industry_word_re.match(text, word_start, project.end)
        if longer is not None and longer.end() == split and project.end - split >= 2:
            return split
        return None

    def _common_word(self, stem: str) -> bool:
        """仓储, 射频, 高分子: one word of the segmenter's dictionary, a common noun or verb, names no brand."""
        words = self.companies.words(stem)
        return len(words) == 1 and words[0][1] in self.word_tags

    def _place_and_word(self, stem: str) -> bool:
        """德国博世: a place (a country) and a word of two, not a brand of four (中科湘膜)."""
        words = self.companies.words(stem)
        return len(words) == 2 and words[0][1] == "ns" and len(words[0][0]) == 2

    def _industry_word(self, text: str, at: int, project: Mention) -> re.Match | None:
        """The longest industry word at `at` that leaves more than four characters of the name, or only its phase
        (溢鹏木业一期工程)."""
        whole = self.companies.industry_word_re.match(text, at, project.end)
        if whole is not None and self.phase_only_re.fullmatch(text, whole.end(), project.end):
            return whole  # 常青新能源一期项目: 新能源, not 新能
        if whole is not None and self.deed_rest_re.fullmatch(text, whole.end(), project.end) and \
                self.companies.is_coined(text[project.start:whole.end()]):
            return whole  # 威颜食品生产项目: a brand, its trade, and only what the firm does there
        if whole is not None and whole.group() in self.companies.firm_words and project.end - whole.end() >= 4 and \
                self.companies.is_coined(text[project.start:whole.end()]):
            # 余禾科技肥料项目: a brand and a firm's word, then a product's (not 某某新材料项目: a product's word; nor
            # 南湖科技新城项目, 国际商贸中心项目: words of the language, a place, and the kind of works)
            return whole
        return self.companies.industry_word_re.match(text, at, project.end - self._own_rest(text, project))

    def _own_rest(self, text: str, project: Mention) -> int:
        """Characters a project's name keeps after its developer: a product's three and 项目 (铜冶炼项目), or a product's four
        where a list names the project without a suffix (兰杜生物纤维素醚; not 吉利新能源商用车: 新能源 is the product's)."""
        return 5 if self.suffix_end_re.search(text, project.start, project.end) else 4

    def _word_before_xiangmu(self, text: str, project: Mention) -> re.Match | None:
        """富思特新材料项目: a brand of three and an industry word of three, then only 项目, is the firm's project (not
        树脂新材料项目, whose first two characters are a word: a product)."""
        word = self.companies.industry_word_re.fullmatch(text, project.start + 3, project.end - 2)
        if word is None or len(word.group()) != 3 or not text.endswith("项目", 0, project.end) or \
                self.names.is_generic(text[project.start:project.start + 2]):
            return None
        return word

    def _brand_before_xiangmu(self, text: str, project: Mention, stem_len: int) -> re.Match | None:
        """德帝机电项目: a brand (not words of the language: company.yaml brand_tags) and an industry word, then only
        项目, is the firm's project (not 食品加工项目)."""
        word = self.companies.industry_word_re.fullmatch(text, project.start + stem_len, project.end - 2)
        if word is None or not text.endswith("项目", 0, project.end) or \
                not self.companies.is_coined(text[project.start:word.end()]):
            return None
        return word

    def _firm_words_end(self, text: str, project: Mention, end: int) -> int:
        """The end of the firm's words after an industry word (某某精机科技)."""
        companies = self.companies
        while (more := companies.industry_word_re.match(text, end, project.end - 5)) and \
                more.group() in companies.firm_words:
            end = more.end()
        return end

    def _region_and_brand(self, text: str, project: Mention, brand_alone: bool = False) -> int | None:
        """云南惠铜科技锂电铜箔…项目, 北京峰智科技新能源汽车…项目: a place, a brand of two or three and a firm's word
        (科技, 实业, 股份…) open the name: the firm whose project it is; with `brand_alone`, so does a coined brand and an
        industry word before only a word of works and the suffix after a province (河南康达制药生产项目, 上海六合堂制药项目;
        not 长汀承东纺织生产项目: a county's, where the project is built)."""
        companies = self.companies
        region = self.gazetteer.region_re.match(text, project.start, project.end)
        if region is None:
            return None
        for stem_len in (2, 3):
            stem = text[region.end():region.end() + stem_len]
            word = self._industry_word(text, region.end() + stem_len, project)
            if word and (word.group() in companies.firm_words or brand_alone and region.group() in self.gazetteer.province_names
                         and WORKS_ALONE.fullmatch(text, word.end(), project.end) and self._coined_brand(stem)) \
                    and not self.names.is_generic(stem) \
                    and not self.names.count.search(stem) and not self.gazetteer.region_re.match(stem):
                return self._firm_words_end(text, project, word.end())
        return None

    def _coined_brand(self, stem: str) -> bool:
        """康达: characters the segmenter reads one by one, a name's among them, or a person's name it knows (天宇) (not 蒙药,
        湘绣, 酸辣粉: words of other kinds it knows; 辣条: a product's; 滇中, 榆横: a region's abbreviation)."""
        words = self.companies.words(stem)
        if len(words) == 1:
            return words[0][1] in NAME_TAGS
        return all(len(word) == 1 for word, _ in words) and any(tag in NAME_TAGS for _, tag in words) and \
            not any(tag == ABBREVIATION_TAG for _, tag in words)


def _company_names(doc: DocState) -> set[str]:
    """The names of the text's companies found so far, standing alone or inside other names."""
    return {doc.text[m.start:m.end] for m in (*doc.names, *doc.nested) if m.label == COMPANY}


def _names_opened_by(doc: DocState, brand: str) -> set[str]:
    """The names of the text's companies that open with `brand` and go on after it."""
    return {name for name in _company_names(doc) if name.startswith(brand) and len(name) > len(brand)}


def _known_opening(doc: DocState, start: int) -> str | None:
    """The longest short name of a company that stands at `start`, looked up by its length (not by sorting every
    short name a long text knows for each project)."""
    text, names = doc.text, doc.short_names
    for size in range(min(max(map(len, names), default=0), len(text) - start), 0, -1):
        if names.get(text[start:start + size]) == COMPANY:
            return text[start:start + size]
    return None
