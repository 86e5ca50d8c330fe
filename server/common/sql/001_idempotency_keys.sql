-- Replies to effectful POSTs sent with an Idempotency-Key (ARCHITECTURE.md §6). A row is written in the same
-- transaction as the effect, so it exists exactly when the effect committed; a request still in flight holds an
-- advisory lock instead of a row, so a crash never leaves a key stuck "in flight".
CREATE TABLE idempotency_keys (
    scope        text        NOT NULL,  -- "POST /v1/sales|<principal>"
    key          text        NOT NULL,
    request_hash text        NOT NULL,  -- sha256 of the request body as canonical JSON
    state        text        NOT NULL DEFAULT 'completed' CHECK (state IN ('completed')),
    status       integer     NOT NULL,
    body         text        NOT NULL,  -- text, not jsonb: replayed byte for byte
    created_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (scope, key)
);
CREATE INDEX idempotency_keys_created_at ON idempotency_keys (created_at);
