-- Web provenance, followed sources, and stories (copies of one story across documents).

-- One row per (document, URL): where and when a fetched document came from.
CREATE TABLE document_fetches (
    document_id   VARCHAR NOT NULL REFERENCES documents(id),
    url           VARCHAR NOT NULL,             -- as asked for (never with credentials)
    final_url     VARCHAR NOT NULL,             -- after redirects
    retrieved_at  TIMESTAMPTZ NOT NULL,
    http_status   INTEGER NOT NULL,             -- 200, or 304 when served from the cache
    content_hash  VARCHAR NOT NULL,             -- sha256 of the bytes received
    etag          VARCHAR,
    last_modified VARCHAR,
    source_id     BIGINT,                       -- the followed source, when fetched by one
    PRIMARY KEY (document_id, url)
);

CREATE SEQUENCE sources_id_seq;
CREATE TABLE sources (
    id             BIGINT PRIMARY KEY DEFAULT nextval('sources_id_seq'),
    url            VARCHAR NOT NULL UNIQUE,
    name           VARCHAR NOT NULL,
    every_seconds  INTEGER NOT NULL,
    language       VARCHAR,
    added_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_run_at    TIMESTAMPTZ,
    last_ok_at     TIMESTAMPTZ,
    last_error     VARCHAR,                     -- the last failure's message, NULL after a success
    failures       INTEGER NOT NULL DEFAULT 0,  -- failures in a row (for the backoff)
    next_due_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_new_documents INTEGER NOT NULL DEFAULT 0
);

-- Every document belongs to one story; story_id is the id of its first document.
CREATE TABLE document_stories (
    document_id  VARCHAR PRIMARY KEY REFERENCES documents(id),
    story_id     VARCHAR NOT NULL,
    similarity   DOUBLE NOT NULL,              -- estimated Jaccard to the story's first document
    signature    BLOB NOT NULL                 -- MinHash signature (ingest/stories.py)
);

-- One fact set per story: the facts of each story's first document, plus those of
-- documents without a story row (ingested before stories existed).
CREATE VIEW story_facts AS
SELECT f.* FROM facts f
LEFT JOIN document_stories s ON s.document_id = f.document_id
WHERE s.document_id IS NULL OR s.story_id = s.document_id;
