"""How a Chinese table line splits into cells, and where each cell starts in the text.

One splitter serves every Chinese table reader (the price table of ``zh_tables`` and the
customs table of ``zh_trade_table``): a line's outer pipes are dropped and the rest is cut
at each ``|``, empty cells kept, so a row's cells line up with its header's.

Tables laid out otherwise (columns aligned by spaces, cut by tabs, or an HTML table) are
first rewritten as pipe tables by :func:`pipe_layout`, character for character, so every
offset into the text still holds and the same readers read them.
"""

from __future__ import annotations

import re

#: A cell that is one number, maybe signed (ASCII or Unicode minus), maybe followed by a "%".
_CELL_NUMBER = re.compile(r"^([+\-−]?\d+(?:,\d{3})*(?:\.\d+)?)\s*(%)?$")
#: A unit line above a table in tonnes or 万吨 ("单位：万吨"); group 1 is "万" or empty.
TONNES_ABOVE = re.compile(r"单位\s*[:：]?\s*(万?)\s*公?吨")


def row_cells(line: str) -> list[str]:
    """A table line's cells as written, with the spaces around them ("a | b " -> ["a ", " b"])."""
    return line.strip().strip("|").split("|")


def cells(line: str) -> list[str]:
    """A table line's cells without the spaces around them ("| a | b |" -> ["a", "b"])."""
    return [c.strip() for c in row_cells(line)]


def cell_starts(line: str, off: int) -> list[int]:
    """The text offset of each cell's first character (``off`` is the line's offset)."""
    starts: list[int] = []
    lead = len(line) - len(line.lstrip())
    pos = lead + (1 if line.lstrip().startswith("|") else 0)
    for cell in row_cells(line):
        starts.append(off + pos + len(cell) - len(cell.lstrip()))
        pos += len(cell) + 1
    return starts


def cell_number(cell: str) -> tuple[float, bool] | None:
    """A cell's number and whether it is a percent ("1,234" -> (1234.0, False)), else None."""
    m = _CELL_NUMBER.match(cell.strip().replace(" ", ""))
    if m is None:
        return None
    return float(m.group(1).replace("−", "-").replace(",", "")), m.group(2) is not None


#: An HTML table's tags: a row starts a line, a cell starts a cell, the rest is blank.
_HTML_TAG = re.compile(r"<\s*(/?)\s*(table|thead|tbody|tfoot|tr|th|td)\b[^<>]*>", re.I)
#: Columns cut by tabs or by runs of two or more spaces (ASCII or ideographic).
_WIDE_GAP = re.compile(r"(?<=\S)(?:[ \t\u3000]*\t[ \t\u3000]*| {2,}|\u3000+ *)(?=\S)")
_ONE_GAP = re.compile(r"(?<=\S)[ \u3000]+(?=\S)")
_ANY_GAP = re.compile(r"(?<=\S)[ \t\u3000]+(?=\S)")
#: Words of a price table's header cells ("产品名称", "价格(元/吨)", "涨跌", "最低价" ...).
_HEAD_WORD = re.compile(
    r"品种|产品|名称|品名|商品|价|涨跌|变动|单位|规格|纯度|环比|幅|日期|最低|最高|低端|高端|区间"
)
#: A header cell naming a day: "6月14日", "本周五(7/5)", "上周四（9/5）", "9/12".
_DAY_CELL = re.compile(r"\d+\s*月\s*\d+\s*日|(?<![\d.])\d{1,2}/\d{1,2}(?![\d./])")
#: A cell that is a figure and nothing else ("44.3-44.5", "+2000", "170万", "-1.2%").
_FIGURE = re.compile(r"[+\-−]?\d[\d,.]*\s*万?\s*(?:[-~～]\s*\d[\d,.]*\s*万?)?\s*%?")
#: Prose, not a table line: sentence punctuation, or a comma between words.
_PROSE = re.compile(r"[。；！？，]|[,;](?!\d)")
#: A rule drawn across a table ("------", "======", "────", "━━━"), maybe with gaps in it.
_RULE = re.compile(r"[ \t\u3000]*(?:[-=_~─━═—－＝～][ \t\u3000]*){3,}")


def pipe_layout(text: str, products: dict[str, str]) -> str:
    """``text`` with its space-, tab- and HTML-laid tables rewritten as pipe tables.

    The result has the same length: a column gap's first character becomes "|", an HTML
    row's tag a line break and its cell tags a "|" (the rest of each tag blanks). A block
    of two or more lines is a table when its first line is a header (every cell has a
    header word, or it is a day) or every line is a product followed by figures (the rows
    under a "单位：万元/吨" line); anything else is left as prose.
    """
    if "<" in text and _HTML_TAG.search(text):
        text = _HTML_TAG.sub(_html_tag, text)
    lines = text.splitlines(keepends=True)
    out: list[str] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and (_candidate(lines[j]) or _is_rule(lines[j])):
            j += 1
        if j - i >= 2:
            out.extend(_block(lines[i:j], products))
            i = j
        else:
            out.append(lines[i])
            i += 1
    return "".join(out)


def _html_tag(m: re.Match[str]) -> str:
    width = len(m.group())
    name = m.group(2).lower()
    if name == "tr" and not m.group(1):
        return "\n" + " " * (width - 1)
    if name in ("td", "th") and not m.group(1):
        return "|" + " " * (width - 1)
    return " " * width


def _candidate(line: str) -> bool:
    body = line.strip()
    return (
        bool(body)
        and "|" not in body
        and _ANY_GAP.search(body) is not None
        and not (_PROSE.search(body))
    )


def _is_rule(line: str) -> bool:
    """Whether a line is a rule drawn across a table (dashes, equals signs, box lines)."""
    return _RULE.fullmatch(line.rstrip("\r\n")) is not None


def _block(lines: list[str], products: dict[str, str]) -> list[str]:
    """The lines of a block, as pipe lines when they are a table, else unchanged.

    Rules drawn across the block ("品名  价格  涨跌" / "------" / rows / "------") are read
    past: the header above a rule still heads the rows below it. A rule under the header
    or the rows stays in the table as a line of no cells ("-|-----", a row no reader reads);
    a rule over the header is left as it is.
    """
    body = [ln for ln in lines if not _is_rule(ln)]
    if len(body) < 2:
        return lines
    table = _table_block(body, products)
    if table == body:
        return lines  # no table: its rules stay as they are
    laid = iter(table)
    first = next(k for k, ln in enumerate(lines) if not _is_rule(ln))
    return [
        ln if k < first else _ruled(ln) if _is_rule(ln) else next(laid)
        for k, ln in enumerate(lines)
    ]


def _ruled(line: str) -> str:
    """A rule line inside a table, made a table line of empty cells of the same length."""
    lead = len(line) - len(line.lstrip())
    return line[: lead + 1] + "|" + line[lead + 2 :]


def _table_block(lines: list[str], products: dict[str, str]) -> list[str]:
    """The lines of a block with no rules, as pipe lines when they are a table."""
    for gap in (_WIDE_GAP, _ONE_GAP):
        if not all(gap.search(ln.strip()) for ln in lines):
            continue
        rows = [gap.split(ln.strip()) for ln in lines]
        if len(rows[0]) < 2 or sum(len(r) == len(rows[0]) for r in rows[1:]) < 1:
            continue
        if gap is _ONE_GAP and any(len(r) != len(rows[0]) for r in rows):
            continue  # single spaces cut columns only when every line has as many
        header = all(_HEAD_WORD.search(c) or _DAY_CELL.search(c) for c in rows[0])
        listed = all(
            _product_cell(r[0], products) and all(_FIGURE.fullmatch(c) for c in r[1:]) for r in rows
        )
        if header or listed:
            return [gap.sub(lambda m: "|" + m.group()[1:], ln) for ln in lines]
    return lines


def _product_cell(cell: str, products: dict[str, str]) -> bool:
    name = re.sub(r"[(（].*?[)）]", "", cell).strip()
    return name in products
