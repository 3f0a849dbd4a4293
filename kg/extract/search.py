"""Finding many words in a text at once: one regex for a word list, and leftmost-longest search."""
from __future__ import annotations

import re
import sys
from functools import lru_cache
from re import _constants as sre, _parser as sre_parse
from typing import Callable, Iterator

import numpy

LONG_TEXT = 20_000  # characters from which `Starts` makes its table (a shorter text is searched faster)
ONE_BY_ONE_LIMIT = 64  # up to this many words, `leftmost_longest` finds them without a regex
TRIE_GROUP = 64  # up to this many branches are tried one by one
# more (the gazetteer's first characters) are split in TRIE_FAN groups, and those again down to TRIE_LEAF
# branches: a lookahead on a group's first characters skips all of its branches
TRIE_FAN, TRIE_LEAF = 4, 16


def alternation(words) -> str:
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


def _trie_pattern(node: dict[str, dict]) -> str:
    branches = [(ch, re.escape(ch) + _trie_pattern(child)) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    if len(branches) == 1:
        body = branches[0][1]
    elif len(branches) <= TRIE_GROUP:
        body = "(?:" + "|".join(pattern for _, pattern in branches) + ")"
    else:  # the gazetteer's first characters: hundreds of branches
        # one test of all first characters rejects most positions before the groups are tried
        body = _first_characters(branches) + _grouped(branches)
    return f"(?:{body})?" if "" in node else body


def _grouped(branches: list[tuple[str, str]]) -> str:
    """The branches (sorted, one per first character) in groups of groups, each behind a test of its first
    characters: a few tests find the branches of the character at hand."""
    if len(branches) <= TRIE_LEAF:
        return "(?:" + "|".join(pattern for _, pattern in branches) + ")"
    size = max(TRIE_LEAF, -(-len(branches) // TRIE_FAN))
    groups = [branches[i:i + size] for i in range(0, len(branches), size)]
    return "(?:" + "|".join(_first_characters(group) + _grouped(group) for group in groups) + ")"


def _first_characters(branches: list[tuple[str, str]]) -> str:
    return "(?=[" + "".join(re.escape(ch) for ch, _ in branches) + "])"


MAX_FIRST_CHARACTERS = 64  # a lookahead on more first characters than this rejects too few positions to pay
# categories a first character may belong to, each as a name and as the class escape that tests it
CATEGORIES = {sre.CATEGORY_DIGIT: "DIGIT", sre.CATEGORY_SPACE: "SPACE"}
CLASS_ESCAPES = {"DIGIT": r"\d", "SPACE": r"\s"}
GLOBAL_FLAGS = re.compile(r"(?:\(\?[aiLmsux]+\))*")


def compile_scan(pattern: str, flags: int = 0, max_first: int | None = MAX_FIRST_CHARACTERS) -> re.Pattern:
    """A regex for scanning whole texts, behind a lookahead on the characters its matches can begin with.

    Python's regex engine finds the start of a match quickly when the pattern begins with a literal or a
    character class; a pattern that begins with optional words (`(?:计划|拟)?投资…`) is instead tried in full
    at every position. The lookahead rejects most positions at the cost of one test; the matches are the same.
    A pattern that opens with a literal, a class or branches of literals is compiled as it is: the engine skips to
    those itself, faster than it tests a lookahead at each position.
    `max_first` None: a lookahead however many characters it tests (measured to pay for that pattern).
    """
    first = first_characters(pattern, flags)
    if first is None or max_first is not None and len(first) > max_first or _skips_to_start(pattern, flags):
        return re.compile(pattern, flags)
    global_flags = GLOBAL_FLAGS.match(pattern).group()  # (?m) stays first
    lookahead = _lookahead(first)
    verbose = _parsed(pattern, flags).state.flags & re.VERBOSE  # (its last line may be a comment)
    close = "\n)" if verbose else ")"
    return re.compile(global_flags + lookahead + "(?:" + pattern[len(global_flags):] + close, flags)


def _skips_to_start(pattern: str, flags: int = 0) -> bool:
    """Whether the regex engine skips on its own to where a match can begin: the pattern opens with a literal, a
    character class, or branches that each open with a literal (a lookahead would only make it try every position)."""
    items = list(_parsed(pattern, flags))
    while items and items[0][0] is sre.SUBPATTERN and not (items[0][1][1] or items[0][1][2]):
        items = list(items[0][1][3])
    if not items:
        return False
    op, value = items[0]
    if op is sre.BRANCH:
        return all(branch and branch[0][0] is sre.LITERAL for branch in value[1])
    return op in (sre.LITERAL, sre.IN)


def compile_rare(pattern: str, flags: int = 0) -> re.Pattern | "RareScan":
    """compile_scan's regex, for a pattern scanned over whole texts (`finditer`, `search`) whose matches are rare:
    then found from its first characters by `RareScan`."""
    regex = compile_scan(pattern, flags)
    first = first_characters(pattern, flags)
    return regex if regex.pattern == pattern else RareScan(pattern, flags, first, regex)


class RareScan:
    """A whole-text scan led by the character class of a pattern's first characters.

    The regex engine skips to the next character of a class that opens a pattern in a tight loop, where it tries a
    pattern that opens with a lookahead (compile_scan's) at every position. `starts` finds where a match begins (a
    first character, behind which the pattern matches: a lookbehind of one character holding it as a lookahead);
    the match is the regex's own, made there. The same matches as `regex.finditer` and `regex.search`; it pays
    where matches are rare (each costs a second call). Everything else (`match`, `pattern`) is the regex's.
    """

    def __init__(self, pattern: str, flags: int, first: set[str], regex: re.Pattern):
        self.regex = regex
        global_flags = GLOBAL_FLAGS.match(pattern).group()  # (?m) stays first
        verbose = _parsed(pattern, flags).state.flags & re.VERBOSE  # (its last line may be a comment)
        body = pattern[len(global_flags):] + ("\n" if verbose else "")
        self.starts = re.compile(f"{global_flags}{_character_class(first)}(?<=(?={body})[\\s\\S])", flags)

    def __getattr__(self, name: str):
        if name == "regex" or name.startswith("__"):  # (asked before `regex` is set: copied, unpickled)
            raise AttributeError(name)
        return getattr(self.regex, name)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        start = self.starts.search(text, pos, endpos)
        return None if start is None else self.regex.match(text, start.start(), endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match]:
        while (match := self.search(text, pos, endpos)) is not None:
            yield match
            pos = match.end()  # (never empty: a pattern that can match nothing has no known first characters)


def gated(pattern: str) -> str:
    """A part of a regex behind a lookahead on the characters it can begin with, where those are known: a part that
    is tried at many places of a match (a list of verbs after a run of any length) is then skipped by one test
    where it cannot begin. The same matches."""
    first = first_characters(pattern)
    return f"(?:{pattern})" if first is None else f"{_lookahead(first)}(?:{pattern})"


def _lookahead(first: set[str]) -> str:
    return f"(?={_character_class(first)})"


def _character_class(first: set[str]) -> str:
    return "[" + "".join(sorted(CLASS_ESCAPES.get(ch) or re.escape(ch) for ch in first)) + "]"


@lru_cache(maxsize=64)
def _parsed(pattern: str, flags: int) -> sre_parse.SubPattern:
    """The pattern parsed, once: compile_scan and compile_rare read it three or four times, and parsing a pattern takes
    longer than the rest of its compiling (the parse is only read, never changed)."""
    return sre_parse.parse(pattern, flags)


def first_characters(pattern: str, flags: int = 0) -> set[str] | None:
    """The characters a match of the regex can begin with (a digit or a space of any script as `DIGIT` and
    `SPACE`); None when they are not a known few (the regex can match the empty string, begins with a negated
    class, `.`, a category such as `\\w`, or ignores case). A lookahead's own first characters stand for what
    follows it (`(?:这|(?=双方))(?:企业|双方)`: 这 and 双, not 企)."""
    try:
        parsed = _parsed(pattern, flags)
    except re.error:
        return None
    if parsed.state.flags & re.IGNORECASE:
        return None
    chars, empty = _first_of_sequence(list(parsed))
    return None if chars is None or empty is not False else chars


GUARDED = "guarded"  # may match the empty string, but only where the next character is one of the first characters


def _first_of_sequence(items: list) -> tuple[set[str] | None, bool | str]:
    """(first characters, whether the sequence can match empty: False, True or GUARDED) of parsed regex items;
    None: unknown. After a lookahead the first characters are fixed; the rest says only whether it can be empty."""
    chars: set[str] = set()
    fixed = False
    for op, value in items:
        if op is sre.ASSERT and value[0] == 1:  # a lookahead: what follows begins with one of its first characters
            ahead, empty = _first_of_sequence(list(value[1]))
            if ahead is None or empty is not False or fixed:
                continue
            first, empty = ahead, GUARDED
        elif op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero-width
        elif op is sre.LITERAL:
            first, empty = {chr(value)}, False
        elif op is sre.IN:
            first, empty = _class_members(value), False
            if first is None and fixed:
                return chars, False  # (a class takes a character, whichever)
        elif op is sre.BRANCH:
            first, empty = _first_of_branches(value[1])
        elif op is sre.SUBPATTERN:
            if value[1] or value[2]:
                return None, False  # inline flags
            first, empty = _first_of_sequence(list(value[3]))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            first, empty = _first_of_sequence(list(value[2]))
            empty = True if value[0] == 0 else empty
        else:
            first, empty = None, False
        if first is None:
            return (chars, GUARDED) if fixed else (None, False)  # (after a lookahead: it may match empty, as far as known)
        if not fixed:
            chars |= first
        if empty is False:
            return chars, False
        fixed = fixed or empty == GUARDED
    return chars, GUARDED if fixed else True


def _first_of_branches(branches: list) -> tuple[set[str] | None, bool | str]:
    chars: set[str] = set()
    nullable: bool | str = False
    for branch in branches:
        first, empty = _first_of_sequence(list(branch))
        if first is None:
            return None, False
        chars |= first
        nullable = True if empty is True or nullable is True else GUARDED if empty == GUARDED else nullable
    return chars, nullable


def _class_members(items: list) -> set[str] | None:
    members: set[str] = set()
    for op, value in items:
        if op is sre.LITERAL:
            members.add(chr(value))
        elif op is sre.RANGE and value[1] - value[0] < MAX_FIRST_CHARACTERS:
            members.update(chr(c) for c in range(value[0], value[1] + 1))
        elif op is sre.CATEGORY and value in CATEGORIES:
            members.add(CATEGORIES[value])
        else:
            return None  # a negation, a category (\\d), a wide range
    return members


def held_gate(pattern: re.Pattern) -> re.Pattern | None:
    """A class of characters one of which every match of the regex holds (a cue's words, 落户|位于 → [落位]), the
    fewest found: a text without any of them cannot match, however the regex backtracks. None when no such class is
    known (a match may be all optional parts, or the regex ignores case)."""
    parsed = _parsed(pattern.pattern, pattern.flags)
    held = None if parsed.state.flags & re.IGNORECASE else _held_by_sequence(list(parsed))
    return None if held is None else re.compile(_character_class(held))


def _held_by_sequence(items: list) -> set[str] | None:
    """The smallest set of characters one of which a match of every mandatory item, and so of the sequence, holds.
    Zero-width items (a lookaround may look outside the match) and optional ones hold nothing."""
    found = [held for held in map(_held_by_item, items) if held]
    return min(found, key=len) if found else None


def _held_by_item(item: tuple) -> set[str] | None:
    op, value = item
    if op is sre.LITERAL:
        return {chr(value)}
    if op is sre.IN:
        return _class_members(value)
    if op is sre.SUBPATTERN:
        return None if value[1] or value[2] else _held_by_sequence(list(value[3]))  # (inline flags: unknown)
    if op is sre.BRANCH:
        branches = [_held_by_sequence(list(branch)) for branch in value[1]]
        return None if None in branches else set().union(*branches)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and value[0] >= 1:
        return _held_by_sequence(list(value[2]))
    return None


class ClauseOpening:
    """The matches of `(?m)(?:^|(?<=[breaks]))body`: a body that opens the text, a line or a clause.

    Found as a match at the text's start and then as `[breaks]body`: a regex that begins with a character class
    is searched by that class alone, where a lookbehind is tried at every position of the text. The body's groups
    keep their numbers; the match's own start is that of the break before it. The same matches only for a body
    that cannot end in a break character (the break would be taken from the next match) and holds no ^ or $.
    """

    def __init__(self, breaks: str, body: str):
        self.opening = re.compile(body)
        self.after_break = re.compile(f"[{re.escape(breaks)}\\n]{body}")

    def finditer(self, text: str):
        first = self.opening.match(text)
        if first:
            yield first
        yield from self.after_break.finditer(text, first.end() if first else 0)


def endings(items, word=lambda item: item, shortest: int | None = None) -> Callable[[str], list]:
    """`ending_with(end)`: the items whose word ends with `end`, in their order, for an `end` of `shortest` characters
    or more (by default, as long as the shortest word). Only the items whose words end with the same last characters
    are tested, not every name of a long text."""
    size = shortest or min(map(len, map(word, items)), default=1)
    groups: dict[str, list] = {}
    for item in items:
        groups.setdefault(word(item)[-size:], []).append(item)
    return lambda end: [item for item in groups.get(end[-size:], ()) if len(end) >= size and word(item).endswith(end)]


def occurrences(text: str, word: str, among: list[int]) -> Iterator[int]:
    """Where `word` stands, each after the end of the one before (what `text.find(word, end)` finds in turn), among
    the places where it or a shorter word that opens it stands (found once for several longer words)."""
    after = 0
    for position in among:
        if position >= after and text.startswith(word, position):
            yield position
            after = position + len(word)


def starts(text: str, word: str) -> list[int]:
    """Where `word` stands in the text, overlapping occurrences too."""
    found, position = [], text.find(word)
    while position != -1:
        found.append(position)
        position = text.find(word, position + 1)
    return found


class Starts:
    """`starts(text, word)` for the many words asked of one text. In a long text a word's first two characters are
    looked up in a table of where each pair of characters stands, made once: the whole text is not searched again
    for each word (a long report names thousands of companies)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._pairs: tuple[numpy.ndarray, numpy.ndarray] | None = None  # the pairs' codes, sorted, and their places

    def __call__(self, word: str) -> list[int]:
        if len(self.text) < LONG_TEXT or len(word) < 2:
            return starts(self.text, word)
        if self._pairs is None:
            codes = numpy.frombuffer(self.text.encode("utf-32-le", "surrogatepass"), dtype="uint32").astype("uint64")
            pairs = codes[:-1] << numpy.uint64(32) | codes[1:]
            order = numpy.argsort(pairs, kind="stable")  # (each pair's places in order)
            self._pairs = pairs[order], order
        pairs, order = self._pairs
        pair = numpy.uint64(ord(word[0]) << 32 | ord(word[1]))  # (of the table's type: no conversion of the table)
        found = order[numpy.searchsorted(pairs, pair):numpy.searchsorted(pairs, pair, side="right")].tolist()
        return [position for position in found if self.text.startswith(word, position)]


def leftmost_longest(text: str, words) -> list[tuple[int, int, str]]:
    """Occurrences of the words, scanning left to right and taking the longest at each position.

    The same matches as a regex alternation of the words. A few words are found
    one by one, without compiling a regex for every document's own set of words;
    many (a long report's) by the regex, in one pass over the text.
    """
    if len(words) > ONE_BY_ONE_LIMIT:
        return [(m.start(), m.end(), m.group()) for m in re.finditer(alternation(filter(None, words)), text)]
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
