"""What Chinese rules see and give: a sentence with its typed mentions, and candidate facts."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date

from reemarket.domain.periods import Period
from reemarket.ingest.dates import previous_trading_day
from reemarket.ingest.rules.zh_dates import ZhContext, ZhDate, find_dates
from reemarket.ingest.rules.zh_text import (
    NUM,
    UnitError,
    company_names,
    compile_pattern,
    parse_quantity,
    registered_slug,
    word_class,
)

PRICE_UNITS = frozenset({"CNY/t", "CNY/kg", "USD/kg", "USD/t"})
MASS_UNITS = frozenset({"t", "kg"})
MONEY_UNITS = frozenset({"CNY", "USD"})
#: A clause cut; the comma of a thousands separator ("5,278吨") is none.
CLAUSE = re.compile(r"[，;；:：]|(?<!\d),|,(?!\d{3}(?!\d))")
_BARE = re.compile(rf"[+\-]?{NUM}")
#: How far past a clause cut :data:`CLAUSE` looks (",(?!\d{3}(?!\d))": the cut and four more).
_CUT_REACH = 5


@dataclass
class Cand:
    """A candidate fact of one rule, before vetoes (span on the sentence)."""

    kind: str
    entity: str
    subject: str
    metric: str
    period: Period | None
    value: float
    unit: str
    start: int
    end: int
    rule: str
    high: float | None = None
    status: str | None = None


#: a bracket glossing the word before it: "稀土（指稀土金属、氧化物及化合物）", "磁材（含毛坯）"
_GLOSS = re.compile(r"[（(]\s*(?:指|即|含|不含|包括|包含|不包括)[^（）()]*[）)]")


def _without_glosses(text: str, products: list[Mention]) -> list[Mention]:
    """The products, less those named inside a bracket that glosses the product before it.

    "我国稀土（指稀土金属、氧化物及化合物合计）出口…吨" is of rare earths, the word the bracket
    explains, not of the metals it lists.
    """
    spans = [
        (g.start(), g.end())
        for g in _GLOSS.finditer(text)
        if any(p.end == g.start() for p in products)
    ]
    return [p for p in products if not any(a < p.start and p.end <= b for a, b in spans)]


@dataclass
class Mention:
    """A typed mention: a product or company with its id."""

    start: int
    end: int
    id: str


def companies_in(text: str) -> list[Mention]:
    """The companies a text names ("中国稀土行业协会" is an association, not the company)."""
    names = company_names()
    return [
        Mention(m.start(), m.end(), names[m.group()])
        for m in compile_pattern("{CO}").finditer(text)
        if not text.startswith("行业协会", m.end())
        and not text.startswith("协会", m.end())
        and not (m.group() in _COUNTRY_WORDS and _COUNTRY_TRADE.match(text, m.end()))
    ]


#: A joint venture named as set up: "与当地企业合资成立的包头某某稀土新材料公司"
_JOINT_VENTURE = re.compile(
    r"(?:合资|共同出资|联合)(?:成立|设立|组建)(?:了)?的\s*"
    r"(?P<name>[\u4e00-\u9fff]{2,16}?)(?:有限责任公司|股份有限公司|有限公司|公司)"
)


def _joint_ventures(text: str, known: list[Mention]) -> list[Mention]:
    """Joint ventures the sentence names as set up: each a company of its own.

    Its slug is the words of its name that translate, a parent's alias inside it giving the
    parent's first word ("包头正海稀土新材料" -> baotou_zhenghai_rare_earth_new_materials).
    """
    out: list[Mention] = []
    for m in _JOINT_VENTURE.finditer(text):
        inside = {
            text[k.start : k.end]: k.id.split("_")[0]
            for k in known
            if m.start("name") <= k.start and k.end <= m.end("name")
        }
        slug = registered_slug(m.group("name"), inside)
        if slug is not None:
            out.append(Mention(m.start("name"), m.end(), slug))
    return out


#: A company name that is also a country's word for its industry ("中国稀土"): followed by a
#: trade or market word ("中国稀土出口", "中国稀土永磁产量", "中国稀土行业") it is the country's
_COUNTRY_WORDS = frozenset({"中国稀土"})
_COUNTRY_TRADE = re.compile(
    r"\s*(?:出口|进口|产量|产业|行业|市场|价格|储量|管制|供应|永磁|企业|储备|矿|开采|冶炼|总量|指标|需求|消费)"
)


def _iron_ore(text: str, m: re.Match[str]) -> bool:
    """Whether a concentrate word is glued to 铁 ("铁精矿", "铁矿"): iron ore, not rare earth.

    铁 is no other-commodity word on its own: it stands inside 钕铁硼 and 镝铁.
    """
    return m.group().startswith(("精矿", "矿")) and text[max(0, m.start() - 1) : m.start()] == "铁"


@dataclass
class Sent:
    """A normalised sentence, its mentions and the document context."""

    text: str
    ctx: ZhContext
    dates: list[ZhDate] = field(default_factory=list)
    products: list[Mention] = field(default_factory=list)
    companies: list[Mention] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    #: Where each clause cut of ``text`` stands (:data:`CLAUSE` on the whole text, read once).
    _cuts: list[int] | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        """No clause cuts read yet.

        Set on the instance: a mypyc-compiled class has no class attribute for an
        ``init=False`` field's default to fall back to.
        """
        self._cuts = None

    @classmethod
    def read(cls, text: str, ctx: ZhContext) -> Sent:
        """Annotate one sentence."""
        s = cls(text, ctx, find_dates(text, ctx))
        prod = compile_pattern("{PROD}")
        other = compile_pattern("(?:{OTHER_COMMODITY})$")
        # "钨精矿", "铁精矿": a product word glued to another commodity names that commodity
        s.products = [
            Mention(m.start(), m.end(), _pid(m.group()))
            for m in prod.finditer(text)
            if other.search(text, 0, m.start()) is None and not _iron_ore(text, m)
        ]
        s.companies = companies_in(text)
        local = [
            Mention(m.start(), m.end(), slug)
            for name, slug in ctx.local_companies.items()
            for m in re.finditer(re.escape(name), text)
        ]
        # a name inside a longer one ("某某新材" in "某某新材料") is the longer one's
        local = [
            c
            for c in local
            if not any(
                o.start <= c.start and c.end <= o.end and o.end - o.start > c.end - c.start
                for o in local
            )
        ]
        ventures = _joint_ventures(text, s.companies)
        s.companies += [
            c for c in local if not any(v.start < c.end and c.start < v.end for v in ventures)
        ]
        s.companies += ventures
        s.companies.sort(key=lambda c: c.start)
        # a product word inside a company's name ("正海磁材", "北方稀土") names no product
        s.products = [
            p
            for p in s.products
            if not any(c.start <= p.start and p.end <= c.end for c in s.companies)
        ]
        s.products = _without_glosses(text, s.products)
        return s

    def products_id(self, m: re.Match[str], group: str = "p") -> str:
        """The product id a rule's named group matched."""
        return _pid(m.group(group))

    def products_id_text(self, name: str) -> str:
        """The product id of a product name as matched."""
        return _pid(name)

    def clause_start(self, at: int) -> int:
        """Where the clause holding ``at`` starts: after the last cut before it.

        The same as reading :data:`CLAUSE` on the text up to ``at``. The cuts of the whole
        text are found once; a cut's look-ahead reads up to :data:`_CUT_REACH` characters
        past it ("," before a thousands group is none), so the cuts that close to ``at`` are
        read again on the text up to ``at``.
        """
        if self._cuts is None:
            self._cuts = [m.start() for m in CLAUSE.finditer(self.text)]
        near = max(0, at - _CUT_REACH)
        tail = [m.end() for m in CLAUSE.finditer(self.text, near, at)]
        if tail:
            return tail[-1]
        k = bisect_left(self._cuts, near)
        return self._cuts[k - 1] + 1 if k else 0

    def product_before(self, at: int, *, clause: bool = False) -> str | None:
        """The last product named before ``at`` (in its clause when asked)."""
        lo = self.clause_start(at) if clause else 0
        found = [p for p in self.products if lo <= p.start and p.end <= at]
        return found[-1].id if found else None

    def company_before(self, at: int) -> str | None:
        """The last company named before ``at`` in the sentence."""
        found = [c for c in self.companies if c.end <= at]
        return found[-1].id if found else None

    def period_before(self, at: int) -> Period | None:
        """The last own (non-base) period named before ``at``."""
        found = [d for d in self.dates if d.end <= at and not d.base]
        return found[-1].period if found else None

    def day(self) -> date | None:
        """The day a price sentence speaks of: its own day, else the document's."""
        for d in self.dates:
            if not d.base and not d.period.is_span and d.period.granularity.value == "day":
                return d.period.start
        return self.ctx.day or self.ctx.published

    def quantity(self, text: str, rule: str) -> tuple[float, str] | None:
        """A quantity's value and unit, or a named warning when its unit cannot be read.

        A bare number takes the unit its list's lead line stated, else is no quantity.
        """
        if _BARE.fullmatch(text.strip()):
            if self.ctx.list_unit is None:
                return None
            text = text.strip() + self.ctx.list_unit
        try:
            return parse_quantity(text)
        except UnitError as exc:
            self.warnings.append(f"zh_unit_unreadable: {exc} ({rule})")
            return None


def paired_prices(
    s: Sent,
    prods: list[str],
    quotes: list[re.Match[str]],
    offset: int,
    metric: str,
    period: Period | None,
    rule: str,
) -> list[Cand]:
    """China's ``metric`` of each product from the quote paired with it, in order.

    ``quotes`` matched a part of the sentence starting at ``offset``; one quote that is no
    price gives nothing at all, since the pairing is then not what the text says.
    """
    out: list[Cand] = []
    for pid, q in zip(prods, quotes, strict=True):
        v = s.quantity(q.group(), rule)
        if v is None or v[1] not in PRICE_UNITS:
            return []
        out.append(
            Cand(
                "price",
                "china",
                pid,
                metric,
                period,
                v[0],
                v[1],
                offset + q.start(),
                offset + q.end(),
                rule,
            )
        )
    return out


def rate_cand(
    entity: str,
    subject: str,
    span: Period | None,
    way: int,
    m: re.Match[str],
    group: str | int,
    rule: str,
    offset: int = 0,
) -> Cand:
    """A price's rate of change ("涨幅3.05%") over ``span``.

    Its value is the number of ``m``'s ``group`` signed by ``way``, its place that group's
    (moved by ``offset`` when ``m`` ran on a part of the sentence).
    """
    return Cand(
        "price",
        entity,
        subject,
        "change_pct",
        span,
        way * float(m.group(group)),
        "%",
        offset + m.start(group),
        offset + m.end(group),
        rule,
    )


def sign(text: str) -> int:
    """+1 for a rise cue, -1 for a fall cue, 0 for none (words from the vocabulary)."""
    cls = word_class(text, ("up", "down", "flat"))
    return {"up": 1, "down": -1, "flat": 0}.get(cls or "", 0)


def day_span(day: date) -> Period:
    """From the previous Shanghai trading day to ``day``."""
    return Period.span(Period.day(previous_trading_day(day)), Period.day(day))


def _pid(name: str) -> str:
    from reemarket.ingest.rules.zh_text import product_names

    return product_names()[name]
