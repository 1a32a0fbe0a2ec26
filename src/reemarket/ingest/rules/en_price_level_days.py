"""English price-level rule records about the day or base a level belongs to.

Levels dated by "then", period and month closes, back references and follow-ups, named and
labelled bases, reading notes and relative days, event days and paired days (resolvers in
``extractors.prices``). ``en.py`` registers them.
"""

from __future__ import annotations

from reemarket.ingest.extractors import price_passes, prices
from reemarket.ingest.rules import Example, Rule
from reemarket.ingest.rules.en_common import no_facts

RULES: list[Rule] = [
    Rule(
        "price_level_of_then",
        "price level",
        "en",
        "A year|month|week ago|earlier, {PRODUCT} ... {QTY:price} | {PRODUCT} ... {QTY:price}"
        " a year|month ago | {QTY:price} ({WEEKDAY}: {QTY:price}) | averaged {QTY:price}"
        " {DATE}, has since risen to {QTY:price}",
        prices.extract,
        (
            Example(
                "A year ago holmium oxide sold for 520,000 yuan/t.",
                (("price", "ho_oxide", "price", "2023-07-05", 520000, "CNY/t"),),
            ),
            Example(
                "Gadolinium oxide was 158,000 yuan/t a month earlier.",
                (("price", "gd_oxide", "price", "2024-06-05", 158000, "CNY/t"),),
            ),
            Example(
                "Two weeks ago, europium oxide changed hands at 195 yuan/kg.",
                (("price", "eu_oxide", "price", "2024-06-21", 195, "CNY/kg"),),
            ),
            Example(  # a second level sharing the verb shares its time
                "A week earlier, terbium oxide had fetched 7,000 yuan/kg and dysprosium oxide at"
                " 1,700 yuan/kg.",
                (
                    ("price", "tb_oxide", "price", "2024-06-28", 7000, "CNY/kg"),
                    ("price", "dy_oxide", "price", "2024-06-28", 1700, "CNY/kg"),
                ),
            ),
            Example(  # a day named in the clause wins
                "A month earlier, on June 3, lanthanum oxide was quoted at 4,000 yuan/t.",
                (("price", "la_oxide", "price", "2024-06-03", 4000, "CNY/t"),),
            ),
            Example(  # a bracketed base labelled by its day
                "Samarium oxide: 14,500 yuan/t (Wednesday: 14,300 yuan/t).",
                (
                    ("price", "sm_oxide", "price", "2024-07-05", 14500, "CNY/t"),
                    ("price", "sm_oxide", "price", "2024-07-03", 14300, "CNY/t"),
                ),
            ),
            Example(  # "has since risen to": the current level, not the earlier average
                "Terbium oxide, which averaged 6,200 yuan/kg last year, has since climbed to"
                " 7,100 yuan/kg.",
                (
                    ("price", "tb_oxide", "average", "2023", 6200, "CNY/kg"),
                    ("price", "tb_oxide", "price", "2024-07-05", 7100, "CNY/kg"),
                ),
            ),
            Example(  # a level held in the past perfect "since" a day: up to the session before
                "Erbium oxide had sat at 288,000-292,000 yuan/t since June 20 until producers"
                " raised offers on Friday.",
                (
                    ("price", "er_oxide", "price_low", "2024-07-04", 288000, "CNY/t"),
                    ("price", "er_oxide", "price_high", "2024-07-04", 292000, "CNY/t"),
                ),
            ),
        ),
        cues=("metric.price",),
        doc="A level told 'a year (month, week, two weeks) ago' leading its clause or right"
        " after it is that day's (the report's day then), unless the clause names a day;"
        " a bracketed '(Thursday: X)' is that day's; a level after 'has since' is the"
        " current one (price_bases.own_ago_date, _LABEL_GAP, since_then).",
    ),
    Rule(
        "price_period_close",
        "price level",
        "en",
        "{PRODUCT} ended {DATE:month} at {QTY:price}, up from {QTY:price} at the end of"
        " {DATE:quarter|year}",
        prices.extract,
        (
            Example(  # a month ended at a level; a base at a quarter's end is a level too
                "Terbium metal (cif Rotterdam) ended April at $1,350-1,400/kg, up from"
                " $1,200-1,260/kg at the end of Q1.",
                (
                    ("price", "tb_metal", "price_low", "2024-04-30", 1350, "USD/kg"),
                    ("price", "tb_metal", "price_high", "2024-04-30", 1400, "USD/kg"),
                    ("price", "tb_metal", "price_low", "2024-03-29", 1200, "USD/kg"),
                    ("price", "tb_metal", "price_high", "2024-03-29", 1260, "USD/kg"),
                ),
            ),
            Example(
                "Holmium oxide finished March at 480,000 yuan/t, against 450,000 yuan/t at the"
                " end of last year.",
                (
                    ("price", "ho_oxide", "price", "2024-03-29", 480000, "CNY/t"),
                    ("price", "ho_oxide", "price", "2023-12-29", 450000, "CNY/t"),
                ),
            ),
        ),
        cues=("metric.price",),
        doc="A level a month, quarter or year ended at (or stood at at its end) is its last"
        " trading day's.",
    ),
    Rule(
        "price_at_month_end_europe",
        "price level",
        "en",
        "'X at month-end' in a report on a month is that month's last trading day; 'delivered"
        " EU', 'DDP EU' are European delivered prices",
        prices.extract,
        (
            Example(  # a monthly review published after the month it covers
                "Survey of members' buying prices, June 2024\n\n"
                "Holmium oxide was bought at EUR 75-79/kg delivered EU at month-end.\n",
                (
                    ("price", "ho_oxide", "price_low", "2024-06-28", 75, "EUR/kg"),
                    ("price", "ho_oxide", "price_high", "2024-06-28", 79, "EUR/kg"),
                ),
                published="2024-07-04",
                entity="europe",
            ),
            Example(
                "Gadolinium oxide, DDP EU, was offered at EUR 29/kg in June.",
                (("price", "gd_oxide", "price", "2024-06", 29, "EUR/kg"),),
                published="2024-07-04",
                entity="europe",
            ),
        ),
        cues=("metric.price", "market.europe"),
        doc="date_phrasings period_edge (u2); en.toml market europe.",
    ),
    Rule(
        "price_month_review_back_references",
        "price level",
        "en",
        "a monthly review's back references: a clause after a colon ('...: the month closed at"
        " X on 28 June'), 'when it averaged X' after a named month, 'Its June average, X, was"
        " ... above May's Y'; 'the same as at the end of May' is a base, so 'ended the month'"
        " after it is still the month reviewed; '(May close: Y)' is May's last trading day",
        prices.extract,
        (
            Example(
                "Minor metals monthly, July 2024\n\n"
                "The monthly average of holmium oxide (FOB China) rose to US$72.40/kg in June."
                " Most of the gain came late: the month closed at US$75.10/kg on 28 June,"
                " against US$71.60/kg on 21 June.\n\n"
                "Gadolinium oxide (FOB China) averaged US$21.30/kg in June. Compared with June"
                " 2023, when it averaged US$26.90/kg, gadolinium was cheaper.\n\n"
                "Samarium oxide (FOB China) was quoted at US$2.10-2.30/kg at the end of June,"
                " the same as at the end of May; europium oxide ended the month at"
                " US$27-29/kg. Its June average, US$28.10/kg, was just above May's"
                " US$27.60/kg.\n\n"
                "Terbium oxide (FOB China) finished June at US$1,150/kg (May close:"
                " US$1,120/kg).\n",
                (
                    ("price", "ho_oxide", "average", "2024-06", 72.4, "USD/kg"),
                    ("price", "ho_oxide", "price", "2024-06-28", 75.1, "USD/kg"),
                    ("price", "ho_oxide", "price", "2024-06-21", 71.6, "USD/kg"),
                    ("price", "gd_oxide", "average", "2024-06", 21.3, "USD/kg"),
                    ("price", "gd_oxide", "average", "2023-06", 26.9, "USD/kg"),
                    ("price", "sm_oxide", "price_low", "2024-06-28", 2.1, "USD/kg"),
                    ("price", "sm_oxide", "price_high", "2024-06-28", 2.3, "USD/kg"),
                    ("price", "eu_oxide", "price_low", "2024-06-28", 27, "USD/kg"),
                    ("price", "eu_oxide", "price_high", "2024-06-28", 29, "USD/kg"),
                    ("price", "eu_oxide", "average", "2024-06", 28.1, "USD/kg"),
                    ("price", "eu_oxide", "average", "2024-05", 27.6, "USD/kg"),
                    ("price", "tb_oxide", "price", "2024-06-28", 1150, "USD/kg"),
                    ("price", "tb_oxide", "price", "2024-05-31", 1120, "USD/kg"),
                ),
                published="2024-07-10",
                entity="fob_china",
            ),
        ),
        cues=("metric.price",),
        doc="prices._COLON, _WHEN_IT, _ITS_NOUN, _WHEN_AT (averaged); date_base.is_ref_before"
        " ('the same as at'); date_phrasings month_close (mon2).",
    ),
    Rule(
        "price_base_wordings",
        "price level",
        "en",
        "a base level dated by a 'when' clause, a weekday's or month's possessive, 'in <period>'"
        " after 'vs'/'from', 'a year ago' beside day quotes, or an ordinal alone",
        prices.extract,
        (
            Example(  # a base's day told after who priced it ("we assessed last Friday, 28
                # June", "it fetched on 1 July") is still the base's own day
                "Terbium oxide closed at 7,150 yuan/kg on Friday, up from the 7,050 yuan/kg we"
                " assessed last Friday, 28 June. Samarium oxide is up 1,000 yuan/t from the"
                " 14,000-16,000 yuan/t it fetched on 1 July.",
                (
                    ("price", "tb_oxide", "price", "2024-07-05", 7150, "CNY/kg"),
                    ("price", "tb_oxide", "price", "2024-06-28", 7050, "CNY/kg"),
                    ("price", "sm_oxide", "change", "2024-07-01/2024-07-05", 1000, "CNY/t"),
                    ("price", "sm_oxide", "price_low", "2024-07-01", 14000, "CNY/t"),
                    ("price", "sm_oxide", "price_high", "2024-07-01", 16000, "CNY/t"),
                ),
            ),
            Example(
                "Neodymium oxide fob China has lost $4.10/kg since July 1, when it stood at"
                " $61.50/kg.",
                (
                    ("price", "nd_oxide", "change", "2024-07-01/2024-07-05", -4.1, "USD/kg"),
                    ("price", "nd_oxide", "price", "2024-07-01", 61.5, "USD/kg"),
                ),
            ),
            Example(  # a move told after the percent, a range with a currency at each end
                "Pr-Nd oxide was 2.5 percent dearer than on June 28, the last session of the"
                " half, when it was quoted at CNY402,000 to CNY405,000.",
                (
                    ("price", "prnd_oxide", "change_pct", "2024-06-28/2024-07-05", 2.5, "%"),
                    ("price", "prnd_oxide", "price_low", "2024-06-28", 402000, "CNY/t"),
                    ("price", "prnd_oxide", "price_high", "2024-06-28", 405000, "CNY/t"),
                ),
            ),
            Example(  # a sentence led by a day that tells a move is the last price's
                "Neodymium oxide fob China ended the week at $62.40/kg.\n\nFriday alone brought"
                " a 2% gain from Thursday's $61.18.",
                (
                    ("price", "nd_oxide", "price", "2024-07-05", 62.4, "USD/kg"),
                    ("price", "nd_oxide", "change_pct", "2024-07-04/2024-07-05", 2, "%"),
                    ("price", "nd_oxide", "price", "2024-07-04", 61.18, "USD/kg"),
                ),
            ),
            Example(
                "Dysprosium oxide averaged 1,850 yuan/kg in June, down from May's avg of 1,920"
                " yuan/kg.",
                (
                    ("price", "dy_oxide", "average", "2024-06", 1850, "CNY/kg"),
                    ("price", "dy_oxide", "average", "2024-05", 1920, "CNY/kg"),
                ),
            ),
            Example(  # the base's month is not the main figure's, nor its year-on-year's
                "Cerium oxide fob China averaged $1.10/kg in June vs $1.16/kg in May; +3.0% y-o-y.",
                (
                    ("price", "ce_oxide", "average", "2024-06", 1.1, "USD/kg"),
                    ("price", "ce_oxide", "average", "2024-05", 1.16, "USD/kg"),
                    ("price", "ce_oxide", "average_yoy_pct", "2024-06", 3.0, "%"),
                ),
            ),
            Example(  # the base of an average is an average
                "The average price of Pr-Nd oxide was 410,000 yuan/t in the second quarter, up"
                " from 395,000 yuan/t in the first quarter.",
                (
                    ("price", "prnd_oxide", "average", "2024-Q2", 410000, "CNY/t"),
                    ("price", "prnd_oxide", "average", "2024-Q1", 395000, "CNY/t"),
                ),
            ),
            Example(  # a base day after "compared with its last pre-holiday quote on" dates
                # neither the paragraph nor the next sentence
                "Pr-Nd oxide rose 1.5% to 405,000 yuan/t in the first session after the break,"
                " compared with its last pre-holiday quote on June 28. Terbium oxide in Rotterdam"
                " was offered at $1,200/kg.",
                (
                    ("price", "prnd_oxide", "change_pct", "2024-06-28/2024-07-05", 1.5, "%"),
                    ("price", "prnd_oxide", "price", "2024-07-05", 405000, "CNY/t"),
                    ("price", "tb_oxide", "price", "2024-07-05", 1200, "USD/kg"),
                ),
            ),
            Example(  # "FY2024" in the report of a July-June company is its fiscal year
                "Lynas Rare Earths quarterly update\n\nThe China NdPr market price averaged"
                " US$58.2/kg over FY2024.",
                (("price", "prnd_oxide", "average", "2023-07/2024-06", 58.2, "USD/kg"),),
            ),
            Example(  # "the X average of <period>": that period's
                "The NdPr oxide price averaged US$60/kg in the June quarter, above the US$52/kg"
                " average of the March 2024 quarter.",
                (
                    ("price", "prnd_oxide", "average", "2024-Q2", 60, "USD/kg"),
                    ("price", "prnd_oxide", "average", "2024-Q1", 52, "USD/kg"),
                ),
            ),
            Example(  # a title's move the body tells too is the body's move
                "Terbium Oxide Up 1.5%\n\nTerbium oxide gained 1.5% on the day to 7,150 yuan/kg"
                " on July 4.",
                (
                    ("price", "tb_oxide", "change_pct", "2024-07-03/2024-07-04", 1.5, "%"),
                    ("price", "tb_oxide", "price", "2024-07-04", 7150, "CNY/kg"),
                ),
            ),
            Example(  # "a year ago" beside a day's quote: that day a year before
                "Pr-Nd oxide changed hands at 402,000 yuan/t on Friday, against about 455,000"
                " yuan/t a year ago.",
                (
                    ("price", "prnd_oxide", "price", "2024-07-05", 402000, "CNY/t"),
                    ("price", "prnd_oxide", "price", "2023-07-05", 455000, "CNY/t"),
                ),
            ),
        ),
        cues=("metric.price", "direction.day_moves"),
        doc="prices._WHEN_AT, _OWNED_BY_DATE, BASE_LEAD with date_base._BASE_LEVEL_IN, ago_day.",
    ),
    Rule(
        "price_follow_ups",
        "price level",
        "en",
        "a headline's present-tense move, an appositive group word, 'X averaged Y' after a dated"
        " average, a pronoun object ('put it at'), a move noun after an amount ('a $10 rise')",
        prices.extract,
        (
            Example(  # a month-to-date mean against the month before's: no metric
                "Terbium oxide has averaged 7,050 yuan/kg so far in July, 1.8% above the June"
                " average.",
                (("price", "tb_oxide", "average", "2024-07-01/2024-07-05", 7050, "CNY/kg"),),
            ),
            Example(  # "averaging Y" with no period after a dated average: that period's
                "Dysprosium oxide averaged 1,720 yuan/kg in May.\n\nSamarium oxide stayed"
                " near its lows, averaging 14,500 yuan/t.",
                (
                    ("price", "dy_oxide", "average", "2024-05", 1720, "CNY/kg"),
                    ("price", "sm_oxide", "average", "2024-05", 14500, "CNY/t"),
                ),
            ),
            Example(
                "Terbium oxide adds 60 yuan/kg as buyers return",
                (("price", "tb_oxide", "change", "2024-07-04/2024-07-05", 60, "CNY/kg"),),
            ),
            Example(  # a record's span ("highest this year") dates no figure
                "Dysprosium oxide up 2.1% on day, highest this year",
                (("price", "dy_oxide", "change_pct", "2024-07-04/2024-07-05", 2.1, "%"),),
            ),
            Example(
                "Lanthanum oxide, the cheapest rare earth, held at 4,100 yuan/t on Thursday.",
                (("price", "la_oxide", "price", "2024-07-04", 4100, "CNY/t"),),
            ),
            Example(
                "Pr-Nd oxide averaged 405,000 yuan/t in June. Dysprosium oxide averaged 1,880"
                " yuan/kg and terbium oxide 5,800 yuan/kg.",
                (
                    ("price", "prnd_oxide", "average", "2024-06", 405000, "CNY/t"),
                    ("price", "dy_oxide", "average", "2024-06", 1880, "CNY/kg"),
                    ("price", "tb_oxide", "average", "2024-06", 5800, "CNY/kg"),
                ),
            ),
            Example(
                "Dysprosium oxide cif Rotterdam firmed this week. Assessors put it at"
                " $820-850/kg, a $10 rise over the week.",
                (
                    ("price", "dy_oxide", "price_low", "2024-07-05", 820, "USD/kg"),
                    ("price", "dy_oxide", "price_high", "2024-07-05", 850, "USD/kg"),
                    ("price", "dy_oxide", "change", "2024-06-28/2024-07-05", 10, "USD/kg"),
                ),
            ),
            Example(  # a level held "for the rest of the week" stands at the report's day
                "Weekly review\n\nTerbium oxide rose 50 yuan/kg on Tuesday to 7,150 yuan/kg and"
                " held there for the rest of the week.",
                (
                    ("price", "tb_oxide", "change", "2024-07-01/2024-07-02", 50, "CNY/kg"),
                    ("price", "tb_oxide", "price", "2024-07-05", 7150, "CNY/kg"),
                ),
            ),
            Example(  # a cent written as a word
                "Cerium oxide fob China slipped by a cent to $1.74/kg on Thursday.",
                (
                    ("price", "ce_oxide", "change", "2024-07-03/2024-07-04", -0.01, "USD/kg"),
                    ("price", "ce_oxide", "price", "2024-07-04", 1.74, "USD/kg"),
                ),
            ),
            Example(  # "lower at both ends" closing a line is a move
                "Assessments, Friday 5 July ($/kg):\n- Lanthanum oxide 99% min, fob China:"
                " 0.88-0.92, a cent higher at both ends\n",
                (
                    ("price", "la_oxide", "price_low", "2024-07-05", 0.88, "USD/kg"),
                    ("price", "la_oxide", "price_high", "2024-07-05", 0.92, "USD/kg"),
                    ("price", "la_oxide", "change", "2024-07-04/2024-07-05", 0.01, "USD/kg"),
                ),
            ),
            Example(  # a lead-in phrase before "the average price was"
                "Pr-Nd oxide averaged 405,000 yuan/t in June. For the first half, the average"
                " price was 402,000 yuan/t, down 12% from a year earlier.",
                (
                    ("price", "prnd_oxide", "average", "2024-06", 405000, "CNY/t"),
                    ("price", "prnd_oxide", "average", "2024-01/2024-06", 402000, "CNY/t"),
                    ("price", "prnd_oxide", "average_yoy_pct", "2024-01/2024-06", -12, "%"),
                ),
            ),
            Example(  # "the oxide", "the month", "the market" stand for the last price's product
                "Terbium oxide averaged 6,900 yuan/kg in 2023. In the first quarter the oxide"
                " averaged around 6,400 yuan/kg.",
                (
                    ("price", "tb_oxide", "average", "2023", 6900, "CNY/kg"),
                    ("price", "tb_oxide", "average", "2024-Q1", 6400, "CNY/kg"),
                ),
            ),
            Example(
                "Pr-Nd oxide averaged 405,000 yuan/t in June. The month closed at"
                " 398,000-401,000 yuan/t on 28 Jun.",
                (
                    ("price", "prnd_oxide", "average", "2024-06", 405000, "CNY/t"),
                    ("price", "prnd_oxide", "price_low", "2024-06-28", 398000, "CNY/t"),
                    ("price", "prnd_oxide", "price_high", "2024-06-28", 401000, "CNY/t"),
                ),
            ),
            Example(
                "Neodymium oxide fob China ended the week at $62.40/kg. The market had reached"
                " $63.10/kg on Tuesday 2 July before easing.",
                (
                    ("price", "nd_oxide", "price", "2024-07-05", 62.4, "USD/kg"),
                    ("price", "nd_oxide", "price", "2024-07-02", 63.1, "USD/kg"),
                ),
            ),
            Example(  # quotes told by their noun: offers, deals, the benchmark, a marker
                "Yttrium oxide was assessed at 44,500 yuan/t on Friday. Most offers ranged from"
                " 44,000 to 45,500 yuan/t. Gadolinium oxide also slipped. Its benchmark eased to"
                " 152,000 yuan/t, with deals between 150,000 and 154,000 yuan/t.",
                (
                    ("price", "y_oxide", "price", "2024-07-05", 44500, "CNY/t"),
                    ("price", "y_oxide", "price_low", "2024-07-05", 44000, "CNY/t"),
                    ("price", "y_oxide", "price_high", "2024-07-05", 45500, "CNY/t"),
                    ("price", "gd_oxide", "price", "2024-07-05", 152000, "CNY/t"),
                    ("price", "gd_oxide", "price_low", "2024-07-05", 150000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-07-05", 154000, "CNY/t"),
                ),
            ),
            Example(  # a month's own average or extreme told by its label
                "Holmium oxide fob China averaged $71.20/kg in June. April's average was"
                " $69.80/kg. The month's high, $73.10/kg, came on 20 June.",
                (
                    ("price", "ho_oxide", "average", "2024-06", 71.2, "USD/kg"),
                    ("price", "ho_oxide", "average", "2024-04", 69.8, "USD/kg"),
                    ("price", "ho_oxide", "price", "2024-06-20", 73.1, "USD/kg"),
                ),
                entity="fob_china",
            ),
            Example(  # a newsletter's list: the month's labelled levels on their own days
                "The export price of holmium oxide did little in June. The figures, all FOB"
                " China in dollars per kilogram:\n\n- Monthly average: $71.20.\n"
                "- High of the month: $72.40 on June 3.\n- Last quote of the month: $70.10 on"
                " June 28.\n",
                (
                    ("price", "ho_oxide", "average", "2024-06", 71.2, "USD/kg"),
                    ("price", "ho_oxide", "price", "2024-06-03", 72.4, "USD/kg"),
                    ("price", "ho_oxide", "price", "2024-06-28", 70.1, "USD/kg"),
                ),
                entity="fob_china",
            ),
            Example(  # the topic framed in a sentence without figures: "the X market"
                "The domestic terbium oxide market stayed soft in 2024. April was the quietest"
                " month, with an average of 6,150 yuan/kg.",
                (("price", "tb_oxide", "average", "2024-04", 6150, "CNY/kg"),),
            ),
            Example(  # a percent move to a tonnage is the volume's, not a price's
                "Magnet alloys imported by Japan in May rose 3.4% on the year to 214 tonnes.",
                (  # "on the year": year on year, so the period is the month named
                    ("trade", "ndfeb_magnet", "imports_yoy_pct", "2024-05", 3.4, "%"),
                    ("trade", "ndfeb_magnet", "imports", "2024-05", 214, "t"),
                ),
            ),
        ),
        cues=("metric.price", "direction.up", "direction.down"),
        doc="prices._CHANGE_LEAD, appositive_owner, told_average, _IT_AT, CHANGE_TAIL,"
        " _THE_AVERAGE, _THE_FORM, _BACK_REF, _QUOTE_NOUN (offers, deals, a benchmark, a"
        " marker, a month's labelled level), _remember_framed_topic, _TO_MASS.",
    ),
    Rule(
        "price_basis_and_labelled_bases",
        "price level",
        "en",
        "a standing note 'all prices below are FOB China unless stated otherwise' gives later"
        " quotes naming no market that basis; a level labelled '(previous week: X)',"
        " '(prior session X)', 'a month ago: X' is the level that many days before; 'duty paid"
        " Rotterdam', 'DDP Germany' are European prices",
        prices.extract,
        (
            Example(
                "Unless otherwise noted, quotes are in US dollars per kg, FOB China.\n\n"
                "Holmium oxide 99.5%: USD 64.00/kg (previous week: USD 66.00/kg).\n\n"
                "Gadolinium oxide eased to USD 21.30/kg; prior session: USD 21.45/kg.\n",
                (
                    ("price", "ho_oxide", "price", "2024-07-05", 64, "USD/kg"),
                    ("price", "ho_oxide", "price", "2024-06-28", 66, "USD/kg"),
                    ("price", "gd_oxide", "price", "2024-07-05", 21.3, "USD/kg"),
                    ("price", "gd_oxide", "price", "2024-07-04", 21.45, "USD/kg"),
                ),
            ),
            Example(
                "Terbium oxide, duty paid Rotterdam, was offered at EUR 1,150-1,210/kg,"
                " a gain of 2.1% since the end of May.",
                (
                    ("price", "tb_oxide", "price_low", "2024-07-05", 1150, "EUR/kg"),
                    ("price", "tb_oxide", "price_high", "2024-07-05", 1210, "EUR/kg"),
                    ("price", "tb_oxide", "change_pct", "2024-05-31/2024-07-05", 2.1, "%"),
                ),
            ),
            Example(
                "Unless stated otherwise, all prices are CIF Rotterdam.\n\n"
                "Terbium oxide: USD 1,020/kg. Previous week: USD 1,000/kg.\n",
                (
                    ("price", "tb_oxide", "price", "2024-07-05", 1020, "USD/kg"),
                    ("price", "tb_oxide", "price", "2024-06-28", 1000, "USD/kg"),
                ),
            ),
            Example(
                "Samarium oxide was quoted at USD 2.10/kg (a week ago: USD 2.15/kg), a loss of"
                " 6% since the end of April.",
                (
                    ("price", "sm_oxide", "price", "2024-07-05", 2.1, "USD/kg"),
                    ("price", "sm_oxide", "price", "2024-06-28", 2.15, "USD/kg"),
                    ("price", "sm_oxide", "change_pct", "2024-04-30/2024-07-05", -6, "%"),
                ),
            ),
            Example(  # "put on" a sum is a gain; a move noun right after its percent
                "Dysprosium oxide fob China put on $6.50/kg on Thursday to $262.50/kg, a 2.5%"
                " day-on-day gain.",
                (
                    ("price", "dy_oxide", "change", "2024-07-03/2024-07-04", 6.5, "USD/kg"),
                    ("price", "dy_oxide", "price", "2024-07-04", 262.5, "USD/kg"),
                    ("price", "dy_oxide", "change_pct", "2024-07-03/2024-07-04", 2.5, "%"),
                ),
            ),
            Example(  # ... and a drop from a day's level named after it
                "Terbium oxide fob China shed $20/kg to $1,080/kg, a 1.8% drop from Tuesday's"
                " $1,100/kg.",
                (
                    ("price", "tb_oxide", "change", "2024-07-02/2024-07-05", -20, "USD/kg"),
                    ("price", "tb_oxide", "price", "2024-07-05", 1080, "USD/kg"),
                    ("price", "tb_oxide", "change_pct", "2024-07-02/2024-07-05", -1.8, "%"),
                    ("price", "tb_oxide", "price", "2024-07-02", 1100, "USD/kg"),
                ),
            ),
            Example(  # an amount and its percent twin before "higher than" a dated level
                "Gadolinium oxide fob China ended at $24.10/kg on 28 June, $1.30/kg or 5.7%"
                " higher than the $22.80/kg seen on 31 May.",
                (
                    ("price", "gd_oxide", "price", "2024-06-28", 24.1, "USD/kg"),
                    ("price", "gd_oxide", "change", "2024-05-31/2024-06-28", 1.3, "USD/kg"),
                    ("price", "gd_oxide", "change_pct", "2024-05-31/2024-06-28", 5.7, "%"),
                    ("price", "gd_oxide", "price", "2024-05-31", 22.8, "USD/kg"),
                ),
            ),
            Example(  # "a X% slide in a month": the span of the price's move, no measure
                "Europium oxide, now 190,000 yuan/t, has lost 12,000 yuan/t from 202,000 yuan/t"
                " at the start of June, a 5.9% slide in a month.",
                (
                    ("price", "eu_oxide", "price", "2024-07-05", 190000, "CNY/t"),
                    ("price", "eu_oxide", "change", "2024-06-03/2024-07-05", -12000, "CNY/t"),
                    ("price", "eu_oxide", "price", "2024-06-03", 202000, "CNY/t"),
                    ("price", "eu_oxide", "change_pct", "2024-06-03/2024-07-05", -5.9, "%"),
                ),
            ),
            Example(  # "when it stood at X" after a move's base: the base day's level
                "Samarium oxide was 15,200 yuan/t on July 5, down 1.3% from the previous"
                " working day, when it stood at 15,400 yuan/t.",
                (
                    ("price", "sm_oxide", "price", "2024-07-05", 15200, "CNY/t"),
                    ("price", "sm_oxide", "change_pct", "2024-07-04/2024-07-05", -1.3, "%"),
                    ("price", "sm_oxide", "price", "2024-07-04", 15400, "CNY/t"),
                ),
            ),
            Example(  # a percent between an average and the same period's a year before
                "Over the first half of 2024 terbium oxide averaged 6,300 yuan/kg, compared with"
                " 7,900 yuan/kg in January-June 2023, a 20.3% fall.",
                (
                    ("price", "tb_oxide", "average", "2024-01/2024-06", 6300, "CNY/kg"),
                    ("price", "tb_oxide", "average", "2023-01/2023-06", 7900, "CNY/kg"),
                    ("price", "tb_oxide", "average_yoy_pct", "2024-01/2024-06", -20.3, "%"),
                ),
            ),
            Example(  # a percent after a base level ("from Tuesday's X") is not a move from it
                "Terbium oxide fob China shed $20/kg to $1,080/kg, a 1.8% drop from Tuesday's"
                " $1,100/kg, and sits 3.1% lower week on week.",
                (
                    ("price", "tb_oxide", "change", "2024-07-02/2024-07-05", -20, "USD/kg"),
                    ("price", "tb_oxide", "price", "2024-07-05", 1080, "USD/kg"),
                    ("price", "tb_oxide", "change_pct", "2024-07-02/2024-07-05", -1.8, "%"),
                    ("price", "tb_oxide", "price", "2024-07-02", 1100, "USD/kg"),
                ),
            ),
            Example(  # a percent of "today's level" is not the move of an older quote
                "Holmium oxide was 480,000 yuan/t on July 5. On July 5, 2023 the oxide changed"
                " hands at 560,000 yuan/t, so today's level is down 14.3% year on year.",
                (
                    ("price", "ho_oxide", "price", "2024-07-05", 480000, "CNY/t"),
                    ("price", "ho_oxide", "price", "2023-07-05", 560000, "CNY/t"),
                ),
            ),
            Example(  # "when the average was X" after a period: that period's average
                "Europium oxide averaged 190,000 yuan/t in June. Compared with June 2023, when"
                " the average was 205,000 yuan/t, it is cheaper.",
                (
                    ("price", "eu_oxide", "average", "2024-06", 190000, "CNY/t"),
                    ("price", "eu_oxide", "average", "2023-06", 205000, "CNY/t"),
                ),
            ),
            Example(  # the same clause in a sentence that "averaged" already: still the named month's
                "Gadolinium oxide averaged 172,000 yuan/t in June, up from May, when the average"
                " was 165,000 yuan/t.",
                (
                    ("price", "gd_oxide", "average", "2024-06", 172000, "CNY/t"),
                    ("price", "gd_oxide", "average", "2024-05", 165000, "CNY/t"),
                ),
            ),
            Example(  # a level named by its day and kind, and the move measured from it
                "Holmium oxide fob China slipped to $70.10/kg on Thursday. It is now 4.2% below"
                " the 2 July peak of $73.17/kg.",
                (
                    ("price", "ho_oxide", "price", "2024-07-04", 70.1, "USD/kg"),
                    ("price", "ho_oxide", "change_pct", "2024-07-02/2024-07-05", -4.2, "%"),
                    ("price", "ho_oxide", "price", "2024-07-02", 73.17, "USD/kg"),
                ),
            ),
            Example(  # the level before its noun and day ("the $246 high of June 12"), the
                # gap told as an amount and its percent; an element's symbol ("Dy is now")
                # stands for the one form of it the document quotes
                "Heavy rare earths flash\n\n- Dy oxide 99.5% min, FOB China: $232/kg on"
                " Friday.\n- Dy is now $14/kg, or 5.7%, below the $246 high of June 12.\n",
                (
                    ("price", "dy_oxide", "price", "2024-07-05", 232, "USD/kg"),
                    ("price", "dy_oxide", "change", "2024-06-12/2024-07-05", -14, "USD/kg"),
                    ("price", "dy_oxide", "change_pct", "2024-06-12/2024-07-05", -5.7, "%"),
                    ("price", "dy_oxide", "price", "2024-06-12", 246, "USD/kg"),
                ),
                entity="fob_china",
            ),
            # a level a week or month opened at is that span's base, the close before it
            # began; a move "lower over the same five sessions" is the week's
            Example(
                "Terbium oxide finished at 6,950 yuan/kg, having opened the week at 7,020 yuan/kg.",
                (
                    ("price", "tb_oxide", "price", "2024-05-24", 6950, "CNY/kg"),
                    ("price", "tb_oxide", "price", "2024-05-17", 7020, "CNY/kg"),
                ),
                published="2024-05-24",
            ),
            Example(
                "Cerium oxide FOB China began the month at $1.70/kg and ended Friday at $1.74/kg.",
                (
                    ("price", "ce_oxide", "price", "2024-04-30", 1.7, "USD/kg"),
                    ("price", "ce_oxide", "price", "2024-05-24", 1.74, "USD/kg"),
                ),
                published="2024-05-24",
            ),
            Example(
                "Samarium oxide was 500 yuan/t higher over the past five sessions at 14,500"
                " yuan/t, after starting the week at 14,000 yuan/t.",
                (
                    ("price", "sm_oxide", "change", "2024-05-17/2024-05-24", 500, "CNY/t"),
                    ("price", "sm_oxide", "price", "2024-05-24", 14500, "CNY/t"),
                    ("price", "sm_oxide", "price", "2024-05-17", 14000, "CNY/t"),
                ),
                published="2024-05-24",
            ),
            Example(  # a base dated "that day" (the day named before): the move runs to now
                "Yttrium oxide closed on Monday (10 June) at 44,000-46,000 yuan/t. Gadolinium"
                " oxide is up 1,500 yuan/t from the 158,000 yuan/t it fetched that day.",
                (
                    ("price", "y_oxide", "price_low", "2024-06-10", 44000, "CNY/t"),
                    ("price", "y_oxide", "price_high", "2024-06-10", 46000, "CNY/t"),
                    ("price", "gd_oxide", "change", "2024-06-10/2024-06-14", 1500, "CNY/t"),
                    ("price", "gd_oxide", "price", "2024-06-10", 158000, "CNY/t"),
                ),
                published="2024-06-14",
            ),
            # a move told as standing now ends on the report's day, from the start of the
            # span it names, or from the opening level the sentence gives inside that span
            Example(
                "Terbium oxide opened June, on the 3rd, at 6,900-7,000 yuan/kg, and it is"
                " now 150 yuan/kg lower than at the start of the month.",
                (
                    ("price", "tb_oxide", "price_low", "2024-06-03", 6900, "CNY/kg"),
                    ("price", "tb_oxide", "price_high", "2024-06-03", 7000, "CNY/kg"),
                    ("price", "tb_oxide", "change", "2024-06-03/2024-06-14", -150, "CNY/kg"),
                ),
                published="2024-06-14",
            ),
            Example(
                "Holmium oxide prices now sit 4% above their level at the start of the month.",
                (("price", "ho_oxide", "change_pct", "2024-04-30/2024-05-24", 4, "%"),),
                published="2024-05-24",
            ),
            Example(
                "Terbium oxide is now 150 yuan/kg lower than at the beginning of the week, at"
                " 6,900 yuan/kg.",
                (
                    ("price", "tb_oxide", "change", "2024-05-17/2024-05-24", -150, "CNY/kg"),
                    ("price", "tb_oxide", "price", "2024-05-24", 6900, "CNY/kg"),
                ),
                published="2024-05-24",
            ),
            # a base told by the verb that set it ("the X printed/assessed/quoted on <day>"):
            # that day is the base's, the sentence's own level keeps the paragraph's day
            Example(
                "Dysprosium oxide ended at 1,640 yuan/kg, 20 yuan/kg above the 1,620 yuan/kg"
                " assessed a week earlier on 5 September.",
                (
                    ("price", "dy_oxide", "price", "2025-09-12", 1640, "CNY/kg"),
                    ("price", "dy_oxide", "change", "2025-09-05/2025-09-12", 20, "CNY/kg"),
                    ("price", "dy_oxide", "price", "2025-09-05", 1620, "CNY/kg"),
                ),
                published="2025-09-12",
            ),
            Example(
                "Cerium oxide FOB China finished at $1.71/kg, four cents under the $1.75 quoted"
                " on 3 September.",
                (
                    ("price", "ce_oxide", "price", "2025-09-12", 1.71, "USD/kg"),
                    ("price", "ce_oxide", "change", "2025-09-03/2025-09-12", -0.04, "USD/kg"),
                    ("price", "ce_oxide", "price", "2025-09-03", 1.75, "USD/kg"),
                ),
                published="2025-09-12",
            ),
            Example(  # ... and a move told "below <day>'s <level>" runs from that day
                "Samarium oxide FOB China was at $2.31/kg on Friday, US$0.04/kg below last"
                " Friday's US$2.35/kg, after a quiet month in September.",
                (
                    ("price", "sm_oxide", "price", "2025-09-26", 2.31, "USD/kg"),
                    ("price", "sm_oxide", "change", "2025-09-19/2025-09-26", -0.04, "USD/kg"),
                    ("price", "sm_oxide", "price", "2025-09-19", 2.35, "USD/kg"),
                ),
                published="2025-09-26",
            ),
            Example(  # ... the day named beats a to-date span's default start
                "Holmium oxide fob China rose to $73.20/kg on Thursday, up 8.1% month-to-date"
                " from the 31 May print of $67.70/kg.",
                (
                    ("price", "ho_oxide", "price", "2024-07-04", 73.2, "USD/kg"),
                    ("price", "ho_oxide", "change_pct", "2024-05-31/2024-07-04", 8.1, "%"),
                    ("price", "ho_oxide", "price", "2024-05-31", 67.7, "USD/kg"),
                ),
            ),
            Example(  # "the oxide is X% higher" carries the last price's product
                "Erbium oxide fob China ended the week at $44.50/kg. Since trading resumed on"
                " Monday at $43.20/kg, the oxide is 3.0% higher.",
                (
                    ("price", "er_oxide", "price", "2024-07-05", 44.5, "USD/kg"),
                    ("price", "er_oxide", "price", "2024-07-01", 43.2, "USD/kg"),
                ),
            ),
            Example(  # the note on its own line at the foot covers the quotes above it
                "Holmium oxide averaged $66.40/kg in June.\n\n"
                "Prices are CIF Rotterdam, US dollars per kilogram.\n",
                (("price", "ho_oxide", "average", "2024-06", 66.4, "USD/kg"),),
                entity="cif_rotterdam",
            ),
            Example(  # a list's basis told after its noun: "the figures, all FOB China"
                "Below are the levels, all FOB China in dollars per kilogram.\n\n"
                "Yttrium oxide averaged $8.10 in June.\n",
                (("price", "y_oxide", "average", "2024-06", 8.1, "USD/kg"),),
                entity="fob_china",
            ),
        ),
        cues=("metric.price", "market.europe"),
        doc="DocState.note_basis / note_document_basis / basis_market;"
        " price_bases.labelled_base_day; en.toml europe"
        " (duty paid, DDP + a European place); price_changes._MOVE_NOUN_BEFORE, _MOVE_NOUN_AFTER,"
        " _SINCE_RIGHT_AFTER, _PCT_THAN (below the <day> peak of); prices._CHANGE_LEAD ('put on'),"
        " _THE_FORM ('the oxide is X% higher'); price_passes.dated_noun_levels;"
        " extractors.measure_tags.measure_tag ('a loss of' before a move is not a company's loss).",
    ),
    Rule(
        "price_reading_notes_and_relative_days",
        "price level",
        "en",
        "a note 'all moves compare the June 3 reading with the May 2 reading' dates the undated"
        " levels under it to the later reading and their moves from the earlier one (a level"
        " 'down from X' is the earlier reading's); 'a month later', 'two weeks later' count on"
        " from the last day named; 'entered (closed) the quarter at X' is the quarter's first"
        " (last) trading day; a sentence led by 'A week earlier,' is that day's; 'A week earlier"
        " it was X': the last price's product a week back; 'changes versus (against) the 7 May"
        " assessment' is such a note too, and a heading naming only the market or unit of the"
        " bullets under it ('Export, FOB China, US dollars') does not end it",
        price_passes.reading_dates,
        (
            Example(  # "changes versus <day>" over a list split by market headings
                "Heavy rare earth assessments\n\nLevels below are for 14 May; changes versus"
                " the 7 May assessment.\n\nDomestic, yuan, VAT included\n"
                "- Gd oxide: 161,000-163,000 yuan/t, +1,500\n\n"
                "Export, FOB China, US dollars\n"
                "- Ho oxide: $70-73/kg, -0.5\n",
                (
                    ("price", "gd_oxide", "price_low", "2024-05-14", 161000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-05-14", 163000, "CNY/t"),
                    ("price", "gd_oxide", "change", "2024-05-07/2024-05-14", 1500, "CNY/t"),
                    ("price", "ho_oxide", "price_low", "2024-05-14", 70, "USD/kg"),
                    ("price", "ho_oxide", "price_high", "2024-05-14", 73, "USD/kg"),
                    ("price", "ho_oxide", "change", "2024-05-07/2024-05-14", -0.5, "USD/kg"),
                ),
                published="2024-05-15",
            ),
            Example(
                "Monthly movers\n\nEvery change below compares the June 3 reading with the"
                " May 2 reading.\n\n"
                "* Holmium oxide (FOB China) gained 4.10% to $71,200 per metric ton.\n"
                "* Chinese gadolinium oxide prices slipped 1.50% to $21,300 per metric ton,"
                " down from $21,620 per metric ton.\n",
                (
                    ("price", "ho_oxide", "change_pct", "2024-05-02/2024-06-03", 4.1, "%"),
                    ("price", "ho_oxide", "price", "2024-06-03", 71200, "USD/t"),
                    ("price", "gd_oxide", "change_pct", "2024-05-02/2024-06-03", -1.5, "%"),
                    ("price", "gd_oxide", "price", "2024-06-03", 21300, "USD/t"),
                    ("price", "gd_oxide", "price", "2024-05-02", 21620, "USD/t"),
                ),
            ),
            Example(
                "Top movers\n\nMonth-on-month moves, comparing the July 1 price with the June 3"
                " price.\n\n* Holmium oxide (FOB China) gained 2.2% to $70 per kg.\n",
                (
                    ("price", "ho_oxide", "change_pct", "2024-06-03/2024-07-01", 2.2, "%"),
                    ("price", "ho_oxide", "price", "2024-07-01", 70, "USD/kg"),
                ),
            ),
            Example(
                "On May 6 holmium oxide stood at $66.50/kg FOB China. Two weeks later the"
                " assessment was at $69.00/kg. Since March 1, when it sat at $60.00/kg, holmium"
                " oxide has risen by 15%.",
                (
                    ("price", "ho_oxide", "price", "2024-05-06", 66.5, "USD/kg"),
                    ("price", "ho_oxide", "price", "2024-05-20", 69, "USD/kg"),
                    ("price", "ho_oxide", "price", "2024-03-01", 60, "USD/kg"),
                    ("price", "ho_oxide", "change_pct", "2024-03-01/2024-05-20", 15, "%"),
                ),
            ),
            Example(  # a step back led by its span, then "it": the last price's product
                "Samarium oxide in Europe was quoted at $14.00-16.00/kg on Thursday. A week"
                " earlier it was $13.00-15.00/kg.",
                (
                    ("price", "sm_oxide", "price_low", "2024-07-04", 14, "USD/kg"),
                    ("price", "sm_oxide", "price_high", "2024-07-04", 16, "USD/kg"),
                    ("price", "sm_oxide", "price_low", "2024-06-27", 13, "USD/kg"),
                    ("price", "sm_oxide", "price_high", "2024-06-27", 15, "USD/kg"),
                ),
            ),
            Example(
                "Domestic terbium oxide closed at 7,100 yuan/kg on 12 September. A week earlier"
                " it stood at 6,950 yuan/kg.",
                (
                    ("price", "tb_oxide", "price", "2024-09-12", 7100, "CNY/kg"),
                    ("price", "tb_oxide", "price", "2024-09-05", 6950, "CNY/kg"),
                ),
                published="2024-09-13",
            ),
            Example(
                "Gadolinium oxide had a quiet second quarter of 2024. It entered the quarter at"
                " 152,000 to 156,000 yuan per tonne; a week of buying in May carried it to"
                " 160,000 to 164,000 yuan on May 20, and it closed the quarter at 150,000 to"
                " 154,000 yuan, a loss of 2,000 yuan at each end over the three months.\n\n"
                "A week earlier, terbium oxide had traded at 5,900 to 6,000 yuan/kg.",
                (
                    ("price", "gd_oxide", "price_low", "2024-04-01", 152000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-04-01", 156000, "CNY/t"),
                    ("price", "gd_oxide", "price_low", "2024-05-20", 160000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-05-20", 164000, "CNY/t"),
                    ("price", "gd_oxide", "price_low", "2024-06-28", 150000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-06-28", 154000, "CNY/t"),
                    ("price", "gd_oxide", "change", "2024-04-01/2024-06-28", -2000, "CNY/t"),
                    ("price", "tb_oxide", "price_low", "2024-06-28", 5900, "CNY/kg"),
                    ("price", "tb_oxide", "price_high", "2024-06-28", 6000, "CNY/kg"),
                ),
            ),
        ),
        cues=("metric.price",),
        doc="DocState.note_readings / reading_span, price_passes.reading_dates; date kinds 'later'"
        " and 'period_edge' (date_phrasings); price_passes.level_bases (a move over a span is the"
        " difference to an earlier level of the document); prices._LEAD_AGO; prices"
        "._PRONOUN_OBJECT ('carried it to X', ', it reached X', 'the oxide had eased').",
    ),
    Rule(
        "price_event_levels_and_reached_highs",
        "price level",
        "en",
        "a day told right after a level in an 'after'/'before' clause ('slipped back to X after"
        " hitting Y on Monday') is that level's day, not the day of the level before it; 'the"
        " price touched (hit, reached, peaked at) a high of X' is the last price's product",
        prices.extract,
        (
            Example(
                "Terbium oxide slipped back to 7,050-7,150 yuan/kg after hitting 7,400 yuan/kg"
                " on Monday.",
                (
                    ("price", "tb_oxide", "price_low", "2024-07-05", 7050, "CNY/kg"),
                    ("price", "tb_oxide", "price_high", "2024-07-05", 7150, "CNY/kg"),
                    ("price", "tb_oxide", "price", "2024-07-01", 7400, "CNY/kg"),
                ),
            ),
            Example(
                "Dysprosium oxide averaged 2,100 yuan/kg in June. On June 20 the price reached a"
                " ten-month high of 2,180 yuan/kg.",
                (
                    ("price", "dy_oxide", "average", "2024-06", 2100, "CNY/kg"),
                    ("price", "dy_oxide", "price", "2024-06-20", 2180, "CNY/kg"),
                ),
            ),
            Example(  # the move and level verbs of en.toml, past or -s form, after "It"
                "Gadolinium oxide averaged 158,000 yuan/t in June. It slumped to 151,000 yuan/t"
                " on June 24. The price plunged to 149,000 yuan/t on June 26.",
                (
                    ("price", "gd_oxide", "average", "2024-06", 158000, "CNY/t"),
                    ("price", "gd_oxide", "price", "2024-06-24", 151000, "CNY/t"),
                    ("price", "gd_oxide", "price", "2024-06-26", 149000, "CNY/t"),
                ),
            ),
        ),
        cues=("metric.price",),
        doc="date_binding._event_level_day; prices._BACK_REF (en.toml [direction] back_ref: touched,"
        " hit, reached, slumped...).",
    ),
    Rule(
        "price_move_base_on_named_day",
        "price level",
        "en",
        "'rose from X to Y' with the base day named ('on the previous trading day', 'a week"
        " earlier', 'yesterday') gives X as that day's level; a span alone ('over the week')"
        " leaves X undated, no fact",
        price_passes.span_bases,
        (
            Example(
                "Gadolinium oxide climbed from 160,000 yuan/t to 162,500 yuan/t, a gain of 1.6%"
                " on the previous trading day.",
                (
                    ("price", "gd_oxide", "price", "2024-07-05", 162500, "CNY/t"),
                    ("price", "gd_oxide", "price", "2024-07-04", 160000, "CNY/t"),
                    ("price", "gd_oxide", "change", "2024-07-04/2024-07-05", 2500, "CNY/t"),
                    ("price", "gd_oxide", "change_pct", "2024-07-04/2024-07-05", 1.6, "%"),
                ),
            ),
            Example(  # refused: the span of the move names no day for its earlier level
                "Holmium oxide rose from 470,000 yuan/t to 480,000 yuan/t over the week.",
                (
                    ("price", "ho_oxide", "price", "2024-07-05", 480000, "CNY/t"),
                    ("price", "ho_oxide", "change", "2024-06-28/2024-07-05", 10000, "CNY/t"),
                ),
            ),
        ),
        cues=("metric.price",),
        doc="price_passes.moves (records the undated base) and price_passes.span_bases (after change_spans).",
    ),
    Rule(
        "price_close_heading_and_dated_base",
        "price level",
        "en",
        "a heading naming a day's close ('MONDAY'S SHANGHAI CLOSE', 'Thursday's closing"
        " levels') dates the quotes under it, up to the next heading; a signed bracketed"
        " percent after 'X vs Y on <day>' is the move from that day; a bracket opened by a"
        " day's short form ('(Fri US$70.80/kg)') is that day's level, not the figure's before"
        " it; 'export market' names the FOB market, not exports",
        prices.extract,
        (
            Example(
                "DAILY BRIEF | Tuesday, 9 July 2024\n\nMETALS - MONDAY'S SHANGHAI CLOSE\n"
                "Oxide prices firmed as magnet makers restocked.\n\n"
                "- Terbium oxide: RMB6,050-6,150/kg, each end RMB50 above Friday.\n"
                "- Gadolinium oxide: RMB152,000-155,000/t, from RMB150,000-153,000/t on Friday.\n"
                "- Export market: dysprosium oxide FOB China US$228.00/kg vs US$225.50/kg on"
                " Friday (+1.1%); holmium oxide FOB US$71.10/kg (Fri US$70.80/kg).\n\n"
                "STOCKS TO WATCH\n- Sector shares rose.\n",
                (
                    ("price", "tb_oxide", "price_low", "2024-07-08", 6050, "CNY/kg"),
                    ("price", "tb_oxide", "price_high", "2024-07-08", 6150, "CNY/kg"),
                    ("price", "tb_oxide", "change", "2024-07-05/2024-07-08", 50, "CNY/kg"),
                    ("price", "gd_oxide", "price_low", "2024-07-08", 152000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-07-08", 155000, "CNY/t"),
                    ("price", "gd_oxide", "price_low", "2024-07-05", 150000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-07-05", 153000, "CNY/t"),
                    ("price", "dy_oxide", "price", "2024-07-08", 228, "USD/kg"),
                    ("price", "dy_oxide", "price", "2024-07-05", 225.5, "USD/kg"),
                    ("price", "dy_oxide", "change_pct", "2024-07-05/2024-07-08", 1.1, "%"),
                    ("price", "ho_oxide", "price", "2024-07-08", 71.1, "USD/kg"),
                    ("price", "ho_oxide", "price", "2024-07-05", 70.8, "USD/kg"),
                ),
                published="2024-07-09",
            ),
            Example(
                "Weekly wrap, Friday 12 July 2024\n\nThursday's closing levels\n"
                "- Yttrium oxide: RMB44,000-46,000/t.\n\nWhat to watch\n"
                "- Europium oxide was quoted at RMB185-195/kg.\n",
                (
                    ("price", "y_oxide", "price_low", "2024-07-11", 44000, "CNY/t"),
                    ("price", "y_oxide", "price_high", "2024-07-11", 46000, "CNY/t"),
                    ("price", "eu_oxide", "price_low", "2024-07-12", 185, "CNY/kg"),
                    ("price", "eu_oxide", "price_high", "2024-07-12", 195, "CNY/kg"),
                ),
                published="2024-07-12",
                entity="china",
            ),
        ),
        cues=("metric.price", "metric.exports"),
        doc="DocState.note_close_day; extractors.level_moves.pct_after_dated_base;"
        " date_binding._other_bracket; the 'weekday' date phrasing (short forms).",
    ),
    Rule(
        "relative_days_clauses_and_fiscal_words",
        "price level",
        "en",
        "'closed Tuesday at X' names the day bare; a move with its own span ('up 2% on the"
        " week') is not spanned by a later intraday level ('after touching Y on Monday');"
        " 'from X a day earlier' is the session before; a product inside ', which ... ,' is"
        " not the figure's; a volume 'the month before' is the month before the sentence's;"
        " quoted words after a modal ('could \"comfortably\" reach') keep it hypothetical;"
        " 'annual profit', 'fiscal 2024' of a July-June company are its fiscal years",
        prices.extract,
        (
            Example(
                "Yttrium oxide FOB China closed Tuesday at US$7.10/kg, up 2% on the week, after"
                " touching US$7.30/kg on Monday.",
                (
                    ("price", "y_oxide", "price", "2024-07-02", 7.1, "USD/kg"),
                    ("price", "y_oxide", "change_pct", "2024-06-25/2024-07-02", 2, "%"),
                    ("price", "y_oxide", "price", "2024-07-01", 7.3, "USD/kg"),
                ),
                entity="fob_china",
            ),
            Example(
                "Lanthanum oxide, which goes into catalysts rather than magnets, was quoted at"
                " 4,100 yuan/t on Monday, from 4,150 yuan/t a day earlier.",
                (
                    ("price", "la_oxide", "price", "2024-07-01", 4100, "CNY/t"),
                    ("price", "la_oxide", "price", "2024-06-28", 4150, "CNY/t"),
                ),
            ),
            Example(
                "Exports of rare earth magnets rose 12% in July from June to 5,100 tonnes, after"
                " 4,550 tonnes the month before.",
                (
                    ("trade", "re_permanent_magnet", "exports_mom_pct", "2024-07", 12, "%"),
                    ("trade", "re_permanent_magnet", "exports", "2024-07", 5100, "t"),
                    ("trade", "re_permanent_magnet", "exports", "2024-06", 4550, "t"),
                ),
                published="2024-08-20",
            ),
            no_facts(
                'A dealer said dysprosium oxide could "comfortably" reach 2,000 yuan/kg if the'
                " ban widens."
            ),
            Example(
                "Lynas Rare Earths Ltd posted a 35% rise in annual profit on Thursday. For the year"
                " to June 30, net profit after tax was A$120.0 million, up from A$88.9 million in"
                " fiscal 2023. The company produced 9,100 tonnes of total rare earth oxides in"
                " fiscal 2024.",
                (
                    (
                        "financial",
                        "",
                        "net_profit_attributable_yoy_pct",
                        "2023-07/2024-06",
                        35,
                        "%",
                    ),
                    ("financial", "", "net_profit_attributable", "2023-07/2024-06", 120e6, "AUD"),
                    ("financial", "", "net_profit_attributable", "2022-07/2023-06", 88.9e6, "AUD"),
                    ("production", "total_reo", "production", "2023-07/2024-06", 9100, "t"),
                ),
                published="2024-08-22",
            ),
            Example(  # "a year earlier" after an annual figure: the fiscal year before it
                "Lynas Rare Earths said its annual net profit rose to A$120.0 million,"
                " against A$88.9 million a year earlier.",
                (
                    ("financial", "", "net_profit_attributable", "2023-07/2024-06", 120e6, "AUD"),
                    ("financial", "", "net_profit_attributable", "2022-07/2023-06", 88.9e6, "AUD"),
                ),
                published="2024-08-22",
            ),
        ),
        cues=("metric.price", "metric.exports", "metric.net_profit", "metric.production"),
        doc="weekday phrasing (wd5), prices._SPAN_RIGHT_AFTER, prev_day phrasing and"
        " date_binding._DAY_EARLIER, prices._head_of_relative, trade._MONTH_BEFORE,"
        " prices._HYPOTHETICAL, extractors.measure_tags._PERIOD_PROFIT, financial.fiscal_span (annual).",
    ),
    Rule(
        "price_parallel_moves_and_paired_days",
        "price level",
        "en",
        "in 'A fell to X from Y, while B rose to Z from W at the end of April' the base day"
        " told once is both bases'; an undated level set against a base day the document has"
        " already set against a later day ('... on 31 May, against ... at the end of April')"
        " is on that later day",
        prices.extract,
        (
            Example(
                "Monthly review, issued 4 June 2024\n\nDysprosium oxide ended the month at"
                " 2,150-2,200 yuan/kg on 31 May, against 2,250-2,300 yuan/kg at the end of April.\n\n"
                "Holmium oxide fell to 480,000-490,000 yuan/t from 500,000-510,000 yuan/t, while"
                " gadolinium oxide rose to 160,000-165,000 yuan/t from 150,000-155,000 yuan/t at"
                " the end of April.\n",
                (
                    ("price", "dy_oxide", "price_low", "2024-05-31", 2150, "CNY/kg"),
                    ("price", "dy_oxide", "price_high", "2024-05-31", 2200, "CNY/kg"),
                    ("price", "dy_oxide", "price_low", "2024-04-30", 2250, "CNY/kg"),
                    ("price", "dy_oxide", "price_high", "2024-04-30", 2300, "CNY/kg"),
                    ("price", "ho_oxide", "price_low", "2024-05-31", 480000, "CNY/t"),
                    ("price", "ho_oxide", "price_high", "2024-05-31", 490000, "CNY/t"),
                    ("price", "ho_oxide", "price_low", "2024-04-30", 500000, "CNY/t"),
                    ("price", "ho_oxide", "price_high", "2024-04-30", 510000, "CNY/t"),
                    ("price", "gd_oxide", "price_low", "2024-05-31", 160000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-05-31", 165000, "CNY/t"),
                    ("price", "gd_oxide", "price_low", "2024-04-30", 150000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-04-30", 155000, "CNY/t"),
                ),
                published="2024-06-04",
                entity="china",
            ),
        ),
        cues=("metric.price",),
        doc="price_bases.parallel_base_day, price_passes.paired_days, DocState.day_pairs.",
    ),
    Rule(
        "price_event_day",
        "price level",
        "en",
        "'on the day of the announcement (decision, notice, ban, ruling)' is the last day the"
        " story named, as 'on the same day' is",
        prices.extract,
        (
            Example(
                "When the ministry announced new export rules on Tuesday, June 3, buyers"
                " panicked.\n\nDysprosium oxide for export was assessed at US$240 per kilogram"
                " FOB China on the day of the announcement. It eased to US$236 on Thursday.",
                (
                    ("price", "dy_oxide", "price", "2025-06-03", 240, "USD/kg"),
                    ("price", "dy_oxide", "price", "2025-06-05", 236, "USD/kg"),
                ),
                published="2025-06-09",
                entity="fob_china",
            ),
        ),
        cues=("metric.price",),
        doc="the 'same_day' date phrasing.",
    ),
]
