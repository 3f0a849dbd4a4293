"""Stage 1: files in, clean document text out.

Reads `.txt` files (UTF-8, or GB18030/GBK or Big5 with a notice), web pages,
PDFs and Word files (their text by kg.ingest.formats), refuses binary and empty files
with an error naming the file, strips control characters, and rejoins the lines
that a newspaper layout broke in the middle of a sentence. Then kg.ingest.repair
mends what a PDF's layout did to the text (and converts Traditional Chinese),
keeping offsets so that each sentence is cited as the file has it.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

from kg.ingest.formats import EXTRACTORS, READ_SUFFIXES, FormatError, kind_of
from kg.ingest.repair import (BODY_PUNCTUATION, BYLINE, CLOSERS, FULL_LINE, LABELLED_LINE, LINE_END, LIST_START, MAX_ITEMS,
                              RULED_LINE, SECTION_NUMBER, Repaired, complete_item, firm_item, line_width, list_ends, listed_names,
                              named_line, opens_listed_names, repair, usual_width)
from kg.timing import StageTimes


class InputError(Exception):
    """A problem with the user's input; the message names the file."""


@dataclass(frozen=True)
class Document:
    id: str  # file name, unique within one build
    text: str  # normalised and repaired text: what the pipeline reads and offsets refer to
    encoding: str  # of a text file; "html", "pdf" or "docx" for the others
    repaired: Repaired | None = None  # when repairs changed the text: the text as read, and the offsets into it
    notes: tuple[str, ...] = ()  # what the user is told about reading it

    def cite(self, start: int, end: int) -> str:
        """The sentence text[start:end] as the file has it (what the graph cites)."""
        if self.repaired is None:
            return self.text[start:end].strip()
        return self.repaired.cite(start, end)

    def written(self, start: int, end: int) -> str | None:
        """The name text[start:end] as the file writes it, where that differs from the text read (Traditional)."""
        return None if self.repaired is None else self.repaired.written(start, end)


WRAP_MIN_LINE = 16  # a shorter line is a title or caption, not a wrapped line (unless it breaks a clause)
SENTENCE_END, CLAUSE_MARK = "。！？!?；;：:", re.compile("[，、,]")
IS_WORD_END = re.compile("[\u4e00-\u9fff0-9A-Za-z]")
RUNNING_CLAUSE = re.compile(r"[的、与\d]|^(?:其中|今年|去年|近日|日前|近期|目前|当天|当日|全年|同时|此外|另外|随后|据悉|据了解|据介绍|"
                            r"会上|活动中|近年来|截至|走进|在)|[区县市园镇][，,]")
# a longer document is refused: the pipeline holds a document whole, about 300 bytes a character
MAX_DOCUMENT_CHARS = 10_000_000
# fallback decodings after UTF-8 (GB18030 is a superset of GBK and GB2312); when both decode, the
# one charset-normalizer finds more coherent (Big5 bytes are nearly always valid GB18030 too)
FALLBACK_ENCODINGS = ("gb18030", "big5")
# control characters other than tab and line ends: stripped (a few) or the file is binary (many)
CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
PAGE_BREAK = re.compile(r"[\x0b\x0c\u2028\u2029\x85]")  # line and page separators: line breaks


@dataclass(frozen=True)
class Source:
    path: Path
    id: str  # the file's name, or its path inside the folder given (2024/001.txt)


READ_KINDS = ", ".join(sorted(READ_SUFFIXES))


def find_sources(path: Path, not_read: list[Path] | None = None) -> list[Source]:
    """The files of a folder that kg reads (recursively), or the file itself; raise InputError naming `path`.

    The folder's other files (hidden ones aside) are added to `not_read`.
    """
    if not path.exists():
        raise InputError(f"{path}: no such file or folder")
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file()
                       and not any(part.startswith(".") for part in p.relative_to(path).parts))
        found = [p for p in files if p.suffix.lower() in READ_SUFFIXES]
        if not_read is not None:
            not_read += [p for p in files if p.suffix.lower() not in READ_SUFFIXES]
        if not found:
            raise InputError(f"{path}: folder contains no files kg reads ({READ_KINDS})")
        return [Source(p, valid_name(f"{path.resolve().name}/{p.relative_to(path).as_posix()}")) for p in found]
    return [Source(path, valid_name(path.name))]


def report_not_read(files: list[Path], warn: Callable[[str], None]) -> None:
    """Name each file of the folders given that kg does not read, and count them."""
    for path in files:
        warn(f"not read: {path} ({path.suffix or 'no extension'}; kg reads {READ_KINDS})")
    if files:
        warn(f"{len(files)} file(s) not read (named above)")


def valid_name(name: str) -> str:
    """A file's name as valid Unicode text: bytes of a name that is not UTF-8 (kept by Python as
    surrogates), and control characters, are written as \\xNN, so the name is still unique and shows
    where it differs."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        name = name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return CONTROL.sub(_escaped, PAGE_BREAK.sub(_escaped, name))


def _escaped(match: re.Match) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def decode(path: Path, data: bytes) -> tuple[str, str]:
    """Return (text, encoding) or raise InputError naming the file."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with its byte-order mark (Windows' "Unicode")
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as err:
            raise InputError(f"{path}: starts as UTF-16 but is not valid UTF-16 ({err.reason})") from err
    if b"\x00" in data[:8192]:
        raise InputError(f"{path}: binary file (contains NUL bytes), not text")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    decoded = {}
    for encoding in FALLBACK_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_like_text(text):
            decoded[encoding] = text
    if len(decoded) > 1:
        encoding = _more_coherent(data, list(decoded))
        return decoded[encoding], encoding
    for encoding, text in decoded.items():
        return text, encoding
    raise InputError(f"{path}: not UTF-8, GB18030 or Big5 text; cannot decode it")


def _looks_like_text(text: str) -> bool:
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\r\n\t\f")
    return controls <= len(text) // 100


def _more_coherent(data: bytes, encodings: list[str]) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=encodings).best()
    found = best.encoding if best is not None else encodings[0]
    return found if found in encodings else encodings[0]


def strip_controls(path: Path, text: str) -> tuple[str, int]:
    """`text` without control characters (page and line separators become line breaks), and how many
    were removed; InputError when so many that it is not text."""
    text = PAGE_BREAK.sub("\n", text)
    removed = len(CONTROL.findall(text))
    if not removed:
        return text, 0
    if removed > len(text) // 100:
        raise InputError(f"{path}: binary file ({removed:,} control characters), not text")
    return CONTROL.sub("", text), removed


def normalise(text: str) -> str:
    """Unify line ends and rejoin lines broken inside a sentence.

    A line break is removed when the line before it is a full-width body line
    that does not end a sentence and is not a heading; blank lines after it too,
    if that line has punctuation (a heading of two lines has none). A headline
    (the first line, without punctuation) and a byline (来源：某日报 2021-12-20)
    are lines of their own, however long, and so is each item of a numbered list
    (or, after a colon, of items that open with a firm's legal name);
    so are a report's title, its line of date and meeting and its issuer, and a
    section's numbered heading. An indented line opens a paragraph.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u3000", " ")
    lines = text.split("\n")
    usual = usual_width([line_width(line.strip()) for line in lines])
    out: list[str] = []
    title_block = True  # the lines before the first that holds a mark of a sentence: a title, its date line, the issuer
    for index, line in enumerate(lines):
        stripped = line.strip()
        title_block = title_block and not INDENT.match(line)  # (an indented line opens a paragraph)
        wrapped = bool(out) and _is_wrapped(out[-1]) and not (len(out) == 1 and _is_headline(out[0], stripped)) \
            and not (title_block and _ends_a_title(out[-1], stripped, usual)) \
            and not _is_heading(out[-1], out[-2] if len(out) > 1 else "", stripped, usual) \
            and not complete_item(out[-1]) and not listed_names(out[-1], stripped) and not named_line(out[-1]) \
            and not list_ends(out[-1], stripped) and not RULED_LINE.match(stripped) \
            and not firm_item(out[-MAX_ITEMS - 1:-1], out[-1], stripped, usual) \
            and not opens_listed_names(out[-1], stripped, lines[index + 1] if index + 1 < len(lines) else "")
        broken_clause = len(out) > 1 and bool(stripped) and _breaks_a_clause(out[-1], stripped)
        if stripped and (wrapped or broken_clause) and not BYLINE.match(stripped) and not LIST_START.match(stripped) \
                and not (title_block and _subtitle(stripped)) and not INDENT.match(line):
            out[-1] = out[-1].rstrip() + stripped
        elif not stripped and wrapped and BODY_PUNCTUATION.search(out[-1]) and not (len(out) == 1 and _labelled(out[0])):
            continue  # blank lines inside a broken sentence
        else:
            out.append(line.rstrip())
        title_block = title_block and not BODY_PUNCTUATION.search(stripped)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip() + "\n"


CAPTION_END = "摄"  # photo captions end with 摄 (通讯员 某某 摄)
TITLE_SPACE = re.compile(r"[\u4e00-\u9fff] +[\u4e00-\u9fff]")  # 冲刺攻坚 奋力交出答卷: a title
SENTENCE_MARK = re.compile("[，。；]")  # 推动黄泥川 智能制造产业园建设，…: a line with these is a PDF's body line, not a title
HEADLINE_PUNCTUATION = re.compile(r"[，、。；！？,;!?]")  # (a headline may hold a label's colon: 某某股份：…)
HEADLINE_LABEL = re.compile(r"(?!记者|据)[^：:，。；]{2,16}(?<!获悉|强调|指出|表示|介绍|显示|透露|认为|提出|要求)(?<![称说])[：:](?=\S)")
# 本报记者 王某 实习生 李某，通讯员 张某: a short line of credits is no body line (本报讯 记者张三报道：近日，… opens one)
CREDIT = re.compile("(?=.*(?:记者|通讯员|实习生|编辑|摄影|责编))(?!.*(?:[：:]|报道|报讯))")
MAX_CREDIT = 30
LIST_TITLE_END = re.compile(r"(?:名单|名录|清单|榜单)(?:[（(][^（）()]{1,10}[）)])?$")  # 附件：第三批…名单（节选）: a list's title
# 关于某区…执行情况的报告 (line break) ——2024年8月28日在某会议上 (line break) 某区发展和改革委员会: a document's title
# ends its line, and so does a dash's line (the date and the meeting), in the lines before the first mark of a sentence
DOCUMENT_TITLE_END = re.compile(r"(?:报告|通知|公告|通报|决定|意见|方案|规划|纲要|总结|公报|说明|计划|安排)(?:[（(][^（）()]{1,6}[）)])?$")
SENTENCE_INSIDE = re.compile("[。！？；;!?：:]")
TITLE_GOES_ON = re.compile(r"[的和及与暨（(]|纲要|实施|工作|若干")  # what opens a title's second line
INDENT = re.compile(r"[ \t]{2,}\S")  # a paragraph's first line, indented
SUBTITLE_END = re.compile(r"(?:上|日|讲话|发言|通过|批准)[）)]?$")  # ——2024年8月28日在某会议上
ITEM_END = ("；", ";")  # what ends an item of a list (…计划投资80亿元；)
REST_END = (*ITEM_END, "。")  # …and the rest of an item broken inside a word, on the line after it
SUBTITLE = re.compile(r"—{1,2}|－{2}|-{2}|―{1,2}|─{1,2}|[（(][^（）()]{4,40}(?:会议上|通过|批准)[）)]$")  # (a meeting in brackets)


def _is_headline(line: str, following: str) -> bool:
    """A first line without punctuation but a short label's colon (盐湖股份：某某公司拟赴…建设…项目; not 记者从某局获悉：…,
    会议强调：…: a sentence's), before a byline or a wider line (a broken line is as wide as the next)."""
    return (_labelled(line) or not BODY_PUNCTUATION.search(line)) and bool(
        BYLINE.match(following) or line_width(following) * FULL_LINE > line_width(line.strip()))


def _labelled(line: str) -> bool:
    """盐湖股份：某某公司拟赴…建设…项目: a short label, its colon, and no other mark."""
    return HEADLINE_LABEL.match(line.strip()) is not None and not HEADLINE_PUNCTUATION.search(line)


def _subtitle(line: str) -> bool:
    """——2024年8月28日在某会议上: a dash and no mark of a sentence."""
    return SUBTITLE.match(line) is not None and not BODY_PUNCTUATION.search(line)


def _ends_a_title(line: str, following: str, usual: float | None) -> bool:
    """In the lines that open a document, before any mark of a sentence: a title ends its line where it ends in a
    document's word (关于…执行情况的报告 (line break) ——2024年…会议上) and the next line does not go on with it (…第十四个
    五年规划 (line break) 和二〇三五年远景目标纲要), and a dash's line ends its own where it ends the meeting or the date,
    or is narrower than a full line."""
    stripped = line.strip()
    if _subtitle(stripped):  # (——2025年1月10日在某区第十八 (line break) 届人民代表大会第五次会议上: one line)
        return SUBTITLE_END.search(stripped) is not None or usual is None or line_width(stripped) < FULL_LINE * usual
    return DOCUMENT_TITLE_END.search(stripped) is not None and not TITLE_GOES_ON.match(following)


def _is_heading(line: str, before: str, following: str, usual: float | None) -> bool:
    """一、2024年上半年计划执行情况 (line break) 上半年，…: a section's numbered heading, narrower than a full line and
    holding no sentence's end, is a line of its own; not an item of a list broken inside a word (…；(line break)
    二、某某年产20万吨高纯多晶硅 (line break) 料项目，计划投资80亿元；): after an item, or before the rest of one."""
    stripped = line.strip()
    return usual is not None and SECTION_NUMBER.match(stripped) is not None and line_width(stripped) < FULL_LINE * usual \
        and not before.rstrip().endswith(ITEM_END) and not following.rstrip().endswith(REST_END) \
        and not SENTENCE_INSIDE.search(stripped)


def _is_wrapped(line: str) -> bool:
    stripped = line.strip()
    return (
        len(stripped) >= WRAP_MIN_LINE
        and not stripped.startswith("#")
        and not BYLINE.match(stripped)
        and stripped.rstrip(CLOSERS)[-1:] not in LINE_END
        and not stripped.endswith(CAPTION_END)
        and not _spaced_title(stripped)
        and not LIST_TITLE_END.search(stripped)
        and not RULED_LINE.match(stripped)  # a table's row
    )


def _breaks_a_clause(line: str, following: str) -> bool:
    """2022 年，某某县的某某钢 / 构、…: a short line before a wider one, whose sentence has run past a clause mark and
    ends inside a word, goes on on the next line when it reads as a sentence's run (a date, an opener, 的, 、 or a
    figure: not a heading of two phrases, 聚焦招大引强，项目建设提速; nor a credit, a caption or a list's row, 某某化纤，
    吴江区); a narrow column's lines are left to kg.ingest.repair."""
    stripped = line.strip()
    open_sentence = re.split(f"[{re.escape(SENTENCE_END)}]", stripped)[-1]
    return (len(stripped) < WRAP_MIN_LINE and line_width(following) * FULL_LINE > line_width(stripped)
            and bool(CLAUSE_MARK.search(open_sentence)) and bool(RUNNING_CLAUSE.search(open_sentence))
            and IS_WORD_END.match(stripped[-1:]) is not None and not LIST_START.match(stripped)
            and not BYLINE.match(stripped) and not LABELLED_LINE.match(stripped)
            and not stripped.endswith(CAPTION_END) and not CREDIT.match(stripped))


def _spaced_title(line: str) -> bool:
    """A line with a space between two words is a title or a credit, unless it holds a sentence's marks and does not
    end in a bracket (a PDF's body line: 园区发展积厚成势。推动黄泥川 智能制造产业园建设，…)."""
    body = SENTENCE_MARK.search(line) and line[-1] not in CLOSERS and not (len(line) <= MAX_CREDIT and CREDIT.match(line))
    return bool(TITLE_SPACE.search(line)) and not body


def read_document(path: Path, document_id: str | None = None) -> Document:
    """Read and normalise one file, or raise InputError naming it."""
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror})") from err
    kind = kind_of(path)
    if kind == "text":
        text, encoding = decode(path, data)
    else:
        encoding = kind
        try:
            text = EXTRACTORS[kind](data)
        except FormatError as err:
            raise InputError(f"{path}: {err}") from err
    text, removed = strip_controls(path, text)
    if not text.strip():
        raise InputError(f"{path}: empty file")
    if len(text) > MAX_DOCUMENT_CHARS:
        raise InputError(f"{path}: {len(text):,} characters, more than the {MAX_DOCUMENT_CHARS:,} read as one "
                         "document; split it into several files")
    notes = []
    if encoding not in ("utf-8", *EXTRACTORS):
        notes.append(f"{path}: not UTF-8; decoded as {encoding.upper()}")
    if removed:
        notes.append(f"{path}: {removed} control character(s) (such as NUL) removed")
    repaired = repair(normalise(text), pdf=kind == "pdf")
    if repaired.traditional:
        notes.append(f"{path}: Traditional Chinese; read as Simplified (names in the graph are Simplified, "
                     "sentences are cited as written)")
    return Document(id=document_id or valid_name(path.name), text=repaired.text, encoding=encoding,
                    repaired=repaired if repaired.changed else None, notes=tuple(notes))


def read_sources(sources: Iterable[Source], warn: Callable[[str], None], strict: bool,
                 skipped: list[str], times: StageTimes | None = None) -> Iterator[Document]:
    """Documents one at a time; a file that cannot be read is reported and skipped."""
    times = times if times is not None else StageTimes()
    for source in sources:
        try:
            with times.stage("read"):
                document = read_document(source.path, source.id)
        except InputError as err:
            if strict:
                raise
            warn(f"skipped {err}")
            skipped.append(str(source.path))
            continue
        for note in document.notes:
            warn(note)
        yield document
