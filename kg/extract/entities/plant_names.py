"""Companies named as works (company.yaml `plant_suffix`): a brand or a place and a product before 厂 (华新水泥厂, 山西铝厂),
not a kind of works (污水处理厂) nor works to be built."""
from __future__ import annotations

from kg.extract.entities.names import QUOTES
from kg.extract.entities.state import DocState
from kg.schema import COMPANY


class PlantNames:
    """Needs the CompanyRecogniser's `names`, `gazetteer`, `words`, `_legal_start`, `is_legal_name`, its tag sets
    and the plant patterns of company.yaml (`plant_suffix_re`, `plant_partner_re`, `plant_built_re`, `not_plant_re`,
    `plant_modifiers`)."""

    def plant_names(self, text: str) -> list[tuple[int, int]]:
        """(suffix start, end) of each 厂 that may end a works' name (华新水泥厂; not 工厂, 厂房)."""
        return [(m.start(), m.end()) for m in self.plant_suffix_re.finditer(text)]

    def add_plant_name(self, doc: DocState, suffix_start: int, end: int) -> None:
        """华新水泥厂, 山西铝厂: a works named by a brand or its place, and its product, is a company (not 污水处理厂)."""
        text = doc.text
        start = self._legal_start(doc, suffix_start)
        partner = [m.end() for m in self.plant_partner_re.finditer(text, start, suffix_start)]
        start = partner[-1] if partner else start  # 某县与某某水泥厂, 某某公司和某某酒厂: the partner before it
        position = start
        for word, tag in self.words(text[start:suffix_start]):
            position += len(word)
            if not (tag in self.not_brand_tags or tag in ("v", "d") and len(word) > 1):  # (晨|越: a brand's characters)
                break
            start = position  # 收购松原市柠檬酸厂: a verb before its place or brand
        opening = text[start:suffix_start]
        for i in range(1, len(opening) - 1):  # 某集团收购松原市柠檬酸厂: a clause's verb before the place opening it
            if self.gazetteer.region_re.match(opening, i) and (words := self.words(opening[:i])) and \
                    words[-1][1] == "v" and len(words[-1][0]) > 1:
                start += i
                break
        if text.startswith("原", start):
            start += 1  # 原某某石材厂: its former name
        clause = max(text.rfind(ch, 0, start) for ch in "，,。；;：:\n")
        if self.plant_built_re.search(text, clause + 1, suffix_start):
            return  # 将建设压裂砂厂、抗裂砂厂, 某县新建茶叶加工厂5座: works to be built
        place = self.gazetteer.region_re.match(text, start, suffix_start)
        own = text[place.end() if place else start:suffix_start]
        if not own or self.not_plant_re.search(own) or self.names.count.search(own) or \
                any(ch in QUOTES for ch in own) or not self._plain_product(own):
            return
        if place and len(own) < 2 and place.group() not in self.gazetteer.province_names:
            return  # 晋江市鞋厂: a city's works of a kind (山西铝厂: a province's works are few, and named so)
        branded = len(own) >= 3 and self._opens_with_brand(own) and not own.endswith("加工")  # (罗非鱼加工厂: a product's)
        if place and text.startswith("、", end) and not self.gazetteer.region_re.match(text, end + 1):
            start = place.end()  # 东兴市凯岚工艺品厂、博远红木等: the place frames the list, the others open without it
        owner = doc.names.last_before(start)
        if place and owner is not None and owner.end == start and self.is_legal_name(doc, owner):
            doc.names.remove(owner)  # 某某股份有限公司合肥铸锻厂: its works at a place, named with it (a branch)
            doc.names.add(owner.start, end, COMPANY, "company.branch")
        elif place or branded:
            doc.names.add(start, end, COMPANY, "company.plant_name")

    def _plain_product(self, own: str) -> bool:
        """华新水泥: a brand and a product, with no verb, modifier or quantity among them (not 支持茶叶加工, 小水泥)."""
        words = self.words(own)
        first, tag = words[0]
        coined = tag == "v" and len(first) == 1 and len(words) > 1 and len(words[1][0]) == 1  # (兴|擎包装厂: a brand)
        if own.startswith(self.plant_modifiers) or tag in ("d", "p", "c", "v") and not coined or tag == "a" and len(first) > 1:
            return False  # (将原县糖厂, 支持茶叶加工厂, 老旧塑料厂: a clause's words, not a brand's)
        return not any(tag in self.not_brand_tags for _, tag in words)  # (trade words may be verbs: 凯岚造纸厂)

    def _opens_with_brand(self, name: str) -> bool:
        """金星啤酒, 海世通水产品: a brand's word (not a place's) or two single characters of a brand open the name."""
        words = self.words(name)
        first = words[0]
        if len(first[0]) > 1:
            # (华新: a word the segmenter takes for a place, but no division's name, is a brand)
            return first[1] in self.brand_tags and not self.names.is_generic(first[0]) and \
                (first[1] != "ns" or first[0] not in self.gazetteer.region_names)
        return len(words) > 2 and len(words[1][0]) == 1 and all(tag not in self.not_brand_tags for _, tag in words[:2])
