"""Key-figure tables whose columns are periods, as company and customs reports print them.

    KEY METRICS
                                         Jun Qtr FY25    Mar Qtr FY25    Jun Qtr FY24
    Total REO production (tonnes)        3,318           2,697           2,946
    Sales revenue (A$m)                  186.4           122.7           112.7

    Exports (t)            4,846       5,053     55,431     (header: Dec-24  Nov-24  FY2024)

A header line is two or more cells (split at two or more spaces), each one period only:
a quarter ("Jun Qtr FY25": the quarter ending that month; a fiscal year's July-December
months belong to the calendar year before), a month ("Dec-24") or a year ("FY2024"). Each
row below it, up to a blank line, is a label with its unit in brackets and one number per
column. Every cell is read as a sentence of its own: the row as written, the other cells
blanked out, the unit written beside the number and the column's period after it
("Sales revenue  A$186.4 million in the June 2025 quarter"); characters keep their places,
so evidence and spans are the row's. Rows whose unit is not a mass or money (a price per
kg, a percentage) give nothing.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from reemarket.domain.periods import Granularity, Period
from reemarket.ingest import vocab
from reemarket.ingest.dates import DocDates, find_dates

#: Two or more spaces between cells (written "\s\s+": ``re`` then skips to the next space).
_CELL_SPLIT = re.compile(r"\s\s+")
#: Where a line may hold a :data:`_CELL_SPLIT` gap: two spaces within it, not its line break.
_INNER_GAP = re.compile(r"[^\S\n]{2}")
#: The ASCII white space other than the space that :data:`_INNER_GAP` matches: no line break,
#: which that gap never spans. Not pricetable_layout's ``_ASCII_SPACE_OF_WIDE`` (which has
#: the line break, its ``\s{2,}`` spanning one): with it, every document of more than one line
#: (``find_rows`` tests the whole text) would go to the regex scan, the same rows found slower.
_ASCII_SPACE_OF_GAP = "\t\r\x0b\x0c\x1c\x1d\x1e\x1f"


def _may_have_gap(text: str) -> bool:
    """Whether :data:`_INNER_GAP` finds a gap in ``text``, found by substring tests first.

    Two spaces in a row are one; ASCII text with no other white space but spaces and line
    breaks has none without them. Only other text is scanned by the regex.
    """
    if "  " in text:
        return True
    if text.isascii() and not any(c in text for c in _ASCII_SPACE_OF_GAP):
        return False
    return _INNER_GAP.search(text) is not None


_NUMBER = re.compile(r"(?<![\w.])-?\d[\d,]*(?:\.\d+)?(?![\w.])")
_QUARTER_WORD = re.compile(r"\b(?:qtr|quarter)\b", re.I)
_FISCAL = re.compile(r"\bFY\s*'?(\d{2}(?:\d{2})?)\b", re.I)
_MONTHS = list(calendar.month_name)[1:]  # English: nothing here sets LC_TIME from the C locale
#: The unit in a row label's brackets: what goes before and after each number.
_UNITS: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (re.compile(r"\(\s*(?:t|tonnes|tons|mts?|metric\s+tons)\s*\)", re.I), "", " tonnes"),
    (re.compile(r"\(\s*kt\s*\)", re.I), "", " kt"),
    # "($m)": the report's own dollar (A$ in an Australian company's report)
    (re.compile(r"\(\s*(A|US)?\$\s*m\s*\)", re.I), "{0}$", " million"),
    (re.compile(r"\(\s*(?:RMB|CNY|yuan)\s*m\s*\)", re.I), "", " million yuan"),
)


@dataclass(frozen=True)
class Row:
    """One row of a period-column table: its line's start and the sentences of its cells."""

    start: int
    cells: tuple[str, ...]


#: A forecast table's year columns: "2024A" is an actual year, "2025E"/"FY26F" an estimate.
_ACTUAL = re.compile(r"^(?:FY\s?)?(\d{4})A$", re.I)
_ESTIMATE = re.compile(r"^(?:FY\s?)?'?(?:\d{4}|\d{2})[EF]$", re.I)
_EST = "%estimate"
#: The unit a forecast table declares once, above its header: "Forecasts (Rmb m; ...)".
_CAPTION_UNITS: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (re.compile(r"\(\s*(?:RMB|CNY|yuan)\s*m\b", re.I), "", " million yuan"),
    (re.compile(r"\(\s*(A|US)\$\s*m\b", re.I), "{0}$", " million"),
)
#: A row label's bracket naming a unit no fact is read in: "EPS (Rmb)", "P/E (x)", "(%)".
_OTHER_UNIT = re.compile(r"\(\s*(?:x|%|times|rmb|cny|yuan|us\$|a\$|\$)\s*\)", re.I)


#: A quarter written as its closing month, a "Q" and the calendar year: "Sep Q 2025",
#: "Jun Qtr 2025" (a fiscal year after it, "Jun Qtr FY25", is read below).
_MONTH_Q_YEAR = re.compile(
    r"^(?P<mon>[A-Za-z]{3,9})\.?\s+(?:Q|Qtr\.?|quarter)\s+(?P<y>(?:19|20)\d{2})$", re.I
)
#: Words heading a table's label column ("Product", "Item"): no period, no number.
_LABEL_HEAD = frozenset(vocab.words("table", "product_column"))


def _head_unit(cell: str) -> tuple[str, tuple[re.Match[str], str, str] | None]:
    """A header cell without the unit it gives its column ("Sep Q 2025 (t)"), and that unit."""
    for pattern, before, after in _UNITS:
        m = pattern.search(cell)
        if m is not None and not cell[m.end() :].strip():
            return cell[: m.start()].strip(), (m, before, after)
    return cell, None


def _column_phrase(cell: str, ctx: DocDates) -> str | None:
    """The period a header cell names, written as a sentence's date phrase."""
    mq = _MONTH_Q_YEAR.match(cell.strip())
    if mq is not None and mq.group("mon")[:3].title() in [m[:3] for m in _MONTHS]:
        mon = [m[:3] for m in _MONTHS].index(mq.group("mon")[:3].title())
        if mon % 3 == 2:  # "Sep Q 2025": the quarter ending in September 2025
            return f"in the {_MONTHS[mon]} {mq.group('y')} quarter"
    if (a := _ACTUAL.match(cell.strip())) is not None:
        return f"in {a.group(1)}"
    if _ESTIMATE.match(cell.strip()):
        return _EST
    found = [d for d in find_dates(cell, ctx) if d.period is not None]
    if len(found) > 1:  # "Jun Qtr FY25": the month names the quarter, "FY25" its fiscal year
        found = [d for d in found if not _FISCAL.fullmatch(cell, d.start, d.end)]
    if len(found) != 1:
        return None
    d = found[0]
    rest = cell[: d.start] + cell[d.end :]
    if re.search(r"[A-Za-z]{3,}", re.sub(r"(?i)\b(?:qtr|quarter|fy\d*)\b", "", rest)):
        return None  # more than a period in the cell
    p: Period = d.period  # type: ignore[assignment]
    y, m = p.start.year, p.start.month
    if _QUARTER_WORD.search(cell) and p.granularity is Granularity.MONTH and m % 3 == 0:
        fy = _FISCAL.search(cell)
        if fy is not None:  # "Jun Qtr FY24": June 2024; "Sep Qtr FY26": September 2025
            y = 2000 + int(fy.group(1)[-2:])
            y -= m >= 7
        return f"in the {_MONTHS[m - 1]} {y} quarter"
    if p.granularity is Granularity.MONTH and not p.is_span:
        return f"in {_MONTHS[m - 1]} {y}"
    if p.granularity is Granularity.YEAR:
        return f"in {y}"
    if p.granularity is Granularity.QUARTER and not p.is_span and _QUARTER_LABEL.search(cell):
        return f"in Q{(m - 1) // 3 + 1} {y}"  # "Q2 2025"
    return None


#: The last column of a two-period table giving the change of the first on the second
#: ("% Change", "Change (%)", "y/y").
_CHANGE_HEAD = re.compile(
    r"%\s*(?:change|chg\.?)|(?:change|chg\.?)\s*(?:\(%\)|%)|y/y|yoy|y-o-y", re.I
)
_CHANGE = "%change"
#: A bare "Change" head: its cells carry their own "%" ("+34.3%"), between two periods in a row
#: ("Sep Q 2025  Jun Q 2025  Change": quarter on quarter).
_BARE_CHANGE_HEAD = re.compile(r"change|chg\.?|q/q|qoq|m/m|mom", re.I)
_QOQ_CHANGE = "%change q"
_MOM_CHANGE = "%change m"
_CHANGES = (_CHANGE, _QOQ_CHANGE, _MOM_CHANGE)
_CHANGE_WORDS = {
    _CHANGE: "year on year",
    _QOQ_CHANGE: "quarter on quarter",
    _MOM_CHANGE: "month on month",
}


#: A column head naming a quarter without its months ("Q1 FY26", "4Q24", "Mar Qtr").
_QUARTER_LABEL = re.compile(r"\b(?:Q[1-4]|[1-4]Q)(?:\b|\d)|\b(?:qtr|quarter)\b", re.I)
_MONTH_PHRASE = re.compile(r"^in (\w+) (\d{4})$")


def _as_quarter(phrase: str | None) -> str | None:
    """A month column's phrase as the quarter that month ends ("in June 2025" -> its quarter)."""
    m = _MONTH_PHRASE.match(phrase or "")
    if m is None or (_MONTHS.index(m.group(1)) + 1) % 3:
        return phrase
    return f"in the {m.group(1)} {m.group(2)} quarter"


def find_rows(text: str, ctx: DocDates, headers: list[tuple[int, int]] | None = None) -> list[Row]:
    """The rows of every period-column table of the text, each cell as a sentence.

    The (start, end) of each table's header lines is added to ``headers`` when given.
    """
    rows: list[Row] = []
    if not _may_have_gap(text):
        return rows  # no line has two cells: no table's header line
    lines = text.split("\n")
    pos = 0
    starts = []
    for ln in lines:
        starts.append(pos)
        pos += len(ln) + 1
    i = 0
    while i < len(lines):
        cells = [c for c in _CELL_SPLIT.split(lines[i].strip()) if c]
        phrases: list[str | None] = []
        head_units: list[tuple[re.Match[str], str, str]] = []
        if len(cells) >= 2:
            for k, cell in enumerate(cells):
                if k == 0 and cell.lower() in _LABEL_HEAD:
                    phrases.append("")  # "Product  Sep Q 2025 (t)  Jun Q 2025 (t)": the labels
                    continue
                bare, unit = _head_unit(cell)
                phrase = _column_phrase(bare, ctx)
                if phrase is not None and unit is not None:
                    head_units.append(unit)  # "(t)" under every period: the rows' unit
                if (
                    phrase is None
                    and k >= 2
                    and _CHANGE_HEAD.fullmatch(cell)
                    and _year_apart(phrases[k - 2], phrases[k - 1])
                ):
                    # "Q2 2025  Q2 2024  % Change": the first of the pair on the second
                    # ("Q3 2025  Q3 2024  % change  FY 2025  FY 2024  % change": each pair)
                    phrase = _CHANGE
                if phrase is None and k >= 2 and _BARE_CHANGE_HEAD.fullmatch(cell):
                    phrase = _pair_change(phrases[k - 2], phrases[k - 1], ctx)
                if phrase is None and k < len(cells) - 1:
                    phrases = []  # only the last column may be other than a period
                    break
                phrases.append(phrase)
        if phrases and not any(phrases):
            phrases = []
        above = [c for c in _CELL_SPLIT.split(lines[i - 1].strip()) if c] if i and phrases else []
        if len(above) == len(cells) and all(_QUARTER_LABEL.search(c) for c in above):
            # "Q1 FY26  Q4 FY25" over "Sep 2025  Jun 2025": each month ends its column's quarter
            phrases = [_as_quarter(p) for p in phrases]
        if (
            not phrases
            or any(p is None for p in phrases)
            or (_NUMBER.search(lines[i]) and not all(re.search(r"[A-Za-z]", c) for c in cells))
        ):
            i += 1
            continue
        j = i + 1
        found = False
        forecast = _EST in phrases
        if forecast and not any(p != _EST for p in phrases):
            i += 1
            continue
        caption = None
        periods = [p for p in phrases if p and p not in _CHANGES]
        if head_units and len(head_units) == len(periods):
            caption = head_units[0]  # "Sep Q 2025 (t)": rows name no unit of their own
        if forecast and i:  # "Forecasts (Rmb m; Dec year-end)": the unit of unlabelled rows
            caption = next(
                (
                    (m, before, after)
                    for pattern, before, after in _CAPTION_UNITS
                    if (m := pattern.search(lines[i - 1]))
                ),
                None,
            )
        production = bool(i >= 2 and _PRODUCTION_TITLE.search(lines[i - 2] + lines[i - 1]))
        while j < len(lines) and lines[j].strip():
            row = _row(lines[j], starts[j], [p for p in phrases if p], caption, production)
            if row is None and forecast and _NUMBER.search(lines[j]):
                row = Row(starts[j], ())  # a forecast table's other row: read as nothing
            if row is not None:
                rows.append(row)
                found = True
            j += 1
        if found and headers is not None:
            headers.extend((starts[k], starts[k] + len(lines[k])) for k in (i - 1, i) if k >= 0)
        i = j
    return rows


def _pair_change(a: str | None, b: str | None, ctx: DocDates) -> str | None:
    """The change a bare "Change" column gives of two period columns, by how far apart they are."""
    if _year_apart(a, b):
        return _CHANGE
    pa = [d.period for d in find_dates(a or "", ctx) if d.period is not None]
    pb = [d.period for d in find_dates(b or "", ctx) if d.period is not None]
    if len(pa) != 1 or len(pb) != 1 or pa[0].is_span or pb[0].is_span:
        return None
    x, y = pa[0], pb[0]
    if x.granularity is not y.granularity:
        return None
    months = (x.start.year - y.start.year) * 12 + x.start.month - y.start.month
    if x.granularity is Granularity.QUARTER and months == 3:
        return _QOQ_CHANGE
    if x.granularity is Granularity.MONTH and months == 1:
        return _MOM_CHANGE
    return None


def _year_apart(a: str | None, b: str | None) -> bool:
    """Whether two column phrases name the same part of consecutive years ("Q2 2025", "Q2 2024")."""
    ma, mb = re.search(r"(\d{4})", a or ""), re.search(r"(\d{4})", b or "")
    if ma is None or mb is None or int(ma.group(1)) - int(mb.group(1)) != 1:
        return False
    return (a or "").replace(ma.group(1), "") == (b or "").replace(mb.group(1), "")


#: A table title saying its rows are output: "PRODUCTION AND SALES SUMMARY".
_PRODUCTION_TITLE = re.compile(r"\b(?:production|output)\b", re.I)
#: A row label that names its own measure ("... revenue", "... production", "... price").
_LABEL_MEASURE = re.compile(
    r"\b(?:production|output|produced|sales|sold|revenues?|income|profit|loss|price|cost|"
    r"shipments|exports|imports|capex|cash|stocks?|inventory)\b",
    re.I,
)


def _row(
    line: str,
    start: int,
    phrases: list[str],
    caption: tuple[re.Match[str], str, str] | None = None,
    production: bool = False,
) -> Row | None:
    """A table row's cell sentences, or None when it is not a row of numbers under the periods.

    ``caption`` is the unit a forecast table names above its header, for rows whose label
    names none; estimate columns give no sentence.
    """
    numbers = list(_NUMBER.finditer(line))
    if len(numbers) != len(phrases) or numbers[0].start() == 0:
        return None
    label = line[: numbers[0].start()]
    tail = line[numbers[-1].end() :].strip()
    if (tail and not (tail in ("%", ")") and phrases[-1] in _CHANGES)) or not re.search(
        r"[A-Za-z]", label
    ):
        return None
    found = next(
        ((m, before, after) for pattern, before, after in _UNITS if (m := pattern.search(label))),
        None,
    )
    own = found is not None
    if found is None:
        if caption is None or _OTHER_UNIT.search(label):
            return None
        found = caption
    unit, before, after = found
    prefix = before.format(*(g or "" for g in unit.groups())) if unit.groups() else before
    blank_label = (
        label[: unit.start()] + " " * (unit.end() - unit.start()) + label[unit.end() :]
        if own
        else label
    )
    if production and not _LABEL_MEASURE.search(label):
        # a bare product row under a production title: "Monazite concentrate (kt)  11.8"
        body = blank_label.rstrip()
        if len(blank_label) - len(body) < len(" output ") + 1:
            return None
        blank_label = body + " output" + blank_label[len(body) + len(" output") :]
    cells = []
    for k, num in enumerate(numbers):
        if phrases[k] == _EST:
            continue  # "2026E": a forecast, no fact
        chars = list(blank_label + line[len(label) :])
        for other in numbers:
            if other is not num:
                a, b = other.start(), other.end()
                if line[a - 1 : a] == "(" and line[b : b + 1] == ")":
                    a, b = a - 1, b + 1  # "(21.4)" blanked with its brackets
                chars[a:b] = " " * (b - a)
        if phrases[k] in _CHANGES:  # "... 45%": the change of the pair's first column
            bracketed = line[num.start() - 1 : num.start()] == "(" and line[num.end() :].startswith(
                ")"
            )  # "(15.0)": an accountant's decrease
            if bracketed:
                chars[num.start() - 1] = chars[num.end()] = " "
            falls = num.group(0).startswith("-") or bracketed
            verb = " rose " if not falls else " fell "
            lead = num.start() - len(verb) - bracketed
            if lead < len(blank_label.rstrip()):
                continue  # the header's "%" makes a bare "21.6" a percent too
            chars[lead : num.start()] = verb + " " * bracketed
            body = "".join(chars[: num.end()]).replace("-", " ", 1) if falls else ""
            text = (body or "".join(chars[: num.end()])) + "%"
            cells.append(text + f" {_CHANGE_WORDS[phrases[k]]} " + phrases[k - 2] + ".")
            continue
        lead = num.start() - len(prefix)
        if prefix and (lead < 1 or "".join(chars[lead - 1 : num.start()]).strip()):
            return None  # no room to write the currency before the number
        if prefix:
            chars[lead : num.start()] = prefix
        cells.append("".join(chars[: num.end()]) + after + " " + phrases[k] + ".")
    return Row(start, tuple(cells))
