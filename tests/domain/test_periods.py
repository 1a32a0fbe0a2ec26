from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reemarket.domain.periods import Granularity, Period, parse_date, parse_period
from reemarket.domain.trading_calendar import get_calendar, is_makeup_workday
from reemarket.errors import PeriodError


@pytest.mark.parametrize(
    ("text", "start", "end", "gran"),
    [
        ("2025-03-31", date(2025, 3, 31), date(2025, 3, 31), Granularity.DAY),
        ("2025-02", date(2025, 2, 1), date(2025, 2, 28), Granularity.MONTH),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29), Granularity.MONTH),
        ("2025-Q1", date(2025, 1, 1), date(2025, 3, 31), Granularity.QUARTER),
        ("2024", date(2024, 1, 1), date(2024, 12, 31), Granularity.YEAR),
        ("2024-12-31/2025-03-31", date(2024, 12, 31), date(2025, 3, 31), Granularity.DAY),
        ("2025-01/2025-05", date(2025, 1, 1), date(2025, 5, 31), Granularity.MONTH),
        ("2025/2030", date(2025, 1, 1), date(2030, 12, 31), Granularity.YEAR),
    ],
)
def test_facts_md_periods(text, start, end, gran):
    p = parse_period(text)
    assert (p.start, p.end, p.granularity) == (start, end, gran)
    assert str(p) == text


@pytest.mark.parametrize(
    "bad", ["2025-02-30", "2025-13", "2025-Q5", "25-01-01", "2025-03/2025", "Q1", ""]
)
def test_bad_periods_name_the_text(bad):
    with pytest.raises(PeriodError):
        parse_period(bad)


def test_span_must_not_run_backwards():
    with pytest.raises(PeriodError):
        parse_period("2025-03/2025-01")


def test_parse_date_rejects_non_days():
    assert parse_date("2025-07-08") == date(2025, 7, 8)
    with pytest.raises(PeriodError, match="no such day"):
        parse_date("2023-02-29")
    with pytest.raises(PeriodError, match="not a day"):
        parse_date("2025-07")


days = st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31))


@st.composite
def periods(draw):
    kind = draw(st.sampled_from(["day", "month", "quarter", "year"]))
    d = draw(days)
    make = {
        "day": lambda x: Period.day(x),
        "month": lambda x: Period.month(x.year, x.month),
        "quarter": lambda x: Period.quarter(x.year, (x.month - 1) // 3 + 1),
        "year": lambda x: Period.year(x.year),
    }[kind]
    first = make(d)
    if draw(st.booleans()):
        e = draw(days.filter(lambda x: x >= d))
        return Period.span(first, make(e))
    return first


@given(periods())
def test_periods_round_trip(p):
    assert parse_period(str(p)) == p


def test_sse_calendar_previous_trading_day():
    sse = get_calendar("sse")
    assert sse.previous_trading_day(date(2025, 7, 8)) == date(2025, 7, 7)
    # Spring Festival 2025: closed 28 January to 4 February
    assert sse.previous_trading_day(date(2025, 2, 5)) == date(2025, 1, 27)
    assert not sse.is_trading_day(date(2025, 11, 2))  # a Sunday
    assert not sse.is_trading_day(date(2025, 10, 1))  # National Day


def test_make_up_working_days():
    sse, work = get_calendar("sse"), get_calendar("cn_work")
    saturday = date(2025, 2, 8)  # worked in exchange for the Spring Festival
    assert is_makeup_workday(saturday)
    assert work.is_trading_day(saturday)
    assert not sse.is_trading_day(saturday)  # the exchange stays closed
    assert not is_makeup_workday(date(2025, 2, 15))


def test_calendar_range_is_checked():
    with pytest.raises(PeriodError, match="outside"):
        get_calendar("sse").is_trading_day(date(1990, 1, 2))
