"""Chinese text for matching: one-to-one normalisation, vocabulary, numbers, mention slots.

Normalisation keeps every character's offset (each character maps to exactly one), so a
match on the normalised text is a span of the original: traditional characters become
simplified (OpenCC), full-width digits and punctuation become ASCII, and a pinyin gloss in
brackets ("萬(wàn)") becomes blanks.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from functools import cache
from importlib import resources
from typing import Any

import cn2an
from opencc import OpenCC

from reemarket.domain.products import Form, catalog
from reemarket.errors import UnitError
from reemarket.ingest.lexicon import companies

_CJK = re.compile(r"[\u4e00-\u9fff]")
_GLOSS = re.compile(
    r"\((?=[a-zāáǎàōóǒòēéěèīíǐìūúǔùüǖǘǚǜ]*[āáǎàōóǒòēéěèīíǐìūúǔùǖǘǚǜ])[a-zāáǎàōóǒòēéěèīíǐìūúǔùüǖǘǚǜ]+\)"
)
#: A purity grade written after a product name ("氧化钕 99.5%min：", "氧化镨钕(≥99%)报",
#: "氧化铈(99.99%)", "氧化镝≥99.5%"): a specification, not a figure; blanked so the quote after
#: it reads as the product's. Grades are 9x%, and only these marked forms count.
_GRADE = re.compile(
    r"(?<=[\u4e00-\u9fff])\s*(?:"
    r"9\d(?:\.\d+)?\s*%\s*(?:min|MIN|Min)(?![A-Za-z])"
    r"|\(\s*(?:≥|>=|>)?\s*9\d(?:\.\d+)?\s*%\s*(?:min|MIN|以上)?\s*\)"
    r"|(?:≥|>=)\s*9\d(?:\.\d+)?\s*%"
    r")"
)
#: A magnet grade written after the product ("钕铁硼毛坯N38报价", "磁材(N52)"): a
#: specification, not a figure; blanked like a purity grade.
_MAGNET_GRADE = re.compile(
    r"(?<=[\u4e00-\u9fff])\s*(?:N\d{2}(?:M|H|SH|UH|EH|AH)?|\(\s*N\d{2}(?:M|H|SH|UH|EH|AH)?\s*\))"
    r"(?![\dA-Za-z])"
)
_WIDE = {i: i - 0xFEE0 for i in range(0xFF01, 0xFF5F)}
_WIDE[0x3000] = 0x20
_WIDE.update({ord("。"): ord("。"), ord("、"): ord("、")})


def is_chinese(text: str) -> bool:
    """Whether a document reads as Chinese (enough CJK characters in its opening).

    A short text (a quote line, a small table) is Chinese when its CJK characters are more
    than twice its Latin words: "氧化镨钕价格44.4万元/吨。" is, an English line naming a company
    in Chinese ("Shares of 北方稀土 rose") is not.
    """
    head = text[:5000]
    n = 0 if head.isascii() else len(_CJK.findall(head))
    if n < 4:
        return False  # what both tests below give: the Latin words need not be counted
    words = len(re.findall(r"[A-Za-z]+", head))
    if n > 30:
        return n > words
    return n >= 4 and n > 2 * words


@cache
def _t2s() -> OpenCC:
    return OpenCC("t2s")


@cache
def _simple(ch: str) -> str:
    out: str = _t2s().convert(ch)
    return out if len(out) == 1 else ch


def normalise(text: str, *, blank: bool = True) -> str:
    """The matching form of a text, of the same length: simplified, ASCII digits, no gloss.

    ``blank=False`` keeps the glosses and grades (a table's layout is read with its
    columns all there).
    """
    chars = set(text)
    if not chars.isdisjoint(_WIDENED):
        text = text.translate(_WIDE)
        chars = set(text)
    text = _simplified(text, chars)
    if not chars.isdisjoint(_NUMERAL_CHARS):
        text = _CN_NUMBER.sub(_arabic, text)
    if "/" in chars or "每" in chars:
        text = per_unit_spelling(text)
    return blank_grades(text) if blank else text


#: A per-unit written apart or in words after its amount's currency: "36.25 万元 / 吨",
#: "1,650 元 /公斤", "178万元每吨", "58 万元 每公斤", "56万元人民币/吨"; not a unit-first price ("…元，每吨…", "元每吨人民币1")
_PER_UNIT = re.compile(
    r"(?P<cur>美元|元)?(?P<rmb>人民币)?(?P<sep>[ \t]*(?:/|每)[ \t]*)(?P<unit>吨|公斤|千克)"
    r"(?!\s*(?:人民币|美元)?\s*\d)"
)


def _per_unit(m: re.Match[str]) -> str:
    """The per-unit in its usual spelling, padded with blanks before (same length)."""
    cur, sep = m.group("cur") or "", m.group("sep")
    if m.group("rmb"):
        if not cur:
            return m.group(0)
        # "56.3万元人民币/吨" (a Hong Kong paper's currency named after 元): "元/吨", blanks before
        return " " * (len(sep) + 2) + cur + "/" + m.group("unit")
    if sep == "/" or (sep.strip() == "每" and not cur):
        return m.group(0)  # already usual, or "每吨" with no amount's currency before it
    if sep.strip() == "/" and not cur and not _AMOUNT_END.search(m.string, 0, m.start()):
        return m.group(0)  # "/ 吨" after no figure
    return " " * (len(sep) - 1) + cur + "/" + m.group("unit")


#: The end of a figure (a digit or its 万/亿) just before a currency-less "/吨".
_AMOUNT_END = re.compile(r"[\d万亿][ \t]*$")


def per_unit_spelling(text: str) -> str:
    """``text`` with "元 / 吨" and "元每吨" written "元/吨" (blanks before, so offsets hold)."""
    return _PER_UNIT.sub(_per_unit, text)


#: Characters a number written in Chinese numerals is made of.
_NUMERAL_CHARS = frozenset("零〇一二两三四五六七八九十百千")
#: A number in Chinese numerals before an amount's unit (its 万 or 亿 allowed between):
#: "十六点五万元/吨", "一百九十八元/公斤", "二十七万吨", "一百六十亿元"; not one inside a larger
#: numeral ("三万五千吨": its parts around 万 are one number) nor an ordinal ("第二"), nor a
#: word that holds 元 ("三元材料", ternary cathode material: 元 there is no currency).
_CN_NUMBER = re.compile(
    r"(?<![第万亿零〇一二两三四五六七八九十百千点])"
    r"([零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?)"
    r"(?=\s*[万亿]?\s*(?:(?:美元|元)(?![\u4e00-\u9fff])|(?:美元|元)每|吨|公斤|千克|%|个百分点))"
    r"(?![万亿][零〇一二两三四五六七八九])"
)


def _arabic_digits(numeral: str) -> str | None:
    """A Chinese numeral in ASCII digits, or None when cn2an cannot read it."""
    value = chinese_numeral(numeral)
    if value is None:
        return None
    return f"{value:.6f}".rstrip("0").rstrip(".")


def _arabic(m: re.Match[str]) -> str:
    """A numeral in digits of the same length (zeros before when shorter), else unchanged.

    The matching form keeps every offset, so a number whose digits are longer than its
    numeral ("十" is 10, "三千" 3000) stays unread: :func:`unread_numerals` names it.
    """
    digits = _arabic_digits(m.group(1))
    if digits is None or len(digits) > len(m.group(1)):
        return m.group(0)
    return digits.rjust(len(m.group(1)), "0")


def unread_numerals(norm: str) -> list[str]:
    """Chinese numerals before a unit that the matching form ``norm`` could not turn into digits.

    ``norm`` is :func:`normalise`'s form, where the others are digits already, so only the
    unread are left.
    """
    return [
        f"zh_numeral_unread: {m.group(1)!r} (= {_arabic_digits(m.group(1))}) is not read as a figure"
        for m in _CN_NUMBER.finditer(norm)
    ]


#: The characters :data:`_WIDE` changes (a text holding none of them is left as it is).
_WIDENED = frozenset(chr(k) for k, v in _WIDE.items() if k != v)
#: The traditional characters met so far with their simplified form (a ``str.translate`` table).
_SIMPLIFIED: dict[int, str] = {}
#: The same characters, to tell at once whether a text holds any.
_TRADITIONAL: set[str] = set()
#: The characters already looked up for :data:`_SIMPLIFIED`.
_LOOKED_UP: set[str] = set()


def _simplified(text: str, chars: set[str]) -> str:
    """``text`` with its CJK characters simplified (:func:`_simple`); ``chars`` is ``set(text)``.

    Each character is converted once, the first time a text holds it; a text holding no
    traditional character (most) is returned as it is, others are translated in one pass.
    """
    new = chars - _LOOKED_UP
    for c in new:
        if "\u3400" <= c <= "\u9fff":
            simple = _simple(c)
            if simple != c:
                _SIMPLIFIED[ord(c)] = simple
                _TRADITIONAL.add(c)
    _LOOKED_UP.update(new)
    return text if chars.isdisjoint(_TRADITIONAL) else text.translate(_SIMPLIFIED)


def blank_grades(text: str) -> str:
    """The text with its pinyin glosses and purity or magnet grades blanked (same length)."""
    text = _GLOSS.sub(lambda m: " " * len(m.group()), text)
    text = _GRADE.sub(lambda m: " " * len(m.group()), text)
    return _MAGNET_GRADE.sub(lambda m: " " * len(m.group()), text)


@cache
def vocab() -> dict[str, dict[str, Any]]:
    """The Chinese vocabulary file (data/vocab/zh.toml), as parsed.

    Its sections hold lists of words, [unit, factor] pairs ("units") and plain strings
    ("price_holder", "company_places"): the typed readers below convert each.
    """
    raw = resources.files("reemarket.data").joinpath("vocab/zh.toml").read_text("utf-8")
    return tomllib.loads(raw)


def price_holder(company: str) -> str:
    """Whose a contract price announced by ``company`` is (the buyer, by the vocabulary file)."""
    holders: dict[str, object] = dict(vocab().get("price_holder", {}))
    return str(holders.get(company, company))


def words(cls: str) -> list[str]:
    """The words of a cue class (``up``, ``yoy``, ...) or a metric or quota id."""
    v = vocab()
    for section in ("words", "metrics", "quota", "sectors"):
        if cls in v[section]:
            return list(v[section][cls])
    raise KeyError(cls)


def word_class(word: str, classes: tuple[str, ...]) -> str | None:
    """Which of ``classes`` a matched word belongs to (longest words win)."""
    best: tuple[int, str] | None = None
    for c in classes:
        for w in words(c):
            if w in word and (best is None or len(w) > best[0]):
                best = (len(w), c)
    return best[1] if best else None


def _alt(items: list[str]) -> str:
    """An alternation of the words, longest first; ties in a fixed (alphabetical) order."""
    return "|".join(re.escape(w) for w in sorted(set(items), key=lambda w: (-len(w), w)))


def _product_alt(names: list[str]) -> str:
    """The product names as an alternation, longest first.

    A trader's shorthand in 氧 ("钕氧", "镨钕氧") is no name inside "…氧化物" ("钕、镨氧化物"
    names the elements' oxides together).
    """
    ordered = sorted(set(names), key=lambda w: (-len(w), w))
    groups = _group_names()
    # a group's name run into a single product's ("北方稀土氧化镨钕", "包头稀土金属镨钕") is the
    # tail of a company's name before that product, not the group
    single = "|".join(re.escape(w) for w in ordered if w not in groups)
    return "|".join(
        re.escape(w)
        + ("(?!化)" if w.endswith("氧") else "")
        + (f"(?!{single})" if w in groups and single else "")
        for w in ordered
    )


@cache
def _group_names() -> frozenset[str]:
    """The Chinese names of product groups (稀土, 稀土氧化物, 稀土金属...)."""
    return frozenset(normalise(n) for p in catalog() if p.form is Form.GROUP for n in p.names_zh)


@cache
def product_names() -> dict[str, str]:
    """Chinese product name (simplified) -> product id, from the catalog."""
    out: dict[str, str] = {}
    for p in catalog():
        for n in p.names_zh:
            out.setdefault(normalise(n), p.id)
    return out


@cache
def company_names() -> dict[str, str]:
    """Chinese company alias -> company id, from the company list."""
    return {
        normalise(a): c.id for c in companies() for a in c.aliases if _CJK.search(a) is not None
    }


@cache
def company_words() -> dict[str, str]:
    """Words of a registered company name that translate (place, trade) -> slug word."""
    table: dict[str, object] = {**vocab().get("company_places", {}), **vocab()["company_words"]}
    return {normalise(k): str(v) for k, v in table.items()}


@cache
def company_places() -> frozenset[str]:
    """The place words of registered company names ("包头", "江西")."""
    return frozenset(normalise(k) for k in vocab().get("company_places", {}))


@cache
def _pinyin() -> Callable[[str], list[str]]:
    """Pinyin of Chinese characters, one syllable each (loaded when a name first needs it)."""
    from pypinyin import lazy_pinyin

    return lambda text: lazy_pinyin(text, errors="ignore")


#: A registered company name, and the short name a story gives it:
#: "湖南某某新材料股份有限公司（下称“某某新材”）"
REGISTERED = re.compile(
    r"(?P<name>[\u4e00-\u9fff]{2,16}?)(?:股份有限公司|有限责任公司|有限公司)"
    r"(?:\s*[（(]\s*(?:以下简称|下称|简称)\s*[“\"「]?(?P<short>[\u4e00-\u9fff]{2,8})[”\"」]?\s*[）)])?"
)


#: What may stand before a registered name in running text and is no part of it: a word of
#: relation ("与", "向", "旗下的"), a time word ("近日", "日前") or a verb of telling
_NAME_LEAD = re.compile(
    r"^.*(?:与|及|向|对|由|据|将|同|跟|把|从|在|为|的|是|公司|旗下|近日|日前|今日|昨日|此前|目前"
    r"|宣布|表示|披露|公告|称)"
)
#: an administrative unit after a place word ("包头市", "江西省"): no word of the slug
_ADMIN = frozenset("省市县区")


def registered_name(text: str) -> str:
    """The registered name in the characters before "有限公司", without what leads to it.

    "根据公司与内蒙古某某稀土有限公司" names "内蒙古某某稀土"; a name at the start of its line or
    after punctuation is whole.
    """
    lead = _NAME_LEAD.match(text)
    return text[lead.end() :] if lead else text


def registered_slug(name: str, more: dict[str, str] | None = None) -> str | None:
    """A slug of a company name: its words that translate, and its own words in pinyin.

    The words that translate are found longest first ("湖南", "新材料"); the characters between
    them (the trade name, "鑫磁") are spelt in pinyin, in the name's order, so two companies of
    one city and trade ("包头市金蒙稀土材料", "包头市华星稀土材料") keep two ids. ``more`` adds words for this name (a known company's alias inside it). None when
    fewer than two words are found: a slug of one word would say too little.
    """
    table = {**company_words(), **(more or {})}
    places = company_places()
    longest = max((len(k) for k in table), default=0)
    words: list[str] = []
    own = ""  # the characters since the last word that translates

    def add(word: str) -> None:
        if word and word not in words:
            words.append(word)

    i = 0
    while i < len(name):
        for size in range(min(longest, len(name) - i), 0, -1):
            word = table.get(name[i : i + size])
            if word is not None:
                add("".join(_pinyin()(own)))
                own = ""
                add(word)
                i += size
                if name[i - size : i] in places and name[i : i + 1] in _ADMIN:
                    i += 1  # "包头市": the city, said once
                break
        else:
            own += name[i]
            i += 1
    add("".join(_pinyin()(own)))
    return "_".join(words) if len(words) >= 2 else None


NUM = r"\d+(?:,\d{3})*(?:\.\d+)?"
SCALE = r"[万亿]?"


@cache
def unit_table() -> dict[str, tuple[str, float]]:
    """Unit words -> (unit code, factor)."""
    return {k: (str(v[0]), float(v[1])) for k, v in vocab()["units"].items()}


def _unit_alt() -> str:
    """Any unit word, not followed by a further "/" (a unit we do not know), except "/年".

    The look-ahead covers every word of the alternation; "吨/年" is itself a unit (t/yr).
    """
    return "(?:" + _alt(list(unit_table())) + r")(?!/(?!年))"


@cache
def slots() -> dict[str, str]:
    """The typed-mention slots a rule pattern may name, as regular expressions."""
    quota = [w for q in vocab()["quota"].values() for w in q]
    metric = [
        w
        for m in (
            "revenue",
            "net_profit_attributable",
            "net_profit_attributable_recurring",
            "operating_cash_flow",
            "total_profit",
        )
        for w in words(m)
    ]
    q = rf"{NUM}\s*{SCALE}\s*(?:{_unit_alt()})"
    out = {
        "PROD": _product_alt(list(product_names())),
        "CO": _alt(list(company_names())),
        "NUM": NUM,
        "Q": q,
        # a quantity, or a bare number that a list's stated unit completes
        "QN": rf"{q}|[+\-]?{NUM}(?![\d%万亿元吨]|[.,]\d)",
        "QR": rf"{NUM}\s*{SCALE}\s*(?:{_unit_alt()})?\s*(?:[-~至到—]|－)\s*{q}",
        # a price with its unit first, as Hong Kong and Taiwan papers write it: "每吨人民币19,109元",
        # "每公斤1650元人民币", "每吨46万元"
        "QU": UNIT_FIRST,
        "PCT": rf"{NUM}\s*%",
        "PCTR": rf"{NUM}\s*%?\s*(?:[-~至到—])\s*{NUM}\s*%",
        "QUOTA": _alt(quota),
        "SECTOR": _alt([w for ws in vocab()["sectors"].values() for w in ws]),
        "DEMAND": _alt([w for ws in vocab()["demand"].values() for w in ws]),
        "METRIC": _alt(metric),
        "SEP": r"[、,，和及与]",
    }
    for section in ("words", "metrics"):
        for cls in vocab()[section]:
            out.setdefault(cls.upper(), _alt(words(cls)))
    return out


_SLOT = re.compile(r"\{([A-Z_]+)(?::(\w+))?\}")


@cache
def compile_pattern(template: str) -> re.Pattern[str]:
    """A rule pattern with its ``{CLASS}`` / ``{CLASS:name}`` slots filled in."""
    table = slots()

    def fill(m: re.Match[str]) -> str:
        body = table[m.group(1)]
        return f"(?P<{m.group(2)}>{body})" if m.group(2) else f"(?:{body})"

    return re.compile(_SLOT.sub(fill, template))


#: A price with its per-unit word first ("每吨人民币19,109元"): per, currency, number, scale.
UNIT_FIRST = (
    rf"每\s*(?:吨|公斤|千克)\s*(?:人民币|美元)?\s*{NUM}\s*万?\s*(?:元|美元)(?:\s*人民币)?(?!/)"
)
_UNIT_FIRST = re.compile(
    rf"每\s*(?P<per>吨|公斤|千克)\s*(?P<pre>人民币|美元)?\s*(?P<n>{NUM})\s*(?P<sc>万?)\s*"
    r"(?P<cur>元|美元)"
)
_Q_PARTS = re.compile(rf"({NUM})\s*([万亿]?)\s*(.*)$", re.S)


def parse_number(num: str, scale: str = "") -> float:
    """A number with its 万/亿 scale ("46.5", "万" -> 465000)."""
    v = float(num.replace(",", ""))
    # rounded to micro-units: 24.385 x 10,000 is 243850.00000000003 in binary floats
    return round(v * {"": 1.0, "万": 1e4, "亿": 1e8}[scale], 6)


__all__ = ["UnitError", "normalise", "parse_quantity"]


def parse_quantity(text: str, default_unit: str | None = None) -> tuple[float, str]:
    """A quantity such as "46.5万元/吨" -> (465000, "CNY/t"); 万元/吨 is never read as 元/吨."""
    first = _UNIT_FIRST.match(text.strip())
    if first is not None:  # "每吨人民币19,109元" is "19,109元/吨"
        cur = "美元" if first.group("pre") == "美元" else first.group("cur")
        text = first.group("n") + first.group("sc") + cur + "/"
        text += "吨" if first.group("per") == "吨" else "公斤"
    m = _Q_PARTS.match(text.strip())
    if m is None:
        raise UnitError(f"not a quantity: {text!r}")
    unit_text = m.group(3).strip() or (default_unit or "")
    if unit_text.startswith(("万", "亿")):  # "1.2 万吨" written apart from its number
        scale, unit_text = unit_text[0], unit_text[1:]
    else:
        scale = m.group(2)
    unit = unit_table().get(unit_text)
    if unit is None:
        raise UnitError(f"unit cannot be read: {text!r}")
    return round(parse_number(m.group(1), scale) * unit[1], 6), unit[0]


def chinese_numeral(text: str) -> float | None:
    """A number written in Chinese numerals ("三千五百" -> 3500), else None."""
    try:
        return float(cn2an.cn2an(text, "smart"))
    except (ValueError, KeyError, TypeError):
        return None
