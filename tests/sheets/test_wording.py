"""Problem wording lives with the reason codes (sheets.validate); the store's checks fill it."""

import re

import duckdb
import pytest

from reemarket.sheets import validate
from reemarket.store.sheet_checks import VALUES, WORDED, printf_sql


def test_every_check_has_its_wording_and_every_code_is_worded():
    assert set(validate.REASONS) == set(WORDED)
    table = re.findall(r"^([a-z_]+) {2,}", validate.__doc__ or "", re.M)
    assert set(table) <= set(validate.REASONS)
    assert len(table) == 17


@pytest.mark.parametrize(
    ("template", "values", "expected"),
    [
        ("no price given", {}, "no price given"),
        (
            "it's {n:,.10g} at 100% {raw|none}",
            {"n": "1234.5", "raw": "NULL"},
            "it's 1,234.5 at 100% none",
        ),
        ("{raw|none} and {raw|}", {"raw": "'a''b'"}, "'a'b' and 'a'b'"),
        ("line {n:d}", {"n": "7"}, "line 7"),
    ],
)
def test_templates_become_sql_that_words_the_problem(template, values, expected):
    conn = duckdb.connect()
    assert conn.execute(f"SELECT {printf_sql(template, values)}").fetchall() == [(expected,)]
    conn.close()


def test_row_wording_names_only_values_the_checks_offer():
    extra = {"field", "raw", "day", "market", "first_line"}
    for template in validate.REASONS.values():
        for name in re.findall(r"\{(\w+)", template):
            assert name in VALUES or name in extra, name


def test_the_weekend_repair_can_tell_a_repeating_closed_day_by_its_wording():
    from reemarket.store.repair import REPEAT_WORDS

    assert REPEAT_WORDS in validate.REASONS["non_trading_day_repeating"]
    assert REPEAT_WORDS in validate.REASONS["weekend_repeat"]
    assert REPEAT_WORDS not in validate.REASONS["non_trading_day"]
