-- Supply chain: replenishment requests and their workflow, and the local copies of other contexts' feeds that the
-- lists (product and store names) and the suggestions (store levels and thresholds) read.

CREATE TABLE replenishment_requests (
    id                 uuid PRIMARY KEY,  -- the client's (a terminal's UUIDv7) or the server's; also the transfer's id
    product_id         uuid   NOT NULL,
    store_id           uuid   NOT NULL,
    requested_quantity bigint NOT NULL CHECK (requested_quantity BETWEEN 1 AND 10000),
    approved_quantity  bigint CHECK (approved_quantity BETWEEN 1 AND 10000),
    requested_by       uuid   NOT NULL,
    requested_at       timestamptz NOT NULL,
    origin             text   NOT NULL CHECK (origin IN ('rest', 'terminal', 'demo')),
    status             text   NOT NULL CHECK (status IN ('pending', 'approved', 'transferred', 'rejected', 'withdrawn')),
    decided_at         timestamptz,
    decided_by         text,  -- "staff:<id>": who approved, rejected or withdrew it
    transferred_at     timestamptz,
    rejection_reason   text,
    -- An approval's call to inventaire ended without an answer: the transfer may exist. Rejecting or withdrawing asks
    -- inventaire first (docs/adr: supply-chain approval).
    transfer_in_doubt  boolean NOT NULL DEFAULT false,
    flags              jsonb  NOT NULL DEFAULT '[]',
    updated_at         timestamptz NOT NULL
);
-- DOMAIN.md: at most one pending request per (product, store), held by the database under concurrency too.
CREATE UNIQUE INDEX replenishment_requests_one_pending ON replenishment_requests (product_id, store_id)
    WHERE status = 'pending';
CREATE INDEX replenishment_requests_store ON replenishment_requests (store_id, status, requested_at);
CREATE INDEX replenishment_requests_status ON replenishment_requests (status, requested_at);

-- Catalogue's products (feed "catalogue"), for names and to know a product exists.
CREATE TABLE catalogue_products (
    id     uuid PRIMARY KEY,
    name   text    NOT NULL,
    active boolean NOT NULL
);

-- Commandes' stores (feed "commandes"), for names.
CREATE TABLE stores (
    id   uuid PRIMARY KEY,
    name text NOT NULL
);

-- Inventaire's store levels and thresholds (feed "inventaire"): what the suggestions are computed from.
CREATE TABLE store_levels (
    store_id   uuid   NOT NULL,
    product_id uuid   NOT NULL,
    level      bigint NOT NULL,
    critical   bigint NOT NULL,
    low        bigint NOT NULL,
    high       bigint NOT NULL,
    PRIMARY KEY (store_id, product_id)
);
