"""Capacity facts with their status.

Capacity with its status: "runs 20,000 t/yr of sintered magnet lines" (operating),
"is building a 12,000 tpa separation plant" (under construction), "plans a 5,000 t/year
NdFeB line" (planned).
"""

from __future__ import annotations

import re

from reemarket.ingest import trace, vocab
from reemarket.ingest.annotate import SentenceView
from reemarket.ingest.extractors.holders import market_for, piece_market
from reemarket.ingest.extractors.state import DocState, Draft
from reemarket.ingest.extractors.subjects import company_for, product_after, subject_before
from reemarket.ingest.lexicon import Mention
from reemarket.ingest.numbers import Quantity
from reemarket.ingest.startwords import Prechecked

_STATUS = [
    (
        "operating",
        r"(?:has )?completed (?:the )?construction of|construction was completed|"
        r"has completed|completed the construction|completed|currently has|now operates|"
        r"operat(?:es|ing)|existing|in operation|has an? (?:annual )?(?:production )?capacity|"
        r"commissioned|runs|boasts|owns",
    ),
    (
        "under_construction",
        r"under construction|construct(?:ing|ion of)|building|being built|is building|"
        r"initiated|after the project is completed|once completed|upon completion|"
        r"once (?:fully )?commissioned|when commissioned|once (?:fully )?operational|"
        r"will add|launching|launched|ramping|expanding|expansion",
    ),
    (
        "planned",
        r"will have|will reach|would have|to reach|to raise|aims? to raise|"
        r"plans?|planned|planning|proposed|to implement|will build|intends? to|aims? to|"
        r"aim(?:s|ing)? for|"
        r"feasibility|to establish|to build|approved|signed|will construct|is to build|"
        r"announced|unveiled|to invest|invest(?:ing)? in|set to build|targets?|"
        r"would (?:lift|take|raise|bring|add)|to expand|could be expanded",
    ),
]
_STATUS_RE = [(s, re.compile(rf"\b(?:{p})\b", re.I)) for s, p in _STATUS]
_ANNUAL = re.compile(r"\b(?:annual|annually|each year|per year|a year|per annum|yearly)\b", re.I)


_AFTER = [
    (
        "planned",
        r"(?:is |are )?(?:due|expected|scheduled|slated|set) (?:to (?:come|go|be|start|begin|enter)|"
        r"on ?stream|online|for)|(?:is|are) (?:being )?(?:planned|proposed)"
        # "a further 5,000t/yr line could start in 2026, subject to board approval"
        r"|(?:could|may|might) (?:start|begin|come on ?stream|be built|be added)"
        r"|subject to (?:\w+ )?approval",
    ),
    ("under_construction", r"(?:is|are) (?:being built|under construction)|broke ground"),
    (
        "operating",
        r"(?:was|were) (?:commissioned|completed|put into (?:operation|production))|"
        r"came on ?stream|started (?:operation|production)|(?:is|are) (?:operating|in operation)",
    ),
]
_AFTER_RE = [(s, re.compile(rf"\b(?:{p})\b", re.I)) for s, p in _AFTER]


# an eventual total: "which would lift total oxide capacity to 9,000 t/yr by 2029", "taking
# the group towards 60,000 t/yr"
_TOTAL_TO = re.compile(
    r"\b(?:" + vocab.alternation("capacity", "total_to") + r")\b[^.;\d]{0,50}?\bto(?:wards?)?\s*"
    r"(?:about\s+|around\s+|roughly\s+)?$",
    re.I,
)


_FROM_NOW = re.compile(r"\s*(?:today|now|currently|at\s+present)\b", re.I)


def _nearest_cue(text: str, lo: int, hi: int, skip: list[tuple[int, int]]) -> str | None:
    """The status of the cue nearest before ``hi`` in ``text[lo:hi]`` (the longest at a tie)."""
    best: tuple[int, int, str] | None = None
    for status, rx in _STATUS_RE:
        for m in rx.finditer(text, lo, hi):
            if any(a <= m.start() < b for a, b in skip):
                continue
            cand = (m.end(), m.end() - m.start(), status)
            if best is None or cand[:2] > best[:2]:
                best = cand
    return best[2] if best else None


def _first_after_cue(text: str, lo: int, hi: int) -> tuple[int, str] | None:
    """The first stage predicate in ``text[lo:hi]`` ("... is operating", "was commissioned")."""
    found = [(m.start(), s) for s, rx in _AFTER_RE for m in [rx.search(text, lo, hi)] if m]
    return min(found) if found else None


#: The base of a capacity move: "from 40,000 t/yr now", "expand ... from 20,000 t/yr to".
_FROM_BASE = re.compile(
    r"\bfrom\s+(?:(?:the|its|their)\s+)?(?:current|existing|present)?\s*"
    r"(?:about\s+|around\s+|roughly\s+|some\s+)?$",
    re.I,
)
#: The plan a capacity replaces: "from an earlier plan of", "from the original target of".
_OLD_PLAN = re.compile(
    r"\bfrom\s+(?:an?\s+|the\s+|its\s+)?(?:earlier|previous|original|initial|prior)\s+"
    r"(?:plan|target|design|estimate|guidance)\s+(?:of\s+)?(?:about\s+|around\s+)?$",
    re.I,
)
#: A capacity that was only ever a plan: "cut the planned capacity ... from 4,800 tpa", "up
#: from an earlier plan of 4,400 t/yr", "the design capacity": its old figure is no stage.
_PLAN_REVISED = re.compile(
    r"\b(?:planned|proposed|design(?:ed)?|targeted|(?:earlier|previous|original|initial|prior)"
    r"\s+(?:plan|target|design|estimate|guidance))\b",
    re.I,
)
#: A base told as the present level: "(currently 40,000 t/yr)", ", now 40,000 t/yr".
_NOW_BEFORE = re.compile(
    r"(?:\(|,)\s*(?:currently|now|at\s+present|today)\s*(?:at\s+)?(?:about\s+)?$", re.I
)
#: A move of capacity already made: "raised", "has expanded", "doubled" (its base is past).
_DONE_MOVE = re.compile(
    r"\b(?:raised|lifted|increased|expanded|boosted|doubled|grew|took|brought)\b", re.I
)
#: Words making a move of capacity a plan: "will expand", "plans to raise", "by 2026".
_PLANNED_MOVE = re.compile(
    r"\b(?:will|would|shall|plans?|planning|aims?|intends?|targets?|expects?|expected|seeks?|"
    r"is\s+to|are\s+to|set\s+to|by\s+(?:the\s+end\s+of\s+)?20\d\d)\b",
    re.I,
)


def _is_base(text: str, q: Quantity) -> bool:
    """Whether a capacity is the level a move starts from ("from 40,000 t/yr", "(currently X)")."""
    return bool(
        _FROM_BASE.search(text, max(0, q.start - 45), q.start)
        or _NOW_BEFORE.search(text, max(0, q.start - 25), q.start)
    )


def _move_status(view: SentenceView, q: Quantity, sizes: list[Quantity]) -> str | None:
    """The stage of either end of a capacity move ("to 60,000 t/yr from 40,000 t/yr now").

    The base ("from 40,000 t/yr", "(currently 40,000 t/yr)") is the capacity in place
    (operating), unless the capacity was only ever planned ("cut the planned capacity to
    4,440 tpa from 4,800 tpa", "up from an earlier plan of 4,400 t/yr") or the move is
    done ("raised its capacity from 15,000 t/yr to 25,000 t/yr last year"): then it is
    "superseded", no fact. The other end is planned when the sentence tells a plan ("will
    rise", "plans to", "expects", "by 2026"). Figures of no move: None.
    """
    text = view.text
    if len(sizes) < 2:
        return None
    if _OLD_PLAN.search(text, max(0, q.start - 60), q.start):
        return "superseded"  # "up from an earlier plan of 4,400 t/yr"
    if _is_base(text, q):
        if _PLAN_REVISED.search(text, 0, q.start) or (
            _DONE_MOVE.search(text) and not _PLANNED_MOVE.search(text)
        ):
            return "superseded"  # "raised its capacity from 15,000 t/yr to 25,000 t/yr"
        return "operating"
    if any(o is not q and _is_base(text, o) for o in sizes) and _PLANNED_MOVE.search(text):
        return "planned"  # "will rise to 36,000 t/yr in 2026 from 21,000 t/yr in 2024"
    return None


def status_of(view: SentenceView, q: Quantity) -> str:
    """The stage of a capacity: its own words first, then those it shares (operating when none).

    Its own words are a stage cue between the capacity before it in the sentence and it
    ("plans a 5,000 t/yr line"), else a predicate after it up to the next capacity ("its
    10,500 t/yr plant is operating"). A predicate of the capacity before ("..., which is
    operating, and a 3,000 t/yr line") is that one's. Only with no word of its own does a
    capacity share the stage of one before it in its clause ("plans two lines: a 5,000 t/yr
    oxide line and a 3,000 t/yr metal line"); a stage never crosses into the next clause
    ("plans a 5,000 t/yr plant, while its 10,500 t/yr plant ..."). A total the plans would
    reach ("taking capacity to 60,000 t/yr") is planned.
    """
    text = view.text
    if _TOTAL_TO.search(text[max(0, q.start - 70) : q.start]):
        return "planned"
    if _FROM_NOW.match(text, q.end) and re.search(
        r"\bup\s+from\s+$", text[max(0, q.start - 12) : q.start], re.I
    ):
        return "operating"  # "targets 60,000 t/yr by 2027, up from 40,000 t/yr today"
    sizes = [o for o in view.qtys if o.dimension in ("mass", "mass_rate")]
    moved = _move_status(view, q, sizes)
    if moved is not None:
        return moved
    a, b = view.clause_of(q.start)
    prev_end = max((o.end for o in sizes if o.end <= q.start), default=0)
    next_start = min((o.start for o in sizes if o.start >= q.end), default=len(text))
    # predicates of the capacity before ("a 5,000 t/yr line is operating and ...") are its own
    skip: list[tuple[int, int]] = []
    if prev_end:
        for _s, rx in _AFTER_RE:
            skip += [(m.start(), m.end()) for m in rx.finditer(text, prev_end, q.start)]
    own = _nearest_cue(text, prev_end, q.start, skip)
    if own is not None:
        return own
    after = _first_after_cue(text, q.end, min(b, next_start))
    if after is not None:
        return after[1]
    if prev_end:
        shared = _nearest_cue(text, a, prev_end, [])
        return shared or "operating"
    return "operating"


_PLANT_AFTER = re.compile(r"\s*(?:\w+\s+)?(?:plant|line|facility|factory|project)\b", re.I)
_MORE = re.compile(
    r"\b(?:a\s+further|another|an\s+additional|additional|a\s+second|the\s+rest|the\s+total|"
    r"the\s+remaining|total|the\s+other)\b[^.;\d]{0,25}$|\btotal\s+to\s*$",
    re.I,
)


#: A plant's design rate: "designed to produce approximately 6,000 t of NdPr oxide per
#: year", "built to process up to 60,000 tonnes of monazite a year", "sized to treat 1 Mt
#: of ore annually", "designed to process X of monazite a year and to produce Y of ...".
_DESIGNED = re.compile(
    r"\b(?:designed|built|engineered|sized|configured)\s+to\s+(?:[^.;]{0,90}?\band\s+to\s+)?"
    r"(?:\w+\s+){0,2}?"
    r"(?:produce|process|treat|make|separate|refine|handle|turn\s+out)\b"
    r"(?:\s+(?:up\s+to|about|around|approximately|roughly|some|as\s+much\s+as))?\s*$",
    re.I,
)


#: A plant's ability: "its lines can turn out 36,000 t of magnets annually", "a separation
#: line able to produce 6,000 t of oxides a year", "is capable of processing 50,000 t a year".
_ABLE = Prechecked(
    re.compile(
        r"\b(?:can|could|(?:is|are|was|were)?\s*(?:able|capable)\s+(?:to|of))\s+"
        r"(?:produc\w*|process\w*|treat\w*|mak\w*|separat\w*|refin\w*|handl\w*|turn(?:ing)?\s+out)"
        r"(?:\s+(?:up\s+to|about|around|approximately|roughly|some|as\s+much\s+as))?\s*$",
        re.I,
    )
)


def designed(view: SentenceView, q: Quantity) -> bool:
    """Whether a tonnage is a design rate: "designed to produce N t of X per year"."""
    if q.dimension != "mass":
        return False
    lead = view.text[max(0, q.start - 160) : q.start]
    if not _DESIGNED.search(lead) and not _ABLE.search(lead):
        return False
    _a, b = view.clause_of(q.start)
    return bool(_ANNUAL.search(view.text, q.end, min(b, q.end + 50)))


#: A qualifier making a product group a part of it ("heavy rare earth oxides").
_PART_OF_GROUP = re.compile(r"\b(?:heavy|light|medium|mid-heavy|middle)[\s-]+$", re.I)


#: A plant named by its size: "the 50kt NdFeB alloy line", "its 3,000-tonne line for
#: magnets", "a 10,000 t separation plant" (a nameplate size is a yearly rate).
_SIZED_PLANT = re.compile(
    r"[\s-]*(?:(?:[\w/-]+\s+){0,3}?)(?:lines?|plants?|facilit(?:y|ies)|factor(?:y|ies)|refiner(?:y|ies)|"
    r"smelters?)\b",
    re.I,
)
_SIZE_LEAD = re.compile(r"\b(?:a|an|the|its|their|his|her|new)\s+$", re.I)


def sized_plant(view: SentenceView, q: Quantity) -> bool:
    """Whether a tonnage sizes the plant named right after it ("the 50kt NdFeB alloy line")."""
    if q.dimension != "mass" or not _SIZE_LEAD.search(view.text, max(0, q.start - 8), q.start):
        return False
    m = _SIZED_PLANT.match(view.text, q.end)
    return m is not None and not re.search(r"[,;]|\b(?:of|and|in|at)\b", m.group(0), re.I)


#: Goods counted together ("400 tpa of terbium and dysprosium oxides together"): no one product.
_COMBINED = re.compile(r"\s*(?:combined|together|in\s+total)\b", re.I)
#: Two elements sharing one noun ("dysprosium and terbium oxides"): the pair, no one product.
_SHARED_HEAD = re.compile(r"\b[a-z]+um\s+(?:and|&)\s+$", re.I)
#: A plant named with its product ("its sintered NdFeB magnet plant", "a NdPr oxide refinery").
_PLANT_NOUN = re.compile(
    r"\s*(?:(?:separation|processing|production|manufacturing|magnet|refining)\s+)?"
    r"(?:plant|line|facility|factory|refinery)\b",
    re.I,
)


def plant_product(view: SentenceView) -> str | None:
    """The product of a plant a sentence names without its size, for capacities after it."""
    for p in reversed(view.products):
        if _PLANT_NOUN.match(view.text, p.end):
            return p.id
    return None


#: Words naming the plant a product-less capacity is of ("expand the plant to", "Phase one is
#: running with capacity of", "lift the site to").
_PLANT_WORD = re.compile(
    r"\b(?:plant|line|site|facility|factory|refinery|phase|capacity|expan\w+)\b", re.I
)


#: The parts of a total named after it: "5,500 t a year of oxides, including 4,400 t of NdPr".
_PARTS_LEAD = re.compile(
    r"\b(?:including|of\s+which|comprising|consisting\s+of)\b[^.;:]{0,70}$", re.I
)


def part_of_capacity(view: SentenceView, q: Quantity, earlier: list[Draft]) -> bool:
    """Whether a tonnage is a part of a capacity the sentence gave just before it."""
    return (
        q.dimension == "mass"
        and any(d.kind == "capacity" and d.q.end <= q.start for d in earlier)
        and _PARTS_LEAD.search(view.text, max(0, q.start - 80), q.start) is not None
    )


#: A supply or purchase deal before a yearly tonnage: the volume sold, not a plant's size.
_OFFTAKE = re.compile(
    r"\b(?:off-?take|supply\s+(?:agreement|contract|deal)|sales?\s+(?:agreement|contract)"
    r"|purchase\s+(?:agreement|contract)"
    # a non-binding step towards a sale: "a letter of intent for up to 400 t a year"
    r"|letters?\s+of\s+intent|memorand(?:um|a)\s+of\s+understanding|MoU|term\s+sheet)s?\b",
    re.I,
)


#: A feedstock named after the product a plant makes from it: "Dy oxide from ionic clay".
_FEED_OF = re.compile(r"\b(?:from|using|out\s+of)\s+(?:its\s+|the\s+)?$", re.I)


#: Goods attached to the figure by "of" after its unit: "750 tpa of ...", "8,000 t a year of".
_GOODS_OF = re.compile(r"\s*(?:[a-z/.-]+\s+){0,3}?of\b", re.I)
#: A conjunction opening the next piece of a sentence: "... and its magnet capacity at ...".
_NEXT_PIECE = re.compile(r"\b(?:and|while|whereas|but)\b", re.I)


#: An indefinite holder told with a modal or a habit: "a single large Chinese magnet maker
#: can run X", "a typical separation plant would handle X": an illustration, no one's plant.
_ANY_HOLDER = re.compile(
    r"\b(?:a|an|one)\s+(?:single|typical|average|standard|large|big|small|mid-sized)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:maker|producer|plant|company|firm|manufacturer|refiner|separator|"
    r"line|facility)\s+(?:can|could|may|might|would|typically|usually|often|normally)\b",
    re.I,
)


def _capacity_product(view: SentenceView, q: Quantity) -> Mention | None:
    """The goods of a capacity: named right after it, else before it.

    Goods named after a conjunction are the next piece's ("Pr-Nd metal capacity stands at
    25,000 t/yr and its magnet capacity at 90,000 t/yr": the 25,000 t/yr is Pr-Nd metal's)
    when goods come before the figure.
    """
    after = product_after(view, q)
    before = subject_before(view, q, view.products)
    if (
        after is not None
        and before is not None
        and not _GOODS_OF.match(view.text, q.end)  # "750 tpa of Dy and Tb oxides": its own
        and _NEXT_PIECE.search(view.text, q.end, after.start)
    ):
        return before
    if (
        after is not None
        and before is None
        and not _GOODS_OF.match(view.text, q.end)
        and _NEXT_PIECE.search(view.text, q.end, after.start)
        and not any(q.end <= o.start < after.start for o in view.qtys)
    ):
        # "We are building a further 20,000 t/yr in Baotou and are planning a magnet line":
        # the next piece's goods are not the figure's (the paragraph's capacity goods are)
        return None
    return after or before


def extract(
    view: SentenceView, q: Quantity, st: DocState, *, part: bool = False
) -> list[Draft] | None:
    """A capacity figure: t/yr, or tonnes stated as annual capacity (or, ``part``, a part of one)."""
    if q.dimension == "mass":
        a, b = view.clause_of(q.start)
        if not part and not _ANNUAL.search(view.text[a:b]) and not sized_plant(view, q):
            return None
    elif q.dimension != "mass_rate":
        return None
    if _OFFTAKE.search(view.text, 0, q.start):
        trace.veto("offtake", (q.start, q.end), "capacity")
        return []  # "an offtake agreement for up to 1,000 tpa of NdPr oxide": a sale, not a plant
    if _ANY_HOLDER.search(view.text, view.clause_of(q.start)[0], q.start):
        trace.veto("hypothetical", (q.start, q.end), "capacity")
        return []  # "a single large Chinese magnet maker can run more than 40,000 t/yr": anyone's
    prod = _capacity_product(view, q)
    if prod is not None and prod.end <= q.start and _FEED_OF.search(view.text, 0, prod.start):
        # "... 5,500 t/yr of NdPr oxide from monazite, and ... a second phase of 8,000 t/yr": the
        # feed the plant takes in is not what it makes; the product made before it is
        prod = view.nearest_before(view.products, prod.start - 1) or prod
    subject = prod.id if prod is not None else None
    if prod is not None and _PART_OF_GROUP.search(view.text, max(0, prod.start - 12), prod.start):
        return []  # "750 tpa of heavy rare earth oxides": a part of the group, no one product
    if (
        prod is not None
        and prod.start > q.end
        and (
            _COMBINED.match(view.text, prod.end)
            or _SHARED_HEAD.search(view.text, max(0, prod.start - 20), prod.start)
        )
    ):
        return []  # "up to 750 tpa of dysprosium and terbium oxides (combined)"
    a, _b = view.clause_of(q.start)
    if subject is None and (
        _MORE.search(view.text[max(0, q.start - 30) : q.start])
        or _PLANT_AFTER.match(view.text, q.end)
        or _PLANT_WORD.search(view.text, a, q.start)
    ):
        subject = st.para_capacity_subject  # "A further 20,000 t/yr ...", "a 2,000 t/yr plant"
    if subject is None:
        return None
    entity = None
    if view.nearest_before(view.companies, q.start) is None:
        _a, b = view.clause_of(q.start)
        owner = view.first_after(view.companies, q.end, b)  # "a ... plant owned by X"
        entity = owner.id if owner is not None else None
    # "domestic magnet capacity exceeds ...", "..., according to industry estimates": the
    # market's, not the company the story is about
    entity = (
        entity
        or market_for(view, q, st)
        or piece_market(view, q)  # "X runs 40,000 t/yr, while domestic capacity is ..."
        or company_for(view, q, st, fallback_main=True)
    )
    if entity is None:
        return None
    status = status_of(view, q)
    if status == "superseded":
        trace.veto("superseded", (q.start, q.end), "capacity")
        return []
    unit = "t/yr"
    scale = 1 if q.unit != "kg" else 1000
    value = q.value / scale
    high = None if q.high is None else q.high / scale
    return [
        Draft(
            "capacity",
            entity,
            subject,
            "capacity",
            None,
            value,
            unit,
            q,
            high=high,
            status=status,
            standing=True,
        )
    ]
