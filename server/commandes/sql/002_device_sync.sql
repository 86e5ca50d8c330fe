-- When each terminal last reached commandes, for the managers' sync page: its last push of commands and its last read
-- of the change feed, as this server saw them (written without waiting for the disk: a time lost in a crash is
-- harmless, the next push or read writes it again).
ALTER TABLE devices ADD COLUMN last_push_at timestamptz, ADD COLUMN last_feed_at timestamptz;
