"""The fact's fast constructor makes what the dataclass constructor makes."""

from __future__ import annotations

import pytest

from reemarket.domain.facts import Fact

_FIELDS = {
    "kind": "price",
    "entity": "china",
    "subject": "prnd_oxide",
    "metric": "price",
    "period": "2024-03-05",
    "value": 450000.0,
    "unit": "CNY/t",
    "document_id": "d1",
    "doc": "d1.txt",
    "span_start": 10,
    "span_end": 20,
    "sentence": "On March 5 the price was 450,000 yuan/t.",
    "extractor_version": "rules-1.0",
}


def test_made_equals_the_constructor() -> None:
    made, built = Fact.made(**_FIELDS), Fact(**_FIELDS)
    assert made == built
    assert hash(made) == hash(built)
    assert made.__dict__ == built.__dict__
    assert made.extra == {}
    assert made.extra is not Fact.made(**_FIELDS).extra
    with_high = Fact.made(**_FIELDS, value_high=455000.0, bound="upper")
    assert with_high == Fact(**_FIELDS, value_high=455000.0, bound="upper")


def test_made_checks_as_the_constructor_does() -> None:
    with pytest.raises(TypeError):
        Fact.made(**_FIELDS, colour="red")
    with pytest.raises(TypeError):
        Fact.made(**{k: v for k, v in _FIELDS.items() if k != "unit"})
    with pytest.raises(ValueError, match="unknown fact kind"):
        Fact.made(**{**_FIELDS, "kind": "weather"})
    with pytest.raises(ValueError, match="non-empty sentence"):
        Fact.made(**{**_FIELDS, "sentence": " "})
