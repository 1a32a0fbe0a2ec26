"""Fact families and the dispatcher that sends each number of a sentence to its family."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from reemarket.domain.periods import Granularity, Period
from reemarket.domain.products import catalog
from reemarket.ingest import trace, vocab
from reemarket.ingest.annotate import SentenceView
from reemarket.ingest.dates import WORKDAY
from reemarket.ingest.extractors import (
    capacity,
    continued,
    country_output,
    demand,
    financial,
    forecast,
    listings,
    price_changes,
    price_passes,
    prices,
    production,
    quota,
    trade,
    valuation,
)
from reemarket.ingest.extractors.comparison import cmp_of
from reemarket.ingest.extractors.date_binding import bind_period
from reemarket.ingest.extractors.figure_words import (
    estimate_figure,
    in_parens_after,
    in_parentheses,
    modal_move,
    signed,
    stock_between,
)
from reemarket.ingest.extractors.state import DocState, Draft
from reemarket.ingest.extractors.subjects import subject_before
from reemarket.ingest.lexicon import (
    OTHER_COMMODITY,
    Mention,
    country_slug,
    find_companies,
    find_products,
)
from reemarket.ingest.numbers import PRICE_UNIT, Quantity, price_unit_code
from reemarket.ingest.startwords import Prechecked

__all__ = ["DocState", "Draft", "extract_sentence", "remember_group", "table_unit"]

_FIN = set(financial.METRICS)
_VAL = set(valuation.METRICS)
_YOY_OK = {
    "quota": "quota_yoy_pct",
    "production": "{m}_yoy_pct",
    "trade": "{m}_yoy_pct",
    "financial": "{m}_yoy_pct",
}


def _respectively(view: SentenceView) -> dict[int, tuple[str, str]]:
    m = re.search(r"\brespectively\b", view.low) if "respectively" in view.low else None
    if not m:
        return {}
    main: list[tuple[int, Quantity]] = []
    for i, q in enumerate(view.qtys):
        prev = view.qtys[i - 1] if i else None
        if q.end <= m.start() and not in_parens_after(view, q, prev):
            main.append((i, q))
    if len(main) < 2:
        return {}
    dim = main[-1][1].dimension
    # "at 7,100 to 7,400 yuan and 6,900 to 7,200 yuan a ton respectively": the mass unit
    # written once, after the last figure, serves both
    dims = {"price", "money"} if dim == "price" else {dim}
    main = [(i, q) for i, q in main if q.dimension in dims]
    n = len(main)
    first = main[0][1].start
    tags = [t for t in view.tags if t.end <= first and t.id not in ("price", "average", "skip")]
    if len(tags) >= n:
        last = tags[-n:]
        if len({t.id for t in last}) == n and last[-1].end - last[0].start <= 80:
            return {i: ("tag", t.id) for (i, _), t in zip(main, last, strict=True)}
    for pool in (view.quota_types, view.products, view.sectors):
        items = [p for p in pool if p.end <= first]
        if len(items) >= n:
            last = items[-n:]
            if len({p.id for p in last}) == n and last[-1].end - last[0].start <= 80:
                return {i: ("subject", p.id) for (i, _), p in zip(main, last, strict=True)}
    return {}


_JOINED = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)", re.I)
_JOINED_FIGURES = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:at\s+|to\s+)?", re.I)


def _aligned(view: SentenceView) -> dict[int, tuple[str, str]]:
    """Lists of products and of figures that pair up in order, "respectively" unsaid.

    "dysprosium oxide, terbium oxide and Dy-Fe stood at 1,720-1,740 yuan/kg, 6,120-6,160
    yuan/kg and 1,680-1,700 yuan/kg": the n-th figure is the n-th product's. The products
    must be listed together ("A, B and C") with only figure lists of the same length
    between them and the figures.
    """
    qs = view.qtys
    if len(qs) < 2 or (len(view.products) < 2 and len(view.tags) < 2):
        return {}  # a list needs two figures and two products (or two measures)
    groups: list[list[int]] = []
    for i, q in enumerate(qs):
        prev = groups[-1][-1] if groups else None
        if (
            prev is not None
            and qs[prev].dimension == q.dimension
            and _JOINED_FIGURES.fullmatch(view.text, qs[prev].end, q.start)
        ):
            groups[-1].append(i)
        else:
            groups.append([i])
    out: dict[int, tuple[str, str]] = {}
    for group in groups:
        if len(group) >= 2 and (paired := _aligned_tags(view, group)):
            out.update(paired)
            continue
        n = len(group)
        start = qs[group[0]].start
        last = [p for p in view.products if p.end <= start][-n:]
        if n < 2 or len(last) != n or len({p.id for p in last}) != n:
            continue
        if any(last[0].start <= qs[j].start and j not in out for j in range(group[0])):
            continue  # a figure of its own between the names and the list
        if not all(_JOINED.fullmatch(view.text, a.end, b.start) for a, b in pairwise(last)):
            continue
        if any(last[-1].end <= p.start < start for p in view.products):
            continue
        for j, p in zip(group, last, strict=True):
            out[j] = ("subject", p.id)
    return out


_PAIRED_TAGS = {"production", "sales", "imports", "exports", "revenue", "net_profit"}


def _aligned_tags(view: SentenceView, group: list[int]) -> dict[int, tuple[str, str]]:
    """Measures listed together and percents listed together pair up in order.

    "output and sales rose 31.4% and 30.6%", "exports and imports fell 5% and 9%": the n-th
    percent is the n-th measure's. Only percents, with no other measure or figure between
    the list of measures and the list of figures.
    """
    qs = view.qtys
    if any(qs[j].dimension != "percent" for j in group):
        return {}
    n = len(group)
    start = qs[group[0]].start
    before = [t for t in view.tags if t.end <= start]
    last = before[-n:]
    if (
        len(last) != n
        or len({t.id for t in last}) != n
        or any(t.id not in _PAIRED_TAGS for t in last)
    ):
        return {}
    if not all(_JOINED.fullmatch(view.text, a.end, b.start) for a, b in pairwise(last)):
        return {}
    if any(last[0].start <= q.start < start for q in qs):
        return {}  # a figure between the measures and the list
    if re.search(r"[;:]", view.text[last[-1].end : start]):
        return {}
    return {j: ("tag", t.id) for j, t in zip(group, last, strict=True)}


#: A move named as a noun after its percent, then what moved: "a 12% rise in revenue",
#: "a 30 per cent jump in output", "a 90pc slide in annual profit".
_MOVE_IN = re.compile(
    r"\s*(?:(?:y/y|yoy|year[- ]on[- ]year|annual|quarterly)\s+)?(?:slide|slump|drop|fall|"
    r"decline|dip|plunge|rise|increase|jump|gain|surge|climb|growth|improvement)\s+in\s+"
    r"(?:the\s+|its\s+|their\s+)?",
    re.I,
)

#: A period word used as an adjective ("annual profit", "full-year earnings").
#: A sentence led by a period's bare profit: "Profit for the first quarter had been X",
#: "First-half profit came to X" (a results story's bottom line; not gross or operating).
_LEAD_PROFIT = re.compile(
    r"\s*(?:(?:its|the)\s+)?(?:(?:first|second|third|fourth)[\s-]quarter|(?:first|second)[\s-]half"
    r"|half[\s-]year|interim|full[\s-]year|annual)?\s*profits?\s+(?:for\s+the\s+(?:first|second"
    r"|third|fourth)\s+(?:quarter|half)\s+|for\s+the\s+(?:half[\s-]year|full\s+year|year)\s+)?"
    r"(?:had\s+been|was|came\s+to|stood\s+at|reached|totall?ed|of)\s+",
    re.I,
)


_PERIOD_WORD = re.compile(r"quarter|half|year|interim|annual", re.I)


def _lead_profit(view: SentenceView, q: Quantity) -> bool:
    """Whether ``q`` is the sum right after a sentence-leading bare profit of a period."""
    m = _LEAD_PROFIT.match(view.text)
    return (
        m is not None
        and _PERIOD_WORD.search(m.group(0)) is not None
        and (
            re.fullmatch(
                r"\s*(?:about|around|roughly|some|nearly)?\s*", view.text[m.end() : q.start]
            )
            is not None
        )
    )


#: A company's profit of a period, named bare after a move: "annual profit", "half-year
#: profit" (not gross or operating profit, which have keywords of their own).
_PERIOD_PROFIT = re.compile(
    r"(?:annual|full[\s-]year|half[\s-]year(?:ly)?|first[\s-]half|second[\s-]half|quarterly"
    r"|yearly)\s+profits?\b",
    re.I,
)
_ADJ_PERIOD = re.compile(r"(?:annual|full[\s-]year|quarterly)$", re.I)


_ASIDE = re.compile(r",\s*(?:which|who)\b[^,;]*,")


#: A level verb among the price keywords ("stood at", "stands at", "settled at").
_LEVEL_VERB = re.compile(r"(?:stood|stands?|settled)\s+at", re.I)
#: Measures of a company's sums that such a verb may follow.
_SUM_MEASURES = frozenset(
    ("market_cap", "revenue", "net_profit", "recurring", "total_profit", "cash_flow")
)


def _measure_before_verb(view: SentenceView, q: Quantity, t: Mention) -> Mention:
    """The measure a level verb tells for a sum: "market capitalisation stood at RMB 52bn".

    The verb is also a price keyword; before a sum with no unit of mass, the company's
    measure named earlier in the clause is the figure's.
    """
    if t.id != "price" or not _LEVEL_VERB.fullmatch(view.text, t.start, t.end):
        return t
    a, _ = view.clause_of(q.start)
    named = [o for o in view.tags if a <= o.start and o.end <= t.start and o.id in _SUM_MEASURES]
    return named[-1] if named else t


#: Volume keywords whose verb may tell a price ("sold at X", "shipped at X").
_VOLUME_TAGS = frozenset(("sales", "production", "imports", "exports", "volume"))


def _verb_of_price(view: SentenceView, q: Quantity, t: Mention) -> bool:
    """Whether the volume keyword before a percent was the verb of a price between them.

    "Cerium oxide sold at 7,000 yuan/t, up 5% from May": "sold" tells the price, so the
    percent is that price's move, not a volume's (nor a results story's company's sales).
    """
    if t.id not in _VOLUME_TAGS:
        return False
    between = [o for o in view.qtys if t.end <= o.start and o.end <= q.start]
    return bool(between) and all(o.dimension == "price" for o in between)


def _tag(view: SentenceView, q: Quantity) -> str | None:
    if q.dimension in ("mass", "mass_rate", "power"):
        a, _ = view.clause_of(q.start)
        for lo in (a, 0):
            found = [
                t
                for t in view.tags
                if lo <= t.start and t.end <= q.start and t.id not in ("price", "average")
            ]
            if len(found) > 1:
                # "China's production, which is reported as equal to its mining quota,
                # increased to X": an aside's measure is not the figure's
                asides = [m.span() for m in _ASIDE.finditer(view.text, 0, q.start)]
                found = [t for t in found if not any(x <= t.start < y for x, y in asides)] or found
            if found:
                return _volume_at_place(view, q, found) if lo == a else found[-1].id
        t = view.tag_after(q.end)
        return t.id if t and t.id not in ("price", "average") else None
    if q.dimension == "percent":
        m = _MOVE_IN.match(view.text, q.end)
        if m is not None and _SPAN_IN.match(view.text, m.end()):
            m = None  # "a 7.4% slide in a month": the span of a price's move, no measure
        if m is not None:  # "a 30 per cent jump in output": the metric it moves
            t = view.tag_after(m.end(), 25)
            if t is not None:
                return t.id
            if _PERIOD_PROFIT.match(view.text, m.end()) and view.companies:
                return "net_profit"  # "reported a 40% drop in annual profit": the bottom line
            starts = [p.start for p in view.products]
            starts += [d.start for d in view.dates if not _ADJ_PERIOD.match(d.text)]
            if not any(m.end() <= o < m.end() + 25 for o in starts):
                return "skip"  # "a 90 per cent slide in annual profit": nothing we model
    t = view.tag_before(q.start) or view.tag_before(q.start, within_clause=False)
    if t is not None and q.dimension == "money":
        t = _measure_before_verb(view, q, t)
    if t is not None and q.dimension == "percent" and _verb_of_price(view, q, t):
        return None  # "Cerium oxide sold at X at the end of June, up 5% from May": its move
    if t is None:
        t = view.tag_after(q.end)
        if t is not None and t.id == "skip" and "," in view.text[q.end : t.start]:
            return None  # "up 37% QoQ, which will trim gross margin": the next clause's word
    if (
        t is not None
        and t.id == "net_profit"
        and view.low.startswith("a loss of", t.start)
        and (
            (q.dimension == "percent" and 0 <= q.start - t.end <= 12)
            or (q.dimension == "money" and not q.scaled and not view.companies)
        )
    ):
        # "EUR 1.49/kg, a loss of 1.97% since December", "eased to 366,300 yuan, a loss of
        # 3,500 yuan at each end": a price's move, not a loss a company made
        return None
    return t.id if t else None


#: A span after "in" ("a 7.4% slide in a month", "a 3% gain in two weeks").
_SPAN_IN = re.compile(
    r"\s*(?:a|one|the|two|three|four|\d+)\s+(?:days?|weeks?|months?|years?|sessions?|fortnight"
    r"|quarters?)\b",
    re.I,
)


#: A capacity keyword that names a place ("plant", "facility", "project") rather than a rate.
_PLACE_NOUN = re.compile(r"(?:plant|facility|project|production lines?)$", re.I)


def _volume_at_place(view: SentenceView, q: Quantity, found: list[Mention]) -> str:
    """The measure of a tonnage among the keywords before it, a place's name read past.

    "Output at the Kalgoorlie plant reached 500 t", "Production from its Mount Weld project
    came to 800 t": the plant or project says where the output was made, so a plain tonnage
    after it keeps the output (or sales) keyword before; a rate ("a 5,000 t/yr plant") or a
    tonnage with no such keyword before stays the plant's capacity.
    """
    last = found[-1]
    if (
        q.dimension != "mass"
        or last.id != "capacity"
        or not _PLACE_NOUN.search(view.text[last.start : last.end])
    ):
        return last.id
    after = view.tag_after(q.end)
    if after is not None and after.id == "capacity" and after.start - q.end <= 30:
        return last.id  # "its plant, with 1,500 tonnes of annual capacity": a capacity
    volumes = [t for t in found[:-1] if t.id in ("production", "sales")]
    return volumes[-1].id if volumes else last.id


_GRADE_BEFORE = re.compile(r"\b(?:Nd|Pr|Dy|Tb|La|Ce|REO|TREO|purity|grade|min(?:imum)?)\s*$", re.I)
#: A comparison right after a percent: the figure is a change ("5.9% more than", "3% lower").
_CHANGE_AFTER = re.compile(
    r"\s*(?:more|less|higher|lower|above|below|up|down|year[- ]on[- ]year|y/y|yoy)\b", re.I
)
_GRADE_AFTER = re.compile(r"\s*(?:min(?:imum)?|purity|grade|ratio|REO)\b", re.I)


def _is_grade(view: SentenceView, q: Quantity) -> bool:
    """A purity or ratio right after a product name ("oxide 99.5%", "(Nd 75% Pr 25%)")."""
    if q.dimension != "percent":
        return False
    before = view.text[max(0, q.start - 4) : q.start]
    if any(0 <= q.start - p.end <= 2 for p in view.products):
        # "... 240,000 t of rare earth oxide, 4.1% more than in 2022": a change, no purity
        return _CHANGE_AFTER.match(view.text, q.end) is None
    if _GRADE_BEFORE.search(before):
        return True
    return bool(_GRADE_AFTER.match(view.text[q.end : q.end + 10]))


_PLAN_WORDS = ("target", "goal", "completion", "guidance", "budget")
_PLAN = re.compile(r"\b(?:targets?|goals?|completion|guidance|budget(?:ed)?)\b", re.I)


#: An intention to move a figure, the figure after it: "aims to raise output to X", "plans
#: to lift sales by X", "intends to cut production to X".
_INTENT = Prechecked(
    re.compile(
        r"\b(?:aims?|aiming|plans?|planning|intends?|intending|hopes?|seeks?|wants?)\s+to\s+"
        r"(?:raise|lift|increase|boost|expand|double|triple|grow|bring|cut|reduce|lower|take)\b"
        r"[^.;]{0,40}$",
        re.I,
    )
)
_AFTER_SKIP = re.compile(r"[\s\w]{0,6}\b(?:threshold|floor|ceiling|target)\b", re.I)


_CAPACITY_AFTER = re.compile(r"\s*(?:of\s+)?(?:[\w-]+\s+){0,3}?capacity\b", re.I)
_SUPERSEDED = Prechecked(
    re.compile(
        r"\brevised\s+(?:up(?:ward)?|down(?:ward)?|higher|lower)?\s*from\s+(?:an?\s+|the\s+)?"
        r"(?:preliminary|initial|provisional|earlier|first)\s+(?:estimate\s+of\s+|reading\s+of\s+)?$",
        re.I,
    )
)
_INVENTORY = Prechecked(re.compile(r"\b(?:stocks|inventor(?:y|ies)|stockpiles?)\s+of\b", re.I))


def _skip(view: SentenceView, q: Quantity) -> str | None:
    """The veto code of a figure no family keeps (a target, a threshold, a skip keyword)."""
    t = view.tag_before(q.start)
    if (
        t is not None
        and t.id == "skip"
        and q.start - t.end <= 50
        and not (
            # "targets 60,000 t/yr of magnet capacity by 2027": a planned capacity
            q.dimension == "mass_rate"
            and view.low.startswith("target", t.start)
            and _CAPACITY_AFTER.match(view.text, q.end)
        )
    ):
        return "skip_word"
    inv = (
        _INVENTORY.search(view.text, view.clause_of(q.start)[0], q.start)
        if q.dimension == "mass"
        else None
    )
    if inv is not None and not any(
        inv.end() <= o.start < q.start and o.id != "production" for o in view.tags
    ):
        return "skip_word"  # "stocks of separated oxides ... reached some 3,000 t": a holding
    if (
        q.dimension in ("money", "percent", "mass")
        and any(w in view.low for w in _PLAN_WORDS)
        # the figure's own clause or cell ("an A$7.40 target; shares closed at A$6.15",
        # "Target: RMB 9.00 | Close (14 Mar): RMB 7.65")
        and _PLAN.search(
            view.text,
            max(view.clause_of(q.start)[0], view.text.rfind(" | ", 0, q.start) + 1),
            q.start,
        )
    ):
        return "plan"
    intent = (
        _INTENT.search(view.text, view.clause_of(q.start)[0], q.start)
        if q.dimension in ("money", "percent", "mass")
        else None
    )
    if intent is not None and "capacit" not in intent.group(0).lower():
        # "aims to raise output to 30,000 t in 2025": an intention, not output (a capacity
        # aimed at is a planned capacity, read by its family)
        return "plan"
    if _SUPERSEDED.search(view.text, max(0, q.start - 60), q.start):
        return "skip_word"  # "revised up from a preliminary 1,190 t": a figure replaced
    after = view.text[q.end : q.end + 18]
    return "threshold" if _AFTER_SKIP.match(after) else None


def _bracketed_price_pct(view: SentenceView, q: Quantity, base: Draft) -> list[Draft]:
    """A bracketed percent after a price figure, over the figure's own span.

    "fell 8,000 yuan/t (-1.4%)" is the change in percent; "averaged 487,600 yuan/t (+21.5%
    y/y)" the average's year-on-year change.
    """
    if base.metric == "change":
        value = q.value if q.signed else (abs(q.value) if base.value >= 0 else -abs(q.value))
        metric = "change_pct"
    elif base.metric == "average" and cmp_of(view, q, base.period) == "yoy":
        value, metric = q.value, "average_yoy_pct"
    elif base.metric in _LEVELS and _BRACKET_MOVE_TAIL.match(view.text, q.end):
        return _bracketed_level_move(view, q, base)
    else:
        return []
    return [base.derive(metric, value, "%", q)]


#: What may follow a level's bracketed move before the bracket closes: a comparison word
#: alone ("(-2.4% d/d)", "(+0.8% w/w)", "(1.1% week on week)", "(-3%)").
_BRACKET_CMP = (
    r"\s*(?:[dwmqy]/[dwmqy]|[dwmqy]-?o-?[dwmqy]|(?:day|week|month|quarter|year)[- ]on[- ]"
    r"(?:day|week|month|quarter|year)|on\s+the\s+(?:day|week|month|year))?"
)
#: ... or more such moves after it in the same bracket: "(-1.6% w/w; +3% y/y)".
_BRACKET_MOVE_TAIL = re.compile(
    _BRACKET_CMP + r"(?:\s*[;,]\s*[+\-−–]\s*\d[\d.]*\s*%" + _BRACKET_CMP + r")*\s*\)",
    re.I,
)
#: Between two signed moves in one bracket.
_BRACKET_NEXT = re.compile(_BRACKET_CMP + r"\s*[;,]\s*", re.I)


def _dated_bracket(view: SentenceView, level: Quantity, first: Quantity) -> bool:
    """Whether ``first`` opens a bracket after ``level``, only a date of it between them.

    "12,000 yuan/t (-1.6%)", "12,000 yuan/t on Thursday (-1.6% w/w)", "from 12,200 yuan/t
    last week (-1.6%)".
    """
    if in_parens_after(view, first, level):
        return True
    gap = view.text[level.end : first.start].rstrip()
    if not gap.endswith(("(", "（")):
        return False
    dated = [d for d in view.dates if level.end <= d.start and d.end <= first.start]
    if len(dated) != 1:
        return False
    rest = view.text[level.end : dated[0].start] + view.text[dated[0].end : first.start]
    return _DATE_GAP.fullmatch(rest) is not None


#: What may stand around a level's date before its bracket: "on", "at", a comma.
_DATE_GAP = re.compile(r"\s*,?\s*(?:on|at|as\s+of)?\s*,?\s*[(（]\s*", re.I)


def _bracketed_moves(
    view: SentenceView, i: int, done: dict[int, list[Draft]]
) -> list[Draft] | None:
    """Signed moves in a level's bracket after its date, or after a first move there.

    "12,000 yuan/t on Thursday (-1.6% w/w; +3% y/y)": each a move of the sentence's quote of
    that product (a base level's bracket, "down from X last week (-1.6%)", is the quote's
    move too, over its span). None when figure ``i`` is not one.
    """
    q = view.qtys[i]
    if not q.signed or not in_parentheses(view, q):
        return None
    j = i - 1
    while j >= 0 and view.qtys[j].dimension == "percent" and view.qtys[j].signed:
        j -= 1
    if (
        j < 0
        or view.qtys[j].dimension == "percent"
        or not done.get(j)
        or (j == i - 1 and in_parens_after(view, q, view.qtys[j]))
    ):
        return None  # (a bracket right after the level: the rule of bracketed percents)
    first = view.qtys[j + 1]
    if first is not q and not _BRACKET_NEXT.fullmatch(view.text, view.qtys[i - 1].end, q.start):
        return None
    level = done[j][0]
    if (
        level.kind != "price"
        or level.metric not in _LEVELS
        or not _dated_bracket(view, view.qtys[j], first)
        or not _BRACKET_MOVE_TAIL.match(view.text, q.end)
    ):
        return None
    main = next(
        (
            d
            for k in sorted(done)
            for d in done[k]
            if d.kind == "price" and d.metric in _LEVELS and d.subject == level.subject
        ),
        level,
    )  # the sentence's quote, not a base level the bracket follows
    return _bracketed_level_move(view, q, main)


def _bracketed_level_move(view: SentenceView, q: Quantity, base: Draft) -> list[Draft]:
    """A move in brackets after a quoted level: the level's change in percent.

    "Lanthanum oxide softened to 4,100 yuan/t (-2.4% d/d)": signed by its own sign, else by
    the move word before the level ("firmed to 46,000 yuan/t (1.1%)"); none, no fact.
    """
    from reemarket.ingest.extractors.figure_words import signed

    sign = 0 if q.signed else view.sign_near(q)
    if not q.signed and sign == 0:
        return []
    value = q.value if q.signed else signed(q.value, q, sign)
    cmp = cmp_of(view, q, base.period)
    return [base.derive("change_pct", value, "%", q, cmp=cmp)]


#: A part of the last volume named ("of the total", "of these shipments").
_OF_TOTAL = re.compile(
    r"\b(?:of\s+(?:the|this|that)\s+(?:total|amount|volume)|of\s+(?:these|those|them|which))\b",
    re.I,
)
#: A pronoun standing for the last volume's goods ("they", "these shipments", "The figure
#: compared with 48,000 tonnes in 2022", "The December figure was 4,100 t").
_THEY = re.compile(
    r"\b(?:they|these|those|such\s+(?:shipments|exports|imports)|"
    r"(?:the|this|that)\s+(?:[\w'-]+\s+)?(?:figure|total|tally|amount)\s+"
    r"(?:compared|compares|was|is|had|stood))\b",
    re.I,
)


#: The volume last named, taken up again as the subject of a change: "March's volume was
#: still 12% below ...", "the total was 5% higher", "that tonnage is 12% lower".
#: A sentence led by a period alone and a colon before its sum: "2Q25 alone:", "Q2 only:",
#: "Second quarter:" (the metric the paragraph's last sum named).
_PERIOD_COLON = re.compile(r"\s*(?:alone|only|by\s+itself)?\s*:\s*$", re.I)


def _period_led(view: SentenceView, q: Quantity) -> bool:
    """Whether the sentence opens with a period and a colon right before ``q``."""
    lead = view.dates[0] if view.dates else None
    return (
        lead is not None
        and not view.text[: lead.start].strip(" -–•*")
        and _PERIOD_COLON.match(view.text[lead.end : q.start]) is not None
    )


#: An aside opened after a later figure: "..., which had itself been about half the
#: year-earlier level" describes that figure, not the one before it.
_LATER_ASIDE = re.compile(r",\s*(?:which|who|whose)\b", re.I)


def _without_later_aside(view: SentenceView, q: Quantity) -> SentenceView:
    """The sentence without the dates of an aside describing a figure after ``q``."""
    later = next((o for o in view.qtys if o.start > q.end), None)
    m = _LATER_ASIDE.search(view.text, later.end) if later is not None else None
    if m is None or not any(d.start >= m.start() for d in view.dates):
        return view
    return replace(view, dates=[d for d in view.dates if d.start < m.start()], memo={})


_ITS_VOLUME = re.compile(
    r"\b(?:\w+['’]s|the|this|that)\s+(?:volume|tonnage|total|shipments|figure)\s+"
    r"(?:was|were|is|are|stood|came|remained)\b[^,;]{0,20}$",
    re.I,
)


#: A share's year-long extremes: "52-week high", "52 week low".
_WEEKS_52 = re.compile(r"\b52[\s-]week\b", re.I)

#: A compound growth rate named right after its percent: "a 5.1% CAGR".
_CAGR_AFTER = re.compile(r"\s*(?:CAGR|compound(?:ed)?\s+annual)\b", re.I)


#: A list line led by a period label and a colon, the figure right after it ("- May 2025: ",
#: "- Cumulative for the first eight months: ").
_PERIOD_LABEL = re.compile(r"[-–•*·▪]\s+(?P<label>[A-Za-z0-9 ,'./-]{3,45}?)\s*:\s*")


#: A list's bullet line.
_BULLET_LINE = re.compile(r"\s*[-–•*·▪]\s")


def _period_bullet(view: SentenceView, q: Quantity) -> bool:
    """Whether ``q`` is the figure of a bullet labelled by a period alone ("- Q2 2024: 980 t").

    Such a list repeats the series the sentence above it named (its last volume), one
    period per line.
    """
    m = _PERIOD_LABEL.fullmatch(view.text, 0, q.start)
    if m is None:
        return False
    return any(
        not d.is_ref and d.period is not None and d.start >= m.start("label") and d.end <= m.end()
        for d in view.dates
    )


#: What stands between a table's figure and its change ("450,000 | (+5,000)", "¥452k/t,
#: +3k"), or between two signed changes of one level, each with its span ("+3k d/d and +9k
#: on the week").
_TABLE_GAP = re.compile(
    r"[\s)|(（]*,?\s*|\s*(?:d/d|w/w|m/m|y/y|dod|wow|mom|yoy|on\s+the\s+(?:day|week|month))"
    r"\s*(?:,|and|;)\s*",
    re.I,
)
_OF_AFTER = re.compile(r"\s*of\b")


def _one(
    view: SentenceView,
    i: int,
    st: DocState,
    over: dict[int, tuple[str, str]],
    done: dict[int, list[Draft]],
    why: list[str] | None = None,
) -> list[Draft]:
    """The drafts of figure ``i``; ``why``, when given, receives the rule that read it."""
    q = view.qtys[i]
    prev = view.qtys[i - 1] if i else None
    dim = q.dimension
    if dim in ("bare", "price") and q.signed and prev is not None and done.get(i - 1):
        gap = view.text[prev.end : q.start]
        if _TABLE_GAP.fullmatch(gap) and done[i - 1][0].kind == "price":
            if why is not None:
                why.append("en.price.table_change")
            return price_changes.table_change(view, q, prev, st, done[i - 1])
    if _is_grade(view, q):
        trace.veto("grade", (q.start, q.end), "-")
        return []
    if dim in ("money", "mass", "percent") and estimate_figure(view, q):
        trace.veto("outlook", (q.start, q.end), "-")
        return []  # "ahead of our A$1.19bn estimate", "(our est. 1,300 t)": not the result
    if dim == "percent" and (more := _bracketed_moves(view, i, done)) is not None:
        if why is not None:
            why.append("en.bracketed_pct")
        return more
    if dim == "percent" and prev is not None and in_parens_after(view, q, prev) and done.get(i - 1):
        if why is not None:
            why.append("en.bracketed_pct")
        base = done[i - 1][0]
        if base.kind == "price":
            return _bracketed_price_pct(view, q, base)
        if base.kind in _YOY_OK and "_pct" not in base.metric:
            cmp = cmp_of(view, q, base.period)
            if cmp in ("mom", "qoq") and base.kind in ("production", "trade"):
                return [base.derive(f"{base.metric}_{cmp}_pct", q.value, "%", q)]  # "(+6% m/m)"
            if cmp not in (None, "yoy"):
                return []
            metric = _YOY_OK[base.kind].format(m=base.metric)
            return [base.derive(metric, q.value, "%", q)]
        return []
    if dim == "percent" and (gapped := _gapped_pct(view, i, done)):
        if why is not None:
            why.append("en.price.gapped_pct")
        return gapped
    if dim == "percent" and (dated := _pct_after_dated_base(view, i, done)):
        if why is not None:
            why.append("en.price.pct_after_dated_base")
        return dated
    if dim == "percent" and prev is not None and done.get(i - 1):
        also = price_changes.pct_of_change(view, q, prev, done[i - 1])
        if also:
            if why is not None:
                why.append("en.price.pct_of_change")
            return also
    skipped = _skip(view, q)
    if skipped is not None:
        trace.veto(skipped, (q.start, q.end), "-")
        return []
    if continued.applies(view, st) and _tag(view, q) is None:
        cont = continued.extract(view, q, st)  # "... 5,089 t. That was 6.4% more than ..."
        if cont is not None:
            if why is not None:
                why.append("en.continued")
            return cont
    inherited = _inherit(
        view,
        q,
        prev,
        done.get(i - 1),
        st,
        done.get(i - 2),
        [d for k in sorted(done) for d in done[k]],
    )
    if inherited is not None:
        if why is not None:
            why.append("en.inherit_pct")
        return inherited
    kind, val = over.get(i, ("", ""))
    tag = val if kind == "tag" else _tag(view, q)
    if tag is None and dim == "money" and _lead_profit(view, q) and st.main_company:
        tag = "net_profit"  # "Profit in the March quarter had been 280 million yuan"
    if tag is None and dim == "money" and st.para_money_metric and _period_led(view, q):
        tag = st.para_money_metric  # "1H24 revenue: 2.87bn. 2Q24 alone: 1.49bn": revenue
    if tag is None and dim == "mass" and st.last_volume and _THEY.search(view.text, 0, q.start):
        tag, subject = st.last_volume  # "For the full year they came to 48,900 tons"
        kind, val = "subject", subject
    if (
        tag is None
        and dim == "percent"
        and st.last_volume
        and _ITS_VOLUME.search(view.text, 0, q.start)
    ):
        tag, subject = st.last_volume  # "March's volume was still 12% below ...": its change
        kind, val = "subject", subject
        view = _without_later_aside(view, q)
    if tag is None and dim in ("bare", "price", "percent") and st.section_average and view.products:
        tag = "average"  # "Nd oxide: June 388,150 | May 391,400" under "Monthly averages (CNY/t)"
    if (
        tag is None
        and dim in ("mass", "percent")
        and st.section_flow
        and _BULLET_LINE.match(view.text)
    ):
        tag = st.section_flow  # "- Gadolinium oxide: 74 t" under a heading "Exports"
    if tag is None and dim == "mass" and st.last_volume and _period_bullet(view, q):
        tag, subject = st.last_volume  # "- March 2024: 4,100 t": the volume's series by period
        kind, val = "subject", subject
    part = tag == "share" and dim == "mass" and st.last_volume and _OF_TOTAL.search(view.text)
    if part and st.last_volume:
        tag = st.last_volume[0]  # "Within that, metals made up 1,745 t": a part of it
    if kind != "subject" and country_output.applies(view, q, st, tag):
        if why is not None:
            why.append("en.production.country_output")
        before = done.get(i - 1)
        return country_output.extract(view, q, st, before[0] if before else None)
    earlier = [d for k in sorted(done) for d in done[k]]
    if capacity.part_of_capacity(view, q, earlier):
        if why is not None:
            why.append("en.capacity.part")  # "..., including 4,400 t of NdPr oxide"
        return capacity.extract(view, q, st, part=True) or []
    if why is not None:
        why.append(f"en.dispatch[{dim}, {tag or '-'}]")
    result = _dispatch(view, q, st, tag) or []
    if tag == "average" and dim == "percent" and st.section_average and view.dates:
        # "Nd oxide: June X | May Y | y/y -26.6%": a row's change is its first period's
        for d in result:
            d.period = view.dates[0].period or d.period
    if part:
        for d in result:
            d.period = d.period or st.last_volume_period
    if kind == "subject":
        for d in result:
            d.subject = val
    if not result and dim == "percent":
        result = _pct_after_level(view, i, done, st)
        if result and why is not None:
            why.append("en.price.pct_after_level")
    return result


_LEVELS = ("price", "price_low", "price_high")
_LEVELS_OR_AVERAGE = (*_LEVELS, "average")
#: The move a percent after a level is told by: the past and -ing forms of en.toml's
#: direction lemmas ("rose", "slipping"), or one as a noun ("a decline of", "a gain of").
_MOVE_VERBS = "|".join(
    vocab.lemma_list("direction", "up", "VBD,VBG")
    + vocab.lemma_list("direction", "down", "VBD,VBG")
)
_MOVE_NOUNS = "|".join(
    vocab.lemma_list("direction", "up", "VB") + vocab.lemma_list("direction", "down", "VB")
)
_MOVE_BEFORE = re.compile(
    rf"\b(?:up|down|gain|{_MOVE_VERBS}|(?:a|an)\s+(?:{_MOVE_NOUNS})\s+of)"
    r"(?:\s+by)?(?:\s+(?:about|around|roughly|approximately|some|nearly|almost))?\s*$",
    re.I,
)


#: What makes a percent after a level no move of it: "2% of ...", "5% to ...", unless a span
#: follows ("on the week", "on the previous session") or the range's mid-point ("up 3% on
#: mid-point": the move measured on it).
_PCT_OF = re.compile(
    r"\s*(?:of|to|in|on)\b(?!\s+the\s+(?:(?:previous|prior|last)\s+(?:trading\s+|working\s+)?)?"
    r"(?:day|week|month|quarter|year|session)\b)(?!\s+(?:the\s+)?mid-?points?\b)"
)


#: A direction after a percent that names the move's base: "1.2% above the previous trading
#: day", "0.8% lower than last Friday", "2% down on the week"; not a gap to a period's
#: average or extreme ("8% above last month's average", "12% below last year's peak").
_MOVE_AFTER = re.compile(
    r"\s*(?:above|below|higher|lower|up|down)(?:\s+than)?\s+(?:on\s+|from\s+)?(?:the\s+|a\s+)?"
    rf"(?:previous|prior|preceding|last|week|day|session|{WORKDAY})\b"
    r"(?![\w\s'’-]{0,25}\b(?:average|mean|peak|high|low|top|bottom|record)s?\b)",
    re.I,
)


def _pct_after_level(
    view: SentenceView, i: int, done: dict[int, list[Draft]], st: DocState
) -> list[Draft]:
    """A percent move right after a quoted level is that product's change.

    "at 436,000-439,000 yuan/mt, down 0.9% week-on-week"; "..., a slide of roughly 1.6% WoW";
    after a period average, only a year-on-year move (the average's change).
    """
    q = view.qtys[i]
    base: Draft | None = None
    for j in range(i - 1, -1, -1):
        if view.qtys[j].dimension == "percent":
            return []
        if done.get(j) and _BASE_BEFORE.search(view.text, max(0, view.qtys[j].start - 30),
                                                view.qtys[j].start):  # fmt: skip
            continue  # "a 2.4% drop from Wednesday's $59.04/kg, and 5.4% lower w/w": not its move
        if done.get(j):
            base = done[j][0]
            if base.kind != "price" or base.metric not in _LEVELS_OR_AVERAGE:
                return []
            break
    if base is None or base.period is None:
        return []
    gap = view.text[base.q.end : q.start]
    if len(gap) > 90 or ";" in gap:
        return []
    if not _MOVE_BEFORE.search(gap) and not _MOVE_AFTER.match(view.text, q.end):
        return []
    if any(base.q.end <= p.start < q.start for p in view.products):
        return []
    if _other_goods_between(view, base.q.end, q.start):
        trace.veto("other_commodity", (q.start, q.end), "price")
        return []  # "Ce oxide dipped to X, while copper fell 1%": copper's move, not cerium's
    if stock_between(view, base.q.end, q.start):
        trace.veto("share_move", (q.start, q.end), "price")
        return []  # "NdPr oxide rose to X, while Lynas shares fell 3%": the stock's move
    if any(base.q.end <= d.start < q.start and d.kind == "today" for d in view.dates):
        return []  # "on June 6, 2023 it traded at X, so today's level is down 27%": today's move
    if _PCT_OF.match(view.text, q.end):
        return []  # "2% of ...", not "a 2.7 pct weekly gain" nor "down 0.7% on the previous session"
    sign = view.sign_near(q)
    if sign == 0:
        return []
    from reemarket.ingest.extractors.figure_words import signed

    value = signed(q.value, q, sign)
    cmp = cmp_of(view, q, base.period)
    if base.metric == "average":  # "averaging 389,200 yuan/t in 2024, 18.4% lower than 2023"
        return [base.derive("average_yoy_pct", value, "%", q)] if cmp == "yoy" else []
    return [base.derive("change_pct", value, "%", q, cmp=cmp)]


def _other_goods_between(view: SentenceView, start: int, end: int) -> bool:
    """Whether another commodity (not inside a company's name) is named between two places."""
    return any(
        not any(c.start <= m.start() < c.end for c in view.companies)
        for m in OTHER_COMMODITY.finditer(view.text, start, end)
    )


#: A base level's lead: "from Wednesday's", "than the", "against" right before the figure.
_BASE_BEFORE = re.compile(
    r"\b(?:from|than|against|versus|vs\.?|compared\s+(?:with|to))\s+(?:the\s+)?"
    r"(?:[A-Z]?[a-z]+['’]s\s+)?(?:about\s+|around\s+)?(?:US\$|\$|€|¥|CNY\s*|RMB\s*)?$",
)
#: Between a level and the base level it is set against: "US$53.00/kg vs US$53.59/kg".
_VERSUS = re.compile(r"\s*,?\s*(?:vs\.?|versus|against|compared\s+(?:with|to))\s+", re.I)


#: A gapped clause naming another product and its percent only: ", and Pr oxide's 30.3%
#: lower", ", while Nd oxide's was 2.1% higher".
_GAPPED_LEAD = re.compile(r",\s*(?:and|while|whereas)\s+(?:the\s+|that\s+(?:of|for)\s+)?$", re.I)
_GAPPED_LINK = re.compile(r"(?:['’]s)?\s+(?:was\s+|were\s+|stood\s+)?$", re.I)
_GAPPED_TAIL = re.compile(
    r"\s*(?P<dir>lower|higher|down|up|weaker|stronger|less|more)?\s*(?:[.;)]|$)", re.I
)
_GAPPED_DOWN = frozenset(("lower", "down", "weaker", "less"))


def _gapped_pct(view: SentenceView, i: int, done: dict[int, list[Draft]]) -> list[Draft]:
    """A percent in a gapped clause after a price percent: the same move of another product.

    "March's average for Nd oxide was 18.4% below March 2023, and Pr oxide's 17.9%
    lower": Pr oxide's October average, 30.3% below the year before (the first clause's
    metric and period); the direction word, if any, gives its sign.
    """
    q = view.qtys[i]
    before = done.get(i - 1) if i else None
    if not before or len(before) != 1:
        return []
    base = before[0]
    if base.kind != "price" or base.metric not in ("average_yoy_pct", "change_pct"):
        return []
    prod = view.nearest_before(view.products, q.start)
    prev = view.qtys[i - 1]
    if prod is None or prod.start < prev.end or prod.id == base.subject:
        return []
    if not _GAPPED_LEAD.search(view.text, prev.end, prod.start):
        return []  # (the first clause may go on after its figure: "18.4% below March 2023")
    if not _GAPPED_LINK.fullmatch(view.text, prod.end, q.start):
        return []
    tail = _GAPPED_TAIL.match(view.text, q.end)
    if tail is None:
        return []
    word = (tail.group("dir") or "").lower()
    sign = -1 if word in _GAPPED_DOWN else 1 if word else (-1 if base.value < 0 else 1)
    twin = base.derive(base.metric, sign * abs(q.value), "%", q)
    twin.subject = prod.id
    return [twin]


def _pct_after_dated_base(view: SentenceView, i: int, done: dict[int, list[Draft]]) -> list[Draft]:
    """A signed bracketed percent after a dated base level: the move from that day.

    "Ho oxide US$71.40/kg vs US$72.10/kg on Monday (-1.0%)": the percent is the change from
    Monday's level to the one before "vs", over the span between their two days.
    """
    q = view.qtys[i]
    if not q.signed or i < 2 or not done.get(i - 1) or not done.get(i - 2):
        return []
    prev, lead = view.qtys[i - 1], view.qtys[i - 2]
    gap = view.text[prev.end : q.start]
    if len(gap) > 40 or not gap.rstrip().endswith("(") or ")" in gap:
        return []
    if not any(prev.end <= d.start < q.start for d in view.dates):
        return []  # the base's own day is named between it and the bracket
    if not _VERSUS.fullmatch(view.text, lead.end, prev.start):
        return []
    base, main = done[i - 1][0], done[i - 2][0]
    if not all(
        d.kind == "price"
        and d.metric in _LEVELS
        and d.period is not None
        and d.period.granularity is Granularity.DAY
        and not d.period.is_span
        for d in (base, main)
    ):
        return []
    if (base.subject, base.entity) != (main.subject, main.entity):
        return []
    before, after = base.period, main.period
    if before is None or after is None or before.start >= after.start:
        return []
    span = Period.span(before, after)
    return [Draft("price", main.entity, main.subject, "change_pct", span, q.value, "%", q)]


_INHERIT = {"quota", "production", "trade", "financial", "demand"}


#: A change's own year-ago base right after it ("down 9.2% from a year earlier", "9% y/y").
_OWN_YEAR_AGO = re.compile(
    r"\s*(?:(?:from|on|over|than)\s+(?:a|the)\s+(?:year|same\s+month\s+a\s+year)\s+"
    r"(?:earlier|ago|before)|y/y|yoy|year[- ]on[- ]year)\b",
    re.I,
)


#: The gap before a move set beside a volume as its appositive: "1,238 t, a 74% drop".
_APPOSITIVE_MOVE = re.compile(r"\s*(?:t|tons?|tonnes)?\s*,\s*(?:an?\s+)?", re.I)


def _inherit(
    view: SentenceView,
    q: Quantity,
    prev: Quantity | None,
    base_drafts: list[Draft] | None,
    st: DocState,
    main_drafts: list[Draft] | None = None,
    earlier: list[Draft] | None = None,
) -> list[Draft] | None:
    """Inherit: "X was 4,260 mt, up 12.7% YoY": a change right after a figure is that figure's change.

    After a result's comparison base ("revenue of $18 million, against $24 million in
    2023, a fall of 25%") the change is the result's, not the base's.
    """
    if q.dimension != "percent" or prev is None or not base_drafts:
        return None
    base = base_drafts[-1]
    if base.kind == "financial" and base.period in st.base_periods and main_drafts:
        main = main_drafts[-1]
        if main.kind == "financial" and main.metric == base.metric:
            base = main
    if base.kind not in _INHERIT or base.metric.endswith("_pct"):
        return None
    if base.kind == "quota" and quota.paired_type(view, q) is not None:
        return None  # "X t and Y t, up A% and B% respectively": paired in order, not by nearness
    if base.kind == "quota" and quota.within_whole(view):
        trace.veto("part", (q.start, q.end), "quota")
        return []  # "Within the mining allocation, A got X t and B Y t, a 7% cut": a part's move
    own_move = _APPOSITIVE_MOVE.fullmatch(view.text, prev.end, q.start) is not None
    if (
        base.kind == "trade"
        and trade.base_figure_date(view, prev) is not None
        and not (own_move and trade.when_clause_figure(view, prev))
    ):
        # "from 5,528 t in July, 1.3% below ...": not the base volume's change; "8.6% below
        # November's 4,810 t and down 9.2% from a year earlier": the main volume's, when its
        # own words name the comparison
        whole = next(
            (
                d
                for d in reversed(earlier or [])
                if d.kind == "trade"
                and not d.metric.endswith("_pct")
                and d.q.end <= prev.start
                and trade.base_figure_date(view, d.q) is None
            ),
            None,
        )
        if whole is None or not _OWN_YEAR_AGO.match(view.text, q.end):
            return None
        base = whole
    if base.kind == "financial" and financial.not_yoy(
        financial.pct_base_period(view, q), base.period
    ):
        return None  # "41% higher than the March quarter"
    if view.clause_of(prev.start) != view.clause_of(q.start):
        return None
    gap = view.text[prev.end : q.start]
    if len(gap) > 45 or any(
        t.id not in ("price", "average") and prev.end <= t.start < q.start for t in view.tags
    ):
        return None
    if _OF_AFTER.match(view.text, q.end):
        return None
    sign = view.sign_near(q)
    if sign == 0 and not q.signed:
        return None
    cmp = cmp_of(view, q, base.period) or "yoy"
    if base.kind in ("quota", "financial", "demand"):
        if cmp != "yoy":
            return None
        metric = f"{base.metric}_yoy_pct"
    else:
        metric = f"{base.metric}_{cmp}_pct"
    from reemarket.ingest.extractors.figure_words import bound_of, signed

    high = None if q.high is None else signed(q.high, q, sign)
    value = signed(q.value, q, sign)
    return [base.derive(metric, value, "%", q, high=high, bound=bound_of(view, q))]


def table_unit(line: str) -> str | None:
    """The price unit a table header names ("| Product | Price (yuan/mt) | Change |")."""
    m = PRICE_UNIT.search(line)
    return price_unit_code(m) if m is not None else None


def _unit_spec(view: SentenceView, q: Quantity) -> str | None:
    """A unit named before bare numbers, as assessment names do ("..., yuan/tonne, was 450,000")."""
    found = None
    for m in PRICE_UNIT.finditer(view.text, 0, q.start):
        found = m
    if found is None or view.products == []:
        return None
    return price_unit_code(found)


#: A bare base right after a quoted level: "RMB383.5k-391.9k/t, down from 396.6k-405.2k".
_FROM_BASE = re.compile(r"[,;]?\s*(?:(?:up|down|higher|lower|off)\s+)?from\s+$", re.I)


def _base_unit(view: SentenceView, q: Quantity) -> str | None:
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


def _lead_unit(view: SentenceView, q: Quantity, st: DocState) -> str | None:
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


def _table_row_unit(view: SentenceView, q: Quantity, st: DocState, tag: str | None) -> str | None:
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


def _level_after_unit(view: SentenceView, q: Quantity) -> str | None:
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


def _scope_unit(view: SentenceView, q: Quantity, st: DocState) -> str | None:
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


def _move_unit(view: SentenceView, q: Quantity) -> str | None:
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
_COUNTED = re.compile(
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


def _dispatch(view: SentenceView, q: Quantity, st: DocState, tag: str | None) -> list[Draft] | None:
    dim = q.dimension
    if dim == "price":
        return prices.extract(view, q, st, tag)
    if dim == "money":
        if tag in ("imports", "exports") and trade.customs_value(view, q):
            return trade.extract(view, q, st, tag, None)  # "imports fell 22% to $187.6 million"
        if tag == "sales" and _company_money(view, q, st):
            tag = "revenue"  # "Sales rose to $57.4 million": a company's sales in money
        if tag in _FIN:
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
            (st.basis_unit or _scope_unit(view, q, st))
            if _COUNTED.match(view.text, q.end) is None
            else None
        )
        spec = (
            _unit_spec(view, q)
            or _base_unit(view, q)
            or _lead_unit(view, q, st)
            or _level_after_unit(view, q)
            or _table_row_unit(view, q, st, tag)
            or _move_unit(view, q)
            or (
                (st.table_unit or st.section_unit or note_unit)
                if (view.products or prices.opens_on_average(view))
                and not _in_ratio(view.text, q.start, q.end)
                # "(20 assessments)", "3 sellers": a count under the heading, no price
                and (st.table_unit is not None or _COUNTED.match(view.text, q.end) is None)
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
        if tag in _FIN:
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


def _record(view: SentenceView, i: int, why: list[str], found: list[Draft]) -> None:
    """Put the rules that read figure ``i`` and their drafts into the trace."""
    q = view.qtys[i]
    rule = why[-1] if why else "en.none"
    note = " > ".join(why[:-1])
    current = trace.active()
    sentences = current.sentences if current is not None else []
    vetoed = bool(sentences) and any(
        h.veto_code and h.span == (q.start, q.end) for h in sentences[-1].hits
    )
    if not found and not vetoed:
        trace.hit(rule, "-", None, (q.start, q.end), note)
    for d in found:
        trace.hit(rule, d.kind, d.summary(), (q.start, q.end), note)


_COUNTRY_LEAD = re.compile(r"\s*([A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+){0,2})\s*(?::|\s[-–—])\s")


#: After a sum, what makes it an exchange rate: "7.21 yuan/$", "7.1 yuan per dollar",
#: "7.2 yuan to the US dollar".
_FX_RATE = re.compile(
    r"\s*(?:/\s*(?:US)?\$|(?:per|to\s+the|a)\s+(?:US\s+)?(?:dollar|\$|usd)\b)", re.I
)


def _heading_money(view: SentenceView, currency: str) -> None:
    """Give a heading's currency to the bare sums of a bullet under it, in place.

    "- 1H24 revenue: 2.87bn, +3.1% YoY" under "Key numbers (RMB)": 2.87 billion yuan; a
    figure with a word after it ("1.3 million units") is a count, not a sum.
    """
    for i, q in enumerate(view.qtys):
        if q.dimension == "bare" and q.scaled and _COUNTED.match(view.text, q.end) is None:
            view.qtys[i] = q._replace(unit=currency)


def extract_sentence(view: SentenceView, st: DocState) -> list[Draft]:
    """Every fact of one annotated sentence."""
    lead = _COUNTRY_LEAD.match(view.text)
    if lead is not None and (slug := country_slug(lead.group(1))) not in (None, "global"):
        st.para_country = slug  # "Brazil: mine output ..." labels the paragraph's country
    if st.section_currency is not None:
        _heading_money(view, st.section_currency)
    over = {**_aligned(view), **_respectively(view)}
    done: dict[int, list[Draft]] = {}
    out: list[Draft] = []
    tracing = trace.active() is not None
    for i in range(len(view.qtys)):
        why: list[str] | None = [] if tracing else None
        res = _one(view, i, st, over, done, why)
        done[i] = res
        out.extend(res)
        if why is not None:
            _record(view, i, why, res)
    for d in out:
        if d.kind == "financial" and d.unit != "%" and d.metric in _FIN:
            st.para_money_metric = d.metric
    if tracing:
        return _after_figures(view, st, out)
    return _sentence_passes(view, st, out)


def _after_figures(view: SentenceView, st: DocState, out: list[Draft]) -> list[Draft]:
    """The sentence passes, recording what each adds or changes."""
    before = {id(d): d.summary() for d in out}
    out = _sentence_passes(view, st, out)
    for d in out:
        was = before.get(id(d))
        if was != d.summary():
            label = "en.sentence_pass.added" if was is None else "en.sentence_pass.revised"
            trace.hit(label, d.kind, d.summary(), (d.q.start, d.q.end))
    kept = {id(d) for d in out}
    for key, was in before.items():
        if key not in kept:
            trace.hit("en.sentence_pass.removed", str(was["kind"]), was, None)
    return out


def remember_group(text: str, st: DocState, paragraph: int, light: bool) -> None:
    """Keep the goods a figure-less sentence names, two or more, for a "They ..." after it.

    Any other sentence forgets them: the pronoun must follow right after.
    """
    st.topic_group = None
    if not light:
        return
    ids: list[str] = []
    for p in find_products(text):
        if p.id not in prices.GROUPS and p.id not in ids:
            ids.append(p.id)
    if len(ids) >= 2 and not find_companies(text):  # ("Lynas and MP sell ...": they, too)
        st.topic_group = (paragraph, tuple(ids))


#: A sentence led by a plural pronoun for the goods named just before: "They rose 2% and 1%
#: respectively", "Both were up 7.3% on the week", "The two oxides each added 1%".
_THEY_LEAD = re.compile(
    r"\s*(?:they|both(?:\s+of\s+them)?|the\s+two(?:\s+(?:oxides|metals|products|grades))?"
    r"|the\s+pair)\b(?!\s+(?:said|say|saw|see|expect|told|think|thought)\b)",
    re.I,
)


#: What a "They" sentence may count other than the goods' price.
_NOT_PRICE_WORDS = re.compile(
    r"\b(?:output|production|produc\w*|sales|sold|exports?|imports?|shipments?|capacity|demand"
    r"|revenues?|profits?|margins?|shares?|stakes?|orders?|inventor\w+|stocks?|volumes?|tonnes?"
    r"|tons?)\b",
    re.I,
)
#: A figure's gap to a period's extreme or mean, not a move: "They are 30% below last year's
#: peak", "now 4% above their March lows".
_GAP_TO_EXTREME = re.compile(
    r"\s*(?:above|below|under|over|off|short\s+of)\s+[^.;,]{0,30}?\b(?:lows?|highs?|peaks?"
    r"|averages?|means?|tops?|bottoms?|records?|troughs?)\b",
    re.I,
)


def _group_moves(view: SentenceView, st: DocState, out: list[Draft]) -> None:
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
    market = st.last_price_market if st.last_price_market in prices.MARKETS else "china"
    for q, pid in pairs:
        if prices.outlook_move(view, q) or modal_move(view, q):
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


def _sentence_passes(view: SentenceView, st: DocState, out: list[Draft]) -> list[Draft]:
    """Sentence-wide rules: flat output changes, moves between levels, change spans."""
    for metric, cmp, pos in production.flat_changes(view, st):
        prod = view.nearest_before(view.products, pos)
        if prod is None:
            continue
        fake = Quantity(pos, pos, 0.0, None, "%")
        period, dm = bind_period(view, fake, st, price=False)
        out.append(
            Draft(
                "production",
                production.entity_for(view, fake, st),
                prod.id,
                f"{metric}_{cmp}_pct",
                period,
                0.0,
                "%",
                fake,
                date_mention=dm,
            )
        )
    _group_moves(view, st, out)
    price_passes.run(view, out, st)
    listings.listed(view, out, st)
    listings.purchased(view, out, st)
    prices.remember_subject(out, st)
    return out
