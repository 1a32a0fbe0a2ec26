"""Document metadata: publication date, publisher, language, title.

Sources, strongest first: ``--date`` given on the command line, a ``--meta`` mapping
file keyed by file name (like ``seeds.meta.json``), a sidecar ``NAME.meta.json``
beside the document, the folder's own mapping file (``seeds.meta.json`` beside the
folder ``seeds/``), the title the file declares (HTML metadata), and finally what the
text says: its opening heading as title (:mod:`reemarket.ingest.titles`), and dates
such as "Published: Mar 4, 2025", "Post time: Dec-01-2023", "LONDON, Feb 18
(Reuters)" or "SMM March 11 News" with a year found elsewhere in the text.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from reemarket.errors import DocumentError, InputError, PeriodError
from reemarket.ingest.dates import MONTHS
from reemarket.ingest.titles import clean, heading_title

PUBLISHERS = {
    "SMM": r"\bSMM\b|Shanghai Metals Market|metal\.com",
    "Fastmarkets": r"\bFastmarkets\b",
    "Reuters": r"\(Reuters\)|\bReuters\b",
    "Argus": r"\bArgus\b",
    "Asian Metal": r"\bAsian Metal\b",
    "Benchmark Mineral Intelligence": r"Benchmark Mineral Intelligence",
    "Bloomberg": r"\bBloomberg\b",
}


@dataclass
class DocumentMeta:
    """What is known about a document besides its text."""

    published: date | None = None
    year: int | None = None
    publisher: str | None = None
    language: str | None = None
    title: str | None = None
    date_source: str = "none"


def read_mapping(path: Path) -> dict[str, dict[str, Any]]:
    """Read a mapping file: a JSON object keyed by document file name."""
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise InputError(f"{path}: not a readable JSON metadata file ({exc})") from exc
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        raise InputError(f"{path}: metadata must be a JSON object keyed by file name")
    return data


def _from_dict(entry: dict[str, Any], source: str) -> DocumentMeta:
    """The metadata of one entry; ``source`` names the file and the entry in errors."""
    meta = DocumentMeta()
    pub = entry.get("published") or entry.get("date")
    if pub:
        try:
            meta.published = date.fromisoformat(str(pub)[:10])
            meta.date_source = source
        except ValueError as exc:
            raise PeriodError(f"{source}: bad published date {pub!r} (want YYYY-MM-DD)") from exc
    year = entry.get("year")
    meta.year = int(year) if year else (meta.published.year if meta.published else None)
    meta.publisher = entry.get("publisher")
    meta.language = entry.get("language")
    meta.title = entry.get("title")
    return meta


def _merge(base: DocumentMeta, over: DocumentMeta) -> DocumentMeta:
    return DocumentMeta(
        published=over.published or base.published,
        year=over.year or base.year,
        publisher=over.publisher or base.publisher,
        language=over.language or base.language,
        title=over.title or base.title,
        date_source=over.date_source if over.published else base.date_source,
    )


_MON = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_M1 = rf"(?P<mon>{_MON})"
_M2 = rf"(?P<mon2>{_MON})"
_LABELLED = re.compile(
    rf"(?:published|post(?:ed)? (?:time|on)|date|updated|release date)\s*:?\s*(?:"
    rf"(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})|{_M1}[\s-](?P<d>\d{{1,2}}),?[\s-](?P<y>\d{{4}})|"
    rf"(?P<d2>\d{{1,2}})\s+{_M2}\s+(?P<y2>\d{{4}}))",
    re.IGNORECASE,
)
_FULL = re.compile(rf"\b{_M1}\s+(?P<d>\d{{1,2}}),?\s+(?P<y>(?:19|20)\d{{2}})\b")
_DATELINE = re.compile(
    r"(?:\((?:Reuters|SMM|Bloomberg)\)|\bSMM\b)[^\n]{0,5}|(?:^|\n)[A-Z]{3,},\s+", re.IGNORECASE
)
_MD = re.compile(rf"\b{_M1}\s+(?P<d>\d{{1,2}})\b")
#: A Chinese header date: 2024年3月5日, 2024-03-05, 2024/3/5 or 2024.03.05 (after
#: full-width digits are made ASCII), optionally after a label such as 发布时间.
_ZH_DATE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*(?:年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]"
    r"|[-/.](?P<m2>\d{1,2})[-/.](?P<d2>\d{1,2})(?!\d))"
)
_ZH_LABEL = re.compile(r"(?:发布|发表|更新|日期|时间|來源|来源)[^\n]{0,12}?[:：]?\s*")


def _mon(tok: str) -> int:
    return MONTHS[tok.lower()[:3]]


def from_text(text: str) -> DocumentMeta:
    """Metadata found in the text itself."""
    meta = DocumentMeta()
    head = text[:3000]
    tail = text[-1500:]
    lines = [ln.strip() for ln in head.splitlines() if ln.strip()]
    meta.title = heading_title(text)
    for pub, pattern in PUBLISHERS.items():
        if re.search(pattern, head):
            meta.publisher = pub
            break
    for chunk in (head, tail):
        m = _LABELLED.search(chunk)
        if m:
            try:
                if m.group("iso"):
                    meta.published = date.fromisoformat(m.group("iso"))
                elif m.group("d"):
                    meta.published = date(
                        int(m.group("y")), _mon(m.group("mon")), int(m.group("d"))
                    )
                else:
                    meta.published = date(
                        int(m.group("y2")), _mon(m.group("mon2")), int(m.group("d2"))
                    )
                meta.date_source = "text"
            except (ValueError, KeyError):
                meta.published = None
            if meta.published:
                break
    if meta.published is None:
        first = "\n".join(lines[:3])
        m = _FULL.search(first)
        if m:
            try:
                meta.published = date(int(m.group("y")), _mon(m.group("mon")), int(m.group("d")))
                meta.date_source = "text"
            except (ValueError, KeyError):
                pass
    if meta.published is None and re.search(r"[\u4e00-\u9fff]", head):
        meta.published = _zh_header_date(lines)
        if meta.published is not None:
            meta.date_source = "text"
    years = Counter(int(y) for y in re.findall(r"\b((?:19|20)\d{2})\b", text[:20000]))
    if meta.published is None:
        for line in lines[:6]:
            if _DATELINE.search(line) or re.search(r"\bNews\b|\(SMM\)|\(Reuters\)", line):
                m = _MD.search(line)
                common = [y for y, n in years.items() if n >= 2]
                if m and common:
                    year = max(common)
                    try:
                        meta.published = date(year, _mon(m.group("mon")), int(m.group("d")))
                        meta.date_source = "text (year inferred)"
                    except (ValueError, KeyError):
                        pass
                    break
    if meta.published:
        meta.year = meta.published.year
    return meta


def folder_meta_file(path: Path) -> Path | None:
    """The meta file of a document's folder, when there is one.

    That is ``corpus/seeds.meta.json`` beside ``corpus/seeds/``, keyed by file name as
    for ``--meta``.
    """
    folder = path.parent
    if not folder.name:
        return None
    candidate = folder.with_name(folder.name + ".meta.json")
    return candidate if candidate.is_file() else None


def _zh_header_date(lines: list[str]) -> date | None:
    """The date of a Chinese document's header: in its first three lines, or labelled."""
    from reemarket.ingest.rules.zh_text import normalise

    for i, line in enumerate(lines[:8]):
        plain = normalise(line)
        m = _ZH_DATE.search(plain)
        if m is None or (i >= 3 and not _ZH_LABEL.search(plain[: m.start()])):
            continue
        try:
            return date(
                int(m.group("y")),
                int(m.group("m") or m.group("m2")),
                int(m.group("d") or m.group("d2")),
            )
        except ValueError:
            continue
    return None


def resolve_meta(
    path: Path,
    text: str,
    *,
    mapping: dict[str, dict[str, Any]] | None = None,
    given_date: date | None = None,
    declared_title: str | None = None,
) -> DocumentMeta:
    """Combine every metadata source for one document.

    Weakest first: the text (its opening heading), ``declared_title`` (what the file
    declares, e.g. an HTML page's og:title), the folder's meta file
    (:func:`folder_meta_file`), a sidecar ``NAME.meta.json``, ``mapping`` (``--meta``)
    and ``given_date``. A date in the file name (:func:`file_name_date`) is used only
    when none of these gives one.
    """
    meta = from_text(text)
    if declared_title:
        meta.title = clean(declared_title)
    folder_meta = folder_meta_file(path)
    if folder_meta is not None:
        entry = read_mapping(folder_meta).get(path.name)
        if entry is not None:
            meta = _merge(meta, _from_dict(entry, f"{folder_meta}: entry {path.name!r}"))
    sidecar = path.with_name(path.name + ".meta.json")
    if not sidecar.exists():
        sidecar = path.with_suffix(".meta.json")
    if sidecar.exists():
        try:
            entry = json.loads(sidecar.read_text("utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise DocumentError(f"{sidecar}: unreadable sidecar metadata ({exc})") from exc
        if isinstance(entry, dict):
            meta = _merge(meta, _from_dict(entry, str(sidecar)))
    if mapping and path.name in mapping:
        meta = _merge(meta, _from_dict(mapping[path.name], f"--meta: entry {path.name!r}"))
    if meta.published is None:
        meta.published = file_name_date(path.name)
        if meta.published is not None:
            meta.year = meta.published.year
            meta.date_source = "file name"
    if given_date is not None:
        meta.published = given_date
        meta.year = given_date.year
        meta.date_source = "--date"
    if meta.language is None:
        from reemarket.ingest.rules.zh_text import is_chinese

        meta.language = "zh" if is_chinese(text) else "en"
    return meta


#: An ISO date inside a file name: report_2024-11-28.txt, smm-2024-11-28-morning.txt.
_FILE_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)")


def file_name_date(name: str) -> date | None:
    """The one ISO date (YYYY-MM-DD) a file name holds, if it holds exactly one that is valid.

    Saved reports are often named by the day they were published; two different dates
    in a name say nothing certain, so they give none.
    """
    found = set(_FILE_DATE.findall(name))
    if len(found) != 1:
        return None
    y, m, d = (int(x) for x in found.pop())
    try:
        return date(y, m, d)
    except ValueError:
        return None


def web_meta(text: str, url: str, *, language: str | None = None) -> DocumentMeta:
    """Metadata of a fetched document: what its text says, the site as a last-resort publisher."""
    from urllib.parse import urlsplit

    meta = from_text(text)
    if meta.publisher is None:
        meta.publisher = urlsplit(url).hostname
    from reemarket.ingest.rules.zh_text import is_chinese

    meta.language = language or ("zh" if is_chinese(text) else "en")
    return meta
