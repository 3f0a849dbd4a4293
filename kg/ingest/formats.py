"""The text of files that are not plain text: web pages, PDFs and Word documents.

- `.html`/`.htm`: the main text (the article, without navigation, headers,
  footers or ads) by trafilatura, which also detects the page's encoding;
- `.pdf`: the text layer, page by page, by PDFium (pypdfium2); a PDF without
  one (a scan) is refused: it needs OCR first;
- `.docx`: paragraphs and table rows in document order, by python-docx.

Each library is imported only when a file of its kind is read.
"""
from __future__ import annotations

import io
from pathlib import Path
from typing import Callable

TEXT_SUFFIXES = frozenset({".txt"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
READ_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | {".pdf", ".docx"}


class FormatError(Exception):
    """The file is of a kind we read but its text cannot be had; the message says why (without the path)."""


def kind_of(path: Path) -> str:
    """`text`, `html`, `pdf` or `docx`; any other file named on its own is read as text."""
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in (".pdf", ".docx"):
        return suffix[1:]
    return "text"


def html_text(data: bytes) -> str:
    import trafilatura

    text = trafilatura.extract(data, include_tables=True, include_comments=False, deduplicate=False)
    if not text or not text.strip():
        raise FormatError("web page without a main text (kg reads the article of a page)")
    return text


def pdf_text(data: bytes) -> str:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as err:
        reason = "encrypted (give the text without a password)" if "password" in str(err).lower() else str(err)
        raise FormatError(f"not a readable PDF: {reason}") from err
    try:
        pages = [_page_text(page) for page in pdf]
    finally:
        pdf.close()
    if not "".join(pages).strip():
        raise FormatError("PDF without a text layer (a scan?): run OCR on it first")
    return "\n".join(pages)


def _page_text(page) -> str:
    textpage = page.get_textpage()
    try:
        return textpage.get_text_range()
    finally:
        textpage.close()
        page.close()


def docx_text(data: bytes) -> str:
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError) as err:
        raise FormatError(f"not a readable Word (.docx) file ({err})") from err
    except Exception as err:  # zipfile and lxml raise their own kinds for a damaged file
        raise FormatError(f"not a readable Word (.docx) file ({type(err).__name__}: {err})") from err
    lines = []
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            lines.append(block.text)
        elif isinstance(block, Table):
            lines += ["\t".join(_unique_cells(row.cells)) for row in block.rows]
    return "\n".join(lines)


def _unique_cells(cells) -> list[str]:
    """A row's cell texts, a merged cell once (python-docx gives it once per grid column it spans)."""
    seen, texts = set(), []
    for cell in cells:
        if id(cell._tc) not in seen:
            seen.add(id(cell._tc))
            texts.append(cell.text)
    return texts


EXTRACTORS: dict[str, Callable[[bytes], str]] = {"html": html_text, "pdf": pdf_text, "docx": docx_text}
