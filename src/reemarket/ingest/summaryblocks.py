"""Summary blocks keyed by year, as commodity summaries write them in plain text.

A heading line ending in a colon names what the rows below it measure and, for value
rows, the years of their columns; the rows run to the first blank line:

* a price block ("Prices (annual average, cif Rotterdam, $/kg):"): each row is a product,
  dot leaders, then ``YEAR: value`` pairs ("2023: 61  2024e: 58"); an "average" heading
  gives ``average`` facts, else ``price``; unit and market come from the heading;
* a production block ("Mine output (t REO), 2023 / 2024e:"): each row is a country and
  one value per heading year, separated by slashes ("Brazil  80 / 20"); a "World total"
  row may give its year inline ("World total, 2024e: 300,000").

* a ranked country table in pipes under a caption naming output, its year and tonnes
  ("Mine output, 2024 (estimates, tonnes of REO)" / "Rank | Country |
  Output" / "1 | China | 270,000"): a rank column is read past; value columns headed by
  years ("Country | 2024 | 2025e") take those years instead of the caption's.

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
#: The tonnes a heading counts in, in its brackets ("(t REO)", "(estimated, tonnes of REO)").
_TONNES = re.compile(r"\([^()]*?\b(?:t|tonnes|metric\s+tons)\b", re.I)
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


#: A country column's head in a ranked table ("Rank | Country | Output").
_COUNTRY_HEAD = re.compile(r"(?:country|countries|producer|nation)", re.I)
#: Words of a country table that is not mine output ("Reserves (t REO)", "Imports (t)").
_NOT_OUTPUT = re.compile(r"\b(?:reserves?|resources?|imports?|exports?|consumption|demand)\b", re.I)
#: A cell that only ranks a row ("1", "2.", "-", "#3").
_RANK_CELL = re.compile(r"#?\d{1,2}\.?|[-–—]?")
#: A table's rule line ("|---|---|").
_PIPE_RULE = re.compile(r"^[\s|:\-=+]+$")


def _cells(line: str) -> list[str]:
    """A pipe row's cells."""
    return [c.strip() for c in line.strip().strip("|").split("|")]


def _country_table(
    caption: str, header: str, context: str = ""
) -> tuple[_Block, int, list[int]] | None:
    """A production table of countries under its caption ("Mine production, 2025 (tonnes)").

    The header is a pipe row with a country column ("Rank | Country | Output"); the
    value columns after it are the caption's one year, or the years they are headed with
    ("Country | 2024 | 2025e"). Year heads may carry the tonnes themselves ("2024 (t REO)"):
    then the prose just above (``context``, up to two lines across a blank one) may be what
    names mine output ("... put Chinese output at 270,000 t ..." / "Outside China:"), unless
    it or the table speaks of reserves or trade. Returns the block, the country column and
    the value columns.
    """
    if "|" not in header:
        return None
    if not (_PRODUCTION.search(caption) and _TONNES.search(caption)) and not (
        _TONNES.search(header)
        and _PRODUCTION.search(f"{caption} {context}")
        and not _NOT_OUTPUT.search(f"{caption} {header}")
    ):
        return None
    cells = _cells(header)
    at = next((i for i, c in enumerate(cells) if _COUNTRY_HEAD.fullmatch(c)), None)
    if at is None or at > 1 or at == len(cells) - 1:
        return None
    values = list(range(at + 1, len(cells)))
    head_years = [_HEAD_YEARS.fullmatch(re.sub(r"\s*\(.*?\)$", "", cells[i])) for i in values]
    if all(head_years):
        years = [int(m.group(1)) for m in head_years if m is not None]
    else:
        years = [int(y) for y in _HEAD_YEARS.findall(caption)]
        if len(years) != 1 or len(values) != 1:
            return None
    return _Block("production", caption, years, "t", None, False), at, values


def _country_rows(
    block: _Block, at: int, values: list[int], line: str
) -> list[tuple[int, str, float]]:
    """A ranked table row's (year, country, value) cells; a rank column before it is read past."""
    cells = _cells(line)
    if len(cells) != len(values) + at + 1:
        return []
    if at and not _RANK_CELL.fullmatch(cells[0]):
        return []
    label = cells[at]
    key = country_slug(re.sub(r"\s*\(.*?\)", "", label)) or country_slug(label)
    if key is None:
        return []
    out = []
    for year, i in zip(block.years, values, strict=True):
        if re.fullmatch(r"\d[\d,]*(?:\.\d+)?", cells[i]) and (v := _num(cells[i])):
            out.append((year, key, v))
    return out


def _num(text: str) -> float | None:
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def summary_facts(text: str, *, document_id: str, doc: str, version: str) -> list[Fact]:
    """The facts of every summary block in ``text``."""
    if ":\n" not in text and ":\r\n" not in text and "|" not in text:
        return []
    out: list[Fact] = []
    block: _Block | None = None
    ranked: tuple[int, list[int]] | None = None  # a country table's columns
    caption = ""
    prose: list[str] = []  # the last two non-blank lines, across blank ones
    pos = 0
    for raw in text.splitlines(keepends=True):
        start, line = pos, raw.rstrip("\r\n")
        pos += len(raw)
        if not line.strip():
            block, ranked, caption = None, None, ""
            continue
        context = " ".join(prose)
        prose = [*prose[-1:], line.strip()]
        if block is None and (table := _country_table(caption, line, context)) is not None:
            block, ranked = table[0], (table[1], table[2])
            continue
        if ranked is not None and _PIPE_RULE.match(line):
            continue
        caption = line.strip()
        if _HEADING.match(line.strip()) and not _PAIR.search(line):
            block, ranked = _block(line.strip()), None
            continue
        if block is None:
            continue
        rows = _country_rows(block, *ranked, line) if ranked else _row(block, line)
        if ranked and not rows and "|" not in line:
            block, ranked = None, None  # the table ended (a source line under it)
            continue
        for period, subject_or_entity, value in rows:
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
