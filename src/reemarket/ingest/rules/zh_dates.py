"""Chinese dates and periods of a sentence, and the document context that resolves them.

Each form is a row of :data:`FORMS` (a pattern and how its groups make a period), the same
table shape as the extraction rules. A mention right after a comparison word (较, 比, 与,
以...为基数) is a base, not the period of the sentence's figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from reemarket.domain.periods import Granularity, Period
from reemarket.domain.trading_calendar import get_calendar
from reemarket.errors import PeriodError
from reemarket.ingest.dates import month_close, previous_trading_day, trading_week
from reemarket.ingest.rules.zh_text import words
from reemarket.ingest.startwords import required_chars

if TYPE_CHECKING:
    from reemarket.ingest.rules.zh_base import Cand

_CN_N = {
    c: i + 1
    for i, c in enumerate(
        ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]
    )
}
_CN_Q = {"一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}


@dataclass(frozen=True)
class Said:
    """The volumes, quotas and results of the last sentence with digits, and its paragraph.

    A pointer sentence after it ("这一数字比2023年增长10%") goes on about them
    (:mod:`zh_pointers`).
    """

    paragraph: int
    figures: tuple[Cand, ...]


@dataclass
class ZhContext:
    """What a document has said so far that later sentences lean on."""

    published: date | None
    year: int | None
    day: date | None = None
    main: Period | None = None
    month: Period | None = None
    company: str | None = None
    #: companies the company list does not know, named in the story's lead by their
    #: registered name: the names it uses (full and short) -> slug
    local_companies: dict[str, str] = field(default_factory=dict)
    price_company: str | None = None
    price_subject: str | None = None
    trade_subject: str | None = None
    #: the product of the last company output or sales figure ("其中三季度产量..." means it)
    output_subject: str | None = None
    #: the holder of the last output or sales figure, the paragraph it was in and the period
    #: of the last one not named back ("2023年该产量为…" is a base): a later figure of that
    #: paragraph naming no holder or period ("其中，钐钴永磁产量为…") is the same holder's, then
    output_holder: tuple[str, int, Period | None] | None = None
    #: the period of the last trade figure in prose ("同期...出口" means the same one)
    trade_period: Period | None = None
    #: the same, while its paragraph goes on (a blank line ends it)
    paragraph_trade_period: Period | None = None
    quota_types: list[str] = field(default_factory=list)
    #: (a day, the trading day before it) a note named ("上一交易日为4月28日", a weekend make-up
    #: working day the exchange calendar does not know): day-on-day moves of that day run from it
    named_prior: tuple[date, date] | None = None
    #: the unit a list's lead line states ("均价(单位:元/千克):") for its bare numbers
    list_unit: str | None = None
    #: a list's units by element, when its lead line names a group of elements apart
    #: ("镝铽镧铈 元/公斤"): see :mod:`zh_quote_list`
    list_element_units: dict[str, str] = field(default_factory=dict)
    #: the unit such a lead line gives every other row ("氧化物/金属 万元/吨"); read by the
    #: quote list only, not by other rules' bare numbers
    list_group_unit: str | None = None
    #: the day such a list is of, when its lead line says its moves are against yesterday's
    #: close (a heading above that looked back to yesterday does not date it)
    list_day: date | None = None
    #: the span of the last change of the paragraph stated against a named base
    list_base: Period | None = None
    #: the same for the whole report: a later paragraph's bare move on the same day
    #: ("镨钕金属报46.5万-47万元/吨，涨5000元/吨") is against the base the report used before
    report_base: Period | None = None
    #: the market a block's heading names for its US-dollar quotes ("【出口价格（FOB中国）】")
    market: str | None = None
    #: the market a sentence named for its US-dollar quote ("氧化钕离岸价(FOB中国)…美元"): a
    #: later dollar quote of the story with no market of its own is of the same series
    usd_market: str | None = None
    #: the paragraph (count of lines with text) that named it: it holds for that paragraph
    #: and the next, as the English rule's dollar-market carry does
    usd_market_paragraph: int = 0
    #: lines with text read so far
    paragraph: int = 0
    #: a numbered part of a notice headed as last year's ("二、上年同期经营业绩和财务状况"):
    #: its undated results are the same period a year before
    prior_part: bool = False
    #: the last product the paragraph named (a blank or new line starts another paragraph)
    para_product: str | None = None
    #: the last province or city the text named as a place ("凉山州…"): the region a whole
    #: region's word (全州, 本市) in a later sentence means
    region: str | None = None
    #: the company a sentence of the paragraph opened on ("宁波韵升则稳步推进。公司位于包头的…"):
    #: "公司" in a later sentence of the paragraph naming no company points back to it
    para_company: str | None = None
    #: the product a numbered section heading names ("（二）氧化镝"), until the next heading
    section_subject: str | None = None
    #: the eve of a holiday closure the text named with its day ("春节前（2月12日）")
    eve: Period | None = None
    #: the last span of days of a week the text named ("本周（4.7-4.12）")
    week: Period | None = None
    #: the last own month, quarter or year named (a "其中…" sentence's, when it names none)
    last_period: Period | None = None
    #: a weekly review published on a Monday: the last trading day of the week it reviews
    #: (its weekday words and "本周" are of that week, see :func:`own_week_day`)
    review_week: date | None = None
    #: the day of the last day's figures the text gave (see :func:`_look_back`)
    figure_day: date | None = None
    #: the product of the last price the text gave: "这一价格", "该报价" in a later sentence
    quoted_product: str | None = None
    #: the day in force when a bulleted list began: every item starts from it, whatever
    #: day an earlier item's later sentence named ("· A: 周五报X。周四再下调。" / "· B: 报Y")
    item_day: date | None = None
    #: the unit of the last price the text gave in each currency ("USD" -> "USD/kg"): a later
    #: quote in bare currency ("於9月29日報97.81美元") is in it
    quote_units: dict[str, str] = field(default_factory=dict)
    #: the figures of the last sentence with digits, for a pointer sentence after it
    last_said: Said | None = None

    @property
    def review_week_start(self) -> date:
        """The Monday after the reviewed week: a day from then on is not of that week."""
        assert self.review_week is not None
        return self.review_week + timedelta(days=7 - self.review_week.weekday())


@dataclass(frozen=True)
class ZhDate:
    """A date or period named in a sentence."""

    start: int
    end: int
    period: Period
    base: bool
    explicit_year: bool
    target: bool = False
    """A deadline ("到2027年"): the year of a plan, not the year the document speaks of."""
    retro: bool = False
    """A year looked back on ("回顾2024年全年，…"): its figures are of that year, but the
    sentences after it speak of the document's year again."""


#: 一 of a weekday, not the first character of 一度 (at one point), 一直, 一路...
_MONDAY = r"一(?!度|直|路|举|些|般|再|改|时)"

#: zh.toml's ``results_to`` ("截至…止六个月": a results period counted back from its closing
#: day) and ``as_of`` ("截至6月底": a total as of a day), as regex alternations.
_RESULTS_TO = "|".join(re.escape(w) for w in words("results_to"))
_AS_OF = "|".join(re.escape(w) for w in words("as_of"))

Form = tuple[str, str]
"""(name, pattern): a named date form; :func:`_period` turns its groups into a period."""

FORMS: tuple[Form, ...] = (
    # a results period counted back from its closing day: "截至2025年6月30日止六个月" (the six
    # months to June), "截至今年9月30日止九个月", "截至去年12月31日止年度" (the year to then)
    (
        "period_to",
        f"(?:{_RESULTS_TO})"
        r"\s*(?:(?P<y>\d{4})\s*年|(?P<rel>今年|本年|去年|上年))?\s*(?P<m>\d{1,2})\s*月\s*"
        r"(?:(?P<d>\d{1,2})\s*[日号]|底|末)\s*止\s*(?:的)?\s*"
        r"(?:(?P<n>十二|[三六九]|12|[369])\s*个月|(?P<fy>年度|全年|财政年度)|(?P<half>中期|半年度?))",
    ),
    # last year's part: "去年上半年", "上年前三季度", "去年第四季度" (its own period, not a base)
    (
        "last_year_part",
        r"(?:去年|上年)\s*(?:(?P<h>上半年|下半年)|[前首](?P<fq>[一二两兩三])(?:个|個)?季度?"
        r"|第?(?P<q>[一二三四])\s*季度|(?P<q1>首)季度?)",
    ),
    ("ymd", r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]"),
    ("iso", r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})"),
    # "2025年4-5月", and with each month written out: "2025年4月至5月", "2025年4月份到5月份"
    (
        "ym_span",
        r"(?P<y>\d{4})\s*年\s*(?P<m1>\d{1,2})\s*(?:月份?)?\s*[-~至到—]\s*(?P<m2>\d{1,2})\s*月",
    ),
    ("yh1", r"(?P<y>\d{4})\s*年\s*(?:上半年|半年度|半年报|中期|1-6月)"),
    ("yq", r"(?P<y>\d{4})\s*年\s*(?:第)?(?P<q>[一二三四1-4])\s*季度"),
    # Hong Kong and Taiwan write a quarter without 度: "2025年第3季", "首季" (the first)
    ("yq_short", r"(?P<y>\d{4})\s*年\s*(?:第\s*(?P<q>[一二三四1-4])|(?P<q1>首))\s*季(?![度节])"),
    # a month's start or end with its year ("2025年10月底"): read as "10月初", "10月底" are
    ("ym_edge", r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<e>初|末|底)(?![前后以至])"),
    ("ym", r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月份?"),
    ("y", r"(?P<y>\d{4})\s*年(?:度|全年)?"),
    (
        "md_span",
        r"(?<![\d.\-])(?P<m>\d{1,2})\s*月\s*(?P<d1>\d{1,2})\s*[日号]?\s*[-~至到—]\s*"
        r"(?:(?P<m2>\d{1,2})\s*月\s*)?(?P<d2>\d{1,2})\s*[日号]",
    ),
    # a weekly report's week in brackets, month.day: "本周（3.13-3.17）" (never a bare "3.5-3.8")
    (
        "md_dot_span",
        r"(?<=[(（])\s*(?P<m>\d{1,2})\.(?P<d1>\d{1,2})\s*[-~至—]\s*(?:(?P<m2>\d{1,2})\.)?"
        r"(?P<d2>\d{1,2})\s*(?=[)）])",
    ),
    ("md", r"(?<![\d.\-])(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]"),
    ("d", r"(?<![\d月.\-近前后内第])(?P<d>\d{1,2})\s*[日号](?![内前后])"),
    (
        "m_span",
        r"(?<![\d.\-])(?P<m1>\d{1,2})\s*(?:月份?)?\s*[-~至到—]\s*(?P<m2>\d{1,2})\s*月(?![\d日号])",
    ),
    ("h1", r"上半年|半年度|半年报"),
    # "前三季度"; Hong Kong writes the first quarters from the year's start "首三季", "首兩季"
    ("first_q", r"(?:前(?P<q>[一二三])(?:个|個)?|首(?P<q2>[二两兩三]))季度?"),
    ("first_m", r"前(?P<n>十一|十二|十|[一二两三四五六七八九]|1[0-2]|[1-9])(?:个)?月"),
    ("last_year_m", r"(?:去年|上年)(?P<m>\d{1,2})\s*月"),
    # "上周一度跌至…" is "last week, at one point": 一度, 一直, 一路... are no Monday
    # "上周五个交易日均价" is last week's five trading days: 五个 is no Friday
    ("last_week", r"(?:上周|前一周|上一周)(?P<w>" + _MONDAY + r"|[二三四五六日])(?![个個])"),
    # "本周日均成交价" is the week's daily mean, not Sunday's; "本周五", "这周一": the report's
    # own week (``own``), even when the day is still to come
    (
        "this_week",
        r"(?<![上下])(?P<own>本|这)?周(?P<w>" + _MONDAY + r"|[二三四五六]|日(?!均))(?![末个個])",
    ),
    # "上周五个交易日" is last week (its five trading days), not last Friday
    ("week", r"(?P<which>本|上|这)周(?!" + _MONDAY + r"|[二三四五六](?![个個])|末|日(?!均))"),
    ("q", r"(?:第)?(?P<q>[一二三四])\s*季度"),
    ("q_short", r"(?:第\s*(?P<q>[一二三四1-4])|(?P<q1>首))\s*季(?:度)?(?![节])"),
    # a month's close named as a base ("较7月底的1.81美元"): that month's last trading day; said
    # otherwise ("截至6月底累计出口") it is the month, as "6月" is
    ("m_end", r"(?<![\d.\-])(?P<m>\d{1,2})\s*月\s*(?:末|底)(?![前后以至])"),
    # a named month's start ("10月初报…"): its first trading day, as "月初" is the text's month's
    ("m_start", r"(?<![\d.\-])(?P<m>\d{1,2})\s*月\s*初(?![前后以至])"),
    ("m", r"(?<![\d.\-])(?P<m>\d{1,2})\s*月份?(?![\d日号])"),
    ("last_year_month", r"去年同月|上年同月"),
    ("last_year_period", r"上年同期|去年同期"),
    ("this_quarter", r"本季度|当季(?:度)?|本季(?![节])"),
    # "今年" is the year of publication, whatever year the text named last ("2023年第一批…，
    # 今年首批…"); "全年" is the whole of the year the text speaks of
    ("this_year", r"今年"),
    ("full_year", r"全年"),
    # a morning note's "昨日" is the last trading day before publication; "今日" is publication
    # a monthly review's "月初报…, 月末报…": the first and last trading day of the month it reviews
    # "本月初" is the same day as "月初" (the month the text speaks of)
    ("month_open", r"(?<![\d上下])(?:本)?月初(?![前后以至])"),
    ("month_close", r"(?<![\d上下])(?:本)?月(?:末|底)(?![前后以至])"),
    ("yesterday", r"昨(?:日|天)"),
    ("today", r"今(?:日|天)"),
)


def _alternation(forms: tuple[tuple[str, str], ...]) -> re.Pattern[str]:
    """One pattern of the forms, in order; the outer group of each is its name after "_"."""
    return re.compile("|".join(f"(?P<_{n}>{p.replace('(?P<', f'(?P<{n}_')})" for n, p in forms))


#: The characters each form's matches all hold (a text without them has no match of it).
_NEEDS = [required_chars(re.compile(p)) for _, p in FORMS]
_SUBSETS: dict[tuple[int, ...], re.Pattern[str]] = {}


def _forms_in(text: str) -> re.Pattern[str]:
    """The alternation of every form but those that cannot match in ``text``.

    Leaving out a form with no possible match changes no match: at each place the first
    form that matches still wins. One pattern is compiled per set of forms kept.
    """
    chars = set(text)
    key = tuple(i for i, need in enumerate(_NEEDS) if need <= chars)
    rx = _SUBSETS.get(key)
    if rx is None:
        rx = _SUBSETS[key] = _alternation(tuple(FORMS[i] for i in key))
    return rx


#: A date line's label for the base of its changes: "涨跌基准：", "对比日期：", "比较基准日：",
#: "涨跌对比：", "基准日：", "涨跌：", "涨跌基准为" (then maybe "上一交易日（" or "上周五（"
#: before the day).
BASE_LABEL = (
    r"(?:(?:涨跌|变动|环比)?(?:基准|对比|比较)(?:日期|日)?\s*(?:[:：]|为|是)|(?:涨跌|变动)\s*[:：])\s*"
    r"(?:(?:上一|前一|上个)交易日|上周[一二三四五六日]|前一日|上日)?\s*[(（]?\s*"
)
_BASE_BEFORE = re.compile(
    r"(?:较|比|与|少于|多于|低于|高于|以|自|从)\s*(?:第)?"
    r"(?:(?:上周|本周|前一周|上一周|周)[一二三四五六日]|上一交易日|前一交易日|上月末|上月底|月初|年初|上周"
    r"|(?:(?:春节|国庆|清明|五一|端午|中秋)(?:长假|假期|假)?|长假|假期|节|假)前"
    r"(?:的)?(?:最后(?:一个?)?(?:交易日|报价日))?|\d{1,2}月(?:末|底)"
    # a span back from the report's day, its day in brackets: "与一周前（22日）的…相比"
    r"|[一两二三四五六七八九十\d]{1,2}\s*(?:个)?(?:周|星期|月|天|年)(?:之)?前)?"
    r"\s*[(（]?\s*$"
    # a date line's label for the base of its changes: "涨跌基准：上一交易日（6月21日）",
    # "对比日期：6月14日", "比较基准日：上周五（3月8日）"
    r"|" + BASE_LABEL + "$"
)
#: The eve of a holiday closure right before a bracketed day ("春节前（2月12日）为79.8万元"):
#: in a report after the holiday it is the reference the moves are measured from.
_EVE_BEFORE = re.compile(
    r"(?:(?:春节|国庆|清明|五一|端午|中秋)(?:长假|假期|假)?|长假|假期|节|假)前"
    r"(?:的)?(?:最后(?:一个?)?(?:交易日|报价日))?\s*[(（]\s*$"
)
#: ... or the period of an earlier figure of the same measure: "5月该均价为40万元/吨"
#: ... or a period's level held to or come back to: "维持9月水平不变", "回到年初的水平"
_BASE_AFTER = re.compile(
    r"^\S{0,8}?(?:为基数|以来|相比|基础上)|^\s*该(?:月)?(?:均价|价格|报价)|^(?:份)?\s*(?:的)?\s*水平"
)
_TARGET_BEFORE = re.compile(r"(?<![\d年月截])(?:到|至)\s*$")  # "截至" is an as-of day
#: A total or stock told as of a month's end: "截至6月底", "截止到3月末", "到6月底".
_THROUGH_BEFORE = re.compile(f"(?:{_AS_OF}|到|至)" + r"\s*(?:\d{4}\s*年|今年|去年)?\s*$")
#: What makes a month's end the owner of a trend, not a day: "延续3月末的下跌惯性", "10月底以来的涨势".
_TREND_AFTER = re.compile(
    r"\s*(?:以来)?\s*的\s*\S{0,4}?(?:惯性|势头|趋势|走势|涨势|跌势|态势|行情|节奏|氛围)"
)
#: A price quoted after a month's start or end in its sentence ("6月底氧化镝报1880元/公斤"): the
#: edge is then that day; a flow or total said of it ("5月底中国稀土出口量为5000吨") is the month's.
_QUOTE_AFTER = re.compile(r"[^。；;！？!?]*?元\s*/\s*(?:吨|公斤|千克)")
#: A level quoted after "截至6月底" (no mean or running total between): "截至2024年6月底，氧化镨钕
#: 报X元/吨" is the level as of that day, the month's last trading day.
_LEVEL_AFTER = re.compile(r"[^。；;！？!?均累平总共计]*?元\s*/\s*(?:吨|公斤|千克)")
#: A look back to an earlier year, in passing: "回顾2024年全年", "回看去年".
_RETRO_BEFORE = re.compile(r"(?:回顾|回看|回望|回溯)\s*(?:去年|上年|前年)?\s*[,，]?\s*$")
#: A period named as the base a year-on-year rate is measured from ("因为2023年2月价格处于高位，
#: 基数较高", "2022年同期基数偏低"): a look back, not the year the text goes on in.
_BASE_YEAR_AFTER = re.compile(r"[^。；;！？]{0,24}?基数")


def _g(m: re.Match[str], form: str, key: str) -> str | None:
    return m.group(f"{form}_{key}")


def _period(m: re.Match[str], form: str, ctx: ZhContext, year: int | None) -> Period | None:
    y_text = _g(m, form, "y") if "(?P<y>" in dict(FORMS)[form] else None
    y = int(y_text) if y_text else year
    if form in ("last_year_month", "last_year_period", "this_quarter", "full_year", "this_year"):
        return None  # relative: resolved against what the sentence compares
    if form in ("month_open", "month_close"):
        return _month_edge(form == "month_open", ctx)
    if form in ("yesterday", "today"):
        if ctx.published is None:
            return None
        day = ctx.published
        return Period.day(previous_trading_day(day) if form == "yesterday" else day)
    if form == "period_to":
        return _period_to(m, ctx, y)
    if form == "last_year_part":
        return _last_year_part(m, y)
    if y is None:
        return None
    if form in ("ymd", "iso", "md"):
        return Period.day(date(y, int(_g(m, form, "m") or 0), int(_g(m, form, "d") or 0)))
    if form in ("md_span", "md_dot_span"):
        mo = int(_g(m, form, "m") or 0)
        mo2 = int(_g(m, form, "m2") or mo)  # "5月27日-6月2日": the end in its own month
        first, last = (
            date(y, mo, int(_g(m, form, "d1") or 0)),
            date(y, mo2, int(_g(m, form, "d2") or 0)),
        )
        if first >= last:
            return None
        return Period.span(Period.day(first), Period.day(last))
    if form == "d":  # a day of the month the document speaks of (or of the month before)
        ref = ctx.day or ctx.published
        d = int(_g(m, form, "d") or 0)
        if ref is None or d == 0:
            return None
        if d > ref.day:
            # a later day than the one the text speaks of is of the month before, unless the
            # report came out after it in that month ("22日…, 氧化铈29日报…" in a report of the
            # 1st of the next month: the 29th of the same month)
            try:
                same: date | None = ref.replace(day=d)
            except ValueError:
                same = None
            if same is not None and ctx.published is not None and same <= ctx.published:
                return Period.day(same)
            ref = ref.replace(day=1) - timedelta(days=1)
        return Period.day(ref.replace(day=d))
    if form in ("ym_span", "m_span"):
        a, b = int(_g(m, form, "m1") or 0), int(_g(m, form, "m2") or 0)
        return Period.span(Period.month(y, a), Period.month(y, b)) if a < b else None
    if form == "first_q":
        q = _CN_Q[_g(m, form, "q") or _g(m, form, "q2") or "1"]
        return Period.span(Period.month(y, 1), Period.month(y, 3 * q))
    if form == "first_m":
        cn = _g(m, form, "n") or "一"
        n = int(cn) if cn.isdigit() else _CN_N["二" if cn == "两" else cn]
        return Period.span(Period.month(y, 1), Period.month(y, n)) if n > 1 else Period.month(y, 1)
    if form == "last_year_m":
        return Period.month(y - 1, int(_g(m, form, "m") or 0))
    if form == "week":  # the trading days of this week (to the report's day) or the last
        before = _g(m, form, "which") == "上"
        today = _speaking_day(ctx) if before else own_week_day(ctx)
        if today is None:
            return None
        pub = ctx.published
        if not before and pub is not None and today < pub and _same_week(today, pub):
            # a review's "本周" after a day of its week it named ("周三…。本周均价…"): the
            # week's trading days up to the report's, not to the day named before
            today = pub
        return trading_week(today, 1 if before else 0, today)
    if form in ("last_week", "this_week"):
        today = _speaking_day(ctx) if form == "last_week" else own_week_day(ctx)
        if today is None:
            return None
        wd = "一二三四五六日".index(_g(m, form, "w") or "一")
        back = 7 if form == "last_week" else 0
        monday = today - timedelta(days=today.weekday() + back)
        day = monday + timedelta(days=wd)
        own = form == "this_week" and _g(m, form, "own") is not None
        if form == "this_week" and not own and ctx.published is not None and day > ctx.published:
            day -= timedelta(days=7)  # "周五报…" in a Monday report: the Friday just gone
        return Period.day(day)
    if form in ("yh1", "h1"):
        return Period.span(Period.month(y, 1), Period.month(y, 6))
    if form in ("yq", "q"):
        return Period.quarter(y, _CN_Q[_g(m, form, "q") or "1"])
    if form in ("yq_short", "q_short"):
        return Period.quarter(y, 1 if _g(m, form, "q1") else _CN_Q[_g(m, form, "q") or "1"])
    if form == "m_end" or (form == "ym_edge" and _g(m, form, "e") != "初"):
        return Period.day(month_close(y, int(_g(m, form, "m") or 0)))
    if form in ("m_start", "ym_edge"):
        first = date(y, int(_g(m, form, "m") or 0), 1)
        return Period.day(get_calendar("sse").next_trading_day(first - timedelta(days=1)))
    if form in ("ym", "m"):
        return Period.month(y, int(_g(m, form, "m") or 0))
    return Period.year(y)


def _same_week(a: date, b: date) -> bool:
    """Whether two days fall in the same Monday-to-Sunday week."""
    return a - timedelta(days=a.weekday()) == b - timedelta(days=b.weekday())


def reviewed_week(headline: str, published: date | None, review: re.Pattern[str]) -> date | None:
    """The last trading day of the week a weekly review published as a new week starts reviews.

    A review (``review`` matches its headline: 周评, 周报...) published on the first trading day
    of a week (a Monday, or the Tuesday after a Monday holiday) is about the week before.
    """
    if published is None or not review.search(headline):
        return None
    monday = published - timedelta(days=published.weekday())
    try:
        days = get_calendar("sse").trading_days(monday, published)
    except PeriodError:
        days = [monday] if published == monday else []
    if not days or days[0] != published:
        return None
    return previous_trading_day(published)


def _speaking_day(ctx: ZhContext) -> date | None:
    """The day "上周" counts back from: the writer's, the publication day.

    A Monday report that named last Friday ("上周五（6月20日）") and says "上周五" again means
    that same Friday, not the one a week before it: the day the text last named (``ctx.day``)
    is read only when the report has no day of its own or speaks of a later day.
    """
    if ctx.published is not None and (ctx.day is None or ctx.day <= ctx.published):
        return ctx.published
    return ctx.day or ctx.published


def own_week_day(ctx: ZhContext) -> date | None:
    """A day of the week the report speaks of, for its weekday words ("周一", "本周五").

    The day the text last named, else the publication day; but a weekly review published on
    a Monday (``ctx.review_week``) reviews the week before, so its "周一" is that week's Monday,
    not the publication day, unless the text has named a day of that week.
    """
    today = ctx.day or ctx.published
    if ctx.review_week is not None and (today is None or today >= ctx.review_week_start):
        return ctx.review_week
    return today


def _period_to(m: re.Match[str], ctx: ZhContext, y: int | None) -> Period | None:
    """The months that end on a closing day ("截至6月30日止六个月" -> January to June)."""
    rel = _g(m, "period_to", "rel")
    if rel is not None and y is not None and rel in ("去年", "上年"):
        y -= 1
    if y is None:
        return None
    end_month = int(_g(m, "period_to", "m") or 0)
    cn = "六" if _g(m, "period_to", "half") else _g(m, "period_to", "n")  # "…止中期业绩"
    n = 12 if cn is None else (int(cn) if cn.isdigit() else {"三": 3, "六": 6, "九": 9}.get(cn, 12))
    last = Period.month(y, end_month)
    if n == 12 and end_month == 12:
        return Period.year(y)
    first_index = y * 12 + end_month - n  # months since year 0 of the first month, less one
    first = Period.month(first_index // 12, first_index % 12 + 1)
    return Period.span(first, last)


def _last_year_part(m: re.Match[str], y: int | None) -> Period | None:
    """A part of the year before the one the text speaks of ("去年上半年", "上年前三季度")."""
    if y is None:
        return None
    y -= 1
    form = "last_year_part"
    half = _g(m, form, "h")
    if half is not None:
        first = 1 if half == "上半年" else 7
        return Period.span(Period.month(y, first), Period.month(y, first + 5))
    fq = _g(m, form, "fq")
    if fq is not None:
        return Period.span(Period.month(y, 1), Period.month(y, 3 * _CN_Q[fq]))
    return Period.quarter(y, 1 if _g(m, form, "q1") else _CN_Q[_g(m, form, "q") or "1"])


def find_dates(text: str, ctx: ZhContext) -> list[ZhDate]:
    """The dates and periods a (normalised) sentence names, in order."""
    out: list[ZhDate] = []
    year = ctx.year
    for m in _forms_in(text).finditer(text):
        form = (m.lastgroup or "_")[1:]  # the form's outer group closes last
        before = text[max(0, m.start() - 16) : m.start()]
        eve = bool(_EVE_BEFORE.search(before)) or bool(
            _EVE_BEFORE.search(re.sub(r"^[较比与]", "", before[-14:]))
        )
        base = (
            bool(_BASE_BEFORE.search(before))
            or eve
            or bool(_BASE_AFTER.match(text[m.end() : m.end() + 12]))
        )
        try:
            p = _period(m, form, ctx, year)
            if form == "md" and p is not None and year == ctx.year:
                p = _recent_day(p, ctx)
            if form == "d" and p is not None:
                p = _bracketed_weekday(p, text, m.start(), out)
            if form in ("md", "ymd") and p is not None:
                _bracketed_day(p, text, m.start(), out)  # the weekday before takes the date
        except (ValueError, PeriodError):
            continue
        if p is not None and _edge_as_month(m, form, text, base, before, p, ctx):
            p = Period.month(p.start.year, p.start.month)
        if p is None:
            p = _relative(form, ctx, year, out)
            if p is None:
                continue
            base = base or form.startswith("last_year")
        if form == "last_year_m" or (form == "week" and _g(m, form, "which") == "上"):
            base = True  # a reference period, not the sentence's own
        explicit = form in (
            "ymd",
            "iso",
            "ym_span",
            "yh1",
            "yq",
            "yq_short",
            "ym",
            "ym_edge",
            "y",
            "this_year",
        ) or (form == "period_to" and _g(m, form, "y") is not None)
        target = explicit and bool(_TARGET_BEFORE.search(text[max(0, m.start() - 3) : m.start()]))
        retro = explicit and (
            bool(_RETRO_BEFORE.search(text[max(0, m.start() - 8) : m.start()]))
            or _BASE_YEAR_AFTER.match(text, m.end()) is not None
        )
        if explicit and not base and not target:
            year = p.start.year
        if eve and p.granularity is Granularity.DAY and not p.is_span:
            ctx.eve = p  # a later bare 节前 of the text is this day
        if _gloss(p, text, m.start(), out):
            continue
        if (
            out
            and out[-1].base
            and out[-1].period == p
            and not text[out[-1].end : m.start()].strip(" ,，、")
        ):
            # "与9月1日月初的X相比": the base day named again as 月初; "上一交易日（6月21日，
            # 周五）": and by its weekday
            base = True
        out.append(ZhDate(m.start(), m.end(), p, base, explicit, target, retro))
    return out


def _edge_as_month(
    m: re.Match[str], form: str, text: str, base: bool, before: str, p: Period, ctx: ZhContext
) -> bool:
    """Whether a month's start or end (10月底, 2025年10月初) stands for the month itself.

    A base (较5月底) and a quote said after it (6月底氧化镝报1880元/公斤) are of that day; a total
    through it (截至6月底累计出口…), a flow said of it (5月底出口量为5000吨), a trend it owns
    (延续3月末的下跌惯性) or an edge after the report's day is the month's, as 10月 is; a level
    quoted as of it (截至6月底，氧化镨钕报X元/吨) is of that day.
    """
    if form not in ("m_end", "m_start", "ym_edge"):
        return False
    if p.start > (ctx.published or p.start):
        return form == "m_end" or (form == "ym_edge" and _g(m, form, "e") != "初")
    if base:
        return False
    return (
        (bool(_THROUGH_BEFORE.search(before)) and not _LEVEL_AFTER.match(text, m.end()))
        or _TREND_AFTER.match(text, m.end()) is not None  # "承接8月底的涨势": the month's trend
        or not _QUOTE_AFTER.match(text, m.end())
    )


def _gloss(p: Period, text: str, at: int, before: list[ZhDate]) -> bool:
    """Whether a period in brackets right after a day only says what that day is.

    "截至6月28日（6月最后一个交易日）", "9月30日（三季度最后一个交易日）": the month or quarter
    holds the day before it, so it names no period of its own.
    """
    prev = before[-1] if before else None
    return (
        prev is not None
        and prev.period.granularity is Granularity.DAY
        and not prev.period.is_span
        and p.granularity is not Granularity.DAY
        and p.start <= prev.period.start <= p.end
        and re.fullmatch(r"\s*[(（]\s*", text[prev.end : at]) is not None
    )


def _bracketed_weekday(p: Period, text: str, at: int, before: list[ZhDate]) -> Period:
    """A day of the month in brackets right after a weekday ("本周五（14日）") is that weekday.

    Read alone, a day after the report's would be of the month before; the weekday says which
    week it is in, even one still to come.
    """
    prev = before[-1] if before else None
    if (
        prev is not None
        and prev.period.granularity is Granularity.DAY
        and not prev.period.is_span
        and prev.period.start.day == p.start.day
        and re.fullmatch(r"\s*[(（]\s*", text[prev.end : at])
    ):
        return prev.period
    return p


def _bracketed_day(p: Period, text: str, at: int, before: list[ZhDate]) -> None:
    """A month and day in brackets right after a day named by its weekday dates that day.

    "周二（7月2日）氧化铽报X": the bracket names the day the weekday only describes, so in a
    report of a later week the weekday is not this week's Tuesday; the day before the bracket
    takes the bracket's date.
    """
    prev = before[-1] if before else None
    if (
        prev is not None
        and p.granularity is Granularity.DAY
        and not p.is_span
        and prev.period.granularity is Granularity.DAY
        and not prev.period.is_span
        and prev.period != p
        and re.fullmatch(r"\s*[(（]\s*", text[prev.end : at])
    ):
        before[-1] = replace(prev, period=p)


def _recent_day(p: Period, ctx: ZhContext) -> Period:
    """A month and day without a year, in the year the text last named, unless that is stale.

    A day quoted in a news report is a recent one: "回顾…2022年全年指标为21万吨。…截至2月6日,
    氧化钕报…" in a report of February 2024 speaks of 6 February 2024. When the year carried
    from an earlier sentence puts the day more than a year before publication, the day is the
    last such day up to publication.
    """
    pub = ctx.published
    if pub is None or (pub - p.start).days <= 366:
        return p
    day = p.start.replace(year=pub.year)  # 29 February is not a month-day of a stale year here
    if day > pub:
        day = day.replace(year=pub.year - 1)
    return Period.day(day)


def _month_edge(first: bool, ctx: ZhContext) -> Period | None:
    """The first or last trading day of the month the text speaks of (none before it is over)."""
    pub = ctx.published
    month = ctx.month or (Period.month(pub.year, pub.month) if pub else None)
    if month is None:
        return None
    if first:
        try:
            day = get_calendar("sse").next_trading_day(month.start - timedelta(days=1))
        except PeriodError:
            return None
    else:
        day = month_close(month.start.year, month.start.month)
    if ctx.published is not None and day > ctx.published:
        return None
    return Period.day(day)


def _relative(
    form: str, ctx: ZhContext, year: int | None, before: list[ZhDate] | None = None
) -> Period | None:
    main = ctx.main
    if form == "this_quarter":  # "四季度是全年最好的一季, 当季营收…": the quarter just named
        named = [
            d.period
            for d in before or []
            if not d.base and d.period.granularity is Granularity.QUARTER
        ]
        if named:
            return named[-1]
        return main if main is not None and main.granularity is Granularity.QUARTER else None
    if form == "full_year":
        return Period.year(year) if year else None
    if form == "this_year":
        this = ctx.published.year if ctx.published else year
        return Period.year(this) if this else None
    if form == "last_year_month":
        m = ctx.month
        return Period.month(m.start.year - 1, m.start.month) if m else None
    return None


def shift_year(p: Period, years: int = -1) -> Period:
    """The same period a year earlier (``上年同期``)."""
    return Period(
        p.start.replace(year=p.start.year + years),
        p.end.replace(
            year=p.end.year + years, day=min(p.end.day, 28) if p.end.month == 2 else p.end.day
        ),
        p.granularity,
        p.is_span,
    )


def previous(p: Period) -> Period:
    """The period of the same size just before ``p`` (a month, a quarter, a year)."""
    if p.granularity is Granularity.MONTH:
        y, m = (p.start.year, p.start.month - 1) if p.start.month > 1 else (p.start.year - 1, 12)
        return Period.month(y, m)
    if p.granularity is Granularity.QUARTER:
        q = (p.start.month - 1) // 3 + 1
        return Period.quarter(p.start.year, q - 1) if q > 1 else Period.quarter(p.start.year - 1, 4)
    return Period.year(p.start.year - 1)


#: Words that name a day looking back from the report's: "前一交易日（3月4日）", "上周五（3月1日）",
#: "昨日（5月8日）".
_LOOK_BACK = re.compile(r"(?:前一|上一|上个|上個)交易日|前一日|昨[日天]|上周|上週")


#: A day defined as the trading day before: "上一交易日为4月28日", "前一交易日：9月6日", or a
#: word of the text defined as it ("“昨日”指上一交易日7月9日", "前收即前一交易日（7月9日）").
_NAMED_BACK = re.compile(
    r"(?:前一|上一|上个|上個)交易日\s*(?:为|是|為|[:：])\s*$"
    r"|(?:指|即)\s*(?:前一|上一|上个|上個)交易日\s*[(（]?\s*$"
)


def _look_back(ctx: ZhContext, d: ZhDate, dates: list[ZhDate], text: str) -> bool:
    """Whether a day a sentence names is a look back from the report's day, not a new day.

    It is earlier than the day the report speaks of and has already given figures of (a
    morning note's "昨日（3月19日）" before any figure is the day it reports), and either
    named as the day before
    ("前一交易日（3月4日）氧化钕报…") or beside a later day of the same sentence ("今日报X；3月4日
    为Y"): the next sentences with no day of their own are still of the report's day.
    """
    if ctx.day is None or d.period.start >= ctx.day or ctx.figure_day != ctx.day:
        return False
    if text and _LOOK_BACK.search(text, max(0, d.start - 6), d.end):
        return True
    return any(
        o is not d
        and not o.base
        and o.period.granularity is Granularity.DAY
        and not o.period.is_span
        and o.period.start > d.period.start
        for o in dates
    )


_OPEN_QUOTE = frozenset("\"“「『‘'")
_CLOSE_QUOTE = frozenset("\"”」』’'")


def _quoted(d: ZhDate, text: str) -> bool:
    """Whether a date word stands alone in quotation marks: a term a note defines ("“昨日”指…")."""
    return (
        d.start > 0
        and d.end < len(text)
        and text[d.start - 1] in _OPEN_QUOTE
        and text[d.end] in _CLOSE_QUOTE
    )


def _later_month(d: ZhDate, dates: list[ZhDate]) -> bool:
    """Whether the sentence names, as its own, a month later than this one."""
    return any(
        not o.base
        and not o.target
        and o.period.granularity is Granularity.MONTH
        and not o.period.is_span
        and o.period.start > d.period.start
        for o in dates
    )


#: The label of a notice's or article's own date ("公告日期：", "发布时间："): the day it was
#: put out, not the year its figures are of (an annual report put out in March of the next year).
_DATELINE = re.compile(r"(?:公告|发布|披露|发稿|刊发|刊登)(?:日期|时间)\s*[:：]\s*$")


def note(ctx: ZhContext, dates: list[ZhDate], text: str = "") -> None:
    """Remember what a sentence's own (non-base) dates set: year, day, month, main period.

    A day the sentence names only to look back (see :func:`_look_back`) does not become the
    day of the sentences after it.
    """
    for d in dates:
        if d.base or d.target:
            continue
        if d.period.granularity is not Granularity.DAY:
            ctx.last_period = d.period
        p = d.period
        if d.explicit_year and not d.retro and not _DATELINE.search(text, 0, d.start):
            ctx.year = p.start.year
        if p.granularity is Granularity.DAY and not p.is_span:
            if ctx.published is not None and p.start > ctx.published:
                continue  # a day still to come ("本周五" in a Wednesday report) is a plan's
            if _NAMED_BACK.search(text, 0, d.start):
                day = ctx.day or ctx.published
                if day is not None and p.start < day:
                    ctx.named_prior = (day, p.start)
                continue  # "上一交易日为4月28日": the day before's name, never the text's day
            if _look_back(ctx, d, dates, text):
                continue
            if _quoted(d, text):
                continue  # "“昨日”指…": a word the note defines, not a day it speaks of
            ctx.day = p.start
        elif p.granularity is Granularity.DAY and 1 <= (p.end - p.start).days <= 6:
            ctx.week = p
        elif (
            p.granularity is Granularity.MONTH
            and not p.is_span
            and not d.retro  # "因为2023年2月…基数较高": a month looked back on
            and not _later_month(d, dates)
        ):
            ctx.month = p  # "6月均价X，5月为Y": the month the text speaks of stays 6月
        if p.granularity is not Granularity.DAY and ctx.main is None:
            ctx.main = p
