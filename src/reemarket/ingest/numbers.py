"""Numbers with their scale and unit.

Numbers with their scale and unit: ``443,000-445,000 yuan/mt``, ``$53-55 per kg``,
``9.287 billion yuan``, ``100 000-tonne-per-year``, ``+5.88%``, ``3.49 billion kW``.

``find_quantities`` returns every quantity in a sentence with its span; the value is
already multiplied by its scale (thousand, million, billion, 万, 亿) and the unit is a
canonical code (``CNY/t``, ``USD/kg``, ``CNY``, ``t``, ``t/yr``, ``kW``, ``%``, ``x``) or
``""`` for a bare number.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache
from typing import NamedTuple

from reemarket.ingest.fastre import compile_ci, lower
from reemarket.ingest.startwords import first_char_checked

NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ ]\d{3})+(?![\d,])(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE_WORDS = r"thousand|million|mln|mn|billion|bln|bn|trillion|万|亿"
# "Yuan 571,000/mt" (a wire's currency word before a per-mass price) is a prefix too
_CUR_PREFIX = (
    r"US\$|\$US|USD\s?|A\$|\$A|AU\$|AUD\s?|RMB\s?|CNY\s?|Yn\s?|¥|€|EUR\s?|\$"
    r"|Yuan\s(?=\d[\d,.]*\s*(?:/|per\b))"
)
_CUR_WORD = r"yuan|rmb|cny|usd|us\s+dollars?|dollars?|aud|eur|euros?|元|美元"
_MASS = r"metric\s+tons?|metric\s+tonnes?|tonnes?|tons?|mtpa|ktpa|tpa|mt|kt|t|kilograms?|kgs?|kilos?|吨|公斤"
_PMASS = _MASS + r"|lbs?|pound"
# "/t", "per kg", " a tonne" (a word: "yuan at" is not "yuan a t")
_PER = r"(?:\s*(?:/|per)\s*|\s+an?\s+)"
# "52,307 tons a year earlier" is a base, not a rate
_RATE = r"(?:[\s-]*(?:/|per|a|an)[\s-]*(?:year|yr|annum|a)\b(?!\s+(?:earlier|ago|before)\b)|[\s-]*/\s*y\b|pa\b|py\b|\s*/\s*a\b)"

#: A per-mass price unit named in words ("yuan/mt", "US$ per kg", "€/kg"), as table headers
#: and assessment names give it; read with :func:`price_unit_code`.
PRICE_UNIT = re.compile(
    r"(?<![\d\w])(yuan|yn|rmb|cny|usd|us\$|\$|eur|€)\s*(?:/|per\s+)\s*(kg|kilogram|tonne|ton|mt|t)\b",
    re.IGNORECASE,
)
_PRICE_CUR = {"yuan": "CNY", "yn": "CNY", "rmb": "CNY", "cny": "CNY", "usd": "USD", "us$": "USD", "$": "USD",
              "eur": "EUR", "€": "EUR"}  # fmt: skip


def price_unit_code(m: re.Match[str]) -> str:
    """The unit code of a :data:`PRICE_UNIT` match ("yuan/mt" is CNY/t, "$/kg" USD/kg)."""
    cur = _PRICE_CUR.get(m.group(1).lower(), "USD")
    return f"{cur}/{'kg' if m.group(2).lower().startswith('k') else 't'}"


_QTY = first_char_checked(
    compile_ci(
        rf"""
    (?<![\w.,])
    (?P<btw>between\s+|(?:range|ranging|ranged)\s+(?:of|from)\s+)?
    (?P<sign>[+\-−▲▼↑↓](?=\s?[\d$¥€]))?
    (?P<cur>{_CUR_PREFIX})?
    (?P<acct>(?<=\$)\((?=[\d.,]+\)))?
    (?P<n1>{NUM})(?(acct)\))
    (?:\s?(?P<pct1>%|percent\b|per\s?cent\b))?
    (?:\s*(?P<scale1>{_SCALE_WORDS})(?![A-Za-z])|(?P<scale1k>(?<=\d)k)(?=\s*[-–~]\s*(?:{_CUR_PREFIX})?\d))?
    (?:(?:\s*(?:-|–|—|~|～)\s*(?!(?<=\s\s-)\d)|(?(btw)\s+(?:and|to)\s+|(?!))|(?(pct1)(?P<pto>\s+to\s+)(?=[\d.,]+\s?%)|(?!)))
       (?:{_CUR_PREFIX})?(?P<n2>{NUM}))?
    (?:(?P<scale>(?:\s*|-)(?:{_SCALE_WORDS})(?![A-Za-z])|(?<=[\d)])\s?(?:m|bn|mn|b|k)\b(?![/.]\w)
       |(?<=\d)k(?=\s*/\s*(?:t|mt|tonne|ton)\b)))?
    (?P<unit>
        \s?(?:%|percent\b|per\s?cent\b|pct\b|pc\b)
      | \s+cents?\b | \s?¢
      | \s*(?:\(\s*(?:{_CUR_WORD})(?![A-Za-z])(?!\s*[\d.])|(?:{_CUR_WORD})(?![A-Za-z]))
        (?:{_PER}(?:{_PMASS})\b)?\s*\)?
      | -?\s?(?:{_MASS})(?![A-Za-z])(?:{_RATE})?(?:\s*\((?:t|mt)\))?
      | \s*(?:kW|MW|GW|kilowatts?|megawatts?|gigawatts?)\b
      | {_PER}(?:{_PMASS})\b
      | (?:x|times)\b
    )?
    """,
        re.VERBOSE,
    )
)

_FIRST_DIGIT = re.compile(r"\d")
_LAST_DIGIT = re.compile(r".*\d", re.DOTALL)
#: Every ASCII character but the digits: stripped from the end, the rest ends at the last digit.
_ASCII_NON_DIGITS = "".join(chr(c) for c in range(128) if not "0" <= chr(c) <= "9")
_GROUPS = ("sign", "cur", "n1", "pct1", "scale1", "scale1k", "pto", "n2", "scale", "unit")
_FROM_BEFORE = re.compile(r"\bfrom\s+$")
_SCALE = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "mln": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bln": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "万": 1e4,
    "亿": 1e8,
}
_CUR = {
    "us$": "USD",
    "$us": "USD",
    "usd": "USD",
    "a$": "AUD",
    "$a": "AUD",
    "au$": "AUD",
    "aud": "AUD",
    "rmb": "CNY",
    "cny": "CNY",
    "¥": "CNY",
    "yn": "CNY",
    "€": "EUR",
    "eur": "EUR",
    "$": "$",
    "yuan": "CNY",
    "元": "CNY",
    "美元": "USD",
    "usdollar": "USD",
    "usdollars": "USD",
    "dollar": "$",
    "dollars": "$",
    "euro": "EUR",
    "euros": "EUR",
}


class Quantity(NamedTuple):
    """A number found in text, scaled, with its unit code and span."""

    start: int
    end: int
    value: float
    high: float | None
    unit: str
    signed: bool = False
    scaled: bool = False
    currency_symbol: bool = False

    @property
    def is_range(self) -> bool:
        """Whether the quantity is a low-high range."""
        return self.high is not None

    @property
    def dimension(self) -> str:
        """price, money, mass, mass_rate, power, percent, multiple or bare."""
        u = self.unit
        if u == "%":
            return "percent"
        if u == "x":
            return "multiple"
        if u == "":
            return "bare"
        if u == "kW":
            return "power"
        if u == "t/yr":
            return "mass_rate"
        if u in ("t", "kg"):
            return "mass"
        if "/" in u:
            return "price"
        return "money"


_WRITTEN_SCALE = re.compile(
    rf"(?<=\d)\s*(?:-\s*)?({_SCALE_WORDS})(?![A-Za-z])|(?<=\d)\s?(m|bn|mn|b|k)\b", re.I
)


def written_scale(text: str) -> float:
    """The scale word a written figure carries ("44.3-44.5万元/吨" 1e4, "$1.2 million" 1e6), else 1.

    A bare figure beside it in the same row ("(+0.2)") is written in that scale too.
    """
    m = _WRITTEN_SCALE.search(text)
    if m is None:
        return 1.0
    return _SCALE.get((m.group(1) or m.group(2)).lower(), 1.0)


def parse_number(text: str) -> float:
    """Read a number written with thousands separators (comma or space)."""
    return float(text.replace(",", "").replace(" ", ""))


def _mass(word: str) -> tuple[str, float]:
    w = word.lower().replace(" ", "")
    if w.startswith(("kg", "kilo", "公斤")):
        return "kg", 1.0
    if w.startswith(("lb", "pound")):
        return "kg", 0.45359237  # a price per pound is 1/0.4536 times the price per kg
    if w in ("kt", "ktpa"):
        return "t", 1e3
    return "t", 1.0


def _unit(unit_text: str, cur: str | None) -> tuple[str, float]:
    u = re.sub(r"\s+", " ", unit_text.strip().strip("()").strip()).lower()
    if not u:
        return (cur or "", 1.0) if cur else ("", 1.0)
    if u in ("%", "percent", "per cent", "percent", "pct", "pc") or u.replace(" ", "") == "percent":
        return "%", 1.0
    if u in ("x", "times"):
        return "x", 1.0
    if u in ("cent", "cents", "¢"):  # "rose by 14 cents", "a 14¢ rise": a dollar amount
        return "USD", 0.01
    if u.startswith(("kw", "kilowatt")):
        return "kW", 1.0
    if u.startswith(("mw", "megawatt")):
        return "kW", 1e3
    if u.startswith(("gw", "gigawatt")):
        return "kW", 1e6
    m = re.match(rf"({_CUR_WORD})\s*(?:(?:/|per|a|an)\s*({_PMASS}))?", u)
    if m:
        word = re.sub(r"\s+", "", m.group(1))
        c = _CUR.get(word, "$")
        if c == "$":
            c = cur if cur and cur != "$" else "$"
        if m.group(2):
            mass, k = _mass(m.group(2))
            return f"{c}/{mass}", 1.0 / k
        return c, 1.0
    m = re.match(rf"(?:(?:/|per|a|an)\s*)({_PMASS})", u)
    if m and cur:
        mass, k = _mass(m.group(1))
        return f"{cur}/{mass}", 1.0 / k
    m = re.match(rf"-?\s?({_MASS})(.*)", u)
    if m:
        mass, k = _mass(m.group(1))
        rest = m.group(2)
        if re.search(r"year|yr|annum|/\s*a\b|/\s*y\b|^pa|^py", rest) or m.group(1).lower().endswith(
            "pa"
        ):
            # a plant's rate in kilograms ("3,000 kg a year") is counted in tonnes a year
            return "t/yr", (k if mass == "t" else k / 1000)
        return mass, k
    return cur or "", 1.0


@lru_cache(maxsize=4096)
def _reading(
    cur_g: str | None,
    unit_g: str | None,
    pct1: bool,
    scale_g: str | None,
    scale1: str | None,
    signed: bool = False,
    plain_k: bool = False,
) -> tuple[str, float, float, float, str, int]:
    """What a match's currency, unit and scale groups mean (unit, factor, scales, spaces).

    Depends only on the group texts, which repeat from match to match, so it is cached.
    Returns the unit code, the unit factor, the scale, the scale of the first number of a
    range, the scale text and how many trailing spaces the unit text has. ``plain_k``: a
    "k" that can only be a thousand (after a decimal, or ending a range).
    """
    cur_raw = (cur_g or "").strip().lower()
    cur = _CUR.get(cur_raw) if cur_raw else None
    unit_text = unit_g or ""
    if pct1 and not unit_text.strip():
        unit_text = "%"
    if unit_text and not unit_text.strip():
        unit_text = ""
    unit, k = _unit(unit_text, cur)
    scale_txt = (scale_g or scale1 or "").strip().lstrip("-").lower()
    scale = _SCALE.get(scale_txt, 1.0)
    money = "/" in unit or unit in ("CNY", "USD", "EUR", "AUD")
    if (
        scale_txt in ("m", "b", "k")
        and not cur
        and not (scale_txt == "k" and (signed or money or plain_k))
    ):
        # a bare "5m" or "3k" is no amount (an "18k" of gold), but a signed "(-1k)" move is, so
        # is a "k" before a currency or price unit ("545k-550k yuan/t") and one after a decimal
        # or ending a range (a trader's "412.5-418.5k", "~29.8k", "down 0.5k")
        scale = 1.0
    s1 = _SCALE.get((scale1 or "").strip().lower(), 1.0)
    return unit, k, scale, s1, scale_txt, len(unit_text) - len(unit_text.rstrip())


def find_quantities(
    text: str, *, skip: list[tuple[int, int]] | None = None, low: str | None = None
) -> list[Quantity]:
    """Every quantity in ``text``, ignoring those inside the ``skip`` spans (dates)."""
    out: list[Quantity] = []
    spans = skip or []
    first = _FIRST_DIGIT.search(text)
    if first is None:
        return []
    low_text = lower(text) if low is None else low
    # every match holds a digit: once past the last one, stop instead of scanning on
    if low_text.isascii():  # ASCII digits only: the last of them, found from the end
        stop = len(low_text.rstrip(_ASCII_NON_DIGITS))
    else:
        last = _LAST_DIGIT.match(low_text)
        if last is None:
            return []
        stop = last.end()
    pos = max(0, first.start() - 12)
    search = _QTY.search
    while pos < stop:
        m = search(low_text, pos)
        if m is None:
            break
        s, e = m.span()
        pos = e
        sign, cur_g, n1_t, pct1, scale1, scale1k, pto, n2_t, scale_g, unit_g = m.group(*_GROUPS)
        scale1 = scale1 or scale1k  # "RMB158k-160k/t": an abbreviated thousand on both ends
        if pto and _FROM_BEFORE.search(low_text, max(0, s - 8), s):
            # "from 5% to 7%" is a move, not a range: read the two numbers apart
            out.extend(
                find_quantities(text[: m.end("pct1")], skip=skip, low=low_text[: m.end("pct1")])[
                    -1:
                ]
            )
            second = m.start("n2")
            out.extend(
                q._replace(start=q.start + second, end=q.end + second)
                for q in find_quantities(text[second:e], low=low_text[second:e])[:1]
            )
            continue
        if spans:
            n1 = m.start("n1")
            inside = False
            for a, b in spans:
                if a <= n1 < b:
                    inside = True
                    break
            if inside:
                continue
        unit, k, scale, s1, scale_txt, trail = _reading(
            cur_g, unit_g, bool(pct1), scale_g, scale1, bool(sign),
            bool(scale_g) and (bool(n2_t) or "." in (n1_t or "")),
        )  # fmt: skip
        try:
            v1 = parse_number(n1_t)
            v2 = parse_number(n2_t) if n2_t else None
        except ValueError:
            continue
        if scale1 and scale_g and v2 is not None:
            v1 *= s1
            # "396.6k-405.2k": an abbreviated thousand on both ends scales both alike
            v2 *= s1 if scale1k and scale_txt == "k" else scale
        else:
            v1 *= scale
            if v2 is not None:
                v2 *= scale
        v1 *= k
        if v2 is not None:
            v2 *= k
        v1 = float(f"{v1:.12g}")
        if v2 is not None:
            v2 = float(f"{v2:.12g}")
        if sign and sign in "-−▼↓":  # an arrow down is a minus ("505,000-508,000 ▼3,000")
            v1 = -v1
        if m.group("acct"):  # an accountant's minus: "A$(15) million" is a loss of 15 million
            v1, sign = -v1, "-"
        if unit == "" and not cur_g:
            e = m.end("n2") if n2_t else m.end("n1")
            if scale_txt:
                e = m.end("scale") if scale_g else m.end("scale1")
        else:
            e -= trail
        out.append(Quantity(s, e, v1, v2, unit, bool(sign), scale != 1.0, bool(cur_g)))
    if "cent" in low_text:
        out = _a_cent(low_text, out, spans)
    if "(" in low_text and len(out) > 1:
        out = _per_mass_after_bracket(low_text, out)
    if "k to " in low_text:
        out = _thousands_before_level(low_text, out)
    if len(out) > 1 and (" to " in low_text or "between" in low_text):
        return _to_ranges(low_text, out)
    return out


#: Cents written as words, by their count: "a cent", "one cent", "seven cents", "twenty cents".
_CENT_WORDS = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
}  # fmt: skip
_A_CENT = re.compile(r"\b(" + "|".join(_CENT_WORDS) + r")\s+(cents?)\b(?!\w)")


def _a_cent(low: str, found: list[Quantity], spans: list[tuple[int, int]]) -> list[Quantity]:
    """Add each cent amount told in words ("a cent", "seven cents") as "7 cents" would be."""
    extra = []
    for m in _A_CENT.finditer(low):
        if any(a <= m.start() < b for a, b in spans):
            continue
        count = _CENT_WORDS[m.group(1)]
        if (count == 1) != (m.group(2) == "cent"):
            continue  # "a cents", "a seven cent coin": no count of cents
        amount = find_quantities(f"{count} cents")
        if amount:
            extra.append(amount[0]._replace(start=m.start(), end=m.end()))
    return sorted(found + extra, key=lambda q: q.start) if extra else found


#: A per-mass unit after a bracketed conversion: "538,000 yuan ($75,400) per metric ton".
_AFTER_BRACKET = re.compile(
    rf"\s*\([^()]{{1,30}}\)\s*(?:/|per|an?)\s*({_PMASS})\b",
)


def _per_mass_after_bracket(low: str, found: list[Quantity]) -> list[Quantity]:
    """Give a money amount the per-mass unit written after its bracketed conversion.

    "538,000 yuan ($75,400) per metric ton" is 538,000 CNY/t; the bracketed figure keeps
    its own reading (a conversion).
    """
    out: list[Quantity] = []
    for q in found:
        m = _AFTER_BRACKET.match(low, q.end) if q.unit in ("CNY", "USD", "EUR", "AUD") else None
        if m is not None:
            mass, k = _mass(m.group(1))
            value = float(f"{q.value / k:.12g}")
            high = float(f"{q.high / k:.12g}") if q.high is not None else None
            q = q._replace(value=value, high=high, unit=f"{q.unit}/{mass}")
        out.append(q)
    return out


#: A bare amount in thousands right before the level it moved to: "eased 1k to 545k".
_K_TO = re.compile(r"k\s+to\s+")


def _thousands_before_level(low: str, found: list[Quantity]) -> list[Quantity]:
    """Read "1k" as 1,000 when it is a move to a level itself written in thousands.

    "Nd metal eased 1k to 545k-550k yuan/t": the bare "1k" (no amount on its own) is the
    move, in the level's thousands.
    """
    out = list(found)
    for i, (a, b) in enumerate(itertools.pairwise(found)):
        gap = _K_TO.match(low, a.end - 1) if a.unit == "" and not a.scaled else None
        if gap is not None and b.start == gap.end() and b.scaled and "k" in low[b.start : b.end]:
            out[i] = a._replace(value=float(f"{a.value * 1e3:.12g}"), scaled=True)
    return out


_TO_GAP = re.compile(r"\s+to\s+")
#: "between $520/kg and $580/kg": each end with its own unit, joined by "and" after "between".
_AND_GAP = re.compile(r"\s+and\s+")
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:about\s+|around\s+)?$")
_AT_BEFORE = re.compile(r"\b(?:at|between)\s+(?:about\s+|around\s+)?$")
_MOVE_FROM = re.compile(r"\bfrom\b[^,;\d]{0,30}$|\bby\s+(?:about\s+|around\s+)?$")
_BASE_FROM = re.compile(r",\s*(?:up|down|higher|lower|off)\s+from\s+(?:about\s+|around\s+)?$")


def _opens_between(low: str, a: Quantity) -> bool:
    """Whether "between" opens the figure ``a`` (read into it, or just before it)."""
    if low.startswith("between", a.start):
        return True
    return _BETWEEN_BEFORE.search(low, max(0, a.start - 20), a.start) is not None


def _to_ranges(low: str, found: list[Quantity]) -> list[Quantity]:
    """Join "553,000 to 557,000 yuan/mt" and "US$224 to US$228 per kg" into one range.

    So is "between $520/kg and $580/kg", each end with its unit. The first number carries no unit of its own or only the second's currency, the second
    is larger, and no "from" stands before the first ("rose from 540,000 to 565,000" is a
    move between two levels, not a range).
    """
    out: list[Quantity] = []
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        if (
            b is not None
            and a.high is None
            and b.high is None
            and not a.signed
            and not b.signed
            and a.value < b.value <= a.value * 1.5
            and (
                a.unit == ""
                or (a.unit == b.unit.split("/")[0] and "/" in b.unit)
                # "quoted at CNY414,400 to CNY423,300": one currency, each end its own sign
                or (
                    a.unit == b.unit
                    and a.unit != "%"
                    and b.value <= a.value * 1.2
                    and (
                        _AT_BEFORE.search(low, max(0, a.start - 12), a.start) is not None
                        or _opens_between(low, a)
                        # a bracketed conversion "(US$50,490 to US$51,590)"
                        or low[max(0, a.start - 2) : a.start].rstrip().endswith("(")
                    )
                )
            )
            and b.unit != "%"
            and (
                _TO_GAP.fullmatch(low, a.end, b.start) is not None
                or (_AND_GAP.fullmatch(low, a.end, b.start) is not None and _opens_between(low, a))
            )
            and (
                not _MOVE_FROM.search(low, max(0, a.start - 40), a.start)
                # "..., down from 690,000 to 700,000 yuan on Jan 3": a base range after a
                # direction adverb, not a move from one level to the other
                or _BASE_FROM.search(low, max(0, a.start - 20), a.start) is not None
            )
        ):
            out.append(
                a._replace(end=b.end, high=b.value, unit=b.unit, scaled=b.scaled or a.scaled)
            )
            i += 2
            continue
        out.append(a)
        i += 1
    return out
