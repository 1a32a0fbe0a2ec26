from collections import Counter
from pathlib import Path

import openpyxl
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from reemarket.errors import InputError, RowsRejectedError
from reemarket.services.prices import export_prices, import_prices

pytestmark = pytest.mark.backends

MAPPINGS = Path(__file__).resolve().parents[2] / "src/reemarket/data/mappings"
SAMPLE = Path(__file__).resolve().parents[2] / "src/reemarket/data/sample/prices.csv"


def count(store):
    return store.conn.execute("SELECT count(*) FROM observations").fetchall()[0][0]


def write_csv(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


GOOD = """date,product,low,high,unit
2025-03-04,Pr-Nd oxide,"443,000","445,000",yuan/mt
2025-03-04,dysprosium oxide,1700,1720,CNY/kg
2025-03-05,氧化镨钕,442000,444000,CNY/t
"""


def test_standard_sheet_imports_and_normalises_units(store, tmp_path):
    r = import_prices(store, write_csv(tmp_path / "s.csv", GOOD))
    assert (r.inserted, r.rejected) == (3, 0)
    rows = store.conn.execute(
        "SELECT product, market, date::VARCHAR, low, high, mid, unit, basis, source FROM observations ORDER BY date, product"
    ).fetchall()
    assert rows[0] == (
        "dy_oxide",
        "china",
        "2025-03-04",
        1700.0,
        1720.0,
        1710.0,
        "CNY/kg",
        "incl_vat",
        "s.csv",
    )
    assert rows[1][:7] == (
        "prnd_oxide",
        "china",
        "2025-03-04",
        443000.0,
        445000.0,
        444000.0,
        "CNY/t",
    )


def test_importing_twice_changes_nothing(store, tmp_path):
    path = write_csv(tmp_path / "s.csv", GOOD)
    import_prices(store, path)
    before = store.conn.execute("SELECT * FROM observations ORDER BY ALL").fetchall()
    again = import_prices(store, path)
    assert (again.inserted, again.updated, again.unchanged, again.run_id) == (0, 0, 3, None)
    assert store.conn.execute("SELECT * FROM observations ORDER BY ALL").fetchall() == before
    assert store.conn.execute("SELECT count(*) FROM runs").fetchall() == [(1,)]


def test_corrected_sheet_updates_values(store, tmp_path):
    import_prices(store, write_csv(tmp_path / "s.csv", GOOD))
    r = import_prices(store, write_csv(tmp_path / "s.csv", GOOD.replace("1720", "1730")))
    assert (r.inserted, r.updated, r.unchanged) == (0, 1, 2)


BAD = """date,product,price,unit
2025-03-04,unobtainium oxide,100,CNY/t
2025-03-05,Pr-Nd oxide,-5,CNY/t
2025-02-30,Pr-Nd oxide,444000,CNY/t
2025-03-06,Pr-Nd oxide,444000,t
2025-03-07,dysprosium oxide,1700,yuan/mt
2025-03-10,Pr-Nd oxide,444000,CNY/t
2025-03-11,Pr-Nd oxide,abc,CNY/t
"""


def test_every_bad_row_is_reported_by_line_and_nothing_written(store, tmp_path):
    with pytest.raises(RowsRejectedError) as err:
        import_prices(store, write_csv(tmp_path / "bad.csv", BAD))
    got = {(p.line, p.code) for p in err.value.problems}
    assert got == {
        (2, "unknown_product"),
        (3, "non_positive_price"),
        (4, "bad_date"),
        (5, "bad_unit"),
        (6, "implausible_price"),
        (8, "bad_number"),
    }
    reasons = {p.code: p.reason for p in err.value.problems}
    assert "'unobtainium oxide'" in reasons["unknown_product"]
    assert "'2025-02-30' is not a real date" in reasons["bad_date"]
    assert "not a price unit" in reasons["bad_unit"]
    assert (
        "1.7 CNY/kg (given in yuan/mt) is outside the plausible band 300-15,000 CNY/kg"
        in reasons["implausible_price"]
    )
    assert count(store) == 0
    assert store.conn.execute("SELECT count(*) FROM runs").fetchall() == [(0,)]


def test_skip_bad_writes_the_good_rows(store, tmp_path):
    r = import_prices(store, write_csv(tmp_path / "bad.csv", BAD), skip_bad=True)
    assert (r.inserted, r.rejected) == (1, 6)
    assert len(r.problems) == 6
    assert store.conn.execute("SELECT date::VARCHAR FROM observations").fetchall() == [
        ("2025-03-10",)
    ]


def test_unknown_format_and_missing_file(store, tmp_path):
    with pytest.raises(InputError, match="unsupported sheet format"):
        import_prices(store, write_csv(tmp_path / "s.json", "{}"))
    with pytest.raises(InputError, match="file not found"):
        import_prices(store, tmp_path / "absent.csv")


def test_missing_columns_are_named(store, tmp_path):
    with pytest.raises(InputError, match="no unit column"):
        import_prices(
            store, write_csv(tmp_path / "s.csv", "date,product,price\n2025-03-04,nd_oxide,1\n")
        )


def test_real_oxide_series_reports_its_defects(store, shared):
    path = shared / "data/china_daily_oxide_prices_2013_2024.csv"
    mapping = MAPPINGS / "china_daily_oxide_prices_2013_2024.toml"
    with pytest.raises(RowsRejectedError) as err:
        import_prices(store, path, mapping_path=mapping)
    assert count(store) == 0
    by_code = Counter(p.code for p in err.value.problems)
    # averages outside low-high on hundreds of early Nd rows
    assert by_code["mid_outside_range"] > 300
    first = next(p for p in err.value.problems if p.code == "mid_outside_range")
    assert first.line == 2
    assert "nd_oxide" in first.reason
    # weekend rows repeating the previous day
    weekend = [p for p in err.value.problems if p.code == "weekend_repeat"]
    assert weekend
    assert all("repeats the previous row" in p.reason for p in weekend)
    assert any(p.line == 3 and "2013-01-05 (Saturday)" in p.reason for p in weekend)
    # the cerium min/max glitch of 2013-02-08
    glitch = [p for p in err.value.problems if p.code == "range_glitch"]
    assert any("ce_oxide" in p.reason and "9,250-10,250" in p.reason for p in glitch)
    r = import_prices(store, path, mapping_path=mapping, skip_bad=True)
    assert r.inserted + r.rejected == r.rows_read
    assert r.inserted > 10_000
    # Nd on 2022-03-01 is 120-122 (10,000 yuan/t), i.e. 1.20-1.22 million yuan/t
    row = store.conn.execute(
        "SELECT low, high, unit FROM observations WHERE product = 'nd_oxide' AND date = '2022-03-01'"
    ).fetchall()
    assert row == [(1_200_000.0, 1_220_000.0, "CNY/t")]


def test_wide_sheet_through_a_mapping(store, tmp_path):
    sheet = write_csv(
        tmp_path / "wide.csv",
        "日期,氧化镨钕均价,氧化镝均价\n2025-03-04,44.4,171\n2025-03-05,44.2,\n",
    )
    mapping = tmp_path / "m.toml"
    mapping.write_text(
        '[sheet]\ndate_column = "日期"\nsource = "my desk"\n'
        '[[column]]\nname = "氧化镨钕均价"\nproduct = "氧化镨钕"\nfield = "mid"\nunit = "CNY/t"\nscale = 10000\n'
        '[[column]]\nname = "氧化镝均价"\nproduct = "氧化镝"\nfield = "mid"\nunit = "CNY/t"\nscale = 10000\n',
        encoding="utf-8",
    )
    r = import_prices(store, sheet, mapping_path=mapping)
    assert r.inserted == 3  # the blank Dy cell is no observation
    rows = store.conn.execute(
        "SELECT product, date::VARCHAR, mid, unit, source FROM observations ORDER BY ALL"
    ).fetchall()
    assert ("dy_oxide", "2025-03-04", 1710.0, "CNY/kg", "my desk") in rows
    assert ("prnd_oxide", "2025-03-05", 442000.0, "CNY/t", "my desk") in rows


def test_bad_mapping_names_the_field(store, tmp_path):
    mapping = tmp_path / "m.toml"
    mapping.write_text(
        '[[column]]\nname = "x"\nproduct = "nd_oxide"\nfield = "avg"\nunit = "CNY/t"\n',
        encoding="utf-8",
    )
    with pytest.raises(InputError, match=r"m.toml: field column.0.field"):
        import_prices(store, write_csv(tmp_path / "s.csv", GOOD), mapping_path=mapping)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".parquet"])
def test_export_import_round_trip(store, tmp_path, suffix):
    import_prices(store, write_csv(tmp_path / "s.csv", GOOD))
    out = tmp_path / f"out{suffix}"
    assert export_prices(store, out).rows == 3
    r = import_prices(store, out)
    assert (r.inserted, r.updated, r.unchanged) == (0, 0, 3)


def test_xlsx_and_parquet_lines_are_reported(store, tmp_path):
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["date", "product", "price", "unit"])
    ws.append(["2025-03-04", "nd_oxide", 550000, "CNY/t"])
    ws.append(["2025-03-05", "nd_oxide", -1, "CNY/t"])
    book.save(tmp_path / "s.xlsx")
    with pytest.raises(RowsRejectedError) as err:
        import_prices(store, tmp_path / "s.xlsx")
    assert [(p.line, p.code) for p in err.value.problems] == [(3, "non_positive_price")]
    table = pa.table(
        {
            "date": ["2025-03-04", "2025-03-32"],
            "product": ["nd_oxide"] * 2,
            "price": [550000.0, 560000.0],
            "unit": ["CNY/t"] * 2,
        }
    )
    pq.write_table(table, tmp_path / "s.parquet")
    with pytest.raises(RowsRejectedError) as err:
        import_prices(store, tmp_path / "s.parquet")
    assert [(p.line, p.code) for p in err.value.problems] == [(3, "bad_date")]


def test_bundled_sample_sheet_is_clean_and_cites_sources(store):
    r = import_prices(store, SAMPLE)
    assert r.rejected == 0
    assert r.inserted == r.rows_read
    empty = store.conn.execute(
        "SELECT count(*) FROM observations WHERE source IS NULL OR source = ''"
    ).fetchall()
    assert empty == [(0,)]
    products = {
        p for (p,) in store.conn.execute("SELECT DISTINCT product FROM observations").fetchall()
    }
    assert {
        "nd_oxide",
        "pr_oxide",
        "la_oxide",
        "ce_oxide",
        "prnd_oxide",
        "dy_oxide",
        "tb_oxide",
    } <= products
