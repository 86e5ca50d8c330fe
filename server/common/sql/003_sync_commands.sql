-- Commands pushed by terminals (ARCHITECTURE.md §5): one row per consumed device_seq, written in the same
-- transaction as the command's effect. The outcome is returned identically on every replay.
CREATE TABLE sync_commands (
    command_id uuid        PRIMARY KEY,
    device_id  uuid        NOT NULL,
    device_seq bigint      NOT NULL CHECK (device_seq > 0),
    type       text        NOT NULL,
    outcome    jsonb       NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (device_id, device_seq)
);
