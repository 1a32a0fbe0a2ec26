"""A whole price series in another unit, currency or VAT basis.

Within a currency the conversion is an exact scaling. Across currencies each quote is
converted with the FX rate of its own date (:func:`reemarket.services.fx.find_rate`:
a stored daily rate, else the month's average), and across VAT bases with the Chinese
VAT rate in force on its date. What was used is returned with the series.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from reemarket.analytics.series import Observation, Series
from reemarket.domain.money import VatBasis, china_vat_on
from reemarket.domain.units import Dimension, parse_unit
from reemarket.errors import InputError, UnitError
from reemarket.services.fx import FxUsed, RateBook, conversion_factor
from reemarket.store.db import Store


def parse_basis(value: str | None) -> VatBasis | None:
    """The VAT basis named, or None; InputError for an unknown one."""
    if value is None or value == "":
        return None
    try:
        return VatBasis(value)
    except ValueError as exc:
        raise InputError(f"unknown VAT basis {value!r} (incl_vat or excl_vat)") from exc


def convert_series(
    store: Store, series: Series, unit: str | None, basis: VatBasis | None
) -> tuple[Series, list[FxUsed], list[float]]:
    """Return ``series`` in ``unit`` and ``basis`` (None: as it is), and the rates used.

    The rates are the distinct FX rates (in date order) and the distinct VAT rates.
    """
    target = parse_unit(unit) if unit else parse_unit(series.unit)
    if target.dimension is not Dimension.PRICE:
        raise UnitError(f"{target} is not a price unit (try CNY/t, CNY/kg or USD/kg)")
    stored = parse_unit(series.unit)
    if target.code == stored.code and basis is None:
        return series, [], []
    scale = stored.scale / target.scale
    rates: dict[tuple[str, dt.date], FxUsed] = {}
    book = (
        RateBook(store, stored.currency, target.currency)
        if stored.currency and target.currency and stored.currency != target.currency
        else None
    )
    vats: list[float] = []

    def one(o: Observation) -> Observation:
        factor = scale
        if book is not None:
            assert stored.currency is not None
            assert target.currency is not None
            fx = book.find(o.date)
            rates.setdefault((fx.pair, fx.date), fx)
            factor *= conversion_factor(fx, stored.currency, target.currency)
        out_basis = o.basis
        if basis is not None and basis.value != o.basis:
            vat = china_vat_on(o.date)
            if vat not in vats:
                vats.append(vat)
            factor *= 1.0 / (1.0 + vat) if basis is VatBasis.EXCL else 1.0 + vat
            out_basis = basis.value
        return replace(
            o,
            low=None if o.low is None else o.low * factor,
            high=None if o.high is None else o.high * factor,
            mid=o.mid * factor,
            unit=target.code,
            basis=out_basis,
        )

    converted = tuple(one(o) for o in series.observations)
    return replace(series, unit=target.code, observations=converted), list(rates.values()), vats
