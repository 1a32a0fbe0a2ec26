"""What the rules audit: the claims in scope, every claim for comparison, and the store."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from reemarket.audit.claims import Claim
from reemarket.store.db import Store


@dataclass
class AuditContext:
    """The claims under audit (``claims``) and all stored claims (``every``)."""

    store: Store
    claims: list[Claim]
    every: list[Claim]
    document_id: str | None = None
    _by_doc: dict[str, list[Claim]] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        """Index the claims in scope by document."""
        grouped: dict[str, list[Claim]] = defaultdict(list)
        for c in self.claims:
            grouped[c.document_id].append(c)
        self._by_doc = dict(grouped)

    def documents(self) -> Iterable[tuple[str, list[Claim]]]:
        """Each document in scope with its claims."""
        return self._by_doc.items()
