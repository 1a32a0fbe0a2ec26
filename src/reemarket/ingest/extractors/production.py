"""Production and sales volumes.

Production and sales: "<product> output came to 240 t, 3% lower than in March", "its
oxide output was 3,150 t, 14% more than a year earlier", "the miner produced 1,980 t of REO",
"output rose close to 4% on the month".
"""

from __future__ import annotations

import re

from reemarket.domain.periods import Granularity, Period
from reemarket.ingest import trace
from reemarket.ingest.annotate import SentenceView
from reemarket.ingest.dates import DateMention
from reemarket.ingest.extractors.comparison import (
    cmp_of,
    comparison_base,
    cumulative,
    year_ago_period,
)
from reemarket.ingest.extractors.date_binding import (
    base_date,
    bind_coarse,
    bracket_labelled,
    possessive_base_date,
)
from reemarket.ingest.extractors.figure_words import bound_of, future_figure, remainder, signed
from reemarket.ingest.extractors.financial import fiscal_span
from reemarket.ingest.extractors.holders import (
    DOMESTIC,
    GLOBAL,
    SURVEY,
    cited_market,
    piece_market,
)
from reemarket.ingest.extractors.state import MARKET_HOLDERS, DocState, Draft
from reemarket.ingest.extractors.subjects import (
    company_for,
    product_after,
    refers_back,
    subject_before,
)
from reemarket.ingest.extractors.trade import other_commodity
from reemarket.ingest.lexicon import COUNTRIES, DEMONYM_NAMES, DEMONYMS, Mention
from reemarket.ingest.numbers import Quantity
from reemarket.ingest.startwords import Prechecked

#: A producing country named right before its figure: "production in Burma fell to X",
#: "output in Australia was X", "Russia's output reached X" (the last one before the figure).
_COUNTRY_NAMES = "|".join(
    sorted((re.escape(k) for k, v in COUNTRIES.items() if v != "global"), key=len, reverse=True)
)
_PLACE = Prechecked(
    re.compile(
        rf"\b(?:(?:mine\s+)?(?:production|output)\s+in\s+(?P<a>{_COUNTRY_NAMES})"
        rf"|(?P<b>{_COUNTRY_NAMES})['’]s\s+(?:mine\s+)?(?:production|output)"
        # the country as the subject of the verb: "China produced 270,000 t", "Myanmar mined"
        rf"|(?P<c>{_COUNTRY_NAMES})\s+(?:produced|mined|turned\s+out|extracted)"
        # the country's adjective: "Australian output was X", "Burmese mine production of X"
        rf"|(?-i:(?P<d>{DEMONYM_NAMES}))\s+(?:mine\s+)?(?:production|output))\b",
        re.I,
    )
)


#: Quota kinds a quota sentence leaves as the last subject; no product is produced under them.
_QUOTA_KINDS = frozenset(("mining", "smelting_separation"))
#: A part of a total named after its figure: "..., of which 3,169t was NdPr".
_OF_WHICH = re.compile(r"\bof\s+which\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$", re.I)
_PART_VERB = re.compile(r"\s*(?:was|were|is|are|came\s+from|consisted\s+of)\s+", re.I)


def _place_before(view: SentenceView, q: Quantity) -> str | None:
    """The country whose production a figure is, named in its clause before it, else None."""
    a, _b = view.clause_of(q.start)
    found = list(_PLACE.finditer(view.text, a, q.start))
    if not found:
        return None
    m = found[-1]
    if m.group("d"):
        return DEMONYMS.get(m.group("d").lower())
    return COUNTRIES.get((m.group("a") or m.group("b") or m.group("c")).lower())


def entity_for(view: SentenceView, q: Quantity, st: DocState) -> str:
    """The producer: a company named or referred to, else China for market-wide figures.

    A figure with no company in its sentence is the market's when the sentence scopes it so
    or credits it to a third party (:mod:`.holders`); otherwise the paragraph's or the
    document's company holds it (a company's own report: "Output rose 12% to 5,100 t").
    """
    named = view.nearest_before(view.companies, q.start)
    if named is not None:
        # "X made 25,000 t, while China's output reached 270,000 t": the piece's own holder
        return piece_market(view, q) or named.id
    place = _place_before(view, q)
    if place is not None:
        return place  # "mine output in Malaysia slipped to 9,500 tons"
    if st.para_country is not None:
        return st.para_country  # "Brazil: mine output was ..."
    if GLOBAL.search(view.text[: q.start]):
        return "global"
    if DOMESTIC.search(view.text[: q.start]):
        return "china"
    before = view.text[: q.start]
    if refers_back(view, q):
        return st.para_company or st.main_company or "china"
    if SURVEY.search(before):
        return "china"
    cited = cited_market(view, q, st)
    if cited is not None:
        return cited  # "NdPr oxide output rose to 103,000 t, consultancy X said"
    company = company_for(view, q, st, fallback_main=False)
    if company is None and st.market_holder is not None:
        return st.market_holder  # "domestic Dy oxide output ... . Tb oxide output ..."
    return company or st.para_company or st.doc_company or "china"


#: "contained" or "in concentrate" after a REO name, its abbreviation in brackets between
#: (the name's mention may already hold the bracket's opening: "Rare earth oxide (REO")
_CONTAINED = re.compile(
    r"\s*\)?\s*(?:\(\s*T?REO\s*\)\s*)?(contained|content|in\s+concentrates?)\b", re.I
)


def _contained(view: SentenceView, prod: Mention | None) -> str | None:
    """The subject of a miner's REO figure: ``total_reo`` or ``re_concentrate``.

    "Contained" REO is its total REO output; "REO in concentrate" the concentrate it sells.
    """
    if prod is None or prod.id not in ("re_oxides", "total_reo"):
        return None
    m = _CONTAINED.match(view.text, prod.end)
    if m is None:
        return None
    return "re_concentrate" if m.group(1).lower().startswith("in") else "total_reo"


_SENTENCE_YOY = re.compile(
    r"\b(?:a\s+year\s+(?:earlier|ago|before)|y/y|yoy|year[- ]on[- ]year|prior[- ]year|"
    r"previous\s+year|last\s+year|corresponding)\b",
    re.I,
)
_SENTENCE_QOQ = re.compile(
    r"\b(?:q/q|qoq|quarter[- ]on[- ]quarter|previous\s+quarter|prior\s+quarter|"
    r"preceding\s+quarter|sequential(?:ly)?)\b",
    re.I,
)


def _sentence_cmp(view: SentenceView) -> str | None:
    """The one comparison a sentence names anywhere (yoy or qoq), else None."""
    yoy = _SENTENCE_YOY.search(view.text) is not None
    qoq = _SENTENCE_QOQ.search(view.text) is not None
    return "yoy" if yoy and not qoq else "qoq" if qoq and not yoy else None


def _sentence_period(view: SentenceView, q: Quantity) -> tuple[Period | None, DateMention | None]:
    """The period a sentence's first figure is dated by, for an undated move after it.

    "China produced 13,520 t of magnets in May, ..., while output of oxides rose 2.3% on
    the month": the move is May's too.
    """
    first = next(
        (
            d
            for d in view.dates
            if d.end <= q.start
            and d.period is not None
            and d.period.granularity is not Granularity.DAY  # not a dateline's day
        ),
        None,
    )
    if first is None or first.period is None or first.is_ref:
        return None, None
    return first.period, first


#: "the year" alone, not "this year" or "last year": in a results story, the year reported
#: ("for the year", "over the year": a July-June company's fiscal year).
_THE_YEAR = re.compile(r"(?:(?:for|over|during|in)\s+)?the\s+(?:full\s+)?year", re.I)


def extract(
    view: SentenceView, q: Quantity, st: DocState, tag: str, cmp: str | None
) -> list[Draft] | None:
    """Production or sales volume, or its percentage change."""
    if future_figure(view, q):
        trace.veto("outlook", (q.start, q.end), "production")
        return []
    metric = "sales" if tag == "sales" else "production"
    if other_commodity(view, q) and not _goods_in_clause(view, q):
        trace.veto("other_commodity", (q.start, q.end), "production")
        return []  # "ilmenite sales slid 9% to 410,000 t": not a rare earth's
    if q.dimension == "percent":
        entity = entity_for(view, q, st)
        if cmp is None:
            flat = re.search(
                r"\b(?:flat|unchanged)\b", view.text[max(0, q.start - 40) : q.start], re.I
            )
            period0, dm0 = bind_coarse(view, q, st)
            if entity != "china":  # a company's report period ("the quarter's output dipped 4%")
                period0 = st.figure_period(period0, dm0, entity)
                if period0 is not None:  # "24% higher than the June quarter": q/q
                    cmp = cmp_of(view, q, period0)
            if (
                cmp is None
                and dm0 is None
                and period0 is not None
                and period0.granularity is Granularity.QUARTER
                and not period0.is_span
            ):
                # a company's quarter, undated in the sentence: a bare move takes the
                # comparison its sentence names ("rose 51% from a year earlier ..., while
                # total output dipped 4%"); alone it may be either ("sales fell 8%")
                cmp = _sentence_cmp(view)
                if cmp is None and not flat:
                    return None
            if cmp is None and period0 is not None and cumulative(period0) and view.sign_near(q):
                cmp = "yoy"  # "production rose 8% to 310,000 t in 2024": against the year before
            elif cmp is None and not flat:
                return None
        if re.match(r"\s*of\b", view.text[q.end :]):
            return None
        prod = subject_before(view, q, view.products) or (product_after(view, q) if False else None)
        subject = _contained(view, prod) or (prod.id if prod else st.last_subject)
        if subject is None:
            return None
        period, dm = bind_coarse(view, q, st)
        if entity != "china":
            period = st.figure_period(period, dm, entity)
        elif period is None:
            period, dm = _sentence_period(view, q)
            period = _market_period(period, dm, entity, st)
        value = signed(q.value, q, view.sign_near(q))
        return [
            Draft(
                "production",
                entity,
                subject,
                f"{metric}_{cmp or 'mom'}_pct",
                period,
                value,
                "%",
                q,
                date_mention=dm,
                bound=bound_of(view, q),
            )
        ]
    if q.dimension not in ("mass",):
        return None
    if remainder(view, q) is not None:
        trace.veto("part", (q.start, q.end), "production")
        return []  # "X made 1,200 t and kept the rest, some 300 t, in stock": not X's output
    prod = product_after(view, q, 50)
    if (
        prod is None
        or not (
            re.match(r"[\s(t)]*(?:\([^()]{0,12}\)\s*)?(?:of|for)\b", view.text[q.end : prod.start])
            # "5,355t REO": the goods named right after the unit
            or (prod.start > q.end and not view.text[q.end : prod.start].strip())
            # "of which 3,169t was NdPr": the part of the total the figure is
            or (
                _OF_WHICH.search(view.text, max(0, q.start - 20), q.start)
                and _PART_VERB.fullmatch(view.text, q.end, prod.start)
            )
        )
    ):
        prod = subject_before(view, q, view.products)
    subject = _contained(view, prod) or (prod.id if prod else st.last_subject)
    if subject in _QUOTA_KINDS or subject == "rare_earths":
        # after a quota sentence: "production in Burma fell to X" is REO; "produced 9,000 t of
        # rare earths" too (the trade aggregate is no output subject)
        subject = "total_reo"
    if subject is None:
        return None
    view, label = bracket_labelled(view, q)  # "3,620t (1QFY26: 3,118t)"
    period, dm = bind_coarse(view, q, st)
    entity = entity_for(view, q, st)
    owned = possessive_base_date(view, q)  # "down 5% on FY23's 5,700t"
    base = "other" if owned is not None else comparison_base(view, q)
    if label is not None and label.period is not None:
        period, dm = label.period, label  # a comparative: never the report's own period
        st.base_periods.append(period)
    elif base is not None:  # "up 6% on the 2,410 tonnes made in the June quarter"
        own = owned or base_date(view, q)
        if own is not None and own.kind in ("rel_year", "prev_annual") and own.is_ref:
            # "up from 1,519 tonnes a year earlier", "against 10,342 t the year before": the
            # main period a year back (a fiscal year stays fiscal)
            own = None
        if own is not None and own.period is not None:
            period, dm = own.period, own
        elif base == "year_ago":
            if period is None and entity != "china" and entity not in MARKET_HOLDERS:
                period = st.figure_period(None, None, entity)  # the main figure's, carried
            elif (
                period is not None
                and entity not in MARKET_HOLDERS
                and not period.is_span
                and period.granularity is Granularity.YEAR
                and (fiscal := st.fiscal_main(entity, period.start.year)) is not None
            ):
                period = fiscal  # "In fiscal 2025 X made A t, against B t the year before"
            period, dm = year_ago_period(view, q, period), None
        else:
            return []
        if dm is not None and entity != "china" and entity not in MARKET_HOLDERS:
            period = fiscal_span(view, dm, period, entity, st)  # "down 5% on FY23's 5,700t"
        if period is not None:
            st.base_periods.append(period)
    elif entity != "china":
        period = st.figure_period(period, dm, entity)
        if (
            dm is not None
            and period is not None
            and _THE_YEAR.fullmatch(dm.text)
            and (fiscal := st.fiscal_main(entity, period.start.year)) is not None
        ):
            period = fiscal  # "Lynas produced X t over the year" after its FY2025 results
        if entity not in MARKET_HOLDERS and (dm is None or dm.kind != "rel_year"):
            # "in fiscal 2025" of a July-June company ("annual output" is a rate, not a year)
            period = fiscal_span(view, dm, period, entity, st)
        if dm is not None and period is not None:
            st.note_main(entity, period)
    else:
        period = _market_period(period, dm, entity, st)
    unit = q.unit
    return [
        Draft(
            "production",
            entity,
            subject,
            metric,
            period,
            q.value,
            unit,
            q,
            date_mention=dm,
            bound=bound_of(view, q),
        )
    ]


def _goods_in_clause(view: SentenceView, q: Quantity) -> bool:
    """Whether a rare-earth product is named anywhere in the figure's clause.

    "Uranium and rare earth producer X produced 14.6t of NdPr oxide": the other commodity
    describes the company, the goods named after the figure are the output's.
    """
    a, b = view.clause_of(q.start)
    return any(a <= p.start < b for p in view.products)


def _market_period(
    period: Period | None, dm: DateMention | None, entity: str, st: DocState
) -> Period | None:
    """A market-wide figure's period: its own, else the last one such a figure named.

    "China produced 7,000 t of Pr-Nd oxide in May ... Output of Pr-Nd metal slipped 2% month
    on month to 5,900 t.": the metal's output is May's too. A dated figure (a month, quarter,
    year or span, not a day) becomes the period later undated ones take.
    """
    if period is None:
        return st.company_periods.get(entity)
    if dm is not None and period.granularity is not Granularity.DAY:
        st.company_periods[entity] = period
    return period


def flat_changes(view: SentenceView, st: DocState) -> list[tuple[str, str, int]]:
    """Statements like "output was flat MoM" (a zero change), as (metric, cmp, position)."""
    if "flat" not in view.low and "unchanged" not in view.low:
        return []
    out = []
    for m in re.finditer(
        r"\b(output|production|sales)\b[^.;,]{0,30}?\b(?:was |were )?(?:flat|unchanged)\s+"
        r"(MoM|YoY|month[- ]on[- ]month|year[- ]on[- ]year)",
        view.text,
        re.I,
    ):
        metric = "sales" if m.group(1).lower() == "sales" else "production"
        cmp = "mom" if m.group(2).lower().startswith("m") else "yoy"
        out.append((metric, cmp, m.end()))
    return out
