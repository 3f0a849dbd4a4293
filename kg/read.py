"""Stage 1: files in, clean document text out.

Reads `.txt` files (UTF-8, or GB18030/GBK with a notice), refuses binary and
empty files with an error naming the file, and rejoins the lines that a
newspaper layout broke in the middle of a sentence.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

from kg.timing import StageTimes


class InputError(Exception):
    """A problem with the user's input; the message names the file."""


@dataclass(frozen=True)
class Document:
    id: str  # file name, unique within one build
    text: str  # normalised text: what sentences and offsets refer to
    encoding: str


SENTENCE_END = "。！？!?；;：:…"
CLOSERS = "”’」』)）】"
WRAP_MIN_LINE = 16  # a shorter line is a title or caption, not a wrapped line
# a longer document is refused: the pipeline holds a document whole, about 300 bytes a character
MAX_DOCUMENT_CHARS = 10_000_000
# fallback decodings, tried in order after UTF-8 (GB18030 is a superset of GBK and GB2312)
FALLBACK_ENCODINGS = ("gb18030", "big5")


@dataclass(frozen=True)
class Source:
    path: Path
    id: str  # the file's name, or its path inside the folder given (2024/001.txt)


def find_sources(path: Path) -> list[Source]:
    """The .txt files of a folder (recursively), or the file itself; raise InputError naming `path`."""
    if not path.exists():
        raise InputError(f"{path}: no such file or folder")
    if path.is_dir():
        found = sorted(p for p in path.rglob("*.txt") if p.is_file())
        if not found:
            raise InputError(f"{path}: folder contains no .txt files")
        return [Source(p, f"{path.resolve().name}/{p.relative_to(path).as_posix()}") for p in found]
    return [Source(path, path.name)]


def decode(path: Path, data: bytes) -> tuple[str, str]:
    """Return (text, encoding) or raise InputError naming the file."""
    if b"\x00" in data[:8192]:
        raise InputError(f"{path}: binary file (contains NUL bytes), not text")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    for encoding in FALLBACK_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_like_text(text):
            return text, encoding
    raise InputError(f"{path}: not UTF-8, GB18030 or Big5 text; cannot decode it")


def _looks_like_text(text: str) -> bool:
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\r\n\t\f")
    return controls <= len(text) // 100


def normalise(text: str) -> str:
    """Unify line ends and rejoin lines broken inside a sentence.

    A line break is removed when the line before it is a full-width body line
    that does not end a sentence and is not a heading; blank lines after it too,
    if that line has punctuation (a heading of two lines has none).
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u3000", " ")
    lines = text.split("\n")
    out: list[str] = []
    for line in lines:
        stripped = line.strip()
        if out and stripped and _is_wrapped(out[-1]):
            out[-1] = out[-1].rstrip() + stripped
        elif out and not stripped and _is_wrapped(out[-1]) and BODY_PUNCTUATION.search(out[-1]):
            continue  # blank lines inside a broken sentence
        else:
            out.append(line.rstrip())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip() + "\n"


BODY_PUNCTUATION = re.compile(r"[，、。；：！？,;]")
CAPTION_END = "摄"  # photo captions end with 摄 (通讯员 某某 摄)
TITLE_SPACE = re.compile(r"[\u4e00-\u9fff] +[\u4e00-\u9fff]")  # 冲刺攻坚 奋力交出答卷: a title


def _is_wrapped(line: str) -> bool:
    stripped = line.strip()
    return (
        len(stripped) >= WRAP_MIN_LINE
        and not stripped.startswith("#")
        and stripped.rstrip(CLOSERS)[-1:] not in SENTENCE_END
        and not stripped.endswith(CAPTION_END)
        and not TITLE_SPACE.search(stripped)
    )


def read_document(path: Path, document_id: str | None = None) -> Document:
    """Read and normalise one file, or raise InputError naming it."""
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror})") from err
    text, encoding = decode(path, data)
    if not text.strip():
        raise InputError(f"{path}: empty file")
    if len(text) > MAX_DOCUMENT_CHARS:
        raise InputError(f"{path}: {len(text):,} characters, more than the {MAX_DOCUMENT_CHARS:,} read as one "
                         "document; split it into several files")
    return Document(id=document_id or path.name, text=normalise(text), encoding=encoding)


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
        if document.encoding != "utf-8":
            warn(f"{source.path}: not UTF-8; decoded as {document.encoding.upper()}")
        yield document
