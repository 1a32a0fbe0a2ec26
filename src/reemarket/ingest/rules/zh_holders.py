"""Whose a Chinese volume is when the company list alone does not say: a company's or the market's.

A story about a company also states the country's totals: "行业数据显示，2024年国内氧化镨钕产量
为…吨" in a report on a producer is China's output, not the producer's. The holder of an output,
sales or capacity figure is the nearest of these before it in its sentence:

- a company named (not the buyer after 向/给): that company;
- a word pointing back to the company ("公司", "集团", its annual report): the company named
  before it in the sentence, else the company the story is about;
- a scope word qualifying a volume ("国内…产量", "全国…产量同比增长…"; in the figure's clause,
  or in an earlier clause that names a volume): China (``中国``, ``国内``...) or the world
  (``全球``, ``世界``);
- a province's or city's word qualifying it ("内蒙古稀土冶炼分离产能", "全市…产量"; not a
  place a plant stands in, "在包头的项目", "江西基地"): that region's (``inner_mongolia``), a
  whole region's word (全市, 全州) the last region the text named ("凉山州…。全州…产量"); no
  fact when the region cannot be named;
- a third party the figure is credited to ("行业数据显示", "据协会统计", "海关数据", "据统计"):
  the market, China's unless the sentence says 全球 or 世界.

With none, it is the company the story is about: a company's own report ("2024年氧化镨钕产量为
2.5万吨" in its results) keeps its figures. The words are the ``scope_*``, ``source_*``,
``self_ref`` and ``volume_word`` classes of ``data/vocab/zh.toml``.
"""

from __future__ import annotations

import re

from reemarket.ingest.rules.zh_base import CLAUSE, Sent, companies_in
from reemarket.ingest.rules.zh_text import company_places, company_words, compile_pattern

_NATIONAL = compile_pattern("{SCOPE_NATIONAL}")
_WORLD = compile_pattern("{SCOPE_WORLD}")
_SCOPE = compile_pattern("{SCOPE_NATIONAL}|{SCOPE_WORLD}")
_REGIONAL = compile_pattern("{SCOPE_REGIONAL}")
_SITE_LEAD = compile_pattern("(?:{SCOPE_SITE_LEAD})$")
_SITE = compile_pattern("{SCOPE_SITE}")
_WHOLE_REGION = compile_pattern("{SCOPE_REGIONAL_WHOLE}")
_UNNAMED = compile_pattern(r"(?:{UNNAMED_COMPANY})[^,，。;；\d]{0,8}?(?:{UNNAMED_COMPANY_NOUN})")
_SOURCE = compile_pattern(
    r"(?:{SOURCE_PARTY})(?:的)?(?:{SOURCE_DATA})"
    r"|(?:{SOURCE_LEAD})[^,，。;；:：]{0,16}?(?:{SOURCE_DATA})"
)
_SOURCE_TAIL = compile_pattern("{SOURCE_TAIL}")
_SELF = compile_pattern("{SELF_REF}")
_VOLUME = compile_pattern("{VOLUME_WORD}")
#: the buyer of a sale ("公司向X销售精矿"): named after 向/给, it holds nothing
_COUNTERPARTY = re.compile(r"[向给]\s*$")


#: the administrative suffix of a place's word ("凉山州", "广西壮族自治区", "赣州市")
_PLACE_SUFFIX = re.compile(r"(?:(?:壮族|回族|维吾尔)?自治区|省|市|州|盟|县)$")


def region_id(word: str) -> str | None:
    """The slug of a province's or city's word ("凉山州" -> "liangshan"), None if unknown."""
    for w in (word, _PLACE_SUFFIX.sub("", word)):
        if w in company_places():
            return company_words()[w]
    return None


def named_region(text: str) -> str | None:
    """The last province or city a sentence names as a place of its own (not in a name)."""
    names = [(c.start, c.end) for c in companies_in(text)]
    found = [
        region_id(m.group())
        for m in _REGIONAL.finditer(text)
        if not _inside(m.start(), names) and _WHOLE_REGION.fullmatch(m.group()) is None
    ]
    return next((r for r in reversed(found) if r is not None), None)


def _region_of(s: Sent, m: re.Match[str], names: list[tuple[int, int]]) -> str | None:
    """Which region a regional word scoping a volume is.

    Its own, or for a whole region's word (全州, 本市) the last one named before it in the
    sentence, else in the text.
    """
    if _WHOLE_REGION.fullmatch(m.group()) is None:
        return region_id(m.group())
    before = [
        region_id(r.group())
        for r in _REGIONAL.finditer(s.text, 0, m.start())
        if not _inside(r.start(), names)
    ]
    return next((r for r in reversed(before) if r is not None), s.ctx.region)


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


def _clause_end(text: str, at: int) -> int:
    m = CLAUSE.search(text, at)
    return m.start() if m else len(text)


def _market(s: Sent, names: list[tuple[int, int]]) -> str:
    """The market a figure credited to a third party is of: the world's, or China's."""
    for m in _WORLD.finditer(s.text):
        if not _inside(m.start(), names):
            return "global"
    return "china"


def _regions(s: Sent, at: int, names: list[tuple[int, int]]) -> list[tuple[int, str | None]]:
    """Where a province's or city's word scopes the volume at ``at`` ("内蒙古…产能"), and whose.

    Not a place inside a name, a place a plant stands in ("在包头的…项目", "于江西…"), or one
    followed by a site before the figure ("江西基地产能", "内蒙古子公司产量"; a whole region's
    word keeps its scope over its firms, "全市规上企业…产量"); a place in an
    earlier clause counts only when its clause names a volume, as a country's word does, or
    when it is a whole region's ("全市…，…产量"). A company left unnamed in the figure's clause
    ("另有一家…企业计划建设…项目") holds it too: no one the format can name.
    """
    text = s.text
    lo = s.clause_start(at)
    out: list[tuple[int, str | None]] = []
    for m in _REGIONAL.finditer(text, 0, at):
        if _inside(m.start(), names) or _SITE_LEAD.search(text, max(0, m.start() - 2), m.start()):
            continue
        end = _clause_end(text, m.end())
        whole = _WHOLE_REGION.fullmatch(m.group()) is not None
        if not whole and _SITE.search(text, m.end(), min(at, end)):
            continue  # "江西基地产能"; but "全市规模以上企业…产量" is still the whole city's
        if m.start() < lo and not whole and not _VOLUME.search(text, m.end(), end):
            continue  # "全市…" scopes the sentence; a province named in passing does not
        out.append((m.start(), _region_of(s, m, names)))
    # "另有一家长三角磁材企业计划…项目": a company left unnamed, in the figure's clause
    out += [
        (u.start(), None) for u in _UNNAMED.finditer(text, lo, at) if not _inside(u.start(), names)
    ]
    return out


def holder(s: Sent, at: int, fallback: str | None = None) -> str | None:
    """The holder of the volume at ``at``: a company, ``china``, ``global``, else ``fallback``.

    A province's or city's word scoping it (``scope_regional``: "内蒙古…产能") makes it that
    region's (its slug), None when the region cannot be named or a company is left unnamed.

    ``fallback`` (the story's company when not given) holds a figure the sentence says nothing
    of: no company, scope word, cited source or pointer back to the company.
    """
    text = s.text
    names = [(c.start, c.end) for c in s.companies]
    marks: list[tuple[int, str, str | None]] = []
    for c in s.companies:
        if c.end <= at and not _COUNTERPARTY.search(text[max(0, c.start - 2) : c.start]):
            marks.append((c.start, "company", c.id))
    sources = [
        (m.start(), m.end())
        for m in _SOURCE.finditer(text, 0, at)
        if not _SELF.search(m.group()) and not _inside(m.start(), names)
    ]
    marks += [(a, "source", None) for a, _b in sources]
    # a name's own word ("北方稀土公司", "北方稀土集团") is the name, not a pointer back
    glued = [(a, b + 1) for a, b in names]
    selfs = [
        (m.start(), m.end())
        for m in _SELF.finditer(text, 0, at)
        if not _inside(m.start(), sources + glued)
    ]
    marks += [(a, "self", None) for a, _b in selfs]
    lo = s.clause_start(at)
    for m in _SCOPE.finditer(text, 0, at):
        if _inside(m.start(), glued + [(a, b + 1) for a, b in selfs]):
            continue  # "中国北方稀土", "公司国内销量": a name, or the company's own market
        if m.start() < lo and not _VOLUME.search(text, m.end(), _clause_end(text, m.end())):
            continue  # "公司是国内龙头，…": no volume of the country's named
        kind = "global" if _WORLD.fullmatch(m.group()) else "china"
        marks.append((m.start(), "scope", kind))
    marks += [(a, "scope", r) for a, r in _regions(s, at, glued + selfs)]
    if not marks:
        if _SOURCE_TAIL.search(text, at):
            return _market(s, names)  # "…9.5万吨（数据来源：…）"
        return s.ctx.company if fallback is None else fallback
    pos, kind, value = max(marks, key=lambda k: k[0])
    if kind == "company" or kind == "scope":
        return value
    if kind == "source":
        return _market(s, names)
    named = [v for p, k, v in marks if k == "company" and p < pos]
    # "公司" naming no company before it in the sentence: the one the paragraph opened on
    return named[-1] if named else (s.ctx.para_company or s.ctx.company)
