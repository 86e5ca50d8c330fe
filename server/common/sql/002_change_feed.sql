-- The change feed (ARCHITECTURE.md §5, docs/adr/0005-change-feed-ordering.md). A change is inserted without a seq;
-- a deferred trigger numbers the transaction's changes at COMMIT from the single feed_state row. The row lock is
-- held until the commit is visible, so seqs are assigned in commit order and are gapless: a reader that has seen
-- seq N can never later find a committed change below N.
CREATE TABLE feed_state (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    last_seq  bigint  NOT NULL DEFAULT 0,
    horizon   bigint  NOT NULL DEFAULT 0  -- cursors in (0, horizon) were compacted away: 410
);
INSERT INTO feed_state DEFAULT VALUES;

CREATE TABLE changes (
    local_id   bigserial PRIMARY KEY,  -- insertion order within a transaction; never leaves the database
    seq        bigint UNIQUE,          -- NULL only while the inserting transaction runs
    entity     text        NOT NULL,
    id         text        NOT NULL,
    op         text        NOT NULL CHECK (op IN ('upsert', 'delete')),
    data       jsonb,
    store_id   uuid,                   -- NULL: every reader; else only that store's devices (and servers)
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX changes_unnumbered ON changes (local_id) WHERE seq IS NULL;
CREATE INDEX changes_entity_seq ON changes (entity, id, seq);

CREATE FUNCTION changes_number_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    pending bigint;
    base    bigint;
BEGIN
    -- Other transactions' unnumbered rows are invisible here, so this counts and numbers our own rows only.
    SELECT count(*) INTO pending FROM changes WHERE seq IS NULL;
    IF pending = 0 THEN
        RETURN NULL;  -- an earlier row's trigger of this transaction numbered them all
    END IF;
    UPDATE feed_state SET last_seq = last_seq + pending RETURNING last_seq - pending INTO base;
    UPDATE changes c SET seq = base + n.rn
      FROM (SELECT local_id, row_number() OVER (ORDER BY local_id) AS rn FROM changes WHERE seq IS NULL) n
     WHERE c.local_id = n.local_id;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER changes_number_at_commit AFTER INSERT ON changes
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION changes_number_at_commit();
