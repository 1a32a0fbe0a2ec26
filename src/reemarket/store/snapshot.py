"""SQL of the market snapshot: the latest quote of every series and its bases, in one query.

For each product and market one series is read: the source set with ``prices prefer``,
else the source (and unit) with the most observations (the quotes stated in documents
counting together as the source ``reports``, as in :mod:`reemarket.services.series_sources`) in the span the snapshot reads
(from ``LOOKBACK_DAYS`` before the oldest latest date allowed to the as-of date; the
whole history when every series is kept). From the
last 380 days of that series to its latest date ``E`` the query takes the latest quote,
the base of each window (the last quote on or before the window's target: before ``E``
for the day, ``E`` - 7 days, ``E`` - 1 month, ``E`` - 1 year, 31 December of the year
before) and the 52-week high and low.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reemarket.store.db import Store

#: The windows the snapshot reads, with the SQL of their target date from the latest ``e``.
WINDOW_TARGETS: dict[str, str] = {
    "d/d": "c.e - 1",
    "w/w": "c.e - 7",
    "m/m": "CAST(c.e - INTERVAL 1 MONTH AS DATE)",
    "y/y": "CAST(c.e - INTERVAL 1 YEAR AS DATE)",
    "ytd": "make_date(year(c.e) - 1, 12, 31)",
}
#: How far back the query reads from a series' latest date: a year and the oldest base age.
LOOKBACK_DAYS = 380


@dataclass(frozen=True)
class Base:
    """The base of one window: its target date, and the date and mid of the quote found."""

    target: dt.date
    date: dt.date | None
    mid: float | None


@dataclass(frozen=True)
class SnapshotRow:
    """One series' latest quote, its window bases and its 52-week range."""

    product: str
    market: str
    source: str
    latest_source: str
    unit: str
    observations: int
    date: dt.date
    low: float | None
    high: float | None
    mid: float
    basis: str
    origin: str
    document_publisher: str | None
    bases: dict[str, Base]
    high_52w: float
    high_52w_date: dt.date
    low_52w: float
    low_52w_date: dt.date


def _window_sql(name: str, target: str) -> str:
    key = name.replace("/", "_")
    cond = f"w.date <= {target}" if name != "d/d" else "w.date < c.e"
    return (
        f", any_value({target}) AS t_{key}, max(w.date) FILTER ({cond}) AS d_{key},"
        f" arg_max(w.mid, w.date) FILTER ({cond}) AS m_{key}"
    )


def snapshot_rows(
    store: Store, as_of: dt.date, market: str | None, oldest: dt.date | None
) -> list[SnapshotRow]:
    """The snapshot rows as of ``as_of``, ordered by market and product.

    One row per product and market whose latest quote is on or after ``oldest`` (None: any).
    """
    windows = "".join(_window_sql(n, t) for n, t in WINDOW_TARGETS.items())
    sql = f"""
    WITH recent AS NOT MATERIALIZED (
        SELECT product, market, source, unit, date, low, high, mid, basis, origin, fact_id,
               CASE WHEN origin = 'document' THEN 'reports' ELSE source END AS skey
        FROM observations
        WHERE date <= $as_of AND ($floor IS NULL OR date >= $floor)
          AND ($market IS NULL OR market = $market)
    ), counts AS (
        SELECT product, market, skey AS source, unit, count(*) AS n, max(date) AS e
        FROM recent GROUP BY ALL
    ), chosen AS (
        SELECT c.* FROM counts c
        LEFT JOIN source_preferences p ON p.product = c.product AND p.market = c.market
        QUALIFY row_number() OVER (
            PARTITION BY c.product, c.market
            ORDER BY coalesce(c.source = p.source, FALSE) DESC, c.n DESC, c.e DESC, c.source,
                     c.unit) = 1
    ), c AS (
        SELECT * FROM chosen WHERE $oldest IS NULL OR e >= $oldest
    )
    SELECT c.product, c.market, c.source, c.unit, c.n, c.e,
        any_value(w.low) FILTER (w.date = c.e), any_value(w.high) FILTER (w.date = c.e),
        any_value(w.mid) FILTER (w.date = c.e), any_value(w.basis) FILTER (w.date = c.e),
        any_value(w.origin) FILTER (w.date = c.e), any_value(w.fact_id) FILTER (w.date = c.e),
        max(coalesce(w.high, w.mid)) FILTER (w.date > c.e - 364),
        arg_min(w.date, (-coalesce(w.high, w.mid), w.date)) FILTER (w.date > c.e - 364),
        min(coalesce(w.low, w.mid)) FILTER (w.date > c.e - 364),
        arg_min(w.date, (coalesce(w.low, w.mid), w.date)) FILTER (w.date > c.e - 364)
        {windows}, any_value(w.source) FILTER (w.date = c.e)
    FROM c JOIN recent w
      ON w.product = c.product AND w.market = c.market AND w.skey = c.source
     AND w.unit = c.unit AND w.date <= c.e AND w.date >= c.e - {LOOKBACK_DAYS}
    GROUP BY c.product, c.market, c.source, c.unit, c.n, c.e
    ORDER BY c.market, c.product
    """
    floor = None if oldest is None else oldest - dt.timedelta(days=LOOKBACK_DAYS)
    params = {"as_of": as_of, "market": market, "oldest": oldest, "floor": floor}
    rows = store.conn.execute(sql, params).fetchall()
    publishers = _publishers(store, [r[11] for r in rows if r[11] is not None])
    out = []
    for r in rows:
        bases = {}
        for i, name in enumerate(WINDOW_TARGETS):
            t, d, m = r[16 + 3 * i : 19 + 3 * i]
            bases[name] = Base(t, d, None if m is None else float(m))
        out.append(
            SnapshotRow(
                product=str(r[0]),
                market=str(r[1]),
                source=str(r[2]),
                latest_source=str(r[31]),
                unit=str(r[3]),
                observations=int(r[4]),
                date=r[5],
                low=_f(r[6]),
                high=_f(r[7]),
                mid=float(r[8]),
                basis=str(r[9]),
                origin=str(r[10]),
                document_publisher=publishers.get(r[11]) if r[11] is not None else None,
                bases=bases,
                high_52w=float(r[12]),
                high_52w_date=r[13],
                low_52w=float(r[14]),
                low_52w_date=r[15],
            )
        )
    return out


def _f(value: object) -> float | None:
    return None if value is None else float(str(value))


def _publishers(store: Store, fact_ids: list[object]) -> dict[object, str]:
    """The publisher of the document each fact came from, where the document names one."""
    if not fact_ids:
        return {}
    rows = store.conn.execute(
        "SELECT f.id, d.publisher FROM facts f JOIN documents d ON d.id = f.document_id"
        " WHERE f.id IN (SELECT unnest(?)) AND d.publisher IS NOT NULL",
        [fact_ids],
    ).fetchall()
    return {r[0]: str(r[1]) for r in rows}


def latest_date(store: Store, today: dt.date) -> dt.date | None:
    """The latest observation date on or before ``today``, or None for no observations."""
    row = store.conn.execute(
        "SELECT max(date) FROM observations WHERE date <= ?", [today]
    ).fetchall()
    return row[0][0] if row and row[0][0] is not None else None
