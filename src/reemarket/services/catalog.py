"""Use cases about the product catalog and unit conversion."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field

from reemarket.domain.money import VatBasis, convert_price
from reemarket.domain.products import Product, catalog, product
from reemarket.domain.units import Dimension, convert, parse_unit
from reemarket.services.fx import FxUsed, conversion_factor, find_rate, given_rate
from reemarket.store.db import Store


class ProductInfo(BaseModel):
    """A product as the catalog describes it."""

    id: str = Field(description="Product id, as in the fact exchange format")
    name: str = Field(description="Catalog name")
    form: str = Field(description="oxide, metal, alloy, salt, feedstock, magnet, group or other")
    quote_unit: str = Field(description="Unit Chinese domestic reports usually quote it in")
    composition: dict[str, float] = Field(description="Mass fractions of compounds or elements")
    element_shares: dict[str, float] = Field(description="Mass fraction of each element")
    metal_share: float | None = Field(description="Mass fraction of rare-earth metal")
    names_en: list[str] = Field(description="English names in use")
    names_zh: list[str] = Field(description="Chinese names in use")


def product_info(p: Product) -> ProductInfo:
    """Describe one product."""
    return ProductInfo(
        id=p.id,
        name=p.name,
        form=str(p.form),
        quote_unit=p.quote_unit,
        composition=dict(p.composition),
        element_shares={k: round(v, 6) for k, v in p.element_shares.items()},
        metal_share=None if p.metal_share is None else round(p.metal_share, 6),
        names_en=list(p.names_en),
        names_zh=list(p.names_zh),
    )


def list_products(query: str | None = None, form: str | None = None) -> list[ProductInfo]:
    """List products, optionally only the one known by ``query`` or of one form."""
    if query:
        return [product_info(product(query))]
    return [product_info(p) for p in catalog() if form is None or p.form == form]


class Conversion(BaseModel):
    """The result of a unit, currency or VAT conversion, with what it assumed."""

    value: float = Field(description="The input value")
    source_unit: str = Field(description="Unit of the input")
    result: float = Field(description="The converted value")
    target_unit: str = Field(description="Unit of the result")
    fx: FxUsed | None = Field(description="The FX rate used (pair BASE/QUOTE, QUOTE per BASE)")
    source_basis: str | None = Field(description="VAT basis of the input")
    target_basis: str | None = Field(description="VAT basis of the result")


def convert_value(
    value: float,
    source: str,
    target: str,
    *,
    fx: float | None = None,
    fx_pair: str | None = None,
    on: dt.date | None = None,
    store: Store | None = None,
    source_basis: VatBasis | None = None,
    target_basis: VatBasis | None = None,
) -> Conversion:
    """Convert a value between units (prices also between currencies and VAT bases).

    A change of currency takes ``fx``, a rate of ``fx_pair`` (default: the US dollar as
    base, e.g. USD/CNY, CNY per USD), checked for plausibility; without ``fx`` the rate of
    the date ``on`` (default today) is looked up (stored, else bundled monthly average).
    """
    a, b = parse_unit(source), parse_unit(target)
    used: FxUsed | None = None
    if a.dimension is Dimension.PRICE and b.dimension is Dimension.PRICE:
        per = None
        if a.currency != b.currency and a.currency is not None and b.currency is not None:
            if fx is not None:
                used = given_rate(fx, a.currency, b.currency, fx_pair)
            else:
                used = find_rate(
                    store, on or dt.datetime.now(dt.UTC).date(), a.currency, b.currency
                )
            per = conversion_factor(used, a.currency, b.currency)
        result = convert_price(
            value, a, b, fx=per, source_basis=source_basis, target_basis=target_basis
        )
    else:
        result = convert(value, a, b)
    return Conversion(
        value=value,
        source_unit=a.code,
        result=result,
        target_unit=b.code,
        fx=used,
        source_basis=None if source_basis is None else str(source_basis),
        target_basis=None if target_basis is None else str(target_basis),
    )
