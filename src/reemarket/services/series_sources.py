"""Sources kept apart: the default source of a series, a user's preference, a comparison.

A series never blends sources: its default source is the one set with
:func:`prefer_source`, else the most complete of the product and market's sources,
where the quotes stated in ingested documents (one source per report) count together
as one source, :data:`REPORTS`: a series of report quotes, each keeping its document.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from dataclasses import replace

from pydantic import BaseModel, Field

from reemarket.analytics.series import Series, load_series
from reemarket.domain.products import product
from reemarket.errors import InputError, NotFoundError
from reemarket.store.db import Store
from reemarket.store.fx import preference, set_preference, source_counts

#: The source name standing for every quote stated in an ingested document.
REPORTS = "reports"

_DEFAULTS: OrderedDict[tuple[object, ...], str | None] = OrderedDict()


def default_source(store: Store, product_id: str, market: str) -> str | None:
    """The source a product and market's series is read from.

    :data:`REPORTS` stands for the quotes stated in documents; None for no observations.
    """
    key = (store.generation, product_id, market)
    if store.generation is not None and key in _DEFAULTS:
        return _DEFAULTS[key]
    chosen = preference(store, product_id, market)
    if chosen is None:
        counts: dict[str, int] = {}
        for name, origin, n in source_counts(store, product_id, market):
            label = REPORTS if origin == "document" else name
            counts[label] = counts.get(label, 0) + n
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        chosen = ranked[0][0] if ranked else None
    if store.generation is not None:
        _DEFAULTS[key] = chosen
        if len(_DEFAULTS) > 1024:
            _DEFAULTS.popitem(last=False)
    return chosen


class SourceInfo(BaseModel):
    """One source of a product and market."""

    source: str = Field(description="The source as stored.")
    origin: str = Field(description="sheet or document.")
    observations: int = Field(description="Its observations of the product and market.")
    default: bool = Field(description="Whether series read it by default.")


def prefer_source(store: Store, product_name: str, market: str, source: str) -> list[SourceInfo]:
    """Make ``source`` the default of a product and market; return every source after."""
    prod = product(product_name)
    known = source_counts(store, prod.id, market)
    if source not in {s for s, _, _ in known} | ({REPORTS} if known else set()):
        names = "; ".join(s for s, _, _ in known[:10]) or "none"
        raise NotFoundError(
            f"{prod.id} in market {market} has no source {source!r} (it has: {names})"
        )
    with store.transaction() as tx:
        set_preference(tx, prod.id, market, source)
    return list_sources(store, product_name, market)


def list_sources(store: Store, product_name: str, market: str) -> list[SourceInfo]:
    """Every source of a product and market, most observations first, the default marked."""
    prod = product(product_name)
    chosen = default_source(store, prod.id, market)
    counts = source_counts(store, prod.id, market)
    reports = sum(n for _, o, n in counts if o == "document")
    out = [
        SourceInfo(source=s, origin=o, observations=n, default=s == chosen)
        for s, o, n in counts
        if o != "document"
    ]
    if reports:
        out.append(SourceInfo(source=REPORTS, origin="document", observations=reports,
                              default=chosen == REPORTS))  # fmt: skip
    return sorted(out, key=lambda i: -i.observations)


class Comparison(BaseModel):
    """Two sources of one product and market side by side on the dates both quote."""

    product: str = Field(description="Product id.")
    market: str = Field(description="Market.")
    unit: str = Field(description="Unit of both series (B converted to A's where needed).")
    source_a: str = Field(description="Source A.")
    source_b: str = Field(description="Source B.")
    days_a: int = Field(description="Observations of A.")
    days_b: int = Field(description="Observations of B.")
    common: int = Field(description="Dates both quote.")
    mean_gap: float | None = Field(description="Mean of A minus B over the common dates.")
    mean_gap_pct: float | None = Field(description="Mean of (A - B) / B in percent.")
    max_gap: float | None = Field(description="Largest A minus B by size.")
    max_gap_date: dt.date | None = Field(description="Its date.")
    threshold_pct: float = Field(description="The disagreement threshold, percent.")
    days_over: int = Field(description="Common dates where A and B differ by more than it.")
    rows: list[tuple[dt.date, float, float]] = Field(description="(date, A, B) per common date.")


def compare_sources(
    store: Store,
    product_name: str,
    source_a: str,
    source_b: str,
    market: str = "china",
    *,
    threshold_pct: float = 1.0,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> Comparison:
    """Compare two sources of a product and market on the dates both quote."""
    if source_a == source_b:
        raise InputError(f"a comparison needs two different sources, got {source_a!r} twice")
    if threshold_pct < 0:
        raise InputError(f"the disagreement threshold must be 0 % or more, not {threshold_pct}")
    prod = product(product_name)
    a = read_source(store, prod.id, market, source_a, start=start, end=end,
                    preferred_unit=prod.quote_unit)  # fmt: skip
    b = read_source(store, prod.id, market, source_b, start=start, end=end, unit=a.unit)
    quotes_b = {o.date: o.mid for o in b.observations}
    rows = [(o.date, o.mid, quotes_b[o.date]) for o in a.observations if o.date in quotes_b]
    gaps = [(d, x - y, (x - y) / y * 100 if y else None) for d, x, y in rows]
    pcts = [p for _, _, p in gaps if p is not None]
    biggest = max(gaps, key=lambda g: abs(g[1])) if gaps else None
    return Comparison(
        product=prod.id, market=market, unit=a.unit, source_a=source_a, source_b=source_b,
        days_a=len(a), days_b=len(b), common=len(rows),
        mean_gap=sum(g for _, g, _ in gaps) / len(gaps) if gaps else None,
        mean_gap_pct=sum(pcts) / len(pcts) if pcts else None,
        max_gap=biggest[1] if biggest else None, max_gap_date=biggest[0] if biggest else None,
        threshold_pct=threshold_pct, days_over=sum(1 for p in pcts if abs(p) > threshold_pct),
        rows=rows,
    )  # fmt: skip


def read_source(
    store: Store,
    product_id: str,
    market: str,
    source: str | None,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    unit: str | None = None,
    preferred_unit: str | None = None,
) -> Series:
    """Read one source's series (:data:`REPORTS`: every quote stated in a document)."""
    if source == REPORTS:
        series = load_series(store.conn, product_id, market, start=start, end=end, unit=unit,
                             preferred_unit=preferred_unit, origin="document")  # fmt: skip
        return replace(series, source=REPORTS)
    return load_series(store.conn, product_id, market, start=start, end=end, unit=unit,
                       source=source, preferred_unit=preferred_unit)  # fmt: skip
