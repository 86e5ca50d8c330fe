-- The ecommerce context: customers and their sessions, login throttling, carts, checkouts (the saga's durable
-- state) and web orders.

CREATE TABLE customers (
    id uuid PRIMARY KEY,
    first_name text NOT NULL,
    last_name text NOT NULL,
    email text NOT NULL UNIQUE,  -- already trimmed and lower-cased by the domain
    password_verifier text NOT NULL,  -- Argon2id encoded string
    street text NOT NULL,
    city text NOT NULL,
    province text NOT NULL,
    country text NOT NULL,
    postal_code text NOT NULL,
    phone text,  -- ten digits, or none
    created_at timestamptz NOT NULL
);

-- Only a hash of each session token is kept: a stolen table cannot be replayed.
CREATE TABLE sessions (
    token_hash text PRIMARY KEY,
    customer_id uuid NOT NULL REFERENCES customers (id),
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    revoked_at timestamptz
);
CREATE INDEX sessions_customer ON sessions (customer_id) WHERE revoked_at IS NULL;

-- Failed logins per (account, client) and per client over every account (account ''): failures from elsewhere
-- never delay a customer at their own address, and one address cannot try many accounts quickly.
CREATE TABLE login_attempts (
    account text NOT NULL,
    client text NOT NULL,
    failures integer NOT NULL,
    blocked_until timestamptz NOT NULL,
    PRIMARY KEY (account, client)
);

-- One cart per customer: its lines and the price changes waiting for the customer's acceptance, as JSON arrays.
CREATE TABLE carts (
    customer_id uuid PRIMARY KEY REFERENCES customers (id),
    lines jsonb NOT NULL,
    pending jsonb NOT NULL,
    updated_at timestamptz NOT NULL
);

-- A checkout and the saga's state; each step's result is committed here before the next step runs. `doc` holds the
-- snapshot (lines, address, delivery, shipping, totals); `reservations` the id planned for each line before any call,
-- so that a crash mid-way still knows what to release. The lease keeps two drivers (a request and the recoverer, or
-- two instances) off one checkout.
CREATE TABLE checkouts (
    id uuid PRIMARY KEY,
    customer_id uuid NOT NULL REFERENCES customers (id),
    idempotency_key text,
    state text NOT NULL CHECK (state IN ('started', 'prices_checked', 'stock_reserved', 'sale_recorded',
                                         'reservation_committed', 'completed', 'compensating', 'failed')),
    doc jsonb NOT NULL,
    reservations jsonb NOT NULL,
    sale_id uuid,
    order_id uuid,
    failure_rule text,
    failure_reason text,
    lease_instance text,
    lease_boot text,
    lease_until timestamptz,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    UNIQUE (customer_id, idempotency_key)
);
-- At most one running checkout per customer: a double click cannot place two orders.
CREATE UNIQUE INDEX checkouts_one_running ON checkouts (customer_id) WHERE state NOT IN ('completed', 'failed');
CREATE INDEX checkouts_unfinished ON checkouts (updated_at) WHERE state NOT IN ('completed', 'failed');

-- A web order; its id is its checkout's id and its sale's id, so that one can never exist twice.
CREATE TABLE orders (
    id uuid PRIMARY KEY,
    customer_id uuid NOT NULL REFERENCES customers (id),
    sale_id uuid NOT NULL UNIQUE,
    status text NOT NULL CHECK (status IN ('confirmed', 'shipped', 'delivered', 'cancelled')),
    doc jsonb NOT NULL,  -- lines, address, delivery, shipping, totals
    cancel_reason text,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL
);
CREATE INDEX orders_customer ON orders (customer_id, created_at DESC);
