"""A transparent first-order sensitivity of a company's revenue to product prices.

For each product whose price moves: volume (the company's latest reported sales of the
product, else its production, else a volume the user gives) times the price (the
company's latest listing price of the product, else the mean of the latest month of
Chinese spot quotes), with China's VAT taken out, times the move. Gross profit moves by
the same amount at first order: costs, volumes and the product mix are held fixed.
Every input names its source.
"""

from __future__ import annotations

import re
from datetime import date

from pydantic import BaseModel, Field

from reemarket.domain.companies import find_company
from reemarket.domain.money import china_vat_on
from reemarket.domain.products import catalog
from reemarket.domain.units import parse_unit
from reemarket.errors import InputError, UnitError
from reemarket.store import companies as company_store
from reemarket.store.db import Store

NOTE = (
    "First-order estimate: volumes, costs and product mix held fixed; the price move "
    "passes in full to the company's realised price, net of VAT. Gross profit moves by the "
    "revenue move. Not a forecast."
)


class Input(BaseModel):
    """One input with its source."""

    name: str = Field(description="What the input is")
    value: float = Field(description="Value")
    unit: str = Field(description="Unit")
    source: str = Field(description="Where it came from (document and fact, or 'given')")


class ProductMove(BaseModel):
    """The effect of one product's price move."""

    product: str = Field(description="Product id")
    move_pct: float = Field(description="Price move, percent")
    volume_t: float = Field(description="Volume, tonnes")
    price_per_t_excl_vat: float = Field(description="Price per tonne, VAT excluded")
    revenue_change: float = Field(description="Revenue change")
    gross_profit_change: float = Field(description="Gross profit change (first order)")
    inputs: list[Input] = Field(description="Inputs and their sources")


class Sensitivity(BaseModel):
    """The sensitivity of a company's revenue and gross profit to price moves."""

    company: str = Field(description="Company id")
    currency: str = Field(description="Currency of the changes")
    moves: list[ProductMove] = Field(description="Per product")
    revenue_change: float = Field(description="Total revenue change")
    gross_profit_change: float = Field(description="Total gross profit change")
    note: str = Field(description="What kind of estimate this is")


_MOVE = re.compile(r"^\s*([+-]?\d+(?:\.\d+)?)\s*%?\s*$")


def parse_move(text: str, field: str) -> float:
    """A price move like ``+10%`` or ``-5`` as a percentage.

    Raises:
        InputError: not a number with an optional sign and percent sign.

    """
    m = _MOVE.match(text)
    if m is None:
        raise InputError(f"{field}: {text!r} is not a move like +10% or -5%", field=field)
    return float(m.group(1))


def _volume(store: Store, entities: tuple[str, ...], product: str) -> Input | None:
    rows = company_store.company_facts(store, entities, ("production",))
    for metric in ("sales", "production"):
        found = [
            r
            for r in rows
            if r.subject == product and r.metric == metric and r.value_high is None and r.period
        ]
        if found:
            r = max(found, key=lambda x: (x.period_end or date.min, x.id))
            tonnes = r.value * parse_unit(r.unit).scale
            return Input(
                name=f"{metric} volume of {product} ({r.period})",
                value=tonnes,
                unit="t",
                source=f"{r.doc}, fact {r.id}: {r.sentence}",
            )
    return None


def _price(store: Store, entities: tuple[str, ...], product: str) -> tuple[Input, float, date]:
    """The price input, its value per tonne including VAT, and its date."""
    listing = [
        r
        for r in company_store.company_facts(store, entities, ("price",))
        if r.subject == product and r.metric == "price" and r.value_high is None and r.period_end
    ]
    if listing:
        r = max(listing, key=lambda x: (x.period_end or date.min, x.id))
        per_t = r.value * parse_unit(r.unit).scale
        day = r.period_start or date.min
        inp = Input(
            name=f"listing price of {product} ({r.period})",
            value=r.value,
            unit=r.unit,
            source=f"{r.doc}, fact {r.id}: {r.sentence}",
        )
        return inp, per_t, day
    months = company_store.market_months(store, product, ())
    if not months:
        raise InputError(
            f"no price of {product} stored: import a price sheet or ingest a report first",
            field="price",
        )
    month, mean, unit, n = months[-1]
    inp = Input(
        name=f"Chinese spot mean of {product} ({month:%Y-%m})",
        value=mean,
        unit=unit,
        source=f"mean of {n} stored quote(s) of market 'china' in {month:%Y-%m}",
    )
    return inp, mean * parse_unit(unit).scale, month


def _tonnes(text: str, product: str) -> float:
    m = re.match(r"^\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*$", text)
    if m is None:
        raise InputError(f"volume of {product}: {text!r} is not a quantity", field="volume")
    try:
        unit = parse_unit(m.group(2) or "t")
    except UnitError as exc:
        raise InputError(f"volume of {product}: {exc}", field="volume") from exc
    return float(m.group(1)) * unit.scale


def sensitivity(
    store: Store, name: str, moves: dict[str, float], volumes: dict[str, str] | None = None
) -> Sensitivity:
    """Revenue and gross-profit change of a company for price moves by product.

    Args:
        store: the database.
        name: company id, name, alias or ticker.
        moves: product name to price move in percent.
        volumes: product name to a volume such as ``5000 t`` (overrides reported ones).

    Raises:
        NotFoundError: unknown company.
        InputError: no move, an unknown product, or no volume or price for a product.

    """
    p = find_company(name)
    if not moves:
        raise InputError("no price move given", field="moves")
    given = {}
    for prod, text in (volumes or {}).items():
        pid = _product(prod)
        given[pid] = _tonnes(text, pid)
    out: list[ProductMove] = []
    for prod, pct in moves.items():
        pid = _product(prod)
        vol = (
            Input(name=f"volume of {pid}", value=given[pid], unit="t", source="given")
            if pid in given
            else _volume(store, p.entities, pid)
        )
        if vol is None:
            raise InputError(
                f"no reported sales or production volume of {pid} for {p.name}; give a volume",
                field="volume",
            )
        price_in, per_t, day = _price(store, p.entities, pid)
        vat = china_vat_on(day)
        net = per_t / (1 + vat)
        change = vol.value * net * pct / 100
        vat_in = Input(name="China VAT rate", value=vat * 100, unit="%", source="domain.money")
        out.append(
            ProductMove(
                product=pid,
                move_pct=pct,
                volume_t=vol.value,
                price_per_t_excl_vat=net,
                revenue_change=change,
                gross_profit_change=change,
                inputs=[vol, price_in, vat_in],
            )
        )
    total = sum(m.revenue_change for m in out)
    return Sensitivity(
        company=p.id,
        currency="CNY",
        moves=out,
        revenue_change=total,
        gross_profit_change=total,
        note=NOTE,
    )


def _product(name: str) -> str:
    found = catalog().find(name)
    if found is None:
        raise InputError(f"unknown product {name!r}", field="product")
    return found.id
