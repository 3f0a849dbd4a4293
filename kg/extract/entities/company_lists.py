"""Short company names in enumerations (company.yaml): A、B、C等8家企业, A、B入选…, A、B等56个重点项目."""
from __future__ import annotations

import re
from functools import partial
from typing import Any

from kg.extract.entities.brands import (brand_named, brands, content_parts, firm_lines, firm_names, firms_named, is_kind,
                                        joined_short_names, mostly_brands, name_opened_lists, not_plain_endings,
                                        persons_after_firms, placed_brands, represented_by)
from kg.extract.entities.companies import FIRM_ENDINGS, CompanyRecogniser
from kg.extract.gazetteer import Gazetteer
from kg.extract.entities.names import QUOTES, NameText, bare, before_amount_note
from kg.extract.entities.state import DocState
from kg.extract.search import alternation, compile_scan
from kg.extract.text import LIST_COMMA, in_brackets, listed_after
from kg.model import Mention
from kg.schema import COMPANY, PARK, PROJECT

# a clause: what no list runs across (，以及 continues one); a list chain: A、B… or A等
CLAUSE = re.compile(r"(?:[^，。；！？!?;,\n：:]+|[，,]以及)+")  # a run at a time, not a group per character
ETC_AHEAD = re.compile(r"[^，。；！？,;\n]*?等")  # a 等 ahead in the same clause
PHASE, PHASE_END = re.compile(r"[一二三四五六七八九十\d]期"), re.compile(r"[一二三四五六七八九十\d]期$")  # 平安三期: no firm's
# 年产2万吨…: a capacity describes what a project makes (its number is no count of the list's things)
CAPACITY = re.compile(r"(?:年(?:产|加工|处理|出栏))?\d+(?:\.\d+)?\s*[万亿千百]?[吨件台套头只]")  # 年产2万吨, 180吨: what a project makes
PARTNER = re.compile("[与跟](?!.*[与跟])")  # the last of these in the first member of a list
AFTER_PLAIN_COMPANY = re.compile("(?<=公司|集团)(?!(?:和|及|与)[^，,。；;、]{2,16}?(?:公司|集团))")  # (…B公司和C集团: after C's)
JOINED_LEGAL = compile_scan("[和及与](?=[^，,。；;、和及与]{4,30}?有限(?:责任)?公司$)")  # A、B陶瓷和C有限公司: C too
MEMBER_END = re.compile(r"[，,。；;、）)\n]|等|$")  # what may follow a list's last member
JOINED_LAST = re.compile("(?<=公司|集团)(?:和|及|与)(?=[^，,。；;、]{2,16}?(?:公司|集团)$)")  # A、B公司和C集团: C is a member too
# the words between 等 and the head noun describe the members (等2家入选企业); a clause's verb (会见了, 等5个集群入选…企业) does not
HEAD_MODIFIER = r"(?:(?![了着对把被将从向为到]|(?:入选|获评|列入|纳入|荣获|评为|上榜)(?!的?(?:企业|公司|单位|项目)))[\u4e00-\u9fff])"
SEPARATOR = compile_scan(f"{LIST_COMMA.pattern}|[，,]?以及")
# (…是当地某产业的两家“链主”企业: a copula and the words of the pair's kind before the count)
PAIR = re.compile(r"([^，。；、：:\s]{2,16}?)和([^，。；、：:\s]{2,10}?)(?:(?:(?:是|为|均为|都是|同为)[^，。；、：:]{0,16}?)?"
                  r"(?<![\d一二三四五六七八九十百这该此其])(?:两|二|2)\s*家[^，。；、：:\d家]{0,8}?(?:企业|公司)"
                  r"|(?:均为|均是|都是|都为|同为|皆为)[^，。；、：:]{0,20}?的[^，。；、：:的]{0,8}?(?:企业|公司))")  # (…都是某区内的主导企业)
COUNT_SOURCE = r"(?:共计?|合计|总计)?\s*(?<!第)(?:\d+|[一二三四五六七八九十两]+)[余多]?[家户个大]"  # (A、B共6家企业, 四大产业; not 第二大)
COUNT, COUNTED_FIRMS = compile_scan(COUNT_SOURCE), compile_scan(rf"{COUNT_SOURCE}(?<!个)(?:企业|公司)")  # 2家企业: firms counted
FIRMS_COUNTED = re.compile(  # 等16家为…, 等10多家先进制造业企业 (members named as firms): 家 counts firms
    r"\s*(?:\d+|[一二三四五六七八九十两]+)[余多]?家(?:均|都|已|为|是|入选|获评|被|[^，,。；;、\n]{1,16}?(?:企业|公司))")
QUOTE, ETC = re.compile(f"[{re.escape(QUOTES)}]"), re.compile("(?<![一二三特])等|等(?!奖)")  # (not 二等奖: a grade)
LISTING_NOTE = re.compile(r"[（(][^（）()]{1,12}、[^（）()]{1,12}[）)]$")
NOTE_END = re.compile(r"[（(][^（）()]{1,12}[）)]$")
MIDDLE_NOTE = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?<!中国)[（(][^（）()]{2,8}[）)](?=[\u4e00-\u9fff]{2})")
JOINED_LISTS = re.compile("以及|及|和")  # between two lists, each closed by 等 and its head
COLON_LINE_END = re.compile(r"[：:][ \t]*(?=\n)")
END, EMPTY = re.compile(r"$"), re.compile("")  # a list's end; a cut at a position found otherwise
OPENER_END = re.compile(r"[：:\s]*")  # after an opener, before the list's first name
ANNOUNCED_BEFORE, ANNOUNCED_REACH = re.compile("名单|如下"), 300  # a list announced before its numbered headings, how far back
HEADING_REACH = 24  # characters of a numbered heading before its list (1. 特色食品企业：)
PEOPLE_TITLE_REACH = 4  # characters before a list's first member that may end with an official's title
OPENER_REACH = 32  # characters before a list that its opener may take (投资方为, 8家企业入选全省某某企业库，分别是)
LIST_CHAIN = re.compile(r"(?:[^，。；！？!?;,\n：:]|[，,]以及)+、(?:[^，。；！？!?;,\n：:]|[，,]以及)+"
                        r"|[^，。；！？!?;,\n、：:]+等")


class CompanyLists:
    def __init__(self, company: dict[str, Any], project: dict[str, Any], names: NameText, gazetteer: Gazetteer,
                 companies: CompanyRecogniser):
        self.names, self.gazetteer, self.companies = names, gazetteer, companies
        self.is_kind = partial(is_kind, names, re.compile(alternation(project["kinds_of_works"])))  # 写字楼、星级酒店等项目
        heads = alternation(company["list_heads"])
        self.company_heads, self.body_heads = frozenset(company["list_heads"]) - {"项目"}, frozenset(company["body_list_heads"])  # firms; bodies (单位)
        titles = alternation(company['people_titles'])  # (a level before the title: 县领导, 县委书记, 市长)
        self.people_title_re, self.people_title_end_re = re.compile(f"(?:[省市县区州旗镇乡]委?)?(?:{titles})"), re.compile(f"(?:{titles})$")
        self.not_plain_re, self.activities_close, self.activities_after_re = (
            not_plain_endings(company), company["activities_close"], re.compile(company["activities_after_list"]))
        context = f"(?:{alternation(company['firm_context_words'])})(?!{company['firm_context_not_before']})"  # (not 企业家)
        self.firm_context, self.document_words = re.compile(context), tuple(project["document_words"])  # (某某融资合作协议)
        self.not_brand_works_endings = tuple(project["not_brand_works_endings"])  # (长三角一体化、北斗导航等重大产业项目)
        self.applied_for_re, self.content_re, self.people_after_re = (re.compile(alternation(project["applied_for_verbs"])),
                                                                      re.compile(project["content_opening"]), re.compile(company["people_after_list"]))
        self.places = frozenset(company["place_groups"] + company["nation_openings"]) | gazetteer.region_names
        self.list_head_re = re.compile(
            rf"(等)?(?:(?<=等)[“\"](?=[^“”\"，。；]{{1,10}}[”\"]))?(?!人(?![工造才])|[次级])\s*(?:一大批|大批)?\s*(?:首批|第[一二三四五六七八九十\d]+批)?\s*(?:(?:近|约|超过|超|逾|共计|合计|总计|共)?\s*(?:\d+|[一二三四五六七八九十两]+))?\s*[余多]?[家户个]?(?:(?<=[家户个])(?:{HEAD_MODIFIER}{{1,4}}[、和及与])+)?(?:\d+强(?:[、和及与](?=[^、，。；]{{0,6}}?\d+强))?|{HEAD_MODIFIER}){{0,10}}?(?(1)(?:[“\"]{HEAD_MODIFIER}{{1,8}}[”\"](?:型|中小)?(?=企业))?)({heads})(?!(?<=项目)(?:单位|业主|法人|公司|部|指挥部))(?!(?<=企业)(?:家|主(?!要|导|体)))(?!(?<=龙头)(?:项目|产业|工程|企业|行业|人物|产品|品类|品牌|景点|景区|城市|园区|作用))"
        )  # (等16名企业家: people; 等9家钢铁、焦化企业, 等世界500强、中国500强企业, 等“行业巨头”; not 等新型龙头项目, 等项目单位)
        # A、B等总投资10亿元以上的项目, A、B等近年来落户某镇的10家企业 (not 等…储备的220个项目): a description ending in 的
        self.described_head_re = re.compile(  # between 等 and the head (not 东莞、中山等地的企业家; 等已成为领军企业, its clause's end)
            rf"(等)(?:(?!地)[^，。；！？、\n]{{0,20}}?的\s*(?:(?:\d+|[一二三四五六七八九十两]+)\s*[家户])?{HEAD_MODIFIER}{{0,6}}?"
            rf"|(?:已|均|都|先后|相继)*(?:成长为|发展成为|发展为|成为)(?![^，。；！？、\n]{{0,12}}?(?:{heads})[^，。；！？、\n])[^，。；！？、\n]{{0,12}}?)({heads})")
        self.category_re = re.compile(rf"(?:{alternation(company['category_heads'])})(?![内中里])")  # (not 等在行业内颇有影响力的企业)
        self.trade_head_re, self.not_firm_endings = re.compile(alternation(company["trade_heads"])), tuple(company["not_firm_endings"])
        self.rank_re, self.brand_rank_re = re.compile(alternation(company["rank_heads"])), re.compile(alternation(company["brand_rank_heads"]))
        self.counted_category_re = re.compile(  # 特种纸、绿色食品、高档家具3个传统产业: kinds of business counted
            rf"{HEAD_MODIFIER}{{0,6}}?(?:{alternation(company['category_heads'] + company['counted_kind_heads'])})(?!项目|工程|企业|公司)"
            rf"|(?<![家户])(?:{alternation(company['counted_topic_heads'])})(?![^，,。；;]{{0,10}}?(?:企业|公司|厂|车企|集团|单位|项目|工程))")
        self.copula_re = re.compile(rf"(?:{alternation(company['list_copulas'])})[^，。；！？]*?(?:企业|公司)")
        # (not 以企业为主体、以市场为导向, 以领航企业为引领: taking firms as the main body, no list of them; but 规模以上企业有A、B)
        opener = (rf"(?<!以)(?<!以[^上下])(?<!以[^上下].)(?<!以[^上下]..)(?:{alternation(company['list_opener_heads'])})(?:分别|主要|依次)?"
                  rf"(?:{alternation(company['list_opener_verbs'])})|{company['list_opener_counts']}|(?P<deed>{company['list_opener_deeds']})"
                  rf"|(?P<example>{company['list_opener_examples']})")
        self.opener_re = compile_scan(rf"(?:{opener})[：:]?\s*$")
        self.member_kind_re = re.compile(company["member_kind"])  # 饲料企业正大饲料: the member's kind, then its name
        self.heading_re, self.any_opener_re = compile_scan(company["list_heading"]), compile_scan(opener)  # (the latter: a quick test)
        self.numbered_opener_re, self.numbered_item_re = (re.compile(company[k]) for k in ("numbered_list_opener", "numbered_list_item"))
        self.line_deed_endings = tuple(company["line_deed_endings"])

    def find(self, doc: DocState) -> None:
        """A、B、C等8家企业 / A、B入选… : the members are companies."""
        text = doc.text
        for clause in CLAUSE.finditer(text):
            words = clause.group()
            if "、" not in words and "等" not in words:
                if "家" in words or "和" in words and self.copula_re.search(words):
                    self._pair(doc, clause.start(), clause.end())
                continue  # the chains' pattern backtracks at every character of a clause it cannot match
            for chain in LIST_CHAIN.finditer(text, clause.start(), clause.end()):
                for start, end in self._chains_joined(text, chain.start(), chain.end()):
                    if items := self._split(doc, start, self._chain_end(text, start, end)):
                        self._type_list(doc, items)
        name_opened_lists(doc, self.companies, self.gazetteer)  # …，分别是A和B, …占了三个席位，分别为A、B和C

    def _chains_joined(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """A等代建项目以及B、C等项目: two lists, each closed by 等 and its head, joined by 以及 (or 及, 和)."""
        if text.find("等", start, end) == -1:
            return [(start, end)]  # (most chains: no list closed by 等 to join)
        chains = []
        for joint in JOINED_LISTS.finditer(text, start, end):
            etc = text.rfind("等", start, joint.start())
            head = self.list_head_re.match(text, etc, joint.start()) if etc != -1 else None
            if head and head.group(1) and text[head.end():joint.start()] in ("", "，", ","):  # (A等企业，以及B等企业)
                chains.append((start, joint.start()))
                start = joint.end()
        return chains + [(start, end)]

    def find_numbered(self, doc: DocState) -> None:
        """企业名单如下：(line break) 1. A (line break) 2. B: each numbered line holding one name alone names a firm."""
        text = doc.text
        for colon in COLON_LINE_END.finditer(text):
            line_start = text.rfind("\n", 0, colon.start()) + 1
            opener = self.numbered_opener_re.search(text, line_start, colon.end())
            if opener is None:
                continue
            head = opener.group(1) or opener.group(2) or opener.group(3)
            items, position = [], colon.end()
            while position < len(text):
                line_end = len(text) if (line_end := text.find("\n", position)) == -1 else line_end
                item = self.numbered_item_re.fullmatch(text, position, line_end)
                if item is None:
                    if text[position:line_end].strip():
                        break
                else:
                    items.append((item, (*item.span(next(g for g in ("name", "plain", "ranked") if item.group(g))), head)))
                position = line_end + 1
            plain = [text[s:e] for (item, (s, e, _)) in items if not item.group("name")]
            if plain and not firm_lines(self.companies, plain, self.line_deed_endings):
                continue  # 企业包括：(line break) 锂电池 (line break) 光伏组件: lines not numbered, no firms' names
            members = [member for item, member in items if not item.group("section")]
            if items:  # 一、先进制造业 (line break) 1. A: the sections are no members, unless all lines are sections
                self._type_list(doc, members if members else [member for _, member in items])

    def _pair(self, doc: DocState, start: int, end: int) -> None:
        """中联重科和三一汽车两家企业入选…, 荣光鞋业和宏运鞋业都是…主导企业: two firms' names joined by 和, counted or said so."""
        text, companies = doc.text, self.companies
        for pair in PAIR.finditer(text, start, end):
            members = [(self._member_start(doc, *pair.span(1), first=True), pair.end(1)), pair.span(2)]
            if all(companies.is_short_name(text[s:e]) for s, e in members) and any(
                    companies.ends_with_industry_word(text[s:e]) or companies.is_coined(text[s:e]) for s, e in members):
                self._type_list(doc, [(s, e, "企业") for s, e in members])  # (not 国有和民营两家企业: kinds)

    def _name_bracket(self, inner: str) -> bool:
        """集团, 中国, 香港: what a company's own name holds in brackets (a group word or a place)."""
        return inner in self.companies.group_suffixes or inner in self.gazetteer.region_names

    def _unnoted(self, name: str) -> str:
        """东方希望（三门峡）铝业: a short name judged without the place in brackets inside it."""
        noted = (inner := MIDDLE_NOTE.search(name)) and self._name_bracket(inner.group()[1:-1])
        return name[:inner.start()] + name[inner.end():] if noted else name

    def _chain_end(self, text: str, start: int, end: int) -> int:
        """A、B等央企、国企和行业领军企业入驻: 等 and a head end the members, though a list of kinds follows."""
        etc = text.find("等", start, end)
        while etc != -1 and text.find("、", etc, end) != -1:
            head = self.list_head_re.match(text, etc, end)
            if head and head.group(1):
                return head.end()
            etc = text.find("等", etc + 1, end)  # (乙等离子科技: a 等 inside a member's name)
        counted = COUNTED_FIRMS.search(text, start, end)  # A、B 2家企业分别入选X、Y: so does a count of firms
        return counted.end() if counted and "、" in text[start:counted.start()] and "、" in text[counted.end():end] else end

    def _split(self, doc: DocState, start: int, end: int) -> list[tuple[int, int, str]] | None:
        """Members of an enumeration and what follows it ('head', 'cue' or '')."""
        text, companies = doc.text, self.companies
        parts, position = [], start
        etc = ETC.search(text, start, end)  # (A、B等9家钢铁、焦化企业: the trades after the count are one head)
        joined_head = etc and (head := self.list_head_re.match(text, etc.start())) and head.group(1) and "、" in head.group()
        for sep in SEPARATOR.finditer(text[start:etc.start() if joined_head else end]):
            if in_brackets(text, position, start + sep.start()):
                continue  # 康师傅（方便面、饮料）、天地壹号: a member's note holds a list of its own (left off the name)
            note = LISTING_NOTE.search(text, position, start + sep.start())  # (A（22亿元）、B: the sum is left off A)
            parts.append((position, note.start() if note else before_amount_note(text, position, start + sep.start())))
            position = start + sep.end()
        last_start, last_end = position, end
        tail, follow = text[last_start:last_end], ""  # the last member ends where 等, a count, a head or a cue begins
        m = ETC.search(tail)
        head = None
        if m:
            head = self.list_head_re.match(text, last_start + m.start()) or self.described_head_re.match(
                text, last_start + m.start())
            cued = companies.name_end_re.match(text, last_start + m.end())  # A、B等(则)入选…
            follow = "head" if head else "cue" if cued else "etc"
            if cued and self._company_program_at(doc, cued.end()):
                follow, head = "company_cue", None
            counted = COUNT.match(text, last_start + m.end())  # A、B等5家国家级专精特新“小巨人”企业: a program's members
            program_at = counted.end() if counted else last_start + m.end()  # (A、B等国家级…企业: no count)
            if not head and self._company_program_at(doc, program_at):
                follow = "company_cue"
            last_end = before_amount_note(text, last_start, last_start + m.start())
        else:
            cue = companies.selection_cue_re.search(tail) or companies.location_cue_re.search(tail)
            head_m = COUNT.search(tail)
            # 授予A、B“X”称号: the title that follows the list is its cue
            title = next((q for q in QUOTE.finditer(tail)
                          if doc.programs.starts_at(last_start + q.end())), None)
            cue = cue or title
            copula = self.copula_re.search(tail)  # A、B均为国家级…企业
            represented = None if copula or not parts else represented_by(self.companies, text, parts, last_start, tail)
            if represented:
                copula, parts[0] = represented  # 循环产业以A、B为代表: the first member starts after 以
            cuts = [x for x in (cue, head_m, copula) if x]
            if not cuts and parts and all(text.endswith(FIRM_ENDINGS, s, e) for s, e in parts):
                # 与A公司、德国B公司、C公司签下…: names with a plain 公司 (or 集团), the last one's ends the list
                cuts = [m for m in [AFTER_PLAIN_COMPANY.search(tail)] if m]
            if not cuts and parts:
                brand_end = self._brand_list_end(doc, parts, last_start)  # 雷晟新材料、坤载新材料主攻…
                cuts = [EMPTY.match(tail, brand_end - last_start)] if brand_end else []
            if not cuts:
                first_member = parts[0] if parts else (last_start, last_end)
                # an opener must end where the first member starts (inside its span): its start is found only when one stands near
                headed = self._headed(text, first_member[0])  # 3. 种业企业：A、B；
                if not headed and not self.any_opener_re.search(
                        text, max(0, first_member[0] - OPENER_REACH), first_member[1]):
                    return None
                if not headed and not self._opened(doc, self._first_start(doc, *first_member)):
                    return None
                # 投资方为A、B。: the opener says what the members are; the last ends before a verb (入选企业中，A、B专注于…)
                verb = self.names.cut_after.search(tail, 1)
                cuts = [verb or END.search(tail)]
            first = min(cuts, key=lambda x: x.start())
            follow = "cue" if first is cue else "企业" if first is copula or first not in (cue, head_m) else "count"
            if first is cue and self._company_program_at(doc, last_start + cue.end()):
                follow = "company_cue"
            if first is head_m:
                head = self.list_head_re.match(text, last_start + head_m.start())
                if head is None and (head_m.group().endswith("大") or self.counted_category_re.match(text, last_start + head_m.end())):
                    return None
                follow = "head" if head else "count"
            last_end = last_start + first.start()
        last_end = last_start + len(self.names.trailing_adverbs.sub("", text[last_start:last_end]))
        joined = JOINED_LAST.search(text, last_start, last_end) or next(
            (m for m in JOINED_LEGAL.finditer(text, last_start, last_end)
             if self.companies.ends_with_industry_word(text[last_start:m.start()])), None) or (
            parts and joined_short_names(self.companies, text, last_start, last_end, [text[s:e] for s, e in parts]))
        if joined:  # A、B公司和C公司: C is a member too (not 和当地多家公司: firms counted, no name)
            parts.append((last_start, joined.start()))
            last_start = joined.end()
            if self.names.count.search(text, last_start, last_end) or self.names.is_generic(text[last_start:last_end - 2]):
                last_start, last_end = parts.pop()
        note = LISTING_NOTE.search(text, last_start, last_end)  # (天地壹号、康师傅（方便面、饮料）等企业)
        parts.append((last_start, note.start() if note else last_end))
        # 规上企业有A、B、C等，: an opener says what the members are; so do a heading's kind (1. 特色食品企业：A、B等), 家 (等16家为…)
        if follow == "etc":  # (the members' starts are found only when a test reads their names: none changes the document)
            def listed(first: int) -> list[str]:
                return [text[first:parts[0][1]]] + [text[self._member_start(doc, s, e, first=False):e] for s, e in parts[1:]]
            counted = FIRMS_COUNTED.match(text, last_start + m.end())
            if not (counted and firms_named(companies, listed(self._first_start(doc, *parts[0])), self.not_firm_endings)
                    or self._headed(text, parts[0][0])
                    or self.any_opener_re.search(text, max(0, parts[0][0] - OPENER_REACH), parts[0][1])
                    and self._opened(doc, first := self._first_start(doc, *parts[0])) and firm_names(companies, listed(first))):
                return None
            follow = "企业"
        # each member starts after its own place (芜湖经开区的澜拓热管理) and context words (one after 、 keeps its 万向钱潮)
        parts = [(self._member_start(doc, s, e, first=i == 0), e) for i, (s, e) in enumerate(parts)]
        head_word = head.group(2) if head else ""
        members = [text[s:e] for s, e in parts]
        if head and self._names_kinds(head, members):
            return None
        if any(m in companies.industry_words for m in members) and not mostly_brands(companies, members):
            return None  # 钣金、管件等数十家配套企业: an industry word makes a list of kinds (not 华星、精工等企业: brands)
        if all(m.endswith("化") for m in members) and not brands(companies, members):
            return None  # 用地集约化、原料无害化等特征的企业: qualities, no names (not 云天化、中石化、巨化: brands)
        if parts and self._opened(doc, parts[0][0]):
            head_word = "企业"  # 入选企业分别是：A、B等: the opener names the members' kind
        if parts and (head_word or follow) != "项目":  # 某某电子与A、B、C等厂商合作: the list's subject and its
            if partner := PARTNER.search(text, parts[0][0] + 1, parts[0][1] - 2):  # partners (A与B之间的合作… names a project)
                parts[0] = (partner.end(), parts[0][1])
        return [(s, e, head_word or follow) for s, e in parts if e > s]

    def _names_kinds(self, head: re.Match, members: list[str]) -> bool:
        """手机配件、智能穿戴等上下游企业, 装备制造、生物医药等高端制造业项目: the head's words make the members kinds of
        business (not 等某某产业龙头企业, 华电、秉信等上下游企业; nor brands' projects: 京东方…、比亚迪…等在建产业项目)."""
        companies, words, projects = self.companies, head.group(), head.group(2) == "项目"
        if self.rank_re.search(words) or projects and self.brand_rank_re.search(words) and brands(companies, members):
            return False
        if not projects:
            return bool(self.category_re.search(words)) and not (
                mostly_brands(companies, members) or placed_brands(companies, self.gazetteer, members))
        works = [self._brand_works(m) for m in members if not PHASE_END.fullmatch(m)]  # (某产业园二期: a phase left alone)
        branded = [brand_named(companies, m) for m in members]
        return bool(self.category_re.search(words)) and not (works and all(works)) or \
            bool(self.trade_head_re.search(words)) and not any(branded)

    def _brand_works(self, member: str) -> bool:
        """京东方第6代柔性显示生产线, 英纳法, 四川时代动力电池基地: a brand's name of three characters or more (after a place, four
        more: not 广东家电, 景德镇陶瓷), not a region's strategy nor a field (project.yaml not_brand_works_endings)."""
        place = self.gazetteer.region_re.match(member)
        return brand_named(self.companies, member) and (len(member) - place.end() >= 4 if place else len(member) >= 3) \
            and not member.endswith(self.not_brand_works_endings)

    def _brand_list_end(self, doc: DocState, parts: list[tuple[int, int]], last_start: int) -> int | None:
        """雷晟新材料、睿智新材料、坤载新材料主攻…: a list that nothing closes holds companies when every member is
        company-shaped (a stem and an industry word) and most stems are brands (company.yaml brand_tags); the last
        member ends with its industry word. Returns where it ends, or None."""
        companies, text = self.companies, doc.text
        last_end = companies.shaped_name_at(text, last_start)
        if last_end is None or not all(companies.ends_with_industry_word(text[s:e]) for s, e in parts):
            return None  # (a quick test before each member's start is found)
        members = [text[self._member_start(doc, s, e, first=i == 0):e] for i, (s, e) in enumerate(parts)]
        members.append(text[last_start:last_end])
        joined_end = companies.shaped_name_at(text, last_end + 1) if text.startswith("和", last_end) else None
        if joined_end is not None and MEMBER_END.match(text, joined_end):  # A、B和C。 (not A、B和某某职业技术学院)
            members, last_end = members + [text[last_end + 1:joined_end]], joined_end
        shaped = all(companies.ends_with_industry_word(m) and companies.is_short_name(m) for m in members)
        return last_end if shaped and brands(self.companies, members) else None

    def _member_start(self, doc: DocState, start: int, end: int, first: bool) -> int:
        text = doc.text
        barrier = max(start, doc.names.last_end_before(end))
        run_start = self.names.extend_left(text, end, barrier, 40)
        if run_start - 1 > barrier and text[run_start - 1] == "、" and not LIST_COMMA.match(text, run_start - 1):
            run_start = self.names.extend_left(text, run_start - 1, barrier, 40)  # 某某风电一、二期: one member
        member_start = self.names.trim_left(text, run_start, end, doc.regions, words_only=not first)
        if self.companies.passive_re.match(text, member_start) and end - member_start > 3:
            member_start += 1  # 总投资20亿元、由A公司、B公司和C三家出资: the agents after 由
        if end - member_start < 2:  # 华为: a name's own last character, not a preposition before nothing
            member_start = self.names.trim_left(text, run_start, end, doc.regions, words_only=True)
        if first:  # ，有A、B等企业, 莱城区有A等9家企业: the verb after a clause's start or a place opens the list
            place = doc.regions.at(member_start)
            if place and place.start == member_start and text.startswith("有", place.end) and not text.startswith(
                    self.names.having_words, place.end):
                member_start = place.end
            member_start = self.names.after_object_verb(text, self.names.after_joining_word(doc, member_start, end), end,
                                                        self.companies.words)
            if openers := list(self.any_opener_re.finditer(text, member_start, end - 2)):  # 规上企业主要有A、B: an opener
                member_start = OPENER_END.match(text, openers[-1].end(), end).end()
            roles = [m.end() for m in self.companies.role_re.finditer(text, member_start, end - 2)
                     if self.companies.opens_role(text, m.start())]  # 项目投资方东华公司、B公司…: the role opens the list
            member_start = roles[-1] if roles else member_start
        member_start = self.companies.after_description(text, member_start, end)
        kind = self.member_kind_re.match(text, member_start, end)
        trade = kind.group("trade") if kind else ""
        traded = not self.companies.is_coined(trade) and not self.gazetteer.region_re.match(trade)  # (words, not a brand)
        return kind.end() if kind and end - kind.end() >= 2 and traded else member_start

    def _first_start(self, doc: DocState, start: int, end: int) -> int:
        """Where a list's first member starts; a name found before (具体包括：洛钼集团、…) starts where it does."""
        if (known := doc.names.last_before(end)) and known.end == end and known.start >= start:
            return known.start
        return self._member_start(doc, start, end, first=True)

    def _opens_member(self, doc: DocState, company: Mention, start: int) -> bool:
        """The company's full or group name, right before the member's start (or one character cut from it)."""
        companies, text = self.companies, doc.text
        if companies.is_legal_name(doc, company) and company.end == start:
            return True
        # (at the list's start, or after a member's amount: 投资160亿元的北创集团波泥河冰雪旅游、…)
        if not companies.is_group_name(doc, company) or (
                company.start and text[company.start - 1] not in "、，：:的。；\n及"):
            return False
        # (a character cut between them opens a word with the member's first: 再|生铝型材, not 的|铝型材, 在|…)
        words = companies.words(text[company.end:start + 3]) if start - company.end == 1 else []
        return start == company.end or bool(words) and len(words[0][0]) > 1

    def _headed(self, text: str, start: int) -> bool:
        """1. 特色食品企业：A、B等: a numbered heading naming a kind of firm right before the list."""
        heading = self.heading_re.search(text, max(0, start - HEADING_REACH), start)
        return heading is not None and ANNOUNCED_BEFORE.search(text, max(0, heading.start() - ANNOUNCED_REACH),
                                                                 heading.start()) is not None  # (not （一）服务企业：…)

    def _opened(self, doc: DocState, start: int) -> bool:
        """投资方为A、B, 入选企业分别是：A、B, 此次入选的A、B (after a list of firms named): words that say they are firms."""
        opener = self.opener_re.search(doc.text, max(0, start - OPENER_REACH), start)
        counted = opener is not None and ("家" in opener.group() or "户" in opener.group())
        if (counted or opener is not None and opener.group("example")) and not self.firm_context.search(
                doc.text, max(0, opener.start() - 40), opener.end()):
            return False  # 有3家，分别是; 4户脱贫户…，分别是; 比如A、B等: firms only where the sentence speaks of firms (企业, 公司)
        return opener is not None and (not opener.group("deed") or any(
            m.end <= start and self._company_program_at(doc, m.start) for m in doc.programs))

    def _after_its_park(self, doc: DocState, start: int, end: int) -> bool:
        """某某工业园青海某某镁业年产…: a project after its park, opening with a place or capacity (not 某某信息港小镇)."""
        before = doc.names.last_before(start)
        return (before is not None and before.label == PARK
                and (self.gazetteer.region_re.match(doc.text, start, end) is not None
                     or CAPACITY.search(doc.text, start, end) is not None))

    def _company_program_at(self, doc: DocState, position: int) -> bool:
        """A、B等入选X企业名单: the program after the cue selects companies, so its subjects are companies."""
        text = doc.text
        while position < len(text) and text[position] in QUOTES:
            position += 1
        program = doc.programs.at(position)
        if program is None or program.start != position:
            return False
        name = re.sub("(?:名单|榜单|清单|名录)$", "", text[program.start:program.end].strip(QUOTES))
        return name.endswith(self.companies.program_heads)

    def _type_list(self, doc: DocState, items: list[tuple[int, int, str]]) -> None:
        text, companies = doc.text, self.companies
        items = listed_after(text, items, self.activities_close)  # 集研发、生产于一体的A、B等企业: the firms after it
        if not items or self.activities_after_re.match(text, items[-1][1]) or self.people_title_re.match(
                text, first := items[0][0]) or self.people_title_end_re.search(text, max(0, first - PEOPLE_TITLE_REACH), first):
            return  # 县领导A、B等来到…, 县委书记A、县长B等: people (not 池州长江…: a title's characters inside a name); 集A、B等工序于一体
        follow = items[-1][2]
        if follow == "项目":
            self._projects_in_list(doc, items)
        names = [(s, e, text[s:e]) for s, e, _ in items]
        known = [n for s, e, n in names if n in doc.short_names or doc.names.label_at(s) == COMPANY]
        shaped = [n for _, _, n in names if companies.ends_with_industry_word(n)]
        if follow in self.company_heads or follow == "company_cue":  # (航空零部件、无人机等关联企业: kinds of firms)
            confirmed = follow == "company_cue" or 2 * sum(companies.is_short_name(self._unnoted(n)) or n.endswith(FIRM_ENDINGS + ("厂",))
                                                           for _, _, n in names) >= len(names)  # (firms, plants: 某某自来水厂)
        elif follow in ("项目", "cue", "count"):
            confirmed = bool(known or shaped) and len(known) + len(shaped) * 2 >= len(names)
        else:
            confirmed = False
        if not confirmed:
            return
        placed = sum(1 for _, _, n in names if self.gazetteer.region_re.match(n)) > 1  # 东兴市A厂、东兴市B厂: each its own place
        people = persons_after_firms(doc, items, self.people_after_re)
        for s, e, name in names:
            name, e = (name[:-1], e - 1) if name[-1:] in "）)" and not any(c in name for c in "（(") else (name, e)  # A有限公司（以下简称B）、C: B
            note = NOTE_END.search(name)
            if note and note.start() >= 2 and not self._name_bracket(note.group()[1:-1]):
                # 美团（西藏运营中心）: the member's unit, in brackets after its name (not 润通控股（集团）: its name's)
                name, e = name[:note.start()], s + note.start()
            place = self.gazetteer.region_re.match(name)
            full_place = place is not None and place.group() in self.gazetteer.full_region_names
            # 东兴市某某工艺品厂: a factory's registered name holds its place (judged by its name after it)
            factory = placed and full_place and name.endswith("厂")
            if full_place and not factory and not name.endswith("公司") and companies.is_short_name(name[place.end():]):
                name = name[place.end():]  # 营口市某某化工、B等5户企业: a short name after its city's full name
                s += place.end()
            shape = name[:-2] if name.endswith("公司") and not self.not_plain_re.search(name) else name
            if shape != name and place and len(shape) - place.end() >= 2 and companies.is_short_name(shape[place.end():]):
                shape = shape[place.end():]  # 安徽某某生物科技公司: judged by its own words (not 河南能源公司: a place's trade)
            shape = name[place.end():] if factory else shape
            if (doc.names.overlaps(s, e) or not companies.is_short_name(self._unnoted(shape)) or PHASE_END.search(name)
                    or self.not_plain_re.search(name)  # 某市首家上市公司: a description
                    or not name or not self.names.is_name_char(name[0]) or name in self.places or self.people_title_end_re.search(name)
                    or s in people  # 某公司的林绿高、…等3位企业负责人: people
                    or follow in self.body_heads and not companies.ends_with_industry_word(name)
                    or follow == "项目" and (companies.developer_in(name) not in ("", name) or self.is_kind(name))):  # (三和科技新材料)
                continue  # (中科院某所、某某科技等6家单位: only the firms' shapes; （第24位）, 德国、日本等巨头, 海西州委副书记: no firms)
            doc.short_names.setdefault(name, COMPANY)

    def _projects_in_list(self, doc: DocState, items: list[tuple[int, int, str]]) -> None:
        """安易行、阿斯托特克等56个重点项目: each member a project, A and A项目 (guidelines), its developer too (台宏电子)."""
        text, companies = doc.text, self.companies
        # 广州双桥、三峡油漆4个项目: without 等 the members are the firms whose projects they are, unless a phase names a project
        # (平安三期、A、B3个项目); 等 may stand after the last member kept (the one before it may be another type's)
        closed_by_etc = ETC_AHEAD.match(text, items[-1][1], items[-1][1] + 40) is not None
        if self.applied_for_re.search(text, max(0, items[0][0] - 2), min(items[0][1], items[0][0] + 6)) or \
                content_parts(self.content_re, text, items, CAPACITY):
            return  # 申报A、B等项目: kinds of projects funds are asked for; 内容涵盖年产…、…等项目: one project's parts
        for s, e, _ in items:
            if not closed_by_etc and not PHASE.search(text, s, e) and not CAPACITY.search(text, s, e):
                continue  # (a phase or a capacity makes a member a project's description: 某某年产2万吨…)
            company = doc.names.last_before(s)
            if company and self._opens_member(doc, company, s) and not doc.names.overlaps(s, e):
                # 某某化工有限公司准东80万吨煤制烯烃等项目: the member opens with its firm's full name (or group's: 平铝集团再生铝型材)
                doc.names.remove(company)
                doc.nested.append(company)
                doc.names.add(company.start, e, PROJECT, "project.list_member")
                doc.aliases.append((PROJECT, text[company.start:e], text[company.start:e] + "项目"))
                continue
            name = text[s:e]
            if name.endswith(FIRM_ENDINGS):  # 湘桂公司、乐斯福公司等项目: the firms whose projects they are
                if companies.is_short_name(name[:-2]) and not doc.names.overlaps(s, e):
                    doc.short_names.setdefault(name, COMPANY)
                continue
            region = doc.regions.at(s)
            place_only = region is not None and region.start == s and (
                e - region.end < 2 or self.names.is_generic(text[region.end:e]))
            if (any(ch in bare(name) for ch in "（）()") or companies.joins_two_members(name)
                    or (s and text[s - 1] in QUOTES) or doc.names.overlaps(s, e)
                    or (doc.names.ends_at(s) and not self._after_its_park(doc, s, e))
                    or place_only or not 2 <= len(bare(name)) <= 24 or self.names.is_generic(name)
                    or companies.is_kind_of_works(name) or self.is_kind(name) or name.endswith(self.document_words)
                    or name in self.gazetteer.region_names or self.names.count.search(CAPACITY.sub("", name))):
                continue  # a region may open the name (某某市东融广场), a bracketed part close it (…基地（二期）)
            if companies.ends_as_park(name):
                doc.names.add(s, e, PARK, "park.list_member")  # 实施某某产业园等重大项目: a park
                continue
            doc.names.add(s, e, PROJECT, "project.list_member")
            doc.aliases.append((PROJECT, name, name + "项目"))
            developer = name if doc.short_names.get(name) == COMPANY else companies.developer_in(name)
            if developer:
                doc.nested.append(Mention(s, s + len(developer), COMPANY, "company.list_project"))
