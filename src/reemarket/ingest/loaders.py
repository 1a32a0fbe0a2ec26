"""Reading documents into repaired text.

Reading documents: plain text, Markdown, HTML (main text via trafilatura) and PDF
(pypdf text layer), with encoding detection and repair (ftfy).

Every refusal is a :class:`~reemarket.errors.DocumentError` naming the file: empty,
too large, binary, unsupported extension, HTML without main text, PDF without a
text layer.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import ftfy

from reemarket.errors import DocumentError
from reemarket.ingest.titles import html_title

MAX_BYTES = 20 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
PDF_SUFFIXES = {".pdf"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | PDF_SUFFIXES


@dataclass
class LoadedDocument:
    """A document's repaired text and where it came from."""

    path: Path | str  # a file's path or a web document's URL
    name: str
    format: str
    text: str
    page_starts: list[int] = field(default_factory=list)
    repairs: list[str] = field(default_factory=list)
    title: str | None = None  # declared by the file itself (HTML metadata)


def page_of(page_starts: list[int], offset: int) -> int:
    """The 1-based page holding character ``offset``, given each page's first offset."""
    return max((i for i, p in enumerate(page_starts) if p <= offset), default=0) + 1


def load_document(path: Path) -> LoadedDocument:
    """Read a file into repaired text; raise DocumentError naming the file if it cannot be used."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise DocumentError(
            f"{path}: unsupported file type {suffix or '(none)'!r} (expected .txt, .md, .html or .pdf)"
        )
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise DocumentError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    if size == 0:
        raise DocumentError(f"{path}: empty file, nothing to ingest")
    if size > MAX_BYTES:
        raise DocumentError(
            f"{path}: too large ({size / 1e6:.1f} MB; the limit is {MAX_BYTES / 1e6:.0f} MB per document)"
        )
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DocumentError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    fmt = "pdf" if suffix in PDF_SUFFIXES else "html" if suffix in HTML_SUFFIXES else "text"
    if fmt == "text":
        fmt = "md" if suffix in (".md", ".markdown") else "txt"
    return load_bytes(raw, path=path, name=path.name, fmt=fmt)


def load_bytes(
    raw: bytes, *, path: Path | str, name: str, fmt: str, charset: str | None = None
) -> LoadedDocument:
    """Read bytes already in hand (a file's or a web response's) into repaired text.

    ``fmt`` is ``txt``, ``md``, ``html`` or ``pdf``; ``charset`` is an encoding the
    sender declared (an HTTP header), tried before detection. Errors name ``path``.
    """
    if not raw:
        raise DocumentError(f"{path}: empty document, nothing to ingest")
    if len(raw) > MAX_BYTES:
        raise DocumentError(
            f"{path}: too large ({len(raw) / 1e6:.1f} MB; the limit is {MAX_BYTES / 1e6:.0f} MB per document)"
        )
    title = None
    if fmt == "pdf":
        text, pages = _pdf(path, raw)
    else:
        decoded = _declared(raw, charset) or decode(path, raw)
        if fmt == "html":
            title = html_title(decoded)
            decoded = _html(path, decoded)
        text, pages = decoded, [0]
    text, repairs = repair(text)
    if not text.strip():
        raise DocumentError(f"{path}: no text in the document")
    return LoadedDocument(path, name, fmt, text, pages, repairs, title)


def _declared(raw: bytes, charset: str | None) -> str | None:
    """The bytes decoded with a declared charset, or None when it is unknown or does not fit."""
    if not charset:
        return None
    try:
        return raw.decode(charset)
    except (LookupError, UnicodeDecodeError):
        return None


def utf16_without_bom(raw: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when the bytes look like BOM-less UTF-16, else None.

    Text in UTF-16 has a zero byte in one position of most pairs (the high byte of ASCII
    letters and punctuation) and almost never in the other.
    """
    head = raw[:65536]
    pairs = len(head) // 2
    if pairs < 8:
        return None
    even = head[0 : pairs * 2 : 2].count(0) / pairs
    odd = head[1 : pairs * 2 : 2].count(0) / pairs
    if odd > 0.3 and even < 0.02:
        return "utf-16-le"
    if even > 0.3 and odd < 0.02:
        return "utf-16-be"
    return None


def decode(path: Path | str, raw: bytes) -> str:
    """Decode bytes: UTF-8 (with or without BOM), else the best detected encoding."""
    head = raw[:65536]
    if b"\x00" in head and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = utf16_without_bom(raw)
        if encoding is None:
            raise DocumentError(f"{path}: binary file, not text")
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError as exc:
            raise DocumentError(
                f"{path}: looks like UTF-16 without a byte-order mark but does not decode as"
                f" {encoding} ({exc.reason} at byte {exc.start})"
            ) from exc
        if _looks_binary(text):
            raise DocumentError(f"{path}: binary file, not text")
        return text
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(raw).best()
        if best is not None:
            text = str(best)
            if _looks_binary(text):
                raise DocumentError(f"{path}: binary file, not text")
            return text
    except ImportError:  # pragma: no cover
        pass
    text = raw.decode("cp1252", errors="replace")
    if _looks_binary(text):
        raise DocumentError(f"{path}: binary file, not text")
    return text


def _looks_binary(text: str) -> bool:
    sample = text[:20000]
    if not sample:
        return False
    bad = sum(
        1
        for ch in sample
        if (unicodedata.category(ch) == "Cc" and ch not in "\r\n\t\f") or ch == "\ufffd"
    )
    return bad / len(sample) > 0.05


_THAI = re.compile(r"[\u0e00-\u0e7f]")


def repair(text: str) -> tuple[str, list[str]]:
    """Fix mojibake and odd characters (ftfy), then UTF-8 read as Thai cp874 (seen in scraped news)."""
    repairs: list[str] = []
    fixed = ftfy.fix_text(text, fix_character_width=False)
    if fixed != text:
        repairs.append("ftfy")
    thai = len(_THAI.findall(fixed))
    latin = sum(1 for ch in fixed[:50000] if "a" <= ch.lower() <= "z")
    if thai and latin > 20 * thai and not re.search(r"[\u0e00-\u0e7f]{3,}", fixed):
        fixed = _fix_cp874(fixed)
        repairs.append("cp874")
    fixed = fixed.replace("\r\n", "\n").replace("\r", "\n")
    return fixed, repairs


def _fix_cp874(text: str) -> str:
    """Undo UTF-8 punctuation shown through cp874 whose continuation bytes were dropped."""
    text = text.replace("ยฉ", "©").replace("ยฎ", "®").replace("ย°", "°")
    text = re.sub(r"ย(?=[\s\u00a0]|$)", "", text)
    text = text.replace("ย", " ")
    text = re.sub(r"(?<=[A-Za-z])โ(?=(?:s|t|ll|re|ve|d|m)\b)", "’", text)
    text = re.sub(r"(?<=\w)โ(?=\w)", "—", text)
    text = re.sub(r"(?:(?<=^)|(?<=[\s(\[]))โ(?=\S)", "“", text)
    text = re.sub(r"(?<=\S)โ", "”", text)
    return text.replace("โ", "—")


def _html(path: Path | str, html: str) -> str:
    import trafilatura

    text = trafilatura.extract(html, include_tables=True, include_comments=False, favor_recall=True)
    if not text or not text.strip():
        raise DocumentError(f"{path}: no main text found in the HTML page")
    return str(text)


def _pdf(path: Path | str, raw: bytes) -> tuple[str, list[int]]:
    import io
    import logging

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(raw))
        if reader.is_encrypted:
            try:
                reader.decrypt("")
            except Exception as exc:
                raise DocumentError(f"{path}: encrypted PDF, cannot read its text") from exc
        pages: list[str] = [page.extract_text() or "" for page in reader.pages]
    except DocumentError:
        raise
    except PdfReadError as exc:
        raise DocumentError(f"{path}: not a readable PDF ({exc})") from exc
    except Exception as exc:
        # pypdf's own errors (LimitReachedError, ...) and whatever a mutated PDF makes it
        # raise anywhere (AttributeError, IndexError, ...): the file is not one we can read.
        raise DocumentError(f"{path}: not a readable PDF ({type(exc).__name__}: {exc})") from exc
    if not any(p.strip() for p in pages):
        raise DocumentError(
            f"{path}: the PDF has no text layer (scanned pages?); run OCR on it first, then ingest the text"
        )
    starts: list[int] = []
    parts: list[str] = []
    pos = 0
    for p in pages:
        starts.append(pos)
        parts.append(p)
        pos += len(p) + 2
    return "\n\n".join(parts), starts
