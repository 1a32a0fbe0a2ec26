"""The market snapshot: the latest price of every product with a recent quote.

With it, the changes over a day, a week, a month, a year and the year to date, and the
52-week range.

One series per product and market (one source, see :mod:`reemarket.store.snapshot`); a
window whose last quote is more than ``MAX_BASE_AGE_DAYS`` older than its target has no
change. Prices are converted on request: to another currency with the FX rate of the
quote's date (:mod:`reemarket.services.fx`), and to another VAT basis with the Chinese
VAT rate in force on that date; both are shown. Percent changes are those of the stored
series (one rate converts every price of a row, so they do not move with the rate).
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field

from reemarket.analytics.changes import MAX_BASE_AGE_DAYS, pct_change
from reemarket.domain.money import VatBasis, china_vat_on
from reemarket.domain.units import parse_unit
from reemarket.errors import InputError, NotFoundError
from reemarket.services.convert import parse_basis
from reemarket.services.fx import FxUsed, RateBook, conversion_factor
from reemarket.services.series_sources import REPORTS
from reemarket.store.db import Store
from reemarket.store.observations import series_rows
from reemarket.store.snapshot import WINDOW_TARGETS, SnapshotRow, latest_date, snapshot_rows

#: Days of quotes a row's sparkline draws, ending on its latest quote.
SPARK_DAYS = 91

#: A quote older than this many days before the as-of date is not "recent".
DEFAULT_MAX_AGE_DAYS = 92


class WindowChange(BaseModel):
    """The change of one window."""

    window: str = Field(description="d/d, w/w, m/m, y/y or ytd.")
    base_date: dt.date | None = Field(description="Date of the base quote (None: no base).")
    base: float | None = Field(description="Mid price of the base, converted like the row.")
    pct: float | None = Field(description="Percent change of the mid from the base.")


class SnapshotItem(BaseModel):
    """One product and market: latest quote, changes and 52-week range."""

    product: str = Field(description="Product id.")
    market: str = Field(description="Market.")
    publisher: str = Field(description="Who published the quote (not a file name).")
    source: str = Field(description="The source of the series ('reports': quotes in documents).")
    observations: int = Field(description="Observations of that source up to the as-of date.")
    date: dt.date = Field(description="Date of the latest quote.")
    low: float | None = Field(description="Low of the latest quote, in ``unit``.")
    high: float | None = Field(description="High of the latest quote, in ``unit``.")
    mid: float = Field(description="Mid of the latest quote, in ``unit``.")
    unit: str = Field(description="Unit of every price of the row.")
    basis: str = Field(description="VAT basis of every price of the row.")
    stored_unit: str = Field(description="Unit the series is stored in.")
    stored_basis: str = Field(description="VAT basis the series is stored in.")
    fx: FxUsed | None = Field(description="Exchange rate used, when the currency was converted.")
    vat_rate: float | None = Field(description="VAT rate used, when the basis was converted.")
    changes: list[WindowChange] = Field(description="d/d, w/w, m/m, y/y, ytd.")
    high_52w: float = Field(description="Highest high (or mid) of the 52 weeks to the date.")
    high_52w_date: dt.date = Field(description="Its date.")
    low_52w: float = Field(description="Lowest low (or mid) of the 52 weeks to the date.")
    low_52w_date: dt.date = Field(description="Its date.")
    spark: list[float] = Field(
        default_factory=list,
        description="When asked: mids of the series' quotes over the 91 days to the date, "
        "oldest first, "
        "in ``unit`` (at the latest quote's FX rate: the line's shape, not a converted history).",
    )


class Snapshot(BaseModel):
    """The market snapshot as of a date."""

    as_of: dt.date = Field(description="The as-of date.")
    currency: str | None = Field(description="Currency asked for (None: as stored).")
    basis: str | None = Field(description="VAT basis asked for (None: as stored).")
    market: str | None = Field(description="Only this market (None: every market).")
    max_age_days: int | None = Field(description="Quotes older than this were left out.")
    items: list[SnapshotItem] = Field(description="One per product and market.")


def publisher_of(source: str, document_publisher: str | None = None) -> str:
    """The publisher named by a stored source.

    The document's publisher where known, else the source text before ', report' or ' ('
    (sheet sources name their publisher first); for a sheet named after its file, where
    it came from, the first item in its parentheses.
    """
    if document_publisher:
        return document_publisher
    label = source.split(", report")[0].split(" (")[0].split(", via")[0].strip()
    inner = source.partition(" (")[2].split(",")[0].strip(" )")
    if inner and " " not in label and "_" in label:  # a file's name: its origin names more
        return inner
    return label or source


def _item(
    store: Store,
    row: SnapshotRow,
    currency: str | None,
    basis: VatBasis | None,
    books: dict[tuple[str, str], RateBook],
    sparklines: bool = False,
) -> SnapshotItem:
    stored = parse_unit(row.unit)
    factor, fx, vat = 1.0, None, None
    unit = row.unit
    if currency is not None and stored.currency != currency:
        assert stored.currency is not None
        book = books.get((stored.currency, currency))
        if book is None:
            book = books[(stored.currency, currency)] = RateBook(store, stored.currency, currency)
        fx = book.find(row.date)
        factor *= conversion_factor(fx, stored.currency, currency)
        unit = f"{currency}/{'t' if currency == 'CNY' else 'kg'}"
        factor *= stored.scale / parse_unit(unit).scale
    out_basis = row.basis
    if basis is not None and basis.value != row.basis:
        vat = china_vat_on(row.date)
        factor *= 1.0 / (1.0 + vat) if basis is VatBasis.EXCL else 1.0 + vat
        out_basis = basis.value

    def conv(v: float | None) -> float | None:
        return None if v is None else v * factor

    reports = row.source == REPORTS  # the quotes of documents, counted as one source
    recent = [] if not sparklines else series_rows(
        store.conn, row.product, row.market, row.unit,
        source=None if reports else row.source, origin="document" if reports else None,
        start=row.date - dt.timedelta(days=SPARK_DAYS), end=row.date,
    )  # fmt: skip
    spark = [float(r[3]) * factor for r in recent if r[3] is not None]

    changes = []
    for name in WINDOW_TARGETS:
        b = row.bases[name]
        target = b.target
        usable = b.date is not None and b.mid is not None
        if usable and b.date is not None and (target - b.date).days > MAX_BASE_AGE_DAYS:
            usable = False
        changes.append(
            WindowChange(
                window=name,
                base_date=b.date if usable else None,
                base=conv(b.mid) if usable else None,
                pct=pct_change(b.mid, row.mid) if usable and b.mid is not None else None,
            )
        )
    return SnapshotItem(
        product=row.product, market=row.market,
        publisher=publisher_of(row.latest_source, row.document_publisher), source=row.source,
        observations=row.observations, date=row.date, low=conv(row.low), high=conv(row.high),
        mid=row.mid * factor, unit=unit, basis=out_basis, stored_unit=row.unit,
        stored_basis=row.basis, fx=fx, vat_rate=vat, changes=changes,
        high_52w=row.high_52w * factor, high_52w_date=row.high_52w_date,
        low_52w=row.low_52w * factor, low_52w_date=row.low_52w_date, spark=spark,
    )  # fmt: skip


def get_snapshot(
    store: Store,
    *,
    as_of: dt.date | None = None,
    currency: str | None = None,
    basis: str | None = None,
    market: str | None = None,
    max_age_days: int | None = DEFAULT_MAX_AGE_DAYS,
    today: dt.date | None = None,
    sparklines: bool = False,
) -> Snapshot:
    """The snapshot as of ``as_of`` (default: the latest quote up to today).

    ``currency`` converts every price (CNY, USD, EUR, AUD); ``basis`` every VAT basis;
    ``market`` keeps one market; ``max_age_days`` leaves out series whose latest quote is
    older than that before the as-of date (None keeps every series); ``sparklines`` adds
    each row's quotes of the last 13 weeks (one more query per row).
    """
    wanted_basis = parse_basis(basis)
    if currency is not None:
        money = parse_unit(currency)
        if money.currency is None or money.code != money.currency:
            raise InputError(f"{currency!r} is not a currency (CNY, USD, EUR or AUD)")
        currency = money.currency
    if max_age_days is not None and max_age_days < 0:
        raise InputError(f"the oldest quote age must be 0 days or more, not {max_age_days}")
    when = as_of or latest_date(store, today or dt.datetime.now(dt.UTC).date())
    if when is None:
        raise NotFoundError("no prices stored: import a price sheet first")
    oldest = None if max_age_days is None else when - dt.timedelta(days=max_age_days)
    rows = snapshot_rows(store, when, market, oldest)
    books: dict[tuple[str, str], RateBook] = {}
    return Snapshot(
        as_of=when, currency=currency, basis=wanted_basis.value if wanted_basis else None,
        market=market, max_age_days=max_age_days,
        items=[_item(store, r, currency, wanted_basis, books, sparklines) for r in rows],
    )  # fmt: skip
