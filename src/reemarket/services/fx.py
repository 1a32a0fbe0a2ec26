"""Exchange rates as data: import a file of rates, and find the rate of a date.

The rate used for a date is, in order: a daily rate stored for that day (or up to
``DAILY_MAX_AGE`` days before, over a weekend or holiday); else the monthly average of
its month stored by an import; else the bundled monthly average (US Federal Reserve,
``data/fx/monthly_usd.csv``). Every answer says which it was.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from bisect import bisect_right
from functools import lru_cache
from importlib import resources
from pathlib import Path

from pydantic import BaseModel, Field

from reemarket.domain.fx import check_rate, default_pair, factor, parse_pair
from reemarket.errors import InputError, NotFoundError, ReemarketError
from reemarket.store.db import Store
from reemarket.store.fx import StoredRate, rates_of, upsert_rates

#: How many days before a date a stored daily rate may be and still stand for it.
DAILY_MAX_AGE = 5
BUNDLED_SOURCE = "US Federal Reserve (FRED) monthly average, bundled"
#: After the bundled figures end, the last month's average stands in for this many months.
BUNDLED_MAX_MONTHS_BACK = 12
_KINDS = ("daily", "monthly")


class FxUsed(BaseModel):
    """The exchange rate used for a conversion, and where it came from."""

    pair: str = Field(description="The pair BASE/QUOTE, e.g. USD/CNY.")
    rate: float = Field(description="QUOTE per BASE.")
    meaning: str = Field(description="What the rate measures, e.g. 'CNY per USD'.")
    date: dt.date = Field(description="Day of a daily rate, first day of the month of an average.")
    kind: str = Field(description="'daily', 'monthly' (an average), or 'given' by the caller.")
    source: str = Field(description="Where the rate came from.")


class FxImportResult(BaseModel):
    """What an FX import did."""

    file: str = Field(description="The file imported.")
    rows_read: int = Field(description="Rates read.")
    inserted: int = Field(description="New rates stored.")
    updated: int = Field(description="Stored rates whose value changed.")
    unchanged: int = Field(description="Rates already stored with the same value.")


def _parse_rows(path: Path, text: str) -> list[StoredRate]:
    reader = csv.DictReader(io.StringIO(text.replace("\r", "")))
    fields = {f.strip().lower() for f in reader.fieldnames or []}
    missing = {"date", "pair", "rate"} - fields
    if missing:
        raise InputError(
            f"{path}: missing column(s) {', '.join(sorted(missing))} (date, pair, rate)"
        )
    rows: list[StoredRate] = []
    for line, raw in enumerate(reader, start=2):
        rec = {k.strip().lower(): (v or "").strip() for k, v in raw.items() if k}
        try:
            day = dt.date.fromisoformat(rec["date"])
            pair = parse_pair(rec["pair"])
            rate = check_rate(pair, float(rec["rate"]))
        except (ValueError, ReemarketError) as exc:
            raise InputError(f"{path}: line {line}: {exc}") from exc
        kind = rec.get("kind") or "daily"
        if kind not in _KINDS:
            raise InputError(f"{path}: line {line}: kind {kind!r} is not daily or monthly")
        if kind == "monthly":
            day = day.replace(day=1)
        rows.append(StoredRate(day, str(pair), rate, kind, path.name))
    if not rows:
        raise InputError(f"{path}: no rates found")
    return rows


def import_fx(store: Store, path: Path) -> FxImportResult:
    """Import a CSV of rates (columns date, pair, rate, optionally kind daily|monthly).

    Every row is checked first (a date, a pair of known currencies, a plausible rate);
    any bad row rejects the whole file, naming its line. One transaction; idempotent.
    """
    if not path.is_file():
        raise NotFoundError(f"{path}: no such file")
    try:
        text = path.read_text("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not a UTF-8 text file") from exc
    rows = _parse_rows(path, text)
    with store.transaction() as tx:
        inserted, updated = upsert_rates(tx, rows)
    return FxImportResult(file=str(path), rows_read=len(rows), inserted=inserted, updated=updated,
                          unchanged=len(rows) - inserted - updated)  # fmt: skip


@lru_cache(maxsize=1)
def bundled_rates() -> dict[tuple[str, dt.date], float]:
    """The bundled monthly averages by (pair, first day of the month)."""
    text = resources.files("reemarket.data").joinpath("fx/monthly_usd.csv").read_text("utf-8")
    lines = [ln for ln in text.splitlines() if ln and not ln.startswith("#")]
    out: dict[tuple[str, dt.date], float] = {}
    for rec in csv.DictReader(lines):
        out[(rec["pair"], dt.date.fromisoformat(rec["date"]))] = float(rec["rate"])
    return out


def _used(found: StoredRate) -> FxUsed:
    used = parse_pair(found.pair)
    return FxUsed(pair=found.pair, rate=found.rate, meaning=used.meaning(), date=found.date,
                  kind=found.kind, source=found.source)  # fmt: skip


class RateBook:
    """The rates of one currency pair, read once: stored daily and monthly, then bundled."""

    def __init__(self, store: Store | None, source: str, target: str) -> None:
        """Read the stored rates converting ``source`` into ``target`` currency."""
        self.pair = default_pair(source, target)
        self.spellings = (str(self.pair), str(self.pair.inverse))
        stored = rates_of(store, self.spellings) if store is not None else []
        self.daily = [r for r in stored if r.kind == "daily"]
        self.daily_dates = [r.date for r in self.daily]
        self.monthly = {r.date: r for r in stored if r.kind == "monthly"}
        self._memo: dict[dt.date, FxUsed] = {}

    def find(self, day: dt.date) -> FxUsed:
        """The rate for ``day`` (see the module)."""
        found = self._memo.get(day)
        if found is None:
            found = self._memo[day] = self._find(day)
        return found

    def _find(self, day: dt.date) -> FxUsed:
        i = bisect_right(self.daily_dates, day)
        if i and (day - self.daily_dates[i - 1]).days <= DAILY_MAX_AGE:
            return _used(self.daily[i - 1])
        month = day.replace(day=1)
        if month in self.monthly:
            return _used(self.monthly[month])
        bundled = bundled_rates()
        for back in range(BUNDLED_MAX_MONTHS_BACK + 1):
            first = _months_before(month, back)
            for spelling in self.spellings:
                rate = bundled.get((spelling, first))
                if rate is not None:
                    used = parse_pair(spelling)
                    note = "" if back == 0 else f" (latest month available for {month:%Y-%m})"
                    return FxUsed(pair=spelling, rate=rate, meaning=used.meaning(), date=first,
                                  kind="monthly", source=BUNDLED_SOURCE + note)  # fmt: skip
        raise NotFoundError(
            f"no {self.pair} rate for {day}: none stored (import one with an FX file) and the"
            f" bundled monthly averages do not cover {month:%Y-%m}"
        )


def find_rate(store: Store | None, day: dt.date, source: str, target: str) -> FxUsed:
    """The rate to convert ``source`` currency into ``target`` on ``day`` (see the module)."""
    return RateBook(store, source, target).find(day)


def _months_before(month: dt.date, n: int) -> dt.date:
    index = month.year * 12 + month.month - 1 - n
    return dt.date(index // 12, index % 12 + 1, 1)


def conversion_factor(used: FxUsed, source: str, target: str) -> float:
    """Units of ``target`` currency per unit of ``source`` currency under ``used``."""
    return factor(parse_pair(used.pair), used.rate, source, target)


def given_rate(rate: float, source: str, target: str, pair: str | None = None) -> FxUsed:
    """A rate given by the caller, checked for plausibility, as an FxUsed.

    ``pair`` says what it measures (default: with the US dollar as base, e.g. USD/CNY).
    """
    chosen = parse_pair(pair) if pair else default_pair(source, target)
    if {chosen.base, chosen.quote} != {source, target}:
        raise InputError(f"an FX rate for {chosen} cannot convert {source} to {target}")
    check_rate(chosen, rate)
    return FxUsed(pair=str(chosen), rate=rate, meaning=chosen.meaning(), date=dt.datetime.now(dt.UTC).date(),
                  kind="given", source="given")  # fmt: skip
