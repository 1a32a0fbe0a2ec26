"""Price changes in percent: "<product> up <pct>", "with a monthly increase of <pct>", "up <pct> WoW".

:func:`extract_pct` reads a percentage change of a price; :func:`pct_of_change` and
:func:`table_change` read one that goes with a money move or a table row's change;
:func:`group_moves` the moves of a sentence led by "They" or "Both" for the goods the sentence
before named (kept by :func:`remember_group`).
"""

from __future__ import annotations

import re
from datetime import timedelta

from reemarket.domain.periods import Granularity, Period
from reemarket.ingest import trace, vocab
from reemarket.ingest.annotate import DOWN, UP, SentenceView
from reemarket.ingest.extractors.comparison import cmp_of
from reemarket.ingest.extractors.date_binding import (
    bind_period,
)
from reemarket.ingest.extractors.figure_words import (
    SHARE_WORDS,
    bound_of,
    if_consequence,
    inverted_condition,
    modal_move,
    signed,
)
from reemarket.ingest.extractors.price_bases import told_average
from reemarket.ingest.extractors.prices import (
    AVERAGE_WORD,
    CLOSED,
    GROUPS,
    MARKETS,
    UNLISTED,
    about_other,
    appositive_owner,
    average_period,
    element_product,
    market_of,
    outlook_move,
    price_product,
)
from reemarket.ingest.extractors.state import DocState, Draft
from reemarket.ingest.lexicon import Mention, find_companies, find_products
from reemarket.ingest.numbers import Quantity, written_scale

#: A bracketed aside denying the product named in it: "(not a magnet market)", "(no NdPr".
_NEGATED_ASIDE = re.compile(r"\(\s*(?:not|no|none|never)\b[^()]*$", re.I)

_MOVE_WORD = re.compile(
    rf"\b(?:by|{UP}|{DOWN}|gain|increase|decrease|climb|drop|declin|slid|jump|soften(?:ed)?)\b",
    re.I,
)


def _shares_reach(view: SentenceView, q: Quantity, prod: Mention) -> int:
    """Where "shares" would make a percent a stock's move: its clause, past an earlier figure.

    In "Lynas shares rose 4% to A$15.30 as NdPr oxide gained 2%" the stock's own figures stand
    between its shares and the product, so the product's move is its own; in "shares of the
    magnet maker that buys NdPr oxide fell 3.1%" nothing does.
    """
    start = view.clause_of(q.start)[0]
    if prod.end <= q.start:
        start = max(
            [start] + [o.end for o in view.qtys if start <= o.start and o.end <= prod.start]
        )
    return start


#: A sentence or headline that opens with the move, its product named after it ("Up 4.3% on
#: the week at $1.87/kg: lanthanum oxide ...", "Down 2% w/w, terbium oxide ...").
_FIGURE_FIRST = re.compile(rf"\W*(?:{UP}|{DOWN})\s+(?:by\s+)?(?:about\s+|around\s+)?$", re.I)


#: A move said of period averages after its figures: "... on a monthly average basis".
_AVERAGE_BASIS = re.compile(
    r"\bon\s+an?\s+(monthly|quarterly|weekly)[\s-]+(?:average|avg\.?|mean)\s+basis\b", re.I
)
_BASIS_CMP = {"monthly": "mom", "quarterly": "qoq", "weekly": "wow"}


#: A percent a price stands above or below another: "at a premium of 30%", "a 12% discount to".
_PREMIUM = re.compile(
    r"\b(?:premium|discount|spread|gap)\s+(?:of\s+)?(?:about\s+|around\s+|roughly\s+|some\s+)?$",
    re.I,
)
_TO_MASS = re.compile(r"[^.;,\d]{0,30}?\bto\s+(?:about\s+|around\s+|some\s+)?", re.I)
#: A percent whose direction follows it and sets it against a base: "4.3 percent cheaper than".
#: "1.4% below end-August", "2% above its 31 October level": measured from that day.
_BELOW_DAY = (
    r"(?:below|above)\s+(?:its\s+|the\s+)?(?:end[\s-]+(?:of[\s-]+)?)?"
    r"(?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d{1,2}\s+[A-Z][a-z]+\b)"
)
_AFTER_BELOW_DAY = re.compile(r"\s*" + _BELOW_DAY, re.I)
_PCT_THAN = re.compile(
    r"\s*(?:(?:higher|lower|cheaper|dearer|more\s+expensive|up|down|jump|gain|rise|drop|fall|"
    r"increase|decline|slide|dip|climb|advance|loss)\s+(?:than|from|on|against|since)\b"
    # "4.2% below the 2 July peak of X": measured from a dated level
    r"|(?:below|above|under|over|off)\s+(?:the|its)\s+(?=[^.;]{0,30}?\b"
    r"(?:peak|high|low|trough|print|close|level|reading|assessment|quote)\s+of\b)"
    r"|" + _BELOW_DAY + ")",
    re.I,
)


#: A span named right after a percentage: "0.3% on the week", "2% w/w", "1.3% day-on-day".
_OWN_SPAN_AFTER = re.compile(
    r"\s+(?:(?:on|over)\s+the\s+(?:day|week|session)\b|[dw]/[dw]\b|w-o-w\b|wow\b"
    r"|(?:day|week)[\s-]on[\s-](?:day|week)\b)",
    re.I,
)


#: A move noun right before a percentage: "a loss of", "a gain of", "an increase of".
_MOVE_NOUN_BEFORE = re.compile(
    r"\b(?:a|an)\s+(?:loss|gain|rise|fall|drop|decline|increase|decrease|climb|slide|dip)"
    r"\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$",
    re.I,
)


#: A move noun right after its percent: "..., a 2.7% day-on-day gain", "a 2.4% drop from
#: Wednesday's $59", "a 7.4% slide in a month" (the percent closes a sentence on a level).
_MOVE_NOUN_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:loss|gain|rise|fall|drop|decline|increase|decrease|climb|slide|dip"
    r"|jump|advance|rebound|slump|retreat)\b",
    re.I,
)
_A_BEFORE = re.compile(r"\b(?:a|an)\s+(?:further\s+|another\s+)?$", re.I)
#: A sentence restating the last move in percent: "That is a 1.6% gain on the mid-point",
#: "This was a 1.9% drop".
RESTATED_MOVE = re.compile(
    r"^[\s\-–•*]*(?:that|this|it)\s+(?:is|was|'s|’s|represents|amounts\s+to)\s+(?:a|an)\s+"
    r"(?:about\s+|around\s+|roughly\s+)?$",
    re.I,
)


#: A percent that measures a level against an average: "4.1% above its 2025 average".
_OFF_AVERAGE = re.compile(
    r"\s*(?:above|below|over|under|(?:higher|lower)\s+than)\s+(?:its|the|their)\s+"
    r"[^.;,\d]{0,30}?(?:\b(?:19|20)\d\d\s+)?(?:average|mean)\b",
    re.I,
)


def _month_before(view: SentenceView, q: Quantity, period: Period | None) -> bool:
    """Whether a month named after ``q`` is the one before the span of days ``period`` is in.

    A month-to-date average set against the last full month's ("2.3% above the November
    average") compares two periods: no change of a quote.
    """
    if period is None or not period.is_span or period.granularity is not Granularity.DAY:
        return False
    first = period.start.replace(day=1)
    before = (first - timedelta(days=1)).replace(day=1)
    return any(
        d.start >= q.end
        and d.period is not None
        and d.period.granularity is Granularity.MONTH
        and not d.period.is_span
        and d.period.start == before
        for d in view.dates
    )


def extract_pct(
    view: SentenceView, q: Quantity, st: DocState, tag: str | None, cmp: str | None
) -> list[Draft] | None:
    """A percentage change of a price ("Pr-Nd oxide up 6.99%", "an increase of 0.67%")."""
    prod = price_product(view, q, st)
    first = prod is None and _FIGURE_FIRST.match(view.text, 0, q.start) is not None
    if first:
        prod = view.first_after(view.products, q.end, len(view.text))  # "Up 6.9% at $2/kg: Ce"
    if prod is not None and prod.id in GROUPS:
        prod = appositive_owner(view, prod)
    if prod is not None and _NEGATED_ASIDE.search(view.text, 0, prod.start):
        prod = None  # "Solar (not a magnet market) grew 31.5%": the product is denied, not moved
    if prod is None and not AVERAGE_WORD.search(view.text):  # (a move of means: not a quote's)
        prod = element_product(view, q, st)  # "dysprosium is up about 4%"
    if prod is None or prod.id in GROUPS or about_other(view, q, prod):
        return None
    if any(
        o.dimension == "mass" and _TO_MASS.fullmatch(view.text, q.end, o.start) for o in view.qtys
    ):
        return None  # "Rare earth metals rose 3.4 per cent on the year to 214 tonnes": a volume
    if _PREMIUM.search(view.text, max(0, q.start - 40), q.start):
        trace.veto("spread", (q.start, q.end), "price")
        return []  # "could trade at a premium of 30% to the Chinese price": a spread
    if _OFF_AVERAGE.match(view.text, q.end) and not AVERAGE_WORD.search(view.text, 0, q.start):
        # "is 4.1% above its 2025 average of X": a level's gap to an average, not a move (an
        # average's own "62.3% above the November 2024 average" is its change)
        trace.veto("spread", (q.start, q.end), "price")
        return []
    if SHARE_WORDS.search(view.text, _shares_reach(view, q, prod), q.start):
        trace.veto("share_move", (q.start, q.end), "price")
        return []  # "shares of magnet maker X fell 2.3%": a stock, not the product's price
    if outlook_move(view, q):
        trace.veto("outlook", (q.start, q.end), "price")
        return []  # "traders see a 5% gain by the end of the month": an expectation
    if inverted_condition(view, q) or if_consequence(view, q):
        trace.veto("hypothetical", (q.start, q.end), "price")
        return []  # "Should the ban widen, terbium prices could jump 20%": a consequence
    if modal_move(view, q):
        trace.veto("outlook", (q.start, q.end), "price")
        return []  # "dysprosium oxide could climb 5% in a month's time": a call
    # a second conjunct's percent from a named day is measured from the figure before it:
    # "eased 0.3% on the week and finished the month 1.4% below end-August"
    last = max((o.end for o in view.qtys if o.end <= q.start), default=0)
    last = last if _AFTER_BELOW_DAY.match(view.text, q.end) else 0
    gap_start = 0 if first else max(prod.end, last)
    gap = view.text[gap_start : q.start]
    has_price_word = (
        tag in ("price", "average")
        or bool(re.search(r"\bprices?\b|\bquot", view.text[: q.start], re.I))
        or (
            # "Ce oxide: EUR 1.49/kg, a loss of 2% since December": a move noun after a level
            # ("..., a 2.7% day-on-day gain": or right after the percent)
            (
                _MOVE_NOUN_BEFORE.search(view.text, max(0, q.start - 25), q.start) is not None
                or (
                    _A_BEFORE.search(view.text, max(0, q.start - 16), q.start) is not None
                    and _MOVE_NOUN_AFTER.match(view.text, q.end) is not None
                )
            )
            and any(o.dimension == "price" and o.end <= q.start for o in view.qtys)
        )
        or (
            RESTATED_MOVE.match(view.text, 0, q.start) is not None
            and _MOVE_NOUN_AFTER.match(view.text, q.end) is not None
        )
    )
    if not has_price_word:
        if len(gap) > 45:
            return None
        # (read up to the figure's end: "put on 8%" is a move only before a figure)
        if not _MOVE_WORD.search(view.text[gap_start : q.end]):
            if not _PCT_THAN.match(view.text, q.end):
                return None
            base = next((d for d in view.dates if d.start >= q.end), None)
            if base is None or (
                base.period is None and base.relative not in ("week", "fortnight", "prev_day")
            ):
                return None  # "3% lower than in the first half of the month": no base we can date
            # ("3.5% higher than a fortnight ago", "than a week earlier": counted back)
            # "It was 4.3 percent cheaper than on Feb. 8" names its move after the figure
        if re.search(
            r"\b(?:production|output|sales|imports?|exports?|volume|capacity|efficiency"
            r"|use|consumption|demand)\b",
            gap,
            re.I,
        ):
            return None
    a, _ = view.clause_of(q.start)
    if re.search(r"\baverage", view.text[a : q.start], re.I):
        tag = "average"
    basis = _AVERAGE_BASIS.search(view.text, q.end, view.clause_of(q.start)[1])
    if basis is not None:  # "Ho and Gd oxide lost 3.6% and 2.2%, on a monthly average basis"
        tag, cmp = "average", _BASIS_CMP[basis.group(1).lower()]
    period, dm = bind_period(view, q, st, price=True)
    if dm is not None and dm.start > q.end and _OWN_SPAN_AFTER.match(view.text, q.end):
        # "0.3% on the week and finished the month ...": the move's own span, not the later
        # conjunct's period
        period, dm = None, None
    sign = view.sign_near(q)
    if (
        sign == 0
        and not q.signed
        and not re.search(r"\bby\b", view.text[max(0, q.start - 8) : q.start])
    ):
        return None
    value = signed(q.value, q, sign)
    carried = not view.products and st.last_price_market in MARKETS
    market = market_of(
        view,
        q,
        st.section_market
        or (st.last_price_market if carried else st.para_market or st.basis_market),
    )
    if market == UNLISTED:
        trace.veto("unlisted_market", (q.start, q.end), "price")
        return []  # "dysprosium oxide CFR Japan added 12%": a basis with no market id
    if tag == "average" and (
        period is None or (period.granularity is Granularity.DAY and not period.is_span)
    ):
        period, dm = average_period(view, q, st) or (period, dm)
        if (
            (period is None or (period.granularity is Granularity.DAY and not period.is_span))
            and re.search(r"\baveraged\b", view.text[: q.start], re.I)
            and (told := told_average(view, st)) is not None
        ):
            period, dm = told, None  # "... averaged US$78/kg, 48.5% higher than a year earlier"
        if cmp is None:
            cmp = cmp_of(view, q, period)  # "8.4% above January 2024" against January 2025
    if tag == "average" and cmp is None and _month_before(view, q, period):
        cmp = "mom"  # "averaged X so far in December, 2.3% above the November average"
    daily = any(
        d.period is not None
        and d.period.granularity is Granularity.DAY
        and not d.period.is_span
        and not (d.start > q.end and CLOSED.search(view.text, q.end, d.start))
        for d in view.dates
    )  # "the average price ... was 431,500 yuan/mt on March 14" is a day's mid, not a mean;
    # "..., up 30% QoQ, and spot stood at Y on 27 October": that day is the spot level's
    if tag == "average" and cmp in ("mom", "qoq", "wow") and not daily:
        return []  # a period average against the one before has no metric ("up 2.1pc from August's")
    if tag == "average" and cmp == "yoy":
        return [
            Draft(
                "price", market, prod.id, "average_yoy_pct", period, value, "%", q, date_mention=dm
            )
        ]
    return [
        Draft(
            "price",
            market,
            prod.id,
            "change_pct",
            period,
            value,
            "%",
            q,
            date_mention=dm,
            cmp=cmp,
            bound=bound_of(view, q),
        )
    ]


_OR_PCT = re.compile(
    r"\s*,?\s*(?:or|i\.e\.|that\s+is|equal\s+to|equivalent\s+to)\s*,?\s*"
    r"(?:about|around|some|roughly|nearly|almost)?\s*",
    re.I,
)


def pct_of_change(
    view: SentenceView, q: Quantity, prev: Quantity, drafts: list[Draft]
) -> list[Draft]:
    """A percentage restating the move before it: that move's change_pct.

    "down 17,000 yuan/mt, or 2.9%"; "a weekly gain of 120 yuan/kg, or 1.8 per cent".
    """
    moves = [d for d in drafts if d.kind == "price" and d.metric == "change"]
    if not moves or not _OR_PCT.fullmatch(view.text, prev.end, q.start):
        return []
    move = moves[0]
    value = -abs(q.value) if move.value < 0 else abs(q.value)
    return [move.derive("change_pct", value, "%", q)]


def table_change(
    view: SentenceView, q: Quantity, prev: Quantity, st: DocState, prev_drafts: list[Draft]
) -> list[Draft]:
    """A signed number after a price in a table row is the change from the previous day.

    A bare change is written in the price's scale: "44.3-44.5万元/吨（+0.2）" moved 2,000
    yuan/t, "RMB1.7 million/t (+0.1)" 100,000.
    """
    if not prev_drafts:
        return []
    base = prev_drafts[0]
    value = q.value
    if prev.scaled and not q.scaled and q.unit == "":
        value *= written_scale(view.text[prev.start : prev.end])
    return [base.derive("change", value, base.unit, q)]


def remember_group(text: str, st: DocState, paragraph: int, light: bool) -> None:
    """Keep the goods a figure-less sentence names, two or more, for a "They ..." after it.

    Any other sentence forgets them: the pronoun must follow right after.
    """
    st.topic_group = None
    if not light:
        return
    ids: list[str] = []
    for p in find_products(text):
        if p.id not in GROUPS and p.id not in ids:
            ids.append(p.id)
    if len(ids) >= 2 and not find_companies(text):  # ("Lynas and MP sell ...": they, too)
        st.topic_group = (paragraph, tuple(ids))


#: A sentence led by a plural pronoun for the goods named just before: "They rose 2% and 1%
#: respectively", "Both were up 7.3% on the week", "The two oxides each added 1%".
#: The pronouns and the verbs that make them people are en.toml's ``[goods_group]``.
_THEY_LEAD = re.compile(
    rf"\s*(?:{vocab.alternation('goods_group', 'lead')})\b"
    rf"(?!\s+(?:{vocab.alternation('goods_group', 'speakers')})\b)",
    re.I,
)


#: What a "They" sentence may count other than the goods' price.
_NOT_PRICE_WORDS = re.compile(rf"\b(?:{vocab.alternation('goods_group', 'not_price')})\b", re.I)
#: A figure's gap to a period's extreme or mean, not a move: "They are 30% below last year's
#: peak", "now 4% above their March lows".
_GAP_TO_EXTREME = re.compile(
    rf"\s*(?:{vocab.alternation('goods_group', 'gap_side')})\s+[^.;,]{{0,30}}?"
    rf"\b(?:{vocab.alternation('goods_group', 'extreme')})\b",
    re.I,
)


def group_moves(view: SentenceView, st: DocState, out: list[Draft]) -> None:
    """Percent moves of a sentence led by "They" or "Both": each move of the goods named just before.

    "Dysprosium and terbium oxides led the market. They rose 2% and 1% respectively." pairs
    the figures with the goods in order; one figure, or several without "respectively",
    is each one's ("Both were up 1% w/w and 5% y/y").
    """
    group = st.topic_group
    if group is None or group[0] != view.paragraph or view.products or view.companies:
        return
    if not _THEY_LEAD.match(view.text) or _NOT_PRICE_WORDS.search(view.text):
        return  # ("They raised output 5%": the makers, not the goods)
    figs = [
        q
        for q in view.qtys
        if q.dimension == "percent"
        and not any(d.q is q for d in out)
        and view.sign_near(q)
        and not _GAP_TO_EXTREME.match(view.text, q.end)
    ]
    ids = group[1]
    if not figs:
        return
    if "respectively" in view.low:
        if len(figs) != len(ids):
            return
        pairs = list(zip(figs, ids, strict=True))
    else:
        pairs = [(q, pid) for q in figs for pid in ids]
    market = st.last_price_market if st.last_price_market in MARKETS else "china"
    for q, pid in pairs:
        if outlook_move(view, q) or modal_move(view, q):
            trace.veto("outlook", (q.start, q.end), "price")
            continue
        period, dm = bind_period(view, q, st, price=True)
        value = signed(q.value, q, view.sign_near(q))
        cmp = cmp_of(view, q, period)
        out.append(
            Draft(
                "price", market, pid, "change_pct", period, value, "%", q, date_mention=dm, cmp=cmp
            )
        )
