-- The supply-demand model: scenarios, Monte Carlo runs (with their seed) and percentiles.

CREATE SEQUENCE model_scenarios_id_seq;
CREATE TABLE model_scenarios (
    id            BIGINT PRIMARY KEY DEFAULT nextval('model_scenarios_id_seq'),
    name          VARCHAR NOT NULL,
    sha256        VARCHAR NOT NULL UNIQUE,      -- of the canonical JSON of the scenario
    definition    VARCHAR NOT NULL,             -- the scenario as canonical JSON
    source_path   VARCHAR,                      -- the file it was read from, if any
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE SEQUENCE model_runs_id_seq;
CREATE TABLE model_runs (
    id            BIGINT PRIMARY KEY DEFAULT nextval('model_runs_id_seq'),
    scenario_id   BIGINT NOT NULL REFERENCES model_scenarios(id),
    seed          BIGINT NOT NULL,
    paths         INTEGER NOT NULL,
    first_year    INTEGER NOT NULL,
    last_year     INTEGER NOT NULL,
    model_version VARCHAR NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE model_results (
    run_id        BIGINT NOT NULL REFERENCES model_runs(id),
    variable      VARCHAR NOT NULL,             -- supply, demand, balance, stock (t REO), price (index)
    element       VARCHAR NOT NULL,
    year          INTEGER NOT NULL,
    p5            DOUBLE NOT NULL,
    p25           DOUBLE NOT NULL,
    p50           DOUBLE NOT NULL,
    p75           DOUBLE NOT NULL,
    p95           DOUBLE NOT NULL,
    PRIMARY KEY (run_id, variable, element, year)
);
