-- Statements of the company tracker: prose cut into question, answer and claim sentences
-- (ingest/statements.py), each pointing to its sentence in its document. Filled lazily for
-- documents not segmented yet (statement_docs records which were, with the segmenter's
-- version, so a new vocabulary re-segments).
CREATE TABLE statements (
    document_id  VARCHAR NOT NULL REFERENCES documents(id),
    seq          INTEGER NOT NULL,
    span_start   INTEGER NOT NULL,
    span_end     INTEGER NOT NULL,
    text         VARCHAR NOT NULL,
    speaker      VARCHAR NOT NULL,             -- company, writer, analyst
    topics       VARCHAR[] NOT NULL,
    stance       VARCHAR,                      -- up, down, stable
    period       VARCHAR,
    question     VARCHAR,
    PRIMARY KEY (document_id, seq)
);

CREATE TABLE statement_docs (
    document_id  VARCHAR PRIMARY KEY,
    version      VARCHAR NOT NULL
);

-- What the full-text indexes cover: rebuilt when the counts change.
CREATE TABLE search_state (
    name       VARCHAR PRIMARY KEY,
    rows       BIGINT NOT NULL
);
