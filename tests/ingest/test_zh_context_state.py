"""Context of Chinese prose: carried years, periods and holders must not go stale or stray.

Examples are written for these tests (no corpus sentence); each gives the facts it must.
"""

from __future__ import annotations

from datetime import date

from reemarket.ingest.rules.zh import extract_zh


def _all(text: str, published: str) -> set[tuple[str, str, str, str, float]]:
    res = extract_zh(
        text,
        document_id="t",
        doc="t",
        published=date.fromisoformat(published),
        year=None,
        version="t",
    )
    return {(f.entity, f.subject, f.metric, f.period, round(f.value, 2)) for f in res.facts}


def _facts(text: str, published: str) -> set[tuple[str, str, str, float]]:
    return {f[1:] for f in _all(text, published)}


def test_a_year_named_for_an_old_total_does_not_date_a_later_quote() -> None:
    got = _facts(
        "去年全年产量为8万吨；2021年则为6万吨。\n"
        "行情方面，截至3月4日，氧化镨报40.1万-40.6万元/吨。",
        "2024-03-05",
    )
    assert ("pr_oxide", "price_low", "2024-03-04", 401000.0) in got
    assert ("pr_oxide", "price_high", "2024-03-04", 406000.0) in got


def test_last_years_days_keep_the_year_of_a_recent_review() -> None:
    got = _facts("2023年12月氧化铽走弱。12月29日，氧化铽报820万元/吨。", "2024-01-08")
    assert ("tb_oxide", "price", "2023-12-29", 8200000.0) in got


def test_a_world_figure_is_global() -> None:
    got = _all("据行业统计，2023年全球风电新增装机约110GW。", "2024-03-01")
    assert ("global", "wind_power", "installed_capacity", "2023", 110000000.0) in got


def test_the_buyer_after_xiang_is_not_the_seller() -> None:
    got = _all(
        "包钢股份公告：2024年1-6月，公司向北方稀土销售稀土精矿12.5万吨。",
        "2024-07-10",
    )
    assert ("baotou_steel", "re_concentrate", "sales", "2024-01/2024-06", 125000.0) in got


def test_a_contract_price_of_another_quarter_said_with_gai() -> None:
    got = _facts(
        "包钢股份关于调整2024年第四季度稀土精矿关联交易价格的公告\n"
        "2024年第四季度稀土精矿交易价格调整为不含税18000元/吨。"
        "2024年第三季度，该价格为不含税17500元/吨。",
        "2024-10-09",
    )
    assert ("re_concentrate", "price", "2024-Q4", 18000.0) in got
    assert ("re_concentrate", "price", "2024-Q3", 17500.0) in got


def test_a_storys_later_dollar_quote_stays_in_the_fob_series_it_named() -> None:
    got = _all(
        "据韩国机构统计，氧化镨钕离岸价（FOB中国）周五报每公斤63.4美元。\n\n"
        "氧化镧同日报每公斤0.85美元，较上周五持平。\n\n"
        "内地氧化镝现货价为每公斤1600元人民币，约合每公斤222美元。",
        "2025-03-10",
    )
    assert ("fob_china", "prnd_oxide", "price", "2025-03-07", 63.4) in got
    assert ("fob_china", "la_oxide", "price", "2025-03-07", 0.85) in got
    assert ("china", "dy_oxide", "price", "2025-03-07", 1600.0) in got
    assert not any(f[0] == "fob_china" and f[1] == "dy_oxide" for f in got)


def test_a_bare_later_day_of_the_same_month_before_publication_is_that_month() -> None:
    # a base day (一周前…) is no reference for the next sentence's bare day
    got = _all(
        "氧化钕离岸价8月29日报每公斤92美元；与一周前（22日）的90美元相比上涨2.2%。\n"
        "氧化铈29日报每公斤1.7美元，较7月底的1.8美元每公斤减少0.1美元。",
        "2025-09-01",
    )
    assert ("fob_china", "nd_oxide", "price", "2025-08-22", 90.0) in got
    assert ("fob_china", "ce_oxide", "price", "2025-08-29", 1.7) in got
    assert ("fob_china", "ce_oxide", "price", "2025-07-31", 1.8) in got
    assert ("fob_china", "ce_oxide", "change", "2025-07-31/2025-08-29", -0.1) in got


def test_a_notice_part_headed_as_last_years_gives_last_years_results() -> None:
    got = _facts(
        "盛和资源控股股份有限公司2024年年度业绩预告\n\n"
        "一、本期业绩预告情况\n"
        "预计2024年年度实现归属于母公司所有者的净利润20,000万元到24,000万元。\n\n"
        "二、上年同期经营业绩和财务状况\n"
        "（一）利润总额：31,250.60万元。归属于母公司所有者的净利润：33,181.20万元。\n\n"
        "三、本期业绩预增的主要原因\n"
        "公司2024年营业收入为110亿元。\n",
        "2025-01-20",
    )
    assert ("", "total_profit", "2023", 312506000.0) in got
    assert ("", "net_profit_attributable", "2023", 331812000.0) in got
    assert ("", "revenue", "2024", 11000000000.0) in got


def test_a_sentence_opened_by_last_years_period_gives_last_years_results() -> None:
    got = _facts(
        "盛和资源上半年实现营业收入60.5亿元, 同比增长10%。去年同期, 公司营业收入为55亿元,"
        " 归母净利润仅0.8亿元。",
        "2025-08-20",
    )
    assert ("", "revenue", "2025-01/2025-06", 6050000000.0) in got
    assert ("", "revenue", "2024-01/2024-06", 5500000000.0) in got
    assert ("", "net_profit_attributable", "2024-01/2024-06", 80000000.0) in got


def test_a_weeks_rate_of_a_price_its_clause_names_as_fob_is_fobs() -> None:
    got = _all(
        "出口方面，本周氧化镝FOB中国价格继续走高，周内涨幅6.2%；国内氧化铽价格回落，本周跌幅为1.1%。",
        "2025-08-22",
    )
    assert ("fob_china", "dy_oxide", "change_pct", "2025-08-15/2025-08-22", 6.2) in got
    assert ("china", "tb_oxide", "change_pct", "2025-08-15/2025-08-22", -1.1) in got


def test_a_later_paragraphs_bare_move_takes_the_reports_base_on_the_same_day() -> None:
    got = _facts(
        "一、氧化物\n氧化钬报47万-48万元/吨，较上一交易日上涨5000元/吨。\n\n"
        "二、金属\n镝铁合金报155万元/吨，跌1万元/吨。\n",
        "2024-07-05",
    )
    assert ("dyfe_alloy", "change", "2024-07-04/2024-07-05", -10000.0) in got


def test_the_fob_carry_holds_for_the_next_paragraph_only() -> None:
    # as in English: a dollar quote paragraphs after the FOB line names its own market or none
    got = _all(
        "氧化镨钕离岸价（FOB中国）3月7日报每公斤63.4美元。\n\n"
        "氧化镧同日报每公斤0.85美元。\n\n"
        "国内分离企业开工率维持在七成左右。\n\n"
        "氧化铽3月7日报每公斤1050美元。",
        "2025-03-10",
    )
    assert ("fob_china", "la_oxide", "price", "2025-03-07", 0.85) in got
    assert ("china", "tb_oxide", "price", "2025-03-07", 1050.0) in got


def test_a_weeks_daily_mean_is_no_sunday() -> None:
    # "本周日均…" is the week's mean of daily quotes; "本周日" must not become Sunday
    got = _facts("本周日均成交价方面，氧化镨钕为40.5万元/吨。", "2024-03-08")
    assert not any(f[2] == "2024-03-10" or f[2] == "2024-03-03" for f in got)


def test_a_rotterdam_warehouse_quote_is_europes() -> None:
    # not CIF (no 到岸), and not China's market: FACTS.md's `europe`
    got = _all("歐洲鹿特丹倉庫氧化鋱報價每公斤1200美元。", "2025-03-14")
    assert ("europe", "tb_oxide", "price", "2025-03-14", 1200.0) in got


def test_this_weeks_weekday_is_of_the_reports_week_even_when_still_to_come() -> None:
    """本周五 in a Wednesday report is this Friday (a plan: no quote); a day still to come does
    not become the day the next sentences speak of."""
    got = _facts(
        "北方稀土将于本周五（14日）公布12月挂牌价。氧化钬报48万元/吨。\n"
        "这周二氧化铽报7100元/公斤，本周五或上调至7200元/公斤。",
        "2025-11-12",
    )
    assert got == {
        ("ho_oxide", "price", "2025-11-12", 480000.0),
        ("tb_oxide", "price", "2025-11-11", 7100.0),
    }


def test_a_weekly_review_published_on_monday_dates_its_weekdays_in_the_week_reviewed() -> None:
    got = _facts(
        "稀土周评：镨钕先扬后抑\n\n"
        "周一，氧化镨钕均价为55.5万元/吨；周五回落至55.8万元/吨。\n"
        "本周二氧化镝报1640-1660元/公斤。",
        "2025-11-17",
    )
    assert got == {
        ("prnd_oxide", "price", "2025-11-10", 555000.0),
        ("prnd_oxide", "price", "2025-11-14", 558000.0),
        ("dy_oxide", "price_low", "2025-11-11", 1640.0),
        ("dy_oxide", "price_high", "2025-11-11", 1660.0),
    }


def test_a_review_after_a_monday_holiday_and_a_monday_daily() -> None:
    """A review out on the first trading day after a Monday holiday reviews the week before;
    a daily note of a Monday keeps its own Monday."""
    review = _facts("镨钕市场周报\n\n周一氧化铽报7050元/公斤。", "2025-10-09")
    assert review == {("tb_oxide", "price", "2025-09-29", 7050.0)}
    daily = _facts("稀土日评\n\n周一氧化铽报7050元/公斤。", "2025-11-17")
    assert daily == {("tb_oxide", "price", "2025-11-17", 7050.0)}


def test_a_figureless_today_sentence_ends_an_earlier_notes_day() -> None:
    got = _facts(
        "注：氧化钬本周无成交，沿用9月6日报价。\n"
        "今日重稀土市场继续走强。\n"
        "氧化铽报6020-6080元/公斤，较上一交易日上涨20元/公斤。",
        "2024-09-10",
    )
    assert ("tb_oxide", "price_low", "2024-09-10", 6020.0) in got
    assert ("tb_oxide", "change", "2024-09-09/2024-09-10", 20.0) in got


def test_the_friday_a_week_before_is_a_base_and_five_trading_days_no_friday() -> None:
    got = _all(
        "上周五（9月13日）氧化铽离岸价报每公斤850美元，较前一周五（9月6日）的838美元上涨12美元；"
        "上周五个交易日均价为845美元。",
        "2024-09-16",
    )
    assert ("fob_china", "tb_oxide", "price", "2024-09-13", 850.0) in got
    assert ("fob_china", "tb_oxide", "price", "2024-09-06", 838.0) in got
    assert ("fob_china", "tb_oxide", "change", "2024-09-06/2024-09-13", 12.0) in got


def test_a_monday_reports_last_friday_said_again_is_the_same_friday() -> None:
    got = _all(
        "上周五（9月13日）氧化镝离岸价报每公斤230美元。\n"
        "重稀土方面，氧化钬上周五报每公斤62美元，与前一日持平。\n"
        "轻稀土方面，氧化镧上周五报每公斤0.90美元。",
        "2024-09-16",
    )
    assert ("fob_china", "ho_oxide", "price", "2024-09-13", 62.0) in got
    assert ("fob_china", "la_oxide", "price", "2024-09-13", 0.9) in got
