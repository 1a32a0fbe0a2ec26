"""Chinese capacity rules: a company's (or the country's) capacity for a product, with status.

A capacity is a standing figure: it has no period, and its status comes from the words of
its clause (the vocabulary classes ``cap_planned`` and ``cap_building``; otherwise the
plant is taken as operating).
"""

from __future__ import annotations

import re
from dataclasses import replace

from reemarket.ingest.rules import REGISTRY, Example, Rule
from reemarket.ingest.rules.zh_base import CLAUSE, MASS_UNITS, Cand, Sent
from reemarket.ingest.rules.zh_holders import holder
from reemarket.ingest.rules.zh_text import compile_pattern

_PLANNED = compile_pattern("{CAP_PLANNED}")
_BUILDING = compile_pattern("{CAP_BUILDING}")
_STAGE_PLANNED = compile_pattern("{CAP_STAGE_PLANNED}")
_STAGE_BUILDING = compile_pattern("{CAP_STAGE_BUILDING}")
_OPERATING = compile_pattern("{CAP_OPERATING}")
#: the clauses after a figure that may tell its project's stage: up to the next figure, the
#: next phase ("二期") or the end of the sentence
_STAGE_TAIL = re.compile(r"(?:(?![一二三四]期)[^\d。;；!?！？]){0,48}")
_NATIONAL = compile_pattern(r"(?:{SCOPE_NATIONAL})[^,，。;；]{0,12}$")
#: a phase of a project named before: "一期1万吨生产线已投产, 二期2万吨正在建设"
_PHASE = r"(?<![\d.])[一二三四]期\s*(?:项目)?\s*"
_PROJECT_TAIL = re.compile(r"[^,，。;；]{0,16}")
_SEPARATION = compile_pattern(r"\s*(?:{SEPARATION})")
#: a basis note after the figure: "年产4500吨(以REO计)的..."
_NOTE = r"(?:\s*\([^()]{1,12}\))?"


#: the plant the figure sizes is a separation one: "…5000吨的冶炼分离能力", "…绿色冶炼分离项目"
_SEPARATION_PLANT = compile_pattern(
    r"[^,，。;；\d]{0,8}?(?:{SEPARATION})\s*(?:项目|产能|能力|生产线|产线|工程|厂)"
)


def _subject(s: Sent, m: re.Match[str]) -> str:
    """The product of a capacity; rare earths' separation is smelting-separation.

    So is a separation plant sized by the oxides it turns out ("年处理稀土氧化物5000吨的冶炼
    分离能力", "年产3000吨稀土氧化物冶炼分离项目"): the oxides are its measure, not its product.
    """
    pid = s.products_id(m)
    if pid == "rare_earths" and _SEPARATION.match(s.text, m.end("p")):
        return "smelting_separation"
    if pid in ("rare_earths", "re_oxides") and _SEPARATION_PLANT.match(s.text, m.end()):
        return "smelting_separation"
    return pid


#: Verbs of a capacity brought to a total: a plan's words, unless the plant was just built.
_REACH = frozenset({"提升至", "扩至", "扩大至", "增至"})


def _raised_when_built(s: Sent, lo: int, near: str) -> bool:
    """Whether the figure's only plan word is a reach verb after a clause saying it was built.

    "二期项目已于2024年二季度建成投产，公司整体产能提升至36000吨/年": the capacity reached,
    now running; "计划…提升至" stays a plan (its plan word is another).
    """
    words = {m.group() for m in _PLANNED.finditer(near)}
    if not words or not words <= _REACH or _STAGE_PLANNED.search(near):
        return False
    before = s.text[s.clause_start(max(0, lo - 1)) : lo]
    return _OPERATING.search(before) is not None and _PLANNED.search(before) is None


def _status(s: Sent, m: re.Match[str]) -> str:
    """planned, under_construction or operating, from the words around the figure.

    The figure's clause speaks first; a project's stage may also be said in the clauses after
    it, up to the next figure or phase ("项目目前主体厂房已封顶，设备正陆续进场安装";
    "生产线，目前处于环评公示阶段，尚未开工"), and "not started" outweighs a word of building.
    A stage belongs to its own clause: a later clause about another project ("…已投产，另一
    钕铁硼毛坯项目尚处于环评阶段") tells nothing of this one, and a running plant ("已投产",
    "现有") stays running whatever the clauses after it say.
    """
    lo = _own_clause_start(s, m.start())
    tail = _PROJECT_TAIL.match(s.text, m.end())
    near = s.text[lo : m.start("v")] + (tail.group() if tail else "")
    after = _STAGE_TAIL.match(s.text, m.end())
    later = _same_project(s, m.end(), after.end() if after else m.end())
    if _STAGE_PLANNED.search(near) or _PLANNED.search(near):
        return "operating" if _raised_when_built(s, lo, near) else "planned"
    building = _BUILDING.search(near) is not None
    if _OPERATING.search(near) and not building:
        return "operating"
    if _STAGE_PLANNED.search(later):
        return "planned"
    if building:
        return "under_construction"
    if _OPERATING.search(near):
        return "operating"
    if _STAGE_BUILDING.search(near + later):
        return "under_construction"
    return "operating"


#: a gap between two Chinese words: a headline's clause cut ("…规划建设稀土永磁项目 年产3万吨…")
_GAP = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")


def _own_clause_start(s: Sent, at: int) -> int:
    """Where the clause holding ``at`` starts, a headline's blank between words cutting too."""
    lo = s.clause_start(at)
    gaps = [g.end() for g in _GAP.finditer(s.text, lo, at + 1) if g.end() <= at]
    return gaps[-1] if gaps else lo


#: a clause that turns to another project: "另一…", "此外…", "其余…"
_ANOTHER = re.compile(r"\s*(?:另|此外|其他|其它|其余)")
#: ... or names one with a stage of its own: "在建的包头项目", "规划中的二号工厂"
_OWN_PROJECT = compile_pattern(
    r"(?:{CAP_BUILDING}|{CAP_PLANNED}|{CAP_OPERATING})[^,，。;；\d]{0,10}?(?:项目|生产线|产线|工厂|基地|工程)"
)


def _same_project(s: Sent, start: int, end: int) -> str:
    """The text after a figure, from ``start`` to ``end``, while it speaks of the same project.

    It ends before the first later clause that names a product or a company, turns to another
    project ("另一…", "此外…") or names a project with a stage of its own ("在建的…项目").
    """
    cuts = [c.end() for c in CLAUSE.finditer(s.text, start, end)]
    for cut in cuts:
        nxt = CLAUSE.search(s.text, cut, end)
        stop = nxt.start() if nxt else end
        named = any(cut <= x.start < stop for x in [*s.products, *s.companies])
        if named or _ANOTHER.match(s.text, cut) or _OWN_PROJECT.search(s.text, cut, stop):
            return s.text[start:cut]
    return s.text[start:end]


def _holder(s: Sent, at: int) -> str | None:
    """The company the capacity belongs to, or the country's or the market's.

    The country's when the clause names it, the market's when the sentence credits it to a
    third party ("据协会统计，…产能…"), nobody's for a province's or city's total
    ("内蒙古…产能", "全市…产能"; zh_holders).
    """
    lo = s.clause_start(at)
    national = _NATIONAL.search(s.text, lo, at)
    if national and not any(c.start <= national.start() < c.end for c in s.companies):
        return "china"  # not "中国稀土集团…产能"
    return holder(s, at)  # a province's or city's total: None (zh_holders)


def _capacity_cand(
    s: Sent, m: re.Match[str], holder: str, pid: str, q: tuple[float, str], rule: str
) -> list[Cand]:
    """One capacity figure in tonnes a year (kilograms scaled), with its stage."""
    tonnes = q[0] / 1000 if q[1] == "kg" else q[0]
    return [
        Cand(
            "capacity",
            holder,
            pid,
            "capacity",
            None,
            tonnes,
            "t/yr",
            m.start("v"),
            m.end("v"),
            rule,
            status=_status(s, m),
        )
    ]


def _phase(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "年产3万吨磁材项目一期1万吨生产线已投产": a phase of the project named before."""
    pid = s.product_before(m.start())
    q = s.quantity(m.group("v"), "capacity_phase")
    holder = _holder(s, m.start())
    if pid is None or q is None or q[1] not in MASS_UNITS or holder is None:
        return []
    return _capacity_cand(s, m, holder, pid, q, "capacity_phase")


_CAPACITY_WORD = compile_pattern("{CAPACITY}")


def _capacity_after_word(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "…产能已达到4万吨", unless the figure's own product follows the word.

    "冶炼厂产能为年产氧化镨钕3000吨" is of the oxide (rule capacity_design).
    """
    word = _CAPACITY_WORD.search(s.text, m.end("p"), m.start("v"))
    lo = word.end() if word else m.end("p")
    if any(lo <= p.start and p.end <= m.start("v") for p in s.products):
        return []
    named = [p for p in s.products if m.start("p") <= p.start and p.end <= lo]
    if not named:
        return []  # the product word was part of a company's name ("正海磁材现有产能…")
    if named[-1].start != m.start("p"):
        # "正海磁材现有钕铁硼毛坯产能…": the product after the company's name is the plant's
        return [replace(c, subject=named[-1].id) for c in _capacity(m, s)]
    return _capacity(m, s)


def _more(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "…毛坯产能已达4万吨/年，另有在建产能2万吨": the product named before, its status.

    Rare earths' separation named before ("稀土冶炼分离产能…，在建产能5000吨/年") is still
    smelting-separation.
    """
    pid = s.product_before(m.start())
    before = [p for p in s.products if p.end <= m.start()]
    if pid == "rare_earths" and before and _SEPARATION.match(s.text, before[-1].end):
        pid = "smelting_separation"
    q = s.quantity(m.group("v"), "capacity_more")
    holder = _holder(s, m.start())
    if pid is None or q is None or q[1] not in MASS_UNITS | {"t/yr"} or holder is None:
        return []
    return _capacity_cand(s, m, holder, pid, q, "capacity_more")


def _capacity_product_after(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "正海磁材规划产能3万吨高性能钕铁硼": the word and tonnes first, the product after.

    A product named before the word in its clause is the figure's (rule ``capacity``).
    """
    lo = s.clause_start(m.start())
    names = [(c.start, c.end) for c in s.companies]
    own = [p for p in s.products if not any(a <= p.start < b for a, b in names)]
    if any(lo <= p.start and p.end <= m.start() for p in own):
        return []  # a product word inside a company's name ("正海磁材") is none
    return _capacity(m, s)


def _capacity(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "正海磁材在建年产6000吨高性能钕铁硼项目": holder, product, tonnes a year, status."""
    q = s.quantity(m.group("v"), "capacity")
    # the holder of the figure: a company the match opens on ("正海磁材现有…产能") is named
    # before the figure, though not before the match
    holder = _holder(s, m.start("v"))
    if q is None or q[1] not in MASS_UNITS | {"t/yr"} or holder is None:
        return []
    return _capacity_cand(s, m, holder, _subject(s, m), q, "capacity")


def _separation_only(m: re.Match[str], s: Sent) -> list[Cand]:
    """A separation plant named without 稀土 ("分离能力4500吨/年", "2000吨/年冶炼分离项目")."""
    q = s.quantity(m.group("v"), "capacity")
    holder = _holder(s, m.start())
    if q is None or q[1] not in MASS_UNITS | {"t/yr"} or holder is None:
        return []
    return _capacity_cand(s, m, holder, "smelting_separation", q, "capacity_separation_only")


RULES = [
    Rule(
        "capacity",
        "capacity",
        "zh",
        r"{PROD:p}[^,，。;；\d]{0,8}?{CAPACITY}[^,，。;；\d]{0,8}?{Q:v}",
        _capacity_after_word,
        (
            Example(  # raised to a total by a plant just built: running, not a plan
                "中科三环天津基地三期已于2024年三季度建成投产，公司钕铁硼永磁材料产能提升至3.2万吨/年。",
                (("capacity", "ndfeb_magnet", "capacity", "", 32000, "t/yr"),),
                statuses=("operating",),
            ),
            Example(  # the same verb after a plan word stays a plan
                "中科三环计划新建天津四期，公司钕铁硼永磁材料产能将提升至4万吨/年。",
                (("capacity", "ndfeb_magnet", "capacity", "", 40000, "t/yr"),),
                statuses=("planned",),
            ),
            Example(
                "金力永磁高性能钕铁硼永磁材料产能已达到4万吨, 计划2027年提升至6万吨。",
                (("capacity", "ndfeb_magnet", "capacity", "", 40000, "t/yr"),),
            ),
            Example(
                "国内钕铁硼毛坯总产能约为30万吨。",
                (("capacity", "ndfeb_blank", "capacity", "", 300000, "t/yr"),),
            ),
            Example(  # blanks of rare-earth magnets are NdFeB blanks
                "截至6月末, 英洛华高性能稀土永磁材料毛坯产能为2.5万吨/年。",
                (("capacity", "ndfeb_blank", "capacity", "", 25000, "t/yr"),),
            ),
            Example(
                "截至年底, 英洛华钕铁硼永磁材料毛坯产能为1.5万吨/年。",
                (("capacity", "ndfeb_blank", "capacity", "", 15000, "t/yr"),),
            ),
            Example(  # in a company's story, a total credited to the trade is the country's
                "金力永磁：包头新基地开工\n金力永磁包头新基地开工建设。据行业统计，目前"
                "烧结钕铁硼毛坯产能已超过40万吨。",
                (("capacity", "ndfeb_blank", "capacity", "", 400000, "t/yr"),),
                entity="china",
            ),
            Example(  # 全行业: the whole trade's
                "金力永磁：包头新基地开工\n金力永磁包头新基地开工建设。全行业烧结钕铁硼毛坯"
                "产能已超过40万吨。",
                (("capacity", "ndfeb_blank", "capacity", "", 400000, "t/yr"),),
                entity="china",
            ),
            Example(  # a product word in the company's name is not the plant's product
                "正海磁材现有钕铁硼毛坯产能3.6万吨/年。",
                (("capacity", "ndfeb_blank", "capacity", "", 36000, "t/yr"),),
            ),
            Example(  # a province's or a city's total is the region's, not the story's company's
                "北方稀土：冶炼分离项目获批\n北方稀土发布公告。内蒙古自治区稀土冶炼分离产能"
                "已达10万吨。据了解，赣州市钕铁硼毛坯产能约6万吨。",
                (
                    ("capacity", "smelting_separation", "capacity", "", 100000, "t/yr"),
                    ("capacity", "ndfeb_blank", "capacity", "", 60000, "t/yr"),
                ),
                holders=("inner_mongolia", "ganzhou"),
            ),
            Example(  # a whole region's word (全市) is the city a sentence before named
                "包头市稀土产业观察\n记者从包头市工信局了解到，当地磁材企业订单饱满。"
                "目前全市稀土永磁材料产能约30万吨/年，另有一家企业规划新建年产1万吨磁材项目。",
                (("capacity", "re_permanent_magnet", "capacity", "", 300000, "t/yr"),),
                holders=("baotou",),
            ),
            Example(  # an unnamed company's plant in a company's story: no one's
                "金力永磁：包头基地投产\n金力永磁包头基地投产。另有一家磁材企业计划建设年产5000吨"
                "钕铁硼毛坯项目。",
                (),
            ),
            Example(  # a place the company's plant stands in keeps it the company's
                "金力永磁：包头基地投产\n金力永磁江西基地钕铁硼毛坯产能为2万吨。",
                (("capacity", "ndfeb_blank", "capacity", "", 20000, "t/yr"),),
                entity="jl_mag_rare_earth",
            ),
            Example(  # a company opening the sentence holds the figure after it, not the story's
                "中科三环：扩产节奏分化\n中科三环是行业龙头之一。\n"
                "天和磁材现有高性能钕铁硼产能约2万吨/年，公司暂无扩产计划。",
                (("capacity", "ndfeb_magnet", "capacity", "", 20000, "t/yr"),),
                entity="baotou_tianhe_magnetics_technology",
            ),
            Example(  # "公司" in the next sentence points back to the company the paragraph
                # opened on, not to the story's
                "中科三环：扩产节奏分化\n中科三环是行业龙头之一。\n"
                "英洛华则稳步推进。公司位于赣州的8000吨/年钕铁硼毛坯项目正在建设中。",
                (("capacity", "ndfeb_blank", "capacity", "", 8000, "t/yr"),),
                entity="innuovo_technology",
            ),
        ),
        doc="a product's capacity stated after it; the story's company holds it unless the"
        " sentence scopes it to the country or credits it to a third party (zh_holders)",
    ),
    Rule(
        "capacity_project",
        "capacity",
        "zh",
        r"{ANNUAL}\s*{Q:v}" + _NOTE + r"\s*(?:的)?[^,，。;；\d]{0,6}?{PROD:p}",
        _capacity,
        (
            Example(
                "正海磁材在建年产6000吨高性能钕铁硼项目。",
                (("capacity", "ndfeb_magnet", "capacity", "", 6000, "t/yr"),),
            ),
            Example(
                "宁波韵升在包头建成年产5000吨钕铁硼毛坯生产线并已投产。",
                (("capacity", "ndfeb_blank", "capacity", "", 5000, "t/yr"),),
            ),
            Example(  # a company the text does not name holds no capacity of the one before
                "宁波韵升年产1.5万吨高性能钕铁硼生产线已投产；另有一家珠三角磁材企业计划投资建设"
                "年产8000吨烧结钕铁硼毛坯项目。",
                (("capacity", "ndfeb_magnet", "capacity", "", 15000, "t/yr"),),
            ),
            Example(  # a basis note after the figure; rare earths' separation
                "盛和资源拥有年产6000吨(以REO计)的稀土冶炼分离产能; "
                "其子公司年产2000吨稀土分离项目正在建设。",
                (
                    ("capacity", "smelting_separation", "capacity", "", 6000, "t/yr"),
                    ("capacity", "smelting_separation", "capacity", "", 2000, "t/yr"),
                ),
            ),
            Example(  # a separation plant sized by the oxides it turns out
                "盛和资源年产2500吨稀土氧化物萃取分离项目预计明年投产; 公司目前具备年处理"
                "稀土氧化物8000吨的冶炼分离能力。",
                (
                    ("capacity", "smelting_separation", "capacity", "", 2500, "t/yr"),
                    ("capacity", "smelting_separation", "capacity", "", 8000, "t/yr"),
                ),
            ),
            Example(  # two plants of one size at two stages are two capacities
                "宁波韵升一期年产1万吨高性能钕铁硼项目已投产，二期年产1万吨高性能钕铁硼项目正在建设。",
                (
                    ("capacity", "ndfeb_magnet", "capacity", "", 10000, "t/yr"),
                    ("capacity", "ndfeb_magnet", "capacity", "", 10000, "t/yr"),
                ),
                statuses=("operating", "under_construction"),
            ),
        ),
        doc="a plant or project named by its annual output",
    ),
    Rule(
        "capacity_project_tonnes",
        "capacity",
        "zh",
        r"(?<![年产\d.,])(?P<v>{NUM}\s*万?\s*吨(?:\s*/\s*年)?)\s*(?:的)?[^,，。;；\d]{0,6}?{PROD:p}"
        r"\s*(?:扩产|扩建|新建|改扩建|技改|升级|一期|二期|三期)?\s*(?:项目|生产线|工程)",
        _capacity,
        (
            Example(  # a project named by its tonnage (a year's output), its status after it
                "英洛华二期8000吨高性能钕铁硼毛坯项目正在建设中, 预计明年投产。",
                (("capacity", "ndfeb_blank", "capacity", "", 8000, "t/yr"),),
            ),
            Example(  # tonnes a year, an expansion project being built
                "北方稀土在包头的3万吨/年稀土永磁材料扩产项目正在建设中。",
                (("capacity", "re_permanent_magnet", "capacity", "", 30000, "t/yr"),),
            ),
            Example("英洛华去年销售8000吨钕铁硼毛坯, 同比增长5%。", ()),
        ),
        doc="a project or line named by its tonnes a year without 年产",
    ),
    Rule(
        "capacity_phase",
        "capacity",
        "zh",
        r"(?:项目|[,，;；])\s*"
        + _PHASE
        + r"(?P<v>{NUM}\s*万?\s*吨)(?![/\d])\s*(?:生产线|产能|项目)?",
        _phase,
        (
            Example(  # phases of a project: the one running and the one being built
                "宁波韵升年产2万吨高性能钕铁硼项目一期8000吨生产线去年已投产，二期1.2万吨正在建设。",
                (
                    ("capacity", "ndfeb_magnet", "capacity", "", 20000, "t/yr"),
                    ("capacity", "ndfeb_magnet", "capacity", "", 8000, "t/yr"),
                    ("capacity", "ndfeb_magnet", "capacity", "", 12000, "t/yr"),
                ),
            ),
            Example("据统计, 全省钕铁硼毛坯产能已达约8万吨/年。", ()),
        ),
        doc="a phase of a project named before it, by its tonnes a year",
    ),
    Rule(
        "capacity_design",
        "capacity",
        "zh",
        # "设计年产高性能钕铁硼磁材2万吨": a design output a year, the product first, is the same
        r"(?:(?:规模|产能|能力)\s*(?:为|达到|达|约)?\s*{ANNUAL}\s*(?:处理)?|年处理(?:能力)?"
        r"|设计\s*{ANNUAL})\s*"
        r"(?:高性能|高端)?{PROD:p}\s*(?:约)?\s*{Q:v}",
        _capacity,
        (
            Example(  # a design scale, the product before its tonnes; a study, not started
                "盛和资源在海外的选矿项目设计规模为年产稀土精矿2.5万吨，目前处于可行性研究阶段。",
                (("capacity", "re_concentrate", "capacity", "", 25000, "t/yr"),),
            ),
            Example(  # a plant named by the feed it treats a year
                "盛和资源年处理稀土精矿4万吨的选矿厂去年已竣工投产。",
                (("capacity", "re_concentrate", "capacity", "", 40000, "t/yr"),),
            ),
            Example(
                "北方稀土新冶炼厂建成后产能为年产氧化镨钕3000吨。",
                (("capacity", "prnd_oxide", "capacity", "", 3000, "t/yr"),),
            ),
            Example(  # "设计年产" with the product first, an adjective before it
                "中科三环宁波新基地设计年产高性能钕铁硼磁材1.2万吨，计划明年投产。",
                (("capacity", "ndfeb_magnet", "capacity", "", 12000, "t/yr"),),
            ),
        ),
        doc="a design scale or capacity given as the annual output of a product, product first",
    ),
    Rule(
        "capacity_more",
        "capacity",
        "zh",
        # "另有在建产能…", or a clause opening on a stage word: "…，在建产能1.5万吨，规划产能4万吨"
        r"(?:(?:另有|另外|还有|此外|以及|并有|另)|(?<=[,，;；]))\s*"
        # "在建的包头二期项目产能…": a few words of the project between stage and capacity
        r"(?:{CAP_BUILDING}|{CAP_PLANNED}|{CAP_OPERATING}|新增|待建)\s*(?:的|中的)?"
        r"[^,，。;；\d]{0,8}?(?:{CAPACITY})"
        r"\s*(?:为|约|达|达到)?\s*(?:约)?\s*(?P<v>{NUM}\s*万?\s*吨(?:\s*/\s*年)?)",
        _more,
        (
            Example(  # more capacity of the product named before, being built or planned
                "金力永磁钕铁硼毛坯产能已达4万吨/年，另有在建产能2万吨。",
                (
                    ("capacity", "ndfeb_blank", "capacity", "", 40000, "t/yr"),
                    ("capacity", "ndfeb_blank", "capacity", "", 20000, "t/yr"),
                ),
            ),
            Example(  # more separation capacity
                "盛和资源现有稀土冶炼分离产能1.5万吨/年，在建产能5000吨/年。",
                (
                    ("capacity", "smelting_separation", "capacity", "", 15000, "t/yr"),
                    ("capacity", "smelting_separation", "capacity", "", 5000, "t/yr"),
                ),
                statuses=("operating", "under_construction"),
            ),
            Example(
                "宁波韵升钕铁硼磁材产能为2.1万吨，此外规划产能1万吨。",
                (
                    ("capacity", "ndfeb_magnet", "capacity", "", 21000, "t/yr"),
                    ("capacity", "ndfeb_magnet", "capacity", "", 10000, "t/yr"),
                ),
            ),
            Example(  # a list of stages, each clause opening on its stage word
                "中科三环已投产高性能钕铁硼磁材产能3.2万吨，在建产能1.2万吨，规划产能2万吨。",
                (
                    ("capacity", "ndfeb_magnet", "capacity", "", 32000, "t/yr"),
                    ("capacity", "ndfeb_magnet", "capacity", "", 12000, "t/yr"),
                    ("capacity", "ndfeb_magnet", "capacity", "", 20000, "t/yr"),
                ),
                statuses=("operating", "under_construction", "planned"),
            ),
            Example(  # a project named between stage and capacity; "另规划"
                "宁波韵升现有高性能钕铁硼磁材产能3万吨，在建的包头三期项目产能1.5万吨，另规划产能2万吨。",
                (
                    ("capacity", "ndfeb_magnet", "capacity", "", 30000, "t/yr"),
                    ("capacity", "ndfeb_magnet", "capacity", "", 15000, "t/yr"),
                    ("capacity", "ndfeb_magnet", "capacity", "", 20000, "t/yr"),
                ),
                statuses=("operating", "under_construction", "planned"),
            ),
            Example(  # the running part named after the planned one
                "英洛华钕铁硼毛坯规划产能为3万吨；已建成产能1.5万吨。",
                (
                    ("capacity", "ndfeb_blank", "capacity", "", 30000, "t/yr"),
                    ("capacity", "ndfeb_blank", "capacity", "", 15000, "t/yr"),
                ),
                statuses=("planned", "operating"),
            ),
        ),
        doc="more capacity of the product named before: being built or planned",
    ),
    Rule(
        "capacity_product_after",
        "capacity",
        "zh",
        r"(?:{CAPACITY})\s*(?:为|达|达到|约)?\s*(?:约)?\s*{Q:v}\s*(?:的)?[^,，。;；\d]{0,6}?{PROD:p}",
        _capacity_product_after,
        (
            Example(  # planned, a study under way
                "正海磁材规划产能2万吨高性能钕铁硼，目前处于可研阶段。",
                (("capacity", "ndfeb_magnet", "capacity", "", 20000, "t/yr"),),
                statuses=("planned",),
            ),
            Example(  # building, and a running figure of the same wording
                "英洛华在建产能8000吨钕铁硼毛坯；宁波韵升已形成产能1.5万吨钕铁硼毛坯。",
                (
                    ("capacity", "ndfeb_blank", "capacity", "", 8000, "t/yr"),
                    ("capacity", "ndfeb_blank", "capacity", "", 15000, "t/yr"),
                ),
                holders=("innuovo_technology", "ningbo_yunsheng"),
                statuses=("under_construction", "operating"),
            ),
            Example(
                "中科三环钕铁硼产能2万吨，高性能产品占比过半。",
                (("capacity", "ndfeb_magnet", "capacity", "", 20000, "t/yr"),),
            ),
        ),
        doc="the word capacity and its tonnes, then the product",
    ),
    Rule(
        "capacity_annual_after",
        "capacity",
        "zh",
        r"{PROD:p}\s*{ANNUAL}\s*{Q:v}\s*(?:的)?\s*(?:{CAPACITY})",
        _capacity,
        (
            Example(
                "英洛华两大基地合计已具备钕铁硼毛坯年产18000吨的生产能力。",
                (("capacity", "ndfeb_blank", "capacity", "", 18000, "t/yr"),),
            ),
        ),
        doc="the product, then its annual output, then the word capacity",
    ),
    Rule(
        "capacity_before",
        "capacity",
        "zh",
        r"{Q:v}\s*(?:的)?[^,，。;；\d]{0,4}?{PROD:p}(?:的)?(?:{CAPACITY})",
        _capacity,
        (
            Example(
                "北方稀土目前拥有3万吨稀土永磁材料产能。",
                (("capacity", "re_permanent_magnet", "capacity", "", 30000, "t/yr"),),
            ),
        ),
        doc="a quantity followed by the product and the word capacity",
    ),
]


#: a plant named by its annual output and product: "年产1.2万吨高性能稀土永磁材料生产线"
_ANNUAL_PLANT = compile_pattern(
    r"{ANNUAL}\s*{NUM}\s*万?\s*吨[^,，。;；\d]{0,6}?{PROD}\s*(?:项目|生产线|产线|工厂)"
)


def _capacity_carried(m: re.Match[str], s: Sent) -> list[Cand]:
    """A capacity naming no product of its own: the product of the sentence's capacity before.

    "宁波韵升现有毛坯产能2.1万吨/年，其包头二期15000吨/年项目正在建设中；中科三环现有产能
    3万吨/年": the project and the other company's capacity are of the blanks the sentence
    spoke of. A product is carried only from a capacity said before in the sentence, never
    from a price or an output.
    """
    cap = [c for c in _CAPACITY_WORD.finditer(s.text, 0, m.start("v")) if c.end() <= m.start()]
    # ... or a plant named before by its annual output and product ("年产1.2万吨…材料生产线")
    cap += [c for c in _ANNUAL_PLANT.finditer(s.text, 0, m.start()) if c.end() <= m.start()]
    if not cap:
        return []
    last = max(cap, key=lambda c: c.start())
    pid = s.product_before(last.end()) if last.re is _ANNUAL_PLANT else None
    pid = pid or s.product_before(last.start())
    if pid is None:
        return []
    q = s.quantity(m.group("v"), "capacity_carried")
    holder = _holder(s, m.start("v"))  # "其…项目": the company before; "中科三环现有产能": its own
    if q is None or q[1] not in MASS_UNITS | {"t/yr"} or holder is None:
        return []
    return _capacity_cand(s, m, holder, pid, q, "capacity_carried")


RULES += [
    Rule(
        "capacity_project_carried",
        "capacity",
        "zh",
        # a project or line named by its tonnes a year alone, no product between
        # (tonnes a year), or by "年产" right after a phase or a bracket ("（包头）一期年产2万吨项目")
        r"(?:(?<![年产\d.,])(?=\d[\d.,]*\s*万?\s*吨\s*/\s*年)|(?<=[期)）])\s*{ANNUAL}\s*)"
        r"(?P<v>{NUM}\s*万?\s*吨(?:\s*/\s*年)?)\s*(?:的)?\s*"
        r"(?:扩产|扩建|新建|改扩建|技改|升级)?\s*(?:项目|生产线|工程)",
        _capacity_carried,
        (
            Example(  # the company's second phase, of the product its capacity was said in
                "英洛华钕铁硼毛坯产能1.5万吨/年，其二期6000吨/年项目正在建设中。",
                (
                    ("capacity", "ndfeb_blank", "capacity", "", 15000, "t/yr"),
                    ("capacity", "ndfeb_blank", "capacity", "", 6000, "t/yr"),
                ),
            ),
            Example(  # a phase named by "年产" alone: the product of the plant said before
                "英洛华年产8000吨钕铁硼毛坯生产线已达产；宁波韵升（包头）一期年产1万吨项目已于去年投产。",
                (
                    ("capacity", "ndfeb_blank", "capacity", "", 8000, "t/yr"),
                    ("capacity", "ndfeb_blank", "capacity", "", 10000, "t/yr"),
                ),
                holders=("innuovo_technology", "ningbo_yunsheng"),
                statuses=("operating", "operating"),
            ),
            Example(  # no capacity said before it: no product to carry
                "正海磁材钕铁硼磁材库存约2000吨，新建的8000吨/年生产线已投产。",
                (),
            ),
        ),
        doc="a project named by tonnes a year only: of the product of the capacity before it",
    ),
    Rule(
        "capacity_company_carried",
        "capacity",
        "zh",
        r"{CO}\s*(?:现有|目前|已有|已建成|拥有|具备)?\s*(?:的)?\s*(?:{CAPACITY})"
        r"\s*(?:为|达|达到|约|已达|已达到)?\s*(?:约)?\s*(?P<v>{NUM}\s*万?\s*吨(?:\s*/\s*年)?)",
        _capacity_carried,
        (
            Example(  # the next company's capacity, its product unsaid, in a list of capacities
                "金力永磁毛坯产能4万吨/年；中科三环现有产能3万吨/年，暂无扩产计划。",
                (
                    ("capacity", "ndfeb_blank", "capacity", "", 40000, "t/yr"),
                    ("capacity", "ndfeb_blank", "capacity", "", 30000, "t/yr"),
                ),
            ),
            Example(  # no capacity said before: no product to carry
                "氧化镨钕价格走高，宁波韵升产能2万吨。",
                (),
            ),
        ),
        doc="a company's capacity with no product: the product of the capacity said before it",
    ),
    Rule(
        "capacity_separation_only",
        "capacity",
        "zh",
        # a rare-earth company's separation plant, 稀土 left unsaid: "现有分离能力约4500吨/年",
        # "新建的2000吨/年冶炼分离技改项目"
        r"(?:{SEPARATION})\s*(?:能力|产能)\s*(?:为|达到|达|约)?\s*(?:约)?\s*{Q:v}",
        _separation_only,
        (
            Example(  # the separation works' capacity, running
                "中国稀土披露，公司目前具备萃取分离能力6000吨/年。",
                (("capacity", "smelting_separation", "capacity", "", 6000, "t/yr"),),
                entity="china_rare_earth_group",
            ),
        ),
        doc="a separation plant's capacity with no rare-earth product named",
    ),
    Rule(
        "capacity_separation_project",
        "capacity",
        "zh",
        r"(?<![年产\d.,])(?P<v>{NUM}\s*万?\s*吨\s*/\s*年)\s*(?:的)?\s*(?:{SEPARATION})"
        r"\s*(?:扩产|扩建|新建|改扩建|技改|升级|一期|二期|三期)?\s*(?:项目|生产线|工程)",
        _separation_only,
        (
            Example(  # a separation line named by its tonnes a year, being built
                "中国稀土表示，其在建的1500吨/年萃取分离改扩建项目进展顺利，年底试车。",
                (("capacity", "smelting_separation", "capacity", "", 1500, "t/yr"),),
                statuses=("under_construction",),
                entity="china_rare_earth_group",
            ),
        ),
        doc="a separation project named by its tonnes a year, no rare-earth product named",
    ),
]
for _r in RULES:
    REGISTRY.add(_r)
