"""Products listed inside one project's name: 福建某某集团有限公司开关、低压电器、塑胶管材生产加工项目, 侯马经济开发区高频变压器、
电感元器件项目. The suffix finder reads only the last product with the suffix (塑胶管材生产加工项目);
the products before it, joined by 、, are the same project's when none of them is a name of its own (no firm, park or
project, no firm's shape: 凯岚科技、博远电子项目 names two firms' projects; no works: 高旺大桥、古皂水库工程) and the first
follows the firm, park or place the project is named after. After a firm's full name the suffix finder may have read
the last product cut (聚合氯化铝项目 → 氯化铝项目) or not at all (配送项目: generic alone): there the run of products
(`product_run` in project.yaml) and 项目 name the project, from the firm's name."""
from __future__ import annotations

import re
from typing import Any

from kg.extract.entities.companies import CompanyRecogniser
from kg.extract.entities.state import DocState
from kg.model import Mention
from kg.schema import COMPANY, PARK, PROJECT

SEGMENT_BREAKS = "、，,。；;：:的有为是\n（）()“”"  # what ends a product's segment on its left
WORKS = ("铁路", "公路", "高速公路", "大桥", "水库", "电站", "广场", "综合体", "改造", "旧改", "厂房", "管网", "道路", "隧道")  # works, no products
MAX_PRODUCT = 14  # characters of one product (15万吨乳酸, 汽车隔音垫及装饰裙板)
NAME_ENDS = ("项目", "工程", "公司", "集团", "园", "区", "基地", "中心", "厂", "线", "期")  # a segment ending so is a name
DEED_TAGS, VERB_TAGS = frozenset({"v", "vn", "ad", "d", "t"}), frozenset({"v", "vn"})
FIRM_WORDS, FIRM_REACH = ("公司", "集团"), 20  # a firm's name opening the project after the 、: the firms' projects are two


class JoinedProducts:
    def __init__(self, project: dict[str, Any], companies: CompanyRecogniser):
        self.companies = companies
        self.product_run, self.product_run_not, self.product_run_opening_not = (
            re.compile(project[k]) for k in ("product_run", "product_run_not", "product_run_opening_not"))

    def find_after_firms(self, doc: DocState) -> None:
        """某某塑胶科技有限公司氯化聚乙烯、氯化聚氯乙烯、聚合氯化铝项目: one project of the products after a firm's full name
        (the firm is its developer), when no name but a project's is among them."""
        text = doc.text
        for firm in [m for m in doc.names if m.label == COMPANY and self.companies.is_legal_name(doc, m)]:
            run = self.product_run.match(text, firm.end)
            if run is None or self.product_run_not.search(run.group()) or self.product_run_opening_not.match(run.group()) \
                    or doc.regions.overlaps(firm.end, run.end()):
                continue  # (某公司投资建设锂电池、储能电池项目: what the firm does, then its products)
            end = run.end() + len("项目")
            inside = doc.names.overlapping(firm.end, end)
            if any(m.label != PROJECT or m.start < firm.end or m.end > end for m in inside):
                continue
            for m in [*inside, firm]:
                doc.names.remove(m)
            doc.nested.append(Mention(firm.start, firm.end, COMPANY, "company.in_project"))
            doc.names.add(firm.start, end, PROJECT, "project.joined_products")  # (no alias without the firm: the
            # products alone, 新能源、新材料项目, would join the projects of other firms)

    def find(self, doc: DocState) -> None:
        for project in [m for m in doc.names if m.label == PROJECT and doc.text[m.start - 1:m.start] == "、"]:
            start = self._first_product(doc, project)
            if start is None or self._opens_with_firm(doc.text[project.start:project.end]):
                continue  # (A公司年产…生产线、B公司…项目; 橙果桥梁…制造、创实玻璃年产…项目: each firm's own project)
            owner = doc.names.last_before(start)
            owner = owner if owner and owner.end == start and owner.label in (COMPANY, PARK) else None
            region = doc.regions.last_before(start)
            name_start = owner.start if owner else region.start if region and region.end == start else start
            first_end = doc.text.index("、", start)
            if name_start == start or doc.regions.at(project.start) or self._holds_a_deed(doc.text[start:first_end]):
                continue  # (建设胶黏剂、…项目, 高旺大桥、蒙山县…工程, 某公司投资建设锂电池、…项目: no products of a name)
            doc.names.remove(project)
            if owner:  # (the firm is the project's developer; a park's name is the project's, as 某开发区某某项目)
                doc.names.remove(owner)
                if owner.label == COMPANY:
                    doc.nested.append(Mention(owner.start, owner.end, COMPANY, "company.in_project"))
            doc.names.add(name_start, project.end, PROJECT, "project.joined_products")
            if name_start < start:
                doc.aliases.append((PROJECT, doc.text[name_start:project.end], doc.text[start:project.end]))

    def _first_product(self, doc: DocState, project: Mention) -> int | None:
        """Where the first product before the project's suffix starts, if every segment before it is a product."""
        text, end, first = doc.text, project.start - 1, None
        while end > 0 and text[end] == "、":
            start = max(text.rfind(ch, 0, end) for ch in SEGMENT_BREAKS) + 1
            named = doc.names.last_before(end)
            start = max(start, named.end) if named and named.end <= end else start
            if not self._product(doc, start, end):
                return None
            first, end = start, start - 1
        return first

    def _holds_a_deed(self, product: str) -> bool:
        """投资建设锂电池, 今年引进高频变压器, 主要从事…: a verb among other words, or a word of time or manner, says what
        the firm or park does (a product of one word may read as a verb: 开关, 节能)."""
        words = self.companies.words(product)
        return any(tag in DEED_TAGS and len(word) > 1 for word, tag in words) and (
            len(words) > 1 or words[0][1] not in VERB_TAGS)

    def _opens_with_firm(self, name: str) -> bool:
        companies = self.companies
        return any(word in name[:FIRM_REACH] for word in FIRM_WORDS) or any(
            companies.ends_with_industry_word(name[:n]) and companies.is_short_name(name[:n]) and companies.is_coined(name[:n])
            for n in range(4, 8))

    def _product(self, doc: DocState, start: int, end: int) -> bool:
        product = doc.text[start:end]
        return 2 <= len(product) <= MAX_PRODUCT and not product.endswith(NAME_ENDS) and not any(w in product for w in WORKS) \
            and not doc.names.overlaps(start, end) and not doc.regions.overlaps(start, end) \
            and not (self.companies.ends_with_industry_word(product) and self.companies.is_coined(product))
