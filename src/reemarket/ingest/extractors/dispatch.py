"""The dispatcher: a figure, its dimension and its measure keyword sent to its fact family.

:func:`dispatch_figure` picks the family (prices, financial, valuation, trade, production,
capacity, quota, demand, forecast, price changes); the guards beside it keep a company's
sums, per-item amounts, lots, shares and exchange rates out of the wrong family.
"""

from __future__ import annotations

import re

from reemarket.domain.periods import Granularity
from reemarket.ingest import trace, vocab
from reemarket.ingest.annotate import SentenceView
from reemarket.ingest.extractors import (
    capacity,
    demand,
    financial,
    forecast,
    price_changes,
    prices,
    production,
    quota,
    trade,
    valuation,
)
from reemarket.ingest.extractors.comparison import cmp_of
from reemarket.ingest.extractors.date_binding import bind_period
from reemarket.ingest.extractors.price_units import (
    base_unit,
    lead_unit,
    level_after_unit,
    move_unit,
    scope_unit,
    table_row_unit,
    unit_spec,
)
from reemarket.ingest.extractors.state import DocState, Draft
from reemarket.ingest.extractors.subjects import subject_before
from reemarket.ingest.numbers import Quantity

FIN = set(financial.METRICS)
_VAL = set(valuation.METRICS)


#: A share's year-long extremes: "52-week high", "52 week low".
_WEEKS_52 = re.compile(r"\b52[\s-]week\b", re.I)

#: A compound growth rate named right after its percent: "a 5.1% CAGR".
_CAGR_AFTER = re.compile(r"\s*(?:CAGR|compound(?:ed)?\s+annual)\b", re.I)


def _company_shipment(view: SentenceView, q: Quantity) -> bool:
    """A company's shipments are its sales ("Lynas shipped 3,200 t"), not customs exports."""
    t = view.tag_before(q.start)
    if t is None or (
        not view.low.startswith("shipped", t.start)
        and not view.low.startswith("shipments", t.start)
    ):
        return False
    named = view.nearest_before(view.companies, t.start)
    return named is not None and "export" not in view.low


#: An amount per item after the figure: "3.5 kg each", "2 kg per vehicle", "600kg a turbine".
_PER_ITEM_AFTER = re.compile(
    r"\s*(?:of\s+[\w-]+(?:\s+[\w-]+)?\s+)?(?:each(?!\s+(?:year|month|week|day|quarter|half|annum)\b)|apiece|a\s+piece|(?:per|a|an|for\s+each|in\s+each)"
    r"\s+(?:[\w-]+\s+){0,2}?(?:vehicles?|cars?|units?|motors?|turbines?|robots?|evs?|nevs?|"
    r"megawatts?|mw|gw|phones?|devices?|households?|persons?|capita|head|machines?|"
    r"generators?|drives?)\b)",
    re.I,
)
#: The same named before it: "each traction motor uses 2-3kg", "a turbine needs up to 600kg".
_PER_ITEM_BEFORE = re.compile(
    r"\b(?:each|every|per|an?|one)\s+(?:[\w-]+\s+){0,3}?(?:uses?|needs?|requires?|contains?|"
    r"takes?|consumes?|holds?|carries?)\s+(?:about\s+|around\s+|roughly\s+|up\s+to\s+|"
    r"some\s+)?$",
    re.I,
)
#: A size before the thing it sizes: "a 1MW direct-drive turbine", "a 2,000 t/yr plant"
#: is a capacity only for a plant, so only power is read so here.
_SIZED_ITEM = re.compile(r"\b(?:an?|one|each|every)\s+$", re.I)
_ITEM_NOUN = re.compile(
    r"\s*[\w-]*\s*(?:[\w-]+\s+)?(?:turbines?|motors?|generators?|units?)\b", re.I
)


#: The smallest (largest) lot of an offer or a sheet: "min. 1 MT", "minimum lot 100 kg".
_LOT_SIZE = re.compile(
    r"\b(?:min(?:imum)?|max(?:imum)?)\.?\s+(?:(?:lot|order|quantity|size)\s+(?:of\s+)?)?$", re.I
)


def _per_unit(view: SentenceView, q: Quantity) -> bool:
    """Whether a mass or power figure is an amount per item, not a total."""
    if _PER_ITEM_AFTER.match(view.text, q.end) or _PER_ITEM_BEFORE.search(
        view.text, max(0, q.start - 60), q.start
    ):
        return True
    return (
        q.dimension == "power"
        and _SIZED_ITEM.search(view.text, max(0, q.start - 8), q.start) is not None
        and _ITEM_NOUN.match(view.text, q.end) is not None
    )


def _company_money(view: SentenceView, q: Quantity, st: DocState) -> bool:
    """A sum of money a company's "sales" came to: its revenue, not a price or a volume."""
    if any(p.start < q.start for p in view.products) and not view.companies:
        return False  # "NdPr sales of $40 million": one product's takings, not the company's
    if view.companies:
        return True
    # no company in the sentence: the document's company, when the sentence names a results
    # period ("in the April-June quarter", "for the first half") or names no product at all
    # ("... net loss widened. Sales climbed 84% to $57.4 million.")
    if st.main_company is None:
        return False
    if not view.products and not view.sectors:
        return True  # not "Sales to the auto sector rose to ...": one segment's takings
    return any(
        d.period is not None and d.period.granularity is not Granularity.DAY and not d.is_ref
        for d in view.dates
    )


def _sales_in_money(view: SentenceView, q: Quantity, st: DocState) -> bool:
    """A change of "sales" whose clause also gives the sum they came to, in a company's money."""
    lo, hi = view.clause_of(q.start)
    return any(
        p.dimension == "money" and lo <= p.start < hi and _company_money(view, p, st)
        for p in view.qtys
    )


_QUOTA_SET = re.compile(
    r"\bquotas?\b[^.;]{0,60}?\b(?:sett?(?:ing|s)?|fix(?:es|ed|ing)?|allocat\w*)\b"
)


def _quota_setting(view: SentenceView, q: Quantity) -> bool:
    """A quota notice naming the output it allows ("quotas, allowing 95,000 t of mining output")."""
    if not view.quota_types or "quota" not in view.low:
        return False
    return bool(_QUOTA_SET.search(view.low, 0, q.start))


_SHARE_AFTER = re.compile(r"\s*(?:market\s+)?(?:share|penetration)\b")
#: "took 41% of new vehicle sales": a share of the market's sales
_SHARE_OF_SALES = re.compile(
    r"\s+of\s+(?:all\s+|total\s+|the\s+)?(?:new[\s-]+)?(?:vehicle|car|auto(?:mobile)?)s?\s+sales\b"
)


#: A bare number counting something ("25 days", "12 new plants", "30 lots"): a word after it
#: that is none of the words a bare price is followed by ("111.25, vs 98.29 last Friday",
#: "880 (one lot) on Wednesday", "270-280, unchanged", "up 20 at both ends").
COUNTED = re.compile(
    r"\s*(?!(?:up|down|vs|versus|from|against|unch(?:anged)?|nc|flat|steady|higher|lower|to|and|or|in"
    r"|on|at|last|this|a|an|the|w/w|d/d|m/m|wow|dod|mom|yoy|y/y|per|each|both|since|before"
    r"|after|with|for|by|over)\b)[A-Za-z]",
    re.I,
)


def _in_ratio(text: str, start: int, end: int) -> bool:
    """Whether a bare number is one side of a ratio ("oxide (75/25)", "Pr:Nd 25:75")."""
    return bool(
        re.match(r"[/:]\d", text[end : end + 2])
        or re.search(r"\d[/:]$", text[max(0, start - 2) : start])
    )


#: Letters glued to a bare number ("38UH", "45SH", "52M"): a grade code.
_GRADE_CODE = re.compile(r"[A-Za-z]")


def _own_share(view: SentenceView, q: Quantity) -> bool:
    """Whether a share stands in a clause of its own after a move.

    "sales rose 24% y/y, lifting the share to 49%": the comparison word is the move's.
    """
    a, _b = view.clause_of(q.start)
    near = [t for t in view.tags if a <= t.start < q.start]
    return bool(near) and near[-1].id == "share" and not _CMP_WORDS.search(view.low, a, q.end + 12)


_CMP_WORDS = re.compile(
    r"y/y|yoy|year[- ]on[- ]year|m/m|mom\b|month[- ]on[- ]month|on the year|a year"
)


def _consumption_move(view: SentenceView, q: Quantity) -> bool:
    """Whether a percent moves a consumption named before it ("demand for X ..., down 5%").

    A product after the consumption word and its object ("Strong demand for magnets lifted
    Pr-Nd oxide 2%") is the subject of the move, which is then no consumption's.
    """
    t = view.tag_before(q.start) or view.tag_before(q.start, within_clause=False)
    if t is None or t.id != "consumption":
        return False
    return not any(t.end + 12 < p.start < q.start for p in view.products)


#: What ends a share's reach before a later percent: another clause's own subject.
_SHARE_BREAK = re.compile(
    r";|\b(?:while|whereas|but|and\s+(?:its|their|the)\s+\w+\s+(?:rose|fell))\b"
)


def _supply_share(view: SentenceView, q: Quantity) -> bool:
    """Whether a percent is a share of a market's supply, output or trade, or a move of one.

    "China's share of global mined supply fell to 60% in 2024 from 70%", "Myanmar accounted
    for 8% of world supply, down from 10%": no product's output, price or trade changed.
    """
    shares = [t for t in view.tags if t.id == "share" and t.end <= q.start]
    if not shares:
        return False
    t = shares[-1]
    if _SHARE_BREAK.search(view.low, t.end, q.start):
        return False
    return not any(
        t.end <= o.start < q.start
        and o.dimension != "percent"
        and not _POINTS.match(view.text, o.end)  # "dropped 10 percentage points to 60%"
        for o in view.qtys
    )


_POINTS = re.compile(r"\s*(?:percentage\s+points?|pct\s+points?|points?|pp|ppt)\b", re.I)


#: A level a period closed at, with no product named ("it closed the quarter at X yuan"):
#: the last price's, not a share's close.
_CLOSED_SPAN_AT = re.compile(
    # the verb in any form, from en.toml ("[direction] span_close"): "to finish the month at X"
    r"\b(?:" + vocab.alternation("direction", "span_close") + r")\s+"
    r"(?:the\s+(?:(?:first|second|third|fourth|last|final)\s+)?(?:quarter|month|year|half|week"
    r"|session|period)|january|february|march|april|may|june|july|august|september|october"
    r"|november|december)\s+at\b"
)


def dispatch_figure(
    view: SentenceView, q: Quantity, st: DocState, tag: str | None
) -> list[Draft] | None:
    """The drafts of figure ``q`` told of measure ``tag``, from the family they send it to.

    None when no family reads it (a veto is recorded in the trace where one applies).
    """
    dim = q.dimension
    if dim == "price":
        return prices.extract(view, q, st, tag)
    if dim == "money":
        if tag in ("imports", "exports") and trade.customs_value(view, q):
            return trade.extract(view, q, st, tag, None)  # "imports fell 22% to $187.6 million"
        if tag == "sales" and _company_money(view, q, st):
            tag = "revenue"  # "Sales rose to $57.4 million": a company's sales in money
        if tag in FIN:
            return financial.extract(view, q, st, tag or "", None)
        if tag in _VAL and not (
            tag in ("close", "high52", "low52")
            and not view.companies
            and (
                view.products
                or _CLOSED_SPAN_AT.search(view.low) is not None
                # "Its June average came to 18,500 yuan/t, and the closing range of
                # 525,000-530,000 yuan ...": a quote beside a per-tonne price
                or any(o.dimension == "price" for o in view.qtys)
            )
            and not (tag != "close" and _WEEKS_52.search(view.text))
        ):
            return valuation.extract(view, q, st, tag or "")
        if tag in ("high52", "low52"):
            tag = "price"  # "between a high of $81.20 on March 6 and a low of ...": the day's quote
        if _FX_RATE.match(view.text, q.end):
            trace.veto("conversion", (q.start, q.end), "price")
            return None  # "at 7.21 yuan/$": the exchange rate a conversion used, no price
        return prices.extract(view, q, st, tag)  # "closed at $2.35/kg, 5 cents lower": a price
    if dim in ("bare", "multiple"):
        if tag == "pe":
            return valuation.extract(view, q, st, "pe")
        note_unit = (
            (st.basis_unit or scope_unit(view, q, st))
            if COUNTED.match(view.text, q.end) is None
            else None
        )
        spec = (
            unit_spec(view, q)
            or base_unit(view, q)
            or lead_unit(view, q, st)
            or level_after_unit(view, q)
            or table_row_unit(view, q, st, tag)
            or move_unit(view, q)
            or (
                (st.table_unit or st.section_unit or note_unit)
                if (view.products or prices.opens_on_average(view))
                and not _in_ratio(view.text, q.start, q.end)
                # "(20 assessments)", "3 sellers": a count under the heading, no price
                and (st.table_unit is not None or COUNTED.match(view.text, q.end) is None)
                else None
            )
        )
        if dim == "bare" and _GRADE_CODE.match(view.text, q.end):
            trace.veto("grade", (q.start, q.end), "price")
            return None  # "for 45SH grade", "N52M": a magnet grade code, not a figure
        if spec is not None:
            return prices.extract(view, q._replace(unit=spec), st, tag)
        return None
    if dim in ("power", "mass", "mass_rate") and _per_unit(view, q):
        trace.veto("per_unit", (q.start, q.end), "-")
        return None  # "about 3.5 kg each", "2-3kg of NdFeB per motor", "a 1MW turbine"
    if dim == "mass" and _LOT_SIZE.search(view.text, max(0, q.start - 25), q.start):
        trace.veto("threshold", (q.start, q.end), "-")
        return None  # "(USD, min. 1 MT, valid 3 days)": an offer's smallest lot, no volume
    if dim in ("mass", "mass_rate") and tag == "consumption":
        trace.veto("consumption", (q.start, q.end), "-")
        return None  # "US magnet consumption of 40,000 t": a use, not capacity nor imports
    if dim == "power":
        return demand.extract(view, q, st, "installed", None)
    if dim in ("mass", "mass_rate"):
        if tag == "quota" or (tag == "production" and _quota_setting(view, q)):
            return quota.extract(view, q, st, None)
        if (
            tag is None
            and st.about_quotas
            and (
                quota.type_after(view, q)
                or quota.paired_type(view, q)
                or quota.type_subject(view, q)
            )
        ):
            # "this year's totals to 270,000 t for mining and 254,000 t for separation"
            return quota.extract(view, q, st, None)
        if tag is None and st.about_quotas and view.quota_types and quota.allotted(view, q, st):
            # "For smelting and separation, X got 68,665 t and Y 46,335 t"
            return quota.extract(view, q, st, None)
        if (
            tag in ("capacity", "installed")
            or (dim == "mass_rate" and tag != "volume")
            or (tag in (None, "production") and capacity.designed(view, q))
            or (tag in (None, "production") and capacity.sized_plant(view, q))
        ):
            return capacity.extract(view, q, st)
        if tag == "exports" and _company_shipment(view, q):
            return production.extract(view, q, st, "sales", None)
        if tag in ("imports", "exports", "volume"):
            return trade.extract(view, q, st, tag, None)
        if tag in ("production", "sales"):
            return production.extract(view, q, st, tag, None)
        return None
    if dim == "percent":
        anchor, _ = bind_period(view, q, st, price=False)
        cmp = cmp_of(view, q, anchor)
        if tag == "cagr" or forecast.is_annual_rate(view, q):
            found = forecast.extract(view, q, st)
            if found or tag == "cagr":
                return found
        if tag == "consumption" and _CAGR_AFTER.match(view.text, q.end):
            return forecast.extract(view, q, st)  # "Demand for X ... at a 5.1% CAGR"
        if tag == "consumption":
            if _consumption_move(view, q):
                trace.veto("consumption", (q.start, q.end), "-")
                return None  # "Japan's demand for NdPr oxide ..., down 5% y/y": not a price
            tag = None  # "... on firm demand for magnets": the cause of a move, after it
        if tag == "sales" and _sales_in_money(view, q, st):
            tag = "revenue"  # "Sales climbed 84% to $57.4 million": the revenue's change
        if tag in FIN:
            return financial.extract(view, q, st, tag or "", cmp)
        if tag == "market_cap":
            return valuation.extract(view, q, st, tag)
        if tag == "quota" or (tag is None and st.about_quotas and quota.paired_type(view, q)):
            return quota.extract(view, q, st, None)
        if view.sectors and (
            _SHARE_AFTER.match(view.low, q.end) or _SHARE_OF_SALES.match(view.low, q.end)
        ):
            tag, cmp = "share", None  # "taking 47.3% of all new vehicle sales"
        if (
            tag in ("production", "sales")
            and view.sectors
            and any(
                t.id == "share" and view.clause_of(q.start)[0] <= t.start < q.start
                for t in view.tags
            )
            and (cmp is None or _own_share(view, q))
        ):
            tag = "share"  # "NEVs made up 46.8% of new car sales"
        if (
            tag == "capacity"
            and view.sectors
            and cmp in ("yoy", None)
            and re.search(
                r"\b(?:install|add(?:ed|s)?\b|new(?:ly)? )",
                view.low[slice(*view.clause_of(q.start))],
            )
        ):
            tag = "installed"  # "added 26.6 GW of wind capacity, up 99% y/y"
        if tag in ("installed", "share"):
            found = demand.extract(view, q, st, tag or "", cmp)
            if not found and tag == "share" and _supply_share(view, q):
                trace.veto("supply_share", (q.start, q.end), "-")  # "Myanmar accounted for 9%"
            return found
        if _supply_share(view, q):
            trace.veto("supply_share", (q.start, q.end), "-")
            return None  # "China's share of mined supply fell to 60% from 70%"
        if tag in ("production", "sales"):
            prod = subject_before(view, q, view.products)
            sec = subject_before(view, q, view.sectors)
            _a, b = view.clause_of(q.start)
            sec = sec or view.first_after(view.sectors, q.end, b)
            if sec is not None and (prod is None or prod.start < sec.start):
                return demand.extract(view, q, st, tag or "", cmp)
            if prod is None and st.section_sector is not None:  # a bullet under "NEVs"
                return demand.extract(view, q, st, tag or "", cmp)
            return production.extract(view, q, st, tag or "", cmp)
        if tag in ("imports", "exports"):
            return trade.extract(view, q, st, tag or "", cmp)
        if tag in ("close", "high52", "low52") and view.products and not view.companies:
            tag = "price"  # "Pr oxide closed the week 1.4% higher at X": a product's move
        if tag in ("price", "average", None, "capacity"):
            return price_changes.extract_pct(view, q, st, tag, cmp)
    return None


#: After a sum, what makes it an exchange rate: "7.21 yuan/$", "7.1 yuan per dollar",
#: "7.2 yuan to the US dollar".
_FX_RATE = re.compile(
    r"\s*(?:/\s*(?:US)?\$|(?:per|to\s+the|a)\s+(?:US\s+)?(?:dollar|\$|usd)\b)", re.I
)
