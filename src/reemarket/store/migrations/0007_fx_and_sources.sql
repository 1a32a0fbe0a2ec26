-- Exchange rates stored by the user (fx import) and the source preferred for a series.

CREATE TABLE fx_rates (
    date     DATE NOT NULL,        -- the day of a daily rate; the 1st of the month of a monthly average
    pair     VARCHAR NOT NULL,     -- BASE/QUOTE, e.g. USD/CNY
    rate     DOUBLE NOT NULL,      -- QUOTE per BASE
    kind     VARCHAR NOT NULL,     -- daily or monthly
    source   VARCHAR NOT NULL,     -- the file the rate came from
    PRIMARY KEY (date, pair, kind)
);

CREATE TABLE source_preferences (
    product  VARCHAR NOT NULL,
    market   VARCHAR NOT NULL,
    source   VARCHAR NOT NULL,
    PRIMARY KEY (product, market)
);

-- What an import's repair policy did to a row: 'code:action' pairs, e.g.
-- 'mid_outside_range:mid_recomputed' or 'non_trading_day:flagged'; NULL for a clean row.
ALTER TABLE observations ADD COLUMN repairs VARCHAR;
