-- Fails if run twice (no IF NOT EXISTS): proves each migration runs exactly once.
CREATE TABLE widgets (id integer PRIMARY KEY, name text NOT NULL);
