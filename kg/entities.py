"""Stage 2a: entity rules. Text in, typed mentions out.

Chinese has no spaces, so a name's end is found by its suffix (有限公司, 工业园,
项目, 区) or by a cue (入选 …企业名单), and its start by walking left over name
characters and cutting at words that never stand inside a name. Short company
names are found in lists (A、B等企业), before selection cues, before words such as
生产车间, and by deriving them from full names in the same text; once found,
every other occurrence in the text is tagged as well.

`EntityFinder.find(text)` is plain Python; `kg.pipeline` wraps it in a spaCy
component that turns the result into `doc.ents`.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from kg.rules import Rules

COMPANY, PARK, PROJECT, PROGRAM, REGION = "Company", "IndustrialPark", "Project", "Program", "Region"
LABELS = (COMPANY, PARK, PROJECT, PROGRAM, REGION)
# when two candidates overlap with the same length, the earlier type in this list wins
PRIORITY = {PROJECT: 0, PROGRAM: 1, COMPANY: 2, PARK: 3, REGION: 4}

OPEN_BRACKETS, CLOSE_BRACKETS = "（(", "）)"
QUOTES = "“”\"‘’「」『』"


@dataclass(frozen=True, order=True)
class Mention:
    start: int
    end: int
    label: str
    rule: str = field(compare=False)


@dataclass
class Findings:
    mentions: list[Mention]  # non-overlapping, sorted: what becomes doc.ents
    nested: list[Mention]  # company names inside a project's name (for developedBy)
    aliases: list[tuple[str, str, str]]  # (label, name, other name of the same thing)


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
        body = "(?:" + "|".join(
            "(?=[" + "".join(re.escape(ch) for ch, _ in group) + "])(?:" + "|".join(p for _, p in group) + ")"
            for group in groups) + ")"
    return f"(?:{body})?" if "" in node else body


class EntityFinder:
    def __init__(self, rules: Rules):
        common = rules.common
        self.name_char = re.compile(f"[{common['name_chars']}]")
        self.stop_chars = set(common["stop_chars"])
        self.max_bracket = int(common["max_bracket"])
        self.cut_after_words = re.compile(_alternation(common["cut_after_words"]))
        self.cut_after = re.compile(f"{_alternation(common['cut_after_words'])}|[{common['cut_after_chars']}]")
        self.leading_words = sorted(common["leading_words"], key=len, reverse=True)
        self.leading_chars = set(common["leading_chars"])
        self.date_prefix = re.compile(common["date_prefix"])
        measure = re.escape(common["measure_words"])
        self.count = re.compile(rf"(?:\d+(?:\.\d+)?|[一二三四五六七八九十百千两几数]+)[{measure}]")
        self.generic = re.compile(
            rf"(?:{_alternation(common['generic_words'])}|\d+(?:\.\d+)?[{measure}]?|[一二三四五六七八九十百千两几数]+[{measure}])+"
        )
        self._compile_regions(rules)
        self._compile_suffixes(rules)
        self._compile_companies(rules.company)
        self._compile_programs(rules.program, rules.relations)

    # ---------------------------------------------------------------- compile
    def _compile_regions(self, rules: Rules) -> None:
        region = rules.region
        names: set[str] = set()
        self.short_forms: dict[str, set[str]] = {}  # two-character short form -> its full names
        full_only = tuple(region["full_name_only_suffixes"])
        strip = sorted(region["strip_suffixes"], key=len, reverse=True)
        ambiguous = set(region["ambiguous_short_forms"])
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
                        if len(short) == 2 and not code.endswith("0000"):
                            self.short_forms.setdefault(short, set()).add(full)
                    break
        self.region_names = frozenset(names)
        self.full_region_names = frozenset(n for _, n in rules.divisions if n in names)
        self.short_form_min_count = int(region["short_form_min_count"])
        self.region_re = re.compile(_alternation(names))
        towns = _alternation(region["town_suffixes"])
        self.town_re = re.compile(rf"[\u4e00-\u9fff]{{2,4}}?(?:{towns})")
        self.not_regions = not_regions

    def _compile_suffixes(self, rules: Rules) -> None:
        park, project, company = rules.park, rules.project, rules.company
        self.park_suffix_re = re.compile(_alternation(park["suffixes"]))
        self.section_suffixes = tuple(park["section_suffixes"])
        self.park_max_stem = int(park["max_stem"])
        self.park_plain_stem = int(park["plain_stem"])
        self.direction_re = re.compile(_alternation(park["direction_words"]))
        self.project_suffix_re = re.compile(rf"(?:{_alternation(project['suffixes'])})(?:{project['phase']})?")
        self.project_max_stem = int(project["max_stem"])
        self.project_min_stem = int(project["min_stem"])
        self.project_not_before = tuple(project["not_before"])
        self.not_project_endings = tuple(project["not_project_stem_endings"])
        self.developer_boundary = re.compile(_alternation(project["developer_boundaries"]) + r"|\d")
        self.legal_suffix_re = re.compile(_alternation(company["legal_suffixes"]))
        self.legal_suffixes = tuple(sorted(company["legal_suffixes"], key=len, reverse=True))

    def _compile_companies(self, company: dict) -> None:
        self.industry_words = tuple(sorted(company["industry_words"], key=len, reverse=True))
        self.industry_suffix_re = re.compile(rf"(?:{_alternation(company['industry_words'])})\Z")
        self.not_company = tuple(company["not_company_suffixes"])
        self.max_short = int(company["max_short_name"])
        self.min_derived = int(company["min_derived_name"])
        heads = _alternation(company["list_heads"])
        self.list_head_re = re.compile(
            rf"(等)?(?:\d+|[一二三四五六七八九十两]+)?[家户个]?[\u4e00-\u9fff]{{0,4}}?({heads})"
        )
        modifiers = _alternation(company["context_modifiers"])
        contexts = _alternation(company["short_name_contexts"])
        weak = _alternation(company["weak_short_name_contexts"])
        self.context_re = re.compile(rf"(?:{modifiers})?(?:({contexts})|{weak})")
        markers = _alternation(company["alias_markers"])
        q = re.escape(QUOTES)
        self.alias_re = re.compile(
            rf"^[（(]\s*(?:{markers})[：:]?\s*[{q}]?([^{q}（）()，。、]{{2,12}})[{q}]?\s*[）)]"
        )

    def _compile_programs(self, program: dict, relations: dict) -> None:
        self.program_heads = re.compile(
            rf"(?:{_alternation(program['heads'])})(?:{_alternation(program['list_words'])})?"
            rf"|(?:{_alternation(program['list_words'])})"
        )
        self.list_word_re = re.compile(rf"(?:{_alternation(program['list_words'])})$")
        self.program_max = int(program["max_length"])
        self.not_programs = set(program["not_programs"])
        cues = relations["selected_as"]["cues"]
        self.selection_cue_re = re.compile(_alternation(cues))
        scopes = "|".join(sorted(program["scope_prefixes"], key=len, reverse=True))
        self.scope_re = re.compile(scopes)
        self.designation_re = re.compile(_alternation(program["designation_words"]))

    # ---------------------------------------------------------------- helpers
    def is_name_char(self, ch: str) -> bool:
        return ch not in self.stop_chars and self.name_char.match(ch) is not None

    def is_generic(self, stem: str) -> bool:
        """True if the stem says nothing that identifies one thing."""
        rest = self.generic.sub("", stem)
        for name in self.region_re.findall(rest):
            rest = rest.replace(name, "")
        return len(rest) < 2

    def _extend_left(self, text: str, end: int, barrier: int, max_len: int) -> int:
        """Leftmost start of a run of name characters (with short bracketed parts) ending at `end`."""
        i = end
        while i > barrier and end - i < max_len:
            ch = text[i - 1]
            if self.is_name_char(ch):
                i -= 1
            elif ch in CLOSE_BRACKETS:
                j = i - 2
                while j >= barrier and i - j <= self.max_bracket + 2 and self.is_name_char(text[j]):
                    j -= 1
                if j >= barrier and text[j] in OPEN_BRACKETS and j < i - 2:
                    i = j
                else:
                    break
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
            word = next((w for w in self.leading_words
                         if text.startswith(w, start, end) and start + len(w) < end), None)
            if word:
                start += len(word)
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
        return doc.result()

    def _find_regions(self, doc: "_DocState") -> None:
        text = doc.text
        counts: dict[str, int] = {}
        matches = list(self.region_re.finditer(text))
        for m in matches:
            counts[m.group()] = counts.get(m.group(), 0) + 1
        for m in matches:
            name = m.group()
            if name in self.short_forms and counts[name] < self.short_form_min_count and not any(
                    full in counts for full in self.short_forms[name]):
                continue  # a two-character short form needs its full form or repetition as evidence
            doc.regions.add(m.start(), m.end(), REGION, "region.gazetteer")
        for m in self.town_re.finditer(text):
            suffix_len = 2 if m.group().endswith("街道") else 1
            start = max(m.start(), m.end() - suffix_len - 2)
            name = text[start:m.end()]
            stem = name[:-suffix_len]
            bounded = (start == 0 or not self.is_name_char(text[start - 1]) or doc.regions.ends_at(start)
                       or text[start - 1] in self.leading_chars)
            if (not bounded or name in self.not_regions or stem in self.not_regions
                    or doc.regions.overlaps(start, m.end()) or any(ch in self.leading_chars for ch in stem)):
                continue
            doc.regions.add(start, m.end(), REGION, "region.town")

    def _find_suffixed(self, doc: "_DocState") -> None:
        """Full company names, parks and projects: a stem before a suffix."""
        text = doc.text
        candidates = [(m.end(), m.start(), COMPANY) for m in self.legal_suffix_re.finditer(text)]
        candidates += [(m.end(), m.start(), PARK) for m in self.park_suffix_re.finditer(text)]
        candidates += [(m.end(), m.start(), PROJECT) for m in self.project_suffix_re.finditer(text)]
        for end, suffix_start, label in sorted(candidates):
            if doc.names.covers(suffix_start):
                continue
            if label == COMPANY:
                self._add_company(doc, suffix_start, end)
            elif label == PARK:
                self._add_park(doc, suffix_start, end)
            else:
                self._add_project(doc, suffix_start, end)

    def _stem_start(self, doc: "_DocState", suffix_start: int, max_len: int, barrier: int | None = None,
                    words_only: bool = False) -> int:
        if barrier is None:
            barrier = doc.names.last_end_before(suffix_start)
        run_start = self._extend_left(doc.text, suffix_start, barrier, max_len)
        return self._trim_left(doc.text, run_start, suffix_start, doc.regions, words_only)

    def _add_company(self, doc: "_DocState", suffix_start: int, end: int) -> None:
        start = self._stem_start(doc, suffix_start, 30, words_only=True)
        stem = self._bare(doc.text[start:suffix_start])
        previous = doc.names.last_before(suffix_start)
        if self.is_generic(stem) and previous and previous.end == start and previous.label != COMPANY:
            # 双福工业园建设开发有限公司: the company is named after the park before it
            doc.names.remove(previous)
            start = self._stem_start(doc, suffix_start, 30, barrier=doc.names.last_end_before(previous.start),
                                     words_only=True)
            stem = self._bare(doc.text[start:suffix_start])
        if not self.is_generic(stem):
            doc.names.add(start, end, COMPANY, "company.legal_suffix")

    def _add_park(self, doc: "_DocState", suffix_start: int, end: int) -> None:
        text = doc.text
        start = self._stem_start(doc, suffix_start, self.park_max_stem)
        start = self._start_long_park_stem(text, start, suffix_start)
        if start is None:
            return
        start = self._strip_region_prefix(text, start, suffix_start)
        stem = self._bare(text[start:suffix_start])
        if self.is_generic(stem) and stem not in self.region_names:
            return
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
        elif stem in self.region_names and text[suffix_start:end].endswith(self.section_suffixes):
            return  # 江津片区 alone: a park only as another name of one named in full (see _tag_short_names)
        doc.names.add(start, end, PARK, "park.suffix")

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
        if inner in self.region_names or (inner.endswith(self.section_suffixes) and len(inner) > 2):
            return close + 1
        return None

    def _add_project(self, doc: "_DocState", suffix_start: int, end: int) -> None:
        text = doc.text
        start = self._stem_start(doc, suffix_start, self.project_max_stem)
        start = self._strip_region_prefix(text, start, suffix_start)
        stem = text[start:suffix_start]
        if (len(stem) < self.project_min_stem or self.is_generic(stem) or self.count.match(stem)
                or re.search(self.count.pattern + "$", stem) or stem.endswith(self.not_project_endings)
                or stem.endswith("等") or stem[-1:] in QUOTES or text.startswith(self.project_not_before, end)):
            return
        doc.names.add(start, end, PROJECT, "project.suffix")

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
        for scope in self.scope_re.finditer(text):
            if not doc.programs.covers(scope.start()):
                self._programs_after(doc, scope.start(), needs_scope=True, only_first=True)

    def _programs_after(self, doc: "_DocState", position: int, needs_scope: bool, only_first: bool = False) -> None:
        """Program names after a cue; several when separated by 、 (荣获A、B等称号)."""
        text = doc.text
        while position < len(text):
            end = position
            while end < len(text) and end - position < self.program_max and (
                    self.is_name_char(text[end]) or text[end] in QUOTES):
                end += 1
            split = re.search(f"[和及](?={self.scope_re.pattern})", text[position:end])
            if split:
                end = position + split.start()
            found = self._program_in(text, position, end, needs_scope)
            if found:
                doc.programs.add(*found, PROGRAM, "program.scope" if needs_scope else "program.cue")
            if only_first or end >= len(text) or text[end] not in "、和及":
                return
            position = end + 1

    def _program_in(self, text: str, start: int, end: int, needs_scope: bool) -> tuple[int, int] | None:
        heads = list(self.program_heads.finditer(text, start, end))
        if not heads:
            return None
        stop = heads[-1].end()
        while start < stop and text[start] in QUOTES:
            start += 1
        name = text[start:stop]
        plain = name.strip(QUOTES)
        bare = self.list_word_re.sub("", plain)
        if (len(bare) < 4 or plain in self.not_programs or bare in self.not_programs
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
        return start, stop

    # ---------------------------------------------------------------- short company names
    def _find_short_names(self, doc: "_DocState") -> None:
        self._derive_short_names(doc)
        self._short_names_in_lists(doc)
        self._short_names_before_cues(doc)
        self._short_names_before_contexts(doc)
        self._tag_short_names(doc)

    def _is_short_company_name(self, doc: "_DocState", name: str) -> bool:
        return (2 <= len(name) <= self.max_short and not self.is_generic(name)
                and name not in self.region_names and not name.endswith(self.not_company)
                and not self.park_suffix_re.search(name) and not self.selection_cue_re.search(name)
                and not any(ch in QUOTES for ch in name))

    def _ends_with_industry_word(self, name: str) -> bool:
        return name.endswith(self.industry_words) and len(name) > min(
            len(w) for w in self.industry_words if name.endswith(w))

    def _derive_short_names(self, doc: "_DocState") -> None:
        """耐世特 from 重庆耐世特转向系统有限公司, when the shorter form occurs elsewhere in the text."""
        text = doc.text
        found: dict[tuple[str, int], str | None] = {}  # doc.names is fixed here: search each name once
        for mention in [m for m in doc.names if m.label == COMPANY]:
            full = text[mention.start:mention.end]
            core = self._bare(full)
            suffix = next((s for s in self.legal_suffixes if core.endswith(s)), "")
            core = core[: len(core) - len(suffix)]
            region = ""
            while (m := self.region_re.match(core)) and len(core) - m.end() >= 2:
                region, core = region + m.group(), core[m.end():]
            for base, region_len in ((core, 0), (region + core, len(region))):
                if not region and region_len == 0 and base != core:
                    continue
                if (base, region_len) not in found:
                    found[base, region_len] = self._longest_prefix_elsewhere(doc, base, region_len)
                short = found[base, region_len]
                if short:
                    doc.aliases.append((COMPANY, full, short))
                    doc.short_names.setdefault(short, COMPANY)
                    break

    def _longest_prefix_elsewhere(self, doc: "_DocState", base: str, region_len: int) -> str | None:
        """The longest prefix of `base` (a name without legal suffix) that the text uses on its own.

        Without a region (region_len 0) the prefix must say something of its own once
        industry words are taken off (耐世特, 盛今科技); after a region it must be a
        whole word: the rest of the name, an industry word, or a distinctive stem
        (重庆齿轮箱, 重庆金汇能, not 重庆齿轮).
        """
        text = doc.text
        for k in range(len(base), region_len + 1, -1):
            prefix = base[:k]
            own = prefix[region_len:]
            distinctive = own
            while (w := self.industry_suffix_re.search(distinctive)):  # the longest industry word at the end
                distinctive = distinctive[: w.start()]
            if region_len == 0:
                if len(prefix) < self.min_derived or self.is_generic(distinctive) or distinctive in self.region_names:
                    continue
            elif not (k == len(base) or distinctive != own or len(own) >= self.min_derived):
                continue
            position = text.find(prefix)
            while position != -1:
                if not doc.names.covers(position) or doc.names.label_at(position) == PROJECT:
                    return prefix
                position = text.find(prefix, position + len(prefix))
        return None

    def _short_names_in_lists(self, doc: "_DocState") -> None:
        """A、B、C等8家企业 / A、B入选… : the members are companies."""
        text = doc.text
        for chain in re.finditer(r"[^，。；！？!?;,\n：:]+、[^，。；！？!?;,\n：:]+|[^，。；！？!?;,\n、：:]+等", text):
            items = self._split_list(doc, chain.start(), chain.end())
            if items:
                self._type_list(doc, items)

    def _split_list(self, doc: "_DocState", start: int, end: int) -> list[tuple[int, int, str]] | None:
        """Members of an enumeration and what follows it ('head', 'cue' or '')."""
        text = doc.text
        parts, position = [], start
        for sep in re.finditer("、", text[start:end]):
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
            follow = "head" if head else "etc"
            last_end = last_start + m.start()
        else:
            cue = self.selection_cue_re.search(tail)
            head_m = re.search(r"(?:\d+|[一二三四五六七八九十两]+)[家户个]", tail)
            cuts = [x for x in (cue, head_m) if x]
            if not cuts:
                return None
            first = min(cuts, key=lambda x: x.start())
            follow = "cue" if first is cue else "count"
            if first is head_m:
                head = self.list_head_re.match(text, last_start + head_m.start())
                follow = "head" if head else "count"
            last_end = last_start + first.start()
        parts.append((last_start, last_end))
        if follow == "etc":
            return None
        first_start, first_end = parts[0]
        run_start = self._extend_left(text, first_end, first_start, 40)
        parts[0] = (self._trim_left(text, run_start, first_end, doc.regions), first_end)
        head_word = head.group(2) if head else ""
        return [(s, e, head_word or follow) for s, e in parts if e > s]

    def _type_list(self, doc: "_DocState", items: list[tuple[int, int, str]]) -> None:
        text = doc.text
        follow = items[-1][2]
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

    def _short_names_before_cues(self, doc: "_DocState") -> None:
        """江小白获评重庆市独角兽企业: a short subject of a company-type program is a company."""
        text = doc.text
        for program in doc.programs:
            name = text[program.start:program.end]
            if not re.search(r"企业|公司", name):
                continue
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
            for prefix in ("被", "成功", "先后", "分别", "已"):
                if text.endswith(prefix, 0, cue_begin):
                    cue_begin -= len(prefix)
            barrier = max(doc.names.last_end_before(cue_begin), doc.programs.last_end_before(cue_begin))
            run_start = self._extend_left(text, cue_begin, barrier, 20)
            if run_start > 0 and text[run_start - 1] == "、":
                continue  # a list: handled by _short_names_in_lists
            start = self._trim_left(text, run_start, cue_begin, doc.regions)
            subject = text[start:cue_begin]
            if self._is_short_company_name(doc, subject) and not doc.names.overlaps(start, cue_begin):
                doc.short_names.setdefault(subject, COMPANY)

    def _short_names_before_contexts(self, doc: "_DocState") -> None:
        """渝丰线缆生产车间, 渝丰科技相关负责人: what stands before such words is a company."""
        text = doc.text
        for m in self.context_re.finditer(text):
            barrier = doc.names.last_end_before(m.start())
            run_start = self._extend_left(text, m.start(), barrier, self.max_short + 4)
            start = self._trim_left(text, run_start, m.start(), doc.regions)
            subject = text[start:m.start()]
            strong = m.group(1) is not None
            if (self._is_short_company_name(doc, subject) and not doc.names.overlaps(start, m.start())
                    and (strong or self._ends_with_industry_word(subject))):
                doc.short_names.setdefault(subject, COMPANY)

    def _tag_short_names(self, doc: "_DocState") -> None:
        """Every occurrence of a confirmed short name is a mention."""
        text = doc.text
        for label, _, alias in doc.aliases:
            if label == PARK:
                doc.short_names.setdefault(alias, PARK)
        names = sorted(doc.short_names, key=len, reverse=True)
        if not names:
            return
        for m in re.finditer(_alternation(names), text):
            label = doc.short_names[m.group()]
            if doc.names.label_at(m.start()) == PROJECT and doc.names.at(m.start()).start == m.start():
                doc.nested.append(Mention(m.start(), m.end(), label, "company.in_project"))
            elif not doc.names.overlaps(m.start(), m.end()) and not doc.programs.overlaps(m.start(), m.end()):
                doc.names.add(m.start(), m.end(), label, "company.short_name")

    def _find_developers_in_projects(self, doc: "_DocState") -> None:
        """和友光能年产8GW…项目: a company-shaped name before 年产/a number opens the project name."""
        text = doc.text
        nested_starts = {m.start for m in doc.nested}
        for project in [m for m in doc.names if m.label == PROJECT]:
            if project.start in nested_starts:
                continue
            boundary = self.developer_boundary.search(text, project.start, project.end)
            if not boundary or boundary.start() - project.start < 2:
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

    def result(self) -> Findings:
        candidates = list(self.names) + list(self.programs) + list(self.regions)
        candidates.sort(key=lambda m: (-(m.end - m.start), PRIORITY[m.label], m.start))
        chosen = _Spans()
        for m in candidates:
            chosen.add(m.start, m.end, m.label, m.rule)
        aliases = [(label, a, b) for label, a, b in dict.fromkeys(self.aliases) if a != b]
        return Findings(mentions=list(chosen), nested=sorted(set(self.nested)), aliases=aliases)
