"""Whose a Chinese contract price is: the buyer of the supply contract, whoever announces it."""

from __future__ import annotations

from datetime import date

from reemarket.ingest.rules.zh import extract_zh

_SELLER = (
    "包钢股份: 二季度稀土精矿关联交易价格下调\n"
    "包钢股份8日晚公告, 2025年第二季度稀土精矿关联交易价格调整为不含税19000元/吨, "
    "较第一季度的20000元/吨环比下降5%。"
)
_BUYER = (
    "北方稀土: 二季度稀土精矿交易价格\n北方稀土公告, 2025年第二季度稀土精矿交易价格为19000元/吨。"
)


def _holders(text: str) -> set[tuple[str, str, str, float]]:
    res = extract_zh(
        text, document_id="d", doc="d", published=date(2025, 4, 8), year=None, version="t"
    )
    return {(f.entity, f.metric, f.period, f.value) for f in res.facts}


def test_a_concentrate_price_announced_by_the_seller_is_the_buyers() -> None:
    assert _holders(_SELLER) == {
        ("china_northern_rare_earth", "price", "2025-Q2", 19000.0),
        ("china_northern_rare_earth", "price", "2025-Q1", 20000.0),
        ("china_northern_rare_earth", "change_pct", "2025-Q1/2025-Q2", -5.0),
    }


def test_the_buyers_own_notice_keeps_its_holder() -> None:
    assert _holders(_BUYER) == {("china_northern_rare_earth", "price", "2025-Q2", 19000.0)}


_NATIONAL_LIST = (
    "北方稀土发布年度报告\n"
    "行业方面，2024年全国稀土冶炼分离产品产量同比增长8.4%，稀土金属产量同比增长11.2%，"
    "稀土磁性材料产量同比增长6.9%。"
)


def test_a_national_list_keeps_the_country_for_every_clause() -> None:
    """全国 said once before a list of output rates makes each of them the country's."""
    holders = {h for h, metric, _, _ in _holders(_NATIONAL_LIST) if metric.endswith("_yoy_pct")}
    assert holders == {"china"}


def test_unknown_companies_of_one_city_and_trade_keep_their_own_ids() -> None:
    """Registered names that share their place and trade words differ by their own words."""
    text = (
        "包头稀土企业10月产量\n"
        "包头市金蒙稀土材料有限公司10月氧化镨钕产量为320吨。\n"
        "包头市华星稀土材料有限公司10月氧化镨钕产量为150吨。\n"
    )
    assert {(h, v) for h, m, _, v in _holders(text) if m == "production"} == {
        ("baotou_jinmeng_rare_earth_materials", 320.0),
        ("baotou_huaxing_rare_earth_materials", 150.0),
    }


def test_an_unknown_company_in_a_known_companys_story_is_not_the_known_one() -> None:
    text = (
        "北方稀土披露经营数据\n"
        "北方稀土表示，公司生产经营稳定。"
        "另据了解，包头市华星永磁科技有限公司10月氧化镨钕产量为150吨。\n"
    )
    assert {(h, v) for h, m, _, v in _holders(text) if m == "production"} == {
        ("baotou_huaxing_permanent_magnet_technology", 150.0),
    }


def test_a_registered_name_after_a_word_of_relation_is_read_without_it() -> None:
    """ "与" (with) or "旗下的" before a name is no part of it."""
    text = (
        "合作协议\n"
        "宁波韵升与赣州金泰稀土有限公司签署合作协议。"
        "据介绍，赣州金泰稀土有限公司10月氧化镝产量为12吨。\n"
    )
    assert {(h, v) for h, m, _, v in _holders(text) if m == "production"} == {
        ("ganzhou_jintai_rare_earth", 12.0),
    }
