"""The product catalog: forms, element make-up, quoting units and every name in use.

The catalog is read from ``data/products.toml``. Lookup accepts any English or
Chinese name, ignoring case, spaces and punctuation (``"NdPr oxide"``,
``"pr-nd OXIDE"`` and ``"氧化镨钕"`` all give ``prnd_oxide``).
"""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache, cached_property
from importlib import resources
from types import MappingProxyType

from reemarket.domain.chemistry import RARE_EARTHS, mixture_element_shares
from reemarket.errors import InputError, UnknownNameError


class Form(StrEnum):
    """The physical form of a product."""

    OXIDE = "oxide"
    METAL = "metal"
    ALLOY = "alloy"
    SALT = "salt"
    FEEDSTOCK = "feedstock"
    MAGNET = "magnet"
    GROUP = "group"
    OTHER = "other"


@dataclass(frozen=True)
class Product:
    """One product of the rare-earth market."""

    id: str
    name: str
    form: Form
    quote_unit: str
    composition: Mapping[str, float] = field(default_factory=dict)
    names_en: tuple[str, ...] = ()
    names_zh: tuple[str, ...] = ()

    @cached_property
    def element_shares(self) -> Mapping[str, float]:
        """Mass fraction of each element, from the composition and atomic weights."""
        return MappingProxyType(mixture_element_shares(self.composition))

    @property
    def elements(self) -> tuple[str, ...]:
        """The rare-earth elements the product contains, largest share first."""
        shares = self.element_shares
        return tuple(sorted((s for s in shares if s in RARE_EARTHS), key=lambda s: -shares[s]))

    @property
    def metal_share(self) -> float | None:
        """Mass fraction of rare-earth metal (None where the make-up is not defined)."""
        if not self.composition:
            return None
        return sum(v for s, v in self.element_shares.items() if s in RARE_EARTHS)

    @property
    def names(self) -> tuple[str, ...]:
        """Every name of the product: id, catalog name, English and Chinese names."""
        return (self.id, self.name, *self.names_en, *self.names_zh)


def name_key(name: str) -> str:
    """Normalise a name for lookup: lower case, no spaces or punctuation."""
    return re.sub(r"[\W_]+", "", name.casefold())


class Catalog:
    """All products, indexed by id and by every normalised name."""

    def __init__(self, products: list[Product]) -> None:
        self._by_id = {p.id: p for p in products}
        self._by_key: dict[str, Product] = {}
        for product in products:
            for name in product.names:
                for key in (name_key(name), name_key(name) + "s"):
                    self._by_key.setdefault(key, product)

    def __iter__(self) -> Iterator[Product]:
        """Iterate over products in catalog order."""
        return iter(self._by_id.values())

    def __len__(self) -> int:
        """Number of products."""
        return len(self._by_id)

    def find(self, name: str) -> Product | None:
        """Return the product known by ``name``, or None."""
        return self._by_id.get(name) or self._by_key.get(name_key(name))

    def lookup(self, name: str) -> Product:
        """Return the product known by ``name``; raise UnknownNameError with suggestions."""
        found = self.find(name)
        if found is None:
            close = difflib.get_close_matches(name_key(name), list(self._by_key), n=3)
            hint = ", ".join(sorted({self._by_key[k].id for k in close}))
            raise UnknownNameError(
                f"unknown product {name!r}" + (f" (did you mean: {hint}?)" if hint else "")
            )
        return found

    def names(self) -> dict[str, str]:
        """Map every normalised name to its product id (for extractors' lexicons)."""
        return {k: p.id for k, p in self._by_key.items()}


def _product(entry: Mapping[str, object]) -> Product:
    try:
        composition = entry.get("composition", {})
        assert isinstance(composition, dict)
        return Product(
            id=str(entry["id"]),
            name=str(entry["name"]),
            form=Form(str(entry["form"])),
            quote_unit=str(entry["quote_unit"]),
            composition=MappingProxyType({str(k): float(v) for k, v in composition.items()}),
            names_en=tuple(str(n) for n in entry.get("names_en", []) or []),  # type: ignore[attr-defined]
            names_zh=tuple(str(n) for n in entry.get("names_zh", []) or []),  # type: ignore[attr-defined]
        )
    except (KeyError, ValueError, AssertionError) as exc:
        raise InputError(f"products.toml: bad entry {entry.get('id')!r}: {exc}") from exc


@cache
def catalog() -> Catalog:
    """Return the bundled product catalog."""
    raw = resources.files("reemarket.data").joinpath("products.toml").read_text("utf-8")
    return Catalog([_product(e) for e in tomllib.loads(raw)["product"]])


def product(name: str) -> Product:
    """Return the product known by any of its names."""
    return catalog().lookup(name)


def oxide_per_metal(metal: Product, oxide: Product) -> float:
    """Tonnes of ``oxide`` holding the rare-earth metal of one tonne of ``metal``."""
    if metal.metal_share is None or oxide.metal_share is None:
        raise InputError(f"{metal.id} or {oxide.id} has no defined element make-up")
    return metal.metal_share / oxide.metal_share
