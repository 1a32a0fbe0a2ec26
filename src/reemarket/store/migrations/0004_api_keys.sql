-- API keys for writes through the REST API. Only a hash of each key is stored.
CREATE SEQUENCE api_keys_id_seq;
CREATE TABLE api_keys (
    id          BIGINT PRIMARY KEY DEFAULT nextval('api_keys_id_seq'),
    name        VARCHAR NOT NULL,
    prefix      VARCHAR NOT NULL,          -- first characters, to recognise a key in lists
    hash        VARCHAR NOT NULL UNIQUE,   -- sha256 of the whole key
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    revoked_at  TIMESTAMPTZ
);
