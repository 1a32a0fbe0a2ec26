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


def test_a_project_stage_said_after_its_figure_gives_the_status() -> None:
    """Roof on or machines moving in is building; an environmental review or "尚未开工" is a
    plan, even with a word of building in the same clause; "已建成投产" is running."""
    text = (
        "产能跟踪\n2025年9月15日\n\n"
        "宁波韵升二期年产6000吨钕铁硼毛坯项目目前主体厂房已封顶，设备正陆续进场安装。"
        "正海磁材配套的年产2000吨镨钕金属项目，目前处于环评公示阶段，尚未开工建设。"
        "金力永磁现有年产9000吨钕铁硼毛坯产能已全部建成投产，新项目正在建设。\n"
    )
    assert _capacity(text) == {
        ("ningbo_yunsheng", "ndfeb_blank", 6000.0, "t/yr", "under_construction", "", True),
        ("zhenghai_magnetic_material", "prnd_metal", 2000.0, "t/yr", "planned", "", True),
        ("jl_mag_rare_earth", "ndfeb_blank", 9000.0, "t/yr", "operating", "", True),
    }


def test_a_stage_belongs_to_its_own_clause() -> None:
    """A later clause about another project, or a running plant's own word, keeps the figure's
    status; a headline's blank cuts a clause as a comma does."""
    text = (
        "产能跟踪\n2025年9月15日\n\n"
        "宁波韵升年产5000吨钕铁硼项目已投产，另一钕铁硼毛坯项目尚处于环评阶段。\n"
        "金力永磁现有钕铁硼毛坯产能4万吨，在建的包头项目主体已封顶。\n"
        "北方稀土规划建设稀土永磁项目 年产3万吨钕铁硼磁材产能已经形成\n"
    )
    assert _capacity(text) == {
        ("ningbo_yunsheng", "ndfeb_magnet", 5000.0, "t/yr", "operating", "", True),
        ("jl_mag_rare_earth", "ndfeb_blank", 40000.0, "t/yr", "operating", "", True),
        ("china_northern_rare_earth", "ndfeb_magnet", 30000.0, "t/yr", "operating", "", True),
    }


def test_a_company_the_list_does_not_know_is_filed_under_its_own_name() -> None:
    """Named in full in the lead with its short name, then as "公司" or the short name."""
    text = (
        "某磁材企业扩产\n2025年9月15日\n\n"
        "江西华磁新材料股份有限公司（下称“华磁新材”）今日披露产能进展。\n\n"
        "公司现有年产5000吨钕铁硼毛坯产能已全部建成投产。华磁新材规划建设年产2000吨镨钕金属项目。\n"
    )
    assert _capacity(text) == {
        ("jiangxi_huaci_new_materials", "ndfeb_blank", 5000.0, "t/yr", "operating", "", True),
        ("jiangxi_huaci_new_materials", "prnd_metal", 2000.0, "t/yr", "planned", "", True),
    }


def test_a_known_company_named_first_stays_the_storys() -> None:
    text = (
        "产能跟踪\n2025年9月15日\n\n"
        "宁波韵升与江西华磁新材料有限公司签署供货协议。宁波韵升现有年产5000吨钕铁硼毛坯产能。\n"
    )
    assert _capacity(text) == {
        ("ningbo_yunsheng", "ndfeb_blank", 5000.0, "t/yr", "operating", "", True),
    }


def test_a_joint_venture_named_as_set_up_holds_its_own_plant() -> None:
    text = (
        "产能跟踪\n2025年9月15日\n\n"
        "宁波韵升与当地企业合资成立的赣州韵升稀土新材料有限公司，计划建设年产3000吨镨钕金属生产线。\n"
    )
    got = _capacity(text)
    assert {g[0] for g in got} == {"ganzhou_yunsheng_rare_earth_new_materials"}


def test_a_signed_project_is_planned() -> None:
    # a signing (签约) starts nothing yet: the capacity is planned, not operating
    from datetime import date

    from reemarket.ingest.pipeline import extract_text

    facts = extract_text(
        "金力永磁包头基地年产2万吨高性能稀土永磁材料项目已签约。", published=date(2025, 3, 1)
    ).facts
    assert [(f.value, f.status) for f in facts if f.kind == "capacity"] == [(20000.0, "planned")]
