"""Statistical tables in PDF text layers (USGS Mineral Commodity Summaries layout).

Plain-text summary blocks keyed by year are read by :mod:`reemarket.ingest.summaryblocks`.

Rows are a label followed by one number per year of the nearest header line of
years. Superscript footnote markers glued to numbers ("1216,000" is footnote 12 and
16,000) are removed using the footnote numbers the page defines, and where a row can
be read two ways the reading whose column sum best matches the table's "World total"
wins. A "mine production" table gives production facts (entity: the country, subject
``total_reo``); a "Price, average, dollars per kilogram" block gives annual average
prices (USD/kg, entity ``global``).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from reemarket.domain.facts import Fact
from reemarket.domain.products import catalog
from reemarket.ingest.lexicon import country_slug, find_products
from reemarket.ingest.loaders import page_of
from reemarket.ingest.summaryblocks import summary_facts

_YEARS = re.compile(r"^\s*((?:(?:19|20)\d{2}e?\s+){1,9}(?:19|20)\d{2}e?)\s*$")
_YEARS_TAIL = re.compile(r"((?:(?:19|20)\d{2}e?\s+){1,9}(?:19|20)\d{2}e?)\s*$")
_TOKEN = re.compile(r"^(?:\d{1,3}(?:,\d{3})*|\d{1,3}|—|-|NA|W|XX)$")
_NUMTOK = re.compile(r"^[\d,]+$|^—$|^NA$|^W$|^>[\d,]+$")
_FOOTDEF = re.compile(r"^\s*(\d{1,2})[A-Z]")
MAX_ROWS = 60


@dataclass
class _Row:
    label: str
    tokens: list[str]
    start: int
    end: int
    line: str


def _valid(tok: str) -> bool:
    return bool(re.fullmatch(r"\d{1,3}(?:,\d{3})*", tok))


def _readings(tokens: list[str], notes: list[str]) -> list[list[float | None]]:
    def val(t: str) -> float | None:
        return None if t in ("—", "-", "NA", "W", "XX") else float(t.replace(",", ""))

    nums = [t for t in tokens if t not in ("—", "-", "NA", "W", "XX")]
    out: list[list[float | None]] = []
    if all(_valid(t) for t in nums):
        out.append([val(t) for t in tokens])
    for note in sorted(notes, key=len, reverse=True):
        if nums and all(t.startswith(note) and _valid(t[len(note) :]) for t in nums):
            out.append([val(t[len(note) :]) if t in nums else None for t in tokens])
    if not out:
        fixed: list[float | None] = []
        for t in tokens:
            if t in ("—", "-", "NA", "W", "XX") or _valid(t):
                fixed.append(val(t))
                continue
            for note in sorted(notes, key=len, reverse=True):
                if t.startswith(note) and _valid(t[len(note) :]):
                    fixed.append(val(t[len(note) :]))
                    break
            else:
                return []
        out.append(fixed)
    return out


def _split_row(line: str, n: int) -> tuple[str, list[str]] | None:
    parts = line.split()
    toks: list[str] = []
    while parts and _NUMTOK.match(parts[-1]) and len(toks) < n + 3:
        toks.insert(0, parts.pop())
    if len(toks) < n or not parts:
        return None
    return " ".join(parts), toks


def extract_tables(
    text: str, *, document_id: str, doc: str, page_starts: list[int], version: str
) -> list[Fact]:
    """Production and price facts from statistical tables in the text (either layout)."""
    found = summary_facts(text, document_id=document_id, doc=doc, version=version)
    if "mine production" not in text.lower() and "dollars per kilogram" not in text.lower():
        return found
    notes = sorted({m.group(1) for line in text.splitlines() for m in [_FOOTDEF.match(line)] if m})
    facts: list[Fact] = []
    lines: list[tuple[int, str]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        lines.append((pos, line.rstrip("\r\n")))
        pos += len(line)
    years: list[int] = []
    mode = ""
    prod_rows: list[_Row] = []
    total: _Row | None = None
    for start, line in lines:
        low = line.lower()
        m = _YEARS.match(line) or _YEARS_TAIL.search(line)
        if m and len(re.findall(r"\d{4}", line)) >= 2 and not re.search(r"\d{1,3},\d{3}", line):
            years = [int(y[:4]) for y in m.group(1).split()]
            if "mine production" in mode:
                pass
            continue
        if "mine production" in low:
            mode = "mine production"
            continue
        if "dollars per kilogram" in low and "price" in low:
            mode = "price"
            continue
        if not years or not mode:
            continue
        split = _split_row(line, len(years))
        if split is None:
            if mode == "price" and not find_products(line):
                mode = ""
            continue
        label, toks = split
        row = _Row(re.sub(r"\d+$", "", label).strip(), toks, start, start + len(line), line)
        if mode == "price":
            prods = find_products(row.label)
            if not prods:
                continue
            product = prods[0].id
            vals = toks[-len(years) :]
            for y, t in zip(years, vals, strict=True):
                if not _valid(t) and not re.fullmatch(r"\d+", t):
                    continue
                facts.append(
                    _mk(
                        document_id,
                        doc,
                        version,
                        "price",
                        "global",
                        product,
                        "average",
                        str(y),
                        float(t.replace(",", "")),
                        "USD/kg",
                        row,
                        start,
                        page_starts,
                    )
                )
            if catalog().find(product) is None:
                continue
        elif mode == "mine production":
            if row.label.lower().startswith("world total"):
                total = row
            elif country_slug(row.label) or row.label.lower() == "other":
                prod_rows.append(row)
            if total is not None:
                facts.extend(
                    _production(
                        prod_rows, total, years, notes, document_id, doc, version, page_starts
                    )
                )
                mode, prod_rows, total = "", [], None
    return found + facts


def _production(
    rows: list[_Row],
    total: _Row,
    years: list[int],
    notes: list[str],
    document_id: str,
    doc: str,
    version: str,
    page_starts: list[int],
) -> list[Fact]:
    n = len(years)
    options = [_readings(r.tokens[:n], notes) for r in rows]
    tot = _readings(total.tokens[:n], notes)
    if not tot or any(not o for o in options):
        options = [o or [[None] * n] for o in options]
    target = tot[0] if tot else None
    best: tuple[float, tuple[int, ...]] | None = None
    combos = 1
    for o in options:
        combos *= len(o)
    if combos <= 20000 and target is not None:
        for choice in itertools.product(*[range(len(o)) for o in options]):
            err = 0.0
            for c in range(n):
                s = sum((options[i][k][c] or 0.0) for i, k in enumerate(choice))
                t = target[c] or 1.0
                err += abs(s - t) / t
            err += 1e-6 * sum(choice)
            if best is None or err < best[0]:
                best = (err, choice)
    chosen = best[1] if best else tuple(0 for _ in options)
    facts: list[Fact] = []
    for row, o, k in zip(rows, options, chosen, strict=True):
        slug = country_slug(row.label)
        if slug is None:
            continue
        for y, v in zip(years, o[k], strict=True):
            if v is None or v == 0:
                continue
            facts.append(
                _mk(
                    document_id,
                    doc,
                    version,
                    "production",
                    slug,
                    "total_reo",
                    "production",
                    str(y),
                    v,
                    "t",
                    row,
                    row.start,
                    page_starts,
                )
            )
    if target is not None:
        for y, v in zip(years, target, strict=True):
            if v:
                facts.append(
                    _mk(
                        document_id,
                        doc,
                        version,
                        "production",
                        "global",
                        "total_reo",
                        "production",
                        str(y),
                        v,
                        "t",
                        total,
                        total.start,
                        page_starts,
                    )
                )
    return facts


def _mk(
    document_id: str,
    doc: str,
    version: str,
    kind: str,
    entity: str,
    subject: str,
    metric: str,
    period: str,
    value: float,
    unit: str,
    row: _Row,
    start: int,
    page_starts: list[int],
) -> Fact:
    page = page_of(page_starts, start)
    return Fact(
        kind=kind,
        entity=entity,
        subject=subject,
        metric=metric,
        period=period,
        value=value,
        unit=unit,
        document_id=document_id,
        doc=doc,
        span_start=row.start,
        span_end=row.end,
        sentence=row.line.strip(),
        extractor_version=version,
        period_start=f"{period}-01-01",
        period_end=f"{period}-12-31",
        extra={"page": page},
    )
