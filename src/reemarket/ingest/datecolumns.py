"""Price-table columns headed by a day ("4-Mar-26", "Feb 25", "2026-02-25", "26/11", "13.03.26").

An assessment table may give one price column per assessment day instead of a single
"Price" column: each such column's cells are the prices on the day its header names, and
a change column then runs from the earlier day to the later one. A header day without a
year takes the year that puts it on or before the table's own date.
"""

from __future__ import annotations

import re
from datetime import date

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MON = r"(?P<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_FORMS = (
    re.compile(rf"^(?P<d>[0-3]?\d)[-\s/]{_MON}(?:[-\s/,]+(?P<y>\d{{4}}|\d{{2}}))?$", re.I),
    re.compile(rf"^{_MON}[-\s]?(?P<d>[0-3]?\d)(?:,?[-\s]+(?P<y>\d{{4}}|\d{{2}}))?$", re.I),
    re.compile(r"^(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)$"),
    # "26/11", "3/12/2025": day first, unless the second number cannot be a month ("11/26")
    re.compile(r"^(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)(?:/(?P<y>\d{4}|\d{2}))?$"),
    # "13.03.2026", "13.03.26", "13.03.": day.month as written in continental Europe (the
    # second dot is required, so a decimal "12.05" is never a day)
    re.compile(r"^(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>\d{4}|\d{2})?$"),
)


#: A level word before a column's day: "Close 26-Sep", "Closing 5 Jul", "Settle 2025-07-04".
_LEVEL_LEAD = re.compile(r"^(?:close|closing|settle(?:ment)?)\s+(?=\d|[a-z]{3})", re.I)


def _bare(cell: str) -> str:
    """A head without the level word before its day ("Close 26-Sep" -> "26-Sep")."""
    return _LEVEL_LEAD.sub("", cell.strip())


def is_day(cell: str) -> bool:
    """Whether a header cell is a day, so its column holds that day's prices."""
    return any(rx.match(_bare(cell)) for rx in _FORMS)


def column_day(cell: str, near: date) -> date | None:
    """The day a header cell names; a missing year is the one putting it on or before ``near``."""
    for rx in _FORMS:
        m = rx.match(_bare(cell))
        if m is None:
            continue
        g = m.groupdict()
        if g.get("a"):
            a, b = int(g["a"]), int(g["b"])
            g["d"], g["m"] = (str(b), str(a)) if b > 12 >= a else (str(a), str(b))
        month = int(g["m"]) if g.get("m") else _MONTHS.index(g["mon"][:3].lower()) + 1
        raw = g.get("y")
        year = (2000 + int(raw) if len(raw) == 2 else int(raw)) if raw else near.year
        try:
            found = date(year, month, int(g["d"]))
        except ValueError:
            return None
        if raw is None and found > near:
            found = found.replace(year=year - 1)
        return found
    return None
