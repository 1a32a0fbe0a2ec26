"""Mining and smelting-separation quotas.

Quotas: "the mining quota was set at 135,000 tonnes", "quotas for mining and smelting
separation were 270,000 mt (+5.88%) and 254,000 mt (+4.16%), respectively", "up 5.9%
compared with 2023".
"""

from __future__ import annotations

import re

from reemarket.domain.periods import Period
from reemarket.ingest.annotate import SentenceView
from reemarket.ingest.extractors.common import DocState, Draft, bind_coarse, signed, subject_before
from reemarket.ingest.lexicon import Mention
from reemarket.ingest.numbers import Quantity


def _type_after(view: SentenceView, q: Quantity) -> Mention | None:
    """A quota type named right after the figure ("135,000 tonnes for mining")."""
    _, b = view.clause_of(q.start)
    hi = min([o.start for o in view.qtys if o.start > q.end] + [b, q.end + 25])
    m = view.first_after(view.quota_types, q.end, hi)
    if m is not None and re.match(r"[\s,]*(?:for|of)\b", view.text[q.end : m.start]):
        return m
    return None


def extract(
    view: SentenceView, q: Quantity, st: DocState, subject_override: str | None
) -> list[Draft] | None:
    """A quota or its year-on-year change."""
    qt = _type_after(view, q) or subject_before(view, q, view.quota_types)
    subject = subject_override or (qt.id if qt else st.para_quota_type)
    if subject is None:
        return None
    period, dm = bind_coarse(view, q, st)
    if period is None:
        period = st.dates.last_year or (
            Period.year(st.dates.ref_year) if st.dates.ref_year else None
        )
    if period is not None and period.granularity.value != "year":
        period = Period.year(period.start.year)
    if q.dimension == "percent":
        value = signed(q.value, q, view.sign_near(q))
        return [
            Draft(
                "quota", "china", subject, "quota_yoy_pct", period, value, "%", q, date_mention=dm
            )
        ]
    if q.dimension not in ("mass", "mass_rate"):
        return None
    return [Draft("quota", "china", subject, "quota", period, q.value, "t", q, date_mention=dm)]
