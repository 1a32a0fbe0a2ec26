"""Whether the words before a date make it a comparison base ("from", "compared with")."""

from __future__ import annotations

import re

from reemarket.ingest.startwords import Prechecked

__all__ = ["is_ref_before"]

_REF_WORDS = {"from", "than", "since", "versus", "vs", "vs.", "against", "above", "below"}
_REF_PAIRS = {
    ("compared", "with"),
    ("compared", "to"),
    ("relative", "to"),
    ("level", "of"),
    ("level", "on"),
}
#: Words between a comparison word and its date ("against the previous assessment of").
_BASE_FILLER = {
    "the",
    "previous",
    "prior",
    "last",
    "assessment",
    "assessments",
    "of",
    "on",
    "at",
    "close",
    "closing",
    "level",
    "levels",
    "price",
    "prices",
    "quote",
    "quotes",
    "in",
    "week's",
    "session",
    "session's",
    "trading",
    "day",
    "day's",
    "week",
    "month",
    "month's",
    "fixing",
}
#: What is skipped walking back from a date to its comparison word.
_BACK_FILLER = _BASE_FILLER | {"", "its", "their"}
_BACK_REF_WORDS = _REF_WORDS | {"against", "vs."}
_COMPARED_IN = {"than", "versus", "vs", "vs.", "against"}
_CHANGE_WORDS = {"increase", "rise", "decrease", "decline", "drop", "growth", "gain", "up", "down"}


#: "the same period of", "the same months of", "the same nine months of": a base's year.
_SAME_PERIOD = re.compile(
    r"\bsame\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+)?"
    r"(?:period|quarter|months?|half|time|weeks?|batch|tranche|allocation|allotment)"
    r"\s+(?:of\s+|in\s+)?$",
    re.I,
)


_PART_OF = re.compile(
    r"\s*(?:(?:the\s+)?(?:end|start|beginning|middle)\s+of|late|early|mid-?|end-)\s*$", re.I
)


_PART_ENDS = ("late", "early", "mid", "mid-", " of", "end-")


#: The earlier assessment a figure is set against, named by its day ("in the prior
#: assessment on 18 September", "at the last session of March 4", "the last fixing on Monday");
#: shared with the price extractor, which reads the words after a level.
EARLIER_ASSESSMENT_WORDS = (
    r"(?:previous|prior|preceding|last|earlier)\s+(?:weekly\s+|fortnightly\s+)?"
    r"(?:assessments?|sessions?|quotes?|fixings?|close|survey)\s+(?:on|of|dated)\s+$"
)
_EARLIER_ASSESSMENT = Prechecked(re.compile(rf"\b{EARLIER_ASSESSMENT_WORDS}", re.I))


#: A base level and the verb dating it: "13% higher than the $111.25 recorded on",
#: "against the 480,000 yuan seen on" (a level's own "from X on May 2" is not one).
_BASE_LEVEL_ON = Prechecked(
    re.compile(
        r"\b(?:from|than|against|versus|vs\.?|with)\s+(?:the|a|an|its)?\s*(?:US\$|\$|€|¥|yuan\s+)?"
        r"[\d.,]+(?:\s*(?:yuan|rmb))?\S*\s+(?:recorded|seen|set|posted|quoted|assessed"
        r"|registered|reached|fetched|logged)\s+(?:on|at)\s+$",
        re.I,
    )
)


#: A base level and the period it was written for: "vs USD62.47/kg in June", "against
#: RMB454,200/t in the second quarter", "compared with $58/kg in Q2".
_BASE_LEVEL_IN = Prechecked(
    re.compile(
        r"\b(?:than|against|versus|vs\.?|compared\s+(?:with|to)|from)\s+(?:the\s+)?"
        r"(?:US\$|A\$|\$|€|¥|usd|rmb|cny|yuan\s+)?\s*[\d][\d.,]*(?:\s*(?:-|to)\s*[\d.,]+)?"
        # "against A$100 million in the June half": a sum with its scale
        r"(?:\s*(?:million|billion|mn|bn|m)\b(?:\s+(?:yuan|dollars))?)?"
        r"(?:\s*(?:/\s*(?:kg|t|mt|tonne|ton)|yuan(?:/\w+)?|per\s+(?:kg|tonne|ton|kilogram)))?"
        r"\s+(?:in|for|during)\s+(?:the\s+)?$",
        re.I,
    )
)


#: A base named by what it counts and its period: "up 19 percent from the first batch of
#: 2022", "3% above the allocation for 2023", "compared with the total in 2022".
_BASE_NOUN_OF = Prechecked(
    re.compile(
        r"\b(?:from|than|against|versus|vs\.?|compared\s+(?:with|to)|above|below)\s+"
        r"(?:the\s+|its\s+|a\s+)?(?:(?:first|second|third|fourth|final|last|previous|prior|"
        r"initial|corresponding)\s+)?(?:batch|level|figure|total|quota|allocation|allotment|amount|"
        r"volume)\s+(?:of|in|for)\s+$",
        re.I,
    )
)


#: A base told as what a level equals: "the same as at the end of December".
_SAME_AS_END = re.compile(r"\bsame\s+as(?:\s+(?:at|in|on|for))?$")


def is_ref_before(before: str) -> bool:
    """Whether the words before a date make it a comparison base ("from", "compared with")."""
    near = before[-60:]  # one string: the prechecks lower-case it once between them
    if _BASE_NOUN_OF.search(near):
        return True  # "up 19 percent from the first batch of 2022"
    if _BASE_LEVEL_ON.search(near):
        return True  # "above the $84.50 recorded on March 12"
    if _BASE_LEVEL_IN.search(near):
        return True  # "July avg USD67.87/kg vs USD62.47/kg in June"
    if "same" in before and _SAME_PERIOD.search(before):
        return True  # "the same period last year"
    if _EARLIER_ASSESSMENT.search(before):
        return True  # "... against $61-64/kg at the prior assessment on 11 March"
    if before.rstrip().lower().endswith(_PART_ENDS):  # "since late 2023", "since the end of 2023"
        before = before[:-40] + _PART_OF.sub("", before[-40:])
    split = before.lower().split()
    words = split[-4:]
    if words and words[-1] == "the":
        words = words[:-1]
    if len(words) >= 2 and (words[-2], words[-1]) in (("level", "of"), ("level", "on")):
        words = words[:-2]
        if words and words[-1] == "the":
            words = words[:-1]
    if not words:
        return False
    if words[-1] in _REF_WORDS:
        return True
    tail = " ".join(words)
    if "same" in tail and _SAME_AS_END.search(tail):
        return True  # "the same as at the end of December": the level it equals is the base
    if len(words) >= 2:
        pair = (words[-2], words[-1])
        if pair in _REF_PAIRS:
            return True
        if words[-1] in ("on", "over") and words[-2] in _CHANGE_WORDS:
            return True
        if words[-1] in ("in", "on", "during", "for") and words[-2] in _COMPARED_IN:
            return True  # "13.4% more than in November", "against on Friday"
    back = split[-8:]
    while back and (
        back[-1].strip("(,") in _BACK_FILLER
        or "-" in back[-1].strip("(,-")  # "its last pre-holiday quote on"
    ):  # "vs previous session ("
        back.pop()
    if len(back) >= 2 and (back[-2], back[-1]) in _REF_PAIRS:
        return True  # "against its last quote before the holiday on May 1"
    return bool(back) and back[-1].strip("(") in _BACK_REF_WORDS
