"""The company registry: names, tickers, unknown names and fiscal years."""

from datetime import date

import pytest

from reemarket.domain.companies import find_company, fiscal_label, fiscal_year_of, profiles
from reemarket.errors import NotFoundError
from reemarket.ingest.lexicon import company_slug, find_companies


@pytest.mark.parametrize(
    ("name", "cid"),
    [
        ("cnre", "china_northern_rare_earth"),
        ("北方稀土", "china_northern_rare_earth"),
        ("中国北方稀土(集团)高科技股份有限公司", "china_northern_rare_earth"),
        ("North Rare Earth", "china_northern_rare_earth"),
        ("600111.SS", "china_northern_rare_earth"),
        ("600111.SH", "china_northern_rare_earth"),
        ("600111", "china_northern_rare_earth"),
        ("LYC.AX", "lynas_rare_earths"),
        ("lynas", "lynas_rare_earths"),
        ("MP", "mp_materials"),
        ("000831.SZ", "china_rare_earth_group"),
        ("600392.SS", "shenghe_resources"),
        ("ILU.AX", "iluka_resources"),
        ("NEO.TO", "neo_performance_materials"),
    ],
)
def test_ids_names_aliases_and_tickers_resolve(name, cid):
    assert find_company(name).id == cid


def test_unknown_name_lists_the_closest():
    with pytest.raises(NotFoundError) as err:
        find_company("Lynus Rare Earth")
    assert "Lynas Rare Earths Ltd (lynas_rare_earths)" in str(err.value)
    assert err.value.field == "company"


def test_every_listing_names_its_source_and_the_asked_tickers_are_there():
    tickers = {t for p in profiles() for t in p.tickers}
    assert {"600111.SS", "LYC.AX", "MP", "000831.SZ", "600392.SS", "ILU.AX", "NEO.TO"} <= tickers
    for p in profiles():
        for listing in p.listings:
            assert listing.source.strip(), p.id
        if p.listings:
            assert p.currency, p.id


def test_lynas_december_quarter_is_q2_fy25():
    lynas = find_company("Lynas")
    assert lynas.fiscal_year_end == (6, 30)
    assert fiscal_label(lynas, date(2024, 10, 1), date(2024, 12, 31)) == "Q2 FY25"
    assert fiscal_label(lynas, date(2024, 7, 1), date(2024, 9, 30)) == "Q1 FY25"
    assert fiscal_label(lynas, date(2025, 4, 1), date(2025, 6, 30)) == "Q4 FY25"
    assert fiscal_label(lynas, date(2024, 7, 1), date(2025, 6, 30)) == "FY25"
    assert fiscal_label(lynas, date(2024, 7, 1), date(2024, 12, 31)) == "H1 FY25"
    assert fiscal_label(lynas, date(2025, 1, 1), date(2025, 12, 31)) is None  # straddles FYs
    assert fiscal_year_of(lynas, date(2025, 6, 30)) == 2025
    assert fiscal_year_of(lynas, date(2025, 7, 1)) == 2026


def test_calendar_year_companies_have_no_fiscal_names():
    cnre = find_company("cnre")
    assert fiscal_label(cnre, date(2025, 1, 1), date(2025, 3, 31)) is None


def test_the_extractor_still_reads_the_file_with_the_new_names():
    found = find_companies("中国北方稀土(集团)高科技股份有限公司10月10日晚间公告")
    assert [m.id for m in found] == ["china_northern_rare_earth"]
    assert company_slug("LYC.AX") == "lynas_rare_earths"
