-- The change feed's numbering at commit, one row per firing (ADR 0005 unchanged: numbered at COMMIT from the single
-- feed_state row, whose lock is held until the commit is visible, so seqs stay gapless and in commit order). Each
-- deferred firing numbers its own NEW row through the primary key, in the order the rows were inserted (the order
-- PostgreSQL fires deferred row triggers; rows of a rolled-back savepoint fire nothing). The former function counted
-- and numbered "every row whose seq IS NULL" at each firing: the old versions of rows numbered earlier stay in the
-- indexes until VACUUM, so each commit scanned them (a batch of 100 changes: 100 scans), partly under the feed_state
-- lock that every change-appending commit waits for. One connection appending one change per commit (asynchronous
-- commit, 14,000-33,000 dead rows): 2,669 and 1,766 commits/s before, 4,177 and 3,214 after (docs/performance.md).
CREATE OR REPLACE FUNCTION changes_number_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    next bigint;
BEGIN
    UPDATE feed_state SET last_seq = last_seq + 1 RETURNING last_seq INTO next;
    UPDATE changes SET seq = next WHERE local_id = NEW.local_id;
    RETURN NULL;
END
$$;
