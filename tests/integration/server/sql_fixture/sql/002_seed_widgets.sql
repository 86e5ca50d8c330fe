INSERT INTO widgets (id, name) VALUES (1, 'first; with a semicolon'), (2, 'second "quoted" \ backslash');
CREATE TABLE widget_runs (at timestamptz NOT NULL DEFAULT now());
INSERT INTO widget_runs DEFAULT VALUES;
