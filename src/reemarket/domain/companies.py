"""Company profiles: names in English and Chinese, listings, currency and fiscal year.

The profiles are read from the bundled ``data/companies.toml`` (the same file the
extractor reads its company names from). ``find_company`` accepts an id, a name, an
alias or a ticker, compared ignoring case, spaces and punctuation; an unknown name is a
``NotFoundError`` naming the closest known names.

Fiscal years: a company whose year ends on 30 June (Lynas) calls July to September
2024 "Q1 FY25" and October to December 2024 "the December quarter", Q2 FY25.
``fiscal_label`` names a calendar period the company's way.
"""

from __future__ import annotations

import difflib
import tomllib
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources

from reemarket.domain.products import name_key
from reemarket.errors import NotFoundError


@dataclass(frozen=True)
class Listing:
    """A stock listing: exchange, ticker and where the code was checked."""

    exchange: str
    ticker: str
    source: str


@dataclass(frozen=True)
class CompanyProfile:
    """A company as the tracker knows it."""

    id: str
    name: str
    name_zh: str | None
    aliases: tuple[str, ...]
    listings: tuple[Listing, ...]
    currency: str | None
    fiscal_year_end: tuple[int, int]
    reporting: str | None
    fact_entities: tuple[str, ...]

    @property
    def entities(self) -> tuple[str, ...]:
        """Every fact entity slug that is this company."""
        return (self.id, *self.fact_entities)

    @property
    def tickers(self) -> tuple[str, ...]:
        """The company's tickers."""
        return tuple(x.ticker for x in self.listings)


def _fiscal_end(text: object, cid: str) -> tuple[int, int]:
    raw = str(text or "12-31")
    try:
        month, day = (int(x) for x in raw.split("-"))
        date(2001, month, day)
    except ValueError as exc:
        raise ValueError(f"companies.toml: {cid}: fiscal_year_end {raw!r} is not MM-DD") from exc
    return month, day


def _profile(c: dict[str, object]) -> CompanyProfile:
    cid = str(c["id"])
    raw_listings = c.get("listings", [])
    listings = tuple(
        Listing(str(x["exchange"]), str(x["ticker"]), str(x["source"]))
        for x in (raw_listings if isinstance(raw_listings, list) else [])
    )
    aliases = c.get("aliases", [])
    extra = c.get("fact_entities", [])
    return CompanyProfile(
        id=cid,
        name=str(c["name"]),
        name_zh=str(c["name_zh"]) if c.get("name_zh") else None,
        aliases=tuple(str(a) for a in (aliases if isinstance(aliases, list) else [])),
        listings=listings,
        currency=str(c["currency"]) if c.get("currency") else None,
        fiscal_year_end=_fiscal_end(c.get("fiscal_year_end"), cid),
        reporting=str(c["reporting"]) if c.get("reporting") else None,
        fact_entities=tuple(str(e) for e in (extra if isinstance(extra, list) else [])),
    )


@cache
def profiles() -> tuple[CompanyProfile, ...]:
    """Every bundled company profile, in file order."""
    raw = resources.files("reemarket.data").joinpath("companies.toml").read_text("utf-8")
    return tuple(_profile(c) for c in tomllib.loads(raw)["company"])


def _names(p: CompanyProfile) -> list[str]:
    return [p.id, p.name, *([p.name_zh] if p.name_zh else []), *p.aliases, *p.tickers]


@cache
def _index() -> dict[str, CompanyProfile]:
    out: dict[str, CompanyProfile] = {}
    for p in profiles():
        for n in _names(p):
            out.setdefault(name_key(n), p)
    return out


def find_company(name: str) -> CompanyProfile:
    """The company called ``name`` (id, name, alias or ticker).

    Raises:
        NotFoundError: no company has that name; the message lists the closest names.

    """
    key = name_key(name)
    found = _index().get(key) if key else None
    if found is not None:
        return found
    bare = name_key(name.split(".")[0])
    for p in profiles():  # a ticker given without or with another exchange suffix
        if bare and any(name_key(t.split(".")[0]) == bare for t in p.tickers):
            return p
    raise NotFoundError(
        f"no company {name!r}; closest: {', '.join(closest_names(name)) or 'none'}",
        field="company",
    )


def closest_names(name: str, n: int = 5) -> list[str]:
    """The known company names closest to ``name`` (one per company)."""
    key = name_key(name)
    scored: dict[str, tuple[float, str]] = {}
    names = {p.id: p.name for p in profiles()}
    for p in profiles():
        for alias in _names(p):
            k = name_key(alias)
            if not k:
                continue
            score = difflib.SequenceMatcher(None, key, k).ratio()
            if key and (key in k or k in key):
                score += 0.5
            best = scored.get(p.id)
            if best is None or score > best[0]:
                scored[p.id] = (score, alias)
    ranked = sorted(scored.items(), key=lambda kv: -kv[1][0])
    return [f"{names[cid]} ({cid})" for cid, (score, _) in ranked[:n] if score > 0.45]


def fiscal_year_of(p: CompanyProfile, day: date) -> int:
    """The fiscal year (named by the calendar year it ends in) that ``day`` falls in."""
    month, dom = p.fiscal_year_end
    return day.year if (day.month, day.day) <= (month, dom) else day.year + 1


def fiscal_label(p: CompanyProfile, start: date, end: date) -> str | None:
    """The company's own name for a calendar span (``Q2 FY25``), or None if it has none.

    Calendar-year companies name nothing differently, so the answer is None for them.
    """
    month, _ = p.fiscal_year_end
    if month == 12:
        return None
    fy = fiscal_year_of(p, end)
    first_month = month % 12 + 1  # the month the fiscal year starts
    offset = (start.month - first_month) % 12
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    short = f"FY{fy % 100:02d}"
    if fiscal_year_of(p, start) != fy:
        return None
    if months == 12 and offset == 0:
        return short
    if months == 6 and offset in (0, 6):
        return f"H{offset // 6 + 1} {short}"
    if months == 3 and offset % 3 == 0:
        return f"Q{offset // 3 + 1} {short}"
    if months <= 12 and offset == 0:
        return f"{months} months to {end:%B %Y}, {short}"
    return None
