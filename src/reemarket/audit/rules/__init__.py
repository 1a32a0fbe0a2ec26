"""The audit rules, one small module each; ``RULES`` lists them in the order they run."""

from __future__ import annotations

from collections.abc import Callable

from reemarket.audit.context import AuditContext
from reemarket.audit.findings import RuleResult
from reemarket.audit.rules import arithmetic, calendar, cross_source, jumps, plausibility

Rule = Callable[[AuditContext], RuleResult]

#: Every rule: name -> function.
RULES: dict[str, Rule] = {
    "arithmetic": arithmetic.run,
    "calendar": calendar.run,
    "plausibility": plausibility.run,
    "cross_source": cross_source.run,
    "jumps": jumps.run,
}
