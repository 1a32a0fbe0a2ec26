"""Which measure a figure of a sentence is of: its keyword, or a list it pairs off with.

:func:`measure_tag` reads the keyword (``production``, ``price``, ``net_profit``...) a figure
is told of; :func:`respectively_pairs` and :func:`aligned_pairs` pair the figures of a list
with the measures or goods listed before them, in order; :func:`lead_profit` finds a period's
bare profit leading a sentence.
"""

from __future__ import annotations

import re
from itertools import pairwise

from reemarket.ingest.annotate import SentenceView
from reemarket.ingest.extractors.figure_words import in_parens_after
from reemarket.ingest.lexicon import Mention
from reemarket.ingest.numbers import Quantity


def respectively_pairs(view: SentenceView) -> dict[int, tuple[str, str]]:
    """Figures before "respectively" paired in order with the measures or subjects listed before.

    "output and sales rose 5% and 3% respectively": figure index -> ("tag", measure) or
    ("subject", id).
    """
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


def aligned_pairs(view: SentenceView) -> dict[int, tuple[str, str]]:
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


def lead_profit(view: SentenceView, q: Quantity) -> bool:
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


def measure_tag(view: SentenceView, q: Quantity) -> str | None:
    """The measure keyword figure ``q`` is told of ("production", "price"...), or None."""
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
