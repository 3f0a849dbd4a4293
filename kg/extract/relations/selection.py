"""Shapes of selection: heads before a cue before a tail (A、B入选P), and what stands in when no head is there."""
from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.relations.sentence import CONDITION, EACH, PLACES, Sentence, Shape, list_from
from kg.extract.search import alternation, compile_scan
from kg.extract.text import QUOTES, SENTENCE_END_CHARS, clause_start
from kg.model import Mention, Relation
from kg.schema import PARK, PROGRAM

TAIL_JOINERS = ("、", "和", "与", "及", "以及", "，以及", ",以及")  # (获评A、B，以及C: one list)
RANK_AFTER = re.compile(r"\s*第\s*[\d一二三四五六七八九十百]+\s*[位名]")
SENTENCE_ENDS = re.compile(f"[{re.escape(SENTENCE_END_CHARS)}]")
COUNT_REACH = 6  # characters before a tail searched for the count of a kind (38家工厂和3家…)


class CueBeforeTail(Shape):
    """HEADS(、HEADS) … cue TAIL: 凯迪电子入选第五批…名单. The cue (`gap`) ends right before the tail,
    within `reach` characters and after the tail before it; the heads are the best-ranked in the cue's clause.
    With no head there, the patterns of `no_head` are tried in turn; with no cue, those of `no_cue`.
    A place right after one of `frame_words` is a frame, not a subject: 在南昌市获评P的企业中，有A、B.
    With `after_tail`, what must follow the tail (是南川区的龙头企业, not 是南川区重点培育对象); with `giver_before_cue`, the
    body that gives the program between 被 and the cue, whose names are no subjects (被甘肃省某领导小组评为P)."""
    options = ("gap", "reach", "not_counted", "no_head", "no_cue", "after_tail", "members_after", "counted_subject",
               "aim", "done", "disposal", "disposal_joints", "giver_before_cue", "titled_after")
    word_lists = ("cues", "frame_words", "each_words")
    needs = "tail"

    def __init__(self, pattern, others):
        super().__init__(pattern, others)
        self.cue = re.compile(f"(?:{pattern.regex('gap', '{cues}{quotes}*').pattern})$")
        self.reach = int(pattern.value("reach", 8))
        self.aim = pattern.regex("aim", "(?!)")  # 力争进入P: an aim in the cue's clause, no selection
        self.done = pattern.regex("done", "(?!)")  # …，去年已入选P: done, whatever the aim before
        self.after_tail = pattern.regex("after_tail") if "after_tail" in pattern.values else None
        # 今年某市成为P的企业已达473家; 某市已创建P 9家: the tail describes members counted after it, not the place
        self.members_after = pattern.regex("members_after") if "members_after" in pattern.values else None
        # 某高新区贡献突出，16家企业入选P: a count of firms is the cue's own subject, not the sentence's topic
        self.counted_subject = pattern.regex("counted_subject") if "counted_subject" in pattern.values else None
        # with nothing to fall back on when no cue is there, a sentence without a cue word is skipped at once
        cues = pattern.words["cues"]
        self.any_cue = None if pattern.values.get("no_cue") or not cues else re.compile(alternation(cues))
        # 将A，B市的C、D，以及E认定为P: the heads listed after 将 go on past the commas that part them
        self.disposal = pattern.regex("disposal") if "disposal" in pattern.values else None
        self.disposal_joints = pattern.regex("disposal_joints", "(?!)")
        # 被甘肃省某领导小组评为P: the body that gave the program stands between 被 and the cue; the subject before it
        self.giver = pattern.regex("giver_before_cue") if "giver_before_cue" in pattern.values else None
        # 获评P1的A、入选P2的B: after 、 the cue opens B's own clause (its program and 的 before B)
        self.titled_after = pattern.regex("titled_after") if "titled_after" in pattern.values else None

    def find(self, s: Sentence) -> list[Relation]:
        text, ms, p = s.text, s.mentions, self.pattern
        if self.any_cue is not None and not self.any_cue.search(text, s.start, s.end):
            return []
        out = []
        previous_end = s.start
        tails = [m for m in ms if m.label in p.tail]
        paired: set[Mention] = set()
        last: list[Relation] = []  # what the tail before gave
        for i, tail in enumerate(tails):
            if tail in paired:
                last, previous_end = [], tail.end
                continue
            if last and _joined(text[previous_end:tail.start]):
                # 获评A、B, 拿下A、B等品牌: a tail joined to the one before goes to the same heads
                joined = [replace(r, tail=tail) for r in last]
                out += joined
                last, previous_end = joined, tail.end
                continue
            found_before = len(out)
            # (searched in the text, so that a look-behind of the gap sees what stands before the window)
            cue = self.cue.search(text, max(previous_end, tail.start - self.reach), tail.start)
            if cue and self.after_tail is not None and not self.after_tail.match(text, tail.end):
                cue = None
            if cue and text[cue.start() - 1:cue.start()] == "、" and self._titled_member(text, ms, tail):
                last, previous_end = [], tail.end  # 获评P1的A、入选P2的B: each member's own clause names it after its program
                continue
            if cue:
                cue_start = cue.start()
                clause = clause_start(text, s.start, cue_start)
                begin = max(previous_end, self._disposed_from(text, ms, s.start, clause, cue_start))
                done = self.done.search(text, clause, cue_start) is not None
                if not done and self.aim.search(text, clause, tail.start):
                    last, previous_end = [], tail.end  # 力争进入P
                    continue
                giver = self.giver.search(text, clause, cue_start) if self.giver is not None else None
                heads = [h for h in self.subjects(ms, begin, giver.start() if giver else cue_start, text)
                         if h.label not in PLACES or text[h.start - 1:h.start] not in self.pattern.words["frame_words"]]
                described = self.members_after is not None and self.members_after.match(text, tail.end)
                counted = self.counted_subject is not None and self.counted_subject.search(text, begin, cue_start)
                if described or counted:  # (慈溪…企业达30家 5家企业摘得P: the firms counted, not the place)
                    heads = [h for h in heads if h.label not in PLACES or counted and text[h.end:h.end + 1] in "、等和及与"]
                each, joined = self._each(text, heads, tails[i:], cue_start)
                if each:
                    out += [Relation(h, p.relation, t, s.index, p.confidence, p.id + EACH) for h, t in each]
                    paired.update(joined)  # (a tail of a member no name we know holds stays without a head)
                elif heads:
                    out += [self.relation(h, tail, s) for h in heads]
                elif done or not self.aim.search(text, s.start, tail.start):  # (我县将争创P1，进入P2行列: the aim goes on)
                    # (nor a place as the sentence's topic: 至此，某州跻身P行列的企业已达13家; 某区贡献突出，16家企业入选P)
                    out += [r for r in self._first_of(p.values.get("no_head", []), s, begin, cue_start, tail)
                            if not (described or counted) or r.head.label not in PLACES]
            else:
                out += self._first_of(p.values.get("no_cue", []), s, s.start, tail.start, tail)
            last = [r for r in out[found_before:] if r.tail is tail]
            previous_end = tail.end
        return out

    def _titled_member(self, text: str, ms: list[Mention], tail: Mention) -> bool:
        """The tail and `titled_after` right before a head's name: 入选P的B, 荣获“P”称号的B."""
        titled = self.titled_after.match(text, tail.end) if self.titled_after is not None else None
        return titled is not None and any(m.start == titled.end() and m.label in self.pattern.head for m in ms)

    def _disposed_from(self, text: str, ms: list[Mention], start: int, clause: int, cue_start: int) -> int:
        """Where the heads of the cue begin: its clause, or the last 将/把 before it when only names and the joints
        of a list (`disposal_joints`: 、，以及 的) stand between."""
        openings = list(self.disposal.finditer(text, start, clause)) if self.disposal is not None else []
        if not openings:
            return clause
        position = openings[-1].end()
        for m in (m for m in ms if position < m.end and m.start < cue_start):
            if m.start < position or not self.disposal_joints.fullmatch(text, position, m.start):
                return clause
            position = m.end
        return openings[-1].end() if self.disposal_joints.fullmatch(text, position, cue_start) else clause

    def _each(self, text: str, heads: list[Mention], tails: list[Mention], cue_start: int
              ) -> tuple[list[tuple[Mention, Mention]], list[Mention]]:
        """A、B分别获评P1和P2: as many tails joined after the cue as members before it, one each, in order (A和某研究院
        分别被列为P1、P2: A is P1's, though the second member is no name we know)."""
        words = self.pattern.words["each_words"]
        each = max((text.rfind(w, max(0, cue_start - 4), cue_start) for w in words), default=-1) if heads else -1
        if each == -1:
            return [], []
        joints = [m.start() for m in MEMBER_JOINTS.finditer(text, heads[0].start, each)  # (not 和利时, 和创: a name's)
                  if not any(h.start <= m.start() < h.end for h in heads)]
        joined = tails[:1]
        for t in tails[1:len(joints) + 1]:
            if not _joined(text[joined[-1].end:t.start]):
                break
            joined.append(t)
        if not joints or len(joined) != len(joints) + 1:
            return [], []
        return [(h, joined[sum(j < h.start for j in joints)]) for h in heads], joined

    def _first_of(self, ids, s: Sentence, begin: int, cue_start: int, tail: Mention) -> list[Relation]:
        for pid in ids:
            found = self.others[pid].instead(s, begin, cue_start, tail)
            if found:
                return found
        return []


class CueListTail(Shape):
    """cue A、B“TAIL”: 授予A、B“X”称号. The heads are one list of one type, right before the tail, or before
    `tail_gap` and the tail (认定A、B等8家企业为P)."""
    options = ("gap", "joiners", "tail_gap")
    word_lists = ("cues",)
    needs = "both"

    def __init__(self, pattern, others):
        super().__init__(pattern, others)
        self.cue = re.compile(f"(?:{pattern.regex('gap', '{cues}').pattern})[{re.escape(QUOTES)}]?$")  # (认定“A”等…为P)
        self.joiners = tuple(pattern.value("joiners"))
        self.tail_gap = pattern.regex("tail_gap") if "tail_gap" in pattern.values else None

    def find(self, s: Sentence) -> list[Relation]:
        out = []
        for tail in (m for m in s.mentions if m.label in self.pattern.tail):
            out += self._heads(s, tail)
        return out

    def _heads(self, s: Sentence, tail: Mention) -> list[Relation]:
        before = [m for m in s.mentions if m.end <= tail.start and m.label in self.pattern.head]
        if not before:
            return []
        members: list[Mention] = []
        for m in reversed(before):  # the list that ends right before the tail (quotes between)
            end = members[0].start if members else tail.start
            gap = s.text[m.end:end].strip(QUOTES)
            closing = not members and self.tail_gap is not None
            if m.label != before[-1].label or not (self.tail_gap.fullmatch(gap) if closing else gap in self.joiners):
                break
            members.insert(0, m)
        if members and self.cue.search(s.text, s.start, members[0].start):
            return [self.relation(m, tail, s) for m in members]
        return []


class CueBack(Shape):
    """…等9家企业榜上有名, C也名列其中: the heads before the cue and the nearest earlier tail of their kind
    in the text before (a tail for places ends with one of `place_tails`); `then` is what must follow the cue.
    With `heads_after`, the heads are those listed right after `then` instead: 凭借…入选的某公司."""
    options = ("gap", "place_tail", "park_tail", "not_counted", "then", "heads_after", "counted_kind", "list_end", "relative")
    word_lists = ("cues", "place_tails")
    needs = "head"

    def __init__(self, pattern, others):
        super().__init__(pattern, others)
        self.cue = compile_scan(pattern.regex("gap", "{cues}").pattern)  # (searched through whole sentences)
        self.for_places = pattern.regex("place_tail", "{place_tails}$")
        self.for_parks = pattern.regex("park_tail", "(?!)")  # (a list of parks: 第三批小微企业园认定名单)
        self.then = pattern.regex("then", "")  # what must follow the cue (the end of its clause)
        self.heads_after = bool(pattern.value("heads_after", False))
        self.counted_kind = pattern.regex("counted_kind", "(?!)")
        self.list_end = pattern.regex("list_end", "(?!)")

    def find(self, s: Sentence) -> list[Relation]:
        text, ms, tails = s.text, s.mentions, self.pattern.tail
        out = []
        for cue in self.cue.finditer(text, s.start, s.end):
            if any(m.label in tails and 0 <= m.start - cue.end() <= 1 for m in ms):
                continue  # 上榜 + a program: the cue patterns read it
            then = self.then.match(text, cue.end())
            if then is None:
                continue
            if self.heads_after:
                heads = list_from(text, [m for m in ms if m.label in self.pattern.head], then.end())
                heads = [h for h in heads if h.label == heads[0].label]
            else:
                heads = self.subjects(ms, clause_start(text, s.start, cue.start()), cue.start(), text)
            if not heads or self._said_next(text, ms, cue.end()):
                continue
            for_places = heads[0].label in PLACES
            earlier = [m for m in ms if m.label in tails and m.end <= cue.start()] or \
                [m for m in s.named_before() if m.label in tails]
            fitting = [t for t in earlier if bool(self.for_places.search(text[t.start:t.end]) or heads[0].label == PARK
                                                  and self.for_parks.search(text[t.start:t.end])) == for_places]
            if len(fitting) > 1 and self.counted_kind.search(text, max(0, fitting[-1].start - COUNT_REACH), fitting[-1].start):
                # (…公示2023年度绿色制造名单，共有38家工厂和3家绿色供应链管理企业入选，A、B均在其中: a kind counted, not the list)
                fitting = [t for t in fitting if self.list_end.search(text, t.start, t.end)] or fitting
            if fitting:
                out += [self.relation(h, fitting[-1], s) for h in heads]
        return out

    def _said_next(self, text: str, ms: list[Mention], position: int) -> bool:
        """…6户企业名列其中，被认定为P: the clauses after the cue name the tail, with no head of their own."""
        p = self.pattern
        after = next((m for m in ms if m.start >= position and (m.label in p.tail or m.label in p.head)), None)
        return after is not None and after.label in p.tail and "；" not in text[position:after.start]


class CueShortName(Shape):
    """A、B等8户企业被认定为创新型中小企业, where only the full name (公布2024年度创新型中小企业名单) was a mention:
    the words right after the cue (`name`, a regex with a group `name`) stand for the one tail named within
    `look_back` mentions before whose name holds them (none if several do)."""
    options = ("gap", "name", "look_back", "not_counted", "list_words")
    word_lists = ("cues",)
    needs = "head"

    def __init__(self, pattern, others):
        super().__init__(pattern, others)
        self.cue = pattern.regex("gap", "{cues}")
        self.name = pattern.regex("name")
        self.look_back = int(pattern.value("look_back", 40))
        self.list_word = re.compile(f"(?:{pattern.regex('list_words', '(?!)').pattern})$")

    def find(self, s: Sentence) -> list[Relation]:
        text, ms = s.text, s.mentions
        out = []
        for cue in self.cue.finditer(text, s.start, s.end):
            named = self.name.match(text, cue.end())
            if not named or any(cue.end() <= m.start < named.end() for m in ms):
                continue
            heads = self.subjects(ms, clause_start(text, s.start, cue.start()), cue.start(), text)
            tail = self._tail_holding(s, named.group("name"), cue.start()) if heads else None
            if tail is not None:
                out += [self.relation(h, tail, s) for h in heads]
        return out

    def _tail_holding(self, s: Sentence, name: str, before: int) -> Mention | None:
        """The one earlier tail whose name holds `name`, or else `name` without its list word (入选企业认定名单:
        …企业认定和复核名单)."""
        mentions, count = s.earlier
        earlier = mentions[max(0, count - self.look_back):count] + [m for m in s.own if m.end <= before]
        bare = self.list_word.sub("", name)
        for words in (name, bare) if len(bare) >= 4 and bare != name else (name,):
            holding = {s.text[m.start:m.end]: m for m in earlier
                       if m.label in self.pattern.tail and words in s.text[m.start:m.end]}
            if holding:
                return next(iter(holding.values())) if len(holding) == 1 else None
        return None


class SelectedFrame(Shape):
    """此次江门上榜的企业分布在多个领域。传统行业的有A、B…；新兴行业的则有C、D…: a phrase for the members of the
    list (`gap`: 此次…上榜的企业) stands for the program named last before it (one of companies, not one whose name
    ends with a word of `place_tails`); the heads named after it in its paragraph, up to `reach` sentences on and
    before another program is named, are selected as that program."""
    options = ("gap", "place_tail", "reach", "window", "look_back")
    word_lists = ("place_tails",)
    needs = "head"

    def __init__(self, pattern, others):
        super().__init__(pattern, others)
        self.cue = pattern.regex("gap")
        self.for_places = pattern.regex("place_tail", "{place_tails}$")
        self.reach = int(pattern.value("reach", 3))
        self.window = int(pattern.value("window", 600))
        self.look_back = int(pattern.value("look_back", 60))  # mentions

    def find(self, s: Sentence) -> list[Relation]:
        text, p = s.text, self.pattern
        heads = [m for m in s.own if m.label in p.head]
        if not heads:
            return []
        # the phrase in this paragraph, within `window` characters before the last head
        begin = max(s.start - self.window, 0)
        begin = text.rfind("\n", begin, s.start) + 1 or begin
        cue = None
        for cue in self.cue.finditer(text, begin, heads[-1].start):
            pass
        if cue is None or sum(1 for _ in SENTENCE_ENDS.finditer(text, cue.end(), s.start)) > self.reach:
            return []
        if any(cue.end() <= m.start and m.label == PROGRAM for m in s.own):
            return []  # a program named after the phrase (in this sentence too): the sentence patterns read it
        mentions, count = s.earlier
        program = next((m for m in reversed(s.own) if m.end <= cue.start() and self._fits(text, m)), None)
        for i in range(count - 1, max(count - self.look_back, 0) - 1, -1):
            if program is not None:
                break
            m = mentions[i]
            if m.start >= cue.end() and m.label == PROGRAM:
                return []
            if m.end <= cue.start() and self._fits(text, m):
                program = m
        if program is None:
            return []
        return [self.relation(h, program, s) for h in heads if h.start >= cue.end()]

    def _fits(self, text: str, m: Mention) -> bool:
        """A program of companies (not one for places, nor a policy's condition: 对新认定为P的，奖励100万元)."""
        return m.label in self.pattern.tail and not self.for_places.search(text[m.start:m.end]) and not CONDITION.match(text, m.end)


MEMBER_JOINTS = re.compile("[、和及与]")  # between the members of a list before 分别


def _joined(between: str) -> bool:
    """Two tails joined into one list: by a joiner, or only by quotes (获评“A”“B”); a rank after the first is passed
    over (位列A第97位、B第15位)."""
    rank = RANK_AFTER.match(between)
    bare = between[rank.end():].strip(QUOTES) if rank else between.strip(QUOTES)
    return bare in TAIL_JOINERS or (bool(between) and not bare)


class OwnTitles(Shape):
    """In a region's own report (我县, 全县 in a 政府工作报告), a title for places won in a clause with no subject of its
    own (`cue`, opening the clause: 获评全省…先进县; 成功创建省级…示范县，并获评省级生态园林城市) is the region's
    (read once per document)."""
    scope = "own"
    options = ("cue", "place_heads", "not_heads")
    word_lists = ("cues",)

    def __init__(self, pattern, others):
        super().__init__(pattern, others)
        self.cue = re.compile(f"(?:{pattern.regex('cue').pattern})\\s*$")
        self.place_heads = tuple(pattern.value("place_heads", []))
        self.not_heads = tuple(pattern.value("not_heads", []))

    def find_own(self, text: str, mentions: list[Mention], nested: list[Mention], found, own: Mention,
                 sentence_of) -> list[Relation]:
        p = self.pattern
        selected = {r.tail for r in found if r.relation == p.relation}
        out = []
        level = text[own.end - 1:own.end]  # 某县: its titles are a county's (示范县), or a town's in general (园林城市)
        heads = tuple(h for h in self.place_heads if h.startswith(level) or h.startswith("城"))
        for m in mentions:
            if m.label not in p.tail or m in selected or not text.endswith(heads, m.start, m.end) or \
                    text.endswith(self.not_heads, m.start, m.end):
                continue
            # (a line break ends no clause nor sentence here: a PDF's lines break inside sentences)
            sentence = max(text.rfind(ch, 0, m.start) for ch in SENTENCE_END_CHARS) + 1
            opening = clause_start(text, sentence, m.start)
            if any(sentence <= o.start < m.start and o.label != PROGRAM for o in mentions):
                continue  # (某园区升级为…，并成功创建P: the sentence names its own subject)
            if self.cue.match(text, opening, m.start):
                out.append(p.relation_of(own, m, sentence_of(m.start)))
        return out
