-- Where each feed consumer of this server has read up to in another server's change feed. Advanced in the same
-- transaction as the effects of the changes read, so a crash never applies a change twice or skips one.
CREATE TABLE feed_cursors (
    feed       text PRIMARY KEY,
    cursor     bigint      NOT NULL DEFAULT 0,
    updated_at timestamptz NOT NULL DEFAULT now()
);
