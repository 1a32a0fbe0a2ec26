-- The core tables: documents, facts with provenance, price observations, runs, audit findings.

CREATE TABLE documents (
    id            VARCHAR PRIMARY KEY,          -- sha256 of the extracted text
    name          VARCHAR NOT NULL,             -- file name without folders
    path          VARCHAR,
    format        VARCHAR NOT NULL,             -- txt, md, html, pdf
    title         VARCHAR,
    publisher     VARCHAR,
    language      VARCHAR,
    published     DATE,
    year          INTEGER,
    text          VARCHAR NOT NULL,
    page_starts   INTEGER[],                    -- character offset of each PDF page
    ingested_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE SEQUENCE facts_id_seq;
CREATE TABLE facts (
    id                BIGINT PRIMARY KEY DEFAULT nextval('facts_id_seq'),
    document_id       VARCHAR NOT NULL REFERENCES documents(id),
    kind              VARCHAR NOT NULL,
    entity            VARCHAR NOT NULL,
    subject           VARCHAR NOT NULL,
    metric            VARCHAR NOT NULL,
    period            VARCHAR NOT NULL,        -- exchange format; '' for standing figures
    period_start      DATE,
    period_end        DATE,
    resolved          BOOLEAN NOT NULL,        -- false when the date could not be resolved
    value             DOUBLE NOT NULL,
    value_high        DOUBLE,                  -- the upper end of a range
    unit              VARCHAR NOT NULL,
    status            VARCHAR,                 -- capacity: operating, under_construction, planned
    bound             VARCHAR,                 -- 'lower' for "more than", 'upper' for "up to"
    span_start        INTEGER NOT NULL,
    span_end          INTEGER NOT NULL,
    sentence          VARCHAR NOT NULL,
    extractor_version VARCHAR NOT NULL,
    CHECK (span_end >= span_start)
);
CREATE INDEX facts_doc ON facts(document_id);

CREATE TABLE observations (
    product      VARCHAR NOT NULL,
    market       VARCHAR NOT NULL,
    date         DATE NOT NULL,
    low          DOUBLE,
    high         DOUBLE,
    mid          DOUBLE NOT NULL,
    unit         VARCHAR NOT NULL,
    basis        VARCHAR NOT NULL,             -- incl_vat or excl_vat
    source       VARCHAR NOT NULL,             -- sheet name or document name
    origin       VARCHAR NOT NULL,             -- 'sheet' or 'document'
    fact_id      BIGINT,
    line         INTEGER
    -- One row per (product, market, date, source): kept by the writers (an import
    -- inserts only keys not yet stored and updates changed ones, in one transaction)
    -- rather than by a primary key, whose index would cut bulk-import speed by three.
);

CREATE SEQUENCE runs_id_seq;
CREATE TABLE runs (
    id           BIGINT PRIMARY KEY DEFAULT nextval('runs_id_seq'),
    kind         VARCHAR NOT NULL,             -- import, ingest, audit, scenario
    started_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    params       JSON,
    summary      JSON
);

CREATE SEQUENCE findings_id_seq;
CREATE TABLE findings (
    id           BIGINT PRIMARY KEY DEFAULT nextval('findings_id_seq'),
    run_id       BIGINT NOT NULL,
    code         VARCHAR NOT NULL,
    severity     VARCHAR NOT NULL,             -- info, warning, error
    document_id  VARCHAR,
    fact_ids     BIGINT[] NOT NULL,
    message      VARCHAR NOT NULL,
    detail       JSON
);
