"""Findings and rule results: what a rule checked and what it found wrong."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Severity(StrEnum):
    """How serious a finding is."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True)
class Finding:
    """One problem: a stable code, a severity, the facts involved and one line saying what."""

    code: str
    severity: Severity
    fact_ids: tuple[int, ...]
    document_id: str | None
    message: str
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass
class RuleResult:
    """What one rule checked (fact ids) and what it found."""

    rule: str
    checked: set[int] = field(default_factory=set)
    findings: list[Finding] = field(default_factory=list)

    def check(self, *fact_ids: int) -> None:
        """Record facts as checked."""
        self.checked.update(fact_ids)

    def flag(self, finding: Finding) -> None:
        """Record a finding (its facts count as checked)."""
        self.checked.update(finding.fact_ids)
        self.findings.append(finding)
