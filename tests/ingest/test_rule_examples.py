"""Every registered rule's and veto's examples give exactly the facts they list, in every language.

Chinese examples run through the Chinese rules, English ones through the English pipeline;
an English veto's example must also record the veto's reason code in the trace.
"""

from __future__ import annotations

from datetime import date

import pytest

from reemarket.domain.facts import Fact
from reemarket.ingest import trace, vocab
from reemarket.ingest.pipeline import extract_text
from reemarket.ingest.rules import REGISTRY, Example, Veto
from reemarket.ingest.rules import zh as zh_rules
from reemarket.ingest.rules.zh import extract_zh

LANGS = ("zh", "en")
CASES: list[tuple[str, str, str | None, Example]] = [
    (f"{lang}:{r.name}#{i}", lang, None, ex)
    for lang in LANGS
    for r in REGISTRY.rules[lang]
    for i, ex in enumerate(r.examples)
] + [
    (f"{lang}:veto:{v.name}#{i}", lang, v.reason, ex)
    for lang in LANGS
    for v in REGISTRY.vetoes[lang]
    for i, ex in enumerate(v.examples)
]


def _key(
    kind: str, subject: str, metric: str, period: str, value: object, unit: str
) -> tuple[object, ...]:
    if isinstance(value, tuple):
        return (kind, subject, metric, period, round(value[0], 6), round(value[1], 6), unit)
    return (kind, subject, metric, period, round(float(value), 6), None, unit)  # type: ignore[arg-type]


def _run(lang: str, name: str, example: Example) -> tuple[list[Fact], set[str]]:
    """The facts of an example and the veto codes recorded while reading it."""
    published = date.fromisoformat(example.published)
    if lang == "zh":
        res = extract_zh(
            example.text,
            document_id="example",
            doc=name,
            published=published,
            year=None,
            version="test",
        )
        return res.facts, set()
    with trace.recording() as tr:
        out = extract_text(example.text, doc=name, published=published, language="en")
    codes = {h.veto_code for s in tr.sentences for h in s.hits if h.veto_code}
    return out.facts, codes


@pytest.mark.parametrize(
    ("name", "lang", "code", "example"), CASES, ids=[n for n, _, _, _ in CASES]
)
def test_rule_example_gives_its_facts(
    name: str, lang: str, code: str | None, example: Example
) -> None:
    facts, codes = _run(lang, name, example)
    got = {
        _key(
            f.kind,
            f.subject,
            f.metric,
            f.period,
            f.value if f.value_high is None else (f.value, f.value_high),
            f.unit,
        )
        for f in facts
    }
    want = {_key(*fact) for fact in example.facts}
    assert got == want, name
    if example.holders:
        held = {
            (
                *_key(
                    f.kind,
                    f.subject,
                    f.metric,
                    f.period,
                    f.value if f.value_high is None else (f.value, f.value_high),
                    f.unit,
                ),
                f.entity,
            )
            for f in facts
        }
        wanted = {
            (*_key(*fact), holder)
            for fact, holder in zip(example.facts, example.holders, strict=True)
        }
        assert held == wanted, f"{name}: holders"
    if example.statuses:
        staged = {
            (*_key(f.kind, f.subject, f.metric, f.period, f.value, f.unit), f.status) for f in facts
        }
        wanted_status = {
            (*_key(*fact), status)
            for fact, status in zip(example.facts, example.statuses, strict=True)
        }
        assert staged == wanted_status, f"{name}: statuses"
    if example.entity is not None:
        holders = {(f.metric, f.value, f.entity) for f in facts if f.entity != example.entity}
        assert not holders, f"{name}: not held by {example.entity}: {sorted(holders)}"
    if code is not None and lang == "en":
        assert code in codes, f"{name}: veto {code} did not fire (fired: {sorted(codes)})"


def test_every_rule_has_examples() -> None:
    missing = [r.name for r in REGISTRY.rules["zh"] if not r.examples]
    assert missing == [], missing
    assert len(REGISTRY.rules["zh"]) >= 12
    assert all(v.reason for v in REGISTRY.vetoes["zh"])


def test_zh_veto_scopes_are_data_the_extractor_knows() -> None:
    scopes = {v.name: v.scope for v in REGISTRY.vetoes["zh"]}
    assert scopes["hypothetical"] == "sentence"
    assert scopes["vague_level"] == "after_unquoted"
    assert scopes["earlier_time"] == "part"
    assert set(scopes.values()) <= set(zh_rules.VETO_SCOPES)
    # a veto whose scope the extractor does not know is refused, by name
    REGISTRY.vetoes["zh"].append(Veto("odd", "odd", "zh", "x", frozenset({"price"}), scope="page"))
    zh_rules._vetoes.cache_clear()
    try:
        with pytest.raises(ValueError, match="'odd': unknown scope 'page'"):
            zh_rules._vetoes()
    finally:
        REGISTRY.vetoes["zh"].pop()
        zh_rules._vetoes.cache_clear()


def test_english_families_and_vetoes_are_registered() -> None:
    rules = REGISTRY.rules["en"]
    families = {r.family for r in rules}
    assert {"price level", "price change", "average", "quota", "trade", "production"} <= families
    assert {"capacity", "financial", "valuation", "forecast", "date", "period base"} <= families
    missing = [r.name for r in rules if not r.examples]
    assert missing == [], missing
    codes = {v.reason for v in REGISTRY.vetoes["en"]}
    english = set(trace.VETOES) - set(trace.ZH_VETOES)
    assert codes == english, english ^ codes
    with_examples = [v.reason for v in REGISTRY.vetoes["en"] if v.examples]
    assert len(with_examples) >= 15, with_examples


@pytest.mark.parametrize("rule", REGISTRY.rules["en"], ids=lambda r: r.name)
def test_english_cue_classes_exist_in_the_vocabulary(rule: object) -> None:
    for cue in rule.cues:  # type: ignore[attr-defined]
        section, key = cue.split(".")
        if section in ("metric", "market", "sector"):
            assert key in dict(vocab.ordered(section)), cue
        else:
            assert vocab.words(section, key), cue
