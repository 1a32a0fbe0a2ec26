"""Every registered rule's and veto's examples give exactly the facts they list."""

from __future__ import annotations

from datetime import date

import pytest

from reemarket.ingest.rules import REGISTRY, Example
from reemarket.ingest.rules.zh import extract_zh

CASES: list[tuple[str, Example]] = [
    (f"{r.name}#{i}", ex) for r in REGISTRY.rules["zh"] for i, ex in enumerate(r.examples)
] + [(f"veto:{v.name}#{i}", ex) for v in REGISTRY.vetoes["zh"] for i, ex in enumerate(v.examples)]


def _key(
    kind: str, subject: str, metric: str, period: str, value: object, unit: str
) -> tuple[object, ...]:
    if isinstance(value, tuple):
        return (kind, subject, metric, period, round(value[0], 6), round(value[1], 6), unit)
    return (kind, subject, metric, period, round(float(value), 6), None, unit)  # type: ignore[arg-type]


@pytest.mark.parametrize(("name", "example"), CASES, ids=[n for n, _ in CASES])
def test_rule_example_gives_its_facts(name: str, example: Example) -> None:
    res = extract_zh(
        example.text,
        document_id="example",
        doc=name,
        published=date.fromisoformat(example.published),
        year=None,
        version="test",
    )
    got = {
        _key(
            f.kind,
            f.subject,
            f.metric,
            f.period,
            f.value if f.value_high is None else (f.value, f.value_high),
            f.unit,
        )
        for f in res.facts
    }
    want = {_key(*fact) for fact in example.facts}
    assert got == want, name


def test_every_rule_has_examples() -> None:
    missing = [r.name for r in REGISTRY.rules["zh"] if not r.examples]
    assert missing == [], missing
    assert len(REGISTRY.rules["zh"]) >= 12
    assert all(v.reason for v in REGISTRY.vetoes["zh"])
