-- What the per-article stages found. Every evidence column is a (start, end) pair of
-- character offsets into articles.text.
CREATE TABLE IF NOT EXISTS entities (
    article_id VARCHAR NOT NULL,
    entity_id VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,
    name VARCHAR,
    role VARCHAR,
    issuer VARCHAR,
    exchange VARCHAR,
    currency VARCHAR,
    mention_count INTEGER
);

CREATE TABLE IF NOT EXISTS mentions (
    article_id VARCHAR NOT NULL,
    entity_id VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,
    how VARCHAR,
    role VARCHAR,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    text VARCHAR
);

CREATE TABLE IF NOT EXISTS moves (
    article_id VARCHAR NOT NULL,
    move_index INTEGER NOT NULL,
    subject VARCHAR NOT NULL,
    kind VARCHAR,
    direction VARCHAR NOT NULL,
    value DOUBLE,
    unit VARCHAR,
    qualifier VARCHAR,
    "window" VARCHAR,
    trading_day DATE,
    price DOUBLE,
    currency VARCHAR,
    record VARCHAR,
    intraday_time VARCHAR,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    text VARCHAR
);

CREATE TABLE IF NOT EXISTS figures (
    article_id VARCHAR NOT NULL,
    value DOUBLE,
    unit VARCHAR,
    measure VARCHAR,
    qualifier VARCHAR,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    text VARCHAR
);

CREATE TABLE IF NOT EXISTS catalysts (
    article_id VARCHAR NOT NULL,
    subject VARCHAR NOT NULL,
    cause VARCHAR,
    cue VARCHAR,
    entities VARCHAR[],
    move_index INTEGER,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS quotes (
    article_id VARCHAR NOT NULL,
    speaker VARCHAR,
    organization VARCHAR,
    role VARCHAR,
    stance VARCHAR,
    stance_cues VARCHAR[],
    about VARCHAR[],
    unnamed BOOLEAN,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    text VARCHAR
);

CREATE TABLE IF NOT EXISTS sentiment (
    article_id VARCHAR NOT NULL,
    entity_id VARCHAR NOT NULL,
    score DOUBLE,
    label VARCHAR,
    reasons VARCHAR[],
    evidence_starts INTEGER[],
    evidence_ends INTEGER[]
);
