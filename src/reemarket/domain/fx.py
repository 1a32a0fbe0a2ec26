"""Exchange rates: one convention everywhere.

A pair is written ``BASE/QUOTE`` and its rate is units of QUOTE per unit of BASE:
``USD/CNY 7.27`` means 7.27 yuan per US dollar. ``invert`` turns a rate round
(``CNY/USD`` 0.1376). A rate far outside the range a pair has traded in is refused,
so a rate typed the wrong way round (``7.2`` where USD per CNY was meant) cannot
silently give a price seven times too high or fifty times too low.
"""

from __future__ import annotations

from dataclasses import dataclass

from reemarket.domain.units import CURRENCIES
from reemarket.errors import InputError

#: Wide bounds of QUOTE per BASE that each pair has kept within since 1971 (monthly
#: averages: USD/CNY 1.5 to 8.7, USD/EUR 0.63 to 1.21, USD/AUD 0.67 to 2.07), widened.
PLAUSIBLE: dict[str, tuple[float, float]] = {
    "USD/CNY": (1.0, 15.0),
    "USD/EUR": (0.4, 2.0),
    "USD/AUD": (0.4, 3.0),
}


@dataclass(frozen=True)
class Pair:
    """A currency pair BASE/QUOTE; its rate is QUOTE per BASE."""

    base: str
    quote: str

    def __str__(self) -> str:
        """Return ``BASE/QUOTE``."""
        return f"{self.base}/{self.quote}"

    @property
    def inverse(self) -> Pair:
        """The pair the other way round."""
        return Pair(self.quote, self.base)

    def meaning(self) -> str:
        """What a rate of this pair measures, e.g. ``CNY per USD``."""
        return f"{self.quote} per {self.base}"


def parse_pair(text: str) -> Pair:
    """Read ``USD/CNY`` (or ``usdcny``, ``USD-CNY``) as a Pair; InputError if it is not one."""
    cleaned = text.strip().upper().replace("-", "/").replace(" ", "")
    if "/" not in cleaned and len(cleaned) == 6:
        cleaned = f"{cleaned[:3]}/{cleaned[3:]}"
    parts = cleaned.split("/")
    if len(parts) != 2 or not all(p in CURRENCIES for p in parts) or parts[0] == parts[1]:
        raise InputError(
            f"{text!r} is not a currency pair BASE/QUOTE of {', '.join(CURRENCIES)} (e.g. USD/CNY)"
        )
    return Pair(parts[0], parts[1])


def plausible_range(pair: Pair) -> tuple[float, float] | None:
    """The range a rate of ``pair`` must fall in, or None when no range is known."""
    known = PLAUSIBLE.get(str(pair))
    if known is not None:
        return known
    inverse = PLAUSIBLE.get(str(pair.inverse))
    if inverse is not None:
        return 1.0 / inverse[1], 1.0 / inverse[0]
    return None


def check_rate(pair: Pair, rate: float) -> float:
    """Return ``rate`` if it is positive and plausible for ``pair``; else InputError.

    The message says what the rate means and, when the inverse would be plausible, that
    the rate was probably given the other way round.
    """
    if not rate > 0:
        raise InputError(f"an FX rate must be positive, got {rate:g} for {pair}")
    bounds = plausible_range(pair)
    if bounds is None or bounds[0] <= rate <= bounds[1]:
        return rate
    hint = ""
    if bounds[0] <= 1.0 / rate <= bounds[1]:
        hint = (
            f"; it looks like {pair.inverse} ({pair.base} per {pair.quote}): use {1.0 / rate:.4g}"
        )
    raise InputError(
        f"FX rate {rate:g} for {pair} ({pair.meaning()}) is outside {bounds[0]:.4g}-"
        f"{bounds[1]:.4g}{hint}"
    )


def default_pair(a: str, b: str) -> Pair:
    """The pair a rate between currencies ``a`` and ``b`` is given in: the US dollar as base.

    Between two non-dollar currencies the first is the base.
    """
    if b == "USD":
        return Pair("USD", a)
    if a == "USD":
        return Pair("USD", b)
    return Pair(a, b)


def factor(pair: Pair, rate: float, source: str, target: str) -> float:
    """Units of ``target`` currency per unit of ``source`` currency, from a rate of ``pair``."""
    if (pair.base, pair.quote) == (source, target):
        return rate
    if (pair.base, pair.quote) == (target, source):
        return 1.0 / rate
    raise InputError(f"an FX rate for {pair} cannot convert {source} to {target}")
