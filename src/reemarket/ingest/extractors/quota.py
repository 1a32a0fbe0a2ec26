"""Mining and smelting-separation quotas.

Quotas: "the extraction ceiling stands at 150,000 t", "mining and separation quotas of
210,000 t and 200,000 t (up 7% and 6%)", "4% above the 2022 allowance".
"""

from __future__ import annotations

import re
from itertools import pairwise

from reemarket.domain.periods import Period
from reemarket.ingest import trace
from reemarket.ingest.annotate import SentenceView
from reemarket.ingest.dates import DateMention
from reemarket.ingest.extractors.comparison import shift_year
from reemarket.ingest.extractors.date_binding import bind_coarse, possessive_base_date
from reemarket.ingest.extractors.figure_words import if_consequence, remainder, signed
from reemarket.ingest.extractors.state import DocState, Draft
from reemarket.ingest.extractors.subjects import subject_before
from reemarket.ingest.lexicon import OTHER_COMMODITY, Mention
from reemarket.ingest.numbers import Quantity
from reemarket.ingest.startwords import Prechecked


def type_after(view: SentenceView, q: Quantity) -> Mention | None:
    """A quota type named right after the figure ("135,000 tonnes for mining", "(mining)")."""
    _, b = view.clause_of(q.start)
    if view.text[q.end : b].lstrip().startswith("("):
        b = view.text.find(")", q.end) + 1 or b  # "255,000 t (smelting and separation)"
    hi = min([o.start for o in view.qtys if o.start > q.end] + [b, q.end + 25])
    m = view.first_after(view.quota_types, q.end, hi)
    if m is not None and re.match(r"[\s,]*(?:for\b|of\b|\()", view.text[q.end : m.start]):
        return m
    if (
        m is not None
        and _ATTRIBUTIVE.fullmatch(view.text, q.end, m.start)
        and _QUOTA_NOUN.match(view.text, m.end)
    ):
        return m  # "the 270,000 t mining quota", "a 135,000-tonne mining allowance"
    return None


#: A sentence opening on a quota's share for one type ("The batch for smelting and
#: separation came to", "The allotment for mining stood at"): the figure after it sizes it.
_TYPE_SUBJECT = re.compile(
    r"\s*(?:[-*•]\s*)?(?:the\s+|this\s+|that\s+|its\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:batch|allotment|allocation|quota|allowance|ceiling)\s+(?:for|covering)\s+$",
    re.I,
)
#: Between the type and the figure: a verb of amount, no other number.
_TYPE_SUBJECT_VERB = re.compile(
    r"\s*(?:quotas?\s+)?(?:came\s+to|was(?:\s+set\s+at)?|stood\s+at|totall?ed|reached"
    r"|amounted\s+to|is|was\s+fixed\s+at)\s+(?:about\s+|some\s+|roughly\s+)?$",
    re.I,
)


def type_subject(view: SentenceView, q: Quantity) -> Mention | None:
    """The quota type a sentence's subject names before the figure ("The batch for mining was")."""
    m = view.nearest_before(view.quota_types, q.start)
    if m is None or any(m.end <= o.start < q.start for o in view.qtys):
        return None
    if _TYPE_SUBJECT.fullmatch(view.text, 0, m.start) is None:
        return None
    return m if _TYPE_SUBJECT_VERB.fullmatch(view.text, m.end, q.start) else None


#: Words between a tonnage and the quota type it sizes: "270,000 t mining quota".
_ATTRIBUTIVE = re.compile(r"[\s-]*(?:rare[\s-]earths?\s+)?")
#: The quota noun after its type ("mining quota", "separation allowance").
_QUOTA_NOUN = re.compile(
    r"(?:\s+(?:and\s+)?(?:separation|smelting|refining)){0,2}\s+"
    r"(?:quotas?|allowances?|ceilings?|indicators?|caps?|allocations?)\b",
    re.I,
)


#: A part of a quota told before it: "Of the 270,000 t mining quota, 19,150 t was for ...",
#: "..., including 19,150 t for ion-adsorption ores", "of which 19,150 t ...".
_PART_LEAD = re.compile(r"\s*(?:[-*•]\s*)?(?:of|out\s+of)\s+(?:the|this|that|its)\b", re.I)
_PART_WORD = re.compile(
    r"\b(?:including|included|includes|of\s+which|comprising|within\s+which|within\s+that)\b",
    re.I,
)


def part_of_quota(view: SentenceView, q: Quantity, st: DocState) -> bool:
    """Whether a tonnage is a part of a quota told before it, held by no one and of no type.

    "Of the 270,000 t mining quota, 19,150 t was for ion-adsorption ores": a part by ore
    kind, not the mining quota; a part allotted to a company ("Out of the 254,000 t smelting
    quota, X received 62,000 t") or named by a quota type ("... 270,000 t for mining") stays.
    """
    earlier = [o for o in view.qtys if o.end <= q.start and o.dimension in _MASS]
    if not earlier or q.dimension not in _MASS:
        return False
    whole = earlier[-1]
    lead = _PART_LEAD.match(view.text)
    if not (
        (lead is not None and lead.end() <= whole.start)
        or _PART_WORD.search(view.text, whole.end, q.start)
    ):
        return False
    return type_after(view, q) is None and _holder(view, q, st) is None


#: A percent of a whole ("59.7% of the batch", "68.9% of the national total"): a share.
_SHARE_OF = re.compile(r"\s*of\s+(?:the|its|this|that)\b", re.I)
_RESPECTIVELY = Prechecked(re.compile(r"\brespectively\b", re.I))
_MASS = ("mass", "mass_rate")
#: Two changes written as a pair, in the order of the figures: "12.5% and 10.4% above".
_PAIRED_PCTS = re.compile(r"\d\s*%\s*(?:and|,)\s*[-+]?\d[\d.,]*\s*%")


#: Two untyped tonnages joined as a list after typed ones: "X got 12,000 t of the mining quota
#: and 11,000 t of the smelting quota, while Y was allocated the remaining 3,000 t and 2,850 t".
_TONS_PAIR = re.compile(r"\d\s*(?:tons|tonnes|t|mt)\s*(?:,\s*and|and|,)\s*(?:the\s+)?\d", re.I)
_JOINED = re.compile(r"\s*(?:,\s*and|and|,)\s*(?:the\s+)?", re.I)


def paired_type(view: SentenceView, q: Quantity) -> Mention | None:
    """The quota type of a figure in a list paired, by "respectively", with typed figures.

    "270,000 t for mining and 254,000 t for separation, up 5.9% and 4.2% respectively
    from the 255,000 t and 243,850 t set for 2023": the n-th percent (or untyped tonnage)
    after the typed figures takes the n-th typed figure's quota type.
    """
    listed = _RESPECTIVELY.search(view.text) is not None or _PAIRED_PCTS.search(view.text)
    if not listed and not _TONS_PAIR.search(view.text):
        return None
    typed = [(o, t) for o in view.qtys if o.dimension in _MASS and (t := type_after(view, o))]
    if len(typed) < 2 or q.start < typed[-1][0].end:
        return None
    kind = _MASS if q.dimension in _MASS else (q.dimension,)
    later = [o for o in view.qtys if o.dimension in kind and o.start >= typed[-1][0].end]
    later = [o for o in later if all(o.start != t.start for t, _ in typed)]
    at = [i for i, o in enumerate(later) if o.start == q.start]
    if len(later) != len(typed) or not at:
        return None
    if not listed and not all(
        _JOINED.fullmatch(view.text, a.end, b.start) for a, b in pairwise(later)
    ):
        return None  # untyped tonnages in a list of their own, in the typed ones' order
    return typed[at[0]][1]


# "up 7.4% from last year's 270,000 tons", "5.5% above the 254,000 tons allotted in 2024"
_BASE_LEAD = re.compile(
    r"\b(?:from|than|above|below|over|against|versus|vs\.?|compared\s+(?:with|to))\b"
    r"[^,;\d]{0,30}$",
    re.I,
)


#: The figures a base quota may be named after: a tonnage or a change.
_MASS_OR_MOVE = ("mass", "mass_rate", "percent")


def _is_base(view: SentenceView, q: Quantity) -> bool:
    """A quota named after another, or after a change, as its comparison base.

    "up 7.4% from last year's 270,000 tons", "rose by 4.2% from 243,850 tonnes".
    """
    if not any(o.end <= q.start and o.dimension in _MASS_OR_MOVE for o in view.qtys):
        return False
    return bool(_BASE_LEAD.search(view.text[max(0, q.start - 40) : q.start])) or (
        possessive_base_date(view, q) is not None  # "up 20.7% on 2022's 202,000 t"
    )


def _base_period(view: SentenceView, q: Quantity, main: Period | None) -> Period | None:
    """A base's own year: named just before it or after it, else the year before the main."""
    _a, b = view.clause_of(q.start)
    before = [d for d in view.dates if q.start - 40 <= d.start and d.end <= q.start]
    after = [d for d in view.dates if q.end <= d.start < min(b, q.end + 40)]
    if before and any(before[-1].end <= o.start < q.start for o in view.qtys):
        before = []  # "the 2023 quota rises 21.4% from 210,000 t in 2022": the main one's
    own = before[-1] if before else (after[0] if after else None)
    if own is not None and own.period is not None:
        return Period.year(own.period.start.year)
    return shift_year(main)


def _base_dates(view: SentenceView) -> list[DateMention]:
    """The dates that belong to comparison bases: named within 40 characters after one."""
    out = []
    for o in view.qtys:
        if o.dimension in ("mass", "mass_rate") and _is_base(view, o):
            _a, b = view.clause_of(o.start)
            out += [d for d in view.dates if o.end <= d.start < min(b, o.end + 40)]
    return out


#: A year a "when" clause describes: "from 2023, when ...", "back in 2022, when ...".
_WHEN_YEAR = re.compile(r"\b((?:19|20)\d{2}),?\s+when\b[^.;]*$", re.I)


def _period(
    view: SentenceView, q: Quantity, st: DocState
) -> tuple[Period | None, DateMention | None]:
    """The year of a quota figure; a date that belongs to a base quota is not its."""
    period, dm = bind_coarse(view, q, st)
    if dm is not None and dm in _base_dates(view):
        period, dm = None, None  # "268,000 t, 5.5% above the 254,000 t allotted in 2024"
    when = _WHEN_YEAR.search(view.text, 0, q.start)
    if when is not None:  # "growth slowed from 2023, when the quota was raised by 21.4%"
        return Period.year(int(when.group(1))), None
    if period is None:
        period = st.dates.last_year or (
            Period.year(st.dates.ref_year) if st.dates.ref_year else None
        )
    if period is not None and period.granularity.value != "year":
        period = Period.year(period.start.year)
    return period, dm


_RECEIVED = re.compile(
    r"^(?:'s|’s)?[^.;]{0,40}?\b(?:received|receives|got|gets|obtained|secured|"
    r"(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:allotted|allocated|granted|given|"
    r"assigned))\b|^(?:'s|’s)\s",
    re.I,
)


_EXPECTED = re.compile(
    r"\b(?:expects?|expected|forecasts?|predicts?|projects?|estimates?|sees)\b[^.;]{0,70}$", re.I
)
_WENT_TO = re.compile(r"[^.;]{0,12}?\b(?:went|goes|going|was\s+given|were\s+given)\s+to\s+", re.I)


#: A pronoun pointing to the company's own share: "it had been assigned", "its mining
#: allocation", "the separation quota of its rare earth unit".
_OWN_SHARE = re.compile(
    r"\b(?:it|the\s+company)\s+(?:(?:had|has|have|was|were)\s+)?(?:been\s+)?"
    r"(?:allotted|allocated|granted|given|assigned|received|got|obtained|secured)\b"
    r"|\bits\s+(?:own\s+)?(?:[\w-]+\s+){0,4}?(?:allocations?|allotments?|quotas?|indicators?)\b"
    r"|\b(?:quotas?|indicators?|allocations?|allotments?)\s+of\s+its\b",
    re.I,
)


def _holder(view: SentenceView, q: Quantity, st: DocState | None = None) -> str | None:
    """The company a quota was allotted to ("Northern Rare Earth received 206,000 t of ...").

    Attribution follows the text: a company named as the receiver, one a figure is gapped
    after ("X got 68,000 t and Y 46,000 t"), or a pronoun pointing to the company the
    sentence opens with (else the paragraph's): "X said it had been assigned ...", "Its
    mining allocation was raised ...".
    """
    found = _holder_named(view, q, st)
    if found is not None and _AUTHORITY.search(found):
        return None  # "the ministry set its smelting quota at ...": the issuer is no holder
    return found


#: A government body that issues quotas (a name read as a company: "China's Ministry of ...").
_AUTHORITY = re.compile(
    r"ministry|miit|commission|government|bureau|administration|council|department|ndrc|state_"
)


#: What may stand between a gapped holder and its figure: "and Y 46,335 t", "and Y the
#: remaining 3,000 t", "and Y a further 2,000 t".
_GAP_FILLER = re.compile(
    r"\s*(?:(?:the\s+)?(?:remaining|rest|balance|other)|a\s+further|another)?"
    r"\s*(?:about|around|some|roughly)?\s*",
    re.I,
)


def _holder_named(view: SentenceView, q: Quantity, st: DocState | None = None) -> str | None:
    a, b = view.clause_of(q.start)
    company = view.nearest_before(view.companies, q.start, a)
    if company is not None and _RECEIVED.search(view.text[company.end : q.start]):
        return company.id
    after = view.first_after(view.companies, q.end, b)  # "88,600 tonnes, went to X"
    if after is not None and _WENT_TO.fullmatch(view.text, q.end, after.start):
        return after.id
    named = view.nearest_before(view.companies, q.start)
    if named is not None and _GAP_FILLER.fullmatch(view.text, named.end, q.start):
        earlier = [o for o in view.qtys if o.end <= named.start and o.dimension in _MASS]
        if earlier and _holder(view, earlier[-1], st) not in (None, named.id):
            return named.id  # "... received 60,000 tonnes and a second group 40,000 tonnes"
    if _OWN_SHARE.search(view.text, 0, q.start):
        first = view.companies[0] if view.companies else None
        if first is not None and first.start < 3 and first.end <= q.start:
            return first.id  # "Xiamen Tungsten, which ..., said ... the quota of its unit"
        if named is not None:
            return named.id
        if st is not None and st.para_company:
            return st.para_company  # "Its smelting allotment was raised by 4.5% from ..."
    return None


#: A verb that hands the rest of a quota to the holder before it: "Y was given the rest".
_HANDED = re.compile(
    r"\b(?:received|receives|got|gets|obtained|secured|took|allotted|allocated|granted|given|"
    r"assigned)\s*$",
    re.I,
)


def _remainder_received(view: SentenceView, q: Quantity, rest: int) -> bool:
    """Whether a holder is named for the rest of a quota itself, not for a figure before it.

    "while Y was allocated the remaining 3,000 t", "and Y the rest, 3,000 t", "the rest,
    some 9,000 t, went to Y": Y's; "X was allotted 100,000 t, with the rest, about 35,000 t,
    shared among the others": no one's.
    """
    lead = view.text[:rest].rstrip()
    if _HANDED.search(lead) or any(c.end == len(lead) for c in view.companies):
        return True
    _a, b = view.clause_of(q.start)
    after = view.first_after(view.companies, q.end, b)
    return after is not None and _WENT_TO.fullmatch(view.text, q.end, after.start) is not None


def allotted(view: SentenceView, q: Quantity, st: DocState) -> bool:
    """A tonnage allotted to a company in a quota story ("For separation, X got 68,665 t")."""
    return _holder(view, q, st) is not None


def _other_commodity(view: SentenceView, q: Quantity) -> bool:
    """Whether the quota is another commodity's: one is named after the last rare-earth name.

    "set the mining quota for tungsten concentrate at 58,000 tonnes"; a company's name
    ("Xiamen Tungsten Co.") is not the commodity.
    """
    if OTHER_COMMODITY.search(view.text, 0, q.start) is None:
        return False
    others = [
        m.start()
        for m in OTHER_COMMODITY.finditer(view.text, 0, q.start)
        if not any(c.start <= m.start() < c.end for c in view.companies)
    ]
    return bool(others) and not any(others[-1] < p.start < q.start for p in view.products)


#: A sentence about the parts of a quota told before: "Within the mining allocation, ...",
#: "Of this batch, ...": its moves are a part's, not the whole quota's.
_WITHIN_WHOLE = re.compile(
    r"\s*(?:within|of|inside)\s+(?:the|this|that|its)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:allocation|allotment|quota|batch|total)s?\s*,",
    re.I,
)


def within_whole(view: SentenceView) -> bool:
    """Whether the sentence tells the parts of a quota ("Within the mining allocation, ...")."""
    return _WITHIN_WHOLE.match(view.text) is not None


def extract(
    view: SentenceView, q: Quantity, st: DocState, subject_override: str | None
) -> list[Draft] | None:
    """A quota or its year-on-year change; a base quota gets its own year."""
    if _EXPECTED.search(view.text, max(0, q.start - 90), q.start):
        trace.veto("outlook", (q.start, q.end), "quota")
        return None  # "analysts expect the 2026 mining indicator at about 300,000 tonnes"
    if if_consequence(view, q):
        trace.veto("hypothetical", (q.start, q.end), "quota")
        return None  # "if the second batch matched the first, quotas would reach X t"
    if _other_commodity(view, q):
        trace.veto("other_commodity", (q.start, q.end), "quota")
        return None  # "the tungsten concentrate mining quota at 62,000 tonnes"
    if part_of_quota(view, q, st):
        trace.veto("part", (q.start, q.end), "quota")
        return []  # "Of the 270,000 t mining quota, 19,150 t was for ion-adsorption ores"
    rest = remainder(view, q) if q.dimension in _MASS else None
    if rest is not None and not _remainder_received(view, q, rest):
        trace.veto("part", (q.start, q.end), "quota")
        return []  # "X was given 60,000 t; the rest, about 190,000 t, went to others"
    paired = paired_type(view, q)  # a later list's tonnage is a base: "from the X t and Y t"
    qt = paired or type_after(view, q) or subject_before(view, q, view.quota_types)
    subject = subject_override or (qt.id if qt else st.para_quota_type)
    if subject is None:
        return None
    # a list paired by "respectively" after typed figures is their base ("from the X t and Y t");
    # a joined list of another holder's ("while Y got the remaining X t and Y t") is not
    listed = _RESPECTIVELY.search(view.text) is not None or _PAIRED_PCTS.search(view.text)
    if q.dimension in ("mass", "mass_rate") and (
        (paired is not None and listed) or _is_base(view, q)
    ):
        main = [o for o in view.qtys if o.end <= q.start and o.dimension in _MASS_OR_MOVE]
        period, dm = _base_period(view, q, _period(view, main[0], st)[0]), None
    else:
        period, dm = _period(view, q, st)
    entity = _holder(view, q, st) or "china"
    if q.dimension == "percent":
        if within_whole(view):
            trace.veto("part", (q.start, q.end), "quota")
            return []  # "Within the mining allocation, A got X t and B Y t, a 7% cut": a part's
        if _SHARE_OF.match(view.text, q.end):
            return None  # "52,000 tonnes of the smelting quota, or 44.1% of the batch": a share
        value = signed(q.value, q, view.sign_near(q))
        return [
            Draft("quota", entity, subject, "quota_yoy_pct", period, value, "%", q, date_mention=dm)
        ]
    if q.dimension not in ("mass", "mass_rate"):
        return None
    return [Draft("quota", entity, subject, "quota", period, q.value, "t", q, date_mention=dm)]
