-- Articles and the inputs that could not be read.
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY,          -- hash of the normalised text: re-runs change nothing
    uri VARCHAR NOT NULL,
    name VARCHAR NOT NULL,           -- file name (or feed item id) without folder
    format VARCHAR,
    title VARCHAR,
    published TIMESTAMPTZ,
    published_text VARCHAR,          -- the date as the article printed it
    published_date DATE,             -- the date in the article's own time zone
    updated TIMESTAMPTZ,
    authors VARCHAR[],
    publisher VARCHAR,
    sources VARCHAR[],
    dateline VARCHAR,
    url VARCHAR,
    language VARCHAR,
    text VARCHAR NOT NULL,
    body_start INTEGER,
    warnings VARCHAR[],
    record JSON,                     -- the whole ArticleRecord, for report and stories
    stored_at TIMESTAMPTZ DEFAULT current_timestamp
);

CREATE TABLE IF NOT EXISTS boilerplate (
    article_id VARCHAR NOT NULL,
    position INTEGER NOT NULL,
    label VARCHAR NOT NULL,
    text VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS rejections (
    uri VARCHAR PRIMARY KEY,
    stage VARCHAR NOT NULL,
    reason VARCHAR NOT NULL,
    rejected_at TIMESTAMPTZ DEFAULT current_timestamp
);

CREATE TABLE IF NOT EXISTS runs (
    id VARCHAR PRIMARY KEY,
    started_at TIMESTAMPTZ,
    finished_at TIMESTAMPTZ,
    inputs INTEGER,
    stored INTEGER,
    rejected INTEGER,
    version VARCHAR
);
