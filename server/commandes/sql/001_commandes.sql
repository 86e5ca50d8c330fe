-- The commandes context: stores, staff and their PIN verifiers, enrolled devices, sessions, login throttling, sales,
-- and the local copies of what other contexts publish (catalogue prices, store stock levels).

CREATE TABLE stores (
    id uuid PRIMARY KEY,
    name text NOT NULL,
    address text NOT NULL,
    tax_profile jsonb NOT NULL,  -- {name, taxes: [{code, rate}]}, rates in hundred-thousandths (5 % = 5000)
    max_offline_hours integer NOT NULL CHECK (max_offline_hours BETWEEN 1 AND 168)
);

CREATE TABLE staff (
    id uuid PRIMARY KEY,
    employee_code text NOT NULL UNIQUE,
    name text NOT NULL,
    role text NOT NULL CHECK (role IN ('cashier', 'manager')),
    store_id uuid NOT NULL REFERENCES stores (id),
    pin_verifier text NOT NULL,  -- Argon2id encoded string, published to the store's terminals for offline login
    active boolean NOT NULL DEFAULT true
);

-- A terminal enrolled by a manager. Only a hash of its credential is kept: the secret is shown once.
CREATE TABLE devices (
    id uuid PRIMARY KEY,
    store_id uuid NOT NULL REFERENCES stores (id),
    name text NOT NULL,
    credential_hash text NOT NULL UNIQUE,
    enrolled_by uuid NOT NULL,
    enrolled_at timestamptz NOT NULL DEFAULT now(),
    revoked_at timestamptz
);

-- Opaque refresh tokens, stored hashed, rotated on use: a used or revoked one never works again.
CREATE TABLE refresh_tokens (
    token_hash text PRIMARY KEY,
    staff_id uuid NOT NULL REFERENCES staff (id),
    device_id uuid REFERENCES devices (id),
    expires_at timestamptz NOT NULL,
    revoked_at timestamptz
);
CREATE INDEX refresh_tokens_staff ON refresh_tokens (staff_id) WHERE revoked_at IS NULL;
CREATE INDEX refresh_tokens_device ON refresh_tokens (device_id) WHERE revoked_at IS NULL;

-- Failed logins per (employee code, client): the client is the enrolled device when the login names one, else the
-- network address, so that failures from elsewhere never delay the cashier at their own terminal.
CREATE TABLE login_attempts (
    employee_code text NOT NULL,
    client text NOT NULL,
    failures integer NOT NULL,
    blocked_until timestamptz NOT NULL,
    PRIMARY KEY (employee_code, client)
);

-- A sale as recorded: `doc` is the sale's JSON exactly as GET /v1/sales/{id} and the feed give it; the other
-- columns are copies of it for the filters.
CREATE TABLE sales (
    id uuid PRIMARY KEY,
    store_id uuid NOT NULL REFERENCES stores (id),
    staff_id uuid,
    device_id uuid,
    customer_id uuid,
    sold_at timestamptz NOT NULL,
    channel text NOT NULL CHECK (channel IN ('store', 'web')),
    origin text NOT NULL CHECK (origin IN ('terminal', 'rest', 'web')),
    status text NOT NULL CHECK (status IN ('active', 'cancelled')),
    flagged boolean NOT NULL,
    doc jsonb NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sales_store_time ON sales (store_id, sold_at);
CREATE INDEX sales_flagged ON sales (store_id, sold_at) WHERE flagged;

-- The catalogue's products as its feed last said (entity "product"): the prices sales are compared with.
CREATE TABLE catalogue_products (
    id uuid PRIMARY KEY,
    name text NOT NULL,
    price_cents bigint NOT NULL,
    active boolean NOT NULL,
    taxable boolean NOT NULL
);

-- Store stock levels as inventaire's feed last said (entity "stock_level"), for the consolidated report.
CREATE TABLE stock_levels (
    location_id uuid NOT NULL,
    store_id uuid,
    product_id uuid NOT NULL,
    level bigint NOT NULL,
    PRIMARY KEY (location_id, product_id)
);
CREATE INDEX stock_levels_store ON stock_levels (store_id);
