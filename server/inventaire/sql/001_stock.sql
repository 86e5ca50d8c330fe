-- Inventory: locations (the central warehouse, one per store), the signed movement ledger with the current level per
-- (location, product) kept in step, thresholds, transfers, reservations and the stock exceptions offline sales raise.

-- A store's location has the store's id, so that every other context names a store's stock by the id it already has.
CREATE TABLE locations (
    id       uuid PRIMARY KEY,
    kind     text NOT NULL CHECK (kind IN ('central', 'store')),
    store_id uuid UNIQUE,
    name     text NOT NULL,
    CHECK ((kind = 'central') = (store_id IS NULL)),
    CHECK (store_id IS NULL OR store_id = id)
);
CREATE UNIQUE INDEX locations_one_central ON locations ((true)) WHERE kind = 'central';
INSERT INTO locations (id, kind, store_id, name)
VALUES ('00000000-0000-4000-8000-00000000c0de', 'central', NULL, 'Entrepôt central');

-- The current level of a product at a location. NULL thresholds mean the defaults of the location's kind.
CREATE TABLE stock_levels (
    location_id uuid   NOT NULL REFERENCES locations (id),
    product_id  uuid   NOT NULL,
    level       bigint NOT NULL,
    critical    bigint,
    low         bigint,
    high        bigint,
    updated_at  timestamptz NOT NULL,
    PRIMARY KEY (location_id, product_id),
    CHECK ((critical IS NULL) = (low IS NULL) AND (low IS NULL) = (high IS NULL))
);
CREATE INDEX stock_levels_product ON stock_levels (product_id);

-- The ledger. source is UNIQUE: replaying the same cause (a sale line, a transfer) collides instead of moving twice.
CREATE TABLE stock_movements (
    seq         bigserial PRIMARY KEY,  -- ledger order
    id          uuid   NOT NULL UNIQUE,
    location_id uuid   NOT NULL REFERENCES locations (id),
    product_id  uuid   NOT NULL,
    reason      text   NOT NULL CHECK (reason IN ('sale', 'sale_cancelled', 'transfer_out', 'transfer_in',
                                                  'reservation', 'reservation_released', 'adjustment', 'count')),
    delta       bigint NOT NULL,
    counted     bigint,
    level_after bigint NOT NULL,
    source      text   NOT NULL UNIQUE,
    origin      text   NOT NULL CHECK (origin IN ('online', 'offline')),
    actor       text   NOT NULL,  -- who: a staff id, a service's name, or "commandes-feed"
    at          timestamptz NOT NULL
);
CREATE INDEX stock_movements_level ON stock_movements (location_id, product_id, seq);

-- Offline sales that took a level below zero, for managers.
CREATE TABLE stock_exceptions (
    movement_id uuid PRIMARY KEY REFERENCES stock_movements (id),
    location_id uuid   NOT NULL,
    product_id  uuid   NOT NULL,
    level_after bigint NOT NULL,
    source      text   NOT NULL,
    at          timestamptz NOT NULL
);
CREATE INDEX stock_exceptions_level ON stock_exceptions (location_id, product_id);

-- Central -> store transfers; the id is the replenishment request's.
CREATE TABLE transfers (
    id               uuid PRIMARY KEY,
    product_id       uuid   NOT NULL,
    quantity         bigint NOT NULL CHECK (quantity BETWEEN 1 AND 10000),
    from_location_id uuid   NOT NULL REFERENCES locations (id),
    to_location_id   uuid   NOT NULL REFERENCES locations (id),
    out_movement_id  uuid   NOT NULL REFERENCES stock_movements (id),
    in_movement_id   uuid   NOT NULL REFERENCES stock_movements (id),
    actor            text   NOT NULL,
    at               timestamptz NOT NULL
);
CREATE INDEX transfers_to ON transfers (to_location_id, at);

CREATE TABLE reservations (
    id          uuid PRIMARY KEY,
    product_id  uuid   NOT NULL,
    quantity    bigint NOT NULL CHECK (quantity BETWEEN 1 AND 10000),
    location_id uuid   NOT NULL REFERENCES locations (id),
    status      text   NOT NULL CHECK (status IN ('held', 'committed', 'released', 'expired')),
    created_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    closed_at   timestamptz,
    actor       text   NOT NULL
);
CREATE INDEX reservations_due ON reservations (expires_at) WHERE status = 'held';
