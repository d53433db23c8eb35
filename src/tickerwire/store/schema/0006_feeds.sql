-- Live feeds (`tickerwire watch`): each feed's validators for the next conditional request,
-- and every item already analysed, so a restarted watcher skips exactly those.
CREATE TABLE IF NOT EXISTS feeds (
    location VARCHAR PRIMARY KEY,    -- the feed URL or file, as given
    etag VARCHAR,                    -- ETag of the last answer (a file: its mtime and size)
    last_modified VARCHAR,           -- Last-Modified of the last answer
    checked_at TIMESTAMPTZ,
    changed_at TIMESTAMPTZ           -- last answer that carried new or changed items
);

CREATE TABLE IF NOT EXISTS feed_items (
    uri VARCHAR NOT NULL,            -- feed location#item id
    digest VARCHAR NOT NULL,         -- hash of the item as served: an edited item is new again
    location VARCHAR NOT NULL,
    article_id VARCHAR,              -- null when the item was rejected
    seen_at TIMESTAMPTZ DEFAULT current_timestamp,
    PRIMARY KEY (uri, digest)
);
