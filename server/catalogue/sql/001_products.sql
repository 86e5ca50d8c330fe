-- The catalogue: categories, products, their barcodes and price history, and an accent-insensitive French search.

CREATE EXTENSION IF NOT EXISTS unaccent;

-- French stemming over unaccented words, so that "ecouteurs", "Écouteurs" and "ÉCOUTEURS" find the same products.
CREATE TEXT SEARCH CONFIGURATION magasin_fr (COPY = french);
ALTER TEXT SEARCH CONFIGURATION magasin_fr
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;

CREATE TABLE categories (
    name text PRIMARY KEY,
    position integer NOT NULL  -- the order managers see them in: the seed's first, then by creation
);
INSERT INTO categories (name, position) VALUES
    ('Informatique', 1), ('Boissons', 2), ('Confiserie', 3), ('Électronique', 4), ('Meubles', 5), ('Vêtements', 6);

CREATE TABLE products (
    id uuid PRIMARY KEY,
    name text NOT NULL,
    -- foldForSearch(name), written by the server: the tie-break of the search order and a net for name rivals.
    name_folded text NOT NULL,
    category text NOT NULL REFERENCES categories (name),
    price_cents bigint NOT NULL CHECK (price_cents BETWEEN 0 AND 99999999),
    description text NOT NULL DEFAULT '',
    sku text NOT NULL UNIQUE,
    taxable boolean NOT NULL,
    active boolean NOT NULL,
    created_at timestamptz NOT NULL,
    modified_at timestamptz NOT NULL,
    document tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('magasin_fr'::regconfig, name), 'A') ||
        setweight(to_tsvector('magasin_fr'::regconfig, description), 'B')) STORED
);
CREATE INDEX products_document ON products USING gin (document);
CREATE INDEX products_name_folded ON products (name_folded);
CREATE INDEX products_lower_name ON products (lower(name));
CREATE INDEX products_category_price ON products (category, price_cents);

CREATE TABLE barcodes (
    product_id uuid NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    code text NOT NULL,
    position integer NOT NULL,  -- the order the product lists them in
    PRIMARY KEY (product_id, code)
);
CREATE INDEX barcodes_code ON barcodes (code);

CREATE TABLE price_history (
    product_id uuid NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    seq integer NOT NULL,  -- index in the product's history, oldest first
    changed_by uuid NOT NULL,
    changed_at timestamptz NOT NULL,
    old_price_cents bigint NOT NULL,
    new_price_cents bigint NOT NULL,
    PRIMARY KEY (product_id, seq)
);
