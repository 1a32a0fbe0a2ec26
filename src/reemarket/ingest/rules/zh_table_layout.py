"""How a Chinese table line splits into cells, and where each cell starts in the text.

One splitter serves every Chinese table reader (the price table of ``zh_tables`` and the
customs table of ``zh_trade_table``): a line's outer pipes are dropped and the rest is cut
at each ``|``, empty cells kept, so a row's cells line up with its header's.
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
