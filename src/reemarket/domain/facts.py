"""The Fact: one typed market figure with its provenance, and its exchange-format dict.

A fact always says where it came from: the document (by content hash and name),
the character span and sentence, and the extractor version. Those fields cannot
be empty; the constructor refuses a fact without them.
"""

from __future__ import annotations

from dataclasses import MISSING, dataclass, field, replace
from dataclasses import fields as dataclass_fields
from typing import Any

KINDS: tuple[str, ...] = (
    "price",
    "production",
    "trade",
    "quota",
    "capacity",
    "financial",
    "valuation",
    "demand",
    "forecast",
)
STATUSES: tuple[str, ...] = ("operating", "under_construction", "planned")


@dataclass(frozen=True)
class Fact:
    """One extracted market fact with provenance to the sentence."""

    kind: str
    entity: str
    subject: str
    metric: str
    period: str
    value: float
    unit: str
    document_id: str
    doc: str
    span_start: int
    span_end: int
    sentence: str
    extractor_version: str
    value_high: float | None = None
    status: str | None = None
    bound: str | None = None
    resolved: bool = True
    period_start: str | None = None
    period_end: str | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def __post_init__(self) -> None:
        """Refuse a fact without provenance or with an unknown kind."""
        for name in ("document_id", "doc", "sentence", "extractor_version", "kind", "metric"):
            if not str(getattr(self, name)).strip():
                raise ValueError(f"a fact needs a non-empty {name}")
        if self.kind not in KINDS:
            raise ValueError(f"unknown fact kind {self.kind!r}")
        if self.span_start < 0 or self.span_end < self.span_start:
            raise ValueError(f"bad span {self.span_start}..{self.span_end}")
        if self.status is not None and self.status not in STATUSES:
            raise ValueError(f"unknown capacity status {self.status!r}")

    @classmethod
    def made(cls, **values: Any) -> Fact:
        """The fact the constructor would make from these fields, made faster.

        A frozen dataclass sets each of its twenty fields through ``object.__setattr__``;
        the extractor makes thousands of facts a second, so this fills the instance's
        fields at once and runs the same checks (``__post_init__``). Unknown or missing
        fields raise TypeError, as the constructor does.
        """
        fields = {**_FACT_DEFAULTS, **values}
        if len(fields) != len(_FACT_FIELDS) or not values.keys() <= _FACT_FIELDS:
            raise TypeError(f"Fact fields: {sorted(values)}")
        if "extra" not in values:
            fields["extra"] = {}
        fact = object.__new__(cls)
        # the merged dict becomes the instance's own (a frozen dataclass refuses setattr)
        object.__setattr__(fact, "__dict__", fields)
        fact.__post_init__()
        return fact

    @property
    def is_range(self) -> bool:
        """Whether the value is a low-high range."""
        return self.value_high is not None

    def key(self) -> tuple[object, ...]:
        """Identity of the statement, for removing repeats within a document."""
        return (
            self.kind,
            self.entity,
            self.subject,
            self.metric,
            self.period,
            round(self.value, 9),
            None if self.value_high is None else round(self.value_high, 9),
            self.unit,
        )

    def with_period(self, period: str, start: str | None, end: str | None) -> Fact:
        """A copy with another period."""
        return replace(self, period=period, period_start=start, period_end=end)

    def exchange(self, *, evidence: bool = True) -> dict[str, Any]:
        """The fact in the exchange format of FACTS.md."""
        return exchange_record(
            doc=self.doc,
            kind=self.kind,
            entity=self.entity,
            subject=self.subject,
            metric=self.metric,
            period=self.period,
            value=self.value,
            value_high=self.value_high,
            unit=self.unit,
            status=self.status,
            bound=self.bound,
            evidence=self.sentence if evidence else None,
        )


_FACT_FIELDS = frozenset(f.name for f in dataclass_fields(Fact))
#: The defaulted fields with their defaults ("extra" gets a new dict in ``Fact.made``).
_FACT_DEFAULTS: dict[str, Any] = {
    f.name: f.default for f in dataclass_fields(Fact) if f.default is not MISSING
}
_FACT_DEFAULTS["extra"] = None


def exchange_record(
    *,
    doc: str,
    kind: str,
    entity: str,
    subject: str,
    metric: str,
    period: str,
    value: float,
    value_high: float | None,
    unit: str,
    status: str | None,
    bound: str | None,
    evidence: str | None,
) -> dict[str, Any]:
    """One fact in the exchange format of FACTS.md: the only writer of that format.

    A range is ``[low, high]``; values keep 12 significant digits (float noise dropped) and
    a whole number prints without a decimal point; ``status`` and ``bound`` appear only when set
    (neither None nor empty); ``evidence`` only when given.
    """
    number: Any = _num(value)
    if value_high is not None:
        number = [_num(value), _num(value_high)]
    out: dict[str, Any] = {
        "doc": doc,
        "kind": kind,
        "entity": entity,
        "subject": subject,
        "metric": metric,
        "period": period,
        "value": number,
        "unit": unit,
    }
    if status:
        out["status"] = status
    if bound:
        out["bound"] = bound
    if evidence is not None:
        out["evidence"] = evidence
    return out


def _num(x: float) -> float | int:
    """A value as the exchange format writes it: 12 significant digits, integers bare.

    Twelve digits drop binary-float noise from scaled or summed figures (36.98万 is
    369799.9999999999 in floats, written 369800) and keep every digit a report prints.
    """
    v = float(f"{float(x):.12g}")
    if v.is_integer() and abs(v) < 1e15:
        return int(v)
    return v
