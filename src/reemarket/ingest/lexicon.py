"""Names the extractor recognises: products, companies, markets, sectors, countries, quota types.

Products come from the catalog (``reemarket.domain.products``) and are matched on a
compressed form of the text (letters and digits only, lower case), so ``Pr-Nd``,
``Pr‑Nd``, ``PrNd`` and ``Pr/Nd`` are one name; a match must start and end on a word
boundary of the original text. Companies come from ``data/companies.toml`` plus a
generic rule for capitalised names ending in Co., Ltd., Group, Inc. and the like.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from itertools import accumulate
from typing import NamedTuple

from reemarket.domain.products import catalog, name_key
from reemarket.ingest import vocab
from reemarket.ingest.fastre import WordAlternation, compile_ci, lower, trie_pattern
from reemarket.ingest.startwords import Prechecked


class Mention(NamedTuple):
    """A recognised name in a sentence: its span, type and canonical id."""

    start: int
    end: int
    type: str
    id: str


# ---------------------------------------------------------------- products


@cache
def _product_index() -> tuple[dict[str, list[str]], dict[str, str]]:
    names = catalog().names()
    by2: dict[str, list[str]] = {}
    for key in names:
        if len(key) >= 2:
            by2.setdefault(key[:2], []).append(key)
    for keys in by2.values():
        keys.sort(key=len, reverse=True)
    return by2, names


_RUN = re.compile(r"[^\W_]+")
_NON_ASCII_WORD = re.compile(r"[^\W\x00-\x7f]")
_NOT_ALNUM = re.compile(r"[^a-zA-Z0-9]+")
_ASCII_SEP = "[^a-zA-Z0-9]*"


@cache
def _product_regex() -> re.Pattern[str]:
    """The ASCII product names as one trie regex, for text whose word characters are ASCII.

    Each name's characters may be split by any run of non-alphanumerics (the compressed
    text of ``find_products``); a match starts and ends on a word boundary. Where names
    share a path the longer is tried first, so the leftmost match is the longest name,
    as in the word-by-word loop.
    """
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for key in _product_index()[1]:
        if len(key) >= 2 and key.isascii():
            node = root
            for ch in key:
                node = node.setdefault(ch, {})
            node[""] = {}

    def emit(node: dict[str, dict], head: bool) -> str:  # type: ignore[type-arg]
        branches = [
            re.escape(ch) + ("(?<![a-zA-Z0-9].)" if head else "") + emit(child, False)
            for ch, child in sorted(node.items())
            if ch
        ]
        if not branches:
            return "(?![a-zA-Z0-9])"
        body = "(?:" + "|".join(branches) + ")"
        if head:
            return body
        body = _ASCII_SEP + body
        return f"(?:{body}|(?![a-zA-Z0-9]))" if "" in node else body

    # The word-start and first-character checks every branch makes, made once in front:
    # ``re`` then skips a position inside a word without entering the trie (same matches).
    firsts = "".join(re.escape(ch) for ch in sorted(root))
    return re.compile(rf"(?<![a-zA-Z0-9])(?=[{firsts}])" + emit(root, True))


@lru_cache(maxsize=4096)
def _product_id(matched: str) -> str:
    """The product id of a name matched by ``_product_regex``."""
    return _product_index()[1][_NOT_ALNUM.sub("", matched)]


#: A press release's defined short name in brackets: 'dysprosium ("Dy") oxide'.
_DEFINED = re.compile(r"\(\s*[\"“][a-z]{1,5}[\"”]\s*\)")
#: How far into a text :func:`product_leads` looks for a product name's start.
LEAD_WITHIN = 4


@cache
def _leading_product_regex() -> re.Pattern[str]:
    """``_product_regex`` at one of the first ``LEAD_WITHIN + 1`` positions, the earliest first.

    The lazy run in front tries the positions in order, so a match is the leftmost name
    of ``finditer`` whenever that one starts there (the trie's lookbehinds see the
    characters before the position, as in a scan).
    """
    return re.compile(rf"[\s\S]{{0,{LEAD_WITHIN}}}?(?:{_product_regex().pattern})")


def product_leads(text: str, low: str | None = None) -> bool:
    """Whether the first product name of ``find_products`` can start within ``LEAD_WITHIN``.

    Exact for text whose word characters are ASCII (one anchored match instead of a scan
    of the whole text); True for other text, which only :func:`find_products` reads.
    """
    low = lower(text) if low is None else low
    if '("' in low or "(“" in low:  # as find_products: a defined short name is skipped
        low = _DEFINED.sub(lambda m: " " * len(m.group()), low)
    if low.isascii() or _NON_ASCII_WORD.search(low) is None:
        return _leading_product_regex().match(low) is not None
    return True


#: The text :func:`find_products` read last and the names it found there.
_last_products: tuple[str, list[Mention]] = ("", [])


def find_products(text: str, low: str | None = None) -> list[Mention]:
    """Every product name in ``text``, longest first, starting and ending on word boundaries.

    Names are compared on the compressed text (letters and digits only, lower case), so
    ``Pr-Nd``, ``PrNd`` and ``Pr/Nd`` are one name. ``low``, when given, is ``lower(text)``.
    The rules of a figure-less sentence ask for its products one after another: the names
    found in the same string object as the last call are given again (a copy), not sought
    again.
    """
    global _last_products
    last = _last_products
    if last[0] is text:
        return list(last[1])
    found = _find_products(text, low)
    _last_products = (text, found)
    return list(found)


def _find_products(text: str, low: str | None) -> list[Mention]:
    """:func:`find_products` without its memory of the last text."""
    low = lower(text) if low is None else low
    if '("' in low or "(“" in low:  # a defined short name inside a product name is skipped
        low = _DEFINED.sub(lambda m: " " * len(m.group()), low)
    if low.isascii() or _NON_ASCII_WORD.search(low) is None:
        # every word character is ASCII: one regex scan gives what the loop below would
        found = [
            Mention(a, b, "product", _product_id(low[a:b]))
            for a, b in _finditer_spans(low, _product_regex())
        ]
        if "%" in low:
            found = _graded_elements(found, low)
        return _coordinated(found, low) if "&" in low else found
    by2, names = _product_index()
    spans = [m.span() for m in _RUN.finditer(low)]
    if not spans:
        return []
    parts = [low[a:b] for a, b in spans]
    comp = "".join(parts)
    if not comp.isascii():
        comp = comp.casefold()
        if len(comp) != sum(map(len, parts)):
            return []
    offs = list(accumulate(map(len, parts), initial=0))
    end_run = {offs[k + 1]: k for k in range(len(spans))}
    out: list[Mention] = []
    pos = 0
    for k, s in enumerate(offs[:-1]):
        if s < pos:
            continue
        cands = by2.get(comp[s : s + 2])
        if not cands:
            continue
        for key in cands:
            e = s + len(key)
            last = end_run.get(e)
            if last is not None and comp.startswith(key, s):
                out.append(Mention(spans[k][0], spans[last][1], "product", names[key]))
                pos = e
                break
    return _graded_elements(out, low) if "%" in low else out


#: The elements whose bare name or symbol a price sheet labels with a purity.
_GRADED_NAMES = {
    "nd": "neodymium", "pr": "praseodymium", "la": "lanthanum", "ce": "cerium",
    "dy": "dysprosium", "tb": "terbium", "sm": "samarium", "gd": "gadolinium",
    "ho": "holmium", "eu": "europium", "er": "erbium", "lu": "lutetium",
    "yttrium": "yttrium",
}  # fmt: skip
#: An element's bare name or symbol followed by its purity, bracketed or not ("Neodymium
#: 99.5%", "Ce 99% min", "neodymium (99.5% min, FOB China)"): a grade is told of the oxide
#: an export or spot sheet quotes by the element, as "neodymium prices" name it.
_GRADED_ELEMENT = re.compile(
    r"(?<![a-z0-9\-/])(?P<el>"
    + "|".join(sorted({*_GRADED_NAMES, *_GRADED_NAMES.values()}, key=len, reverse=True))
    + r")\s*\(?\s*9\d(?:\.\d+)?\s*%"
)


def _graded_elements(found: list[Mention], low: str) -> list[Mention]:
    """``found`` with each bare element named by its purity added, as its catalog oxide.

    "Neodymium 99.5%  67.87" in a KOMIS-style sheet is neodymium oxide: the catalog reads
    "<element> prices" as the oxide, and a purity names a traded grade, never the element
    in the abstract. A name already inside a product ("neodymium oxide 99.5%") is left, and
    so is one inside brackets, a note listing the grades of the products it covers.
    """
    names = _product_index()[1]
    added: list[Mention] = []
    for m in _GRADED_ELEMENT.finditer(low):
        a, b = m.span("el")
        if any(f.start <= a < f.end or a <= f.start < b for f in found):
            continue
        if low.count("(", 0, a) > low.count(")", 0, a):
            continue  # "99.5% min (Ce 99.95%, La 99.99%)": a basis note's grades, no label
        pid = names.get(_GRADED_NAMES.get(m.group("el"), m.group("el")) + "prices")
        if pid is not None:
            added.append(Mention(a, b, "product", pid))
    return sorted([*found, *added], key=lambda f: f.start) if added else found


#: Two elements sharing one form word across an ampersand: "La & Ce oxide", "Dy & Tb metal".
_AMPERSAND = re.compile(r"^([a-z]+)\s*&\s*([a-z]+)\s+([a-z]+)$")


def _coordinated(found: list[Mention], low: str) -> list[Mention]:
    """Split a name read across "&" into its two products ("La & Ce oxide": La oxide, Ce oxide).

    "La & Ce oxide flat at 4.0k and 11.2k" quotes two oxides; the compressed name would
    otherwise read as the mixed lanthanum-cerium oxide. Kept whole when either half is
    no product of the catalog.
    """
    names = _product_index()[1]
    out: list[Mention] = []
    for m in found:
        text = low[m.start : m.end]
        split = _AMPERSAND.match(text)
        first = split and names.get(split.group(1) + split.group(3))
        second = split and names.get(split.group(2) + split.group(3))
        if split and first and second:
            out.append(Mention(m.start, m.start + split.end(1), "product", first))
            out.append(Mention(m.start + split.start(2), m.end, "product", second))
            continue
        # "Sm & Eu oxide": the element before the ampersand shares the name's form word
        lead = _LEAD_AMPERSAND.search(low, max(0, m.start - 20), m.start)
        form = text.rsplit(None, 1)[-1] if " " in text else ""
        own = lead and form and names.get(lead.group(1) + form)
        if lead and own and not (out and out[-1].end > lead.start()):
            out.append(Mention(lead.start(1), lead.end(1), "product", own))
        out.append(m)
    return out


#: An element and an ampersand right before a product name ("Sm & " of "Sm & Eu oxide").
_LEAD_AMPERSAND = re.compile(r"(?<![a-z0-9])([a-z]+)\s*&\s*$")


# ---------------------------------------------------------------- companies


@dataclass(frozen=True)
class Company:
    """A company of the bundled list."""

    id: str
    name: str
    aliases: tuple[str, ...]


@cache
def companies() -> tuple[Company, ...]:
    """The bundled companies with their aliases."""
    raw = resources.files("reemarket.data").joinpath("companies.toml").read_text("utf-8")
    return tuple(
        Company(str(c["id"]), str(c["name"]), tuple(str(a) for a in c.get("aliases", [])))
        for c in tomllib.loads(raw)["company"]
    )


_SUFFIX_WORDS = re.compile(
    r"\b(co|ltd|inc|corp|corporation|group|limited|company|high[- ]?tech|holdings?|plc|llc|"
    r"gmbh|ag|sa)\b\.?",
    re.IGNORECASE,
)


def company_slug(name: str) -> str:
    """The entity slug of a company name: known alias to its id, else a lower-case slug."""
    bare = re.sub(r"\([^)]*\)", " ", name)
    bare = _SUFFIX_WORDS.sub(" ", bare)
    key = name_key(bare)
    known = _alias_keys().get(key) or _alias_keys().get(name_key(name))
    if known:
        return known
    return re.sub(r"[^a-z0-9]+", "_", bare.lower()).strip("_")


@cache
def _alias_keys() -> dict[str, str]:
    out: dict[str, str] = {}
    for c in companies():
        for alias in (c.id, c.name, *c.aliases):
            out.setdefault(name_key(alias), c.id)
            bare = _SUFFIX_WORDS.sub(" ", re.sub(r"\([^)]*\)", " ", alias))
            out.setdefault(name_key(bare), c.id)
    return out


@cache
def _alias_pattern() -> tuple[re.Pattern[str], re.Pattern[str]]:
    loose: list[str] = []
    strict: list[str] = []
    for c in companies():
        for alias in c.aliases:
            if len(alias) <= 4 and alias.isupper():
                strict.append(alias)
            else:
                loose.append(lower(alias))
    # ASCII names need word boundaries; Chinese names may touch digits ("北方稀土2024年")
    head = r"(?<![A-Za-z])(?:(?<![0-9])|(?=[^\x00-\x7f]))"
    tail = r"(?:(?<=[^\x00-\x7f])|(?![0-9]))(?![A-Za-z])"
    # Faster, same matches: the digit check of ``head`` is made after a name's first
    # character (a lookbehind over it and the character before), where that character is
    # known. The strict names start with rare capitals, so their regex starts with them
    # and ``re`` skips to where one stands instead of trying every position; for the loose
    # names (common first letters) a letter lookbehind and a first-character check first.
    try:
        loose_trie, firsts = _by_first_character(loose, "(?<![0-9].)", "")
        strict_trie, _ = _by_first_character(strict, "(?<![A-Za-z0-9].)", "(?<![A-Za-z].)")
    except ValueError:  # an empty name or one starting with a space or hyphen
        lp = re.compile(head + "(?:" + trie_pattern(loose) + ")" + tail)
        sp = re.compile(head + "(?:" + trie_pattern(strict) + ")" + tail)
        return lp, sp
    lp = re.compile(rf"(?<![A-Za-z])(?=[{firsts}])" + loose_trie + tail)
    sp = re.compile(strict_trie + tail)
    return lp, sp


def _by_first_character(words: list[str], ascii_guard: str, other_guard: str) -> tuple[str, str]:
    """``trie_pattern(words)`` with a guard right after each word's first character.

    The alternatives stay those of the trie, in the same order; ``ascii_guard`` follows
    an ASCII first character and ``other_guard`` any other. Also returns the first
    characters, escaped for a character class. Raises ValueError where that cannot be.
    """
    by_first: dict[str, list[str]] = {}
    for word in words:
        bare = word.strip()
        if not bare or not bare[0].isalnum():
            raise ValueError(f"cannot guard {word!r}")
        by_first.setdefault(bare[0], []).append(word)
    if not by_first:
        raise ValueError("no words")
    branches = []
    for first in sorted(by_first):
        sub = trie_pattern(by_first[first])
        lead = re.escape(first)
        if not sub.startswith(lead):
            raise ValueError(f"cannot guard {first!r}")
        guard = ascii_guard if first.isascii() else other_guard
        branches.append(lead + guard + sub[len(lead) :])
    return "(?:" + "|".join(branches) + ")", "".join(re.escape(ch) for ch in sorted(by_first))


_CAP = r"(?:[A-Z][\w&’'\-]*|\([A-Z][\w ]+\))"
#: A name starts at a word's start: "eVAC Magnetics" (or "e-VAC ...") is no "VAC Magnetics".
_GENERIC = re.compile(
    rf"(?<![A-Za-z0-9-]){_CAP}(?:[ ](?:{_CAP}|of|and|&))*,?[ ]+"
    r"(?:Co\.,?[ ]?Ltd\.?|Co\.|Company|Corp(?:oration)?\.?|Inc\.?|Ltd\.?|Limited|Group|"
    r"Holdings|PLC|plc|GmbH|LLC|AG)(?![\w])"
)
_SUFFIX_ANY = re.compile(r"Co\.|Company|Corp|Inc|Ltd|Limited|Group|Holdings|PLC|plc|GmbH|LLC|AG")
_SUFFIXES = (
    "Co.",
    "Company",
    "Corp",
    "Inc",
    "Ltd",
    "Limited",
    "Group",
    "Holdings",
    "PLC",
    "plc",
    "GmbH",
    "LLC",
    "AG",
)
_LEAD_WORDS = re.compile(
    r"^(?:(?:In|On|At|The|According|To|By|For|From|With|While|And|Its|Their|As|After|Before|"
    r"Both|Meanwhile|Also|Then|Since|Under|Among|Of|A|An|This|That|These|Company|Regarding|"
    # "Peer China Rare Earth Resources & Technology Co. reported": a description, no name
    r"Peer|Rival|Competitor|Smaller|Larger|Fellow|"
    # "Shares of MP Materials", "Stock in Lynas": the company, not its shares
    r"(?:Shares|Stocks?)(?:\s+(?:of|in))?)\s+)+"
)
_NOT_COMPANY = {"the company", "company", "the group", "group"}
#: Words that end many company names without a legal suffix ("Noveon Magnetics").
_INDUSTRY_WORDS = (
    "Magnetics", "Materials", "Elements", "Resources", "Metals", "Minerals", "Mining",
    "Technologies", "Technology",
)  # fmt: skip
_INDUSTRY = re.compile(
    rf"(?<![A-Za-z0-9-]){_CAP}(?:[ ](?:{_CAP}|of|and|&))*[ ]+(?:{'|'.join(_INDUSTRY_WORDS)})(?![\w])"
)
#: Capitalised words that alone do not make a company name ("Rare Earth Metals").
_GENERIC_WORDS = {
    "rare", "earth", "earths", "heavy", "light", "magnetic", "advanced", "permanent", "critical",
    "strategic", "battery", "new", "energy", "global", "chinese", "china's", "us", "u.s.",
    "western", "the", "of", "and", "&", "ndfeb", "ndpr", "high-performance", "high",
}  # fmt: skip


#: A region that with one industry word names a sector, not a company ("China Materials",
#: "Asia Metals"); "China Rare Earth Resources" has words of its own.
_REGION_WORDS = {"china", "asia", "asian", "japan", "korea", "india", "europe", "european"}


def find_companies(text: str, low: str | None = None) -> list[Mention]:
    """Company mentions: generic names with a legal suffix, and every known alias."""
    found: list[Mention] = []
    for m in _GENERIC.finditer(text) if _SUFFIX_ANY.search(text) else ():
        s = m.start()
        lead = _LEAD_WORDS.match(m.group(0))
        if lead:
            s += lead.end()
        name = text[s : m.end()]
        if name.lower() in _NOT_COMPANY or len(name) < 4:
            continue
        found.append(Mention(s, m.end(), "company", company_slug(name)))
    if any(w in text for w in _INDUSTRY_WORDS):
        found += _industry_names(text, found)
    loose, strict = _alias_pattern()
    low = lower(text) if low is None else low
    if _UPPER_SUFFIX.search(text):
        found += _letterhead_names(text, low, found, loose)
    spans = _finditer_spans(low, loose) + [m.span() for m in strict.finditer(text)]
    for a, b in spans:
        if any(f.start <= a < f.end for f in found):
            continue
        found.append(Mention(a, b, "company", company_slug(text[a:b])))
    found.sort(key=lambda x: x.start)
    return found


#: Leading look-behinds that no character of a class comes before, each with the class of
#: the characters that may: "(?<![A-Za-z])" (no letter before) and "[^A-Za-z]" (one that is
#: no letter).
_NOT_BEFORE_CLASS = (("(?<![A-Za-z])", "[^A-Za-z]"), ("(?<![a-zA-Z0-9])", "[^a-zA-Z0-9]"))


@cache
def _after_other(pattern: str, flags: int) -> re.Pattern[str] | None:
    """A pattern with its leading look-behind turned into the character it tests.

    Led by a class, which ``re`` skips to, instead of a look-behind tried at every
    character. None if ``pattern`` does not start with one of :data:`_NOT_BEFORE_CLASS`.
    Cached by the pattern's source, not the compiled pattern: hashing an ``re.Pattern``
    hashes all its compiled code, on every look-up (over 300 microseconds for the product
    trie), while a string keeps its hash.
    """
    for behind, other in _NOT_BEFORE_CLASS:
        if pattern.startswith(behind):
            return re.compile(other + pattern[len(behind) :], flags)
    return None


def _finditer_spans(low: str, loose: re.Pattern[str]) -> list[tuple[int, int]]:
    """The spans ``loose.finditer(low)`` gives, found with :func:`_after_other`.

    A match of ``loose`` at ``p > 0`` is a match of the other pattern at ``p - 1`` (the
    character it reads there is the one the look-behind tested), so after a match ending
    at ``e`` the search goes on from ``e - 1``, as ``finditer`` goes on from ``e``.
    """
    fast = _after_other(loose.pattern, loose.flags)
    if fast is None:
        return [m.span() for m in loose.finditer(low)]
    out: list[tuple[int, int]] = []
    pos = 0
    m = loose.match(low)
    if m is not None:
        out.append(m.span())
        pos = m.end() - 1
    while (m := fast.search(low, pos)) is not None:
        out.append((m.start() + 1, m.end()))
        pos = m.end() - 1
    return out


#: A legal suffix in capitals ("CO., LTD.", "LIMITED"): a letterhead may name a company.
_UPPER_SUFFIX = Prechecked(re.compile(r"\b(?:CO\.|LTD\b|LIMITED\b|INC\b|CORP\b|CORPORATION\b)"))
#: A company name written in capitals, as on a letterhead: "JIANGXI HUAXIN RARE EARTH IMP. &
#: EXP. CO., LTD." (abbreviated words with a full stop included).
_UPPER_NAME = re.compile(
    r"(?<![\w.&])[A-Z][A-Z'\-]*\.?(?:[ ]+(?:[A-Z][A-Z'\-]*\.?|&))*,?[ ]+"
    r"(?:CO\.,?[ ]?LTD\.?|CO\.|CORP(?:ORATION)?\.?|INC\.?|LTD\.?|LIMITED)(?![\w])"
)


def _letterhead_names(
    text: str, low: str, found: list[Mention], aliases: re.Pattern[str]
) -> list[Mention]:
    """Company names written in capitals, unless a known alias is in them (the alias names it)."""
    out: list[Mention] = []
    for m in _UPPER_NAME.finditer(text):
        if any(f.start < m.end() and m.start() < f.end for f in found):
            continue
        if aliases.search(low, m.start(), m.end()) is not None:
            continue  # "LYNAS RARE EARTHS LIMITED": the alias loop files it under its own id
        if len(m.group(0).split()) < 3:
            continue  # "ABC LTD": too short to tell from a heading word
        out.append(Mention(m.start(), m.end(), "company", company_slug(m.group(0))))
    return out


def _industry_names(text: str, found: list[Mention]) -> list[Mention]:
    """Names ending in an industry word ("Vulcan Elements", "Aclara Resources") not found yet.

    A name whose other words are all generic ("Rare Earth Metals") is not a company.
    """
    out: list[Mention] = []
    for m in _INDUSTRY.finditer(text):
        s = m.start()
        lead = _LEAD_WORDS.match(m.group(0))
        if lead:
            s += lead.end()
        words = text[s : m.end()].split()[:-1]
        if not words or all(w.lower() in _GENERIC_WORDS for w in words):
            continue
        if len(words) == 1 and words[0].lower() in _REGION_WORDS:
            continue  # "BOCI Research | China Materials": a broker's coverage sector
        if any(f.start < m.end() and s < f.end for f in found):
            continue
        out.append(Mention(s, m.end(), "company", company_slug(text[s : m.end()])))
    return out


#: Other commodities reported beside rare earths ("antimony exports", "cobalt prices").
OTHER_COMMODITY = re.compile(
    r"\b(?:antimony|gallium|germanium|graphite|tungsten|lithium|cobalt|nickel|copper|"
    r"molybdenum|indium|bismuth|tin|zinc|iron ore|coal|steel|aluminium|aluminum|"
    r"zircon(?:ium)?|titanium|ilmenite|rutile|uranium|fluorspar|vanadium|magnesium|silicon|"
    r"manganese|chromium|tantalum|niobium|gold|silver|platinum|palladium)\b",
    re.I,
)


# ---------------------------------------------------------------- markets and others

#: Market names (data/vocab/en.toml, [[market]]) as (pattern, market) pairs.
_MARKETS: list[tuple[str, str]] = [(pattern, key) for key, pattern in vocab.ordered("market")]
#: Market names as whole words, the earliest spelling of the list winning at a place.
MARKET_WORDS = WordAlternation([(key, pattern) for pattern, key in _MARKETS])


def find_markets(
    text: str, low: str | None = None, starts: list[int] | None = None
) -> list[Mention]:
    """Market mentions (fob_china, cif_rotterdam, europe, china); the leftmost name wins.

    ``starts`` are the word starts of ``low`` (:func:`word_starts`), when already known.
    """
    low = lower(text) if low is None else low
    return in_warehouse(
        low, [Mention(a, b, "market", key) for a, b, key in MARKET_WORDS.find(low, starts)]
    )


#: A warehouse named beside a port: "Dy oxide in Rotterdam was $800-850/kg in warehouse".
_WAREHOUSE = re.compile(r"\bwarehouses?\b")
#: Where a clause ends, for the warehouse's reach.
_CLAUSE_CUT = re.compile(r"[;.](?!\d)|\bwhile\b|\bwhereas\b|,\s*but\b")


def in_warehouse(low: str, markets: list[Mention]) -> list[Mention]:
    """Bare "Rotterdam" is the in-warehouse (``europe``) price when its clause names a warehouse.

    "in Rotterdam" alone is the CIF assessment (en.toml); "Dysprosium oxide in Rotterdam
    was $800-850/kg in warehouse", "Rotterdam warehouse prices" are the duty-unpaid
    European quote. A written basis ("cif Rotterdam") stays what it says. ``low`` is the
    lower-cased text the mentions point into.
    """
    if "warehouse" not in low or not any(m.id == "cif_rotterdam" for m in markets):
        return markets
    out = []
    for m in markets:
        if m.id == "cif_rotterdam" and low.startswith("rotterdam", m.start):
            cuts = [c.end() for c in _CLAUSE_CUT.finditer(low)]
            lo = max((c for c in cuts if c <= m.start), default=0)
            hi = min((c for c in cuts if c > m.end), default=len(low))
            if _WAREHOUSE.search(low, lo, hi):
                m = Mention(m.start, m.end, "market", "europe")
        out.append(m)
    return out


#: End-use sectors (data/vocab/en.toml, [[sector]]) as (pattern, sector) pairs.
_SECTORS = [(pattern, key) for key, pattern in vocab.ordered("sector")]
SECTOR_WORDS = WordAlternation([(key, pattern) for pattern, key in _SECTORS])


def find_sectors(
    text: str, low: str | None = None, starts: list[int] | None = None
) -> list[Mention]:
    """End-use sector mentions (nev, wind_power, power_generation), as whole words."""
    low = lower(text) if low is None else low
    return [Mention(a, b, "sector", key) for a, b, key in SECTOR_WORDS.find(low, starts)]


_QUOTA_TYPES = compile_ci(
    r"(?<![^\W_])(?:(?P<sep>smelting(?:[\s,]+and)?[\s-]+separat(?:ion|ing)|smelting|separation|"
    r"refining|separate(?=\s+[\d.,]+\s*(?:million\s+)?t))|(?P<mine>mining|mined|extract(?:ion|ed)?))"
)
_QUOTA_HINTS = ("smelt", "separat", "refin", "min", "extract")


def find_quota_types(text: str, low: str | None = None) -> list[Mention]:
    """Quota type mentions: mining, smelting_separation."""
    low = lower(text) if low is None else low
    if not any(h in low for h in _QUOTA_HINTS):
        return []
    return [
        Mention(
            m.start(), m.end(), "quota_type", "smelting_separation" if m.group("sep") else "mining"
        )
        for m in _QUOTA_TYPES.finditer(low)
    ]


COUNTRIES: dict[str, str] = {
    "united states": "united_states",
    "u.s.": "united_states",
    "usa": "united_states",
    "australia": "australia",
    "brazil": "brazil",
    "burma": "myanmar",  # the exchange format names the country Myanmar
    "myanmar": "myanmar",
    "canada": "canada",
    "china": "china",
    "greenland": "greenland",
    "india": "india",
    "madagascar": "madagascar",
    "malaysia": "malaysia",
    "nigeria": "nigeria",
    "russia": "russia",
    "south africa": "south_africa",
    "tanzania": "tanzania",
    "thailand": "thailand",
    "vietnam": "vietnam",
    "laos": "laos",
    "japan": "japan",
    "estonia": "estonia",
    "kazakhstan": "kazakhstan",
    "world total": "global",
    "world": "global",
    "world total (rounded)": "global",
}


#: A country named by its adjective ("Australian output", "Burmese production").
DEMONYMS: dict[str, str] = {
    "american": "united_states",
    "u.s.": "united_states",
    "us": "united_states",
    "australian": "australia",
    "brazilian": "brazil",
    "burmese": "myanmar",
    "canadian": "canada",
    "chinese": "china",
    "indian": "india",
    "japanese": "japan",
    "kazakh": "kazakhstan",
    "korean": "south_korea",
    "south korean": "south_korea",
    "laotian": "laos",
    "malagasy": "madagascar",
    "malaysian": "malaysia",
    "nigerian": "nigeria",
    "russian": "russia",
    "south african": "south_africa",
    "tanzanian": "tanzania",
    "thai": "thailand",
    "vietnamese": "vietnam",
}


#: The alternation of :data:`DEMONYMS` as written, capitalised ("Australian", "US"), to be
#: matched case-sensitively.
DEMONYM_NAMES = "|".join(
    sorted(
        (re.escape(k.upper() if len(k) <= 2 else k.title()) for k in DEMONYMS if k != "u.s."),
        key=len,
        reverse=True,
    )
)


def country_slug(label: str) -> str | None:
    """The slug of a country label from a statistics table, or None."""
    key = re.sub(r"\s+", " ", re.sub(r"\d+$", "", label.strip())).lower().rstrip(":")
    return COUNTRIES.get(key)
