"""Chinese capacity statements: holder, product, tonnes a year and status, with no period."""

from __future__ import annotations

from datetime import date

from reemarket.ingest.pipeline import extract_text

_NOTE = (
    "磁材企业扩产跟踪\n2025年9月15日\n\n"
    "金力永磁表示, 公司高性能钕铁硼永磁材料产能已达到4万吨, "
    "计划到2027年将钕铁硼产能提升至6万吨。"
    "宁波韵升在包头建成年产5000吨钕铁硼毛坯生产线并已投产。"
    "正海磁材在建年产6000吨高性能钕铁硼项目。"
    "国内钕铁硼毛坯总产能约为30万吨。"
    "铜箔行业产能约为100万吨。\n"
)


def _capacity(text: str) -> set[tuple[object, ...]]:
    ex = extract_text(text, doc="cap.txt", published=date(2025, 9, 15))
    return {
        (f.entity, f.subject, f.value, f.unit, f.status, f.period, f.resolved)
        for f in ex.facts
        if f.kind == "capacity"
    }


def test_capacity_keeps_holder_product_and_status() -> None:
    assert _capacity(_NOTE) == {
        ("jl_mag_rare_earth", "ndfeb_magnet", 40000.0, "t/yr", "operating", "", True),
        ("jl_mag_rare_earth", "ndfeb_magnet", 60000.0, "t/yr", "planned", "", True),
        ("ningbo_yunsheng", "ndfeb_blank", 5000.0, "t/yr", "operating", "", True),
        (
            "zhenghai_magnetic_material",
            "ndfeb_magnet",
            6000.0,
            "t/yr",
            "under_construction",
            "",
            True,
        ),
        ("china", "ndfeb_blank", 300000.0, "t/yr", "operating", "", True),
    }


def test_a_capacity_with_no_holder_or_no_mass_is_not_a_fact() -> None:
    assert _capacity("行业观察\n\n钕铁硼产能利用率约为75%。钕铁硼产能投资约为20亿元。\n") == set()
