-- Cross-article results: rebuilt as a whole after each run.
CREATE TABLE IF NOT EXISTS stories (
    id VARCHAR PRIMARY KEY,
    title VARCHAR,
    entities VARCHAR[],
    catalysts VARCHAR[],
    outlets VARCHAR[],
    first_seen TIMESTAMPTZ,
    last_seen TIMESTAMPTZ,
    record JSON
);

CREATE TABLE IF NOT EXISTS story_articles (
    story_id VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    novelty VARCHAR,
    duplicate_of VARCHAR
);

CREATE TABLE IF NOT EXISTS disagreements (
    story_id VARCHAR NOT NULL,
    subject VARCHAR,
    verdict VARCHAR,
    first_article VARCHAR,
    first_move INTEGER,
    second_article VARCHAR,
    second_move INTEGER,
    note VARCHAR
);

CREATE TABLE IF NOT EXISTS verifications (
    article_id VARCHAR NOT NULL,
    move_index INTEGER NOT NULL,
    status VARCHAR NOT NULL,
    reason VARCHAR,
    observed DOUBLE,
    observed_price DOUBLE,
    tolerance DOUBLE,
    listing VARCHAR,
    start_day DATE,
    end_day DATE
);
