"""Whether the sources of one figure agree: the judgement behind cross-source findings.

The claims of one key (kind, entity, subject, metric, period) are grouped by document.
Two documents agree when any figure of one agrees with any figure of the other (a
document may give a quota batch beside the year's total). Figures agree when:

* both are plain figures within tolerance (0.5 %, 0.011 points for percentages, or
  the rounding of the less precise figure);
* one is a range (a forecast, "-54.41 % to -59.90 %") that contains the other, or two
  ranges overlap;
* one is a bound ("more than 2 billion") that the other satisfies.

Documents are joined into camps by agreement; more than one camp is one disagreement,
reported once for the whole group rather than once per pair. A camp whose figure is a
power of ten away from another's, or a money figure small enough to be a per-share
amount beside figures in millions, is named as a likely extraction error.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from reemarket.audit.claims import Claim, rounding_tolerance

#: Relative tolerance between two sources.
TOLERANCE = 0.005
#: Absolute tolerance between two percentages (points).
PCT_TOLERANCE = 0.011
#: A money figure below this, beside one above ``_PER_SHARE_GAP`` times it, is per share.
_PER_SHARE_MAX = 100.0
_PER_SHARE_GAP = 1e5


def _close(x: float, y: float, a: Claim, b: Claim) -> bool:
    rounding = max(rounding_tolerance(a.value), rounding_tolerance(b.value))
    if a.is_percent:
        return abs(x - y) <= max(PCT_TOLERANCE, rounding)
    return abs(x - y) <= max(TOLERANCE * max(abs(x), abs(y)), rounding)


def _slack(x: float, a: Claim) -> float:
    return max(PCT_TOLERANCE if a.is_percent else TOLERANCE * abs(x), rounding_tolerance(a.value))


def _contains(rng: Claim, lo: float, hi: float, point: float) -> bool:
    low, high = min(lo, hi), max(lo, hi)
    return low - _slack(low, rng) <= point <= high + _slack(high, rng)


def agree(a: Claim, b: Claim) -> bool | None:
    """Whether two claims agree; None when they cannot be compared (other units)."""
    ba, bb = a.in_base(), b.in_base()
    if ba is None or bb is None or ba[2] != bb[2]:
        return None
    (xa, ha, _), (xb, hb, _) = ba, bb
    if a.bound or b.bound:
        bounded, xbnd, xo, ho = (a, xa, xb, hb) if a.bound else (b, xb, xa, ha)
        top = ho if ho is not None else xo
        if bounded.bound == "lower":
            return top >= xbnd - _slack(xbnd, bounded)
        return xo <= xbnd + _slack(xbnd, bounded)
    if ha is not None and hb is not None:
        return min(xa, ha) <= max(xb, hb) + _slack(max(xb, hb), b) and min(xb, hb) <= max(
            xa, ha
        ) + _slack(max(xa, ha), a)
    if ha is not None:
        return _contains(a, xa, ha, xb)
    if hb is not None:
        return _contains(b, xb, hb, xa)
    return _close(xa, xb, a, b)


@dataclass(frozen=True)
class Camp:
    """Documents whose figures agree with each other, and their claims."""

    claims: tuple[Claim, ...]

    @property
    def docs(self) -> tuple[str, ...]:
        """The documents of the camp, in name order."""
        return tuple(sorted({c.doc for c in self.claims}))


@dataclass(frozen=True)
class Verdict:
    """The judgement of one key: its camps, and the suspected extraction errors."""

    camps: tuple[Camp, ...]
    suspects: tuple[tuple[int, str], ...]
    compared: bool

    @property
    def disagree(self) -> bool:
        """Whether the sources fall into more than one camp."""
        return len(self.camps) > 1


def _base(c: Claim) -> float | None:
    b = c.in_base()
    return None if b is None else b[0]


def _suspect(mine: list[Claim], others: list[Claim]) -> str | None:
    """Why a camp's figure looks like an extraction error next to another camp, if it does."""
    for a in mine:
        for b in others:
            xa, xb = _base(a), _base(b)
            if not xa or not xb or a.is_percent or a.value_high is not None:
                continue
            ratio = abs(xa / xb)
            if a.unit.isalpha() and abs(a.value) < _PER_SHARE_MAX and 1 / ratio > _PER_SHARE_GAP:
                return f"{a.doc}: {a.value:g} {a.unit} looks like a per-share figure, not a total"
            power = round(math.log10(ratio))
            if power >= 1 and abs(ratio / 10**power - 1) <= 0.01:
                return f"{a.doc}: {a.value:,.12g} {a.unit} is 10^{power} times {b.doc}'s figure"
    return None


def judge(claims: list[Claim]) -> Verdict:
    """Group the claims of one key into camps of agreeing documents and name suspects."""
    by_doc: dict[str, list[Claim]] = {}
    for c in claims:
        by_doc.setdefault(c.document_id, []).append(c)
    docs = sorted(by_doc)
    parent = {d: d for d in docs}

    def root(d: str) -> str:
        while parent[d] != d:
            d = parent[d]
        return d

    compared = False
    for i, da in enumerate(docs):
        for db in docs[i + 1 :]:
            verdicts = [agree(a, b) for a in by_doc[da] for b in by_doc[db]]
            if any(v is not None for v in verdicts):
                compared = True
            if any(verdicts) or all(v is None for v in verdicts):
                parent[root(db)] = root(da)
    groups: dict[str, list[Claim]] = {}
    for d in docs:
        groups.setdefault(root(d), []).extend(by_doc[d])
    camps = tuple(Camp(tuple(g)) for g in groups.values())
    suspects: list[tuple[int, str]] = []
    if len(camps) > 1:
        for i, camp in enumerate(camps):
            rest = [c for j, other in enumerate(camps) if j != i for c in other.claims]
            why = _suspect(list(camp.claims), rest)
            if why:
                suspects.append((i, why))
    return Verdict(camps, tuple(suspects), compared)
