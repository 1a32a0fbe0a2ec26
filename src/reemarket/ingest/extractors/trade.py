"""Imports and exports.

Imports and exports: "imports of rare earths came to 9,100 t in the first two months,
down 8% from a year earlier", "shipped 3,200 t abroad in May", "exports fell 6% on April".
"""

from __future__ import annotations

import re
from functools import lru_cache

from reemarket.domain.periods import Granularity, Period
from reemarket.ingest import trace, vocab
from reemarket.ingest.annotate import SentenceView
from reemarket.ingest.dates import DateMention
from reemarket.ingest.extractors.comparison import (
    cmp_of,
    comparison_base,
    cumulative,
    gap_cmp,
    shift_year,
    year_ago_period,
)
from reemarket.ingest.extractors.date_binding import (
    LEAD_BEFORE_DATE,
    WHEN_THEN,
    base_date,
    bind_coarse,
    later_date,
    possessive_base_date,
    ref_after,
)
from reemarket.ingest.extractors.figure_words import bound_of, future_figure, signed
from reemarket.ingest.extractors.state import DocState, Draft
from reemarket.ingest.extractors.subjects import company_for, product_after, subject_before
from reemarket.ingest.lexicon import COUNTRIES, DEMONYMS, OTHER_COMMODITY, find_products
from reemarket.ingest.numbers import Quantity

_GENERIC_MAGNET = re.compile(r"(?:rare[\s-]earths?[\s-]+)?magnets?", re.I)
#: Exports to one destination ("Shipments to Germany fell 40% to 120 tons"): not the
#: country's total. (Imports from one origin are kept: the origin is the trade's subject.)
_DESTINATION = re.compile(
    r"\b(?i:exports?|exported|shipments?|shipped)\s+(?:[\w-]+\s+){0,3}?"
    r"to\s+(?:the\s+)?(?!China\b|Chinese\b)[A-Z][a-z]"
)
#: A relative clause set off by commas before the figure (", which Korean firms use to ...,").
_ASIDE = re.compile(r",\s*(?:which|who|that|where)\b[^,;]*,")
#: A country called China's supplier before "its shipments": what it sends is China's import.
_SUPPLIER = re.compile(
    r"\b(?:largest|biggest|main|top|leading|second|third|key)\s+(?:\w+\s+)?(?:supplier|source)\b"
    r"[^.;]{0,40}\b(?:its|their)\s+(?:shipments|deliveries|exports)\b",
    re.I,
)


#: The whole trade named after a destination's figure: "while total exports fell ...".
_WHOLE_TRADE = re.compile(
    r"\b(?:total|overall|all|aggregate|combined)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:exports?|shipments?|sales\s+abroad)\b|\b(?:exports?|shipments?)\s+(?:overall|in\s+total|"
    r"as\s+a\s+whole)\b",
    re.I,
)


def partner_share(view: SentenceView, q: Quantity) -> bool:
    """Whether an export figure is one destination's, not the exporter's total.

    "Exports to the United States slid to 46 t" (the destination before the figure, unless the
    whole trade is named after it: "..., while total exports fell 74% to 1,238 t"); a partner
    taking the figure ("with Germany taking 1,050 t", "Japan took 1,320 t of China's 4,670 t",
    "of which South Korea received 640 t"); the figure sent to a partner ("4,200 t of
    magnets to Germany", "with 1,050 t going to Germany").
    """
    if " to " in view.low:
        dests = list(_DESTINATION.finditer(view.text, 0, q.start))
        if dests and not _WHOLE_TRADE.search(view.text, dests[-1].end(), q.start):
            share = [o for o in view.qtys if dests[-1].end() <= o.start and o.end <= q.start]
            # "Exports to Japan rose to 1,320 t, out of a total of 4,670 t": the whole
            if not (share and _OUT_OF_TOTAL.search(view.text, share[-1].end, q.start)):
                return True
    if _PARTNER_TAKES.search(view.text, max(0, q.start - 60), q.start):
        return True
    _a, b = view.clause_of(q.start)
    return _SENT_TO_PARTNER.match(view.text, q.end, b) is not None


#: The whole a destination's figure is part of, told after it: "out of a total of 4,670 t",
#: "of the 4,670 t total", "from China's total of".
_OUT_OF_TOTAL = re.compile(
    r"\b(?:out\s+of|of|from|within)\s+(?:a|the|china['’]s|its)\s+(?:[\w'’-]+\s+){0,2}?"
    r"total(?:\s+(?:of|exports?|shipments?))?\s*(?:of\s+)?(?:about\s+|around\s+|some\s+)?$",
    re.I,
)
#: Trade partners a share of exports goes to (China, the exporter, is never one).
_PARTNER_NAMES = {
    *(k for k, v in COUNTRIES.items() if v not in ("china", "global")),
    "south korea",
    "korea",
    "germany",
    "the netherlands",
    "netherlands",
    "taiwan",
    "italy",
    "france",
    "mexico",
    "poland",
    "the philippines",
    "the united states",
    "the us",
    "the u.s.",
    "the eu",
    "the european union",
}
_PARTNERS = "|".join(re.escape(k) for k in sorted(_PARTNER_NAMES, key=len, reverse=True))
_HEDGE = (
    r"(?:(?:about|around|roughly|some|nearly|almost|over|more\s+than|just\s+(?:over|under))\s+)?"
)
#: The verbs of a partner taking a figure and of a figure sent to one (en.toml [trade]).
_TAKES = vocab.alternation("trade", "partner_takes", any_space=True)
_SENT = vocab.alternation("trade", "sent_to")
#: A country's verb of importing or exporting ("Japan imported", "Korea shipped out").
_IMPORTED = vocab.alternation("trade", "imported", any_space=True)
_EXPORTED = vocab.alternation("trade", "exported", any_space=True)
#: A partner receiving the figure: "with Germany taking", "Japan took", "South Korea received".
_PARTNER_TAKES = re.compile(
    rf"(?<![\w.])(?:{_PARTNERS})\s+(?:alone\s+)?(?:{_TAKES})\s+{_HEDGE}$",
    re.I,
)
#: The figure sent to a partner: "4,200 t of magnets to Germany", "1,050 t going to Germany".
_SENT_TO_PARTNER = re.compile(
    rf"(?:\s+of\s+[^,;]{{0,40}}?)?\s+(?:(?:{_SENT})\s+)?(?:to|for)\s+(?:{_PARTNERS})\b",
    re.I,
)
#: A composition note after the traded goods ("magnet imports, mostly NdFeB, ...").
_MOSTLY = re.compile(r"\b(?:mostly|mainly|largely|chiefly|primarily|predominantly)\s+$", re.I)
_AND_COMPOUNDS = re.compile(r"\s+and\s+(?:their\s+)?compounds\b", re.I)
_PERMANENT = re.compile(r"\bpermanent[\s-]+magnets?\b", re.I)
#: The magnet a story names: "rare earth (permanent) magnets" (the customs line) or NdFeB.
_MAGNET_NAMED = re.compile(
    r"\b(?:(?P<re>rare[\s-]earth(?:[\s-]+permanent)?[\s-]+magnets?|permanent[\s-]+magnets?)"
    # "NdFeB permanent magnets" is NdFeB's, its "permanent magnets" read with it
    r"|(?:NdFeB|Nd-Fe-B)(?:[\s-]+permanent[\s-]+magnets?)?"
    r"|neodymium[\s-]+(?:iron[\s-]+boron[\s-]+)?(?:permanent[\s-]+)?magnets?)",
    re.I,
)


def _generic_magnet_subject(view: SentenceView, prod_start: int, text: str) -> str | None:
    """What "the magnets" / "magnet exports" stand for: the magnet last named before them."""
    last = None
    for m in _MAGNET_NAMED.finditer(text, 0, view.offset + prod_start):
        last = m
    if last is None:
        return "re_permanent_magnet" if _PERMANENT.search(text) else None
    return "re_permanent_magnet" if last.group("re") else "ndfeb_magnet"


def other_commodity(view: SentenceView, q: Quantity) -> bool:
    """Whether the figure's clause is about another commodity.

    "Antimony exports fell to 1,050 tons": another commodity is named before the figure
    and no rare-earth product is named before it in the clause ("Exports of rare earths,
    unlike antimony, rose ..." stays a rare-earth figure).
    """
    a, _b = view.clause_of(q.start)
    found = next(
        (
            m
            for m in OTHER_COMMODITY.finditer(view.text, a, q.start)
            if not any(c.start <= m.start() < c.end for c in view.companies)
        ),
        None,
    )  # "Xiamen Tungsten" is a company, not tungsten
    if found is None:
        return False
    return not any(a <= p.start < found.start() for p in view.products)


#: Goods a sentence leaves out: "... but not magnets", "excluding magnets".
_EXCLUDED = re.compile(
    r"\b(?:not|nor|excluding|excludes?|except(?:\s+for)?|other\s+than|apart\s+from|without|less"
    # "which does not include magnets", "not counting oxides", "leaves out metals"
    r"|(?:not|n['’]t)\s+(?:include|including|cover|covering|count|counting|contain)|leaves?\s+out)"
    r"\s+(?:the\s+|any\s+)?$",
    re.I,
)
#: Goods named after the trade word ("imports of metals and compounds"): not the last ones.
#: Goods named after the flow ("exports of magnets", "trade in oxides"); not a period after
#: "in" ("exports in January-August", "imports in the first half", "in H1").
_GOODS_NAMED = re.compile(
    r"\b(?:exports?|imports?|shipments?|sales)\s+(?:of|in)\s+"
    r"(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|the\s+(?:first|second|third|last"
    r"|past|same|year|month|quarter|period|half|week)|first|last|this|that|[hq][1-4]\b))[a-z]",
    re.I,
)


#: Trade words right before the goods they name: "exports of", "imports of the".
_TRADE_OF = re.compile(r"\b(?:exports?|imports?|shipments?)\s+of\s+(?:the\s+)?$", re.I)
#: A sector's goods named as the trade's own noun: "NEV exports", "EV shipments".
_SECTOR_TRADE = re.compile(r"\)?\s*(?:exports?|imports?|shipments?)\b", re.I)


def _sector_goods(view: SentenceView, q: Quantity) -> bool:
    """Whether the goods traded, named before the figure in its clause, are an end-use sector's.

    "Exports of EVs rose 15%", "shipments of wind turbines fell 3%": finished goods, whose
    trade is no rare earth trade (with no rare earth product named).
    """
    a, _b = view.clause_of(q.start)
    return any(
        a <= m.start < q.start
        and (
            _TRADE_OF.search(view.text, max(a, m.start - 25), m.start) is not None
            or _SECTOR_TRADE.match(view.text, m.end) is not None  # "NEV exports: 1.28m units"
        )
        and not any(m.end <= p.start < q.start for p in view.products)
        for m in view.sectors
    )


def extract(
    view: SentenceView, q: Quantity, st: DocState, tag: str, cmp: str | None
) -> list[Draft] | None:
    """An import or export volume, or its percentage change."""
    if other_commodity(view, q):
        trace.veto("other_commodity", (q.start, q.end), "trade")
        return None
    if tag != "imports" and partner_share(view, q):
        trace.veto("partner_country", (q.start, q.end), "trade")
        return []
    if tag == "volume":
        return _volume(view, q, st)
    a, _b = view.clause_of(q.start)
    if _CONDITIONAL.search(view.text, max(a, q.start - 60), q.start):
        trace.veto("hypothetical", (q.start, q.end), "trade")
        return None  # "exports could drop below 3,000 tons a month"
    if future_figure(view, q):
        trace.veto("outlook", (q.start, q.end), "trade")
        return None  # "a trader expects magnet exports to recover to about 4,500 t in July"
    if q.dimension == "percent" and _RELIANCE.search(view.text, a, q.start):
        return None  # "net import reliance was 67%": a share of use, not a change
    if _PER_UNIT.search(view.text, max(a, q.start - 30), q.start):
        return None  # "each using 3.5 kg of NdFeB": an intensity, not a traded volume
    metric = "imports" if tag == "imports" else "exports"
    if metric == "exports" and _SUPPLIER.search(view.text, 0, q.start):
        metric = "imports"  # "Myanmar remained the largest supplier, but its shipments fell"
    prod = subject_before(view, q, view.products)
    after = product_after(view, q, 50)
    if after is not None and re.match(r"[\s(t)]*of\b", view.text[q.end : after.start]):
        prod = after  # "exported 47,000 tonnes of NdFeB magnets"
    if prod is not None and _EXCLUDED.search(view.text, max(0, prod.start - 20), prod.start):
        # "exports of rare earths, which include oxides but not magnets, rose ...": the goods
        # left out are not the subject; the goods before them are
        prod = view.nearest_before(view.products, prod.start - 1)
    if prod is not None and (bracket := _bracket_around(view.text, prod.start, q.start)) >= 0:
        # "Exports of unwrought rare earths (the wider basket, not magnets) were X": goods
        # named in brackets before the figure describe the ones before them
        prod = view.nearest_before(view.products, bracket) or prod
    if prod is not None:
        aside = next(
            (m for m in _ASIDE.finditer(view.text, 0, q.start) if m.start() < prod.start < m.end()),
            None,
        )
        if aside is not None:
            # "Imports of rare earth metals and compounds, which firms use to make magnets,
            # fell 9.4%": goods in a relative clause are not what was traded; "Imports from
            # Laos, where firms mine ionic clays, rose to X": a place's aside names no goods
            where = re.match(r",\s*where\b", aside.group(0)) is not None
            prod = view.nearest_before(view.products, aside.start()) or (None if where else prod)
    if prod is not None and _MOSTLY.search(view.text, max(0, prod.start - 20), prod.start):
        prod = view.nearest_before(view.products, prod.start - 1) or prod  # "X, mostly Y"
    if prod is None and _sector_goods(view, q):
        trace.veto("other_commodity", (q.start, q.end), "trade")
        return None  # "Exports of EVs rose 15% to 2.1mn units": cars, not rare earths
    subject = prod.id if prod else "rare_earths"
    if (
        prod is None
        and not _goods_in_reach(view, q)
        and st.last_volume
        and st.last_volume[0] == metric
        and not _GOODS_NAMED.search(view.text, 0, q.start)
    ):
        subject = st.last_volume[1]  # "... 58,152 t of magnets in 2024. December shipments were"
    if (
        prod is None
        and st.section_goods is not None
        and not _GOODS_NAMED.search(view.text, 0, q.start)
    ):
        subject = st.section_goods  # "- Exports of 4,380 t" under "Rare earth magnets"
    if subject == "total_reo":
        subject = "re_oxides"  # traded "rare earth oxides" are the oxide group, not an output
    if prod is not None and _AND_COMPOUNDS.match(view.text, prod.end):
        subject = "rare_earths"  # "rare earth metals and compounds": the trade aggregate
    if prod is not None and _GENERIC_MAGNET.fullmatch(view.text[prod.start : prod.end]):
        # "Shipments of the magnets": the magnet the story last named ("rare earth magnets"
        # is the customs line, re_permanent_magnet; "NdFeB magnets" stay ndfeb_magnet)
        subject = _generic_magnet_subject(view, prod.start, st.text) or subject
    period, dm = bind_coarse(view, q, st)
    if period is None:
        period = _year_after_base(view, q, st)  # "fell 24% to 132,900 t from 175,900 t in 2023"
    if period is None and not view.dates:
        # an undated volume in a story on "2024 exports", on "the May customs data" (its title)
        period = st.report_period or st.title_month
    if q.dimension == "percent":
        if dm is not None and _dated_base(view, q, dm):
            period, dm = _main_period(view, q, st)  # "... from 5,528 t in July, 1.3% below ..."
            cmp = cmp or cmp_of(view, q, period)
        if cmp is None and period is not None:
            cmp = _against_level(view, q, period)  # "1.3% below the level of August 2024"
        if cmp is None and period is not None and cumulative(period):
            cmp = "yoy"  # a cumulative figure ("in the first ten months ... rose 12%") vs last year
        if cmp is None or re.match(r"\s*of\b", view.text[q.end :]):
            return None
        value = signed(q.value, q, view.sign_near(q))
        return [
            Draft(
                "trade",
                importer(view, q, st) if metric == "imports" else exporter(view, q),
                subject,
                f"{metric}_{cmp}_pct",
                period,
                value,
                "%",
                q,
                date_mention=dm,
            )
        ]
    entity = importer(view, q, st) if metric == "imports" else exporter(view, q)
    if entity == "india" and dm is not None and period is not None:
        period = _indian_fiscal(view, dm, period)  # "in FY25": April 2024 to March 2025
    if q.dimension == "money":
        # a customs value: "In value terms, imports fell 21.9% to $187.6 million"
        unit = q.unit if not q.unit.startswith("$") else st.dollar
        return [Draft("trade", entity, subject, metric, period, q.value, unit, q, date_mention=dm)]
    if q.dimension != "mass":
        return None
    own = base_figure_date(view, q)
    if _MONTH_BEFORE.match(view.text, q.end) and (main := _month_before_figure(view, q)):
        period, dm = _month_back(main), None  # "..., after 5,791 t the month before"
    elif own is not None:
        period, dm = own.period, own  # "... less than the 5,800 t shipped in August"
    elif comparison_base(view, q) == "year_ago":
        period, dm = year_ago_period(view, q, period), None
    return [Draft("trade", entity, subject, metric, period, q.value, q.unit, q, date_mention=dm)]


def _bracket_around(text: str, at: int, end: int) -> int:
    """The opening of a bracket holding ``at`` and closed before ``end``, else -1."""
    start = text.rfind("(", 0, at)
    if start < 0 or text.find(")", start, at) >= 0:
        return -1
    close = text.find(")", at, end)
    return start if close >= 0 else -1


def _goods_in_reach(view: SentenceView, q: Quantity) -> bool:
    """Whether goods are named before the figure or after it before the next comma.

    Goods named only in a later piece ("exports sank to 1,238 t, ..., after Beijing added
    seven heavy rare earths to its control list") are not what the figure counts, so the
    figure continues the goods of the paragraph's last volume.
    A composition note after a comma ("to 4,000 t, including cerium and lanthanum oxides")
    still belongs to the figure's piece.
    """
    stop = _PIECE_END.search(view.text, q.end)
    end = stop.start() if stop else len(view.text)
    return any(p.start < end for p in view.products)


#: The end of the figure's piece; a composition note after the comma ("to 4,000 t, including
#: cerium and lanthanum oxides", "..., mostly NdFeB") still names the figure's goods.
_PIECE_END = re.compile(
    r";|,(?!\s*(?:including|includes|mainly|mostly|chiefly|largely|primarily|such\s+as)\b)"
)


#: A volume's own month told after it, counted back from the sentence's: "after 5,791 t the
#: month before", "from 4,560 t a month earlier", "against 3,900 t the previous month".
_MONTH_BEFORE = re.compile(
    r"\s*(?:of\s+[\w\s-]{0,25}?)?,?\s*(?:in\s+)?(?:the\s+month\s+(?:before|earlier)"
    r"|a\s+month\s+(?:before|earlier|ago)|the\s+(?:previous|prior|preceding)\s+month)\b",
    re.I,
)


def _month_before_figure(view: SentenceView, q: Quantity) -> Period | None:
    """The last single month the sentence names before ``q`` that is not a base's."""
    months = [
        d.period
        for d in view.dates
        if d.end <= q.start
        and not d.is_ref
        and d.period is not None
        and d.period.granularity is Granularity.MONTH
        and not d.period.is_span
    ]
    return months[-1] if months else None


def _month_back(period: Period) -> Period | None:
    """The month before a single month; None for any other period."""
    if period.granularity is not Granularity.MONTH or period.is_span:
        return None
    y, m = period.start.year, period.start.month
    return Period.month(y - 1, 12) if m == 1 else Period.month(y, m - 1)


#: Words that make a sum of money the value of the traded goods ("in value terms", "worth").
_VALUE_WORDS = re.compile(
    r"\b(?:in\s+(?:value|dollar|yuan|money)\s+terms|by\s+value|values?\b|valued\s+at|worth)",
    re.I,
)


def customs_value(view: SentenceView, q: Quantity) -> bool:
    """Whether a sum of money in an import or export sentence is the goods' customs value.

    "In value terms, imports fell 21.9% to $187.6 million", "exports worth $1.2 billion";
    not a price per kilogram, a company's takings or a sum with no value word.
    """
    return (
        q.unit in ("USD", "CNY", "EUR", "$", "US$")
        and q.scaled
        and _VALUE_WORDS.search(view.text) is not None
        and not view.companies
    )


def base_figure_date(view: SentenceView, q: Quantity) -> DateMention | None:
    """The own date of a volume the figure before it is compared with.

    "than the 5,800 t shipped in August", "from August's 5,800 t", "9% below August's 5,800 t"
    and "than August's, when
    they shipped 5,800 t" are August's volumes, not the sentence's month.
    """
    owned = possessive_base_date(view, q)
    if owned is not None:
        return owned
    if comparison_base(view, q) != "other":
        return None
    own = base_date(view, q)
    return own if own is not None and own.period is not None else None


def when_clause_figure(view: SentenceView, q: Quantity) -> bool:
    """Whether a volume is told in a base period's own "when" clause.

    "from May, when they had slumped to 1,238 t": a move set right after it ("..., a 74%
    drop from a year earlier") is that volume's, not the sentence's main one.
    """
    return any(
        d.end <= q.start
        and d.period is not None
        and WHEN_THEN.match(view.text, d.end, q.start)
        and LEAD_BEFORE_DATE.search(view.text, max(0, d.start - 25), d.start)
        for d in view.dates
    )


def _year_after_base(view: SentenceView, q: Quantity, st: DocState) -> Period | None:
    """An undated volume's year when a later base in its sentence is dated a year before.

    "Imports fell 24% to 132,900 t from 175,900 t in 2023" are 2024's, once 2024 has ended
    by publication; a base of another kind of period tells nothing.
    """
    pub = st.dates.published
    for o in view.qtys:
        if o.start <= q.end or o.dimension != "mass":
            continue
        own = base_figure_date(view, o)
        if own is None or own.period is None:
            continue  # the figure's own level ("fell 24% to 132,900 t"), or an undated base
        if own.period.granularity is not Granularity.YEAR:
            return None
        after = shift_year(own.period, 1)
        return after if after is not None and pub is not None and after.end <= pub else None
    return None


_ANNUAL = re.compile(r"\b(?:annual(?:ly)?|a year|per year|each year|per annum)\b", re.I)


def _volume(view: SentenceView, q: Quantity, st: DocState) -> list[Draft] | None:
    """A traded volume ("an online trading platform that handles 10 million tons a year")."""
    if q.dimension not in ("mass", "mass_rate"):
        return None
    prod = subject_before(view, q, view.products)
    subject = prod.id if prod else "rare_earths"
    entity = "china"
    if subject == "online_trading_platform":
        entity = company_for(view, q, st, fallback_main=True) or "china"
    annual = q.dimension == "mass_rate" or bool(_ANNUAL.search(view.text, q.end))
    period, dm = bind_coarse(view, q, st)
    if period is None and annual and st.dates.ref_year:
        period = Period.year(st.dates.ref_year)
    unit = "t/yr" if annual else q.unit
    return [
        Draft(
            "trade",
            entity,
            subject,
            "volume",
            period,
            q.value,
            unit,
            q,
            date_mention=dm,
            bound=bound_of(view, q),
        )
    ]


#: A conditional or forecast volume ("could drop below", "may reach").
_CONDITIONAL = re.compile(
    r"\b(?:could|might|(?-i:may)|would|will|likely\s+to|expected\s+to|set\s+to)\s+"
    r"(?:\w+\s+){1,3}?(?:below|above|under|over|to|about|around|near|beyond)?\s*$",
    re.I,
)
_RELIANCE = re.compile(r"\b(?:reliance|dependence|dependency|self-sufficiency)\b", re.I)
_PER_UNIT = re.compile(r"\beach\b(?:\s+[\w-]+){0,3}\s+$", re.I)
#: Countries that may be the importer a story is about (China is the default holder).
_IMPORTERS = {
    **{k: v for k, v in COUNTRIES.items() if v not in ("china", "global")},
    "south korea": "south_korea",
    "korea": "south_korea",
    "germany": "germany",
    "the united states": "united_states",
    "the u.s.": "united_states",
    "us": "united_states",
}
_COUNTRY_ALT = "|".join(re.escape(k) for k in sorted(_IMPORTERS, key=len, reverse=True))
#: A country as the importer: "Japan's imports", "Japan imported", "Japan brought in", "US
#: imports of" (not "Myanmar ore imports", where the country is the origin).
_IMPORTER = re.compile(
    rf"(?<![\w.])(?P<c>{_COUNTRY_ALT}|china)(?:['’]s\s+(?:[\w-]+\s+){{0,5}}?imports?"
    rf"|\s+(?:[\w-]+\s+){{0,2}}?(?:{_IMPORTED})|\s+imports?\s+(?=of\b)"
    # what a country buys from abroad: "Japan's purchases of X from overseas", "Vietnam bought"
    rf"|(?:['’]s\s+purchases|\s+(?:bought|buys))(?=[^.;]{{0,90}}\bfrom\s+(?:abroad|overseas)\b))\b",
    re.I,
)
_IMPORT_WORD = re.compile(rf"\b(?:imports?|{_IMPORTED})\b", re.I)


def importer(view: SentenceView, q: Quantity, st: DocState) -> str:
    """The country whose imports a figure counts (China unless the text names another).

    The sentence's own importer ("Korea's imports of ...") wins; a sentence naming none
    takes the country whose imports the document opens with (a story on Japan's imports
    goes on counting Japan's), never an origin ("imports from Vietnam").
    """
    # whole text searched: "bought ... from overseas" looks past the figure for its origin
    found = [m for m in _IMPORTER.finditer(view.text) if m.end() <= q.start]
    if found:
        return _IMPORTERS.get(found[-1].group("c").lower(), "china")
    the_country = _THE_COUNTRY.search(view.text, 0, q.start)
    if the_country is not None:
        named = list(_A_COUNTRY.finditer(view.text, 0, the_country.start()))
        if named:  # "Korea's trade ministry said the country imported 540 t"
            c = named[-1].group("c").lower()
            return _IMPORTERS.get(c) or DEMONYMS.get(c) or "china"
        if led := _country_led_before(view, st):
            return led  # "India depends on ... The country imported 870 t ..."
    labelled = _line_label(view, st)
    if labelled is not None:
        return labelled
    # "Japan imported 1,184 t in December. For the year, imports totalled 14,320 t": the
    # paragraph's importer goes on
    line = st.text.rfind("\n", 0, view.offset) + 1
    before = list(_IMPORTER.finditer(st.text, line, view.offset))
    if before:
        return _IMPORTERS.get(before[-1].group("c").lower(), "china")
    return _opening_importer(st.text)


#: A country as the exporter: "Japan's exports", "Japan exported", "exports of NdFeB magnets
#: from Japan" (the goods' origin), not "exports to Japan" (a destination).
_EXPORTER = re.compile(
    rf"(?<![\w.])(?P<c>{_COUNTRY_ALT})(?:['’]s\s+(?:[\w-]+\s+){{0,5}}?exports?"
    rf"|\s+(?:[\w-]+\s+){{0,2}}?(?:{_EXPORTED}))\b"
    rf"|\bexports?\s+(?:of\s+(?:[\w-]+\s+){{0,5}}?)?from\s+(?P<o>{_COUNTRY_ALT})\b",
    re.I,
)


def exporter(view: SentenceView, q: Quantity) -> str:
    """The country whose exports a figure counts: China unless its sentence names another."""
    found = list(_EXPORTER.finditer(view.text, 0, q.start))
    if not found:
        return "china"
    name = found[-1].group("c") or found[-1].group("o")
    return _IMPORTERS.get(name.lower(), "china")


_FY_NAMED = re.compile(r"(?:FY|fiscal(?:\s+year)?\s*)'?\d", re.I)


def _indian_fiscal(view: SentenceView, dm: DateMention, period: Period) -> Period:
    """India's fiscal year named as such ("FY25", "fiscal 2025"): April to March, by its end."""
    if period.granularity is not Granularity.YEAR or period.is_span:
        return period
    if not _FY_NAMED.match(view.text, dm.start) and not re.search(
        r"\b(?:FY|fiscal(?:\s+year)?)\s*$", view.text[max(0, dm.start - 12) : dm.start], re.I
    ):
        return period
    y = period.start.year
    return Period.span(Period.month(y - 1, 4), Period.month(y, 3))


#: "The country imported", "the country's imports": the country the sentence before is about.
_THE_COUNTRY = re.compile(
    r"\bthe\s+country(?:['’]s\s+(?:[\w-]+\s+){0,3}?imports?|\s+(?:[\w-]+\s+){0,2}?imported"
    rf"|\s+(?:[\w-]+\s+){{0,2}}?(?:{_IMPORTED}))\b",
    re.I,
)
#: A country named anywhere before "the country" in its own sentence (its source's owner).
#: ("Japanese customs data showed the country ..." by its adjective too).
_DEMONYM_ALT = "|".join(re.escape(k) for k in sorted(DEMONYMS, key=len, reverse=True))
_A_COUNTRY = re.compile(rf"(?<![\w.])(?P<c>{_COUNTRY_ALT}|{_DEMONYM_ALT}|china)\b", re.I)
_LEADING_COUNTRY = re.compile(rf"^\s*(?:[\w,'’-]+\s+){{0,3}}?(?P<c>{_COUNTRY_ALT})\b", re.I)


def _country_led_before(view: SentenceView, st: DocState) -> str | None:
    """The country that leads the sentence before ``view`` in its paragraph, else None."""
    start = st.text.rfind("\n", 0, view.offset) + 1
    before = st.text[start : view.offset]
    cut = before.rfind(". ", 0, len(before.rstrip()) - 1)  # the sentence before's start
    m = _LEADING_COUNTRY.match(before[cut + 2 :] if cut >= 0 else before)
    return _IMPORTERS.get(m.group("c").lower()) if m else None


#: How far into a document its opening (headline and lead) runs.
_OPENING = 600


@lru_cache(maxsize=4)
def _opening_importer(text: str) -> str:
    """The country whose imports a document opens with (China when it opens on no other's).

    Read once per document, not once per figure; the opening is the headline and the lead
    paragraph, within ``_OPENING`` characters (a later paragraph on Japan's imports does not
    make a short story's "The country took in X" Japan's).
    """
    for k, word in enumerate(_IMPORT_WORD.finditer(text, 0, _opening_end(text))):
        opening = _IMPORTER.search(text, max(0, word.start() - 60), word.end())
        if opening is not None and opening.end() == word.end():
            return _IMPORTERS.get(opening.group("c").lower(), "china")
        if k >= 1:
            break  # a headline's "Rare earth imports fall ..." then the lead's "Japan's imports"
    return "china"


def _opening_end(text: str) -> int:
    """Where a document's opening ends: after its lead, or at ``_OPENING``.

    The lead is the first line of prose, a line of at least ``_LEAD_LINE`` characters after
    the short title, byline and date lines.
    """
    for m in re.finditer(r"[^\n]+", text[:_OPENING]):
        if len(m.group().strip()) >= _LEAD_LINE:
            return m.end()
    return _OPENING


#: How long a line must be to be a story's lead rather than its title or dateline.
_LEAD_LINE = 100


_LABEL = re.compile(rf"(?P<c>{_COUNTRY_ALT}|china)\s*:", re.I)


def _line_label(view: SentenceView, st: DocState) -> str | None:
    """The country a line opens with as its label ("United States: ... Imports rose 9%")."""
    at = view.offset  # where the sentence starts in the document's text
    line = st.text.rfind("\n", 0, at) + 1
    m = _LABEL.match(st.text, line, at + 1)
    return _IMPORTERS.get(m.group("c").lower(), "china") if m else None


def _dated_base(view: SentenceView, q: Quantity, dm: DateMention) -> bool:
    """Whether the date a percentage took is the own date of a base volume before it."""
    return any(
        o.end <= q.start and o.dimension == "mass" and base_figure_date(view, o) == dm
        for o in view.qtys
    )


def _main_period(
    view: SentenceView, q: Quantity, st: DocState
) -> tuple[Period | None, DateMention | None]:
    """The period of the sentence's first volume that is not a comparison base."""
    for o in view.qtys:
        if o.start >= q.start:
            break
        if o.dimension == "mass" and base_figure_date(view, o) is None:
            return bind_coarse(view, o, st)
    return None, None


_VS_LEVEL = re.compile(
    r"\s*(?:below|above|under|over|(?:lower|higher|less|more)\s+than)\s+"
    r"(?:the\s+(?:level|figure|volume|total)\s+(?:of|in|for)\s+|that\s+of\s+|in\s+)?$",
    re.I,
)


def _against_level(view: SentenceView, q: Quantity, period: Period) -> str | None:
    """y/y or m/m of a percentage measured against a dated level after it."""
    later = ref_after(view, q) or later_date(view, q)
    if later is None or later.period is None or not _VS_LEVEL.match(view.text, q.end, later.start):
        return None
    return gap_cmp(later.period, period)


#: A figure-less sentence opening on a trade flow of named goods: "Exports of the unwrought
#: rare earths group, which customs reports separately, rose instead."
_FLOW_LEAD = re.compile(
    r"\s*(?P<flow>exports|imports|shipments|outbound\s+shipments)\s+of\s+(?:the\s+)?", re.I
)


def remember_flow_topic(text: str, st: DocState) -> None:
    """Make the goods a figure-less sentence's trade flow names the subject of "They ...".

    "Exports of the unwrought rare earths group rose instead. They reached 5,864.6 tons in
    May": the tonnage is that group's exports, not the magnets' told before.
    """
    m = _FLOW_LEAD.match(text)
    if m is None:
        return
    found = find_products(text[m.end() : m.end() + 60])
    if not found or found[0].start > 12:
        return
    flow = m.group("flow").lower()
    st.last_volume = ("imports" if flow == "imports" else "exports", found[0].id)
