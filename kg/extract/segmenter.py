"""jieba's word segmentation without jieba's start-up: its dictionary in a compact, memory-mapped cache.

`Segmenter().cut(text)` gives the words and tags of `jieba.posseg.POSTokenizer.cut(text, HMM=False)`, the same
ones: the same directed graph of dictionary words, the same route of greatest probability (the same floating-point
sums) and the same handling of letters, digits and other characters. `add_word(word, tag)` adds a word as
`jieba.Tokenizer.add_word(word, tag=tag)` does, with the frequency jieba would suggest for it.

jieba loads its dictionary of 349,000 words into a Python dict (0.5 s from its own cache) and `import jieba.posseg`
reads the dictionary again for the tags and imports tables of a hidden Markov model we never use (0.2 s). Here the
words are a marisa trie (one call gives all the dictionary words that open a text) and their frequencies and tags
numpy arrays indexed by the trie's key ids. They are built once from jieba's dict.txt (jieba stays the source of
the dictionary) and kept in a per-user cache folder (`$KG_CACHE_DIR`, else `$XDG_CACHE_HOME/zh-industry-kg`, else
`~/.cache/zh-industry-kg`), named by the hash of dict.txt's content and the format below, and memory-mapped: a
build starts in milliseconds, and processes share the pages. The cache is written to a temporary folder renamed into
place, so processes building it at once do not see each other's half-written files; one that is missing or does not
check out is built again, and if the folder cannot be written the dictionary is built in memory (about a second).
Our own words (gazetteer regions, name words, boundary verbs) are a small overlay on it, as jieba's `add_word` is.
"""
from __future__ import annotations

import hashlib
import importlib.util
import json
import logging
import os
import re
import shutil
import tempfile
from dataclasses import dataclass, replace
from functools import lru_cache
from math import log
from pathlib import Path
from typing import Iterator

import marisa_trie
import numpy

FORMAT = 1  # the cache's layout: change it when the files below change
COMMON_WORD_TAGS = frozenset({"n", "vn", "v", "l", "a", "an", "j"})  # tags of common words and their short forms (环保), no names'
CACHE_ENV = "KG_CACHE_DIR"
FILES = ("words.marisa", "freqs.npy", "tags.npy", "meta.json")
REMEMBERED_CUTS = 1 << 14  # texts whose cuts a segmenter keeps (then forgets them all)

# jieba's character classes (jieba/__init__.py for add_word's frequencies, jieba/posseg/__init__.py for cut)
HAN_DEFAULT = re.compile(r"([\u4E00-\u9FD5a-zA-Z0-9+#&\._%\-]+)")
SKIP_DEFAULT = re.compile(r"(\r\n|\s)")
HAN_INTERNAL = re.compile(r"([\u4E00-\u9FD5a-zA-Z0-9+#&\._]+)")
SKIP_INTERNAL = re.compile(r"(\r\n|\s)")
NUMBER = re.compile(r"[\.0-9]+")
LATIN = re.compile(r"[a-zA-Z0-9]+")
ONE_LATIN = re.compile(r"[a-zA-Z0-9]")  # a word of one such character joins its neighbours

log_ = logging.getLogger(__name__)


@dataclass(frozen=True)
class WordDictionary:
    """jieba's dictionary: its words, their frequencies and tags (by key id), and the sum of the frequencies."""
    words: marisa_trie.Trie
    freqs: numpy.ndarray  # int64, by key id
    tags: numpy.ndarray  # uint8 indexes into tag_names, by key id
    tag_names: tuple[str, ...]
    total: int
    longest: int  # characters of the longest word
    folder: Path | None = None  # its cache folder (None: kept in memory only)


def jieba_dictionary_path() -> Path:
    """jieba's dict.txt, found without importing jieba (which would load its model)."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("jieba is not installed: the segmenter reads its dictionary (pip install jieba)")
    return Path(list(spec.submodule_search_locations)[0]) / "dict.txt"


def cache_root() -> Path:
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "zh-industry-kg"


@lru_cache(maxsize=4)
def load_dictionary(path: Path | None = None) -> WordDictionary:
    """The dictionary at `path` (jieba's by default) from the per-user cache, once per process."""
    return open_dictionary(Path(path) if path else jieba_dictionary_path(), cache_root())


def open_dictionary(path: Path, root: Path) -> WordDictionary:
    """The dictionary at `path` from the cache under `root`, built (and cached if `root` can be written) if it is
    missing there or does not check out."""
    content = path.read_bytes()
    folder = root / "segmenter" / f"{path.stem}-{hashlib.blake2b(content, digest_size=16).hexdigest()}-v{FORMAT}"
    try:
        return _read_cache(folder)
    except Exception as error:  # missing, or not what was written: build it again
        if folder.exists():
            log_.warning("segmenter: rebuilding the cache %s (%s)", folder, error)
    dictionary = _parse(path, content)
    return replace(dictionary, folder=folder) if _write_cache(folder, dictionary) else dictionary


def _parse(path: Path, content: bytes) -> WordDictionary:
    """Words, frequencies and tags as jieba reads them: a word listed twice keeps its last frequency and tag, and the
    total counts both (jieba.Tokenizer.gen_pfdict, POSTokenizer.load_word_tag)."""
    freqs: dict[str, int] = {}
    tags: dict[str, str] = {}
    total = 0
    for lineno, raw in enumerate(content.splitlines(), 1):
        line = raw.strip().decode("utf-8")
        parts = line.split(" ")
        if len(parts) != 3 or not parts[1].isdigit():
            raise ValueError(f"invalid dictionary entry in {path} at line {lineno}: {line!r} (expected: word frequency tag)")
        word, freq, tag = parts
        freqs[word] = int(freq)
        tags[word] = tag
        total += int(freq)
    trie = marisa_trie.Trie(freqs)
    ids = numpy.fromiter((trie.key_id(word) for word in freqs), dtype=numpy.int64, count=len(freqs))
    tag_names = tuple(sorted(set(tags.values())))
    if len(tag_names) > 255:
        raise ValueError(f"{path}: more than 255 tags")
    tag_index = {name: i for i, name in enumerate(tag_names)}
    freq_array = numpy.zeros(len(trie), dtype=numpy.int64)
    tag_array = numpy.zeros(len(trie), dtype=numpy.uint8)
    freq_array[ids] = numpy.fromiter(freqs.values(), dtype=numpy.int64, count=len(freqs))
    tag_array[ids] = numpy.fromiter((tag_index[t] for t in tags.values()), dtype=numpy.uint8, count=len(tags))
    return WordDictionary(trie, freq_array, tag_array, tag_names, total, max(map(len, freqs)))


def _read_cache(folder: Path) -> WordDictionary:
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    if meta["format"] != FORMAT:
        raise ValueError(f"format {meta['format']}, expected {FORMAT}")
    for name, size in meta["sizes"].items():  # a cut-off file would not map safely
        if (folder / name).stat().st_size != size:
            raise ValueError(f"{name} is {(folder / name).stat().st_size} bytes, expected {size}")
    trie = marisa_trie.Trie()
    trie.mmap(str(folder / "words.marisa"))
    freqs = numpy.asarray(numpy.load(folder / "freqs.npy", mmap_mode="r"))
    tags = numpy.asarray(numpy.load(folder / "tags.npy", mmap_mode="r"))
    if not len(trie) == len(freqs) == len(tags) == meta["words"]:
        raise ValueError("the word count does not match")
    return WordDictionary(trie, freqs, tags, tuple(meta["tag_names"]), meta["total"], meta["longest"], folder)


def _write_cache(folder: Path, dictionary: WordDictionary) -> bool:
    """Writes the cache into a temporary folder beside `folder` and renames it into place; False if it is not there
    (not writable: the dictionary in memory serves this process)."""
    temporary = None
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        temporary = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=folder.parent))
        dictionary.words.save(str(temporary / "words.marisa"))
        numpy.save(temporary / "freqs.npy", dictionary.freqs)
        numpy.save(temporary / "tags.npy", dictionary.tags)
        sizes = {name: (temporary / name).stat().st_size for name in FILES[:3]}
        meta = {"format": FORMAT, "words": len(dictionary.words), "total": dictionary.total,
                "longest": dictionary.longest, "tag_names": list(dictionary.tag_names), "sizes": sizes}
        (temporary / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
        if folder.exists():  # one that did not check out: moved aside first (a folder is not replaced by a rename)
            stale = Path(tempfile.mkdtemp(prefix=f".{folder.name}.stale.", dir=folder.parent))
            os.replace(folder, stale / "old")
            shutil.rmtree(stale, ignore_errors=True)
        os.replace(temporary, folder)
        temporary = None
    except OSError as error:  # not writable, or another process put its copy in place first
        if not (folder / "meta.json").exists():
            log_.info("segmenter: cache not written to %s (%s); the dictionary is kept in memory", folder, error)
            return False
    finally:
        if temporary is not None:
            shutil.rmtree(temporary, ignore_errors=True)
    return True


def _read_frequencies(path: Path, count: int) -> list[int] | None:
    try:
        freqs = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return None
    if not (isinstance(freqs, list) and len(freqs) == count and all(type(f) is int and f > 0 for f in freqs)):
        log_.warning("segmenter: %s is not a list of %d frequencies; computing them again", path, count)
        return None
    return freqs


def _write_atomically(path: Path, content: bytes) -> None:
    """A temporary file beside `path`, renamed to it; if the folder cannot be written, nothing."""
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    except OSError:
        return
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(content)
        os.replace(temporary, path)
    except OSError:
        Path(temporary).unlink(missing_ok=True)


def word_around(words: list[tuple[str, str]], start: int, position: int) -> tuple[int, str, str] | None:
    """(its start, the word, its tag) of the word that `position` falls inside (not at its edge), the words read from
    `start`; None if `position` is between two words."""
    at = start
    for word, tag in words:
        if at < position < at + len(word):
            return at, word, tag
        at += len(word)
        if at >= position:
            return None
    return None


class Segmenter:
    """jieba.posseg's `cut(text, HMM=False)` over a `WordDictionary` and the words added with `add_word`."""

    def __init__(self, dictionary: WordDictionary | None = None):
        self.dictionary = dictionary or load_dictionary()
        self._words = self.dictionary.words
        self._freqs = memoryview(self.dictionary.freqs)  # (a memoryview's items are Python ints, read faster)
        self._tags = memoryview(self.dictionary.tags)
        self._tag_names = self.dictionary.tag_names
        self.total = self.dictionary.total
        self._log_total = log(self.total)
        self._added: dict[str, int] = {}  # frequencies of added words, over the dictionary's
        self._added_only: dict[str, int] = {}  # of those, the ones not in the dictionary
        self._added_only_prefixes: set[str] = set()  # their beginnings, themselves included
        self._added_prefixes: set[str] = set()
        self._added_tags: dict[str, str] = {}
        self._cuts: dict[str, list[tuple[str, str]]] = {}  # `cut`'s words by text, while no word is added

    def add_words(self, words: list[tuple[str, str | None]]) -> None:
        """`add_word` for each (word, tag) in turn. A segmenter's first words: their frequencies are kept in the
        dictionary's cache folder, named by the hash of the words, and read from there by the next process."""
        remembered = self._remembered_frequencies(words) if not self._added else None
        freqs = _read_frequencies(remembered, len(words)) if remembered else None
        if freqs is None:
            freqs = [self.add_word(word, tag) for word, tag in words]
            if remembered:
                _write_atomically(remembered, json.dumps(freqs).encode())
        else:
            for (word, tag), freq in zip(words, freqs):
                self._add(word, tag, freq)

    def _remembered_frequencies(self, words: list[tuple[str, str | None]]) -> Path | None:
        if self.dictionary.folder is None:
            return None
        digest = hashlib.blake2b(json.dumps(words, ensure_ascii=False).encode(), digest_size=16).hexdigest()
        return self.dictionary.folder / f"added-{digest}.json"

    def add_word(self, word: str, tag: str | None = None) -> int:
        """As jieba.Tokenizer.add_word(word, tag=tag): the frequency jieba suggests (returned), added to the total."""
        freq = self.suggest_freq(word)
        self._add(word, tag, freq)
        return freq

    def _add(self, word: str, tag: str | None, freq: int) -> None:
        self._cuts.clear()  # (an added word may change any cut)
        self._added[word] = freq
        if self._words.get(word) is None:
            self._added_only[word] = freq
            self._added_only_prefixes.update(word[:i] for i in range(1, len(word) + 1))
        self.total += freq
        self._log_total = log(self.total)
        if tag:
            self._added_tags[word] = tag
        self._added_prefixes.update(word[:i] for i in range(1, len(word)))

    def suggest_freq(self, word: str) -> int:
        """jieba.Tokenizer.suggest_freq(word): high enough for `word` to be cut whole (same arithmetic)."""
        total = float(self.total)
        freq = 1
        for segment in self._plain_cut(word):
            freq *= self.freq(segment, 1) / total
        return max(int(freq * self.total) + 1, self.freq(word, 1))

    def freq(self, word: str, default: int | None = None) -> int | None:
        """jieba's FREQ.get(word, default): a word's frequency, 0 for the beginning of a longer word."""
        freq = self._added.get(word)
        if freq is not None:
            return freq
        key = self._words.get(word)
        if key is not None:
            return self._freqs[key]
        if word in self._added_prefixes or next(self._words.iterkeys(word), None) is not None:
            return 0
        return default

    def tag(self, word: str, default: str | None = None) -> str | None:
        """A word's tag (posseg's word_tag_tab.get(word, default))."""
        tag = self._added_tags.get(word)
        if tag is not None:
            return tag
        key = self._words.get(word)
        return self._tag_names[self._tags[key]] if key is not None else default

    def cut(self, text: str) -> list[tuple[str, str]]:
        """Words and tags as jieba.posseg.POSTokenizer.cut(text, HMM=False) gives them. Remembered: the recognisers
        cut the same names again and again (a copy is returned, which the caller may change)."""
        words = self._cuts.get(text)
        if words is None:
            if len(self._cuts) >= REMEMBERED_CUTS:
                self._cuts.clear()
            words = self._cuts[text] = self._cut(text)
        return list(words)

    def _cut(self, text: str) -> list[tuple[str, str]]:
        words: list[tuple[str, str]] = []
        for block in HAN_INTERNAL.split(text):
            if HAN_INTERNAL.match(block):
                self._tagged_block(block, words)
                continue
            for part in SKIP_INTERNAL.split(block):
                if SKIP_INTERNAL.match(part):
                    words.append((part, "x"))
                    continue
                for char in part:  # (posseg tests the whole part for letters, not the character)
                    words.append((char, "m" if NUMBER.match(char) else "eng" if LATIN.match(part) else "x"))
        return words

    def _tagged_block(self, block: str, words: list[tuple[str, str]]) -> None:
        for word, latin in self._route_latin_joined(block):
            words.append((word, "eng" if latin else self.tag(word, "x")))

    def _route_latin_joined(self, block: str) -> Iterator[tuple[str, bool]]:
        """The route's words, runs of one-letter words joined into one (True for such a run), as jieba joins them."""
        latin = ""
        for word in self._route_words(block):
            if len(word) == 1 and ONE_LATIN.match(word):
                latin += word
                continue
            if latin:
                yield latin, True
                latin = ""
            yield word, False
        if latin:
            yield latin, True

    def _plain_cut(self, text: str) -> list[str]:
        """Words as jieba.Tokenizer.cut(text, HMM=False) gives them (its own character classes)."""
        words: list[str] = []
        for block in HAN_DEFAULT.split(text):
            if not block:
                continue
            if HAN_DEFAULT.match(block):
                words.extend(word for word, _ in self._route_latin_joined(block))
                continue
            for part in SKIP_DEFAULT.split(block):
                words.extend([part] if SKIP_DEFAULT.match(part) else part)
        return words

    def _route_words(self, block: str) -> list[str]:
        """The words on jieba's route of greatest probability through `block` (Tokenizer.get_DAG and calc: the words
        of frequency > 0 that begin at each character, or the character alone; the same sums in the same order, and
        of two routes as likely the one whose first word is longer)."""
        n = len(block)
        log_total = self._log_total
        longest = self.dictionary.longest
        prefixes = self._words.iter_prefixes_with_ids
        freqs, added, added_only, added_only_prefixes = self._freqs, self._added, self._added_only, self._added_only_prefixes
        route: list[tuple[float, int]] = [(0, 0)] * (n + 1)
        for start in range(n - 1, -1, -1):
            best = None
            for word, key in prefixes(block[start:start + longest]):
                freq = added.get(word)
                if freq is None:
                    freq = freqs[key]
                if freq:
                    end = start + len(word)
                    candidate = (log(freq) - log_total + route[end][0], end - 1)
                    if best is None or candidate > best:
                        best = candidate
            end = start + 1  # added words not in the dictionary, a character at a time while one may go on
            while end <= n and block[start:end] in added_only_prefixes:
                freq = added_only.get(block[start:end])
                if freq:
                    candidate = (log(freq) - log_total + route[end][0], end - 1)
                    if best is None or candidate > best:
                        best = candidate
                end += 1
            route[start] = best or (log(1) - log_total + route[start + 1][0], start)
        words = []
        start = 0
        while start < n:
            end = route[start][1] + 1
            words.append(block[start:end])
            start = end
        return words
