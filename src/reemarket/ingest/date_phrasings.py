"""Date and period phrasings of English report prose as a table: one row per phrasing.

Each :class:`DatePhrasing` names its kind (what ``dates._resolve`` turns it into), its
pattern (matched case-blind against lower-cased text, earlier rows first) and example
sentences with the period the first date in them must resolve to, for a document published
on 2024-07-05 ("" when the period is left to the sentence, as a comparison base is).
``tests/ingest/test_date_phrasings.py`` runs every example; the fast scanner's start words
and guards are derived from these patterns (:mod:`reemarket.ingest.startwords`). Adding a
phrasing is adding a row (and, for a new kind, its branch in ``dates._resolve``).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["MON", "PHRASINGS", "WD", "YEARQ", "DatePhrasing"]


@dataclass(frozen=True)
class DatePhrasing:
    """One way reports write a date or period, with examples of what it resolves to."""

    kind: str
    pattern: str
    examples: tuple[tuple[str, str], ...]


#: A month name or its abbreviation.
MON = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
#: A weekday name.
WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
#: A weekday's short form, as a quote sheet labels a base in brackets ("(Thu US$1.00/kg)").
WDA = r"(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?"
#: "this year", "last year"... after a date.
YEARQ = r"(?:,?\s*(?P<yq>this|last|next|previous)\s+year)"

#: Every phrasing, in priority order (the first row that matches at a word wins).
PHRASINGS: list[DatePhrasing] = [
    DatePhrasing(
        "iso",
        r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d)",
        (("Prices were assessed on 2024-06-28.", "2024-06-28"),),
    ),
    # 14/10/2025, "on 14/03": day first (European and Asian publishers); a second number
    # above 12 makes it month first (10/14/2025); without a year only after "on"
    DatePhrasing(
        "dmy",
        r"(?<![\d/.,])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?:/(?P<y>\d{4})|(?<=\bon\s\d/\d)|"
        r"(?<=\bon\s\d\d/\d)|(?<=\bon\s\d/\d\d)|(?<=\bon\s\d\d/\d\d))(?![\d/%])"
        r"(?!\s+(?:of|shifts?|hours?|days?|basis|split|ratio|share|operations?)\b)(?<!24/7)",
        (("The notice was dated 14/03/2024.", "2024-03-14"),),
    ),
    DatePhrasing(
        "mdy_dash",
        rf"(?P<mon>{MON})-(?P<d>\d{{1,2}})-(?P<y>\d{{4}})",
        (("Shipments left on Jun-12-2024.", "2024-06-12"),),
    ),
    DatePhrasing(
        "qtr_month",
        # "the March quarter", "December-quarter output"; "the December half of 2023", "the
        # June half-year": the half-year ending that month
        rf"(?:the\s+)?(?P<mon>{MON})(?:\s+(?P<y>\d{{4}}))?[\s-]+(?P<len>quarter|half)"
        rf"(?:[\s-]+year)?(?:\s+(?:of\s+)?(?P<y2>\d{{4}}))?",
        (
            ("Output fell in the March quarter.", "2024-Q1"),
            ("December-quarter sales rose.", "2023-Q4"),
            ("Revenue was lower than in the December half of 2022.", "2022-07/2022-12"),
            ("Sales in the June half-year rose.", "2024-01/2024-06"),
        ),
    ),
    DatePhrasing(
        "mspan",
        rf"(?:from\s+|between\s+)?(?P<mon>{MON})(?:\s*(?:-|–|to|through|and)\s*"
        # "April 2024 through March 2025": a span across a year end, both years named
        rf"|,?\s+(?P<y1>\d{{4}})\s*(?:-|–|to|through|until)\s*(?=(?:{MON}),?\s+\d{{4}}))"
        # "the April-June period" of three months ending a quarter is that quarter, as "quarter"
        rf"(?P<mon2>{MON})(?:,?\s+(?P<y>\d{{4}}))?(?P<qtr>\s+(?:quarter|period)\b)?",
        (
            ("Exports between January and May rose.", "2024-01/2024-05"),
            ("Sales over the October-December period were flat.", "2023-Q4"),
            ("Output in the February-April period slipped.", "2024-02/2024-04"),
            ("Imports in Jan-Mar 2024 rose.", "2024-01/2024-03"),
            ("Imports from April 2023 through March 2024 rose.", "2023-04/2024-03"),
        ),
    ),
    DatePhrasing(
        "mpart",
        r"(?:the\s+)?(?P<pt>first|second|last|middle|final)\s+(?P<part>half|(?:ten|10)\s+days|third)"
        rf"\s+of\s+(?:(?P<mon>{MON})(?!\w)(?:,?\s+(?P<y>\d{{4}}))?|(?P<tm>the|this|that)\s+month)",
        (("In the first half of June prices eased.", "2024-06-01/2024-06-15"),),
    ),
    DatePhrasing(
        "first_months",
        r"(?:the\s+)?first\s+(?:(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})"
        r"\s+months|(?P<nq>two|three|2|3)\s+quarters)(?:\s+(?:of|in)\s+(?P<y>\d{4}))?|"
        r"(?:the\s+)?(?P<n3>six|nine)-month(?:\s+period)?(?!\s+(?:to|ended|ending|through)\b)|"
        # "in the nine months", "over the eight months": the months of the year so far
        r"(?:(?<=\bin\s)|(?<=\bover\s)|(?<=\bfor\s)|(?<=\bduring\s))the\s+(?P<n4>two|three|four|five|six|seven|eight|nine|ten|"
        r"eleven)\s+months(?!\s+(?:to|ended|ending|through|since|before|after|ahead|from)\b)",
        (
            ("In the first five months of 2024 imports rose.", "2024-01/2024-05"),
            ("The group sold 800 t of magnets in the five months.", "2024-01/2024-05"),
            ("Exports over the eight months rose 4%.", "2023-01/2023-08"),
        ),
    ),
    # a count of sessions up to a day: "the four sessions to October 17"
    DatePhrasing(
        "sessions_to",
        r"(?:the\s+)?(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty)"
        r"\s+(?:trading\s+)?(?:sessions|trading\s+days)\s+(?:to|through|ending|ended|up\s+to)\s+"
        rf"(?:(?P<mon>{MON})\s+(?P<d>\d{{1,2}})|(?P<d2>\d{{1,2}})\s+(?P<mon2>{MON}))(?!\d)"
        r"(?:,?\s+(?P<y>\d{4}))?",
        (("Nd oxide averaged $60/kg over the five sessions to July 5.", "2024-07-01/2024-07-05"),),
    ),
    # a calendar week named by a day in it: "in the week of 16 February", "week of June 24"
    DatePhrasing(
        "week_of",
        rf"(?:the\s+)?week\s+(?:of|beginning|starting|commencing)\s+(?:(?P<d>\d{{1,2}})(?:st|nd|rd|th)?"
        rf"\s+(?P<mon>{MON})|(?P<mon2>{MON})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)(?!\d|\s*[-–]\s*\d)"
        r"(?:,?\s+(?P<y>\d{4}))?",
        (
            ("Holmium oxide touched $75/kg in the week of 17 June.", "2024-06-17/2024-06-21"),
            ("Buyers were absent the week of June 24.", "2024-06-24/2024-06-28"),
        ),
    ),
    # two days "between" which a move ran, each maybe bracketed after a label of its own:
    # "between 31 May and 28 June", "between the May close (31 May) and the June close (28 June)"
    DatePhrasing(
        "between_days",
        rf"between\s+(?:[^,;()\d]{{0,40}}?\(\s*)?(?:(?P<mon>{MON})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?"
        rf"|(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon4>{MON}))\s*\)?\s+and\s+"
        rf"(?:[^,;()\d]{{0,40}}?\(\s*)?(?:(?P<mon2>{MON})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?"
        rf"|(?P<d4>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon3>{MON}))(?![\d\w])\)?(?:,?\s+(?P<y>\d{{4}}))?",
        (
            ("Between 3 June and 1 July, Gd oxide lost 4%.", "2024-06-03/2024-07-01"),
            (
                "Between the first session of June (3 June) and the last of the month (28 June)"
                " Ho oxide gained 2%.",
                "2024-06-03/2024-06-28",
            ),
            ("Between May 31 and June 28 the Sm oxide quote held.", "2024-05-31/2024-06-28"),
        ),
    ),
    # a run of days: "4-8 September", "from May 12 to May 16", "Sept 4-8, 2023"
    DatePhrasing(
        "dspan",
        rf"(?:from\s+)?(?:(?P<mon>{MON})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:-|–|to|through|until)"
        rf"\s*(?:(?P<mon2>{MON})\s+)?(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?![\d/.%]|,\d)"
        rf"|(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+(?P<mon4>{MON}))?\s*(?:-|–|to|through|until)\s*"
        rf"(?P<d4>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon3>{MON})(?!\w))(?:,?\s+(?P<y>\d{{4}}))?",
        (
            ("Oxide averaged $60/kg over 1-5 July.", "2024-07-01/2024-07-05"),
            ("From June 24 to June 28, prices eased.", "2024-06-24/2024-06-28"),
            ("The week of June 24-28 was quiet.", "2024-06-24/2024-06-28"),
        ),
    ),
    DatePhrasing(
        "md",
        rf"(?:{WD},?\s+)?(?P<mon>{MON})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?!\d|,\d{{3}}(?!\d))"
        rf"(?:,?\s+(?P<y>\d{{4}}))?{YEARQ}?",
        (
            ("Prices were steady on June 28.", "2024-06-28"),
            ("Thursday, July 4 prices were firm.", "2024-07-04"),
            # a day then "to" and a figure is no run of days
            ("Gd oxide has added 4% since June 12 to 9,500 yuan/t.", "2024-06-12"),
        ),
    ),
    DatePhrasing(
        "dm",
        rf"(?:{WD},?\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon>{MON})"
        rf"(?:,?\s+(?P<y>\d{{4}}))?{YEARQ}?",
        (("Prices were steady on 28 June 2024.", "2024-06-28"),),
    ),
    DatePhrasing(
        "fyq",
        r"(?:\bQ(?P<q>[1-4])\s*FY\s?(?P<y>\d{4}|\d{2})|\bFY\s?(?P<y2>\d{4}|\d{2})\s*Q(?P<q2>[1-4])|"
        # a broker's digit-first spelling: "3QFY25", "4Q FY2024"
        r"\b(?P<q9>[1-4])Q\s*FY\s?(?P<y9>\d{4}|\d{2})|"
        r"(?P<qo>first|second|third|fourth)\s+quarter\s+of\s+(?:fiscal\s+(?:year\s+)?|FY\s?)"
        r"(?P<y3>\d{4}|\d{2})|\b(?:H(?P<h>[12])|(?P<h2>[12])H)\s*FY\s?(?P<y4>\d{4}|\d{2})|"
        r"\bFY\s?(?P<y5>\d{4}|\d{2})\s*(?:H(?P<h3>[12])|(?P<h4>[12])H)|"
        r"(?P<ho>first|second)[\s-]+half\s+(?:of\s+)?(?:the\s+)?"
        r"(?:(?:fiscal\s+(?:year\s+)?|financial\s+year\s+|FY\s?)(?P<y6>\d{4}|\d{2})|"
        r"(?P<y7>\d{4})\s+(?:fiscal|financial)\s+year)|"
        r"(?:the\s+)?(?P<qo2>first|second|third|fourth)\s+quarter\s+of\s+(?:the\s+)?(?P<y8>\d{4})\s+"
        r"(?:fiscal|financial)\s+year)(?![\w])",
        (
            ("Results for Q3 FY2024 were weak.", "2024-Q1"),
            ("Shipments in 3QFY25 beat our estimate.", "2025-Q1"),
            ("Sales revenue for the first half of FY26 rose.", "2025-07/2025-12"),
            ("Output in 2HFY24 was a record.", "2024-01/2024-06"),
            ("Second-half fiscal 2025 output was lower.", "2025-01/2025-06"),
            # the year before "financial year" names it the same way
            ("In the second half of the 2024 financial year sales fell.", "2024-01/2024-06"),
            ("In the first quarter of the 2025 fiscal year output rose.", "2024-Q3"),
        ),
    ),
    DatePhrasing(
        "ytd",
        r"since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year|"
        r"so\s+far\s+this\s+year|(?:the\s+)?year[\s-]to[\s-]date|\bytd\b",
        (("Prices have fallen so far this year.", "2024-01-01/2024-07-05"),),
    ),
    # the first quarters of a year in a broker's shorthand: "1-3Q25" (January-September);
    # its first months: "9M23", "6M 2024" (January to the month counted)
    DatePhrasing(
        "qspan",
        r"\b1\s?-\s?(?P<qe>[2-4])Q\s?'?(?P<y>\d{4}|\d{2})(?!\d|[,.]\d|%)|"
        r"(?<![\d$.,])\b(?P<nm>[2-9]|1[01])M\s?'?(?P<ym>20\d{2}|\d{2})(?!\d|[,.]\d|%)",
        (
            ("Revenue rose 12% in 1-3Q24.", "2024-01/2024-09"),
            ("The group's 9M23 net profit halved.", "2023-01/2023-09"),
            ("Magnet sales in 6M 2024 reached 9,000 t.", "2024-01/2024-06"),
        ),
    ),
    DatePhrasing(
        "quarter",
        r"(?:\bQ(?P<q>[1-4])(?:\s*(?:of\s+|[-–]\s*)?(?P<y>\d{4}))?|(?P<y2>\d{4})\s*-?\s*Q(?P<q2>[1-4])|"
        r"\b(?P<q3>[1-4])Q\s?'?(?P<y4>\d{2})(?!\d|[,.]\d|%)|"
        r"(?:the\s+)?(?P<qo>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter"
        r"(?!\s+of\s+(?:fiscal|FY|financial|the\s+\d{4}\s+(?:fiscal|financial)))"
        rf"(?:\s+of\s+(?P<y3>\d{{4}}))?){YEARQ}?",
        (
            ("Output rose in Q1 2024.", "2024-Q1"),
            ("Output fell in the second quarter of 2023.", "2023-Q2"),
            ("Revenue rose in 2Q24 alone.", "2024-Q2"),
            # a press release's own spelling, quarter and year joined by a dash
            ("Sales were lower than in Q2-2023.", "2023-Q2"),
        ),
    ),
    DatePhrasing(
        "half",
        r"(?:\bH(?P<h>[12])|(?P<ho>first|second)[\s-]+half|\b(?P<h2>[12])H)"
        rf"(?:\s*(?:of\s+)?(?P<y>\d{{4}})|\s?'?(?P<y2>\d{{2}})(?!\d|[,.]\d|%))?{YEARQ}?",
        (
            ("Revenue fell in H1 2024.", "2024-01/2024-06"),
            ("Revenue rose from 5.1 billion yuan in 1H24.", "2024-01/2024-06"),
            ("Output was higher than in H2'23.", "2023-07/2023-12"),
        ),
    ),
    DatePhrasing(
        "ended",
        r"(?:the\s+)?(?P<len>quarter|half(?:[\s-]year)?|(?:three|six|nine|3|6|9)(?:\s+|-)months?"
        r"(?:\s+period)?|year|fiscal\s+year|financial\s+year|"
        rf"twelve\s+months|12\s+months)\s+(?:ended|ending|to|through)\s+(?:(?P<d>\d{{1,2}})\s+(?P<mon>{MON})|"
        rf"(?P<mon2>{MON})\s+(?P<d2>\d{{1,2}})(?!\d)|(?P<mon3>{MON})(?![\w-]))(?:,?\s+(?P<y>\d{{4}}))?",
        (
            ("Revenue for the six months ended 31 December 2023 fell.", "2023-07/2023-12"),
            ("Its results for the half to December 31 were weak.", "2023-07/2023-12"),
            ("Profit for the quarter ended June 30 rose.", "2024-Q2"),
            # a bare month closes the span too: "the three months through March"
            ("Turnover grew in the three months through March.", "2024-Q1"),
            ("Output fell 4% in the nine months to September.", "2023-01/2023-09"),
            # a fiscal year named by the month it closes, "for" before it as well
            ("Net income for the year to March rose.", "2023-04/2024-03"),
        ),
    ),
    # a fiscal year named earlier in the report, without its year: "in the financial year",
    # "over the fiscal year" (the twelve months last named as "the year to June")
    DatePhrasing(
        "fiscal_the",
        r"(?:the|this|that)\s+(?:financial|fiscal)\s+year(?!\s+(?:ended|ending|to|through)\b)"
        r"(?!\s*\d)",
        (("Output rose in the financial year.", ""),),
    ),
    DatePhrasing(
        "month_close",
        rf"the\s+(?:last|final)\s+(?:trading\s+|working\s+|business\s+)?day\s+of\s+(?P<mon>{MON})"
        rf"(?:,?\s+(?P<y>\d{{4}}))?"
        # a month's close named by the month: "(January close: US$1.82/kg)", "the May close"
        rf"|(?P<mon2>{MON})(?:\s+(?P<y2>\d{{4}}))?(?:['’]s)?\s+(?:close|closing\s+(?:level|price))\b"
        # a month closed at a level: "closing May at X", "ended April 2024 near Y"
        r"|(?<![\w-])(?:clos(?:ed|ing|es)|end(?:ed|ing|s)|finish(?:ed|ing|es))\s+"
        rf"(?P<mon3>{MON})(?:\s+(?P<y3>\d{{4}}))?(?=\s+(?:at|around|near|on)\b)",
        (
            ("Prices on the last trading day of May were firm.", "2024-05-31"),
            ("Holmium oxide ended at $71/kg (May close: $69/kg).", "2024-05-31"),
            ("Yttrium oxide held firm, closing May at $9/kg.", "2024-05-31"),
            ("The oxide slipped through the spring and ended April near $60/kg.", "2024-04-30"),
        ),
    ),
    # "from X at the start of February", "higher than at the beginning of May": the
    # month's first trading day, where a level stood ("since the start of May" is left to
    # the change rules: a move since then runs from the last close before May)
    DatePhrasing(
        "month_open",
        rf"(?<!since\s)the\s+(?:start|beginning|opening|first\s+(?:trading|working|business)\s+day)\s+of\s+"
        rf"(?P<mon>{MON})(?!\w)(?:,?\s+(?P<y>\d{{4}}))?",
        (
            ("Holmium oxide has slipped 3% from $70/kg at the start of May.", "2024-05-06"),
            ("It was 2% dearer than at the beginning of June 2024.", "2024-06-03"),
        ),
    ),
    # "entered the quarter at X", "closed the month at Y": the first (last) trading day of
    # the quarter (month, year) last named
    DatePhrasing(
        "period_edge",
        r"(?P<e>enter(?:ed|ing|s)?|start(?:ed|ing|s)?|beg(?:an|inning|ins)|open(?:ed|ing|s)?|"
        r"end(?:ed|ing|s)?|clos(?:ed|ing|es)|finish(?:ed|ing|es)?)\s+the\s+"
        r"(?P<u>quarter|month|year|half)(?=\s+(?:at|around|near|about|close\s+to)\b)"
        # "ranged X at month-end": the last trading day of the month last named
        rf"|(?<=\bat\s)(?:the\s+)?(?P<u2>month|quarter)[\s-]end\b(?!\s+(?:of\s+)?{MON})"
        # "peaked on the first trading day of the month": that day of the month last named
        r"|the\s+(?P<e2>first|last|final)\s+(?:trading|working|business)\s+day\s+of\s+the\s+"
        r"(?P<u3>month|quarter|year)\b",
        (
            ("Prices entered the quarter at a low.", ""),
            ("Prices were firm at month-end.", ""),
            ("It peaked on the first trading day of the month.", ""),
        ),
    ),
    DatePhrasing(
        "the_quarter",
        r"(?:the|this)\s+quarter|"
        # "Quarterly sales revenue climbed to ...": the quarter the report is about
        r"quarterly(?=\s+(?:sales|revenue|revenues|turnover|output|production|net|profit|loss|"
        r"earnings|income)\b)",
        # ("quarterly" before any quarter is named is skipped: rule figures_reported_earlier)
        (("Output rose in the quarter.", ""),),
    ),
    # "over the half", "in the half": the half-year last named ("the six months to December 31")
    DatePhrasing(
        "the_half",
        r"(?:(?<=\bin\s)|(?<=\bover\s)|(?<=\bfor\s)|(?<=\bduring\s)|(?<=\bthrough\s))"
        r"(?:the|this)\s+half(?:[\s-]+year)?(?![\s-]+(?:of|ended|ending|to|through|a)\b)"
        # "taking the half-year total to X": the half's running total
        r"|(?:the|this)\s+half[\s-]+year(?=\s+(?:total|tally|figure|count)\b)",
        (("Output rose in the half.", ""), ("That took the half-year total to 900 t.", "")),
    ),
    DatePhrasing(
        "the_month",
        # "up 13% on the month" compares with the month before: no period of its own
        # "the month's low, X, came on 9 July", "High of the month: X on 9 July", "its best
        # level of the month": the level's own day, not the month
        r"(?<!\bon\s)(?<!\bhigh\sof\s)(?<!\blow\sof\s)(?<!\bquote\sof\s)(?<!\blevel\sof\s)"
        r"(?<!\bpeak\sof\s)(?<!\bprice\sof\s)"
        r"the\s+month\b(?!\s+(?:of|before|earlier|ago|ended|ending|to|through))"
        r"(?!['’]s\s+(?:low|high|peak|trough|best|worst)\b)",
        (("Prices rose 3% over the month.", ""),),
    ),
    # a named month up to the report's day: "August so far", "so far in July" (the unnamed
    # "month to date" of a change runs from the last close before it: price_passes._TO_DATE)
    DatePhrasing(
        "mtd",
        rf"(?P<mon>{MON})\s+(?:so\s+far|to\s+date)\b|so\s+far\s+in\s+(?P<mon2>{MON})(?!\w)",
        (
            ("July so far, the oxide has averaged $60/kg.", "2024-07-01/2024-07-05"),
            ("The oxide averaged $60/kg so far in July.", "2024-07-01/2024-07-05"),
        ),
    ),
    # a month whose listing prices are announced ahead may be the month after publication
    DatePhrasing(
        "month",
        rf"(?P<mon>{MON})(?!\w)(?:\s+(?P<y>\d{{4}}))?{YEARQ}?"
        r"(?P<ahead>(?=(?:'s)?\s+(?:listing|listed|list)\s+prices?\b))?",
        (
            ("Imports fell in April.", "2024-04"),
            ("The producer set its August listing prices on Friday.", "2024-08"),
            ("December listing prices were published on Friday.", "2023-12"),
            # a month's label before a figure with a thousands comma is no day ("June 7,240")
            ("Cerium oxide means: June 7,240 | May 6,905", "2024-06"),
        ),
    ),
    # a fiscal year written with both years: "in 2024-25" (its months by the document's
    # country, dates.fiscal_start; a year not followed by the next is the first year)
    DatePhrasing(
        "fy_span",
        r"(?<![\d,.$])(?P<y>20\d{2})[-–/](?P<yy>\d{2})(?![\d%/-]|,\d)",
        (("Imports in 2024-25 rose.", "2024"),),
    ),
    DatePhrasing(
        "yspan",
        r"(?:between\s+(?P<yb>(?:19|20)\d{2})\s+and\s+(?P<yb2>(?:19|20)\d{2}))|"
        r"(?<![\d,.])(?P<y>(?:19|20)\d{2})\s*(?:-|–|to)\s*(?P<y2>(?:19|20)\d{2})(?!\d|,\d)",
        (("Demand will grow in 2024-2030.", "2024/2030"),),
    ),
    DatePhrasing(
        "until",
        r"(?:through|until|till|by|to)\s+(?P<y>20\d{2})(?!\d|,\d)",
        (("Demand will grow through 2030.", "2030"),),
    ),
    # a stock read at a year's end: "capacity reached 520 GW at the end of 2024" is the
    # December reading of a monthly series
    DatePhrasing(
        "year_end",
        r"(?:(?<=\bat\sthe\send\sof\s)|(?<=\bas\sof\sthe\send\sof\s))(?P<y>(?:19|20)\d{2})"
        r"(?!\d|,\d|\s*(?:%|tons?|tonnes|mt|t\b|yuan))",
        (("Installed wind capacity was 365 GW at the end of 2022.", "2022-12"),),
    ),
    DatePhrasing(
        "year",
        r"(?<![\d,.$])(?:FY\s?)?(?P<y>(?:19[5-9]|20\d)\d)(?!\d|,\d|\s*(?:%|tons?|tonnes|mt|t\b|yuan))"
        r"|\bFY\s?'?(?P<yy>\d{2})(?![\w%])",
        (
            ("Output reached a record in 2023.", "2023"),
            ("Lynas sold more in FY2024 than before.", "2024"),
            ("Sales revenue for FY25 was higher.", "2025"),
        ),
    ),
    # the year before the one in hand: after "the year to June", the fiscal year before it
    DatePhrasing(
        "prev_annual",
        # not "the prior year period (quarter)": the same period a year back, no year
        r"the\s+(?:previous|prior|preceding)\s+(?:financial\s+|fiscal\s+)?year"
        r"(?!\s*\d|[\s-]+(?:period|quarter|half|month)\b)|"
        # "X t, against Y t the year before": not "the year before last" (two years back)
        r"the\s+year\s+before(?!\s+(?:last|that)\b)(?=\s*[,.;)]|\s*$|\s+(?:and|but|while)\b)",
        (
            ("Output was lower in the prior year.", "2023"),
            ("Revenue reached $30 million, compared with $24 million the year before.", "2023"),
            # after "the year to June" it is the fiscal year before (rule results_year_to_month)
            ("Sales were higher than in the preceding financial year.", "2023"),
        ),
    ),
    DatePhrasing(
        "rel_year",
        # ("up 8% on the year" is a year-on-year change, no period: no match after "on")
        r"(?P<r>this|last|previous|next)\s+year|(?:a\s+year|(?:twelve|12)\s+months)\s+(?:earlier|ago)|"
        r"(?P<fy>full[\s-]year|(?:the\s+|for\s+the\s+)?(?:whole|entire)\s+year|(?<!\bon\s)the\s+year|"
        r"for\s+the\s+year|(?<!semi-)(?<!bi-)annual)"
        # "the year to June" is a fiscal year, read by the "ended" row
        rf"(?!\s+(?:ended|ending|to|through)\s+(?:\d{{1,2}}\s+)?{MON})"
        # "the year-on-year increase": a comparison, no period
        r"(?![\s-]+on[\s-]+year)",
        (
            ("Output rose last year.", "2023"),
            ("Twelve months ago output was lower.", "2023"),
            # a half-year report is not an annual period
            ("Its semi-annual report said output rose last year.", "2023"),
            ("Full-year output rose.", "2024"),
            # "the year-on-year increase" names no period
            (
                "Gadolinium oxide averaged $24/kg, the year-on-year rise put at 8% last year.",
                "2023",
            ),
        ),
    ),
    DatePhrasing(
        "rel_month",
        r"(?P<r>this|last|previous|next)\s+month|a\s+month\s+(?:earlier|ago)",
        (
            ("Prices rose last month.", "2024-06"),
            ("Prices should rise next month, dealers said.", "2024-08"),  # an outlook's month
        ),
    ),
    # a span counted back from a named day: "the 30 days to October 10", "the week to
    # Thursday", "the two weeks ended 4 October" (a count of months to a day is a reporting
    # period, read by the rows above)
    DatePhrasing(
        "span_to",
        r"(?:the\s+)?(?:(?P<n>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twelve|"
        r"fifteen|twenty|thirty)\s+(?P<u>days|weeks)|(?P<u1>week|fortnight))\s+"
        r"(?:to|through|ending|ended|up\s+to)\s+"
        rf"(?:(?P<wd>{WD})|(?P<mon>{MON})\s+(?P<d>\d{{1,2}})|(?P<d2>\d{{1,2}})\s+(?P<mon2>{MON}))"
        r"(?!\d)(?:,?\s+(?P<y>\d{4}))?",
        (
            ("In the 30 days to July 4, the oxide gained 5%.", "2024-06-04/2024-07-04"),
            ("The oxide rose 2% in the week to Thursday.", "2024-06-27/2024-07-04"),
            ("In the two weeks ended 28 June the oxide fell.", "2024-06-14/2024-06-28"),
        ),
    ),
    # a span counted back from the report's (or the quote's) day: "over the past week", "in
    # the last 30 days", "the past three months" (not "last week" or "the previous month",
    # a calendar week or month, nor "the last month of the year")
    DatePhrasing(
        "trailing",
        r"the\s+(?:(?:past|last)\s+(?P<u1>week|fortnight|month)(?!\s+(?:of|before)\b)|"
        r"(?:past|last|previous|preceding|same)\s+(?P<n>\d{1,3}|two|three|four|five|six|seven|eight|"
        r"nine|ten|twelve|fifteen|twenty|thirty|sixty|ninety)\s+"
        r"(?:(?P<us>(?:trading\s+)?sessions|trading\s+days)|(?P<u>days|weeks|months))\b)|"
        # "a 9.3% rise in a month", "fell 4% within two weeks": counted back the same way (not
        # "in a month's time", a time to come)
        r"\b(?:in|within)\s+(?:just\s+|only\s+)?(?:a|one)\s+(?P<u2>week|fortnight|month)\b"
        r"(?!['’]s\s+time|\s+(?:or\s+(?:so|two)|from\s+now|hence)\b)|"
        r"\b(?:in|within)\s+(?:just\s+|only\s+)?(?P<n2>two|three|four|five|six|\d{1,2})\s+"
        r"(?P<u3>days|weeks|months)\b(?!['’]\s+time|\s+(?:from\s+now|hence)\b)",
        (
            ("Prices rose 3% over the past week.", ""),
            ("Terbium oxide put on 8% in a month.", ""),
            ("Holmium oxide slid 5% within two weeks.", ""),
            ("Cerium metal lost 2% across the past four trading sessions.", ""),
            ("Yttrium oxide firmed 3% in the same five sessions.", ""),
            ("Terbium oxide gained 6% in the last 30 days.", ""),
            ("Prices fell over the past three months.", ""),
        ),
    ),
    DatePhrasing(
        "rel_week",
        r"(?P<r>this|last|previous)\s+week|a\s+week\s+(?:earlier|ago|before)|"
        r"the\s+previous\s+week|week[-\s]on[-\s]week|\bWoW\b|"
        r"(?:seven|7)\s+days\s+(?:earlier|ago|before)",
        (("Prices rose last week.", ""),),
    ),
    DatePhrasing(
        "fortnight",
        r"a\s+fortnight\s+(?:earlier|ago|before)|(?:two|2)\s+weeks\s+(?:earlier|ago|before)|"
        r"(?:fourteen|14)\s+days\s+(?:earlier|ago|before)",
        (("Prices were higher than a fortnight earlier.", ""),),
    ),
    DatePhrasing(
        "prev_day",
        r"(?:the\s+)?previous\s+(?:trading\s+|working\s+)?day|day[-\s]on[-\s]day|\bDoD\b|"
        r"on\s+the\s+day(?!\s+of\b)|d/d|(?:the\s+)?previous\s+(?:trading\s+)?session|"
        r"(?:a|one)\s+(?:trading\s+)?(?:day|session)\s+earlier|the\s+day\s+before\b",
        (
            ("Prices rose from the previous trading day.", ""),
            ("Gadolinium oxide was at 160,000 yuan/t, from 158,000 a day earlier.", ""),
        ),
    ),
    # "One month later it had reached X", "a week later", "two days later": counted on from
    # the last day the document named (no day named before: no period)
    DatePhrasing(
        "later",
        r"(?P<n>a|an|one|two|three|four|five|six|seven|\d{1,2})\s+(?P<u>day|week|month)s?"
        r"\s+later\b",
        (("A month later the oxide was dearer.", ""),),
    ),
    DatePhrasing(
        "same_day",
        r"(?:on\s+)?the\s+same\s+(?:day|(?:trading\s+)?session)"
        # "(held at X,) unchanged on the session": the session the story last named
        r"|(?<=unchanged\s)(?P<sess>on\s+the\s+(?:session|day))\b"
        # the day of an event the text named before: "on the auction day", "the tender day",
        # "on the day of the announcement" (the day the story named for the event)
        r"|(?:on\s+)?the\s+(?:auction|tender|bidding|sale)\s+day\b"
        r"|(?:on\s+)?the\s+day\s+of\s+the\s+"
        r"(?:auction|tender|sale|announcement|decision|notice|ban|ruling)\b",
        (
            ("Prices closed higher the same day.", ""),
            ("It sold on the auction day.", ""),
            ("Terbium oxide was quoted at 7,000 yuan/kg on the day of the announcement.", ""),
            # no session named before it: the report's day
            ("Ce oxide held at 6.9-7.2 yuan/kg, unchanged on the session.", "2024-07-05"),
        ),
    ),
    # the last session of the report's week: "as the week closed", "at the end of the week"
    DatePhrasing(
        "week_close",
        r"as\s+the\s+week\s+(?:closed|ended|drew\s+to\s+a\s+close|wound\s+down)"
        r"|at\s+the\s+(?:close|end)\s+of\s+the\s+week\b",
        (
            ("Terbium oxide slipped as the week closed.", "2024-07-05"),
            ("Dysprosium oxide firmed at the end of the week.", "2024-07-05"),
        ),
    ),
    DatePhrasing(
        "today",
        r"\btoday\b|\btonight\b|this\s+(?:morning|afternoon|evening)|\bcurrently\b|\bnow\b",
        (("Prices were steady today.", "2024-07-05"),),
    ),
    DatePhrasing(
        "yesterday",
        r"\byesterday\b",
        (("Prices were steady yesterday.", "2024-07-04"),),
    ),
    DatePhrasing(
        "weekday",
        # "by Wednesday (it) had climbed to X": the day a move had got there by
        rf"(?:(?P<r>this|last|on|previous|by)\s+(?P<wd>{WD})"
        # "Friday's session", "Thursday's close", "Friday's China close", "Tuesday's
        # restocking spike": that day's trade, or a move of it
        rf"|(?P<wd2>{WD})(?=['’]s\s+(?:[a-z]+\s+)?(?:session|close|closing|trade|trading"
        r"|assessment|fix|marker|print|spike|rally|jump|surge|drop|slide|slump|dip|bounce"
        r"|rebound|gain|rise|fall|high|low|peak|buying|selling|deals?)\b)"
        # a day told as the subject of its trade: "Thursday brought another soft day",
        # "Monday saw light buying"
        rf"|(?P<wd7>{WD})(?=\s+(?:brought|saw|proved|delivered|was\s+(?:a|another)\b))"
        # "finished Friday at", "closed Tuesday at": the day a closing verb names bare
        rf"|(?:(?<=finished\s)|(?<=closed\s)|(?<=ended\s)|(?<=settled\s))(?P<wd5>{WD})"
        r"(?=\s+(?:at|on|up|down|higher|lower|flat|unchanged)\b)"
        # "down 2% from Thursday", "unchanged since Tuesday": the base day
        rf"|(?:(?<=from\s)|(?<=since\s)|(?<=than\s)|(?<=against\s)|(?<=below\s)"
        rf"|(?<=above\s)|(?<=over\s)|(?<=on\s))(?P<wd3>{WD})\b"
        # a bracketed base labelled by its day: "444,000 yuan/t (Thursday: 442,000 yuan/t)"
        # or by its short form before the figure: "(Thu US$1.00/kg)", "(Wed: 480,000)"
        rf"|(?<=\()(?P<wd4>{WD}|{WDA})(?=\s*:|\s+(?:US\$|\$|RMB|CNY|€|\d))"
        # a note's short weekday after last/this ("(last Fri 1.75)", "vs this Tue"); Sat and
        # Sun are left out, words of their own
        r"|(?P<r6>this|last|previous)\s+(?P<wd6>Mon|Tues?|Wed|Thu(?:rs?)?|Fri)\b\.?)"
        rf"(?!,?\s+{MON}\s+\d|,?\s+\d{{1,2}}\s+{MON})",
        (
            ("Prices fell last Thursday.", "2024-07-04"),
            ("Prices fell on Monday.", "2024-07-01"),
            ("Holmium oxide firmed in Thursday's session.", "2024-07-04"),
            ("Quotes below are from Wednesday's Shanghai close.", "2024-07-03"),
            ("Holmium oxide was 1% dearer than Wednesday.", "2024-07-03"),
            ("Holmium oxide stood at 480,000 yuan/t (Tuesday: 478,000).", "2024-07-02"),
            ("Samarium oxide 2.30 (last Fri 2.25).", "2024-06-28"),
            ("Lanthanum oxide was flat against this Wed.", "2024-07-03"),
            ("Erbium oxide fob China US$41.20/kg (Wed US$41.50/kg).", "2024-07-03"),
            ("Yttrium oxide closed Tuesday at US$7.10/kg.", "2024-07-02"),
            ("By Wednesday terbium oxide had climbed to 7,100 yuan/kg.", "2024-07-03"),
            ("Tuesday brought a quiet session for yttrium oxide.", "2024-07-02"),
            ("Monday saw light buying of holmium oxide.", "2024-07-01"),
            ("Erbium oxide eased to $41.10/kg, 0.5% below Wednesday.", "2024-07-03"),
            ("Wednesday's daily marker for gadolinium oxide was $25.40/kg.", "2024-07-03"),
            ("Tuesday's buying spree lifted Sm oxide to 14,800 yuan/t.", "2024-07-02"),
            ("Monday's short rally took holmium oxide to 490,000 yuan/t.", "2024-07-01"),
        ),
    ),
    DatePhrasing(
        "nth",
        # a bare day of the month in a report: the latest such day not after publication
        r"(?:on|since|from|until|till|through)\s+the\s+(?P<d>\d{1,2})(?:st|nd|rd|th)\b(?!-)",
        (
            ("Prices fell on the 3rd.", "2024-07-03"),
            ("Holmium oxide has been flat since the 28th.", "2024-06-28"),
            ("Dysprosium oxide was last traded on the 31st.", "2024-05-31"),
        ),
    ),
]
