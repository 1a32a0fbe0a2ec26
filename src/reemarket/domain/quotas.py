"""What a stated quota figure covers: a year's total, or one batch of it.

China issues its mining and smelting-separation quotas in batches; reports state a
batch ("the first batch of 2024 quotas, 135,000 t") and the year's total ("total control
quotas for 2024 were 270,000 t") in similar words. :func:`quota_scope` reads which one a
sentence states, so the two are never both "the 2024 quota".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4}
_BATCH = re.compile(
    r"\b(first|1st|second|2nd|third|3rd|fourth)\s+(?:batch|tranche|round)\b|"
    r"\bbatch\s+(?:no\.?\s*)?(\d)\b",
    re.I,
)
_ANY_BATCH = re.compile(r"\b(?:batch|tranche)\b", re.I)
_TOTAL = re.compile(
    r"\b(?:total(?:\s+control)?|full[- ]year|whole[- ]year|annual|for\s+the\s+(?:whole\s+)?year"
    r"|combined|in\s+all)\b",
    re.I,
)


@dataclass(frozen=True)
class QuotaScope:
    """``scope`` is 'year' (the full-year total), 'batch' or 'unstated'; ``batch`` its number."""

    scope: str
    batch: int | None = None

    def label(self) -> str:
        """'full year', 'batch 2', 'batch (number not stated)' or 'not stated'."""
        if self.scope == "year":
            return "full year"
        if self.scope == "batch":
            return f"batch {self.batch}" if self.batch else "batch (number not stated)"
        return "not stated"


def quota_scope(sentence: str) -> QuotaScope:
    """Read whether a sentence states a full-year quota or a batch (and which)."""
    m = _BATCH.search(sentence)
    if m:
        number = _ORDINALS[m.group(1).lower()] if m.group(1) else int(m.group(2))
        return QuotaScope("batch", number)
    if _TOTAL.search(sentence):
        return QuotaScope("year")
    if _ANY_BATCH.search(sentence):
        return QuotaScope("batch")
    return QuotaScope("unstated")
