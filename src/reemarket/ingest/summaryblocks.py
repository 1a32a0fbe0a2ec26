"""Summary blocks keyed by year, as commodity summaries write them in plain text.

A heading line ending in a colon names what the rows below it measure and, for value
rows, the years of their columns; the rows run to the first blank line:

* a price block ("Prices (yearly average, cif Rotterdam, $/kg):"): each row is a product,
  dot leaders, then ``YEAR: value`` pairs ("2023: 61  2024e: 58"); an "average" heading
  gives ``average`` facts, else ``price``; unit and market come from the heading;
* a production block ("Mine output (t REO), 2023 / 2024e:"): each row is a country and
  one value per heading year, separated by slashes ("Brazil  80 / 20"); a "World total"
  row may give its year inline ("World total, 2024e: 300,000").

Rows whose label names no product (or country) give nothing; an ``e`` after a year
(estimated) keeps the year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reemarket.domain.facts import Fact
from reemarket.domain.periods import Period
from reemarket.ingest.lexicon import country_slug, find_markets, find_products
from reemarket.ingest.numbers import PRICE_UNIT, price_unit_code

_HEADING = re.compile(r"^\S[^\n]*:\s*$")
_YEAR = r"(?:19|20)\d{2}"
_PAIR = re.compile(rf"\b({_YEAR})e?\s*:\s*(\d[\d,]*(?:\.\d+)?)\b")
_SLASHED = re.compile(r"^\s*(?P<label>[^\d:]+?)\s{2,}(?P<vals>\d[\d,.]*(?:\s*/\s*\d[\d,.]*)+)\s*$")
_HEAD_YEARS = re.compile(rf"\b({_YEAR})e?\b")
_PRODUCTION = re.compile(r"\b(?:mine\s+)?(?:production|output)\b", re.I)
_TONNES = re.compile(r"\(\s*(?:t|tonnes|metric\s+tons)\b", re.I)
_AVERAGE = re.compile(r"\baverage\b", re.I)


@dataclass
class _Block:
    kind: str  # "price" or "production"
    heading: str
    years: list[int]
    unit: str
    market: str | None
    average: bool


def _block(heading: str) -> _Block | None:
    """What a heading line announces, or None when it announces no block of ours."""
    years = [int(y) for y in _HEAD_YEARS.findall(heading)]
    unit = PRICE_UNIT.search(heading)
    if unit is not None and "price" in heading.lower():
        markets = find_markets(heading)
        market = markets[0].id if markets else None
        return _Block(
            "price", heading, years, price_unit_code(unit), market, bool(_AVERAGE.search(heading))
        )
    if _PRODUCTION.search(heading) and _TONNES.search(heading):
        return _Block("production", heading, years, "t", None, False)
    return None


def _num(text: str) -> float | None:
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def summary_facts(text: str, *, document_id: str, doc: str, version: str) -> list[Fact]:
    """The facts of every summary block in ``text``."""
    if ":\n" not in text and ":\r\n" not in text:
        return []
    out: list[Fact] = []
    block: _Block | None = None
    pos = 0
    for raw in text.splitlines(keepends=True):
        start, line = pos, raw.rstrip("\r\n")
        pos += len(raw)
        if not line.strip():
            block = None
            continue
        if _HEADING.match(line.strip()) and not _PAIR.search(line):
            block = _block(line.strip())
            continue
        if block is None:
            continue
        for period, subject_or_entity, value in _row(block, line):
            kind, entity, subject, metric = (
                ("price", block.market, subject_or_entity, "average" if block.average else "price")
                if block.kind == "price"
                else ("production", subject_or_entity, "total_reo", "production")
            )
            if entity is None:
                continue
            p = Period.year(period)
            out.append(
                Fact(
                    kind=kind,
                    entity=entity,
                    subject=subject,
                    metric=metric,
                    period=str(p),
                    value=value,
                    unit=block.unit,
                    document_id=document_id,
                    doc=doc,
                    span_start=start,
                    span_end=start + len(line),
                    sentence=line.strip(),
                    extractor_version=version,
                    period_start=p.start.isoformat(),
                    period_end=p.end.isoformat(),
                )
            )
    return out


def _row(block: _Block, line: str) -> list[tuple[int, str, float]]:
    """A row's (year, product or country, value) cells."""
    pairs = [(int(y), _num(v)) for y, v in _PAIR.findall(line)]
    if pairs:
        label = re.split(rf"\b{_YEAR}e?\s*:", line, maxsplit=1)[0]
    else:
        m = _SLASHED.match(line)
        if m is None or len(block.years) < 2:
            return []
        vals = [_num(v.strip()) for v in m.group("vals").split("/")]
        if len(vals) != len(block.years):
            return []
        label, pairs = m.group("label"), list(zip(block.years, vals, strict=True))
    label = re.sub(r"[\s.,]*$", "", label).strip()
    if block.kind == "price":
        ids = {p.id for p in find_products(label)}
        key = next(iter(ids)) if len(ids) == 1 else None
    else:
        key = country_slug(re.sub(r"\s*\(.*?\)", "", label)) or country_slug(label)
    if key is None:
        return []
    return [(y, key, v) for y, v in pairs if v is not None and v > 0]
