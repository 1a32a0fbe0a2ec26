"""The price unit a bare figure is read in when the sentence does not write it after it.

From a table header (:func:`table_unit`), an assessment's name, a level or move beside it,
the lead of an inline list, a table row of the document or a scope note.
"""

from __future__ import annotations

import re

from reemarket.domain.products import catalog
from reemarket.ingest.annotate import SentenceView
from reemarket.ingest.extractors import prices
from reemarket.ingest.extractors.state import DocState
from reemarket.ingest.numbers import PRICE_UNIT, Quantity, price_unit_code


def table_unit(line: str) -> str | None:
    """The price unit a table header names ("| Product | Price (yuan/mt) | Change |")."""
    m = PRICE_UNIT.search(line)
    return price_unit_code(m) if m is not None else None


def unit_spec(view: SentenceView, q: Quantity) -> str | None:
    """A unit named before bare numbers, as assessment names do ("..., yuan/tonne, was 450,000")."""
    found = None
    for m in PRICE_UNIT.finditer(view.text, 0, q.start):
        found = m
    if found is None or view.products == []:
        return None
    return price_unit_code(found)


#: A bare base right after a quoted level: "RMB383.5k-391.9k/t, down from 396.6k-405.2k"
#: (its market and day may come between: "$62.40/kg FOB China on Friday, up from 61.10").
_FROM_BASE = re.compile(
    r"(?:\s+(?:fob|cif|ddp|exw)\s+\w+)?(?:\s+on\s+\w+(?:\s+\w+)?)?"
    r"[,;]?\s*(?:(?:up|down|higher|lower|off)\s+)?from\s+$",
    re.I,
)


def base_unit(view: SentenceView, q: Quantity) -> str | None:
    """The unit of the quote a bare base follows ("X/t, down from Y a week earlier").

    The level must be the figure just before the base, read in a price unit, and the base
    of the same size (half to twice the level).
    """
    before = [o for o in view.qtys if o.end <= q.start]
    if not before or before[-1].dimension != "price" or not q.value:
        return None
    level = before[-1]
    if not _FROM_BASE.fullmatch(view.text, level.end, q.start):
        return None
    if not 0.5 <= level.value / q.value <= 2:
        return None
    return level.unit


#: A lead naming the unit of an inline list of quotes: "Prices per tonne:", "Prices in yuan
#: per kg:", "Per-tonne prices (yuan):".
_LEAD_UNIT = re.compile(
    r"\s*(?:[\w-]+\s+){0,2}?(?:prices?|quotes?|quotations?|assessments?)\s+(?:are\s+)?"
    r"(?:in\s+(?P<cur1>yuan|rmb|cny|usd|us\s+dollars|dollars|euros?)\s+)?"
    r"(?:per|/|a)\s*(?P<mass>tonne|ton|mt|t|kg|kilogram)\b"
    r"(?:\s*\(\s*(?P<cur2>yuan|rmb|cny|usd|us\s+dollars|dollars|euros?)\s*\))?\s*:",
    re.I,
)
_LEAD_CUR = {"yuan": "CNY", "rmb": "CNY", "cny": "CNY", "usd": "USD", "euro": "EUR"}


def lead_unit(view: SentenceView, q: Quantity, st: DocState) -> str | None:
    """The unit a sentence's lead gives the bare quotes of its inline list.

    "Prices per tonne: terbium oxide 7,050,000-7,150,000 (+20,000); erbium oxide ...": per
    tonne, in the currency the lead names, else in that of the document's last price.
    """
    m = _LEAD_UNIT.match(view.text)
    if m is None or m.end() > q.start or not view.products:
        return None
    named = (m.group("cur1") or m.group("cur2") or "").lower()
    cur = _LEAD_CUR.get(named.rstrip("s"), "USD" if "dollar" in named else None)
    cur = cur or st.last_price_currency
    if cur is None:
        return None
    return f"{cur}/{'kg' if m.group('mass').lower().startswith('k') else 't'}"


def table_row_unit(view: SentenceView, q: Quantity, st: DocState, tag: str | None) -> str | None:
    """The unit a price table of the document gave the product a bare average is told of.

    "October's average was 97.29 for neodymium oxide" in a note under a table quoting it at
    96.72 USD/kg: that unit, when the figure is of the same size (half to twice the table's).
    Only averages: a note's bare levels are a caption's base levels or bounds ("below 370").
    """
    if tag != "average" or not st.table_levels or not q.value:
        return None
    prod = prices.price_product(view, q, st)
    row = st.table_levels.get(prod.id) if prod is not None else None
    if row is None or not 0.5 <= row[1] / q.value <= 2:
        return None
    return row[0]


#: Between a bare move and the level it went to: "eased 1k to 545k-550k yuan/t".
_TO_LEVEL_GAP = re.compile(r"\s+to\s+(?:about\s+|around\s+)?")


def level_after_unit(view: SentenceView, q: Quantity) -> str | None:
    """The price unit of the level a bare move went to, right after it ("rose 500 to X yuan/t")."""
    if not view.products:
        return None
    for o in view.qtys:
        if o.start >= q.end:
            if o.dimension == "price" and _TO_LEVEL_GAP.fullmatch(view.text, q.end, o.start):
                found = PRICE_UNIT.search(view.text, o.start, o.end + 12)
                return price_unit_code(found) if found is not None else None
            return None
    return None


def scope_unit(view: SentenceView, q: Quantity, st: DocState) -> str | None:
    """A scope note's unit for a bare figure, when its goods are quoted per that mass.

    "China spot, RMB/t ..." over "Nd2O3 412.5-418.5k" gives yuan a tonne; a dysprosium
    oxide quoted per kg elsewhere in the text stays unread rather than a tonne's price.
    """
    if st.scope_unit is None:
        return None
    prod = view.nearest_before(view.products, q.start)
    found = catalog().find(prod.id) if prod is not None else None
    if found is None or not found.quote_unit:
        return None
    mass = found.quote_unit.split("/")[-1]
    return st.scope_unit if st.scope_unit.split("/")[-1] == mass else None


#: Between a move in a price unit and the bare level it went to: "fell CNY 14,000/t at both
#: ends to 366,300-374,300", "shed $2/kg to 61.5".
_MOVE_TO_LEVEL_GAP = re.compile(
    r"\s*(?:at\s+both\s+ends|(?:on|over|in)\s+the\s+(?:day|week|month|session))?\s*,?\s*"
    r"to\s+(?:about\s+|around\s+)?",
    re.I,
)


def move_unit(view: SentenceView, q: Quantity) -> str | None:
    """The price unit of the move a bare level follows ("fell CNY 14,000/t to 366,300")."""
    if not view.products:
        return None
    before = [o for o in view.qtys if o.end <= q.start]
    if not before or before[-1].dimension != "price" or "/" not in before[-1].unit:
        return None
    move = before[-1]
    if not _MOVE_TO_LEVEL_GAP.fullmatch(view.text, move.end, q.start) or q.value < abs(move.value):
        return None
    return move.unit
