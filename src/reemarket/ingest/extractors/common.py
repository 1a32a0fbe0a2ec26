"""Shared rules of the fact families.

What every fact family shares: the draft fact, the document state, and the rules
that bind a number to its date, subject and entity.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from reemarket.domain.periods import Granularity, Period, parse_period
from reemarket.errors import PeriodError
from reemarket.ingest import vocab
from reemarket.ingest.annotate import PRONOUN_RE, SentenceView
from reemarket.ingest.dates import DateMention, DocDates, find_dates, previous_trading_day
from reemarket.ingest.lexicon import Mention, find_companies, find_quota_types
from reemarket.ingest.numbers import Quantity


@dataclass(slots=True)
class Draft:
    """A fact before provenance is attached."""

    kind: str
    entity: str
    subject: str
    metric: str
    period: Period | None
    value: float
    unit: str
    q: Quantity
    high: float | None = None
    status: str | None = None
    bound: str | None = None
    standing: bool = False
    date_mention: DateMention | None = None
    ref: DateMention | None = None
    cmp: str | None = None

    @property
    def resolved(self) -> bool:
        """Whether the period is known (or not needed)."""
        return self.standing or self.period is not None

    def summary(self) -> dict[str, object]:
        """The draft's fact fields as the exchange format names them (for traces)."""
        period = "" if self.standing or self.period is None else str(self.period)
        return {
            "kind": self.kind, "entity": self.entity, "subject": self.subject,
            "metric": self.metric, "period": period, "value": self.value,
            "value_high": self.high, "unit": self.unit, "status": self.status,
            "bound": self.bound, "resolved": self.resolved,
        }  # fmt: skip

    def derive(
        self,
        metric: str,
        value: float,
        unit: str,
        q: Quantity,
        *,
        high: float | None = None,
        bound: str | None = None,
        cmp: str | None = None,
    ) -> Draft:
        """Another figure about the same thing over the same period: its change, its rate.

        Kind, entity, subject, period and date mention are this draft's.
        """
        return Draft(
            self.kind, self.entity, self.subject, metric, self.period, value, unit, q,
            high=high, bound=bound, date_mention=self.date_mention, cmp=cmp,
        )  # fmt: skip


#: Holders that are not a company: the domestic market and the world.
MARKET_HOLDERS = ("china", "global")


@dataclass
class DocState:
    """What the extractors remember across sentences of one document."""

    dates: DocDates
    text: str = ""
    _main: list[str | None] = field(default_factory=list)
    dollar: str = "USD"
    paragraph: int = -1
    para_period: Period | None = None
    para_day: Period | None = None
    table_unit: str | None = None
    _para_company: str | None = None
    _para_quota_type: str | None = None
    pending: list[str] = field(default_factory=list)
    last_company_fact: str | None = None
    last_subject: str | None = None
    #: The span of the last price change read ("rose 1.6% over the same period").
    last_change_span: Period | None = None
    #: The metric and subject of the last volume read ("they reached 62,250 tons").
    last_volume: tuple[str, str] | None = None
    #: The period of that volume (a part of it, "of the total, ...", shares it).
    last_volume_period: Period | None = None
    #: The product of the paragraph's last capacity figure ("A further 20,000 t/yr ...").
    para_capacity_subject: str | None = None
    counts: Counter[str] = field(default_factory=Counter)
    _head: list[tuple[Period | None, str | None]] = field(default_factory=list)
    base_periods: list[Period] = field(default_factory=list)
    para_main: Period | None = None
    #: The holder of the paragraph's last market-wide figure ("domestic ... output",
    #: "an SMM survey"): later figures with no holder of their own are also market-wide,
    #: not the company an earlier sentence named.
    market_holder: str | None = None

    def seen(self, companies: list[Mention], quota_types: list[Mention]) -> None:
        """Note what a sentence with figures named (sentences without wait in ``pending``)."""
        self._settle()
        if companies:
            self._para_company = companies[-1].id
        if quota_types:
            self._para_quota_type = quota_types[-1].id

    def _settle(self) -> None:
        """Read the names of the figure-less sentences kept aside, in order (only when needed)."""
        for text in self.pending:
            found = find_companies(text)
            if found:
                self._para_company = found[-1].id
            kinds = find_quota_types(text)
            if kinds:
                self._para_quota_type = kinds[-1].id
        self.pending = []

    @property
    def para_company(self) -> str | None:
        """The last company named in the paragraph so far."""
        self._settle()
        return self._para_company

    @property
    def para_quota_type(self) -> str | None:
        """The last quota type named in the paragraph so far."""
        self._settle()
        return self._para_quota_type

    @property
    def main_company(self) -> str | None:
        """The company the document names most often (found on first use)."""
        if not self._main:
            counts = Counter(m.id for m in find_companies(self.text[:200_000]))
            self._main.append(counts.most_common(1)[0][0] if counts else None)
        return self._main[0]

    def _read_head(self) -> tuple[Period | None, str | None]:
        """The period and company the document's opening lines (title, first paragraph) name."""
        if not self._head:
            lines = [ln for ln in self.text[:1500].split("\n") if ln.strip()][:2]
            head = "\n".join(lines)[:700]
            period = None
            for d in find_dates(head, self.dates):
                p = d.period
                if (
                    d.is_ref
                    or p is None
                    or (
                        p.granularity is not Granularity.QUARTER
                        and not p.is_span
                        and p.granularity is not Granularity.YEAR
                    )
                ):
                    continue
                period = p
                break
            counts = Counter(m.id for m in find_companies(head))
            self._head.append((period, counts.most_common(1)[0][0] if counts else None))
        return self._head[0]

    @property
    def report_period(self) -> Period | None:
        """The reporting period a company report is about ("December Quarter 2025" in its title)."""
        return self._read_head()[0]

    @property
    def doc_company(self) -> str | None:
        """The company the document is about: the one its title or first paragraph names."""
        return self._read_head()[1]

    def figure_period(
        self, period: Period | None, dm: DateMention | None, entity: str
    ) -> Period | None:
        """A company figure's period when its sentence names none.

        A paragraph date owned by a comparison base is not its period ("... on the 355
        million yuan it earned in 2024. Net profit was ..."); with none,
        the paragraph's main figure's, else, for the company the document is about, the
        period its title or first paragraph names.
        """
        if dm is None and (period is None or period in self.base_periods):
            if self.para_main is not None:
                return self.para_main
            return self.report_period if entity == self.doc_company else None
        return period

    def note_holder(self, entity: str) -> None:
        """Remember who held a production figure: a company, or the market as a whole."""
        if entity in MARKET_HOLDERS:
            self.market_holder = entity
            self.last_company_fact = None
        else:
            self.market_holder = None
            self.last_company_fact = entity

    def new_paragraph(self, index: int) -> None:
        """Forget what only holds within a paragraph."""
        if index != self.paragraph:
            self.paragraph = index
            self.para_period = None
            self.para_day = None
            self._para_company = None
            self._para_quota_type = None
            self.pending = []
            self.last_company_fact = None
            self.market_holder = None
            self.base_periods = []
            self.para_main = None
            self.para_capacity_subject = None


_GAP_POSTFIX = re.compile(
    r"^[\s,]*\)?[\s,]*(?:(?:per|a|/)\s*(?:kg|t|mt|ton|tonne)\s*)*"
    r"(?:(?:fob|cif|ddp|exw|ex-works)\s+[a-z]+\s*)?"
    r"(?:(?:year[- ]on[- ]year|yoy|y/y|mom|month[- ]on[- ]month|wow|week[- ]on[- ]week|qoq)\s*)?"
    r"(?:back\s+)?(?:on|as\s+of|at|in|for|of|during|by|over|until|to)?\s*(?:the\s+)?"
    r"(?:calendar\s+(?:year\s+)?)?$",
    re.IGNORECASE,
)


def postfix_date(view: SentenceView, q: Quantity) -> DateMention | None:
    """A date right after the number ("444,000 yuan/mt on February 28")."""
    for d in view.dates:
        if d.start >= q.end:
            gap = view.text[q.end : d.start]
            if len(gap) <= 30 and _GAP_POSTFIX.match(gap):
                return d
            return None
    return None


def _weak(d: DateMention) -> bool:
    return d.kind in ("today",) or (
        d.kind == "rel_year"
        and "year" in d.text.lower()
        and not re.search(r"this|last|next|previous", d.text, re.I)
    )


_FROM_END = re.compile(
    r"\b(?:from|compared\s+(?:with|to)|against|versus)\s*(?:about|around)?\s*$", re.I
)
# a base stated as a result: "from a loss of A$9.2 million", "on the 355 million yuan"
_RESULT_BASE = re.compile(
    r"\b(?:(?:from|compared\s+(?:with|to)|against|versus)\s+(?:an?\s+|the\s+)?"
    r"(?:net\s+)?(?:loss|profit|deficit)\s+of|on\s+the)\s+(?:about\s+|around\s+|roughly\s+)?$",
    re.I,
)
_BASE_GAP = re.compile(
    r"^\s*(?:[a-z]+\s+){0,3}?(?:in|for|during|at|over|of)\s+(?:the\s+)?$|^\s*(?:in\s+)?$", re.I
)


def result_base(view: SentenceView, q: Quantity) -> bool:
    """Whether a figure is a base stated as a result ("from a loss of X", "on the X it earned")."""
    return bool(_RESULT_BASE.search(view.text[max(0, q.start - 40) : q.start]))


def base_date(view: SentenceView, q: Quantity) -> DateMention | None:
    """The date of a comparison figure: right after it, or after a short verb phrase.

    "the 355 million yuan it earned in 2024", "the 3,188 tonnes produced in the September quarter".
    """
    d = postfix_date(view, q)
    if d is not None:
        return d
    for d in view.dates:
        if d.start >= q.end:
            gap = view.text[q.end : d.start]
            gap = re.sub(r"^\s*(?:yuan|rmb|tonnes|tons|t|metric\s+tons)\b", "", gap, flags=re.I)
            if len(gap) <= 40 and _BASE_GAP.match(gap):
                return d
            return None
    return None


def _owned_by_base(view: SentenceView, d: DateMention) -> bool:
    """A date that belongs to a comparison base ("from 430,000 yuan/mt on May 2 to ...")."""
    for o in view.qtys:
        if o.end <= d.start and postfix_date(view, o) == d:
            if result_base(view, o):
                return True
            return bool(_FROM_END.search(view.text[max(0, o.start - 25) : o.start]))
        if o.end <= d.start and result_base(view, o) and base_date(view, o) == d:
            return True
    return False


def prefix_date(view: SentenceView, q: Quantity) -> DateMention | None:
    """The closest date before the number that is not a comparison base."""
    strong = weak = None
    for d in view.dates:
        if (
            d.end <= q.start
            and not d.is_ref
            and d.kind not in ("until",)
            and not _owned_by_base(view, d)
        ):
            if _weak(d):
                weak = d
            else:
                strong = d
    return strong or weak


def later_date(view: SentenceView, q: Quantity, *, sentence: bool = False) -> DateMention | None:
    """A date after the number in its clause ("... by 6.99% ... in February").

    With ``sentence``, anywhere later in the sentence ("A was X, while B was Y on the same day").
    """
    _a, b = view.clause_of(q.start)
    if sentence:
        b = len(view.text)
    for d in view.dates:
        if (
            q.end <= d.start < b
            and not d.is_ref
            and d.kind != "until"
            and not _owned_by_base(view, d)
            and not _COMPARED_BEFORE.search(view.text, max(0, d.start - 50), d.start)
        ):
            return d
    return None


#: Words that make the date after them a comparison base ("12.5% more than in the first
#: batch of 2023", "compared with the June quarter"), when no figure stands between.
_COMPARED_BEFORE = re.compile(
    r"\b(?:than|compared\s+(?:with|to)|versus|against)\b[^\d,;]{0,45}$", re.I
)


def ref_after(view: SentenceView, q: Quantity) -> DateMention | None:
    """A comparison base after the number in its clause ("from the previous trading day")."""
    _a, b = view.clause_of(q.start)
    for d in view.dates:
        if q.end <= d.start < b and (d.is_ref or d.relative in ("week", "prev_day", "fortnight")):
            return d
    return None


def bind_period(
    view: SentenceView, q: Quantity, st: DocState, *, price: bool
) -> tuple[Period | None, DateMention | None]:
    """The period a number refers to, and the mention it came from (computed once per number)."""
    key = ("period", q.start, price)
    found = view.memo.get(key)
    if found is None:
        found = view.memo[key] = _bind_period(view, q, st, price=price)
    return found  # type: ignore[return-value]


def _months_to_date(period: Period, st: DocState) -> Period:
    """A monthly figure's "year to date": January to the last month named.

    Else January to the month before publication; never a span of days.
    """
    year = period.end.year
    last = st.dates.last_month
    if last is None or last.start.year != year:
        last = Period.month(year, max(1, period.end.month - 1))
    if last.start.month == 1:
        return last
    return Period.span(Period.month(year, 1), last)


def bind_coarse(
    view: SentenceView, q: Quantity, st: DocState
) -> tuple[Period | None, DateMention | None]:
    """Like bind_period, for figures of a month, quarter or year.

    An announcement day ("reported on Tuesday ...") is not their period.
    """
    period, dm = bind_period(view, q, st, price=False)
    if dm is not None and dm.kind == "ytd" and period is not None:
        return _months_to_date(period, st), dm
    if period is None or period.granularity is not Granularity.DAY or period.is_span:
        return period, dm
    key = ("coarse", q.start)
    found = view.memo.get(key)
    if found is None:
        days = [
            d for d in view.dates if d.period is None or d.period.granularity is not Granularity.DAY
        ]
        found = _bind_period(replace(view, dates=days, memo={}), q, st, price=False)
        if found[0] is not None and found[0].granularity is Granularity.DAY:
            found = (None, None)
        view.memo[key] = found
    return found  # type: ignore[return-value]


def _bind_period(
    view: SentenceView, q: Quantity, st: DocState, *, price: bool
) -> tuple[Period | None, DateMention | None]:
    d = postfix_date(view, q)
    if (
        d is not None
        and d.relative == "week"
        and price
        and re.search(r"earlier|ago|before|last|previous", d.text, re.I)
    ):
        anchor = sentence_anchor(view, st)
        if anchor is not None:
            return Period.day(anchor - timedelta(days=7)), d
        return None, d
    if d is not None and not d.is_ref:
        return d.period, d
    d = prefix_date(view, q)
    if d is not None:
        if d.period is None and d.relative == "this_week" and st.dates.published:
            return Period.day(st.dates.published), d
        return d.period, d
    d = later_date(view, q) or (later_date(view, q, sentence=True) if price else None)
    if d is not None:
        return d.period, d
    if price:
        if st.para_day is not None:
            return st.para_day, None
        if st.dates.published:
            return Period.day(st.dates.published), None
        return None, None
    return st.para_period, None


def sentence_anchor(view: SentenceView, st: DocState) -> date | None:
    """The main day a sentence speaks of: its first non-comparison day, else the document date."""
    for d in view.dates:
        if (
            not d.is_ref
            and d.period is not None
            and d.period.granularity is Granularity.DAY
            and not d.period.is_span
        ):
            return d.period.start
    if st.para_day is not None:
        return st.para_day.start
    return st.dates.published


def day_span(a: date, b: date) -> Period:
    """The span of days from ``a`` to ``b``."""
    lo, hi = min(a, b), max(a, b)
    return Period.span(Period.day(lo), Period.day(hi))


def prev_trading(day: date) -> date:
    """The previous Shanghai trading day."""
    return previous_trading_day(day)


def subject_before(view: SentenceView, q: Quantity, items: list[Mention]) -> Mention | None:
    """The nearest mention before the number: in its clause first, then in the sentence."""
    a, _ = view.clause_of(q.start)
    return view.nearest_before(items, q.start, a) or view.nearest_before(items, q.start)


def product_after(view: SentenceView, q: Quantity, limit: int = 70) -> Mention | None:
    """A product named right after the number ("2,722 t of REO", "a 5,000 t/yr NdFeB plant")."""
    _, b = view.clause_of(q.start)
    hi = min(b, q.end + limit)
    for other in view.qtys:
        if other.start > q.end:
            hi = min(hi, other.start)
            break
    return view.first_after(view.products, q.end, hi)


def refers_back(view: SentenceView, q: Quantity) -> bool:
    """Whether the sentence points back to a company ("its", "the company", "the miner")."""
    return bool(
        PRONOUN_RE.search(view.text[: q.start])
        or PRONOUN_RE.search(view.text)
        or _DESCRIPTOR.search(view.text)
    )


def company_for(
    view: SentenceView, q: Quantity, st: DocState, *, fallback_main: bool
) -> str | None:
    """The company a figure belongs to: named before it, or referred to by a pronoun."""
    named = view.nearest_before(view.companies, q.start)
    if named is not None:
        return named.id
    if refers_back(view, q):
        return st.para_company or st.main_company
    if st.last_company_fact:
        return st.last_company_fact
    if fallback_main:  # the company the paragraph is about, else the document's
        return st.para_company or st.main_company
    return None


# "the Baotou-based producer", "the Shenzhen-listed company", "the only U.S. rare earths miner"
_DESCRIPTOR = re.compile(
    r"\bthe\s+(?:[\w.'-]+\s+){0,4}?(?:company|producer|miner|group|firm|manufacturer|maker)\b",
    re.I,
)


def signed(value: float, q: Quantity, sign: int) -> float:
    """Apply a direction word to a magnitude unless the number carries its own sign."""
    if q.signed:
        return value
    return -abs(value) if sign < 0 else abs(value)


_BOUND_LOWER = re.compile(
    r"(?:over|more than|above|exceed(?:ing|ed)?|at least|upwards of)\s*$", re.I
)
_BOUND_UPPER = re.compile(r"(?:up to|less than|below|under|at most|nearly|almost)\s*$", re.I)


def bound_of(view: SentenceView, q: Quantity) -> str | None:
    """'lower' for "over 7%", 'upper' for "up to 7%", else None."""
    before = view.text[max(0, q.start - 25) : q.start]
    before = (
        re.sub(
            r"\b(?:by|about|around|approximately|roughly|some)\s*$", "", before.rstrip() + " "
        ).rstrip()
        + " "
    )
    if _BOUND_LOWER.search(before.rstrip()):
        return "lower"
    if _BOUND_UPPER.search(before.rstrip()):
        return "upper"
    return None


#: Comparison words per base (data/vocab/en.toml, [comparison]), nearest words first.
_CMP = [
    (key, rf"\b(?:{vocab.alternation('comparison', key)})\b")
    for key in ("yoy", "mom", "qoq", "wow")
]
_CMP_RE = re.compile("|".join(f"(?P<{c}>{p})" for c, p in _CMP), re.I)


_SAME_OF = re.compile(r"\bsame\s+(?:period|quarter|month|half|week)\s+(?:of|in|a)\s+$", re.I)


def cmp_of(view: SentenceView, q: Quantity, anchor: Period | None) -> str | None:
    """yoy, mom, qoq, wow or None: what a percentage is compared with (nearest words first)."""
    a, b = view.clause_of(q.start)
    nxt = min([o.start for o in view.qtys if o.start > q.start] + [b, q.end + 60])
    prev_end = max([o.end for o in view.qtys if o.end <= q.start], default=-1)
    prv = max(prev_end, a, q.start - 40)
    after = view.text[q.end : nxt]
    before = view.text[prv : q.start]
    first = _CMP_RE.search(after)
    if first is not None:
        return first.lastgroup
    found = list(_CMP_RE.finditer(before))
    if len(found) == 1 and prv == prev_end and _CMP_RE.match(before.lstrip(" ,")):
        found = []  # "up 9.2% y/y and 3.8% more than in December": the y/y is the 9.2%'s
    if found:
        return found[-1].lastgroup
    around = before + " " + after
    nxt_q = next((o for o in view.qtys if o.start > q.end and o.start <= q.end + 25), None)
    if nxt_q is not None and anchor is not None and result_base(view, nxt_q):
        own = base_date(
            view, nxt_q
        )  # "up 9% on the 3,188 tonnes produced in the September quarter"
        if own is not None and own.period is not None:
            return _gap_cmp(own.period, anchor)
    if (
        nxt_q is not None
        and anchor is not None
        and _THAN_FIGURE.match(view.text, q.end, nxt_q.start)
        and (own := base_date(view, nxt_q)) is not None
        and own.period is not None
        and (by_gap := _gap_cmp(own.period, anchor)) is not None
    ):
        return by_gap  # "30% less than the 5,800 t shipped in August"
    ref = ref_after(view, q)
    if ref is not None and ref.period is not None and anchor is not None:
        rp, ap = ref.period, anchor
        if (
            rp.granularity is Granularity.MONTH
            and ap.granularity is Granularity.MONTH
            and not rp.is_span
        ):
            months = (ap.start.year - rp.start.year) * 12 + ap.start.month - rp.start.month
            if months == 1:
                return "mom"
            if months == 12:
                return "yoy"
        if (
            rp.granularity is Granularity.QUARTER
            and ap.granularity is Granularity.QUARTER
            and _gap_cmp(rp, ap) == "qoq"
        ):
            return "qoq"  # "12% more than in the second quarter" of a third-quarter figure
        if rp.start.year == ap.start.year - 1 and rp.granularity == ap.granularity:
            return "yoy"
        if (
            rp.granularity is Granularity.YEAR
            and rp.start.year == ap.start.year - 1
            and _SAME_OF.search(view.text, max(0, ref.start - 30), ref.start)
        ):
            return "yoy"  # "38.7% higher than in the same quarter of 2024"
    if re.search(
        r"\b(?:than|from|on|over) (?:the )?(?:previous|last|prior) year\b|"
        r"\bprevious year's\b",
        around,
        re.I,
    ):
        return "yoy"
    return None


#: A comparative percentage followed by the figure it is measured against.
_THAN_FIGURE = re.compile(
    r"\s*(?:(?:less|more|lower|higher|fewer|below|above)\s+)?(?:than|from|on)\s+(?:the\s+)?"
    r"(?:about\s+|around\s+)?$",
    re.I,
)


def gap_cmp(base: Period, anchor: Period) -> str | None:
    """yoy, qoq or mom from how far a base period lies before the figure's period."""
    return _gap_cmp(base, anchor)


def _gap_cmp(base: Period, anchor: Period) -> str | None:
    """yoy, qoq or mom from how far a base period lies before the figure's period."""
    if base.granularity is not anchor.granularity or base.is_span != anchor.is_span:
        return None
    months = (anchor.start.year - base.start.year) * 12 + anchor.start.month - base.start.month
    if months == 12:
        return "yoy"
    if months == 3 and base.granularity is Granularity.QUARTER:
        return "qoq"
    if months == 1 and base.granularity is Granularity.MONTH and not base.is_span:
        return "mom"
    return None


def in_parens_after(view: SentenceView, q: Quantity, prev: Quantity | None) -> bool:
    """Whether ``q`` is a bracketed figure right after ``prev`` ("270,000 mt (+5.88%)")."""
    if prev is None:
        return False
    gap = view.text[prev.end : q.start]
    return bool(re.fullmatch(r"\s*[(（]\s*", gap))


def in_parentheses(view: SentenceView, q: Quantity) -> bool:
    """Whether the number sits inside brackets."""
    before = view.text[: q.start]
    return before.rfind("(") > before.rfind(")")


_BASE_LEAD = re.compile(
    r"\b(?:compared\s+(?:with|to)|from|versus|vs\.?|against|than)\s*(?:the\s+)?(?:about|around)?\s*$",
    re.I,
)
_YEAR_AGO = re.compile(
    r"^\s*(?:(?:booked|reported|recorded|posted|earned|generated|made)\s+)?"
    r"(?:in\s+|for\s+)?(?:the\s+)?(?:a\s+year\s+(?:earlier|ago|before)|same\s+(?:period|quarter|"
    r"month|half)\s+(?:of\s+|in\s+|a\s+year\s+)?(?:last|the\s+previous|the\s+prior|a)\s+year|"
    r"same\s+period\s+(?:a\s+year\s+)?(?:earlier|ago)|prior[- ]year\s+(?:period|quarter)|"
    r"previous\s+year|last\s+year|year\s+earlier)",
    re.I,
)


def shift_year(period: Period | None, years: int = -1) -> Period | None:
    """The same period ``years`` years away ("2025-Q3" -> "2024-Q3")."""
    if period is None:
        return None
    text = re.sub(r"(?<!\d)(\d{4})(?!\d)", lambda m: str(int(m.group(1)) + years), str(period))
    try:
        return parse_period(text)
    except (ValueError, PeriodError):
        return None


def comparison_base(view: SentenceView, q: Quantity) -> str | None:
    """'year_ago' for "compared with X a year earlier", 'other' for another base, else None."""
    if not _BASE_LEAD.search(view.text[max(0, q.start - 25) : q.start]) and not result_base(
        view, q
    ):
        return None
    return "year_ago" if _YEAR_AGO.match(view.text[q.end : q.end + 50]) else "other"


def cumulative(period: Period) -> bool:
    """A span of months, a quarter or a year: a bare change is then against a year before.

    A single month may be compared either way (SMM's monthly output is month-on-month).
    """
    return period.is_span or period.granularity in (Granularity.QUARTER, Granularity.YEAR)
