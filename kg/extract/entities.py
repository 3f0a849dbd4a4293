"""Stage 2a: entity rules. Text in, typed mentions out.

Chinese has no spaces, so a name's end is found by its suffix (有限公司, 工业园,
项目, 区) or by a cue (入选 …企业名单), and its start by walking left over name
characters and cutting at words that never stand inside a name. Short company
names are found in lists (A、B等企业), before selection cues, before words such as
生产车间, and by deriving them from full names in the same text; once found,
every other occurrence in the text is tagged as well.

`EntityFinder.find(text)` is plain Python; `kg.extract.nlp` wraps it in a spaCy
component that turns the result into `doc.ents`.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from kg.extract.rules import Rules
from kg.model import Mention
from kg.schema import COMPANY, PARK, PROGRAM, PROJECT, REGION

# when two candidates overlap with the same length, the earlier type in this list wins
PRIORITY = {PROGRAM: 0, PROJECT: 1, COMPANY: 2, PARK: 3, REGION: 4}

OPEN_BRACKETS, CLOSE_BRACKETS = "（(", "）)"
QUOTES = "“”\"‘’「」『』"


@dataclass
class Findings:
    mentions: list[Mention]  # non-overlapping, sorted: what becomes doc.ents
    nested: list[Mention]  # company names inside a project's name (for developedBy)
    aliases: list[tuple[str, str, str]]  # (label, name, other name of the same thing)


# a clause: what no list runs across (，以及 continues one); a list chain: A、B… or A等
CLAUSE = re.compile(r"(?:[^，。；！？!?;,\n：:]|[，,]以及)+")
LIST_CHAIN = re.compile(r"(?:[^，。；！？!?;,\n：:]|[，,]以及)+、(?:[^，。；！？!?;,\n：:]|[，,]以及)+"
                        r"|[^，。；！？!?;,\n、：:]+等")


ONE_BY_ONE_LIMIT = 64


def _leftmost_longest(text: str, words) -> list[tuple[int, int, str]]:
    """Occurrences of the words, scanning left to right and taking the longest at each position.

    The same matches as a regex alternation of the words. A few words are found
    one by one, without compiling a regex for every document's own set of words;
    many (a long report's) by the regex, in one pass over the text.
    """
    if len(words) > ONE_BY_ONE_LIMIT:
        return [(m.start(), m.end(), m.group()) for m in re.finditer(_alternation(filter(None, words)), text)]
    found = []
    for word in filter(None, words):
        position = text.find(word)
        while position != -1:
            found.append((position, -len(word), word))
            position = text.find(word, position + 1)
    found.sort()
    matches, end = [], 0
    for start, minus_length, word in found:
        if start >= end:
            end = start - minus_length
            matches.append((start, end, word))
    return matches


def _alternation(words) -> str:
    """A regex alternation that prefers the longest word.

    It is written as a trie (公司|公园 → 公(?:司|园)): the regex engine then tests
    each character once instead of trying every word in turn, which matters for
    the gazetteer's thousands of names. Words that match at one position are
    prefixes of each other, and the optional longer branches are tried first, so
    the matches (and the order of backtracking) are those of a plain
    longest-first alternation.
    """
    trie: dict[str, dict] = {}
    for word in set(words):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here
    return _trie_pattern(trie)


TRIE_GROUP = 64  # branches per group; a lookahead on the group's first characters skips the others


def _trie_pattern(node: dict[str, dict]) -> str:
    branches = [(ch, re.escape(ch) + _trie_pattern(child)) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    if len(branches) == 1:
        body = branches[0][1]
    elif len(branches) <= TRIE_GROUP:
        body = "(?:" + "|".join(pattern for _, pattern in branches) + ")"
    else:  # the gazetteer's first characters: hundreds of branches, tried one by one without groups
        groups = [branches[i:i + TRIE_GROUP] for i in range(0, len(branches), TRIE_GROUP)]
        # one test of all first characters rejects most positions before the groups are tried
        body = "(?=[" + "".join(re.escape(ch) for ch, _ in branches) + "])(?:" + "|".join(
            "(?=[" + "".join(re.escape(ch) for ch, _ in group) + "])(?:" + "|".join(p for _, p in group) + ")"
            for group in groups) + ")"
    return f"(?:{body})?" if "" in node else body


class EntityFinder:
    def __init__(self, rules: Rules):
        common = rules.common
        name_char = f"(?![{re.escape(common['stop_chars'])}])[{common['name_chars']}]"
        self.name_char_re = re.compile(name_char)
        self.name_run = re.compile(f"(?:{name_char})*")
        # matched up to a position, ends after the last character before it that is not a name character
        self.up_to_last_non_name = re.compile(
            f"(?s:.*)(?:[{re.escape(common['stop_chars'])}]|[^{common['name_chars']}])")
        self.name_or_quote_run = re.compile(f"(?:{name_char}|[{re.escape(QUOTES)}])*")
        self.max_bracket = int(common["max_bracket"])
        self.stop_chars = common["stop_chars"]
        self.han_run = re.compile(r"[\u4e00-\u9fff]+")
        words = "|".join([_alternation(common["cut_after_words"])] + list(common["cut_after_patterns"]))
        self.cut_after_words = re.compile(words)
        self.cut_after = re.compile(f"{words}|[{common['cut_after_chars']}]")
        self.leading_word_re = re.compile(_alternation(common["leading_words"]))
        self.leading_chars = set(common["leading_chars"])
        self.trailing_adverbs = re.compile(f"(?:{_alternation(common['adverbs'])})+$")
        self.position_words = list(common["position_words"])
        self.date_prefix = re.compile(common["date_prefix"])
        measure = re.escape(common["measure_words"])
        self.count = re.compile(rf"(?:\d+(?:\.\d+)?|[一二三四五六七八九十百千两几数]+)[{measure}]")
        self.generic = re.compile(
            rf"(?:{_alternation(common['generic_words'])}|\d+(?:\.\d+)?[{measure}]?|[一二三四五六七八九十百千两几数]+[{measure}])+"
        )
        self._compile_regions(rules)
        self._compile_suffixes(rules)
        self._compile_companies(rules)
        self._compile_programs(rules.program, rules.relations)

    # ---------------------------------------------------------------- compile
    def _compile_regions(self, rules: Rules) -> None:
        region = rules.region
        names: set[str] = set()
        self.short_forms: dict[str, set[str]] = {}  # two-character short form -> its full names
        self.full_names: dict[str, set[str]] = {}  # any short form -> its full names
        self.city_short_forms: set[str] = set()  # two-character short forms of prefecture-level cities
        full_only = tuple(region["full_name_only_suffixes"])
        strip = sorted(region["strip_suffixes"], key=len, reverse=True)
        ambiguous = set(region["ambiguous_short_forms"]) | set(region["common_word_short_forms"])
        not_regions = set(region["not_regions"])
        for code, full in rules.divisions:
            if full in not_regions or len(full) < 2:
                continue
            names.add(full)
            if full.endswith(full_only):
                continue
            for suffix in strip:
                if full.endswith(suffix):
                    short = full[: -len(suffix)]
                    if len(short) >= 2 and short not in ambiguous:
                        names.add(short)
                        self.full_names.setdefault(short, set()).add(full)
                        if len(short) == 2 and not code.endswith("0000"):
                            self.short_forms.setdefault(short, set()).add(full)
                            if code.endswith("00"):
                                self.city_short_forms.add(short)
                    break
        self.region_names = frozenset(names)
        self.division_codes: dict[str, set[str]] = {}
        for code, full in rules.divisions:
            self.division_codes.setdefault(full, set()).add(code)
        # provinces, full and short (辽宁省, 辽宁, 广西): a company's name may open with one, a city's rarely
        provinces = {full for code, full in rules.divisions if code.endswith("0000") and full in names}
        self.province_names = frozenset(provinces | {short for short, fulls in self.full_names.items() if fulls & provinces})
        self.full_region_names = frozenset(n for _, n in rules.divisions if n in names)
        self.short_form_min_count = int(region["short_form_min_count"])
        self.organisation_re = re.compile(
            rf"[{rules.common['name_chars']}（）()]{{0,16}}?(?:{_alternation(region['organisation_suffixes'])})")
        self.dateline_re = re.compile(region["dateline"])
        self.short_form_cue = re.compile(rf"(?:{_alternation(region['short_form_cues'])})[{re.escape(QUOTES)}]*$")
        self.region_re = re.compile(_alternation(names))
        towns = _alternation(region["town_suffixes"])
        self.town_re = re.compile(towns)
        self.not_regions = not_regions

    def _compile_suffixes(self, rules: Rules) -> None:
        park, project, company = rules.park, rules.project, rules.company
        self.park_suffix_re = re.compile(_alternation(park["suffixes"]))
        self.section_suffixes = tuple(park["section_suffixes"])
        self.park_max_stem = int(park["max_stem"])
        self.park_plain_stem = int(park["plain_stem"])
        self.park_short_suffix = {long: short for long, short in park["suffix_short_forms"].items()}
        self.non_section_suffixes = tuple(s for s in park["suffixes"] if s not in park["section_suffixes"])
        self.park_infix_re = re.compile(
            rf"(?:{_alternation(park['optional_infixes'])})(?=(?:{_alternation(park['suffixes'])})$)")
        self.direction_re = re.compile(_alternation(park["direction_words"]))
        self.project_suffix_re = re.compile(rf"(?:{_alternation(project['suffixes'])})(?:{project['phase']})?")
        self.project_max_stem = int(project["max_stem"])
        self.project_min_stem = int(project["min_stem"])
        self.project_not_before = tuple(project["not_before"])
        self.campaign_re = re.compile(_alternation(project["campaign_words"]))
        self.phase_re = re.compile(project["phase"])
        self.not_project_endings = tuple(project["not_project_stem_endings"])
        self.developer_boundary = re.compile(_alternation(project["developer_boundaries"]) + r"|\d")
        self.legal_suffix_re = re.compile(_alternation(company["legal_suffixes"]))
        self.conjunction_re = re.compile("[和与及、]")
        self.group_suffix_re = re.compile(_alternation(company["group_suffixes"]))
        self.group_suffixes = tuple(company["group_suffixes"])
        self.legal_suffixes = tuple(sorted(company["legal_suffixes"], key=len, reverse=True))

    def _compile_companies(self, rules: Rules) -> None:
        company = rules.company
        self.industry_words = frozenset(company["industry_words"])
        industry_words = _alternation(company["industry_words"])
        self.industry_word_re = re.compile(industry_words)
        self.industry_suffix_re = re.compile(rf"(?:{industry_words})\Z")
        self.not_company = tuple(company["not_company_suffixes"])
        self.max_short = int(company["max_short_name"])
        self.min_derived = int(company["min_derived_name"])
        heads = _alternation(company["list_heads"])
        self.list_head_re = re.compile(
            rf"(等)?\s*(?:\d+|[一二三四五六七八九十两]+)?\s*[余多]?[家户个]?[\u4e00-\u9fff]{{0,6}}?({heads})"
        )
        self.category_re = re.compile(_alternation(company["category_heads"]))
        modifiers = _alternation(company["context_modifiers"])
        contexts = _alternation(company["short_name_contexts"])
        weak = _alternation(company["weak_short_name_contexts"])
        self.context_re = re.compile(rf"(?:{modifiers})?(?:({contexts})|{weak})")
        self.copula_re = re.compile(_alternation(company["copula_cues"]))
        cues = list(rules.relations["located_in"]["cues"]) + list(rules.relations["selected_as"]["cues"])
        adverbs = _alternation(rules.common["adverbs"])
        self.name_end_re = re.compile(f"(?:{adverbs})*(?:{_alternation(cues)})")
        self.after_place_re = re.compile(rf"(?:{_alternation(self.position_words)})*的")
        self.company_head_re = re.compile(r"企业|公司|厂商|制造商|供应商")
        self.sentence_end_re = re.compile(r"[。！？!?；;\n]")
        markers = _alternation(company["alias_markers"])
        q = re.escape(QUOTES)
        self.alias_re = re.compile(
            rf"[（(]\s*(?:{markers})[：:]?\s*[{q}]?([^{q}（）()，。、]{{2,12}})[{q}]?\s*[）)]"
        )

    def _compile_programs(self, program: dict, relations: dict) -> None:
        self.program_heads = re.compile(
            rf"(?:{_alternation(program['heads'])})(?:{_alternation(program['list_words'])})?"
            rf"|(?:{_alternation(program['list_words'])})"
        )
        self.list_word_re = re.compile(rf"(?:{_alternation(program['list_words'])})$")
        self.program_max = int(program["max_length"])
        self.not_programs = set(program["not_programs"])
        self.not_in_programs = tuple(program["not_in_programs"])
        cues = relations["selected_as"]["cues"]
        self.selection_cue_re = re.compile(_alternation(cues))
        self.location_cue_re = re.compile(_alternation(relations["located_in"]["cues"]))
        scopes = "|".join(sorted(program["scope_prefixes"], key=len, reverse=True))
        self.scope_re = re.compile(scopes)
        # 和/及 before another scope or a year, 和/及/、 after a list word (A名单和B名单), or 等
        self.program_split_re = re.compile(rf"(?<=[单录])[和及、与]|[和及](?={scopes}|\d{{4}}年)|等")
        self.designation_re = re.compile(_alternation(program["designation_words"]))
        self.scope_words = tuple(program["scope_words"])
        q = re.escape(QUOTES)
        self.conferred_title_re = re.compile(rf"[{q}]([^{q}]{{4,}}?)[{q}]称号$")
        self.program_qualifier_re = re.compile(rf"[（(](?:{program['bracket_qualifier']})[）)]")
        self.publication_cue_re = re.compile(rf"(?:{_alternation(program['publication_cues'])})了?")

    # ---------------------------------------------------------------- helpers
    def is_name_char(self, ch: str) -> bool:
        return self.name_char_re.match(ch) is not None

    def is_generic(self, stem: str) -> bool:
        """True if the stem says nothing that identifies one thing (重点, 27个重点投达产, 各类光伏产业)."""
        counts = list(self.count.finditer(stem))
        if counts and self.generic.fullmatch(stem, counts[-1].end()) or counts and counts[-1].end() == len(stem):
            return True  # what follows the last count is generic: a description of several things
        return len(self.generic.sub("", stem)) < 2

    def _extend_left(self, text: str, end: int, barrier: int, max_len: int) -> int:
        """Leftmost start of a run of name characters (with short bracketed parts) ending at `end`."""
        lowest = max(barrier, end - max_len)
        i = end
        while i > lowest:
            before_run = self.up_to_last_non_name.match(text, lowest, i)
            i = before_run.end() if before_run else lowest
            if i == lowest or text[i - 1] not in CLOSE_BRACKETS:
                break
            j = i - 2
            while j >= barrier and i - j <= self.max_bracket + 2 and self.is_name_char(text[j]):
                j -= 1
            if j >= barrier and text[j] in OPEN_BRACKETS and j < i - 2:
                i = j
            else:
                break
        return i

    def _trim_left(self, text: str, start: int, end: int, protected: "_Spans", words_only: bool = False) -> int:
        """Move `start` past context words, dates and function characters.

        With `words_only`, prepositions inside the run are kept (重庆耐世特转向系统有限公司).
        """
        cut = self.cut_after_words if words_only else self.cut_after
        cuts = [m.end() for m in cut.finditer(text, start, end) if not protected.covers(m.start())]
        if cuts:
            start = max(cuts)
        while start < end:
            date = self.date_prefix.match(text, start, end)
            if date.end() > start and date.end() < end:
                start = date.end()
                continue
            if protected.starts_at(start):
                break
            word = self.leading_word_re.match(text, start, end - 1)  # the longest, leaving a name after it
            if word:
                start = word.end()
            elif text[start] in self.leading_chars or text[start] in QUOTES:
                start += 1
            else:
                break
        return start

    def _strip_region_prefix(self, text: str, start: int, end: int) -> int:
        """Skip full region names at the start (江津区白沙工业园 → 白沙工业园) if a name remains."""
        while True:
            m = self.region_re.match(text, start, end)
            if not m or m.group() not in self.full_region_names or self.is_generic(text[m.end():end]):
                return start
            start = m.end()

    def _bare(self, name: str) -> str:
        """A name without its bracketed parts."""
        return re.sub(r"[（(][^（）()]*[）)]", "", name)

    # ---------------------------------------------------------------- find
    def find(self, text: str) -> Findings:
        doc = _DocState(text)
        self._find_regions(doc)
        self._find_suffixed(doc)
        self._find_aliases(doc)
        self._find_programs(doc)
        self._find_short_names(doc)
        self._find_developers_in_projects(doc)
        self._project_short_names(doc)
        self._scope_program_aliases(doc)
        return doc.result()

    def _find_regions(self, doc: "_DocState") -> None:
        text = doc.text
        counts: dict[str, int] = {}
        standalone: set[str] = set()
        name_char = self.name_char_re.match
        matches = []
        for m in self.region_re.finditer(text):
            name = m.group()
            counts[name] = counts.get(name, 0) + 1
            starts_word = m.start() == 0 or name_char(text, m.start() - 1) is None
            if starts_word or name_char(text, m.end()) is None:
                standalone.add(name)
            matches.append((m, name, starts_word))
        for m, name, starts_word in matches:
            repeated = counts[name] >= self.short_form_min_count and name in standalone
            if name in self.city_short_forms and starts_word:
                repeated = True  # 杭州云栖小镇: a city opening a name
            if name in self.short_forms and not repeated and not any(
                    full in counts for full in self.short_forms[name]) and not self.short_form_cue.search(
                    text, max(0, m.start() - 4), m.start()):
                continue  # a two-character short form needs evidence: its full form, a cue, or use as a word
            if self.organisation_re.match(text, m.end()) or self.dateline_re.match(text, m.end()):
                continue  # part of an organisation's name, or a dateline
            doc.regions.add(m.start(), m.end(), REGION, "region.gazetteer")
            full = self.full_names.get(name, set())
            if len(full) > 1:
                full = {f for f in full if f in counts}  # 芜湖: 芜湖市 or 芜湖县, whichever the text names
            if len(full) == 1:
                doc.region_aliases[m.start()] = (REGION, next(iter(full)), name)  # 江津 is 江津区
        self._join_compound_regions(doc)
        for m in self.town_re.finditer(text):
            suffix_len = 2 if m.group().endswith("街道") else 1
            suffix_start = m.end() - suffix_len
            start = self._extend_left(text, suffix_start, doc.regions.last_end_before(suffix_start), 4)
            start = self._trim_left(text, start, suffix_start, doc.regions)
            stem = text[start:suffix_start]
            if (not 2 <= len(stem) <= 3 or text[start:m.end()] in self.not_regions or stem in self.not_regions
                    or text[start:m.end() + 1] in self.not_regions or text.startswith("街", m.end())
                    or doc.regions.overlaps(start, m.end()) or self.is_generic(stem)):
                continue
            doc.regions.add(start, m.end(), REGION, "region.town")

    def _join_compound_regions(self, doc: "_DocState") -> None:
        """江苏省苏州市吴江区: one region, the most specific, with the compound as another name (guidelines)."""
        text = doc.text
        runs, run = [], []
        for m in doc.regions:
            if run and run[-1].end == m.start and self._contains(text[run[-1].start:run[-1].end], text[m.start:m.end]):
                run.append(m)
                continue
            runs.append(run)
            run = [m]
        runs.append(run)
        for run in (r for r in runs if len(r) > 1):
            for m in run:
                doc.regions.remove(m)
            doc.regions.add(run[0].start, run[-1].end, REGION, "region.compound")
            doc.aliases.append((REGION, text[run[0].start:run[-1].end], text[run[-1].start:run[-1].end]))

    def _contains(self, outer: str, inner: str) -> bool:
        """True if the division `outer` (province or prefecture) holds the division `inner` (by their codes)."""
        for parent in self.division_codes.get(outer, ()):
            level = 2 if parent.endswith("0000") else 4 if parent.endswith("00") else 0
            if level and any(c != parent and c[:level] == parent[:level] for c in self.division_codes.get(inner, ())):
                return True
        return False

    def _find_suffixed(self, doc: "_DocState") -> None:
        """Full company names, parks and projects: a stem before a suffix."""
        text = doc.text
        candidates = [(m.end(), m.start(), COMPANY) for m in self.legal_suffix_re.finditer(text)]
        candidates += [(m.end(), m.start(), "group") for m in self.group_suffix_re.finditer(text)
                       if not self.legal_suffix_re.match(text, m.start()) and not self.legal_suffix_re.match(text, m.end())]
        candidates += [(m.end(), m.start(), PARK) for m in self.park_suffix_re.finditer(text)]
        candidates += [(m.end(), m.start(), PROJECT) for m in self.project_suffix_re.finditer(text)]
        for end, suffix_start, label in sorted(candidates):
            if doc.names.covers(suffix_start):
                continue
            if label == COMPANY:
                self._add_company(doc, suffix_start, end)
            elif label == "group":
                self._add_group_name(doc, suffix_start, end)
            elif label == PARK:
                self._add_park(doc, suffix_start, end)
            else:
                self._add_project(doc, suffix_start, end)

    def _stem_start(self, doc: "_DocState", suffix_start: int, max_len: int, barrier: int | None = None,
                    words_only: bool = False) -> int:
        if barrier is None:
            barrier = doc.names.last_end_before(suffix_start)
        run_start = self._extend_left(doc.text, suffix_start, barrier, max_len)
        start = self._trim_left(doc.text, run_start, suffix_start, doc.regions, words_only)
        return self._after_joining_word(doc, start, suffix_start)

    def _after_joining_word(self, doc: "_DocState", start: int, suffix_start: int) -> int:
        """新凯盛工业园和太钢工业园, 南宁市有…项目: a word after a name, not the next name's first character."""
        if doc.text[start:start + 1] in ("和", "及", "有") and start + 2 < suffix_start and (
                doc.names.ends_at(start) or doc.regions.ends_at(start) or self.region_re.match(doc.text, start + 1)
                or (doc.text[start] == "有" and doc.text[start - 1:start] in ("，", ",", "：", ":"))):
            return start + 1
        return start

    def _add_company(self, doc: "_DocState", suffix_start: int, end: int) -> None:
        start = self._past_stop_char(doc, self._stem_start(doc, suffix_start, 30, words_only=True))
        joined = [m.end() for m in self.conjunction_re.finditer(doc.text, start, suffix_start)
                  if self.region_re.match(doc.text, m.end())]
        if joined:  # 铂川电池和东莞市恒铄精密模具有限公司: a list, the name starts at its region
            start = joined[-1]
        place = self.region_re.match(doc.text, start, suffix_start)
        province = place and self.region_re.match(doc.text, place.end(), suffix_start)
        if place and place.group() in self.full_region_names and province and province.group() in self.province_names:
            start = place.end()  # 锦州市辽宁春光制药装备股份有限公司: the city where the 辽宁… company is
        stem = self._bare(doc.text[start:suffix_start])
        previous = doc.names.last_before(suffix_start)
        if previous and previous.end == start and previous.rule == "company.group_name":
            doc.names.remove(previous)  # 莲花健康产业集团食品（项城）有限公司: the group's name opens the legal name
            start, stem = previous.start, self._bare(doc.text[previous.start:suffix_start])
        if self.is_generic(stem) and previous and previous.end == start and previous.label != COMPANY:
            # 双福工业园建设开发有限公司: the company is named after the park before it
            doc.names.remove(previous)
            start = self._stem_start(doc, suffix_start, 30, barrier=doc.names.last_end_before(previous.start),
                                     words_only=True)
            stem = self._bare(doc.text[start:suffix_start])
        if not self.is_generic(stem):
            doc.names.add(start, end, COMPANY, "company.legal_suffix")

    def _past_stop_char(self, doc: "_DocState", start: int) -> int:
        """安徽冯了性中药材饮片有限公司: a stop character (了) inside a legal name that opens with a region."""
        text = doc.text
        if start < 2 or text[start - 1] not in self.stop_chars or text[start - 1] == "的":
            return start
        for opening in range(start - 3, max(-1, start - 9), -1):  # the nearest region opening a run of characters
            if not self.han_run.fullmatch(text, opening, start - 1):
                break
            if self.region_re.match(text, opening) and not doc.names.overlaps(opening, start - 1):
                return opening
        return start

    def _add_group_name(self, doc: "_DocState", suffix_start: int, end: int) -> None:
        """鸿跃集团, 锦纶实业: a short stem before a group suffix names a company."""
        if end < len(doc.text) and doc.text[end] in OPEN_BRACKETS + CLOSE_BRACKETS:
            return  # 重庆润通控股（集团）有限公司: part of a legal name
        start = self._stem_start(doc, suffix_start, self.max_short, words_only=True)
        name = doc.text[start:end]
        if 2 <= suffix_start - start and self._is_short_company_name(doc, name):
            doc.names.add(start, end, COMPANY, "company.group_name")

    def _add_park(self, doc: "_DocState", suffix_start: int, end: int) -> None:
        text = doc.text
        start = self._stem_start(doc, suffix_start, self.park_max_stem)
        start = self._start_long_park_stem(text, start, suffix_start)
        if start is None:
            return
        with_region, start = start, self._strip_region_prefix(text, start, suffix_start)
        stem = self._bare(text[start:suffix_start])
        if self.is_generic(stem) and stem not in self.region_names:
            return
        if with_region < start:  # 渭滨区宇航高端封装产业园: the park, in its district (both names are its)
            doc.aliases.append((PARK, text[start:end], text[with_region:end]))
        end_with_section = self._bracketed_section(text, end)
        if end_with_section:
            doc.aliases.append((PARK, text[start:end_with_section], text[start:end]))
            end = end_with_section
        previous = doc.names.last_before(suffix_start)
        if previous and previous.label == PARK and previous.end == start and stem in self.region_names:
            # 西部（重庆）科学城 + 江津片区: one park, the second part alone is an alias
            doc.names.remove(previous)
            doc.aliases.append((PARK, text[previous.start:end], text[start:end]))
            start = previous.start
        elif stem in self.region_names and text[suffix_start:end] in self.section_suffixes:
            return  # 江津片区 alone: a park only as another name of one named in full (see _tag_short_names)
        doc.names.add(start, end, PARK, "park.suffix")
        name = text[start:end]
        plain = self.park_infix_re.sub("", name)
        if plain != name:
            doc.aliases.append((PARK, name, plain))  # 璧山国家高新区 is 璧山高新区
        for long, short in self.park_short_suffix.items():
            if plain.endswith(long):
                doc.aliases.append((PARK, name, plain[: -len(long)] + short))  # 芜湖高新技术产业开发区 is 芜湖高新区
                break
        region = self.region_re.match(name)
        rest = name[region.end():] if region else ""
        rest_stem = rest[: -len(text[suffix_start:end])] if rest.endswith(text[suffix_start:end]) else ""
        if (len(rest_stem) >= 2 and not self.is_generic(rest_stem) and rest_stem not in self.region_names
                and doc.count(rest) > doc.count(name)):
            doc.aliases.append((PARK, name, rest))  # 宁波杭州湾新区, later 杭州湾新区

    def _start_long_park_stem(self, text: str, start: int, suffix_start: int) -> int | None:
        """A long park stem opens with a region or direction word; else it is a description."""
        stem = self._bare(text[start:suffix_start])
        if len(stem) <= self.park_plain_stem:
            return start
        for pattern in (self.region_re, self.direction_re):
            if pattern.match(text, start):
                return start
        inner = [m.start() for p in (self.region_re, self.direction_re) for m in p.finditer(text, start, suffix_start)]
        if inner and len(self._bare(text[min(inner):suffix_start])) <= self.park_max_stem:
            return min(inner)
        return None

    def _bracketed_section(self, text: str, end: int) -> int | None:
        """End of a bracketed section name after a park: 重庆枢纽港产业园（江津片区）."""
        if end >= len(text) or text[end] not in OPEN_BRACKETS:
            return None
        close = next((i for i in range(end + 1, min(len(text), end + self.max_bracket + 2))
                      if text[i] in CLOSE_BRACKETS), None)
        if close is None:
            return None
        inner = text[end + 1:close]
        if inner in self.region_names or (inner.endswith(self.section_suffixes) and len(inner) > 2
                                          and not inner.endswith(self.non_section_suffixes)):
            return close + 1
        return None

    def _add_project(self, doc: "_DocState", suffix_start: int, end: int) -> None:
        text = doc.text
        previous = doc.names.last_before(suffix_start)
        gap = text[previous.end:suffix_start] if previous else None
        if previous and previous.label == PARK and (gap == "" or self.phase_re.fullmatch(gap)):
            # 智能终端产业园三期工程: a project named after the park it builds
            doc.names.remove(previous)
            doc.names.add(previous.start, end, PROJECT, "project.park_name")
            return
        if previous and previous.rule == "company.legal_suffix" and previous.end == self._stem_start(
                doc, suffix_start, self.project_max_stem) and self._valid_project(text, previous.end, suffix_start, end):
            # 谷城达兴矿业有限公司高纯石英砂加工项目: the project's name opens with its company's full name
            doc.names.remove(previous)
            doc.nested.append(previous)
            doc.names.add(previous.start, end, PROJECT, "project.company_name")
            if end - previous.end >= 8:  # named again without its company, it is the same project
                doc.aliases.append((PROJECT, text[previous.start:end], text[previous.end:end]))
            return
        if previous and previous.rule == "company.group_name" and self._stem_start(doc, suffix_start, 40) == previous.end:
            # 鸿跃集团功能性面料研发生产基地项目: a project named after its company
            doc.names.remove(previous)
            doc.nested.append(previous)
            stem_start = self._stem_start(doc, suffix_start, self.project_max_stem)
            if self._valid_project(text, stem_start, suffix_start, end):
                doc.names.add(previous.start, end, PROJECT, "project.suffix")
            else:
                doc.names.add(previous.start, previous.end, previous.label, previous.rule)
            return
        start = self._stem_start(doc, suffix_start, self.project_max_stem)
        if previous and previous.label == PARK and previous.end == start and self._valid_project(
                text, start, suffix_start, end) and not self._company_opening_project(text, Mention(start, end, PROJECT, "")):
            # 城陵矶港区冷链物流中心项目: a project's name may open with its park's (guidelines), unless
            # a company's follows the park (双福工业园诺比倪科技…项目: the company's project in the park)
            doc.names.remove(previous)
            doc.names.add(previous.start, end, PROJECT, "project.park_name")
            return
        year = re.search(r"\d{4}年$", text[max(0, start - 5):start])
        if year and self.is_name_char(text[start - 6:start - 5] or "。") is False:
            start -= len(year.group())  # 2024年…一体化项目: a year opening a project's name belongs to it
        # a region opening a project's name stays in it (项城市桥涵工程建设项目, 贺州市东融广场项目),
        # unless a verb follows it (南宁市有…项目)
        after_region = self._strip_region_prefix(text, start, suffix_start)
        joined = self._after_joining_word(doc, after_region, suffix_start)
        start = joined if joined != after_region else self._after_joining_word(doc, start, suffix_start)
        if not self._valid_project(text, start, suffix_start, end):
            return
        doc.names.add(start, end, PROJECT, "project.suffix")
        name = text[start:end]
        for phase in self.phase_re.finditer(name):
            if phase.end() == len(name):  # 双江航电枢纽工程一期 is 双江航电枢纽一期工程
                doc.aliases.append((PROJECT, name, name[:phase.start() - 2] + phase.group() + name[phase.start() - 2:phase.start()]))

    def _valid_project(self, text: str, start: int, suffix_start: int, end: int) -> bool:
        stem = text[start:suffix_start]
        return not (len(stem) < self.project_min_stem or self.is_generic(stem) or self.count.match(stem)
                    or stem.endswith(self.not_project_endings) or self.campaign_re.search(stem)
                    or stem.endswith("等") or stem[-1:] in QUOTES or text.startswith(self.project_not_before, end))

    def _project_short_names(self, doc: "_DocState") -> None:
        """A project named again without its opening words or phase (渝南双江航电枢纽一期工程 → 双江航电枢纽工程)."""
        text = doc.text
        projects = {text[m.start:m.end] for m in doc.names if m.label == PROJECT}
        plain = {name: self.phase_re.sub("", name) for name in projects}
        for short in projects:
            for full in projects:
                if short != full and len(plain[short]) >= 6 and plain[full].endswith(plain[short]):
                    doc.aliases.append((PROJECT, full, short))

    def _find_aliases(self, doc: "_DocState") -> None:
        """重庆胜禹新材料有限公司（以下简称“胜禹新材”）: the short name is the same thing."""
        for mention in list(doc.names):
            m = self.alias_re.match(doc.text, mention.end)
            if m:
                doc.aliases.append((mention.label, doc.text[mention.start:mention.end], m.group(1)))
                doc.short_names[m.group(1)] = mention.label

    # ---------------------------------------------------------------- programs
    def _find_programs(self, doc: "_DocState") -> None:
        text = doc.text
        for cue in self.selection_cue_re.finditer(text):
            self._programs_after(doc, cue.end(), needs_scope=False)
        for cue in self.publication_cue_re.finditer(text):
            self._published_list(doc, cue.end())
        for scope in self.scope_re.finditer(text):
            if not doc.programs.covers(scope.start()) and self._describes(text, scope.start()):
                self._programs_after(doc, scope.start(), needs_scope=True)

    def _published_list(self, doc: "_DocState", position: int) -> None:
        """工业和信息化部公布第六批专精特新“小巨人”企业名单: a published list is a program."""
        self._programs_after(doc, position, needs_scope=False, published=True)

    def _describes(self, text: str, position: int) -> bool:
        """A program without a cue counts in a description of something (是一家…的P, 作为P), not in a bare list."""
        start = max(0, position - 60)
        sentence_start = max((m.end() for m in self.sentence_end_re.finditer(text, start, position)), default=start)
        before = text[sentence_start:position]
        return before.endswith(("作为", "是")) or (before.endswith("的") and "是" in before)

    def _scope_program_aliases(self, doc: "_DocState") -> None:
        """全市制造业领军企业 is 重庆市制造业领军企业 when a text names both."""
        text = doc.text
        names = {self.list_word_re.sub("", text[m.start:m.end]) for m in doc.programs}
        for name in names:
            scope = next((w for w in self.scope_words if name.startswith(w)), None)
            if not scope:
                continue
            rest = name[len(scope):]
            for other in names:
                region = self.region_re.match(other)
                if region and other[region.end():] == rest and region.group().endswith(scope[-1]):
                    doc.aliases.append((PROGRAM, other, name))

    def _programs_after(self, doc: "_DocState", position: int, needs_scope: bool, published: bool = False) -> None:
        """Program names after a cue; several when separated by 、 (荣获A、B等称号).

        After a publication cue (`published`) only lists count: 公布A名单和B名单.
        """
        text = doc.text
        while position < len(text):
            end = self.name_or_quote_run.match(text, position, position + self.program_max).end()
            split = self.program_split_re.search(text[position:end])
            if split:
                end = position + split.start()
            found = self._program_in(text, position, end, needs_scope)
            if found and published and not self.list_word_re.search(text[found[0]:found[1]].strip(QUOTES)):
                found = None
            if found:
                rule = "program.published" if published else "program.scope" if needs_scope else "program.cue"
                doc.programs.add(*found, PROGRAM, rule)
            if end >= len(text) or text[end] not in "、和及":
                return
            position = end + 1

    def _program_in(self, text: str, start: int, end: int, needs_scope: bool) -> tuple[int, int] | None:
        heads = list(self.program_heads.finditer(text, start, end))
        if not heads:
            return None
        stop = heads[-1].end()
        while start < stop and text[start] in QUOTES:
            start += 1
        title = self.conferred_title_re.search(text, start, stop)
        if title:  # 授予…“X”称号: the title is what the quotes hold
            start, stop = title.start(1), title.end(1)
        name = text[start:stop]
        plain = name.strip(QUOTES)
        bare = self.list_word_re.sub("", plain)
        if (len(bare) < 4 or plain in self.not_programs or bare in self.not_programs
                or any(w in plain for w in self.not_in_programs)
                or text[heads[-1].start() - 1] == "等"):
            return None
        quoted = start > 0 and text[start - 1] in QUOTES
        scoped = self.scope_re.match(plain) is not None or self.region_re.match(plain) is not None
        designated = self.designation_re.search(plain) is not None
        listed = self.list_word_re.search(plain) is not None
        if needs_scope and not designated:
            return None
        if not (designated or scoped or listed or quoted):
            return None
        if name.endswith(tuple(QUOTES)):
            stop -= 1
        qualifier = self.program_qualifier_re.match(text, stop)
        return start, qualifier.end() if qualifier else stop

    # ---------------------------------------------------------------- short company names
    def _find_short_names(self, doc: "_DocState") -> None:
        self._derive_short_names(doc)
        self._short_names_in_lists(doc)
        self._short_names_before_cues(doc)
        self._short_names_before_copulas(doc)
        self._short_names_after_places(doc)
        self._short_names_before_contexts(doc)
        self._tag_short_names(doc)

    def _is_short_company_name(self, doc: "_DocState", name: str) -> bool:
        return (2 <= len(name) <= self.max_short and not self.is_generic(name)
                and name not in self.region_names and not name.endswith(self.not_company)
                and not self.park_suffix_re.search(name) and not self.selection_cue_re.search(name)
                and not any(ch in QUOTES for ch in name))

    def _ends_with_industry_word(self, name: str) -> bool:
        """渝丰线缆: an industry word ends the name, and something stands before it."""
        return self.industry_suffix_re.search(name, 1) is not None

    def _industry_suffix(self, name: str) -> str:
        """The longest industry word ending the name with something before it, or ''."""
        m = self.industry_suffix_re.search(name, 1)  # the leftmost match is the longest: all end at the end
        return m.group() if m else ""

    def _derive_short_names(self, doc: "_DocState") -> None:
        """耐世特 from 重庆耐世特转向系统有限公司, when the shorter form occurs elsewhere in the text."""
        text = doc.text
        found: dict[tuple[str, int], str | None] = {}  # doc.names is fixed here: search each name once
        derived: dict[str, set[str]] = {}  # short name -> the full names it was derived from
        for mention in [m for m in doc.names if m.label == COMPANY]:
            full = text[mention.start:mention.end]
            core = self._bare(full)
            suffix = next((s for s in self.legal_suffixes if core.endswith(s)), "")
            core = core[: len(core) - len(suffix)]
            bases = []  # (name, length of its region prefix), least stripped first
            region = ""
            while (m := self.region_re.match(core)) and len(core) - m.end() >= 2:
                region, core = region + m.group(), core[m.end():]
                bases.append((core, 0))
            bases = (bases or [(core, 0)]) + ([(region + core, len(region))] if region else [])
            group = next((g for g in self.group_suffixes if g in full[len(full) - len(suffix) - 6:]), None)
            if group:  # 福建鸿跃（集团）有限公司 is called 鸿跃集团
                stem = core
                while w := self._industry_suffix(stem):
                    stem = stem[: -len(w)]
                bases = [(stem + group, 0)] + bases
            for base, region_len in bases:
                if (base, region_len) not in found:
                    found[base, region_len] = self._longest_prefix_elsewhere(doc, base, region_len)
                short = found[base, region_len]
                if short:
                    if short != full:
                        derived.setdefault(short, set()).add(full)
                    break
        for short, fulls in derived.items():
            doc.short_names.setdefault(short, COMPANY)
            if len(fulls) == 1:  # 岚图电气 beside 四川岚图电气… and 湖北岚图电气…: the name of neither
                doc.aliases.append((COMPANY, next(iter(fulls)), short))

    def _longest_prefix_elsewhere(self, doc: "_DocState", base: str, region_len: int) -> str | None:
        """The longest prefix of `base` (a name without legal suffix) that the text uses on its own.

        Without a region (region_len 0) the prefix must say something of its own once
        industry words are taken off (耐世特, 盛今科技); after a region it must be a
        whole word: the rest of the name, an industry word, or a distinctive stem
        (重庆齿轮箱, 重庆金汇能, not 重庆齿轮).
        """
        text = doc.text
        for k in range(len(base), region_len + 1, -1):
            if len(base) - k == 1:
                continue  # 源动力电|池: leaving one character cuts a word
            prefix = base[:k]
            own = prefix[region_len:]
            industry = self._industry_suffix(own)
            distinctive = own[: len(own) - len(industry)]
            if region_len == 0:
                if (len(prefix) < self.min_derived or self.is_generic(distinctive) or distinctive in self.region_names
                        or own in self.industry_words):
                    continue  # 齿轮箱 alone says nothing of its own; 重庆齿轮箱 does
            elif not (k == len(base) or distinctive != own or len(own) >= self.min_derived):
                continue
            position = text.find(prefix)
            while position != -1:
                covering = doc.names.at(position)
                if covering is None or covering.label == PROJECT or (covering.start, covering.end) == (
                        position, position + len(prefix)):
                    return prefix
                position = text.find(prefix, position + len(prefix))
        return None

    def _short_names_in_lists(self, doc: "_DocState") -> None:
        """A、B、C等8家企业 / A、B入选… : the members are companies."""
        text = doc.text
        for clause in CLAUSE.finditer(text):
            if text.find("、", clause.start(), clause.end()) == -1 and text.find("等", clause.start(), clause.end()) == -1:
                continue  # the chains' pattern backtracks at every character of a clause it cannot match
            for chain in LIST_CHAIN.finditer(text, clause.start(), clause.end()):
                items = self._split_list(doc, chain.start(), chain.end())
                if items:
                    self._type_list(doc, items)

    def _split_list(self, doc: "_DocState", start: int, end: int) -> list[tuple[int, int, str]] | None:
        """Members of an enumeration and what follows it ('head', 'cue' or '')."""
        text = doc.text
        parts, position = [], start
        for sep in re.finditer("、|[，,]?以及", text[start:end]):
            parts.append((position, start + sep.start()))
            position = start + sep.end()
        last_start, last_end = position, end
        # the last member ends where 等, a count, a head or a cue begins
        tail = text[last_start:last_end]
        follow = ""
        m = re.search(r"等", tail)
        head = None
        if m:
            head = self.list_head_re.match(text, last_start + m.start())
            cued = self.name_end_re.match(text, last_start + m.end())  # A、B等(则)入选…
            follow = "head" if head else "cue" if cued else "etc"
            last_end = last_start + m.start()
        else:
            cue = self.selection_cue_re.search(tail) or self.location_cue_re.search(tail)
            head_m = re.search(r"(?:\d+|[一二三四五六七八九十两]+)[余多]?[家户个]", tail)
            # 授予A、B“X”称号: the title that follows the list is its cue
            title = next((q for q in re.finditer(f"[{re.escape(QUOTES)}]", tail)
                          if doc.programs.starts_at(last_start + q.end())), None)
            cue = cue or title
            cuts = [x for x in (cue, head_m) if x]
            if not cuts:
                return None
            first = min(cuts, key=lambda x: x.start())
            follow = "cue" if first is cue else "count"
            if first is head_m:
                head = self.list_head_re.match(text, last_start + head_m.start())
                follow = "head" if head else "count"
            last_end = last_start + first.start()
        last_end = last_start + len(self.trailing_adverbs.sub("", text[last_start:last_end]))
        parts.append((last_start, last_end))
        if follow == "etc":
            return None
        # each member starts after its own place (芜湖经开区的澜拓热管理, 楚雄高新区滇中有色) and context words
        parts = [(self._trim_left(text, self._extend_left(text, e, max(s, doc.names.last_end_before(e)), 40), e,
                                  doc.regions), e) for s, e in parts]
        head_word = head.group(2) if head else ""
        if head and self.category_re.search(head.group()):
            return None  # 手机配件、智能穿戴等上下游企业: kinds of business
        return [(s, e, head_word or follow) for s, e in parts if e > s]

    def _type_list(self, doc: "_DocState", items: list[tuple[int, int, str]]) -> None:
        text = doc.text
        follow = items[-1][2]
        if follow == "项目":
            self._projects_in_list(doc, items)
        names = [(s, e, text[s:e]) for s, e, _ in items]
        known = [n for s, e, n in names if n in doc.short_names or doc.names.label_at(s) == COMPANY]
        shaped = [n for _, _, n in names if self._ends_with_industry_word(n)]
        if follow in ("企业", "公司", "集团"):
            confirmed = True
        elif follow in ("项目", "cue", "count"):
            confirmed = bool(known or shaped) and len(known) + len(shaped) * 2 >= len(names)
        else:
            confirmed = False
        if not confirmed:
            return
        for s, e, name in names:
            if doc.names.overlaps(s, e) or not self._is_short_company_name(doc, name):
                continue
            doc.short_names.setdefault(name, COMPANY)

    def _projects_in_list(self, doc: "_DocState", items: list[tuple[int, int, str]]) -> None:
        """安易行、阿斯托特克等56个重点项目: each member names a project, as A and A项目 (guidelines);
        a member shaped like a company's short name (台宏电子) names its developer too."""
        text = doc.text
        if not text.startswith("等", items[-1][1]):
            return  # 广州双桥、三峡油漆4个项目: the companies' projects, named by their companies
        for s, e, _ in items:
            name = text[s:e]
            if any(ch in name for ch in "（）()和") or text[s - 1:s] in QUOTES or doc.names.overlaps(s, e) or doc.regions.overlaps(s, e) or not 2 <= len(name) <= 16 \
                    or self.is_generic(name) or name in self.region_names or self.count.search(name):
                continue
            doc.names.add(s, e, PROJECT, "project.list_member")
            doc.aliases.append((PROJECT, name, name + "项目"))
            if doc.short_names.get(name) == COMPANY or (
                    self._ends_with_industry_word(name) and self._is_short_company_name(doc, name)):
                doc.nested.append(Mention(s, e, COMPANY, "company.list_project"))

    def _short_names_before_cues(self, doc: "_DocState") -> None:
        """江小白获评重庆市独角兽企业: a short subject of a company-type program is a company."""
        text = doc.text
        for program in doc.programs:
            name = self.list_word_re.sub("", text[program.start:program.end].strip(QUOTES)).strip(QUOTES)
            if not name.endswith(("企业", "公司")):
                continue  # 火锅食材获评…特色产业集群: the subject of a cluster program is an industry
            cue_start = program.start
            while cue_start > 0 and text[cue_start - 1] in QUOTES:
                cue_start -= 1
            cue = None
            for m in self.selection_cue_re.finditer(text, max(0, cue_start - 6), cue_start):
                if m.end() == cue_start:
                    cue = m
            if cue is None:
                continue
            cue_begin = cue.start()
            barrier = max(doc.names.last_end_before(cue_begin), doc.programs.last_end_before(cue_begin))
            run_start = self._extend_left(text, cue_begin, barrier, 20)
            if run_start > 0 and text[run_start - 1] == "、":
                continue  # a list: handled by _short_names_in_lists
            start = self._trim_left(text, run_start, cue_begin, doc.regions)
            self._confirm_company(doc, start, self.trailing_adverbs.sub("", text[start:cue_begin]))

    def _short_names_before_copulas(self, doc: "_DocState") -> None:
        """星海新材是一家专注薄膜材料的…企业: the subject of such a description is a company."""
        text = doc.text
        for m in self.copula_re.finditer(text):
            sentence_end = self.sentence_end_re.search(text, m.end())
            if not self.company_head_re.search(text, m.end(), sentence_end.start() if sentence_end else len(text)):
                continue
            start = self._stem_start(doc, m.start(), 12)
            self._confirm_company(doc, start, self.trailing_adverbs.sub("", text[start:m.start()]))

    def _short_names_after_places(self, doc: "_DocState") -> None:
        """位于天府软件园的极屿数据、云栈科技: company-shaped names after a place's 的."""
        text = doc.text
        for place in list(doc.names) + list(doc.regions):
            if place.label not in (PARK, REGION):
                continue
            m = self.after_place_re.match(text, place.end)
            position = m.end() if m else None
            while position is not None:
                end = self.name_run.match(text, position, position + self.max_short + 3).end()
                run = text[position:end]
                name = next((run[:cut] for cut in range(len(run), 1, -1)  # the longest opening ending in an industry word
                             if self.industry_suffix_re.search(run, 0, cut)), "")
                after = position + len(name)
                ends_run = after >= len(text) or not self.is_name_char(text[after]) or self.name_end_re.match(text, after)
                if name and ends_run and self._ends_with_industry_word(name):
                    self._confirm_company(doc, position, name)
                position = end + 1 if end < len(text) and text[end] == "、" and name == run else None

    def _short_names_before_contexts(self, doc: "_DocState") -> None:
        """渝丰线缆生产车间, 渝丰科技相关负责人: what stands before such words is a company."""
        text = doc.text
        for m in self.context_re.finditer(text):
            start = self._stem_start(doc, m.start(), self.max_short + 4)
            subject = text[start:m.start()]
            if m.group(1) is not None or self._ends_with_industry_word(subject):  # a strong context, or a company's shape
                self._confirm_company(doc, start, subject)

    def _confirm_company(self, doc: "_DocState", start: int, name: str) -> None:
        """A short name found by a rule is a company if it looks like one and no other name holds it."""
        if self._is_short_company_name(doc, name) and not doc.names.overlaps(start, start + len(name)):
            doc.short_names.setdefault(name, COMPANY)

    def _tag_short_names(self, doc: "_DocState") -> None:
        """Every occurrence of a confirmed short name is a mention."""
        text = doc.text
        for label, _, alias in doc.aliases:
            if label == PARK:
                doc.short_names.setdefault(alias, PARK)
        tagged = []  # added together: the occurrences do not overlap, so each is checked against the others' names
        for start, end, name in _leftmost_longest(text, doc.short_names):
            label = doc.short_names[name]
            if doc.names.label_at(start) == PROJECT and doc.names.at(start).start == start:
                doc.nested.append(Mention(start, end, label, "company.in_project"))
            elif not doc.names.overlaps(start, end) and not doc.programs.overlaps(start, end):
                tagged.append(Mention(start, end, label, "company.short_name"))
        doc.names.add_all(tagged)

    def _find_developers_in_projects(self, doc: "_DocState") -> None:
        """和友光能年产8GW…项目: a company-shaped name before 年产/a number opens the project name."""
        text = doc.text
        nested_starts = {m.start for m in doc.nested}
        for project in [m for m in doc.names if m.label == PROJECT]:
            if project.start in nested_starts:
                continue
            boundary = self.developer_boundary.search(text, project.start, project.end)
            if not boundary or boundary.start() - project.start < 2:
                known = next((n for n in sorted(doc.short_names, key=len, reverse=True)
                              if doc.short_names[n] == COMPANY and text.startswith(n, project.start)), None)
                end = project.start + len(known) if known else self._company_opening_project(text, project)
                if end:
                    doc.nested.append(Mention(project.start, end, COMPANY, "company.in_project"))
                    doc.short_names.setdefault(text[project.start:end], COMPANY)
                continue
            name = text[project.start:boundary.start()]
            region = self.region_re.match(name)
            core = name[region.end():] if region and len(name) - region.end() >= 2 else name
            if core in doc.short_names:
                doc.nested.append(Mention(project.start, boundary.start(), COMPANY, "company.in_project"))
                if core != name:
                    doc.aliases.append((COMPANY, core, name))
            elif self._ends_with_industry_word(core) and self._is_short_company_name(doc, core):
                doc.nested.append(Mention(project.start, boundary.start(), COMPANY, "company.in_project"))

    def _company_opening_project(self, text: str, project: Mention) -> int | None:
        """End of a company-shaped opening of a project's name (海岳化学电子级氢氟酸项目 → 海岳化学)."""
        for stem_len in (2, 3):
            stem = text[project.start:project.start + stem_len]
            # the longest industry word after the stem that leaves more than four characters of the name
            word = self.industry_word_re.match(text, project.start + stem_len, project.end - 5)
            if word and not self.is_generic(stem) and stem not in self.region_names and not self.count.search(stem):
                return word.end()
        return None


class _Spans:
    """Non-overlapping mentions of one kind, kept sorted by start.

    Non-overlapping spans sorted by start are sorted by end too, so every query
    is a binary search over the starts or the ends (long documents hold
    thousands of mentions).
    """

    def __init__(self) -> None:
        self._items: list[Mention] = []
        self._starts: list[int] = []
        self._ends: list[int] = []

    def __iter__(self):
        return iter(list(self._items))

    def add(self, start: int, end: int, label: str, rule: str) -> None:
        if end <= start or self.overlaps(start, end):
            return
        i = bisect.bisect_left(self._starts, start)
        self._items.insert(i, Mention(start, end, label, rule))
        self._starts.insert(i, start)
        self._ends.insert(i, end)

    def add_all(self, mentions: list[Mention]) -> None:
        """Add sorted mentions that overlap neither each other nor the spans (one merge, not one insertion each)."""
        if mentions:
            self._items = sorted(self._items + mentions, key=lambda m: m.start)
            self._starts = [m.start for m in self._items]
            self._ends = [m.end for m in self._items]

    def remove(self, mention: Mention) -> None:
        i = bisect.bisect_left(self._starts, mention.start)
        if i == len(self._items) or self._items[i] != mention:
            raise ValueError(f"{mention} is not among the spans")
        del self._items[i], self._starts[i], self._ends[i]

    def _first_ending_after(self, position: int) -> int:
        """Index of the first span whose end is after `position` (the only one that can hold it)."""
        return bisect.bisect_right(self._ends, position)

    def overlaps(self, start: int, end: int) -> bool:
        i = self._first_ending_after(start)
        return i < len(self._items) and self._starts[i] < end

    def covers(self, position: int) -> bool:
        return self.at(position) is not None

    def ends_at(self, position: int) -> bool:
        i = bisect.bisect_left(self._ends, position)
        return i < len(self._ends) and self._ends[i] == position

    def starts_at(self, position: int) -> bool:
        i = bisect.bisect_left(self._starts, position)
        return i < len(self._starts) and self._starts[i] == position

    def at(self, position: int) -> Mention | None:
        i = self._first_ending_after(position)
        return self._items[i] if i < len(self._items) and self._starts[i] <= position else None

    def label_at(self, position: int) -> str | None:
        m = self.at(position)
        return m.label if m else None

    def last_before(self, position: int) -> Mention | None:
        i = bisect.bisect_right(self._ends, position)
        return self._items[i - 1] if i else None

    def last_end_before(self, position: int) -> int:
        m = self.last_before(position)
        return m.end if m else 0


class _DocState:
    def __init__(self, text: str) -> None:
        self.text = text
        self.regions = _Spans()
        self.names = _Spans()  # companies, parks, projects
        self.programs = _Spans()
        self.short_names: dict[str, str] = {}
        self.aliases: list[tuple[str, str, str]] = []
        self.nested: list[Mention] = []
        self.region_aliases: dict[int, tuple[str, str, str]] = {}  # start of a short form -> its alias
        self._counts: dict[str, int] = {}

    def count(self, name: str) -> int:
        """Occurrences of `name` in the text (remembered: a long report names its parks many times)."""
        if name not in self._counts:
            self._counts[name] = self.text.count(name)
        return self._counts[name]

    def result(self) -> Findings:
        candidates = list(self.names) + list(self.programs) + list(self.regions)
        candidates.sort(key=lambda m: (-(m.end - m.start), PRIORITY[m.label], m.start))
        taken = bytearray(len(self.text))  # 1 where a chosen mention stands
        chosen = []
        for m in candidates:
            if taken.find(1, m.start, m.end) == -1:
                taken[m.start:m.end] = b"\x01" * (m.end - m.start)
                chosen.append(m)
        chosen.sort(key=lambda m: m.start)
        kept_regions = [self.region_aliases[m.start] for m in chosen if m.start in self.region_aliases
                        and m.label == REGION]
        aliases = [(label, a, b) for label, a, b in dict.fromkeys(self.aliases + kept_regions) if a != b]
        return Findings(mentions=chosen, nested=sorted(set(self.nested)), aliases=aliases)
