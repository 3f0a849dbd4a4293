"""Programs (program.yaml): government lists, designations, pilots and awards, after a cue or a scope."""
from __future__ import annotations

import re
from typing import Any

from kg.extract.gazetteer import Gazetteer
from kg.extract.entities.names import QUOTES, NameText, bare
from kg.extract.entities.program_forms import RANKED, YEAR_OPENING, ProgramForms
from kg.extract.entities.program_names import ProgramNames
from kg.extract.entities.state import DocState
from kg.extract.search import alternation, compile_rare, compile_scan
from kg.extract.text import SENTENCE_END
from kg.schema import PROGRAM

MIN_NAME_AFTER_CUE = 4  # characters after a cue inside a run that make a name of their own (not 创建|示范县)
HEADING = re.compile(r"(?m)^[ \t]*(?:\d{1,3}\s*[.．、)）]|[（(][一二三四五六七八九十\d]{1,2}[)）]|[一二三四五六七八九十]{1,2}、)\s*"
                     r"([^，,。；;：:\n]{4,24})[：:]")  # a numbered line's heading
# 漳州市十强茶叶企业：A、B、C: a line headed by a program its place scopes, then its members
SCOPED_HEADING = re.compile(r"(?m)^[ \t]*([^，,。；;：:\n]{4,24})[：:](?=[^\n]*、)")
LIST_LINE = re.compile(r"(?m)^[ \t]*(?:附件\s*\d*\s*[：:]|附[：:])?[ \t]*(?:\d{1,3}\s*[.．、]\s*)?([^\n，。：:；;、]{4,36}?)(名单|榜单|名录|清单)(?:[（(][^（）()\n]{1,12}[)）])?[ \t]*$")
ANNOUNCED = re.compile(r"如下[：:]")  # 三份名单如下：(line break) 二、县域跨越发展先进县：A、B: the headings are the lists'
RECORD_AFTER = re.compile(r"\s*(?:总投资|计划总投资|投资|由|位于|建设|主要|项目|占地|规划)")
# what a line of these must hold, looked for first: the patterns of lines are tried at every character
BODY_WORD = 4  # characters of a body's word before its act (办公厅确定的)
LIST_WORDS, HEADING_COLON = re.compile("名单|榜单|名录|清单"), re.compile("[：:]")
# a batch's list line naming a level or a designation is a program (第三批省级现代农业产业园名单; not 首批参会企业名单)
BATCH_TITLE = re.compile(r"(?:\d{4}\s*年度?)?(?:第[一二三四五六七八九十\d]+批|首批).*?(?:省级|国家级|市级|县级|国家|全国|示范|专精特新|认定|绿色|先进|优秀|小巨人|冠军|瞪羚|现代农业|特色)")
TITLED_ITEM = re.compile(r"(?m)^[ \t]*\d{1,3}\s*[.．、]\s*[^—\n]{2,30}——\s*")  # a numbered item, a dash, its title
# 作为P，X…: a designation a scope or a place opens or a level holds (not 作为行业领军企业, 作为“链主”企业: a role; nor 作为某区的龙头企业)
AS_ROLE = re.compile(r"(?:^|(?<=[，。；！？\n]))[ \t]*作为([^，。；、\n的]{3,30})(?:之一)?[，,]")
TALLY_NOT_OPENED = re.compile(r"[，,]?\s*即(?:将|可|便|使)")


class ProgramRecogniser(ProgramForms, ProgramNames):
    def __init__(self, program: dict[str, Any], names: NameText, gazetteer: Gazetteer, park_suffixes: tuple[str, ...]):
        self.names, self.gazetteer = names, gazetteer
        self.naming_cues, self.park_suffixes = frozenset(program.get("naming_cues", ())), tuple(park_suffixes)  # (park.yaml's)
        self._read_appositives(program["appositive"])
        self.level_heads = tuple(sorted(program["level_heads"], key=len, reverse=True))  # the longest first
        bound_heads = "|".join(f"{re.escape(head)}(?!{alternation(after)})"
                               for head, after in program["bound_heads"].items())
        places = program["place_designations"]
        place_heads, self.place_levels = [word + level for word in places["words"] for level in places["levels"]], tuple(places["levels"])
        self.section_re, self.counted_set_re = re.compile(program["section_heading"], re.M), re.compile(program["counted_set"])
        self.announcement_re, self.announced_section_re = (re.compile(program["announced_section"][k], re.M) for k in ("announcement", "heading"))
        bound_heads += f"|(?:{alternation(place_heads)})(?!{alternation(places['not_after'])})"
        self.heads = compile_scan(  # (its 72 first characters are rare enough for the lookahead to pay)
            rf"(?:{bound_heads}|{alternation(program['heads'] + program['level_heads'])})"
            rf"(?:{alternation(program['list_words'])})?|(?:{alternation(program['list_words'])})", max_first=None
        )
        self.list_word_re = re.compile(rf"(?:{alternation(program['list_words'])})$")
        self.quoted_list_re = re.compile(rf"[“\"]([^“”\"]{{5,36}})[”\"](?:{alternation(program['list_words'])})")
        self.part_note_re, self.max_length = re.compile(program["part_note"]), int(program["max_length"])
        self.not_programs, self.title_words = set(program["not_programs"]), frozenset(program["title_words"])
        self.praise_before_title = tuple(program["praise_before_title"])
        self.not_in_programs, not_cue = tuple(program["not_in_programs"]), rf"(?!{alternation(program['not_cue_before'])})"
        batch = program["batch_name_cues"]  # (2020年第二批拟入库…名单: words of a dated batch's name, no cue; not 某公司第二批入库…)
        dated = "|".join(c + "".join(f"(?<!年{b}批{c})(?<!年{b}批拟{c})" for b in ("首", *(f"第{n}" for n in "一二三四五六七八九十123456789")))
                         for c in batch)  # (the cue's words first, then what stands before them: no lookbehind at every position)
        cues = rf"(?:{alternation([c for c in program['selection_cues'] if c not in batch])}|{dated})"
        self.selection_cue_re = compile_rare(rf"{cues}了?{not_cue}")  # (入选了P; rare, and scanned twice a text)
        self.status_cue_re = re.compile(rf"(?:{alternation(program['status_cues'])}|"
                                        rf"{program['counted_new'].replace('{designations}', alternation(program['designation_words']))}){not_cue}")
        split = program["split_cues"]
        # 认定A、B等8家企业为P: the cue, then its objects in one clause, then `then` and the program (or a chain's next list)
        self.split_cue_re = re.compile(rf"(?:{alternation(split['cues'])})[^，。；！？：:;\n]{{1,{int(split['reach'])}}}?" + "".join(
            f"(?<!{w})" for w in split["not_before_then"]) + re.escape(split['then']) + f"|{split['chained']}")
        self.body_cue_re, self.body_re = compile_scan(alternation(program["body_cues"]["cues"])), re.compile(program["body_cues"]["body"])
        self.copula_cues, self.making_verbs = tuple(program["copula_cues"]), tuple(program["making"]["verbs"])
        self.making_object_re, self.weak_cues = re.compile(program["making"]["objects"]), frozenset(program["weak_cues"])
        self.negative_words, self.conferring_words = tuple(program["negative_words"]), tuple(program["conferring_words"])
        passing = program["passing_cues"]
        self.passing_re = re.compile(
            rf"(?:{alternation(passing['open'])})([^，。；！？、\n]{{4,{program['max_length']}}}?)(?:{alternation(passing['close'])})")
        self.form_words_re, self.list_title_re = re.compile(program["form_words"]), re.compile(program["list_titles"])
        self.level_alone_re = re.compile(r"(?:国家|省|市|区|县|自治区)级?")
        self.level_between_re = re.compile(rf"(?:{program['batch_words']})?(?:[省市县区]级)?")  # (台州市第四批市级…: after a region)
        self.ranking_cue_re = re.compile(rf"中(?:{alternation(program['ranking_cues'])})|{program['category_frame']}|{program['ranking_frame']}")
        self.ranking_name_re, self.ranking_word_re = re.compile(rf"在\s*([^，。；！？、在]{{4,{program['max_length']}}})$"), re.compile(program["ranking_words"])
        scopes = "|".join(sorted(program["scope_prefixes"], key=len, reverse=True))
        self.scope_re = compile_scan(scopes)  # (tried at every position: a lookahead on its first characters skips most)
        # 和/及 before another scope or a year, 和/及/、 after a list word (A名单和B名单), or 等 (获评A企业和“B”企业,
        # A示范县和“B”全国示范县, A省长质量奖或B市市长质量奖, A500强和B百强: two designations)
        self.split_re = re.compile(rf"(?<=[单录])[和及、与]|(?:(?<=企业)|(?<=奖)|(?<=[\d一二三四五六七八九十百千万]强))[和及或]|[和及或](?={scopes}|\d{{4}}\s*(?:年|中国|全国)|{program['joined_scopes']})|等(?![次级离])|(?<=”)(?=“)"
                                   rf"|(?<=[县区市镇城])[和及](?=“)|(?P<joint>(?<=[区园地市县镇旗])[和及])")
        self.designation_re, self.park_kind_re = (re.compile(alternation(program[k])) for k in ("designation_words", "park_kind_words"))
        self.scope_words, q = tuple(program["scope_words"]), re.escape(QUOTES)
        # the title may hold quotes of the other kind: “黑龙江省制造业‘隐形冠军’企业”称号
        self.conferred_title_re = re.compile(rf"[{q}]((?:[^{q}]|‘[^{q}]+’){{4,}}?)[{q}](?:荣誉|光荣)?称号$")
        # 先后获评“A”“B”“C”等称号, “A”和“B”等称号: a run of quoted titles that a word for titles closes names one program each
        titles = rf"(?:[{q}][^{q}，。；\n]{{2,30}}[{q}]、?)+(?:[和及与][{q}][^{q}，。；\n]{{2,30}}[{q}])?"
        # …and quoted titles that end a clause after a cue (被评为“A”和“B”。), each a program only where a head ends it
        self.title_run_re, self.clause_titles_re = re.compile(titles + f"(?:{program['title_run_end']})"), re.compile(titles + "(?=[，。；！？\n])")
        self.titles_end_re, self.lone_title_re = re.compile(f"等{program['title_run_end']}"), re.compile(program["lone_title_heads"])
        # …and, after a cue of conferring (title_cues), a run that 和 closes at the clause's end: 先后获评“A”“B”和“C”。
        self.joined_titles_re = re.compile(
            rf"(?:[{q}][^{q}，。；\n]{{2,30}}[{q}]、?)+[和及与][{q}][^{q}，。；\n]{{2,30}}[{q}](?=[，。；\n])")
        # …or a single title, scoped (入选“中国百佳深呼吸小城”。, 创建国家级“和美海岛”), whatever its head
        self.single_title_re = re.compile(rf"(?:国家级|省级|市级|国家|全国)?[{q}]([^{q}，。；\n]{{4,30}})[{q}](?=[，,。；\n]|$)")
        self.title_cues, self.aim_re = frozenset(program["title_cues"]), re.compile(alternation(program["aim_words"]))
        self.granted_title_re, self.designated_heads = re.compile(program["granted_title"]), tuple(program["designated_heads"])
        self.quoted_re = re.compile(rf"[{q}]([^{q}]+)[{q}]")
        self.qualifier_re = re.compile(
            rf"[（(](?:{program['bracket_qualifier']})[）)]|(?:{alternation(program['grade_words'])})?{program['grade']}")
        self.inner_scope_re = re.compile(alternation(program["inner_scopes"]))
        # the level a scope word names: 全国 and 国家级 name one level (全国第四批X is 第四批国家级X)
        self.scope_levels = {"全国": "国家", "国家级": "国家", "国家": "国家", "全省": "省", "省级": "省", "自治区级": "省", "全市": "市", "市级": "市"}
        self.level_scope_re = re.compile("全国|全省|全市")
        self.scoped_title_re = re.compile(rf"(?:{alternation(program['scope_words'])}|全国)“([^“”]+)”")
        # 是P, 是(浙江)首个P: a place may stand before the order word; 是一家…国家级P (not 是一家为P提供配套的企业)
        self.describes_re = re.compile(
            rf"(?:作为|是)(?:一家(?!(?:专门|主要|长期)?(?:为|向|给|服务于))[^，。；]{{0,40}}?|[\u4e00-\u9fff]{{0,4}}?(?:{alternation(program['order_words'])}))?$")
        self.order_word_re, self.counted_members_re = re.compile(alternation(program["order_words"])), re.compile(program["counted_members"])
        self.praise_re, self.praise_only_re = re.compile(alternation(program["praise_words"])), re.compile(program["praise_only"])
        self.praise_cue_re = re.compile(f"(?:{alternation(program['praise_only_cues'])})$")  # 入选全国典型案例: listed
        self.counted_level_rest = tuple(program["counted_level_rest"])
        self.counted_level_re = compile_rare(program["counted_level"].replace(
            "{level_heads}", f"(?:{alternation(program['level_heads'])})"))
        self.order_ordinal_re = re.compile(r"(?:[我本全][省市区县国])?第[一二三四五六七八九十\d]+[家个座]")
        self.graded_re = re.compile(rf"(?:{alternation(program['grade_words'])})(?={program['grade']}$)")
        self.joined_quotes_re = re.compile(rf"[{q}][和及与、][{q}]")
        # 某某名单日前公布: a list named before its publication (the verbs are searched first, then the head before them)
        self.published_after_re, self.results_re = re.compile(alternation(program["published_after"])), re.compile(program["results_after"])
        self.head_before_re = re.compile(rf"((?:{alternation(program['list_words'])})|(?:{alternation(program['heads'])}))"
                                         rf"(?:{alternation(program['published_after_adverbs'])})?$")
        self.batch_re, self.selection_of_re = re.compile(program["batch_words"]), re.compile(program["selection_of"])
        self.member_deed_re, self.creating_cue_re, self.aim_deed_re, self.worked_for_re = (
            re.compile(alternation(program[k])) for k in ("member_deeds", "creating_cues", "aim_deeds", "worked_for_after"))
        self.session_award_re = re.compile(program["session_award"])
        self.award_session_re, self.award_title_re = re.compile(program["award_session"]), re.compile(program["award_title_words"])
        self.publication_word_re = re.compile(rf"(?:{alternation(program['publication_cues'])})(?=(?:{alternation(program['list_words'])})$)")
        self.publication_cue_re = re.compile(rf"(?:{alternation(program['publication_cues'])})了?")
        self.decision_cue_re = re.compile(alternation(program["decision_cues"]))
        self.procedure_re = re.compile(alternation(program["procedure_words"]))
        self.count_opening_re = re.compile(program["count_opening"])
        self.procedure_end_re = re.compile(rf"(?:(?:{alternation(program['procedure_words'])})(?:和|及|与)?)+$")
        self.issuer_re, self.deed_honour_re = re.compile(program["issuer"]), re.compile(program["deed_honours"])
        # 其中，制造业单项冠军7家，分别是…; 国家专精特新“小巨人”企业58家: a designation counted in a tally (or counted
        # after the tally's verb: 某市新增3家国家级绿色工厂，分别是…, `tally_before_re`)
        self.tally_re = re.compile(rf"(?:^|[，,；;：:。\n])\s*(?:\d{{1,3}}\s*[.．、]\s*)?(?:其中[，,]?)?"
                                   rf"([^，,；;：:。！？、\n]{{4,{self.max_length}}}?)\s*(?:{alternation(program['tally_links'])})?"
                                   rf"(?:\d+|[一二三四五六七八九十两]+)\s*[家户个](?=[，,]?\s*(?:{alternation(program['tally_list_openers'])})\s*[：:]?|[：:]"
                                   rf"|[，,][^，,。；;\n]{{2,40}}?等(?:入选|上榜|在列))")  # (“隐形冠军”企业10家，A等入选)
        self.tally_before_re = re.compile(rf"(?:{alternation(program['tally_verbs'])})\s*(?:\d+|[一二三四五六七八九十两]+)\s*[家户个](?:(?:企业|单位|公司)?(?:为|是))?"
                                          rf"([^，,；;：:。！？、\n]{{4,{self.max_length}}}?)(?=[，,]?\s*(?:{alternation(program['tally_list_openers'])})\s*[：:]?|[：:])")
        # what every tally's match holds, searched first: the tally's pattern is tried at every clause
        self.tally_gate_re = compile_rare(rf"[家户个](?:[，,]?\s*(?:{alternation(program['tally_list_openers'])})|[：:])"
                                        rf"|等(?:入选|上榜|在列)")
        self.own_place_re = re.compile(program["tally_own_place"])
        self.tally_verb_re = re.compile(rf"(?:{alternation(program['tally_times'])})?(?:{alternation(program['tally_verbs'])})")
        self.before_name_re = re.compile(program["before_name"])  # 入列全省20个P, 被确认为新认定的P
        # a program's name ends before another cue or a count of members (…绿色工厂3家园区获评…)
        self.inner_end_re = re.compile(rf"{cues}{not_cue}|(?<![第\d“])(?:\d+|[一二三四五六七八九十两]+)[家个户]")

    def find(self, doc: DocState) -> None:
        self._find_candidates(doc)
        self._find_designated_parks(doc)  # 成为广东省产业转移工业园
        self._find_held_titles(doc)  # 拥有“A”和“B”两块牌子
        self._find_selected(doc)  # 某省某某园区的评选
        for program in [m for m in doc.programs if any(w in doc.text[m.start:m.end] for w in self.negative_words)]:
            doc.programs.remove(program)  # 严重违法失信企业名单: a list of wrongdoers, no designation
        self._find_again(doc)

    def _made_into(self, text: str, cue_start: int) -> bool:
        """把某县建设成为…: a verb of making before the cue, after 把 or 将 and its object."""
        verb = next((v for v in self.making_verbs if text.endswith(v, 0, cue_start)), None)
        return verb is not None and self.making_object_re.search(text, 0, cue_start - len(verb)) is not None

    def _find_candidates(self, doc: DocState) -> None:
        text = doc.text
        for cue in self.selection_cue_re.finditer(text):
            if self.selection_cue_re.match(text, cue.end()):
                continue  # 获批升级为省级产业园区: the second cue opens the name
            if cue.group().startswith(self.copula_cues) and self._made_into(text, cue.start()):
                continue  # 把某县建设成为某某城市: what the place is to be made, no designation
            self._programs_after(doc, cue.end(), needs_scope=False, weak=cue.group() in self.weak_cues,
                                 naming=cue.group() in self.naming_cues, conferring=self._conferring(text, cue))
        for cue in self.status_cue_re.finditer(text):  # 其中A和B均为重庆100强重点企业 (a scope or a place opens it)
            if self._scoped_at(text, cue.end()):
                self._programs_after(doc, cue.end(), needs_scope=False)
        for cue in self.body_cue_re.finditer(text):  # 陕西省政府确定的P
            if self.body_re.search(text, max(0, cue.start() - BODY_WORD), cue.start()):
                self._programs_after(doc, cue.end(), needs_scope=False)
        for cue in [c for c in self.split_cue_re.finditer(text) if not doc.programs.covers(c.end())]:
            self._programs_after(doc, cue.end(), needs_scope=False)
        for granted in self.granted_title_re.finditer(text):  # 授予A等16家企业“某县优秀民营企业”称号
            if not doc.programs.overlaps(*(title := granted.span(granted.lastindex))) and not doc.names.overlaps(*title):
                doc.programs.add(*title, PROGRAM, "program.title")
        for passed in self.passing_re.finditer(text):
            # 通过国家高新技术企业认定: the designation passed
            if (found := self._passed(doc, passed)) and found[1] == passed.end(1) and \
                    not doc.programs.overlaps(*found):
                doc.programs.add(*found, PROGRAM, "program.passed")
                self._short_forms(doc, text[found[0]:found[1]])
        for cue in self.publication_cue_re.finditer(text):
            # 工业和信息化部公布第六批专精特新“小巨人”企业名单: a published list is a program
            self._programs_after(doc, cue.end(), needs_scope=False, published=True)
        # 贵州省专精特新中小企业名单（贵阳市部分）: a line that is a list's title
        for title in LIST_LINE.finditer(text) if LIST_WORDS.search(text) else ():
            if any(not m.group("keep") for m in self.names.cut_after_words.finditer(text, *title.span(1))):
                continue  # 济源1家企业入选示范企业名单: a headline's sentence, not the list's title
            found = self._program_in(text, title.start(1), title.start(2), needs_scope=not BATCH_TITLE.match(text, title.start(1), title.end(1)))
            if found and found[1] == title.start(2) and not doc.programs.overlaps(found[0], title.end(2)):
                doc.programs.add(found[0], title.end(2), PROGRAM, "program.list_line")
        for title in self.list_title_re.finditer(text):  # 《2023年江苏省重大项目清单》, “拟认定首批化工园区名单”
            if not doc.programs.overlaps(*title.span(title.lastindex)):
                doc.programs.add(*title.span(title.lastindex), PROGRAM, "program.titled_list")
        self._find_lists_of(doc)  # 首届莆田市政府质量奖的获奖名单: the designation whose list it is
        self._find_counted_sets(doc)  # 是全国520户重点大型国有企业之一
        self._find_sections(doc)  # 一、某市市长质量奖（3家）
        for cue in self.decision_cue_re.finditer(text):
            self._programs_after(doc, cue.end(), needs_scope=True)
        for role in AS_ROLE.finditer(text) if "作为" in text else ():  # 作为农业产业化国家重点龙头企业，某公司…: the designation its subject holds
            if self.designation_re.search(text, *role.span(1)) and not doc.programs.covers(role.start(1)) and (
                    self._scoped_at(text, role.start(1)) or self.inner_scope_re.search(text, *role.span(1))):
                self._programs_after(doc, role.start(1), needs_scope=False)  # (作为宁波市单项冠军企业: a city scopes it)
        for cue in self.ranking_cue_re.finditer(text):
            # 在2022中国西部百强区中位列第四十位: the ranking the subject holds a place in
            zai = text.rfind("在", max(0, cue.start() - self.max_length - 1), cue.start())
            if (ranking := self.ranking_name_re.match(text, zai, cue.start()) if zai != -1 else None) is None or \
                    cue.group()[0] == "中" and not self.ranking_word_re.search(ranking.group(1)):
                continue  # (在全国主要城市中排在20名开外: places, no ranking's name; nor counted: 在全省44个工业大县中排名第一)
            start, end = text.rfind("的", ranking.start(1), ranking.end(1)) + 1 or ranking.start(1), ranking.end(1)  # (在最新发布的P中)
            quoted = text[start] == "“" and text.find("”", start) == end - 1 and text[end - 2] in "榜强"  # 在“…百强榜”中: whole
            found = (start + 1, end - 1) if quoted else self._program_in(text, start, end, needs_scope=False)
            if found and not self.names.count.search(text, *found) and not doc.programs.overlaps(*found):
                doc.programs.add(*found, PROGRAM, "program.ranking")
                self._short_forms(doc, text[found[0]:found[1]])
        for published in self.published_after_re.finditer(text):
            if head := self.head_before_re.search(text, max(0, published.start() - 10), published.start()):
                self._program_before(doc, head.end(1))
        for tally in (*(self.tally_re.finditer(text) if self.tally_gate_re.search(text) else ()), *self.tally_before_re.finditer(text)):
            if TALLY_NOT_OPENED.match(text, tally.end()):
                continue  # …5家，即将新增…: 即将 opens no list
            start = tally.start(1)
            own = self.own_place_re.match(text, start, tally.end(1))  # (我县高新技术企业已有12家: 我县's)
            place = self.gazetteer.region_re.match(text, start, tally.end(1)) or own
            after_place = place.end() if place else start
            start = after_place if own else start
            if place and text.startswith("的", after_place):
                start = after_place = after_place + 1  # 某区的省级龙头企业共5家: the place's, not its name
            start = verb.end() if (verb := self.tally_verb_re.match(text, after_place, tally.end(1))) else start
            if (found := self._program_in(text, start, tally.end(1), needs_scope=True)) and found[1] == tally.end(1) and \
                    not doc.programs.overlaps(*found):
                doc.programs.add(*found, PROGRAM, "program.tally")
        # 1. 石家庄市鹿泉区——河北省电子信息产业名区: each item's title
        for item in [m for m in TITLED_ITEM.finditer(text) if self._scoped_at(text, m.end())] if "——" in text else ():
            self._programs_after(doc, item.end(), needs_scope=True)  # (not 博远科技——智能制造示范工厂: a description)
        headings = (*HEADING.finditer(text), *SCOPED_HEADING.finditer(text)) if HEADING_COLON.search(text) else ()
        for heading in headings:
            # 1. 省级绿色工厂：A等169家企业: a category of a published list, heading its members
            found = self._program_in(text, heading.start(1), heading.end(1), needs_scope=True)
            if found and self.praise_re.search(text, *found):
                continue  # 1. 全国知名龙头企业：A、B: a description of the members
            if found and found[1] == heading.end(1) and not doc.programs.overlaps(*found) and (heading.re is HEADING or
                                                                                            self._scoped_at(text, found[0])) and (
                    self._scoped_at(text, found[0]) or RANKED.search(text, *found)
                    or ANNOUNCED.search(text, max(0, heading.start() - 200), heading.start())) and \
                    not RECORD_AFTER.match(text, heading.end()):
                # (not 2. 某某示范基地：总投资5亿元…: a project's record; nor 3. 智能工厂：…, （一）做强特色产业集群：…)
                doc.programs.add(*found, PROGRAM, "program.heading")
        for level in self.counted_level_re.finditer(text):  # A、B等6家为国家高新区 (a list of members right before)
            listed = (members := doc.names.last_before(level.start())) is not None and level.start() - members.end <= 2
            if (listed or text.endswith(self.counted_level_rest, 0, level.start())) and not doc.programs.overlaps(*level.span(1)):
                doc.programs.add(*level.span(1), PROGRAM, "program.counted_level")
        scopes = [m.span() for m in self.scope_re.finditer(text)] + [(m.start, m.end) for m in doc.regions if text[
            m.start - 1:m.start] == "是" and self.designation_re.match(text, m.end + int(text[m.end:m.end + 1] in QUOTES))]
        for start, end in sorted(set(scopes)):  # (是江苏省“专精特新”企业: a place after the copula scopes a designation)
            if not doc.programs.covers(start) and self._describes(text, start) and not self._deed_after(text, end):
                self._programs_after(doc, start, needs_scope=True)

    def _deed_after(self, text: str, position: int) -> bool:
        """这是商务部开展老字号振兴工作…: a verb between the scope (here a body) and the next head tells what it does."""
        head = self.heads.search(text, position, position + self.max_length)
        return head is not None and any(not m.group("keep") for m in self.names.cut_after_words.finditer(
            text, position, head.start()))

    def _scoped_at(self, text: str, position: int) -> bool:
        """A scope or a place (after a year) opens what stands at `position`: 省级…, 河北省…, 2013年度鄞州区…."""
        year = YEAR_OPENING.match(text[position:position + 8])
        position += year.end() if year else 0
        return bool(self.scope_re.match(text, position) or self.gazetteer.region_re.match(text, position))

    def _describes(self, text: str, position: int) -> bool:
        """A program without a cue counts in a description of something (是一家…的P, 作为P), not in a bare list."""
        start = max(0, position - 60)
        sentence_start = max((m.end() for m in SENTENCE_END.finditer(text, start, position)), default=start)
        before = text[sentence_start:position]
        return self.describes_re.search(before) is not None or (before.endswith("的") and "是" in before) or \
            self.counted_members_re.search(before) is not None

    def _program_before(self, doc: DocState, end: int) -> None:
        """某某名单日前公布, 对某某名单进行公示, 某市首批特色产业园区出炉: the list named before its publication.

        Without a list word, only a batch (首批, 第三批) makes the name a list's."""
        text = doc.text
        if doc.programs.overlaps(end - 1, end):
            return
        start = self.names.extend_left(text, end, max(0, end - self.max_length), self.max_length)
        while start > 0 and text[start - 1] in QUOTES and start > end - self.max_length:
            start = self.names.extend_left(text, start - 1, max(0, end - self.max_length), self.max_length)
        trimmed = self.names.trim_left(text, start, end, doc.regions)
        deed = self.deed_honour_re.search(text, trimmed, end) and self._scoped_at(text, start)  # 某省打造…先进单位名单
        if not (deed or self.procedure_end_re.search(text, start, trimmed) and self._year_and_region(text[start:trimmed], True)):
            start = trimmed  # (某省第一批拟认定化工园区名单: a place, a batch and the procedure name the list)
        if counted := self.names.count.match(text, start, end):
            start = counted.end()  # 2家绿色工厂名单如下: the count of its members, not its name's
        if year := re.search(r"\d{4}\s*年度?\s*[“‘]?$", text[max(0, start - 9):start]):  # (2020年“某某企业50强”名单)
            start -= len(year.group())  # 对2025年某省某企业名单进行公示: the year names the list
        name = text[start:end]
        if not (self.list_word_re.search(name) or self.batch_re.search(name) or self.session_award_re.search(name)):
            return
        if any(m.group() in ("和", "及") for m in self.split_re.finditer(name)):
            return  # 对A和B认定名单进行公示: the list of two designations, neither named in full
        found = self._program_in(text, start, end, needs_scope=False)
        plain = re.sub(r"^\d{4}\s*年度?\s*", "", name.strip(QUOTES))
        if found and not (self.designation_re.search(name) or self.scope_re.match(plain)
                          or self.gazetteer.region_re.match(plain) or self.batch_re.search(name) or plain != name):
            found = None  # 入选企业名单公布: which list is not said (a year says it: 对2019年度某某企业名单进行公示)
        if found and counted and not self.designation_re.search(name):
            found = None  # 获得某称号的5家盐城企业名单如下: a count of a place's members, not a list's name
        if found and not doc.programs.overlaps(*found):
            doc.programs.add(*found, PROGRAM, "program.deed_honour" if deed else "program.published_after")
            self._short_forms(doc, text[found[0]:found[1]])

    def _programs_after(self, doc: DocState, position: int, needs_scope: bool, published: bool = False,
                        weak: bool = False, naming: bool = False, conferring: bool = False) -> None:
        """Program names after a cue; several when separated by 、 (荣获A、B等称号). After a publication cue
        (`published`) only lists count: 公布A名单和B名单."""
        text = doc.text
        if skipped := self.before_name_re.match(text, position):  # 评出10个某某“好项目”, 进入其中的某某名单: the count of
            # those selected, or which of the lists named before, is no part of the name
            position = skipped.end()
        siblings: list[tuple[int, int]] = []  # the run's members: found (programs) and not
        creating = self.creating_cue_re.search(text, max(0, position - 4), position)  # 创建A、建设B: aims, not selections
        found_ends: set[str] = set()
        found_spans: list[tuple[int, int]] = []
        while position < len(text):
            if self._quoted_titles(doc, position, conferring):
                break
            end = self.names.name_or_quote_run.match(text, position, position + self.max_length).end()
            # “A基地”“B试验区”: two names; not “专精特新”“小巨人”企业, one name in two quotes (no head before them)
            split = next((m for m in self.split_re.finditer(text[position:end])
                          if m.group() and (m.lastgroup != "joint" or self._joins_two(text, position, end, m))
                          or not m.group() and self._ends_in_head(text[position:position + m.start()])), None)
            if split:
                end = position + split.start()
            joined = text.find("以及", position, end)
            if joined > position and self._ends_in_head(text[position:joined]):
                end = joined  # 获评A案例以及B案例
            first = position
            while first < end and text[first] in QUOTES:
                first += 1
            if text[end:end + 1] == "、" and self.level_alone_re.fullmatch(text, first, end) or (siblings or found_spans) and (
                    creating and self.member_deed_re.match(text, first) or self.aim_deed_re.match(text, first)):
                break  # 入选省、市科技小巨人名单: the lists of two levels (创建A、建设B: another clause's object)
            # (全国大豆绿色高产高效创建示范县: a cue before a bare head is a word of the name)
            inner_end = next((m for m in self.inner_end_re.finditer(text, first + 1, end)
                              if end - m.end() >= MIN_NAME_AFTER_CUE or m.group()[-1] in "家个户"), None)
            if inner_end:
                end = inner_end.start()
            # 印发培育某某企业行动计划: a verb opening a published document's title is no part of the name
            found = self._whole_title(doc, self._program_in(text, self._after_verb(text, position, end) if published else
                                                            position, end, needs_scope), end)
            if found is None and text[end:end + 1] == "、" and self.designation_re.search(text, first, end):
                # 2020年度山东省瞪羚、独角兽企业名单: two designations sharing one head, one list
                joint_end = self.names.name_or_quote_run.match(text, end + 1, end + 1 + self.max_length).end()
                found = self._program_in(text, position, joint_end, needs_scope)
                end = joint_end if found else end
            if found and published and not self.list_word_re.search(bare(text[found[0]:found[1]]).strip(QUOTES)) and not (
                    self.results_re.match(text, found[1]) and found[0] > text.find("\n")):  # (a headline's results: no list's)
                found = None
            if found and text.startswith("的", found[1]) and text.endswith(self.copula_cues, 0, position):
                found = None  # 成为某某产业集群的重要支撑: what the subject became follows 的
            if (found and naming and text.endswith(self.park_suffixes, *found)
                    and not self.designation_re.search(text, *found)):
                break  # 将其命名为某某工业园区: the park's new name
            if found and text.endswith(self.level_heads, *found) and self._no_rank_held(text, position, found[1]):
                found = None  # 力争让某园区晋升为国家级开发区: an aim, not a rank the park holds
            if found and text.startswith(self.conferring_words, found[1]):
                found = None  # 获得某某发展中心颁发的标识: the body that confers it
            if found and weak and not self.designation_re.search(text, *found) and text[end:end + 1] not in "、等":
                break  # 拿下全国产销冠军: a win, not a designation
            if found is None and not published:
                siblings.append((first, end))
            if found:
                found_ends.add(text[found[1] - 1])
                found_spans.append(found)
                deed = self.deed_honour_re.search(text, *found) and self._scoped_at(text, found[0])  # 入选某省推进…先进单位名单
                rule = "program.deed_honour" if deed else "program.published" if published else "program.scope" if needs_scope else "program.cue"
                doc.programs.add(*found, PROGRAM, rule)
                name = text[found[0]:found[1]]
                graded = self.graded_re.search(name)
                if graded:  # 某孵化器绩效评价A类 is 某孵化器A类
                    doc.aliases.append((PROGRAM, name, name[:graded.start()] + name[graded.end():]))
                self._short_forms(doc, name)  # 进入某某公示名单 is 某某
                end = max(end, found[1])  # 入选A（生物医药）、B: the list goes on after the qualifier
            if found and found[1] < end and text[found[1]] in "和及" and text.endswith(self.level_heads, found[1], end):
                end = found[1]  # 获评A示范园区和B省先进开发区: a park's rank after 和
            if not published and text.startswith(("，以及", ",以及"), end):  # 获评A、B，以及C: the list goes on past the comma
                position = end + 3
                continue
            if text.startswith("以及", end):  # 获评A、B以及C
                position = end + 2
                continue
            if end >= len(text) or text[end] not in "、和及或“":
                break
            position = end + (text[end] != "“")  # “A”“B”: two names, quoted one after the other
        titles = bool(siblings) and self.titles_end_re.match(text, end) is not None
        for first, end in siblings:
            after = any(f[1] < first for f in found_spans)
            between = after and any(f[0] > end for f in found_spans)
            if self._like_its_siblings(doc, first, end, found_ends, titles, after, between):
                doc.programs.add(first, end, PROGRAM, "program.sibling")

    def _quoted_titles(self, doc: DocState, position: int, conferring: bool = False) -> bool:
        """“A”“B”等称号 at `position`: each quoted title is a program (the quotes make it a name, whatever its words)."""
        run = self.title_run_re.match(doc.text, position) or (
            self.joined_titles_re.match(doc.text, position) if conferring else None)
        single = self.single_title_re.match(doc.text, position) if conferring and run is None else None
        if (run := single if single and (self._level_before_title(doc.text, single) or self._scoped_at(doc.text, single.start(1))) else run or
                self.clause_titles_re.match(doc.text, position)) is None:
            return False
        titled = run.re is not self.clause_titles_re  # (被评为“X”。: else X is one only when a head ends it, as read as usual)
        titles = self._title_spans(doc, run, position)
        found = [span for span in titles if self._program_in(doc.text, *span, needs_scope=False)
                 or titled and not self.names.is_generic(doc.text[span[0]:span[1]])]
        whole = titled or len(found) >= max(1, len(titles))  # (each of the clause's titles a program, or it is read as usual)
        for span in found if whole else ():
            doc.programs.add(*span, PROGRAM, "program.title")
        return whole

    def _after_verb(self, text: str, start: int, end: int) -> int:
        verb = self.names.leading_word_re.match(text, start, end) or self.names.cut_after_words.match(text, start, end)
        return verb.end() if verb and not verb.groupdict().get("keep") else start
