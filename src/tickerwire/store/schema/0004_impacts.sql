-- Event study per story and listing: one row per event window (CAR and t-statistic), or one
-- row with no window when the listing could not be measured (the note says why). Rebuilt as
-- a whole with the stories. The abnormal-return path drawn in the report is repeated on each
-- window row of a listing (a few numbers) so one table holds everything the report shows.
CREATE TABLE IF NOT EXISTS impacts (
    story_id VARCHAR NOT NULL,
    listing VARCHAR NOT NULL,
    benchmark VARCHAR,
    event_day DATE,
    window_start INTEGER,
    window_end INTEGER,
    car DOUBLE,
    t_stat DOUBLE,
    estimation_start INTEGER,
    estimation_end INTEGER,
    estimation_days INTEGER,
    alpha DOUBLE,
    beta DOUBLE,
    path_days INTEGER[],
    path_ar DOUBLE[],
    note VARCHAR
);
