"""Price tables laid out in columns: finding them and reading their layout.

A header line names the columns ("Product  Unit  Low  High  Avg  Change", "| Product |
Basis | Low | High | Mid | +/- |"); each row below it, up to the first line that is not a
row, is a product name followed by one cell per column. The column order is taken
from the header, never assumed. Cells are cut at pipes, else at runs of two or more spaces,
else (single-spaced rows) the figures are the last tokens. The title is the lines above the
header, the caption the note right below the rows. What the rows mean is
:mod:`reemarket.ingest.pricetables`'s.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from reemarket.ingest import dayrows, vocab
from reemarket.ingest.datecolumns import column_day, is_day
from reemarket.ingest.dates import MONTH_HEAD
from reemarket.ingest.lexicon import find_markets
from reemarket.ingest.numbers import PRICE_UNIT, price_unit_code

_NUM = r"[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[+-]?\d+(?:\.\d+)?"
_CELL_NUM = re.compile(rf"^(?:{_NUM})$")
_CELL_PCT = re.compile(rf"^(?:{_NUM})\s*%?$")
CELL_RANGE = re.compile(rf"^({_NUM})\s*(?:-|–|~|to)\s*({_NUM})$")
_FLAT = re.compile(r"^(?:unch(?:anged)?\.?|flat|n\.?c\.?|n/c|no\s+change|steady|stable)$", re.I)
_DASH = re.compile(r"^(?:—|–|-|n/?a)$", re.I)
ARROW = re.compile(r"^[▲▼↑↓]\s*")
_RULE = re.compile(r"^[\s|:\-=+]+$")

_MON = MONTH_HEAD + r"[a-z]*\.?"
_DAY = r"[0-3]?\d(?:st|nd|rd|th)?"
#: The base of a change column: "Chg vs May 30", "changes are against 30 May", "(vs. 31 Oct)",
#: "change from end-October", "change since 2025-10-31", "vs end-2024" (that year's last close),
#: "Change vs previous working day (12 Mar)", "chg against the prior session, 4 Apr".
BASE_DATE = re.compile(
    r"(?:\b(?:change|chg|chng)s?\b[^.;\n|]{0,30}?\b(?:against|from|since|compared\s+(?:with|to))"
    r"|\+/-\s*(?:against|from|since)|\b(?:vs|versus)\b\.?)\s+(?:the\s+)?"
    r"(?:(?:previous|prior|last)\s+(?:(?:working|trading|business)\s+day|session|assessment)"
    r"\s*(?:[(,:]\s*|of\s+))?"
    # "against the close of Tuesday 4 June", "vs the mid on Mon, 12 May"
    r"(?:(?:mid|midpoint|close|closing|average|assessment)\s+(?:of|on)\s+)?"
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
    rf"(?:(?P<d1>{_DAY})[\s-]+(?P<m1>{_MON})|(?P<m2>{_MON})[\s-]+(?P<d2>{_DAY})\b"
    rf"|(?P<iso>\d{{4}}-\d\d-\d\d)|end[\s-]+(?:of[\s-]+)?(?P<m3>{_MON})|(?P<m4>{_MON})[\s-]+end"
    r"|(?:year[\s-]*)?end[\s-]+(?:of[\s-]+)?(?P<ey>(?:19|20)\d\d)\b"
    r"|(?P<na>\d{1,2})/(?P<nb>\d{1,2})(?![\d/]))"
    r"(?:,?\s+(?P<y>\d{4}))?",
    re.I,
)

_CAPTION = re.compile(
    r"^\s*(?:\*|†|\(|source|note|prices?\b|all\b|units?\b|change|chg|\+/-|figures|values|"
    r"levels?\b|quotes?\b|closing\b|as\s+(?:at|of)\b|"
    r"assessments?\b|basis\b|footnotes?\b|in\s+(?:usd|us\$|\$|eur|€|yuan|rmb))",
    re.I,
)
_CHANGE_WORDS = (
    frozenset(
        ("change", "chg", "chng", "+/-", "up/down", "d/d", "w/w", "m/m", "y/y", "dod", "wow", "mom")
    )
    | {"q/q", "qoq", "q-o-q"}
    | {"yoy", "±", "+-", "+/−", "delta", "diff"}
)  # assessment sheets head the move with a sign


#: Words heading the previous assessment's column (``[table] prior_column`` of en.toml).
_PRIOR_WORDS = vocab.alternation("table", "prior_column")
#: A column of the previous assessment's level: "26/11 low", "Nov 26 high", "Prev. low",
#: "Previous high", "Last week price", "Prior mid", "Low (prev)", "Low 26/11", and a lone
#: "Previous" whose cell is the previous range or price.
_PRIOR = re.compile(
    rf"^(?:(?:(?P<w1>{_PRIOR_WORDS}|last)"
    r"(?:\s+(?:week'?s?|assessment))?|(?P<d1>.+?))\s+(?P<a>low|high|price|mid|avg|average)"
    r"|(?P<b>low|high|price|mid|avg|average)\s+(?:\((?P<w2>prev(?:ious|\.)?|prior|last)\)"
    rf"|(?P<d2>.+?))|(?P<w3>{_PRIOR_WORDS}))$",
    re.I,
)
_PRIOR_LEVEL = {"low": "low", "high": "high", "price": "price", "mid": "price", "avg": "price"}


def prior_column(name: str) -> tuple[str, str] | None:
    """A previous-level column's (level, day text): ("low", "26/11"), ("high", "") for "Prev high".

    A lone "Previous" is ("price", ""): its cell is one price or the previous range.
    """
    m = _PRIOR.match(name.strip())
    if m is None:
        return None
    if m.group("w3"):
        return "price", ""
    day = m.group("d1") or m.group("d2") or ""
    if day and not is_day(day):
        return None
    what = (m.group("a") or m.group("b")).lower()
    return _PRIOR_LEVEL.get(what, "price"), day


#: A note naming the day of the previous-assessment column: "Previous = assessment of
#: 3 July", "Prev.: close on 26/06", "Prior column is the quote of June 28", and a day
#: right after "previous assessment" ("weekly; previous assessment 5 March 2025").
PRIOR_NOTE = re.compile(
    rf"\b(?:{_PRIOR_WORDS})(?:\s+(?:column|range|price|level)s?)?\s*(?:=|:|\bis\b|\bare\b"
    r"|\brefers?\s+to\b|\bshows?\b)[^.;\n|]{0,50}"
    rf"|\b(?:previous|prior|last)\s+(?:assessment|issue)\s+(?:of\s+|on\s+|dated\s+)?"
    rf"(?:[0-3]?\d\s+{_MON}|{_MON}\s+[0-3]?\d\b)(?:,?\s+\d{{4}})?",
    re.I,
)


def _head_words(key: str) -> re.Pattern[str]:
    """A whole column head of one class of ``[table]`` in en.toml ("low_column")."""
    return re.compile(rf"(?:{vocab.alternation('table', key)})", re.I)


#: The column classes a head may name, checked in this order after the product column
#: ("index" a lot number, "quantity" a lot's size, "ask" a starting price, "sale" the price a
#: lot sold at, "note" a result in words).
_HEADS = tuple(
    (kind, _head_words(f"{kind}_column"))
    for kind in (
        "prior_list", "list", "unit", "market", "spec", "low", "high", "week_avg", "avg", "price",
        "index", "quantity", "ask", "sale", "note",
    )
)  # fmt: skip
#: A leading lot-number column ("Lot  Product  Quantity  Hammer price").
_INDEX = _head_words("index_column")


#: A column of one period's average: "Q3 2025", "3Q25", "Q2'25", "June avg", "May 2024",
#: "Jun-2024 average". A month without a year is the latest one on or before the table's day.
_PERIOD_HEAD = re.compile(
    r"^(?:q(?P<q1>[1-4])[\s']*(?P<qy1>\d{4}|\d{2})|(?P<q2>[1-4])q[\s']*(?P<qy2>\d{4}|\d{2})"
    r"|(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?:[\s-]+'?(?P<my>\d{4}|\d{2}))?)"
    r"(?:\s+(?:avg\.?|average|mean))?$",
    re.I,
)


def period_column(name: str, *, month_year: bool = False) -> re.Match[str] | None:
    """The match of a head naming one quarter's or month's average column, else None.

    A head that also reads as a day ("Feb-24") is a month only with ``month_year`` (see
    :func:`month_year_heads`).
    """
    if is_day(name) and not (month_year and _MON_YY.match(name.strip())):
        return None
    return _PERIOD_HEAD.match(name.strip())


#: A month and a two-digit year joined by a hyphen ("Feb-24", "Sept-23").
_MON_YY = re.compile(rf"^(?P<mon>{MONTH_HEAD})[a-z]*\.?-(?P<yy>\d{{2}})$", re.I)


def month_year_heads(cells: list[str]) -> frozenset[str]:
    """Heads like "Feb-24  Jan-24" that are months of a year, not the 24th of each month.

    Two or more different months with the same two digits (or December and January with
    consecutive ones, "Jan-25  Dec-24") are monthly columns: day columns a month apart
    would not all fall on one day of the month.
    """
    hits = [(c, m) for c in cells if (m := _MON_YY.match(c.strip())) is not None]
    if len(hits) < 2:
        return frozenset()
    months = [m.group("mon").lower() for _c, m in hits]
    years = sorted({int(m.group("yy")) for _c, m in hits})
    if len(set(months)) != len(months):
        return frozenset()
    if len(years) == 1 or (len(years) == 2 and years[1] - years[0] == 1 and "dec" in months
                           and "jan" in months):  # fmt: skip
        return frozenset(c for c, _m in hits)
    return frozenset()


#: The words of a market a level column may be headed with beside its unit: a basis with its
#: place ("FOB China", "CIF Rotterdam"), or the home or export market ("Domestic", "China
#: spot", "Export").
_MARKET_LEVEL_WORDS = re.compile(
    r"(?:china\s+)?(?:domestic|spot|china|export|europe|rotterdam)(?:\s+(?:spot|market|price))?",
    re.I,
)


#: A unit's multiple and brackets left in a head once its unit is cut ("(10,000 ", "'000").
_SCALE_WORDS = re.compile(
    r"[()\[\]]|(?<![\w])(?:10,?000|'?000|ten[\s-]thousand|thousand)(?![\w])", re.I
)


def _market_level_head(raw: str) -> bool:
    """Whether a head names one market and its unit: "FOB China, USD/kg", "Domestic (CNY/t)".

    Two such columns side by side give each row's price in both markets, each in its own
    unit; a head with a market and no unit is not one (a "Basis" cell's column).
    """
    unit = PRICE_UNIT.search(raw)
    if unit is None:
        return False
    rest = raw[: unit.start()] + " " + raw[unit.end() :]
    rest = _SCALE_WORDS.sub(" ", rest).strip(" ,;:()[]-")
    found = find_markets(rest)
    if len(found) > 1:
        return False
    if found:  # "Export FOB": a basis, and at most the home or export word beside it
        rest = (rest[: found[0].start] + " " + rest[found[0].end :]).strip(" ,;:()[]-")
        return not rest or _MARKET_LEVEL_WORDS.fullmatch(rest) is not None
    return bool(rest) and _MARKET_LEVEL_WORDS.fullmatch(rest) is not None


def _column(name: str) -> str | None:
    """What a header cell names: product, unit, market, spec, low, high, avg, price, date..."""
    if is_day(name):
        return "date"
    if period_column(name) is not None:
        return "period"
    if (prior := prior_column(name)) is not None:
        return f"prior_{prior[0]}"
    raw = name.strip()
    if PRICE_UNIT.fullmatch(raw):
        return "price"  # "USD/kg": the level column headed by its unit alone
    if raw[:1] == "(" and raw[-1:] == ")" and PRICE_UNIT.fullmatch(raw[1:-1].strip()):
        return "conv"  # "(EUR/kg)": the levels converted into another currency, read past
    n = raw.lower()
    n = re.sub(r"\(.*?\)", lambda m: "%" if "%" in m.group(0) else "", n).strip()
    n = re.sub(r"\s+(?:today|latest|current|now)$", "", n)  # "Range today", "Price latest"
    # "Low price", "Price high", "Average price", "Mid-point": the level word names it
    n = re.sub(r"^(?:prices?\s+)?(low|high|average|avg\.?|mid|mean)(?:\s+prices?)?$", r"\1", n)
    # "Weekly change", "Daily chg": the change column (its span read from the header text)
    n = re.sub(
        r"^(?:weekly|daily|monthly|annual|quarterly|week|day|month|year|quarter)\s+"
        r"(?=(?:change|chg|chng)\b)",
        "",
        n,
    )
    if n in _FIRST or re.split(r"\s*[/,]\s*", n)[0] in _FIRST or (n.split() or [""])[-1] in _FIRST:
        return "product"  # "Product", "Product/Basis", "Rare earth product"
    for kind, head_rx in _HEADS:  # "Basis", "Purity", "Bid", "Offer", "W.Avg", "Price"
        if head_rx.fullmatch(n):
            return kind
    if _market_level_head(raw):
        return "mkt"  # "FOB China, USD/kg", "Domestic (yuan/t)": one market's levels
    pct = "%" in n or "pct" in n or "percent" in n
    if n == "%":
        return "pct"  # "+/-  %": a bare percent head beside the move is the move in percent
    if n in _COUNT_HEADS:
        return "count"  # "Trading days", "No. of quotes": how many readings, not a price
    if _TWO_PERIODS.fullmatch(n):
        return "cmp"  # "Sep vs Aug": two period columns compared, read past
    if _OWN_BASE_HEAD.match(n) and BASE_DATE.match(n):
        return f"{'pct' if pct else 'change'}@vs"  # "vs end-2024 (%)": a move from that day
    words = re.sub(r"[%.()]", " ", n).split()
    span = column_span(n)
    if words and (words[0] in _CHANGE_WORDS or span is not None):
        kind = "pct" if pct else "change"
        return f"{kind}@{span}" if span is not None else kind
    return None


#: The span a change column's head names: "w/w chg", "W-o-W (%)", "m/m", "YTD %", "MTD", and a
#: market-data sheet's look-back heads "1d %", "1w %", "1m %", "1y %".
_SPAN_HEAD = re.compile(
    r"^(?:(?:chg|change|chng)\s+)?(?:(?P<day>d/d|dod|d-o-d|1\s?d(?:ay)?|1-day)"
    r"|(?P<week>w/w|wow|w-o-w|wk/wk|1\s?wk?|1\s?week|1-week)"
    r"|(?P<month>m/m|mom|m-o-m|1\s?m(?:th|onth)?|1-month)|(?P<year>y/y|yoy|y-o-y|1\s?yr?|1-year|12\s?m)"
    r"|(?P<ytd>ytd)|(?P<mtd>mtd)|(?P<qtd>qtd))(?![\w/-])",
    re.I,
)


def column_span(name: str) -> str | None:
    """The span a change column's head names (day, week, month, year, ytd, mtd, qtd), else None."""
    m = _SPAN_HEAD.match(name.strip())
    return next((k for k, v in m.groupdict().items() if v), None) if m else None


#: A head comparing two of the table's period columns ("Sep vs Aug", "Q3 v Q2 (%)"): the
#: change between two means, which no span of days carries; read past.
_PERIOD_WORD = rf"(?:{_MON}|q[1-4])(?:[-\s']?\d{{2,4}})?"
_TWO_PERIODS = re.compile(
    rf"{_PERIOD_WORD}\s+(?:vs\.?|versus|v\.?|over|on)\s+{_PERIOD_WORD}(?:\s*\(?%\)?)?", re.I
)
#: A change column headed by its own base and nothing else: "vs end-2024 (%)", "vs 31 Dec".
_OWN_BASE_HEAD = re.compile(r"^(?:vs|versus)\b", re.I)
#: Heads of a column counting the readings behind an average ("Trading days", "No. of quotes").
_COUNT_HEADS = frozenset(
    (
        "trading days",
        "days",
        "no. of days",
        "no of days",
        "quotes",
        "no. of quotes",
        "no of quotes",
        "number of quotes",
        "assessments",
        "observations",
        "obs",
        "obs.",
    )
)


def own_base_head(table: Table) -> str:
    """The head of the table's "vs <day>" change column ("vs end-2024 (%)"), else ""."""
    return next((c for c in _split(table.header) if _column(c) in ("pct@vs", "change@vs")), "")


def _plain_spans(cols: list[str | None]) -> list[str | None]:
    """Change columns keep their span tag only when the table has more than one of a kind.

    The first day/week/month/year column of a kind is the table's plain ``change`` or
    ``pct``; a to-date column ("YTD %"), one headed by its own base ("vs end-2024") and any
    further column keep their own span.
    """
    out: list[str | None] = []
    for c in cols:
        if c is not None and "@" in c:
            kind, span = c.split("@")
            if span not in ("ytd", "mtd", "qtd", "vs") and kind not in out:
                c = kind
        out.append(c)
    return out


@dataclass
class Table:
    """A price table's header: its columns in order, the unit it names, weekly changes or not.

    ``title`` is the (up to two) lines above the header, after any earlier table and its
    caption; ``caption`` the note right below the rows ("Prices in €/kg; change vs Sep 4").
    """

    cols: list[str]
    unit: str | None
    weekly: bool
    header: str
    title: str | None = None
    caption: str = ""
    caption_at: int = -1
    """Where the caption line starts in the text (-1: no caption)."""
    days: tuple[str, ...] = ()
    periods: tuple[str, ...] = ()
    """The heads of period-average columns ("Q3 2025", "June avg"), left to right."""
    prior: str = ""
    """The day the previous-level columns name ("26/11" of "26/11 low"), "" when unnamed."""
    current: str = ""
    """The day the current Low/High pair names when a second dated pair is the previous one."""
    market_heads: tuple[tuple[str, str], ...] = ()
    """Each market level column's name and head ("mkt2", "FOB China, USD/kg")."""


#: Words a table's product column is headed with (``[table] product_column`` of en.toml).
_FIRST = frozenset(vocab.words("table", "product_column"))
#: Words heading the product column of a table whose price columns are days ("Assessment").
_SERIES = frozenset(vocab.words("table", "series_column"))
#: A first head captioning the sheet ("China domestic spot (VAT incl.)", "Export prices"):
#: words only, ending on a ``[table] caption_column`` word, a bracketed note allowed after it.
_CAPTION_HEAD = re.compile(
    r"[A-Za-z][A-Za-z .,'/-]{0,40}?\b(?:"
    + vocab.alternation("table", "caption_column")
    + r")(?:\s*\([^)\d]{0,30}\))?",
    re.I,
)


def _market_head(cell: str) -> bool:
    """Whether a first head is a market's name alone ("FOB CHINA", "CIF Rotterdam").

    Such a head opens a section of a sheet whose rows are that market's, its other heads the
    days or levels.
    """
    found = find_markets(cell)
    return len(found) == 1 and found[0].start == 0 and found[0].end == len(cell)


_LEVEL_WORDS = frozenset(("low", "high", "price", "avg", "average", "unit", "min", "max", "mid"))


#: A header cell of words only, no figure (a note column's head).
_NOTE_HEAD = re.compile(r"[A-Za-z][A-Za-z .'/-]{0,30}")


#: A run of two or more spaces, where a line without pipes is cut into cells (a class
#: first, which ``re`` skips to, so a line of prose costs one quick scan).
_WIDE = re.compile(r"\s{2,}")
#: The ASCII white space other than the space that :data:`_WIDE`'s ``\s`` matches, the line
#: break included: a cell body holding one of them may hold a run of two white spaces, so it
#: is split by the regex. Not periodcolumns' ``_ASCII_SPACE_OF_GAP``, which leaves out the line
#: break because its gap (``[^\S\n]{2}``) never spans one: without the line break here a body
#: with "\n " in it would be read as one cell.
_ASCII_SPACE_OF_WIDE = "\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f"


#: A comma that separates fields, not digits of one number ("371800,379900" has one
#: between digits, so at least one such comma elsewhere in the line is required).
_FIELD_COMMA = re.compile(r"(?<=[^\d\s]),|,(?=[^\d\s])")


def csv_cells(body: str) -> list[str] | None:
    """A comma-separated line's cells ("2024-05-02,Dysprosium oxide,1905,1925"), else None.

    An export's line has two commas or more, none followed by a space (prose puts one
    after each) and no run of spaces, and a comma beside a non-digit somewhere (so one
    number with thousands separators, "1,234,567", stays one cell).
    """
    if (
        body.count(",") < 2
        or ", " in body
        or "  " in body
        or "|" in body
        or _FIELD_COMMA.search(body) is None
    ):
        return None
    return [c.strip().strip('"') for c in body.split(",")]


def _split(line: str) -> list[str]:
    """A line's cells: between pipes (empty cells kept), an export's commas, or 2+ spaces."""
    body = line.strip()
    if "|" in body:
        return [c.strip() for c in body.strip("|").split("|")]
    if (fields := csv_cells(body)) is not None:
        return fields
    if "  " not in body and body.isascii() and not any(c in body for c in _ASCII_SPACE_OF_WIDE):
        return [body] if body else []  # no run of two white spaces: one cell (prose)
    return [c for c in _WIDE.split(body) if c]


#: A cell that ends on a range's or a pair's joiner after a figure ("6,300 -", "0 /"), a
#: joiner alone ("-"), and a cell that starts with a figure.
_OPEN_PAIR = re.compile(rf"^(?:{_NUM})\s*(?:-|–|~|/|to)$")
_JOINER = re.compile(r"^(?:-|–|~|/|to)$")
_FIGURE_START = re.compile(r"^[+-]?\d")


def _join_padded(cells: list[str]) -> list[str]:
    """Cells with a range or pair padded for alignment put back together.

    A fixed-width sheet right-aligns its figures, so "6,300 -   6,830" and "0 /      0"
    hold a run of spaces inside one cell: a figure with a joiner after it and the figure
    in the next cell are one cell, and so are two figures with a joiner alone between them.
    """
    out: list[str] = []
    for cell in cells:
        if out and _FIGURE_START.match(cell) and _OPEN_PAIR.match(out[-1]):
            out[-1] = f"{out[-1]} {cell}"
        elif (
            len(out) > 1
            and _FIGURE_START.match(cell)
            and _JOINER.match(out[-1])
            and _CELL_NUM.match(out[-2])
        ):
            joiner = out.pop()
            out[-1] = f"{out[-1]} {joiner} {cell}"
        else:
            out.append(cell)
    return out


def _header(line: str) -> Table | None:
    first = line.lstrip(" |").split(None, 1)
    if not first:
        return None
    # the product column has no name: "      Low   High", "      05-Mar   12-Mar   Chg"
    cells = _split(line)
    if (kinds := dayrows.column_kinds(cells)) is not None:
        # "| Day | Dy oxide | Chg | Tb oxide | Chg |": days down, products across
        return Table(kinds, unit_in(line), False, line)
    if len(cells) == 1 and line.rstrip().endswith(".") and line.count(" ") > 6:
        return None  # a sentence ("Metal producers lifted their offers ..."), not a header
    # a day head may be two words: "              29 Feb      31 Jan      Change (mid)"
    unnamed = line.startswith("    ") and (
        first[0].lower() in _LEVEL_WORDS or is_day(first[0]) or is_day(cells[0])
    )
    if "|" in line and len(cells) > 2 and not cells[0] and first[0].lower() in _LEVEL_WORDS:
        # an HTML table's blank corner cell: "|  | Low | High | Average |"
        cells, unnamed = cells[1:], True
    index = len(cells) > 2 and _INDEX.fullmatch(cells[0].lower()) is not None
    headed = (
        first[0].lower().split("/")[0] in _FIRST
        or cells[0].lower() in _FIRST  # a head of two words: "Rare earth"
        or ("|" in line and (cells[0].lower().split() or [""])[-1] in _FIRST)
    )
    maybe_series = first[0].lower() in _SERIES
    # the sheet's caption over its product column, beside two or more column heads
    captioned = (
        not headed
        and len(cells) > 2
        and (_CAPTION_HEAD.fullmatch(cells[0]) is not None or _market_head(cells[0]))
    )
    headed = headed or captioned
    if not (headed or unnamed or index or maybe_series):
        return None  # no product column's head: the cells' dates need not be read
    months = month_year_heads(cells)
    days = tuple(c for c in cells if is_day(c) and c not in months)
    periods = tuple(c for c in cells if period_column(c, month_year=c in months) is not None)
    series = bool(days) and maybe_series
    if not (headed or unnamed or index or series):
        return None
    priors = [p for c in cells if (p := prior_column(c)) is not None]
    dated = bool(days or priors or periods)
    plain = [
        c
        for c in cells
        if not dated or (not is_day(c) and prior_column(c) is None and period_column(c) is None)
    ]
    undated = " ".join(plain) if dated else line
    # a look-back head ("1d %", "1w %", "12m %") names a span, not a figure
    # ... and a list's number ("List 25-11") names the list, not a figure
    # ... and a market column's multiple ("China spot (10,000 yuan/t)") names its unit
    spanless = " ".join(
        c
        for c in plain
        if column_span(c) is None and not _list_head(c) and not _market_level_head(c)
    )
    if re.search(r"\d", PRICE_UNIT.sub("", BASE_DATE.sub("", spanless))):
        return None
    if len(cells) < 2:
        cells = []
        for tok in line.split():
            if cells and (tok.startswith("(") or tok == "%" or cells[-1].endswith("(")):
                cells[-1] += " " + tok
            else:
                cells.append(tok)
    if len(cells) < 2:
        return None
    cols = _plain_spans(["period" if c in months else _column(c) for c in cells])
    current = _current_pair(cols, cells)
    if "|" in line and {"low", "high"} <= set(cols):
        # an HTML sheet's column of words beside Low and High ("Source", "Origin",
        # "Comment"): a note, read past
        cols = [
            f"note{i}" if c is None and _NOTE_HEAD.fullmatch(raw) else c
            for i, (c, raw) in enumerate(zip(cols, cells, strict=True))
        ]
    cols = [f"{c}{i}" if c in ("conv", "cmp") else c for i, c in enumerate(cols)]
    market_heads = tuple(
        (f"mkt{i}", raw) for i, (c, raw) in enumerate(zip(cols, cells, strict=True)) if c == "mkt"
    )
    cols = [f"mkt{i}" if c == "mkt" else c for i, c in enumerate(cols)]
    if series or captioned:
        cols[0] = "product"
    if unnamed:  # the product column has no name ("            Low    High    Change")
        cols.insert(0, "product")
    if any(c is None for c in cols) or cols[int(index)] != "product":
        return None
    k = int(index) + 1  # "Product  Grade  ...": a second product-like head is a spec
    cols[k:] = ["spec" if c == "product" else c for c in cols[k:]]
    known = [c for c in cols if c is not None]
    if known.count("list") == 2 and "prior_list" not in known:
        known[len(known) - 1 - known[::-1].index("list")] = "prior_list"  # the list replaced
    named = [c for c in known if c not in ("date", "period")]
    has_level = (
        {"low", "high"} <= set(known)
        or bool({"price", "avg", "date", "period", "sale", "list"} & set(known))
        or len(market_heads) >= 1
    )
    if not has_level or len(set(named)) != len(named):
        return None
    if ("low" in known) != ("high" in known) or (
        (days or periods) and {"low", "high", "price"} & set(known)
    ):
        return None
    weekly = bool(re.search(r"w/w|wow|w-o-w|week", line, re.I))
    if ("prior_low" in known) != ("prior_high" in known):
        return None
    prior = next((d for _w, d in priors if d and d != current), "")
    return Table(
        known, unit_in(undated), weekly, line, days=days, periods=periods, prior=prior,
        current=current, market_heads=market_heads,
    )  # fmt: skip


#: Heads of an export's column giving each row its own day ("date", "assessment date").
_ROW_DATE_HEAD = re.compile(
    r"(?:(?:assessment|price|trade|quote|publication)[\s_]?)?date|as[\s_]of|day", re.I
)


def csv_header(line: str) -> Table | None:
    """An export's comma-separated header ("date,product,purity,low,high,unit"), else None.

    Its columns may come in any order; a date column gives each row its own day (an export
    lists one row per product per assessment day); a product column and a level (a
    low/high pair, a price or an average) are required.
    """
    cells = csv_cells(line.strip())
    if cells is None or len(cells) < 3:
        return None
    cols = ["row_date" if _ROW_DATE_HEAD.fullmatch(c) else _column(c) for c in cells]
    known = [c for c in cols if c is not None]
    if len(known) != len(cols) or len(set(known)) != len(known) or "product" not in known:
        return None
    if ("low" in known) != ("high" in known) or not (
        "low" in known or {"price", "avg"} & set(known)
    ):
        return None
    if {"date", "period"} & set(known):
        return None  # a day's name or a period as a column head: not an export's field
    return Table(known, None, False, line)


def _current_pair(cols: list[str | None], cells: list[str]) -> str:
    """The day of the current range when two dated Low/High pairs head the table, else "".

    "12 Jun low | 12 Jun high | 5 Jun low | 5 Jun high": both pairs read as previous-level
    columns; the first one is this issue's range (its columns become ``low`` and ``high``,
    in place) and the other stays the previous one. :func:`latest_first` puts them in the
    order of their days once the table's own day is known.
    """
    dated = [(i, p) for i, c in enumerate(cells) if (p := prior_column(c)) is not None and p[1]]
    days = list(dict.fromkeys(d for _i, (_lv, d) in dated))
    if len(days) != 2 or len(dated) != 4:
        return ""
    first = sorted(lv for _i, (lv, d) in dated if d == days[0])
    if first != ["high", "low"] or sorted(lv for _i, (lv, d) in dated if d == days[1]) != first:
        return ""
    for i, (level, day) in dated:
        if day == days[0]:
            cols[i] = level
    return days[0]


def latest_first(table: Table, day: date) -> Table:
    """The table with its dated current range the later of its two dated pairs.

    A sheet putting the earlier day's pair first ("23 Feb low | 23 Feb high | 1 Mar low |
    1 Mar high") has its pairs swapped: the later day's range is the current one.
    """
    if not table.current or not table.prior:
        return table
    now, before = column_day(table.current, day), column_day(table.prior, day)
    if now is None or before is None or now > before:
        return table
    swap = {"low": "prior_low", "high": "prior_high", "prior_low": "low", "prior_high": "high"}
    return replace(
        table, cols=[swap.get(c, c) for c in table.cols], current=table.prior, prior=table.current
    )


def _list_head(cell: str) -> bool:
    """Whether a head names a price list's column ("List 25-11 (USD/kg)", "Previous list")."""
    n = re.sub(r"\(.*?\)", "", cell.strip().lower()).strip()
    return any(rx.fullmatch(n) for kind, rx in _HEADS if kind in ("list", "prior_list"))


def list_label(table: Table, kind: str) -> str:
    """The number or name a list column's head gives its list ("25-08" of "List 25-08")."""
    heads = _split(table.header)
    if len(heads) != len(table.cols) or kind not in table.cols:
        return ""
    head = re.sub(r"\(.*?\)", "", heads[table.cols.index(kind)]).strip()
    m = re.match(r"(?i)list\s+(?:no\.?\s*)?((?:\S+\s+)?\S*\d\S*)$", head)
    return m.group(1) if m else ""


def unit_in(text: str) -> str | None:
    """The price unit a text names ("USD/kg" for "$/kg"), else None."""
    m = PRICE_UNIT.search(text)
    return price_unit_code(m) if m is not None else None


#: A multiple written before a table's unit: "(10,000 yuan/t)", "万元/吨"-style heads in
#: English ("ten thousand yuan/t"), "('000 yuan/t)", "thousand yuan/t".
_TEN_THOUSAND = re.compile(r"(?:(?<![\d,.])10,?000|ten[\s-]thousand|万)\s*$", re.I)
_THOUSAND = re.compile(r"(?:'000|(?<![\d,.])000|\bthousands?|(?<![\w'])k)\s*$", re.I)


def unit_scale(text: str) -> int:
    """The multiple a text puts before its price unit.

    10000 for "(10,000 yuan/t)", 1000 for "('000 yuan/t)", else 1.
    """
    m = PRICE_UNIT.search(text)
    if m is None:
        return 1
    before = text[max(0, m.start() - 20) : m.start()]
    if _TEN_THOUSAND.search(before):
        return 10000
    return 1000 if _THOUSAND.search(before) else 1


_CUR_SIGN = re.compile(r"^([+-]?)\s*(?:US\$|\$|¥|€|RMB\s*|CNY\s*|USD\s*)")


def cell_number(cell: str) -> float | None:
    """A cell's number (a currency sign dropped, "unch"/"flat" as 0), else None."""
    c = _CUR_SIGN.sub(r"\1", cell.strip().replace("−", "-"))
    if _FLAT.match(c):
        return 0.0
    if not _CELL_NUM.match(c):
        return None
    return float(c.replace(",", "").replace("+", ""))


def row_cells(line: str, cols: list[str]) -> list[str] | None:
    """The row's cells, one per column, or None when the line is not a row of ``cols``."""
    n = len(cols)
    cells = _split(line)
    if len(cells) > n and len(joined := _join_padded(cells)) == n:
        cells = joined  # "6,300 -   6,830": a range padded for alignment is one cell
    if len(cells) == n and cells[0]:
        return cells
    body = line.strip().strip("|")
    if "|" not in body and len(cells) > n:
        # a product name spread over cells ("Terbium oxide  氧化铽", "Dy oxide  99.5%")
        head, tail = cells[: len(cells) - n + 1], cells[len(cells) - n + 1 :]
        if not any(_CELL_NUM.match(c) or CELL_RANGE.match(c) for c in head):
            return [" ".join(head), *tail]
    # single-spaced rows: the numbers (and a unit) are the last n-1 tokens, or n-2 after
    # a basis ("NdPr oxide 99% cif Rotterdam 94.00 98.00 +2.00")
    basis = n > 2 and cols[1] == "market"
    toks = body.split()
    tail = []
    while toks and len(tail) < n - 1 - basis:
        t = toks[-1]
        if (
            _CELL_PCT.match(ARROW.sub("", t))
            or CELL_RANGE.match(t)  # "... cif Rotterdam 870-920      860-910"
            or _FLAT.match(t)
            or _DASH.match(t)
            or PRICE_UNIT.fullmatch(t)
        ):
            tail.insert(0, toks.pop())
        else:
            break
    if len(tail) != n - 1 - basis or not toks:
        return None
    if basis:
        m = _BASIS_TAIL.search(" ".join(toks))
        return None if m is None or not m.start() else [m.string[: m.start()], m.group(1), *tail]
    return [" ".join(toks), *tail]


#: A basis at the end of a single-spaced row's name ("... 99% cif Rotterdam", "... China").
_BASIS_TAIL = re.compile(
    r"\s((?:cif|cfr|fob|ddp|dap|exw|ex[-\s]works|delivered|in[-\s]whs|duty[-\s]paid)\b.*"
    r"|(?:china|europe|rotterdam|domestic))$",
    re.I,
)

#: The starts of a header line that need no run of spaces nor a pipe: a product or series
#: column's head, an index column's.
_PLAIN_HEADER_STARTS = (
    r"[ |]*(?:"
    + "|".join(sorted(_FIRST | _SERIES))
    + r")\b|[ |]*(?:"
    + vocab.alternation("table", "index_column")
    + r")[ |]"
)
#: Where a table's header line may start (searched before reading a text line by line).
_MAYBE_HEADER = re.compile(
    r"^(?:"
    + _PLAIN_HEADER_STARTS
    + r"| {4,}(?:"
    + "|".join(sorted(_LEVEL_WORDS))
    + r")\b|^[ |]*[A-Za-z][A-Za-z .,'/-]{0,40}?\b(?:"  # a caption over the product column
    + vocab.alternation("table", "caption_column")
    + r")(?:\s*\([^)\d\n]{0,30}\))?(?: {2,}|\s*\|)"
    + r"|^[ |]*(?:"  # a market's name over the product column: "FOB CHINA   18 Sep   11 Sep"
    + vocab.alternation("table", "market_head")
    + r")\b[^\n|]{0,30}?(?: {2,}|\s*\|)"
    + r"| {4,}[0-3]?\d[-\s/][A-Za-z]{3}| {4,}[A-Za-z]{3,5}\.?-\d\d\b"
    + r"|[ |]*(?:"  # a column of days: "| Date (2025) | Nd 99.5% | d/d |"
    + dayrows.DAY_HEAD.pattern
    + r")(?: {2,}|\s*\|)"
    + r"|\s*\|\s*\|\s*(?:"  # an HTML table's blank corner cell: "|  | Low | High |"
    + "|".join(sorted(_LEVEL_WORDS))
    + r")\b)",
    re.I | re.M,
)


#: A sheet's note naming the basis of all its prices ("Basis: CIF Rotterdam, duty unpaid").
_BASIS_NOTE = re.compile(r"^\s*(?:" + vocab.alternation("table", "market_column") + r")\s*:", re.I)


def _titles_next(lines: list[tuple[int, str]], i: int) -> bool:
    """Whether line ``i`` is a header or the title of one (the next non-blank line)."""
    nxt = [ln for _s, ln in lines[i + 1 : i + 3] if ln.strip()][:1]
    return any(_header(ln) is not None for ln in [lines[i][1], *nxt])


def _base_note_past_block(lines: list[tuple[int, str]], end: int) -> int | None:
    """A note naming the changes' base below the rest of a table's block, else None.

    The rows may stop at a line of another kind (a "-- other minor metals --" rule and rows
    in other units) while the block goes on; the first line after the block's blank line
    is its caption when it names the day the changes run from ("Changes are against the 19
    August assessment, ...").
    """
    i = end
    while i < len(lines) and i - end < 6 and lines[i][1].strip():
        i += 1
    if i == end or i - end >= 6:
        return None
    while i < len(lines) and not lines[i][1].strip():
        i += 1
    if i < len(lines) and _CAPTION.match(lines[i][1]) and BASE_DATE.search(lines[i][1]):
        return i
    return None


#: A footnote's line that goes on into the next (a comma, "and", "of" at its end).
_RUNS_ON = re.compile(r"(?:[,;(]|\b(?:and|or|of|the|to|vs|against|from|on|at|in|is|are))\s*$", re.I)


def _caption_block(lines: list[tuple[int, str]], i: int) -> tuple[str, int]:
    """The caption starting at line ``i`` and the index of the line after it.

    A footnote under a sheet may wrap over lines ("Basis: yuan per tonne, China domestic,"
    / "delivered. Changes are against the close of" / "Monday 2 June."): each line that
    ends mid-phrase takes the next (at most four); the lines are joined by spaces at their
    own offsets, so the caption's characters stay in place.
    """
    start, first = lines[i]
    lead = len(first) - len(first.lstrip())
    text, end = first.strip(), i + 1
    while (
        end < len(lines)
        and end - i < 4
        and _RUNS_ON.search(lines[end - 1][1])
        and lines[end][1].strip()
        and _header(lines[end][1]) is None
    ):
        s, ln = lines[end]
        gap = s - (start + lead + len(text))
        text = text + " " * max(gap, 1) + ln.rstrip()
        end += 1
    return text, end


#: :data:`_MAYBE_HEADER` for a text with neither two spaces in a row nor a pipe, where its
#: other starts (a caption's, read up to 40 letters at every line) cannot match.
_MAYBE_PLAIN_HEADER = re.compile(r"^(?:" + _PLAIN_HEADER_STARTS + ")", re.I | re.M)


#: Where an export's comma-separated header may be: a line naming a product column and a
#: low or price column among its fields.
_MAYBE_CSV_HEADER = re.compile(
    r"^(?=[^\n]*,[^\n]*,)[^\n]*(?:^|,)\s*(?:" + "|".join(sorted(_FIRST)) + r")\s*(?:,|$)",
    re.I | re.M,
)


def _may_hold_header(text: str) -> bool:
    """Whether :data:`_MAYBE_HEADER` finds a header's start in ``text``."""
    rx = _MAYBE_HEADER if "  " in text or "|" in text else _MAYBE_PLAIN_HEADER
    return rx.search(text) is not None or _MAYBE_CSV_HEADER.search(text) is not None


#: A note naming the unit every price of the document is in: "Prices: USD/kg, FOB China",
#: "All prices in yuan/t", "Units: US$/kg"; the note runs to the line's end or a pipe.
_PRICE_NOTE = re.compile(
    r"\b(?:prices?|quotes?|quotations?|assessments?|units?)\s*(?:are\s+)?(?:in|:)\s*"
    r"(?P<note>[^|\n]{0,80})",
    re.I,
)


def price_notes(text: str) -> list[str]:
    """The last price note in ``text`` whose note opens with a price unit, as a list."""
    notes = [
        m.group("note")
        for m in _PRICE_NOTE.finditer(text)
        if PRICE_UNIT.match(m.group("note")) is not None
    ]
    return notes[-1:]


def find_tables(text: str) -> list[tuple[int, int, Table, list[tuple[int, str]]]]:
    """Each column price table: header start, header end, columns and its (offset, line) rows."""
    out: list[tuple[int, int, Table, list[tuple[int, str]]]] = []
    if not _may_hold_header(text):
        return out
    lines: list[tuple[int, str]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        lines.append((pos, line.rstrip("\r\n")))
        pos += len(line)
    i = 0
    floor = 0  # the first line a title may use: after the last table and its caption
    while i < len(lines):
        at, (start, line) = i, lines[i]
        table = (_header(line) or csv_header(line)) if line.strip() else None
        i += 1
        if table is None:
            continue
        rows: list[tuple[int, str]] = []
        while i < len(lines):
            s, row = lines[i]
            if _RULE.match(row) and row.strip():
                i += 1
                continue
            if not row.strip() or row_cells(row, table.cols) is None:
                break
            rows.append((s, row))
            i += 1
        if not rows:
            continue
        above = [ln for _s, ln in lines[floor:at] if ln.strip()]
        # a sheet's "Basis: CIF Rotterdam" line further up still names the table's market
        basis = [ln for ln in above[:-2] if _BASIS_NOTE.match(ln)][-1:]
        table.title = " ".join([*basis, *above[-2:]])
        if table.unit is None and unit_in(table.title) is None:
            # "Prices: USD/kg, FOB China" in the masthead: the document's unit and market
            table.title = " ".join((*price_notes(text[:start]), table.title))
        if not above and out:
            # a section's head right under the last table ("CIF ROTTERDAM  18 Sep  11 Sep" after
            # the FOB rows, no line between): the same sheet, under the same title (its unit)
            table.title = out[-1][2].title
        floor = i
        while i < len(lines) and i - floor < 2 and not lines[i][1].strip():
            i += 1
        if i < len(lines) and _CAPTION.match(lines[i][1]) and not _titles_next(lines, i):
            table.caption_at = lines[i][0] + len(lines[i][1]) - len(lines[i][1].lstrip())
            table.caption, i = _caption_block(lines, i)
        elif (note := _base_note_past_block(lines, floor)) is not None:
            # a note on the changes' base, past the sheet's reference rows ("-- others --")
            table.caption = lines[note][1].strip()
            table.caption_at = lines[note][0] + len(lines[note][1]) - len(lines[note][1].lstrip())
        floor = i
        out.append((start, start + len(line), table, rows))
    return out
