"""The cross-source judgement: camps of agreeing sources, ranges, bounds, suspects."""

from datetime import date

from reemarket.audit.agreement import agree, judge
from reemarket.audit.claims import Claim

_N = iter(range(1, 10_000))


def claim(doc, value, high=None, unit="CNY", bound=None, metric="revenue"):
    return Claim(
        next(_N),
        f"id-{doc}",
        doc,
        "financial",
        "china_northern_rare_earth",
        "",
        metric,
        "2024",
        date(2024, 1, 1),
        date(2024, 12, 31),
        value,
        high,
        unit,
        f"{doc} says {value}",
        bound,
    )


def test_a_forecast_range_containing_the_reported_figure_agrees():
    forecast = claim("a", -59.90, -54.41, unit="%")
    reported = claim("b", -57.64, unit="%")
    assert agree(forecast, reported) is True
    assert not judge([forecast, reported]).disagree


def test_a_range_not_containing_the_figure_disagrees():
    assert agree(claim("a", 900e6, 960e6), claim("b", 1.2e9)) is False


def test_one_finding_per_group_not_per_pair():
    claims = [claim("a", 32.966e9), claim("b", 32.97e9), claim("c", 329.66e9), claim("d", 30e9)]
    verdict = judge(claims)
    assert verdict.disagree
    assert sorted(c.docs for c in verdict.camps) == [("a", "b"), ("c",), ("d",)]


def test_a_tenfold_figure_is_named_as_a_likely_extraction_error():
    verdict = judge([claim("a", 32.966e9), claim("c", 329.66e9)])
    assert len(verdict.suspects) == 1
    assert "c: 329,660,000,000 CNY is 10^1 times a's figure" in verdict.suspects[0][1]


def test_earnings_per_share_read_as_profit_is_named():
    verdict = judge(
        [claim("a", 1.004e9, metric="net_profit"), claim("e", 0.28, metric="net_profit")]
    )
    assert verdict.disagree
    assert any("per-share" in why and "e:" in why for _, why in verdict.suspects)


def test_a_guidance_range_with_one_end_missing_is_a_bound():
    at_least = claim("g", 2e9, bound="lower")
    assert agree(at_least, claim("r", 2.3e9)) is True
    assert agree(at_least, claim("r", 1.5e9)) is False
    at_most = claim("g", 2e9, bound="upper")
    assert agree(at_most, claim("r", 1.5e9)) is True


def test_rounding_still_agrees():
    assert agree(claim("a", 5.9, unit="%"), claim("b", 5.88, unit="%")) is True


def test_other_units_cannot_be_compared():
    assert agree(claim("a", 1.0, unit="USD"), claim("b", 7.0)) is None
    assert not judge([claim("a", 1.0, unit="USD"), claim("b", 7.0)]).compared
