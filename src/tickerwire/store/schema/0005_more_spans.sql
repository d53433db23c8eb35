-- Spans that say who or what a value is about: the words naming a move's subject, and the
-- words a quote puts in quotation marks.
ALTER TABLE moves ADD COLUMN IF NOT EXISTS subject_start INTEGER;
ALTER TABLE moves ADD COLUMN IF NOT EXISTS subject_end INTEGER;
ALTER TABLE quotes ADD COLUMN IF NOT EXISTS quoted_start INTEGER;
ALTER TABLE quotes ADD COLUMN IF NOT EXISTS quoted_end INTEGER;
