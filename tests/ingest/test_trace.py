"""The extraction trace: rule hits and vetoes with reason codes, without changing any fact."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from reemarket.ingest import trace
from reemarket.ingest.loaders import load_document
from reemarket.ingest.metadata import resolve_meta
from reemarket.ingest.pipeline import extract_text

from .conftest import CASES

# Each sentence is ours; each carries a figure one veto must drop.
VETOED = [
    ("outlook", "Analysts expect Pr-Nd oxide to test 460,000 yuan/t before the year ends."),
    ("hypothetical", "Terbium oxide could reach 9,000 yuan/kg if the rains close more mines."),
    (
        "other_commodity",
        "Pr-Nd oxide was steady, while lithium carbonate fell to 73,500 yuan/t on Monday.",
    ),
    ("contract_price", "Under the supply contract, Pr-Nd oxide is priced at 430,000 yuan/t."),
    ("skip_word", "The offtake contract sets a floor of $110/kg for NdPr oxide."),
    ("grade", "Dysprosium oxide 99.5% traded at 1,650 yuan/kg on Monday."),
    (
        "plan",
        "The company set its revenue guidance for the year at 3.2 billion yuan.",
    ),
    ("scrap", "NdFeB scrap changed hands at 420 yuan/kg on Monday."),
    ("partner_country", "Exports to Japan rose 8% to 310 tons of rare earths in June."),
    (
        "other_commodity",
        "The ministry set the 2025 mining quota for antimony ore at 40,000 tonnes.",
    ),
]


def _codes(text: str) -> set[str]:
    with trace.recording() as rec:
        extract_text(text, published=date(2025, 6, 10))
    return {h.veto_code for s in rec.sentences for h in s.hits if h.veto_code}


@pytest.mark.parametrize(("code", "text"), VETOED, ids=[c for c, _ in VETOED])
def test_each_veto_leaves_its_reason_code(code: str, text: str) -> None:
    assert code in trace.VETOES
    assert code in _codes(text)


def test_a_fact_is_traced_to_the_rule_that_drafted_it() -> None:
    text = "Pr-Nd oxide rose 3,000 yuan/t to 445,000 yuan/t on June 9. Nothing else moved."
    with trace.recording() as rec:
        ex = extract_text(text, published=date(2025, 6, 10))
    first = rec.sentences[0]
    assert first.text.startswith("Pr-Nd oxide rose")
    drafted = [h.fact for h in first.hits if h.fact is not None]
    assert {f["metric"] for f in drafted} == {f.metric for f in ex.facts}
    assert all(h.rule_id.startswith("en.") for h in first.hits)
    assert rec.sentences[1].hits == []


def test_nothing_is_recorded_outside_a_recording() -> None:
    trace.veto("outlook", (0, 1), "price")  # no recording open: a no-op
    assert trace.active() is None
    with pytest.raises(ValueError, match="unknown veto code"), trace.recording():
        trace.veto("no_such_code", None, "price")


def test_tracing_changes_no_fact() -> None:
    docs = sorted(CASES.glob("c*.txt"))[:25]
    for doc in docs:
        loaded = load_document(doc)
        meta = resolve_meta(doc, loaded.text)
        plain = extract_text(loaded.text, doc=doc.name, published=meta.published, year=meta.year)
        with trace.recording():
            traced = extract_text(
                loaded.text, doc=doc.name, published=meta.published, year=meta.year
            )
        assert traced.facts == plain.facts, doc.name


def test_why_names_the_sentence_and_its_veto(tmp_path: Path) -> None:
    from reemarket.services.why import explain

    doc = tmp_path / "note.txt"
    doc.write_text(
        "Pr-Nd oxide was quoted at 445,000 yuan/t on Monday.\n"
        + "Analysts expect Pr-Nd oxide to test 460,000 yuan/t before the year ends.\n",
        "utf-8",
    )
    found = explain(doc, "expect", given_date=date(2025, 6, 10))
    assert [s.number for s in found] == [2]
    assert [h.veto_code for h in found[0].hits if h.veto_code] == ["outlook"]
    assert found[0].kept == []
    first = explain(doc, "1", given_date=date(2025, 6, 10))[0]
    assert [k["value"] for k in first.kept] == [445000]


def test_every_registered_veto_code_has_a_meaning_to_show() -> None:
    # `facts why` prints the meaning of each veto; a code without one printed only the code
    import reemarket.ingest.rules.en
    import reemarket.ingest.rules.zh  # noqa: F401
    from reemarket.ingest.rules import REGISTRY

    codes = {v.reason for vetoes in REGISTRY.vetoes.values() for v in vetoes}
    assert codes, "no veto registered"
    assert sorted(c for c in codes if c not in trace.VETOES) == []
