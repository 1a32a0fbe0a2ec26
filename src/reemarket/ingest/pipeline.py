"""From document text to facts.

From document text to facts: sentences, annotation, families, then document-wide
clean-up (change periods made consistent, repeated statements removed).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from reemarket.domain.facts import Fact
from reemarket.domain.periods import Granularity, Period
from reemarket.ingest import trace
from reemarket.ingest.annotate import SentenceView, annotate
from reemarket.ingest.datecolumns import column_day
from reemarket.ingest.dates import (
    DateMention,
    DocDates,
    find_dates,
    fiscal_start,
    previous_trading_day,
    remember,
)
from reemarket.ingest.extractors import (
    DocState,
    Draft,
    capacity,
    continued,
    extract_sentence,
    remember_group,
    table_unit,
    trade,
)
from reemarket.ingest.extractors.date_binding import earlier_clause_date, move_of_day
from reemarket.ingest.extractors.prices import remember_topic
from reemarket.ingest.fastre import Folded, lower
from reemarket.ingest.headlines import headline_markets, title_end
from reemarket.ingest.lexicon import find_products
from reemarket.ingest.periodcolumns import find_rows
from reemarket.ingest.pricetable_layout import (
    BASE_DATE,
    PRIOR_NOTE,
    Table,
    find_tables,
    latest_first,
)
from reemarket.ingest.pricetables import REPLACED_LIST_NOTE, table_facts, week_before
from reemarket.ingest.repeats import is_repeat
from reemarket.ingest.rules import en as _en_rules  # noqa: F401  (registers the English rules)
from reemarket.ingest.rules.zh import extract_zh
from reemarket.ingest.rules.zh_text import is_chinese
from reemarket.ingest.sentences import analysis_text, split_sentences
from reemarket.ingest.startwords import Prechecked
from reemarket.ingest.tables import extract_tables

EXTRACTOR_VERSION = "rules-1.0"
_PLANT_NOUN = re.compile(r"\b(?:plant|line|facility|factory|refinery)\b", re.I)
_PLANT_NOUN_F = Folded(_PLANT_NOUN)
_PLANT_WORDS = Prechecked(_PLANT_NOUN)  # its words: most sentences hold none
_DIGIT = re.compile(r"\d")
_CJK = re.compile(r"[\u4e00-\u9fff][^\n]{0,40}\d")
#: What sets a story in Australia: its own dollar or exchange named, or the country (an
#: Australian company merely mentioned does not: "Lynas, the largest producer outside China").
_AUD_CONTEXT = re.compile(r"\bA\$|\bAUD\b|\bASX\b", re.I)


_AUD_MARKED = re.compile(r"\bA\$|\$A\b|\bAUD\b|\bAU\$")
_US_MARKED = re.compile(r"\$US|US\$|\bUSD\b")
_AU_COMPANY = Prechecked(
    re.compile(
        r"\bASX\b|Lynas|Iluka|Arafura|Hastings Technology|Australian Strategic Materials|"
        r"Northern Minerals|VHM\b|Meteoric|Victory Metals",
        re.I,
    )
)


#: An issuer's ASX ticker at the head of its own release ("Iluka Resources Limited (ASX: ILU)")
_ASX_ISSUER = re.compile(r"\(\s*ASX\s*(?::|code:?)\s*[A-Z0-9]{3,4}\b")


#: A publisher's masthead line above a story's headline: "The Daily | Business | 29 August
#: 2025" (pipes between short parts, a year among them).
_MASTHEAD_LINE = re.compile(r"[^|\n]{1,40}(?:\|[^|\n]{1,40}){1,4}")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _headline(text: str) -> str:
    """A story's headline: its first line, or the one after a masthead line of pipes."""
    lines = [ln.strip() for ln in text.lstrip()[:400].split("\n") if ln.strip()][:2]
    if len(lines) == 2 and _MASTHEAD_LINE.fullmatch(lines[0]) and _YEAR.search(lines[0]):
        return lines[1]
    return lines[0] if lines else ""


#: What, before an Australian company in a headline, makes the headline about something
#: else: a product or its prices, or a clause the company is only a part of ("NdPr prices
#: firm as Lynas weighs a US plant", "Dysprosium hits a record; Lynas to expand").
_OTHER_TOPIC = re.compile(r"\bprices?\b|\b(?:as|amid|after|while|despite|when)\b|[;,]", re.I)
#: Product groups a headline may open on before its company ("Rare earths: Lynas lifts ...").
_GROUPS = frozenset(("rare_earths", "re_oxides", "re_salts", "re_metals", "total_reo"))


def _au_subject(headline: str) -> bool:
    """Whether a headline is about an Australian company's own reporting.

    The company must be what the headline names first: "Lynas lifts quarterly revenue",
    "ILUKA RESOURCES LIMITED (ASX: ILU)", not a market story that merely mentions it ("NdPr
    prices firm as Lynas weighs US expansion"), whose bare dollars stay US dollars.
    """
    m = _AU_COMPANY.search(headline)
    if m is None:
        return False
    lead = headline[: m.start()]
    if _OTHER_TOPIC.search(lead):
        return False
    return all(p.id in _GROUPS for p in find_products(lead))


def _bare_dollar(text: str) -> str:
    """What a bare "$" means: A$ in an Australian company's story, else US$.

    A story whose title (under a masthead line, if any) names an Australian company, or a release whose first lines give
    its issuer's ASX ticker, reports in A$; otherwise a writer
    who marks A$ explicitly and never US$ uses "$" for US dollars, and a story that
    marks US$ and is set in Australia uses "$" for A$.
    """
    if "$" not in text:
        return "USD"
    if _au_subject(_headline(text)):
        return "AUD"
    head = "\n".join(text.lstrip().split("\n", 6)[:6])
    if _ASX_ISSUER.search(head) and "US$" not in head:
        return "AUD"
    us = ("US$" in text or "$US" in text or "USD" in text) and _US_MARKED.search(text) is not None
    aud = ("A$" in text or "AUD" in text or "$A" in text) and _AUD_MARKED.search(text) is not None
    if aud and not us:
        return "USD"
    if us and _AUD_CONTEXT.search(text):
        return "AUD"
    return "USD"


@dataclass
class Extraction:
    """The facts of one document and what could not be resolved."""

    facts: list[Fact] = field(default_factory=list)
    unresolved: int = 0
    warnings: list[str] = field(default_factory=list)


_BASE_BEFORE = re.compile(
    r"\b(?:compared\s+(?:with|to)|versus|vs\.?|against|above|below|than|from)\s+"
    r"(?:[^,;]|,(?=\d)){0,45}?(?:\b(?:in|on|for|during)\s+)?$"
    r"|(?:%|\bper\s?cent)\s+(?:on|over)\s+(?:the\s+)?(?:fiscal\s+(?:year\s+)?)?$",  # "20% on FY2024"
    re.I,
)
_BASE_BEFORE_F = Folded(_BASE_BEFORE)


_VOLUMES = ("exports", "imports", "production", "sales")
#: The words before a base level: "up from X", "against X", "compared with X".
_LEVEL_BASE_LEAD = re.compile(
    r"\b(?:from|against|versus|vs\.?|compared\s+(?:with|to))\s+(?:about\s+|around\s+)?"
    r"(?:US\$|\$|RMB|CNY|¥|€)?\s*$",
    re.I,
)
#: The kinds whose figures are flows over a period: "at the end of 2024" dates their year.
_FLOW_KINDS = ("production", "trade", "financial", "quota")


def _year_end_flow(d: Draft) -> None:
    """Give a flow dated "at the end of <year>" that year, not its December.

    The December reading is a stock's ("installed wind capacity reached 520 GW at the end of
    2024"); "NEV sales reached 12.9 million units at the end of 2024, up 35.5%" and "had
    produced 45,000 t by ... the end of 2024" are the year's.
    """
    dm, period = d.date_mention, d.period
    if dm is None or dm.kind != "year_end" or period is None or period.is_span:
        return
    if d.kind in _FLOW_KINDS or (d.kind == "demand" and not d.metric.startswith("installed")):
        d.period = Period.year(period.start.year)


#: An accounting negative after a loss ("net loss of $(30.9) million"): the loss says the
#: sign, so "$(30.9)" is read as " $30.9 " (same length) by the money reader.
_LOSS_BRACKETS = re.compile(
    r"(?<=\bloss)((?:\s+(?:of|was|at|to|narrowed\s+to|widened\s+to))?\s+)(US\$|A\$|\$|€|£)"
    r"\((\d[\d,]*(?:\.\d+)?)\)",
    re.I,
)
#: What every ``_LOSS_BRACKETS`` match holds: a currency sign before a bracket.
_BRACKETED_MONEY = Prechecked(re.compile(r"[$€£]\("))
_BASE_HINT = re.compile(r"compared|versus|vs|against|above|below|than|from|% on |% over ")


def _figure_before(view: SentenceView, d: DateMention) -> bool:
    """A figure in the 40 characters before a date (a base date's: a base figure's date).

    "from 463,000-467,000 yuan/tonne on Monday".
    """
    return _DIGIT.search(view.text, max(0, d.start - 40), d.start) is not None


def _base_date(view: SentenceView, d: DateMention) -> bool:
    """A date of a comparison base ("compared with 2,987 t in the June quarter")."""
    base_before, hay = _BASE_BEFORE_F.pick(view.text, view.low)
    return bool(base_before.search(hay[max(0, d.start - 60) : d.start]))


def extract_text(
    text: str,
    *,
    document_id: str = "text",
    doc: str = "text",
    published: date | None = None,
    year: int | None = None,
    page_starts: list[int] | None = None,
    language: str | None = None,
) -> Extraction:
    """Extract every fact of a document's text; never raises on odd input.

    Chinese documents (``language`` "zh", or detected) go through the Chinese rules
    (``ingest/rules``); an English document with Chinese passages gets both.
    """
    lang = language or ("zh" if is_chinese(text) else "en")
    if lang == "zh":
        return _chinese(text, document_id, doc, published, year, Extraction())
    out = _english(text, document_id, doc, published, year, page_starts)
    if not text.isascii() and _CJK.search(text) is not None:
        out = _chinese(text, document_id, doc, published, year, out)
    return out


def _chinese(
    text: str,
    document_id: str,
    doc: str,
    published: date | None,
    year: int | None,
    out: Extraction,
) -> Extraction:
    """Add the facts of the Chinese rules to ``out`` (repeats removed)."""
    try:
        res = extract_zh(
            text,
            document_id=document_id,
            doc=doc,
            published=published,
            year=year,
            version=EXTRACTOR_VERSION,
        )
    except Exception as exc:  # one odd document part must not lose the rest
        out.warnings.append(f"{doc}: Chinese text skipped ({type(exc).__name__}: {exc})")
        return out
    seen = {f.key() for f in out.facts}
    out.facts.extend(f for f in res.facts if f.key() not in seen)
    out.warnings.extend(res.warnings)
    out.unresolved = sum(1 for f in out.facts if not f.resolved)
    return out


#: The metrics of a table row that tell the size of its product's price.
_TABLE_LEVELS = frozenset(("price", "price_low", "price_high", "average"))


def _english(
    text: str,
    document_id: str,
    doc: str,
    published: date | None,
    year: int | None,
    page_starts: list[int] | None,
) -> Extraction:
    """The English rules of the grammar (extractors/, pricetables)."""
    atext = analysis_text(text)
    if _BRACKETED_MONEY.search(atext):  # else no bracketed loss: the lookbehind scan is skipped
        atext = _LOSS_BRACKETS.sub(lambda m: f"{m.group(1)} {m.group(2)}{m.group(3)} ", atext)
    ctx = DocDates(published, year or (published.year if published else None))
    ctx.fiscal_start = fiscal_start(atext)
    st = DocState(ctx)
    st.text = atext
    st.dollar = _bare_dollar(atext)
    st.note_document_basis(atext)
    # a quarterly report: "the quarter" is its quarter (its opening lines read when needed)
    ctx.report_quarter_reader = st.report_quarter
    drafts: list[tuple[Draft, int, str]] = []
    failures: list[str] = []
    tables = find_tables(atext)
    period_heads: list[tuple[int, int]] = []
    period_rows = {r.start: r for r in find_rows(atext, ctx, period_heads)}
    covered = [(h, rows[-1][0] + len(rows[-1][1])) for h, _e, _t, rows in tables]
    table_out: list[Fact] = []
    sheet_day: date | None = None  # the day the last table's title named
    read: set[int] = set()
    for s in split_sentences(atext):
        inside = (
            next((k for k, (a, b) in enumerate(covered) if a <= s.start < b), None)
            if covered
            else None
        )
        if inside is not None:
            if inside not in read:
                read.add(inside)
                floor = covered[inside - 1][1] if inside else 0
                try:
                    got, sheet_day = _read_table(
                        atext,
                        tables[inside],
                        floor,
                        ctx,
                        published,
                        document_id,
                        doc,
                        st.table_dollar_markets,
                        st.doc_company or st.main_company,
                        weekly=st.weekly_report,
                        sheet_day=sheet_day,
                    )
                    st.table_dollar_markets.update(
                        (f.subject, f.entity) for f in got if f.unit.startswith("USD/")
                    )
                    st.table_levels.update(
                        (f.subject, (f.unit, f.value)) for f in got if f.metric in _TABLE_LEVELS
                    )
                    table_out.extend(got)
                except Exception as exc:  # one odd table must not lose the document
                    failures.append(f"{doc}: table at {s.start} skipped ({type(exc).__name__})")
            continue
        st.new_paragraph(s.paragraph, s.text)
        st.section(s.text)
        st.note_assumed_section(s.text)
        st.note_basis(s.text)
        if s.text.startswith("|"):
            if not _DIGIT.search(s.text):
                st.table_unit = table_unit(s.text) or st.table_unit
        else:
            st.table_unit = None
        row = period_rows.get(s.start)
        if row is not None:  # a key-figure table's row: each period column's cell on its own
            carried = st.last_subject
            for cell in row.cells:
                st.last_subject = None  # a row names its own goods ("Rutile production (kt)")
                trace.sentence(s.start, cell)
                try:
                    found = extract_sentence(
                        annotate(cell, s.start, s.paragraph, ctx, light=False), st
                    )
                except Exception as exc:  # one odd row must not lose the document
                    failures.append(f"{doc}: row at {s.start} skipped ({type(exc).__name__})")
                    continue
                drafts.extend((d, s.start, text[s.start : s.end]) for d in found)
            st.last_subject = carried
            continue
        light = _DIGIT.search(s.text) is None
        trace.sentence(s.start, s.text)
        try:
            # a figure-less sentence naming a plant is read in full once: "Neo has opened its
            # sintered NdFeB magnet plant." names the goods of the capacities after it
            low = lower(s.text)
            if light:
                plant_noun, hay = _PLANT_NOUN_F.pick(s.text, low)
                plant = _PLANT_WORDS.holds(s.text, low=low) and plant_noun.search(hay) is not None
            else:
                plant = False
            view = annotate(s.text, s.start, s.paragraph, ctx, light=light and not plant, low=low)
            st.note_readings(s.text, view.dates)
            st.note_close_day(s.text, view.dates)
            found = [] if light else extract_sentence(view, st)
            if not light:
                continued.remember(view, st, found)  # "... 5,089 t. That was 6.4% more ..."
            remember_group(s.text, st, s.paragraph, light)  # "... . They rose 2% and 1% ..."
            if (light or not found) and len(s.text) < 200:
                # "Lanthanum oxide bucked the trend. It added ..."
                remember_topic(s.text, st, view.low)
                trade.remember_flow_topic(s.text, st)
            if plant:
                named = capacity.plant_product(view)
                st.para_capacity_subject = named or st.para_capacity_subject
        except Exception as exc:  # one odd sentence must not lose the document
            failures.append(f"{doc}: sentence at {s.start} skipped ({type(exc).__name__}: {exc})")
            continue
        if not light:
            for d in found:
                _year_end_flow(d)
                drafts.append((d, s.start, text[s.start : s.end]))
                if (
                    d.kind == "price"
                    and st.para_labelled
                    and d.date_mention is not None
                    and d.period is not None
                    and d.period.granularity is Granularity.DAY
                    and not d.period.is_span
                    and move_of_day(view, d.date_mention, level_too=True) is None
                    and not _LEVEL_BASE_LEAD.search(view.text, max(0, d.q.start - 30), d.q.start)
                ):
                    # a labelled section's quotes on a named day (not a base's: "..., up
                    # from 1,850 yuan/kg a week earlier")
                    st.label_day = d.period
                if d.kind == "production":
                    st.note_holder(d.entity)
                if d.kind in ("production", "trade", "quota") and d.subject:
                    st.last_subject = d.subject
                if d.metric in _VOLUMES and d.subject:
                    st.last_volume = (d.metric, d.subject)
                    st.last_volume_period = d.period
                if d.kind == "capacity" and d.subject:
                    st.para_capacity_subject = d.subject
        coarse = False  # a year, quarter or half named beside a bare day governs the paragraph
        named_year = any(dm.kind == "year" and not dm.is_ref for dm in view.dates)
        based = bool(view.dates) and _BASE_HINT.search(view.low) is not None
        # which dates are a comparison base's, read once for the two uses below
        base_dates = [_base_date(view, dm) for dm in view.dates] if based else []
        for k, dm in enumerate(view.dates):
            if named_year and dm.kind == "rel_year":
                continue  # "its 2024 annual report": the year named, not "annual" read alone
            if based and base_dates[k] and _figure_before(view, dm):
                continue  # "up to 456,000 on Monday, from 452,000 on Friday": Monday governs
            if dm.kind == "prev_annual" and st.para_period is not None:
                continue  # "The previous year's result was X" after the year in hand: a base
            if earlier_clause_date(view, dm):
                continue  # "La oxide, which had risen to 4,180 on Tuesday, ended at ...": not Friday
            if move_of_day(view, dm, level_too=True) is not None:
                continue  # "Pr oxide rose 1,000 yesterday": the move's day, not the paragraph's
            if not dm.is_ref and dm.period is not None and dm.kind not in ("until", "today"):
                day = dm.period.granularity is Granularity.DAY and not dm.period.is_span
                if not (day and coarse):
                    st.para_period = dm.period
                coarse = coarse or not day
                if day:
                    st.para_day = dm.period
                    if st.heading_line and _PRICE_HEADING.search(s.text):
                        st.heading_day = dm.period  # "Assessments, Wednesday 9 October"
                    if st.heading_line and (st.section_unit or st.section_market):
                        st.section_day = dm.period  # a caption's day: its bullets' quotes
        if st.heading_line and _REPORTING_SPAN.search(s.text):
            # "Highlights for the six months ended 31 December 2024": the bullets' period
            p = st.para_period
            st.section_period = (
                p if p is not None and p.granularity is not Granularity.DAY else None
            )
        elif st.heading_line and _PERIOD_HEADING.search(s.text):
            # "Fourth quarter 2024 highlights": the bullets' period, the heading's shortest
            spans = [
                dm.period
                for dm in view.dates
                if not dm.is_ref
                and dm.period is not None
                and dm.period.granularity is not Granularity.DAY
            ]
            st.section_period = min(spans, key=lambda p: p.end - p.start) if spans else None
        if light:
            st.pending.append(s.text)
        else:
            st.seen(view.companies, view.quota_types)
        if any(a <= s.start < b for a, b in period_heads):
            pass  # a key-figure table's column heads: not the period later prose speaks of
        elif based:
            remember(ctx, [d for d, base in zip(view.dates, base_dates, strict=True) if not base])
        else:
            remember(ctx, view.dates)
    out = Extraction()
    facts: list[Fact] = []
    for d, base, sentence in drafts:
        facts.append(_fact(d, base, sentence, document_id, doc))
    facts.extend(table_out)
    facts.extend(
        extract_tables(
            text,
            document_id=document_id,
            doc=doc,
            page_starts=page_starts or [0],
            version=EXTRACTOR_VERSION,
        )
    )
    facts = _harmonise(facts)
    facts = headline_markets(facts, title_end(text))
    kept: dict[tuple[object, ...], list[Fact]] = {}
    out.facts.extend(f for f in facts if not is_repeat(f, kept))
    out.warnings.extend(failures)
    out.unresolved = sum(1 for f in out.facts if not f.resolved)  # the ingest summary says so
    return out


#: A heading naming the day of the prices told under it: "Assessments, Wednesday 9 October",
#: "Prices on October 9", "Closing quotes, 9 Oct".
_PRICE_HEADING = Prechecked(
    re.compile(r"\b(?:prices?|assessments?|quotes?|quotations?|closing|close)\b", re.I)
)
#: A heading that names a reporting span ("six months ended 30 June", "year to 31 March").
_REPORTING_SPAN = Prechecked(
    re.compile(r"\b(?:months?|half[- ]?year|quarter|year|period)\s+(?:ended|ending|to)\b", re.I)
)
#: A heading over a period's results ("Fourth quarter 2024 highlights", "Full-year results",
#: "Association figures in brief (first half 2025):", "2024 in numbers").
_PERIOD_HEADING = Prechecked(
    re.compile(
        r"\b(?:highlights|results|key\s+(?:figures|metrics|data|numbers)|at\s+a\s+glance"
        r"|in\s+numbers)\b",
        re.I,
    )
)


def _read_table(
    text: str,
    found: tuple[int, int, Table, list[tuple[int, str]]],
    floor: int,
    ctx: DocDates,
    published: date | None,
    document_id: str,
    doc: str,
    markets: dict[str, str],
    seller: str | None = None,
    *,
    weekly: bool = False,
    sheet_day: date | None = None,
) -> tuple[list[Fact], date | None]:
    """The facts of one column price table, dated by its title, and the day its title names.

    A title naming no day takes ``sheet_day``, the day an earlier table's title named (a
    sheet's second table under "Heavy rare earths, yuan/kg"), else publication. A table
    naming no base of its own steps back a week in a weekly report (``weekly``: its title
    says so), else a trading day. ``markets``: the market each product's dollar rows had in
    the document's earlier tables. A results sheet (a sale column) is dated by the event the
    text above it tells ("held its auction on 18 September"), prose included; its prices are
    ``seller``'s.
    """
    h, _e, table, rows = found
    title = _title(text, h, floor)
    # "Previous = assessment of 14 Nov" dates the previous column, not the table
    heading = PRIOR_NOTE.sub(" ", _title(text, h, floor, headings="sale" not in table.cols))
    # "Change vs previous working day (12 Mar)": the changes' base, not the table's day
    heading = BASE_DATE.sub(" ", heading)
    if "prior_list" in table.cols:  # "(supersedes List No. 8 of 1 August)": the older list's day
        heading = REPLACED_LIST_NOTE.sub(" ", heading)
    named = _table_day(heading, ctx, None, last=False)
    sheet_day = named or sheet_day
    day = _as_at_day(table.caption, ctx) or sheet_day or _table_day("", ctx, published)
    if day is None:
        return [], sheet_day
    if table.current:  # "1 Mar low | 1 Mar high | 23 Feb low | ...": the current pair's day
        table = latest_first(table, day)
        only = column_day(table.current, day)
        day = only if only is not None and only <= day else day
    if len(table.days) == 1:  # "Close 26-Sep" the only price column: the table's day
        only = column_day(table.days[0], day)
        day = only if only is not None and only <= day else day
    if len(table.days) >= 2 and published is not None and day < published:
        # "compares 28 June with 31 May" over day columns: the title's last day may be the
        # base; the latest column, read against the report's day, is the table's
        cols = [c for raw in table.days if (c := column_day(raw, published)) is not None]
        if cols and day < max(cols) <= published:
            day = max(cols)
    prev = week_before(day) if table.weekly or weekly else previous_trading_day(day)
    facts = table_facts(
        table,
        rows,
        day,
        prev,
        document_id=document_id,
        doc=doc,
        version=EXTRACTOR_VERSION,
        context=title,
        seller=seller,
        known_markets=markets,
    )
    return facts, sheet_day


#: A note under a table dating its levels: "Prices as at close of Wednesday 13 November",
#: "Quotes as of 4 June", "levels at the close on Friday, 6 June", "closing prices of 5 May".
_AS_AT = re.compile(
    r"\b(?:as\s+(?:at|of|on)|at\s+(?:the\s+)?close\s+(?:of|on)|closing\s+(?:prices?\s+|levels?\s+)?"
    r"(?:of|on|for))\s+(?:(?:the\s+)?close\s+(?:of|on)\s+)?",
    re.I,
)


def _as_at_day(caption: str, ctx: DocDates) -> date | None:
    """The day a caption dates the table's levels to ("as at close of Wednesday 13 November")."""
    for m in _AS_AT.finditer(caption):
        for d in find_dates(caption[m.end() : m.end() + 40], ctx):
            p = d.period
            if p is not None and p.granularity is Granularity.DAY and not p.is_span:
                return p.start
    return None


#: A line of running prose: long and ending a sentence ("... figures released on 20 May.").
_PROSE_LINE = re.compile(r"^.{100,}[.!?][\"'”’)]*\s*$")


def _title(text: str, header: int, floor: int, *, headings: bool = False) -> str:
    """The (up to two) non-blank lines right above a table header, after any earlier table.

    With ``headings``, a paragraph of prose among them is left out: a day its sentences
    name ("customs data released on 20 May") is not the day of the table under it.
    """
    above = [ln for ln in text[floor:header].splitlines() if ln.strip()]
    lines = above[-2:]
    if headings:
        lines = [ln for ln in lines if not _PROSE_LINE.match(ln)]
    return " ".join(lines)


def _table_day(
    title: str, ctx: DocDates, published: date | None, *, last: bool = True
) -> date | None:
    """A table's date: a day its title names, else the publication date.

    With neither, and ``last``, the last day the document named.
    """
    days = [
        d.period.start
        for d in find_dates(title, ctx)
        if d.period is not None
        and not d.is_ref
        and d.period.granularity is Granularity.DAY
        and not d.period.is_span
    ]
    if days:
        return days[-1]
    if published is not None:
        return published
    return ctx.last_day.start if last and ctx.last_day is not None else None


def _fact(d: Draft, base: int, sentence: str, document_id: str, doc: str) -> Fact:
    period = "" if d.standing or d.period is None else str(d.period)
    start = d.period.start.isoformat() if d.period is not None and not d.standing else None
    end = d.period.end.isoformat() if d.period is not None and not d.standing else None
    value, high = float(d.value), d.high
    if high is not None and high < value:
        value, high = high, value  # "down 50.9% to 62.5%", a loss range: the low end first
    return Fact.made(
        kind=d.kind,
        entity=d.entity,
        subject=d.subject,
        metric=d.metric,
        period=period,
        value=value,
        unit=d.unit,
        document_id=document_id,
        doc=doc,
        span_start=base + d.q.start,
        span_end=base + d.q.end,
        sentence=sentence or doc,
        extractor_version=EXTRACTOR_VERSION,
        value_high=high,
        status=d.status,
        bound=d.bound,
        resolved=d.resolved,
        period_start=start,
        period_end=end,
    )


def _harmonise(facts: list[Fact]) -> list[Fact]:
    """A change "in February" takes the day span another sentence gives for it."""
    spans: dict[tuple[str, str], list[Period]] = {}
    from reemarket.domain.periods import parse_period

    parsed: list[Period | None] = []
    for f in facts:
        p = None
        if f.kind == "price" and f.metric in ("change", "change_pct") and f.period:
            try:
                p = parse_period(f.period)
            except Exception:
                p = None
        parsed.append(p)
        if (
            f.kind == "price"
            and f.metric in ("change", "change_pct")
            and p is not None
            and p.is_span
            and p.granularity is Granularity.DAY
        ):
            spans.setdefault((f.entity, f.subject), []).append(p)
    out = []
    for f, p in zip(facts, parsed, strict=True):
        if (
            f.kind == "price"
            and f.metric in ("change", "change_pct")
            and p is not None
            and p.granularity is Granularity.MONTH
            and not p.is_span
        ):
            for span in spans.get((f.entity, f.subject), []):
                if p.contains(span.end):
                    f = f.with_period(str(span), span.start.isoformat(), span.end.isoformat())
                    break
        out.append(f)
    return out
